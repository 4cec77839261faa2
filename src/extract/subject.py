"""Whom a figure is about (ANNOTATION §6); the order of the rules is told at
the top of `rules/subjects.yaml`.

Candidates are found once per article: self-references (`我区`), regions of
the gazetteer, organisation names (runs of jieba words ending in a suffix
such as `有限公司`), declared aliases, and words pointing back (`该公司`).
"""

from __future__ import annotations

import bisect
import csv
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import regex

from extract.context import Context, longest_first
from extract.read import Article
from extract.rules import Rules, compile_pattern, default_rules_dir
from extract.segment import cut

NAME_TOKEN = regex.compile(r"^[\p{Han}A-Za-z()（）“”]+$")
QUOTES = regex.compile(r"[“”\"]")
# Name characters and those jieba may join to them in a word: a name's run of words stays inside such a stretch.
NAME_STRETCH = r"[\p{Han}A-Za-z0-9()（）“”+#&._%\-]*"
STRETCH_AFTER = regex.compile(NAME_STRETCH)
STRETCH_BEFORE = regex.compile(NAME_STRETCH, flags=regex.REVERSE)
QUOTE_SPEAKER_REACH = 12
SUFFIX_CONTEXT = 2  # characters past an organisation suffix that jieba reads with it  # `“...”霏洋环保董事长刘必衍说`: the speaker follows the quotation


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
class Candidate:
    start: int
    end: int
    subject: str
    kind: str  # self, region, organisation, alias, anaphora, joint
    proper: bool = True
    blocked: bool = False


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str


class NameIndex:
    """The names of a large set (the gazetteer's 3,000 regions) found in a text:
    looked up by their last character, far faster than one alternation."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(names)
        lengths: dict[str, set[int]] = {}
        for name in self.names:
            lengths.setdefault(name[-1], set()).add(len(name))
        self.lengths = {last: sorted(found, reverse=True) for last, found in lengths.items()}
        self.last = regex.compile("[" + regex.escape("".join(self.lengths)) + "]")

    def find(self, text: str, start: int = 0, end: int | None = None, overlapping: bool = False) -> list[Name]:
        """Each the longest name ending where it ends; overlaps resolved longest first unless asked for."""
        end = len(text) if end is None else end
        found = []
        for last in self.last.finditer(text, start, end):
            name = self.ending_at(text, last.end(), start)
            if name is not None:
                found.append(name)
        return found if overlapping else longest_first(found)

    def ending_at(self, text: str, stop: int, start: int = 0) -> Name | None:
        """The longest name that ends right at `stop` (and begins at `start` or later)."""
        for length in self.lengths.get(text[stop - 1 : stop], ()):
            if stop - length >= start and text[stop - length : stop] in self.names:
                return Name(stop - length, stop, text[stop - length : stop])
        return None


def _words(words: list[str]) -> regex.Pattern[str]:
    return regex.compile("|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)))


class Subjects:
    def __init__(self, rules: Rules) -> None:
        table = rules.raw["subjects"]
        self.regions = read_regions(default_rules_dir() / "regions.csv")
        self.self_reference: dict[str, str] = {str(k): str(v) for k, v in table["self_reference"].items()}
        suffixes = sorted(table["region_suffixes"], key=len, reverse=True)
        self.short_names: dict[str, list[str]] = {}
        for name, regions in self.regions.items():
            if regions[0].level == "province":
                continue
            suffix = next((s for s in suffixes if name.endswith(s) and len(name) - len(s) >= 2), None)
            if suffix:
                self.short_names.setdefault(name[: -len(suffix)], []).append(name)
        self.short_of = {name: short for short, names in self.short_names.items() for name in names}
        self.region_names = NameIndex(self.regions)
        # An article's text is searched for its home, then for its subjects: found once.
        self.regions_in = lru_cache(maxsize=2)(self.region_names.find)
        self.zones_in = lru_cache(maxsize=2)(self.zones)
        city_shorts = [short for short, names in self.short_names.items() if any(self.regions[n][0].level != "district" for n in names)]
        provinces = [name[:2] for name, regions in self.regions.items() if regions[0].level == "province"]
        self.places = NameIndex([*self.regions, *city_shorts, *provinces])
        self.self_pattern = _words(list(self.self_reference))
        self.zone_suffixes = _words(table["zone_suffixes"])
        self.zone_places = NameIndex([*self.regions, *self.short_names])
        self.organisation_suffixes = tuple(table["organisation_suffixes"])
        self.organisation_suffix = _words(table["organisation_suffixes"])
        self.name_stops = frozenset(table["name_stops"]) | frozenset(self.self_reference)
        self.generic = _words(table["generic_name_words"])
        self.not_before = compile_pattern(table["not_subject_before"], "subjects.yaml/not_subject_before")
        self.not_after = compile_pattern(table["not_subject_after"], "subjects.yaml/not_subject_after")
        self.average_after = compile_pattern(table["average_after"], "subjects.yaml/average_after")
        self.together = compile_pattern(table["together"], "subjects.yaml/together")
        self.owner_after = compile_pattern(table["owner_after"], "subjects.yaml/owner_after")
        self.alias = compile_pattern(table["alias_declaration"], "subjects.yaml/alias_declaration")
        self.anaphora = [
            (compile_pattern(a["pattern"], f"subjects.yaml/{a['name']}"), a.get("refers_to", ""), tuple(a.get("endings", ())))
            for a in table["anaphora"]
        ]

    def home_region(self, article: Article) -> dict[str, str]:
        """The article's own district, city and province (meta.csv's `region` wins)."""
        texts = (article.title, article.text)
        counts = Counter(name.text for text in texts for name in self.regions_in(text))
        # Short forms count only for regions also named in full (`北碚` beside
        # `北碚区`): alone, many are ordinary words (`新建`, `城关`).
        shorts = Counter({s: sum(t.count(s) for t in texts) for n in counts for s in [self.short_of.get(n)] if s})
        for short in shorts:
            names = self.short_names[short]
            alone = shorts[short] - sum(counts[name] for name in names)
            known = [name for name in names if name in counts]
            if alone > 0 and (len(names) == 1 or len(known) == 1):
                counts[known[0] if known else names[0]] += alone
        levels = Counter(
            level
            for text in texts
            for m in self.self_pattern.finditer(text)
            for level in self.self_reference[m.group()].split(";")
        )
        named_cities = {name for name in counts for r in self.regions[name] if r.level != "district"}
        zones = self.zones_in(article.title) + self.zones_in(article.text)
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
        # A development zone named more often than any district is the article's own `区`.
        zone, zone_count = zones.most_common(1)[0] if zones else ("", 0)
        if zone_count > max((counts[name] for name in counts if self.regions[name][0].level == "district"), default=0):
            if levels["district"] >= levels["city"] and not override:
                home["district"] = zone
                place = self.zone_suffixes.sub("", zone)
                for name in [place, *self.short_names.get(place, [])]:
                    for region in self.regions.get(name, [])[:1]:
                        home.setdefault("city", region.city or region.name)
                        home.setdefault("province", region.province)
        return home

    def zones(self, text: str) -> Counter[str]:
        """Development zones named by a place and a zone suffix: `合肥高新区`, `綦江高新区`."""
        zones: Counter[str] = Counter()
        for suffix in self.zone_suffixes.finditer(text):
            place = self.zone_places.ending_at(text, suffix.start())
            if place is not None:
                zones[place.text + suffix.group()] += 1
        return zones

    def is_proper(self, name: str) -> bool:
        """A name is proper when something beyond generic words is left of it."""
        return len(self.generic.sub("", QUOTES.sub("", name))) >= 2

    @lru_cache(maxsize=100_000)  # noqa: B019 - one Subjects per run; words repeat
    def _is_name_word(self, word: str) -> bool:
        return bool(NAME_TOKEN.match(word)) and word not in self.name_stops

    def organisations(self, text: str) -> list[Candidate]:
        """Runs of name words that end in an organisation suffix: only the stretches
        of name characters around a suffix are segmented."""
        found: list[Candidate] = []
        searched_to = 0
        for suffix in self.organisation_suffix.finditer(text):
            if suffix.start() < searched_to:
                continue
            start = STRETCH_BEFORE.match(text, 0, suffix.start()).start()
            searched_to = STRETCH_AFTER.match(text, suffix.end()).end()
            last = max(s.end() for s in self.organisation_suffix.finditer(text, suffix.start(), searched_to))
            # A name ends at a suffix; a little past the last one keeps `大学生`, `基金会` one word.
            found += self._runs(text, start, cut(text[start : min(searched_to, last + SUFFIX_CONTEXT)]))
        return found

    def _runs(self, text: str, at: int, words: list[str]) -> list[Candidate]:
        """The organisations among `words`, which begin at `at` in `text`."""
        found: list[Candidate] = []
        run: list[tuple[int, int]] = []

        def flush() -> None:
            if not run:
                return
            ends = [i for i, (s, e) in enumerate(run) if text[s:e].endswith(self.organisation_suffixes)]
            if ends:
                start, end = run[0][0], run[ends[-1]][1]
                start = self._name_start(text, start, end)
                name = text[start:end]
                found.append(Candidate(start, end, QUOTES.sub("", name), "organisation", self.is_proper(name)))
            run.clear()

        for word in words:
            if self._is_name_word(word):
                run.append((at, at + len(word)))
            else:
                flush()
            at += len(word)
        flush()
        return found

    def _name_start(self, text: str, start: int, end: int) -> int:
        """Where a name begins: past opening marks, and past generic words before
        a place name (`高新技术企业重庆润际远...` → `重庆润际远...`)."""
        while start < end and text[start] in "()（）“”":
            start += 1
        places = self.places.find(text, start, end)
        if places and places[0].start > start and not self.is_proper(text[start : places[0].start]):
            return places[0].start
        return start

    def for_article(self, article: Article, home: dict[str, str] | None = None) -> ArticleSubjects:
        home = home if home is not None else self.home_region(article)
        text = article.text
        found: list[Candidate] = []
        for match in self.self_pattern.finditer(text):
            levels = self.self_reference[match.group()].split(";")
            subject = ";".join(home.get(level) or home.get("city") or "" for level in levels)
            found.append(Candidate(match.start(), match.end(), subject, "self"))
        for name in self.regions_in(text):
            zone = self.zone_suffixes.match(text, name.end)
            end = zone.end() if zone else name.end
            found.append(Candidate(name.start, end, text[name.start : end], "region"))
        for zone in self.zones_in(text):
            for match in regex.finditer(regex.escape(zone), text):
                found.append(Candidate(match.start(), match.end(), zone, "region"))
        if "district" in home:
            short = self.short_of.get(home["district"])
            for match in regex.finditer(regex.escape(short), text) if short else ():
                zone = self.zone_suffixes.match(text, match.end())
                subject = short + zone.group() if zone else home["district"]
                found.append(Candidate(match.start(), zone.end() if zone else match.end(), subject, "region"))
        organisations = [c for c in self.organisations(text) if c.proper]
        found += organisations
        fullest = {o.subject: self._fullest(o.subject, organisations) for o in organisations}
        found = [
            self._with_blocking(c, text, fullest[c.subject] if c.kind == "organisation" else None)
            for c in longest_first(found)
        ]
        found = self._join_partners(found, text)
        default = home.get("district") or home.get("city") or home.get("province") or ""
        subjects = ArticleSubjects(text, found, default, self.owner_after, self.average_after)
        for match in self.alias.finditer(text):
            named = [c for c in organisations if c.end <= match.start() and match.start() - c.end <= 1]
            full = named[-1].subject if named else subjects.named_before(match.start())
            if not full:
                continue
            for use in regex.finditer(regex.escape(match.group("alias")), text):
                if not match.start() <= use.start() < match.end():
                    found.append(self._with_blocking(Candidate(use.start(), use.end(), full, "alias"), text))
        found = self._resolve_anaphora(longest_first(found), text)
        return replace(subjects, candidates=found)

    def _resolve_anaphora(self, found: list[Candidate], text: str) -> list[Candidate]:
        pointers = sorted(
            (match.start(), match.end(), refers_to, endings)
            for pattern, refers_to, endings in self.anaphora
            for match in pattern.finditer(text)
        )
        resolved = list(found)
        for start, end, refers_to, endings in pointers:
            if any(c.start <= start < c.end for c in found):
                continue
            before = [
                c
                for c in resolved
                if c.end <= start
                and c.proper
                and (c.kind == "joint" if refers_to == "joint" else c.subject.endswith(endings))
            ]
            if before:
                antecedent = max(before, key=lambda c: c.end)
                resolved.append(self._with_blocking(Candidate(start, end, antecedent.subject, "anaphora"), text))
        return sorted(resolved, key=lambda c: c.start)

    def _with_blocking(self, c: Candidate, text: str, subject: str | None = None) -> Candidate:
        """The candidate (named `subject` if given), blocked where the words around it make it no subject."""
        left = text[max(0, c.start - 30) : c.start]
        right = text[c.end : c.end + 6]
        blocked = bool(self.not_before.search(left) or self.not_after.search(right))
        return Candidate(c.start, c.end, c.subject if subject is None else subject, c.kind, c.proper, blocked)

    def _join_partners(self, found: list[Candidate], text: str) -> list[Candidate]:
        """`A与B共同...`: B acts with A, the subject before it in its sentence."""
        joined = list(found)
        for index, partner in enumerate(found):
            left = text[max(0, partner.start - 1) : partner.start]
            if left not in ("与", "和", "同") or not self.together.match(text, partner.end):
                continue
            sentence_start = max(text.rfind(mark, 0, partner.start) for mark in "。！？\n") + 1
            leaders = [c for c in found[:index] if c.start >= sentence_start and not c.blocked and c.proper]
            if leaders:
                leader = leaders[-1]
                parties = list(dict.fromkeys(leader.subject.split(";") + partner.subject.split(";")))
                joined.append(Candidate(leader.start, partner.end, ";".join(parties), "joint"))
        return sorted(joined, key=lambda c: (c.start, c.end))

    @staticmethod
    def _fullest(name: str, organisations: list[Candidate]) -> str:
        """The fullest form of a name in the article: `自动化学院` → `重庆邮电大学自动化学院`;
        a company by its core: `斯太宝公司` → `重庆斯太宝科技有限公司`."""
        core = regex.sub(r"(?:公司|集团)$", "", name)
        longer = [
            o.subject
            for o in organisations
            if len(o.subject) > len(name) and (name in o.subject or (len(core) >= 2 and core in o.subject))
        ]
        return max(longer, key=len) if longer else name


@dataclass
class ArticleSubjects:
    text: str
    candidates: list[Candidate]  # in order of start
    default: str
    owner_after: regex.Pattern[str]
    average_after: regex.Pattern[str]

    def __post_init__(self) -> None:
        self.starts = [c.start for c in self.candidates]
        self.longest = max((c.end - c.start for c in self.candidates), default=0)

    def _starting(self, start: int, end: int) -> list[Candidate]:
        """The candidates that start in `start:end`."""
        return self.candidates[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]

    def named_before(self, position: int, sentence_start: int | None = None) -> str:
        """The subject named last before `position` in its sentence ('' if none)."""
        if sentence_start is None:
            sentence_start = max(self.text.rfind(mark, 0, position) for mark in "。！？\n") + 1
        before = [c for c in self._starting(sentence_start, position) if not c.blocked and c.proper and c.end <= position]
        if not before:
            return ""
        latest = before[-1]
        joint = [c for c in before if c.kind == "joint" and c.end >= latest.start]
        return joint[-1].subject if joint else latest.subject

    def subject(self, context: Context) -> str:
        text = context.text
        owner = self.owner_after.match(text, context.end)
        if owner:
            named = [c for c in self._starting(owner.end(), owner.end() + 2) if c.proper]
            if named and named[0].kind == "organisation":
                return named[0].subject
        for c in self._starting(context.sentence_start - self.longest, context.start + 1):
            if context.sentence_start <= c.end <= context.start and self.average_after.match(text[c.end : context.start]):
                return c.subject
        before = self.named_before(context.start, context.sentence_start)
        if before:
            return before
        reach = context.sentence_end
        if text[context.sentence_start : context.sentence_start + 1] == "“":
            closing = text.find("”", context.start)
            reach = max(reach, min(closing + QUOTE_SPEAKER_REACH, len(text))) if closing != -1 else reach
        after = [c for c in self._starting(context.end, reach) if not c.blocked and c.proper and c.end <= reach]
        return after[0].subject if after else self.default
