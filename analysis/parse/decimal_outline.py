"""Documents numbered as a decimal outline: ``1 总则`` ⏎ ``1.1 编制目的`` ⏎ ``4.2.1 …``.

Emergency plans (应急预案), technical rules and some work plans number their parts this way instead of
``一、`` ⏎ ``（一）`` ⏎ ``1.``. This module finds such an outline in a document's lines and says, for each
of its headings, its number, its depth and whether it is a leaf (no heading numbered under it). It
reads no kinds: :mod:`analysis.parse.structure` decides which parts hold tasks.

A line is a heading only where its number continues the outline (``2.3`` after ``2.2``, its first
child ``2.2.1``, or the next part ``3`` / ``3.1``), so an amount at a line's start (``1.5万元…``) or a
count (``3个工作日内…``) is no heading. A part heading (``2 组织机构``) must be short or have its first
child run into it (``2组织机构和职责2.1国家…``). Headings run into one line are split at the child's
number. An outline printed twice (a table of contents, then the body) is read from the body; the
contents' titles cut a heading from the text run into it (``3.1市场监测国家发展改革委…`` →
``市场监测``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["OutlineHead", "DecimalOutline", "find_decimal_outline", "split_run_in_heads"]

# a heading's number, one to four levels (no digit or stop after it), and what a heading opens with
_NUMBER = r"\d{1,2}(?:[.．]\d{1,2}){0,3}(?![.．]?\d)"
_HEADING_START = r"(?=[\u4e00-\u9fff“（(《])"
# a number at a line's start, then the heading
_HEAD = re.compile(rf"^(?P<no>{_NUMBER})[ \t\u3000]*{_HEADING_START}")
# a part heading's title: short, no sentence punctuation
_PART_TITLE_MAX = 20
_SHORT_TITLE = re.compile(rf"^[^。，；：:,;！？]{{2,{_PART_TITLE_MAX}}}$")
#: the fewest headings below part level for a text to be read as a decimal outline
MIN_SUBHEADS = 4
_RECENT_RUNS = 16


@dataclass(frozen=True)
class OutlineHead:
    """One heading of the outline: its line (an index into the lines given), its number, where its
    text starts in the line's content, and its title when a table of contents names it."""
    line: int
    number: tuple[int, ...]
    rest_at: int
    contents_title: str | None = None

    @property
    def no(self) -> str:
        return ".".join(map(str, self.number))

    @property
    def depth(self) -> int:
        return len(self.number)


@dataclass(frozen=True)
class DecimalOutline:
    """The outline: its headings in order, the leaves among them (line indices), and the lines of a
    table of contents printed before it."""
    heads: list[OutlineHead]
    leaves: frozenset[int]
    contents: frozenset[int]

    def head_at(self) -> dict[int, OutlineHead]:
        return {h.line: h for h in self.heads}


def _number(no: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.split(r"[.．]", no))


def _follows(prev: tuple[int, ...], nxt: tuple[int, ...]) -> bool:
    """Does ``nxt`` continue an outline whose last heading is ``prev``? Its first child, the next
    heading at its level or an ancestor's, each possibly entered at its first child (``2.1`` after
    ``1.4`` when the part heading ``2`` ran into another line)."""
    if nxt == prev + (1,):
        return True
    for k in range(len(prev), 0, -1):
        sibling = prev[:k - 1] + (prev[k - 1] + 1,)
        if nxt[:len(sibling)] == sibling and all(p == 1 for p in nxt[len(sibling):]) and len(nxt) - len(sibling) <= 2:
            return True
    return False


def _candidate(content: str) -> tuple[tuple[int, ...], int] | None:
    m = _HEAD.match(content)
    if not m:
        return None
    number = _number(m.group("no"))
    if 0 in number:
        return None
    rest = content[m.end():]
    if len(number) == 1 and not (_SHORT_TITLE.match(rest) or _run_in_child(rest, number) is not None):
        return None  # a part heading is short, or its first child runs into it
    return number, m.end()


# a heading's number inside a line, before its heading (no digit or stop around it)
_NUMBER_IN_TEXT = re.compile(rf"(?<![\d.．])\d{{1,2}}(?:[.．]\d{{1,2}}){{1,4}}(?![.．]?\d){_HEADING_START}")
# a part heading with its first child run into it (1总则1.1…), found inside a line after another heading
_PART_WITH_CHILD = re.compile(rf"(?<![\d.．])(\d{{1,2}})[\u4e00-\u9fff]{{2,12}}\1[.．]1(?![.．]?\d){_HEADING_START}")


def _run_in_child(rest: str, number: tuple[int, ...]) -> int | None:
    """Where the next heading starts inside ``rest`` (a short title before it): the first child of heading
    ``number`` (2组织机构2.1… → at 2.1), or a part with its own first child (7附则1总则1.1…: the last entry of
    a table of contents, then the body's first part)."""
    window = rest[:_PART_TITLE_MAX + 1]
    m = next((n for n in _NUMBER_IN_TEXT.finditer(window) if _number(n.group()) == number + (1,)), None)
    m = m or _PART_WITH_CHILD.search(window)
    if m and m.start() >= 2 and not re.search(r"[。，；：:,;]", rest[:m.start()]):
        return m.start()
    return None


def _sequences(lines: list[tuple[int, int, str]], skip: set[int]) -> list[list[tuple[int, tuple[int, ...], int]]]:
    """Runs of headings that continue each other: a heading joins the longest run it continues, else opens
    a run of its own (the body after its table of contents, numbered from 1 again; an amount at a line's
    start, a run of one that no heading continues)."""
    runs: list[list[tuple[int, tuple[int, ...], int]]] = []
    longest = None
    for i, (_, _, content) in enumerate(lines):
        if i in skip or not content:
            continue
        cand = _candidate(content)
        if cand is None:
            continue
        number, at = cand
        # (the latest runs and the longest so far: a page of thousands of numbered lines stays linear)
        near = runs[-_RECENT_RUNS:] + ([longest] if longest is not None and longest not in runs[-_RECENT_RUNS:] else [])
        followed = [r for r in near if _follows(r[-1][1], number)]
        if followed:
            run = max(reversed(followed), key=len)  # (the longest: a stray 1.5万元 run of one takes no heading)
            run.append((i, number, at))
        else:
            runs.append([(i, number, at)])
            run = runs[-1]
        if longest is None or len(run) > len(longest):
            longest = run
    return runs


def _subheads(run: list[tuple[int, tuple[int, ...], int]]) -> int:
    """How many headings of a run sit below part level (1.1, 4.2.1)."""
    return sum(len(n) > 1 for _, n, _ in run)


def _is_contents(run: list[tuple[int, tuple[int, ...], int]], lines: list[tuple[int, int, str]]) -> bool:
    """A run of headings with nothing between them and no text after any: a table of contents."""
    idx = [i for i, _, _ in run]
    between = [lines[k][2] for k in range(idx[0], idx[-1] + 1) if k not in idx and lines[k][2]]
    return not between and all(_SHORT_TITLE.match(lines[i][2][at:]) for i, _, at in run)


# an entry of a table of contents run into one line (目录1总则1.1编制目的及依据1.2等级划分…): a number, a short
# title, then the next number or the line's end
_ENTRY = re.compile(rf"({_NUMBER})[ \t\u3000]*([^\d\s。，；：:]{{2,{_PART_TITLE_MAX}}}?)"
                    rf"(?=[ \t\u3000]*(?:{_NUMBER}[ \t\u3000]*[^\d\s]|$))")
_MIN_ENTRIES = 5


def _run_in_contents(content: str) -> dict[tuple[int, ...], str]:
    """The titles of a table of contents printed in one line after its 目录 word, entry after entry while
    the numbers continue one outline (the body run in after it starts again at 1)."""
    at = content.find("目录")
    if at < 0:
        return {}
    titles: dict[tuple[int, ...], str] = {}
    prev, pos = None, at + 2
    for m in _ENTRY.finditer(content, pos):
        number = _number(m.group(1))
        if content[pos:m.start()].strip() or (prev is not None and not _follows(prev, number)):
            break
        titles[number] = m.group(2).strip()
        prev, pos = number, m.end()
    return titles if len(titles) >= _MIN_ENTRIES else {}


def split_run_in_heads(lines: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Lines split where a decimal heading's first child runs into it (``2组织机构和职责2.1国家…`` →
    ``2组织机构和职责`` ⏎ ``2.1国家…``), again and again (``4应急响应4.1应急响应程序4.1.1…``).

    In and out: ``(start, end, content)`` lines; a split line's pieces keep their offsets in ``text``."""
    out: list[tuple[int, int, str]] = []
    for start, end, content in lines:
        pieces = [(start, end, content)]
        while True:
            s, e, c = pieces[-1]
            m = _HEAD.match(c)
            number = _number(m.group("no")) if m else ()
            at = _run_in_child(c[m.end():], number) if m and 0 not in number else None
            if at is None:
                break
            cut = m.end() + at
            base = s + text[s:e].find(c)
            pieces[-1] = (s, base + cut, c[:cut].strip())
            pieces.append((base + cut, e, c[cut:].strip()))
        out.extend(pieces)
    return out


def find_decimal_outline(lines: list[tuple[int, int, str]], skip: set[int]) -> DecimalOutline | None:
    """The decimal outline of a document, or None when it has none.

    In: the document's lines as ``(start, end, content)`` (content stripped; split by
    :func:`split_run_in_heads`) and the lines already set aside (contents, attachment lists …). Out: a
    :class:`DecimalOutline` over those lines, or None when fewer than
    :data:`MIN_SUBHEADS` headings below part level continue one outline across two parts or more.
    """
    runs = _sequences(lines, skip)
    contents_runs, body_runs = [], []
    for run in runs:
        (contents_runs if _is_contents(run, lines) else body_runs).append(run)
    body = max(body_runs, key=_subheads, default=None)
    if body is None or _subheads(body) < MIN_SUBHEADS or len({n[0] for _, n, _ in body}) < 2:
        return None
    # the contents' titles: of an outline printed twice, or of a contents list already set aside
    listed = [(i, *c) for i in sorted(skip) if i < len(lines) and (c := _candidate(lines[i][2]))]
    titles = {n: lines[i][2][at:].strip() for i, n, at in listed + [h for run in contents_runs for h in run]
              if _SHORT_TITLE.match(lines[i][2][at:].strip())}
    for _, _, content in lines[:body[0][0]]:
        titles = {**_run_in_contents(content), **titles}
    heads = [OutlineHead(i, n, at, titles.get(n)) for i, n, at in body]
    leaves = frozenset(h.line for h, nxt in zip(heads, heads[1:] + [None])
                       if nxt is None or nxt.number[:h.depth] != h.number)
    contents = frozenset(i for run in contents_runs for i, _, _ in run)
    return DecimalOutline(heads, leaves, contents)
