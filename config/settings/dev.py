from config.settings.base import *  # noqa: F403

# Demo content and the archive generator: never installed in production, where a command
# that creates users with printed passwords has no place.
INSTALLED_APPS = ["demo", *INSTALLED_APPS]  # noqa: F405

DEBUG = env.bool("DEBUG", default=True)  # noqa: F405
# Templates and code change under a developer's hands without a publish to empty the cache.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)  # noqa: F405
