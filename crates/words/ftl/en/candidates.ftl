# What the export suggests adding to the inventory (`auskunft inventory candidates`, the
# inventory screen's "Found in this export"): where the export names each entry, and cautions.

candidate-when = { $first ->
        [none] {""}
       *[other] , { $last ->
            [none] { DATE($first) }
           *[other] { DATE($first) } – { DATE($last) }
        }
    }
candidate-sources = { $shown }{ $more ->
        [0] {""}
        [one] {" "}and 1 more file
       *[other] {" "}and { $more } more files
    }
# Where in the export: a file (an archive › its member) and the row in it (locators.ftl).
candidate-place = { $file }, { $at }
candidate-file = { $file }
candidate-listed = The export's device list names it ({ $listed }).
candidate-device-records = { $records ->
        [0] No record comes from it.
        [one] One record comes from it ({ candidate-sources }){ candidate-when }.
       *[other] { $records } records come from it ({ candidate-sources }){ candidate-when }.
    }
candidate-registered = Registered on { DATE($date) }.
candidate-account-named = Named by { $records ->
        [0] {""}
        [one] 1 record
       *[other] { $records } records
    }{ $records ->
        [0] {""}
       *[other] { $devices ->
            [0] {""}
           *[other] {" "}and{" "}
        }
    }{ $devices ->
        [0] {""}
        [one] 1 device ({ $names })
       *[other] { $devices } devices ({ $names })
    }.
candidate-person-named = Named as the speaker of { $records ->
        [one] 1 record
       *[other] { $records } records
    }{ candidate-when }{ $devices ->
        [none] {""}
       *[other] , on { $devices }
    }.
candidate-place-seen = { $records ->
        [one] 1 record places
       *[other] { $records } records place
    } the device within { $km } km of { $lat }, { $lon }{ $name ->
        [none] {""}
       *[other] {" "}("{ $name }")
    }{ candidate-when }.
candidate-caution-seed-case = You said you own no device that records voice, yet this export holds { $records ->
        [one] 1 voice record: it may be
       *[other] { $records } voice records: they may be
    } someone else's. Add a device only if you recognise it as yours.
candidate-caution-no-voice-device = You said you own no voice device, and this export may hold another household's recordings: add it only if you own it.
candidate-caution-judged-foreign = The audit judged it not yours: { $reason }.
candidate-caution-judged-foreign-plain = The audit judged it not yours.
candidate-caution-name-only = The export names it only by its name, and names repeat across homes: a name is weak evidence.
candidate-caution-second-account = You already declare the { $vendor } account { $id }; a second one in the same export may be someone else's.
candidate-caution-foreign-account = { $what ->
        [device] It is registered to
        [person] Their records are from
       *[place] These records are from
    } account { $id }, which is not your { $vendor } account: the export may include someone else's data.
candidate-no-id = without an id
