"""Finding the regular expressions a module keeps, and the inputs that stall backtracking."""

from __future__ import annotations

import re

import re2

LENGTH = 20_000
# The audit's worst inputs (issue 23): runs of one character, of newlines, of `A'`, and
# the shapes the company patterns try hardest on (capitalised words, "at", "About").
WORST_INPUTS = {
    "A run": "A" * LENGTH,
    "x then newlines": "x" + "\n" * (LENGTH - 1),
    "A' run": "A'" * (LENGTH // 2),
    "capitalised words": "A " * (LENGTH // 2),
    "lines of one capital": "A\n" * (LENGTH // 2),
    "at then capitals": ("at " + "A" * 17) * (LENGTH // 20),
    "About then capitals": "About " + "A " * ((LENGTH - 6) // 2),
    "dots": "." * LENGTH,
    "spaces": " " * LENGTH,
}


def _walk(value, depth: int = 0):
    if isinstance(value, re.Pattern | re2._Regexp):
        yield value
    elif depth < 3 and isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _walk(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _walk(item, depth + 1)


def patterns_in(module) -> list[tuple[str, object]]:
    """(name, compiled pattern) for every pattern the module keeps at its top level,
    directly or inside lists, tuples, sets and dicts."""
    return [
        (name, pattern)
        for name, value in vars(module).items()
        if not name.startswith("__")
        for pattern in _walk(value)
    ]


PACKAGES = ("roles", "profiles", "accounts", "pivotapp")


def app_modules():
    """Every module of the apps (migrations aside: they run once, on our own data)."""
    import importlib
    import pkgutil

    for package in PACKAGES:
        root = importlib.import_module(package)
        yield root
        for info in pkgutil.walk_packages(root.__path__, f"{package}."):
            if ".migrations" not in info.name:
                yield importlib.import_module(info.name)


def inline_patterns(module) -> list[tuple[str, str]]:
    """(where, pattern) for each `re.<function>("literal", ...)` call in the module's
    source: a pattern written inline, which the walk of its names cannot see."""
    import ast
    import inspect

    try:
        source = inspect.getsource(module)
    except (OSError, TypeError):
        return []
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((f"line {node.lineno}", node.args[0].value))
    return found


def nested_repeat(pattern: str, flags: int = 0) -> bool:
    """Whether a repeat that can give back characters sits inside another repeat: the
    shape that makes Python's engine backtrack. Possessive repeats (`a++`) and atomic
    groups never give back, so they do not count."""
    from re import _constants as sre
    from re import _parser as sre_parse

    def walk(items, inside: bool) -> bool:
        for op, av in items:
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                low, high, body = av
                if inside and low != high:
                    return True
                if walk(body, inside or high > 1):
                    return True
            elif op is sre.POSSESSIVE_REPEAT or op is sre.ATOMIC_GROUP:
                continue
            elif (
                op is sre.SUBPATTERN
                and walk(av[-1], inside)
                or op is sre.BRANCH
                and any(walk(branch, inside) for branch in av[1])
                or op in (sre.ASSERT, sre.ASSERT_NOT)
                and walk(av[1], inside)
            ):
                return True
        return False

    return walk(sre_parse.parse(pattern, flags), False)
