"""A real Chromium, driven by Playwright, against the demo site served by a live server.

The demo is built once per test session and committed, so that the server thread sees it
on PostgreSQL as well as on SQLite, and so that what the site does on commit (search index,
translations) happens as in production. pytest-django's transactional tests would flush
the database after every test, and the demo (about ten seconds to build) would have to be
built again each time; so these tests keep pytest-django's ``django_db(transaction=True)``
marker, which creates the test database and orders them after the rolled-back tests, but
replace its per-test flush, and run last, after every other test.
"""

import os
import shutil
import threading
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, connections
from django.test import override_settings
from django.utils import translation
from pytest_django.live_server_helper import LiveServer
from wagtail.models import Page

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
AXE_SCRIPT = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(settings.BASE_DIR) / "screenshots"
# Chromium otherwise calls home for updates, field trials and safe browsing lists.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PASSWORD = "lösenord-för-webbläsartester"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run the browser tests last: no test after them may see the demo they leave behind."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture
def _django_db_helper(django_db_setup, django_db_blocker):
    """Replaces pytest-django's per-test transaction or flush for the browser tests."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture(scope="session")
def chromium():
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is missing at {CHROMIUM}: run `make browser-deps` "
            "(apt-get install chromium).",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        # Playwright's sync API runs an event loop in the test's thread, and Django refuses
        # database queries in a thread with a running loop unless told they are safe there.
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe_script():
    if not AXE_SCRIPT.exists():
        pytest.fail(
            f"axe-core is missing at {AXE_SCRIPT}: run `make browser-deps` (npm ci).",
            pytrace=False,
        )
    return AXE_SCRIPT


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker):
    """The demo content, its role users with a known password, and a server for it."""
    with django_db_blocker.unblock():
        # A transactional test before these (the task worker's) ends by emptying the
        # database, the migrations' rows included: they are restored as Django's
        # serialized rollback restores them.
        serialized = getattr(connection, "_test_serialized_contents", None)
        if serialized and not Page.objects.exists():
            connection.creation.deserialize_db_from_string(serialized)
        # The role users are made only in development, where their passwords are printed.
        with override_settings(DEBUG=True), translation.override("en"):
            call_command("load_demo", "--no-admin", stdout=StringIO())
        for user in get_user_model().objects.filter(username__in=["redaktor", "granskare"]):
            user.set_password(PASSWORD)
            user.save(update_fields=["password"])
        threads_before = set(threading.enumerate())
        server = LiveServer("localhost")
    yield server
    server.stop()
    # Each request thread closes its database connection as it ends; the test database can
    # only be dropped once none is left open.
    for thread in set(threading.enumerate()) - threads_before:
        thread.join(timeout=10)


@pytest.fixture
def site(demo_site):
    """The live server's address."""
    with demo_site._live_server_modified_settings:
        yield demo_site.url
    # The test's own queries, made beside Playwright's event loop, hold a connection that
    # the test database's teardown does not close; PostgreSQL would refuse to drop it.
    connections.close_all()


@pytest.fixture
def context(chromium):
    context = chromium.new_context(viewport=DESKTOP, locale="sv-SE")
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture(scope="session")
def screenshots_dir():
    """``screenshots/<database>/`` (ignored by Git), emptied at the start of each run.

    One folder per database, because ``make test`` runs the SQLite and the PostgreSQL
    suites side by side.
    """
    folder = SCREENSHOTS / connections["default"].vendor
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def sign_in(chromium, site):
    """A browser of its own for each user, signed in to the admin."""
    contexts = []

    def sign_in(username):
        context = chromium.new_context(viewport=DESKTOP, locale="sv-SE")
        # The admin builds its forms in JavaScript, slowly on a busy machine.
        context.set_default_timeout(30_000)
        contexts.append(context)
        page = context.new_page()
        page.goto(site + "/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url(site + "/admin/")
        return page

    yield sign_in
    for context in contexts:
        context.close()
