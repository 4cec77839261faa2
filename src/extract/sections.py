"""How the rule files are read, checked and compiled, section by section
(for `loader.py`): the shape of each list of rules, fragments filled into
patterns, and the sections of numbers, approximations, mentions and
segments. Every section read is recorded, so that one the code never reads
(a misspelt name) is an error too."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import regex

from extract.grammar import UNIT_KINDS, alternation
from extract.rules import (
    Approximations,
    Enumeration,
    MentionRule,
    Numbers,
    Pattern,
    Rule,
    RuleError,
    RuleSet,
    Segments,
    TableRules,
    searcher,
)

APPROX_PARTS = ("left", "mention", "right")
APPROX_LABELS = frozenset({"=", "~", ">", ">=", "<", "<=", "range"})
MEASURES = frozenset({"total", "increase", "growth_rate", "share"})
MODALITIES = frozenset({"actual", "target", "policy"})
VILLAGE = "village"  # a village or community, named after the region it lies in (`全村`)
TOWNSHIP = "township"  # a town or township, named after its county (`全镇`)
FOREIGN = "foreign"  # another country or a union of countries (`日本`, `东盟`), in no level of ours
LEVELS = frozenset({VILLAGE, TOWNSHIP, "district", "city", "province", "country", FOREIGN})
KINDS = frozenset({*UNIT_KINDS, "rank"})
SCOPES = ("clause", "sentence")
FRAGMENT_NAME = regex.compile(r"\{([a-z_]+)\}")
# The parts a rule's patterns test, cheapest first: `left` runs back to the paragraph's start.
PART_ORDER = (
    "written",  # a subject candidate as the text writes it
    "mention",
    "title",
    "heading",  # a line that heads a section
    "time",  # a time expression as the text writes it
    "years",  # how many years the period a figure is given runs
    "told",  # a time expression and what the text goes on to say after it
    "between",
    "antecedent",
    "right",
    "after",
    "sentence_right",
    "sentence",
    "left",
    "sentence_left",
)
FINDS = "pattern"  # the key of the pattern a rule finds things by
FILTER_PARTS = {"kinds": "kind", "units": "unit", "indicators": "indicator"}
MENTION_KEYS = frozenset(
    {"name", "examples", "pattern", "left", "kind", "unit", "approx", "value", "factor", "in_tables"}
)


@dataclass(frozen=True)
class Shape:
    """What the rules of one list may hold: patterns over `parts`, the key of
    their `label` (one of `labels` where given), a `scope`, filters."""

    parts: tuple[str, ...]
    label: str | None = None
    labels: frozenset[str] | None = None
    required: bool = False
    scoped: bool = False
    filters: dict[str, frozenset[str]] = field(default_factory=dict)


def pattern(source: Any, where: str, named: dict[str, str]) -> regex.Pattern[str]:
    """A rule file's pattern with its `{fragments}` filled in, compiled."""
    try:
        return regex.compile(_expand(str(source), named, where))
    except regex.error as error:
        raise RuleError(f"{where}: bad pattern: {error}") from error


def searched_pattern(source: Any, where: str, named: dict[str, str]) -> Pattern:
    """A pattern the rules only search with, in the faster engine that reads it."""
    return searcher(pattern(source, where, named).pattern)


def _expand(source: str, named: dict[str, str], where: str, depth: int = 0) -> str:
    if depth > 5:
        raise RuleError(f"{where}: fragments nest too deep")

    def substitute(found: regex.Match[str]) -> str:
        if found.group(1) not in named:
            raise RuleError(f"{where}: unknown fragment {{{found.group(1)}}}")
        return _expand(named[found.group(1)], named, where, depth + 1)

    return FRAGMENT_NAME.sub(substitute, source)


class Sections:
    """The parsed rule files, read section by section; remembers what was read."""

    def __init__(self, raw: dict[str, dict[str, Any]]) -> None:
        self.raw = raw
        self.read: set[tuple[str, str]] = set()
        self.fragments: dict[str, str] = {}

    def get(self, file: str, key: str, kind: type = object, default: Any = None) -> Any:
        self.read.add((file, key))
        value = self.raw[file].get(key, default)
        if value is None or not isinstance(value, kind):
            raise RuleError(f"{file}.yaml: {key!r} must be a {kind.__name__}")
        return value

    def words(self, file: str, key: str) -> list[str]:
        return [str(word) for word in self.get(file, key, list)]

    def rules(self, file: str, key: str, shape: Shape) -> list[Rule]:
        return [self.rule(entry, f"{file}.yaml/{key}", shape) for entry in self.get(file, key, list)]

    def one(self, file: str, key: str, shape: Shape) -> Rule:
        return self.rule(self.get(file, key, dict), f"{file}.yaml/{key}", shape, named=False)

    def rule(self, entry: Any, where: str, shape: Shape, named: bool = True) -> Rule:
        if not isinstance(entry, dict) or not entry.get("name"):
            raise RuleError(f"{where}: a rule without a name")
        place = f"{where}/{entry['name']}" if named else where
        known = {"name", "examples", *shape.parts, *shape.filters, *([shape.label] if shape.label else []), "scope"}
        unknown = sorted(set(entry) - known - (set() if shape.scoped else {"scope"}))
        if unknown or (not shape.scoped and "scope" in entry):
            raise RuleError(f"{place}: unknown key {(unknown or ['scope'])[0]!r}")
        label = str(entry.get(shape.label, "")) if shape.label else ""
        if shape.required and shape.label not in entry:
            raise RuleError(f"{place}: no {shape.label}")
        if shape.labels is not None and label not in shape.labels:
            raise RuleError(f"{place}: unknown {shape.label} {label!r}")
        scope = entry.get("scope", SCOPES[0])
        if scope not in SCOPES:
            raise RuleError(f"{place}: unknown scope {scope!r}")
        prefix = "sentence_" if scope == "sentence" else ""
        patterns = [
            (prefix + part if part in ("left", "right") else part, searched_pattern(entry[part], place, self.fragments))
            for part in shape.parts
            if part in entry and part != FINDS
        ]
        finds = pattern(entry[FINDS], place, self.fragments) if FINDS in shape.parts else None
        allowed = []
        for key, values in shape.filters.items():
            given = entry.get(key)
            if given is None:
                continue
            strange = [value for value in given if value not in values]
            if strange:
                raise RuleError(f"{place}: unknown {key.removesuffix('s')} {strange[0]!r}")
            allowed.append((FILTER_PARTS[key], frozenset(given)))
        patterns.sort(key=lambda named_pattern: PART_ORDER.index(named_pattern[0]))
        return Rule(str(entry["name"]), label, tuple(patterns), tuple(allowed), finds)

    def unread(self) -> list[str]:
        return [
            f"{file}.yaml: unknown section {key!r}"
            for file, table in self.raw.items()
            for key in table
            if (file, key) not in self.read
        ]


def _labels(table: dict[str, Any], labels: frozenset[str], where: str) -> dict[str, str]:
    for word, label in table.items():
        if label not in labels:
            raise RuleError(f"{where}/{word}: unknown label {label!r}")
    return {str(word): str(label) for word, label in table.items()}


def numbers(sections: Sections) -> Numbers:
    return Numbers(
        digits={str(k): int(v) for k, v in sections.get("numbers", "digits", dict).items()},
        scales={str(k): int(v) for k, v in sections.get("numbers", "scales", dict).items()},
        vague_prefixes=_labels(
            sections.get("numbers", "vague_prefixes", dict), APPROX_LABELS, "numbers.yaml/vague_prefixes"
        ),
        unknown_digit=sections.get("numbers", "unknown_digit", str),
        scale_filler=sections.get("numbers", "scale_filler", str),
        decimal_point=sections.get("numbers", "decimal_point", str),
        minor_digits={str(k): int(v) for k, v in sections.get("numbers", "minor_digits", dict).items()},
    )


def approximations(sections: Sections) -> Approximations:
    tables = {
        key: _labels(sections.get("approx", key, dict), APPROX_LABELS, f"approx.yaml/{key}")
        for key in ("prefix", "infix", "suffix")
    }
    strange = [word for word in sections.words("approx", "at_clause_end") if word not in tables["suffix"]]
    if strange:
        raise RuleError(f"approx.yaml/at_clause_end: {strange[0]!r} is no suffix")
    return Approximations(
        **tables,
        before=RuleSet(tuple(sections.rules("approx", "before", Shape(APPROX_PARTS, "approx", APPROX_LABELS, True)))),
        decrease=RuleSet(tuple(sections.rules("approx", "decrease", Shape(("left",))))),
        per_capita=RuleSet(
            tuple(sections.rules("approx", "per_capita", Shape(("left",), "denominator", required=True)))
        ),
    )


def mention(entry: Any, named: dict[str, str]) -> MentionRule:
    if not isinstance(entry, dict) or not entry.get("name") or "pattern" not in entry:
        raise RuleError("mentions.yaml/rules: a rule needs a name and a pattern")
    where = f"mentions.yaml/rules/{entry['name']}"
    unknown = sorted(set(entry) - MENTION_KEYS)
    if unknown:
        raise RuleError(f"{where}: unknown key {unknown[0]!r}")
    if entry.get("kind") not in (None, *KINDS):
        raise RuleError(f"{where}: unknown kind {entry['kind']!r}")
    if entry.get("approx") not in (None, *APPROX_LABELS):
        raise RuleError(f"{where}: unknown approx {entry['approx']!r}")
    return MentionRule(
        name=entry["name"],
        pattern=pattern(entry["pattern"], where, named),
        left=searched_pattern(entry["left"], where, named) if "left" in entry else None,
        kind=entry.get("kind"),
        unit=entry.get("unit"),
        approx=entry.get("approx"),
        value=Decimal(str(entry["value"])) if "value" in entry else None,
        factor=Decimal(str(entry.get("factor", 1))),
        in_tables=bool(entry.get("in_tables", False)),
    )


def tables(sections: Sections) -> TableRules:
    separators = sections.get("tables", "cell_separators", str)
    characters = "".join(regex.escape(character) for character in separators)
    return TableRules(
        separators=separators,
        separator=searcher(f"[{characters}]+"),
        cell=regex.compile(f"[^{characters}\\n]+"),
        caption_row=searcher(sections.get("tables", "caption_row", str)),
        label_columns=frozenset(sections.words("tables", "label_columns")),
        longest_cell=sections.get("tables", "longest_cell", int),
        sentence_marks=frozenset(sections.words("tables", "sentence_marks")),
        unit_caption=searcher(sections.get("tables", "unit_caption", str)),
        unit_columns=frozenset(sections.words("tables", "unit_columns")),
        unit_in_header=regex.compile(sections.get("tables", "unit_in_header", str)),
        rate_headers=tuple(sections.words("tables", "rate_headers")),
        rank_headers=tuple(sections.words("tables", "rank_headers")),
        index_rows=tuple(sections.words("tables", "index_rows")),
        caption_lines=sections.get("tables", "caption_lines", int),
        continuing_rows=frozenset(sections.words("tables", "continuing_rows")),
    )


def segments(sections: Sections) -> Segments:
    final = sections.words("segments", "sentence_final")
    closing = sections.words("segments", "closing_marks")
    clause = sections.words("segments", "clause_breaks")
    joiners = sections.words("segments", "list_joiners")
    grouping = {
        str(mark): str(digit) for mark, digit in sections.get("segments", "digit_group_separators", dict).items()
    }
    return Segments(
        sentence_end=searcher(f"(?:{alternation(final)}|\\n)(?:{alternation(closing)})*"),
        sentence_final=frozenset(final),
        closing_marks=frozenset(closing),
        layout_line=sections.get("segments", "layout_line", int),
        table_row=searcher(sections.get("segments", "table_row", str)),
        heading_line=sections.get("segments", "heading_line", int),
        heading_numbers=tuple(searcher(number) for number in sections.words("segments", "heading_numbers")),
        item_opening=searcher(sections.get("segments", "item_opening", str)),
        appendix_line=searcher(sections.get("segments", "appendix_line", str)),
        caption_line=searcher(sections.get("segments", "caption_line", str)),
        longest_sentence=sections.get("segments", "longest_sentence", int),
        longest_clause=sections.get("segments", "longest_clause", int),
        lead_line=sections.get("segments", "lead_line", int),
        clause_break=searcher(_breaks(clause + final, grouping)),
        part_break=searcher(alternation(sections.words("segments", "part_breaks"))),
        speech_openings=frozenset(sections.words("segments", "speech_openings")),
        speech_marks=_speech_marks(sections),
        continuing_openings=tuple(sections.words("segments", "continuing_openings")),
        list_joiners=frozenset(joiners),
        list_joiner=searcher(f"\\s*(?:{alternation(joiners)})\\s*"),
        respectively=searcher(alternation(sections.words("segments", "respectively"))),
    )


def _breaks(marks: list[str], grouping: dict[str, str]) -> str:
    """The marks as one alternation, each that groups digits not where it does: after a digit
    and before three (`3,712.5`). Each alternative opens with its mark, which keeps the search fast."""
    alternatives = []
    for mark in sorted(marks, key=len, reverse=True):
        escaped, digit = regex.escape(mark), grouping.get(mark)
        guard = f"(?!(?<={digit}{escaped}){digit}{{3}}(?!{digit}))" if digit else ""
        alternatives.append(escaped + guard)
    return "|".join(alternatives)


def _speech_marks(sections: Sections) -> dict[str, str]:
    openings = sections.words("segments", "speech_openings")
    closings = sections.words("segments", "speech_closings")
    if len(openings) != len(closings):
        raise RuleError("segments.yaml/speech_closings: one closing mark for each of speech_openings")
    return dict(zip(openings, closings, strict=True))


def enumeration(sections: Sections) -> Enumeration:
    enumeration = sections.get("exclusions", "enumeration", dict)
    strange = set(enumeration) - {"item_separators", "last_item_joiners", "verb_tags", "topic_markers"}
    if strange:
        raise RuleError(f"exclusions.yaml/enumeration: unknown key {sorted(strange)[0]!r}")
    return Enumeration(
        item_separators=regex.compile(alternation([str(word) for word in enumeration.get("item_separators", [])])),
        last_item_joiners=regex.compile(alternation([str(word) for word in enumeration.get("last_item_joiners", [])])),
        verb_tags=frozenset(str(tag) for tag in enumeration.get("verb_tags", [])),
        topic_markers=regex.compile(f"^(?:{alternation([str(w) for w in enumeration.get('topic_markers', [])])})"),
    )
