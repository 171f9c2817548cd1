"""`verify`: the database's integrity, the cipher's page checks and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from shelter_app.db import audit as audit_db
from shelter_app.i18n import translate
from shelter_app.permissions import Permission
from shelter_app.session import Session


@dataclass
class Report:
    integrity: list[str] = field(default_factory=list)
    broken_entry: tuple[int, str] | None = None
    entries: int = 0

    @property
    def ok(self) -> bool:
        return not self.integrity and self.broken_entry is None

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
        else:
            out.append(translate("Verify", "Audit log: ok ({n} entries)").format(n=self.entries))
        return out


def verify(session: Session) -> Report:
    session.require(Permission.VIEW_AUDIT)
    conn = session.db.conn
    report = Report()
    report.integrity = session.db.integrity_problems()
    report.broken_entry = audit_db.first_broken(conn)
    report.entries = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with session.transaction():
        session.audit("verified", "database", "", {"ok": report.ok})
    return report
