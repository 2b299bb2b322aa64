"""The benchmark: a municipality's worth of invented data, measured against a minimal Textual app.

`python -m bench.generate` writes the synthetic database; `python -m bench.run`
generates it (if missing), runs every measure and prints one table.
"""
