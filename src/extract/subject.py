"""Whom a figure is about (ANNOTATION §6); the order of the rules is told at
the top of `rules/subjects.yaml`.

Candidates are found once per article: self-references (`我区`), regions of
the gazetteer and development zones, organisation names, declared aliases,
and words pointing back (`该公司`); each figure then takes the one its
sentence gives it, else the article's own region.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, replace

import regex

from extract.context import Context
from extract.frame import (
    COUNTRY,
    DISTRICT,
    PROVINCE,
    Frame,
    bare_zone_names,
    bodies_acting,
    localities,
    localities_named_alone,
    of_its_kind,
    opens_a_clause,
    quoted,
    speaks_as_its_district,
    speaks_of_a_level,
)
from extract.gazetteer import Name, crossed
from extract.organisation import (
    abbreviations,
    alias_declarations,
    core,
    counted_before,
    declared_aliases,
    fullest,
    known_by_another_short_name,
)
from extract.person import people, private_people
from extract.rules import Rule, Rules, SubjectRules, last_match
from extract.sections import FOREIGN, TOWNSHIP, VILLAGE
from extract.spans import longest_first, occurrences
from extract.tables import Cell

NAME_LEFT = 30  # characters before a name that say whether it is a subject
NAME_RIGHT = 60  # and after it
OPENING_BRACKETS = ("(", "（")
CLOSING_BRACKETS = (")", "）")
PARAGRAPH_MARKS = " \t\u3000●•·*#"  # what may stand before a paragraph's first word
SCHOOL_NAMED_LEAST = 3  # how often an article names a school to be about it
CORE_UNCROSSED = 4  # a firm's core or alias this long is its name where a word crosses it (`恒立精密实现`)
ROLE_IN_A_FIRM_REACH = 6  # the characters before a speaker's name read for their role in a firm (`公司董事长`)
QUOTE_SPEAKER_REACH = 12  # `“...”澄川环保董事长孙国栋说`: the speaker follows the quotation
PRIVATE_SPEAKER_REACH = 20  # `“...”在雪场附近经营家庭旅馆的村民孙立群说`: a private speaker's description is longer
TRADE_NAME = 2  # characters of a firm's trade name, which opens its core (`星河` of `星河能源发电`)
NAMING_KINDS = ("region", "organisation", "alias")  # candidates that name a subject, not point back to one
PAIR_ORDER = {"latter": 0, "former": 1}  # `后者`, `前者`: which of the last two parties named, from the last


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    subject: str
    kind: str  # self, region, organisation, alias, anaphora, joint, person, private (speaking for themselves)
    blocked: bool = False  # an object, a place, an example: named, but not the subject


def _blocked(c: Candidate, text: str, rules: Rules, subject: str | None = None) -> Candidate:
    """The candidate (named `subject` if given), blocked where the words around it make it no subject."""
    parts = _around(c, text)
    table = rules.subjects
    blocked = table.not_subject.any_applies(parts) or (c.kind == "person" and table.person.any_applies(parts))
    return Candidate(c.start, c.end, c.subject if subject is None else subject, c.kind, blocked)


def _around(c: Candidate, text: str) -> dict[str, str]:
    """The words before a candidate, the name as written, and the words after it."""
    return {
        "left": text[max(0, c.start - NAME_LEFT) : c.start],
        "written": text[c.start : c.end],
        "right": text[c.end : c.end + NAME_RIGHT],
    }


def _named_regions(text: str, home: dict[str, str], rules: Rules) -> list[Candidate]:
    """Self-references, regions with their zones, and the home district by its short name."""
    gazetteer, table = rules.gazetteer, rules.subjects
    found = []
    named = {name.text for name in gazetteer.regions_in(text)} | set(home.values())
    resolved = [(name, gazetteer.resolve(name.text, named)) for name in gazetteer.names_in(text)]
    localities_after = [(name.start, *localities(text, name.end, rules)) for name, region in resolved if region]
    named_after = [village for _, _, village in localities_after if village]
    townships_alone, villages_alone = localities_named_alone(text, rules, named)
    # a village written right after a township named alone is named so too (`梅溪街道星岚村`)
    named_after += [
        village
        for place in townships_alone
        for at in occurrences(place, text)
        if (village := localities(text, at + len(place), rules)[1]) is not None
    ]
    # wherever named, and where first named after their region from the region on, through the township
    villages = [
        (start, place) for place in {n.text for n in named_after} | villages_alone for start in occurrences(place, text)
    ]
    townships = [
        (start, place)
        for place in {n.text for _, n, _ in localities_after if n} | townships_alone
        for start in occurrences(place, text)
    ]
    # and a township first named after its region spans it, as a place does (`在庆元县黄田镇举行`),
    # but not the village named after it
    through = {n.end: n.start for n in named_after}
    through |= {t.end: region_start for region_start, t, village in localities_after if t and not village}
    regions = [(name.start, region, gazetteer.level(region)) for name, region in resolved if region]
    regions += [(start, place, VILLAGE) for start, place in villages]
    regions = sorted(regions + [(start, place, TOWNSHIP) for start, place in townships])
    # `该区` may say an autonomous region (`广西壮族自治区...该区`) or a zone, in an article on no
    # district (`...高新区管委会主任说,该区已有...`); in a district's, it is a district
    zones = [] if DISTRICT in home else gazetteer.zones_written(text)
    provinces = [] if DISTRICT in home else [(s, region, DISTRICT) for s, region, level in regions if level == PROVINCE]
    said = sorted(regions + [(start, zone, DISTRICT) for start, zone in zones])
    for match in table.self_pattern.finditer(text):
        if not speaks_of_a_level(text, match.start(), match.end(), rules):
            continue
        word = match.group()
        if not _said_here(word, home, table):
            continue
        at = match.start()
        own_word = [p for p in provinces if speaks_as_its_district(p[1], word, rules)]
        before = sorted(said + own_word) if word in table.the_said else regions
        subject = ";".join(_standing_for(word, level, home, before, at, rules) for level in table.self_reference[word])
        found.append(Candidate(match.start(), match.end(), subject, "self"))
    for name, region in resolved:
        zone = gazetteer.zone_name_after(text, name)
        if zone:
            found.append(Candidate(name.start, name.end + len(zone), name.text + zone, "region"))
        # `中国` qualifies (`中国驰名商标`), but in another country's article it is a party (`中国对日出口`)
        elif region is not None and (region != gazetteer.country or FOREIGN in home):
            found.append(Candidate(name.start, name.end, region, "region"))
    for place in gazetteer.zones_in(text):
        for start in occurrences(place, text):
            found.append(Candidate(start, start + len(place), place, "region"))
    found += [
        Candidate(body.start, body.end, body.text, "region")
        for body in bodies_acting(text, rules)
        if table.acting_body_lead.search(text[max(0, body.start - 3) : body.start])
    ]
    for part in table.country_region.finditer(text):
        found.append(Candidate(part.start(), part.end(), part.group("region") + table.country_region_suffix, "region"))
    ends = [(start + len(place), place) for start, place in villages + townships]
    found += [Candidate(through.get(end, end - len(place)), end, place, "region") for end, place in ends]
    short = gazetteer.short_of.get(home.get("district", ""), "")
    for start in occurrences(short, text) if short else ():
        if not crossed(text, Name(start, start + len(short), short)):
            found.append(Candidate(start, start + len(short), home["district"], "region"))
    for bare in [*bare_zone_names(text, home, rules), *gazetteer.zones_named_again(text)]:
        found.append(Candidate(bare.start, bare.end, bare.text, "region"))
    return found


def _said_here(word: str, home: dict[str, str], table: SubjectRules) -> bool:
    """Whether a self-reference stands for a region in this article: not one only some region
    uses of itself (`全港`) where the article is not that region's."""
    ends = [end for end, words in table.speaks_of_itself_only_as.items() if word in words]
    return not ends or any(region.endswith(tuple(ends)) for region in home.values())


def _standing_for(
    word: str, level: str, home: dict[str, str], regions: list[tuple[int, str, str]], at: int, rules: Rules
) -> str:
    """What a self-reference of `level` at `at` stands for: a village or township, or the region
    `该县` says, named last, before the article's own (`与之相邻的余村,全村...`); else the article's
    own region of that level and kind (`全区` is no `县`'s), for a word only some regions use of
    themselves (`自治区`, Taiwan's `我国`) the one that does; else the region of that level and kind
    named last; else the narrowest home region."""
    named_last = _named_last(regions, level, at, word, rules)
    if (level in (VILLAGE, TOWNSHIP) or word in rules.subjects.the_said) and named_last:
        return named_last
    own = home.get(level, "")
    # `全区` of an autonomous region's county or of its own article (naming a `区` of a city in
    # passing), else of a `区` named
    if (not own and not home.get("city")) or not of_its_kind(own, word, rules):
        province = home.get("province", "")
        own = province if speaks_as_its_district(province, word, rules) else named_last or own
    for end, words in rules.subjects.speaks_of_itself_as.items():
        if word in words:
            own = next((region for region in home.values() if region.endswith(end)), own if level == COUNTRY else "")
    return own or named_last or _narrowest(home, level, word, rules)


def _narrowest(home: dict[str, str], level: str, word: str, rules: Rules) -> str:
    """What a self-reference stands for where its level is not named: the city, and for a
    village or township the narrowest home region (`全村` in an article on `宜丰县`); a word of a
    district a province-level region speaks of itself with (`全区` of `广西壮族自治区`), it, before
    a city the article names (no city speaks of itself as a `区`)."""
    province = home.get("province", "")
    own_district = province if speaks_as_its_district(province, word, rules) else ""
    return (home.get("district") if level in (VILLAGE, TOWNSHIP) else None) or own_district or home.get("city", "")


def _named_last(regions: list[tuple[int, str, str]], level: str, position: int, word: str, rules: Rules) -> str:
    """The region of `level` and of the kind `word` speaks of named last before `position`: what
    `全县` stands for in an article whose own region is wider (a province's article on its
    counties), `全村` in one on a county."""
    before = (
        region
        for start, region, named_level in reversed(regions)
        if start < position and named_level == level and of_its_kind(region, word, rules)
    )
    return next(before, "")


def article_subjects(text: str, offset: int, sentence_starts: list[int], frame: Frame, rules: Rules) -> Subjects:
    """The subject candidates of an article's text (or of its chunk starting at `offset`), ready
    to attribute its figures."""
    names = _within(frame.organisations, offset, len(text))
    found = _named_regions(text, frame.home, rules) + [Candidate(n.start, n.end, n.text, "organisation") for n in names]
    declared_of = declared_aliases(text, names, rules)
    found += _by_their_cores(text, names, declared_of, rules) + _by_their_abbreviations(text, names, rules)
    found += _by_their_level(text, names, set(frame.home.values()), rules)
    found += [Candidate(n.start, n.end, n.text, "organisation") for n in _within(frame.contracted, offset, len(text))]
    found += [Candidate(p.start, p.end, p.text, "private") for p in private_people(text, sentence_starts, rules)]
    found += [Candidate(p.start, p.end, p.text, "person") for p in people(text, sentence_starts, rules)]
    # a name the text declares an alias of another (`太原重型机械集团有限公司(以下简称“太重集团”)`) is that one's
    declared = {alias: full for full, aliases in declared_of.items() for alias in aliases}
    # (and a short name whose fuller form is the alias: `农商银行` → `星河农商银行` → its registered name)
    fuller = {
        name.text: declared.get(name.text) or declared.get(full) or full
        for name in names
        if (full := fullest(name.text, names, rules))
    }
    found = [  # a chunk's contracted name may stand for a name written in full in another chunk
        _blocked(c, text, rules, fuller.get(c.subject, c.subject) if c.kind == "organisation" else None)
        for c in longest_first(found)
    ]
    found = _after_their_region(found)
    found = _join_partners(found, text, sentence_starts, rules)
    subjects = Subjects(text, found, frame.own, sentence_starts, rules)
    aliases = []
    # the aliases declared, where they are written (`(以下简称“星岚免税”)`) and for whom: a core written
    # there is the alias's, not the one its name holds
    declarations: list[tuple[int, int, str]] = []
    time_ends = {time.end - offset for time in frame.times}
    for match in alias_declarations(text, rules):
        if match.start() in time_ends:  # a span's alias (`2020年至2022年(以下简称“报告期”)`): no one's
            continue
        named = [n for n in names if n.end <= match.start() and match.start() - n.end <= 1]
        full = named[-1].text if named else subjects.named_before(match.start())
        if not full:
            continue
        declarations.append((*match.span("alias"), full))
        alias = match.group("alias")
        # as a word of its own (not `软件业` of `软件业务`), one this long unless inside a word that holds
        # it (`星河农商银行存款`: not `银行存款` over its end), nor a trade (`北京银行业`)
        holding_only = len(alias) >= CORE_UNCROSSED
        for start in occurrences(alias, text):
            written = Name(start, start + len(alias), alias)
            if (
                not match.start() <= start < match.end()
                and not crossed(text, written, holding_only=holding_only)
                and not text.startswith(rules.subjects.trade_suffixes, written.end)
            ):
                aliases.append(_blocked(Candidate(start, start + len(alias), full, "alias"), text, rules))
    found = [
        c for c in found if all(c.subject == full or not start <= c.start < end for start, end, full in declarations)
    ]
    found = _resolve_anaphora(longest_first(found + aliases), text, frame.own, rules)
    bare = _within(frame.pointers, offset, len(text))
    pointers = _resolve_pointers(found, bare, frame.own, text, rules)
    return replace(subjects, candidates=longest_first(found + pointers), school=_school(found, frame, rules))


def _school(found: list[Candidate], frame: Frame, rules: Rules) -> str:
    """The school the text names most, in full or by a short name, where it names one often; none
    where the title names the article's own region and not the school (but in the school's name):
    a region's article (`...县教育局...工作总结`) names its schools, its teachers and pupils being
    the region's."""
    antecedent = rules.subjects.school_people.pattern("antecedent")
    named = Counter(c.subject for c in found if c.kind == "organisation" and antecedent.search(c.subject))
    top = named.most_common(1)
    if not top or top[0][1] < SCHOOL_NAMED_LEAST:
        return ""
    school, gazetteer, title = top[0][0], rules.gazetteer, frame.title
    own_words = school.removeprefix(frame.own).removeprefix(gazetteer.short_of.get(frame.own, ""))
    if own_words in title:  # `宁都县:山里的青石中学`
        return school
    within = {at for start in occurrences(school, title) for at in range(start, start + len(school))}
    in_title = [name for name in gazetteer.names_in(title) if name.start not in within]
    return "" if any(gazetteer.resolve(name.text, set()) == frame.own for name in in_title) else school


def _by_their_cores(text: str, names: list[Name], declared: dict[str, list[str]], rules: Rules) -> list[Candidate]:
    """Companies named by their core where the article names them in full too: `恒钢` for
    `恒钢集团`, where no word of the dictionary crosses the core (overlaps with full names are
    resolved longest first). Other organisations are not: `赣吉` of a fund names a partnership;
    nor a company whose core is a name of its own (`星河国际陆港` of `星河国际陆港发展集团有限公司`)
    or whose short name the text declares (`青岛啤酒`: not `啤酒`)."""
    found = []
    written = {name.text for name in names}
    for full in dict.fromkeys(name.text for name in names if rules.subjects.short_name_ending.search(name.text)):
        short = core(full, rules)
        if known_by_another_short_name(full, short, written, declared.get(full, ()), rules):
            continue
        for at in occurrences(short, text) if short != full else ():
            if len(short) >= CORE_UNCROSSED or not crossed(text, Name(at, at + len(short), short)):
                found.append(Candidate(at, at + len(short), full, "organisation"))
    return found


def _by_their_abbreviations(text: str, names: list[Name], rules: Rules) -> list[Candidate]:
    """Names written by their short forms (`北山实中` for `北山实验中学`), where no word of the
    dictionary crosses them."""
    found = []
    for full, short_forms in abbreviations(sorted({name.text for name in names}), rules).items():
        for short in short_forms:
            for start in occurrences(short, text):
                if not crossed(text, Name(start, start + len(short), short)):
                    found.append(Candidate(start, start + len(short), full, "organisation"))
    return found


def _by_their_level(text: str, names: list[Name], home: set[str], rules: Rules) -> list[Candidate]:
    """Names that open with the name of a region the article is of (`home`), written with the
    region's level alone (`县总医院` for `尤溪县总医院`, as `全县` for `尤溪县`; not another county's
    `岚皋县人民医院`), where no word of the dictionary crosses them."""
    found = []
    gazetteer = rules.gazetteer
    for full in dict.fromkeys(name.text for name in names):
        place = gazetteer.places.find(full, 0, len(full))
        if not place or place[0].start != 0 or place[0].text not in home:
            continue
        level = full[place[0].end - 1 : place[0].end]
        rest = full[place[0].end :]
        if not level.endswith(gazetteer.region_suffixes) or len(rest) < 2:
            continue
        short = level + rest
        for start in occurrences(short, text):
            written = Name(start, start + len(short), short)
            counted = counted_before(written, text, rules)  # `6个县人民医院`: a class of them
            if gazetteer.places.ending_at(text, start + 1) is None and not crossed(text, written) and not counted:
                found.append(Candidate(start, start + len(short), full, "organisation"))
    return found


def _after_their_region(found: list[Candidate]) -> list[Candidate]:
    """`苏州全市`: a self-reference right after a region stands for that region, and is no subject
    where the region is none (`占广西全区的12%`, a share's base)."""
    for index in range(1, len(found)):
        before, c = found[index - 1], found[index]
        if c.kind == "self" and before.kind == "region" and before.end == c.start:
            found[index] = replace(c, subject=before.subject, blocked=c.blocked or before.blocked)
    return found


def _within(names: list[Name], offset: int, length: int) -> list[Name]:
    """The names of the stretch `offset:offset + length`, with offsets into it."""
    return [
        Name(n.start - offset, n.end - offset, n.text) for n in names if offset <= n.start and n.end <= offset + length
    ]


def _resolve_pointers(
    found: list[Candidate], pointers: list[Name], own: str, text: str, rules: Rules
) -> list[Candidate]:
    """A bare suffix (`公司`, `学校`) is the last organisation its paragraph names before it whose
    name holds it (`集团` of `星河交通投资集团有限公司`, not its `星河科技发展有限公司`), else the article's
    own where it does, else the last named before that ends so (a company's short ending stands
    for any of them): in an organisation's own article, beyond its paragraph (`公司` is the
    article's company, not the shareholder listed last), and before that the last one named
    anywhere that holds the suffix and the trade name of the article's firm (`集团` in an article on
    the group's firm is the group, not a customer's)."""
    family = rules.subjects.short_name_ending
    resolved = []
    for pointer in pointers:
        short_ending = family.search(pointer.text) is not None  # `公司`, `集团`: a company's
        endings = family if short_ending else regex.compile(regex.escape(pointer.text) + "$")
        own_fits = endings.search(own) is not None
        since = text.rfind("\n", 0, pointer.start) + 1 if own_fits else 0
        before = [
            c
            for c in found
            if since <= c.start and c.end <= pointer.start and c.kind == "organisation" and endings.search(c.subject)
        ]
        paragraph = text.rfind("\n", 0, pointer.start) + 1
        holding = [c.subject for c in before if pointer.text in c.subject and c.start >= paragraph]
        antecedent = holding[-1] if holding else ""
        if not antecedent and own_fits and pointer.text in own:
            antecedent = own
        elif not antecedent and own_fits and short_ending:
            antecedent = _of_the_firms_house(found, pointer, own, rules)
        if not antecedent:
            antecedent = before[-1].subject if before else own if own_fits else ""
        if antecedent:
            resolved.append(_blocked(Candidate(pointer.start, pointer.end, antecedent, "anaphora"), text, rules))
    return resolved


def _of_the_firms_house(found: list[Candidate], pointer: Name, own: str, rules: Rules) -> str:
    """The last organisation named before a company's short ending (`集团`) that holds it and the
    trade name that opens the core of the article's firm (`星河` of `星河能源发电有限公司`): its
    group, else ''."""
    trade_name = core(own, rules)[:TRADE_NAME]
    held = [
        c.subject
        for c in found
        if c.end <= pointer.start
        and c.kind == "organisation"
        and pointer.text in c.subject
        and trade_name in c.subject
        and c.subject != own
    ]
    return held[-1] if held else ""


def _join_partners(found: list[Candidate], text: str, sentence_starts: list[int], rules: Rules) -> list[Candidate]:
    """`A与B共同...`: B acts with A, the subject before it in its sentence."""
    joined = list(found)
    for index, partner in enumerate(found):
        parts = {
            "left": text[max(0, partner.start - NAME_LEFT) : partner.start],
            "right": text[partner.end : partner.end + NAME_RIGHT],
        }
        if not rules.subjects.joint_action.applies(parts):
            continue
        sentence_start = _sentence_start(sentence_starts, partner.start)
        leaders = [c for c in found[:index] if c.start >= sentence_start and not c.blocked]
        if leaders:
            parties = list(dict.fromkeys(leaders[-1].subject.split(";") + partner.subject.split(";")))
            joined.append(Candidate(leaders[-1].start, partner.end, ";".join(parties), "joint"))
    return sorted(joined, key=lambda c: (c.start, c.end))


def _resolve_anaphora(found: list[Candidate], text: str, own: str, rules: Rules) -> list[Candidate]:
    """Words pointing back (`该公司`, `两地`) take the last subject before them that they can refer to,
    else the article's own where they can (`这家企业` in a title); words of the first person (`我校`)
    take the article's own where they can, not a part of it named since (`生命科学学院`)."""
    pointers = sorted(
        (
            (match.start(), match.end(), order, rule)
            for order, rule in enumerate(rules.subjects.anaphora)
            for match in rule.finditer(text)
        ),
        key=lambda pointer: pointer[:3],
    )
    resolved = list(found)
    refers: dict[tuple[int, str], bool] = {}  # (rule, subject): whether the rule's words can point back to it

    def can_refer(order: int, rule: Rule, c: Candidate) -> bool:
        if rule.label == "joint":
            return c.kind == "joint"
        if (order, c.subject) not in refers:
            refers[order, c.subject] = rule.applies({"antecedent": c.subject})
        return refers[order, c.subject]

    for start, end, order, rule in pointers:
        if any(c.start <= start < c.end for c in found):
            continue
        # a bare suffix (`公司`, not `该公司`) in an organisation's own article: as `_resolve_pointers`
        bare = text[start:end] in rules.subjects.organisation_suffixes and rule.applies({"antecedent": own})
        since = text.rfind("\n", 0, start) + 1 if bare else 0
        before = [c for c in resolved if since <= c.start and c.end <= start and can_refer(order, rule, c)]
        speaking = any(first_person.match_at(text, start) for first_person in rules.subjects.first_person)
        if speaking and own and rule.applies({"antecedent": own}):
            antecedent = own
        elif rule.label in PAIR_ORDER:  # of the last two parties named (not pointed back to), the first or last
            named = [c.subject for c in sorted(before, key=lambda c: -c.end) if c.kind != "anaphora"]
            last_two = list(dict.fromkeys(named))[:2]
            antecedent = last_two[PAIR_ORDER[rule.label]] if len(last_two) > PAIR_ORDER[rule.label] else ""
        elif before:
            antecedent = max(before, key=lambda c: c.end).subject
        elif rule.label == "joint":
            antecedent = _last_pair(resolved, start)
        else:
            antecedent = own if own and rule.applies({"antecedent": own}) else ""
        if antecedent:
            resolved.append(_blocked(Candidate(start, end, antecedent, "anaphora"), text, rules))
    return sorted(resolved, key=lambda c: c.start)


def _in_an_aside_closed(text: str, end: int, position: int) -> bool:
    """Whether what ends at `end` lies in brackets that close before `position`: an aside
    (`(同期全国增长27.5%)`), whose subject names nothing after it."""
    depth = 0
    for character in text[end:position]:
        if character in OPENING_BRACKETS:
            depth += 1
        elif character in CLOSING_BRACKETS:
            if depth == 0:
                return True
            depth -= 1
    return False


def _sentence_start(sentence_starts: list[int], at: int) -> int:
    return sentence_starts[bisect.bisect_right(sentence_starts, at) - 1]


def _last_pair(found: list[Candidate], position: int) -> str:
    """`这两个城市` where no parties were joined: the last two regions named before it, in order."""
    regions: list[str] = []
    for c in sorted((c for c in found if c.kind == "region" and c.end <= position), key=lambda c: -c.end):
        if c.subject not in regions:
            regions.insert(0, c.subject)
        if len(regions) == 2:
            return ";".join(regions)
    return ""


@dataclass
class Subjects:
    text: str
    candidates: list[Candidate]  # in order of start
    default: str  # the article's own region
    sentence_starts: list[int]
    rules: Rules
    school: str = ""  # the school the article is about: its people's figures are its own

    def __post_init__(self) -> None:
        self.starts = [c.start for c in self.candidates]
        self.longest = max((c.end - c.start for c in self.candidates), default=0)
        # the items of lists: where each opens, and the place it opens by naming alone, if any
        self.items = []
        for start in self.sentence_starts:
            opening = self.rules.indicators.item_opening.match(self.text, start)
            if opening:
                place = self.rules.subjects.item_naming_a_place.match_at(self.text, opening.end())
                self.items.append((start, place.span("place") if place else (0, 0)))
        self.item_starts = [start for start, _ in self.items]
        self.firm_of_speaker: dict[str, str] = {}  # an interview's speakers, each read once

    def _starting(self, start: int, end: int) -> list[Candidate]:
        """The candidates that start in `start:end`."""
        return self.candidates[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]

    def in_table(self, cell: Cell | None) -> str:
        """The subject of a table's cell: the one its column's header names (`星河经济开发区` over its
        figures), else the first its row names (the firm of `星河公司 城关镇 奖励 200`, not the
        town it lies in), but another country; else ''."""
        if cell is None:
            return ""
        if cell.header:
            named = [c for c in self._starting(*cell.header) if (c.start, c.end) == cell.header and self._owns(c)]
            written = self.text[cell.header[0] : cell.header[1]]
            if named or self.rules.gazetteer.names_a_zone(written):
                return named[0].subject if named else written
        row_start = self.text.rfind("\n", 0, cell.start) + 1
        named = [c for c in self._starting(row_start, cell.start) if c.end <= cell.start and self._owns(c)]
        if named and self._foreign(named[0].subject):  # a trade partner's row (`东盟`): the article's trade with it
            return self.default
        return named[0].subject if named else ""

    def _foreign(self, subject: str) -> bool:
        gazetteer = self.rules.gazetteer
        return subject in gazetteer.regions and gazetteer.level(subject) == FOREIGN

    @staticmethod
    def _owns(candidate: Candidate) -> bool:
        return not candidate.blocked and candidate.kind != "person"

    def named_before(self, position: int, sentence_start: int | None = None) -> str:
        """The subject named last before `position` in its sentence ('' if none)."""
        if sentence_start is None:
            sentence_start = _sentence_start(self.sentence_starts, position)
        named = self._named_before(position, sentence_start)
        return named.subject if named else ""

    def _named_before(self, position: int, sentence_start: int) -> Candidate | None:
        before = [c for c in self._starting(sentence_start, position) if not c.blocked and c.end <= position]
        while before and _in_an_aside_closed(self.text, before[-1].end, position):
            before.pop()
        if not before:
            return None
        latest = before[-1]
        joint = [c for c in before if c.kind == "joint" and c.end >= latest.start]
        return joint[-1] if joint else latest

    def subject(self, context: Context, indicator: str = "", first_places: int = 0) -> str:
        """Whom the figure in `context` is about, of `indicator` where known; `first_places`: how
        many the figure ranks together, where it is a rank of the first places (`前两位`)."""
        text, table = self.text, self.rules.subjects
        owned = table.owner.pattern("right").search(context.clause_right)
        if owned:
            named = self._starting(context.end + owned.end(), context.end + owned.end() + 2)
            if named and named[0].kind in ("organisation", "region"):
                return named[0].subject
        if text[context.start - 1 : context.start] in OPENING_BRACKETS:  # `南昌市(65.2亿元)`, `全国（8.1%）`
            named = [c for c in self._starting(context.sentence_start, context.start) if c.end == context.start - 1]
            if named:
                return named[-1].subject
        for c in self._starting(context.sentence_start - self.longest, context.start + 1):
            if not context.sentence_start <= c.end <= context.start:
                continue
            between = text[c.end : context.start]
            if table.peer_average.applies({"between": between, "mention": context.mention}) or (
                table.field_of_peers.applies(
                    {"written": text[c.start : c.end], "between": between, "right": context.clause_right}
                )
            ):
                return c.subject
        before = self._named_before(context.start, context.sentence_start)
        if before is None or before.kind == "person":
            if answered := self._answered_for(context.start):  # `孙国栋:今年新上生产线3条`
                return answered
        listed = self._held_jointly(context, before) or self._held_by_the_list_before(context, first_places)
        if listed:
            return listed
        if self.school and (before is None or before.kind in ("region", "self")):
            if table.school_people.pattern("sentence").search(text, context.sentence_start, context.sentence_end):
                return self.school
        if before:
            return before.subject
        stop = table.named_after_stop.search(text, context.end, context.sentence_end)
        reach = stop.start() if stop else context.sentence_end
        speaker_at = -1  # a quotation's speaker, named right after it, in a name of any length
        # a quotation the sentence opens and the figure is still inside; it closes within its paragraph
        quoted = text[context.sentence_start : context.sentence_start + 1] == "“"
        if quoted and text.find("”", context.sentence_start, context.start) == -1:
            line_end = text.find("\n", context.start)
            closing = text.find("”", context.start, line_end if line_end != -1 else len(text))
            if closing != -1:
                speaker_at = closing + 1
                reach = max(reach, min(closing + QUOTE_SPEAKER_REACH, len(text)))
                if speaker := self._speaking_for_themselves(speaker_at):  # `“...我家民宿...”星河村村民孙立群说`
                    return speaker
        after = [
            c
            for c in self._starting(context.end, reach)
            if not c.blocked and (c.end <= reach or c.start == speaker_at) and c.kind != "person"
        ]
        if after:
            return after[0].subject
        told_before = "" if indicator in table.indicators_of_places else self._told_before(context)
        return told_before or self._item_place(context) or self._topic(context.start) or self.default

    def _answered_for(self, position: int) -> str:
        """The firm the speaker of an interview's answer (`孙国栋:…`, the line it opens) speaks
        for, where the text titles them by a role in it after naming it (`星河纺织有限公司总经理
        孙国栋`); else ''."""
        table = self.rules.subjects
        line_start = self.text.rfind("\n", 0, position) + 1
        answer = table.answer_line.match(self.text, line_start, position)
        if answer is None:
            return ""
        speaker = answer.group("speaker")
        if speaker not in self.firm_of_speaker:
            self.firm_of_speaker[speaker] = self._firm_of(speaker)
        return self.firm_of_speaker[speaker]

    def _firm_of(self, speaker: str) -> str:
        """The firm named before `speaker`'s role in it, where the text first titles them so."""
        table = self.rules.subjects
        for at in occurrences(speaker, self.text):
            role = table.role_in_a_firm.search(self.text, max(0, at - ROLE_IN_A_FIRM_REACH), at)
            if role is not None:
                sentence_start = _sentence_start(self.sentence_starts, at)
                firms = [c for c in self._starting(sentence_start, role.start()) if c.kind == "organisation"]
                return firms[-1].subject if firms else ""
        return ""

    def _speaking_for_themselves(self, after_quotation: int) -> str:
        """The person speaking for themselves who says the quotation that closes right before
        `after_quotation`, named after the words that place them (`家住城关镇的患者孙立群说`), not
        one named after another's speech (`局长孙国栋说,村民李桂兰家也受益`); else ''."""
        table = self.rules.subjects
        for c in self._starting(after_quotation, after_quotation + PRIVATE_SPEAKER_REACH):
            if self.rules.segments.sentence_end.search(self.text, after_quotation, c.start):
                break
            if c.kind == "private" and not c.blocked:
                speaks = table.person.any_applies({"left": "", "right": self.text[c.end : c.end + NAME_RIGHT]})
                said_before = table.person.any_applies({"left": "", "right": self.text[after_quotation : c.start]})
                return c.subject if speaks and not said_before else ""
        return ""

    def _item_place(self, context: Context) -> str:
        """The region the enumerated item a figure lies in opens by naming alone (`一是甘州区。`),
        within its paragraph."""
        at = bisect.bisect_right(self.item_starts, context.sentence_start) - 1
        if at < 0:
            return ""
        start, (place_start, place_end) = self.items[at]
        if place_end == 0 or self.text.rfind("\n", start + 1, context.start) != -1:  # within its paragraph
            return ""
        named = self._starting(place_start, place_end)
        alone = (
            len(named) == 1 and named[0].kind == "region" and (named[0].start, named[0].end) == (place_start, place_end)
        )
        return named[0].subject if alone else ""

    def _told_before(self, context: Context) -> str:
        """The one organisation the sentence before, in the same paragraph, names: a sentence that
        names no one goes on telling of it (`公司计划投资5000万元。项目建成后,预计年产...`), but
        with a figure no one organisation has (`indicators_of_places`)."""
        paragraph_start = self.text.rfind("\n", 0, context.sentence_start) + 1
        at = bisect.bisect_right(self.sentence_starts, context.sentence_start - 1) - 1
        if at < 0 or self.sentence_starts[at] < paragraph_start:
            return ""
        told = {
            c.subject
            for c in self._starting(self.sentence_starts[at], context.sentence_start)
            if c.kind in ("organisation", "anaphora", "alias")
        }
        return told.pop() if len(told) == 1 else ""  # several named (a list of winners): none goes on

    def in_turn(self, contexts: list[Context], ranks: list[bool]) -> dict[int, str]:
        """The subjects of figures listed after `分别` (by their index in `contexts`): in turn,
        the names listed before it in their sentence (also before a rank of them all: `北京、广东
        居全国前二,分别为...`; `ranks` tells which figures are ranks), where the two lists are equally long; and
        so for a list as long after it in its sentence, no name between them (`分别增长6.8%和6.5%,
        位列第二、第三`, `分别实现...3600亿元和2900亿元,分别增长8.2%和4.6%`;
        not `...,其中宿迁市工业增加值、服务业增加值增长9.1%和7.2%`)."""
        taken: dict[int, str] = {}
        index = 0
        told: tuple[int, int, list[str]] = (-1, -1, [])  # the last list told in turn: its sentence, end, names
        while index < len(contexts):
            run = [index]
            while run[-1] + 1 < len(contexts) and self._joined(contexts[run[-1]].end, contexts[run[-1] + 1].start):
                run.append(run[-1] + 1)
            first = contexts[index]
            # the `分别` of this run: after the figure before it in the sentence, if any
            since = max(first.sentence_start, contexts[index - 1].end if index else 0)
            # the last cue: `依次为甲市、乙市,分别完成...` lists the names between two cues
            cue = last_match(self.rules.segments.respectively, self.text, since, first.start) if len(run) > 1 else None
            names = self._listed_before(since, cue.start(), but_partners=True) if cue else []
            ranked_before = (
                index > 0 and ranks[index - 1] and contexts[index - 1].sentence_start == first.sentence_start
            )
            if cue and not names and ranked_before and told[0] != first.sentence_start:
                names = self._listed_before(first.sentence_start, cue.start(), but_partners=True)
            if not names and told[0] == first.sentence_start and not self._starting(told[1], first.start):
                names = told[2]  # a list after it, no name between, with its own `分别` or none
            if len(run) > 1 and len(names) == len(run):
                taken.update(zip(run, names, strict=True))
                told = (first.sentence_start, contexts[run[-1]].end, names)
            index = run[-1] + 1
        return taken

    def _held_jointly(self, context: Context, before: Candidate | None) -> str:
        """The names listed last before the figure in its clause, where nothing names another after
        them nor hands it out in turn (`分别`) or by example (`等`), and that are no places, partners
        or bases (`在北京、上海`, `向北京、上海`, `比武汉、宜昌`): `江陵县、洪湖市居全市前二`."""
        names = self._listed_before(context.clause_start, context.start)
        if len(names) < 2:
            return ""
        listed = [
            c
            for c in self._starting(context.clause_start, context.start)
            if c.end <= context.start and c.kind in NAMING_KINDS
        ]
        if before is not None and before.end > listed[-1].end:
            return ""
        between = self.text[listed[-1].end : context.start]
        if self.rules.segments.respectively.search(between) or between.startswith(
            self.rules.subjects.not_jointly_after
        ):
            return ""
        # what comes before the list alone: `在`, `向`, `比` make it places, partners, bases
        as_object = {**_around(listed[-len(names)], self.text), "right": ""}
        if self.rules.subjects.not_subject.any_applies(as_object) or self._among_figures(context):
            return ""
        return ";".join(dict.fromkeys(names))

    def _held_by_the_list_before(self, context: Context, first_places: int) -> str:
        """The names of the list that opens the clause before the figure's, in its sentence, where the
        figure is a rank of as many first places or a total they make together (`held_together`,
        `两镇合计` as many): `甲镇、乙镇分别完成...,位列全区前两位`, `...,合计占全市的41%`; but not
        where its own clause names another, before the scope of its rank or the whole of its share
        (`全县增速位列全市前两位`)."""
        table = self.rules.subjects
        counted = table.held_together.pattern("left").search(context.clause_left)
        together = counted is not None
        if not together and first_places < 2:
            return ""
        own = context.clause_left
        scope = self.rules.indicators.rank_scope.search(own) if first_places else None
        own = own[: scope.start()] if scope else own
        whole = self.rules.indicators.share_whole.search(own)
        own_end = context.clause_start + len(own[: whole.start()] if whole else own)
        named = [c for c in self._starting(context.sentence_start, context.start) if c.end <= context.start]
        if any(context.clause_start <= c.start < own_end for c in named):
            return ""
        before_the_clause = [c for c in named if c.end <= context.clause_start]
        if not before_the_clause or before_the_clause[-1].kind not in NAMING_KINDS:
            return ""
        names = self._listed_before(context.sentence_start, context.clause_start)
        count = self.rules.numbers.digits.get(counted.group("count") or "", 0) if counted else 0
        if len(names) < 2 or not (together or len(names) == first_places) or count not in (0, len(names)):
            return ""
        # the names open their clause, as its subjects (not `调研了甲镇、乙镇`, `联合甲镇、乙镇`); not
        # examples of a class (`甲街道、乙街道等9个街镇`, `...在内的8个乡镇`)
        first = [c for c in before_the_clause if c.kind in NAMING_KINDS][-len(names)]
        after = self.text[before_the_clause[-1].end : context.clause_start]
        if not opens_a_clause(self.text, first.start, self.rules) or after.startswith(table.not_jointly_after):
            return ""
        return ";".join(dict.fromkeys(names))

    def _among_figures(self, context: Context) -> bool:
        """Whether the figure is listed with others (`3.46万亿元和3.04万亿元`): each is of one name."""
        joiner = self.rules.segments.list_joiner
        return bool(
            joiner.match(self.text, context.end) or joiner.fullmatch(self.text, context.start - 1, context.start)
        )

    def _joined(self, end: int, start: int) -> bool:
        return self.rules.segments.list_joiner.fullmatch(self.text, end, start) is not None

    def _listed_before(self, sentence_start: int, position: int, but_partners: bool = False) -> list[str]:
        """The subjects of the list of names that ends last before `position`; `but_partners`: none
        where the list is of partners (`对东盟、欧盟分别进出口...`)."""
        named = [  # blocked or not: `排名在前的宁波、青岛` are subjects of what is listed for them
            c for c in self._starting(sentence_start, position) if c.end <= position and c.kind in NAMING_KINDS
        ]
        if not named:
            return []
        listed = [named[-1]]
        for c in reversed(named[:-1]):
            if c.end > listed[0].start or not self._joined(c.end, listed[0].start):
                break
            listed.insert(0, c)
        if but_partners and self.text.endswith(self.rules.subjects.partners_before, sentence_start, listed[0].start):
            return []
        return [c.subject for c in listed]

    def _own_opens_since(self, topic: Candidate, position: int) -> bool:
        """Whether the article's own region opens a clause between a paragraph's topic and `position`,
        outside quotation marks: it acts there (`...2023年,云南对东盟进出口`; not `昆明市是云南省省会`)."""
        breaks = self.rules.segments.clause_break
        return any(
            c.subject == self.default
            and c.kind == "region"
            and not c.blocked
            and (self.text[c.start - 1 : c.start] == "\n" or breaks.match(self.text, c.start - 1) is not None)
            and not quoted(self.text, c.start)
            for c in self._starting(topic.end, position)
        )

    def _topic(self, position: int) -> str:
        """The subject a paragraph opens with (`吉安高新区前身是...`), but not one that gives out
        the news (`杭州海关...发布`), nor one the article's own region takes the paragraph back from, or
        the place it opens in (`在宝鸡市凤翔区，...`: the last of the regions written there), if any."""
        start = self.text.rfind("\n", 0, position) + 1
        while start < position and self.text[start] in PARAGRAPH_MARKS:
            start += 1
        scene = self.rules.subjects.scene.match(self.text, start, position)
        opening = self._starting(scene.end() if scene else start, (scene.end() if scene else start) + 1)
        if not opening:
            return ""
        if scene is None:
            source = self.rules.subjects.news_source.match_at(self.text, opening[0].end)  # `杭州海关...发布`
            # the article's own region, opening a clause since, takes the paragraph back
            if (
                opening[0].blocked
                or source
                or opening[0].kind == "person"
                or self._own_opens_since(opening[0], position)
            ):
                return ""
            return opening[0].subject
        place = opening[0]
        while (following := self._starting(place.end, place.end + 1)) and following[0].kind == "region":
            place = following[0]
        return place.subject if place.kind == "region" else ""
