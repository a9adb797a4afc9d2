"""Checking a codebook against a corpus (analysis.compare.themes.check_codebook) and the two commands
``python -m analysis codebook suggest`` / ``codebook check``.

The hit counts below were counted by reading the texts: the synthetic ecology plans
(tests/data/synthetic/domains/ecology/raw) and a four-task corpus written here.
"""
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.cli import SUGGEST_METHODS, main
from analysis.compare.coverage import load_codebook
from analysis.compare.themes import ALL_METHODS, check_codebook, kwic

ECOLOGY = Path(__file__).parent / "data" / "synthetic" / "domains" / "ecology"
HEADER = "category,label_zh,label_en,keywords,description_en\n"


def _book(tmp_path: Path, rows: str, name: str = "book.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def ecology_tasks():
    return analysis.load_corpus(ECOLOGY / "raw", ECOLOGY / "manifest.csv").tasks


def test_check_counts_what_a_reader_counts_in_the_ecology_plans(ecology_tasks, tmp_path):
    book = _book(tmp_path, "air,大气,Air,挥发性有机物|扬尘|燃煤锅炉,\n"
                           "water,水,Water,黑臭水体|污水,\n"
                           "waste,固废,Waste,垃圾|危险废物|核电站,\n")
    report = check_codebook(ecology_tasks, load_codebook(book), source="book.csv")
    hits = dict(zip(report.keywords["keyword"], report.keywords["n_tasks"]))
    # 挥发性有机物: 江西 2, 赣州 1; 扬尘: 南昌 1; 燃煤锅炉: 南昌 2; 黑臭水体: 江西 3, 赣州 3;
    # 污水: 南昌 3, 赣州 3, 瑞金 2; 垃圾: 南昌 6 and 7, 瑞金 3 (河道垃圾) and 5; 危险废物: 江西 7
    assert hits == {"挥发性有机物": 2, "扬尘": 1, "燃煤锅炉": 1, "黑臭水体": 2, "污水": 3, "垃圾": 4, "危险废物": 1,
                    "核电站": 0}
    assert dict(zip(report.themes["category"], report.themes["n_tasks"])) == {"air": 4, "water": 4, "waste": 5}
    assert (report.n_tasks, report.n_coded, len(report.uncoded), len(report.many)) == (33, 13, 20, 0)
    assert list(report.unused["keyword"]) == ["核电站"] and report.broad.empty
    lines = report.keywords.set_index("keyword").at["危险废物", "kwic"]
    assert lines == ["jiangxi_2023_ecology_plan#7 规范【危险废物】收集处置 健全危险废物收…"]
    assert report.summary() == ("book.csv: 3 themes, 8 keywords on 33 tasks: 13 coded (39.4%), 20 by no theme, 0 by 3 "
                                "themes or more; 0 keyword(s) hit more than 50% of the tasks, 1 hit none")


def test_check_flags_broad_keywords_and_tasks_of_many_themes(tmp_path):
    tasks = pd.DataFrame({"doc_id": "a", "task_seq": [1, 2, 3, 4],
                          "title": ["开展培训", "完善考核", "加强宣传", "建设平台"],
                          "text": ["组织全员培训和考核。", "建立考核制度，开展培训。", "开展普法宣传和培训。", "建设信息平台。"]})
    book = _book(tmp_path, "training,培训,Training,培训,\nassessment,考核,Assessment,考核,\n"
                           "publicity,宣传,Publicity,宣传|开展,\nnuclear,核电,Nuclear,核电,\n")
    report = check_codebook(tasks, book)
    # 培训: tasks 1, 2, 3; 开展: 1, 2, 3; 考核: 1, 2 (half: not more than half); 宣传: 3
    assert dict(zip(report.keywords["keyword"], report.keywords["n_tasks"])) == {
        "培训": 3, "考核": 2, "宣传": 1, "开展": 3, "核电": 0}
    assert list(report.broad["keyword"]) == ["培训", "开展"]
    assert list(report.uncoded["task_seq"]) == [4]
    assert report.many[["task_seq", "n_themes", "categories"]].values.tolist() == [
        [1, 3, "training, assessment, publicity"], [2, 3, "training, assessment, publicity"]]
    markdown = report.to_markdown()
    assert "a#1 开展【培训】 组织全员培训和考核。" in markdown and "## Tasks coded by 3 themes or more" in markdown


def test_kwic_shows_twelve_characters_either_side():
    text = "一二三四五六七八九十甲乙丙丁关键词子丑寅卯辰巳午未申酉戌亥天地"
    assert kwic(text, "关键词") == "…三四五六七八九十甲乙丙丁【关键词】子丑寅卯辰巳午未申酉戌亥…"
    assert kwic("开头关键词\n结尾", "关键词") == "开头【关键词】 结尾"
    assert kwic("没有", "关键词") == ""


# ---------------------------------------------------------------- the commands

def test_suggest_writes_a_draft_that_check_reads_and_refuses_to_overwrite(tmp_path, capsys):
    out, report, check = tmp_path / "draft.csv", tmp_path / "draft.md", tmp_path / "check.md"
    corpus = ["--raw", str(ECOLOGY / "raw"), "--manifest", str(ECOLOGY / "manifest.csv")]
    assert main(["codebook", "suggest", *corpus, "--k", "5", "--out", str(out), "--report", str(report)]) == 0
    printed, err = capsys.readouterr()
    book = load_codebook(out)
    assert len(book) <= 5 and report.read_text(encoding="utf-8").startswith("# Draft codebook: report")
    assert printed.startswith(f"{len(book)} themes (") and f"→ {out}" in printed
    assert "warning: theme_01" in err  # no glossary entry for the ecology terms: label_en left empty, said so
    before = out.read_bytes()
    assert main(["codebook", "suggest", *corpus, "--k", "5", "--out", str(out), "--report", str(report)]) == 2
    assert capsys.readouterr().err.strip().splitlines()[-1] == (
        f"error: {out}: exists; pass --force to replace it (a codebook you edited is never replaced silently), "
        f"or name another file")
    assert out.read_bytes() == before
    assert main(["codebook", "suggest", *corpus, "--k", "5", "--out", str(out), "--report", str(report),
                 "--force"]) == 0
    assert out.read_bytes() == before  # the same corpus, the same bytes
    capsys.readouterr()
    assert main(["codebook", "check", str(out), *corpus, "--report", str(check)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"{out}: {len(book)} themes") and line.endswith(f"report {check}")
    assert check.read_text(encoding="utf-8").startswith("# Codebook check")


def test_check_reads_the_settings_codebook_by_default(tmp_path, capsys):
    book = _book(tmp_path, "air,大气,Air,扬尘,\n")
    settings = tmp_path / "study.toml"
    settings.write_text('codebook = "book.csv"\n', encoding="utf-8")
    assert main(["codebook", "check", "--raw", str(ECOLOGY / "raw"), "--manifest", str(ECOLOGY / "manifest.csv"),
                 "--settings", str(settings), "--report", str(tmp_path / "c.md")]) == 0
    assert capsys.readouterr().out.startswith(f"{book}: 1 themes, 1 keywords on 33 tasks: 1 coded")


@pytest.mark.parametrize("rows, message", [
    ("air,大气,Air,,\n", "line 2: category 'air' has no keywords"),
    ("Air,大气,Air,扬尘,\n", "line 2: category id 'Air' is not snake_case"),
    ("air,大气,Air,揚塵,\n", "line 2: keyword '揚塵' of 'air' is not simplified Chinese"),
])
def test_a_bad_codebook_is_one_line_naming_file_and_line(tmp_path, capsys, rows, message):
    book = _book(tmp_path, rows)
    code = main(["codebook", "check", str(book), "--raw", str(ECOLOGY / "raw"), "--manifest",
                 str(ECOLOGY / "manifest.csv"), "--report", str(tmp_path / "c.md")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and err[-1].startswith(f"error: {book}, {message}")
    assert not (tmp_path / "c.md").exists()


def test_codebook_option_of_figures_and_regenerate(tmp_path, capsys):
    missing = tmp_path / "nowhere.csv"
    for command in ("figures", "regenerate"):
        code = main([command, "--raw", str(ECOLOGY / "raw"), "--manifest", str(ECOLOGY / "manifest.csv"),
                     "--codebook", str(missing), "--out", str(tmp_path / "t"), "--figures", str(tmp_path / "f")])
        assert code == 2 and capsys.readouterr().err.strip().splitlines()[-1] == (
            f"error: --codebook {missing}: codebook not found")
    bad = _book(tmp_path, "air,大气,Air,,\n")
    code = main(["figures", "--raw", str(ECOLOGY / "raw"), "--manifest", str(ECOLOGY / "manifest.csv"),
                 "--codebook", str(bad), "--out", str(tmp_path / "t"), "--figures", str(tmp_path / "f")])
    assert code == 2 and capsys.readouterr().err.strip().splitlines()[-1] == (
        f"error: {bad}, line 2: category 'air' has no keywords")
    assert not (tmp_path / "f").exists()


def test_the_notebooks_read_the_codebook_regenerate_was_given(tmp_path, monkeypatch):
    """regenerate --codebook FILE hands FILE to the kernels it starts ($POLICY_ANALYSIS_CODEBOOK), where
    open_study reads it over the settings file's; a notebook's own CODEBOOK parameter still wins."""
    from analysis.cli import _notebook_environment, build_parser
    from analysis.settings import ENV_CODEBOOK
    from analysis.study import open_study

    book = _book(tmp_path, "air,大气,Air,扬尘,\n")
    other = _book(tmp_path, "water,水,Water,污水,\n", name="other.csv")
    args = build_parser().parse_args(["regenerate", "--codebook", str(book)])
    corpus = analysis.load_corpus(ECOLOGY / "raw", ECOLOGY / "manifest.csv")
    study = open_study(corpus=corpus, settings=None)
    assert _notebook_environment(args, study)[ENV_CODEBOOK] == str(book.resolve())
    monkeypatch.setenv(ENV_CODEBOOK, str(book.resolve()))
    assert list(open_study(corpus=corpus).codebook()["category"]) == ["air"]
    assert list(open_study(corpus=corpus, codebook=str(other)).codebook()["category"]) == ["water"]
    args = build_parser().parse_args(["regenerate"])
    assert ENV_CODEBOOK not in _notebook_environment(args, study)


def test_the_command_knows_every_method():
    assert SUGGEST_METHODS == ("auto", *ALL_METHODS)


@pytest.mark.parametrize("action", ["suggest", "check"])
def test_every_option_has_help_and_a_default(action, capsys):
    from analysis.cli import build_parser

    parser = build_parser()
    with pytest.raises(SystemExit):
        parser.parse_args(["codebook", action, "--help"])
    text = capsys.readouterr().out.split("options:", 1)[1]
    sub = parser._subparsers._group_actions[0].choices["codebook"]._subparsers._group_actions[0].choices[action]
    for option in (a for a in sub._actions if a.option_strings and a.dest != "help"):
        assert option.help, option.option_strings
        line = text.split(option.option_strings[0], 1)[1].split("\n  -", 1)[0]
        assert "default" in line, option.option_strings[0]


def test_suggest_and_check_of_a_file_do_not_need_the_settings_codebook(tmp_path, capsys):
    """A broken codebook named in the settings stops neither a new draft nor the check of another file."""
    _book(tmp_path, "air,大气,Air,,\n", name="broken.csv")
    good = _book(tmp_path, "air,大气,Air,扬尘,\n", name="good.csv")
    settings = tmp_path / "study.toml"
    settings.write_text('codebook = "broken.csv"\n', encoding="utf-8")
    corpus = ["--raw", str(ECOLOGY / "raw"), "--manifest", str(ECOLOGY / "manifest.csv"), "--settings", str(settings)]
    assert main(["codebook", "check", str(good), *corpus, "--report", str(tmp_path / "c.md")]) == 0
    assert main(["codebook", "suggest", *corpus, "--k", "4", "--out", str(tmp_path / "d.csv"),
                 "--report", str(tmp_path / "d.md")]) == 0
    assert main(["codebook", "check", *corpus, "--report", str(tmp_path / "c2.md")]) == 2
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith(
        f"error: {tmp_path / 'broken.csv'}, line 2: category 'air' has no keywords")


def test_tables_show_the_codebooks_theme_labels_not_its_ids():
    """Notebook 02's tables read as the figures do: the codebook's label in place of the category id;
    an id with an empty label stays an id."""
    import pandas as pd
    from analysis.compare.coverage import theme_labels

    codebook = pd.DataFrame({"category": ["air", "water"], "label_zh": ["大气污染防治", ""],
                             "label_en": ["Air pollution", "Water"], "keywords": ["扬尘", "水质"],
                             "description_en": ["", ""]})
    matrix = pd.DataFrame({"doc": [1, 0]}, index=["air", "water"])
    assert list(theme_labels(matrix, codebook).index) == ["大气污染防治", "water"]
    assert list(theme_labels(matrix, codebook, lang="en").index) == ["Air pollution", "Water"]
    uncovered = pd.DataFrame({"category": ["water", "soil"], "n_docs_missing": [1, 2]})
    assert list(theme_labels(uncovered, codebook)["category"]) == ["water", "soil"]
    assert list(theme_labels(uncovered.iloc[:1].assign(category=["air"]), codebook)["category"]) == ["大气污染防治"]
