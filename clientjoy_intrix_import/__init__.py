from . import controllers
from . import models
from . import wizards


def post_init_hook(env):
    env["clientjoy.intrix.target"]._sync_targets()
