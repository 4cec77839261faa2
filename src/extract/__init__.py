"""extract: turn Chinese news and government articles into a table of quantity facts.

From a notebook::

    from pathlib import Path
    from extract.pipeline import run
    run(Path("corpus"), Path("output"))          # writes output/quantities.csv

or one article at a time::

    from extract.pipeline import article_facts, rules_for
    from extract.read import Article
    facts = list(article_facts(Article("doc", "2021年,全区研发投入总量达52亿元。", "2022"), rules_for()))
    facts[0].value, facts[0].indicator           # (Decimal('5200000000'), 'rd_spending')
"""

__version__ = "0.1.0"
