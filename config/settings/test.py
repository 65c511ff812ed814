from config.settings.base import *  # noqa: F403

# Demo content and the archive generator: never installed in production, where a command
# that creates users with printed passwords has no place.
INSTALLED_APPS = ["demo", *INSTALLED_APPS]  # noqa: F405

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "tmp" / "test-media"  # noqa: F405
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# Whole-page caching is tested on its own (tests/test_page_cache.py); elsewhere it would
# carry pages from one test's content into the next.
PAGE_CACHE_SECONDS = 0
# Background tasks run inside the request, so a test sees their work at once; the tests of
# the queue itself (tests/test_subscriptions_worker.py) switch to the database backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
