"""`python -m extract`: the command. A Ctrl-C while its modules still load ends it as one
during a run does: status 130 (`cli.INTERRUPTED`, not loaded yet), no traceback."""

import sys

try:
    from extract.cli import entry
except KeyboardInterrupt:
    sys.exit(130)

entry()
