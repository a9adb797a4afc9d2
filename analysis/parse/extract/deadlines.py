"""Deadlines: a 完成时限 value or a time expression in task text → :class:`Deadline`.

Normalization (design.md): ``kind`` is one of date, ongoing, date_then_ongoing,
recurring, relative; ``date`` is the last calendar day meant, ISO
``YYYY-MM-DD`` (``2021年12月底前`` → 2021-12-31, ``2023年底前`` → 2023-12-31,
``2022年6月30日前`` → 2022-06-30, ``2022年6月中旬`` → 2022-06-20); ``recurrence`` is yearly, half-yearly,
quarterly or monthly for recurring deadlines.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

from .caching import cached_list
from .brackets import mask_bracketed
from .numbers import ANY_DIGIT, NUMERAL

__all__ = ["Deadline", "DEADLINE_KINDS", "parse_deadline", "parse_deadline_steps", "find_deadlines", "is_yearless",
           "find_yearless"]

DEADLINE_KINDS = ("date", "ongoing", "date_then_ongoing", "recurring", "relative")

_ONGOING = re.compile(r"^(?:持续|长期|常态化|常态|长效|经常性|坚持|逐年)[\u4e00-\u9fff]{0,4}$|^长期坚持$")  # (常态工作: routine work)
_QUARTER = {"一": 3, "二": 6, "三": 9, "四": 12, "1": 3, "2": 6, "3": 9, "4": 12}
# the last day of the first and second ten days of a month (下旬 runs to the month's end)
_TEN_DAYS = {"上": 10, "中": 20}
# a point in a year: 6月底 / 6月30日 / 6月 / 底 / 年底 / 上半年 / 第一季度 …
_POINT = (r"(?:(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日|份)?(?:底|末|中旬|上旬|下旬)?"
          r"|(?P<half>上|下)半年|第?(?P<quarter>[一二三四1-4])季度(?:末|底)?|年?(?:底|末)|年中"
          # (2024年中 as 2024年年中, where 中 ends the point: not 2024年中央…)
          r"|(?<=年)中(?=前|以前|之前|完成|$|[，,。；;、）)\s]))?")
_DATE = re.compile(rf"(?P<year>20\d\d)年{_POINT}")
_RECURRING = re.compile(
    rf"每(?:年度|年){_POINT.replace('(?P<', '(?P<r')}"  # (年度 first: 每年度 is not 每年 + 度)
    r"|每(?:个)?(?P<rquarterly>季度)(?:末|第一个月|结束后)?"
    r"|每(?:个)?(?P<rmonthly>月)(?:(?P<rmday>\d{1,2})日|底|末)?"
    r"|每(?P<rhalf_yearly>半年)")
_RELATIVE = re.compile(rf"(?P<n>{NUMERAL})(?:个)?(?:工作日|日|天|个月|周)(?:内|以内)")
# a point in a year written without its year: 6月底前 · 12月 · 年底前 · 年内 · 上半年 · 第三季度
# (the year comes from the plan's own one-year period, or the deadline stays unresolved); after
# 本年/当年/今年 the 年 of 年底 / 年内 is not written twice (今年底前 as well as 今年年底前)
_YEARLESS = re.compile(r"(?:本年|当年|今年)?(?:(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日|份)?(?:底|末|中旬|上旬|下旬)?"
                       r"|(?P<half>上|下)半年|第?(?P<quarter>[一二三四1-4])季度(?:末|底)?|(?:年|(?<=年))(?:底|末)"
                       r"|(?P<within>(?:年|(?<=年))内|全年)|年中)"
                       r"(?P<tail>前|以前|之前)?(?:完成)?")
# the same inside task text, only where 前 marks it as a deadline (3月底前，将…)
_INLINE_YEARLESS = re.compile(r"(?<![\d年每])(?:\d{1,2}月(?:\d{1,2}日|底|末)?|年底)(?:前|以前|之前)")

# Inline time expressions that set a deadline (not a frequency, not a history):
#   于2024年6月底前 · 2026年底前 · 到2023年底 · 到2023年 · 于每月5日前 · 每年1月底前 · 于每年第一季度 · 20个工作日内
_ANY_POINT = re.sub(r"\(\?P<\w+>", "(?:", _POINT)  # the same point in a year, without group names
_INLINE = re.compile(
    rf"(?:(?P<lead>于|在|到|至|截至|确保|力争)?(?P<date>20\d\d年{_ANY_POINT})(?P<tail>前|以前|之前)?)"
    rf"|(?:(?P<rlead>于)?(?P<rec>每(?:年|年度)(?:\d{{1,2}}月(?:\d{{1,2}}日)?(?:底|末)?|第?[一二三四]季度)|每月\d{{1,2}}日)"
    r"(?P<rtail>前|以前|之前)?)"
    r"|(?P<rel>\d+(?:个)?(?:工作日|日|天)(?:内|以内))"
)


@dataclass(frozen=True)
class Deadline:
    """One deadline as written (``raw``) and normalized."""

    raw: str
    kind: str
    date: str | None = None
    recurrence: str | None = None


def _last_day(year: int, month: int, day: int | None = None) -> str:
    last = calendar.monthrange(year, month)[1]
    if day is not None and not 1 <= day <= last:
        raise ValueError(f"no day {day} in {year}-{month:02d}")
    return f"{year:04d}-{month:02d}-{day or last:02d}"


def _date_of(m: re.Match, year: int | None = None, before: bool = False) -> str | None:
    """ISO last day meant by a :data:`_DATE` (or, with ``year``, :data:`_YEARLESS`) match, or None
    if month/day are impossible. ``before``: the point is followed by 前 — ``8月前`` (no 底, no
    day) is before August begins, so the last day of July. ``6月上旬`` / ``6月中旬`` end on the
    10th / 20th (the first and second ten days), ``6月下旬`` with the month."""
    year = int(m["year"]) if year is None else year
    try:
        if m["month"]:
            month = int(m["month"])
            if not 1 <= month <= 12:
                return None
            if before and not m["day"] and not re.search(r"月(?:底|末|份|中旬|上旬|下旬)", m.group(0)):
                return _last_day(year - 1, 12) if month == 1 else _last_day(year, month - 1)
            ten = re.search(r"月(上|中)旬", m.group(0))
            day = int(m["day"]) if m["day"] else _TEN_DAYS[ten.group(1)] if ten else None
            return _last_day(year, month, day)
        if m["half"]:
            return _last_day(year, 6 if m["half"] == "上" else 12)
        if m["quarter"]:
            return _last_day(year, _QUARTER[m["quarter"]])
        if m.group(0).endswith("年中"):
            return _last_day(year, 6)
        return _last_day(year, 12)
    except ValueError:
        return None


def _recurrence_of(m: re.Match) -> str:
    if m["rquarterly"]:
        return "quarterly"
    if m["rmonthly"]:
        return "monthly"
    if m["rhalf_yearly"]:
        return "half-yearly"
    return "yearly"


def is_yearless(raw: str) -> bool:
    """Is ``raw`` a deadline written without its year (``6月底前``, ``年底前``, ``年内``; ``9月投入使用``: what is done
    by it after the point)?"""
    return _yearless_point(re.sub(r"[\s，、；,。]", "", raw)) is not None


def _yearless_point(compact: str) -> re.Match | None:
    """The point in a year a compact value names without its year: the whole value (``6月底前``), or its start with what
    is done by it after (``9月投入使用``); None otherwise."""
    m = _YEARLESS.fullmatch(compact) or _YEARLESS.match(compact)
    if m is None or not m.group(0) or (m.end() < len(compact) and not _DONE_BY.fullmatch(compact[m.end():])):
        return None
    return m


# what is done by a yearless point in a 完成时限 cell (9月投入使用 · 5月底前动工 · 年底前建成)
_DONE_BY = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:完成|建成|动工|开工|投入使用|投用|运行|到位|出台|竣工|开业|启动|实施)")


@lru_cache(maxsize=1 << 16)  # pure, and plans repeat their notes
def parse_deadline(raw: str, year: int | None = None) -> Deadline | None:
    """A 完成时限 value → :class:`Deadline`; None when the value is not a known convention.

    In: the value as written, e.g. ``2021年12月底前``, ``持续推进``,
    ``2022年3月，完成后持续开展``, ``每年1月底前``, ``20个工作日内``; ``year``: the plan's own
    year, for a value written without one (``6月底前``, ``年底前``, ``年内``: without ``year``
    these give None, see :func:`is_yearless`). A month alone is its last day (``2018年12月`` →
    2018-12-31), a month followed by 前 is before it (``2021年8月前`` → 2021-07-31).
    Out: the normalized deadline, or None (the caller records a warning) for
    values such as ``视工作需要确定``.
    """
    value = raw.strip().strip("。；，")
    if not value:
        return None
    compact = re.sub(r"[\s，、；,]", "", value)
    compact = re.sub(r"(?<=年)(\d{1,2})(?=底|末)", r"\1月", compact)  # 2016年6底前: the 月 left out
    compact = re.sub(r"^20\d\d[—–\-－~～至到](?=20\d\d年)", "", compact)  # 2016—2017年底前: by the later year
    if _ONGOING.match(compact):
        return Deadline(raw, "ongoing")
    # (6月底前 · 9月投入使用, a table's 完成时限 cell: the point in the plan's year, then what is done by it)
    point = _yearless_point(compact) if year is not None else None
    if point is not None:
        date = _last_day(year, 12) if point["within"] else _date_of(point, year, bool(point["tail"]))
        return Deadline(raw, "date", date) if date else None
    m = _DATE.match(compact)
    # 前 / 以前 / 之前 after the point: before it (以后 / 之后 are after it: 2022年3月之后持续开展)
    before = m is not None and re.match(r"(?:以前|之前|前)", compact[m.end():]) is not None
    if m and m.group(0) and (date := _date_of(m, before=before)):
        rest = compact[m.end():]
        # (…底前完成: 前 and the verb of completion both; 落实, 到位, 出台 say the same as 完成)
        rest = re.sub(r"^(?:以前|之前|前)?(?:完成|落实到位|落实|到位|出台)?", "", rest)
        if not rest:
            return Deadline(raw, "date", date)
        # (完成 was stripped above: 完成后持续开展 arrives as 后持续开展, 落实并持续实施 as 并持续实施)
        if re.fullmatch(r"(?:之后|以后|后|并)?(?:持续|长期|常态化)[\u4e00-\u9fff]{0,4}", rest):
            return Deadline(raw, "date_then_ongoing", date)
        return None
    m = _RECURRING.match(compact)
    if m:  # (never empty: every recurring convention opens with 每)
        rest = compact[m.end():]
        if re.fullmatch(r"(?:前|以前|之前|内|完成)?", rest):
            return Deadline(raw, "recurring", None, _recurrence_of(m))
        return None
    m = _RELATIVE.fullmatch(compact)
    if m:
        return Deadline(raw, "relative")
    return None


# a later step's month without its year: …，12月底前建成投入使用
_STEP_MONTH = re.compile(r"(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日)?(?:底|末|中旬|上旬|下旬)?(?=前|以前|之前)")


def parse_deadline_steps(raw: str) -> list[Deadline]:
    """A value of several dated steps (``2021年2月公布预算信息，2021年8月公布决算信息``) → one
    deadline per step; ``[]`` unless every step opens with a date: the first with its year, a later
    one with its year or with a month before 前 in the year of the step before it (``2020年4月底前
    完成前期工作，12月底前建成投入使用``)."""
    steps = [x.strip() for x in re.split(r"[，,；;]", raw) if x.strip()]
    out, year = [], None
    for step in steps:
        m = _DATE.match(step)
        date = _date_of(m) if m and (m["month"] or m.group(0).endswith(("底", "末"))) else None
        if date is None and year is not None and (later := _STEP_MONTH.match(step)):
            date = _date_of(later, year)
        if date is None:
            return []
        year = int(date[:4])
        out.append(Deadline(step, "date", date))
    return out if len(out) > 1 else []


# the sentence asks for comments or states when a text takes or loses effect: its dates are no deadlines
_NOT_A_DEADLINE = re.compile(r"征求意见|意见建议|反馈意见|意见反馈|将意见|提出意见|有效期|起施行|起执行")


def _sentence_at(text: str, at: int) -> str:
    """The clause (between ，。；！？ or line breaks) around offset ``at``."""
    start = max(text.rfind(c, 0, at) for c in "，。；！？\n") + 1
    ends = [e for e in (text.find(c, at) for c in "，。；！？\n") if e >= 0]
    return text[start:min(ends) if ends else len(text)]


def find_yearless(text: str) -> list[str]:
    """Deadlines inside task text written without a year (``3月底前，将…``), as written."""
    return [raw for raw, _ in find_yearless_years(text)]


# a year that heads the work listed after it in the same sentence: 2020年任务：一是4月底前…；二是10月底前…
_YEAR_HEAD = re.compile(r"(20\d\d)年(?:度)?(?:主要|重点)?(?:工作)?(?:任务|目标|安排)?[：:]")


def find_yearless_years(text: str) -> list[tuple[str, int | None]]:
    """:func:`find_yearless`'s deadlines, each with the year a heading in its sentence gives it
    (``2020年任务：一是4月底前完成…`` → ``("4月底前", 2020)``), or None when none does."""
    if "前" not in text:
        return []
    masked = mask_bracketed(text)
    out = []
    for m in _INLINE_YEARLESS.finditer(masked):
        if _NOT_A_DEADLINE.search(_sentence_at(masked, m.start())):
            continue
        start = masked.rfind("。", 0, m.start()) + 1
        heads = list(_YEAR_HEAD.finditer(masked, start, m.start()))
        out.append((m.group(0), int(heads[-1].group(1)) if heads else None))
    return out


@cached_list
def find_deadlines(text: str) -> list[Deadline]:
    """Deadlines set inside task text, in order of appearance.

    In: a clause's text (without its 完成时限 parenthetical).
    Out: one :class:`Deadline` per time expression that sets a deadline —
    ``于2024年6月底前`` (date), ``2026年底前``, ``到2023年底`` / ``到2023年``
    (date: the target year), ``于每月5日前`` (recurring, monthly),
    ``每年1月底前`` / ``于每年第一季度`` (recurring, yearly),
    ``20个工作日内`` (relative). A year that only dates something
    (``在2023年…的基础上``, ``7月以来``, ``（2021年版）``), a frequency
    (``每月开展一次``), a start (``自2019年1月1日起``), a comment period (``请于…前将意见反馈``)
    or a validity period (``有效期至…``) is not a deadline. Text inside 《》 titles is skipped.
    """
    if "每" not in text and not ANY_DIGIT.search(text):  # every other convention has a digit
        return []
    masked = mask_bracketed(text)
    found = []
    for m in _INLINE.finditer(masked):
        raw = text[m.start():m.end()]
        if _NOT_A_DEADLINE.search(_sentence_at(masked, m.start())):
            continue  # a comment period or a validity period, not work to be done by a date
        if m["date"]:
            if not (m["tail"] or m["lead"] in ("到", "至", "截至", "于", "确保", "力争")):
                continue  # a bare year or a date that is not a target (确保2021年11月底出台…: the date it is due by)
            after = masked[m.end():m.end() + 2]
            if not m["tail"] and (after.startswith(("以来", "起", "开始", "的", "版")) or after[:1] in "-—－至"):
                continue
            d = _DATE.match(m["date"])
            date = _date_of(d, before=bool(m["tail"])) if d else None
            if date:
                found.append(Deadline(raw, "date", date))
        elif m["rec"]:
            r = _RECURRING.match(m["rec"])
            found.append(Deadline(raw, "recurring", None, _recurrence_of(r)))
        elif m["rel"]:
            found.append(Deadline(raw, "relative"))
    return found

