from .choices import MeetingKind, NetworkRole, OrganisationKind
from .conference_page import (
    ConferenceContact,
    ConferenceIndexPage,
    ConferencePage,
    ConferencePageTag,
)
from .contact_page import ContactIndexPage
from .network_page import (
    NetworkContact,
    NetworkIndexPage,
    NetworkMeeting,
    NetworkMember,
    NetworkPage,
)
from .register import Organisation, Person

__all__ = [
    "ConferenceContact",
    "ConferenceIndexPage",
    "ConferencePage",
    "ConferencePageTag",
    "ContactIndexPage",
    "MeetingKind",
    "NetworkContact",
    "NetworkIndexPage",
    "NetworkMeeting",
    "NetworkMember",
    "NetworkPage",
    "NetworkRole",
    "Organisation",
    "OrganisationKind",
    "Person",
]
