//! Compile errors: CPython 3.11's kind, message, line and column.

use crate::err;
use compiler::CompileErrorKind::{IndentationError, SyntaxError};

/// (source, kind, message, line, column)
const CASES: &[(&str, compiler::CompileErrorKind, &str, u32, u32)] = &[
    ("if x:\npass\n", IndentationError, "expected an indented block after 'if' statement on line 1", 2, 1),
    ("def f():\nreturn\n", IndentationError, "expected an indented block after function definition on line 1", 2, 1),
    ("class C:\n", IndentationError, "expected an indented block after class definition on line 1", 1, 9),
    ("for x in y:\n\n# c\nx\n", IndentationError, "expected an indented block after 'for' statement on line 1", 4, 1),
    ("  x = 1\n", IndentationError, "unexpected indent", 1, 1),
    ("if x:\n    a\n  b\n", IndentationError, "unindent does not match any outer indentation level", 3, 1),
    ("x = (1,\n", SyntaxError, "'(' was never closed", 1, 5),
    ("return 1\n", SyntaxError, "'return' outside function", 1, 1),
    ("class C:\n    return\n", SyntaxError, "'return' outside function", 2, 5),
    ("yield 1\n", SyntaxError, "'yield' outside function", 1, 1),
    ("class C:\n    x = yield\n", SyntaxError, "'yield' outside function", 2, 9),
    ("break\n", SyntaxError, "'break' outside loop", 1, 1),
    ("def f():\n    for x in y:\n        def g():\n            break\n", SyntaxError, "'break' outside loop", 4, 13),
    ("continue\n", SyntaxError, "'continue' not properly in loop", 1, 1),
    ("nonlocal x\n", SyntaxError, "nonlocal declaration not allowed at module level", 1, 1),
    ("def f():\n    nonlocal x\n", SyntaxError, "no binding for nonlocal 'x' found", 2, 5),
    ("x = 1\ndef f():\n    nonlocal x\n", SyntaxError, "no binding for nonlocal 'x' found", 3, 5),
    ("def f():\n    x = 1\n    global x\n", SyntaxError, "name 'x' is assigned to before global declaration", 3, 5),
    ("def f():\n    print(x)\n    global x\n", SyntaxError, "name 'x' is used prior to global declaration", 3, 5),
    ("def f(x):\n    global x\n", SyntaxError, "name 'x' is parameter and global", 2, 5),
    ("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n", SyntaxError, "name 'x' is nonlocal and global", 5, 9),
    ("def f(a, b, a): pass\n", SyntaxError, "duplicate argument 'a' in function definition", 1, 13),
    ("lambda x, x: 0\n", SyntaxError, "duplicate argument 'x' in function definition", 1, 11),
    ("f(x=1, x=2)\n", SyntaxError, "keyword argument repeated: x", 1, 8),
    ("1 = x\n", SyntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
    ("(1, 2) = x\n", SyntaxError, "cannot assign to literal", 1, 2),
    ("None = 1\n", SyntaxError, "cannot assign to None", 1, 1),
    ("f() = 1\n", SyntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
    ("del f()\n", SyntaxError, "cannot delete function call", 1, 5),
    ("f() += 1\n", SyntaxError, "'function call' is an illegal expression for augmented assignment", 1, 1),
    ("a, *b, *c = d\n", SyntaxError, "multiple starred expressions in assignment", 1, 1),
    ("*a = b\n", SyntaxError, "starred assignment target must be in a list or tuple", 1, 1),
    ("def f(a=1, b): pass\n", SyntaxError, "non-default argument follows default argument", 1, 12),
    ("f(x=1, 2)\n", SyntaxError, "positional argument follows keyword argument", 1, 8),
    ("f(**a, *b)\n", SyntaxError, "iterable argument unpacking follows keyword argument unpacking", 1, 8),
    ("match x:\n    case 1: pass\n", SyntaxError, "'match' statements are not supported by gilfree", 1, 1),
    ("async def f(): pass\n", SyntaxError, "'async def' is not supported by gilfree", 1, 1),
    ("def f():\n    await x\n", SyntaxError, "'await' expressions are not supported by gilfree", 2, 5),
    ("await x\n", SyntaxError, "'await' expressions are not supported by gilfree", 1, 1),
    ("def f():\n    async with a: pass\n", SyntaxError, "'async with' is not supported by gilfree", 2, 5),
    ("def f():\n    async for a in b: pass\n", SyntaxError, "'async for' is not supported by gilfree", 2, 5),
    ("try:\n    pass\nexcept* E:\n    pass\n", SyntaxError, "'except*' is not supported by gilfree", 1, 1),
    ("def f():\n    from m import *\n", SyntaxError, "import * only allowed at module level", 2, 5),
    ("x = 'abc\n", SyntaxError, "unterminated string literal (detected at line 1)", 1, 5),
    ("x = '''abc\n", SyntaxError, "unterminated triple-quoted string literal (detected at line 1)", 1, 5),
    ("x = $\n", SyntaxError, "invalid syntax", 1, 5),
    ("x = 0777\n", SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5),
    ("[*a for a in b]\n", SyntaxError, "iterable unpacking cannot be used in comprehension", 1, 2),
    ("f'{x!z}'\n", SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 6),
    ("[(yield) for x in y]\n", SyntaxError, "'yield' inside list comprehension", 1, 3),
    ("def f():\n    return ((yield) for x in y)\n", SyntaxError, "'yield' inside generator expression", 2, 14),
    ("class C:\n    [(z := 1) for x in y]\n", SyntaxError, "assignment expression within a comprehension cannot be used in a class body", 2, 7),
    ("[(x := 1) for x in y]\n", SyntaxError, "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 3),
    ("a = ééé €\n", SyntaxError, "invalid character '€' (U+20AC)", 1, 9),
    ("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", SyntaxError, "default 'except:' must be last", 3, 1),
    ("x = 1 +\n", SyntaxError, "invalid syntax", 1, 8),
    ("for 1 in x: pass\n", SyntaxError, "cannot assign to literal", 1, 5),
    ("def f():\n    x: int\n    global x\n", SyntaxError, "annotated name 'x' can't be global", 3, 5),
    ("x = ((((((((((1))))))))))\ny = (\n", SyntaxError, "'(' was never closed", 2, 5),
    ("type X = int\n", SyntaxError, "invalid syntax", 1, 1),
    ("__debug__ = 1\n", SyntaxError, "cannot assign to __debug__", 1, 1),
    ("def f(__debug__): pass\n", SyntaxError, "cannot assign to __debug__", 1, 7),
    ("from __future__ import braces\n", SyntaxError, "not a chance", 1, 24),
    ("from __future__ import spam\n", SyntaxError, "future feature spam is not defined", 1, 24),
    ("'''doc'''\nimport os\nfrom __future__ import annotations\n", SyntaxError, "from __future__ imports must occur at the beginning of the file", 3, 1),
];

#[test]
fn cpython_messages_and_positions() {
    let mut failures = Vec::new();
    for &(src, kind, msg, line, col) in CASES {
        let e = err(src);
        if e.kind != kind || e.message != msg || e.line != line || e.column != col {
            failures.push(format!(
                "{src:?}\n   want {kind:?} {msg:?} at {line}:{col}\n   got  {:?} {:?} at {}:{}",
                e.kind, e.message, e.line, e.column
            ));
        }
        let text = e.text.as_deref().unwrap_or("");
        let want_text = src.lines().nth(line as usize - 1).unwrap_or("");
        if text != want_text {
            failures.push(format!("{src:?}: text {text:?}, want {want_text:?}"));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn error_display_names_the_file() {
    let e = compiler::compile("return\n", "prog.py", compiler::Mode::Exec).unwrap_err();
    assert_eq!(e.filename, "prog.py");
    assert_eq!(e.to_string(), "prog.py:1:1: SyntaxError: 'return' outside function");
}

#[test]
fn eval_mode_rejects_statements() {
    let e = compiler::compile("x = 1", "<eval>", compiler::Mode::Eval).unwrap_err();
    assert_eq!(e.kind, SyntaxError);
}
