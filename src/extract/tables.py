"""Tables flattened into text (`rules/tables.yaml`): the numbers of their
cells, each bare one with the unit its row, column or caption gives it, and
what each reads as: its row's label and its column's header."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from extract.rules import Rules, TableRules

DIGIT = regex.compile(r"[0-9]")
BARE_NUMBER = regex.compile(r"[-+－−]?[0-9][0-9,]*(?:\.[0-9]+)?")
DRAWN_LINE = regex.compile(r"[-:—=+]+")  # `|---|---|` under a header
YEAR = regex.compile(r"(?:19|20)[0-9]{2}")
PERCENT = "%"
NO_UNIT = ("", "")  # an index value, or a rank, whose mention rule gives its unit
SMALLEST_SCALE = 100  # the scale words a unit may open with: `百`, `千`, `万`, `亿`, not `十`
TAB = "\t"


@dataclass(frozen=True)
class Cell:
    """A number in a table's cell, as a figure."""

    start: int
    end: int
    reading: str  # what it measures, as a clause would say it: `规模以上工业总产值同比增长`
    header: tuple[int, int] | None  # where its column's header is written
    header_row: tuple[int, int] | None  # where the header row is written
    scale: str = ""  # the scale words of the unit the table gives it: `亿` of `亿元`
    unit: str = ""  # ... and its unit or measure word: `元`
    rank: bool = False  # a place among peers, in a column of ranks
    bare: bool = True  # a number alone, of the table's unit; else a figure the text writes with its unit


@dataclass(frozen=True)
class _Row:
    start: int  # where its line starts
    cells: list[tuple[int, int]]  # where each cell is written
    texts: list[str]

    def numbers(self) -> list[int]:
        """The indices of its cells that are a bare number, but its label's."""
        return [i for i, text in enumerate(self.texts) if i and BARE_NUMBER.fullmatch(text)]


def table_cells(text: str, rules: Rules) -> dict[int, Cell]:
    """The cells of the tables of `text` that hold a figure, by where they start."""
    return {cell.start: cell for _, cells in _tables(text, rules) for cell in cells}


def table_rows(text: str, rules: Rules) -> frozenset[int]:
    """Where the rows of the tables of `text` start, their header's too: no heading is one."""
    return frozenset(row.start for rows, cells in _tables(text, rules) if cells for row in rows)


def _tables(text: str, rules: Rules) -> Iterator[tuple[list[_Row], list[Cell]]]:
    """Each run of two rows or more, blank lines and one-cell lines (`一、工业`) between them
    allowed, with the cells of its figures."""
    known = rules.tables
    if known.separator.search(text) is None:  # most articles hold no table
        return
    lines = list(_lines(text))
    index = 0
    while index < len(lines):
        rows: list[_Row] = []
        first_line = index
        between = []  # the lines between its rows: a unit's caption (`单位:亿元`), a section (`一、工业`)
        while index < len(lines):
            row = _row(text, *lines[index], known)
            if row is not None and rows and known.caption_row.match(row.texts[0]):
                break  # the next table's caption (`表2 ...`)
            if row is not None:
                rows.append(row)
                index += 1
            elif rows and (following := _row_after(text, lines, index, len(rows[-1].texts), known)) is not None:
                between.append(text[lines[index][0] : lines[index][1]])
                index = following  # past the blank lines before it, read once
            else:
                break
        if len(rows) >= 2:
            before = [text[s:e] for s, e in lines[max(0, first_line - known.caption_lines) : first_line]]
            yield rows, list(_table(text, rows, "\n".join([*before, *between]), rules))
        index += 0 if rows else 1


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def _row_after(text: str, lines: list[tuple[int, int]], index: int, width: int, known: TableRules) -> int | None:
    """Where a table of rows of `width` cells goes on after a line that is no row: blank, or one
    short cell, the next line that holds something a row of as many cells; else None."""
    line = text[lines[index][0] : lines[index][1]].strip()
    if len(line) > known.longest_cell or any(mark in line for mark in known.sentence_marks):
        return None
    following = next((i for i in range(index + 1, len(lines)) if text[lines[i][0] : lines[i][1]].strip()), None)
    row = _row(text, *lines[following], known) if following is not None else None
    return following if row is not None and len(row.texts) == width else None


def _row(text: str, start: int, end: int, known: TableRules) -> _Row | None:
    """The line as a table's row: two cells or more, no sentence in it. Tabs part every cell,
    an empty one too; runs of blanks or bars part those that hold something."""
    line = text[start:end]
    if not line.strip() or any(mark in line for mark in known.sentence_marks):
        return None
    if TAB in line:
        cells, at = [], start
        for part in line.split(TAB):
            lead = len(part) - len(part.lstrip(known.separators))
            cells.append((at + lead, at + max(lead, len(part.rstrip(known.separators)))))
            at += len(part) + 1
    else:
        cells = [(start + m.start(), start + m.end()) for m in known.cell.finditer(line)]
    if len([s for s, e in cells if e > s]) < 2 or any(e - s > known.longest_cell for s, e in cells):
        return None
    return _Row(start, cells, [text[s:e] for s, e in cells])


def _table(text: str, rows: list[_Row], caption: str, rules: Rules) -> Iterator[Cell]:
    known = rules.tables
    rows = [row for row in rows if not all(DRAWN_LINE.fullmatch(t) for t in row.texts if t)]
    captions = [row for row in rows if known.caption_row.match(row.texts[0])]  # `表1 主要经济指标`
    rows = [row for row in rows if row not in captions]
    first_data = next((i for i, row in enumerate(rows) if not _is_header(row, rules)), None)
    if first_data is None:
        return
    # the row of words right over the numbers is the header; rows over it caption the table
    header = rows[first_data - 1] if first_data else None
    data = rows[first_data:]
    width = len(header.texts) if header else len(data[0].texts)
    if any(not width - 1 <= len(row.texts) <= width for row in data):  # no table: prose written with blanks
        return
    above = [" ".join(row.texts) for row in [*captions, *rows[: max(first_data - 1, 0)]]]
    caption_unit = _caption_unit("\n".join([caption, *above, " ".join(header.texts if header else [])]), rules)
    if header is None and caption_unit is None:
        return
    columns = _Columns(header, rules)
    parent = ""  # the label of the last row that no other continues
    for row in data:
        shift = width - len(row.texts)
        numbers = row.numbers()
        # its label: the first cell of words before its numbers (after a `序号`'s number, say)
        words = (t for t in row.texts[: numbers[0] if numbers else None] if t and not BARE_NUMBER.fullmatch(t))
        own = next((t for t in words if not _unit(t, rules)), "")
        label = parent + own if own in known.continuing_rows else own
        parent = parent if own in known.continuing_rows else own
        own_unit = _row_unit(row, own, columns.unit_column, shift, caption_unit, rules)
        of_an_index = any(word in label for word in known.index_rows)
        for i in range(1, len(row.texts)):
            column = i + shift
            over = columns.header_of(column)
            reading = label + (columns.headings[column] if over else "")
            if i not in numbers:  # a figure written with its unit (`+9.6%`) reads as the table says too
                if DIGIT.search(row.texts[i]):
                    yield Cell(*row.cells[i], reading, over, columns.row, bare=False)
                continue
            if column in columns.labels:  # `序号`, `年份`: no figures
                continue
            rank = column in columns.ranks
            unit = columns.units.get(column) or (NO_UNIT if of_an_index or rank else own_unit)
            if unit is not None:
                yield Cell(*row.cells[i], reading, over, columns.row, *unit, rank=rank)


class _Columns:
    """What a table's header says of its columns (nothing, where it has none): their units,
    which hold ranks or labels, where the units are written, and what each reads as."""

    def __init__(self, header: _Row | None, rules: Rules) -> None:
        known = rules.tables
        texts = header.texts if header else []
        self.cells = header.cells if header else []
        self.row = (header.cells[0][0], header.cells[-1][1]) if header else None
        self.unit_column = next((i for i, t in enumerate(texts) if t in known.unit_columns), None)
        self.labels = {i for i, t in enumerate(texts) if t in known.label_columns}
        self.ranks = {i for i, t in enumerate(texts) if any(word in t for word in known.rank_headers)}
        self.units = {i: unit for i, t in enumerate(texts) if (unit := _header_unit(t, rules))}
        # a column of the rates or ranks of the column before it reads as that one's (`地区生产总值` `同比增长`)
        self.headings = list(texts)
        for column in range(1, len(texts)):
            if column in self.ranks or _unit_stripped(texts[column], known) in known.continuing_rows:
                self.headings[column] = self.headings[column - 1] + texts[column]

    def header_of(self, column: int) -> tuple[int, int] | None:
        """Where the header of `column` is written, but over the units."""
        return self.cells[column] if 0 <= column < len(self.cells) and column != self.unit_column else None


def _is_header(row: _Row, rules: Rules) -> bool:
    """A row of words, or of years over their columns, and no unit alone (`亩` is a data row's)."""
    numbers = row.numbers()
    return all(YEAR.fullmatch(row.texts[i]) for i in numbers) and not any(
        _unit(t, rules) for t in row.texts if t not in rules.tables.unit_columns
    )


def _row_unit(
    row: _Row, label: str, unit_column: int | None, shift: int, caption_unit: tuple[str, str] | None, rules: Rules
) -> tuple[str, str] | None:
    """The unit of a row's bare numbers: its unit cell's, else the one its label writes
    (`每股盈利(人民币元)`), else a unit cell before its numbers, else the caption's; none where its
    label writes an amount in a unit not read (`(人民币分)`)."""
    known = rules.tables
    in_column = unit_column is not None and 0 <= unit_column - shift < len(row.texts)
    in_unit_column = _unit(row.texts[unit_column - shift], rules) if in_column and unit_column is not None else None
    written = known.unit_in_header.search(label)
    in_label = _unit(written.group("unit"), rules) if written else None
    if written and in_label is None and written.group("unit").startswith(tuple(rules.currencies)):
        return None
    numbers = row.numbers()
    before_numbers = row.texts[1 : numbers[0]] if numbers else []
    in_row = next(filter(None, (_unit(t, rules) for t in before_numbers)), None)
    return in_unit_column or in_label or in_row or caption_unit


def _unit_stripped(header: str, known: TableRules) -> str:
    """A header cell without the unit it writes: `同比增长(%)` → `同比增长`."""
    found = known.unit_in_header.search(header)
    return header[: found.start()] if found else header


def _caption_unit(caption: str, rules: Rules) -> tuple[str, str] | None:
    found = rules.tables.unit_caption.search(caption)
    return _unit(found.group("unit"), rules) if found else None


def _header_unit(header: str, rules: Rules) -> tuple[str, str] | None:
    """The unit a header writes (`金额(亿元)`, `增长%`), or % where it names a rate (`比上年增长`, not `增长额`)."""
    found = rules.tables.unit_in_header.search(header)
    if found:
        return _unit(found.group("unit"), rules)
    return ("", PERCENT) if header.endswith(rules.tables.rate_headers) else None


def _unit(written: str, rules: Rules) -> tuple[str, str] | None:
    """A cell that is a unit alone, as its scale words and unit word: `亿元` → (`亿`, `元`),
    `万千瓦` → (`万`, `千瓦`), `百分点` → (``, `百分点`); an amount's currency written first too:
    `人民币千元` → (`千`, `人民币`)."""
    currency = next((word for word in rules.currencies if written.startswith(word) and word in rules.units), "")
    scales = rules.numbers.scales
    at = len(currency)
    while True:
        word = written[at:]
        if currency and word == rules.local_currency:
            return written[len(currency) : at], currency
        if not currency and word in rules.units:
            return written[:at], word
        if at >= len(written) or scales.get(written[at], 0) < SMALLEST_SCALE:
            return None
        at += 1
