from .base import *  # noqa: F403

DEBUG = env.bool("DEBUG", default=True)  # noqa: F405
# Templates and code change under a developer's hands without a publish to empty the cache.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)  # noqa: F405
