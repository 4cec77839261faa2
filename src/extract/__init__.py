"""extract: turn Chinese news and government articles into a table of quantity facts.

In a notebook::

    from extract import extract_text, extract_folder, to_dataframe
    facts = extract_text("2021年,章贡区研发经费投入37亿元。", date="2022")
    facts[0].value, facts[0].indicator, facts[0].subject    # (Decimal('3700000000'), 'rd_spending', '章贡区')
    frame = to_dataframe(extract_folder("corpus"))          # every article of a folder, as a DataFrame

On the command line: `extract corpus/ -o output/` (see `extract --help`). In spaCy:
`nlp.add_pipe("quantities")` on a `zh` pipeline.
"""

from typing import Any

__version__ = "0.1.0"
__all__ = ["extract_folder", "extract_text", "to_dataframe"]


def __getattr__(name: str) -> Any:
    """The API, imported on first use: `import extract` (and the command) stays light."""
    if name in __all__:
        from extract import api

        return getattr(api, name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
