# Letters to the company and the data-protection authority (crates/letters), and their section on
# the "Act on it" screen, English.

letter-blank = [please fill in: { $field }]
letter-field-name = your name
letter-field-address = your address
letter-field-country = your country
letter-field-region = your German Land
letter-field-requested = the date you asked for your data
letter-field-received = the date the export arrived
letter-fill-name = Your name: "name" in the [me] table of your inventory.
letter-fill-address = Your postal address: "address" in the [me] table of your inventory.
letter-fill-country = Your country (e.g. DE): "country" in the [me] table of your inventory; it picks the data-protection authority.
letter-fill-region = Your German Land (e.g. BY): "region" in the [me] table of your inventory; it picks the Land's authority.
letter-fill-requested = The date you asked for your data: --requested DATE, or the field in the app.
letter-fill-received = The date the export arrived: --received DATE, or the field in the app.
letter-missing = { $count ->
    [one] One thing is still blank in the letter.
   *[other] { $count } things are still blank in the letter.
} { $fields }
letter-company-unknown = [please fill in: the company that sent the export]
letter-by-email = By e-mail: { $email }
letter-by-webform = Web form: { $url }
letter-salutation = Dear Sir or Madam,
letter-closing = Yours faithfully,
letter-file-company = letter-to-company
letter-file-authority = letter-to-authority
letter-company-subject = My access request under Article 15 GDPR: the export you sent me contains another person's data
letter-authority-subject = Complaint under Article 77 GDPR about my access request to { $company }, and a data breach
letter-company-opening = On { $requested } I asked you for a copy of my personal data under Article 15 GDPR. On { $received } I received the following export from you:
letter-authority-opening = I am lodging a complaint under Article 77 GDPR about how { $company } answered my request for access under Article 15 GDPR.
letter-authority-facts = On { $requested } I asked { $company } for a copy of my personal data. On { $received } I received the following export:
letter-archive = { $file } ({ $size }), SHA-256: { $sha256 }
letter-checked = I checked the export with Auskunft { $version }, a free tool that works on my own computer only. It holds { $records ->
    [one] one voice recording
   *[other] { $records } voice recordings
}, { $foreign ->
    [0] none of which is shown to be someone else's.
    [one] one of which is not mine.
   *[other] { $foreign } of which are not mine.
}
letter-foreign-facts = The recordings that are not mine were made between { $first } and { $last } on { $devices ->
    [0] devices the export does not name
    [one] a device that is not mine
   *[other] { $devices } devices that are not mine
}; { $audio } of them include the sound itself.
letter-device = { $device }: { $count ->
    [one] one recording
   *[other] { $count } recordings
}
letter-other-account = According to the export itself, { $count ->
    [one] one of these recordings belongs
   *[other] { $count } of these recordings belong
} to another customer account than the one the export was made for.
letter-respect = I have not passed on this other person's recordings or words, and I do not quote them here. The { $files ->
    [one] file that is
   *[other] { $files } files that are
} not mine { $files ->
    [one] is
   *[other] are
} listed in the appendix by SHA-256, so that you can identify them without my sending you their content.
letter-none-foreign = The check did not show that any recording belongs to someone else; { $unknown } could not be attributed either way.
letter-asks = I therefore ask you:
letter-ask-copy = to send me a complete and correct copy of my own personal data (Article 15 GDPR), and to explain how data that is not mine came to be in my export;
letter-ask-breach = to treat this as a personal data breach and to inform the supervisory authority and the person concerned as Articles 33 and 34 GDPR require;
letter-ask-return = to tell me how I should return or delete the other person's data;
letter-ask-confirm = to confirm to me in writing once all of this has been done.
letter-deadline = Please reply within the period set by Article 12(3) GDPR.
letter-company-authority = Should this not be resolved, I will turn to the data-protection authority responsible for me: { $authority }.
letter-authority-complaint = My complaint concerns my own right of access: what I received is not a correct copy of my data, and I cannot tell whether my own data in it is complete. I ask you to examine this and to see to it that { $company } gives me a complete and correct copy.
letter-authority-breach = I am also informing you of a breach of another person's data: their recordings were sent to me. I do not know this person and I am not their representative, so I cannot complain on their behalf. I inform you so that you can see to it that { $company } meets its duties under Articles 33 and 34 GDPR, including telling the person concerned.
letter-authority-lead = As far as I can tell, the lead supervisory authority for { $company } in the EU is { $lead } (Article 56 GDPR); please pass this on if that is the right way.
letter-authority-evidence = I keep the export unchanged (the SHA-256 above identifies it) and can make it available to you. I will not pass on the other person's data, and I will delete it as soon as it is no longer needed as evidence.
letter-appendix-title = Appendix: { $count ->
    [one] the file
   *[other] the { $count } files
} in the export that { $count ->
    [one] is
   *[other] are
} not mine (SHA-256 and path)

# The "Letters" section of the "Act on it" screen.
letters-section-title = Letters
letters-section-lead = A letter to the company that sent the export and one to the data-protection authority, filled from this check. Read it, fill in what is missing, then copy it into an e-mail or save it as a PDF.
letters-section-stranger = The other person's words are never in a letter: only counts, times, devices and the files' SHA-256.
letters-to-company = To the company
letters-to-authority = To the authority
letters-requested = Date you asked for your data
letters-received = Date the export arrived
letters-missing-title = Still to fill in
letters-copy = Copy
letters-copied = Copied.
letters-save-text = Save as text…
letters-save-pdf = Save as PDF…
letters-saved = Saved: { $path }
letters-saved-opened = Saved and opened: { $path }
letters-preview = Preview of the letter
