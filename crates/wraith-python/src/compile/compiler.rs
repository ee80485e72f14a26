//! The bytecode compiler: walks the ruff AST of one module and emits a `Code` per scope.
//!
//! Invariant: the value stack depth after each statement equals the depth before it (loops keep
//! their iterator, handlers their exception, exactly while inside them); `fblocks` mirrors the
//! runtime block stack so `break`/`continue`/`return` emit the cleanup a runtime unwind would.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_python_parser::{Mode as PMode, ParseOptions};
use ruff_text_size::{Ranged, TextSize};

use super::code::{BinOp, Cmp, Code, CodeKind, Const, Instr, Source, UnOp};
use super::symtable::{NameOp, SymTable};

/// How the source is run.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// A file or `-c`.
    Exec,
    /// One REPL entry: expression statements print their value.
    Interactive,
}

/// A compile-time failure.
#[derive(Debug, Clone)]
pub struct CompileError {
    /// Exception type name (`SyntaxError`, `IndentationError`, `RecursionError`).
    pub kind: &'static str,
    /// Message.
    pub msg: String,
    /// File name.
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
    /// Source text of the line.
    pub text: String,
}

const MAX_DEPTH: u32 = 900;

struct Lines {
    starts: Vec<u32>,
}

impl Lines {
    fn new(src: &str) -> Lines {
        let mut starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        Lines { starts }
    }
    fn line(&self, off: TextSize) -> u32 {
        let o = off.to_u32();
        match self.starts.binary_search(&o) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
    fn col(&self, off: TextSize) -> u32 {
        let l = self.line(off);
        off.to_u32() - self.starts[(l - 1) as usize] + 1
    }
}

#[derive(Clone)]
enum FBlock<'a> {
    While { start: usize, breaks: Vec<usize> },
    For { start: usize, breaks: Vec<usize> },
    TryExcept,
    Finally(&'a [Stmt]),
    Handler { exc_on_stack: bool },
    With,
}

struct Unit<'a> {
    /// Docstring of the body, if any.
    doc: Option<Rc<str>>,
    /// Class name used to mangle `__private` names (nearest enclosing class).
    private: Option<Rc<str>>,
    scope: usize,
    kind: CodeKind,
    name: Rc<str>,
    qualname: Rc<str>,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    consts: Vec<Const>,
    names: Vec<Rc<str>>,
    name_map: HashMap<String, u32>,
    varnames: Vec<Rc<str>>,
    var_map: HashMap<String, u32>,
    codes: Vec<Rc<Code>>,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
    firstline: u32,
}

struct Compiler<'a> {
    st: SymTable,
    lines: Lines,
    source: Rc<Source>,
    units: Vec<Unit<'a>>,
    mode: Mode,
    depth: u32,
}

type R<T = ()> = Result<T, CompileError>;

/// Parse and compile a module.
pub fn compile(src: &str, filename: &str, mode: Mode) -> Result<Rc<Code>, CompileError> {
    let opts = ParseOptions::from(PMode::Module)
        .with_target_version(ruff_python_ast::PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(src, opts);
    let lines = Lines::new(src);
    let line_text = |l: u32| src.lines().nth(l as usize - 1).unwrap_or("").to_string();
    if let Some(off) = super::indent::inconsistent_tabs(src, parsed.tokens()) {
        let at = TextSize::new(off as u32);
        let line = lines.line(at);
        // The tokenizer finds it unless the parser stopped at an earlier line.
        let earlier = parsed
            .errors()
            .first()
            .is_some_and(|e| lines.line(e.location.start()) < line);
        if !earlier {
            return Err(CompileError {
                kind: "TabError",
                msg: "inconsistent use of tabs and spaces in indentation".into(),
                filename: filename.into(),
                line,
                col: lines.col(at),
                text: line_text(line),
            });
        }
    }
    if let Some(e) = parsed.errors().first() {
        let (kind, msg) =
            translate_parse_error(&e.error.to_string(), src, e.location.start().to_usize());
        let start = e.location.start();
        let (line, col) = (lines.line(start), lines.col(start));
        return Err(CompileError {
            kind,
            msg,
            filename: filename.into(),
            line,
            col,
            text: line_text(line),
        });
    }
    if let Some(e) = parsed.unsupported_syntax_errors().first() {
        let line = lines.line(e.range.start());
        return Err(CompileError {
            kind: "SyntaxError",
            msg: "invalid syntax".into(),
            filename: filename.into(),
            line,
            col: lines.col(e.range.start()),
            text: line_text(line),
        });
    }
    let module = match parsed.into_syntax() {
        ast::Mod::Module(m) => m,
        ast::Mod::Expression(_) => {
            return Err(CompileError {
                kind: "SyntaxError",
                msg: "invalid syntax".into(),
                filename: filename.into(),
                line: 1,
                col: 1,
                text: String::new(),
            });
        }
    };
    let st = SymTable::build(&module.body);
    let source = Rc::new(Source {
        filename: filename.into(),
        text: src.into(),
    });
    let mut c = Compiler {
        st,
        lines,
        source,
        units: Vec::new(),
        mode,
        depth: 0,
    };
    for s in &c.st.scopes {
        if let Some((msg, at)) = &s.error {
            return Err(c.err_at(msg.clone(), TextSize::new(*at)));
        }
    }
    c.push_unit(0, CodeKind::Module, "<module>".into(), "<module>".into(), 1);
    let r = c.body(&module.body);
    r?;
    c.emit_const(Const::None);
    c.emit(Instr::ReturnValue);
    Ok(Rc::new(c.pop_unit(0, 0, 0, false, false)))
}

fn translate_parse_error(msg: &str, src: &str, off: usize) -> (&'static str, String) {
    let lower = msg.to_lowercase();
    let off = off.min(src.len());
    let line_no = src[..off].matches('\n').count() + 1;
    let at = src[off..].chars().next().unwrap_or('\0');
    if lower.contains("unexpected indentation") {
        return ("IndentationError", "unexpected indent".into());
    }
    if lower.contains("expected an indented block") {
        // Name the statement that opened the block, as CPython 3.11 does.
        let before = &src[..off];
        let mut n = before.matches('\n').count() + 1;
        for line in before.lines().rev() {
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') || !t.ends_with(':') {
                n = n.saturating_sub(1);
                if t.is_empty() || t.starts_with('#') {
                    continue;
                }
            }
            let word = t
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .next()
                .unwrap_or("");
            let what = match word {
                "def" => "function definition".to_string(),
                "class" => "class definition".to_string(),
                "async" => "function definition".to_string(),
                "if" | "elif" | "else" | "for" | "while" | "try" | "except" | "finally"
                | "with" => {
                    format!("'{word}' statement")
                }
                _ => return ("IndentationError", "expected an indented block".into()),
            };
            let ln = before.lines().count()
                - before
                    .lines()
                    .rev()
                    .position(|l| l.trim() == t)
                    .unwrap_or(0);
            let _ = n;
            return (
                "IndentationError",
                format!("expected an indented block after {what} on line {ln}"),
            );
        }
        return ("IndentationError", "expected an indented block".into());
    }
    if lower.contains("unindent") {
        return (
            "IndentationError",
            "unindent does not match any outer indentation level".into(),
        );
    }
    if lower.contains("missing closing quote") {
        return (
            "SyntaxError",
            format!("unterminated string literal (detected at line {line_no})"),
        );
    }
    if lower.contains("invalid delete target") {
        return ("SyntaxError", "cannot delete function call".into());
    }
    if lower.contains("expected one or more keyword parameter after") {
        return ("SyntaxError", "named arguments must follow bare *".into());
    }
    if lower.contains("iterable argument unpacking cannot follow keyword argument unpacking") {
        return (
            "SyntaxError",
            "iterable argument unpacking follows keyword argument unpacking".into(),
        );
    }
    if lower.contains("simple statements must be separated") {
        let line = src.lines().nth(line_no - 1).unwrap_or("").trim_start();
        if line.starts_with("print ") && !line.starts_with("print (") {
            return (
                "SyntaxError",
                "Missing parentheses in call to 'print'. Did you mean print(...)?".into(),
            );
        }
    }
    if lower.contains("invalid assignment target") {
        let rest = &src[off..];
        for kw in ["True", "False", "None", "__debug__"] {
            if rest.starts_with(kw)
                && !rest[kw.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            {
                return ("SyntaxError", format!("cannot assign to {kw}"));
            }
        }
        let m = if at.is_ascii_digit() || at == '"' || at == '\'' {
            "cannot assign to literal here. Maybe you meant '==' instead of '='?"
        } else {
            let rest = &src[off..];
            let line_rest = rest.lines().next().unwrap_or("");
            let target = line_rest.split('=').next().unwrap_or("").trim_end();
            if target.ends_with(')') {
                "cannot assign to function call here. Maybe you meant '==' instead of '='?"
            } else {
                "cannot assign to expression here. Maybe you meant '==' instead of '='?"
            }
        };
        return ("SyntaxError", m.into());
    }
    if lower.contains("positional argument cannot follow keyword argument") {
        return (
            "SyntaxError",
            "positional argument follows keyword argument".into(),
        );
    }
    if lower.contains("parameter without a default cannot follow") {
        return (
            "SyntaxError",
            "non-default argument follows default argument".into(),
        );
    }
    if lower.contains("unparenthesized generator expression") {
        return (
            "SyntaxError",
            "Generator expression must be parenthesized".into(),
        );
    }
    if let Some((open, pos)) = unclosed_bracket(src)
        && src[..pos].matches('\n').count() + 1 < line_no
    {
        return ("SyntaxError", format!("'{open}' was never closed"));
    }
    if matches!(at, ')' | ']' | '}') && lower.contains("expected a statement") {
        return ("SyntaxError", format!("unmatched '{at}'"));
    }
    if lower.starts_with("expected `:`") {
        return ("SyntaxError", "expected ':'".into());
    }
    let aug_ops = [
        "+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "&=", "|=", "^=", "<<=", ">>=",
    ];
    if lower.starts_with("expected `,`") && aug_ops.iter().any(|op| src[off..].starts_with(op)) {
        // `a, b += 1`: the target parsed as a tuple.
        return (
            "SyntaxError",
            "'tuple' is an illegal expression for augmented assignment".into(),
        );
    }
    if lower.starts_with("expected `,`") {
        return (
            "SyntaxError",
            "invalid syntax. Perhaps you forgot a comma?".into(),
        );
    }
    if lower.contains("unexpected eof") {
        return ("SyntaxError", "unexpected EOF while parsing".into());
    }
    if std::env::var_os("WRAITH_DEBUG_PARSE").is_some() {
        eprintln!("ruff: {msg}");
    }
    ("SyntaxError", "invalid syntax".into())
}

/// The outermost bracket left open at the end of `src` (ignoring strings and comments).
fn unclosed_bracket(src: &str) -> Option<(char, usize)> {
    let mut stack = Vec::new();
    let mut chars = src.char_indices().peekable();
    let mut quote: Option<char> = None;
    while let Some((i, c)) = chars.next() {
        if let Some(q) = quote {
            if c == '\\' {
                chars.next();
            } else if c == q || c == '\n' {
                quote = None;
            }
            continue;
        }
        match c {
            '#' => {
                for (_, d) in chars.by_ref() {
                    if d == '\n' {
                        break;
                    }
                }
            }
            '"' | '\'' => quote = Some(c),
            '(' | '[' | '{' => stack.push((c, i)),
            ')' | ']' | '}' => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.first().copied()
}

/// Is `e` a constant after CPython's AST optimiser (a literal, a signed number, or a tuple of
/// constants)?
fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::UnaryOp(u) => {
            matches!(
                u.op,
                ast::UnaryOp::USub | ast::UnaryOp::UAdd | ast::UnaryOp::Invert
            ) && matches!(*u.operand, Expr::NumberLiteral(_))
        }
        Expr::Tuple(t) => t.elts.iter().all(is_constant),
        _ => false,
    }
}

fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

impl<'a> Compiler<'a> {
    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit")
    }

    fn err_at(&self, msg: impl Into<String>, off: TextSize) -> CompileError {
        let line = self.lines.line(off);
        CompileError {
            kind: "SyntaxError",
            msg: msg.into(),
            filename: self.source.filename.to_string(),
            line,
            col: self.lines.col(off),
            text: self
                .source
                .text
                .lines()
                .nth(line as usize - 1)
                .unwrap_or("")
                .to_string(),
        }
    }

    fn push_unit(
        &mut self,
        scope: usize,
        kind: CodeKind,
        name: Rc<str>,
        qualname: Rc<str>,
        firstline: u32,
    ) {
        let private = if kind == CodeKind::Class {
            let stripped = name.trim_start_matches('_');
            if stripped.is_empty() {
                None
            } else {
                Some(Rc::from(stripped))
            }
        } else {
            self.units.last().and_then(|u| u.private.clone())
        };
        let mut u = Unit {
            doc: None,
            private,
            scope,
            kind,
            name,
            qualname,
            instrs: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames: Vec::new(),
            var_map: HashMap::new(),
            codes: Vec::new(),
            fblocks: Vec::new(),
            line: firstline,
            firstline,
        };
        if kind == CodeKind::Function {
            let s = &self.st.scopes[scope];
            for p in s.params.iter().chain(s.bound.iter()) {
                if s.is_local(p) && !u.var_map.contains_key(p) {
                    u.var_map.insert(p.clone(), u.varnames.len() as u32);
                    u.varnames.push(p.as_str().into());
                }
            }
        }
        self.units.push(u);
    }

    fn pop_unit(
        &mut self,
        argcount: u32,
        posonly: u32,
        kwonly: u32,
        varargs: bool,
        varkw: bool,
    ) -> Code {
        let u = self.units.pop().expect("unit");
        let s = &self.st.scopes[u.scope];
        let cellvars: Vec<Rc<str>> = s.cells.iter().map(|c| Rc::from(c.as_str())).collect();
        let freevars: Vec<Rc<str>> = s.frees.iter().map(|c| Rc::from(c.as_str())).collect();
        let mut cell_params = Vec::new();
        if u.kind == CodeKind::Function {
            for (ci, c) in s.cells.iter().enumerate() {
                if let Some(pi) = s.params.iter().position(|p| p == c) {
                    cell_params.push((ci as u32, pi as u32));
                }
            }
        }
        let closure_from = match self.units.last() {
            Some(parent) => {
                let ps = &self.st.scopes[parent.scope];
                s.frees
                    .iter()
                    .map(|f| {
                        ps.cells
                            .iter()
                            .position(|c| c == f)
                            .or_else(|| {
                                ps.frees
                                    .iter()
                                    .position(|c| c == f)
                                    .map(|i| i + ps.cells.len())
                            })
                            .unwrap_or(0) as u32
                    })
                    .collect()
            }
            None => Vec::new(),
        };
        let class_cell = if u.kind == CodeKind::Class {
            s.cells
                .iter()
                .position(|c| c == "__class__")
                .map(|i| i as u32)
        } else {
            None
        };
        let instrs = fuse(u.instrs);
        Code {
            name: u.name,
            qualname: u.qualname,
            source: self.source.clone(),
            hints: instrs.iter().map(|_| std::cell::Cell::new(0)).collect(),
            instrs,
            lines: u.lines,
            consts: u.consts,
            names: u.names,
            codes: u.codes,
            varnames: u.varnames,
            cellvars,
            freevars,
            cell_params,
            closure_from,
            argcount,
            posonlycount: posonly,
            kwonlycount: kwonly,
            varargs,
            varkw,
            generator: s.generator,
            kind: u.kind,
            firstline: u.firstline,
            class_cell,
            doc: u.doc,
        }
    }

    fn emit(&mut self, i: Instr) -> usize {
        let u = self.u();
        u.instrs.push(i);
        u.lines.push(u.line);
        u.instrs.len() - 1
    }

    fn here(&mut self) -> usize {
        self.u().instrs.len()
    }

    fn patch(&mut self, at: usize, target: usize) {
        let t = target as u32;
        let u = self.u();
        u.instrs[at] = match u.instrs[at] {
            Instr::Jump(_) => Instr::Jump(t),
            Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(t),
            Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(t),
            Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(t),
            Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(t),
            Instr::ForIter(_) => Instr::ForIter(t),
            Instr::YieldFromNext(_) => Instr::YieldFromNext(t),
            Instr::SetupExcept(_) => Instr::SetupExcept(t),
            Instr::SetupWith(_) => Instr::SetupWith(t),
            Instr::WithExcept(_) => Instr::WithExcept(t),
            other => other,
        };
    }

    fn patch_here(&mut self, at: usize) {
        let h = self.here();
        self.patch(at, h);
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let u = self.u();
        u.consts.push(c);
        (u.consts.len() - 1) as u32
    }

    fn emit_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    /// The fast-local slot of `e` when it is a plain local variable (for fused instructions).
    fn fast_local(&mut self, e: &Expr) -> Option<u16> {
        let Expr::Name(n) = e else { return None };
        if self.st.lookup(self.scope(), n.id.as_str()) != NameOp::Fast {
            return None;
        }
        u16::try_from(self.var_idx(n.id.as_str())).ok()
    }

    /// Name index for an attribute or namespace name, with private-name mangling.
    fn attr_idx(&mut self, n: &str) -> u32 {
        if n.starts_with("__")
            && !n.ends_with("__")
            && !n.contains('.')
            && let Some(p) = self.units.last().and_then(|u| u.private.clone())
        {
            let m = format!("_{p}{n}");
            return self.name_idx(&m);
        }
        self.name_idx(n)
    }

    fn name_idx(&mut self, n: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_map.get(n) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(n.into());
        u.name_map.insert(n.to_string(), i);
        i
    }

    fn set_line(&mut self, off: TextSize) {
        let l = self.lines.line(off);
        self.u().line = l;
    }

    fn scope(&self) -> usize {
        self.units.last().map(|u| u.scope).unwrap_or(0)
    }

    fn var_idx(&mut self, n: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.var_map.get(n) {
            return i;
        }
        let i = u.varnames.len() as u32;
        u.varnames.push(n.into());
        u.var_map.insert(n.to_string(), i);
        i
    }

    fn load_name(&mut self, n: &str) {
        let op = self.st.lookup(self.scope(), n);
        let i = match op {
            NameOp::Fast => Instr::LoadFast(self.var_idx(n)),
            NameOp::Deref(c) => Instr::LoadDeref(c),
            NameOp::ClassDeref(c) => Instr::LoadClassDeref(c),
            NameOp::Global => Instr::LoadGlobal(self.name_idx(n)),
            NameOp::Name => Instr::LoadName(self.attr_idx(n)),
        };
        self.emit(i);
    }

    fn store_name(&mut self, n: &str) {
        let op = self.st.lookup(self.scope(), n);
        let i = match op {
            NameOp::Fast => Instr::StoreFast(self.var_idx(n)),
            NameOp::Deref(c) | NameOp::ClassDeref(c) => Instr::StoreDeref(c),
            NameOp::Global => Instr::StoreGlobal(self.name_idx(n)),
            NameOp::Name => Instr::StoreName(self.attr_idx(n)),
        };
        self.emit(i);
    }

    fn delete_name(&mut self, n: &str) {
        let op = self.st.lookup(self.scope(), n);
        let i = match op {
            NameOp::Fast => Instr::DeleteFast(self.var_idx(n)),
            NameOp::Deref(c) | NameOp::ClassDeref(c) => Instr::DeleteDeref(c),
            NameOp::Global => Instr::DeleteGlobal(self.name_idx(n)),
            NameOp::Name => Instr::DeleteName(self.attr_idx(n)),
        };
        self.emit(i);
    }

    fn body(&mut self, stmts: &'a [Stmt]) -> R {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn in_function(&self) -> bool {
        self.units
            .last()
            .is_some_and(|u| u.kind == CodeKind::Function)
    }

    #[allow(clippy::too_many_lines)]
    fn stmt(&mut self, s: &'a Stmt) -> R {
        self.set_line(s.start());
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.too_deep(s.start()));
        }
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn too_deep(&self, off: TextSize) -> CompileError {
        let mut e = self.err_at("too many statically nested blocks", off);
        e.kind = "RecursionError";
        e.msg = "maximum recursion depth exceeded during compilation".into();
        e
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R {
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                if self.mode == Mode::Interactive && self.units.len() == 1 {
                    self.emit(Instr::PrintExpr);
                } else {
                    self.emit(Instr::Pop);
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Instr::Dup);
                    }
                    self.store(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store(&a.target)?;
                }
            }
            Stmt::Pass(_) => {}
            Stmt::If(i) => {
                self.expr(&i.test)?;
                let jf = self.emit(Instr::PopJumpIfFalse(0));
                self.body(&i.body)?;
                let mut ends = Vec::new();
                if !i.elif_else_clauses.is_empty() {
                    ends.push(self.emit(Instr::Jump(0)));
                }
                self.patch_here(jf);
                let n = i.elif_else_clauses.len();
                for (k, c) in i.elif_else_clauses.iter().enumerate() {
                    if let Some(t) = &c.test {
                        self.set_line(t.start());
                        self.expr(t)?;
                        let jf = self.emit(Instr::PopJumpIfFalse(0));
                        self.body(&c.body)?;
                        if k + 1 < n {
                            ends.push(self.emit(Instr::Jump(0)));
                        }
                        self.patch_here(jf);
                    } else {
                        self.body(&c.body)?;
                    }
                }
                for e in ends {
                    self.patch_here(e);
                }
            }
            Stmt::While(w) => {
                let start = self.here();
                self.expr(&w.test)?;
                let jf = self.emit(Instr::PopJumpIfFalse(0));
                self.u().fblocks.push(FBlock::While {
                    start,
                    breaks: Vec::new(),
                });
                self.body(&w.body)?;
                self.emit(Instr::Jump(start as u32));
                let Some(FBlock::While { breaks, .. }) = self.u().fblocks.pop() else {
                    unreachable_block()
                };
                self.patch_here(jf);
                self.body(&w.orelse)?;
                for b in breaks {
                    self.patch_here(b);
                }
            }
            Stmt::For(f) => {
                if f.is_async {
                    return Err(self.err_at("async for is not supported by wraith", f.start()));
                }
                self.expr(&f.iter)?;
                self.emit(Instr::GetIter);
                let start = self.here();
                let fi = self.emit(Instr::ForIter(0));
                self.store(&f.target)?;
                self.u().fblocks.push(FBlock::For {
                    start,
                    breaks: Vec::new(),
                });
                self.body(&f.body)?;
                self.emit(Instr::Jump(start as u32));
                let Some(FBlock::For { breaks, .. }) = self.u().fblocks.pop() else {
                    unreachable_block()
                };
                self.patch_here(fi);
                self.body(&f.orelse)?;
                for b in breaks {
                    self.patch_here(b);
                }
            }
            Stmt::Break(b) => self.break_continue(true, b.start())?,
            Stmt::Continue(c) => self.break_continue(false, c.start())?,
            Stmt::Return(r) => {
                if !self.in_function() {
                    return Err(self.err_at("'return' outside function", r.start()));
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Const::None),
                }
                self.unwind_all(true)?;
                self.emit(Instr::ReturnValue);
            }
            Stmt::FunctionDef(f) => self.funcdef(f)?,
            Stmt::ClassDef(c) => self.classdef(c)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {
                if let Stmt::Nonlocal(n) = s
                    && self.units.len() == 1
                {
                    return Err(self.err_at(
                        "nonlocal declaration not allowed at module level",
                        n.start(),
                    ));
                }
            }
            Stmt::Raise(r) => {
                let n = match (&r.exc, &r.cause) {
                    (None, _) => 0,
                    (Some(e), None) => {
                        self.expr(e)?;
                        1
                    }
                    (Some(e), Some(c)) => {
                        self.expr(e)?;
                        self.expr(c)?;
                        2
                    }
                };
                self.emit(Instr::Raise(n));
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                let j = self.emit(Instr::PopJumpIfTrue(0));
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.patch_here(j);
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(self.err_at("except* is not supported by wraith", t.start()));
                }
                self.try_stmt(t)?;
            }
            Stmt::With(w) => {
                if w.is_async {
                    return Err(self.err_at("async with is not supported by wraith", w.start()));
                }
                self.with_stmt(&w.items, &w.body)?;
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let idx = self.name_idx(a.name.id.as_str());
                    self.emit(Instr::ImportName(idx));
                    match &a.asname {
                        Some(asn) => {
                            for part in a.name.id.split('.').skip(1) {
                                let pi = self.name_idx(part);
                                self.emit(Instr::ImportFrom(pi));
                                self.emit(Instr::Rot2);
                                self.emit(Instr::Pop);
                            }
                            self.store_name(asn.id.as_str());
                        }
                        None => {
                            let first = a.name.id.split('.').next().unwrap_or("").to_string();
                            if first != a.name.id.as_str() {
                                self.emit(Instr::Pop);
                                let fi = self.name_idx(&first);
                                self.emit(Instr::ImportName(fi));
                            }
                            self.store_name(&first);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                if i.level > 0 {
                    return Err(
                        self.err_at("relative imports are not supported by wraith", i.start())
                    );
                }
                let m = i
                    .module
                    .as_ref()
                    .map(|m| m.id.to_string())
                    .unwrap_or_default();
                let idx = self.name_idx(&m);
                self.emit(Instr::ImportName(idx));
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        self.emit(Instr::ImportStar);
                        return Ok(());
                    }
                    let ni = self.name_idx(a.name.id.as_str());
                    self.emit(Instr::ImportFrom(ni));
                    let target = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                    self.store_name(&target);
                }
                self.emit(Instr::Pop);
            }
            Stmt::Match(m) => {
                return Err(
                    self.err_at("the match statement is not supported by wraith", m.start())
                );
            }
            Stmt::TypeAlias(t) => return Err(self.err_at("invalid syntax", t.start())),
            Stmt::IpyEscapeCommand(t) => return Err(self.err_at("invalid syntax", t.start())),
        }
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, off: TextSize) -> R {
        let blocks = self.u().fblocks.clone();
        let Some(li) = blocks
            .iter()
            .rposition(|b| matches!(b, FBlock::While { .. } | FBlock::For { .. }))
        else {
            return Err(self.err_at(
                if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                },
                off,
            ));
        };
        for k in (li + 1..blocks.len()).rev() {
            self.unwind_block(&blocks, k, false)?;
        }
        match &blocks[li] {
            FBlock::While { start, .. } | FBlock::For { start, .. } => {
                if is_break {
                    if matches!(blocks[li], FBlock::For { .. }) {
                        self.emit(Instr::Pop);
                    }
                    let j = self.emit(Instr::Jump(0));
                    if let Some(FBlock::While { breaks, .. } | FBlock::For { breaks, .. }) =
                        self.u().fblocks.get_mut(li)
                    {
                        breaks.push(j);
                    }
                } else {
                    self.emit(Instr::Jump(*start as u32));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Emit the cleanup for fblock `k` when jumping out of it (`ret`: a return value is on top).
    fn unwind_block(&mut self, blocks: &[FBlock<'a>], k: usize, ret: bool) -> R {
        match &blocks[k] {
            FBlock::While { .. } => {}
            FBlock::For { .. } => {
                if ret {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::Pop);
            }
            FBlock::TryExcept => {
                self.emit(Instr::PopBlock);
            }
            FBlock::Finally(body) => {
                self.emit(Instr::PopBlock);
                let saved = std::mem::take(&mut self.u().fblocks);
                self.u().fblocks = blocks[..k].to_vec();
                let r = self.body(body);
                self.u().fblocks = saved;
                r?;
            }
            FBlock::Handler { exc_on_stack } => {
                self.emit(Instr::PopExcept);
                if *exc_on_stack {
                    if ret {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::Pop);
                }
            }
            FBlock::With => {
                self.emit(Instr::PopBlock);
                if ret {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::WithExitNormal);
            }
        }
        Ok(())
    }

    fn unwind_all(&mut self, ret: bool) -> R {
        let blocks = self.u().fblocks.clone();
        for k in (0..blocks.len()).rev() {
            self.unwind_block(&blocks, k, ret)?;
        }
        Ok(())
    }

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> R {
        if !t.finalbody.is_empty() {
            let setup = self.emit(Instr::SetupExcept(0));
            self.u().fblocks.push(FBlock::Finally(&t.finalbody));
            if t.handlers.is_empty() {
                self.body(&t.body)?;
            } else {
                self.try_except(t)?;
            }
            self.u().fblocks.pop();
            self.emit(Instr::PopBlock);
            self.body(&t.finalbody)?;
            let end = self.emit(Instr::Jump(0));
            self.patch_here(setup);
            self.u()
                .fblocks
                .push(FBlock::Handler { exc_on_stack: true });
            self.body(&t.finalbody)?;
            self.emit(Instr::Reraise);
            self.u().fblocks.pop();
            self.patch_here(end);
            Ok(())
        } else {
            self.try_except(t)
        }
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> R {
        let setup = self.emit(Instr::SetupExcept(0));
        self.u().fblocks.push(FBlock::TryExcept);
        self.body(&t.body)?;
        self.u().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.body(&t.orelse)?;
        let mut ends = vec![self.emit(Instr::Jump(0))];
        self.patch_here(setup);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.start());
            let mut next = None;
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit(Instr::CheckExcMatch);
                next = Some(self.emit(Instr::PopJumpIfFalse(0)));
            }
            match &h.name {
                Some(n) => self.store_name(n.id.as_str()),
                None => {
                    self.emit(Instr::Pop);
                }
            }
            self.u().fblocks.push(FBlock::Handler {
                exc_on_stack: false,
            });
            self.body(&h.body)?;
            self.u().fblocks.pop();
            self.emit(Instr::PopExcept);
            if let Some(n) = &h.name {
                self.emit_const(Const::None);
                self.store_name(n.id.as_str());
                self.delete_name(n.id.as_str());
            }
            ends.push(self.emit(Instr::Jump(0)));
            if let Some(nx) = next {
                self.patch_here(nx);
            }
        }
        self.emit(Instr::Reraise);
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    fn with_stmt(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt]) -> R {
        let Some((first, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.expr(&first.context_expr)?;
        let setup = self.emit(Instr::SetupWith(0));
        match &first.optional_vars {
            Some(v) => self.store(v)?,
            None => {
                self.emit(Instr::Pop);
            }
        }
        self.u().fblocks.push(FBlock::With);
        if rest.is_empty() {
            self.body(body)?;
        } else {
            self.with_stmt(rest, body)?;
        }
        self.u().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.emit(Instr::WithExitNormal);
        let end = self.emit(Instr::Jump(0));
        self.patch_here(setup);
        let we = self.emit(Instr::WithExcept(0));
        self.patch_here(end);
        self.patch_here(we);
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> R {
        let op = binop(a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::Dup);
                let i = self.attr_idx(at.attr.id.as_str());
                self.emit(Instr::LoadAttr(i));
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Rot2);
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(sb) => {
                self.expr(&sb.value)?;
                self.expr(&sb.slice)?;
                self.emit(Instr::Dup2);
                self.emit(Instr::Subscr);
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Rot3);
                self.emit(Instr::StoreSubscr);
            }
            other => {
                let what = match other {
                    Expr::Tuple(_) => "tuple",
                    Expr::List(_) => "list",
                    _ => "expression",
                };
                return Err(self.err_at(
                    format!("'{what}' is an illegal expression for augmented assignment"),
                    other.start(),
                ));
            }
        }
        Ok(())
    }

    fn store(&mut self, t: &'a Expr) -> R {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                let i = self.attr_idx(a.attr.id.as_str());
                match (self.fast_local(&a.value), u16::try_from(i)) {
                    (Some(l), Ok(n)) => {
                        self.emit(Instr::StoreFastAttr(l, n));
                    }
                    _ => {
                        self.expr(&a.value)?;
                        self.emit(Instr::StoreAttr(i));
                    }
                }
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    None => {
                        self.emit(Instr::UnpackSequence(elts.len() as u32));
                    }
                    Some(si) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e, Expr::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(self
                                .err_at("multiple starred expressions in assignment", t.start()));
                        }
                        self.emit(Instr::UnpackEx(si as u16, (elts.len() - si - 1) as u16));
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store(&s.value)?,
                        _ => self.store(e)?,
                    }
                }
            }
            Expr::Starred(s) => {
                return Err(self.err_at(
                    "starred assignment target must be in a list or tuple",
                    s.start(),
                ));
            }
            other => {
                let what = match other {
                    Expr::Call(_) => {
                        "cannot assign to function call here. Maybe you meant '==' instead of '='?"
                    }
                    Expr::NumberLiteral(_)
                    | Expr::StringLiteral(_)
                    | Expr::BooleanLiteral(_)
                    | Expr::NoneLiteral(_) => {
                        "cannot assign to literal here. Maybe you meant '==' instead of '='?"
                    }
                    _ => "cannot assign to expression here. Maybe you meant '==' instead of '='?",
                };
                return Err(self.err_at(what, other.start()));
            }
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> R {
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_idx(a.attr.id.as_str());
                self.emit(Instr::DeleteAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            other => return Err(self.err_at("cannot delete expression", other.start())),
        }
        Ok(())
    }

    /// Compile defaults; returns MakeFunction flags.
    fn defaults(&mut self, p: Option<&'a ast::Parameters>) -> R<u8> {
        let Some(p) = p else { return Ok(0) };
        let mut flags = 0;
        let pos: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !pos.is_empty() {
            for d in &pos {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(pos.len() as u32));
            flags |= 1;
        }
        let kw: Vec<(&str, &Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|a| {
                a.default
                    .as_deref()
                    .map(|d| (a.parameter.name.id.as_str(), d))
            })
            .collect();
        if !kw.is_empty() {
            for (n, d) in &kw {
                self.emit_const(Const::Str((*n).into()));
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    fn qualname(&self, name: &str) -> Rc<str> {
        match self.units.last() {
            Some(u) if u.kind == CodeKind::Function => {
                format!("{}.<locals>.{}", u.qualname, name).into()
            }
            Some(u) if u.kind == CodeKind::Class => format!("{}.{}", u.qualname, name).into(),
            _ => name.into(),
        }
    }

    fn function_code(
        &mut self,
        node_range: ruff_text_size::TextRange,
        name: &str,
        params: Option<&'a ast::Parameters>,
        body: FuncBody<'a>,
    ) -> R<Rc<Code>> {
        let scope = self
            .st
            .scope_of(node_range)
            .ok_or_else(|| self.err_at("internal: scope", node_range.start()))?;
        if let Some(p) = params {
            let mut seen: Vec<&str> = Vec::new();
            for prm in p.iter() {
                let n = prm.name().id.as_str();
                if seen.contains(&n) {
                    return Err(self.err_at(
                        format!("duplicate argument '{n}' in function definition"),
                        prm.name().range.start(),
                    ));
                }
                seen.push(n);
            }
        }
        let q = self.qualname(name);
        let line = self.lines.line(node_range.start());
        self.push_unit(scope, CodeKind::Function, name.into(), q, line);
        match body {
            FuncBody::Stmts(b) => {
                self.u().doc = docstring(b);
                self.body(b)?;
                self.emit_const(Const::None);
                self.emit(Instr::ReturnValue);
            }
            FuncBody::Expr(e) => {
                self.expr(e)?;
                if !self.st.scopes[scope].generator {
                    self.emit(Instr::ReturnValue);
                } else {
                    self.emit(Instr::Pop);
                    self.emit_const(Const::None);
                    self.emit(Instr::ReturnValue);
                }
            }
        }
        let (argc, posonly, kwonly, va, vk) = match params {
            Some(p) => (
                (p.posonlyargs.len() + p.args.len()) as u32,
                p.posonlyargs.len() as u32,
                p.kwonlyargs.len() as u32,
                p.vararg.is_some(),
                p.kwarg.is_some(),
            ),
            None => (0, 0, 0, false, false),
        };
        Ok(Rc::new(self.pop_unit(argc, posonly, kwonly, va, vk)))
    }

    fn add_code(&mut self, c: Rc<Code>) -> u32 {
        let u = self.u();
        u.codes.push(c);
        (u.codes.len() - 1) as u32
    }

    fn funcdef(&mut self, f: &'a ast::StmtFunctionDef) -> R {
        if f.is_async {
            return Err(self.err_at("async def is not supported by wraith", f.start()));
        }
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        let flags = self.defaults(Some(&f.parameters))?;
        let code = self.function_code(
            f.range,
            f.name.id.as_str(),
            Some(&f.parameters),
            FuncBody::Stmts(&f.body),
        )?;
        let ci = self.add_code(code);
        self.set_line(f.start());
        self.emit(Instr::MakeFunction(ci, flags));
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(f.name.id.as_str());
        Ok(())
    }

    fn classdef(&mut self, c: &'a ast::StmtClassDef) -> R {
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        self.emit(Instr::LoadBuildClass);
        let scope = self
            .st
            .scope_of(c.range)
            .ok_or_else(|| self.err_at("internal: scope", c.start()))?;
        let name = c.name.id.as_str();
        let q = self.qualname(name);
        let line = self.lines.line(c.start());
        self.push_unit(scope, CodeKind::Class, name.into(), q.clone(), line);
        let mi = self.name_idx("__name__");
        self.emit(Instr::LoadName(mi));
        let mo = self.name_idx("__module__");
        self.emit(Instr::StoreName(mo));
        self.emit_const(Const::Str(q.clone()));
        let qi = self.name_idx("__qualname__");
        self.emit(Instr::StoreName(qi));
        if let Some(d) = docstring(&c.body) {
            self.emit_const(Const::Str(d));
            let di = self.name_idx("__doc__");
            self.emit(Instr::StoreName(di));
        }
        self.body(&c.body)?;
        let cc = self.st.scopes[scope]
            .cells
            .iter()
            .position(|x| x == "__class__");
        if let Some(i) = cc {
            self.emit(Instr::StoreClassCell(i as u32));
        }
        self.emit_const(Const::None);
        self.emit(Instr::ReturnValue);
        let code = Rc::new(self.pop_unit(0, 0, 0, false, false));
        let ci = self.add_code(code);
        self.emit(Instr::MakeFunction(ci, 0));
        self.emit_const(Const::Str(name.into()));
        let mut n = 2u32;
        let mut kwn = Vec::new();
        if let Some(args) = &c.arguments {
            for a in args.args.iter() {
                if matches!(a, Expr::Starred(_)) {
                    return Err(self.err_at(
                        "star-args in class bases are not supported by wraith",
                        a.start(),
                    ));
                }
                self.expr(a)?;
                n += 1;
            }
            for k in args.keywords.iter() {
                match &k.arg {
                    Some(a) => {
                        self.expr(&k.value)?;
                        kwn.push(Const::Str(a.id.as_str().into()));
                        n += 1;
                    }
                    None => {
                        return Err(self.err_at(
                            "**kwargs in class bases are not supported by wraith",
                            k.start(),
                        ));
                    }
                }
            }
        }
        if kwn.is_empty() {
            self.emit(Instr::Call(n));
        } else {
            self.emit_const(Const::Tuple(kwn));
            self.emit(Instr::CallKw(n));
        }
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(name);
        Ok(())
    }

    fn expr(&mut self, e: &'a Expr) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.too_deep(e.start()));
        }
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    #[allow(clippy::too_many_lines)]
    fn expr_inner(&mut self, e: &'a Expr) -> R {
        match e {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => {
                    let c = match i.as_i64() {
                        Some(v) => Const::Int(v),
                        None => Const::BigInt(Rc::new(parse_big(&i.to_string()))),
                    };
                    self.emit_const(c);
                }
                ast::Number::Float(f) => self.emit_const(Const::Float(*f)),
                ast::Number::Complex { .. } => {
                    return Err(
                        self.err_at("complex numbers are not supported by wraith", n.start())
                    );
                }
            },
            Expr::StringLiteral(s) => self.emit_const(Const::Str(s.value.to_str().into())),
            Expr::BytesLiteral(b) => {
                return Err(self.err_at("bytes literals are not supported by wraith", b.start()));
            }
            Expr::BooleanLiteral(b) => self.emit_const(Const::Bool(b.value)),
            Expr::NoneLiteral(_) => self.emit_const(Const::None),
            Expr::EllipsisLiteral(_) => self.emit_const(Const::Ellipsis),
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::Attribute(a) => {
                let i = self.attr_idx(a.attr.id.as_str());
                match (self.fast_local(&a.value), u16::try_from(i)) {
                    (Some(l), Ok(n)) => {
                        self.set_line(a.attr.start());
                        self.emit(Instr::LoadFastAttr(l, n));
                    }
                    _ => {
                        self.expr(&a.value)?;
                        self.set_line(a.attr.start());
                        self.emit(Instr::LoadAttr(i));
                    }
                }
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::Subscr);
            }
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(v) => self.expr(v)?,
                        None => self.emit_const(Const::None),
                    }
                }
                match &s.step {
                    Some(v) => {
                        self.expr(v)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_line(b.start());
                self.emit(Instr::Binary(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                // Fold negative literals so -9223372036854775808 stays exact.
                if u.op == ast::UnaryOp::USub
                    && let Expr::NumberLiteral(ast::ExprNumberLiteral {
                        value: ast::Number::Int(i),
                        ..
                    }) = &*u.operand
                {
                    let b = -parse_big(&i.to_string());
                    let c = match i64::try_from(&b) {
                        Ok(v) => Const::Int(v),
                        Err(_) => Const::BigInt(Rc::new(b)),
                    };
                    self.emit_const(c);
                    return Ok(());
                }
                self.expr(&u.operand)?;
                self.emit(match u.op {
                    ast::UnaryOp::Not => Instr::Not,
                    ast::UnaryOp::USub => Instr::Unary(UnOp::Neg),
                    ast::UnaryOp::UAdd => Instr::Unary(UnOp::Pos),
                    ast::UnaryOp::Invert => Instr::Unary(UnOp::Invert),
                });
            }
            Expr::BoolOp(b) => {
                let mut ends = Vec::new();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        ends.push(self.emit(match b.op {
                            ast::BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            ast::BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in ends {
                    self.patch_here(j);
                }
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                let n = c.ops.len();
                let mut cleanups = Vec::new();
                for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
                    self.expr(right)?;
                    if i + 1 < n {
                        self.emit(Instr::Dup);
                        self.emit(Instr::Rot3);
                    }
                    self.set_line(c.start());
                    self.emit(cmp_instr(*op));
                    if i + 1 < n {
                        cleanups.push(self.emit(Instr::JumpIfFalseOrPop(0)));
                    }
                }
                if !cleanups.is_empty() {
                    let end = self.emit(Instr::Jump(0));
                    for j in cleanups {
                        self.patch_here(j);
                    }
                    self.emit(Instr::Rot2);
                    self.emit(Instr::Pop);
                    self.patch_here(end);
                }
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                let jf = self.emit(Instr::PopJumpIfFalse(0));
                self.expr(&i.body)?;
                let end = self.emit(Instr::Jump(0));
                self.patch_here(jf);
                self.expr(&i.orelse)?;
                self.patch_here(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Dup);
                self.store(&n.target)?;
            }
            Expr::Tuple(t) => {
                if t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.starred_list(&t.elts)?;
                    self.emit(Instr::ListToTuple);
                } else if let Some(c) = const_tuple(&t.elts) {
                    self.emit_const(c);
                } else {
                    for x in &t.elts {
                        self.expr(x)?;
                    }
                    self.emit(Instr::BuildTuple(t.elts.len() as u32));
                }
            }
            Expr::List(l) => {
                if l.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.starred_list(&l.elts)?;
                } else {
                    for x in &l.elts {
                        self.expr(x)?;
                    }
                    self.emit(Instr::BuildList(l.elts.len() as u32));
                }
            }
            Expr::Set(s) => {
                if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.emit(Instr::BuildSet(0));
                    for x in &s.elts {
                        match x {
                            Expr::Starred(st) => {
                                self.expr(&st.value)?;
                                self.emit(Instr::SetUpdate(1));
                            }
                            _ => {
                                self.expr(x)?;
                                self.emit(Instr::SetAdd(1));
                            }
                        }
                    }
                } else {
                    for x in &s.elts {
                        self.expr(x)?;
                    }
                    let n = s.elts.len() as u32;
                    if n > 2 && s.elts.iter().all(is_constant) {
                        self.emit(Instr::BuildConstSet(n));
                    } else {
                        self.emit(Instr::BuildSet(n));
                    }
                }
            }
            Expr::Dict(d) => {
                if d.items.iter().any(|i| i.key.is_none()) {
                    self.emit(Instr::BuildMap(0));
                    for it in &d.items {
                        match &it.key {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(&it.value)?;
                                self.emit(Instr::MapAdd(1));
                            }
                            None => {
                                self.expr(&it.value)?;
                                self.emit(Instr::DictUpdate(1));
                            }
                        }
                    }
                } else {
                    for it in &d.items {
                        if let Some(k) = &it.key {
                            self.expr(k)?;
                        }
                        self.expr(&it.value)?;
                    }
                    self.emit(Instr::BuildMap(d.items.len() as u32));
                }
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Lambda(l) => {
                let flags = self.defaults(l.parameters.as_deref())?;
                let code = self.function_code(
                    l.range,
                    "<lambda>",
                    l.parameters.as_deref(),
                    FuncBody::Expr(&l.body),
                )?;
                let ci = self.add_code(code);
                self.emit(Instr::MakeFunction(ci, flags));
            }
            Expr::ListComp(c) => {
                self.comprehension(c.range, "<listcomp>", &c.generators, CompKind::List(&c.elt))?
            }
            Expr::SetComp(c) => {
                self.comprehension(c.range, "<setcomp>", &c.generators, CompKind::Set(&c.elt))?
            }
            Expr::DictComp(c) => {
                let Some(k) = c.key.as_deref() else {
                    return Err(self.err_at(
                        "dict unpacking cannot be used in dict comprehension",
                        c.start(),
                    ));
                };
                self.comprehension(
                    c.range,
                    "<dictcomp>",
                    &c.generators,
                    CompKind::Dict(k, &c.value),
                )?
            }
            Expr::Generator(c) => {
                self.comprehension(c.range, "<genexpr>", &c.generators, CompKind::Gen(&c.elt))?
            }
            Expr::Yield(y) => {
                if !self.in_function() {
                    return Err(self.err_at("'yield' outside function", y.start()));
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Const::None),
                }
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                if !self.in_function() {
                    return Err(self.err_at("'yield' outside function", y.start()));
                }
                self.expr(&y.value)?;
                self.emit(Instr::GetIter);
                let start = self.here();
                let fi = self.emit(Instr::YieldFromNext(0));
                self.emit(Instr::YieldValue);
                self.emit(Instr::Pop);
                self.emit(Instr::Jump(start as u32));
                self.patch_here(fi);
            }
            Expr::FString(f) => self.fstring(f)?,
            Expr::Starred(s) => {
                return Err(self.err_at("can't use starred expression here", s.start()));
            }
            Expr::Await(a) => return Err(self.err_at("'await' outside async function", a.start())),
            Expr::TString(t) => return Err(self.err_at("invalid syntax", t.start())),
            Expr::IpyEscapeCommand(t) => return Err(self.err_at("invalid syntax", t.start())),
        }
        Ok(())
    }

    fn starred_list(&mut self, elts: &'a [Expr]) -> R {
        self.emit(Instr::BuildList(0));
        for x in elts {
            match x {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Instr::ListExtend(1));
                }
                _ => {
                    self.expr(x)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> R {
        let has_star = c
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)))
            || c.arguments.keywords.iter().any(|k| k.arg.is_none());
        let line_off = c.start();
        if !has_star
            && c.arguments.keywords.is_empty()
            && let Expr::Attribute(a) = &*c.func
        {
            let i = self.attr_idx(a.attr.id.as_str());
            match (self.fast_local(&a.value), u16::try_from(i)) {
                (Some(l), Ok(n)) => {
                    self.set_line(a.attr.start());
                    self.emit(Instr::LoadFastMethod(l, n));
                }
                _ => {
                    self.expr(&a.value)?;
                    self.set_line(a.attr.start());
                    self.emit(Instr::LoadMethod(i));
                }
            }
            for x in c.arguments.args.iter() {
                self.expr(x)?;
            }
            self.set_line(line_off);
            self.emit(Instr::CallMethod(c.arguments.args.len() as u32));
            return Ok(());
        }
        self.expr(&c.func)?;
        if has_star {
            match &c.arguments.args[..] {
                // `f(*x)`: the call iterates `x` itself (and names `f` if it cannot).
                [Expr::Starred(s)] => self.expr(&s.value)?,
                args => {
                    self.starred_list(args)?;
                    self.emit(Instr::ListToTuple);
                }
            }
            let has_kw = !c.arguments.keywords.is_empty();
            if has_kw {
                self.emit(Instr::BuildMap(0));
                for k in c.arguments.keywords.iter() {
                    match &k.arg {
                        Some(a) => {
                            self.emit_const(Const::Str(a.id.as_str().into()));
                            self.expr(&k.value)?;
                            self.emit(Instr::MapAdd(1));
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.emit(Instr::DictMerge(1));
                        }
                    }
                }
            }
            self.set_line(line_off);
            self.emit(Instr::CallEx(has_kw));
            return Ok(());
        }
        for x in c.arguments.args.iter() {
            self.expr(x)?;
        }
        if c.arguments.keywords.is_empty() {
            self.set_line(line_off);
            self.emit(Instr::Call(c.arguments.args.len() as u32));
        } else {
            let mut names = Vec::new();
            for k in c.arguments.keywords.iter() {
                if let Some(a) = &k.arg {
                    let n = a.id.as_str();
                    if names
                        .iter()
                        .any(|x| matches!(x, Const::Str(s) if &**s == n))
                    {
                        return Err(
                            self.err_at(format!("keyword argument repeated: {n}"), k.start())
                        );
                    }
                    names.push(Const::Str(n.into()));
                }
                self.expr(&k.value)?;
            }
            self.emit_const(Const::Tuple(names));
            self.set_line(line_off);
            self.emit(Instr::CallKw(
                (c.arguments.args.len() + c.arguments.keywords.len()) as u32,
            ));
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        range: ruff_text_size::TextRange,
        name: &str,
        gens: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> R {
        let Some(first) = gens.first() else {
            return Ok(());
        };
        let scope = self
            .st
            .scope_of(range)
            .ok_or_else(|| self.err_at("internal: scope", range.start()))?;
        let q = self.qualname(name);
        let line = self.lines.line(range.start());
        self.push_unit(scope, CodeKind::Function, name.into(), q, line);
        let is_gen = matches!(kind, CompKind::Gen(_));
        match kind {
            CompKind::List(_) => {
                self.emit(Instr::BuildList(0));
            }
            CompKind::Set(_) => {
                self.emit(Instr::BuildSet(0));
            }
            CompKind::Dict(..) => {
                self.emit(Instr::BuildMap(0));
            }
            CompKind::Gen(_) => {}
        }
        let mut loops = Vec::new();
        for (i, g) in gens.iter().enumerate() {
            if g.is_async {
                return Err(self.err_at(
                    "asynchronous comprehension outside of an asynchronous function",
                    g.start(),
                ));
            }
            if i == 0 {
                let z = self.var_idx(".0");
                self.emit(Instr::LoadFast(z));
            } else {
                self.expr(&g.iter)?;
                self.emit(Instr::GetIter);
            }
            let start = self.here();
            let fi = self.emit(Instr::ForIter(0));
            self.store(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
                self.emit(Instr::PopJumpIfFalse(start as u32));
            }
            loops.push((start, fi));
        }
        let depth = gens.len() as u32 + 1;
        match kind {
            CompKind::List(e) => {
                self.expr(e)?;
                self.emit(Instr::ListAppend(depth));
            }
            CompKind::Set(e) => {
                self.expr(e)?;
                self.emit(Instr::SetAdd(depth));
            }
            CompKind::Dict(k, v) => {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Instr::MapAdd(depth));
            }
            CompKind::Gen(e) => {
                self.expr(e)?;
                self.emit(Instr::YieldValue);
                self.emit(Instr::Pop);
            }
        }
        for (start, fi) in loops.into_iter().rev() {
            self.emit(Instr::Jump(start as u32));
            self.patch_here(fi);
        }
        if is_gen {
            self.emit_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = Rc::new(self.pop_unit(1, 0, 0, false, false));
        let ci = self.add_code(code);
        self.emit(Instr::MakeFunction(ci, 0));
        self.expr(&first.iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(1));
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> R {
        let mut n = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    self.emit_const(Const::Str(l.value.as_ref().into()));
                    n += 1;
                }
                ast::FStringPart::FString(fs) => {
                    n += self.fstring_elements(&fs.elements)?;
                }
            }
        }
        if n != 1 {
            self.emit(Instr::BuildString(n));
        }
        Ok(())
    }

    fn fstring_elements(&mut self, elems: &'a [ast::InterpolatedStringElement]) -> R<u32> {
        let mut n = 0;
        for el in elems {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.emit_const(Const::Str(l.value.as_ref().into()));
                    n += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(d) = &i.debug_text {
                        let text = format!("{}{}{}", d.leading(), d.expression(), d.trailing());
                        self.emit_const(Const::Str(text.into()));
                        n += 1;
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    if let Some(spec) = &i.format_spec {
                        let k = self.fstring_elements(&spec.elements)?;
                        if k == 0 {
                            self.emit_const(Const::Str("".into()));
                        } else if k > 1 {
                            self.emit(Instr::BuildString(k));
                        }
                    }
                    self.expr(&i.expression)?;
                    self.emit(Instr::FormatValue(conv, i.format_spec.is_some()));
                    n += 1;
                }
            }
        }
        Ok(n)
    }
}

enum FuncBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

fn unreachable_block() -> ! {
    // The fblock stack is pushed and popped in matching pairs within one function.
    std::process::abort()
}

/// Peephole pass: fuse a comparison with the conditional jump that follows it, unless the jump
/// is itself a jump target. The jump's slot becomes a `Nop` (so no index moves) that the fused
/// instruction skips on fall-through.
fn fuse(mut instrs: Vec<Instr>) -> Vec<Instr> {
    let mut targets = vec![false; instrs.len() + 1];
    for i in &instrs {
        let t = match *i {
            Instr::Jump(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::ForIter(t)
            | Instr::YieldFromNext(t)
            | Instr::SetupExcept(t)
            | Instr::SetupWith(t)
            | Instr::WithExcept(t) => t as usize,
            _ => continue,
        };
        if let Some(x) = targets.get_mut(t) {
            *x = true;
        }
    }
    for k in 0..instrs.len().saturating_sub(1) {
        let Instr::PopJumpIfFalse(t) = instrs[k + 1] else {
            continue;
        };
        if targets[k + 1] {
            continue;
        }
        let fused = match instrs[k] {
            Instr::Compare(op) => Instr::CompareJumpIfFalse(op, t),
            Instr::Is(p) => Instr::IsJumpIfFalse(p, t),
            _ => continue,
        };
        instrs[k] = fused;
        instrs[k + 1] = Instr::Nop;
    }
    instrs
}

/// The docstring of a body: its first statement, when that is a plain string literal.
fn docstring(body: &[Stmt]) -> Option<Rc<str>> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().into()),
            _ => None,
        },
        _ => None,
    }
}

fn cmp_instr(op: ast::CmpOp) -> Instr {
    use ast::CmpOp as C;
    match op {
        C::Eq => Instr::Compare(Cmp::Eq),
        C::NotEq => Instr::Compare(Cmp::Ne),
        C::Lt => Instr::Compare(Cmp::Lt),
        C::LtE => Instr::Compare(Cmp::Le),
        C::Gt => Instr::Compare(Cmp::Gt),
        C::GtE => Instr::Compare(Cmp::Ge),
        C::Is => Instr::Is(true),
        C::IsNot => Instr::Is(false),
        C::In => Instr::In(true),
        C::NotIn => Instr::In(false),
    }
}

fn const_tuple(elts: &[Expr]) -> Option<Const> {
    let mut v = Vec::new();
    for e in elts {
        v.push(match e {
            Expr::NumberLiteral(ast::ExprNumberLiteral {
                value: ast::Number::Int(i),
                ..
            }) => Const::Int(i.as_i64()?),
            Expr::NumberLiteral(ast::ExprNumberLiteral {
                value: ast::Number::Float(f),
                ..
            }) => Const::Float(*f),
            Expr::StringLiteral(s) => Const::Str(s.value.to_str().into()),
            Expr::BooleanLiteral(b) => Const::Bool(b.value),
            Expr::NoneLiteral(_) => Const::None,
            _ => return None,
        });
    }
    Some(Const::Tuple(v))
}

/// Parse an integer literal (any base, underscores allowed).
pub fn parse_big(s: &str) -> BigInt {
    let t: String = s.chars().filter(|&c| c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (radix, digits) = if let Some(r) = lower.strip_prefix("0x") {
        (16, r)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (8, r)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (2, r)
    } else {
        (10, lower.as_str())
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(src: &str) -> (String, String) {
        let e = compile(src, "<t>", Mode::Exec).expect_err("should not compile");
        (e.kind.to_string(), e.msg)
    }

    #[test]
    fn cpython_syntax_error_wording() {
        assert_eq!(err("if x\n    pass\n").1, "expected ':'");
        assert_eq!(err("x = (1,\ny = 2\n").1, "'(' was never closed");
        assert_eq!(err("return 1\n").1, "'return' outside function");
        assert_eq!(err("break\n").1, "'break' outside loop");
        assert_eq!(
            err("def f(a, a):\n    pass\n").1,
            "duplicate argument 'a' in function definition"
        );
        assert_eq!(
            err("if 1:\npass\n"),
            (
                "IndentationError".into(),
                "expected an indented block after 'if' statement on line 1".into()
            )
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let src = format!("x = {}1\n", "-".repeat(5000));
        assert_eq!(err(&src).0, "RecursionError");
    }

    #[test]
    fn only_empty_bodies_return_none_only() {
        let code = compile(
            "def a(x): pass\ndef b(x):\n    'doc'\ndef c(x): return None\ndef d(): return\n\
             def e(x): return x\ndef f(x): print(x)\ndef g(x): yield\nh = lambda r: None\n\
             k = lambda r: 0\n",
            "<t>",
            Mode::Exec,
        )
        .expect("compiles");
        let empty: Vec<(&str, bool)> = code
            .codes
            .iter()
            .map(|c| (&*c.name, c.only_returns_none()))
            .collect();
        assert_eq!(
            empty,
            [
                ("a", true),
                ("b", true),
                ("c", true),
                ("d", true),
                ("e", false),
                ("f", false),
                ("g", false),
                ("<lambda>", true),
                ("<lambda>", false)
            ]
        );
        assert!(!code.only_returns_none()); // a module body is never skipped
    }

    #[test]
    fn every_instruction_has_a_lookup_hint() {
        let code = compile("x = 1\nprint(x)\n", "<t>", Mode::Exec).expect("compiles");
        assert_eq!(code.hints.len(), code.instrs.len());
    }

    #[test]
    fn code_has_lines_for_every_instruction() {
        let code = compile("a = 1\nb = a + 2\nprint(b)\n", "<t>", Mode::Exec).expect("compiles");
        assert_eq!(code.instrs.len(), code.lines.len());
        assert_eq!(code.lines.last().copied(), Some(3));
    }
}
