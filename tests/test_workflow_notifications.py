"""Wagtail's workflow e-mail receivers are replaced by ones that queue a task.

Were both connected, every approver would get each message twice, once from inside the
request; the replacement rests on the ``dispatch_uid``s Wagtail connects its notifiers
under, which these tests check against Wagtail itself.
"""

from wagtail.admin.mail import Notifier
from wagtail.admin.signal_handlers import register_signal_handlers

from editorial.notifications import WAGTAIL_RECEIVERS, queue_notification


def connected(signal, sender):
    sync_receivers, async_receivers = signal._live_receivers(sender)
    return [*sync_receivers, *async_receivers]


def test_only_the_queueing_receiver_answers_the_workflow_signals():
    for signal, sender, _uid in WAGTAIL_RECEIVERS:
        receivers = connected(signal, sender)
        assert queue_notification in receivers
        assert not any(isinstance(receiver, Notifier) for receiver in receivers)


def test_wagtail_connecting_its_notifiers_again_changes_nothing():
    # As when Wagtail's admin app is ready after the editorial app: its uids are taken.
    register_signal_handlers()
    for signal, sender, _uid in WAGTAIL_RECEIVERS:
        receivers = connected(signal, sender)
        assert receivers.count(queue_notification) == 1
        assert not any(isinstance(receiver, Notifier) for receiver in receivers)
