//! [`Val`] on the wire: bound to whatever type PostgreSQL inferred for a
//! placeholder, and read from whatever type a column has, so that the
//! shared SQL needs no casts where SQLite's loose typing needs none.

use std::error::Error as StdError;

use bytes::BytesMut;
use postgres::types::{FromSql, IsNull, ToSql, Type, to_sql_checked};

use crate::store::db::Val;

type BoxError = Box<dyn StdError + Sync + Send>;

fn mismatch(v: &Val, ty: &Type) -> BoxError {
    format!("cannot bind {v:?} to a parameter of type {ty}").into()
}

impl ToSql for Val {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> Result<IsNull, BoxError> {
        match self {
            Val::Null => Ok(IsNull::Yes),
            Val::Int(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
                Type::BOOL => (*i != 0).to_sql(ty, out),
                Type::FLOAT8 => (*i as f64).to_sql(ty, out),
                Type::FLOAT4 => (*i as f32).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN | Type::JSON => {
                    i.to_string().as_str().to_sql(&Type::TEXT, out)
                }
                _ => Err(mismatch(self, ty)),
            },
            Val::Real(f) => match *ty {
                Type::FLOAT8 => f.to_sql(ty, out),
                Type::FLOAT4 => (*f as f32).to_sql(ty, out),
                Type::INT8 if f.fract() == 0.0 => (*f as i64).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR | Type::UNKNOWN => f.to_string().as_str().to_sql(&Type::TEXT, out),
                _ => Err(mismatch(self, ty)),
            },
            Val::Text(s) => match *ty {
                Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => s.as_str().to_sql(&Type::TEXT, out),
                Type::JSON => {
                    out.extend_from_slice(s.as_bytes());
                    Ok(IsNull::No)
                }
                Type::JSONB => {
                    out.extend_from_slice(&[1]);
                    out.extend_from_slice(s.as_bytes());
                    Ok(IsNull::No)
                }
                Type::INT8 => s.trim().parse::<i64>()?.to_sql(ty, out),
                Type::INT4 => s.trim().parse::<i32>()?.to_sql(ty, out),
                Type::FLOAT8 => s.trim().parse::<f64>()?.to_sql(ty, out),
                Type::BYTEA => s.as_bytes().to_sql(ty, out),
                _ => Err(mismatch(self, ty)),
            },
            Val::Blob(b) => match *ty {
                Type::BYTEA => b.as_slice().to_sql(ty, out),
                Type::TEXT | Type::VARCHAR | Type::UNKNOWN => std::str::from_utf8(b)?.to_sql(&Type::TEXT, out),
                _ => Err(mismatch(self, ty)),
            },
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

impl<'a> FromSql<'a> for Val {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> Result<Val, BoxError> {
        Ok(match *ty {
            Type::BOOL => Val::Int(i64::from(bool::from_sql(ty, raw)?)),
            Type::INT2 => Val::Int(i64::from(i16::from_sql(ty, raw)?)),
            Type::INT4 => Val::Int(i64::from(i32::from_sql(ty, raw)?)),
            Type::INT8 => Val::Int(i64::from_sql(ty, raw)?),
            Type::OID => Val::Int(i64::from(u32::from_sql(ty, raw)?)),
            Type::FLOAT4 => Val::Real(f64::from(f32::from_sql(ty, raw)?)),
            Type::FLOAT8 => Val::Real(f64::from_sql(ty, raw)?),
            Type::NUMERIC => numeric(raw)?,
            Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN | Type::JSON => {
                Val::Text(std::str::from_utf8(raw)?.to_owned())
            }
            Type::JSONB => Val::Text(std::str::from_utf8(raw.get(1..).unwrap_or_default())?.to_owned()),
            Type::BYTEA => Val::Blob(raw.to_vec()),
            _ => return Err(format!("a column of type {ty}, which the store does not use").into()),
        })
    }

    fn from_sql_null(_: &Type) -> Result<Val, BoxError> {
        Ok(Val::Null)
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// NUMERIC's binary form (what `SUM` and `AVG` of integers return): an
/// integer when it has no fraction and fits, else a real.
fn numeric(raw: &[u8]) -> Result<Val, BoxError> {
    let word = |i: usize| -> Result<u16, BoxError> {
        raw.get(i * 2..i * 2 + 2).map(|b| u16::from_be_bytes([b[0], b[1]])).ok_or_else(|| "a short NUMERIC".into())
    };
    let ndigits = word(0)? as usize;
    let weight = word(1)? as i16 as i32;
    let sign = word(2)?;
    let dscale = word(3)?;
    if sign == 0xC000 {
        return Ok(Val::Real(f64::NAN));
    }
    let mut value = 0f64;
    let mut int: Option<i128> = Some(0);
    for i in 0..ndigits {
        let d = word(4 + i)? as i128;
        let power = weight - i as i32;
        value += d as f64 * 10000f64.powi(power);
        int = match (int, power) {
            (Some(acc), p) if p >= 0 => 10000i128.checked_pow(p as u32).and_then(|m| acc.checked_add(d * m)),
            (Some(acc), _) if d == 0 => Some(acc),
            _ => None,
        };
    }
    let negative = sign == 0x4000;
    match int.and_then(|v| i64::try_from(v).ok()) {
        Some(v) if dscale == 0 => Ok(Val::Int(if negative { -v } else { v })),
        _ => Ok(Val::Real(if negative { -value } else { value })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_integers_and_fractions() {
        // 12345678 = [1234, 5678], weight 1
        let raw = [0, 2, 0, 1, 0, 0, 0, 0, 0x04, 0xD2, 0x16, 0x2E];
        assert_eq!(numeric(&raw).unwrap(), Val::Int(12_345_678));
        // -1.5 = [1, 5000], weight 0, dscale 1
        let raw = [0, 2, 0, 0, 0x40, 0, 0, 1, 0, 1, 0x13, 0x88];
        assert_eq!(numeric(&raw).unwrap(), Val::Real(-1.5));
        // 0 = no digits
        assert_eq!(numeric(&[0, 0, 0, 0, 0, 0, 0, 0]).unwrap(), Val::Int(0));
    }
}
