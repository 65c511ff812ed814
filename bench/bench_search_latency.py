"""Search latency on a large archive: p50/p95 for a common and a rare word, and indexing time.

Builds a throw-away database (a SQLite file, or the database of BENCH_DATABASE_URL: `make
bench` makes a throw-away PostgreSQL cluster), loads the demo content, generates
BENCH_MINUTES minutes (``manage.py generate_archive --no-index``) and times
``manage.py update_index``, which indexes the whole site. Then, in the production profile
with the page cache off so that nothing is kept between searches, it times each word
BENCH_SEARCH_RUNS times (50 by default) through two layers:

- service: ``search.service.find.find_pages``, the one search every door calls (the
  matches, best first, described for the filters);
- page: what the search page computes for a request: the same, plus the filters' counts
  and the first page of results with their excerpts (``search.service.results``), without
  the template.

BENCH_MINUTES defaults to 2000, which keeps ``make bench`` to a few minutes. The figures
the targets name are for 10,000 and 100,000 minutes; generating 10,000 takes a few
minutes here. BENCH_WORKDIR names a directory to build a SQLite database in and keep, so
that a later run measures again without building it.
"""

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from throwaway_site import figures_from_child, production_environment

PROJECT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
MINUTES = int(os.environ.get("BENCH_MINUTES", "2000"))
RUNS = int(os.environ.get("BENCH_SEARCH_RUNS", "50"))
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "")
# A word in most generated minutes, and one in a single demo page.
WORDS = {"common": "kompetensförsörjning", "rare": "tillgänglighetsredogörelse"}


def log(message):
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def out(line=""):
    sys.stdout.write(line + "\n")


def percentile(values, share):
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[share - 1]


def timed(function, runs):
    """Milliseconds of each of ``runs`` calls of ``function``, after one call to warm up."""
    function()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return times


def measure():
    """Run in a child process: each word's latencies through the service and the page."""
    import django

    django.setup()
    from django.test import RequestFactory
    from django.utils import translation
    from wagtail.models import Locale

    from search.service.find import find_pages
    from search.service.results import SearchPage

    locale = Locale.objects.get(language_code="sv")
    factory = RequestFactory()

    def page(word):
        search = SearchPage(factory.get("/sok/", {"q": word}))
        search.facets  # noqa: B018 - computed for the timing
        return search.results

    figures = {}
    with translation.override("sv"):
        for kind, word in WORDS.items():
            found = find_pages(word, locale)
            figures[kind] = {
                "word": word,
                "matches": len(found.ids),
                "service": timed(lambda word=word: find_pages(word, locale), RUNS),
                "page": timed(lambda word=word: page(word), RUNS),
            }
    sys.stdout.write(json.dumps(figures) + "\n")


def manage(env, *args, quiet=False):
    subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def build(env):
    """Migrate, load the demo, generate the archive and index it; the seconds each took."""
    with_demo = {
        **env,
        "DJANGO_ENV": "dev",
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "false",
    }
    manage(env, "migrate", "--no-input", "-v0")
    manage(with_demo, "load_demo", quiet=True)
    started = time.perf_counter()
    manage(with_demo, "generate_archive", "--minutes", str(MINUTES), "--no-index", "-v0")
    generated = time.perf_counter() - started
    started = time.perf_counter()
    manage(env, "update_index", "-v0", quiet=True)
    return {"generate_seconds": generated, "index_seconds": time.perf_counter() - started}


def database_name():
    return "PostgreSQL" if DATABASE_URL.startswith("postgres") else "SQLite"


def report(built, figures):
    out(f"Search latency, {built['archive']} minutes, {database_name()}, page cache off")
    out(
        f"generating the archive took {built['generate_seconds']:.0f} s, "
        f"indexing the site {built['index_seconds']:.0f} s"
    )
    header = f"{'word':<7} {'matches':>7} {'layer':<8} {'p50 ms':>7} {'p95 ms':>7} {'runs':>5}"
    out(header)
    out("-" * len(header))
    for kind, numbers in figures.items():
        for layer in ("service", "page"):
            times = numbers[layer]
            out(
                f"{kind:<7} {numbers['matches']:>7} {layer:<8} {percentile(times, 50):>7.1f} "
                f"{percentile(times, 95):>7.1f} {len(times):>5}"
            )
    out(f"words: {json.dumps({k: v['word'] for k, v in figures.items()}, ensure_ascii=False)}")


def main():
    kept = os.environ.get("BENCH_WORKDIR")
    workdir = Path(kept) if kept else Path(tempfile.mkdtemp(prefix="samverkan-search-"))
    workdir.mkdir(parents=True, exist_ok=True)
    built_file = workdir / "built.json"
    env = production_environment(workdir, DATABASE_URL, "127.0.0.1,testserver")
    try:
        if kept and built_file.exists():
            log(f"Measuring the database kept in {workdir}.")
            built = json.loads(built_file.read_text())
        else:
            log(f"Building {MINUTES} minutes in {workdir} ({database_name()})…")
            built = {**build(env), "archive": MINUTES}
            built_file.write_text(json.dumps(built))
        figures = figures_from_child(__file__, "--measure", env)
    finally:
        if not kept:
            shutil.rmtree(workdir, ignore_errors=True)
    report(built, figures)


if __name__ == "__main__":
    if "--measure" in sys.argv:
        sys.path.insert(0, str(PROJECT))
        measure()
    else:
        main()
