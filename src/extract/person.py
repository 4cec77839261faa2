"""People named in an article (ANNOTATION §6: a person owns the figures about themselves):
found where they open a clause, by a name jieba does not know that starts with a common
surname, then wherever the text names them, by surname and title and by pronoun; not the
officials the text titles so, who act for their office. And people who speak for themselves,
named after a private role (`村民`) or by a courtesy title (`王女士`)."""

from __future__ import annotations

import bisect
from collections import Counter

import regex

from extract.gazetteer import Name
from extract.rules import Rules, SubjectRules
from extract.segment import cut, word_frequency, word_tag
from extract.spans import occurrences

PERSON_NAME_LENGTHS = (2, 3)  # a surname and a given name
SHORTEST_NAME = 2  # a surname and one character: a person's only where the text speaks of one
CUE_REACH = 6  # the characters after a name read for speech or a title
ROLE_REACH = 5  # the characters before a name read for a role (`种植大户`)
BLANKS = regex.compile(r"\s*")
OPENING_REACH = 5  # the characters of a clause's opening read for a person: a name, or a surname and a title
OFFICIAL_TITLE_REACH = 4  # the characters of an official's title before their name
PERSON_NAMED_TWICE = 2  # a name jieba guesses once may be no one's
PERSON_NAMED_LEAST = 3  # how often an article names a person for a pronoun to stand for them
NAME_CUT_REACH = 6  # the characters cut to find where a name after a role ends
# jieba's count of a word it tags as a name: a person's name is rare (`王建国` 12), a common word not (`安全感` 181)
COMMON_WORD_COUNT = 100
HAN_NAME = regex.compile(r"\p{Han}+")


def people(text: str, sentence_starts: list[int], rules: Rules) -> list[Name]:
    """People: a word jieba finds that its dictionary does not hold, that opens with a surname and
    opens a clause twice at least, then wherever the text names them (`种植大户王建国种植的`); by
    their surname and a title (`王校长` for `王建国`); and where the text names one person often,
    by a pronoun (`他`), which stands for that person. Only the openings that start with a surname
    are cut: the cost stays a small part of the text's."""
    table = rules.subjects
    breaks = (match.end() for match in rules.segments.clause_break.finditer(text))
    openings = sorted({_past_blanks(text, start) for start in [*sentence_starts, *breaks]})
    openings = [start for start in openings if text[start : start + 1] in table.surnames]
    chunks = [text[start : start + OPENING_REACH].split("\n")[0] for start in openings]
    word_at, at = {}, 0
    for word in cut("\n".join(chunks)):
        word_at[at] = word
        at += len(word)
    named, surnamed = [], []
    at = 0
    for start, chunk in zip(openings, chunks, strict=True):
        word = word_at.get(at, "")
        at += len(chunk) + 1
        figure_after = text[start + len(word) : start + len(word) + 1].isdigit()  # `季增6.8%`: a rate's word
        if (
            len(word) in PERSON_NAME_LENGTHS
            and word_tag(word) is None
            and word[-1] not in table.not_given_name_endings
            and not figure_after
        ):
            named.append(Name(start, start + len(word), word))
        elif len(word) == 1 and (title := table.person_title.match(text, start + 1)):
            surnamed.append((start, title.end(), word))
    names = {person.text for person in named}
    named = [_longer_name(c, text, names) for c in named]  # `孙国` of `孙国栋的`: jieba cut the name short
    counts = Counter(person.text for person in named)
    full_names = [
        name
        for name, count in counts.most_common()
        if count >= PERSON_NAMED_TWICE
        and not _titled_an_official(name, text, table)
        and name not in rules.gazetteer.regions
        and (len(name) > SHORTEST_NAME or _spoken_of_as_a_person(name, text, table))
    ]
    named = [Name(start, start + len(name), name) for name in full_names for start in occurrences(name, text)]
    for start, end, surname in surnamed:
        of_surname = [name for name in full_names if name[0] == surname]
        if of_surname:
            named.append(Name(start, end, of_surname[0]))
    most = Counter(person.text for person in named).most_common(1)
    if most and most[0][1] >= PERSON_NAMED_LEAST:
        named += [Name(m.start(), m.end(), most[0][0]) for m in table.pronoun.finditer(text)]
    return named


def private_people(text: str, sentence_starts: list[int], rules: Rules) -> list[Name]:
    """People who speak for themselves, not for an office (§6: they own the figures about
    themselves): named after a private role (`村民李桂兰`, the name as jieba cuts it) or by a
    surname and a courtesy title (`王女士`, not `张国华先生` nor `负责人孙女士`), then wherever
    the text writes the name; and a pronoun opening a clause in the sentence they are named in
    or the next (`她去年住院花了3800元`)."""
    table = rules.subjects
    names = {name for role in table.private_role.finditer(text) if (name := _name_at(text, role.end(), rules))}
    names |= {
        text[titled.start() - 1 : titled.end()]
        for titled in table.courtesy_title.finditer(text)
        if _titled_by_courtesy(text, titled.start() - 1, rules)
    }
    found = [
        Name(start, start + len(name), name)
        for name in names
        if name not in rules.gazetteer.regions
        for start in occurrences(name, text)
    ]
    for person in sorted(found, key=lambda name: name.start):
        sentence = bisect.bisect_right(sentence_starts, person.start)
        reach = sentence_starts[sentence + 1] if sentence + 1 < len(sentence_starts) else len(text)
        pronoun = table.pronoun.search(text, person.end, reach)
        if pronoun and not any(person.end <= other.start < pronoun.start() for other in found):
            found.append(Name(pronoun.start(), pronoun.end(), person.text))
    return found


def _name_at(text: str, start: int, rules: Rules) -> str:
    """The name of a person that starts at `start` as jieba cuts it: its first word, with the
    given name cut off after it (`李/桂兰/说` → `李桂兰`, `孙立/群/说` → `孙立群`); a word jieba does
    not know, or one it knows as a rare name (`王建国`, not `安全感`); else ''."""
    table = rules.subjects
    if text[start : start + 1] not in table.surnames:
        return ""
    words = cut(text[start : start + NAME_CUT_REACH])
    # a given name jieba cuts off (`李/桂兰`, `孙立/群/说`), but not a word that follows a name (`王芳/说`)
    cut_off = len(words) > 1 and len(words[0]) + len(words[1]) <= max(PERSON_NAME_LENGTHS)
    cut_off = cut_off and (len(words[0]) == 1 or words[1] not in table.name_stops)
    name = words[0] + words[1] if cut_off else words[0]
    tag = word_tag(name)
    if (
        len(name) not in PERSON_NAME_LENGTHS
        or not HAN_NAME.fullmatch(name)
        or (tag is not None and (tag not in table.person_name_tags or word_frequency(name) >= COMMON_WORD_COUNT))
        or name[-1] in table.not_given_name_endings
    ):
        return ""
    return name


def _titled_by_courtesy(text: str, surname_at: int, rules: Rules) -> bool:
    """Whether a surname stands at `surname_at` before a courtesy title, alone: not the end of a
    full name (`张国华先生`), nor after a title of office (`负责人孙女士`, `司长陈先生`)."""
    table = rules.subjects
    if surname_at < 0 or text[surname_at] not in table.surnames:
        return False
    before = max(0, surname_at - OFFICIAL_TITLE_REACH)
    words = cut(text[before : surname_at + 1])
    if len(words[-1]) > 1:  # the surname closes a word: a given name's last character
        return False
    return not (
        table.speaks_for_an_office.search(text, before, surname_at)
        or table.official_title.search(text, before, surname_at)
    )


def _spoken_of_as_a_person(name: str, text: str, table: SubjectRules) -> bool:
    """Whether the text somewhere gives the name a role, speech or a title (`村民孙立`, `孙立说`)."""
    return any(
        table.person_cues.any_applies(
            {
                "left": text[max(0, start - ROLE_REACH) : start],
                "right": text[start + len(name) : start + len(name) + CUE_REACH],
            }
        )
        for start in occurrences(name, text)
    )


def _titled_an_official(name: str, text: str, table: SubjectRules) -> bool:
    return any(
        table.official_title.search(text, max(0, start - OFFICIAL_TITLE_REACH), start)
        for start in occurrences(name, text)
    )


def _longer_name(person: Name, text: str, names: set[str]) -> Name:
    longer = text[person.start : person.end + 1]
    return Name(person.start, person.end + 1, longer) if longer in names else person


def _past_blanks(text: str, start: int) -> int:
    blanks = BLANKS.match(text, start)
    return blanks.end() if blanks else start
