"""A throwaway Dovecot IMAP server on 127.0.0.1 for the mail tests and benchmark.

    from tests.imap_server import imap_server  # noqa: F401   (the pytest fixture)

:class:`DovecotServer` writes a configuration into a temporary folder (passwd-file
sign-in, Maildir under the folder, logs to ``dovecot.log`` there), makes a self-signed
certificate authority and server certificate with ``openssl``, and listens on two free
ports: ``port`` (plain IMAP, STARTTLS offered) and ``ssl_port`` (IMAP over TLS).
``ca_file`` is the test CA: point ``SSL_CERT_FILE`` at it to trust the server
(``trust_ca`` does that for a test), otherwise its certificate is refused.

The fixture ``imap_server`` is one server per test session; each test takes its own
mailbox with :meth:`DovecotServer.new_user` (an empty INBOX, Sent and Drafts), so
tests do not see each other's mail. :meth:`stop` and :meth:`start` kill and restart
it (the "server gone mid-sync" tests). Without Dovecot the tests are skipped with the
reason; ``.ci/run`` installs it.

XOAUTH2: ``DovecotServer(oauth2_tokeninfo=URL)`` also offers XOAUTH2 and OAUTHBEARER
through Dovecot's ``oauth2`` passdb (its ``tokeninfo_url``; password sign-in still
works). The fixture ``oauth2_imap_server`` is a second such server per session, its
tokens checked by a :class:`TokenInfoServer` in the test process that accepts one
token for one mailbox (see :class:`OAuth2Dovecot`); ``imap_server`` is unchanged.

It runs as root (mail owned by ``nobody``: Dovecot refuses mail access below
``first_valid_uid`` and never for UID 0) and as a normal user (everything as that user).
"""

from __future__ import annotations

import contextlib
import http.server
import imaplib
import json
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists()
                                      else None)
OPENSSL = shutil.which("openssl")
START_TIMEOUT = 15.0
USERS = 300  # mailboxes per server (one per test)


def missing_reason() -> str:
    if DOVECOT is None:
        return "Dovecot is not installed (apt-get install dovecot-imapd; .ci/run does it)"
    if OPENSSL is None:
        return "openssl is not installed (needed for the test certificates)"
    return ""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True, slots=True)
class Mailbox:
    user: str
    password: str


class DovecotServer:
    def __init__(self, root: Path | None = None, *, oauth2_tokeninfo: str | None = None) -> None:
        reason = missing_reason()
        if reason:
            raise RuntimeError(reason)
        self.root = Path(root or tempfile.mkdtemp(prefix="consultant-dovecot-",
                                                  dir=_reachable_temp()))
        self.root.chmod(0o755)  # the mail user (nobody, when root) must reach its mail
        self.port = _free_port()
        self.ssl_port = _free_port()
        self.host = "127.0.0.1"
        self.log = self.root / "dovecot.log"
        self.ca_file = self.root / "ca.pem"
        self.config = self.root / "dovecot.conf"
        self.passwd = self.root / "passwd"
        self.mail = self.root / "mail"
        # XOAUTH2 / OAUTHBEARER through Dovecot's oauth2 passdb, tokens checked at this
        # tokeninfo URL (the token is appended): see :class:`TokenInfoServer`.
        self.oauth2_tokeninfo = oauth2_tokeninfo
        self.oauth2_conf = self.root / "dovecot-oauth2.conf.ext"
        self._users = 0
        self._delivered = 0
        self._prepared: set[Path] = set()
        self._pid: int | None = None
        if os.geteuid() == 0:
            mail_user = pwd.getpwnam("nobody")
            internal = "dovecot" if _has_user("dovecot") else "nobody"
            login = "dovenull" if _has_user("dovenull") else "nobody"
        else:
            mail_user = pwd.getpwuid(os.geteuid())
            internal = login = mail_user.pw_name
        self.mail_uid, self.mail_gid = mail_user.pw_uid, mail_user.pw_gid
        self._internal, self._login = internal, login
        self._make_certificates()
        self._write_config()

    # setup

    def _make_certificates(self) -> None:
        run = [OPENSSL or "openssl"]
        key_ca, key = self.root / "ca.key", self.root / "server.key"
        csr, self.cert = self.root / "server.csr", self.root / "server.pem"
        ext = self.root / "server.ext"
        ext.write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                       "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
                       "extendedKeyUsage=serverAuth\n")
        steps = [
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
             "/CN=Consultant test CA", "-keyout", str(key_ca), "-out", str(self.ca_file)],
            ["req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
             "-keyout", str(key), "-out", str(csr)],
            ["x509", "-req", "-in", str(csr), "-CA", str(self.ca_file), "-CAkey", str(key_ca),
             "-CAcreateserial", "-days", "2", "-extfile", str(ext), "-out", str(self.cert)],
        ]
        for step in steps:
            subprocess.run([*run, *step], check=True, capture_output=True)
        self.key = key
        key.chmod(0o644)  # read by Dovecot's config process; a throwaway key

    def _write_config(self) -> None:
        self.mail.mkdir(exist_ok=True)
        os.chown(self.mail, self.mail_uid, self.mail_gid)
        self._boxes = [Mailbox(f"user{n}@example.test", secrets.token_urlsafe(12))
                       for n in range(1, USERS + 1)]
        self.passwd.write_text("".join(f"{b.user}:{{PLAIN}}{b.password}::::::\n"
                                       for b in self._boxes))
        first_valid = min(self.mail_uid, 500)
        mechanisms, oauth2_passdb = "plain login", ""
        if self.oauth2_tokeninfo is not None:
            self.oauth2_conf.write_text(
                f"tokeninfo_url = {self.oauth2_tokeninfo}\n"
                "username_attribute = email\n"
            )
            self.oauth2_conf.chmod(0o644)
            mechanisms = "plain login xoauth2 oauthbearer"
            # Failed sign-ins are part of these tests: no growing penalty (2 s, 4 s … 15 s)
            # for 127.0.0.1 afterwards (Dovecot's "Authentication penalty" page).
            oauth2_passdb = (f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                             f"  args = {self.oauth2_conf}\n}}\n"
                             "service anvil {\n  unix_listener anvil-auth-penalty {\n"
                             "    mode = 0\n  }\n}\n")
        self.config.write_text(f"""\
# Throwaway Dovecot for the Consultant tests (tests/imap_server.py)
base_dir = {self.root}/run
state_dir = {self.root}/state
instance_name = consultant-test-{self.port}
log_path = {self.log}
info_log_path = {self.log}
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{self.cert}
ssl_key = <{self.key}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = {mechanisms}
auth_failure_delay = 0
first_valid_uid = {first_valid}
mail_uid = {self.mail_uid}
mail_gid = {self.mail_gid}
default_internal_user = {self._internal}
default_login_user = {self._login}
mail_location = maildir:{self.mail}/%u
mail_fsync = never
login_trusted_networks = 127.0.0.0/8
mail_max_userip_connections = 100
{oauth2_passdb}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.passwd}
}}
userdb {{
  driver = static
  args = uid={self.mail_uid} gid={self.mail_gid} home={self.mail}/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    auto = create
    special_use = \\Sent
  }}
  mailbox Drafts {{
    auto = create
    special_use = \\Drafts
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.ssl_port}
    ssl = yes
  }}
}}
service anvil {{
  unix_listener anvil {{
    mode = 0666
  }}
}}
""")

    # life cycle

    def start(self) -> None:
        if self.running:
            return
        # Dovecot daemonizes; its output goes to the log file, not to a pipe we would
        # wait on for ever.
        with (self.root / "start.log").open("ab") as out:
            done = subprocess.run([DOVECOT or "dovecot", "-c", str(self.config)],
                                  stdin=subprocess.DEVNULL, stdout=out, stderr=out,
                                  check=False)
        if done.returncode != 0:
            raise RuntimeError(
                f"Dovecot refused to start: {(self.root / 'start.log').read_text()[-2000:]}")
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._accepting():
                pid_file = self.root / "run" / "master.pid"
                with contextlib.suppress(OSError, ValueError):
                    self._pid = int(pid_file.read_text().strip())
                return
            time.sleep(0.05)  # waiting for a real server process to listen, not a test
        raise RuntimeError(f"Dovecot did not start; see {self.log}:\n{self.log_text()[-2000:]}")

    def _accepting(self) -> bool:
        try:
            with socket.create_connection((self.host, self.port), timeout=1) as sock:
                return sock.recv(64).startswith(b"* OK")
        except OSError:
            return False

    @property
    def running(self) -> bool:
        if self._pid is None:
            return False
        try:
            os.kill(self._pid, 0)
        except OSError:
            return False
        return True

    def stop(self) -> None:
        """Stop the master and every IMAP process (clients are cut off)."""
        pid, self._pid = self._pid, None
        if pid is None:
            return
        # The master's own processes (imap, imap-login, auth …), so that connected
        # clients are cut off at once, as when the server machine goes away.
        for child in _children(pid):
            with contextlib.suppress(OSError):
                os.kill(child, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except OSError:
                break
            time.sleep(0.05)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and self._accepting():
            time.sleep(0.05)

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def log_text(self) -> str:
        try:
            return self.log.read_text(errors="replace")
        except OSError:
            return ""

    # mailboxes

    def new_user(self) -> Mailbox:
        """A fresh mailbox (INBOX, Sent, Drafts) with its own user and password.

        The users are written before the server starts (Dovecot re-reads a changed
        passwd-file only when its modification time moves, which a fast test can beat)."""
        if self._users >= len(self._boxes):
            raise RuntimeError(f"all {len(self._boxes)} test mailboxes are taken")
        self._users += 1
        return self._boxes[self._users - 1]

    @contextlib.contextmanager
    def admin(self, box: Mailbox) -> Iterator[imaplib.IMAP4]:
        """A plain imaplib connection signed in as ``box`` (to fill or change it)."""
        client = imaplib.IMAP4(self.host, self.port, timeout=30)
        try:
            client.login(box.user, box.password)
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def append(self, box: Mailbox, folder: str, messages: Iterable[bytes],
               flags: str = "", when: datetime | None = None) -> int:
        """APPEND ``messages`` to ``folder`` (internal date ``when``, default now);
        returns how many."""
        count = 0
        stamp = imaplib.Time2Internaldate(when) if when is not None else None
        with self.admin(box) as client:
            for raw in messages:
                typ, data = client.append(folder, f"({flags})" if flags else None, stamp, raw)
                if typ != "OK":
                    raise RuntimeError(f"APPEND to {folder} failed: {data!r}")
                count += 1
        return count

    def deliver(self, box: Mailbox, messages: Iterable[bytes], folder: str = "INBOX") -> int:
        """Write ``messages`` straight into the mailbox's Maildir (``new/``), the way a
        local delivery agent does: much faster than APPEND for big or many messages.
        Dovecot gives them UIDs when the folder is next opened."""
        base = self.mail / box.user
        target = base if folder == "INBOX" else base / f".{folder.replace('/', '.')}"
        if target not in self._prepared:
            for sub in ("cur", "new", "tmp"):
                (target / sub).mkdir(parents=True, exist_ok=True)
            for path in (base, target, *(target / d for d in ("cur", "new", "tmp"))):
                os.chown(path, self.mail_uid, self.mail_gid)
            self._prepared.add(target)
        count = 0
        stamp = f"{time.time():.0f}"
        for raw in messages:
            count += 1
            self._delivered += 1
            name = f"{stamp}.P{os.getpid()}Q{self._delivered}.consultant-test"
            tmp = target / "tmp" / name
            tmp.write_bytes(raw)
            os.chown(tmp, self.mail_uid, self.mail_gid)
            tmp.rename(target / "new" / name)
        return count

    def uids(self, box: Mailbox, folder: str) -> list[int]:
        with self.admin(box) as client:
            client.select(folder, readonly=True)
            _typ, data = client.uid("SEARCH", "ALL")
        return [int(x) for x in (data[0] or b"").split()]

    def flags(self, box: Mailbox, folder: str) -> dict[int, str]:
        """``{uid: flags}`` of every message in ``folder``."""
        with self.admin(box) as client:
            client.select(folder, readonly=True)
            _typ, data = client.uid("FETCH", "1:*", "(UID FLAGS)")
        found: dict[int, str] = {}
        for item in data:
            if isinstance(item, bytes) and b"UID" in item:
                text = item.decode()
                uid = int(text.split("UID ")[1].split()[0].rstrip(")"))
                found[uid] = text.split("FLAGS (")[1].split(")")[0]
        return found

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))

    def delete_folder(self, box: Mailbox, folder: str) -> None:
        with self.admin(box) as client:
            typ, data = client.delete(folder)
            if typ != "OK":
                raise RuntimeError(f"DELETE {folder} failed: {data!r}")

    def bodies_sent(self, timeout: float = 20.0) -> int:
        """Message bodies Dovecot sent to clients, over every session that ended
        (``body_count`` of its logout lines): the server's own count.

        Dovecot writes a session's logout line after the client has gone, from another
        process; on a loaded machine that can be seconds later. So this waits (up to
        ``timeout``) until every session that logged in has logged its end."""
        deadline = time.monotonic() + timeout
        while True:
            text = self.log_text()
            ended = re.findall(r"body_count=(\d+)", text)
            # Sessions cut off by ``stop()`` never log their end: count since the last start.
            since_start = text[text.rfind(" starting up") + 1 :]
            waiting = len(re.findall(r"Login: user=", since_start)) - len(
                re.findall(r"body_count=", since_start)
            )
            if waiting <= 0 or time.monotonic() > deadline:
                return sum(int(n) for n in ended)
            time.sleep(0.05)  # polling a log file written by another process


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _reachable_temp() -> str | None:
    """A temporary folder Dovecot's unprivileged processes can reach: when we are root,
    they run as other users, and a private /tmp (mode 0700) would lock them out."""
    if os.geteuid() != 0:
        return None
    for candidate in (tempfile.gettempdir(), "/var/tmp", "/dev/shm"):
        path = Path(candidate).resolve()
        if path.is_dir() and all(p.stat().st_mode & 0o001 for p in (path, *path.parents)):
            return str(path)
    return None


CORPUS = Path(__file__).resolve().parent / "data" / "emails"


def corpus_messages() -> list[bytes]:
    """The complete RFC 5322 messages of the test corpus (``tests/data/emails``: .eml
    files and SpamScope's extension-less ``mail_test_*``); none is from a client."""
    found = []
    for path in sorted(CORPUS.rglob("*")):
        if path.is_file() and (path.suffix == ".eml" or path.name.startswith("mail_test_")):
            found.append(path.read_bytes())
    return found


def compose(sender: str, to: str, subject: str, body: str, *, mid: str,
            when: datetime | None = None, in_reply_to: str | None = None,
            cc: str | None = None, size: int = 0) -> bytes:
    """A plain e-mail; ``size`` pads it with an attachment to about that many bytes."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when or datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = f"<{mid}>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
        msg["References"] = f"<{in_reply_to}>"
    msg.set_content(body)
    raw = msg.as_bytes()
    if size > len(raw):  # padding lines in the body: quick to make, as big as asked
        line = b"x" * 999 + b"\n"
        raw += line * ((size - len(raw)) // len(line) + 1)
    return raw


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


_SESSION_SERVER: list[DovecotServer] = []


@pytest.fixture(scope="session")
def _dovecot_session() -> Iterator[DovecotServer]:
    reason = missing_reason()
    if reason:
        pytest.skip(reason)
    server = DovecotServer()
    try:
        server.start()
    except Exception:
        log = server.log_text()
        server.close()
        pytest.fail(f"Dovecot did not start:\n{log[-3000:]}")
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def imap_server(_dovecot_session: DovecotServer) -> DovecotServer:
    """The session's Dovecot, running (a test that stopped it gets it back)."""
    _dovecot_session.start()
    return _dovecot_session


@pytest.fixture
def trust_test_ca(imap_server: DovecotServer, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Trust the test CA the way a user would trust a private one: ``SSL_CERT_FILE``."""
    monkeypatch.setenv("SSL_CERT_FILE", str(imap_server.ca_file))
    return imap_server.ca_file


# --- XOAUTH2: Dovecot's oauth2 passdb against a token endpoint in the test process ---


class TokenInfoServer:
    """A tiny OAuth2 ``tokeninfo`` endpoint on 127.0.0.1 (stdlib ``http.server`` in a
    thread), the one Dovecot's oauth2 passdb asks ``GET /tokeninfo?access_token=…``.

    It knows one ``token`` for one ``user``: for it the answer is ``200`` with
    ``{"email": user, "active": true}``; any other token gets ``401``
    ``{"error": "invalid_token"}``. ``asked`` counts the requests (for the tests)."""

    def __init__(self, token: str, user: str) -> None:
        self.token = token
        self.user = user
        self.asked = 0
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.asked += 1
                url = urllib.parse.urlsplit(self.path)
                query = urllib.parse.parse_qs(url.query)
                given = (query.get("access_token") or [""])[0]
                if url.path == "/tokeninfo" and given == owner.token:
                    status, body = 200, {"email": owner.user, "active": True}
                else:
                    status, body = 401, {"error": "invalid_token"}
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                return  # quiet: no request lines (they hold the token) on stderr

        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.port = int(self._httpd.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}/tokeninfo?access_token="
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        name="tokeninfo", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=10)


@dataclass(frozen=True, slots=True)
class OAuth2Dovecot:
    """A Dovecot that also signs in with XOAUTH2/OAUTHBEARER: ``token`` is the one
    access token its endpoint accepts, for ``box`` (whose password still works for
    plain sign-in, e.g. :meth:`DovecotServer.append`)."""

    server: DovecotServer
    tokeninfo: TokenInfoServer
    box: Mailbox
    token: str


@pytest.fixture(scope="session")
def _dovecot_oauth2_session() -> Iterator[OAuth2Dovecot]:
    reason = missing_reason()
    if reason:
        pytest.skip(reason)
    token = "ya29.test-" + secrets.token_urlsafe(24)
    tokeninfo = TokenInfoServer(token, user="")
    try:
        server = DovecotServer(oauth2_tokeninfo=tokeninfo.url)
    except Exception:
        tokeninfo.close()
        raise
    box = server.new_user()
    tokeninfo.user = box.user
    try:
        server.start()
    except Exception:
        log = server.log_text()
        server.close()
        tokeninfo.close()
        pytest.fail(f"Dovecot (oauth2) did not start:\n{log[-3000:]}")
    try:
        yield OAuth2Dovecot(server=server, tokeninfo=tokeninfo, box=box, token=token)
    finally:
        server.close()
        tokeninfo.close()


@pytest.fixture
def oauth2_imap_server(_dovecot_oauth2_session: OAuth2Dovecot) -> OAuth2Dovecot:
    """A second Dovecot (one per session, started only by the tests that ask for it)
    with Dovecot's ``oauth2`` passdb for XOAUTH2, its tokens checked by a
    :class:`TokenInfoServer` in this process that accepts ``token`` for ``box`` only.
    Each test gets a fresh ``box`` (the endpoint's one user from then on); the
    ``imap_server`` fixture is unchanged (no XOAUTH2 offered there)."""
    session = _dovecot_oauth2_session
    session.server.start()
    box = session.server.new_user()
    session.tokeninfo.user = box.user
    return OAuth2Dovecot(server=session.server, tokeninfo=session.tokeninfo, box=box,
                         token=session.token)
