"""Figures that pass an editor: every figure in both languages, on the shipped corpus and on a
synthetic corpus of 12 documents (long names, every level, missing fields), is drawn with
nothing beyond the canvas, no two texts overlapping, no legend over data, and no Chinese in
an English figure; labels come from what was read, never the doc_id."""
from __future__ import annotations

import pytest

import corpus_factory as cf
from analysis import figures
from analysis.figures import glossary, style
from analysis.compare import profiles, reuse, similarity
from analysis.io.tables import load_corpus


@pytest.fixture(scope="module")
def tokenizer():
    return similarity.load_tokenizer()


@pytest.fixture(scope="module")
def twelve(tmp_path_factory):
    raw, manifest = cf.write_raw(tmp_path_factory.mktemp("twelve"), cf.twelve_specs(), shipped=False)
    return load_corpus(raw, manifest)


def _check(corpus, tokenizer) -> dict[str, list[str]]:
    """Every figure of the registry (the reuse figures included), both languages, through the figure check."""
    problems = {}
    compared = reuse.compare(corpus)
    for name, func in figures.FIGURES.items():
        for lang in ("zh", "en"):
            fig = func(corpus, lang=lang, **figures.figure_arguments(func, tokenizer=tokenizer, reuse=compared))
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
    """Task counts of units are compared across documents: one scale. A keyness χ² depends on the
    document's length, so each distinctive-terms panel has its own (test_study_figures checks it)."""
    fig = figures.fig_responsibility(real_corpus, "en")
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


# ---------------------------------------------------------------- the reuse figures

_TEXTS = lambda fig: "\n".join(t.get_text() for t in fig.findobj(__import__("matplotlib").text.Text))  # noqa: E731

_PROVINCES = ["河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省",
              "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省",
              "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区", "北京市",
              "上海市"]


def test_the_reuse_figures_are_registered_and_the_corpus_compared_once(real_corpus, tmp_path, monkeypatch):
    from analysis.figures import reuse_plots as reuse_figures

    assert {k: figures.FIGURES[k] for k in reuse_figures.REUSE_FIGURES} == reuse_figures.REUSE_FIGURES
    calls = []
    compare = reuse.compare
    monkeypatch.setattr(reuse, "compare", lambda *a, **k: calls.append(a) or compare(*a, **k))
    monkeypatch.setattr(figures.plots, "FIGURES", dict(reuse_figures.REUSE_FIGURES))
    from analysis.io.cache import Cache
    from analysis.settings import Settings
    from analysis.study import open_study

    study = open_study(corpus=real_corpus, settings=Settings(), cache=Cache(None))
    paths = figures.write_all_figures(real_corpus, tmp_path, study=study)
    assert len(calls) == 1  # one comparison for three figures in two languages
    assert sorted(p.name for p in paths) == sorted(f"{n}{s}.{e}" for n in reuse_figures.REUSE_FIGURES
                                                   for s in ("", "_en") for e in ("png", "svg"))


def test_unlisted_plans_are_labelled_in_the_reuse_figures_as_in_the_others(twelve):
    """No manifest row: the reuse figures name a plan as every other figure does, never by its doc_id."""
    from analysis.figures import reuse_plots as reuse_figures

    r = reuse.compare(twelve)
    for lang in ("zh", "en"):
        labels = figures.doc_labels(twelve, lang)
        for name, func in reuse_figures.REUSE_FIGURES.items():
            texts = _TEXTS(func(twelve, lang=lang, reuse=r))
            assert not [d for d in labels if d in texts], (name, lang)
        texts = _TEXTS(reuse_figures.fig_cascade(twelve, lang=lang, reuse=r))
        flat = "".join(texts.split())
        assert [label for label in labels.values() if "".join(label.split()) not in flat] == []


@pytest.mark.parametrize("n", [1, 5, 12, 30])
def test_the_cascade_holds_any_number_of_documents_per_level(tmp_path, n):
    """A ministry plan and n provincial plans implementing it: rows of five, the figure grows, nothing
    overlaps or leaves the canvas, each plan's link carries its share."""
    from analysis.figures import reuse_plots as reuse_figures

    specs = [cf.Spec("2023_ministry_plan", issuer="交通运输部", title="交通运输执法队伍建设方案", period=(2023, 2025),
                     date="2023年2月1日", n_tasks=6)]
    specs += [cf.Spec(f"2024_p{k}_plan", issuer=f"{_PROVINCES[k]}交通运输厅", title=f"{_PROVINCES[k]}交通运输执法队伍建设实施方案",
                      period=(2024, 2026), date="2024年5月1日", n_tasks=3 + k % 4) for k in range(n)]
    raw, manifest = cf.write_raw(tmp_path, specs, shipped=False)
    corpus = load_corpus(raw, manifest)
    r = reuse.compare(corpus)
    for lang in ("zh", "en"):
        fig = reuse_figures.fig_cascade(corpus, lang=lang, reuse=r)
        assert style.layout_problems(fig, check_cjk=lang == "en") == []
        shares = [t for t in _TEXTS(fig).split("\n") if __import__("re").fullmatch(r"\d+%", t)]
        assert len(shares) == n  # one link per provincial plan, to the ministry's
    assert fig.get_size_inches()[1] >= 2.0 + 0.5 * ((n - 1) // 5)


@pytest.fixture(scope="module")
def unrelated(tmp_path_factory):
    """Two plans that share no passage."""
    folder = tmp_path_factory.mktemp("unrelated")
    (folder / "roads.txt").write_text(
        "丙县公路养护工作方案\n丙县交通运输局\n2023年5月1日\n一、主要任务\n"
        "1.整修乡村道路。对全县农村公路坑槽进行修补，雨季前完成排水沟清淤，保障群众出行安全。\n"
        "2.完善桥梁档案。逐座核查县域内中小桥梁的结构状况，建立一桥一档，发现隐患立即设置警示标志。\n", encoding="utf-8")
    (folder / "training.txt").write_text(
        "丁市执法人员培训方案\n丁市交通运输局\n2022年3月8日\n一、工作安排\n"
        "1.举办业务讲座。邀请高校法学教师讲授行政处罚法新条文，每场课后组织闭卷测验并通报成绩。\n"
        "2.开展案卷交叉评查。抽取上年度办结的治超案件卷宗，由各大队互相评分，问题清单限期整改。\n", encoding="utf-8")
    return load_corpus(folder, manifest=False)


def test_no_reuse_is_said_not_drawn_as_an_empty_axis(unrelated):
    from analysis.figures import reuse_plots as reuse_figures

    r = reuse.compare(unrelated)
    assert len(r.shares) == 1 and r.passages.empty
    for lang, said in (("zh", "未发现复用段落"), ("en", "No reused passage found")):
        for func in (reuse_figures.fig_reuse_map, reuse_figures.fig_task_status):
            fig = func(unrelated, lang=lang, reuse=r)
            assert said in _TEXTS(fig) and not fig.axes[0].has_data()
            assert style.layout_problems(fig, check_cjk=lang == "en") == []
        cascade = _TEXTS(reuse_figures.fig_cascade(unrelated, lang=lang, reuse=r))
        assert ("未发现文件之间的上下级关系" if lang == "zh" else "No document here implements another") in cascade
    # a pair asked for explicitly is drawn: every task new
    fig = reuse_figures.fig_task_status(unrelated, lang="en", reuse=r, pair=("roads", "training"))
    assert "0 copied · 0 adapted · 2 new" in _TEXTS(fig)


def test_one_document_is_said_not_raised(tmp_path):
    from analysis.figures import reuse_plots as reuse_figures

    raw, manifest = cf.write_raw(tmp_path, [cf.Spec("2024_only_plan")], shipped=False)
    corpus = load_corpus(raw, manifest)
    for func in (reuse_figures.fig_reuse_map, reuse_figures.fig_task_status):
        assert "Only one document: nothing to compare" in _TEXTS(func(corpus, lang="en"))
