"""The seven steps of the guided form: one module per step handler.

To add a step: a Step in base.STEPS, a Handler subclass in its own module, an entry in
registry.HANDLERS, and templates/profiles/step_<slug>.html extending _step_panel.html. The step
views find it by slug.
"""

from .background import BackgroundForms, artifact_rows
from .base import STEP_BY_SLUG, STEPS, Handler, Step, error_items, field_anchor, get_step, next_step
from .registry import HANDLERS, first_incomplete, handler_for, is_complete, step_rows

__all__ = [
    "HANDLERS",
    "STEPS",
    "STEP_BY_SLUG",
    "BackgroundForms",
    "Handler",
    "Step",
    "artifact_rows",
    "error_items",
    "field_anchor",
    "first_incomplete",
    "get_step",
    "handler_for",
    "is_complete",
    "next_step",
    "step_rows",
]
