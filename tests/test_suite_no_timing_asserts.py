"""The suite never compares timings: on a shared machine they flake, and they prove little.

A clock read (`perf_counter`, `time.time`, `monotonic`, their `_ns` twins) may still be
used to build data (a TOTP code for now), but no assert may depend on one: not directly,
not through a name assigned from one, not through a helper function that reads a clock.
Properties are proved by structure (the same queries, the same hasher calls); timings are
measured by `make bench`.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).parent
CLOCKS = {"perf_counter", "perf_counter_ns", "time", "time_ns", "monotonic", "monotonic_ns"}


def _is_clock_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    if isinstance(func, ast.Attribute):
        # time.perf_counter(), time.time(), time.monotonic(); not datetime.time() etc.
        return func.attr in CLOCKS and isinstance(func.value, ast.Name) and func.value.id == "time"
    return isinstance(func, ast.Name) and func.id in CLOCKS - {"time"}


def _calls(node: ast.AST, functions: set[str]) -> bool:
    return (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in functions
    )


class _Search:
    """Clock names hold a clock read (`started = perf_counter()`); timing names hold a
    duration (a difference with a clock read), and so do timing functions' results. A
    clock used only to build data (a TOTP code for now) is neither compared nor a
    duration, so it is allowed."""

    def __init__(self, functions: set[str]) -> None:
        self.clocks: set[str] = set()
        self.timings: set[str] = set()
        self.functions = functions  # shared by the module's scopes

    def clocky(self, node: ast.AST) -> bool:
        return any(
            _is_clock_call(n) or (isinstance(n, ast.Name) and n.id in self.clocks)
            for n in ast.walk(node)
        )

    def timing(self, node: ast.AST) -> bool:
        for n in ast.walk(node):
            if (
                isinstance(n, ast.BinOp)
                and isinstance(n.op, ast.Sub)
                and (self.clocky(n.left) or self.clocky(n.right))
            ):
                return True
            if isinstance(n, ast.Name) and n.id in self.timings:
                return True
            if _calls(n, self.functions):
                return True
        return False

    def learn(self, tree: ast.AST) -> bool:
        """One pass over a scope; True when it learnt something."""
        changed = False
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                returns_timing = any(
                    isinstance(n, ast.Return) and n.value and self.timing(n.value)
                    for n in ast.walk(node)
                )
                if returns_timing and node.name not in self.functions:
                    self.functions.add(node.name)
                    changed = True
            targets, value = _assignment(node)
            if value is None:
                continue
            for kind, found in (
                (self.clocks, any(_is_clock_call(n) for n in ast.walk(value))),
                (self.timings, self.timing(value)),
            ):
                if not found:
                    continue
                for target in targets:
                    for name in ast.walk(target):
                        if isinstance(name, ast.Name) and name.id not in kind:
                            kind.add(name.id)
                            changed = True
        return changed


def _assignment(node: ast.AST) -> tuple[list[ast.AST], ast.AST | None]:
    if isinstance(node, ast.Assign):
        return node.targets, node.value
    if isinstance(node, ast.AugAssign | ast.AnnAssign) and node.value is not None:
        return [node.target], node.value
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        # samples.append(clock() - start): the list now holds timings
        func = node.value.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            return [func.value], node.value
    return [], None


def timing_asserts(source: str) -> list[int]:
    """Line numbers of asserts that compare a clock read or a duration, in one module."""
    tree = ast.parse(source)
    functions: set[str] = set()
    # Names are scoped to each top-level function (a nested helper is part of it) and to
    # the module's own statements; helper functions are known module-wide.
    scopes: list[ast.AST] = [
        node
        for top in tree.body
        for node in ([top] if not isinstance(top, ast.ClassDef) else top.body)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]
    module = ast.Module(
        body=[n for n in tree.body if not isinstance(n, ast.FunctionDef | ast.ClassDef)],
        type_ignores=[],
    )
    searches = [(scope, _Search(functions)) for scope in [*scopes, module]]
    while any([search.learn(scope) for scope, search in searches]):
        pass
    return sorted(
        node.lineno
        for scope, search in searches
        for node in ast.walk(scope)
        if isinstance(node, ast.Assert) and (search.clocky(node) or search.timing(node))
    )


def test_no_assert_in_the_suite_depends_on_a_clock():
    found = {
        str(path.relative_to(TESTS)): lines
        for path in sorted(TESTS.rglob("*.py"))
        if path.name != Path(__file__).name
        and (lines := timing_asserts(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_search_finds_each_way_a_timing_reaches_an_assert():
    direct = "import time\ndef test():\n    assert time.perf_counter() < 5\n"
    through_names = (
        "import time\n"
        "def test():\n"
        "    started = time.monotonic()\n"
        "    elapsed = time.monotonic() - started\n"
        "    assert elapsed < 5\n"
    )
    through_a_helper = (
        "import statistics, time\n"
        "from time import perf_counter\n"
        "def median():\n"
        "    samples = []\n"
        "    for _ in range(3):\n"
        "        start = perf_counter()\n"
        "        samples.append(perf_counter() - start)\n"
        "    return statistics.median(samples)\n"
        "def test():\n"
        "    right, wrong = median(), median()\n"
        "    assert wrong < right * 5\n"
    )
    assert timing_asserts(direct) == [3]
    assert timing_asserts(through_names) == [5]
    assert timing_asserts(through_a_helper) == [11]


def test_a_clock_used_only_to_build_data_is_allowed():
    totp = (
        "import time\n"
        "def code(at=None):\n"
        "    counter = int((time.time() if at is None else at) // 30)\n"
        "    return str(counter)\n"
        "def test():\n"
        "    assert code(at=60) == '2'\n"
    )
    assert timing_asserts(totp) == []
    datetime_time = "import datetime\ndef test():\n    assert datetime.time(1) < datetime.time(2)\n"
    assert timing_asserts(datetime_time) == []
