# The sentences of the flags (docs/flags.md) and of what speaks for a record (`matches`).
# Parameters are what the export or the inventory says, shown as they are; `$shape` says which
# of a device's name and serial are known (name-serial, name, serial, none); languages are codes
# (de, en, …) named by selectors.

flag-device-part = { $shape ->
    [name-serial] "{ $name }" (serial { $serial })
    [name] "{ $name }"
    [serial] with serial { $serial }
   *[none] without name or serial
}
flag-voice-data-without-voice-device = You said you own no device that records voice, so this voice recording cannot be yours.
flag-foreign-account = The account { $account } is not one of your accounts.
flag-foreign-account-vendor = The { $vendor } account { $account } is not one of your accounts.
flag-other-account = This export was made for the { $vendor } account { $made_for } ({ $evidence ->
        [0] the export says so
        [1] { $source } says so
       *[other] { $source } and { $more } more say so
    }); this record is from the account { $account }.
flag-unknown-device = The device { flag-device-part } is none of your devices.
flag-unknown-device-own-account = The device { flag-device-part } is on your account but not in your inventory; add it if it is yours.
flag-unknown-device-named-like = The device { flag-device-part } is none of your devices. It is named like your "{ $like }", but its serial differs.
flag-unknown-device-own-account-named-like = The device { flag-device-part } is on your account but not in your inventory; add it if it is yours. It is named like your "{ $like }", but its serial differs.
flag-device-type-not-owned = The device { flag-device-part } is an { $what }; you declare no device of that type.
flag-outside-window-before = Recorded on { DATE($date) }, before you owned your device "{ $device }" (from { DATE($from) }).
flag-outside-window-after = Recorded on { DATE($date) }, after you owned your device "{ $device }" (until { DATE($until) }).
flag-before-registration = Recorded on { DATE($date) }, before the export's device list says this device was first registered ({ DATE($registered) }).
flag-unrecognized-speaker = The export itself says the voice was not recognised as the account holder's.
flag-unknown-speaker = The export attributes the words to the voice profile { $names }, who is not a person of your household.
flag-far-location = The export places the device at { $at }, { $km } km from your nearest place ({ $place }).
flag-content-far-place = Asks about { $town }, { $km } km from your nearest place ({ $place }).
flag-content-unknown-name = Calls or messages "{ $name }", who is not a person of your household.
flag-content-email = Names the e-mail address { $email }, which is none of your accounts'.
flag-content-phone = Names the phone number { $number }, which your inventory cannot vouch for.
flag-second-rhythm = Recorded at { $time } UTC, an hour at which none of your { $count } own records falls.
flag-language-mix = Spoken in { $lang ->
            [de] German
            [en] English
            [fr] French
            [es] Spanish
            [it] Italian
            [nl] Dutch
            [pt] Portuguese
           *[other] { $lang }
        }, while your own records are in { $first ->
            [de] German
            [en] English
            [fr] French
            [es] Spanish
            [it] Italian
            [nl] Dutch
            [pt] Portuguese
           *[other] { $first }
        }{ $second ->
        [none] {""}
       *[other] {" "}and { $second ->
            [de] German
            [en] English
            [fr] French
            [es] Spanish
            [it] Italian
            [nl] Dutch
            [pt] Portuguese
           *[other] { $second }
        }
    }.
flag-marked-not-mine-device = You said the device "{ $device }" is not yours.
flag-marked-not-mine = You marked this recording as not yours.

match-account = account { $account } is one of your accounts
match-serial = serial { $serial } is your device "{ $device }"
match-device-name = the device is named "{ $name }" like one of yours (names repeat across homes: weak)
match-near-place = asks about { $town }, near your place { $place }
match-placed-near = placed { $km } km from your place { $place }
match-household-name = calls or messages { $name }, a person of your household
match-household-speaker = spoken by { $names }, a person of your household
match-marked-device-mine = you said the device "{ $device }" is yours
match-marked-mine = you marked it as yours
