"""SQL for retention: who is due, and taking a record's identifying text out."""

from __future__ import annotations

_LAST_CONTACT = """
    SELECT r.id, r.case_number, r.full_name, r.registration_date, r.anonymized_at,
           (SELECT max(s.exit_date) FROM stays s WHERE s.resident_id = r.id) AS last_exit,
           EXISTS (SELECT 1 FROM stays s WHERE s.resident_id = r.id AND s.exit_date IS NULL) AS in_shelter,
           max(r.registration_date,
               coalesce((SELECT max(s.exit_date) FROM stays s WHERE s.resident_id = r.id), ''),
               coalesce((SELECT max(s.intake_date) FROM stays s WHERE s.resident_id = r.id), ''),
               coalesce((SELECT max(v.date) FROM services v WHERE v.resident_id = r.id), ''),
               coalesce((SELECT max(max(e.date), coalesce(max(e.next_hearing_date), ''))
                         FROM legal_events e JOIN legal_cases c ON c.id = e.case_id
                         WHERE c.resident_id = r.id), '')) AS last_contact
    FROM residents r
"""


def due(conn, cutoff: str, include_anonymized: bool = True) -> list[dict]:
    """Residents not in the shelter whose last contact (exit, service, legal
    event or hearing; registration when they never stayed) is before `cutoff`."""
    sql = (f"SELECT * FROM ({_LAST_CONTACT}) WHERE NOT in_shelter AND last_contact < ?"
           + ("" if include_anonymized else " AND anonymized_at IS NULL")
           + " ORDER BY last_contact, case_number")
    return [dict(r) for r in conn.execute(sql, (cutoff,))]


def last_contact(conn, resident_id: int) -> dict | None:
    row = conn.execute(f"SELECT * FROM ({_LAST_CONTACT}) WHERE id = ?", (resident_id,)).fetchone()
    return dict(row) if row else None


def anonymize(conn, resident_id: int, date_of_birth: str | None, now: str) -> None:
    """Names, identifiers and every free text of one resident's records out;
    the codes and dates the statistical return counts stay as they are."""
    conn.execute(
        "UPDATE residents SET full_name = case_number, external_id = NULL, safety_notes = '',"
        " nrm_identifying_body = NULL, date_of_birth = ?, anonymized_at = ?, updated_at = ? WHERE id = ?",
        (date_of_birth, now, now, resident_id))
    conn.execute("UPDATE stays SET room = '' WHERE resident_id = ?", (resident_id,))
    plans = "(SELECT id FROM plans WHERE resident_id = ?)"
    conn.execute("UPDATE plans SET resident_wishes = '' WHERE resident_id = ?", (resident_id,))
    conn.execute(f"UPDATE plan_needs SET assessment = '' WHERE plan_id IN {plans}", (resident_id,))
    conn.execute(f"UPDATE plan_goals SET goal = '', actions = '', responsible = '' WHERE plan_id IN {plans}",
                 (resident_id,))
    conn.execute(f"UPDATE plan_reviews SET progress = '' WHERE plan_id IN {plans}", (resident_id,))
    conn.execute("UPDATE services SET notes = '' WHERE resident_id = ?", (resident_id,))
    # A police or court number leads straight to the person: each case keeps
    # a distinct stand-in, so cases are still counted apart.
    conn.execute("UPDATE legal_cases SET case_ref = '#' || id, lawyer = '' WHERE resident_id = ?", (resident_id,))
    conn.execute("UPDATE legal_events SET notes = '' WHERE case_id IN"
                 " (SELECT id FROM legal_cases WHERE resident_id = ?)", (resident_id,))
    # After the shelter (migration 0011): free text out, codes, dates and amounts kept.
    conn.execute("UPDATE follow_ups SET actions = '' WHERE resident_id = ?", (resident_id,))
    conn.execute("UPDATE referrals SET contact_text = '', needs_text = '', documents_text = '', notes = ''"
                 " WHERE resident_id = ?", (resident_id,))
    conn.execute("UPDATE referral_outcomes SET reason = '' WHERE referral_id IN"
                 " (SELECT id FROM referrals WHERE resident_id = ?)", (resident_id,))
    conn.execute("UPDATE compensation_claims SET civil_case_ref = CASE WHEN separate_civil THEN '#' || id ELSE '' END,"
                 " notes = '' WHERE case_id IN (SELECT id FROM legal_cases WHERE resident_id = ?)", (resident_id,))
    from shelter_app.db import nrm as nrm_db

    nrm_db.anonymize(conn, resident_id)
    # The case file: scans, contacts and documents identify the person; notes keep their kind and date only.
    conn.execute("DELETE FROM attachments WHERE resident_id = ?", (resident_id,))
    conn.execute("DELETE FROM contacts WHERE resident_id = ?", (resident_id,))
    conn.execute("UPDATE identity_documents SET number = '', notes = '' WHERE resident_id = ?", (resident_id,))
    conn.execute("UPDATE case_notes SET text = '' WHERE resident_id = ?", (resident_id,))
    conn.execute("DELETE FROM case_note_annotations WHERE note_id IN"
                 " (SELECT id FROM case_notes WHERE resident_id = ?)", (resident_id,))
    conn.execute("UPDATE residents SET key_worker = NULL WHERE id = ?", (resident_id,))


def delete(conn, resident_id: int) -> None:
    conn.execute("DELETE FROM residents WHERE id = ?", (resident_id,))


def compact_search_index(conn) -> None:
    """Merge the name index so that removed names leave no trace in it."""
    conn.execute("INSERT INTO resident_search (resident_search) VALUES ('optimize')")
