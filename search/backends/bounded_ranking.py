"""How many matches a database search ranks, so that a common word costs little to rank.

Both databases score a match as they read it (``bm25()`` in SQLite, ``ts_rank()`` in
PostgreSQL), so a word in tens of thousands of minutes was scored for each of them to give
a thousand results: a third of a second on SQLite and more than a second on PostgreSQL at
100,000 minutes. A search therefore ranks at most ``SEARCH_MAX_RANKED`` (a setting) of its
matches: those indexed last, which each database reads newest first without sorting, and
as many again of the older matches with the words in their titles, which would otherwise be
lost among the newer pages. A search with fewer matches ranks them all, as before. The
searches that reach the bound find words most of the archive uses; their best results come
from its newer part, where readers look first, and another word narrows the search enough
to rank the whole archive again.

The backends' query compilers give the ranking (``ranking()``: ``(key, score)`` pairs,
best first, or None when modelsearch's own path should answer); ``RankedResultsMixin``
reads the objects of the slice asked for by key.
"""

from django.conf import settings


def max_ranked():
    # At least one: the older title matches are found below the last match read.
    return max(settings.SEARCH_MAX_RANKED, 1)


def best_first(scored, *, lower_is_better):
    """``(key, score)`` pairs ordered by the best score, then by the newest key."""
    sign = 1 if lower_is_better else -1
    return sorted(scored, key=lambda pair: (sign * pair[1], -pair[0]))


class RankedResultsMixin:
    """Search results read from the compiler's ranking, the objects by primary key."""

    def ranking(self):
        compiler = self.query_compiler
        # The autocomplete's compiler may rank in modelsearch's own way.
        if not compiler.order_by_relevance or not hasattr(compiler, "ranking"):
            return None
        return compiler.ranking(compiler.get_config(self.backend))

    def _do_search(self):
        ranked = self.ranking()
        if ranked is None:
            return super()._do_search()
        ranked = ranked[self.start : self.stop]
        queryset = self.query_compiler.queryset
        objects = {obj.pk: obj for obj in queryset.filter(pk__in=[key for key, _ in ranked])}
        results = []
        for key, score in ranked:
            obj = objects.get(key)
            if obj is not None:
                if self._score_field:
                    setattr(obj, self._score_field, score)
                results.append(obj)
        return results

    def _do_count(self):
        """As many as the ranking gives, so that a count never promises a page of results
        that the search cannot give."""
        ranked = self.ranking()
        if ranked is None:
            return super()._do_count()
        return len(ranked[self.start : self.stop])

    def primary_keys(self):
        """The results' primary keys, best first, without reading the objects."""
        ranked = self.ranking()
        if ranked is None:
            return [obj.pk for obj in self]
        return [key for key, _score in ranked[self.start : self.stop]]
