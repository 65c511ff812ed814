"""What the benches share: their printing, and a throw-away site to measure on.

Each bench runs as a script (``python bench/bench_x.py``), on a SQLite database and a media
directory made for the run and removed after it, so that no figure depends on what a
developer's own database holds.
"""

import json
import logging
import os
import secrets
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def out(line=""):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


@contextmanager
def throwaway_site(prefix):
    """Django set up on a migrated throw-away database and media directory; yields the folder.

    The test settings are used, as the benches build their content with the tests'
    factories. Logging below errors is silenced: every save would log its index tasks.
    """
    with tempfile.TemporaryDirectory(prefix=prefix) as work:
        work = Path(work)
        os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
        os.environ["DATABASE_URL"] = f"sqlite:///{work / 'bench.sqlite3'}"
        if str(BASE_DIR) not in sys.path:
            sys.path.insert(0, str(BASE_DIR))
        import django
        from django.conf import settings

        django.setup()
        settings.MEDIA_ROOT = str(work / "media")
        logging.disable(logging.WARNING)

        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        yield work


def production_environment(workdir, database_url, allowed_hosts):
    """The environment of a production-profile process serving ``workdir``'s site.

    ``database_url`` names the database, or "" for a SQLite file in ``workdir``. The page
    cache is off, so that what is measured is the work of answering, not of keeping.
    """
    return {
        **os.environ,
        "DJANGO_ENV": "production",
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": allowed_hosts,
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url or f"sqlite:///{workdir / 'bench.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),
        "LOG_LEVEL": "WARNING",
        "PAGE_CACHE_SECONDS": "0",
    }


def figures_from_child(script, flag, env):
    """Run ``script`` again with ``flag`` in ``env``; the JSON its last printed line holds.

    The benches measure in a child process, so that the site is set up in the environment
    being measured (production settings, the bench's database) and nothing else.
    """
    output = subprocess.run(  # noqa: S603
        [sys.executable, script, flag],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])
