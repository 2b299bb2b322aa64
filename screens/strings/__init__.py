"""UI string catalogues, one module per part of the UI (DA and EN dicts)."""
