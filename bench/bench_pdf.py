"""Time to make the PDF of the demo's largest minutes, made afresh and then from the cache.

Works on a throw-away SQLite database and media directory: migrates, loads the demo
(``manage.py load_demo``), picks the minutes page with the most agenda items, decisions
and attendees, and asks for its PDF (``<page>/pdf/``) through Django's test client as a
visitor would: the first request makes it with WeasyPrint, the next ones are served from
the cache. Then the PDF is made afresh ``BENCH_PDF_RUNS`` times (default 3) for the
median. ``BENCH_PDF_OUT`` names a file to save the PDF to, for looking at it.
"""

import io
import os
import statistics
import sys
import time
from io import StringIO
from pathlib import Path

from throwaway_site import out, throwaway_site

RUNS = int(os.environ.get("BENCH_PDF_RUNS", "3"))
OUT = os.environ.get("BENCH_PDF_OUT", "")


def size_of(minutes):
    """Agenda items, decisions and attendees: what makes a minutes document long."""
    items = [block for block in minutes.agenda if block.block_type == "item"]
    decisions = sum(len(item.value["decisions"]) for item in items)
    return len(items) + decisions + minutes.attendees.count()


def timed(function):
    started = time.perf_counter()
    result = function()
    return result, time.perf_counter() - started


def main():
    with throwaway_site("bench-pdf-"):
        from django.conf import settings
        from django.core.cache import cache
        from django.core.management import call_command
        from django.test import Client
        from django.test.utils import setup_test_environment
        from django.utils import translation
        from pypdf import PdfReader

        from minutes.models.minutes_page import MinutesPage
        from minutes.pdf import make_pdf, pdf_cache_key, public_reader

        settings.ALLOWED_HOSTS = ["*"]
        setup_test_environment()
        with translation.override("en"):
            call_command("load_demo", "--no-admin", stdout=StringIO())

        pages = MinutesPage.objects.live().public().filter(locale__language_code="sv")
        minutes = max(pages, key=size_of)
        url = f"{minutes.url}pdf/"
        out(f"Largest demo minutes: {minutes.title} ({url}), {size_of(minutes)} items")
        out("  (agenda items + decisions + attendees)")

        client = Client()
        cache.clear()
        first, first_seconds = timed(lambda: client.get(url))
        if first.status_code != 200 or cache.get(pdf_cache_key(minutes, "sv")) is None:
            sys.exit(f"No PDF kept for {url}: HTTP {first.status_code}")
        cached_seconds = [timed(lambda: client.get(url))[1] for _ in range(5)]

        request = first.wsgi_request
        with translation.override("sv"):
            fresh = [
                timed(lambda: make_pdf(public_reader(request), minutes))[1] for _ in range(RUNS)
            ]

        pdf = first.content
        pages_count = len(PdfReader(io.BytesIO(pdf)).pages)
        out(f"PDF: {len(pdf) / 1024:.0f} kB, {pages_count} pages")
        figures = [
            ("First request, made with WeasyPrint", first_seconds),
            ("Next requests, from the cache (median of 5)", statistics.median(cached_seconds)),
            (f"Made afresh (median of {RUNS})", statistics.median(fresh)),
        ]
        for label, seconds in figures:
            out(f"{label:<45} {seconds * 1000:8.1f} ms")
        if OUT:
            Path(OUT).write_bytes(pdf)
            out(f"Saved to {OUT}")


if __name__ == "__main__":
    main()
