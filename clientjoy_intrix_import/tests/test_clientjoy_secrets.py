"""The Clientjoy API key stays secret: who may point a connection somewhere, where the key may go,
and what an error may repeat of an answer.

Real HTTP on 127.0.0.1: the API is tests/fault_server.py, and a second instance is the foreign
listener whose request log proves the key never reached it.
"""
from unittest import mock

from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, tagged

from ..lib.clientjoy_client import ClientjoyClient, ClientjoyForeignHost
from ..models.clientjoy_backend import PullFailed
from .fault_server import FaultServer

API_KEY = "cj-secret-KEY-93f1aa"
SECRET = "db_password=hunter2-internal"
HTML = "<html><body><h1>Intranet</h1><p>%s</p></body></html>" % SECRET


@tagged("post_install", "-at_install")
class TestClientjoySecrets(TransactionCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.api = FaultServer(API_KEY).start()
        cls.addClassCleanup(cls.api.stop)
        cls.listener = FaultServer("the listener accepts nothing").start()
        cls.addClassCleanup(cls.listener.stop)
        Users = cls.env["res.users"].with_context(no_reset_password=True)
        manager_group = cls.env.ref("clientjoy_intrix_import.group_import_manager")
        cls.manager = Users.create({"name": "Import manager", "login": "secrets.manager@example.com",
                                    "group_ids": [(6, 0, [manager_group.id])]})
        cls.sysadmin = Users.create({"name": "System admin", "login": "secrets.sysadmin@example.com",
                                     "group_ids": [(6, 0, [manager_group.id, cls.env.ref("base.group_system").id])]})

    def setUp(self):
        super().setUp()
        for server in (self.api, self.listener):
            server.requests.clear()
            server.routes.clear()
        self.backend = self.env["clientjoy.intrix.backend"].create({
            "name": "Secrets", "base_url": self.api.base_url, "api_key": API_KEY, "max_retries": 1, "timeout": 5})

    def secret_values(self, backend):
        backend.invalidate_recordset()
        return backend.sudo().read(["base_url", "api_key", "api_key_origin"])[0]

    def assert_listener_untouched(self):
        self.assertEqual(self.listener.requests, [], "a request reached the foreign listener")

    def assert_no_leak(self, *texts):
        for text in texts:
            self.assertNotIn(API_KEY, text or "")
            self.assertNotIn(SECRET, text or "")
            self.assertNotIn("Intranet", text or "")

    # ------------------------------------------------------------------ who may change where the key goes
    def test_only_system_admins_change_base_url_or_key(self):
        backend = self.backend.with_user(self.manager)
        fields = backend.fields_get()
        self.assertNotIn("base_url", fields)
        self.assertNotIn("api_key", fields)
        self.assertEqual(backend.api_host, "http://127.0.0.1:%s" % self.api.port)
        for vals in ({"base_url": self.listener.base_url}, {"api_key": "another"}):
            with self.assertRaises(AccessError):
                backend.write(vals)
        with self.assertRaises(AccessError):
            self.env["clientjoy.intrix.backend"].with_user(self.manager).create(
                {"name": "Mine", "base_url": self.listener.base_url})
        # the write() check holds on its own, should the field groups ever be lost or bypassed
        Backend = type(self.env["clientjoy.intrix.backend"])
        with mock.patch.object(Backend, "_has_field_access", lambda self, field, operation: True):
            with self.assertRaisesRegex(AccessError, "Only a system administrator"):
                backend.write({"base_url": self.listener.base_url})
        self.assertEqual(self.secret_values(self.backend)["base_url"], self.api.base_url)
        # what the manager may still do: rename it, test it
        backend.write({"name": "Renamed"})
        backend.action_test_connection()
        self.assertTrue(self.backend.last_test_ok, self.backend.last_test_message)
        self.assertEqual(self.api.requests[-1]["headers"].get("Authorization"), "Bearer %s" % API_KEY)

    def test_form_shows_the_host_to_managers_and_the_url_to_admins(self):
        Backend = self.env["clientjoy.intrix.backend"]
        manager_form = Backend.with_user(self.manager).get_views([(False, "form")])["views"]["form"]["arch"]
        admin_form = Backend.with_user(self.sysadmin).get_views([(False, "form")])["views"]["form"]["arch"]
        self.assertIn('name="api_host"', manager_form)
        self.assertNotIn('name="base_url"', manager_form)
        self.assertNotIn('name="api_key"', manager_form)
        self.assertIn('name="base_url"', admin_form)
        self.assertIn('name="api_key"', admin_form)

    def test_changing_the_host_clears_the_key(self):
        backend = self.backend.with_user(self.sysadmin)
        origin = "http://127.0.0.1:%s" % self.api.port
        self.assertEqual(self.secret_values(backend)["api_key_origin"], origin)
        backend.write({"base_url": self.api.origin + "/api/v2"})  # same origin, another path: key kept
        self.assertEqual(self.secret_values(backend)["api_key"], API_KEY)
        for moved in (self.listener.base_url, "https://127.0.0.1:%s/api/v1" % self.api.port,
                      "http://localhost:%s/api/v1" % self.api.port):
            backend.write({"base_url": self.api.base_url, "api_key": API_KEY})
            backend.write({"base_url": moved})
            values = self.secret_values(backend)
            self.assertFalse(values["api_key"], moved)
            self.assertFalse(values["api_key_origin"], moved)
            self.assertFalse(backend.has_api_key)
        # URL and key together: the key belongs to the new host
        backend.write({"base_url": self.listener.base_url, "api_key": "listener-key"})
        self.assertEqual(self.secret_values(backend)["api_key_origin"], "http://127.0.0.1:%s" % self.listener.port)
        self.assertEqual(self.secret_values(backend)["api_key"], "listener-key")
        with self.assertRaises(Exception):
            backend.write({"base_url": "file:///etc/passwd"})

    # ------------------------------------------------------------------ the key goes to its host only
    def test_redirect_to_another_host_is_not_followed(self):
        self.api.routes["/users"] = [{"redirect": self.listener.base_url + "/users", "status": 307}]
        action = self.backend.with_user(self.manager).action_test_connection()
        self.assert_listener_untouched()
        message = action["params"]["message"]
        self.assertFalse(self.backend.last_test_ok)
        self.assertIn("only sent to http://127.0.0.1:%s" % self.api.port, message)
        self.assertIn("http://127.0.0.1:%s" % self.listener.port, message)
        self.assert_no_leak(message)
        # a run fails the same way, before staging anything, and keeps no run
        with self.assertRaisesRegex(PullFailed, "only sent to") as caught:
            self.backend.action_new_run()
        self.assertIn("no run was created", caught.exception.args[0])
        self.assertFalse(self.env["clientjoy.intrix.run"].search([("backend_id", "=", self.backend.id)]))
        self.assert_listener_untouched()

    def test_redirect_that_parses_two_ways_is_not_followed(self):
        """'http://listener\\@api/...': urlsplit reads the host after the '@' (the key's own), requests sends
        to the host before the backslash. The origin is checked on the URL as requests sends it."""
        tricky = "http://127.0.0.1:%s\\@127.0.0.1:%s/users" % (self.listener.port, self.api.port)
        self.api.routes["/users"] = [{"redirect": tricky, "status": 302}]
        self.backend.with_user(self.manager).action_test_connection()
        self.assert_listener_untouched()
        self.assertFalse(self.backend.last_test_ok)
        self.assertIn("only sent to http://127.0.0.1:%s" % self.api.port, self.backend.last_test_message)
        self.assert_no_leak(self.backend.last_test_message)

    def test_redirect_within_the_host_is_followed(self):
        self.api.routes["/users"] = [{"redirect": self.api.base_url + "/v2/users", "status": 301}]
        self.api.routes["/v2/users"] = [{"body": {"data": [], "meta": {"page": 1, "per_page": 1, "total": 0,
                                                                        "next_page": None}}}]
        self.backend.action_test_connection()
        self.assertTrue(self.backend.last_test_ok, self.backend.last_test_message)
        self.assertEqual(self.api.paths()[-1], "/api/v1/v2/users")
        self.assertEqual(self.api.requests[-1]["headers"].get("Authorization"), "Bearer %s" % API_KEY)

    def test_key_is_not_sent_to_a_url_it_was_not_saved_for(self):
        # a connection moved behind the ORM's back (SQL, an old database): the key's origin still rules
        self.env.cr.execute("UPDATE clientjoy_intrix_backend SET base_url = %s WHERE id = %s",
                            [self.listener.base_url, self.backend.id])
        self.backend.invalidate_recordset()
        self.backend.action_test_connection()
        self.assertFalse(self.backend.last_test_ok)
        self.assertIn("only sent to", self.backend.last_test_message)
        self.assert_listener_untouched()
        # the contract overrides (which import managers may edit) cannot move the requests either
        self.env.cr.execute("UPDATE clientjoy_intrix_backend SET base_url = %s WHERE id = %s",
                            [self.api.base_url, self.backend.id])
        self.backend.invalidate_recordset()
        self.backend.with_user(self.manager).write({"contract_overrides": '{"base_url": "%s", "download_path": '
                                                   '"//127.0.0.1:%s/documents/{id}/download"}'
                                                   % (self.listener.base_url, self.listener.port)})
        self.backend.action_test_connection()
        self.assertTrue(self.backend.last_test_ok, self.backend.last_test_message)
        with self.backend._get_client() as client:
            with self.assertRaises(Exception):
                client.download("d1")
        self.assert_listener_untouched()
        # the client on its own: a base URL outside the key's origin is refused before any byte is sent
        with ClientjoyClient(self.listener.base_url, API_KEY, key_origin=self.api.base_url, max_retries=0) as client:
            with self.assertRaises(ClientjoyForeignHost) as caught:
                client.test_connection()
        self.assert_no_leak(str(caught.exception))
        self.assert_listener_untouched()

    # ------------------------------------------------------------------ errors repeat no answer
    def test_error_messages_never_echo_a_response_body(self):
        answers = [
            {"status": 200, "headers": {"Content-Type": "text/html"}, "body": HTML},
            {"status": 500, "headers": {"Content-Type": "text/html"}, "body": HTML},
            {"status": 404, "headers": {"Content-Type": "text/html"}, "body": HTML},
            {"status": 400, "body": {"error": SECRET, "detail": HTML}},
            {"status": 403, "body": {"error": HTML}},
            {"status": 200, "body": {"items": [SECRET], "Intranet": 1}},
            {"status": 200, "body": "upstream echoed: Bearer %s %s" % (API_KEY, HTML)},
        ]
        for answer in answers:
            self.api.routes["/users"] = [answer]
            self.api.requests.clear()
            action = self.backend.with_user(self.manager).action_test_connection()
            self.assertEqual(action["params"]["type"], "danger", answer)
            self.assertTrue(self.api.requests, "the request did not reach the API server")
            self.assert_no_leak(action["params"]["message"], self.backend.last_test_message)
            self.assertIn("HTTP" if answer["status"] != 200 else "unexpected answer", action["params"]["message"])
        with self.assertRaises(PullFailed) as caught:
            self.backend.action_new_run()
        self.assert_no_leak(caught.exception.args[0])
