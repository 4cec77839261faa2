"""Load the rule files (YAML) and compile them into patterns.

The language knowledge lives in `rules/*.yaml`; this module only reads it,
checks it, and turns it into compiled `regex` patterns. A user's own rule
folder extends the shipped one: tables are merged, rule lists appended.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import regex
import yaml

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
)
UNIT_KINDS = ("money", "percent", "multiple", "area", "mass", "count", "other")
APPROX_LABELS = {"=", "~", ">", ">=", "<", "<=", "range"}
FRAGMENT_NAME = regex.compile(r"\{([a-z_]+)\}")


class RuleError(ValueError):
    """A rule file is malformed or refers to something that does not exist."""


@dataclass(frozen=True)
class Unit:
    surface: str
    kind: str
    base: str
    factor: Decimal


@dataclass(frozen=True)
class MentionRule:
    name: str
    pattern: regex.Pattern[str]
    left: regex.Pattern[str] | None
    kind: str | None
    unit: str | None
    approx: str | None
    value: Decimal | None
    factor: Decimal


@dataclass(frozen=True)
class ContextRule:
    """A named pattern over a mention's surroundings.

    `left` is matched against the paragraph text before the mention, `right`
    against the text after it, `mention` against the mention itself; a rule
    applies when all that it gives match. `label` carries what it sets (an
    approx label, a denominator).
    """

    name: str
    left: regex.Pattern[str] | None
    mention: regex.Pattern[str] | None
    right: regex.Pattern[str] | None
    label: str | None = None

    def applies(self, left: str, mention: str, right: str) -> bool:
        return (  # the short texts first: `left` runs back to the paragraph's start
            (self.mention is None or self.mention.search(mention) is not None)
            and (self.right is None or self.right.search(right) is not None)
            and (self.left is None or self.left.search(left) is not None)
        )


@dataclass(frozen=True)
class Rules:
    digits: dict[str, int]
    scales: dict[str, int]
    vague_prefixes: dict[str, str]
    units: dict[str, Unit]
    rate_denominators: dict[str, str]
    prefix_approx: dict[str, str]
    infix_approx: dict[str, str]
    suffix_approx: dict[str, str]
    approx_cues: list[ContextRule]
    decrease_cues: list[ContextRule]
    per_capita_cues: list[ContextRule]
    mention_rules: list[MentionRule]
    exclusions: list[ContextRule]
    raw: dict[str, dict[str, Any]]


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


def read_rule_files(extra_dirs: tuple[Path, ...] = ()) -> dict[str, dict[str, Any]]:
    """Every rule file as parsed YAML, the shipped ones extended by `extra_dirs`."""
    raw: dict[str, dict[str, Any]] = {}
    for directory in (default_rules_dir(), *extra_dirs):
        if not directory.is_dir():
            raise RuleError(f"{directory}: rule folder not found")
        for name in RULE_FILES:
            path = directory / f"{name}.yaml"
            if not path.exists():
                continue
            try:
                content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            except yaml.YAMLError as error:
                raise RuleError(f"{path}: not valid YAML: {error}") from error
            raw[name] = _merge(raw.get(name, {}), content)
    missing = [name for name in RULE_FILES if name not in raw]
    if missing:
        raise RuleError(f"rule files missing: {', '.join(missing)}")
    return raw


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))


def _read_units(table: dict[str, Any]) -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    for kind in UNIT_KINDS:
        for surface, spec in (table.get(kind) or {}).items():
            parts = str(spec).split()
            factor, base = (Decimal(parts[0]), parts[1]) if len(parts) == 2 else (Decimal(1), parts[0])
            units[str(surface)] = Unit(str(surface), kind, base, factor)
    return units


def _unit_pattern(units: dict[str, Unit], not_before: dict[str, list[str]], kinds: tuple[str, ...]) -> str:
    surfaces = sorted((u.surface for u in units.values() if u.kind in kinds), key=len, reverse=True)
    options = []
    for surface in surfaces:
        blockers = not_before.get(surface)
        guard = f"(?!{_alternation(blockers)})" if blockers else ""
        options.append(regex.escape(surface) + guard)
    return "|".join(options)


def _fragments(raw: dict[str, dict[str, Any]], units: dict[str, Unit]) -> dict[str, str]:
    numbers, unit_table, approx = raw["numbers"], raw["units"], raw["approx"]
    not_before = unit_table.get("not_a_unit_before") or {}
    digits = "".join(numbers["digits"])
    scales = "".join(numbers["scales"])
    vague = "".join(numbers["vague_prefixes"])
    cn_chars = digits + scales + "几"
    cn_number = f"(?:[{digits}{scales}]+几?|几[{scales}][{digits}{scales}]*)"
    arabic = raw["mentions"]["fragments"]["arabic"]
    gap = raw["mentions"]["fragments"]["gap"]
    number_body = (
        f"(?:(?:[{vague}](?=[{scales}]))?(?:{arabic}(?:{gap}[{scales}]+)?|(?<![{cn_chars}]){cn_number}))"
    )
    per_units = sorted({*units, *(unit_table.get("rate_denominators") or {})}, key=len, reverse=True)
    fragments = {
        "cn_chars": cn_chars,
        "cn_number": cn_number,
        "number": f"(?P<number>{number_body})",
        "number_max": f"(?P<number_max>{number_body})",
        "unit": f"(?P<unit>{_unit_pattern(units, not_before, UNIT_KINDS)})",
        "count_unit": _unit_pattern(units, not_before, ("count",)),
        "any_unit": _unit_pattern(units, not_before, UNIT_KINDS),
        "per": f"(?P<per>/(?:{_alternation(per_units)})(?:·(?:{_alternation(per_units)}))*)",
        "prefix": f"(?P<prefix>{_alternation(list(approx['prefix']))})",
        "infix": f"(?P<infix>{_alternation(list(approx['infix']))})",
        "post_scale": f"(?P<post_scale>[{scales}]+)",
        # `多` after a unit only where a clause ends: not the `多` of `多家`.
        "suffix": "(?P<suffix>"
        + "|".join(
            regex.escape(word) + ("(?=[\\p{P}\\s]|$)" if word == "多" else "")
            for word in sorted(approx["suffix"], key=len, reverse=True)
        )
        + ")",
    }
    for name, pattern in raw["mentions"]["fragments"].items():
        fragments.setdefault(name, pattern)
    return fragments


def _expand(pattern: str, fragments: dict[str, str], where: str, depth: int = 0) -> str:
    if depth > 5:
        raise RuleError(f"{where}: fragments nest too deep")

    def substitute(found: regex.Match[str]) -> str:
        name = found.group(1)
        if name not in fragments:
            raise RuleError(f"{where}: unknown fragment {{{name}}}")
        return _expand(fragments[name], fragments, where, depth + 1)

    return FRAGMENT_NAME.sub(substitute, pattern)


def compile_pattern(pattern: str, where: str, fragments: dict[str, str] | None = None) -> regex.Pattern[str]:
    """A rule file's pattern, compiled; a broken one is a RuleError naming its file and rule."""
    try:
        return regex.compile(_expand(str(pattern), fragments or {}, where))
    except regex.error as error:
        raise RuleError(f"{where}: bad pattern: {error}") from error


def _compile(pattern: str | None, fragments: dict[str, str], where: str) -> regex.Pattern[str] | None:
    return None if pattern is None else compile_pattern(pattern, where, fragments)


def _check_approx(label: str | None, where: str) -> str | None:
    if label is not None and label not in APPROX_LABELS:
        raise RuleError(f"{where}: unknown approx label {label!r}")
    return label


def context_rules(
    entries: list[dict[str, Any]], fragments: dict[str, str], where: str, label_key: str | None = None
) -> list[ContextRule]:
    rules = []
    for entry in entries:
        name = entry.get("name")
        if not name:
            raise RuleError(f"{where}: a rule without a name")
        place = f"{where}/{name}"
        label = entry.get(label_key) if label_key else None
        rules.append(
            ContextRule(
                name=name,
                left=_compile(entry.get("left", entry.get("pattern")), fragments, place),
                mention=_compile(entry.get("mention"), fragments, place),
                right=_compile(entry.get("right"), fragments, place),
                label=_check_approx(label, place) if label_key == "approx" else label,
            )
        )
    return rules


def load_rules(extra_dirs: tuple[Path, ...] = ()) -> Rules:
    raw = read_rule_files(extra_dirs)
    units = _read_units(raw["units"])
    fragments = _fragments(raw, units)
    approx = raw["approx"]
    for table in ("prefix", "infix", "suffix"):
        for word, label in approx[table].items():
            _check_approx(label, f"approx.yaml/{table}/{word}")

    mention_rules = []
    for entry in raw["mentions"]["rules"]:
        where = f"mentions.yaml/{entry['name']}"
        kind = entry.get("kind")
        if kind is not None and kind not in (*UNIT_KINDS, "rank"):
            raise RuleError(f"{where}: unknown kind {kind!r}")
        pattern = _compile(entry["pattern"], fragments, where)
        assert pattern is not None
        mention_rules.append(
            MentionRule(
                name=entry["name"],
                pattern=pattern,
                left=_compile(entry.get("left"), fragments, where),
                kind=kind,
                unit=entry.get("unit"),
                approx=_check_approx(entry.get("approx"), where),
                value=Decimal(str(entry["value"])) if "value" in entry else None,
                factor=Decimal(str(entry.get("factor", 1))),
            )
        )

    return Rules(
        digits={str(k): int(v) for k, v in raw["numbers"]["digits"].items()},
        scales={str(k): int(v) for k, v in raw["numbers"]["scales"].items()},
        vague_prefixes=dict(raw["numbers"]["vague_prefixes"]),
        units=units,
        rate_denominators=dict(raw["units"].get("rate_denominators") or {}),
        prefix_approx=dict(approx["prefix"]),
        infix_approx=dict(approx["infix"]),
        suffix_approx=dict(approx["suffix"]),
        approx_cues=context_rules(approx["before"], fragments, "approx.yaml/before", "approx"),
        decrease_cues=context_rules(approx["decrease"], fragments, "approx.yaml/decrease"),
        per_capita_cues=context_rules(approx["per_capita"], fragments, "approx.yaml/per_capita", "denominator"),
        mention_rules=mention_rules,
        exclusions=context_rules(raw["exclusions"]["rules"], fragments, "exclusions.yaml"),
        raw=raw,
    )


@dataclass(frozen=True)
class Example:
    """A rule's example: a text, and the records it must give (none: `[]`).

    The records list only the columns that matter to the rule; `date` is the
    article's date the text is read under (default 2022-12)."""

    file: str
    rule: str
    text: str
    gives: list[dict[str, Any]]
    date: str


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
        Example(file, entry["name"], example["text"], example.get("gives") or [], str(example.get("date", "2022-12")))
        for file, entry in named_rules(raw)
        for example in entry.get("examples") or []
    ]
