"""The files a return is written as: JSON (canonical), CSV with its
`.meta.json`, ADX XML, and the ADX structure description."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

from shelter_app import i18n
from shelter_app.returns.model import StatisticalReturn
from shelter_app.returns.tables import SERVICE_ELEMENT_TITLES, SPECS

FORMATS = ("json", "csv", "adx", "pdf")
UNSUPPRESSED_FORMATS = ("json", "adx")   # the only ones a return without suppression may take
EXTENSIONS = {"json": ".json", "csv": ".csv", "adx": ".xml", "pdf": ".pdf"}
ADX_NAMESPACE = "urn:ihe:qrph:adx:2015"
ADX_DATASET = "THB_SHELTER_RETURN"
AMOUNT_ELEMENT = "COMPENSATION_AMOUNT_KGS"   # compensation_amounts: one column, no column attribute
CSV_HEADER = ("table", "row", "column", "value", "status")
BOM = "\ufeff"


def to_json(ret: StatisticalReturn, lang: str | None = None) -> bytes:
    data = ret.to_dict(lang or i18n.current_language())
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def meta_json(ret: StatisticalReturn) -> bytes:
    """Everything of the JSON but the tables, for beside the CSV."""
    return (json.dumps(ret.metadata(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def spreadsheet_safe(value: str) -> str:
    """A field a spreadsheet would read as a formula is written as text."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def to_csv(ret: StatisticalReturn) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for table in ret.tables:
        for r, c in table.cells():
            suppressed = table.is_suppressed(r, c)
            value = "" if suppressed else str(table.values[(r, c)])
            writer.writerow([spreadsheet_safe(x) for x in
                             (table.id, r, c, value, "suppressed" if suppressed else "published")])
    return (BOM + out.getvalue()).encode("utf-8")


def adx_values(ret: StatisticalReturn):
    """(dataElement, {dimension: code}, value) for each published cell but totals."""
    for table in ret.tables:
        spec = table.spec
        for r in spec.rows.codes:
            for c in spec.columns.codes:
                if table.is_suppressed(r, c):
                    continue
                value = table.values[(r, c)]
                if spec.id == "services":
                    yield f"SERVICES_{c.upper()}", {spec.rows.name: r}, value
                elif spec.id == "compensation_amounts":
                    yield AMOUNT_ELEMENT, {spec.rows.name: r}, value
                else:
                    yield spec.id.upper(), {spec.rows.name: r, spec.columns.name: c}, value


def to_adx(ret: StatisticalReturn) -> bytes:
    ET.register_namespace("", ADX_NAMESPACE)
    root = ET.Element(f"{{{ADX_NAMESPACE}}}adx", {"exported": ret.generated_at})
    group = ET.SubElement(root, f"{{{ADX_NAMESPACE}}}group", {
        "dataSet": ADX_DATASET, "orgUnit": ret.organisation["code"], "period": ret.period.adx})
    for element, dims, value in adx_values(ret):
        ET.SubElement(group, f"{{{ADX_NAMESPACE}}}dataValue",
                      {"dataElement": element, **dims, "value": str(value)})
    ET.indent(root)
    meta = ret.metadata()
    head = meta["audit_head"]
    note = (f" {meta['format']}; period {ret.period.label} ({ret.period.start} to {ret.period.end});"
            f" suppression {'enabled' if ret.suppression else 'DISABLED'}, threshold {ret.threshold},"
            f" zeros {meta['suppression']['zeros']}; audit_head entries={head['entries']} hash={head['hash']};"
            f" signed audit_head {json.dumps(head, sort_keys=True, separators=(',', ':'))} ")
    body = ET.tostring(root, encoding="unicode")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<!--' + note.replace("--", "-") + "-->\n" + body + "\n"
    return text.encode("utf-8")


# --- the ADX structure a national administrator configures the receiving data set with

def structure() -> dict:
    """Data elements, their disaggregations and every code list, with names in
    English, Russian and Kyrgyz."""
    def names(fn):
        return {lang: fn(lang) for lang in i18n.LANGUAGES}

    elements = []
    dimensions: dict = {}
    for spec in SPECS:
        title = names(lambda lang, s=spec: i18n.translate("Returns", s.title, lang))
        if spec.id == "services":
            for measure in spec.columns.codes:
                elements.append({
                    "code": f"SERVICES_{measure.upper()}", "table": spec.id, "column": measure,
                    "unit": "persons" if measure == "persons" else "services",
                    "name": names(lambda lang, m=measure: i18n.translate("Returns", SERVICE_ELEMENT_TITLES[m], lang)),
                    "disaggregations": [spec.rows.name],
                })
            dims: tuple = (spec.rows,)
        elif spec.id == "compensation_amounts":
            elements.append({"code": AMOUNT_ELEMENT, "table": spec.id, "column": "amount", "unit": "KGS",
                             "name": title, "disaggregations": [spec.rows.name]})
            dims = (spec.rows,)
        else:
            elements.append({"code": spec.id.upper(), "table": spec.id, "unit": spec.unit, "name": title,
                             "disaggregations": [spec.rows.name, spec.columns.name]})
            dims = (spec.rows, spec.columns)
        for dim in dims:
            dimensions.setdefault(dim.name, [
                {"code": code, "name": names(lambda lang, d=dim, c=code: d.label(c, lang))}
                for code in dim.codes])
    return {
        "format": "shelter-return-adx-structure/1",
        "namespace": ADX_NAMESPACE,
        "dataSet": ADX_DATASET,
        "orgUnit": "the organisation code of the shelter (e.g. KG-NGO-0001)",
        "period": "first day of the period and an ISO 8601 duration: a year 2026-01-01/P1Y, "
                  "a quarter 2026-07-01/P3M, a month 2026-07-01/P1M, other spans PnM or PnD",
        "notes": "One dataValue per published cell, zeros included; totals and suppressed cells are "
                 "left out (the receiving system sums). Values are counts of the data element's unit.",
        "dataElements": elements,
        "codeLists": dimensions,
    }


def structure_json() -> bytes:
    return (json.dumps(structure(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def structure_csv() -> bytes:
    """The same as one sheet: kind,code,dimension,name_en,name_ru,name_ky."""
    data = structure()
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(("kind", "dimension", "code", "disaggregations", "name_en", "name_ru", "name_ky"))
    for el in data["dataElements"]:
        writer.writerow(["data_element", "", el["code"], " ".join(el["disaggregations"]),
                         *(el["name"][lang] for lang in i18n.LANGUAGES)])
    for dim, items in data["codeLists"].items():
        for item in items:
            writer.writerow(["code", dim, spreadsheet_safe(item["code"]), "",
                             *(item["name"][lang] for lang in i18n.LANGUAGES)])
    return (BOM + out.getvalue()).encode("utf-8")




# --- the DHIS2 metadata package: what a DHIS2 administrator imports in one step ------------

DHIS2_LOCALES = {"ru": "ru", "ky": "ky"}


def dhis2_uid(kind: str, code: str) -> str:
    """A DHIS2 identifier (a letter, then 10 letters or digits), the same for the
    same code every time, so that importing a newer package updates the objects."""
    import hashlib

    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    digest = int.from_bytes(hashlib.sha256(f"shelter_app:{kind}:{code}".encode()).digest(), "big")
    out = [alphabet[digest % 52]]
    digest //= 52
    for _ in range(10):
        out.append(alphabet[digest % 62])
        digest //= 62
    return "".join(out)


def _named(kind: str, code: str, names: dict, short: int = 50) -> dict:
    obj = {"id": dhis2_uid(kind, code), "code": code, "name": names["en"][:230],
           "shortName": names["en"][:short]}
    translations = []
    for lang, locale in DHIS2_LOCALES.items():
        if names.get(lang) and names[lang] != names["en"]:
            translations.append({"property": "NAME", "locale": locale, "value": names[lang][:230]})
            translations.append({"property": "SHORT_NAME", "locale": locale, "value": names[lang][:short]})
    if translations:
        obj["translations"] = translations
    return obj


def dhis2_package() -> dict:
    """DHIS2 metadata (category options, categories, category combinations, data
    elements, the data set) with exactly the codes the ADX export writes: the ADX
    attribute names are category codes, their values category option codes, and
    the dataElement and dataSet attributes the data element and data set codes."""
    data = structure()
    options: dict[str, dict] = {}
    categories = []
    used_names: set[str] = set()
    for dim, items in data["codeLists"].items():
        members = []
        for item in items:
            code = item["code"]
            if code not in options:   # one option per code, shared by the categories that use it
                names = dict(item["name"])
                if names["en"] in used_names:
                    names = {lang: f"{text} ({code})" for lang, text in names.items()}
                used_names.add(names["en"])
                options[code] = _named("categoryOption", code, names)
            members.append({"id": options[code]["id"]})
        category = _named("category", dim, {lang: dim.replace("_", " ").capitalize() for lang in i18n.LANGUAGES})
        category.update({"dataDimensionType": "DISAGGREGATION", "dataDimension": True, "categoryOptions": members})
        categories.append(category)
    combos: dict[tuple, dict] = {}
    elements = []
    for el in data["dataElements"]:
        dims = tuple(el["disaggregations"])
        if dims not in combos:
            code = "_X_".join(dims)
            combo = _named("categoryCombo", code, {lang: " × ".join(d.replace("_", " ").lower() for d in dims)
                                                   for lang in i18n.LANGUAGES})
            combo.update({"dataDimensionType": "DISAGGREGATION", "skipTotal": False,
                          "categories": [{"id": dhis2_uid("category", d)} for d in dims]})
            combos[dims] = combo
        element = _named("dataElement", el["code"], el["name"])
        element["shortName"] = el["code"][:50]       # unique, where the titles' first 50 letters are not
        element.pop("translations", None)
        element["translations"] = [t for lang, locale in DHIS2_LOCALES.items()
                                   for t in ({"property": "NAME", "locale": locale, "value": el["name"][lang]},)]
        element.update({"domainType": "AGGREGATE", "valueType": "INTEGER_ZERO_OR_POSITIVE",
                        "aggregationType": "SUM", "zeroIsSignificant": True,
                        "categoryCombo": {"id": combos[dims]["id"]}})
        elements.append(element)
    data_set = _named("dataSet", ADX_DATASET, {lang: i18n.translate("Returns", "Anonymized statistical return", lang)
                                               for lang in i18n.LANGUAGES})
    data_set.update({"periodType": "Quarterly", "dataSetElements": [
        {"dataElement": {"id": e["id"]}, "dataSet": {"id": data_set["id"]}} for e in elements]})
    return {
        "system": {"name": "shelter_app", "format": "shelter-return-dhis2/1"},
        "categoryOptions": list(options.values()),
        "categories": categories,
        "categoryCombos": list(combos.values()),
        "dataElements": elements,
        "dataSets": [data_set],
    }


def dhis2_json() -> bytes:
    return (json.dumps(dhis2_package(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
