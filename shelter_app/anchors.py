"""The audit log's head, anchored outside the database (security.md, "Audit log").

Anyone holding the database key can cut the hash chain at its end or
recompute it whole. So the head — the last entry's number and hash — is
signed with the person's Ed25519 signing key at every sign-out and lock and
kept in the key file (`KeyFile.anchors`); every backup carries the signed head
at the time (in its key file), and every exported return carries one
(`signed_head(session)`, for the returns exporter's metadata).

`check()` tells whether the chain still extends each signed head it is
given: the head's entry is still at its position, with its hash. A truncated
tail or a recomputed chain is reported with the first missing (or differing)
position and the date of the anchor it contradicts.

API:
    signed_head(session) -> dict      # sign the current head now (also kept in the key file)
    check(session, anchors) -> list[Contradiction]
    anchors_in_file(path) -> list[dict]   # from a backup or a return's JSON metadata
"""

from __future__ import annotations

import base64
import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from shelter_app import paths
from shelter_app.db import anchors as anchors_db
from shelter_app.db import audit as audit_db
from shelter_app.db.audit import now_utc
from shelter_app.db.keys import raw_public, verify_signature
from shelter_app.errors import ShelterError
from shelter_app.session import CLOSE_HOOKS, RECOVERY_USER, Session

FORMAT = "shelter-audit-head/1"
_PREFIX = b"shelter-app audit head|"


def _message(head: dict) -> bytes:
    fields = {k: head[k] for k in ("format", "database_id", "entries", "hash", "at", "by", "public_key")}
    return _PREFIX + json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _signing_key(session: Session):
    if session.worker:
        return None
    keys = session.account_keys
    if keys is not None and keys.signing is not None and session.user.username != RECOVERY_USER:
        return keys.signing
    if session.organisation_keys is not None:
        return session.organisation_keys.signing
    return None


def current_head(conn) -> tuple[int, str]:
    return anchors_db.head(conn)


def _sign(session: Session) -> dict | None:
    key = _signing_key(session)
    if key is None:
        return None
    entries, digest = current_head(session.db.conn)
    head = {"format": FORMAT, "database_id": session.key_file.database_id, "entries": entries, "hash": digest,
            "at": now_utc(), "by": session.user.username,
            "public_key": base64.b64encode(raw_public(key.public_key())).decode("ascii")}
    head["signature"] = base64.b64encode(key.sign(_message(head))).decode("ascii")
    return head


def record(session: Session) -> dict | None:
    """Sign the current head and keep it in the key file (unless the newest
    anchor already names this head). Returns the signed head."""
    head = _sign(session)
    if head is None:
        return None
    kept = session.key_file.anchors
    if not kept or (kept[-1].get("entries"), kept[-1].get("hash")) != (head["entries"], head["hash"]):
        key_file = session.key_file.copy()
        key_file.anchors.append(head)
        key_file.save(paths.key_file_for(session.path))
        session.key_file = key_file
    return head


def signed_head(session: Session) -> dict:
    """The current head of the audit log, signed now by the signed-in person:
    for the metadata of an exported return (issue 13). Also kept in the key file."""
    head = record(session)
    if head is None:
        raise ShelterError("Your account has no signing key yet: sign out and in again.")
    return head


def _on_close(session: Session) -> None:
    # Sign-out and lock both close the session. A full disk here must not stop the sign-out.
    with contextlib.suppress(ShelterError, OSError):
        record(session)


CLOSE_HOOKS.append(_on_close)


@dataclass
class Contradiction:
    """The chain does not extend a signed head."""
    anchor_at: str       # when the head was signed (UTC text)
    anchor_by: str
    position: int        # the first missing or differing entry
    kind: str            # "missing" (truncated), "differs" (recomputed or altered), "forged" (bad signature)
    source: str = ""     # "key file", or the outside file's name

    def message(self, lang: str | None = None) -> str:
        from shelter_app.i18n import format_date, translate

        when = self.anchor_at[:10]
        with contextlib.suppress(ValueError):
            when = format_date(when, lang)
        if self.kind == "missing":
            text = translate("Security", "Audit log: FAILED — entry #{position} is missing: the log was cut after "
                                         "the head signed on {date} by {user}", lang)
        elif self.kind == "differs":
            text = translate("Security", "Audit log: FAILED — entry #{position} differs from the head signed on "
                                         "{date} by {user}: the log was rewritten", lang)
        else:
            text = translate("Security", "Audit log: a signed head dated {date} ({user}) has a wrong signature and "
                                         "was ignored", lang)
        return text.format(position=self.position, date=when, user=self.anchor_by)


def valid_signature(head: dict) -> bool:
    try:
        return head.get("format") == FORMAT and verify_signature(
            base64.b64decode(head["public_key"]), base64.b64decode(head["signature"]), _message(head))
    except (KeyError, TypeError, ValueError):
        return False


def check(session: Session, anchors: list[dict], source: str = "") -> list[Contradiction]:
    """Every signed head in `anchors` (of this database) that the chain does not extend."""
    conn = session.db.conn
    found = []
    last_id = current_head(conn)[0]
    for head in anchors:
        if head.get("database_id") != session.key_file.database_id:
            continue
        at, by = str(head.get("at", "")), str(head.get("by", ""))
        if not valid_signature(head):
            found.append(Contradiction(at, by, 0, "forged", source))
            continue
        position = int(head["entries"])
        if position == 0:
            continue
        stored = anchors_db.hash_at(conn, position)
        if stored is None:
            found.append(Contradiction(at, by, _first_missing(conn, position, at, last_id), "missing", source))
        elif stored != head["hash"]:
            found.append(Contradiction(at, by, _first_differing(conn, position, at), "differs", source))
    # One line per position: the oldest anchor that contradicts it.
    seen, unique = set(), []
    for c in sorted(found, key=lambda c: (c.position, c.anchor_at)):
        if (c.position, c.kind) not in seen:
            seen.add((c.position, c.kind))
            unique.append(c)
    return unique


def _written_after(conn, position: int, at: str) -> int | None:
    """The first entry up to `position` written after the head was signed:
    it cannot be one the head covered."""
    return anchors_db.first_written_after(conn, position, at)


def _first_missing(conn, position: int, at: str, last_id: int) -> int:
    later = _written_after(conn, position, at)
    return later if later is not None else min(last_id + 1, position)


def _first_differing(conn, position: int, at: str) -> int:
    """The first entry at or before `position` whose chain link does not
    hold or that was written after the head, else `position` itself."""
    candidates = [position]
    broken = audit_db.first_broken(conn)
    if broken is not None and broken[0] <= position:
        candidates.append(broken[0])
    later = _written_after(conn, position, at)
    if later is not None:
        candidates.append(later)
    return min(candidates)


def anchors_in_file(path: Path | str) -> list[dict]:
    """Signed heads carried by an outside copy: a backup (in its key file) or
    a return's JSON metadata (`audit_head`)."""
    from shelter_app import backup

    path = Path(path)
    try:
        with open(path, "rb") as fh:
            start = fh.read(len(backup.MAGIC))
    except OSError as exc:
        raise ShelterError("Could not read {path}: {reason}", path=str(path), reason=exc.strerror or str(exc)) \
            from None
    if start == backup.MAGIC:
        return list(backup.read_key_file(path).anchors)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        raise ShelterError("{path} is neither a backup nor a return's metadata with a signed audit head.",
                           path=str(path)) from None
    heads = []
    if isinstance(data, dict):
        if data.get("format") == FORMAT:
            heads.append(data)
        for key in ("audit_head", "audit_heads"):
            value = data.get(key)
            if isinstance(value, dict):
                heads.append(value)
            elif isinstance(value, list):
                heads.extend(v for v in value if isinstance(v, dict))
    if not heads:
        raise ShelterError("{path} is neither a backup nor a return's metadata with a signed audit head.",
                           path=str(path))
    return heads

