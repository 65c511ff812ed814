"""The Content-Security-Policy: strict on the public site, looser in the Wagtail admin."""

from csp.middleware import CSPMiddleware
from django.conf import settings


def is_admin_path(path):
    return path.startswith(tuple(settings.CONTENT_SECURITY_POLICY_ADMIN_PREFIXES))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing the policy by path.

    The public site gets ``CONTENT_SECURITY_POLICY``, always with a nonce, so that a script
    element a template adds runs only with ``nonce="{{ request.csp_nonce }}"``. The Wagtail
    admin, its previews included, gets ``CONTENT_SECURITY_POLICY_ADMIN``: its editor still
    relies on inline scripts and styles.

    A preview is rendered by Wagtail through the whole middleware stack a second time, on a
    dummy request for the page's own address (``request.is_dummy``); its response must get
    the admin's policy too, or its ``frame-ancestors 'none'`` keeps the preview panel empty.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if is_admin_path(request.path_info) or getattr(request, "is_dummy", False):
            if parts.config is None:
                parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN
        else:
            parts.nonce = self._make_nonce(request)
        return parts
