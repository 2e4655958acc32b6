"""Small English word lists for entity types Faker has no (or no locale-independent) provider for."""

TITLE = ("Mr.", "Mrs.", "Ms.", "Miss", "Mx.", "Dr.", "Prof.")

NRP = (
    "American", "British", "Canadian", "French", "German", "Italian", "Spanish", "Portuguese", "Dutch", "Swedish",
    "Norwegian", "Polish", "Irish", "Mexican", "Brazilian", "Argentinian", "Japanese", "Korean", "Indian",
    "Nigerian", "Kenyan", "Egyptian", "Turkish", "Greek", "Australian", "Catholic", "Protestant", "Buddhist",
    "Hindu", "Muslim", "Jewish", "Sikh", "Lutheran", "Methodist",
)

MEDICAL_CONDITION = (
    "asthma", "type 2 diabetes", "hypertension", "migraine", "eczema", "anemia", "bronchitis", "osteoarthritis",
    "hypothyroidism", "gout", "psoriasis", "sinusitis", "tendinitis", "sciatica", "gastritis", "pneumonia",
    "glaucoma", "celiac disease", "atrial fibrillation", "irritable bowel syndrome",
)

MEDICATION = (
    "ibuprofen", "paracetamol", "amoxicillin", "metformin", "lisinopril", "atorvastatin", "omeprazole",
    "levothyroxine", "amlodipine", "sertraline", "salbutamol", "prednisone", "cetirizine", "losartan",
    "simvastatin", "gabapentin", "warfarin", "insulin glargine", "azithromycin", "citalopram",
)
