//! Formatting: the format-spec mini-language (`format()`, f-strings, `str.format`) and
//! printf-style `%` formatting.
//!
//! Invariant: output matches CPython for int, float and str presentation types; a user
//! `__format__` takes precedence for Python classes.

use crate::object::Payload;
use crate::value::Value;
use crate::vm::arith::{Num, as_num};
use crate::vm::ops::float_repr;
use crate::vm::{E, PyResult, Vm};

#[derive(Default, Debug)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse_spec(s: &str) -> Option<Spec> {
    let c: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
    if c.len() >= 2 && is_align(c[1]) {
        sp.fill = Some(c[0]);
        sp.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        sp.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        sp.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let st = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > st {
        sp.width = c[st..i].iter().collect::<String>().parse().ok()?;
    }
    if i < c.len() && matches!(c[i], ',' | '_') {
        sp.grouping = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let st = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i == st {
            return None;
        }
        sp.precision = Some(c[st..i].iter().collect::<String>().parse().ok()?);
    }
    if i < c.len() {
        sp.ty = Some(c[i]);
        i += 1;
    }
    if i != c.len() {
        return None;
    }
    Some(sp)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

fn pad(body: String, sign: &str, sp: &Spec, default_align: char) -> String {
    let fill = sp.fill.unwrap_or(if sp.zero && sp.align.is_none() {
        '0'
    } else {
        ' '
    });
    let align = sp.align.unwrap_or(if sp.zero && sp.fill.is_none() {
        '='
    } else {
        default_align
    });
    let len = body.chars().count() + sign.chars().count();
    if len >= sp.width {
        return format!("{sign}{body}");
    }
    let padn = sp.width - len;
    let f = |n: usize| fill.to_string().repeat(n);
    match align {
        '<' => format!("{sign}{body}{}", f(padn)),
        '^' => format!("{}{sign}{body}{}", f(padn / 2), f(padn - padn / 2)),
        '=' => format!("{sign}{}{body}", f(padn)),
        _ => format!("{}{sign}{body}", f(padn)),
    }
}

fn sign_str(neg: bool, sp: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// Format a float with a presentation type.
pub fn format_float(f: f64, sp_prec: Option<usize>, ty: char) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return "inf".into();
    }
    match ty {
        'f' | 'F' | '%' => format!("{:.*}", sp_prec.unwrap_or(6), f),
        'e' | 'E' => {
            let s = format!("{:.*e}", sp_prec.unwrap_or(6), f);
            let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
            let e: i32 = e.parse().unwrap_or(0);
            let r = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
            if ty == 'E' { r.to_uppercase() } else { r }
        }
        _ => {
            let p = sp_prec.unwrap_or(6).max(1);
            if f == 0.0 {
                return "0".into();
            }
            let exp = format!("{:.*e}", p - 1, f);
            let (_, e) = exp.split_once('e').unwrap_or(("", "0"));
            let e: i32 = e.parse().unwrap_or(0);
            if e < -4 || e >= p as i32 {
                let s = format!("{:.*e}", p - 1, f);
                let (m, _) = s.split_once('e').unwrap_or((&s, ""));
                let m = if m.contains('.') {
                    m.trim_end_matches('0').trim_end_matches('.')
                } else {
                    m
                };
                format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
            } else {
                let s = format!("{:.*}", (p as i32 - 1 - e).max(0) as usize, f);
                if s.contains('.') {
                    s.trim_end_matches('0').trim_end_matches('.').to_string()
                } else {
                    s
                }
            }
        }
    }
}

/// `format(v, spec)`.
pub fn format_value<'gc>(vm: &mut Vm<'gc, '_>, v: Value<'gc>, spec: &str) -> PyResult<'gc, String> {
    if let Some(f) = vm.user_dunder(v, "__format__") {
        let s = vm.new_str(spec);
        let r = vm.call_found(f, v, &[s])?;
        return match Vm::str_of(r) {
            Some(s) => Ok(s.to_string()),
            None => vm.type_error(format!(
                "__format__ must return a str, not {}",
                vm.type_name(r)
            )),
        };
    }
    if spec.is_empty() {
        return vm.str_value(v);
    }
    let Some(sp) = parse_spec(spec) else {
        return vm.value_error("Invalid format specifier");
    };
    let num = if matches!(v, Value::Bool(_)) && sp.ty.is_none() {
        None
    } else {
        as_num(v)
    };
    if vm.is_user(v) && Vm::str_of(v).is_none() && num.is_none() {
        return vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(v)
        ));
    }
    match (num, Vm::str_of(v)) {
        (Some(n @ (Num::I(_) | Num::B(_))), _)
            if !matches!(sp.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) =>
        {
            let b = match &n {
                Num::I(i) => num_bigint::BigInt::from(*i),
                Num::B(b) => b.clone(),
                Num::F(_) => num_bigint::BigInt::from(0),
            };
            let neg = num_traits::Signed::is_negative(&b);
            let mag = b.magnitude();
            let (digits, prefix) = match sp.ty {
                None | Some('d') | Some('n') => (mag.to_string(), ""),
                Some('x') => (mag.to_str_radix(16), "0x"),
                Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
                Some('o') => (mag.to_str_radix(8), "0o"),
                Some('b') => (mag.to_str_radix(2), "0b"),
                Some('c') => {
                    let c = num_traits::ToPrimitive::to_u32(mag)
                        .and_then(char::from_u32)
                        .unwrap_or(' ');
                    return Ok(pad(c.to_string(), "", &sp, '<'));
                }
                Some(t) => {
                    return vm.value_error(format!(
                        "Unknown format code '{t}' for object of type '{}'",
                        vm.type_name(v)
                    ));
                }
            };
            if sp.precision.is_some() {
                return vm.value_error("Precision not allowed in integer format specifier");
            }
            let digits = match sp.grouping {
                Some(g) => group(
                    &digits,
                    g,
                    if matches!(sp.ty, Some('x' | 'X' | 'o' | 'b')) {
                        4
                    } else {
                        3
                    },
                ),
                None => digits,
            };
            let sign = format!("{}{}", sign_str(neg, &sp), if sp.alt { prefix } else { "" });
            Ok(pad(digits, &sign, &sp, '>'))
        }
        (Some(n), _) => {
            let f = match n {
                Num::F(f) => f,
                Num::I(i) => i as f64,
                Num::B(b) => crate::vm::arith::big_to_f64(&b).unwrap_or(f64::INFINITY),
            };
            let neg = f.is_sign_negative() && !f.is_nan();
            let a = f.abs();
            let body = match sp.ty {
                None => {
                    if sp.precision.is_some() {
                        let s = format_float(a, sp.precision, 'g');
                        if s.contains(['.', 'e', 'n', 'i']) {
                            s
                        } else {
                            format!("{s}.0").replace(
                                ".0",
                                if matches!(as_num(v), Some(Num::F(_))) {
                                    ".0"
                                } else {
                                    ""
                                },
                            )
                        }
                    } else if matches!(as_num(v), Some(Num::F(_))) {
                        float_repr(a)
                    } else {
                        format_float(a, None, 'd')
                    }
                }
                Some('%') => format!("{}%", format_float(a * 100.0, sp.precision, 'f')),
                Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => {
                    let s = format_float(a, sp.precision, t.to_ascii_lowercase());
                    let s = if sp.alt && !s.contains('.') {
                        format!("{s}.")
                    } else {
                        s
                    };
                    if t.is_ascii_uppercase() {
                        s.to_uppercase()
                    } else {
                        s
                    }
                }
                Some(t) => {
                    return vm.value_error(format!(
                        "Unknown format code '{t}' for object of type '{}'",
                        vm.type_name(v)
                    ));
                }
            };
            let body = match sp.grouping {
                Some(g) => {
                    let (int_part, rest) = match body.find(['.', 'e', '%']) {
                        Some(p) => (&body[..p], &body[p..]),
                        None => (&body[..], ""),
                    };
                    format!("{}{}", group(int_part, g, 3), rest)
                }
                None => body,
            };
            Ok(pad(body, sign_str(neg, &sp), &sp, '>'))
        }
        (None, Some(s)) => {
            if let Some(t) = sp.ty
                && t != 's'
            {
                return vm.value_error(format!(
                    "Unknown format code '{t}' for object of type 'str'"
                ));
            }
            if sp.sign.is_some() {
                return vm.value_error("Sign not allowed in string format specifier");
            }
            let s: String = match sp.precision {
                Some(p) => s.chars().take(p).collect(),
                None => s.to_string(),
            };
            Ok(pad(s, "", &sp, '<'))
        }
        (None, None) => {
            if !spec.is_empty() && !matches!(v, Value::Bool(_)) {
                return vm.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    vm.type_name(v)
                ));
            }
            let s = vm.str_value(v)?;
            Ok(pad(s, "", &sp, '<'))
        }
    }
}

/// `template % args`.
pub fn percent_format<'gc>(
    vm: &mut Vm<'gc, '_>,
    template: &str,
    args: Value<'gc>,
) -> PyResult<'gc> {
    let items: Vec<Value<'gc>> = match args {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => vm.iterate(args)?,
        _ => vec![args],
    };
    let mapping = match args {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => Some(args),
        _ => None,
    };
    let mut out = String::new();
    let chars: Vec<char> = template.chars().collect();
    let mut i = 0;
    let mut ai = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return vm.value_error("incomplete format");
        }
        let mut val = None;
        if chars[i] == '(' {
            let st = i + 1;
            while i < chars.len() && chars[i] != ')' {
                i += 1;
            }
            let key: String = chars[st..i.min(chars.len())].iter().collect();
            i += 1;
            let Some(m) = mapping else {
                return vm.type_error("format requires a mapping");
            };
            let k = vm.new_str(key);
            val = Some(vm.getitem(m, k)?);
        }
        let st = i;
        while i < chars.len() && "-+ #0123456789.".contains(chars[i]) {
            i += 1;
        }
        let flags: String = chars[st..i].iter().collect();
        if i >= chars.len() {
            return vm.value_error("incomplete format");
        }
        let ty = chars[i];
        i += 1;
        if ty == '%' {
            out.push('%');
            continue;
        }
        let v = match val {
            Some(v) => v,
            None => {
                let Some(v) = items.get(ai).copied() else {
                    return vm.type_error("not enough arguments for format string");
                };
                ai += 1;
                v
            }
        };
        let (left, rest) = match flags.strip_prefix('-') {
            Some(r) => (true, r.to_string()),
            None => (false, flags.clone()),
        };
        let spec = match ty {
            's' | 'r' | 'a' => {
                let s = if ty == 's' {
                    vm.str_value(v)?
                } else {
                    vm.repr(v)?
                };
                let w: String = rest
                    .chars()
                    .filter(|c| c.is_ascii_digit() || *c == '.')
                    .collect();
                let (w, p) = match w.split_once('.') {
                    Some((w, p)) => (w.to_string(), Some(p.parse::<usize>().unwrap_or(0))),
                    None => (w, None),
                };
                let s: String = match p {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                let w: usize = w.parse().unwrap_or(0);
                let n = s.chars().count();
                if n < w {
                    if left {
                        format!("{s}{}", " ".repeat(w - n))
                    } else {
                        format!("{}{s}", " ".repeat(w - n))
                    }
                } else {
                    s
                }
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'c' => {
                if as_num(v).is_none() && ty != 'c' {
                    return vm.type_error(format!(
                        "%{ty} format: a {} is required, not {}",
                        if ty == 'd' || ty == 'i' || ty == 'x' || ty == 'X' || ty == 'o' {
                            "number"
                        } else {
                            "real number"
                        },
                        vm.type_name(v)
                    ));
                }
                let v = if matches!(ty, 'd' | 'i' | 'u' | 'x' | 'X' | 'o') {
                    crate::builtins::newtypes::to_int(vm, v)?
                } else {
                    v
                };
                let t = match ty {
                    'i' | 'u' => 'd',
                    t => t,
                };
                let spec = format!("{}{}{}", if left { "<" } else { "" }, rest, t);
                format_value(vm, v, &spec)?
            }
            _ => {
                return vm.value_error(format!(
                    "unsupported format character '{ty}' (0x{:x}) at index {}",
                    ty as u32,
                    i - 1
                ));
            }
        };
        out.push_str(&spec);
    }
    if ai < items.len() && mapping.is_none() {
        return vm.type_error("not all arguments converted during string formatting");
    }
    Ok(vm.new_str(out))
}

/// `template.format(*args, **kw)`.
pub fn str_format<'gc>(
    vm: &mut Vm<'gc, '_>,
    template: &str,
    args: &[Value<'gc>],
    kw: &[(Value<'gc>, Value<'gc>)],
) -> PyResult<'gc, String> {
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut auto = 0usize;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let st = i + 1;
            let mut depth = 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                if chars[i] == '{' {
                    depth += 1;
                } else if chars[i] == '}' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return vm.value_error("expected '}' before end of string");
            }
            let field: String = chars[st..i - 1].iter().collect();
            let (name_conv, spec) = match field.find(':') {
                Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name_conv.find('!') {
                Some(p) => (
                    name_conv[..p].to_string(),
                    Some(name_conv[p + 1..].to_string()),
                ),
                None => (name_conv, None),
            };
            let spec = if spec.contains('{') {
                str_format(vm, &spec, args, kw)?
            } else {
                spec
            };
            let first: String = name
                .chars()
                .take_while(|c| *c != '.' && *c != '[')
                .collect();
            let rest = &name[first.len()..];
            let mut v = if first.is_empty() {
                let v = args.get(auto).copied();
                auto += 1;
                match v {
                    Some(v) => v,
                    None => {
                        return Err(vm.err(
                            E::IndexError,
                            format!(
                                "Replacement index {} out of range for positional args tuple",
                                auto - 1
                            ),
                        ));
                    }
                }
            } else if let Ok(n) = first.parse::<usize>() {
                match args.get(n) {
                    Some(v) => *v,
                    None => {
                        return Err(vm.err(
                            E::IndexError,
                            format!("Replacement index {n} out of range for positional args tuple"),
                        ));
                    }
                }
            } else {
                match crate::builtins::functions::kwarg(kw, &first) {
                    Some(v) => v,
                    None => {
                        let k = vm.new_str(first.clone());
                        return Err(vm.key_error(k));
                    }
                }
            };
            let mut r = rest;
            while !r.is_empty() {
                if let Some(x) = r.strip_prefix('.') {
                    let n: String = x.chars().take_while(|c| *c != '.' && *c != '[').collect();
                    v = vm.getattr_str(v, &n)?;
                    r = &x[n.len()..];
                } else if let Some(x) = r.strip_prefix('[') {
                    let end = x.find(']').unwrap_or(x.len());
                    let key = &x[..end];
                    let k = match key.parse::<i64>() {
                        Ok(n) => Value::Int(n),
                        Err(_) => vm.new_str(key),
                    };
                    v = vm.getitem(v, k)?;
                    r = x.get(end + 1..).unwrap_or("");
                } else {
                    break;
                }
            }
            let v = match conv.as_deref() {
                Some("r") => {
                    let s = vm.repr(v)?;
                    vm.new_str(s)
                }
                Some("s") => {
                    let s = vm.str_value(v)?;
                    vm.new_str(s)
                }
                _ => v,
            };
            out.push_str(&format_value(vm, v, &spec)?);
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return vm.value_error("Single '}' encountered in format string");
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}
