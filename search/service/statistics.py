"""Counts of what visitors search for, for the report of popular and fruitless searches."""

import re

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import normalise_query_string

from search.models import SearchQueryDay

# Crawlers follow search links too; their visits say nothing about what readers look for.
ROBOT = re.compile(r"bot|crawl|spider|slurp|preview|fetch|monitor", re.IGNORECASE)


def is_robot(request):
    return bool(ROBOT.search(request.headers.get("user-agent", "")))


def record_search(text, language, results):
    """Count one search for ``text`` today, with the number of results it found.

    The update-then-create is safe against two visitors searching the same words at once:
    the loser of the race for the unique row updates it instead.
    """
    query = normalise_query_string(text)[: SearchQueryDay._meta.get_field("query").max_length]
    if not query:
        return
    today = timezone.localdate()
    day = SearchQueryDay.objects.filter(query=query, language=language, date=today)
    if not day.update(hits=F("hits") + 1, results=results):
        try:
            with transaction.atomic():
                SearchQueryDay.objects.create(
                    query=query, language=language, date=today, hits=1, results=results
                )
        except IntegrityError:
            day.update(hits=F("hits") + 1, results=results)
    # Wagtail's own count, which its search promotions screen offers as popular queries.
    Query.get(query).add_hit(date=today)
