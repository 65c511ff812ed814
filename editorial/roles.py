"""Editorial roles: per-organisation groups, their page permissions and their workflows.

Everything here is idempotent: it looks up what exists and adds only what is missing, so
``setup_roles`` can run on every deploy and the signals can call it on every new network.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from editorial.models import OrganisationRoles, PersonalDataCheckedTask
from networks.models.network_page import NetworkPage

# Editors draft and submit; approvers additionally lock and unlock. Nobody outside the
# administrators holds "publish": approval of the workflow is the only way to go live.
EDITOR_PAGE_PERMISSIONS = ("add", "change")
APPROVER_PAGE_PERMISSIONS = ("add", "change", "lock", "unlock")
TRANSLATOR_PAGE_PERMISSIONS = ("add", "change")

EDITOR_PERMISSIONS = (
    "wagtailadmin.access_admin",
    "networks.add_person",
    "networks.change_person",
    "networks.view_person",
    "networks.view_organisation",
)
TRANSLATOR_PERMISSIONS = (
    "wagtailadmin.access_admin",
    "wagtail_localize.submit_translation",
    "networks.view_person",
    "networks.view_organisation",
)
# Collections: everyone may choose existing media; editors add their own.
CHOOSE_MEDIA = ("wagtailimages.choose_image", "wagtaildocs.choose_document")
ADD_MEDIA = (
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
)


def get_permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permission(permission_type):
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(Page), codename=f"{permission_type}_page"
    )


def grant_page_permissions(group, page, permission_types):
    for permission_type in permission_types:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=page_permission(permission_type)
        )


def grant_collection_permissions(group, collection, permissions):
    for dotted in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=get_permission(dotted)
        )


def make_workflow(name, steps):
    """A workflow of group-approval steps, given as ``[(task name, [group, ...]), ...]``.

    Each step checks the page for personal data before it approves.
    """
    workflow = Workflow.objects.create(name=name)
    for sort_order, (task_name, groups) in enumerate(steps):
        task = PersonalDataCheckedTask.objects.create(name=task_name)
        task.groups.set(groups)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=sort_order)
    return workflow


def default_locale_version(organisation):
    default = Locale.get_default()
    if organisation.locale_id == default.pk:
        return organisation
    return organisation.get_translation_or_none(default) or organisation


def ensure_organisation_roles(organisation):
    """The editors and approvers groups and the two workflows of one organisation."""
    roles = OrganisationRoles.for_organisation(organisation)
    if roles is not None:
        return roles

    organisation = default_locale_version(organisation)
    label = organisation.display_name
    # Names are written once, in the site's default language; renaming them is harmless.
    with translation.override(settings.LANGUAGE_CODE):
        names = {"organisation": label}
        editors = Group.objects.create(name=_("%(organisation)s – editors") % names)
        approvers = Group.objects.create(name=_("%(organisation)s – approvers") % names)
        page_workflow = make_workflow(
            _("%(organisation)s – page review") % names,
            [(_("%(organisation)s – review") % names, [approvers])],
        )
        minutes_workflow = make_workflow(
            _("%(organisation)s – minutes") % names,
            [
                (_("%(organisation)s – adjustment") % names, [approvers]),
                (_("%(organisation)s – publication") % names, [approvers]),
            ],
        )
        collection = Collection.get_first_root_node().add_child(name=label)

    for group in (editors, approvers):
        group.permissions.add(*(get_permission(p) for p in EDITOR_PERMISSIONS))
        grant_collection_permissions(group, Collection.get_first_root_node(), CHOOSE_MEDIA)
        grant_collection_permissions(group, collection, ADD_MEDIA)

    return OrganisationRoles.objects.create(
        organisation_key=organisation.translation_key,
        editors=editors,
        approvers=approvers,
        page_workflow=page_workflow,
        minutes_workflow=minutes_workflow,
    )


def ensure_translators_group():
    with translation.override(settings.LANGUAGE_CODE):
        name = _("Translators")
    group, created = Group.objects.get_or_create(name=name)
    if created:
        group.permissions.add(*(get_permission(p) for p in TRANSLATOR_PERMISSIONS))
        grant_collection_permissions(group, Collection.get_first_root_node(), CHOOSE_MEDIA)
    return group


def is_subtree_root(network):
    """Whether permissions must be granted on this network rather than inherited."""
    parent = network.get_parent().specific
    return getattr(parent, "organisation_id", None) is None or (
        parent.organisation.translation_key != network.organisation.translation_key
    )


def grant_network(network):
    """Give the network's organisation its roles over the network and its subtree."""
    if not is_subtree_root(network):
        return
    roles = ensure_organisation_roles(network.organisation)
    grant_page_permissions(roles.editors, network, EDITOR_PAGE_PERMISSIONS)
    grant_page_permissions(roles.approvers, network, APPROVER_PAGE_PERMISSIONS)
    WorkflowPage.objects.get_or_create(page=network, defaults={"workflow": roles.page_workflow})


def grant_translators(root_page):
    """Translators write in every language but the default, from that language's root."""
    if root_page.locale_id == Locale.get_default().pk:
        return
    grant_page_permissions(ensure_translators_group(), root_page, TRANSLATOR_PAGE_PERMISSIONS)


def withdraw_publish_permissions():
    """Take "publish" from every group, Wagtail's stock Moderators included.

    A group holding it could publish any organisation's minutes past their workflow; the
    Moderators keep approving the pages outside the networks through the default workflow.
    """
    GroupPagePermission.objects.filter(permission=page_permission("publish")).delete()


# Wagtail's migrations create this workflow and its task with an English name.
STOCK_WORKFLOW_NAME = "Moderators approval"


def name_stock_workflow():
    """Give Wagtail's default workflow and its task a name in the site's language.

    Their names are shown inside translated sentences ("Submit to %(workflow)s"); left in
    English, a Swedish editor reads "Lämna in till Moderators approval".
    """
    with translation.override(settings.LANGUAGE_CODE):
        name = _("Moderators approval")
    Workflow.objects.filter(name=STOCK_WORKFLOW_NAME).update(name=name)
    GroupApprovalTask.objects.filter(name=STOCK_WORKFLOW_NAME).update(name=name)


@transaction.atomic
def setup_roles():
    """Create or complete every role; returns the organisations' roles."""
    withdraw_publish_permissions()
    name_stock_workflow()
    ensure_translators_group()
    for network in NetworkPage.objects.select_related("organisation").order_by("path"):
        grant_network(network)
    for root_page in Page.objects.filter(depth=2):
        grant_translators(root_page)
    keys = NetworkPage.objects.values("organisation__translation_key")
    return OrganisationRoles.objects.filter(organisation_key__in=keys).order_by("editors__name")


def organisation_keys_of(user, role):
    """The translation keys of the organisations whose ``role`` group ``user`` is in.

    ``role`` is "editors" or "approvers", the name of the group's field on the roles.
    """
    if role not in ("editors", "approvers"):
        return set()
    roles = OrganisationRoles.objects.filter(**{f"{role}__user": user})
    return set(roles.values_list("organisation_key", flat=True))


def minutes_workflow_for(page):
    """The two-step minutes workflow of the organisation whose network holds ``page``."""
    if not getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
        return None
    network = page.get_parent().specific
    organisation = getattr(network, "organisation", None)
    if organisation is None:
        return None
    roles = OrganisationRoles.for_organisation(organisation)
    if roles is None or not roles.minutes_workflow.active:
        return None
    return roles.minutes_workflow
