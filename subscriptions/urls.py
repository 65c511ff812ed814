"""The public addresses of subscriptions, translated: /prenumerera/, /en/subscribe/."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from subscriptions import views

urlpatterns = [
    path(pgettext_lazy("URL path", "subscribe/"), views.subscribe, name="subscriptions_subscribe"),
    path(
        pgettext_lazy("URL path", "subscribe/confirm/<str:value>/"),
        views.confirm,
        name="subscriptions_confirm",
    ),
    path(
        pgettext_lazy("URL path", "subscribe/manage/<str:value>/"),
        views.manage,
        name="subscriptions_manage",
    ),
    path(
        pgettext_lazy("URL path", "subscribe/unsubscribe/<str:value>/"),
        views.unsubscribe,
        name="subscriptions_unsubscribe",
    ),
]
