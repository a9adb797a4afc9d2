"""Property-based tests: the parser is indifferent to layout, punctuation width and script,
and never crashes or loses a character on arbitrary text."""
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.corpus import Document, normalize
from analysis.structure import parse_document
from analysis.tables import build_corpus

RAW = Path(__file__).parent / "data" / "shipped" / "raw"
FILES = {
    "tianjin_2021_plan": "2021_tianjin_plan.txt",
    "henan_2021_plan": "2021_henan_plan.txt",
    "national_2024_plan": "2024_national_plan.txt",
    "xining_2024_plan": "2024_xining_plan.txt",
}
KIND = {"tianjin_2021_plan": "plan"}
SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _document(doc_id: str, source: str) -> Document:
    text, origin, repairs, warnings, script = normalize(source, doc_id)
    return Document(meta={"doc_id": doc_id, "kind": "plan"}, source=source, text=text, origin=origin,
                    repairs=repairs, warnings=warnings, script=script)


def signature(doc_id: str, source: str):
    """What must not change: tasks, clause units and every deadline."""
    corpus = build_corpus([_document(doc_id, source)])
    tasks = [tuple(r) for r in corpus.tasks[["task_no", "title", "text"]].itertuples(index=False)]
    units = [tuple(r) for r in corpus.units[["task_seq", "clause_seq", "unit", "via_alias"]].astype(str).itertuples(index=False)]
    deadlines = sorted(tuple(r) for r in corpus.deadlines.astype(str).itertuples(index=False))
    return tasks, units, deadlines


@pytest.fixture(scope="module")
def originals():
    sources = {d: (RAW / f).read_text(encoding="utf-8") for d, f in FILES.items()}
    return sources, {d: signature(d, s) for d, s in sources.items()}


_TERMINAL_CHARS = set("。！？；：）)”\n ")
_MARKER_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,3}\s*[.．、](?!\d))")


def _break_positions(source: str) -> list[int]:
    """Offsets inside body paragraphs where a hard line break may be inserted."""
    body = source.find("\n二、") if "\n二、" in source else 0
    positions = []
    offset = 0
    for line in source.split("\n"):
        first_stop = line.find("。")
        if offset >= body and first_stop >= 0:
            for k in range(first_stop + 1, len(line) - 1):
                prev, nxt = line[k - 1], line[k]
                if prev in _TERMINAL_CHARS or nxt.isspace() or prev == nxt or _MARKER_START.match(line[k:]):
                    continue
                positions.append(offset + k)
        offset += len(line) + 1
    return positions


@SETTINGS
@given(doc_id=st.sampled_from(sorted(FILES)), data=st.data())
def test_inserted_line_breaks_change_nothing(originals, doc_id, data):
    sources, expected = originals
    source = sources[doc_id]
    candidates = _break_positions(source)
    chosen = sorted(data.draw(st.sets(st.sampled_from(candidates), min_size=1, max_size=8)), reverse=True)
    sep = data.draw(st.sampled_from(["\n", "\n\n", "\r\n"]))
    for pos in chosen:
        source = source[:pos] + sep + source[pos:]
    assert signature(doc_id, source) == expected[doc_id]


@SETTINGS
@given(data=st.data())
def test_removed_blank_lines_change_nothing(originals, data):
    sources, expected = originals
    source = sources["xining_2024_plan"]
    blanks = [m.start() for m in re.finditer(r"\n\n", source)]
    chosen = sorted(data.draw(st.sets(st.sampled_from(blanks), min_size=1, max_size=40)), reverse=True)
    for pos in chosen:
        source = source[:pos] + source[pos + 1:]
    assert signature("xining_2024_plan", source) == expected["xining_2024_plan"]


_HALF = {"（": "(", "）": ")", "，": ",", "：": ":", "；": ";"}
_FULL = {v: k for k, v in _HALF.items()}


@SETTINGS
@given(doc_id=st.sampled_from(sorted(FILES)), data=st.data())
def test_punctuation_width_swapped_changes_nothing(originals, doc_id, data):
    sources, expected = originals
    source = sources[doc_id]
    table = data.draw(st.sampled_from([_HALF, _FULL]))
    # swap a random subset of the characters the table maps
    positions = [i for i, ch in enumerate(source) if ch in table]
    chosen = set(data.draw(st.lists(st.sampled_from(positions), min_size=1, max_size=60))) if positions else set()
    swapped = "".join(table[ch] if i in chosen else ch for i, ch in enumerate(source))
    assert signature(doc_id, swapped) == expected[doc_id]


@pytest.mark.parametrize("doc_id", sorted(FILES))
def test_script_swapped_changes_nothing(originals, doc_id):
    import opencc

    sources, expected = originals
    config = "t2s.json" if doc_id == "national_2024_plan" else "s2t.json"
    assert signature(doc_id, opencc.OpenCC(config).convert(sources[doc_id])) == expected[doc_id]


_ALPHABET = st.sampled_from(list("一二三十、（）()1234567890.．，。：；责任单位完成时限年月底前持续开展\n \t之以下统称《》〔〕号??") + [
    "\r\n", "一、", "（一）", "1.", "（1）",
    # the conventions of real documents: enumerations, tables, other brackets, verbs, page fields, glosses
    "一是", "二是", "序号 工作任务 牵头单位", "1 ", "【", "】", "〔", "〕", "牵头", "负责", "配合", "按职责分工负责",
    "以下均需", "不再列出", "发布时间：", "发文机关", "（zhí）", "﹒", "二〇二一年三月八日", "20191118", "某县交通运输局",
    "关于印发《", "》的通知", "工作总结", "实施方案", "记者", "讯", "第1篇"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_arbitrary_text_never_crashes_and_spans_cover_it(source):
    doc = _document("x", source)
    parsed = parse_document(doc)
    spans = parsed.spans
    if doc.text:
        assert spans[0].start == 0 and spans[-1].end == len(doc.text)
        assert all(a.end == b.start for a, b in zip(spans, spans[1:]))
    assert len(doc.origin) == len(doc.text)
    build_corpus([doc])  # extraction never crashes either
