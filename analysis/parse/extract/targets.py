"""Quantitative targets (plans) and achievements (reports): a number with its unit.

``应用率达到90%以上`` → 90 %; ``走访企业600余家`` → 600 家 (approximate);
``抽查执法记录音视频7.33万余段次`` → 73300 段次; ``不少于40学时`` → 40 学时.
Not targets: years and dates, document numbers (``〔2021〕20号``), hotlines
(``12328``), standards (``JT/T410—2022``), ordinals (``第七届``), numbers in
《titles》 or “quoted names”, and deadlines (``20个工作日内``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .caching import cached_list
from .brackets import mask_bracketed
from .numbers import ANY_DIGIT, to_number

__all__ = ["Target", "TARGET_UNITS", "UNITS_PATTERN", "find_targets"]

# longest first, so 人次 wins over 人 and 场次 over 次
TARGET_UNITS = ("%", "％", "万人次", "人次", "场次", "点次", "台次", "段次", "学时", "课时", "小时", "个百分点",
                "家", "人", "名", "份", "条", "次", "件", "期", "场", "个", "篇", "项", "起", "辆", "台", "支", "所",
                "处", "批", "套", "部", "户", "元", "万元", "亿元")
#: A regex alternation of :data:`TARGET_UNITS`, longest first (万人次 before 人次).
UNITS_PATTERN = _UNITS_RE = "|".join(sorted((re.escape(u) for u in TARGET_UNITS), key=len, reverse=True))
_TARGET = re.compile(
    rf"(?<![\d.〔\[［/第A-Za-z—\-])(?P<num>\d+(?:\.\d+)?)(?P<mult>万|亿)?(?P<approx>余|多)?(?P<unit>{_UNITS_RE})"
    r"(?P<over>以上|以下|左右)?"
    r"(?!工作日|月|日|天|周|季度|年|号)")


@dataclass(frozen=True)
class Target:
    """One number with its unit, and the phrase it sits in."""

    text: str
    value: float
    unit: str
    approx: bool = False


def _mask(text: str) -> str:
    """Blank out 《titles》, “quoted names” and 〔numbers〕, keeping offsets."""
    return mask_bracketed(text, "《“〔［", "》”〕］")


@cached_list
def find_targets(text: str) -> list[Target]:
    """Every quantitative target or achievement in ``text``, in order of appearance.

    In: a clause's text. Out: :class:`Target` with ``value`` in plain units (万 and 亿
    multiplied out, % kept as the percentage number), ``unit`` as written (％ → %),
    ``approx`` when 余/多/以上/左右 qualify it, and ``text`` the comma-delimited phrase.
    """
    if not ANY_DIGIT.search(text):
        return []
    masked = _mask(text)
    found = []
    for m in _TARGET.finditer(masked):
        unit = m["unit"].replace("％", "%")
        mult = m["mult"] or ""
        if unit.startswith("万") and unit not in ("万元",):
            mult, unit = "万", unit[1:]
        start = max(masked.rfind(c, 0, m.start()) for c in "，；。：\n") + 1
        ends = [i for i in (masked.find(c, m.end()) for c in "，；。\n") if i >= 0]
        phrase = text[start:min(ends) if ends else len(text)].strip()
        found.append(Target(phrase, to_number(m["num"], mult), unit,
                            bool(m["approx"] or m["over"] in ("以上", "左右"))))
    return found

