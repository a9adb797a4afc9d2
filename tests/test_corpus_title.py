"""A suite that speaks of the corpus it is given: the ``corpus_title`` setting, the name computed when it
is left out (each rule on titles and programmes of our own), its checks, and a corpus of another domain
(``tests/data/synthetic/title_corpus``: four primary-health-care plans and a report, written for these
tests) whose notebooks, figures and findings name it and say nothing of the worked example's domain."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import matplotlib
import pandas as pd
import pytest

from analysis import figures
from analysis.cli import main
from analysis.compare import findings
from analysis.compare.corpus_title import corpus_title, default_corpus_title, shared_title_words, title_mismatch
from analysis.figures import reuse_plots
from analysis.io.cache import Cache
from analysis.io.tables import load_corpus
from analysis.settings import Settings, SettingsError, read_settings, resolve
from analysis.study import open_study

TESTS = Path(__file__).parent
ROOT = TESTS.parent
HEALTH = TESTS / "data" / "synthetic" / "title_corpus"
SHIPPED_SETTINGS = TESTS / "data" / "shipped" / "analysis.toml"
# what the worked example's domain is called, in any script or language
DOMAIN = re.compile(r"交通|运输|执法|[Tt]ransport|[Ee]nforcement")
HEALTH_ZH, HEALTH_EN = "河北省基层卫生健康服务能力提升", "Primary health care capacity plans in Hebei"


def _corpus(titles, programmes=None, programmes_en=None, titles_en=None):
    """A corpus as the title rules read it: the documents' titles and programmes, the manifest's English."""
    n = len(titles)
    ids = [f"doc{k}" for k in range(n)]
    docs = pd.DataFrame({"doc_id": ids, "title": titles, "programme": programmes or [""] * n})
    manifest = pd.DataFrame({"doc_id": ids, "programme_en": programmes_en or [""] * n, "title_en": titles_en or [""] * n})
    return SimpleNamespace(documents=docs, manifest=manifest)


# ---------------------------------------------------------------- the name computed when none is set

def test_the_programme_every_document_shares_names_the_corpus():
    c = _corpus(["河北省健康乡村建设方案", "石家庄市健康乡村工作方案", "安平县健康乡村工作进展情况"],
                programmes=["健康乡村建设行动（2023）"] * 3, programmes_en=["Healthy villages (2023)"] * 3)
    t = default_corpus_title(c)
    assert (t.zh, t.en) == ("健康乡村建设行动（2023）", "Healthy villages (2023)")
    assert t.how_zh == "computed: the programme all 3 documents share (manifest)" and t.named_zh and t.named_en
    assert t.how_en == "computed: the programme_en all 3 documents share (manifest)"


def test_a_programme_without_one_shared_english_name_leaves_the_english_neutral():
    c = _corpus(["甲", "乙"], programmes=["健康乡村建设行动（2023）"] * 2, programmes_en=["Healthy villages", ""])
    t = default_corpus_title(c)
    assert t.zh == "健康乡村建设行动（2023）"
    assert (t.en, t.named_en) == ("the corpus (2 documents)", False)
    assert "set corpus_title_en in analysis.toml" in t.how_en


def test_two_programmes_fall_to_the_words_every_title_shares():
    c = _corpus(["河北省健康乡村建设三年行动方案（2023-2025年）", "石家庄市健康乡村建设实施方案",
                 "安平县健康乡村建设工作进展情况"], programmes=["健康乡村（2023）", "健康乡村（2024）", "健康乡村（2024）"])
    t = default_corpus_title(c)
    assert (t.zh, t.how_zh) == ("题名均含“健康乡村建设”的3份文件", "computed: the words all 3 titles share")
    assert (t.en, t.named_en) == ("the corpus (3 documents)", False)  # Chinese shared words are not translated


def test_words_of_the_genre_years_and_places_are_not_what_titles_share():
    # 实施方案, 三年行动, 工作要点, the years and the opening places are every plan's: nothing left in common
    assert shared_title_words(["河北省卫生健康三年行动实施方案（2023-2025年）", "山西省生态环境保护工作要点（2024年）"]) == []
    # the place each title opens with goes, its level word with it (城市更新, not 市城市更新)
    assert shared_title_words(["石家庄市城市更新行动方案", "保定市城市更新工作方案"]) == ["城市更新"]
    # two runs, in the first title's order; none inside another
    assert shared_title_words(["某市河湖治理与水源保护方案", "另县水源保护暨河湖治理计划"]) == ["河湖治理", "水源保护"]


def test_a_title_missing_or_nothing_shared_gives_the_neutral_name():
    for titles in (["河北省健康乡村建设方案", ""], ["乡村振兴规划", "医疗保障要点"]):
        t = default_corpus_title(_corpus(titles))
        assert (t.zh, t.en) == ("本语料（2份文件）", "the corpus (2 documents)")
        assert not t.named_zh and not t.named_en
        assert t.how_zh == ("computed: the documents share no programme and no words of their titles "
                            "(set corpus_title in analysis.toml)")


def test_a_corpus_of_one_document_is_called_by_its_title():
    t = default_corpus_title(_corpus(["安平县健康乡村建设实施方案"], titles_en=["Anping healthy villages plan"]))
    assert (t.zh, t.en) == ("安平县健康乡村建设实施方案", "Anping healthy villages plan")
    assert t.how_zh == "computed: the title of its one document"


def test_a_name_set_wins_and_the_other_language_is_computed():
    c = _corpus(["乡村振兴规划", "医疗保障要点"])
    t = corpus_title(c, zh="我的语料", en=None, source="analysis.toml")
    assert (t.zh, t.how_zh, t.named_zh) == ("我的语料", "analysis.toml", True)
    assert (t.en, t.named_en) == ("the corpus (2 documents)", False) and t.how_en.startswith("computed")


def test_the_synthetic_health_corpus_is_named_by_its_shared_programme():
    corpus = load_corpus(HEALTH / "raw", HEALTH / "manifest.csv")
    study = open_study(corpus=corpus, settings=Settings(), cache=Cache(None))
    assert (study.title.zh, study.title.en) == ("基层卫生健康服务能力提升（2024）", "Primary health care capacity programme (2024)")
    assert study.corpus_line() == ("**Corpus: 基层卫生健康服务能力提升（2024） · Primary health care capacity programme (2024)** — "
                                   "Chinese computed: the programme all 4 documents share (manifest); English computed: "
                                   "the programme_en all 4 documents share (manifest)")


# ---------------------------------------------------------------- the setting: read, checked, resolved

@pytest.mark.parametrize("line, message", [
    ('corpus_title = 3', "analysis.toml: corpus_title: expected the corpus's name as one line of text, got 3"),
    ('corpus_title = ["健康"]', "analysis.toml: corpus_title: expected the corpus's name as one line of text, got ['健康']"),
    ('corpus_title = "  "', "analysis.toml: corpus_title: expected the corpus's name as one line of text, got '  '"),
    ('corpus_title = """健康\n乡村"""', "analysis.toml: corpus_title: expected the corpus's name as one line of text"),
    ('corpus_title = "' + "健" * 81 + '"', "analysis.toml: corpus_title: 81 characters; at most 80"),
    ('corpus_title_en = "健康 plans"', "analysis.toml: corpus_title_en: the English name holds Chinese characters"),
    ('corpus_title_en = true', "analysis.toml: corpus_title_en: expected the corpus's name as one line of text, got True"),
])
def test_a_bad_title_stops_with_one_line_naming_the_file_and_the_key(tmp_path, line, message):
    path = tmp_path / "analysis.toml"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(SettingsError) as err:
        read_settings(path)
    assert str(err.value).startswith(message) and "\n" not in str(err.value)


def test_the_command_line_says_the_bad_title_in_one_line(tmp_path, capsys):
    path = tmp_path / "analysis.toml"
    path.write_text("corpus_title_en = \"卫生 plans\"\n", encoding="utf-8")
    code = main(["regenerate", "--only", "tables", "--raw", str(HEALTH / "raw"), "--manifest", str(HEALTH / "manifest.csv"),
                 "--settings", str(path), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err.strip()
    assert code == 2 and err.startswith("error: analysis.toml: corpus_title_en: the English name holds Chinese")
    assert len(err.splitlines()) == 1 and not (tmp_path / "out").exists()


def test_a_notebook_parameter_is_checked_as_the_file_is():
    with pytest.raises(SettingsError, match=r"^parameter corpus_title_en: the English name holds Chinese"):
        Settings().with_values(corpus_title_en="卫生")
    assert Settings().with_values(corpus_title=" 我的  语料 ").corpus_title == "我的 语料"  # one line, spaces once


def test_the_title_set_is_resolved_noted_and_part_of_the_cache_key():
    corpus = load_corpus(HEALTH / "raw", HEALTH / "manifest.csv")
    s = read_settings(HEALTH / "analysis.toml")
    r = resolve(corpus, s)
    assert (r.corpus_title.zh, r.corpus_title.en) == (HEALTH_ZH, HEALTH_EN)
    assert r.origin["corpus_title"] == r.origin["corpus_title_en"] == "analysis.toml" and r.notes == []
    other = resolve(corpus, s.with_values(corpus_title_en="Hebei primary care"))
    assert other.key() != r.key()  # notebooks and figures are cached by it: a new name draws them again


def test_a_title_kept_from_another_corpus_is_noted(real_corpus):
    """The worked example's settings left in place over health plans: the name is kept (it may be meant),
    and a note says it shares no words with the corpus; over the worked example itself, no note."""
    health = load_corpus(HEALTH / "raw", HEALTH / "manifest.csv")
    shipped = read_settings(SHIPPED_SETTINGS)
    r = resolve(health, shipped)
    assert r.corpus_title.zh == shipped.corpus_title
    assert (f"analysis.toml: corpus_title '{shipped.corpus_title}' shares no words with any title, programme or "
            f"issuer of the corpus; kept — is it this corpus's name?") in r.notes
    assert not any("corpus_title" in n for n in resolve(real_corpus, shipped).notes)
    assert title_mismatch(health, shipped.corpus_title) and not title_mismatch(health, HEALTH_ZH)
    assert not title_mismatch(health, "Hebei study")  # a name of no Chinese words is not judged


# ---------------------------------------------------------------- figures and findings of another domain

@pytest.fixture(scope="module")
def health_study():
    corpus = load_corpus(HEALTH / "raw", HEALTH / "manifest.csv")
    return open_study(corpus=corpus, settings=HEALTH / "analysis.toml", cache=Cache(None))


def _source_line(fig) -> str:
    return next(t.get_text() for t in fig.texts if t.get_gid() == "house-source-line")


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("name", list(figures.FIGURES))
def test_every_figure_names_the_corpus_in_its_source_line_and_not_the_worked_example(health_study, name):
    func = figures.FIGURES[name]
    for lang, prefix, title in (("zh", "资料来源：", HEALTH_ZH), ("en", "Source: ", HEALTH_EN)):
        fig = health_study.figure(func, lang=lang)
        assert _flat(_source_line(fig)).startswith(_flat(prefix + title)), (name, lang)
        texts = "\n".join(t.get_text() for t in fig.findobj(matplotlib.text.Text))
        assert not DOMAIN.search(texts), (name, lang, DOMAIN.findall(texts))


def test_a_neutral_name_is_left_out_of_the_source_line():
    corpus = load_corpus(HEALTH / "raw", HEALTH / "manifest.csv")
    study = open_study(corpus=corpus, settings=Settings(corpus_title_en="Hebei primary care"), cache=Cache(None))
    neutral = study.title.__class__(zh="本语料（4份文件）", en="the corpus (4 documents)", how_zh="computed",
                                    how_en="computed", named_zh=False, named_en=False)
    for lang in ("zh", "en"):
        line = _source_line(figures.fig_deadline_kinds(corpus, lang=lang, corpus_title=neutral))
        assert line.startswith("资料来源：国家卫生健康委员会 (2024)" if lang == "zh"
                               else "Source: National Health Commission (2024)"), line
    assert _source_line(study.figure(reuse_plots.fig_cascade, lang="en")).startswith("Source: Hebei primary care — ")


def test_the_findings_name_the_corpus_and_say_nothing_of_another_domain(health_study):
    s, corpus, labels = health_study, health_study.corpus, health_study.labels
    from analysis.compare import coverage, profiles

    book = s.codebook()
    matrix = coverage.coverage_matrix(corpus.tasks, book, coded=s.coded_tasks())
    uncovered = coverage.uncovered_categories(corpus.tasks, book, coded=s.coded_tasks())
    first = findings.corpus_findings(corpus, labels, focus=s.focus, title=s.title)
    assert first.startswith(f"The corpus, *{HEALTH_EN}*, holds **4 documents** (3 plans, 1 report) with **18 tasks**")
    said = [first,
            findings.coverage_findings(corpus, book, matrix, uncovered, s.alignments(), 0.2, labels),
            findings.deadline_findings(profiles.deadline_summary(corpus), {}, labels, corpus.deadlines),
            findings.responsibility_findings(corpus, profiles.responsibility(corpus), labels),
            findings.reuse_findings(s.reuse().shares, s.lineage(), labels, 0.5)]
    assert not [DOMAIN.findall(x) for x in said if DOMAIN.search(x)]
    # a neutral name is not repeated as if it were one
    assert findings.corpus_findings(corpus, labels, title=None).startswith("The corpus holds **4 documents**")


def test_a_health_plans_training_requirement_is_not_read_as_officers():
    from analysis.parse.extract.training import find_training

    found = find_training("乡村医生每年参加业务培训不少于40学时")
    assert found and found[0].hours_per_year == 40 and not DOMAIN.search(found[0].audience)


# ---------------------------------------------------------------- make all on the health corpus

def _notebook_text(book: Path) -> str:
    """Everything a reader sees of a notebook: its cells' sources and every output."""
    nb = json.loads(book.read_text(encoding="utf-8"))
    parts = []
    for cell in nb["cells"]:
        parts.append("".join(cell.get("source", "")))
        for out in cell.get("outputs", []):
            parts.append("".join(out.get("text", "")))
            for kind, value in out.get("data", {}).items():
                if kind.startswith("text/"):
                    parts.append("".join(value))
    return "\n".join(parts)


def _svg_text(svg: Path) -> str:
    """The text of a figure's SVG: matplotlib writes each text, drawn as paths, in a comment before it."""
    return "\n".join(re.findall(r"<!-- (.*?) -->", svg.read_text(encoding="utf-8")))


@pytest.mark.slow
def test_make_all_on_a_health_corpus_speaks_of_health(tmp_path, capsys, monkeypatch):
    """make all on the health corpus with its own settings: every notebook names it (the corpus line,
    the overview's findings), every figure's source line does, and no notebook (sources, outputs)
    and no figure says 交通, 运输, 执法, transport or enforcement."""
    project = tmp_path / "study"
    shutil.copytree(HEALTH, project)
    books = project / "notebooks"
    books.mkdir()
    for nb in ROOT.glob("notebooks/[0-9][0-9]_*.ipynb"):
        shutil.copyfile(nb, books / nb.name)
    monkeypatch.setenv("POLICY_ANALYSIS_CACHE", str(project / "cache"))
    code = main(["regenerate", "--raw", str(project / "raw"), "--manifest", str(project / "manifest.csv"),
                 "--settings", str(project / "analysis.toml"), "--out", str(project / "processed"),
                 "--figures", str(project / "figures"), "--notebooks", str(books)])
    out, err = capsys.readouterr()
    assert code == 0, err
    line = f"**Corpus: {HEALTH_ZH} · {HEALTH_EN}** — analysis.toml"
    notebooks = sorted(books.glob("*.ipynb"))
    assert len(notebooks) >= 7
    for book in notebooks:
        text = _notebook_text(book)
        assert line in text, book.name
        assert not DOMAIN.search(text), (book.name, sorted(set(DOMAIN.findall(text))))
    assert f"The corpus, *{HEALTH_EN}*, holds **4 documents**" in _notebook_text(books / "01_corpus_overview.ipynb")
    svgs = sorted((project / "figures").glob("*.svg"))
    assert len(svgs) >= 2 * len(figures.FIGURES)
    for svg in svgs:
        text = _svg_text(svg)
        title = HEALTH_EN if svg.stem.endswith("_en") else HEALTH_ZH
        assert _flat(title) in _flat(text), svg.name
        assert not DOMAIN.search(text), (svg.name, sorted(set(DOMAIN.findall(text))))
