//! macOS: Finder opens a document by sending the running (or starting)
//! application an "open documents" Apple Event, not by passing a path, and
//! eframe does not forward it (egui issue 7057). We install our own handler
//! for it once the application is about to finish launching (the moment
//! Apple documents for replacing `AppKit`'s own handler, and before the event
//! of a cold start is delivered) and queue the paths for the app.
#![expect(unsafe_code, reason = "foreign calls into AppKit; each block says why it is sound")]

use objc2::rc::Retained;
use objc2::runtime::{AnyObject, NSObject};
use objc2::{ClassType as _, define_class, msg_send, sel};
use std::ffi::{CStr, c_char};
use std::path::PathBuf;

/// Four-character codes of the Apple Event Manager.
const fn four_cc(code: &[u8; 4]) -> u32 {
    u32::from_be_bytes(*code)
}
const CORE_EVENT_CLASS: u32 = four_cc(b"aevt");
const OPEN_DOCUMENTS: u32 = four_cc(b"odoc");
const DIRECT_OBJECT: u32 = four_cc(b"----");

define_class!(
    // SAFETY: NSObject has no subclassing requirements and this class has
    // no Drop implementation and no instance variables.
    #[unsafe(super(NSObject))]
    #[name = "GambitOpenDocuments"]
    struct OpenDocuments;

    impl OpenDocuments {
        /// NSApplicationWillFinishLaunchingNotification: take over "open documents".
        #[unsafe(method(willFinishLaunching:))]
        fn will_finish_launching(&self, _notification: &AnyObject) {
            // SAFETY: the selector names a method of this class taking two
            // objects, as NSAppleEventManager calls it; `self` lives for the
            // rest of the process (leaked in `listen_for_open_documents`).
            unsafe {
                let Some(manager): Option<Retained<AnyObject>> =
                    msg_send![objc2::class!(NSAppleEventManager), sharedAppleEventManager]
                else {
                    return;
                };
                let _: () = msg_send![
                    &*manager,
                    setEventHandler: self,
                    andSelector: sel!(handleOpenDocuments:withReplyEvent:),
                    forEventClass: CORE_EVENT_CLASS,
                    andEventID: OPEN_DOCUMENTS
                ];
            }
        }

        /// The "open documents" event: a list of file URLs.
        #[unsafe(method(handleOpenDocuments:withReplyEvent:))]
        fn handle_open_documents(&self, event: &AnyObject, _reply: &AnyObject) {
            for path in document_paths(event) {
                super::open_queue::push(path);
            }
        }
    }
);

/// The file paths an "open documents" event names.
fn document_paths(event: &AnyObject) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    // SAFETY: these are NSAppleEventDescriptor methods (macOS 10.11+) on the
    // event AppKit passed in; every object returned is checked for nil.
    unsafe {
        let Some(list): Option<Retained<AnyObject>> = msg_send![event, paramDescriptorForKeyword: DIRECT_OBJECT] else {
            return paths;
        };
        let count: isize = msg_send![&*list, numberOfItems];
        for index in 1..=count {
            let Some(item): Option<Retained<AnyObject>> = msg_send![&*list, descriptorAtIndex: index] else {
                continue;
            };
            let Some(url): Option<Retained<AnyObject>> = msg_send![&*item, fileURLValue] else { continue };
            let Some(path): Option<Retained<AnyObject>> = msg_send![&*url, path] else { continue };
            let utf8: *const c_char = msg_send![&*path, UTF8String];
            if !utf8.is_null() {
                paths.push(PathBuf::from(CStr::from_ptr(utf8).to_string_lossy().into_owned()));
            }
        }
    }
    paths
}

/// Registers for the moment the application will finish launching; from
/// then on every "open documents" event reaches `super::open_queue`.
pub fn listen_for_open_documents() {
    // SAFETY: plain NSObject subclass creation and NSNotificationCenter
    // registration with a selector this class implements; the observer is
    // leaked on purpose, since it must outlive the application.
    unsafe {
        let observer: Retained<OpenDocuments> = msg_send![OpenDocuments::class(), new];
        let Some(center): Option<Retained<AnyObject>> = msg_send![objc2::class!(NSNotificationCenter), defaultCenter]
        else {
            return;
        };
        let Some(name): Option<Retained<AnyObject>> = msg_send![
            objc2::class!(NSString),
            stringWithUTF8String: c"NSApplicationWillFinishLaunchingNotification".as_ptr()
        ] else {
            return;
        };
        let nothing: *const AnyObject = std::ptr::null();
        let _: () = msg_send![
            &*center,
            addObserver: &*observer,
            selector: sel!(willFinishLaunching:),
            name: &*name,
            object: nothing
        ];
        let _ = Retained::into_raw(observer);
    }
}
