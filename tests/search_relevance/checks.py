"""The search finds what a Swedish reader asks for: a quality floor on the judged queries.

The demo archive and the minutes of ``tests/search_relevance`` are searched with the judged
main set, on the backend of the run (SQLite FTS5 or PostgreSQL). ``make bench`` prints the
same figures for both backends and for the held-out set. The checks run in
``tests/test_demo_content.py``'s DemoTests, on the demo it builds once for all its tests.
"""

from django.db import transaction

from tests.search_relevance import heldout_corpus, main_corpus, main_queries
from tests.search_relevance.harness import evaluate, load_corpus

MIN_RECALL = 0.92
MIN_NDCG_AT_10 = 0.85


class SearchRelevanceChecks:
    @classmethod
    def score_the_judged_queries(cls):
        """Score the judged queries over the demo and both corpora, then take the corpora away.

        The scores are all these checks read; the corpora are rolled back, so that the
        class's other tests find the demo as it was built.
        """
        with transaction.atomic():
            load_corpus(main_corpus.PAGES)
            load_corpus(heldout_corpus.PAGES)
            cls.scores = evaluate(main_queries.QUERIES)
            transaction.set_rollback(True)

    def test_the_judged_set_covers_every_kind_of_query(self):
        kinds = {query.kind for query in main_queries.QUERIES}
        self.assertGreaterEqual(len(main_queries.QUERIES), 40)
        self.assertLessEqual(
            {"inflection", "compound", "folding", "phrase", "name", "synonym", "english"}, kinds
        )

    def test_recall_reaches_the_floor(self):
        self.assertGreaterEqual(self.scores.recall, MIN_RECALL, self._weakest())

    def test_ndcg_at_10_reaches_the_floor(self):
        self.assertGreaterEqual(self.scores.ndcg, MIN_NDCG_AT_10, self._weakest())

    def test_no_judged_query_finds_nothing(self):
        self.assertEqual(self.scores.zero_hits, [])

    def test_a_word_only_on_a_slide_finds_the_meeting(self):
        by_text = {score.query.text: score for score in self.scores.per_query}
        for text in ("provplattformen", "fritidspedagoger", "lokalförsörjning"):
            self.assertEqual(by_text[text].recall, 1.0, text)

    def _weakest(self):
        return "; ".join(
            f"{s.query.text!r}: recall {s.recall:.2f}, nDCG {s.ndcg:.2f}, top {s.found[:3]}"
            for s in self.scores.weakest()
        )
