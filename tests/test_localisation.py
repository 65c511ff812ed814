"""Swedish and English: translated pages, the language switcher, catalogues and the admin."""

import datetime
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.synctree import synchronize_tree

from demo.english import translate_page
from networks.models.conference_page import ConferenceContact
from tests.editorial import make_user
from tests.factories import (
    ConferencePageFactory,
    MinutesAttendeeFactory,
    MinutesPageFactory,
    NetworkMeetingFactory,
    NetworkPageFactory,
    PersonFactory,
    agenda_item,
    build_site_tree,
)

CATALOGUES = Path(settings.BASE_DIR) / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}")

ENGLISH = {
    "Samverkan": "Samverkan",
    "Nätverk": "Networks",
    "natverk": "networks",
    "Skolchefsnätverket Väst": "School directors' network West",
    "skolchefsnatverket-vast": "school-directors-network-west",
    "Nätverket samlar skolcheferna i regionen.": (
        "The network brings the region's school directors together."
    ),
    "Höstkonferensen": "The autumn conference",
    "hostkonferensen": "autumn-conference",
}


def visible_text(response, without_lang=None):
    """The page's text; ``without_lang`` drops elements marked as written in that language."""
    html = response.content.decode()
    if without_lang:
        html = re.sub(rf'<(\w+)[^>]*\blang="{without_lang}"[^>]*>.*?</\1>', " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


class TranslatedSiteTestCase(TestCase):
    """A Swedish site of which the home page, the network index and one network are in English."""

    @classmethod
    def setUpTestData(cls):
        cls.english = Locale.objects.create(language_code="en")
        tree = build_site_tree()
        cls.home = tree.home
        cls.contact_index = tree.contact_index
        cls.network = NetworkPageFactory(
            parent=tree.network_index,
            title="Skolchefsnätverket Väst",
            slug="skolchefsnatverket-vast",
            intro="Nätverket samlar skolcheferna i regionen.",
        )
        cls.conference = ConferencePageFactory(
            parent=cls.network,
            title="Höstkonferensen",
            slug="hostkonferensen",
            start=timezone.make_aware(datetime.datetime(2023, 11, 16, 9)),
            end=timezone.make_aware(datetime.datetime(2023, 11, 16, 16)),
        )
        cls.untranslated = MinutesPageFactory(parent=cls.network, title="Möte i mars")
        # As on the site: the English tree mirrors the Swedish one with aliases, and a
        # translation replaces its alias. wagtail-localize publishes on commit.
        synchronize_tree(Locale.get_default(), cls.english)
        with cls.captureOnCommitCallbacks(execute=True):
            for page in (cls.home, tree.network_index, cls.network, cls.conference):
                translate_page(page, cls.english, ENGLISH)
        cls.english_network = cls.network.get_translation(cls.english)
        cls.english_conference = cls.conference.get_translation(cls.english)
        cls.alias = cls.untranslated.get_translation(cls.english)


class TranslatedPageTests(TranslatedSiteTestCase):
    def test_swedish_page_is_served_in_swedish(self):
        response = self.client.get(self.network.url)
        self.assertContains(response, '<html lang="sv">')
        self.assertContains(response, "Nätverket samlar skolcheferna i regionen.")
        self.assertNotContains(response, "The network brings")

    def test_english_translation_is_served_under_en_in_english(self):
        self.assertEqual(self.english_network.url, "/en/networks/school-directors-network-west/")
        response = self.client.get(self.english_network.url)
        self.assertContains(response, '<html lang="en">')
        self.assertContains(response, "<h1>School directors&#x27; network West</h1>", html=False)
        self.assertContains(response, "The network brings the region&#x27;s school directors")
        self.assertNotContains(response, "Nätverket samlar")

    def test_both_versions_carry_hreflang_alternates_of_each_other(self):
        for page in (self.network, self.english_network):
            response = self.client.get(page.url)
            with self.subTest(page=page.url):
                self.assertContains(
                    response,
                    '<link rel="alternate" hreflang="sv" '
                    'href="http://testserver/natverk/skolchefsnatverket-vast/">',
                )
                self.assertContains(
                    response,
                    '<link rel="alternate" hreflang="en" '
                    'href="http://testserver/en/networks/school-directors-network-west/">',
                )
                self.assertContains(
                    response, 'hreflang="x-default" href="http://testserver/natverk/'
                )

    def test_dates_are_written_in_the_visitors_language(self):
        swedish = visible_text(self.client.get(self.conference.url))
        english = visible_text(self.client.get(self.english_conference.url))
        self.assertIn("16 november 2023", swedish)
        self.assertIn("16 November 2023", english)


class LanguageSwitcherTests(TranslatedSiteTestCase):
    def switcher(self, url):
        html = self.client.get(url).content.decode()
        return re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)[0]

    def test_translated_page_links_to_its_translation(self):
        switcher = self.switcher(self.network.url)
        self.assertIn(
            f'href="{self.english_network.url}" hreflang="en" lang="en">English</a>', switcher
        )
        self.assertNotIn("language-switcher__note", switcher)
        back = self.switcher(self.english_network.url)
        self.assertIn(f'href="{self.network.url}" hreflang="sv" lang="sv">Svenska</a>', back)

    def test_untranslated_page_links_to_the_nearest_translated_ancestor_with_a_note(self):
        switcher = self.switcher(self.untranslated.url)
        self.assertIn(f'href="{self.english_network.url}" hreflang="en"', switcher)
        self.assertIn("Sidan är inte översatt", switcher)
        self.assertEqual(self.client.get(self.english_network.url).status_code, 200)

    def test_alias_in_the_english_tree_is_marked_as_swedish_content(self):
        self.assertIsNotNone(self.alias.alias_of_id)
        response = self.client.get(self.alias.url)
        self.assertContains(response, '<html lang="en">')
        self.assertContains(response, '<main id="main" class="site-main" tabindex="-1" lang="sv">')
        self.assertContains(
            response, "This page has not been translated yet. It is shown in Swedish."
        )
        self.assertNotContains(response, 'hreflang="en"')

    def test_search_has_a_path_in_each_language(self):
        with translation.override("sv"):
            self.assertEqual(reverse("search"), "/sok/")
        with translation.override("en"):
            self.assertEqual(reverse("search"), "/en/search/")
        self.assertEqual(self.client.get("/en/sok/").status_code, 404)
        switcher = self.switcher("/sok/?q=skola")
        self.assertIn('href="/en/search/?q=skola"', switcher)


class PrivacyAcrossLanguagesTests(TranslatedSiteTestCase):
    def test_making_a_swedish_page_private_makes_its_english_versions_private(self):
        english_minutes = self.alias
        english_minutes_url = english_minutes.url
        self.assertEqual(self.client.get(english_minutes_url).status_code, 200)

        restriction = PageViewRestriction.objects.create(
            page=self.network, restriction_type=PageViewRestriction.LOGIN
        )
        for url in (self.english_network.url, english_minutes_url):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 302)
        listing = self.client.get("/api/v2/pages/?locale=en").json()
        self.assertNotIn(self.english_network.pk, [item["id"] for item in listing["items"]])

        restriction.delete()
        self.assertEqual(self.client.get(english_minutes_url).status_code, 200)


class RestrictionCopiesTests(TranslatedSiteTestCase):
    """A Swedish page's restriction is copied to its English versions; theirs stay theirs."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.administrator = make_user("admin", superuser=True)

    def set_privacy(self, page, restriction_type, **fields):
        """Set a page's privacy as an editor does, through the admin's privacy dialogue."""
        self.client.force_login(self.administrator)
        response = self.client.post(
            reverse("wagtailadmin_pages:set_privacy", args=[page.pk]),
            {"restriction_type": restriction_type, **fields},
        )
        self.client.logout()
        self.assertEqual(response.status_code, 200, response.content)

    def terms(self, page):
        return sorted(
            (r.restriction_type, r.password, sorted(r.groups.values_list("name", flat=True)))
            for r in PageViewRestriction.objects.filter(page=page)
        )

    def test_a_swedish_restriction_reaches_the_english_alias_and_translation_and_goes(self):
        group = Group.objects.create(name="Skolchefer")
        for swedish, english in (
            (self.untranslated, self.alias),
            (self.conference, self.english_conference),
        ):
            with self.subTest(english=english.url):
                self.set_privacy(swedish, PageViewRestriction.GROUPS, groups=[group.pk])
                self.assertEqual(
                    self.terms(english), [(PageViewRestriction.GROUPS, "", ["Skolchefer"])]
                )
                self.assertEqual(self.client.get(english.url).status_code, 302)

                self.set_privacy(swedish, PageViewRestriction.NONE)
                self.assertEqual(self.terms(english), [])
                self.assertEqual(self.client.get(english.url).status_code, 200)

    def test_an_english_pages_own_restriction_outlives_the_swedish_one(self):
        self.set_privacy(self.english_conference, PageViewRestriction.PASSWORD, password="ek")
        self.set_privacy(self.conference, PageViewRestriction.LOGIN)
        self.assertEqual(
            self.terms(self.english_conference),
            [(PageViewRestriction.LOGIN, "", []), (PageViewRestriction.PASSWORD, "ek", [])],
        )

        self.set_privacy(self.conference, PageViewRestriction.PASSWORD, password="björk")
        self.assertEqual(
            self.terms(self.english_conference),
            [(PageViewRestriction.PASSWORD, "björk", []), (PageViewRestriction.PASSWORD, "ek", [])],
        )

        self.set_privacy(self.conference, PageViewRestriction.NONE)
        self.assertEqual(
            self.terms(self.english_conference), [(PageViewRestriction.PASSWORD, "ek", [])]
        )
        response = self.client.get(self.english_conference.url)
        self.assertContains(response, 'name="password"')
        self.assertNotContains(response, "The autumn conference</h1>")

    def test_an_english_restriction_like_the_swedish_one_is_kept_when_that_goes(self):
        PageViewRestriction.objects.create(
            page=self.english_conference, restriction_type=PageViewRestriction.LOGIN
        )
        swedish = PageViewRestriction.objects.create(
            page=self.conference, restriction_type=PageViewRestriction.LOGIN
        )
        swedish.delete()
        self.assertEqual(self.terms(self.english_conference), [(PageViewRestriction.LOGIN, "", [])])
        self.assertEqual(self.client.get(self.english_conference.url).status_code, 302)


def calendar_summaries(response):
    assert response.status_code == 200, response.status_code
    return {str(event["SUMMARY"]) for event in Calendar.from_ical(response.content).walk("VEVENT")}


class EnglishRegistersTests(TranslatedSiteTestCase):
    """English calendars and registers hold English content; untranslated pages stay out."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.untranslated_conference = ConferencePageFactory(
            parent=cls.network, title="Vårkonferensen", slug="varkonferensen"
        )
        cls.untranslated_minutes = MinutesPageFactory(
            parent=cls.network,
            title="Möte i april",
            meeting_date=datetime.date(2025, 4, 10),
            agenda=[agenda_item(1, "Mötestider", decisions=["att anta mötestiderna för hösten"])],
        )
        MinutesAttendeeFactory(
            page=cls.untranslated_minutes, person=PersonFactory(name="Dora Obersatt")
        )
        translated_minutes = MinutesPageFactory(
            parent=cls.network,
            title="Möte i maj",
            meeting_date=datetime.date(2025, 5, 8),
            agenda=[agenda_item(1, "Budget", decisions=["att godkänna budgeten"])],
        )
        MinutesAttendeeFactory(page=translated_minutes, person=PersonFactory(name="Erik Ek"))
        cls.untranslated_network = NetworkPageFactory(
            parent=cls.network.get_parent(), title="Rektorsnätverket", slug="rektorsnatverket"
        )
        cls.meeting = NetworkMeetingFactory(page=cls.untranslated_network)
        synchronize_tree(Locale.get_default(), cls.english)
        with cls.captureOnCommitCallbacks(execute=True):
            translate_page(
                translated_minutes, cls.english, {"att godkänna budgeten": "to adopt the budget"}
            )
        cls.conference_alias = cls.untranslated_conference.get_translation(cls.english)
        cls.minutes_alias = cls.untranslated_minutes.get_translation(cls.english)
        cls.conference_index = Page.objects.get(
            locale=Locale.get_default(), content_type__model="conferenceindexpage"
        )
        cls.english_conference_index = cls.conference_index.get_translation(cls.english)

    def test_the_aliases_are_there_to_be_left_out(self):
        self.assertTrue(self.conference_alias.alias_of_id and self.conference_alias.live)
        self.assertTrue(self.minutes_alias.alias_of_id and self.minutes_alias.live)

    def test_english_network_page_lists_untranslated_pages_as_swedish(self):
        page = self.client.get(self.english_network.url).content.decode()
        self.assertIn("Möte i april", page)
        self.assertIn("Vårkonferensen", page)

    def test_english_calendars_leave_out_untranslated_conferences(self):
        for swedish, english in (
            (self.network, self.english_network),
            (self.conference_index, self.english_conference_index),
        ):
            with self.subTest(calendar=english.url):
                in_swedish = calendar_summaries(self.client.get(f"{swedish.url}kalender.ics"))
                in_english = calendar_summaries(self.client.get(f"{english.url}calendar.ics"))
                self.assertIn("Vårkonferensen", in_swedish)
                self.assertIn("The autumn conference", in_english)
                self.assertNotIn("Vårkonferensen", in_english)

    def test_an_alias_has_no_calendar_of_its_own(self):
        network_alias = self.untranslated_network.get_translation(self.english)
        meeting_alias = network_alias.specific.meetings.get()
        for alias, url in (
            (self.conference_alias, f"{self.conference_alias.url}calendar.ics"),
            (network_alias, f"{network_alias.url}calendar.ics"),
            (network_alias, f"{network_alias.url}meetings/{meeting_alias.pk}.ics"),
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)
                self.assertNotIn("calendar.ics", self.client.get(alias.url).content.decode())
        self.assertEqual(
            self.client.get(
                f"{self.untranslated_network.url}moten/{self.meeting.pk}.ics"
            ).status_code,
            200,
        )
        self.assertEqual(
            self.client.get(f"{self.english_conference.url}calendar.ics").status_code, 200
        )

    def test_english_decision_register_leaves_out_untranslated_minutes(self):
        swedish = self.client.get(f"{self.network.url}beslut/?ar=2025").content.decode()
        english = self.client.get(f"{self.english_network.url}decisions/?ar=2025")
        self.assertIn("att anta mötestiderna för hösten", swedish)
        self.assertContains(english, "to adopt the budget")
        self.assertNotContains(english, "att anta mötestiderna")
        self.assertNotContains(english, "Möte i april")

    def test_english_attendance_overview_leaves_out_untranslated_minutes(self):
        swedish = self.client.get(f"{self.network.url}narvaro/?ar=2025").content.decode()
        english = self.client.get(f"{self.english_network.url}attendance/?ar=2025")
        self.assertIn("Dora Obersatt", swedish)
        self.assertContains(english, "Erik Ek")
        self.assertNotContains(english, "Dora Obersatt")

    def test_a_networks_routes_are_named_in_the_pages_language(self):
        english_page = self.client.get(self.english_network.url).content.decode()
        swedish_page = self.client.get(self.network.url).content.decode()
        for english, swedish in (
            ("decisions/", "beslut/"),
            ("attendance/", "narvaro/"),
            ("feed/rss/", "flode/rss/"),
            ("calendar.ics", "kalender.ics"),
        ):
            with self.subTest(english):
                self.assertIn(f'href="{self.english_network.url}{english}"', english_page)
                self.assertIn(f'href="{self.network.url}{swedish}"', swedish_page)
                self.assertEqual(
                    self.client.get(self.english_network.url + english).status_code, 200
                )
                self.assertEqual(self.client.get(self.network.url + swedish).status_code, 200)
                self.assertEqual(
                    self.client.get(self.english_network.url + swedish).status_code, 404
                )


class EnglishContactsTests(TranslatedSiteTestCase):
    def test_english_contacts_show_translations_and_fall_back_to_swedish_people(self):
        translated = PersonFactory(
            name="Anna Översatt", job_title="Utvecklingsledare", contact_details_public=True
        )
        english = translated.copy_for_translation(self.english)
        english.job_title = "Development lead"
        english.save()
        PersonFactory(name="Bo Svensson", job_title="Skolchef", contact_details_public=True)
        PersonFactory(name="Cilla Privat", contact_details_public=False)

        contacts = Page.objects.get(
            locale=self.english, translation_key=self.contact_index.translation_key
        )
        text = visible_text(self.client.get(contacts.url))
        self.assertEqual(text.count("Anna Översatt"), 1)
        self.assertIn("Development lead", text)
        self.assertNotIn("Utvecklingsledare", text)
        self.assertIn("Bo Svensson", text)
        self.assertNotIn("Cilla Privat", text)

    def test_withdrawn_consent_hides_the_person_in_every_language(self):
        person = PersonFactory(
            name="Dora Samtycke", email="dora@example.org", contact_details_public=True
        )
        person.copy_for_translation(self.english).save()
        contacts = Page.objects.get(
            locale=self.english, translation_key=self.contact_index.translation_key
        )
        self.assertIn("dora@example.org", visible_text(self.client.get(contacts.url)))

        person.contact_details_public = False
        person.save()
        text = visible_text(self.client.get(contacts.url))
        self.assertNotIn("Dora Samtycke", text)
        self.assertNotIn("dora@example.org", text)

    def test_translated_page_shows_its_contacts_in_english_where_translated(self):
        person = PersonFactory(
            name="Jenny Exempel", job_title="Enhetschef", contact_details_public=True
        )
        english = person.copy_for_translation(self.english)
        english.job_title = "Head of unit"
        english.save()
        untranslated = PersonFactory(name="Per Exempel", job_title="Rektor")
        for contact in (person, untranslated):
            ConferenceContact.objects.create(page=self.english_conference, person=contact)

        text = visible_text(self.client.get(self.english_conference.url))
        self.assertIn("Jenny Exempel", text)
        self.assertIn("Head of unit", text)
        self.assertNotIn("Enhetschef", text)
        self.assertIn("Per Exempel", text)


class EnglishInterfaceTests(TranslatedSiteTestCase):
    def swedish_interface_strings(self):
        """Every Swedish text of the interface that differs from its English msgid."""
        catalogue = polib.pofile(CATALOGUES / "sv" / "LC_MESSAGES" / "django.po")
        texts = set()
        for entry in catalogue.translated_entries():
            for text in [entry.msgstr, *entry.msgstr_plural.values()]:
                plain = PLACEHOLDER.sub("", text).strip(" :.")
                if len(plain) > 3 and plain not in (entry.msgid, entry.msgid_plural):
                    texts.add(plain)
        return texts

    def test_english_pages_show_no_swedish_interface_text(self):
        swedish = self.swedish_interface_strings()
        self.assertGreater(len(swedish), 100)
        for page in (
            self.home.get_translation(self.english),
            self.english_network,
            self.english_conference,
        ):
            # Swedish titles of untranslated pages and the switcher's "Svenska" are marked
            # lang="sv": content, not interface.
            text = visible_text(self.client.get(page.url), without_lang="sv")
            with self.subTest(page=page.url):
                found = {s for s in swedish if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text)}
                self.assertEqual(found, set())

    def test_swedish_pages_show_swedish_interface_text(self):
        text = visible_text(self.client.get(self.conference.url))
        self.assertIn("Sidansvarig" if "Sidansvarig" in text else "Senast uppdaterad", text)
        self.assertIn("Hoppa till huvudinnehållet", text)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_catalogue_is_complete_and_keeps_every_placeholder(language):
    catalogue = polib.pofile(CATALOGUES / language / "LC_MESSAGES" / "django.po")
    assert len(catalogue) > 250
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    assert not catalogue.metadata_is_fuzzy
    assert catalogue.metadata["Language"] == language
    for entry in catalogue:
        # The plural forms of a library's string may name more than its singular does
        # ("1 page" / "%(counter)s pages"): each form keeps those of its source.
        sources = [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
        translations = entry.msgstr_plural if entry.msgid_plural else {0: entry.msgstr}
        for form, translated in translations.items():
            assert sorted(PLACEHOLDER.findall(translated)) == sorted(
                PLACEHOLDER.findall(sources[min(form, len(sources) - 1)])
            ), entry.msgid


def test_english_catalogue_repeats_its_msgids():
    catalogue = polib.pofile(CATALOGUES / "en" / "LC_MESSAGES" / "django.po")
    assert all(entry.msgstr == entry.msgid for entry in catalogue if not entry.msgid_plural)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("preference", "lang", "text"), [("", "sv", "Instrumentpanel"), ("en", "en", "Dashboard")]
)
def test_admin_speaks_the_users_language(client, preference, lang, text):
    user = make_user("redaktor", superuser=True)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = preference
    profile.save()
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert f'<html lang="{lang}"' in response.text
    assert text in response.text


class TranslationReviewTests(TranslatedSiteTestCase):
    """A translator drafts an English page; only its review puts it live."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        from editorial.models import OrganisationRoles
        from editorial.roles import ensure_translators_group

        cls.translator = make_user("oversattare", ensure_translators_group())
        roles = OrganisationRoles.for_organisation(cls.network.organisation)
        cls.approver = make_user("granskare", roles.approvers)

    def translate_as_translator(self):
        """The translator starts a translation in the admin and translates its title.

        The title is put in translation memory as wagtail-localize's editor does on each
        keystroke; nothing is published.
        """
        self.client.force_login(self.translator)
        self.client.post(
            reverse("wagtail_localize:submit_page_translation", args=[self.untranslated.pk]),
            {"locales": [self.english.pk]},
        )
        translation = Translation.objects.get(
            source__object_id=self.untranslated.translation_key, target_locale=self.english
        )
        title = translation.source.stringsegment_set.get(string__data="Möte i mars")
        StringTranslation.objects.create(
            translation_of=title.string,
            locale=self.english,
            context=title.context,
            data="Meeting in March",
        )
        return Page.objects.get(pk=self.alias.pk)

    def test_starting_a_translation_puts_no_new_text_live(self):
        page = self.translate_as_translator()
        self.assertIsNone(page.alias_of_id)
        self.assertEqual(page.title, "Möte i mars")
        self.assertNotContains(self.client.get(page.url), "Meeting in March")

    def test_translator_cannot_publish_from_the_translation_editor(self):
        page = self.translate_as_translator()
        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
        )
        # Wagtail's admin answers PermissionDenied with a redirect and a message.
        self.assertIn(response.status_code, (302, 403))
        self.assertEqual(Page.objects.get(pk=page.pk).title, "Möte i mars")

    def test_translation_goes_live_only_through_review(self):
        page = self.translate_as_translator()
        submit_url = reverse("editorial_submit_translation", args=[page.pk])
        self.assertContains(self.client.get(submit_url), "Skicka till granskning")
        self.client.post(submit_url)
        page = Page.objects.get(pk=page.pk)
        self.assertTrue(page.workflow_in_progress)
        self.assertEqual(page.title, "Möte i mars", "submitted text must not be live yet")
        self.assertEqual(page.get_latest_revision_as_object().title, "Meeting in March")
        self.assertNotContains(self.client.get(page.url), "Meeting in March")

        self.client.force_login(self.approver)
        for _step in ("adjustment", "publication"):
            task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
            self.client.post(
                reverse(
                    "wagtailadmin_pages:workflow_action",
                    args=[page.pk, "approve", task_state.pk],
                ),
                {"comment": ""},
            )
        self.assertEqual(Page.objects.get(pk=page.pk).title, "Meeting in March")
        self.assertContains(self.client.get(page.url), "Meeting in March")

    def test_approver_reviews_the_translation_in_the_translation_editor(self):
        page = self.translate_as_translator()
        self.client.post(reverse("editorial_submit_translation", args=[page.pk]))
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        # The translator who submitted it is offered no review.
        self.assertNotContains(self.client.get(edit_url), "translation-review-heading")

        self.client.force_login(self.approver)
        for _step in ("adjustment", "publication"):
            task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
            editor = self.client.get(edit_url)
            self.assertContains(editor, "js-translation-editor")
            self.assertContains(editor, "Väntar på din granskning")
            approve = reverse(
                "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
            )
            reject = reverse(
                "wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk]
            )
            self.assertContains(editor, f'formaction="{approve}">Godkänn</button>', html=False)
            self.assertContains(editor, f'formaction="{reject}"')
            self.client.post(approve, {"comment": ""})
        self.assertEqual(Page.objects.get(pk=page.pk).title, "Meeting in March")
        self.assertNotContains(self.client.get(edit_url), "translation-review-heading")

    def test_changes_requested_in_the_translation_editor_go_back_to_the_translator(self):
        page = self.translate_as_translator()
        self.client.post(reverse("editorial_submit_translation", args=[page.pk]))
        task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
        self.client.force_login(self.approver)
        self.client.post(
            reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk]),
            {"comment": "Rubriken ska vara kortare."},
        )
        task_state.refresh_from_db()
        self.assertEqual(task_state.status, "rejected")
        self.assertEqual(task_state.get_comment(), "Rubriken ska vara kortare.")
        self.assertEqual(Page.objects.get(pk=page.pk).title, "Möte i mars")

    def test_translator_cannot_publish_through_sync_translated_pages(self):
        page = self.translate_as_translator()
        source = TranslationSource.objects.get(
            object_id=self.untranslated.translation_key, locale=Locale.get_default()
        )
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        self.assertEqual(self.client.get(url).status_code, 200)
        response = self.client.post(url, {"publish_translations": "on"})
        self.assertIn(response.status_code, (302, 403))
        self.assertEqual(Page.objects.get(pk=page.pk).title, "Möte i mars")

    def test_a_page_locked_by_someone_else_cannot_be_submitted(self):
        page = self.translate_as_translator()
        Page.objects.filter(pk=page.pk).update(
            locked=True, locked_by=self.approver, locked_at=timezone.now()
        )
        self.client.post(reverse("editorial_submit_translation", args=[page.pk]))
        self.assertFalse(Page.objects.get(pk=page.pk).workflow_in_progress)

    def test_submitting_needs_edit_rights_on_the_translation(self):
        page = self.translate_as_translator()
        self.client.force_login(make_user("utomstaende"))
        response = self.client.post(reverse("editorial_submit_translation", args=[page.pk]))
        self.assertIn(response.status_code, (302, 403))
        self.assertFalse(Page.objects.get(pk=page.pk).workflow_in_progress)
