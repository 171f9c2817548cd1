"""Reading files as office PCs save them: encodings, separators, line numbers
a person can find in the file, workbook cells as text."""

from __future__ import annotations

import datetime as _dt
import io

import openpyxl
import pytest

from shelter_app.imports.reader import FileProblem, cell_text, column_letter, read_bytes

ROWS = [["external_id", "full_name", "notes"], ["A-1", "Асанова Айгүл", "x"], ["A-2", "Иванова Елена", "y"]]


def csv_bytes(rows, delimiter=",", encoding="utf-8", newline="\r\n") -> bytes:
    return newline.join(delimiter.join(r) for r in rows).encode(encoding) + newline.encode(encoding)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_separator_is_detected(delimiter):
    table = read_bytes(csv_bytes(ROWS, delimiter))
    assert table.delimiter == delimiter
    assert table.header == ROWS[0] and [cells for _, cells in table.rows] == ROWS[1:]


@pytest.mark.parametrize("encoding, expected", [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"),
                                                ("utf-16", "utf-16")])
def test_unicode_encodings(encoding, expected):
    table = read_bytes(csv_bytes(ROWS, ";", encoding))
    assert table.encoding == expected and table.rows[0][1][1] == "Асанова Айгүл"


def test_windows_1251():
    rows = [["external_id", "full_name"], ["B-1", "Иванова Елена Сергеевна"]]
    table = read_bytes(csv_bytes(rows, ";", "cp1251"))
    assert table.encoding == "cp1251" and table.rows[0][1][1] == "Иванова Елена Сергеевна"


def test_excel_sep_line_names_the_separator_and_lines_still_count_from_the_top():
    data = b"sep=;\r\nexternal_id;full_name\r\nA-1;x,y\r\n"
    table = read_bytes(data)
    assert table.delimiter == ";" and table.header == ["external_id", "full_name"]
    assert table.header_line == 2 and table.rows == [(3, ["A-1", "x,y"])]


def test_line_numbers_are_those_of_the_file_with_blank_lines_and_cells_over_two_lines():
    data = ('external_id,notes\r\n\r\nA-1,"first line\r\nsecond line"\r\nA-2,z\r\n').encode()
    table = read_bytes(data)
    assert [line for line, _ in table.rows] == [3, 5]
    assert table.rows[0][1][1] == "first line\r\nsecond line"


def test_a_broken_quote_is_read_to_the_end_without_crashing():
    table = read_bytes(b'external_id,notes\nA-1,"never closed\nA-2,x\n')
    assert table.rows[0][0] == 2


def test_bytes_that_are_no_text_are_a_clear_problem():
    with pytest.raises(FileProblem) as problem:
        read_bytes(b"external_id\x00\x01\x02\n\x00\x00")
    assert "not a text file" in problem.value.message


def test_column_letters():
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]


def test_workbook_cells_as_text():
    assert cell_text(_dt.datetime(2024, 3, 1)) == "2024-03-01"
    assert cell_text(_dt.date(2024, 3, 1)) == "2024-03-01"
    assert cell_text(2001.0) == "2001" and cell_text(2001) == "2001" and cell_text(1.5) == "1.5"
    assert cell_text(True) == "yes" and cell_text(False) == "no" and cell_text(None) == ""


def test_only_the_first_sheet_is_read_and_formulas_stay_text():
    wb = openpyxl.Workbook()
    wb.active.append(["external_id", "full_name"])
    wb.active.append(["A-1", "=SUM(1,2)"])
    other = wb.create_sheet("Другой")
    other.append(["something", "else"])
    buffer = io.BytesIO()
    wb.save(buffer)
    table = read_bytes(buffer.getvalue(), ".xlsx")
    assert table.format == "xlsx" and table.header == ["external_id", "full_name"]
    assert table.rows == [(2, ["A-1", "=SUM(1,2)"])]
