"""Reading a register as it comes from an office PC: CSV saved by Excel or
LibreOffice (UTF-8 with or without BOM, Windows-1251 as Russian-language
Windows saves it, UTF-16 for Excel's "Unicode text"), comma, semicolon or tab
separated; or the first sheet of an XLSX workbook.

Every cell comes back as text. A formula in a workbook is read as its text
(`=1+2`), never evaluated and never replaced by a value cached by Excel."""

from __future__ import annotations

import csv
import datetime as _dt
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from shelter_app.i18n import N_

# Read at most this much: a register of 100k rows is a few tens of megabytes.
MAX_BYTES = 200 * 1024 * 1024
DELIMITERS = (";", ",", "\t")


@dataclass
class Table:
    """A sheet's header and rows; each row is (line number, cells as text)."""

    header: list[str] = field(default_factory=list)
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    header_line: int = 1
    sha256: str = ""
    size: int = 0
    format: str = ""        # "csv" or "xlsx"
    encoding: str = ""      # for CSV: utf-8, utf-8-sig, cp1251, utf-16
    delimiter: str = ""


class FileProblem(Exception):
    """The file cannot be read at all; the message is an untranslated
    "Import" string with its parameters."""

    def __init__(self, message: str, **params) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: what a spreadsheet shows above the column."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def read_table(path: Path | str) -> Table:
    path = Path(path)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise FileProblem(N_("Import", "The file {path} does not exist."), path=str(path)) from None
    except IsADirectoryError:
        raise FileProblem(N_("Import", "{path} is a folder, not a file."), path=str(path)) from None
    except OSError as exc:
        raise FileProblem(N_("Import", "The file could not be read: {reason}"), reason=exc.strerror or str(exc)) from None
    if len(data) > MAX_BYTES:
        raise FileProblem(N_("Import", "The file is larger than {size} MB: split it into smaller files."),
                          size=MAX_BYTES // (1024 * 1024))
    return read_bytes(data, path.suffix.lower())


def read_bytes(data: bytes, suffix: str = "") -> Table:
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise FileProblem(N_("Import", "The file is empty."))
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise FileProblem(N_("Import", "This is an old Excel file (.xls). Save it as .xlsx or as CSV and import that."))
    if data[:4] == b"PK\x03\x04" or suffix in (".xlsx", ".xlsm"):
        table = _read_xlsx(data)
    else:
        table = _read_csv(data)
    table.sha256 = hashlib.sha256(data).hexdigest()
    table.size = len(data)
    return table


# --- CSV ---------------------------------------------------------------------------

def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        try:
            data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = "cp1251"  # what Excel writes on a Russian-language Windows
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise FileProblem(N_("Import", "The file's characters cannot be read: save it as CSV in UTF-8 or as .xlsx."))
    if "\x00" in text:
        raise FileProblem(N_("Import", "This is not a text file. Import a CSV or an .xlsx file."))
    return text, encoding


def _header_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line
    return ""


def detect_delimiter(text: str) -> str:
    """The separator that splits the header row into the most columns; a comma
    when none does (a one-column file)."""
    line = _header_line(text)
    best, best_count = ",", 1
    for delimiter in DELIMITERS:
        try:
            count = len(next(csv.reader([line], delimiter=delimiter)))
        except (csv.Error, StopIteration):
            continue
        if count > best_count:
            best, best_count = delimiter, count
    return best


def _read_csv(data: bytes) -> Table:
    text, encoding = _decode(data)
    text = text.lstrip("\ufeff")
    # Excel writes (and reads) a first line "sep=;" naming the separator.
    hint = re.match(r"sep=([;,\t|])[ \t]*\r?\n", text, flags=re.IGNORECASE)
    skipped = 0
    if hint:
        delimiter, skipped = hint.group(1), 1
        text = text[hint.end():]
    else:
        delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    table = Table(format="csv", encoding=encoding, delimiter=delimiter)
    header_seen = False
    previous_end = skipped
    try:
        for cells in reader:
            line = previous_end + 1
            previous_end = reader.line_num + skipped
            if not any(c.strip() for c in cells):
                continue
            if not header_seen:
                table.header, table.header_line, header_seen = cells, line, True
            else:
                table.rows.append((line, cells))
    except csv.Error as exc:
        raise FileProblem(N_("Import", "Line {line}: the file is not a valid CSV file ({reason})."),
                          line=previous_end + 1, reason=str(exc))
    return table


# --- XLSX --------------------------------------------------------------------------

def cell_text(value) -> str:
    """A workbook cell as the text a person sees in it; dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


def _read_xlsx(data: bytes) -> Table:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # Not data_only: a formula cell gives its formula text, never Excel's cached result.
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, OSError, EOFError,
            IndexError, AttributeError, SyntaxError):
        raise FileProblem(N_("Import", "This is not a readable .xlsx workbook. Save it again from the spreadsheet "
                                       "program, or as CSV.")) from None
    except Exception:  # openpyxl raises many things on a damaged archive; a person needs one message
        raise FileProblem(N_("Import", "This is not a readable .xlsx workbook. Save it again from the spreadsheet "
                                       "program, or as CSV.")) from None
    table = Table(format="xlsx")
    try:
        if not workbook.worksheets:
            raise FileProblem(N_("Import", "The file is empty."))
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some programs write a wrong size; read every row there is
        header_seen = False
        for line, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            cells = [cell_text(v) for v in values]
            if not any(c.strip() for c in cells):
                continue
            if not header_seen:
                table.header, table.header_line, header_seen = cells, line, True
            else:
                table.rows.append((line, cells))
    except FileProblem:
        raise
    except Exception:
        raise FileProblem(N_("Import", "This is not a readable .xlsx workbook. Save it again from the spreadsheet "
                                       "program, or as CSV.")) from None
    finally:
        workbook.close()
    return table
