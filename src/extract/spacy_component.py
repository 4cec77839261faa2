"""The extractor as a spaCy component, registered by entry point (`spacy_factories`), so
that after `pip install` a `zh` pipeline takes it by name:

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("quantities", config={"date": "2022-03"})
    doc = nlp("2021年,章贡区研发经费投入37亿元。")
    span = doc.spans["quantities"][0]          # 37亿元, labelled with its indicator
    span._.value, span._.unit, span._.subject  # Decimal('3700000000'), 'CNY', '章贡区'
    displacy.render(doc, style="span", options={"spans_key": "quantities"})

Tokens that a figure's edge falls inside are split there, so each span is exactly
the figure. A doc's `user_data["date"]` (`2022-03`) overrides the configured date.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.fact import COLUMNS, Fact
from extract.pipeline import article_facts, rules_for
from extract.read import Article

SPANS_KEY = "quantities"
FIELDS = tuple(name for name in COLUMNS if name not in ("doc_id", "start", "end", "mention", "sentence"))

for _field in FIELDS:
    if not Span.has_extension(_field):
        Span.set_extension(_field, default=None)


class Quantities:
    """Sets `doc.spans["quantities"]`: a span a figure, labelled with its indicator, its fields
    as extension attributes (`span._.value`, `span._.unit`, `span._.subject`, ...)."""

    def __init__(self, date: str, region: str, rule_dirs: tuple[str, ...]) -> None:
        self.date, self.region, self.rule_dirs = date, region, rule_dirs

    def __call__(self, doc: Doc) -> Doc:
        date = str(doc.user_data.get("date", self.date))
        facts = list(article_facts(Article("doc", doc.text, date, "", self.region), rules_for(self.rule_dirs)))
        _split_at(doc, {offset for fact in facts for offset in (fact.start, fact.end)})
        doc.spans[SPANS_KEY] = [_span(doc, fact) for fact in facts]
        return doc


def _span(doc: Doc, fact: Fact) -> Span:
    span = doc.char_span(fact.start, fact.end, label=fact.indicator)
    assert span is not None, "the tokens were split at the figure's edges"
    for name in FIELDS:
        span._.set(name, getattr(fact, name))
    return span


def _split_at(doc: Doc, offsets: set[int]) -> None:
    """Split the tokens that one of the offsets falls inside, there."""
    with doc.retokenize() as retokenizer:
        for token in doc:
            inside = sorted(offset - token.idx for offset in offsets if token.idx < offset < token.idx + len(token))
            if inside:
                edges = [0, *inside, len(token)]
                pieces = [token.text[start:end] for start, end in zip(edges, edges[1:], strict=False)]
                retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))


@Language.factory("quantities", default_config={"date": "", "region": "", "rules": []})
def make_quantities(nlp: Language, name: str, date: str, region: str, rules: list[str]) -> Quantities:
    """The `quantities` component: `date` dates the figures that name no time (`2022-03`),
    `region` is the text's own region where the text does not say (`江北区`), `rules` are
    folders of your own rule files."""
    return Quantities(date, region, tuple(rules))
