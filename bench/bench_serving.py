"""Serving speed at scale: the production profile under gunicorn, with and without cache.

Builds a throw-away SQLite database with the demo content and a generated archive
(``manage.py generate_archive``), serves it with gunicorn (config/gunicorn.conf.py,
2 workers, production profile, loopback only) and loads each page with a bounded load
generator, first with the page cache off (every request rendered), then with it on.
Prints requests per second and p50/p95/p99 latency per page, the SQL queries each page
costs at 100 minutes and at the full archive, and each worker's peak memory. Where
``redis-server`` is installed (``make system-deps``), the pages are served twice more with
the workers sharing a throw-away Redis (``REDIS_URL``), as several servers would.

BENCH_MINUTES sets the archive's size: 2000 by default, which keeps ``make bench`` to a few
minutes; ``BENCH_MINUTES=10000`` for the figures at the size the targets name (generating
and indexing 10,000 minutes takes three to four minutes). BENCH_SECONDS (default 5) sets
how long each page is loaded.

Each page is loaded twice. First with as many requests in flight as there are workers
(2): every request finds a worker free, so the latencies are the page's own. Then with
twice as many (BENCH_CONCURRENCY, default 4): the workers are never idle, so that run
gives the most requests per second, and its latencies include the wait for a worker. The
load generator runs on the same machine and takes a share of its CPU.

BENCH_WORKDIR names a directory to build the database in and keep: a later run with the
same directory serves the database already there, for measuring a change without
building the archive again.
"""

import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

from throwaway_site import BASE_DIR, figures_from_child, production_environment

sys.path.insert(0, str(BASE_DIR))
from tests.redis_server import installed as redis_installed
from tests.redis_server import throwaway_redis

PROJECT = BASE_DIR
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
MINUTES = int(os.environ.get("BENCH_MINUTES", "2000"))
SMALL = 100
SECONDS = float(os.environ.get("BENCH_SECONDS", "5"))
WORKERS = 2
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", str(2 * WORKERS)))
# A slow page is measured, not cut off: gunicorn's worker timeout is raised to match.
TIMEOUT = 120
# Every page a visitor can reach, one of each kind; found in the database (see find_pages).
PAGE_KINDS = ["home", "network", "minutes", "conference", "search", "search-rare"]
# A word in most generated minutes, and one in a single demo page.
COMMON_WORD = "kompetensförsörjning"
RARE_WORD = "tillgänglighetsredogörelse"
# BENCH_DATABASE_URL serves a database of that address (PostgreSQL: `make bench` makes a
# throw-away cluster) instead of a SQLite file in the work directory.
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "")
PROFILED_REQUESTS = 5
PROFILE_LINES = 8


def log(message):
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def out(line=""):
    sys.stdout.write(line + "\n")


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=PROJECT, env=env, check=True)  # noqa: S603


def find_pages():
    """Addresses of one page of each kind: the largest generated network and its newest minutes."""
    from minutes.models.minutes_page import MinutesPage
    from networks.models.conference_page import ConferencePage
    from networks.models.network_page import NetworkPage

    network = (
        NetworkPage.objects.live()
        .filter(title__startswith="Skolchefsnätverket i Norrbotten")
        .order_by("-numchild")
        .first()
    )
    minutes = MinutesPage.objects.live().child_of(network).order_by("-meeting_date").first()
    conference = ConferencePage.objects.live().public().order_by("-start").first()
    return {
        "home": "/",
        "network": network.url,
        "minutes": minutes.url,
        "conference": conference.url,
        "search": f"/sok/?q={COMMON_WORD}",
        "search-rare": f"/sok/?q={RARE_WORD}",
    }


def count_queries():
    """Run in a child process: the queries of each page, on a second, uncached visit."""
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    urls = find_pages()
    counts = {}
    for kind, url in urls.items():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}")
        counts[kind] = len(queries)
    search = first_results_page(urls["search"])
    profiles = {kind: profile(client, url) for kind, url in urls.items()}
    out(json.dumps({"urls": urls, "queries": counts, "search": search, "profiles": profiles}))


def profile(client, url):
    """Where an uncached request for ``url`` spends its time: the functions of most own time."""
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(PROFILED_REQUESTS):
        client.get(url)
    profiler.disable()
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream).strip_dirs().sort_stats("tottime")
    stats.print_stats(PROFILE_LINES)
    lines = stream.getvalue().splitlines()
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
    return [line for line in lines[start:] if line.strip()]


def first_results_page(url):
    """What the search's first page of results shows, which its query count follows.

    The search fetches its results with one query per kind of page among them, one more to
    find what pages other than minutes attach, and four when any result attaches documents.
    """
    from django.test import RequestFactory
    from django.utils import translation

    from search.attachments import attached_document_ids
    from search.service.results import SearchPage

    with translation.override("sv"):
        pages = [result.page for result in SearchPage(RequestFactory().get(url)).results]
    return {
        "kinds": len({type(page) for page in pages}),
        "attaching": sum(1 for page in pages if attached_document_ids(page)),
    }


def measured_queries(env):
    return figures_from_child(__file__, "--count-queries", env)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(port, process):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn exited while starting")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer within a minute")


def workers_of(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    return [int(pid) for pid in children]


def peak_rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def fetch(port, request):
    """Send ``request`` on a new connection; the response's status, once all of it is read.

    Plain sockets rather than http.client, whose header parsing would take more of the
    shared CPU than a page served from the cache. The server closes the connection after
    the response (gunicorn's sync workers do not keep connections alive).
    """
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    response = b"".join(chunks)
    head, _, body = response.partition(b"\r\n\r\n")
    length = re.search(rb"\r\ncontent-length: *(\d+)", head, re.IGNORECASE)
    if length and int(length[1]) != len(body):
        raise ValueError("truncated response")
    return int(head[9:12])


def load(port, url, seconds, concurrency):
    """Requests per second and latencies (ms), ``concurrency`` requests in flight."""
    latencies = []
    errors = []
    deadline = time.monotonic() + seconds
    request = (
        f"GET {quote(url, safe='/?=&')} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    ).encode("ascii")

    def run():
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                status = fetch(port, request)
            except (OSError, ValueError) as error:
                errors.append(type(error).__name__)
                continue
            if status != 200:
                errors.append(status)
                continue
            latencies.append((time.perf_counter() - started) * 1000)

    started = time.monotonic()
    threads = [threading.Thread(target=run) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    if errors:
        log(f"{url}: {len(errors)} requests failed ({errors[0]})")
    return len(latencies) / elapsed, latencies, len(errors)


def percentile(values, share):
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[share - 1]


def serve_and_load(env, urls, *, cached):
    port = free_port()
    server_env = {
        **env,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": str(WORKERS),
        "GUNICORN_ACCESS_LOG": "",
        "GUNICORN_TIMEOUT": str(TIMEOUT),
        "PAGE_CACHE_SECONDS": "300" if cached else "0",
        "LOG_LEVEL": "WARNING",
    }
    server = subprocess.Popen(  # noqa: S603
        [GUNICORN, "-c", "config/gunicorn.conf.py", "config.wsgi"], cwd=PROJECT, env=server_env
    )
    rows = {}
    try:
        wait_until_up(port, server)
        for kind in PAGE_KINDS:
            load(port, urls[kind], 1, 2)  # warm up: renditions, connections, the cache
            _rate, latencies, errors = load(port, urls[kind], SECONDS, WORKERS)
            busy_rate, busy_latencies, busy_errors = load(port, urls[kind], SECONDS, CONCURRENCY)
            rows[kind] = (
                busy_rate,
                *(percentile(latencies, p) for p in (50, 95, 99)),
                percentile(busy_latencies, 95),
                errors + busy_errors,
            )
        memory = [peak_rss_mb(pid) for pid in workers_of(server.pid)]
    finally:
        server.terminate()
        try:
            server.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    return rows, memory


def serve_each_way(env, urls, workdir):
    """Uncached and cached, with each worker's own cache, then with a shared Redis."""
    runs = {}
    for label, cached in (("uncached", False), ("cached", True)):
        runs[label] = serve_and_load(env, urls, cached=cached)
    if redis_installed():
        with throwaway_redis(workdir) as redis_url:
            with_redis = {**env, "REDIS_URL": redis_url}
            for label, cached in (("uncached, Redis", False), ("cached, Redis", True)):
                runs[label] = serve_and_load(with_redis, urls, cached=cached)
    return runs


def build(env, workdir):
    """Migrate, load the demo and generate the archive; returns the query counts.

    The demo app, which holds the commands that build the content, is installed by the
    development profile only; the database is then served in the production profile.
    """
    log(f"Building the database in {workdir} ({database_name()})…")
    with_demo = {
        **env,
        "DJANGO_ENV": "dev",
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "false",
    }
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", "load_demo"],
        cwd=PROJECT,
        env=with_demo,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    # Each run indexes the minutes it makes, so the small archive is searched as it stands.
    generated = time.perf_counter()
    manage(with_demo, "generate_archive", "--minutes", str(SMALL), "-v0")
    took = time.perf_counter() - generated
    small = measured_queries(env)
    generated = time.perf_counter()
    manage(with_demo, "generate_archive", "--minutes", str(MINUTES - SMALL), "-v0")
    took += time.perf_counter() - generated
    log(f"Generated {MINUTES} minutes and indexed them in {took:.0f} s.")
    return {**small, "index_seconds": took}


def database_name():
    return "PostgreSQL" if DATABASE_URL.startswith("postgres") else "SQLite"


def main():
    kept = os.environ.get("BENCH_WORKDIR")
    workdir = Path(kept) if kept else Path(tempfile.mkdtemp(prefix="samverkan-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    small_counts = workdir / "queries-small.json"
    env = production_environment(workdir, DATABASE_URL, "127.0.0.1")
    try:
        started = time.perf_counter()
        if kept and small_counts.exists():
            log(f"Serving the database kept in {workdir}.")
            small = json.loads(small_counts.read_text())
        else:
            small = {**build(env, workdir), "archive": MINUTES}
            small_counts.write_text(json.dumps(small))
        archive = small["archive"]
        large = measured_queries(env)
        urls = large["urls"]

        runs = serve_each_way(env, urls, workdir)
    finally:
        if not kept:
            shutil.rmtree(workdir, ignore_errors=True)

    out(
        f"Serving {archive} minutes: gunicorn, {WORKERS} sync workers, production profile, "
        f"{database_name()}, on {os.cpu_count()} cores (load generator included), "
        f"{SECONDS:.0f} s per page and load"
    )
    out(
        f"latencies with {WORKERS} requests in flight (one per worker); req/s and the "
        f"last p95 with {CONCURRENCY} in flight (workers never idle)"
    )
    header = (
        f"{'page':<11} {'cache':<15} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} "
        f"{'p95@' + str(CONCURRENCY):>7} {'queries@' + str(SMALL):>11} "
        f"{'queries@' + str(archive):>14} {'failed':>6}"
    )
    out(header)
    out("-" * len(header))
    for kind in PAGE_KINDS:
        for label, (rows, _memory) in runs.items():
            rate, p50, p95, p99, busy_p95, errors = rows[kind]
            out(
                f"{kind:<11} {label:<15} {rate:>7.1f} {p50:>7.1f} {p95:>7.1f} {p99:>7.1f} "
                f"{busy_p95:>7.1f} {small['queries'][kind]:>11} {large['queries'][kind]:>14} "
                f"{errors:>6}"
            )
    out(
        "The search page is rendered for every request, its statistics counting every search; "
        "with the cache on, the matches of a query are kept until content changes."
    )
    shown = {size: counts.get("search") for size, counts in ((SMALL, small), (archive, large))}
    if all(shown.values()):
        out(
            "The search's queries follow its first page of results, not the archive's size: "
            + "; ".join(
                f"at {size} minutes {page['kinds']} kind{'' if page['kinds'] == 1 else 's'} "
                f"of page, {page['attaching']} attaching documents"
                for size, page in shown.items()
            )
            + " (each kind of page costs a query, pages other than minutes one more to find "
            "what they attach, and attached documents four)."
        )
    if "index_seconds" in small:
        out(f"Generating and indexing the {archive} minutes took {small['index_seconds']:.0f} s.")
    out(f"Profiles of {PROFILED_REQUESTS} uncached requests per page, most own time first:")
    for kind, lines in large.get("profiles", {}).items():
        out(f"  {kind}:")
        for line in lines:
            out(f"    {line}")
    peak = "; ".join(
        f"{label} {', '.join(f'{mb:.0f}' for mb in memory)}"
        for label, (_rows, memory) in runs.items()
    )
    out(f"Peak memory per worker (MB), per run: {peak}")
    if "cached, Redis" not in runs:
        out("redis-server is not installed (make system-deps): no run with a shared Redis.")
    out(f"Pages: {json.dumps(urls, ensure_ascii=False)}")
    out(f"Whole benchmark: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    if "--count-queries" in sys.argv:
        count_queries()
    else:
        main()
