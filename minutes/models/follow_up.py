"""What a network promised in its minutes, and where the promise stands.

A follow-up belongs to one decision clause or one "återkommer" sentence of a minutes
page's agenda item. It is kept apart from the page's revisions: its state changes as the
work goes on, long after the minutes were published, and without publishing them again.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from minutes.agenda import list_block_values


class FollowUpKind(models.TextChoices):
    REPORT_BACK = "report_back", _("Report back")
    PROPOSAL = "proposal", _("Return with a proposal")
    YEARLY_REPORT = "yearly_report", _("Yearly report")


class FollowUpState(models.TextChoices):
    # Proposed by the import of a minutes file; an editor confirms it by opening it.
    PROPOSED = "proposed", pgettext_lazy("follow-up state", "Proposed, not yet confirmed")
    OPEN = "open", pgettext_lazy("follow-up state", "Open")
    IN_PROGRESS = "in_progress", pgettext_lazy("follow-up state", "In progress")
    REPORTED = "reported", pgettext_lazy("follow-up state", "Reported")
    DROPPED = "dropped", pgettext_lazy("follow-up state", "Dropped")


# Still owed: these are carried to the agenda and shown as open follow-ups.
PENDING_STATES = (FollowUpState.OPEN, FollowUpState.IN_PROGRESS)


class FollowUp(models.Model):
    """A promise made at a meeting: who owes it, by when, and where it stands."""

    network = models.ForeignKey(
        "networks.NetworkPage",
        verbose_name=_("network"),
        on_delete=models.CASCADE,
        related_name="follow_ups",
    )
    minutes = models.ForeignKey(
        "minutes.MinutesPage",
        verbose_name=_("decided in"),
        on_delete=models.CASCADE,
        related_name="follow_ups",
    )
    # The agenda item's block id: the anchor changes when items are renumbered.
    item_id = models.CharField(max_length=64, blank=True, editable=False)
    anchor = models.CharField(_("item anchor"), max_length=255, blank=True)
    heading = models.CharField(_("item heading"), max_length=255, blank=True)
    clause = models.TextField(
        _("decision"), help_text=_("The clause or sentence that promises the follow-up.")
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=FollowUpKind.choices, default=FollowUpKind.REPORT_BACK
    )
    state = models.CharField(
        _("state"),
        max_length=20,
        choices=FollowUpState.choices,
        default=FollowUpState.OPEN,
        db_index=True,
    )
    responsible_person = models.ForeignKey(
        "networks.Person",
        verbose_name=_("responsible person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    responsible_organisation = models.ForeignKey(
        "networks.Organisation",
        verbose_name=_("responsible organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    responsible_network = models.ForeignKey(
        "networks.NetworkPage",
        verbose_name=_("responsible sub-network"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    due_date = models.DateField(_("due by"), null=True, blank=True)
    due_next_meeting = models.BooleanField(
        _("due at the next meeting"),
        default=False,
        help_text=_("Due at the network's first meeting after the decision."),
    )
    due_meeting_date = models.DateField(
        _("due at the meeting on"),
        null=True,
        blank=True,
        help_text=_("The date of a meeting in the network's schedule."),
    )
    reported_in = models.ForeignKey(
        "minutes.MinutesPage",
        verbose_name=_("reported in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reported_follow_ups",
        help_text=_("The minutes where it was, or is to be, reported."),
    )
    reported_item_id = models.CharField(max_length=64, blank=True, editable=False)
    reported_anchor = models.CharField(_("reported at item"), max_length=255, blank=True)
    dropped_reason = models.TextField(_("reason for dropping"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["minutes__meeting_date", "pk"]

    def __str__(self):
        return self.clause[:80]

    def clean(self):
        errors = {}
        if self.due_next_meeting and self.due_meeting_date:
            errors["due_meeting_date"] = _("Choose the next meeting or a named one, not both.")
        if self.state == FollowUpState.DROPPED and not self.dropped_reason.strip():
            errors["dropped_reason"] = _("Say why the follow-up is dropped.")
        if self.state == FollowUpState.REPORTED and not self.reported_in_id:
            errors["reported_in"] = _("Choose the minutes where it was reported.")
        if errors:
            raise ValidationError(errors)

    @property
    def responsible(self):
        """Who owes it: a person, an organisation or a sub-network; None if nobody is named."""
        return self.responsible_person or self.responsible_organisation or self.responsible_network

    def responsible_key(self):
        """Names the responsible in a filter's query string: ``person-3``, ``network-7``."""
        for kind in ("person", "organisation", "network"):
            pk = getattr(self, f"responsible_{kind}_id")
            if pk:
                return f"{kind}-{pk}"
        return ""

    @property
    def is_pending(self):
        return self.state in PENDING_STATES

    def due_text(self):
        """When it is due, in words."""
        if self.due_meeting_date:
            return _("at the meeting on %(date)s") % {
                "date": date_format(self.due_meeting_date, "j F Y")
            }
        if self.due_next_meeting:
            return _("at the next meeting")
        if self.due_date:
            return _("by %(date)s") % {"date": date_format(self.due_date, "j F Y")}
        return ""

    def is_due_by(self, meeting_date):
        """Whether it is owed at the meeting on ``meeting_date``: due then, or overdue."""
        if not self.is_pending:
            return False
        if self.due_meeting_date:
            return self.due_meeting_date <= meeting_date
        if self.due_next_meeting:
            return self.minutes.meeting_date < meeting_date
        return self.due_date is not None and self.due_date <= meeting_date

    def change_state(self, state, user, *, note=""):
        """Set ``state``, save, and log who changed it and when; a no-op if it is unchanged."""
        if state == self.state:
            return None
        self.state = state
        self.save()
        return self.log_state(user, note=note)

    def log_state(self, user, *, note=""):
        return FollowUpEvent.objects.create(
            follow_up=self,
            state=self.state,
            user=user if user is not None and user.is_authenticated else None,
            note=note,
        )


class FollowUpEvent(models.Model):
    """One change of a follow-up's state: its history, decided to reported back."""

    follow_up = models.ForeignKey(
        FollowUp, verbose_name=_("follow-up"), on_delete=models.CASCADE, related_name="events"
    )
    state = models.CharField(_("state"), max_length=20, choices=FollowUpState.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("changed at"), default=timezone.now)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("change of a follow-up's state")
        verbose_name_plural = _("changes of follow-ups' states")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_state_display()} {self.at:%Y-%m-%d}"


def shown_on(follow_ups, pages, *, field="minutes"):
    """``follow_ups`` of ``pages`` (minutes pages of any locale), as ``(page, follow_up)``.

    A follow-up hangs on the minutes it was decided in, in the default language; each
    translation of those minutes, and each alias of them, shows it as its own. ``field``
    names the minutes the follow-up belongs to: ``minutes``, or ``reported_in``.
    """
    pages = list(pages)
    by_source = {}
    for page in pages:
        by_source.setdefault(page.translation_key, {})[page.pk] = page
        if page.alias_of_id:
            by_source.setdefault(page.alias_of_id, {})[page.pk] = page
    follow_ups = follow_ups.filter(
        Q(**{f"{field}__translation_key__in": [page.translation_key for page in pages]})
        | Q(**{f"{field}__in": [page.alias_of_id for page in pages if page.alias_of_id]})
    ).annotate(source_translation_key=F(f"{field}__translation_key"))
    for follow_up in follow_ups:
        found = {
            **by_source.get(follow_up.source_translation_key, {}),
            **by_source.get(getattr(follow_up, f"{field}_id"), {}),
        }
        for page in found.values():
            yield page, follow_up


def agenda_item_value(page, item_id):
    return next(
        (
            stored["value"]
            for stored in page.agenda.raw_data
            if item_id and stored.get("id") == item_id
        ),
        None,
    )


def worded_on(follow_up, page):
    """The item heading and clause of ``follow_up`` as ``page``, a translation, words them.

    The translation keeps the items' block ids and the order of their clauses; a sentence
    that is not one of the item's clauses keeps the words it was written in.
    """
    if page.pk == follow_up.minutes_id:
        return follow_up.heading, follow_up.clause
    shown = agenda_item_value(page, follow_up.item_id)
    source = agenda_item_value(follow_up.minutes, follow_up.item_id)
    if shown is None or source is None:
        return follow_up.heading, follow_up.clause
    wanted = follow_up.clause.strip().rstrip(".").casefold()
    source_clauses = list_block_values(source.get("decisions"))
    shown_clauses = list_block_values(shown.get("decisions"))
    index = next(
        (
            n
            for n, clause in enumerate(source_clauses)
            if clause.strip().rstrip(".").casefold() == wanted
        ),
        None,
    )
    clause = follow_up.clause
    if index is not None and index < len(shown_clauses):
        clause = shown_clauses[index]
    return shown.get("heading") or follow_up.heading, clause


def open_follow_ups(minutes, *, in_default_language=False):
    """The follow-ups still owed on decisions of ``minutes`` (a queryset of minutes pages).

    Each knows the page of ``minutes`` it is shown on as ``shown_in``: in a translated
    network, the translation of the minutes it was decided in. Minutes in the default
    language are those the follow-ups hang on, so they need no reading of their own.
    """
    follow_ups = (
        FollowUp.objects.filter(state__in=PENDING_STATES)
        .select_related(
            "minutes",
            "responsible_person",
            "responsible_organisation__parent",
            "responsible_network",
        )
        .order_by("minutes__meeting_date", "pk")
    )
    if in_default_language:
        found = list(follow_ups.filter(minutes__in=minutes.values("pk")))
        for follow_up in found:
            follow_up.shown_in = follow_up.minutes
            follow_up.shown_heading, follow_up.shown_clause = follow_up.heading, follow_up.clause
        return found
    found = {}
    for page, follow_up in shown_on(follow_ups, minutes.defer("opening", "closing")):
        follow_up.shown_in = page
        follow_up.shown_heading, follow_up.shown_clause = worded_on(follow_up, page)
        found.setdefault(follow_up.pk, follow_up)
    return list(found.values())


class FollowUpReminder(models.Model):
    """A reminder sent about a follow-up due at a meeting: one per follow-up and due date."""

    follow_up = models.ForeignKey(
        FollowUp, verbose_name=_("follow-up"), on_delete=models.CASCADE, related_name="reminders"
    )
    due_on = models.DateField(_("due on"))
    sent_to = models.EmailField(_("sent to"))
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        verbose_name = _("follow-up reminder")
        verbose_name_plural = _("follow-up reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["follow_up", "due_on"], name="one_reminder_per_follow_up_and_due_date"
            )
        ]

    def __str__(self):
        return f"{self.sent_to} {self.due_on:%Y-%m-%d}"
