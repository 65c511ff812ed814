from django import template

from subscriptions.forms import SubscribeForm

register = template.Library()


@register.inclusion_tag("subscriptions/includes/subscribe_form.html")
def subscribe_form(network=None, heading_id="subscribe"):
    """The "Subscribe" form for ``network``'s news, or every network's when it is None.

    It carries no CSRF token, so that the page around it may be cached for everyone: the
    subscribe view checks the request's origin instead (subscriptions.views).
    """
    initial = {**SubscribeForm().initial, "network": network.pk if network else None}
    return {
        "form": SubscribeForm(initial=initial, auto_id=f"{heading_id}-%s"),
        "network": network,
        "heading_id": heading_id,
    }
