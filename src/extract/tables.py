"""Tables flattened into text (`rules/tables.yaml`): the bare numbers of their
cells, each with the unit its row, column or caption gives it, and what it
reads as: its row's label and its column's header."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from extract.rules import Rules, TableRules

DIGIT = regex.compile(r"[0-9]")
BARE_NUMBER = regex.compile(r"[-+－−]?[0-9][0-9,]*(?:\.[0-9]+)?")
RULE = regex.compile(r"[-:—=+]+")
YEAR = regex.compile(r"(?:19|20)[0-9]{2}")
PERCENT = "%"
NO_UNIT = ("", "")  # an index value, or a rank, whose mention rule gives its unit
SMALLEST_SCALE = 100  # the scale words a unit may open with: `百`, `千`, `万`, `亿`, not `十`


@dataclass(frozen=True)
class Cell:
    """A bare number in a table's cell, as a figure."""

    start: int
    end: int
    scale: str  # the scale words of its unit: `亿` of `亿元`
    unit: str  # its unit or measure word: `元`
    reading: str  # what it measures, as a clause would say it: `规模以上工业总产值同比增长`
    header: tuple[int, int] | None  # where its column's header is written
    header_row: tuple[int, int] | None  # where the header row is written
    rank: bool = False  # a place among peers, in a column of ranks
    bare: bool = True  # a number alone, of the table's unit; else a figure the text writes with its unit


@dataclass(frozen=True)
class _Row:
    start: int  # where its line starts
    cells: list[tuple[int, int]]  # where each cell is written
    texts: list[str]

    def numbers(self) -> list[int]:
        """The indices of its cells that are a bare number."""
        return [i for i, text in enumerate(self.texts) if BARE_NUMBER.fullmatch(text)]

    def is_rule(self) -> bool:
        """A row that only draws a line under the header: `|---|---|`."""
        return all(RULE.fullmatch(text) for text in self.texts)

    def is_header(self) -> bool:
        """A row of words, or of years over their columns."""
        return all(YEAR.fullmatch(self.texts[i]) for i in self.numbers())


def table_cells(text: str, rules: Rules) -> dict[int, Cell]:
    """The cells of the tables of `text` that hold a bare number a unit reaches, by where they start."""
    return {cell.start: cell for _, cells in _tables(text, rules) for cell in cells}


def table_rows(text: str, rules: Rules) -> frozenset[int]:
    """Where the rows of the tables of `text` start, their header's too: no heading is one."""
    return frozenset(row.start for rows, cells in _tables(text, rules) if cells for row in rows)


def _tables(text: str, rules: Rules) -> Iterator[tuple[list[_Row], list[Cell]]]:
    """Each run of two rows or more, with the cells of its bare numbers that a unit reaches."""
    table = rules.tables
    if table.cell_separator.search(text) is None:  # most articles hold no table
        return
    lines = list(_lines(text))
    index = 0
    while index < len(lines):
        rows = []
        while index < len(lines) and (row := _row(text, *lines[index], table)) is not None:
            rows.append(row)
            index += 1
        if len(rows) >= 2:
            first_line = index - len(rows)
            caption = "\n".join(text[s:e] for s, e in lines[max(0, first_line - table.caption_lines) : first_line])
            yield rows, list(_table(text, rows, caption, rules))
        index += 1 if not rows else 0


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def _row(text: str, start: int, end: int, table: TableRules) -> _Row | None:
    """The line as a table's row: two cells or more, no sentence in it."""
    line = text[start:end]
    if not line.strip() or any(mark in line for mark in table.sentence_marks):
        return None
    cells = [(start + m.start(), start + m.end()) for m in table.cell.finditer(line)]
    if len(cells) < 2 or any(e - s > table.longest_cell for s, e in cells):
        return None
    return _Row(start, cells, [text[s:e] for s, e in cells])


def _table(text: str, rows: list[_Row], caption: str, rules: Rules) -> Iterator[Cell]:
    table = rules.tables
    rows = [row for row in rows if not row.is_rule()]
    first_data = next((i for i, row in enumerate(rows) if not row.is_header()), None)
    if first_data is None:
        return
    # the row of words right over the numbers is the header; rows over it caption the table
    header = rows[first_data - 1] if first_data else None
    above = [" ".join(row.texts) for row in rows[: max(first_data - 1, 0)]]
    caption_unit = _caption_unit("\n".join([caption, *above, " ".join(header.texts if header else [])]), rules)
    if header is None and caption_unit is None:
        return
    unit_column = next((i for i, t in enumerate(header.texts) if t in table.unit_columns), None) if header else None
    column_units = [_header_unit(t, rules) for t in header.texts] if header else []
    ranks = [any(word in t for word in table.rank_headers) for t in header.texts] if header else []
    # a column of the rates or ranks of the column before it reads as that one's (`地区生产总值` `同比增长`)
    headings = list(header.texts) if header else []
    for column in range(1, len(headings)):
        if ranks[column] or _unit_stripped(headings[column], table) in table.continuing_rows:
            headings[column] = headings[column - 1] + headings[column]
    header_row = (header.cells[0][0], header.cells[-1][1]) if header else None
    parent = ""  # the label of the last row that no other continues
    for row in rows[first_data:]:
        numbers = row.numbers()
        if not numbers:
            continue
        shift = len(header.texts) - len(row.texts) if header else 0
        own = row.texts[0] if 0 not in numbers else ""
        label = parent + own if own in table.continuing_rows else own
        parent = parent if own in table.continuing_rows else own
        of_an_index = any(word in label for word in table.index_rows)
        in_unit_column = _unit(_in_column(row, unit_column, shift), rules)
        written = table.unit_in_header.search(own)  # `每股基本盈利(人民币元)`
        in_label = _unit(written.group("unit"), rules) if written else None
        # an amount in a unit not read (`(人民币分)`) is of no unit the table gives
        unread = written is not None and in_label is None and written.group("unit").startswith(tuple(rules.currencies))
        row_units = (_unit(t, rules) for t in row.texts)
        own_unit = None if unread else in_unit_column or in_label or next(filter(None, row_units), None) or caption_unit
        for i in range(1 if own else 0, len(row.texts)):
            column = i + shift
            over = (
                header.cells[column] if header and 0 <= column < len(header.cells) and column != unit_column else None
            )
            reading = label + (headings[column] if over else "")
            if i not in numbers:  # a figure written with its unit (`+21.4%`) reads as the table says too
                if DIGIT.search(row.texts[i]):
                    yield Cell(*row.cells[i], "", "", reading, over, header_row, bare=False)
                continue
            rank = 0 <= column < len(ranks) and ranks[column]
            unit = (column_units[column] if 0 <= column < len(column_units) else None) or (
                NO_UNIT if of_an_index or rank else own_unit
            )
            if unit is not None:
                yield Cell(*row.cells[i], *unit, reading, over, header_row, rank)


def _in_column(row: _Row, column: int | None, shift: int) -> str:
    """The row's cell under the header's `column` ('' where it has none)."""
    if column is None or not 0 <= column - shift < len(row.texts):
        return ""
    return row.texts[column - shift]


def _unit_stripped(header: str, table: TableRules) -> str:
    """A header cell without the unit it writes: `同比增长(%)` → `同比增长`."""
    found = table.unit_in_header.search(header)
    return header[: found.start()] if found else header


def _caption_unit(caption: str, rules: Rules) -> tuple[str, str] | None:
    found = rules.tables.unit_caption.search(caption)
    return _unit(found.group("unit"), rules) if found else None


def _header_unit(header: str, rules: Rules) -> tuple[str, str] | None:
    if written := _written_unit(header, rules):
        return written
    return ("", PERCENT) if any(word in header for word in rules.tables.rate_headers) else None


def _written_unit(cell: str, rules: Rules) -> tuple[str, str] | None:
    """The unit a header or a row's label writes in brackets or at its end: `金额(亿元)`, `增长%`."""
    found = rules.tables.unit_in_header.search(cell)
    return _unit(found.group("unit"), rules) if found else None


def _unit(written: str, rules: Rules) -> tuple[str, str] | None:
    """A cell that is a unit alone, as its scale words and unit word: `亿元` → (`亿`, `元`), an
    amount's currency written first too: `人民币千元` → (`千`, `人民币`)."""
    currency = next((word for word in rules.currencies if written.startswith(word) and word in rules.units), "")
    scales = rules.numbers.scales
    at = len(currency)
    while at < len(written) and scales.get(written[at], 0) >= SMALLEST_SCALE:
        at += 1
    word = written[at:]
    if currency:
        return (written[len(currency) : at], currency) if word == rules.local_currency else None
    return (written[:at], word) if word in rules.units else None
