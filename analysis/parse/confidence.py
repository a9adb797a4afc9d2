"""How far each metadata reading can be trusted: ``high``, ``medium`` or ``low``.

In:  the fields :func:`analysis.parse.metadata.read_metadata` chose, and every other reading
     of the same field it met on the way (a 名称 field beside the title line, a 发文机关
     field beside the signature, the level of the title's region beside the issuer's).
Out: :func:`assess` gives each field its ``confidence`` and a ``note`` that names what
     was seen, for a researcher to check.

A field is

* ``high`` when an independent reading agrees: the cover notice's 《》 title is the title
  line below it; the 发文机关 field names the organ that signs; the region the title
  names is at the issuer's level; the 文号 field is the 文号 line;
* ``low`` when the rule that fired is weak evidence on its own (a headline or a file name
  taken as the title, a bare level word 市, a title that ends like no document), when
  the value carries page words (24页, 欢迎访问, .docx), when an independent reading
  contradicts it, or when it rests on a low reading (the kind of a low title);
* ``medium`` otherwise: one rule read it and nothing contradicts it.

Low fields become ``metadata_uncertain`` warnings (:func:`analysis.parse.corpus.read_document`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from .divisions import division_of, level_of_issuer

if TYPE_CHECKING:  # Field only annotates here; metadata imports this module
    from .metadata import Field

__all__ = ["assess", "HIGH", "MEDIUM", "LOW", "same_title", "same_organs", "organ_core"]

HIGH, MEDIUM, LOW = "high", "medium", "low"

#: The labels of a page's field naming the organ that published it: often the issuer, sometimes the site's owner
#: (read so by analysis.parse.metadata, rated medium here).
PUBLISHER_LABELS = ("发布机构", "发布单位", "发文机构", "发布部门")

#: The rule of a period read from the title of a document that is neither a plan nor a report (关于加快推进2011-2013年
#: …项目工作的通知: the years may be those of what it speaks of, not a span it covers).
OTHER_KIND_PERIOD = "period in the title of a document neither plan nor report"

#: The rule of a period read from a five-year plan the title says the document carries out (贯彻落实“十三五”…规划实施方案):
#: the years are that plan's; the document's own may start later.
CARRIED_OUT_PERIOD = "period of the five-year plan it carries out"

#: Rules whose reading is weak evidence on its own (matched as the start of ``Field.rule``).
WEAK_RULES = {
    "title": ("headline (first line)", "file name in a document-sharing wrapper", "opening words of a one-line page",
              "attachment file name", "the first of the documents the cover issues", "the document a release sentence names",
              "attachment named with its text run in after it"),
    "issuer": ("来源 field", "信息来源 field", "作者 field", "the page's publisher, a government, over a text"),
    "level": ("issuer: unknown division ending in", "title opens with a bare level word",
              "opening paragraph speaks of a", "addressees name a", "the body names the provincial-level",
              "units the text names are a", "the organ whose year's work the opening sets out",
              "the opening addresses every level's bodies"),
    "kind": ("title names neither a plan nor a report", "the headings read like",
             "news item (no document title; news wording)", "opening paragraph looks back",
             "implementing measures (实施办法, 实施细则) laid out in parts", "title names the rules that carry out a plan", "the body is a task table", "title names a notice that arranges work",
             "opening paragraph says what a year achieved",
             # (a 通报 makes results known — an inspection's, an accident's — and often asks for action: other or
             # report, a reader decides)
             "title names a circular", "the first part looks back on a year", "the cover hands out a plan it names",
             "the first part sets out a year's work", "a notice that divides work in a task table",
             "the body is articles"),
    "period_start": ("period of the cited plan it divides", "the cover hands out a plan it names", "the report's first part reviews another year",
                     "the year of the tasks the text divides", "the five-year plan period the text sets",
                     "the year the opening paragraph says was achieved", OTHER_KIND_PERIOD, CARRIED_OUT_PERIOD,
                     "the year the first part sets out the work of",
                     "the year the report's first part names, under a speech's theme title"),
    "period_end": ("period of the cited plan it divides", "the cover hands out a plan it names", "the report's first part reviews another year",
                   "the year of the tasks the text divides", "the five-year plan period the text sets",
                   "the year the opening paragraph says was achieved", OTHER_KIND_PERIOD, CARRIED_OUT_PERIOD,
                   "the year the first part sets out the work of",
                   "the year the report's first part names, under a speech's theme title"),
    "issue_date": ("signature date (separators lost)",),
    # (a number repaired: 赣市府办字〔2015118 read as 〔2015〕118号 — the year's four digits decide the split)
    "doc_number": ("文号 line that lost its closing bracket",),
}
# words of a web page or a document-sharing site, never of a document's title or organ (无障碍环境, 无障碍设施:
# accessible environments and facilities, a policy's subject, not the page's accessibility control)
_PAGE_WORDS = re.compile(r"\d+\s*页|欢迎|您好|首页|[>＞|｜]|\.(?:docx?|pdf|wps)|手机版|无障碍(?!环境|设施)|VIP|下载|浏览|点击|上传|"
                         r"侵权|举报|登录|网站|网址|^\d{6,}|^[•·]")
_KIND_WORD = re.compile(r"(?:方案|计划|规划|意见|要点|安排|清单|措施|分工|分解|表|报告|总结|情况|汇报|办法|规则|指引|台账)"
                        r"(?:\d{4}(?:\d{4})?年?)?$")
_PUNCT = re.compile(r"[\s，,。.、；;：:！!？?（）()《》<>〈〉“”\"'‘’【】\[\]〔〕—–\-－~～·…/|]")


def _norm(s: str) -> str:
    return _PUNCT.sub("", s or "")


def same_title(a: str, b: str) -> bool:
    """Do two readings name the same title (punctuation, brackets and width aside)?"""
    return bool(_norm(a)) and _norm(a) == _norm(b)


def organ_core(organ: str) -> str:
    """An organ name without its division and with its long words short: 浙江省人民政府办公厅 and
    省政府办公厅 both give 政府办公厅, 国家卫生健康委员会办公厅 and 国家卫生健康委办公厅 both 国家卫生健康委办公厅
    (a short form names the same organ)."""
    s = re.sub(r"^(?:中共|中国共产党|中华人民共和国)", "", organ).replace("委员会", "委")
    div, region = division_of(s)
    if div is not None:
        s = s[len(region):] if s.startswith(region) else s
    s = re.sub(r"^[省市县区旗州]", "", s)
    return s.replace("人民政府", "政府")


def same_organs(a: str, b: str) -> bool:
    """Do two readings name the same organ(s), a short form (省政府办公厅) naming its full form?"""
    xs, ys = [x for x in re.split(r"[、|]", a) if x], [y for y in re.split(r"[、|]", b) if y]
    return len(xs) == len(ys) and all(_norm(x) == _norm(y) or organ_core(x) == organ_core(y) for x, y in zip(xs, ys))


def _page_words(value: str) -> str:
    m = _PAGE_WORDS.search(value)
    return m.group() if m else ""


def _weak(key: str, f: Field) -> bool:
    return any(f.rule.startswith(r) for r in WEAK_RULES.get(key, ()))


def _others(seen: dict[str, list[Field]], key: str, f: Field) -> list[Field]:
    """The other readings of a field: those from another rule (an independent reading)."""
    return [g for g in seen.get(key, []) if g.rule != f.rule]


def _title(f: Field, seen, fields: dict[str, Field]) -> tuple[str, str]:
    words = _page_words(f.value)
    if words:
        return LOW, f"the title carries page words ({words})"
    lost = re.search(r"\?|\ufffd", f.value)
    if lost:  # a character lost in an encoding (试?guó）Q方案): the title cannot be read as written
        return LOW, f"the title carries an undecodable character ({f.value[max(0, lost.start() - 4):lost.end() + 4]})"
    if re.search(r"\.(?:docx?|pdf|wps)|\d+\s*页[）)]", f.evidence) and not f.rule.startswith("cover"):
        return LOW, f"read from a file name ({f.evidence[:40]}), not the document's own heading"
    kind = fields.get("kind")
    if f.rule.startswith("headline") and kind is not None and kind.rule.startswith("news item (headline"):
        return MEDIUM, "the headline of a news item"
    if _weak("title", f):
        return LOW, f"read as {f.rule}"
    others = _others(seen, "title", f)
    if any(same_title(g.value, f.value) for g in others):
        agree = next(g for g in others if same_title(g.value, f.value))
        return HIGH, f"{agree.rule} gives the same title"
    # another reading that names another title: not a variant (…建设规划 / …建设总体规划, a left-over gloss)
    differs = [g for g in others if _norm(g.value) not in _norm(f.value) and _norm(f.value) not in _norm(g.value)
               and not _variant(g.value, f.value)]
    covers = [g for g in differs if g.rule.startswith("cover")]
    if covers:  # the cover notice issues one document, the title line names another
        return LOW, f"the {covers[0].rule} names another: {covers[0].value}"
    # a headline or field naming the notice that issues the document (关于印发《2024年全市…要点》的通知) whose 《X》
    # is not the title read (2024市…要点: the page's own heading lost words, or the notice names it otherwise)
    issued = [(g, m.group(1)) for g in differs if (m := _ISSUES.search(g.value)) and not same_title(m.group(1), f.value)]
    issued += [(g, g.value) for g in others if g.rule.startswith("cover") and g not in differs
               and _norm(g.value) != _norm(f.value) and _variant(g.value, f.value)]  # (2024年全县… over 2024县…)
    if issued:
        return LOW, f"the {issued[0][0].rule} names 《{issued[0][1]}》, not the title read"
    if differs:
        return MEDIUM, f"{differs[0].rule} names another: {differs[0].value}"
    return MEDIUM, ""


_ISSUES = re.compile(r"(?:印发|转发|下发)《([^》]{4,120})》的(?:通知|函)")


def _variant(a: str, b: str) -> bool:
    """Two readings of one title written a little differently (…建设规划 / …建设总体规划, a gloss left
    in one): nearly the same characters, ending on the same document word (方案 ≠ 分解表)."""
    ends = [m.group() if m else "" for m in (_KIND_WORD.search(_norm(x)) for x in (a, b))]
    return ends[0] == ends[1] and SequenceMatcher(None, _norm(a), _norm(b)).ratio() >= 0.85


def _issuer(f: Field, seen) -> tuple[str, str]:
    words = _page_words(f.value)
    if words:
        return LOW, f"the issuer carries page words ({words})"
    # the first organ gives the level: it must name its region (市教育局 does not); the others of a joint
    # list may be short (beside a ministry, 发展改革委 and 能源局 are central organs by their short names)
    first = f.value.split("、")[0]
    level, _, rule = level_of_issuer(first)
    regionless = [first] if not level or rule.startswith("unknown division") else []
    others = _others(seen, "issuer", f)
    office = next((g for g in others if _office_apart(g.value, f.value)), None)
    if office is not None:  # an organ and its office, or its two offices, are different issuers
        return LOW, f"{office.rule} names {office.value}: the organ or one of its offices (办公厅/办公室)?"
    if _weak("issuer", f):
        return LOW, f"read from the page's {f.rule} (the site a text was taken from is not always its issuer)"
    if any(same_organs(g.value, f.value) for g in others):
        agree = next(g for g in others if same_organs(g.value, f.value))
        return (MEDIUM if regionless else HIGH), f"{agree.rule} names the same organ"
    if regionless:
        return LOW, f"{regionless[0]} names no region"
    if f.rule.split(" ")[0] in PUBLISHER_LABELS:
        return MEDIUM, "the page's publisher (usually, not always, the issuer)"
    return MEDIUM, ""


_OFFICE = re.compile(r"(?:办公厅|办公室)$")


def _office_apart(a: str, b: str) -> bool:
    """Do two single organ names differ only by an office (水利部 / 水利部办公厅; 某市人民政府办公厅 /
    某市人民政府办公室)?"""
    if "、" in a or "、" in b or a == b:
        return False
    bare_a, bare_b = _OFFICE.sub("", a), _OFFICE.sub("", b)
    return bool(bare_a) and bare_a == bare_b


def _issue_date(f: Field, seen, fields: dict[str, Field]) -> tuple[str, str]:
    others = _others(seen, "issue_date", f)
    if any(g.value == f.value for g in others):
        return HIGH, f"{next(g for g in others if g.value == f.value).rule} gives the same date"
    if "no organ above it" in f.rule and others:
        return LOW, f"an undated-looking signature; {others[0].rule} says {others[0].value}"
    if _weak("issue_date", f):  # (201625: a run of digits whose separators were lost, read the one way it can be)
        return LOW, f"{f.rule}: {f.evidence} may be garbled — check the date"
    published, kind = fields.get("published_date"), fields.get("kind")
    if (f.rule.endswith(" field") and not others and published is not None and published.value == f.value
            and kind is not None and kind.value == "report"):
        # a report is seldom signed and dated; a site may fill its 成文日期 field with the day it posted it
        return LOW, f"only the page's {f.rule} dates the report, and it is the day the page published it ({published.rule})"
    return MEDIUM, ""


# a bare level word that fixes the level (only provinces are 省, only counties 县 or 旗); 市 may be a
# provincial-level municipality, a prefecture or a county-level city, 区 a district or a new area
_DECISIVE_WORDS = re.compile(r"^(?:issuer: unknown division ending in|title opens with a bare level word|opening paragraph "
                             r"speaks of a|addressees name a|units the text names are a) (?:省|自治区|县|旗|国)\b")


def _level(f: Field, fields: dict[str, Field], seen) -> tuple[str, str]:
    if _weak("level", f):
        if _DECISIVE_WORDS.search(f.rule):
            return MEDIUM, f"{f.rule} (the word fixes the level, the region is not named)"
        if f.rule.startswith("the organ whose year's work"):
            return LOW, f"{f.rule}: an organ the text speaks for, not a signature or a title"
        if f.rule.startswith("the opening addresses every level's bodies"):
            return LOW, f"{f.rule}: who speaks so is read from the address, not from a signature or a title"
        return LOW, f"{f.rule}: the word does not fix the level"
    issuer = fields.get("issuer")
    if (f.rule.startswith("issuer") and issuer is not None and issuer.confidence == LOW
            and "names no region" not in issuer.note):
        return LOW, f"the organ it is read from is uncertain ({issuer.note})"
    others = _others(seen, "level", f)
    if any(g.value == f.value for g in others):
        return HIGH, f"{next(g for g in others if g.value == f.value).rule} gives the same level"
    if others:
        return MEDIUM, f"{others[0].rule} gives {others[0].value}"
    return MEDIUM, ""


def _derived(key: str, f: Field, fields: dict[str, Field], source: str, seen=None) -> tuple[str, str]:
    """The confidence of a field read from another (the kind or period of the title); a period the
    text states otherwise (title （2022—2030年）, text 规划期限为2021―2030年) is low."""
    base = fields.get(source)
    if _weak(key, f):
        return LOW, f"{f.rule}"
    against = [g for g in _others(seen or {}, key, f) if g.value != f.value] if key.startswith("period") else []
    if against:
        return LOW, f"{against[0].rule} gives {against[0].value}"
    if base is not None and f.evidence == base.evidence and base.confidence:
        if base.confidence == LOW:  # (the note names no other field: a warning is about the field it names first)
            return LOW, f"read from an uncertain heading ({base.note.replace('the title', 'it')})"
        return base.confidence, ""
    return MEDIUM, ""


def _doc_number(f: Field, seen) -> tuple[str, str]:
    others = _others(seen, "doc_number", f)
    if any(g.value == f.value for g in others):
        return HIGH, f"{next(g for g in others if g.value == f.value).rule} gives the same number"
    if _weak("doc_number", f):
        return LOW, f"read as {f.rule}: the number was repaired — check it against the text ({f.evidence[:20]})"
    return MEDIUM, ""


def assess(fields: dict[str, Field], seen: dict[str, list[Field]]) -> dict[str, Field]:
    """Each field with its confidence and note (see the module docstring).

    In: the fields chosen (``{name: Field}``) and every reading met (``{name: [Field]}``,
    the chosen ones among them). Out: a new dict of the same fields, confidence set.
    Title and issuer are assessed first: the kind, period and level read from them inherit
    their doubt.
    """
    out = dict(fields)

    def put(key: str, rated: tuple[str, str]) -> None:
        if out[key].value:  # an empty reading (a date readable two ways) keeps its note, and no confidence
            out[key] = replace(out[key], confidence=rated[0], note=rated[1])

    if "title" in out:
        put("title", _title(out["title"], seen, out))
    for key in ("issuer", "issue_date", "doc_number"):
        if key in out:
            rate = {"issuer": _issuer, "issue_date": lambda f, s: _issue_date(f, s, out), "doc_number": _doc_number}[key]
            put(key, rate(out[key], seen))
    if "level" in out:
        put("level", _level(out["level"], out, seen))
    if "region" in out:
        lvl = out.get("level")
        put("region", (lvl.confidence, lvl.note) if lvl is not None else (MEDIUM, ""))
    for key in ("kind", "period_start", "period_end"):
        if key in out:
            put(key, _derived(key, out[key], out, "title", seen))
    if "published_date" in out:
        put("published_date", (MEDIUM, ""))
    return out
