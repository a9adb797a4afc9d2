"""A researcher's study: the settings file and its defaults computed from the corpus, the shared
comparisons and their content-keyed cache, and findings written for the corpus given — each rule
on a corpus of our own (synthetic texts), beside the values of the shipped corpus."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

import corpus_factory as cf
from analysis.compare import findings
from analysis import settings as settings_mod
from analysis.io.cache import Cache, corpus_digest
from analysis.parse.corpus import read_document
from analysis.figures.labels import doc_labels, short_region
from analysis.settings import Settings, SettingsError, read_settings, resolve
from analysis.study import open_study
from analysis.io.tables import build_corpus, load_corpus

TESTS = Path(__file__).parent
PACKAGE = TESTS.parent / "analysis"
SHIPPED_SETTINGS = TESTS / "data" / "shipped" / "analysis.toml"
SHIPPED_IDS = ["tianjin_2021_plan", "henan_2021_plan", "national_2024_plan", "xining_2024_plan", "tianjin_2023_report"]


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def _plan(issuer: str, title: str, date: str, preamble: str, tasks: list[str], extra: str = "") -> str:
    lines = [f"{issuer}关于印发《{title}》的通知", "各有关单位：", "现将方案印发给你们，请认真贯彻落实。", issuer, date, title,
             preamble, "一、主要任务"]
    lines += [f"{k}.{t}" for k, t in enumerate(tasks, 1)]
    lines += ["二、保障措施", "各单位要高度重视。" + extra]
    return "\n".join(lines) + "\n"


_TASKS_A = ["开展岗位练兵。各地要组织开展执法人员岗位练兵活动，每年至少举办一次执法技能竞赛。（责任单位：各市交通运输局，完成时限：2023年底前）",
            "规范执法文书。统一制作执法文书范本，对照范本逐项检查执法案卷。（责任单位：厅法规处，完成时限：持续开展）",
            "加强装备配备。按照标准配备执法记录仪和执法车辆，建立装备台账。（责任单位：厅财务处，完成时限：2022年6月底前）"]
_TASKS_B = ["推进智慧执法。建设非现场执法系统，推动执法数据互联互通。（责任单位：市执法支队，完成时限：2024年底前）",
            "强化执法监督。畅通投诉举报渠道，开展执法评议考核。（责任单位：市法规科，完成时限：持续开展）"]


# ---------------------------------------------------------------- the package names no document

def test_the_package_names_no_document_of_the_shipped_corpus():
    """No doc_id of the shipped corpus, and none of the fixed sentences the shipped corpus once
    dictated, anywhere in analysis/: what is compared comes from the settings and the corpus."""
    fixed = SHIPPED_IDS + ["most often quarterly", "The Tianjin report", "In Tianjin", "later in Henan",
                           "每月5日前, 每年1月底前", "青海省\", \"\""]
    found = [f"{p.name}: {s}" for p in sorted(PACKAGE.rglob("*.py")) for s in fixed if s in p.read_text(encoding="utf-8")]
    assert found == []


# ---------------------------------------------------------------- the settings file

def test_the_shipped_settings_name_the_shipped_pairs(real_corpus):
    s = read_settings(SHIPPED_SETTINGS)
    assert s.pairs == (("tianjin_2021_plan", "henan_2021_plan"), ("national_2024_plan", "xining_2024_plan"))
    assert s.codebook == SHIPPED_SETTINGS.parent / "codebook.csv" and s.source == "analysis.toml"
    r = resolve(real_corpus, s)
    assert r.pairs == list(s.pairs) and r.origin["pairs"] == "analysis.toml" and r.notes == []
    # left out of the file: computed — the Tianjin report and the plan of its region and period
    assert r.report_plan == [("tianjin_2023_report", "tianjin_2021_plan")]
    assert r.origin["report_plan"].startswith("computed")
    assert r.focus == SHIPPED_IDS  # the documents of those pairs, in corpus order


@pytest.mark.parametrize("text, message", [
    ("pair = [[\"a\", \"b\"]]\n", "unknown key(s) pair"),
    ("pairs = [\"a\", \"b\"]\n", "pairs item 1: expected a pair of doc_ids"),
    ("pairs = [[\"a\", \"b\", \"c\"]]\n", "pairs item 1: expected a pair of doc_ids"),
    ("focus = 3\n", "focus: expected a list of doc_ids"),
    ("alignment_threshold = 1.5\n", "alignment_threshold: expected a number from 0 to 1"),
    ("workbook = \"sometimes\"\n", "workbook: expected \"auto\", true or false"),
    ("group_by = \"province\"\n", "group_by: expected one of 'level', 'region', 'year'"),
    ("codebook = \"nowhere.csv\"\n", "codebook: codebook nowhere.csv not found"),
    ("pairs = [[\"a\", \"b\"]\n", "analysis.toml: "),  # not TOML
])
def test_a_bad_settings_file_is_one_line_naming_file_and_key(tmp_path, text, message):
    path = _write(tmp_path, "analysis.toml", text)
    with pytest.raises(SettingsError) as err:
        read_settings(path)
    assert message in str(err.value) and "analysis.toml" in str(err.value) and "\n" not in str(err.value)


def test_the_command_line_stops_on_a_bad_settings_file(tmp_path, capsys):
    from analysis.cli import main

    raw, manifest = cf.write_raw(tmp_path, [cf.Spec("2024_only_plan")], shipped=False)
    bad = _write(tmp_path, "analysis.toml", "focus = 3\n")
    code = main(["figures", "--raw", str(raw), "--manifest", str(manifest), "--settings", str(bad),
                 "--figures", str(tmp_path / "f"), "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 2 and err == f"error: analysis.toml: focus: expected a list of doc_ids, got 3\n"
    assert not (tmp_path / "f").exists()


def test_no_settings_file_means_every_default(tmp_path):
    assert read_settings(None) == Settings()  # POLICY_ANALYSIS_SETTINGS=none in the tests
    with pytest.raises(SettingsError, match="settings file not found"):
        read_settings(tmp_path / "missing.toml")


def test_a_parameter_wins_over_the_file_and_is_checked_as_the_file_is():
    s = read_settings(SHIPPED_SETTINGS).with_values(pairs=[["henan_2021_plan", "tianjin_2021_plan"]], focus=None)
    assert s.pairs == (("henan_2021_plan", "tianjin_2021_plan"),)
    assert s.focus is None  # None leaves the file's value (here: not set)
    with pytest.raises(SettingsError, match="parameter pairs item 1"):
        Settings().with_values(pairs=[["only_one"]])


def test_documents_not_in_the_corpus_are_noted_and_left_out(real_corpus):
    s = Settings(pairs=(("tianjin_2021_plan", "nowhere_plan"), ("tianjin_2021_plan", "henan_2021_plan")),
                 focus=("henan_2021_plan", "gone"), source="analysis.toml")
    r = resolve(real_corpus, s)
    assert r.pairs == [("tianjin_2021_plan", "henan_2021_plan")]
    assert r.focus == ["henan_2021_plan"]
    assert r.notes == ["analysis.toml: pairs: nowhere_plan not in the corpus; (tianjin_2021_plan, nowhere_plan) left out",
                       "analysis.toml: focus: gone not in the corpus; left out"]


# ---------------------------------------------------------------- defaults computed from the corpus

def _corpus(folder: Path, texts: dict[str, str], manifest: str | None = None):
    for name, text in texts.items():
        _write(folder / "raw", name, text)
    if manifest is None:
        return load_corpus(folder / "raw", manifest=False)
    path = _write(folder, "manifest.csv", manifest)
    return load_corpus(folder / "raw", path)


def test_default_pairs_each_plan_with_its_parent_in_the_corpus(tmp_path):
    """A city plan citing the provincial plan's title: (province, city), found through the lineage."""
    province = _plan("甲省交通运输厅", "甲省执法队伍建设实施方案", "2022年3月8日", "为建设高素质执法队伍，制定本方案。", _TASKS_A)
    city = _plan("乙市交通运输局", "乙市执法队伍建设实施方案", "2022年6月1日", "结合本市实际，制定本方案。",
                 ["推进智慧执法。按照《甲省执法队伍建设实施方案》要求，建设非现场执法系统。（责任单位：市执法支队，完成时限：2024年底前）"]
                 + _TASKS_B[1:])
    corpus = _corpus(tmp_path, {"a_province.txt": province, "b_city.txt": city})
    pairs, how = settings_mod.default_pairs(corpus)
    assert pairs == [("a_province", "b_city")] and how == "each plan with its parent in the corpus"


def test_default_pairs_two_plans_implementing_one_parent_outside_the_corpus(tmp_path):
    """Two provincial plans citing one ministry 文号 that is not in the corpus: siblings, earlier first."""
    cite = "为贯彻落实《交通运输部关于加强执法队伍建设的意见》（交法发〔2022〕9号），制定本方案。"
    later = _plan("丙省交通运输厅", "丙省执法队伍建设实施方案", "2022年9月1日", cite, _TASKS_B)
    earlier = _plan("甲省交通运输厅", "甲省执法队伍建设实施方案", "2022年3月8日", cite, _TASKS_A)
    corpus = _corpus(tmp_path, {"a_later.txt": later, "b_earlier.txt": earlier})
    pairs, how = settings_mod.default_pairs(corpus)
    assert pairs == [("b_earlier", "a_later")] and how == "plans implementing one document outside the corpus"


def test_default_pairs_else_the_most_similar_two_plans(tmp_path):
    """No lineage at all: the two plans whose tasks are most alike (the third shares no task), higher level first."""
    a = _plan("甲省交通运输厅", "甲省执法队伍建设实施方案", "2022年3月8日", "为建设高素质执法队伍，制定本方案。", _TASKS_A)
    b = _plan("乙市交通运输局", "乙市执法工作方案", "2021年6月1日", "结合本市实际，制定本方案。", _TASKS_A[:2] + _TASKS_B[:1])
    c = _plan("丙县交通运输局", "丙县执法工作方案", "2021年5月1日", "结合本县实际，制定本方案。",
              ["修缮办公用房。对办公楼进行维修改造。（责任单位：县后勤中心，完成时限：2022年底前）"])
    corpus = _corpus(tmp_path, {"x_city.txt": b, "y_county.txt": c, "z_province.txt": a})
    pairs, how = settings_mod.default_pairs(corpus)
    assert pairs == [("z_province", "x_city")] and how.startswith("the most similar two plans (TF-IDF cosine 0.")


def test_default_pairs_of_a_corpus_of_one_plan(tmp_path):
    corpus = _corpus(tmp_path, {"a.txt": _plan("甲省交通运输厅", "甲省执法方案", "2022年3月8日", "制定本方案。", _TASKS_A)})
    assert settings_mod.default_pairs(corpus) == ([], "no two plans with tasks to compare")


def test_default_report_plan_by_region_and_period(tmp_path):
    """A report of 甲省 for 2023 goes with 甲省's 2022–2024 plan, not with 乙市's plan of the same years."""
    plan = _plan("甲省交通运输厅", "甲省执法队伍建设三年行动方案（2022—2024年）", "2022年3月8日", "制定本方案。", _TASKS_A)
    other = _plan("乙市交通运输局", "乙市执法队伍建设三年行动方案（2022—2024年）", "2022年5月8日", "制定本方案。", _TASKS_B)
    report = ("甲省交通运输厅2023年执法队伍建设工作情况报告\n2023年以来，我厅扎实推进执法队伍建设。\n"
              "一、开展岗位练兵\n全年举办执法技能竞赛3次。\n二、规范执法文书\n评查案卷200卷。\n甲省交通运输厅\n2023年12月20日\n")
    corpus = _corpus(tmp_path, {"a_plan.txt": plan, "b_other.txt": other, "c_report.txt": report})
    assert dict(zip(corpus.documents["doc_id"], corpus.documents["kind"]))["c_report"] == "report"
    pairs, _ = settings_mod.default_report_plan(corpus)
    assert pairs == [("c_report", "a_plan")]


# ---------------------------------------------------------------- labels

@pytest.mark.parametrize("region, local", [("青海省西宁市", "西宁"), ("广东省深圳市", "深圳"),
                                            ("河北省衡水市安平县", "安平县"), ("四川省成都市武侯区", "武侯区"),
                                            ("天津市", "天津"), ("全国", "全国（部）"), ("某省", "某省")])
def test_a_region_path_is_labelled_by_the_division_it_ends_in(region, local):
    assert short_region(region) == local


def test_labels_strip_any_province_before_a_city(tmp_path):
    raw, manifest = cf.write_raw(tmp_path, [cf.Spec("2024_shenzhen_plan", issuer="深圳市交通运输局")], shipped=False,
                                 listed={"2024_shenzhen_plan": {"level": "municipal", "region": "广东省深圳市",
                                                                "issue_date": "2024-03-01", "period_start": "2024",
                                                                "period_end": "2026", "kind": "plan"}})
    assert doc_labels(load_corpus(raw, manifest))["2024_shenzhen_plan"] == "深圳2024方案"


# ---------------------------------------------------------------- findings for the corpus given

def test_the_usual_leadership_rhythm_is_read_from_the_data():
    t = pd.DataFrame({"doc_id": ["a", "b", "b", "c"], "audience": ["领导班子成员"] * 4,
                      "hours_per_year": [None] * 4, "times_per_year": [12.0, 12.0, 4.0, 12.0]})
    text = findings.training_findings(t, {}, {"a": "A", "b": "B", "c": "C"})
    assert "most often monthly (3 of 4 requirements: 12 sessions a year)" in text
    assert "quarterly" not in text
    none = findings.training_findings(t.iloc[:0], {}, {})
    assert "No document sets how often the leadership studies" in none and "most often" not in none


def test_the_report_sentence_names_the_report_and_plan_of_the_settings():
    vs = pd.DataFrame({"audience": ["执法人员"], "measure": ["hours_per_year"], "required": [50.0], "achieved": [45.0],
                       "ratio": [0.9]})
    text = findings.training_findings(pd.DataFrame(columns=["doc_id", "audience", "hours_per_year", "times_per_year"]),
                                      {("r", "p"): vs}, {"r": "某市2024报告", "p": "某市2023方案"})
    assert ("某市2024报告 states 45 hours of study for all officers (执法人员) against the 50 required by 某市2023方案 "
            "(ratio 0.90)") in text


def test_the_hours_sentence_names_the_staff_most_documents_set_hours_for():
    """In another domain the staff is the one the plans name (乡村医生), not enforcement officers; a tie
    goes to the first named; the leadership and 未写明 are no staff."""
    t = pd.DataFrame({"doc_id": ["a", "b", "b", "c"], "audience": ["乡村医生", "乡村医生", "领导班子成员", "未写明"],
                      "hours_per_year": [40.0, 60.0, 80.0, 100.0], "times_per_year": [None] * 4})
    text = findings.training_findings(t, {}, {"a": "A", "b": "B", "c": "C"})
    assert "Annual hours for 乡村医生: A 40; B 60." in text and "officers" not in text
    vs = pd.DataFrame({"audience": ["领导班子成员", "乡村医生"], "measure": ["hours_per_year"] * 2,
                       "required": [20.0, 50.0], "achieved": [25.0, 45.0], "ratio": [1.25, 0.9]})
    text = findings.training_findings(t, {("r", "p"): vs}, {"a": "A", "b": "B", "c": "C", "r": "R", "p": "P"})
    assert "R states 45 hours of study for 乡村医生 against the 50 required by P (ratio 0.90)" in text
    assert "No document states annual study hours for its staff" in findings.training_findings(t.iloc[3:], {}, {})


def test_two_documents_have_one_cosine_not_a_most_and_least_similar_pair():
    sim = pd.DataFrame([[1.0, 0.16], [0.16, 1.0]], index=["a", "b"], columns=["a", "b"])
    empty = pd.DataFrame(columns=["doc_id", "rank", "term"])
    text = findings.similarity_findings(sim, empty, pd.DataFrame(columns=["score"]), {"a": "A", "b": "B"})
    assert text == "The two documents' cosine is 0.16."


def test_recurring_deadlines_are_exemplified_from_the_text(tmp_path):
    summary = pd.DataFrame([{"doc_id": "x", "n_deadlines": 3, "n_date": 0, "n_date_then_ongoing": 0, "n_recurring": 3,
                             "share_ongoing": 0.0, "share_first_year": float("nan"), "has_period": False}])
    deadlines = pd.DataFrame({"doc_id": ["x", "x", "x"], "kind": ["recurring"] * 3,
                              "raw": ["每周一前", "每半年末", "每周一前"]})
    text = findings.deadline_findings(summary, {}, {"x": "某县2024方案"}, deadlines)
    assert "Recurring deadlines appear in 1 plan, most in 某县2024方案: 3 (每周一前, 每半年末 …)." in text
    assert "1 plan states no period, so its deadlines are counted but not placed in time" in text


def test_the_sibling_sentence_names_the_parent_the_corpus_cites(tmp_path):
    cite = "为贯彻落实《交通运输部关于加强执法队伍建设的意见》（交法发〔2022〕9号），制定本方案。"
    corpus = _corpus(tmp_path, {
        "a.txt": _plan("甲省交通运输厅", "甲省执法队伍建设实施方案", "2022年3月8日", cite, _TASKS_A),
        "b.txt": _plan("丙省交通运输厅", "丙省执法队伍建设实施方案", "2022年9月1日", cite, _TASKS_B)})
    text = findings.corpus_findings(corpus, doc_labels(corpus))
    assert text.endswith(": the 2022 national document 交法发〔2022〕9号, which 甲省2022方案 and 丙省2022方案 implement, "
                         "is cited but not included, so those two are compared as siblings.")


def test_aliases_are_reported_for_the_document_that_defines_them(tmp_path):
    plan = _plan("甲市交通运输局", "甲市执法方案", "2022年3月8日",
                 "为加强执法队伍建设，市执法支队和各区执法大队（以下统称执法单位）要认真落实本方案。",
                 ["开展岗位练兵。组织执法技能竞赛。（责任单位：执法单位，完成时限：2023年底前）",
                  "规范执法文书。统一执法文书范本。（责任单位：市法规科，完成时限：持续开展）"])
    corpus = _corpus(tmp_path, {"a.txt": plan, "b.txt": _plan("乙市交通运输局", "乙市执法方案", "2022年3月9日",
                                                              "制定本方案。", _TASKS_B)})
    from analysis.compare import profiles

    resp = profiles.responsibility(corpus)
    text = findings.responsibility_findings(corpus, resp, doc_labels(corpus))
    assert "In 甲市2022方案, 2 units are reached through an alias (执法单位)." in text


def test_coverage_findings_name_the_pairs_of_the_settings(real_corpus):
    from analysis.compare import coverage, similarity

    book = coverage.load_codebook(TESTS / "data" / "shipped" / "codebook.csv")
    tok = similarity.load_tokenizer()
    t = real_corpus.tasks
    pair = ("national_2024_plan", "henan_2021_plan")
    aligned = {pair: similarity.align_tasks(t[t.doc_id == pair[0]], t[t.doc_id == pair[1]], tok)}
    labels = doc_labels(real_corpus)
    text = findings.coverage_findings(real_corpus, book, coverage.coverage_matrix(t, book),
                                      coverage.uncovered_categories(t, book), aligned, 0.2, labels)
    assert "of 河南2021方案's 13 tasks match a task of 全国（部）2024方案" in text
    assert "(the two belong to different programmes: 质量效能提升三年行动（2024） and 素质能力提升三年行动（2021）)" in text
    assert "Xining" not in text and "Tianjin" not in text


# ---------------------------------------------------------------- the shared comparisons and their cache

def _shipped_tree(tmp_path: Path):
    return cf.write_raw(tmp_path, [], shipped=True)


def test_a_second_study_of_the_same_corpus_computes_nothing(tmp_path):
    raw, manifest = _shipped_tree(tmp_path)
    cache = Cache(tmp_path / "cache")
    first = open_study(raw, manifest, Settings(), cache=cache)
    assert first.precompute() == ["tokens", "coded", "alignments", "progress", "nearest", "terms8", "reuse"]
    assert "corpus" in cache.misses
    again = Cache(tmp_path / "cache")
    second = open_study(raw, manifest, Settings(), cache=again)
    assert second.precompute() == [] and again.misses == []
    # what is read back is what was computed
    pd.testing.assert_frame_equal(second.reuse().passages, first.reuse().passages)
    pd.testing.assert_frame_equal(second.nearest_tasks(), first.nearest_tasks())


def test_the_cache_gives_what_computing_afresh_gives(tmp_path, real_corpus):
    raw, manifest = _shipped_tree(tmp_path)
    cached = open_study(raw, manifest, Settings(), cache=Cache(tmp_path / "cache"))
    cached.precompute()
    cached = open_study(raw, manifest, Settings(), cache=Cache(tmp_path / "cache"))  # all read back
    fresh = open_study(raw, manifest, Settings(), cache=Cache(None))
    assert cached.digest == fresh.digest == corpus_digest(real_corpus)
    for name in ("passages", "shares", "tasks"):
        pd.testing.assert_frame_equal(getattr(cached.reuse(), name), getattr(fresh.reuse(), name))
    pd.testing.assert_frame_equal(cached.distinctive_terms(), fresh.distinctive_terms())
    pd.testing.assert_frame_equal(cached.coded_tasks(), fresh.coded_tasks())
    for pair, a in fresh.alignments().items():
        pd.testing.assert_frame_equal(cached.alignments()[pair], a)
    assert list(fresh.report_progress()) == [("tianjin_2023_report", "tianjin_2021_plan")]
    for pair, p in fresh.report_progress().items():
        for name in ("tasks", "targets", "statements"):
            pd.testing.assert_frame_equal(getattr(cached.report_progress()[pair], name), getattr(p, name))


def test_report_progress_follows_the_settings_and_says_where_its_statements_came_from(tmp_path):
    """The study compares each report–plan pair of the settings; opened without the parsed documents it
    reads the report's parts from the tables (no preamble, no closing) and keeps that result apart."""
    raw, manifest = _shipped_tree(tmp_path)
    cache = Cache(tmp_path / "cache")
    pair = ("tianjin_2023_report", "tianjin_2021_plan")
    parsed = open_study(raw, manifest, Settings(), cache=cache)
    found = parsed.report_progress()[pair]
    assert len(found.tasks) == 17 and set(found.statements["part"]) >= {"preamble", "closing"}
    tables = open_study(raw, manifest, Settings(), cache=cache, parsed=False)
    assert "preamble" not in set(tables.report_progress()[pair].statements["part"])
    assert {"progress", "progress_tables"} <= set(cache.misses)
    none = open_study(raw, manifest, Settings(report_plan=(("henan_2021_plan", "tianjin_2021_plan"),)), cache=cache)
    assert list(none.report_progress()) == [("henan_2021_plan", "tianjin_2021_plan")]


def test_comparisons_computed_in_a_child_process_are_read_back_here(tmp_path):
    """precompute(separate=True): a forked child computes and stores; this process reads every entry back."""
    raw, manifest = _shipped_tree(tmp_path)
    cache = Cache(tmp_path / "cache")
    study = open_study(raw, manifest, Settings(), cache=cache)
    assert study.precompute(separate=True) == ["tokens", "coded", "alignments", "progress", "nearest", "terms8", "reuse"]
    assert cache.misses == ["corpus", "parsed"]  # the corpus was read here; no comparison was computed here
    assert set(cache.hits) == {"tokens", "coded", "alignments", "progress", "nearest", "terms8", "reuse"}
    fresh = open_study(raw, manifest, Settings(), cache=Cache(None))
    pd.testing.assert_frame_equal(study.reuse().passages, fresh.reuse().passages)
    pd.testing.assert_frame_equal(study.nearest_tasks(), fresh.nearest_tasks())
    again = Cache(tmp_path / "cache")
    assert open_study(raw, manifest, Settings(), cache=again).precompute(separate=True) == [] and again.misses == []


def test_a_comparison_failing_in_the_child_process_fails_here(tmp_path, monkeypatch):
    raw, manifest = _shipped_tree(tmp_path)
    study = open_study(raw, manifest, Settings(), cache=Cache(tmp_path / "cache"))

    def broken(self):
        raise ValueError("reuse broke")

    monkeypatch.setattr(type(study), "reuse", broken)
    with pytest.raises(ValueError, match="reuse broke"):
        study.precompute(separate=True)
    # what the child computed before the failure was stored and is read back, not computed again
    assert "nearest" in study.cache.hits and "nearest" not in study.cache.misses


def test_without_a_cache_folder_the_comparisons_are_computed_here(tmp_path):
    raw, manifest = _shipped_tree(tmp_path)
    cache = Cache(None)
    study = open_study(raw, manifest, Settings(), cache=cache)
    assert study.precompute(separate=True) == ["tokens", "coded", "alignments", "progress", "nearest", "terms8", "reuse"]
    assert cache.hits == []


def test_a_changed_line_anywhere_in_the_package_or_its_rule_data_changes_every_key(tmp_path, monkeypatch):
    """The key hashes every module of the package (not only those beside the cache module) and the data
    files the rules read; the cache lives under the project's data/processed."""
    import shutil

    import analysis
    from analysis.io import cache as cache_mod

    root = Path(analysis.__file__).resolve().parents[1]
    assert cache_mod.PACKAGE_DIR == root / "analysis" and cache_mod.CACHE_DIR == root / "data" / "processed" / "cache"
    shutil.copytree(root / "analysis", tmp_path / "analysis", ignore=shutil.ignore_patterns("__pycache__", "data"))
    (tmp_path / "data").mkdir()
    for name in cache_mod._DATA_FILES:
        if (root / "data" / name).is_file():
            shutil.copyfile(root / "data" / name, tmp_path / "data" / name)
    real = cache_mod.code_digest()
    monkeypatch.setattr(cache_mod, "PACKAGE_DIR", tmp_path / "analysis")
    monkeypatch.setattr(cache_mod, "PROJECT_ROOT", tmp_path)
    digests = []
    try:
        for change in (None, tmp_path / "analysis" / "compare" / "reuse.py", tmp_path / "data" / "divisions.csv"):
            if change is not None:
                change.write_bytes(change.read_bytes() + b"\n")
            cache_mod.code_digest.cache_clear()
            digests.append(cache_mod.code_digest())
    finally:
        cache_mod.code_digest.cache_clear()
    assert digests[0] == real  # the copy is hashed as the package is
    assert len(set(digests)) == 3


def test_a_changed_plan_is_parsed_and_compared_again(tmp_path):
    raw, manifest = _shipped_tree(tmp_path)
    open_study(raw, manifest, Settings(), cache=Cache(tmp_path / "cache")).precompute()
    text = (raw / "2021_henan_plan.txt").read_text(encoding="utf-8")
    assert "全省" in text
    (raw / "2021_henan_plan.txt").write_text(text.replace("全省", "全市", 1), encoding="utf-8")
    cache = Cache(tmp_path / "cache")
    study = open_study(raw, manifest, Settings(), cache=cache)
    assert study.precompute() == ["tokens", "coded", "alignments", "progress", "nearest", "terms8", "reuse"]
    assert "corpus" in cache.misses


def test_tokens_remembered_by_line_are_the_tokens_of_the_whole_text(real_corpus):
    """MemoTokenizer cuts each line once; a text's tokens are its lines' (jieba cuts at line breaks)."""
    from analysis.compare import similarity

    tok = similarity.load_tokenizer()
    memo = similarity.memo_tokenizer(tok)
    texts = (similarity.task_texts(real_corpus.tasks) + list(similarity.document_texts(real_corpus.tasks).values())
             + ["双随机、一公开\n双随机一公开", "", "第一行\n\n第三行 with ASCII 2024"])
    assert [memo(t) for t in texts] == [tok(t) for t in texts]
    assert len(memo.memo) < sum(t.count("\n") + 1 for t in texts)  # shared lines were cut once


def test_a_corpus_opened_without_its_parsed_documents_refuses_to_compare(tmp_path):
    raw, manifest = _shipped_tree(tmp_path)
    study = open_study(raw, manifest, Settings(), cache=Cache(tmp_path / "cache"), parsed=False)
    with pytest.raises(RuntimeError, match="parsed documents were not loaded"):
        list(study.corpus.parsed)


def test_rows_of_a_large_corpus_are_those_of_the_focus_documents(tmp_path, capsys, monkeypatch):
    from analysis import study as study_mod

    raw, manifest = _shipped_tree(tmp_path)
    monkeypatch.setattr(study_mod, "SMALL_CORPUS", 3)
    study = open_study(raw, manifest, Settings(focus=("henan_2021_plan",)), cache=Cache(None))
    rows = study.rows(study.corpus.tasks, name="tasks")
    assert set(rows["doc_id"]) == {"henan_2021_plan"} and len(rows) == 13
    assert capsys.readouterr().out == "13 of 79 rows: those of the 1 focus documents (every row: data/processed/tasks.csv)\n"


def test_settings_note_says_where_each_value_came_from(tmp_path):
    raw, manifest = _shipped_tree(tmp_path)
    study = open_study(raw, manifest, SHIPPED_SETTINGS, cache=Cache(None))
    note = study.settings_note()
    assert note.startswith("**Corpus: 交通运输行政执法队伍建设方案与报告 · Plans and reports on the transport "
                           "law-enforcement workforce** — analysis.toml\n\n**Settings** (analysis.toml; 5 documents):")
    assert "* pairs compared task by task: 天津2021方案 → 河南2021方案; 全国（部）2024方案 → 西宁2024方案 — analysis.toml" in note
    assert re.search(r"\* codebook: .*codebook\.csv", note) and str(tmp_path) not in note


# ---------------------------------------------------------------- reuse at study size

@pytest.fixture(scope="module")
def thirty(tmp_path_factory):
    raw, manifest = cf.write_raw(tmp_path_factory.mktemp("thirty"), cf.thirty_specs(), shipped=True)
    return load_corpus(raw, manifest)


def test_reuse_in_worker_processes_gives_the_same_tables(thirty):
    from analysis.compare import reuse

    ids = list(thirty.documents["doc_id"])[:14]
    pairs = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]]
    assert len(pairs) >= reuse.PARALLEL_MIN_PAIRS  # the pairs are aligned in two forked processes
    one, two = reuse.compare(thirty, pairs=pairs), reuse.compare(thirty, pairs=pairs, jobs=2)
    for name in ("passages", "shares", "tasks"):
        pd.testing.assert_frame_equal(getattr(one, name), getattr(two, name))
    assert len(one.passages) > 0


def test_each_document_keeps_its_best_candidates(thirty):
    """per_document=k: a pair is kept when it is among the k highest containments of either document;
    every document with candidates keeps its best one."""
    import numpy as np

    from analysis.compare import reuse

    everything = reuse.candidate_pairs(thirty)
    capped = reuse.candidate_pairs(thirty, per_document=2)
    assert 0 < len(capped) < len(everything)
    texts = reuse._texts(thirty)
    grams = {d: np.unique(reuse._gram_hashes(t, 5) >> np.uint64(32)).astype(np.uint32) for d, t in texts.items()}

    def exact(a, b):
        inter = len(np.intersect1d(grams[a], grams[b]))
        return max(inter / len(grams[a]), inter / len(grams[b]))

    order = {d: k for k, d in enumerate(texts)}
    partners: dict[str, list] = {}
    for a, b in zip(everything["doc_a"], everything["doc_b"]):
        partners.setdefault(a, []).append((-exact(a, b), order[b], (a, b)))
        partners.setdefault(b, []).append((-exact(a, b), order[a], (a, b)))
    expected = {p for items in partners.values() for _, _, p in sorted(items)[:2]}
    assert set(zip(capped["doc_a"], capped["doc_b"])) == expected
    best = {d: min(items)[2] for d, items in partners.items()}
    assert set(best.values()) <= set(zip(capped["doc_a"], capped["doc_b"]))


def test_reuse_without_detail_keeps_every_place_share_and_status(thirty):
    from analysis.compare import reuse

    ids = list(thirty.documents["doc_id"])[:6]
    pairs = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]]
    full, light = reuse.compare(thirty, pairs=pairs), reuse.compare(thirty, pairs=pairs, detail=False)
    text = ["identical_words", "changed_words", "inserted_words", "deleted_words", "a_text", "b_text", "diff"]
    kept = [c for c in reuse.PASSAGE_COLUMNS if c not in text]
    pd.testing.assert_frame_equal(full.passages[kept], light.passages[kept])
    assert len(light.passages) and light.passages[text].isna().all().all()
    pd.testing.assert_frame_equal(full.shares, light.shares)
    pd.testing.assert_frame_equal(full.tasks, light.tasks)


def test_a_study_past_a_few_dozen_documents_compares_candidate_pairs(thirty, monkeypatch):
    from analysis import study as study_mod

    monkeypatch.setattr(study_mod, "MAX_ALL_PAIRS", 10)
    monkeypatch.setattr(study_mod, "MAX_PARTNERS", 2)
    s = open_study(corpus=thirty, settings=Settings(), cache=Cache(None))
    r = s.reuse()
    n = len(thirty.documents)
    assert 0 < len(r.shares) <= 2 * n < n * (n - 1) // 2  # each document's two best, not every pair
    assert r.passages["a_text"].isna().all()


def test_the_codebook_of_a_settings_file_named_by_a_relative_path_is_found_from_anywhere(tmp_path, monkeypatch):
    """--settings sub/analysis.toml: its codebook path is read from the file's folder, made absolute, so
    the notebooks (run in notebooks/) find it too; and the results' keys do not depend on that path."""
    import shutil

    (tmp_path / "sub").mkdir()
    shutil.copyfile(TESTS / "data" / "shipped" / "codebook.csv", tmp_path / "sub" / "book.csv")
    _write(tmp_path / "sub", "analysis.toml", 'codebook = "book.csv"\n')
    monkeypatch.chdir(tmp_path)
    s = read_settings(Path("sub") / "analysis.toml")
    assert s.codebook.is_absolute() and s.codebook == (tmp_path / "sub" / "book.csv").resolve()
    monkeypatch.chdir(tmp_path / "sub")
    assert read_settings("analysis.toml").codebook == s.codebook


def test_the_settings_key_leaves_the_codebook_path_out(real_corpus, tmp_path):
    import shutil

    other = tmp_path / "elsewhere.csv"
    shutil.copyfile(TESTS / "data" / "shipped" / "codebook.csv", other)
    a = resolve(real_corpus, Settings(codebook=TESTS / "data" / "shipped" / "codebook.csv"))
    b = resolve(real_corpus, Settings(codebook=other))
    assert a.key() == b.key()  # the same content is keyed by its digest where results are cached


def test_the_settings_group_by_and_focus_reach_the_figures():
    """A study of 40 documents grouped by year in its settings: make all's figures and a notebook's
    study.figure draw the year groups (not the levels) and name the focus document."""
    import matplotlib

    import study_corpus as sc
    from analysis.figures import scale
    from analysis import figures

    corpus = sc.study_corpus(40)
    ids = list(corpus.documents["doc_id"])
    study = open_study(corpus=corpus, settings=Settings(group_by="year", focus=(ids[7],)), cache=Cache(None))
    args = study.figure_arguments(figures.fig_deadline_kinds)
    assert args == {"focus": [ids[7]], "group_by": "year", "corpus_title": study.title}
    flat = " ".join(" ".join(t.get_text() for t in study.figure(figures.fig_deadline_kinds, "en")
                             .findobj(matplotlib.text.Text)).split())
    years = [g for g, _ in scale.groups(corpus, ids, "year", "en")]
    levels = [g for g, _ in scale.groups(corpus, ids, "level", "en")]
    assert all(y in flat for y in years[:3]) and not any(lv in flat for lv in levels[:3] if lv not in years)
    assert doc_labels(corpus, "en")[ids[7]][:15] in flat

