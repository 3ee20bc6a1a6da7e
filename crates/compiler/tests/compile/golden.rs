//! Disassembly listings checked verbatim (a compact view of exactly what the VM runs).

use crate::ok;

fn listing(src: &str) -> String {
    compiler::disassemble(&ok(src))
}

#[test]
fn simple_assignment() {
    assert_eq!(
        listing("x = 1\nprint(x + 2)\n"),
        "   1           0 LOAD_CONST                  0 (1)
               1 STORE_NAME                  0 (x)

   2           2 LOAD_NAME                   1 (print)
               3 LOAD_NAME                   0 (x)
               4 LOAD_CONST                  1 (2)
               5 BINARY_OP                   0 (+)
               6 CALL                        1
               7 POP_TOP
               8 LOAD_CONST                  2 (None)
               9 RETURN_VALUE
"
    );
}

#[test]
fn function_with_loop() {
    assert_eq!(
        listing("def f(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\n"),
        "   1           0 LOAD_CONST                  0 (<code object f, file \"<test>\", line 1>)
               1 MAKE_FUNCTION               0
               2 STORE_NAME                  0 (f)
               3 LOAD_CONST                  1 (None)
               4 RETURN_VALUE

Disassembly of <code object f, file \"<test>\", line 1>:
   2           0 LOAD_CONST                  0 (0)
               1 STORE_FAST                  1 (s)

   3           2 LOAD_GLOBAL                 0 (range)
               3 LOAD_FAST                   0 (n)
               4 CALL                        1
               5 GET_ITER
         >>    6 FOR_ITER                   13 (to 13)
               7 STORE_FAST                  2 (i)

   4           8 LOAD_FAST                   1 (s)
               9 LOAD_FAST                   2 (i)
              10 BINARY_OP                  13 (+=)
              11 STORE_FAST                  1 (s)

   3          12 JUMP                        6 (to 6)

   5     >>   13 LOAD_FAST                   1 (s)
              14 RETURN_VALUE
"
    );
}

#[test]
fn try_except_as() {
    assert_eq!(
        listing("try:\n    f()\nexcept E as e:\n    g(e)\n"),
        "   1           0 SETUP_FINALLY               6 (to 6)

   2           1 LOAD_NAME                   0 (f)
               2 CALL                        0
               3 POP_TOP

   1           4 POP_BLOCK
               5 JUMP                       35 (to 35)
         >>    6 PUSH_EXC_INFO
               7 SETUP_FINALLY              31 (to 31)

   3           8 LOAD_NAME                   1 (E)
               9 CHECK_EXC_MATCH
              10 POP_JUMP_IF_FALSE          30 (to 30)
              11 COPY                        1
              12 STORE_NAME                  2 (e)
              13 SETUP_FINALLY              26 (to 26)

   4          14 LOAD_NAME                   3 (g)
              15 LOAD_NAME                   2 (e)
              16 CALL                        1
              17 POP_TOP

   3          18 POP_BLOCK
              19 POP_BLOCK
              20 LOAD_CONST                  0 (None)
              21 STORE_NAME                  2 (e)
              22 DELETE_NAME                 2 (e)
              23 POP_TOP
              24 POP_EXCEPT
              25 JUMP                       35 (to 35)
         >>   26 LOAD_CONST                  0 (None)
              27 STORE_NAME                  2 (e)
              28 DELETE_NAME                 2 (e)
              29 RERAISE

   1     >>   30 RERAISE
         >>   31 SWAP                        3
              32 POP_EXCEPT
              33 POP_TOP
              34 RERAISE
         >>   35 LOAD_CONST                  0 (None)
              36 RETURN_VALUE
"
    );
}

#[test]
fn with_statement() {
    assert_eq!(
        listing("with m() as v:\n    use(v)\n"),
        "   1           0 LOAD_NAME                   0 (m)
               1 CALL                        0
               2 BEFORE_WITH
               3 STORE_NAME                  1 (v)
               4 SETUP_FINALLY              16 (to 16)

   2           5 LOAD_NAME                   2 (use)
               6 LOAD_NAME                   1 (v)
               7 CALL                        1
               8 POP_TOP

   1           9 POP_BLOCK
              10 LOAD_CONST                  0 (None)
              11 LOAD_CONST                  0 (None)
              12 LOAD_CONST                  0 (None)
              13 CALL                        3
              14 POP_TOP
              15 JUMP                       30 (to 30)
         >>   16 PUSH_EXC_INFO
              17 SETUP_FINALLY              26 (to 26)
              18 WITH_EXCEPT_START
              19 POP_JUMP_IF_TRUE           21 (to 21)
              20 RERAISE
         >>   21 POP_BLOCK
              22 POP_TOP
              23 POP_EXCEPT
              24 POP_TOP
              25 JUMP                       30 (to 30)
         >>   26 SWAP                        3
              27 POP_EXCEPT
              28 POP_TOP
              29 RERAISE
         >>   30 LOAD_CONST                  0 (None)
              31 RETURN_VALUE
"
    );
}
