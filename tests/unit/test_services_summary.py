"""The printable summary of a resident's services and legal cases, read back
from a real PDF."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from shelter_app import legal, residents, services
from shelter_app.printing import summary_pdf


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


@pytest.fixture
def resident(director, make_resident):
    return residents.create(director, make_resident(full_name="Өмүрзакова Үмүт Ңаспай"))


def test_summary_lists_services_cases_events_and_flags(director, resident, tmp_path):
    services.log(director, resident["id"], {"date": "2025-03-01", "service_type": "medical",
                                            "provider": "Городская больница №4", "duration_minutes": 40,
                                            "notes": "<font size=40>Анализы</font> & <img src='x.png'/>"})
    services.log(director, resident["id"], {"date": "2025-03-05", "service_type": "legal_consultation"})
    case = legal.create_case(director, resident["id"], {"case_ref": "UD-77", "cc_article": "166",
                                                         "resident_role": "defendant", "lawyer": "Адвокат"})
    legal.set_non_punishment_raised(director, case["id"], True)
    legal.add_event(director, case["id"], {"date": "2025-03-10", "stage": "requalified", "cc_article": "160"})
    legal.add_event(director, case["id"], {"date": "2025-04-10", "stage": "conviction", "sentence_months": 18})
    out = summary_pdf.save(director, resident["id"], tmp_path / "s.pdf", lang="en")
    text = _text(out.read_bytes())
    assert resident["case_number"] in text and "Өмүрзакова Үмүт Ңаспай" in text
    assert "Services (2)" in text and "Medical care" in text and "Legal consultation" in text
    assert "Городская больница №4 — Referred" in text
    # What users typed prints literally: no markup is interpreted, no file is read.
    assert "<font size=40>Анализы</font> & <img src='x.png'/>" in text
    assert "Case UD-77" in text and "Art. 160 — Facilitation of prostitution and debauchery (opened under Art. 166" in text
    assert "18 months" in text and "Non-punishment principle raised yes" in text
    assert "Law of the Kyrgyz Republic No. 55" in text and "less grave crimes" in text
    assert "requalified from Art. 166" in text
    assert "Page 1 of" in text
    actions = [r[0] for r in director.db.conn.execute("SELECT action FROM audit_log")]
    assert "summary_printed" in actions


def test_summary_in_kyrgyz_with_case_numbers_only(director, resident):
    services.log(director, resident["id"], {"date": "2025-03-01", "service_type": "psychological"})
    data = summary_pdf.pdf(director, resident["id"], lang="ky", case_numbers_only=True)
    text = _text(data)
    assert resident["case_number"] in text
    assert "Өмүрзакова" not in text
    assert "01.03.2025" in text  # dd.mm.yyyy in Kyrgyz
    assert "Кызматтар жана соттук иштер" in text and "Кызматтар (1)" in text and "Психологиялык жардам" in text


def test_lawyer_and_social_worker_may_print(login, resident):
    for user in ("sam", "lena"):
        session = login(user)
        assert _text(summary_pdf.pdf(session, resident["id"], lang="en")).count(resident["case_number"]) >= 1
