from tests.history.helpers import registry  # noqa: F401
