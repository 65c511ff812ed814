"""gunicorn's configuration: ``gunicorn -c config/gunicorn.conf.py config.wsgi``.

Every value can be changed from the environment; the defaults suit a small server behind
a reverse proxy on the same machine (docs/deployment.md).
"""

import gc
import json
import os

from gunicorn.glogging import Logger

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Synchronous workers: pages are rendered by CPU-bound Python, one process per core.
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
# A worker is replaced after this many requests (with jitter, so not all at once), which
# bounds the memory a long-running worker can gather. Not much sooner: a new worker starts
# with an empty page cache when the pages are kept in local memory rather than Redis, and
# a worker serving cached pages answers a thousand requests a second.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = max_requests // 10
# Loading the application before forking shares its memory between the workers.
preload_app = True


def when_ready(server):
    """Before the workers are forked: move the loaded application out of the collector's way.

    Frozen objects are never scanned by the garbage collector, so a worker's collections
    cover only what its requests allocate (shorter pauses, fewer slow requests), and the
    pages of memory the workers share with the master are not copied by being touched.
    """
    gc.freeze()


# The proxy's address, whose X-Forwarded-* headers gunicorn may believe.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")


class JsonAccessLogger(Logger):
    """One JSON object a line for each request, like the application's own log lines."""

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        atoms = self.atoms(resp, req, environ, request_time)
        fields = {
            "logger": "gunicorn.access",
            "remote": atoms["h"],
            "method": atoms["m"],
            "path": atoms["U"],
            "query": atoms["q"],
            "status": int(atoms["s"]),
            "bytes": atoms["B"],
            "duration_ms": atoms["M"],
            "user_agent": atoms["a"],
        }
        self.access_log.info(json.dumps(fields, ensure_ascii=False))


# Access and error logs go to standard output and standard error, for the journal;
# GUNICORN_ACCESS_LOG= (empty) turns the access log off.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
logger_class = JsonAccessLogger
