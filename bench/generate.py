"""A synthetic, deterministic database at a large municipality's scale.

    python -m bench.generate [--scale 1.0] [--seed 8] [--out bench/out/bench.db]

At scale 1: 10,000 citizens (one plan each), 50,000 goals, 200,000
agreements, 100,000 meetings, 500,000 scale readings, 300,000 observations,
plus participants, meeting participants, agenda items and agreement events.
Citizen 1 is the big case used to open a plan: 40 goals, 500 agreements,
2,000 scale readings and 60 meetings; its last meeting is a long, open
meeting with the citizen (40 agenda items with long notes; the room sees the
whole plan) used for the minutes and live-view measures.

The schema comes from the app: `store.Store(path)` creates the tables, then
the rows are written straight with sqlite3 `executemany` in big transactions
(this is not app code). Columns the generator does not fill get the model's
default, so a field added to a model later does not break the generator; a
new *required* field does, loudly. The audit log is not written for bulk
data (the app writes one audit row per changed field; here that would be
some 20 million rows of nobody's changes).

All names and texts are invented from small word lists.
"""
from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from store import Store, search_index
from store.db import to_sql
from store.engines.sqlite import wrap
from store.models import (
    Agreement,
    AgreementEvent,
    AgendaItem,
    Citizen,
    Goal,
    GoalRevision,
    Meeting,
    MeetingParticipant,
    Observation,
    Participant,
    Plan,
    Record,
    ScaleReading,
)

DEFAULT_OUT = Path(__file__).resolve().parent / "out" / "bench.db"
TODAY = date(2026, 11, 23)
"""The benchmark's fixed "today": meetings before it are closed, after it planned."""
FIRST_DAY = date(2021, 1, 4)

BASE = dict(
    citizens=10_000,
    goals=50_000,
    agreements=200_000,
    meetings=100_000,
    readings=500_000,
    observations=300_000,
)
BIG = dict(goals=40, agreements=500, readings=2_000, meetings=60, long_items=40)


@dataclass
class Meta:
    """What the benchmark needs to know about a generated file."""

    scale: float
    seed: int
    big_citizen_id: int
    long_meeting_id: int
    search_name: str
    counts: dict[str, int]
    seconds: float


# -- words ------------------------------------------------------------------
FIRST = (
    "Anne Mette Hanne Kirsten Lone Susanne Maria Camilla Sofie Emma Ida Freja Nanna Fatima Aisha "
    "Mads Jens Peter Lars Henrik Søren Niels Anders Mikkel Jonas Rasmus Kasper Ali Omar Ole Bo "
    "Karen Birgitte Lene Tina Helle Louise Julie Laura Signe Astrid Frederik Christian Morten "
    "Thomas Jesper Martin Michael Kim Yusuf Mustafa Zeynep Ayla Emil Magnus Oscar Noah Victor"
).split()
LAST = (
    "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen "
    "Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen "
    "Kildegaard Dahl Krogh Bro Ali Yilmaz Holm Lund Bach Skov Vestergaard Frederiksen Friis "
    "Mikkelsen Eriksen Lauridsen Kjær Berg Iversen Jakobsen Svendsen Bertelsen Østergaard"
).split()
PLACES = (
    "Netto Føtex genbrugsbutikken Gensyn lageret på havnen plejecentret Solgården værkstedet "
    "biblioteket svømmehallen jobcentret produktionsskolen VUC dagtilbuddet Kilden caféen "
    "kantinen på rådhuset gartneriet cykelværkstedet idrætshallen"
).split(" ")
GOAL_VERBS = [
    "gå en tur på {n} minutter hver dag",
    "komme op kl. {h} på hverdage",
    "være i praktik {n} formiddage om ugen i {p}",
    "handle ind selv i {p}",
    "tage bussen alene til {p}",
    "sove mindst {n} timer om natten",
    "lave mad selv {n} gange om ugen",
    "ringe til min søster hver søndag",
    "gennemføre et kursus i dansk eller matematik på VUC",
    "søge {n} job om måneden",
    "bruge mindre tid på skærmen om aftenen",
    "svømme i svømmehallen hver tirsdag",
    "have styr på min økonomi og betale regninger til tiden",
    "møde op til aftaler uden at aflyse",
    "tale med min læge om min medicin",
    "være en del af et fællesskab i {p}",
    "arbejde {n} timer om ugen",
    "kunne sige fra, når noget bliver for meget",
]
GOAL_TAILS = [
    "", "", " uden at blive for træt", " sammen med min mentor", " så jeg kan holde til et job",
    " og fortælle om det på næste møde", " inden sommerferien", " de fleste uger",
    ", fordi det giver mig ro i hovedet", " og selv sige til, hvis det ikke går",
]
ACTIONS = [
    "undersøger muligheden for praktik i {p}",
    "ringer til {p} og spørger om en prøvedag",
    "sender en ansøgning til {p}",
    "følger med til første dag i {p}",
    "bestiller tid hos egen læge",
    "laver en ugeplan sammen med mentoren",
    "skriver tre ting ned, der gik godt i ugen",
    "taler med sagsbehandleren om ledighedsydelse",
    "finder et hold i svømmehallen",
    "aftaler et møde med {p} om arbejdstider",
    "tjekker busplanen og prøver turen en gang",
    "sender referatet til alle deltagere",
    "undersøger tilskud til transport",
    "noterer søvn og humør i kalenderen hver aften",
]
WHEN = ["", " inden næste møde", " inden fredag", " i løbet af næste uge", " inden udgangen af måneden",
        " senest om 14 dage"]
SENTENCES = [
    "Borgeren fortæller, at det er gået bedre med at komme op om morgenen.",
    "Mentoren oplever, at praktikken i butikken fungerer, men at eftermiddagene er svære.",
    "Vi blev enige om at holde fast i to formiddage om ugen indtil næste møde.",
    "Sagsbehandleren orienterede om reglerne for ressourceforløb og næste rehabiliteringsteammøde.",
    "Der har været et par dårlige uger med hovedpine og dårlig søvn.",
    "Borgeren har selv taget initiativ til at kontakte sin læge.",
    "Pårørende oplever mere overskud derhjemme og ser frem til sommerferien.",
    "Dagtilbuddet har observeret, at borgeren tager mere initiativ i fællesskabet.",
    "Det blev aftalt at skalere igen på næste møde, så vi kan se udviklingen.",
    "Borgeren vil gerne prøve kræfter med flere timer, men ikke før efter jul.",
    "Vi talte om, hvad der skal til for at komme ét skridt videre på skalaen.",
    "Transporten er stadig en udfordring; bussen går kun en gang i timen.",
    "Borgeren har gennemført kurset og fået et bevis.",
    "Aftalen om ugeplanen fortsætter, da den har hjulpet.",
    "Kontaktpersonen følger op med et opkald i næste uge.",
]
OBSERVED = [
    "mødte til tiden og hilste på de andre",
    "tog selv initiativ til at dække bord",
    "gik en tur rundt om søen med en kollega",
    "var træt og gik tidligt hjem",
    "hjalp en ny bruger med at finde rundt",
    "fortalte selv om weekenden ved morgenmaden",
    "blev i værkstedet hele formiddagen",
    "sagde fra, da det blev for larmende",
    "lavede frokost til fire personer",
    "ringede selv og meldte afbud i god tid",
]
REASONS = ["Passer ikke længere til planen.", "Borgeren har fundet en anden løsning.",
           "Ikke muligt før næste år.", "Erstattet af en ny aftale."]
GOAL_KEYS = ["employment", "health", "education", "social"]
ROLES_OTHER = ["authority", "day_service", "relative", "contact", "mentor", "rehab_team"]
PLAN_TYPES = ["ressourceforloeb", "jobafklaringsforloeb", "min_plan", "handleplan_141",
              "smtte_botilbud", "koordinerende_indsatsplan"]
MEETING_KINDS = ["citizen", "authority", "day_service", "relative", "network"]
LONG_MEETING_KIND = "citizen"
"""The big case's open meeting: a meeting with the citizen, whose room sees the whole plan. The live
view shows what the current meeting's audience may see, so a relatives' or day-service meeting here
would hide the overall goal and most of the plan from the measures of the big plan."""
ORGS = ["Jobcenter Nordby", "Værestedet Kilden", "Socialpsykiatrien Nordby", "Mentorkorps Nordby",
        "Nordby Kommune", "Botilbuddet Engen", "Far", "Mor", "Søster"]
AGENDA_TITLES = [
    "Velkomst og dagens dagsorden", "Opfølgning på aftaler siden sidst",
    "Skalering: hvor langt er vi nået med målene?", "Nye aftaler", "Næste møde",
    "SMTTE for hvert mål", "Tegn observeret siden sidst", "Bestilling og handleplan",
]
AGENDA_PARTS = ["free", "review", "scaling", "agreements", "next", "smtte", "observations", "order"]


class Texts:
    """Pools of invented Danish texts; picking from a pool keeps generation fast."""

    def __init__(self, rng: random.Random, size: int = 2048) -> None:
        self.rng = rng
        r = rng

        def fill(template: str) -> str:
            return template.format(n=r.randint(1, 5), h=r.choice(["7", "8", "9"]), p=r.choice(PLACES))

        def sentences(lo: int, hi: int) -> str:
            return " ".join(r.choice(SENTENCES) for _ in range(r.randint(lo, hi)))

        self.goals = ["Jeg vil " + fill(r.choice(GOAL_VERBS)) + r.choice(GOAL_TAILS) + "." for _ in range(size)]
        self.rationales = [sentences(0, 2) for _ in range(size)]
        self.agreements = [
            r.choice(FIRST) + " " + fill(r.choice(ACTIONS)) + r.choice(WHEN) + "." for _ in range(size)
        ]
        self.notes = [sentences(0, 6) for _ in range(size)]
        self.long_notes = [sentences(6, 14) for _ in range(64)]
        self.decisions = [sentences(0, 2) for _ in range(size)]
        self.observations = [
            f"{r.choice(FIRST)} {r.choice(OBSERVED)}. " + sentences(0, 1) for _ in range(size)
        ]
        self.reading_notes = [""] * (size * 3) + [sentences(1, 1) for _ in range(size)]
        self.overall = ["Jeg vil " + fill(r.choice(GOAL_VERBS)) + r.choice(GOAL_TAILS) + "." for _ in range(size)]
        self.values = [sentences(1, 2) for _ in range(size)]

    def pick(self, pool: Sequence[str]) -> str:
        return pool[int(self.rng.random() * len(pool))]


# -- writing ------------------------------------------------------------------
def _literal(value: Any) -> str:
    v = to_sql(value)
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def insert_sql(conn: sqlite3.Connection, model: type[Record], cols: Sequence[str]) -> str:
    """INSERT for `cols` (bound); every other column gets the model's default as a literal.

    Fails if the table lacks one of `cols`, or has a required field the
    generator does not fill: the generator must follow the models.
    """
    table = model.__table__
    have = [str(r[1]) for r in conn.execute(f"PRAGMA table_info([{table}])")]
    missing = [c for c in cols if c not in have]
    if missing:
        raise RuntimeError(f"bench generator: table {table} has no column(s) {missing}")
    rest: list[tuple[str, str]] = []
    for col in have:
        if col in cols or col == "id":
            continue
        info = model.model_fields.get(col)
        if info is None:
            rest.append((col, "NULL"))  # a column the model no longer has
        elif info.is_required():
            raise RuntimeError(f"bench generator: {table}.{col} is required; add it to the generator")
        else:
            rest.append((col, _literal(info.get_default(call_default_factory=True))))
    names = ", ".join(f"[{c}]" for c in [*cols, *(c for c, _ in rest)])
    values = ", ".join(["?"] * len(cols) + [lit for _, lit in rest])
    return f"INSERT INTO [{table}] ({names}) VALUES ({values})"


def spread(total: int, n: int, rng: random.Random, lo: float = 0.4, hi: float = 1.6) -> list[int]:
    """`total` split over `n` buckets, unevenly but deterministically; sums exactly."""
    if n <= 0:
        return []
    weights = [rng.uniform(lo, hi) for _ in range(n)]
    s = sum(weights)
    counts = [int(total * w / s) for w in weights]
    short = total - sum(counts)
    for i in range(short):
        counts[i % n] += 1
    return counts


def generate(path: Path, *, scale: float = 1.0, seed: int = 8, quiet: bool = False) -> Meta:
    """Write the synthetic database to `path` (replacing it) and return its `Meta`."""
    t0 = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", ".json"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()
    Store(path, user="bench").close()  # the app makes the schema

    rng = random.Random(seed)
    r = rng.random
    tx = Texts(rng)
    n = {k: max(1, round(v * scale)) for k, v in BASE.items()}
    n_cit = max(2, n["citizens"])
    factor = 1.0 if scale >= 0.05 else scale * 20  # the big case at full size from 1/20 up
    big = {k: max(1, round(v * factor)) for k, v in BIG.items()}
    big["goals"] = min(big["goals"], max(1, n["goals"] // 2))
    days = [(FIRST_DAY + timedelta(days=i)).isoformat() for i in range((TODAY - FIRST_DAY).days + 180)]
    n_past = (TODAY - FIRST_DAY).days

    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-200000")
    conn.execute("PRAGMA temp_store=MEMORY")
    counts: dict[str, int] = {}

    def put(model: type[Record], cols: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        sql = insert_sql(conn, model, cols)
        before = conn.total_changes
        conn.execute("BEGIN")
        conn.executemany(sql, rows)
        conn.execute("COMMIT")
        counts[model.__table__] = counts.get(model.__table__, 0) + conn.total_changes - before

    def log(msg: str) -> None:
        if not quiet:
            print(f"  {time.perf_counter() - t0:6.1f} s  {msg}", file=sys.stderr)

    # citizens, plans (one each), participants -----------------------------
    names = [f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 + i // len(FIRST)) % len(LAST)]}" for i in range(n_cit)]
    rng.shuffle(names)
    names[0] = "Nanna Kildegaard Bench"

    def created(i: int) -> str:
        return days[i * 97 % n_past] + "T09:00:00"

    put(Citizen, ["id", "name", "values", "strengths", "created_at"],
        ((i + 1, names[i], tx.pick(tx.values), tx.pick(tx.values), created(i)) for i in range(n_cit)))
    put(Plan, ["id", "citizen_id", "plan_type", "overall_goal", "goal_level", "start_date", "made_with_citizen"],
        ((i + 1, i + 1, PLAN_TYPES[i % len(PLAN_TYPES)], tx.pick(tx.overall), "trade", days[i * 97 % n_past], 1)
         for i in range(n_cit)))
    # participants: the citizen, then 2-5 others; plan_parts[plan] = (first id, count)
    plan_parts: list[tuple[int, int]] = [(0, 0)] * (n_cit + 1)
    part_rows: list[tuple[Any, ...]] = []
    pid = 0
    for plan in range(1, n_cit + 1):
        k = 6 if plan == 1 else 2 + int(r() * 4)
        plan_parts[plan] = (pid + 1, k + 1)
        pid += 1
        part_rows.append((pid, plan, names[plan - 1], "citizen", ""))
        for j in range(k):
            pid += 1
            part_rows.append((pid, plan, f"{FIRST[int(r() * len(FIRST))]} {LAST[int(r() * len(LAST))]}",
                              ROLES_OTHER[j % len(ROLES_OTHER)], ORGS[int(r() * len(ORGS))]))
    put(Participant, ["id", "plan_id", "name", "role", "organisation"], part_rows)
    del part_rows
    log(f"{n_cit} citizens, {pid} participants")

    def a_part(plan: int) -> int:
        first, k = plan_parts[plan]
        return first + int(r() * k)

    # goals ------------------------------------------------------------------
    goals_per = [big["goals"]] + spread(n["goals"] - big["goals"], n_cit - 1, rng)
    goal_plan: list[int] = [0]  # goal id -> plan id
    plan_goals: list[tuple[int, int]] = [(0, 0)] * (n_cit + 1)
    for plan, k in enumerate(goals_per, start=1):
        plan_goals[plan] = (len(goal_plan), k)
        goal_plan.extend([plan] * k)
    n_goals = len(goal_plan) - 1

    def goal_rows() -> Iterator[tuple[Any, ...]]:
        for gid in range(1, n_goals + 1):
            plan = goal_plan[gid]
            first, _ = plan_goals[plan]
            start = int(r() * (n_past - 200))
            status = "active" if r() < 0.7 else ("achieved" if r() < 0.7 else "paused")
            yield (gid, plan, GOAL_KEYS[gid % 4], tx.pick(tx.goals), tx.pick(tx.rationales),
                   days[start], days[start + 180], status, gid - first, int(r() < 0.1))

    put(Goal, ["id", "plan_id", "area", "text", "rationale", "start_date", "end_date", "status", "position",
               "private"], goal_rows())
    put(GoalRevision, ["goal_id", "text", "rationale", "replaced_at", "reason"],
        ((gid, tx.pick(tx.goals), "", days[int(r() * n_past)] + "T10:00:00", "Omformuleret på mødet.")
         for gid in range(1, n_goals + 1) if gid % 10 == 3))
    log(f"{n_goals} goals")

    # meetings, agenda, meeting participants --------------------------------------
    meetings_per = [big["meetings"]] + spread(n["meetings"] - big["meetings"], n_cit - 1, rng)
    plan_meetings: list[tuple[int, int]] = [(0, 0)] * (n_cit + 1)
    meeting_plan: list[int] = [0]
    for plan, k in enumerate(meetings_per, start=1):
        plan_meetings[plan] = (len(meeting_plan), k)
        meeting_plan.extend([plan] * k)
    n_meet = len(meeting_plan) - 1
    long_meeting = plan_meetings[1][0] + plan_meetings[1][1] - 1
    meeting_day: list[int] = [0] * (n_meet + 1)

    def meeting_rows() -> Iterator[tuple[Any, ...]]:
        for plan in range(1, n_cit + 1):
            first, k = plan_meetings[plan]
            step = max(1, (n_past - 30) // max(k, 1))
            day = int(r() * 30)
            for j in range(k):
                mid = first + j
                last = j == k - 1
                if mid == long_meeting:
                    day = n_past
                    status = "open"
                elif last and r() < 0.5:
                    day = n_past + 14 + int(r() * 60)
                    status = "planned"
                else:
                    status = "closed"
                meeting_day[mid] = day
                closed_at = days[day] + "T11:30:00" if status == "closed" else None
                nxt = days[min(day + step, len(days) - 1)] if status == "closed" else None
                kind = MEETING_KINDS[int(r() * 5)]  # drawn for every meeting, so the stream stays the same
                if mid == long_meeting:
                    kind = LONG_MEETING_KIND
                yield (mid, plan, kind, days[day], "10:00", "Mødelokale 2, Rådhuset", status, nxt, closed_at)
                day = min(day + step, n_past - 1)

    put(Meeting, ["id", "plan_id", "kind", "date", "time", "place", "status", "next_meeting_date", "closed_at"],
        meeting_rows())

    def agenda_rows() -> Iterator[tuple[Any, ...]]:
        for mid in range(1, n_meet + 1):
            if mid == long_meeting:
                for pos in range(big["long_items"]):
                    yield (mid, pos, AGENDA_TITLES[pos % 8] + f" ({pos + 1})", AGENDA_PARTS[pos % 8],
                           tx.pick(tx.long_notes), tx.pick(tx.decisions), int(pos < big["long_items"] // 2))
                continue
            closed = meeting_day[mid] < n_past
            for pos in range(3 + int(r() * 4)):
                yield (mid, pos, AGENDA_TITLES[pos], AGENDA_PARTS[pos],
                       tx.pick(tx.notes) if closed else "", tx.pick(tx.decisions) if closed else "", int(closed))

    put(AgendaItem, ["meeting_id", "position", "title", "part", "notes", "decisions", "done"], agenda_rows())

    def meeting_part_rows() -> Iterator[tuple[int, int]]:
        for mid in range(1, n_meet + 1):
            first, k = plan_parts[meeting_plan[mid]]
            for j in range(k if mid == long_meeting else min(k, 2 + int(r() * 3))):
                yield (mid, first + j)

    put(MeetingParticipant, ["meeting_id", "participant_id"], meeting_part_rows())
    log(f"{n_meet} meetings")

    def a_meeting(plan: int) -> int | None:
        first, k = plan_meetings[plan]
        return first + int(r() * k) if k else None

    def a_goal(plan: int) -> int | None:
        first, k = plan_goals[plan]
        return first + int(r() * k) if k else None

    # agreements and their events ---------------------------------------------------
    agreements_per = [big["agreements"]] + spread(n["agreements"] - big["agreements"], n_cit - 1, rng)
    events: list[tuple[Any, ...]] = []

    def agreement_rows() -> Iterator[tuple[Any, ...]]:
        aid = 0
        for plan, k in enumerate(agreements_per, start=1):
            for pos in range(k):
                aid += 1
                mid = a_meeting(plan)
                day = meeting_day[mid] if mid else int(r() * n_past)
                due = days[min(day + 14 + int(r() * 40), len(days) - 1)]
                what = tx.pick(tx.agreements)
                x = r()
                status = "done" if x < 0.6 else ("open" if x < 0.9 else "cancelled")
                reason = REASONS[aid % 4] if status == "cancelled" else ""
                done_at = days[min(day + 10, len(days) - 1)] if status == "done" else None
                at = days[day] + "T10:30:00"
                events.append((aid, mid, at, "created", "", what, None, due, ""))
                if status != "open":
                    events.append((aid, None, days[min(day + 20, len(days) - 1)] + "T10:40:00",
                                   status, "", "", None, None, reason))
                yield (aid, plan, a_part(plan), what, due, pos, status, reason, a_goal(plan), mid,
                       at, done_at, int(r() < 0.05))

    put(Agreement, ["id", "plan_id", "who_id", "what", "due_date", "position", "status", "cancel_reason",
                    "goal_id", "meeting_id", "created_at", "done_at", "private"], agreement_rows())
    put(AgreementEvent, ["agreement_id", "meeting_id", "at", "decision", "old_what", "new_what", "old_due",
                         "new_due", "reason"], events)
    log(f"{len(agreements_per) and sum(agreements_per)} agreements, {len(events)} events")
    del events

    # scale readings and observations (per goal) -------------------------------------
    readings_per = [big["readings"] // big["goals"]] * big["goals"]
    readings_per[0] += big["readings"] - sum(readings_per)
    readings_per += spread(n["readings"] - big["readings"], n_goals - big["goals"], rng)

    def reading_rows() -> Iterator[tuple[Any, ...]]:
        for gid in range(1, n_goals + 1):
            plan = goal_plan[gid]
            k = readings_per[gid - 1]
            score = 2 + int(r() * 4)
            step = max(1, (n_past - 1) // max(k, 1))
            day = int(r() * step)
            for _ in range(k):
                pid_ = a_part(plan) if r() < 0.6 else None
                score = min(10, max(1, score + int(r() * 3) - 1))
                yield (gid, a_meeting(plan), pid_, days[min(day, n_past)], score, tx.pick(tx.reading_notes))
                day += step

    put(ScaleReading, ["goal_id", "meeting_id", "participant_id", "date", "score", "note"], reading_rows())
    log(f"{sum(readings_per)} readings")

    obs_per = spread(n["observations"], n_goals, rng)

    def observation_rows() -> Iterator[tuple[Any, ...]]:
        for gid in range(1, n_goals + 1):
            plan = goal_plan[gid]
            for _ in range(obs_per[gid - 1]):
                yield (gid, days[int(r() * n_past)], tx.pick(tx.observations), "Personalet", a_part(plan),
                       int(r() < 0.1))

    put(Observation, ["goal_id", "date", "text", "observer", "participant_id", "private"], observation_rows())
    log(f"{sum(obs_per)} observations")

    conn.execute("BEGIN")
    search_index.rebuild(wrap(conn))  # what the store keeps in step on every write: search index, sort keys
    conn.execute("COMMIT")
    log("search index")

    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    meta = Meta(scale=scale, seed=seed, big_citizen_id=1, long_meeting_id=long_meeting,
                search_name=names[1], counts=counts, seconds=round(time.perf_counter() - t0, 2))
    Path(str(path) + ".json").write_text(json.dumps(asdict(meta), indent=1), encoding="utf-8")
    log(f"done: {path} ({path.stat().st_size / 2**20:.0f} MiB)")
    return meta


def load_meta(path: Path) -> Meta | None:
    """The `Meta` written beside a generated file, or None."""
    p = Path(str(path) + ".json")
    if not p.exists() or not path.exists():
        return None
    return Meta(**json.loads(p.read_text(encoding="utf-8")))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="fraction of the full size (default 1.0)")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    meta = generate(args.out, scale=args.scale, seed=args.seed)
    print(f"{args.out}: {meta.counts} in {meta.seconds} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
