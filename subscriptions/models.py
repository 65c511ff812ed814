"""Who follows which network by e-mail, without an account, and what was announced.

An address is kept only for its subscriptions: it is deleted with them when its owner
unsubscribes, and after a week if it is never confirmed. Nothing else is known of it.
"""

import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

LANGUAGE_CHOICES = [("sv", _("Swedish")), ("en", _("English"))]


def new_token():
    return secrets.token_urlsafe(32)


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("At once, one message each time")
    DIGEST = "digest", _("Once a day, in one message")


class Kind(models.TextChoices):
    MINUTES = "minutes", _("New minutes")
    CONFERENCES = "conferences", _("Conferences")
    FOLLOW_UPS = "follow_ups", _("Decisions followed up and reported back")


class Subscriber(models.Model):
    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES)
    frequency = models.CharField(
        _("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.IMMEDIATE
    )
    # The secret its links carry (signed); a new one would void every link sent.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, editable=False)
    # Where the next daily digest starts.
    digest_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["email"]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self):
        return self.email

    @property
    def confirmed(self):
        return self.confirmed_at is not None


class Subscription(models.Model):
    """One network followed by a subscriber, or every network when ``network`` is empty."""

    subscriber = models.ForeignKey(
        Subscriber,
        verbose_name=_("subscriber"),
        on_delete=models.CASCADE,
        related_name="subscriptions",
    )
    network = models.ForeignKey(
        "networks.NetworkPage",
        verbose_name=_("network"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Empty: every network."),
    )
    minutes = models.BooleanField(Kind.MINUTES.label, default=True)
    conferences = models.BooleanField(Kind.CONFERENCES.label, default=True)
    follow_ups = models.BooleanField(Kind.FOLLOW_UPS.label, default=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "network"], name="one_subscription_per_network"
            ),
            models.UniqueConstraint(
                fields=["subscriber"],
                condition=models.Q(network__isnull=True),
                name="one_subscription_to_every_network",
            ),
        ]

    def __str__(self):
        return str(self.network or _("Every network"))

    @property
    def kinds(self):
        return [kind for kind in Kind.values if getattr(self, kind)]

    def set_kinds(self, kinds):
        for kind in Kind.values:
            setattr(self, kind, kind in kinds)


class Announcement(models.Model):
    """A page announced to its subscribers: once, on its first publication.

    The daily digest collects the announcements made since a subscriber's last one.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", editable=False
    )
    network = models.ForeignKey(
        "networks.NetworkPage", on_delete=models.CASCADE, related_name="+", editable=False
    )
    kinds = models.JSONField(default=list, editable=False)
    created_at = models.DateTimeField(default=timezone.now, db_index=True, editable=False)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("announcement")
        verbose_name_plural = _("announcements")

    def __str__(self):
        return str(self.page)
