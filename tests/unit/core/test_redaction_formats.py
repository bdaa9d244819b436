"""Redaction of formats from several countries and of names shaped by their context
(lower case, chat speakers, relatives, initials), and the numbers and strings that
belong to organisations and must stay readable. Examples are invented."""

from __future__ import annotations

import pytest

from consultant.core.redaction import Redactor


def masked_text(text: str) -> str:
    """``text`` with every detection replaced by ``#``."""
    out = list(text)
    for d in Redactor(()).detect(text):
        out[d.start : d.end] = "#" * (d.end - d.start)
    return "".join(out)


def is_masked(text: str, value: str) -> bool:
    start = text.index(value)
    return all(c == "#" for c in masked_text(text)[start : start + len(value)] if c != " ")


def untouched(text: str, value: str) -> bool:
    start = text.index(value)
    return masked_text(text)[start : start + len(value)] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Aanvraag voor:\n  Petra Smit\n  Lindengracht 41-bis, 3512 KD Utrecht\n", "3512 KD"),
        ("Aanvraag voor:\n  Petra Smit\n  Lindengracht 41-bis, 3512 KD Utrecht\n", "41-bis"),
        ("Adresse : 12 montée des Carmes, 31000 Toulouse\n", "12 montée des Carmes"),
        ("  Lucía Ortega — Calle del Prado 14, 3º B, 28014 Madrid\n", "Calle del Prado 14, 3º B"),
        ("ihre Adresse Am Kirchberg 12, 50667 Köln steht im Freitext.", "Am Kirchberg 12"),
        ("Street: 4411 MAPLE RIDGE DR\nZip: 30301\n", "4411 MAPLE RIDGE DR"),
        ("id,last,first,street,zip\n88,DOE,JANE,712 Birch Hollow Ln,30301,OT\n", "30301"),
        ("id,last,first,street,zip\n88,DOE,JANE,712 Birch Hollow Ln,30301,OT\n", "Birch Hollow"),
        ('{"line": ["Beukenlaan 7"], "postalCode": "1234 AB", "city": "Zeist"}', "1234 AB"),
        ("kenteken voor de vergunning: 5-KLM-42\n", "5-KLM-42"),
        ("Her banking: transit 12345-678 1234567 at the credit union.", "12345-678 1234567"),
        ("  Fahrer: Uwe Brandt\n  Führerschein: B72KQPLMNX1\n", "B72KQPLMNX1"),
        ("CGM: sensor serial 7QXWPLMRT2, started Monday.", "7QXWPLMRT2"),
        (
            '"identifier": [{"system": "http://example.org/NamingSystem/bsn", '
            '"value": "123456782"}]',
            "123456782",
        ),
        ("Contact: Anneke Visser, Tel. +31 6 1234 5678 (mobile)", "+31 6 1234 5678"),
        ("1,DOE,JANE,12 Elm St,30301,+1 404 555 2368,SN\n", "+1 404 555 2368"),
        (
            "Leases:\nclient mac 7a:1c:e3:40:92:bb  ip 10.20.0.143  login: K. Okafor\n",
            "10.20.0.143",
        ),
        (
            "ROUTE   DRIVER         DL                    PLATE\n"
            "RT-12   Okafor, T.     MI N 123 456 789 012  ABC-1234\n"
            "RT-13   Lane, R.       OH RF123456           XYZ-9876\n",
            "N 123 456 789 012",
        ),
    ],
)
def test_addresses_postcodes_and_ids_of_several_countries_are_masked(
    text: str, value: str
) -> None:
    assert is_masked(text, value), masked_text(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('transcript: "hi this is frank okonjo calling about my mother"', "frank okonjo"),
        ("can you add these to the list? rose mbatha and the others", "rose mbatha"),
        ("[10:02] KT: did the sync run?\n[10:03] R. Okafor: not yet\n", "KT"),
        ("[10:02] KT: did the sync run?\n[10:03] R. Okafor: not yet\n", "R. Okafor"),
        ("[10:05] KT: grace can you merge them?\n", "grace"),
        ("call me back or my husband Dominic at 555 0100 thanks", "Dominic"),
        ("RT-1  Okafor, T.  TX 1234\n", "T."),
        ("Scans in the folder:\n\nOkafor_Grace_2231.pdf\nIMG_Nakamura_0231.jpg\n", "Okafor_Grace"),
        ("Scans in the folder:\n\nOkafor_Grace_2231.pdf\nIMG_Nakamura_0231.jpg\n", "Nakamura"),
        ("she called about my mother dolores ferrante yesterday", "dolores ferrante"),
    ],
)
def test_names_shaped_by_their_context_are_masked(text: str, value: str) -> None:
    assert is_masked(text, value), masked_text(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Vendor support line: 1-800-555-0199, open 24/7.", "1-800-555-0199"),
        ("RXE|^^^^|00093-7146-56^METFORMIN 500MG TAB|500||MG", "00093-7146-56"),
        ("We are a small clinic. Org NPI is 1234567893 if they ask.", "1234567893"),
        ("The file says Payer ID 60054, ISA control 000001234.", "60054"),
        ("For testing use the usual 4111 1111 1111 1111 only.", "4111 1111 1111 1111"),
        (
            "Subject: [JIRA] (ABC-1234) import fails\n\nJane Roe created ABC-1234:\n",
            "ABC-1234",
        ),
        ("Fout: HAPI-1094: identifier missing", "HAPI-1094"),
        (
            '"meta": {"profile": ["http://example.org/fhir/StructureDefinition/core-Patient"]}',
            "http://example.org/fhir/StructureDefinition/core-Patient",
        ),
        ("The lot number is on the box: Lot LOT 9B1234 in that shipment.", "LOT 9B1234"),
        ("NM1*85*2*LAKESIDE CLINIC*****XX*1234567893~\nHL*1**20*1~", "1234567893"),
        ("the kiosk MAC 00:1A:2B:3C:4D:5E (that's our hardware, fine to share)", "00:1A"),
        ("| Client | NHS No | DOB | Sessions |\n|---|---|---|---|\n| Jo Bloggs | x | y | 3 |\n",
         "Sessions"),
        ("Student: Jane Okafor, Grade 4, born in spring", "Grade 4"),
        ("He said port 443 is open and will bring the laptop.", "port 443"),
        ("Our annual report to the state is due June 30, as every year.", "June 30"),
        ("Contract SOW-0042 caps the hours at 40.", "SOW-0042"),
        ("Add a firewall rule for the NAS at 10.20.0.5, Jane Roe asked.", "10.20.0.5"),
    ],
)
def test_organisations_numbers_and_standard_names_stay(text: str, value: str) -> None:
    assert untouched(text, value), masked_text(text)


def test_date_time_is_not_a_street() -> None:
    text = "The window is Friday 18:00 CT. Thanks."
    assert untouched(text, "18:00 CT")
