"""The production profile refuses insecure settings and passes Django's deployment checks.

Each profile is loaded in a fresh interpreter, as a server would load it, so that the
refusals are those a real start meets. A start costs seconds, so tests that read the same
environment share one: the settings and a log line are read in one start, the settings
the named services change in another, and the commands are run one after another in a
third, each as ``manage.py`` runs it.
"""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
STRONG_KEY = secrets.token_urlsafe(64)
PRODUCTION = {
    "DJANGO_ENV": "production",
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "samverkan.example.org",
    "DEBUG": "false",
}
SHOW_SETTINGS = """
import json
from django.conf import settings
names = [
    "DEBUG", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SESSION_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY", "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY", "X_FRAME_OPTIONS", "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY", "SECURE_CROSS_ORIGIN_OPENER_POLICY", "MIDDLEWARE",
]
values = {name: getattr(settings, name) for name in names}
values["CACHE"] = settings.CACHES["default"]["BACKEND"]
values["STATICFILES"] = settings.STORAGES["staticfiles"]["BACKEND"]
values["LOG_FORMATTER"] = settings.LOGGING["handlers"]["console"]["formatter"]
values["FRONTEND_CACHE"] = getattr(settings, "WAGTAILFRONTENDCACHE", None)
values["FRONTEND_CACHE_INSTALLED"] = "wagtail.contrib.frontend_cache" in settings.INSTALLED_APPS
print(json.dumps(values))
"""
# manage.py run once for each command named on the command line, in one interpreter: its
# exit status and what it wrote, as JSON on the last line.
RUN_COMMANDS = """
import contextlib, io, json, runpy, sys

answers = {}
for command in sys.argv[1:]:
    sys.argv = ["manage.py", command]
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            runpy.run_path("manage.py", run_name="__main__")
            status = 0
        except SystemExit as exit:
            status = exit.code if isinstance(exit.code, int) else 1
    answers[command] = [status, stdout.getvalue(), stderr.getvalue()]
print(json.dumps(answers))
"""
LOG_LINE = "import logging; logging.getLogger('core.health').warning('Prov %s', 1)"


def production_environment(environment):
    env = {key: value for key, value in os.environ.items() if key not in PRODUCTION}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.update(PRODUCTION)
    for name, value in environment.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def run(*args, **environment):
    return subprocess.run(  # noqa: S603 - the project's own Python and manage.py
        [sys.executable, *args],
        cwd=PROJECT,
        env=production_environment(environment),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def manage(*args, **environment):
    """Run manage.py with the production profile and the given changes to its environment."""
    return run("manage.py", *args, **environment)


def last_line_json(result):
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def plain_start():
    """The settings, then a warning logged, in one start with nothing but the profile."""
    result = manage("shell", "-c", f"{SHOW_SETTINGS}\n{LOG_LINE}")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()


@pytest.fixture(scope="module")
def services_named():
    """The settings of a start that names a Redis and a caching proxy in front."""
    return last_line_json(
        manage(
            "shell",
            "-c",
            SHOW_SETTINGS,
            REDIS_URL="redis://127.0.0.1:6379/1",
            FRONTEND_CACHE_URL="http://127.0.0.1:8080",
        )
    )


def test_check_deploy_is_clean():
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_has_no_command_that_makes_demo_users():
    answers = last_line_json(run("-c", RUN_COMMANDS, "help", "load_demo", "generate_archive"))
    status, listed, errors = answers["help"]
    assert status == 0, errors
    assert "import_minutes" in listed
    for command in ("load_demo", "generate_archive"):
        assert command not in listed
        assert answers[command][0] != 0


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        ({"SECRET_KEY": None}, "SECRET_KEY"),
        ({"SECRET_KEY": "kort-nyckel"}, "SECRET_KEY"),
        ({"SECRET_KEY": "a" * 60}, "SECRET_KEY"),
        ({"SECRET_KEY": "django-insecure-" + STRONG_KEY}, "SECRET_KEY"),
        ({"DEBUG": "true"}, "DEBUG"),
        ({"ALLOWED_HOSTS": None}, "ALLOWED_HOSTS"),
        ({"ALLOWED_HOSTS": ""}, "ALLOWED_HOSTS"),
    ],
    ids=["no key", "short key", "repetitive key", "insecure key", "debug", "no hosts", "empty"],
)
def test_refuses_to_start_with_an_insecure_setting(environment, message):
    result = manage("check", **environment)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_security_settings_of_the_profile(plain_start):
    values = json.loads(plain_start[-2])
    assert values["DEBUG"] is False
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    for name in ("SESSION_COOKIE", "CSRF_COOKIE"):
        assert values[f"{name}_SECURE"] is True
        assert values[f"{name}_HTTPONLY"] is True
    assert values["X_FRAME_OPTIONS"] == "DENY"
    assert values["SECURE_CONTENT_TYPE_NOSNIFF"] is True
    assert values["SECURE_REFERRER_POLICY"] == "strict-origin-when-cross-origin"
    assert values["SECURE_CROSS_ORIGIN_OPENER_POLICY"] == "same-origin"
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in values["MIDDLEWARE"]
    assert "core.content_security.ContentSecurityPolicyMiddleware" in values["MIDDLEWARE"]
    assert "axes.middleware.AxesMiddleware" in values["MIDDLEWARE"]
    assert values["STATICFILES"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert values["CACHE"] == "django.core.cache.backends.locmem.LocMemCache"
    assert values["LOG_FORMATTER"] == "json"


def test_redis_is_the_cache_when_named(services_named):
    assert services_named["CACHE"] == "django.core.cache.backends.redis.RedisCache"


def test_logs_are_json_lines_on_standard_output(plain_start):
    record = json.loads(plain_start[-1])
    assert record["level"] == "WARNING"
    assert record["logger"] == "core.health"
    assert record["message"] == "Prov 1"
    assert record["time"].endswith("+00:00")


def test_frontend_cache_is_purged_when_a_proxy_is_named(services_named):
    assert services_named["FRONTEND_CACHE"]["proxy"]["LOCATION"] == "http://127.0.0.1:8080"
    assert services_named["FRONTEND_CACHE_INSTALLED"]
