"""Who may see a document and who may choose a page or a document: one answer for every door.

A document is as private as its collection: a view restriction on the collection or on any
collection above it refuses the document to whoever the restriction refuses, exactly as
Wagtail's document view does. The search, the public pages and the admin choosers all ask
here, so a document the public may not open is neither found by its words, named on a
public page nor offered to another organisation's editors.

Every editor may choose media from the root collection down (``editorial.roles``), so
Wagtail's "choose" permission alone would offer them every organisation's private
documents; in a private collection only those who may add or change its documents choose.
"""

from functools import reduce
from operator import or_

from django.contrib.auth import get_permission_codename
from django.db.models import Q
from wagtail import hooks
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

from core.per_generation import kept
from core.public_pages import public
from core.text_language import with_own_text

# Page permissions that open a part of the tree to an editor in the admin explorer.
EXPLORE_ACTIONS = {"add", "change", "publish", "lock", "unlock", "bulk_delete"}


def private_collection_ids():
    """Collections under a view restriction, with all their descendants; two queries."""
    paths = set(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    if not paths:
        return set()
    under_a_restriction = reduce(or_, (Q(path__startswith=path) for path in paths))
    return set(Collection.objects.filter(under_a_restriction).values_list("pk", flat=True))


def collection_view_restrictions():
    restrictions = CollectionViewRestriction.objects.select_related("collection")
    return list(restrictions.prefetch_related("groups"))


def prefetch_view_restrictions(documents):
    """Note on each document the view restrictions over its collection.

    For ``may_view_document`` on a page listing many documents: the restrictions are kept
    per generation of content (``core.per_generation``); one query for the documents'
    collections when any is restricted, none otherwise.
    """
    documents = [document for document in documents if document is not None]
    restrictions = kept("collection view restrictions", collection_view_restrictions)
    paths = {}
    if restrictions and documents:
        collection_ids = {document.collection_id for document in documents}
        paths = dict(Collection.objects.filter(pk__in=collection_ids).values_list("pk", "path"))
    for document in documents:
        path = paths.get(document.collection_id, "")
        document.view_restrictions = [
            restriction
            for restriction in restrictions
            if path.startswith(restriction.collection.path)
        ]


def view_restrictions_of(document):
    restrictions = getattr(document, "view_restrictions", None)
    if restrictions is None:
        restrictions = list(document.collection.get_view_restrictions())
    return restrictions


def is_public_document(document):
    """Whether anyone at all, signed in or not, may open ``document``."""
    return not view_restrictions_of(document)


def may_view_document(request, document):
    """Whether the visitor making ``request`` may open ``document``; the public if no request."""
    restrictions = view_restrictions_of(document)
    if request is None:
        return not restrictions
    return all(restriction.accept_request(request) for restriction in restrictions)


def choosable_media(user, items):
    """Of ``items`` (documents or images Wagtail lets ``user`` choose), the ones to offer.

    A file in a private collection is offered only to those who may add or change the
    files of its collection, its own organisation's editors.
    """
    if user.is_active and user.is_superuser:
        return items
    policy = policy_registry.get_by_type(items.model)
    own = policy.collections_user_has_any_permission_for(user, ["add", "change"])
    refused = private_collection_ids() - set(own.values_list("pk", flat=True))
    return items.exclude(collection_id__in=refused)


def reachable_q(user):
    """The pages ``user`` may work on, with the way down to them, as a condition."""
    reachable = Q(pk__in=[])
    policy = policy_registry.get_by_type(Page)
    for permission in policy.get_cached_permissions_for_user(user):
        if permission.permission.codename in {f"{action}_page" for action in EXPLORE_ACTIONS}:
            reachable |= Page.objects.descendant_of_q(permission.page, inclusive=True)
            reachable |= Page.objects.ancestor_of_q(permission.page)
    return reachable


def unreadable_pages(user):
    """Drafts and private pages ``user`` may not work on: their text is not theirs to read."""
    hidden = Q(live=False) | Page.objects.private_q()
    return Page.objects.filter(hidden).exclude(reachable_q(user))


def without_unreadable_aliases(user, pages):
    """``pages`` less the aliases whose original ``user`` may not read.

    Translators work on the whole English tree, where every Swedish draft and private
    page has its alias, named by the original's title.
    """
    if user.is_active and user.is_superuser:
        return pages
    return pages.exclude(alias_of__in=unreadable_pages(user))


def readable_translations(user, translations):
    """Of wagtail-localize's ``translations``, those whose source ``user`` may read."""
    if user.is_active and user.is_superuser:
        return translations
    unreadable = unreadable_pages(user).values("translation_key")
    return translations.exclude(source__object_id__in=unreadable)


def explorable_pages(user, pages):
    """Of ``pages``, those ``user`` may work on, with the way down to them.

    What the admin's explorer shows them: another organisation's pages are not named.
    """
    if user.is_active and user.is_superuser:
        return pages
    if not user.is_active:
        return pages.none()
    return without_unreadable_aliases(user, pages.filter(reachable_q(user)))


class PagePolicy(PagePermissionPolicy):
    """Wagtail's page permission policy, registered for every page of the project.

    The explorer, the admin's page search and the admin API list what
    ``explorable_instances`` gives: an alias whose original the user may not read is
    left out of it.
    """

    def explorable_instances(self, user):
        return without_unreadable_aliases(user, super().explorable_instances(user))


def choosable_pages(user, pages):
    """Of ``pages``, the ones to show ``user`` in the page chooser.

    The pages they may explore and every live, public page: another organisation's
    drafts and private pages are not even named.
    """
    if user.is_active and user.is_superuser:
        return pages
    public = Q(live=True) & ~Page.objects.private_q()
    return pages.filter(public | Q(pk__in=explorable_pages(user, pages).values("pk")))


class SourceTextPermissionTester(PagePermissionTester):
    """Wagtail's page permissions, except over text a page shows on behalf of another.

    An alias shows its original, and a translation is made from its source in the
    default locale; the admin's draft view, preview, history and revisions show their
    latest text whatever the source's restrictions. Translators may change the whole
    English tree, so on an alias or a translation whose source is unpublished or under a
    view restriction, only those who may work on the source keep editing and viewing
    rights. Every Wagtail view that shows a draft asks ``can_edit`` or ``can_publish``.
    """

    def can_edit(self):
        return super().can_edit() and self.may_read_source()

    def can_publish(self):
        return super().can_publish() and self.may_read_source()

    def may_read_source(self):
        source = source_page(self.page)
        return source is None or may_read_page_text(self.user, source)


def may_read_page_text(user, page):
    """Whether ``user`` may read all of ``page``'s text in the admin, drafts included.

    The public's pages to anyone; the others to those who may work on them.
    """
    if is_public_page(page) or (user.is_active and user.is_superuser):
        return True
    # ``page`` may be an alias or translation itself, whose source then decides too.
    permissions = page.permissions_for_user(user)
    return permissions.can_edit() or permissions.can_publish()


def published(queryset):
    """What every public listing may name: feeds, calendars, registers, sitemap, search.

    Live pages without view restrictions, leaving out those whose text is not their own:
    an alias, or a translation not yet approved, shows another language's text, so it never
    counts as content of its own.
    """
    return with_own_text(public(queryset.live()))


def may_use_admin(user):
    """Whether ``user`` may sign in to the admin at all."""
    return user.is_active and user.has_perm("wagtailadmin.access_admin")


def may_see_page(request, page):
    """Whether the visitor making ``request`` may read ``page`` at its public address."""
    if not page.live:
        return False
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def may_work_on_page(user, page, action):
    """Whether ``user`` may ``action`` ``page`` in the admin.

    ``action`` names a check of the page's permission tester (``edit``, ``publish``,
    ``delete``, ``lock``, ``add_subpage`` …), which is ``SourceTextPermissionTester`` for
    every page of the project. Only signed-in, active users work in the admin.
    """
    if not user.is_active:
        return False
    return getattr(page.permissions_for_user(user), f"can_{action}")()


def may_read_draft(user, page):
    """Whether ``user`` may read ``page``'s latest text, drafts and revisions included."""
    if not user.is_active:
        return False
    permissions = page.permissions_for_user(user)
    return permissions.can_edit() or permissions.can_publish()


def may_review_page(user, page):
    """Whether ``user`` may act on the workflow step ``page`` is waiting in."""
    task_state = page.current_workflow_task_state
    if task_state is None or not user.is_active:
        return False
    return bool(task_state.task.specific.get_actions(page, user))


def source_page(page):
    """The page whose text ``page`` shows or translates, if it is not its own."""
    if page.alias_of_id:
        return Page.objects.get(pk=page.alias_of_id)
    default_locale = Locale.get_default()
    if page.locale_id == default_locale.pk:
        return None
    return page.get_translation_or_none(default_locale)


def is_public_page(page):
    """Whether ``page`` is live and anyone at all may read it."""
    return page.live and not page.get_view_restrictions().exists()


# Images ---------------------------------------------------------------------------------
# An image is as private as its collection, exactly as a document is: the same view
# restrictions decide, through the same functions.


def is_public_image(image):
    """Whether anyone at all, signed in or not, may see ``image``."""
    return is_public_document(image)


def may_view_image(request, image):
    """Whether the visitor making ``request`` may see ``image``; the public if no request."""
    return may_view_document(request, image)


# The register of people and organisations -----------------------------------------------
#
# Every entry of the register (a person, an organisation) is kept by one organisation,
# named by its ``owner``: the editors and approvers of that organisation change it, and
# only its approvers decide whether a person's contact details are public. Which
# organisations a user acts for is known above this app (the roles of ``editorial``),
# which answers through the ``samverkan_organisation_keys`` hook: a function of a user
# and a role ("editors" or "approvers") returning the translation keys of the
# organisations for which the user holds that role.

ORGANISATION_KEYS_HOOK = "samverkan_organisation_keys"
EDITORS = "editors"
APPROVERS = "approvers"
# Reading the register and choosing from it are open to all who may read it at all.
OPEN_REGISTER_ACTIONS = {"view", "choose"}


def is_administrator(user):
    return user.is_active and user.is_superuser


def organisation_keys(user, role):
    """Translation keys of the organisations for which ``user`` holds ``role``.

    Kept on the user object for the request, as a listing asks once for every row.
    """
    cached = user.__dict__.setdefault("_samverkan_organisation_keys", {})
    if role not in cached:
        keys = set()
        if user.is_active and user.is_authenticated:
            for lookup in hooks.get_hooks(ORGANISATION_KEYS_HOOK):
                keys.update(lookup(user, role))
        cached[role] = keys
    return cached[role]


def register_keeper_keys(user):
    """The organisations whose register entries ``user`` keeps, as translation keys."""
    return organisation_keys(user, EDITORS) | organisation_keys(user, APPROVERS)


def keeper_key(entry):
    """The translation key of the organisation keeping ``entry``; None if none keeps it."""
    return entry.owner.translation_key if entry.owner_id else None


def keeps_register_entry(user, entry):
    """Whether ``entry`` is one of ``user``'s own: administrators keep every entry."""
    if is_administrator(user):
        return True
    key = keeper_key(entry)
    return key is not None and key in register_keeper_keys(user)


def has_register_permission(user, action, entry):
    """Whether ``user`` holds the model permission for ``action``, ``entry``'s kind."""
    options = entry._meta
    return user.has_perm(f"{options.app_label}.{get_permission_codename(action, options)}")


def may_act_on_register_entry(user, action, entry):
    """Whether ``user`` may do ``action`` ("change", "delete", ...) to ``entry``."""
    if not has_register_permission(user, action, entry):
        return False
    return action in OPEN_REGISTER_ACTIONS or keeps_register_entry(user, entry)


def may_change_register_entry(user, entry):
    """Whether ``user`` may change ``entry``: administrators and its keeper's editors."""
    return may_act_on_register_entry(user, "change", entry)


def may_delete_register_entry(user, entry):
    return may_act_on_register_entry(user, "delete", entry)


def register_entries_kept_by(user, entries):
    """Of ``entries`` (a queryset of the register), those ``user`` keeps."""
    if is_administrator(user):
        return entries
    return entries.filter(owner__translation_key__in=register_keeper_keys(user))


def may_publish_contact_details(user, person):
    """Whether ``user`` may decide that ``person``'s contact details are public or not.

    Administrators and the approvers of the organisation keeping the person only. The
    same goes for the e-mail address and phone number of a person whose details are
    public, as a change to them is public at once, with no review.
    """
    if not may_change_register_entry(user, person):
        return False
    if is_administrator(user):
        return True
    key = keeper_key(person)
    return key is not None and key in organisation_keys(user, APPROVERS)


# The personal-data check -----------------------------------------------------------------
#
# A finding of personal data holds a page back from approval and publication; an approver
# of the organisation whose network holds the page may let it through with a written
# reason, as may an administrator.


def page_organisation_key(page):
    """The translation key of the organisation whose network holds ``page``, or None."""
    ancestors = page.get_ancestors(inclusive=True).order_by("-depth").specific()
    for ancestor in ancestors:
        organisation = getattr(ancestor, "organisation", None)
        if organisation is not None and hasattr(organisation, "translation_key"):
            return organisation.translation_key
    return None


def may_override_personal_data_finding(user, page):
    """Whether ``user`` may let ``page`` be published despite a personal-data finding."""
    if not user.is_active or not user.is_authenticated:
        return False
    if is_administrator(user):
        return True
    key = page_organisation_key(page)
    return key is not None and key in organisation_keys(user, APPROVERS)


def may_see_personal_data_report(user):
    """The findings of the whole live site, every organisation's: administrators only."""
    return is_administrator(user)


# Follow-ups of a network's decisions ------------------------------------------------------
#
# The editors and approvers of the organisation hosting a network keep its follow-ups up
# to date; nobody else changes them. The public reads them with the published minutes.


def may_keep_follow_ups(user):
    """Whether ``user`` keeps the follow-ups of any network at all."""
    return is_administrator(user) or (may_use_admin(user) and bool(register_keeper_keys(user)))


def may_keep_network_follow_ups(user, network):
    """Whether ``user`` keeps ``network``'s follow-ups: its organisation's editors, approvers."""
    if is_administrator(user):
        return True
    key = network.organisation.translation_key
    return may_use_admin(user) and key in register_keeper_keys(user)


def may_change_follow_up(user, follow_up):
    """Whether ``user`` may change ``follow_up``: its network organisation's keepers."""
    return may_keep_network_follow_ups(user, follow_up.network)


def may_delete_follow_up(user, follow_up):
    """Whether ``user`` may remove ``follow_up``: only an administrator.

    A follow-up is closed by reporting or dropping it, and its history is kept.
    """
    return is_administrator(user)


def follow_ups_kept_by(user, follow_ups):
    """Of ``follow_ups`` (a queryset), those ``user`` may change."""
    if is_administrator(user):
        return follow_ups
    if not may_use_admin(user):
        return follow_ups.none()
    return follow_ups.filter(network__organisation__translation_key__in=register_keeper_keys(user))


# Subscriptions by e-mail ----------------------------------------------------------------
#
# A message to subscribers is a public listing delivered to a mailbox: it names only what
# an anonymous reader may open, and only administrators see who subscribes.


def may_be_announced(page):
    """Whether ``page`` may be announced to subscribers: what a public listing may name.

    Live, under no view restriction, with text of its own (not an alias, not an
    unapproved translation), as an anonymous reader sees it.
    """
    return published(Page.objects.filter(pk=page.pk)).exists()


def may_keep_subscribers(user):
    """The subscribers' addresses, their export and erasure: administrators only."""
    return is_administrator(user)
