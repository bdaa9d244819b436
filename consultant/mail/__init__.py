"""Mail over the network: IMAP accounts (``accounts``) and the IMAP protocol (``imap``).

This layer imports only ``consultant.core`` and ``consultant.llm.secrets``: no Qt, no
store, no services. Fetching happens here; filing fetched mail into the database is
``consultant.services.mail_store`` (on the writer only).
"""
