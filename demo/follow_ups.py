"""Follow-ups of the decisions in Utbildningschefsnätverket's minutes, one in every state.

A decision of March 2024 was reported back in May 2025; others are open, in progress,
dropped, or still a proposal of the import for the secretary to confirm.
"""

import datetime

from minutes.agenda import agenda_item_anchor
from minutes.models.follow_up import FollowUp, FollowUpKind, FollowUpState
from minutes.models.minutes_page import MinutesPage


def stored_item(page, number):
    """The id and value of agenda item ``number`` of ``page``."""
    for item in page.agenda.raw_data:
        if item.get("type") == "item" and item["value"].get("number") == number:
            return item["id"], item["value"]
    return "", {}


def minutes_of(network, date):
    return MinutesPage.objects.child_of(network).get(meeting_date=date)


def follow_up_specs(network, organisations, people):
    """``(minutes, item number, clause, fields)`` of each demo follow-up."""
    spring_2024 = minutes_of(network, datetime.date(2024, 3, 15))
    spring_2025 = minutes_of(network, datetime.date(2025, 5, 16))
    spring_2026 = minutes_of(network, datetime.date(2026, 4, 17))
    autumn_2026 = minutes_of(network, datetime.date(2026, 9, 25))
    report_id, report_value = stored_item(spring_2025, 3)
    return [
        (
            spring_2024,
            1,
            "att GR tar fram ett gemensamt underlag för regionen och återrapporterar det till "
            "nätverket",
            {
                "kind": FollowUpKind.REPORT_BACK,
                "responsible_organisation": organisations["gr"],
                "due_date": datetime.date(2024, 10, 31),
                "state": FollowUpState.REPORTED,
                "reported_in": spring_2025,
                "reported_item_id": report_id,
                "reported_anchor": agenda_item_anchor(report_value),
            },
        ),
        (
            spring_2025,
            1,
            "att utbudet stäms av med vuxenutbildningsnätverket i november",
            {
                "kind": FollowUpKind.REPORT_BACK,
                "responsible_person": people["gr-secretary"],
                "due_date": datetime.date(2025, 11, 30),
                "state": FollowUpState.IN_PROGRESS,
            },
        ),
        (
            spring_2026,
            1,
            "Samtalet fortsätter vid internatet i september.",
            {
                "kind": FollowUpKind.REPORT_BACK,
                "responsible_person": people["gr-head"],
                "due_next_meeting": True,
                "state": FollowUpState.DROPPED,
                "dropped_reason": (
                    "Samtalet förs vidare i arbetet med den regionala planen för "
                    "kompetensförsörjning."
                ),
            },
        ),
        (
            autumn_2026,
            2,
            "att planeringen och dimensioneringen av det regionala utbildningsutbudet "
            "följs upp löpande, och att nätverket en gång om året får veta hur utbudet "
            "anpassas till olika målgrupper",
            {
                "kind": FollowUpKind.YEARLY_REPORT,
                "responsible_organisation": organisations["gr"],
                "due_date": datetime.date(2027, 9, 30),
                "state": FollowUpState.OPEN,
            },
        ),
        (
            autumn_2026,
            4,
            "Enkätsvaren sammanställs till mötet den 11 december.",
            {
                "kind": FollowUpKind.REPORT_BACK,
                "responsible_organisation": organisations["gr"],
                "due_meeting_date": datetime.date(2026, 12, 11),
                "state": FollowUpState.OPEN,
            },
        ),
        (
            autumn_2026,
            7,
            "Frågan återkommer till nätverket vid internatet i februari 2027.",
            {"kind": FollowUpKind.REPORT_BACK, "state": FollowUpState.PROPOSED},
        ),
    ]


def ensure_follow_ups(report, network, organisations, people):
    """Each demo follow-up, created once: it is known by its minutes and its clause."""
    for minutes, number, clause, fields in follow_up_specs(network, organisations, people):
        existing = FollowUp.objects.filter(minutes=minutes, clause=clause).first()
        if existing is not None:
            report.present(existing, str(existing))
            continue
        item_id, value = stored_item(minutes, number)
        follow_up = FollowUp.objects.create(
            network=network,
            minutes=minutes,
            item_id=item_id,
            anchor=agenda_item_anchor(value),
            heading=value.get("heading", "")[:255],
            clause=clause,
            **fields,
        )
        if follow_up.state != FollowUpState.PROPOSED:
            follow_up.log_state(None)
        report.created(follow_up, str(follow_up))
