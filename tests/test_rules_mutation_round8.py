"""Mutation round 8 (issue 15, item 5; ``scripts/mutation.py --seed 8 --per-module 8`` over the fifteen modules the
script knows): each test pins one keyword, character or bound of a rule that no test had held.

Each test is a short text written for it, in my own words, that needs exactly that word of the rule; the
expected values were written by reading the text, so the mutant that drops the word fails the test.
Survivors judged equivalent are listed, with the reason, in ``scripts/mutation_equivalent.md``."""
from analysis.parse.confidence import assess
from analysis.parse.divisions import level_of_issuer
from analysis.parse.extract import find_citations, is_yearless, parse_deadline
from analysis.parse.metadata import Field
from analysis.parse.one_line import one_line_breaks
from analysis.parse.text_tables import find_text_tables
from convention_docs import headerless_table, normalized, plan_corpus, rows, text_value, title_beside_cover


# -- metadata (analysis/parse/metadata.py) ----------------------------------------------------------

def test_a_notice_signed_by_a_county_teachers_union():
    """``_ORGAN_END`` 工会: a notice signed 某县教育工会 above its date names a trade union (not a 总工会) as the
    issuer."""
    source = ("关于做好2024年教职工疗休养工作的通知\n各基层工会：\n请各单位按照上级安排，认真组织开展教职工疗休养工作。\n"
              "某县教育工会\n2024年3月5日\n")
    assert text_value(source, "issuer") == "某县教育工会"


def test_a_title_opening_with_a_bare_city_word_twelve_characters_before_its_trade_union():
    """``_ORGAN_END`` 总工会: a title opening with a bare 市 and an organ within twelve characters (市 + 建筑安装行业职工
    互助保障 + 总工会) is municipal: the organ 总工会 starts twelve characters on (its 工会 thirteen, too far)."""
    source = ("市建筑安装行业职工互助保障总工会2024年工作要点\n"
              "各会员单位要认真贯彻落实上级工会决策部署，围绕中心、服务大局，扎实推进各项工作。\n")
    assert text_value(source, "level") == "municipal"


def test_the_speaker_s_line_of_a_general_administration_s_head():
    """``_SPEAKER`` 署长: under a report's meeting line, 海关总署署长某某某 is who speaks (organ, post 署长, name): the
    organ is the issuer."""
    source = ("2023年海关工作报告\n——在全国海关工作会议上\n海关总署署长某某某\n"
              "过去一年，全国海关认真贯彻落实党中央、国务院决策部署，各项工作取得新进展。\n")
    assert text_value(source, "issuer") == "海关总署"


def test_a_four_character_title_line_the_cover_completes():
    """``_title_line_against_cover`` >= 4: the cover issues 《某市城市建设发展纲要及“十五”规划》, the title is printed
    某市城市建设发展纲要 ⏎ “十五”规划 (the first line a title of its own): the second line, four characters without
    its quotes, is the end of the cover's title and lost the line it wraps from — the title is the cover's."""
    cover = "某市城市建设发展纲要及“十五”规划"
    source = (f"关于印发《{cover}》的通知\n各县区建设局：\n现将《{cover}》印发给你们，请认真贯彻执行。\n某市建设局\n"
              "2001年3月1日\n某市城市建设发展纲要\n“十五”规划\n一、总体要求\n坚持统筹发展。\n")
    assert text_value(source, "title") == cover


def test_a_report_whose_first_printed_part_is_part_three():
    """``_REPORT_PART`` 三: no title; the opening looks back on 2023 and the first part printed (a page carrying
    the report from its part three) is 三、主要工作开展情况 — a report of 2023."""
    source = ("2023年，县民政局紧紧围绕县委县政府中心工作，扎实推进各项民政工作。\n三、主要工作开展情况\n"
              "（一）兜牢民生底线。按时足额发放低保金。\n")
    assert (text_value(source, "kind"), text_value(source, "period_start")) == ("report", "2023")


# -- structure (analysis/parse/structure.py) --------------------------------------------------------

def test_a_note_in_lenticular_brackets_saying_who_is_responsible_mid_sentence():
    """``_RESP_PAREN`` 】: a note 【市水利局负责】 inside a sentence, its verb 负责 right before the closing 】, names
    the unit responsible for the task."""
    c = plan_corpus("一、主要任务\n（一）清理河道垃圾。每月组织巡查一次【市水利局负责】，做到河面无漂浮物。\n"
                    "（二）建设监测站点。实现重点河段全覆盖【市环境监测站负责】，数据实时上传。\n")
    assert rows(c.units, ["task_seq", "unit", "role"]) == [(1, "市水利局", "responsible"), (2, "市环境监测站", "responsible")]


# -- the corpus reader (analysis/parse/corpus.py) ---------------------------------------------------

def test_a_text_saved_with_div_tags():
    """``_MARKUP`` div: a page saved with its <div> blocks (three tags or more) loses the tags, each block a line."""
    text = normalized("<div>某市河湖管护工作方案</div><div>一、总体要求</div><div>坚持系统治理，统筹推进河湖管护。</div>\n")
    assert text.split("\n")[:3] == ["某市河湖管护工作方案", "一、总体要求", "坚持系统治理，统筹推进河湖管护。"]


def test_a_body_line_looking_like_a_field_between_parts_three_and_four_stays():
    """``_SECTION`` 四: a plan's last part is 四、; a line 来源：… under part 三 (a table's source) sits between the
    first and the last part, inside the body, and is no page furniture."""
    source = ("某市河湖管护工作方案\n一、总体要求\n坚持系统治理。\n二、主要任务\n清理河道垃圾。\n三、工作步骤\n分三步推进。\n"
              "来源：某市统计局2023年统计公报\n四、保障措施\n加强组织领导。\n")
    assert "来源：某市统计局2023年统计公报" in normalized(source).split("\n")


def test_a_line_ending_in_an_exclamation_inside_quotes_ends_its_sentence():
    """``_TERMINAL`` ！”: a long line ending in a quoted exclamation (…终于变干净了！”) has ended its sentence; the
    next line is not joined to it."""
    lines = normalized("一、主要任务\n在河湖管护工作推进会上，一位老党员激动地说：“我们的河道终于变干净了！”\n"
                       "这是全市上下共同努力的结果。\n").split("\n")
    assert lines[1:3] == ["在河湖管护工作推进会上，一位老党员激动地说：“我们的河道终于变干净了！”", "这是全市上下共同努力的结果。"]


def test_a_sharing_site_s_page_count_with_a_tab_is_furniture():
    """``_FURNITURE`` tab in N页: a sharing site's page count written with a tab (24⇥页) is page furniture."""
    assert normalized("某市河湖管护工作方案\n24\t页\n一、总体要求\n坚持系统治理。\n").split("\n")[:2] == [
        "某市河湖管护工作方案", "一、总体要求"]


def test_a_byline_with_a_tab_after_reporter_is_furniture():
    """``_FURNITURE`` tab after 记者: a news item's byline （记者⇥王某某） is page furniture."""
    assert normalized("某市河湖管护工作方案\n（记者\t王某某）\n一、总体要求\n坚持系统治理。\n").split("\n")[:2] == [
        "某市河湖管护工作方案", "一、总体要求"]


def test_the_first_character_beyond_the_basic_plane_is_kept():
    """``_normalize_width`` 0x10000: the width step rewrites only characters of the basic plane; U+10000, the first
    beyond it, is kept as written (a text that also holds a full-width digit, so that the step runs)."""
    assert "\U00010000" in normalized("第１条\U00010000方案\n")


def test_a_report_s_meeting_line_opening_with_a_single_hyphen_stays_under_the_title():
    """``_MEETING_LINE`` -: under a report's title, a meeting line opening with a single ASCII hyphen
    (-2023年12月18日在…会议上) is a line of its own, not the rest of the title."""
    text = normalized("现将报告印发给你们，请认真学习。\n某县财政局2023年工作报告\n-2023年12月18日在县人民代表大会第三次会议上\n"
                      "某县财政局\n各位代表：\n现在我向大会报告工作。\n")
    assert text.split("\n")[1:3] == ["某县财政局2023年工作报告", "-2023年12月18日在县人民代表大会第三次会议上"]


# -- flattened tables (analysis/parse/text_tables.py) -----------------------------------------------

def test_a_table_ends_at_the_mark_of_attachment_2():
    """``_ATTACHMENT`` digit: a line 附件2 after a table's last row ends the table; it is no cell of that row."""
    [table] = find_text_tables(["序号 工作任务 牵头单位 完成时限", "1 清理河道垃圾 市水利局 2024年底",
                                "2 治理水土流失 市水利局 2024年6月底", "附件2", "某市河湖管护项目清单"])
    assert table.last == 2
    assert [c.text for c in table.rows[-1].cells] == ["2", "治理水土流失", "市水利局", "2024年6月底"]


def test_a_headerless_table_s_monthly_cell_is_its_deadline():
    """``_DATE_WORDS`` 每月: in a table without its header, a cell 每月开展一次巡查 (when, not what) goes in the
    deadline column."""
    table = headerless_table([("清理河道垃圾", "市水利局", "每月开展一次巡查"), ("治理水土流失", "市水利局", "2024年6月底前"),
                         ("建设监测站点", "市环境监测站", "2024年9月底前")])
    assert table.column_cells(table.rows[0], "deadline") == ["每月开展一次巡查"]


def test_a_headerless_table_s_date_cell_of_twenty_characters_is_its_deadline():
    """``_headerless_table`` <= 20: a date cell of exactly twenty characters (2024年12月底前完成城区河道清淤任务) still goes in
    the deadline column."""
    date = "2024年12月底前完成城区河道清淤任务"
    assert len(date) == 20
    table = headerless_table([("清理河道垃圾", "市水利局", date), ("治理水土流失", "市水利局", "2024年6月底前"),
                         ("建设监测站点", "市环境监测站", "2024年9月底前")])
    assert table.column_cells(table.rows[0], "deadline") == [date]


# -- levels of issuers (analysis/parse/divisions.py) ------------------------------------------------

def test_an_autonomous_region_named_without_its_people_and_region_words():
    """``_divisions`` 回族: 宁夏回族自治区 is written 宁夏 (its 回族 and 自治区 left out): 宁夏应急管理厅 is provincial."""
    assert level_of_issuer("宁夏应急管理厅")[:2] == ("provincial", "宁夏回族自治区")


def test_a_new_area_after_a_special_region_s_short_name_has_no_level():
    """``_after_division`` 特别行政区: what follows 香港 (香港特别行政区 by its short name) is read after the short name;
    a new area there (香港某某新区管理委员会) has none of the four levels."""
    assert level_of_issuer("香港某某新区管理委员会") == ("", "", "")


def test_a_city_s_bonded_zone_is_no_county():
    """``_COUNTY_BELOW`` 保税: 长治市保税区管理委员会 — a bonded zone (保税区) is no district the table does not know:
    the city's division gives the level."""
    assert level_of_issuer("长治市保税区管理委员会")[:2] == ("municipal", "长治市")


# -- one-line pages (analysis/parse/one_line.py) ----------------------------------------------------

def test_a_numbered_list_inside_brackets_of_a_one_line_page_is_no_item():
    """``_HEADING`` （ before a number: inside brackets, （1、城区河段；2、郊区河段）, 1、 opens no item of a one-line
    page: no line break before it (nor before 2、, after a ；)."""
    page = ("某市水利局关于加强河湖管护工作的通知各县区水利局：为加强河湖管理，改善水环境质量，现提出如下措施。"
            "（一）清理河道垃圾，每月组织巡查一次，做到河面无漂浮物、河岸无垃圾、沿岸无违章建筑（市水利局负责）"
            "（二）建设水质监测站点，实现重点河段（1、城区河段；2、郊区河段）全覆盖，监测数据每日实时上传至市级平台（市环境监测站负责）"
            "（三）加强宣传引导，组织志愿者开展巡河活动，营造全社会共同关心河湖的良好氛围（各县区负责）")
    assert [page[b:b + 6] for b in one_line_breaks(page)][-3:] == ["（一）清理河", "（二）建设水", "（三）加强宣"]


# -- deadlines (analysis/parse/extract/deadlines.py) ------------------------------------------------

def test_a_deadline_of_the_whole_year_resolves_to_the_plan_s_year_end():
    """``_YEARLESS`` 全年: a deadline 全年 (the whole year) in a 2024 plan is done by 2024-12-31."""
    assert parse_deadline("全年", 2024).date == "2024-12-31"


def test_a_yearless_deadline_closing_with_a_semicolon():
    """``is_yearless`` ；: a deadline cell closing with a semicolon (6月底前；) is still written without its year."""
    assert is_yearless("6月底前；")


# -- citations (analysis/parse/extract/citations.py) ------------------------------------------------

def test_a_document_number_after_the_verb_promulgated():
    """``_LEADING_VERB`` 颁布: in 省政府颁布省政发〔2021〕3号文件后, the number is 省政发〔2021〕3号 — the words before it up
    to 颁布 are the sentence's."""
    assert [c.number for c in find_citations("省政府颁布省政发〔2021〕3号文件后，各地认真落实。")] == ["省政发〔2021〕3号"]


# -- how sure a reading is (analysis/parse/confidence.py) -------------------------------------------

def _rated_title(value: str) -> Field:
    title = Field(value, "title line in the front matter", value, 0)
    return assess({"title": title}, {"title": [title]})["title"]


def test_a_title_carrying_a_breadcrumb_s_ascii_arrow_is_low():
    """``_PAGE_WORDS`` >: a title that still carries a page's breadcrumb arrow (通知公告>某市…方案) is low."""
    rated = _rated_title("通知公告>某市河湖管护工作方案")
    assert rated.confidence == "low" and rated.note == "the title carries page words (>)"


def test_a_title_carrying_a_breadcrumb_s_full_width_arrow_is_low():
    """``_PAGE_WORDS`` ＞: the same with the full-width arrow the normalizer keeps (通知公告＞某市…方案)."""
    rated = _rated_title("通知公告＞某市河湖管护工作方案")
    assert rated.confidence == "low" and rated.note == "the title carries page words (＞)"


def test_a_title_carrying_a_sharing_site_s_complaint_link_is_low():
    """``_PAGE_WORDS`` 侵权: a title run into a sharing site's 侵权投诉 link is low."""
    rated = _rated_title("某市河湖管护工作方案侵权投诉")
    assert rated.confidence == "low" and rated.note == "the title carries page words (侵权)"


def test_a_cover_issuing_a_guide_above_a_title_of_guidelines():
    """``_KIND_WORD`` 指引: a cover that issues …工作指南 above a title line …工作指引 names another document
    (指引 is a kind word, 指南 is none), however alike the rest."""
    rated = title_beside_cover("某市2024年中小企业合规经营工作指引", "某市2024年中小企业合规经营工作指南")
    assert rated.confidence == "low" and rated.note.endswith("names another: 某市2024年中小企业合规经营工作指南")


def test_a_cover_issuing_a_catalogue_above_a_title_of_a_ledger():
    """``_KIND_WORD`` 台账: a cover that issues …整改目录 above a title line …整改台账 names another document."""
    rated = title_beside_cover("某县2024年河湖突出问题排查整改台账", "某县2024年河湖突出问题排查整改目录")
    assert rated.confidence == "low" and rated.note.endswith("names another: 某县2024年河湖突出问题排查整改目录")


def test_a_title_read_from_a_word_file_s_name_is_low():
    """``_title`` docx: a title whose evidence is a Word file's name (《…方案.docx》由会员分享) was read from a file
    name, not from the document's own heading."""
    value = "某市河湖管护工作方案"
    title = Field(value, "attachment file name", f"附件：{value}.docx", 0)
    rated = assess({"title": title}, {"title": [title]})["title"]
    assert rated.confidence == "low" and rated.note.startswith("read from a file name")
