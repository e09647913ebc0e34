//! Small form helpers shared by the views. Each reports a new value instead
//! of editing the model.

use crate::i18n::tr;
use egui::{Response, Ui};

/// The size `text` takes on one line in the body font.
pub fn text_size(ui: &Ui, text: &str) -> egui::Vec2 {
    let one_line = Some(egui::TextWrapMode::Extend);
    egui::WidgetText::from(text).into_galley(ui, one_line, f32::INFINITY, egui::TextStyle::Body).size()
}

/// A grid row: a label, then a single-line text field. Returns the new
/// text when the user changed it.
/// The width a field fills: what is left of the row, except while a new
/// grid measures its columns (its first frame), when the room it reports is
/// not the room it will have; filling that would widen the panel it is in.
pub fn fill_width(ui: &Ui) -> f32 {
    if ui.is_sizing_pass() { MEASURING_WIDTH } else { ui.available_width() }
}

const MEASURING_WIDTH: f32 = 120.0;

pub fn text_row(ui: &mut Ui, label: &str, value: &str) -> Option<String> {
    focused_text_row(ui, label, value, false)
}

/// A text row that takes the keyboard when `focus` (with its text selected,
/// so typing replaces a placeholder such as "New contact").
pub fn focused_text_row(ui: &mut Ui, label: &str, value: &str, focus: bool) -> Option<String> {
    let l = ui.label(tr(label));
    let mut text = value.to_owned();
    let mut output = egui::TextEdit::singleline(&mut text).desired_width(fill_width(ui)).show(ui);
    let r = output.response.response.clone().labelled_by(l.id);
    if focus {
        r.request_focus();
        let all =
            egui::text::CCursorRange::two(egui::text::CCursor::new(0), egui::text::CCursor::new(value.chars().count()));
        output.state.cursor.set_char_range(Some(all));
        output.state.store(ui.ctx(), r.id);
    }
    ui.end_row();
    (r.changed() && text != value).then_some(text)
}

/// A grid row with a multi-line text field.
pub fn multiline_row(ui: &mut Ui, label: &str, value: &str, rows: usize) -> Option<String> {
    let l = ui.label(tr(label));
    let mut text = value.to_owned();
    let r =
        ui.add(egui::TextEdit::multiline(&mut text).desired_rows(rows).desired_width(fill_width(ui))).labelled_by(l.id);
    ui.end_row();
    (r.changed() && text != value).then_some(text)
}

/// A grid row with a drop-down over a closed set of values.
pub fn choice_row<T: Copy + PartialEq>(
    ui: &mut Ui,
    label: &str,
    current: T,
    all: &[T],
    text: impl Fn(T) -> String,
) -> Option<T> {
    let l = ui.label(tr(label));
    let mut picked = None;
    egui::ComboBox::from_id_salt(("choice", label))
        .selected_text(text(current))
        .width(fill_width(ui).min(260.0))
        .show_ui(ui, |ui| {
            for &v in all {
                if ui.selectable_label(v == current, text(v)).clicked() && v != current {
                    picked = Some(v);
                }
            }
        })
        .response
        .labelled_by(l.id);
    ui.end_row();
    picked
}

/// A grid row with a 1-5 slider.
pub fn scale_row(ui: &mut Ui, label: &str, value: u8, tooltip: &str) -> Option<u8> {
    let l = ui.label(tr(label)).on_hover_text(tr(tooltip));
    let mut v = value.clamp(1, 5);
    let r = ui.add(egui::Slider::new(&mut v, 1..=5)).labelled_by(l.id).on_hover_text(tr(tooltip));
    ui.end_row();
    (r.changed() && v != value).then_some(v)
}

/// A grid row with a number field for money; never negative.
pub fn money_row(ui: &mut Ui, label: &str, currency: &str, value: f64) -> Option<f64> {
    let text = if currency.trim().is_empty() { tr(label) } else { format!("{} ({})", tr(label), currency.trim()) };
    let l = ui.label(text);
    let mut v = value;
    let r = ui.add(money_field(&mut v).speed(10_000.0)).labelled_by(l.id);
    ui.end_row();
    (r.changed() && v != value).then_some(v)
}

/// A field for an amount of money: shown grouped ("18 400 000"), typed as
/// a person writes it ("18.4 M", "950 k", "18 400 000"), dragged in steps.
pub fn money_field(value: &mut f64) -> egui::DragValue<'_> {
    egui::DragValue::new(value)
        .range(0.0..=1e12)
        .speed(1000.0)
        .max_decimals(0)
        .custom_formatter(|v, _| crate::i18n::numbers::grouped(v))
        .custom_parser(crate::i18n::numbers::parse_amount)
}

/// A field for a number with decimals (a weight, a percentage, a KPI),
/// shown and typed with the language's decimal mark ("15,5" in Swedish and
/// Danish; a point is read too).
pub fn decimal_field(value: &mut f64, max_decimals: usize) -> egui::DragValue<'_> {
    egui::DragValue::new(value)
        .max_decimals(max_decimals)
        .custom_formatter(|v, decimals| crate::i18n::numbers::decimal_shortest(v, *decimals.start(), *decimals.end()))
        .custom_parser(crate::i18n::numbers::parse_amount)
}

/// A button with a tooltip (no button without one).
pub fn button(ui: &mut Ui, text: &str, tooltip: &str) -> Response {
    ui.button(tr(text)).on_hover_text(tr(tooltip))
}

/// A small × that removes something. Screen readers (and tests) hear
/// `name`; the pointer shows `tooltip`. Returns true when clicked.
pub fn cross_button(ui: &mut Ui, name: &str, tooltip: &str) -> bool {
    let r = ui.small_button("×");
    let name = tr(name);
    r.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, &name));
    r.on_hover_text(tr(tooltip)).clicked()
}

/// Money as "18.4 M" / "950 k".
pub use crate::i18n::numbers::compact as money;

/// A date shown and typed as the language writes it, ISO always read
/// (empty = none). A bad date is shown in red
/// and not applied. Returns true when `value` changed.
pub fn date_edit(ui: &mut Ui, value: &mut Option<chrono::NaiveDate>, id: egui::Id) -> bool {
    let shown = value.map(crate::i18n::numbers::date).unwrap_or_default();
    let mut text: String = ui
        .data(|d| d.get_temp::<(Option<chrono::NaiveDate>, String)>(id))
        .filter(|(v, _)| v == value)
        .map_or(shown, |(_, t)| t);
    let t = text.trim().to_owned();
    let bad = !t.is_empty() && crate::i18n::numbers::parse_date(&t).is_none();
    let mut edit = egui::TextEdit::singleline(&mut text).id(id).hint_text(crate::i18n::numbers::date_hint());
    if bad {
        edit = edit.text_color(crate::app::theme::ERROR);
    }
    let r = ui.add_sized([104.0, 22.0], edit);
    let r = if bad { r.on_hover_text(crate::i18n::numbers::not_a_date()) } else { r };
    let mut changed = false;
    if r.changed() {
        let t = text.trim();
        if t.is_empty() {
            changed = value.is_some();
            *value = None;
        } else if let Some(d) = crate::i18n::numbers::parse_date(t) {
            changed = *value != Some(d);
            *value = Some(d);
        }
    }
    ui.data_mut(|d| d.insert_temp(id, (*value, text)));
    changed
}

/// One change: marked better or worse, a link when it names a person.
pub fn change_row(ui: &mut Ui, c: &crate::analysis::history::Change) -> Option<crate::model::PersonRef> {
    let mut clicked = None;
    // Long changes wrap within the column rather than widening it.
    ui.horizontal_top(|ui| {
        let (mark, colour, tip) = match c.better {
            Some(true) => ("⏶", crate::app::theme::OK, "plan-change-better"),
            Some(false) => ("⏷", crate::app::theme::ERROR, "plan-change-worse"),
            None => ("•", ui.visuals().weak_text_color(), "plan-change-neither"),
        };
        ui.colored_label(colour, mark).on_hover_text(tr(tip));
        match c.person {
            Some(p) => {
                let text = egui::Label::new(egui::RichText::new(&c.text).color(ui.visuals().hyperlink_color))
                    .wrap()
                    .sense(egui::Sense::click());
                let r = ui.add(text).on_hover_cursor(egui::CursorIcon::PointingHand);
                if r.on_hover_text(tr("plan-change-show-on-map")).clicked() {
                    clicked = Some(p);
                }
            }
            None => {
                ui.add(egui::Label::new(&c.text).wrap());
            }
        }
    });
    clicked
}
