//! Smoke tests of the public API.

#[test]
fn compile_print() {
    let code =
        wraith_python::compile::compile("print(1)\n", "<t>", wraith_python::compile::Mode::Exec)
            .unwrap();
    eprintln!("{:?}", code.instrs);
    let mut i = wraith_python::Interpreter::new(vec![]);
    assert_eq!(i.run_source("print(1)\n", "<t>"), 0);
}
