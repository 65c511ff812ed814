"""E-mail sent by the task worker, tried again later when the mail server refuses it.

Subscriptions and the moderation workflow both send from tasks: a message that cannot be
sent (the server down or refusing) is queued again, ``retries`` times, the retry delay
apart; then the failure is logged and raised, so the task is recorded as failed and can
be seen in the admin's task results. Nothing is dropped without a trace.
"""

import datetime
import logging

from django.conf import settings
from django.utils import timezone

logger = logging.getLogger(__name__)


def send_or_retry(send, retry, attempt, **how):
    """Call ``send()``; on failure, ``retry(attempt + 1)`` (a task's ``enqueue``) or give up."""
    try:
        send()
    except OSError as error:  # smtplib's errors are OSErrors, as are refused connections
        retry_or_give_up(error, retry, attempt, **how)


def retry_or_give_up(error, retry, attempt, *, retries=None, log=logger, what="E-mail"):
    """After ``error`` on ``attempt``: queue ``retry(attempt + 1)``, or log it and raise it."""
    retries = settings.MAIL_RETRIES if retries is None else retries
    if attempt > retries:
        log.error("%s not sent after %d attempts", what, attempt, exc_info=error)
        raise error
    log.warning("%s not sent, attempt %d; trying again", what, attempt)
    retry(attempt + 1)


def later(task_function, seconds=None):
    """``task_function``, to run after the retry delay where the backend can wait."""
    if not task_function.get_backend().supports_defer:
        return task_function
    seconds = settings.MAIL_RETRY_SECONDS if seconds is None else seconds
    return task_function.using(run_after=timezone.now() + datetime.timedelta(seconds=seconds))
