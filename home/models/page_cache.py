"""The page cache's generation, shared by every worker through the database."""

import uuid

from django.db import models


class PageCacheGeneration(models.Model):
    """One row whose token names the current generation of cached pages.

    Cached pages are keyed by the token, so a new token empties the cache of every worker
    at once, even when each keeps its pages in its own memory. The token is random rather
    than a counter: after a rollback (a failed publish, a test) a counter would return to
    a number whose pages are still in the cache.
    """

    token = models.CharField(max_length=32, default="")

    class Meta:
        verbose_name = "page cache generation"

    def __str__(self):
        return self.token

    @classmethod
    def current(cls):
        # Before the first change there is no row; reading never writes.
        return cls.objects.filter(pk=1).values_list("token", flat=True).first() or "initial"

    @classmethod
    def advance(cls):
        token = uuid.uuid4().hex
        if not cls.objects.filter(pk=1).update(token=token):
            cls.objects.get_or_create(pk=1, defaults={"token": token})
        return token
