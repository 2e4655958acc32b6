"""PII-free sentences by domain: the natural text around the values. Slots here are hard negatives only."""

from __future__ import annotations

from .builder import Piece
from .context import Context

FILLER: dict[str, tuple[str, ...]] = {
    "general": (
        "Thanks for getting back to me so quickly.",
        "Apologies for the delay in replying, it has been a busy week.",
        "Let me know if you need anything else from me.",
        "I hope that makes sense.",
        "Happy to jump on a call if that is easier.",
        "I've attached the relevant documents for reference.",
        "Just following up on my previous message.",
        "Please let me know if any of the details are incorrect.",
        "I appreciate your patience while we sort this out.",
        "Could you confirm once this has been done?",
        "I'm not sure who the right person is, so please forward this if needed.",
        "We would like to resolve this as soon as possible.",
        "Thanks again for your help with this.",
        "As discussed, I've summarised the main points below.",
        "Sorry, I forgot to include this in my earlier message.",
        "Nothing else has changed on our side.",
        "I'll keep you posted on any developments.",
        "Do shout if anything looks off.",
        "This is the second time I have had to raise this.",
        "We are reviewing the options internally and will come back to you.",
        "The files are too large to attach, so I've shared them via {product}.",
        "Please treat this information as confidential.",
    ),
    "it": (
        "The issue started after the upgrade to version {version}.",
        "Clearing the cache and restarting did not help.",
        "The error only appears in {product}, not in other browsers.",
        "Logs show a spike of HTTP {http} responses from the {service} service.",
        "We rolled back to build {build} as a temporary fix.",
        "The root cause was a misconfigured load balancer rule.",
        "Monitoring alerted on elevated latency, p99 was above {ms}.",
        "The deployment pipeline failed at the integration test stage.",
        "We have applied the vendor patch and are monitoring.",
        "MFA has been enforced for all remote access accounts.",
        "The certificate expired, which caused the TLS handshake failures.",
        "A change request has been raised to update the firewall policy.",
        "The backup job completed successfully, total size {size}.",
        "See commit {commit} for the relevant change.",
        "Disk usage on the database host reached {pct}.",
        "The affected endpoints returned {http} for roughly {duration}.",
        "We have opened ticket {ticket_no} with the vendor.",
        "No data appears to have been exfiltrated at this stage.",
        "Endpoint protection quarantined the file automatically.",
        "The connection pool was exhausted under load.",
    ),
    "medical": (
        "No acute distress observed.",
        "Vital signs within normal limits.",
        "Heart sounds normal, chest clear on auscultation.",
        "Abdomen soft and non-tender, no guarding.",
        "Advised to maintain adequate fluid intake and rest.",
        "Safety-netting advice given; to return if symptoms worsen.",
        "Discussed risks and benefits of treatment; patient agrees with plan.",
        "Bloods requested, results to follow.",
        "Referral made to the relevant specialist team.",
        "No known drug allergies recorded prior to this visit.",
        "Patient reports good adherence to the current regimen.",
        "Sleep and appetite are reported as normal.",
        "Non-smoker, drinks alcohol occasionally.",
        "Lives with family and is independent with daily activities.",
        "Wound is healing well with no signs of infection.",
        "Pain is rated 6 out of 10 and worse on movement.",
        "Blood pressure was elevated on two separate readings.",
        "Imaging shows no acute abnormality.",
        "Dose to be reviewed once results are available.",
        "Patient was given written information about the condition.",
    ),
    "legal": (
        "The parties agree that time is of the essence.",
        "Nothing in this clause shall limit liability for fraud.",
        "Each party shall bear its own costs in relation to this matter.",
        "The obligations in this section survive termination.",
        "Notices must be given in writing and delivered by hand or by recorded delivery.",
        "This document is without prejudice to any other rights.",
        "Failure to exercise a right shall not constitute a waiver of that right.",
        "The defendant denies each and every allegation not expressly admitted.",
        "The claimant reserves the right to amend these particulars.",
        "Any amendment must be agreed in writing and signed by both parties.",
        "The terms of this agreement are confidential.",
        "Headings are for convenience only and do not affect interpretation.",
        "The court has jurisdiction over the subject matter of this action.",
        "Venue is proper in this district.",
        "The respondent has failed to comply with the previous order.",
        "All sums are exclusive of VAT unless stated otherwise.",
        "Both parties have had the opportunity to take independent legal advice.",
    ),
    "finance": (
        "Payment is due within 30 days of the invoice date.",
        "Late payments may incur interest at 8% above the base rate.",
        "Please use the invoice number as the payment reference.",
        "All amounts are shown in the account currency.",
        "The standing order will continue until cancelled.",
        "Your overdraft limit remains unchanged.",
        "Interest is calculated daily and paid monthly.",
        "This statement includes all transactions processed up to the closing date.",
        "Please check your statement carefully and report any discrepancies.",
        "Fees are charged in line with our published tariff.",
        "The refund of {price} has been processed.",
        "The direct debit was returned unpaid.",
        "We have not received the outstanding balance of {price}.",
        "VAT has been charged at the standard rate.",
        "Thank you for your business.",
    ),
    "hr": (
        "The probation period has been completed satisfactorily.",
        "Annual leave entitlement is 25 days plus public holidays.",
        "Please complete the mandatory training modules in your first month.",
        "The role is eligible for hybrid working.",
        "Performance objectives will be reviewed at the mid-year check-in.",
        "A return-to-work meeting was held and adjustments agreed.",
        "The employee has been reminded of the attendance policy.",
        "Salary will be paid monthly in arrears.",
        "Overtime must be approved in advance by the line manager.",
        "The disciplinary hearing has been postponed at the employee's request.",
        "Occupational health have recommended a phased return.",
        "Benefits enrolment closes at the end of the first month.",
        "The employee confirmed they have read the handbook.",
        "References have been received and are satisfactory.",
    ),
    "insurance": (
        "The claim is being assessed and we will contact you with our decision.",
        "Please keep any damaged items until the assessor has visited.",
        "Your policy excess of {price} will apply to this claim.",
        "We may need to request further information from you.",
        "Repairs should not begin until the claim has been approved.",
        "The third party's insurer has accepted liability.",
        "Photographs of the damage have been received.",
        "A courtesy vehicle has been arranged while repairs are carried out.",
        "The loss adjuster's report is attached.",
        "Medical evidence will be required to support the injury claim.",
    ),
    "support": (
        "Thanks for contacting support.",
        "I've escalated this to our second-line team.",
        "Could you try again and let us know if the problem persists?",
        "We are aware of the issue and are working on a fix.",
        "I've reset the account and sent a new activation link.",
        "Please allow up to 48 hours for the change to take effect.",
        "Closing this ticket as resolved; reply to reopen.",
        "Customer confirmed the workaround resolves the issue.",
        "Waiting on customer response.",
        "Refund approved as a goodwill gesture.",
        "Screenshots attached by the customer show the error clearly.",
        "This looks related to ticket {ticket_no}.",
        "Order {order_no} has been re-shipped.",
    ),
    "meeting": (
        "Agreed to revisit this at the next meeting.",
        "No objections were raised.",
        "Budget remains on track for the quarter.",
        "The team raised concerns about the timeline.",
        "Decision deferred pending legal review.",
        "Everyone to review the draft before the next session.",
        "Risks were reviewed and the register updated.",
        "Hiring for the open roles is progressing.",
        "Customer feedback has been broadly positive.",
        "The migration is about two-thirds complete.",
        "Minutes of the previous meeting were approved.",
    ),
}

CLAUSES: tuple[tuple[str, str], ...] = (
    (
        "Definitions",
        "In this Agreement, unless the context otherwise requires, capitalised terms have the meanings "
        "given to them in this clause, and references to a party include its successors and permitted assigns.",
    ),
    (
        "Term",
        "This Agreement commences on the Effective Date and continues for an initial term of twelve months, "
        "after which it renews automatically for successive periods of twelve months unless terminated in accordance "
        "with its terms.",
    ),
    (
        "Services",
        "The Supplier shall provide the Services with reasonable skill and care, in accordance with good "
        "industry practice and any service levels set out in the Schedule.",
    ),
    (
        "Fees and Payment",
        "The Customer shall pay the fees set out in the Schedule within thirty days of receipt of "
        "a valid invoice. Undisputed amounts not paid when due shall bear interest at the statutory rate.",
    ),
    (
        "Confidentiality",
        "Each party shall keep the other party's Confidential Information secret and shall not use "
        "it except for the purpose of performing its obligations under this Agreement.",
    ),
    (
        "Data Protection",
        "Each party shall comply with applicable data protection legislation. Where the Supplier "
        "processes personal data on behalf of the Customer, it shall do so only on documented instructions.",
    ),
    (
        "Intellectual Property",
        "All intellectual property rights in the Deliverables shall vest in the Customer on "
        "payment in full, save for any pre-existing materials of the Supplier.",
    ),
    (
        "Warranties",
        "Each party warrants that it has full power and authority to enter into this Agreement and that "
        "doing so will not breach any other agreement by which it is bound.",
    ),
    (
        "Limitation of Liability",
        "Neither party shall be liable for any indirect or consequential loss. Each party's "
        "total aggregate liability shall not exceed the fees paid in the twelve months preceding the claim.",
    ),
    (
        "Indemnity",
        "The Supplier shall indemnify the Customer against all losses arising from any claim that the "
        "Deliverables infringe the intellectual property rights of a third party.",
    ),
    (
        "Termination",
        "Either party may terminate this Agreement by giving not less than ninety days' written notice. "
        "Either party may terminate immediately if the other commits a material breach which is not remedied within "
        "thirty days of notice.",
    ),
    (
        "Consequences of Termination",
        "On termination, each party shall return or destroy the other party's "
        "Confidential Information, and any accrued rights and remedies shall not be affected.",
    ),
    (
        "Force Majeure",
        "Neither party shall be in breach of this Agreement if it is prevented from performing its "
        "obligations by events beyond its reasonable control.",
    ),
    (
        "Assignment",
        "Neither party may assign or transfer any of its rights under this Agreement without the prior "
        "written consent of the other party, such consent not to be unreasonably withheld.",
    ),
    (
        "Non-Solicitation",
        "Neither party shall, during the term and for six months thereafter, solicit any employee "
        "of the other party who has been involved in the provision of the Services.",
    ),
    (
        "Insurance",
        "The Supplier shall maintain professional indemnity and public liability insurance with reputable "
        "insurers for the duration of this Agreement.",
    ),
    (
        "Anti-Bribery",
        "Each party shall comply with all applicable anti-bribery and anti-corruption laws and shall "
        "maintain adequate procedures to prevent bribery.",
    ),
    (
        "Entire Agreement",
        "This Agreement constitutes the entire agreement between the parties and supersedes all "
        "previous agreements, promises and understandings between them.",
    ),
    (
        "Severance",
        "If any provision of this Agreement is found to be invalid or unenforceable, that provision shall "
        "be deemed deleted and the remaining provisions shall continue in full force.",
    ),
    (
        "Variation",
        "No variation of this Agreement shall be effective unless it is in writing and signed by the "
        "authorised representatives of both parties.",
    ),
    (
        "Dispute Resolution",
        "The parties shall attempt in good faith to resolve any dispute through negotiation "
        "between senior representatives before commencing proceedings.",
    ),
    (
        "Governing Law",
        "This Agreement and any dispute arising out of it shall be governed by the laws of the "
        "jurisdiction stated in the Schedule, whose courts shall have exclusive jurisdiction.",
    ),
    (
        "Counterparts",
        "This Agreement may be executed in any number of counterparts, each of which is an original "
        "and which together constitute one agreement.",
    ),
    (
        "Audit",
        "The Customer may, on reasonable notice and no more than once a year, audit the Supplier's compliance "
        "with this Agreement.",
    ),
    (
        "Subcontracting",
        "The Supplier may not subcontract any of its obligations without the Customer's prior "
        "written consent and remains responsible for the acts of its subcontractors.",
    ),
    (
        "Service Credits",
        "Where the Supplier fails to meet a service level, the Customer shall be entitled to the "
        "service credits set out in the Schedule as its sole financial remedy for that failure.",
    ),
    ("Third Party Rights", "A person who is not a party to this Agreement has no right to enforce any of its terms."),
    (
        "Notices",
        "Any notice given under this Agreement shall be in writing and sent to the address of the relevant "
        "party set out at the head of this Agreement.",
    ),
)


def filler(ctx: Context, domain: str, k: int = 1, *, general: bool = True) -> list[Piece]:
    """`k` PII-free sentences from `domain` (plus the conversational pool unless `general` is False)."""
    pool = FILLER[domain] + (FILLER["general"] if general and domain != "general" else ())
    out: list[Piece] = []
    for i, template in enumerate(ctx.sample(pool, k)):
        if i:
            out.append(" ")
        out.extend(ctx.fill(template))
    return out
