"""The shared live view on the projector: read-only, follows the facilitator."""
from __future__ import annotations

from .content import LiveContent, read_content
from .presentation import PresentationScreen

__all__ = ["LiveContent", "PresentationScreen", "read_content"]
