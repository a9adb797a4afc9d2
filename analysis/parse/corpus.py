"""Stage 1 — corpus: read, decode and normalize the raw plan texts.

In:  ``data/raw/*.txt`` and ``data/manifest.csv``.
Out: :class:`Document` objects carrying the untouched decoded source, the
normalized text, and every repair and warning made on the way.

Normalization, in order (each change is recorded as a :class:`Repair` whose
``position`` is a character offset into the decoded *source* text):

1. decoding (UTF-8 with or without BOM, then GB18030, which covers GBK),
2. line ends (CRLF, CR → LF); an anti-copy mirror's noise (ASCII runs and a stamped site name) removed,
3. web-page navigation text after the end of the document cut off,
4. a title line repeated in the front matter removed,
5. full-width letters/digits → ASCII, ASCII punctuation → full-width,
6. traditional → simplified (OpenCC ``t2s``),
6a. a comma doubled by a mirror's text spinner (，， · ，。 · ，、) removed,
6b. a document-sharing page's numbered pieces joined, and a one-line page (its line breaks
   lost) broken where its text shows a break was (:mod:`analysis.parse.one_line`),
7. lines broken inside a sentence (PDF page breaks) rejoined, and a
   character doubled across such a break removed,
8. spaces between CJK characters and numbers (PDF artefacts) removed.

Mojibake (``??``, U+FFFD) is *flagged* as a warning, never guessed at.
"""
from __future__ import annotations

import csv
import gc
from contextlib import contextmanager
from array import array
import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from ..ingest import MAX_FILE_BYTES, CorpusError, RawDocument, read_raw
from ..ingest.text import decode_bytes
from .joined_tables import joined_table_edits
from .one_line import one_line_breaks, page_piece_edits
from .extract.units import is_unit_label
from .text_tables import is_unit_list, table_lines
from .metadata import (DOC_NUMBER, FIELDS as METADATA_KEYS, LEVELS, Field, is_date_line, is_field_line, is_organ_line,
                       is_title_line, organ_names, read_metadata, signs_under_a_sentence)

__all__ = [
    "CorpusError",
    "Repair",
    "ParseWarning",
    "Document",
    "MANIFEST_COLUMNS",
    "LEVELS",
    "KINDS",
    "MAX_FILE_BYTES",
    "decode_bytes",
    "normalize",
    "read_manifest",
    "read_document",
    "read_corpus",
    "metadata_from_text",
    "corpus_plan",
    "read_or_warn",
]

#: Columns a manifest must have; further columns are kept as they are.
MANIFEST_COLUMNS = [
    "doc_id", "file", "title", "issuer", "level", "region", "issue_date",
    "period_start", "period_end", "programme", "kind", "doc_number", "parent",
]
KINDS = ("plan", "report", "other")

_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")


@dataclass(frozen=True)
class Repair:
    """One change the normalizer made. ``position`` is an offset in the source."""

    doc_id: str
    kind: str
    position: int
    before: str
    after: str


@dataclass(frozen=True)
class ParseWarning:
    """Something the reader should look at; ``position`` is an offset in the source (-1: whole file)."""

    doc_id: str
    kind: str
    position: int
    message: str


@dataclass
class Document:
    """A plan or report: its manifest metadata, source text and normalized text.

    ``origin[i]`` is the source offset of ``text[i]``, so any span found in the
    normalized text can be traced back to the file.
    """

    meta: dict
    source: str
    text: str
    origin: Sequence[int]
    repairs: list[Repair] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    script: str = "simplified"
    encoding: str = "utf-8"
    format: str = "txt"
    line_where: Sequence[str] = ()

    @property
    def doc_id(self) -> str:
        return self.meta["doc_id"]

    def source_line(self, text_offset: int) -> int:
        """1-based line number in the source text of a normalized-text offset."""
        if not self.origin:
            return 1
        pos = self.origin[min(max(text_offset, 0), len(self.origin) - 1)]
        return self.source.count("\n", 0, pos) + 1

    def where(self, text_offset: int) -> str:
        """Where a normalized-text offset comes from in the original file: ``line 12`` for a
        text file, ``page 3 line 7``, ``paragraph 14``, ``table 1 row 3``, ``<p> 12`` … for the
        other formats (see :class:`analysis.ingest.RawDocument`)."""
        line = self.source_line(text_offset)
        if self.line_where and line <= len(self.line_where):
            return self.line_where[line - 1]
        return f"line {line}"


# --------------------------------------------------------------------------
# an edit buffer that keeps every character's source offset
# --------------------------------------------------------------------------

class _Buffer:
    """Text plus, for every character, its offset in the source; edits are recorded."""

    def __init__(self, text: str, doc_id: str):
        self.text = text
        # a compact int64 array: a list of Python ints costs ~36 bytes a character
        self.origin = array("q")
        self.origin.frombytes(np.arange(len(text), dtype=np.int64).tobytes())
        self.doc_id = doc_id
        self.repairs: list[Repair] = []

    def apply(self, edits: Iterable[tuple[int, int, str]], kind: str) -> None:
        """Replace the non-overlapping spans ``(start, end, new)`` of the current text."""
        edits = sorted(edits)
        if not edits:
            return
        parts: list[str] = []
        origin = array("q")
        cursor = 0
        for start, end, new in edits:
            if start < cursor:
                raise AssertionError(f"overlapping edits ({kind})")
            parts.append(self.text[cursor:start])
            origin.extend(self.origin[cursor:start])
            anchor = self.origin[start] if start < len(self.origin) else len(self.origin)
            if len(new) == end - start:
                origin.extend(self.origin[start:end])
            else:
                origin.extend(array("q", [anchor]) * len(new))
            parts.append(new)
            self.repairs.append(Repair(self.doc_id, kind, anchor, self.text[start:end], new))
            cursor = end
        parts.append(self.text[cursor:])
        origin.extend(self.origin[cursor:])
        self.text = "".join(parts)
        self.origin = origin


# --------------------------------------------------------------------------
# normalization steps
# --------------------------------------------------------------------------

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_FULL_PUNCT = "，。、；：！？（）《》〈〉“”‘’【】〔〕…—"
_SECTION = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]+[、.．]")
_MARKER = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|"
    r"\d{1,3}[.．、﹒）)](?!\d)|[（(]\d{1,3}[）)]|[\u2460-\u2473]|第[一二三四五六七八九十]+[章节条部分])"
)
# A heading of a decimal outline alone on its line (1.2 适用范围 · 4.2.1 国家级响应): twenty characters at most, no
# stop or comma in it (a wrapped line of a sentence that starts with an amount, 1.5万元…, is longer)
_DECIMAL_HEADING = re.compile(r"^[ \t\u3000]*\d{1,2}(?:[.．]\d{1,2}){1,3}(?![.．]?\d)[ \t\u3000]*[\u4e00-\u9fff][^。；，]{0,19}$")
# A line ending a sentence, or a parenthetical (责任单位…，完成时限…) that closes a paragraph.
_TERMINAL = re.compile(r"(?:[。！？；：!?;:）)]|[。！？][”’」』])\s*$")
_SIGN_LINE = re.compile(r"^\s*[（(].*\d{4}-\d{2}-\d{2}.*[）)]\s*$")
_FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:][ \t]*\S")  # (发文时间: 2011-11-1: a space after an ASCII colon)
_SENTENCE_PUNCT = re.compile(r"[。，；！？,;]")
_MOJIBAKE_LEAD = re.compile(r"[ÃÂâ]")
# (a character lost with its pinyin gloss kept: 试?guó)Q)
_MOJIBAKE = re.compile(r"\?{2,}|\ufffd+|[ÃÂâ][\x80-\xbf€-™]{1,2}|\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}[)）]")

# ASCII punctuation that Chinese official documents write full-width.
_TO_FULL = {"(": "（", ")": "）", ",": "，", ":": "：", ";": "；"}


def _full_width_to_ascii(ch: str) -> str | None:
    code = ord(ch)
    if ch == "\u3000":
        return " "
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    if ch in "％．＋－／＝＠＆＃":
        return chr(code - 0xFEE0)
    return None


def _cut_trailer(buf: _Buffer, warnings: list[ParseWarning]) -> None:
    """Cut trailing web-page navigation: long lines with no sentence punctuation."""
    lines = buf.text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    cut_from = None
    table = None  # (the lines of a table flattened to text — a closing list of names is no navigation — read once, if needed)
    i = len(lines) - 1
    while i >= 0:
        stripped = lines[i].strip()
        if not stripped:
            i -= 1
            continue
        if len(stripped) >= 40 and not _SENTENCE_PUNCT.search(stripped) and not _MARKER.match(stripped):
            table = _table_lines(lines) if table is None else table
            if i in table:
                break
            cut_from = i
            i -= 1
            continue
        break
    if cut_from is None or cut_from == 0:
        return
    start = offsets[cut_from] - 1  # take the newline before it too
    removed = buf.text[start:].rstrip()
    warnings.append(ParseWarning(
        buf.doc_id, "trailer_cut", buf.origin[start + 1],
        f"cut {len(removed.strip())} characters of trailing navigation text: {removed.strip()[:30]}…",
    ))
    buf.apply([(start, len(buf.text), "\n")], "trailer_cut")


def _body_start(text: str) -> int:
    """Offset of the first section heading (一、…), or 0 when there is none."""
    for m in re.finditer(r"^.*$", text, flags=re.M):
        if _SECTION.match(m.group()):
            return m.start()
    return 0


def _drop_duplicate_front_lines(buf: _Buffer) -> None:
    """A front-matter line that repeats an earlier one (web pages repeat the title)."""
    end = _body_start(buf.text)
    seen: set[str] = set()
    edits = []
    for m in re.finditer(r"^.*\n", buf.text[:end], flags=re.M):
        line = m.group().strip()
        # a repeated title goes; a repeated organ name is a header and a signature, both kept, and so is a
        # repeated date (a page's 生成日期 field, then the signature's date under the cover)
        if len(line) >= 10 and line in seen and not is_organ_line(line) and not is_date_line(line):
            edits.append((m.start(), m.end(), ""))
        seen.add(line)
    buf.apply(edits, "duplicate_line")


# Page furniture: the field block and reading aids of a web page, and a news item's
# wrapper, copied along with a document. A line is furniture when it opens with one of
# these page labels (the labels of a CMS record are never the first words of a sentence
# in a plan) and carries no sentence of its own.
_FURNITURE_LABELS = (
    "来源", "信息来源", "文章来源", "稿件来源", "发布时间", "发布日期", "发布机构", "发布单位", "发布者", "作者",
    "公开方式", "公开时限", "公开范围", "公开日期", "统一登记号", "字号", "浏览次数", "点击数", "点击量", "阅读量", "发布于", "阅读次数", "访问量",
    "当前位置", "您当前的位置", "您现在的位置", "您现在所在的位置", "您的位置", "所在位置", "责任编辑", "编辑", "审核",
    "校对", "扫一扫", "分享到", "分享至", "所属机构", "有效性", "日期", "文字大小", "上传人", "上传时间", "编号",
)
# field names of a law database record, written with no separator before the value (发文机关中共…)
_FIELD_NAMES = ("索引号", "主题分类", "时效性", "效力级别", "施行日期", "发文机关", "发文日期", "发文字号", "成文日期",
                "发布机关", "公布日期", "实施日期", "打印本页", "关闭窗口", "打印文本", "【打印】", "【关闭】", "[打印]",
                "[关闭]")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_FURNITURE = re.compile(
    # (a label and a bar is a table's header cell: 编号 | 工作事项 | 牵头部门)
    rf"^[ \t\u3000]*(?:(?:{_alternation(_FURNITURE_LABELS)})[ \t\u3000]*[：:>]|(?:{_alternation(_FURNITURE_LABELS)})[ \t\u3000]+(?![ \t\u3000|｜])"
    rf"|(?:{_alternation(_FIELD_NAMES)}))[^。！？]*$"
    # (a breadcrumb, not a one-line page that opens with one: 首页 > 公报 > … 某局关于印发《X》的通知 … 现将《X》印发给你们。)
    r"|^[ \t\u3000]*(?:网站)?首页\s*[>＞/»][^。！？]*$|[【\[]\s*大\s*中\s*小\s*[】\]]"
    # where the page sits: 您的位置首页 日常用品 食品 · 生态文明促进会 > 生态聚焦 > 热门话题 (three places or more)
    r"|^[ \t\u3000]*(?:您的位置|您当前的位置|您现在的位置|您现在所在的位置|当前位置)[^。！？]*$"
    r"|^[^。，；！？>＞»\n]{0,24}(?:[ \t\u3000]*[>＞»]{1,2}[ \t\u3000]*[^。，；！？>＞»\n]{1,24}){2,}[ \t\u3000>＞»]*$"
    # a site's greeting: 您好！欢迎访问某某协会官方网站
    r"|^[ \t\u3000]*(?:您好[！!，,]?[ \t\u3000]*)?欢迎(?:访问|光临|来到)[^。]{0,40}$"
    # a document-sharing site's record: VIP专免 · 24 页 · 29.51KB · 海报 · 侵权投诉 · 下载文档 · a count of
    # reads or downloads alone on its line (999+ · 1.2万+ · 3w+)
    r"|^[ \t\u3000]*(?:VIP\S{0,4}|海报|侵权投诉|举报|下载文档|文档下载|\d+(?:\.\d+)?[ \t]*[KMkm]B|\d{1,4}[ \t]*页"
    r"|\d{1,6}\+|\d{1,4}(?:\.\d)?[万wWkK]\+?"
    r"|第\d{1,4}页[ \t]*共\d{1,4}页|共\d{1,4}页[ \t]*第\d{1,4}页)[ \t\u3000]*$"
    # a site's switch between its sections: 国内政策【切换】 国际政策
    r"|^[ \t\u3000]*[^。，；\n]{0,12}【切换】[^。，；\n]{0,12}$"
    # a line of a table of contents: its heading, dot leaders, its page (1.1 编制目的·········4 · 第三章 保障措施……12)
    r"|^[ \t\u3000]*[^。；！？\n]{1,40}?[·…．・‥.]{4,}[ \t\u3000]*\d{1,3}[ \t\u3000]*$"
    # a news item's byline and a site's footer: （通讯员 某某 编辑：某某） · 京ICP备… · 版权所有
    r"|^[ \t\u3000]*[（(]?(?:记者|通讯员|编辑|责任编辑|审核|校对|来源)[ \t\u3000：:][^。]{0,40}[）)]?[ \t\u3000]*$"
    r"|ICP备|公网安备|版权所有|Copyright|技术支持[：:]|主办单位[：:]"
    # a document-sharing site's wrapper: 《X.docx》由会员分享，可在线阅读…
    r"|^[ \t\u3000]*《[^》]{4,120}\.(?:docx?|pdf|wps|txt)[^》]*》.*(?:由会员分享|在线阅读|文库|下载)"
    # an image's file name where the page showed the picture: 1.jpg · 图片2.png · IMG_0153.JPEG
    r"|^[ \t\u3000]*[\w\u4e00-\u9fff.（）()-]{1,40}\.(?:jpe?g|png|gif|bmp|webp|JPE?G|PNG|GIF|BMP|WEBP)[ \t\u3000]*$"
    # a line made only of a page's controls: 无障碍 简体| 繁体, 搜索位置 …
    r"|^(?:[ \t\u3000|｜/>＞]*(?:无障碍浏览|无障碍阅读|无障碍|手机版|移动版|长者版|适老版|关怀版|进入适老化模式|适老化模式|"
    r"联系我们|简体|繁体|搜索位置|匹配度|排序|搜索|登录|注册|首页|返回顶部|返回|打印|关闭|收藏|导航菜单|网站导航|栏目导航|"
    r"分享|网站地图|English|字体|[大中小]))+[ \t\u3000|｜/>＞]*$"
)
# a pinyin gloss a mirror site puts after a character: 执（zhí）法 → 执法; cut at the end: 规（gu
# (the bracket comes first and the look-behind checks the character before it: a pattern that opens
# with its bracket is scanned for the bracket, one that opens with a look-behind is tried at every position)
# (a mirror may repeat a gloss: 和(he)(he)国家 — the repeats go with the first)
_PINYIN = "[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,7}"
# (a space may pad the gloss inside its brackets: 创（chuàng ）作)
_READING_AID = re.compile(rf"[（(](?<=[\u4e00-\u9fff][（(]) ?{_PINYIN} ?(?:[）)](?:[（(] ?{_PINYIN} ?[）)])*|$)")


def _remove_reading_aids(buf: _Buffer) -> None:
    """Remove pinyin glosses inserted after characters (``质（zhì）量``), one ``reading_aid`` repair each."""
    if "（" not in buf.text and "(" not in buf.text:
        return
    buf.apply([(m.start(), m.end(), "") for m in _READING_AID.finditer(buf.text)], "reading_aid")


# an anti-copy mirror's noise: runs of random ASCII stamped between the words (a)M;U-{liK8s_0 · k3{[@o\8}+I~0) and
# the site's name stamped again and again (中國古建築營造網) — no text of the document. A run is noise when it mixes
# capitals, small letters and signs, five characters at least (not a URL, not a 文号's [2010]97, not a pinyin gloss); the
# page is noisy when it has five such runs or more.
_ASCII_RUN = re.compile(r"[!-~]+")
_NOISE_SIGN = re.compile(r"[!\"#$&'*+;<=>?@\[\\\]^_`{|}~]")  # (not the ( ) . , - : % / of text and pinyin glosses)


def _noise_run(run: str) -> bool:
    return (len(run) >= 5 and bool(re.search(r"[A-Z]", run)) and bool(re.search(r"[a-z]", run)) and bool(_NOISE_SIGN.search(run))
            and not run.startswith("{{")  # (a template's placeholder, {{sexSelectedText}}: the page's, left as it is)
            and not re.search(r"://|www\.|\.(?:com|cn|net|org|gov|htm|html|shtml|jsp|php|aspx?|pdf|docx?)\b|@\w+\.", run, re.I))


def _stamped_site_names(text: str) -> list[str]:
    """The names a page stamps into its lines: the longest runs of 4–10 characters ending in 网 that recur three times
    or more (中國古建築營造網, not its tail 建築營造網)."""
    counts: dict[str, int] = {}
    for m in re.finditer(r"[网網]", text):
        for size in range(4, 11):
            name = text[m.end() - size:m.end()]
            if len(name) < size or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
                break
            counts[name] = counts.get(name, 0) + 1
    return [n for n, c in counts.items() if c >= 3 and not any(o != n and o.endswith(n) and counts[o] == c for o in counts)]


def _remove_copy_noise(buf: _Buffer) -> None:
    """An anti-copy page (five noise runs or more, :func:`_noise_run`): remove its runs of letters and signs and the site
    name stamped into its lines, one ``copy_noise`` repair each."""
    if sum(1 for m in _ASCII_RUN.finditer(buf.text) if _noise_run(m.group())) < 5:
        return
    # on a noisy page, every run of letters and signs is noise (:\I · 1B)tT), not a URL; capitals alone (GDP, PM2.5) stay
    runs = [m for m in _ASCII_RUN.finditer(buf.text)
            if re.search(r"[A-Za-z]", m.group()) and not re.fullmatch(r"[A-Z0-9.]{1,6}", m.group())
            and re.search(r"[^A-Za-z0-9]", m.group()) and not re.search(r"://|www\.", m.group())]
    names = _stamped_site_names(buf.text)
    stamped = list(re.finditer("|".join(map(re.escape, sorted(names, key=len, reverse=True))), buf.text)) if names else []
    # (a short run of letters beside a noise run is its tail: 1B)tT UQ二〇一〇年…)
    ends = {r.end() for r in runs}
    tails = [m for m in re.finditer(r"(?<=[!-~])[ \t]+[A-Za-z]{1,4}(?=[\u4e00-\u9fff\s]|$)", buf.text) if m.start() in ends]
    edits = sorted({(m.start(), m.end()) for m in runs + stamped + tails})
    merged: list[tuple[int, int]] = []
    for a, b in edits:  # (a site name inside a run, or runs touching: one edit)
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    buf.apply([(a, b, "") for a, b in merged], "copy_noise")


# a news item's dateline opening its first paragraph: 台海网1月11日讯（海峡导报记者 某某 通讯员 某某）
_DATELINE = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{2,10}\d{1,2}月\d{1,2}日(?:电|讯)(?:[（(][^（）()\n]{0,40}[）)])?", re.M)


# a collection page's label (合集下载): the lines above it name the collection or another document of it
_COLLECTION_LABEL = re.compile(r"^[ \t\u3000]*(?:合集下载|文档合集|资料合集|合集)[ \t\u3000]*$")


def _remove_collection_wrapper(buf: _Buffer) -> None:
    """A page of a collection of documents: the collection's label (合集下载) among the first five lines,
    and every line above it (the headline of another document of the collection, cut), are page
    furniture; the document begins below."""
    lines = list(re.finditer(r"^.*(?:\n|$)", buf.text, flags=re.M))
    filled = [m for m in lines if m.group().strip()][:5]
    label = next((m for m in filled if _COLLECTION_LABEL.match(m.group().rstrip("\n"))), None)
    if label is None:
        return
    buf.apply([(m.start(), m.end(), "") for m in lines if m.end() <= label.end() and m.group().strip()],
              "page_furniture")


_FILE_NAME_LINE = re.compile(r"^[ \t\u3000]*(?P<stem>[^\n。，；：:]{4,120}?)\.(?:docx?|pdf|wps|xlsx?|txt)[ \t\u3000]*\n"
                             r"(?:[ \t\u3000]*\n)*[ \t\u3000]*(?P=stem)", re.M)


def _opening(text: str, lines: int) -> str:
    """The first ``lines`` lines of ``text``, line breaks included."""
    return text[:sum(len(x) + 1 for x in text.split("\n")[:lines])]


def _repeated_file_name(text: str) -> list[tuple[int, int, str]]:
    """A file's name alone on a line of the page's opening (某方案.docx), the title printed below it: the
    name line is the page's, not the text's (the title alone is read, not both lines as one)."""
    head = _opening(text, 6)
    m = _FILE_NAME_LINE.search(head) if "." in head else None
    return [(m.start(), m.start() + m.group().index("\n") + 1, "")] if m else []


# a breadcrumb printed as a numbered list at the page's top: 1. 首页 ⏎ 2. 学习前沿 ⏎ 3. 热点评述 ⏎ 4. 正文
_CRUMB_HOME = re.compile(r"[ \t\u3000]*1[.．、][ \t\u3000]*(?:网站)?首页[ \t\u3000]*\n")
_CRUMB = re.compile(r"[ \t\u3000]*\d[.．、][ \t\u3000]*[^\s。，；：:]{1,8}[ \t\u3000]*(?:\n|$)")


def _numbered_breadcrumb(text: str) -> list[tuple[int, int, str]]:
    """The lines of a breadcrumb printed as a numbered list opening the text (1. 首页 ⏎ 2. … ⏎ 3. …): page
    furniture, no task — their numbers follow on (2., 3., …); the edits that remove them."""
    start = len(text) - len(text.lstrip("\n"))
    m = _CRUMB_HOME.match(text, start)
    if not m:
        return []
    edits, at, n = [(m.start(), m.end(), "")], m.end(), 2
    while (c := _CRUMB.match(text, at)) and c.group().strip().startswith(str(n)):
        edits.append((c.start(), c.end(), ""))
        at, n = c.end(), n + 1
    return edits if n > 2 else []


def _remove_furniture(buf: _Buffer) -> None:
    """Remove page furniture lines (see ``_FURNITURE``), each recorded as a ``page_furniture`` repair.

    Only lines before the first section heading or after the last one can be furniture:
    the body of a plan is never interrupted by a page's field block.
    """
    text = buf.text
    body = _body_start(text)
    last_heading = max((m.start() for m in re.finditer(r"^.*$", text, flags=re.M) if _SECTION.match(m.group())),
                       default=len(text))
    edits = []
    for m in re.finditer(r"^.*(?:\n|$)", text, flags=re.M):
        if not m.group().strip() or (body <= m.start() < last_heading and body):
            continue
        line = m.group().rstrip("\n")
        if len(line) <= 150 and _FURNITURE.search(line):
            edits.append((m.start(), m.end(), ""))
    buf.apply(edits, "page_furniture")
    buf.apply(_numbered_breadcrumb(buf.text), "page_furniture")
    buf.apply(_repeated_file_name(buf.text), "page_furniture")
    _remove_collection_wrapper(buf)
    # only in the first lines: a news item's dateline opens its first paragraph
    head = _opening(buf.text, 4)
    m = _DATELINE.search(head)
    if m:
        buf.apply([(m.start(), m.end(), "")], "news_wrapper")


_WIDTH_CANDIDATE = re.compile(r"[\u3000\uff10-\uff19\uff21-\uff3a\uff41-\uff5a％．＋－／＝＠＆＃(),:;]")


# every character the width step may change, and what it becomes
_WIDTH_TABLE = {ord(ch): (_full_width_to_ascii(ch) or _TO_FULL.get(ch))
                for ch in "\u3000％．＋－／＝＠＆＃(),:;" + "".join(
                    chr(c) for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for c in range(r[0], r[1] + 1))}
# the same as a code-point lookup table (str.translate with a dict costs a lookup per character)
_WIDTH_LUT = np.arange(0x10000, dtype=np.uint32)
for _code, _new in _WIDTH_TABLE.items():
    _WIDTH_LUT[_code] = ord(_new)
# 14:09:33, 1,000 and e-mail/URL text keep their ASCII punctuation
_ASCII_BETWEEN_ALNUM = re.compile(r"(?<=[A-Za-z0-9])[,:](?=[A-Za-z0-9])")


def _normalize_width(buf: _Buffer) -> None:
    """Full-width letters, digits and signs to ASCII; ASCII ( ) , : ; to the full-width forms
    Chinese documents use, except , and : between ASCII letters or digits (times, numbers, URLs)."""
    text = buf.text
    if not _WIDTH_CANDIDATE.search(text):
        return
    codes = _codepoints(text)
    new = np.where(codes < 0x10000, _WIDTH_LUT[np.minimum(codes, 0xFFFF)], codes).astype("<u4").tobytes().decode("utf-32-le")
    kept = [m.start() for m in _ASCII_BETWEEN_ALNUM.finditer(text)]
    if kept:
        chars = list(new)
        for i in kept:
            chars[i] = text[i]
        new = "".join(chars)
    buf.apply(_line_runs(text, new), "width")


def _line_runs(old: str, new: str) -> list[tuple[int, int, str]]:
    """The edits turning ``old`` into ``new`` (same length, newlines unchanged), one per line that
    changed: from its first to its last changed character, as :func:`_merge_runs` would give for
    the per-character edits — found with array comparisons rather than a Python loop per character."""
    a, b = _codepoints(old), _codepoints(new)
    changed = np.flatnonzero(a != b)
    if not len(changed):
        return []
    breaks = np.flatnonzero(a == 10)
    line = np.searchsorted(breaks, changed)  # the line each changed character is on
    first = np.flatnonzero(np.r_[True, line[1:] != line[:-1]])
    last = np.r_[first[1:] - 1, len(changed) - 1]
    return [(int(changed[f]), int(changed[e]) + 1, new[changed[f]:changed[e] + 1]) for f, e in zip(first, last)]


def _merge_runs(edits: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Merge the same-length edits of one line into one run, so a repair records a stretch
    (``before``/``after`` from its first to its last changed character), not a character:
    a traditional plan has a repair per line that changed, tens, not one per character.
    Unchanged characters inside a run are kept as they are; offsets stay exact, because a run
    has the length it replaces."""
    merged: list[tuple[int, int, str]] = []
    run: list | None = None  # [start, end, pieces, same length]
    for start, end, new in edits:
        same = len(new) == end - start
        if run is not None and same and run[3] and text.find("\n", run[1], start) == -1:
            run[2].append(text[run[1]:start])
            run[2].append(new)
            run[1] = end
            continue
        if run is not None:
            merged.append((run[0], run[1], "".join(run[2])))
        run = [start, end, [new], same]
    if run is not None:
        merged.append((run[0], run[1], "".join(run[2])))
    return merged


@lru_cache(maxsize=2)
def _converter(config: str):
    import opencc  # imported lazily: loading its dictionaries takes a moment

    return opencc.OpenCC(config)


def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _n_differing(a: str, b: str) -> int:
    """Characters that differ between two strings of equal length (else the length difference)."""
    if len(a) != len(b):
        return abs(len(a) - len(b))
    return int(np.count_nonzero(_codepoints(a) != _codepoints(b)))


def _script_of(text: str, simplified: str | None = None) -> tuple[str, int, int]:
    """('simplified' | 'traditional' | 'mixed', n traditional chars, n simplified-only chars).
    ``simplified``: the text's t2s conversion when the caller has it already."""
    if simplified is None:
        simplified = _converter("t2s.json").convert(text)
    n_trad = _n_differing(text, simplified)
    if n_trad == 0:  # nothing to convert: simplified, whatever s2t would say
        return "simplified", 0, 0
    n_simp = _n_differing(text, _converter("s2t.json").convert(text))
    # Characters shared by both scripts (并, 后, 范 …) are "converted" by s2t too,
    # so a few per cent of the other script is noise, not mixing.
    if n_trad < 0.15 * n_simp:
        return "simplified", n_trad, n_simp
    if n_simp < 0.15 * n_trad:
        return "traditional", n_trad, n_simp
    return "mixed", n_trad, n_simp


def _to_simplified(buf: _Buffer, whole: str | None = None) -> None:
    """Convert the buffer to simplified script; ``whole``: its t2s conversion, when known."""
    converter = _converter("t2s.json")
    whole = converter.convert(buf.text) if whole is None else whole
    if whole == buf.text:
        return
    if len(whole) == len(buf.text):
        buf.apply(_line_runs(buf.text, whole), "script")  # character for character: a run per changed line
        return
    edits, pos = [], 0  # a phrase conversion changed the length somewhere: record changed lines
    for line in buf.text.split("\n"):
        new = converter.convert(line)
        if new != line:
            if len(new) == len(line):
                edits.extend((pos + i, pos + i + 1, b) for i, (a, b) in enumerate(zip(line, new)) if a != b)
            else:
                edits.append((pos, pos + len(line), new))
        pos += len(line) + 1
    buf.apply(_merge_runs(edits, buf.text), "script")


# A printed page number a PDF extraction leaves in the text: ``- 1 -``, ``— 2 —``, ``-3-``, alone on
# its line or at the start or end of a line (next to the text of the page). Dashes on both sides,
# so a range (2021-2023) or a list dash (- 项目) is never one.
_PAGE_NUMBER = re.compile(r"(?:^|(?<=[ \t\u3000]))[-—–－]{1,2}[ \t\u3000]*\d{1,3}[ \t\u3000]*[-—–－]{1,2}(?=[ \t\u3000]|$)", re.M)


def _remove_page_numbers(buf: _Buffer) -> None:
    """Remove printed page numbers (``- 2 -``), each a ``page_number`` repair.

    A number that opens a line marks a page break: when the line above did not end its sentence
    and what follows the number is no heading, the break is joined as well (``…听取法治政府建设`` ⏎
    ``- 2 - 工作汇报，…`` → one sentence), recorded as a ``page_break``.
    """
    text = buf.text
    if not re.search(r"[-—–－][ \t\u3000]*\d{1,3}[ \t\u3000]*[-—–－]", text):
        return
    edits: list[tuple[int, int, str, str]] = []
    for m in _PAGE_NUMBER.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        before, after = text[line_start:m.start()], text[m.end():line_end]
        if before.strip() and after.strip():
            continue  # inside a sentence: a dash pair around a number is no page number there
        end = m.end() + (len(after) - len(after.lstrip(" \t\u3000")))
        start = m.start() - (len(before) - len(before.rstrip(" \t\u3000"))) if before.strip() else line_start
        if not before.strip():
            # the page's first words (on the number's line, or the next line) continue the sentence
            # the page before broke off
            prev_end = line_start - 1
            while prev_end > 0 and not text[text.rfind("\n", 0, prev_end) + 1:prev_end].strip():
                prev_end = text.rfind("\n", 0, prev_end)  # skip blank lines
            prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
            prev = text[prev_start:prev_end].rstrip() if prev_end > 0 else ""
            resume = end
            if not text[end:line_end].strip():
                nxt = re.compile(r"[^\s]").search(text, line_end)
                resume = nxt.start() if nxt else len(text)
            rest_end = text.find("\n", resume)
            rest = text[resume:len(text) if rest_end < 0 else rest_end].strip()
            if prev and rest and not _TERMINAL.search(prev) and not _MARKER.match(rest) and not is_date_line(rest):
                edits.append((prev_start + len(prev), resume, "", "page_break"))
                continue
        edits.append((start, end, "", "page_number"))
    if edits:
        _apply_mixed(buf, edits)


# An item number a conversion split from its dot: 1 .按照… (a document-sharing page's text of a
# Word file). Only after a line start, a CJK character or a sentence's punctuation, so that a
# decimal (3 .5) or a year (2023 .) is never joined.
_SPACED_ITEM_NUMBER = re.compile(r"(?:^|(?<=[\u4e00-\u9fff。；：:！？”）]))(?<!\d)\d{1,2}(?P<gap>[ \t]+)(?=[.．][\u4e00-\u9fff“《])",
                                 re.MULTILINE)


def _close_spaced_item_numbers(buf: _Buffer) -> None:
    """``1 .按照…`` → ``1.按照…``: the space between an item number and its dot removed (an
    ``item_number`` repair each), so that the number reads as one."""
    buf.apply([(m.start("gap"), m.end("gap"), "") for m in _SPACED_ITEM_NUMBER.finditer(buf.text)], "item_number")


def _remove_doubled_commas(buf: _Buffer) -> None:
    """A comma before another stop, comma or enumeration mark (近日，，… · 上榜，。 · 县（市，、区）), as a mirror's
    text spinner leaves them, removed: never a mark of the text (a ``doubled_comma`` repair each)."""
    buf.apply([(m.start(), m.end(), "") for m in re.finditer(r"，(?=[，。、；：！？])", buf.text)], "doubled_comma")


def _break_one_line_page(buf: _Buffer, warnings: list[ParseWarning]) -> None:
    """A document-sharing page's numbered pieces joined again (a ``page_piece`` repair each), a task table
    whose cells ran together put back on lines (:mod:`analysis.parse.joined_tables`, ``joined_table``), then a page
    whose line breaks were lost gets them back where its text shows one was (:mod:`analysis.parse.one_line`),
    a ``one_line_page`` repair each. Item numbers split from their dots are closed first (pieces joined), so
    that the breaks go before them."""
    buf.apply([(a, b, "") for a, b in page_piece_edits(buf.text)], "page_piece")
    edits, unread = joined_table_edits(buf.text)
    buf.apply(edits, "joined_table")
    warnings += [ParseWarning(buf.doc_id, "joined_table_units", -1, message) for message in unread]
    _close_spaced_item_numbers(buf)
    buf.apply([(p, p, "\n") for p in one_line_breaks(buf.text)], "one_line_page")


# A numbered heading run into the line before it by a PDF extraction, after a space:
# ``一、持续推进学习 1.推动学习…`` · ``…〔牵头单位：…〕 二、压实…`` — it starts a line of its own
# when the text before the space is a heading without a sentence in it, or ends a sentence or a note.
_RUN_IN = re.compile(r"[ \t\u3000]+(?=(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,3}[.．](?!\d))"
                     r"[ \t\u3000]*[\u4e00-\u9fff])")


def _split_run_in_headings(buf: _Buffer) -> None:
    """Put a numbered heading run into the line before it (see ``_RUN_IN``) on its own line, a
    ``run_in_heading`` repair each."""
    edits = []
    for line_m in re.finditer(r"^.*$", buf.text, flags=re.M):
        line = line_m.group()
        if " " not in line and "\t" not in line and "\u3000" not in line:
            continue
        for m in _RUN_IN.finditer(line):
            before = line[:m.start()].strip()
            if not before:
                continue
            heading = bool(_MARKER.match(before)) and not _SENTENCE_PUNCT.search(before)
            if heading or re.search(r"[。；！？〕）】]$", before):
                edits.append((line_m.start() + m.start(), line_m.start() + m.end(), "\n"))
    buf.apply(edits, "run_in_heading")


# A unit note the page cut before its closing bracket at the end of a line: …发放补贴。（牵头单位：县人社局 — the
# line ends on a body's name, so the note is whole but for its ）, which is put back (a ``closed_note`` repair)
# (a label the units reader knows, then a list of bodies' names: analysis.parse.extract.units, text_tables)
_CUT_UNIT_NOTE = re.compile(r"[（(](?P<label>[\u4e00-\u9fff]{2,8})[：:](?P<units>[^（）()\n。；;：:]{2,80}?)[ \t\u3000]*$", re.M)


def _close_cut_unit_notes(buf: _Buffer) -> None:
    """``…（牵头单位：县人社局`` at a line's end → ``…（牵头单位：县人社局）``: see ``_CUT_UNIT_NOTE``."""
    buf.apply([(m.end("units"), m.end("units"), "）") for m in _CUT_UNIT_NOTE.finditer(buf.text)
               if is_unit_label(m["label"]) and is_unit_list(m["units"])], "closed_note")


# characters that double as words (件件能解决、事事有回应; 层层落实; 人人参与)
_REDUPLICATED = frozenset("人个件事层处时天年月日步家户条项样点常刻渐紧严实好多少大小高深细稳扎")


# a line going on with a word the line above cut (委、各街道党工委 · 局）): a character or two, then a separator
_GOES_ON = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:[、，；。）)]|$)")


def _wrap_width(lines: list[str]) -> int | None:
    """The width a PDF's text was wrapped at: the length most of its long lines share (two in five at least, six
    different lines), else None (a page whose paragraphs are lines of their own)."""
    long = [x.strip() for x in lines if len(x.strip()) >= 20]
    if len(long) < 10:
        return None
    width, count = Counter(map(len, long)).most_common(1)[0]
    distinct = {x for x in long if len(x) == width}  # (a page's list of like lines, printed twice, is no wrapping)
    return width if count * 5 >= len(long) * 2 and len(distinct) >= 6 else None


# a figure a PDF's extraction put on a line of its own, the word it counts starting the next (2020 ⏎ 年城市管理局… ·
# 出动 ⏎ 8000 ⏎ 余人次)
_FIGURE_LINE = re.compile(r"[ \t\u3000]*\d{1,9}(?:\.\d{1,4})?%?[ \t\u3000]*")
_COUNTED = re.compile(r"[ \t\u3000]*[年月日余个万亿人次项件元米吨亩家所座条批名户台辆多平千公]")


def _rejoin_split_figures(buf: _Buffer) -> None:
    """Join a figure alone on its line to the word it counts on the next line, and to the line before it when that
    line does not end a sentence (出动 ⏎ 8000 ⏎ 余人次 → 出动8000余人次); not inside a flattened table."""
    lines = buf.text.split("\n")
    figures = [i for i in range(len(lines) - 1) if _FIGURE_LINE.fullmatch(lines[i]) and _COUNTED.match(lines[i + 1])]
    if not figures:
        return
    table = _table_lines(lines)
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    edits = []
    for i in figures:
        if i in table or i + 1 in table:
            continue
        edits.append((starts[i] + len(lines[i]), starts[i + 1], ""))  # the figure and its word
        above = lines[i - 1].rstrip() if i > 0 else ""
        # (the line above goes on into the figure only inside a sentence: 今年，共开展专项整治行动 ⏎ 150 ⏎ 余次 — not a
        # title's last line, 2022年工作要点 ⏎ 2022 ⏎ 年，全区…)
        if above and i - 1 not in table and not re.search(r"[。；！？：:]$", above) and not _MARKER.match(above.strip()) \
                and not _FIGURE_LINE.fullmatch(lines[i - 1]) and re.search(r"[，,、]", above):
            edits.append((starts[i - 1] + len(lines[i - 1]), starts[i], ""))
    if edits:
        buf.apply(sorted(set(edits)), "line_break")


def _rejoin_broken_lines(buf: _Buffer) -> None:
    """Rejoin a sentence broken over lines (PDF page breaks, hard wraps) in the body.

    A break is joined when the line before it does not end a sentence and is not
    a heading, and the line after it does not start a heading, a numbered item
    or a signature. Blank lines inside such a break (a PDF page break) go too,
    and a character written on both sides of a page break (or of a line break, unless
    the pair is a reduplicated word such as 件件) is kept once.
    """
    text = buf.text
    start = _body_start(text)
    lines = text[start:].split("\n")
    offsets, pos = [], start
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    edits: list[tuple[int, int, str, str]] = []
    # (a flattened table's header may stand above the body's first heading: look at every line)
    above = text[:start].count("\n")
    table = {i - above for i in _table_lines(text.split("\n")) if i >= above}
    carried = 0  # brackets a paragraph joined so far has left open
    width = _wrap_width(text.split("\n"))  # (the whole text: the front matter is wrapped at the same width)
    i = 0
    while i < len(lines) - 1:
        a = lines[i]
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines) or not a.strip():
            i += 1
            continue
        if i in table or j in table:  # a flattened table's lines are its rows
            i = j
            continue
        if start == 0 and not _SENTENCE_PUNCT.search(a) and not any(_SENTENCE_PUNCT.search(x) for x in lines[:i]):
            i = j  # the lines before the first sentence of a text without sections are its front matter
            continue
        b = lines[j]
        a_s, b_s = a.rstrip(), b.strip()
        if _ends_front_line(a_s, b_s, lines[j + 1:j + 4]):
            carried = 0
            i = j
            continue
        filled = bool(width) and len(a_s.strip()) >= width - 3  # (a line a PDF wrapped at its width goes on below)
        is_heading = ((bool(_MARKER.match(a_s)) and not re.search(r"[。；]", a_s)) or bool(_DECIMAL_HEADING.match(a_s))) \
            and not filled
        # a line that leaves a bracket open has not ended: （责任单位：⏎各市县…）, also when the
        # bracket opened on a line joined before it: （⏎责任单位：⏎各市县…）
        depth = carried + a_s.count("（") - a_s.count("）")
        open_paren = depth > 0
        # a field line (部门分工：…, 分管省领导：…) is a line of its own — unless it fills the page's width and the line
        # after goes on with it (协办单位：区委编办、…、园区党工 ⏎ 委、各街道党工委: a PDF's fixed-width wrap; half-width
        # marks make a filled line a little shorter)
        field_line = not open_paren and (bool(_FIELD_LINE.match(b_s)) or bool(
            _FIELD_LINE.match(a_s.strip()) and len(a_s.strip()) <= 40
            and not (filled and _GOES_ON.match(b_s))))
        number_line = bool(DOC_NUMBER.fullmatch(a_s.strip()))  # a 文号 alone on its line
        if ((_TERMINAL.search(a_s) and not open_paren) or is_heading or field_line or number_line or _MARKER.match(b_s)
                or is_date_line(b_s) or _SIGN_LINE.match(b_s) or is_date_line(a_s)
                or (not open_paren and is_organ_line(a_s.strip()) and signs_under_a_sentence(lines, i))):
            # an organ alone on its line under a closing sentence (…请认真遵照执行。 ⏎ 某局办公室): a signature
            carried = 0
            i = j
            continue
        carried = max(depth, 0)
        join_start = offsets[i] + len(a_s)
        join_end = offsets[j] + (len(b) - len(b.lstrip()))
        page_break = j > i + 1
        edits.append((join_start, join_end, "", "page_break" if page_break else "line_break"))
        doubled = a_s[-1] == b_s[0] and re.match(f"[{_CJK}]", a_s[-1])
        # a page break may have reduced to one line break on the way to us; a pair that
        # is a word (件件, 事事, 层层) stays unless the break was a page break
        if doubled and (page_break or a_s[-1] not in _REDUPLICATED):
            edits.append((join_end, join_end + 1, "", "doubled_char"))
        i = j
    if edits:
        _apply_mixed(buf, edits)


# (or any line a double dash opens: a subtitle, ——某某局长在…会议上的报告, or a dash item — never a wrapped line's rest)
_MEETING_LINE = re.compile(r"^(?:[—－]{2}|[—－\-]{1,2}[ \t]*(?:19|20)\d\d年)")
_BULLET = re.compile(r"^(?:[•·▪●]|-[ \t]|【[^】]{2,6}】)")
# 附件 / 附件1： alone on its line, above an attachment's title
_ATTACHMENT_MARK = re.compile(r"^附件[ \t]*\d{0,2}[ \t]*[：:]?$")
# the print line closing a notice: 某市某局办公室 2018年8月9日印发
_PRINT_LINE = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日[ \t]*印发$")
# the first words of a paragraph (为深入贯彻… · 根据… · 2023年以来，…)
_PARAGRAPH_OPENER = re.compile(r"^(?:为|根据|按照|近年来|今年以来|(?:19|20)\d\d年(?:以来|度)?[，,]|(?:19|20)\d\d年是|受[^。，]{2,20}委托)")
# a notice's own title (关于深化…2017年重点工作任务的通知): a title line too, whatever its organ
_NOTICE_TITLE_LINE = re.compile(r"^[^。；：:，]{0,40}关于[^。；：:]{4,120}的通知$")


def _ends_front_line(a: str, b: str, after: Sequence[str]) -> bool:
    """Is the break between ``a`` and ``b`` one of the front matter or a signature, never joined:
    organ names above organ names or a date (a signature block), organ names that a date or
    more organ names follow, a 文号 line, a title line above the first words of a paragraph."""
    a, b = a.strip(), b.strip()
    nxt = next((x.strip() for x in after if x.strip()), "")
    if is_organ_line(a) and (is_organ_line(b) or is_date_line(b)):
        return True
    if is_organ_line(b) and nxt and (is_organ_line(nxt) or is_date_line(nxt)):
        return True
    if DOC_NUMBER.fullmatch(b) or _ATTACHMENT_MARK.match(a) or _ATTACHMENT_MARK.match(b) or _PRINT_LINE.search(a):
        return True
    if _BULLET.match(a) or _BULLET.match(b):  # the items of a bulleted field block (•【制定机关】…)
        return True
    if re.fullmatch(r"[（(]此件[^）)]{0,12}[）)]", b):  # （此件公开发布）: a signature's note
        return True
    # a report's heading block: title ⏎ ——2022年12月18日在…会议上 ⏎ 某县财政局 ⏎ 各位代表：
    if _MEETING_LINE.match(b) or a.endswith("会议上") or (is_organ_line(a) and b.endswith("：")):
        return True
    return (is_title_line(a) or bool(_NOTICE_TITLE_LINE.match(a))) and bool(_PARAGRAPH_OPENER.match(b))


def _apply_mixed(buf: _Buffer, edits: list[tuple[int, int, str, str]]) -> None:
    """Apply edits of several kinds at once, recording each with its own kind."""
    before = len(buf.repairs)
    buf.apply([(s, e, n) for s, e, n, _ in edits], "_")
    kinds = [k for *_, k in sorted(edits)]
    recorded = buf.repairs[before:]
    buf.repairs[before:] = [
        Repair(r.doc_id, k, r.position, r.before, r.after) for r, k in zip(recorded, kinds)
    ]


_TABLE_HEADER_LINE = re.compile(r"^[ \t\u3000]*序[ \t\u3000]*号[ \t\u3000]+\S")
_TABLE_ROW_LINE = re.compile(r"^[ \t\u3000]*\d{1,3}[ \t\u3000]+\S.*[ \t\u3000]+\S+[ \t\u3000]*$")


# a cell of a table flattened one cell a line: the line opens or closes with a bar
PIPE_CELL_LINE = re.compile(r"^[ \t\u3000]*\|.*$|^.*\|[ \t\u3000]*$")


def pipe_cell_lines(lines: Sequence[str]) -> list[int]:
    """Indices of the lines of a table flattened one cell a line (:data:`PIPE_CELL_LINE`); a
    table needs three such lines at least, so a stray bar makes none (then ``[]``)."""
    pipe = [i for i, line in enumerate(lines) if PIPE_CELL_LINE.match(line)]
    return pipe if len(pipe) >= 3 else []


def _table_lines(lines: list[str]) -> set[int]:
    """Indices of the lines of a task table flattened to text: a ``序号 …`` header, then rows
    ``1 task text unit`` whose columns are separated by spaces (blank lines may come between);
    or a table flattened one cell a line, each cell closed (or opened) by ``|`` — at least three
    such lines — where the spaces in a cell separate names (``市公路局 市运管局 |``)."""
    out: set[int] = set(pipe_cell_lines(lines)) | table_lines(lines)  # (any shape, :mod:`.text_tables`)
    for i, line in enumerate(lines):
        if not _TABLE_HEADER_LINE.match(line):
            continue
        out.add(i)
        for k in range(i + 1, len(lines)):
            if not lines[k].strip():
                continue
            if not _TABLE_ROW_LINE.match(lines[k]):
                break
            out.add(k)
    return out


def _remove_cjk_spaces(buf: _Buffer) -> None:
    """``到 2025 年底`` → ``到2025年底``: spaces a PDF extraction put between CJK and numbers.
    The spaces between the columns of a flattened table stay."""
    cjk_or_full = f"[{_CJK}{_FULL_PUNCT}]"
    # (?<=X)[ \t]+(?=Y), written to open with the space so that re scans for spaces (see _READING_AID)
    pattern = re.compile(f"[ \\t](?:(?<={cjk_or_full}[ \\t])[ \\t]*(?=[{_CJK}{_FULL_PUNCT}0-9])"
                         f"|(?<=[0-9%][ \\t])[ \\t]*(?={cjk_or_full}))")
    lines = buf.text.split("\n")
    table = _table_lines(lines)
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    # joint issuers on one signature line are separated by spaces alone: 某市交通运输局   某市公安局
    signature = {i for i, line in enumerate(lines) if len(line.split()) > 1 and len(organ_names(line)) > 1}
    # a row of a page's fields separated by spaces alone (文  号 某政办〔2023〕45号 主题分类 生态保护): the spaces end values
    # (a row with separators, 来源：… 作者：…, is read by its labels)
    fields = {i for i, line in enumerate(lines)
              if len(line.split()) > 2 and not re.search("[：:]", line) and is_field_line(line)}
    protected = [(starts[i], starts[i] + len(lines[i])) for i in sorted(table | signature | fields)]
    edits = []
    for m in pattern.finditer(buf.text):
        if any(a <= m.start() < b for a, b in protected):
            continue
        # keep indentation: only spaces inside a line, after its first non-space
        line_start = buf.text.rfind("\n", 0, m.start()) + 1
        if buf.text[line_start:m.start()].strip():
            edits.append((m.start(), m.end(), ""))
    buf.apply(edits, "space")


# question marks opening a line before its text: the paragraph's indentation (two ideographic spaces)
# lost in an encoding; only when three lines or more open so (one could be a real ??)
_LOST_INDENT = re.compile(r"^[ \t]*(\?{2,4})(?=[\u4e00-\u9fff0-9（《“])", re.M)


def _restore_lost_indentation(buf: _Buffer, warnings: list[ParseWarning]) -> None:
    """Lines that open with ``??`` (see ``_LOST_INDENT``) get their indentation back as ideographic
    spaces: ``lost_indentation`` repairs and one ``mojibake`` warning that says so."""
    if "??" not in buf.text:
        return
    found = list(_LOST_INDENT.finditer(buf.text))
    if len(found) < 3:
        return
    warnings.append(ParseWarning(buf.doc_id, "mojibake", buf.origin[found[0].start(1)],
                                 f"{len(found)} lines open with '??' (indentation lost in an encoding): read as spaces"))
    buf.apply([(m.start(1), m.end(1), "\u3000" * len(m.group(1))) for m in found], "lost_indentation")


# HTML markup saved with a page's text (<p style="…">…</p><p><br/></p>): a paragraph or line tag
# ends a line, an inline tag is nothing; only when the text carries three tags or more
_MARKUP = re.compile(r"<(?P<close>/)?(?P<tag>p|br|div|h[1-6]|li|tr|strong|b|em|i|span|font|u|td)\b[^<>\n]{0,200}?/?>",
                     re.I)
_BLOCK_TAGS = {"p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr"}


# a Markdown image a page's text was saved with (![](https://…/a.jpg)): no words of the document
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]{0,200}\]\([^()\n]{0,400}\)")


_SPACE_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|sp)(?:[;；]|(?![A-Za-z]))", re.I)


def _strip_markup(buf: _Buffer) -> None:
    """Remove HTML tags from a text that carries them (see ``_MARKUP``): ``html_markup`` repairs. A
    block ends a line where it closes (</p>, <br/>) and where one opens after text on the same line.
    Markdown images (``_MARKDOWN_IMAGE``) go too, whatever else the text carries."""
    if "![" in buf.text:
        buf.apply([(m.start(), m.end(), "") for m in _MARKDOWN_IMAGE.finditer(buf.text)], "html_markup")
    if "&" in buf.text:  # a space entity a page printed as text (国务院办公厅 &sp; · &nbsp): a space
        buf.apply([(m.start(), m.end(), " ") for m in _SPACE_ENTITY.finditer(buf.text)], "html_markup")
    if "<" not in buf.text:
        return
    found = list(_MARKUP.finditer(buf.text))
    if len(found) < 3:
        return
    edits = []
    for m in found:
        block = m["tag"].lower() in _BLOCK_TAGS and (m["close"] or m["tag"].lower() == "br" or
                                                     (m.start() > 0 and buf.text[m.start() - 1] not in "\n>"))
        edits.append((m.start(), m.end(), "\n" if block else ""))
    buf.apply(edits, "html_markup")


def _flag_mojibake(buf: _Buffer, warnings: list[ParseWarning]) -> None:
    if "?" not in buf.text and "\ufffd" not in buf.text and not _MOJIBAKE_LEAD.search(buf.text):
        return  # the usual case, decided by two substring tests and a one-class scan
    for m in _MOJIBAKE.finditer(buf.text):
        ctx = buf.text[max(0, m.start() - 8): m.end() + 8].replace("\n", " ")
        warnings.append(ParseWarning(
            buf.doc_id, "mojibake", buf.origin[m.start()],
            f"undecodable characters {m.group()!r} in …{ctx}… (left as they are)",
        ))


def normalize(source: str, doc_id: str = "") -> tuple[str, list[int], list[Repair], list[ParseWarning], str]:
    """Normalize a decoded plan text.

    In: the decoded source text. Out: ``(text, origin, repairs, warnings, script)``
    — the normalized simplified text, the source offset of each of its
    characters, the repairs made, the warnings raised and the script the
    source was written in (``simplified`` / ``traditional`` / ``mixed``).
    """
    warnings: list[ParseWarning] = []
    buf = _Buffer(source, doc_id)
    buf.apply([(m.start(), m.end(), "\n") for m in re.finditer(r"\r\n?", source)], "line_end")
    _strip_markup(buf)
    _restore_lost_indentation(buf, warnings)
    _remove_copy_noise(buf)
    _flag_mojibake(buf, warnings)
    _cut_trailer(buf, warnings)
    _remove_reading_aids(buf)
    _drop_duplicate_front_lines(buf)
    _normalize_width(buf)
    simplified = _converter("t2s.json").convert(buf.text)  # converted once, for the script and the text
    script, _, _ = _script_of(buf.text, simplified)
    if script == "mixed":
        warnings.append(ParseWarning(doc_id, "mixed_script", -1,
                                     "text mixes traditional and simplified characters; converted to simplified"))
    _to_simplified(buf, simplified)
    _remove_doubled_commas(buf)
    _break_one_line_page(buf, warnings)
    _remove_furniture(buf)
    _remove_page_numbers(buf)
    _split_run_in_headings(buf)
    _close_cut_unit_notes(buf)
    _rejoin_split_figures(buf)
    _rejoin_broken_lines(buf)
    _remove_cjk_spaces(buf)
    return buf.text, buf.origin, buf.repairs, warnings, script


# --------------------------------------------------------------------------
# metadata read from the text itself (documents the manifest does not list)
# --------------------------------------------------------------------------

def metadata_from_text(text: str, furniture: list[tuple[int, str]] = ()) -> dict:
    """A document's metadata read from its normalized text, as plain values.

    Returns a dict with the manifest's keys (title, issuer, level, region,
    issue_date, period_start, period_end, kind, doc_number) plus
    ``published_date``; a value that could not be read is ``""``. The manifest
    entry always wins over these. :func:`analysis.parse.metadata.read_metadata` gives
    the same values with the rule and line each came from.
    """
    fields = read_metadata(text, furniture)
    return {k: (fields[k].value if k in fields else "") for k in METADATA_KEYS}


# --------------------------------------------------------------------------
# manifest and files
# --------------------------------------------------------------------------

def _check_year(value: str, where: str, column: str) -> None:
    if not re.fullmatch(r"\d{4}", value):
        raise CorpusError(f"{where}: malformed {column} {value!r} (expected a year such as 2021)")


def read_manifest(path: str | Path, raw_dir: str | Path | None = None) -> pd.DataFrame:
    """Read and validate the corpus manifest.

    In: the manifest CSV (UTF-8, with or without BOM) and the folder its
    ``file`` column is relative to (default: ``data/raw`` beside it). Out: a
    DataFrame of strings, one row per document, columns in file order (extra
    columns are kept). Raises :class:`CorpusError` naming the manifest line on
    a missing column or file, a duplicate or unsafe doc_id, an unknown level or
    kind, or a malformed date or period (the contract: docs/manifest.md; the
    period may be left empty, both years, for a plan that states none).
    """
    path = Path(path)
    raw_dir = Path(raw_dir) if raw_dir is not None else path.parent / "raw"
    if not path.is_file():
        raise CorpusError(f"{path}: manifest not found")
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: manifest is not UTF-8 (byte {exc.start})") from None
    if not rows:
        raise CorpusError(f"{path}: manifest is empty")
    header = [h.strip() for h in rows[0]]
    missing = [c for c in MANIFEST_COLUMNS if c not in header]
    if missing:
        raise CorpusError(f"{path}: missing column(s) {', '.join(missing)}")
    records, first_line = [], {}
    for lineno, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise CorpusError(f"{path} line {lineno}: {len(row)} fields, header has {len(header)}")
        rec = {h: cell.strip() for h, cell in zip(header, row)}
        where = f"{path} line {lineno}"
        doc_id = rec["doc_id"]
        if not _SAFE_ID.match(doc_id):
            raise CorpusError(f"{where}: doc_id {doc_id!r} must be letters, digits, _ . - (no path characters)")
        if doc_id in first_line:
            raise CorpusError(f"{where}: duplicate doc_id {doc_id!r} (first on line {first_line[doc_id]})")
        first_line[doc_id] = lineno
        name = rec["file"]
        if not name or "/" in name or "\\" in name or name.startswith("."):
            raise CorpusError(f"{where}: file {name!r} must be a plain file name inside {raw_dir}")
        if not (raw_dir / name).is_file():
            raise CorpusError(f"{where}: file {raw_dir / name} does not exist")
        if rec["level"] not in LEVELS:
            raise CorpusError(f"{where}: unknown level {rec['level']!r} (expected one of {', '.join(LEVELS)})")
        if rec["kind"] not in KINDS:
            raise CorpusError(f"{where}: unknown kind {rec['kind']!r} (expected one of {', '.join(KINDS)})")
        try:
            _dt.date.fromisoformat(rec["issue_date"])
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["issue_date"]):
                raise ValueError
        except ValueError:
            raise CorpusError(f"{where}: malformed issue_date {rec['issue_date']!r} (expected YYYY-MM-DD)") from None
        # the period is optional (docs/manifest.md): both empty, or both years in order
        if rec["period_start"] or rec["period_end"]:
            if not (rec["period_start"] and rec["period_end"]):
                given, empty = ("period_start", "period_end") if rec["period_start"] else ("period_end", "period_start")
                raise CorpusError(f"{where}: {given} {rec[given]!r} without {empty} (give both years, or leave both "
                                  f"empty when the plan states no period)")
            _check_year(rec["period_start"], where, "period_start")
            _check_year(rec["period_end"], where, "period_end")
            if int(rec["period_start"]) > int(rec["period_end"]):
                raise CorpusError(f"{where}: period_start {rec['period_start']} is after period_end {rec['period_end']}")
        records.append(rec)
    return pd.DataFrame(records, columns=header, dtype=object)


def read_document(path: str | Path, meta: dict | None = None, doc_id: str | None = None,
                  office_cache: str | Path | None = None) -> Document:
    """Read and normalize one plan file, in any format :mod:`analysis.ingest` reads.

    In: the file path and, when the manifest lists it, its manifest row as a
    dict. Out: a :class:`Document`. Without a manifest row the metadata is read
    from the text and a ``not_in_manifest`` warning is recorded. Raises
    :class:`CorpusError` (one line naming the file and the problem) for a file
    that cannot be read: missing, oversized, empty, damaged, encrypted, of an
    unsupported format, or without text.
    """
    path = Path(path)
    raw = read_raw(path, office_cache)
    doc_id = doc_id or (meta or {}).get("doc_id") or _doc_id_from_name(path.stem)
    source = raw.text
    text, origin, repairs, warnings, script = normalize(source, doc_id)
    repairs[:0] = _reader_repairs(raw, doc_id)
    if raw.encoding not in ("utf-8", ""):
        repairs.insert(0, Repair(doc_id, "encoding", 0, raw.encoding, "utf-8"))
    warnings[:0] = [ParseWarning(doc_id, kind, -1, message) for kind, message in raw.warnings]
    furniture = [(r.position, r.before) for r in repairs if r.kind in ("page_furniture", "news_wrapper")]
    fields = read_metadata(text, furniture)
    guessed = {k: (fields[k].value if k in fields else "") for k in METADATA_KEYS}
    listed = meta is not None
    if meta is None:
        meta = {c: "" for c in MANIFEST_COLUMNS}
        meta.update(guessed)
        meta.update(doc_id=doc_id, file=path.name)
        warnings.insert(0, ParseWarning(
            doc_id, "not_in_manifest", -1,
            f"{path.name} is not in the manifest; metadata read from its text "
            f"(title {guessed['title'] or '?'}, issuer {guessed['issuer'] or '?'}, level {guessed['level'] or '?'})",
        ))
        for key in ("title", "issuer", "level", "issue_date", "kind"):
            if not meta[key]:  # left empty: a default would look like a reading
                seen = fields.get(key)  # an empty reading says what was seen (2024111: two dates)
                warnings.append(ParseWarning(doc_id, "metadata_missing", -1,
                                             f"could not read the {key} of {path.name} from its text"
                                             + (f": {seen.note}" if seen is not None and seen.note else "")))
        warnings.extend(_uncertain_fields(fields, doc_id, origin))
    else:
        meta = dict(meta)
        if not meta.get("period_start") and not meta.get("period_end"):
            # a listed plan without a period is read as an unlisted one is: its own text's period, or none
            meta["period_start"], meta["period_end"] = guessed["period_start"], guessed["period_end"]
            meta["metadata_from_text_fields"] = ("period_start", "period_end")
    meta["metadata_source"] = "text" if not listed else "manifest"
    meta["metadata_from_text"] = guessed
    meta["metadata_fields"] = fields
    return Document(meta=meta, source=source, text=text, origin=origin, repairs=repairs,
                    warnings=warnings, script=script, encoding=raw.encoding, format=raw.format,
                    line_where=raw.where if raw.format != "txt" else ())


#: Fields a researcher is warned about when their reading is of low confidence.
_WARNED_FIELDS = ("title", "issuer", "issue_date", "level", "kind", "period_start", "period_end", "doc_number")


def _uncertain_fields(fields: dict[str, Field], doc_id: str, origin: Sequence[int]) -> list[ParseWarning]:
    """A ``metadata_uncertain`` warning for each field read with low confidence, naming the field,
    the value, the rule and what was seen (the message names no other field: a scorer and a
    reader take the field a warning concerns from its words)."""
    out = []
    for key in _WARNED_FIELDS:
        f = fields.get(key)
        if f is None or f.confidence != "low" or not f.value:
            continue
        start = fields.get("period_start")
        if key == "period_end" and start is not None and start.confidence == "low":
            continue  # one warning for the period
        name = "period_start/period_end" if key.startswith("period") else key
        value = (f"{fields['period_start'].value}–{fields['period_end'].value}"
                 if key == "period_start" and "period_end" in fields else f.value)
        if f.source_offset is not None:
            position = f.source_offset
        elif f.offset is not None and origin:
            position = origin[min(f.offset, len(origin) - 1)]
        else:
            position = -1
        out.append(ParseWarning(doc_id, "metadata_uncertain", position,
                                f"{name} {value!r} is uncertain: {f.note or f.rule} (rule: {f.rule}; "
                                f"seen: {f.evidence[:60]})"))
    return out


def _reader_repairs(raw: RawDocument, doc_id: str) -> list[Repair]:
    """The reader's repairs as :class:`Repair` rows, placed at the start of the line they concern."""
    starts, pos = [], 0
    for line in raw.lines:
        starts.append(pos)
        pos += len(line) + 1
    return [Repair(doc_id, kind, starts[min(line, len(starts) - 1)] if starts else 0, before, after)
            for kind, line, before, after in raw.repairs]


def _doc_id_from_name(stem: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9_.\-]+", "_", stem).strip("._") or "document"
    return safe


@contextmanager
def paused_gc():
    """Pause the cyclic garbage collector while building many small acyclic objects.

    Parsing thousands of plans creates millions of tuples and dataclasses that never
    form cycles; the collector's passes over them cost 10–15 % of the run. The
    previous state is restored on exit, also on error.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_corpus(raw_dir: str | Path = "data/raw", manifest: str | Path | None = "data/manifest.csv",
                office_cache: str | Path | None = None) -> list[Document]:
    """Read every document: the manifest's rows first, in manifest order, then
    every other file in ``raw_dir`` (sorted by name, any format) with a warning.

    Out: a list of :class:`Document`; a file that cannot be read is a document of format
    ``unreadable`` carrying the reason (see :func:`read_or_warn`). With ``office_cache`` (a
    folder), DOC/WPS/ODT/RTF files are converted in one LibreOffice run and kept there by content
    for the next read. Raises :class:`CorpusError` on a bad manifest or an empty folder.
    """
    with paused_gc():
        return _read_corpus(Path(raw_dir), manifest, office_cache)


#: Files in a raw folder that are never documents: hidden files, Office lock files, folder views.
_NOT_DOCUMENTS = re.compile(r"^(?:\.|~\$)|^(?:Thumbs\.db|desktop\.ini)$", re.I)


def corpus_plan(raw_dir: str | Path, manifest: str | Path | None) -> list[tuple[Path, dict | None, str]]:
    """What :func:`read_corpus` reads, without reading it: ``(path, manifest row or None, doc_id)``
    per document, the manifest's rows first in manifest order, then every other file of the
    folder (any format; hidden files and Office lock files aside) sorted by name. Raises
    :class:`CorpusError` on a bad manifest or an empty folder."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise CorpusError(f"{raw_dir}: raw folder not found")
    plan: list[tuple[Path, dict | None, str]] = []
    listed: set[str] = set()
    ids: set[str] = set()
    if manifest is not None and Path(manifest).exists():
        table = read_manifest(manifest, raw_dir)
        for rec in table.to_dict("records"):
            plan.append((raw_dir / rec["file"], rec, rec["doc_id"]))
            listed.add(rec["file"])
            ids.add(rec["doc_id"])
    elif manifest is not None and Path(manifest) != Path("data/manifest.csv"):
        raise CorpusError(f"{manifest}: manifest not found")
    for path in sorted(p for p in raw_dir.iterdir() if p.is_file() and not _NOT_DOCUMENTS.search(p.name)):
        if path.name in listed:
            continue
        doc_id = _doc_id_from_name(path.stem)
        if doc_id in ids and path.suffix:
            doc_id = _doc_id_from_name(f"{path.stem}_{path.suffix.lstrip('.')}")  # plan.pdf beside plan.docx
        while doc_id in ids:
            doc_id += "_x"
        ids.add(doc_id)
        plan.append((path, None, doc_id))
    if not plan:
        raise CorpusError(f"{raw_dir}: no documents found")
    return plan


def read_or_warn(path: Path, meta: dict | None, doc_id: str, office_cache: str | Path | None = None) -> Document:
    """:func:`read_document`, or, for a file that cannot be read, a document of format
    ``unreadable`` that carries only an ``unreadable`` warning naming the file and the problem
    (it gives no row of any table but ``warnings``), so one bad file never stops a corpus."""
    try:
        return read_document(path, meta=meta, doc_id=doc_id, office_cache=office_cache)
    except CorpusError as exc:
        meta = dict(meta or {"doc_id": doc_id, "file": path.name})
        return Document(meta=meta, source="", text="", origin=[], format="unreadable",
                        warnings=[ParseWarning(doc_id, "unreadable", -1, f"{exc}; not read")])


def _read_corpus(raw_dir: Path, manifest: str | Path | None, office_cache: str | Path | None) -> list[Document]:
    plan = corpus_plan(raw_dir, manifest)
    if office_cache is not None:
        from ..ingest.word import convert_many

        convert_many([path for path, _, _ in plan], office_cache)  # one LibreOffice run for all
    return [read_or_warn(path, meta, doc_id, office_cache) for path, meta, doc_id in plan]
