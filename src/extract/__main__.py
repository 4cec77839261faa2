from extract.cli import entry

entry()
