//! wraith-python: a Python 3.11-subset interpreter whose objects live on a tracing GC heap.
//!
//! The public surface is [`Interpreter`]: compile and run a script, `-c` code, or REPL lines,
//! getting back a process exit code. Everything else (object model, compiler, VM) is internal
//! but public for embedding experiments and tests.
//!
//! Invariant: no input makes this crate panic or overflow the stack; failures are Python
//! exceptions reported CPython-style on stderr.

#![forbid(unsafe_code)]

pub mod builtins;
pub mod compile;
pub mod doctest;
pub mod heap;
pub mod modules;
pub mod object;
pub mod value;
pub mod vm;

use compile::{CompileError, Mode};
use heap::PyHeap;
use object::Payload;
use value::Value;
use vm::frame::{Frame, FrameKind};
use vm::run::RunExit;
use vm::{E, Vm};

/// Instructions per slice before the host may collect.
pub const SLICE_FUEL: i64 = 20_000;

/// Stack size the embedding thread should have (nested native calls recurse on it).
pub const RECOMMENDED_STACK: usize = 1 << 30;

/// Result of feeding one REPL entry.
#[derive(Debug, PartialEq, Eq)]
pub enum ReplStatus {
    /// Ran (successfully or with a printed exception).
    Done,
    /// The input is an incomplete block; read more lines.
    Incomplete,
    /// `exit()`/`sys.exit()` was called with this code.
    Exit(i32),
}

/// A running interpreter.
pub struct Interpreter {
    heap: PyHeap,
}

enum Step {
    More,
    Done(Option<i32>),
}

impl Interpreter {
    /// A fresh interpreter; `argv` becomes `sys.argv`.
    pub fn new(argv: Vec<String>) -> Interpreter {
        Interpreter {
            heap: PyHeap::new(argv),
        }
    }

    /// Run a whole program; returns the process exit code (0, 1, or the `sys.exit` value).
    pub fn run_source(&mut self, src: &str, filename: &str) -> i32 {
        match compile::compile(src, filename, Mode::Exec) {
            Ok(code) => {
                let status = self.run_code(code).unwrap_or(0);
                self.shutdown();
                status
            }
            Err(e) => {
                eprint!("{}", format_compile_error(&e));
                1
            }
        }
    }

    /// At exit: `weakref.finalize`'s at-exit finalizers, newest first; none run after this.
    pub fn shutdown(&mut self) {
        vm::events::shutdown(&mut self.heap);
    }

    /// Run one REPL entry.
    pub fn run_repl(&mut self, src: &str) -> ReplStatus {
        if is_incomplete(src) {
            return ReplStatus::Incomplete;
        }
        match compile::compile(src, "<stdin>", Mode::Interactive) {
            Ok(code) => match self.run_code(code) {
                Some(c)
                    if self
                        .heap
                        .mutate(|_, i| std::mem::take(&mut i.host.system_exit)) =>
                {
                    ReplStatus::Exit(c)
                }
                Some(_) => ReplStatus::Done,
                None => ReplStatus::Done,
            },
            Err(e) => {
                eprint!("{}", format_compile_error(&e));
                ReplStatus::Done
            }
        }
    }

    /// Force a full collection now; returns the number of objects freed.
    pub fn collect(&mut self) -> usize {
        self.heap.collect_full()
    }

    /// Bytes allocated on the heap.
    pub fn allocated_bytes(&self) -> usize {
        self.heap.allocated_bytes()
    }

    /// Runs code; `Some(code)` when the program ended by exception or `sys.exit`.
    fn run_code(&mut self, code: std::rc::Rc<compile::code::Code>) -> Option<i32> {
        self.heap.mutate(|mc, i| {
            let vm = Vm { mc, i };
            let g = vm.i.main_globals;
            let f = vm.make_function(code.clone(), g, Box::new([]), None, Box::new([]));
            let frame = Frame {
                func: f,
                code,
                pc: 0,
                stack: Vec::new(),
                locals: Vec::new(),
                cells: Vec::new(),
                blocks: Vec::new(),
                handled: Vec::new(),
                ns: None,
                globals: g,
                kind: FrameKind::Normal,
            };
            vm.i.frames.clear();
            vm.i.host.native_depth = 0;
            vm.i.frames.push(frame);
        });
        loop {
            let step = self.heap.mutate(|mc, i| {
                let mut vm = Vm { mc, i };
                vm.i.host.fuel = SLICE_FUEL;
                let r = vm.run(0, None);
                match r {
                    Ok(RunExit::OutOfFuel) => Step::More,
                    Ok(_) => {
                        vm.flush_out();
                        Step::Done(None)
                    }
                    Err(e) => {
                        vm.i.frames.clear();
                        Step::Done(Some(report_uncaught(&mut vm, e.0)))
                    }
                }
            });
            match step {
                Step::More => self.heap.between_slices(),
                Step::Done(code) => {
                    self.heap.mutate(|mc, i| Vm { mc, i }.flush_out());
                    return code;
                }
            }
        }
    }
}

fn report_uncaught<'gc>(vm: &mut Vm<'gc, '_>, exc: value::Obj<'gc>) -> i32 {
    if vm.exc_is(exc, E::SystemExit) {
        vm.i.host.system_exit = true;
        let code = vm
            .getattr_opt(Value::Obj(exc), "code")
            .ok()
            .flatten()
            .unwrap_or(Value::None);
        vm.flush_out();
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                let s = vm.str_value(other).unwrap_or_default();
                vm.write_err(&format!("{s}\n"));
                1
            }
        };
    }
    let text = vm.format_exception(exc);
    vm.write_err(&text);
    if let Payload::Exception(_) = exc.payload {}
    1
}

/// Text of a compile error as CPython prints it.
pub fn format_compile_error(e: &CompileError) -> String {
    let mut s = format!("  File \"{}\", line {}\n", e.filename, e.line);
    if !e.text.is_empty() && e.kind != "RecursionError" {
        let trimmed = e.text.trim_start();
        let indent = e.text.len() - trimmed.len();
        s.push_str(&format!("    {}\n", trimmed.trim_end()));
        let caret_col = (e.col as usize).saturating_sub(1).saturating_sub(indent);
        s.push_str(&format!("    {}^\n", " ".repeat(caret_col)));
    }
    if e.kind == "RecursionError" {
        return format!(
            "Traceback (most recent call last):\n  File \"{}\", line {}, in <module>\nRecursionError: {}\n",
            e.filename, e.line, e.msg
        );
    }
    s.push_str(&format!("{}: {}\n", e.kind, e.msg));
    s
}

/// Is `src` an unfinished REPL block (open brackets, trailing colon, or an open block)?
pub fn is_incomplete(src: &str) -> bool {
    let trimmed = src.trim_end_matches([' ', '\t']);
    if trimmed.trim().is_empty() {
        return false;
    }
    let lines: Vec<&str> = trimmed.lines().collect();
    let in_block = lines.len() > 1
        && !src.ends_with("\n\n")
        && lines.first().is_some_and(|l| l.trim_end().ends_with(':'));
    if in_block {
        return true;
    }
    match compile::compile(src, "<stdin>", Mode::Interactive) {
        Ok(_) => false,
        Err(e) => {
            let last_line = src.trim_end().lines().count() as u32;
            e.msg.contains("EOF")
                || (e.line >= last_line && trimmed.trim_end().ends_with(':'))
                || e.msg.contains("expected an indented block")
                || unclosed_brackets(src)
        }
    }
}

fn unclosed_brackets(src: &str) -> bool {
    let mut depth = 0i32;
    for c in src.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}
