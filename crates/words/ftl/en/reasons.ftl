# Why a device is the user's or not (`devices[].reasons`), shown on its card.

reason-records-all-foreign = { $total ->
    [one] its one record is not yours
   *[other] all { $total } of its records are not yours
}
reason-records-all-mine = { $total ->
    [one] its one record is yours
   *[other] all { $total } of its records are yours
}
reason-records-mixed = of its { $total } records, { $mine } { $mine ->
        [one] is
       *[other] are
    } yours, { $foreign } not yours, { $unknown } unclear
reason-serial = serial { $serial } is your device "{ $device }"
reason-other-account = registered to account { $account }, which is not one of yours
reason-marked-not-mine = you said it is not yours
reason-marked-mine = you said it is yours
reason-made-for-other = registered to account { $account }; this export was made for account { $made_for }
reason-no-voice-device = you said you own no device that records voice
reason-nothing-names-it = no records, and nothing in your inventory names it
