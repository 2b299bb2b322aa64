"""The store's messages to people, in Danish and English, by key: one catalogue, one function.

The store raises its errors with a `Message` (a key and its values) instead of
finished text: `InputError("date", msg("date.format", text="32-13"))`. The
error's `.message` is the Danish text (what the store always said); a surface
shows the error in the session's language with `said(exc, lang)` (the screens
through `screens.i18n.error_text`, the command line with `--lang`). Pydantic's
validation errors are keyed by their error `type` (pydantic's own, e.g.
`string_too_short`, and our validators' `PydanticCustomError` types, e.g.
`cpr_in_text`), so a form shows them in either language too.

Plain Python (no Textual): the store and every surface read it. A message
raised as plain text (an older raise site) is shown as written, in Danish.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .vocabulary import LANGUAGES, word

MESSAGES: dict[str, tuple[str, str]] = {
    # -- pydantic's own validation errors, by their type -------------------------------------
    "missing": ("Feltet skal udfyldes.", "This field is required."),
    "string_too_short": ("Feltet må ikke være tomt.", "This field must not be empty."),
    "string_too_long": ("Teksten er for lang (højst {max_length} tegn).",
                        "The text is too long (at most {max_length} characters)."),
    "greater_than_equal": ("Værdien skal være mindst {ge}.", "The value must be at least {ge}."),
    "less_than_equal": ("Værdien må højst være {le}.", "The value must be at most {le}."),
    "greater_than": ("Værdien skal være større end {gt}.", "The value must be greater than {gt}."),
    "less_than": ("Værdien skal være mindre end {lt}.", "The value must be less than {lt}."),
    "int_parsing": ("Skriv et helt tal.", "Write a whole number."),
    "int_type": ("Skriv et helt tal.", "Write a whole number."),
    "int_from_float": ("Skriv et helt tal.", "Write a whole number."),
    "float_parsing": ("Skriv et tal.", "Write a number."),
    "bool_parsing": ("Vælg ja eller nej.", "Choose yes or no."),
    "date_parsing": ("Skriv en gyldig dato (dd-mm-åååå).", "Write a valid date (dd-mm-yyyy)."),
    "date_from_datetime_parsing": ("Skriv en gyldig dato (dd-mm-åååå).", "Write a valid date (dd-mm-yyyy)."),
    "date_from_datetime_inexact": ("Skriv en dato uden klokkeslæt.", "Write a date without a time of day."),
    "date_type": ("Skriv en gyldig dato (dd-mm-åååå).", "Write a valid date (dd-mm-yyyy)."),
    "datetime_parsing": ("Skriv et gyldigt tidspunkt.", "Write a valid time."),
    "enum": ("Vælg en af mulighederne: {expected}.", "Choose one of the options: {expected}."),
    "literal_error": ("Vælg en af mulighederne: {expected}.", "Choose one of the options: {expected}."),
    "string_pattern_mismatch": ("Teksten har ikke den rigtige form.", "The text does not have the right form."),
    "string_type": ("Skriv en tekst.", "Write a text."),
    "value_error": ("Ugyldig værdi.", "Invalid value."),
    # -- our own validators (PydanticCustomError types) ----------------------------------------
    "cpr_in_text": (
        "Teksten ser ud til at indeholde et CPR-nummer. CPR-numre må ikke skrives i fritekst, fordi de kan "
        "blive vist på den fælles skærm. Fjern nummeret og gem igen.",
        "The text seems to contain a CPR number. CPR numbers must not be written in free text, because they "
        "may be shown on the shared screen. Remove the number and save again."),
    "blank_text": ("Feltet må ikke være tomt.", "This field must not be empty."),
    "email_address": (
        "E-mailadressen ser ikke rigtig ud. Skriv den som navn@kommune.dk, eller lad feltet stå tomt.",
        "The e-mail address does not look right. Write it as name@municipality.dk, or leave the field empty."),
    "period_order": ("Slutdatoen ligger før startdatoen.", "The end date is before the start date."),
    "consent_period_order": ("Samtykket kan ikke udløbe, før det er givet.",
                             "The consent cannot expire before it was given."),
    "cancel_reason": ("Skriv hvorfor aftalen udgår.", "Write why the agreement is withdrawn."),
    # -- dates typed by a person ---------------------------------------------------------------
    "date.required": ("Skriv en dato (dd-mm-åååå).", "Write a date (dd-mm-yyyy)."),
    "date.format": ("Skriv datoen som dd-mm-åååå (fik '{text}').", "Write the date as dd-mm-yyyy (got '{text}')."),
    "date.impossible": ("Datoen {date} findes ikke.", "The date {date} does not exist."),
    # -- records that are not there -------------------------------------------------------------
    "not_found.meeting": ("Der er intet møde nr. {n}.", "There is no meeting no. {n}."),
    "not_found.citizen": ("Der er ingen borger nr. {n}.", "There is no citizen no. {n}."),
    "not_found.participant": ("Der er ingen deltager nr. {n}.", "There is no participant no. {n}."),
    # -- exports ---------------------------------------------------------------------------------
    "export.unknown_kind": ("Ukendt eksport '{kind}'. Vælg en af: {kinds}.",
                            "Unknown export '{kind}'. Choose one of: {kinds}."),
    "export.bad_format": ("Eksporten '{kind}' kan ikke laves som {fmt}. Vælg: {formats}.",
                          "The export '{kind}' cannot be made as {fmt}. Choose: {formats}."),
    "export.mail_needs_folder": ("Mailudkast skrives som filer i en mappe: angiv en mappe med -o.",
                                 "Mail drafts are written as files in a folder: give a folder with -o."),
    "export.no_file": ("Eksporten har ingen fil at skrive.", "The export has no file to write."),
    # -- who, agreements, meetings ---------------------------------------------------------------
    "who.required": ("Vælg hvem der står for det.", "Choose who is responsible for it."),
    "who.not_participant": ("Personen er ikke deltager i planen. Tilføj personen som deltager først.",
                            "The person is not a participant in the plan. Add the person as a participant first."),
    "reading.not_participant": ("Personen er ikke deltager i planen.", "The person is not a participant in the plan."),
    "agreement.goal_not_in_plan": ("Delmålet hører ikke til denne plan.", "The sub-goal does not belong to this plan."),
    "agreement.when_required": (
        "Skriv hvornår: en dato (dd-mm-åååå) eller en gentagelse, fx 'hver torsdag' eller 'hver uge'.",
        "Write when: a date (dd-mm-yyyy) or a repeat, e.g. 'every Thursday' or 'every week'."),
    "agreement.date_or_repeat": ("Skriv enten en dato eller en gentagelse, ikke begge.",
                                 "Write either a date or a repeat, not both."),
    "agreement.before_meeting": (
        "Datoen {date} ligger før mødet ({meeting}). Skriv en dato fra mødets dag og frem.",
        "The date {date} is before the meeting ({meeting}). Write a date from the day of the meeting on."),
    "agreement.new_date": ("Skriv en ny dato for aftalen.", "Write a new date for the agreement."),
    "meeting.next_date_required": ("Skriv datoen for næste møde.", "Write the date of the next meeting."),
    "meeting.next_after_this": ("Næste møde skal ligge efter dette møde.", "The next meeting must be after this one."),
    "meeting.only_planned_moves": ("Kun et planlagt møde kan flyttes; mødet er begyndt eller afsluttet.",
                                   "Only a planned meeting can be moved; this one has started or is closed."),
    # -- fixed sentences raised as text (found by their Danish: errors._KEY_OF_DANISH) ---------------
    "agreement.undo_other": ("Kan ikke fortryde: det er en anden aftale.", "Cannot undo: it is another agreement."),
    "smtte.next_after": ("Næste evaluering skal ligge efter denne.", "The next evaluation must be after this one."),
    "meeting.not_in_plan": ("Mødet hører ikke til denne plan.", "The meeting does not belong to this plan."),
    "gas.scale": ("Skalaen går fra 1 til 10.", "The scale goes from 1 to 10."),
    "gas.target_above": ("Målet skal ligge over udgangspunktet på skalaen.",
                         "The target must be above the starting point on the scale."),
    "gas.level": ("Niveauet skal være -2, -1, 0, +1 eller +2.", "The level must be -2, -1, 0, +1 or +2."),
    "gas.zero": ("Beskriv det forventede udbytte (niveau 0).", "Describe the expected outcome (level 0)."),
    "gas.weights": ("Vigtighed og sværhed angives som 1, 2 eller 3.",
                    "Importance and difficulty are given as 1, 2 or 3."),
    "meeting.closed": ("Mødet er afsluttet, og referatet kan ikke ændres. Skriv rettelser som et tillæg.",
                       "The meeting is closed, and its minutes cannot be changed. Write corrections as an addendum."),
    "consent.future": ("Samtykket kan ikke være givet en dag, der ikke er kommet endnu.",
                       "The consent cannot have been given on a day that has not come yet."),
    "consent.expired": ("Den dato er allerede passeret: et udløbet samtykke deler intet.",
                        "That date has already passed: an expired consent shares nothing."),
    "consent.relatives_only": ("Samtykke registreres for deling med pårørende.",
                               "Consent is recorded for sharing with relatives."),
    "consent.not_in_force": ("Samtykket gælder ikke længere. Registrér et nyt samtykke.",
                             "The consent is no longer in force. Record a new consent."),
    "consent.withdrawn": ("Samtykket er allerede trukket tilbage.", "The consent has already been withdrawn."),
    "consent.first": ("Borgeren skal give samtykke, før noget deles med pårørende.",
                      "The citizen must give consent before anything is shared with relatives."),
    "consent.who": ("Vælg hvem der giver samtykket.", "Choose who gives the consent."),
    "consent.capacity": ("Vælg borgeren selv, en værge eller en fremtidsfuldmægtig.",
                         "Choose the citizen, a guardian or a holder of a lasting power of attorney."),
    "consent.citizen_only": (
        "Kun borgeren selv kan give samtykke som borger. Vælg værge eller fuldmagt, hvis en anden har retten til "
        "at beslutte.",
        "Only the citizen can give consent as the citizen. Choose guardian or power of attorney if someone else "
        "has the right to decide."),
    "consent.as_self": ("Borgeren giver samtykke som sig selv.", "The citizen gives consent as themselves."),
    "consent.no_items": ("Vælg mindst ét punkt, samtykket gælder.", "Choose at least one item the consent covers."),
    "consent.private": ("Et privat punkt kan ikke deles med pårørende.",
                        "A private item cannot be shared with relatives."),
    "consent.private_goal": ("Punktet hører til et privat mål og kan ikke deles med pårørende.",
                             "The item belongs to a private goal and cannot be shared with relatives."),
    "meeting.edit_planned_only": (
        "Kun et planlagt møde kan rettes her; et møde i gang rettes i selve mødet.",
        "Only a planned meeting can be edited here; a meeting in progress is edited in the meeting itself."),
    "meeting.delete_planned_only": ("Kun et planlagt møde, der ikke er holdt, kan slettes.",
                                    "Only a planned meeting that has not been held can be deleted."),
    "meeting.has_content": ("Mødet har allerede indhold (målinger, aftaler eller noter) og kan ikke slettes.",
                            "The meeting already has content (readings, agreements or notes) and cannot be deleted."),
    "meeting.citizen_says": ("Skriv hvad borgeren fortæller.", "Write what the citizen says."),
    "meeting.not_closed_yet": ("Mødet er ikke afsluttet: ret direkte i mødet.",
                               "The meeting is not closed: correct it directly in the meeting."),
    "order.goal_not_in_plan": ("Bestillingens mål hører ikke til denne plan.",
                               "The order's goal does not belong to this plan."),
    "note.sharing": ("Vælg privat, intern eller delt med pårørende.", "Choose private, internal or shared with relatives."),
    "due.negative": ("Antal uger kan ikke være negativt.", "The number of weeks cannot be negative."),
    "due.months": ("Årshjulet viser 1 til 24 måneder.", "The year wheel shows 1 to 24 months."),
    "removal.kind": ("Den slags kan ikke slettes her.", "That kind of thing cannot be deleted here."),
    # -- with values -------------------------------------------------------------------------------
    "participant.duplicate": ("{name} ({role}) er allerede deltager i planen. Vælg personen på listen i stedet.",
                              "{name} ({role}) is already a participant in the plan. Choose the person on the "
                              "list instead."),
    "tick.already": ("'{part}' er allerede krydset af.", "'{part}' is already ticked off."),
    "tick.not": ("'{part}' er ikke krydset af.", "'{part}' is not ticked off."),
    "tick.unknown": ("Planens type kræver ingen del med koden '{code}'.",
                     "The plan's type requires no part with the code '{code}'."),
    "tick.automatic": ("'{part}' tjekkes automatisk ud fra planen og kan ikke krydses af.",
                       "'{part}' is checked automatically from the plan and cannot be ticked off."),
    "audience.unknown": ("Ukendt modtager '{audience}'. Vælg en af: {known}.",
                         "Unknown recipient '{audience}'. Choose one of: {known}."),
    "when.neither": ("'{text}' er hverken en dato eller en gentagelse. Skriv en dato (dd-mm-åååå) eller en "
                     "gentagelse, fx 'hver torsdag' eller 'hver uge'.",
                     "'{text}' is neither a date nor a repeat. Write a date (dd-mm-yyyy) or a repeat, e.g. "
                     "'every Thursday' or 'every week'."),
    "purpose.too_long": ("Formålet er for langt (højst {n} tegn).", "The purpose is too long (at most {n} characters)."),
    "consent.not_shareable": (
        "'{item}' kan ikke deles. Kun mål, aftaler, noter, tegn, dagsordenspunkter og deltagere kan deles med "
        "pårørende.",
        "'{item}' cannot be shared. Only goals, agreements, notes, signs, agenda items and participants can be "
        "shared with relatives."),
    "meeting.undecided.one": (
        "Mødet kan ikke afsluttes: 1 aftale mangler en beslutning (udført, fortsættes, ændres eller udgår).",
        "The meeting cannot be closed: 1 agreement lacks a decision (done, continued, changed or withdrawn)."),
    "meeting.undecided.many": (
        "Mødet kan ikke afsluttes: {n} aftaler mangler en beslutning (udført, fortsættes, ændres eller udgår).",
        "The meeting cannot be closed: {n} agreements lack a decision (done, continued, changed or withdrawn)."),
    "due.too_many": ("Antal uger kan højst være {n} (ti år).", "The number of weeks can be at most {n} (ten years)."),
    "plan.none": ("Borger nr. {n} har ingen plan.", "Citizen no. {n} has no plan."),
    "plan_type.closed": (
        "{plan_type} er lukket for nye borgere{since}. Igangværende planer fortsætter; vælg en anden plantype.",
        "{plan_type} is closed to new citizens{since}. Running plans go on; choose another plan type."),
    "plan_type.closed_since": (" fra {date}", " from {date}"),
    "plan_type.unknown": ("Ukendt plantype '{code}'. Kendte typer: {known}.",
                          "Unknown plan type '{code}'. Known types: {known}."),
    "meeting_kind.unknown": ("Ukendt mødetype '{code}'. Kendte mødetyper: {known}.",
                             "Unknown meeting kind '{code}'. Known meeting kinds: {known}."),
    "search.too_long": ("Søgeteksten er for lang ({n} tegn). Skriv højst {max} tegn.",
                        "The search text is too long ({n} characters). Write at most {max} characters."),
    # -- files an export is written to -------------------------------------------------------------
    "file.is_folder": ("{path} er en mappe. Angiv et filnavn i mappen.", "{path} is a folder. Give a file name in it."),
    "file.no_folder": ("Mappen {path} findes ikke.", "The folder {path} does not exist."),
    "file.no_write": ("Der er ikke skriveadgang til {path}.", "There is no write access to {path}."),
    "file.not_folder": ("{path} er en fil, ikke en mappe.", "{path} is a file, not a folder."),
    "file.cannot_make_folder": ("Kan ikke oprette mappen {path}: {reason}.", "Cannot create the folder {path}: {reason}."),
    "file.cannot_write": ("Kan ikke skrive {path}: {reason}.", "Cannot write {path}: {reason}."),
    # -- copies and backups ------------------------------------------------------------------------
    "copy.cannot_write": ("Kan ikke skrive kopien til {target}: {reason}.", "Cannot write the copy to {target}: {reason}."),
    "copy.unchecked": ("Kopien kunne ikke kontrolleres ({check}); den er ikke gemt.",
                       "The copy could not be checked ({check}); it is not saved."),
    "copy.failed": ("Kopien mislykkedes ({reason}). Intet er ændret i databasen.",
                    "The copy failed ({reason}). Nothing was changed in the database."),
    "backup.cannot_write": ("Kan ikke skrive sikkerhedskopien til {target}: {reason}.",
                            "Cannot write the backup to {target}: {reason}."),
    "backup.unchecked": ("Sikkerhedskopien kunne ikke kontrolleres ({check}); den er ikke gemt.",
                         "The backup could not be checked ({check}); it is not saved."),
    "backup.failed": ("Sikkerhedskopien mislykkedes ({reason}). Intet er ændret i databasen.",
                      "The backup failed ({reason}). Nothing was changed in the database."),
    "backup.is_folder": ("{target} er en mappe. Angiv et filnavn, fx {example}.",
                         "{target} is a folder. Give a file name, e.g. {example}."),
    "backup.onto_itself": ("Sikkerhedskopien kan ikke skrives oven i selve databasen. Vælg et andet filnavn.",
                           "The backup cannot be written over the database itself. Choose another file name."),
    # -- optional extras ----------------------------------------------------------------------------
    "pdf.unavailable": (
        "PDF kræver tilføjelsen [pdf] (WeasyPrint). Installér den med: pip install 'rundbord[pdf]' "
        "(eller pipx inject rundbord weasyprint). WeasyPrint bruger Pango fra styresystemet; på Debian og Ubuntu: "
        "sudo apt install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core. Markdown og HTML virker uden.",
        "PDF needs the extra [pdf] (WeasyPrint). Install it with: pip install 'rundbord[pdf]' "
        "(or pipx inject rundbord weasyprint). WeasyPrint uses Pango from the operating system; on Debian and "
        "Ubuntu: sudo apt install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core. Markdown and HTML work "
        "without it."),
    "pdf.unavailable.pango": (
        "PDF kræver tilføjelsen [pdf] (WeasyPrint). Installér den med: pip install 'rundbord[pdf]' "
        "(eller pipx inject rundbord weasyprint). WeasyPrint bruger Pango fra styresystemet; på Debian og Ubuntu: "
        "sudo apt install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core. Markdown og HTML virker uden. "
        "(Pango mangler: {detail})",
        "PDF needs the extra [pdf] (WeasyPrint). Install it with: pip install 'rundbord[pdf]' "
        "(or pipx inject rundbord weasyprint). WeasyPrint uses Pango from the operating system; on Debian and "
        "Ubuntu: sudo apt install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core. Markdown and HTML work "
        "without it. (Pango is missing: {detail})"),
    "fhir.unavailable": (
        "FHIR-eksport kræver tilføjelsen [fhir] (fhir.resources), som kontrollerer filen, før den skrives. "
        "Installér den med: pip install 'rundbord[fhir]' (eller pipx inject rundbord fhir.resources).",
        "FHIR export needs the extra [fhir] (fhir.resources), which checks the file before it is written. "
        "Install it with: pip install 'rundbord[fhir]' (or pipx inject rundbord fhir.resources)."),
    "fhir.invalid": ("FHIR-filen blev ikke godkendt af fhir.resources og er ikke skrevet: {reason}",
                     "The FHIR file was not accepted by fhir.resources and is not written: {reason}"),
    # -- a municipality's catalogue files -----------------------------------------------------------
    "catalog.skipped": ("Advarsel: kataloget {path} er sprunget over ({problem}). Rundbords eget katalog bruges stadig.",
                        "Warning: the catalogue {path} is skipped ({problem}). Rundbord's own catalogue is still used."),
    "catalog.json_error": ("fejl i linje {line}, kolonne {col}: {error}", "error in line {line}, column {col}: {error}"),
    "catalog.not_utf8": ("filen er ikke UTF-8-tekst", "the file is not UTF-8 text"),
    "catalog.unreadable": ("filen kan ikke læses ({reason})", "the file cannot be read ({reason})"),
    "catalog.not_object": ("filen skal indeholde et JSON-objekt", "the file must hold a JSON object"),
    "catalog.not_list": ("'{name}' skal være en liste", "'{name}' must be a list"),
    "catalog.entry_not_object": ("{where} skal være et objekt", "{where} must be an object"),
    "catalog.entry_missing": ("{where} mangler '{name}'", "{where} lacks '{name}'"),
    "catalog.parts": ("'parts' skal være et objekt, hvor hver del har en 'label'",
                      "'parts' must be an object in which every part has a 'label'"),
    # -- saving -----------------------------------------------------------------------------------
    "conflict.headline": ("Ændret af {who}{when}, mens du skrev", "Changed by {who}{when} while you were writing"),
    "conflict.someone": ("en anden", "someone else"),
    "conflict.at": (" kl. {time}", " at {time}"),
    "conflict.on": (" den {date}{at}", " on {date}{at}"),
    "conflict": ("{headline}. Intet er gemt: vælg at tage den andens ændring eller at skrive din egen ovenpå.",
                 "{headline}. Nothing was saved: choose to take the other change or to write your own on top."),
    # -- opening a database file ----------------------------------------------------------------
    "db.is_folder": ("{path} er en mappe, ikke en databasefil.", "{path} is a folder, not a database file."),
    "db.missing": ("Databasen {path} findes ikke.", "The database {path} does not exist."),
    "db.cannot_create": ("Kan ikke oprette databasen {path}: {reason}", "Cannot create the database {path}: {reason}"),
    "db.cannot_read": ("Databasen {path} kan ikke læses: {reason}.", "The database {path} cannot be read: {reason}."),
    "db.problem": ("{path}: {reason}", "{path}: {reason}"),
    "db.unreadable": ("{path} er ikke en Rundbord-database (SQLite kan ikke læse den: {reason}).",
                      "{path} is not a Rundbord database (SQLite cannot read it: {reason})."),
    "db.empty": ("{path} er ikke en Rundbord-database (filen er tom).",
                 "{path} is not a Rundbord database (the file is empty)."),
    "db.not_rundbord": ("{path} er ikke en Rundbord-database.", "{path} is not a Rundbord database."),
    "db.older": ("{path} er lavet af en ældre version af Rundbord (skema {version}, nu {current}): "
                 "åbn filen i Rundbord for at opgradere den (eller kør 'rundbord upgrade'). "
                 "Der tages en sikkerhedskopi ved siden af filen først.",
                 "{path} was made by an older version of Rundbord (schema {version}, now {current}): "
                 "open the file in Rundbord to upgrade it (or run 'rundbord upgrade'). "
                 "A backup copy is made beside the file first."),
    "db.newer": ("{path} er lavet af en nyere version af Rundbord (skema {version}, denne version kender op til "
                 "{current}). Opdatér Rundbord.",
                 "{path} was made by a newer version of Rundbord (schema {version}, this version knows up to "
                 "{current}). Update Rundbord."),
    "db.file_read_only": ("Filen {path} er skrivebeskyttet.", "The file {path} is read-only."),
    "db.folder_read_only": ("Mappen {folder} er skrivebeskyttet, så Rundbord kan ikke skrive der "
                            "(SQLite lægger {name}-wal og {name}-shm ved siden af filen).",
                            "The folder {folder} is read-only, so Rundbord cannot write there "
                            "(SQLite puts {name}-wal and {name}-shm beside the file)."),
    # -- the audit log's key ---------------------------------------------------------------------
    "audit_key.env_short": ("${env} er for kort til at være en nøgle (mindst {n} tegn). "
                            "Brug fx: python3 -c 'import secrets; print(secrets.token_hex(32))'",
                            "${env} is too short to be a key (at least {n} characters). "
                            "Use e.g.: python3 -c 'import secrets; print(secrets.token_hex(32))'"),
    "audit_key.unreadable": ("Nøglen til ændringsloggen i {path} kan ikke læses ({reason}).",
                             "The change log's key in {path} cannot be read ({reason})."),
    "audit_key.damaged": ("Nøglefilen {path} er beskadiget (den skal indeholde en hex-nøgle).",
                          "The key file {path} is damaged (it must hold a hex key)."),
    "audit_key.cannot_save": ("Nøglen til ændringsloggen kan ikke gemmes i {folder} ({reason}). "
                              "Sæt ${env}, eller giv adgang til mappen.",
                              "The change log's key cannot be saved in {folder} ({reason}). "
                              "Set ${env}, or give access to the folder."),
    "consent.item_not_in_plan": ("{kind} nr. {n} hører ikke til denne plan.", "{kind} no. {n} does not belong to this plan."),
    "item_kind.goal": ("Mål", "Goal"), "item_kind.agreement": ("Aftale", "Agreement"), "item_kind.note": ("Note", "Note"),
    "item_kind.observation": ("Tegn", "Sign"), "item_kind.agenda_item": ("Dagsordenspunkt", "Agenda item"),
    "item_kind.participant": ("Deltager", "Participant"),
    "busy": ("Databasen er optaget af et andet program lige nu. Intet er gemt; prøv igen om et øjeblik.",
             "The database is busy with another program right now. Nothing was saved; try again in a moment."),
    "read_only": ("Filen er skrivebeskyttet – du kan se, men ikke ændre.",
                  "The file is read-only – you can look, but not change anything."),
    "disk_full": ("Disken er fuld – intet er gemt. Frigør plads, og gem igen; det, du skrev, er bevaret.",
                  "The disk is full – nothing was saved. Free some space and save again; what you typed is kept."),
}
"""key -> (Danish, English); `{name}` is filled in from the message's values."""


@dataclass(frozen=True)
class Message:
    """A message to a person, not yet in a language: its key and the values to fill in.

    A value may be a `Message` or a `Vocab` word itself (said in the same language).
    """

    key: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def text(self, lang: str = "da") -> str:
        pair = MESSAGES[self.key]
        template = pair[LANGUAGES.index(lang) if lang in LANGUAGES else 0]
        values = {k: v.text(lang) if isinstance(v, (Message, Vocab)) else v for k, v in self.values.items()}
        try:
            return template.format(**values) if values else template
        except (KeyError, IndexError):
            return template

    def __str__(self) -> str:
        return self.text("da")


@dataclass(frozen=True)
class Vocab:
    """A message's value that is a word of the one vocabulary ("role.relative"), said in the message's
    language (`lower`: in lower case)."""

    key: str
    lower: bool = False

    def text(self, lang: str = "da") -> str:
        said = word(self.key, lang)
        return said.lower() if self.lower else said


def msg(key: str, **values: Any) -> Message:
    """`Message(key, values)`; an unknown key fails at once (a test reads every `msg("...")` in the store)."""
    if key not in MESSAGES:
        raise KeyError(f"no store message {key!r}")
    return Message(key, values)


def said(exc: BaseException | Message, lang: str = "da") -> str:
    """The one function every surface uses to show a store error in `lang`.

    A store error raised with a `Message` (or a `Message` itself) is said in `lang`; one raised with plain
    text (or any other exception) is shown as its text.
    """
    text = getattr(exc, "text", None)
    if callable(text):
        return str(text(lang))
    message = getattr(exc, "message", None)
    return message if isinstance(message, str) else str(exc)
