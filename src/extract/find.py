"""Find quantity mentions: every mention rule over the text, minus the
exclusions (overlaps are resolved once their values are read)."""

from __future__ import annotations

from dataclasses import dataclass

from extract.rules import MentionRule, Rules
from extract.spans import paragraph_context
from extract.tables import Cell, table_cells


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    mention: str
    rule: MentionRule
    groups: dict[str, str | None]
    left: str  # the paragraph before the mention
    right: str  # the paragraph after it
    cell: Cell | None = None  # the table cell it is, where it is one


class _Parts(dict[str, str]):
    """A candidate's parts for the exclusions: its paragraph around it is cut only when a rule
    asks for it (most matches are dropped for a longer one or by the mention alone)."""

    def __init__(self, text: str, start: int, end: int, mention: str) -> None:
        super().__init__(mention=mention)
        self.text, self.start, self.end = text, start, end

    def __missing__(self, part: str) -> str:
        self["left"], self["right"] = paragraph_context(self.text, self.start, self.end)
        return self[part]


def candidates(text: str, rules: Rules) -> list[Candidate]:
    """The mentions every rule finds in `text` that no exclusion drops, but those inside a region's
    name (`九台区`, `七台河市`, `三门县`: no nine machines); in a table, a cell's bare number is
    the figure, with the unit the table gives it, and no rule reads across cells (`245 118`)."""
    found = []
    cells = table_cells(text, rules)
    ranks = rules.indicators.ranking_kinds
    in_cells = {at for cell in cells.values() if cell.bare for at in range(cell.start, cell.end)}
    in_written_cells = {at: cell for cell in cells.values() if not cell.bare for at in range(cell.start, cell.end)}
    for rule in rules.mentions:
        if rule.in_tables and not cells:
            continue
        for match in rule.pattern.finditer(text):
            start, end = match.span()
            parts = _Parts(text, start, end, match.group())
            if rule.left is not None and rule.left.search(parts["left"]) is None:
                continue
            groups = match.groupdict()
            if rule.in_tables:  # a rank's rule reads the cells of ranks, the other rules the others
                cell = cells.get(start)
                if cell is None or not cell.bare or cell.end != end or cell.rank != (rule.kind in ranks):
                    continue
                groups = {**groups, "post_scale": cell.scale, "unit": cell.unit}
            elif in_cells and not in_cells.isdisjoint(range(start, end)):
                continue
            else:
                cell = in_written_cells.get(start)
                cell = cell if cell and end <= cell.end else None
            if cell:  # its row's other cells are no words around it (`超过500万美元` in the cell before)
                parts["left"], parts["right"] = text[cell.start : start], text[end : cell.end]
            if not rules.exclusions.any_applies(parts):
                found.append(Candidate(start, end, match.group(), rule, groups, parts["left"], parts["right"], cell))
    place_end = {at: place.end for place in rules.gazetteer.regions_in(text) for at in range(place.start, place.end)}
    return [candidate for candidate in found if place_end.get(candidate.start, -1) < candidate.end]
