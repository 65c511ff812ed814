"""The admin speaks one language to each person: all Swedish, or all English.

Each of the four roles walks the admin (``tests.admin_walk``) with Swedish as their admin
language, then with English. A Swedish screen fails on text that can only be English: a
word that Swedish never uses, or a string of Wagtail's and wagtail-localize's catalogues
that no Swedish catalogue translates. An English screen fails on Swedish letters or
words. What the content says (titles, names, the words the world's editors wrote) is
taken out before looking, and so is the short list of names below.
"""

import re
import zoneinfo
from functools import cache
from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.translation import gettext, override
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.forms import GroupImagePermissionFormSet
from wagtail.models import Collection, Page, PageLogEntry, Revision, Site, Task, Workflow
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation

from core.admin_choosers import LocalisedPageChooser, LocalisedSnippetChooser
from editorial.models import OrganisationRoles
from editorial.restriction_log import AddViewRestrictionFormatter
from editorial.roles import setup_roles
from minutes.models.follow_up import FollowUp
from minutes.models.minutes_page import MinutesPage
from networks.models.directory import Organisation, Person
from tests.access_world import build_access_world
from tests.admin_walk import walk
from tests.editorial import build_editorial_world
from tests.factories import StandardPageFactory

WALKERS = ("editor_a", "approver_a", "translator", "administrator")
# Names, not words: they stay as they are in both languages.
NAMES = ("Wagtail", "wagtail-localize", "Samverkan", "DeepL", "Google", "GR", "Skaraborg")
# Words that no Swedish sentence uses: function words, and the admin's English verbs and
# nouns whose Swedish translations share no spelling with them ("filter", "status", "all"
# and "live" are Swedish too, and Wagtail's Swedish uses them).
ENGLISH_ONLY = """
    the and of with from this that these those your you are is was has have been not
    which what when where who will would should could can't don't isn't there their
    search searches add edit delete views view compare changes changed requested ago once
    scheduled updated date more actions exploring terms save publish published cancel
    page pages settings reports users groups images snippets help draft preview sort
    choose upload select clear show hide close next previous submit approve reject
    request workflow workflows task tasks language translate translation translations
    sync owner created edited locked unlocked history revision revisions current
    title yes none any copy move unpublish lock unlock children child by seconds
    minutes hours days weeks results found items item collection collections redirects
    sites dashboard
    """
ENGLISH_WORDS = frozenset(ENGLISH_ONLY.split())
SWEDISH_ONLY = """
    och att för inte är som med till från eller sida sidor sök sökning spara publicera
    avbryt ändra radera visa dölj lägg ny nytt nya alla inga inget ingen över under vid
    granska granskning arbetsflöde uppgift översätt översättning senast skapad datum
    """
SWEDISH_WORDS = frozenset(SWEDISH_ONLY.split())
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
# Text the libraries write without a catalogue, which no translation can reach: Django's
# permission names, stored in English when a model is migrated; wagtail-localize's count
# of a locale's pages, written into its template; a page type's app label.
UNTRANSLATABLE = re.compile(
    r"^(.+ \| )?(Can (add|change|delete|view|submit) .+|Publish any page|Unlock any page"
    r"|Delete pages with children|Lock/unlock pages you've locked)$"
    r"|^\d+ pages( \+ \d+ others)?$|^\d+ translations$|^\w+\.\w+$"
)
# Shown by the libraries without a translatable string, each on an administrator's screen:
# Python's None in a listing column; the names of content types whose models have no
# verbose name (the groups' permissions); a form label of wagtail-localize's locales.
KNOWN_UNTRANSLATED = frozenset({"None", "Page", "Translation", "Sync from", "Root page"})
# Written by the libraries outside the user's language: Wagtail's require_admin_access
# turns a view's PermissionDenied into this message after leaving the user's language, so
# it reaches them in the site's default language, Swedish.
OUTSIDE_USERS_LANGUAGE = ("Sorry, you do not have permission to access this area.",)
SWEDISH_LETTERS = re.compile(r"[åäöÅÄÖ]")
# Time zones are named in English in every language's admin.
TIME_ZONES = frozenset(zoneinfo.available_timezones())
WORD = re.compile(r"[^\W\d_]+(?:'[a-z]+)?")


def library_catalogues(language):
    """The catalogues of Wagtail and wagtail-localize in ``language``, apps and all."""
    roots = (Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent)
    pattern = f"**/locale/{language}/LC_MESSAGES/django.po"
    return [path for root in roots for path in root.glob(pattern)]


def project_catalogue():
    return Path(settings.LOCALE_PATHS[0]) / "sv" / "LC_MESSAGES" / "django.po"


@cache
def untranslated_library_strings():
    """Library strings that no Swedish catalogue translates: English wherever they show.

    The libraries' English catalogues hold every string they have; a string shown whole,
    without placeholders, is looked for as a whole text.
    """
    translated = {
        entry.msgid
        for path in [*library_catalogues("sv"), project_catalogue()]
        for entry in polib.pofile(str(path))
        if entry.translated()
    }
    strings = {
        " ".join(entry.msgid.split())
        for path in library_catalogues("en")
        for entry in polib.pofile(str(path))
        if entry.msgid not in translated and not PLACEHOLDER.search(entry.msgid)
    }
    return frozenset(strings - {""})


def revision_titles():
    """Titles of revisions, and the words they changed, which a comparison shows alone."""
    titles = dict(Page.objects.values_list("pk", "title"))
    for revision in Revision.objects.all():
        title = revision.content.get("title") or ""
        yield title
        yield from set(title.split()) - set(titles.get(int(revision.object_id), "").split())


def content_strings():
    """What the world's editors wrote, and names: not the admin's words, in any language."""
    strings = [
        *Page.objects.values_list("title", flat=True),
        *(getattr(page, "intro", "") for page in Page.objects.specific()),
        *revision_titles(),
        *get_document_model().objects.values_list("title", flat=True),
        *get_image_model().objects.values_list("title", flat=True),
        *Collection.objects.values_list("name", flat=True),
        *Group.objects.values_list("name", flat=True),
        *Workflow.objects.values_list("name", flat=True),
        *Task.objects.values_list("name", flat=True),
        *FollowUp.objects.values_list("clause", flat=True),
        *Person.objects.values_list("name", flat=True),
        *Organisation.objects.values_list("name", flat=True),
        *StringTranslation.objects.values_list("data", flat=True),
        *NAMES,
    ]
    return sorted({s for s in strings if s}, key=len, reverse=True)


def without_content(text, content):
    for string in content:
        if string in text:
            text = text.replace(string, " ")
    return text


def english_in(text, content):
    """Why ``text`` on a Swedish screen is English, or None."""
    if text in TIME_ZONES or text in KNOWN_UNTRANSLATED or UNTRANSLATABLE.search(text):
        return None
    if text in untranslated_library_strings():
        return "untranslated"
    words = {word.lower() for word in WORD.findall(without_content(text, content))}
    found = sorted(words & ENGLISH_WORDS)
    return ", ".join(found) if found else None


@cache
def swedish_outside_users_language():
    with override("sv"):
        return frozenset(gettext(message) for message in OUTSIDE_USERS_LANGUAGE)


def swedish_in(text, content):
    """Why ``text`` on an English screen is Swedish, or None."""
    if text in swedish_outside_users_language():
        return None
    text = without_content(text, content)
    if SWEDISH_LETTERS.search(text):
        return "å, ä or ö"
    found = sorted({word.lower() for word in WORD.findall(text)} & SWEDISH_WORDS)
    return ", ".join(found) if found else None


def seeds(world, standard):
    """The screens every walk starts from; a role sees those it may reach."""
    pages = world.pages
    in_review = pages["in_review"]
    earliest, latest = in_review.revisions.order_by("pk")[:2]
    roles = OrganisationRoles.for_organisation(world.editorial.network_a.organisation)
    tree = world.editorial.network_a.get_parent()
    editable = [
        tree.get_parent(),
        tree,
        world.editorial.network_a,
        pages["live"],
        in_review,
        world.conferences["live"].get_parent(),
        world.conferences["live"],
        standard,
        world.english_page,
    ]
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailadmin_explore", args=[world.editorial.network_a.pk]),
        *(reverse("wagtailadmin_pages:edit", args=[page.pk]) for page in editable),
        reverse("wagtailadmin_pages:history", args=[in_review.pk]),
        reverse(
            "wagtailadmin_pages:revisions_compare", args=[in_review.pk, earliest.pk, latest.pk]
        ),
        reverse("wagtailadmin_pages:workflow_history", args=[in_review.pk]),
        reverse("wagtailadmin_workflows:index"),
        reverse("wagtailadmin_workflows:edit", args=[roles.page_workflow.pk]),
        reverse("wagtailadmin_workflows:task_index"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_reports:workflow_tasks"),
        reverse("wagtailadmin_reports:locked_pages"),
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:aging_pages"),
        reverse("wagtailadmin_reports:page_types_usage"),
        reverse("wagtailsnippets:index"),
        reverse("wagtaildocs:index"),
        reverse("wagtaildocs:edit", args=[world.documents["public"].pk]),
        reverse("wagtailimages:index"),
        reverse("wagtailimages:edit", args=[world.images["public"].pk]),
        reverse("wagtailsearchpromotions:index"),
        reverse("wagtailsearchpromotions:add"),
        reverse("wagtailsettings:edit", args=["home", "sitelinks", Site.objects.get().pk]),
        reverse("wagtailusers_users:index"),
        reverse("wagtailusers_groups:index"),
        reverse("wagtailadmin_collections:index"),
        reverse("wagtailredirects:index"),
        reverse("wagtailsites:index"),
        reverse("wagtaillocales:index"),
        reverse("search_report"),
        reverse("minutes_import", args=[world.editorial.network_a.pk]),
        "/admin/localize/reports/translations/",
    ]


def walk_as(client, user, language, addresses):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return walk(client, addresses)


def findings(screens, detector, content):
    return sorted(
        {
            f"{address}: {text!r} ({reason})"
            for address, texts in screens.items()
            for text in texts
            if (reason := detector(text, content))
        }
    )


@pytest.fixture
def admin_world(db):
    world = build_access_world()
    setup_roles()
    standard = StandardPageFactory(parent=world.editorial.network_a.get_parent().get_parent())
    return world, seeds(world, standard)


# What each role must at least have read, so that a walk that is refused everywhere
# cannot pass: the translation editor, the review of a page, the settings.
MUST_READ = {
    "editor_a": ("/edit/", "/history/", "/revisions/"),
    "approver_a": ("/edit/", "/workflow_history/"),
    "translator": ("/edit/",),
    "administrator": ("/settings/", "/searchpicks/", "/workflows/", "/reports/"),
}


# The English walk follows the Swedish one in the same process: labels that Wagtail fixes
# once, in the language of the moment, would stay Swedish (see core.admin_choosers,
# core.admin_labels, editorial.menu_labels and editorial.restriction_log). Both walks go
# through one world: building it costs seconds, and walking only reads it.
LANGUAGES = (("sv", english_in), ("en", swedish_in))


def test_the_admin_speaks_one_language_to_every_role(client, admin_world):
    world, addresses = admin_world
    content = content_strings()
    problems = []
    for language, detector in LANGUAGES:
        for role in WALKERS:
            screens = walk_as(client, world.users[role], language, addresses)
            for part in MUST_READ[role]:
                assert any(part in address for address in screens), (
                    language,
                    role,
                    part,
                    sorted(screens),
                )
            problems += [
                f"{language} {role} {finding}" for finding in findings(screens, detector, content)
            ]
    assert problems == [], "\n".join(problems)


def test_the_sidebar_follows_each_users_language(client, db):
    world = build_editorial_world()
    swedish = walk_as(client, world.users["administrator"], "sv", ["/admin/"])["/admin/"]
    english = walk_as(client, world.users["administrator"], "en", ["/admin/"])["/admin/"]
    assert "Översättningar" in swedish
    assert "Translations" in english
    assert "Översättningar" not in english
    assert any(text.startswith("What's new in Wagtail") for text in english)
    assert not any(text.startswith("Vad är nytt") for text in english)


def test_labels_made_in_swedish_are_read_in_english():
    with override("sv"):
        page_chooser = LocalisedPageChooser(target_models=[MinutesPage])
        organisation_chooser = LocalisedSnippetChooser(Organisation)
        image_permissions = GroupImagePermissionFormSet.permission_types
    with override("en"):
        assert page_chooser.choose_one_text == "Choose a page (Minutes page)"
        assert organisation_chooser.choose_one_text == "Choose organisation"
        assert organisation_chooser.choose_another_text == "Choose another organisation"
        assert [str(long) for _code, _short, long in image_permissions] == [
            "Add/edit images you own",
            "Edit any image",
            "Select images in choosers",
        ]
    with override("sv"):
        assert organisation_chooser.choose_one_text == "Välj organisation"


def test_the_history_names_a_view_restriction_in_the_readers_language():
    entry = PageLogEntry(
        action="wagtail.view_restriction.create",
        data={"restriction": {"type": "login", "title": "Privat, åtkomlig för alla"}},
    )
    with override("en"):
        message = AddViewRestrictionFormatter().format_message(entry)
    assert message == "Added the 'Private, accessible to any logged-in users' view restriction"
