# Django registers the models of an app when it imports the app's ``models`` module.
from networks.models import (  # noqa: F401
    conference_page,
    contact_page,
    directory,
    network_page,
)
