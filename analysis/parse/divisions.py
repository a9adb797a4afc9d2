"""Administrative divisions and levels: which division a name opens with, the level of an issuer.

In: names as documents write them (``青海省西宁市交通运输局``, ``市交通运输局``, ``国务院``).
Out: the division (``data/divisions.csv``) and its level, or the level a bare level word or a
central organ gives. Used by :mod:`.metadata` (issuer, level, region), :mod:`.confidence`
(the title's region against the issuer's level), the comparisons and the figures.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["DIVISIONS_PATH", "LEVELS", "Division", "division_of", "level_of_word", "level_of_issuer"]

DIVISIONS_PATH = Path(__file__).resolve().parents[2] / "data" / "divisions.csv"


# administrative levels, from the top; a plan's level is one of them
LEVELS = ("national", "provincial", "municipal", "county")


@dataclass(frozen=True)
class Division:
    name: str
    level: str  # provincial | municipal | county
    province: str
    prefecture: str


@lru_cache(maxsize=4)
def _divisions(path: str = str(DIVISIONS_PATH)) -> dict[str, Division]:
    out: dict[str, Division] = {}
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            div = Division(row["name"], row["level"], row["province"], row["prefecture"])
            out.setdefault(div.name, div)  # names shared by divisions of one level (和平区) keep the first
            if row["short_name"] != div.name:  # 海南藏族自治州 is written 海南州
                out.setdefault(row["short_name"], div)
            if div.level == "provincial":
                short = re.sub(r"(?:壮族|回族|维吾尔|特别行政区|自治区|省|市)+$", "", div.name)
                if len(short) >= 2:
                    out.setdefault(short, Division(div.name, div.level, "", ""))
    return out


# (a 总局 or 总署 is a central administration by its short name: 市场监管总局, 海关总署, 税务总局 — a local
# office of one is a 局 or 分局, never a 总局)
# (a ministry's name holds no place word and its 部 is no 部队/部署/部分: 加强全市消防部队… names no ministry)
_NATIONAL = re.compile(r"^(?:中共中央|中央|国务院|全国|国家|最高人民|中华人民共和国|中国国家)"
                       r"|^(?![\u4e00-\u9fff]{0,7}[省市县])[\u4e00-\u9fff]{2,8}部(?:办公厅|党组)?(?:$|[^门队署分位])"
                       r"|^[\u4e00-\u9fff]{2,8}(?:总局|总署)(?:办公厅|党组)?$")


_ORGAN_PREFIX = re.compile(r"^(?:中共|中国共产党)")
# a central administration whose offices in the provinces, cities and counties carry its name before
# theirs (国家税务总局杭州市税务局, 国家统计局四川调查总队, 国家金融监督管理总局江苏监管局)
_CENTRAL_BRANCH = re.compile(r"^国家[\u4e00-\u9fff]{2,10}?(?:总局|局)(?=[\u4e00-\u9fff])")
# what such an office is called after its division: a bureau or a survey team (not a government or a
# department, which would be a second issuer signing with the administration)
_BRANCH_OFFICE = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:局|调查总队|调查队)$")


def central_office_prefix(name: str) -> str:
    """The central administration a local office's name opens with (``国家税务总局山东省税务局`` →
    ``国家税务总局``), or ``""`` when ``name`` is no such office: the administration's name, a known
    division, then a bureau or a survey team."""
    m = _CENTRAL_BRANCH.match(name)
    if m is None:
        return ""
    rest = name[m.end():]
    div, _ = division_of(rest)
    if div is None or not _BRANCH_OFFICE.match(_after_division(rest, div)):
        return ""
    return m.group()


def division_of(name: str, short_forms: bool = True) -> tuple[Division | None, str]:
    """The most specific administrative division a name opens with, and the region path.

    ``青海省西宁市交通运输局`` → (西宁市, municipal), ``青海省西宁市``;
    ``中共安徽省交通运输厅党组`` → (安徽省, provincial), ``安徽省``. Returns
    ``(None, "")`` when the name opens with no known division.
    """
    table = _divisions()
    rest = _ORGAN_PREFIX.sub("", name.strip())
    found: list[Division] = []
    while rest:
        match = None
        for length in range(min(12, len(rest)), 1, -1):
            div = table.get(rest[:length])
            if div is not None and (short_forms or div.name == rest[:length] or div.level != "provincial"):
                match = (div, length)
                break
        if match is None and short_forms:
            pair = _city_without_shi(rest, table)
            if pair is not None:
                found.extend(pair[:2])
                rest = rest[pair[2]:]
                continue
        if match is None:
            break
        found.append(match[0])
        rest = rest[match[1]:]
    if not found:
        return None, ""
    return found[-1], "".join(d.name for d in found)


def _city_without_shi(name: str, table: dict[str, Division]) -> tuple[Division, Division, int] | None:
    """A prefecture-level city written without 市 before one of its own districts or counties (大连沙河口区,
    a title's or a byline's way) → (the city, the county, the characters both take); None otherwise. The
    county must belong to that city, so that a word that happens to be a city's name opens nothing."""
    for length in range(min(4, len(name) - 2), 1, -1):
        city = table.get(name[:length] + "市")
        if city is None or city.level != "municipal":
            continue
        for size in range(min(12, len(name) - length), 1, -1):
            county = table.get(name[length:length + size])
            if county is not None and county.level == "county" and county.prefecture == city.name:
                return city, county, length + size
    return None


_LEVEL_WORDS = {"省": "provincial", "自治区": "provincial", "市": "municipal", "州": "municipal", "盟": "municipal",
                "地区": "municipal", "县": "county", "区": "county", "旗": "county"}


def level_of_word(word: str) -> str:
    """The level a bare level word names: 省 → provincial, 市 → municipal, 县/区/旗 → county."""
    return _LEVEL_WORDS[word]


def level_of_issuer(issuer: str) -> tuple[str, str, str]:
    """``(level, region, rule)`` of an issuer name; ``("", "", "")`` when unknowable.

    The division the name opens with decides (``data/divisions.csv``); a central
    organ (国务院, 交通运输部 …) is national; a name that opens with a bare
    level word (``市交通运输局``, ``某县交通运输局``) gets that level.
    """
    if not issuer:
        return "", "", ""
    div, region = division_of(issuer)
    if div is not None:
        area = _NEW_AREA.match(_after_division(issuer, div))
        if area:  # 河北雄安新区…: an area below the division whose level the table does not give
            return "", "", ""
        branch = BRANCH_OFFICE.search(issuer)
        place = division_of(branch["place"])[0] if branch else None
        if place is not None and place.name != div.name:  # 岳阳市生态环境局岳阳县分局: the branch's place decides
            return place.level, region + place.name, f"branch office (分局) in {place.name} ({place.level})"
        below = _unknown_county_below(issuer, div)
        if below:
            return "county", region + below, f"unknown division ending in {below[-1]} ({below}, under {div.name})"
        return div.level, region, f"division {div.name} ({div.level})"
    central = central_office_prefix(issuer)
    if central:  # 国家税务总局浙江省税务局: the administration's office in a province
        div, region = division_of(issuer[len(central):])
        return div.level, region, f"office of {central} in {div.name} ({div.level})"
    if _NATIONAL.search(issuer):
        return "national", "全国", "central organ"
    if _NEW_AREA.match(issuer):
        return "", "", ""
    # (自治区 opening the name is the level word itself, not some 自治 + 区: 自治区应急管理厅 is provincial)
    # (市场 opens an organ's name, not a division: 省市场监管局 is the province's; nor does 城市: 城市管理局 names its work)
    # (nor does a post: 粮食安全省长责任制考核工作组 names the governors' responsibility, no province)
    m = re.match(r"^(自治区)", issuer) or re.match(r"^(?:[某各本]|[\u4e00-\u9fff]{1,4}?)?(省(?!长)|自治区|(?<!城)市(?!场|长)|州(?!长)|盟|地区|县(?!长)|区(?!长)|旗)", issuer)
    if m:
        return level_of_word(m.group(1)), "", f"unknown division ending in {m.group(1)}"
    return "", "", ""


# a bureau's branch in a place below it, named after the bureau (岳阳市生态环境局岳阳县分局 · 某市公安局某区分局)
BRANCH_OFFICE = re.compile(r"局(?P<place>[\u4e00-\u9fff]{2,8}?[县区市旗])分局$")
# a new area, development zone or demonstration zone: its level is none of the four
_NEW_AREA = re.compile(r"^[\u4e00-\u9fff]{2,4}?(?:新区|开发区|高新区|经开区|示范区)")


def _after_division(name: str, div: Division) -> str:
    """What follows the (last) division a name opens with: 河北雄安新区工作委员会 → 雄安新区工作委员会."""
    s = _ORGAN_PREFIX.sub("", name)
    short = re.sub(r"(?:壮族|回族|维吾尔|特别行政区|自治区|省|市)+$", "", div.name)
    for form in (div.name, short):
        at = s.find(form)
        if form and at >= 0:
            return s[at + len(form):]
    return ""


# a district, county or banner the division table does not know (renamed or new: 长治市上党区) named
# under a known prefecture and followed by an organ; two characters and the level word, so that
# 社区, 园区, 工业园区 or 保税区 are no division
_COUNTY_BELOW = re.compile(r"^(?!保税|景区|城区|辖区|市区|片区|校区|库区|矿区|社区|园区)([\u4e00-\u9fff]{2}(?:区|县|旗))"
                           r"(?=[\u4e00-\u9fff]{0,12}?(?:局|委员会|委|办公室|人民政府|政府|中心|院|所|站|队|办))")


def _unknown_county_below(name: str, div) -> str:
    """The unknown county-level division a name carries right after its prefecture (长治市上党区统计局 →
    上党区), or ``""``: only below a municipal division or a municipality under the centre (重庆市梁平区, its
    districts and counties are below it directly), and only when the table does not know it."""
    if div.level != "municipal" and not (div.level == "provincial" and div.name.endswith("市")):
        return ""
    m = _COUNTY_BELOW.match(_after_division(name, div))
    if m is None or m.group(1) in _divisions():
        return ""
    return m.group(1)
