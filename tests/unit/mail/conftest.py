"""The throwaway Dovecot of tests/imap_server.py for the mail-layer tests."""

from tests.imap_server import _dovecot_session, imap_server, trust_test_ca  # noqa: F401
