"""Test connection in a real browser: the connection form shows the result of the test just made.

The last test failed (wrong key); the admin enters the right key and presses Test connection again.
A notification alone would leave the form showing the earlier failure (it is not read again after the
button): the tour waits for this test's success on the form. Clientjoy is the loopback sandbox API.
"""
from odoo.tests import HttpCase, tagged

from .clientjoy_sandbox import SandboxServer

#: the key the tour types (static/tests/tours/connection_tour.js)
API_KEY = "cj-tour-KEY-5e1f"


@tagged("post_install", "-at_install")
class TestConnectionTour(HttpCase):
    def test_connection_form_shows_the_test_just_made(self):
        with SandboxServer(seed=1, scale=1, api_key=API_KEY) as server:
            backend = self.env["clientjoy.intrix.backend"].create({
                "name": "Sandbox tour", "base_url": server.base_url, "api_key": "an-old-key", "max_retries": 0,
                "timeout": 5})
            backend.action_test_connection()
            self.assertFalse(backend.last_test_ok)
            self.assertIn("401", backend.last_test_message)
            self.start_tour("/odoo/action-clientjoy_intrix_import.action_clientjoy_backend/%s" % backend.id,
                            "clientjoy_intrix_import_connection_tour", login="admin", timeout=120)
            backend.invalidate_recordset()
            self.assertTrue(backend.last_test_ok, backend.last_test_message)
            self.assertEqual(server.requests[-1]["status"], 200)
