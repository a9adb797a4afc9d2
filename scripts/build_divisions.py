"""Build ``data/divisions.csv``, the table of China's administrative divisions.

The level of a document is the level of its issuer's administrative division
(design.md). The table is derived from the division codes (行政区划代码) shipped
with the PyPI package ``cpca`` (MIT licence, ``cpca/resources/adcodes.csv``):
a 12-digit code ``PPCCDD000000`` is a province when ``CCDD`` is 0000, a
prefecture-level division when ``DD`` is 00, otherwise a county-level division.

``short_name`` is the form documents write an autonomous division in: the ethnic
names (from ``cpca/resources/56_nations.csv``) and 自治 dropped before the level word
(海南藏族自治州 → 海南州, 本溪满族自治县 → 本溪县).

Usage (run once, when the table is to be refreshed; the result is committed)::

    pip download --no-deps cpca==0.5.5 && unzip -o cpca-0.5.5-py3-none-any.whl 'cpca/resources/*.csv'
    python scripts/build_divisions.py cpca/resources/adcodes.csv cpca/resources/56_nations.csv > data/divisions.csv
"""
from __future__ import annotations

import csv
import re
import sys

# placeholder rows of the code table, not divisions
_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
_MUNICIPALITIES = {"11", "12", "31", "50"}  # 北京, 天津, 上海, 重庆: province-level cities


def short_name(name: str, nations: list[str]) -> str:
    """海南藏族自治州 → 海南州; a name without 自治 is its own short name."""
    m = re.search(r"自治(州|县|旗)$", name)
    if not m:
        return name
    stem = name[:m.start()]
    changed = True
    while changed:  # 蒙古族藏族自治州: drop every ethnic name at the end
        changed = False
        for nation in nations:
            for form in (nation, nation[:-1]):  # 蒙古族 is also written 蒙古
                if form and stem.endswith(form) and len(stem) > len(form) + 1:
                    stem, changed = stem[:-len(form)], True
                    break
            if changed:
                break
    return stem + m.group(1) if stem != name[:m.start()] else name


def main(path: str, nations_path: str) -> None:
    with open(nations_path, encoding="utf-8") as fh:
        nations = sorted((line.strip() for line in fh if line.strip()), key=len, reverse=True)
    with open(path, encoding="utf-8") as fh:
        rows = [(r["adcode"][:6], r["name"].strip()) for r in csv.DictReader(fh)]
    names = {code: name for code, name in rows}
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["adcode", "name", "short_name", "level", "province", "prefecture"])
    for code, name in sorted(set(rows)):
        if name in _PLACEHOLDERS or not name:
            continue
        province = names.get(code[:2] + "0000", "")
        if code[2:] == "0000":
            level, prefecture = "provincial", ""
        elif code[4:] == "00":
            level, prefecture = "municipal", name
        else:
            level = "county"
            prefecture = names.get(code[:4] + "00", "")
            if prefecture in _PLACEHOLDERS or code[:2] in _MUNICIPALITIES:
                prefecture = ""
        out.writerow([code, name, short_name(name, nations), level, province if level != "provincial" else "",
                      prefecture if level == "county" else ""])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
