"""What comes up: plan reviews and court hearings."""

from __future__ import annotations

# The next review of an active plan: the last review's next date, or 30 days
# after approval when no review has been held yet.
REVIEWS_DUE = """
SELECT p.id AS plan_id, r.id AS resident_id, r.case_number, r.full_name, p.version,
       coalesce((SELECT pr.next_review_date FROM plan_reviews pr WHERE pr.plan_id = p.id
                 ORDER BY pr.review_date DESC, pr.id DESC LIMIT 1),
                date(p.approved_on, '+30 days')) AS due_date
FROM plans p JOIN residents r ON r.id = p.resident_id
WHERE p.status = 'active'
"""

HEARINGS_DUE = """
SELECT c.id AS case_id, r.id AS resident_id, r.case_number, r.full_name, c.case_ref, c.cc_article,
       e.next_hearing_date AS due_date
FROM legal_events e JOIN legal_cases c ON c.id = e.case_id JOIN residents r ON r.id = c.resident_id
WHERE e.next_hearing_date IS NOT NULL
  AND e.id = (SELECT e2.id FROM legal_events e2 WHERE e2.case_id = e.case_id
              ORDER BY e2.date DESC, e2.id DESC LIMIT 1)
"""


def reviews_due(conn, until: str):
    return [dict(r) for r in conn.execute(
        f"SELECT * FROM ({REVIEWS_DUE}) WHERE due_date IS NOT NULL AND due_date <= ? ORDER BY due_date", (until,))]


def hearings_due(conn, start: str, until: str):
    return [dict(r) for r in conn.execute(
        f"SELECT * FROM ({HEARINGS_DUE}) WHERE due_date BETWEEN ? AND ? ORDER BY due_date", (start, until))]
