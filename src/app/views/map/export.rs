//! The map as the user sees it, handed to the SVG / PNG export: the people
//! and lines on screen with their emphasis, the zoom and pan, the theme.

use super::MapView;
use crate::app::views::UiState;
use crate::export::map::MapLook;
use crate::layout::Point;
use crate::model::{Account, MapLayout, Project};
use crate::scene::palette::Palette;
use crate::scene::{BoardScene, Scene, SceneLine};
use chrono::NaiveDate;

impl MapView {
    /// What the export draws: the current view when the map has been shown,
    /// or else the whole map of the account.
    pub fn export_view(
        &self,
        project: &Project,
        account: &Account,
        state: &UiState,
        today: NaiveDate,
    ) -> (Scene, MapLook) {
        let title = format!("{} · {}", account.name, crate::i18n::numbers::date(today));
        let shown_here =
            self.derived.key.is_some_and(|(a, ..)| a == account.id) && state.view == crate::app::views::ViewKind::Map;
        let Some(built) = self.derived.built.as_ref().filter(|_| shown_here) else {
            let mut scene = crate::scene::whole_map(project, account, today);
            let look = MapLook { opinions: self.show.opinions, ..MapLook::fit(&scene, title) };
            if !self.show.opinions {
                without_stance(&mut scene);
            }
            return (scene, look);
        };
        let mut scene = Scene { regions: built.regions.clone(), ..Scene::default() };
        scene.people.clone_from(&built.people);
        for l in &built.lines {
            let (a, b) = (&built.people[l.from], &built.people[l.to]);
            scene.lines.push(SceneLine { data: l.data.clone(), from: a.data.person, to: b.data.person });
        }
        if self.derived.layout == MapLayout::Board {
            scene.board = self.derived.board.clone().map(|b| BoardScene::new(b, project));
        }
        let (zoom, pan) = (self.viewport.cam.zoom, self.viewport.cam.pan);
        let zoom = zoom.max(0.01);
        let look = MapLook {
            palette: Palette::new(if self.show.presenting { self.show.presenting_dark } else { self.last.dark }),
            zoom,
            origin: Point::new(-pan.x / zoom, -pan.y / zoom),
            width: self.viewport.rect.width(),
            height: self.viewport.rect.height(),
            label_scale: if self.show.presenting {
                crate::scene::style::wall_scale(self.viewport.rect.height())
            } else {
                self.show.label_scale
            },
            show_titles: zoom >= 1.15,
            title,
            legend: self.show.legend || self.show.presenting,
            text: if self.show.presenting {
                crate::scene::style::wall_text(self.viewport.rect.height())
            } else {
                crate::export::map::TEXT
            },
            legend_stacks: 0,
            opinions: self.show.opinions,
        };
        if !self.show.opinions {
            without_stance(&mut scene);
        }
        (scene, look)
    }
}

/// Every person's stance taken out of what the export is drawn from, so
/// nothing of it can reach the file written.
fn without_stance(scene: &mut Scene) {
    for p in &mut scene.people {
        if let crate::scene::NodeKind::Contact { stance, .. } = &mut p.data.kind {
            *stance = crate::model::Stance::Unknown;
        }
    }
}
