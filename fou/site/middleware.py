class SwedishUnlessChosen:
    """The interface is Swedish unless the person picked English with the
    language switch; a browser's own language preference is not enough."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        return self.get_response(request)
