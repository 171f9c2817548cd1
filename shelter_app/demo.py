"""Synthetic residents for demonstrations, tests and benchmarks. No real
person is in here: names are drawn from common first names and surnames and
combined at random; proportions follow what shelters in Kyrgyzstan report
(mostly Kyrgyz women exploited in Russia, Kazakhstan, Turkey and the Gulf;
men in forced labour; a few South Asian workers deceived into Kyrgyzstan).

The same seed gives the same data on the same day (dates run over the three
years up to `today`)."""

from __future__ import annotations

import datetime as _dt
import random
from pathlib import Path

from shelter_app import codes
from shelter_app.db import legal as legal_db
from shelter_app.db import plans as plans_db
from shelter_app.db import residents as residents_db
from shelter_app.db import services as services_db
from shelter_app.db import stays as stays_db
from shelter_app.db.audit import now_utc
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session

KY_F = ["Айгүл", "Бермет", "Жылдыз", "Нургүл", "Чолпон", "Айзада", "Гүлнара", "Назира", "Асель", "Динара",
        "Мээрим", "Айпери", "Бурул", "Канышай", "Сезим", "Элнура", "Айжан", "Нуриза", "Акмөөр", "Үмүт"]
KY_M = ["Азамат", "Бакыт", "Нурлан", "Эрлан", "Улан", "Мирлан", "Жоомарт", "Данияр", "Талант", "Эмил",
        "Нурбек", "Айбек", "Бекзат", "Төлөн", "Мөңкө"]
KY_SUR = ["Асан", "Токтогул", "Мамыт", "Жумабай", "Абдыкадыр", "Осмон", "Сыдык", "Үсөн", "Кадыр",
          "Бекмурат", "Сагынбай", "Турдубай", "Эшмат", "Керимбай", "Өмүрзак"]
RU_F = ["Анна", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Юлия"]
RU_M = ["Сергей", "Алексей", "Дмитрий", "Андрей", "Николай"]
RU_SUR = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Морозов"]
UZ_F = ["Дилноза", "Гулноза", "Шахноза", "Мадина", "Зарина", "Нилуфар"]
UZ_M = ["Бехзод", "Шерзод", "Отабек", "Жасур", "Улугбек"]
UZ_SUR = ["Каримов", "Юсупов", "Рахимов", "Турсунов", "Ахмедов", "Холматов"]
SA_F = ["Fatima", "Nasrin", "Priya", "Ayesha", "Shirin", "Sunita"]
SA_M = ["Rahim", "Mohammad", "Abdul", "Rajesh", "Imran", "Bilal", "Arif", "Sanjay", "Kamal", "Tariq"]
SA_SUR = ["Uddin", "Hossain", "Karim", "Kumar", "Khan", "Ahmed", "Akter", "Begum", "Sharma", "Rana", "Islam"]

ROOMS = [f"{n}" for n in range(1, 13)]
PROVIDERS = ["in_house"] * 6 + ["Городская больница №4", "Центр «Сезим»", "IOM Bishkek", "Юридическая клиника"]
# Case notes are written in Russian in most shelters; the app's own words are translated.
GOALS = {
    "safety": ("Обеспечить безопасность от вербовщика", "План безопасности; смена номера телефона"),
    "health": ("Пройти медицинское обследование", "Направление в городскую больницу"),
    "psychological": ("Снизить тревожность, наладить сон", "Еженедельные консультации психолога"),
    "legal": ("Дать показания в присутствии адвоката", "Подготовка к допросу у следователя"),
    "documents": ("Получить новый паспорт", "Заявление в паспортный стол"),
    "housing": ("Найти безопасное жильё после приюта", "Связь с родственниками; заявка на социальное жильё"),
    "education": ("Окончить среднюю школу", "Запись в вечернюю школу"),
    "employment": ("Найти работу", "Курсы швеи; ярмарка вакансий"),
    "family": ("Восстановить связь с семьёй", "Встреча с семьёй при посредничестве"),
    "finances": ("Открыть банковский счёт", "Курс финансовой грамотности"),
    "repatriation": ("Безопасно вернуться домой", "Согласование с посольством и МОМ"),
}


def _weighted(rng: random.Random, table):
    values, weights = zip(*table)
    return rng.choices(values, weights)[0]


def _fem(surname: str, script: str) -> str:
    if script == "ky":
        return surname + ("ова" if surname[-1] not in "аеёиоуыэюяөү" else "ева")
    if script in ("ru", "uz"):
        return surname + "а"
    return surname


def _name(rng: random.Random, sex: str, origin: str) -> str:
    female = sex == "female"
    if origin == "KG":
        first = rng.choice(KY_F if female else KY_M)
        sur = rng.choice(KY_SUR)
        sur = _fem(sur, "ky") if female else sur + ("ов" if sur[-1] not in "аеёиоуыэюяөү" else "ев")
        if rng.random() < 0.05:
            return f"{rng.choice(RU_F if female else RU_M)} {rng.choice(RU_SUR) + ('а' if female else '')}"
        return f"{sur} {first}"
    if origin in ("UZ", "TJ"):
        sur = rng.choice(UZ_SUR)
        return f"{_fem(sur, 'uz') if female else sur} {rng.choice(UZ_F if female else UZ_M)}"
    if origin in ("RU", "KZ"):
        sur = rng.choice(RU_SUR)
        return f"{sur + 'а' if female else sur} {rng.choice(RU_F if female else RU_M)}"
    return f"{rng.choice(SA_F if female else SA_M)} {rng.choice(SA_SUR)}"


def make_resident(rng: random.Random, today: _dt.date) -> dict:
    sex = _weighted(rng, [("female", 68), ("male", 30), ("unknown", 2)])
    citizenship = _weighted(rng, [("KG", 84), ("UZ", 4), ("TJ", 1), ("KZ", 1), ("BD", 3), ("PK", 2),
                                  ("IN", 2), ("NP", 1), ("stateless", 1), ("unknown", 1)])
    registration = today - _dt.timedelta(days=rng.randrange(0, 3 * 365))
    minor = rng.random() < 0.12
    age = rng.randrange(9, 18) if minor else int(min(70, max(18, rng.gauss(29, 9))))
    born = registration - _dt.timedelta(days=age * 365 + rng.randrange(0, 365))
    dob, year = (born.isoformat(), None) if rng.random() < 0.9 else (None, born.year if rng.random() < 0.7 else None)
    if citizenship == "KG":
        country = _weighted(rng, [("RU", 40), ("KZ", 24), ("TR", 10), ("AE", 7), ("KG", 15), ("KR", 3),
                                  ("unknown", 1)])
    elif citizenship in ("BD", "PK", "IN", "NP"):
        country = "KG"
    else:
        country = _weighted(rng, [("KG", 50), ("RU", 30), ("KZ", 20)])
    if sex == "male":
        exploitation = _weighted(rng, [("forced_labour", 80), ("forced_criminality", 6), ("forced_begging", 4),
                                       ("organ_removal", 1), ("other", 4), ("unknown", 5)])
    else:
        exploitation = _weighted(rng, [("sexual_exploitation", 44), ("forced_labour", 28),
                                       ("domestic_servitude", 11), ("forced_marriage", 6), ("forced_begging", 2),
                                       ("sale_of_children", 1 if minor else 0), ("other", 3), ("unknown", 5)])
    nrm = _weighted(rng, [("none", 45), ("presumed", 30), ("identified", 25)])
    nrm_date = None
    if nrm == "identified":
        nrm_date = min(today, registration + _dt.timedelta(days=rng.randrange(5, 120))).isoformat()
    sector = None
    if exploitation == "forced_labour":
        sector = _weighted(rng, [("agriculture", 20), ("construction", 25), ("manufacturing_textile", 25),
                                 ("markets_trade", 12), ("hospitality", 8), ("transport", 5), ("other", 5)])
    elif exploitation == "domestic_servitude":
        sector = "domestic_work"
    controls = rng.sample(codes.MEANS_OF_CONTROL.codes[:-1], rng.randrange(1, 5))
    foreign = citizenship != "KG"
    return {
        "full_name": _name(rng, sex, citizenship if citizenship not in ("stateless", "unknown") else "KG"),
        "sex": sex,
        "date_of_birth": dob,
        "birth_year_estimated": year,
        "citizenship": citizenship,
        "languages": ["ky", "ru"] if citizenship == "KG" else (["uz", "ru"] if citizenship == "UZ" else
                                                               ["en"] if foreign and rng.random() < 0.5 else []),
        "disability": rng.random() < 0.05,
        "registration_date": registration.isoformat(),
        "referral_source": _weighted(rng, [("hotline", 18), ("ngo", 16), ("police", 12), ("iom", 14),
                                           ("embassy_consulate", 10), ("self", 10), ("prosecutor", 3),
                                           ("labour_inspection", 2), ("health", 4), ("social_services", 5),
                                           ("family", 4), ("other_international", 1), ("other", 1)]),
        "primary_exploitation": exploitation,
        "other_exploitation": ["forced_labour"] if exploitation == "sexual_exploitation" and rng.random() < 0.1 else [],
        "exploitation_country": country,
        "recruitment_channel": _weighted(rng, [("online", 30), ("acquaintance", 30), ("employment_agency", 15),
                                               ("family", 8), ("partner", 7), ("other", 4), ("unknown", 6)]),
        "recruiter_relation": _weighted(rng, [("acquaintance", 35), ("stranger", 25), ("friend", 15),
                                              ("intimate_partner", 10), ("family", 7), ("unknown", 8)]),
        "means_of_control": controls,
        "labour_sector": sector,
        "case_status": "open",
        "nrm_status": nrm,
        "nrm_identified_date": nrm_date,
        "nrm_identifying_body": "Министерство труда, социального обеспечения и миграции" if nrm_date else None,
        "residence_permit_date": (registration + _dt.timedelta(days=40)).isoformat()
        if foreign and rng.random() < 0.2 and registration + _dt.timedelta(days=40) <= today else None,
        "asylum_date": None,
        "consent_data_processing": registration.isoformat(),
        "consent_anonymized_reporting": rng.random() < 0.9,
        "safety_notes": "Вербовщик звонил родственникам и спрашивал, где она." if rng.random() < 0.1 else "",
    }


def generate(session: Session, residents: int, seed: int = 1, today: _dt.date | None = None) -> dict:
    """Add `residents` synthetic residents with stays, plans, services and legal events."""
    session.require(Permission.EDIT_RESIDENTS)
    session.require(Permission.EDIT_LEGAL)
    session.require(Permission.EDIT_PLANS)
    rng = random.Random(seed)
    today = today or _dt.date.today()
    staff = session.user.username
    conn = session.db.conn
    counts = {"residents": 0, "stays": 0, "plans": 0, "services": 0, "legal_events": 0}
    now = now_utc()
    left: list[tuple[int, _dt.date]] = []          # (resident, exit date) of stays that ended
    cases: list[tuple[int, int, str, _dt.date]] = []  # (resident, case, role, date of the last event)
    everyone: list[tuple[int, _dt.date]] = []
    made: list[int] = []
    with session.transaction():
        for _ in range(residents):
            rec = make_resident(rng, today)
            reg = _dt.date.fromisoformat(rec["registration_date"])
            rec["case_number"] = residents_db.next_case_number(conn, reg.year)
            rid = residents_db.insert(conn, rec, now)
            everyone.append((rid, reg))
            made.append(rid)
            counts["residents"] += 1
            # Stays
            if rng.random() < 0.75:
                intake = reg + _dt.timedelta(days=rng.randrange(0, 8))
                length = int(rng.expovariate(1 / 70)) + 3
                exit_ = intake + _dt.timedelta(days=length)
                if intake > today:
                    intake = today
                if exit_ >= today:
                    stays_db.insert(conn, rid, intake.isoformat(), rng.choice(ROOMS))
                else:
                    reason = _weighted(rng, [("family_reintegration", 45), ("independent_living", 20),
                                             ("repatriated", 12), ("transferred", 8), ("left_voluntarily", 12),
                                             ("other", 3)])
                    stays_db.insert(conn, rid, intake.isoformat(), rng.choice(ROOMS), exit_.isoformat(), reason)
                    left.append((rid, exit_))
                counts["stays"] += 1
                # Plan
                if rng.random() < 0.7:
                    plan_id = plans_db.insert_plan(conn, rid, 1, staff, now,
                                                   resident_wishes="Хочу вернуться домой и найти работу.")
                    domains = rng.sample(codes.PLAN_DOMAIN.codes, rng.randrange(3, 7))
                    for pos, domain in enumerate(domains):
                        plans_db.set_need(conn, plan_id, domain, rng.choice(("low", "medium", "high")),
                                          "Оценено при поступлении.")
                        goal, action = GOALS[domain]
                        target = intake + _dt.timedelta(days=rng.randrange(30, 180))
                        plans_db.insert_goal(conn, plan_id, pos, domain, goal, action, staff, target.isoformat(),
                                             rng.choice(("open", "in_progress", "achieved")))
                    approved = min(today, intake + _dt.timedelta(days=rng.randrange(3, 15)))
                    plans_db.approve(conn, plan_id, staff, approved.isoformat(), True, approved.isoformat())
                    review = approved + _dt.timedelta(days=30)
                    # Some reviews slip: the Due screen shows them as overdue.
                    cutoff = today - _dt.timedelta(days=rng.choice((0, 0, 0, 12, 25)))
                    while review <= cutoff and review <= exit_:
                        plans_db.insert_review(conn, plan_id, review.isoformat(), "Идёт по плану.",
                                               (review + _dt.timedelta(days=30)).isoformat(), staff)
                        review += _dt.timedelta(days=30)
                    if exit_ < today:
                        # The person has left: the plan was completed, or dropped when they left early.
                        status = "cancelled" if rng.random() < 0.15 else "completed"
                        plans_db.close(conn, plan_id, status, max(exit_, approved).isoformat())
                    counts["plans"] += 1
            # Services
            for _ in range(int(rng.expovariate(1 / 5))):
                day = reg + _dt.timedelta(days=rng.randrange(0, 120))
                if day > today:
                    continue
                provider = rng.choice(PROVIDERS)
                services_db.insert(conn, {
                    "resident_id": rid, "date": day.isoformat(),
                    "service_type": _weighted(rng, [("psychological", 25), ("medical", 15),
                                                    ("legal_consultation", 12), ("humanitarian", 15),
                                                    ("documents", 8), ("vocational_training", 5),
                                                    ("family_contact", 6), ("education", 3), ("employment", 3),
                                                    ("interpretation", 2), ("repatriation", 2),
                                                    ("financial", 3), ("legal_representation", 1)]),
                    "provider": provider, "staff": staff, "duration_minutes": rng.choice((30, 45, 60, 90, None)),
                    "notes": "", "referral_status": None if provider == "in_house" else "received",
                }, now)
                counts["services"] += 1
            # Legal
            if rng.random() < 0.3:
                article = _weighted(rng, [("166", 50), ("167", 8), ("170", 10), ("159", 8), ("160", 10),
                                          ("160-1", 4), ("172", 5), ("other", 5)])
                role = _weighted(rng, [("victim", 84), ("witness", 8), ("suspect", 5), ("defendant", 3)])
                case_id = legal_db.insert_case(conn, rid, f"{reg.year}-{rng.randrange(10000, 99999)}", article,
                                               role, now, lawyer="Адвокат центра", state_legal_aid=rng.random() < 0.4)
                day = reg + _dt.timedelta(days=rng.randrange(1, 30))
                last_day = None
                for stage in ("complaint_filed", "investigation_opened", "sent_to_court", "conviction"):
                    if day > today:
                        break
                    months, non_custodial = None, False
                    if stage == "conviction":
                        if rng.random() < 0.25:
                            stage, months, non_custodial = "conviction", 0, True
                        else:
                            months = rng.choice((24, 36, 48, 60, 84, 96, 120, 144))
                    gap = _dt.timedelta(days=rng.randrange(20, 200))
                    last = rng.random() < 0.35 or stage == "conviction" or day + gap > today
                    hearing = None
                    if last and stage in ("sent_to_court", "investigation_opened") and rng.random() < 0.5:
                        hearing = (today + _dt.timedelta(days=rng.randrange(0, 21))).isoformat()
                    legal_db.insert_event(conn, case_id, day.isoformat(), stage, months, non_custodial,
                                          next_hearing_date=hearing)
                    counts["legal_events"] += 1
                    last_day = day
                    if last:
                        break
                    day += gap
                if last_day is not None:
                    cases.append((rid, case_id, role, last_day))
        from shelter_app import demo_aftercare

        counts.update(demo_aftercare.generate(conn, random.Random(seed * 7919 + 17), today, staff, now,
                                              everyone, left, cases))
        from shelter_app import demo_nrm

        counts.update(demo_nrm.generate(conn, made, seed, today, staff, now))
        session.audit(Action.DEMO_DATA_GENERATED, "database", "", {**counts, "seed": seed})
    return counts


# --- the demo's throwaway folder --------------------------------------------------

DEMO_PREFIX = "shelter-demo-"
OWNER_FILE = "owner.pid"


def demo_parent() -> Path:
    import tempfile

    return Path(tempfile.gettempdir())


def new_demo_dir() -> Path:
    """A fresh folder for one demo run, marked with the process that owns it."""
    import os
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX, dir=demo_parent()))
    (folder / OWNER_FILE).write_text(str(os.getpid()), encoding="ascii")
    return folder


def _alive(pid: int) -> bool:
    import os
    import sys

    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale_demo_dirs() -> list:
    """Remove the folders of demos that ended without cleaning up (killed, a
    power cut): every demo folder whose owning process is gone. A demo still
    running keeps its folder. Returns the folders removed."""
    import shutil

    removed = []
    for folder in demo_parent().glob(DEMO_PREFIX + "*"):
        if not folder.is_dir():
            continue
        try:
            pid = int((folder / OWNER_FILE).read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            pid = 0  # a folder from before the owner mark, or half made: nobody owns it
        if _alive(pid):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
    return removed
