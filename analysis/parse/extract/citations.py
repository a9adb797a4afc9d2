"""Cited documents: titles in 《》 (nested titles kept whole), the 文号 or standard number
that follows a title in brackets, and bare document numbers such as ``交办法〔2021〕5号``."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .caching import cached_list
from .brackets import bracketed

__all__ = ["Citation", "find_citations", "DOC_NUMBER"]

# 津交发〔2021〕20号 · 交办法[2021]5号 · 宁交执法监〔2024〕30号
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［【(（﹝„]\s*(?:19|20)\d\d\s*[〕\]］】)）﹞‟]\s*第?\d+号"
                        # the closing bracket lost in copying: 交办法〔20215号 is 交办法〔2021〕5号
                        r"|[\u4e00-\u9fff]{1,10}〔(?:19|20)\d\d(?=\d{1,4}号)\d{1,4}号"
                        # both brackets lost in a PDF's text, a space where the closing one was: 中办发2015 58 号
                        r"|[\u4e00-\u9fff]{1,8}[发函字](?:19|20)\d\d[ \t]+\d{1,4}[ \t]*号(?!令)"
                        # a decree's number: 国令第722号 · 交通运输部令2019年第18号
                        r"|[\u4e00-\u9fff]{1,10}令(?:(?:19|20)\d\d年)?第\d{1,4}号"
                        # the number before 号令: 国务院第279号令 · 建设部81号令
                        r"|[\u4e00-\u9fff]{1,10}?(?:第\d{1,4}|(?<![\d第])\d{1,4})号令")
# words that precede a bare number in prose and are not part of the issuer's abbreviation
# (words a prose sentence runs into the number: 下发的, 对; cut one after another: 贯彻落实…, 下发的…)
_LEADING_VERB = re.compile(r"^(?:.*?(?:落实|执行|发布|颁布|公布|根据|按照|依据|依照|印发|贯彻|参照|详见|转发|下发|对照|按|见|和|及|与|、|的|对))")
# the organ a sentence names before the number it issued (贯彻省政府苏政办发〔2007〕31号文件): not the number's
# abbreviation, which follows it
_ORGAN_BEFORE = re.compile(r"^(?:[省市县区州](?:人民)?政府|国务院)(?:办公厅|办公室)?(?=[\u4e00-\u9fff]{2})(?![办发函])")
# a number whose brackets a PDF's text lost (中办发2015 58 号): written back in its standard form, 中办发〔2015〕58号
_LOST_BRACKETS = re.compile(r"^([\u4e00-\u9fff]{1,8}[发函字])((?:19|20)\d\d)[ \t]+(\d{1,4})[ \t]*号$")
_STANDARD = re.compile(r"(?:GB|JT|JTG|DB\d*)(?:/T)?\s*\d+(?:\.\d+)?(?:[—\-－]\d{4})?")
_AFTER_TITLE = re.compile(r"^[（(](?P<inner>[^（）()]*)[）)]")


@dataclass(frozen=True)
class Citation:
    """One cited document: its title (None for a bare number) and its number (None if not given)."""

    title: str | None
    number: str | None


def _titles(text: str):
    """(start, end, title) of every outermost 《…》, nested 《》 inside kept."""
    for start, end in bracketed(text):
        if text[end - 1] == "》":
            yield start, end, text[start + 1:end - 1]


@cached_list
def find_citations(text: str) -> list[Citation]:
    """Cited documents in ``text``, in order of appearance.

    In: any stretch of a document. Out: one :class:`Citation` per 《title》 —
    with ``number`` when a bracket right after it holds a 文号 (``（津交发〔2021〕20号）``)
    or a standard (``（JT/T410—2022）``) — and one per document number that stands
    outside any title bracket.
    """
    if "《" not in text and "号" not in text:
        return []
    found: list[tuple[int, Citation]] = []
    covered: list[tuple[int, int]] = []
    for start, end, title in _titles(text):
        number = None
        after = _AFTER_TITLE.match(text[end:])
        if after:
            inner = after["inner"].strip()
            if DOC_NUMBER.fullmatch(inner) or _STANDARD.fullmatch(inner):
                number = inner
                end += after.end()
        found.append((start, Citation(title.strip(), number)))
        covered.append((start, end))
    for m in DOC_NUMBER.finditer(text):
        if not any(s <= m.start() < e for s, e in covered):
            number = _LOST_BRACKETS.sub(r"\1〔\2〕\3号", m.group(0))
            bracket = re.search(r"[〔\[［【(（﹝„]|令(?:(?:19|20)\d\d年)?第\d|第?\d{1,4}号令$", number)
            bracket = bracket.start() + (1 if number[bracket.start()] == "令" else 0)  # (…号令: the number's start)
            lead = _LEADING_VERB.match(number[:bracket])
            while lead and lead.end() < bracket:
                number, bracket = number[lead.end():], bracket - lead.end()
                lead = _LEADING_VERB.match(number[:bracket])
            organ = _ORGAN_BEFORE.match(number[:bracket])
            if organ:
                number = number[organ.end():]
            found.append((m.start(), Citation(None, number)))
    return [c for _, c in sorted(found, key=lambda x: x[0])]

