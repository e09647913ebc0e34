//! The map's context menu: collapse a business unit into one node, or
//! expand it again.

use super::motion::centroid;
use super::{MapView, canvas};
use crate::model::{Account, MapLayout, PersonRef};

impl MapView {
    /// The unit under a screen position: a collapsed node, a person's unit,
    /// or the region that holds the point.
    pub(super) fn unit_at(&self, account: &Account, screen: egui::Pos2) -> Option<crate::model::UnitId> {
        let built = self.derived.built.as_ref()?;
        let at = self.viewport.cam.to_map(self.viewport.rect, screen);
        if let Some(u) = built.collapsed_at(at, self.viewport.cam.zoom, &|c| centroid(&self.motion.shown, &c.people)) {
            return Some(u);
        }
        if let Some(PersonRef::Contact(c)) = canvas::person_at(built, &self.viewport.cam, self.viewport.rect, screen) {
            return account.contact(c)?.unit;
        }
        built
            .regions
            .iter()
            .filter(|r| r.centre.distance(at) <= r.radius)
            .min_by(|a, b| a.radius.total_cmp(&b.radius))
            .map(|r| r.unit)
    }

    /// Right-click on the map: collapse or expand the unit there.
    pub(super) fn context_menu(&mut self, response: &egui::Response, account: &Account) {
        if response.secondary_clicked() {
            self.interaction.menu_at = response.interact_pointer_pos();
        }
        let unit = self.interaction.menu_at.and_then(|p| self.unit_at(account, p));
        let mut action = None;
        response.context_menu(|ui| {
            let name = unit.and_then(|u| account.unit(u)).map(|u| u.name.clone());
            match (unit, name) {
                (Some(u), Some(name)) if self.show.collapsed.contains(&u) => {
                    if ui.button(crate::t!("map-expand-unit", unit = name)).clicked() {
                        action = Some((u, false));
                        ui.close();
                    }
                }
                (Some(u), Some(name)) if self.derived.layout == MapLayout::Force => {
                    let b = ui.button(crate::t!("map-collapse-unit", unit = name));
                    if b.on_hover_text(crate::i18n::tr("map-show-unit-node")).clicked() {
                        action = Some((u, true));
                        ui.close();
                    }
                }
                _ => {
                    ui.weak(crate::i18n::tr("map-right-click-business"));
                }
            }
            if !self.show.collapsed.is_empty() && ui.button(crate::i18n::tr("map-expand-all-units")).clicked() {
                self.show.collapsed.clear();
                self.derived.built = None;
                ui.close();
            }
        });
        match action {
            Some((u, true)) => self.collapse_unit(u),
            Some((u, false)) => self.expand_unit(u),
            None => {}
        }
    }
}
