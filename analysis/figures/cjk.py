"""What counts as a CJK character: none may appear in an English figure.

Shared by :mod:`.style` (the layout check) and :mod:`.glossary` (which strings need English).
"""
from __future__ import annotations

import re

__all__ = ["CJK", "has_cjk"]

#: CJK ideographs, CJK symbols and punctuation, full-width forms: none may appear in an English figure.
CJK = re.compile(r"[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u3400-\u4dbf\u4e00-\u9fff"
                 r"\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")


def has_cjk(text: str) -> bool:
    """True when ``text`` holds any CJK character (ideograph, CJK punctuation or full-width form)."""
    return bool(CJK.search(str(text)))
