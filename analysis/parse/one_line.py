"""Where the line breaks of a one-line page were lost.

A page saved with its line breaks lost (a document-sharing site, a text pasted as one paragraph)
runs everything together: ``国务院关于…的通知政策法规司2006-08-24颁布日期：20060824…国发〔2006〕29号各省、
自治区…：十届…。现就有关事项通知如下：一、分工原则…。（一）明确…`` — title, page fields, 文号,
addressees, signature and numbered headings on one line. Every reader downstream reads lines, so the
breaks are put back where the text itself shows one was (:func:`one_line_breaks`):

* a numbered heading (``二、`` ``（三）`` ``4.`` ``4）`` ``（2）`` ``②``) whose number continues the page's numbering,
  after a sentence end, a colon (…通知如下：), a short heading, or — for the first part — a title's
  last word (…工作要点一、总体要求);
* after a news lead's sentences, a notice's title with its addressees run into it (…上榜。某部关于…的通知各省、…：);
* in the page's opening, before any sentence ends: after a notice's title (…的通知) or a title run into
  the first words of the text (…工作情况报告今年，…), around a page's
  fields (颁布日期：…), around a 文号 that is no citation, after the addressees (各…：), around a report's
  delivery line (…的报告——2023年4月24日在…会议上) and the congress it addresses, and around a
  signature run into the text (…印发给你们，某市某局2024年3月1日某市…方案).

In: the normalized text. Out: the offsets before which a line break goes. A page with ordinary lines
gets none: the rule applies only when one line of 150 characters or more holds four fifths of the text.
"""
from __future__ import annotations

import re

from .metadata import DOC_NUMBER, MEETING_DATE_WORDS
from .numerals import number_value

__all__ = ["one_line_breaks", "is_one_line_page", "page_piece_edits", "PIECE_ENDS_SENTENCE"]

_NUM = "一二三四五六七八九十"
#: a line this long holding nearly all the text makes a one-line page
MIN_LINE = 150
_HEADING = re.compile(rf"(?P<sec>[{_NUM}]{{1,3}})、(?=[\u4e00-\u9fff“\"《\d])"
                      rf"|[（(](?P<grp>[{_NUM}]{{1,3}})[）)](?=[\u4e00-\u9fff“\"《\d])"
                      r"|(?<![\d.．％%（(])(?P<task>\d{1,2})[.．、）)](?=[\u4e00-\u9fff“\"《])"
                      r"|(?:[（(](?P<sub>\d{1,2})[）)]|(?P<circled>[\u2460-\u2473]))(?=[\u4e00-\u9fff“\"《])")
_SENTENCE_END = ("。", "；", "！", "？")
# a unit note closing a paragraph without brackets: 。 责任单位：A、B（首位单位为牵头单位）、C
_UNIT_NOTE_AFTER = re.compile(r"[。；]\s*(?:牵头|责任|配合|主责|协办|参与)(?:单位|部门|科室|处室)[：:][^。；：:]{2,200}$")
_CLOSING_NOTE = re.compile(r"[。；]?[（(][^（）()]{0,60}(?:责任|牵头|配合|负责|时限|单位|部门)[^（）()]{0,60}[）)]$")
# the last words of a title a first part may follow: …2024年食品安全工作要点一、总体要求
# (its glosses in brackets too, one or two, spaced: …实施计划（2021-2025年） （纲 目）一、指导思想)
_TITLE_END = re.compile(r"(?:方案|要点|计划|规划|意见|报告|总结|情况|汇报|清单|措施|安排|通知|分解|分工)"
                        r"(?:\s*[（(][^（）()]{2,16}[）)]){0,2}$")
_DATE_END = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日$")
# the opening of a one-line page
_PAGE_MARK = re.compile(r"^(?:第\d{1,3}页共\d{1,3}页|共\d{1,3}页(?:第\d{1,3}页)?)")
# (spaces after it are where the page lost its line break — …的通知 各乡镇人民政府： — and stay on the title's line;
# a ， ends a sentence, but the ASCII , the normalizer keeps only inside a number — 1,200万元 — may stand in a title)
_NOTICE_TITLE = re.compile(r"^[^。；：:，]{4,150}?的(?:通知|函|意见|决定|批复)(?:\s+|(?=[^》）)。，；：:]))")
_PAGE_FIELD = re.compile(r"(?:颁布日期|实施日期|施行日期|发布日期|成文日期|颁布单位|发布单位|发布机构|发文机关|发文字号|"
                         r"索引号|时效性|效力级别|信息来源|来源)[：:]")
# (a page that kept the source's spaces — 贯彻执行。 某委 2022年3月10日 2022年… — has them around the signature)
_SIGNATURE = re.compile(r"(?:(?<=[，,。；])|(?<=[，,。；][ \t\u3000]))"
                        r"(?P<organ>[\u4e00-\u9fff]{2,30}?(?:厅|局|委员会|办公室|办公厅|人民政府|政府|委))"
                        r"[ \t\u3000]?(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?=[ \t\u3000]?[\u4e00-\u9fff\d（(])")


# a notice's title after a news lead's sentences, its addressees run into it (…上榜。某部关于公布…的通知各省、…：)
_LEAD_THEN_NOTICE = re.compile(r"(?<=[。！？])[ \t\u3000]*(?P<title>[^。；：:，\s][^。；：:，]{3,150}?的(?:通知|函|意见|决定|批复))"
                               r"(?=[ \t\u3000]*各[^。；：:]{2,150}[：:])")
_SIGNATURE_NOTE = re.compile(r"[（(]此件[^（）()]{1,12}[）)]")
_TITLE_THEN_TEXT = re.compile(r"[^。，；：:]{4,80}?(?:方案|要点|计划|规划|意见|报告|总结|清单|措施|安排|细则)(?:[（(][^（）()]{4,16}[）)])?"
                             r"(?=\s*(?:为|根据|按照|近年来|今年|(?:19|20)\d\d\s*年[，,以]|一、))")


# a report's delivery line after its title (…的报告——2023年4月24日在某届某次会议上), then who delivers it (某部部长
# 某某) and whom it addresses (全国人民代表大会常务委员会：, 各位代表：)
_DELIVERY = re.compile(rf"[—－]{{1,2}}\s*(?:{MEETING_DATE_WORDS})在[^。：:—]{{4,60}}?会议上")
_CONGRESS_ADDRESSEE = re.compile(r"(?:[\u4e00-\u9fff]{0,12}人民代表大会(?:常务委员会)?|各位代表|各位委员)[：:]")
_WRAPPER = re.compile(r"由会员分享|在线阅读|文库|下载文档|上传人")
_PIECE = re.compile(r"^[ \t\u3000]*(\d{1,2})、")


#: how a numbered line that ends its sentence ends (a sharing page's piece cuts one; an item closed by its unit note
#: ends it too: …集聚区。〔责任单位：省文化和旅游厅〕)
PIECE_ENDS_SENTENCE = re.compile(r"[。！？；）”〕】」』)]$")


def page_piece_edits(text: str) -> list[tuple[int, int]]:
    """A document-sharing page shows its text in pieces numbered ``1、`` ``2、`` … at the start of long
    lines, a piece cutting a sentence (or a word) where the next goes on: the spans to delete — each
    piece's number and the line break before every piece after the first — so that the pieces are one
    text again (then a one-line page, see :func:`one_line_breaks`). [] when the lines are no such pieces:
    numbered 1, 2, 3 … in order, all but the last 150 characters or more, one at least cut mid-sentence."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    pieces = [(o, ln, m) for o, ln in lines if (m := _PIECE.match(ln))]
    if (len(pieces) < 2 or [int(m.group(1)) for *_, m in pieces] != list(range(1, len(pieces) + 1))
            or any(len(ln.strip()) < 150 for _, ln, _ in pieces[:-1])
            or not any(not PIECE_ENDS_SENTENCE.search(ln.strip()) for _, ln, _ in pieces[:-1])):
        return []
    edits = []
    for k, (o, ln, m) in enumerate(pieces):
        start = o - 1 if k else o  # (the line break before a later piece goes too)
        if k and text[start] != "\n":
            return []
        edits.append((start, o + m.end()))
    return edits


def is_one_line_page(text: str) -> bool:
    """Does one line of :data:`MIN_LINE` characters or more hold four fifths of the text's characters (the
    rest a page's wrapper: a file name, 上传人, 下载文档 …; a page's field box saved as | cells does not
    count)?"""
    lines = [ln.strip() for ln in text.split("\n")]
    longest = max(lines, key=len, default="")
    rest = sum(len(ln) for ln in lines if ln is longest or not ("|" in ln or "｜" in ln))
    return len(longest) >= MIN_LINE and len(longest) * 5 >= 4 * rest


def one_line_breaks(text: str) -> list[int]:
    """Offsets in ``text`` before which a lost line break goes (see the module docstring); [] unless
    ``text`` is a one-line page."""
    if not is_one_line_page(text):
        return []
    lines = text.split("\n")
    k = max(range(len(lines)), key=lambda i: len(lines[i].strip()))
    at = sum(len(ln) + 1 for ln in lines[:k])
    line = lines[k]
    heads = _heading_breaks(line)
    front_end = min([m.start() for m in re.finditer("[。！？]", line)][:1] + heads[:1] + [len(line)])
    # the page opens with the long line, after nothing but a page's short words or a sharing site's wrapper
    first_line = all(len(ln.strip()) <= 30 or _WRAPPER.search(ln) for ln in lines[:k])
    front = _front_breaks(line, front_end) if first_line else []
    return sorted({at + p for p in heads + front if 0 < p < len(line)})


def _heading_breaks(line: str) -> list[int]:
    """Offsets of numbered headings run into the line (see the module docstring)."""
    last = {"sec": 0, "grp": 0, "task": 0, "sub": 0}
    lower = {"sec": ("grp", "task", "sub"), "grp": ("task", "sub"), "task": ("sub",), "sub": ()}
    out, seg, tasks_so_far = [], 0, 0
    for m in _HEADING.finditer(line):
        if m.start() == 0:
            continue
        kind = "sub" if m.lastgroup == "circled" else m.lastgroup
        numeral = m[m.lastgroup]
        try:
            n = number_value(numeral)
        except (ValueError, KeyError):
            continue
        if kind == "task" and n != 1 and n == tasks_so_far + 1:
            last["task"] = n - 1  # (items numbered on across parts: 二、…3.…)
        before = line[seg:m.start()].rstrip()
        # a sentence ends, or a note that closes a paragraph (…。（责任单位：某科）（二）…)
        # (or a unit note's line after the paragraph: …缩小。 责任单位：县发改局、县财政局 2.…)
        sentence = (before.endswith(_SENTENCE_END) or bool(_CLOSING_NOTE.search(before))
                    or bool(_UNIT_NOTE_AFTER.search(before)))
        short_heading = len(before) <= 40 and "。" not in before and bool(_HEADING.match(before))
        follows = (sentence or before.endswith(("：", ":")) or short_heading
                   or (kind == "sec" and n == 1 and bool(_TITLE_END.search(before) or _DATE_END.search(before))))
        # a number skipped after a sentence end: an item the source lost ((一)…。(三)…)
        continues = n == last[kind] + 1 or (sentence and kind in ("sec", "grp") and last[kind] and n == last[kind] + 2)
        if not (follows and continues):
            continue
        last[kind] = n
        tasks_so_far = n if kind == "task" else tasks_so_far
        for k in lower[kind]:
            last[k] = 0
        out.append(m.start())
        seg = m.start()
    return out


def _front_breaks(line: str, end: int) -> list[int]:
    """Breaks in the page's opening ``line[:end]``: page marker, notice title, page fields, 文号,
    addressees, a signature run in (see the module docstring)."""
    out = []
    m = _PAGE_MARK.match(line)
    if m:
        out.append(m.end())
    start = m.end() if m else 0
    t = _NOTICE_TITLE.match(line[start:end]) or _TITLE_THEN_TEXT.match(line[start:end])
    if t:  # a notice's title, or a title run into the first words of the text (…工作情况报告今年，…)
        out.append(start + t.end())
    for f in _PAGE_FIELD.finditer(line, 0, end):
        out.append(f.start())
    for n in DOC_NUMBER.finditer(line, 0, end):
        if line[n.start() - 1:n.start()] not in ("（", "(", "《") and line[n.end():n.end() + 1] not in ("）", ")"):
            # the number's prefix may have taken the field value before it (颁布单位：国务院国发〔2006〕29号)
            organ = re.match(r"^[\u4e00-\u9fff]*(?:院|厅|局|委员会|办公室|政府)(?=[\u4e00-\u9fff]{2})", n.group())
            out += [n.start() + (organ.end() if organ else 0), n.end()]
    for t in _LEAD_THEN_NOTICE.finditer(line, 0, max(end, 600)):  # a news lead, then the notice it carries
        out += [t.start("title"), t.end("title")]
    # the addressees: from a break (or the line's start) to the first colon, naming bodies with 各
    for b in sorted(set(out + [0])):
        a = re.match(r"[^。：:]{2,150}?[：:]", line[b:end])
        if a and "各" in a.group() and not _PAGE_FIELD.search(a.group()) and not _NOTICE_TITLE.match(a.group()):
            out.append(b + a.end())
            break
    d = _DELIVERY.search(line, 0, end)
    if d:  # the delivery line on its own, and the addressee after who delivers it
        out += [d.start(), d.end()]
        a = _CONGRESS_ADDRESSEE.search(line, d.end(), min(end, d.end() + 60) + 1)
        if a:
            out += [a.start(), a.end()]
    for n in _SIGNATURE_NOTE.finditer(line, 0, max(end, 600)):  # （此件公开发布）
        out += [n.start(), n.end()]
    for s in _SIGNATURE.finditer(line):  # anywhere in the opening (a cover's signature may follow its text)
        if s.start() > max(end, 600):
            break
        out += [s.start(), s.start("date"), s.end()]
        after = _SIGNATURE_NOTE.match(line, s.end())
        t = _TITLE_THEN_TEXT.match(line, after.end() if after else s.end())  # the issued document's title after
        if t:                                                                 # the cover's signature
            out.append(t.end())
    return out
