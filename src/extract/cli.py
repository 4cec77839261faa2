"""The `extract` command: a thin layer over `pipeline.run` and `evaluate`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import yaml
from tqdm import tqdm

from extract.pipeline import OUTPUT_FILE, rules_for, run
from extract.read import article_paths
from extract.rules import RuleError

SCHEDULER_VARIABLE = "EXTRACT_SCHEDULER"

RUN_HELP = """\
Turn the Chinese articles of a folder into a table of quantity facts.

Reads every .txt file of SOURCE (a folder, or one .txt file) and the folder's
meta.csv (doc_id, date, title, source; optional region), and writes
OUTPUT/quantities.csv: one row per
figure in the text with its value in base units, unit, kind, approximation,
and what it measures (indicator, measure), whom it is about (subject), when
(period) and whether it is achieved, a target or a policy (modality); then the
sentence it stands in and the rule that found it. The CSV is UTF-8 with a BOM,
so Excel opens it directly; in pandas: pd.read_csv(path, dtype=str,
keep_default_na=False).

Articles may be UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK or
Big5: the encoding is detected (--encoding forces one). Traditional characters,
full-width digits, HTML remnants and Windows line endings are read as they
are; offsets always index the decoded text (--save-text writes it out).

The run keeps going: an article that is empty, binary, not text or unreadable,
and a malformed meta.csv row, is reported on one line naming the file and the
problem, and skipped; the other articles are still written. The CSV replaces
the previous one only when complete, so an interrupted run leaves it as it was.

Articles are extracted in parallel, one process per core (--jobs), or on a Dask
cluster (--scheduler); the output is the same bytes either way. A progress bar
shows on runs longer than a second (on a terminal, unless --quiet).

Exit status: 0 when every article was read; 1 when something was skipped;
2 on a usage error (no such folder) or bad rules; 130 when interrupted.

To score the output against hand-annotated gold: extract evaluate --help
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
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing but problems")
    return parser


def _evaluate_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extract evaluate", description=EVALUATE_HELP, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--gold", type=Path, default=Path("corpus/gold"), help="folder of gold CSVs (default: corpus/gold)"
    )
    parser.add_argument(
        "--predicted",
        type=Path,
        default=Path("output") / OUTPUT_FILE,
        help="predictions (default: output/quantities.csv)",
    )
    parser.add_argument(
        "--floors", type=Path, default=Path("floors.yaml"), help="minimum figures (default: floors.yaml)"
    )
    parser.add_argument("--errors", action="store_true", help="also list misses, false alarms and disagreements")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "evaluate":
        return evaluate_command(_evaluate_parser().parse_args(argv[1:]))
    return run_command(_run_parser().parse_args(argv))


def run_command(args: argparse.Namespace) -> int:
    if not args.source.exists():
        print(f"extract: {args.source}: no such file or folder", file=sys.stderr)
        return 2
    try:
        rules_for(tuple(str(d) for d in args.rules))  # fail here, before any work, on a broken rule file
    except RuleError as error:
        print(f"extract: bad rules: {error}", file=sys.stderr)
        return 2
    if args.jobs < 1:
        print("extract: --jobs takes a whole number of at least 1", file=sys.stderr)
        return 2
    progress = tqdm(
        total=len(article_paths(args.source)),
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
            args.jobs,
            args.scheduler,
            lambda article: progress.update(),
        )
    except KeyboardInterrupt:
        progress.close()
        print(f"\nextract: interrupted; {args.output / OUTPUT_FILE} left as it was", file=sys.stderr)
        return 130
    progress.close()
    for problem in summary.problems:
        print(f"extract: {problem}", file=sys.stderr)
    if not args.quiet:
        print(
            f"{summary.articles} articles read, {len(summary.problems)} problems, "
            f"{summary.rows} rows written to {args.output / OUTPUT_FILE}",
            file=sys.stderr,
        )
    return 1 if summary.problems else 0


def evaluate_command(args: argparse.Namespace) -> int:
    for path in (args.gold, args.predicted):
        if not path.exists():
            print(f"extract evaluate: {path}: not found", file=sys.stderr)
            return 2
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


if __name__ == "__main__":
    sys.exit(main())
