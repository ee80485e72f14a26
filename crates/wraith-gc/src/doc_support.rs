//! Small embedder types for the documentation examples (not part of the API).

use gc_arena::{Collect, Mutation, RefLock};

pub use gc_arena::Gc;

use crate::{Embed, Heap, HeapConfig, WeakSlot};

/// An object with an id.
#[derive(Collect, Debug)]
#[collect(no_drop)]
pub struct Obj(pub u32, pub WeakSlot);

impl Obj {
    /// An object with id `id`.
    pub fn new(id: u32) -> Self {
        Obj(id, WeakSlot::new())
    }
}

/// A value: an integer or an object.
#[derive(Collect, Clone, Debug)]
#[collect(no_drop)]
pub enum Value<'gc> {
    /// An integer.
    Int(i64),
    /// An object.
    Obj(Gc<'gc, Obj>),
}

/// The root: a list of values kept alive.
pub type Root<'gc> = Gc<'gc, RefLock<Vec<Value<'gc>>>>;

/// The embedder.
pub struct Doc;

impl Embed for Doc {
    type Object<'gc> = Obj;
    type Value<'gc> = Value<'gc>;
    type Root<'gc> = Root<'gc>;
    fn weak_slot(obj: &Obj) -> &WeakSlot {
        &obj.1
    }
}

/// A manual heap with an empty root.
pub fn heap() -> Heap<Doc> {
    Heap::new(HeapConfig::manual(), |mc: &Mutation<'_>| {
        Gc::new(mc, RefLock::new(Vec::new()))
    })
}
