"""How fast extract runs, against bare jieba.cut measured in the same run.

    python benchmarks/benchmark.py               # a 20 MB corpus, then the single articles
    python benchmarks/benchmark.py --mb 20 60    # and 60 MB: memory must not grow
    python benchmarks/benchmark.py --no-single   # the corpora only

Builds each corpus by repeating the seed articles of corpus/, then prints:
characters per second of bare `jieba.cut` over the corpus's text (in this
process), of `extract` end to end (read, segment, find, normalise, attribute,
write; a separate process) with --jobs 1 and with --jobs 2, their ratios, and
the peak resident memory of the extract process.

Then two single articles that stress a run: 2 MB of text without a sentence
end or a line break (a flattened table, a page scraped onto one line), and a
50 MB article: seconds, characters per second and ratio to jieba on the same
text, and peak memory (which must stay under 300 MB).
"""

from __future__ import annotations

import argparse
import logging
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import jieba

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus"


def build_corpus(folder: Path, megabytes: float) -> tuple[int, int]:
    """Copies of the seed articles (with their dates) until `megabytes` of text; returns (articles, chars)."""
    seeds = sorted(SEED.glob("*.txt"))
    dates = {line.split(",")[0]: line.split(",")[1] for line in (SEED / "meta.csv").read_text("utf-8").splitlines()[1:]}
    meta = ["doc_id,date,title,source"]
    size = chars = count = 0
    while size < megabytes * 1e6:
        seed = seeds[count % len(seeds)]
        doc_id = f"{count:06d}_{seed.stem}"
        shutil.copy(seed, folder / f"{doc_id}.txt")
        meta.append(f"{doc_id},{dates.get(seed.stem, '')},,")
        size += seed.stat().st_size
        chars += len(seed.read_text("utf-8"))
        count += 1
    (folder / "meta.csv").write_text("\n".join(meta) + "\n", encoding="utf-8")
    return count, chars


def jieba_rate(folder: Path, chars: int) -> float:
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    started = time.perf_counter()
    for path in sorted(folder.glob("*.txt")):
        for _ in jieba.cut(path.read_text("utf-8")):
            pass
    return chars / (time.perf_counter() - started)


# Runs a command and prints its peak RSS in kB. The command is started from this small
# process, not from the benchmark: a child's peak counts the pages of the process it was
# forked from, and the benchmark holds jieba and the corpus text.
MEASURE = (
    "import os, subprocess, sys\n"
    "process = subprocess.Popen(sys.argv[1:])\n"
    "_, status, usage = os.wait4(process.pid, 0)\n"
    "print(usage.ru_maxrss)\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def extract_run(folder: Path, jobs: int) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of `extract FOLDER --jobs N`, in its own process."""
    output = folder.parent / f"out-{jobs}"
    command = [sys.executable, "-m", "extract", str(folder), "-o", str(output), "--quiet", "--jobs", str(jobs)]
    started = time.perf_counter()
    measured = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if measured.returncode != 0:
        raise SystemExit(f"extract failed with status {measured.returncode}: {measured.stderr}")
    return elapsed, int(measured.stdout) / 1024


def single_articles(folder: Path) -> list[tuple[str, Path, int]]:
    """The stress articles, each alone in a folder: (name, folder, characters)."""
    seeds = [path.read_text("utf-8") for path in sorted(SEED.glob("*.txt"))]
    text = "\n".join(seeds)
    flat = "".join(char for char in text if char not in "\r\n。！？!?")
    made = []
    for name, piece, megabytes in (("2 MB without sentence ends", flat, 2), ("50 MB article", text, 50)):
        article = (piece * int(megabytes * 1e6 / len(piece.encode("utf-8")) + 1))[: int(megabytes * 1e6 / 3)]
        home = folder / name.split()[0].replace(" ", "")
        home.mkdir(parents=True)
        (home / "article.txt").write_text(article, encoding="utf-8")
        made.append((name, home, len(article)))
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, nargs="+", default=[20.0], help="corpus sizes in MB (default: 20)")
    parser.add_argument("--no-single", action="store_true", help="leave out the single stress articles")
    args = parser.parse_args()
    for megabytes in args.mb:
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch) / "corpus"
            folder.mkdir()
            articles, chars = build_corpus(folder, megabytes)
            baseline = jieba_rate(folder, chars)
            one_seconds, one_rss = extract_run(folder, 1)
            two_seconds, two_rss = extract_run(folder, 2)
            one, two = chars / one_seconds, chars / two_seconds
            print(f"corpus {megabytes:g} MB: {articles:,} articles, {chars:,} characters")
            print(f"  bare jieba.cut        {baseline:>12,.0f} chars/s")
            print(
                f"  extract --jobs 1      {one:>12,.0f} chars/s   ratio to jieba {one / baseline:.2f}"
                f"   peak RSS {one_rss:,.0f} MB"
            )
            print(
                f"  extract --jobs 2      {two:>12,.0f} chars/s   speed-up {two / one:.2f}"
                f"   peak RSS (main process) {two_rss:,.0f} MB"
            )
    if args.no_single:
        return
    with tempfile.TemporaryDirectory() as scratch:
        for name, folder, chars in single_articles(Path(scratch)):
            baseline = jieba_rate(folder, chars)
            seconds, rss = extract_run(folder, 1)
            print(
                f"single article, {name} ({chars:,} characters): {seconds:.1f} s, {chars / seconds:,.0f} chars/s, "
                f"ratio to jieba {chars / seconds / baseline:.2f}, peak RSS {rss:,.0f} MB"
            )


if __name__ == "__main__":
    main()
