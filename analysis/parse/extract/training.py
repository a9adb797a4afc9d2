"""Training requirements: hours per year and study sessions per year, by audience.

``执法人员每年参加法律业务培训学习不少于40学时`` → 执法人员, 40 h/yr;
``领导班子成员每季度安排集中专题法律学习一次`` → 领导班子成员, 4/yr;
``基层执法站所执法人员每月开展一次全员集中法律学习`` → 基层站所执法人员, 12/yr;
``执法人员年均参加业务培训不少于32课时`` → 32 h/yr (学时, 课时 and 小时 are hours;
年均 and 全年 mean a year); ``领导班子每年集中学法不少于4次`` → 4/yr.
A requirement is read from one comma-delimited phrase. Its audience is the one the
phrase names: the three of the shipped plans, or any staff the phrase names as its
subject (``乡村医生每年参加业务培训不少于40学时`` → 乡村医生). A phrase that names
everyone (每人, 每名, 全员) takes the staff named earlier in the sentence
(``确保行政执法人员…，确保每人每年接受不少于60学时…`` → 执法人员), never its leaders,
else 全体人员. A phrase that names no one takes the nearest audience named in the
sentence, earlier first; where the sentence names none the audience is 未写明 (not
stated) — no domain's staff is assumed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .caching import cached_list
from .numbers import NUMERAL, to_number

__all__ = ["TrainingRequirement", "AUDIENCES", "PER_YEAR", "find_training"]

LEADERSHIP = "领导班子成员"
ALL_STAFF = "全体人员"      # 每人 / 每名 / 全员 with no staff named before them
NOT_STATED = "未写明"       # the sentence names no audience
#: The usual audiences, in the order figures list them; a phrase may name any other staff.
AUDIENCES = ("执法人员", LEADERSHIP, "基层站所执法人员", ALL_STAFF, NOT_STATED)
PER_YEAR = {"年": 1, "年度": 1, "半年": 2, "季度": 4, "季": 4, "月": 12, "周": 52}
_STUDY = re.compile(r"学习|培训|学法|学时|课时|轮训|讲堂|研讨|学考|授课")
_NOT_STUDY = re.compile(r"党课|检视|评查")
_PERIOD = r"(?P<period>半年|年度|季度|年|季|月|周)"
_TIMES = re.compile(rf"(?:每{_PERIOD}|(?P<whole_year>全年|年均))[^，；。]*?(?:不少于|至少)?(?P<n>{NUMERAL})次")
# study hours in any wording: 学时, 课时, 小时 (a 课时 counts as one hour, as the plans count it)
_HOURS = re.compile(rf"(?P<bound>不少于|至少|超过|达到|累计)?(?P<n>{NUMERAL})个?(?:学时|课时|小时)(?P<over>以上)?")
# the period hours are counted in: 每人每年, 每年度, 年均 / 年人均 (a yearly average), 全年 (a report's year)
_HOURS_PERIOD = re.compile(rf"每(?:人)?每?{_PERIOD}|(?P<yearly>年(?:人)?均|人均每年|全年)")


@dataclass(frozen=True)
class TrainingRequirement:
    """One training or study requirement (or, in a report, an achieved figure)."""

    text: str
    audience: str
    hours_per_year: float | None = None
    times_per_year: float | None = None


# staff a phrase names as its subject, in any domain (乡村医生, 全体教师, 社区工作者); the words
# before it that are verbs of the sentence, not part of the name, are cut off
_STAFF = re.compile(r"[\u4e00-\u9fff]{0,5}?(?:人员|医生|医师|护士|教师|干部|职工|员工|工作者|社工)")
_VERBS = r"确保|要求|督促|组织(?!部)|推动|鼓励|引导|提升|提高|加强|强化|培养|培训|开展|安排|选派"
_NOT_NAME = re.compile(rf"^(?:{_VERBS}|要|使|让|由|对|为)+")
# a verb inside the five characters before the staff word (每年组织乡村医生): the audience starts after it
_VERB_BEFORE_STAFF = re.compile(rf"^.*(?:{_VERBS})")
_EVERYONE = re.compile(r"每人|每名|全员")


def _audience(phrase: str) -> str | None:
    """The audience a phrase names itself, or None."""
    if re.search(r"领导班子|领导干部|主要负责人", phrase):
        return LEADERSHIP
    if re.search(r"基层(?:执法)?站所", phrase) and re.search(r"执法人员|全员", phrase):
        return "基层站所执法人员"
    if re.search(r"执法(?:人员|队伍|大队|支队|中队)", phrase):  # an enforcement team studies as its officers
        return "执法人员"
    staff = _STAFF.search(phrase)
    if staff:
        return _NOT_NAME.sub("", _VERB_BEFORE_STAFF.sub("", staff.group())) or None
    return None


def _audience_of(phrases: list[str], k: int) -> str:
    """The audience of phrase ``k`` of a sentence: its own, else (everyone) the staff named earlier,
    else the nearest named in the sentence, earlier first, else :data:`NOT_STATED`."""
    own = _audience(phrases[k])
    if own:
        return own
    earlier = [a for a in map(_audience, reversed(phrases[:k])) if a]
    if _EVERYONE.search(phrases[k]):
        # 每人 is everyone, not the leaders an earlier phrase named (领导干部要带头学法，每人每年…)
        return next((a for a in earlier if a != LEADERSHIP), ALL_STAFF)
    later = [a for a in map(_audience, phrases[k + 1:]) if a]
    return next(iter(earlier + later), NOT_STATED)


@cached_list
def find_training(text: str, hours_period_default: str | None = None) -> list[TrainingRequirement]:
    """Training requirements in ``text``, in order.

    In: a clause's text; ``hours_period_default`` is the period (a key of
    :data:`PER_YEAR`) of hours given without one — a progress report's figures
    cover its reporting year, so pass ``"年"`` for a one-year report; a plan's
    undated hours (a one-off course) keep ``hours_per_year`` None.
    Out: one :class:`TrainingRequirement` per phrase that sets study hours or a
    study frequency.
    """
    found = []
    if not _STUDY.search(text):
        return found
    for sentence in re.split(r"[。！？\n]", text):
        phrases = [p for p in re.split(r"[，；]", sentence) if p]
        for k, phrase in enumerate(phrases):
            if not _STUDY.search(phrase) or _NOT_STUDY.search(phrase):
                continue
            hours = times = None
            h = _HOURS.search(phrase)
            if h:
                period = _HOURS_PERIOD.search(phrase)
                key = (period["period"] or "年") if period else hours_period_default
                if key:
                    hours = to_number(h["n"]) * PER_YEAR[key]
            t = _TIMES.search(phrase)
            if t:
                times = to_number(t["n"]) * (PER_YEAR[t["period"]] if t["period"] else 1)
            if not h and not t:
                continue
            found.append(TrainingRequirement(phrase.strip(), _audience_of(phrases, k), hours, times))
    return found

