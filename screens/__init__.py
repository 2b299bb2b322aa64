"""What a person sees: one module per screen, shared widgets, UI strings."""
