//! Runs the container examples as tests: each example's `main` asserts its own outcomes.

#[path = "../examples/lua_weak_table.rs"]
mod lua_weak_table;

#[path = "../examples/finalization_registry.rs"]
mod finalization_registry;

#[test]
fn lua_weak_tables_k_v_kv() {
    lua_weak_table::main();
}

#[test]
fn js_finalization_registry_with_unregister_tokens() {
    finalization_registry::main();
}
