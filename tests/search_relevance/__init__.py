"""A judged set of queries over the demo archive and minutes written for it, to measure the
search's recall and nDCG@10 (``bench/bench_search_relevance.py``,
``tests/search_relevance/checks.py``)."""
