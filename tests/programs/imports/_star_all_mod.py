__all__ = ["listed"]
listed = "in __all__"
unlisted = "not in __all__"
