"""Bracketed stretches of text: 《titles》 (nested), “quotes”, 〔numbers〕 — found by their
bracket characters only, so long texts without brackets cost one scan."""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["bracketed", "mask_bracketed"]


@lru_cache(maxsize=8)
def _bracket_re(opening: str, closing: str) -> re.Pattern:
    return re.compile("[" + re.escape(opening + closing) + "]")


def bracketed(text: str, opening: str = "《", closing: str = "》"):
    """Yield ``(start, end)`` of every outermost bracketed stretch, brackets included;
    nested brackets stay inside their outer stretch; an unclosed bracket runs to the end."""
    depth, start = 0, 0
    for m in _bracket_re(opening, closing).finditer(text):
        if m.group() in opening:
            if depth == 0:
                start = m.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                yield start, m.end()
    if depth:
        yield start, len(text)


def mask_bracketed(text: str, opening: str = "《", closing: str = "》") -> str:
    """``text`` with every bracketed stretch replaced by spaces of the same length (offsets kept)."""
    if not any(ch in text for ch in opening):
        return text
    parts, cursor = [], 0
    for start, end in bracketed(text, opening, closing):
        parts.append(text[cursor:start])
        parts.append(" " * (end - start))
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)
