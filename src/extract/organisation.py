"""Organisation names: runs of name words that end in an organisation suffix
(`有限公司`, `大学`, `基金`), cut by jieba only in the stretches of name
characters around a suffix."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import lru_cache
from itertools import accumulate

import regex

from extract.gazetteer import CROSSING, Name, crossed
from extract.rules import Rules, SubjectRules
from extract.segment import cut, in_original_script, inside_a_word, word_frequency, word_tag
from extract.spans import han_at, longest_first, occurrences

NAME_WORD = regex.compile(r"^[\p{Han}A-Za-z()（）“”\-·]+$")  # `梅赛德斯-奔驰`, `罗尔斯·罗伊斯`
QUOTES = regex.compile(r"[“”\"]")
BRACKETED_WORD = regex.compile(r"[(（](\p{Han}{2,6})[)）]")  # `(渝北)` of `东部(渝北)跨境电商产业园`
OPENING_MARKS = "()（）“”"
OPENING_QUOTE = "“"
RANKING_REACH = 16  # the characters before a name read for the words that open a ranking's name
# Name characters and those jieba may join to them in a word: a name's run of words stays inside such a stretch.
NAME_STRETCH = r"[\p{Han}A-Za-z0-9()（）“”+#&._%\-·]*"
STRETCH_AFTER = regex.compile(NAME_STRETCH)
STRETCH_BEFORE = regex.compile(NAME_STRETCH, flags=regex.REVERSE)
BARE_ALIAS = regex.compile(r"[\p{Han}A-Za-z]{2,8}")  # what a bare bracket may declare a name's alias
SUFFIX_CONTEXT = 2  # characters past an organisation suffix that jieba reads with it
NAME_REACH = 32  # how far before its suffix a name may begin
TRADE_CONTEXT = 3  # characters past a trade that jieba reads with it
BRAND_CHARACTERS = regex.compile(r"^\p{Han}{2,}$")
HEAD_REACH = 4  # the longest word before a name that may open it
CONTRACTION_SHORTEST = 3  # the fewest characters a contracted name keeps
PLACE_ENDING = 4  # the longest place name a facility's one-character suffix may end
VERB_TAG = "v"  # jieba's tag of a verb
NUMERAL_TAG = "m"  # jieba's tag of numerals and their measures (`200`, `万千瓦`)
PROJECT_REACH = 6  # the most words a number in a project's name may come before its suffix
PLACE_REACH = 12  # the longest place name (`克孜勒苏柯尔克孜自治州`) a list of places may end in
COMMON_NOUN_TAG = "n"  # jieba's tag of a common noun
VERBAL_NOUN_TAG = "vn"  # jieba's tag of a verb used as a noun (`旅游`, `建工`)
TRADE_WORD_COUNT = 5000  # a verb used as a noun the dictionary counts this often is an everyday word (`旅游`)
PARTICLE_TAG = "u"  # what jieba's tag of a particle begins with (`等` u, `的` uj, `了` ul)
KIND_FREQUENCY = 20  # a contracted form the dictionary counts this often names a kind (`中医院`, `科研所`)


@lru_cache(maxsize=100_000)
def _name_shaped(word: str) -> bool:
    return NAME_WORD.match(word) is not None


def is_proper(name: str, table: SubjectRules) -> bool:
    """A name is proper when something beyond generic words is left of it
    (`合作银行`, `风险补偿基金` are no one's name; `重庆银行` is)."""
    return len(table.generic_words.sub("", QUOTES.sub("", name))) >= 2


def _stretch(pattern: regex.Pattern[str], text: str, start: int, end: int) -> regex.Match[str]:
    found = pattern.match(text, start, end)
    assert found is not None  # a stretch may be empty: the pattern always matches
    return found


def as_written(names: list[Name], original: str, view: str) -> dict[str, str]:
    """Each name as the article writes it where its script differs from the view's (ANNOTATION §6:
    `宏碩精密工業股份有限公司` in a traditional text), quotation marks left out as in the name."""
    written: dict[str, str] = {}
    for name in names:
        span = view[name.start : name.end]
        if QUOTES.sub("", span) == name.text:  # the span holds the name as found
            written.setdefault(name.text, QUOTES.sub("", in_original_script(original[name.start : name.end], span)))
    return written


def organisations(text: str, rules: Rules, title: str = "") -> tuple[list[Name], list[Name]]:
    """The proper organisation names of `text` (without their quotation marks), and the
    bare suffixes (`公司`, `大学`) that point back to an organisation; `title` may name
    the company whose filing the text is (`_filer`)."""
    table = rules.subjects
    stretches = []
    searched_to = 0
    for suffix in table.organisation_suffix.finditer(text):
        if suffix.start() < searched_to:
            continue
        start = _stretch(STRETCH_BEFORE, text, max(0, suffix.start() - NAME_REACH), suffix.start()).start()
        searched_to = _stretch(STRETCH_AFTER, text, suffix.end(), len(text)).end()
        last = max(s.end() for s in table.organisation_suffix.finditer(text, suffix.start(), searched_to))
        # A name ends at a suffix; a little past the last one keeps `大学生`, `银行卡` one word.
        stretches.append((start, min(searched_to, last + SUFFIX_CONTEXT)))
    # All stretches cut at once, a line break between them: jieba cuts each run of Han
    # characters apart, and one call costs far more than the characters it reads.
    words = iter(cut("\n".join(text[start:end] for start, end in stretches)))
    zones = tuple(rules.gazetteer.zones_in(text))
    found: list[Name] = []
    for start, end in stretches:
        stretch_words = []
        length = 0
        while length < end - start:
            word = next(words)
            stretch_words += _body_and_head(word, table)
            length += len(word)
        next(words, None)  # the line break
        found += _runs(text, start, stretch_words, zones, rules)
    found = _begun_as_written(found, text, rules)
    # a brand that opens a name found in full is that name's core, no name of its own
    brands = [brand for brand in _brands(text, rules) if not any(n.text.startswith(brand.text) for n in found)]
    found = longest_first([*found, *_listed(text, rules), *_filer(title, text, rules), *brands, *routes(text, rules)])
    # a unit of a body the text points back to (`学校/科学技术研究院`): the opening suffix points back
    pointing = tuple(table.pointing_suffixes)
    openings = {name: cut(name.text)[0] for name in found if name.text.startswith(pointing)}
    units = [name for name, opening in openings.items() if opening in table.pointing_suffixes and opening != name.text]
    found = [name for name in found if name not in units]
    after_self_reference = [name for name in found if _of_the_region(name, text, rules)]
    of_the_region = [name for name in after_self_reference if is_proper(name.text, table)]
    suffixes_of_kinds = [_suffix_of(name, table) for name in of_the_region]
    opening_units = [Name(name.start, name.start + len(openings[name]), openings[name]) for name in units]
    # (not one written alone right after a self-reference: `全省法院`, `全市医院` are all of the kind in the region)
    bare = [
        name
        for name in [*found, *suffixes_of_kinds, *opening_units]
        if name.text in table.pointing_suffixes
        and name not in after_self_reference
        and not _counted_after(name, text, rules)  # `种植专业合作社860家`: the kind counted
    ]
    in_titles = {at for title in table.document_title.finditer(text) for at in range(*title.span())}
    proper = [
        name
        for name in found
        if is_proper(name.text, table)
        and name.text not in table.pointing_suffixes  # a suffix alone points back (`项目区`), naming none
        and name.start not in in_titles
        and not _names_a_service(name, text, table)
        and not table.ranking_named_after.applies(
            {"left": text[max(0, name.start - RANKING_REACH) : name.start], "right": text[name.end : name.end + 4]}
        )
        and name not in of_the_region
        and not _counted(name.text, text, rules)
        and not _of_a_class(name.text, rules)
        and not _counted_after(name, text, rules)
        and not counted_before(name, text, rules)
        and not _branch_of_a_state_body(name, text, rules)
        and not table.division_of_a_department.applies({"written": name.text})
        and not _kind_of_listed_places(name, text, rules)
    ]
    return proper, sorted(bare, key=lambda name: name.start)


def _body_and_head(word: str, table: SubjectRules) -> list[str]:
    """A word of the dictionary that runs a body's suffix into its head's title (`医院院长`), cut in two."""
    head = next((head for head in table.heads_of_bodies if word.endswith(head)), "")
    body = word[: len(word) - len(head)]
    return [body, head] if head and body.endswith(table.organisation_suffixes) else [word]


def _kind_of_listed_places(name: Name, text: str, rules: Rules) -> bool:
    """Whether a facility's name that is a place and its kind only is the last of a list of places
    sharing its kind (`成都市、绵阳市博物馆`: the two cities' museums, no one's name; not `成都、重庆江北国际
    机场`); not a kind of one character,
    a port's (`防城港、北海港`: a place may name a port itself), nor a partner joined by a word
    (`章贡区与赣州新材料研究院有限公司`)."""
    opening = rules.gazetteer.places.find(name.text)
    if not opening or opening[0].start != 0 or len(name.text) - opening[0].end < 2:
        return False
    if (
        not text.endswith(rules.subjects.list_mark, 0, name.start)
        or name.text[opening[0].end :] not in rules.subjects.facility_suffixes
    ):
        return False
    before = name.start - len(rules.subjects.list_mark)
    listed = rules.gazetteer.places.find(text, max(0, before - PLACE_REACH), before)
    return bool(listed) and listed[-1].end == before


def _branch_of_a_state_body(name: Name, text: str, rules: Rules) -> bool:
    """Whether a name is a state body's branch in a region, the body opening it or written right
    before it (`中国人民银行甘肃省分行`, `人民银行/赣州市中心支行`): the region's, no organisation."""
    bodies = rules.subjects.state_bodies_with_branches
    opening = next((body for body in bodies if name.text.startswith(body)), "")
    if not opening and not text.endswith(bodies, 0, name.start):
        return False
    places = rules.gazetteer.places.find(name.text, len(opening))
    return bool(places) and places[0].start == len(opening)


def _begun_as_written(names: list[Name], text: str, rules: Rules) -> list[Name]:
    """Names cut after a word jieba reads as a verb (`远航/控股集团有限公司`,
    `翱翔/时代股份有限公司`) begin at that word where the text shows it is the name's: the
    alias declared right after the name opens with it (`(以下简称“远航集团”)`), or the text
    writes it with the name's core alone elsewhere (`星河网络、翱翔时代、星澜科技`), or it
    so opens another of the names (`远航/供应链物流有限公司`); never a word that stops
    names (`收购`, `引进`)."""
    heads = [_head(name, text, rules) for name in names]
    shown = {head for head, sure in heads if sure}
    return [
        Name(name.start - len(head), name.end, head + name.text) if head and (sure or head in shown) else name
        for name, (head, sure) in zip(names, heads, strict=True)
    ]


def _head(name: Name, text: str, rules: Rules) -> tuple[str, bool]:
    """The verb of jieba's dictionary right before a name where it may open it (the longest), and
    whether the text shows it does."""
    table = rules.subjects
    before = (text[max(0, name.start - length) : name.start] for length in range(HEAD_REACH, 1, -1))
    head = next((word for word in before if word_tag(word) in table.verbs_in_names), "")
    core = table.organisation_suffix_at_end.sub("", name.text)
    if not core or not BRAND_CHARACTERS.match(head) or head in table.name_stops:  # a bare suffix points back
        return "", False
    alias = alias_declared_at(text, name.end, rules)
    declared = alias is not None and alias.group("alias").startswith(head)
    written = head + core  # `翱翔时代`
    alone = any(not han_at(text, at - 1) and not han_at(text, at + len(written)) for at in occurrences(written, text))
    return head, declared or alone


def alias_declarations(text: str, rules: Rules) -> list[regex.Match[str]]:
    """Where the text declares an alias (`(以下简称“芯瀚微”)`, `(“星澜”或“公司”)`); a bare bracket
    after a firm's legal form declares one only where it shortens the name before it (`(星旭)`)."""
    return [match for match in rules.subjects.alias_declaration.finditer(text) if _declares(match, text, rules)]


def alias_declared_at(text: str, at: int, rules: Rules) -> regex.Match[str] | None:
    """The alias declaration that opens at `at`, where it declares one (`_declares`), else None."""
    match = rules.subjects.alias_declaration.match_at(text, at)
    return match if match is not None and _declares(match, text, rules) else None


def _declares(match: regex.Match[str], text: str, rules: Rules) -> bool:
    """Whether a declaration declares: a bare bracket only a proper word (no `上市公司`, no `10日`) whose
    characters the name right before it writes in their order."""
    if match.group("bare") is None:
        return True
    alias = match.group("alias")
    name = _stretch(STRETCH_BEFORE, text, max(0, match.start() - NAME_REACH), match.start()).group()
    characters = iter(name)
    return (
        BARE_ALIAS.fullmatch(alias) is not None
        and alias not in rules.subjects.name_stops
        and is_proper(alias, rules.subjects)
        and all(character in characters for character in alias)
    )


def declared_aliases(text: str, names: list[Name], rules: Rules) -> dict[str, list[str]]:
    """The aliases the text declares for organisations right after their names
    (`芯瀚微电子(上海)股份有限公司(以下简称“芯瀚微”)`)."""
    ends = {name.end: name.text for name in names}
    aliases: dict[str, list[str]] = {}
    for match in alias_declarations(text, rules):
        name = ends.get(match.start())
        if name is not None:
            aliases.setdefault(name, []).append(match.group("alias"))
    return aliases


def _listed(text: str, rules: Rules) -> list[Name]:
    """The names of listed companies, wherever named: the run of name words right before a
    stock code, after any organisation suffix in it (`上市公司星河科技`)."""
    table = rules.subjects
    places = rules.gazetteer.wide_names.names
    codes = [code.start() for code in table.stock_code.finditer(text)]
    stretches = [_stretch(STRETCH_BEFORE, text, max(0, end - NAME_REACH), end).start() for end in codes]
    words = iter(cut("\n".join(text[start:end] for start, end in zip(stretches, codes, strict=True))))
    found = set()
    for stretch_start, end in zip(stretches, codes, strict=True):
        stretch_words: list[str] = []
        while sum(map(len, stretch_words)) < end - stretch_start:
            stretch_words.append(next(words))
        next(words, None)  # the line break
        stretch_words = _stops_split(stretch_words, places, table)
        start = end
        for index in range(len(stretch_words) - 1, -1, -1):
            word = stretch_words[index]
            # a verb after a proper word is a name's (`腾云/控股`)
            proper_before = index > 0 and _is_proper_word(stretch_words[index - 1], table)
            if word.endswith(table.organisation_suffixes) or (
                word not in places and not _is_name_word(word, False, proper_before, table)
            ):
                break
            start -= len(word)
        start = _name_start(text, start, end, rules)
        name = QUOTES.sub("", text[start:end])
        if is_proper(name, table):
            found.add(name)
    # and wherever the text names it again without the code, but not inside a word (`星河科技园`)
    again = [Name(at, at + len(name), name) for name in found for at in occurrences(name, text)]
    return [name for name in again if not crossed(text, name)]


def _brands(text: str, rules: Rules) -> list[Name]:
    """Firms named by a brand and their trade (`小鹏汽车`, `三一重工`): a word jieba does not know
    or knows as a proper name, no place's, right before a trade that does not go on into a word of
    its industry (`汽车产业`); wherever the text names them, not inside a word."""
    table = rules.subjects
    places = rules.gazetteer.places.names
    found = set()
    for trade in table.brand_trade.finditer(text):
        # the run of name characters before it, cut whole: a slice of it may cut a word in two
        start = _stretch(STRETCH_BEFORE, text, max(0, trade.start() - NAME_REACH), trade.start()).start()
        words = cut(text[start : trade.end() + TRADE_CONTEXT])
        ends = list(accumulate(map(len, words), initial=start))[1:]
        at = ends.index(trade.end()) if trade.end() in ends else 0
        if at < 1 or words[at] != trade.group():
            continue
        brand, after = words[at - 1], words[at + 1] if at + 1 < len(words) else ""
        # not a place, nor places counted or firms classed (`三地`, `国企`), nor the trade's industry
        if brand in places or brand.endswith(table.no_brand_endings) or after in table.industry_words:
            continue
        tag = word_tag(brand)
        if BRAND_CHARACTERS.match(brand) and (tag is None or tag in table.brand_word_tags):
            found.add(brand + words[at])
    named = [Name(at, at + len(name), name) for name in found for at in occurrences(name, text)]
    return [name for name in named if not crossed(text, name)]


def routes(text: str, rules: Rules) -> list[Name]:
    """Roads, railways, pipelines and waterways named by the places they link (`宜宾至彝良高速公路`):
    the longest place right before a link, a place right after it, and a kind of route right after that."""
    table = rules.subjects
    found = []
    for link in table.route_link.finditer(text):
        opening = [link.start() - length for length in range(PLACE_ENDING, 1, -1) if link.start() >= length]
        start = next((at for at in opening if _is_place(text[at : link.start()], rules)), None)
        if start is None:
            continue
        for to_end in range(link.end() + 2, link.end() + PLACE_ENDING + 1):
            kind = next((kind for kind in table.route_kinds if text.startswith(kind, to_end)), "")
            if kind and _is_place(text[link.end() : to_end], rules):
                found.append(Name(start, to_end + len(kind), text[start : to_end + len(kind)]))
                break
    return found


def _is_place(word: str, rules: Rules) -> bool:
    gazetteer = rules.gazetteer
    return word in gazetteer.regions or word in gazetteer.short_names or word in gazetteer.wide_names.names


def _filer(title: str, text: str, rules: Rules) -> list[Name]:
    """The listed company whose filing the text is, or whose results it reports, by the short name
    that opens the title (`星河精密2023年度业绩预告`, `联电10月营收月减3.2%`): wherever the text
    names it, not inside a word."""
    table = rules.subjects
    filed = next(filter(None, (rule.match_at(title.strip(), 0) for rule in table.filing_titles)), None)
    name = filed.group("issuer") if filed else ""
    gazetteer = rules.gazetteer
    if not name or not is_proper(name, table) or name in gazetteer.regions or name in gazetteer.short_names:
        return []
    words = cut(name)
    if not all(_is_name_word(word, False, True, table) for word in words):  # not `这家企业十年营收翻了十倍`
        return []
    named = [Name(at, at + len(name), name) for at in occurrences(name, text)]
    # a class (`规上企业`, `国产手机`), not a firm the text declares an alias for (`星澜科技(“星澜”或“公司”)`)
    declared = any(alias_declared_at(text, found.end, rules) for found in named)
    if table.generic_words_at_end.search(name) and not declared:
        return []
    return [name for name in named if not crossed(text, name)]


def _of_the_region(name: Name, text: str, rules: Rules) -> bool:
    """A name right after a self-reference, past the levels of government it names (`全县高标准农田项目区`,
    `全市两级法院`), describes the region's kind of organisation (not one a place opens: `省属企业甘肃...集团`).
    The caller has a proper one point back like a bare suffix, and leaves a generic one (`全省民航机场`)
    or a bare suffix (`全省法院`) to the region, as all of its kind there."""
    table = rules.subjects
    longest = max(map(len, table.self_reference))
    start = next(
        (name.start - len(level) for level in table.levels_of_government if text.endswith(level, 0, name.start)),
        name.start,
    )
    before = table.self_pattern.finditer(text, max(0, start - longest), start)
    if not any(found.end() == start for found in before):
        return False
    opening = rules.gazetteer.places.find(name.text)
    return not (opening and opening[0].start == 0)


def _suffix_of(name: Name, table: SubjectRules) -> Name:
    suffix = table.organisation_suffix_at_end.search(name.text)
    start = name.end - (len(suffix.group()) if suffix else len(name.text))
    return Name(start, name.end, name.text[start - name.start :])


def _of_a_class(name: str, rules: Rules) -> bool:
    """Whether a name is of a class: it opens with a word of classes (`各乡镇中心学校`) or holds a
    level of government after words that name no one (`福建省县级医院`, `贫困地区县级医院`; not
    `向海国家级自然保护区`, a grade of the one named) or the country's grade after places alone
    (`江苏省国家重点实验室`), or it is a fund's or a laboratory's with no more than
    a region's full name or a grading word before its suffix (`诸城市基金`, `优秀实验室`; but
    `吉林实验室`, named by the region's short name), or a fund of a region's insurance (`鄞州区居民医保基金`)."""
    table = rules.subjects
    if (
        name.startswith(table.class_openings)
        or any(_names_no_one(name[: name.find(level)], rules) for level in table.class_levels if level in name)
        or any(_places_only(name[: name.find(grade)], rules) for grade in table.national_grades if grade in name)
    ):
        return True
    suffix = table.organisation_suffix_at_end.search(name)
    if suffix is None or suffix.group() not in table.needing_a_proper_core:
        return False
    core = name[: suffix.start()]
    pool = core.endswith(table.insurance_pool_words)
    return pool or core in rules.gazetteer.regions or word_tag(core) in table.grading_word_tags


def _of_a_class_of_projects(name: str, rules: Rules) -> bool:
    """Whether a project's name (`项目`, `工程`) names a class, or a body's works: after its place or
    first word it holds no proper word, number or other body's or facility's suffix (`江北区重点项目`), or a verb
    but its works (`星河市承担三北工程`), or a word of one character right before its suffix
    (`运动中心/总/工程`: the centre's works), or its first word makes a class (`星河/多地/项目`)."""
    table = rules.subjects
    before_suffix = QUOTES.sub("", name.removesuffix(next(s for s in table.project_suffixes if name.endswith(s))))
    place = rules.gazetteer.places.find(before_suffix)
    after_a_place = place[0].end if place and place[0].start == 0 else 0
    opening = before_suffix[:after_a_place] if after_a_place else cut(before_suffix)[0]
    rest = cut(before_suffix[len(opening) :])
    acts = any(  # (a single character is a name's part, whatever its tag)
        len(word) > 1 and word_tag(word) == VERB_TAG and word not in table.works_in_project_names for word in rest
    )
    # after a region, a number, a phase, a body's or facility's suffix or a name jieba knows (`南京/星湖`),
    # not a word it does not know nor one of a scheme (`城市更新`, `海绵城市`, `PPP`); after a proper
    # word, any of these (`星澜/绿氢/储能/示范/项目`)
    of_a_name = any(
        (word_tag(word) in table.project_name_word_tags if after_a_place else _is_proper_word(word, table))
        or (
            _numeral_word(word, rules)
            and (not after_a_place or table.project_phase.match(word) is not None or any(c.isdigit() for c in word))
        )
        or (word.endswith(table.organisation_suffixes) and not word.endswith(table.project_suffixes))
        for word in rest
    )
    modified = bool(rest) and len(rest[-1]) == 1 and not _numeral_word(rest[-1], rules)
    short_opening = len(opening) < 2  # `湖/校区二期工程` of `前湖校区`, cut by `前`
    return acts or modified or short_opening or not of_a_name or (bool(rest) and rest[0] in table.class_openings)


def _names_a_service(name: Name, text: str, table: SubjectRules) -> bool:
    """Whether the name, in quotation marks, names a service or a mode (`“田埂银行”上门服务`)."""
    named = table.named_service.match(text, max(0, name.start - 1))
    return named is not None and named.start("name") == name.start and named.end("name") == name.end


def _names_no_one(text: str, rules: Rules) -> bool:
    """Whether `text` names no one: places only, or no proper word (`贫困地区`)."""
    return not any(_is_proper_word(word, rules.subjects) for word in cut(text)) or _places_only(text, rules)


def _places_only(text: str, rules: Rules) -> bool:
    """Whether `text` is nothing, the country, or places one after another (`浙江省杭州市`)."""
    if text == rules.gazetteer.country:
        return True
    at = 0
    for place in rules.gazetteer.places.find(text):
        if place.start != at:
            return False
        at = place.end
    return at == len(text)


def _counted(name: str, text: str, rules: Rules) -> bool:
    """A place and a class the text counts (`温州市合作银行` where it writes `5家合作银行`):
    the place's members of the class, no one's name."""
    places = rules.gazetteer.places.find(name, 0, len(name))
    if not places or places[0].start != 0 or len(name) - places[0].end < 2:
        return False
    kind = name[places[0].end :]
    if kind in rules.subjects.organisation_suffixes:  # `重庆银行` is a name, whatever `3家银行` counts
        return False
    at = text.find(kind)
    while at != -1:
        unit = rules.units.get(text[at - 1 : at]) if at > 1 else None
        if unit is not None and unit.kind == "count" and _is_numeral(text[at - 2], rules):
            return True
        at = text.find(kind, at + 1)
    return False


def _counted_after(name: Name, text: str, rules: Rules) -> bool:
    """A name its count ends (`新建省级工程研究院3个、`): a class counted, no one's name
    (not `...创新港20个项目`, where the count is of what follows)."""
    at = name.end
    while at < len(text) and _is_numeral(text[at], rules):
        at += 1
    unit = rules.units.get(text[at : at + 1])
    ends = text[at + 1 : at + 2]
    return at > name.end and unit is not None and unit.kind == "count" and not ends.isalnum()


def counted_before(name: Name, text: str, rules: Rules) -> bool:
    """A name a count opens (`2座晶圆厂`, `12家异地分行`), or the top of a class (`前十大晶圆代工厂`):
    a class counted; not a name that opens with a numeral and a measure word (`三棵树涂料`), nor
    one after the kind it is counted as (`3家子公司星河电子`)."""
    table = rules.subjects
    opening = name.start
    while opening < name.end and _is_numeral(text[opening], rules):
        opening += 1
    if opening > name.start:  # the name opens with a numeral: counted only as a top (`十大`)
        return text[opening : opening + 1] in table.counted_ranks
    # the counter opens the name (`2/座晶圆厂`) or ends right before it (`前十大/晶圆代工厂`)
    counter = name.start if _is_numeral(text[name.start - 1 : name.start], rules) else name.start - 1
    if counter < 1 or not _is_numeral(text[counter - 1], rules):
        return False
    unit = rules.units.get(text[counter])
    counts = text[counter] in table.counted_ranks or (unit is not None and unit.kind == "count")
    return counts and len(table.organisation_suffix.findall(name.text)) == 1  # not `子公司/星河电子有限公司`


def _is_numeral(character: str, rules: Rules) -> bool:
    numbers = rules.numbers
    return character.isdigit() or character in numbers.digits or character in numbers.scales


def _is_name_word(
    word: str,
    in_brackets: bool,
    proper_before: bool,
    table: SubjectRules,
    after_suffix: bool = False,
    before_suffix: bool = False,
    suffix_follows: bool = False,
) -> bool:
    """A name holds nouns and words of names, not prepositions or clause words, nor verbs but
    after a proper word and not right after a suffix unless one follows (by jieba's dictionary
    tag; a word it does not know is taken for a proper word). A single character is a name's
    part (`超`) unless it stops names; a verb firms are named by stops none between a proper
    word and a suffix (`湘江建设集团`), nor does the country's grade of a body after its field
    (`储能国家重点实验室`)."""
    if not _name_shaped(word):
        return False
    if word in table.name_stops:
        # the country's grade after the field a body works in (`储能/国家/重点实验室`), not after a name
        # (`星河大学/国家/重点实验室`: the university's laboratories of that grade)
        national = word in table.national_grades and not after_suffix
        of_names = proper_before and table.name_word_of_any_tag.found_in(word, 0, len(word))
        return before_suffix and (national or of_names)
    if word in table.lone_name_stops:
        return False
    if in_brackets or len(word) == 1:
        return True
    of_any_tag = table.name_word_of_any_tag.match_at(word, 0)
    if of_any_tag and (not after_suffix or (suffix_follows and of_any_tag.group("numbered"))):
        return True  # after a suffix, a numbered part of its body (`星河大学/第二/附属/医院`)
    tag = word_tag(word)
    # a verb right after a suffix opens a predicate (`慈善分会/探索`) unless a suffix follows (`集团/控股/有限公司`)
    acts = tag in table.verbs_in_names and (not after_suffix or before_suffix)
    return tag is None or tag in table.name_word_tags or (proper_before and acts)


def _is_proper_word(word: str, table: SubjectRules) -> bool:
    tag = word_tag(word)
    return len(word) > 1 and (tag is None or tag in table.proper_word_tags)


def _runs(text: str, at: int, words: list[str], zones: tuple[str, ...], rules: Rules) -> list[Name]:
    """The names among `words`, which begin at `at` in `text`: each run of name
    words, up to its last suffix. A development zone the text names (`zones`) names a
    facility in it as a place does (`河间经济开发区铸造产业园`)."""
    table = rules.subjects
    found: list[Name] = []
    run: list[tuple[int, int]] = []
    depth = 0  # inside brackets, any word is part of a name: `赣州(中德)应用技术大学`

    def flush() -> None:
        # a suffix may span words: `科技/城`, `创新/港`
        # (not a place that ends as one does: `防城港` of `防城港/港`, the port of a city)
        ends = [
            i
            for i, (s, e) in enumerate(run)
            if text[run[0][0] : e].endswith(table.organisation_suffixes) and text[s:e] not in places
        ]
        # not a facility of a kind (`旅游景区`), but an organisation before it in the run: the
        # facility's name opens after the suffix before it; a project's opens with the run, of the
        # facility or body before its phase or works (`星河文化产业园/二期/项目`), but not after a firm's
        # registered name, which stays the name (`星河股份有限公司/长沙/电池/项目`)
        named = []
        firm_named = False
        for i, after_suffix_before in zip(ends, [0, *(i + 1 for i in ends)], strict=False):
            project = text.endswith(table.project_suffixes, 0, run[i][1])
            first = 0 if project else after_suffix_before
            if (
                not (project and firm_named)
                and _named_facility(text, run[first][0], run[i][1], run[first][1], zones, rules)
                and not (project and _of_a_class_of_projects(text[run[first][0] : run[i][1]], rules))
            ):
                named.append(i)
            firm_named = firm_named or text.endswith(table.legal_forms, 0, run[i][1])
        ends = named
        # a name ends at its last suffix outside an aside it opens (`...有限公司(公司持股70%)`);
        # none in an aside (`所(不含技工学校`)
        balanced = [i for i in ends if _bracket_depth(text[run[0][0] : run[i][1]]) == 0]
        if balanced:
            end = run[balanced[-1]][1]
            start = _name_start(text, run[0][0], end, rules)
            suffix = table.organisation_suffix_at_end.search(text, start, end)
            if suffix and _points_back(text, suffix.start(), table):
                start = suffix.start()  # `...准则下本公司`: this company, a bare suffix pointing back
            if _bracket_depth(text[start:end]) == 0:
                found.append(Name(start, end, QUOTES.sub("", text[start:end])))
        run.clear()

    places = rules.gazetteer.wide_names.names  # a place is a name's word whatever its tag (`大连` is tagged an adverb)
    proper = False  # whether the run holds a proper word yet
    words = _stops_split(words, places, table)
    for index, word in enumerate(words):
        joining = word in table.noun_joiners or word in table.character_joiners  # most words join nothing
        opened_by_a_place = joining and len(run) == 2 and words[index - 2] in places  # `福建/鼎/和/铜箔...`
        joins = joining and _joined(
            run, word, words[index - 1 : index], words[index + 1 : index + 2], opened_by_a_place, table
        )
        following = words[index + 1] if index + 1 < len(words) else ""
        after_next = words[index + 2] if index + 2 < len(words) else ""
        # a suffix jieba cut in two is a name's word, after a proper word, whatever its first part is
        # (`长沙市科技创新/引导/基金`; not `政府/引导/基金`, `用好/省级/产业/引导/基金`: generic funds)
        cut_suffix = proper and word + following in table.organisation_suffixes
        of_names = word in places or word in table.organisation_suffixes or cut_suffix
        # a bracket it did not open ends a run (`(中央社记者...10日电)光学镜头厂华辰光电...`)
        closes_before = depth + _bracket_depth(word) < 0
        after_suffix = index > 0 and words[index - 1].endswith(table.organisation_suffixes)
        # a verb right after a place acts (`在长沙建设集团总部`), not after a firm's own word (`湖南湘江建设集团`)
        # (a suffix jieba cut in two follows too: `控股/股份/有限公司`)
        # (or one word after: `星通/交通/建设/投资/集团`)
        # (or after two more of the verbs firms are named by: `城市/建设/投资/开发/有限公司`)
        suffix_follows = (
            following in table.organisation_suffixes
            or following + after_next in table.organisation_suffixes
            or after_next in table.organisation_suffixes
            or (
                all(table.name_word_of_any_tag.found_in(word, 0, len(word)) for word in words[index + 1 : index + 3])
                and index + 3 < len(words)
                and words[index + 3] in table.organisation_suffixes
            )
        )
        # (not after a registered name's legal form: `...有限公司/持有/公司`; after another suffix, only
        # before a legal form: `集团/控股/有限公司`, not `合作社/采取/公司`, a predicate)
        legal_form_follows = any(form in table.legal_forms for form in (following, following + after_next, after_next))
        before_suffix = (
            suffix_follows
            and index > 0
            and words[index - 1] not in places
            and not words[index - 1].endswith(table.legal_forms)
            and (not after_suffix or legal_form_follows)
        )
        # a verb before a quotation opens a predicate (`星河食品/采取/“龙头企业+基地”模式`)
        quotes_after_a_verb = following.startswith(OPENING_QUOTE) and word_tag(word) in table.verbs_in_names
        if (
            not closes_before
            and not quotes_after_a_verb
            and (
                joins
                or of_names
                or _is_name_word(word, depth > 0, proper, table, after_suffix, before_suffix, suffix_follows)
                or (bool(run) and proper and _goes_on_a_project(words, index, rules))
            )
        ):
            run.append((at, at + len(word)))
            depth += _bracket_depth(word)
            after_digits = index > 0 and words[index - 1].isdigit()  # `10/万人/中拥有`: a unit, no proper word
            in_a_zone = text.endswith(zones, run[0][0], at + len(word))
            proper = proper or in_a_zone or (_is_proper_word(word, table) and not after_digits)
        else:
            flush()
            depth, proper = 0, False
        at += len(word)
    flush()
    return found


def _goes_on_a_project(words: list[str], index: int, rules: Rules) -> bool:
    """Whether `words[index]`, a number, a phase or the works right before a project's suffix, goes
    on the name of the project its words lead to (`敦煌市/150/万千瓦/光伏/项目`, `二期/项目`,
    `机场/改扩建/工程`), the words between having a name's shape or being numbers or phases."""
    table = rules.subjects
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else ""
    if word in table.works_in_project_names:
        return following.endswith(table.project_suffixes)
    # (a phase after a project's name is of that project: `星河光伏项目/一期/工程`)
    if not _numeral_word(word, rules) or (index > 0 and words[index - 1].endswith(table.project_suffixes)):
        return False
    for ahead in words[index + 1 : index + 1 + PROJECT_REACH]:
        if ahead.endswith(table.project_suffixes):
            return True
        unit = rules.units.get(ahead) or rules.units.get(ahead[:1])
        counted = unit is not None and unit.kind == "count"  # `14/个/项目`, `12/个省`: a count of projects
        if counted or not (_name_shaped(ahead) or _numeral_word(ahead, rules)) or ahead in table.name_stops:
            return False
    return False


def _numeral_word(word: str, rules: Rules) -> bool:
    """A number or a measure of one (`200`, `万千瓦`: jieba's numeral tag, a numeral in it; not `多`),
    or a phase (`一期`, `第四期`)."""
    if rules.subjects.project_phase.match(word) is not None:
        return True
    return any(_is_numeral(character, rules) for character in word) and (
        word.isdigit() or word_tag(word) == NUMERAL_TAG
    )


def _named_facility(
    text: str,
    start: int,
    end: int,
    opening_end: int,
    zones: tuple[str, ...],
    rules: Rules,
) -> bool:
    """Whether a name that may end in the suffix of a facility of many kinds names one: it opens
    with a place (a district's short name too where the text names the district in full), a zone
    or a word that is no common noun (a name, or one the dictionary does not know), or a word and a
    bracketed one (`东部(渝北)跨境电商产业园`), and two characters at least come before the suffix
    (`小寨商圈`, `灵隐景区`; not `旅游景区`); a province's short name alone before a kind it has many of
    names them all (`新疆口岸`), not one; a suffix of one character is no place's last (`港` of
    `中国香港`); and the suffix does not go on into an area's (`产业园` of `高新技术产业园区`), nor into
    a count of its kind (`滑雪场数量`), nor into a zone the text names (`星澜港` of `星澜港片区`).
    The name is `text[start:end]`, its first word ends at `opening_end`."""
    table, places = rules.subjects, rules.gazetteer.wide_names.names
    name, opening = text[start:end], text[start:opening_end]
    ending = table.organisation_suffix_at_end.search(name)
    suffix = ending.group() if ending and ending.group() in table.facilities_of_many_kinds else ""
    if not suffix:  # most names: no facility's (nor `创新港`, a suffix of one kind that holds `港`)
        return True
    if (
        suffix in table.facilities_many_in_a_province
        and name.removesuffix(suffix) in rules.gazetteer.province_short_names
    ):
        return False
    if text.startswith(table.facility_areas, end) and not suffix.endswith(table.facility_areas):
        return False
    if text.startswith(table.facilities_counted, end):
        return False
    if any(_goes_on_into(text, end, zone) for zone in zones):  # `星澜港` of `星澜港片区`: the zone's place
        return False
    if len(suffix) == 1 and any(name[-length:] in places for length in range(2, PLACE_ENDING + 1)):
        return False
    tag = word_tag(opening)
    named = (
        opening in places
        or _short_name_of_a_district_named(opening, text, rules)
        or tag is None
        or tag in table.proper_word_tags
        or name.startswith(zones)
        or _bracketed_proper_word(text, opening_end, places, table)
    )
    return named and is_proper(name.removesuffix(suffix), table)


def _goes_on_into(text: str, end: int, name: str) -> bool:
    """Whether `name` is written across `end`, opening before it and ending after it."""
    return any(text.endswith(name[:cut], 0, end) and text.startswith(name[cut:], end) for cut in range(1, len(name)))


def _short_name_of_a_district_named(word: str, text: str, rules: Rules) -> bool:
    """Whether `word` is the short name of a district, which jieba may tag as a common word: of
    one the text names in full, where the gazetteer finds it a name in the text (`平定` of `平定县`:
    `平定娘子关景区`; not `老城` where `老城区` is the old town), or of the one district it may name,
    no ordinary word (`平陆` of `平陆县`: `平陆运河`, which names its place; not `光明`)."""
    gazetteer = rules.gazetteer
    districts = gazetteer.short_names.get(word, ())
    if len(districts) == 1 and gazetteer.level(districts[0]) == "district" and word not in gazetteer.ordinary_words:
        return districts[0] not in gazetteer.full_names_as_words
    return any(district not in gazetteer.full_names_as_words for district in districts) and any(
        name.text == word for name in gazetteer.names_in(text)
    )


def _bracketed_proper_word(text: str, at: int, places: frozenset[str], table: SubjectRules) -> bool:
    """Whether a place or a proper word in brackets opens at `at` (`(渝北)`; not `(特色)`)."""
    bracketed = BRACKETED_WORD.match(text, at)
    return bracketed is not None and (bracketed.group(1) in places or _is_proper_word(bracketed.group(1), table))


def _entered(text: str, place: Name) -> bool:
    """Whether a word of the dictionary begins before a place and runs into it (`橘子洲` over `子洲`)."""
    return any(
        word_tag(text[start:end]) is not None
        for start in range(max(0, place.start - CROSSING), place.start)
        for end in range(place.start + 1, min(len(text), place.end + CROSSING) + 1)
    )


def _bracket_depth(text: str) -> int:
    """How many more brackets `text` opens than it closes."""
    return text.count("(") + text.count("（") - text.count(")") - text.count("）")


def _points_back(text: str, at: int, table: SubjectRules) -> bool:
    """Whether the character before `at` points back (`本` of `下本公司`), not the end of a word (`日本公司`)."""
    return text[at - 1 : at] in table.pointing_characters and word_tag(text[max(0, at - 2) : at]) is None


def _joined(
    run: list[tuple[int, int]],
    word: str,
    before: list[str],
    after: list[str],
    opened_by_a_place: bool,
    table: SubjectRules,
) -> bool:
    """Whether `word`, between the word `before` it and the word `after` it, joins them inside a
    name: two common nouns where no name ends before it (`材料科学与工程学院`, not `星河大学与...`),
    or a lone character that opens the name, or follows the place that opens it (`opened_by_a_place`),
    which jieba did not join to the rest (`信/和/置业有限公司`, `福建/鼎/和/铜箔科技有限公司`)."""
    if not run or not after:
        return False
    if word in table.character_joiners and (len(run) == 1 or opened_by_a_place) and len(before[0]) == 1:
        tag = word_tag(before[0])
        return before[0] not in table.name_stops and (tag is None or tag in table.name_word_tags)
    return (
        word in table.noun_joiners
        and not before[0].endswith(table.organisation_suffixes)
        and after[0] not in table.organisation_suffixes  # `企业与银行`: two parties
        and all(word_tag(neighbour) in table.joined_word_tags for neighbour in (before[0], after[0]))
    )


def _stops_split(words: list[str], places: frozenset[str], table: SubjectRules) -> list[str]:
    """The words, a stop jieba glued to a word it does not know split off (`由` of `由赫瑞特`), or a
    preposition of place to a verb right after a place (`在` of `聊城市/在位/山灌区`, where the
    place acts; not `对` of `武汉/对接`, a verb of its own), or to the end of a word right before a
    place (`为` of `竞得/人为/济南`), or a particle to the end of a word it does not know (`等` of
    `清溪/河等/骨干/灌区`); and a place's suffix jieba glued to the body after it back to the place
    (`九台/区法院` → `九台区/法院`)."""
    split: list[str] = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if split and len(word) > 2 and split[-1] + word[0] in places and word[1:].endswith(table.organisation_suffixes):
            split[-1] += word[0]
            split.append(word[1:])
            continue
        if (
            len(word) > 1
            and word[-1] in table.name_stops
            and (word_tag(word[-1]) or "").startswith(PARTICLE_TAG)
            and word_tag(word) is None
        ):
            split += [word[:-1], word[-1]]
            continue
        # only a common noun's stop (`人为`), not a name's (`华为`) nor a suffix's (`研究所/北京分所`)
        if (
            len(word) > 1
            and word[-1] in table.name_stops
            and following in places
            and word_tag(word) == COMMON_NOUN_TAG
            and not word.endswith(table.organisation_suffixes)
        ):
            split += [word[:-1], word[-1]]
            continue
        if len(word) > 1 and word[0] in table.name_stops:
            tag = word_tag(word)
            after_a_place = index > 0 and words[index - 1] in places and word[0] in table.places_acting_at
            # a stop that goes with the number before it, glued to a common noun (`2024/年长/岚/机场`:
            # the year's `年`; not `2023/年度`, a word that stops names itself)
            glued_to_a_number = (
                index > 0 and words[index - 1].isdigit() and word not in table.name_stops and tag == COMMON_NOUN_TAG
            )
            if tag is None or glued_to_a_number or (after_a_place and tag in table.verbs_in_names):
                split += [word[0], word[1:]]
                continue
        split.append(word)
    return split


def core(name: str, rules: Rules) -> str:
    """What a name is known by: without its suffix, a place before it and generic words
    at its end (`星岚公司` → `星岚`, `赣州瑞岭科技有限公司` → `瑞岭`, the zone it lies in too:
    `武义县经济开发区恒达工具有限公司` → `恒达工具`); the name where less than two characters
    are left, or where a common noun or a compound of them is after its place: alone it is a class
    (`电网` of `贵州电网有限责任公司`, `数字经济` of `鼓楼区数字经济产业园`, `旅游` of
    `平利县旅游集团有限公司`), and with its place a phrase
    of the place's statistics (`山东省港口` of `山东省港口集团有限公司`)."""
    table = rules.subjects
    rest = table.organisation_suffix_at_end.sub("", name)
    place = rules.gazetteer.places.find(rest, 0, len(rest))
    after_a_place = bool(place) and place[0].start == 0 and len(rest) - place[0].end >= 2
    if after_a_place:
        zone = rules.gazetteer.zone_suffix.match(rest, place[0].end)  # `武义县经济开发区恒达工具有限公司`
        rest = rest[zone.end() if zone and len(rest) - zone.end() >= 2 else place[0].end :]
    while (generic := table.generic_words_at_end.search(rest)) is not None and generic.start() >= 2:
        rest = rest[: generic.start()]
    common = after_a_place and all(_a_trade(word) for word in cut(rest))
    return rest if is_proper(rest, table) and not common else name


def _a_trade(word: str) -> bool:
    """Whether a word names a trade: a common noun (`电网`), or a verb used as a noun as common
    as everyday words are (`旅游`; not `建工` of `安徽建工`)."""
    tag = word_tag(word)
    return tag == COMMON_NOUN_TAG or (tag == VERBAL_NOUN_TAG and word_frequency(word) >= TRADE_WORD_COUNT)


def abbreviations(names: list[str], rules: Rules) -> dict[str, tuple[str, ...]]:
    """The short forms of each name of several words: the first character of each word after
    its place, with the place and without (`北山实验中学` → `北山实中`, `实中`)."""
    places = [rules.gazetteer.places.find(name, 0, len(name)) for name in names]
    starts = [place[0].end if place and place[0].start == 0 else 0 for place in places]
    words = iter(cut("\n".join(name[start:] for name, start in zip(names, starts, strict=True))))
    short_forms: dict[str, tuple[str, ...]] = {}
    for name, start in zip(names, starts, strict=True):
        name_words, length = [], 0
        while length < len(name) - start:
            name_words.append(next(words))
            length += len(name_words[-1])
        next(words, None)  # the line break
        if len(name_words) < 2 or any(len(word) < 2 for word in name_words):
            continue
        initials = "".join(word[0] for word in name_words)
        short_forms[name] = (name[:start] + initials, initials) if start else (initials,)
    return short_forms


def known_by_another_short_name(
    full: str, short: str, named: Collection[str], aliases: Iterable[str], rules: Rules
) -> bool:
    """Whether a company is not named by its core `short`: the core is a name of its own
    (`星河国际陆港` of `江西星河国际陆港发展集团有限公司`), or the text declares another short name
    (`青岛啤酒`, not `啤酒`)."""
    return (short != full and short in named) or any(
        is_proper(alias, rules.subjects) and alias != short for alias in aliases
    )


def contractions(text: str, fulls: list[str], written: list[Name], rules: Rules) -> dict[str, list[Name]]:
    """Where the text writes one of the names `fulls` contracted: characters of the name kept in its
    order, with its last (`工研院` for `星河工业技术研究院`, `星河光机所` for `中国科学院星河光学精密机械研究所`),
    of an institution of a kind the press names so. Not a form of fewer than three characters, one
    the name holds as written, one inside a name `written` in the text, one inside a word
    (`国机械研究所` of `全国机械研究所`, `职业院` of `职业院校`), a self-reference (`全澳`), a common
    word (a kind: `中医院`), nor one that could stand for two names."""
    by_last: dict[str, list[str]] = {}
    for full in dict.fromkeys(fulls):
        if full.endswith(rules.subjects.contracted_name_endings):
            by_last.setdefault(full[-1], []).append(full)
    named = {at for name in written for at in range(name.start, name.end)}
    selves = (
        {at for found in rules.subjects.self_pattern.finditer(text) for at in range(*found.span())}
        if by_last
        else set()
    )
    forms: dict[tuple[int, int], list[str]] = {}
    for last, of_last in by_last.items():
        for end in occurrences(last, text):
            if end in named:
                continue
            for full in of_last:
                start, kept = end, len(full) - 1
                while start > 0 and (earlier := full.rfind(text[start - 1], 0, kept)) >= 0:
                    start, kept = start - 1, earlier
                form = text[start : end + 1]
                if (
                    len(form) >= CONTRACTION_SHORTEST
                    and form not in full
                    and named.isdisjoint(range(start, end + 1))
                    and start not in selves  # not `澳博物馆` of `全澳博物馆`, all of Macau's museums
                    and word_frequency(form) < KIND_FREQUENCY
                    and not inside_a_word(text, start)
                    and not inside_a_word(text, end + 1)  # not `职业院` of `职业/院校`
                    and not crossed(text, Name(start, end + 1, form), holding_only=True)
                ):
                    forms.setdefault((start, end + 1), []).append(full)
    found: dict[str, list[Name]] = {}
    for (start, end), of_names in forms.items():
        if len(of_names) == 1:
            found.setdefault(of_names[0], []).append(Name(start, end, text[start:end]))
    return found


def _name_start(text: str, start: int, end: int, rules: Rules) -> int:
    """Where a name begins: past opening marks, past a description of the firm before it
    (`在线教育平台星澜科技...` → `星澜科技...`), and past generic words before a place name
    (`高新技术企业赣州恒澜...` → `赣州恒澜...`)."""
    while start < end and text[start] in OPENING_MARKS:
        start += 1
    suffix = rules.subjects.organisation_suffix_at_end.search(text, start, end)
    core_end = suffix.start() if suffix else end
    described = [found.end() for found in rules.subjects.description_before_name.finditer(text, start, core_end)]
    described += [
        found.end()
        for found in rules.subjects.description_before_placed_name.finditer(text, start, core_end)
        if any(place.start == found.end() for place in rules.gazetteer.places.find(text, found.end(), core_end))
    ]
    described.sort()
    # not `数字平台科技有限公司`, nor `茅台酒厂(集团)有限责任公司`: a bracket goes on the name
    if (
        described
        and text[described[-1]] not in OPENING_MARKS
        and is_proper(text[described[-1] : core_end], rules.subjects)
    ):
        start = described[-1]
    # not a place a word runs into from before (`子洲` of `橘子洲景区`)
    places = [place for place in rules.gazetteer.places.find(text, start, end) if not _entered(text, place)]
    before = text[start : places[0].start] if places else ""
    # not a province's one-character name (`闽` of `闽海港口集团`: no `海港` in it)
    province_short = len(before) == 1 and word_tag(before) in rules.subjects.proper_word_tags
    if before and not is_proper(before, rules.subjects) and not province_short:
        return places[0].start
    return start


def fullest(name: str, names: list[Name], rules: Rules) -> str:
    """The fullest form of a name in the article: `自动化学院` → `江西应用科技大学自动化学院`;
    a company or a facility by its core: `瑞岭公司` → `赣州瑞岭科技有限公司`, `昌北机场` →
    `南昌昌北国际机场` (another facility of its kind: `郑州机场` is no firm of `郑州`), and by a
    place after the longer name's own (`汉中机场` → `星河汉中国际机场`), but not a facility named by
    the place it opens with (`武汉港` is no `武汉新港`). A name written
    whole inside a longer one is that one's only where nothing but a legal form follows it
    (`星河银行股份有限公司`): `星河医院医疗集团` is another body, which holds the hospital."""
    table = rules.subjects
    core = table.short_name_ending.sub("", name)
    kin = [other.text for other in names]
    facility = next((suffix for suffix in table.facility_suffixes if name.endswith(suffix)), None)
    if facility:
        core = name.removesuffix(facility)
        if core in rules.gazetteer.wide_names.names:  # a place names a facility of a longer name only
            # after that name's own place (`汉中机场` of `星河汉中国际机场`, not `武汉港` of `武汉新港`)
            kin = [other for other in kin if other.find(core) > 0]
        kin = [other for other in kin if other.endswith(facility)]
    else:  # a firm is no facility its core is written in (`星澜集团`, `长沙星澜天境项目`)
        kin = [other for other in kin if not other.endswith(table.facility_suffixes)]
    longer = [
        other
        for other in kin
        if len(other) > len(name)
        and (_ends_as(other, name, table) if name in other else len(core) >= 2 and core in other)
    ]
    return max(longer, key=len) if longer else name


def _ends_as(longer: str, name: str, table: SubjectRules) -> bool:
    """Whether `longer` goes on past `name` by a legal form at most."""
    rest = longer[longer.rfind(name) + len(name) :]
    return not rest or rest in table.legal_forms
