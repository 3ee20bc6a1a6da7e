__all__ = ["mod_x", "CONST"]
CONST = "c2"
