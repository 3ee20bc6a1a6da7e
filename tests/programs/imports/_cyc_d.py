from _cyc_c import C_NAME
D_NAME = "d"
