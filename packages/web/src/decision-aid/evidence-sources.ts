/**
 * Every source the decision aid rests on, with its date (IPDAS certification items: citations and a
 * production date, docs/design/consumer.md §2.3). The methods screen and docs/methods.md list the same
 * sources; a test keeps them in step. Citations stay in their original language.
 */
import type { DecisionAidKey } from "./messages-en.js";

export interface EvidenceSource {
  readonly id: string;
  readonly citation: string;
  /** Publication date or the year of the data, as precise as the source gives it. */
  readonly date: string;
  /** Where to read it; left out where we could not confirm a stable address. */
  readonly address?: string;
  readonly usedFor: DecisionAidKey;
}

/** When this content was last reviewed, and when the next full review is due (yearly). */
export const CONTENT_DATE = "2026-11-27";
export const NEXT_REVIEW = "2027-11-27";

export const EVIDENCE_SOURCES: readonly EvidenceSource[] = [
  {
    id: "ipdas",
    citation:
      "Joseph-Williams N, et al. Toward minimum standards for certifying patient decision aids (IPDASi v4.0). Med Decis Making 34(6):699–710",
    date: "2014",
    address: "https://ipdas.ohri.ca/using.html",
    usedFor: "use.ipdas",
  },
  {
    id: "opdg",
    citation: "O'Connor AM, Stacey D, Jacobsen MJ. Ottawa Personal Decision Guide (and OPDG for Two)",
    date: "2015",
    address: "https://decisionaid.ohri.ca/decguide.html",
    usedFor: "use.opdg",
  },
  {
    id: "sure",
    citation:
      "Légaré F, et al. Are you SURE? Assessing patient decisional conflict with a 4-item screening test. Can Fam Physician 56(8):e308–14",
    date: "2010",
    usedFor: "use.sure",
  },
  {
    id: "mccarty",
    citation:
      "McCarty D, et al. Substance abuse intensive outpatient programs: assessing the evidence. Psychiatr Serv 65(6):718–726",
    date: "2014",
    address: "https://pmc.ncbi.nlm.nih.gov/articles/PMC4152944/",
    usedFor: "use.mccarty",
  },
  {
    id: "reif",
    citation:
      "Reif S, et al. Residential treatment for individuals with substance use disorders: assessing the evidence. Psychiatr Serv 65(3):301–312",
    date: "2014",
    address: "https://doi.org/10.1176/appi.ps.201300242",
    usedFor: "use.reif",
  },
  {
    id: "rychtarik",
    citation:
      "Rychtarik RG, et al. Treatment settings for persons with alcoholism: evidence for matching clients to inpatient versus outpatient care. J Consult Clin Psychol 68(2):277–289",
    date: "2000",
    usedFor: "use.rychtarik",
  },
  {
    id: "witbrodt",
    citation:
      "Witbrodt J, et al. Day hospital and residential addiction treatment: randomized and nonrandomized managed care clients. J Consult Clin Psychol 75(6):947–959",
    date: "2007",
    usedFor: "use.witbrodt",
  },
  {
    id: "oregon",
    citation:
      "Oregon Medicaid cohort (3,293 people with opioid use disorder, 2014–2017): residential vs outpatient treatment and medication. Addict Sci Clin Pract",
    date: "2022",
    address: "https://doi.org/10.1186/s13722-022-00318-1",
    usedFor: "use.oregon",
  },
  {
    id: "datcap",
    citation:
      "NIDA Notes 19(5): Drug Abuse Treatment Cost Analysis Program (DATCAP) costs per week and per episode, 1993–2002 data",
    date: "2005-01",
    address: "https://archives.nida.nih.gov/news-events/nida-notes",
    usedFor: "use.datcap",
  },
  {
    id: "client-datcap",
    citation: "Client DATCAP: the cost of treatment to the person, including time and travel (PMC2737263)",
    date: "2009",
    address: "https://pmc.ncbi.nlm.nih.gov/articles/PMC2737263/",
    usedFor: "use.clientDatcap",
  },
  {
    id: "beetham",
    citation:
      "Beetham T, et al. Admission practices and cost of care for opioid use disorder at residential addiction treatment programs in the US. Health Affairs 40(2):317–325 (613 programs)",
    date: "2021-02",
    usedFor: "use.beetham",
  },
  {
    id: "oop-limits",
    citation:
      "US Departments of HHS, Labor and Treasury: ACA out-of-pocket maximums 2025 ($9,200/$18,400) and 2026 ($10,600/$21,200), Marketplace Integrity and Affordability final rule",
    date: "2025-06",
    address: "https://www.healthcare.gov/glossary/out-of-pocket-maximum-limit/",
    usedFor: "use.oopLimits",
  },
  {
    id: "parity",
    citation:
      "Mental Health Parity and Addiction Equity Act (2008); Consolidated Appropriations Act 2021 comparative analyses; 2024 final rule, new provisions not enforced since 15 May 2025",
    date: "2025-05",
    address:
      "https://www.dol.gov/agencies/ebsa/laws-and-regulations/laws/mental-health-and-substance-use-disorder-parity",
    usedFor: "use.parity",
  },
  {
    id: "medicaid",
    citation:
      "Medicaid IMD exclusion (CRS IN12212, 2023); Section 1115 SUD demonstrations (CMS SMD #15-003, #17-003); SUPPORT Act §5052 state option made permanent by the Consolidated Appropriations Act, 2024",
    date: "2024-03",
    address:
      "https://www.medicaid.gov/medicaid/section-1115-demonstrations/substance-use-disorder-section-1115-demonstration-opportunity",
    usedFor: "use.medicaid",
  },
  {
    id: "medicare",
    citation:
      "CMS CY2024 OPPS final rule fact sheet: Medicare intensive outpatient program benefit from 1 January 2024 (CAA 2023 §4124)",
    date: "2023-11-02",
    address: "https://www.cms.gov/newsroom/fact-sheets",
    usedFor: "use.medicare",
  },
  {
    id: "hedis",
    citation:
      "NCQA HEDIS: Follow-Up After High-Intensity Care for Substance Use Disorder (FUI), 7- and 30-day follow-up",
    date: "2024",
    address: "https://www.ncqa.org/hedis/measures/",
    usedFor: "use.hedis",
  },
  {
    id: "mckay",
    citation:
      "McKay JR. Continuing care research: what we have learned and where we are going. J Subst Abuse Treat 36:131–145",
    date: "2009",
    address: "https://pmc.ncbi.nlm.nih.gov/articles/PMC2670779/",
    usedFor: "use.mckay",
  },
  {
    id: "proctor",
    citation:
      "Proctor SL, Herschman PL. The continuing care model of substance use treatment. Psychiatry J 2014:692423",
    date: "2014",
    address: "https://pmc.ncbi.nlm.nih.gov/articles/PMC4007701/",
    usedFor: "use.proctor",
  },
  {
    id: "niaaa",
    citation:
      "NIAAA Alcohol Treatment Navigator: 10 questions to ask programs and signs of higher-quality care",
    date: "2017-10",
    address: "https://alcoholtreatment.niaaa.nih.gov/",
    usedFor: "use.niaaa",
  },
  {
    id: "samhsa",
    citation: "SAMHSA. Finding Quality Treatment for Substance Use Disorders (fact sheet)",
    date: "2018",
    address: "https://www.samhsa.gov/",
    usedFor: "use.samhsa",
  },
  {
    id: "words-matter",
    citation: "NIDA. Words Matter: terms to use and avoid when talking about addiction",
    date: "2021",
    address:
      "https://nida.nih.gov/nidamed-medical-health-professionals/health-professions-education/words-matter-terms-to-use-avoid-when-talking-about-addiction",
    usedFor: "use.wordsMatter",
  },
  {
    id: "seed",
    citation: "Stepwise seed article: inpatient vs intensive outpatient rehab (docs/design/seed.md)",
    date: "2026",
    usedFor: "use.seed",
  },
];
