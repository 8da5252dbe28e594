"""Worker processes start from any kind of main program."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import SEEDS

_SCRIPT = f"""
from pathlib import Path
from cleanscrape import Document, Pipeline
docs = [Document(p.name, p.read_bytes()) for p in sorted(Path({str(SEEDS)!r}).glob("*.txt"))]
one = [(r.id, r.status, r.text) for r in Pipeline(jobs=1).run(docs).results]
two = [(r.id, r.status, r.text) for r in Pipeline(jobs=2).run(docs).results]
assert one == two, "2 workers must give what 1 gives"
print("statuses", *sorted({{s for _, s, _ in two}}))
"""


def test_two_workers_from_a_script_piped_to_stdin() -> None:
    # the main module is "<stdin>", which forkserver/spawn workers cannot re-import: without
    # the fallback to fork they crash and are restarted forever (the timeout would fire)
    done = subprocess.run(
        [sys.executable, "-"], input=_SCRIPT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "statuses kept"


def test_two_workers_from_a_script_file(tmp_path: Path) -> None:
    script = tmp_path / "run.py"
    script.write_text(
        "if __name__ == '__main__':\n" + "".join(f"    {ln}\n" for ln in _SCRIPT.splitlines()),
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "statuses kept"
