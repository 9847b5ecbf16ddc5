/**
 * Every English text a person sees. Keys are flat so a test can check that Spanish has each one.
 * Plain words, short sentences (6th–8th grade; docs/design/consumer.md §5.2), person-first language
 * (NIDA "Words Matter"; docs/design/consumer.md §5.3). The guide sections retell the seed article in our own words.
 */
export const en = {
  "app.name": "Stepwise",
  "app.tagline": "Find the kind of care that fits, step by step.",
  "language.label": "Language",
  "language.switchTo": "Español",
  "language.switchToLabel": "Ver esta página en español",
  "quickExit.label": "Quick exit",
  "quickExit.hint": "Leaves this site right away. You can also press the Esc key.",
  "crisis.heading": "Need help now?",
  "crisis.988": "Call or text 988 if you may hurt yourself or someone else.",
  "crisis.911": "Call 911 for a medical emergency, like an overdose.",
  "crisis.samhsa":
    "SAMHSA's National Helpline: 1-800-662-4357. It is free, private, and open all day, every day.",
  "crisis.988.short": "Crisis: call or text 988",
  "crisis.911.short": "Emergency: 911",
  "crisis.samhsa.short": "Helpline: 1-800-662-4357",
  "screen.loading": "Loading…",
  "screen.loadFailed":
    "This part of Stepwise did not load. Check your connection and try again. The crisis lines above still work.",
  "nav.guide": "Guide",
  "guide.title": "Intensive outpatient or inpatient care: which fits?",
  "guide.intro":
    "The kind of care you choose can shape how recovery goes. Some people choose between intensive outpatient care and inpatient care. Each one helps in its own way. Knowing how they differ helps you and your family make a better choice.",
  "guide.contents": "On this page",

  "guide.iop.title": "What is intensive outpatient care (IOP)?",
  "guide.iop.body":
    "In intensive outpatient care, you get treatment with a set plan but you keep living at home. You go to several sessions each week, often about 9 to 19 hours in all. You keep up with daily life, like work or caring for family. Most programs mix group sessions with one-on-one sessions. Groups let you meet others who understand and cheer each other on.",

  "guide.inpatient.title": "What is inpatient care?",
  "guide.inpatient.body":
    "In inpatient care, you stay at a treatment center for a set time. This is often a few weeks, and sometimes a few months. Being away from daily life removes many things that can lead back to use. Staff are there day and night. Medical help is close by. Each day follows a clear schedule. People with a severe substance use disorder, or with a mental health condition too, often gain the most from this kind of care.",

  "guide.differences.title": "How are they different?",
  "guide.differences.intro":
    "Intensive outpatient care builds your independence. You still spend a lot of time with your care team. Inpatient care gives you a full break from daily life, in a place with staff watching over you. Here is how they compare.",
  "guide.differences.aspect": "What to compare",
  "guide.differences.iop": "Intensive outpatient",
  "guide.differences.inpatient": "Inpatient",
  "guide.differences.supervision": "Supervision",
  "guide.differences.supervision.iop": "During sessions only. You are on your own at home.",
  "guide.differences.supervision.inpatient": "Staff are there 24 hours a day.",
  "guide.differences.intensity": "How much care",
  "guide.differences.intensity.iop": "About 9 to 19 hours a week, often 3 hours a day on 3 or more days.",
  "guide.differences.intensity.inpatient": "Care and activities fill most of each day.",
  "guide.differences.schedule": "Daily schedule",
  "guide.differences.schedule.iop": "You fit sessions around work, school, or family.",
  "guide.differences.schedule.inpatient": "The program sets the schedule from morning to night.",
  "guide.differences.independence": "Independence",
  "guide.differences.independence.iop": "You sleep at home and use new skills right away in real life.",
  "guide.differences.independence.inpatient": "You live at the center, away from daily stress and triggers.",
  "guide.differences.cost": "Cost",
  "guide.differences.cost.iop": "Usually costs less, since there are no overnight stays.",
  "guide.differences.cost.inpatient":
    "Usually costs more, since it includes a bed, meals, and staff all day and night.",
  "guide.differences.summary":
    "Outpatient care can work well for people who have good support around them. People who need more watching and help may do better in inpatient care first. It can also help them get ready to return to daily life.",

  "guide.iopFits.title": "When intensive outpatient care makes sense",
  "guide.iopFits.body":
    "Intensive outpatient care can work well when signs of a substance use disorder are mild to moderate. You can still go to school or work, or care for your family. That keeps close ties strong. It works best when home is safe and supportive. It fits people who want to change their lives but do not need medical care or watching around the clock.",
  "guide.iopAdvantages.title": "What is good about intensive outpatient care",
  "guide.iopAdvantages.points": [
    "You can try new coping skills in real life soon after you learn them.",
    "You keep your daily life and still get steady support.",
    "The set schedule helps you stay connected and build healthy habits.",
    "It usually costs less than inpatient care, since there are no overnight stays.",
  ],

  "guide.inpatientFits.title": "When you might need inpatient care",
  "guide.inpatientFits.intro": "Inpatient care may be the safer choice when:",
  "guide.inpatientFits.points": [
    "Substance use is severe.",
    "A mental health condition also needs care around the clock.",
    "Use keeps coming back, even after trying hard to stop.",
    "There is no stable or safe place to live.",
    "Stopping could cause dangerous withdrawal. Many centers offer medical care to help you through withdrawal safely.",
    "Outpatient treatment was tried before and was not enough.",
  ],
  "guide.inpatientFits.withdrawalWarning":
    "If you drink heavily or take sedatives (like sleeping pills or benzodiazepines) every day, do not stop all at once without a doctor's advice. Withdrawal from them can be dangerous.",

  "guide.readiness.title": "Are you ready for outpatient care?",
  "guide.readiness.intro": "Outpatient care works best when most of these are true:",
  "guide.readiness.points": [
    "You can stay away from alcohol or drugs while living where you live now.",
    "Home is safe and supports your recovery.",
    "You have a reliable way to get to every session.",
    "You have people who support you, like family, friends, or a peer group.",
    "You are ready to go to all your sessions.",
  ],
  "guide.readiness.outro":
    "If it is hard to keep up with an outpatient schedule, inpatient care can give you more structure to start.",

  "guide.transitions.title": "Moving between levels of care",
  "guide.transitions.body":
    "Care is not one choice made once. Many people start with inpatient care. As they get better, they move to outpatient care. Each step gives more independence, with support still in place. Outpatient care can be a bridge back to everyday life. You practice your daily routine and still get help from professionals to keep going.",
  "guide.transitions.points": [
    "Your care team checks how you are doing often. The plan can step down to less care or step up to more.",
    "A move is based on how you are doing, not only on a set number of days.",
    "Plan the next step before you leave a program. Try to have the first visit within 7 days.",
    "Keep getting support for at least 3 to 12 months. It helps recovery last.",
  ],

  "guide.levels.title": "All the levels of care, from least to most",
  "guide.levels.intro":
    "Intensive outpatient and inpatient care are two steps on a ladder. Here are all the steps. Professionals often use the numbers in brackets.",
  "guide.levels.early-intervention": "Check-in and education [0.5]: advice and learning for people at risk.",
  "guide.levels.outpatient": "Outpatient counseling [1]: under 9 hours a week, living at home.",
  "guide.levels.intensive-outpatient":
    "Intensive outpatient (IOP) [2.1]: about 9 to 19 hours a week, living at home.",
  "guide.levels.partial-hospitalization":
    "Day treatment, also called partial hospitalization [2.5]: 20 or more hours a week, living at home.",
  "guide.levels.residential":
    "Residential (inpatient) rehab [3.1–3.5]: living at the program, with staff all day and night.",
  "guide.levels.medically-monitored-inpatient":
    "Medically monitored inpatient [3.7]: nurses all day and night, with a doctor on call.",
  "guide.levels.medically-managed-inpatient":
    "Hospital inpatient [4]: care in a hospital for serious medical needs.",

  "guide.selfCheck.label": "Self-check",
  "guide.selfCheck.body":
    "Not sure which care fits you or someone you love? Answer a few private questions. It takes about 10 minutes, and nothing leaves this device.",
  "guide.selfCheck.start": "Start the self-check",
  "guide.assessment.title": "Get a professional assessment, and decide together",
  "guide.assessment.body":
    "Both kinds of care have pros and cons. The right choice depends on what matters to you, how serious the use is, the support you have, and your duties at home, work, or school. A treatment professional can assess your needs and give you a clear view. Then weigh the pros and cons with the people you love. Better information helps you choose your path with more confidence.",
  "guide.assessment.points": [
    "Call SAMHSA's free, private National Helpline at 1-800-662-4357 to find help near you.",
    "Search for programs at FindTreatment.gov.",
    "Ask your doctor, a clinic, or your health plan for a substance use assessment.",
  ],
  "guide.footer.privacy": "Stepwise does not track you. This page sends nothing about you to anyone.",
  "guide.footer.notAdvice":
    "Stepwise helps you make a choice. It does not diagnose. Always talk with a professional about your care.",
} as const satisfies Record<string, string | readonly string[]>;

export type MessageKey = keyof typeof en;
