//! Formatting: the format-spec mini-language (`format()`, f-strings, `str.format`) and
//! printf-style `%` formatting.
//!
//! Invariant: output and ValueError messages match CPython for int, float and str
//! presentation types (the spec is parsed as CPython's `parse_internal_render_format_spec`
//! does); a user `__format__` takes precedence for Python classes.

use num_bigint::BigInt;

use crate::object::Payload;
use crate::value::Value;
use crate::vm::arith::{Num, as_num};
use crate::vm::ops::float_repr;
use crate::vm::{E, PyResult, Vm};

/// A parsed format spec, with fill and alignment already resolved.
#[derive(Debug)]
struct Spec {
    fill: char,
    align: char,
    sign: Option<char>,
    /// `z`: negative zero is shown without its sign.
    no_neg_0: bool,
    alt: bool,
    width: usize,
    /// `,` or `_`.
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

/// Read a run of decimal digits starting at `*i`; `None` when there is none.
fn read_number(c: &[char], i: &mut usize) -> Result<Option<usize>, String> {
    let st = *i;
    while *i < c.len() && c[*i].is_ascii_digit() {
        *i += 1;
    }
    if *i == st {
        return Ok(None);
    }
    c[st..*i]
        .iter()
        .collect::<String>()
        .parse()
        .map(Some)
        .map_err(|_| "Too many decimal digits in format string".to_string())
}

/// Parse `spec` for an object of type `type_name` whose default alignment is `default_align`
/// and default presentation type `default_ty`. Errors are the ValueError messages CPython gives.
fn parse_spec(
    spec: &str,
    type_name: &str,
    default_align: char,
    default_ty: Option<char>,
) -> Result<Spec, String> {
    let c: Vec<char> = spec.chars().collect();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
    let mut sp = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alt: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: None,
    };
    let mut i = 0;
    let (mut fill_given, mut align_given) = (false, false);
    if c.len() >= 2 && is_align(c[1]) {
        (sp.fill, sp.align) = (c[0], c[1]);
        (fill_given, align_given) = (true, true);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        sp.align = c[0];
        align_given = true;
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        sp.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        sp.no_neg_0 = true;
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if !fill_given && i < c.len() && c[i] == '0' {
        sp.fill = '0';
        if !align_given && default_align == '>' {
            sp.align = '=';
        }
        i += 1;
    }
    sp.width = read_number(&c, &mut i)?.unwrap_or(0);
    let both = || "Cannot specify both ',' and '_'.".to_string();
    if i < c.len() && c[i] == ',' {
        sp.grouping = Some(',');
        i += 1;
    }
    if i < c.len() && c[i] == '_' {
        if sp.grouping.is_some() {
            return Err(both());
        }
        sp.grouping = Some('_');
        i += 1;
    }
    if i < c.len() && c[i] == ',' && sp.grouping == Some('_') {
        return Err(both());
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        match read_number(&c, &mut i)? {
            Some(p) => sp.precision = Some(p),
            None => return Err("Format specifier missing precision".into()),
        }
    }
    if c.len() - i > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    sp.ty = c.get(i).copied().or(default_ty);
    if let Some(g) = sp.grouping {
        let ok = match sp.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            Some(_) => false,
        };
        if !ok {
            let t = sp.ty.unwrap_or(' ');
            return Err(format!("Cannot specify '{g}' with '{t}'."));
        }
    }
    Ok(sp)
}

/// Insert `sep` every `every` digits, counting from the right.
fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.chars().count();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// Group the integer digits of a number; with `0`-padding to the `=` alignment, the padding
/// zeros are grouped too (as CPython does), so the result fills `width` minus `other` chars.
fn group_padded(digits: &str, sp: &Spec, every: usize, other: usize) -> String {
    let Some(g) = sp.grouping else {
        return digits.to_string();
    };
    let mut grouped = group(digits, g, every);
    if sp.fill == '0' && sp.align == '=' {
        let mut padded = digits.to_string();
        while grouped.chars().count() + other < sp.width || grouped.starts_with(g) {
            padded.insert(0, '0');
            grouped = group(&padded, g, every);
        }
    }
    grouped
}

/// Pad `sign` + `body` to the spec's width.
fn pad(body: &str, sign: &str, sp: &Spec) -> String {
    let len = body.chars().count() + sign.chars().count();
    if len >= sp.width {
        return format!("{sign}{body}");
    }
    let n = sp.width - len;
    let f = |k: usize| sp.fill.to_string().repeat(k);
    match sp.align {
        '<' => format!("{sign}{body}{}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{sign}{}{body}", f(n)),
        _ => format!("{}{sign}{body}", f(n)),
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
    let type_name = vm.type_name(v);
    let result = if let Some(s) = Vm::str_of(v) {
        format_str(s, spec, &type_name)
    } else if let Some(n) = as_num(v) {
        match n {
            Num::F(f) => format_float_spec(f, spec, &type_name),
            Num::I(i) => format_int(vm, BigInt::from(i), spec, &type_name)?,
            Num::B(b) => format_int(vm, b, spec, &type_name)?,
        }
    } else {
        return vm.type_error(format!(
            "unsupported format string passed to {type_name}.__format__"
        ));
    };
    result.or_else(|m| vm.value_error(m))
}

fn unknown_code(t: char, type_name: &str) -> String {
    format!("Unknown format code '{t}' for object of type '{type_name}'")
}

/// `str.__format__`.
fn format_str(s: &str, spec: &str, type_name: &str) -> Result<String, String> {
    let sp = parse_spec(spec, type_name, '<', Some('s'))?;
    match sp.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, type_name)),
    }
    if sp.sign.is_some() {
        return Err("Sign not allowed in string format specifier".into());
    }
    if sp.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if sp.alt {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if sp.align == '=' {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(&body, "", &sp))
}

/// `int.__format__`; the outer error is an OverflowError, the inner one a ValueError.
fn format_int<'gc>(
    vm: &mut Vm<'gc, '_>,
    b: BigInt,
    spec: &str,
    type_name: &str,
) -> PyResult<'gc, Result<String, String>> {
    let sp = match parse_spec(spec, type_name, '>', Some('d')) {
        Ok(sp) => sp,
        Err(m) => return Ok(Err(m)),
    };
    let (digits, prefix) = match sp.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let Some(f) = crate::vm::arith::big_to_f64(&b) else {
                return Err(vm.err(E::OverflowError, "int too large to convert to float"));
            };
            return Ok(format_float_spec(f, spec, type_name));
        }
        None | Some('d' | 'n' | 'c') => (b.magnitude().to_string(), ""),
        Some('x') => (b.magnitude().to_str_radix(16), "0x"),
        Some('X') => (b.magnitude().to_str_radix(16).to_uppercase(), "0X"),
        Some('o') => (b.magnitude().to_str_radix(8), "0o"),
        Some('b') => (b.magnitude().to_str_radix(2), "0b"),
        Some(t) => return Ok(Err(unknown_code(t, type_name))),
    };
    if sp.precision.is_some() {
        return Ok(Err(
            "Precision not allowed in integer format specifier".into()
        ));
    }
    if sp.no_neg_0 {
        return Ok(Err(
            "Negative zero coercion (z) not allowed in integer format specifier".into(),
        ));
    }
    let neg = num_traits::Signed::is_negative(&b);
    if sp.ty == Some('c') {
        if sp.sign.is_some() {
            return Ok(Err(
                "Sign not allowed with integer format specifier 'c'".into()
            ));
        }
        if sp.alt {
            return Ok(Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".into(),
            ));
        }
        let ch = num_traits::ToPrimitive::to_u32(&b)
            .filter(|_| !neg)
            .and_then(char::from_u32);
        let Some(ch) = ch else {
            return Err(vm.err(E::OverflowError, "%c arg not in range(0x110000)"));
        };
        return Ok(Ok(pad(&ch.to_string(), "", &sp)));
    }
    let sign = format!("{}{}", sign_str(neg, &sp), if sp.alt { prefix } else { "" });
    let every = if matches!(sp.ty, Some('x' | 'X' | 'o' | 'b')) {
        4
    } else {
        3
    };
    let body = group_padded(&digits, &sp, every, sign.chars().count());
    Ok(Ok(pad(&body, &sign, &sp)))
}

/// `float.__format__` (also `int` with a float presentation type).
fn format_float_spec(f: f64, spec: &str, type_name: &str) -> Result<String, String> {
    let sp = parse_spec(spec, type_name, '>', None)?;
    let mut neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let body = match sp.ty {
        None if sp.precision.is_none() => float_repr(a),
        None => {
            // Like 'g', but an integral result keeps one digit after the point.
            let s = format_float(a, sp.precision, 'g');
            if s.contains(['.', 'e', 'n', 'i']) {
                s
            } else {
                format!("{s}.0")
            }
        }
        Some('%') => format!(
            "{}%",
            format_float_alt(a * 100.0, sp.precision, 'f', sp.alt)
        ),
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) => {
            let lower = if t == 'n' {
                'g'
            } else {
                t.to_ascii_lowercase()
            };
            let s = format_float_alt(a, sp.precision, lower, sp.alt);
            if t.is_ascii_uppercase() {
                s.to_uppercase()
            } else {
                s
            }
        }
        Some(t) => return Err(unknown_code(t, type_name)),
    };
    if sp.no_neg_0 && neg && f.is_finite() && !body.chars().any(|c| matches!(c, '1'..='9')) {
        neg = false;
    }
    let sign = sign_str(neg, &sp);
    let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
        Some(p) => body.split_at(p),
        None => (&body[..], ""),
    };
    let other = sign.chars().count() + rest.chars().count();
    let body = format!("{}{rest}", group_padded(int_part, &sp, 3, other));
    Ok(pad(&body, sign, &sp))
}

/// `format_float` with the `#` flag: a decimal point always, and 'g' keeps trailing zeros.
fn format_float_alt(f: f64, prec: Option<usize>, ty: char, alt: bool) -> String {
    if !alt || !f.is_finite() {
        return format_float(f, prec, ty);
    }
    let s = match ty {
        'g' => {
            let p = prec.unwrap_or(6).max(1);
            let e = if f == 0.0 {
                0
            } else {
                format!("{:.*e}", p - 1, f)
                    .split_once('e')
                    .and_then(|(_, e)| e.parse::<i32>().ok())
                    .unwrap_or(0)
            };
            if e < -4 || e >= p as i32 {
                format_float(f, Some(p - 1), 'e')
            } else {
                format!("{:.*}", (p as i32 - 1 - e).max(0) as usize, f)
            }
        }
        _ => format_float(f, prec, ty),
    };
    if s.contains('.') {
        return s;
    }
    match s.find('e') {
        Some(p) => format!("{}.{}", &s[..p], &s[p..]),
        None => format!("{s}."),
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

/// Where the fields of a `str.format` template find their values.
pub enum FieldArgs<'a, 'gc> {
    /// `str.format(*args, **kw)`.
    Call(&'a [Value<'gc>], &'a [(Value<'gc>, Value<'gc>)]),
    /// `str.format_map(mapping)`: keyword fields only.
    Map(Value<'gc>),
}

/// Automatic (`{}`) versus manual (`{0}`) field numbering, shared with nested specs.
#[derive(Clone, Copy, PartialEq)]
enum Numbering {
    Unset,
    Auto(usize),
    Manual,
}

/// One replacement field: `{name!conv:spec}`.
struct Field {
    name: String,
    conv: Option<char>,
    spec: String,
    /// The spec holds nested fields.
    nested: bool,
}

/// `template.format(*args, **kw)` (or `format_map`).
pub fn str_format<'gc>(
    vm: &mut Vm<'gc, '_>,
    template: &str,
    args: &FieldArgs<'_, 'gc>,
) -> PyResult<'gc, String> {
    let mut numbering = Numbering::Unset;
    build_string(vm, template, args, &mut numbering, 2)
}

fn build_string<'gc>(
    vm: &mut Vm<'gc, '_>,
    template: &str,
    args: &FieldArgs<'_, 'gc>,
    numbering: &mut Numbering,
    depth: u32,
) -> PyResult<'gc, String> {
    if depth == 0 {
        return vm.value_error("Max string recursion exceeded");
    }
    let c: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        i += 1;
        if ch != '{' && ch != '}' {
            out.push(ch);
            continue;
        }
        if c.get(i) == Some(&ch) {
            out.push(ch);
            i += 1;
            continue;
        }
        if ch == '}' {
            return vm.value_error("Single '}' encountered in format string");
        }
        if i >= c.len() {
            return vm.value_error("Single '{' encountered in format string");
        }
        let field = match parse_field(&c, &mut i) {
            Ok(f) => f,
            Err(m) => return vm.value_error(m),
        };
        let v = field_value(vm, &field.name, args, numbering)?;
        let v = match field.conv {
            None => v,
            Some('r') => {
                let s = vm.repr(v)?;
                vm.new_str(s)
            }
            Some('s') => {
                let s = vm.str_value(v)?;
                vm.new_str(s)
            }
            Some('a') => {
                let s = vm.repr(v)?;
                vm.new_str(crate::builtins::functions::ascii_escape(&s))
            }
            Some(c) if c.is_ascii_graphic() => {
                return vm.value_error(format!("Unknown conversion specifier {c}"));
            }
            Some(c) => {
                return vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32));
            }
        };
        let spec = if field.nested {
            build_string(vm, &field.spec, args, numbering, depth - 1)?
        } else {
            field.spec
        };
        out.push_str(&format_value(vm, v, &spec)?);
    }
    Ok(out)
}

/// Parse a field after its `{`, leaving `*i` after its closing `}`.
fn parse_field(c: &[char], i: &mut usize) -> Result<Field, &'static str> {
    let st = *i;
    let mut stop = None;
    while *i < c.len() {
        let ch = c[*i];
        *i += 1;
        match ch {
            '{' => return Err("unexpected '{' in field name"),
            '[' => {
                while *i < c.len() && c[*i] != ']' {
                    *i += 1;
                }
            }
            '}' | ':' | '!' => {
                stop = Some(ch);
                break;
            }
            _ => {}
        }
    }
    let name_end = if stop.is_some() { *i - 1 } else { *i };
    let mut field = Field {
        name: c[st..name_end].iter().collect(),
        conv: None,
        spec: String::new(),
        nested: false,
    };
    match stop {
        Some('}') => return Ok(field),
        None => return Err("expected '}' before end of string"),
        _ => {}
    }
    if stop == Some('!') {
        let Some(&conv) = c.get(*i) else {
            return Err("end of string while looking for conversion specifier");
        };
        field.conv = Some(conv);
        *i += 1;
        if let Some(&next) = c.get(*i) {
            *i += 1;
            if next == '}' {
                return Ok(field);
            }
            if next != ':' {
                return Err("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = *i;
    let mut depth = 1;
    while *i < c.len() {
        let ch = c[*i];
        *i += 1;
        match ch {
            '{' => {
                field.nested = true;
                depth += 1;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = c[spec_start..*i - 1].iter().collect();
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err("unmatched '{' in format spec")
}

/// An all-digit field name part as an index; `Ok(None)` when it is not all digits.
fn field_index<T: std::str::FromStr>(s: &str) -> Result<Option<T>, &'static str> {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    s.parse()
        .map(Some)
        .map_err(|_| "Too many decimal digits in format string")
}

/// The value a field name (`0`, `name`, `0.attr[key]`, or empty) designates.
fn field_value<'gc>(
    vm: &mut Vm<'gc, '_>,
    name: &str,
    args: &FieldArgs<'_, 'gc>,
    numbering: &mut Numbering,
) -> PyResult<'gc> {
    let first_len = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(first_len);
    let mut index = field_index::<usize>(first).or_else(|m| vm.value_error(m))?;
    if first.is_empty() || index.is_some() {
        *numbering = match (*numbering, first.is_empty()) {
            (Numbering::Unset, true) => Numbering::Auto(0),
            (Numbering::Unset, false) => Numbering::Manual,
            (Numbering::Manual, true) => {
                return vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                );
            }
            (Numbering::Auto(_), false) => {
                return vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                );
            }
            (n, _) => n,
        };
        if let Numbering::Auto(n) = *numbering {
            index = Some(n);
            *numbering = Numbering::Auto(n + 1);
        }
    }
    let mut v = match (index, args) {
        (Some(n), FieldArgs::Call(pos, _)) => match pos.get(n) {
            Some(v) => *v,
            None => {
                return Err(vm.err(
                    E::IndexError,
                    format!("Replacement index {n} out of range for positional args tuple"),
                ));
            }
        },
        (Some(_), FieldArgs::Map(_)) => {
            return vm.value_error("Format string contains positional fields");
        }
        (None, FieldArgs::Call(_, kw)) => match crate::builtins::functions::kwarg(kw, first) {
            Some(v) => v,
            None => {
                let k = vm.new_str(first);
                return Err(vm.key_error(k));
            }
        },
        (None, FieldArgs::Map(m)) => {
            let k = vm.new_str(first);
            vm.getitem(*m, k)?
        }
    };
    while let Some(ch) = rest.chars().next() {
        rest = &rest[1..];
        let part = match ch {
            '.' => {
                let end = rest.find(['.', '[']).unwrap_or(rest.len());
                let (attr, tail) = rest.split_at(end);
                rest = tail;
                attr
            }
            '[' => {
                let Some(end) = rest.find(']') else {
                    return vm.value_error("Missing ']' in format string");
                };
                let (key, tail) = rest.split_at(end);
                rest = &tail[1..];
                key
            }
            _ => {
                return vm.value_error("Only '.' or '[' may follow ']' in format field specifier");
            }
        };
        if part.is_empty() {
            return vm.value_error("Empty attribute in format string");
        }
        v = if ch == '.' {
            vm.getattr_str(v, part)?
        } else {
            let key = match field_index::<i64>(part).or_else(|m| vm.value_error(m))? {
                Some(n) => Value::Int(n),
                None => vm.new_str(part),
            };
            vm.getitem(v, key)?
        };
    }
    Ok(v)
}
