//! Scope analysis: decides for every name in every scope whether it is a fast local, a cell,
//! a free variable, a global, or a namespace (`LoadName`) lookup.
//!
//! Invariant: analysis finishes for the whole module before any code is emitted, so a scope's
//! cell set already includes every variable a nested scope captures. Scopes are keyed by the
//! (start, end) offsets of their AST node.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};

/// Kind of scope.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    /// Module level.
    Module,
    /// def / lambda / comprehension.
    Function,
    /// class body.
    Class,
}

/// One scope's analysis.
#[derive(Debug)]
pub struct Scope {
    /// Kind.
    pub kind: ScopeKind,
    /// Parent scope index.
    pub parent: Option<usize>,
    /// Parameter names in order.
    pub params: Vec<String>,
    /// Names bound here, in first-binding order.
    pub bound: Vec<String>,
    bound_set: HashSet<String>,
    /// Names used (loaded) here.
    pub used: HashSet<String>,
    /// Declared `global`.
    pub globals: HashSet<String>,
    /// Declared `nonlocal`.
    pub nonlocals: HashSet<String>,
    /// Cells created here.
    pub cells: Vec<String>,
    /// Free variables received.
    pub frees: Vec<String>,
    /// Contains yield.
    pub generator: bool,
    /// Nonlocal errors found.
    pub error: Option<(String, u32)>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            params: Vec::new(),
            bound: Vec::new(),
            bound_set: HashSet::new(),
            used: HashSet::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            cells: Vec::new(),
            frees: Vec::new(),
            generator: false,
            error: None,
        }
    }

    fn bind(&mut self, name: &str) {
        if self.bound_set.insert(name.to_string()) {
            self.bound.push(name.to_string());
        }
    }

    /// Is the name bound locally (not declared global/nonlocal)?
    pub fn is_local(&self, name: &str) -> bool {
        self.bound_set.contains(name)
            && !self.globals.contains(name)
            && !self.nonlocals.contains(name)
    }
}

/// How to access a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameOp {
    /// Fast local slot.
    Fast,
    /// Cell or free variable (index into cells ++ frees).
    Deref(u32),
    /// Global lookup.
    Global,
    /// Namespace lookup (module or class body).
    Name,
    /// Class body reading a free variable (namespace first).
    ClassDeref(u32),
}

/// The analysis of a whole module.
#[derive(Debug)]
pub struct SymTable {
    /// All scopes; 0 is the module.
    pub scopes: Vec<Scope>,
    /// Scope index by node range.
    pub by_node: HashMap<(u32, u32), usize>,
}

fn key(r: ruff_text_size::TextRange) -> (u32, u32) {
    (r.start().to_u32(), r.end().to_u32())
}

impl SymTable {
    /// Analyse a module body.
    pub fn build(body: &[Stmt]) -> SymTable {
        let mut b = Builder {
            scopes: vec![Scope::new(ScopeKind::Module, None)],
            by_node: HashMap::new(),
            cur: 0,
        };
        for s in body {
            b.visit_stmt(s);
        }
        let mut st = SymTable {
            scopes: b.scopes,
            by_node: b.by_node,
        };
        st.resolve();
        st
    }

    /// The scope of a node.
    pub fn scope_of(&self, r: ruff_text_size::TextRange) -> Option<usize> {
        self.by_node.get(&key(r)).copied()
    }

    fn resolve(&mut self) {
        for i in 0..self.scopes.len() {
            if self.scopes[i].kind != ScopeKind::Function {
                // Class bodies still need to resolve names that are free in enclosing functions.
                if self.scopes[i].kind == ScopeKind::Class {
                    let used: Vec<String> = self.scopes[i].used.iter().cloned().collect();
                    for n in used {
                        if !self.scopes[i].bound_set.contains(&n)
                            && !self.scopes[i].globals.contains(&n)
                        {
                            self.capture(i, &n, false);
                        }
                    }
                    let nl: Vec<String> = self.scopes[i].nonlocals.iter().cloned().collect();
                    for n in nl {
                        if !self.capture(i, &n, true) && self.scopes[i].error.is_none() {
                            self.scopes[i].error =
                                Some((format!("no binding for nonlocal '{n}' found"), 0));
                        }
                    }
                }
                continue;
            }
            let mut names: Vec<String> = self.scopes[i].used.iter().cloned().collect();
            names.sort();
            for n in names {
                if self.scopes[i].is_local(&n) || self.scopes[i].globals.contains(&n) {
                    continue;
                }
                self.capture(i, &n, false);
            }
            let mut nl: Vec<String> = self.scopes[i].nonlocals.iter().cloned().collect();
            nl.sort();
            for n in nl {
                if !self.capture(i, &n, true) && self.scopes[i].error.is_none() {
                    self.scopes[i].error =
                        Some((format!("no binding for nonlocal '{n}' found"), 0));
                }
            }
        }
    }

    /// Try to resolve `name` used in scope `i` as a free variable of an enclosing function.
    fn capture(&mut self, i: usize, name: &str, nonlocal: bool) -> bool {
        let mut path = vec![i];
        let mut p = self.scopes[i].parent;
        while let Some(pi) = p {
            let s = &self.scopes[pi];
            match s.kind {
                ScopeKind::Module => return false,
                ScopeKind::Class => {
                    if name == "__class__" {
                        if !self.scopes[pi].cells.iter().any(|c| c == name) {
                            self.scopes[pi].cells.push(name.to_string());
                        }
                        for &q in &path {
                            add_unique(&mut self.scopes[q].frees, name);
                        }
                        return true;
                    }
                }
                ScopeKind::Function => {
                    if s.globals.contains(name) {
                        return false;
                    }
                    if s.is_local(name) {
                        add_unique(&mut self.scopes[pi].cells, name);
                        for &q in &path {
                            add_unique(&mut self.scopes[q].frees, name);
                        }
                        return true;
                    }
                }
            }
            path.push(pi);
            p = self.scopes[pi].parent;
        }
        let _ = nonlocal;
        false
    }

    /// How scope `i` accesses `name`.
    pub fn lookup(&self, i: usize, name: &str) -> NameOp {
        let s = &self.scopes[i];
        let cell_idx = |n: &str| -> Option<u32> {
            if let Some(c) = s.cells.iter().position(|c| c == n) {
                return Some(c as u32);
            }
            s.frees
                .iter()
                .position(|c| c == n)
                .map(|f| (s.cells.len() + f) as u32)
        };
        match s.kind {
            ScopeKind::Module => NameOp::Name,
            ScopeKind::Class => {
                if s.globals.contains(name) {
                    NameOp::Global
                } else if s.bound_set.contains(name) && !s.nonlocals.contains(name) {
                    NameOp::Name
                } else if let Some(c) = s.frees.iter().position(|c| c == name) {
                    if s.nonlocals.contains(name) {
                        NameOp::Deref((s.cells.len() + c) as u32)
                    } else {
                        NameOp::ClassDeref((s.cells.len() + c) as u32)
                    }
                } else {
                    NameOp::Name
                }
            }
            ScopeKind::Function => {
                if s.globals.contains(name) {
                    NameOp::Global
                } else if let Some(c) = cell_idx(name) {
                    NameOp::Deref(c)
                } else if s.is_local(name) {
                    NameOp::Fast
                } else {
                    NameOp::Global
                }
            }
        }
    }
}

fn add_unique(v: &mut Vec<String>, n: &str) {
    if !v.iter().any(|x| x == n) {
        v.push(n.to_string());
    }
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<(u32, u32), usize>,
    cur: usize,
}

impl Builder {
    fn enter(&mut self, kind: ScopeKind, r: ruff_text_size::TextRange) -> usize {
        let idx = self.scopes.len();
        self.scopes.push(Scope::new(kind, Some(self.cur)));
        self.by_node.insert(key(r), idx);
        let prev = self.cur;
        self.cur = idx;
        prev
    }

    /// A `global`/`nonlocal` declaration of `name` must come before any use or binding of it
    /// in the scope (CPython's symtable errors; the first one found is reported).
    fn check_declaration(&mut self, name: &str, what: &str, r: ruff_text_size::TextRange) {
        let s = &mut self.scopes[self.cur];
        let msg = if s.params.iter().any(|p| p == name) {
            format!("name '{name}' is parameter and {what}")
        } else if s.used.contains(name) {
            format!("name '{name}' is used prior to {what} declaration")
        } else if s.bound_set.contains(name)
            && !s.globals.contains(name)
            && !s.nonlocals.contains(name)
        {
            format!("name '{name}' is assigned to before {what} declaration")
        } else {
            return;
        };
        if s.error.is_none() {
            s.error = Some((msg, r.start().to_u32()));
        }
    }

    fn params(&mut self, p: &ast::Parameters) {
        let s = &mut self.scopes[self.cur];
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            s.params.push(a.parameter.name.id.to_string());
        }
        for a in p.kwonlyargs.iter() {
            s.params.push(a.parameter.name.id.to_string());
        }
        if let Some(v) = &p.vararg {
            s.params.push(v.name.id.to_string());
        }
        if let Some(v) = &p.kwarg {
            s.params.push(v.name.id.to_string());
        }
        let ps = s.params.clone();
        for n in ps {
            self.scopes[self.cur].bind(&n);
        }
    }

    fn defaults(&mut self, p: &ast::Parameters) {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.visit_expr(d);
            }
        }
    }

    fn comprehension(
        &mut self,
        r: ruff_text_size::TextRange,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
    ) {
        if let Some(first) = gens.first() {
            self.visit_expr(&first.iter);
        }
        let prev = self.enter(ScopeKind::Function, r);
        self.scopes[self.cur].params.push(".0".into());
        self.scopes[self.cur].bind(".0");
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.visit_expr(&g.target);
            for c in &g.ifs {
                self.visit_expr(c);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.cur = prev;
    }
}

impl<'a> Visitor<'a> for Builder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.defaults(&f.parameters);
                self.scopes[self.cur].bind(f.name.id.as_str());
                let prev = self.enter(ScopeKind::Function, f.range);
                self.params(&f.parameters);
                for s in &f.body {
                    self.visit_stmt(s);
                }
                let s = &mut self.scopes[self.cur];
                if s.used.contains("super") {
                    s.used.insert("__class__".into());
                }
                self.cur = prev;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(a) = &c.arguments {
                    self.visit_arguments(a);
                }
                self.scopes[self.cur].bind(c.name.id.as_str());
                let prev = self.enter(ScopeKind::Class, c.range);
                for s in &c.body {
                    self.visit_stmt(s);
                }
                self.cur = prev;
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.check_declaration(n.id.as_str(), "global", g.range);
                    self.scopes[self.cur].globals.insert(n.id.to_string());
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    self.check_declaration(n.id.as_str(), "nonlocal", g.range);
                    self.scopes[self.cur].nonlocals.insert(n.id.to_string());
                    self.scopes[self.cur].bind(n.id.as_str());
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let n = match &a.asname {
                        Some(x) => x.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.scopes[self.cur].bind(&n);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    let n = match &a.asname {
                        Some(x) => x.id.to_string(),
                        None => a.name.id.to_string(),
                    };
                    if n != "*" {
                        self.scopes[self.cur].bind(&n);
                    }
                }
            }
            Stmt::Try(t) => {
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.scopes[self.cur].bind(n.id.as_str());
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::AnnAssign(a) => {
                self.visit_expr(&a.target);
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_annotation(&mut self, _expr: &'a Expr) {}

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => {
                let s = &mut self.scopes[self.cur];
                match n.ctx {
                    ast::ExprContext::Load => {
                        s.used.insert(n.id.to_string());
                    }
                    _ => s.bind(n.id.as_str()),
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.defaults(p);
                }
                let prev = self.enter(ScopeKind::Function, l.range);
                if let Some(p) = &l.parameters {
                    self.params(p);
                }
                self.visit_expr(&l.body);
                self.cur = prev;
            }
            Expr::ListComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt]),
            Expr::Generator(c) => {
                self.comprehension(c.range, &c.generators, &[&c.elt]);
                if let Some(&i) = self.by_node.get(&key(c.range)) {
                    self.scopes[i].generator = true;
                }
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = vec![&c.value];
                if let Some(k) = c.key.as_deref() {
                    elts.push(k);
                }
                self.comprehension(c.range, &c.generators, &elts)
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                self.scopes[self.cur].generator = true;
                visitor::walk_expr(self, expr);
            }
            Expr::Named(n) => {
                self.visit_expr(&n.value);
                self.visit_expr(&n.target);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(src: &str) -> SymTable {
        let parsed = ruff_python_parser::parse_module(src).expect("parses");
        SymTable::build(&parsed.into_syntax().body)
    }

    #[test]
    fn captured_local_becomes_cell_and_free() {
        let st = table("def f():\n    x = 1\n    def g():\n        return x\n    return g\n");
        let f = &st.scopes[1];
        let g = &st.scopes[2];
        assert_eq!(f.cells, vec!["x".to_string()]);
        assert_eq!(g.frees, vec!["x".to_string()]);
        assert_eq!(st.lookup(2, "x"), NameOp::Deref(0));
        assert_eq!(st.lookup(1, "x"), NameOp::Deref(0));
    }

    #[test]
    fn globals_and_class_bodies() {
        let st = table("y = 1\ndef f():\n    global y\n    y = 2\nclass C:\n    z = y\n");
        assert_eq!(st.lookup(1, "y"), NameOp::Global);
        assert_eq!(st.lookup(2, "z"), NameOp::Name);
        assert_eq!(st.lookup(0, "y"), NameOp::Name);
    }

    #[test]
    fn super_gets_a_class_cell() {
        let st = table("class A:\n    def m(self):\n        return super().m()\n");
        assert_eq!(st.scopes[1].cells, vec!["__class__".to_string()]);
        assert!(st.scopes[2].frees.contains(&"__class__".to_string()));
    }
}
