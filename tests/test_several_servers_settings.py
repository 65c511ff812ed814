"""Settings that let several application servers serve one site, all read from the environment.

Each server is started with the same environment (docs/deployment.md, "Several
application servers"): one database, one Redis for the caches, and one media directory
on a file system they share. Loaded in a fresh interpreter in the production profile, as
a server loads them.
"""

import json

from tests.test_production_settings import manage

SHOW = """
import json
from django.conf import settings
print(json.dumps({
    "database": [settings.DATABASES["default"][key] for key in ("ENGINE", "NAME", "HOST", "PORT")],
    "caches": {name: [cache["BACKEND"], cache["LOCATION"], cache.get("KEY_PREFIX")]
               for name, cache in settings.CACHES.items()},
    "media_root": str(settings.MEDIA_ROOT),
    "media_storage": settings.STORAGES["default"]["BACKEND"],
    "conn_max_age": settings.DATABASES["default"]["CONN_MAX_AGE"],
}))
"""
SHARED = {
    "DATABASE_URL": "postgres://samverkan:hemligt@db.example.org:5432/samverkan",
    "REDIS_URL": "redis://cache.example.org:6379/0",
    "MEDIA_ROOT": "/srv/delat/media",
}


def settings_with(**environment):
    result = manage("shell", "-c", SHOW, **environment)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_every_server_reads_the_shared_services_from_the_environment():
    shown = settings_with(**SHARED)
    assert shown["database"] == [
        "django.db.backends.postgresql",
        "samverkan",
        "db.example.org",
        5432,
    ]
    # Whole pages and Wagtail's own entries in one Redis, apart by prefix, so that a
    # publish through one server empties the pages every server serves.
    assert shown["caches"] == {
        "default": [
            "django.core.cache.backends.redis.RedisCache",
            SHARED["REDIS_URL"],
            "samverkan",
        ],
        "pages": [
            "django.core.cache.backends.redis.RedisCache",
            SHARED["REDIS_URL"],
            "samverkan-pages",
        ],
    }
    assert shown["media_root"] == SHARED["MEDIA_ROOT"]
    # The storage that keeps private images behind their view, on the shared directory.
    assert shown["media_storage"] == "core.media_storage.MediaStorage"
    assert shown["conn_max_age"] > 0


def test_without_redis_each_server_keeps_its_own_bounded_cache():
    shown = settings_with(**{**SHARED, "REDIS_URL": None})
    backends = {name: cache[0] for name, cache in shown["caches"].items()}
    assert backends == {
        "default": "django.core.cache.backends.locmem.LocMemCache",
        "pages": "django.core.cache.backends.locmem.LocMemCache",
    }
