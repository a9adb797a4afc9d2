"""Rules of the twenty-sixth round, found on batches b27 and b28 (issue 15) after their first contact was
recorded: one invented document per convention (tests/data/synthetic/conventions/a26_*, written for these rules,
in their own words); the expected values were written by reading each document, so breaking a rule breaks its
test. Each document is read as a file the manifest does not list."""
from analysis.parse.metadata import opening_contents
from convention_docs import tasks, values


def test_safeguards_assigned_to_units_are_no_tasks():
    """a26_01: 二、保障措施 ⏎ （一）加强组织领导。…（责任单位：市农业农村局）: the heading names the plan's safeguards, so its
    items are no tasks even with a unit note each (a part named otherwise whose items carry notes stays tasks)."""
    assert tasks("a26_01_safeguards_assigned_to_units") == [("（一）", "建设农业物联网示范基地"),
                                                            ("（二）", "推广智能农机装备")]


def test_a_last_part_of_standard_safeguards_is_no_tasks_whatever_its_name():
    """a26_02: 三、凝聚共建共享合力 ⏎ （五）加强组织协调 ⏎ （六）强化资金保障 ⏎ （七）加强宣传推广: every item of the last part is a
    standard safeguard, so the part is the plan's safeguards under another name."""
    assert tasks("a26_02_last_part_of_standard_safeguards") == [
        ("（一）", "完善游客服务中心功能"), ("（二）", "推进旅游厕所改造提升"),
        ("（三）", "打造乡村旅游精品线路"), ("（四）", "培育夜间文旅消费集聚区")]


def test_a_last_part_with_one_task_among_its_safeguards_keeps_its_tasks():
    """a26_03: the last part holds 加强组织协调 and 建设智慧旅游服务平台: not every item is a safeguard, so its items are
    tasks."""
    assert tasks("a26_03_last_part_with_one_task_among_safeguards") == [
        ("（一）", "完善游客服务中心功能"), ("（二）", "推进旅游厕所改造提升"),
        ("（三）", "加强组织协调"), ("（四）", "建设智慧旅游服务平台")]


def test_a_part_of_safeguard_words_before_the_last_keeps_its_tasks():
    """a26_06: 一、营造良好发展氛围 ⏎ （一）加强宣传推广 ⏎ （二）强化政策支持, then 二、… with two more items: only the last part
    can be the plan's safeguards; an earlier one of the same words holds tasks."""
    assert tasks("a26_06_safeguard_words_in_an_earlier_part") == [
        ("（一）", "加强宣传推广"), ("（二）", "强化政策支持"), ("（三）", "完善创业孵化平台"), ("（四）", "推进创业担保贷款扩面")]


def test_an_attachment_of_examples_holds_no_tasks():
    """a26_04: 附件 ⏎ 应用场景 ⏎ 1.智慧种植：… ⏎ 2.数字治理：…: the attachment's numbered items illustrate the plan; its tasks
    are the body's 1.–4."""
    assert tasks("a26_04_attachment_of_showcase_examples") == [
        ("1", "推进农村千兆光网覆盖"), ("2", "建设乡村数据资源平台"), ("3", "发展农村电子商务"), ("4", "推广远程医疗服务")]


def test_a_contents_list_without_its_label_is_no_body_and_the_title_follows_it():
    """a26_05: 一、强化基层治理 ⏎ （一）… ⏎ 二、提升公共服务 ⏎ （三）… then the title and the same headings with their text: the
    opening headings are a contents list — no tasks of their own — and the title below them is read."""
    name = "a26_05_contents_without_its_label"
    assert values(name, "title", "kind", "period_start") == ("某某镇2025年社会治理工作要点", "plan", "2025")
    assert tasks(name) == [("（一）", "健全网格化服务管理"), ("（二）", "推进村务公开"), ("（三）", "完善便民服务站点")]


def test_opening_headings_are_contents_only_when_the_first_comes_again():
    """Three headings or more opening the text, the first a part heading, printed again later; not two, not when the
    first never comes back, not when a sentence stands among them."""
    toc = ["一、甲工作", "（一）乙", "二、丙工作"]
    assert opening_contents(toc + ["某某要点", "一、甲工作"]) == (0, 3)
    assert opening_contents(toc[:1] + toc[2:] + ["某某要点", "一、甲工作"]) is None
    assert opening_contents(toc + ["某某要点", "二、丙工作"]) is None
    assert opening_contents(["（一）乙", "一、甲工作", "二、丙工作", "一、甲工作"]) is None
    assert opening_contents(["一、甲工作", "（一）乙。做好", "二、丙工作", "某某要点", "一、甲工作"]) is None


def test_central_organs_printed_together_are_joint_issuers():
    """a26_07: 中共中央 国务院关于…的意见 (the space between them gone once normalized: 中共中央国务院): two issuers, each
    a central organ; 中共中央办公厅国务院办公厅 splits the same way."""
    from analysis.parse.metadata import organ_names
    assert values("a26_07_central_organs_run_together", "issuer", "level") == ("中共中央、国务院", "national")
    assert organ_names("中共中央办公厅国务院办公厅") == ["中共中央办公厅", "国务院办公厅"]
    assert organ_names("中共中央组织部") == ["中共中央组织部"]
