//! The account plan as a document a key account manager can hand to their
//! mentor: Markdown or one self-contained HTML file that prints to PDF.

use super::doc::{Block, Doc, Section};
use crate::analysis::health;
use crate::analysis::penetration;
use crate::model::{Account, ContactId, Project};
use chrono::NaiveDate;

pub use crate::numbers::grouped as amount;
use crate::numbers::in_currency;

fn date(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "—".into(), |d| d.to_string())
}

fn opt(v: Option<f64>) -> String {
    v.map_or_else(|| "—".into(), |v| format!("{v}"))
}

fn text(title: &str, body: &str) -> Vec<Block> {
    if body.trim().is_empty() { vec![] } else { vec![Block::Heading(title.into()), Block::Text(body.into())] }
}

fn table(headers: &[&str], rows: Vec<Vec<String>>) -> Block {
    Block::Table { headers: headers.iter().map(|h| (*h).to_owned()).collect(), rows }
}

/// Builds the plan document for `account` as of `today`.
pub fn document(project: &Project, account: &Account, today: NaiveDate) -> Doc {
    let at = At { project, account, today };
    let sections = vec![
        at.health(),
        at.the_account(),
        at.goals(),
        at.activities(),
        matrix_section(project, account),
        opportunity_section(project, account),
        at.knowing_the_client(),
        at.history(),
        at.kpis(),
        at.relationship_goals(),
        at.competitors_and_partners(),
        at.meetings(),
        at.reviews(),
        at.referrals(),
    ];
    Doc {
        title: format!("Account plan: {}", account.name),
        subtitle: format!("{} · as of {today}", project.our_company),
        sections,
    }
}

/// The account being written up, and the day it is written.
struct At<'a> {
    project: &'a Project,
    account: &'a Account,
    today: NaiveDate,
}

impl At<'_> {
    fn person(&self, c: ContactId) -> String {
        self.account.contact(c).map_or_else(|| c.to_string(), |c| format!("{} ({})", c.name, c.title))
    }

    fn member(&self, m: Option<crate::model::MemberId>) -> String {
        m.and_then(|m| self.project.member(m)).map_or_else(|| "—".into(), |m| m.name.clone())
    }

    fn health(&self) -> Section {
        let findings = health::findings(self.account, self.today);
        let mut items: Vec<String> = findings
            .iter()
            .map(|f| format!("{} — {}: {}", f.level.label(), crate::i18n::tr(f.section), f.message))
            .collect();
        if items.is_empty() {
            items.push("Nothing missing or stale.".into());
        }
        Section {
            title: format!("Plan health: {}", health::indicator(&findings).label()),
            blocks: vec![Block::List(items)],
        }
    }

    fn the_account(&self) -> Section {
        let (project, account) = (self.project, self.account);
        let tier = project
            .scoring
            .tier_of(account)
            .map_or_else(|| "—".into(), |(t, o)| if o { format!("{} (override)", t.name) } else { t.name.clone() });
        let score = match project.scoring.score(account) {
            crate::model::ScoreOutcome::Complete(s) => format!("{s:.1} / 100"),
            _ => "incomplete".into(),
        };
        let mut facts = vec![
            ("Industry".to_owned(), account.industry.clone()),
            ("Lifecycle stage".to_owned(), account.lifecycle.label().to_owned()),
            ("Score and tier".to_owned(), format!("{score} · {tier}")),
            ("Revenue with us".to_owned(), in_currency(amount(account.current_revenue), &project.currency)),
            ("Potential revenue".to_owned(), in_currency(amount(account.potential_revenue), &project.currency)),
        ];
        if let Some(o) = &account.tier_override {
            facts.push(("Why the tier is set by hand".into(), o.reason.clone()));
        }
        let team_rows =
            account.team.iter().map(|t| vec![self.member(Some(t.member)), t.role.label().to_owned()]).collect();
        Section {
            title: "The account".into(),
            blocks: vec![
                Block::Facts(facts),
                Block::Heading("Account team".into()),
                table(&["Name", "Role"], team_rows),
            ],
        }
    }

    fn goals(&self) -> Section {
        let plan = &self.account.plan;
        let mut blocks = text("Overall goal", &plan.overall_goal);
        blocks.extend(text("Strategy", &plan.strategy));
        blocks.extend(text("Success factors", &plan.success_factors));
        blocks.extend(text("Notes", &plan.notes));
        Section { title: "Goals, strategy and success factors".into(), blocks }
    }

    fn activities(&self) -> Section {
        let rows = self
            .account
            .plan
            .activities
            .iter()
            .map(|a| {
                let overdue = a.status.is_open() && a.due.is_some_and(|d| d < self.today);
                vec![
                    a.title.clone(),
                    self.member(a.owner),
                    date(a.due),
                    format!("{}{}", a.status.label(), if overdue { " (OVERDUE)" } else { "" }),
                ]
            })
            .collect();
        Section { title: "Key activities".into(), blocks: vec![table(&["Activity", "Owner", "Due", "Status"], rows)] }
    }

    fn knowing_the_client(&self) -> Section {
        let plan = &self.account.plan;
        let mut blocks = vec![Block::Heading("Economic development".into())];
        blocks.push(table(
            &["Year", "Sales", "Turnover", "Profitability"],
            plan.economics
                .iter()
                .map(|y| {
                    vec![y.year.to_string(), amount(y.sales), amount(y.turnover), format!("{:.1} %", y.profitability)]
                })
                .collect(),
        ));
        blocks.extend(text("Their products, services and markets", &plan.offerings_and_markets));
        blocks.extend(text("Their goals and strategy", &plan.client_goals));
        blocks.extend(text("Their organisation", &plan.organisation));
        blocks.extend(text("Sources", &plan.sources));
        Section { title: "Knowing the client".into(), blocks }
    }

    fn history(&self) -> Section {
        let plan = &self.account.plan;
        let mut blocks = vec![table(
            &["Kind", "Title", "Start", "End", "Value / year"],
            plan.agreements
                .iter()
                .map(|a| vec![a.kind.clone(), a.title.clone(), date(a.start), date(a.end), amount(a.value)])
                .collect(),
        )];
        blocks.extend(text("What they have bought", &plan.purchases));
        Section { title: "Our history with them".into(), blocks }
    }

    fn kpis(&self) -> Section {
        let mut kpis = self.account.plan.kpis.clone();
        kpis.sort_by_key(|k| (k.kpi, k.year));
        let rows = kpis
            .iter()
            .map(|k| vec![k.kpi.label().to_owned(), k.year.to_string(), opt(k.target), opt(k.actual)])
            .collect();
        Section { title: "KPIs".into(), blocks: vec![table(&["KPI", "Year", "Target", "Actual"], rows)] }
    }

    fn relationship_goals(&self) -> Section {
        let rows = self
            .account
            .plan
            .relationship_goals
            .iter()
            .map(|g| {
                let now = self.account.contact(g.contact).map_or_else(|| "—".to_owned(), |c| c.stance.label());
                vec![
                    self.person(g.contact),
                    format!("{now} -> {}", g.target_stance.label()),
                    g.target_coverage.to_string(),
                    g.how.clone(),
                ]
            })
            .collect();
        Section {
            title: "Relationship goals".into(),
            blocks: vec![table(&["Person", "Stance now -> target", "Of us who should know them", "How"], rows)],
        }
    }

    fn competitors_and_partners(&self) -> Section {
        let (account, plan) = (self.account, &self.account.plan);
        let unit_names = |units: &[crate::model::UnitId]| {
            units.iter().filter_map(|u| account.unit(*u)).map(|u| u.name.clone()).collect::<Vec<_>>().join(", ")
        };
        let competitors =
            plan.competitors.iter().map(|c| vec![c.name.clone(), c.strengths.clone(), unit_names(&c.units)]).collect();
        let partners = plan.partners.iter().map(|p| vec![p.name.clone(), p.role.clone()]).collect();
        Section {
            title: "Competitors and partners".into(),
            blocks: vec![
                table(&["Competitor", "Where they are strong", "At"], competitors),
                table(&["Partner", "Role"], partners),
            ],
        }
    }

    fn meetings(&self) -> Section {
        let rows = self
            .account
            .plan
            .meetings
            .iter()
            .map(|m| {
                vec![
                    m.kind.label().to_owned(),
                    format!("every {} days", m.every_days),
                    m.our_people.clone(),
                    m.their_people.clone(),
                    m.agenda.clone(),
                    date(m.last_held),
                    date(m.next_due()),
                ]
            })
            .collect();
        let headers = ["Meeting", "How often", "Our people", "Their people", "Agenda", "Last held", "Next due"];
        Section { title: "Meeting structure".into(), blocks: vec![table(&headers, rows)] }
    }

    fn reviews(&self) -> Section {
        let plan = &self.account.plan;
        let mut reviews = plan.reviews.clone();
        reviews.sort_by_key(|r| r.date);
        let rows = reviews.iter().map(|r| vec![r.date.to_string(), r.reviewer.clone(), r.comments.clone()]).collect();
        Section {
            title: "Reviews".into(),
            blocks: vec![
                Block::Facts(vec![("Next review due".into(), date(plan.next_review_due()))]),
                table(&["Date", "Reviewer", "Comments"], rows),
            ],
        }
    }

    fn referrals(&self) -> Section {
        let rows = self
            .account
            .plan
            .referrals
            .iter()
            .map(|r| vec![self.person(r.contact), format!("{:?}", r.kind), date(r.date), r.what.clone()])
            .collect();
        Section {
            title: "Referrals and testimonials".into(),
            blocks: vec![table(&["Who", "Gave", "Date", "What"], rows)],
        }
    }
}

fn opportunity_section(project: &Project, account: &Account) -> Section {
    let product = |p| project.products.iter().find(|x| x.id == p).map_or("—".to_owned(), |x| x.name.clone());
    let unit = |u| account.unit(u).map_or("—".to_owned(), |x| x.name.clone());
    let owner = |m: Option<crate::model::MemberId>| {
        m.and_then(|m| project.member(m)).map_or("—".to_owned(), |m| m.name.clone())
    };
    let plan = &account.plan;
    let rows = plan
        .opportunities
        .iter()
        .map(|o| {
            vec![product(o.product), unit(o.unit), amount(o.value), owner(o.owner), o.next_step.clone(), date(o.found)]
        })
        .collect();
    let total: f64 = plan.opportunities.iter().map(|o| o.value).sum();
    Section {
        title: "Opportunities".into(),
        blocks: vec![
            Block::Facts(vec![("Found".into(), format!("{} worth {}", plan.opportunities.len(), amount(total)))]),
            table(&["Product or service", "Business unit", "Value", "Owner", "Next step", "Found"], rows),
        ],
    }
}

fn matrix_section(project: &Project, account: &Account) -> Section {
    let plan = &account.plan;
    let mut headers = vec!["Product / unit".to_owned()];
    headers.extend(account.units.iter().map(|u| u.name.clone()));
    headers.push("Buying / opportunity".into());
    let mut rows = Vec::new();
    for p in &project.products {
        let mut row = vec![p.name.clone()];
        for u in &account.units {
            row.push(penetration::cell_text(plan.cell(p.id, u.id), amount, true));
        }
        row.push(penetration::totals_text(plan.product_totals(p.id), amount));
        rows.push(row);
    }
    let mut total = vec!["Total".to_owned()];
    for u in &account.units {
        total.push(penetration::totals_text(plan.unit_totals(u.id), amount));
    }
    total.push(penetration::totals_text(plan.penetration_totals(|_| true), amount));
    rows.push(total);
    Section {
        title: "Penetration matrix".into(),
        blocks: vec![
            Block::Text("'?' is white space: nobody on our team knows yet.".into()),
            Block::Table { headers, rows },
        ],
    }
}

pub fn markdown(project: &Project, account: &Account, today: NaiveDate) -> String {
    document(project, account, today).to_markdown()
}

pub fn html(project: &Project, account: &Account, today: NaiveDate) -> String {
    document(project, account, today).to_html()
}
