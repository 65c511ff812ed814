"""Translations go live through the page's review, like any other change.

wagtail-localize's translation editor can only publish, which needs the "publish"
permission that nobody but administrators holds here. A translator therefore saves the
translation as a draft revision and submits that to the page's workflow; approval
publishes it. This can go once wagtail-localize submits translations to workflows itself.
"""

from wagtail.models import Page
from wagtail_localize.models import Translation


def translation_for(page):
    """The enabled wagtail-localize translation whose target is ``page``, if any."""
    if page.alias_of_id:
        return None
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .exclude(source__locale_id=page.locale_id)
        .select_related("source", "target_locale")
        .first()
    )


def can_submit_translation(page, user):
    return (
        not page.workflow_in_progress
        and page.permissions_for_user(user).can_edit()
        and page.get_workflow() is not None
        and translation_for(page) is not None
    )


def submit_translation_for_review(page, user):
    """Save the translated text as a draft of ``page`` and start the page's workflow."""
    translation_for(page).save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    page.get_workflow().start(page, user)
    return page
