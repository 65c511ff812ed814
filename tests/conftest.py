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
from django.core.cache import cache
from django.test import override_settings

from core.per_generation import forget


@pytest.fixture(autouse=True, scope="session")
def temporary_media_root():
    media_root = tempfile.mkdtemp(prefix="samverkan-test-media-")
    with override_settings(MEDIA_ROOT=media_root):
        yield media_root
    shutil.rmtree(media_root, ignore_errors=True)


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail caches site root paths; ids reused after a rollback must not hit stale entries."""
    cache.clear()
    yield
    cache.clear()


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
