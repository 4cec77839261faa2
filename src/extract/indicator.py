"""What a figure measures (ANNOTATION §4), from the terms and rules of
`rules/indicators.yaml`; the order they are tried in is told at its top."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace

import regex

from extract.context import Context
from extract.normalise import Quantity
from extract.rules import IndicatorRules, Rule, Rules, Segments, first_label
from extract.segment import word_tag
from extract.spans import HAN

MONEY_PHRASE = 20  # how far after an amount the name of what it is may end
TOPIC_REACH = 300  # how far before its sentence a figure that names nothing may find what it continues
QUALIFIER = 4  # how far after a threshold figure its 的 may come: `1亿元以上的`
ENJOYED = "enjoyed"  # the group of `benefiting`'s left that holds the scheme enjoyed (`享受护理补贴`)
CHANGE_REACH = 4  # how far before a rate its change word may end (`增长了约`)
LEVEL_REACH = 16  # how far before a figure the noun or rate its level is of, and the words leading to it, may start
COUNTED_NOUN_LENGTHS = (2, 3)  # the lengths of the noun a count's clause names right before it
COUNTED_OR_ENDED = regex.compile(r"[0-9０-９]|\P{Han}|$")  # after the things an amount qualifies
TERM_REACH = 10  # how long a term ending in a head the article reads may be (`一般公共预算收入`)
# what may stand inside a term: an aside (`R&D(...)支出`), a blank left by a line break in a PDF (`引导 资金`)
INSIDE_TERM = regex.compile(r"[(（][^()（）]{0,12}[)）]|(?<=\p{Han})[ \t\u3000]+(?=\p{Han})")


def _terms(table: IndicatorRules, text: str, allowed_terms: frozenset[str] | None = None) -> list[regex.Match[str]]:
    found = table.terms.finditer(text, overlapped=True)
    return [f for f in found if allowed_terms is None or f.group() in allowed_terms]


def _latest(found: list[regex.Match[str]]) -> regex.Match[str]:
    """The term ending last, the longest where several end there."""
    return max(found, key=lambda f: (f.end(), len(f.group())))


def _outermost_backward(table: IndicatorRules, text: str) -> Iterator[regex.Match[str]]:
    """The terms of `text` from its end back, the latest ending first, leaving out those inside
    a longer term (`投资企业`, not its `投资`). Read backward, the search stops where the caller
    has what it needs instead of finding every term of a sentence."""
    earliest_start = len(text) + 1
    for term in table.terms_backward.finditer(text, overlapped=True):
        if term.start() < earliest_start:
            yield term
            earliest_start = term.start()


def nearest_before(table: IndicatorRules, text: str, excluded: frozenset[str] = frozenset()) -> str | None:
    """The indicator of the term ending last in `text`, of those not inside a longer term;
    a generic head (`总面积`) yields to the term before it (`孵化载体总面积`), and firms by
    type to what they have or did, written right before them (`服务市场主体`)."""
    best = None
    for term in _outermost_backward(table, table.passed_over.sub("", INSIDE_TERM.sub("", text))):
        if table.term_indicator[term.group()] in excluded:
            continue
        if best is None:
            best = term
        elif best.group() in table.generic_heads:
            if term.group() in table.generic_heads or term.end() > best.start():
                continue
            best = term
        else:  # firms by type, and a term before them
            return table.term_indicator[(term if term.end() == best.start() else best).group()]
        if best.group() not in table.generic_heads and table.term_indicator[best.group()] != table.firms_by_type:
            break
    return table.term_indicator[best.group()] if best else None


def head_noun(table: IndicatorRules, text: str) -> str | None:
    """The indicator of the noun phrase a count qualifies, starting within reach.

    Terms written back to back make one compound whose last term is its
    head: `企业发展基金` → 基金 (fund), not 企业; firms by type take what they have
    or did (`研发投入企业` → rd_spending). A count of places is the default's.
    """
    if table.places.match(text):
        return table.default
    found = table.terms.search(text)
    if found is None:
        return None
    size_class = len(next((size for size in table.size_classes if text.startswith(size)), ""))
    if found.start() > table.head_noun_reach + size_class:
        return None
    head, modifier = found, None
    while (following := table.terms.match(text, head.end())) is not None:
        head, modifier = following, head
    if head.group() in table.generic_heads and head is not found:
        return table.term_indicator[found.group()]
    if modifier and table.term_indicator[head.group()] == table.firms_by_type:
        return table.term_indicator[modifier.group()]
    return table.term_indicator[head.group()]


def money_head(table: IndicatorRules, owner: Rule, text: str, left: str = "") -> str | None:
    """What an amount is of, written after it: `400万元信用贷款`, `5000万元的“...种子投资基金”`,
    what an amount of the things it qualifies measures where its clause before names nothing it
    measures (`新引进5亿元以上项目3个`: their investment; not `年产值10亿元以上项目`), or a cost or
    benefit of none of the money indicators (`20亿元印制成本`: the default)."""
    owned = owner.pattern("right").search(text)
    phrase = INSIDE_TERM.sub("", text[owned.end() :] if owned else text)
    found = [
        term
        for term in _terms(table, phrase[:MONEY_PHRASE], table.amount_terms)
        if table.term_indicator[term.group()] not in table.amount_of or _qualified_things(table, phrase, term, left)
    ]
    if not found or (not owned and found[0].start() > table.head_noun_reach):
        return None
    measured = table.term_indicator[_latest(found).group()]
    return table.amount_of.get(measured, measured)


def _qualified_things(table: IndicatorRules, phrase: str, term: regex.Match[str], left: str) -> bool:
    """Whether `term` names the things an amount qualifies: written right after it (not
    `用于企业技术改造`), then counted or ending the clause (not `项目资金`), nothing before the amount
    naming what it measures."""
    counted_or_ended = COUNTED_OR_ENDED.match(phrase, term.end()) is not None
    return term.start() <= len(table.of) and counted_or_ended and nearest_before(table, left) is None


def role(table: IndicatorRules, right: str, sentence: str) -> str | None:
    """The indicator of firms counted by what they did or received (`58家企业享受到研发费用加计扣除`)."""
    head = table.firm_head.match(right)
    if head is None:
        return None
    parts = {"after": right[head.end() :], "sentence": sentence}
    for rule in table.roles:
        if not rule.applies(parts):
            continue
        if rule.label != "scheme":
            return rule.label
        scheme_words = rule.pattern("after").search(parts["after"])
        words = scheme_words.group("scheme") if scheme_words else ""
        scheme = nearest_before(table, table.scheme_head.sub("", words)) or nearest_before(table, words)
        if scheme:
            return table.as_firms.get(scheme, scheme)
    return None


def beneficiaries(context: Context, rules: Rules) -> str | None:
    """Those counted as benefiting (`共300万人受惠`) take the money scheme named before them in their
    sentence, and those a scheme reaches (`惠及企业412家`) the one of the clause before, past clauses
    that only tell how it grew (`同比增长9.1%`) or what it brought about (`带动消费3亿元`); so do those
    counted as of a scheme, people or firms
    (`领取消费券的300万人`, `获得补贴的60家企业`), and those who enjoy one the scheme they enjoy
    (`享受护理补贴的残疾人1.2万人`), and those it is paid to the scheme paid (`为860名毕业生发放就业补贴`),
    if they name it."""
    table = rules.indicators
    # `为860名毕业生发放就业补贴`: those paid, not what their head noun counts (`为36个项目拨付资金`)
    paid = table.paid_to.pattern("right").search(context.clause_right)
    paid_scheme = nearest_before(table, paid.group("scheme"), table.names - table.money) if paid else None
    if paid_scheme and table.paid_to.pattern("left").search(context.clause_left):
        head = head_noun(table, context.clause_right)
        people = head == table.default and table.paid_to.pattern("mention").search(context.mention) is not None
        if head in (None, table.firms_by_type, paid_scheme) or people:
            return table.as_firms.get(paid_scheme, paid_scheme) if head == table.firms_by_type else paid_scheme
    reached = table.benefiting.pattern("left").search(context.clause_left)
    enjoyed = reached.group(ENJOYED) if reached else None
    if enjoyed:  # `享受护理补贴的残疾人`: the scheme written between, if any
        return nearest_before(table, enjoyed, table.names - table.money)
    told = reached or table.benefiting.pattern("right").search(context.clause_right)
    if told is not None:
        before = context.sentence_left
        if reached:  # by the scheme the clause before tells
            earlier = before[: len(before) - len(context.clause_left) - 1]  # up to the break that opens the clause
            breaks = [0, *(found.end() for found in rules.segments.clause_break.finditer(earlier))]
            while len(breaks) > 1 and (
                names_nothing(earlier[breaks[-1] :], rules) or table.benefit_outcome.match(earlier, breaks[-1])
            ):
                earlier = earlier[: breaks.pop() - 1]
            before = earlier[breaks[-1] :] + context.clause_left  # the scheme's clause, and its own
        benefiting = nearest_before(table, before, table.names - table.money)
        firms = table.firm_head.match(told.group()) is not None  # `惠及企业1830家` after a loan: financed firms
        return table.as_firms.get(benefiting, benefiting) if firms and benefiting else benefiting
    of_scheme = context.clause_left.removesuffix(table.of)
    if of_scheme == context.clause_left or head_noun(table, context.clause_right) not in (None, table.firms_by_type):
        return None
    scheme = next(_outermost_backward(table, of_scheme), None)
    name = table.term_indicator[scheme.group()] if scheme and scheme.end() == len(of_scheme) else None
    return table.as_firms.get(name, name) if name in table.money else None


def named_after(context: Context, quantity: Quantity, rules: Rules) -> str | None:
    """The indicator of what the figure is granted as or the noun it qualifies, written after it."""
    table = rules.indicators
    right = table.noun_phrase_end.split(context.clause_right, maxsplit=1)[0]
    granted = table.granted_as.pattern("right").search(right)
    if granted and quantity.kind in table.granted_kinds:
        return money_head(table, rules.subjects.owner, right[granted.end() :])
    if quantity.kind in table.money_kinds:
        return money_head(table, rules.subjects.owner, right, context.clause_left)
    if quantity.kind not in table.no_head_noun_kinds or right.startswith(table.of):
        return head_noun(table, right.removeprefix(table.of))
    return None


def names_nothing(clause: str, rules: Rules) -> bool:
    """Whether a rate's clause, before the word that says how it changed (`增长`, `占`), names
    nothing but places and the words rates are told with (`同比`, `分别`): `宿迁市、淮安市分别增长`,
    `盐城市以`; not `人均消费增长`, which names what grew, though with no term of the lexicon."""
    table = rules.indicators
    change = table.growth.search(clause) or table.share_whole.search(clause)
    before = clause[: change.start()] if change else clause
    for place in reversed(rules.gazetteer.wide_names.find(before)):
        before = before[: place.start] + before[place.end :]
    return HAN.search(table.rate_words.sub("", before)) is None


def carried_over(context: Context, kind: str, excluded: frozenset[str], rules: Rules, topic: str) -> str | None:
    """An amount, a rank, a share (`其中郑州市占全省总数的44.2%`) or a growth of something its
    clause does not name (`盐城市以7.1%的增速`), whose sentence names nothing, continues the text
    of its section before it, and takes its last term: `...GDP增速居全省第一。8000亿元,该市仍是...`
    → gdp; where the section names nothing before it either, the article's topic."""
    table = rules.indicators
    left, right = context.clause_left, context.clause_right.removeprefix(table.of)
    growth = bool(table.growth.search(left) or table.growth.match(right)) and names_nothing(left, rules)
    share = table.share_whole.search(left) is not None
    carried = (kind in table.rate_kinds and (share or growth)) or kind in table.money_kinds | table.ranking_kinds
    if not carried or table.terms.search(context.sentence_right):
        return None
    before = context.text[max(0, context.sentence_start - TOPIC_REACH) : context.sentence_start]
    return nearest_before(table, _after_heading(before, rules.segments), excluded) or (
        topic if topic not in excluded else None
    )


def _after_heading(text: str, segments: Segments) -> str:
    """`text` after its last heading (a whole line, short, that ends in no sentence mark)."""
    lines = text.split("\n")
    for index in range(len(lines) - 2, 0, -1):
        line = lines[index].strip()
        if line and len(line) <= segments.heading_line and line[-1] not in segments.sentence_final:
            return "\n".join(lines[index + 1 :])
    return text


def names_a_noun(table: IndicatorRules, right: str) -> bool:
    """Whether a noun follows right after the figure: `300家便利店`, not `30家,` or `3项与...`."""
    return HAN.match(table.noun_phrase_end.split(right, maxsplit=1)[0]) is not None


def names_a_noun_before(table: IndicatorRules, left: str) -> bool:
    """Whether a noun of its own comes right before the figure, past the words that lead to its
    level (`新增学位820个`, `智能化煤矿达30座`); not a total or a part of a place (`总数达1200家`)."""
    left = _before_its_level(table, left)
    return any(
        word_tag(noun) in table.counted_noun_tags and noun not in table.uncounted_nouns
        for noun in (left[-length:] for length in COUNTED_NOUN_LENGTHS)
    )


def names_a_rate_before(table: IndicatorRules, left: str) -> bool:
    """Whether a rate of its own comes right before the figure, past the words that lead to its level
    (`新能源利用率达99.6%`), not a rate of the figure before (`增长率为6.5%`)."""
    left = _before_its_level(table, left)
    return left.endswith(table.own_rate_endings) and not left.endswith(table.rates_of_the_figure_before)


def _before_its_level(table: IndicatorRules, left: str) -> str:
    """What comes before a figure, within reach, up to the words that lead to its level (`达到`, `共`)."""
    return table.level_lead_in.sub("", left[-LEVEL_REACH:])


def part_of_share(table: IndicatorRules, context: Context) -> str:
    """A share is of its part, not its whole: `公共开支占GDP的` → `公共开支`, where a term names
    the part, unless that term names the whole too (`9个行业的经费占全部R&D经费的`); a clause
    that opens with the share names its part in the clauses before (`研发投入达85.9亿元,占营业收入的`)."""
    clause_left = context.clause_left
    whole = table.share_whole.search(clause_left)
    if whole is None:
        return clause_left
    parts = _terms(table, clause_left[: whole.start()])
    if not parts and not clause_left[: whole.start()].strip() and _terms(table, clause_left[whole.end() :]):
        return context.sentence_left[: len(context.sentence_left) - len(clause_left)]
    if not parts or _latest(parts).group() in clause_left[whole.end() :]:
        return clause_left
    return clause_left[: whole.start()]


def indicator(context: Context, quantity: Quantity, rules: Rules, topic: str = "") -> str:
    """What the figure measures: its role, its unit, the noun it qualifies, the terms before it, the
    article's topic (`topic`, what its title names) for a bare amount or rank, else the default."""
    table = rules.indicators
    is_money = quantity.kind in table.money_kinds
    never_of_its_kind = table.not_of_kind[quantity.kind]
    excluded = never_of_its_kind
    counted = quantity.unit in table.not_money_counts
    if counted:  # a count of 项 is of no money, but of the deals money is paid in (`技术合同95.8万项`)
        excluded |= table.money - set(table.as_count)
    if quantity.kind in table.firm_kinds:
        found_role = role(table, context.clause_right, context.sentence) or beneficiaries(context, rules)
        if found_role:
            return found_role
    by_unit = table.unit_indicator.get(quantity.unit)
    if by_unit:  # a unit that fixes the kind, whatever noun follows (`600MW项目` is a capacity), unless a
        # phrase of its own tells what the figure measures (`客运量36万人次`)
        told = {"sentence_left": context.sentence_left, "right": context.clause_right}
        return first_label(table.unit_phrases, told) or by_unit
    allowed = table.unit_indicators.get(quantity.unit) or table.kind_indicators.get(quantity.kind)
    head = named_after(context, quantity, rules)
    if head and head not in excluded and (allowed is None or head in allowed):
        return table.as_count.get(head, head) if counted else head
    shares_of = table.no_head_noun_kinds - table.ranking_kinds  # a rank's 的 names the one ranked: `第4位的某市`
    after_of = context.clause_right.removeprefix(table.of)
    of_a_whole = after_of != context.clause_right and not table.growth.match(after_of)
    if head is None and of_a_whole and quantity.kind in shares_of:
        # a share of a whole the lexicon does not name: `近40%的消费市场`, not `的增速`; but a rate after
        # its change word is no share of what follows its 的: it is of what its clause names
        # (`地区生产总值增长6%左右的预期目标`)
        changed = table.growth.search(context.clause_left[-CHANGE_REACH:]) is not None
        return (nearest_before(table, context.clause_left, excluded) if changed else None) or table.default
    # a count (or area, mass) of a noun the lexicon does not name (`300家便利店`, `新增学位820个`), and a
    # rate of its own (`利用率达99.6%`), take no term of another clause
    of_a_noun = head is None and not is_money and quantity.kind not in table.no_head_noun_kinds
    noun_of_its_own = of_a_noun and (
        names_a_noun(table, context.clause_right)
        or (quantity.unit not in table.unit_indicators and names_a_noun_before(table, context.clause_left))
    )
    rate_of_its_own = quantity.kind in table.own_rate_kinds and names_a_rate_before(table, context.clause_left)
    own_measure = noun_of_its_own or rate_of_its_own
    if quantity.kind in table.ranking_kinds:  # the peers a rank is among name nothing it measures
        # the scope lies within the clause (it crosses no clause break), so both lose the same end
        unscoped = table.rank_scope.sub("", context.sentence_left)
        if nearest_before(table, unscoped) is not None:  # not `在全省GDP排名中居第三`: the measure is told there
            scope = len(context.sentence_left) - len(unscoped)
            context = replace(
                context, clause_left=context.clause_left[: len(context.clause_left) - scope], sentence_left=unscoped
            )
    phrase = first_label(table.phrases, {"sentence_left": context.sentence_left})
    if is_money:  # an amount is of money first: `每年最高不超过500万元` after `给予补助`
        excluded = table.names - table.money - {table.default} - set(table.as_money)
    elif allowed:  # an area is of land or of incubators, a mass an output
        excluded = table.names - set(allowed)
    found = (
        phrase
        or nearest_before(table, part_of_share(table, context), excluded)
        or (money_head(table, rules.subjects.owner, context.clause_right, context.clause_left) if is_money else None)
        or (
            None
            if own_measure
            else nearest_before(table, _own_part(context.sentence_left, rules, table.item_opening), excluded)
        )
        or (nearest_before(table, context.clause_left, never_of_its_kind) if is_money else None)
        or carried_over(context, quantity.kind, excluded, rules, topic)
        or (allowed[0] if allowed else table.default)
    )
    if is_money:
        return table.as_money.get(found, found)
    if counted:
        return table.as_count.get(found, found)
    # a share of firms helped by a financing scheme counts them (`80%科技型企业缓解了资金困难`), and so
    # do firms or households counted under the scheme's term in their own clause (`授信户数12万户`)
    helped_firms = quantity.kind in shares_of and table.firm_head.match(context.clause_right) is not None
    borrowers = quantity.unit in table.firm_units and nearest_before(table, context.clause_left, excluded) == found
    return table.as_firms.get(found, found) if helped_firms or borrowers else found


def figure_indicators(figures: list[tuple[Context, Quantity]], rules: Rules, topic: str = "") -> list[str]:
    """What each figure measures, read alone, then with the figures around it: listed
    figures, market shares, rankings, rates and thresholds; `topic` is what the article's title names. A head
    written alone means what it means in the article (`article_meanings`)."""
    meanings = article_meanings(rules.indicators, figures[0][0].text) if figures else {}
    if meanings:
        terms = {**rules.indicators.term_indicator, **meanings}
        rules = replace(rules, indicators=replace(rules.indicators, term_indicator=terms))
    table = rules.indicators
    alone = [indicator(context, quantity, rules, topic) for context, quantity in figures]
    listed = share_predicates(rules, figures, respectively(rules, figures, alone))
    ranked = rankings(table, figures, market_shares_of_the_figure_before(table, figures, listed))
    rated = changes_of_the_ratio_before(rules, figures, rates_of_the_figure_before(rules, figures, ranked))
    return shares_of_the_count_before(table, figures, firms_over_a_threshold(table, figures, rated))


def article_meanings(table: IndicatorRules, text: str) -> dict[str, str]:
    """For each head the article reads (`收入`, `收益`), the indicator its terms that end in it
    have most often in `text` (`一般公共预算收入`, `税收收入` → other), where it writes any."""
    meanings = {}
    for head in table.heads_the_article_reads:
        votes: Counter[str] = Counter()
        at = text.find(head)
        while at != -1:
            end = at + len(head)
            longest = next(
                (
                    text[start:end]
                    for start in range(max(0, end - TERM_REACH), at)
                    if text[start:end] in table.term_indicator
                ),
                None,
            )
            if longest is not None:
                votes[table.term_indicator[longest]] += 1
            at = text.find(head, end)
        if votes:
            meanings[head] = votes.most_common(1)[0][0]
    return meanings


def _joined(figures: list[tuple[Context, Quantity]], rules: Rules) -> Iterator[list[int]]:
    """The figures in groups, in order: those joined by a list's joiners (`、`, `和`) together."""
    index = 0
    while index < len(figures):
        group = [index]
        while group[-1] + 1 < len(figures):
            this, following = figures[group[-1]][0], figures[group[-1] + 1][0]
            if this.text[this.end : following.start] not in rules.segments.list_joiners:
                break
            group.append(group[-1] + 1)
        yield group
        index = group[-1] + 1


def respectively(rules: Rules, figures: list[tuple[Context, Quantity]], indicators: list[str]) -> list[str]:
    """Figures listed after `分别` measure, in order, the terms listed right before it in their clause,
    joined as a list's items are, where as many: `营业收入和净利润分别为12.3亿元和1.5亿元`, not
    `河南农业大学、河南大学分别获奖18项和15项`; a term that contracts two counts as both
    (`汽车产销分别完成2401.6万辆和2396.9万辆`: 产量 and 销量)."""
    table = rules.indicators
    listed = list(indicators)
    for group in _joined(figures, rules):
        clause = figures[group[0]][0].clause_left
        cue = table.respectively.search(clause)
        if len(group) < 2 or cue is None or _terms(table, clause[cue.end() :]):  # `分别实现营业收入`: that term's
            continue
        before = table.contractions_pattern.sub(lambda word: table.contractions[word.group()], clause[: cue.start()])
        terms = list(_outermost_backward(table, before))[::-1]
        if len(terms) != len(group):
            continue
        starts = [term.start() for term in terms[1:]] + [len(before)]
        gaps = [before[term.end() : start] for term, start in zip(terms, starts, strict=True)]
        if all(table.list_of_terms.fullmatch(gap) for gap in gaps):
            for member, term in zip(group, terms, strict=True):
                listed[member] = table.term_indicator[term.group()]
    return listed


def share_predicates(rules: Rules, figures: list[tuple[Context, Quantity]], indicators: list[str]) -> list[str]:
    """Figures joined by 和 share what follows the last of them: the noun it names
    (`60万元、30万元和15万元奖励`), else the verb of rates, each growing a figure before
    them, in order (`1280项,...7360万元,同比增长13.1%和15.4%`), where their clause names
    nothing that grew."""
    table = rules.indicators
    shared = list(indicators)
    for group in _joined(figures, rules):
        listed_before = named_after(*figures[group[-1]], rules) if len(group) > 1 else None
        if listed_before:
            for member in group:
                shared[member] = listed_before
        elif (
            len(group) > 1
            and all(figures[member][1].kind in table.rate_kinds for member in group)
            and nearest_before(table, figures[group[0]][0].clause_left) is None  # not `收入分别增长5.8%和7.9%`
        ):
            first = figures[group[0]][0]
            earlier = [
                i
                for i in range(group[0])
                if figures[i][0].sentence_start == first.sentence_start and figures[i][1].kind not in table.rate_kinds
            ]
            if len(earlier) >= len(group):
                for target, source in zip(group, earlier[-len(group) :], strict=True):
                    shared[target] = shared[source]
    return shared


Figure = tuple[Context, Quantity]


def _of_the_figure_before(
    figures: list[Figure], indicators: list[str], measures_it: Callable[[Figure, Figure, str], bool]
) -> list[str]:
    """The indicators, a figure's that of the figure before it in its sentence where
    `measures_it(figure, figure before, what the figure before measures)` holds."""
    taken = list(indicators)
    for index in range(1, len(figures)):
        figure, before = figures[index], figures[index - 1]
        if before[0].sentence_start == figure[0].sentence_start and measures_it(figure, before, taken[index - 1]):
            taken[index] = taken[index - 1]
    return taken


def rankings(table: IndicatorRules, figures: list[Figure], indicators: list[str]) -> list[str]:
    """A ranking with no term between it and the figure before it in its sentence
    (`...1.58%,居全省第三位`) ranks that figure, unless that figure counts places, its peers
    (`16个地市`, `城市增至24个`)."""

    def ranks_it(figure: Figure, before: Figure, _: str) -> bool:
        (context, quantity), (before_context, before_quantity) = figure, before
        return (
            quantity.kind in table.ranking_kinds
            and nearest_before(table, context.text[before_context.end : context.start]) is None
            and not counts_places(table, before_context, before_quantity)
        )

    return _of_the_figure_before(figures, indicators, ranks_it)


def market_shares_of_the_figure_before(
    table: IndicatorRules, figures: list[Figure], indicators: list[str]
) -> list[str]:
    """A share of a market, with no term between it and the figure before it in its sentence, is of
    what that figure measures where a market is shared in it (`share_of_the_figure_before`):
    `年产竹筷30亿双,全国市场份额达四成` (capacity)."""

    def shares_it(figure: Figure, before: Figure, measured: str) -> bool:
        (context, _), (before_context, _) = figure, before
        between = context.text[before_context.end : context.start]
        shares = table.share_of_the_figure_before.applies({"between": between, "indicator": measured})
        return shares and nearest_before(table, between) is None

    return _of_the_figure_before(figures, indicators, shares_it)


def rates_of_the_figure_before(rules: Rules, figures: list[Figure], indicators: list[str]) -> list[str]:
    """A rate whose part of its sentence (after a semicolon) names no term before it, whose clause
    names nothing that changed and no noun after it, measures the figure before it, whose unit may
    have said what that is: `接待游客425万人次,同比增长18.7%` (events), `装机容量达到9865万千瓦,
    同比增长11.2%` (capacity), `旅游收入168亿元;乐山市接待游客386万人次,同比增长25.6%` (events);
    not `...425万人次,人均消费增长8%`. A term before the figure before that names what it measures
    names what the rate measures too: `新设企业3175户,同比增长9.6%` (enterprises, of no rate
    where the term alone is before a rate: `集体企业增长2.3%` tells whose)."""
    table = rules.indicators
    listed = {figures[index][0].start for group in _joined(figures, rules) if len(group) > 1 for index in group}

    def rates_it(figure: Figure, before: Figure, measured: str) -> bool:
        context, quantity = figure
        if quantity.kind not in table.rate_kinds:
            return False
        term = nearest_before(table, _own_part(context.sentence_left, rules))
        between = context.text[before[0].end : context.start]
        # (rates listed, or after `分别`, go in turn with the figures before them)
        of_the_count = (
            nearest_before(table, between) is None
            and not table.respectively.search(between)
            and context.start not in listed
        )
        return (
            (term is None or (term == measured and of_the_count))
            and named_after(context, quantity, rules) is None
            and names_nothing(context.clause_left, rules)
            and not counts_places(table, *before)
        )

    return _of_the_figure_before(figures, indicators, rates_it)


def changes_of_the_ratio_before(rules: Rules, figures: list[Figure], indicators: list[str]) -> list[str]:
    """A change in percentage points whose clause names nothing else that changed measures what
    the ratio before it in its sentence does: `研发投入强度为2.45%,较上年提高0.12个百分点`."""
    table = rules.indicators

    def changes_it(figure: Figure, before: Figure, _: str) -> bool:
        context, quantity = figure
        return (
            quantity.unit in table.ratio_change_units
            and before[1].kind in table.rate_kinds
            and named_after(context, quantity, rules) is None
            and names_nothing(context.clause_left, rules)
        )

    return _of_the_figure_before(figures, indicators, changes_it)


def _own_part(sentence_left: str, rules: Rules, opening: regex.Pattern[str] | None = None) -> str:
    """What a sentence holds before a figure, from the last part break (`;`) on; with `opening`,
    from the last break that opens an item of a list so (`一是...;二是新建学校2所`: the second's)."""
    end = 0
    for found in rules.segments.part_break.finditer(sentence_left):
        if opening is None or opening.match(sentence_left, found.end()):
            end = found.end()
    return sentence_left[end:]


def firms_over_a_threshold(
    table: IndicatorRules, figures: list[tuple[Context, Quantity]], indicators: list[str]
) -> list[str]:
    """Firms counted by a threshold figure written right before them (`营业收入超5亿元的高新技术企业
    120家`) are counted by what that figure measures, where the rules say what (not `other`)."""
    counted = list(indicators)
    for index in range(1, len(figures)):
        threshold, (firms, quantity) = figures[index - 1][0], figures[index]
        measured = counted[index - 1] != table.default
        if (
            measured
            and quantity.kind in table.firm_kinds
            and _qualified(table, firms.text[threshold.end : firms.start])
        ):
            counted[index] = counted[index - 1]
    return counted


def shares_of_the_count_before(table: IndicatorRules, figures: list[Figure], indicators: list[str]) -> list[str]:
    """A share right after a count in its sentence, no term between, is a share of what the count
    counts: `企业203家,占全省总数的39.6%`, `营业收入超5亿元的企业120家,占比20%`."""

    def shares_it(figure: Figure, before: Figure, _: str) -> bool:
        counted, share = before[1].kind in table.firm_kinds, figure[1].kind in table.rate_kinds
        return counted and share and _share_of(table, before[0], figure[0])

    return _of_the_figure_before(figures, indicators, shares_it)


def _qualified(table: IndicatorRules, between: str) -> bool:
    """Whether what comes between a figure and a count makes the figure a threshold of firms: `以上的企业`,
    `的企业有`."""
    qualifier, of, firms = between.partition(table.of)
    head = table.firm_head.match(firms)
    counted = head is not None and (head.end() == len(firms) or firms[head.end() :] in table.threshold_count_verbs)
    return bool(of) and len(qualifier) <= QUALIFIER and counted


def _share_of(table: IndicatorRules, figure: Context, share: Context) -> bool:
    """Whether `share` follows `figure` in its sentence as a share of it, no term between: `120家,占比20%`."""
    between = figure.text[figure.end : share.start]
    return (
        share.sentence_start == figure.sentence_start
        and table.share_whole.search(between) is not None
        and nearest_before(table, between) is None
    )


def counts_places(table: IndicatorRules, context: Context, quantity: Quantity) -> bool:
    """Whether a figure counts places, named after it (`16个地市`) or, for a count, in its clause before it."""
    if table.places.match(context.clause_right):
        return True
    return (
        quantity.kind not in table.money_kinds | table.rate_kinds
        and table.places.search(context.clause_left) is not None
    )
