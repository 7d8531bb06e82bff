"""The back-office example (examples/python/deadlines.py) runs on its CSV."""

from __future__ import annotations

import contextlib
import io
import runpy

from conftest import REPO


def test_deadlines_example() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        module = runpy.run_path(str(REPO / "examples" / "python" / "deadlines.py"), run_name="deadlines")
        assert module["main"]([]) == 0
    text = out.getvalue()
    assert "FL-2025-002" in text and "OVERDUE   2025-10-10" in text and "第十九条第(二)项" in text
    assert "next due  2025-10-27" in text  # O&M catalog, 7 working days after 10-16
    assert "refused: projects.csv:14" in text
