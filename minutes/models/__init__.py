# Django registers the models of an app when it imports the app's ``models`` module.
from minutes.models import follow_up, import_source, minutes_page  # noqa: F401
