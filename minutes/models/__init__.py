from .minutes_page import MinutesAttendee, MinutesPage

__all__ = ["MinutesAttendee", "MinutesPage"]
