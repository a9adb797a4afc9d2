"""Figures that pass an editor: every figure in both languages, on the shipped corpus and on a
synthetic corpus of 12 documents (long names, every level, missing fields), is drawn with
nothing beyond the canvas, no two texts overlapping, no legend over data, and no Chinese in
an English figure; labels come from what was read, never the doc_id."""
from __future__ import annotations

import pytest

import corpus_factory as cf
from analysis import figures, glossary, profiles, similarity, style
from analysis.tables import load_corpus


@pytest.fixture(scope="module")
def tokenizer():
    return similarity.load_tokenizer()


@pytest.fixture(scope="module")
def twelve(tmp_path_factory):
    raw, manifest = cf.write_raw(tmp_path_factory.mktemp("twelve"), cf.twelve_specs(), shipped=False)
    return load_corpus(raw, manifest)


def _check(corpus, tokenizer) -> dict[str, list[str]]:
    problems = {}
    for name, func in figures.FIGURES.items():
        for lang in ("zh", "en"):
            kwargs = {"tokenizer": tokenizer} if "tokenizer" in func.__code__.co_varnames else {}
            fig = func(corpus, lang=lang, **kwargs)
            found = style.layout_problems(fig, check_cjk=lang == "en")
            if found:
                problems[f"{name}{'_en' if lang == 'en' else ''}"] = found
    return problems


def test_every_figure_passes_on_the_shipped_corpus(real_corpus, tokenizer):
    assert _check(real_corpus, tokenizer) == {}


def test_every_figure_passes_on_twelve_synthetic_documents(twelve, tokenizer):
    assert len(twelve.documents) == 12
    assert set(twelve.documents["level"]) >= {"national", "provincial", "municipal", "county"}
    assert _check(twelve, tokenizer) == {}


def test_the_check_catches_what_an_editor_would():
    """The checker fails a figure with a text beyond the canvas, overlapping texts, a legend over
    bars, and Chinese in an English figure — so its silence above means something."""
    with style.house_style():
        fig, ax = style.new_figure("column", height=2.5)
        ax.bar([0, 1, 2], [3, 3, 3], label="bars")
        ax.legend(loc="center")
        ax.text(0.5, 0.5, "first text", transform=ax.transAxes)
        ax.text(0.52, 0.5, "second text", transform=ax.transAxes)
        fig.text(0.8, 0.1, "a label that runs far beyond the right edge")
        ax.set_title("执法 enforcement")
    problems = style.layout_problems(fig, check_cjk=True)
    text = "\n".join(problems)
    assert "'first text' and 'second text' overlap" in text
    assert "'a label that runs far beyond the right edge' is drawn beyond the canvas" in text
    assert "a legend (bars) covers data" in text
    assert "'执法 enforcement' holds Chinese characters '执法'" in text


def test_a_single_document_corpus_draws_every_figure(tmp_path, tokenizer):
    raw, manifest = cf.write_raw(tmp_path, [cf.Spec("2024_only_plan")], shipped=False)
    assert _check(load_corpus(raw, manifest), tokenizer) == {}


def test_labels_of_unlisted_documents_come_from_what_was_read(twelve):
    zh, en = figures.doc_labels(twelve, "zh"), figures.doc_labels(twelve, "en")
    assert zh["2024_anping_county_plan"] == "安平县2024方案"
    assert en["2024_anping_county_plan"] == "Anping County 2024 plan"
    assert zh["2023_hebei_plan"] == "河北2022方案"           # no period: the issue date's year
    assert en["2023_ministry_plan"] == "National 2023 plan"
    assert zh["2022_xinjiang_plan"] == "新疆2022方案"
    assert zh["2023_yanbian_plan"] == "延边州2023方案"
    assert zh["2023_nothing"] == "未具名文件1" and en["2023_nothing"] == "Untitled document 1"
    for labels in (zh, en):
        assert len(set(labels.values())) == len(labels)
        assert not any(doc_id in label for doc_id, label in labels.items())


def test_shipped_labels_and_sources(real_corpus):
    assert figures.doc_labels(real_corpus, "zh") == {
        "tianjin_2021_plan": "天津2021方案", "henan_2021_plan": "河南2021方案", "national_2024_plan": "全国（部）2024方案",
        "xining_2024_plan": "西宁2024方案", "tianjin_2023_report": "天津2023报告"}
    assert figures.doc_labels(real_corpus, "en")["xining_2024_plan"] == "Xining (Qinghai) 2024 plan"


def test_missing_is_shown_not_zero(twelve):
    s = profiles.deadline_summary(twelve).set_index("doc_id")
    assert not s.loc["2023_hebei_plan", "has_period"]
    assert s.loc["2023_hebei_plan", "share_first_year"] != s.loc["2023_hebei_plan", "share_first_year"]  # NaN
    assert s.loc["2024_anping_county_plan", "n_deadlines"] == 0
    bins = profiles.deadline_bins(twelve)
    assert "2023_hebei_plan" not in set(bins["doc_id"])
    fig = figures.fig_front_loading(twelve, lang="en")
    notes = [t.get_text() for t in fig.axes[0].texts]
    assert notes.count("No dated deadline") >= 2 and any(t.startswith("No plan period read") for t in notes)
    fig = figures.fig_coverage(twelve, lang="en")
    assert sum(t.get_text() == "no tasks" for t in fig.axes[0].texts) == 2   # 2022_notasks_plan, 2023_nothing
    assert profiles.corpus_overview(twelve).set_index("doc_id").loc["2023_hebei_plan", "period"] == "missing"


def test_shares_show_their_n(real_corpus):
    fig = figures.fig_deadline_kinds(real_corpus, lang="en")
    counts = [t.get_text() for t in fig.axes[0].texts]
    assert counts == ["n=23", "n=25", "n=1", "n=6"]   # Tianjin, Henan, national, Xining deadlines
    fig = figures.fig_front_loading(real_corpus, lang="en")
    # Tianjin: 7 of its 17 dated deadlines fall in 2021, Henan 2 of 20; Xining's one dated deadline
    # (于2024年6月底前) is not in its first year, 2023
    assert [t.get_text() for t in fig.axes[0].texts] == ["41% (n=17)", "10% (n=20)", "0% (n=1)", "0% (n=1)"]


def test_compared_panels_share_one_scale(real_corpus, tokenizer):
    for fig in (figures.fig_distinctive_terms(real_corpus, "en", tokenizer=tokenizer),
                figures.fig_responsibility(real_corpus, "en")):
        limits = {ax.get_xlim() for ax in fig.axes if ax.has_data()}
        assert len(limits) == 1


def test_english_figures_use_the_glossary(real_corpus, tokenizer):
    fig = figures.fig_responsibility(real_corpus, "en")
    units = [t.get_text().replace("\n", " ") for ax in fig.axes for t in ax.get_yticklabels()]
    assert "Municipal Transport Enforcement Corps" in units and "Dept. Law Enforcement Bureau" in units
    fig = figures.fig_coverage(real_corpus, "en")
    cats = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "Legal publicity" in cats and not any(glossary.has_cjk(c) for c in cats)


def test_every_figure_passes_on_thirty_documents(tmp_path, tokenizer):
    raw, manifest = cf.write_raw(tmp_path, cf.thirty_specs(), shipped=True)
    corpus = load_corpus(raw, manifest)
    assert len(corpus.documents) == 30
    assert _check(corpus, tokenizer) == {}
