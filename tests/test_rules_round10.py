"""Rules of the tenth round, found on batch b09 (issue 15) after its first contact was recorded: one
invented document per convention (tests/data/synthetic/conventions/a10_*, written for these rules, in
their own words); the expected values were written by reading each document, so breaking a rule
breaks its test. Each document is read as a file the manifest does not list."""
from convention_docs import field as _field, read as _read, tasks as _tasks, units as _units, value as _value, \
    warnings as _warnings
from analysis.parse.extract.deadlines import parse_deadline_steps


# -- units and deadlines of a task ----------------------------------------------------------------

def test_a_unit_label_line_may_name_the_level_of_its_bodies():
    """a10_01: each task's note lines are 责任单位：… ⏎ 市级配合单位：… ⏎ 完成时限：…; 市级配合单位 is a
    配合单位 label (the city's bodies that support), so those bodies are supporting units of the task."""
    assert _units("a10_01_level_qualified_unit_label_lines") == [
        (1, "各县（区）人民政府", "responsible"), (1, "市住房城乡建设局", "supporting"), (1, "市农业农村局", "supporting"),
        (2, "市城市管理局", "responsible"), (2, "市市场监管局", "supporting")]


def test_a_unit_label_in_a_note_may_name_the_level_of_its_bodies():
    """a10_01b: （县级牵头单位：县农业农村局；县级配合单位：县水利局、县财政局）: lead and supporting."""
    assert _units("a10_01b_level_qualified_unit_label_in_note") == [
        (1, "县农业农村局", "lead"), (1, "县水利局", "supporting"), (1, "县财政局", "supporting"),
        (2, "县农业农村局", "lead")]


def test_a_later_step_of_a_deadline_takes_the_year_of_the_step_before():
    """a10_02: 完成时限：2021年5月底前完成选址和设计，9月底前建成开放 — two steps, the second without its
    year: 2021-05-31 and 2021-09-30."""
    steps = parse_deadline_steps("2021年5月底前完成选址和设计，9月底前建成开放")
    assert [d.date for d in steps] == ["2021-05-31", "2021-09-30"]
    dates = _read("a10_02_staged_deadline_year_carried")[1].deadlines
    assert sorted(dates.loc[dates.task_seq == 1, "date"]) == ["2021-05-31", "2021-09-30"]


def test_a_step_without_its_year_takes_the_year_of_the_step_just_before():
    """Three steps over two years: the third (6月底前) is in the second's year, 2022."""
    steps = parse_deadline_steps("2021年11月底前完成招标，2022年3月底前开工，6月底前完工")
    assert [d.date for d in steps] == ["2021-11-30", "2022-03-31", "2022-06-30"]


def test_a_step_without_its_year_needs_a_step_before_it_with_one():
    """The first step must carry its year (12月底前建成，2022年1月验收: no year to take): nothing read."""
    assert parse_deadline_steps("12月底前建成，2022年1月验收") == []


def test_a_labelled_note_cut_by_the_end_of_the_text_is_read_up_to_its_last_verb():
    """a10_03: the text ends inside task 2's note (责任单位：防火处负责；执法总队、资源处、林业科学研究院、省林):
    the bodies after 负责 lost the verb that gave their role, the last one its name. 防火处 (responsible)
    alone, no 负责 in a unit's name, and a warning that the note was cut."""
    name = "a10_03_cut_labelled_note_with_verbs"
    assert [u for u in _units(name) if u[0] == 2] == [(2, "防火处", "responsible")]
    assert any("task 2 is cut at the end of the text" in w for w in _warnings(name, "units_uncertain"))


def test_a_cut_notes_label_words_are_no_verbs():
    """a10_03b: （牵头单位：大气环境处；责任单位：执法支队、监测站、各区分局、市环 cut at the end of the text:
    牵头 in 牵头单位 names a label, not a verb; the note is read up to its last whole item — 大气环境处 the
    lead, the three bodies after it responsible, the cut 市环 left out."""
    assert _units("a10_03b_cut_note_with_a_lead_label") == [
        (1, "大气环境处", "lead"), (1, "执法支队", "responsible"), (1, "监测站", "responsible"),
        (1, "各区分局", "responsible")]


# -- metadata -------------------------------------------------------------------------------------

def test_the_signatures_form_of_the_issuers_name_is_chosen_over_the_pages_field():
    """a10_04: the page's 发文机关 field reads 某某省卫生健康委员会办公室, the notice is signed
    某某省卫生健康委办公室 — one body, two forms; the document's own (the signature's) is the issuer."""
    issuer = _field("a10_04_signature_form_over_field_form", "issuer")
    assert issuer.value == "某某省卫生健康委办公室" and issuer.rule == "signature block"


def test_a_cover_issuing_two_documents_gives_the_first_flagged():
    """a10_05: 关于印发2023年县重点项目推进方案和2023年县民生实事实施方案的通知, its cover sentence naming
    《…推进方案》和《…实施方案》: the title is the first document's, of low confidence, naming both."""
    title = _field("a10_05_cover_issues_two_documents", "title")
    assert title.value == "2023年县重点项目推进方案" and title.confidence == "low"
    assert "2023年县民生实事实施方案" in title.evidence


def test_the_rules_that_carry_out_a_plan_are_other_and_flagged():
    """a10_06: 某某区全民健身实施计划管理办法 — a regulation by its name (办法), a plan by what it carries
    out: kind other, of low confidence, so the researcher decides."""
    kind = _field("a10_06_rules_that_carry_out_a_plan", "kind")
    assert kind.value == "other" and kind.confidence == "low"


def test_a_navigation_menu_line_is_no_part_of_the_title():
    """a10_07: the page opens with 导航菜单 above the title line: furniture, not the title's first line."""
    assert _value("a10_07_navigation_menu_line", "title") == "某某市2024年养老服务体系建设工作要点"


def test_a_compilers_province_note_before_a_title_is_no_part_of_it():
    """a10_08: （某某省）某某市2023年…分解方案 — a database or yearbook files the city's document under its
    province; the title is the city's."""
    assert _value("a10_08_province_note_before_title", "title") == "某某市2023年《政府工作报告》重点任务分解方案"
