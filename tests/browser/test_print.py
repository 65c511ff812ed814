"""Minutes on paper: the browser's print of the page, and the PDF the site makes of it.

Both are saved to screenshots/ for people to see: ``minutes-print.png`` (Chromium with
print media emulated) and ``minutes-pdf.png`` (the PDF's first page, drawn by PDFium).
"""

import io

import pypdfium2
import pytest
from pypdf import PdfReader

from tests.browser.public_pages import MINUTES, page_at
from tests.browser.test_accessibility import BLOCKING, axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def context(chromium):
    # axe is injected as an inline script, which the site's Content-Security-Policy forbids.
    context = chromium.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    yield context
    context.close()


def test_printed_minutes_are_a_document_without_the_sites_furniture(
    site, page, screenshots_dir, axe_script
):
    minutes = page_at(MINUTES)
    page.goto(site + MINUTES)
    assert not page.locator(".print-masthead").is_visible()
    assert page.get_by_role("link", name="Ladda ner som PDF").is_visible()

    page.emulate_media(media="print")
    page.screenshot(path=screenshots_dir / "minutes-print.png", full_page=True)

    for furniture in (".site-header", "nav.main-nav", ".breadcrumbs", ".site-footer", ".pdf-link"):
        assert not page.locator(furniture).first.is_visible(), furniture
    assert page.locator(".facts").is_visible()
    masthead = page.locator(".print-masthead")
    assert masthead.is_visible()
    network = minutes.get_parent().specific
    assert network.title in masthead.inner_text()
    assert network.organisation.display_name in masthead.inner_text()
    colophon = page.locator(".print-colophon")
    assert colophon.is_visible()
    assert minutes.full_url in colophon.inner_text()
    serious = [v for v in axe_violations(page, axe_script) if v["impact"] in BLOCKING]
    assert not serious, serious


def test_the_pdf_of_the_minutes_is_tagged_swedish_and_drawn(site, page, screenshots_dir):
    minutes = page_at(MINUTES)
    response = page.request.get(site + MINUTES + "pdf/")
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    content = response.body()

    reader = PdfReader(io.BytesIO(content))
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "sv"
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"]
    assert minutes.title in reader.metadata.title
    # Lines wrap where the page ends them: words are compared, not lines.
    text = " ".join(" ".join(pdf_page.extract_text() for pdf_page in reader.pages).split())
    assert "Dagordning" in text
    decisions = [" ".join(clause.split()) for _item, clause in minutes.decisions()]
    assert decisions
    assert [clause for clause in decisions if clause not in text] == []

    document = pypdfium2.PdfDocument(content)
    document[0].render(scale=1.5).to_pil().save(screenshots_dir / "minutes-pdf.png")
    document.close()
