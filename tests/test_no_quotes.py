"""The project never quotes the annotated dev articles: rules, examples and tests are written in the project's own
words, so the dev figures stay a check of the mechanism, not of sentences copied from it. Any run of eight words
from a dev article's text found in a tracked file fails. The shipped sample is itself an annotated article; its
own words may appear wherever the sample is tested, and the annotated article sets under ``tests/data/*/`` are other
outlets' reports of the same events, not the project's words. Skipped where the shared evaluation folder is not laid out
beside the checkout."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"
SAMPLE = ROOT / "conflictkg" / "data" / "sample-hama-2024.txt"
N = 8

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="no ../shared/eval/dev beside the checkout")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _grams(words: list[str]) -> set[str]:
    return {" ".join(words[i:i + N]) for i in range(len(words) - N + 1)}


def _dev_grams() -> dict[str, str]:
    sample = _grams(_words(SAMPLE.read_text(encoding="utf-8")))
    grams: dict[str, str] = {}
    for path in sorted(DEV.glob("*.json")):
        article = _grams(_words(json.loads(path.read_text(encoding="utf-8"))["text"]))
        if len(article & sample) > len(article) // 2:
            continue  # the shipped sample's own article
        grams.update(dict.fromkeys(article, path.stem))
    return grams


def _tracked_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    article_sets = ("tests/data/",)
    return [ROOT / name for name in out.splitlines()
            if not (name.startswith(article_sets) and name.count("/") > 2)]


def test_no_file_quotes_a_dev_article():
    grams = _dev_grams()
    assert grams, "no dev article read"
    quoted = []
    for path in _tracked_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue
        for number, line in enumerate(text.splitlines(), 1):
            hit = next((g for g in _grams(_words(line)) if g in grams), None)
            if hit:
                quoted.append(f"{path.relative_to(ROOT)}:{number}: '{hit}' ({grams[hit]})")
    assert not quoted, "dev article quoted:\n" + "\n".join(quoted)


def test_the_check_sees_a_quote():
    grams = _dev_grams()
    some = next(iter(grams))
    assert any(g in grams for g in _grams(_words(f"As the report put it, {some}, officials said.")))
