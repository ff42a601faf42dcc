"""What the calls area announces to the areas built on top of it."""

from django.dispatch import Signal

# Sent with ``call`` inside the transaction that saves a call's rules: the
# applications still being handled must be checked against the new rules
# (fou/applications/apps.py connects that check).
call_rules_changed = Signal()
