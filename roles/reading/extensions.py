"""What another app adds to /roles/read/, without the roles app importing it.

The profiles app registers a panel in its AppConfig.ready(): a picker shown inside the
reader's form (which profile to read against) and a result shown under the reading (the
match, the tailoring). roles knows only this interface, so imports keep running
roles <- profiles.
"""

from __future__ import annotations

from typing import Protocol

from django.http import HttpRequest

from .catalog import Catalog
from .engine import Reading


class ReaderPanel(Protocol):
    picker_template: str  # inside the form; its root element carries id="<key>-picker"
    result_template: str  # below the reading

    def context(
        self, request: HttpRequest, reading: Reading | None, catalog: Catalog | None
    ) -> dict:
        """The templates' context; {} when the panel has nothing to show this person.
        `reading` and `catalog` are None until a posting has been read."""


_panels: list[ReaderPanel] = []


def register(panel: ReaderPanel) -> None:
    # Once per kind of panel, however often an app's ready() runs.
    if all(type(p) is not type(panel) for p in _panels):
        _panels.append(panel)


def panels() -> tuple[ReaderPanel, ...]:
    return tuple(_panels)


def panel_contexts(
    request: HttpRequest, reading: Reading | None, catalog: Catalog | None
) -> list[dict]:
    out = []
    for panel in _panels:
        context = panel.context(request, reading, catalog)
        if context:
            out.append(
                {
                    "picker_template": panel.picker_template,
                    "result_template": panel.result_template,
                    **context,
                }
            )
    return out
