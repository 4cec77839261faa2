"""The grammar of a quantity mention, composed from the rule files: units
(`units.yaml`), numerals (`numbers.yaml`), approximation words
(`approx.yaml`) and the named fragments and mention shapes of
`mentions.yaml`. Part of loading the rules (`loader.py`)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import regex

from extract.rules import Unit
from extract.times import RECENT_REPUBLIC_YEAR

UNIT_KINDS = ("money", "percent", "multiple", "area", "mass", "count", "other")
CLAUSE_END = "(?=[\\p{P}\\s]|$)"


def alternation(words: list[str]) -> str:
    return "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))


def _prefixes(approx: dict[str, Any]) -> str:
    """The approximation prefixes, each not after the characters it ends a word with (`签约`)."""
    not_after = approx.get("prefix_not_after") or {}
    return "|".join(
        (f"(?<![{regex.escape(''.join(not_after[word]))}])" if word in not_after else "") + regex.escape(word)
        for word in sorted(approx["prefix"], key=len, reverse=True)
    )


def unit_table(table: dict[str, Any]) -> dict[str, Unit]:
    """Each surface form of `units.yaml` with its kind, base unit and factor (`平方公里: 1e6 平方米`)."""
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
        guard = f"(?!{alternation(blockers)})" if blockers else ""
        options.append(regex.escape(surface) + guard)
    return "|".join(options)


def fragments(raw: dict[str, dict[str, Any]], units: dict[str, Unit]) -> dict[str, str]:
    """The named fragments every pattern of the rule files may use, written `{name}`."""
    numbers, unit_file, approx = raw["numbers"], raw["units"], raw["approx"]
    not_before = {
        str(unit): [str(word) for word in words] for unit, words in (unit_file.get("not_a_unit_before") or {}).items()
    }
    digits = "".join(numbers["digits"])
    scales = "".join(numbers["scales"])
    vague = "".join(numbers["vague_prefixes"])
    unknown = regex.escape(numbers["unknown_digit"])
    cn_chars = digits + scales + numbers["unknown_digit"]
    point = regex.escape(numbers["decimal_point"])
    decimals = f"(?:{point}[ \t\u3000]?[{digits}]+)?"  # `三十点二`, `三点 二`
    not_a_start = _last_characters(numbers["words_ending_in_a_digit"])
    after_a_word = "|".join(regex.escape(word) for word in numbers["words_ending_in_a_digit"])
    cn_body = f"(?:[{digits}{scales}]+{unknown}?|{unknown}[{scales}][{digits}{scales}]*)"
    cn_number = f"(?=[{cn_chars}])(?!{not_a_start}){cn_body}{decimals}"
    minus = alternation([str(sign) for sign in numbers["minus"]])
    sign_chars = "".join(str(sign)[0] for sign in numbers["minus"])
    not_before_sign = f"0-9０-９A-Za-z{regex.escape(cn_chars)}\\-－−"
    sign_in_a_word = _last_characters(numbers["words_ending_in_a_sign"])
    arabic = raw["mentions"]["fragments"]["arabic"]
    gap = raw["mentions"]["fragments"]["gap"]
    filler = regex.escape(numbers["scale_filler"])  # `16.8个亿`
    cn_start = f"(?:(?<![{cn_chars}])|(?<={after_a_word}))"  # not inside a numeral, nor in `唯一`
    number_start = f"(?=[0-9０-９{vague}{cn_chars}])"  # a cheap test first, where slower ones follow
    # a scale may be followed by more digits and scales: `1亿2000万`, `2兆8813亿`, `1兆7,797亿`, `3千5百万`,
    # `5亿两千万`; and a scale of ten thousand or less by the digits below it: `3万5000`
    below = "".join(scale for scale, value in numbers["scales"].items() if int(value) <= 10_000)
    grouped = "[0-9０-９]{1,3}(?:,[0-9０-９]{3}|(?<=[０-９])，[０-９]{3})+"  # thousands grouped as `arabic` groups them
    below_grouped = "[0-9],[0-9]{3}|[０-９]，[０-９]{3}"  # `4萬6,127`
    lower_digits = f"(?:(?<=[{below}])(?:[0-9０-９]{{1,4}}|{below_grouped})(?![0-9０-９.．,，]))?"
    more = f"(?:(?:{grouped}|[0-9０-９]+|[{digits}]+)[{scales}]+)*{lower_digits}"
    arabic_body = f"{arabic}(?:{gap}{filler}?[{scales}]+{more})?"
    number_body = f"{number_start}(?:(?:[{vague}](?=[{scales}]))?(?:{arabic_body}|{cn_start}{cn_number}))"
    per_units = sorted({*units, *(unit_file.get("rate_denominators") or {})}, key=len, reverse=True)
    at_clause_end = set(approx.get("at_clause_end") or ())
    suffixes = sorted(approx["suffix"], key=len, reverse=True)
    nonzero_digits = "".join(digit for digit, value in numbers["digits"].items() if int(value))
    single_digits = "".join(digit for digit, value in numbers["digits"].items() if int(value) < 10)
    year_number = f"(?:[0-9]{{4}}|[{single_digits}]{{4}})"
    composed = {
        "cn_chars": cn_chars,
        # a year, also written digit by digit in words as Hong Kong's government writes it: `二零二三年`
        "year_number": year_number,
        # the year of a date: of the common era, or of the Republic's calendar written alone (`113年11月`)
        "dated_year": f"(?:(?P<year>{year_number})|(?<![0-9０-９.．])(?P<{RECENT_REPUBLIC_YEAR}>1[0-2][0-9]))",
        "number_start": number_start,
        # A sign against the number, not a dash between numbers: `-8.5%`, not `300万-500万元`.
        "sign": f"(?:(?=[{regex.escape(sign_chars)}])(?<![{not_before_sign}])(?!{sign_in_a_word})(?P<sign>{minus}))?",
        # a tenth is never nought: `四成零售商` is 四成
        "tenth": f"(?P<tenth>[{nonzero_digits}{regex.escape(''.join(numbers['minor_digits']))}])",
        "small_unit": alternation(list(unit_file.get("small_units") or {})),
        "cn_number": cn_number,
        "number_body": number_body,
        "number": f"(?P<number>{number_body})",
        "number_max": f"(?P<number_max>{number_body})",
        "unit": f"(?P<unit>{_unit_pattern(units, not_before, UNIT_KINDS)})",
        "count_unit": _unit_pattern(units, not_before, ("count",)),
        "measure_unit": _unit_pattern(units, not_before, ("area", "mass", "other")),
        "any_unit": _unit_pattern(units, not_before, UNIT_KINDS),
        "currency_before": alternation(list(unit_file.get("currencies_before") or {})),
        "per": f"(?P<per>/(?:{alternation(per_units)})(?:·(?:{alternation(per_units)}))*)",
        "prefix": f"(?P<prefix>{_prefixes(approx)})",
        # for cheap lookaheads: the characters approximation words are written with, and units begin with
        "prefix_chars": regex.escape("".join(sorted(set("".join(approx["prefix"]))))),
        "number_chars": f"0-9０-９{regex.escape(cn_chars + vague + numbers['decimal_point'])}.．,，",
        "sign_chars": regex.escape(sign_chars),
        "unit_start_chars": regex.escape("".join(sorted({surface[0] for surface in units}))),
        "infix": f"(?P<infix>{alternation(list(approx['infix']))})",
        "post_scale": f"(?P<post_scale>[{scales}]+)",
        "suffix": "(?P<suffix>"
        + "|".join(regex.escape(word) + (CLAUSE_END if word in at_clause_end else "") for word in suffixes)
        + ")",
    }
    for name, pattern in raw["mentions"]["fragments"].items():
        composed.setdefault(name, pattern)
    return composed


def _last_characters(words: list[str]) -> str:
    """A pattern of the last character of each word, where the word ends (`一` of `唯一`); one that
    matches nowhere where there are no words."""
    return "|".join(f"(?<={regex.escape(word[:-1])}){regex.escape(word[-1])}" for word in words) or "(?!)"
