"""The posting reader: pure Python, deterministic, no network. See engine.py for scoring."""

from .catalog import Catalog, current_catalog, load_catalog
from .engine import Reading, read_posting

__all__ = ["Catalog", "Reading", "current_catalog", "load_catalog", "read_posting"]
