"""Translators see only live, public Swedish text, and a translation goes live only by review.

Translators may change the whole English tree, where every Swedish page has an alias or a
translation; those show the Swedish page's text, so the admin views that show a draft must
ask whether the user may read the Swedish page, as its own organisation's editors may.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.synctree import synchronize_tree

from demo.english import translate_page
from tests.editorial import build_editorial_world
from tests.factories import MinutesPageFactory

DRAFT_TITLE = "Hemligt utkast om budgeten"


@pytest.fixture
def world():
    world = build_editorial_world()
    world.english = Locale.objects.create(language_code="en")
    return world


def english_alias(world, page):
    """The English alias the admin makes of a new Swedish page."""
    synchronize_tree(Locale.get_default(), world.english)
    return Page.objects.get(alias_of=page, locale=world.english)


def draft_minutes(world):
    """Minutes never published, as an editor of organisation A leaves them."""
    page = MinutesPageFactory(parent=world.network_a, title=DRAFT_TITLE, live=False)
    page.save_revision(user=world.users["editor_a"])
    return page


def restricted_minutes(world, restriction_type):
    page = MinutesPageFactory(parent=world.network_a, title=DRAFT_TITLE)
    page.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password="hemligt"
    )
    if restriction_type == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.create(name="Styrelsen")])
    return page


def draft_views(page):
    """The admin views that show a page's latest text, or its history."""
    urls = {
        "view_draft": reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
        "preview": reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
        "history": reverse("wagtailadmin_pages:history", args=[page.pk]),
        "edit": reverse("wagtailadmin_pages:edit", args=[page.pk]),
    }
    revision = page.latest_revision
    if revision is not None:
        urls["revision"] = reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk])
    return urls


def refused(client, url, text):
    """Whether the admin refuses ``url``, as it does, with a redirect and a message or a 403."""
    response = client.get(url)
    return response.status_code in (302, 403) and text not in response.text


def shows(client, url, text):
    response = client.get(url)
    return response.status_code == 200 and text in response.text


@pytest.mark.django_db
def test_translator_reads_no_draft_through_its_english_alias(client, world):
    page = draft_minutes(world)
    alias = english_alias(world, page)
    client.force_login(world.users["translator"])
    for name, url in draft_views(alias).items():
        assert refused(client, url, DRAFT_TITLE), name


@pytest.mark.django_db
@pytest.mark.parametrize(
    "restriction_type",
    [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN, PageViewRestriction.GROUPS],
)
def test_translator_reads_no_private_page_through_its_english_alias(
    client, world, restriction_type
):
    page = restricted_minutes(world, restriction_type)
    alias = english_alias(world, page)
    client.force_login(world.users["translator"])
    for name, url in draft_views(alias).items():
        assert refused(client, url, DRAFT_TITLE), name


@pytest.mark.django_db
def test_translator_reads_no_translation_of_a_page_made_private(client, world):
    english = translate_page(world.minutes, world.english, {})
    PageViewRestriction.objects.create(
        page=world.minutes, restriction_type=PageViewRestriction.LOGIN
    )
    client.force_login(world.users["translator"])
    for name, url in draft_views(english).items():
        assert refused(client, url, "Möte i september"), name
    compare = reverse(
        "wagtailadmin_pages:revisions_compare",
        args=[english.pk, "earliest", english.latest_revision.pk],
    )
    assert refused(client, compare, "Möte i september")


@pytest.mark.django_db
def test_translator_reads_the_alias_of_a_live_public_page(client, world):
    alias = english_alias(world, world.minutes)
    client.force_login(world.users["translator"])
    assert shows(client, reverse("wagtailadmin_pages:view_draft", args=[alias.pk]), "Möte i")
    assert shows(client, reverse("wagtailadmin_pages:edit", args=[alias.pk]), "Möte i")


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["editor_a", "approver_a", "administrator"])
def test_the_organisation_keeps_reading_its_drafts(client, world, role):
    page = draft_minutes(world)
    english_alias(world, page)
    client.force_login(world.users[role])
    for name, url in draft_views(page).items():
        # Without form data the preview shows no text, only that it is there.
        assert shows(client, url, "" if name == "preview" else DRAFT_TITLE), name


@pytest.mark.django_db
def test_administrator_reads_the_alias_of_a_draft(client, world):
    alias = english_alias(world, draft_minutes(world))
    client.force_login(world.users["administrator"])
    assert shows(client, reverse("wagtailadmin_pages:view_draft", args=[alias.pk]), DRAFT_TITLE)


def submit_translation(client, page, locale):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    return client.post(url, {"locales": [locale.pk]})


@pytest.mark.django_db
@pytest.mark.parametrize("restricted", [False, True])
def test_translator_cannot_translate_a_draft_or_private_page(client, world, restricted):
    page = restricted_minutes(world, PageViewRestriction.LOGIN) if restricted else None
    page = page or draft_minutes(world)
    alias = english_alias(world, page)
    client.force_login(world.users["translator"])
    response = submit_translation(client, page, world.english)
    assert response.status_code in (302, 403)
    assert not TranslationSource.objects.filter(object_id=page.translation_key).exists()
    assert Page.objects.get(pk=alias.pk).alias_of_id == page.pk
    assert not Page.objects.filter(
        translation_key=page.translation_key, locale=world.english, alias_of=None
    ).exists()


@pytest.mark.django_db
def test_a_translation_of_a_live_page_goes_live_only_through_review(client, world):
    """Text already in translation memory stays out of the live page until approved."""
    page = world.minutes
    alias = english_alias(world, page)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    title = source.stringsegment_set.get(string__data="Möte i september")
    StringTranslation.objects.create(
        translation_of=title.string,
        locale=world.english,
        context=title.context,
        data="September meeting",
    )
    client.force_login(world.users["translator"])
    submit_translation(client, page, world.english)

    english = Page.objects.get(pk=alias.pk)
    assert english.alias_of_id is None
    assert english.live and english.title == "Möte i september"
    assert english.get_latest_revision_as_object().title == "September meeting"
    assert "September meeting" not in client.get(english.url).text

    client.post(reverse("editorial_submit_translation", args=[english.pk]))
    assert Page.objects.get(pk=english.pk).workflow_in_progress
    assert Page.objects.get(pk=english.pk).title == "Möte i september"


@pytest.mark.django_db
def test_an_editor_of_the_organisation_may_translate_its_draft(client, world):
    page = draft_minutes(world)
    english_alias(world, page)
    world.users["editor_a"].user_permissions.add(
        Permission.objects.get(codename="submit_translation")
    )
    client.force_login(world.users["editor_a"])
    submit_translation(client, page, world.english)
    english = Page.objects.get(translation_key=page.translation_key, locale=world.english)
    assert english.alias_of_id is None
    assert not english.live


@pytest.mark.django_db
def test_translator_cannot_sync_a_translation_from_a_page_made_private(client, world):
    english = translate_page(world.minutes, world.english, {})
    source = TranslationSource.objects.get(object_id=world.minutes.translation_key)
    PageViewRestriction.objects.create(
        page=world.minutes, restriction_type=PageViewRestriction.LOGIN
    )
    world.minutes.title = DRAFT_TITLE
    world.minutes.save()
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    client.force_login(world.users["translator"])
    assert refused(client, url, DRAFT_TITLE)
    client.post(url, {})
    assert DRAFT_TITLE not in TranslationSource.objects.get(pk=source.pk).content_json
    assert Page.objects.get(pk=english.pk).title == "Möte i september"


@pytest.mark.django_db
def test_translating_a_subtree_leaves_out_its_drafts(client, world):
    draft = draft_minutes(world)
    draft_alias = english_alias(world, draft)
    client.force_login(world.users["translator"])
    url = reverse("wagtail_localize:submit_page_translation", args=[world.network_a.pk])
    client.post(url, {"locales": [world.english.pk], "include_subtree": "on"})

    assert Page.objects.get(pk=draft_alias.pk).alias_of_id == draft.pk
    assert not TranslationSource.objects.filter(object_id=draft.translation_key).exists()
    english_minutes = world.minutes.get_translation(world.english)
    assert english_minutes.alias_of_id is None
    assert english_minutes.has_unpublished_changes


@pytest.mark.django_db
@pytest.mark.parametrize(
    "upload",
    [{}, {"file": SimpleUploadedFile("en.po", b'msgid ""\nmsgstr ""\n')}],
    ids=["no file", "no translation header"],
)
def test_a_po_file_it_cannot_read_gets_a_message_and_changes_nothing(client, world, upload):
    english = translate_page(world.minutes, world.english, {})
    translation = Translation.objects.get(target_locale=world.english)
    client.force_login(world.users["translator"])
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    response = client.post(url, {**upload, "next": "/admin/pages/"}, follow=True)
    assert response.status_code == 200
    assert "Ladda upp en PO-fil som hämtats från den här översättningen." in response.text
    assert Page.objects.get(pk=english.pk).title == "Möte i september"
