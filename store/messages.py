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

from collections.abc import Mapping, Sequence
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
    "item_kind.citizen": ("Borger", "Citizen"), "item_kind.plan": ("Plan", "Plan"),
    "item_kind.meeting": ("Møde", "Meeting"), "item_kind.activity": ("Aktivitet", "Activity"),
    "item_kind.addendum": ("Tillæg", "Addendum"), "item_kind.consent": ("Samtykke", "Consent"),
    "item_kind.record": ("Post", "Record"),
    "db.not_found": ("{kind} nr. {n} findes ikke.", "{kind} no. {n} does not exist."),
    # -- a PostgreSQL server ----------------------------------------------------------------------
    "pg.cannot_connect": ("Kan ikke forbinde til databasen {where}: {reason}", "Cannot connect to the database {where}: {reason}"),
    "pg.other_tables": ("{where} er ikke en Rundbord-database (den har andre tabeller).",
                        "{where} is not a Rundbord database (it has other tables)."),
    "pg.empty": ("{where} er ikke en Rundbord-database (den er tom).", "{where} is not a Rundbord database (it is empty)."),
    "pg.older": ("{where} er lavet af en ældre version af Rundbord (skema {version}, nu {current}): "
                 "åbn den i Rundbord for at opgradere den (eller kør 'rundbord upgrade').",
                 "{where} was made by an older version of Rundbord (schema {version}, now {current}): "
                 "open it in Rundbord to upgrade it (or run 'rundbord upgrade')."),
    "pg.read_only": ("Databasen er åbnet skrivebeskyttet – du kan se, men ikke ændre.",
                     "The database is opened read-only – you can look, but not change anything."),
    "pg.no_rights": ("Din databaserolle må ikke ændre dette i databasen – intet er gemt. "
                     "Bed den, der driver databasen, om rettigheder (rollen rundbord_facilitator).",
                     "Your database role may not change this in the database – nothing was saved. "
                     "Ask whoever runs the database for rights (the role rundbord_facilitator)."),
    "pg.unavailable": ("Kan ikke nå databasen {where} ({reason}). Intet er gemt; det, du skrev, er bevaret. "
                       "Prøv igen om lidt.",
                       "Cannot reach the database {where} ({reason}). Nothing was saved; what you typed is kept. "
                       "Try again in a moment."),
    "pg.nul": ("Teksten indeholder et nul-tegn (␀), som databasen (PostgreSQL) ikke kan gemme. Fjern det, og gem igen.",
               "The text holds a null character (␀), which the database (PostgreSQL) cannot store. Remove it and save again."),
    "pg.no_data": ("Databasen {where} har ingen Rundbord-data.", "The database {where} holds no Rundbord data."),
    "pg.owner_only": ("{where}: databasen skal oprettes eller opgraderes af dens ejer (din rolle må ikke "
                      "ændre tabellerne): {reason}",
                      "{where}: the database must be created or upgraded by its owner (your role may not "
                      "change the tables): {reason}"),
    # -- rundbord copy ------------------------------------------------------------------------------
    "copy.same": ("Kilden og målet er den samme database.", "The source and the target are the same database."),
    "copy.is_folder": ("{path} er en mappe. Angiv et nyt filnavn, fx {example}.",
                       "{path} is a folder. Give a new file name, e.g. {example}."),
    "copy.exists": ("{path} findes allerede. Kopien skrives kun til en ny fil; vælg et andet navn.",
                    "{path} already exists. The copy is only written to a new file; choose another name."),
    "copy.has_data": ("{where} har allerede Rundbord-data. Kopien skrives kun til en tom database "
                      "(opret en ny database til den).",
                      "{where} already holds Rundbord data. The copy is only written to an empty database "
                      "(create a new database for it)."),
    "copy.not_checked": ("Kopien kunne ikke kontrolleres ({reason}); den er ikke gemt.",
                         "The copy could not be checked ({reason}); it was not saved."),
    "copy.failed": ("Kopien mislykkedes ({reason}). Intet er ændret i databasen.",
                    "The copy failed ({reason}). Nothing was changed in the database."),
    "copy.cannot_write": ("Kan ikke skrive kopien til {path}: {reason}.", "Cannot write the copy to {path}: {reason}."),
    # -- rundbord check: what each check found ------------------------------------------------------
    "check.joined": ("{parts}", "{parts}"),
    "check.unreadable": ("kunne ikke læses ({error}).", "could not be read ({error})."),
    "check.unchecked": ("kunne ikke kontrolleres ({error}).", "could not be checked ({error})."),
    "check.owner_only": ("kun ejeren kan læse og skrive filen.", "only the owner can read and write the file."),
    "check.others_can_read": ("andre brugere har adgang til {path} (rettigheder {mode}). Ret det med: chmod {fix} '{path}'",
                              "other users have access to {path} (permissions {mode}). Fix it with: chmod {fix} '{path}'"),
    "check.sqlite_whole": ("SQLite fandt ingen skader.", "SQLite found no damage."),
    "check.damaged": ("filen er beskadiget: {found}", "the file is damaged: {found}"),
    "check.damaged_error": ("filen er beskadiget ({error}).", "the file is damaged ({error})."),
    "check.references_ok": ("alle henvisninger peger på noget, der findes.",
                            "every reference points to something that exists."),
    "check.references_broken": ("{n} rækker peger på noget, der ikke findes (tabeller: {tables}).",
                                "{n} rows point to something that does not exist (tables: {tables})."),
    "check.pg_tables_missing": ("tabeller mangler: {tables}.", "tables are missing: {tables}."),
    "check.pg_tables_ok": ("alle tabeller findes (PostgreSQL {server}, skema {schema}).",
                           "every table exists (PostgreSQL {server}, schema {schema})."),
    "check.pg_references_dropped": ("henvisninger uden kontrol (fjernet): {names}",
                                    "references without a check (removed): {names}"),
    "check.pg_references_unchecked": ("henvisninger ikke kontrolleret: {names}", "references not checked: {names}"),
    "check.pg_references_broken": ("{parts}.", "{parts}."),
    "check.pg_references_ok": ("PostgreSQL sikrer, at alle henvisninger peger på noget, der findes.",
                               "PostgreSQL makes sure that every reference points to something that exists."),
    "check.trigger_missing": ("{name} (mangler)", "{name} (missing)"),
    "check.trigger_changed": ("{name} (er ændret)", "{name} (changed)"),
    "check.trigger_disabled": ("{name} (slået fra)", "{name} (disabled)"),
    "check.triggers_gone": (
        "udløserne, der gør ændringsloggen skrivebeskyttet, er fjernet eller ændret udenom Rundbord: {which}. "
        "Loggen kan nu ændres med SQL.",
        "the triggers that keep the change log from being changed were removed or changed outside Rundbord: "
        "{which}. The log can now be changed with SQL."),
    "check.roles_may_change": (
        "disse roller må ændre eller slette i loggen: {roles} (kun ejeren må; ret det med REVOKE UPDATE, DELETE, "
        "TRUNCATE ON {table} FROM ...).",
        "these roles may change or delete rows of the log: {roles} (only the owner may; fix it with REVOKE "
        "UPDATE, DELETE, TRUNCATE ON {table} FROM ...)."),
    "check.triggers_ok": ("loggen kan ikke ændres eller slettes med SQL (udløserne er på plads).",
                          "the log cannot be changed or deleted with SQL (the triggers are in place)."),
    "check.records_ok": ("alle poster har de værdier, ændringsloggen siger, de fik.",
                         "every record has the values the change log says it got."),
    "check.never_created": ("{what} nr. {n} findes i filen, men ændringsloggen har aldrig oprettet den.",
                            "{what} no. {n} is in the file, but the change log never created it."),
    "check.deleted_in_log": ("{what} nr. {n} findes i filen, men ifølge ændringsloggen er den slettet.",
                             "{what} no. {n} is in the file, but the change log says it was deleted."),
    "check.missing_row": ("{what} nr. {n} mangler i filen, men ændringsloggen har aldrig slettet den.",
                          "{what} no. {n} is missing from the file, but the change log never deleted it."),
    "check.changed": ("{what} nr. {n}: {field} er {now} i filen, men ændringsloggen siger {logged} (ændret udenom "
                      "Rundbord).",
                      "{what} no. {n}: {field} is {now} in the file, but the change log says {logged} (changed "
                      "outside Rundbord)."),
    "check.empty_value": ("tom", "empty"),
    "check.more": ("{shown} (og {more} mere)", "{shown} (and {more} more)"),
    "check.frozen_ok": ("alle {n} låste referater passer med deres kontrolsum.",
                        "all {n} locked minutes match their checksum."),
    "check.frozen_altered": (
        "Referatet af møde nr. {n} til {audience} er ændret i filen, efter mødet blev afsluttet den {date}: "
        "kontrolsummen passer ikke. Det eksporteres ikke. Kør 'rundbord check', og hent referatet fra en "
        "sikkerhedskopi.",
        "The minutes of meeting no. {n} for {audience} were changed in the file after the meeting was closed on "
        "{date}: the checksum does not match. They are not exported. Run 'rundbord check', and fetch the minutes "
        "from a backup."),
    "check.frozen_chain": (
        "Ændringsloggen frem til afslutningen af møde nr. {n} passer ikke med kontrolsummen i referatet til "
        "{audience} (række {row}): loggen er ændret eller afkortet siden.",
        "The change log up to the closing of meeting no. {n} does not match the checksum in the minutes for "
        "{audience} (row {row}): the log has been changed or cut short since."),
    "check.index_ok": ("søgning og borgerliste passer med data.", "search and the citizen list match the data."),
    "check.index_unreadable": ("kunne ikke læses ({error}). Byg det op igen med: rundbord reindex",
                               "could not be read ({error}). Rebuild it with: rundbord reindex"),
    "check.index_wrong": (
        "passer ikke med data i {where}: rækker er ændret uden om Rundbord, og søgningen kan overse dem. Byg det "
        "op igen med: rundbord reindex",
        "does not match the data in {where}: rows were changed outside Rundbord, and search may miss them. "
        "Rebuild it with: rundbord reindex"),
    "check.key_file_open": ("andre brugere kan læse nøglen til ændringsloggen i {path}. Ret det med: chmod 600 '{path}'",
                            "other users can read the change log's key in {path}. Fix it with: chmod 600 '{path}'"),
    # -- the audit chain (rundbord check, "Ændringsloggen") ---------------------------------------------
    "chain.key_problem": ("Ændringsloggen kan ikke kontrolleres: {reason}", "The change log cannot be checked: {reason}"),
    "chain.rows_gone": ("Ændringsloggen er brudt ved række {row}: rækkerne {first}-{last} mangler (nogen har slettet "
                        "dem).",
                        "The change log is broken at row {row}: rows {first}-{last} are missing (someone deleted "
                        "them)."),
    "chain.link": ("Ændringsloggen er brudt ved række {row}: den passer ikke med rækken før (en række er slettet eller "
                   "indsat udenom Rundbord).",
                   "The change log is broken at row {row}: it does not match the row before (a row was deleted or "
                   "inserted outside Rundbord)."),
    "chain.unkeyed_after_keyed": (
        "Ændringsloggen er brudt ved række {row}: rækken er ikke beskyttet med nøglen, selv om loggen er det fra "
        "række {first}. Loggen er skrevet eller regnet om udenom Rundbord.",
        "The change log is broken at row {row}: the row is not protected with the key, although the log is from "
        "row {first} on. The log was written or recomputed outside Rundbord."),
    "chain.no_upgrade_mark": (
        "Ændringsloggen er brudt ved række {row}: rækkerne før den er ikke beskyttet med nøglen, og mærket for "
        "opgraderingen mangler. Loggen er ændret udenom Rundbord.",
        "The change log is broken at row {row}: the rows before it are not protected with the key, and the mark of "
        "the upgrade is missing. The log was changed outside Rundbord."),
    "chain.unknown_key": (
        "Ændringsloggen kan ikke kontrolleres fra række {row}: rækken er beskyttet med en nøgle, som ikke findes på "
        "denne maskine (nøgle-id {key_id}). Er rækken lavet et andet sted, så sæt {env} til den fælles nøgle; "
        "ellers er den ændret udenom Rundbord.",
        "The change log cannot be checked from row {row}: the row is protected with a key that is not on this "
        "machine (key id {key_id}). If the row was made elsewhere, set {env} to the shared key; otherwise it was "
        "changed outside Rundbord."),
    "chain.content": ("Ændringsloggen er brudt ved række {row}: indholdet er ændret udenom Rundbord (eller kæden er "
                      "regnet om uden nøglen).",
                      "The change log is broken at row {row}: its content was changed outside Rundbord (or the "
                      "chain was recomputed without the key)."),
    "chain.none_keyed": ("Ingen af ændringsloggens {n} rækker er beskyttet med nøglen: loggen er skrevet eller regnet "
                         "om udenom Rundbord.",
                         "None of the change log's {n} rows is protected with the key: the log was written or "
                         "recomputed outside Rundbord."),
    "chain.whole": ("Ændringsloggen er hel ({n} rækker kontrolleret).", "The change log is whole ({n} rows checked)."),
    "chain.whole_older": ("Ændringsloggen er hel ({n} rækker kontrolleret; de første {older} er fra før nøglen og har "
                          "en ukrypteret kontrolsum).",
                          "The change log is whole ({n} rows checked; the first {older} are from before the key and "
                          "have an unkeyed checksum)."),
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
        values = {k: v.text(lang) if isinstance(v, (Message, Vocab, Both)) else v for k, v in self.values.items()}
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


@dataclass(frozen=True)
class Both:
    """A message's value given in both languages by its caller (a table's name from the change log's own
    words, a list of findings); said in the message's language."""

    da: str
    en: str

    def text(self, lang: str = "da") -> str:
        return self.en if lang == "en" else self.da


def joined(parts: Sequence[Message], sep: str) -> Both:
    """Several messages as one value, each said in the message's language."""
    return Both(sep.join(p.text("da") for p in parts), sep.join(p.text("en") for p in parts))


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
