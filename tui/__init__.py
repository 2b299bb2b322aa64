"""The shell: the Textual app, the command line, themes, palette and styles."""
