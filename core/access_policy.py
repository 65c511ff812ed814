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
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, PagePermissionTester
from wagtail.permissions import policy_registry

# Page permissions that open a part of the tree to an editor in the admin explorer.
EXPLORE_ACTIONS = {"add", "change", "publish", "lock", "unlock", "bulk_delete"}


def private_collection_ids():
    """Collections under a view restriction, with all their descendants; two queries."""
    paths = set(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    if not paths:
        return set()
    under_a_restriction = reduce(or_, (Q(path__startswith=path) for path in paths))
    return set(Collection.objects.filter(under_a_restriction).values_list("pk", flat=True))


def prefetch_view_restrictions(documents):
    """Note on each document the view restrictions over its collection.

    For ``may_view_document`` on a page listing many documents: two queries for them all,
    one when nothing is restricted.
    """
    documents = [document for document in documents if document is not None]
    restrictions = list(
        CollectionViewRestriction.objects.select_related("collection").prefetch_related("groups")
    )
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


def choosable_documents(user, documents):
    """Of ``documents`` (those Wagtail lets ``user`` choose), the ones to offer them.

    A document in a private collection is offered only to those who may add or change the
    documents of its collection, its own organisation's editors.
    """
    if user.is_active and user.is_superuser:
        return documents
    policy = policy_registry.get_by_type(get_document_model())
    own = policy.collections_user_has_any_permission_for(user, ["add", "change"])
    refused = private_collection_ids() - set(own.values_list("pk", flat=True))
    return documents.exclude(collection_id__in=refused)


def choosable_pages(user, pages):
    """Of ``pages``, the ones to show ``user`` in the page chooser.

    The pages they may work on (with the way down to them, as the admin explorer shows
    them) and every live, public page: another organisation's drafts and private pages
    are not even named.
    """
    if user.is_active and user.is_superuser:
        return pages
    visible = Q(live=True) & ~Page.objects.private_q()
    policy = policy_registry.get_by_type(Page)
    for permission in policy.get_cached_permissions_for_user(user):
        if permission.permission.codename in {f"{action}_page" for action in EXPLORE_ACTIONS}:
            visible |= Page.objects.descendant_of_q(permission.page, inclusive=True)
            visible |= Page.objects.ancestor_of_q(permission.page)
    return pages.filter(visible)


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
