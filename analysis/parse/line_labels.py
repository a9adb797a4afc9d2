"""What the parser decided about each line of a document's source, as one label a line.

In:  a :class:`~analysis.parse.corpus.Document` and its :class:`~analysis.parse.structure.ParsedDocument`.
Out: one label per line of ``doc.source`` (split on ``\\n``), from :data:`LINE_LABELS`, or ``""``
     for a blank line.

The labels are the ones the line-labelled real-world sets use (``tests/realworld/dev2_labels``):
``title``, ``doc_number``, ``issuer``, ``date``, ``heading_1``/``heading_2``/``heading_3``,
``task``, ``clause``, ``unit_note``, ``deadline_note``, ``furniture`` and ``other``. They are read
off the parser's own output, never re-derived:

* a line the normalizer removed is ``furniture`` when a page-furniture, news-wrapper, page-number
  or trailer repair removed it; a repeated front line (``duplicate_line``) takes the label of the
  line it repeats;
* the lines of a cover notice the metadata reader matches in the front matter
  (``X关于印发《Y》的通知``, possibly wrapped) are ``title``, as the labelled sets count them;
* a metadata field's evidence lines (``Field.offset``, or ``Field.source_offset`` for a field read
  from a removed page line) are ``title``, ``issuer``, ``date`` or ``doc_number``;
* every other line takes the label of the structure span its first character lies in:
  ``section_heading`` → ``heading_1``, a ``group_heading`` → ``heading_2`` (``（一）``) or
  ``heading_3`` (``1.``), ``task_heading`` → ``task`` (a task heading wrapped onto a further
  source line: ``clause``), a ``clause`` → ``clause``, or ``unit_note``/``deadline_note`` when the
  clause is only a responsibility/deadline note; front matter, preamble, goals, closing text,
  back matter and unplaced text → ``other``.

A line that holds a heading run into text gets the label of what it starts.
"""
from __future__ import annotations

import bisect
import re

import numpy as np

from .corpus import Document
from .extract.units import read_parenthetical
from .metadata import _COVER  # the metadata reader's cover-notice rule (关于印发《X》的通知)
from .structure import ParsedDocument

__all__ = ["LINE_LABELS", "rule_labels", "metadata_lines", "span_label"]

#: The line labels, in the order tables print them.
LINE_LABELS = ("title", "doc_number", "issuer", "date", "heading_1", "heading_2", "heading_3", "task", "clause",
               "unit_note", "deadline_note", "furniture", "other")

# repairs that remove a page's furniture, never the document's words
_FURNITURE_REPAIRS = frozenset({"page_furniture", "news_wrapper", "page_number", "trailer_cut"})
# metadata fields whose evidence lines are labelled, and which label wins when several name a line
_FIELD_LABELS = (("title", "title"), ("issuer", "issuer"), ("doc_number", "doc_number"), ("issue_date", "date"))
_SPAN_OTHER = frozenset({"front_matter", "preamble", "goal", "group_text", "closing", "back_matter", "unplaced",
                         "blank"})
_GROUP_NO = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
_NUMBER_NO = re.compile(r"^\d{1,3}\s*[.．、﹒](?!\d)|^[（(]\d{1,3}[）)]")


# is the character of this code point a space (str.isspace: spaces, line ends, no-break and ideographic
# spaces)? A lookup table up to U+3000, the last space; every later code point reads the False at the end
_IS_SPACE = np.array([chr(c).isspace() for c in range(0x3001)] + [False])


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


def _first_chars(doc: Document, src_starts: list[int]) -> list[int | None]:
    """For each source line (of ``src_starts``, possibly the first lines only), the offset in the
    normalized text of its first non-space character that survived normalization (None: the line left
    nothing in the text)."""
    first: list[int | None] = [None] * len(src_starts)
    if not doc.text:
        return first
    origin = np.frombuffer(memoryview(doc.origin), dtype=np.int64) if not isinstance(doc.origin, list) \
        else np.asarray(doc.origin, dtype=np.int64)
    cut = len(doc.text)
    if len(src_starts) < doc.source.count("\n") + 1:  # only the first lines: the text up to the next one
        beyond = np.flatnonzero(origin >= doc.source.find("\n", src_starts[-1]) + 1)
        cut = int(beyond[0]) if len(beyond) else cut
    codes = np.frombuffer(doc.text[:cut].encode("utf-32-le"), dtype=np.uint32)
    idx = np.flatnonzero(~_IS_SPACE[np.minimum(codes, len(_IS_SPACE) - 1)])
    lines = np.searchsorted(np.asarray(src_starts, dtype=np.int64), origin[idx], side="right") - 1
    # the first normalized offset per source line (idx is increasing, so the first occurrence wins)
    uniq, at = np.unique(lines, return_index=True)
    for line, k in zip(uniq.tolist(), at.tolist()):
        if 0 <= line < len(first):
            first[line] = int(idx[k])
    return first


def _line_at(text: str, start: int) -> str:
    """The line of ``text`` that starts at ``start``, without its newline."""
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)]


def _previous_nonblank(text: str, line_start: int) -> int | None:
    """Start of the last non-blank line before the line starting at ``line_start`` (None: none)."""
    pos = line_start
    while pos > 0:
        prev = text.rfind("\n", 0, pos - 1) + 1
        if text[prev:pos - 1].strip():
            return prev
        pos = prev
    return None


def _norm_lines_from(text: str, offset: int, count: int) -> list[int]:
    """Starts of ``count`` non-blank normalized lines from the line holding ``offset``."""
    out: list[int] = []
    pos = text.rfind("\n", 0, offset) + 1
    while pos < len(text) and len(out) < count:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            out.append(pos)
        pos = end + 1
    return out


_NO_SPACE = re.compile(r"\s+")


def _evidence_lines(text: str, field) -> list[int]:
    """Starts of the normalized lines a field's evidence runs over, from the line at its offset.

    A signature block's evidence is its organ lines and date line joined by `` / ``: the organ lines
    (the date line is the date's). Any other evidence is the text of one or more lines from the offset
    (a title wrapped over lines, a cover notice): the lines whose words it covers, at most six.
    """
    if field.rule.startswith("signature block"):
        return _norm_lines_from(text, field.offset, max(1, len(field.evidence.split(" / ")) - 1))
    need, covered, starts = len(_NO_SPACE.sub("", field.evidence)), 0, []
    for start in _norm_lines_from(text, field.offset, 6):
        starts.append(start)
        covered += len(_NO_SPACE.sub("", _line_at(text, start)))
        if covered >= need:
            break
    return starts


def _holds_or_part_of(line: str, value: str) -> bool:
    """Is ``line`` part of ``value`` (a title wrapped over lines), or does it hold it (a cover notice, a
    field line)? Spaces and punctuation ignored."""
    a, v = _WORDS.sub("", line), _WORDS.sub("", value)
    return bool(a) and bool(v) and (a in v or v in a)


_WORDS = re.compile(r"[\W_]+")


def _organ_lines_above(text: str, line_start: int, organ: str) -> list[int]:
    """Starts of the non-blank lines just above ``line_start`` whose words make up ``organ`` (the organs a
    cover notice names on the lines above it: 西平县人民政府办公室 ⏎ 关于印发…)."""
    want, out = _NO_SPACE.sub("", organ), []
    above = _previous_nonblank(text, line_start)
    while above is not None and len(out) < 6:
        words = _NO_SPACE.sub("", _line_at(text, above))
        if not words or words not in want:
            break
        out.insert(0, above)
        above = _previous_nonblank(text, above)
    return out


def _field_labels(doc: Document, fields: dict, only: str | None = None) -> tuple[dict[int, str], dict[int, str]]:
    """Normalized line start → label, and source offset → label, of the metadata fields' evidence
    (``only``: of that field alone)."""
    by_norm: dict[int, str] = {}
    by_source: dict[int, str] = {}
    for name, label in reversed(_FIELD_LABELS):  # the first field in _FIELD_LABELS wins a shared line
        if only is not None and name != only:
            continue
        field = fields.get(name)
        if field is None:
            continue
        if field.offset is None:
            if field.source_offset is not None:
                by_source[field.source_offset] = label
            continue
        if name == "issuer" and field.rule.startswith("X关于印发"):
            # the cover notice's own line is a title line (see _cover_lines); only organs printed on the
            # lines above it are issuer lines
            organ = field.evidence.split("关于")[0]
            line_start = doc.text.rfind("\n", 0, field.offset) + 1
            in_line = _NO_SPACE.sub("", organ) in _NO_SPACE.sub("", _line_at(doc.text, line_start))
            starts = [] if not organ or in_line else _organ_lines_above(doc.text, line_start, organ)
        else:
            starts = _evidence_lines(doc.text, field)
            if name == "title":  # the evidence may quote a line around it (a field's value below it)
                starts = [x for x in starts if _holds_or_part_of(_line_at(doc.text, x), field.value)] or starts[:1]
        for start in starts:
            by_norm[start] = label
    return by_norm, by_source


def _cover_lines(text: str, parsed: ParsedDocument) -> list[int]:
    """Normalized line starts of the front-matter lines a cover notice (``关于印发《Y》的通知``) runs over."""
    front_end = next((s.end for s in parsed.spans if s.kind == "front_matter"), 0)
    starts, flat, owners = [], "", []
    pos = 0
    while pos < front_end:
        line = _line_at(text, pos)
        words = re.sub(r"\s+", "", line)
        if words:
            starts.append(pos)
            owners.extend([len(starts) - 1] * len(words))
            flat += words
        pos += len(line) + 1
    out: list[int] = []
    for m in _COVER.finditer(flat):
        out.extend(starts[k] for k in sorted(set(owners[m.start():m.end()])))
    return out


def span_label(span, line: str, parsed: ParsedDocument) -> str:
    """The label of a line whose first character lies in ``span`` (``line``: its stripped text)."""
    kind = span.kind
    if kind == "section_heading":
        return "other" if (span.section or "").startswith("附件") else "heading_1"
    if kind == "group_heading":
        if _GROUP_NO.match(line):
            return "heading_2"
        if _NUMBER_NO.match(line):
            return "heading_3"
        return "other"  # a flattened table's header row
    if kind == "task_heading":
        return "task"
    if kind == "clause":
        task = parsed.tasks[span.task_seq - 1] if span.task_seq and span.task_seq <= len(parsed.tasks) else None
        if task is not None and task.seq != span.task_seq:  # tasks are numbered 1, 2, … in order
            task = next((t for t in parsed.tasks if t.seq == span.task_seq), None)
        clause = next((c for c in task.clauses if c.seq == span.clause_seq), None) if task else None
        if clause is not None and not clause.text and clause.parenthetical:
            note = read_parenthetical(clause.parenthetical)
            if note is not None and not note.units_as_written and note.deadline_raw:
                return "deadline_note"
            return "unit_note"
        return "clause"
    return "other"


def _removed_label(doc: Document, line_start: int, line_end: int) -> str | None:
    """Label of a source line the normalizer removed, from the repair that removed it."""
    for r in doc.repairs:
        if r.kind not in _FURNITURE_REPAIRS and r.kind != "duplicate_line":
            continue
        end = len(doc.source) if r.kind == "trailer_cut" else r.position + max(len(r.before), 1)
        if r.position <= line_end and end > line_start:
            return "furniture" if r.kind in _FURNITURE_REPAIRS else "duplicate"
    return None


def rule_labels(doc: Document, parsed: ParsedDocument, upto: int | None = None) -> list[str]:
    """One label per line of ``doc.source`` (``doc.source.split("\\n")``): what the parser decided.

    In: a document and its parse (``parse_document(doc)``); ``upto``: label only the first ``upto``
    source lines. Out: a list as long as the source's lines (or ``upto``); ``""`` for a blank line, else
    a label from :data:`LINE_LABELS` (see the module docstring).
    """
    source_lines = doc.source.split("\n")[:upto]
    src_starts = _line_starts(doc.source)[:len(source_lines)]
    first = _first_chars(doc, src_starts)
    fields = doc.meta.get("metadata_fields") or {}
    by_norm, by_source = _field_labels(doc, fields)
    for start in _cover_lines(doc.text, parsed):
        by_norm.setdefault(start, "title")
    span_starts = [s.start for s in parsed.spans]
    text = doc.text
    labels: list[str] = []
    for k, line in enumerate(source_lines):
        if not line.strip():
            labels.append("")
            continue
        line_end = src_starts[k] + len(line)
        at = first[k]
        if at is None:
            field_label = next((lab for so, lab in by_source.items() if src_starts[k] <= so <= line_end), None)
            removed = _removed_label(doc, src_starts[k], line_end)
            if field_label is not None:
                labels.append(field_label)
            elif removed == "duplicate":
                # a repeated front line: the label of the line it repeats
                same = [labels[j] for j in range(k) if source_lines[j].strip() == line.strip()]
                labels.append(same[0] if same else "other")
            else:
                labels.append(removed or "other")
            continue
        norm_start = text.rfind("\n", 0, at) + 1
        if norm_start in by_norm:
            labels.append(by_norm[norm_start])
            continue
        span = parsed.spans[bisect.bisect_right(span_starts, at) - 1]
        label = span_label(span, _line_at(text, norm_start)[at - norm_start:].strip(), parsed)
        visible_start = norm_start + len(text[norm_start:at]) - len(text[norm_start:at].lstrip())
        if label == "task" and first[k] is not None and visible_start < at:
            label = "clause"  # a task heading wrapped onto a further source line
        labels.append(label)
    return labels


def metadata_lines(doc: Document, field: str, upto: int | None = None) -> list[int]:
    """The source lines (1-based) a metadata field was read from (its evidence), in order.

    In: a document read from its text (``doc.meta["metadata_fields"]``), a field name (``title``,
    ``issuer``, ``issue_date``, ``doc_number``) and optionally how many first source lines to look at.
    Out: line numbers of ``doc.source``; ``[]`` when the field was not read from the text.
    """
    fields = doc.meta.get("metadata_fields") or {}
    if field not in fields:
        return []
    by_norm, by_source = _field_labels(doc, fields, only=field)
    src_starts = _line_starts(doc.source)[:upto]
    first = _first_chars(doc, src_starts)
    out = []
    for k, at in enumerate(first):
        line_end = doc.source.find("\n", src_starts[k])
        line_end = len(doc.source) if line_end < 0 else line_end
        if at is not None and doc.text.rfind("\n", 0, at) + 1 in by_norm:
            out.append(k + 1)
        elif at is None and any(src_starts[k] <= so <= line_end for so in by_source):
            out.append(k + 1)
    return out
