# "Act on it": the screen for the report, letters, evidence, setting aside and exports.
act-title = Act on it
act-lead = Tell the company and the data-protection authority, keep evidence anyone can check, and set aside what is not yours — without passing on the other person's words or recordings.
