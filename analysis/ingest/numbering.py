"""Word auto-numbering materialized: the numbers Word draws in front of a numbered paragraph
(一、 （一） 1. （1） ①) come from ``word/numbering.xml``, not from the text runs. This module
computes them as Word displays them.

In:  the ``w:numbering`` and ``w:styles`` elements of a DOCX (lxml elements), then the
     document's paragraphs (``w:p`` elements) one by one in document order.
Out: for each paragraph its label — ``一、``, ``（二）``, ``3.`` — with the separator Word puts
     after it (``tab``/``space``/``nothing``), or None for a paragraph that is not numbered.

Why not a library: docx2python (3.7.1, ``bullets_and_numbering.py``) knows six formats (decimal,
letters, Roman, bullet) and turns every Chinese format into ``--``; it ignores ``w:lvlText``
(``%1、`` becomes ``1)``), ``w:lvlRestart``, ``w:startOverride`` and numbering linked through
paragraph styles. python-docx and mammoth do not number at all. The rules here follow ECMA-376
Part 1 §17.9 and Word's behaviour:

- a paragraph's ``w:numPr`` (numId, ilvl) is its own or its style's (``w:basedOn`` chain);
  ``numId`` 0 switches numbering off; a style-linked level (``w:lvl/w:pStyle``) gives the ilvl
  a style omits; an abstract definition with ``w:numStyleLink`` takes its levels from the
  definition the numbering style points to;
- counters belong to a list: numbering instances (``w:num``) that share an abstract definition
  continue one list; an instance that overrides a level (``w:startOverride``, or a whole
  ``w:lvl``) is a list of its own (Word's "restart numbering" writes such an instance);
- a level starts at ``w:start`` (default 1) and restarts whenever a higher level is used, unless
  ``w:lvlRestart`` says otherwise (0: never; n: only after a level ≤ n−1 is used);
- ``w:lvlText`` ``%n`` is level n's current value in level n's own format (all decimal under
  ``w:isLgl``); a level not yet used shows its start value;
- ``w:lvlOverride/w:lvl`` replaces a level's definition for that instance.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["W", "Level", "format_number", "NUMBER_FORMATS", "ListNumbering", "join_label"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _val(el, tag: str) -> str | None:
    """The ``w:val`` of child ``tag`` of ``el`` (None when the child is absent)."""
    if el is None:
        return None
    child = el.find(_w(tag))
    return None if child is None else child.get(_w("val"))


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _on(el, tag: str) -> bool:
    """An OOXML on/off child: present and not switched off."""
    child = None if el is None else el.find(_w(tag))
    return child is not None and child.get(_w("val"), "true") not in ("0", "false", "off")


# ---------------------------------------------------------------- number formats

_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL_SIMPLIFIED = ("零壹贰叁肆伍陆柒捌玖", "拾", "佰", "仟")
_CN_LEGAL_TRADITIONAL = ("零壹貳參肆伍陸柒捌玖", "拾", "佰", "仟")


def _chinese_counting(n: int) -> str:
    # Word's chineseCounting: 十, 十一, 二十一 below a hundred, then digit by digit (一〇五)
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    return "".join(_CN_DIGITS[int(d)] for d in str(n))


def _counting_with_units(n: int, digits: str, ten: str, hundred: str, thousand: str, zero: str,
                         one_before_ten: bool) -> str:
    """Spoken-style numerals with unit characters (一百〇五, 壹佰零伍), up to 9999."""
    if n >= 10000:
        return str(n)
    parts: list[str] = []
    pending_zero = False
    for value, unit in ((1000, thousand), (100, hundred), (10, ten), (1, "")):
        d = (n // value) % 10
        if d == 0:
            pending_zero = bool(parts)
            continue
        if pending_zero:
            parts.append(zero)
            pending_zero = False
        if unit == ten and d == 1 and not parts and not one_before_ten:
            parts.append(ten)  # 十一, not 一十一, at the head of the number
        else:
            parts.append(digits[d] + unit)
    return "".join(parts) or digits[0]


def _chinese_counting_thousand(n: int) -> str:
    # Word's chineseCountingThousand: 十一, 一百〇五, 一千〇一十 (〇 marks the skipped place)
    return _counting_with_units(n, _CN_DIGITS, "十", "百", "千", "〇", one_before_ten=False)


def _legal(n: int, chars: tuple[str, str, str, str]) -> str:
    digits, ten, hundred, thousand = chars
    return _counting_with_units(n, digits, ten, hundred, thousand, digits[0], one_before_ten=True)


def _japanese_counting(n: int) -> str:
    # 十, 十一, 二十, 百, 百五, 千: no 一 before a unit, no mark for a skipped place
    if n >= 10000:
        return str(n)
    out = []
    for value, unit in ((1000, "千"), (100, "百"), (10, "十")):
        d = (n // value) % 10
        if d:
            out.append(("" if d == 1 else "〇一二三四五六七八九"[d]) + unit)
    if n % 10:
        out.append("〇一二三四五六七八九"[n % 10])
    return "".join(out)


def _digit_by_digit(n: int, digits: str) -> str:
    return "".join(digits[int(d)] for d in str(n))


def _letters(n: int) -> str:
    # Word repeats the letter past z: y, z, aa, bb, … (not base 26)
    return "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = []
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                       (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _enclosed(first: int, last: int):
    # Unicode's enclosed numerals exist for 1..(last-first+1); Word shows plain digits past them
    def fmt(n: int) -> str:
        return chr(first + n - 1) if 1 <= n <= last - first + 1 else str(n)
    return fmt


def _from_list(chars: str):
    def fmt(n: int) -> str:
        return chars[n - 1] if 1 <= n <= len(chars) else str(n)
    return fmt


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


#: ``w:numFmt`` value → the function writing a counter value in that format.
NUMBER_FORMATS = {
    "decimal": str,
    "decimalHalfWidth": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "decimalFullWidth2": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "decimalEnclosedCircle": _enclosed(0x2460, 0x2473),         # ① … ⑳
    "decimalEnclosedCircleChinese": _enclosed(0x2460, 0x2473),
    "decimalEnclosedFullstop": _enclosed(0x2488, 0x249B),       # ⒈ … ⒛
    "decimalEnclosedParen": _enclosed(0x2474, 0x2487),          # ⑴ … ⒇
    "ideographEnclosedCircle": _enclosed(0x3280, 0x3289),       # ㊀ … ㊉
    "chineseCounting": _chinese_counting,
    "chineseCountingThousand": _chinese_counting_thousand,
    "taiwaneseCounting": _chinese_counting_thousand,
    "taiwaneseCountingThousand": _chinese_counting_thousand,
    "chineseLegalSimplified": lambda n: _legal(n, _CN_LEGAL_SIMPLIFIED),
    "ideographLegalTraditional": lambda n: _legal(n, _CN_LEGAL_TRADITIONAL),
    "ideographDigital": lambda n: _digit_by_digit(n, _CN_DIGITS),
    "taiwaneseDigital": lambda n: _digit_by_digit(n, _CN_DIGITS),
    "japaneseDigitalTenThousand": lambda n: _digit_by_digit(n, _CN_DIGITS),
    "japaneseCounting": _japanese_counting,
    "ideographTraditional": _from_list("甲乙丙丁戊己庚辛壬癸"),
    "ideographZodiac": _from_list("子丑寅卯辰巳午未申酉戌亥"),
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
    "ordinal": _ordinal,
    "none": lambda n: "",
}


def format_number(n: int, fmt: str) -> str | None:
    """``n`` written in the ``w:numFmt`` format ``fmt`` (``chineseCounting``: 十一), or None for a
    format this module does not know (the caller writes decimal and warns)."""
    func = NUMBER_FORMATS.get(fmt)
    if func is None:
        return None
    return func(n) if n > 0 or fmt in ("decimal", "decimalZero", "none") else str(n)


# ---------------------------------------------------------------- definitions


@dataclass(frozen=True)
class Level:
    """One ``w:lvl``: its format, level text, start value, restart rule (None: after any higher
    level; 0: never; n: after a level ≤ n−1), the separator after the number, whether it is a
    legal (all-decimal) level, and the paragraph style linked to it."""

    fmt: str = "decimal"
    text: str | None = None
    start: int = 1
    restart: int | None = None
    suffix: str = "tab"
    legal: bool = False
    style: str | None = None


def _level(lvl) -> Level:
    text_el = lvl.find(_w("lvlText"))
    return Level(
        fmt=_val(lvl, "numFmt") or "decimal",
        text=None if text_el is None else (text_el.get(_w("val")) or ""),
        start=_int(_val(lvl, "start")) if _int(_val(lvl, "start")) is not None else 1,
        restart=_int(_val(lvl, "lvlRestart")),
        suffix=_val(lvl, "suff") or "tab",
        legal=_on(lvl, "isLgl"),
        style=_val(lvl, "pStyle"),
    )


@dataclass
class _Instance:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)       # w:startOverride by level
    levels: dict[int, Level] = field(default_factory=dict)      # w:lvlOverride/w:lvl by level


@dataclass
class _StyleNumbering:
    based_on: str | None
    num_id: str | None
    ilvl: int | None


_PUA_BULLET = re.compile("[\uf000-\uf8ff]")


class ListNumbering:
    """The numbering of one document, with its counters.

    Build it with :meth:`from_parts` (or :meth:`empty` for a document without numbering), then
    call :meth:`label` for every paragraph in document order — table cells included, since
    Word counts them too. ``warnings`` collects what could not be rendered exactly (an unknown
    format, a numbering instance that is not defined).
    """

    def __init__(self, abstracts: dict[str, dict[int, Level]], instances: dict[str, _Instance],
                 styles: dict[str, _StyleNumbering], num_style_links: dict[str, str]):
        self._abstracts = abstracts
        self._instances = instances
        self._styles = styles
        self._num_style_links = num_style_links
        self._values: dict[str, dict[int, int]] = {}   # list key → level → current value
        self._seen_instances: set[str] = set()
        self.warnings: list[str] = []

    @classmethod
    def empty(cls) -> "ListNumbering":
        """Numbering of a document without ``numbering.xml``: no paragraph is numbered."""
        return cls({}, {}, {}, {})

    @classmethod
    def from_parts(cls, numbering, styles) -> "ListNumbering":
        """From the ``w:numbering`` element (or None) and the ``w:styles`` element (or None)."""
        abstracts: dict[str, dict[int, Level]] = {}
        links: dict[str, str] = {}
        instances: dict[str, _Instance] = {}
        if numbering is not None:
            for a in numbering.findall(_w("abstractNum")):
                aid = a.get(_w("abstractNumId"))
                abstracts[aid] = {int(lvl.get(_w("ilvl"), "0")): _level(lvl) for lvl in a.findall(_w("lvl"))}
                link = _val(a, "numStyleLink")
                if link:
                    links[aid] = link
            for num in numbering.findall(_w("num")):
                inst = _Instance(abstract=_val(num, "abstractNumId") or "")
                for ov in num.findall(_w("lvlOverride")):
                    ilvl = int(ov.get(_w("ilvl"), "0"))
                    start = _int(_val(ov, "startOverride"))
                    if start is not None:
                        inst.starts[ilvl] = start
                    lvl = ov.find(_w("lvl"))
                    if lvl is not None:
                        inst.levels[ilvl] = _level(lvl)
                instances[num.get(_w("numId"))] = inst
        style_map: dict[str, _StyleNumbering] = {}
        if styles is not None:
            for s in styles.findall(_w("style")):
                ppr = s.find(_w("pPr"))
                numpr = None if ppr is None else ppr.find(_w("numPr"))
                style_map[s.get(_w("styleId"))] = _StyleNumbering(
                    based_on=_val(s, "basedOn"), num_id=_val(numpr, "numId"), ilvl=_int(_val(numpr, "ilvl")))
        return cls(abstracts, instances, style_map, links)

    # -- which list and level a paragraph is in

    def _abstract_of(self, num_id: str) -> str | None:
        inst = self._instances.get(num_id)
        if inst is None:
            return None
        aid, hops = inst.abstract, 0
        # numStyleLink: the levels live in the definition the numbering style's numId points to
        while aid in self._num_style_links and hops < 5:
            style = self._styles.get(self._num_style_links[aid])
            target = self._instances.get(style.num_id) if style and style.num_id else None
            if target is None or target.abstract == aid:
                break
            aid, hops = target.abstract, hops + 1
        return aid if aid in self._abstracts else None

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, int | None, str | None]:
        """(numId, ilvl, the style that carried them) from a paragraph style and its bases."""
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            s = self._styles.get(style_id)
            if s is None:
                break
            if s.num_id is not None:
                return s.num_id, s.ilvl, style_id
            style_id = s.based_on
        return None, None, None

    def numbering_of(self, p) -> tuple[str, int] | None:
        """(numId, ilvl) of paragraph ``p`` (a ``w:p`` element), or None when it is not numbered."""
        ppr = p.find(_w("pPr"))
        numpr = None if ppr is None else ppr.find(_w("numPr"))
        style_id = _val(ppr, "pStyle")
        num_id, ilvl = _val(numpr, "numId"), _int(_val(numpr, "ilvl"))
        linked_style = None
        if num_id is None:
            num_id, style_ilvl, linked_style = self._style_numbering(style_id)
            ilvl = ilvl if ilvl is not None else style_ilvl
        if num_id is None or num_id == "0":
            return None
        if ilvl is None:
            # the level linked to the paragraph's style, else the first
            aid = self._abstract_of(num_id)
            levels = self._abstracts.get(aid, {}) if aid else {}
            ilvl = next((i for i, lv in sorted(levels.items()) if lv.style in (style_id, linked_style)), 0)
        return num_id, max(0, min(ilvl, 8))

    # -- counting

    def _level_def(self, num_id: str, aid: str, ilvl: int) -> Level | None:
        inst = self._instances[num_id]
        if ilvl in inst.levels:
            return inst.levels[ilvl]
        return self._abstracts[aid].get(ilvl)

    def label(self, p) -> tuple[str, str] | None:
        """The number Word shows before paragraph ``p`` and the separator after it (``tab``,
        ``space`` or ``nothing``); None when ``p`` is not numbered. Advances the counters: call
        it once per paragraph, in document order."""
        where = self.numbering_of(p)
        if where is None:
            return None
        num_id, ilvl = where
        aid = self._abstract_of(num_id)
        if aid is None:
            self.warnings.append(f"numbering instance {num_id} is not defined in numbering.xml; "
                                 f"the paragraph's number is not shown")
            return None
        level = self._level_def(num_id, aid, ilvl)
        if level is None:
            self.warnings.append(f"level {ilvl} of numbering {num_id} is not defined; the paragraph's number is "
                                 f"not shown")
            return None
        inst = self._instances[num_id]
        key = f"num {num_id}" if (inst.starts or inst.levels) else f"abstract {aid}"
        values = self._values.setdefault(key, {})
        if num_id not in self._seen_instances:
            self._seen_instances.add(num_id)
            for lv in inst.starts:
                values.pop(lv, None)  # a restart instance starts its overridden levels afresh
        start = inst.starts.get(ilvl, level.start)
        values[ilvl] = values[ilvl] + 1 if ilvl in values else start
        for deeper in [k for k in values if k > ilvl]:
            dl = self._level_def(num_id, aid, deeper)
            restart = dl.restart if dl is not None else None
            if restart is None or (restart > 0 and ilvl <= restart - 1):
                del values[deeper]
        return self._render(num_id, aid, ilvl, level, values), level.suffix

    def _render(self, num_id: str, aid: str, ilvl: int, level: Level, values: dict[int, int]) -> str:
        if level.text is None:
            return ""
        if level.fmt == "bullet":
            return _PUA_BULLET.sub("•", level.text)

        def sub(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lv = self._level_def(num_id, aid, k) or Level()
            inst = self._instances[num_id]
            value = values.get(k, inst.starts.get(k, lv.start))
            fmt = "decimal" if (level.legal and lv.fmt not in ("none",)) else lv.fmt
            text = format_number(value, fmt)
            if text is None:
                self.warnings.append(f"numbering format {fmt} is not known; its numbers are shown as decimal")
                text = str(value)
            return text

        return re.sub(r"%([1-9])", sub, level.text)


def join_label(label: tuple[str, str] | None, text: str) -> str:
    """The paragraph's text as Word shows it: the label, the separator, the text. A tab after
    the number is shown as one space (it is a gap on the page, not a column)."""
    if not label or not label[0]:
        return text
    number, suffix = label
    sep = {"space": " ", "nothing": ""}.get(suffix, " ")
    return number + (sep + text if text else "")

