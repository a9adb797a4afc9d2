"""Mutation round 7 (issue 15, item 5; ``scripts/mutation.py --seed 7 --per-module 7`` over metadata, structure,
text_tables, corpus, divisions, one_line, confidence, units, deadlines, training, citations and the format sniffer):
each test pins one keyword, character or bound of a rule that no test had held.

Each test is a short text written for it, in my own words, that needs exactly that word of the rule; the
expected values were written by reading the text, so the mutant that drops the word fails the test.
Survivors judged equivalent are listed, with the reason, in ``scripts/mutation_equivalent.md``."""
from analysis.parse.confidence import assess
from analysis.parse.corpus import normalize
from analysis.parse.divisions import level_of_issuer
from analysis.parse.extract import read_parenthetical
from analysis.parse.metadata import Field, read_metadata
from analysis.parse.one_line import one_line_breaks
from analysis.parse.structure import parse_document
from analysis.parse.text_tables import find_text_tables
from convention_docs import normalized, plan_corpus, plan_doc, rows, title_beside_cover


_doc, _corpus, _text = plan_doc, plan_corpus, normalized


def _value(source: str, field: str) -> str:
    f = read_metadata(_text(source)).get(field)
    return f.value if f is not None else ""


def _parse(text: str):
    return parse_document(_doc(text))


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t.task_no, t.title) for t in _parse(text).tasks]


def _breaks(page: str) -> list[str]:
    """The first six characters after each lost line break of a one-line page."""
    return [page[b:b + 6] for b in one_line_breaks(page)]


def _table(text: str):
    [table] = find_text_tables(text.split("\n"))
    return table


_OPENING = ("今年以来，全市各级各部门认真贯彻落实上级决策部署，围绕中心、服务大局，扎实推进各项工作，"
            "取得了明显成效，为全年目标任务完成奠定了坚实基础。")


# -- metadata (analysis/parse/metadata.py) ----------------------------------------------------------

def test_a_first_line_with_a_clock_time_is_no_headline():
    """``_headline`` ``:``: a page's first line that gives a clock time (本周四14:30在…召开调度会议) is a notice's
    sentence, not a news item's headline: no title is read from it."""
    assert _value("本周四14:30在市民中心三楼召开调度会议\n" + _OPENING + "\n", "title") == ""


def test_an_inline_signature_after_a_question():
    """``_inline_signature`` ？: on a one-line page, the organ signing before the date is read from the words after
    the last sentence's question mark (…有何问题？某市生态环境局 2019年6月17日)."""
    source = "现将有关事项通知如下。请各单位认真落实。执行中有何问题？某市生态环境局 2019年6月17日\n"
    assert (_value(source, "issuer"), _value(source, "issue_date")) == ("某市生态环境局", "2019-06-17")


def test_a_title_opening_with_a_legislature_s_eighteenth_term():
    """``_TITLE_ORGAN`` 八: a title opening with the term of a legislature (十八届某市人大常委会关于…) names the
    organ without its term."""
    source = "十八届某市人大常委会关于批准某市2023年市级决算的决议\n" + _OPENING + "\n"
    assert _value(source, "issuer") == "某市人大常委会"


def test_a_title_opening_with_a_province_placeholder():
    """``_TITLE_ORGAN`` 省: a sharer's placeholder for a province (XX省教育厅2024年工作要点) is part of the organ
    the title opens with."""
    source = "XX省教育厅2024年工作要点\n一、总体要求\n坚持学生自愿。\n"
    assert _value(source, "issuer") == "XX省教育厅"


def test_a_summary_and_next_year_s_intentions_whose_first_part_reviews_the_year_before():
    """``_SUMMARY_AND_PLAN`` 打算: …2023年工作总结及2024年工作打算 looks back and ahead; its first part reviews 2022,
    so the document runs from 2022 (looked back on) to 2024 (planned)."""
    source = ("某局2023年工作总结及2024年工作打算\n一、2022年工作总结\n" + _OPENING + "\n二、2024年工作打算\n"
              + _OPENING + "\n")
    assert (_value(source, "period_start"), _value(source, "period_end")) == ("2022", "2024")


# -- levels of issuers (analysis/parse/divisions.py) ------------------------------------------------

def test_the_supreme_procuratorate_is_national():
    """``_NATIONAL`` 最高人民: 最高人民检察院 is a central organ."""
    assert level_of_issuer("最高人民检察院")[:2] == ("national", "全国")


def test_a_general_administration_called_zongshu_is_national():
    """``_NATIONAL`` 总署: a central administration named 总署 (海关总署) is national."""
    assert level_of_issuer("海关总署")[:2] == ("national", "全国")


def test_an_unknown_district_s_government_is_a_county():
    """``_COUNTY_BELOW`` 政府: 长治市上党区政府 (a district the table does not know, under a known city, and its
    government written 政府) is a county-level issuer."""
    assert level_of_issuer("长治市上党区政府")[:2] == ("county", "长治市上党区")


# -- the corpus reader (analysis/parse/corpus.py) ---------------------------------------------------

def test_a_line_opening_with_item_eight_is_not_joined_to_the_line_above():
    """``_MARKER`` 八: a line that opens （八） is an item of its own, not the rest of the line above (which ends
    without a stop)."""
    text = _text("一、主要任务\n清理河道垃圾，建设监测站点\n（八）强化水质监测。\n")
    assert "（八）强化水质监测。" in text.split("\n")


def test_a_report_s_meeting_line_with_a_tab_after_its_dash_stays_under_the_title():
    """``_MEETING_LINE`` tab: a report issued under a cover sentence, its title above ——⇥2023年12月18日在…会议上
    (a tab after the dash): the meeting line is a line of its own, not the rest of the title."""
    text = _text("现将报告印发给你们，请认真学习。\n某县财政局2023年工作报告\n——\t2023年12月18日在县人民代表大会第三次会议上\n"
                 "某县财政局\n各位代表：\n现在我向大会报告工作。\n")
    assert text.split("\n")[1:3] == ["某县财政局2023年工作报告", "——2023年12月18日在县人民代表大会第三次会议上"]


def test_a_closing_table_whose_rows_are_indented_with_ideographic_spaces_is_kept():
    """``_TABLE_ROW_LINE`` ideographic space: rows of a 序号 table closing a document, long and without a sentence
    stop, each indented with an ideographic space, are the table's rows, not a page's trailing navigation."""
    rows_ = ["1 城东片区老旧小区雨污分流改造及配套管网建设工程 东湖路以东地块 新建雨污管网十二公里",
             "2 城西片区背街小巷路面提升及沿街立面整治工程 西山路两侧街区 改造道路八条及沿街立面",
             "3 城北片区口袋公园及社区体育健身设施建设工程 北环路以南地块 新建口袋公园五处及步道"]
    source = "某市城市更新行动方案\n一、工作任务\n按下表推进。\n序号 项目名称 建设地点 建设内容\n" + "".join(
        f"\u3000{r}\n" for r in rows_)
    assert [ln.strip() for ln in _text(source).split("\n")[4:7]] == rows_


def test_tabs_between_a_word_and_a_year_are_removed():
    """``_remove_cjk_spaces`` tab: two tabs between 到 and 2025 (a PDF's extraction) are no space of the text."""
    assert "力争到2025年底完成改造。" in _text("一、主要任务\n力争到\t\t2025年底完成改造。\n").split("\n")


# -- one-line pages (analysis/parse/one_line.py) ----------------------------------------------------

# (each item longer than 40 characters: a short one would be a heading of its own, whatever closes it)
_ONE_LINE_ITEMS = ("（一）清理河道垃圾，每月组织巡查一次，做到河面无漂浮物、河岸无垃圾、沿岸无违章建筑（市水利局负责）"
                   "（二）建设水质监测站点，实现重点河段全覆盖，监测数据每日实时上传至市级平台（市环境监测站负责）"
                   "（三）加强宣传引导，组织志愿者开展巡河活动，营造全社会共同关心河湖的良好氛围（各县区负责）")


def test_a_one_line_page_s_items_after_a_note_saying_who_is_responsible():
    """``_CLOSING_NOTE`` 负责: a paragraph closing with a note that only says who is responsible (…建筑（市水利局负责）)
    has ended; the next item （二） gets its line back."""
    page = "某市水利局关于加强河湖管护工作的通知各县区水利局：为加强河湖管理，改善水环境质量，现提出如下措施。" + _ONE_LINE_ITEMS
    assert _breaks(page)[-3:] == ["（一）清理河", "（二）建设水", "（三）加强宣"]


def test_a_one_line_page_opening_with_its_page_count():
    """``_PAGE_MARK`` 共N页第N页: a one-line page opening with 共2页第1页 (the viewer's page count) has a break after it,
    before the title."""
    page = "共2页第1页某市水利局关于加强河湖管护工作的通知各县区水利局：为加强河湖管理，改善水环境质量，现提出如下措施。" + _ONE_LINE_ITEMS
    assert _breaks(page)[:3] == ["某市水利局关", "各县区水利局", "为加强河湖管"]


def test_a_document_number_after_the_first_sentence_of_a_one_line_page_stays_in_its_sentence():
    """``one_line_breaks`` 。: the page's opening (title, addressees, 文号) ends at its first full stop; a 文号 the
    text cites after it (根据某政发〔2020〕1号文件精神) is no line of its own."""
    page = ("某市水利局关于加强河湖管护工作的通知各县区水利局：为加强河湖管理，根据上级要求，现提出如下措施。"
            "根据某政发〔2020〕1号文件精神，结合实际，制定本措施。（一）清理河道垃圾，每月巡查一次，做到河面无漂浮物、河岸无垃圾。"
            "（二）建设水质监测站点，实现重点河段全覆盖，数据实时上传。（三）加强宣传引导，组织志愿者开展巡河活动。")
    assert _breaks(page) == ["各县区水利局", "为加强河湖管", "（一）清理河", "（二）建设水", "（三）加强宣"]


# -- how sure a reading is (analysis/parse/confidence.py) -------------------------------------------

def test_an_issuer_read_from_the_page_s_information_source_is_low():
    """``WEAK_RULES`` 信息来源 field: the organ a page's 信息来源 field names (浙江省水利厅, in the page's field block)
    is the site the text was taken from, not always the issuer: read as the issuer when nothing else names one,
    low, even though it names its region."""
    text, _, repairs, _, _ = normalize("当前位置：首页>政务公开>通知公告\n信息来源：浙江省水利厅 发布时间：2024-01-05 09:30:00 打印文本\n"
                                       "浙江省河湖管护工作方案\n一、总体要求\n坚持系统治理，统筹推进河湖管护工作。\n")
    furniture = [(r.position, r.before) for r in repairs if r.kind == "page_furniture"]
    issuer = read_metadata(text, furniture)["issuer"]
    assert (issuer.value, issuer.confidence) == ("浙江省水利厅", "low")
    assert "信息来源 field" in issuer.note


def test_a_title_a_cover_issues_with_a_file_s_extension_is_low():
    """``_PAGE_WORDS`` .docx: a title that still carries a file's extension (…工作方案.docx, as a cover notice named
    it) is low, the note naming the page word."""
    value = "某市河湖管护工作方案.docx"
    title = Field(value, "cover notice 关于印发《…》的通知", f"关于印发《{value}》的通知", 0)
    rated = assess({"title": title}, {"title": [title]})["title"]
    assert rated.confidence == "low" and rated.note == "the title carries page words (.docx)"


def test_a_cover_issuing_an_outline_above_a_title_of_key_points():
    """``_KIND_WORD`` 要点: a cover that issues …工作纲要 above a title line …工作要点 names another document however
    alike the rest (纲要 is no kind word, 要点 is): the title is low."""
    rated = title_beside_cover("某市2024年河湖管护工作要点", "某市2024年河湖管护工作纲要")
    assert rated.confidence == "low" and rated.note.endswith("names another: 某市2024年河湖管护工作纲要")


def test_a_cover_issuing_rules_above_a_title_of_measures():
    """``_KIND_WORD`` 办法: a cover that issues …管理细则 above a title line …管理办法 names another document: the title
    is low."""
    rated = title_beside_cover("某省水资源费征收使用管理办法", "某省水资源费征收使用管理细则")
    assert rated.confidence == "low" and rated.note.endswith("names another: 某省水资源费征收使用管理细则")


# -- units (analysis/parse/extract/units.py) --------------------------------------------------------

def test_a_note_saying_who_works_out_the_measures():
    """``_ASSIGNED`` 措施: 由市发改委会同市财政局研究提出具体措施 — the first leads, the second supports."""
    p = read_parenthetical("由市发改委会同市财政局研究提出具体措施")
    assert (p.units_as_written, p.roles) == (("市发改委", "市财政局"), ("lead", "supporting"))


# -- structure (analysis/parse/structure.py) --------------------------------------------------------

def test_seeing_why_a_quoted_reform_matters_is_no_task_item():
    """``_GOAL_ITEM`` “: （一）充分认识推进“放管服”改革的重要性 (a quoted name inside) says why the work matters; the
    tasks are the items （二） and （三）."""
    assert _tasks("一、主要任务\n（一）充分认识推进“放管服”改革的重要性。改革成效明显。\n（二）精简审批事项。取消一批证明材料。\n"
                  "（三）优化政务服务。推行一网通办。\n") == [("（二）", "精简审批事项"), ("（三）", "优化政务服务")]


def test_a_flattened_table_s_unit_cell_naming_a_brigade_beside_a_bureau():
    """``_UNIT_TOKEN`` 队: a unit cell 县公安局 县消防救援大队 (separated by a space) names two units, the second a
    brigade (…大队), not one unit run together."""
    c = _corpus("2024年某某县校园安全工作任务清单\n主要任务 |\n重点工作和要求 |\n责任单位 |\n完成时限 |\n"
                "一、加强校园安全管理 |\n1.组织开展消防疏散演练。 |\n县公安局 县消防救援大队 |\n11月底前 |\n"
                "2.排查校舍安全隐患。 |\n县教育局 |\n3月31日前 |\n")
    assert rows(c.units, ["task_seq", "unit", "role"]) == [
        (1, "县公安局", "responsible"), (1, "县消防救援大队", "responsible"), (2, "县教育局", "responsible")]


# -- flattened tables (analysis/parse/text_tables.py) -----------------------------------------------

def test_a_wrapped_cell_opening_with_a_count_is_no_row():
    """``_ROW_LINE`` 个: a wrapped task cell whose next line opens 3 个… (a count) goes on with the task, it opens no
    row 3 — the table has rows 1 and 2."""
    table = _table("序号 工作任务 牵头单位 完成时限\n1 新建口袋公园，服务\n3 个以上街道居民 市园林局 2024年底\n"
                   "2 治理水土流失 市水利局 2024年6月底")
    assert [r.no for r in table.rows] == ["1", "2"]
    assert table.column_cells(table.rows[0], "lead") == ["市园林局"]


def test_a_table_ends_at_the_mark_of_attachment_two():
    """``_ATTACHMENT`` 二: a line 附件二 after a table's last row ends the table; it is no cell of that row."""
    table = _table("序号 工作任务 牵头单位 完成时限\n1 清理河道垃圾 市水利局 2024年底\n2 治理水土流失 市水利局 2024年6月底\n"
                   "附件二\n某市河湖管护项目清单")
    assert table.last == 2
    assert [c.text for c in table.rows[-1].cells] == ["2", "治理水土流失", "市水利局", "2024年6月底"]
