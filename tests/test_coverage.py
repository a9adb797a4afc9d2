"""Tests of analysis.compare.coverage: the codebook file, its validation, task coding and the coverage matrix.

Expected codings of the real documents were checked by reading the task texts
(the shipped corpus, ``real_corpus.tasks``); each of the 22 categories has one such example.
"""
from pathlib import Path

import pandas as pd
import pytest

from analysis.compare.coverage import (CODEBOOK_COLUMNS, CODEBOOK_PATH, CODED_COLUMNS, UNCOVERED_COLUMNS, CodebookError,
                                       code_tasks, coverage_matrix, load_codebook, uncovered_categories)

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_CODEBOOK = Path(__file__).parent / "data" / "shipped" / "codebook.csv"
HEADER = ",".join(CODEBOOK_COLUMNS)


def write(tmp_path: Path, text: str, name: str = "codebook.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# --------------------------------------------------------------------------- the shipped codebook

@pytest.fixture(scope="module")
def codebook():
    return load_codebook(SHIPPED_CODEBOOK)  # a fixture copy: a researcher's own codebook moves no test


def test_codebook_path_is_the_project_file():
    assert CODEBOOK_PATH == ROOT / "data" / "codebook.csv"
    shipped = SHIPPED_CODEBOOK  # the shipped file, as a fixture copy
    assert shipped.read_bytes().startswith(b"\xef\xbb\xbf"), "written with a BOM so Excel shows the Chinese"
    first_line = shipped.read_text(encoding="utf-8-sig").splitlines()[0]
    assert first_line == HEADER


def test_shipped_codebook_loads_with_all_columns(codebook):
    assert list(codebook.columns) == CODEBOOK_COLUMNS
    assert 20 <= len(codebook) <= 25
    assert codebook["category"].is_unique
    assert codebook["category"].str.fullmatch(r"[a-z][a-z0-9_]*").all()
    for col in ("label_zh", "label_en", "description_en"):
        assert (codebook[col].str.len() > 0).all(), col
    for cat, keywords in zip(codebook["category"], codebook["keywords"]):
        assert isinstance(keywords, list) and keywords, cat
        assert all(isinstance(k, str) and k and k == k.strip() and "|" not in k for k in keywords), cat


def test_shipped_codebook_has_the_shared_themes(codebook):
    cats = set(codebook["category"])
    for expected in ("party_building", "conduct_discipline", "education_level", "training_rotation",
                     "legal_literacy", "professional_ethics", "drills_competitions", "case_file_review",
                     "standardization", "discretion_benchmarks", "public_supervision", "evaluation_assessment",
                     "public_service", "legal_publicity", "four_basics_grassroots", "station_leadership",
                     "informatization_equipment", "coordination", "credentials_auxiliary", "funding_welfare",
                     "rectification", "dispute_mediation"):
        assert expected in cats
    kw = dict(zip(codebook["category"], codebook["keywords"]))
    assert "案卷评查" in "".join(kw["case_file_review"]) or "评查" in kw["case_file_review"]
    assert "四基四化" in kw["four_basics_grassroots"]
    assert "普法" in kw["legal_publicity"]


def test_shipped_codebook_has_no_generic_keywords(codebook):
    generic = {"执法", "监督", "服务", "保障", "建设", "管理", "培训", "基层", "制度", "工作"}
    for cat, keywords in zip(codebook["category"], codebook["keywords"]):
        assert not generic & set(keywords), (cat, generic & set(keywords))
        assert all(len(k) >= 2 for k in keywords), cat


# --------------------------------------------------------------------------- validation

GOOD_ROW = "training,培训,Training,轮训|培训计划,Training of officers"


def test_minimal_codebook_with_and_without_bom_and_crlf(tmp_path):
    text = f"{HEADER}\n{GOOD_ROW}\ncase_files,案卷评查,Case files, 评查 | 案卷管理 ,\"Review, grading\"\n"
    for i, (content, enc) in enumerate([(text, "utf-8"), (text, "utf-8-sig"), (text.replace("\n", "\r\n"), "utf-8")]):
        book = load_codebook(write(tmp_path, content, f"cb{i}.csv", enc))
        assert list(book["category"]) == ["training", "case_files"]
        assert book["keywords"].tolist() == [["轮训", "培训计划"], ["评查", "案卷管理"]]
        assert book.loc[1, "description_en"] == "Review, grading"


def test_extra_columns_kept_and_blank_rows_skipped(tmp_path):
    path = write(tmp_path, f"{HEADER},note\n{GOOD_ROW},x\n,,,,,\n")
    book = load_codebook(path)
    assert list(book.columns) == CODEBOOK_COLUMNS + ["note"]
    assert len(book) == 1 and book.loc[0, "note"] == "x"


def _error(path) -> str:
    with pytest.raises(CodebookError) as info:
        load_codebook(path)
    message = str(info.value)
    assert "\n" not in message
    assert isinstance(info.value, ValueError)
    return message


@pytest.mark.parametrize("text, line, needle", [
    pytest.param("category,label_zh,label_en,description_en\nx,a,b,c\n", 1, "'keywords'", id="missing-column"),
    # a quoted description spanning two lines: the duplicate is on line 5 of the file
    pytest.param(f"{HEADER}\n{GOOD_ROW}\nother,其他,Other,调解,\"two\nlines\"\ntraining,培训,T,轮训,again\n", 5,
                 "duplicate category 'training' (first on line 2)", id="duplicate-category"),
    pytest.param(f"{HEADER}\n{GOOD_ROW}\nempty,空,Empty,,nothing\n", 3, "no keywords", id="empty-keywords"),
    pytest.param(f"{HEADER}\n{GOOD_ROW}\nempty,空,Empty, | ,nothing\n", 3, "empty keyword", id="blank-keywords"),
    pytest.param(f"{HEADER}\n{GOOD_ROW}\nx,x,x,a||b,x\n", 3, "empty keyword", id="empty-keyword-between-bars"),
    pytest.param(f"{HEADER}\n{GOOD_ROW}\nCase-Files,案卷,Case files,评查,x\n", 3, "'Case-Files'", id="bad-id"),
    pytest.param(f"{HEADER}\n{GOOD_ROW}\n2nd,二,Second,评查,x\n", 3, "'2nd'", id="id-starts-with-digit"),
    pytest.param(f"{HEADER}\n{GOOD_ROW}\n,无,None,评查,x\n", 3, "''", id="empty-id"),
    pytest.param(f"{HEADER}\n{GOOD_ROW}\ntrad,繁,Traditional,執法記錄儀,x\n", 3, "'執法記錄儀'", id="traditional-keyword"),
    pytest.param(f"{HEADER}\n{GOOD_ROW}\nshort,短,Short,评查\n", 3, "4 fields", id="too-few-fields"),
    pytest.param(f"{HEADER}\n", 2, "no categories", id="header-only"),
])
def test_malformed_codebook_names_file_and_line(tmp_path, text, line, needle):
    path = write(tmp_path, text)
    message = _error(path)
    assert message.startswith(f"{path}, line {line}: "), message
    assert needle in message


def test_duplicate_category_message_format(tmp_path):
    text = f"{HEADER}\n" + "\n".join(f"c{i},c,c,k{i},d" for i in range(5)) + f"\n{GOOD_ROW}\n{GOOD_ROW}\n"
    path = write(tmp_path, text)
    assert _error(path) == f"{path}, line 8: duplicate category 'training' (first on line 7)"


def test_undecodable_codebook(tmp_path):
    path = write(tmp_path, f"{HEADER}\n{GOOD_ROW}\nx,培训,x,轮训,x\n", encoding="gb18030")
    message = _error(path)
    assert message.startswith(f"{path}, line 2: ") and "UTF-8" in message


def test_missing_codebook_is_named_relative_to_the_project(tmp_path):
    assert _error(ROOT / "data" / "no_such_codebook.csv") == "data/no_such_codebook.csv: codebook not found"
    missing = tmp_path / "absent.csv"
    assert _error(missing) == f"{missing}: codebook not found"


# --------------------------------------------------------------------------- coding a hand-made table

@pytest.fixture
def small_codebook(tmp_path):
    # deliberately not in alphabetical order: outputs follow the file
    return load_codebook(write(tmp_path, "\n".join([
        HEADER,
        "training,培训,Training,轮训|培训计划,x",
        "case_files,案卷,Case files,案卷评查|评查,x",
        "mediation,调解,Mediation,调解|枫桥,x",
        "funding,经费,Funding,经费,x",
    ]) + "\n"))


@pytest.fixture
def small_tasks():
    rows = [
        # doc "z" appears first; its rows are out of task order
        ("z", 2, "开展调解", "坚持“枫桥经验”，做好培训计划。"),
        ("z", 1, "组织执法案卷评查", "分析评查情况。"),
        ("a", 1, "全员轮训", None),
        ("a", 2, "提升执法案卷", "评查标准"),          # 案卷 | 评查 split by the title/text boundary
        ("a", 3, "其他", "与本题无关。"),
    ]
    df = pd.DataFrame(rows, columns=["doc_id", "task_seq", "title", "text"])
    df.insert(2, "section", "二")
    df.insert(3, "subsection", None)
    df.insert(4, "task_no", df["task_seq"].astype(str))
    df["task_seq"] = df["task_seq"].astype("Int64")
    return df


def test_code_tasks_long_table(small_tasks, small_codebook):
    coded = code_tasks(small_tasks, small_codebook)
    assert list(coded.columns) == CODED_COLUMNS
    assert coded["task_seq"].dtype == small_tasks["task_seq"].dtype
    expected = [
        ("z", 1, "case_files", "案卷评查 | 评查"),
        ("z", 2, "training", "培训计划"),
        ("z", 2, "mediation", "调解 | 枫桥"),        # codebook order, not order in the text
        ("a", 1, "training", "轮训"),
        ("a", 2, "case_files", "评查"),             # not 案卷评查 across title and text
    ]
    assert [tuple(r) for r in coded.itertuples(index=False)] == expected


def test_code_tasks_accepts_keyword_strings(small_tasks, small_codebook):
    book = small_codebook.assign(keywords=["轮训|培训计划", "案卷评查|评查", "调解|枫桥", "经费"])
    pd.testing.assert_frame_equal(code_tasks(small_tasks, book), code_tasks(small_tasks, small_codebook))


def test_coverage_matrix_shares(small_tasks, small_codebook):
    m = coverage_matrix(small_tasks, small_codebook)
    assert list(m.index) == ["training", "case_files", "mediation", "funding"]
    assert list(m.columns) == ["z", "a"]
    assert m.index.name == "category" and m.columns.name == "doc_id"
    assert (m.dtypes == float).all()
    expected = pd.DataFrame({"z": [0.5, 0.5, 0.5, 0.0], "a": [1 / 3, 1 / 3, 0.0, 0.0]},
                            index=m.index).rename_axis(columns="doc_id")
    pd.testing.assert_frame_equal(m, expected)


def test_uncovered_categories(small_tasks, small_codebook):
    u = uncovered_categories(small_tasks, small_codebook)
    assert list(u.columns) == UNCOVERED_COLUMNS
    assert u["category"].tolist() == ["mediation", "funding"]
    assert u["missing_docs"].tolist() == [["a"], ["z", "a"]]
    assert u["n_docs_missing"].tolist() == [1, 2]
    assert u["covered_by_none"].tolist() == [False, True]
    assert u["label_en"].tolist() == ["Mediation", "Funding"]


def test_empty_tasks(small_tasks, small_codebook):
    empty = small_tasks.iloc[:0]
    assert code_tasks(empty, small_codebook).empty
    m = coverage_matrix(empty, small_codebook)
    assert m.shape == (4, 0)
    assert uncovered_categories(empty, small_codebook).empty


def test_bad_tasks_are_rejected(small_tasks, small_codebook):
    with pytest.raises(ValueError, match="text"):
        code_tasks(small_tasks.drop(columns="text"), small_codebook)
    with pytest.raises(ValueError, match="duplicate"):
        code_tasks(pd.concat([small_tasks, small_tasks.iloc[:1]]), small_codebook)


def test_no_state_between_calls(small_tasks, small_codebook, codebook):
    first = coverage_matrix(small_tasks, small_codebook)
    coverage_matrix(small_tasks, codebook)
    pd.testing.assert_frame_equal(coverage_matrix(small_tasks, small_codebook), first)


# --------------------------------------------------------------------------- the real documents

@pytest.fixture(scope="module")
def real_tasks(real_corpus):
    return real_corpus.tasks


@pytest.fixture(scope="module")
def real_coded(real_tasks, codebook):
    return code_tasks(real_tasks, codebook)


def categories_of(coded, doc_id, task_seq) -> set:
    return set(coded.loc[(coded["doc_id"] == doc_id) & (coded["task_seq"] == task_seq), "category"])


# (doc_id, task_seq, title as read, a category it must have); one per category
EXPECTED = [
    ("tianjin_2021_plan", 2, "加强基层党建工作", "party_building"),
    ("national_2024_plan", 2, "狠抓作风建设", "conduct_discipline"),
    ("henan_2021_plan", 3, "推进文化素质提升", "education_level"),
    ("xining_2024_plan", 3, "完成行政执法队伍全员轮训", "training_rotation"),
    ("tianjin_2021_plan", 5, "推进法治素养提升", "legal_literacy"),
    ("tianjin_2021_plan", 6, "推进职业道德素质提升", "professional_ethics"),
    ("henan_2021_plan", 7, "加强执法队伍岗位训练", "drills_competitions"),
    ("tianjin_2021_plan", 8, "开展执法能力比赛", "drills_competitions"),
    ("tianjin_2021_plan", 9, "组织执法案卷评查", "case_file_review"),
    ("xining_2024_plan", 9, "全面落实行政执法“三项制度”", "standardization"),
    ("xining_2024_plan", 8, "全面落实行政裁量权基准制度", "discretion_benchmarks"),
    ("tianjin_2021_plan", 11, "拓宽群众监督渠道", "public_supervision"),
    ("tianjin_2021_plan", 12, "加强执法评议考核", "evaluation_assessment"),
    ("tianjin_2021_plan", 13, "创新为民便民利民执法方式", "public_service"),
    ("tianjin_2021_plan", 15, "落实普法责任制", "legal_publicity"),
    ("tianjin_2021_plan", 16, "推进“四基四化”建设", "four_basics_grassroots"),
    ("tianjin_2021_plan", 17, "着力提升基层站所领导班子素质能力", "station_leadership"),
    ("national_2024_plan", 13, "构建智慧执法体系", "informatization_equipment"),
    ("national_2024_plan", 12, "深化区域执法协作", "coordination"),
    ("xining_2024_plan", 5, "严格行政执法人员资格管理", "credentials_auxiliary"),
    ("xining_2024_plan", 29, "强化执法人员权益保障", "funding_welfare"),
    ("national_2024_plan", 3, "从严从实查纠整改", "rectification"),
    ("national_2024_plan", 6, "密切联系群众", "dispute_mediation"),
    # traditional-script sources are matched after conversion
    ("tianjin_2023_report", 4, "以深化队伍建设为方向，业务本领明显提升", "drills_competitions"),
]


@pytest.mark.parametrize("doc_id, seq, title, category", EXPECTED, ids=[f"{d}-{s}-{c}" for d, s, _, c in EXPECTED])
def test_real_task_codings(real_tasks, real_coded, doc_id, seq, title, category):
    row = real_tasks[(real_tasks["doc_id"] == doc_id) & (real_tasks["task_seq"] == seq)]
    assert row["title"].tolist() == [title]
    assert category in categories_of(real_coded, doc_id, seq)


def test_every_category_has_an_expected_real_example(codebook):
    assert set(codebook["category"]) == {c for *_, c in EXPECTED}


# tasks that mention a keyword's word in passing and must not be coded with it
NOT_EXPECTED = [
    ("tianjin_2021_plan", 7, "case_file_review"),        # 案卷制作 drills, not case-file review
    ("tianjin_2021_plan", 9, "informatization_equipment"),
    ("tianjin_2021_plan", 14, "four_basics_grassroots"),  # 基层站所开放日 is a service to the public
    ("tianjin_2021_plan", 5, "station_leadership"),       # 领导班子 study law; not station leadership
    ("national_2024_plan", 8, "station_leadership"),      # 基层执法站所 staff study law
    ("national_2024_plan", 8, "four_basics_grassroots"),
    ("tianjin_2021_plan", 11, "public_service"),          # 便民服务热线 is a supervision channel
    ("xining_2024_plan", 14, "public_supervision"),       # 行政执法监督平台: internal reporting system
    ("national_2024_plan", 5, "conduct_discipline"),      # 警示教育室 for the public
]


@pytest.mark.parametrize("doc_id, seq, category", NOT_EXPECTED)
def test_real_task_not_coded_by_passing_mentions(real_coded, doc_id, seq, category):
    assert category not in categories_of(real_coded, doc_id, seq)


def test_real_coverage_matrix(real_tasks, real_coded, codebook):
    m = coverage_matrix(real_tasks, codebook)
    docs = ["tianjin_2021_plan", "henan_2021_plan", "national_2024_plan", "xining_2024_plan", "tianjin_2023_report"]
    assert list(m.columns) == docs
    assert list(m.index) == list(codebook["category"])
    assert ((m >= 0) & (m <= 1)).all().all()
    # shares times task counts are the task counts of code_tasks
    n_tasks = real_tasks.groupby("doc_id").size()
    counts = real_coded.groupby(["category", "doc_id"]).size()
    for (cat, doc), n in counts.items():
        assert m.loc[cat, doc] * n_tasks[doc] == pytest.approx(n)
    # only task 9 of the Tianjin plan is about case files; the Henan plan has no such task
    assert m.loc["case_file_review", "tianjin_2021_plan"] == pytest.approx(1 / 17)
    assert m.loc["case_file_review", "henan_2021_plan"] == 0.0
    # both 2021 plans copy the ministry's 四基四化 task word for word
    assert m.loc["four_basics_grassroots", "tianjin_2021_plan"] == pytest.approx(1 / 17)
    assert m.loc["four_basics_grassroots", "henan_2021_plan"] == pytest.approx(1 / 13)
    # nearly every task is about at least one theme
    touched = real_coded[["doc_id", "task_seq"]].drop_duplicates()
    assert len(touched) >= 0.9 * len(real_tasks)


def test_real_uncovered_categories(real_tasks, codebook):
    u = uncovered_categories(real_tasks, codebook).set_index("category")
    # funding is written as a task only in the Xining plan (the others put it under 保障措施)
    assert u.loc["funding_welfare", "missing_docs"] == [
        "tianjin_2021_plan", "henan_2021_plan", "national_2024_plan", "tianjin_2023_report"]
    assert "henan_2021_plan" in u.loc["case_file_review", "missing_docs"]
    # every category is touched by some document, and categories all touch are absent
    assert not u["covered_by_none"].any()
    assert "informatization_equipment" not in u.index
