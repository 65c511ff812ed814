"""Thousands of hostile queries through every door of the search: the search page, the
search box's suggestions and the API's ``?search=``. None gets an error, none shows a
private page, and the search page always shows the query escaped.

Every curated query goes through every door on both databases. The drawn ones, made of
the same pieces, are shared between the suite's two runs: 2,000 on SQLite and 1,500 on
PostgreSQL, drawn afresh by each, so ``make test``, which runs both, sends 3,500 drawn
queries (it sent 12,500 when the suite had less to run in its time)."""

import json
import logging
import re
from collections import Counter

from django.db import connection
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from search.query import clean_query
from tests.factories import MinutesPageFactory, NetworkPageFactory, agenda_item, build_site_tree

settings.register_profile(
    "hostile-queries",
    deadline=None,
    database=None,  # Nothing written to the working tree; every run draws afresh.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile("hostile-queries")
# The search page costs most per request; the doors share the queries accordingly.
DRAWN = 2_000 if connection.vendor == "sqlite" else 1_500
EXAMPLES = {
    door: DRAWN * percent // 100
    for door, percent in {"page": 25, "autocomplete": 45, "api": 30}.items()
}
MINIMUM_QUERIES = DRAWN
SECRET = "Hemlig lönesättning"
# A query that could open a tag, a comment or a declaration if it reached the page unescaped.
MARKUP = re.compile(r"<[a-zA-Z/!?]")

# Pieces each backend's query syntax gives a meaning to, and text that breaks naive code.
TOKENS = [
    '"',
    "'",
    "\\",
    "*",
    "-",
    "+",
    "(",
    ")",
    ":",
    "^",
    "~",
    "|",
    "&",
    "!",
    "{",
    "}",
    "[",
    "]",
    ";",
    "--",
    "/*",
    "%",
    "_",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(",
    "title:",
    "\x00",
    "\x1b[31m",
    "\r\n",
    "\t",
    "\u202e",
    "\u200f",
    "\ufeff",
    "\u0301",
    "😀",
    "👩‍👩‍👧",
    "שלום",
    "مرحبا",
    "İ",
    "ß",
    "ﬀ",
    "<script>",
    "</script>",
    "<img src=x onerror=alert(1)>",
    "&lt;",
    "javascript:",
    "%00",
    "skolskjuts",
    "lärlingsutbildning",
    "lönesättning",
    "hemlig",
    "skol",
]
CURATED = [
    "",
    " ",
    '"',
    '""',
    '"""',
    '"obalanserat',
    '"skolskjuts"',
    '"skolskjuts OR"',
    '"AND"',
    "skol*",
    "*",
    "-skolskjuts",
    "+skolskjuts",
    "skolskjuts AND OR NOT",
    "AND",
    "OR OR OR",
    "NOT",
    "NEAR(skolskjuts lärling, 2)",
    "title:skolskjuts",
    "skolskjuts^10",
    "skolskjuts~2",
    "(skolskjuts",
    "skolskjuts)",
    "{skolskjuts}",
    "[skolskjuts]",
    "a:b:c",
    "\\",
    "\\\\",
    '\\"',
    "skolskjuts\\",
    "'",
    "''",
    "'; DROP TABLE wagtailcore_page; --",
    "1 OR 1=1",
    "%",
    "_",
    "%_%",
    "\x00",
    "skol\x00skjuts",
    "\x00" * 500,
    "\x01\x02\x03\x1f\x7f",
    "\x1b[2J",
    "\r\n\r\n",
    "\t\tskolskjuts",
    "\u202eskolskjuts",
    "\u200f\u200e",
    "\ufeffskolskjuts",
    "שלום עולם",
    "مرحبا بالعالم",
    "😀",
    "😀" * 300,
    "👩‍👩‍👧‍👦 skolskjuts",
    "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
    "ﬁ ﬀ ß İ",
    "a" * 10_000,
    "skolskjuts " * 1_000,
    " ".join(f"ord{i}" for i in range(1_000)),
    "-".join("a" * 1_000),
    '"' + "fras " * 60 + '"',
    '"a" "b" "c" "d" "e" "f" "g" "h" "i" "j"' * 10,
    "<script>alert(1)</script>",
    "<SCRIPT>alert(1)</SCRIPT>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "<svg onload=alert(1)>",
    "javascript:alert(1)",
    "&lt;script&gt;",
    "&amp;&quot;&#39;",
    "{{ request }}",
    "{% debug %}",
    "${7*7}",
    "%(name)s",
    "%s%s%s%s",
    "../../etc/passwd",
    "%00",
    "%0d%0a",
    "Hemlig lönesättning",
    "lönesättning",
    "hemlig",
]


def hostile_text():
    """Random text of every script, and runs of the pieces above."""
    characters = st.characters(exclude_categories=["Cs"])
    return st.one_of(
        st.text(characters, max_size=300),
        st.lists(
            st.one_of(st.sampled_from(TOKENS), st.text(characters, max_size=12)), max_size=80
        ).map(" ".join),
        st.lists(st.sampled_from(TOKENS), max_size=40).map("".join),
        st.sampled_from(CURATED),
    )


class HostileQueryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_site_tree()
        network = NetworkPageFactory(parent=tree.network_index, title="Skolchefsnätverket Väst")
        for number in range(3):
            MinutesPageFactory(
                parent=network,
                title=f"Möte {number} om skolskjuts",
                agenda=[
                    agenda_item(
                        1,
                        "Skolskjuts och lärlingsutbildning",
                        body="<p>Skolchefernas arbete med <em>skolskjuts</em> &amp; trygghet.</p>",
                        decisions=["att frågan om lärlingsutbildning återkommer"],
                    )
                ],
            )
        private = MinutesPageFactory(
            parent=network, title=SECRET, agenda=[agenda_item(1, "Lönesättning")]
        )
        PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
        )
        draft = MinutesPageFactory(
            parent=network, title=f"{SECRET} i utkast", slug="utkast", live=False
        )
        cls.hidden_urls = [private.url, draft.url]

    def setUp(self):
        self.sent = Counter()
        # Each 400 from the API would log a warning; a 500 fails the test anyway.
        request_log = logging.getLogger("django.request")
        self.addCleanup(request_log.setLevel, request_log.level)
        request_log.setLevel(logging.ERROR)
        with translation.override("sv"):
            self.search_url = reverse("search")
            self.autocomplete_url = reverse("search_autocomplete")
        self.api_url = "/api/v2/pages/"
        # The page's own markup, its filters included: a chosen filter shows them.
        self.page_markup = "".join(
            self.client.get(self.search_url, params).content.decode()
            for params in ({"q": "zzzz"}, {"q": "zzzz", "type": "minutespage"})
        )

    def search_page(self, query, **params):
        self.sent["page"] += 1
        response = self.client.get(self.search_url, {"q": query, **params})
        self.assertEqual(response.status_code, 200, repr(query))
        body = response.content.decode()
        self.assertNotIn("<script>", body.lower(), repr(query))
        for url in self.hidden_urls:
            self.assertNotIn(f'href="{url}"', body, repr(query))
        cleaned = clean_query(query)
        if cleaned:
            self.assertIn(f'value="{escape(cleaned)}"', body, repr(query))
        # Markup the page holds anyway ("</") proves nothing; any other must come escaped.
        if MARKUP.search(cleaned) and cleaned not in self.page_markup:
            self.assertNotIn(cleaned, body, repr(query))

    def autocomplete(self, query):
        self.sent["autocomplete"] += 1
        response = self.client.get(self.autocomplete_url, {"q": query})
        self.assertEqual(response.status_code, 200, repr(query))
        results = response.json()["results"]
        self.assertNotIn(SECRET, json.dumps(results, ensure_ascii=False), repr(query))

    def api(self, query, **params):
        self.sent["api"] += 1
        response = self.client.get(self.api_url, {"search": query, **params})
        self.assertIn(response.status_code, (200, 400), repr(query))
        answer = response.json()
        if response.status_code == 400:
            self.assertTrue(answer["message"], repr(query))
        else:
            titles = [item["title"] for item in answer["items"]]
            self.assertNotIn(SECRET, " ".join(titles), repr(query))

    def test_thousands_of_hostile_queries_get_an_answer_through_every_door(self):
        for query in CURATED:
            self.search_page(query)
            self.search_page(query, sort=query, type=query, network=query, year=query, page=query)
            self.autocomplete(query)
            self.api(query)
            self.api(query, search_operator=query)

        @settings(PROFILE, max_examples=EXAMPLES["page"])
        @given(
            query=hostile_text(),
            sort=st.sampled_from(["", "date", "relevance"]) | hostile_text(),
            page=st.sampled_from(["", "1", "2", "-1", "0", "99999999999"]) | hostile_text(),
            chosen=st.dictionaries(
                st.sampled_from(["type", "network", "organisation", "year"]),
                st.sampled_from(["minutespage", "1", "2024", "0"]) | hostile_text(),
                max_size=4,
            ),
        )
        def through_the_search_page(query, sort, page, chosen):
            self.search_page(query, sort=sort, page=page, **chosen)

        @settings(PROFILE, max_examples=EXAMPLES["autocomplete"])
        @given(query=hostile_text())
        def through_the_autocomplete(query):
            self.autocomplete(query)

        @settings(PROFILE, max_examples=EXAMPLES["api"])
        @given(
            query=hostile_text(),
            operator=st.sampled_from(["and", "or"]) | hostile_text(),
        )
        def through_the_api(query, operator):
            self.api(query, search_operator=operator)

        through_the_search_page()
        through_the_autocomplete()
        through_the_api()

        self.assertGreaterEqual(sum(self.sent.values()), MINIMUM_QUERIES, self.sent)
        for door, examples in EXAMPLES.items():
            self.assertGreaterEqual(self.sent[door], examples, self.sent)
