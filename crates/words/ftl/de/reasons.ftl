# Warum ein Gerät Ihres ist oder nicht (`devices[].reasons`), auf seiner Karte.

reason-records-all-foreign = { $total ->
    [one] seine eine Aufnahme ist nicht Ihre
   *[other] alle { $total } seiner Aufnahmen sind nicht Ihre
}
reason-records-all-mine = { $total ->
    [one] seine eine Aufnahme ist Ihre
   *[other] alle { $total } seiner Aufnahmen sind Ihre
}
reason-records-mixed = von seinen { $total } Aufnahmen { $mine ->
        [one] ist { $mine }
       *[other] sind { $mine }
    } Ihre, { $foreign } nicht Ihre, { $unknown } unklar
reason-serial = die Seriennummer { $serial } ist Ihr Gerät „{ $device }“
reason-other-account = registriert auf das Konto { $account }, das nicht Ihres ist
reason-marked-not-mine = Sie haben gesagt, dass es nicht Ihres ist
reason-marked-mine = Sie haben gesagt, dass es Ihres ist
reason-made-for-other = registriert auf das Konto { $account }; dieser Export wurde für das Konto { $made_for } erstellt
reason-no-voice-device = Sie haben angegeben, kein Gerät zu besitzen, das Sprache aufnimmt
reason-nothing-names-it = keine Aufnahmen, und nichts in Ihrem Inventar nennt es
