//! Malformed and pathological input: always an error or a code object, never a
//! panic or a stack overflow.

use crate::{big_stack, check_code};
use compiler::{compile, Mode};

const CORPUS: &str = r#"'''doc'''
import os, sys as s
from .m import (a as b, c)
x: int = 1
def f(a, b=2, /, c=3, *d, e, f=4, **g) -> None:
    global x
    y = [i for i in range(10) if i % 2]
    z = {k: v for k, v in zip(a, b)}
    def inner():
        nonlocal y
        y += [1]
        return (yield from g)
    try:
        with open(a) as fh, lock:
            for line in fh:
                if not line: break
                elif line == '\n': continue
                else: print(f"{line!r:>{e}} {x=}")
    except (OSError, ValueError) as err:
        raise RuntimeError("bad") from err
    except:
        raise
    else:
        pass
    finally:
        del y
    while x < 10:
        x += 1
    else:
        assert x, "message"
    return lambda q, *r, s=1, **t: (q, r, s, t)
@decorator(arg)
class C(Base, metaclass=Meta):
    """class doc"""
    __slots__ = ('a',)
    def method(self):
        return super().method(), self.__private, __class__
if __name__ == "__main__":
    f(*[1], **{'e': 2})
    print(a if b else c, not d, -e, ~f, a @ b, a[1:2:3], a[...], {*s}, (*t,))
"#;

fn try_compile(src: &str) {
    for mode in [Mode::Exec, Mode::Single, Mode::Eval] {
        if let Ok(code) = compile(src, "<fuzz>", mode) {
            check_code(&code, src);
        }
    }
}

#[test]
fn corpus_compiles() {
    crate::ok(CORPUS);
}

#[test]
fn every_prefix_of_the_corpus() {
    big_stack(|| {
        let mut cut = 0;
        while cut <= CORPUS.len() {
            if CORPUS.is_char_boundary(cut) {
                try_compile(&CORPUS[..cut]);
            }
            cut += 1;
        }
    });
}

#[test]
fn lines_dropped_and_swapped() {
    big_stack(|| {
        let lines: Vec<&str> = CORPUS.lines().collect();
        for i in 0..lines.len() {
            let mut v = lines.clone();
            v.remove(i);
            try_compile(&v.join("\n"));
            if i + 1 < lines.len() {
                let mut w = lines.clone();
                w.swap(i, i + 1);
                try_compile(&w.join("\n"));
            }
        }
    });
}

#[test]
fn weird_inputs() {
    let inputs = [
        "", "\n", "\\", "\\\n", "(", ")", "]", "}", "{", "'", "\"", "'''", "#", "\0", "\u{feff}x = 1\n",
        "x = '\\ud800'\n", "x = '\\N{BOGUS}'\n", "x = b'\u{e9}'\n", "\t\tx\n", "if 1:\n\tx\n        y\n",
        "def f(:\n", "lambda", "lambda:", "class", "class C(", "@", "@x\n", "@x\nx = 1\n", "f(**)\n",
        "x = yield = 1\n", "x += yield\n", "del ()\n", "del []\n", "() = x\n", "[] = x\n", "x[] = 1\n",
        "for in x: pass\n", "with: pass\n", "try: pass\n", "try:\n  pass\nelse:\n  pass\n", "import\n",
        "from import x\n", "from . import\n", "from x import (a, b,)\n", "global\n", "def f(*): pass\n",
        "def f(**k, a): pass\n", "def f(a, *, b, **c, d): pass\n", "f(a for a in b, c)\n", "x = 1 if 2\n",
        "a := 1\n", "(a.b := 1)\n", "f'{'\n", "f'}'\n", "f'{x!}'\n", "f'{x:{y:{z}}}'\n", "f'{lambda x: 1}'\n",
        "print 'x'\n", "exec 'x'\n", "x = 1 = 2\n", "a, b += 1\n", "*a, = b\n", "a = *b\n", "a = *b,\n",
        "print(*)\n", "print(**)\n", "[*]\n", "{**}\n", "{*a: b}\n", "{**a for a in b}\n", "x = 1e\n",
        "x = 0x\n", "x = 1_\n", "x = 1__0\n", "x = 09\n", "x = 0b2\n", "x = 1.2.3\n", "x = 1j2\n",
        "nonlocal\n", "return\n", "yield\n", "await\n", "async\n", "match\n", "case\n", "type\n",
        "match = 1\ncase = 2\ntype = 3\n", "_ = 1\n", "__debug__ = 1\n", "x.__debug__ = 1\n",
        "if True:\n    pass\n  else:\n    pass\n", "\n\n\n   \n", "x = (\n\n\n", "x = [1,\n2,\n",
        "def f():\n    yield\n    return 1\n", "class C:\n    def f(self):\n        nonlocal __class__\n",
        "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n",
        "def f():\n    class C:\n        global __class__\n        def g(self): super()\n",
    ];
    big_stack(move || {
        for src in inputs {
            try_compile(src);
        }
    });
}

#[test]
fn byte_soup() {
    big_stack(|| {
        // A deterministic pseudo-random generator over Python-ish tokens.
        let tokens = [
            "(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "+", "*", "**", "-", "lambda", "def", "class",
            "if", "else", "for", "in", "while", "try", "except", "finally", "with", "as", "yield", "return",
            "x", "y", "1", "'s'", "f'{x}'", "\n", "    ", "not", "and", "or", ":=", "...", ".", "@", "global",
            "nonlocal", "del", "import", "from", "pass", "break", "continue", "raise", "assert", "*", "is",
        ];
        let mut state: u64 = 0x9E3779B97F4A7C15;
        for _ in 0..3000 {
            let mut src = String::new();
            let n = (state % 24) as usize + 1;
            for _ in 0..n {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                src.push_str(tokens[(state % tokens.len() as u64) as usize]);
                src.push(' ');
            }
            try_compile(&src);
        }
    });
}

fn expect_error(src: String, message: &'static str) {
    let e = big_stack(move || compile(&src, "<deep>", Mode::Exec).map(|_| ()).unwrap_err());
    assert_eq!(e.message, message);
}

#[test]
fn a_million_parentheses() {
    expect_error(format!("x = {}1{}\n", "(".repeat(1_000_000), ")".repeat(1_000_000)), "too many nested parentheses");
    expect_error(format!("x = {}\n", "[".repeat(1_000_000)), "too many nested parentheses");
}

#[test]
fn nesting_just_under_the_bracket_limit() {
    let src = format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199));
    big_stack(move || crate::ok(&src));
    let src = format!("x = {}\n", "[".repeat(150) + &"]".repeat(150));
    big_stack(move || crate::ok(&src));
}

#[test]
fn long_operator_chains() {
    let msg = "maximum recursion depth exceeded during compilation";
    expect_error(format!("x = {}1\n", "1 + ".repeat(100_000)), msg);
    expect_error(format!("x = {}1\n", "-".repeat(1_000_000)), msg);
    expect_error(format!("x = {}1\n", "not ".repeat(200_000)), msg);
    expect_error(format!("x = {}1\n", "lambda: ".repeat(100_000)), msg);
    expect_error(format!("x = 1{}\n", " if 1 else 1".repeat(100_000)), msg);
    expect_error(format!("x = a{}\n", ".b".repeat(100_000)), msg);
    expect_error(format!("x = a{}\n", "[0]".repeat(100_000)), msg);
    expect_error(format!("x = f{}\n", "()".repeat(100_000)), msg);
}

#[test]
fn moderately_long_chains_compile() {
    let src = format!("x = {}1\ny = 1{}\n", "1 + ".repeat(1000), " and 1".repeat(1000));
    big_stack(move || crate::ok(&src));
}

#[test]
fn deeply_nested_blocks() {
    let mut src = String::new();
    for i in 0..90 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(90));
    src.push_str("pass\n");
    big_stack(move || crate::ok(&src));
}
