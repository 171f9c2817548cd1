"""Roles and what each may do (security.md, "Accounts and roles"). Checked in
the domain on every call, not only by hiding buttons."""

from __future__ import annotations

from enum import Enum

from shelter_app.i18n import N_, translate


class Permission(str, Enum):
    VIEW_RESIDENTS = "view_residents"
    EDIT_RESIDENTS = "edit_residents"
    EDIT_STAYS = "edit_stays"
    VIEW_PLANS = "view_plans"
    EDIT_PLANS = "edit_plans"          # drafts
    APPROVE_PLANS = "approve_plans"
    PRINT_PLANS = "print_plans"
    VIEW_SERVICES = "view_services"
    LOG_SERVICES = "log_services"
    LOG_LEGAL_SERVICES = "log_legal_services"  # legal_consultation, legal_representation
    VIEW_LEGAL = "view_legal"
    EDIT_LEGAL = "edit_legal"
    STATISTICAL_RETURNS = "statistical_returns"
    IMPORT = "import"
    MANAGE_ACCOUNTS = "manage_accounts"
    BACKUP = "backup"
    SETTINGS = "settings"
    VIEW_AUDIT = "view_audit"
    RETENTION = "retention"
    PRINT_RESIDENT_RECORD = "print_resident_record"
    MANAGE_DIRECTORY = "manage_directory"  # the organisations directory
    # After the shelter (issue 17)
    FOLLOW_UP = "follow_up"                # follow-up contacts after exit
    REFER = "refer"                        # referrals out, referral letters
    COMPENSATION = "compensation"          # compensation claims, non-punishment outcomes
    TRANSFER_CASES = "transfer_cases"      # organisation cards, case transfers
    SCREEN_AND_ASSESS = "screen_and_assess"  # NRM screening and referral, risk, safety plan, children's safeguards


# What a refusal names, in the person's language.
LABELS = {
    Permission.VIEW_RESIDENTS: N_("Permissions", "seeing residents' records"),
    Permission.EDIT_RESIDENTS: N_("Permissions", "changing residents' records"),
    Permission.EDIT_STAYS: N_("Permissions", "admitting and discharging residents"),
    Permission.VIEW_PLANS: N_("Permissions", "seeing rehabilitation plans"),
    Permission.EDIT_PLANS: N_("Permissions", "drafting rehabilitation plans"),
    Permission.APPROVE_PLANS: N_("Permissions", "approving rehabilitation plans"),
    Permission.PRINT_PLANS: N_("Permissions", "printing rehabilitation plans"),
    Permission.VIEW_SERVICES: N_("Permissions", "seeing services"),
    Permission.LOG_SERVICES: N_("Permissions", "logging services"),
    Permission.LOG_LEGAL_SERVICES: N_("Permissions", "logging legal aid"),
    Permission.VIEW_LEGAL: N_("Permissions", "seeing legal cases"),
    Permission.EDIT_LEGAL: N_("Permissions", "changing legal cases"),
    Permission.STATISTICAL_RETURNS: N_("Permissions", "statistical returns"),
    Permission.IMPORT: N_("Permissions", "importing registers"),
    Permission.MANAGE_ACCOUNTS: N_("Permissions", "managing staff accounts"),
    Permission.BACKUP: N_("Permissions", "backups"),
    Permission.SETTINGS: N_("Permissions", "changing settings"),
    Permission.VIEW_AUDIT: N_("Permissions", "reading the audit log"),
    Permission.RETENTION: N_("Permissions", "anonymizing or deleting old records"),
    Permission.PRINT_RESIDENT_RECORD: N_("Permissions", "printing everything held about a person"),
    Permission.MANAGE_DIRECTORY: N_("Permissions", "keeping the organisations directory"),
    Permission.FOLLOW_UP: N_("Permissions", "follow-up after the shelter"),
    Permission.REFER: N_("Permissions", "referrals to other organisations"),
    Permission.COMPENSATION: N_("Permissions", "compensation and non-punishment"),
    Permission.TRANSFER_CASES: N_("Permissions", "moving a case to another shelter"),
    Permission.SCREEN_AND_ASSESS: N_("Permissions", "screening, referring and assessing residents"),
}


def label(permission: Permission, lang: str | None = None) -> str:
    return translate("Permissions", LABELS[permission], lang)


ALL = frozenset(Permission)

ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "director": ALL,
    "social_worker": frozenset({
        Permission.VIEW_RESIDENTS, Permission.EDIT_RESIDENTS, Permission.EDIT_STAYS,
        Permission.VIEW_PLANS, Permission.EDIT_PLANS, Permission.PRINT_PLANS,
        Permission.VIEW_SERVICES, Permission.LOG_SERVICES, Permission.VIEW_LEGAL,
        Permission.MANAGE_DIRECTORY,
        Permission.FOLLOW_UP, Permission.REFER,
        Permission.SCREEN_AND_ASSESS,
    }),
    "lawyer": frozenset({
        Permission.VIEW_RESIDENTS, Permission.VIEW_LEGAL, Permission.EDIT_LEGAL,
        Permission.VIEW_SERVICES, Permission.LOG_LEGAL_SERVICES,
        Permission.COMPENSATION,
    }),
}

LEGAL_SERVICE_TYPES = frozenset({"legal_consultation", "legal_representation"})


def allowed(role: str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(role, frozenset())
