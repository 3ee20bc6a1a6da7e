# Uncaught UnicodeEncodeError message.
"snow ☃".encode("ascii")
