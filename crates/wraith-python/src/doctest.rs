//! `wraith --doctest FILE`: run the interactive examples (`>>>` / `...` blocks) of a reST or
//! doctest file in one interpreter, and compare their output the way Python's `doctest` does.
//!
//! Invariant: examples run in file order in one `__main__` namespace, each as a REPL entry
//! (expression values are printed, `_` is set), and a full collection, with its weak reference
//! callbacks and finalizers, runs after each one: the statement boundary where CPython's
//! reference counting would already have freed what the example dropped (`del o`). Output
//! matching always allows `...` (ELLIPSIS) and treats `0x…` addresses as equal; `+SKIP`
//! examples do not run; an expected traceback matches on its last line (the exception).
//! Documents whose code lost its indentation (continuation lines flush against `...`) are
//! re-indented after each line ending in `:`.

use crate::Interpreter;
use crate::compile::{self, Mode};

/// One interactive example.
#[derive(Debug)]
pub struct Example {
    /// Source lines (without the `>>> ` / `... ` prompts).
    pub source: Vec<String>,
    /// Expected output lines.
    pub want: Vec<String>,
    /// 1-based line of the `>>>`.
    pub line: usize,
    /// `+SKIP` was given.
    pub skip: bool,
}

/// Parse the examples of a document.
pub fn parse(text: &str) -> Vec<Example> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        let t = l.trim_start();
        if !(t.starts_with(">>> ") || t == ">>>") {
            i += 1;
            continue;
        }
        let indent = l.len() - t.len();
        let line = i + 1;
        let mut source = vec![t.get(4..).unwrap_or("").to_string()];
        i += 1;
        while i < lines.len() {
            let c = lines[i];
            let ct = c.get(indent..).unwrap_or("");
            if ct.starts_with("... ") || ct == "..." {
                source.push(ct.get(4..).unwrap_or("").to_string());
                i += 1;
            } else {
                break;
            }
        }
        let mut want = Vec::new();
        while i < lines.len() {
            let c = lines[i];
            let ct = c.trim_start();
            if ct.is_empty() || ct.starts_with(">>>") || c.len() - ct.len() < indent {
                break;
            }
            want.push(c.get(indent..).unwrap_or(ct).to_string());
            i += 1;
        }
        let first = source[0].replace(' ', "");
        let skip = first.contains("#doctest:+SKIP");
        if source.len() == 1 && source[0].trim().is_empty() {
            continue;
        }
        out.push(Example {
            source,
            want,
            line,
            skip,
        });
    }
    out
}

/// Re-indent a block whose continuation lines lost their indentation.
fn reindent(source: &[String]) -> String {
    let mut level = 0usize;
    let mut s = String::new();
    for (k, l) in source.iter().enumerate() {
        let t = l.trim();
        if k > 0 {
            if t.is_empty() {
                level = 0;
            }
            s.push_str(&"    ".repeat(level));
        }
        s.push_str(t);
        s.push('\n');
        if t.ends_with(':') {
            level += 1;
        }
    }
    s
}

fn source_text(source: &[String]) -> String {
    let mut s = source.join("\n");
    s.push('\n');
    if source.len() > 1 {
        s.push('\n');
    }
    if compile::compile(&s, "<doctest>", Mode::Interactive).is_err() && source.len() > 1 {
        let r = reindent(source);
        if compile::compile(&r, "<doctest>", Mode::Interactive).is_ok() {
            return r;
        }
    }
    s
}

fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'0' && i + 2 < b.len() && b[i + 1] == b'x' && b[i + 2].is_ascii_hexdigit() {
            let mut j = i + 2;
            while j < b.len() && b[j].is_ascii_hexdigit() {
                j += 1;
            }
            out.push_str("0xADDR");
            i = j;
        } else {
            let ch = s[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        .trim_end()
        .to_string()
}

/// doctest's ELLIPSIS match: `...` in `want` matches any text.
pub fn ellipsis_match(want: &str, got: &str) -> bool {
    if !want.contains("...") {
        return want == got;
    }
    let pieces: Vec<&str> = want.split("...").collect();
    let (first, last) = (pieces[0], pieces[pieces.len() - 1]);
    if !got.starts_with(first) || !got[first.len()..].ends_with(last) {
        return false;
    }
    if got.len() < first.len() + last.len() {
        return false;
    }
    let mut rest = &got[first.len()..got.len() - last.len()];
    for p in &pieces[1..pieces.len() - 1] {
        match rest.find(p) {
            Some(k) => rest = &rest[k + p.len()..],
            None => return false,
        }
    }
    true
}

impl Interpreter {
    /// Run one doctest example: its stdout and stderr (tracebacks), after the collection that
    /// ends it and the callbacks/finalizers that collection ran.
    pub fn run_example(&mut self, src: &str) -> (String, String) {
        self.heap.mutate(|_, i| i.host.capture = true);
        match compile::compile(src, "<doctest>", Mode::Interactive) {
            Ok(code) => {
                let _ = self.run_code(code);
            }
            Err(e) => {
                let text = crate::format_compile_error(&e);
                self.heap.mutate(|_, i| i.host.err_capture.push_str(&text));
            }
        }
        self.heap.collect_full();
        crate::vm::events::run_events(&mut self.heap);
        self.heap.mutate(|_, i| {
            i.host.capture = false;
            let out = String::from_utf8_lossy(&std::mem::take(&mut i.host.out)).into_owned();
            (out, std::mem::take(&mut i.host.err_capture))
        })
    }
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}

/// Run every example of `text` (named `path` in reports); returns the exit status (0 when all
/// pass). Like Sphinx's `doctest_global_setup`, `gc` and the module the document describes
/// (`.. module:: NAME`) are imported first.
pub fn run(path: &str, text: &str) -> i32 {
    let mut interp = Interpreter::new(vec![path.to_string()]);
    let mut setup = String::from("import gc\n");
    for l in text.lines() {
        if let Some(m) = l.trim().strip_prefix(".. module::") {
            setup.push_str(&format!("import {}\n", m.trim()));
        }
    }
    let (_, err) = interp.run_example(&setup);
    if !err.is_empty() {
        eprint!("{err}");
    }
    let examples = parse(text);
    let (mut failed, mut skipped) = (0, 0);
    for ex in &examples {
        if ex.skip {
            skipped += 1;
            continue;
        }
        let src = source_text(&ex.source);
        let (out, err) = interp.run_example(&src);
        let want = normalise(&ex.want.join("\n"));
        let ok = if want.starts_with("Traceback (most recent call last):") {
            let wl = want.lines().last().unwrap_or("");
            let gl = normalise(&err);
            let gl = gl.lines().last().unwrap_or("");
            ellipsis_match(wl, gl)
        } else {
            err.is_empty() && ellipsis_match(&want, &normalise(&out))
        };
        if !ok {
            failed += 1;
            let got = format!("{out}{err}");
            print!(
                "**********************************************************************\n\
                 File \"{path}\", line {}\nFailed example:\n{}Expected:\n{}Got:\n{}",
                ex.line,
                indent(&ex.source.join("\n")),
                if ex.want.is_empty() {
                    "    Nothing\n".to_string()
                } else {
                    indent(&ex.want.join("\n"))
                },
                if got.is_empty() {
                    "    Nothing\n".to_string()
                } else {
                    indent(&got)
                }
            );
        }
    }
    let ran = examples.len() - skipped;
    if failed > 0 {
        println!("***Test Failed*** {failed} of {ran} examples failed in {path}.");
        1
    } else {
        println!("{path}: {ran} examples passed, {skipped} skipped.");
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ellipsis() {
        assert!(ellipsis_match("a...c", "abbbc"));
        assert!(ellipsis_match(
            "<f at ...; for 'O' at ...>",
            "<f at 1; for 'O' at 2>"
        ));
        assert!(!ellipsis_match("a...c", "ab"));
        assert!(ellipsis_match("abc", "abc"));
    }

    #[test]
    fn parses_and_reindents() {
        let ex = parse(" >>> class C:\n ... def m(self):\n ... pass\n ...\n >>> 1\n 1\n\n");
        assert_eq!(ex.len(), 2);
        assert_eq!(ex[1].want, ["1"]);
        assert_eq!(
            reindent(&ex[0].source),
            "class C:\n    def m(self):\n        pass\n\n"
        );
    }
}
