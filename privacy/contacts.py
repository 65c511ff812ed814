"""E-mail addresses and phone numbers of register people whose details are not public.

The register knows whether a person agreed to show their contact details; a page that
writes them out anyway publishes what the register keeps back.
"""

import re

from networks.models.directory import Person

EMAIL_PATTERN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# A Swedish phone number as people write it: +46 or 0 first, then digits, spaces and
# hyphens; normalised to its digits, national form.
PHONE_PATTERN = re.compile(r"(?<![\w+])(?:\+46|0046|0)[\s-]?\(?0?\)?[\d][\d\s-]{4,14}\d(?!\d)")
MIN_PHONE_DIGITS = 7


def normalise_phone(text):
    """The digits of a phone number in national form: "+46 (0)31-12 34 56" → "031123456"."""
    digits = re.sub(r"\D", "", text or "")
    for prefix in ("0046", "46"):
        if digits.startswith(prefix) and (text or "").lstrip().startswith(("+", "00")):
            digits = "0" + digits[len(prefix) :].removeprefix("0")
            break
    return digits


def private_contact_details():
    """``({e-mail: name}, {phone digits: name})`` of everyone whose details are not public.

    A person is one entry per language with the same details, so both count once.
    """
    emails, phones = {}, {}
    rows = Person.objects.filter(contact_details_public=False).values_list("name", "email", "phone")
    for name, email, phone in rows:
        if email:
            emails[email.strip().lower()] = name
        digits = normalise_phone(phone)
        if len(digits) >= MIN_PHONE_DIGITS:
            phones[digits] = name
    return emails, phones


def find_emails(text, emails):
    """``[(address, name)]`` of the private addresses written in ``text``."""
    found = []
    for match in EMAIL_PATTERN.finditer(text):
        address = match.group().rstrip(".").lower()
        if address in emails:
            found.append((address, emails[address]))
    return found


def find_phones(text, phones):
    """``[(digits, name)]`` of the private phone numbers written in ``text``."""
    found = []
    for match in PHONE_PATTERN.finditer(text):
        digits = normalise_phone(match.group())
        if digits in phones:
            found.append((digits, phones[digits]))
    return found
