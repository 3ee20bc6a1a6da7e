//! f-strings: literal pieces, `FormatValue` for each replacement field, and one
//! `BuildString` joining them.
//!
//! Implicitly concatenated parts (`'a' f'{x}' "b"`) are flattened and adjacent
//! literal text is merged. A format spec is itself compiled as an f-string (so
//! `{x:>{width}}` works) and passed to `FormatValue { has_spec: true }`. The
//! self-documenting form `f"{x=}"` emits the source text `x=` and defaults to
//! `!r`, or to plain `format` when a spec is given, as CPython does.

use super::{Compiler, R};
use crate::bytecode::{Constant, Conversion, Instr};
use ruff_python_ast::{self as ast};

enum Piece<'a> {
    Text(String),
    Field(&'a ast::InterpolatedElement),
}

fn collect<'a>(elements: &'a ast::InterpolatedStringElements, out: &mut Vec<Piece<'a>>) {
    for el in elements.iter() {
        match el {
            ast::InterpolatedStringElement::Literal(l) => push_text(out, &l.value),
            ast::InterpolatedStringElement::Interpolation(i) => {
                if let Some(debug) = &i.debug_text {
                    push_text(out, debug.leading());
                    push_text(out, debug.expression());
                    push_text(out, debug.trailing());
                }
                out.push(Piece::Field(i));
            }
        }
    }
}

fn push_text(out: &mut Vec<Piece<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Piece::Text(t)) = out.last_mut() {
        t.push_str(s);
    } else {
        out.push(Piece::Text(s.to_string()));
    }
}

impl<'a> Compiler<'a> {
    pub fn compile_fstring(&mut self, f: &'a ast::ExprFString) -> R {
        let mut pieces = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => push_text(&mut pieces, &s.value),
                ast::FStringPart::FString(fs) => collect(&fs.elements, &mut pieces),
            }
        }
        self.compile_pieces(pieces)
    }

    fn compile_pieces(&mut self, pieces: Vec<Piece<'a>>) -> R {
        match pieces.as_slice() {
            [] => {
                self.load_const(Constant::Str(String::new()));
                return Ok(());
            }
            [Piece::Text(t)] => {
                self.load_const(Constant::Str(t.clone()));
                return Ok(());
            }
            _ => {}
        }
        let n = pieces.len() as u32;
        for p in pieces {
            match p {
                Piece::Text(t) => self.load_const(Constant::Str(t)),
                Piece::Field(i) => self.compile_field(i)?,
            }
        }
        if n > 1 {
            self.emit(Instr::BuildString(n));
        }
        Ok(())
    }

    fn compile_field(&mut self, i: &'a ast::InterpolatedElement) -> R {
        self.compile_expr(&i.expression)?;
        let mut conversion = match i.conversion {
            ast::ConversionFlag::None => Conversion::None,
            ast::ConversionFlag::Str => Conversion::Str,
            ast::ConversionFlag::Repr => Conversion::Repr,
            ast::ConversionFlag::Ascii => Conversion::Ascii,
        };
        if i.debug_text.is_some() && conversion == Conversion::None && i.format_spec.is_none() {
            conversion = Conversion::Repr;
        }
        let has_spec = match &i.format_spec {
            Some(spec) => {
                let mut pieces = Vec::new();
                collect(&spec.elements, &mut pieces);
                self.compile_pieces(pieces)?;
                true
            }
            None => false,
        };
        let saved = self.set_loc(i.range);
        self.emit(Instr::FormatValue { conversion, has_spec });
        self.restore_loc(saved);
        Ok(())
    }
}
