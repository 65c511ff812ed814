"""A superuser for trying the admin locally; never created outside development."""

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model

USERNAME = "admin"


@dataclass(frozen=True)
class AdminUserOutcome:
    created: bool
    skipped: bool
    password: str = ""


def ensure_admin_user() -> AdminUserOutcome:
    """Create ``admin`` with a random password when ``DEBUG`` is on.

    The password is returned once, on creation, and stored only as a hash. A site
    running with ``DEBUG`` off is treated as shared, so no account is created there.
    """
    if not settings.DEBUG:
        return AdminUserOutcome(created=False, skipped=True)
    User = get_user_model()
    if User.objects.filter(username=USERNAME).exists():
        return AdminUserOutcome(created=False, skipped=False)
    password = secrets.token_urlsafe(18)
    User.objects.create_superuser(
        username=USERNAME, email="admin@samverkan.example.org", password=password
    )
    return AdminUserOutcome(created=True, skipped=False, password=password)
