"""The settings file: round trip, defaults, corrupt files, atomic writes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from consultant.core.settings import (
    Profile,
    ProviderSettings,
    Settings,
    SettingsError,
    literal_loopback_host,
    load_settings,
    save_settings,
    settings_path,
    split_model_ref,
)


def sample() -> Settings:
    return Settings(
        providers=[
            ProviderSettings(id="openai", kind="openai", models=["gpt-4o-mini"]),
            ProviderSettings(
                id="work",
                kind="openai_compatible",
                label="Work proxy",
                api_base="http://127.0.0.1:4000",
                models=["gpt-4o"],
            ),
            ProviderSettings(id="file", kind="local_gguf", model_path="/m/q4.gguf"),
        ],
        task_models={"reply": "work/gpt-4o", "interpret": "openai/gpt-4o-mini"},
        default_model="openai/gpt-4o-mini",
        profile=Profile(
            name="Sam Dev", business="Dev Ltd", email="sam@dev.io", signature="Best,\nSam"
        ),
        timeout_seconds=45,
    )


def test_path_is_in_the_config_folder(consultant_home: Path) -> None:
    assert settings_path() == consultant_home / "config" / "settings.json"


def test_round_trip(consultant_home: Path) -> None:
    written = save_settings(sample())
    assert written == settings_path() and written.is_file()
    loaded = load_settings()
    assert loaded.warning is None
    assert loaded.settings == sample()
    assert json.loads(written.read_text())["version"] == 1


def test_model_for_task_falls_back_to_default() -> None:
    s = sample()
    assert s.model_for("reply") == "work/gpt-4o"
    assert s.model_for("explain") == "openai/gpt-4o-mini"
    assert Settings().model_for("reply") == ""
    assert s.provider("work") is not None and s.provider("nope") is None


def test_missing_file_gives_defaults_without_warning() -> None:
    loaded = load_settings()
    assert loaded.settings == Settings() and loaded.warning is None


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "", "\x00\x01"])
def test_corrupt_file_gives_defaults_a_message_and_is_kept_aside(content: str) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(content)
    loaded = load_settings()
    assert loaded.settings == Settings()
    assert loaded.warning is not None
    assert "damaged" in loaded.warning and "default settings are used" in loaded.warning
    aside = path.with_name("settings.json.corrupt")
    assert aside.read_text() == content
    assert not path.exists()
    save_settings(sample())  # the next save does not touch the kept copy
    assert aside.read_text() == content


def test_unreadable_file_gives_defaults_and_a_message() -> None:
    path = settings_path()
    path.mkdir(parents=True)  # a folder where the file should be
    loaded = load_settings()
    assert loaded.settings == Settings()
    assert loaded.warning is not None and "could not be read" in loaded.warning


def test_malformed_entries_are_ignored_and_secrets_dropped() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps(
            {
                "providers": [
                    {"id": "openai", "kind": "openai", "api_key": "sk-should-not-be-here-123"},
                    {"id": "openai", "kind": "anthropic"},  # duplicate id
                    {"kind": "ollama"},  # no id
                    {"id": "a/b", "kind": "ollama"},  # slash in id
                    "nonsense",
                ],
                "task_models": {"reply": 5, "chat": "openai/gpt-4o"},
                "timeout_seconds": "fast",
                "profile": {"name": 3, "business": "Biz"},
                "future_field": True,
            }
        )
    )
    loaded = load_settings()
    assert loaded.warning is None
    s = loaded.settings
    assert [(p.id, p.kind) for p in s.providers] == [("openai", "openai")]
    assert s.task_models == {"chat": "openai/gpt-4o"}
    assert s.timeout_seconds == 120.0
    assert s.profile == Profile(business="Biz")
    save_settings(s)
    assert "sk-should-not-be-here" not in path.read_text()


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_settings(sample())
    before = settings_path().read_text()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    changed = sample()
    changed.default_model = "work/other"
    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", broken_replace)
        with pytest.raises(SettingsError, match="No space left on device"):
            save_settings(changed)
    assert settings_path().read_text() == before
    assert sorted(p.name for p in settings_path().parent.iterdir()) == ["settings.json"]


def test_split_model_ref() -> None:
    assert split_model_ref("openrouter/anthropic/claude") == ("openrouter", "anthropic/claude")
    assert split_model_ref(" ollama/llama3:8b ") == ("ollama", "llama3:8b")
    for bad in ("gpt-4o", "/x", "x/"):
        with pytest.raises(ValueError):
            split_model_ref(bad)


def test_local_inference_round_trips_per_provider() -> None:
    settings = Settings(
        providers=[
            ProviderSettings(
                id="box", kind="openai_compatible", api_base="http://127.0.0.1:8080",
                local_inference=True,
            ),
            ProviderSettings(id="proxy", kind="openai_compatible", api_base="http://localhost:4000"),
            ProviderSettings(id="ollama", kind="ollama", local_inference=False),
        ]
    )  # fmt: skip
    path = save_settings(settings)
    raw = {p["id"]: p["local_inference"] for p in json.loads(path.read_text())["providers"]}
    assert raw == {"box": True, "proxy": False, "ollama": False}
    assert load_settings().settings == settings  # an explicit false stays false


def _load_providers(entries: list[dict[str, object]]) -> dict[str, bool]:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"providers": entries}))
    loaded = load_settings()
    assert loaded.warning is None
    return {p.id: p.local_inference for p in loaded.settings.providers}


def test_local_inference_defaults_when_the_file_does_not_say() -> None:
    flags = _load_providers(
        [
            {"id": "ollama", "kind": "ollama"},
            {"id": "ollama2", "kind": "ollama", "api_base": "http://localhost:11500"},
            {"id": "ollama6", "kind": "ollama", "api_base": "http://[::1]:11434"},
            {"id": "lan", "kind": "ollama", "api_base": "http://192.168.1.9:11434"},
            {"id": "named", "kind": "ollama", "api_base": "http://gpu.localhost:11434"},
            {"id": "proxy", "kind": "openai_compatible", "api_base": "http://127.0.0.1:4000"},
            {"id": "openai", "kind": "openai"},
        ]
    )
    assert flags == {
        "ollama": True, "ollama2": True, "ollama6": True, "lan": False, "named": False,
        "proxy": False, "openai": False,
    }  # fmt: skip


@pytest.mark.parametrize("value", ["true", "yes", 1, 1.0, None, [], {}, "false", 0])
def test_hand_edited_non_bool_local_inference_reads_as_false(value: object) -> None:
    flags = _load_providers(
        [
            {"id": "box", "kind": "openai_compatible", "api_base": "http://127.0.0.1:1",
             "local_inference": value},
            {"id": "ollama", "kind": "ollama", "local_inference": value},
        ]
    )  # fmt: skip
    assert flags == {"box": False, "ollama": False}


def test_explicit_local_inference_values_are_kept() -> None:
    flags = _load_providers(
        [
            {"id": "box", "kind": "openai_compatible", "api_base": "http://127.0.0.1:1",
             "local_inference": True},
            {"id": "ollama", "kind": "ollama", "local_inference": False},
            {"id": "far", "kind": "ollama", "api_base": "http://10.0.0.5:11434",
             "local_inference": True},
        ]
    )  # fmt: skip
    # The declaration is kept as written; whether the address counts is decided at call time.
    assert flags == {"box": True, "ollama": False, "far": True}


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://localhost:4000", "127.0.0.1"),
        ("http://127.0.0.1", "127.0.0.1"),
        ("http://127.200.0.1:1/v1", "127.200.0.1"),
        ("http://[::1]:80", "::1"),
        ("http://[::ffff:127.0.0.1]", "127.0.0.1"),
        ("localhost:11434", "127.0.0.1"),
        ("http://gpu.localhost", None),
        ("http://localhost.", None),
        ("http://localhost.evil.com", None),
        ("http://127.0.0.1.nip.io", None),
        ("http://0.0.0.0", None),
        ("http://[::ffff:10.0.0.1]", None),
        ("http://10.0.0.1", None),
        ("http://a@127.0.0.1", None),
        ("http://127.0.0.1:notaport", None),
        ("", None),
        (None, None),
    ],
)
def test_literal_loopback_host(url: str | None, host: str | None) -> None:
    assert literal_loopback_host(url) == host


def test_model_settings_and_theme_round_trip() -> None:
    from consultant.core.settings import ModelSettings

    settings = sample()
    settings.model_settings = {
        "work/gpt-4o": ModelSettings(context_window=200_000, max_output_tokens=4096,
                                     temperature=0.2),
        "openai/gpt-4o-mini": ModelSettings(temperature=0.0),
        "file/q4": ModelSettings(),  # empty: not written
    }  # fmt: skip
    settings.theme = "dark"
    path = save_settings(settings)
    data = json.loads(path.read_text())
    assert data["model_settings"] == {
        "openai/gpt-4o-mini": {"temperature": 0.0},
        "work/gpt-4o": {"context_window": 200000, "max_output_tokens": 4096, "temperature": 0.2},
    }
    assert data["theme"] == "dark"
    loaded = load_settings().settings
    assert loaded.settings_for_model("work/gpt-4o") == ModelSettings(200_000, 4096, 0.2)
    assert loaded.settings_for_model("file/q4") == ModelSettings()
    assert loaded.theme == "dark"


def test_bad_model_settings_values_are_ignored_with_defaults() -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(
        json.dumps(
            {
                "theme": "purple",
                "model_settings": {
                    "team/big": {"context_window": "200000", "max_output_tokens": 4096,
                                 "temperature": 7},
                    "team/small": {"context_window": 12.5, "max_output_tokens": True,
                                   "temperature": 0.7},
                    "team/zero": {"context_window": 0, "max_output_tokens": -1},
                    "no-slash": {"context_window": 100000},
                    "team/list": [1, 2],
                    "team/float-int": {"context_window": 32768.0},
                },
            }
        )
    )  # fmt: skip
    loaded = load_settings()
    assert loaded.warning is None
    settings = loaded.settings
    assert settings.theme == "system"
    big = settings.settings_for_model("team/big")
    assert (big.context_window, big.max_output_tokens, big.temperature) == (None, 4096, None)
    small = settings.settings_for_model("team/small")
    assert (small.context_window, small.max_output_tokens, small.temperature) == (None, None, 0.7)
    assert settings.settings_for_model("team/float-int").context_window == 32768
    assert set(settings.model_settings) == {"team/big", "team/small", "team/float-int"}
