"""A Clientjoy connection that fails says why in words, never in the text of requests/urllib3.

Real sockets on loopback (the sandbox API, a port nobody listens on, a TLS server with a self-signed
certificate, a plain HTTP server asked for HTTPS) and one name lookup under ``.invalid`` (RFC 6761:
never resolves). Plain ``unittest`` like test_clientjoy_client.
"""
import datetime
import http.server
import os
import socket
import ssl
import tempfile
import threading

from ..lib import clientjoy_client as cj
from .common import SandboxApiCase

API_KEY = "cj-test-WORDS-91d0"
#: what the admin must never read: the text of requests/urllib3/socket errors
NOT_WORDS = ("urllib3", "HTTPConnectionPool", "HTTPSConnectionPool", "Max retries", "object at 0x", "Errno",
             "NewConnectionError", "Caused by", "RemoteDisconnected", "ReadTimeoutError", "SSLError", "[SSL")


def free_port():
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def self_signed_certificate(folder):
    """(cert file, key file) of a fresh self-signed certificate for 127.0.0.1."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.utcnow()
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    with open(cert_file, "wb") as handle:
        handle.write(cert.public_bytes(serialization.Encoding.PEM))
    with open(key_file, "wb") as handle:
        handle.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                       serialization.NoEncryption()))
    return cert_file, key_file


class _Quiet(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, fmt, *args):
        pass


class TestConnectionErrorsInWords(SandboxApiCase):
    api_key = API_KEY

    def failure(self, base_url, **options):
        client = cj.ClientjoyClient(base_url, API_KEY, **dict({"max_retries": 0, "timeout": 2,
                                                                "backoff_base": 0.001, "backoff_max": 0.01},
                                                               **options))
        self.addCleanup(client.close)
        with self.assertRaises(cj.ClientjoyTransientError) as caught:
            client.test_connection()
        message = str(caught.exception)
        for bad in NOT_WORDS:
            self.assertNotIn(bad, message, "technical text for the admin: %s" % message)
        self.assertNotIn(API_KEY, message)
        return message

    def test_nobody_listens(self):
        port = free_port()
        message = self.failure("http://127.0.0.1:%s/api/v1" % port)
        self.assertIn("nothing accepts connections at 127.0.0.1:%s (connection refused)" % port, message)
        self.assertIn("Check the host and port in the base URL", message)

    def test_unknown_host_name(self):
        message = self.failure("http://no-such-host.invalid/api/v1")
        self.assertIn("the server name no-such-host.invalid could not be found", message)

    def test_no_answer_in_time(self):
        self.server.script("/users", ["slow:1.5", "slow:1.5"])
        message = self.failure(self.server.base_url, timeout=0.3, max_retries=1)
        self.assertIn("(2 attempt(s)): no answer from 127.0.0.1:%s within 0.3 s (timed out)" % self.server.port,
                      message)
        self.assertIn("raise the timeout", message)

    def test_connection_closed_without_answer(self):
        self.server.script("/users", ["drop"])
        message = self.failure(self.server.base_url)
        self.assertIn("127.0.0.1:%s closed the connection without answering" % self.server.port, message)

    def test_https_to_a_plain_http_server(self):
        message = self.failure(self.server.base_url.replace("http://", "https://"))
        self.assertIn("the secure connection (HTTPS) to 127.0.0.1:%s could not be set up" % self.server.port, message)
        self.assertIn("https:// only for a server that speaks HTTPS", message)

    def test_untrusted_certificate(self):
        with tempfile.TemporaryDirectory() as folder:
            cert_file, key_file = self_signed_certificate(folder)
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(cert_file, key_file)
            httpd = http.server.HTTPServer(("127.0.0.1", 0), _Quiet)
            httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
            thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
            thread.start()
            try:
                message = self.failure("https://127.0.0.1:%s/api/v1" % httpd.server_address[1])
            finally:
                httpd.shutdown()
                httpd.server_close()
                thread.join()
        self.assertIn("the certificate of 127.0.0.1:%s is not trusted" % httpd.server_address[1], message)
        self.assertIn("self-signed", message.replace("self signed", "self-signed"))
        self.assertIn("A proxy or firewall that inspects HTTPS", message)
