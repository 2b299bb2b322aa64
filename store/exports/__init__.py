"""The exports: minutes and the plan per audience, the one visibility rule, one HTML path.

- `visibility.py`: the audiences and the one rule (`Viewer.sight`) every surface asks;
- `gather.py`: what a copy needs, read from the database in a few batched reads;
- `minutes.py`, `plan.py`: pure renderers (data and audience in, Markdown out);
- `required.py`: the plan type's required parts with their content or who ticked them;
- `words.py`: the words of each copy, in Danish and English (plain words in the citizen's);
- `phrases.py`: the exports' other sentences in English, keyed by their Danish (`Say(lang)`);
- `html.py`: Markdown to a printable HTML document (the command line, the store, the preview);
- `use_cases.py`: the `Store` methods (minutes, frozen minutes, plan, HTML).

This package's `__init__` imports nothing, so `visibility` can be used without the renderers.
"""
