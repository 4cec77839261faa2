"""The `quantities` spaCy component, as a spaCy user meets it: found by name after install."""

import subprocess
import sys
from decimal import Decimal

import spacy
from spacy import displacy

TEXT = "2021年,南康区研发经费投入37亿元,规模居全市第二。全区高新技术企业达248家,同比增长13.7%。"


def zh_pipeline():
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("quantities", config={"date": "2022-03"})
    return nlp


def test_the_component_is_found_by_name_with_no_import():
    program = (
        "import spacy\n"
        "nlp = spacy.blank('zh', config={'nlp': {'tokenizer': {'segmenter': 'jieba'}}})\n"
        "nlp.add_pipe('quantities')\n"
        f"doc = nlp({TEXT!r})\n"
        "print([span.text for span in doc.spans['quantities']])\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "['37亿元', '第二', '248家', '13.7%']", result.stderr


def test_each_figure_is_a_span_with_its_fields():
    doc = zh_pipeline()(TEXT)
    spans = doc.spans["quantities"]
    assert [(s.text, s.label_) for s in spans] == [
        ("37亿元", "rd_spending"),
        ("第二", "rd_spending"),
        ("248家", "high_tech_enterprises"),
        ("13.7%", "high_tech_enterprises"),
    ]
    first = spans[0]
    assert (first._.value, first._.unit, first._.subject, first._.period) == (
        Decimal("3700000000"),
        "CNY",
        "南康区",
        "2021",
    )
    assert [token.text for token in spans[2]] == ["248", "家"]  # jieba's token split at the figure's edges


def test_a_docs_date_dates_the_figures_that_name_no_time():
    doc = zh_pipeline().make_doc("全区高新技术企业达248家。")
    doc.user_data["date"] = "2020-06"
    doc = zh_pipeline().get_pipe("quantities")(doc)
    assert doc.spans["quantities"][0]._.period == "2020"


def test_displacy_shows_the_spans():
    html = displacy.render(zh_pipeline()(TEXT), style="span", options={"spans_key": "quantities"})
    assert html.count("high_tech_enterprises") == 2 and "rd_spending" in html
