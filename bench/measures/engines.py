"""Many writers on one database, SQLite and PostgreSQL side by side: writes/s and p99 per write.

    .venv/bin/python -m bench.run --only engines [--pg URL] [--writers 4,8,16] [--writes 60]

Each writer is a thread with a `Store` of its own (as each facilitator's app has
one), writing a fixed count of notes through the Store API (one use case, one
transaction, an audit row each) on five shared citizens' plans; they start
together. Per engine and writer count: writes per second over the whole run
(all writes / the wall time from start to the last commit), the median, p99 and
max time of one write (call to return, waiting for the lock included), and how
many were refused busy (`StoreBusy`, after the busy timeout).

SQLite: a new file in a temporary folder. PostgreSQL: a new database
`rundbord_bench` on the server of `--pg` (or `$RUNDBORD_TEST_PG`; a role that
may create databases), dropped afterwards. Figures depend on the machine and its
load: the load average is printed and written with them.
"""
from __future__ import annotations

import os
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

CITIZENS = 5
SECTION = "## Writers on one database: SQLite and PostgreSQL side by side"


@dataclass(frozen=True)
class WriterRun:
    engine: str
    writers: int
    writes: int
    seconds: float
    median_ms: float
    p99_ms: float
    max_ms: float
    busy: int

    @property
    def per_second(self) -> float:
        return self.writes / self.seconds if self.seconds else 0.0


def _p99(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(0.99 * len(ordered))) - 1))]


@contextmanager
def sqlite_database() -> Iterator[str | Path]:
    with tempfile.TemporaryDirectory(prefix="rundbord-bench-") as folder:
        yield Path(folder) / "writers.db"


@contextmanager
def postgres_database(admin_url: str) -> Iterator[str | Path]:
    import psycopg

    name = "rundbord_bench"
    parts = urlsplit(admin_url)
    url = urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
        try:
            yield url
        finally:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def run_writers(engine: str, location: str | Path, writers: int, writes_each: int) -> WriterRun:
    """`writers` threads writing `writes_each` notes each on the database at `location` (made here)."""
    from store import Store, StoreBusy

    with Store(location, user="bench") as s:
        plans = []
        for n in range(CITIZENS):
            c = s.create_citizen(f"Skrivetest Borger {n}")
            plans.append(s.plan_of(c.id or 0).id or 0)
    times: list[float] = []
    busy = [0]
    lock = threading.Lock()
    ready = threading.Barrier(writers + 1)
    errors: list[BaseException] = []

    def writer(i: int) -> None:
        try:
            with Store(location, user=f"skriver{i}") as mine:
                mine.notes(plans[i % CITIZENS])  # opened and read, as an app on a plan
                ready.wait()
                mine_times: list[float] = []
                for k in range(writes_each):
                    t0 = time.perf_counter()
                    try:
                        mine.write_note(plans[(i + k) % CITIZENS], f"skriver {i} note {k}")
                    except StoreBusy:
                        with lock:
                            busy[0] += 1
                        continue
                    mine_times.append(time.perf_counter() - t0)
                with lock:
                    times.extend(mine_times)
        except BaseException as exc:  # noqa: BLE001 - reported after the run
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(writers)]
    for t in threads:
        t.start()
    ready.wait()
    start = time.perf_counter()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - start
    if errors:
        raise errors[0]
    ms = [t * 1000 for t in times]
    return WriterRun(engine, writers, len(times), seconds, statistics.median(ms), _p99(ms), max(ms), busy[0])


def measure(writer_counts: Sequence[int], writes_each: int, pg_url: str | None) -> list[WriterRun]:
    """Both engines (PostgreSQL only when a server URL is given), each writer count on a new database."""
    runs: list[WriterRun] = []
    engines: list[tuple[str, object]] = [("SQLite", sqlite_database)]
    if pg_url:
        engines.append(("PostgreSQL", lambda: postgres_database(pg_url)))
    for writers in writer_counts:
        for name, make in engines:
            with make() as location:  # type: ignore[operator]
                runs.append(run_writers(name, location, writers, writes_each))
    return runs


def table(runs: Sequence[WriterRun]) -> str:
    lines = ["| writers | engine | writes | writes/s | median (ms) | p99 (ms) | max (ms) | busy |",
             "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in runs:
        lines.append(f"| {r.writers} | {r.engine} | {r.writes} | {r.per_second:.0f} | {r.median_ms:.1f} | "
                     f"{r.p99_ms:.1f} | {r.max_ms:.1f} | {r.busy} |")
    return "\n".join(lines)


def section(runs: Sequence[WriterRun], *, writes_each: int, started: str, load_start: str, load_end: str,
            server: str) -> str:
    return f"""{SECTION}

Written by `python -m bench.run --only engines` ({started}, machine time); load average at the start
{load_start}, at the end {load_end}. Each writer is a thread with its own `Store` writing {writes_each} notes
(one use case, one transaction, one audit row each) on {CITIZENS} shared citizens' plans; a new database per
row. SQLite: WAL with `synchronous=NORMAL` (a commit does not wait for the disk; a checkpoint does).
PostgreSQL: {server}, on this machine (loopback).

{table(runs)}

"""


def write_section(path: Path, text: str) -> None:
    """Put `text` in `path` in place of an earlier such section (kept in the hand-written part of the file)."""
    from bench.report import ANALYSIS_MARK

    old = path.read_text(encoding="utf-8") if path.exists() else ANALYSIS_MARK + "\n"
    if SECTION in old:
        start = old.index(SECTION)
        end = old.find("\n## ", start + len(SECTION))
        old = old[:start] + (old[end + 1:] if end != -1 else "")
    if ANALYSIS_MARK in old:
        at = old.index(ANALYSIS_MARK) + len(ANALYSIS_MARK) + 1
        new = old[:at] + "\n" + text + old[at:]
    else:
        new = old.rstrip("\n") + "\n\n" + ANALYSIS_MARK + "\n\n" + text
    path.write_text(new, encoding="utf-8")


def main(argv_pg: str | None, writer_counts: Sequence[int], writes_each: int, results: Path | None) -> int:
    from bench.report import load_average
    from store.location import shown

    pg_url = argv_pg or os.environ.get("RUNDBORD_TEST_PG") or None
    load_start = load_average()
    started = time.strftime("%Y-%m-%d %H:%M")
    runs = measure(writer_counts, writes_each, pg_url)
    load_end = load_average()
    print(table(runs))
    print(f"\nload average at the start {load_start}, at the end {load_end}")
    if not pg_url:
        print("PostgreSQL not measured: give --pg URL or set $RUNDBORD_TEST_PG (.ci/postgres-up prints one).")
    if results is not None:
        server = "not measured"
        if pg_url:
            import psycopg

            with psycopg.connect(pg_url) as conn:
                def setting(name: str) -> str:
                    return str(conn.execute(f"SHOW {name}").fetchone()[0])  # type: ignore[index]

                server = (f"PostgreSQL {setting('server_version')} at {shown(pg_url)} (fsync {setting('fsync')}, "
                          f"synchronous_commit {setting('synchronous_commit')}: "
                          + ("the test cluster of `.ci/postgres-up`, which does not wait for the disk; a real "
                             "server does, and each commit then costs a disk flush"
                             if setting("fsync") == "off" else "each commit waits for the disk") + ")")
        write_section(results, section(runs, writes_each=writes_each, started=started, load_start=load_start,
                                       load_end=load_end, server=server))
        print(f"written to {results}")
    return 0
