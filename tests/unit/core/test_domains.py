from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from consultant.core.domains import (
    claim_refusal,
    domain_of,
    is_public_domain,
    is_public_suffix,
    normalize_domain,
    normalize_email,
)

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


def test_normalize_email() -> None:
    assert normalize_email("  Jane.Doe@Example.ORG ") == "jane.doe@example.org"
    assert normalize_email("<bob@acme.co.uk>") == "bob@acme.co.uk"
    for bad in ["", "no-at-sign", "a@b", "a b@c.com", "@acme.org", "x@" + "a" * 300 + ".com"]:
        assert normalize_email(bad) is None, bad


def test_normalize_domain() -> None:
    assert normalize_domain("@Acme-Health.org.") == "acme-health.org"
    assert normalize_domain("not a domain") is None
    assert domain_of("x@Mail.Acme.org") == "mail.acme.org"


@pytest.mark.parametrize("domain", ["gmail.com", "GMAIL.COM", "mx.outlook.com", "yahoo.co.uk"])
def test_public_domains(domain: str) -> None:
    assert is_public_domain(domain)


def test_company_domain_is_not_public() -> None:
    assert not is_public_domain("acme-health.org")
    assert not is_public_domain("com")


# -- public suffixes (the Public Suffix List, ICANN and private sections) -------------
SUFFIX_SENTENCE = "is a public suffix shared by many organisations"


@pytest.mark.parametrize(
    "domain",
    ["co.uk", "com.au", "uk", "com", "CO.UK.", "@co.uk", " Com.Au ", "github.io",
     "blogspot.com", "herokuapp.com", "xn--p1ai", "рф", "РФ", "kobe.jp"],
)  # fmt: skip
def test_public_suffixes_cannot_be_claimed(domain: str) -> None:
    assert is_public_suffix(domain)
    refusal = claim_refusal(domain)
    assert refusal is not None and SUFFIX_SENTENCE in refusal


def test_refusal_names_the_suffix_and_an_example() -> None:
    assert claim_refusal("CO.UK.") == (
        "co.uk is a public suffix shared by many organisations; "
        "claim the organisation's own domain, e.g. example.co.uk."
    )


@pytest.mark.parametrize(
    "domain",
    ["acme.co.uk", "acme.github.io", "acme-health.org", "mail.acme.com.au", "пример.рф",
     "xn--e1afmkfd.xn--p1ai", "acme.internal"],
)  # fmt: skip
def test_registrable_domains_stay_claimable(domain: str) -> None:
    assert not is_public_suffix(domain)
    assert claim_refusal(domain) is None


def test_public_mail_providers_are_still_refused() -> None:
    refusal = claim_refusal("GMail.com")
    assert refusal is not None and "public mail provider" in refusal
    assert claim_refusal("mx.outlook.com") is not None


def test_not_a_domain_is_left_to_normalize_domain() -> None:
    for text in ["", "co..uk", "not a domain", "\udcff.uk"]:
        assert not is_public_suffix(text)


def test_suffix_list_is_read_offline_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    from consultant.core import domains

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the public suffix list must not touch the network")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    domains._suffix_list.cache_clear()
    first = domains._suffix_list()
    assert is_public_suffix("co.uk")
    assert domains._suffix_list() is first
    assert domains._suffix_list.cache_info().misses == 1


def test_importing_domains_does_not_load_the_list() -> None:
    import subprocess
    import sys

    code = (
        "import sys, consultant.core.domains as d; "
        "assert 'publicsuffixlist' not in sys.modules; "
        "assert d.is_public_suffix('co.uk') and 'publicsuffixlist' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_missing_list_refuses_every_claim(monkeypatch: pytest.MonkeyPatch) -> None:
    from consultant.core import domains

    def broken() -> object:
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(domains, "_suffix_list", broken)
    refusal = claim_refusal("acme.co.uk")
    assert refusal is not None and "could not be read" in refusal


# -- every way of claiming goes through the same check ---------------------------------
def test_cli_domain_add_refuses_a_suffix(capsys: pytest.CaptureFixture[str]) -> None:
    from consultant.cli import main

    assert main(["client", "add", "Acme"]) == 0
    capsys.readouterr()
    for text in ["co.uk", "CO.UK.", "uk", "github.io", "рф", "xn--p1ai"]:
        assert main(["domain", "add", "--client", "Acme", text]) == 1, text
        _out, err = capsys.readouterr()
        assert SUFFIX_SENTENCE in err and "claim the organisation's own domain" in err, err
        assert err.count("\n") == 1 and "Traceback" not in err
    assert main(["domain", "add", "--client", "Acme", "co.uk"]) == 1
    assert capsys.readouterr().err == (
        "consultant: co.uk is a public suffix shared by many organisations; "
        "claim the organisation's own domain, e.g. example.co.uk.\n"
    )
    assert main(["domain", "add", "--client", "Acme", "acme.co.uk"]) == 0
    assert main(["domain", "add", "--client", "Acme", "acme.github.io"]) == 0
    capsys.readouterr()
    assert main(["client", "show", "Acme", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["domains"] == ["acme.co.uk", "acme.github.io"]


def test_cli_subprocess_refuses_a_suffix(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "CONSULTANT_HOME": str(tmp_path / "h")}

    def consultant(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "consultant", *args], capture_output=True, text=True,
            env=env, check=False,
        )  # fmt: skip

    assert consultant("client", "add", "Acme").returncode == 0
    proc = consultant("domain", "add", "--client", "Acme", "com.au")
    assert proc.returncode == 1
    assert proc.stderr == (
        "consultant: com.au is a public suffix shared by many organisations; "
        "claim the organisation's own domain, e.g. example.com.au.\n"
    )


def test_store_refuses_and_the_client_dialog_form_too() -> None:
    from consultant.services.settings_support import ClientFormError, save_client
    from consultant.services.workspace import Conflict, Workspace

    with Workspace.open() as ws:
        ws.add_client("Acme")
        for text in ["co.uk", "herokuapp.com", "Blogspot.COM"]:
            with pytest.raises(Conflict, match=SUFFIX_SENTENCE):
                ws.add_domain("Acme", text)
        with pytest.raises(Conflict, match="public mail provider"):
            ws.add_domain("Acme", "gmail.com")
        # The desktop client dialog saves through save_client.
        with pytest.raises(ClientFormError, match=SUFFIX_SENTENCE) as info:
            save_client(ws, None, "Beta", domains=["beta.co.uk", "co.uk"])
        assert info.value.args and ws.store.clients.find("Beta") is None  # all or nothing
        saved = save_client(ws, None, "Beta", domains=["beta.co.uk"])
        assert saved.domains == ["beta.co.uk"]
        assert ws.store.clients.domain_map() == {"beta.co.uk": saved.id}


def test_client_dialog_shows_the_sentence(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialog

    from consultant.services.workspace import Workspace
    from consultant.ui.client_dialog import ClientDialog

    with Workspace.open() as ws:
        dialog = ClientDialog(ws, None)
        qtbot.addWidget(dialog)
        dialog.name_edit.setText("Acme")
        dialog.domain_edit.setText("co.uk")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert SUFFIX_SENTENCE in dialog.error_label.text()
        assert ws.clients() == []


def test_import_skips_a_suffix_with_a_warning(tmp_path: Path) -> None:
    from consultant.services.transfer import export_data, import_data
    from consultant.services.workspace import Workspace

    with Workspace.open() as ws:
        ws.add_client("Acme")
        ws.add_domain("Acme", "acme.co.uk")
        data = export_data(ws)
    data["clients"][0]["domains"] = ["co.uk", "acme.co.uk", "github.io", "acme.github.io"]
    with Workspace.open(tmp_path / "second") as other:
        report = import_data(other, data)
        client = other.client("Acme")
        assert client.domains == ["acme.co.uk", "acme.github.io"]
    warnings = " ".join(report.warnings)
    assert "Domain co.uk: co.uk is a public suffix" in warnings
    assert "Domain github.io: github.io is a public suffix" in warnings
