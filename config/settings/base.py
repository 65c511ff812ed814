"""Settings shared by every environment.

Every value that differs between machines is read here from the environment, with a safe
local default. ``production.py`` removes the defaults of the security-relevant ones.
"""

import datetime
from pathlib import Path

import environ
from csp.constants import NONCE
from django.utils.translation import gettext_lazy as _
from pythonjsonlogger.core import RESERVED_ATTRS as RESERVED_LOG_ATTRS

from search.backends.config import search_backend

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "config"

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
# Only ever used by local development and tests; production.py requires its own.
SECRET_KEY = env.str("SECRET_KEY", default="django-insecure-local-development-key-only")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# The project's apps, top layer first; each imports only the apps listed below it
# (``make lint`` checks the layers: see pyproject.toml).
INSTALLED_APPS = [
    "importers",
    "home",
    "editorial",
    "subscriptions",
    "privacy",
    "networks",
    "minutes",
    "search",
    "core",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django.contrib.auth",
    # Only for its catalogue: the admin writes "3 minutes ago" with its naturaltime.
    "django.contrib.humanize",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "csp",
    # The queue of background work and its database backend (manage.py db_worker).
    "django_tasks",
    "django_tasks_db",
    # Last, as django-axes asks, so that its checks see every other app's settings.
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before the session: a cached page is served without touching the session or database.
    "core.cached_pages.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # The few admin views that show a page or a file before checking who asks.
    "core.admin_door_guard.AdminDoorGuardMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.content_security.ContentSecurityPolicyMiddleware",
    "core.login_throttling.PasswordResetThrottleMiddleware",
    "core.password_throttling.PasswordFormThrottleMiddleware",
    # Finds the page a request asks for before Wagtail's view walks the tree for it.
    "core.page_routing.PageRoutingMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout raised by the backend into a response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Write-ahead logging: readers never wait for a writer, and a write (a search counted,
    # a page saved) syncs the disk at checkpoints rather than at every commit.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses an attempt from a locked-out user name and address.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Swedish first, English second.
LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", _("Swedish")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# A new translation starts as a draft and goes live only through the page's review.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=str(BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(BASE_DIR / "media"))
# Files of images in private collections are given the address of a view that checks the
# collection's restrictions; the others are served by the web server (core.media_storage).
STORAGES = {
    "default": {"BACKEND": "core.media_storage.MediaStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Complex page models (agenda items, attendance) exceed Django's default of 1,000 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="samverkan@localhost")

# Background work (subscription e-mail, workflow notifications, reading documents' text,
# Wagtail's reference index, purging caches) waits in the database until
# ``manage.py db_worker`` runs it, so a request never waits for it and nothing is lost
# while the worker is down. TASKS_BACKEND=immediate runs each task
# inside the request instead, for development without a worker.
TASKS_BACKEND = env.str("TASKS_BACKEND", default="database")
TASKS = {
    "default": {
        "BACKEND": {
            "database": "django_tasks_db.backend.DatabaseBackend",
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
        }[TASKS_BACKEND],
    },
}

# Subscriptions: requests to subscribe per e-mail address and per client address in an
# hour, and how long a confirmation link holds.
SUBSCRIBE_LIMIT = env.int("SUBSCRIBE_LIMIT", default=3)
SUBSCRIBE_ADDRESS_LIMIT = env.int("SUBSCRIBE_ADDRESS_LIMIT", default=20)
SUBSCRIPTION_CONFIRMATION_DAYS = 3
# Unconfirmed addresses are deleted after this many days (purge_unconfirmed_subscribers).
SUBSCRIPTION_UNCONFIRMED_DAYS = 7
# How often an e-mail sent by the task worker (workflow notifications) is tried again when
# the mail server refuses it, and the wait before each try; subscriptions may differ.
MAIL_RETRIES = env.int("MAIL_RETRIES", default=3)
MAIL_RETRY_SECONDS = env.int("MAIL_RETRY_SECONDS", default=300)
SUBSCRIPTION_MAIL_RETRIES = env.int("SUBSCRIPTION_MAIL_RETRIES", default=MAIL_RETRIES)
SUBSCRIPTION_MAIL_RETRY_SECONDS = env.int(
    "SUBSCRIPTION_MAIL_RETRY_SECONDS", default=MAIL_RETRY_SECONDS
)

WAGTAIL_SITE_NAME = "Samverkan"
# Workflow e-mail goes to the approvers of the organisation, not to every administrator.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAIL_FINISH_WORKFLOW_ACTION = "editorial.workflows.publish_approved_revision"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# The database's full-text search, or Elasticsearch/OpenSearch when SEARCH_URL is set; every
# backend analyses Swedish and English text the same way (search/analysis.py).
WAGTAILSEARCH_BACKENDS = {
    "default": search_backend(
        env.str("SEARCH_URL", default=""), env.str("SEARCH_BACKEND", default="")
    ),
}
# A database search ranks at most this many of its matches: those added last, and those
# with the words in their titles (search/backends/bounded_ranking.py). Not below the 1,000
# matches the search page counts; on SQLite not above 30,000, the most values one query takes.
SEARCH_MAX_RANKED = env.int("SEARCH_MAX_RANKED", default=1000)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
WAGTAIL_ALLOW_UNICODE_SLUGS = False

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

# Security headers on every response; production.py adds HSTS and Secure cookies.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True

# Content-Security-Policy (django-csp). The public site allows no inline script or style:
# a script needs the response's nonce. core.content_security gives the Wagtail admin and its
# previews the looser policy its editor needs.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    },
}
CONTENT_SECURITY_POLICY_ADMIN = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'", "https:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    # The editor shows its preview in a frame of its own.
    "frame-ancestors": ["'self'"],
    "form-action": ["'self'"],
}
CONTENT_SECURITY_POLICY_ADMIN_PREFIXES = ["/admin/"]

# Sign-in throttling (django-axes): a user name is locked at one address after repeated
# failures, for a while; others signing in from the same address (a school's shared
# connection) are not affected.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.login_throttling.client_ip"
AXES_COOLOFF_MESSAGE = _("Too many failed sign-in attempts. Please try again later.")
# How many reverse proxies in front of the site append to X-Forwarded-For; 0 trusts none.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# Password reset requests per address and per e-mail address in an hour, and per address
# for any e-mail addresses (a school's editors share one).
PASSWORD_RESET_LIMIT = env.int("PASSWORD_RESET_LIMIT", default=5)
PASSWORD_RESET_ADDRESS_LIMIT = env.int("PASSWORD_RESET_ADDRESS_LIMIT", default=20)
# Wrong passwords on the form of a private page or document collection, per address and
# restriction, before the form refuses every password until a cool-off as long as a
# sign-in's has passed without an attempt (core.password_throttling).
PAGE_PASSWORD_FAILURE_LIMIT = env.int("PAGE_PASSWORD_FAILURE_LIMIT", default=10)
PAGE_PASSWORD_COOLOFF_TIME = AXES_COOLOFF_TIME

# Caches: Redis when REDIS_URL is set, shared by every worker; local memory otherwise.
# Every model of these apps is content shown on pages (pages, their rows, the register), so
# a change to any of them empties the page cache (core.cache_invalidation); so does a change
# to the models listed after them. Synonyms change what a search finds, and found matches are
# kept (search.service.kept_matches); promotions change what it shows.
PAGE_CACHE_CONTENT_APPS = ["home", "networks", "minutes"]
PAGE_CACHE_CONTENT_MODELS = ["search.Synonym", "wagtailsearchpromotions.SearchPromotion"]
# "pages" holds whole anonymous pages (core.cached_pages), kept apart so that a crawler
# walking the archive cannot evict Wagtail's own entries.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "samverkan",
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "samverkan-pages",
        },
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "default",
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            # Bounds each worker's memory: a page is 20–100 kB.
            "OPTIONS": {"MAX_ENTRIES": 1000},
        },
    }
# Where the cache is shared, the task worker makes the public's PDF of minutes when they are
# published (minutes.tasks); with a cache of each process's own it would be made for nobody.
MINUTES_PDF_AT_PUBLICATION = env.bool("MINUTES_PDF_AT_PUBLICATION", default=bool(REDIS_URL))
# How long an anonymous page is kept; publishing empties the page cache at once, so this
# only bounds how long a time-dependent listing ("upcoming conferences") may lag.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
# The views whose anonymous responses may be kept: Wagtail's pages (and their routes),
# calendar files and feeds. Not the search, whose statistics count every search.
PAGE_CACHE_VIEWS = ["wagtail_serve", "calendar_file", "feed_rss", "feed_atom"]
# How long a fragment of a page (core.templatetags.generation_tags) is kept at most: a
# change to content renders it anew at once, so this only frees the room of unused ones.
FRAGMENT_CACHE_SECONDS = env.int("FRAGMENT_CACHE_SECONDS", default=86400)

# Purging a reverse proxy or CDN on publish (wagtail.contrib.frontend_cache), when one is
# named: FRONTEND_CACHE_URL is the proxy's purge address (e.g. http://127.0.0.1:8080),
# or a Cloudflare zone given by CLOUDFLARE_ZONEID and CLOUDFLARE_BEARER_TOKEN.
FRONTEND_CACHE_URL = env.str("FRONTEND_CACHE_URL", default="")
CLOUDFLARE_ZONEID = env.str("CLOUDFLARE_ZONEID", default="")
WAGTAILFRONTENDCACHE = {}
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_URL,
    }
if CLOUDFLARE_ZONEID:
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": CLOUDFLARE_ZONEID,
        "BEARER_TOKEN": env.str("CLOUDFLARE_BEARER_TOKEN", default=""),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
# Shared caches in front of the site may keep a public page this long; purged on publish.
FRONTEND_CACHE_SECONDS = env.int("FRONTEND_CACHE_SECONDS", default=0)

# Documents go through Wagtail's view, which checks a private collection's restrictions;
# the web server must never serve MEDIA_ROOT/documents/ itself.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

LOG_LEVEL = env.str("LOG_LEVEL", default="INFO")
# LOG_FORMAT=json writes one JSON object a line (the production default, on standard output).
LOG_FORMAT = env.str("LOG_FORMAT", default="text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "text": {"format": "%(levelname)s %(name)s %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": ["levelname", "name", "message"],
            "rename_fields": {"levelname": "level", "name": "logger"},
            # ISO 8601 in UTC, under "time".
            "timestamp": "time",
            # The request object in Django's records is not data for a log line.
            "reserved_attrs": [*RESERVED_LOG_ATTRS, "request"],
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "formatter": LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # Django's own console handler would print each of its records a second time.
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # Lockouts are warnings; each start and each failed attempt need not be logged.
        "axes": {"level": "WARNING"},
        # The minutes' PDF: a line per step, and a warning per screen-only CSS rule it skips.
        "weasyprint": {"level": "ERROR"},
    },
}
