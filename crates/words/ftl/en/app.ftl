# The interface's words (ui/), English. The UI reads this file with @fluent/bundle, the Rust side
# with crates/words; ids are the UI's keys with "-" for ".".

app-name = Auskunft
offline-label = Offline
offline-title = Everything stays on this computer: no network access, no telemetry.
start-title = Whose data is in your export?
start-lead = Auskunft reads the files a company sent you when you asked for your data, for example an Amazon Alexa export, and shows which recordings are not yours.
start-drop = Drop your export here
start-drop-hint = one or more ZIP files
start-drop-active = Release to open
start-demo = Try the demo
start-demo-hint = A made-up Alexa export with someone else’s recordings in it.
start-privacy = Your files are read on this computer and never uploaded.
loading-title = Reading the export…
loading-demo = Preparing the demo export…
loading-hint = This happens on this computer only.
loading-demo-hint = The first time, the demo is written to this computer; that can take a minute.
error-title = The export could not be checked
error-code = Error code
action-back = Open another export
action-retry = Try again
tone-foreign = Not yours
tone-mine = Yours
tone-unknown = Unclear
stats-label = Recordings by owner
stats-mine = Yours
stats-foreign = Not yours
stats-unknown = Unclear
stats-of = { $count ->
    [one] of { $total } recording
   *[other] of { $total } recordings
}
stats-none = no recordings found
files-title = Files
files-lead = Every file you opened and what became of its contents.
files-col-file = File
files-col-status = Status
files-col-parsed = Read
files-col-skipped = Skipped
files-col-failed = Failed
files-unread-title = What could not be read
files-unread-none = Every member of every file was read.
files-unread-empty = No file held anything that could be read; the table above says why.
files-unread-count = { $n ->
    [one] { $n } item
   *[other] { $n } items
}
files-unread-more = { $n ->
    [one] … and { $n } more
   *[other] … and { $n } more
}
files-member-reason-missing = No reason given.
files-warned-title = Read, with warnings
files-warned-lead = These files were read, but parts of them were skipped, repaired or guessed.
files-warned-count = { $n ->
    [one] { $n } warning
   *[other] { $n } warnings
}
files-warned-more = { $n ->
    [one] … and { $n } more file with warnings
   *[other] … and { $n } more files with warnings
}
input-ok = Complete
input-truncated = Cut off
input-not-an-archive = Not an archive
input-empty = Empty
input-unreadable = Unreadable
member-skipped = Skipped
member-failed = Failed
member-parsed = Read
notes-title = Remarks
footer-tool = Checked with { $name } { $version }
footer-export = Export { $id }
browser-only = This page runs outside the Auskunft app, so it cannot read files.

## Timeline (components/Timeline.svelte)
timeline-title = Timeline
timeline-zoom-in = Zoom in
timeline-zoom-out = Zoom out
timeline-zoom-reset = Whole range
timeline-hint = Ctrl + wheel or pinch zooms, drag moves, Shift + drag selects a range.
timeline-keys = Keys: ← → recordings, ↑ ↓ devices, Enter opens, + − zoom, 0 whole range.
timeline-canvas-label = Recordings over time, one row per device. Arrow keys move between recordings, Enter opens one.
timeline-minimap-label = The whole time range; drag to move the visible part.
timeline-lane-none = No device
timeline-lane-unnamed = Unnamed device
timeline-lane-unlisted = Device { $id }
timeline-lane-unlisted-hint = Named by recordings, not in any device list of the export.
timeline-lane-records = { $n ->
    [one] { $n } recording
   *[other] { $n } recordings
}
timeline-lane-undated = { $n ->
    [one] { $n } without time
   *[other] { $n } without time
}
timeline-hours-label = Hour of day ({ $zone })
timeline-hours-cell = { $n ->
    [one] { $hour }: { $n } recording
   *[other] { $hour }: { $n } recordings
}
timeline-veiled = Hidden: not yours
timeline-veiled-why = Transcripts of recordings that are not yours stay hidden to protect the other household.
timeline-no-transcript = No transcript
timeline-range = { $from } – { $to }
timeline-band = { $n ->
    [one] { $n } recording
   *[other] { $n } recordings
}
timeline-band-zoom = Click to zoom in.
timeline-brush = Range: { $from } – { $to }
timeline-brush-clear = Clear range
timeline-table-show = Show as table
timeline-table-hide = Hide table
timeline-table-caption = Recordings per device
timeline-col-device = Device
timeline-col-first = First
timeline-col-last = Last
timeline-col-undated = Without time
timeline-empty = No recording in this export has a time, so none can be placed on the timeline.
timeline-none = No recordings.

## Workspace, devices, inventory, player (app shell)
nav-label = Screens
nav-overview = Overview
nav-timeline = Timeline
nav-search = Search
nav-devices = Devices
nav-inventory = Inventory
nav-act = Act on it
nav-files = Files
veil-all = Show all transcripts
veil-all-title = Transcripts of recordings that are not yours are hidden, out of respect for the people recorded. Journalists can show them all.
veil-note = Hidden: this recording may be someone else’s private moment.
veil-show = Show the words
shortcuts-open = Shortcuts (?)
shortcuts-title = Keyboard shortcuts
shortcuts-search = Search
shortcuts-play = Play or pause
shortcuts-seek = Back or forward 5 seconds
shortcuts-step = Next or previous recording
shortcuts-mark = Mark as mine / not mine
shortcuts-go = Go to overview, timeline, search, devices, inventory, files, act on it
shortcuts-help = Show or hide this list
shortcuts-close = Close
devices-title = { $n ->
    [one] { $n } device
   *[other] { $n } devices
}
devices-records = { $n ->
    [one] { $n } recording
   *[other] { $n } recordings
}
devices-lead = Every device the export names, with its identifiers. If one is yours, say so: the export is checked again at once.
devices-added = “{ $name }” was added to your inventory; the export was checked again.
devices-col-name = Name
devices-col-model = Model
devices-col-serial = Serial
devices-col-account = Account
devices-col-records = Recordings
devices-col-seen = Seen
devices-col-fit = Whose
devices-col-action = Action
devices-adding = Adding…
devices-mine = This is mine
devices-none = The export names no device.
question-eyebrow = One question decides the rest
question-lead-devices = You have not said yet which devices are yours, and the export alone cannot tell whose voices these are. Your answers are saved in your inventory and judged at once.
question-lead-voice = You have not said yet whether you use a voice assistant, and the export alone cannot tell whose voices these are.
question-madeFor = The export names the account it was made for: { $accounts }.
question-serial = serial { $serial }
question-account = account { $account }
question-mine = Mine
question-notMine = Not mine
question-none = I own none of these
question-none-hint = Saves in your inventory that you own no device that records voice.
question-yes = Yes, I use one
question-noVoice = No, none at all
question-mine-hint = “Mine” adds the device and its account to your inventory; “Not mine” is kept for this export only.
question-said = You said these are not yours:
question-undo = Undo
next-title = Next step: tell Auskunft what is yours
next-seed = You said you own no device that records voice, so none of these recordings can be yours. If you do own one, add it to your inventory.
next-inventory = None of the recordings matches your inventory yet. Add your devices and accounts to tell yours from someone else’s.
next-action = Open the inventory
overview-records = { $n ->
    [one] { $n } recording in total
   *[other] { $n } recordings in total
}
overview-audio = { $n } with audio
inventory-lead = What you own and who you are. Auskunft compares the export with this; nothing here leaves this computer.
inventory-added = Added { $what }; the export was checked again.
inventory-removed = Removed { $what }; the export was checked again.
inventory-file = The inventory file
inventory-nofile = not created yet
inventory-declared = What you declare
inventory-devices = Devices
inventory-accounts = Accounts
inventory-people = People in your household
inventory-places = Places
inventory-remove = Remove
inventory-edit = Edit
inventory-editing = Editing entry { $n }
inventory-cancel = Cancel
inventory-changed = Changed { $what }; the export was checked again.
inventory-rejected = { $n ->
    [one] { $n } suggestion you rejected is hidden.
   *[other] { $n } suggestions you rejected are hidden.
}
inventory-unreject = Show them again
inventory-unrejected = Rejected suggestions are shown again.
inventory-none = None yet.
inventory-add-device = Add a device
inventory-add-account = Add an account
inventory-add-person = Add a person
inventory-add-place = Add a place
inventory-f-name = Name
inventory-f-serial = Serial
inventory-f-type = Type or model
inventory-f-kind = Kind
inventory-f-unset = — not given —
inventory-f-from = Owned from
inventory-f-until = Owned until
inventory-f-vendor = Company
inventory-f-id = Account or customer id
inventory-f-email = E-mail
inventory-f-lat = Latitude
inventory-f-lon = Longitude
inventory-f-radius = Radius (km)
inventory-save = Save
inventory-candidates = Found in this export
inventory-candidates-lead = The export names these. Add only what is really yours: an export can hold someone else’s devices.
inventory-candidates-none = Nothing more to suggest.
inventory-accept = Yes, this is mine
inventory-reject = Not mine
kind-speaker = speaker
kind-phone = phone
kind-tv = TV
kind-tablet = tablet
kind-car = car
kind-watch = watch
kind-other = other
player-label = Player
player-nodevice = No device
player-close = Close the player
player-prev = Previous recording (k)
player-next = Next recording (j)
player-pause = Pause
player-play = Play
player-speed = Speed
player-nodevice-audio = This computer has no sound output right now; the waveform and the words are still shown.
player-noaudio = The export holds no recording for this entry.
player-notranscript = (no transcript)
player-placeholder = The company stored this note instead of the words.
player-waveform = Position in the recording
mark-label = Your mark
mark-mine = Mine (m)
mark-notmine = Not mine (n)
start-open = Open export…
recent-title = Recently opened
recent-foreign = { $n } not yours
recent-forget = Forget
recent-forget-title = Deletes everything Auskunft derived from this export (index, marks); your files stay untouched.
prefs-language = Language
prefs-theme = Theme
prefs-theme-system = System
prefs-theme-light = Light
prefs-theme-dark = Dark
search-placeholder = e.g. wetter leipzig, "timer" -stopp, device:d2, fit:foreign
search-label = Search the transcripts
search-go = Search
search-help = Words match any form (Wetter, wetter; lights, light). "Quotes" for exact phrases, -word to exclude, device:, fit:, lang:, after:2018-05-01 before:2018-06-01.
search-range = Only the range chosen on the timeline:
search-range-clear = Search everything
search-total = { $n ->
    [one] { $n } recording found
   *[other] { $n } recordings found
}
search-took = { $ms } ms
search-untranscribed = { $n ->
    [one] { $n } without words (placeholder) not searched
   *[other] { $n } without words (placeholders) not searched
}
search-facets = Filters
search-facet-fit = Whose
search-facet-device = Device
search-facet-all = All
search-none = Nothing found.
search-more = Show more
search-limited = The first { $n } are listed; narrow the search to see the rest.
loading-step-opening = Opening the archives…
loading-step-reading = Reading
loading-members = { $n } files so far
loading-records = { $n } recordings found
loading-step-joining = Matching recordings, transcripts and devices
loading-step-judging = Checking whose they are
loading-counted = { $members } files · { $records } recordings
loading-cancel = Cancel
loading-cancelling = Cancelling…
