"""The posting reader: pure Python, deterministic, no network. See engine.py for scoring."""

from .catalog import Catalog, load_catalog
from .engine import Reading, read_posting

__all__ = ["Catalog", "Reading", "load_catalog", "read_posting"]
