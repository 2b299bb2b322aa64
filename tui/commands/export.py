"""`rundbord export ...`: minutes, the plan, calendars, mail drafts and FHIR, out of the meeting.

    rundbord export minutes MEETING_ID [--audience A] [--format md|html|pdf] [-o FILE]
    rundbord export plan CITIZEN_ID [--audience A] [--format md|html|pdf] [-o FILE]
    rundbord export ics CITIZEN_ID [-o FILE]                 the citizen's meetings and agreements
    rundbord export ics --participant ID | --email ADDRESS [-o FILE]
                                                             one person's, across the plans they are in
    rundbord export mail MEETING_ID [-o FOLDER]              one .eml draft per participant, never sent
    rundbord export fhir CITIZEN_ID [--audience A] [-o FILE] a FHIR R4 Bundle of the plan

Every kind goes the one way out (`store/exports/delivery.py`, `deliver.py`): the same bytes
the app's export dialog writes, files created 0600, each file logged as an
access (`Store.log_access`: who exported what, for whom, in which format, to
which file and, with --purpose, why).
Without -o the text goes to stdout (UTF-8, byte for byte what the store
returns; a PDF only when stdout is not a terminal). Unknown ids, a directory
or an unwritable path for -o give a Danish message and exit code 2. This
module never imports Textual (fast startup); the minutes and the plan are made
without pydantic or the models (`store/export_store.py`: `DOCUMENTS`).

The database is opened read-only; the access rows are appended through the
store's own short-lived connection for them.

Other export kinds join the `export` group through `EXPORT_KINDS`: each entry
is a function `(export_subparsers, add_db_args) -> None` that adds one
sub-subcommand (e.g. `export log`).
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from typing import TYPE_CHECKING

from store.enums import Audience
from store.errors import DatabaseProblem, NotFound
from store.location import default_db_path
from store.files import output_problem
from store.messages import Message

from .common import MAX_ID, add_purpose, check_purpose_arg, cli_language, fail, guarded_store, missing_db_problem, say
from .export_log import add_log_parser

if TYPE_CHECKING:
    from store import Store
    from store.export_store import ExportStore

DOCUMENTS = ("minutes", "plan")
"""The kinds made with `ExportStore` (no pydantic, no models: a fast command); the others need the `Store`."""

AddDbArgs = Callable[[argparse.ArgumentParser], None]
AUDIENCES = [a.value for a in Audience]


def _add_minutes(export_sub: Any, add_db_args: AddDbArgs) -> None:
    p = export_sub.add_parser("minutes", help="mødereferat som Markdown, HTML eller PDF")
    p.add_argument("meeting_id", type=int, metavar="MØDE_ID", help="mødets nummer")
    _audience_arg(p)
    _format_arg(p, ("md", "html", "pdf"))
    _output_arg(p)
    add_purpose(p)
    add_db_args(p)
    p.set_defaults(handler=run_minutes)


def _add_plan(export_sub: Any, add_db_args: AddDbArgs) -> None:
    p = export_sub.add_parser("plan", help="borgerens plan som Markdown, HTML eller PDF")
    p.add_argument("citizen_id", type=int, metavar="BORGER_ID", help="borgerens nummer")
    _audience_arg(p)
    _format_arg(p, ("md", "html", "pdf"))
    _output_arg(p)
    add_purpose(p)
    add_db_args(p)
    p.set_defaults(handler=run_plan)


def _add_ics(export_sub: Any, add_db_args: AddDbArgs) -> None:
    p = export_sub.add_parser(
        "ics", aliases=["calendar"],
        help="kalenderfil (.ics): en borgers møder og aftaler, eller én persons på tværs af planer",
        description="Møder som begivenheder med tid, sted og deltagere; hver aftales dato som heldagsbegivenhed "
        "med påmindelse dagen før. Samme UID ved hver eksport, så en ny import opdaterer i stedet for at "
        "lave dubletter.",
    )
    p.add_argument("citizen_id", type=int, nargs="?", metavar="BORGER_ID",
                   help="borgerens nummer: borgerens møder og de aftaler, borgeren står for")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--participant", type=int, default=None, metavar="DELTAGER_ID",
                     help="én deltagers møder og aftaler (på tværs af planer, genkendt på e-mailadressen)")
    who.add_argument("--email", default=None, metavar="ADRESSE",
                     help="som --participant, personen fundet på sin e-mailadresse")
    _output_arg(p)
    add_purpose(p)
    add_db_args(p)
    p.set_defaults(handler=run_ics)


def _add_mail(export_sub: Any, add_db_args: AddDbArgs) -> None:
    p = export_sub.add_parser(
        "mail", help="udkast til mails med referatet (.eml), ét pr. deltager med e-mailadresse; sendes aldrig",
        description="Skriver én .eml-fil pr. deltager med e-mailadresse: deltagerens kopi af referatet som tekst "
        "og HTML og en kalenderfil med mødet og deltagerens aftaler. Rundbord sender aldrig selv: åbn filerne i "
        "kommunens sikre mailprogram.",
    )
    p.add_argument("meeting_id", type=int, metavar="MØDE_ID", help="mødets nummer")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="MAPPE",
                   help="mappen udkastene skrives i (oprettes; standard: ./mailudkast-moede-MØDE_ID)")
    add_purpose(p)
    add_db_args(p)
    p.set_defaults(handler=run_mail)


def _add_fhir(export_sub: Any, add_db_args: AddDbArgs) -> None:
    p = export_sub.add_parser("fhir", help="planen som FHIR R4 Bundle (JSON) til kommunens fagsystem",
                              description="CarePlan, CareTeam, Goal, Observation, Task og Consent. Kræver "
                              "tilføjelsen [fhir], som kontrollerer filen, før den skrives.")
    p.add_argument("citizen_id", type=int, metavar="BORGER_ID", help="borgerens nummer")
    _audience_arg(p)
    _output_arg(p)
    add_purpose(p)
    add_db_args(p)
    p.set_defaults(handler=run_fhir)


EXPORT_KINDS: list[Callable[[Any, AddDbArgs], None]] = [_add_minutes, _add_plan, _add_ics, _add_mail, _add_fhir,
                                                        add_log_parser]
"""Each adds one `rundbord export <kind>` subcommand."""


def register(sub: Any, add_db_args: AddDbArgs) -> None:
    p = sub.add_parser("export", help="eksportér referat, plan, kalender, mailudkast eller FHIR")
    export_sub = p.add_subparsers(dest="export_kind", metavar="HVAD", required=True)
    for add in EXPORT_KINDS:
        add(export_sub, add_db_args)


def _audience_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--audience", choices=AUDIENCES, default=Audience.AUTHORITY.value,
                   help="hvem kopien er til (standard: authority)")


def _format_arg(p: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    p.add_argument("--format", choices=list(formats), default=formats[0],
                   help=f"filformat (standard: {formats[0]}; pdf kræver tilføjelsen [pdf])")


def _output_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FIL", help="skriv til FIL (standard: skærmen)")


def _refusal(args: argparse.Namespace) -> int | None:
    """Exit code 2 after a Danish message: a missing database is reported first, then an unusable `-o`
    path and a bad --purpose, before the file is opened."""
    problem: str | Message | None = missing_db_problem(args.db or default_db_path())
    if not problem and args.output is not None and args.export_kind != "mail":
        problem = output_problem(args.output)
    problem = problem or check_purpose_arg(args)
    return fail(problem, 2) if problem else None


def _open_store(args: argparse.Namespace) -> Store | int:
    """The store for an export, or exit code 2 after a Danish message (`_refusal`)."""
    refused = _refusal(args)
    return refused if refused is not None else guarded_store(args, read_only=True)


def _open_export_store(args: argparse.Namespace) -> ExportStore | int:
    """`ExportStore` for the minutes and the plan: the same checks and messages as `_open_store`."""
    from store.export_store import ExportStore

    refused = _refusal(args)
    if refused is not None:
        return refused
    try:
        store = ExportStore(args.db or default_db_path(), user=getattr(args, "user", None))
    except DatabaseProblem as exc:
        return fail(exc)
    for warning in store.warnings_in(cli_language()):
        print(warning, file=sys.stderr)
    return store


def _export(args: argparse.Namespace, request: Any) -> int:
    """Prepare, write and log one export request (`store/exports/deliver.py`)."""
    from store.exports.delivery import ExportRequest

    assert isinstance(request, ExportRequest)
    if not 0 < request.subject_id <= MAX_ID:  # beyond SQLite's integers: no such record
        return fail(_not_found(request), 2)
    if request.kind in DOCUMENTS:
        from store.row_types import UnreadableRow

        try:
            return _make(args, request, _open_export_store(args))
        except UnreadableRow:
            pass  # a row edited by hand: the full store reads it, and its validation says what is wrong
    return _make(args, request, _open_store(args))


def _make(args: argparse.Namespace, request: Any, store: Store | ExportStore | int) -> int:
    from store.errors import InputError

    if isinstance(store, int):
        return store
    purpose = getattr(args, "purpose", None)
    with store:
        try:
            prepared = store.prepare_export(request)
        except NotFound as exc:
            return fail(exc, 2)
        binary = request.fmt == "pdf"
        if args.output is None and not prepared.many:
            if binary and sys.stdout.isatty():
                return fail(say("En PDF skrives ikke til skærmen. Angiv en fil med -o, fx -o referat.pdf."), 2)
            data = [f.render() for f in prepared.files]
            sys.stdout.flush()
            store.deliver(prepared, sys.stdout.buffer, data, purpose=purpose)
            _notes(prepared.notes, prepared.warnings)
            return 0
        target = args.output if args.output is not None else Path(store.default_export_name(prepared))
        try:
            written = store.deliver(prepared, target, purpose=purpose)
        except InputError as exc:
            return fail(exc, 2)
    _notes(prepared.notes, prepared.warnings)
    from store.textrules import screen_text

    if prepared.many:
        for f, path in zip(prepared.files, written):
            print(say("Udkast til {who}: {path}", who=screen_text(f.recipient), path=path), file=sys.stderr)
        if written:
            print(say("{n} mailudkast er gemt i {path}. Rundbord sender dem ikke: åbn dem i kommunens sikre "
                      "mailprogram.", n=len(written), path=target.resolve()), file=sys.stderr)
    else:
        print(say("{what} er gemt i {path}.", what=prepared.what, path=written[0]), file=sys.stderr)
    return 0


def _notes(notes: list[str], warnings: list[str]) -> None:
    from store.textrules import screen_text

    for note in notes:
        print(say("Bemærk: {note}", note=screen_text(note)), file=sys.stderr)
    for warning in warnings:
        print("rundbord: " + say("Advarsel: {warning}", warning=warning), file=sys.stderr)


def _not_found(request: Any) -> str:
    if request.kind in ("minutes", "mail"):
        return say("Der er intet møde nr. {n}.", n=request.subject_id)
    if request.for_participant:
        return say("Der er ingen deltager nr. {n}.", n=request.subject_id)
    return say("Der er ingen borger nr. {n}.", n=request.subject_id)


def _request(kind: str, subject: int, args: argparse.Namespace, **more: Any) -> Any:
    from store.exports.delivery import ExportRequest

    return ExportRequest(kind, subject, audience=Audience(getattr(args, "audience", "authority")),
                         format=getattr(args, "format", ""), lang=getattr(args, "lang", None) or "da", **more)


def run_minutes(args: argparse.Namespace) -> int:
    return _export(args, _request("minutes", args.meeting_id, args))


def run_plan(args: argparse.Namespace) -> int:
    return _export(args, _request("plan", args.citizen_id, args))


def run_fhir(args: argparse.Namespace) -> int:
    return _export(args, _request("fhir", args.citizen_id, args))


def run_mail(args: argparse.Namespace) -> int:
    return _export(args, _request("mail", args.meeting_id, args))


def run_ics(args: argparse.Namespace) -> int:
    given = [x is not None for x in (args.citizen_id, args.participant, args.email)]
    if sum(given) != 1:
        return fail(say("Angiv enten en borgers nummer (rundbord export ics 1), --participant DELTAGER_ID "
                        "eller --email ADRESSE."), 2)
    if args.email is not None:
        store = _open_store(args)
        if isinstance(store, int):
            return store
        with store:
            found = store.participant_by_email(args.email)
        if found is None:
            return fail(say("Ingen deltager har e-mailadressen {email}.", email=args.email), 2)
        return _export(args, _request("calendar", found, args, for_participant=True))
    if args.participant is not None:
        return _export(args, _request("calendar", args.participant, args, for_participant=True))
    return _export(args, _request("calendar", args.citizen_id, args))
