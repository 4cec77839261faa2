"""The code itself: ruff (lint and import order) and strict mypy are clean, and
no Chinese is written in Python outside comments and docstrings."""

import io
import subprocess
import sys
import tokenize
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "extract"
HAN = regex.compile(r"\p{Han}")


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True)


def test_ruff_is_clean():
    result = run("ruff", "check", "src", "tests", "benchmarks", "scripts")
    assert result.returncode == 0, result.stdout
    result = run("ruff", "format", "--check", "src", "tests", "benchmarks", "scripts")
    assert result.returncode == 0, result.stdout


def test_mypy_strict_is_clean():
    result = run("mypy")
    assert result.returncode == 0, result.stdout


def test_language_knowledge_is_in_the_rules_not_the_code():
    for path in sorted(PACKAGE.glob("*.py")):
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        previous = None
        for token in tokens:
            is_docstring = token.type == tokenize.STRING and (
                previous is None or previous.type in (tokenize.INDENT, tokenize.NEWLINE, tokenize.DEDENT)
            )
            if token.type not in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE) and not is_docstring:
                assert not HAN.search(token.string), f"{path.name}:{token.start[0]}: {token.string}"
            if token.type not in (tokenize.NL, tokenize.COMMENT):
                previous = token
