"""The page cache's generation, shared by every worker through the database."""

import uuid

from django.db import connections, models, router


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
        # Kept from when the model belonged to the home app, so existing sites keep their row.
        db_table = "home_pagecachegeneration"

    def __str__(self):
        return self.token

    @classmethod
    def current(cls):
        """The token; read on every request the page cache answers, so in plain SQL.

        Built by the ORM, this one-row query cost more than the rest of serving a cached
        page. Before the first change there is no row; reading never writes.
        """
        connection = connections[router.db_for_read(cls)]
        table = connection.ops.quote_name(cls._meta.db_table)
        token = connection.ops.quote_name(cls._meta.get_field("token").column)
        key = connection.ops.quote_name(cls._meta.pk.column)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {token} FROM {table} WHERE {key} = %s", [1])  # noqa: S608
            row = cursor.fetchone()
        return (row[0] if row else "") or "initial"

    @classmethod
    def advance(cls):
        token = uuid.uuid4().hex
        if not cls.objects.filter(pk=1).update(token=token):
            cls.objects.get_or_create(pk=1, defaults={"token": token})
        return token


class UntranslatedText(models.Model):
    """A page that still shows the text of the page it translates, until that is approved.

    Starting a translation turns an alias into a page of its own holding its source's text;
    the row says so until a revision of the page is published, the translation's approval.
    Its absence is the rule: a page's text is in its own language.
    """

    page = models.OneToOneField(
        "wagtailcore.Page",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="untranslated_text",
    )
    text_locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="The language the page's text is still written in.",
    )
    since = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "untranslated text"

    def __str__(self):
        return f"{self.page_id} ({self.text_locale_id})"
