"""Words of clinical-trial documents: adverse event terms, study drugs, indications, roles, regulators, systems."""

from __future__ import annotations

ADVERSE_EVENTS: tuple[tuple[str, str], ...] = (
    ("nausea", "nausea"),
    ("vomiting", "vomiting"),
    ("diarrhoea", "diarrhea"),
    ("headache", "headache"),
    ("fatigue", "fatigue"),
    ("dizziness", "dizziness"),
    ("syncope", "syncope"),
    ("rash", "rash"),
    ("maculopapular rash", "maculopapular rash"),
    ("pruritus", "pruritus"),
    ("injection site reaction", "injection site reaction"),
    ("injection site erythema", "injection site erythema"),
    ("infusion-related reaction", "infusion-related reaction"),
    ("elevated ALT", "elevated ALT"),
    ("ALT increased", "ALT increased"),
    ("AST increased", "AST increased"),
    ("elevated liver enzymes", "elevated liver enzymes"),
    ("drug-induced liver injury", "drug-induced liver injury"),
    ("neutropenia", "neutropenia"),
    ("febrile neutropenia", "febrile neutropenia"),
    ("thrombocytopenia", "thrombocytopenia"),
    ("anaemia", "anemia"),
    ("hypokalaemia", "hypokalemia"),
    ("hyperglycaemia", "hyperglycemia"),
    ("hypoglycaemia", "hypoglycemia"),
    ("hypotension", "hypotension"),
    ("orthostatic hypotension", "orthostatic hypotension"),
    ("QTc prolongation", "QTc prolongation"),
    ("QT prolongation", "QT prolongation"),
    ("bradycardia", "bradycardia"),
    ("sinus tachycardia", "sinus tachycardia"),
    ("palpitations", "palpitations"),
    ("chest pain", "chest pain"),
    ("dyspnoea", "dyspnea"),
    ("cough", "cough"),
    ("upper respiratory tract infection", "upper respiratory tract infection"),
    ("nasopharyngitis", "nasopharyngitis"),
    ("urinary tract infection", "urinary tract infection"),
    ("pneumonia", "pneumonia"),
    ("sepsis", "sepsis"),
    ("pyrexia", "pyrexia"),
    ("arthralgia", "arthralgia"),
    ("myalgia", "myalgia"),
    ("back pain", "back pain"),
    ("insomnia", "insomnia"),
    ("anxiety", "anxiety"),
    ("peripheral neuropathy", "peripheral neuropathy"),
    ("peripheral oedema", "peripheral edema"),
    ("constipation", "constipation"),
    ("abdominal pain", "abdominal pain"),
    ("decreased appetite", "decreased appetite"),
    ("weight decreased", "weight decreased"),
    ("alopecia", "alopecia"),
    ("stomatitis", "stomatitis"),
    ("mucositis", "mucositis"),
    ("acute kidney injury", "acute kidney injury"),
    ("blood creatinine increased", "blood creatinine increased"),
    ("anaphylactic reaction", "anaphylactic reaction"),
    ("angioedema", "angioedema"),
    ("hypersensitivity reaction", "hypersensitivity reaction"),
    ("seizure", "seizure"),
    ("fall", "fall"),
    ("deep vein thrombosis", "deep vein thrombosis"),
    ("pulmonary embolism", "pulmonary embolism"),
    ("atrial fibrillation", "atrial fibrillation"),
    ("cellulitis", "cellulitis"),
    ("herpes zoster", "herpes zoster"),
    ("COVID-19 infection", "COVID-19 infection"),
    ("pancreatitis", "pancreatitis"),
    ("lipase increased", "lipase increased"),
    ("dehydration", "dehydration"),
    ("vision blurred", "vision blurred"),
    ("tinnitus", "tinnitus"),
    ("somnolence", "somnolence"),
    ("hot flush", "hot flash"),
    ("epistaxis", "epistaxis"),
    ("haematuria", "hematuria"),
    ("colitis", "colitis"),
    ("immune-mediated hepatitis", "immune-mediated hepatitis"),
    ("pneumonitis", "pneumonitis"),
    ("hypothyroidism", "hypothyroidism"),
    ("dysgeusia", "dysgeusia"),
    ("muscle spasms", "muscle spasms"),
    ("gastroenteritis", "gastroenteritis"),
)
"""Adverse event terms as (British, American) spellings: verbatim and MedDRA-like preferred terms."""

SERIOUS_EVENTS: tuple[tuple[str, str], ...] = (
    ("febrile neutropenia", "febrile neutropenia"),
    ("pneumonia", "pneumonia"),
    ("sepsis", "sepsis"),
    ("syncope", "syncope"),
    ("pulmonary embolism", "pulmonary embolism"),
    ("acute kidney injury", "acute kidney injury"),
    ("anaphylactic reaction", "anaphylactic reaction"),
    ("drug-induced liver injury", "drug-induced liver injury"),
    ("atrial fibrillation", "atrial fibrillation"),
    ("seizure", "seizure"),
    ("pancreatitis", "pancreatitis"),
    ("immune-mediated hepatitis", "immune-mediated hepatitis"),
    ("pneumonitis", "pneumonitis"),
    ("deep vein thrombosis", "deep vein thrombosis"),
    ("dehydration", "dehydration"),
    ("fall", "fall"),
)
"""Events that often make a serious adverse event (hospitalisation)."""

STUDY_DRUGS = (
    "zelantinib",
    "ravoxumab",
    "tirelimab",
    "corvaglitazar",
    "epratuzumab",
    "lenvostat",
    "miravetide",
    "oxalizumab",
    "fenebrutinib",
    "sotagliflozin",
    "tepaximod",
    "velocitinib",
    "durvelimab",
    "anrelumab",
    "bexarofib",
    "quilvastat",
    "nemolizumab",
    "dapirolizumab",
    "olorofim",
    "zuranolone",
)
"""Investigational product names (INN-like; annotated as `medication`)."""

COMPOUND_PREFIXES = ("TRX", "ABX", "LY", "BAY", "MK", "JNJ", "PF", "RG", "AZD", "GSK", "BMS", "NVP", "SAR", "CT", "ZL")
"""Prefixes of compound codes (e.g. "AZD4417"): product codes, never annotated."""

INDICATIONS = (
    "moderate-to-severe plaque psoriasis",
    "type 2 diabetes mellitus",
    "relapsing multiple sclerosis",
    "metastatic non-small cell lung cancer",
    "HER2-negative breast cancer",
    "chronic heart failure",
    "moderate-to-severe atopic dermatitis",
    "ulcerative colitis",
    "Crohn's disease",
    "rheumatoid arthritis",
    "major depressive disorder",
    "chronic kidney disease",
    "severe asthma",
    "hypercholesterolaemia",
    "early Alzheimer's disease",
    "postpartum depression",
    "nonalcoholic steatohepatitis",
    "relapsed multiple myeloma",
    "invasive aspergillosis",
    "migraine prevention",
)
"""Study indications; named generically in protocols (not annotated), about a participant they are conditions."""

PHARMA_WORDS = (
    "Pharmaceuticals",
    "Therapeutics",
    "Biosciences",
    "Pharma",
    "Biotech",
    "Biologics",
    "Life Sciences",
    "Medicines",
    "Oncology",
    "Bio",
)
"""Second words of sponsor company names."""

PHASES = ("Phase 1", "Phase 1b", "Phase 2", "Phase 2a", "Phase 2b", "Phase 3", "Phase 3b", "Phase 4")
DESIGNS = (
    "randomised, double-blind, placebo-controlled",
    "randomized, double-blind, placebo-controlled",
    "open-label, single-arm",
    "randomised, open-label, active-controlled",
    "multicentre, randomised, double-blind, parallel-group",
    "multicenter, randomized, double-blind, dose-ranging",
    "open-label extension",
)
COMPARATORS = ("placebo", "placebo", "matching placebo", "standard of care", "active comparator")
GRADES = ("grade 1", "grade 2", "grade 3", "grade 4", "Grade 1", "Grade 2", "Grade 3", "mild", "moderate", "severe")
SEVERITY = ("Mild", "Moderate", "Severe", "Grade 1", "Grade 2", "Grade 3", "Grade 4")
CAUSALITY = ("Not related", "Unlikely related", "Possibly related", "Probably related", "Related")
OUTCOMES = (
    "Recovered/resolved",
    "Recovering/resolving",
    "Not recovered/not resolved",
    "Recovered with sequelae",
    "Unknown",
)
ACTIONS = ("Dose not changed", "Drug interrupted", "Dose reduced", "Drug withdrawn", "Not applicable")
SERIOUSNESS = (
    "Hospitalisation or prolongation of hospitalisation",
    "Hospitalization",
    "Life-threatening",
    "Medically important event",
    "Persistent or significant disability",
    "Required intervention to prevent permanent impairment",
)

ROLES = (
    "Principal Investigator",
    "Sub-Investigator",
    "Study Coordinator",
    "Clinical Research Coordinator",
    "Research Nurse",
    "Study Nurse",
    "Clinical Research Associate",
    "Senior CRA",
    "Site Monitor",
    "Clinical Trial Pharmacist",
    "Medical Monitor",
    "Clinical Trial Manager",
    "Data Manager",
    "Clinical Project Manager",
    "Drug Safety Physician",
    "Pharmacovigilance Officer",
    "Study Start-up Specialist",
    "Regulatory Affairs Manager",
)
"""Roles written next to a name (annotated as `job_title`)."""

REGULATORS = ("FDA", "EMA", "MHRA", "BfArM", "ANSM", "AEMPS", "AIFA", "CCMO", "ANVISA", "CDSCO", "TGA", "Health Canada")
"""Regulators (public institutions, never annotated)."""

SYSTEMS = (
    "Rave EDC",
    "Veeva Vault EDC",
    "the IWRS",
    "the IxRS",
    "the IRT system",
    "InForm",
    "the EDC",
    "the eTMF",
    "the CTMS",
    "Argus Safety",
)
"""Trial software named as products (never annotated)."""

VISIT_NAMES = (
    "Screening",
    "Baseline",
    "Day 1",
    "Week 2",
    "Week 4",
    "Week 8",
    "Week 12",
    "Week 24",
    "Week 52",
    "End of Treatment",
    "Follow-up",
    "Unscheduled",
    "Early Termination",
)

CRF_FORMS = (
    "Adverse Events",
    "Concomitant Medications",
    "Medical History",
    "Demographics",
    "Vital Signs",
    "Randomisation",
    "Study Drug Administration",
    "ECG",
    "Local Laboratory",
    "Eligibility",
    "Informed Consent",
    "End of Study",
)

SCREEN_FAIL_REASONS = (
    "Inclusion criterion {n} not met (HbA1c out of range)",
    "Exclusion criterion {n}: eGFR below 30",
    "Withdrew consent before randomisation",
    "Exclusion criterion {n}: prior biologic therapy",
    "Lab values outside protocol limits",
    "Lost to follow-up during screening",
    "Exclusion criterion {n}: QTcF above 450 ms",
    "Investigator decision",
)
"""Screen-failure reasons without PII."""

LAB_VALUES = (
    ("ALT", "U/L", 8, 410),
    ("AST", "U/L", 9, 380),
    ("Total bilirubin", "umol/L", 3, 60),
    ("Creatinine", "umol/L", 55, 260),
    ("Neutrophils", "x10^9/L", 0.3, 7.5),
    ("Platelets", "x10^9/L", 18, 420),
    ("Haemoglobin", "g/L", 72, 165),
    ("Potassium", "mmol/L", 2.8, 5.9),
    ("Glucose", "mmol/L", 2.6, 19.0),
    ("QTcF", "ms", 390, 520),
    ("Lipase", "U/L", 12, 640),
    ("HbA1c", "%", 5.8, 10.9),
)
"""(test, unit, low, high) for lab values written in reports (never annotated)."""
