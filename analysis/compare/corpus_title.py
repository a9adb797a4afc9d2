"""What a corpus is called: the name the notebooks, figures and findings give it, in Chinese and English.

In:  a :class:`~analysis.io.tables.Corpus` (its ``documents`` table and manifest rows) and, optionally,
     the names a researcher set (``corpus_title`` and ``corpus_title_en`` of ``analysis.toml``).
Out: :func:`corpus_title` gives a :class:`CorpusTitle` — each language's name and how it was chosen;
     :func:`title_mismatch` says when a name that was set shares no words with the corpus (a settings
     file kept from another corpus).

A name left out is computed from what the documents say of themselves, and says that it was
computed (``how_zh``, ``how_en``), never presented as a reading:

1. the **programme** every document shares (the manifest's ``programme``; in English its
   ``programme_en``, when every document gives the same one);
2. else the **words every title shares** — runs of at least :data:`MIN_SHARED` characters that
   every document's title holds, once the parts any plan's title has are cut out (years and
   bracketed periods; 实施方案, 三年行动, 工作要点, 报告 …; :data:`GENERIC_TITLE_WORDS`) —
   ``题名均含“健康乡村建设”的3份文件``; a corpus of one document is called by its title;
3. else a **neutral** name: ``本语料（N份文件）`` / ``the corpus (N documents)``.

The English name takes only English the manifest gives (``programme_en``, ``title_en``); the
shared words of Chinese titles are not translated, so past rule 1 the English name is neutral.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..parse.divisions import division_of
from .documents import manifest_rows

__all__ = ["CorpusTitle", "corpus_title", "default_corpus_title", "shared_title_words", "title_mismatch",
           "GENERIC_TITLE_WORDS", "MIN_SHARED", "MAX_SHARED_PARTS"]

#: Parts of a title that say what kind of document it is, not what it is about: cut out before the
#: titles are compared (longest first, so 实施方案 goes whole before 方案).
GENERIC_TITLE_WORDS = ("关于印发", "关于", "印发", "转发", "实施方案", "行动方案", "工作方案", "方案", "实施意见",
                       "指导意见", "意见", "通知", "工作要点", "要点", "行动计划", "工作计划", "计划", "规划", "工作报告",
                       "报告", "工作总结", "总结", "进展情况", "落实情况", "情况", "三年行动", "专项行动", "行动",
                       "实施", "工作", "进展", "自查", "提升", "加强", "推进", "进一步", "全面", "的")
#: The fewest characters a run the titles share must have to name the corpus (two-character runs are
#: mostly words every plan uses).
MIN_SHARED = 3
#: At most this many shared runs name the corpus.
MAX_SHARED_PARTS = 3

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_BRACKETED = re.compile(r"[（(〔\[【][^）)〕\]】]*[）)〕\]】]")
_NUMBERS = re.compile(r"[0-9０-９]+|[〇一二三四五六七八九十零]+(?=年)")
_GENERIC = re.compile("|".join(map(re.escape, sorted(GENERIC_TITLE_WORDS, key=len, reverse=True))))
_NOT_TEXT = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z]+")
_PLACEHOLDER = re.compile(r"^[某X×＊*]+[省市县区]")


@dataclass(frozen=True)
class CorpusTitle:
    """The corpus's name in each language and how each was chosen.

    ``how_zh`` / ``how_en``: the settings file's name when the name was set there, else ``computed: …``
    (the rule that gave it). ``named_zh`` / ``named_en``: False for the neutral name, which says
    nothing the documents' count does not (figures and findings then leave it out).
    """

    zh: str
    en: str
    how_zh: str
    how_en: str
    named_zh: bool = True
    named_en: bool = True

    def text(self, lang: str) -> str:
        """The name in ``lang`` ("zh" or "en")."""
        return self.zh if lang == "zh" else self.en

    def named(self, lang: str) -> bool:
        """Whether the name in ``lang`` names something (not the neutral "the corpus (N documents)")."""
        return self.named_zh if lang == "zh" else self.named_en


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value).strip()


def _without_place(title: str) -> str:
    """A title without the place it opens with (河北省石家庄市…, 某县…): places differ from document to
    document, and a level word left behind (市) would join the runs they share."""
    _, path = division_of(title, short_forms=False)
    if path and title.startswith(path):
        return title[len(path):]
    return _PLACEHOLDER.sub("", title)


def _segments(title: str) -> list[str]:
    """A title cut into the runs that may name a topic: without the place it opens with, brackets,
    numbers and the words of :data:`GENERIC_TITLE_WORDS`; punctuation and spaces cut it too."""
    text = _BRACKETED.sub("|", _without_place(title.replace("《", "").replace("》", "")))
    text = _NUMBERS.sub("|", text)
    text = _GENERIC.sub("|", text)
    return [s for s in _NOT_TEXT.sub("|", text).split("|") if s]


def _substrings(segments: list[str], least: int) -> set[str]:
    return {s[i:j] for s in segments for i in range(len(s)) for j in range(i + least, len(s) + 1)}


def shared_title_words(titles: list[str], least: int = MIN_SHARED, most: int = MAX_SHARED_PARTS) -> list[str]:
    """The runs of at least ``least`` characters every title holds (outside :data:`GENERIC_TITLE_WORDS`,
    numbers and brackets), longest first and none inside another, at most ``most``, in the order of
    the first title. In: the titles (an empty one: nothing is shared). Out: the runs (maybe none)."""
    if not titles or not all(_text(t) for t in titles):
        return []
    segments = [_segments(_text(t)) for t in titles]
    common = _substrings(segments[0], least)
    for segs in segments[1:]:
        if not common:
            return []
        joined = "|".join(segs)
        common = {c for c in common if c in joined}
    chosen: list[str] = []
    for c in sorted((c for c in common if len(c) >= least), key=lambda c: (-len(c), c)):
        if len(chosen) == most:
            break
        if not any(c in k or k in c for k in chosen):
            chosen.append(c)
    first = "|".join(segments[0])
    return sorted(chosen, key=first.find)


def _neutral(n: int) -> tuple[str, str]:
    return f"本语料（{n}份文件）", f"the corpus ({n:,} document{'' if n == 1 else 's'})"


def _shared(values: list[str]) -> str:
    """The one value every entry gives, or "" (an empty entry, or two different values)."""
    return values[0] if values and values[0] and all(v == values[0] for v in values) else ""


def default_corpus_title(corpus) -> CorpusTitle:
    """The corpus's name computed from its documents (the module docstring's rules), each language
    with the rule that gave it."""
    docs = corpus.documents
    n = len(docs)
    rows = manifest_rows(corpus)
    ids = list(docs["doc_id"]) if "doc_id" in docs else []
    programmes = [_text(p) for p in docs["programme"]] if "programme" in docs else []
    titles = [_text(t) for t in docs["title"]] if "title" in docs else []
    english = lambda key: [_text(rows.get(d, {}).get(key)) for d in ids]  # noqa: E731
    neutral_zh, neutral_en = _neutral(n)
    every = "of its one document" if n == 1 else f"all {n:,} documents share"

    programme = _shared(programmes)
    if programme:
        zh, how_zh, named_zh = programme, f"computed: the programme {every} (manifest)", True
    elif n == 1 and titles and titles[0]:
        zh, how_zh, named_zh = titles[0], "computed: the title of its one document", True
    else:
        words = shared_title_words(titles) if n > 1 else []
        if words:
            quoted = "".join(f"“{w}”" for w in words)
            zh, how_zh, named_zh = (f"题名均含{quoted}的{n}份文件", f"computed: the words all {n:,} titles share", True)
        else:
            zh, named_zh = neutral_zh, False
            how_zh = ("computed: no document" if n == 0 else
                      "computed: the documents share no programme and no words of their titles") + \
                " (set corpus_title in analysis.toml)"

    programme_en = _shared(english("programme_en")) if programme else ""
    title_en = english("title_en")[0] if n == 1 and not programme else ""
    if programme_en and not _CJK.search(programme_en):
        en, how_en, named_en = programme_en, f"computed: the programme_en {every} (manifest)", True
    elif title_en and not _CJK.search(title_en):
        en, how_en, named_en = title_en, "computed: the title_en of its one document (manifest)", True
    else:
        en, named_en = neutral_en, False
        how_en = "computed: no English name in the manifest (set corpus_title_en in analysis.toml)"
    return CorpusTitle(zh, en, how_zh, how_en, named_zh, named_en)


def corpus_title(corpus, zh: str | None = None, en: str | None = None, source: str = "settings") -> CorpusTitle:
    """The corpus's name: ``zh`` and ``en`` as set (``source``: the settings file they came from), each
    one left out (``None``) computed by :func:`default_corpus_title`."""
    computed = default_corpus_title(corpus) if zh is None or en is None else None
    return CorpusTitle(
        zh=zh if zh is not None else computed.zh, en=en if en is not None else computed.en,
        how_zh=source if zh is not None else computed.how_zh, how_en=source if en is not None else computed.how_en,
        named_zh=True if zh is not None else computed.named_zh, named_en=True if en is not None else computed.named_en)


def title_mismatch(corpus, zh: str) -> bool:
    """Whether the Chinese name ``zh`` shares no run of :data:`MIN_SHARED` characters (outside
    :data:`GENERIC_TITLE_WORDS`) with any document's title, programme or issuer — the mark of a
    name kept from another corpus. A name without such a run (all generic, or Latin) is not judged."""
    grams = {g for g in _substrings(_segments(zh), MIN_SHARED) if len(g) == MIN_SHARED and _CJK.search(g)}
    if not grams or corpus.documents.empty:
        return False
    said = "|".join(_text(v) for col in ("title", "programme", "issuer") if col in corpus.documents
                    for v in corpus.documents[col])
    return not any(g in said for g in grams)
