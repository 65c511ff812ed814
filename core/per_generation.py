"""Values that change only when content changes, kept by each process until it does.

The site, its root page in each language, the menu, the footer's links: every page shows
them and every page read them again. They are kept here, in the process, under the page
cache's generation token (``core.models.PageCacheGeneration``), which every change to
content replaces (``core.cache_invalidation``). A request reads the token once; a process
that sees a new token forgets everything it kept, so a publish through another worker
reaches this one at its next request. A change made in this process forgets at once
(``forget``, connected to the same signals), so a rolled-back change leaves nothing behind.

Kept values are shared by the requests a process serves: they are never changed in place.
"""

import threading
from contextlib import contextmanager
from contextvars import ContextVar

from core.models import PageCacheGeneration

GENERATION_ATTRIBUTE = "_samverkan_generation"

_lock = threading.Lock()
_kept = {}
_kept_token = [None]
# The request being served, whose token a value kept without one in hand is checked against.
_serving = ContextVar("per_generation_request", default=None)


@contextmanager
def serving(request):
    reset = _serving.set(request)
    try:
        yield
    finally:
        _serving.reset(reset)


def generation(request=None):
    """The page cache's generation token, read once per request."""
    request = request if request is not None else _serving.get()
    token = getattr(request, GENERATION_ATTRIBUTE, None)
    if token is None:
        token = PageCacheGeneration.current()
        if request is not None:
            setattr(request, GENERATION_ATTRIBUTE, token)
    return token


def remember_token(request, token):
    """Spare the request a second read of a token already read (the page cache's)."""
    setattr(request, GENERATION_ATTRIBUTE, token)


def kept(key, compute, request=None):
    """``compute()``, computed once per generation and process for each ``key``."""
    token = generation(request)
    with _lock:
        if _kept_token[0] != token:
            _kept.clear()
            _kept_token[0] = token
        if key in _kept:
            return _kept[key]
    value = compute()
    with _lock:
        if _kept_token[0] == token:
            _kept[key] = value
    return value


def forget(**kwargs):
    """Drop everything kept: content changed in this process."""
    with _lock:
        _kept.clear()
        _kept_token[0] = None
