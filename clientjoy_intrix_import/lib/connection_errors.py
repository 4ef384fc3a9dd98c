"""A failed HTTP connection in words an admin can act on, instead of the text of ``requests``/``urllib3``
("HTTPConnectionPool(host=..., port=...): Max retries exceeded ... NewConnectionError('<urllib3.connection
.HTTPConnection object at 0x...>: Failed to establish a new connection: [Errno 111] ...')").

The exception ``requests`` raises wraps the real cause several levels deep (``MaxRetryError.reason``,
``args``, ``__cause__``/``__context__``); :func:`describe` looks through all of them for the cause it
knows and says what happened and what to check. Pure Python: no Odoo import.
"""
import errno
import http.client
import socket
import ssl
from urllib.parse import urlsplit

import requests

from .i18n import _

#: errno of "the network or host cannot be reached" (no route, network down)
UNREACHABLE = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.EHOSTDOWN}


def _causes(exc, limit=20):
    """``exc`` and every exception it wraps, outermost first (each once)."""
    seen, queue, found = set(), [exc], []
    while queue and len(found) < limit:
        current = queue.pop(0)
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        found.append(current)
        queue.extend([getattr(current, "reason", None), current.__cause__, current.__context__])
        queue.extend(arg for arg in current.args if isinstance(arg, BaseException))
    return found


def _first(causes, *types):
    return next((cause for cause in causes if isinstance(cause, types)), None)


def _class_named(causes, *names):
    """The first cause whose class (or a base class) has one of ``names``: urllib3's exceptions differ
    between its major versions (``NameResolutionError`` is 2.x only), so they are matched by name."""
    return next((cause for cause in causes if {k.__name__ for k in type(cause).__mro__} & set(names)), None)


def host_of(url):
    """``host`` or ``host:port`` of ``url`` (never user or password)."""
    parts = urlsplit(url or "")
    host = parts.hostname or url or "?"
    try:
        port = parts.port
    except ValueError:
        port = None
    return "%s:%s" % (host, port) if port else host


def describe(exc, url, timeout=None):
    """``(reason, advice)`` of a failed connection to ``url`` (``exc``: the exception ``requests`` raised)."""
    host = host_of(url)
    causes = _causes(exc)
    if _first(causes, requests.exceptions.ProxyError) or _class_named(causes, "ProxyError"):
        return (_("the proxy between the Odoo server and %s refused or failed the connection", host),
                _("Check the proxy settings of the Odoo server (HTTP_PROXY, HTTPS_PROXY)."))
    certificate = _first(causes, ssl.SSLCertVerificationError)
    if certificate or "CERTIFICATE_VERIFY_FAILED" in str(exc):
        detail = getattr(certificate, "verify_message", None)
        return (_("the certificate of %(host)s is not trusted (%(detail)s)", host=host,
                  detail=detail or _("it could not be verified")),
                _("Check that the base URL is the address of the Clientjoy API. A proxy or firewall that inspects "
                  "HTTPS needs its certificate installed on the Odoo server."))
    if _first(causes, ssl.SSLError, requests.exceptions.SSLError):
        return (_("the secure connection (HTTPS) to %s could not be set up", host),
                _("Check the base URL: https:// only for a server that speaks HTTPS, http:// otherwise."))
    if _first(causes, socket.gaierror) or _class_named(causes, "NameResolutionError"):
        return (_("the server name %s could not be found (DNS)", host),
                _("Check the host in the base URL, and that the Odoo server can look up names and reach the "
                  "internet."))
    if _first(causes, ConnectionRefusedError):
        return (_("nothing accepts connections at %s (connection refused)", host),
                _("Check the host and port in the base URL; the service may also be down: try again later."))
    if _first(causes, requests.exceptions.ConnectTimeout) or _class_named(causes, "ConnectTimeoutError"):
        return (_("no connection to %(host)s within %(timeout)s s (timed out)", host=host, timeout=timeout),
                _("Check the base URL and that the Odoo server may reach %s (firewall); the service may also be "
                  "down or slow: try again later or raise the timeout.", host))
    if _first(causes, requests.exceptions.Timeout, socket.timeout):
        return (_("no answer from %(host)s within %(timeout)s s (timed out)", host=host, timeout=timeout),
                _("The service may be slow or down: try again later or raise the timeout of the connection."))
    unreachable = next((c for c in causes if isinstance(c, OSError) and c.errno in UNREACHABLE), None)
    if unreachable:
        return (_("%s cannot be reached from the Odoo server (no network route)", host),
                _("Check the network and firewall of the Odoo server, and the host in the base URL."))
    if _first(causes, requests.exceptions.ChunkedEncodingError, http.client.IncompleteRead):
        return (_("the answer of %s was cut off before its end", host),
                _("Try again later; if it keeps happening, check any proxy or firewall between Odoo and Clientjoy."))
    if _first(causes, requests.exceptions.ContentDecodingError):
        return (_("the answer of %s could not be decompressed", host),
                _("Try again later; if it keeps happening, check any proxy or firewall between Odoo and Clientjoy."))
    if _first(causes, ConnectionResetError, ConnectionAbortedError, BrokenPipeError, http.client.RemoteDisconnected):
        return (_("%s closed the connection without answering", host),
                _("Try again later; if it keeps happening, check the base URL and any proxy or firewall between "
                  "Odoo and Clientjoy."))
    return (_("the connection to %s failed", host),
            _("Check the base URL and that the Odoo server can reach Clientjoy; try again later."))
