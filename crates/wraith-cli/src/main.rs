//! The `wraith` command: run a script, `-c` code, or an interactive REPL on the Wraith heap.
//!
//! Invariant: exit codes follow python3 (0 success, 1 uncaught exception, the `sys.exit`
//! value, 2 usage errors); the interpreter runs on a thread with a large stack so nested
//! native calls never overflow.

#![forbid(unsafe_code)]

mod repl;

use std::process::ExitCode;

use wraith_python::Interpreter;

/// The heap allocates and frees one block per object; mimalloc does both several times faster
/// than the system allocator. It is built without transparent huge pages (`no_thp`): with them,
/// every page mimalloc hands back to the system and takes again costs a 2 MiB zeroing fault
/// (docs/BENCHMARKS.md).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: wraith [option] ... [-c cmd | file | -] [arg] ...";

const HELP: &str = "usage: wraith [option] ... [-c cmd | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the version number and exit (also --version)
--doctest file : run the interactive examples (>>>) of a reST/doctest file
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Job {
    Script(String, Vec<String>),
    Code(String, Vec<String>),
    Stdin(Vec<String>),
    Repl,
    Doctest(String),
}

fn parse(args: &[String]) -> Result<Job, (i32, String)> {
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" | "-?" => return Err((0, HELP.to_string())),
            "-V" | "--version" => {
                return Err((
                    0,
                    format!(
                        "wraith {} (Python 3.11 subset)\n",
                        env!("CARGO_PKG_VERSION")
                    ),
                ));
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    return Err((
                        2,
                        format!(
                            "Argument expected for the -c option\n{USAGE}\nTry `wraith -h' for more information.\n"
                        ),
                    ));
                };
                let mut argv = vec!["-c".to_string()];
                argv.extend_from_slice(&args[i + 2..]);
                return Ok(Job::Code(code.clone(), argv));
            }
            "--doctest" => {
                let Some(file) = args.get(i + 1) else {
                    return Err((
                        2,
                        format!("Argument expected for the --doctest option\n{USAGE}\n"),
                    ));
                };
                return Ok(Job::Doctest(file.clone()));
            }
            "-u" | "-B" | "-E" | "-s" | "-S" => {
                i += 1;
            }
            "-" => return Ok(Job::Stdin(args[i..].to_vec())),
            s if s.starts_with('-') => {
                return Err((
                    2,
                    format!(
                        "Unknown option: {s}\n{USAGE}\nTry `wraith -h' for more information.\n"
                    ),
                ));
            }
            _ => return Ok(Job::Script(a.clone(), args[i..].to_vec())),
        }
    }
    Ok(Job::Repl)
}

fn run(job: Job) -> i32 {
    match job {
        Job::Script(path, argv) => {
            let src = match std::fs::read(&path) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => {
                    let abs = std::fs::canonicalize(&path)
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|_| {
                            std::env::current_dir()
                                .map(|d| d.join(&path).display().to_string())
                                .unwrap_or(path.clone())
                        });
                    let errno = e.raw_os_error().unwrap_or(2);
                    eprintln!(
                        "wraith: can't open file '{abs}': [Errno {errno}] {}",
                        errno_text(&e)
                    );
                    return 2;
                }
            };
            Interpreter::new(argv).run_source(&src, &path)
        }
        Job::Code(code, argv) => Interpreter::new(argv).run_source(&code, "<string>"),
        Job::Stdin(argv) => {
            let mut src = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut src);
            Interpreter::new(argv).run_source(&src, "<stdin>")
        }
        Job::Repl => repl::run(),
        Job::Doctest(path) => match std::fs::read_to_string(&path) {
            Ok(text) => wraith_python::doctest::run(&path, &text),
            Err(e) => {
                eprintln!("wraith: can't open file '{path}': {e}");
                2
            }
        },
    }
}

fn errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let job = match parse(&args) {
        Ok(j) => j,
        Err((code, msg)) => {
            if code == 0 {
                print!("{msg}");
            } else {
                eprint!("{msg}");
            }
            return ExitCode::from(code as u8);
        }
    };
    let handle = std::thread::Builder::new()
        .name("wraith".into())
        .stack_size(wraith_python::RECOMMENDED_STACK)
        .spawn(move || run(job));
    let code = match handle {
        Ok(h) => h.join().unwrap_or(70),
        Err(_) => run_fallback(),
    };
    ExitCode::from((code & 0xff) as u8)
}

fn run_fallback() -> i32 {
    eprintln!("wraith: could not start the interpreter thread");
    70
}
