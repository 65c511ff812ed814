"""The Content-Security-Policy nonce of a request, as django-csp keeps it."""


def nonce_used(request):
    """The nonce django-csp put in this request's response header, or None if it put none.

    Relies on django-csp's ``request._csp_nonce``, where ``CSPMiddleware`` keeps the nonce
    once made. Reading the public ``request.csp_nonce`` would make one where none was
    used, and after the response it raises ``CSPNonceError`` where none was.
    """
    return getattr(request, "_csp_nonce", None)


def use_nonce(request, nonce):
    """Make ``nonce`` the one django-csp gives this request, in its header and templates.

    Relies on ``request._csp_nonce``, which ``CSPMiddleware._make_nonce`` returns when it is
    set; django-csp has no public way to choose the nonce.
    """
    request._csp_nonce = nonce
