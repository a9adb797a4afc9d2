"""Numerals as the documents write them: ``40``, ``一``, ``两``, ``十二``, ``7.33万``, ``二〇二一``.

A helper below every stage: metadata (dates, five-year plans), structure (item numbers) and
extract (counts, targets) all read numerals with it.
"""
from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["CN_DIGITS", "NUMERAL", "ANY_DIGIT", "chinese_number", "number_value", "to_number"]

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
#: a count as the documents write it: ``40`` or ``一`` / ``两`` / ``十二`` (regex source, no groups)
NUMERAL = r"(?:\d+|[零〇一二两三四五六七八九十百]+)"
#: a cheap test that lets extractors skip text that holds no number at all
ANY_DIGIT = re.compile(r"\d")
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_MULTIPLIER = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1000), "百": Decimal(100)}


def chinese_number(text: str) -> int:
    """``一`` → 1, ``十二`` → 12, ``二十`` → 20, ``一百零五`` → 105. Raises ValueError otherwise."""
    if not text or any(ch not in CN_DIGITS and ch not in _CN_UNITS for ch in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    total, digit = 0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
    return total + (digit or 0)


def number_value(numeral: str) -> int:
    """An integer as written anywhere in a plan: ``12``, ``十二`` → 12, ``③`` → 3; ``二〇二一`` → 2021 (a
    year, read digit by digit when it has no 十/百/千). Raises ValueError otherwise."""
    if len(numeral) == 1 and "\u2460" <= numeral <= "\u2473":  # ① … ⑳
        return ord(numeral) - 0x245F
    if numeral.isdigit():
        return int(numeral)
    if numeral and not any(ch in _CN_UNITS for ch in numeral):
        return int("".join(str(CN_DIGITS[ch]) if ch in CN_DIGITS else "x" for ch in numeral))
    return chinese_number(numeral)


def to_number(numeral: str, multiplier: str = "") -> float:
    """Arabic or Chinese numeral, with an optional 万/亿 multiplier → float, exact in decimal
    (``7.33``, ``万`` → 73300.0)."""
    value = Decimal(numeral) if re.fullmatch(r"\d+(?:\.\d+)?", numeral) else Decimal(chinese_number(numeral))
    if multiplier:
        value *= _MULTIPLIER[multiplier]
    return float(value)
