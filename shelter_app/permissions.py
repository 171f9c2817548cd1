"""Roles and what each may do (security.md, "Accounts and roles"). Checked in
the domain on every call, not only by hiding buttons."""

from __future__ import annotations

from enum import Enum, StrEnum

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


class Action(StrEnum):
    """The one list of what the audit log records (security.md, "Audit"):
    Action.PLAN_PRINTED == "plan_printed", the code stored in each entry.
    Code that writes an entry uses one of these; each has a label in three
    languages (audit.ACTION_LABELS). Add a member for a new action."""

    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGIN_RECOVERY_KEY = "login_recovery_key"
    LOCKED = "locked"
    DATABASE_CREATED = "database_created"
    ACCOUNT_ADDED = "account_added"
    ACCOUNT_REMOVED = "account_removed"
    PASSWORD_CHANGED = "password_changed"
    PASSWORD_RESET = "password_reset"
    KEY_ROTATED = "key_rotated"
    SETTING_CHANGED = "setting_changed"
    VERIFIED = "verified"
    RESIDENT_CREATED = "resident_created"
    RESIDENT_VIEWED = "resident_viewed"
    RESIDENT_UPDATED = "resident_updated"
    RESIDENT_DELETED = "resident_deleted"
    RESIDENT_ANONYMIZED = "resident_anonymized"
    RESIDENT_RECORD_PRINTED = "resident_record_printed"
    STAY_ADMITTED = "stay_admitted"
    STAY_DISCHARGED = "stay_discharged"
    PLAN_DRAFT_CREATED = "plan_draft_created"
    PLAN_DRAFT_SAVED = "plan_draft_saved"
    PLAN_APPROVED = "plan_approved"
    PLAN_REVIEWED = "plan_reviewed"
    PLAN_PRINTED = "plan_printed"
    SERVICE_LOGGED = "service_logged"
    SERVICE_UPDATED = "service_updated"
    SERVICE_DELETED = "service_deleted"
    IMPORT = "import"
    STATISTICAL_RETURN_EXPORTED = "statistical_return_exported"
    BACKUP_CREATED = "backup_created"
    BACKUP_RESTORED = "backup_restored"
    AUDIT_VERIFIED = "audit_verified"
    AUDIT_LOG_PRINTED = "audit_log_printed"
    DEMO_DATA_GENERATED = "demo_data_generated"
    ORGANISATION_ADDED = "organisation_added"
    ORGANISATION_CHANGED = "organisation_changed"
    ORGANISATION_KEYS_CREATED = "organisation_keys_created"
    # After the shelter (issue 17)
    FOLLOW_UPS_PLANNED = "follow_ups_planned"
    FOLLOW_UP_RECORDED = "follow_up_recorded"
    FOLLOW_UP_CHANGED = "follow_up_changed"
    FOLLOW_UP_DELETED = "follow_up_deleted"
    CASE_CLOSED = "case_closed"
    COMPENSATION_CLAIMED = "compensation_claimed"
    COMPENSATION_CHANGED = "compensation_changed"
    COMPENSATION_DELETED = "compensation_deleted"
    COMPENSATION_PAID = "compensation_paid"
    COMPENSATION_PAYMENT_DELETED = "compensation_payment_deleted"
    NON_PUNISHMENT_OFFENCE_SET = "non_punishment_offence_set"
    NON_PUNISHMENT_OUTCOME = "non_punishment_outcome"
    NON_PUNISHMENT_OUTCOME_DELETED = "non_punishment_outcome_deleted"
    REFERRAL_MADE = "referral_made"
    REFERRAL_CHANGED = "referral_changed"
    REFERRAL_DELETED = "referral_deleted"
    REFERRAL_OUTCOME = "referral_outcome"
    REFERRAL_LETTER_PRINTED = "referral_letter_printed"
    ORG_CARD_EXPORTED = "org_card_exported"
    ORG_CARD_ADDED = "org_card_added"
    TRANSFER_EXPORTED = "transfer_exported"
    TRANSFER_IMPORTED = "transfer_imported"
    NRM_SCREENING_RECORDED = "nrm_screening_recorded"
    NRM_SCREENING_CHANGED = "nrm_screening_changed"
    NRM_REFERRED = "nrm_referred"
    NRM_DECISION_RECORDED = "nrm_decision_recorded"
    NRM_STATUS_CHANGED = "nrm_status_changed"
    NRM_QUESTIONNAIRE_PRINTED = "nrm_questionnaire_printed"
    NRM_LETTER_PRINTED = "nrm_letter_printed"
    RISK_ASSESSED = "risk_assessed"
    SAFETY_PLAN_SAVED = "safety_plan_saved"
    SAFETY_PLAN_PRINTED = "safety_plan_printed"
    GUARDIAN_ADDED = "guardian_added"
    GUARDIAN_CHANGED = "guardian_changed"
    CHILD_CONSENT_RECORDED = "child_consent_recorded"
    BEST_INTERESTS_ASSESSED = "best_interests_assessed"
    CHILD_MEASURES_RECORDED = "child_measures_recorded"
    SAFETY_COPY_DELETED = "safety_copy_deleted"
    # The case file (issue 16)
    CASE_NOTE_ADDED = "case_note_added"
    CASE_NOTE_CHANGED = "case_note_changed"
    CASE_NOTE_ANNOTATED = "case_note_annotated"
    ATTACHMENT_ADDED = "attachment_added"
    ATTACHMENT_VIEWED = "attachment_viewed"
    ATTACHMENT_SAVED = "attachment_saved"
    ATTACHMENT_CHANGED = "attachment_changed"
    ATTACHMENT_DELETED = "attachment_deleted"
    DOCUMENT_ADDED = "document_added"
    DOCUMENT_CHANGED = "document_changed"
    DOCUMENT_DELETED = "document_deleted"
    CONTACT_ADDED = "contact_added"
    CONTACT_CHANGED = "contact_changed"
    CONTACT_DELETED = "contact_deleted"
    PLACE_ADDED = "place_added"
    PLACE_CHANGED = "place_changed"
    STAY_MOVED = "stay_moved"
    STAY_CORRECTED = "stay_corrected"
    DISCHARGE_UNDONE = "discharge_undone"
    RESIDENT_MERGED = "resident_merged"
    RESIDENT_MERGED_AWAY = "resident_merged_away"
    RESIDENT_DELETED_MISTAKE = "resident_deleted_mistake"
    LEGAL_CASE_CREATED = "legal_case_created"
    LEGAL_CASE_UPDATED = "legal_case_updated"
    LEGAL_CASE_DELETED = "legal_case_deleted"
    LEGAL_EVENT_ADDED = "legal_event_added"
    LEGAL_EVENT_UPDATED = "legal_event_updated"
    LEGAL_EVENT_DELETED = "legal_event_deleted"
    SERVICE_REFERRAL_FOLLOWED_UP = "service_referral_followed_up"
    SUMMARY_PRINTED = "summary_printed"
    PLAN_COMPLETED = "plan_completed"
    PLAN_CANCELLED = "plan_cancelled"
    PLAN_SAVED_PDF = "plan_saved_pdf"
    ORGANISATION_DETAILS_CHANGED = "organisation_details_changed"


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
