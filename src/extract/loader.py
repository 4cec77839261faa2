"""The one rule loader: reads every rule file of `rules/` (and of the user's
own folders, which extend them: tables merge, rule lists and gazetteer rows
append), checks it and compiles it into `Rules`.

A mistake is a `RuleError` naming the file and the rule: an unknown key,
label, kind, unit, indicator, level, scope or fragment, a rule without a
name, a pattern that does not compile.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import regex
import yaml

from extract import lexicons, sections
from extract.gazetteer import Gazetteer, Region, Suffixes
from extract.grammar import UNIT_KINDS, fragments, unit_table
from extract.rules import RuleError, Rules, RuleSet
from extract.sections import LEVELS, Sections, Shape

RULE_FILES = (
    "numbers",
    "units",
    "approx",
    "mentions",
    "exclusions",
    "indicators",
    "cues",
    "subjects",
    "periods",
    "segments",
    "tables",
)
REGIONS_FILE = "regions.csv"
REGION_COLUMNS = ("name", "level", "city", "province")
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, where PyYAML has it: several times faster


class UniqueKeyLoader(FAST_LOADER):  # type: ignore[misc,valid-type]
    """A safe loader that refuses a key written twice in a mapping (a rule's second `examples:`
    would silently replace its first)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"key {key!r} written twice", key_node.start_mark)
            seen.add(key)
        mapping: dict[object, object] = super().construct_mapping(node, deep)
        return mapping


@dataclass(frozen=True)
class RuleFiles:
    """The rule files as read: parsed YAML by file name, and the gazetteer's rows."""

    yaml: dict[str, dict[str, Any]]
    regions: dict[str, list[Region]]


def default_rules_dir() -> Path:
    """The shipped rules. In a checkout `src/extract/rules` links to the top-level
    `rules/`, so editing those files takes effect at once; a wheel carries a copy."""
    return Path(str(resources.files("extract") / "rules"))


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    return extra


def _read_regions(path: Path, regions: dict[str, list[Region]]) -> None:
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
    if tuple(rows.fieldnames or ()) != REGION_COLUMNS:
        raise RuleError(f"{path}: columns must be {','.join(REGION_COLUMNS)}")
    for line, row in enumerate(rows, start=2):
        if row["level"] not in LEVELS or not row["name"]:
            raise RuleError(f"{path}: line {line}: a region needs a name and a level of {sorted(LEVELS)}")
        regions.setdefault(row["name"], []).append(Region(row["name"], row["level"], row["city"], row["province"]))


def read_rule_files(extra_dirs: tuple[Path, ...] = ()) -> RuleFiles:
    """Every rule file, the shipped ones extended by `extra_dirs`."""
    raw: dict[str, dict[str, Any]] = {}
    regions: dict[str, list[Region]] = {}
    for directory in (default_rules_dir(), *extra_dirs):
        if not directory.is_dir():
            raise RuleError(f"{directory}: rule folder not found")
        for name in RULE_FILES:
            path = directory / f"{name}.yaml"
            if not path.exists():
                continue
            try:
                content = yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeyLoader) or {}
            except yaml.YAMLError as error:
                raise RuleError(f"{path}: not valid YAML: {error}") from error
            if not isinstance(content, dict):
                raise RuleError(f"{path}: a rule file is a mapping of sections")
            raw[name] = _merge(raw.get(name, {}), content)
        if (directory / REGIONS_FILE).exists():
            _read_regions(directory / REGIONS_FILE, regions)
    missing = [name for name in RULE_FILES if name not in raw]
    if missing:
        raise RuleError(f"rule files missing: {', '.join(missing)}")
    return RuleFiles(raw, regions)


def load_rules(extra_dirs: tuple[Path, ...] = ()) -> Rules:
    """The shipped rules extended by `extra_dirs`, checked and compiled."""
    files = read_rule_files(extra_dirs)
    reader = Sections(files.yaml)
    units = unit_table({kind: reader.get("units", kind, dict, {}) for kind in UNIT_KINDS})
    reader.fragments = fragments(files.yaml, units)
    for file, key in (("mentions", "fragments"), ("units", "not_a_unit_before"), ("approx", "prefix_not_after")):
        reader.get(file, key, dict)
    reader.get("numbers", "minus", list)  # read into the `sign` fragment
    reader.get("numbers", "words_ending_in_a_sign", list)  # read into the `sign` fragment
    reader.get("numbers", "words_ending_in_a_digit", list)  # read into `cn_number`
    indicators = lexicons.indicators(reader, units)
    rules = Rules(
        numbers=sections.numbers(reader),
        units=units,
        rate_denominators={str(k): str(v) for k, v in reader.get("units", "rate_denominators", dict).items()},
        per_unit_before=sections.pattern(
            reader.get("units", "per_unit_before", str), "units.yaml/per_unit_before", reader.fragments
        ),
        small_units={str(k): Decimal(str(v)) for k, v in reader.get("units", "small_units", dict).items()},
        local_currency=reader.get("units", "local_currency", str),
        local_currencies={str(k): str(v) for k, v in reader.get("units", "local_currencies", dict).items()},
        currency_before=regex.compile(f"(?P<currency>{reader.fragments['currency_before']})[ \t]*$"),
        currencies={str(k): str(v) for k, v in reader.get("units", "currencies_before", dict).items()},
        currency_word=regex.compile(reader.fragments["currency_before"]),
        approx=sections.approximations(reader),
        mentions=[sections.mention(entry, reader.fragments) for entry in reader.get("mentions", "rules", list)],
        exclusions=RuleSet(tuple(reader.rules("exclusions", "rules", Shape(("left", "mention", "right"))))),
        enumeration=sections.enumeration(reader),
        indicators=indicators,
        cues=lexicons.cues(reader, units, indicators.names),
        subjects=lexicons.subjects(reader),
        periods=lexicons.periods(reader),
        segments=sections.segments(reader),
        tables=sections.tables(reader),
        gazetteer=Gazetteer(
            files.regions,
            Suffixes(
                region=reader.words("subjects", "region_suffixes"),
                autonomy=reader.words("subjects", "autonomy_suffixes"),
                peoples=reader.words("subjects", "peoples"),
                zone=reader.words("subjects", "zone_suffixes"),
                region_only=reader.words("subjects", "region_only_zones"),
                any_zone=reader.words("subjects", "any_zones"),
                zone_ranks=reader.words("subjects", "zone_ranks"),
                pilot_zones=reader.words("subjects", "pilot_zones_with_areas"),
                area_suffixes=reader.words("subjects", "pilot_zone_area_suffixes"),
                zone_places=reader.words("subjects", "zone_places_beyond_regions"),
                # what classes zones classes areas too (`各`, `个`)
                area_class_characters=[
                    *reader.words("subjects", "zone_classing_words"),
                    *reader.words("subjects", "words_no_area_name_holds"),
                ],
            ),
            frozenset(reader.words("subjects", "short_names_as_words")),
            frozenset(reader.words("subjects", "full_names_as_words")),
            tuple(reader.words("subjects", "township_suffixes")),
            (*reader.words("subjects", "street_suffixes"), *reader.words("subjects", "vessel_suffixes")),
            (*reader.words("subjects", "joiners_before_levels"), *reader.words("subjects", "levels_of_government")),
            tuple(reader.words("subjects", "village_suffixes")),
            frozenset(reader.words("subjects", "joining_openings")),
            tuple(unit.surface for unit in units.values() if unit.kind == "money"),
        ),
    )
    unread = reader.unread()
    if unread:
        raise RuleError(unread[0])
    zone_suffix = rules.gazetteer.zone_suffix
    not_zones = [
        f"{short}: {full}"
        for short, fulls in rules.subjects.zones_in_full.items()
        for full in fulls
        if not all(map(zone_suffix.fullmatch, (short, full)))
    ]
    if not_zones:
        raise RuleError(f"subjects.yaml/zones_in_full/{not_zones[0]}: both must be zone_suffixes")
    for table, regions in (
        ("bodies_of_a_region", rules.subjects.bodies_of_a_region),
        ("regions_of_publishers", rules.subjects.regions_of_publishers),
    ):
        unknown = [name for name, region in regions.items() if region not in files.regions]
        if unknown:
            raise RuleError(f"subjects.yaml/{table}/{unknown[0]}: no such region in {REGIONS_FILE}")
    return rules


@dataclass(frozen=True)
class Example:
    """A rule's example: a text, and the records it must give (none: `[]`).

    The records list only the columns that matter to the rule; `date` and
    `title` are the article's the text is read under (default 2022-12, none)."""

    file: str
    rule: str
    text: str
    gives: list[dict[str, Any]]
    date: str
    title: str = ""


def _named(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if "name" in node:
            yield node
        for value in node.values():
            yield from _named(value)
    elif isinstance(node, list):
        for item in node:
            yield from _named(item)


def named_rules(raw: dict[str, dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every named rule of every rule file, with the file it comes from."""
    for file, content in raw.items():
        for entry in _named(content):
            yield file, entry


def examples(raw: dict[str, dict[str, Any]]) -> list[Example]:
    return [
        Example(
            file,
            entry["name"],
            example["text"],
            example.get("gives") or [],
            str(example.get("date", "2022-12")),
            str(example.get("title", "")),
        )
        for file, entry in named_rules(raw)
        for example in entry.get("examples") or []
    ]
