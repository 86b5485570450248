//! Plans (tiers) and their limits, after seed 002's dashboard: how many
//! Chatwoot agents and inboxes and how many integrations an org may have,
//! and which kinds of integration its plan allows.
//!
//! An org's plan is its `plan` setting; `agent_limit`, `inbox_limit` and
//! `integration_limit` settings override the plan's numbers (-1: none). An
//! org with neither has no limits. Limits are checked before anything is
//! created, at the helpdesk or in the store; the check never writes.

use serde::Serialize;

use crate::error::Error;
use crate::store::Org;
use crate::templates::schema::Category;

/// A plan. The order is the upgrade path: each allows what the ones before
/// it allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Plan {
    Free,
    Starter,
    /// Seed 002 names PRO_PLUS only as the first plan with database, API
    /// and webhook integrations and gives it no agent count: it sits
    /// between STARTER and TEAM with STARTER's agents.
    ProPlus,
    Team,
    Business,
    Enterprise,
}

pub const ALL: [Plan; 6] = [Plan::Free, Plan::Starter, Plan::ProPlus, Plan::Team, Plan::Business, Plan::Enterprise];

/// What an org's plan counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    /// Chatwoot agents, not counting administrators.
    Agents,
    /// Chatwoot inboxes.
    Inboxes,
    /// Integrations in the store, enabled or not, org-wide or an assistant's.
    Integrations,
}

impl Resource {
    pub fn setting(self) -> &'static str {
        match self {
            Resource::Agents => "agent_limit",
            Resource::Inboxes => "inbox_limit",
            Resource::Integrations => "integration_limit",
        }
    }

    fn noun(self, n: u64) -> &'static str {
        match (self, n) {
            (Resource::Agents, 1) => "Chatwoot agent",
            (Resource::Agents, _) => "Chatwoot agents",
            (Resource::Inboxes, 1) => "Chatwoot inbox",
            (Resource::Inboxes, _) => "Chatwoot inboxes",
            (Resource::Integrations, 1) => "integration",
            (Resource::Integrations, _) => "integrations",
        }
    }
}

/// The kinds of integration seed 002's dashboard offers by plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Feature {
    /// CRMs (and call centres, and custom REST CRMs): every plan.
    Crm,
    /// Helpdesks (and messaging): every plan.
    Helpdesk,
    /// The Chatwoot website widget snippet: STARTER and up.
    ChatWidget,
    /// Database, API and webhook integrations (n8n workflows, pushes to
    /// `crmctl serve`): PRO_PLUS and up.
    Webhook,
}

impl Feature {
    pub fn as_str(self) -> &'static str {
        match self {
            Feature::Crm => "CRM",
            Feature::Helpdesk => "helpdesk",
            Feature::ChatWidget => "chat widget",
            Feature::Webhook => "database/API/webhook",
        }
    }

    /// The first plan that has it.
    pub fn from_plan(self) -> Plan {
        match self {
            Feature::Crm | Feature::Helpdesk => Plan::Free,
            Feature::ChatWidget => Plan::Starter,
            Feature::Webhook => Plan::ProPlus,
        }
    }

    pub fn of(category: Category) -> Feature {
        match category {
            Category::Crm | Category::CallCentre | Category::Custom => Feature::Crm,
            Category::Helpdesk | Category::Messaging => Feature::Helpdesk,
            Category::Webhook => Feature::Webhook,
        }
    }
}

pub const FEATURES: [Feature; 4] = [Feature::Crm, Feature::Helpdesk, Feature::ChatWidget, Feature::Webhook];

impl Plan {
    pub fn as_str(self) -> &'static str {
        match self {
            Plan::Free => "FREE",
            Plan::Starter => "STARTER",
            Plan::ProPlus => "PRO_PLUS",
            Plan::Team => "TEAM",
            Plan::Business => "BUSINESS",
            Plan::Enterprise => "ENTERPRISE",
        }
    }

    pub fn parse(s: &str) -> Option<Plan> {
        ALL.into_iter().find(|p| p.as_str().eq_ignore_ascii_case(s))
    }

    /// The plan's number for a resource; None for unlimited. Agents are
    /// seed 002's (FREE 1, STARTER 2, TEAM 3, BUSINESS 5, ENTERPRISE -1);
    /// the seed gives no inbox or integration numbers, so these are
    /// crmctl's: FREE has room for one CRM and one helpdesk.
    pub fn limit(self, r: Resource) -> Option<u64> {
        let (agents, inboxes, integrations) = match self {
            Plan::Free => (1, 1, 2),
            Plan::Starter => (2, 2, 5),
            Plan::ProPlus => (2, 3, 10),
            Plan::Team => (3, 5, 10),
            Plan::Business => (5, 10, 25),
            Plan::Enterprise => return None,
        };
        Some(match r {
            Resource::Agents => agents,
            Resource::Inboxes => inboxes,
            Resource::Integrations => integrations,
        })
    }

    pub fn allows(self, f: Feature) -> bool {
        self >= f.from_plan()
    }

    /// The next plan up with more room for `r` than `have`, if any.
    fn upgrade_for(self, r: Resource, have: u64) -> Option<Plan> {
        ALL.into_iter().find(|p| *p > self && p.limit(r).is_none_or(|n| n > have))
    }
}

/// The org's plan, if it has one.
pub fn plan_of(org: &Org) -> Option<Plan> {
    org.settings.get("plan").and_then(|v| v.as_str()).and_then(Plan::parse)
}

/// The org's limit for a resource: its own setting if it has one (-1 for
/// none), else its plan's; None for unlimited.
pub fn limit(org: &Org, r: Resource) -> Option<u64> {
    match org.settings.get(r.setting()).and_then(|v| v.as_i64()) {
        Some(n) if n >= 0 => Some(n as u64),
        Some(_) => None,
        None => plan_of(org).and_then(|p| p.limit(r)),
    }
}

/// Refuses (exit 2, nothing written) when the org already has `have` of
/// `r` and adding `adding` more would pass its limit.
pub fn check(org: &Org, r: Resource, have: u64, adding: u64) -> crate::error::Result<()> {
    let Some(max) = limit(org, r) else { return Ok(()) };
    if have + adding <= max {
        return Ok(());
    }
    let own = org.settings.get(r.setting()).and_then(|v| v.as_i64()).is_some();
    let plan = plan_of(org);
    let source = match (own, plan) {
        (true, _) => format!("its {} setting", r.setting()),
        (false, Some(p)) => format!("its {} plan", p.as_str()),
        (false, None) => "its settings".into(),
    };
    let counted = if r == Resource::Agents { " (administrators are not counted)" } else { "" };
    let message = format!(
        "org {} allows {max} {} ({source}) and has {have}{counted}; adding {adding} more is refused and nothing was written",
        org.name,
        r.noun(max)
    );
    let hint = match (own, plan.and_then(|p| p.upgrade_for(r, have + adding - 1))) {
        (false, Some(up)) => format!(
            "remove one, or move to a larger plan: crmctl org plan set {} {} ({})",
            org.name,
            up.as_str(),
            up.limit(r).map(|n| format!("{n} {}", r.noun(n))).unwrap_or_else(|| "unlimited".into())
        ),
        _ => format!("remove one, or raise the limit: crmctl org set {} {}={}", org.name, r.setting(), have + adding),
    };
    Err(Error::usage_hint(message, hint))
}

/// Refuses a kind of integration the org's plan does not include. An org
/// without a plan may have every kind.
pub fn check_feature(org: &Org, f: Feature, what: &str) -> crate::error::Result<()> {
    match plan_of(org) {
        Some(p) if !p.allows(f) => Err(Error::usage_hint(
            format!(
                "org {}'s {} plan does not include {} integrations ({what}); they come with {} and up; nothing was written",
                org.name,
                p.as_str(),
                f.as_str(),
                f.from_plan().as_str()
            ),
            format!("crmctl org plan set {} {}", org.name, f.from_plan().as_str()),
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(settings: serde_json::Value) -> Org {
        Org { id: "o".into(), name: "acme".into(), settings, created_at: String::new() }
    }

    #[test]
    fn seed_agent_limits() {
        let got: Vec<Option<u64>> = [Plan::Free, Plan::Starter, Plan::Team, Plan::Business, Plan::Enterprise].iter().map(|p| p.limit(Resource::Agents)).collect();
        assert_eq!(got, [Some(1), Some(2), Some(3), Some(5), None]);
    }

    #[test]
    fn seed_features_by_plan() {
        assert!(Plan::Free.allows(Feature::Crm) && Plan::Free.allows(Feature::Helpdesk));
        assert!(!Plan::Free.allows(Feature::ChatWidget) && Plan::Starter.allows(Feature::ChatWidget));
        assert!(!Plan::Starter.allows(Feature::Webhook) && Plan::ProPlus.allows(Feature::Webhook) && Plan::Enterprise.allows(Feature::Webhook));
    }

    #[test]
    fn own_settings_override_the_plan() {
        assert_eq!(limit(&org(serde_json::json!({"plan": "FREE"})), Resource::Agents), Some(1));
        assert_eq!(limit(&org(serde_json::json!({"plan": "FREE", "agent_limit": 4})), Resource::Agents), Some(4));
        assert_eq!(limit(&org(serde_json::json!({"plan": "FREE", "agent_limit": -1})), Resource::Agents), None);
        assert_eq!(limit(&org(serde_json::json!({})), Resource::Integrations), None);
    }

    #[test]
    fn refusals_name_the_limit_and_the_next_plan() {
        let o = org(serde_json::json!({"plan": "STARTER"}));
        assert!(check(&o, Resource::Agents, 1, 1).is_ok());
        let e = check(&o, Resource::Agents, 2, 1).unwrap_err();
        assert!(e.to_string().contains("allows 2 Chatwoot agents (its STARTER plan) and has 2"), "{e}");
        assert!(e.hint().unwrap().contains("crmctl org plan set acme TEAM (3 Chatwoot agents)"), "{:?}", e.hint());
        let e = check(&org(serde_json::json!({"plan": "BUSINESS"})), Resource::Integrations, 25, 1).unwrap_err();
        assert!(e.hint().unwrap().contains("ENTERPRISE (unlimited)"));
    }
}
