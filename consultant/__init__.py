"""Consultant: a local-first desktop assistant for freelance developers.

Layers (imports point downward only; ``tests/unit/test_layers.py`` enforces it):

- ``ui/`` (Qt) and ``cli.py``: front ends, talk to ``services`` and ``core``.
- ``services/``: use cases shared by both front ends.
- ``store/``: the only code that speaks SQL.
- ``llm/``: the only code that calls litellm.
- ``core/``: dataclasses and pure logic.
"""

__version__ = "0.1.0"
