//! Deterministic seed data: the same `records` gives the same contacts,
//! tickets, deals and articles on every run, so tests and benchmarks can
//! count on them.

use jiff::{SignedDuration, Timestamp};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Contact {
    pub id: u64,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub company: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, Serialize)]
pub struct Ticket {
    pub id: u64,
    pub subject: String,
    pub description: String,
    /// open, pending or solved.
    pub status: String,
    /// low, normal, high or urgent.
    pub priority: String,
    pub requester_email: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, Serialize)]
pub struct Deal {
    pub id: u64,
    pub name: String,
    pub amount: f64,
    pub currency: String,
    pub stage: String,
    /// Percent.
    pub probability: u8,
    /// `YYYY-MM-DD`.
    pub close_date: String,
    pub contact_id: Option<u64>,
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, Serialize)]
pub struct Article {
    pub id: u64,
    pub title: String,
    pub body_html: String,
    pub locale: String,
    pub section: String,
    pub html_url: String,
    pub updated_at: Timestamp,
}

pub struct Seeded {
    pub contacts: Vec<Contact>,
    pub tickets: Vec<Ticket>,
    pub deals: Vec<Deal>,
    pub articles: Vec<Article>,
}

/// splitmix64: small, fast and the same everywhere.
struct Rng(u64);

impl Rng {
    fn new(kind: u64, i: u64) -> Self {
        Rng(kind.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ i.wrapping_mul(0xD1B5_4A32_D192_ED03) ^ 0x5EED)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const FIRST: &[&str] = &[
    "Olivia", "Liam", "Charlotte", "Noah", "Amelia", "Jack", "Isla", "William", "Mia", "Oliver", "Ava", "Leo",
    "Grace", "Lucas", "Chloe", "Henry", "Zoe", "Thomas", "Ruby", "James", "Priya", "Wei", "Aroha", "Mateo",
];
const LAST: &[&str] = &[
    "Smith", "Nguyen", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin", "Anderson", "Thompson",
    "Walker", "Harris", "Lee", "Ryan", "Robinson", "Kelly", "King", "Patel", "Chen", "Singh", "O'Brien",
];
const COMPANIES: &[(&str, &str)] = &[
    ("Harbour Logistics", "harbourlogistics.example"),
    ("Bluegum Energy", "bluegum.example"),
    ("Northside Council", "northside.example"),
    ("Kestrel Health", "kestrelhealth.example"),
    ("Saltwater Studios", "saltwater.example"),
    ("Ironbark Finance", "ironbark.example"),
    ("Wattle & Co", "wattle.example"),
    ("Meridian Freight", "meridianfreight.example"),
];
const SUBJECTS: &[&str] = &[
    "Cannot log in after password reset",
    "Invoice shows the wrong billing address",
    "Request to change the delivery date",
    "App crashes when uploading a photo",
    "Refund for a duplicate charge",
    "How do I add a second user?",
    "Order arrived damaged",
    "Two-factor codes are not arriving",
    "Cancel my subscription",
    "Export of last month's transactions fails",
    "Question about the new pricing",
    "Callback requested about a missed appointment",
];
const STATUSES: &[&str] = &["open", "pending", "solved"];
const PRIORITIES: &[&str] = &["low", "normal", "normal", "high", "urgent"];
const PRODUCTS: &[&str] = &["Annual licence", "Support renewal", "Fleet upgrade", "Pilot", "Onboarding package", "Expansion seats"];
const STAGES: &[(&str, u8)] = &[("qualification", 10), ("proposal", 40), ("negotiation", 70), ("closed_won", 100), ("closed_lost", 0)];
const CURRENCIES: &[&str] = &["AUD", "AUD", "USD", "EUR", "NZD"];

struct Topic {
    title: &'static str,
    section: &'static str,
    intro: &'static str,
    steps: &'static [&'static str],
    notes: &'static [&'static str],
}

const TOPICS: &[Topic] = &[
    Topic {
        title: "Resetting your password",
        section: "Account",
        intro: "If you have forgotten your password, you can set a new one from the sign-in page. The reset link is valid for one hour.",
        steps: &["Open the sign-in page and choose <strong>Forgot password</strong>.", "Enter the email address on your account.", "Open the email we send and follow the link.", "Choose a new password of at least 12 characters."],
        notes: &["Resetting your password signs you out on every device.", "If the email does not arrive, check your spam folder."],
    },
    Topic {
        title: "Updating your billing details",
        section: "Billing",
        intro: "You can change the card we charge and the address printed on your invoices at any time.",
        steps: &["Go to <em>Settings &gt; Billing</em>.", "Choose <strong>Edit payment method</strong>.", "Enter the new card and save."],
        notes: &["Changes apply from the next invoice.", "Past invoices keep the address they were issued with."],
    },
    Topic {
        title: "Requesting a refund",
        section: "Billing",
        intro: "Refunds for duplicate or incorrect charges are processed within five business days.",
        steps: &["Find the charge under <em>Billing &gt; History</em>.", "Choose <strong>Request refund</strong> and give a reason.", "We email you when the refund is approved."],
        notes: &["Refunds go back to the original payment method.", "Partial refunds are possible for annual plans."],
    },
    Topic {
        title: "Setting up two-factor authentication",
        section: "Account",
        intro: "Two-factor authentication adds a one-time code to your sign-in, so a stolen password is not enough.",
        steps: &["Go to <em>Settings &gt; Security</em>.", "Choose <strong>Enable two-factor</strong>.", "Scan the QR code with an authenticator app.", "Enter the six-digit code to confirm."],
        notes: &["Keep your recovery codes somewhere safe.", "SMS codes are available where an app cannot be used."],
    },
    Topic {
        title: "Tracking a delivery",
        section: "Orders",
        intro: "Every order gets a tracking number as soon as it leaves our warehouse.",
        steps: &["Open the order confirmation email.", "Choose the tracking link.", "Sign up for SMS updates if you want them."],
        notes: &["Tracking can take 24 hours to show the first scan.", "Rural deliveries may take two extra days."],
    },
    Topic {
        title: "Adding users to your account",
        section: "Getting started",
        intro: "Account owners and admins can invite colleagues and choose what each of them can see.",
        steps: &["Go to <em>Settings &gt; Users</em>.", "Choose <strong>Invite user</strong> and enter their email address.", "Pick a role: viewer, agent or admin.", "They get an email with a link to join."],
        notes: &["Invitations expire after seven days.", "Each plan includes a number of seats; extra seats are billed monthly."],
    },
    Topic {
        title: "Exporting your data",
        section: "Getting started",
        intro: "You can export contacts, tickets and transactions as CSV at any time.",
        steps: &["Go to <em>Reports &gt; Export</em>.", "Choose what to export and the date range.", "We email a download link when the file is ready."],
        notes: &["Links expire after 48 hours.", "Large exports are split into files of 100,000 rows."],
    },
    Topic {
        title: "Changing or cancelling an appointment",
        section: "Bookings",
        intro: "Appointments can be moved or cancelled up to 24 hours before they start without a fee.",
        steps: &["Open <em>My bookings</em>.", "Choose the appointment and <strong>Change</strong> or <strong>Cancel</strong>.", "Pick a new time, or confirm the cancellation."],
        notes: &["Late cancellations may incur a fee.", "You can also call us and ask for a callback."],
    },
    Topic {
        title: "Troubleshooting the mobile app",
        section: "Troubleshooting",
        intro: "Most problems with the app are fixed by updating it and clearing its cache.",
        steps: &["Update the app from your app store.", "Sign out and sign in again.", "Clear the app's cache in your phone's settings.", "Reinstall the app if the problem continues."],
        notes: &["The app supports the two most recent versions of iOS and Android.", "Photos larger than 20 MB cannot be uploaded."],
    },
    Topic {
        title: "Cancelling your subscription",
        section: "Billing",
        intro: "You can cancel at any time; your plan stays active until the end of the period you have paid for.",
        steps: &["Go to <em>Settings &gt; Billing</em>.", "Choose <strong>Cancel subscription</strong>.", "Tell us why (optional) and confirm."],
        notes: &["Your data is kept for 90 days after the plan ends.", "You can reactivate within that time without losing anything."],
    },
];
const VARIANTS: &[&str] = &["", "on the mobile app", "for business accounts", "for administrators", "in the web portal"];
const LOCALES: &[&str] = &["en-us", "en-us", "en-us", "en-gb", "en-au"];

/// Monday 6 January 2025, 09:00 UTC: every seeded time is after it.
fn base() -> Timestamp {
    Timestamp::from_second(1_736_154_000).expect("a valid constant timestamp")
}

fn minutes(m: u64) -> SignedDuration {
    SignedDuration::from_secs(m as i64 * 60)
}

pub fn seed(records: u64) -> Seeded {
    let n = records;
    let mut contacts = Vec::with_capacity(n as usize);
    for i in 0..n {
        let mut r = Rng::new(1, i);
        let first = *r.pick(FIRST);
        let last = *r.pick(LAST);
        let (company, domain) = *r.pick(COMPANIES);
        let local = format!("{}.{}", first.to_lowercase(), last.to_lowercase().replace('\'', ""));
        let created = base() + minutes(i * 173);
        contacts.push(Contact {
            id: i + 1,
            first_name: first.into(),
            last_name: last.into(),
            email: format!("{local}{}@{domain}", i + 1),
            phone: (i % 7 != 6).then(|| format!("+614{:08}", r.below(100_000_000))),
            company: (i % 5 != 4).then(|| company.to_string()),
            created_at: created,
            updated_at: created + minutes(r.below(60 * 24 * 30)),
        });
    }
    let mut tickets = Vec::with_capacity(n as usize);
    for i in 0..n {
        let mut r = Rng::new(2, i);
        let created = base() + minutes(i * 127 + 30);
        let requester = (!contacts.is_empty()).then(|| contacts[r.below(n) as usize].email.clone());
        let subject = *r.pick(SUBJECTS);
        tickets.push(Ticket {
            id: i + 1,
            subject: subject.into(),
            description: format!("Customer wrote in: \"{subject}\". Details were taken by the assistant and are in the conversation summary."),
            status: r.pick(STATUSES).to_string(),
            priority: r.pick(PRIORITIES).to_string(),
            requester_email: requester,
            created_at: created,
            updated_at: created + minutes(r.below(60 * 24 * 14)),
        });
    }
    let mut deals = Vec::with_capacity(n as usize);
    for i in 0..n {
        let mut r = Rng::new(3, i);
        let (stage, probability) = *r.pick(STAGES);
        let (company, _) = *r.pick(COMPANIES);
        let updated = base() + minutes(i * 211 + r.below(60 * 24 * 10));
        let close = base() + SignedDuration::from_hours(24 * (30 + r.below(180)) as i64);
        deals.push(Deal {
            id: i + 1,
            name: format!("{company} — {}", r.pick(PRODUCTS)),
            amount: (r.below(400) * 250 + 1_000) as f64,
            currency: r.pick(CURRENCIES).to_string(),
            stage: stage.into(),
            probability,
            close_date: close.to_zoned(jiff::tz::TimeZone::UTC).date().to_string(),
            contact_id: (!contacts.is_empty()).then(|| r.below(n) + 1),
            updated_at: updated,
        });
    }
    let mut articles = Vec::with_capacity(n as usize);
    for i in 0..n {
        let mut r = Rng::new(4, i);
        let topic = &TOPICS[(i % TOPICS.len() as u64) as usize];
        let variant = VARIANTS[((i / TOPICS.len() as u64) % VARIANTS.len() as u64) as usize];
        let round = i / (TOPICS.len() * VARIANTS.len()) as u64;
        let mut title = if variant.is_empty() { topic.title.to_string() } else { format!("{} {variant}", topic.title) };
        if round > 0 {
            title = format!("{title} ({})", round + 1);
        }
        let id = i + 1;
        let related = (n > 1).then(|| {
            let other = (i + 1 + r.below(n - 1)) % n;
            let t = &TOPICS[(other % TOPICS.len() as u64) as usize];
            (other + 1, t.title)
        });
        let locale = r.pick(LOCALES).to_string();
        articles.push(Article {
            id,
            body_html: article_html(&title, topic, related, &locale),
            html_url: format!("https://help.sandbox.example/hc/{locale}/articles/{id}"),
            title,
            locale,
            section: topic.section.into(),
            updated_at: base() + minutes(i * 97 + r.below(60 * 24 * 60)),
        });
    }
    Seeded { contacts, tickets, deals, articles }
}

fn article_html(title: &str, t: &Topic, related: Option<(u64, &str)>, locale: &str) -> String {
    let mut h = String::new();
    h.push_str(&format!("<h1>{}</h1>\n<p>{}</p>\n<h2>Steps</h2>\n<ol>\n", escape(title), t.intro));
    for s in t.steps {
        h.push_str(&format!("  <li>{s}</li>\n"));
    }
    h.push_str("</ol>\n<h2>Good to know</h2>\n<ul>\n");
    for s in t.notes {
        h.push_str(&format!("  <li>{s}</li>\n"));
    }
    h.push_str("</ul>\n");
    if let Some((id, other)) = related {
        h.push_str(&format!(
            "<h3>Related</h3>\n<p>See also <a href=\"https://help.sandbox.example/hc/{locale}/articles/{id}\">{}</a>, or <a href=\"mailto:support@sandbox.example\">email support</a>.</p>\n",
            escape(other)
        ));
    }
    h
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeding_is_deterministic_and_realistic() {
        let a = seed(60);
        let b = seed(60);
        assert_eq!(serde_json::to_value(&a.contacts).unwrap(), serde_json::to_value(&b.contacts).unwrap());
        assert_eq!(serde_json::to_value(&a.articles).unwrap(), serde_json::to_value(&b.articles).unwrap());
        assert_eq!(a.contacts.len(), 60);
        let emails: std::collections::BTreeSet<_> = a.contacts.iter().map(|c| c.email.clone()).collect();
        assert_eq!(emails.len(), 60, "emails are unique");
        let titles: std::collections::BTreeSet<_> = a.articles.iter().map(|c| c.title.clone()).collect();
        assert_eq!(titles.len(), 60, "titles are unique");
        for art in &a.articles {
            assert!(art.body_html.contains("<h2>") && art.body_html.contains("<li>") && art.body_html.contains("<a href="), "{}", art.body_html);
        }
        for d in &a.deals {
            assert!(d.close_date.len() == 10 && d.probability <= 100);
        }
        for t in &a.tickets {
            assert!(STATUSES.contains(&t.status.as_str()));
            assert!(t.updated_at >= t.created_at);
        }
        assert!(seed(0).contacts.is_empty());
    }
}
