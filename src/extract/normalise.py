"""Turn a matched mention into a value in its base unit.

Values are `Decimal` from the text's digits on: `16.4亿` is exactly
1640000000, never a float's 1639999999.9999998.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal

import regex

from extract.find import Candidate
from extract.rules import Rules
from extract.segment import cut, word_tag
from extract.spans import longest_first

FLIPPED_APPROX = {"=": "=", "~": "~", ">": "<", ">=": "<=", "<": ">", "<=": ">=", "range": "range"}
CUE_WINDOW = 40  # characters either side of a mention where approx.yaml's cues are read
ARABIC = regex.compile(r"^([0-9]+(?:\.[0-9]+)?)(\D*)$")
ARABIC_THEN_MORE = regex.compile(r"^[0-9]+(?:\.[0-9]+)?[^0-9.]")  # digits, then scales and more numerals
DIGIT_RUN_OR_CHARACTER = regex.compile(r"[0-9]+(?:\.[0-9]+)?|.")


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
    scale_words: str = ""  # the scale words it ends in (`5亿` → `亿`), which a bare number beside it shares


def _scale_product(words: str, rules: Rules) -> Decimal:
    product = Decimal(1)
    for char in words:
        product *= rules.numbers.scales[char]
    return product


def _chinese(text: str, rules: Rules) -> Decimal:
    """Read a Chinese numeral: `一千二百零五` → 1205, `一千万亿` → 1e15, `二〇二二` → 2022; Arabic
    digits between its scale words read as one number (`1亿2000万` → 120000000)."""
    total = Decimal(0)
    section = Decimal(0)
    digit: Decimal | None = None
    last_big = Decimal(0)
    for token in DIGIT_RUN_OR_CHARACTER.findall(text):
        if token[0].isdigit():
            digit = Decimal(token)
        elif token in rules.numbers.digits:
            value = Decimal(rules.numbers.digits[token])
            digit = value if digit is None else digit * 10 + value
        elif rules.numbers.scales[token] < 10_000:
            section += (Decimal(1) if digit is None else digit) * rules.numbers.scales[token]
            digit = None
        else:
            big = Decimal(rules.numbers.scales[token])
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
    text = "".join(unicodedata.normalize("NFKC", text).replace(",", "").replace(rules.numbers.scale_filler, "").split())
    if not text:
        return None
    approx = "="
    if len(text) > 1 and text[0] in rules.numbers.vague_prefixes and text[1] in rules.numbers.scales:
        approx = rules.numbers.vague_prefixes[text[0]]
        text = text[1:]
    if text.endswith(rules.numbers.unknown_digit):
        approx, text = ">", text[: -len(rules.numbers.unknown_digit)]
    if not text:
        return None
    arabic = ARABIC.match(text)
    if arabic and all(char in rules.numbers.scales for char in arabic.group(2)):
        digits, scale_words = arabic.groups()
        return Number(Decimal(digits) * _scale_product(scale_words, rules), approx=approx, scale_words=scale_words)
    then_more = ARABIC_THEN_MORE.match(text)
    if then_more:  # `1亿2000万`, `5亿两千万`
        numeral = rules.numbers.digits.keys() | rules.numbers.scales.keys()
        if any(not char.isdigit() and char not in numeral for char in text[then_more.end() - 1 :]):
            return None
        return Number(_chinese(text, rules), approx=approx, scale_words=_trailing_scale_words(text, rules))
    whole, point, fraction = text.partition(rules.numbers.decimal_point)
    if point:  # `三十点二` → 30.2
        if not fraction or any(char not in rules.numbers.digits for char in fraction) or whole == "":
            return None
        fraction_digits = "".join(str(rules.numbers.digits[char]) for char in fraction)
        whole_number = parse_number(whole, rules)
        if whole_number is None or whole_number.value_max is not None:
            return None
        return Number(whole_number.value + Decimal("0." + fraction_digits), approx=approx)
    if any(char not in rules.numbers.digits and char not in rules.numbers.scales for char in text):
        return None
    # two digits in a row, the second one more, are a range: `三四百` 300 to 400, `十一二` 11 to 12
    scales_after = len(text) - len(text.rstrip("".join(rules.numbers.scales)))
    at = len(text) - scales_after - 2
    first, second = text[at : at + 1], text[at + 1 : at + 2]
    if (
        at >= 0
        and (at == 0 or text[at - 1] in rules.numbers.scales)
        and rules.numbers.digits.get(first, 0) > 0  # not `零一` of `七千六百零一`
        and rules.numbers.digits.get(second) == rules.numbers.digits[first] + 1
    ):
        low, high = text[:at] + first + text[at + 2 :], text[:at] + second + text[at + 2 :]
        return Number(_chinese(low, rules), _chinese(high, rules), "range")
    return Number(_chinese(text, rules), approx=approx, scale_words=_trailing_scale_words(text, rules))


def _trailing_scale_words(text: str, rules: Rules) -> str:
    """The scale words a Chinese numeral ends in, which a bare number beside it shares:
    `五亿` → `亿` (`三至五亿`), `五千` → `千` (`三至五千`), `二十` → none (`十至二十`)."""
    scales = rules.numbers.scales
    end = len(text)
    while end > 0 and text[end - 1] in scales and scales[text[end - 1]] >= 10_000:
        end -= 1
    if end < len(text):
        return text[end:]
    if len(text) == 2 and text[0] in rules.numbers.digits and scales.get(text[1], 10) > 10:
        return text[1]
    return ""


def _first_label(*labels: str | None) -> str:
    return next((label for label in labels if label and label != "="), "=")


def normalised(found: list[Candidate], rules: Rules) -> list[tuple[Candidate, Quantity]]:
    """The candidates that state a quantity, with it; overlaps resolved longest first among
    them, so that an unreadable range (`1万至5千元`) leaves its readable end."""
    stated = [
        (candidate, quantity)
        for candidate in found
        if (quantity := normalise(candidate, rules)) and not _counts_the_list_before(candidate, quantity, rules)
    ]
    quantity_of = {id(candidate): quantity for candidate, quantity in stated}
    return [(candidate, quantity_of[id(candidate)]) for candidate in longest_first([c for c, _ in stated])]


def _counts_the_list_before(candidate: Candidate, quantity: Quantity, rules: Rules) -> bool:
    """`数学、物理学两个一级学科`: a count of exactly the items listed right before it, set
    beside them before a noun (not `新增企业和机构2家。`, a figure that ends the clause), where
    the list is no verb's object (`新认定A、B2家众创空间` states a fact)."""
    if quantity.kind != "count" or quantity.value_max is not None or not 2 <= quantity.value <= 20:
        return False
    if not candidate.right[:1].isalpha():
        return False
    clause = rules.segments.clause_break.split(candidate.left)[-1]
    items = rules.enumeration.item_separators.split(clause)
    last_joined = rules.enumeration.last_item_joiners.split(items[-1])
    if len(items) == 1 and len(last_joined) != 2:
        return False  # no list: `新增企业和机构20家` has one joiner, but then no separator either
    if len(items) + len(last_joined) - 1 != quantity.value:
        return False
    first_item = rules.enumeration.topic_markers.sub("", items[0] if len(items) > 1 else last_joined[0])
    return not any(word_tag(word) in rules.enumeration.verb_tags for word in cut(first_item))


def normalise(candidate: Candidate, rules: Rules) -> Quantity | None:
    """The quantity a candidate states, or None where it has no value."""
    number = _number(candidate, rules)
    if number is None:
        return None
    unit_word = candidate.groups.get("unit")
    rule = candidate.rule
    if unit_word:
        unit = rules.units[unit_word]
        kind, base, factor = unit.kind, unit.base, unit.factor
    else:
        kind, base, factor = rule.kind or "other", rule.unit or "", Decimal(1)
    kind = rule.kind or kind
    base = rule.unit if rule.unit is not None else base
    # The cues of approx.yaml are words next to the number: they are read in a window around it.
    parts = {"left": candidate.left[-CUE_WINDOW:], "mention": candidate.mention, "right": candidate.right[:CUE_WINDOW]}
    denominator, per_factor = _denominator(candidate, parts, rules)
    factor /= per_factor  # `23.45元/公斤` is 23450 元 a 吨
    value_max = number.value_max * factor if number.value_max is not None else None
    approx = number.approx if number.approx == "range" else _approx(candidate, number.approx, parts, rules)
    base = _currency(base, kind, candidate.left, rules)
    quantity = Quantity(kind, number.value * factor, value_max, base + denominator, approx)
    if rules.approx.decrease.any_applies(parts):
        return _decrease(quantity)
    return quantity


def _number(candidate: Candidate, rules: Rules) -> Number | None:
    """The number a candidate writes, scaled by its rule; a range's scale serves both ends."""
    groups, rule = candidate.groups, candidate.rule
    number_text = groups.get("number")
    number = parse_number(number_text, rules) if number_text else None
    if number_text and number is None:
        return None
    if groups.get("numerator") and groups.get("denominator"):
        number = _fraction(groups["numerator"] or "", groups["denominator"] or "", rule.factor, rules)
    elif number is None:
        if rule.value is None:
            return None
        number = Number(rule.value)
    else:
        minor = _minor(groups, rules)  # of both ends of a range
        scale = _scale_product(groups.get("post_scale") or "", rules)  # `780多万户`
        value = number.value + minor
        upper = (number.value_max + minor) * scale if number.value_max is not None else None
        number = Number(value * scale * rule.factor, upper, number.approx, number.scale_words)
    if number is not None and groups.get("number_max"):
        number = _range(number, number_text or "", groups["number_max"] or "", groups.get("unit_min"), groups, rules)
    elif number is not None and groups.get("next_number"):  # `4.6和2.7个百分点`, `2万、3万亿元`
        following = parse_number(groups["next_number"] or "", rules)
        number = replace(number, value=number.value * _shared_scale(number, following, rules)) if following else None
    if number is not None and groups.get("sign"):
        return _negative(number)
    return number


def _minor(groups: dict[str, str | None], rules: Rules) -> Decimal:
    """What is written after the main number in smaller parts: a tenth (`六成二`, `四成半`,
    `七五折`) or small units of money (`12元5角`, `三元八角五分`)."""
    tenth = groups.get("tenth")
    if tenth:
        return Decimal(rules.numbers.digits.get(tenth, rules.numbers.minor_digits.get(tenth, 0))) / 10
    total = Decimal(0)
    for amount_group, unit_group in (("small", "small_unit"), ("smaller", "smaller_unit")):
        amount, unit = groups.get(amount_group), groups.get(unit_group)
        small = parse_number(amount, rules) if amount and unit else None
        if small is not None and unit:
            total += small.value * rules.small_units[unit]
    return total


def _fraction(numerator_text: str, denominator_text: str, factor: Decimal, rules: Rules) -> Number | None:
    """`三分之一` → 33.33 (%), `千分之3.6` → 0.36, `百万分之二` → 0.0002: exact where it ends,
    else to two places."""
    numerator = parse_number(numerator_text, rules)
    denominator = parse_number(denominator_text, rules)
    if numerator is None or denominator is None or not 0 < numerator.value <= denominator.value:
        return None  # a part of a whole (not `5/3`)
    share = numerator.value * factor / denominator.value
    if share * denominator.value != numerator.value * factor:
        share = share.quantize(Decimal("0.01"))
    return Number(share)


def _range(
    lower: Number, lower_text: str, upper_text: str, lower_unit: str | None, groups: dict[str, str | None], rules: Rules
) -> Number | None:
    """A range, ascending, whose upper end's scale a bare lower end shares (`3至5亿元`,
    `三至五亿元`, `五千至八千万元`); a unit written at both ends is one unit (`5元到3千元`);
    a range that does not read so is none (`1万至5千元`, `6%至1460万台`)."""
    upper = parse_number(upper_text, rules)
    scales = rules.numbers.scales
    if upper is None or (len(lower_text) == 1 and scales.get(lower_text, 10) > 10):
        return None  # a lone scale word is no number: `亿-80亿元`
    if lower_unit:
        unit = rules.units[groups.get("unit") or ""]
        if rules.units[lower_unit].base != unit.base:
            return None
        value = lower.value * rules.units[lower_unit].factor / unit.factor
    else:
        value = lower.value * _shared_scale(lower, upper, rules)
    if value >= upper.value:
        return None
    return Number(value, upper.value, "range")


def _shared_scale(number: Number, following: Number, rules: Rules) -> Decimal:
    """The part of the scale of the number after it that a number shares: all of it when it
    has none (`3至5亿`) or only a small one (`五千至八千万`), the rest when its own words
    begin the other's (`2万、3万亿元`); none otherwise (`5000万至1亿`)."""
    own, theirs = number.scale_words, following.scale_words
    if own == theirs:
        return Decimal(1)
    if theirs.startswith(own):
        return _scale_product(theirs[len(own) :], rules)
    if _scale_product(own, rules) < 10_000 <= _scale_product(theirs, rules):
        return _scale_product(theirs, rules)
    return Decimal(1)


def _negative(number: Number) -> Number:
    if number.value_max is not None:
        return Number(-number.value_max, -number.value, number.approx)
    return Number(-number.value, None, FLIPPED_APPROX[number.approx])


def _approx(candidate: Candidate, approx: str, parts: dict[str, str], rules: Rules) -> str:
    """The approximation the words in the span give, else the words before it."""
    groups, tables = candidate.groups, rules.approx
    in_span = _first_label(
        candidate.rule.approx,
        approx,
        tables.prefix.get(groups.get("prefix") or ""),
        tables.infix.get(groups.get("infix") or ""),
        tables.suffix.get(groups.get("suffix") or ""),
    )
    return _first_label(in_span, tables.before.first_label(parts))


def _denominator(candidate: Candidate, parts: dict[str, str], rules: Rules) -> tuple[str, Decimal]:
    """A rate's denominator and the factor its words' base units convert by: written after a slash
    (`/平米·月`; `/公斤` is `/吨`, a thousandth of one), per head (`人均`), or per a unit of measure
    before the number (`每立方米`); empty, and 1, where none."""
    per = candidate.groups.get("per")
    if not per:
        per_capita = rules.approx.per_capita.first_label(parts)
        if per_capita:
            return "/" + per_capita, Decimal(1)
        before = rules.per_unit_before.search(parts["left"])
        if before is None:
            return "", Decimal(1)
        per = before.group("per")
    words, factor = [], Decimal(1)
    for word in per.lstrip("/").split("·"):
        unit = rules.units.get(word)
        words.append(unit.base if unit else rules.rate_denominators.get(word, word))
        factor *= unit.factor if unit else 1
    return "/" + "·".join(words), factor


def _currency(base: str, kind: str, left: str, rules: Rules) -> str:
    """An amount's currency where one is written right before it: `港币1400元` → HKD."""
    written = rules.currency_before.search(left) if kind == "money" else None
    if written is None:
        return base
    code = rules.currencies[written.group("currency")]
    local = rules.local_currency
    return code + base.removeprefix(local) if base.startswith(local) else base


def _decrease(quantity: Quantity) -> Quantity:
    """A fall: the value turns negative, the direction of its approximation flips."""
    if quantity.value_max is not None:
        value, value_max = -quantity.value_max, -quantity.value
    else:
        value, value_max = -quantity.value, None
    return replace(quantity, value=value, value_max=value_max, approx=FLIPPED_APPROX[quantity.approx])


def format_decimal(value: Decimal | None) -> str:
    """A plain decimal: no exponent, no trailing zeros (`1E+8` → `100000000`)."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text
