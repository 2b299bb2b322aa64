"""Free talk: no rows; notes and decisions are written in the fields under every item."""
from __future__ import annotations

from .base import Part, register


@register
class FreePart(Part):
    name = "free"
