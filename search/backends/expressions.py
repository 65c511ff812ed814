"""Query clauses from ``search.text.analysis.query_clauses``, written in each database's syntax.

Every term is made of letters and digits only, so nothing a visitor types can reach the
query syntax of SQLite FTS5 or PostgreSQL: no quote, operator, NUL byte or column filter.
"""


def safe(text):
    """Letters and digits only; the analysis produces nothing else, this makes it certain."""
    return "".join(ch for ch in text if ch.isalnum()) or "0"


def fts5_expression(clauses, operator="AND"):
    """An SQLite FTS5 MATCH expression, or None when the query has no terms."""

    def fts_term(t):
        return f'"{safe(t.text)}"*' if t.prefix else f'"{safe(t.text)}"'

    parts = []
    for clause in clauses:
        if clause.phrase:
            words = " ".join(safe(t.text) for t in clause.alternatives[0])
            parts.append(f'"{words}"')
            continue
        alternatives = [" AND ".join(fts_term(t) for t in alt) for alt in clause.alternatives]
        parts.append("(" + " OR ".join(f"({alt})" for alt in alternatives) + ")")
    return f" {operator} ".join(parts) or None


def tsquery_expression(clauses, operator="&"):
    """A PostgreSQL ``to_tsquery`` expression, or None when the query has no terms."""

    def ts_term(t):
        return f"'{safe(t.text)}':*" if t.prefix else f"'{safe(t.text)}'"

    parts = []
    for clause in clauses:
        if clause.phrase:
            parts.append("(" + " <-> ".join(ts_term(t) for t in clause.alternatives[0]) + ")")
            continue
        alternatives = [" & ".join(ts_term(t) for t in alt) for alt in clause.alternatives]
        parts.append("(" + " | ".join(f"({alt})" for alt in alternatives) + ")")
    return f" {operator} ".join(parts) or None
