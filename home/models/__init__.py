# Django registers the models of an app when it imports the app's ``models`` module.
from home.models import pages, site_links  # noqa: F401
