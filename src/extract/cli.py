"""The `extract` command: a thin layer over `pipeline.run` and `evaluate`."""

from __future__ import annotations

import argparse
import codecs
import json
import os
import re
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from extract import __version__
from extract.write import WRITERS, write_text

# The pipeline, jieba and pandas are imported when a command runs, not here: an early
# Ctrl-C, `--help` and `--version` meet a small module.

OUTPUT_FILE = WRITERS["csv"][0]
SCHEDULER_VARIABLE = "EXTRACT_SCHEDULER"
SCHEDULER_ADDRESS = re.compile(r"^(?:tcp|tls|ucx|ws|wss|inproc)://[^\s/]+$")
PREDICTION_COLUMNS = ("doc_id", "start", "end", "mention", "value", "unit")
INTERRUPTED = 130
BROKEN_PIPE = 141  # as a shell reports a reader that stopped early: 128 + SIGPIPE

RUN_HELP = """\
Turn the Chinese articles of a folder into a table of quantity facts.

Reads every .txt file of SOURCE (a folder, or one .txt file) and the folder's
meta.csv (doc_id, date, title, source; optional region), and writes
OUTPUT/quantities.csv: one row per figure in the text with its value in base
units, unit, kind, approximation, and what it measures (indicator, measure),
whom it is about (subject), when (period) and whether it is achieved, a target
or a policy (modality); then the sentence it stands in and the rule that found
it. The CSV is UTF-8 with a BOM, so Excel opens it directly; in pandas:
pd.read_csv(path, dtype=str, keep_default_na=False).

Articles are the .txt files of SOURCE and its subfolders (.txt in any case;
hidden files and the output folder left out); an article in a subfolder has
its path from SOURCE as doc_id (2022/a). Rows come in doc_id order.

Articles may be UTF-8 (with or without BOM), UTF-16 (with or without BOM),
GB18030/GBK or Big5: the encoding is detected (--encoding forces one); a few
bytes not valid in it are read as U+FFFD and reported with their offset.
Traditional characters, full-width digits, HTML remnants and Windows line ends
are read as they are; offsets always index the decoded text (--save-text
writes it out). Any text is read in time and memory linear in its length.

The run keeps going: an article that is empty, binary, not text or unreadable,
and a malformed meta.csv row, is reported on one line naming the file and the
problem, and skipped; the other articles are still written. The CSV replaces
the previous one only when complete, and not at all when no article could be
extracted, so an interrupted or failed run leaves it as it was.

Articles are extracted in parallel, one process per core (--jobs, at most the
cores there are), or on a Dask cluster (--scheduler); the output is the same
bytes either way. A progress bar shows on runs longer than a second (on a
terminal, unless --quiet).

Exit status: 0 when every article was read; 1 when something was skipped or
read with replaced bytes, or nothing could be extracted; 2 on a usage or
environment error (no such folder, -o not a folder, unknown --encoding, a bad
or unreachable --scheduler) or bad rules, said in one line; 130 when
interrupted (Ctrl-C stops every worker and keeps the previous output).

To score the output against hand-annotated gold: extract evaluate --help
To see it in the browser, figures highlighted in the text: extract review --help
To correct it in Label Studio and make gold of it: extract label-studio --help
"""

EVALUATE_HELP = """\
Score quantities.csv against gold CSVs (ANNOTATION.md §9): mention
precision/recall/F1, exact-span F1, accuracy of each field over matched
mentions, record F1, and F1 per indicator, for all the gold; then the same
side by side for each set (each subfolder of the gold folder: seeds/, dev/)
and for each document. Writes the figures to metrics.json beside the
predictions, and exits 1 when a figure is below its floor in the floors file
(0 otherwise). Floor names are paths into metrics.json: record.f1,
sets.dev.accuracy.subject, document_min.record.f1.
"""


def _run_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extract", description=RUN_HELP, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("source", type=Path, help="folder of .txt articles (and meta.csv), or one .txt file")
    parser.add_argument("-o", "--output", type=Path, default=Path("output"), help="output folder (default: output/)")
    parser.add_argument(
        "--rules",
        type=Path,
        action="append",
        default=[],
        help="a folder of your own rule files that extend the shipped ones",
    )
    parser.add_argument("--encoding", help="read every article in this encoding (e.g. gb18030) instead of detecting it")
    parser.add_argument(
        "--save-text",
        action="store_true",
        help="also write each decoded article to OUTPUT/texts/, which the offsets index",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="articles extracted at once, in processes (default: all cores)",
    )
    parser.add_argument(
        "--scheduler",
        default=os.environ.get(SCHEDULER_VARIABLE),
        help=f"run on a Dask cluster, e.g. tcp://HOST:8786 (default: ${SCHEDULER_VARIABLE}); needs extract[dask]",
    )
    parser.add_argument(
        "--format",
        default="csv",
        help="output formats, comma-separated: csv (default), jsonl, parquet (quantities.jsonl: a fact a line, "
        "exact values; quantities.parquet: decimal values, for pandas, polars, DuckDB)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing but problems")
    parser.add_argument("--version", action="version", version=f"extract {__version__}")
    return parser


REVIEW_HELP = """\
Write a review of the output to open in a browser (no network needed): OUTPUT/
index.html lists the articles with their figures and, where gold exists, their
scores; each article's page shows its text with every figure highlighted in its
indicator's colour (its fields on hover) and its facts as a sortable table.
Against gold, figures are marked right, with fields that differ (gold value
shown), false alarms and misses: what `extract evaluate --errors` lists.
"""


def _gold_and_predicted(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--gold", type=Path, default=Path("corpus/gold"), help="folder of gold CSVs (default: corpus/gold)"
    )
    parser.add_argument(
        "--predicted",
        type=Path,
        default=Path("output") / OUTPUT_FILE,
        help="predictions (default: output/quantities.csv)",
    )


def _review_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extract review", description=REVIEW_HELP, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=Path("corpus"), help="the articles (default: corpus)")
    _gold_and_predicted(parser)
    parser.add_argument(
        "-o", "--output", type=Path, default=Path("output/review"), help="where the pages go (default: output/review)"
    )
    return parser


LABEL_STUDIO_HELP = """\
Grow the gold by correcting the extractor in Label Studio.

  extract label-studio export   writes OUTPUT/config.xml (the labeling config: a
                                figure is a span labelled with its indicator, its
                                other fields per span) and OUTPUT/tasks.json (a
                                task per article, its rows as predictions)
  extract label-studio import EXPORT.json -o corpus/gold/SET
                                turns Label Studio's JSON export into gold CSVs,
                                checked against the guide's label sets

See the README, "Adding an article and its gold".
"""


def _label_studio_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extract label-studio", description=LABEL_STUDIO_HELP, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("action", choices=("export", "import"))
    parser.add_argument("export", type=Path, nargs="?", help="import: Label Studio's JSON export")
    parser.add_argument("--corpus", type=Path, default=Path("corpus"), help="export: the articles (default: corpus)")
    parser.add_argument(
        "--predicted", type=Path, default=Path("output") / OUTPUT_FILE, help="export: the rows to correct"
    )
    parser.add_argument(
        "-o", "--output", type=Path, help="export: default output/label-studio; import: the gold folder to write"
    )
    return parser


def label_studio_command(args: argparse.Namespace) -> int:
    import json

    from extract import annotate
    from extract.evaluate import read_table
    from extract.pipeline import rules_for
    from extract.read import Problem, read_articles

    indicators = rules_for().indicators.names
    if args.action == "export":
        output = args.output or Path("output/label-studio")
        problem = _output_problem(output) or (not args.predicted.exists() and f"{args.predicted}: not found")
        if problem:
            return _usage_error(f"label-studio: {problem}")
        problems: list[Problem] = []
        tasks = annotate.tasks(read_articles(args.corpus, problems), read_table(args.predicted))
        write_text(annotate.labeling_config(indicators), output / "config.xml")
        write_text(json.dumps(tasks, ensure_ascii=False, indent=1), output / "tasks.json")
        for skipped in problems:
            print(f"extract: {skipped}", file=sys.stderr)
        print(f"{len(tasks)} tasks written to {output / 'tasks.json'}, labeling config to {output / 'config.xml'}")
        return 1 if problems else 0
    if not args.export or not args.output:
        return _usage_error("label-studio import: give the JSON export and -o, the gold folder to write")
    try:
        export = json.loads(args.export.read_text(encoding="utf-8"))
        written = annotate.write_gold(annotate.gold_rows(export, indicators), args.output)
    except (OSError, ValueError, KeyError, TypeError) as error:
        return _usage_error(f"label-studio import: {args.export}: {error}")
    print(f"{len(written)} gold files written to {args.output}")
    return 0


def _evaluate_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extract evaluate", description=EVALUATE_HELP, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    _gold_and_predicted(parser)
    parser.add_argument(
        "--floors", type=Path, default=Path("floors.yaml"), help="minimum figures (default: floors.yaml)"
    )
    parser.add_argument("--errors", action="store_true", help="also list misses, false alarms and disagreements")
    return parser


def entry() -> None:
    """The `extract` command: `main`, then the exit. After an interrupt, the process ends
    without Python's exit handlers: they would join the pool's manager thread, which can wait
    forever on a worker stopped in the middle of sending a result."""
    status = main()
    if status == INTERRUPTED:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    sys.exit(status)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    previous = _on_interrupt(_quit_now)
    try:
        if argv and argv[0] == "evaluate":
            return evaluate_command(_evaluate_parser().parse_args(argv[1:]))
        if argv and argv[0] == "review":
            return review_command(_review_parser().parse_args(argv[1:]))
        if argv and argv[0] == "label-studio":
            return label_studio_command(_label_studio_parser().parse_args(argv[1:]))
        return run_command(_run_parser().parse_args(argv))
    except KeyboardInterrupt:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not interrupt the ending
        print("\nextract: interrupted", file=sys.stderr)
        return INTERRUPTED
    except BrokenPipeError:  # `extract evaluate --errors | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return BROKEN_PIPE
    finally:
        _on_interrupt(previous)


def _on_interrupt(handler: Any) -> Any:
    """Set what Ctrl-C does (in the main thread, where signals are handled), and say what it did."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGINT, handler) if handler is not None else None


def _quit_now(number: int, frame: object) -> None:
    """Ctrl-C before the run has begun: nothing to clean up, so end here. (An interrupt raised
    as an exception there could be swallowed by a library's import, or hit a dataclass being
    built, after which Python ends itself by SIGINT whatever the exit status.)"""
    print("\nextract: interrupted", file=sys.stderr, flush=True)
    os._exit(INTERRUPTED)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _usage_error(message: str) -> int:
    print(f"extract: {message}", file=sys.stderr)
    return 2


def _output_problem(output: Path) -> str | None:
    """Why the output folder cannot be written, if it cannot (it need not exist yet)."""
    if output.exists() and not output.is_dir():
        return f"-o {output}: is a file, not a folder"
    existing = next(folder for folder in (output, *output.parents) if folder.exists())
    if not existing.is_dir():
        return f"-o {output}: {existing} is a file, not a folder"
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"-o {output}: cannot write in {existing} (permission denied)"
    return None


def _format_problem(formats: tuple[str, ...]) -> str | None:
    unknown = [name for name in formats if name not in WRITERS]
    if unknown or not formats:
        return f"--format {','.join(unknown)}: the formats are {', '.join(WRITERS)}"
    return None


def _scheduler_problem(scheduler: str) -> str | None:
    if not SCHEDULER_ADDRESS.match(scheduler):
        return f"scheduler {scheduler!r} (--scheduler or ${SCHEDULER_VARIABLE}) is not an address like tcp://HOST:8786"
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        return 'a Dask scheduler needs dask: pip install "extract[dask]"'
    return None


def run_command(args: argparse.Namespace) -> int:
    from extract.pipeline import rules_for, run
    from extract.read import article_paths, source_problem
    from extract.rules import RuleError

    problem = source_problem(args.source)
    if problem:
        return _usage_error(f"{args.source}: {problem}")
    try:
        rules_for(tuple(str(d) for d in args.rules))  # fail here, before any work, on a broken rule file
    except RuleError as error:
        return _usage_error(f"bad rules: {error}")
    if args.encoding:
        try:
            codecs.lookup(args.encoding)
        except LookupError:
            return _usage_error(f"--encoding {args.encoding}: no such encoding")
    if args.jobs < 1:
        return _usage_error("--jobs takes a whole number of at least 1")
    formats = tuple(dict.fromkeys(name.strip() for name in args.format.split(",") if name.strip()))
    problem = (
        _format_problem(formats)
        or _output_problem(args.output)
        or (args.scheduler and _scheduler_problem(args.scheduler))
    )
    if problem:
        return _usage_error(problem)
    written = ", ".join(str(args.output / WRITERS[name][0]) for name in formats)
    jobs = min(args.jobs, os.cpu_count() or 1)  # more processes than cores only compete for them
    from tqdm import tqdm

    _on_interrupt(
        signal.default_int_handler
    )  # from here, an interrupt unwinds: workers stopped, temporary files removed

    progress = tqdm(
        total=len(article_paths(args.source, exclude=args.output)),
        unit="article",
        delay=1.0,
        disable=args.quiet or not sys.stderr.isatty(),
        file=sys.stderr,
    )
    try:
        summary = run(
            args.source,
            args.output,
            tuple(args.rules),
            args.encoding,
            args.save_text,
            jobs,
            args.scheduler,
            lambda article: progress.update(),
            formats,
        )
    except KeyboardInterrupt:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        progress.close()
        print(f"\nextract: interrupted; {written} left as it was", file=sys.stderr)
        return INTERRUPTED
    except OSError as error:  # the scheduler unreachable, the disk full: the environment, said in one line
        progress.close()
        return _usage_error(f"{error.__class__.__name__}: {error}")
    progress.close()
    for skipped in summary.problems:
        print(f"extract: {skipped}", file=sys.stderr)
    if not summary.written:
        print(f"extract: no article could be extracted; {written} left as it was", file=sys.stderr)
        return 1
    if not args.quiet:
        print(
            f"{_count(summary.articles, 'article')} read, {_count(len(summary.problems), 'problem')}, "
            f"{_count(summary.rows, 'row')} written to {written}",
            file=sys.stderr,
        )
    return 1 if summary.problems else 0


def evaluate_command(args: argparse.Namespace) -> int:
    for path in (args.gold, args.predicted):
        if not path.exists():
            print(f"extract evaluate: {path}: not found", file=sys.stderr)
            return 2
    problem = _prediction_problem(args.predicted)
    if problem:
        print(f"extract evaluate: {args.predicted}: {problem}", file=sys.stderr)
        return 2
    import yaml

    from extract import evaluate as scoring  # pandas: loaded only to score
    from extract import report

    gold_sets = scoring.read_gold(args.gold)
    predicted = scoring.read_table(args.predicted)
    card = scoring.scorecard(gold_sets, predicted)
    print(report.scorecard_text(card))
    (args.predicted.parent / "metrics.json").write_text(
        json.dumps(card, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    if args.errors:
        print()
        gold = [row for rows in gold_sets.values() for row in rows]
        print(report.error_report(scoring.errors(gold, predicted)))
    floors = yaml.safe_load(args.floors.read_text(encoding="utf-8")) if args.floors.exists() else {}
    failures = scoring.below_floors(card, floors or {})
    for failure in failures:
        print(f"below floor: {failure}", file=sys.stderr)
    return 1 if failures else 0


def review_command(args: argparse.Namespace) -> int:
    from extract.read import source_problem
    from extract.review import review

    problem = (
        (not args.predicted.exists() and f"{args.predicted}: not found")
        or (args.predicted.exists() and _prediction_problem(args.predicted))
        or (source_problem(args.corpus) and f"{args.corpus}: {source_problem(args.corpus)}")
        or _output_problem(args.output)
    )
    if problem:
        return _usage_error(f"review: {problem}")
    problems = review(args.predicted, args.corpus, args.output, args.gold)
    for skipped in problems:
        print(f"extract: {skipped}", file=sys.stderr)
    print(f"review written to {args.output / 'index.html'}", file=sys.stderr)
    return 1 if problems else 0


def _prediction_problem(path: Path) -> str | None:
    """Why a file is no output of `extract`, if it is not."""
    try:
        with path.open(encoding="utf-8-sig") as handle:
            header = handle.readline().strip().split(",")
    except (OSError, UnicodeDecodeError) as error:
        return f"cannot read it ({error.__class__.__name__})"
    missing = [column for column in PREDICTION_COLUMNS if column not in header]
    return f"not a quantities.csv of extract (no {', '.join(missing)} column)" if missing else None


if __name__ == "__main__":
    sys.exit(main())
