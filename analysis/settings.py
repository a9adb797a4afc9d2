"""The settings of a study: ``analysis.toml`` at the project root, read by ``make all`` and by the
parameters cell of every notebook, and the defaults computed from the corpus for what it leaves out.

In:  the settings file (TOML; every key optional) and a :class:`~analysis.io.tables.Corpus`.
Out: :func:`read_settings` gives the :class:`Settings` as written (validated: an unknown key,
     a value of the wrong type or a missing codebook stops with one line naming the file and
     the key); :func:`resolve` gives the :class:`Resolved` settings for a corpus — the pairs to
     compare, the reports against their plans, the focus documents, the codebook and the
     thresholds — with a note for every value that was computed or left out.

Keys (docs/settings.md has the reference)::

    codebook            path of the codebook CSV, relative to the settings file
    focus               doc_ids named and highlighted in figures, shown in full in notebooks
    pairs               [[higher or earlier plan, lower or later plan], …] aligned task by task
    report_plan         [[report, plan], …] set side by side
    reuse_pair          [doc_a, doc_b]: notebook 07's pair, passage by passage
    alignment_threshold least TF-IDF cosine for a task to count as taken up (0.2)
    reuse_threshold     least share of reused task text that makes a lineage edge (0.5)
    workbook            tables.xlsx: "auto" (up to 200 documents), true or false
    group_by            how figures of many documents group them: "level" (default), "region" or "year"
    corpus_title        what the notebooks, figures and findings call the corpus, in Chinese
    corpus_title_en     the same in English (no Chinese characters: the English figures hold none)

Defaults for a key left out (or naming documents the corpus does not hold, which is
noted, not guessed around): ``pairs`` — each plan with its parent in the corpus, then
two plans implementing the same parent outside it (earlier first), else the most similar
two plans by TF-IDF cosine of their tasks (higher level, then earlier, first); at most
:data:`MAX_DEFAULT_PAIRS`. ``report_plan`` — each report with the plan the manifest names
as its parent, else the plan of the same region whose period covers the report's year.
``focus`` — the documents of those pairs, at most :data:`MAX_DEFAULT_FOCUS`.
``corpus_title`` / ``corpus_title_en`` — computed from the documents, and said to be
(:func:`analysis.compare.corpus_title.corpus_title`: the programme they share, else the words
every title shares, else "the corpus (N documents)"); a Chinese title that shares no words
with any document's title, programme or issuer is kept, with a note (a settings file
kept from another corpus).
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .compare.corpus_title import CorpusTitle, corpus_title, title_mismatch
from .compare.pairs import MAX_DEFAULT_PAIRS, default_pairs, default_report_plan

__all__ = ["Settings", "Resolved", "SettingsError", "read_settings", "resolve", "default_settings_path",
           "default_pairs", "default_report_plan", "SETTINGS_PATH", "ENV_SETTINGS", "ENV_CODEBOOK", "MAX_DEFAULT_PAIRS",
           "MAX_DEFAULT_FOCUS", "WORKBOOK_AUTO_MAX", "MAX_TITLE_CHARS", "CorpusTitle"]

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SETTINGS_PATH = PROJECT_ROOT / "analysis.toml"
ENV_SETTINGS = "POLICY_ANALYSIS_SETTINGS"
#: The codebook a run was given on the command line (``regenerate --codebook FILE``), for the notebooks it runs:
#: :func:`analysis.study.open_study` reads it over the settings file's ``codebook`` (a notebook's parameter wins).
ENV_CODEBOOK = "POLICY_ANALYSIS_CODEBOOK"
MAX_DEFAULT_FOCUS = 8
#: ``workbook = "auto"`` writes tables.xlsx for corpora up to this many documents
WORKBOOK_AUTO_MAX = 200
#: The longest ``corpus_title`` (and ``corpus_title_en``): it opens every figure's source line.
MAX_TITLE_CHARS = 80


class SettingsError(ValueError):
    """A settings file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Settings:
    """The settings as written (``None``: not set, a default is computed from the corpus)."""

    codebook: Path | None = None
    focus: tuple[str, ...] | None = None
    pairs: tuple[tuple[str, str], ...] | None = None
    report_plan: tuple[tuple[str, str], ...] | None = None
    reuse_pair: tuple[str, str] | None = None
    alignment_threshold: float | None = None
    reuse_threshold: float | None = None
    workbook: str | bool | None = None
    group_by: str | None = None
    corpus_title: str | None = None
    corpus_title_en: str | None = None
    source: str = ""  # the file they were read from, as shown to the reader ("" for none)
    base: Path = PROJECT_ROOT  # relative paths (the codebook) are read from here: the file's folder

    def with_values(self, **values) -> "Settings":
        """These settings with the given keys replaced where the value is not ``None`` (a notebook's
        parameters cell over the settings file); values are checked as the file's are."""
        given = {k: v for k, v in values.items() if v is not None}
        unknown = sorted(set(given) - set(_KEYS))
        if unknown:
            raise SettingsError(f"unknown setting(s) {', '.join(unknown)} (known: {', '.join(_KEYS)})")
        checked = {k: _KEYS[k](v, f"parameter {k}", self.base) for k, v in given.items()}
        return Settings(**{**self.__dict__, **checked})


@dataclass
class Resolved:
    """Settings resolved for one corpus: every value present, each computed one noted."""

    codebook: Path
    focus: list[str]
    pairs: list[tuple[str, str]]
    report_plan: list[tuple[str, str]]
    reuse_pair: tuple[str, str] | None
    alignment_threshold: float
    reuse_threshold: float
    workbook: bool
    source: str
    group_by: str = "level"
    #: what the corpus is called (set, or computed from its documents; ``origin`` says which)
    corpus_title: CorpusTitle | None = None
    #: key → how the value was chosen ("analysis.toml", "computed: …"); notes: what was left out
    origin: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def key(self) -> tuple:
        """What results computed with these settings depend on (a cache key part; the codebook by its
        content, which the caller keys, not by where it lies)."""
        title = (self.corpus_title.zh, self.corpus_title.en) if self.corpus_title is not None else None
        return (tuple(self.focus), tuple(self.pairs), tuple(self.report_plan), self.reuse_pair,
                self.alignment_threshold, self.reuse_threshold, self.group_by, title)


# ---------------------------------------------------------------------------- reading

def _pair(value, where: str) -> tuple[str, str]:
    if (not isinstance(value, (list, tuple)) or len(value) != 2
            or not all(isinstance(v, str) and v.strip() for v in value)):
        raise SettingsError(f"{where}: expected a pair of doc_ids such as [\"a_plan\", \"b_plan\"], got {value!r}")
    return (value[0].strip(), value[1].strip())


def _pairs(value, where: str, _base=None) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, (list, tuple)):
        raise SettingsError(f"{where}: expected a list of pairs of doc_ids, got {value!r}")
    return tuple(_pair(v, f"{where} item {k}") for k, v in enumerate(value, 1))


def _ids(value, where: str, _base=None) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SettingsError(f"{where}: expected a list of doc_ids, got {value!r}")
    return tuple(dict.fromkeys(v.strip() for v in value))


def _share(value, where: str, _base=None) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise SettingsError(f"{where}: expected a number from 0 to 1, got {value!r}")
    return float(value)


def _workbook(value, where: str, _base=None) -> str | bool:
    if value not in ("auto", True, False):
        raise SettingsError(f"{where}: expected \"auto\", true or false, got {value!r}")
    return value


def _codebook(value, where: str, base: Path) -> Path:
    if not isinstance(value, (str, Path)) or not str(value).strip():
        raise SettingsError(f"{where}: expected the path of a codebook CSV, got {value!r}")
    path = Path(value)
    path = path if path.is_absolute() else base / path
    if not path.is_file():
        raise SettingsError(f"{where}: codebook {value} not found ({path})")
    return path


def _group_by(value, where: str, _base=None) -> str:
    from .figures.scale import GROUP_BY

    if value not in GROUP_BY:
        raise SettingsError(f"{where}: expected one of {', '.join(map(repr, GROUP_BY))}, got {value!r}")
    return value


def _title(value, where: str, _base=None, english: bool = False) -> str:
    if not isinstance(value, str) or not value.strip() or "\n" in value.strip():
        raise SettingsError(f"{where}: expected the corpus's name as one line of text, got {value!r}")
    value = " ".join(value.split())
    if len(value) > MAX_TITLE_CHARS:
        raise SettingsError(f"{where}: {len(value)} characters; at most {MAX_TITLE_CHARS} (it opens every figure's "
                            f"source line)")
    if english and re.search(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]", value):
        raise SettingsError(f"{where}: the English name holds Chinese characters ({value!r}); the English figures "
                            f"hold none")
    return value


_KEYS = {"codebook": _codebook, "focus": _ids, "pairs": _pairs, "report_plan": _pairs,
         "reuse_pair": lambda v, w, b=None: _pair(v, w), "alignment_threshold": _share,
         "reuse_threshold": _share, "workbook": _workbook, "group_by": _group_by, "corpus_title": _title,
         "corpus_title_en": lambda v, w, b=None: _title(v, w, b, english=True)}


def default_settings_path() -> Path | None:
    """The settings file read when none is named: ``$POLICY_ANALYSIS_SETTINGS`` (``none``: no file),
    else ``analysis.toml`` at the project root."""
    value = os.environ.get(ENV_SETTINGS)
    if value:
        return None if value == "none" else Path(value)
    return SETTINGS_PATH


def read_settings(path: str | Path | None = None) -> Settings:
    """Read and check a settings file.

    In: the TOML file (default: :func:`default_settings_path`); a missing default file
    means no settings. Out: :class:`Settings`. Raises :class:`SettingsError` naming the
    file and the key for an unknown key, a wrong type, a share outside 0–1 or a
    codebook that does not exist; a named file that does not exist is an error too.
    """
    named = path is not None
    path = Path(path) if named else default_settings_path()
    if path is None or (not named and not path.is_file()):
        return Settings()
    if not path.is_file():
        raise SettingsError(f"{path}: settings file not found")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise SettingsError(f"{path}: not UTF-8 (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: {exc}") from None
    unknown = sorted(set(data) - set(_KEYS))
    if unknown:
        raise SettingsError(f"{path}: unknown key(s) {', '.join(unknown)} (known: {', '.join(_KEYS)})")
    base = path.resolve().parent  # the codebook is found from here whatever the working folder (notebooks/)
    values = {k: _KEYS[k](v, f"{path.name}: {k}", base) for k, v in data.items()}
    return Settings(**values, source=path.name, base=base)


# ---------------------------------------------------------------------------- defaults

def _order(corpus) -> dict[str, int]:
    return {d: k for k, d in enumerate(corpus.documents["doc_id"])}


# ---------------------------------------------------------------------------- resolving

def _present(pairs, ids: set, key: str, source: str, notes: list[str]) -> list[tuple[str, str]]:
    kept = []
    for a, b in pairs:
        missing = [d for d in (a, b) if d not in ids]
        if missing:
            notes.append(f"{source}: {key}: {', '.join(missing)} not in the corpus; ({a}, {b}) left out")
        elif a == b:
            notes.append(f"{source}: {key}: ({a}, {b}) compares a document with itself; left out")
        else:
            kept.append((a, b))
    return kept


def resolve(corpus, settings: Settings | None = None, tokenizer=None) -> Resolved:
    """The settings for ``corpus``: what ``settings`` gives (doc_ids not in the corpus left out, with a
    note), and for every key it leaves out a default computed from the corpus (module docstring).
    Out: :class:`Resolved`, whose ``origin`` says where each value came from."""
    from .compare.coverage import CODEBOOK_PATH

    s = settings or Settings()
    source = s.source or "settings"
    ids = set(corpus.documents["doc_id"])
    order = _order(corpus)
    notes: list[str] = []
    origin: dict[str, str] = {}

    pairs = _present(s.pairs, ids, "pairs", source, notes) if s.pairs is not None else None
    if pairs:
        origin["pairs"] = source
    else:
        pairs, how = default_pairs(corpus, tokenizer)
        origin["pairs"] = f"computed: {how}" + (" (none of those set was in the corpus)" if s.pairs else "")
    report_plan = _present(s.report_plan, ids, "report_plan", source, notes) if s.report_plan is not None else None
    if report_plan:
        origin["report_plan"] = source
    else:
        report_plan, how = default_report_plan(corpus)
        origin["report_plan"] = f"computed: {how}"
    reuse_pair = None
    if s.reuse_pair is not None:
        kept = _present([s.reuse_pair], ids, "reuse_pair", source, notes)
        reuse_pair = kept[0] if kept else None
    origin["reuse_pair"] = source if reuse_pair else "computed: the pair that shares most"
    if s.focus is not None:
        focus = [d for d in s.focus if d in ids]
        gone = [d for d in s.focus if d not in ids]
        if gone:
            notes.append(f"{source}: focus: {', '.join(gone)} not in the corpus; left out")
        origin["focus"] = source
    else:
        named = {d for p in pairs + report_plan for d in p}
        focus = sorted(named, key=order.get)[:MAX_DEFAULT_FOCUS]
        origin["focus"] = "computed: the documents of the pairs compared"
    workbook = s.workbook if s.workbook is not None else "auto"
    n_docs = len(corpus.documents)
    origin["workbook"] = source if s.workbook is not None else "default"
    origin["group_by"] = source if s.group_by is not None else "default"
    title = corpus_title(corpus, s.corpus_title, s.corpus_title_en, source)
    origin["corpus_title"], origin["corpus_title_en"] = title.how_zh, title.how_en
    if s.corpus_title is not None and title_mismatch(corpus, s.corpus_title):
        notes.append(f"{source}: corpus_title {s.corpus_title!r} shares no words with any title, programme or issuer "
                     f"of the corpus; kept — is it this corpus's name?")
    return Resolved(
        codebook=s.codebook or CODEBOOK_PATH, focus=focus, pairs=pairs, report_plan=report_plan, reuse_pair=reuse_pair,
        alignment_threshold=s.alignment_threshold if s.alignment_threshold is not None else 0.2,
        reuse_threshold=s.reuse_threshold if s.reuse_threshold is not None else 0.5,
        workbook=bool(workbook) if workbook != "auto" else n_docs <= WORKBOOK_AUTO_MAX,
        source=source, group_by=s.group_by or "level", corpus_title=title, origin=origin, notes=notes)
