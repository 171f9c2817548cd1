"""Demo data after the shelter: every outcome present, in plausible proportions."""

from __future__ import annotations

import datetime as _dt
from collections import Counter

from shelter_app import compensation, demo, due
from shelter_app.db import compensation as compensation_db
from shelter_app.db import followups as followups_db
from shelter_app.db import non_punishment as np_db
from shelter_app.db import referrals as referrals_db


def test_demo_has_follow_ups_claims_non_punishment_and_referrals_of_every_kind(director):
    today = _dt.date(2026, 11, 1)
    counts = demo.generate(director, 400, seed=3, today=today)
    conn = director.db.conn
    results = Counter(r for _rid, r in followups_db.return_facts(conn, "2000-01-01", "2100-01-01"))
    assert set(results) == {"reached_stable", "reached_at_risk", "retrafficking_indicated", "not_reached"}
    assert results["reached_stable"] > results["reached_at_risk"] > results["retrafficking_indicated"]
    stages = Counter(s for _r, s, _a in compensation_db.return_facts(conn, "2000-01-01", "2100-01-01"))
    assert stages["claimed"] > stages["awarded"] > 0 and stages["paid"] > 0
    outcomes = Counter(o for _r, _t, o in referrals_db.return_facts(conn, "2000-01-01", "2100-01-01"))
    assert set(outcomes) == {"pending", "accepted", "completed", "rejected"}
    assert outcomes["completed"] == max(outcomes.values())
    assert counts["follow_ups"] > 0 and counts["claims"] > 0
    kinds = Counter(i.kind for i in due.items(director, today=today))
    assert kinds["follow_up"] > 0 and kinds["referral"] > 0 and kinds["compensation"] > 0
    assert compensation.awarded_unpaid(director, today)
    # Services by a named organisation are referrals (and still services).
    assert conn.execute("SELECT count(*) FROM services WHERE provider <> 'in_house'").fetchone()[0] == \
        conn.execute("SELECT count(*) FROM referrals WHERE service_id IS NOT NULL").fetchone()[0]
    # The few residents prosecuted have their offence, and most an outcome.
    suspects = conn.execute("SELECT id, offence_type FROM legal_cases WHERE resident_role IN ('suspect', 'defendant')").fetchall()
    assert suspects and all(offence for _id, offence in suspects)
    assert np_db.return_facts(conn, "2000-01-01", "2100-01-01")
