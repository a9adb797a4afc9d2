"""Figures at study size: every registered figure, in both languages, on synthetic corpora of 1, 5,
30, 300 and 3,000 documents (tables built by ``study_corpus``, several levels, regions, domains and
kinds, fields missing), passes the figure check — within the A4 page, no text beyond the canvas,
none overlapping, none below the house minimum, no tick labels denser than the axis holds, no
Chinese in an English figure — and names the researcher's focus documents. And the rules that
make it so, each with its own test."""
from __future__ import annotations

import re

import matplotlib
import numpy as np
import pytest

import study_corpus as sc
from analysis.figures import scale
from analysis import figures
from analysis.figures import progress_plots as progress_figures, reuse_plots as reuse_figures, style
from analysis.compare import similarity
from analysis.figures.labels import Words, doc_labels, sources
from analysis.figures.glossary import Glossary

SIZES = [1, 5, 30, 300, pytest.param(3000, marks=pytest.mark.slow)]
_CACHE: dict[int, tuple] = {}


@pytest.fixture(scope="module")
def tokenizer():
    return similarity.load_tokenizer()


def study(n: int):
    """The corpus of ``n`` documents, its reuse comparison and a focus list (three documents at three
    levels, one with no parent, and a doc_id not in the corpus), built once per test session."""
    if n not in _CACHE:
        corpus = sc.study_corpus(n)
        docs = corpus.documents
        focus = []
        for level in ("provincial", "municipal", "county"):
            ids = list(docs.loc[docs["level"] == level, "doc_id"])
            if ids:
                focus.append(ids[len(ids) // 2])
        _CACHE[n] = (corpus, sc.study_reuse(corpus), focus + ["not_in_this_corpus"])
    return _CACHE[n]


def _pair_arguments(func, corpus) -> dict:
    """For the figures of a pair: a plan and its parent, a report and the plan above it."""
    parents = corpus.study_parents
    docs = corpus.documents.set_index("doc_id")
    code = func.__code__.co_varnames
    out = {}
    if "source" in code and parents:
        child = next((c for c in parents if docs.loc[c, "kind"] == "plan"), None)
        if child:
            out.update(source=parents[child], target=child)
    if "report" in code:
        report = next((c for c in parents if docs.loc[c, "kind"] == "report"), None)
        if report:
            out.update(report=report, plan=parents[report])
    return out


def _texts(fig) -> str:
    return "\n".join(t.get_text() for t in fig.findobj(matplotlib.text.Text))


@pytest.mark.parametrize("name", list(figures.FIGURES))
@pytest.mark.parametrize("n", SIZES)
def test_every_figure_passes_the_figure_check_at_study_size(n, name, tokenizer):
    corpus, r, focus = study(n)
    func = figures.FIGURES[name]
    kwargs = {**figures.figure_arguments(func, tokenizer=tokenizer, reuse=r, focus=focus), **_pair_arguments(func, corpus)}
    for lang in ("zh", "en"):
        fig = func(corpus, lang=lang, **kwargs)
        assert style.layout_problems(fig, check_cjk=lang == "en") == [], (name, lang)
        w, h = fig.get_size_inches()
        assert round(w * 300) <= 1890 and round(h * 300) <= 2850  # the A4 page, in the PNG's pixels
        texts = _texts(fig)
        if lang == "zh":  # a Chinese figure names documents by what was read, never by doc_id
            assert [d for d in corpus.documents["doc_id"] if d in texts] == [], name
        if n >= 30 and func not in (figures.fig_alignment, figures.fig_report_vs_plan, progress_figures.fig_report_progress):
            assert "not_in_this_corpus" in texts  # a focus document the corpus lacks is said, by its doc_id


@pytest.mark.parametrize("n", [300, pytest.param(3000, marks=pytest.mark.slow)])
def test_a_study_is_summarised_not_listed(n, tokenizer):
    """Past a page of documents no figure has a label per document: groups with their n, the focus
    documents by name, and a source line that says where the documents are listed."""
    corpus, r, focus = study(n)
    labels = doc_labels(corpus, "en")
    shown = [d for d in focus if d in labels]
    for name, func in figures.FIGURES.items():
        if func in (figures.fig_alignment, figures.fig_report_vs_plan, reuse_figures.fig_task_status,
                    progress_figures.fig_report_progress):  # the figures of one pair
            continue
        fig = func(corpus, lang="en", **figures.figure_arguments(func, tokenizer=tokenizer, reuse=r, focus=focus))
        ticks = {" ".join(t.get_text().split()) for ax in fig.axes for t in ax.get_yticklabels() + ax.get_xticklabels()}
        assert not ticks & {labels[d] for d in labels if d not in focus}, name  # no document is a tick but the focus
        texts = _texts(fig)
        assert f"{n:,} documents (list: data/processed/documents.csv)" in texts or \
            re.search(r"\d[\d,]* documents \(list: data/processed/documents\.csv\)", texts), name
        flat = " ".join(texts.split())
        named = [d for d in shown if labels[d] in flat or labels[d][:20] in flat]
        assert named, name  # the focus documents that have something to draw are named


@pytest.mark.parametrize("group_by, lang", [("region", "zh"), ("year", "en")])
def test_every_figure_passes_grouped_by_region_and_by_year(group_by, lang, tokenizer):
    corpus, r, focus = study(300)
    groups = [g for g, _ in scale.groups(corpus, list(corpus.documents["doc_id"]), group_by, lang)]
    assert len(groups) == scale.GROUPS_MAX
    for name, func in figures.FIGURES.items():
        kwargs = figures.figure_arguments(func, tokenizer=tokenizer, reuse=r, focus=focus, group_by=group_by)
        fig = func(corpus, lang=lang, **kwargs, **_pair_arguments(func, corpus))
        assert style.layout_problems(fig, check_cjk=lang == "en") == [], name
        if func is figures.fig_deadline_kinds:
            flat = " ".join(_texts(fig).split())
            assert all(g in flat for g in groups[:3]), groups  # the groups name the rows


def test_a_similarity_matrix_past_its_size_draws_a_sample_and_says_so(tokenizer, monkeypatch):
    """Past 3,000 documents the dense matrix would not fit in memory: one in k documents of each group
    is drawn, the focus documents always. Shown here with the limit at 100 and 300 documents."""
    corpus, _, focus = study(300)
    monkeypatch.setattr(figures.plots, "_MATRIX_MAX", 100)
    fig = figures.fig_similarity(corpus, "en", tokenizer=tokenizer, focus=focus)
    assert style.layout_problems(fig, check_cjk=True) == []
    notes = " ".join(_texts(fig).split())
    found = re.search(r"(\d+) of the (\d+) documents drawn \(one in 3 of each group, and the focus documents\)", notes)
    assert found and int(found.group(1)) == fig.axes[1].images[0].get_array().shape[0] <= 100 + len(focus)
    assert all(doc_labels(corpus, "en")[d][:12] in notes for d in focus if d in doc_labels(corpus, "en"))


def _cn(k: int) -> str:
    """1 → 一, 12 → 十二, 60 → 六十 (section numbers as plans write them)."""
    digits = "一二三四五六七八九"
    tens, ones = divmod(k, 10)
    return (("" if tens == 1 else digits[tens - 1]) + "十" if tens else "") + (digits[ones - 1] if ones else "")


def _plan_and_report(n_tasks: int, n_sections: int):
    """A corpus of one plan with ``n_tasks`` tasks in ``n_sections`` sections and a report on it (tables: the
    report's parts say of every third task that it was done, of every third that it is under way)."""
    import pandas as pd

    from analysis.io.tables import TABLE_COLUMNS, frames_of

    corpus = sc.study_corpus(2)
    plan, report = list(corpus.documents["doc_id"])
    words = ["执法记录仪", "治超检测站", "网约车平台", "执法案卷", "基层站所", "普法宣传", "执法装备", "应急演练"]
    tasks, said = [], []
    for k in range(1, n_tasks + 1):
        word = f"{words[k % len(words)]}{k}号"
        tasks.append((plan, k, "二", _cn(1 + (k - 1) * n_sections // n_tasks), str(k), f"推进{word}建设工作",
                      f"各单位推进{word}建设，按期完成。", f"line {k}"))
        said.append(["已建成{w}。", "{w}正在建设。", "{w}情况良好。"][k % 3].format(w=word))
    tasks.append((report, 1, "一", None, "一", "工作进展", "".join(said), "line 1"))
    clause = (report, 1, 1, "".join(said), None, None, None, None, None, None, "line 2")
    frames = frames_of({**{name: [] for name in TABLE_COLUMNS}, "tasks": tasks, "clauses": [clause]})
    corpus.tasks, corpus.clauses = frames["tasks"], frames["clauses"]
    subs = list(dict.fromkeys(t[3] for t in tasks[:-1]))
    corpus.sections = pd.DataFrame({"doc_id": plan, "section": "二", "subsection": subs,
                                    "title": [f"第{s}组任务" for s in subs], "kind": "group"})
    return corpus, report, plan


@pytest.mark.parametrize("n_tasks, n_sections, by_section", [(1, 1, False), (40, 5, False), (55, 5, False),
                                                              (56, 5, True), (400, 12, True), (300, 60, True)])
def test_the_report_figure_holds_one_task_to_hundreds(n_tasks, n_sections, by_section, tokenizer):
    """A row per task while tasks and section headings fit :data:`TASK_ROWS_MAX` rows; past it a row per
    section with its tasks counted by status, at most :data:`SECTION_ROWS_MAX` rows (the rest joined);
    both languages pass the figure check at every size."""
    corpus, report, plan = _plan_and_report(n_tasks, n_sections)
    for lang in ("zh", "en"):
        fig = progress_figures.fig_report_progress(corpus, lang, report=report, plan=plan, tokenizer=tokenizer)
        assert style.layout_problems(fig, check_cjk=lang == "en") == [], (n_tasks, lang)
        ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
        texts = " ".join(_texts(fig).split())
        if by_section:
            assert len(ticks) == min(n_sections, progress_figures.SECTION_ROWS_MAX)
            assert f"{n_tasks} tasks: more than the 60 rows drawn task by task" in texts or lang == "zh"
            counted = sum(int(re.search(r"[(（](\d+)[)）]$", t).group(1)) for t in ticks)
            assert counted == n_tasks
        else:
            assert len(ticks) == n_tasks + n_sections
    if n_sections > progress_figures.SECTION_ROWS_MAX:
        assert ticks[-1].startswith(f"the other {n_sections - progress_figures.SECTION_ROWS_MAX + 1} sections")


# ---------------------------------------------------------------- the check itself

def test_the_check_fails_a_figure_taller_than_the_page_and_text_below_the_minimum():
    with style.house_style():
        fig, ax = style.new_figure("full", height=12)
        ax.set_title("a title in 4 pt", fontsize=4)
    problems = "\n".join(style.layout_problems(fig))
    assert "the figure is 6.30 × 12.00 in (1890 × 3600 px at 300 dpi); the page holds 6.3 × 9.5 in" in problems
    assert "'a title in 4 pt' is set in 4 pt, below the house minimum of 5.5 pt" in problems


def test_the_check_fails_more_tick_labels_than_the_axis_holds():
    """205 document names on a heatmap's axis, as the issue saw: the check says how much room they need."""
    with style.house_style():
        fig, ax = style.new_figure("full", height=6)
        ax.imshow(np.zeros((205, 3)), aspect="auto")
        ax.set_yticks(range(205), [f"plan {k}" for k in range(205)], fontsize=6)
    problems = "\n".join(style.layout_problems(fig))
    assert re.search(r"205 tick labels on the y axis of 'axes 1' need \d+\.\d+ in; the axis is \d\.\d+ in long", problems)
    with style.house_style():  # the same axis with a label every tenth row is fine
        fig, ax = style.new_figure("full", height=6)
        ax.imshow(np.zeros((205, 3)), aspect="auto")
        ax.set_yticks(range(0, 205, 10), [f"plan {k}" for k in range(0, 205, 10)], fontsize=6)
    assert style.layout_problems(fig) == []


def test_the_check_measures_text_as_printed_at_300_dpi():
    """A label laid out to end 0.02 in inside the canvas at 100 dpi is wider at 300 dpi: the check draws
    at 300 dpi, as the PNG is saved, so it sees what the printed page would show."""
    with style.house_style():
        fig, ax = style.new_figure("full", height=2)
        ax.set_axis_off()
        label = "Henan 2021 plan 3 copied · 9 adapted · 1 own words · 0 new " * 2
        width_100 = style.text_width_in(label, 8)
        fig.text(1 - (width_100 + 0.02) / 6.3, 0.5, label, fontsize=8)
    problems = style.layout_problems(fig)
    assert any("beyond the canvas" in p for p in problems)


def test_labels_are_spread_apart_and_stay_in_range():
    placed = style.spread([5.0, 5.1, 5.2, 0.0, 9.9], gap=1.0, low=0.0, high=10.0)
    assert placed[3] == 0.0  # far from the others: not moved
    ordered = sorted(placed)
    assert all(b - a >= 1.0 - 1e-9 for a, b in zip(ordered, ordered[1:]))
    assert min(placed) >= 0.0 and max(placed) <= 10.0
    assert [sorted(range(5), key=lambda i: placed[i])] == [sorted(range(5), key=lambda i: [5.0, 5.1, 5.2, 0.0, 9.9][i])]
    even = style.spread([1.0] * 5, gap=5.0, low=0.0, high=4.0)  # more than the room holds: evenly spaced
    assert even == [0.0, 1.0, 2.0, 3.0, 4.0]


# ---------------------------------------------------------------- grouping, focus, colours, sources

def test_groups_by_level_region_and_year_with_the_rest_joined():
    corpus, _, _ = study(300)
    docs = list(corpus.documents["doc_id"])
    by_level = scale.groups(corpus, docs, "level", "en")
    assert [g for g, _ in by_level] == ["National", "Provincial", "Municipal", "County"]
    assert sum(len(ids) for _, ids in by_level) == 300
    every_region = scale.groups(corpus, docs, "region", "zh", max_groups=99)
    assert every_region[0][0] == "全国" and len(every_region) > 20
    by_region = scale.groups(corpus, docs, "region", "zh", max_groups=5)
    assert by_region[-1][0] == f"其余{len(every_region) - 4}组" and len(by_region) == 5
    assert [len(ids) for _, ids in by_region[:4]] == sorted((len(ids) for _, ids in every_region), reverse=True)[:4]
    assert sum(len(ids) for _, ids in by_region) == 300
    # an unlisted county plan's province is read from its issuer: 罗定市 is in 广东省
    row = corpus.manifest.set_index("doc_id")
    unlisted = [d for d in docs if not row.loc[d, "region"] and corpus.documents.set_index("doc_id").loc[d, "level"]
                == "county"]
    of = scale.group_of(corpus, "region", "zh")
    assert unlisted and all(of[d] not in ("", "地区不详") for d in unlisted)
    years = [g for g, _ in scale.groups(corpus, docs, "year", "en", max_groups=20)]
    assert years == sorted(years)
    with pytest.raises(ValueError, match="group_by must be one of level, region, year"):
        scale.groups(corpus, docs, "domain", "en")


def test_a_document_keeps_its_colour_in_every_figure():
    """The colour follows the doc_id, not the panel: a document without units (no responsibility panel)
    shifts every later panel there, yet each document's bars have one colour in every figure."""
    corpus, _, _ = study(5)
    colours = scale.document_colours(corpus)
    seen: dict[str, set] = {}
    for func in (figures.fig_deadline_timeline, figures.fig_distinctive_terms, figures.fig_responsibility):
        fig = func(corpus, lang="en")
        labels = doc_labels(corpus, "en")
        by_label = {v: k for k, v in labels.items()}
        for ax in fig.axes:
            title = " ".join(ax.get_title(loc="left").split())
            d = by_label.get(title)
            bars = [p for p in ax.patches if p.get_width() > 0 and p.get_height() > 0]
            if d and bars:
                seen.setdefault(d, set()).add(matplotlib.colors.to_hex(bars[0].get_facecolor()))
    assert len(seen) >= 4
    assert all(found == {colours[d].lower()} for d, found in seen.items())
    focus = [list(corpus.documents["doc_id"])[3]]
    assert scale.document_colours(corpus, focus)[focus[0]] == style.PALETTE[0]  # the focus takes the first colour


def test_sources_of_a_study_say_how_many_and_where_they_are_listed():
    corpus, _, focus = study(30)
    entries = sources(corpus, "en", focus=focus)
    assert entries[0].startswith("30 documents (list: data/processed/documents.csv); named: ")
    assert len(entries) == 3  # the three focus documents in the corpus, named
    small, _, _ = study(5)
    assert len(sources(small, "zh")) == 5 and all(re.search(r"\(\d{4}\)$", e) for e in sources(small, "zh"))


# ---------------------------------------------------------------- the defects

def test_responsibility_says_how_many_units_a_panel_leaves_out():
    """Past six units a panel ends with "k more units (lo–hi tasks each)", counted from the data —
    never a silent cut (the issue: units past 6 per panel were dropped). One plan here names 12
    units: unit k carries the first 13 - k of its tasks."""
    import pandas as pd

    corpus = sc.study_corpus(5)
    d = corpus.documents["doc_id"].iloc[1]
    seqs = sorted(corpus.tasks.loc[corpus.tasks["doc_id"] == d, "task_seq"])
    extra = [(d, seq, 1, f"第{k}工作组", None, "responsible") for k in range(1, 13) for seq in seqs[:max(1, 13 - k)]]
    corpus.units = pd.concat([corpus.units[corpus.units["doc_id"] != d],
                              pd.DataFrame(extra, columns=corpus.units.columns)], ignore_index=True)
    fig = figures.fig_responsibility(corpus, lang="zh")
    counts = figures.profiles.responsibility(corpus).query("doc_id == @d")["n_tasks"].tolist()
    rest = counts[6:]
    assert len(counts) == 12 and rest == sorted(rest, reverse=True)
    ticks = [" ".join(t.get_text().split()) for ax in fig.axes for t in ax.get_yticklabels()]
    assert f"其余6个单位（各{min(rest)}–{max(rest)}项）" in ticks
    en = [" ".join(t.get_text().split()) for ax in figures.fig_responsibility(corpus, lang="en").axes
          for t in ax.get_yticklabels()]
    assert f"6 more units ({min(rest)}–{max(rest)} tasks each)" in en


def test_distinctive_terms_are_significant_and_each_panel_has_its_own_scale(real_corpus, tokenizer):
    terms = figures.distinctive_terms(real_corpus, n=8, tokenizer=tokenizer)
    assert (terms["keyness"] >= 3.84).all() and (terms["p"] < 0.05).all()
    fig = figures.fig_distinctive_terms(real_corpus, "en", tokenizer=tokenizer)
    limits = [ax.get_xlim()[1] for ax in fig.axes if ax.patches]
    assert len(set(limits)) == len(limits) == 5  # one scale per panel, each from its own largest χ²
    for ax in fig.axes:
        if ax.patches:
            assert ax.get_xlim()[1] == pytest.approx(max(p.get_width() for p in ax.patches) * 1.08)


def test_a_panel_without_distinctive_terms_says_why(tmp_path, tokenizer):
    """Two plans that say nearly the same, and one with no task text: the first two get "No term passes
    the test" (their words are shared, none significant), the third "No task text to compare"."""
    corpus = sc.study_corpus(3)
    t = corpus.tasks
    corpus.tasks = t.assign(text=np.where(t["doc_id"] == t["doc_id"].iloc[0], t["text"], t["text"].iloc[0]),
                            title=t["title"].iloc[0])
    corpus.tasks = corpus.tasks[corpus.tasks["doc_id"] != corpus.documents["doc_id"].iloc[2]]
    fig = figures.fig_distinctive_terms(corpus, "en", tokenizer=tokenizer)
    notes = [" ".join(t.get_text().split()) for ax in fig.axes for t in ax.texts]
    assert "No task text to compare" in notes and "No term passes the test" in notes
    assert not any("Too little text" in n for n in notes)


@pytest.mark.parametrize("term, reason", [
    ("石家庄市", "place"), ("石家庄", "place"), ("天津市委", "place"),      # divisions, bare or opening a term
    ("委员会", "organ"), ("执法总队", "organ"),                           # the tail of a unit, a unit itself
    ("方向", "stop list"), ("得到", "part of speech v"), ("明显", "part of speech a"),
    ("执法记录仪", None), ("网约车", None), ("比武", None),
])
def test_each_term_rule_on_its_own(term, reason, tokenizer):
    keep = similarity.term_filter(["市交通执法总队", "天津市交通运输委员会", "执法总队"], tokenizer)
    assert keep.reason(term) == reason


def test_shipped_distinctive_terms_are_the_plans_substance(real_corpus, tokenizer):
    terms = figures.distinctive_terms(real_corpus, n=8, tokenizer=tokenizer)
    found = set(terms["term"])
    # the examples: places, organs and generic words are out
    assert not found & {"天津市", "天津", "青海省", "西宁市", "委员会", "总队", "突出", "知识", "所属", "方向", "明显",
                        "得到", "成功"}
    top = terms[terms["rank"] == 1].set_index("doc_id")["term"].to_dict()
    assert top == {"tianjin_2021_plan": "法治", "henan_2021_plan": "评价", "national_2024_plan": "服务",
                   "xining_2024_plan": "备案", "tianjin_2023_report": "专项整治"}


def test_a_task_with_the_other_plans_title_is_not_new_in_the_reuse_figure(real_corpus, tokenizer):
    """Henan's task 8 (提升执法规范化水平) carries the title of Tianjin's task 10 and notebook 02 aligns
    them (cosine 0.56); less than 30% of its text is reused, so reuse alone calls it new. The figure
    calls it "own words", as it does Tianjin's task 15, which notebook 02 also aligns."""
    fig = reuse_figures.fig_task_status(real_corpus, "en", pair=("tianjin_2021_plan", "henan_2021_plan"),
                                        tokenizer=tokenizer)
    labels = [" ".join(t.get_text().split()) for t in fig.axes[0].get_yticklabels()]
    assert labels == ["Tianjin 2021 plan 4 copied · 11 adapted 1 own words · 1 new",
                      "Henan 2021 plan 3 copied · 9 adapted 1 own words · 0 new"]
    hatched = [p for p in fig.axes[0].patches if p.get_hatch()]
    assert len(hatched) == 2
    assert "notebook 02's alignment" in _texts(fig)


def test_own_words_needs_the_alignment_and_new_needs_neither(tmp_path, tokenizer):
    """A task rewritten under the other plan's title is "own words"; a task on another subject is new."""
    from analysis.io.tables import load_corpus

    (tmp_path / "a.txt").write_text(
        "甲省执法队伍建设方案\n甲省交通运输厅\n2023年5月1日\n一、主要任务\n"
        "1.推进执法记录仪配备。为一线执法人员配备执法记录仪，执法全过程音像记录，记录资料按期归档备查。\n"
        "2.整治货车超限超载。在高速公路入口设置称重检测点，超限车辆一律劝返并依法处罚。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "乙市执法队伍建设方案\n乙市交通运输局\n2023年8月1日\n一、主要任务\n"
        "1.推进执法记录仪配备。各大队于年底前完成执法记录仪采购，执法记录仪使用情况纳入考核。\n"
        "2.开展法律知识竞赛。每年组织一次全市执法人员法律知识竞赛，优胜者予以表彰。\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, manifest=False)
    fig = reuse_figures.fig_task_status(corpus, "en", pair=("a", "b"), tokenizer=tokenizer)
    cells = [p for p in fig.axes[0].patches]
    assert [bool(p.get_hatch()) for p in cells] == [True, False, True, False]
    assert [matplotlib.colors.to_hex(p.get_facecolor()) for p in cells] == ["#d9d9d9"] * 4


def test_english_figures_never_invent_pinyin_words(tokenizer):
    """A unit named by its function (人事科) and a term (培训基地) the glossary lacks are written
    "[no entry k]" with a note, not "Renshike" / "Peixunjidi"; a county's name is a place: pinyin."""
    g = Glossary.load()
    assert g.english("人事科", "unit") is None and g.english("培训基地", "term") is None
    assert g.english("安平县交通运输局", "issuer") == "Anping County Transport Bureau"
    assert g.english("昌江黎族自治县", "region") == "Changjiang Lizu Autonomous County"
    words = Words("en", g)
    assert [words("人事科", "unit"), words("培训基地", "term"), words("人事科", "unit")] == \
        ["[no entry 1]", "[no entry 2]", "[no entry 1]"]
    assert words.notes() == ["[no entry 1–2]: a Chinese name or term without English in data/glossary.csv "
                             "(notebook 01 lists them; add a row to give it English)."]
    corpus = sc.study_corpus(5)
    corpus.units = corpus.units.assign(unit=np.where(np.arange(len(corpus.units)) % 2, "人事科", corpus.units["unit"]))
    fig = figures.fig_responsibility(corpus, "en")
    texts = _texts(fig)
    assert "Renshike" not in texts and "[no entry" in texts and "without English in data/glossary.csv" in texts


def test_an_english_label_without_english_says_so_with_the_doc_id():
    corpus = sc.study_corpus(5)
    m = corpus.manifest
    corpus.manifest = m.assign(region=np.where(m["doc_id"] == m["doc_id"].iloc[2], "某某新区", m["region"]),
                               region_en=np.where(m["doc_id"] == m["doc_id"].iloc[2], "", m["region_en"]))
    labels = doc_labels(corpus, "en")
    assert labels[m["doc_id"].iloc[2]] == m["doc_id"].iloc[2]
