"""Metadata conventions of issue 15, one invented document each (tests/data/synthetic/conventions/m*.txt).

Each document is written in its own words in one convention real pages use; the values below were
written by reading it. Every document is read as a file the manifest does not list, so its metadata
comes from its text, with a confidence per field and a warning for what is uncertain or missing
(never a default that looks like a reading).
"""
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pytest

from analysis.parse.corpus import read_document
from analysis.parse.metadata import parse_written_date, read_metadata
from analysis.io.tables import TABLE_COLUMNS, build_corpus

CONVENTIONS = Path(__file__).parent / "data" / "synthetic" / "conventions"


@lru_cache(maxsize=None)
def _read(name: str):
    doc = read_document(CONVENTIONS / f"{name}.txt", meta=None)
    return doc, build_corpus([doc])


def _value(name: str, field: str) -> str:
    doc, _ = _read(name)
    f = doc.meta["metadata_fields"].get(field)
    return f.value if f is not None else ""


def _values(name: str, *fields: str) -> tuple:
    return tuple(_value(name, f) for f in fields)


def _confidence(name: str, field: str) -> str:
    doc, _ = _read(name)
    return doc.meta["metadata_fields"][field].confidence


def _rule(name: str, field: str) -> str:
    doc, _ = _read(name)
    return doc.meta["metadata_fields"][field].rule


def _warnings(name: str, kind: str) -> list[str]:
    _, corpus = _read(name)
    w = corpus.warnings
    return list(w.loc[w.kind == kind, "message"])


# -- metadata blocks at the top of a page ------------------------------------------------

def test_pipe_cell_field_block_gives_title_issuer_and_date():
    """m01: 名称： | … | 文号： | | cells; no title line: the 名称 field is the title; the title's organ
    县卫健委 is the 发布机构 field's 东至县卫生健康委员会 (the field names its region)."""
    assert _values("m01_pipe_field_block", "title", "issuer", "issue_date", "published_date") == (
        "县卫健委2023年工作总结及2024年工作安排", "东至县卫生健康委员会", "2023-11-02", "2023-11-07")
    assert _values("m01_pipe_field_block", "kind", "period_start", "period_end", "level") == (
        "report", "2023", "2024", "county")
    assert _rule("m01_pipe_field_block", "title") == "名称 field"


def test_bulleted_fields_take_their_value_from_the_next_line():
    """m02: • 发文字号： ⏎ 某政发〔2024〕7号; 发文机构：县政府网站 names a site, not an organ."""
    assert _values("m02_bullets_value_below", "doc_number", "issue_date", "published_date") == (
        "某政发〔2024〕7号", "2024-04-06", "2024-04-08")
    assert _value("m02_bullets_value_below", "issuer") == ""
    assert any("issuer" in m for m in _warnings("m02_bullets_value_below", "metadata_missing"))


def test_field_row_without_colons_gives_the_number_without_its_label():
    """m03: 文号 甲政发〔2018〕53号 时效 有效 — fields separated by spaces alone."""
    assert _value("m03_field_row_without_colons", "doc_number") == "甲政发〔2018〕53号"  # not 文号甲政发…
    # the signature date wins over the page's 发文日期
    assert _value("m03_field_row_without_colons", "issue_date") == "2018-05-14"


def test_law_database_attributes_in_brackets():
    """m04: •【制定机关】… •【公布日期】2018.03.23 •【字号】…"""
    assert _values("m04_law_database_attributes", "issuer", "issue_date", "doc_number") == (
        "某市科学技术局", "2018-03-23", "某市科发〔2018〕24号")


def test_fields_whose_separating_space_was_lost_and_a_record_date_that_is_no_issue_date():
    """m05: 发文机关：某县财政局发文日期：2023-09-15 (run together); 生成日期 is the page record's date."""
    assert _values("m05_fields_run_together", "issuer", "issue_date", "published_date") == (
        "某县财政局", "2023-09-15", "2023-09-20")
    assert _values("m05_fields_run_together", "title", "kind") == ("某县2022年度政府决算公开", "report")


# -- dates -------------------------------------------------------------------------------

def test_signature_date_whose_separators_were_lost_with_seven_digits():
    """m06a: 2024327 — only 2024-03-27 is a date (3/27; 32/7 is none)."""
    assert _values("m06a_date_seven_digits", "issue_date", "kind", "period_start") == ("2024-03-27", "plan", "2024")


def test_an_ambiguous_run_of_digits_is_no_date():
    """m06b: 2024111 may be 1 November or 11 January: left empty, with a warning."""
    assert _value("m06b_date_seven_digits_ambiguous", "issue_date") == ""
    assert any("issue_date" in m and "2024111" in m for m in _warnings("m06b_date_seven_digits_ambiguous",
                                                                       "metadata_missing"))


def test_signature_dates_written_without_the_day_word_or_spaced_out():
    assert _values("m06c_date_without_day_word", "issuer", "issue_date") == ("某县水利局", "2023-03-06")
    assert _values("m06d_date_digits_spaced", "issuer", "issue_date") == ("某县应急管理局", "2023-02-10")
    assert parse_written_date("2023年3月6", whole_line=True) == "2023-03-06"
    assert parse_written_date("2023年3月6") is None  # inside a line, 2023年3月6 may be cut from 6日前


def test_signature_with_a_seal_note_and_a_distribution_note_on_the_date_line():
    """m07: 湖南省自然资源厅 ⏎ 湖南省林业局 ⏎ （湖南省自然资源厅代章） ⏎ （此件公开发布）   2022年7月8日."""
    assert _values("m07_signature_forms", "issuer", "issue_date") == ("湖南省自然资源厅、湖南省林业局", "2022-07-08")
    assert _confidence("m07_signature_forms", "issuer") == "high"  # the cover notice's header names them too


def test_organ_and_date_on_one_line():
    """m07b: 甲市生态环境保护委员会 2019年6月17日 under the cover sentence."""
    assert _values("m07b_organ_and_date_one_line", "issuer", "issue_date") == ("甲市生态环境保护委员会", "2019-06-17")


def test_doc_number_beside_the_date_or_the_signer_or_without_its_hao():
    assert _values("m08_number_beside_date_and_signer", "doc_number", "issue_date") == ("某府办发〔2022〕38号", "2022-09-27")
    assert _values("m08_number_beside_date_and_signer", "title", "period_start", "period_end") == (
        "关于推进旅游业高质量发展的实施意见（2022—2025年）", "2022", "2025")
    assert _value("m08b_number_with_signer", "doc_number") == "某房议字〔2025〕11号"
    assert _value("m08c_number_without_hao", "doc_number") == "某政发〔2019〕1"


def test_report_heading_block_gives_the_meeting_date_and_the_organ_under_the_title():
    """m09: title ⏎ ——2022年12月18日在…会议上 ⏎ 甲县财政局 ⏎ 各位代表："""
    assert _values("m09_report_heading_block", "title", "issuer", "issue_date", "kind", "period_start",
                   "period_end") == ("关于甲县2022年预算执行情况和2023年预算草案的报告", "甲县财政局", "2022-12-18",
                                     "report", "2022", "2023")


def test_a_contents_list_is_no_front_matter():
    """m10: 目录 and its entries come first; the front matter starts where 第一部分 报告 comes back."""
    assert _values("m10_contents_list", "title", "issuer", "issue_date") == (
        "关于乙县2022年预算执行情况和2023年预算草案的报告", "乙县财政局", "2022-12-20")


# -- kinds -------------------------------------------------------------------------------

def test_reports_whose_title_has_no_report_word():
    assert _values("m11_report_titles_without_report_word", "kind", "period_start", "period_end", "issuer") == (
        "report", "2023", "2024", "某县水利局")
    assert _values("m11b_progress_table_title", "title", "kind", "period_start") == (
        "2023年《政府工作报告》重点工作目标任务进展情况表", "report", "2023")
    assert _values("m11c_reply_to_proposal", "title", "kind", "issuer", "issue_date") == (
        "某县民政局关于对政协十届三次会议第52号提案的答复", "report", "某县民政局", "2024-06-27")


def test_a_letter_that_reports_and_one_that_asks():
    assert _values("m12a_letter_that_reports", "kind", "issuer") == ("report", "某市人民政府")
    assert _values("m12b_letter_that_asks", "title", "kind") == (
        "某市防汛抗旱指挥部办公室关于征求《某市防汛应急预案（征求意见稿）》修改意见的函", "other")


def test_regulations_are_other_guides_are_plans_and_a_notice_handing_out_tasks_is_a_plan():
    assert _values("m13a_regulation_title", "title", "kind") == ("某县财政专项资金管理办法", "other")
    assert _values("m13b_guide_and_ledger_titles", "title", "kind", "period_start", "period_end") == (
        "推动知识产权高质量发展年度工作指引（2023）", "plan", "2023", "2023")
    assert _confidence("m13b_guide_and_ledger_titles", "title") == "high"  # the cover names the same title
    assert _values("m13c_notice_handing_out_tasks", "title", "kind", "period_start", "doc_number") == (
        "某市科学技术局关于分解落实2018年重点工作任务的通知", "plan", "2018", "某市科发〔2018〕24号")


def test_a_kind_that_cannot_be_read_stays_empty_with_a_warning():
    """m31: a page with no title, no report or plan opening, no news lead: no kind, and no plan by default."""
    doc, corpus = _read("m31_kind_not_read")
    assert doc.meta["kind"] == ""
    assert corpus.documents.loc[0, "kind"] == ""
    assert any("kind" in m for m in _warnings("m31_kind_not_read", "metadata_missing"))
    from analysis import figures
    from analysis.compare import findings
    labels = figures.doc_labels(corpus)
    assert "方案" not in labels[doc.doc_id] and "plan" not in figures.doc_labels(corpus, "en")[doc.doc_id]
    assert "1 of unknown kind" in findings.corpus_findings(corpus, labels)  # not counted as a plan


def test_news_of_a_release_is_no_plan_and_has_no_period():
    """m32: 教育部发布2022年工作要点 — a news item about the work points."""
    assert _values("m32_release_news_headline", "title", "kind", "period_start", "level") == (
        "教育部发布2022年工作要点", "other", "", "national")


# -- titles with page words, spam and furniture ---------------------------------------------

def test_document_sharing_record_lines_do_not_wrap_into_the_title():
    """m14: VIP专免, 29.51KB, 24 页, 海报, 侵权投诉 above the title are the site's, not the title's."""
    assert _value("m14_document_sharing_record", "title") == "某市教育局2022年工作要点"
    doc, corpus = _read("m14_document_sharing_record")
    removed = list(corpus.repairs.loc[corpus.repairs.kind == "page_furniture", "before"].str.strip())
    assert {"VIP专免", "29.51KB", "24 页", "海报", "侵权投诉"} <= set(removed)


def test_file_name_tails_are_cut_and_the_title_is_uncertain():
    """m14b: …行动计划（2021-2022年）（18页）.docx is a file name: cut to the title, low confidence."""
    assert _values("m14b_file_name_tails", "title", "kind", "period_start", "period_end") == (
        "某县突发事件应急保障体系建设行动计划（2021-2022年）", "plan", "2021", "2022")
    assert _confidence("m14b_file_name_tails", "title") == "low"
    (message,) = [m for m in _warnings("m14b_file_name_tails", "metadata_uncertain") if m.startswith("title")]
    assert "file name" in message


def test_mobile_and_greeting_lines_are_page_furniture():
    """m14c: 无障碍 手机版 and 您好！欢迎访问…网站 above the title."""
    assert _values("m14c_mobile_and_greeting_lines", "title", "issuer") == (
        "某县人民政府关于统筹推进城乡义务教育一体化改革发展的实施意见", "某县人民政府")
    _, corpus = _read("m14c_mobile_and_greeting_lines")
    removed = list(corpus.repairs.loc[corpus.repairs.kind == "page_furniture", "before"].str.strip())
    assert "无障碍      手机版" in removed and "您好！欢迎访问某水利行业协会官方网站" in removed


def test_breadcrumbs_spam_and_a_place_word_pass_before_a_news_headline():
    """m15: a spam line of | items, 温州, 首页>…>要闻, then the headline above a news lead."""
    assert _values("m15_breadcrumbs_and_news_headline", "title", "kind", "level") == (
        "我市健康考核实现“市级五连优、县县满堂红”", "other", "municipal")
    assert _confidence("m15_breadcrumbs_and_news_headline", "title") == "medium"  # a headline above a news lead
    assert _confidence("m15_breadcrumbs_and_news_headline", "level") == "low"  # 我市: the city is not named


def test_table_header_cells_are_no_title():
    """m33: 序号 ⏎ 目标任务 ⏎ … ⏎ 目前完成情况: column headers of a flattened table."""
    assert _value("m33_table_header_cells", "title") == "农业农村局2023年11月承担政府重点工作完成情况"


# -- levels ------------------------------------------------------------------------------

def test_bodies_of_a_provincial_level_municipality_are_provincial():
    """m16: 市卫生健康委 in a text that names 北京 twice: provincial, with low confidence."""
    assert _values("m16_provincial_level_municipality", "level", "kind", "period_start") == ("provincial", "report", "2023")
    assert _confidence("m16_provincial_level_municipality", "level") == "low"
    assert any(m.startswith("level") for m in _warnings("m16_provincial_level_municipality", "metadata_uncertain"))


def test_county_level_cities_and_districts_are_county():
    assert _values("m17a_county_level_city", "issuer", "level") == ("靖江市人民政府", "county")
    assert _values("m17b_district_of_a_municipality", "issuer", "level", "region") == (
        "上海市静安区人民政府办公室", "county", "上海市静安区")
    assert _values("m17c_district_in_the_title", "level", "period_start") == ("county", "2023")


def test_addressees_say_the_level_when_nothing_else_does():
    assert _values("m28a_addressees_county", "level", "title", "kind") == (
        "county", "以控制成本为核心优化营商环境的具体措施", "plan")
    assert _rule("m28a_addressees_county", "level").startswith("addressees name a 县")
    assert _value("m28b_addressees_national", "level") == "national"
    body = "\n现将方案印发给你们，请认真贯彻落实。\n一、主要任务\n正文。"
    for addressees, level in (("县直各单位：", "county"), ("各县（市、区）人民政府，市直各单位：", "municipal"),
                              ("各市、县（市、区）人民政府，省政府各部门：", "provincial")):
        assert read_metadata(addressees + body)["level"].value == level, addressees


def test_a_new_area_below_a_province_has_no_level_of_the_four():
    """m29: 中共河北雄安新区工作委员会 is no provincial organ; its level is left empty."""
    assert _values("m29_new_area_below_a_province", "issuer", "level") == (
        "中共河北雄安新区工作委员会、河北雄安新区管理委员会", "")
    assert any("level" in m for m in _warnings("m29_new_area_below_a_province", "metadata_missing"))


# -- periods ------------------------------------------------------------------------------

def test_periods_stated_only_in_the_text():
    assert _values("m18a_period_stated_in_the_body", "period_start", "period_end", "issuer") == (
        "2021", "2025", "某县应急管理局")
    assert _values("m18b_period_in_the_making_sentence", "period_start", "period_end") == ("2021", "2022")
    assert _values("m18c_five_year_action_plan", "period_start", "period_end") == ("2021", "2025")
    assert _values("m18d_year_work_points_without_title", "kind", "period_start", "period_end") == ("plan", "2023", "2023")


def test_period_in_half_width_brackets_on_its_own_line():
    """m19a: 甲市全面深化河长制工作方案 ⏎⏎ (2017-2020年)."""
    assert _values("m19a_period_line_after_a_blank", "title", "period_start", "period_end") == (
        "甲市全面深化河长制工作方案（2017-2020年）", "2017", "2020")


def test_one_year_list_of_a_longer_plan_cited_years_and_a_year_in_brackets():
    assert _values("m19b_one_year_list_of_a_longer_plan", "period_start", "period_end") == ("2018", "2018")
    assert _values("m19c_cited_years_are_not_the_period", "period_start", "kind") == ("", "report")
    assert _value("m19c_cited_years_are_not_the_period", "title").startswith("甲市人民政府关于《甲市人大常委会")
    assert _values("m19d_year_in_brackets", "period_start", "period_end") == ("2023", "2023")


# -- issuers -----------------------------------------------------------------------------

def test_joint_issuers_two_a_line_over_seven_lines():
    assert _value("m20a_joint_issuers_two_a_line", "issuer").split("、") == [
        "生态环境部", "发展改革委", "工业和信息化部", "公安部", "财政部", "住房城乡建设部", "交通运输部", "商务部",
        "市场监管总局", "能源局", "上海市人民政府", "江苏省人民政府", "浙江省人民政府", "安徽省人民政府"]
    assert _value("m20a_joint_issuers_two_a_line", "level") == "national"


def test_joint_issuers_on_header_lines_above_the_cover_notice():
    assert _value("m20b_joint_issuers_header_lines", "issuer").split("、") == [
        "农业农村部", "最高人民法院", "最高人民检察院", "工业和信息化部", "公安部", "国家市场监督管理总局", "中华全国供销合作总社"]


def test_joint_issuers_run_together_in_the_title():
    assert _values("m20c_joint_issuers_run_together", "issuer", "level") == (
        "中共江西省委、江西省人民政府", "provincial")


def test_organ_lines_of_a_signature_are_not_run_together():
    """m20d: two organ lines after the last sentence of a text without sections, and the note under
    them, stay lines of their own."""
    doc, _ = _read("m20d_organ_lines_without_a_date")
    assert doc.text.endswith("。\n某省教育厅\n某省财政厅\n（此件主动公开）\n")


def test_a_shortened_issuer_in_the_field_is_the_full_name_the_signature_gives():
    assert _value("m21_shortened_issuer_in_the_field", "issuer") == "浙江省人民政府办公厅"
    assert _value("m21_shortened_issuer_in_the_field", "doc_number") == "浙政办发〔2020〕7号"


def test_red_header_and_the_organ_under_the_title_are_issuers():
    assert _values("m26a_red_header", "issuer", "level", "issue_date") == (
        "新疆维吾尔自治区人民政府", "provincial", "2021-02-08")
    assert _values("m26b_organ_under_the_title", "issuer", "level") == ("濮阳市水利局", "municipal")
    one_line = read_metadata("宁夏回族自治区人民政府文件\n宁政发〔2021〕9号\n关于印发某方案的通知\n一、总体要求\n正文。")
    assert (one_line["issuer"].value, one_line["issuer"].rule) == ("宁夏回族自治区人民政府", "red header (…文件)")


def test_a_page_field_completes_an_issuer_without_its_region():
    """m27: the title opens with 农业农村局; the 来源 field names 怀远县农业农村局."""
    assert _values("m27_page_field_completes_the_issuer", "issuer", "level", "period_start") == (
        "怀远县农业农村局", "county", "2023")


# -- cover notices and sentences -------------------------------------------------------------

def test_a_cover_notice_cited_in_the_opening_is_not_this_documents_cover():
    """m22a: 根据《某市人民政府办公厅关于印发〈某市…方案〉的通知》: the title is the 区 plan."""
    assert _value("m22a_cover_notice_inside_a_citation", "title") == "某区进一步完善医疗卫生服务体系实施方案"


def test_cover_sentences_name_the_title():
    assert _value("m22b_cover_sentences", "title") == "2022年度就业环境和社会保障领域“补短板”专项攻坚方案"
    assert _values("m22c_made_here_sentence", "title", "period_start", "period_end") == (
        "甲市第三期学前教育行动计划（2017—2020年）", "2017", "2020")


def test_a_cover_notice_without_guanyu_names_its_issuers():
    assert _values("m23_cover_without_guanyu", "issuer", "title") == (
        "中共静安区委办公室、静安区人民政府办公室", "静安区打响服务品牌三年行动计划（2018—2020年）")


def test_a_notice_with_a_draft_attached_is_the_notice():
    assert _values("m30_notice_with_a_draft_attached", "title", "kind", "issue_date") == (
        "关于对《甲市加快促进科技成果转移转化的若干措施（征求意见稿）》公开征求意见的通知", "other", "2022-03-24")


# -- title wrapping ------------------------------------------------------------------------

def test_a_title_wraps_from_its_organ_but_not_from_a_page_word():
    assert _values("m24_title_wrapping", "title", "issuer") == (
        "中共云南省委云南省人民政府关于加快发展高原特色现代农业的实施意见", "中共云南省委、云南省人民政府")


def test_a_short_last_line_and_a_line_ending_on_a_comma_wrap_into_the_title():
    assert _values("m24b_short_last_line_and_comma", "title", "kind", "period_start") == (
        "2019年第四季度科技宣传及科技信息工作要点", "plan", "2019")
    assert _value("m24c_title_wrapped_after_comma", "title") == (
        "互助县深入打好柴油货车污染治理、臭氧污染防治和重污染天气消除攻坚战行动实施方案")


def test_a_headline_repeating_the_title_without_its_region_is_not_wrapped():
    assert _values("m24d_headline_repeats_the_title", "title", "kind") == (
        "甲区政务服务数据管理局2021年工作总结及2022年工作思路", "report")


def test_one_line_page_title_is_read_with_low_confidence():
    assert _values("m25_one_line_page", "title", "kind") == ("关于XX县老旧小区改造工作进展情况的汇报", "report")
    assert _confidence("m25_one_line_page", "title") == "low"


def test_an_organ_run_into_the_title_is_set_apart():
    assert _value("m34_organ_run_into_the_title", "title") == "高邮市养老服务体系建设“十四五”规划"
    assert _values("m34_organ_run_into_the_title", "period_start", "period_end", "level") == ("2021", "2025", "county")


# -- confidence in the metadata table ---------------------------------------------------------

def test_the_metadata_table_carries_a_confidence_per_field():
    assert "confidence" in TABLE_COLUMNS["metadata"]
    _, corpus = _read("m21_shortened_issuer_in_the_field")
    meta = corpus.metadata.set_index("field")
    assert meta.loc["title", "confidence"] == "high"  # the cover notice and the title line agree
    assert meta.loc["issuer", "confidence"] == "high"  # the field's short form names the signature's organ
    assert meta.loc["doc_number", "confidence"] == "medium"
    assert meta.loc["region", "value"] == "浙江省"


def test_a_bare_level_word_is_low_and_warned_naming_the_field_and_what_was_seen():
    """m06a: 某市教育局 names no city: the level 市 gives is uncertain (a city may be provincial or county-level)."""
    fields = read_metadata("某市教育局2024年工作要点\n一、总体要求\n正文。")
    assert (fields["level"].value, fields["level"].confidence) == ("municipal", "low")
    assert "ending in 市" in fields["level"].note and "does not fix the level" in fields["level"].note
    fields = read_metadata("某县教育局2024年工作要点\n一、总体要求\n正文。")
    assert (fields["level"].value, fields["level"].confidence) == ("county", "medium")  # only counties are 县
    (message,) = [m for m in _warnings("m06a_date_seven_digits", "metadata_uncertain") if m.startswith("level")]
    assert "市" in message and "issuer" not in message.split(":")[0]


def test_uncertain_metadata_lists_the_low_fields_for_notebook_01():
    from analysis.compare import profiles

    _, corpus = _read("m14b_file_name_tails")
    low = profiles.uncertain_metadata(corpus)
    assert list(low.columns) == profiles.UNCERTAIN_COLUMNS
    row = low.set_index("field").loc["title"]
    assert row["source"] == "text" and "file name" in row["note"]
