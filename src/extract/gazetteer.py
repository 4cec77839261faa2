"""The gazetteer of Chinese regions (`rules/regions.csv`): full names with
their level, city and province, the short forms they go by (`北碚` for
`北碚区`), and development zones named by a place and a zone suffix."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from extract.spans import longest_first


@dataclass(frozen=True)
class Region:
    name: str
    level: str  # district, city or province
    city: str
    province: str


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str


def words_pattern(words: Iterable[str]) -> regex.Pattern[str]:
    """Any of the words, the longest first."""
    return regex.compile("|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)))


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

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Name]:
        """Each the longest name ending where it ends, overlaps resolved longest first."""
        end = len(text) if end is None else end
        found = []
        for last in self.last.finditer(text, start, end):
            name = self.ending_at(text, last.end(), start)
            if name is not None:
                found.append(name)
        return longest_first(found)

    def ending_at(self, text: str, stop: int, start: int = 0) -> Name | None:
        """The longest name that ends right at `stop` (and begins at `start` or later)."""
        for length in self.lengths.get(text[stop - 1 : stop], ()):
            if stop - length >= start and text[stop - length : stop] in self.names:
                return Name(stop - length, stop, text[stop - length : stop])
        return None


class Gazetteer:
    def __init__(self, regions: dict[str, list[Region]], region_suffixes: list[str], zone_suffixes: list[str]) -> None:
        self.regions = regions
        suffixes = sorted(region_suffixes, key=len, reverse=True)
        self.short_names: dict[str, list[str]] = {}
        for name, options in regions.items():
            if options[0].level == "province":
                continue
            suffix = next((s for s in suffixes if name.endswith(s) and len(name) - len(s) >= 2), None)
            if suffix:
                self.short_names.setdefault(name[: -len(suffix)], []).append(name)
        self.short_of = {name: short for short, names in self.short_names.items() for name in names}
        city_shorts = [
            short for short, names in self.short_names.items() if any(regions[n][0].level != "district" for n in names)
        ]
        provinces = [name[:2] for name, options in regions.items() if options[0].level == "province"]
        self.places = NameIndex([*regions, *city_shorts, *provinces])  # where a name may begin
        self.zone_suffix = words_pattern(zone_suffixes)
        self.zone_places = NameIndex([*regions, *self.short_names])
        # An article's text is searched for its home, then for its subjects: found once.
        self.regions_in = lru_cache(maxsize=2)(NameIndex(regions).find)
        self.zones_in = lru_cache(maxsize=2)(self.zones)

    def zones(self, text: str) -> Counter[str]:
        """Development zones named by a place and a zone suffix: `合肥高新区`, `綦江高新区`."""
        zones: Counter[str] = Counter()
        for suffix in self.zone_suffix.finditer(text):
            place = self.zone_places.ending_at(text, suffix.start())
            if place is not None:
                zones[place.text + suffix.group()] += 1
        return zones
