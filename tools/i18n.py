"""Translation catalogues: extract every string a person reads, list what lacks
a Russian or Kyrgyz translation, add stubs, and compile `.qm` files.

    python tools/i18n.py missing [--lang ru]      # what is untranslated, with file:line
    python tools/i18n.py stub --area AREA [--path shelter_app/x]   # add missing strings to AREA_{ru,ky}.ts
    python tools/i18n.py compile                  # .ts -> .qm (pyside6-lrelease)

What counts as a string a person reads (extracted from the source with ast):
- translate("Context", "text"), QCoreApplication.translate(...), N_("Context", "text")
- ntranslate("Context", "%n things", n, one="%n thing"): a counted phrase; its catalogue
  entry is `numerus="yes"` with three Russian and two Kyrgyz `<numerusform>`s
- self.tr("text") / cls.tr("text") inside a class: the class name is the context
- t("text") in the command line: context "Cli"
- error messages: the first string given to ShelterError and its subclasses, and
  Problems.add(field, "text"), and ("text", {...}) in ValidationError({...}): context "Errors"
- code-list labels in shelter_app/codes.py: context "Codes"; field labels: "Fields"
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "shelter_app"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGS = ("ru", "ky")
ERROR_CLASSES = {"ShelterError", "ValidationError", "PermissionDenied", "WrongPassword", "UnlockDelayed",
                 "DatabaseLocked", "StorageError", "NotFound", "ImportError_", "ReturnError", "BackupError"}


def _str(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _call_name(node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return ""


def _is_error_class(name: str) -> bool:
    return name in ERROR_CLASSES or (name.endswith(("Error", "Denied")) and name[:1].isupper()
                                     and name not in {"ValueError", "TypeError", "KeyError", "OSError",
                                                      "RuntimeError", "AttributeError", "IndexError"})


def extract_file(path: Path) -> list[tuple[str, str, str]]:
    """(context, text, 'file:line') for each string marked in one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    rel = path.relative_to(ROOT).as_posix()
    found: list[tuple[str, str, str]] = []

    def add(ctx, text, node):
        if text:
            found.append((ctx, text, f"{rel}:{node.lineno}"))

    class Visitor(ast.NodeVisitor):
        def __init__(self):
            self.classes: list[str] = []

        def visit_ClassDef(self, node):
            self.classes.append(node.name)
            self.generic_visit(node)
            self.classes.pop()

        def visit_Call(self, node):
            name = _call_name(node)
            args = node.args
            if name in ("translate", "ntranslate", "N_", "QT_TRANSLATE_NOOP") and len(args) >= 2 and _str(args[0]) is not None:
                add(_str(args[0]), _str(args[1]), node)
            elif name == "tr" and args and _str(args[0]) is not None and isinstance(node.func, ast.Attribute):
                add(self.classes[-1] if self.classes else "", _str(args[0]), node)
            elif name in ("t", "tr_cli") and isinstance(node.func, ast.Name) and args and _str(args[0]) is not None:
                add("Cli", _str(args[0]), node)
            elif name == "__init__" and args and _str(args[0]) is not None and self.classes \
                    and _is_error_class(self.classes[-1]) and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Call) and _call_name(node.func.value) == "super":
                add("Errors", _str(args[0]), node)  # super().__init__("message") inside an error class
            elif _is_error_class(name) and args and _str(args[0]) is not None:
                add("Errors", _str(args[0]), node)
            elif name == "add" and len(args) >= 2 and _str(args[1]) is not None and isinstance(node.func, ast.Attribute) \
                    and getattr(node.func.value, "id", "") in ("p", "problems", "self_problems"):
                add("Errors", _str(args[1]), node)
            elif name == "ValidationError":
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Tuple) and sub.elts and _str(sub.elts[0]) is not None:
                        add("Errors", _str(sub.elts[0]), sub)
            elif name == "_cl" and path.name == "codes.py":
                for item in args[1:]:
                    if isinstance(item, ast.Tuple) and len(item.elts) == 2:
                        add("Codes", _str(item.elts[1]), item)
            self.generic_visit(node)

    Visitor().visit(tree)
    if path.name == "codes.py" and path.parent == SOURCE:
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "FIELD_LABELS" for t in node.targets):
                for value in node.value.values:
                    add("Fields", _str(value), value)
    return found


def extract(paths: list[Path] | None = None) -> dict[tuple[str, str], list[str]]:
    strings: dict[tuple[str, str], list[str]] = {}
    files = []
    for base in paths or [SOURCE]:
        files.extend([base] if base.is_file() else sorted(base.rglob("*.py")))
    for path in files:
        for ctx, text, where in extract_file(path):
            strings.setdefault((ctx, text), []).append(where)
    return strings


def load_ts(lang: str) -> dict[tuple[str, str], str]:
    table = {}
    for path in sorted(TRANSLATIONS.glob(f"*_{lang}.ts")):
        root = ET.parse(path).getroot()
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                text = message_text(msg)
                if text is not None:
                    table[(name, msg.findtext("source"))] = " | ".join(text) if isinstance(text, list) else text
    return table


def message_text(msg):
    """The finished translation of a <message>: text, or the list of its plural forms."""
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
        return None
    if msg.get("numerus") == "yes":
        forms = [f.text or "" for f in tr.iter("numerusform")]
        return forms if forms and all(forms) else None
    return tr.text or None


PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def missing(lang: str, strings=None) -> list[tuple[str, str, list[str]]]:
    strings = strings if strings is not None else extract()
    table = load_ts(lang)
    out = []
    for (ctx, text), where in sorted(strings.items()):
        tr = table.get((ctx, text))
        if tr is None or sorted(PLACEHOLDER.findall(tr)) != sorted(PLACEHOLDER.findall(text)):
            out.append((ctx, text, where))
    return out


def stub(area: str, paths: list[Path] | None) -> int:
    strings = extract(paths)
    added = 0
    for lang in LANGS:
        target = TRANSLATIONS / f"{area}_{lang}.ts"
        if target.exists():
            root = ET.parse(target).getroot()
        else:
            root = ET.Element("TS", version="2.1", language={"ru": "ru_RU", "ky": "ky_KG"}[lang])
        present = set()
        for path in TRANSLATIONS.glob(f"*_{lang}.ts"):
            if path == target:
                continue
            r = ET.parse(path).getroot()
            for ctx in r.iter("context"):
                for msg in ctx.iter("message"):
                    present.add((ctx.findtext("name"), msg.findtext("source")))
        contexts = {c.findtext("name"): c for c in root.iter("context")}
        for ctx_name, text in sorted(strings):
            if (ctx_name, text) in present:
                continue
            ctx = contexts.get(ctx_name)
            if ctx is None:
                ctx = ET.SubElement(root, "context")
                ET.SubElement(ctx, "name").text = ctx_name
                contexts[ctx_name] = ctx
            if any(m.findtext("source") == text for m in ctx.iter("message")):
                continue
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = text
            ET.SubElement(msg, "translation", type="unfinished")
            added += 1
        write_ts(root, target)
    print(f"added {added} entries")
    return 0


def write_ts(root, target: Path) -> None:
    ET.indent(root)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    data = b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="utf-8")
    target.write_bytes(data + b"\n")


def lrelease() -> str:
    """Qt's lrelease binary in the PySide6 package (the pyside6-lrelease script
    only starts a Python to run it), else that script."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        binary = Path(spec.origin).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
        if binary.is_file():
            return str(binary)
    exe = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    return exe


def compile_all(out_dir: Path | None = None) -> list[Path]:
    from concurrent.futures import ThreadPoolExecutor

    exe = lrelease()
    jobs = [(ts, (out_dir or TRANSLATIONS) / (ts.stem + ".qm")) for ts in sorted(TRANSLATIONS.glob("*.ts"))]
    with ThreadPoolExecutor(max_workers=2) as pool:  # one process per catalogue
        list(pool.map(lambda job: subprocess.run([exe, "-silent", str(job[0]), "-qm", str(job[1])], check=True),
                      jobs))
    return [qm for _, qm in jobs]


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("missing")
    m.add_argument("--lang", choices=LANGS)
    s = sub.add_parser("stub")
    s.add_argument("--area", required=True)
    s.add_argument("--path", action="append", type=Path)
    sub.add_parser("compile")
    args = parser.parse_args()
    if args.cmd == "missing":
        count = 0
        for lang in ([args.lang] if args.lang else LANGS):
            for ctx, text, where in missing(lang):
                print(f"{lang}\t{ctx}\t{text!r}\t{where[0]}")
                count += 1
        return 1 if count else 0
    if args.cmd == "stub":
        return stub(args.area, [ROOT / p if not p.is_absolute() else p for p in (args.path or [])] or None)
    compile_all()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
