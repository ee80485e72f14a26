//! Methods of the built-in classes (`str`, `list`, `dict`, `set`, `tuple`, `int`, `float`,
//! generators, iterators) and the `object` dunders that user classes inherit.
//!
//! Invariant: a method checks that `self` carries the expected payload before touching it, so
//! `list.append(3, 4)` raises TypeError instead of misbehaving.

use gc_arena::Gc;

use crate::builtins::functions::{arity, kwarg};
use crate::builtins::method;
use crate::compile::code::{BinOp, Cmp};
use crate::object::{DictData, Payload, PyObject};
use crate::value::{Obj, Value};
use crate::vm::native::Kw;
use crate::vm::{E, PyResult, Vm};

fn self_str<'gc>(vm: &Vm<'gc, '_>, args: &[Value<'gc>], name: &str) -> PyResult<'gc, &'gc str> {
    match args.first().and_then(|v| Vm::str_of(*v)) {
        Some(s) => Ok(s),
        None => vm.type_error(format!("descriptor '{name}' requires a 'str' object")),
    }
}

/// `self` of a `str` method that takes no arguments: "str.upper() takes no arguments (1 given)".
fn self_str_noargs<'gc>(
    vm: &Vm<'gc, '_>,
    args: &[Value<'gc>],
    name: &str,
) -> PyResult<'gc, &'gc str> {
    let s = self_str(vm, args, name)?;
    if args.len() > 1 {
        return vm.type_error(format!(
            "str.{name}() takes no arguments ({} given)",
            args.len() - 1
        ));
    }
    Ok(s)
}

fn self_list<'gc>(
    vm: &Vm<'gc, '_>,
    args: &[Value<'gc>],
    name: &str,
) -> PyResult<'gc, gc_arena::lock::GcRefLock<'gc, Vec<Value<'gc>>>> {
    match args.first() {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::List(l) => Ok(*l),
            _ => vm.type_error(format!(
                "descriptor '{name}' for 'list' objects doesn't apply to a '{}' object",
                vm.type_name(Value::Obj(*o))
            )),
        },
        _ => vm.type_error(format!(
            "descriptor '{name}' of 'list' object needs an argument"
        )),
    }
}

fn self_obj<'gc>(vm: &Vm<'gc, '_>, args: &[Value<'gc>], name: &str) -> PyResult<'gc, Obj<'gc>> {
    match args.first() {
        Some(Value::Obj(o)) => Ok(*o),
        _ => vm.type_error(format!("descriptor '{name}' needs an argument")),
    }
}

macro_rules! natives {
    ($($name:ident => |$vm:ident, $a:ident, $kw:ident| $body:block)*) => {
        $(
            #[allow(unused_variables)]
            fn $name<'gc>($vm: &mut Vm<'gc, '_>, $a: &[Value<'gc>], $kw: &Kw<'gc>) -> PyResult<'gc> $body
        )*
    };
}

fn split_ws(s: &str, max: i64) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_start();
    while !rest.is_empty() {
        if max >= 0 && out.len() as i64 == max {
            out.push(rest.to_string());
            return out;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        out.push(rest[..end].to_string());
        rest = rest[end..].trim_start();
    }
    out
}

fn strip_chars<'gc>(vm: &Vm<'gc, '_>, a: &[Value<'gc>]) -> PyResult<'gc, Option<Vec<char>>> {
    match a.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => match Vm::str_of(*v) {
            Some(s) => Ok(Some(s.chars().collect())),
            None => vm.type_error("strip arg must be None or str"),
        },
    }
}

fn str_arg<'gc>(vm: &Vm<'gc, '_>, v: Option<&Value<'gc>>, what: &str) -> PyResult<'gc, &'gc str> {
    match v.and_then(|v| Vm::str_of(*v)) {
        Some(s) => Ok(s),
        None => match v {
            Some(v) => vm.type_error(format!("{what} must be str, not {}", vm.type_name(*v))),
            None => vm.type_error(format!("{what} missing")),
        },
    }
}

fn char_range<'gc>(
    vm: &mut Vm<'gc, '_>,
    s: &str,
    a: &[Value<'gc>],
    from: usize,
) -> PyResult<'gc, (usize, usize)> {
    let n = s.chars().count() as i64;
    let norm = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let st = match a.get(from) {
        Some(v) if !v.is(Value::None) => norm(vm.index_value(*v)?),
        _ => 0,
    };
    let en = match a.get(from + 1) {
        Some(v) if !v.is(Value::None) => norm(vm.index_value(*v)?),
        _ => n,
    };
    let to_byte = |ci: i64| {
        s.char_indices()
            .nth(ci as usize)
            .map(|(b, _)| b)
            .unwrap_or(s.len())
    };
    Ok((to_byte(st), to_byte(en.max(st))))
}

fn byte_to_char(s: &str, b: usize) -> i64 {
    s[..b].chars().count() as i64
}

natives! {
    str_join => |vm, a, kw| {
        if a.len() != 2 {
            return vm.type_error(format!("str.join() takes exactly one argument ({} given)", a.len().saturating_sub(1)));
        }
        let sep = self_str(vm, a, "join")?;
        let items = vm.iterate(a[1])?;
        let mut out = String::new();
        for (i, x) in items.iter().enumerate() {
            if i > 0 { out.push_str(sep); }
            match Vm::str_of(*x) {
                Some(s) => out.push_str(s),
                None => return vm.type_error(format!("sequence item {i}: expected str instance, {} found", vm.type_name(*x))),
            }
        }
        Ok(vm.new_str(out))
    }
    str_split => |vm, a, kw| {
        let s = self_str(vm, a, "split")?;
        let sep = a.get(1).copied().or_else(|| kwarg(kw, "sep")).unwrap_or(Value::None);
        let max = match a.get(2).copied().or_else(|| kwarg(kw, "maxsplit")) { Some(v) => vm.index_value(v)?, None => -1 };
        let parts: Vec<String> = if sep.is(Value::None) {
            split_ws(s, max)
        } else {
            let Some(sep) = Vm::str_of(sep) else {
                return vm.type_error(format!("must be str or None, not {}", vm.type_name(sep)));
            };
            if sep.is_empty() { return vm.value_error("empty separator"); }
            if max >= 0 { s.splitn(max as usize + 1, sep).map(String::from).collect() } else { s.split(sep).map(String::from).collect() }
        };
        let vals = parts.into_iter().map(|p| vm.new_str(p)).collect();
        Ok(vm.new_list(vals))
    }
    str_rsplit => |vm, a, kw| {
        let s = self_str(vm, a, "rsplit")?;
        let sep = a.get(1).copied().or_else(|| kwarg(kw, "sep")).unwrap_or(Value::None);
        let max = match a.get(2).copied().or_else(|| kwarg(kw, "maxsplit")) { Some(v) => vm.index_value(v)?, None => -1 };
        let mut parts: Vec<String> = if sep.is(Value::None) {
            if max < 0 { split_ws(s, -1) } else {
                let rev: String = s.chars().rev().collect();
                let mut p: Vec<String> = split_ws(&rev, max).into_iter().map(|x| x.chars().rev().collect()).collect();
                p.reverse();
                p
            }
        } else {
            let Some(sep) = Vm::str_of(sep) else {
                return vm.type_error(format!("must be str or None, not {}", vm.type_name(sep)));
            };
            if sep.is_empty() { return vm.value_error("empty separator"); }
            if max >= 0 { let mut p: Vec<String> = s.rsplitn(max as usize + 1, sep).map(String::from).collect(); p.reverse(); p } else { s.split(sep).map(String::from).collect() }
        };
        parts.retain(|_| true);
        let vals = parts.into_iter().map(|p| vm.new_str(p)).collect();
        Ok(vm.new_list(vals))
    }
    str_splitlines => |vm, a, kw| {
        let s = self_str(vm, a, "splitlines")?;
        let keep = match a.get(1).copied().or_else(|| kwarg(kw, "keepends")) { Some(v) => vm.truthy(v)?, None => false };
        let mut out = Vec::new();
        let mut cur = String::new();
        let mut it = s.chars().peekable();
        while let Some(c) = it.next() {
            if matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}') {
                let mut end = c.to_string();
                if c == '\r' && it.peek() == Some(&'\n') { it.next(); end.push('\n'); }
                if keep { cur.push_str(&end); }
                out.push(std::mem::take(&mut cur));
            } else { cur.push(c); }
        }
        if !cur.is_empty() { out.push(cur); }
        let vals = out.into_iter().map(|p| vm.new_str(p)).collect();
        Ok(vm.new_list(vals))
    }
    str_strip => |vm, a, kw| {
        let s = self_str(vm, a, "strip")?;
        let r = match strip_chars(vm, a)? { Some(cs) => s.trim_matches(|c| cs.contains(&c)).to_string(), None => s.trim().to_string() };
        Ok(vm.new_str(r))
    }
    str_lstrip => |vm, a, kw| {
        let s = self_str(vm, a, "lstrip")?;
        let r = match strip_chars(vm, a)? { Some(cs) => s.trim_start_matches(|c| cs.contains(&c)).to_string(), None => s.trim_start().to_string() };
        Ok(vm.new_str(r))
    }
    str_rstrip => |vm, a, kw| {
        let s = self_str(vm, a, "rstrip")?;
        let r = match strip_chars(vm, a)? { Some(cs) => s.trim_end_matches(|c| cs.contains(&c)).to_string(), None => s.trim_end().to_string() };
        Ok(vm.new_str(r))
    }
    str_upper => |vm, a, kw| { let s = self_str_noargs(vm, a, "upper")?; Ok(vm.new_str(s.to_uppercase())) }
    str_lower => |vm, a, kw| { let s = self_str_noargs(vm, a, "lower")?; Ok(vm.new_str(s.to_lowercase())) }
    str_casefold => |vm, a, kw| { let s = self_str_noargs(vm, a, "casefold")?; Ok(vm.new_str(s.to_lowercase())) }
    str_swapcase => |vm, a, kw| {
        let s = self_str_noargs(vm, a, "swapcase")?;
        let r: String = s.chars().map(|c| if c.is_uppercase() { c.to_lowercase().to_string() } else { c.to_uppercase().to_string() }).collect();
        Ok(vm.new_str(r))
    }
    str_title => |vm, a, kw| {
        let s = self_str_noargs(vm, a, "title")?;
        let mut out = String::new();
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased { out.extend(c.to_lowercase()); } else { out.extend(c.to_uppercase()); }
            prev_cased = c.is_alphabetic();
        }
        Ok(vm.new_str(out))
    }
    str_capitalize => |vm, a, kw| {
        let s = self_str_noargs(vm, a, "capitalize")?;
        let mut cs = s.chars();
        let r = match cs.next() { Some(f) => f.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(), None => String::new() };
        Ok(vm.new_str(r))
    }
    str_replace => |vm, a, kw| {
        arity(vm, "replace", &a[1.min(a.len())..], 2, 3)?;
        let s = self_str(vm, a, "replace")?;
        let old = str_arg(vm, a.get(1), "replace() argument 1")?;
        let new = str_arg(vm, a.get(2), "replace() argument 2")?;
        let count = match a.get(3) { Some(v) => vm.index_value(*v)?, None => -1 };
        let r = if count < 0 { s.replace(old, new) } else { s.replacen(old, new, count as usize) };
        Ok(vm.new_str(r))
    }
    str_startswith => |vm, a, kw| {
        let s = self_str(vm, a, "startswith")?;
        let (b0, b1) = char_range(vm, s, a, 2)?;
        let sub = &s[b0..b1];
        let pre = a.get(1).copied().unwrap_or(Value::None);
        let cands = match pre { Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => vm.iterate(pre)?, _ => vec![pre] };
        for c in cands {
            match Vm::str_of(c) { Some(p) => if sub.starts_with(p) { return Ok(Value::Bool(true)); }, None => return vm.type_error(format!("startswith first arg must be str or a tuple of str, not {}", vm.type_name(c))) }
        }
        Ok(Value::Bool(false))
    }
    str_endswith => |vm, a, kw| {
        let s = self_str(vm, a, "endswith")?;
        let (b0, b1) = char_range(vm, s, a, 2)?;
        let sub = &s[b0..b1];
        let pre = a.get(1).copied().unwrap_or(Value::None);
        let cands = match pre { Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => vm.iterate(pre)?, _ => vec![pre] };
        for c in cands {
            match Vm::str_of(c) { Some(p) => if sub.ends_with(p) { return Ok(Value::Bool(true)); }, None => return vm.type_error(format!("endswith first arg must be str or a tuple of str, not {}", vm.type_name(c))) }
        }
        Ok(Value::Bool(false))
    }
    str_find => |vm, a, kw| {
        let s = self_str(vm, a, "find")?;
        let sub = str_arg(vm, a.get(1), "must be str")?;
        let (b0, b1) = char_range(vm, s, a, 2)?;
        Ok(Value::Int(match s[b0..b1].find(sub) { Some(p) => byte_to_char(s, b0 + p), None => -1 }))
    }
    str_rfind => |vm, a, kw| {
        let s = self_str(vm, a, "rfind")?;
        let sub = str_arg(vm, a.get(1), "must be str")?;
        let (b0, b1) = char_range(vm, s, a, 2)?;
        Ok(Value::Int(match s[b0..b1].rfind(sub) { Some(p) => byte_to_char(s, b0 + p), None => -1 }))
    }
    str_index => |vm, a, kw| {
        let r = str_find(vm, a, kw)?;
        if matches!(r, Value::Int(-1)) { return vm.value_error("substring not found"); }
        Ok(r)
    }
    str_rindex => |vm, a, kw| {
        let r = str_rfind(vm, a, kw)?;
        if matches!(r, Value::Int(-1)) { return vm.value_error("substring not found"); }
        Ok(r)
    }
    str_count => |vm, a, kw| {
        let s = self_str(vm, a, "count")?;
        let sub = str_arg(vm, a.get(1), "must be str")?;
        let (b0, b1) = char_range(vm, s, a, 2)?;
        let t = &s[b0..b1];
        let n = if sub.is_empty() { t.chars().count() + 1 } else { t.matches(sub).count() };
        Ok(Value::Int(n as i64))
    }
    str_format_m => |vm, a, kw| {
        let s = self_str(vm, a, "format")?;
        let args = crate::builtins::format::FieldArgs::Call(&a[1..], kw);
        let r = crate::builtins::format::str_format(vm, s, &args)?;
        Ok(vm.new_str(r))
    }
    str_format_map => |vm, a, kw| {
        let s = self_str(vm, a, "format_map")?;
        arity(vm, "format_map", &a[1..], 1, 1)?;
        let args = crate::builtins::format::FieldArgs::Map(a[1]);
        let r = crate::builtins::format::str_format(vm, s, &args)?;
        Ok(vm.new_str(r))
    }
    str_isdigit => |vm, a, kw| { let s = self_str_noargs(vm, a, "isdigit")?; Ok(Value::Bool(!s.is_empty() && s.chars().all(|c| c.is_ascii_digit()))) }
    str_isdecimal => |vm, a, kw| { let s = self_str_noargs(vm, a, "isdecimal")?; Ok(Value::Bool(!s.is_empty() && s.chars().all(|c| c.is_ascii_digit()))) }
    str_isnumeric => |vm, a, kw| { let s = self_str_noargs(vm, a, "isnumeric")?; Ok(Value::Bool(!s.is_empty() && s.chars().all(|c| c.is_numeric()))) }
    str_isalpha => |vm, a, kw| { let s = self_str_noargs(vm, a, "isalpha")?; Ok(Value::Bool(!s.is_empty() && s.chars().all(|c| c.is_alphabetic()))) }
    str_isalnum => |vm, a, kw| { let s = self_str_noargs(vm, a, "isalnum")?; Ok(Value::Bool(!s.is_empty() && s.chars().all(|c| c.is_alphanumeric()))) }
    str_isspace => |vm, a, kw| { let s = self_str_noargs(vm, a, "isspace")?; Ok(Value::Bool(!s.is_empty() && s.chars().all(|c| c.is_whitespace()))) }
    str_isidentifier => |vm, a, kw| {
        let s = self_str_noargs(vm, a, "isidentifier")?;
        let mut cs = s.chars();
        Ok(Value::Bool(cs.next().is_some_and(|c| c == '_' || c.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric())))
    }
    str_isupper => |vm, a, kw| { let s = self_str_noargs(vm, a, "isupper")?; Ok(Value::Bool(s.chars().any(|c| c.is_alphabetic()) && !s.chars().any(|c| c.is_lowercase()))) }
    str_islower => |vm, a, kw| { let s = self_str_noargs(vm, a, "islower")?; Ok(Value::Bool(s.chars().any(|c| c.is_alphabetic()) && !s.chars().any(|c| c.is_uppercase()))) }
    str_istitle => |vm, a, kw| {
        let s = self_str_noargs(vm, a, "istitle")?;
        // Uppercase and titlecase letters may only follow uncased characters, lowercase ones
        // only cased characters; at least one cased character is required.
        let (mut cased, mut prev_cased) = (false, false);
        for c in s.chars() {
            if c.is_uppercase() {
                if prev_cased { return Ok(Value::Bool(false)); }
                prev_cased = true;
                cased = true;
            } else if c.is_lowercase() {
                if !prev_cased { return Ok(Value::Bool(false)); }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        Ok(Value::Bool(cased))
    }
    str_center => |vm, a, kw| { justify(vm, a, 'c') }
    str_ljust => |vm, a, kw| { justify(vm, a, 'l') }
    str_rjust => |vm, a, kw| { justify(vm, a, 'r') }
    str_zfill => |vm, a, kw| {
        let s = self_str(vm, a, "zfill")?;
        let w = vm.index_value(a.get(1).copied().unwrap_or(Value::Int(0)))?.max(0) as usize;
        let n = s.chars().count();
        if n >= w { return Ok(vm.new_str(s)); }
        let (sign, rest) = if s.starts_with(['-', '+']) { (&s[..1], &s[1..]) } else { ("", s) };
        Ok(vm.new_str(format!("{sign}{}{rest}", "0".repeat(w - n))))
    }
    str_partition => |vm, a, kw| {
        let s = self_str(vm, a, "partition")?;
        let sep = str_arg(vm, a.get(1), "sep")?;
        if sep.is_empty() { return vm.value_error("empty separator"); }
        let parts = match s.find(sep) { Some(p) => (s[..p].to_string(), sep.to_string(), s[p + sep.len()..].to_string()), None => (s.to_string(), String::new(), String::new()) };
        let v = vec![vm.new_str(parts.0), vm.new_str(parts.1), vm.new_str(parts.2)];
        Ok(vm.new_tuple(v))
    }
    str_rpartition => |vm, a, kw| {
        let s = self_str(vm, a, "rpartition")?;
        let sep = str_arg(vm, a.get(1), "sep")?;
        if sep.is_empty() { return vm.value_error("empty separator"); }
        let parts = match s.rfind(sep) { Some(p) => (s[..p].to_string(), sep.to_string(), s[p + sep.len()..].to_string()), None => (String::new(), String::new(), s.to_string()) };
        let v = vec![vm.new_str(parts.0), vm.new_str(parts.1), vm.new_str(parts.2)];
        Ok(vm.new_tuple(v))
    }
    str_encode => |vm, a, kw| { Err(vm.err(E::NotImplementedError, "bytes are not supported by wraith")) }
    str_removeprefix => |vm, a, kw| {
        let s = self_str(vm, a, "removeprefix")?; let p = str_arg(vm, a.get(1), "prefix")?;
        Ok(vm.new_str(s.strip_prefix(p).unwrap_or(s)))
    }
    str_removesuffix => |vm, a, kw| {
        let s = self_str(vm, a, "removesuffix")?; let p = str_arg(vm, a.get(1), "suffix")?;
        Ok(vm.new_str(s.strip_suffix(p).unwrap_or(s)))
    }

    list_append => |vm, a, kw| {
        arity(vm, "list.append", &a[1.min(a.len())..], 1, 1)?;
        let l = self_list(vm, a, "append")?;
        l.borrow_mut(vm.mc).push(a[1]);
        Ok(Value::None)
    }
    list_extend => |vm, a, kw| {
        arity(vm, "list.extend", &a[1.min(a.len())..], 1, 1)?;
        let l = self_list(vm, a, "extend")?;
        let items = vm.iterate(a[1])?;
        l.borrow_mut(vm.mc).extend(items);
        Ok(Value::None)
    }
    list_insert => |vm, a, kw| {
        arity(vm, "insert", &a[1.min(a.len())..], 2, 2)?;
        let l = self_list(vm, a, "insert")?;
        let i = vm.index_value(a[1])?;
        let mut lb = l.borrow_mut(vm.mc);
        let n = lb.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        lb.insert(j as usize, a[2]);
        Ok(Value::None)
    }
    list_pop => |vm, a, kw| {
        arity(vm, "pop", &a[1.min(a.len())..], 0, 1)?;
        let l = self_list(vm, a, "pop")?;
        let i = match a.get(1) { Some(v) => vm.index_value(*v)?, None => -1 };
        let n = l.borrow().len() as i64;
        if n == 0 { return Err(vm.err(E::IndexError, "pop from empty list")); }
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n { return Err(vm.err(E::IndexError, "pop index out of range")); }
        Ok(l.borrow_mut(vm.mc).remove(j as usize))
    }
    list_remove => |vm, a, kw| {
        arity(vm, "remove", &a[1.min(a.len())..], 1, 1)?;
        let l = self_list(vm, a, "remove")?;
        let items = l.borrow().clone();
        for (i, x) in items.into_iter().enumerate() {
            if x.is(a[1]) || vm.eq(x, a[1])? {
                let mut lb = l.borrow_mut(vm.mc);
                if i < lb.len() { lb.remove(i); }
                return Ok(Value::None);
            }
        }
        vm.value_error("list.remove(x): x not in list")
    }
    list_index => |vm, a, kw| {
        let items = vm.iterate(a.first().copied().unwrap_or(Value::None))?;
        let x = a.get(1).copied().unwrap_or(Value::None);
        let n = items.len() as i64;
        let norm = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
        let st = match a.get(2) { Some(v) => norm(vm.index_value(*v)?), None => 0 };
        let en = match a.get(3) { Some(v) => norm(vm.index_value(*v)?), None => n };
        for i in st..en {
            let y = items[i as usize];
            if y.is(x) || vm.eq(y, x)? { return Ok(Value::Int(i)); }
        }
        let is_tuple = matches!(a.first(), Some(Value::Obj(o)) if matches!(o.payload, Payload::Tuple(_)));
        if is_tuple { return vm.value_error("tuple.index(x): x not in tuple"); }
        let r = vm.repr(x)?;
        vm.value_error(format!("{r} is not in list"))
    }
    list_count => |vm, a, kw| {
        let items = vm.iterate(a.first().copied().unwrap_or(Value::None))?;
        let x = a.get(1).copied().unwrap_or(Value::None);
        let mut c = 0;
        for y in items { if y.is(x) || vm.eq(y, x)? { c += 1; } }
        Ok(Value::Int(c))
    }
    list_reverse => |vm, a, kw| { let l = self_list(vm, a, "reverse")?; l.borrow_mut(vm.mc).reverse(); Ok(Value::None) }
    list_clear => |vm, a, kw| { let l = self_list(vm, a, "clear")?; l.borrow_mut(vm.mc).clear(); Ok(Value::None) }
    list_copy => |vm, a, kw| { let l = self_list(vm, a, "copy")?; let v = l.borrow().clone(); Ok(vm.new_list(v)) }

    dict_keys => |vm, a, kw| { let d = self_obj(vm, a, "keys")?; Ok(view(vm, d, 0)) }
    dict_values => |vm, a, kw| { let d = self_obj(vm, a, "values")?; Ok(view(vm, d, 1)) }
    dict_items => |vm, a, kw| { let d = self_obj(vm, a, "items")?; Ok(view(vm, d, 2)) }
    dict_get => |vm, a, kw| {
        arity(vm, "get", &a[1.min(a.len())..], 1, 2)?;
        let d = self_obj(vm, a, "get")?;
        Ok(vm.dict_get(d, a[1])?.unwrap_or(a.get(2).copied().unwrap_or(Value::None)))
    }
    dict_pop => |vm, a, kw| {
        arity(vm, "pop", &a[1.min(a.len())..], 1, 2)?;
        let d = self_obj(vm, a, "pop")?;
        match vm.dict_get(d, a[1])? {
            Some(v) => { vm.dict_del(d, a[1])?; Ok(v) }
            None => match a.get(2) { Some(v) => Ok(*v), None => Err(vm.key_error(a[1])) },
        }
    }
    dict_popitem => |vm, a, kw| {
        let d = self_obj(vm, a, "popitem")?;
        let r = match &d.payload { Payload::Dict(x) => x.borrow_mut(vm.mc).pop_last(), _ => None };
        match r { Some((k, v)) => Ok(vm.new_tuple(vec![k, v])), None => Err(vm.err(E::KeyError, "popitem(): dictionary is empty")) }
    }
    dict_setdefault => |vm, a, kw| {
        arity(vm, "setdefault", &a[1.min(a.len())..], 1, 2)?;
        let d = self_obj(vm, a, "setdefault")?;
        match vm.dict_get(d, a[1])? {
            Some(v) => Ok(v),
            None => { let v = a.get(2).copied().unwrap_or(Value::None); vm.dict_set(d, a[1], v)?; Ok(v) }
        }
    }
    dict_update_m => |vm, a, kw| {
        let d = self_obj(vm, a, "update")?;
        if let Some(&x) = a.get(1) { vm.dict_update(d, x)?; }
        for &(k, v) in kw { vm.dict_set(d, k, v)?; }
        Ok(Value::None)
    }
    dict_clear => |vm, a, kw| {
        let d = self_obj(vm, a, "clear")?;
        if let Payload::Dict(x) | Payload::Set(x) = &d.payload { x.borrow_mut(vm.mc).clear(); }
        Ok(Value::None)
    }
    dict_copy => |vm, a, kw| {
        let d = self_obj(vm, a, "copy")?;
        let n = vm.new_dict_obj();
        vm.dict_update(n, Value::Obj(d))?;
        Ok(Value::Obj(n))
    }
    dict_fromkeys => |vm, a, kw| {
        arity(vm, "fromkeys", &a[1.min(a.len())..], 1, 2)?;
        let cls = a[0];
        let d = vm.call(cls, &[], &[])?;
        let v = a.get(2).copied().unwrap_or(Value::None);
        for k in vm.iterate(a[1])? { vm.setitem(d, k, v)?; }
        Ok(d)
    }

    set_add_m => |vm, a, kw| { arity(vm, "add", &a[1.min(a.len())..], 1, 1)?; let s = self_obj(vm, a, "add")?; vm.set_add(s, a[1])?; Ok(Value::None) }
    set_remove => |vm, a, kw| {
        arity(vm, "remove", &a[1.min(a.len())..], 1, 1)?;
        let s = self_obj(vm, a, "remove")?;
        if !vm.dict_del(s, a[1])? { return Err(vm.key_error(a[1])); }
        Ok(Value::None)
    }
    set_discard => |vm, a, kw| { arity(vm, "discard", &a[1.min(a.len())..], 1, 1)?; let s = self_obj(vm, a, "discard")?; vm.dict_del(s, a[1])?; Ok(Value::None) }
    set_pop => |vm, a, kw| {
        let s = self_obj(vm, a, "pop")?;
        let r = match &s.payload { Payload::Set(x) => x.borrow_mut(vm.mc).pop_set(), _ => None };
        match r { Some((k, _)) => Ok(k), None => Err(vm.err(E::KeyError, "pop from an empty set")) }
    }
    set_copy => |vm, a, kw| {
        let s = a.first().copied().unwrap_or(Value::None);
        let frozen = vm.isinstance(s, vm.i.types.frozenset);
        Ok(Value::Obj(vm.set_from_iter(s, frozen)?))
    }
    set_update => |vm, a, kw| {
        let s = self_obj(vm, a, "update")?;
        for &o in &a[1..] { crate::builtins::set::update(vm, s, o)?; }
        Ok(Value::None)
    }
    set_intersection_update => |vm, a, kw| { set_inplace(vm, a, BinOp::And) }
    set_difference_update => |vm, a, kw| { set_inplace(vm, a, BinOp::Sub) }
    set_symdiff_update => |vm, a, kw| { set_inplace(vm, a, BinOp::Xor) }
    str_expandtabs => |vm, a, kw| {
        let s = self_str(vm, a, "expandtabs")?;
        let ts = match a.get(1).copied().or_else(|| kwarg(kw, "tabsize")) { Some(v) => vm.index_value(v)?, None => 8 };
        let mut out = String::new();
        let mut col = 0i64;
        for c in s.chars() {
            match c {
                '\t' => {
                    if ts > 0 {
                        let n = ts - col % ts;
                        out.push_str(&" ".repeat(n as usize));
                        col += n;
                    }
                }
                '\n' | '\r' => { out.push(c); col = 0; }
                _ => { out.push(c); col += 1; }
            }
        }
        Ok(vm.new_str(out))
    }
    set_union => |vm, a, kw| { set_multi(vm, a, BinOp::Or) }
    set_intersection => |vm, a, kw| { set_multi(vm, a, BinOp::And) }
    set_difference => |vm, a, kw| { set_multi(vm, a, BinOp::Sub) }
    set_symdiff => |vm, a, kw| { set_multi(vm, a, BinOp::Xor) }
    proxy_keys => |vm, a, kw| { proxy_call(vm, a, kw, dict_keys) }
    proxy_values => |vm, a, kw| { proxy_call(vm, a, kw, dict_values) }
    proxy_items => |vm, a, kw| { proxy_call(vm, a, kw, dict_items) }
    proxy_get => |vm, a, kw| { proxy_call(vm, a, kw, dict_get) }
    proxy_copy => |vm, a, kw| { proxy_call(vm, a, kw, dict_copy) }
    view_isdisjoint => |vm, a, kw| {
        arity(vm, "isdisjoint", &a[1.min(a.len())..], 1, 1)?;
        let view = a[0];
        for x in vm.iterate(a[1])? {
            if vm.contains(view, x)? {
                return Ok(Value::Bool(false));
            }
        }
        Ok(Value::Bool(true))
    }
    set_issubset => |vm, a, kw| {
        let other = vm.set_from_iter(a.get(1).copied().unwrap_or(Value::None), true)?;
        for x in vm.iterate(a[0])? { if !vm.set_contains(other, x)? { return Ok(Value::Bool(false)); } }
        Ok(Value::Bool(true))
    }
    set_issuperset => |vm, a, kw| {
        let s = self_obj(vm, a, "issuperset")?;
        for x in vm.iterate(a.get(1).copied().unwrap_or(Value::None))? { if !vm.set_contains(s, x)? { return Ok(Value::Bool(false)); } }
        Ok(Value::Bool(true))
    }
    set_isdisjoint => |vm, a, kw| {
        let s = self_obj(vm, a, "isdisjoint")?;
        for x in vm.iterate(a.get(1).copied().unwrap_or(Value::None))? { if vm.set_contains(s, x)? { return Ok(Value::Bool(false)); } }
        Ok(Value::Bool(true))
    }

    int_bit_length => |vm, a, kw| {
        let b = crate::vm::arith::as_bigint(a.first().copied().unwrap_or(Value::None)).unwrap_or_default();
        Ok(Value::Int(b.bits() as i64))
    }
    int_conjugate => |vm, a, kw| { Ok(a.first().copied().unwrap_or(Value::None)) }
    float_is_integer => |vm, a, kw| {
        match a.first() { Some(Value::Float(f)) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)), _ => vm.type_error("is_integer needs a float") }
    }

    gen_send => |vm, a, kw| {
        arity(vm, "send", &a[1.min(a.len())..], 1, 1)?;
        let g = self_obj(vm, a, "send")?;
        match vm.gen_resume(g, a[1], None)? {
            crate::vm::call::GenStep::Yield(v) => Ok(v),
            crate::vm::call::GenStep::Return(v) => Err(vm.stop_iteration(v)),
        }
    }
    gen_throw => |vm, a, kw| {
        let g = self_obj(vm, a, "throw")?;
        let e = vm.exception_from(a.get(1).copied().unwrap_or(Value::None))?;
        match vm.gen_resume(g, Value::None, Some(e))? {
            crate::vm::call::GenStep::Yield(v) => Ok(v),
            crate::vm::call::GenStep::Return(v) => Err(vm.stop_iteration(v)),
        }
    }
    gen_close => |vm, a, kw| {
        let g = self_obj(vm, a, "close")?;
        let started = match &g.payload { Payload::Generator(st) => st.borrow().frame.as_ref().map(|f| f.pc > 0), _ => None };
        match started {
            Some(true) => {}
            Some(false) => { if let Payload::Generator(st) = &g.payload { st.borrow_mut(vm.mc).frame = None; } return Ok(Value::None); }
            None => return Ok(Value::None),
        }
        let e = vm.err0(E::GeneratorExit);
        match vm.gen_resume(g, Value::None, Some(e.0)) {
            Ok(crate::vm::call::GenStep::Yield(_)) => Err(vm.err(E::RuntimeError, "generator ignored GeneratorExit")),
            Ok(_) => Ok(Value::None),
            Err(err) if vm.exc_is(err.0, E::GeneratorExit) || vm.exc_is(err.0, E::StopIteration) => Ok(Value::None),
            Err(err) => Err(err),
        }
    }
    iter_self => |vm, a, kw| { Ok(a.first().copied().unwrap_or(Value::None)) }
    iter_next_m => |vm, a, kw| {
        let it = a.first().copied().unwrap_or(Value::None);
        match vm.next(it)? { Some(v) => Ok(v), None => Err(vm.err0(E::StopIteration)) }
    }
    range_index => |vm, a, kw| {
        let r = a.first().copied().unwrap_or(Value::None);
        let x = a.get(1).copied().unwrap_or(Value::None);
        if let Value::Obj(o) = r && let Some(b) = crate::builtins::range::bounds(o)
            && let Some(crate::vm::arith::Num::I(_) | crate::vm::arith::Num::B(_)) = crate::vm::arith::as_num(x)
            && let Some(i) = crate::vm::arith::as_bigint(x)
            && crate::builtins::range::contains(&b, &i) {
            let n = (i - &b.start) / &b.step;
            return Ok(crate::object::int_from_big(vm.mc, vm.i.types.int, n));
        }
        if !matches!(x, Value::Int(_) | Value::Bool(_)) && vm.contains(r, x)? {
            for (n, y) in vm.iterate(r)?.into_iter().enumerate() { if vm.eq(y, x)? { return Ok(Value::Int(n as i64)); } }
        }
        let rs = vm.repr(x)?;
        vm.value_error(format!("{rs} is not in range"))
    }
    range_count => |vm, a, kw| {
        let r = a.first().copied().unwrap_or(Value::None);
        let x = a.get(1).copied().unwrap_or(Value::None);
        let big = matches!(r, Value::Obj(o) if matches!(o.payload, Payload::BigRange(_)));
        let int = matches!(crate::vm::arith::as_num(x), Some(crate::vm::arith::Num::I(_) | crate::vm::arith::Num::B(_)));
        if big || (int && !vm.is_user(x)) {
            return Ok(Value::Int(i64::from(vm.contains(r, x)?)));
        }
        list_count(vm, a, kw)
    }

    obj_eq => |vm, a, kw| {
        arity(vm, "__eq__", a, 2, 2)?;
        Ok(if a[0].is(a[1]) { Value::Bool(true) } else { vm.not_impl() })
    }
    obj_ne => |vm, a, kw| {
        arity(vm, "__ne__", a, 2, 2)?;
        // As CPython: the inverse of self's own `__eq__`, not of the whole `==` protocol.
        let r = match vm.lookup_type(vm.class_of(a[0]), "__eq__") {
            Some(eq) => vm.call_found(eq, a[0], &[a[1]])?,
            None => vm.not_impl(),
        };
        if vm.is_not_impl(r) { return Ok(r); }
        let t = vm.truthy(r)?;
        Ok(Value::Bool(!t))
    }
    obj_hash => |vm, a, kw| {
        let v = a.first().copied().unwrap_or(Value::None);
        Ok(Value::Int(match v { Value::Obj(o) => (Gc::as_ptr(o) as usize >> 4) as i64, _ => vm.hash(v)? }))
    }
    obj_repr => |vm, a, kw| {
        let v = a.first().copied().unwrap_or(Value::None);
        let cls = vm.class_of(v);
        let module = vm.type_dict_get(cls, "__module__").and_then(Vm::str_of).unwrap_or("builtins").to_string();
        let qn = cls.as_type().map(|t| t.qualname.to_string()).unwrap_or_default();
        let addr = match v { Value::Obj(o) => Gc::as_ptr(o) as usize, _ => 0 };
        Ok(vm.new_str(if module == "builtins" { format!("<{qn} object at {addr:#x}>") } else { format!("<{module}.{qn} object at {addr:#x}>") }))
    }
    obj_str => |vm, a, kw| {
        let v = a.first().copied().unwrap_or(Value::None);
        let s = vm.repr(v)?;
        Ok(vm.new_str(s))
    }
    obj_format => |vm, a, kw| {
        let v = a.first().copied().unwrap_or(Value::None);
        let spec = a.get(1).and_then(|s| Vm::str_of(*s)).unwrap_or("");
        if !spec.is_empty() { return vm.type_error(format!("unsupported format string passed to {}.__format__", vm.type_name(v))); }
        let s = vm.str_value(v)?;
        Ok(vm.new_str(s))
    }
    obj_setattr => |vm, a, kw| {
        arity(vm, "__setattr__", a, 3, 3)?;
        let Some(n) = Vm::str_of(a[1]) else { return vm.type_error("attribute name must be string") };
        vm.generic_setattr(a[0], a[1], n, a[2])?;
        Ok(Value::None)
    }
    obj_delattr => |vm, a, kw| {
        arity(vm, "__delattr__", a, 2, 2)?;
        let Some(n) = Vm::str_of(a[1]) else { return vm.type_error("attribute name must be string") };
        vm.generic_delattr(a[0], a[1], n)?;
        Ok(Value::None)
    }
    obj_getattribute => |vm, a, kw| {
        arity(vm, "__getattribute__", a, 2, 2)?;
        let Some(n) = Vm::str_of(a[1]) else { return vm.type_error("attribute name must be string") };
        vm.getattr_str(a[0], n)
    }
    obj_dir => |vm, a, kw| { Ok(vm.new_list(vec![])) }

    slot_getitem => |vm, a, kw| {
        arity(vm, "__getitem__", a, 2, 2)?;
        let o = self_obj(vm, a, "__getitem__")?;
        crate::builtins::seq::native_getitem(vm, o, a[1])
    }
    slot_setitem => |vm, a, kw| {
        arity(vm, "__setitem__", a, 3, 3)?;
        let o = self_obj(vm, a, "__setitem__")?;
        match &o.payload {
            Payload::Dict(_) => vm.dict_set(o, a[1], a[2])?,
            Payload::List(_) if matches!(a[1], Value::Obj(k) if matches!(k.payload, Payload::Slice(..))) => {
                if let Value::Obj(k) = a[1] {
                    crate::builtins::seq::list_set_slice(vm, o, k, a[2])?;
                }
            }
            Payload::List(l) => {
                let i = vm.seq_index(a[1], "list")?;
                let mut lb = l.borrow_mut(vm.mc);
                let n = lb.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n { drop(lb); return Err(vm.err(E::IndexError, "list assignment index out of range")); }
                lb[j as usize] = a[2];
            }
            _ => return vm.type_error("__setitem__ on unsupported object"),
        }
        Ok(Value::None)
    }
    slot_delitem => |vm, a, kw| {
        arity(vm, "__delitem__", a, 2, 2)?;
        let o = self_obj(vm, a, "__delitem__")?;
        match &o.payload {
            Payload::Dict(_) => { if !vm.dict_del(o, a[1])? { return Err(vm.key_error(a[1])); } }
            Payload::List(l) => {
                let i = vm.seq_index(a[1], "list")?;
                let mut lb = l.borrow_mut(vm.mc);
                let n = lb.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n { drop(lb); return Err(vm.err(E::IndexError, "list assignment index out of range")); }
                lb.remove(j as usize);
            }
            _ => return vm.type_error("__delitem__ on unsupported object"),
        }
        Ok(Value::None)
    }
    slot_len => |vm, a, kw| {
        let o = self_obj(vm, a, "__len__")?;
        let n = match &o.payload {
            Payload::Str(s) => s.chars, Payload::Tuple(t) => t.len(), Payload::List(l) => l.borrow().len(),
            Payload::Dict(d) | Payload::Set(d) => d.borrow().len(), _ => 0,
        };
        Ok(Value::Int(n as i64))
    }
    slot_contains => |vm, a, kw| {
        arity(vm, "__contains__", a, 2, 2)?;
        let o = self_obj(vm, a, "__contains__")?;
        Ok(Value::Bool(match &o.payload {
            Payload::Dict(_) => vm.dict_get(o, a[1])?.is_some(),
            Payload::Set(_) => vm.set_contains(o, a[1])?,
            Payload::Str(_) => { let plain = strip(vm, o); vm.contains(plain, a[1])? }
            _ => { let items = native_items(vm, o); let mut f = false; for x in items { if x.is(a[1]) || vm.eq(x, a[1])? { f = true; break; } } f }
        }))
    }
    slot_iter => |vm, a, kw| {
        let o = self_obj(vm, a, "__iter__")?;
        let st = match &o.payload {
            Payload::List(_) | Payload::Tuple(_) => crate::object::IterState::Seq(Value::Obj(o), 0),
            Payload::Dict(d) | Payload::Set(d) => crate::object::IterState::Dict(o, 0, 0, d.borrow().len()),
            Payload::Str(_) => crate::object::IterState::Str(o, 0),
            _ => return vm.type_error("__iter__ on unsupported object"),
        };
        Ok(vm.new_iter(st))
    }
    slot_repr => |vm, a, kw| {
        if let Some(v @ (Value::Int(_) | Value::Float(_) | Value::Bool(_))) = a.first().copied() {
            let s = vm.repr(v)?;
            return Ok(vm.new_str(s));
        }
        let o = self_obj(vm, a, "__repr__")?;
        let items = native_items(vm, o);
        let s = match &o.payload {
            Payload::List(_) => { let mut p = Vec::new(); for x in items { p.push(vm.repr(x)?); } format!("[{}]", p.join(", ")) }
            Payload::Dict(d) => {
                let kv: Vec<(Value, Value)> = d.borrow().iter().collect();
                let mut p = Vec::new();
                for (k, v) in kv { p.push(format!("{}: {}", vm.repr(k)?, vm.repr(v)?)); }
                format!("{{{}}}", p.join(", "))
            }
            Payload::Str(s) => crate::vm::ops::str_repr(&s.text),
            Payload::Exception(_) => {
                let cname = vm.type_name(Value::Obj(o));
                let args = vm.getattr_str(Value::Obj(o), "args")?;
                let items = vm.iterate(args)?;
                let mut p = Vec::new();
                for x in &items { p.push(vm.repr(*x)?); }
                format!("{cname}({})", p.join(", "))
            }
            Payload::BigInt(_) | Payload::Float(_) | Payload::Tuple(_) | Payload::Set(_) => {
                // A subclass instance: the built-in repr of its value.
                let plain = strip(vm, o);
                if let Value::Obj(p) = plain && Gc::ptr_eq(p, o) && vm.is_user(plain) {
                    return obj_repr(vm, a, kw);
                }
                let s = vm.repr(plain)?;
                if let (Payload::Set(_), Some(t)) = (&o.payload, o.class.get().and_then(|c| c.as_type().map(|t| t.name.to_string()))) {
                    // `Tags({1, 2})`: CPython names the subclass around the set display.
                    if vm.is_user(Value::Obj(o)) {
                        let inner = match s.as_str() {
                            "set()" | "frozenset()" => "",
                            _ => s.strip_prefix("frozenset(").and_then(|x| x.strip_suffix(')')).unwrap_or(&s),
                        }.to_string();
                        return Ok(vm.new_str(format!("{t}({inner})")));
                    }
                }
                s
            }
            _ => return obj_repr(vm, a, kw),
        };
        Ok(vm.new_str(s))
    }
    slot_str_exc => |vm, a, kw| {
        let o = self_obj(vm, a, "__str__")?;
        let args = match Vm::exc_data(o) { Some(d) => d.borrow().args, None => Value::None };
        let items = vm.iterate(args)?;
        let s = match items.len() { 0 => String::new(), 1 => vm.str_value(items[0])?, _ => vm.repr(args)? };
        Ok(vm.new_str(s))
    }
    slot_eq => |vm, a, kw| {
        arity(vm, "__eq__", a, 2, 2)?;
        let (x, y) = (a[0], a[1]);
        if x.is(y) { return Ok(Value::Bool(true)); }
        match (x, y) {
            (Value::Obj(p), Value::Obj(q)) if std::mem::discriminant(&p.payload) == std::mem::discriminant(&q.payload) => {
                let (px, py) = (strip(vm, p), strip(vm, q));
                let r = vm.eq(px, py)?;
                Ok(Value::Bool(r))
            }
            _ => {
                if let (Some(_), Some(_)) = (crate::vm::arith::as_num(x), crate::vm::arith::as_num(y)) {
                    let r = vm.compare(strip_v(vm, x), strip_v(vm, y), Cmp::Eq)?;
                    return Ok(r);
                }
                Ok(vm.not_impl())
            }
        }
    }
    slot_hash => |vm, a, kw| {
        let v = a.first().copied().unwrap_or(Value::None);
        let s = strip_v(vm, v);
        Ok(Value::Int(vm.hash(s)?))
    }
}

fn strip<'gc>(vm: &Vm<'gc, '_>, o: Obj<'gc>) -> Value<'gc> {
    strip_v(vm, Value::Obj(o))
}

/// A plain built-in copy of a subclass instance's payload (for slot wrappers).
fn strip_v<'gc>(vm: &Vm<'gc, '_>, v: Value<'gc>) -> Value<'gc> {
    let Value::Obj(o) = v else { return v };
    if !vm.is_user(v) {
        return v;
    }
    match &o.payload {
        Payload::Str(s) => vm.new_str(&*s.text),
        Payload::BigInt(b) => crate::object::int_from_big(vm.mc, vm.i.types.int, (**b).clone()),
        Payload::Float(f) => Value::Float(*f),
        Payload::Tuple(t) => vm.new_tuple(t.to_vec()),
        Payload::List(l) => Value::Obj(PyObject::alloc(
            vm.mc,
            Some(vm.i.types.list),
            None,
            Payload::List(*l),
        )),
        Payload::Dict(d) => Value::Obj(PyObject::alloc(
            vm.mc,
            Some(vm.i.types.dict),
            None,
            Payload::Dict(*d),
        )),
        Payload::Set(d) => Value::Obj(PyObject::alloc(
            vm.mc,
            Some(vm.i.types.set),
            None,
            Payload::Set(*d),
        )),
        _ => v,
    }
}

fn native_items<'gc>(_vm: &Vm<'gc, '_>, o: Obj<'gc>) -> Vec<Value<'gc>> {
    match &o.payload {
        Payload::List(l) => l.borrow().clone(),
        Payload::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// `intersection_update`, `difference_update`, `symmetric_difference_update` in place, as
/// CPython does them (the first builds the intersection and takes its body).
fn set_inplace<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], op: BinOp) -> PyResult<'gc> {
    use crate::builtins::set;
    let s = self_obj(vm, a, "update")?;
    match op {
        BinOp::And => {
            let r = set_multi(vm, a, op)?;
            if let Value::Obj(r) = r {
                set::take_body(vm, s, r);
            }
        }
        BinOp::Sub => {
            for &o in &a[1..] {
                set::difference_update(vm, s, o)?;
            }
        }
        _ => {
            arity(vm, "set.symmetric_difference_update", &a[1..], 1, 1)?;
            set::symmetric_difference_update(vm, s, a[1])?;
        }
    }
    Ok(Value::None)
}

/// `union`, `intersection`, `difference`, `symmetric_difference` with their CPython
/// argument handling (each later argument applied to the result so far).
fn set_multi<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], op: BinOp) -> PyResult<'gc> {
    use crate::builtins::set;
    let first = a.first().copied().unwrap_or(Value::None);
    let frozen = vm.isinstance(first, vm.i.types.frozenset);
    if op == BinOp::Xor {
        arity(vm, "set.symmetric_difference", &a[1.min(a.len())..], 1, 1)?;
    }
    let Some(&second) = a.get(1) else {
        return Ok(Value::Obj(vm.set_from_iter(first, frozen)?));
    };
    let result = match op {
        BinOp::Or => {
            let r = set::union(vm, first, second)?;
            for &o in &a[2..] {
                set::update(vm, r, o)?;
            }
            r
        }
        BinOp::And => {
            let mut r = set::intersection(vm, first, second)?;
            for &o in &a[2..] {
                r = set::intersection(vm, Value::Obj(r), o)?;
            }
            r
        }
        BinOp::Sub => {
            let r = set::difference(vm, first, second)?;
            for &o in &a[2..] {
                set::difference_update(vm, r, o)?;
            }
            r
        }
        _ => set::symmetric_difference(vm, first, second)?,
    };
    Ok(Value::Obj(result))
}

/// A `mappingproxy` method: the `dict` method `f` applied to the wrapped dict.
fn proxy_call<'gc>(
    vm: &mut Vm<'gc, '_>,
    a: &[Value<'gc>],
    kw: &Kw<'gc>,
    f: crate::vm::native::NativeFn,
) -> PyResult<'gc> {
    let Some(Value::Obj(p)) = a.first().copied() else {
        return vm.type_error("descriptor needs a 'mappingproxy' object");
    };
    let Payload::DictView(d, 3) = p.payload else {
        return vm.type_error(format!(
            "descriptor for 'mappingproxy' objects doesn't apply to a '{}' object",
            vm.type_name(Value::Obj(p))
        ));
    };
    let mut args = a.to_vec();
    args[0] = Value::Obj(d);
    f(vm, &args, kw)
}

fn view<'gc>(vm: &Vm<'gc, '_>, d: Obj<'gc>, k: u8) -> Value<'gc> {
    let cls = match k {
        0 => vm.i.types.dict_keys,
        1 => vm.i.types.dict_values,
        _ => vm.i.types.dict_items,
    };
    Value::Obj(PyObject::alloc(
        vm.mc,
        Some(cls),
        None,
        Payload::DictView(d, k),
    ))
}

fn justify<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], how: char) -> PyResult<'gc> {
    let s = self_str(vm, a, "just")?;
    let w = vm
        .index_value(a.get(1).copied().unwrap_or(Value::Int(0)))?
        .max(0) as usize;
    let fill = match a.get(2) {
        Some(v) => match Vm::str_of(*v) {
            Some(f) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
            _ => return vm.type_error("The fill character must be exactly one character long"),
        },
        None => ' ',
    };
    let n = s.chars().count();
    if n >= w {
        return Ok(vm.new_str(s));
    }
    let p = w - n;
    let f = |k: usize| fill.to_string().repeat(k);
    let r = match how {
        'l' => format!("{s}{}", f(p)),
        'r' => format!("{}{s}", f(p)),
        _ => {
            let left = p / 2 + (p & w & 1);
            format!("{}{s}{}", f(left), f(p - left))
        }
    };
    Ok(vm.new_str(r))
}

/// `list.sort(key=None, reverse=False)` — stable merge sort calling `<`.
pub fn list_sort<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let l = self_list(vm, a, "sort")?;
    if a.len() > 1 {
        return vm.type_error("sort() takes no positional arguments");
    }
    let key = kwarg(kw, "key").filter(|k| !k.is(Value::None));
    let reverse = match kwarg(kw, "reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let items = std::mem::take(&mut *l.borrow_mut(vm.mc));
    let keys = match key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for &x in &items {
                match vm.call(k, &[x], &[]) {
                    Ok(v) => ks.push(v),
                    Err(e) => {
                        *l.borrow_mut(vm.mc) = items;
                        return Err(e);
                    }
                }
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let mut err = None;
    let all_int = keys.iter().all(|k| matches!(k, Value::Int(_)));
    if all_int {
        idx.sort_by_key(|&i| if let Value::Int(x) = keys[i] { x } else { 0 });
    } else {
        merge_sort(&mut idx, &mut |x, y| {
            if err.is_some() {
                return false;
            }
            match vm
                .compare(keys[y], keys[x], Cmp::Lt)
                .and_then(|r| vm.truthy(r))
            {
                Ok(b) => b,
                Err(e) => {
                    err = Some(e);
                    false
                }
            }
        });
    }
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<Value<'gc>> = idx.into_iter().map(|i| items[i]).collect();
    *l.borrow_mut(vm.mc) = if err.is_some() { items } else { sorted };
    if let Some(e) = err {
        return Err(e);
    }
    Ok(Value::None)
}

/// Stable merge sort; `less(a, b)` is "b < a is false" style: returns true if `b` must come
/// before `a` (i.e. keys`[b]` < keys`[a]`).
fn merge_sort(v: &mut Vec<usize>, less: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut buf = v.clone();
    let mut width = 1;
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let hi = (i + 2 * width).min(n);
            let (mut a, mut b, mut k) = (i, mid, i);
            while a < mid && b < hi {
                if less(v[a], v[b]) {
                    buf[k] = v[b];
                    b += 1;
                } else {
                    buf[k] = v[a];
                    a += 1;
                }
                k += 1;
            }
            while a < mid {
                buf[k] = v[a];
                a += 1;
                k += 1;
            }
            while b < hi {
                buf[k] = v[b];
                b += 1;
                k += 1;
            }
            i += 2 * width;
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
}

fn list_sort_m<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    list_sort(vm, a, kw)
}

/// Register methods.
pub fn register(vm: &mut Vm<'_, '_>) {
    let t = &vm.i.types;
    let (object, str_, list, tuple, dict, set, frozenset, int, float, generator, iter, range) = (
        t.object,
        t.str_,
        t.list,
        t.tuple,
        t.dict,
        t.set,
        t.frozenset,
        t.int,
        t.float,
        t.generator,
        t.iterator,
        t.range,
    );
    let (en, zip, map, filter, rev) = (t.enumerate, t.zip, t.map, t.filter, t.reversed);
    let base_exc = t.exc[E::BaseException as usize];
    method(vm, object, "__eq__", obj_eq);
    method(vm, object, "__ne__", obj_ne);
    method(vm, object, "__hash__", obj_hash);
    method(vm, object, "__repr__", obj_repr);
    method(vm, object, "__str__", obj_str);
    method(vm, object, "__format__", obj_format);
    method(vm, object, "__setattr__", obj_setattr);
    method(vm, object, "__delattr__", obj_delattr);
    method(vm, object, "__getattribute__", obj_getattribute);
    method(vm, object, "__dir__", obj_dir);
    let strs: &[(&'static str, crate::vm::native::NativeFn)] = &[
        ("join", str_join),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("swapcase", str_swapcase),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("replace", str_replace),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("format", str_format_m),
        ("format_map", str_format_map),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isidentifier", str_isidentifier),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("encode", str_encode),
        ("removeprefix", str_removeprefix),
        ("expandtabs", str_expandtabs),
        ("removesuffix", str_removesuffix),
        ("__getitem__", slot_getitem),
        ("__len__", slot_len),
        ("__contains__", slot_contains),
        ("__iter__", slot_iter),
        ("__repr__", slot_repr),
        ("__eq__", slot_eq),
        ("__hash__", slot_hash),
    ];
    for (n, f) in strs {
        method(vm, str_, n, *f);
    }
    let lists: &[(&'static str, crate::vm::native::NativeFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("reverse", list_reverse),
        ("clear", list_clear),
        ("copy", list_copy),
        ("sort", list_sort_m),
        ("__getitem__", slot_getitem),
        ("__setitem__", slot_setitem),
        ("__delitem__", slot_delitem),
        ("__len__", slot_len),
        ("__contains__", slot_contains),
        ("__iter__", slot_iter),
        ("__repr__", slot_repr),
        ("__eq__", slot_eq),
    ];
    for (n, f) in lists {
        method(vm, list, n, *f);
    }
    for (n, f) in [
        ("index", list_index as crate::vm::native::NativeFn),
        ("count", list_count),
        ("__getitem__", slot_getitem),
        ("__len__", slot_len),
        ("__contains__", slot_contains),
        ("__iter__", slot_iter),
        ("__eq__", slot_eq),
        ("__hash__", slot_hash),
    ] {
        method(vm, tuple, n, f);
    }
    let dicts: &[(&'static str, crate::vm::native::NativeFn)] = &[
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("get", dict_get),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("setdefault", dict_setdefault),
        ("update", dict_update_m),
        ("clear", dict_clear),
        ("copy", dict_copy),
        ("__getitem__", slot_getitem),
        ("__setitem__", slot_setitem),
        ("__delitem__", slot_delitem),
        ("__len__", slot_len),
        ("__contains__", slot_contains),
        ("__iter__", slot_iter),
        ("__repr__", slot_repr),
        ("__eq__", slot_eq),
    ];
    for (n, f) in dicts {
        method(vm, dict, n, *f);
    }
    crate::builtins::classmethod(vm, dict, "fromkeys", dict_fromkeys);
    let sets: &[(&'static str, crate::vm::native::NativeFn)] = &[
        ("add", set_add_m),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", dict_clear),
        ("copy", set_copy),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        ("symmetric_difference_update", set_symdiff_update),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symdiff),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("__len__", slot_len),
        ("__contains__", slot_contains),
        ("__iter__", slot_iter),
    ];
    for (n, f) in sets {
        method(vm, set, n, *f);
    }
    for (n, f) in [
        ("copy", set_copy as crate::vm::native::NativeFn),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symdiff),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("__len__", slot_len),
        ("__contains__", slot_contains),
        ("__iter__", slot_iter),
        ("__hash__", slot_hash),
    ] {
        method(vm, frozenset, n, f);
    }
    method(vm, int, "bit_length", int_bit_length);
    method(vm, int, "conjugate", int_conjugate);
    for c in [int, float, tuple, set, frozenset] {
        method(vm, c, "__repr__", slot_repr);
    }
    method(vm, int, "__eq__", slot_eq);
    method(vm, int, "__hash__", slot_hash);
    method(vm, float, "is_integer", float_is_integer);
    method(vm, float, "__eq__", slot_eq);
    method(vm, float, "__hash__", slot_hash);
    method(vm, generator, "send", gen_send);
    method(vm, generator, "throw", gen_throw);
    method(vm, generator, "close", gen_close);
    method(vm, generator, "__iter__", iter_self);
    method(vm, generator, "__next__", iter_next_m);
    let mut iter_classes = vec![iter, en, zip, map, filter, rev];
    iter_classes.extend(vm.i.types.iter_types.iter().copied());
    for c in iter_classes {
        method(vm, c, "__iter__", iter_self);
        method(vm, c, "__next__", iter_next_m);
    }
    method(vm, range, "index", range_index);
    method(vm, range, "count", range_count);
    let proxy = vm.i.types.mappingproxy;
    for (n, f) in [
        ("keys", proxy_keys as crate::vm::native::NativeFn),
        ("values", proxy_values),
        ("items", proxy_items),
        ("get", proxy_get),
        ("copy", proxy_copy),
    ] {
        method(vm, proxy, n, f);
    }
    let (keys_view, items_view) = (vm.i.types.dict_keys, vm.i.types.dict_items);
    method(vm, keys_view, "isdisjoint", view_isdisjoint);
    method(vm, items_view, "isdisjoint", view_isdisjoint);
    method(vm, base_exc, "__str__", slot_str_exc);
    method(vm, base_exc, "__repr__", slot_repr);
    let _ = DictData::new();
}
