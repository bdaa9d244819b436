"""Quote, forward and signature separation on hand-written cases."""

from __future__ import annotations

import pytest

from consultant.core.intake import is_forward_subject, split_reply

BODY = "Please send the report by Monday."


@pytest.mark.parametrize(
    "header",
    [
        "On Mon, Mar 2, 2026 at 10:00 AM Jane <jane@x.example> wrote:",
        "On Mon, Mar 2, 2026 at 10:00 AM Jane <jane@x.example>\nwrote:",
        "Am 02.03.2026 um 10:00 schrieb Jane Doe <jane@x.example>:",
        "Le lun. 2 mars 2026 à 10:00, Jane <jane@x.example> a écrit :",
        "El lun, 2 mar 2026 a las 10:00, Jane (<jane@x.example>) escribió:",
        "Il giorno lun 2 mar 2026 alle ore 10:00 Jane <jane@x.example> ha scritto:",
        "Op ma 2 mrt. 2026 om 10:00 schreef Jane <jane@x.example>:",
        "Em seg., 2 de mar. de 2026 às 10:00, Jane <jane@x.example> escreveu:",
        "Den 2. mar. 2026 kl. 10.00 skrev Jane <jane@x.example>:",
        "ma 2. maalisk. 2026 klo 10.00 Jane (jane@x.example) kirjoitti:",
        "W dniu 2.03.2026 o 10:00, Jane <jane@x.example> pisze:",
        "пн, 2 мар. 2026 г. в 10:00, Jane <jane@x.example>:",
        "2 марта 2026 г., в 10:00, Jane пишет:",
        "2026年3月2日(月) 10:00 Jane <jane@x.example>:",
        "-----Original Message-----\nFrom: Jane\nSent: Monday\nTo: Dev\nSubject: Hi",
        "From: Jane <jane@x.example>\nSent: Monday, March 2, 2026 10:00\nTo: Dev\nSubject: Re: x",
        "Von: Jane <jane@x.example>\nGesendet: Montag, 2. März 2026 10:00\nAn: Dev\nBetreff: x",
        "De : Jane <jane@x.example>\nEnvoyé : lundi 2 mars 2026 10:00\nÀ : Dev\nObjet : x",
    ],
)
def test_reply_headers_cut_history(header: str) -> None:
    parts = split_reply(f"{BODY}\n\n{header}\n\nOld text we do not want.\n")
    assert parts.new_text == BODY
    assert "Old text" in parts.quoted_text
    assert parts.forwarded is None


def test_regards_in_sentence_is_not_a_signature() -> None:
    text = (
        "Hi,\n\nBest regards to the team, the fix works.\nThanks,\n"
        "we will test tomorrow and then deploy it to production for all users."
    )
    parts = split_reply(text)
    assert parts.signature == ""
    assert parts.new_text == text


@pytest.mark.parametrize(
    ("tail", "signature"),
    [
        ("-- \nJane Doe\nAcme", "--\nJane Doe\nAcme"),
        ("Sent from my iPhone", "Sent from my iPhone"),
        ("Best regards,\nJane Doe\nCTO, Acme", "Best regards,\nJane Doe\nCTO, Acme"),
        ("Mit freundlichen Grüßen\nJane Doe", "Mit freundlichen Grüßen\nJane Doe"),
    ],
)
def test_signatures(tail: str, signature: str) -> None:
    parts = split_reply(f"{BODY}\n\n{tail}")
    assert parts.new_text == BODY
    assert parts.signature == signature


def test_inline_reply_keeps_context() -> None:
    text = "> Can you do it?\nYes.\n\n> By Friday?\nNo, Monday.\n\n> old\n"
    parts = split_reply(text)
    assert "> Can you do it?" in parts.new_text
    assert parts.new_text.endswith("No, Monday.")
    assert parts.quoted_text == "> old"


def test_bottom_post_moves_leading_quote_to_history() -> None:
    parts = split_reply("On Mon, 2 Mar 2026, Jane <j@x.example> wrote:\n> question\n\nanswer")
    assert parts.new_text == "answer"
    assert "> question" in parts.quoted_text


def test_forward_subject_marks_outlook_block_as_forward() -> None:
    text = "From: Vendor <v@vendor.example>\nSent: Monday\nTo: Jane\nSubject: Notice\n\nBody."
    assert split_reply(text).forwarded is None
    fwd = split_reply(text, subject="FW: Notice").forwarded
    assert fwd is not None and fwd.subject == "Notice" and fwd.body == "Body."


@pytest.mark.parametrize("subject", ["Fwd: x", "FW: x", "WG: x", "TR: x", "RV: x", "Re: Fwd: x"])
def test_forward_subjects(subject: str) -> None:
    assert is_forward_subject(subject)


@pytest.mark.parametrize("subject", ["Re: x", "Forward planning", "Fw"])
def test_non_forward_subjects(subject: str) -> None:
    assert not is_forward_subject(subject)
