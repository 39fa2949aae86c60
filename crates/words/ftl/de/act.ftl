# „Handeln“: der Bildschirm für Bericht, Briefe, Nachweis, Aussondern und Exporte.
act-title = Handeln
act-lead = Informieren Sie das Unternehmen und die Datenschutzaufsicht, sichern Sie einen Nachweis, den jeder prüfen kann, und sondern Sie aus, was nicht Ihres ist – ohne die Worte oder Aufnahmen der anderen Person weiterzugeben.
