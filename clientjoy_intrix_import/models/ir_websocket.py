"""A browser may follow the live progress of a run it can read (models/import_run_progress.py).

The web client asks for the channel ``clientjoy_intrix_import.run_<id>`` by name; it is replaced by
the run's own channel when the user may read that run (access rights and company rules), and dropped
otherwise: a name alone never opens a channel.
"""
from odoo import models

from .import_run_progress import CHANNEL_PREFIX


class IrWebsocket(models.AbstractModel):
    _inherit = "ir.websocket"

    def _build_bus_channel_list(self, channels):
        channels = list(channels)  # the caller's list stays as it was
        run_ids = []
        for channel in list(channels):
            if isinstance(channel, str) and channel.startswith(CHANNEL_PREFIX):
                channels.remove(channel)
                suffix = channel[len(CHANNEL_PREFIX):]
                if suffix.isdigit():
                    run_ids.append(int(suffix))
        if run_ids and self.env.uid and not self.env.user._is_public():
            runs = self.env["clientjoy.intrix.run"].browse(run_ids).exists()
            channels.extend(run for run in runs if run.has_access("read"))
        return super()._build_bus_channel_list(channels)
