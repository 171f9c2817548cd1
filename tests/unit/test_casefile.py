"""The case file as a social worker and a director use it: notes with the
24-hour window and restricted confidentiality, attachments inside the
encrypted database, identity documents, contacts, the key worker."""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import os
import tempfile
from pathlib import Path

import pytest

from shelter_app import audit, casefile, residents
from shelter_app.errors import PermissionDenied, ShelterError, ValidationError


def _note(**over):
    data = {"noted_at": "2025-03-01 10:30", "kind": "contact", "text": "Позвонила сестре, всё спокойно."}
    data.update(over)
    return data


def _actions(session, case_number):
    return [e.action for e in audit.entries(session, audit.Filters(record_id=case_number))]


# --- notes -------------------------------------------------------------------------------

def test_restricted_note_is_seen_only_by_author_and_directors(login, make_resident):
    sam = login("sam")
    person = residents.create(sam, make_resident())
    casefile.add_note(sam, person["id"], _note(text="Disclosed abuse by the recruiter", confidentiality="restricted"))
    casefile.add_note(sam, person["id"], _note(text="Went to the market", kind="observation"))
    assert [n["text"] for n in casefile.notes(sam, person["id"])] == ["Went to the market",
                                                                     "Disclosed abuse by the recruiter"] or \
        {n["text"] for n in casefile.notes(sam, person["id"])} == {"Went to the market",
                                                                    "Disclosed abuse by the recruiter"}
    dina = login("dina")
    assert any(n["text"] == "Disclosed abuse by the recruiter" for n in casefile.notes(dina, person["id"]))
    # Another social worker sees that a restricted note exists, never its text.
    from shelter_app import accounts
    accounts.add_account(dina, "olga", "Olga Other", "social_worker", "other-social-pass-1")
    dina.close()
    other = accounts.open_session(dina.path, "olga", "other-social-pass-1")
    try:
        seen = casefile.notes(other, person["id"])
        restricted = [n for n in seen if n["confidentiality"] == "restricted"]
        assert len(restricted) == 1 and restricted[0]["hidden"] and restricted[0]["text"] == ""
        assert "recruiter" not in repr(seen)
        # Searching never reveals it either.
        assert casefile.notes(other, person["id"], search="recruiter") == []
        with pytest.raises(PermissionDenied):
            casefile.annotate_note(other, restricted[0]["id"], "I read it")
    finally:
        other.close()


def test_lawyer_does_not_read_case_notes(login, make_resident):
    sam = login("sam")
    person = residents.create(sam, make_resident())
    casefile.add_note(sam, person["id"], _note())
    lena = login("lena")
    with pytest.raises(PermissionDenied):
        casefile.notes(lena, person["id"])


def test_note_editable_24_hours_then_only_annotated(login, make_resident, monkeypatch):
    sam = login("sam")
    person = residents.create(sam, make_resident())
    note = casefile.add_note(sam, person["id"], _note(text="First version"))
    casefile.update_note(sam, note["id"], {"text": "Second version"})
    assert casefile.notes(sam, person["id"])[0]["text"] == "Second version"
    assert casefile.notes(sam, person["id"])[0]["editable"]
    later = _dt.datetime.now(_dt.timezone.utc) + _dt.timedelta(hours=24, minutes=1)
    monkeypatch.setattr(casefile, "_utcnow", lambda: later)
    assert not casefile.notes(sam, person["id"])[0]["editable"]
    with pytest.raises(ShelterError, match="24 hours"):
        casefile.update_note(sam, note["id"], {"text": "Third version"})
    casefile.annotate_note(sam, note["id"], "Correction: it was her cousin, not her sister.")
    shown = casefile.notes(sam, person["id"])[0]
    assert shown["text"] == "Second version"
    assert shown["annotations"][0]["text"].startswith("Correction")
    assert {"case_note_added", "case_note_changed", "case_note_annotated"} <= set(
        _actions(login("dina"), person["case_number"]))


def test_only_the_author_edits_a_note(login, make_resident):
    sam = login("sam")
    person = residents.create(sam, make_resident())
    note = casefile.add_note(sam, person["id"], _note())
    dina = login("dina")
    with pytest.raises(PermissionDenied):
        casefile.update_note(dina, note["id"], {"text": "changed by someone else"})


def test_note_search_folds_cyrillic_case_and_reads_annotations(login, make_resident):
    sam = login("sam")
    person = residents.create(sam, make_resident())
    casefile.add_note(sam, person["id"], _note(text="Встреча с АДВОКАТОМ в суде"))
    other = casefile.add_note(sam, person["id"], _note(text="Ужин", kind="observation"))
    casefile.annotate_note(sam, other["id"], "позже: жалоба на головную боль")
    assert [n["text"] for n in casefile.notes(sam, person["id"], search="адвокатом")] == ["Встреча с АДВОКАТОМ в суде"]
    assert [n["text"] for n in casefile.notes(sam, person["id"], search="ГОЛОВНУЮ")] == ["Ужин"]
    assert casefile.notes(sam, person["id"], search="nothing-like-this") == []


def test_bad_note_names_the_fields(login, make_resident):
    sam = login("sam")
    person = residents.create(sam, make_resident())
    with pytest.raises(ValidationError) as err:
        casefile.add_note(sam, person["id"], {"noted_at": "31.02.2025 10:00", "kind": "gossip", "text": ""})
    assert set(err.value.problems) == {"noted_at", "kind", "text"}
    assert casefile.notes(sam, person["id"]) == []


# --- attachments ----------------------------------------------------------------------

PNG = (b"\x89PNG\r\n\x1a\n" + b"\x00" * 8)


def test_attachment_bytes_come_back_identical_in_chunks(login, make_resident):
    sam = login("sam")
    person = residents.create(sam, make_resident())
    payload = os.urandom(3 * 1024 * 1024 + 17)
    row = casefile.add_attachment(sam, person["id"], io.BytesIO(b"%PDF-1.7\n" + payload), file_name="consent.pdf",
                                  title="Consent form", kind="consent_form", date="2025-02-01")
    assert row["media_type"] == "application/pdf"
    assert row["size"] == len(payload) + 9
    chunks = list(casefile.read_chunks(sam, row["id"]))
    assert len(chunks) == 4 and max(len(c) for c in chunks) <= 1024 * 1024
    assert hashlib.sha256(b"".join(chunks)).hexdigest() == hashlib.sha256(b"%PDF-1.7\n" + payload).hexdigest()
    listed = casefile.attachments(sam, person["id"])
    assert [(a["title"], a["kind"]) for a in listed] == [("Consent form", "consent_form")]


def test_attachment_over_25_mb_is_refused_and_nothing_is_written(login, make_resident):
    sam = login("sam")
    person = residents.create(sam, make_resident())

    class Endless(io.RawIOBase):
        def read(self, n=-1):
            return b"\x00" * (n if n and n > 0 else 65536)

    with pytest.raises(ShelterError, match="25 MB"):
        casefile.add_attachment(sam, person["id"], Endless(), file_name="huge.tif")
    assert casefile.attachments(sam, person["id"]) == []
    assert sam.db.query_one("SELECT count(*) FROM attachment_chunks")[0] == 0


def test_attachment_file_exactly_25_mb_is_accepted(login, make_resident, tmp_path):
    sam = login("sam")
    person = residents.create(sam, make_resident())
    path = tmp_path / "scan.jpg"
    path.write_bytes(b"\xff\xd8\xff" + b"\x01" * (casefile.MAX_ATTACHMENT - 3))
    row = casefile.add_attachment_file(sam, person["id"], path, kind="identity_document", title="Passport scan")
    assert row["size"] == casefile.MAX_ATTACHMENT and row["media_type"] == "image/jpeg"
    big = tmp_path / "big.jpg"
    big.write_bytes(b"\x00" * (casefile.MAX_ATTACHMENT + 1))
    with pytest.raises(ShelterError, match="25 MB"):
        casefile.add_attachment_file(sam, person["id"], big)


def _temp_folders():
    folders = {Path(tempfile.gettempdir()), Path("/tmp"), Path("/var/tmp")}
    for var in ("TMPDIR", "TEMP", "TMP"):
        if os.environ.get(var):
            folders.add(Path(os.environ[var]))
    return [f for f in folders if f.is_dir()]


def _files(folders):
    seen = set()
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            seen.update(os.path.join(root, name) for name in files)
    return seen


def _holding(paths, marker: bytes):
    found = []
    for path in paths:
        try:
            if marker in Path(path).read_bytes():
                found.append(path)
        except OSError:
            pass  # another process's file, gone again
    return found


def test_no_file_appears_in_any_temp_folder_while_attaching_viewing_and_thumbnailing(login, make_resident,
                                                                                   tmp_path, monkeypatch):
    """Every temp folder a library could use is pointed at an empty folder of
    our own, which must stay empty; the machine's temp folders (shared with
    other processes) must gain no file holding the attachment's bytes."""
    private = tmp_path / "private-temp"
    private.mkdir()
    for var in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(var, str(private))
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    sam = login("sam")
    person = residents.create(sam, make_resident())
    source = tmp_path / "source" / "passport.pdf"
    source.parent.mkdir()
    marker = os.urandom(32).hex().encode()
    source.write_bytes(b"%PDF-1.4\n" + marker + os.urandom(2 * 1024 * 1024))
    shared = _temp_folders() + [sam.path.parent, Path(os.environ["SHELTER_APP_HOME"])]
    before = _files(shared)
    row = casefile.add_attachment_file(sam, person["id"], source, title="Passport", kind="identity_document")
    _, data = casefile.open_attachment(sam, row["id"])
    casefile.store_thumbnail(sam, row["id"], PNG, 1)
    assert casefile.thumbnail(sam, row["id"]) == (PNG, 1)
    assert list(private.iterdir()) == []
    new = _files(shared) - before
    assert _holding(new, marker) == []
    assert {Path(p).name for p in new if Path(p).parent == sam.path.parent} <= {"shelter.db-wal", "shelter.db-shm"}
    # The bytes are inside the encrypted database, nowhere readable on disk.
    assert _holding([p for p in _files([sam.path.parent])], marker) == []
    assert data.startswith(b"%PDF-1.4\n" + marker)


def test_save_copy_writes_identical_bytes_and_is_audited(login, make_resident, tmp_path):
    sam = login("sam")
    person = residents.create(sam, make_resident())
    payload = b"\xff\xd8\xff" + os.urandom(1500000)
    row = casefile.add_attachment(sam, person["id"], io.BytesIO(payload), file_name="photo.jpg", kind="photo")
    out = tmp_path / "out" / "copy.jpg"
    out.parent.mkdir()
    assert casefile.save_copy(sam, row["id"], out) == len(payload)
    assert out.read_bytes() == payload
    assert sorted(os.listdir(out.parent)) == ["copy.jpg"]
    assert "attachment_saved" in _actions(login("dina"), person["case_number"])


def test_damaged_attachment_is_reported_not_returned(login, make_resident):
    sam = login("sam")
    person = residents.create(sam, make_resident())
    row = casefile.add_attachment(sam, person["id"], io.BytesIO(b"%PDF-1.4 hello" * 1000), file_name="a.pdf")
    sam.db.execute("UPDATE attachment_chunks SET data = zeroblob(10) WHERE attachment_id = ?", (row["id"],))
    with pytest.raises(ShelterError, match="damaged"):
        casefile.open_attachment(sam, row["id"])


def test_lawyer_sees_legal_papers_only_and_may_add_them(login, make_resident):
    sam = login("sam")
    person = residents.create(sam, make_resident())
    casefile.add_attachment(sam, person["id"], io.BytesIO(b"%PDF-1.4 med"), file_name="m.pdf", kind="medical")
    casefile.add_attachment(sam, person["id"], io.BytesIO(b"%PDF-1.4 court"), file_name="c.pdf", kind="legal")
    lena = login("lena")
    assert [a["kind"] for a in casefile.attachments(lena, person["id"])] == ["legal"]
    casefile.add_attachment(lena, person["id"], io.BytesIO(b"%PDF-1.4 ruling"), file_name="r.pdf", kind="legal")
    with pytest.raises(PermissionDenied):
        casefile.add_attachment(lena, person["id"], io.BytesIO(b"%PDF-1.4 x"), file_name="x.pdf", kind="medical")


def test_attachments_removed_with_retention_delete(login, make_resident):
    from shelter_app import retention

    dina = login("dina")
    person = residents.create(dina, make_resident(registration_date="2015-01-01"))
    casefile.add_attachment(dina, person["id"], io.BytesIO(b"%PDF-1.4" + b"x" * 3000000), file_name="a.pdf")
    casefile.store_thumbnail(dina, casefile.attachments(dina, person["id"])[0]["id"], PNG)
    retention.delete(dina, [person["id"]])
    for table in ("attachments", "attachment_chunks", "attachment_thumbnails"):
        assert dina.db.query_one(f"SELECT count(*) FROM {table}")[0] == 0


def test_attachment_anonymized_by_retention(login, make_resident):
    from shelter_app import retention

    dina = login("dina")
    person = residents.create(dina, make_resident(registration_date="2015-01-01"))
    casefile.add_attachment(dina, person["id"], io.BytesIO(b"%PDF-1.4 passport"), file_name="a.pdf")
    casefile.save_contact(dina, person["id"], {"name": "Мать", "phone": "+996 555 000 000"})
    casefile.add_note(dina, person["id"], _note(text="Names the trafficker"))
    retention.anonymize(dina, [person["id"]])
    assert dina.db.query_one("SELECT count(*) FROM attachment_chunks")[0] == 0
    assert dina.db.query_one("SELECT count(*) FROM contacts")[0] == 0
    assert dina.db.query_one("SELECT text FROM case_notes")[0] == ""


def test_attachments_in_backup_restore_bytes_identical(login, make_resident, tmp_path, database):
    from shelter_app import accounts, backup

    dina = login("dina")
    person = residents.create(dina, make_resident())
    payload = b"%PDF-1.5\n" + os.urandom(5 * 1024 * 1024)
    row = casefile.add_attachment(dina, person["id"], io.BytesIO(payload), file_name="court.pdf", kind="legal")
    out = tmp_path / "backups"
    out.mkdir()
    result = backup.create(dina, out / "b.shelterbackup")
    dina.close()
    target = tmp_path / "restored" / "shelter.db"
    backup.restore(result.path, target, username="dina", password=database.passwords["dina"])
    restored = accounts.open_session(target, "dina", database.passwords["dina"])
    try:
        assert b"".join(casefile.read_chunks(restored, row["id"])) == payload
    finally:
        restored.close()


def test_attachments_listed_in_the_residents_own_record(login, make_resident):
    from pypdf import PdfReader

    from shelter_app import subject_access

    dina = login("dina")
    person = residents.create(dina, make_resident())
    casefile.add_attachment(dina, person["id"], io.BytesIO(b"%PDF-1.4" + os.urandom(200000)),
                            file_name="consent.pdf", title="Signed consent form", kind="consent_form",
                            date="2025-02-03")
    pdf = subject_access.print_pdf(dina, person["id"], "en")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Signed consent form" in text
    assert len(pdf) < 150000  # listed, not dumped


# --- identity documents and contacts ----------------------------------------------------

def test_documents_and_contacts(login, make_resident):
    sam = login("sam")
    person = residents.create(sam, make_resident())
    doc_id = casefile.save_document(sam, person["id"], {"document_type": "passport", "number": "AC1234567",
                                                        "issuing_country": "kg", "expiry_date": "2031-05-01",
                                                        "holder": "employer_trafficker"})
    casefile.save_document(sam, person["id"], {"document_type": "passport", "number": "AC1234567",
                                               "issuing_country": "KG", "expiry_date": "2031-05-01",
                                               "holder": "police", "replacement_requested_on": "2025-03-01"},
                           doc_id)
    (doc,) = casefile.documents(sam, person["id"])
    assert (doc["holder"], doc["issuing_country"], doc["replacement_requested_on"]) == ("police", "KG", "2025-03-01")
    with pytest.raises(ValidationError) as err:
        casefile.save_document(sam, person["id"], {"document_type": "visa", "holder": "friend"})
    assert set(err.value.problems) == {"document_type", "holder"}
    casefile.save_contact(sam, person["id"], {"name": "Бакыт (брат)", "relation": "brother",
                                              "phone": "+996 700 111 222", "safe_to_contact": "no"})
    (contact,) = casefile.contacts(sam, person["id"])
    assert contact["safe_to_contact"] == "no"
    note = casefile.add_note(sam, person["id"], _note(contact_id=contact["id"]))
    shown = casefile.notes(sam, person["id"])[0]
    assert (shown["contact_name"], shown["contact_safe"]) == ("Бакыт (брат)", "no")
    other = residents.create(sam, make_resident(full_name="Другой Человек"))
    with pytest.raises(ValidationError):
        casefile.add_note(sam, other["id"], _note(contact_id=contact["id"]))
    assert note["contact_id"] == contact["id"]


# --- key worker -------------------------------------------------------------------------

def test_key_worker_and_my_residents(login, make_resident):
    sam = login("sam")
    mine = residents.create(sam, make_resident(key_worker="sam"))
    residents.create(sam, make_resident(full_name="Чужой Человек", key_worker="dina"))
    residents.create(sam, make_resident(full_name="Никто Ничей"))
    assert residents.search(sam, key_worker="sam") == [mine["id"]]
    rows = residents.register_rows(sam, [mine["id"]])
    assert rows[mine["id"]]["key_worker_name"] == "Sam Social"
    with pytest.raises(ValidationError):
        residents.update(sam, mine["id"], {"key_worker": "nobody"})
    residents.update(sam, mine["id"], {"key_worker": "dina"})
    assert residents.search(sam, key_worker="sam") == []
