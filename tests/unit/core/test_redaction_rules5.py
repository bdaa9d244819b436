"""Redaction rules added for issue #11 (round "redact5"): numbers and dates read out in
transcripts, months in more languages, names the census lists lack, lower-case
"surname, first name", particles and titles in Dutch/French, and the look-alikes that
must stay readable (articles, pronouns and nouns of German, Dutch and French mail,
nationalities, field labels, sentence ends, contractions)."""

from __future__ import annotations

import pytest

from consultant.core.redaction import Redactor
from consultant.core.redaction_lexicon import lexicon


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
    return any(
        d.start < start + len(part) and start < d.end for d in Redactor([]).detect(text)
    )


def roundtrip(text: str) -> None:
    r = Redactor([])
    assert r.restore(r.redact(text)) == text


# --- numbers and dates spelled out ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "voicemail: call me back at five oh three, five five five, zero one nine nine",
            "five oh three, five five five, zero one nine nine",
        ),
        ("his member number is double five two three oh four nine nine one", "double five"),
        ("rufen Sie an: null eins sieben eins, zwei drei vier fünf", "null eins sieben eins"),
    ],
)
def test_a_number_read_out_is_masked(text: str, part: str) -> None:
    assert covered(text, part)
    roundtrip(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("we meet one or two times a week, three or four sessions", "one or two"),
        ("one, two, three: the steps of the wizard", "one, two, three"),
        ("een of twee keer per week", "een of twee"),
    ],
)
def test_a_few_number_words_stay(text: str, part: str) -> None:
    assert not touched(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("her date of birth is June second nineteen forty, thanks", "June second nineteen forty"),
        ("born on the twenty-first of March, 1950", "the twenty-first of March, 1950"),
        ("Mr. Quist was admitted on the third of March", "the third of March"),
    ],
)
def test_a_date_read_out_is_masked(text: str, part: str) -> None:
    assert covered(text, part)
    roundtrip(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("the release is planned for June second", "June second"),
        ("the second of three sessions is online", "second of three"),
        ("a second opinion, the first of many", "the first of many"),
    ],
)
def test_an_ordinal_that_is_no_persons_date_stays(text: str, part: str) -> None:
    assert not touched(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("client Joost Bakker, geboren 5 mei 1970, belt morgen", "5 mei 1970"),
        ("la paziente è nata il 3 marzo 1950 a Torino", "3 marzo 1950"),
        ("o paciente nasceu em 14 de julho de 1988", "14 de julho de 1988"),
    ],
)
def test_dutch_italian_and_portuguese_months(text: str, part: str) -> None:
    assert covered(text, part)


# --- names ------------------------------------------------------------------------------


def test_names_the_census_lists_lack_are_in_the_lexicon() -> None:
    lex = lexicon()
    for first in ("ngozi", "chinedu", "kemi", "wanjiru", "aarav", "minjun"):
        assert lex.is_first(first), first
    for last in ("okonkwo", "adeyemi", "ndlovu", "mwangi", "chakraborty"):
        assert lex.is_last(last), last


def test_slavic_surname_endings_count_as_surnames_but_words_do_not() -> None:
    lex = lexicon()
    for last in ("kuznetsova", "shevchenko", "kovalchuk", "wisniewska", "petrovic"):
        assert lex.is_last(last), last
    # words with those endings are no surnames ("risky", "whisky", "clinic")
    for word in ("clinic", "topic", "traffic", "risky", "whisky", "pelvic"):
        assert not lex.is_last(word), word


def test_uncued_names_of_many_origins_are_masked() -> None:
    text = "Ngozi Okonkwo and Nadezhda Kuznetsova confirmed the visit for Chinedu Eze."
    for name in ("Ngozi Okonkwo", "Nadezhda Kuznetsova", "Chinedu Eze"):
        assert covered(text, name), name


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("the scheduler shows a visit for pt. okafor, chinedu on Friday", "okafor, chinedu"),
        ("Patient: okafor, chinedu", "okafor, chinedu"),
        ("hi, nurse aide darnell couldn't log in to the tablet", "darnell"),
        ("client nguyen thi lan wants her invoice again", "nguyen"),
    ],
)
def test_lower_case_names_after_a_role_or_as_surname_comma_first(text: str, part: str) -> None:
    assert covered(text, part)
    roundtrip(text)


def test_role_word_and_contraction_are_not_part_of_a_name() -> None:
    text = "hi, nurse aide darnell couldn't log in"
    assert not touched(text, "aide")
    assert not touched(text, "couldn't")
    assert not touched("the aide couldnt log in", "couldnt")


def test_particle_after_a_title_joins_the_name() -> None:
    for text, name in (
        ("Mevrouw de Jong belde gisteren", "de Jong"),
        ("Hallo Frau de Vries, ich rufe an", "de Vries"),
    ):
        assert covered(text, name), text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le cabinet du Docteur Moreau utilise la même version.", "Moreau"),
        ("La patiente Mme Lefèvre n'a pas été facturée.", "Lefèvre"),
        ("Estimado señor Ibarra, le escribo por la factura.", "Ibarra"),
    ],
)
def test_titles_in_other_languages(text: str, name: str) -> None:
    assert covered(text, name)


# --- look-alikes that stay ----------------------------------------------------------------

GERMAN = (
    "Hallo Ilse,\n\nUnser Arzt Dr. Feldmann sagt, die Medikation fehlt. Können Sie bitte "
    "prüfen, ob der Dienst auf dem Server noch läuft? Bitte melden Sie sich bei mir.\n"
)
DUTCH = (
    "Beste Ilse,\n\nDe koppeling tussen ons EPD en de apotheek geeft weer een fout. Kun je "
    "kijken of de Vecozo-aansluiting nog werkt? Ze wil teruggebeld worden.\n"
)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (GERMAN, "Unser Arzt"),
        (GERMAN, "Können Sie bitte"),
        (GERMAN, "der Dienst"),
        (GERMAN, "dem Server"),
        (GERMAN, "Bitte melden Sie sich bei mir"),
        (DUTCH, "Beste"),
        (DUTCH, "De koppeling"),
        (DUTCH, "de apotheek"),
        (DUTCH, "Kun je"),
        (DUTCH, "wil teruggebeld"),
        ("bonjour, le patient M. Benoît Lacroix est né le 02/05/1962", "le patient"),
        ("bonjour, le patient M. Benoît Lacroix est né le 02/05/1962", "né le"),
    ],
)
def test_function_words_and_nouns_of_other_languages_stay(text: str, part: str) -> None:
    assert not touched(text, part)


def test_the_people_in_foreign_mail_are_still_masked() -> None:
    assert covered(GERMAN, "Ilse") and covered(GERMAN, "Feldmann")
    assert covered(DUTCH, "Ilse")
    assert covered("bonjour, le patient M. Benoît Lacroix", "Benoît Lacroix")


@pytest.mark.parametrize(
    ("text", "part", "personal"),
    [
        ("for beneficiary Rutger Vlasic. Error code E1042 in Sandata.", "Error", "Rutger Vlasic"),
        (
            "Subscriber: Thaddeus P. Krzyzanowski  DOB: 1947-08-30  Plan: BlueCare Plus",
            "Plan",
            "Thaddeus P. Krzyzanowski",
        ),
        ("can the form accept Dutch BSN 123456782 for client Joost", "Dutch", "123456782"),
    ],
)
def test_sentence_ends_field_labels_and_nationalities_stay(
    text: str, part: str, personal: str
) -> None:
    assert not touched(text, part)
    assert covered(text, personal)


def test_a_national_id_keyword_beats_a_vendor_word_further_back() -> None:
    assert covered("can the form accept BSN 123456782 now?", "123456782")
    # a vendor's own number right after the vendor word stays
    assert not touched("vendor Tax ID 12-3456789 on the W-9", "12-3456789")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("dob 04-Mar-1952, lives alone", "04-Mar-1952"),
        ("DOB: 4/MAR/52", "4/MAR/52"),
        ("she was admitted 12.3.24 to the ward", "12.3.24"),
    ],
)
def test_day_month_name_year_and_dotted_short_years_tied_to_a_person(
    text: str, part: str
) -> None:
    assert covered(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("release 5-Mar-2025 of the app", "5-Mar-2025"),
        ("upgrade the server to 12.3.24 tonight", "12.3.24"),
    ],
)
def test_release_dates_and_versions_stay(text: str, part: str) -> None:
    assert not touched(text, part)


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("Patient ID: 00923-11, Acct# 55-01992-3", "Patient ID", "00923-11"),
        ("Patient Name: Maria Lopez", "Patient Name", "Maria Lopez"),
        ("Client Name: Joaquín Pellegrino", "Client Name", "Joaquín Pellegrino"),
    ],
)
def test_field_labels_stay_and_their_values_are_masked(text: str, label: str, value: str) -> None:
    assert not touched(text, label)
    assert covered(text, value)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tbh marisol said the tablet froze again", "marisol"),
        ("assigned to priya; gwendolyn's chart was updated", "gwendolyn"),
        ("teodoro’s mum rang again about the meds", "teodoro"),
    ],
)
def test_lower_case_first_names_before_a_speech_verb_or_as_owner(text: str, name: str) -> None:
    assert covered(text, name)
    roundtrip(text)


@pytest.mark.parametrize(
    "text",
    ["the nurse said it works", "our kareo said no", "and epic said yes", "the epic's chart view"],
)
def test_words_and_products_before_said_or_chart_stay(text: str) -> None:
    assert Redactor([]).detect(text) == []


def test_initials_without_a_space_join_the_surname() -> None:
    text = "the chart was updated by J.R. Tolliver yesterday"
    assert covered(text, "J.R. Tolliver")
    assert not touched("our account is with U.S. Bank", "U.S.")


def test_a_name_found_once_is_masked_in_parentheses_too() -> None:
    text = "the alert went to Dr. Ferreira's old number. Please remove 651-555-0199 (Ferreira) now"
    second = text.rindex("Ferreira")
    assert any(d.start <= second < d.end for d in Redactor([]).detect(text))
    # a word in parentheses that is no name found elsewhere stays
    assert not touched("the docs (Mark the section) stay", "Mark")
