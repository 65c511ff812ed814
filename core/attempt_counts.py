"""Counts of attempts, kept in the default cache so that every worker shares them (Redis).

Keys are digests, so that no address or e-mail address is written to the cache in clear.
"""

import hashlib

from django.core.cache import cache


def attempt_key(prefix, *parts):
    """The cache key of a count: the prefix and a digest of what is counted."""
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"{prefix}:{digest}"


def count_attempt(key, seconds, *, restart=False):
    """Count one more attempt under key and return the count.

    The count is forgotten ``seconds`` after the first attempt; with ``restart``, after the
    latest one, so that whoever keeps trying stays counted.
    """
    cache.add(key, 0, seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # the count expired between the two calls
        count = 1
        cache.set(key, count, seconds)
    if restart:
        cache.touch(key, seconds)
    return count


def attempts(key):
    return cache.get(key, 0)


def forget_attempts(key):
    cache.delete(key)
