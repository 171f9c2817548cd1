"""What leaves the shelter: JSON, CSV (+ .meta.json), ADX and PDF carry the
same published values; nothing personal; written atomically and audited."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import xml.etree.ElementTree as ET

import pypdf
import pytest

from shelter_app import atomic, returns
from shelter_app.db import audit as audit_db
from shelter_app.errors import ShelterError, StorageError
from shelter_app.returns import formats, service, tables
from tests.cli_runner import run_cli
from tests.unit import returns_register as reg

ADX = "{urn:ihe:qrph:adx:2015}"


@pytest.fixture
def ret(director):
    reg.fill(director)
    return returns.build(director, reg.PERIOD, threshold=3)


def published(data: dict) -> dict:
    """{(table, row, column): value} of every published cell in the canonical JSON."""
    return {(t["id"], c["row"], c["column"]): c["value"] for t in data["tables"] for c in t["cells"]
            if not c.get("suppressed")}


def ret_zeros(ret) -> str:
    """What the metadata must say about zeros: whether a hidden cell of the return is 0."""
    hidden_zero = any(t.values[cell] == 0 for t in ret.tables for cell in t.suppressed)
    return "may_be_hidden" if hidden_zero else "published"


def test_json_is_the_contract(ret):
    data = json.loads(formats.to_json(ret, "en"))
    assert data["format"] == "shelter-return/1"
    assert data["organisation"] == {"code": "KG-NGO-0001", "name": "Synthetic Shelter"}
    assert data["period"] == {"label": "2025-Q3", "start": "2025-07-01", "end": "2025-09-30"}
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", data["generated_at"])
    assert data["generator"]["name"] == "shelter_app" and data["generator"]["version"]
    assert data["suppression"] == {"threshold": 3, "enabled": True, "zeros": ret_zeros(ret)}
    assert data["audit_head"]["entries"] >= 1 and re.fullmatch("[0-9a-f]{64}", data["audit_head"]["hash"])
    assert [t["id"] for t in data["tables"]][:2] == ["assisted_by_exploitation", "sheltered_by_exploitation"]
    for t in data["tables"]:
        pairs = [(c["row"], c["column"]) for c in t["cells"]]
        assert pairs == [(r, c) for r in t["rows"] for c in t["columns"]]   # every pair exactly once, in order
        for c in t["cells"]:
            if c.get("suppressed"):
                assert c["value"] is None and c["suppressed"] is True
            else:
                assert isinstance(c["value"], int) and "suppressed" not in c
                assert not 1 <= c["value"] < 3
        assert all(k.isascii() for k in t) and all(k.isascii() for k in t["labels"]["rows"])
    first = data["tables"][0]
    assert first["unit"] == "persons" and first["columns"] == ["girls", "boys", "women", "men", "unknown", "total"]
    # a small register: the women's sexual-exploitation count of 2 may not leave
    cell = next(c for c in first["cells"] if (c["row"], c["column"]) == ("sexual_exploitation", "women"))
    assert cell == {"row": "sexual_exploitation", "column": "women", "value": None, "suppressed": True}


def test_labels_in_the_exporting_persons_language(ret):
    ru = json.loads(formats.to_json(ret, "ru"))["tables"][0]["labels"]
    ky = json.loads(formats.to_json(ret, "ky"))["tables"][0]["labels"]
    en = json.loads(formats.to_json(ret, "en"))["tables"][0]["labels"]
    assert en["title"] == "Persons assisted, by form of exploitation, sex and age"
    assert ru["title"] != en["title"] and ky["title"] != en["title"] and ru["title"] != ky["title"]
    assert re.search("[а-яё]", ru["title"]) and re.search("[а-яңөү]", ky["title"])


def test_csv_opens_right_in_a_spreadsheet(ret, tmp_path):
    raw = formats.to_csv(ret)
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["table", "row", "column", "value", "status"]
    data = json.loads(formats.to_json(ret))
    assert len(rows) - 1 == sum(len(t["cells"]) for t in data["tables"])
    values = {}
    for table, row, column, value, status in rows[1:]:
        assert status in ("published", "suppressed")
        assert (value == "") == (status == "suppressed")
        if status == "published":
            values[(table, row, column)] = int(value)
        for field in (table, row, column, value, status):
            assert not field.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert values == published(data)


def test_csv_neutralizes_formulas():
    assert formats.spreadsheet_safe("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert formats.spreadsheet_safe("+1") == "'+1" and formats.spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)"
    assert formats.spreadsheet_safe("-2") == "'-2" and formats.spreadsheet_safe("60+") == "60+"


def test_adx_is_well_formed_and_carries_the_json_values(ret):
    raw = formats.to_adx(ret)
    root = ET.fromstring(raw)  # well-formed
    assert root.tag == ADX + "adx"
    groups = root.findall(ADX + "group")
    assert len(groups) == 1
    g = groups[0]
    assert g.get("dataSet") == "THB_SHELTER_RETURN" and g.get("orgUnit") == "KG-NGO-0001"
    assert g.get("period") == "2025-07-01/P3M"
    data = json.loads(formats.to_json(ret))
    expected = {k: v for k, v in published(data).items() if "total" not in (k[1], k[2])}
    dims = {t.id: (t.spec.rows.name, t.spec.columns.name) for t in ret.tables}
    got = {}
    for dv in g.findall(ADX + "dataValue"):
        element = dv.get("dataElement")
        if element.startswith("SERVICES_"):
            key = ("services", dv.get("SERVICE_TYPE"), element[len("SERVICES_"):].lower())
            assert set(dv.keys()) == {"dataElement", "SERVICE_TYPE", "value"}
        elif element == "COMPENSATION_AMOUNT_KGS":
            key = ("compensation_amounts", dv.get("CLAIM_STAGE"), "amount")
            assert set(dv.keys()) == {"dataElement", "CLAIM_STAGE", "value"}
        else:
            table = element.lower()
            row_dim, col_dim = dims[table]
            assert set(dv.keys()) == {"dataElement", row_dim, col_dim, "value"}
            key = (table, dv.get(row_dim), dv.get(col_dim))
        assert key not in got
        got[key] = int(dv.get("value"))
    assert got == expected
    assert 0 in got.values()  # zeros are sent
    # one girl assisted in forced labour: suppressed, so left out; totals never sent
    assert ("assisted_by_exploitation", "forced_labour", "girls") not in got
    assert b'"total"' not in raw


def test_pdf_text_matches_the_json(ret):
    pdf = service.render(ret, "pdf", "en")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Synthetic Shelter (KG-NGO-0001)" in text
    assert "01.07.2025" in text and "30.09.2025" in text  # dd.mm.yyyy, as a signed paper has it
    assert "Director" in text and "Signature" in text
    data = json.loads(formats.to_json(ret, "en"))
    for t in data["tables"]:
        assert t["labels"]["title"] in text
        values = {(c["row"], c["column"]): ("x" if c.get("suppressed") else str(c["value"])) for c in t["cells"]}
        for r in t["rows"]:
            line = " ".join([t["labels"]["rows"][r]] + [values[(r, c)] for c in t["columns"]])
            assert f" {line} " in f" {text} ", (t["id"], line)
    assert "<3" not in text and "x: not published, to protect individuals" in text
    head = data["audit_head"]
    assert f"{head['entries']} entries" in text


def test_pdf_in_russian_and_kyrgyz(ret):
    for lang, word in (("ru", "Директор"), ("ky", "Директор")):
        pdf = service.render(ret, "pdf", lang)
        text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
        assert word in text
        assert "01.07.2025" in text and "2025-07-01" not in text  # dd.mm.yyyy in every language


def test_nothing_personal_leaves(ret, director):
    pdf = service.render(ret, "pdf", "en")
    pdf_text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    outputs = [formats.to_json(ret, "ru").decode(), formats.to_csv(ret).decode("utf-8-sig"),
               formats.meta_json(ret).decode(), formats.to_adx(ret).decode(), pdf_text]
    dates = {d for rec in reg.RESIDENTS.values() for k, d in rec.items() if k.endswith("date") or k == "date_of_birth"}
    dates |= {d for _, d, _ in reg.SERVICES} | {e[0] for c in reg.CASES for e in c[3]}
    dates -= {"2025-07-01", "2025-09-30"}  # the period's own first and last days
    for out in outputs:
        for secret in ("SECRET", "CASE-REF", "Синтетик", "2025-0001", "2025-0003", "dina"):
            assert secret not in out
        for d in dates:
            if d:
                assert d not in out and ".".join(reversed(d.split("-"))) not in out, d


def test_export_is_atomic_audited_with_the_sha256(ret, director, tmp_path):
    result = service.export(director, ret, "csv", tmp_path / "return-2025-Q3.csv")
    data = (tmp_path / "return-2025-Q3.csv").read_bytes()
    meta = json.loads((tmp_path / "return-2025-Q3.meta.json").read_text("utf-8"))
    assert meta == {k: v for k, v in json.loads(formats.to_json(ret)).items() if k != "tables"}
    assert result["sha256"] == hashlib.sha256(data).hexdigest()
    entry = audit_db.query(director.db.conn, action="statistical_return_exported")[0]
    details = json.loads(entry["details"])
    assert entry["username"] == "dina" and entry["record_id"] == "2025-Q3"
    assert details["format"] == "csv" and details["threshold"] == 3 and details["suppression"] is True
    assert details["period"] == "2025-Q3" and details["sha256"] == hashlib.sha256(data).hexdigest()
    history = returns.history(director)
    assert history[0]["sha256"] == result["sha256"] and history[0]["format"] == "csv"
    assert not [p for p in os.listdir(tmp_path) if ".tmp-" in p]


def test_a_failed_write_leaves_no_file_and_no_audit_entry(ret, director, tmp_path, monkeypatch):
    before = len(audit_db.query(director.db.conn, action="statistical_return_exported"))
    with pytest.raises(StorageError):
        service.export(director, ret, "json", tmp_path / "missing-folder" / "r.json")
    real = atomic.write_bytes
    calls = []

    def full_disk_on_meta(path, data, mode=0o600):
        calls.append(path)
        if str(path).endswith(".meta.json"):
            raise StorageError("Could not write {path}: {reason}", path=str(path), reason="No space left on device")
        return real(path, data, mode)

    monkeypatch.setattr(atomic, "write_bytes", full_disk_on_meta)
    with pytest.raises(StorageError):
        service.export(director, ret, "csv", tmp_path / "r.csv")
    # The metadata is written first: when it fails, no CSV stands without it.
    assert [p.name for p in calls] == ["r.meta.json"]
    assert not (tmp_path / "r.csv").exists()
    assert len(audit_db.query(director.db.conn, action="statistical_return_exported")) == before


def test_no_suppression_only_for_json_and_adx_and_recorded(director, tmp_path):
    reg.fill(director)
    raw = returns.build(director, reg.PERIOD, suppress=False)
    out = tmp_path / "out"
    out.mkdir()
    for fmt in ("csv", "pdf"):
        with pytest.raises(ShelterError, match="only be exported as JSON or ADX"):
            service.export(director, raw, fmt, out / f"r.{fmt}")
    assert not list(out.iterdir())
    service.export(director, raw, "json", tmp_path / "r.json")
    data = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert data["suppression"]["enabled"] is False
    assert published(data)[("assisted_by_exploitation", "sexual_exploitation", "women")] == 2
    service.export(director, raw, "adx", tmp_path / "r.xml")
    assert b"suppression DISABLED" in (tmp_path / "r.xml").read_bytes()
    details = [json.loads(e["details"]) for e in audit_db.query(director.db.conn, action="statistical_return_exported")]
    assert [d["suppression"] for d in details] == [False, False]


def test_adx_structure_file_matches_the_shipped_one(tmp_path):
    """The shipped files carry the codes the return writes (names may be re-translated:
    regenerate with `shelter-app return-structure --out resources/adx/thb_shelter_return.structure.json`)."""
    from shelter_app.paths import resources_dir

    def codes_only(node):
        if isinstance(node, dict):
            return {k: codes_only(v) for k, v in node.items() if k != "name"}
        if isinstance(node, list):
            return [codes_only(v) for v in node]
        return node

    shipped = resources_dir() / "adx"
    data = json.loads(formats.structure_json())
    assert codes_only(json.loads((shipped / "thb_shelter_return.structure.json").read_text("utf-8"))) == \
        codes_only(data)
    rows = lambda raw: [r[:4] for r in csv.reader(io.StringIO(raw.decode("utf-8-sig")))]  # noqa: E731
    assert rows((shipped / "thb_shelter_return.structure.csv").read_bytes()) == rows(formats.structure_csv())
    elements = {e["code"] for e in data["dataElements"]}
    assert {"ASSISTED_BY_EXPLOITATION", "SERVICES_PERSONS", "SERVICES_EVENTS", "EXITS", "NRM_STEPS",
            "COMPENSATION_AMOUNT_KGS", "REFERRALS"} <= elements
    assert set(data["codeLists"]) == {"EXPLOITATION", "SEX_AGE", "SEX", "AGE_BAND", "CITIZENSHIP_GROUP",
                                      "EXPLOITATION_LOCATION", "STATUS", "SERVICE_TYPE", "LEGAL_STAGE",
                                      "CC_ARTICLE", "SENTENCE_BAND", "EXIT_REASON", "NRM_STEP",
                                      "FOLLOW_UP_RESULT", "CLAIM_STAGE", "OFFENCE_TYPE", "NP_OUTCOME",
                                      "ORGANISATION_TYPE", "REFERRAL_OUTCOME"}
    assert [c["code"] for c in data["codeLists"]["CC_ARTICLE"]][:3] == ["166", "167", "170"]
    assert data["codeLists"]["SEX_AGE"][0]["name"] == {"en": "Girls", "ru": "Девочки", "ky": "Кыздар"}
    # every code the ADX export can write is in the structure
    for spec in tables.SPECS:
        assert list(spec.rows.codes) == [c["code"] for c in data["codeLists"][spec.rows.name]]


def _cli(args, database, env_extra=None):
    env = dict(os.environ, SHELTER_APP_KDF_PROFILE="test", SHELTER_APP_PASSWORD=database.passwords["dina"])
    env.update(env_extra or {})
    return run_cli(args, env=env)


def test_command_line(director, database, tmp_path):
    reg.fill(director)
    director.close()
    out = tmp_path / "q3.json"
    done = _cli(["return", "--db", str(database.path), "--user", "dina", "--period", "2025-Q3", "--format", "json",
                 "--out", str(out), "--threshold", "3"], database)
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text("utf-8"))
    assert data["suppression"]["threshold"] == 3 and data["suppression"]["enabled"] is True
    assert hashlib.sha256(out.read_bytes()).hexdigest() in done.stdout
    preview = done.stdout[:done.stdout.index("Written:")]       # the tables are shown before the file is written
    assert "assisted_by_exploitation" in preview and " x" in preview and "<3" not in preview
    assert "more are hidden so that those cannot be worked out" in preview
    assert "x: not published, to protect individuals" in preview
    shown = _cli(["return", "--db", str(database.path), "--user", "dina", "--period", "2025-Q3", "--format", "csv",
                  "--preview"], database)
    assert shown.returncode == 0 and "exits" in shown.stdout and not list(tmp_path.glob("*.csv"))
    refused = _cli(["return", "--db", str(database.path), "--user", "dina", "--period", "2025-Q3", "--format", "pdf",
                    "--out", str(tmp_path / "x.pdf"), "--no-suppression"], database)
    assert refused.returncode == 2 and "JSON or ADX" in refused.stderr and not (tmp_path / "x.pdf").exists()
    bad = _cli(["return", "--db", str(database.path), "--user", "dina", "--period", "2025-Q7", "--format", "csv",
                "--out", str(tmp_path / "x.csv")], database)
    assert bad.returncode == 2 and "Not a period" in bad.stderr and "Traceback" not in bad.stderr
    social = _cli(["return", "--db", str(database.path), "--user", "sam", "--period", "2025", "--format", "csv",
                   "--out", str(tmp_path / "y.csv")], database, {"SHELTER_APP_PASSWORD": database.passwords["sam"]})
    assert social.returncode == 2 and not (tmp_path / "y.csv").exists()
    done = _cli(["return-structure", "--out", str(tmp_path / "s.csv")], database)
    assert done.returncode == 0 and (tmp_path / "s.csv").read_bytes() == formats.structure_csv()
