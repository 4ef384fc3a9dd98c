"""kill -9 of the Odoo server in the middle of a queue_job run: the restarted server finishes the run
with every record exactly once. Runs scripts/crash_resume_check.py (real odoo-bin processes, real
job runner, its own database) and fails with its report when a check fails."""
import os
import subprocess
import sys
import unittest

from odoo.tests import tagged

SCRIPT = os.path.join(os.path.dirname(__file__), "..", "..", "scripts", "crash_resume_check.py")


@tagged("post_install", "-at_install", "-standard", "crash")
class TestCrashResume(unittest.TestCase):
    def test_kill_9_mid_run_resumes_without_duplicates_or_gaps(self):
        if not os.path.exists(SCRIPT):
            self.skipTest("scripts/ is not shipped with the addon")
        result = subprocess.run([sys.executable, SCRIPT, "--rows", "900", "--chunk", "60"],
                                capture_output=True, text=True, timeout=900)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("killed the server with SIGKILL", result.stdout)
        self.assertNotIn("FAILED", result.stdout)
