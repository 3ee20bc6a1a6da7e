# from-import in a cycle fails with ImportError on a partially initialised module.
try:
    import _cyc_c
except ImportError as e:
    print(type(e).__name__, "partially initialized" in str(e), e.name)
