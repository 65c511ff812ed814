"""What the editor is told of the check's findings in the page editor."""

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from wagtail.admin import messages

from core.access_policy import may_override_personal_data_finding
from privacy.gate import overridden, page_findings

SHOWN = 10


def tell_editor(request, page, *, fresh=False):
    """Add a message listing the findings in the page's latest text, if there are any."""
    findings = page_findings(page, fresh=fresh)
    if not findings:
        return
    let_through = overridden(page)
    blocking = [f for f in findings if f.blocking and f.fingerprint not in let_through]
    items = format_html_join("", "<li>{}</li>", ((f.message,) for f in findings[:SHOWN]))
    more = len(findings) - SHOWN
    if more > 0:
        items += format_html("<li>{}</li>", _("… and %(count)s more.") % {"count": more})
    if blocking:
        heading = _(
            "Personal data found. The page cannot be approved or published until it is "
            "removed, or an approver lets it through with a reason:"
        )
    else:
        heading = _("Check these before the page is published:")
    buttons = []
    if blocking and may_override_personal_data_finding(request.user, page):
        url = reverse("privacy_override", args=[page.pk])
        buttons.append(messages.button(url, _("Let through with a reason")))
    send = messages.error if blocking else messages.warning
    send(request, format_html("{}<ul>{}</ul>", heading, items), buttons=buttons)
