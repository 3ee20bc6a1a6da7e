WHERE = "libdir"
