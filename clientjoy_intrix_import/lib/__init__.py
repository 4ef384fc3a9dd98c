# Pure-Python building blocks (no Odoo imports): CSV reading, value parsing, target description,
# map proposal and the Clientjoy HTTP client. The Odoo models import from here.
