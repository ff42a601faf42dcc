from django.core.exceptions import PermissionDenied

from fou.accounts.permissions import AccessRefused, NotVisible
from fou.accounts.security import security_event_record


class SecurityLogMiddleware:
    """Stores every refusal (403) and every hidden object (404 from the
    permission layer) in the security log, after the view's transaction has
    ended so that the entry is not rolled back with it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, PermissionDenied | NotVisible):
            security_event_record(
                kind=getattr(exception, "kind", "refused"),
                user=getattr(request, "user", None),
                request=request,
                detail=str(exception),
                # refuse() and hide() have written their console line already.
                log_to_console=not isinstance(exception, AccessRefused | NotVisible),
            )
        return None
