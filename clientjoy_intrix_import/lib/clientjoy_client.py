"""HTTP client for the Clientjoy REST API (see :mod:`.clientjoy_contract` for every name it uses).

The client pages through list endpoints, fetches single records and document files, paces its
requests, retries what is worth retrying and turns every failure into a :class:`ClientjoyError`
subclass whose message can be shown to an Odoo admin as is. The API key never appears in a log line,
an exception message or a repr, and it is only ever sent to the origin (scheme, host, port) it was
saved for: a request or a redirect to any other origin is refused before anything is sent. Error
messages never quote the body of an answer (it may be any page of any server); they name its size
and type. A body shorter (or longer) than its
``Content-Length`` or than a document's declared size is retried, then refused: never returned cut.

Pure Python (``requests``): no Odoo import.
"""
import hashlib
import json
import logging
import random
import re
import time
from datetime import date, datetime, timezone
from email.message import Message
from email.utils import collapse_rfc2231_value, parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import requests

from .clientjoy_contract import DEFAULT_CONTRACT
from .connection_errors import describe as describe_connection_error
from .i18n import _

_logger = logging.getLogger(__name__)

REDACTED = "***"
#: redirects followed within the key's origin (a path moved); a redirect to another origin is refused
MAX_REDIRECTS = 5
#: an error code from a JSON error body is quoted only when it looks like a code, not like content
ERROR_CODE_RE = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
DEFAULT_PORTS = {"http": 80, "https": 443}
#: An X-RateLimit-Reset above this is an epoch timestamp, below it a number of seconds.
EPOCH_THRESHOLD = 10 ** 9


class ClientjoyError(Exception):
    """Base class of every Clientjoy API failure; ``str(exc)`` is a message for the admin."""

    def __init__(self, message, url=None, status=None):
        super().__init__(message)
        self.message = message
        self.url = url
        self.status = status


class ClientjoyAuthError(ClientjoyError):
    """The API key (or its workspace) was rejected: HTTP 401, or a 403 that is not about the plan."""


class ClientjoyPlanError(ClientjoyError):
    """HTTP 403 ``plan_not_allowed``: the account's plan has no API access; the CSV export is the way."""


class ClientjoyNotFound(ClientjoyError):
    """HTTP 404."""


class ClientjoyTransientError(ClientjoyError):
    """5xx, timeouts or connection errors that outlasted the retries; trying later may work."""


class ClientjoyRateLimited(ClientjoyTransientError):
    """HTTP 429 that outlasted the retries, or asked for a longer wait than the client may block.

    ``retry_after`` is the wait in seconds the server asked for (None when it did not say).
    """

    def __init__(self, message, url=None, status=429, retry_after=None):
        super().__init__(message, url=url, status=status)
        self.retry_after = retry_after


class ClientjoyBadResponse(ClientjoyError):
    """The answer is not the JSON the contract promises (malformed, or without its data key)."""


class ClientjoyIncompleteBody(ClientjoyTransientError):
    """The body did not have the announced length (connection closed early, or a document whose bytes
    differ from its declared size) on every attempt; nothing of it is used."""


class ClientjoyForeignHost(ClientjoyError):
    """A request (or a redirect) to an origin other than the one the API key was saved for: refused
    before anything was sent there."""


def url_origin(url):
    """``scheme://host:port`` of ``url`` (lower case, default port made explicit), or None when ``url``
    is not an absolute http(s) URL."""
    try:
        parts = urlsplit((url or "").strip())
        port = parts.port
    except ValueError:
        return None
    scheme = (parts.scheme or "").lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    return "%s://%s:%s" % (scheme, parts.hostname.lower(), port or DEFAULT_PORTS[scheme])


def format_utc(value):
    """Format ``value`` as ISO-8601 UTC with second precision: ``2024-05-01T10:00:00Z``.

    :param value: an aware datetime (converted to UTC), a naive datetime (taken as UTC, like Odoo's
        Datetime fields), a date (midnight UTC) or an ISO-8601 string (normalised the same way).
        Fractions of seconds are dropped, which only ever widens an ``updated_since`` window.
    """
    if isinstance(value, str):
        value = parse_datetime(value)
    elif isinstance(value, date) and not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if not isinstance(value, datetime):
        raise ValueError(_("Expected a datetime, a date or an ISO-8601 text, not %r", value))
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc)
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_datetime(text):
    """Parse an ISO-8601 timestamp (``Z`` suffix accepted on every Python version)."""
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    return datetime.fromisoformat(text)


class ClientjoyClient:
    """Client of one Clientjoy workspace.

    :param base_url: API base URL; empty means the contract's.
    :param api_key: the secret key, sent as ``<auth_scheme> <api_key>`` in ``auth_header``.
    :param workspace_id: sent in ``workspace_header`` when set.
    :param per_page: page size of list requests, clamped to ``1..contract.max_per_page``.
    :param timeout: seconds to wait for the connection and for each read.
    :param max_retries: how many times a 429, 5xx, timeout or connection error is retried.
    :param backoff_base: first backoff ceiling in seconds; it doubles per retry (full jitter).
    :param backoff_max: cap of a backoff and of a server-requested wait. A ``Retry-After`` above it
        raises :class:`ClientjoyRateLimited` at once, so a job can be rescheduled instead of
        blocking a worker.
    :param min_interval: minimum seconds between the starts of two requests (client-side rate limit).
    :param contract: a :class:`~.clientjoy_contract.ClientjoyContract` (default: the documented API).
    :param session: a ``requests.Session`` to use (default: a new one, closed by :meth:`close`).
    :param key_origin: the origin (or any URL of it) the API key was saved for; the key is sent to
        this origin only (default: the origin of ``base_url``).
    :param sleep: function used for every wait (tests pass a recorder).
    :param logger: logger for request and retry lines (default: this module's).
    """

    def __init__(self, base_url, api_key, workspace_id=None, per_page=100, timeout=30, max_retries=5,
                 backoff_base=0.5, backoff_max=30, min_interval=0, contract=None, session=None,
                 sleep=time.sleep, logger=None, key_origin=None):
        self.contract = contract or DEFAULT_CONTRACT
        self.base_url = (base_url or self.contract.base_url).rstrip("/")
        self._api_key = api_key or ""
        self.key_origin = url_origin(key_origin or self.base_url)
        if not self.key_origin:
            raise ClientjoyError(_("The Clientjoy base URL %s is not an http(s) URL with a host.", self.base_url))
        self.workspace_id = workspace_id or None
        self.per_page = max(1, min(int(per_page), self.contract.max_per_page))
        self.timeout = timeout
        self.max_retries = max(0, int(max_retries))
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.min_interval = min_interval
        self._own_session = session is None
        self.session = session or requests.Session()
        self._sleep = sleep
        self.logger = logger or _logger
        self.random = random.Random()
        self._next_request_at = 0.0
        self.stats = {"requests": 0, "retries": 0, "rate_limited": 0, "bytes": 0, "wait_seconds": 0.0}
        #: object -> the distinct ``meta.total`` values of its last paging: more than one means the
        #: set moved while it was paged (records may then be served twice, or skipped)
        self.totals = {}
        #: object -> ``meta.total`` of the first page of its last paging (the server's own count of the
        #: records it holds: the independent evidence a phase is reconciled with)
        self.first_totals = {}

    def __repr__(self):
        return "<ClientjoyClient %s workspace=%s>" % (self.base_url, self.workspace_id or "-")

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        """Close the HTTP session if the client created it."""
        if self._own_session:
            self.session.close()

    # ------------------------------------------------------------------ public API

    def iter_pages(self, object_name, updated_since=None):
        """Yield the records of ``object_name`` page by page (lists of canonical dicts).

        Follows ``meta.next_page`` until it is null. A single-object endpoint (the portal) yields one
        page holding its one record, whatever ``updated_since`` says.

        :param updated_since: only records updated at or after this moment (see :func:`format_utc`).
        """
        contract = self.contract
        if contract.is_single(object_name):
            yield [self.get(object_name)]
            return
        path = contract.endpoint(object_name)
        params = {contract.page_param: 1, contract.per_page_param: self.per_page}
        if updated_since:
            params[contract.updated_since_param] = format_utc(updated_since)
        page = 1
        totals = self.totals[object_name] = set()
        while page is not None:
            params[contract.page_param] = page
            payload, url = self._get_json(path, params)
            records = payload.get(contract.data_key)
            meta = payload.get(contract.meta_key)
            if not isinstance(records, list) or not isinstance(meta, dict):
                raise self._bad_response(url, _("expected a %(data)r list and a %(meta)r object",
                                                data=contract.data_key, meta=contract.meta_key), payload)
            if meta.get(contract.meta_total_key) is not None:
                totals.add(str(meta.get(contract.meta_total_key)))
            if page == 1:
                self.first_totals[object_name] = _whole_number(meta.get(contract.meta_total_key))
            # a count or a page number sent as text is still that number
            next_page = _whole_number(meta.get(contract.next_page_key))
            if next_page is not None and (type(next_page) is not int or next_page <= page):
                raise self._bad_response(url, _("%(key)r must be null or a page after %(page)s",
                                                key=contract.next_page_key, page=page), payload)
            strays = [index for index, record in enumerate(records, 1) if not isinstance(record, dict)]
            if strays:
                raise self._bad_response(url, _("record %(index)s of %(count)s on the page is not a JSON object",
                                                index=strays[0], count=len(records)), payload)
            yield [contract.to_canonical(object_name, record) for record in records]
            page = next_page

    def iter_records(self, object_name, updated_since=None):
        """Yield the records of ``object_name`` one by one (see :meth:`iter_pages`)."""
        for page in self.iter_pages(object_name, updated_since=updated_since):
            yield from page

    def get(self, object_name, record_id=None):
        """Return one record of ``object_name`` (canonical dict); no id for a single-object endpoint."""
        if record_id is None:
            path = self.contract.endpoint(object_name)
        else:
            path = self.contract.record(object_name, record_id)
        payload, url = self._get_json(path)
        record = payload.get(self.contract.data_key)
        if not isinstance(record, dict):
            raise self._bad_response(url, _("expected a %r object", self.contract.data_key), payload)
        return self.contract.to_canonical(object_name, record)

    def download(self, document_id, expected_size=None, expected_checksum=None):
        """Return ``(content, content_type, filename)`` of a document's file.

        The filename comes from ``Content-Disposition`` (RFC 6266/5987 ``filename*`` preferred), or is
        ``document-<id>`` when the server gives none.

        :param expected_size: the size the document record declares (bytes). A body of another length
            (like one cut by ``Content-Length``, see :meth:`_request`) is fetched again up to
            ``max_retries`` times, then :class:`ClientjoyIncompleteBody` is raised: the caller never
            gets a truncated file.
        :param expected_checksum: the hex digest the document record declares (algorithm:
            ``contract.document_checksum_algorithm``), checked the same way.
        """
        expected = _to_size(expected_size)
        checksum = str(expected_checksum).strip().lower() if expected_checksum not in (None, "") else None
        attempt = 0
        while True:
            response = self._request(self.contract.download(document_id), accept="*/*")
            problem = None
            if expected is not None and len(response.content) != expected:
                problem = _("Clientjoy declares %(expected)s bytes for document %(doc)s but sent %(got)s bytes",
                            expected=expected, doc=document_id, got=len(response.content))
            elif checksum and self._digest(response.content) != checksum:
                problem = _("The file Clientjoy sent for document %(doc)s does not match its %(algorithm)s checksum",
                            doc=document_id, algorithm=self.contract.document_checksum_algorithm)
            if not problem:
                break
            if attempt >= self.max_retries:
                raise ClientjoyIncompleteBody(_(
                    "%(problem)s, on each of %(attempts)d attempt(s); the file was not stored. Check the document "
                    "in Clientjoy and run the import again.", problem=problem, attempts=attempt + 1),
                    url=response.url, status=response.status_code)
            attempt += 1
            self._retry(self._backoff(attempt), "document %s: %s" % (document_id, problem), attempt)
        content_type = response.headers.get("Content-Type", "application/octet-stream").split(";")[0].strip()
        filename = _disposition_filename(response.headers.get("Content-Disposition"))
        return response.content, content_type, filename or "document-%s" % document_id

    def _digest(self, content):
        try:
            return hashlib.new(self.contract.document_checksum_algorithm, content).hexdigest()
        except ValueError:
            raise ClientjoyError(_("Unknown checksum algorithm %r in the Clientjoy contract settings",
                                   self.contract.document_checksum_algorithm)) from None

    def test_connection(self):
        """Check URL, key, workspace and plan with one small request; return a summary dict.

        :raises ClientjoyError: the subclass tells the admin what is wrong.
        """
        contract = self.contract
        started = time.monotonic()
        payload, url = self._get_json(
            contract.endpoint("users"), {contract.page_param: 1, contract.per_page_param: 1})
        meta = payload.get(contract.meta_key)
        if not isinstance(payload.get(contract.data_key), list) or not isinstance(meta, dict):
            raise self._bad_response(url, _("not a %(data)r list with %(meta)r", data=contract.data_key,
                                             meta=contract.meta_key), payload)
        return {
            "ok": True,
            "base_url": self.base_url,
            "workspace_id": self.workspace_id,
            "users_total": meta.get(contract.meta_total_key),
            "elapsed_ms": int((time.monotonic() - started) * 1000),
        }

    # ------------------------------------------------------------------ transport

    def _get_json(self, path, params=None):
        """GET ``path`` and return ``(decoded JSON object, url)``."""
        response = self._request(path, params=params, accept="application/json")
        try:
            payload = json.loads(response.content)
        except ValueError as exc:
            raise self._bad_response(response.url, _("malformed JSON: %s", exc), response) from None
        if not isinstance(payload, dict):
            raise self._bad_response(response.url, _("expected a JSON object"), response)
        return payload, response.url

    def _request(self, path, params=None, accept="application/json"):
        """GET ``path`` with retries; return the successful ``requests.Response``."""
        contract = self.contract
        url = contract.url(path, self.base_url)
        headers = {
            contract.auth_header: "%s %s" % (contract.auth_scheme, self._api_key),
            "Accept": accept,
        }
        if accept != "application/json":
            # files: an uncompressed body, so its length can be checked against Content-Length
            headers["Accept-Encoding"] = "identity"
        if self.workspace_id:
            headers[contract.workspace_header] = str(self.workspace_id)
        attempt = 0
        while True:
            self._throttle()
            self.stats["requests"] += 1
            try:
                response = self._send(url, params, headers)
            except (requests.Timeout, requests.ConnectionError, requests.exceptions.ChunkedEncodingError,
                    requests.exceptions.ContentDecodingError) as exc:
                timed_out = isinstance(exc, requests.Timeout)
                if attempt >= self.max_retries:
                    # the cause in words: the text of requests/urllib3 means nothing to an admin
                    reason, advice = describe_connection_error(exc, url, self.timeout)
                    raise ClientjoyTransientError(self._redact(_(
                        "Clientjoy did not answer %(url)s (%(attempts)d attempt(s)): %(reason)s. %(advice)s",
                        url=url, attempts=attempt + 1, reason=reason, advice=advice)), url=url) from None
                attempt += 1
                self._retry(self._backoff(attempt), "%s %s" % (url, "timed out" if timed_out else "connection failed"),
                            attempt)
                continue
            self.stats["bytes"] += len(response.content)
            status = response.status_code
            self._log(logging.DEBUG, "GET %s -> %s (%d bytes)", response.url, status, len(response.content))
            if status < 400:
                announced = _announced_length(response)
                if announced is not None and announced != len(response.content):
                    # the connection closed before the announced end (or the server miscounted): a cut
                    # body is never used, however plausible it looks
                    if attempt >= self.max_retries:
                        raise ClientjoyIncompleteBody(self._redact(_(
                            "Clientjoy announced %(expected)s bytes for %(url)s but sent %(got)s bytes on each of "
                            "%(attempts)d attempt(s) (the connection closed early); nothing of it was used. Try "
                            "again later.", expected=announced, url=response.url, got=len(response.content),
                            attempts=attempt + 1)), url=response.url, status=status)
                    attempt += 1
                    self._retry(self._backoff(attempt), "%s sent %d of %d announced bytes" % (
                        response.url, len(response.content), announced), attempt)
                    continue
                self._note_rate_limit(response)
                return response
            if status == 429:
                self.stats["rate_limited"] += 1
                retry_after = self._retry_after(response)
                if attempt >= self.max_retries or (retry_after or 0) > self.backoff_max:
                    raise ClientjoyRateLimited(self._redact(_(
                        "Clientjoy rate limit exceeded for %(url)s after %(attempts)d attempt(s); the server asks to "
                        "retry after %(wait)s seconds. Run the import again later or lower the request rate.",
                        url=response.url, attempts=attempt + 1,
                        wait=_("an unknown number of") if retry_after is None else retry_after)),
                        url=response.url, retry_after=retry_after)
                attempt += 1
                wait = retry_after if retry_after is not None else self._backoff(attempt)
                self._retry(wait, "%s rate limited (HTTP 429)" % response.url, attempt)
                continue
            if status >= 500:
                if attempt >= self.max_retries:
                    raise ClientjoyTransientError(self._redact(_(
                        "Clientjoy answered HTTP %(status)s for %(url)s after %(attempts)d attempt(s) (%(body)s). The "
                        "service has a problem; try again later.", status=status, url=response.url,
                        attempts=attempt + 1, body=_describe(response))),
                        url=response.url, status=status)
                attempt += 1
                self._retry(self._backoff(attempt), "%s answered HTTP %s" % (response.url, status), attempt)
                continue
            raise self._client_error(response)

    def _send(self, url, params, headers):
        """One GET, following redirects only within the key's origin.

        Redirects are followed here, not by ``requests``: it would carry a custom auth header (and, to
        another port of the same host, even ``Authorization``) to wherever ``Location`` points.
        """
        for _hop in range(MAX_REDIRECTS + 1):
            self._check_origin(url)
            response = self.session.get(url, params=params, headers=headers, timeout=self.timeout,
                                        allow_redirects=False)
            location = response.headers.get("Location")
            if not (response.is_redirect and location):
                return response
            response.close()
            url, params = urljoin(response.url, location), None
            self._log(logging.DEBUG, "GET %s -> %s (redirect to %s)", response.url, response.status_code, url)
        raise ClientjoyBadResponse(self._redact(_(
            "Clientjoy redirected %(url)s more than %(count)d times; the request was given up.",
            url=url, count=MAX_REDIRECTS)), url=url)

    def _check_origin(self, url):
        """Refuse, before sending anything, a URL outside the origin the API key was saved for.

        The origin is read from the URL as ``requests`` will send it: ``http://a\\@b/`` is host b for
        ``urlsplit`` but host a for ``requests`` (which quotes the backslash into the path)."""
        try:
            sent = requests.models.PreparedRequest()
            sent.prepare_url(url, None)
            origin = url_origin(sent.url)
        except requests.RequestException:
            origin = None
        if origin != self.key_origin:
            raise ClientjoyForeignHost(self._redact(_(
                "The Clientjoy API key is only sent to %(origin)s, the address it was saved for; the request to "
                "%(target)s was not sent. If Clientjoy moved (or redirects there), a system administrator has "
                "to change the base URL of the connection and enter the API key again.",
                origin=self.key_origin, target=origin or _("an address that is not http(s)"))), url=url)

    def _client_error(self, response):
        """The exception for a 4xx answer other than 429."""
        status, url = response.status_code, response.url
        try:
            body = json.loads(response.content)
        except ValueError:
            body = None
        code = body.get(self.contract.error_key) if isinstance(body, dict) else None
        # only a short code is quoted: a 4xx page of an arbitrary server may hold anything
        code = code if isinstance(code, str) and ERROR_CODE_RE.match(code) else None
        if status == 401:
            message = _("Clientjoy rejected the API key (HTTP 401) for %s. Check the API key in the connection "
                        "settings; keys are created in Clientjoy under Settings > Integrations > API.", url)
            return ClientjoyAuthError(self._redact(message), url=url, status=status)
        if status == 403 and code == self.contract.plan_error_code:
            message = _("Clientjoy refused API access (HTTP 403 %s): the Clientjoy API needs the Agency plan or "
                        "higher. Upgrade the Clientjoy account, or use the CSV export path instead: export the "
                        "data from Clientjoy as CSV files and import them with the CSV import.", code)
            return ClientjoyPlanError(self._redact(message), url=url, status=status)
        if status == 403:
            message = _("Clientjoy denied access (HTTP 403%(code)s) to %(url)s. Check that the API key's user may "
                        "read this data and that the workspace id is right.",
                        code=" %s" % code if code else "", url=url)
            return ClientjoyAuthError(self._redact(message), url=url, status=status)
        if status == 404:
            message = _("Clientjoy has nothing at %s (HTTP 404). If a whole object type is missing, check the "
                        "base URL and the endpoint paths of the API contract settings.", url)
            return ClientjoyNotFound(self._redact(message), url=url, status=status)
        message = _("Clientjoy rejected the request %(url)s (HTTP %(status)s%(code)s; %(body)s)",
                    url=url, status=status, code=" %s" % code if code else "", body=_describe(response))
        return ClientjoyError(self._redact(message), url=url, status=status)

    def _bad_response(self, url, reason, content):
        """A :class:`ClientjoyBadResponse` naming ``url`` and describing ``content`` (a response or the
        decoded JSON) without quoting it."""
        message = _("Clientjoy returned an unexpected answer for %(url)s (%(reason)s; %(body)s). Check the base "
                    "URL and the API contract settings of the connection.",
                    url=url, reason=reason, body=_describe(content))
        return ClientjoyBadResponse(self._redact(message), url=url)

    # ------------------------------------------------------------------ pacing

    def _throttle(self):
        """Wait until the next request may start (``min_interval``, exhausted rate-limit quota)."""
        now = time.monotonic()
        if self._next_request_at > now:
            self._wait(self._next_request_at - now)
        self._next_request_at = time.monotonic() + self.min_interval

    def _note_rate_limit(self, response):
        """When the quota is used up, hold the next request until the announced reset (capped)."""
        remaining = _to_float(response.headers.get(self.contract.rate_limit_remaining_header))
        if remaining is None or remaining > 0:
            return
        reset = self._reset_delay(response)
        if reset:
            self._next_request_at = max(self._next_request_at, time.monotonic() + min(reset, self.backoff_max))

    def _retry_after(self, response):
        """Seconds to wait after a 429: ``Retry-After`` (seconds or HTTP date), else the quota reset."""
        value = response.headers.get(self.contract.retry_after_header)
        seconds = _to_float(value)
        if seconds is None and value:
            try:
                seconds = (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds()
            except (TypeError, ValueError):
                seconds = None
        if seconds is None:
            seconds = self._reset_delay(response)
        return None if seconds is None else max(0.0, seconds)

    def _reset_delay(self, response):
        """Seconds until ``X-RateLimit-Reset`` (a delay, or an epoch timestamp), or None."""
        reset = _to_float(response.headers.get(self.contract.rate_limit_reset_header))
        if reset is None:
            return None
        if reset > EPOCH_THRESHOLD:
            reset -= time.time()
        return max(0.0, reset)

    def _backoff(self, attempt):
        """Full-jitter exponential backoff for retry number ``attempt`` (1-based)."""
        return self.random.uniform(0, min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1)))

    def _retry(self, wait, reason, attempt):
        self.stats["retries"] += 1
        self._log(logging.INFO, "Clientjoy: %s; retry %d/%d in %.2f s", reason, attempt, self.max_retries, wait)
        self._wait(wait)

    def _wait(self, seconds):
        self.stats["wait_seconds"] += seconds
        self._sleep(seconds)

    # ------------------------------------------------------------------ secrecy

    def _redact(self, text):
        """``text`` without the API key."""
        if self._api_key and self._api_key in text:
            text = text.replace(self._api_key, REDACTED)
        return text

    def _log(self, level, message, *args):
        if self.logger.isEnabledFor(level):
            self.logger.log(level, "%s", self._redact(message % args))


def _whole_number(value):
    """``value``, or the int a text of digits spells (``"2"`` -> 2)."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return value


def _describe(content):
    """What an answer was, without a word of it (not even its JSON keys: an arbitrary server's keys can
    be data too): size, type, JSON shape. ``content``: a response, or the decoded JSON."""
    if isinstance(content, requests.Response):
        kind = (content.headers.get("Content-Type") or _("no content type")).split(";")[0].strip()
        size = len(content.content)
        try:
            content = json.loads(content.content)
        except ValueError:
            return _("%(size)s bytes of %(kind)s", size=size, kind=kind)
    else:
        size = None
    if isinstance(content, dict):
        what = _("a JSON object with %s key(s)", len(content))
    else:
        what = _("JSON of type %s", type(content).__name__)
    return what if size is None else _("%(size)s bytes: %(what)s", size=size, what=what)


def _announced_length(response):
    """``Content-Length`` of an uncompressed body (None when absent, invalid or of a compressed body,
    whose decoded length differs by design)."""
    if (response.headers.get("Content-Encoding") or "identity").strip().lower() != "identity":
        return None
    return _to_size(response.headers.get("Content-Length"))


def _to_size(value):
    """A byte count from an int or a text of digits, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _to_float(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _disposition_filename(header):
    """The file name of a ``Content-Disposition`` header (``filename*`` preferred), or None."""
    if not header:
        return None
    message = Message()
    message["Content-Disposition"] = header
    names = [value for key, value in message.get_params([], header="Content-Disposition") if key.lower() == "filename"]
    names.sort(key=lambda value: not isinstance(value, tuple))  # RFC 2231/5987 encoded names first
    return collapse_rfc2231_value(names[0]) if names else None
