"""The examples in the package's docstrings (what `help()` shows) run and give what
they say."""

import doctest
import importlib
from typing import Any, List

import pytest

import mamori


def examples() -> List[Any]:
    finder = doctest.DocTestFinder(exclude_empty=True)
    tests = []
    globs = {**vars(mamori)}
    for name in mamori.__all__:
        obj = getattr(mamori, name)
        tests += finder.find(obj, f"mamori.{name}", globs=dict(globs))
    tests += finder.find(mamori, "mamori", globs=dict(globs))
    try:
        arrow = importlib.import_module("mamori.arrow")
    except ImportError:
        arrow = None
    if arrow is not None:
        tests += finder.find(arrow, "mamori.arrow", globs=dict(vars(arrow)))
    return [t for t in tests if t.examples]


@pytest.mark.parametrize("test", examples(), ids=lambda t: t.name)
def test_docstring_examples(test: Any) -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    result = runner.run(test, out=lambda s: print(s, end=""))
    assert result.failed == 0


def test_every_public_function_has_an_example() -> None:
    named = {t.name for t in examples()}
    functions = [n for n in mamori.__all__ if callable(getattr(mamori, n)) and n[0].islower()]
    assert [n for n in functions if f"mamori.{n}" not in named] == []
