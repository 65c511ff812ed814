from .import_source import ImportSource
from .minutes_page import MinutesAttendee, MinutesPage

__all__ = ["ImportSource", "MinutesAttendee", "MinutesPage"]
