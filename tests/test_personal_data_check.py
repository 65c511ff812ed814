"""The personal-data check: what it finds in text, in a page and in attached documents."""

import datetime
import logging

import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.rich_text import RichText

from minutes.models.minutes_page import MinutesPage
from privacy.check import check_page
from privacy.findings import EMAIL, PHONE, SENSITIVE
from privacy.identity_numbers import (
    COORDINATION,
    PERSONAL,
    find_identity_numbers,
    mask_identity_numbers,
)
from tests.factories import (
    DocumentFactory,
    MinutesAttendeeFactory,
    MinutesPageFactory,
    NetworkPageFactory,
    PersonFactory,
    agenda_item,
    build_site_tree,
)
from tests.fixtures.importers.builders import LINES_PER_PAGE, docx_bytes, pdf_bytes
from tests.personal_data import identity_number, wrong_check_digit
from tests.search_relevance.harness import pptx_bytes

VALID = identity_number("850709")  # 850709-1234 style, born 1985
VALID_12 = identity_number("850709", century="19")
VALID_NO_SEPARATOR = identity_number("850709", separator="")
COORDINATION_NUMBER = identity_number("850769")  # day 9 + 60
CENTENARIAN = identity_number("200101", separator="+")  # born 1920


def kinds(text):
    return [number.kind for number in find_identity_numbers(text)]


@pytest.mark.parametrize(
    "text",
    [
        f"Personnummer {VALID} lämnades i mötet.",
        f"pnr: {VALID_12}",
        f"({VALID_NO_SEPARATOR})",
        f"{identity_number('850709', century='19', separator='')}",
        f"Född {CENTENARIAN}.",
    ],
)
def test_valid_personal_identity_numbers_are_found(text):
    assert kinds(text) == [PERSONAL]


def test_a_coordination_number_is_found_with_its_day_plus_sixty():
    assert kinds(f"Samordningsnummer {COORDINATION_NUMBER}") == [COORDINATION]
    # Day 69 - 60 = 9 July, a real date; day 92 - 60 = 32 is none.
    assert kinds(identity_number("850792")) == []


@pytest.mark.parametrize(
    "text",
    [
        wrong_check_digit("850709"),  # wrong check digit
        identity_number("851309"),  # month 13
        identity_number("850230"),  # 30 February
        identity_number("850700"),  # day 0
        identity_number("850709", century="21"),  # born in the next century
        wrong_check_digit("850769"),  # coordination number with a wrong check digit
        f"Faktura 4{VALID_NO_SEPARATOR}9",  # inside a longer run of digits
        f"Fakturanummer 2023{VALID_NO_SEPARATOR}",
        f"Ärende 12-{VALID}",
        f"{VALID}-55",
        "Organisationsnummer 212000-1355",  # month 20: an organisation, not a person
    ],
)
def test_invalid_numbers_and_longer_digit_runs_are_not_found(text):
    assert kinds(text) == []


def test_a_number_is_masked_to_its_birth_date():
    masked = mask_identity_numbers(f"Anna, {VALID}, och {VALID_12}.")
    assert masked == "Anna, 19850709-****, och 19850709-****."
    assert [n.masked for n in find_identity_numbers(CENTENARIAN)] == ["19200101-****"]


@pytest.fixture(autouse=True)
def in_english():
    """The places are read in English here; the editor reads them in their own language."""
    with translation.override("en"):
        yield


@pytest.fixture
def network():
    tree = build_site_tree()
    return NetworkPageFactory(parent=tree.network_index)


def places(findings, kind=None):
    return [f.place for f in findings if kind is None or f.kind == kind]


@pytest.mark.django_db
def test_a_number_in_rich_text_is_found_with_its_field(network):
    page = MinutesPageFactory(
        parent=network, opening=RichText(f"<p>Närvarande: Karl Berg, {VALID}</p>").source
    )
    findings = check_page(page)
    assert [(f.kind, f.masked) for f in findings] == [(PERSONAL, "19850709-****")]
    assert findings[0].blocking
    assert findings[0].place == "the field “Opening”"


@pytest.mark.django_db
def test_numbers_in_agenda_items_and_decisions_are_found_where_they_are(network):
    page = MinutesPageFactory(
        parent=network,
        agenda=[
            agenda_item(1, "Mötets öppnande", body="<p>Inget att notera.</p>"),
            agenda_item(2, "Budget", body=f"<p>Faktura 4{VALID_NO_SEPARATOR}9 betald.</p>"),
            agenda_item(
                3, "Ny medlem", decisions=["Godkänd.", f"Samordningsnr {COORDINATION_NUMBER}"]
            ),
        ],
    )
    findings = check_page(page)
    assert [f.kind for f in findings] == [COORDINATION]
    assert findings[0].place == "the field “Agenda”, Agenda item 3 “Ny medlem”, Decision 2"


@pytest.mark.django_db
def test_a_number_in_an_attendance_row_is_found_with_its_row(network):
    page = MinutesPageFactory(parent=network)
    MinutesAttendeeFactory(page=page, person=None, organisation=None, name="Kim Lind")
    MinutesAttendeeFactory(
        page=page, person=None, organisation=None, name="Ola Ek", area=f"Gymnasium {VALID_12}"
    )
    findings = check_page(page)
    assert [f.kind for f in findings] == [PERSONAL]
    assert findings[0].place == "Attendance, row 2, Area of responsibility"


def attach(page, name, data):
    document = DocumentFactory(title=name, file=ContentFile(data, name=name))
    page.agenda = [agenda_item(1, "Bilagor", attachments=[document])]
    page.save()
    return document


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "build", "page_number"),
    [
        ("lista.pdf", lambda t: pdf_bytes("\n" * LINES_PER_PAGE + t), 2),
        ("lista.docx", docx_bytes, None),
        ("lista.pptx", lambda t: pptx_bytes(["Välkomna", t]), 2),
        ("lista.txt", lambda t: t.encode(), None),
    ],
)
def test_a_number_in_an_attached_document_is_found_with_its_page(network, name, build, page_number):
    page = MinutesPageFactory(parent=network)
    attach(page, name, build(f"Deltagare Eva Holm {VALID}"))
    findings = check_page(page)
    assert [f.kind for f in findings] == [PERSONAL]
    expected = f"the attachment “{name}”"
    if page_number:
        expected += f", page {page_number}"
    assert findings[0].place == expected


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["ok.pdf", "ok.docx", "ok.pptx"])
def test_an_attachment_with_invalid_numbers_only_has_no_finding(network, name):
    text = f"Faktura {wrong_check_digit('850709')} och {identity_number('851309')}"
    builders = {"pdf": pdf_bytes, "docx": docx_bytes, "pptx": lambda t: pptx_bytes([t])}
    page = MinutesPageFactory(parent=network)
    attach(page, name, builders[name.rsplit(".", 1)[1]](text))
    assert check_page(page) == []


@pytest.mark.django_db
def test_private_contact_details_of_register_people_are_found_and_public_ones_are_not(network):
    PersonFactory(name="Maja Sten", email="maja.sten@skola.example", phone="031-12 34 56")
    PersonFactory(
        name="Per Öst",
        email="per.ost@skola.example",
        phone="031-65 43 21",
        contact_details_public=True,
    )
    page = MinutesPageFactory(
        parent=network,
        opening=(
            "<p>Kontakt: Maja.Sten@skola.example, +46 31 123456. "
            "Per nås på per.ost@skola.example, 031-654321.</p>"
        ),
    )
    findings = check_page(page)
    assert sorted(f.kind for f in findings) == [EMAIL, PHONE]
    assert {f.masked for f in findings} == {"m***@skola.example", "031-*** ** 56"}


@pytest.mark.django_db
def test_a_sensitive_word_next_to_a_name_is_a_warning_not_a_block(network):
    page = MinutesPageFactory(
        parent=network,
        opening="<p>Lena Falk är sjukskriven resten av terminen.</p><p>Sjukfrånvaron ökar.</p>",
    )
    findings = check_page(page)
    assert [f.kind for f in findings] == [SENSITIVE]
    assert not findings[0].blocking
    assert findings[0].masked == "sjukskriven – L. F."


@pytest.mark.django_db
def test_the_check_logs_and_returns_no_full_number(network, caplog):
    page = MinutesPageFactory(parent=network, opening=f"<p>{VALID}</p>")
    with caplog.at_level(logging.DEBUG):
        findings = check_page(page)
    shown = " ".join(f"{f.masked} {f.place} {f.message} {f.fingerprint}" for f in findings)
    assert VALID not in shown and VALID.replace("-", "") not in shown
    assert VALID not in caplog.text


@pytest.mark.django_db
def test_a_page_not_yet_saved_is_checked_as_an_importer_builds_it(network):
    """The importers check the page they are about to create, with its attachments."""
    document = DocumentFactory(
        title="bilaga.docx", file=ContentFile(docx_bytes(f"Eva Holm {VALID}"), name="bilaga.docx")
    )
    page = MinutesPage(
        title="Importerat möte",
        meeting_date=datetime.date(2024, 3, 1),
        opening=f"<p>Samordningsnummer {COORDINATION_NUMBER}</p>",
        agenda=[agenda_item(1, "Bilagor", attachments=[document])],
    )
    findings = check_page(page)
    assert [(f.kind, f.place) for f in findings] == [
        (COORDINATION, "the field “Opening”"),
        (PERSONAL, "the attachment “bilaga.docx”"),
    ]
    assert all(f.blocking and "****" in f.message for f in findings)
