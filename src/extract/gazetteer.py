"""The gazetteer of Chinese regions (`rules/regions.csv`): full names with
their level, city and province (and other countries, of the level `foreign`),
the short forms they go by (`章贡` for `章贡区`), and development zones named
by a place and a zone suffix."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from extract.sections import FOREIGN
from extract.segment import cut, word_frequency, word_tag
from extract.spans import longest_first, occurrences

NAME_CHARACTER = regex.compile(r"[\p{Han}A-Za-z0-9]")
CROSSING = 2  # how far a word that crosses a name's edge may reach beyond it
PLACE_BEFORE = 2  # how far before a name a place's name it begins inside may begin (`宜丰` of `宜丰城市`)
PLACE_TAG = "ns"  # jieba's part of speech of place names
NOUN_TAGS = frozenset({"n", "nz", PLACE_TAG})
SHORT_NAME = 2  # the fewest characters of a short name
JOINED_NAME = 2  # the length of a name that may open with a joining word (`和县`)
JOINED_NOUN = 4  # the longest word looked for before it
JOINED_NOUN_TAGS = frozenset({"n", "nt", "nz", "ng", "vn", "j"})  # nouns that name no place
CITY_OR_COUNTY = frozenset({"city", "district"})  # the levels a zone named with its trade is of
# the lengths of the noun between a zone's place and its suffix (`稀土` of `包头稀土高新区`), longest first
TRADE_WORDS = (3, 2)
TOWN_SUFFIX_CONTEXT = 4  # characters after a short name cut to see whether a town's suffix opens them
PLACE_WORD_LONGEST = 4  # the longest place word read before a zone suffix (`松山湖`)
# The country's pilot zones name their region in brackets after the country's name.
BRACKETED_PLACE_LONGEST = 12
AREA_NAME_LONGEST = 6  # the longest own name of a pilot zone's area (`前海蛇口` of `...自贸试验区前海蛇口片区`)
BRACKETED_PLACE = regex.compile(rf"[(（](\p{{Han}}{{2,{BRACKETED_PLACE_LONGEST}}})[)）]$")


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


def crossed(text: str, name: Name, holding_only: bool = False) -> bool:
    """Whether a word of the dictionary runs over the name's start or end: one that holds
    the name (`金佛山`) but for a longer name of the place (`香港特区`), or (but `holding_only`)
    one more common than the name that runs over one edge (`以上海外`; not `门上` of `澳门上月`)."""
    frequency = word_frequency(name.text)
    for edge in (name.start, name.end):
        for start in range(max(0, edge - CROSSING), edge):
            for end in range(edge + 1, min(len(text), edge + CROSSING) + 1):
                tag = word_tag(text[start:end]) if start < name.start or end > name.end else None
                if tag is None or (start == name.start and tag == PLACE_TAG):
                    continue
                holds = start <= name.start and end >= name.end
                if holds or (not holding_only and word_frequency(text[start:end]) > frequency):
                    return True
    return False


def _word_ends_at(text: str, start: int, end: int) -> bool:
    """Whether jieba, cutting the text from `start`, ends a word at `end`."""
    at = start
    for word in cut(text[start : end + CROSSING]):
        at += len(word)
        if at >= end:
            return at == end
    return False


def _between_words(text: str, name: Name) -> bool:
    """Whether a name of two characters is the end of one word and the start of the next
    (`其中/国家级` holds no `中国`): a word of the dictionary runs over each of its edges."""
    if len(name.text) > CROSSING:
        return False
    over_start = word_tag(text[max(0, name.start - 1) : name.start + 1]) is not None
    over_end = any(word_tag(text[name.end - 1 : name.end + length]) is not None for length in (1, 2))
    return name.start > 0 and over_start and over_end


@dataclass(frozen=True)
class Suffixes:
    """How region names end: plain suffixes (`区`, `省`), and autonomy suffixes with the
    peoples written before them (`布依族苗族自治州`); and development zones (`高新区`)."""

    region: list[str]
    autonomy: list[str]
    peoples: list[str]
    zone: list[str]
    region_only: list[str]  # zone suffixes agreements are named with too (`中日韩自贸区`): after a region only
    any_zone: list[str]  # zone suffixes that name any kind of zone (`开发区` for `经开区`, `高新区`)
    zone_ranks: list[str]  # words of a zone's rank or class, not its trade (`市级`, `国家级`, `重点`)
    pilot_zones: list[str]  # zone suffixes whose areas take any name after the zone's (`...自由贸易试验区星澜港片区`)
    area_suffixes: list[str]  # the suffixes of those areas (`片区`)
    area_class_characters: list[str]  # what no area's own name holds: numerals, counters, class words
    zone_places: list[str]  # names no region has that make zones (`雄安` of `雄安新区`)


class Gazetteer:
    def __init__(
        self,
        regions: dict[str, list[Region]],
        suffixes: Suffixes,
        ordinary_words: frozenset[str],
        full_names_as_words: frozenset[str],
        township_suffixes: tuple[str, ...],
        street_suffixes: tuple[str, ...],
        levels_after_towns: tuple[str, ...],
        village_suffixes: tuple[str, ...],
        joining_openings: frozenset[str],
        currencies: tuple[str, ...],
    ) -> None:
        self.regions = regions
        self.ordinary_words = ordinary_words  # district short names that are words of the language first (`新建`)
        self.full_names_as_words = full_names_as_words  # full names that are common nouns first (`矿区`)
        self.township_suffixes = township_suffixes  # what a town's name ends in (`街道` of `玉林街道`)
        self.township_suffix = words_pattern(township_suffixes)
        self.street_suffixes = street_suffixes  # what a street's or a train's name ends in (`路` of `中山路`)
        self.town_or_street_suffixes = township_suffixes + street_suffixes
        self.levels_after_towns = levels_after_towns  # what makes a town's suffix a level (`镇、村两级`)
        self.locality_suffix = words_pattern([*township_suffixes, *village_suffixes])  # and a village's (`村`)
        self.joining_openings = joining_openings  # what joins two nouns and may open a name (`和` of `和县`)
        self.currencies = currencies  # names of money, some holding a place's (`澳门元`), which they do not name
        self.region_suffixes = tuple(suffixes.region)
        self.country = next((name for name, options in regions.items() if options[0].level == "country"), "")
        autonomous = f"(?:{words_pattern(suffixes.peoples).pattern})*(?:{words_pattern(suffixes.autonomy).pattern})"
        ending = regex.compile(f"(?:{autonomous}|{words_pattern(suffixes.region).pattern})$")
        self.short_names: dict[str, list[str]] = {}  # a short name → the regions it may name
        self.short_of: dict[str, str] = {}  # a region → its short name
        self.suffixed: set[str] = set()  # short names that keep a suffix's last character
        for name in regions:
            found = ending.search(name)
            if found is not None and found.start() < SHORT_NAME and found.group() not in suffixes.region:
                found = ending.search(name, SHORT_NAME)  # `内蒙古自治区`, though `蒙古` is a people too
            if found is None or found.start() < SHORT_NAME or name[: found.start()] in suffixes.peoples:
                continue  # not `东乡族` of `东乡族自治县`: a people's name
            short = name[: found.start()]
            self.short_of[name] = short
            self.short_names.setdefault(short, []).append(name)
            if found.group() not in suffixes.region:  # `黔南州` for `黔南布依族苗族自治州`
                self.short_names.setdefault(short + found.group()[-1], []).append(name)
                self.suffixed.add(short + found.group()[-1])
        # Names no word runs over: full ones, and `黔南州` (`州政府` is a word, but no name ends in `州`).
        self.whole_names = set(regions) | self.suffixed
        self.places = NameIndex([*regions, *self.short_names])  # where a name may begin
        wide = [short for short, names in self.short_names.items() if any(self.level(n) != "district" for n in names)]
        # full names, the short ones of cities and provinces, and those keeping a suffix (`积石山县`)
        self.wide_names = NameIndex([*regions, *wide, *self.suffixed])
        self.province_short_names = frozenset(
            short for short, names in self.short_names.items() if all(self.level(n) == "province" for n in names)
        )
        self.zone_suffix = words_pattern(suffixes.zone)
        self.region_only_zones = frozenset(suffixes.region_only)
        self.any_zones = frozenset(suffixes.any_zone)
        self.zone_ranks = frozenset(suffixes.zone_ranks)
        self.zone_areas = frozenset(suffixes.area_suffixes)
        # how far back an area's name and the pilot zone's suffix before it may start
        self.area_reach = AREA_NAME_LONGEST + max(map(len, suffixes.pilot_zones), default=0)
        pilots = "|".join(map(regex.escape, sorted(suffixes.pilot_zones, key=len, reverse=True)))
        # a name, not a count or a class of the zone's areas (`三个片区`, `的各片区`, `下辖片区`)
        area_name = (
            rf"(?:(?![{''.join(map(regex.escape, suffixes.area_class_characters))}])\p{{Han}}){{2,{AREA_NAME_LONGEST}}}"
        )
        self.area_after_a_pilot_zone = regex.compile(rf"(?:{pilots})({area_name})$")
        self.zone_by_any_name = regex.compile(rf"{area_name}(?:{self.zone_suffix.pattern})")
        # ours: `中国(东盟)自由贸易试验区`, `东盟自贸区` are agreements with other countries, not zones
        ours = [name for name, options in regions.items() if options[0].level != FOREIGN]
        self.zone_places = NameIndex([*ours, *self.short_names, *suffixes.zone_places])
        self.short_index = NameIndex(self.short_names)  # short names found in a text
        # An article's text and title are searched for their zones again and again (its organisations,
        # its frame, its subjects): found once.
        self.zones_in = lru_cache(maxsize=4)(self.zones)
        # ... and its regions' names, in the frame and then in attribution: the text, the title alone
        # and with the text's names, and an empty title
        self.names_in = lru_cache(maxsize=5)(self._names_in)

    def regions_in(self, text: str) -> list[Name]:
        """The regions a text names in full."""
        return [name for name in self.names_in(text) if name.text in self.regions]

    def _names_in(self, text: str, named_elsewhere: frozenset[str] = frozenset()) -> list[Name]:
        """The regions' full names in a text, and their short names where they are words of
        their own, which no word of the dictionary crosses (`以上海外` holds no `上海`): those of
        cities and provinces, and those of the districts the text names in full, or the one it goes
        with does (a title's article: `named_elsewhere`), but for ordinary words and the names of
        money (`澳门元`)."""
        found = self.wide_names.find(text)
        in_full = [n.text for n in found if n.text in self.regions] + list(named_elsewhere)
        districts = {self.short_of.get(name) for name in in_full if self.level(name) == "district"}
        for short in sorted(filter(None, districts - self.ordinary_words)):
            found += [Name(start, start + len(short), short) for start in occurrences(short, text)]
        found = longest_first(found)
        return [
            name
            for name in found
            if not _between_words(text, name)
            and not self._crossed(text, name)
            and not self._joining(text, name)
            and not self._common_noun(text, name)
            and not self._names_a_town_or_street(text, name)
            and not text.startswith(self.currencies, name.start)
        ]

    def district_short_names(self, text: str) -> list[Name]:
        """Short names of districts that name one district only (`鹿邑` of `鹿邑县`), but ordinary
        words, where no word crosses them: read where an article speaks as a district it never
        names in full."""
        return [
            name
            for name in self.short_index.find(text)
            if len(options := self.short_names[name.text]) == 1
            and self.level(options[0]) == "district"
            and name.text not in self.ordinary_words
            and not _between_words(text, name)
            and not self._crossed(text, name)
            and not self._names_a_town_or_street(text, name)
        ]

    def _common_noun(self, text: str, name: Name) -> bool:
        """Whether a full name that is a common noun first (`矿区`) is written other than right after
        its city's name, full or short (`阳泉市矿区`, `铜陵郊区`)."""
        if name.text not in self.full_names_as_words:
            return False
        cities = {region.city for region in self.regions[name.text]}
        return not any(text.endswith((city, self.short_of.get(city, city)), 0, name.start) for city in cities)

    def _names_a_town_or_street(self, text: str, name: Name) -> bool:
        """Whether a short name is the name of a town, a street or a train it opens (`玉林街道`, `中山路`,
        `湖南号`, not `玉林市`), its suffix a word of its own there (not `江西乡村`, `湖南路桥`) that names no level
        of government."""
        if name.text in self.whole_names or not text.startswith(self.town_or_street_suffixes, name.end):
            return False
        suffix = cut(text[name.end : name.end + TOWN_SUFFIX_CONTEXT])[0]
        # not a level of government (`浙江镇、村两级干部`, `温州镇一级财政`)
        return suffix in self.street_suffixes or (
            suffix in self.township_suffixes and not text.startswith(self.levels_after_towns, name.end + len(suffix))
        )

    def _joining(self, text: str, name: Name) -> bool:
        """Whether a name of two characters opens with a word that joins two nouns, the longest word
        ending right before it being a noun that names no place (`县统计局和县农业农村局`; not
        `安徽和县`, `记者从和县获悉`)."""
        if len(name.text) != JOINED_NAME or name.text[0] not in self.joining_openings:
            return False
        for length in range(JOINED_NOUN, 0, -1):
            tag = word_tag(text[max(0, name.start - length) : name.start]) if name.start >= length else None
            if tag is not None:
                return tag in JOINED_NOUN_TAGS
        return False

    def _crossed(self, text: str, name: Name) -> bool:
        """Whether a word crosses the name: a name written whole, its suffix too, only where a word
        holds one of two characters (`示范县` holds `范县`; `县城` of `滑县城关镇` does not) or where
        it begins inside a place's name written before it."""
        if name.text not in self.whole_names:
            return crossed(text, name)
        return (len(name.text) <= CROSSING and crossed(text, name, holding_only=True)) or self._opened_inside(
            text, name
        )

    def _opened_inside(self, text: str, name: Name) -> bool:
        """Whether the name begins inside a place's name written before it as a word of its own
        (jieba ends a word where that name ends), one not begun inside a name itself: the name read
        first is the one written (`宜丰/城市` names `宜丰`, not `丰城市`; not `从/江阴市`, whose
        `从江` is no word, nor `赣州市/南康区`, whose `市南` begins inside `赣州市`)."""
        earliest = max(0, name.start - PLACE_BEFORE)
        for inside in range(name.start + 1, name.end):
            place = self.places.ending_at(text, inside, earliest)
            if (
                place is not None
                and place.start < name.start
                and _word_ends_at(text, place.start, place.end)
                and not self._opened_inside(text, place)
            ):
                return True
        return False

    def resolve(self, name: str, named: set[str]) -> str | None:
        """The region a name found in a text stands for: itself, or for a short name the one
        region named in full (`named`) that it may stand for, else the one city or province.
        A city and its county of one name both named in full, the short name is the city's: the
        county keeps its suffix to be told apart (`衡阳` of `衡阳市`, not of `衡阳县`)."""
        if name in self.regions:
            return name
        options = self.short_names[name]
        among_named = [option for option in options if option in named]
        wide = [option for option in options if self.level(option) != "district"]
        cities = [option for option in among_named if self.level(option) == "city"]
        in_the_city = (any(region.city == cities[0] for region in self.regions[option]) for option in among_named)
        if len(cities) == 1 and all(in_the_city):
            return cities[0]
        if len(among_named) == 1:
            return among_named[0]
        return wide[0] if not among_named and len(wide) == 1 else None

    def names_a_zone(self, written: str) -> bool:
        """Whether `written` is, all of it, a zone's name by a place of any name (`星河经济开发区`), not a
        class of zones (`各经济开发区`): as a table column's header writes one."""
        return self.zone_by_any_name.fullmatch(written) is not None

    def level(self, name: str) -> str:
        return self.regions[name][0].level

    def bare_zones(self, text: str, stops: frozenset[str]) -> list[Name]:
        """Zone suffixes written alone (`高新区拥有...`, `...了高新区`): the article's own zone.
        Alone means after no place and no character of a name but a word of `stops`."""
        return [
            Name(suffix.start(), suffix.end(), suffix.group())
            for suffix in self.zone_suffix.finditer(text)
            if self.alone(text, suffix.start(), stops)
        ]

    def zones_written(self, text: str) -> list[tuple[int, str]]:
        """Where each zone `zones_in` finds is written, in order."""
        return sorted((start, zone) for zone in self.zones_in(text) for start in occurrences(zone, text))

    def zones_named_again(self, text: str) -> list[Name]:
        """The suffixes a region's name alone makes a zone of, written alone after no character of
        a word (`。片区还新引进...`): the zone of that suffix named last before in the paragraph
        (`南宁片区`), else the one the text named before; `各片区`, `三个片区` name none."""
        named = self.zones_written(text)
        ends = {start + len(zone) for start, zone in named}
        found = []
        for suffix in self.zone_suffix.finditer(text):
            if (
                suffix.group() not in self.region_only_zones
                or suffix.end() in ends
                or not self.alone(text, suffix.start())
            ):
                continue
            paragraph = text.rfind("\n", 0, suffix.start()) + 1
            before = named[: bisect.bisect_left(named, (suffix.start(), ""))]
            last = [
                (start, zone)
                for start, zone in before
                if start + len(zone) <= suffix.start() and zone.endswith(suffix.group())
            ]
            # the paragraph's, else the one zone of that suffix the text named before, where the paragraph
            # names no region before it (`南宁市推进城市更新,片区开发面积…`: any area of the city)
            in_paragraph = [zone for start, zone in last if start >= paragraph]
            if in_paragraph:
                found.append(Name(suffix.start(), suffix.end(), in_paragraph[-1]))
                continue
            named_before = {zone for _, zone in last}
            if len(named_before) == 1 and not any(
                name.text in self.regions for name in self.wide_names.find(text, paragraph, suffix.start())
            ):
                found.append(Name(suffix.start(), suffix.end(), named_before.pop()))
        return found

    def alone(self, text: str, at: int, stops: frozenset[str] = frozenset()) -> bool:
        """Whether a zone suffix at `at` follows no place and no character of a name but a word of `stops`."""
        before = text[at - 1] if at > 0 else ""
        return self.zone_places.ending_at(text, at) is None and (not NAME_CHARACTER.match(before) or before in stops)

    def zones(self, text: str) -> Counter[str]:
        """Development zones named by a place and a zone suffix: `合肥高新区`, `吉安高新区`, and by a
        place the dictionary knows that is no region (`松山湖高新区`, `漕河泾开发区`); not the country's."""
        zones: Counter[str] = Counter()
        for suffix in self.zone_suffix.finditer(text):
            place = self.zone_places.ending_at(text, suffix.start()) or self._country_and_place(text, suffix.start())
            if place is None and suffix.group() in self.zone_areas:
                place = self._area_of_a_pilot_zone(text, suffix.start())
            if suffix.group() not in self.region_only_zones:
                # a city's name before a county's makes the zone's name (`郑州新郑综保区`), as before a trade
                with_trade = self._place_and_trade(text, suffix.start())
                if place is None:
                    place = self.place_word_before(text, suffix.start()) or with_trade
                elif with_trade is not None and with_trade.start < place.start:
                    place = with_trade
            if (
                place is not None
                and place.text != self.country
                and not self._speaks_of_its_zones(place.text, suffix.group())
            ):
                zones[place.text + suffix.group()] += 1
        return zones

    def _area_of_a_pilot_zone(self, text: str, at: int) -> Name | None:
        """The own name of a pilot zone's area written right after the zone, ending at `at` (`星澜港`
        of `中国(福建)自由贸易试验区星澜港片区`): any name, not a region's only."""
        found = self.area_after_a_pilot_zone.search(text, max(0, at - self.area_reach), at)
        return Name(found.start(1), at, found.group(1)) if found else None

    def _country_and_place(self, text: str, at: int) -> Name | None:
        """The country and a region in brackets ending at `at` (`中国(广西)` of `中国(广西)自由贸易试验区`)."""
        bracketed = BRACKETED_PLACE.search(text, max(0, at - BRACKETED_PLACE_LONGEST - 2), at)  # and its brackets
        if bracketed is None or bracketed.group(1) not in self.zone_places.names:
            return None
        start = bracketed.start() - len(self.country)
        return Name(start, at, text[start:at]) if start >= 0 and text.startswith(self.country, start) else None

    def zone_name_after(self, text: str, place: Name) -> str:
        """What follows a place to make it a zone's name: a zone suffix (`高新区` of `合肥高新区`),
        or, after a city or a county, the noun of the zone's trade and a suffix (`稀土高新区`)."""
        suffix = self.zone_suffix.match(text, place.end)
        if suffix:
            return "" if self._speaks_of_its_zones(place.text, suffix.group()) else suffix.group()
        if not self._of_a_city_or_county(place.text):
            return ""
        for length in TRADE_WORDS:
            trade = text[place.end : place.end + length]
            suffix = self.zone_suffix.match(text, place.end + length) if self._is_trade(trade) else None
            if suffix:
                return trade + suffix.group()
        return ""

    def _place_and_trade(self, text: str, at: int) -> Name | None:
        """A place and the noun of what its zone is for, ending at `at` (`包头稀土` of `包头稀土高新区`,
        `宝鸡航空港` of `宝鸡航空港经济综合实验区`)."""
        for length in TRADE_WORDS:
            trade = text[max(0, at - length) : at]
            place = self.zone_places.ending_at(text, at - length) if self._is_trade(trade) else None
            if place is not None and self._of_a_city_or_county(place.text):
                return Name(place.start, at, place.text + trade)
        return None

    def _speaks_of_its_zones(self, place: str, suffix: str) -> bool:
        """Whether a place before a zone suffix speaks of all the zones of that kind it holds, not
        one: a province, not a city too (`浙江高新区`: the province's high-tech zones; its pilot zone
        is its own), and a city or a province by its full name before the suffix of any zone
        (`宝鸡市开发区`; `大连开发区`, and a county's `平利县开发区`, are one each)."""
        regions = self.regions_of_place(place)
        only_a_province = bool(regions) and all(region.level == "province" and not region.city for region in regions)
        in_full = place in self.regions and suffix in self.any_zones and self.level(place) != "district"
        return (only_a_province and suffix not in self.region_only_zones) or in_full

    def _of_a_city_or_county(self, place: str) -> bool:
        """Whether a place names a city or a county (in full or short), not only a province."""
        return any(region.level in CITY_OR_COUNTY for region in self.regions_of_place(place))

    def regions_of_place(self, place: str) -> list[Region]:
        """The regions a place's name may name, in full or short."""
        return self.regions.get(place) or [r for name in self.short_names.get(place, []) for r in self.regions[name]]

    def _is_trade(self, word: str) -> bool:
        # not a region's name or a part of a city (`荷塘区`, `中心区`)
        return (
            len(word) in TRADE_WORDS
            and word_tag(word) in NOUN_TAGS
            and word not in self.zone_ranks
            and not word.endswith(self.region_suffixes)
        )

    def place_word_before(self, text: str, at: int) -> Name | None:
        """The longest word of the dictionary's places that ends at `at`."""
        for length in range(PLACE_WORD_LONGEST, 1, -1):
            word = text[max(0, at - length) : at]
            if len(word) == length and word_tag(word) == PLACE_TAG:
                return Name(at - length, at, word)
        return None
