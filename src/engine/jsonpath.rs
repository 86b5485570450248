//! Dot paths into JSON: `user.id`, `data.0.name`, `records.0.Id`.

use serde_json::Value;

pub fn get<'a>(value: &'a Value, path: &str) -> Option<&'a Value> {
    if path.is_empty() || path == "." {
        return Some(value);
    }
    path.split('.').try_fold(value, |v, seg| match v {
        Value::Object(m) => m.get(seg),
        Value::Array(a) => seg.parse::<usize>().ok().and_then(|i| a.get(i)),
        _ => None,
    })
}

/// Sets `path` in an object, creating objects on the way.
pub fn set(value: &mut Value, path: &str, new: Value) -> Result<(), String> {
    let mut cur = value;
    let segs: Vec<&str> = path.split('.').collect();
    for (i, seg) in segs.iter().enumerate() {
        if seg.is_empty() {
            return Err(format!("'{path}' has an empty segment"));
        }
        if !cur.is_object() {
            if cur.is_null() {
                *cur = Value::Object(Default::default());
            } else {
                return Err(format!("'{}' is not an object", segs[..i].join(".")));
            }
        }
        let map = cur.as_object_mut().expect("checked above");
        if i == segs.len() - 1 {
            map.insert(seg.to_string(), new);
            return Ok(());
        }
        cur = map.entry(seg.to_string()).or_insert(Value::Null);
    }
    Ok(())
}

/// A scalar as display text.
pub fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn get_and_set_paths() {
        let v = json!({"data": [{"name": "Acme"}], "user": {"id": 7}});
        assert_eq!(get(&v, "data.0.name"), Some(&json!("Acme")));
        assert_eq!(get(&v, "user.id"), Some(&json!(7)));
        assert_eq!(get(&v, "user.missing"), None);
        let mut p = json!({"caller": {"name": "Ann"}});
        set(&mut p, "caller.phone", json!("+61")).unwrap();
        set(&mut p, "score", json!(2)).unwrap();
        assert_eq!(p, json!({"caller": {"name": "Ann", "phone": "+61"}, "score": 2}));
        assert!(set(&mut p, "score.x", json!(1)).is_err());
    }
}
