"""Redaction rules of round 8 (over-masking): organisation names that hold a surname
(head words of practices and firms in several languages, trades and legal forms after
a surname, partners joined by "&"), rooms and buildings named after people or things,
job titles in signatures, pets listed after a species word, the office's own devices
(inventory numbers, card terminals, badge readers, office laptops) and the practice's
own account with a vendor. Each keep test has a twin where a real person's name next to
such a word is still masked."""

from __future__ import annotations

import pytest

from consultant.core.redaction import Redactor


def touched(text: str, part: str) -> bool:
    """Is any character of ``part`` (first occurrence) inside a detection?"""
    start = text.index(part)
    return any(d.start < start + len(part) and start < d.end for d in Redactor([]).detect(text))


def roundtrip(text: str) -> None:
    r = Redactor([])
    assert r.restore(r.redact(text)) == text


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        # a head word of a practice or firm before the surname
        ("Die Unterlagen gingen an das Steuerbüro Becker am Bahnhof.", "Becker"),
        ("We sturen de factuur naar Tandartspraktijk Van Dijk in Zeist.", "Van Dijk"),
        ("Il referto arriva dallo Studio Dentistico Russo domani.", "Russo"),
        ("Die Befunde gehen an die Hausarztpraxis Dr. Brandstetter.", "Brandstetter"),
        # the head word inside the run, a legal form or a trade after the surname
        ("Die Praxis Dr. Ostermann Zahnarztpraxis GmbH ist umgezogen.", "Ostermann"),
        ("Opposing counsel is Derek Hale at Hale Morgan LLP.", "Hale Morgan"),
        ("Checks are run by Okafor Payroll on Fridays.", "Okafor Payroll"),
        ("Scans go to Halvorsen Orthodontics by noon.", "Halvorsen"),
        # partners joined by "&"
        ("The lease was drafted by Turner & Sons for the landlord.", "Turner"),
        ("O contrato veio de Oliveira & Associados ontem.", "Oliveira"),
    ],
)
def test_organisation_with_surname_kept(text: str, keep: str) -> None:
    assert not touched(text, keep)
    roundtrip(text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Two patients were booked at 9:00 in Room Lister yesterday.", "Lister"),
        ("A reunião é na sala Sobral Cid às 10h.", "Sobral Cid"),
        ("Der Bewegungsmelder im Zimmer Sonnenblick 2 spinnt.", "Sonnenblick"),
        ("L'infirmerie est au bâtiment Martin, rez-de-chaussée.", "Martin"),
        ("I will be at Whitfield Hall all afternoon for the audit.", "Whitfield Hall"),
        ("The printer in the Ashcombe Wing is offline again.", "Ashcombe Wing"),
    ],
)
def test_room_or_building_kept(text: str, keep: str) -> None:
    assert not touched(text, keep)
    roundtrip(text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Thanks,\nLakeside Hospice - Privacy Officer.\n\nBrooke\n", "Privacy Officer"),
        ("Best,\nParish Records - Town Clerk.\n\nDana\n", "Town Clerk"),
    ],
)
def test_job_title_in_signature_kept(text: str, keep: str) -> None:
    assert not touched(text, keep)
    roundtrip(text)


@pytest.mark.parametrize(
    ("text", "keeps"),
    [
        ("Reminder cards failed. Pets this week: Charlie, Buddy, Lucy and Molly.",
         ["Charlie", "Buddy", "Lucy", "Molly"]),
        ("Gisteren kwam een klant met haar hond Max en kat Lola langs.", ["Max", "Lola"]),
        ("Dogs Juniper and Pickles are due for boosters.", ["Juniper", "Pickles"]),
        ("Seen today: Rufus (beagle), Oliver (rabbit), Daisy (persian).",
         ["Rufus", "Oliver", "Daisy"]),
    ],
)
def test_pet_lists_kept(text: str, keeps: list[str]) -> None:
    for keep in keeps:
        assert not touched(text, keep), keep
    roundtrip(text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("It's asset tag QRT-SCN-881, serial B7KD004592, it's our own office unit.", "B7KD004592"),
        ("Der Sensor mit der Seriennummer QX7-0091234, Inventarnummer ZP-RX-07, fällt aus.",
         "QX7-0091234"),
        ("The health office laptop (asset KQ-22-0913) won't start.", "KQ-22-0913"),
        ("The badge reader at Door 2 (MAC 00:06:8E:41:77:1C) is offline.", "00:06:8E:41:77:1C"),
    ],
)
def test_office_devices_kept(text: str, keep: str) -> None:
    assert not touched(text, keep)
    roundtrip(text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Sync fails since Monday. Our Zenplex account is ZX-448120.", "ZX-448120"),
        ("They asked for our customer number, which is QRS-551902.", "QRS-551902"),
    ],
)
def test_vendor_account_kept(text: str, keep: str) -> None:
    assert not touched(text, keep)
    roundtrip(text)


# --- people next to those words are still masked --------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Praxis von Frau Brandstetter ruft morgen an.", "Brandstetter"),
        ("I spoke with Parker Hughes about the deposition.", "Parker Hughes"),
        ("Patient Gloria Whitfield is in Room 4 today.", "Whitfield"),
        ("I spoke with Monica Hall yesterday about the bill.", "Monica Hall"),
        ("Thanks,\nBrooke Adair - Privacy Officer\n", "Brooke Adair"),
        ("Dogs Juniper and Pickles; owner Marguerite Oyelaran called.", "Marguerite Oyelaran"),
        ("Her dog Rufus bit her. Dogs Rufus, Maribel Okonkwo said, are fine.", "Okonkwo"),
        ("The tablet of patient Harriet Lomax, serial R52W30XYZ9K, is lost.", "R52W30XYZ9K"),
        ("Our account with her is 44120931 for Mrs. Delacroix.", "Delacroix"),
        ("Her Chase account is 55512345, please fix.", "55512345"),
    ],
)
def test_people_still_masked(text: str, name: str) -> None:
    assert touched(text, name)
    roundtrip(text)


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        # what a product is, in brackets after its name
        ("Claims fail in Melody (the billing add-on) since Friday.", "Melody"),
        ("Le logiciel Sandrine (version 4.1) plante au démarrage.", "Sandrine"),
        # an insurer named as such
        ("Haar zorgverzekeraar is Menzis Hendriks sinds januari.", "Hendriks"),
        # a place name after an organisation and "am"/"im"
        ("Die Rosen-Apotheke am Wagner liefert heute nicht.", "Wagner"),
        # a compound whose last part is an organisation's head word
        ("Die Rosen-Apotheke liefert heute nicht.", "Rosen-Apotheke"),
        # a hyphenated word whose last part is a lower-case noun
        ("De Bakker-koppeling met het portaal werkt niet.", "Bakker-koppeling"),
    ],
)
def test_products_and_words_kept(text: str, keep: str) -> None:
    assert not touched(text, keep)
    roundtrip(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Melody Carter (the new nurse) called about the rota.", "Melody Carter"),
        ("Jean-Pierre Dubois called about the invoice.", "Jean-Pierre Dubois"),
        ("Haar dochter Fenna Hendriks belt morgen terug.", "Fenna Hendriks"),
        ("Die Apotheke hat am Montag Frau Wagner angerufen.", "Wagner"),
        ("Frau Saleh-Becker ruft wegen der Apotheke an.", "Saleh-Becker"),
    ],
)
def test_people_near_products_still_masked(text: str, name: str) -> None:
    assert touched(text, name)
    roundtrip(text)


# A review's adversarial sentences: each word-class rule of round 8 once unmasked
# the person (or the patient's number) in one of these.
_PEOPLE_NEXT_TO_THING_WORDS = [
    ("Quick chat: Jennifer Walsh asked about her refund again.", ["Jennifer Walsh"]),
    ("Dogs: Jennifer Walsh and Tom Baker will walk them.", ["Jennifer Walsh", "Tom Baker"]),
    ("Hal Finney called about his invoice.", ["Hal Finney"]),
    ("Ward Cunningham will bring the signed forms.", ["Ward Cunningham"]),
    ("Can you room Jennifer Walsh in exam 4 next?", ["Jennifer Walsh"]),
    ("At the nurses station Maria Lopez collapsed.", ["Maria Lopez"]),
    ("Attached are the Jennifer Walsh Drug Screen results.", ["Jennifer Walsh"]),
    ("Send it to Maria Lopez Payroll by Friday.", ["Maria Lopez"]),
    ("Maria Lopez (our new program coordinator) will start Monday.", ["Maria Lopez"]),
    ("Meeting at Sarah Hall tomorrow about her claim.", ["Sarah Hall"]),
    ("Maria Lopez-gonzalez called.", ["Lopez-gonzalez"]),
    ("Jennifer's number is 88451233, I typed it into the office laptop.", ["88451233"]),
    ("The reading for Maria Lopez, 4471203, came from the badge reader.", ["4471203"]),
]


@pytest.mark.parametrize(("text", "secrets"), _PEOPLE_NEXT_TO_THING_WORDS)
def test_a_person_next_to_a_thing_word_is_still_masked(text: str, secrets: list[str]) -> None:
    out = Redactor([]).redact(text)
    for secret in secrets:
        assert secret not in out, out
