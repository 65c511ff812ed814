"""The demo's standard pages have English versions, which English pages link from the footer."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, TranslationSource

from demo.english import ensure_english_pages
from demo.english_standard_pages import STANDARD_PAGE_PATHS
from demo.report import BuildReport
from demo.standard_pages import ensure_standard_pages
from tests.factories import build_site_tree


@pytest.fixture
def translated(db, django_capture_on_commit_callbacks):
    tree = build_site_tree()
    pages = ensure_standard_pages(BuildReport(), tree.home, None)
    english = Locale.objects.create(language_code="en")
    # wagtail-localize publishes a translation when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        ensure_english_pages(BuildReport(), tree.home, paths=["", *STANDARD_PAGE_PATHS])
    return tree, pages, english


def test_every_string_of_the_standard_pages_has_its_english_text(translated):
    _tree, pages, english = translated
    for page in pages:
        source = TranslationSource.objects.get(object_id=page.translation_key)
        strings = {segment.string_id for segment in source.stringsegment_set.all()}
        done = StringTranslation.objects.filter(translation_of__in=strings, locale=english)
        assert done.count() == len(strings), page.title
        translation = page.get_translation(english)
        assert translation.live and not translation.alias_of_id


def test_english_pages_link_the_english_statement_from_the_footer(translated, client):
    tree, _pages, english = translated
    body = client.get(tree.home.get_translation(english).url).content.decode()
    footer = body[body.index("<footer") :]
    assert ">Accessibility statement</a>" in footer
    assert ">How we handle personal data</a>" in footer
    assert 'href="/en/accessibility-statement/"' in footer
    assert "Tillgänglighetsredogörelse" not in footer


def test_translating_again_changes_nothing(translated, django_capture_on_commit_callbacks):
    tree, _pages, _english = translated
    report = BuildReport()
    with django_capture_on_commit_callbacks(execute=True):
        ensure_english_pages(report, tree.home, paths=["", *STANDARD_PAGE_PATHS])
    assert report.created_objects == []
    assert sum(report.present_counts.values()) == 1 + len(STANDARD_PAGE_PATHS)
