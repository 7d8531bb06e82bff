"""Docstring examples of the package and the README's Python examples run as doctests."""

from __future__ import annotations

import doctest
import re

import fuling_rules
from fuling_rules import _native, _records

from conftest import HERE

FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def run_docstrings(obj: object, name: str) -> doctest.TestResults:
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    tests = finder.find(obj, name, globs={})
    # Native classes and functions are not found through the module's __dict__ filters.
    if obj is _native:
        for attr in dir(_native):
            member = getattr(_native, attr)
            doc = getattr(member, "__doc__", None)
            if isinstance(doc, str) and ">>>" in doc and not isinstance(member, type(ValueError)):
                tests.append(doctest.DocTestParser().get_doctest(doc, {}, f"{name}.{attr}", None, 0))
            for sub in dir(member) if isinstance(member, type) else []:
                d = getattr(getattr(member, sub, None), "__doc__", None)
                if isinstance(d, str) and ">>>" in d and sub != "__doc__":
                    tests.append(doctest.DocTestParser().get_doctest(d, {}, f"{name}.{attr}.{sub}", None, 0))
    seen: set[str] = set()
    for t in tests:
        key = t.docstring or t.name
        if key in seen:
            continue
        seen.add(key)
        runner.run(t)
    return doctest.TestResults(runner.failures, runner.tries)


def test_package_docstrings() -> None:
    total = 0
    for obj, name in ((fuling_rules, "fuling_rules"), (_records, "fuling_rules._records"), (_native, "_native")):
        res = run_docstrings(obj, name)
        assert res.failed == 0, f"{res.failed} docstring example(s) failed in {name}"
        total += res.attempted
    assert total >= 25, f"only {total} docstring examples ran"


def test_readme_python_examples() -> None:
    text = (HERE.parent / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert len(blocks) >= 4
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    # One doctest over all blocks, so later blocks see the names earlier ones defined.
    runner.run(parser.get_doctest("\n".join(blocks), {}, "README.md", "README.md", 0))
    assert runner.failures == 0, f"{runner.failures} README example(s) failed"
    assert runner.tries >= 15


def test_root_readme_python_examples() -> None:
    """The repository README's Python examples run too."""
    text = (HERE.parent.parent / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert len(blocks) >= 1
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(parser.get_doctest("\n".join(blocks), {}, "README.md", "README.md", 0))
    assert runner.failures == 0, f"{runner.failures} root README example(s) failed"
    assert runner.tries >= 3
