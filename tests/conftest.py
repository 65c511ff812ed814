"""Settings every test shares.

Media files go to one throw-away directory per test session instead of the
``tmp/test-media`` that ``config.settings.test`` names: images and documents made in a
``setUpTestData`` live for a whole test class, so a directory swapped per test would
lose the originals that later renditions are cut from.
"""

import logging
import shutil
import tempfile

import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import override_settings
from django.utils import translation

from core.per_generation import forget


@pytest.fixture(autouse=True, scope="session")
def temporary_media_root():
    media_root = tempfile.mkdtemp(prefix="samverkan-test-media-")
    with override_settings(MEDIA_ROOT=media_root):
        yield media_root
    shutil.rmtree(media_root, ignore_errors=True)


def clear_caches():
    for each in caches.all():
        each.clear()


@pytest.fixture(autouse=True)
def empty_caches():
    """Every cache starts empty: ids and generation tokens come back after a rollback.

    Wagtail caches site root paths in the default cache; pages, fragments and search
    vocabulary are kept in the "pages" cache under the generation token, which a rolled-back
    test hands back for the next test to reuse with other content.
    """
    clear_caches()
    yield
    clear_caches()


@pytest.fixture(autouse=True, scope="session")
def quiet_background_task_logs():
    """Every save logs its search and reference index tasks, burying the printed query counts."""
    for name in ("django_tasks", "wagtail"):
        logging.getLogger(name).setLevel(logging.WARNING)


@pytest.fixture(autouse=True)
def _fresh_kept_values():
    """Each test starts as a fresh worker: values kept per generation are forgotten.

    A test's content is rolled back after it, and with it the generation token, so the
    next test would otherwise find values kept for content it does not have.
    """
    forget()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language, as a fresh request does.

    The locale middleware activates a request's language for the thread and leaves it
    active, so a test that asked for an English page would leave the next test, and its
    searches, analysing in English.
    """
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
