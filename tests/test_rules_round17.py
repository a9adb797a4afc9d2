"""Rules of the seventeenth round, found on the development batches (b15 …) and the batches of the
eighth session's rounds after their first contact was recorded (issue 15): one invented document per
convention (tests/data/synthetic/conventions/a17_*, written for these rules, in their own words); the
expected values were written by reading each document, so breaking a rule breaks its test. Each
document is read as a file the manifest does not list."""
import tempfile
from pathlib import Path

from analysis.io.tables import build_corpus
from analysis.parse.corpus import read_document
from convention_docs import CONVENTIONS, corpus as _corpus, rows, field as _field, tasks as _tasks, value as _value, values as _values


def _tasks_of_text(text: str) -> list[tuple]:
    """The tasks of a text variant of an invented document, read as an unlisted file."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "variant.txt"
        path.write_text(text, encoding="utf-8")
        return rows(build_corpus([read_document(path, meta=None)]).tasks, ["task_no", "title"])


def test_an_item_number_split_from_its_dot_numbers_the_item():
    """a17_01: a sharing page's text run together, items written ``1 .划定…`` (a space before the dot):
    the items under each (一) heading are the tasks."""
    name = "a17_01_spaced_item_numbers_on_a_one_line_page"
    assert _tasks(name) == [
        ("1", "划定千吨万人水源保护区并设立标志"),
        ("2", "开展水源地周边污染源排查整治，对排查出的问题建立台账、限期销号"),
        ("3", "建立水源水质季度检测制度"),
        ("1", "推进小型水厂标准化改造，年底前完成三处"),
        ("2", "落实工程管护主体和经费，明确每处工程的管护人员"),
    ]
    assert "item_number" in set(_corpus(name).repairs.kind)


def test_a_reports_part_cut_at_its_heading_is_no_task():
    """a17_02: a report's excerpt ends on 二、存在的主要问 (nothing after it) while part 一 holds （一） items:
    the cut part's items were lost with the rest of the text; the （一） items are the tasks."""
    assert _tasks("a17_02_report_cut_at_a_part_heading") == [
        ("（一）", "全面排查燃气用户隐患"), ("（二）", "推进老旧管网更新改造")]


def test_a_reports_last_part_with_text_after_it_stays_a_task():
    """a17_02 with a paragraph under the last part: a part of a report with text but no items is a task (a part named
    for the work; 存在的主要问题, the problems, closes a report since round 29)."""
    text = (CONVENTIONS / "a17_02_report_cut_at_a_part_heading.txt").read_text(encoding="utf-8")
    text = text.rstrip("\n").replace("二、存在的主要问", "二、强化安全宣传") + "\n\n全年开展燃气安全宣传进社区活动三十场。\n"
    assert _tasks_of_text(text)[-1] == ("二", "强化安全宣传")


def test_a_central_administrations_office_in_a_province_is_provincial():
    """a17_03: 国家税务总局山东省税务局 issues the year's work points: the name opens with the central
    administration, but the office is the province's — level provincial, region 山东省."""
    name = "a17_03_provincial_office_of_a_central_administration"
    assert _value(name, "issuer") == "国家税务总局山东省税务局"
    assert (_value(name, "level"), _value(name, "region")) == ("provincial", "山东省")


def test_a_central_administration_itself_stays_national():
    """The same names without an office below them: the administration, or its general office, is national."""
    from analysis.parse.divisions import level_of_issuer

    assert level_of_issuer("国家税务总局")[0] == "national"
    assert level_of_issuer("国家税务总局办公厅")[0] == "national"
    assert level_of_issuer("国家统计局四川调查总队")[:2] == ("provincial", "四川省")
    assert level_of_issuer("国家税务总局桐庐县税务局")[0] == "county"


def test_a_central_administration_signing_with_a_provinces_government_is_two_issuers():
    """国家林业和草原局四川省人民政府 run together on one line: the administration and a government, each an issuer
    (a government is no office of the administration)."""
    from analysis.parse.metadata import organ_names

    assert organ_names("国家林业和草原局四川省人民政府") == ["国家林业和草原局", "四川省人民政府"]
    assert organ_names("国家税务总局山东省税务局") == ["国家税务总局山东省税务局"]


def test_an_untitled_text_saying_what_its_year_achieved_is_a_report():
    """a17_04: no title; 2023年，某某市地方志办公室…，全年各项工作取得明显成效。 — the opening says what the
    year achieved: a report (a weak reading, flagged), its period that year."""
    name = "a17_04_untitled_report_says_what_a_year_achieved"
    kind = _field(name, "kind")
    assert (kind.value, kind.confidence) == ("report", "low")
    assert (_value(name, "period_start"), _value(name, "period_end")) == ("2023", "2023")


def test_an_untitled_text_looking_back_then_ahead_is_no_report():
    """a17_05: the same look back (2023年，…取得明显成效。) goes on to the next year's work (2024年，…要…): the year's
    plan reviews the last year first — no report reading."""
    assert _value("a17_05_untitled_plan_looks_back_then_ahead", "kind") != "report"


def test_a_report_put_on_a_portal_says_so_in_its_opening():
    """a17_06: 现将某某市统计局2023年政府信息公开工作情况报告予以公开 — the opening publishes a report: report, 2023."""
    name = "a17_06_report_put_on_a_portal"
    assert _values(name, "kind", "period_start", "period_end") == ("report", "2023", "2023")


def test_a_report_made_at_a_congress_session_says_so_in_its_opening():
    """a17_07: 我受区人民政府的委托，向区人大常委会第十次会议，作关于2023年区本级财政决算的报告 — a report made to a
    congress, the session named before 作…报告: report, 2023."""
    name = "a17_07_report_made_at_a_congress_session"
    assert _values(name, "kind", "period_start", "period_end") == ("report", "2023", "2023")


def test_an_untitled_text_aiming_to_achieve_is_no_report():
    """a17_08: 2024年，…力争各项工作取得新成效 — what the year is to achieve (力争), not what it achieved: no
    report reading."""
    assert _value("a17_08_untitled_plan_aims_to_achieve", "kind") != "report"
