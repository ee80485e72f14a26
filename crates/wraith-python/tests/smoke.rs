//! End-to-end checks of the public `Interpreter` API (the CLI's contract).

use wraith_python::{Interpreter, ReplStatus};

#[test]
fn exit_codes_follow_python() {
    let mut i = Interpreter::new(vec![]);
    assert_eq!(i.run_source("x = 1\n", "<t>"), 0);
    assert_eq!(i.run_source("raise ValueError('x')\n", "<t>"), 1);
    assert_eq!(i.run_source("import sys\nsys.exit(7)\n", "<t>"), 7);
    assert_eq!(i.run_source("def f(:\n", "<t>"), 1);
}

#[test]
fn repl_keeps_state_and_survives_exceptions() {
    let mut i = Interpreter::new(vec![]);
    assert_eq!(i.run_repl("x = 20\n"), ReplStatus::Done);
    assert_eq!(i.run_repl("def f(a):\n"), ReplStatus::Incomplete);
    assert_eq!(i.run_repl("1/0\n"), ReplStatus::Done);
    assert_eq!(i.run_repl("x += 1\n"), ReplStatus::Done);
    assert_eq!(i.run_repl("exit(x)\n"), ReplStatus::Exit(21));
}

#[test]
fn deep_recursion_is_a_python_error() {
    let mut i = Interpreter::new(vec![]);
    let src = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    pass\n";
    assert_eq!(i.run_source(src, "<t>"), 0);
}

#[test]
fn collection_frees_cycles() {
    let mut i = Interpreter::new(vec![]);
    // `run_source` ends with the at-exit teardown, which already collects `__main__`'s
    // garbage; a REPL entry leaves the cycles for `collect` to free.
    let src = "exec('class N:\\n    pass\\nfor _ in range(1000):\\n    a = N(); b = N(); a.b = b; b.a = a\\n')\n";
    assert_eq!(i.run_repl(src), ReplStatus::Done);
    assert!(i.collect() > 0);
}
