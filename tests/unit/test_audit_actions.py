"""Every action the code writes to the audit log has a name a director can
read, in English, Russian and Kyrgyz: the written actions are found by reading
the code (every session.audit(...) and audit_db.append(...) call), so an
action added anywhere — by any issue — is checked without being listed here."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

from shelter_app import audit, i18n

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "shelter_app"


def _strings(node) -> list[str]:
    """The codes an expression can give: a literal, an Action member, either
    side of `a if … else b`, the values of `{…}[key]`; [] for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "Action":
        return [node.attr.lower()]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [s for value in node.values for s in _strings(value)]
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Dict):
        return [s for value in node.value.values for s in _strings(value)]
    return []


def _action_argument(call: ast.Call):
    """The expression giving the action in an audit-writing call, or None."""
    func = call.func
    if not isinstance(func, ast.Attribute):
        return None
    if func.attr == "audit" and ast.unparse(func.value).split(".")[-1].endswith("session"):
        # session.audit(...), self.session.audit(...); not returns' disclosure.audit(...)
        return call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "action"), None)
    if func.attr == "append" and isinstance(func.value, ast.Name) and func.value.id in ("audit_db", "audit"):
        return call.args[2] if len(call.args) >= 3 else next((k.value for k in call.keywords if k.arg == "action"),
                                                               None)
    return None


def written_actions(sources: dict[str, str]) -> tuple[dict[str, list[str]], list[str]]:
    """{action: [where…]} for every action the sources write, and the calls
    whose action could not be worked out. An action may be a literal, any
    literal inside an expression ({...}[status], a if … else b), a module
    constant (returns_db.EXPORT_ACTION), an Action member, or a parameter of
    the enclosing function, resolved at that function's callers in the same
    file (accounts._set_password(..., "password_reset"))."""
    trees = {name: ast.parse(text) for name, text in sources.items()}
    constants: dict[str, str] = {}
    for tree in trees.values():
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                value = node.value
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    constants[node.targets[0].id] = value.value
    found: dict[str, list[str]] = {}
    unresolved: list[str] = []

    def add(action: str, where: str) -> None:
        found.setdefault(action, []).append(where)

    for name, tree in trees.items():
        parents: dict = {}  # child -> parent, mapped when first needed (few files need it)
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):  # an entry written whole, e.g. by a key rotation (db/rotation.py)
                keys = [_strings(k) for k in node.keys if k is not None]
                if ["action"] in keys and ["username"] in keys:
                    value = node.values[[_strings(k) if k is not None else None for k in node.keys].index(["action"])]
                    for action in _strings(value):
                        add(action, f"{name}:{node.lineno}")
                continue
            if not isinstance(node, ast.Call):
                continue
            arg = _action_argument(node)
            if arg is None:
                continue
            where = f"{name}:{node.lineno}"
            literals = _strings(arg)
            if literals:
                for value in literals:
                    add(value, where)
                continue
            key = arg.attr if isinstance(arg, ast.Attribute) else arg.id if isinstance(arg, ast.Name) else None
            if key in constants:
                add(constants[key], where)
                continue
            if not parents:
                parents.update((child, parent) for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent))
            function = node
            while function is not None and not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                function = parents.get(function)
            if function is not None and isinstance(arg, ast.Name):
                params = [a.arg for a in function.args.args]
                if function.name == "audit" and name.endswith("session.py"):
                    continue  # Session.audit hands its caller's action on
                if arg.id in params:
                    position = params.index(arg.id) - (1 if params[:1] in (["self"], ["cls"]) else 0)
                    callers = [c for c in ast.walk(tree) if isinstance(c, ast.Call)
                               and getattr(c.func, "id", getattr(c.func, "attr", None)) == function.name]
                    values = []
                    for caller in callers:
                        given = caller.args[position] if position < len(caller.args) else next(
                            (k.value for k in caller.keywords if k.arg == arg.id), None)
                        values += _strings(given) if given is not None else []
                    if values:
                        for value in values:
                            add(value, where)
                        continue
            unresolved.append(f"{where}: {ast.unparse(arg)}")
    return found, unresolved


def _package_sources() -> dict[str, str]:
    return {path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(PACKAGE.rglob("*.py"))}


@functools.cache
def _package_actions() -> tuple[dict[str, list[str]], list[str]]:
    """written_actions() of the package, read once for the tests below."""
    return written_actions(_package_sources())


def test_every_action_the_code_writes_has_a_label():
    found, unresolved = _package_actions()
    assert not unresolved, f"audit calls whose action cannot be read from the code: {unresolved}"
    missing = {action: where for action, where in found.items() if action not in audit.ACTION_LABELS}
    assert not missing, f"add these to permissions.Action and audit.ACTION_LABELS: {missing}"
    # The search does find what is known to be written, so an empty result is not a pass by accident.
    for action in ("login", "resident_created", "legal_case_created", "summary_printed", "password_reset",
                   "statistical_return_exported", "plan_cancelled"):
        assert action in found


def test_no_label_waits_for_an_action_nobody_writes():
    found, _ = _package_actions()
    # Written outside the package's own calls, or kept for entries older versions wrote:
    elsewhere = set()
    unused = sorted(set(audit.ACTION_LABELS) - set(found) - elsewhere)
    assert not unused, f"labelled but never written: {unused}"


def test_the_search_catches_an_unlabelled_action():
    source = '''
def discharge(session, rid, how):
    session.audit("made_up_action", "resident", rid)
    session.audit("a_" if how else "b_", "resident", rid)
    _note(session, rid, "from_a_parameter")

def _note(session, rid, action):
    session.audit(action, "resident", rid)

def mystery(session, compute):
    session.audit(compute(), "resident", 1)
    disclosure.audit(tables, earlier)
    entry = {"username": "dina", "action": "written_whole", "record_type": "database"}
'''
    found, unresolved = written_actions({"fake.py": source})
    assert {"made_up_action", "a_", "b_", "from_a_parameter", "written_whole"} <= set(found)
    assert unresolved == ["fake.py:11: compute()"]


def test_every_action_has_a_label_and_every_label_an_action():
    from shelter_app.permissions import Action

    assert set(audit.ACTION_LABELS) == set(Action)
    assert all(isinstance(key, Action) for key in audit.ACTION_LABELS)
    assert Action.LEGAL_CASE_CREATED == "legal_case_created"
    assert audit.action_label(Action.LEGAL_CASE_CREATED) == audit.action_label("legal_case_created") \
        == "Legal case opened"


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_every_label_is_translated(lang):
    untranslated = [code for code, text in audit.ACTION_LABELS.items()
                    if i18n.translate("AuditActions", text, lang) == text]
    assert not untranslated, f"no {lang} label for: {untranslated}"


def test_the_log_shows_names_not_codes(director, make_resident):
    from shelter_app import legal, residents

    resident = residents.create(director, make_resident())
    legal.create_case(director, resident["id"], {"case_ref": "UD-2025-001", "cc_article": "170",
                                                "resident_role": "victim", "lawyer": "", "state_legal_aid": None})
    entry = audit.entries(director, audit.Filters(action="legal_case_created"))[0]
    assert entry.action_text("en") == "Legal case opened"
    assert entry.action_text("ru") != "legal_case_created" and entry.action_text("ky") != "legal_case_created"


def test_a_rotation_reason_reads_as_words_in_the_log(login):
    """Replacing the recovery key is logged as a key rotation whose reason is a
    code, not an action of its own: the log shows the reason in words."""
    from shelter_app import accounts

    dina = login("dina")
    accounts.new_recovery_key(dina)
    (rotated,) = [e for e in audit.entries(dina) if e.action == "key_rotated"]
    assert rotated.details["reason"] == "recovery_key_replaced"
    assert "reason: Recovery key replaced" in rotated.details_text("en")
    assert "Ключ восстановления заменён" in rotated.details_text("ru")
    assert "recovery_key_replaced" not in rotated.details_text("ru")
