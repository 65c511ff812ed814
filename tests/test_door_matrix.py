"""Every door to a page, document, image or register entry answers as the access policy does.

The doors are enumerated from the URL configuration and from the routes of the routable
page types; each must be described here, or named as not a door with the reason, so a new
URL fails ``test_every_url_is_in_the_matrix`` until it is. Each door is tried with every
role on every subject of its kind (pages in each state, documents and images in each
collection), and what the visitor got is compared with what ``core.access_policy`` says
they may get. A door that changes something is tried inside a transaction rolled back
afterwards, so every attempt starts from the same world.
"""

import io
import json
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction
from django.test import Client, RequestFactory
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from pypdf import PdfReader
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, get_page_models
from wagtail.permissions import policy_registry

from core.access_policy import (
    choosable_media,
    choosable_pages,
    explorable_pages,
    may_change_follow_up,
    may_change_register_entry,
    may_delete_follow_up,
    may_delete_register_entry,
    may_keep_follow_ups,
    may_override_personal_data_finding,
    may_read_draft,
    may_read_page_text,
    may_review_page,
    may_see_page,
    may_use_admin,
    may_view_document,
    may_view_image,
    may_work_on_page,
    published,
)
from editorial.translations import can_submit_translation
from minutes.models.follow_up import FollowUp, FollowUpState
from networks.models.conference_page import ConferenceIndexPage
from tests.access_world import PAGE_STATES, ROLES, build_access_world
from tests.editorial import build_editorial_world

# ---------------------------------------------------------------------------------------
# How a visitor's answer is read


def opened(response, subject):
    """The admin's way of letting someone in: the view itself, or its own redirect.

    Refusals are a 403, a 404, a 405 for a method the door does not take from anyone, or
    a redirect to the login or to the dashboard with a message.
    """
    if response.status_code == 200:
        return True
    if response.status_code in (301, 302):
        location = response["Location"]
        return not (
            "/login/" in location
            or location.rstrip("/").endswith("/admin")
            or "/_util/login/" in location
        )
    return False


def names(text_of):
    """A judge that reads whether the subject's words are in what the visitor got."""

    def shown(response, subject):
        if response.status_code != 200:
            return False
        content = response.body if response.streaming else response.content
        content = content.decode("utf-8", "replace")
        text = text_of(subject)
        # Choosers and the search box answer in JSON, which escapes å, ä and ö.
        return text in content or json.dumps(text)[1:-1] in content

    return shown


title_shown = names(lambda subject: subject.title)
url_shown = names(lambda page: page.url)
# The admin's listings link a page they name to its edit view; a search echoes its words.
admin_link_shown = names(lambda page: f"/admin/pages/{page.pk}/")
attendee_shown = names(lambda page: f"Deltagare {page.access_state}")
place_shown = names(lambda subject: subject.place)


def place_printed(response, subject):
    """Whether the answer is a PDF whose text names the subject's place."""
    if response.status_code != 200 or response["Content-Type"] != "application/pdf":
        return False
    reader = PdfReader(io.BytesIO(response.content))
    return subject.place in " ".join(page.extract_text() for page in reader.pages)


def draft_title_shown(response, subject):
    """Whether a title only the page's unpublished revision has is in the answer."""
    return names(lambda page: f"{page.title} ändrat")(response, subject)


# ---------------------------------------------------------------------------------------
# What the policy says


def as_request(user):
    request = RequestFactory().get("/")
    request.user = user
    request.session = {}
    return request


def model_permission(model, action):
    def allowed(user, subject):
        policy = policy_registry.get_by_type(model)
        return policy.user_has_permission_for_instance(user, action, subject)

    return allowed


def page_action(action):
    return lambda user, page: may_work_on_page(user, page, action)


def sees_page(user, page):
    return may_see_page(as_request(user), page)


def listed(user, page):
    return published(Page.objects.filter(pk=page.pk)).exists()


def sees_document(user, document):
    return may_view_document(as_request(user), document)


def sees_image(user, image):
    return may_view_image(as_request(user), image)


def chooses_page(user, page):
    if not may_use_admin(user):
        return False
    return choosable_pages(user, Page.objects.filter(pk=page.pk)).exists()


def nobody(user, subject):
    """Listings and choosers name a live page by its live title, whoever asks.

    The draft's title is read where its text is, in the views that ask ``may_read_draft``.
    """
    return False


def chooses_document(user, document):
    if not model_permission(get_document_model(), "choose")(user, document):
        return False
    documents = get_document_model().objects.filter(pk=document.pk)
    return choosable_media(user, documents).exists()


def generates_image_urls(user, image):
    """Wagtail offers image URLs only where its image-serving view is installed."""
    try:
        reverse("wagtailimages_serve", args=["signature", 1, "original"])
    except NoReverseMatch:
        return False
    return model_permission(get_image_model(), "change")(user, image)


def translates_by_machine(user, translation):
    """Only where a machine translator is configured; none is."""
    return bool(getattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", None)) and translates(
        user, translation
    )


def copies_register_entry(user, entry):
    """A copy is a new entry, kept by the copier's organisation: adding is the question."""
    opts = type(entry)._meta
    return may_use_admin(user) and user.has_perm(f"{opts.app_label}.add_{opts.model_name}")


def explores(user, page):
    return explorable_pages(user, Page.objects.filter(pk=page.pk)).exists()


def finds_in_admin(user, page):
    """The admin's page search finds what its user may explore, aliases aside.

    An alias holds no text of its own, so the search index leaves it out.
    """
    return explores(user, page) and page.alias_of_id is None


def unlocks(user, page):
    return page.locked and may_work_on_page(user, page, "unlock")


def follows_review(user, page):
    return page.workflow_in_progress and explores(user, page)


def reorders(user, page):
    return may_work_on_page(user, page.get_parent().specific, "reorder_children")


def submits_translation_for_review(user, page):
    return user.is_active and can_submit_translation(page, user)


def starts_translation(user, page):
    return user.has_perm("wagtail_localize.submit_translation") and may_read_page_text(user, page)


def updates_translation(user, translation):
    return starts_translation(user, translation.source.get_source_instance())


def source_text_readable(user, translation):
    return may_use_admin(user) and may_read_page_text(
        user, translation.source.get_source_instance()
    )


source_title_shown = names(lambda translation: translation.source.get_source_instance().title)


def removed(model):
    def judge(response, subject):
        return not model.objects.filter(pk=subject.pk).exists()

    return judge


def chooses_image(user, image):
    if not model_permission(get_image_model(), "choose")(user, image):
        return False
    return choosable_media(user, get_image_model().objects.filter(pk=image.pk)).exists()


def reviews(user, page):
    return may_review_page(user, page)


def translates(user, translation):
    return may_work_on_page(user, translation.get_target_instance(), "edit")


def keeps_some_follow_ups(user, follow_up):
    return may_keep_follow_ups(user)


clause_shown = names(lambda follow_up: follow_up.clause)


def follow_up_added(response, follow_up):
    return FollowUp.objects.filter(clause=f"{follow_up.clause} igen").exists()


def follow_up_dropped(response, follow_up):
    return FollowUp.objects.get(pk=follow_up.pk).state == FollowUpState.DROPPED


def new_follow_up_data(follow_up):
    """The admin's form for another follow-up of ``follow_up``'s minutes."""
    return {
        "minutes": follow_up.minutes_id,
        "clause": f"{follow_up.clause} igen",
        "kind": "report_back",
        "state": "open",
        "anchor": "",
        "heading": "",
        "reported_anchor": "",
        "dropped_reason": "",
    }


def administers(user, subject):
    return user.is_active and user.is_superuser


# ---------------------------------------------------------------------------------------
# The doors


@dataclass(frozen=True)
class Door:
    subjects: str
    url: Callable
    allowed: Callable
    judge: Callable = opened
    method: str = "get"
    data: Callable | None = None
    # ``subjects`` states the door applies to, when not all of them.
    states: tuple = ()
    # A listing that pages or filters by date may leave out what the policy allows; it
    # must still name nothing the policy refuses.
    one_way: bool = False


def admin(name, *args):
    return lambda world, subject: reverse(name, args=[arg(world, subject) for arg in args])


def pk(world, subject):
    return subject.pk


def the(value):
    return lambda world, subject: value


def latest_revision(world, subject):
    return subject.latest_revision.pk


def task_state(world, subject):
    return subject.current_workflow_task_state.pk


def task(world, subject):
    return subject.current_workflow_task_state.task_id


def workflow_state(world, subject):
    return subject.current_workflow_state.pk


def back_to_the_admin(translation):
    return {"next": "/admin/pages/"}


def empty_pofile(translation):
    header = f'msgid ""\nmsgstr ""\n"X-WagtailLocalize-TranslationID: {translation.uuid}\\n"\n'
    return {"file": SimpleUploadedFile("sv.po", header.encode()), **back_to_the_admin(translation)}


def first_segment(world, translation):
    return translation.source.stringsegment_set.order_by("pk").first().pk


def sub_network(world, subject):
    return world.editorial.sub_network_a.pk


def public_url(suffix=""):
    return lambda world, subject: f"{subject.url}{suffix}"


def with_query(url, query):
    return lambda world, subject: f"{url(world, subject)}?{query(world, subject)}"


def listing(url):
    return lambda world, subject: url


def the_bulk_change_of():
    """The bulk change of state, filtered to the follow-up's network."""
    return lambda world, follow_up: (
        f"{reverse('follow_ups_bulk_state')}?network={follow_up.network_id}"
    )


def network_route(suffix):
    return lambda world, subject: f"{world.editorial.network_a.url}{suffix}"


PAGE = "pages"
NETWORK = "networks"
DOCUMENT = "documents"
IMAGE = "images"
TRANSLATION = "translations"
CONFERENCE = "conferences"
PERSON = "people"
ENGLISH = "english pages"
ORGANISATION = "organisations"
FOLLOW_UP = "follow-ups"
REVIEW = ("in_review",)
# An alias has no revisions of its own.
WITH_REVISIONS = tuple(state for state in PAGE_STATES if state != "alias")

DOORS = {
    # The public's doors: the page, its files and the lists that name it.
    "wagtail_serve": [Door(PAGE, public_url(), sees_page, place_shown)],
    # The minutes as a PDF: whoever may read the page, and only its published text.
    "minutes.MinutesPage:pdf": [Door(PAGE, public_url("pdf/"), sees_page, place_printed)],
    "networks.NetworkPage:decisions": [Door(PAGE, network_route("beslut/"), listed, url_shown)],
    "networks.NetworkPage:attendance": [
        Door(PAGE, network_route("narvaro/"), listed, attendee_shown)
    ],
    "networks.NetworkPage:rss_feed": [Door(PAGE, network_route("flode/rss/"), listed, title_shown)],
    "networks.NetworkPage:atom_feed": [
        Door(PAGE, network_route("flode/atom/"), listed, title_shown)
    ],
    "feed_rss": [Door(PAGE, listing("/flode/rss/"), listed, title_shown)],
    "feed_atom": [Door(PAGE, listing("/flode/atom/"), listed, title_shown)],
    "sitemap": [Door(PAGE, listing("/sitemap.xml"), listed, names(lambda page: page.url))],
    "search": [
        Door(
            PAGE,
            with_query(listing("/sok/"), lambda w, page: f"q={page.title}"),
            listed,
            url_shown,
        )
    ],
    "search_autocomplete": [
        Door(
            PAGE,
            with_query(listing("/sok/forslag/"), lambda w, p: f"q={p.title}"),
            listed,
            title_shown,
        )
    ],
    "wagtailapi:pages:detail": [Door(PAGE, admin("wagtailapi:pages:detail", pk), sees_page)],
    "wagtailapi:pages:listing": [
        Door(PAGE, listing("/api/v2/pages/?limit=100"), sees_page, title_shown)
    ],
    "wagtailapi:pages:find": [
        Door(PAGE, with_query(listing("/api/v2/pages/find/"), lambda w, p: f"id={p.pk}"), sees_page)
    ],
    "wagtaildocs_serve": [
        Door(
            DOCUMENT, lambda world, document: document.url, sees_document, names(lambda d: "bilder")
        )
    ],
    "wagtailapi:documents:detail": [
        Door(DOCUMENT, admin("wagtailapi:documents:detail", pk), sees_document)
    ],
    "wagtailapi:documents:listing": [
        Door(DOCUMENT, listing("/api/v2/documents/?limit=100"), sees_document, title_shown)
    ],
    "wagtailapi:documents:find": [
        Door(
            DOCUMENT,
            with_query(listing("/api/v2/documents/find/"), lambda w, d: f"id={d.pk}"),
            sees_document,
        )
    ],
    # A private image's files are served only through this view; a public one's by the
    # web server from /media/, which the tests do not serve.
    "private_image_file": [
        Door(IMAGE, lambda world, image: image.file.url, sees_image, states=("login",))
    ],
    "wagtailapi:images:detail": [Door(IMAGE, admin("wagtailapi:images:detail", pk), sees_image)],
    "wagtailapi:images:listing": [
        Door(IMAGE, listing("/api/v2/images/?limit=100"), sees_image, title_shown)
    ],
    "wagtailapi:images:find": [
        Door(
            IMAGE,
            with_query(listing("/api/v2/images/find/"), lambda w, i: f"id={i.pk}"),
            sees_image,
        )
    ],
    # The page editor and its side views.
    "wagtailadmin_pages:edit": [
        Door(PAGE, admin("wagtailadmin_pages:edit", pk), page_action("edit"))
    ],
    "wagtailadmin_pages:preview_on_edit": [
        Door(PAGE, admin("wagtailadmin_pages:preview_on_edit", pk), page_action("edit"))
    ],
    "wagtailadmin_pages:view_draft": [
        Door(PAGE, admin("wagtailadmin_pages:view_draft", pk), may_read_draft, place_shown)
    ],
    "wagtailadmin_pages:usage": [
        Door(PAGE, admin("wagtailadmin_pages:usage", pk), page_action("edit"))
    ],
    "wagtailadmin_pages:history": [
        Door(PAGE, admin("wagtailadmin_pages:history", pk), page_action("edit"))
    ],
    "wagtailadmin_pages:history_results": [
        Door(PAGE, admin("wagtailadmin_pages:history_results", pk), page_action("edit"))
    ],
    "wagtailadmin_pages:revisions_view": [
        Door(
            PAGE,
            admin("wagtailadmin_pages:revisions_view", pk, latest_revision),
            may_read_draft,
            states=WITH_REVISIONS,
        )
    ],
    "wagtailadmin_pages:revisions_compare": [
        Door(
            PAGE,
            admin("wagtailadmin_pages:revisions_compare", pk, the("earliest"), latest_revision),
            may_read_draft,
            states=WITH_REVISIONS,
        )
    ],
    "wagtailadmin_pages:revisions_revert": [
        Door(
            PAGE,
            admin("wagtailadmin_pages:revisions_revert", pk, latest_revision),
            page_action("edit"),
            states=WITH_REVISIONS,
        )
    ],
    "wagtailadmin_pages:revisions_unschedule": [
        Door(
            PAGE,
            admin("wagtailadmin_pages:revisions_unschedule", pk, latest_revision),
            page_action("unschedule"),
            states=WITH_REVISIONS,
        )
    ],
    "wagtailadmin_pages:workflow_history": [
        Door(PAGE, admin("wagtailadmin_pages:workflow_history", pk), page_action("edit"))
    ],
    "wagtailadmin_pages:workflow_history_detail": [
        Door(
            PAGE,
            admin("wagtailadmin_pages:workflow_history_detail", pk, workflow_state),
            page_action("edit"),
            states=REVIEW,
        )
    ],
    "wagtailadmin_pages:workflow_preview": [
        Door(PAGE, admin("wagtailadmin_pages:workflow_preview", pk, task), reviews, states=REVIEW)
    ],
    "wagtailadmin_pages:workflow_action": [
        Door(
            PAGE,
            admin("wagtailadmin_pages:workflow_action", pk, the("approve"), task_state),
            reviews,
            states=REVIEW,
        )
    ],
    "wagtailadmin_pages:collect_workflow_action_data": [
        Door(
            PAGE,
            admin(
                "wagtailadmin_pages:collect_workflow_action_data", pk, the("approve"), task_state
            ),
            reviews,
            states=REVIEW,
        )
    ],
    "wagtailadmin_pages:confirm_workflow_cancellation": [
        Door(
            PAGE,
            admin("wagtailadmin_pages:confirm_workflow_cancellation", pk),
            page_action("edit"),
            states=REVIEW,
        )
    ],
    "wagtailadmin_pages:delete": [
        Door(PAGE, admin("wagtailadmin_pages:delete", pk), page_action("delete"))
    ],
    "wagtailadmin_pages:unpublish": [
        Door(PAGE, admin("wagtailadmin_pages:unpublish", pk), page_action("unpublish"))
    ],
    "wagtailadmin_pages:convert_alias": [
        Door(
            PAGE,
            admin("wagtailadmin_pages:convert_alias", pk),
            page_action("edit"),
            states=("alias",),
        )
    ],
    "wagtailadmin_pages:move": [
        Door(PAGE, admin("wagtailadmin_pages:move", pk), page_action("move"))
    ],
    "wagtailadmin_pages:move_confirm": [
        Door(PAGE, admin("wagtailadmin_pages:move_confirm", pk, sub_network), page_action("move"))
    ],
    "wagtailadmin_pages:copy": [
        Door(PAGE, admin("wagtailadmin_pages:copy", pk), page_action("copy"))
    ],
    "wagtailadmin_pages:set_privacy": [
        Door(
            PAGE, admin("wagtailadmin_pages:set_privacy", pk), page_action("set_view_restrictions")
        )
    ],
    "wagtailadmin_pages:lock": [
        Door(PAGE, admin("wagtailadmin_pages:lock", pk), page_action("lock"), method="post")
    ],
    "wagtailadmin_pages:unlock": [
        Door(PAGE, admin("wagtailadmin_pages:unlock", pk), page_action("unlock"), method="post")
    ],
    # Choosers name pages and documents to those who may link them.
    "wagtailadmin_choose_page_child": [
        Door(
            PAGE,
            lambda world, page: reverse(
                "wagtailadmin_choose_page_child", args=[page.get_parent().pk]
            ),
            chooses_page,
            title_shown,
        ),
        Door(
            PAGE,
            lambda world, page: reverse(
                "wagtailadmin_choose_page_child", args=[page.get_parent().pk]
            ),
            nobody,
            draft_title_shown,
            states=REVIEW,
        ),
    ],
    "wagtailadmin_choose_page_search": [
        Door(
            PAGE,
            with_query(listing("/admin/choose-page/search/"), lambda w, p: "q=Möte"),
            chooses_page,
            title_shown,
        ),
    ],
    "wagtaildocs_chooser:chosen": [
        Door(DOCUMENT, admin("wagtaildocs_chooser:chosen", pk), chooses_document, title_shown)
    ],
    "wagtaildocs_chooser:choose": [
        Door(DOCUMENT, listing("/admin/documents/chooser/"), chooses_document, title_shown)
    ],
    "wagtaildocs_chooser:choose_results": [
        Door(DOCUMENT, listing("/admin/documents/chooser/results/"), chooses_document, title_shown)
    ],
    # Documents and images in the admin.
    "wagtaildocs:edit": [
        Door(
            DOCUMENT,
            admin("wagtaildocs:edit", pk),
            model_permission(get_document_model(), "change"),
        )
    ],
    "wagtaildocs:delete": [
        Door(
            DOCUMENT,
            admin("wagtaildocs:delete", pk),
            model_permission(get_document_model(), "delete"),
        )
    ],
    "wagtaildocs:document_usage": [
        Door(
            DOCUMENT,
            admin("wagtaildocs:document_usage", pk),
            model_permission(get_document_model(), "change"),
        )
    ],
    "wagtailimages:edit": [
        Door(IMAGE, admin("wagtailimages:edit", pk), model_permission(get_image_model(), "change"))
    ],
    "wagtailimages:delete": [
        Door(
            IMAGE, admin("wagtailimages:delete", pk), model_permission(get_image_model(), "delete")
        )
    ],
    "wagtailimages:image_usage": [
        Door(
            IMAGE,
            admin("wagtailimages:image_usage", pk),
            model_permission(get_image_model(), "change"),
        )
    ],
    "wagtailimages:url_generator": [
        Door(
            IMAGE,
            admin("wagtailimages:url_generator", pk),
            generates_image_urls,
        )
    ],
    # The project's own admin views.
    "minutes_import": [Door(NETWORK, admin("minutes_import", pk), page_action("add_subpage"))],
    "networks_prepare_agenda": [
        Door(NETWORK, admin("networks_prepare_agenda", pk), page_action("add_subpage"))
    ],
    # Letting a page's personal-data findings through: its organisation's approvers.
    "privacy_override": [
        Door(PAGE, admin("privacy_override", pk), may_override_personal_data_finding)
    ],
    # The admin's explorer, its search and the reports name pages.
    "wagtailadmin_explore": [
        Door(PAGE, admin("wagtailadmin_explore", pk), chooses_page),
    ],
    "wagtailadmin_explore_results": [
        Door(PAGE, admin("wagtailadmin_explore_results", pk), chooses_page),
    ],
    "wagtailadmin_pages:search": [
        Door(
            PAGE,
            with_query(listing("/admin/pages/search/"), lambda w, p: f"q={p.title}"),
            finds_in_admin,
            admin_link_shown,
        ),
    ],
    "wagtailadmin_pages:search_results": [
        Door(
            PAGE,
            with_query(listing("/admin/pages/search/results/"), lambda w, p: f"q={p.title}"),
            finds_in_admin,
            admin_link_shown,
        ),
    ],
    "wagtailadmin_pages:type_use": [
        Door(PAGE, listing("/admin/pages/usage/minutes/minutespage/"), explores, admin_link_shown),
    ],
    "wagtailadmin_pages:type_use_results": [
        Door(
            PAGE,
            listing("/admin/pages/usage/minutes/minutespage/results/"),
            explores,
            admin_link_shown,
        ),
    ],
    "wagtailadmin_home": [
        Door(PAGE, listing("/admin/"), may_read_draft, title_shown, states=REVIEW),
        Door(PAGE, listing("/admin/"), nobody, draft_title_shown, states=REVIEW),
    ],
    "wagtailadmin_choose_page_chosen_multiple": [
        Door(
            PAGE,
            with_query(listing("/admin/choose-page/chosen-multiple/"), lambda w, p: f"id={p.pk}"),
            chooses_page,
            admin_link_shown,
        ),
    ],
    "wagtailadmin_api:pages:detail": [
        Door(PAGE, admin("wagtailadmin_api:pages:detail", pk), explores),
    ],
    "wagtailadmin_api:pages:listing": [
        Door(
            PAGE,
            with_query(
                listing("/admin/api/main/pages/"),
                lambda w, p: f"child_of={p.get_parent().pk}&limit=100",
            ),
            explores,
            title_shown,
        ),
    ],
    "wagtailadmin_pages:add": [
        Door(
            NETWORK,
            admin("wagtailadmin_pages:add", the("minutes"), the("minutespage"), pk),
            page_action("add_subpage"),
        ),
    ],
    "wagtailadmin_pages:preview_on_add": [
        Door(
            NETWORK,
            admin("wagtailadmin_pages:preview_on_add", the("minutes"), the("minutespage"), pk),
            page_action("add_subpage"),
        ),
    ],
    "wagtailadmin_pages:add_subpage": [
        Door(NETWORK, admin("wagtailadmin_pages:add_subpage", pk), page_action("add_subpage")),
    ],
    "wagtailadmin_pages:set_page_position": [
        Door(
            PAGE,
            with_query(
                admin("wagtailadmin_pages:set_page_position", pk), lambda w, p: "position=0"
            ),
            reorders,
            method="post",
        ),
    ],
    "wagtail_bulk_action": [
        Door(
            PAGE,
            with_query(listing("/admin/bulk/wagtailcore/page/delete/"), lambda w, p: f"id={p.pk}"),
            page_action("delete"),
            removed(Page),
            method="post",
        ),
    ],
    # Wagtail's reports name pages.
    **{
        f"wagtailadmin_reports:{report}{part}": [
            Door(
                PAGE,
                listing(f"/admin/reports/{path}/{part.strip('_')}/".replace("//", "/")),
                question,
                admin_link_shown,
                one_way=one_way,
            )
        ]
        for report, path, question, one_way in (
            ("locked_pages", "locked", unlocks, False),
            ("workflow", "workflow", follows_review, False),
            ("workflow_tasks", "workflow_tasks", follows_review, False),
            ("site_history", "site-history", explores, True),
            ("aging_pages", "aging-pages", page_action("publish"), True),
        )
        for part in ("", "_results")
    },
    # Conferences: their pages, their calendars and the network's calendar.
    "networks.ConferencePage:calendar": [
        Door(CONFERENCE, public_url("kalender.ics"), sees_page, title_shown),
    ],
    "networks.ConferenceIndexPage:calendar": [
        Door(
            CONFERENCE,
            lambda w, c: (
                f"{ConferenceIndexPage.objects.filter(locale=c.locale).get().url}kalender.ics"
            ),
            listed,
            title_shown,
        ),
    ],
    "networks.NetworkPage:calendar": [
        Door(CONFERENCE, network_route("kalender.ics"), listed, title_shown),
    ],
    # The register of people and organisations: each entry kept by one organisation.
    **{
        f"wagtailsnippets_networks_{model}:{view}": [
            Door(kind, admin(f"wagtailsnippets_networks_{model}:{view}", pk), question)
        ]
        for model, kind in (("person", PERSON), ("organisation", ORGANISATION))
        for view, question in (
            ("edit", may_change_register_entry),
            ("delete", may_delete_register_entry),
            ("history", may_change_register_entry),
            ("history_results", may_change_register_entry),
            ("usage", may_change_register_entry),
            ("copy", copies_register_entry),
        )
    },
    # The follow-ups of decisions: kept by the network organisation's editors and approvers.
    **{
        f"follow_ups:{view}": [
            Door(FOLLOW_UP, admin(f"follow_ups:{view}", pk), may_change_follow_up)
        ]
        for view in ("edit", "history", "history_results", "usage")
    },
    "follow_ups:delete": [
        Door(FOLLOW_UP, admin("follow_ups:delete", pk), may_delete_follow_up),
        Door(
            FOLLOW_UP,
            admin("follow_ups:delete", pk),
            may_delete_follow_up,
            removed(FollowUp),
            method="post",
        ),
    ],
    "follow_ups:index": [
        Door(FOLLOW_UP, listing("/admin/follow_ups/"), may_change_follow_up, clause_shown),
    ],
    "follow_ups:index_results": [
        Door(FOLLOW_UP, listing("/admin/follow_ups/results/"), may_change_follow_up, clause_shown),
    ],
    "follow_ups:add": [
        Door(FOLLOW_UP, listing("/admin/follow_ups/new/"), keeps_some_follow_ups),
        Door(
            FOLLOW_UP,
            listing("/admin/follow_ups/new/"),
            may_change_follow_up,
            follow_up_added,
            method="post",
            data=new_follow_up_data,
        ),
    ],
    "follow_ups_bulk_state": [
        Door(FOLLOW_UP, the_bulk_change_of(), may_change_follow_up, clause_shown),
        Door(
            FOLLOW_UP,
            the_bulk_change_of(),
            may_change_follow_up,
            follow_up_dropped,
            method="post",
            data=lambda follow_up: {"state": "dropped", "dropped_reason": "Inaktuell"},
        ),
    ],
    # Documents and images: more of the admin's views.
    "wagtaildocs:index": [
        Door(
            DOCUMENT,
            listing("/admin/documents/"),
            model_permission(get_document_model(), "change"),
            title_shown,
        ),
    ],
    "wagtaildocs:index_results": [
        Door(
            DOCUMENT,
            listing("/admin/documents/results/"),
            model_permission(get_document_model(), "change"),
            title_shown,
        ),
    ],
    "wagtaildocs:edit_multiple": [
        Door(
            DOCUMENT,
            admin("wagtaildocs:edit_multiple", pk),
            model_permission(get_document_model(), "change"),
            method="post",
        ),
    ],
    "wagtaildocs:delete_multiple": [
        Door(
            DOCUMENT,
            admin("wagtaildocs:delete_multiple", pk),
            model_permission(get_document_model(), "delete"),
            removed(get_document_model()),
            method="post",
        ),
    ],
    "wagtaildocs_chooser:chosen_multiple": [
        Door(
            DOCUMENT,
            with_query(
                listing("/admin/documents/chooser/chosen-multiple/"), lambda w, d: f"id={d.pk}"
            ),
            chooses_document,
            title_shown,
        ),
    ],
    "wagtailadmin_api:documents:detail": [
        Door(DOCUMENT, admin("wagtailadmin_api:documents:detail", pk), chooses_document),
    ],
    "wagtailimages:index": [
        Door(
            IMAGE,
            listing("/admin/images/"),
            model_permission(get_image_model(), "change"),
            title_shown,
        ),
    ],
    "wagtailimages:index_results": [
        Door(
            IMAGE,
            listing("/admin/images/results/"),
            model_permission(get_image_model(), "change"),
            title_shown,
        ),
    ],
    "wagtailimages:edit_multiple": [
        Door(
            IMAGE,
            admin("wagtailimages:edit_multiple", pk),
            model_permission(get_image_model(), "change"),
            method="post",
        ),
    ],
    "wagtailimages:delete_multiple": [
        Door(
            IMAGE,
            admin("wagtailimages:delete_multiple", pk),
            model_permission(get_image_model(), "delete"),
            removed(get_image_model()),
            method="post",
        ),
    ],
    "wagtailimages:preview": [
        Door(
            IMAGE,
            admin("wagtailimages:preview", pk, the("original")),
            model_permission(get_image_model(), "change"),
        ),
    ],
    "wagtailimages:url_generator_output": [
        Door(IMAGE, admin("wagtailimages:url_generator_output", pk), generates_image_urls),
    ],
    "wagtailimages_chooser:chosen": [
        Door(IMAGE, admin("wagtailimages_chooser:chosen", pk), chooses_image, title_shown),
    ],
    "wagtailimages_chooser:select_format": [
        Door(IMAGE, admin("wagtailimages_chooser:select_format", pk), chooses_image),
    ],
    "wagtailimages_chooser:chosen_multiple": [
        Door(
            IMAGE,
            with_query(
                listing("/admin/images/chooser/chosen-multiple/"), lambda w, i: f"id={i.pk}"
            ),
            chooses_image,
            title_shown,
        ),
    ],
    "wagtailimages_chooser:choose": [
        Door(IMAGE, listing("/admin/images/chooser/"), chooses_image, title_shown),
    ],
    "wagtailimages_chooser:choose_results": [
        Door(IMAGE, listing("/admin/images/chooser/results/"), chooses_image, title_shown),
    ],
    "wagtailadmin_api:images:detail": [
        Door(IMAGE, admin("wagtailadmin_api:images:detail", pk), chooses_image),
    ],
    "minutes_import_preview": [
        Door(NETWORK, admin("minutes_import_preview", pk), page_action("add_subpage")),
    ],
    # Translation.
    "wagtail_localize:download_pofile": [
        Door(TRANSLATION, admin("wagtail_localize:download_pofile", pk), translates)
    ],
    "wagtail_localize:translations_report": [
        Door(
            TRANSLATION,
            listing("/admin/localize/reports/translations/"),
            source_text_readable,
            source_title_shown,
        ),
    ],
    "localize/reports/translations/": [
        Door(
            TRANSLATION,
            listing("/admin/localize/reports/translations/"),
            source_text_readable,
            source_title_shown,
        ),
    ],
    "localize/reports/translations/results/": [
        Door(
            TRANSLATION,
            listing("/admin/localize/reports/translations/results/"),
            source_text_readable,
            source_title_shown,
        ),
    ],
    "wagtail_localize:translations_report_results": [
        Door(
            TRANSLATION,
            listing("/admin/localize/reports/translations/results/"),
            source_text_readable,
            source_title_shown,
        ),
    ],
    "wagtail_localize:submit_page_translation": [
        Door(PAGE, admin("wagtail_localize:submit_page_translation", pk), starts_translation),
    ],
    "localize/submit/page/<int:page_id>/": [
        Door(PAGE, admin("wagtail_localize:submit_page_translation", pk), starts_translation),
    ],
    "wagtail_localize:update_translations": [
        Door(
            TRANSLATION,
            lambda w, t: reverse("wagtail_localize:update_translations", args=[t.source_id]),
            updates_translation,
        ),
    ],
    "localize/update/<int:translation_source_id>/": [
        Door(
            TRANSLATION,
            lambda w, t: reverse("wagtail_localize:update_translations", args=[t.source_id]),
            updates_translation,
        ),
    ],
    "wagtail_localize:upload_pofile": [
        Door(
            TRANSLATION,
            admin("wagtail_localize:upload_pofile", pk),
            translates,
            method="post",
            data=empty_pofile,
        ),
    ],
    "localize/translate/<int:translation_id>/pofile/upload/": [
        Door(
            TRANSLATION,
            admin("wagtail_localize:upload_pofile", pk),
            translates,
            method="post",
            data=empty_pofile,
        ),
    ],
    "wagtail_localize:machine_translate": [
        Door(
            TRANSLATION,
            admin("wagtail_localize:machine_translate", pk),
            translates_by_machine,
            method="post",
            data=back_to_the_admin,
        ),
    ],
    "wagtail_localize:stop_translation": [
        Door(
            TRANSLATION,
            admin("wagtail_localize:stop_translation", pk),
            translates,
            method="post",
            data=back_to_the_admin,
        ),
    ],
    "wagtail_localize:edit_string_translation": [
        Door(
            TRANSLATION,
            admin("wagtail_localize:edit_string_translation", pk, first_segment),
            translates,
            method="delete",
        ),
    ],
    "wagtail_localize:convert_to_alias": [
        Door(
            ENGLISH,
            admin("wagtail_localize:convert_to_alias", pk),
            page_action("edit"),
            states=("translated",),
        ),
    ],
    "editorial_submit_translation": [
        Door(ENGLISH, admin("editorial_submit_translation", pk), submits_translation_for_review),
    ],
    "wagtail_localize:preview_translation": [
        Door(TRANSLATION, admin("wagtail_localize:preview_translation", pk), translates)
    ],
}


# URLs that take no page, document, image or register entry, or that are tried above
# under another name.
NOT_DOORS = {
    "the page itself, tried as wagtail_serve": (
        "networks.NetworkPage:index_route",
        "networks.ConferencePage:index_route",
        "networks.ConferenceIndexPage:index_route",
        "minutes.MinutesPage:index_route",
        "calendar_file",
    ),
    "a meeting of a network's schedule, public with its network": (
        "networks.NetworkPage:meeting_calendar",
    ),
    "choosing a search synonym: words for the search, no content of anyone's": (
        "wagtailsnippetchoosers_search_synonym:choose",
        "wagtailsnippetchoosers_search_synonym:choose_results",
        "wagtailsnippetchoosers_search_synonym:chosen",
        "wagtailsnippetchoosers_search_synonym:chosen_multiple",
        "wagtailsnippetchoosers_search_synonym:create",
    ),
    "choosing a sensitive word: words for the personal-data check, no content of anyone's": (
        "wagtailsnippetchoosers_privacy_sensitiveword:choose",
        "wagtailsnippetchoosers_privacy_sensitiveword:choose_results",
        "wagtailsnippetchoosers_privacy_sensitiveword:chosen",
        "wagtailsnippetchoosers_privacy_sensitiveword:chosen_multiple",
        "wagtailsnippetchoosers_privacy_sensitiveword:create",
    ),
    "counts of pages per page type, naming none": (
        "wagtailadmin_reports:page_types_usage",
        "wagtailadmin_reports:page_types_usage_results",
    ),
    "redirects to the page's history, a door above": ("wagtailadmin_pages:revisions_index",),
    # No page type of the project has overridable segments to try it with.
    "a translation's overridable segment, asked the same as its strings": (
        "wagtail_localize:edit_override",
    ),
    "the admin API's other endpoints, the same filters as their detail views above": (
        "wagtailadmin_api:pages:find",
        "wagtailadmin_api:pages:action",
        "wagtailadmin_api:documents:listing",
        "wagtailadmin_api:documents:find",
        "wagtailadmin_api:images:listing",
        "wagtailadmin_api:images:find",
    ),
    "signing in and out, the password reset and one's own account": (
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_password_reset",
        "wagtailadmin_password_reset_done",
        "wagtailadmin_password_reset_confirm",
        "wagtailadmin_password_reset_complete",
        "wagtailadmin_account",
        "wagtailcore_login",
    ),
    # A visitor who gives the password is admitted, as the restriction says; the attempts
    # are throttled (tests/test_password_throttling.py).
    "the password form of a page's or a collection's restriction": (
        "wagtailcore_authenticate_with_password",
        "wagtaildocs_authenticate_with_password",
    ),
    "the admin's static parts, its error pages and its settings of the user interface": (
        "wagtailadmin_sprite",
        "wagtailadmin_javascript_catalog",
        "wagtail_localize:javascript_catalog",
        "wagtailadmin_error_test",
        "test404/",
        "^.*/$",
        "wagtailadmin_dismissibles",
        "wagtailadmin_block_preview",
        "wagtailadmin_tag_autocomplete",
        "wagtailadmin_tag_model_autocomplete",
        "healthz",
        "robots_txt",
    ),
    "the link choosers' forms for addresses outside the site": (
        "wagtailadmin_choose_page_external_link",
        "wagtailadmin_choose_page_email_link",
        "wagtailadmin_choose_page_phone_link",
        "wagtailadmin_choose_page_anchor_link",
    ),
    "the first screens of choosers and forms, which list the site's roots and page types": (
        "wagtailadmin_choose_page",
        "wagtailadmin_explore_root",
        "wagtailadmin_pages:choose_parent",
    ),
    "uploading a new file: the user's own uploads, not yet in a collection": (
        "wagtaildocs:add",
        "wagtaildocs:add_multiple",
        "wagtaildocs:create_multiple_from_uploaded_document",
        "wagtaildocs:delete_upload_multiple",
        "wagtaildocs_chooser:create",
        "wagtailimages:add",
        "wagtailimages:add_multiple",
        "wagtailimages:create_multiple_from_uploaded_image",
        "wagtailimages:delete_upload_multiple",
        "wagtailimages_chooser:create",
        "wagtailsnippets_networks_person:add",
        "wagtailsnippets_networks_organisation:add",
        "wagtailsnippetchoosers_networks_person:create",
        "wagtailsnippetchoosers_networks_organisation:create",
    ),
    # Reading the register is every editor's and translator's right; changing it is tried
    # above through each entry's views.
    "reading the register of people and organisations": (
        "wagtailsnippets:index",
        "wagtailsnippets_networks_person:list",
        "wagtailsnippets_networks_person:list_results",
        "wagtailsnippetchoosers_networks_person:choose",
        "wagtailsnippetchoosers_networks_person:choose_results",
        "wagtailsnippetchoosers_networks_person:chosen",
        "wagtailsnippetchoosers_networks_person:chosen_multiple",
        "wagtailsnippets_networks_organisation:list",
        "wagtailsnippets_networks_organisation:list_results",
        "wagtailsnippetchoosers_networks_organisation:choose",
        "wagtailsnippetchoosers_networks_organisation:choose_results",
        "wagtailsnippetchoosers_networks_organisation:chosen",
        "wagtailsnippetchoosers_networks_organisation:chosen_multiple",
        "wagtail_localize:snippets_api_listing",
        "wagtail_localize:snippets_api_detail",
        "wagtail_localize:submit_snippet_translation",
    ),
}

# Subscribing by e-mail names no page, document or register entry: a visitor gives their own
# address, and the other doors open only from the signed links sent to it
# (tests/test_subscriptions.py tries each with forged, expired and ended links).
NOT_DOORS["subscribing to a network's news by e-mail, behind signed links"] = (
    "subscriptions_subscribe",
    "subscriptions_confirm",
    "subscriptions_manage",
    "subscriptions_unsubscribe",
)

# Whole parts of the admin that only administrators reach: no role of editorial.roles
# holds a permission in them (test_administrators_alone_reach_their_parts).
ADMINISTRATORS_ONLY = (
    "wagtailusers_users:",
    "wagtailusers_groups:",
    "wagtailsites:",
    "wagtaillocales:",
    "wagtailadmin_workflows:",
    "wagtailadmin_collections:",
    "wagtailredirects:",
    "wagtailsearchpromotions:",
    "wagtailsettings:",
    "wagtailsnippets_search_synonym:",
    "wagtailsnippets_privacy_sensitiveword:",
    "search_report",
    "privacy_report",
    "wagtailadmin_editing_sessions:",
    # Subscribers' addresses, their export and erasure (core.access_policy.may_keep_subscribers).
    "wagtailsnippets_subscriptions_subscriber:",
    "subscriptions_export",
)


# ---------------------------------------------------------------------------------------
# Every URL is in the matrix


def url_keys(patterns, namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from url_keys(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern):
            yield f"{namespace}{pattern.name}" if pattern.name else str(pattern.pattern)


def route_keys():
    for model in get_page_models():
        if issubclass(model, RoutablePageMixin) and not model._meta.abstract:
            for pattern in model.get_subpage_urls():
                if pattern.name:
                    yield f"{model._meta.label}:{pattern.name}"


def test_every_url_is_in_the_matrix():
    keys = set(url_keys(get_resolver().url_patterns)) | set(route_keys())
    described = set(DOORS) | {key for keys in NOT_DOORS.values() for key in keys}
    unknown = sorted(
        key
        for key in keys - described
        if not any(key.startswith(prefix) for prefix in ADMINISTRATORS_ONLY)
    )
    assert unknown == []


# ---------------------------------------------------------------------------------------
# Every door answers as the policy does


# The doors' answers are decided in Python, by Wagtail's views and the policy; what the
# database decides is in the policy's queries (drafts, restrictions, aliases, private
# collections). On PostgreSQL, where the suite is slowest, every door is tried on the
# subjects those queries tell apart, by every role but the administrator (whom Wagtail
# and the policy let through the admin before asking the database, and who meets the
# public doors as any signed-in user does); on SQLite by all, on all of them.
SUBJECTS_ON_POSTGRESQL = {"draft", "in_review", "login", "alias", "translated", "own_collection"}
ROLES_ON_POSTGRESQL = tuple(role for role in ROLES if role != "administrator")


def tried_here(state):
    return connection.vendor == "sqlite" or state in SUBJECTS_ON_POSTGRESQL


def subjects_of(world, kind):
    return {
        state: subject
        for state, subject in every_subject_of(world, kind).items()
        if tried_here(state) or kind in (NETWORK, PERSON, ORGANISATION, FOLLOW_UP)
    }


def every_subject_of(world, kind):
    if kind == PAGE:
        return world.pages
    if kind == NETWORK:
        return {"network_a": world.editorial.network_a, "network_b": world.editorial.network_b}
    if kind == DOCUMENT:
        return world.documents
    if kind == IMAGE:
        return world.images
    if kind == CONFERENCE:
        return world.conferences
    if kind == PERSON:
        return world.people
    if kind == ORGANISATION:
        return world.organisations
    if kind == FOLLOW_UP:
        return world.follow_ups
    if kind == ENGLISH:
        return {"translated": world.english_page, "alias": world.pages["alias"]}
    return world.translations


def user_of(world, role):
    return AnonymousUser() if role == "anonymous" else world.users[role]


def fetch(client, door, url, subject):
    """The visitor's answer; a door that changes something is judged, then rolled back."""
    with transaction.atomic():
        data = door.data(subject) if door.data else {}
        response = getattr(client, door.method)(url, data)
        if response.streaming:
            response.body = b"".join(response.streaming_content)
        got = door.judge(response, subject) if door.method != "get" else response
        transaction.set_rollback(True)
    return got


def tried_by(world, role):
    """Every door tried by ``role`` on each of its subjects: (door, state, expected, got).

    A listing answers the same whatever the subject, so each is fetched once per role. What
    the policy says depends on the user and the subject alone, and every door leaves the
    world as it found it, so each question is put to the policy once per role, however
    many doors ask it.
    """
    client = Client()
    user = user_of(world, role)
    if role != "anonymous":
        client.force_login(user)
    policy_said = {}
    for key, doors in DOORS.items():
        for door in doors:
            answers = {}
            for state, subject in subjects_of(world, door.subjects).items():
                if door.states and state not in door.states:
                    continue
                url = door.url(world, subject)
                if url not in answers or door.method != "get":
                    answers[url] = fetch(client, door, url, subject)
                answer = answers[url]
                got = door.judge(answer, subject) if door.method == "get" else answer
                question = (door.allowed, door.subjects, state)
                if question not in policy_said:
                    policy_said[question] = door.allowed(user, subject)
                expected = policy_said[question]
                if door.one_way:
                    got = got or expected
                yield key, state, expected, got


@pytest.mark.django_db
def test_every_door_answers_as_the_policy_does():
    world = build_access_world()
    mismatches, tried = set(), 0
    for role in ROLES if connection.vendor == "sqlite" else ROLES_ON_POSTGRESQL:
        for key, state, expected, got in tried_by(world, role):
            tried += 1
            if got != expected:
                mismatches.add((key, role, state, expected, got))
    print(f"\ndoor matrix: {tried} pairs tried, {len(mismatches)} mismatches")  # noqa: T201
    for mismatch in sorted(mismatches):
        print(mismatch)  # noqa: T201
    assert sorted(mismatches) == []


def index_url(prefix):
    """A URL of an administrators' part that takes no argument: its listing."""
    for pattern_key in url_keys(get_resolver().url_patterns):
        if pattern_key.startswith(prefix) and ":" in pattern_key:
            try:
                return reverse(pattern_key)
            except NoReverseMatch:
                continue
    return None


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["editor_a", "approver_a", "translator"])
def test_administrators_alone_reach_their_parts(role):
    world = build_editorial_world()
    client = Client()
    client.force_login(world.users[role])
    reached = []
    for prefix in ADMINISTRATORS_ONLY:
        url = index_url(prefix)
        if url is not None and opened(client.get(url), None):
            reached.append(url)
    assert reached == []
