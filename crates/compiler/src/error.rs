//! Compile errors: what CPython's `SyntaxError` carries, and the translation of
//! ruff's parse errors into CPython 3.11's wording.
//!
//! Every error has a 1-based line, a 1-based column counted in characters (as
//! CPython's `offset`), and the text of the offending line. Parse errors are
//! mapped to CPython's messages where the mapping is simple and certain; the rest
//! fall back to "invalid syntax". Nothing here may panic on any input.

use crate::source::{scan_brackets, BracketProblem, LineIndex};
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{self as ast, Expr};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType,
    UnsupportedSyntaxError,
};
use ruff_text_size::{TextRange, TextSize};

/// The Python exception class a compile error becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

/// A syntax error with everything CPython's traceback shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column of the caret (CPython's `offset`).
    pub column: u32,
    /// 1-based end column (CPython's `end_offset`), if known.
    pub end_column: Option<u32>,
    /// The offending source line, without its newline.
    pub text: Option<String>,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.kind {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
        };
        write!(f, "{}:{}:{}: {kind}: {}", self.filename, self.line, self.column, self.message)
    }
}

impl std::error::Error for CompileError {}

/// What is needed to build located errors for one source text.
pub struct ErrorContext<'s> {
    pub source: &'s str,
    pub filename: &'s str,
    pub lines: LineIndex,
}

impl<'s> ErrorContext<'s> {
    pub fn new(source: &'s str, filename: &'s str) -> Self {
        ErrorContext { source, filename, lines: LineIndex::new(source) }
    }

    /// An error located at a byte range of the source.
    pub fn error(&self, kind: CompileErrorKind, message: impl Into<String>, range: TextRange) -> CompileError {
        let start: u32 = range.start().into();
        let end: u32 = range.end().into();
        let start = start.min(self.source.len() as u32);
        let end = end.clamp(start, self.source.len() as u32);
        let (line, col) = self.lines.line_col(start);
        let text = self.lines.line_text(self.source, line);
        let column = char_column(text, col);
        let (end_line, end_col) = self.lines.line_col(end);
        let end_column = if end_line == line && end > start { Some(char_column(text, end_col)) } else { None };
        CompileError {
            kind,
            message: message.into(),
            filename: self.filename.to_string(),
            line,
            column,
            end_column,
            text: Some(text.to_string()),
        }
    }

    pub fn syntax(&self, message: impl Into<String>, range: TextRange) -> CompileError {
        self.error(CompileErrorKind::SyntaxError, message, range)
    }

    /// Translate a ruff parse error into CPython's kind and wording.
    pub fn parse_error(&self, err: &ParseError) -> CompileError {
        use CompileErrorKind::*;
        let range = err.location;
        let at = |msg: &str| self.syntax(msg, range);
        let indentation = matches!(
            &err.error,
            ParseErrorType::UnexpectedIndentation | ParseErrorType::Lexical(LexicalErrorType::IndentationError)
        );
        if let Some(at_line) = indentation.then(|| self.inconsistent_tabs(range)).flatten() {
            return self.error(TabError, "inconsistent use of tabs and spaces in indentation", at_line);
        }
        match &err.error {
            ParseErrorType::UnexpectedIndentation => self.error(IndentationError, "unexpected indent", range),
            ParseErrorType::Lexical(LexicalErrorType::IndentationError) => self.error(
                IndentationError,
                "unindent does not match any outer indentation level",
                range,
            ),
            ParseErrorType::ExpectedToken { expected: TokenKind::Colon, found }
                if self.in_compound_header(range, *found == TokenKind::Newline) =>
            {
                at("expected ':'")
            }
            ParseErrorType::ExpectedExpression if self.empty_replacement_field(range) => {
                at("f-string: empty expression not allowed")
            }
            ParseErrorType::OtherError(msg) if msg.starts_with("Expected an indented block after ") => {
                let what = msg.trim_start_matches("Expected an indented block after ");
                let what = match what {
                    "`class` definition" => "class definition".to_string(),
                    "function definition" => "function definition".to_string(),
                    other => {
                        let word = other.split('`').nth(1).unwrap_or("if");
                        format!("'{word}' statement")
                    }
                };
                let header = self.header_line(range.start().into());
                self.error(
                    IndentationError,
                    format!("expected an indented block after {what} on line {header}"),
                    range,
                )
            }
            ParseErrorType::Lexical(LexicalErrorType::Eof) | ParseErrorType::ExpectedToken { .. }
                if self.unclosed_bracket().is_some() =>
            {
                self.unclosed_bracket().unwrap_or_else(|| at("invalid syntax"))
            }
            ParseErrorType::Lexical(LexicalErrorType::Eof) => at("unexpected EOF while parsing"),
            ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
                let end: u32 = range.end().into();
                let (line, _) = self.lines.line_col(end.saturating_sub(1).max(range.start().into()));
                let triple = self
                    .source
                    .get(usize::from(range.start())..)
                    .map(|s| {
                        let s = s.trim_start_matches(|c: char| c.is_ascii_alphabetic());
                        s.starts_with("'''") || s.starts_with("\"\"\"")
                    })
                    .unwrap_or(false);
                if triple {
                    at(&format!("unterminated triple-quoted string literal (detected at line {line})"))
                } else {
                    at(&format!("unterminated string literal (detected at line {line})"))
                }
            }
            ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => {
                if tok.is_ascii() {
                    at("invalid syntax")
                } else {
                    at(&format!("invalid character '{tok}' (U+{:04X})", *tok as u32))
                }
            }
            ParseErrorType::Lexical(LexicalErrorType::OtherError(msg))
                if &**msg == "Invalid decimal integer literal" =>
            {
                at("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
            }
            ParseErrorType::Lexical(LexicalErrorType::LineContinuationError) => {
                at("unexpected character after line continuation character")
            }
            ParseErrorType::Lexical(LexicalErrorType::InvalidByteLiteral) => {
                at("bytes can only contain ASCII literal characters")
            }
            ParseErrorType::FStringError(e) | ParseErrorType::Lexical(LexicalErrorType::FStringError(e)) => {
                match e {
                    InterpolatedStringErrorType::InvalidConversionFlag => {
                        at("f-string: invalid conversion character: expected 's', 'r', or 'a'")
                    }
                    InterpolatedStringErrorType::SingleRbrace => at("f-string: single '}' is not allowed"),
                    InterpolatedStringErrorType::UnclosedLbrace => at("f-string: expecting '}'"),
                    InterpolatedStringErrorType::LambdaWithoutParentheses => {
                        at("f-string: lambda expressions are not allowed without parentheses")
                    }
                    _ => at(&format!("f-string: {e}")),
                }
            }
            ParseErrorType::InvalidAssignmentTarget => self.invalid_target(range, "assign to", true),
            ParseErrorType::InvalidDeleteTarget => self.invalid_target(range, "delete", false),
            ParseErrorType::InvalidAnnotatedAssignmentTarget => {
                let name = self.expr_name_at(range).unwrap_or("expression");
                at(&format!("illegal target for annotation: {name}"))
            }
            ParseErrorType::InvalidAugmentedAssignmentTarget => {
                let name = self.expr_name_at(range).unwrap_or("expression");
                at(&format!("'{name}' is an illegal expression for augmented assignment"))
            }
            ParseErrorType::InvalidNamedAssignmentTarget => {
                let name = self.expr_name_at(range).unwrap_or("expression");
                at(&format!("cannot use assignment expressions with {name}"))
            }
            ParseErrorType::PositionalAfterKeywordArgument => at("positional argument follows keyword argument"),
            ParseErrorType::PositionalAfterKeywordUnpacking => {
                at("positional argument follows keyword argument unpacking")
            }
            ParseErrorType::InvalidArgumentUnpackingOrder => {
                at("iterable argument unpacking follows keyword argument unpacking")
            }
            ParseErrorType::NonDefaultParamAfterDefaultParam => at("non-default argument follows default argument"),
            ParseErrorType::VarParameterWithDefault => at("var-positional argument cannot have default value"),
            ParseErrorType::ExpectedKeywordParam => at("named arguments must follow bare *"),
            ParseErrorType::ParamAfterVarKeywordParam => at("arguments cannot follow var-keyword argument"),
            ParseErrorType::UnparenthesizedGeneratorExpression => {
                at("Generator expression must be parenthesized")
            }
            ParseErrorType::IterableUnpackingInComprehension => {
                at("iterable unpacking cannot be used in comprehension")
            }
            ParseErrorType::InvalidStarredExpressionUsage => at("can't use starred expression here"),
            ParseErrorType::EmptySlice => at("invalid syntax"),
            _ => at("invalid syntax"),
        }
    }

    /// A feature ruff parses but Python 3.11 rejects.
    pub fn unsupported_syntax(&self, err: &UnsupportedSyntaxError) -> CompileError {
        use ruff_python_parser::UnsupportedSyntaxErrorKind as K;
        let msg = match err.kind {
            K::UnpackingInComprehension(_) => "iterable unpacking cannot be used in comprehension".to_string(),
            K::Match => "'match' statements are not supported by gilfree".to_string(),
            _ => "invalid syntax".to_string(),
        };
        self.syntax(msg, err.range)
    }

    /// Is a missing colon one CPython reports as "expected ':'"? After `def`,
    /// `else`, `try` and `finally` headers always; after the other compound
    /// headers only when the line ends where the colon should be.
    fn in_compound_header(&self, range: TextRange, at_line_end: bool) -> bool {
        const ALWAYS: &[&str] = &["def", "else", "try", "finally"];
        const AT_LINE_END: &[&str] = &["if", "elif", "while", "for", "class", "with", "except"];
        let (line, _) = self.lines.line_col(u32::from(range.start()).min(self.source.len() as u32));
        let text = self.lines.line_text(self.source, line).trim_start();
        let word = text.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
        ALWAYS.contains(&word) || (at_line_end && AT_LINE_END.contains(&word))
    }

    /// Is the error at the `}` of an f-string's `{}` (an empty replacement field)?
    fn empty_replacement_field(&self, range: TextRange) -> bool {
        let start = usize::from(range.start());
        let (Some(before), Some(after)) = (self.source.get(..start), self.source.get(start..)) else {
            return false;
        };
        after.starts_with('}') && before.trim_end().ends_with('{')
    }

    /// The first line up to the error whose indentation compares differently
    /// with tabs as 8 columns and as 1 (CPython's TabError), if any. Blank and
    /// comment lines and lines inside brackets or after a backslash do not count.
    fn inconsistent_tabs(&self, range: TextRange) -> Option<TextRange> {
        let (err_line, _) = self.lines.line_col(u32::from(range.start()).min(self.source.len() as u32));
        let mut stack: Vec<(u32, u32)> = vec![(0, 0)];
        let mut depth = 0i32;
        let mut continued = false;
        let mut offset = 0usize;
        for (i, line) in self.source.split_inclusive('\n').enumerate() {
            let here = offset;
            offset += line.len();
            if i as u32 + 1 > err_line {
                break;
            }
            let body = line.trim_start_matches([' ', '\t', '\x0c']);
            let logical_start = depth == 0 && !continued;
            let code = body.split('#').next().unwrap_or("");
            for c in code.chars() {
                match c {
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' => depth -= 1,
                    _ => {}
                }
            }
            continued = code.trim_end_matches(['\r', '\n']).ends_with('\\');
            if !logical_start || body.trim().is_empty() || body.starts_with('#') {
                continue;
            }
            let indent = &line[..line.len() - body.len()];
            let (mut col, mut alt) = (0u32, 0u32);
            for c in indent.chars() {
                match c {
                    '\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    '\x0c' => (col, alt) = (0, 0),
                    _ => {
                        col += 1;
                        alt += 1;
                    }
                }
            }
            let &(top, top_alt) = stack.last()?;
            let consistent = if col == top {
                alt == top_alt
            } else if col > top {
                let ok = alt > top_alt;
                stack.push((col, alt));
                ok
            } else {
                while stack.last().is_some_and(|&(c, _)| c > col) {
                    stack.pop();
                }
                let &(c, a) = stack.last()?;
                if c != col {
                    return None; // a plain "unindent does not match": not about tabs
                }
                a == alt
            };
            if !consistent {
                let start = TextSize::new((here + indent.len()) as u32);
                return Some(TextRange::new(start, start));
            }
        }
        None
    }

    /// CPython's "'(' was never closed" for the innermost unclosed bracket.
    pub fn unclosed_bracket(&self) -> Option<CompileError> {
        match scan_brackets(self.source)? {
            BracketProblem::Unclosed(pos, c) => {
                let start = TextSize::new(pos as u32);
                Some(self.syntax(format!("'{c}' was never closed"), TextRange::new(start, start + TextSize::new(1))))
            }
            BracketProblem::TooDeep(pos) => {
                let start = TextSize::new(pos as u32);
                Some(self.syntax("too many nested parentheses", TextRange::new(start, start)))
            }
        }
    }

    /// The line of the compound statement header an indentation error refers to.
    fn header_line(&self, offset: u32) -> u32 {
        let (mut line, col) = self.lines.line_col(offset);
        let here = self.lines.line_text(self.source, line);
        if here.get(..col as usize).map(|s| s.trim_end().ends_with(':')).unwrap_or(false) {
            return line;
        }
        while line > 1 {
            line -= 1;
            let text = self.lines.line_text(self.source, line).trim();
            if !text.is_empty() && !text.starts_with('#') {
                return line;
            }
        }
        line
    }

    fn expr_at(&self, range: TextRange) -> Option<Expr> {
        let text = self.source.get(usize::from(range.start())..usize::from(range.end()))?;
        let parsed = ruff_python_parser::parse_expression(text).ok()?;
        Some(*parsed.into_syntax().body)
    }

    fn expr_name_at(&self, range: TextRange) -> Option<&'static str> {
        self.expr_at(range).map(|e| expr_name(&e))
    }

    fn invalid_target(&self, range: TextRange, verb: &str, assign: bool) -> CompileError {
        let Some(expr) = self.expr_at(range) else {
            return self.syntax("invalid syntax", range);
        };
        let (bad, offset) = find_invalid_target(&expr);
        let base: u32 = range.start().into();
        let bad_range = TextRange::new(
            TextSize::new(base + u32::from(offset.start())),
            TextSize::new(base + u32::from(offset.end())),
        );
        let name = expr_name(bad);
        let whole = std::ptr::eq(bad, &expr);
        let keyword = matches!(bad, Expr::NoneLiteral(_) | Expr::BooleanLiteral(_));
        let is_assign_stmt = assign && whole && !keyword && self.followed_by_single_equals(range);
        if is_assign_stmt {
            self.syntax(format!("cannot {verb} {name} here. Maybe you meant '==' instead of '='?"), bad_range)
        } else {
            self.syntax(format!("cannot {verb} {name}"), bad_range)
        }
    }

    fn followed_by_single_equals(&self, range: TextRange) -> bool {
        let rest = self.source.get(usize::from(range.end())..).unwrap_or("").trim_start();
        rest.starts_with('=') && !rest.starts_with("==")
    }
}

/// The innermost sub-expression that makes `e` an invalid target, and its range.
fn find_invalid_target(e: &Expr) -> (&Expr, TextRange) {
    use ruff_text_size::Ranged;
    match e {
        Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
            for elt in elts {
                let (bad, r) = find_invalid_target(elt);
                if !matches!(bad, Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_)) {
                    return (bad, r);
                }
            }
            (e, e.range())
        }
        Expr::Starred(s) => find_invalid_target(&s.value),
        _ => (e, e.range()),
    }
}

/// CPython's name for an expression kind in error messages (`_PyPegen_get_expr_name`).
pub fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) => "slice",
        Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// Column (1-based, in characters) of byte column `col` within `text`.
fn char_column(text: &str, col: u32) -> u32 {
    let col = (col as usize).min(text.len());
    let mut end = col;
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].chars().count() as u32 + 1
}
