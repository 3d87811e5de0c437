"""One build, one set of outputs: killed, failing or concurrent builds never leave a mixed set."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from conflictkg import exports
from conflictkg.cli import main
from conflictkg.outputs import MARKER, output_set

OUTPUTS = ["graph.ttl", "graph.html", "relations.jsonl", "relations.csv"]

# A build whose exporter for one format writes half a file, says so, and hangs there.
HANGING_BUILD = textwrap.dedent("""
    import pathlib, sys, time
    from conflictkg import exports
    fmt, ready, outdir = sys.argv[1:4]
    exporter = exports.get(fmt)
    def hang(kg, path):
        path.write_text("half a file")
        pathlib.Path(ready).touch()
        time.sleep(120)
    object.__setattr__(exporter, "write", hang)
    from conflictkg.cli import main
    sys.exit(main(["build", "-o", outdir]))
""")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def leftovers(outdir: Path) -> list[str]:
    return sorted(p.name for p in outdir.parent.iterdir() if p.name.startswith(f".{outdir.name}.") and not p.name.endswith(".lock"))


@pytest.fixture(scope="module")
def previous(tmp_path_factory):
    """A finished build: the set every failed build must leave as it was."""
    root = tmp_path_factory.mktemp("builds")
    first = root / "first"
    assert main(["build", "-o", str(first)]) == 0
    return snapshot(first)


def fresh(tmp_path: Path, previous: dict[str, bytes], name: str = "out") -> Path:
    outdir = tmp_path / name
    outdir.mkdir()
    for file, data in previous.items():
        (outdir / file).write_bytes(data)
    return outdir


def test_a_build_writes_its_set_and_a_marker(previous):
    assert set(OUTPUTS) <= set(previous) and MARKER in previous


def test_builds_killed_while_writing_each_output_leave_the_previous_set(tmp_path, previous):
    runs = []
    for fmt, sig in [("turtle", signal.SIGTERM), ("html", signal.SIGTERM), ("jsonl", signal.SIGTERM),
                     ("csv", signal.SIGHUP), ("html", signal.SIGKILL)]:
        outdir = fresh(tmp_path, previous, f"{fmt}-{sig.name}")
        ready = tmp_path / f"{fmt}-{sig.name}.ready"
        proc = subprocess.Popen([sys.executable, "-c", HANGING_BUILD, fmt, str(ready), str(outdir)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        runs.append((proc, sig, outdir, ready))
    try:
        for proc, sig, outdir, ready in runs:
            deadline = time.monotonic() + 120
            while not ready.exists():
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline, "the build never reached its outputs"
                time.sleep(0.1)
            proc.send_signal(sig)
            proc.wait(timeout=30)
            assert proc.returncode != 0
            assert snapshot(outdir) == previous  # nothing of the killed build got in
            if sig is signal.SIGKILL:
                assert leftovers(outdir)  # nothing can clean up after SIGKILL...
                assert main(["build", "-o", str(outdir)]) == 0  # ...so the next build does
                assert set(snapshot(outdir)) == set(previous)
            assert leftovers(outdir) == []
    finally:
        for proc, *_ in runs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def test_a_second_build_into_the_same_folder_fails_at_start(tmp_path, previous, capsys):
    outdir = fresh(tmp_path, previous)
    with pytest.raises(RuntimeError):
        with output_set(outdir):  # a build in progress holds the lock...
            proc = subprocess.run([sys.executable, "-m", "conflictkg", "build", "-o", str(outdir)],
                                  capture_output=True, text=True, timeout=120)
            raise RuntimeError("...and then fails")
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "another build is writing there" in proc.stderr
    assert "Extracting" not in proc.stderr  # refused before any work
    assert snapshot(outdir) == previous


def test_a_full_disk_is_one_line_and_changes_nothing(tmp_path, previous, capsys):
    outdir = fresh(tmp_path, previous)
    csv_exporter = exports.get("csv")

    def full(kg, path):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    original = csv_exporter.write
    object.__setattr__(csv_exporter, "write", full)  # Exporter is a frozen dataclass
    try:
        assert main(["build", "-o", str(outdir)]) == 2
    finally:
        object.__setattr__(csv_exporter, "write", original)
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if line.startswith("error:")]  # (progress lines aside)
    assert len(errors) == 1 and "no space left on the device" in errors[0] and "unchanged" in errors[0]
    assert "Traceback" not in err
    assert snapshot(outdir) == previous and leftovers(outdir) == []


def test_a_folder_of_other_files_is_not_replaced(tmp_path, capsys):
    outdir = tmp_path / "papers"
    outdir.mkdir()
    (outdir / "notes.txt").write_text("mine")
    assert main(["build", "-o", str(outdir)]) == 2
    assert "did not write" in capsys.readouterr().err
    assert snapshot(outdir) == {"notes.txt": b"mine"}


def test_an_outdir_under_a_file_is_one_line(tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    assert main(["build", "-o", str(tmp_path / "file" / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a folder" in err


@pytest.mark.parametrize("target, message", [
    ("{tmp}/file/x.html", "a folder on the way is a file"),
    ("{tmp}/folder.html", "is a folder, not a file"),
    ("/proc/conflictkg-nope/x.html", "cannot write there"),
])
def test_output_paths_that_cannot_be_written_are_one_line(tmp_path, previous, capsys, target, message):
    graph = tmp_path / "graph.ttl"
    graph.write_bytes(previous["graph.ttl"])
    (tmp_path / "file").write_text("x")
    (tmp_path / "folder.html").mkdir()
    assert main(["convert", str(graph), target.format(tmp=tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_a_full_disk_while_saving_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    from conflictkg import files
    from conflictkg.errors import OutputError

    target = tmp_path / "graph.html"
    target.write_text("the old page")

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(OutputError, match="no space left on the device.*unchanged"):
        files.write_text(target, "the new page")
    assert target.read_text() == "the old page"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]
