//! What the code objects contain: flags, variable tables, constants, qualnames.

use crate::{find_code, ok};
use compiler::bytecode::{code_flags, Constant, Instr};

#[test]
fn generator_flag() {
    let m = ok("def g():\n    yield 1\ndef f():\n    return 1\nx = (i for i in y)\n");
    assert!(find_code(&m, "g").unwrap().is_generator());
    assert!(!find_code(&m, "f").unwrap().is_generator());
    assert!(find_code(&m, "<genexpr>").unwrap().is_generator());
    assert!(!find_code(&m, "<module>").unwrap().is_generator());
}

#[test]
fn parameters_and_counts() {
    let m = ok("def f(a, b=1, /, c=2, *d, e, f=3, **g):\n    h = 1\n");
    let f = find_code(&m, "f").unwrap();
    assert_eq!(f.varnames, ["a", "b", "c", "e", "f", "d", "g", "h"]);
    assert_eq!(f.arg_count, 3);
    assert_eq!(f.posonly_arg_count, 2);
    assert_eq!(f.kwonly_arg_count, 2);
    assert_ne!(f.flags & code_flags::VARARGS, 0);
    assert_ne!(f.flags & code_flags::VARKEYWORDS, 0);
    assert_ne!(f.flags & code_flags::OPTIMIZED, 0);
    assert_eq!(f.total_param_count(), 7);
}

#[test]
fn cells_and_free_variables() {
    let m = ok("def f(x):\n    y = 1\n    def g():\n        return x + y\n    return g\n");
    let f = find_code(&m, "f").unwrap();
    let g = find_code(&m, "g").unwrap();
    assert_eq!(f.cellvars, ["x", "y"]);
    assert_eq!(f.cell_param_index(0), Some(0));
    assert_eq!(f.cell_param_index(1), None);
    assert_eq!(g.freevars, ["x", "y"]);
    assert!(g.instrs.contains(&Instr::LoadDeref(0)));
    assert_eq!(g.qualname, "f.<locals>.g");
}

#[test]
fn class_cell_for_super() {
    let m = ok("class C:\n    def m(self):\n        return super().m()\n");
    let c = find_code(&m, "C").unwrap();
    assert_eq!(c.cellvars, ["__class__"]);
    assert_ne!(c.flags & code_flags::CLASS_BODY, 0);
    let n = c.instrs.len();
    assert_eq!(&c.instrs[n - 4..n - 2], &[Instr::LoadClosure(0), Instr::Copy(1)]);
    assert_eq!(c.instrs[n - 1], Instr::ReturnValue);
    let meth = find_code(&m, "m").unwrap();
    assert_eq!(meth.freevars, ["__class__"]);
    assert_eq!(meth.qualname, "C.m");
    let plain = ok("class D:\n    def m(self): return 1\n");
    assert!(find_code(&plain, "D").unwrap().cellvars.is_empty());
}

#[test]
fn class_body_free_name_uses_load_class_deref() {
    let m = ok("def f():\n    x = 1\n    class C:\n        y = x\n    return C\n");
    let c = find_code(&m, "C").unwrap();
    assert_eq!(c.freevars, ["x"]);
    assert!(c.instrs.contains(&Instr::LoadClassDeref(0)));
}

#[test]
fn class_scope_is_not_visible_to_methods() {
    let m = ok("class C:\n    x = 1\n    def m(self):\n        return x\n");
    let meth = find_code(&m, "m").unwrap();
    assert!(meth.freevars.is_empty());
    assert!(matches!(meth.instrs[0], Instr::LoadGlobal(_)));
}

#[test]
fn private_name_mangling() {
    let m = ok("class C:\n    __a = 1\n    def m(self):\n        return self.__b, __c, self.__d__\n");
    let c = find_code(&m, "C").unwrap();
    assert!(c.names.contains(&"_C__a".to_string()));
    let meth = find_code(&m, "m").unwrap();
    assert!(meth.names.contains(&"_C__b".to_string()));
    assert!(meth.names.contains(&"_C__c".to_string()));
    assert!(meth.names.contains(&"__d__".to_string()));
    let under = ok("class _:\n    __a = 1\n");
    assert!(find_code(&under, "_").unwrap().names.contains(&"__a".to_string()));
}

#[test]
fn comprehension_scopes() {
    let m = ok("def f(xs):\n    return [x + y for x in xs for y in range(x)]\n");
    let comp = find_code(&m, "<listcomp>").unwrap();
    assert_eq!(comp.arg_count, 1);
    assert_eq!(comp.varnames[0], ".0");
    assert_eq!(comp.qualname, "f.<locals>.<listcomp>");
    assert!(comp.instrs.contains(&Instr::ListAppend(3)));
    // The first iterable is evaluated outside: `xs` is loaded in f.
    let f = find_code(&m, "f").unwrap();
    assert!(f.instrs.contains(&Instr::GetIter));
}

#[test]
fn walrus_binds_in_enclosing_function() {
    let m = ok("def f(xs):\n    [last := x for x in xs]\n    return last\n");
    let f = find_code(&m, "f").unwrap();
    assert_eq!(f.cellvars, ["last"]);
    let comp = find_code(&m, "<listcomp>").unwrap();
    assert_eq!(comp.freevars, ["last"]);
    assert!(comp.instrs.iter().any(|i| matches!(i, Instr::StoreDeref(_))));
    let top = ok("[y := x for x in z]\n");
    let comp = find_code(&top, "<listcomp>").unwrap();
    assert!(comp.instrs.iter().any(|i| matches!(i, Instr::StoreGlobal(_))));
}

#[test]
fn constants_are_deduplicated_but_keep_float_signs() {
    let m = ok("a = 1\nb = 1\nc = 'x'\nd = 'x'\ne = 0.0\nf = -0.0\ng = 0.0\nh = (1, 2)\ni = (1, 2)\n");
    let ones = m.consts.iter().filter(|c| **c == Constant::Int(1)).count();
    assert_eq!(ones, 1);
    let xs = m.consts.iter().filter(|c| **c == Constant::Str("x".into())).count();
    assert_eq!(xs, 1);
    let zeros = m.consts.iter().filter(|c| matches!(c, Constant::Float(f) if *f == 0.0)).count();
    assert_eq!(zeros, 1, "0.0 once; -0.0 is compiled as a negation of 0.0: {:?}", m.consts);
    let tuples = m.consts.iter().filter(|c| matches!(c, Constant::Tuple(_))).count();
    assert_eq!(tuples, 1);
}

#[test]
fn big_integer_literals_become_decimal() {
    let m = ok("a = 0xFFFFFFFFFFFFFFFFFFFF\nb = 0o1_000_000_000_000_000_000_000_000\nc = 0b1111111111111111111111111111111111111111111111111111111111111111\nd = 99999999999999999999999999\ne = 9223372036854775807\nf = 9223372036854775808\n");
    assert!(m.consts.contains(&Constant::BigInt("1208925819614629174706175".into())));
        assert!(m.consts.contains(&Constant::BigInt("18446744073709551615".into())));
    assert!(m.consts.contains(&Constant::BigInt("4722366482869645213696".into())));
    assert!(m.consts.contains(&Constant::BigInt("99999999999999999999999999".into())));
    assert!(m.consts.contains(&Constant::Int(i64::MAX)));
    assert!(m.consts.contains(&Constant::BigInt("9223372036854775808".into())));
}

#[test]
fn docstrings() {
    let m = ok("'''mod'''\ndef f():\n    '''fun'''\n    return 1\nclass C:\n    '''cls'''\n");
    assert_eq!(m.docstring.as_deref(), Some("mod"));
    assert_eq!(find_code(&m, "f").unwrap().docstring.as_deref(), Some("fun"));
    assert_eq!(find_code(&m, "C").unwrap().docstring.as_deref(), Some("cls"));
    assert!(m.names.contains(&"__doc__".to_string()));
}

#[test]
fn method_calls_use_load_method() {
    let m = ok("o.m(1, 2)\no.m(x=1)\no.m(*a)\n");
    assert_eq!(m.instrs.iter().filter(|i| matches!(i, Instr::LoadMethod(_))).count(), 1);
    assert!(m.instrs.contains(&Instr::CallMethod(2)));
    assert!(m.instrs.iter().any(|i| matches!(i, Instr::CallKw(1))));
    assert!(m.instrs.contains(&Instr::CallFunctionEx(false)));
}

#[test]
fn import_forms() {
    let m = ok("import a.b.c\nimport a.b.c as d\nfrom .x import y as z\n");
    assert!(m.names.contains(&"a.b.c".to_string()));
    assert!(m.instrs.iter().filter(|i| matches!(i, Instr::LoadAttr(_))).count() == 2);
    assert!(m.consts.contains(&Constant::Int(1)));
    assert!(m.consts.contains(&Constant::Tuple(vec![Constant::Str("y".into())])));
}

#[test]
fn locations_point_at_nodes() {
    let m = ok("x = 1\nif x:\n    y = foo(x)\n");
    let call = m.instrs.iter().position(|i| matches!(i, Instr::Call(_))).unwrap();
    let loc = m.locations[call];
    assert_eq!((loc.line, loc.col, loc.end_line, loc.end_col), (3, 8, 3, 14));
    let utf8 = ok("é = 1; x = foo()\n");
    let call = utf8.instrs.iter().position(|i| matches!(i, Instr::Call(_))).unwrap();
    assert_eq!(utf8.locations[call].col, 12, "columns are UTF-8 byte offsets");
}

#[test]
fn annotations_in_functions_are_not_evaluated() {
    let m = ok("def f():\n    x: undefined_name = 1\n    y: other\n");
    let f = find_code(&m, "f").unwrap();
    assert!(!f.names.iter().any(|n| n == "undefined_name" || n == "other"));
    assert!(!f.instrs.contains(&Instr::SetupAnnotations));
    let module = ok("x: int = 1\n");
    assert!(module.instrs.contains(&Instr::SetupAnnotations));
}

#[test]
fn single_mode_prints_expressions() {
    let code = compiler::compile("1 + 1\n", "<stdin>", compiler::Mode::Single).unwrap();
    assert!(code.instrs.contains(&Instr::PrintExpr));
    let code = compiler::compile("1 + 1\n", "<string>", compiler::Mode::Exec).unwrap();
    assert!(!code.instrs.contains(&Instr::PrintExpr));
}

#[test]
fn eval_returns_the_value() {
    let code = compiler::compile("a + 1", "<string>", compiler::Mode::Eval).unwrap();
    assert_eq!(code.instrs.last(), Some(&Instr::ReturnValue));
    assert!(matches!(code.instrs[0], Instr::LoadName(_)));
}
