"""Recall and nDCG@10 of the search on the judged queries, per database backend.

Builds a throw-away database (SQLite, and PostgreSQL through ``pg_virtualenv`` when it is
installed), loads the demo archive and the relevance corpora of ``tests/search_relevance``,
indexes everything with ``update_index`` and prints the figures for the main set and for the
held-out set of minutes written apart from the tuning. Then, per door (the search backend
as Wagtail queries it, the site's search service, the API), recall, nDCG@10 and zero-hit
counts of the Swedish and English queries and of compounds split and joined
(``tests/search_relevance/door_queries``).
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
RUN_FLAG = "--run-here"


def out(line=""):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run_here():
    """Build the database the environment names, then score both query sets."""
    sys.path.insert(0, str(BASE_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django
    from django.conf import settings

    django.setup()
    settings.MEDIA_ROOT = os.environ["BENCH_MEDIA_ROOT"]

    import logging

    from django.core.management import call_command
    from django.db import connection
    from django.test import override_settings

    logging.disable(logging.WARNING)
    from demo.build import BuildReport, build_demo
    from tests.search_relevance import heldout_corpus, heldout_queries, main_corpus, main_queries
    from tests.search_relevance.harness import load_corpus

    call_command("migrate", verbosity=0)
    build_demo(BuildReport())
    load_corpus(main_corpus.PAGES)
    load_corpus(heldout_corpus.PAGES)
    call_command("update_index", verbosity=0)

    report(f"{connection.vendor}", main_queries.QUERIES, heldout_queries.QUERIES)
    report_doors(connection.vendor)
    # The same queries on the backend as Wagtail ships it, for comparison.
    stock = {"default": {"BACKEND": "wagtail.search.backends.database"}}
    with override_settings(WAGTAILSEARCH_BACKENDS=stock):
        call_command("update_index", verbosity=0)
        report(f"{connection.vendor}/stock", main_queries.QUERIES, heldout_queries.QUERIES)


def report(backend, main, heldout):
    from tests.search_relevance.harness import evaluate

    for name, queries in (("main", main), ("held-out", heldout)):
        scores = evaluate(queries)
        out(
            f"{backend:<17} {name:<9} queries={len(queries):>3} recall={scores.recall:.3f} "
            f"nDCG@10={scores.ndcg:.3f} zero-hit={len(scores.zero_hits)}"
        )
        if "--verbose" in sys.argv:
            for text in scores.zero_hits:
                out(f"    zero hits: {text}")
            for score in scores.weakest(8):
                out(
                    f"    weak: {score.query.text!r} recall={score.recall:.2f} "
                    f"nDCG={score.ndcg:.2f} top={score.found[:5]}"
                )


def report_doors(backend):
    """The judged door queries through each door of the search."""
    from tests.search_relevance import door_queries
    from tests.search_relevance.harness import evaluate_through

    for door in ("backend", "service", "api"):
        for kind, queries in door_queries.QUERIES.items():
            scores = evaluate_through(door, queries)
            out(
                f"{backend:<10} door={door:<8} {kind:<6} queries={len(queries):>3} "
                f"recall={scores.recall:.3f} nDCG@10={scores.ndcg:.3f} "
                f"zero-hit={len(scores.zero_hits)}"
            )
            if "--verbose" in sys.argv:
                for text in scores.zero_hits:
                    out(f"    zero hits: {text}")


def main():
    python = sys.executable
    script = str(Path(__file__).resolve())
    extra = [arg for arg in sys.argv[1:] if arg == "--verbose"]
    with tempfile.TemporaryDirectory(prefix="bench-search-") as work:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "BENCH_MEDIA_ROOT": str(Path(work) / "media"),
            "DATABASE_URL": f"sqlite:///{Path(work) / 'bench.sqlite3'}",
        }
        # The commands are this script and Debian's pg_virtualenv; no input reaches them.
        subprocess.run(  # noqa: S603
            [python, script, RUN_FLAG, *extra], env=env, cwd=BASE_DIR, check=True
        )
        pg_virtualenv = shutil.which("pg_virtualenv")
        if pg_virtualenv:
            env.pop("DATABASE_URL")
            command = (
                'DATABASE_URL="postgres://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/$PGDATABASE" '
                f"{python} {script} {RUN_FLAG} {' '.join(extra)}"
            )
            subprocess.run(  # noqa: S603
                [pg_virtualenv, "-t", "sh", "-c", command], env=env, cwd=BASE_DIR, check=True
            )
        else:
            out("postgresql: pg_virtualenv is not installed; skipped")


if __name__ == "__main__":
    if RUN_FLAG in sys.argv:
        run_here()
    else:
        main()
