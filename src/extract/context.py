"""The text around a figure that attribution reads: its clause and its
sentence, split at the figure, as character offsets into the article."""

from __future__ import annotations

from dataclasses import dataclass

from extract.rules import Pattern
from extract.segment import sentences_around
from extract.tables import Cell


@dataclass(frozen=True)
class Context:
    text: str  # the whole article
    start: int
    end: int
    clause_start: int
    clause_end: int
    sentence_start: int
    sentence_end: int
    # the slices attribution reads many times, cut once
    clause_left: str
    clause_right: str
    sentence_left: str
    sentence_right: str
    cell: Cell | None = None  # the table cell the figure is, where it is one

    @classmethod
    def of(cls, text: str, start: int, end: int, sentence_starts: list[int], clause_break: Pattern) -> Context:
        """The context of `text[start:end]`; a figure over a sentence break (`35\n\n家`) spans both sentences.
        Clauses end at `clause_break` and where their sentence ends."""
        sentence_start, sentence_end = sentences_around(sentence_starts, start, end, len(text))
        before = [m.end() for m in clause_break.finditer(text, sentence_start, start)]
        after = clause_break.search(text, end, sentence_end)
        clause_start = before[-1] if before else sentence_start
        clause_end = after.start() if after else sentence_end
        return cls(
            text,
            start,
            end,
            clause_start,
            clause_end,
            sentence_start,
            sentence_end,
            clause_left=text[clause_start:start],
            clause_right=text[end:clause_end],
            sentence_left=text[sentence_start:start],
            sentence_right=text[end:sentence_end],
        )

    @classmethod
    def of_cell(cls, text: str, start: int, end: int, cell: Cell) -> Context:
        """The context of `text[start:end]` in a table's cell: its row's line, read as the clause
        its row label and column header would make (`规模以上工业总产值同比增长` before the number)."""
        row_start = text.rfind("\n", 0, start) + 1
        row_end = text.find("\n", end)
        row_end = len(text) if row_end == -1 else row_end
        return cls(
            text,
            start,
            end,
            clause_start=row_start,
            clause_end=row_end,
            sentence_start=row_start,
            sentence_end=row_end,
            clause_left=cell.reading,
            clause_right="",
            sentence_left=cell.reading,
            sentence_right="",
            cell=cell,
        )

    @property
    def mention(self) -> str:
        return self.text[self.start : self.end]

    @property
    def alone_on_line(self) -> bool:
        """Nothing but the figure on its line(s): a sidebar's headline figure."""
        line_start = self.text.rfind("\n", 0, self.start) + 1
        line_end = self.text.find("\n", self.end)
        after = self.text[self.end : line_end if line_end != -1 else len(self.text)]
        return not self.text[line_start : self.start].strip(" *\t\u3000") and not after.strip(" *\t\u3000")

    @property
    def sentence(self) -> str:
        return self.text[self.sentence_start : self.sentence_end].strip()
