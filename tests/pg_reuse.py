"""One PostgreSQL database per worker and kind, put back as it was made after every test.

Creating a database from a template and dropping it cost the server ~0.3-0.4 s CPU per
test (~0.3 s wall); 240 tests paid it. Putting the rows back costs ~0.05 s. A test's
database is therefore leased (`Lease`) and, when the test ends, given back:

1. every other connection to it is ended (a Store a test left open, a thread's, a
   facilitator's login), so no session-level state (LISTEN, advisory locks, temporary
   tables, prepared statements) survives;
2. its catalogue is compared with the one it was made with (`FINGERPRINT_SQL`: tables,
   columns, defaults, constraints, indexes, triggers and whether they are enabled,
   functions, grants, schemas, extensions, policies, rules, sequences' settings, the
   database's own settings and rights, large objects, prepared transactions). Any
   difference -- a test that disabled a trigger, added a column, granted a right -- and
   the database is dropped: the next test gets a new copy of the template;
3. otherwise, in one transaction, every table is emptied (DELETE, the audit log's
   delete trigger disabled for it and enabled again in the same transaction), the
   template's rows are copied back (COPY, binary, in their original order) and every
   sequence is set to where the template's stood: ids restart where a new copy's would.

tests/store/test_pg_reuse.py proves it: a test that writes and the next test on the same
database, in both orders, and a changed schema that leads to a new copy.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FINGERPRINT_SQL = r"""
WITH ns AS (
  SELECT oid, nspname FROM pg_namespace
  WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\_toast%'
    AND nspname NOT LIKE 'pg\_temp\_%'
)
SELECT count(*), md5(string_agg(x, E'\n' ORDER BY x)) FROM (
  SELECT concat_ws(' ', 'schema', nspname, pg_get_userbyid(n.nspowner), n.nspacl::text)
    FROM pg_namespace n WHERE n.oid IN (SELECT oid FROM ns)
  UNION ALL
  SELECT concat_ws(' ', 'rel', ns.nspname, c.relname, c.relkind, c.relpersistence, pg_get_userbyid(c.relowner),
                   c.relacl::text, c.reloptions::text, c.relrowsecurity, c.relforcerowsecurity, c.relreplident)
    FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
  UNION ALL
  SELECT concat_ws(' ', 'col', ns.nspname, c.relname, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod),
                   a.attnotnull, a.attidentity, a.attgenerated, a.attisdropped, a.attcollation::regcollation::text,
                   a.attacl::text, pg_get_expr(d.adbin, d.adrelid))
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN ns ON ns.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0
  UNION ALL
  SELECT concat_ws(' ', 'constraint', ns.nspname, co.conrelid::regclass::text, co.conname, pg_get_constraintdef(co.oid),
                   co.condeferrable, co.condeferred, co.convalidated)
    FROM pg_constraint co JOIN ns ON ns.oid = co.connamespace
  UNION ALL
  SELECT concat_ws(' ', 'index', pg_get_indexdef(i.indexrelid), i.indisvalid, i.indisready, i.indisclustered)
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN ns ON ns.oid = c.relnamespace
  UNION ALL
  SELECT concat_ws(' ', 'trigger', pg_get_triggerdef(t.oid), t.tgenabled)
    FROM pg_trigger t WHERE NOT t.tgisinternal
  UNION ALL
  SELECT concat_ws(' ', 'function', ns.nspname, p.proname, pg_get_function_identity_arguments(p.oid), md5(p.prosrc),
                   pg_get_userbyid(p.proowner), p.proacl::text, p.prosecdef, p.proconfig::text, p.provolatile)
    FROM pg_proc p JOIN ns ON ns.oid = p.pronamespace
  UNION ALL
  SELECT concat_ws(' ', 'type', ns.nspname, t.typname, t.typtype) FROM pg_type t JOIN ns ON ns.oid = t.typnamespace
  UNION ALL
  SELECT concat_ws(' ', 'extension', e.extname, e.extversion, e.extnamespace::regnamespace::text) FROM pg_extension e
  UNION ALL
  SELECT concat_ws(' ', 'policy', po.polrelid::regclass::text, po.polname, po.polcmd, po.polpermissive, po.polroles::text,
                   pg_get_expr(po.polqual, po.polrelid), pg_get_expr(po.polwithcheck, po.polrelid))
    FROM pg_policy po
  UNION ALL
  SELECT concat_ws(' ', 'rule', r.rulename, pg_get_ruledef(r.oid), r.ev_enabled)
    FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN ns ON ns.oid = c.relnamespace
  UNION ALL
  SELECT concat_ws(' ', 'sequence', s.seqrelid::regclass::text, s.seqtypid::regtype::text, s.seqstart, s.seqincrement,
                   s.seqmax, s.seqmin, s.seqcache, s.seqcycle)
    FROM pg_sequence s
  UNION ALL
  SELECT concat_ws(' ', 'default_acl', pg_get_userbyid(d.defaclrole), d.defaclnamespace::regnamespace::text,
                   d.defaclobjtype, d.defaclacl::text)
    FROM pg_default_acl d
  UNION ALL
  SELECT concat_ws(' ', 'comment', d.classoid::regclass::text, d.objsubid, md5(d.description))
    FROM pg_description d WHERE d.objoid >= 16384
  UNION ALL
  SELECT concat_ws(' ', 'statistics', s.stxname) FROM pg_statistic_ext s
  UNION ALL
  SELECT concat_ws(' ', 'publication', p.pubname) FROM pg_publication p
  UNION ALL
  SELECT concat_ws(' ', 'database', pg_get_userbyid(d.datdba), d.datacl::text, d.datallowconn, d.datconnlimit,
                   d.datistemplate, d.datcollate, d.datctype)
    FROM pg_database d WHERE d.datname = current_database()
  UNION ALL
  SELECT concat_ws(' ', 'setting', s.setrole::regrole::text, s.setconfig::text)
    FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = current_database()
  UNION ALL
  SELECT concat_ws(' ', 'large_object', l.oid::text) FROM pg_largeobject_metadata l
  UNION ALL
  SELECT concat_ws(' ', 'prepared_transaction', x.gid) FROM pg_prepared_xacts x WHERE x.database = current_database()
) AS everything(x)
"""
"""What a test could change in a database besides its rows, as one (count, md5) pair."""

_TERMINATE_SQL = (
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass
class Snapshot:
    """What a database held when it was made: its catalogue's fingerprint, its rows, its sequences."""

    fingerprint: tuple[Any, ...]
    tables: list[str]
    rows: dict[str, bytes]
    """Each table that has rows -> its rows in COPY's binary format, in the order they are stored."""
    sequences: list[tuple[str, int, bool]] = field(default_factory=list)
    """(qualified name, value, is_called): `setval`'s arguments that put each sequence back."""


def _ended_others(conn: Any) -> None:
    """End every other session on this database and wait until they are gone."""
    import time

    conn.execute(_TERMINATE_SQL)
    for _ in range(200):
        if not conn.execute("SELECT 1 FROM pg_stat_activity WHERE datname = current_database() "
                            "AND pid <> pg_backend_pid() AND backend_type = 'client backend'").fetchone():
            return
        time.sleep(0.01)
        conn.execute(_TERMINATE_SQL)
    raise RuntimeError("sessions on the test database would not end")


def take_snapshot(url: str) -> Snapshot:
    """Read what the database at `url` holds now (nobody else connected)."""
    import psycopg

    with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
        fingerprint = tuple(conn.execute(FINGERPRINT_SQL).fetchone() or ())
        tables = [str(r[0]) for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")]
        rows: dict[str, bytes] = {}
        for table in tables:
            if not conn.execute(f"SELECT EXISTS (SELECT 1 FROM {_quote(table)})").fetchone()[0]:  # type: ignore[index]
                continue
            data = bytearray()
            with conn.cursor().copy(f"COPY {_quote(table)} TO STDOUT (FORMAT binary)") as copy:
                for chunk in copy:
                    data += chunk
            rows[table] = bytes(data)
        sequences = [
            (f"{_quote(str(schema))}.{_quote(str(name))}",
             int(last if last is not None else start), last is not None)
            for schema, name, last, start in conn.execute(
                "SELECT schemaname, sequencename, last_value, start_value FROM pg_sequences ORDER BY 1, 2")
        ]
    return Snapshot(fingerprint, tables, rows, sequences)


def put_back(url: str, snapshot: Snapshot) -> bool:
    """Make the database at `url` hold what `snapshot` holds again.

    False when its catalogue is no longer the snapshot's (the caller drops it and makes a
    new copy); the rows are then left as they are.
    """
    import psycopg

    with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
        _ended_others(conn)
        if tuple(conn.execute(FINGERPRINT_SQL).fetchone() or ()) != snapshot.fingerprint:
            return False
        guarded = [str(r[0]) for r in conn.execute(
            "SELECT quote_ident(c.relname) || ' DISABLE TRIGGER ' || quote_ident(t.tgname) "
            "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND (t.tgtype & 8) <> 0")]  # ON DELETE
        with conn.transaction():
            conn.execute("SET CONSTRAINTS ALL DEFERRED")
            for clause in guarded:
                conn.execute(f"ALTER TABLE {clause}")
            for table in snapshot.tables:
                conn.execute(f"DELETE FROM {_quote(table)}")
            for clause in guarded:
                conn.execute(f"ALTER TABLE {clause.replace(' DISABLE TRIGGER ', ' ENABLE TRIGGER ', 1)}")
            with conn.cursor() as cur:
                for table, data in snapshot.rows.items():
                    with cur.copy(f"COPY {_quote(table)} FROM STDIN (FORMAT binary)") as copy:
                        copy.write(data)
                for name, value, called in snapshot.sequences:
                    cur.execute("SELECT setval(%s::regclass, %s, %s)", (name, value, called))
        return tuple(conn.execute(FINGERPRINT_SQL).fetchone() or ()) == snapshot.fingerprint
