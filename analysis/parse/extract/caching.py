"""Pure extractors are called again and again on the same text (plans repeat their notes and
sentences across clauses and documents): :func:`cached_list` reads each text once."""
from __future__ import annotations

import functools
from functools import lru_cache

__all__ = ["cached_list"]


def cached_list(func):
    """Decorate a pure ``text -> list`` extractor: results are cached (as tuples) and every call
    gets a fresh list, so a caller that changes its list cannot change the cache."""
    cached = lru_cache(maxsize=1 << 16)(lambda *args, **kwargs: tuple(func(*args, **kwargs)))

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return list(cached(*args, **kwargs))

    wrapper.cache_clear = cached.cache_clear
    return wrapper
