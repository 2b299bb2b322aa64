"""How the meeting parts write an agreement or a goal as one row."""
from __future__ import annotations

from rich.text import Text

from screens.i18n import language, t
from store.enums import AgreementStatus
from store.models import Agreement, Goal
from store.repeat import when_text
from store.rules import is_overdue

from ..context import MeetingContext, short


def agreement_line(ctx: MeetingContext, a: Agreement) -> Text:
    """'   • Who: what · when · target · status'."""
    line = Text("   • ")
    line.append(f"{ctx.name_of(a.who_id)}: ", style="bold")
    line.append(a.what)
    when = when_text(a.due_date, a.repeat, language())
    if when:
        line.append(f" · {when}")
    if a.target_from and a.target_to:
        line.append(" · " + t("meet.target", low=a.target_from, high=a.target_to), style="cyan")
    elif a.target_to:
        line.append(" · " + t("meet.target_to", high=a.target_to), style="cyan")
    if a.status is not AgreementStatus.OPEN:
        line.append(f" · {t('agreement_status.' + a.status.value)}", style="green")
    elif is_overdue(a, ctx.meeting.date):
        line.append(" · " + t("meet.overdue"), style="bold red")
    return line


def goal_row(goal: Goal) -> Text:
    """'Area: [privat] the goal's words'."""
    label = Text(f"{t('area.' + goal.area.value)}: ", style="bold")
    if goal.private:
        label.append(f"[{t('meet.private')}] ", style="dim")
    label.append(goal.text)
    return label


def readings_record(ctx: MeetingContext) -> Text:
    """On a closed meeting: the scores given in it, per goal the room may see."""
    out = Text()
    readings = ctx.store.meeting_readings(ctx.meeting_id)
    goals = {g.id: g for g in ctx.goals()}
    shown = [r for r in readings if r.goal_id in goals]
    if shown:
        out.append(t("meet.closed.readings") + "\n", style="bold")
    for gid, goal in goals.items():
        scores = [r for r in shown if r.goal_id == gid]
        if scores:
            out.append(f"   {short(goal.text, 50)}: ")
            out.append(", ".join(f"{ctx.name_of(r.participant_id)} {r.score}" for r in scores) + "\n", style="cyan")
    return out
