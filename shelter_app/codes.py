"""Every code list of the data dictionary, in one place.

Codes are stable English identifiers stored in the database and written in
every export; a person sees the translated label. A list may grow; a code is
never renamed or reused."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from shelter_app.i18n import N_, translate


@dataclass(frozen=True)
class CodeList:
    name: str
    items: tuple[tuple[str, str], ...]  # (code, English label), in code-list order
    context: str = "Codes"  # the catalogue context of the labels

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c for c, _ in self.items)

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def label(self, code: str, lang: str | None = None) -> str:
        for c, text in self.items:
            if c == code:
                return translate(self.context, text, lang)
        return code

    def choices(self, lang: str | None = None) -> list[tuple[str, str]]:
        return [(c, translate(self.context, t, lang)) for c, t in self.items]


def _cl(name: str, *items: tuple[str, str]) -> CodeList:
    return CodeList(name, tuple(items))


SEX = _cl("sex", ("female", "Female"), ("male", "Male"), ("other", "Other"), ("unknown", "Unknown"))

EXPLOITATION = _cl(
    "exploitation",
    ("sexual_exploitation", "Sexual exploitation"),
    ("forced_labour", "Forced labour"),
    ("domestic_servitude", "Domestic servitude"),
    ("forced_criminality", "Forced criminality"),
    ("forced_begging", "Forced begging"),
    ("forced_marriage", "Forced marriage"),
    ("organ_removal", "Organ removal"),
    ("sale_of_children", "Sale of children"),
    ("armed_conflict", "Armed conflict"),
    ("other", "Other"),
    ("unknown", "Unknown"),
)

RECRUITMENT_CHANNEL = _cl(
    "recruitment_channel",
    ("online", "Online"),
    ("employment_agency", "Employment agency"),
    ("acquaintance", "Acquaintance"),
    ("family", "Family"),
    ("partner", "Partner"),
    ("other", "Other"),
    ("unknown", "Unknown"),
)

RECRUITER_RELATION = _cl(
    "recruiter_relation",
    ("intimate_partner", "Intimate partner"),
    ("friend", "Friend"),
    ("family", "Family"),
    ("acquaintance", "Acquaintance"),
    ("stranger", "Stranger"),
    ("unknown", "Unknown"),
)

MEANS_OF_CONTROL = _cl(
    "means_of_control",
    ("debt_bondage", "Debt bondage"),
    ("takes_earnings", "Takes earnings"),
    ("threats", "Threats"),
    ("psychological_abuse", "Psychological abuse"),
    ("physical_abuse", "Physical abuse"),
    ("sexual_abuse", "Sexual abuse"),
    ("false_promises", "False promises"),
    ("psychoactive_substances", "Psychoactive substances"),
    ("restricts_movement", "Restricts movement"),
    ("withholds_documents", "Withholds documents"),
    ("withholds_necessities", "Withholds necessities"),
    ("excessive_working_hours", "Excessive working hours"),
    ("threat_of_law_enforcement", "Threat of law enforcement"),
    ("other", "Other"),
)

LABOUR_SECTOR = _cl(
    "labour_sector",
    ("agriculture", "Agriculture"),
    ("construction", "Construction"),
    ("domestic_work", "Domestic work"),
    ("hospitality", "Hospitality"),
    ("manufacturing_textile", "Manufacturing, textile"),
    ("markets_trade", "Markets, trade"),
    ("transport", "Transport"),
    ("illicit_activities", "Illicit activities"),
    ("other", "Other"),
)

CASE_STATUS = _cl("case_status", ("open", "Open"), ("follow_up", "Follow-up"), ("closed", "Closed"))

NRM_STATUS = _cl("nrm_status", ("none", "Not identified"), ("presumed", "Presumed victim"),
                 ("identified", "Identified"))

REFERRAL_SOURCE = _cl(
    "referral_source",
    ("self", "Self-referred"),
    ("hotline", "Hotline"),
    ("ngo", "NGO"),
    ("police", "Police"),
    ("prosecutor", "Prosecutor"),
    ("labour_inspection", "Labour inspection"),
    ("embassy_consulate", "Embassy or consulate"),
    ("iom", "IOM"),
    ("other_international", "Other international organisation"),
    ("health", "Health services"),
    ("social_services", "Social services"),
    ("family", "Family"),
    ("other", "Other"),
)

EXIT_REASON = _cl(
    "exit_reason",
    ("family_reintegration", "Family reintegration"),
    ("independent_living", "Independent living"),
    ("repatriated", "Repatriated"),
    ("transferred", "Transferred"),
    ("left_voluntarily", "Left voluntarily"),
    ("other", "Other"),
)

PLAN_DOMAIN = _cl(
    "plan_domain",
    ("safety", "Safety"),
    ("health", "Health"),
    ("psychological", "Psychological well-being"),
    ("legal", "Legal"),
    ("documents", "Documents"),
    ("housing", "Housing"),
    ("education", "Education"),
    ("employment", "Employment"),
    ("family", "Family"),
    ("finances", "Finances"),
    ("repatriation", "Repatriation"),
)

NEED_LEVEL = _cl("need_level", ("none", "No need"), ("low", "Low"), ("medium", "Medium"), ("high", "High"))

GOAL_STATUS = _cl("goal_status", ("open", "Open"), ("in_progress", "In progress"),
                  ("achieved", "Achieved"), ("dropped", "Dropped"))

PLAN_STATUS = _cl("plan_status", ("draft", "Draft"), ("active", "Active"),
                  ("completed", "Completed"), ("cancelled", "Cancelled"))

SERVICE_TYPE = _cl(
    "service_type",
    ("psychological", "Psychological support"),
    ("medical", "Medical care"),
    ("legal_consultation", "Legal consultation"),
    ("legal_representation", "Legal representation"),
    ("humanitarian", "Humanitarian aid"),
    ("education", "Education"),
    ("vocational_training", "Vocational training"),
    ("employment", "Employment support"),
    ("family_contact", "Family contact"),
    ("repatriation", "Repatriation"),
    ("interpretation", "Interpretation"),
    ("documents", "Documents"),
    ("financial", "Financial support"),
    ("other", "Other"),
)

CC_ARTICLE = _cl(
    "cc_article",
    ("166", "Art. 166 — Trafficking in persons"),
    ("167", "Art. 167 — Trafficking in children"),
    ("170", "Art. 170 — Forced use of labour (slave labour)"),
    ("159", "Art. 159 — Involvement in prostitution"),
    ("160", "Art. 160 — Facilitation of prostitution and debauchery"),
    ("160-1", ("Art. 160¹ — Organisation and facilitation of prostitution and debauchery through internet "
               "networks (webcam studios)")),
    ("172", "Art. 172 — Kidnapping a person for marriage"),
    ("173", "Art. 173 — Coercion into de facto marital relations"),
    ("174", "Art. 174 — Coercion of a person into marriage"),
    ("other", "Other article"),
)

RESIDENT_ROLE = _cl("resident_role", ("victim", "Victim"), ("witness", "Witness"),
                    ("suspect", "Suspect"), ("defendant", "Defendant"))

LEGAL_STAGE = _cl(
    "legal_stage",
    ("complaint_filed", "Complaint filed"),
    ("investigation_opened", "Investigation opened"),
    ("requalified", "Requalified"),
    ("sent_to_court", "Sent to court"),
    ("conviction", "Conviction"),
    ("acquittal", "Acquittal"),
    ("case_closed", "Case closed"),
    ("reconciliation", "Reconciliation"),
)

ROLE = _cl("role", ("director", "Director"), ("social_worker", "Social worker"), ("lawyer", "Lawyer"))

# Derived groups of the statistical return.
SEX_AGE = _cl("sex_age", ("girls", "Girls"), ("boys", "Boys"), ("women", "Women"),
              ("men", "Men"), ("unknown", "Unknown"))
AGE_BAND = _cl("age_band", ("0-11", "0–11"), ("12-14", "12–14"), ("15-17", "15–17"),
               ("18-24", "18–24"), ("25-34", "25–34"), ("35-44", "35–44"),
               ("45-59", "45–59"), ("60+", "60+"), ("unknown", "Unknown"))
CITIZENSHIP_GROUP = _cl("citizenship_group", ("kyrgyz", "Kyrgyz"), ("foreign", "Foreign"),
                        ("stateless_unknown", "Stateless or unknown"))
EXPLOITATION_LOCATION = _cl("exploitation_location", ("domestic", "Domestic (Kyrgyzstan)"),
                            ("abroad", "Abroad"), ("unknown", "Unknown"))
SENTENCE_BAND = _cl("sentence_band", ("non_custodial", "Non-custodial"),
                    ("under_3y", "Under 3 years"), ("3_to_5y", "3 to 5 years"),
                    ("5_to_8y", "5 to 8 years"), ("8_to_11y", "8 to 11 years"),
                    ("over_11y", "Over 11 years"))

# --- Code lists of the case file, identification, risk, children and after the
# shelter (data-dictionary.md, revised). Declared together so that every feature
# draws on one definition.

NRM_ACT = _cl("nrm_act", ("recruitment", "Recruitment"), ("transportation", "Transportation"),
              ("transfer", "Transfer"), ("harbouring", "Harbouring"), ("receipt", "Receipt"))

NRM_MEANS = _cl(
    "nrm_means",
    ("threat", "Threat"), ("force", "Force"), ("coercion", "Coercion"), ("abduction", "Abduction"),
    ("fraud", "Fraud"), ("deception", "Deception"), ("abuse_of_power", "Abuse of power"),
    ("abuse_of_vulnerability", "Abuse of a position of vulnerability"),
    ("payment_to_controller", "Payment to a person in control"),
)

SCREENING_RESULT = _cl("screening_result", ("indicators_met", "Indicators met"),
                       ("indicators_not_met", "Indicators not met"), ("inconclusive", "Inconclusive"))

NRM_STEP = _cl("nrm_step", ("screened_indicators_met", "Screened, indicators met"),
               ("referred", "Referred for identification"), ("identified", "Identified"),
               ("not_identified", "Not identified"))

NRM_DECISION = _cl("nrm_decision", ("identified", "Identified"), ("not_identified", "Not identified"))

RISK_ITEM = _cl(
    "risk_item",
    ("trafficker_knows_location", "The trafficker knows where the person is"),
    ("trafficker_contacted", "The trafficker has made contact"),
    ("threats_to_family", "Threats to the family"),
    ("debt_to_trafficker", "Debt to the trafficker"),
    ("online_exposure", "Exposure online"),
    ("pressure_to_withdraw_complaint", "Pressure to withdraw the complaint"),
    ("self_harm_risk", "Risk of self-harm"),
    ("health_emergency", "Health emergency"),
    ("other", "Other"),
)

RISK_LEVEL = _cl("risk_level", ("low", "Low"), ("medium", "Medium"), ("high", "High"))

GUARDIAN_RELATION = _cl("guardian_relation", ("parent", "Parent"), ("relative", "Relative"),
                        ("state_guardian", "State guardian"), ("institution", "Institution"), ("other", "Other"))

CHILD_MEASURE = _cl(
    "child_measure",
    ("psychologist_present", "Psychologist present"),
    ("legal_representative_present", "Legal representative present"),
    ("single_interview", "Single interview"),
    ("closed_hearing", "Closed hearing"),
    ("video_testimony", "Video testimony"),
)

NOTE_KIND = _cl("note_kind", ("contact", "Contact"), ("observation", "Observation"), ("incident", "Incident"),
                ("case_conference", "Case conference"), ("other", "Other"))

CONFIDENTIALITY = _cl("confidentiality", ("normal", "Normal"), ("restricted", "Restricted"))

ATTACHMENT_KIND = _cl(
    "attachment_kind",
    ("consent_form", "Consent form"), ("identity_document", "Identity document"), ("medical", "Medical"),
    ("legal", "Legal"), ("correspondence", "Correspondence"), ("photo", "Photo"), ("other", "Other"),
)

DOCUMENT_TYPE = _cl("document_type", ("passport", "Passport"), ("id_card", "ID card"),
                    ("birth_certificate", "Birth certificate"), ("travel_document", "Travel document"),
                    ("other", "Other"))

DOCUMENT_HOLDER = _cl("document_holder", ("resident", "The resident"), ("shelter", "The shelter"),
                      ("police", "Police"), ("employer_trafficker", "Employer or trafficker"), ("lost", "Lost"))

SAFE_TO_CONTACT = _cl("safe_to_contact", ("yes", "Safe to contact"), ("no", "Not safe to contact"),
                      ("unknown", "Not known if safe"))

FOLLOW_UP_MODE = _cl("follow_up_mode", ("visit", "Visit"), ("phone", "Phone"), ("message", "Message"),
                     ("other", "Other"))

SITUATION = _cl("situation", ("good", "Good"), ("some_concerns", "Some concerns"),
                ("serious_concerns", "Serious concerns"))

FOLLOW_UP_RESULT = _cl(
    "follow_up_result",
    ("reached_stable", "Reached, stable"),
    ("reached_at_risk", "Reached, at risk"),
    ("retrafficking_indicated", "Re-trafficking indicated"),
    ("not_reached", "Not reached"),
)

CLAIM_DEFENDANT = _cl("claim_defendant", ("trafficker", "Trafficker"), ("employer", "Employer"),
                      ("state", "State"), ("other", "Other"))

CLAIM_STATUS = _cl("claim_status", ("claimed", "Claimed"), ("awarded", "Awarded"), ("partly_paid", "Partly paid"),
                   ("paid", "Paid"), ("rejected", "Rejected"), ("withdrawn", "Withdrawn"))

CLAIM_STAGE = _cl("claim_stage", ("claimed", "Claimed"), ("awarded", "Awarded"), ("paid", "Paid"))

OFFENCE_TYPE = _cl(
    "offence_type",
    ("illegal_border_crossing", "Illegal border crossing"),
    ("migration_violation", "Migration violation"),
    ("document_offence", "Document offence"),
    ("drug_offence", "Drug offence"),
    ("prostitution_administrative", "Prostitution (administrative)"),
    ("theft_or_fraud", "Theft or fraud"),
    ("other_criminal", "Other criminal offence"),
    ("other_administrative", "Other administrative offence"),
)

NP_OUTCOME = _cl("np_outcome", ("not_raised", "Not raised"), ("raised_pending", "Raised, pending"),
                 ("accepted", "Accepted"), ("rejected", "Rejected"))

ORGANISATION_TYPE = _cl(
    "organisation_type",
    ("state_body", "State body"),
    ("authorised_nrm_body", "Body authorised to identify victims (NRM)"),
    ("ngo", "NGO"),
    ("international", "International organisation"),
    ("health", "Health"),
    ("legal", "Legal"),
    ("embassy", "Embassy or consulate"),
    ("employer_training", "Employer or training"),
    ("other", "Other"),
)

REFERRAL_OUTCOME = _cl("referral_outcome", ("pending", "Pending"), ("accepted", "Accepted"),
                       ("completed", "Completed"), ("rejected", "Rejected"))

# What a resident may agree to share with an organisation, per referral.
REFERRAL_SHARE = _cl(
    "referral_share",
    ("name", "Name"), ("date_of_birth", "Date of birth"), ("citizenship", "Citizenship"),
    ("contact", "Contact"), ("exploitation_summary", "Exploitation summary"), ("needs", "Needs"),
    ("documents", "Documents"),
)


CODE_LISTS: dict[str, CodeList] = {
    cl.name: cl
    for cl in (SEX, EXPLOITATION, RECRUITMENT_CHANNEL, RECRUITER_RELATION, MEANS_OF_CONTROL,
               LABOUR_SECTOR, CASE_STATUS, NRM_STATUS, REFERRAL_SOURCE, EXIT_REASON, PLAN_DOMAIN,
               NEED_LEVEL, GOAL_STATUS, PLAN_STATUS, SERVICE_TYPE, CC_ARTICLE, RESIDENT_ROLE,
               LEGAL_STAGE, ROLE, SEX_AGE, AGE_BAND, CITIZENSHIP_GROUP, EXPLOITATION_LOCATION,
               SENTENCE_BAND, NRM_ACT, NRM_MEANS, SCREENING_RESULT, NRM_STEP, NRM_DECISION, RISK_ITEM,
               RISK_LEVEL, GUARDIAN_RELATION, CHILD_MEASURE, NOTE_KIND, CONFIDENTIALITY, ATTACHMENT_KIND,
               DOCUMENT_TYPE, DOCUMENT_HOLDER, SAFE_TO_CONTACT, FOLLOW_UP_MODE, SITUATION, FOLLOW_UP_RESULT,
               CLAIM_DEFENDANT, CLAIM_STATUS, CLAIM_STAGE, OFFENCE_TYPE, NP_OUTCOME, ORGANISATION_TYPE,
               REFERRAL_OUTCOME, REFERRAL_SHARE)
}

# Countries a shelter in Kyrgyzstan meets most; any ISO 3166-1 alpha-2 code is accepted.
COMMON_COUNTRIES = _cl(
    "country",
    ("KG", "Kyrgyzstan"), ("KZ", "Kazakhstan"), ("RU", "Russia"), ("UZ", "Uzbekistan"),
    ("TJ", "Tajikistan"), ("TR", "Turkey"), ("AE", "United Arab Emirates"),
    ("KR", "South Korea"), ("CN", "China"), ("IN", "India"), ("PK", "Pakistan"),
    ("BD", "Bangladesh"), ("NP", "Nepal"), ("LK", "Sri Lanka"), ("DE", "Germany"),
    ("PL", "Poland"), ("GB", "United Kingdom"), ("US", "United States"),
)
CITIZENSHIP_SPECIAL = ("stateless", "unknown")

# Languages spoken, picked by name (stored as ISO 639-1 codes); any other two-letter code is accepted.
LANGUAGE = CodeList("language", (
    ("ky", N_("Languages", "Kyrgyz")), ("ru", N_("Languages", "Russian")), ("uz", N_("Languages", "Uzbek")),
    ("tg", N_("Languages", "Tajik")), ("kk", N_("Languages", "Kazakh")), ("en", N_("Languages", "English")),
    ("tr", N_("Languages", "Turkish")), ("hi", N_("Languages", "Hindi")), ("ur", N_("Languages", "Urdu")),
    ("bn", N_("Languages", "Bengali")), ("ne", N_("Languages", "Nepali")), ("zh", N_("Languages", "Chinese")),
    ("ko", N_("Languages", "Korean")), ("ar", N_("Languages", "Arabic")), ("de", N_("Languages", "German")),
), context="Languages")
LANGUAGE_CODES = dict(LANGUAGE.items)


def country_label(code: str, lang: str | None = None) -> str:
    """A country's name for a person to read (the code itself only for a
    country outside the common list)."""
    if code in COMMON_COUNTRIES:
        return COMMON_COUNTRIES.label(code, lang)
    if code == "stateless":
        return translate("Countries", "Stateless", lang)
    if code == "unknown":
        return translate("Countries", "Unknown", lang)
    return code


def is_country_code(value: str) -> bool:
    return len(value) == 2 and value.isascii() and value.isalpha() and value.isupper()


FIELD_LABELS = {
    "case_number": "Case number",
    "external_id": "External ID",
    "full_name": "Full name",
    "sex": "Sex",
    "date_of_birth": "Date of birth",
    "birth_year_estimated": "Estimated birth year",
    "citizenship": "Citizenship",
    "languages": "Languages spoken",
    "disability": "Disability",
    "registration_date": "Registration date",
    "referral_source": "Referred by",
    "primary_exploitation": "Main form of exploitation",
    "other_exploitation": "Other forms of exploitation",
    "exploitation_country": "Country of exploitation",
    "recruitment_channel": "Recruitment channel",
    "recruiter_relation": "Relation to recruiter",
    "means_of_control": "Means of control",
    "labour_sector": "Labour sector",
    "case_status": "Case status",
    "nrm_status": "NRM status",
    "nrm_identified_date": "Date identified (NRM)",
    "nrm_identifying_body": "Identifying body",
    "nrm_screening_date": "NRM screening date",
    "nrm_screening_result": "NRM screening result",
    "residence_permit_date": "Residence permit granted",
    "asylum_date": "Asylum granted",
    "consent_data_processing": "Consent to data processing (date)",
    "consent_anonymized_reporting": "Consents to anonymized reporting",
    "safety_notes": "Safety notes",
    "intake_date": "Intake date",
    "exit_date": "Exit date",
    "exit_reason": "Exit reason",
    "room": "Room",
    "username": "Account",
    "display_name": "Name",
    "role": "Role",
    "password": "Password",
    "date": "Date",
    "service_type": "Service",
    "provider": "Provider",
    "duration_minutes": "Duration (minutes)",
    "notes": "Notes",
    "case_ref": "Case reference",
    "cc_article": "Criminal Code article",
    "resident_role": "Role in proceedings",
    "lawyer": "Lawyer",
    "state_legal_aid": "State-guaranteed legal aid",
    "stage": "Stage",
    "sentence_months": "Sentence (months)",
    "non_custodial": "Non-custodial",
    "next_hearing_date": "Next hearing",
    "organisation_code": "Organisation code",
    "organisation_name": "Organisation name",
    "region": "Region",
    # the case file
    "key_worker": "Key worker",
    "place": "Place",
    "noted_at": "Date and time",
    "kind": "Kind",
    "confidentiality": "Confidentiality",
    "text": "Text",
    "contact_id": "Contact",
    "title": "Title",
    "name": "Name",
    "relation": "Relation",
    "phone": "Phone",
    "safe_to_contact": "Safe to contact",
    "document_type": "Document",
    "number": "Number",
    "issuing_country": "Issuing country",
    "expiry_date": "Valid until",
    "holder": "Held by",
    "replacement_requested_on": "Replacement requested",
    "capacity": "Capacity",
    "place_type": "Kind of place",
    "moved_on": "Moved on",
    "place_id": "Place",
}


# --- derived groups -------------------------------------------------------

def age_on(resident_dob: str | None, birth_year_estimated: int | None, on: str | _dt.date) -> int | None:
    """Age at a date; an estimated birth year counts from 1 July of that year."""
    if isinstance(on, str):
        on = _dt.date.fromisoformat(on)
    if resident_dob:
        born = _dt.date.fromisoformat(resident_dob)
    elif birth_year_estimated:
        born = _dt.date(int(birth_year_estimated), 7, 1)
    else:
        return None
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return age if age >= 0 else None


def sex_age_group(sex: str, age: int | None) -> str:
    if age is None or sex not in ("female", "male"):
        return "unknown"
    if sex == "female":
        return "girls" if age < 18 else "women"
    return "boys" if age < 18 else "men"


def age_band(age: int | None) -> str:
    if age is None:
        return "unknown"
    for upper, band in ((11, "0-11"), (14, "12-14"), (17, "15-17"), (24, "18-24"),
                        (34, "25-34"), (44, "35-44"), (59, "45-59")):
        if age <= upper:
            return band
    return "60+"


def citizenship_group(citizenship: str) -> str:
    if citizenship == "KG":
        return "kyrgyz"
    if citizenship in CITIZENSHIP_SPECIAL or not is_country_code(citizenship):
        return "stateless_unknown"
    return "foreign"


def exploitation_location(country: str) -> str:
    if country == "KG":
        return "domestic"
    if country and is_country_code(country):
        return "abroad"
    return "unknown"


def sentence_band(months: int | None, non_custodial: bool) -> str:
    if non_custodial or not months:
        return "non_custodial"
    if months < 36:
        return "under_3y"
    if months <= 60:
        return "3_to_5y"
    if months <= 96:
        return "5_to_8y"
    if months <= 132:
        return "8_to_11y"
    return "over_11y"
