"""Imports run one way, roles <- profiles <- accounts: the content and the profiles never
import the accounts app (only pivotapp's settings and urls wire it in)."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("app", ["roles", "profiles"])
def test_it_never_imports_accounts(app):
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / app).rglob("*.py"))
        if any(
            name == "accounts" or name.startswith("accounts.") for name in imported_modules(path)
        )
    ]
    assert offenders == []
