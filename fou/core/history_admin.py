"""The admin's history page shows changes the way the site's history does."""

from simple_history.admin import SimpleHistoryAdmin

from fou.core.audit import ACTIONS, field_changes


class ReadableHistoryAdmin(SimpleHistoryAdmin):
    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        for record in historical_records:
            record.action_label = ACTIONS.get(record.history_type, record.history_type)
            record.history_delta_changes = [
                {"field": change.field, "old": change.before, "new": change.after}
                for change in field_changes(record)
            ]
