"""Delete after asking, and undo at once: the same for the plan and the short record lists."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from screens.i18n import error_text, t
from screens.widgets.plan_text import harmless
from store.errors import StoreError

if TYPE_CHECKING:  # the plan screen's first frame is drawn before the models load
    from store import Store
    from store.removal import Removed


def confirm_and_remove(
    screen: Screen[Any],
    store: Store,
    table: str,
    record_id: int,
    question: str,
    undo_stack: list[Removed],
    refresh: Callable[[], None],
) -> None:
    """Ask `question`; on yes remove the record (and what hangs on it), keeping it for ctrl+z."""
    from screens.forms import ConfirmScreen

    def answered(yes: bool | None) -> None:
        if yes:
            try:
                undo_stack.append(store.remove(table, record_id))
            except StoreError as exc:  # a read-only file, a full disk: nothing removed
                screen.notify(harmless(error_text(exc)), severity="error", markup=False)
                return
            refresh()
            screen.notify(t("plan.deleted"))

    screen.app.push_screen(ConfirmScreen(question), callback=answered)


def undo_last_removal(screen: Screen[Any], store: Store, undo_stack: list[Removed], refresh: Callable[[], None]) -> None:
    """Put back the last removed record, or say there is nothing to undo."""
    if not undo_stack:
        screen.notify(t("plan.nothing_to_undo"), severity="warning")
        return
    try:
        store.restore(undo_stack[-1])
    except StoreError as exc:
        screen.notify(harmless(error_text(exc)), severity="error", markup=False)
        return
    undo_stack.pop()
    refresh()
    screen.notify(t("plan.undone"))
