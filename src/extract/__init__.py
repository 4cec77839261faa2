"""extract: turn Chinese news and government articles into a table of quantity facts.

From a notebook::

    from pathlib import Path
    from extract.pipeline import run
    run(Path("corpus"), Path("output"))          # writes output/quantities.csv

or one article at a time::

    from extract.parallel import extract_article
    from extract.read import Article
    extract_article(Article("doc", "2021年,全区研发投入总量达52亿元。", "2022")).rows
"""

__version__ = "0.1.0"
