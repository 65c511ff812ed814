"""The personal-data check of a page and of the documents it attaches.

``check_page`` is the one entry point: the editor's messages, the workflow's gate, the
held scheduled publications, the report of the live site and the importers all ask it.
Its findings are masked; nothing it returns, logs or stores holds a full number.
"""

import logging

from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from networks.models.directory import Person
from privacy.contacts import find_emails, find_phones, private_contact_details
from privacy.findings import EMAIL, PHONE, SENSITIVE, Finding, fingerprint, mask_email, mask_phone
from privacy.identity_numbers import find_identity_numbers
from privacy.page_text import page_text, quoted
from privacy.sensitive_words import find_sensitive_words, sensitive_words, word_pattern
from search.attachments import update_document_text

logger = logging.getLogger(__name__)


def number_fingerprint(text, number):
    """The same for a number however written: with or without century and separator."""
    digits = "".join(c for c in text[number.start : number.end] if c.isdigit())
    return fingerprint(number.kind, digits[-10:])


class Checker:
    """What one check needs from the database, read once for every piece of text."""

    def __init__(self):
        self.emails, self.phones = private_contact_details()
        self.words = word_pattern(sensitive_words())
        self.register_names = {
            name.lower()
            for name in Person.objects.values_list("name", flat=True)
            if len(name.split()) > 1
        }

    def check_text(self, text, place):
        """The findings in one piece of text found at ``place`` (plain words)."""
        findings = [
            Finding(number.kind, number.masked, place, number_fingerprint(text, number))
            for number in find_identity_numbers(text)
        ]
        findings += [
            Finding(EMAIL, mask_email(address), place, fingerprint(EMAIL, address))
            for address, _name in find_emails(text, self.emails)
        ]
        findings += [
            Finding(PHONE, mask_phone(digits), place, fingerprint(PHONE, digits))
            for digits, _name in find_phones(text, self.phones)
        ]
        findings += [
            Finding(SENSITIVE, f"{word} – {name}", place, fingerprint(SENSITIVE, f"{word}:{name}"))
            for word, name in find_sensitive_words(text, self.words, self.register_names)
        ]
        return findings

    def check_document(self, document):
        """The findings in an attached document, page by page where it has pages."""
        text = update_document_text(document)
        if text is None:
            return []
        findings = []
        for text_page in text.pages:
            if text_page.get("number"):
                place = _("the attachment %(title)s, page %(number)s") % {
                    "title": quoted(document.title),
                    "number": text_page["number"],
                }
            else:
                place = _("the attachment %(title)s") % {"title": quoted(document.title)}
            findings += self.check_text(text_page["text"], place)
        return findings


def check_page(page, checker=None):
    """Every finding in ``page`` and in the documents it attaches, masked, in order.

    ``page`` is a page object as it would be published: a saved page's specific object,
    a revision's ``as_object()``, or an importer's page before or after it is saved. A
    finding's ``message`` tells the editor what and where, in the active language; its
    ``blocking`` tells whether it holds publication back. A ``checker`` may be passed
    when many pages are checked in a row, so the register is read once.
    """
    checker = checker or Checker()
    text = page_text(page)
    findings = []
    for place, piece in text.pieces:
        findings += checker.check_text(piece, place)
    documents = get_document_model().objects.filter(pk__in=text.document_ids).order_by("pk")
    for document in documents:
        findings += checker.check_document(document)
    return unique(findings)


def unique(findings):
    """One finding of a kind at a place: a number written twice in a field is one finding."""
    return list(dict.fromkeys(findings))
