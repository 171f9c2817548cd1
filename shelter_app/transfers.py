"""Moving a case to another shelter (case-transfer.md): organisation cards
and the sealed, signed transfer file.

File layout (`NAME.sheltertransfer`):

    b"shelter-transfer/1\\n"
    header: one line of JSON (format, sender code and fingerprint, recipient
            fingerprint, transfer id, created at — never the resident's name),
            then b"\\n"
    4-byte big-endian length, then the sealed payload key (JSON: the random
            AES-256 key sealed to the recipient's X25519 public key —
            ephemeral X25519 + HKDF + AES-256-GCM, as the key envelopes)
    12-byte nonce, then the payload: JSON encrypted with AES-256-GCM under
            that key, the header bytes as associated data
    64-byte Ed25519 signature by the sender's organisation key over every
            byte before it

Only a director sends or receives (Permission.TRANSFER_CASES and the
organisation's private keys, which only a director's session holds).

Other record kinds join a transfer through `register_section(name, export,
import_)`: `export(conn, resident_id) -> JSON-able` and `import_(conn,
new_resident_id, data, staff, now)`; the sender ticks the name in
`--include`. Sections `notes`, `attachments`, `safety` and `nrm` are the
names case-transfer.md uses for the case file's notes, attachments, risk and
safety plan, and NRM records: the parts of the app that keep those records
register them."""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from shelter_app import codes, organisation_keys
from shelter_app.db import keys as keys_db
from shelter_app.db import organisation as organisation_db
from shelter_app.db import organisations as organisations_db
from shelter_app.db import referrals as referrals_db
from shelter_app.db import residents as residents_db
from shelter_app.db import stays as stays_db
from shelter_app.db import transfers as transfers_db
from shelter_app.db.audit import now_utc
from shelter_app.errors import NotFound, ShelterError
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session
from shelter_app.validation import Problems, check_date

FORMAT = b"shelter-transfer/1"
CARD_FORMAT = "shelter-org-card/1"
SIGNATURE_BYTES = 64
PURPOSE = "case transfer payload key"
BUILT_IN = ("plan", "services", "legal")
SECTIONS: dict[str, tuple] = {}  # name -> (export, import_)


class TransferError(ShelterError):
    pass


def register_section(name: str, export, import_) -> None:
    SECTIONS[name] = (export, import_)


def _register_case_file() -> None:
    from shelter_app import transfer_sections

    transfer_sections.register(register_section)


_register_case_file()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# --- organisation cards --------------------------------------------------------------

def export_card(session: Session) -> dict:
    session.require(Permission.TRANSFER_CASES)
    card = organisation_keys.card(session)
    with session.transaction():
        session.audit(Action.ORG_CARD_EXPORTED, "organisation", card["code"], {"fingerprint": card["fingerprint"]})
    return card


def save_card(session: Session, path) -> dict:
    from shelter_app import atomic

    card = export_card(session)
    atomic.write_text(path, json.dumps(card, ensure_ascii=False, indent=2) + "\n")
    return card


def read_card(data) -> dict:
    """A card from a file's text or a dict, checked: format, code, both keys
    (32 bytes each) and a fingerprint that matches them."""
    try:
        card = json.loads(data) if isinstance(data, (str, bytes)) else dict(data)
        if card.get("format") != CARD_FORMAT:
            raise ValueError
        x = _unb64(card["x25519_public"])
        e = _unb64(card["ed25519_public"])
        code, name = str(card["code"]).strip(), str(card.get("name") or "").strip()
        if len(x) != 32 or len(e) != 32 or not code:
            raise ValueError
    except (ValueError, KeyError, TypeError, AttributeError):
        raise TransferError("This is not an organisation card of this app.") from None
    if keys_db.fingerprint(x, e) != card.get("fingerprint"):
        raise TransferError("The card's fingerprint does not match its keys: it was altered or damaged.")
    return {"code": code, "name": name or code, "x25519_public": x, "ed25519_public": e,
            "fingerprint": card["fingerprint"]}


def add_card(session: Session, data, *, fingerprint_checked: bool, organisation_type: str = "ngo") -> int:
    """Add another organisation's card to the directory (or the keys to its
    entry with the same code), once the fingerprint was read aloud by phone."""
    session.require(Permission.TRANSFER_CASES)
    card = read_card(data)
    if not fingerprint_checked:
        raise TransferError("Read the fingerprint aloud with the other organisation by phone and tick that you "
                              "did before adding the card.")
    own = organisation_keys.fingerprint_of(session)
    if own and own == card["fingerprint"]:
        raise TransferError("This is this organisation's own card.")
    conn = session.db.conn
    now = now_utc()
    with session.transaction():
        existing = organisations_db.by_code(conn, card["code"])
        fields = {"x25519_public": card["x25519_public"], "ed25519_public": card["ed25519_public"],
                  "fingerprint": card["fingerprint"], "fingerprint_checked_at": now}
        if existing is None:
            org_id = organisations_db.insert(conn, {"name": card["name"], "organisation_type": organisation_type,
                                                    "code": card["code"], **fields}, now)
        else:
            if existing.get("fingerprint") and existing["fingerprint"] != card["fingerprint"]:
                raise TransferError("The directory already holds another card for {code} (fingerprint "
                                      "{fingerprint}). Check with that organisation before replacing it.",
                                      code=card["code"], fingerprint=existing["fingerprint"])
            org_id = existing["id"]
            organisations_db.update(conn, org_id, fields, now)
        session.audit(Action.ORG_CARD_ADDED, "organisation", org_id,
                      {"code": card["code"], "fingerprint": card["fingerprint"]})
    return org_id


# --- sending ----------------------------------------------------------------------------

def _payload(conn, resident_id: int, include: set[str], step=None) -> dict:
    """What the file carries; step() after each part read (attachments can be large)."""
    step = step or (lambda: None)
    resident = residents_db.get(conn, resident_id)
    details = {k: v for k, v in resident.items() if k not in ("id", "created_at", "updated_at", "anonymized_at",
                                                               "name_key", "safety_notes")}
    if "safety" in include:
        details["safety_notes"] = resident.get("safety_notes") or ""
    out: dict = {"resident": details}
    step()
    if "plan" in include:
        out["plan"] = transfers_db.active_plan(conn, resident_id)
        step()
    if "services" in include:
        out["services"] = transfers_db.services(conn, resident_id)
        step()
    if "legal" in include:
        out["legal"] = transfers_db.legal(conn, resident_id)
        step()
    for name, (export, _import) in SECTIONS.items():
        if name in include:
            out[name] = export(conn, resident_id)
            step()
    return out


def _check_include(include) -> set[str]:
    chosen = {part.strip() for part in (include or []) if part and part.strip()}
    unknown = chosen - set(BUILT_IN) - set(SECTIONS)
    if unknown:
        raise TransferError("Cannot include {parts}: this app moves {known}.", parts=", ".join(sorted(unknown)),
                              known=", ".join(sorted(set(BUILT_IN) | set(SECTIONS))))
    return chosen


def _counter(progress, total: int):
    """step() reports one more of total to progress(done, total) (which may
    raise to stop: the caller sees to it that nothing is written then)."""
    done = [0]

    def step() -> None:
        done[0] += 1
        if progress is not None:
            progress(done[0], total)

    if progress is not None:
        progress(0, total)
    return step


def build(session: Session, resident_id: int, recipient_id: int, include, consent_date,
          progress=None) -> tuple[bytes, dict]:
    """The transfer file's bytes and what it holds (for the preview).
    progress(done, total): the parts read, then the sealing and signing."""
    session.require(Permission.TRANSFER_CASES)
    org_keys = organisation_keys.require(session)
    conn = session.db.conn
    resident = residents_db.get(conn, resident_id)
    if resident is None:
        raise NotFound("No resident with this id.")
    p = Problems()
    consent = check_date(p, {"consent_date": consent_date}, "consent_date", required=True)
    p.raise_if_any()
    recipient = organisations_db.get(conn, recipient_id)
    if recipient is None or not recipient.get("x25519_public") or not recipient.get("fingerprint_checked_at"):
        raise TransferError("Choose an organisation whose card is in the directory, with its fingerprint checked.")
    chosen = _check_include(include)
    own = organisation_db.get(conn)
    step = _counter(progress, 1 + len(chosen) + 1)
    payload = _payload(conn, resident_id, chosen, step)
    payload["sender"] = {"code": own["code"], "name": own["name"], "case_number": resident["case_number"]}
    payload["consent_date"] = consent
    plain = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8")
    transfer_id = str(uuid.uuid4())
    header = {"format": FORMAT.decode(), "sender_code": own["code"], "sender_fingerprint": org_keys.fingerprint,
              "recipient_fingerprint": recipient["fingerprint"], "transfer_id": transfer_id,
              "created_at": now_utc()}
    header_bytes = json.dumps(header, separators=(",", ":")).encode("ascii")
    key = AESGCM.generate_key(256)
    nonce = os.urandom(12)
    sealed = json.dumps(keys_db.seal_to_public(recipient["x25519_public"], key, PURPOSE)).encode("ascii")
    body = (FORMAT + b"\n" + header_bytes + b"\n" + len(sealed).to_bytes(4, "big") + sealed + nonce
            + AESGCM(key).encrypt(nonce, plain, header_bytes))
    data = body + org_keys.signing.sign(body)
    step()
    summary = {"transfer_id": transfer_id, "recipient": recipient["name"], "case_number": resident["case_number"],
               "include": sorted(chosen), "consent_date": consent, "bytes": len(data),
               "services": len(payload.get("services") or []), "legal_cases": len(payload.get("legal") or []),
               "plan": bool(payload.get("plan")), "sha256": hashlib.sha256(data).hexdigest()}
    return data, summary


def export(session: Session, resident_id: int, recipient_id: int, include, consent_date, path, *,
           close_stay: bool = False, progress=None) -> dict:
    """Write the file atomically; the sender keeps everything, gains a
    pending referral to the recipient and, if asked, the open stay closes
    with exit reason `transferred`. Audited with the transfer id and SHA-256.
    The file is written inside the transaction that records it: either both
    are done or neither. progress(done, total) as build's; it may raise to
    stop until the writing starts, and nothing is written then."""
    from shelter_app import atomic

    parts = [0]

    def counted(done: int, total: int) -> None:  # one more step than build's: the writing
        parts[0] = total
        progress(done, total + 1)

    data, summary = build(session, resident_id, recipient_id, include, consent_date,
                          counted if progress is not None else None)
    if progress is not None:
        progress(parts[0], parts[0] + 1)  # the last chance to stop: from here the file and its record are written
    conn = session.db.conn
    resident = residents_db.get(conn, resident_id)
    today = _dt.date.today().isoformat()
    with session.transaction():
        referral_id = referrals_db.insert(conn, resident_id, {
            "date": today, "organisation_id": recipient_id, "reason": "other", "consent_date": summary["consent_date"],
            "notes": "transfer " + summary["transfer_id"], "transfer_id": summary["transfer_id"],
            "staff": session.user.username}, now_utc())
        referrals_db.add_outcome(conn, referral_id, today, "pending", "", session.user.username, now_utc())
        stay = stays_db.open_stay(conn, resident_id)
        if close_stay and stay is not None:
            stays_db.discharge(conn, stay["id"], max(today, stay["intake_date"]), "transferred")
            session.audit(Action.STAY_DISCHARGED, "resident", resident["case_number"],
                          {"exit_date": today, "exit_reason": "transferred"})
        transfers_db.record(conn, summary["transfer_id"], "sent", resident_id, recipient_id, "",
                            summary["consent_date"], ",".join(summary["include"]), summary["sha256"], now_utc())
        session.audit(Action.TRANSFER_EXPORTED, "resident", resident["case_number"],
                      {"transfer_id": summary["transfer_id"], "sha256": summary["sha256"],
                       "recipient": summary["recipient"], "include": summary["include"],
                       "consent_date": summary["consent_date"], "stay_closed": bool(close_stay and stay)})
        # Written last, inside the transaction: if the write fails, nothing is recorded.
        atomic.write_bytes(Path(path), data)
    summary["referral_id"] = referral_id
    return summary


# --- receiving --------------------------------------------------------------------------

def _parse(data: bytes) -> tuple[dict, bytes, bytes, bytes, bytes, bytes]:
    """(header, header bytes, sealed key JSON, nonce, ciphertext, signed body) or a refusal."""
    first, sep, rest = data.partition(b"\n")
    if first != FORMAT or not sep:
        raise TransferError("This is not a case transfer file of a format this app knows.")
    header_bytes, sep, rest = rest.partition(b"\n")
    try:
        header = json.loads(header_bytes.decode("ascii"))
        if header.get("format") != FORMAT.decode() or not sep:
            raise ValueError
        for field in ("sender_code", "sender_fingerprint", "recipient_fingerprint", "transfer_id"):
            if not isinstance(header.get(field), str):
                raise ValueError  # noqa: TRY004 - caught below as "damaged header"
        size = int.from_bytes(rest[:4], "big")
        if len(rest) < 4 + size + 12 + 16 + SIGNATURE_BYTES:
            raise ValueError
    except (ValueError, UnicodeDecodeError):
        raise TransferError("The transfer file is damaged: its header cannot be read.") from None
    sealed = rest[4:4 + size]
    nonce = rest[4 + size:4 + size + 12]
    ciphertext = rest[4 + size + 12:-SIGNATURE_BYTES]
    return header, header_bytes, sealed, nonce, ciphertext, data[:-SIGNATURE_BYTES]


@dataclass(frozen=True)
class Received:
    """A transfer file read once, its signature checked and its payload
    decrypted: what preview shows is what import_file writes."""
    header: dict
    payload: dict
    sender: dict
    sha256: str


def open_file(session: Session, path) -> Received:
    """The file for this organisation, checked and opened, or a refusal
    naming why; nothing is written."""
    session.require(Permission.TRANSFER_CASES)
    org_keys = organisation_keys.require(session)
    data = Path(path).read_bytes()
    header, header_bytes, sealed, nonce, ciphertext, body = _parse(data)
    if header["recipient_fingerprint"] != org_keys.fingerprint:
        raise TransferError("This transfer is for another organisation (fingerprint {fingerprint}), not this one.",
                              fingerprint=header["recipient_fingerprint"])
    conn = session.db.conn
    sender = organisations_db.by_code(conn, header["sender_code"])
    if sender is None or not sender.get("ed25519_public") or sender.get("fingerprint") != header["sender_fingerprint"]:
        raise TransferError("The sender {code} is not in the directory with this card (fingerprint "
                              "{fingerprint}). Add their organisation card first, after checking the fingerprint "
                              "with them by phone.", code=header["sender_code"],
                              fingerprint=header["sender_fingerprint"])
    if not keys_db.verify_signature(sender["ed25519_public"], data[-SIGNATURE_BYTES:], body):
        raise TransferError("The transfer file was changed or damaged after it was signed: refused.")
    _refuse_if_received(conn, header)
    try:
        key = keys_db.open_sealed(org_keys.exchange, json.loads(sealed.decode("ascii")), PURPOSE)
        payload = json.loads(AESGCM(key).decrypt(nonce, ciphertext, header_bytes).decode("utf-8"))
        if not (isinstance(payload, dict) and isinstance(payload.get("resident"), dict)
                and isinstance(payload.get("sender"), dict)):
            raise ValueError
    except (InvalidTag, ValueError, ShelterError, UnicodeDecodeError):
        raise TransferError("The transfer file was changed or damaged after it was signed: refused.") from None
    return Received(header, payload, sender, hashlib.sha256(data).hexdigest())


def _refuse_if_received(conn, header: dict) -> None:
    if transfers_db.received(conn, header["transfer_id"]):
        raise TransferError("This transfer ({transfer_id}) was already imported.",
                              transfer_id=header["transfer_id"])


def _opened(session: Session, source) -> Received:
    return source if isinstance(source, Received) else open_file(session, source)


def preview(session: Session, source) -> dict:
    """What arrives, and residents already here who may be the same person.
    source: the file's path, or what open_file gave."""
    from shelter_app import residents

    received = _opened(session, source)
    header, payload, sender = received.header, received.payload, received.sender
    person = payload["resident"]
    dups = residents.possible_duplicates(session, {k: person.get(k) for k in ("full_name", "date_of_birth",
                                                                               "birth_year_estimated")})
    return {"transfer_id": header["transfer_id"], "sender": sender["name"], "sender_code": sender["code"],
            "their_case_number": payload["sender"]["case_number"], "full_name": person["full_name"],
            "date_of_birth": person.get("date_of_birth"), "consent_date": payload.get("consent_date"),
            "plan": bool(payload.get("plan")), "services": len(payload.get("services") or []),
            "legal_cases": len(payload.get("legal") or []),
            "sections": sorted(k for k in payload if k not in ("resident", "sender", "consent_date")),
            "possible_duplicates": [d["case_number"] for d in dups]}


def import_file(session: Session, source, progress=None) -> dict:
    """A new resident with a new case number, "transferred from ORG (their
    case number) on DATE", in one transaction, audited. source: the file's
    path, or what open_file gave (the file is then not read again).
    progress(done, total) after each part written; it may raise to stop, and
    the transaction then leaves nothing written."""
    received = _opened(session, source)
    header, payload, sender = received.header, received.payload, received.sender
    summary = preview(session, received)
    conn = session.db.conn
    now = now_utc()
    staff = session.user.username
    person = dict(payload["resident"])
    for field in ("sex", "referral_source", "primary_exploitation", "case_status", "nrm_status"):
        code_list = {"sex": codes.SEX, "referral_source": codes.REFERRAL_SOURCE,
                     "primary_exploitation": codes.EXPLOITATION, "case_status": codes.CASE_STATUS,
                     "nrm_status": codes.NRM_STATUS}[field]
        if person.get(field) not in code_list:
            raise TransferError("The transfer file holds a value this app does not know ({field}: {value}).",
                                  field=field, value=str(person.get(field)))
    person["case_status"] = "open"
    parts = [name for name in ("plan", "services", "legal") if payload.get(name)]
    sections = [(name, import_) for name, (_export, import_) in SECTIONS.items() if name in payload]
    step = _counter(progress, 1 + len(parts) + len(sections))
    with session.transaction():
        _refuse_if_received(conn, header)  # opened before: imported meanwhile?
        resident_id, case_number = transfers_db.insert_resident(conn, person, now)
        step()
        if payload.get("plan"):
            transfers_db.insert_plan(conn, resident_id, payload["plan"], staff, now)
            step()
        if payload.get("services"):
            transfers_db.insert_services(conn, resident_id, payload["services"], staff, now)
            step()
        if payload.get("legal"):
            transfers_db.insert_legal(conn, resident_id, payload["legal"], staff, now)
            step()
        for name, import_ in sections:
            import_(conn, resident_id, payload[name], staff, now)
            step()
        transfers_db.record(conn, header["transfer_id"], "received", resident_id, sender["id"],
                            payload["sender"]["case_number"], payload.get("consent_date"),
                            ",".join(summary["sections"]), received.sha256, now)
        session.audit(Action.RESIDENT_CREATED, "resident", case_number, {"transfer_id": header["transfer_id"]})
        session.audit(Action.TRANSFER_IMPORTED, "resident", case_number,
                      {"transfer_id": header["transfer_id"], "sender": sender["code"],
                       "sha256": received.sha256, "sections": summary["sections"]})
    summary.update({"resident_id": resident_id, "case_number": case_number})
    return summary


def origin_text(session: Session, resident_id: int, lang: str | None = None) -> str:
    """"Transferred from ORG (their case number) on DATE", or ""."""
    from shelter_app.i18n import format_date, translate

    session.require(Permission.VIEW_RESIDENTS)
    row = transfers_db.origin(session.db.conn, resident_id)
    if row is None:
        return ""
    return translate("Transfers", "Transferred from {organisation} (their case {case_number}) on {date}.",
                     lang).format(organisation=row["organisation_name"] or row["organisation_code"] or "",
                                  case_number=row["their_case_number"], date=format_date(row["created_at"][:10], lang))

