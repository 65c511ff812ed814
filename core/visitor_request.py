"""A page fetched by the site itself as an anonymous visitor would fetch it.

Work done ahead for the public, such as making a PDF that a first reader would otherwise
wait for, goes through the same middleware, routing and access checks as that reader's
request: no session, no user, the host and scheme of the page's site.
"""

from io import BytesIO
from urllib.parse import unquote, urlsplit

from django.core.handlers.wsgi import WSGIHandler, WSGIRequest


def get_as_visitor(url):
    """The response to an anonymous GET of the absolute ``url``."""
    parts = urlsplit(url)
    secure = parts.scheme == "https"
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": unquote(parts.path) or "/",
        "QUERY_STRING": parts.query,
        "SERVER_NAME": parts.hostname,
        "SERVER_PORT": str(parts.port or (443 if secure else 80)),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": parts.netloc,
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": parts.scheme or "http",
        "wsgi.input": BytesIO(),
        "wsgi.errors": BytesIO(),
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    return WSGIHandler().get_response(WSGIRequest(environ))
