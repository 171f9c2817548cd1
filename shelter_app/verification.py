"""`verify`: the database's integrity, the cipher's page checks, the audit
chain, and the roles (the role column against the signed certificates)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from shelter_app import anchors, certificates
from shelter_app.db import accounts as accounts_db
from shelter_app.db import audit as audit_db
from shelter_app.errors import ShelterError
from shelter_app.i18n import translate
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session


@dataclass
class Report:
    integrity: list[str] = field(default_factory=list)
    broken_entry: tuple[int, str] | None = None
    entries: int = 0
    # (account, role column, role of the certificate or None)
    role_mismatches: list[tuple[str, str, str | None]] = field(default_factory=list)
    anchor_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (not self.integrity and self.broken_entry is None and not self.role_mismatches
                and not self.anchor_problems)

    def lines(self) -> list[str]:
        out = []
        if self.integrity:
            out.append(translate("Verify", "Database integrity: FAILED"))
            out.extend(f"  {p}" for p in self.integrity[:50])
        else:
            out.append(translate("Verify", "Database integrity: ok"))
            out.append(translate("Verify", "Encryption (page authentication): ok"))
        if self.broken_entry:
            entry, why = self.broken_entry
            reason = {"removed": translate("Verify", "removed"), "altered": translate("Verify", "altered"),
                      "link": translate("Verify", "altered or an entry before it removed")}[why]
            out.append(translate("Verify", "Audit log: FAILED — first broken entry: #{entry} ({reason})")
                       .format(entry=entry, reason=reason))
        elif not self.anchor_problems:
            out.append(translate("Verify", "Audit log: ok ({n} entries)").format(n=self.entries))
        out.extend(self.anchor_problems)
        if self.role_mismatches:
            for name, column, cert in self.role_mismatches:
                if cert is None:
                    out.append(translate("Verify", "Roles: FAILED — {account} has no valid role certificate "
                                                   "(the accounts table says {column})").format(
                        account=name, column=column))
                else:
                    out.append(translate("Verify", "Roles: FAILED — the accounts table says {account} is {column}, "
                                                   "the signed certificate says {certificate}").format(
                        account=name, column=column, certificate=cert))
        else:
            out.append(translate("Verify", "Roles: ok (each matches its signed certificate)"))
        return out


def role_mismatches(session: Session) -> list[tuple[str, str, str | None]]:
    conn = session.db.conn
    if not certificates.certified(conn, session.key_file):
        return []
    roles = certificates.roles(conn, session.key_file)
    return [(r["username"], r["role"], roles.get(r["username"])) for r in accounts_db.list_all(conn)
            if roles.get(r["username"]) != r["role"]]


def anchor_problems(session: Session, against: Path | str | None = None) -> list[str]:
    """The signed heads (the key file's, and an outside copy's) the chain does not extend."""
    found = anchors.check(session, session.key_file.anchors, "key file")
    if against is not None:
        outside = anchors.anchors_in_file(against)
        if not any(h.get("database_id") == session.key_file.database_id for h in outside):
            raise ShelterError("{path} is a copy of another database: there is nothing to compare.",
                               path=str(against))
        found += anchors.check(session, outside, Path(against).name)
    return [c.message() for c in found]


def verify(session: Session, against: Path | str | None = None) -> Report:
    session.require(Permission.VIEW_AUDIT)
    conn = session.db.conn
    report = Report()
    report.anchor_problems = anchor_problems(session, against)
    report.integrity = session.db.integrity_problems()
    report.broken_entry = audit_db.first_broken(conn)
    report.entries = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    report.role_mismatches = role_mismatches(session)
    with session.transaction():
        session.audit(Action.VERIFIED, "database", "", {"ok": report.ok})
    return report
