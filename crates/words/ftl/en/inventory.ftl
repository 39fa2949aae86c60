# What is wrong with an inventory file, or with a change to it (the `$detail` of the
# error-inventory-… errors). `$key` is a key as the file writes it (`lat`); `$section` is the
# table's name in the file (device, account, person, place).

# Where: the file, then the line.
inventory-in-file = { $path }, { $problem }
inventory-at-line = line { $line }: { $problem }

inventory-unreadable = cannot be read: { $detail }
inventory-unknown-key = `{ $key }` is not a key here; the keys are { $keys }
inventory-duplicate-key = `{ $key }` is given twice
inventory-not-toml = this line is not valid TOML: { $text }
inventory-not-toml-here = the file is not valid TOML here
inventory-voice-contradiction = `owns_voice_devices = false` says you own no device that records voice, but a [[device]] of a voice-recording kind is listed; remove one of the two (a device that records nothing can have kind = "other")

# A value that does not fit its key.
inventory-value-type = `{ $key }` { $kind ->
        [boolean] must be true or false
        [text] must be text in quotes, like "Echo Dot"
        [number] must be a number like 48.137
        [list] must be a list
       *[other] has a value of the wrong kind
    }
inventory-value-one-of = `{ $key }` must be one of { $values }, not "{ $text }"
inventory-value-number = `{ $key }` must be a number like 48.137, not "{ $text }"
inventory-value-latitude = `{ $key }` must be a latitude between -90 and 90, not { $value }
inventory-value-longitude = `{ $key }` must be a longitude between -180 and 180, not { $value }
inventory-value-radius = `{ $key }` must be a positive number of kilometres, not { $value }
inventory-value-finite = `{ $key }` must be a finite number, not { $value }
inventory-value-empty = `{ $key }` must not be empty
inventory-value-date = `{ $key }` must be a date like 2019-02-01, not "{ $text }"
inventory-value-email = `{ $key }` must be an e-mail address like lena@example.org, not "{ $text }"
inventory-value-window = `until` ({ $until }) must not be before `from` ({ $from })

# A change that was not made.
inventory-edit-unknown-key = `{ $key }` is not a key of [[{ $section }]]; its keys are { $keys }
inventory-edit-no-entry = there is no { $section } number { $number }: the inventory lists { $count } { $section ->
        [device] { $count ->
            [one] device
           *[other] devices
        }
        [account] { $count ->
            [one] account
           *[other] accounts
        }
        [person] { $count ->
            [one] person
           *[other] people
        }
       *[place] { $count ->
            [one] place
           *[other] places
        }
    }
inventory-edit-empty = a { $section } needs at least one of { $keys }
inventory-edit-inline = `{ $section }` is written as an inline array in this file; Auskunft edits only [[{ $section }]] tables, so change it by hand
inventory-edit-rejected = the change would make the inventory invalid ({ $problem })
inventory-edit-changed = { $path } was changed by another program since it was read; nothing was written
inventory-edit-io = { $path } cannot be written: { $detail }
