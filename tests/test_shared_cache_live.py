"""Several workers share one page cache through Redis, and a publish empties it for all.

A real redis-server on a free port (or the one REDIS_URL names) and gunicorn with two
workers in the production profile, over a SQLite file both read. The page's title is
first changed in the database without any signal: every answer must still show the old
title, which only a cache shared by both workers can give (a worker keeping pages in its
own memory would render the page anew). A publish by another process of the same site
must then reach every worker's answers at once. Skipped where Redis is not installed
(``make system-deps`` installs it).
"""

import http.client
import os
import secrets
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.redis_server import free_port, stop, throwaway_redis, wait_for
from tests.redis_server import installed as redis_installed

PROJECT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
REQUESTS = 12

pytestmark = [
    pytest.mark.skipif(
        not (os.environ.get("REDIS_URL") or redis_installed()),
        reason="needs redis-server or REDIS_URL",
    ),
    # The site it starts has a database of its own, whatever the suite's: the same test
    # twice would prove nothing more, so it runs with the suite on SQLite only.
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="runs once, with the suite on SQLite",
    ),
]

# One process migrates, collects the static files and builds the page: each start of
# Django costs seconds. Only the site's own static files are collected (the pages served
# here use no app's), as compressing the admin's takes twenty seconds; a page naming a
# file left out would fail to render, not pass.
BUILD = """
from django.core.management import call_command
from tests.factories import StandardPageFactory, build_site_tree
call_command("migrate", interactive=False, verbosity=0)
call_command(
    "collectstatic",
    interactive=False,
    verbosity=0,
    ignore_patterns=["wagtail*", "rest_framework"],
)
tree = build_site_tree()
StandardPageFactory(parent=tree.home, title="Gammal rubrik", slug="delad-sida")
"""
# A change the page cache is not told of: only a shared cache keeps the old title. Made
# by SQL, as a queryset's update() would make it, without starting Django.
SILENT_CHANGE = "UPDATE wagtailcore_page SET title = 'Tyst rubrik' WHERE slug = 'delad-sida'"
PUBLISH = """
from wagtail.models import Page
page = Page.objects.get(slug="delad-sida").specific
page.title = "Ny rubrik"
page.save_revision().publish()
"""


@pytest.fixture
def redis_url(tmp_path):
    if os.environ.get("REDIS_URL"):
        yield os.environ["REDIS_URL"]
        return
    with throwaway_redis(tmp_path) as url:
        yield url


def database_path(tmp_path):
    return tmp_path / "shared.sqlite3"


@pytest.fixture
def site_env(tmp_path, redis_url):
    env = {
        **os.environ,
        "DJANGO_ENV": "production",
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{database_path(tmp_path)}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "STATIC_ROOT": str(tmp_path / "static"),
        "REDIS_URL": redis_url,
        "PAGE_CACHE_SECONDS": "300",
        "LOG_LEVEL": "WARNING",
        # The build imports the tests' factories, which a production install need not have.
        "PYTHONPATH": str(PROJECT),
    }
    shell(env, BUILD)
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=PROJECT, env=env, check=True)  # noqa: S603


def shell(env, code):
    manage(env, "shell", "-c", code)


def titles(port, path):
    """The <title> of each of REQUESTS answers, spread over both workers."""
    seen = []
    for _ in range(REQUESTS):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read().decode()
        assert response.status == 200, body[:500]
        seen.append(body.split("<title>", 1)[1].split("</title>", 1)[0].split(" – ")[0])
    return set(seen)


def test_a_publish_reaches_every_worker_through_the_shared_cache(site_env, tmp_path):
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [GUNICORN, "-c", "config/gunicorn.conf.py", "config.wsgi"],
        cwd=PROJECT,
        env={**site_env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "2"},
    )
    try:
        wait_for(port, "/healthz", server)
        path = "/delad-sida/"
        assert titles(port, path) == {"Gammal rubrik"}

        with sqlite3.connect(database_path(tmp_path)) as connection:
            assert connection.execute(SILENT_CHANGE).rowcount == 1
        assert titles(port, path) == {"Gammal rubrik"}, "a worker rendered past the cache"

        shell(site_env, PUBLISH)
        assert titles(port, path) == {"Ny rubrik"}
    finally:
        stop(server)
