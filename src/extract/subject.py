"""Whom a figure is about (ANNOTATION §6): the article's own region, the
regions of the gazetteer, organisations named by their suffixes and their
declared or obvious short names; the nearest before the figure in its
sentence, else the article's region."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import regex

from extract.context import Context
from extract.read import Article
from extract.rules import Rules, default_rules_dir

SELF_LEVELS = ("district", "city", "province")


@dataclass(frozen=True)
class Region:
    name: str
    level: str
    city: str
    province: str


def read_regions(path: Path) -> dict[str, list[Region]]:
    regions: dict[str, list[Region]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            regions.setdefault(row["name"], []).append(Region(row["name"], row["level"], row["city"], row["province"]))
    return regions


@dataclass(frozen=True)
class Mentioned:
    start: int
    end: int
    subject: str


class Subjects:
    def __init__(self, rules: Rules) -> None:
        table = rules.raw["subjects"]
        self.regions = read_regions(default_rules_dir() / "regions.csv")
        self.self_reference = {
            word: level for level in SELF_LEVELS for word in table["self_reference"].get(level) or []
        }
        suffixes = sorted(table["region_suffixes"], key=len, reverse=True)
        self.short_names: dict[str, list[str]] = {}
        for name, regions in self.regions.items():
            if regions[0].level == "province":
                continue
            for suffix in suffixes:
                if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                    self.short_names.setdefault(name[: -len(suffix)], []).append(name)
                    break
        self.region_pattern = _words(list(self.regions))
        self.self_pattern = _words(list(self.self_reference))
        self.zone_suffixes = _words(table["zone_suffixes"])
        stops = sorted(table["name_stops"], key=len, reverse=True)
        self.organisation = regex.compile(
            r"(?:^|(?<=[^\p{Han}A-Za-z()（）]|" + "|".join(map(regex.escape, stops)) + "))"
            r"(?P<name>(?:(?!" + "|".join(map(regex.escape, stops)) + r")[\p{Han}A-Za-z()（）]){1,24}?"
            r"(?:" + "|".join(map(regex.escape, sorted(table["organisation_suffixes"], key=len, reverse=True))) + "))"
        )
        self.alias = regex.compile(table["alias_declaration"])

    def home_region(self, article: Article) -> dict[str, str]:
        """The article's own district, city and province (meta.csv's `region` wins)."""
        text = article.title + "\n" + article.text
        counts: Counter[str] = Counter()
        for found in self.region_pattern.finditer(text):
            counts[found.group()] += 1
        for short, names in self.short_names.items():
            if len(names) == 1 or short in text:
                hits = text.count(short)
                for name in names:
                    if name in counts or len(names) == 1:
                        counts[name] += hits
        levels = Counter(self.self_reference[m.group()] for m in self.self_pattern.finditer(text))
        named_cities = {r.city for name in counts for r in self.regions.get(name, []) if r.level != "district"}
        home: dict[str, str] = {}
        override = article.region
        candidates = [override] if override in self.regions else [n for n, _ in counts.most_common()]
        for name in candidates:
            options = self.regions.get(name, [])
            region = next((r for r in options if r.city in named_cities or r.province in named_cities), None)
            region = region or (options[0] if options else None)
            if region is None:
                continue
            home.setdefault(region.level, region.name)
            if region.city:
                home.setdefault("city", region.city)
            home.setdefault("province", region.province)
        if levels["city"] > levels["district"] and not override:
            home.pop("district", None)
        return home

    def for_article(self, article: Article) -> ArticleSubjects:
        home = self.home_region(article)
        text = article.text
        found: list[Mentioned] = []
        for match in self.self_pattern.finditer(text):
            level = self.self_reference[match.group()]
            subject = home.get(level) or home.get("city") or ""
            found.append(Mentioned(match.start(), match.end(), subject))
        for match in self.region_pattern.finditer(text):
            zone = self.zone_suffixes.match(text, match.end())
            end = zone.end() if zone else match.end()
            found.append(Mentioned(match.start(), end, text[match.start() : end]))
        organisations: list[str] = []
        for match in self.organisation.finditer(text):
            name = match.group("name")
            organisations.append(name)
            found.append(Mentioned(match.start("name"), match.end("name"), name))
        aliases = {}
        for match in self.alias.finditer(text):
            before = [m for m in found if m.end <= match.start() and match.start() - m.end <= 2]
            if before:
                aliases[match.group("alias")] = before[-1].subject
        for alias, full in aliases.items():
            for match in regex.finditer(regex.escape(alias), text):
                found.append(Mentioned(match.start(), match.end(), full))
        found = [Mentioned(m.start, m.end, self._fullest(m.subject, organisations)) for m in found]
        found.sort(key=lambda m: (m.end, m.end - m.start))
        default = home.get("district") or home.get("city") or home.get("province") or ""
        return ArticleSubjects(found, default)

    @staticmethod
    def _fullest(name: str, organisations: list[str]) -> str:
        """`斯太宝公司` → `重庆斯太宝科技有限公司`: the longest name in the article holding its core."""
        core = regex.sub(r"(?:公司|集团)$", "", name)
        if len(core) < 2 or core == name:
            return name
        longer = [org for org in organisations if core in org and len(org) > len(name)]
        return max(longer, key=len) if longer else name


def _words(words: list[str]) -> regex.Pattern[str]:
    return regex.compile("|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)))


@dataclass(frozen=True)
class ArticleSubjects:
    mentioned: list[Mentioned]
    default: str

    def subject(self, context: Context) -> str:
        """The nearest subject named before the figure in its sentence, else the article's region."""
        in_sentence = [
            m for m in self.mentioned if context.sentence_start <= m.start and m.end <= context.start
        ]
        return in_sentence[-1].subject if in_sentence else self.default
