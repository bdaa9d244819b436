"""Redaction rules added for issue #11 (round "redact6"): check-digit formats (Italian
codice fiscale, Dutch BSN, Canadian SIN), cue words for member/account/record numbers in
several languages, X12 CLM/CLP and HL7 IN1/PID fields, European plates after a vehicle
word, street grammars of Poland, Italy, Spain, Germany, the Netherlands, France and
Canada, unit parts, rural routes; and the look-alikes that must stay readable:
organisations' registry and tax numbers after their label, code systems (ICD-10, CPT,
LOINC, CVX, lot numbers), the organisation's own phone lines, freephone numbers, product
and document dates, error codes, table headings, organisation and road names."""

from __future__ import annotations

import pytest

from consultant.core.redaction import Redactor
from consultant.core.redaction_ids import bsn_valid, codice_fiscale_valid, heading_lines


def detections(text: str) -> list[tuple[str, str]]:
    return [(d.kind, text[d.start : d.end]) for d in Redactor([]).detect(text)]


def covered(text: str, part: str) -> bool:
    """Is every non-space character of ``part`` (first occurrence) inside a detection?"""
    start = text.index(part)
    mask = bytearray(len(text))
    for d in Redactor([]).detect(text):
        mask[d.start : d.end] = b"\x01" * (d.end - d.start)
    return all(mask[i] or text[i].isspace() for i in range(start, start + len(part)))


def touched(text: str, part: str) -> bool:
    """Is any character of ``part`` (first occurrence) inside a detection?"""
    start = text.index(part)
    return any(d.start < start + len(part) and start < d.end for d in Redactor([]).detect(text))


def roundtrip(text: str) -> None:
    r = Redactor([])
    assert r.restore(r.redact(text)) == text


# --- check digits ----------------------------------------------------------------------


def test_codice_fiscale_check_letter() -> None:
    assert codice_fiscale_valid("RSSMRA80A01H501U")
    assert not codice_fiscale_valid("RSSMRA80A01H501X")
    assert not codice_fiscale_valid("RSSMRA80A01H501")


def test_codice_fiscale_masked_without_a_cue_only_when_valid() -> None:
    assert covered("Ospite RSSMRA80A01H501U, ricovero confermato.", "RSSMRA80A01H501U")
    text = "Il build RSSMRA80A01H501X del server è in produzione."
    assert not touched(text, "RSSMRA80A01H501X")


def test_bsn_eleven_test_and_dotted_form() -> None:
    assert bsn_valid("111222333")
    assert not bsn_valid("111222334")
    text = "Patiënt Geert Visser, burgerservicenummer 1112.22.333, en versie 1112.22.334."
    assert covered(text, "1112.22.333")
    assert not touched(text, "1112.22.334")


def test_sin_with_cue_and_luhn() -> None:
    text = "Name: Nadia Frost\nSIN (for WSIB): 046 454 286\nRoom 046 454 287 is free."
    assert covered(text, "046 454 286")
    assert not touched(text, "046 454 287")


# --- cue words in several languages ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tessera sanitaria n. 80381828675963522111\n", "80381828675963522111"),
        ("Mutuelle : Harmonie Mutuelle, n° d'adhérent 7283 6602 90\n", "7283 6602 90"),
        ("Mitglieds-Nr. Pflegekasse: 909072635\n", "909072635"),
        ("Krankenversichertennummer : D938721683 (TK)\n", "D938721683"),
        ("Zorgverzekeraar: VGZ, polisnr. 250057934\n", "250057934"),
        ("Zorgverzekeraar: VGZ, verzekerdennummer 752653410\n", "752653410"),
        ("  Claim no.: 20-8386867-82\n", "20-8386867-82"),
        ("Prior-year AGI $84,210; IP PIN 421684\n", "421684"),
        ("Client: Rafael Love\nMatter: 7125-11187\n", "7125-11187"),
        ("Plate: JFP-3309\nCitation: Y1226917\n", "Y1226917"),
        ("Kod e-recepty: 5572\n", "5572"),
        ("Line 14:\n\n  Rx 7768166 | alprazolam 0.5 mg\n", "7768166"),
        ("The receipt notice IOE1159353699 is on the portal.", "IOE1159353699"),
        ("Vehicle: 2019 Honda CR-V, VIN ZSN89DPSNFC40TXSE, PA tag", "ZSN89DPSNFC40TXSE"),
    ],
)
def test_cue_words_mask_the_value(text: str, value: str) -> None:
    assert covered(text, value)
    roundtrip(text)


def test_cue_word_needs_a_number() -> None:
    text = "The matter is closed and the citation was dismissed."
    assert not touched(text, "closed")
    assert not touched(text, "dismissed")


# --- EDI and HL7 ------------------------------------------------------------------------


def test_x12_claim_identifier() -> None:
    text = "NM1*QC*1*ABERNATHY*PATIENCE~\nCLM*291714A*185***11:B:1*Y*A*Y*Y~\n"
    assert covered(text, "291714A")
    assert not touched(text, "185")


def test_hl7_in1_late_fields_and_bracketed_phone() -> None:
    pipes = "|" * 35
    text = (
        "PID|1||95246709^^^KPT^MR||FROST^CYRUS^^^^^L||19650923|F|||6700 MAIN ST^^ROCHESTER^NY"
        "^14638||(216)325-6031|||||8169512\n"
        f"IN1|1|BCBS-PPO|27332|HIGHMARK BCBS{pipes}PDR138088185\n"
    )
    assert covered(text, "(216)325-6031")
    assert covered(text, "PDR138088185")
    assert not touched(text, "27332")  # the payer's company id
    assert not touched(text, "HIGHMARK BCBS")


def test_hl7_message_header_and_vaccine_lot_stay() -> None:
    text = (
        "MSH|^~\\&|RAINTREE|KPT|BILLING|CH|89143736829674||ADT^A04|MSG659190|P|2.5.1\n"
        "RXA|0|1|20261022||20^DTaP^CVX|0.5|mL||00^new^NIP001|||||||U7021AA|20270331|PMC\n"
    )
    assert not touched(text, "89143736829674")
    assert not touched(text, "20270331")


# --- plates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Le fils vient le dimanche avec la voiture WV-953-AT ; merci.", "WV-953-AT"),
        ("El coche del paciente (6170 LYJ) figura en la hoja.", "6170 LYJ"),
        ("Wijkverpleegkundige Femke rijdt met de auto 82-JVJ-9; het rijbewijs.", "82-JVJ-9"),
        ("Tourfahrzeug: B-XM 816E, Fahrer/in Klaus", "B-XM 816E"),
        ("Samochód opiekuna: GD 9058V, prawo jazdy", "GD 9058V"),
        ("name;country;plate;type\nTobias Hill;UK;CP21 VJB;visitor\n", "CP21 VJB"),
    ],
)
def test_european_plates_after_a_vehicle_word(text: str, plate: str) -> None:
    assert covered(text, plate)


def test_plate_shapes_without_a_vehicle_word_stay() -> None:
    text = "Ticket AB-123-CD was closed; release 4748 PNB of the manual is out."
    assert not touched(text, "AB-123-CD")
    assert not touched(text, "4748 PNB")


# --- addresses and postcodes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Adres: ul. Piotrkowska 123/17 lok. 12, 90-001 Łódź\n", "ul. Piotrkowska 123/17 lok. 12"),
        ("Adres: os. Słoneczne 14/45, 50-020 Wrocław\n", "os. Słoneczne 14/45"),
        ("Residenza: Via dei Mille 117, int. 7, 80133 Napoli\n", "Via dei Mille 117, int. 7"),
        ("domicilio C/ Mayor 129, 3º B, 41004 Sevilla, móvil", "C/ Mayor 129, 3º B"),
        ("Anschrift: Am Mühlbach 70 b, 2. OG links, 20357 Hamburg\n", "Am Mühlbach 70 b"),
        ("Anschrift: Am Mühlbach 70 b, 2. OG links, 20357 Hamburg\n", "2. OG links"),
        ("woonachtig Van Speijkstraat 164-3, 4798 BL Amersfoort", "Van Speijkstraat 164-3"),
        ("Adresse : 112 impasse du Moulin, bât. A, apt 71, 69003 Lyon\n", "bât. A, apt 71"),
        ("Address: Apt 3 - 479 Bloor St E, Toronto ON M4K 4E2\n", "Apt 3 - 479 Bloor St E"),
        ("2. c/o Ruairi Cook, RR 2 Box 182, Durham 27768\n", "RR 2 Box 182"),
        ("Mailing: 7630 County Road 12, Apt 9, Tacoma, WA 98421\n", "7630 County Road 12"),
        ("1. Henrik Young, 6510 W 38th St Rear, Durham NC 27705\n", "6510 W 38th St Rear"),
        ("summer: bill bird at 149 sycamore blvd? i'll call", "149 sycamore blvd"),
    ],
)
def test_street_grammars(text: str, address: str) -> None:
    assert covered(text, address)
    roundtrip(text)


def test_polish_and_bare_us_postcodes() -> None:
    text = (
        "Adres: os. Słoneczne 14/45, 50-020 Wrocław\n"
        "Home:\n  615 N. Prospect Ave\n  Durham, 27718-6323\n"
    )
    assert covered(text, "50-020")
    assert covered(text, "27718-6323")


def test_address_look_alikes_stay() -> None:
    text = "Arrivo: tangenziale, uscita Corso Regina, poi SS24. Score 50-020 in the final."
    assert not touched(text, "Corso Regina")
    assert not touched(text, "50-020")


# --- dates ------------------------------------------------------------------------------


def test_polish_month_and_short_dates_in_record_rows() -> None:
    text = "Data urodzenia: 15 listopada 1976\n89032;Koch, Dieter;22.01.83;Allianz\n"
    assert covered(text, "15 listopada 1976")
    assert covered(text, "22.01.83")


def test_weekday_the_nth_about_a_person() -> None:
    text = "my dad april, his birthday is june 25, 1979, he missed dialysis on tuesday the 7th"
    assert covered(text, "tuesday the 7th")
    assert covered(text, "april")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("OH licence RN.335297 (expires 04/28/2027), DEA BM5217383", "04/28/2027"),
        ("Release 26.2 ships on Saturday, June 13, 2026 between 01:00 and 05:00.", "June 13, 2026"),
        ("No rush; the submission closes on November 30, 2026.", "November 30, 2026"),
        ("When Docketwise fills Form I-130 (edition 04/01/24) the fields shift.", "04/01/24"),
    ],
)
def test_product_and_document_dates_stay(text: str, date: str) -> None:
    assert not touched(text, date)


def test_a_persons_date_still_masked_near_those_words() -> None:
    text = "Patient Nadia Whitlock, DOB 08/25/1946, her licence expires 04/28/2027."
    assert covered(text, "08/25/1946")


# --- public numbers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("La nostra P.IVA IT10035225934 e il codice struttura sono pubblici.", "IT10035225934"),
        ("Le numéro de la pharmacie (FINESS 774207295) est public.", "774207295"),
        ("Weiterbehandelnd: Heike Vogel, BSNR 349463163", "349463163"),
        ("Dane firmy: NIP 874-107-95-23, REGON 869158332, KRS 0000813528.", "874-107-95-23"),
        ("Dane firmy: NIP 874-107-95-23, REGON 869158332, KRS 0000813528.", "869158332"),
        ("Ons KvK-nummer KvK 76709815 en AGB-code AGB 73125562 zijn openbaar.", "76709815"),
        (
            "Die Praxis-IK IK 267379692 und unsere USt-IdNr. DE802158777 sind öffentlich.",
            "DE802158777",
        ),
        ("Our firm EIN 46-2773851 and PTIN P08502806 can appear.", "P08502806"),
        ("Our sponsor EIN is EIN 84-1114694 (public).", "84-1114694"),
        ("Model W1DR01 and the UDI-DI 00643169001234 are fine.", "00643169001234"),
        ("Our pharmacy NCPDP ID (NCPDP 3912284) is fine.", "3912284"),
        ("Reagent lot Lot 38271B and LOINC 2345-7 are fine.", "38271B"),
        ("CVX 20 is right for DTaP.", "CVX 20"),
        ("| 6615069 | Will Frost | 9/23/2018 | peanut (Z91.010) |", "Z91.010"),
        ("Drew saw me on 2/13/2026 (90837, F41.1).", "90837"),
        ("The test patient is ZZTEST with MRN 0000000.", "0000000"),
        ("Die Fehlermeldung lautet DTV-E0415 Pflichtfeld leer.", "DTV-E0415"),
        ("Kod błędu P1-ERR-4093, zgłoszenie KAM-2026-0311.", "P1-ERR-4093"),
    ],
)
def test_organisation_numbers_and_codes_stay(text: str, keep: str) -> None:
    assert not touched(text, keep)


def test_patient_numbers_beside_public_ones_still_masked() -> None:
    text = "Patient Zofia Kamińska, PESEL 93100118249. Dane firmy: NIP 874-107-95-23."
    assert covered(text, "93100118249")
    assert not touched(text, "874-107-95-23")


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Our office number for the Vyne call is (412) 555-0142.", "(412) 555-0142"),
        ("The district office number (614) 555-0100 is on the website.", "(614) 555-0100"),
        ("Registered Manager\nReception: 0113 496 0814", "0113 496 0814"),
        ("Goethestr. 25 · 80469 München · Tel. 0800 555 0108", "0800 555 0108"),
    ],
)
def test_organisation_phone_lines_stay(text: str, keep: str) -> None:
    assert not touched(text, keep)


def test_a_persons_phone_is_still_masked() -> None:
    text = "Her mobile is (412) 555-0199; the main number (412) 555-0100 is fine."
    assert covered(text, "(412) 555-0199")


# --- names ------------------------------------------------------------------------------


def test_heading_lines() -> None:
    text = (
        "LastName,FirstName,DOB,Carrier,SubscriberID,Fee\nHaverkamp,Hope,08/22/1996,MetLife,W1,$1\n"
    )
    assert heading_lines(text) == [(0, text.index("\n"))]
    assert not touched(text, "Carrier")
    assert not touched(text, "Fee")
    assert covered(text, "Haverkamp")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Cordiali saluti,\nRosaria Greco\nPoliambulatorio San Luca", "Poliambulatorio San Luca"),
        ("Mit freundlichen Grüßen\nMatthias Fuchs\nPhysiotherapie Vogelsang\n", "Vogelsang"),
        ("Pozdrawiam,\nAgnieszka Nowak\nGabinet Rehabilitacji Ruch", "Gabinet Rehabilitacji Ruch"),
        ("Lucinda Frost | Move-in Coordinator | Golden Acres Senior Living\n", "Golden Acres"),
        ("Rosalind Young\nParalegal, Okafor Visa Law", "Okafor Visa Law"),
        ("Die Fahrt geht über die A100 bis Ausfahrt Tempelhofer Damm, dann B96.", "Tempelhofer"),
        ("Dojazd: S8, zjazd Marki. Wizyta 120 zł.", "Marki"),
        ("The roster page in Deputy cuts off names.", "Deputy"),
        ("The job in Consolo ran on March 3.", "Consolo"),
    ],
)
def test_organisations_and_roads_are_not_people(text: str, org: str) -> None:
    assert not touched(text, org)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "a sympathy card addressed to the daughter, c/o Ottilie Page, PO Box 9747.",
            "Ottilie Page",
        ),
        (
            "Hi, attached are Mom's forms. Colette Best, born April 23, 1944, moving in.",
            "Colette Best",
        ),
        ("Our reminder job sent Thandiwe Best's session link to another family.", "Thandiwe Best"),
        ("Spouse Bernadette Petrakis\nDependant Mark, born 08/20/2008\n", "Mark"),
        ("summer [7:58 AM]: did you see the chart?\ngrace [8:01 AM]: yes\n", "summer"),
        ("summer [7:58 AM]: did you see the chart?\ngrace [8:01 AM]: yes\n", "grace"),
    ],
)
def test_names_in_new_shapes(text: str, name: str) -> None:
    assert covered(text, name)
    roundtrip(text)


def test_signoff_best_stays() -> None:
    text = "Thanks for the update.\n\nBest,\nColette"
    assert not touched(text, "Best")
    assert covered(text, "Colette")
