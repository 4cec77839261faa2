"""Turn a matched mention into a value in its base unit.

Values are `Decimal` from the text's digits on: `16.4亿` is exactly
1640000000, never a float's 1639999999.9999998.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal

import regex

from extract.rules import MentionRule, Rules

FLIPPED_APPROX = {"=": "=", "~": "~", ">": "<", ">=": "<=", "<": ">", "<=": ">=", "range": "range"}
ARABIC = regex.compile(r"^([0-9]+(?:\.[0-9]+)?)(\D*)$")


@dataclass(frozen=True)
class Quantity:
    kind: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    approx: str


@dataclass(frozen=True)
class Number:
    value: Decimal
    value_max: Decimal | None = None
    approx: str = "="
    scale: Decimal = Decimal(1)  # of the scale words written after Arabic digits


def _scale_product(words: str, rules: Rules) -> Decimal:
    product = Decimal(1)
    for char in words:
        product *= rules.scales[char]
    return product


def _chinese(text: str, rules: Rules) -> Decimal:
    """Read a Chinese numeral: `一千二百零五` → 1205, `一千万亿` → 1e15, `二〇二二` → 2022."""
    total = Decimal(0)
    section = Decimal(0)
    digit: Decimal | None = None
    last_big = Decimal(0)
    for char in text:
        if char in rules.digits:
            value = Decimal(rules.digits[char])
            digit = value if digit is None else digit * 10 + value
        elif rules.scales[char] < 10_000:
            section += (Decimal(1) if digit is None else digit) * rules.scales[char]
            digit = None
        else:
            big = Decimal(rules.scales[char])
            chunk = section + (digit or 0)
            if chunk == 0 and total == 0:
                chunk = Decimal(1)  # a bare scale word: `万亿`, `亿`
            if big > last_big:
                total = (total + chunk) * big
            else:
                total += chunk * big
            last_big = max(last_big, big)
            section, digit = Decimal(0), None
    return total + section + (digit or 0)


def parse_number(text: str, rules: Rules) -> Number | None:
    """Read a numeral as the mention rules find it (Arabic, Chinese or mixed)."""
    text = "".join(unicodedata.normalize("NFKC", text).replace(",", "").split())
    if not text:
        return None
    approx = "="
    if len(text) > 1 and text[0] in rules.vague_prefixes and text[1] in rules.scales:
        approx = rules.vague_prefixes[text[0]]
        text = text[1:]
    if text.endswith("几"):
        approx, text = ">", text[:-1]
    if not text:
        return None
    arabic = ARABIC.match(text)
    if arabic:
        digits, scale_words = arabic.groups()
        if any(char not in rules.scales for char in scale_words):
            return None
        scale = _scale_product(scale_words, rules)
        return Number(Decimal(digits) * scale, approx=approx, scale=scale)
    if any(char not in rules.digits and char not in rules.scales for char in text):
        return None
    first, second, rest = text[:1], text[1:2], text[2:]
    if (
        first in rules.digits
        and second in rules.digits
        and rules.digits[second] == rules.digits[first] + 1
        and all(char in rules.scales for char in rest)
    ):
        scale = _scale_product(rest, rules)
        return Number(rules.digits[first] * scale, rules.digits[second] * scale, "range")
    return Number(_chinese(text, rules), approx=approx)


def _first_label(*labels: str | None) -> str:
    return next((label for label in labels if label and label != "="), "=")


def normalise(
    rule: MentionRule,
    groups: dict[str, str | None],
    left: str,
    mention: str,
    right: str,
    rules: Rules,
) -> Quantity | None:
    """The quantity a match of `rule` states, or None where it has no value."""
    number_text = groups.get("number")
    number = parse_number(number_text, rules) if number_text else None
    if number_text and number is None:
        return None

    if groups.get("numerator") and groups.get("denominator"):
        numerator = parse_number(groups["numerator"] or "", rules)
        denominator = parse_number(groups["denominator"] or "", rules)
        if numerator is None or denominator is None or denominator.value == 0:
            return None
        value = (numerator.value / denominator.value * rule.factor).quantize(Decimal("0.01"))
        number = Number(value)
    elif number is None:
        if rule.value is None:
            return None
        number = Number(rule.value)
    else:
        scale = _scale_product(groups.get("post_scale") or "", rules)  # `780多万户`
        upper = number.value_max * scale if number.value_max is not None else None
        number = Number(number.value * scale * rule.factor, upper, number.approx, number.scale)

    value_max = number.value_max
    approx = number.approx
    if groups.get("number_max"):
        upper = parse_number(groups["number_max"] or "", rules)
        if upper is None:
            return None
        # `3至5亿元`: the scale written once serves both ends.
        lower = number.value * upper.scale if number.scale == 1 else number.value
        number = Number(lower, upper.value, "range")
        value_max, approx = upper.value, "range"

    unit_word = groups.get("unit")
    if unit_word:
        unit = rules.units[unit_word]
        kind, base, factor = unit.kind, unit.base, unit.factor
    else:
        kind, base, factor = rule.kind or "other", rule.unit or "", Decimal(1)
    kind = rule.kind or kind
    base = rule.unit if rule.unit is not None else base
    value = number.value * factor
    if value_max is not None:
        value_max *= factor

    if approx != "range":
        in_span = _first_label(
            rule.approx,
            approx,
            rules.prefix_approx.get(groups.get("prefix") or ""),
            rules.infix_approx.get(groups.get("infix") or ""),
            rules.suffix_approx.get(groups.get("suffix") or ""),
        )
        cue = next((c.label for c in rules.approx_cues if c.applies(left, mention, right)), None)
        approx = _first_label(in_span, cue)

    if groups.get("per"):
        denominators = (groups["per"] or "").lstrip("/").split("·")
        base += "/" + "·".join(_denominator(word, rules) for word in denominators)
    else:
        per_capita = next((c.label for c in rules.per_capita_cues if c.applies(left, mention, right)), None)
        if per_capita:
            base += "/" + per_capita

    if any(cue.applies(left, mention, right) for cue in rules.decrease_cues):
        if value_max is not None:
            value, value_max = -value_max, -value
        else:
            value = -value
        approx = FLIPPED_APPROX[approx]

    return Quantity(kind, value, value_max, base, approx)


def _denominator(word: str, rules: Rules) -> str:
    unit = rules.units.get(word)
    return unit.base if unit else rules.rate_denominators.get(word, word)


def format_decimal(value: Decimal | None) -> str:
    """A plain decimal: no exponent, no trailing zeros (`1E+8` → `100000000`)."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text

