# A dedent whose columns match with tabs as 8 but not as 1: TabError.
if True:
  if True:
	x = 1
  y = 2
