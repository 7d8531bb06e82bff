"""Optional dependencies: numpy and pandas, each installed with an extra.

``pip install fuling-rules[numpy]`` (array input of the calendar functions) or
``pip install fuling-rules[pandas]`` (``to_pandas()``; it brings numpy too).
``require(name)`` imports one of them or raises an ``ImportError`` naming the extra.
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: The extra that installs each optional module.
EXTRAS: dict[str, str] = {"numpy": "numpy", "pandas": "pandas"}


def require(name: str) -> ModuleType:
    """Imports the optional module ``name`` ("numpy" or "pandas"), or raises
    ``ImportError`` saying which extra installs it."""
    extra = EXTRAS.get(name)
    if extra is None:
        raise ValueError(f"{name!r} is not an optional dependency of fuling-rules (known: {', '.join(EXTRAS)})")
    try:
        return importlib.import_module(name)
    except ImportError as e:
        raise ImportError(
            f"this needs {name}, an optional dependency of fuling-rules: "
            f"pip install 'fuling-rules[{extra}]'"
        ) from e
