"""What the check found, in a form that may be shown, logged and stored: always masked."""

import hashlib
import hmac
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

from privacy.identity_numbers import COORDINATION, PERSONAL

EMAIL = "private_email"
PHONE = "private_phone"
SENSITIVE = "sensitive_word"
# Kinds that hold publication back until removed or overridden; the rest are warnings.
BLOCKING_KINDS = {PERSONAL, COORDINATION, EMAIL, PHONE}


@dataclass(frozen=True)
class Finding:
    """One finding: its kind, its masked form and the place it was found, in plain words.

    ``fingerprint`` tells the same finding apart from others on a later check (so that an
    override holds for it) without keeping the number: a keyed hash of it.
    """

    kind: str
    masked: str
    place: str
    fingerprint: str

    @property
    def blocking(self):
        return self.kind in BLOCKING_KINDS

    @property
    def message(self):
        """What the editor is told, in the active language."""
        texts = {
            PERSONAL: _("A personal identity number (%(masked)s) in %(place)s."),
            COORDINATION: _("A coordination number (%(masked)s) in %(place)s."),
            EMAIL: _(
                "The e-mail address of a person whose contact details are not public "
                "(%(masked)s) in %(place)s."
            ),
            PHONE: _(
                "The phone number of a person whose contact details are not public "
                "(%(masked)s) in %(place)s."
            ),
            SENSITIVE: _(
                "A word of a sensitive kind next to a name (%(masked)s) in %(place)s: "
                "check that it says nothing about a person's health, origin, beliefs, "
                "union membership or offences."
            ),
        }
        return texts[self.kind] % {"masked": self.masked, "place": self.place}


def fingerprint(kind, value):
    """A keyed hash of a found value: the same value gives the same fingerprint, and the
    value cannot be guessed back from it without the site's secret key."""
    key = settings.SECRET_KEY.encode()
    digest = hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()
    return digest[:32]


def mask_email(address):
    local, _at, domain = address.partition("@")
    return f"{local[:1]}***@{domain}"


def mask_phone(digits):
    return f"{digits[:3]}-*** ** {digits[-2:]}"
