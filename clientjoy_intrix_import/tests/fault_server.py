"""A small Clientjoy API server for fault tests, written from the contract (clientjoy-api.md) alone.

It shares no code with the client or with tests/clientjoy_sandbox.py, so a misreading of the contract
in the client is not repeated here. Real HTTP on 127.0.0.1 (``http.server``, one thread per request).

What it serves:
- ``GET /<object>?page=&per_page=&updated_since=``: ``{"data": [...], "meta": {page, per_page, total,
  next_page}}`` over ``server.objects[object]`` in list order; ``updated_since`` compares the ISO
  ``updated_at`` texts. ``server.after_page[object] = fn(server, page)`` runs once a page is read
  (before it is sent, so the client cannot ask for the next one first): a test inserts or updates
  records there, as happens at a real source while a client pages.
- ``GET /<object>/<id>`` and ``GET /portal`` (single object).
- ``GET /documents/<id>/download``: ``server.files[id]`` with Content-Type, Content-Disposition and
  Content-Length. ``server.download_faults[id]`` is a list of faults used one per request, then the
  file is served normally: ``"half"`` sends the headers with the full Content-Length, half of the
  body, and closes the connection.
- ``server.routes[path]``: a list of canned answers for ``path`` (without the base path and query),
  one per request, before anything else: ``{"status", "headers", "body"}`` (bytes, text or JSON) or
  ``{"redirect": url, "status": 302}``. The last one is repeated once the list is used up.
- ``Authorization: Bearer <api_key>`` is required everywhere (401 JSON otherwise).

``server.requests`` lists every request received (method, path, query, headers): a listener that
must never receive the key is just another instance whose ``requests`` the test reads.
"""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, unquote, urlsplit

BASE_PATH = "/api/v1"
LIST_OBJECTS = ("users", "pipelines", "leads", "customers", "custom_fields", "invoices", "proposals", "activities",
                "appointments", "booking_pages", "documents", "templates", "sequences", "forms", "esign_documents")


class FaultServer:

    def __init__(self, api_key, base_path=BASE_PATH):
        self.api_key = api_key
        self.base_path = base_path
        self.objects = {name: [] for name in LIST_OBJECTS}
        self.portal = {"domain": "portal.example.com", "branding": {}, "css": "", "widgets": [],
                       "updated_at": "2024-01-01T00:00:00Z"}
        self.files = {}
        self.download_faults = {}
        self.routes = {}
        self.after_page = {}
        self.requests = []
        self._lock = threading.Lock()
        self._httpd = None
        self._thread = None

    # ------------------------------------------------------------------ life cycle
    def start(self):
        server = self

        class Handler(_Handler):
            owner = server

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="fault-server", daemon=True)
        self._thread.start()
        return self

    def stop(self):
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()

    @property
    def port(self):
        return self._httpd.server_address[1]

    @property
    def origin(self):
        return "http://127.0.0.1:%s" % self.port

    @property
    def base_url(self):
        return self.origin + self.base_path

    def paths(self):
        return [request["path"] for request in self.requests]


class _Handler(BaseHTTPRequestHandler):
    owner = None  # the FaultServer, set on the subclass
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # noqa: A002 - keep test output quiet
        pass

    def do_GET(self):  # noqa: N802 - http.server's naming
        server = self.owner
        parts = urlsplit(self.path)
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        with server._lock:
            server.requests.append({"method": "GET", "path": parts.path, "query": query,
                                    "headers": dict(self.headers.items())})
        path = parts.path
        if path.startswith(server.base_path):
            path = path[len(server.base_path):]
        path = path.rstrip("/") or "/"
        canned = self._canned(path)
        if canned is not None:
            return self._send_canned(canned)
        if self.headers.get("Authorization") != "Bearer %s" % server.api_key:
            return self._json(401, {"error": "unauthorized"})
        segments = [unquote(s) for s in path.strip("/").split("/")]
        if segments == ["portal"]:
            return self._json(200, {"data": server.portal})
        if len(segments) == 3 and segments[0] == "documents" and segments[2] == "download":
            return self._download(segments[1])
        if segments[0] not in server.objects or len(segments) > 2:
            return self._json(404, {"error": "not_found"})
        if len(segments) == 2:
            for record in server.objects[segments[0]]:
                if str(record.get("id")) == segments[1]:
                    return self._json(200, {"data": record})
            return self._json(404, {"error": "not_found"})
        return self._list(segments[0], query)

    # ------------------------------------------------------------------ answers
    def _list(self, name, query):
        server = self.owner
        try:
            page = max(1, int(query.get("page", 1)))
            per_page = min(100, max(1, int(query.get("per_page", 100))))
        except ValueError:
            return self._json(400, {"error": "bad_paging"})
        with server._lock:
            records = list(server.objects[name])
        since = query.get("updated_since")
        if since:
            records = [r for r in records if (r.get("updated_at") or r.get("created_at") or "") >= since]
        chunk = records[(page - 1) * per_page:page * per_page]
        more = page * per_page < len(records)
        payload = {"data": chunk, "meta": {"page": page, "per_page": per_page, "total": len(records),
                                           "next_page": page + 1 if more else None}}
        # the source changes after this page was read and before the client asks for the next one
        hook = server.after_page.get(name)
        if hook:
            with server._lock:
                hook(server, page)
        self._json(200, payload)

    def _download(self, document_id):
        server = self.owner
        if document_id not in server.files:
            return self._json(404, {"error": "not_found"})
        content = server.files[document_id]
        with server._lock:
            faults = server.download_faults.get(document_id) or []
            fault = faults.pop(0) if faults else None
        document = next((d for d in server.objects["documents"] if str(d.get("id")) == document_id), {})
        name = document.get("name") or "document-%s" % document_id
        self.send_response(200)
        self.send_header("Content-Type", document.get("mime_type") or "application/octet-stream")
        self.send_header("Content-Disposition", "attachment; filename*=UTF-8''%s" % quote(name))
        self.send_header("Content-Length", str(len(content)))
        if fault == "half":
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(content[:len(content) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self.end_headers()
        self.wfile.write(content)

    def _canned(self, path):
        server = self.owner
        with server._lock:
            answers = server.routes.get(path)
            if not answers:
                return None
            return answers.pop(0) if len(answers) > 1 else answers[0]

    def _send_canned(self, canned):
        if "redirect" in canned:
            self.send_response(canned.get("status", 302))
            self.send_header("Location", canned["redirect"])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = canned.get("body", b"")
        headers = dict(canned.get("headers") or {})
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
            headers.setdefault("Content-Type", "application/json")
        elif isinstance(body, str):
            body = body.encode()
        self.send_response(canned.get("status", 200))
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status, payload):
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
