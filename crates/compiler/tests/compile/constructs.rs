//! Every supported construct compiles to code that passes the verifier.

use crate::ok;

macro_rules! compiles {
    ($($name:ident: $src:expr;)*) => {
        $(#[test] fn $name() { ok($src); })*
    };
}

compiles! {
    empty: "";
    literals: "x = (1, 2.5, 3j, 'a', b'b', None, True, False, ..., 10**100, 0xff, 0o7, 0b1)\n";
    big_ints: "a = 123456789012345678901234567890\nb = 0xFFFFFFFFFFFFFFFFFFFFFFFF\nc = 0o7777777777777777777777777\nd = 0b1_0000000000000000000000000000000000000000000000000000000000000000\n";
    implicit_concat: "x = 'a' 'b' \"c\"\ny = b'a' b'b'\n";
    arithmetic: "x = -a + +b * ~c / d // e % f ** g @ h << i >> j & k | l ^ m\nx = not y\n";
    comparisons: "x = a < b\ny = a < b <= c == d != e > f >= g\nz = a is b is not c in d not in e\n";
    bool_ops: "x = a and b or c and not d\nif a and (b or c): pass\nwhile not (a or b): pass\n";
    conditional: "x = a if b else c if d else e\n";
    walrus: "if (n := len(a)) > 10: print(n)\n";
    walrus_in_comprehension: "def f(xs):\n    ys = [last := x for x in xs]\n    return last\nzs = [top := x for x in range(3)]\n";
    chained_assign: "a = b = c = 1\n";
    unpacking: "a, b = b, a\n[a, (b, c)] = x\na, *b = x\n*a, b = x\na, *b, c = x\nfor k, v in d.items(): pass\n";
    attribute_subscript_targets: "a.b = 1\na[0] = 2\na[1:2] = x\na[::2] = y\na.b.c[d].e = 3\n";
    aug_assign: "x += 1\nx.a -= 2\nx[i] *= 3\nx[i:j] |= y\nx.y[z] **= 2\nx @= m\n";
    ann_assign_module: "x: int = 1\ny: str\nz.a: int = 3\nw[0]: int\n";
    ann_assign_function: "def f():\n    x: int = 1\n    y: list\n    return x\n";
    ann_assign_class: "class C:\n    a: int\n    b: str = 'x'\n";
    delete: "del a\ndel a.b, a[0], a[1:2]\ndel (a, [b, c])\ndef f(x):\n    del x\n";
    slices: "x = a[1:2]\ny = a[:]\nz = a[::2]\nw = a[1:2, 3]\nv = a[...]\n";
    displays: "x = [1, 2, *a, 3]\ny = {1, *b}\nz = {'a': 1, **c, 'd': 2}\nt = (*a, *b)\ne = ([], {}, (), set())\n";
    big_displays: &format!("x = [{}]\ny = {{{}}}\nz = ({})\n", (0..100).map(|i| format!("a{i}")).collect::<Vec<_>>().join(", "), (0..100).map(|i| format!("'k{i}': v{i}")).collect::<Vec<_>>().join(", "), (0..100).map(|i| format!("a{i}")).collect::<Vec<_>>().join(", "));
    calls: "f()\nf(1, 2)\nf(a, b=1)\nf(*a)\nf(**k)\nf(1, *a, 2, *b, x=1, **k, y=2)\nf(a)(b)(c)\no.m(1, 2)\no.m(*a)\no.m(k=1)\n";
    call_kw_only: "f(x=1, y=2)\n";
    lambdas: "f = lambda: 0\ng = lambda a, b=1, *c, d, e=2, **f: (a, b, c, d, e, f)\nh = lambda x: lambda y: x + y\n";
    functions: "def f(a, b=1, /, c=2, *d, e, f=3, **g):\n    return a\ndef g(): pass\n";
    annotations: "def f(a: int, *b: str, c: 'x' = 1, **d: float) -> bool:\n    pass\n";
    future_annotations: "from __future__ import annotations\ndef f(a: List[int]) -> Dict[str, int]: pass\nx: Foo = 1\n";
    decorators: "@a\n@b.c(1)\ndef f(): pass\n@d\nclass C: pass\n";
    closures: "def f():\n    x = 1\n    def g():\n        return x\n    return g\n";
    nonlocal_: "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n        return x\n    return g\n";
    globals_: "x = 0\ndef f():\n    global x\n    x = 1\n    del x\n";
    deep_closures: "def a():\n    x = 1\n    def b():\n        def c():\n            def d():\n                return x\n            return d\n        return c\n    return b\n";
    param_cell: "def f(x):\n    return lambda: x\n";
    classes: "class A: pass\nclass B(A): x = 1\nclass C(A, B, metaclass=M, **kw):\n    'doc'\n    def m(self): return 1\n";
    class_super: "class C(B):\n    def __init__(self):\n        super().__init__()\n    def g(self):\n        return __class__\n";
    class_free_var: "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self): return x\n    return C\n";
    class_local_and_free: "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self): return x\n    return C\n";
    private_names: "class C:\n    __a = 1\n    def __m(self): return self.__a + __b\n    def __dunder__(self): pass\n";
    nested_classes: "class A:\n    class B:\n        def m(self): pass\n";
    comprehensions: "a = [x for x in y]\nb = {x for x in y if x}\nc = {k: v for k, v in d}\ng = (x for x in y)\nn = [x * y for x in a if x for y in b if y if x > y]\n";
    comprehension_in_class: "class C:\n    xs = [1, 2]\n    ys = [x for x in xs]\n";
    generator_arg: "s = sum(x for x in y)\n";
    generators: "def g():\n    yield\n    yield 1\n    x = yield 2\n    yield from h()\n    return 3\n";
    lambda_yield: "f = lambda: (yield)\n";
    if_elif_else: "if a:\n    b\nelif c:\n    d\nelif e:\n    pass\nelse:\n    f\n";
    if_main: "if __name__ == '__main__':\n    main()\n";
    while_loops: "while a:\n    if b: break\n    if c: continue\nelse:\n    d\nwhile True:\n    pass\n";
    for_loops: "for x in y:\n    if x: break\n    continue\nelse:\n    z\nfor a, (b, *c) in d: pass\n";
    nested_loops: "for a in b:\n    for c in d:\n        while e:\n            break\n        continue\n    break\n";
    try_except: "try:\n    a\nexcept E:\n    b\nexcept (F, G) as e:\n    c\nexcept:\n    d\nelse:\n    e\n";
    try_finally: "try:\n    a\nfinally:\n    b\n";
    try_all: "try:\n    a\nexcept E as e:\n    b\nelse:\n    c\nfinally:\n    d\n";
    nested_try: "try:\n    try:\n        a\n    except E:\n        raise\n    finally:\n        b\nexcept F as f:\n    try:\n        c\n    except G:\n        pass\n";
    break_in_try: "for x in y:\n    try:\n        break\n    finally:\n        f()\n    try:\n        continue\n    except E:\n        break\n";
    break_in_handler: "for x in y:\n    try:\n        a\n    except E as e:\n        break\n    except F:\n        continue\n";
    break_in_finally: "for x in y:\n    try:\n        a\n    finally:\n        break\n";
    return_in_try: "def f():\n    try:\n        return 1\n    except E as e:\n        return e\n    finally:\n        g()\n";
    return_in_finally: "def f():\n    try:\n        return 1\n    finally:\n        return 2\n";
    return_in_loop_in_with: "def f(xs):\n    for x in xs:\n        with x as y:\n            for z in y:\n                return z\n";
    with_stmt: "with a:\n    pass\nwith a as b, c as (d, e):\n    f\nwith a() as b.c:\n    pass\n";
    with_control: "def f():\n    for x in y:\n        with a:\n            if x: break\n            if y: continue\n            return 1\n";
    raise_: "raise\nraise E\nraise E('x') from None\n";
    assert_: "assert a\nassert a, 'msg'\n";
    imports: "import a\nimport a.b.c\nimport a.b.c as d\nimport a as b, c\nfrom a import b\nfrom a.b import c as d, e\nfrom . import x\nfrom .. import y\nfrom .m import z as w\nfrom m import *\n";
    import_in_function: "def f():\n    import os\n    from os import path as p\n    return os, p\n";
    fstrings: "x = f''\ny = f'a{b}c{d!r}e{f!s}{g!a}'\nz = f'{x:>{w}.{p}}'\nw = f'{x=}'\nv = f'{x=:>10}'\nu = f'{x=!s}'\nt = 'a' f'{b}' 'c'\n";
    nested_fstring: "x = f\"{f'{y}'}\"\n";
    pass_stmt: "pass\n";
    future_imports: "'''doc'''\nfrom __future__ import annotations\nfrom __future__ import generator_stop, division\nimport os\n";
    debug_constant: "if __debug__:\n    x = 1\n";
    ellipsis_stmt: "...\n";
    docstrings: "'''module'''\ndef f():\n    '''function'''\nclass C:\n    '''class'''\n";
    global_in_class: "class C:\n    global g\n    g = 1\n";
    star_import_module: "from os import *\n";
    exec_mode_expr_stmts: "1\n'a'\nf()\n";
    unicode_names: "ñ = 1\nπ = ñ * 2\ns = 'héllo €'\n";
    semicolons: "a = 1; b = 2; c = a + b\n";
    long_function: &format!("def f():\n{}", (0..2000).map(|i| format!("    x{i} = {i}\n")).collect::<String>());
    many_elifs: &format!("if a == 0:\n    pass\n{}", (1..500).map(|i| format!("elif a == {i}:\n    pass\n")).collect::<String>());
    comprehension_walrus_module: "[y := x for x in range(3)]\n";
    dict_comp_nested: "x = {a: [b for b in a] for a in c}\n";
    starred_in_call_and_display: "print(*[1, 2], *(3,), sep='')\n";
    subscript_tuple_store: "a[1, 2] = 3\n";
    lambda_default_closure: "def f(x):\n    return lambda y=x: y\n";
    conditional_import: "try:\n    import json\nexcept ImportError:\n    json = None\n";
    keyword_only_defaults: "def f(*, a=1, b, c=[]): pass\n";
    posonly: "def f(a, /, b): pass\n";
    genexp_in_class: "class C:\n    g = (i for i in range(3))\n";
    except_in_generator: "def g():\n    try:\n        yield 1\n    except GeneratorExit:\n        raise\n    finally:\n        yield 2\n";
    loop_else_break: "for x in y:\n    pass\nelse:\n    for z in w:\n        break\n";
    while_try_continue: "while a:\n    try:\n        continue\n    finally:\n        pass\n";
}

#[test]
fn eval_mode() {
    for src in ["1", "a + b", "[x for x in y]", "lambda: 1", "f(x)(y)", "(yield_ := 3)"] {
        let code = compiler::compile(src, "<eval>", compiler::Mode::Eval).unwrap_or_else(|e| panic!("{src}: {e}"));
        crate::check_code(&code, src);
    }
}

#[test]
fn single_mode() {
    for src in ["1 + 1\n", "x = 1\n", "if x:\n    y\n\n", "def f():\n    return 1\n\n", "for i in x: i\n"] {
        let code = compiler::compile(src, "<stdin>", compiler::Mode::Single).unwrap_or_else(|e| panic!("{src}: {e}"));
        crate::check_code(&code, src);
    }
}
