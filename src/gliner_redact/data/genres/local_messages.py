"""Local-language phrase tables for e-mails and chats: greetings, closings, header names and body templates.

One `LocalMessages` per document language (de, fr, es, it, nl, pt). Templates use the slots of `slots.py`;
greetings also take `{first}`, `{last}` and `{hon}` (an honorific given by the writer). Honorifics that stack
("Frau Dr.") are separated by a space and become one `title` span each.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping


@dataclass(frozen=True)
class LocalMessages:
    """What e-mail and chat writers need to write in one language."""

    headers: Mapping[str, str]
    """E-mail header names with their separator: keys from, to, cc, date, sent, subject."""
    reply_prefix: str
    original_message: str
    wrote: tuple[str, str]
    """Quote attribution lines, with and without `{time}`; both take `{date}` and `{sender}`."""
    honorifics: Mapping[str, tuple[str, ...]]
    """Courtesy titles for a formal salutation, by gender ("f", "m")."""
    greet_formal: Mapping[str, tuple[str, ...]]
    """Formal salutations by gender, with `{hon}` and `{last}`."""
    greet_casual: Mapping[str, tuple[str, ...]]
    """First-name salutations by gender ("f", "m", "x")."""
    greet_anon: tuple[str, ...]
    closings: tuple[str, ...]
    phone_labels: tuple[str, ...]
    themes: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]
    """E-mail themes: (subject templates, body sentence templates)."""
    mentions: tuple[str, ...]
    """Stand-alone sentences for labels the themes rarely carry (birth dates, cards, passports, health)."""
    polite: tuple[str, ...]
    """Courtesy sentences without PII."""
    footers: tuple[str, ...]
    chat_lines: tuple[str, ...]
    chat_phrases: tuple[str, ...]
    """Short chat replies without PII."""
    chat_titles: tuple[str, ...]
    kin: Mapping[str, tuple[str, ...]]
    """Family nicknames put before a first name in a family chat's display names, by gender."""

    def sentences(self) -> tuple[str, ...]:
        """Every e-mail body template of every theme, then the stand-alone mentions."""
        return tuple(s for _, body in self.themes.values() for s in body) + self.mentions


def _casual(neutral: tuple[str, ...], f: tuple[str, ...], m: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {"f": neutral + f, "m": neutral + m, "x": neutral}


DE = LocalMessages(
    headers={
        "from": "Von: ",
        "to": "An: ",
        "cc": "Cc: ",
        "date": "Datum: ",
        "sent": "Gesendet: ",
        "subject": "Betreff: ",
    },
    reply_prefix="AW: ",
    original_message="-----Ursprüngliche Nachricht-----",
    wrote=("Am {date} um {time} schrieb {sender}:", "Am {date} schrieb {sender}:"),
    honorifics={"f": ("Frau", "Frau", "Frau Dr."), "m": ("Herr", "Herr", "Herr Dr.")},
    greet_formal={
        "f": ("Sehr geehrte {hon} {last},", "Liebe {hon} {last},", "Guten Tag {hon} {last},", "Hallo {hon} {last},"),
        "m": ("Sehr geehrter {hon} {last},", "Lieber {hon} {last},", "Guten Tag {hon} {last},", "Hallo {hon} {last},"),
    },
    greet_casual=_casual(("Hallo {first},", "Hi {first},", "Guten Morgen {first},", "Moin {first},"),
                         ("Liebe {first},",), ("Lieber {first},",)),
    greet_anon=("Sehr geehrte Damen und Herren,", "Hallo zusammen,", "Guten Tag,", "Liebe Kolleginnen und Kollegen,"),
    closings=("Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Freundliche Grüße", "LG", "Danke und Gruß"),
    phone_labels=("Tel.: ", "Tel. ", "Mobil: ", "T: ", ""),
    themes={
        "hr": (
            ("Ihr erster Arbeitstag", "Unterlagen für die Personalakte", "Willkommen im Team"),
            (
                "Ihr erster Arbeitstag ist der {date}, bitte melden Sie sich um {time} am Empfang.",
                "Sie starten als {job_title} an unserem Standort in {city}.",
                "Für die Gehaltsabrechnung brauchen wir noch Ihre Steuer-ID ({tax_id}) und Ihre IBAN ({iban}).",
                "Ihre Personalnummer lautet {employee_id}.",
                "Bitte bringen Sie Ihren Personalausweis ({national_id}) mit.",
            ),
        ),
        "invoice": (
            ("Rechnung {invoice_no}", "Zahlungserinnerung", "Rückfrage zur Rechnung {invoice_no}"),
            (
                "Anbei die Rechnung {invoice_no} über {price}, zahlbar bis zum {date}.",
                "Bitte überweisen Sie den Betrag auf das Konto {iban} bei der {bank}.",
                "Ihre Kundennummer bei uns ist {customer_id}.",
                "Unsere USt-IdNr. lautet {tax_id}.",
                "Laut Buchhaltung ist die Zahlung {past} eingegangen.",
            ),
        ),
        "appointment": (
            ("Ihr Termin am {date}", "Terminbestätigung", "Terminverschiebung"),
            (
                "Ihr Termin bei {name} in der {hospital} ist am {date} um {time}.",
                "Falls Sie verhindert sind, rufen Sie uns bitte unter {phone_number} an.",
                "Bitte bringen Sie Ihre Versichertenkarte ({health_insurance_id}) und den Medikationsplan mit.",
            ),
        ),
        "tenancy": (
            ("Wohnungsübergabe", "Nebenkostenabrechnung", "Ihr Mietvertrag"),
            (
                "Die Wohnungsübergabe ist am {date} um {time} in der {street_address}.",
                "Meine neue Anschrift lautet {address}.",
                "Die Kaution überweisen Sie bitte auf {iban}.",
                "Der Hausmeister, {name}, ist unter {phone_number} erreichbar.",
            ),
        ),
        "insurance": (
            ("Schadensmeldung", "Ihr Schadenfall {case_no}"),
            (
                "Der Unfall war am {date} in {city}, das Kennzeichen des Unfallgegners ist {license_plate}.",
                "Ihre Versicherungsnummer bei der {insurer} lautet {customer_id}.",
                "Der Gutachter {name} meldet sich {future} bei Ihnen.",
            ),
        ),
        "it": (
            ("Zugang zum Portal", "Passwort zurückgesetzt", "Ticket {ticket_no}"),
            (
                "Ihr Benutzername lautet {username}, das vorläufige Passwort ist {password}.",
                "Die Anmeldung kam von der IP-Adresse {ip_address}.",
                "Bei Fragen schreiben Sie bitte an {email}.",
            ),
        ),
    },
    mentions=(
        "Mein Geburtsdatum ist der {dob}.",
        "Laut Hausarzt liegt {medical_condition} vor, verordnet wurde {medication}.",
        "Die Kreditkarte {credit_card_number} ist gültig bis {card_expiry}.",
        "Meine Reisepassnummer ist {passport_number}.",
        "Führerscheinnummer: {drivers_license}",
        "Alle Details finden Sie unter {url}.",
        "Die Postleitzahl ist {postal_code}.",
        "Die Fahrgestellnummer lautet {vin}.",
    ),
    polite=(
        "Bei Rückfragen stehe ich Ihnen gerne zur Verfügung.",
        "Vielen Dank im Voraus.",
        "Entschuldigen Sie die späte Rückmeldung.",
        "Die angeforderten Unterlagen finden Sie im Anhang.",
    ),
    footers=(
        "Von meinem iPhone gesendet",
        "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie "
        "bitte sofort den Absender und löschen Sie diese E-Mail.",
    ),
    chat_lines=(
        "kannst du mir die IBAN von {first} schicken? die alte ({iban}) geht nicht",
        "bin {future} wieder in {city}",
        "hab {past} mit {first} telefoniert, alles gut",
        "neue Nummer von {first}: {phone_number}",
        "das Paket ist an {street_address} gegangen 🙈",
        "Arzttermin ist {future} um {time}",
        "{name} hört auf, letzter Arbeitstag ist der {date}",
        "meine neue Mail ist {email}",
        "die Adresse ist {address}",
        "Personalnummer ist {employee_id}, oder?",
        "WLAN-Passwort: {password}",
        "Kennzeichen vom Mietwagen ist {license_plate}",
        "kannst du die Abrechnung von {name} für {date} noch anpassen?",
    ),
    chat_phrases=(
        "ok", "passt", "danke!", "👍", "mach ich", "klar", "bin dran", "lol", "sorry, war im Meeting",
        "hast du kurz Zeit?", "erledigt", "super, danke dir", "😂", "moment, schau gleich nach",
    ),
    chat_titles=("Familie 🏡", "Lohnbuchhaltung", "Team Vertrieb", "Microsoft Teams — Chat \"Personal\""),
    kin={"f": ("Tante", "Oma"), "m": ("Onkel", "Opa")},
)

FR = LocalMessages(
    headers={
        "from": "De : ",
        "to": "À : ",
        "cc": "Cc : ",
        "date": "Date : ",
        "sent": "Envoyé : ",
        "subject": "Objet : ",
    },
    reply_prefix="RE : ",
    original_message="-----Message d'origine-----",
    wrote=("Le {date} à {time}, {sender} a écrit :", "Le {date}, {sender} a écrit :"),
    honorifics={"f": ("Madame", "Mme", "Mme"), "m": ("Monsieur", "M.", "M.")},
    greet_formal={
        "f": ("Bonjour {hon} {last},", "Chère {hon} {last},"),
        "m": ("Bonjour {hon} {last},", "Cher {hon} {last},"),
    },
    greet_casual=_casual(
        ("Bonjour {first},", "Salut {first},", "Hello {first},"),
        ("Chère {first},",),
        ("Cher {first},",),
    ),
    greet_anon=("Bonjour,", "Madame, Monsieur,", "Bonjour à tous,", "Chers collègues,"),
    closings=("Cordialement,", "Bien cordialement,", "Bien à vous,", "Merci d'avance,", "Belle journée,", "Cdlt,"),
    phone_labels=("Tél. : ", "Tél : ", "Portable : ", "Mob. : ", ""),
    themes={
        "hr": (
            ("Votre arrivée", "Documents pour votre embauche", "Bienvenue"),
            (
                "Votre premier jour est fixé au {date}, nous vous attendons à {time} à l'accueil.",
                "Vous rejoindrez l'équipe de {city} en tant que {job_title}.",
                "Pour la paie, merci de nous transmettre votre numéro de sécurité sociale ({national_id}) "
                "et votre RIB ({iban}).",
                "Votre matricule est le {employee_id}.",
            ),
        ),
        "invoice": (
            ("Facture {invoice_no}", "Relance de paiement", "Question sur la facture {invoice_no}"),
            (
                "Veuillez trouver ci-joint la facture {invoice_no} d'un montant de {price}, à régler avant le {date}.",
                "Le virement est à effectuer sur le compte {iban} ouvert chez {bank}.",
                "Notre numéro de TVA intracommunautaire est {tax_id}.",
                "Votre numéro client est le {customer_id}.",
                "Nous avons bien reçu votre paiement {past}.",
            ),
        ),
        "appointment": (
            ("Confirmation de rendez-vous", "Report de votre rendez-vous"),
            (
                "Votre rendez-vous avec {name} ({hospital}) est confirmé le {date} à {time}.",
                "En cas d'empêchement, merci de nous prévenir au {phone_number}.",
                "Pensez à apporter votre carte Vitale et votre attestation de mutuelle ({health_insurance_id}).",
            ),
        ),
        "tenancy": (
            ("État des lieux", "Votre bail", "Changement d'adresse"),
            (
                "L'état des lieux d'entrée aura lieu le {date} à {time} au {street_address}.",
                "Ma nouvelle adresse est {address}.",
                "Le dépôt de garantie est à verser sur le compte {iban}.",
                "Le gardien, {name}, est joignable au {phone_number}.",
            ),
        ),
        "insurance": (
            ("Déclaration de sinistre", "Dossier sinistre {case_no}"),
            (
                "Le sinistre a eu lieu le {date} à {city}, le véhicule adverse est immatriculé {license_plate}.",
                "Votre numéro de contrat chez {insurer} est le {customer_id}.",
                "L'expert, {name}, vous contactera {future}.",
            ),
        ),
        "it": (
            ("Accès à votre espace", "Réinitialisation du mot de passe", "Ticket {ticket_no}"),
            (
                "Votre identifiant est {username} et votre mot de passe provisoire est {password}.",
                "La connexion suspecte provenait de l'adresse IP {ip_address}.",
                "Pour toute question, écrivez à {email}.",
            ),
        ),
    },
    mentions=(
        "Ma date de naissance : {dob}.",
        "Le médecin a diagnostiqué {medical_condition} et prescrit {medication}.",
        "La carte {credit_card_number} expire en {card_expiry}.",
        "Mon numéro de passeport est le {passport_number}.",
        "Numéro de permis de conduire : {drivers_license}",
        "Tous les détails sont sur {url}.",
        "Le code postal est {postal_code}.",
        "Le numéro de série du véhicule est {vin}.",
    ),
    polite=(
        "Je reste à votre disposition pour tout complément d'information.",
        "Merci par avance pour votre retour.",
        "Désolé pour le délai de réponse.",
        "Vous trouverez les pièces demandées en pièce jointe.",
    ),
    footers=(
        "Envoyé de mon iPhone",
        "Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci d'en informer "
        "l'expéditeur et de le supprimer.",
    ),
    chat_lines=(
        "tu peux m'envoyer le RIB de {first} ? l'ancien ({iban}) marche pas",
        "je rentre à {city} {future}",
        "j'ai eu {first} au tel {past}, tout va bien",
        "nouveau numéro de {first} : {phone_number}",
        "le colis est arrivé au {street_address}",
        "rdv médecin {future} à {time}",
        "{name} quitte la boîte, son dernier jour c'est le {date}",
        "ma nouvelle adresse mail : {email}",
        "l'adresse c'est {address}",
        "mon matricule c'est {employee_id} non ?",
        "code wifi : {password}",
        "la plaque de la voiture de location : {license_plate}",
        "tu peux corriger la fiche de paie de {name} pour {date} ?",
    ),
    chat_phrases=(
        "ok", "d'accord", "merci !", "👍", "je m'en occupe", "ça marche", "j'arrive", "mdr",
        "désolé, j'étais en réunion",
        "t'as 2 min ?", "c'est fait", "parfait, merci", "😂", "attends je vérifie",
    ),
    chat_titles=("Famille ❤️", "Service paie", "Équipe commerciale"),
    kin={"f": ("Tata", "Mamie"), "m": ("Tonton", "Papi")},
)

ES = LocalMessages(
    headers={
        "from": "De: ",
        "to": "Para: ",
        "cc": "CC: ",
        "date": "Fecha: ",
        "sent": "Enviado: ",
        "subject": "Asunto: ",
    },
    reply_prefix="RE: ",
    original_message="-----Mensaje original-----",
    wrote=("El {date}, a las {time}, {sender} escribió:", "El {date}, {sender} escribió:"),
    honorifics={"f": ("Sra.", "Sra.", "Dra."), "m": ("Sr.", "Sr.", "Dr.")},
    greet_formal={
        "f": ("Estimada {hon} {last}:", "Estimada {hon} {last},", "Buenos días, {hon} {last}:"),
        "m": ("Estimado {hon} {last}:", "Estimado {hon} {last},", "Buenos días, {hon} {last}:"),
    },
    greet_casual=_casual(("Hola {first}:", "Hola, {first}:", "Hola {first},", "Buenos días, {first}:"),
                         ("Querida {first}:",), ("Querido {first}:",)),
    greet_anon=("Buenos días:", "Hola a todos:", "Estimados señores:", "Hola:", "A quien corresponda:"),
    closings=("Atentamente,", "Un saludo,", "Saludos,", "Un cordial saludo,", "Muchas gracias,", "Un abrazo,"),
    phone_labels=("Tel.: ", "Tlf.: ", "Móvil: ", "Teléfono: ", ""),
    themes={
        "hr": (
            ("Bienvenida", "Tu incorporación", "Documentación para el alta"),
            (
                "Tu incorporación será el {date}; te esperamos a las {time} en recepción.",
                "Tu puesto será {job_title} en el centro de {city}.",
                "Para darte de alta necesitamos tu DNI ({national_id}) y tu número de cuenta ({iban}).",
                "Tu número de empleado es {employee_id}.",
            ),
        ),
        "invoice": (
            ("Factura {invoice_no}", "Recordatorio de pago", "Consulta sobre la factura {invoice_no}"),
            (
                "Adjunto la factura {invoice_no} por importe de {price}, con vencimiento el {date}.",
                "Puede realizar la transferencia a la cuenta {iban} de {bank}.",
                "Nuestro NIF es {tax_id}.",
                "Su número de cliente es {customer_id}.",
                "Según contabilidad, el pago se recibió {past}.",
            ),
        ),
        "appointment": (
            ("Confirmación de cita", "Cambio de cita"),
            (
                "Le confirmamos su cita con {name} en {hospital} el {date} a las {time}.",
                "Si no puede acudir, llame al {phone_number}.",
                "Traiga su tarjeta sanitaria ({health_insurance_id}) y el informe del médico de cabecera.",
            ),
        ),
        "tenancy": (
            ("Entrega de llaves", "Contrato de alquiler", "Cambio de domicilio"),
            (
                "La entrega de llaves será el {date} a las {time} en {street_address}.",
                "Mi nuevo domicilio es {address}.",
                "La fianza se ingresa en la cuenta {iban}.",
                "El portero, {name}, está en el {phone_number}.",
            ),
        ),
        "insurance": (
            ("Parte de siniestro", "Siniestro {case_no}"),
            (
                "El siniestro ocurrió el {date} en {city}; la matrícula del otro vehículo es {license_plate}.",
                "Su número de póliza en {insurer} es {customer_id}.",
                "El perito, {name}, se pondrá en contacto con usted {future}.",
            ),
        ),
        "it": (
            ("Acceso a la plataforma", "Restablecimiento de contraseña", "Incidencia {ticket_no}"),
            (
                "Su usuario es {username} y la contraseña provisional es {password}.",
                "El acceso se realizó desde la IP {ip_address}.",
                "Para cualquier duda, escriba a {email}.",
            ),
        ),
    },
    mentions=(
        "Mi fecha de nacimiento es el {dob}.",
        "El médico le diagnosticó {medical_condition} y le recetó {medication}.",
        "La tarjeta {credit_card_number} caduca en {card_expiry}.",
        "Mi número de pasaporte es {passport_number}.",
        "Permiso de conducir: {drivers_license}",
        "Tiene toda la información en {url}.",
        "El código postal es {postal_code}.",
        "El número de bastidor es {vin}.",
    ),
    polite=(
        "Quedo a su disposición para cualquier consulta.",
        "Gracias de antemano.",
        "Disculpe la demora en responder.",
        "Le adjunto la documentación solicitada.",
    ),
    footers=(
        "Enviado desde mi iPhone",
        "Este mensaje es confidencial. Si lo ha recibido por error, comuníquelo al remitente y elimínelo.",
    ),
    chat_lines=(
        "me pasas el IBAN de {first}? el de antes ({iban}) no funciona",
        "vuelvo a {city} {future}",
        "hablé con {first} {past}, todo bien",
        "nuevo número de {first}: {phone_number}",
        "el paquete llegó a {street_address}",
        "médico {future} a las {time}",
        "{name} se va de la empresa, su último día es el {date}",
        "mi correo nuevo es {email}",
        "la dirección es {address}",
        "mi número de empleado es {employee_id}, no?",
        "contraseña del wifi: {password}",
        "la matrícula del coche es {license_plate}",
        "puedes corregir la nómina de {name} de {date}?",
    ),
    chat_phrases=(
        "vale", "ok", "gracias!", "👍", "me encargo", "claro", "voy", "jajaja", "perdona, estaba en una reunión",
        "tienes un momento?", "hecho", "perfecto, gracias", "😂", "un momento que lo miro",
    ),
    chat_titles=("Familia 🏠", "Nóminas", "Equipo comercial"),
    kin={"f": ("Tía", "Abuela"), "m": ("Tío", "Abuelo")},
)

IT = LocalMessages(
    headers={"from": "Da: ", "to": "A: ", "cc": "Cc: ", "date": "Data: ", "sent": "Inviato: ", "subject": "Oggetto: "},
    reply_prefix="R: ",
    original_message="-----Messaggio originale-----",
    wrote=("Il giorno {date} alle ore {time} {sender} ha scritto:", "Il {date} {sender} ha scritto:"),
    honorifics={"f": ("Sig.ra", "Dott.ssa", "Avv.", "Prof.ssa"), "m": ("Sig.", "Dott.", "Ing.", "Avv.")},
    greet_formal={
        "f": ("Gentile {hon} {last},", "Buongiorno {hon} {last},", "Gentilissima {hon} {last},"),
        "m": ("Gentile {hon} {last},", "Buongiorno {hon} {last},", "Egregio {hon} {last},"),
    },
    greet_casual=_casual(
        ("Ciao {first},", "Buongiorno {first},", "Salve {first},"),
        ("Cara {first},",),
        ("Caro {first},",),
    ),
    greet_anon=("Buongiorno,", "Gentili colleghi,", "Salve,", "Spett.le Ufficio,", "Buonasera,"),
    closings=("Cordiali saluti,", "Distinti saluti,", "Un saluto,", "Grazie e buona giornata,", "A presto,", "Saluti,"),
    phone_labels=("Tel. ", "Tel: ", "Cell. ", "Cellulare: ", ""),
    themes={
        "hr": (
            ("Benvenuto in azienda", "Documenti per l'assunzione", "Primo giorno di lavoro"),
            (
                "Il suo primo giorno di lavoro sarà il {date}: la aspettiamo alle {time} in reception.",
                "Il ruolo previsto è {job_title}, presso la sede di {city}.",
                "Per la busta paga ci servono il codice fiscale ({national_id}) e l'IBAN ({iban}).",
                "Il suo numero di matricola è {employee_id}.",
            ),
        ),
        "invoice": (
            ("Fattura n. {invoice_no}", "Sollecito di pagamento", "Dati per la fattura elettronica"),
            (
                "In allegato la fattura n. {invoice_no} di {price}, con scadenza il {date}.",
                "Il pagamento può essere effettuato tramite bonifico sul conto {iban} presso {bank}.",
                "La nostra partita IVA è {tax_id}.",
                "Come da accordi telefonici di {past}, le invio i dati mancanti.",
                "Il codice cliente da indicare nella causale è {customer_id}.",
            ),
        ),
        "appointment": (
            ("Conferma appuntamento", "Spostamento visita"),
            (
                "Le confermo l'appuntamento con {name} presso {hospital} il {date} alle {time}.",
                "In caso di impedimento la preghiamo di avvisarci al {phone_number}.",
                "Porti con sé la tessera sanitaria ({health_insurance_id}) e l'elenco dei farmaci che assume.",
            ),
        ),
        "tenancy": (
            ("Contratto di locazione", "Consegna delle chiavi"),
            (
                "La consegna delle chiavi è fissata per il {date} alle {time} in {street_address}.",
                "Il nuovo indirizzo per la corrispondenza è {address}.",
                "Il canone va versato entro il 5 di ogni mese sull'IBAN {iban}.",
                "Il portiere, {name}, risponde al {phone_number}.",
            ),
        ),
        "insurance": (
            ("Denuncia di sinistro", "Pratica sinistro {case_no}"),
            (
                "Il sinistro è avvenuto il {date} a {city}; la targa del veicolo coinvolto è {license_plate}.",
                "Il numero di polizza presso {insurer} è {customer_id}.",
                "Il perito, {name}, la contatterà {future}.",
            ),
        ),
        "it": (
            ("Accesso al portale", "Reset della password", "Ticket {ticket_no}"),
            (
                "Il suo nome utente è {username} e la password temporanea è {password}.",
                "L'accesso anomalo proviene dall'indirizzo IP {ip_address}.",
                "Per assistenza scriva a {email}.",
            ),
        ),
    },
    mentions=(
        "La mia data di nascita è il {dob}.",
        "Il medico ha diagnosticato {medical_condition} e prescritto {medication}.",
        "La carta {credit_card_number} scade a {card_expiry}.",
        "Il numero del passaporto è {passport_number}.",
        "Numero di patente: {drivers_license}",
        "Trova tutti i dettagli su {url}.",
        "Il CAP è {postal_code}.",
        "Il numero di telaio è {vin}.",
    ),
    polite=(
        "Resto a disposizione per qualsiasi chiarimento.",
        "Grazie in anticipo per la collaborazione.",
        "Mi scuso per il ritardo nella risposta.",
        "Le allego la documentazione richiesta.",
    ),
    footers=(
        "Inviato da iPhone",
        "Questo messaggio e i suoi allegati sono riservati. Se lo ha ricevuto per errore, la preghiamo di "
        "cancellarlo e di avvisare il mittente.",
    ),
    chat_lines=(
        "mi mandi l'IBAN di {first}? quello vecchio ({iban}) non va",
        "torno a {city} {future}",
        "ho sentito {first} {past}, tutto ok",
        "nuovo numero di {first}: {phone_number}",
        "il pacco è arrivato in {street_address}",
        "visita medica {future} alle {time}",
        "{name} ha dato le dimissioni, l'ultimo giorno è il {date}",
        "la mia nuova mail è {email}",
        "indirizzo: {address}",
        "la matricola è {employee_id} giusto?",
        "password del wifi: {password}",
        "la targa della macchina è {license_plate}",
        "puoi sistemare la busta paga di {name} di {date}?",
    ),
    chat_phrases=(
        "ok", "va bene", "grazie!", "👍", "ci penso io", "certo", "arrivo", "ahah", "scusa, ero in riunione",
        "hai un attimo?", "fatto", "perfetto, grazie", "😂", "un attimo che controllo",
    ),
    chat_titles=("Famiglia ❤️", "Ufficio paghe", "Team vendite"),
    kin={"f": ("Zia", "Nonna"), "m": ("Zio", "Nonno")},
)

NL = LocalMessages(
    headers={
        "from": "Van: ",
        "to": "Aan: ",
        "cc": "CC: ",
        "date": "Datum: ",
        "sent": "Verzonden: ",
        "subject": "Onderwerp: ",
    },
    reply_prefix="RE: ",
    original_message="-----Oorspronkelijk bericht-----",
    wrote=("Op {date} om {time} schreef {sender}:", "Op {date} schreef {sender}:"),
    honorifics={"f": ("mevrouw", "Mevr.", "mevrouw dr."), "m": ("heer", "Dhr.", "heer dr.")},
    greet_formal={"f": ("Geachte {hon} {last},", "Beste {hon} {last},"), "m": ("Geachte {hon} {last},",)},
    greet_casual=_casual(("Beste {first},", "Hoi {first},", "Hallo {first},", "Goedemorgen {first},"), (), ()),
    greet_anon=("Goedemorgen,", "Geachte heer/mevrouw,", "Beste collega's,", "Hallo allemaal,"),
    closings=(
        "Met vriendelijke groet,",
        "Met vriendelijke groeten,",
        "Groet,",
        "Groetjes,",
        "Alvast bedankt,",
        "Vriendelijke groet,",
    ),
    phone_labels=("T: ", "Tel.: ", "M: ", "Mob.: ", ""),
    themes={
        "hr": (
            ("Welkom bij het team", "Je eerste werkdag", "Gegevens voor de salarisadministratie"),
            (
                "Je eerste werkdag is {date}, we verwachten je om {time} bij de receptie.",
                "Je start als {job_title} op onze vestiging in {city}.",
                "Voor de salarisadministratie hebben we je BSN ({national_id}) en rekeningnummer ({iban}) nodig.",
                "Je personeelsnummer is {employee_id}.",
            ),
        ),
        "invoice": (
            ("Factuur {invoice_no}", "Betalingsherinnering", "Vraag over factuur {invoice_no}"),
            (
                "In de bijlage vind je factuur {invoice_no} van {price}, te voldoen vóór {date}.",
                "Graag overmaken naar {iban} ten name van {org}.",
                "Ons btw-nummer is {tax_id}.",
                "Je klantnummer is {customer_id}.",
                "De betaling is {past} bij ons binnengekomen.",
            ),
        ),
        "appointment": (
            ("Bevestiging afspraak", "Afspraak verzet"),
            (
                "Uw afspraak met {name} in {hospital} is op {date} om {time}.",
                "Bent u verhinderd, bel dan {phone_number}.",
                "Neem uw zorgpas ({health_insurance_id}) en een medicijnoverzicht mee.",
            ),
        ),
        "tenancy": (
            ("Sleuteloverdracht", "Huurcontract", "Adreswijziging"),
            (
                "De sleuteloverdracht is op {date} om {time} aan de {street_address}.",
                "Mijn nieuwe adres is {address}.",
                "De borg graag overmaken naar {iban}.",
                "De huismeester, {name}, is bereikbaar op {phone_number}.",
            ),
        ),
        "insurance": (
            ("Schademelding", "Schadedossier {case_no}"),
            (
                "De schade is ontstaan op {date} in {city}; het kenteken van de tegenpartij is {license_plate}.",
                "Uw polisnummer bij {insurer} is {customer_id}.",
                "De expert, {name}, neemt {future} contact met u op.",
            ),
        ),
        "it": (
            ("Toegang tot het portaal", "Wachtwoord gereset", "Melding {ticket_no}"),
            (
                "Je gebruikersnaam is {username} en je tijdelijke wachtwoord is {password}.",
                "De inlogpoging kwam van IP-adres {ip_address}.",
                "Vragen? Mail naar {email}.",
            ),
        ),
    },
    mentions=(
        "Mijn geboortedatum is {dob}.",
        "De huisarts heeft {medical_condition} vastgesteld en {medication} voorgeschreven.",
        "De creditcard {credit_card_number} verloopt in {card_expiry}.",
        "Mijn paspoortnummer is {passport_number}.",
        "Rijbewijsnummer: {drivers_license}",
        "Alle details staan op {url}.",
        "De postcode is {postal_code}.",
        "Het chassisnummer is {vin}.",
    ),
    polite=(
        "Laat het gerust weten als je nog vragen hebt.",
        "Alvast bedankt voor je hulp.",
        "Excuses voor de late reactie.",
        "De gevraagde documenten zitten in de bijlage.",
    ),
    footers=(
        "Verzonden vanaf mijn iPhone",
        "Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per vergissing ontvangen, "
        "verwijder het dan en informeer de afzender.",
    ),
    chat_lines=(
        "kun je het rekeningnummer van {first} sturen? de oude ({iban}) werkt niet",
        "ik ben {future} weer in {city}",
        "{first} heeft {past} gebeld, alles goed",
        "nieuw nummer van {first}: {phone_number}",
        "pakketje is bezorgd op {street_address}",
        "tandarts {future} om {time}",
        "{name} gaat weg, laatste werkdag is {date}",
        "mijn nieuwe mail is {email}",
        "adres is {address}",
        "personeelsnummer is {employee_id} toch?",
        "wifi wachtwoord: {password}",
        "kenteken van de huurauto: {license_plate}",
        "kun jij de loonstrook van {name} voor {date} nog aanpassen?",
    ),
    chat_phrases=(
        "ok", "top", "dank je!", "👍", "pak ik op", "prima", "komt eraan", "haha", "sorry, zat in een meeting",
        "heb je even?", "gedaan", "klopt", "😂", "even checken",
    ),
    chat_titles=("Familie 🏡", "Salarisadministratie", "Team Sales", "Microsoft Teams — chat \"HR\""),
    kin={"f": ("Tante", "Oma"), "m": ("Oom", "Opa")},
)

PT = LocalMessages(
    headers={
        "from": "De: ",
        "to": "Para: ",
        "cc": "Cc: ",
        "date": "Data: ",
        "sent": "Enviado em: ",
        "subject": "Assunto: ",
    },
    reply_prefix="RES: ",
    original_message="-----Mensagem original-----",
    wrote=("Em {date}, às {time}, {sender} escreveu:", "Em {date}, {sender} escreveu:"),
    honorifics={"f": ("Sra.", "Sra.", "Dra."), "m": ("Sr.", "Sr.", "Dr.")},
    greet_formal={
        "f": ("Prezada {hon} {last},", "Bom dia, {hon} {last},"),
        "m": ("Prezado {hon} {last},", "Bom dia, {hon} {last},"),
    },
    greet_casual=_casual(("Olá {first},", "Oi {first},", "Bom dia, {first}!", "Boa tarde, {first},"),
                         ("Querida {first},", "Prezada {first},"), ("Querido {first},", "Prezado {first},")),
    greet_anon=("Bom dia,", "Prezados,", "Olá a todos,", "Boa tarde,"),
    closings=("Atenciosamente,", "Abraços,", "Att.,", "Obrigado,", "Um abraço,", "Cordialmente,"),
    phone_labels=("Tel.: ", "Cel.: ", "WhatsApp: ", "Fone: ", ""),
    themes={
        "hr": (
            ("Boas-vindas", "Documentos para admissão", "Seu primeiro dia"),
            (
                "Seu primeiro dia de trabalho será {date}; te esperamos às {time} na recepção.",
                "Você vai atuar como {job_title} na unidade de {city}.",
                "Para a admissão precisamos do seu CPF ({national_id}) e da sua conta no {bank} "
                "({bank_account_number}).",
                "Sua matrícula é {employee_id}.",
            ),
        ),
        "invoice": (
            ("Nota fiscal {invoice_no}", "Lembrete de pagamento", "Boleto em aberto"),
            (
                "Segue em anexo a nota fiscal {invoice_no} no valor de {price}, com vencimento em {date}.",
                "O pagamento pode ser feito via Pix para a chave {email}.",
                "Nosso CNPJ é {tax_id}.",
                "Seu código de cliente é {customer_id}.",
                "Recebemos o pagamento {past}, obrigado.",
            ),
        ),
        "appointment": (
            ("Confirmação de consulta", "Remarcação de consulta"),
            (
                "Sua consulta com {name} no {hospital} está marcada para {date} às {time}.",
                "Em caso de imprevisto, ligue para {phone_number}.",
                "Traga a carteirinha do convênio ({health_insurance_id}) e os últimos exames.",
            ),
        ),
        "tenancy": (
            ("Entrega das chaves", "Contrato de aluguel", "Mudança de endereço"),
            (
                "A vistoria do imóvel será no dia {date} às {time}, na {street_address}.",
                "Meu novo endereço é {address}.",
                "O aluguel deve ser depositado na conta {bank_account_number} do {bank}.",
                "O zelador, {name}, atende no {phone_number}.",
            ),
        ),
        "insurance": (
            ("Aviso de sinistro", "Sinistro {case_no}"),
            (
                "O acidente aconteceu em {date} em {city}; a placa do outro veículo é {license_plate}.",
                "O número da sua apólice na {insurer} é {customer_id}.",
                "O perito, {name}, vai entrar em contato {future}.",
            ),
        ),
        "it": (
            ("Acesso ao portal", "Redefinição de senha", "Chamado {ticket_no}"),
            (
                "Seu usuário é {username} e a senha provisória é {password}.",
                "O acesso suspeito veio do IP {ip_address}.",
                "Qualquer dúvida, escreva para {email}.",
            ),
        ),
    },
    mentions=(
        "Minha data de nascimento é {dob}.",
        "O médico diagnosticou {medical_condition} e receitou {medication}.",
        "O cartão {credit_card_number} vence em {card_expiry}.",
        "O número do meu passaporte é {passport_number}.",
        "CNH: {drivers_license}",
        "Todas as informações estão em {url}.",
        "O CEP é {postal_code}.",
        "O número do chassi é {vin}.",
    ),
    polite=(
        "Fico à disposição para qualquer dúvida.",
        "Desde já, obrigado.",
        "Desculpe a demora em responder.",
        "Segue em anexo a documentação solicitada.",
    ),
    footers=(
        "Enviado do meu iPhone",
        "Esta mensagem é confidencial. Se você a recebeu por engano, avise o remetente e apague-a.",
    ),
    chat_lines=(
        "vc consegue me mandar o pix de {first}? quero pagar {future}",
        "chego em {city} {future}",
        "falei com {first} {past}, tá tudo bem",
        "número novo de {first}: {phone_number}",
        "a encomenda chegou na {street_address}",
        "consulta {future} às {time}",
        "{name} pediu demissão, o último dia é {date}",
        "meu email novo é {email}",
        "o endereço é {address}",
        "minha matrícula é {employee_id} né?",
        "senha do wifi: {password}",
        "a placa do carro é {license_plate}",
        "o cpf é {national_id} se precisar",
    ),
    chat_phrases=(
        "ok", "blz", "valeu!", "👍", "deixa comigo", "claro", "tô indo", "kkkk", "foi mal, tava em reunião",
        "tem um minuto?", "feito", "perfeito, obrigado", "😂", "pera que vou ver", "🙏",
    ),
    chat_titles=("Família ❤️", "RH - Folha", "Equipe Comercial"),
    kin={"f": ("Tia", "Vó"), "m": ("Tio", "Vô")},
)

LOCAL_MESSAGES: dict[str, LocalMessages] = {"de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT}
"""Phrase tables by document language; languages without an entry are written in English."""
