import type { Catalog, CatalogEntry } from "../i18n/language.js";

/**
 * The self-check's texts, in two voices: `.self` speaks to the person ("you"), `.other` to someone
 * asking about a loved one ("your loved one", "they"). Plain words, 6th–8th grade (
 * docs/design/consumer.md §5.2), person-first (§5.3), trauma-informed: every question says why it is asked and can
 * be skipped with "I'm not sure" (§5.4). Spanish uses "usted".
 */
const en = {
  "start.title": "Self-check: which kind of care may fit?",
  "start.private":
    "It takes about 10 minutes. Your answers stay on this device. Nothing is sent anywhere. You can skip any question.",
  "start.adults":
    "This check is for adults, 18 and older. For someone younger, ask a doctor or school counselor about care made for teens.",
  "start.voice.question": "Who is this check about?",
  "start.voice.self": "Me",
  "start.voice.other": "Someone I care about",
  "start.notAdvice": "This is not a diagnosis. It gives a first idea to talk over with a professional.",
  "nav.back": "Back",
  "nav.startOver": "Start over",
  "flow.progress": "Question {number}. About {left} more to go.",
  "flow.progress.one": "Question {number}. About 1 more to go.",
  "flow.progress.none": "Question {number}. This may be the last one.",
  "flow.progress.few": "Question {number}. A few more to go.",
  "flow.idea.heading": "Your first idea so far",
  "flow.idea.needsAnswers": "We cannot suggest a kind of care yet. An answer about safety is not known.",
  "flow.idea.firmer": "Answer a few more to make it firmer.",
  "flow.idea.see": "See it now",
  "flow.progressLabel": "Progress",
  "flow.notSure": "I'm not sure",
  "flow.why": "Why we ask",
  "flow.noTimeLimit": "Take your time. There is no time limit.",

  "q.age.self": "Are you 18 or older?",
  "q.age.other": "Is your loved one 18 or older?",
  "q.age.why": "This check is made for adults. Teens need care made for them.",
  "q.age.o.adult": "Yes, 18 or older",
  "q.age.o.under-18": "No, under 18",

  "q.overdose-now.self": "Right now, is it hard for you to breathe or to stay awake after using?",
  "q.overdose-now.other":
    "Right now, is your loved one hard to wake up, breathing very slowly, or turning blue?",
  "q.overdose-now.why": "These are signs of an overdose. It needs help right away.",
  "q.overdose-now.o.yes": "Yes",
  "q.overdose-now.o.no": "No",

  "q.suicidal-thoughts.self": "In the past month, have you had thoughts of ending your life?",
  "q.suicidal-thoughts.other":
    "In the past month, has your loved one talked about or shown signs of wanting to end their life?",
  "q.suicidal-thoughts.why": "We ask everyone. If the answer is yes, we show you where to get help now.",
  "q.suicidal-thoughts.o.no": "No",
  "q.suicidal-thoughts.o.thoughts": "Yes, thoughts",
  "q.suicidal-thoughts.o.plan": "Yes, with a plan or a wish to act on it",

  "q.danger-now.self": "Right now, could you hurt yourself or someone else?",
  "q.danger-now.other": "Right now, could your loved one hurt themself or someone else?",
  "q.danger-now.why": "Safety comes first. If yes, we show you who to call.",
  "q.danger-now.o.yes": "Yes",
  "q.danger-now.o.no": "No",

  "q.withdrawal-emergency.self":
    "Right now, after cutting down or stopping, are you having a seizure, deep confusion, or seeing things that are not there?",
  "q.withdrawal-emergency.other":
    "Right now, after cutting down or stopping, is your loved one having a seizure, deep confusion, or seeing things that are not there?",
  "q.withdrawal-emergency.why":
    "This can happen when a body used to alcohol or some drugs goes without. It is an emergency.",
  "q.withdrawal-emergency.o.yes": "Yes",
  "q.withdrawal-emergency.o.no": "No",

  "q.main-substance.self": "Which drug or drink causes you the most trouble?",
  "q.main-substance.other": "Which drug or drink causes your loved one the most trouble?",
  "q.main-substance.why": "Each one has its own risks when a person stops.",
  "q.main-substance.o.alcohol": "Alcohol",
  "q.main-substance.o.opioids": "Opioids, like heroin, fentanyl, or pain pills",
  "q.main-substance.o.benzodiazepines": "Sedative pills, like Xanax or Valium",
  "q.main-substance.o.stimulants": "Stimulants, like meth or cocaine",
  "q.main-substance.o.cannabis": "Cannabis (marijuana)",
  "q.main-substance.o.other": "Something else",

  "q.frequency.self": "In the past 3 months, how often did you use it?",
  "q.frequency.other": "In the past 3 months, how often did your loved one use it?",
  "q.frequency.why": "Daily use can mean the body depends on it.",
  "q.frequency.o.daily": "Every day or almost every day",
  "q.frequency.o.several-times-a-week": "A few times a week",
  "q.frequency.o.weekly": "About once a week",
  "q.frequency.o.monthly": "About once a month",
  "q.frequency.o.less-than-monthly": "Less than once a month",
  "q.frequency.o.not-in-past-3-months": "Not in the past 3 months",

  "q.also-sedatives.self": "Do you also drink alcohol or take sedative pills on most days?",
  "q.also-sedatives.other": "Does your loved one also drink alcohol or take sedative pills on most days?",
  "q.also-sedatives.why": "Stopping alcohol or sedative pills all at once can be dangerous.",
  "q.also-sedatives.o.alcohol": "Yes, alcohol",
  "q.also-sedatives.o.pills": "Yes, sedative pills",
  "q.also-sedatives.o.no": "No",

  "q.seizure-history.self": "Have you ever had a seizure when you cut down or stopped?",
  "q.seizure-history.other": "Has your loved one ever had a seizure when they cut down or stopped?",
  "q.seizure-history.why": "If it happened before, stopping again needs a doctor's help.",
  "q.seizure-history.o.yes": "Yes",
  "q.seizure-history.o.no": "No",

  "q.delirium-history.self":
    "Have you ever become very confused, with shaking and fever, when you cut down or stopped?",
  "q.delirium-history.other":
    "Has your loved one ever become very confused, with shaking and fever, when they cut down or stopped?",
  "q.delirium-history.why":
    "Some people call this the DTs. If it happened before, stopping needs a doctor's help.",
  "q.delirium-history.o.yes": "Yes",
  "q.delirium-history.o.no": "No",

  "q.withdrawal-signs.self": "These days, when you cut down or go without, how sick do you feel?",
  "q.withdrawal-signs.other":
    "These days, when your loved one cuts down or goes without, how sick do they get?",
  "q.withdrawal-signs.why": "This tells us if a body needs medical help to stop safely.",
  "q.withdrawal-signs.o.none": "Not sick at all",
  "q.withdrawal-signs.o.mild": "A little shaky, sweaty, or on edge",
  "q.withdrawal-signs.o.moderate": "Very shaky or sick, and can't sleep",
  "q.withdrawal-signs.o.severe": "Shaking hard, heart racing, very sick",

  "q.last-use.self": "When did you last use it?",
  "q.last-use.other": "When did your loved one last use it?",
  "q.last-use.why": "The body can still be going through withdrawal for up to about two weeks.",
  "q.last-use.o.this-week": "In the past week",
  "q.last-use.o.one-to-two-weeks": "One to two weeks ago",
  "q.last-use.o.over-two-weeks": "More than two weeks ago",

  "q.hallucination-history.self":
    "Have you ever seen, heard, or felt things that were not there when you cut down or stopped?",
  "q.hallucination-history.other":
    "Has your loved one ever seen, heard, or felt things that were not there when they cut down or stopped?",
  "q.hallucination-history.why": "This helps tell how much care stopping may need.",
  "q.hallucination-history.o.yes": "Yes",
  "q.hallucination-history.o.no": "No",

  "q.use-signs.self": "In the past year, how many of these have happened to you?",
  "q.use-signs.other": "In the past year, how many of these have happened to your loved one?",
  "q.use-signs.why": "The more of these there are, the more support usually helps.",
  "q.use-signs.list": [
    "Used more, or for longer, than planned",
    "Wanted to cut down but could not",
    "Spent a lot of time getting it, using it, or getting over it",
    "Had strong urges to use",
    "Missed work, school, or home duties because of it",
    "Kept using even when it caused fights with others",
    "Gave up things that used to be fun",
    "Used in risky places, like while driving",
    "Kept using even when it hurt health",
    "Needed more to feel the same effect",
    "Felt sick when going without",
  ],
  "q.use-signs.o.none": "None or one",
  "q.use-signs.o.mild": "Two or three",
  "q.use-signs.o.moderate": "Four or five",
  "q.use-signs.o.severe": "Six or more",

  "q.overdose-history.self": "Have you ever had an overdose?",
  "q.overdose-history.other": "Has your loved one ever had an overdose?",
  "q.overdose-history.why": "A past overdose raises the risk of another one.",
  "q.overdose-history.o.past-year": "Yes, in the past year",
  "q.overdose-history.o.longer-ago": "Yes, more than a year ago",
  "q.overdose-history.o.never": "Never",

  "q.opioid-medication.self": "Do you take medicine for opioid use, like buprenorphine or methadone?",
  "q.opioid-medication.other":
    "Does your loved one take medicine for opioid use, like buprenorphine or methadone?",
  "q.opioid-medication.why": "These medicines save lives. Care should keep them going.",
  "q.opioid-medication.o.buprenorphine": "Yes, buprenorphine (Suboxone)",
  "q.opioid-medication.o.methadone": "Yes, methadone",
  "q.opioid-medication.o.no": "No",

  "q.sex.self": "What sex were you assigned at birth?",
  "q.sex.other": "What sex was your loved one assigned at birth?",
  "q.sex.why": "We ask so we only ask about pregnancy when it can apply.",
  "q.sex.o.female": "Female",
  "q.sex.o.male": "Male",
  "q.pregnant.self": "Are you pregnant?",
  "q.pregnant.other": "Is your loved one pregnant?",
  "q.pregnant.why": "Stopping some drugs all at once can harm a pregnancy. A doctor can help.",
  "q.pregnant.o.yes": "Yes",
  "q.pregnant.o.no": "No",
  "q.pregnant.o.does-not-apply": "This does not apply",

  "q.physical-health.self": "How is your physical health?",
  "q.physical-health.other": "How is your loved one's physical health?",
  "q.physical-health.why": "Some health problems need care close by, day and night.",
  "q.physical-health.o.none": "No health problems",
  "q.physical-health.o.stable": "Health problems that are under control",
  "q.physical-health.o.needs-follow-up": "A health problem that needs a doctor soon",
  "q.physical-health.o.needs-24-hour-monitoring": "A health problem that needs care day and night",
  "q.physical-health.o.unstable": "Very sick right now",

  "q.mental-health.self": "How is your mood and stress these days?",
  "q.mental-health.other": "How is your loved one's mood and stress these days?",
  "q.mental-health.why": "Mental health and substance use often affect each other. Care can help with both.",
  "q.mental-health.o.stable": "Doing okay",
  "q.mental-health.o.some-symptoms": "Some hard days",
  "q.mental-health.o.unstable": "Most days are very hard",
  "q.mental-health.o.needs-24-hour-care": "Not able to stay safe or care for self",

  "q.mental-health-condition.self": "Has a doctor ever told you that you have a mental health condition?",
  "q.mental-health-condition.other":
    "Has a doctor ever told your loved one that they have a mental health condition?",
  "q.mental-health-condition.why": "Some programs are set up to treat both at once.",
  "q.mental-health-condition.o.none": "No",
  "q.mental-health-condition.o.depression-or-anxiety": "Depression or anxiety",
  "q.mental-health-condition.o.bipolar": "Bipolar disorder",
  "q.mental-health-condition.o.psychosis": "Schizophrenia or another psychotic disorder",
  "q.mental-health-condition.o.other": "Another condition",

  "q.psychosis-now.self": "These days, do you see or hear things that others do not?",
  "q.psychosis-now.other": "These days, does your loved one see or hear things that others do not?",
  "q.psychosis-now.why": "If yes, a mental health check soon can help.",
  "q.psychosis-now.o.yes": "Yes",
  "q.psychosis-now.o.no": "No",

  "q.readiness.self": "How do you feel about making a change in your use?",
  "q.readiness.other": "How does your loved one feel about making a change in their use?",
  "q.readiness.why": "There is no wrong answer. Care can start wherever a person is.",
  "q.readiness.o.not-ready": "Not ready yet",
  "q.readiness.o.unsure": "Not sure yet",
  "q.readiness.o.ready": "Ready to start",
  "q.readiness.o.taking-action": "Already making changes",

  "q.attend.self": "Could you go to every session of a program, a few times a week?",
  "q.attend.other": "Could your loved one go to every session of a program, a few times a week?",
  "q.attend.why": "Care while living at home works best when a person can come to each session.",
  "q.attend.o.yes": "Yes",
  "q.attend.o.no": "No",

  "q.treatment-before.self": "Have you had treatment for substance use before?",
  "q.treatment-before.other": "Has your loved one had treatment for substance use before?",
  "q.treatment-before.why": "What was tried before helps show what may fit now.",
  "q.treatment-before.o.never": "No, never",
  "q.treatment-before.o.outpatient-not-enough": "Yes, counseling, but it was not enough",
  "q.treatment-before.o.intensive-not-enough": "Yes, a program several days a week, but it was not enough",
  "q.treatment-before.o.helped": "Yes, and it helped",

  "q.returns.self": "After treatment or a time without using, how many times did you start using again?",
  "q.returns.other":
    "After treatment or a time without using, how many times did your loved one start using again?",
  "q.returns.why": "Going back to use is common. It can mean more support would help.",
  "q.returns.o.none": "Never",
  "q.returns.o.once": "Once",
  "q.returns.o.more": "Two or more times",

  "q.cravings.self": "How strong are your urges to use?",
  "q.cravings.other": "How strong are your loved one's urges to use?",
  "q.cravings.why": "Strong urges can be hard to handle alone at home.",
  "q.cravings.o.none": "No urges",
  "q.cravings.o.mild": "Some urges",
  "q.cravings.o.strong": "Strong urges",

  "q.coping.self": "When stress or urges hit, how well can you cope without using?",
  "q.coping.other": "When stress or urges hit, how well can your loved one cope without using?",
  "q.coping.why": "Care can teach new ways to cope.",
  "q.coping.o.good": "Well",
  "q.coping.o.some": "Sometimes",
  "q.coping.o.few": "Hardly ever",

  "q.stay-off-at-home.self": "Do you think you could stay off alcohol and drugs while living at home?",
  "q.stay-off-at-home.other":
    "Do you think your loved one could stay off alcohol and drugs while living at home?",
  "q.stay-off-at-home.why": "If home makes it too hard, living at a program for a while may help.",
  "q.stay-off-at-home.o.yes": "Yes",
  "q.stay-off-at-home.o.no": "No",

  "q.housing.self": "Do you have a steady place to live?",
  "q.housing.other": "Does your loved one have a steady place to live?",
  "q.housing.why": "Care while living at home needs a home to go back to each night.",
  "q.housing.o.stable": "Yes",
  "q.housing.o.unstable": "Not steady, it may change soon",
  "q.housing.o.homeless": "No place to live",

  "q.home-safe.self": "Is your home safe, with no violence or abuse?",
  "q.home-safe.other": "Is your loved one's home safe, with no violence or abuse?",
  "q.home-safe.why": "Everyone deserves a safe place to recover.",
  "q.home-safe.o.yes": "Yes",
  "q.home-safe.o.no": "No",

  "q.others-use.self": "Does someone you live with drink a lot or use drugs?",
  "q.others-use.other": "Does someone your loved one lives with drink a lot or use drugs?",
  "q.others-use.why": "That can make it harder to stay off alcohol and drugs at home.",
  "q.others-use.o.yes": "Yes",
  "q.others-use.o.no": "No",

  "q.support.self": "Do you have people who support your recovery?",
  "q.support.other": "Does your loved one have people who support their recovery?",
  "q.support.why": "Support from others helps recovery last.",
  "q.support.o.strong": "Yes, a lot of support",
  "q.support.o.some": "Some support",
  "q.support.o.none": "No one",

  "q.transport.self": "Can you get to a program a few times a week?",
  "q.transport.other": "Can your loved one get to a program a few times a week?",
  "q.transport.why": "A ride, a bus, or a car makes care at home possible.",
  "q.transport.o.yes": "Yes",
  "q.transport.o.no": "No",

  "flow.done.title": "That is all the questions",
  "flow.done.body": "The rest of the questions could not change the result, so we skipped them.",
  "flow.done.show": "See the result",

  "urgent.title.emergency": "This is an emergency. Get help now.",
  "urgent.title.crisis": "Please reach out for help now.",
  "urgent.title.same-day": "Please get help today.",
  "urgent.title.ask-now": "Please talk with a professional first.",
  "urgent.action.call-911.self": "Call 911 now.",
  "urgent.action.call-911.other": "Call 911 now.",
  "urgent.action.go-to-emergency-department.self": "Go to the nearest emergency room. Do not drive yourself.",
  "urgent.action.go-to-emergency-department.other":
    "Take your loved one to the nearest emergency room, or call 911.",
  "urgent.action.call-or-text-988.self":
    "Call or text 988 to talk with a crisis counselor. It is free and open all day, every day.",
  "urgent.action.call-or-text-988.other":
    "Call or text 988. Counselors help people in crisis and people worried about a loved one.",
  "urgent.action.medical-evaluation-today.self":
    "See a doctor today, or go to an urgent care or emergency room.",
  "urgent.action.medical-evaluation-today.other":
    "Help your loved one see a doctor today, or go to an urgent care or emergency room.",
  "urgent.action.mental-health-evaluation-today.self": "Talk with a mental health professional today.",
  "urgent.action.mental-health-evaluation-today.other":
    "Help your loved one talk with a mental health professional today.",
  "urgent.action.ask-before-choosing-level.self": "Talk with a professional before choosing care.",
  "urgent.action.ask-before-choosing-level.other": "Talk with a professional before choosing care.",
  "urgent.action.stay-with-person.self": "Do not stay alone. Ask someone you trust to be with you.",
  "urgent.action.stay-with-person.other": "Stay with your loved one until help comes.",
  "urgent.action.give-naloxone.self": "If naloxone (Narcan) is close by, ask someone to give it to you.",
  "urgent.action.give-naloxone.other": "If you have naloxone (Narcan), give it now.",
  "urgent.withdrawal.self":
    "Do not stop drinking or taking sedative pills all at once without a doctor's advice. Stopping went badly before, and it can be dangerous.",
  "urgent.withdrawal.other":
    "Your loved one should not stop drinking or taking sedative pills all at once without a doctor's advice. Stopping went badly before, and it can be dangerous.",
  "urgent.helpline": "SAMHSA's National Helpline is free and private, all day, every day: 1-800-662-4357.",
  "urgent.afterwards": "When you are safe, you can go on with the check or see the result now.",
  "urgent.continue": "Go on with the check",
  "urgent.result": "See the result now",

  "results.title.self": "Your result",
  "results.title.other": "The result for your loved one",
  "results.provisional":
    "This is a first idea, not a diagnosis. Only a full assessment by a professional can say which care fits. Bring this page to that talk.",
  "results.empty": "There is no result yet. Start the self-check to see one.",
  "results.empty.start": "Start the self-check",
  "results.level.heading": "The kind of care that may fit",
  "results.withdrawal.heading": "Care for withdrawal",
  "results.coOccurring": "Look for a program that treats mental health too, at the same time.",

  "level.early-intervention.name": "Check-in and education",
  "level.early-intervention.about":
    "Short talks with a counselor or doctor about risks, and a plan to cut down.",
  "level.outpatient.name": "Outpatient counseling",
  "level.outpatient.about": "Counseling less than 9 hours a week, while living at home.",
  "level.intensive-outpatient.name": "Intensive outpatient care (IOP)",
  "level.intensive-outpatient.about":
    "About 9 to 19 hours of care a week, often 3 hours on 3 or more days, while living at home.",
  "level.partial-hospitalization.name": "Day treatment (partial hospitalization)",
  "level.partial-hospitalization.about":
    "Care for most of the day, 20 or more hours a week, while sleeping at home.",
  "level.residential.name": "Residential (inpatient) rehab",
  "level.residential.about": "Living at a program for a while, with staff there day and night.",
  "level.medically-monitored-inpatient.name": "Medically monitored inpatient care",
  "level.medically-monitored-inpatient.about":
    "Living at a program with nurses day and night and a doctor close by.",
  "level.medically-managed-inpatient.name": "Hospital inpatient care",
  "level.medically-managed-inpatient.about": "Care in a hospital, with doctors every day.",

  "withdrawal.none": "No special care for withdrawal seems needed now.",
  "withdrawal.ambulatory": "Withdrawal care while living at home, with a doctor or nurse checking in.",
  "withdrawal.residential": "Withdrawal care while staying at a program, with staff day and night.",
  "withdrawal.medically-monitored": "Withdrawal care with nurses day and night and a doctor close by.",
  "withdrawal.medically-managed": "Withdrawal care in a hospital.",

  "results.why.heading": "Why",
  "results.why.intro.self": "These answers of yours shaped the result most:",
  "results.why.intro.other": "These answers about your loved one shaped the result most:",
  "results.why.quote": "“{question}” You answered: “{answer}”",
  "results.why.none": "None of the answers called for more care. The result rests on what is known so far.",
  "results.why.areas": "The areas that set the level:",
  "dimension.withdrawal": "Withdrawal",
  "dimension.biomedical": "Physical health",
  "dimension.emotional": "Mental health",
  "dimension.readiness": "Readiness to change",
  "dimension.relapse": "Risk of going back to use",
  "dimension.environment": "Home and support",

  "results.change.heading": "What would change it",
  "results.why.rules": "How these answers lead to this level:",
  "results.medications.heading": "About medicines",
  "results.change.none": "We found no single change that would lower the level.",

  "results.ask.heading": "What a professional will still ask",
  "results.ask.notSure": "You were not sure about these. They could still change the result:",
  "results.ask.skipped": "These questions were not asked here. A professional may ask them:",
  "results.ask.always": [
    "A full look at health, with a physical exam",
    "Each drug or drink used, how much, and for how long",
    "Goals, and what matters most in choosing care",
  ],
  "results.ask.other": "Other details about health and use",

  "results.scales.heading": "Standard checks",
  "results.scales.self":
    "Standard checks help a professional. You can answer one here for mood, the PHQ-9. It is made for people to answer about themselves.",
  "results.scales.other":
    "Some standard checks are made for a person to answer about themself. Your loved one, or a professional with them, should fill these out:",
  "results.scales.list": [
    "PHQ-9: mood and depression",
    "ASQ: suicide risk",
    "AUDIT-C: alcohol use",
    "DAST-10: drug use",
  ],

  "scales.phq9.title": "PHQ-9: a standard check of mood",
  "scales.phq9.offer": "Answer the PHQ-9 mood check (9 questions)",
  "scales.phq9.source":
    "PHQ-9 by Drs. Spitzer, Williams, Kroenke and colleagues, with a grant from Pfizer Inc.",
  "scales.add": "Add to my result",
  "scales.cancel": "Not now",
  "scales.phq9.done": "PHQ-9 added. Your total is {total} of 27.",
  "scales.phq9.incomplete":
    "PHQ-9 added, but some items are blank, so there is no total. A professional can go over it with you.",
  "results.next.heading": "Next steps",
  "results.next.assessment":
    "Ask a doctor, a counselor, or a treatment program for a full assessment. Show them this page.",
  "results.next.helpline":
    "Call SAMHSA's National Helpline for free, private help finding care: 1-800-662-4357.",
  "results.next.findTreatment": "Search for programs near you on FindTreatment.gov",
  "results.next.decisionAid": "Weigh the choices with your family",
  "results.next.guide": "Read about each kind of care",

  "results.save.heading": "Your answers",
  "results.save.body": "Right now your answers are kept only until you close this page.",
  "results.save.button": "Save on this device",
  "results.save.saved": "Your answers are saved on this device only. Anyone using it could see them.",
  "results.save.delete": "Delete from this device",
  "results.startOver": "Start over and clear answers",

  "results.overdose.heading": "A past overdose raises the risk",
  "results.overdose.risk.self":
    "You said you have overdosed before. That makes another overdose more likely. The risk is highest after a break from use.",
  "results.overdose.risk.other":
    "You said your loved one has overdosed before. That makes another overdose more likely. The risk is highest after a break from use.",
  "results.overdose.naloxone": [
    "Keep naloxone (Narcan) close by. It can undo an opioid overdose.",
    "Most drug stores sell naloxone spray without a prescription. Many health departments give it out for free.",
    "Show family and friends where it is and how to use it. Never use alone.",
  ],
  "results.safetyUnknown.heading": "Some safety questions are still open",
  "results.safetyUnknown.body":
    "That is OK. Nobody has to know every answer. If there is any chance of danger, the 988 Lifeline is there any time, for free. It also helps people who are worried about someone.",
  "results.safetyUnknown.call": "Call 988",
  "results.safetyUnknown.text": "Text 988",
  "results.safetyUnknown.chat": "Chat with 988 online",
  "results.needsAnswers.heading": "We cannot suggest a kind of care yet",
  "results.needsAnswers.body.self":
    "A few answers matter too much to guess. Answer them here if you can. If you still do not know, a professional will ask about them first.",
  "results.needsAnswers.body.other":
    "A few answers about your loved one matter too much to guess. Answer them here if you can. If you still do not know, a professional will ask about them first.",
  "results.change.afterWithdrawal":
    "After withdrawal care, a professional sets the next step. They will ask about: {areas}.",
  "results.medications.alcohol.heading": "Medicines for alcohol use",
  "results.medications.alcohol": [
    "Two medicines help people drink less or stop: naltrexone, as a daily pill or a monthly shot, and acamprosate, as pills.",
    "They are not habit-forming. A regular doctor can prescribe them, at any kind of care.",
    "Most health plans and Medicaid cover them. Ask the doctor or program about them.",
    "Naltrexone is not for someone who takes opioids.",
  ],
  "results.next.spanish": "988 and SAMHSA's Helpline both answer in Spanish too.",
  "results.save.privateTip":
    "Tip: in a private or incognito window, anything saved is erased when the window closes.",
  "results.adolescent.title": "This check is for adults",
  "results.adolescent.body":
    "Young people need care made for teens. A doctor, a school counselor, or SAMHSA's National Helpline at 1-800-662-4357 can help find it.",
} as const satisfies Record<string, CatalogEntry>;

export type SelfCheckKey = keyof typeof en;

const es: Record<SelfCheckKey, CatalogEntry> = {
  "start.title": "Autoevaluación: ¿qué tipo de atención podría servir?",
  "start.private":
    "Toma unos 10 minutos. Sus respuestas se quedan en este dispositivo. No se envía nada. Puede saltar cualquier pregunta.",
  "start.adults":
    "Esta evaluación es para adultos de 18 años o más. Para alguien más joven, pregunte a un médico o consejero escolar por atención hecha para adolescentes.",
  "start.voice.question": "¿Sobre quién es esta evaluación?",
  "start.voice.self": "Sobre mí",
  "start.voice.other": "Sobre alguien que me importa",
  "start.notAdvice": "Esto no es un diagnóstico. Da una primera idea para hablar con un profesional.",
  "nav.back": "Atrás",
  "nav.startOver": "Empezar de nuevo",
  "flow.progress": "Pregunta {number}. Faltan unas {left}.",
  "flow.progress.one": "Pregunta {number}. Falta 1.",
  "flow.progress.none": "Pregunta {number}. No falta ninguna.",
  "flow.progress.few": "Pregunta {number}. Faltan unas pocas más.",
  "flow.idea.heading": "Su primera idea hasta ahora",
  "flow.idea.needsAnswers":
    "Todavía no podemos sugerir un tipo de atención. No se sabe una respuesta sobre la seguridad.",
  "flow.idea.firmer": "Responda unas pocas más para que sea más firme.",
  "flow.idea.see": "Verla ahora",
  "flow.progressLabel": "Avance",
  "flow.notSure": "No estoy seguro/a",
  "flow.why": "Por qué preguntamos",
  "flow.noTimeLimit": "Tómese su tiempo. No hay límite de tiempo.",

  "q.age.self": "¿Tiene usted 18 años o más?",
  "q.age.other": "¿Su ser querido tiene 18 años o más?",
  "q.age.why": "Esta evaluación es para adultos. Los adolescentes necesitan atención hecha para ellos.",
  "q.age.o.adult": "Sí, 18 o más",
  "q.age.o.under-18": "No, menos de 18",

  "q.overdose-now.self": "Ahora mismo, ¿le cuesta respirar o mantenerse despierto/a después de consumir?",
  "q.overdose-now.other":
    "Ahora mismo, ¿a su ser querido le cuesta despertar, respira muy despacio o se está poniendo azul?",
  "q.overdose-now.why": "Son señales de una sobredosis. Necesita ayuda de inmediato.",
  "q.overdose-now.o.yes": "Sí",
  "q.overdose-now.o.no": "No",

  "q.suicidal-thoughts.self": "En el último mes, ¿ha tenido pensamientos de quitarse la vida?",
  "q.suicidal-thoughts.other":
    "En el último mes, ¿su ser querido ha hablado o dado señales de querer quitarse la vida?",
  "q.suicidal-thoughts.why":
    "Se lo preguntamos a todos. Si la respuesta es sí, le mostramos dónde pedir ayuda ahora.",
  "q.suicidal-thoughts.o.no": "No",
  "q.suicidal-thoughts.o.thoughts": "Sí, pensamientos",
  "q.suicidal-thoughts.o.plan": "Sí, con un plan o ganas de hacerlo",

  "q.danger-now.self": "Ahora mismo, ¿podría hacerse daño a sí mismo/a o a otra persona?",
  "q.danger-now.other": "Ahora mismo, ¿su ser querido podría hacerse daño o hacer daño a otra persona?",
  "q.danger-now.why": "La seguridad va primero. Si es así, le mostramos a quién llamar.",
  "q.danger-now.o.yes": "Sí",
  "q.danger-now.o.no": "No",

  "q.withdrawal-emergency.self":
    "Ahora mismo, después de reducir o dejar de consumir, ¿tiene una convulsión, mucha confusión o ve cosas que no están ahí?",
  "q.withdrawal-emergency.other":
    "Ahora mismo, después de reducir o dejar de consumir, ¿su ser querido tiene una convulsión, mucha confusión o ve cosas que no están ahí?",
  "q.withdrawal-emergency.why":
    "Puede pasar cuando un cuerpo acostumbrado al alcohol o a algunas drogas se queda sin ellos. Es una emergencia.",
  "q.withdrawal-emergency.o.yes": "Sí",
  "q.withdrawal-emergency.o.no": "No",

  "q.main-substance.self": "¿Qué droga o bebida le causa más problemas?",
  "q.main-substance.other": "¿Qué droga o bebida le causa más problemas a su ser querido?",
  "q.main-substance.why": "Cada una tiene sus propios riesgos cuando una persona deja de consumir.",
  "q.main-substance.o.alcohol": "Alcohol",
  "q.main-substance.o.opioids": "Opioides, como heroína, fentanilo o pastillas para el dolor",
  "q.main-substance.o.benzodiazepines": "Pastillas sedantes, como Xanax o Valium",
  "q.main-substance.o.stimulants": "Estimulantes, como metanfetamina o cocaína",
  "q.main-substance.o.cannabis": "Cannabis (marihuana)",
  "q.main-substance.o.other": "Otra cosa",

  "q.frequency.self": "En los últimos 3 meses, ¿con qué frecuencia la consumió?",
  "q.frequency.other": "En los últimos 3 meses, ¿con qué frecuencia la consumió su ser querido?",
  "q.frequency.why": "El consumo diario puede significar que el cuerpo depende de ella.",
  "q.frequency.o.daily": "Todos o casi todos los días",
  "q.frequency.o.several-times-a-week": "Algunas veces por semana",
  "q.frequency.o.weekly": "Más o menos una vez por semana",
  "q.frequency.o.monthly": "Más o menos una vez al mes",
  "q.frequency.o.less-than-monthly": "Menos de una vez al mes",
  "q.frequency.o.not-in-past-3-months": "No en los últimos 3 meses",

  "q.also-sedatives.self": "¿También toma alcohol o pastillas sedantes la mayoría de los días?",
  "q.also-sedatives.other":
    "¿Su ser querido también toma alcohol o pastillas sedantes la mayoría de los días?",
  "q.also-sedatives.why": "Dejar el alcohol o las pastillas sedantes de golpe puede ser peligroso.",
  "q.also-sedatives.o.alcohol": "Sí, alcohol",
  "q.also-sedatives.o.pills": "Sí, pastillas sedantes",
  "q.also-sedatives.o.no": "No",

  "q.seizure-history.self": "¿Alguna vez tuvo una convulsión al reducir o dejar de consumir?",
  "q.seizure-history.other": "¿Su ser querido alguna vez tuvo una convulsión al reducir o dejar de consumir?",
  "q.seizure-history.why": "Si pasó antes, dejar de nuevo necesita la ayuda de un médico.",
  "q.seizure-history.o.yes": "Sí",
  "q.seizure-history.o.no": "No",

  "q.delirium-history.self":
    "¿Alguna vez se sintió muy confundido/a, con temblores y fiebre, al reducir o dejar de consumir?",
  "q.delirium-history.other":
    "¿Su ser querido alguna vez se sintió muy confundido, con temblores y fiebre, al reducir o dejar de consumir?",
  "q.delirium-history.why":
    "Algunas personas lo llaman delirium tremens. Si pasó antes, dejar necesita la ayuda de un médico.",
  "q.delirium-history.o.yes": "Sí",
  "q.delirium-history.o.no": "No",

  "q.withdrawal-signs.self": "Estos días, cuando reduce o se queda sin consumir, ¿qué tan mal se siente?",
  "q.withdrawal-signs.other":
    "Estos días, cuando su ser querido reduce o se queda sin consumir, ¿qué tan mal se siente?",
  "q.withdrawal-signs.why": "Esto nos dice si el cuerpo necesita ayuda médica para dejar sin peligro.",
  "q.withdrawal-signs.o.none": "Nada mal",
  "q.withdrawal-signs.o.mild": "Un poco tembloroso/a, sudado/a o nervioso/a",
  "q.withdrawal-signs.o.moderate": "Muy tembloroso/a o enfermo/a, y sin poder dormir",
  "q.withdrawal-signs.o.severe": "Temblores fuertes, el corazón acelerado, muy enfermo/a",

  "q.last-use.self": "¿Cuándo la consumió por última vez?",
  "q.last-use.other": "¿Cuándo la consumió su ser querido por última vez?",
  "q.last-use.why": "El cuerpo puede seguir en abstinencia hasta unas dos semanas.",
  "q.last-use.o.this-week": "En la última semana",
  "q.last-use.o.one-to-two-weeks": "Hace una o dos semanas",
  "q.last-use.o.over-two-weeks": "Hace más de dos semanas",

  "q.hallucination-history.self":
    "¿Alguna vez vio, oyó o sintió cosas que no estaban ahí al reducir o dejar de consumir?",
  "q.hallucination-history.other":
    "¿Su ser querido alguna vez vio, oyó o sintió cosas que no estaban ahí al reducir o dejar de consumir?",
  "q.hallucination-history.why": "Esto ayuda a saber cuánta atención puede necesitar dejar de consumir.",
  "q.hallucination-history.o.yes": "Sí",
  "q.hallucination-history.o.no": "No",

  "q.use-signs.self": "En el último año, ¿cuántas de estas cosas le han pasado?",
  "q.use-signs.other": "En el último año, ¿cuántas de estas cosas le han pasado a su ser querido?",
  "q.use-signs.why": "Entre más de estas haya, más apoyo suele ayudar.",
  "q.use-signs.list": [
    "Consumir más, o por más tiempo, de lo planeado",
    "Querer reducir y no poder",
    "Pasar mucho tiempo consiguiéndola, consumiéndola o recuperándose",
    "Tener ganas fuertes de consumir",
    "Faltar al trabajo, la escuela o las tareas de la casa por ella",
    "Seguir consumiendo aunque cause peleas con otros",
    "Dejar cosas que antes se disfrutaban",
    "Consumir en lugares de riesgo, como al manejar",
    "Seguir consumiendo aunque dañe la salud",
    "Necesitar más para sentir el mismo efecto",
    "Sentirse mal al quedarse sin ella",
  ],
  "q.use-signs.o.none": "Ninguna o una",
  "q.use-signs.o.mild": "Dos o tres",
  "q.use-signs.o.moderate": "Cuatro o cinco",
  "q.use-signs.o.severe": "Seis o más",

  "q.overdose-history.self": "¿Alguna vez ha tenido una sobredosis?",
  "q.overdose-history.other": "¿Su ser querido alguna vez ha tenido una sobredosis?",
  "q.overdose-history.why": "Una sobredosis en el pasado aumenta el riesgo de otra.",
  "q.overdose-history.o.past-year": "Sí, en el último año",
  "q.overdose-history.o.longer-ago": "Sí, hace más de un año",
  "q.overdose-history.o.never": "Nunca",

  "q.opioid-medication.self": "¿Toma medicina para el consumo de opioides, como buprenorfina o metadona?",
  "q.opioid-medication.other":
    "¿Su ser querido toma medicina para el consumo de opioides, como buprenorfina o metadona?",
  "q.opioid-medication.why": "Estas medicinas salvan vidas. La atención debe seguir dándolas.",
  "q.opioid-medication.o.buprenorphine": "Sí, buprenorfina (Suboxone)",
  "q.opioid-medication.o.methadone": "Sí, metadona",
  "q.opioid-medication.o.no": "No",

  "q.sex.self": "¿Qué sexo le asignaron a usted al nacer?",
  "q.sex.other": "¿Qué sexo le asignaron a su ser querido al nacer?",
  "q.sex.why": "Lo preguntamos para hablar del embarazo solo cuando puede aplicar.",
  "q.sex.o.female": "Femenino",
  "q.sex.o.male": "Masculino",
  "q.pregnant.self": "¿Está embarazada?",
  "q.pregnant.other": "¿Su ser querida está embarazada?",
  "q.pregnant.why": "Dejar algunas drogas de golpe puede dañar un embarazo. Un médico puede ayudar.",
  "q.pregnant.o.yes": "Sí",
  "q.pregnant.o.no": "No",
  "q.pregnant.o.does-not-apply": "Esto no aplica",

  "q.physical-health.self": "¿Cómo está su salud física?",
  "q.physical-health.other": "¿Cómo está la salud física de su ser querido?",
  "q.physical-health.why": "Algunos problemas de salud necesitan atención cerca, de día y de noche.",
  "q.physical-health.o.none": "Sin problemas de salud",
  "q.physical-health.o.stable": "Problemas de salud que están bajo control",
  "q.physical-health.o.needs-follow-up": "Un problema de salud que necesita un médico pronto",
  "q.physical-health.o.needs-24-hour-monitoring":
    "Un problema de salud que necesita atención de día y de noche",
  "q.physical-health.o.unstable": "Muy enfermo/a ahora mismo",

  "q.mental-health.self": "¿Cómo están su ánimo y su estrés estos días?",
  "q.mental-health.other": "¿Cómo están el ánimo y el estrés de su ser querido estos días?",
  "q.mental-health.why":
    "La salud mental y el consumo de sustancias a menudo se afectan entre sí. La atención puede ayudar con ambos.",
  "q.mental-health.o.stable": "Bien",
  "q.mental-health.o.some-symptoms": "Algunos días difíciles",
  "q.mental-health.o.unstable": "La mayoría de los días son muy difíciles",
  "q.mental-health.o.needs-24-hour-care": "No puede mantenerse a salvo ni cuidarse",

  "q.mental-health-condition.self":
    "¿Un médico le ha dicho alguna vez que tiene un problema de salud mental?",
  "q.mental-health-condition.other":
    "¿Un médico le ha dicho alguna vez a su ser querido que tiene un problema de salud mental?",
  "q.mental-health-condition.why": "Algunos programas están preparados para tratar ambos a la vez.",
  "q.mental-health-condition.o.none": "No",
  "q.mental-health-condition.o.depression-or-anxiety": "Depresión o ansiedad",
  "q.mental-health-condition.o.bipolar": "Trastorno bipolar",
  "q.mental-health-condition.o.psychosis": "Esquizofrenia u otro trastorno psicótico",
  "q.mental-health-condition.o.other": "Otro problema",

  "q.psychosis-now.self": "Estos días, ¿ve u oye cosas que otras personas no ven ni oyen?",
  "q.psychosis-now.other": "Estos días, ¿su ser querido ve u oye cosas que otras personas no ven ni oyen?",
  "q.psychosis-now.why": "Si es así, una revisión de salud mental pronto puede ayudar.",
  "q.psychosis-now.o.yes": "Sí",
  "q.psychosis-now.o.no": "No",

  "q.readiness.self": "¿Cómo se siente sobre hacer un cambio en su consumo?",
  "q.readiness.other": "¿Cómo se siente su ser querido sobre hacer un cambio en su consumo?",
  "q.readiness.why": "No hay respuestas malas. La atención puede empezar donde la persona esté.",
  "q.readiness.o.not-ready": "Todavía no está listo/a",
  "q.readiness.o.unsure": "Todavía no está seguro/a",
  "q.readiness.o.ready": "Listo/a para empezar",
  "q.readiness.o.taking-action": "Ya está haciendo cambios",

  "q.attend.self": "¿Podría ir a todas las sesiones de un programa, algunas veces por semana?",
  "q.attend.other":
    "¿Su ser querido podría ir a todas las sesiones de un programa, algunas veces por semana?",
  "q.attend.why": "La atención viviendo en casa funciona mejor cuando la persona puede ir a cada sesión.",
  "q.attend.o.yes": "Sí",
  "q.attend.o.no": "No",

  "q.treatment-before.self": "¿Ha recibido tratamiento por consumo de sustancias antes?",
  "q.treatment-before.other": "¿Su ser querido ha recibido tratamiento por consumo de sustancias antes?",
  "q.treatment-before.why": "Lo que se probó antes ayuda a ver qué puede servir ahora.",
  "q.treatment-before.o.never": "No, nunca",
  "q.treatment-before.o.outpatient-not-enough": "Sí, consejería, pero no fue suficiente",
  "q.treatment-before.o.intensive-not-enough":
    "Sí, un programa varios días por semana, pero no fue suficiente",
  "q.treatment-before.o.helped": "Sí, y ayudó",

  "q.returns.self": "Después de un tratamiento o un tiempo sin consumir, ¿cuántas veces volvió a consumir?",
  "q.returns.other":
    "Después de un tratamiento o un tiempo sin consumir, ¿cuántas veces volvió a consumir su ser querido?",
  "q.returns.why": "Volver a consumir es común. Puede significar que más apoyo ayudaría.",
  "q.returns.o.none": "Nunca",
  "q.returns.o.once": "Una vez",
  "q.returns.o.more": "Dos veces o más",

  "q.cravings.self": "¿Qué tan fuertes son sus ganas de consumir?",
  "q.cravings.other": "¿Qué tan fuertes son las ganas de consumir de su ser querido?",
  "q.cravings.why": "Las ganas fuertes pueden ser difíciles de manejar a solas en casa.",
  "q.cravings.o.none": "Sin ganas",
  "q.cravings.o.mild": "Algunas ganas",
  "q.cravings.o.strong": "Ganas fuertes",

  "q.coping.self": "Cuando llegan el estrés o las ganas, ¿qué tan bien puede manejarlos sin consumir?",
  "q.coping.other":
    "Cuando llegan el estrés o las ganas, ¿qué tan bien puede manejarlos su ser querido sin consumir?",
  "q.coping.why": "La atención puede enseñar nuevas formas de manejarlos.",
  "q.coping.o.good": "Bien",
  "q.coping.o.some": "A veces",
  "q.coping.o.few": "Casi nunca",

  "q.stay-off-at-home.self": "¿Cree que podría dejar el alcohol y las drogas mientras vive en su casa?",
  "q.stay-off-at-home.other":
    "¿Cree que su ser querido podría dejar el alcohol y las drogas mientras vive en su casa?",
  "q.stay-off-at-home.why": "Si en casa es muy difícil, vivir un tiempo en un programa puede ayudar.",
  "q.stay-off-at-home.o.yes": "Sí",
  "q.stay-off-at-home.o.no": "No",

  "q.housing.self": "¿Tiene un lugar fijo donde vivir?",
  "q.housing.other": "¿Su ser querido tiene un lugar fijo donde vivir?",
  "q.housing.why": "La atención viviendo en casa necesita un hogar al que volver cada noche.",
  "q.housing.o.stable": "Sí",
  "q.housing.o.unstable": "No es fijo, puede cambiar pronto",
  "q.housing.o.homeless": "No tiene dónde vivir",

  "q.home-safe.self": "¿Su casa es segura, sin violencia ni abuso?",
  "q.home-safe.other": "¿La casa de su ser querido es segura, sin violencia ni abuso?",
  "q.home-safe.why": "Todos merecen un lugar seguro para recuperarse.",
  "q.home-safe.o.yes": "Sí",
  "q.home-safe.o.no": "No",

  "q.others-use.self": "¿Alguien con quien vive toma mucho alcohol o consume drogas?",
  "q.others-use.other": "¿Alguien con quien vive su ser querido toma mucho alcohol o consume drogas?",
  "q.others-use.why": "Eso puede hacer más difícil dejar el alcohol y las drogas en casa.",
  "q.others-use.o.yes": "Sí",
  "q.others-use.o.no": "No",

  "q.support.self": "¿Tiene personas que apoyan su recuperación?",
  "q.support.other": "¿Su ser querido tiene personas que apoyan su recuperación?",
  "q.support.why": "El apoyo de otros ayuda a que la recuperación dure.",
  "q.support.o.strong": "Sí, mucho apoyo",
  "q.support.o.some": "Algo de apoyo",
  "q.support.o.none": "Nadie",

  "q.transport.self": "¿Puede llegar a un programa algunas veces por semana?",
  "q.transport.other": "¿Su ser querido puede llegar a un programa algunas veces por semana?",
  "q.transport.why": "Un aventón, un autobús o un carro hacen posible la atención viviendo en casa.",
  "q.transport.o.yes": "Sí",
  "q.transport.o.no": "No",

  "flow.done.title": "Esas son todas las preguntas",
  "flow.done.body": "Las demás preguntas no podían cambiar el resultado, así que las saltamos.",
  "flow.done.show": "Ver el resultado",

  "urgent.title.emergency": "Esto es una emergencia. Busque ayuda ahora.",
  "urgent.title.crisis": "Por favor, pida ayuda ahora.",
  "urgent.title.same-day": "Por favor, busque ayuda hoy.",
  "urgent.title.ask-now": "Por favor, hable primero con un profesional.",
  "urgent.action.call-911.self": "Llame al 911 ahora.",
  "urgent.action.call-911.other": "Llame al 911 ahora.",
  "urgent.action.go-to-emergency-department.self":
    "Vaya a la sala de emergencias más cercana. No maneje usted.",
  "urgent.action.go-to-emergency-department.other":
    "Lleve a su ser querido a la sala de emergencias más cercana, o llame al 911.",
  "urgent.action.call-or-text-988.self":
    "Llame o envíe un texto al 988 para hablar con un consejero de crisis. Es gratis y está abierto siempre. Marque 2 para español.",
  "urgent.action.call-or-text-988.other":
    "Llame o envíe un texto al 988. Los consejeros ayudan a personas en crisis y a quienes se preocupan por un ser querido. Marque 2 para español.",
  "urgent.action.medical-evaluation-today.self":
    "Vea a un médico hoy, o vaya a una clínica de urgencias o a la sala de emergencias.",
  "urgent.action.medical-evaluation-today.other":
    "Ayude a su ser querido a ver a un médico hoy, o a ir a una clínica de urgencias o a la sala de emergencias.",
  "urgent.action.mental-health-evaluation-today.self": "Hable hoy con un profesional de salud mental.",
  "urgent.action.mental-health-evaluation-today.other":
    "Ayude a su ser querido a hablar hoy con un profesional de salud mental.",
  "urgent.action.ask-before-choosing-level.self": "Hable con un profesional antes de elegir la atención.",
  "urgent.action.ask-before-choosing-level.other": "Hablen con un profesional antes de elegir la atención.",
  "urgent.action.stay-with-person.self":
    "No se quede solo/a. Pida a alguien de confianza que esté con usted.",
  "urgent.action.stay-with-person.other": "Quédese con su ser querido hasta que llegue la ayuda.",
  "urgent.action.give-naloxone.self": "Si hay naloxona (Narcan) cerca, pida a alguien que se la dé.",
  "urgent.action.give-naloxone.other": "Si tiene naloxona (Narcan), désela ahora.",
  "urgent.withdrawal.self":
    "No deje de tomar alcohol ni pastillas sedantes de golpe sin el consejo de un médico. Dejarlos antes salió mal y puede ser peligroso.",
  "urgent.withdrawal.other":
    "Su ser querido no debe dejar el alcohol ni las pastillas sedantes de golpe sin el consejo de un médico. Dejarlos antes salió mal y puede ser peligroso.",
  "urgent.helpline":
    "La Línea Nacional de Ayuda de SAMHSA es gratis y privada, a toda hora, todos los días: 1-800-662-4357.",
  "urgent.afterwards": "Cuando esté a salvo, puede seguir con la evaluación o ver el resultado ahora.",
  "urgent.continue": "Seguir con la evaluación",
  "urgent.result": "Ver el resultado ahora",

  "results.title.self": "Su resultado",
  "results.title.other": "El resultado para su ser querido",
  "results.provisional":
    "Esta es una primera idea, no un diagnóstico. Solo una evaluación completa con un profesional puede decir qué atención sirve. Lleve esta página a esa conversación.",
  "results.empty": "Todavía no hay un resultado. Empiece la autoevaluación para ver uno.",
  "results.empty.start": "Empezar la autoevaluación",
  "results.level.heading": "El tipo de atención que podría servir",
  "results.withdrawal.heading": "Atención para la abstinencia",
  "results.coOccurring": "Busque un programa que también trate la salud mental, al mismo tiempo.",

  "level.early-intervention.name": "Revisión y educación",
  "level.early-intervention.about":
    "Charlas cortas con un consejero o médico sobre los riesgos, y un plan para reducir.",
  "level.outpatient.name": "Consejería ambulatoria",
  "level.outpatient.about": "Consejería de menos de 9 horas por semana, viviendo en casa.",
  "level.intensive-outpatient.name": "Atención ambulatoria intensiva (IOP)",
  "level.intensive-outpatient.about":
    "Unas 9 a 19 horas de atención por semana, a menudo 3 horas en 3 días o más, viviendo en casa.",
  "level.partial-hospitalization.name": "Tratamiento de día (hospitalización parcial)",
  "level.partial-hospitalization.about":
    "Atención durante casi todo el día, 20 horas o más por semana, durmiendo en casa.",
  "level.residential.name": "Rehabilitación residencial (con internación)",
  "level.residential.about": "Vivir un tiempo en un programa, con personal de día y de noche.",
  "level.medically-monitored-inpatient.name": "Internación con supervisión médica",
  "level.medically-monitored-inpatient.about":
    "Vivir en un programa con enfermeras de día y de noche y un médico cerca.",
  "level.medically-managed-inpatient.name": "Internación en el hospital",
  "level.medically-managed-inpatient.about": "Atención en un hospital, con médicos todos los días.",

  "withdrawal.none": "Ahora no parece necesaria una atención especial para la abstinencia.",
  "withdrawal.ambulatory":
    "Atención para la abstinencia viviendo en casa, con visitas de un médico o enfermera.",
  "withdrawal.residential":
    "Atención para la abstinencia quedándose en un programa, con personal de día y de noche.",
  "withdrawal.medically-monitored":
    "Atención para la abstinencia con enfermeras de día y de noche y un médico cerca.",
  "withdrawal.medically-managed": "Atención para la abstinencia en un hospital.",

  "results.why.heading": "Por qué",
  "results.why.intro.self": "Estas respuestas suyas fueron las que más influyeron en el resultado:",
  "results.why.intro.other":
    "Estas respuestas sobre su ser querido fueron las que más influyeron en el resultado:",
  "results.why.quote": "«{question}» Usted respondió: «{answer}»",
  "results.why.none":
    "Ninguna respuesta pidió más atención. El resultado se basa en lo que se sabe hasta ahora.",
  "results.why.areas": "Las áreas que fijaron el nivel:",
  "dimension.withdrawal": "Abstinencia",
  "dimension.biomedical": "Salud física",
  "dimension.emotional": "Salud mental",
  "dimension.readiness": "Disposición para cambiar",
  "dimension.relapse": "Riesgo de volver a consumir",
  "dimension.environment": "Hogar y apoyo",

  "results.change.heading": "Qué lo cambiaría",
  "results.why.rules": "Cómo estas respuestas llevan a este nivel:",
  "results.medications.heading": "Sobre las medicinas",
  "results.change.none": "No encontramos un solo cambio que bajara el nivel.",

  "results.ask.heading": "Lo que un profesional todavía preguntará",
  "results.ask.notSure": "Usted no estaba seguro/a de estas. Todavía podrían cambiar el resultado:",
  "results.ask.skipped": "Estas preguntas no se hicieron aquí. Un profesional podría hacerlas:",
  "results.ask.always": [
    "Una revisión completa de la salud, con un examen físico",
    "Cada droga o bebida que se consume, cuánto y desde hace cuánto",
    "Las metas, y lo que más importa al elegir la atención",
  ],
  "results.ask.other": "Otros detalles sobre la salud y el consumo",

  "results.scales.heading": "Evaluaciones estándar",
  "results.scales.self":
    "Las evaluaciones estándar ayudan a un profesional. Aquí puede responder una sobre el ánimo, el PHQ-9. Está hecha para que cada persona la responda sobre sí misma.",
  "results.scales.other":
    "Algunas evaluaciones estándar están hechas para que la persona las responda sobre sí misma. Su ser querido, o un profesional con él o ella, debería llenarlas:",
  "results.scales.list": [
    "PHQ-9: ánimo y depresión",
    "ASQ: riesgo de suicidio",
    "AUDIT-C: consumo de alcohol",
    "DAST-10: consumo de drogas",
  ],

  "scales.phq9.title": "PHQ-9: una evaluación estándar del ánimo",
  "scales.phq9.offer": "Responder la evaluación del ánimo PHQ-9 (9 preguntas)",
  "scales.phq9.source": "PHQ-9 de los Drs. Spitzer, Williams, Kroenke y colegas, con una beca de Pfizer Inc.",
  "scales.add": "Agregar a mi resultado",
  "scales.cancel": "Ahora no",
  "scales.phq9.done": "Se agregó el PHQ-9. Su total es {total} de 27.",
  "scales.phq9.incomplete":
    "Se agregó el PHQ-9, pero faltan respuestas, así que no hay total. Un profesional puede revisarlo con usted.",
  "results.next.heading": "Próximos pasos",
  "results.next.assessment":
    "Pida una evaluación completa a un médico, un consejero o un programa de tratamiento. Muéstreles esta página.",
  "results.next.helpline":
    "Llame a la Línea Nacional de Ayuda de SAMHSA para recibir ayuda gratis y privada para encontrar atención: 1-800-662-4357.",
  "results.next.findTreatment": "Busque programas cerca de usted en FindTreatment.gov",
  "results.next.decisionAid": "Piense las opciones con su familia",
  "results.next.guide": "Lea sobre cada tipo de atención",

  "results.save.heading": "Sus respuestas",
  "results.save.body": "Por ahora sus respuestas se guardan solo hasta que cierre esta página.",
  "results.save.button": "Guardar en este dispositivo",
  "results.save.saved":
    "Sus respuestas están guardadas solo en este dispositivo. Cualquiera que lo use podría verlas.",
  "results.save.delete": "Borrar de este dispositivo",
  "results.startOver": "Empezar de nuevo y borrar las respuestas",

  "results.overdose.heading": "Una sobredosis en el pasado aumenta el riesgo",
  "results.overdose.risk.self":
    "Usted dijo que ha tenido una sobredosis antes. Eso hace más probable otra. El riesgo es mayor después de un tiempo sin usar.",
  "results.overdose.risk.other":
    "Usted dijo que su ser querido ha tenido una sobredosis antes. Eso hace más probable otra. El riesgo es mayor después de un tiempo sin usar.",
  "results.overdose.naloxone": [
    "Tenga naloxona (Narcan) a mano. Puede revertir una sobredosis de opioides.",
    "La mayoría de las farmacias venden el aerosol de naloxona sin receta. Muchos departamentos de salud la dan gratis.",
    "Muestre a familiares y amigos dónde está y cómo usarla. Nunca use drogas a solas.",
  ],
  "results.safetyUnknown.heading": "Algunas preguntas de seguridad siguen abiertas",
  "results.safetyUnknown.body":
    "Está bien. Nadie tiene que saber todas las respuestas. Si hay alguna posibilidad de peligro, la Línea 988 atiende a toda hora, gratis y también en español. También ayuda a quienes se preocupan por otra persona.",
  "results.safetyUnknown.call": "Llame al 988",
  "results.safetyUnknown.text": "Envíe un texto al 988",
  "results.safetyUnknown.chat": "Chatee con el 988 en línea",
  "results.needsAnswers.heading": "Todavía no podemos sugerir un tipo de atención",
  "results.needsAnswers.body.self":
    "Algunas respuestas importan demasiado para adivinarlas. Respóndalas aquí si puede. Si todavía no sabe, un profesional las preguntará primero.",
  "results.needsAnswers.body.other":
    "Algunas respuestas sobre su ser querido importan demasiado para adivinarlas. Respóndalas aquí si puede. Si todavía no sabe, un profesional las preguntará primero.",
  "results.change.afterWithdrawal":
    "Después de la atención para la abstinencia, un profesional decide el siguiente paso. Preguntará sobre: {areas}.",
  "results.medications.alcohol.heading": "Medicamentos para el consumo de alcohol",
  "results.medications.alcohol": [
    "Dos medicamentos ayudan a beber menos o a dejar de beber: la naltrexona, en pastilla diaria o inyección mensual, y el acamprosato, en pastillas.",
    "No crean hábito. Un médico de cabecera puede recetarlos, en cualquier tipo de atención.",
    "La mayoría de los planes de salud y Medicaid los cubren. Pregunte por ellos al médico o al programa.",
    "La naltrexona no es para alguien que toma opioides.",
  ],
  "results.next.spanish": "El 988 y la Línea de Ayuda de SAMHSA también atienden en español.",
  "results.save.privateTip":
    "Consejo: en una ventana privada o de incógnito, lo que se guarde se borra al cerrar la ventana.",
  "results.adolescent.title": "Esta evaluación es para adultos",
  "results.adolescent.body":
    "Los jóvenes necesitan atención hecha para adolescentes. Un médico, un consejero escolar o la Línea Nacional de Ayuda de SAMHSA al 1-800-662-4357 pueden ayudar a encontrarla.",
};

export const selfCheckCatalog: Catalog<SelfCheckKey> = { en, es };
