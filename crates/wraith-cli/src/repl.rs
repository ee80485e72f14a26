//! The interactive loop: line editing and history (rustyline), multi-line blocks, and
//! python3-style echo of expression results.
//!
//! Invariant: one `Interpreter` lives for the whole session, so names persist between entries.

use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;
use wraith_python::{Interpreter, ReplStatus};

/// Run the REPL; returns the exit code.
pub fn run() -> i32 {
    let mut interp = Interpreter::new(vec![String::new()]);
    let mut ed = match DefaultEditor::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("wraith: cannot start line editor: {e}");
            return 1;
        }
    };
    println!(
        "wraith {} (Python 3.11 subset on a tracing GC heap)",
        env!("CARGO_PKG_VERSION")
    );
    println!("Type \"exit()\" or Ctrl-D to leave.");
    let mut buf = String::new();
    loop {
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        match ed.readline(prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = ed.add_history_entry(line.as_str());
                }
                buf.push_str(&line);
                buf.push('\n');
                match interp.run_repl(&buf) {
                    ReplStatus::Incomplete => continue,
                    ReplStatus::Done => buf.clear(),
                    ReplStatus::Exit(c) => {
                        interp.shutdown();
                        return c;
                    }
                }
            }
            Err(ReadlineError::Interrupted) => {
                println!("\nKeyboardInterrupt");
                buf.clear();
            }
            Err(ReadlineError::Eof) => {
                println!();
                interp.shutdown();
                return 0;
            }
            Err(e) => {
                eprintln!("wraith: {e}");
                return 1;
            }
        }
    }
}
