"""Migration 0011 from every earlier schema: services given by a named
organisation become referrals (the services log keeps them), and the old
non-punishment "raised" flag becomes an outcome."""

from __future__ import annotations

import os

import pytest

from shelter_app.db import migrate

NUMBER = 11
EARLIER = [n for n, _, _ in migrate.available() if n < NUMBER]


def _old_database(tmp_path, start):
    import sqlcipher3

    from shelter_app.db.connection import Database, _raw_key_literal
    from shelter_app.db.lockfile import ProcessLock

    path = tmp_path / "old.db"
    key = os.urandom(32)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.set_key(_raw_key_literal(key))
    Database._configure(conn)
    old = Database(path, conn, ProcessLock(tmp_path / "old.lock"))
    assert migrate.upgrade(old, target=start) == start
    return path, key, old


@pytest.mark.parametrize("start", EARLIER)
def test_named_providers_become_referrals_and_raised_flags_become_outcomes(tmp_path, start):
    from shelter_app.db.connection import Database

    path, key, old = _old_database(tmp_path, start)
    c = old.conn
    for rid, name in ((1, "Кадырова Назира"), (2, "Токтосунова Айпери")):
        c.execute("INSERT INTO residents (id, case_number, full_name, sex, citizenship, registration_date,"
                  " referral_source, primary_exploitation, exploitation_country, created_at, updated_at) VALUES"
                  " (?, ?, ?, 'female', 'KG', '2024-05-01', 'ngo', 'forced_labour', 'KZ', 'x', 'x')",
                  (rid, f"2024-000{rid}", name))
    services = [  # (resident, date, type, provider, referral_status)
        (1, "2024-05-02", "psychological", "in_house", None),
        (1, "2024-05-03", "medical", "Городская больница №4", None),
        (1, "2024-05-10", "medical", " Городская больница №4 ", "received"),
        (2, "2024-06-01", "humanitarian", "Красный Полумесяц", "declined"),
        (2, "2024-06-02", "legal_consultation", "Адилет", "referred"),
    ]
    for rid, date, kind, provider, status in services:
        c.execute("INSERT INTO services (resident_id, date, service_type, provider, staff, referral_status, notes,"
                  " created_at) VALUES (?, ?, ?, ?, 'sam', ?, 'n', '2024-06-03T00:00:00Z')",
                  (rid, date, kind, provider, status))
    for cid, role, raised in ((1, "suspect", 1), (2, "defendant", 0), (3, "victim", None), (4, "suspect", None)):
        c.execute("INSERT INTO legal_cases (id, resident_id, case_ref, cc_article, resident_role,"
                  " non_punishment_raised, created_at) VALUES (?, 2, ?, 'other', ?, ?, '2024-07-01T10:00:00Z')",
                  (cid, f"C-{cid}", role, raised))
    c.execute("INSERT INTO legal_events (case_id, date, stage) VALUES (1, '2024-06-20', 'complaint_filed')")
    old.close()

    db = Database.open(path, key)
    try:
        assert db.schema_version == migrate.latest()
        q = db.conn.execute
        orgs = {r[0]: r[1] for r in q("SELECT name, organisation_type FROM organisations")}
        assert orgs == {"Городская больница №4": "other", "Красный Полумесяц": "other", "Адилет": "other"}
        rows = q("SELECT r.resident_id, r.date, r.reason, g.name, r.service_id,"
                 " (SELECT outcome FROM referral_outcomes o WHERE o.referral_id = r.id) FROM referrals r"
                 " JOIN organisations g ON g.id = r.organisation_id ORDER BY r.id").fetchall()
        assert [tuple(r) for r in rows] == [
            (1, "2024-05-03", "medical", "Городская больница №4", 2, "pending"),
            (1, "2024-05-10", "medical", "Городская больница №4", 3, "completed"),
            (2, "2024-06-01", "humanitarian", "Красный Полумесяц", 4, "rejected"),
            (2, "2024-06-02", "legal_consultation", "Адилет", 5, "pending"),
        ]
        # The services log still has every service.
        assert q("SELECT count(*) FROM services").fetchone()[0] == 5
        outcomes = [tuple(r) for r in q("SELECT case_id, date, outcome FROM non_punishment_outcomes ORDER BY case_id")]
        assert outcomes == [(1, "2024-06-20", "raised_pending"), (2, "2024-07-01", "not_raised")]
        # An outcome recorded on a migrated referral shows in the services log's status.
        from shelter_app.db import referrals as referrals_db

        referrals_db.add_outcome(db.conn, 1, "2024-05-20", "completed", "", "sam", "2024-05-20T00:00:00Z")
        assert q("SELECT referral_status FROM services WHERE id = 2").fetchone()[0] == "received"
        assert db.integrity_problems() == []
    finally:
        db.close()

