"""Shorthands for conference programmes, quotes and references."""

import datetime
from zoneinfo import ZoneInfo

# Conferences are given in Swedish local time whatever the server's time zone.
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def local(moment: str) -> datetime.datetime:
    """An aware datetime from "YYYY-MM-DD HH:MM" in Swedish time."""
    return datetime.datetime.fromisoformat(moment).replace(tzinfo=STOCKHOLM)


def speaker(name, title="", organisation=""):
    return {"name": name, "title": title, "organisation": organisation}


def programme_item(day, start, end, title, *speakers, description=""):
    return (
        "item",
        {
            "day": datetime.date.fromisoformat(day),
            "start_time": datetime.time.fromisoformat(start) if start else None,
            "end_time": datetime.time.fromisoformat(end) if end else None,
            "title": title,
            "speakers": list(speakers),
            "description": description,
        },
    )


def quote(text, name, role):
    return ("quote", {"text": text, "name": name, "role": role})


def reference(title, description=""):
    return ("reference", {"title": title, "description": description, "url": ""})
