"""``make run``'s command: migrate, load the demo and serve it, in one start of the site.

Started apart, the demo's loading and the server each paid the site's start (seconds on a
fresh environment, where the packages' bytecode is compiled on first import). The task
worker starts once the database is ready, beside the server and below it in priority, so
that pages come first; it stops when the server does. The server does not restart on code
changes: ``manage.py runserver`` is the one that does.
"""

import os
import signal
import subprocess
import sys

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.translation import gettext_lazy as _

DEFAULT_ADDRESS = "127.0.0.1:8000"
WORKER_NICENESS = 10


class Command(BaseCommand):
    @property
    def help(self):
        # A property: argparse needs a str, and the language is known only once it runs.
        return str(
            _(
                "Apply the migrations, load the demo content and serve the site with the "
                "task worker beside it, in one start of the site."
            )
        )

    def add_arguments(self, parser):
        parser.add_argument(
            "addrport",
            nargs="?",
            default=DEFAULT_ADDRESS,
            help=str(_("The address and port to serve on (default: %s).") % DEFAULT_ADDRESS),
        )

    def handle(self, *args, addrport, verbosity=1, **options):
        call_command("load_demo", migrate=True, verbosity=verbosity)
        worker = start_worker()
        # Stopped by a signal rather than Ctrl-C, the server stops the worker as well.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        try:
            # The checks ran as this command started; the reloader would start the site again.
            call_command("runserver", addrport, use_reloader=False, skip_checks=True)
        finally:
            worker.terminate()
            worker.wait()


def start_worker():
    """``manage.py db_worker`` in a process of its own, at a lower priority than the server."""
    worker = subprocess.Popen(  # noqa: S603 - this interpreter and this project's manage.py
        [sys.executable, sys.argv[0], "db_worker", "--interval", "1"]
    )
    os.setpriority(os.PRIO_PROCESS, worker.pid, WORKER_NICENESS)
    return worker
