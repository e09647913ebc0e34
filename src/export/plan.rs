//! The account plan as a document a key account manager can hand to their
//! mentor: Markdown or one self-contained HTML file that prints to PDF.

use super::doc::{Block, Doc, Section};
use crate::analysis::health;
use crate::analysis::penetration;
use crate::model::{Account, ContactId, Project};
use chrono::NaiveDate;

use crate::i18n::tr;
use crate::t;

pub use crate::i18n::numbers::grouped as amount;
use crate::i18n::numbers::in_currency;

fn date(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "—".into(), crate::i18n::numbers::date)
}

fn opt(v: Option<f64>) -> String {
    v.map_or_else(|| "—".into(), |v| crate::i18n::numbers::decimal(v, if v.fract() == 0.0 { 0 } else { 2 }))
}

/// A heading (a message id) and its text, unless the text is empty.
fn text(title: &str, body: &str) -> Vec<Block> {
    if body.trim().is_empty() { vec![] } else { vec![Block::Heading(tr(title)), Block::Text(body.into())] }
}

/// A table whose headers are message ids.
fn table(headers: &[&str], rows: Vec<Vec<String>>) -> Block {
    Block::Table { headers: headers.iter().map(|h| tr(h)).collect(), rows }
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
        title: t!("export-plan-title", account = &account.name),
        subtitle: t!("export-plan-subtitle", company = &project.our_company, date = crate::i18n::numbers::date(today)),
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
            items.push(tr("export-nothing-missing-stale"));
        }
        Section {
            title: t!("plan-health-is", state = health::indicator(&findings).label()),
            blocks: vec![Block::List(items)],
        }
    }

    fn the_account(&self) -> Section {
        let (project, account) = (self.project, self.account);
        let tier = project.scoring.tier_of(account).map_or_else(
            || "—".into(),
            |(t, o)| if o { t!("portfolio-tier-overridden", tier = &t.name) } else { t.name.clone() },
        );
        let score = match project.scoring.score(account) {
            crate::model::ScoreOutcome::Complete(s) => {
                t!("export-score-of-100", score = crate::i18n::numbers::decimal(s, 1))
            }
            _ => tr("export-score-incomplete"),
        };
        let mut facts = vec![
            (tr("portfolio-industry"), account.industry.clone()),
            (tr("plan-lifecycle-stage"), account.lifecycle.label().clone()),
            (tr("export-score-and-tier"), format!("{score} · {tier}")),
            (tr("export-revenue-us"), in_currency(amount(account.current_revenue), &project.currency)),
            (tr("scoring-potential-revenue"), in_currency(amount(account.potential_revenue), &project.currency)),
        ];
        if let Some(o) = &account.tier_override {
            facts.push((tr("export-why-tier-set"), o.reason.clone()));
        }
        let team_rows =
            account.team.iter().map(|t| vec![self.member(Some(t.member)), t.role.label().clone()]).collect();
        Section {
            title: tr("plan-account"),
            blocks: vec![
                Block::Facts(facts),
                Block::Heading(tr("plan-account-team")),
                table(&["scoring-name", "plan-role"], team_rows),
            ],
        }
    }

    fn goals(&self) -> Section {
        let plan = &self.account.plan;
        let mut blocks = text("plan-overall-goal", &plan.overall_goal);
        blocks.extend(text("plan-strategy", &plan.strategy));
        blocks.extend(text("plan-success-factors", &plan.success_factors));
        blocks.extend(text("plan-notes", &plan.notes));
        Section { title: tr("plan-goals-strategy-success"), blocks }
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
                    if overdue { t!("export-status-overdue", status = a.status.label()) } else { a.status.label() },
                ]
            })
            .collect();
        Section {
            title: tr("plan-key-activities"),
            blocks: vec![table(&["plan-activity", "plan-owner-3", "plan-due", "plan-status-2"], rows)],
        }
    }

    fn knowing_the_client(&self) -> Section {
        let plan = &self.account.plan;
        let mut blocks = vec![Block::Heading(tr("plan-economic-development"))];
        blocks.push(table(
            &["plan-year", "kpi-sales", "kpi-turnover", "export-profitability"],
            plan.economics
                .iter()
                .map(|y| {
                    vec![
                        y.year.to_string(),
                        amount(y.sales),
                        amount(y.turnover),
                        if y.profitability.is_finite() {
                            format!("{} %", crate::i18n::numbers::decimal(y.profitability, 1))
                        } else {
                            crate::i18n::numbers::NOT_A_NUMBER.to_owned()
                        },
                    ]
                })
                .collect(),
        ));
        blocks.extend(text("plan-their-products-services", &plan.offerings_and_markets));
        blocks.extend(text("plan-their-goals-strategy", &plan.client_goals));
        blocks.extend(text("plan-their-organisation", &plan.organisation));
        blocks.extend(text("export-sources", &plan.sources));
        Section { title: tr("plan-knowing-client"), blocks }
    }

    fn history(&self) -> Section {
        let plan = &self.account.plan;
        let mut blocks = vec![table(
            &["plan-kind", "contact-title", "plan-start", "plan-end", "plan-value-year"],
            plan.agreements
                .iter()
                .map(|a| vec![a.kind.clone(), a.title.clone(), date(a.start), date(a.end), amount(a.value)])
                .collect(),
        )];
        blocks.extend(text("plan-what-they-have", &plan.purchases));
        Section { title: tr("plan-our-history-them"), blocks }
    }

    fn kpis(&self) -> Section {
        let mut kpis = self.account.plan.kpis.clone();
        kpis.sort_by_key(|k| (k.kpi, k.year));
        let rows = kpis
            .iter()
            .map(|k| vec![k.kpi.label().clone(), k.year.to_string(), opt(k.target), opt(k.actual)])
            .collect();
        Section {
            title: tr("plan-kpis"),
            blocks: vec![table(&["plan-kpi", "plan-year", "plan-target", "plan-actual"], rows)],
        }
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
                    t!("export-stance-change", now = now, target = g.target_stance.label()),
                    g.target_coverage.to_string(),
                    g.how.clone(),
                ]
            })
            .collect();
        Section {
            title: tr("plan-relationship-goals"),
            blocks: vec![table(
                &["export-person", "export-stance-now-target", "export-us-who-should", "export-how"],
                rows,
            )],
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
            title: tr("plan-competitors-partners"),
            blocks: vec![
                table(&["plan-competitor", "plan-where-they-strong", "export-at"], competitors),
                table(&["plan-partner", "plan-role"], partners),
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
                    m.kind.label().clone(),
                    t!("export-every-days", days = m.every_days),
                    m.our_people.clone(),
                    m.their_people.clone(),
                    m.agenda.clone(),
                    date(m.last_held),
                    date(m.next_due()),
                ]
            })
            .collect();
        let headers = [
            "plan-meeting",
            "export-how-often",
            "plan-our-people",
            "plan-their-people",
            "plan-agenda",
            "plan-last-held",
            "plan-next-due",
        ];
        Section { title: tr("plan-meeting-structure"), blocks: vec![table(&headers, rows)] }
    }

    fn reviews(&self) -> Section {
        let plan = &self.account.plan;
        let mut reviews = plan.reviews.clone();
        reviews.sort_by_key(|r| r.date);
        let rows = reviews
            .iter()
            .map(|r| vec![crate::i18n::numbers::date(r.date), r.reviewer.clone(), r.comments.clone()])
            .collect();
        Section {
            title: tr("plan-reviews"),
            blocks: vec![
                Block::Facts(vec![(tr("plan-next-review-due"), date(plan.next_review_due()))]),
                table(&["plan-date", "plan-reviewer", "plan-comments"], rows),
            ],
        }
    }

    fn referrals(&self) -> Section {
        let rows = self
            .account
            .plan
            .referrals
            .iter()
            .map(|r| vec![self.person(r.contact), r.kind.label(), date(r.date), r.what.clone()])
            .collect();
        Section {
            title: tr("plan-referrals-testimonials"),
            blocks: vec![table(&["plan-who", "plan-gave", "plan-date", "plan-what"], rows)],
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
        title: tr("plan-opportunities"),
        blocks: vec![
            Block::Facts(vec![(
                tr("plan-found"),
                t!("export-found-worth", count = plan.opportunities.len(), total = amount(total)),
            )]),
            table(
                &[
                    "map-product-service",
                    "map-business-unit",
                    "plan-value",
                    "plan-owner-3",
                    "plan-next-step",
                    "plan-found",
                ],
                rows,
            ),
        ],
    }
}

fn matrix_section(project: &Project, account: &Account) -> Section {
    let plan = &account.plan;
    let mut headers = vec![tr("plan-product-unit")];
    headers.extend(account.units.iter().map(|u| u.name.clone()));
    headers.push(tr("export-buying-opportunity"));
    let mut rows = Vec::new();
    for p in &project.products {
        let mut row = vec![p.name.clone()];
        for u in &account.units {
            row.push(penetration::cell_text(plan.cell(p.id, u.id), amount, true));
        }
        row.push(penetration::totals_text(plan.product_totals(p.id), amount));
        rows.push(row);
    }
    let mut total = vec![tr("plan-total")];
    for u in &account.units {
        total.push(penetration::totals_text(plan.unit_totals(u.id), amount));
    }
    total.push(penetration::totals_text(plan.penetration_totals(|_| true), amount));
    rows.push(total);
    Section {
        title: tr("plan-penetration-matrix"),
        blocks: vec![Block::Text(tr("export-white-space-nobody")), Block::Table { headers, rows }],
    }
}

pub fn markdown(project: &Project, account: &Account, today: NaiveDate) -> String {
    document(project, account, today).to_markdown()
}

pub fn html(project: &Project, account: &Account, today: NaiveDate) -> String {
    document(project, account, today).to_html()
}
