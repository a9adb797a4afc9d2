"""Rules of the thirty-fifth round, met on the first contact of b45 and b46. One invented document per convention
(tests/data/synthetic/conventions/a31_17…a31_18, in our own words; expected values written by reading them)."""
import pytest

from analysis.parse.extract.units import read_parenthetical
from convention_docs import normalized, tasks, units, values


def test_a_unit_list_the_text_cuts_after_its_lead():
    """a31_17: 责任单位：省发改委牵头，省海洋渔业厅、财政厅、经信委、 (the text ends after the 、): 省发改委 leads; the bodies
    after it, their verb cut, work with it (as A牵头，B配合)."""
    assert [u[1:] for u in units("a31_17_cut_unit_list_after_its_lead")] == [
        ("省发改委", "lead"), ("省海洋渔业厅", "supporting"), ("财政厅", "supporting"), ("经信委", "supporting")]


@pytest.mark.parametrize("note, roles", [
    ("责任单位：省发改委牵头，省财政厅、", ("lead", "supporting")),
    ("责任单位：省发改委负责，省财政厅、", ("responsible", "responsible")),   # no body leads: the label's role
    ("责任单位：省发改委牵头，省财政厅配合", ("lead", "supporting")),
])
def test_cut_list_roles(note, roles):
    assert read_parenthetical(note).roles == roles


def test_figures_on_lines_of_their_own():
    """a31_18: 2025 ⏎ 年城市管理局工作总结 (the title's year) and 行动 ⏎ 150 ⏎ 余次，出动 ⏎ 8000 ⏎ 余人次 (figures a PDF put
    on lines of their own): joined."""
    name = "a31_18_figures_on_lines_of_their_own"
    assert values(name, "title", "period_start") == ("2025年城市管理局工作总结", "2025")
    text = normalized(open("tests/data/synthetic/conventions/a31_18_figures_on_lines_of_their_own.txt").read())
    assert "共开展专项整治行动150余次，出动8000余人次" in text


def test_a_figure_under_a_title_line_is_not_joined_to_it():
    """A title's last line (2022年工作要点) over a figure (2022 ⏎ 年，全区…): the figure goes on into its sentence, the
    title stays a line of its own."""
    text = normalized("区农业农村工作\n2022年工作要点\n2022\n年，全区农业农村工作将紧紧围绕现代化目标推进。\n")
    assert "2022年工作要点\n2022年，全区" in text
