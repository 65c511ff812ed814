"""Quiet logs for commands that save pages in bulk."""

import logging
from contextlib import contextmanager

# Each logs a line for every page saved or task run: thousands in a bulk command.
CHATTY_LOGGERS = ("wagtail", "django_tasks")


@contextmanager
def per_page_logging_held_back(verbosity=1):
    """Hold back the INFO lines Wagtail and the task runner log for every saved page.

    The commands report each object themselves; ``-v 3`` shows the underlying log too.
    """
    loggers = [logging.getLogger(name) for name in CHATTY_LOGGERS]
    levels = [logger.level for logger in loggers]
    if verbosity < 3:
        for logger in loggers:
            logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
