//! A type-ahead picker: a text field that chooses from a short list as you
//! type ("dai" picks Nordvik Dairy). Quicker than a drop-down when a room is
//! waiting: type a few letters, Tab on. Up and Down step through the
//! matches; the list can be clicked too.

use egui::{Id, Key, Response, Ui};

/// The options that match what was typed, best first: names that start
/// with it, then names with a word that starts with it, then the rest that
/// contain it. An empty query matches everything.
pub fn matches<'a, T: Copy>(options: &'a [(T, String)], query: &str) -> Vec<&'a (T, String)> {
    let q = query.trim().to_lowercase();
    let mut ranked: Vec<(u8, &(T, String))> = options
        .iter()
        .filter_map(|o| {
            let name = o.1.to_lowercase();
            let rank = if name.starts_with(&q) {
                0
            } else if name.split([' ', '-', '/', '(']).any(|w| w.starts_with(&q)) {
                1
            } else if name.contains(&q) {
                2
            } else {
                return None;
            };
            Some((rank, o))
        })
        .collect();
    ranked.sort_by_key(|(rank, _)| *rank);
    ranked.into_iter().map(|(_, o)| o).collect()
}

/// The picker. `query` is what the field shows; `choice` follows it. When the
/// field is left, it shows the chosen name in full. Returns the text field's
/// response, so the caller can label it and place the keyboard in it.
pub fn pick<T: Copy + PartialEq>(
    ui: &mut Ui,
    id: Id,
    query: &mut String,
    choice: &mut Option<T>,
    options: &[(T, String)],
    width: f32,
) -> Response {
    let r = ui.add(
        egui::TextEdit::singleline(query).id(id).desired_width(width).hint_text(crate::i18n::tr("view-type-search")),
    );
    if r.gained_focus() {
        // Tabbing into a filled-in field selects its text, so what is typed
        // replaces it ("Erik" over "Karin Lindqvist"), as in a form field.
        select_all(ui.ctx(), id, query);
    }
    let found = matches(options, query);
    if r.changed() {
        *choice = if query.trim().is_empty() { None } else { found.first().map(|o| o.0) };
    }
    if r.has_focus() && !found.is_empty() {
        let (down, up) = ui.input_mut(|i| {
            (i.consume_key(egui::Modifiers::NONE, Key::ArrowDown), i.consume_key(egui::Modifiers::NONE, Key::ArrowUp))
        });
        if down || up {
            let at = choice.and_then(|c| found.iter().position(|o| o.0 == c));
            let next = match (at, down) {
                (None, _) => 0,
                (Some(i), true) => (i + 1) % found.len(),
                (Some(i), false) => (i + found.len() - 1) % found.len(),
            };
            *choice = Some(found[next].0);
        }
    }
    if r.lost_focus()
        && let Some(name) = choice.and_then(|c| options.iter().find(|o| o.0 == c))
    {
        query.clone_from(&name.1);
    }
    list(ui, id, &r, query, choice, &found);
    r
}

/// The matches under the field while it has the keyboard (or the pointer is
/// on the list, so a click on it lands).
fn list<T: Copy + PartialEq>(
    ui: &Ui,
    id: Id,
    field: &Response,
    query: &mut String,
    choice: &mut Option<T>,
    found: &[&(T, String)],
) {
    let hover_id = id.with("list hovered");
    let hovered = ui.data(|d| d.get_temp::<bool>(hover_id)).unwrap_or(false);
    if !(field.has_focus() || hovered) || found.is_empty() {
        ui.data_mut(|d| d.insert_temp(hover_id, false));
        return;
    }
    // The list reads at the same size as the form it belongs to.
    let style = ui.style().clone();
    // Beside the field, not below it: the fields under it stay in view. It
    // is as wide as the room to the window's edge allows (long names are
    // cut short), so it is never pushed back over the form.
    let room = ui.ctx().content_rect().right() - field.rect.right() - 16.0;
    let beside = room >= MIN_LIST_WIDTH;
    let (at, width) = if beside {
        (field.rect.right_top() + egui::vec2(8.0, 0.0), room.min(field.rect.width()))
    } else {
        (field.rect.left_bottom() + egui::vec2(0.0, 4.0), field.rect.width())
    };
    let area = egui::Area::new(id.with("list")).order(egui::Order::Foreground).fixed_pos(at).show(ui.ctx(), |ui| {
        ui.set_style(style);
        egui::Frame::popup(ui.style())
            .show(ui, |ui| {
                ui.set_min_width(width);
                ui.set_max_width(width);
                let mut clicked = false;
                for (t, name) in found.iter().take(10) {
                    let item = egui::Button::selectable(*choice == Some(*t), name.as_str()).truncate();
                    if ui.add(item).on_hover_text(name.as_str()).clicked() {
                        *choice = Some(*t);
                        query.clone_from(name);
                        clicked = true;
                    }
                }
                if found.len() > 10 {
                    ui.weak(crate::t!("view-more-matches", more = found.len() - 10));
                }
                clicked
            })
            .inner
    });
    // A click picks and closes the list.
    let keep = area.response.contains_pointer() && !area.inner;
    ui.data_mut(|d| d.insert_temp(hover_id, keep));
}

/// The narrowest list still worth showing beside its field.
const MIN_LIST_WIDTH: f32 = 160.0;

/// Selects all of a text field's text (its next frame shows it selected).
fn select_all(ctx: &egui::Context, id: Id, text: &str) {
    if let Some(mut state) = egui::TextEdit::load_state(ctx, id) {
        let all =
            egui::text::CCursorRange::two(egui::text::CCursor::new(0), egui::text::CCursor::new(text.chars().count()));
        state.cursor.set_char_range(Some(all));
        state.store(ctx, id);
    }
}

#[cfg(test)]
mod tests {
    use super::matches;

    fn names(found: Vec<&(u32, String)>) -> Vec<&str> {
        found.into_iter().map(|o| o.1.as_str()).collect()
    }

    #[test]
    fn names_that_start_with_the_letters_come_first() {
        let options: Vec<(u32, String)> =
            ["Group IT", "Nordvik Dairy", "Frozen Foods Division", "Dairy Logistics", "Plant Kolding"]
                .iter()
                .enumerate()
                .map(|(i, n)| (i as u32, (*n).to_owned()))
                .collect();
        assert_eq!(names(matches(&options, "dai")), ["Dairy Logistics", "Nordvik Dairy"]);
        assert_eq!(names(matches(&options, "  FROZEN ")), ["Frozen Foods Division"], "case and spaces do not matter");
        assert_eq!(names(matches(&options, "oldi")), ["Plant Kolding"], "inside a word comes last");
        assert_eq!(matches(&options, "").len(), 5, "nothing typed lists everything");
        assert!(matches(&options, "xyz").is_empty());
    }
}
