"""The command line's words in English (`--lang en`), and argparse's own words in Danish.

The subcommands write their help in Danish; `localise_parser` walks the
finished parser once and puts every help text, description and placeholder
in the chosen language, so `rundbord --lang en --help` is English throughout
and `rundbord --help` Danish throughout (argparse's "usage:", "options:" too).
"""
from __future__ import annotations

import argparse
from collections.abc import Sequence

HELP_EN: dict[str, str] = {
    "Rundbord: fælles plan, mål og aftaler på storskærm til borger-, myndigheds-, dagtilbuds- og pårørendemøder.":
        "Rundbord: a shared plan, goals and agreements on the big screen for citizen, authority, day-service "
        "and relatives' meetings.",
    "databasefil (standard: $RUNDBORD_DB eller brugerens datamappe)":
        "database file (default: $RUNDBORD_DB or the user's data folder)",
    "navn i ændringsloggen (standard: OS-brugeren)": "name in the change log (default: the OS user)",
    "sprog (standard: da)": "language (default: da)",
    "lad dagens dato være denne (demonstration; standard: $RUNDBORD_TODAY eller den rigtige dato)":
        "take this as today's date (demonstration; default: $RUNDBORD_TODAY or the real date)",
    "åbn denne borgers plan": "open this citizen's plan",
    "farvetema: lyst, mørkt eller projektor (høj kontrast); ctrl+t skifter":
        "colour theme: light, dark or projector (high contrast); ctrl+t switches",
    "skriv demo-sagen (opfundne data) i databasen": "write the demo case (invented data) into the database",
    "kontrollér databasen (opbygning, henvisninger, ændringslog, rettigheder)":
        "check the database (structure, references, change log, permissions)",
    "byg søgeindekset og borgerlisten op igen (når check beder om det)":
        "rebuild the search index and the citizen list (when check asks for it)",
    "tag en sikkerhedskopi af databasen (også mens appen kører)":
        "back up the database (also while the app is running)",
    "opgradér en database fra en ældre Rundbord (tager en kopi først)":
        "upgrade a database from an older Rundbord (takes a copy first)",
    "årshjul: møder, perioder, SMTTE og aftaler for alle borgere":
        "year wheel: meetings, periods, SMTTE and agreements for every citizen",
    "den fælles skærm til projektoren (kun visning, følger facilitatoren)":
        "the shared screen for the projector (view only, follows the facilitator)",
    "vis den fælles skærm i en browser (textual-serve)": "show the shared screen in a browser (textual-serve)",
    "eksportér referat eller plan (Markdown/HTML)": "export minutes or a plan (Markdown/HTML)",
    "åbn appen på demo-sagen bagefter": "open the app on the demo case afterwards",
    "hvor kopien skal ligge (en ny fil, kun læsbar for dig)": "where the copy goes (a new file, readable only by you)",
    "kopiér hele databasen til en ny SQLite-fil eller en tom PostgreSQL-database (og tilbage)":
        "copy the whole database to a new SQLite file or an empty PostgreSQL database (and back)",
    "Kopierer alle rækker og hele ændringsloggen. Kilden ændres ikke. Målet skal være en ny fil eller en tom "
    "PostgreSQL-database (postgresql://bruger@vært/database).":
        "Copies every row and the whole change log. The source is not changed. The target must be a new file or "
        "an empty PostgreSQL database (postgresql://user@host/database).",
    "en SQLite-fil eller en postgresql://-adresse": "a SQLite file or a postgresql:// address",
    "en ny SQLite-fil eller en tom PostgreSQL-database": "a new SQLite file or an empty PostgreSQL database",
    "antal uger frem, 0-520 (standard: 4)": "number of weeks ahead, 0-520 (default: 4)",
    "året måned for måned fra denne måned": "the year month by month from this month",
    "vis altid denne borger i stedet for at følge facilitatoren":
        "always show this citizen instead of following the facilitator",
    "skriv en lille JSON-status efter hver opdatering (til test og overvågning)":
        "write a small JSON status after each update (for tests and monitoring)",
    "adresse at lytte på (standard: kun denne maskine)": "address to listen on (default: this machine only)",
    "port (standard: 8000)": "port (default: 8000)",
    "vis altid denne borger": "always show this citizen",
    "mødereferat som Markdown eller HTML": "meeting minutes as Markdown or HTML",
    "borgerens plan som Markdown eller HTML": "the citizen's plan as Markdown or HTML",
    "borgerens udtræk af ændringsloggen (GDPR art. 15) som Markdown":
        "the citizen's extract of the change log (GDPR art. 15) as Markdown",
    "mødets nummer": "the meeting's number",
    "borgerens nummer": "the citizen's number",
    "eksportér referat, plan, kalender, mailudkast eller FHIR": "export minutes, a plan, a calendar, mail drafts or FHIR",
    "mødereferat som Markdown, HTML eller PDF": "meeting minutes as Markdown, HTML or PDF",
    "borgerens plan som Markdown, HTML eller PDF": "the citizen's plan as Markdown, HTML or PDF",
    "kalenderfil (.ics): en borgers møder og aftaler, eller én persons på tværs af planer":
        "calendar file (.ics): a citizen's meetings and agreements, or one person's across plans",
    "udkast til mails med referatet (.eml), ét pr. deltager med e-mailadresse; sendes aldrig":
        "mail drafts with the minutes (.eml), one per participant with an e-mail address; never sent",
    "planen som FHIR R4 Bundle (JSON) til kommunens fagsystem":
        "the plan as a FHIR R4 Bundle (JSON) for the municipality's case system",
    "filformat (standard: md; pdf kræver tilføjelsen [pdf])": "file format (default: md; pdf needs the [pdf] extra)",
    "Møder som begivenheder med tid, sted og deltagere; hver aftales dato som heldagsbegivenhed med påmindelse "
    "dagen før. Samme UID ved hver eksport, så en ny import opdaterer i stedet for at lave dubletter.":
        "Meetings as events with time, place and participants; each agreement's date as an all-day event with a "
        "reminder the day before. The same UID at every export, so a new import updates instead of duplicating.",
    "borgerens nummer: borgerens møder og de aftaler, borgeren står for":
        "the citizen's number: the citizen's meetings and the agreements the citizen is responsible for",
    "én deltagers møder og aftaler (på tværs af planer, genkendt på e-mailadressen)":
        "one participant's meetings and agreements (across plans, recognised by the e-mail address)",
    "som --participant, personen fundet på sin e-mailadresse": "as --participant, the person found by e-mail address",
    "Skriver én .eml-fil pr. deltager med e-mailadresse: deltagerens kopi af referatet som tekst og HTML og en "
    "kalenderfil med mødet og deltagerens aftaler. Rundbord sender aldrig selv: åbn filerne i kommunens sikre "
    "mailprogram.":
        "Writes one .eml file per participant with an e-mail address: the participant's copy of the minutes as "
        "text and HTML and a calendar file with the meeting and the participant's agreements. Rundbord never "
        "sends anything itself: open the files in the municipality's secure mail program.",
    "mappen udkastene skrives i (oprettes; standard: ./mailudkast-moede-MØDE_ID)":
        "the folder the drafts are written to (created; default: ./mailudkast-moede-MEETING_ID)",
    "CarePlan, CareTeam, Goal, Observation, Task og Consent. Kræver tilføjelsen [fhir], som kontrollerer filen, "
    "før den skrives.":
        "CarePlan, CareTeam, Goal, Observation, Task and Consent. Needs the [fhir] extra, which checks the file "
        "before it is written.",
    "hvem kopien er til (standard: authority)": "who the copy is for (default: authority)",
    "filformat (standard: md)": "file format (default: md)",
    "skriv til FIL (standard: skærmen)": "write to FILE (default: the screen)",
    "hvorfor der eksporteres (skrives i loggen over, hvem der har set oplysningerne)":
        "why it is exported (written in the log of who has seen the data)",
}
"""Every Danish help text of the command line -> its English (tests/tui check none is missing)."""

METAVAR_EN: dict[str, str] = {
    "ÅÅÅÅ-MM-DD": "YYYY-MM-DD", "FRA": "FROM", "TIL": "TO", "KOMMANDO": "COMMAND", "FIL": "FILE", "HVAD": "WHAT", "MØDE_ID": "MEETING_ID",
    "TEKST": "TEXT", "BORGER_ID": "CITIZEN_ID", "NAVN": "NAME", "DELTAGER_ID": "PARTICIPANT_ID",
    "ADRESSE": "ADDRESS", "MAPPE": "FOLDER",
}

ARGPARSE_WORDS: dict[str, dict[str, str]] = {
    "da": {"usage": "brug: ", "positionals": "argumenter", "optionals": "tilvalg",
           "help": "vis denne hjælp og afslut", "see_help": "Se '{prog} --help'."},
    "en": {"usage": "usage: ", "positionals": "arguments", "optionals": "options",
           "help": "show this help message and exit", "see_help": "See '{prog} --help'."},
}
"""argparse's own words (its English comes from gettext, so they are set here on each parser)."""


def language_in(argv: Sequence[str]) -> str:
    """The language asked for on the command line (before it is parsed: `--help` and errors need it)."""
    lang = "da"
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    return lang if lang in ("da", "en") else "da"


def formatter_for(lang: str) -> type[argparse.HelpFormatter]:
    usage = ARGPARSE_WORDS[lang]["usage"]

    class LocalFormatter(argparse.HelpFormatter):
        def add_usage(self, usage_text: str | None, actions: object, groups: object,
                      prefix: str | None = None) -> None:
            super().add_usage(usage_text, actions, groups, prefix=usage if prefix is None else prefix)  # type: ignore[arg-type]

    return LocalFormatter


def localise_parser(parser: argparse.ArgumentParser, lang: str) -> None:
    """Every help text, description, placeholder and argparse word of `parser` (and its subcommands) in `lang`."""
    words = ARGPARSE_WORDS[lang]
    parser.formatter_class = formatter_for(lang)
    parser._positionals.title = words["positionals"]  # noqa: SLF001 - argparse has no public setter
    parser._optionals.title = words["optionals"]  # noqa: SLF001
    if lang == "en" and parser.description:
        parser.description = HELP_EN.get(parser.description, parser.description)
    for action in parser._actions:  # noqa: SLF001 - the parser's own list of its arguments
        if isinstance(action, argparse._HelpAction):  # noqa: SLF001
            action.help = words["help"]
        elif lang == "en" and action.help:
            action.help = HELP_EN.get(action.help, action.help)
        if lang == "en" and isinstance(action.metavar, str):
            action.metavar = METAVAR_EN.get(action.metavar, action.metavar)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for choice in action._choices_actions:  # noqa: SLF001
                if lang == "en" and choice.help:
                    choice.help = HELP_EN.get(choice.help, choice.help)
            for sub in action.choices.values():
                localise_parser(sub, lang)


MESSAGES_EN: dict[str, str] = {
    "Intet er kopieret: {reason}": "Nothing was copied: {reason}",
    "Kopieret {rows} rækker, heraf {audit} i ændringsloggen, fra {source} til {target}.":
        "Copied {rows} rows, {audit} of them in the change log, from {source} to {target}.",
    "Der findes ingen borger nr. {n} i {path}.": "There is no citizen no. {n} in {path}.",
    "Sikkerhedskopien er gemt i {target} (kun læsbar for dig).": "The backup is saved in {target} (readable only by you).",
    "{what} er gemt i {path}.": "{what} is saved in {path}.",
    "Advarsel: eksporten kunne ikke skrives i loggen over, hvem der har set oplysningerne: {reason}":
        "Warning: the export could not be written to the log of who has seen the information: {reason}",
    "Advarsel: {warning}": "Warning: {warning}",
    "{problem} Demo-sagen kan ikke skrives der.": "{problem} The demo case cannot be written there.",
    "Demo-sagen er klar i {path} (borger nr. {n}).": "The demo case is ready in {path} (citizen no. {n}).",
    "En PDF skrives ikke til skærmen. Angiv en fil med -o, fx -o referat.pdf.":
        "A PDF is not written to the screen. Give a file with -o, e.g. -o minutes.pdf.",
    "Udkast til {who}: {path}": "Draft for {who}: {path}",
    "{n} mailudkast er gemt i {path}. Rundbord sender dem ikke: åbn dem i kommunens sikre mailprogram.":
        "{n} mail draft(s) saved in {path}. Rundbord does not send them: open them in the municipality's "
        "secure mail program.",
    "Bemærk: {note}": "Note: {note}",
    "Der er intet møde nr. {n}.": "There is no meeting no. {n}.",
    "Der er ingen deltager nr. {n}.": "There is no participant no. {n}.",
    "Der er ingen borger nr. {n}.": "There is no citizen no. {n}.",
    "Angiv enten en borgers nummer (rundbord export ics 1), --participant DELTAGER_ID eller --email ADRESSE.":
        "Give either a citizen's number (rundbord export ics 1), --participant PARTICIPANT_ID or --email ADDRESS.",
    "Ingen deltager har e-mailadressen {email}.": "No participant has the e-mail address {email}.",
    "Søgeindekset og borgerlisten er bygget op igen (1 borger).":
        "The search index and the citizen list are rebuilt (1 citizen).",
    "Søgeindekset og borgerlisten er bygget op igen ({n} borgere).":
        "The search index and the citizen list are rebuilt ({n} citizens).",
    "textual-serve er ikke installeret. Installér det med: pip install 'rundbord[serve]'":
        "textual-serve is not installed. Install it with: pip install 'rundbord[serve]'",
    "Databasen {path} er allerede opdateret (skema {n}). Intet er ændret.":
        "The database {path} is already up to date (schema {n}). Nothing was changed.",
    "--user ser ud til at indeholde et CPR-nummer. Brug et navn eller brugernavn.":
        "--user seems to contain a CPR number. Use a name or a user name.",
    "{source} skal være en dato som 2026-11-23 (ÅÅÅÅ-MM-DD), ikke '{text}'.":
        "{source} must be a date like 2026-11-23 (YYYY-MM-DD), not '{text}'.",
    "Kan ikke bruge filen{where}: {reason}.": "Cannot use the file{where}: {reason}.",
    "Afbrudt.": "Interrupted.",
    "Advarsel: den fælles skærm vises på {host}, ikke kun på denne maskine. Planen indeholder følsomme "
    "personoplysninger (helbred, sociale forhold). Kun den, der har adressen med nøglen, kan se den, men "
    "forbindelsen er ikke krypteret (http): alle på netværket kan læse med. Brug kun et netværk, du stoler på, "
    "eller 127.0.0.1.":
        "Warning: the shared screen is shown on {host}, not only on this machine. The plan holds sensitive "
        "personal data (health, social circumstances). Only whoever has the address with the key can see it, "
        "but the connection is not encrypted (http): everyone on the network can read along. Use only a "
        "network you trust, or 127.0.0.1.",
    "Den fælles skærm: {url}": "The shared screen: {url}",
    "Adressen indeholder nøglen: vis den kun på skærmen i mødelokalet. Ctrl+C stopper.":
        "The address holds the key: show it only on the screen in the meeting room. Ctrl+C stops.",
    "Databasen {path} er opgraderet til skema {n}. En kopi af filen, som den var, er gemt i {copy}.":
        "The database {path} is upgraded to schema {n}. A copy of the file as it was is saved in {copy}.",
    "Der skete en uventet fejl ({error}). Intet ufærdigt er gemt. Kør med RUNDBORD_DEBUG=1 for detaljer.":
        "An unexpected error happened ({error}). Nothing half-done was saved. Run with RUNDBORD_DEBUG=1 for "
        "details.",
    "skal være et helt tal, ikke '{text}'.": "must be a whole number, not '{text}'.",
    "skal være et helt tal fra {low} til {high}, ikke '{text}'.":
        "must be a whole number from {low} to {high}, not '{text}'.",
}
"""The command line's own messages in English, keyed by their Danish text (`commands.common.say`)."""
