"""A real SMTP server for the tests (aiosmtpd), on a free port of the loopback address.

Django's SMTP backend sends to it as to any mail server; the messages it accepted are
kept, parsed, in the order they arrived. A message is stored before the server answers
the client, so whatever ``send()`` returned for is already here.
"""

import email
import email.policy
import logging
import socket

from aiosmtpd.controller import Controller


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Mailbox:
    def __init__(self):
        self.messages = []
        # Addresses refused, as a server refuses a mailbox it does not know; the test sets it.
        self.refused = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return "550 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        message.recipients = list(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 Message accepted for delivery"

    def to(self, address):
        return [message for message in self.messages if address in message.recipients]


class SMTPServer:
    """Started and stopped by the test; ``settings()`` points Django's e-mail at it."""

    def __init__(self):
        self.mailbox = Mailbox()
        self.port = free_port()
        self.controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)

    def __enter__(self):
        # aiosmtpd logs every connection at INFO.
        logging.getLogger("mail.log").setLevel(logging.WARNING)
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.stop()

    def stop(self):
        """Stop answering, as a mail server that is down; the test may stop it early."""
        if self.controller.loop.is_running():
            self.controller.stop()

    def settings(self):
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": self.port,
            "EMAIL_USE_TLS": False,
            "EMAIL_HOST_USER": "",
            "EMAIL_HOST_PASSWORD": "",
        }

    @property
    def messages(self):
        return self.mailbox.messages

    def refuse(self, address):
        self.mailbox.refused.add(address)

    def to(self, address):
        return self.mailbox.to(address)


def text_of(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def html_of(message):
    return message.get_body(preferencelist=("html",)).get_content()
