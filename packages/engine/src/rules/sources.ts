/**
 * Sources our rules rest on. Each rule is written in our own words; no ASAM Criteria text is copied
 * (docs/design/domain.md §1.8). Tags follow docs/design/domain.md: [S] stated in the source, [K] background
 * knowledge, [D] derived by us from a published rule.
 */
export const SOURCES = {
  seed: {
    title: "Stepwise seed article: inpatient vs intensive outpatient rehab (docs/design/seed.md)",
    note: "Sections 'When an IOP program makes sense', 'When You Might Need Inpatient Care', 'Assessing Readiness for Outpatient Treatment', 'Transitioning Between Levels of Care'.",
  },
  "asam-alcohol-withdrawal-2020": {
    title: "ASAM Clinical Practice Guideline on Alcohol Withdrawal Management (2020)",
    note: "CIWA-Ar bands (<10, 10–18, ≥19); complicated withdrawal; rec. III.1 (environment may call for more intensive care), III.2 (suicide risk), VII.8 (who can be managed as an outpatient). [S] via docs/design/domain.md §1.7.",
  },
  "samhsa-tip-45": {
    title:
      "SAMHSA TIP 45, Detoxification and Substance Abuse Treatment (2006), ch. 2 Settings and Levels of Care",
    note: "Public domain. [S] via docs/design/domain.md §1.7.",
  },
  "samhsa-tip-42": {
    title: "SAMHSA TIP 42, Substance Use Treatment for Persons With Co-Occurring Disorders (2020)",
    note: "Public domain. Co-occurring capable and enhanced services. [K]",
  },
  "samhsa-tip-63": {
    title: "SAMHSA TIP 63, Medications for Opioid Use Disorder (2021)",
    note: "Public domain. Buprenorphine, methadone and naltrexone; medication can continue at every level of care; naloxone for overdose. [K]",
  },
  "cfr-42-part-8": {
    title:
      "42 CFR Part 8, Medications for the Treatment of Opioid Use Disorder (§ 8.12, opioid treatment program standards)",
    note: "Public domain (US federal regulation). Admission of a person under 18 to methadone treatment at an opioid treatment program has added conditions, among them a parent's or guardian's written consent. [K]",
  },
  "aap-moud-adolescents-2016": {
    title:
      "American Academy of Pediatrics Policy Statement: Medication-Assisted Treatment of Adolescents With Opioid Use Disorders (Pediatrics, 2016)",
    note: "Adolescents and young adults with opioid use disorder should be offered medication; buprenorphine is the medicine most often used under 18. [K]",
  },
  "samhsa-overdose-toolkit": {
    title: "SAMHSA Opioid Overdose Prevention and Response Toolkit (2018)",
    note: "Public domain. Naloxone for anyone at risk of opioid overdose and the people around them; lower tolerance after a time without use. [K]",
  },
  "acog-711": {
    title: "ACOG Committee Opinion 711, Opioid Use and Opioid Use Disorder in Pregnancy (2017)",
    note: "Medication (methadone or buprenorphine) is recommended over withdrawal in pregnancy. [K]",
  },
  "asam-opioid-use-disorder-2020": {
    title: "ASAM National Practice Guideline for the Treatment of Opioid Use Disorder, 2020 Focused Update",
    note: "Buprenorphine or methadone can start the same day; start buprenorphine once withdrawal is at least moderate (COWS commonly 8–12 or more), which matters with fentanyl; naloxone for everyone with opioid use disorder; no stopping medication because of other substance use. [K]",
  },
  "apa-alcohol-use-disorder-2018": {
    title:
      "APA Practice Guideline for the Pharmacological Treatment of Patients With Alcohol Use Disorder (2018); VA/DoD SUD guideline (2021)",
    note: "Offer naltrexone or acamprosate for moderate to severe alcohol use disorder; naltrexone is not used with opioids or opioid medicines. [K]",
  },
  "uspstf-tobacco-2021": {
    title: "USPSTF Recommendation: Tobacco Smoking Cessation in Adults, Including Pregnant Persons (2021)",
    note: "Advise quitting and offer behavioral support and medication (nicotine replacement, varenicline, bupropion) to adults; in pregnancy, behavioral support (evidence on medicines is insufficient). [K]",
  },
  "fentanyl-test-strips": {
    title: "CDC and SAMHSA guidance on fentanyl test strips and naloxone (2021–2023)",
    note: "Fentanyl is found in cocaine, methamphetamine and pressed pills; people who use stimulants are advised to carry naloxone and test with fentanyl test strips. [K]",
  },
  "opioid-sedative-combination": {
    title: "FDA Drug Safety Communication on opioids with benzodiazepines (2016, 2017); SAMHSA TIP 63",
    note: "Opioids (including methadone and buprenorphine) with benzodiazepines, alcohol or other sedatives raise the risk of slowed breathing and death; keep naloxone, and do not stop buprenorphine or methadone because of it. [K]",
  },
  "lethal-means-counseling": {
    title:
      "Counseling on Access to Lethal Means (CALM), Suicide Prevention Resource Center; 988 Lifeline safety planning",
    note: "With suicide risk, put time and distance between the person and firearms and stored medicines, including opioids. [K]",
  },
  "dsm-5-remission": {
    title: "DSM-5 substance use disorder remission specifiers",
    note: "Early remission: 3 to 12 months without meeting criteria; sustained remission: 12 months or more; 'on maintenance therapy' for someone taking an agonist such as methadone or buprenorphine. [K]",
  },
  "placement-grid-summary": {
    title: "Dimensional admission rules and placement grid, as summarized in docs/design/domain.md §1.6.2",
    note: "Readiness, relapse and environment needs never justify hospital care alone [S]. The admission rule that medically monitored inpatient care needs two dimensions, one of them withdrawal, biomedical or emotional, is [K] and unverified: Stepwise applies it where a mental health need meets a withdrawal or medical need, and places medically monitored care from one need that itself calls for 24-hour medical monitoring, as the grid's cells describe. Paraphrased.",
  },
  "fourth-edition-cascade": {
    title: "4th-edition placement cascade as summarized in docs/design/domain.md §1.6.3",
    note: "Stop early at medically managed needs; co-occurring needs raise the program's capability. [S/D] Structure only.",
  },
  "rating-anchors": {
    title: "County level-of-care forms' 0–4 rating anchors (San Diego F306), docs/design/domain.md §1.3",
    note: "Used only for the shape of the 0–4 scale; wording is ours. [S]",
  },
  pawss: {
    title: "Prediction of Alcohol Withdrawal Severity Scale (PAWSS), BCCSU guidance",
    note: "Score 4 or more: high risk of complicated withdrawal, ideally managed as an inpatient. [S] via docs/design/domain.md §1.7.",
  },
  "cows-bands": {
    title: "Clinical Opiate Withdrawal Scale bands (Wesson & Ling 2003)",
    note: "5–12 mild, 13–24 moderate, 25–36 moderately severe, >36 severe. docs/design/instruments.md §1.5.",
  },
  "phq-9-item-9": {
    title: "PHQ-9 item 9 rule (docs/design/instruments.md §1.6)",
    note: "Any answer above 'not at all' needs a same-visit suicide risk assessment; totals 15–19 moderately severe, 20–27 severe.",
  },
  "gad-7-bands": {
    title: "GAD-7 bands (docs/design/instruments.md §1)",
    note: "10–14 moderate, 15–21 severe.",
  },
  "nimh-asq": {
    title: "NIMH Ask Suicide-Screening Questions toolkit (docs/design/instruments.md §1.10a)",
    note: "Acute positive: imminent risk, emergency evaluation. Non-acute positive: brief safety assessment before the person leaves.",
  },
  "who-audit": {
    title: "WHO AUDIT manual (Babor et al. 2001) risk zones",
    note: "8–15 hazardous, 16–19 harmful, 20–40 possible dependence. docs/design/instruments.md §1.1.",
  },
  "dast-10-bands": {
    title: "DAST-10 bands (Skinner 1982; NIDA CDE)",
    note: "1–2 low, 3–5 moderate, 6–8 substantial, 9–10 severe. docs/design/instruments.md §1.3.",
  },
  "crisis-lines": {
    title: "988 Suicide & Crisis Lifeline; 911; SAMHSA National Helpline 1-800-662-4357",
    note: "Crisis and emergency routes shown first (docs/design.md 'Safety first').",
  },
  "override-reasons": {
    title: "San Diego County DMC-ODS form F104c discrepancy reasons, docs/design/domain.md §5.6",
    note: "Coded reasons when the chosen level differs from the recommended one.",
  },
  "transitions-evidence": {
    title: "Continuing-care and follow-up evidence, docs/design/consumer.md §4.5",
    note: "Continuing care 3–12 months (McKay 2009; Proctor & Herschman 2014); follow-up within 7 days of leaving inpatient or residential care (HEDIS FUI).",
  },
  "adult-scope": {
    title:
      "Adult-only placement (docs/design.md 'Adults'; docs/design/domain.md §2.1 on the adult algorithm)",
    note: "Adolescents need adolescent criteria and services.",
  },
  "c-ssrs-screener": {
    title:
      "Columbia-Suicide Severity Rating Scale screener (Posner et al. 2011), reference/instruments.md §1.10",
    note: "After a yes to thoughts of killing oneself, ask about method, intent and plan; intent or plan is high risk. Only the order of questions is used; no wording is copied. [S]",
  },
  "samhsa-tip-29": {
    title:
      "SAMHSA TIP 29, Substance Use Disorder Treatment for People With Physical and Cognitive Disabilities",
    note: "Public domain. Cognitive impairment calls for adapted treatment: slower pace, repetition, concrete materials. Crosswalk 3.3 is the residential level for it (reference/domain.md §1.4). [K]",
  },
} as const satisfies Record<string, { title: string; note: string }>;

export type SourceId = keyof typeof SOURCES;
