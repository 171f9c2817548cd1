"""What an import found and did: every bad row (line, column, reason), the
warnings, the counts written or to be written, and the first rows as they
will be stored. Messages stay untranslated until shown, so the same report
reads in the person's language on a screen or in a terminal."""

from __future__ import annotations

from dataclasses import dataclass, field

from shelter_app import codes
from shelter_app.i18n import N_, field_label, format_date, translate

MAX_VALUE_SHOWN = 60


def _short(value):
    if isinstance(value, str) and len(value) > MAX_VALUE_SHOWN:
        return value[:MAX_VALUE_SHOWN] + "…"
    return value


@dataclass(frozen=True)
class Problem:
    """One finding. `context` is the translation context of `message`
    ("Import" for the importer's own words, "Errors" for field checks)."""

    line: int | None
    column: str | None          # the column's name in the file's header
    letter: str | None          # the spreadsheet column letter, A, B, ...
    message: str
    params: dict = field(default_factory=dict)
    context: str = "Import"

    def reason(self, lang: str | None = None) -> str:
        params = {k: _short(v) for k, v in self.params.items()}
        return translate(self.context, self.message, lang).format(**params)

    def where(self, lang: str | None = None) -> str:
        if self.line is None and not self.column:
            return translate("Import", "File", lang)
        if self.line is None:
            return translate("Import", "Column {letter} ({column})", lang).format(
                letter=self.letter or "?", column=self.column)
        if not self.column:
            return translate("Import", "Line {line}", lang).format(line=self.line)
        return translate("Import", "Line {line}, column {letter} ({column})", lang).format(
            line=self.line, letter=self.letter or "?", column=self.column)

    def text(self, lang: str | None = None) -> str:
        return f"{self.where(lang)}: {self.reason(lang)}"


# What each count is called, in the order a person reads them.
COUNT_LABELS = {
    "residents": N_("Import", "residents"),
    "stays": N_("Import", "stays"),
    "services": N_("Import", "services"),
    "legal_cases": N_("Import", "legal cases"),
    "legal_events": N_("Import", "legal case events"),
    "np_outcomes": N_("Import", "non-punishment outcomes"),
    "claims": N_("Import", "compensation claims"),
    "payments": N_("Import", "compensation payments"),
    "follow_ups": N_("Import", "follow-up contacts"),
    "referrals": N_("Import", "referrals"),
    "organisations": N_("Import", "organisations added to the directory"),
    "contacts": N_("Import", "contacts"),
    "identity_documents": N_("Import", "identity documents"),
}


@dataclass
class Report:
    kind: str
    file_name: str = ""
    sha256: str = ""
    format: str = ""
    encoding: str = ""
    delimiter: str = ""
    rows: int = 0                       # data rows in the file
    columns: list[str] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    new: dict[str, int] = field(default_factory=dict)        # what is (or would be) written
    existing: dict[str, int] = field(default_factory=dict)   # already in the database: left as it is
    preview_columns: list[str] = field(default_factory=list)
    preview: list[dict] = field(default_factory=list)        # the first rows as they will be stored
    written: bool = False
    dry_run: bool = True
    readings: dict = field(default_factory=dict)  # (column, cell) -> code, for cells that were a label

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def bad_lines(self) -> list[int]:
        return sorted({p.line for p in self.errors if p.line is not None})

    def error(self, line, column, letter, message, /, _context="Import", **params) -> None:
        self.errors.append(Problem(line, column, letter, message, params, _context))

    def warn(self, line, column, letter, message, /, _context="Import", **params) -> None:
        self.warnings.append(Problem(line, column, letter, message, params, _context))

    # --- for people -------------------------------------------------------------
    def counts_text(self, counts: dict[str, int], lang: str | None = None) -> str:
        parts = [translate("Import", "{count} {label}", lang).format(count=counts[key],
                                                                      label=translate("Import", label, lang))
                 for key, label in COUNT_LABELS.items() if key in counts]
        return ", ".join(parts) if parts else translate("Import", "nothing", lang)

    def summary(self, lang: str | None = None) -> list[str]:
        """The closing lines: what was (or would be) written and what was left."""
        lines = []
        if self.errors:
            lines.append(translate("Import", "Errors: {count}.", lang).format(count=len(self.errors)))
            if self.bad_lines:
                lines.append(translate("Import", "Rows with errors: {rows}.", lang).format(rows=len(self.bad_lines)))
            lines.append(translate("Import", "Nothing was written: correct the file and import it again.", lang))
            return lines
        if not any(self.new.values()):
            lines.append(translate("Import", "Nothing new to write: every row is already in the database.", lang))
        elif self.written:
            lines.append(translate("Import", "Written: {counts}.", lang).format(counts=self.counts_text(self.new, lang)))
        else:
            lines.append(translate("Import", "To be written: {counts}.", lang).format(
                counts=self.counts_text(self.new, lang)))
        if self.dry_run:
            lines.append(translate("Import", "This was a check only: nothing was written.", lang))
        if any(self.existing.values()):
            lines.append(translate("Import", "Already in the database, left unchanged: {counts}.", lang).format(
                counts=self.counts_text({k: v for k, v in self.existing.items() if v}, lang)))
        return lines

    def lines(self, lang: str | None = None) -> list[str]:
        """The whole report as a terminal prints it."""
        out = []
        fmt = {"csv": "CSV", "xlsx": "XLSX"}.get(self.format, self.format)
        if self.format == "csv":
            encoding = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "cp1251": "Windows-1251",
                        "utf-16": "UTF-16"}.get(self.encoding, self.encoding)
            separator = {"\t": translate("Import", "tab", lang)}.get(self.delimiter, self.delimiter)
            fmt = translate("Import", "CSV, {encoding}, separator {separator}", lang).format(
                encoding=encoding, separator=separator)
        out.append(translate("Import", "File: {name} ({format}), {rows} rows, kind: {kind}.", lang).format(
            name=self.file_name, format=fmt, rows=self.rows, kind=kind_label(self.kind, lang)))
        if self.sha256:
            out.append("SHA-256: " + self.sha256)
        if self.errors:
            out.append("")
            out.append(translate("Import", "Errors ({count}):", lang).format(count=len(self.errors)))
            out.extend("  " + p.text(lang) for p in self.errors)
        if self.warnings:
            out.append("")
            out.append(translate("Import", "Warnings ({count}):", lang).format(count=len(self.warnings)))
            out.extend("  " + p.text(lang) for p in self.warnings)
        out.append("")
        out.extend(self.summary(lang))
        return out


KIND_LABELS = {
    "residents": N_("Import", "Residents"),
    "services": N_("Import", "Services"),
    "legal": N_("Import", "Legal cases"),
    "followups": N_("Import", "Follow-up contacts"),
    "referrals": N_("Import", "Referrals"),
    "contacts": N_("Import", "Contacts"),
    "documents": N_("Import", "Identity documents"),
}


def kind_label(kind: str, lang: str | None = None) -> str:
    return translate("Import", KIND_LABELS.get(kind, kind), lang)


# How a stored value reads in the preview.
CODE_FIELDS = {
    "sex": codes.SEX, "referral_source": codes.REFERRAL_SOURCE, "primary_exploitation": codes.EXPLOITATION,
    "other_exploitation": codes.EXPLOITATION, "recruitment_channel": codes.RECRUITMENT_CHANNEL,
    "recruiter_relation": codes.RECRUITER_RELATION, "means_of_control": codes.MEANS_OF_CONTROL,
    "labour_sector": codes.LABOUR_SECTOR, "case_status": codes.CASE_STATUS, "nrm_status": codes.NRM_STATUS,
    "exit_reason": codes.EXIT_REASON, "service_type": codes.SERVICE_TYPE, "cc_article": codes.CC_ARTICLE,
    "resident_role": codes.RESIDENT_ROLE, "stage": codes.LEGAL_STAGE,
    "mode": codes.FOLLOW_UP_MODE, "result": codes.FOLLOW_UP_RESULT, "reason": codes.SERVICE_TYPE,
    "outcome": codes.REFERRAL_OUTCOME,
    "nrm_screening_result": codes.SCREENING_RESULT,
    "safe_to_contact": codes.SAFE_TO_CONTACT, "document_type": codes.DOCUMENT_TYPE, "holder": codes.DOCUMENT_HOLDER,
}
DATE_FIELDS = {"date_of_birth", "registration_date", "nrm_identified_date", "residence_permit_date",
               "asylum_date", "consent_data_processing", "intake_date", "exit_date", "date", "next_hearing_date",
               "planned_date", "actual_date", "nrm_screening_date", "expiry_date", "replacement_requested_on"}

PREVIEW_LABELS = {
    "status": N_("Import", "Will be"),
    "line": N_("Import", "Line"),
    "resident": N_("Import", "Resident"),
}
STATUS_LABELS = {
    "new": N_("Import", "added"),
    "existing": N_("Import", "left as it is"),
}


def column_title(column: str, lang: str | None = None) -> str:
    if column in PREVIEW_LABELS:
        return translate("Import", PREVIEW_LABELS[column], lang)
    return field_label(column, lang)


def display_value(column: str, value, lang: str | None = None) -> str:
    if value is None or value == "" or value == []:
        return ""
    if column == "status":
        return translate("Import", STATUS_LABELS.get(value, value), lang)
    if column == "provider" and value == "in_house":
        return translate("Import", "In-house", lang)
    if column in CODE_FIELDS:
        if isinstance(value, (list, tuple)):
            return "; ".join(CODE_FIELDS[column].label(v, lang) for v in value)
        return CODE_FIELDS[column].label(value, lang)
    if column in DATE_FIELDS:
        return format_date(value, lang)
    if isinstance(value, bool):
        return translate("Import", "yes", lang) if value else translate("Import", "no", lang)
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)
