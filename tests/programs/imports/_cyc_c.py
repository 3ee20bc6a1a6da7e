from _cyc_d import D_NAME
C_NAME = "c"
