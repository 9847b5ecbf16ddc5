/**
 * The decision aid's English texts. Plain words and short sentences (grade 6–8; docs/design/consumer.md
 * §5.2), person-first language (NIDA "Words Matter", §5.3). Each comparison row has the same parts for
 * each option, in about the same number of words (IPDAS "equal detail", §2.3). Keys ending in ".self"
 * speak to the person ("you"); keys ending in ".other" speak to a family member or friend about the
 * person ("they").
 */
export const decisionAidEn = {
  title: "Weigh your options together",
  intro:
    "This part helps you choose between intensive outpatient care and inpatient care. It does not tell you what to choose. It helps you see the options side by side, think about what matters most, and talk it over with someone you trust.",
  decision: "The choice: which kind of care to start with for a substance use problem.",
  privacy: "Everything you enter stays on this device. Nothing is sent to Stepwise.",
  parts: "Steps",
  "part.sure-before": "How sure do you feel?",
  "part.compare": "Compare the options",
  "part.values": "What matters most",
  "part.together": "Weigh it together",
  "part.cost": "What it may cost",
  "part.programs": "Questions for programs",
  "part.plan": "Step plan",
  "part.pages": "Pages to print",
  next: "Next step",
  back: "Go back",
  "methods.link": "How we made this, and our sources",
  provisional:
    "The self-check suggested {level}. This is only a first guess. A professional assessment decides what care fits.",
  noSelfCheck:
    "You have not done the self-check yet. The comparison below is general. Do the self-check to make it fit your situation.",
  startSelfCheck: "Do the self-check",
  urgent:
    "Your answers include something urgent. Please take care of it first. Call or text 988 in a crisis, or call 911 in an emergency.",

  "sure.title": "How sure do you feel about this choice?",
  "sure.intro": "Answer yes or no. There are no wrong answers. You will answer again at the end.",
  "sure.introAfter":
    "Answer yes or no again, now that you have weighed the options. There are no wrong answers.",
  "sure.afterTitle": "How sure do you feel now?",
  "sure.sure": "Do you feel sure about the best choice for you?",
  "sure.sure.other": "Do you feel sure about the best choice for them?",
  "sure.understand": "Do you know the good points and the hard parts of each option?",
  "sure.riskBenefit": "Are you clear about which good points and hard parts matter most?",
  "sure.encouragement": "Do you have enough support and advice to make a choice?",
  "sure.yes": "Yes",
  "sure.no": "No",
  "sure.score": "{score} of 4 answered yes.",
  "sure.unsure":
    "Any “no” means you may still feel unsure. That is normal. The steps here, and a talk with a professional, can help.",
  "sure.clear": "You answered yes to all four. You seem clear about this choice.",
  "sure.clearer": "Before: {before} of 4. Now: {after} of 4. The choice got clearer.",
  "sure.same": "Before: {before} of 4. Now: {after} of 4. About the same as before.",
  "sure.lessClear":
    "Before: {before} of 4. Now: {after} of 4. You feel less sure now. Bring your questions to a professional.",
  "sure.source": "These four questions are the SURE test (Légaré and others, 2010).",

  "compare.title": "The options side by side",
  "compare.intro":
    "Each row shows the same things for each option. Lines marked “For you” use your answers from the self-check.",
  "compare.intro.other":
    "Each row shows the same things for each option. Lines marked “For them” use your answers from the self-check.",
  "compare.showDay": "Also show day treatment (partial hospitalization)",
  "compare.what": "What to compare",
  "compare.iop": "Intensive outpatient (IOP)",
  "compare.inpatient": "Inpatient or residential",
  "compare.day": "Day treatment",
  "compare.forYou": "For you:",
  "compare.forThem": "For them:",
  "compare.evidence.title": "What studies found",
  "compare.evidence": [
    "For most people, intensive outpatient care works about as well as inpatient care. A review of 12 studies found this (McCarty and others, 2014).",
    "Inpatient care may help more when use is very severe, when thinking or memory problems make outpatient care hard, or when home is not safe for recovery (Rychtarik 2000; Witbrodt 2007).",
    "Withdrawal that needs medical care, or health or mental health problems that need care day and night, call for inpatient care first.",
    "Medicines for opioid or alcohol use disorder help in any setting. People who got medicine for opioid use disorder had about half the risk of overdose (Oregon Medicaid study, 2022).",
    "Studies differ in who took part and how programs ran, so no one can say for sure how either option will go for one person.",
  ],

  "row.time": "Time and travel",
  "row.time.iop": "About 9 to 19 hours a week, often 3 hours on 3 or more days. You travel to each session.",
  "row.time.inpatient":
    "You live at the program, often for about 4 weeks. You travel there once and back once.",
  "row.time.day": "About 20 or more hours a week, most of each weekday. You travel there each day.",
  "row.sleep": "Where you sleep",
  "row.sleep.iop": "At home every night. You need a safe, steady place to live.",
  "row.sleep.inpatient": "At the program. You share the space with others and follow house rules.",
  "row.sleep.day": "At home every night. You need a safe, steady place to live.",
  "row.duties": "Work, school and caregiving",
  "row.duties.iop":
    "You can often keep working, studying or caring for family. Sessions may be in the evening.",
  "row.duties.inpatient":
    "You need time off, and someone else must care for children or family while you are away.",
  "row.duties.day": "Hard to keep a job or classes on weekdays. Evenings and weekends stay free.",
  "row.medical": "Medical care",
  "row.medical.iop": "Staff see you during sessions. No one checks on you at night.",
  "row.medical.inpatient": "Staff are there day and night. Nurses and doctors are close by.",
  "row.medical.day": "Staff see you during the day. Some programs have a doctor or nurse on site.",
  "row.structure": "Daily structure and triggers",
  "row.structure.iop": "You face daily life and its triggers each day, with help to plan for them.",
  "row.structure.inpatient": "A full schedule and a break from people and places tied to use.",
  "row.structure.day": "A full schedule by day; evenings at home with everyday triggers.",
  "row.family": "Family involvement",
  "row.family.iop": "Family can support you every day. Many programs offer family sessions.",
  "row.family.inpatient": "Family sessions and visits, often at set times. Less daily contact.",
  "row.family.day": "Family can support you each evening. Many programs offer family sessions.",
  "row.cost": "Cost",
  "row.cost.iop": "Usually costs less, since there are no overnight stays. Travel adds up.",
  "row.cost.inpatient": "Usually costs more, since a bed, meals and staff day and night are included.",
  "row.cost.day": "Usually between the two. Daily travel adds up.",
  "row.practice": "What happens after",
  "row.practice.iop": "You practice new skills in daily life right away. Care steps down to outpatient.",
  "row.practice.inpatient":
    "You return to daily life after the stay. A step down to IOP or outpatient care helps.",
  "row.practice.day": "You step down to IOP or outpatient care while still living at home.",

  "personal.time.hard.self":
    "You said getting to appointments is hard. IOP means trips 3 or more days a week; inpatient care means one trip there and back.",
  "personal.time.hard.other":
    "You said getting to appointments is hard for them. IOP means trips 3 or more days a week; inpatient care means one trip there and back.",
  "personal.time.easy.self":
    "You said you have a reliable way to get around. That makes IOP trips easier. Inpatient care needs only one trip each way.",
  "personal.time.easy.other":
    "You said they have a reliable way to get around. That makes IOP trips easier. Inpatient care needs only one trip each way.",
  "personal.time.unknown.self":
    "Think about how you would get to sessions 3 or more days a week, and how long a stay away would be for you.",
  "personal.time.unknown.other":
    "Think about how they would get to sessions 3 or more days a week, and how long a stay away would be for them.",
  "personal.sleep.unsteady.self":
    "You said your housing is not steady. IOP needs a safe place to sleep each night. Inpatient care gives you a bed during treatment.",
  "personal.sleep.unsteady.other":
    "You said their housing is not steady. IOP needs a safe place to sleep each night. Inpatient care gives them a bed during treatment.",
  "personal.sleep.steady.self":
    "You said you have a steady place to live. IOP needs that. With inpatient care your home waits for you.",
  "personal.sleep.steady.other":
    "You said they have a steady place to live. IOP needs that. With inpatient care their home waits for them.",
  "personal.sleep.unknown.self": "IOP needs a safe, steady place to sleep. Think about whether you have one.",
  "personal.sleep.unknown.other":
    "IOP needs a safe, steady place to sleep. Think about whether they have one.",
  "personal.duties.some.self":
    "You said you {duties}. IOP lets you keep doing that around sessions. Inpatient care would mean about 4 weeks away, with time off and someone to step in.",
  "personal.duties.some.other":
    "You said they {duties}. IOP lets them keep doing that around sessions. Inpatient care would mean about 4 weeks away, with time off and someone to step in.",
  "personal.duties.none.self":
    "You said you have no work, school or caregiving duties now. That can make time away easier to plan. IOP also fits easily.",
  "personal.duties.none.other":
    "You said they have no work, school or caregiving duties now. That can make time away easier to plan. IOP also fits easily.",
  "personal.duties.unknown.self":
    "If you work, go to school or care for others, think about how each option fits around that.",
  "personal.duties.unknown.other":
    "If they work, go to school or care for others, think about how each option fits around that.",
  "duty.work": "work",
  "duty.school": "go to school",
  "duty.caregiving": "look after children or other family",
  "duty.and": "and",
  "personal.medical.needs.self":
    "Your answers point to withdrawal or health needs that may need care day and night. Inpatient care has that; IOP does not. Ask a professional first.",
  "personal.medical.needs.other":
    "Your answers point to withdrawal or health needs that may need care day and night. Inpatient care has that; IOP does not. Ask a professional first.",
  "personal.medical.fine.self":
    "Your answers do not point to a need for medical care day and night. Both options can include medical check-ins and medicines.",
  "personal.medical.fine.other":
    "Your answers do not point to a need for medical care day and night for them. Both options can include medical check-ins and medicines.",
  "personal.medical.unknown.self":
    "A professional should check whether withdrawal or health problems need care day and night. That can decide the choice.",
  "personal.medical.unknown.other":
    "A professional should check whether their withdrawal or health problems need care day and night. That can decide the choice.",
  "personal.structure.hard.self":
    "You said home makes it hard to stay away from alcohol or drugs. Inpatient care gives a break from that. With IOP you would plan for it each evening.",
  "personal.structure.hard.other":
    "You said their home makes it hard to stay away from alcohol or drugs. Inpatient care gives a break from that. With IOP they would plan for it each evening.",
  "personal.structure.supportive.self":
    "You said home supports your recovery. That is what IOP needs to work well. Inpatient care gives a break you may not need.",
  "personal.structure.supportive.other":
    "You said their home supports recovery. That is what IOP needs to work well. Inpatient care gives a break they may not need.",
  "personal.structure.unknown.self":
    "IOP works best when you can stay away from alcohol and drugs at home. Think about whether your home supports that.",
  "personal.structure.unknown.other":
    "IOP works best when they can stay away from alcohol and drugs at home. Think about whether their home supports that.",
  "personal.family.support.self":
    "You said you have people who support you. With IOP they can help every day. With inpatient care they can join family sessions.",
  "personal.family.support.other":
    "You said they have people who support them, like you. With IOP you can help every day. With inpatient care you can join family sessions.",
  "personal.family.alone.self":
    "You said you have little support now. Inpatient care gives support all day. IOP programs can help you build a support network.",
  "personal.family.alone.other":
    "You said they have little support now. Inpatient care gives support all day. IOP programs can help them build a support network.",
  "personal.family.unknown.self": "Think about who could support you during and after treatment.",
  "personal.family.unknown.other":
    "Think about who could support them during and after treatment, besides you.",
  "personal.cost.known.self":
    "You said your coverage is {coverage}. The cost step shows what each option may cost with it.",
  "personal.cost.known.other":
    "You said their coverage is {coverage}. The cost step shows what each option may cost with it.",
  "personal.cost.unknown.self": "The cost step helps you estimate what each option may cost you.",
  "personal.cost.unknown.other": "The cost step helps you estimate what each option may cost them.",
  "coverage.medicaid": "Medicaid",
  "coverage.medicare": "Medicare",
  "coverage.private": "private insurance",
  "coverage.tricare": "TRICARE",
  "coverage.none": "no insurance",
  "coverage.other": "another kind of coverage",
  "personal.practice.triedOutpatient.self":
    "You said outpatient care was tried before and was not enough. Some people then start with inpatient care and step down. Others try IOP with more support.",
  "personal.practice.triedOutpatient.other":
    "You said outpatient care was tried before and was not enough for them. Some people then start with inpatient care and step down. Others try IOP with more support.",
  "personal.practice.general.self":
    "Either way, recovery goes on after the program ends. Ask each program to book your next step before you leave.",
  "personal.practice.general.other":
    "Either way, recovery goes on after the program ends. Ask each program to book their next step before they leave.",

  "values.title": "What matters most?",
  "values.intro":
    "Rate how much each thing matters, from 0 (not at all) to 5 (very much). This is not a test and there is no score. It helps you see what you care about.",
  "values.intro.other":
    "Rate how much each thing matters to you, from 0 (not at all) to 5 (very much). The person you care about can rate too, in the next step.",
  "values.person": "{person}: how much does this matter?",
  "values.notRated": "Not rated",
  "values.top": "What matters most to {person}: {factors}.",
  "values.noTop": "{person} has not rated anything 4 or 5 yet.",
  "factor.time": "Not being away from home for weeks",
  "factor.sleep": "Sleeping at home each night",
  "factor.duties": "Keeping up with work, school or caregiving",
  "factor.medical": "Having nurses and doctors close by day and night",
  "factor.structure": "A full schedule and a break from triggers",
  "factor.family": "Family being part of care",
  "factor.cost": "Keeping costs down",
  "factor.practice": "Practicing new skills in daily life right away",
  "person.first": "Person 1",
  "person.second": "Person 2",
  "rating.label": "{factor}, rated by {person}",

  "together.title": "Weigh it together",
  "together.intro":
    "Ask someone you trust to rate the same things, without seeing your ratings first. Then look at where you agree and where you differ. Talk about the differences. No score decides for you.",
  "together.sameDevice": "On this device",
  "together.sameDevice.body":
    "Hand this device to the other person. Your ratings will be hidden while they rate.",
  "together.sameDevice.start": "Hand over: Person 2 rates now",
  "together.handover.title": "Person 2: your turn",
  "together.handover.body":
    "Person 1’s ratings are hidden. Rate each thing by how much it matters to you. When you are done, hand the device back.",
  "together.handover.done": "Done: show both ratings",
  "together.otherDevice": "On another device",
  "together.otherDevice.body":
    "Send a link, or let them scan the code. The link carries only the list of things to rate, and your ratings if you choose. It is not sent to Stepwise: the part after “#” never leaves the browser.",
  "together.includeMine": "Include my ratings in the link",
  "together.makeLink": "Make the link",
  "together.link": "Link for Person 2",
  "together.copy": "Copy the link",
  "together.copied": "Copied.",
  "together.qr": "QR code with the same link",
  "together.replyLink": "Link back to Person 1",
  "together.replyQr": "QR code with the same reply link",
  "together.pasteReply": "Paste the reply link from Person 2",
  "together.readReply": "Read the reply",
  "together.invited.title": "Someone asked you to weigh this with them",
  "together.invited.body":
    "Rate how much each thing matters to you. Then send your ratings back with the link or code below. Nothing goes to Stepwise.",
  "together.invited.theirRatings": "They shared their ratings. You will see them after you rate.",
  "together.invited.makeReply": "Make my reply link",
  "together.replyRead": "Person 2’s ratings are in. See below.",
  "together.badLink": "This link could not be read: {field} should be {expected}. Ask for a new link.",
  "together.handedOff":
    "Person 2’s ratings went to your other Stepwise tab, where Person 1 rated. Go back to that tab to see them. You can close this one.",
  "together.firstMissing":
    "Person 1 has no ratings on this screen yet. If Person 1 rated in another tab or window, paste the reply link there instead, or rate in “What matters most” now.",
  "together.results": "Where you agree and differ",
  "together.factor": "What matters",
  "together.gap": "What it means",
  "together.kind.differ": "You see this differently",
  "together.kind.both-matter": "Matters a lot to both",
  "together.kind.agree": "About the same",
  "together.kind.not-rated": "Not rated by both",
  "together.prompts": "Questions to talk about",
  "together.prompt.general":
    "{factor}: one of you rated it {first}, the other {second}. What makes it matter so much, or so little, to each of you?",
  "prompt.time": "What would a few weeks away mean at home? What would it take to make it work?",
  "prompt.sleep": "Is home a good place to sleep and recover right now? Why or why not?",
  "prompt.duties": "Who could cover work, school or caregiving, and for how long?",
  "prompt.medical": "What worries you about withdrawal or health? Has a professional checked it?",
  "prompt.structure": "What happens at home that makes staying away from use hard, or easier?",
  "prompt.family": "How would each of you like family to take part?",
  "prompt.cost": "What could you afford? Have you asked the plan or the program?",
  "prompt.practice": "How would you handle daily life and triggers while in care?",
  "together.noScore": "This is not a score. Use it to start a talk, not to end one.",

  "cost.title": "What it may cost",
  "cost.intro":
    "Enter what programs and your health plan tell you. Stepwise does the math on this device. There is no single “average cost of rehab”: prices vary a lot.",
  "cost.coverage": "Health coverage",
  "coverage.choose": "Choose one",
  "cost.plan": "Your plan’s numbers",
  "cost.plan.hint": "Find these on your plan’s summary or ask your plan. Use in-network numbers.",
  "cost.deductible": "Deductible for the plan year ($)",
  "cost.deductibleMet": "Already paid toward the deductible this plan year ($)",
  "cost.sharing": "After the deductible, you pay",
  "cost.sharing.coinsurance": "A percent (coinsurance)",
  "cost.sharing.copay": "A set amount per day or week (copay)",
  "cost.coinsurance": "Coinsurance (%)",
  "cost.copay": "Copay per day or week ($)",
  "cost.oopMax": "Out-of-pocket maximum for the plan year ($)",
  "cost.oopSpent": "Already paid toward the maximum this plan year ($)",
  "cost.planYearStart": "Your plan year starts in",
  "cost.option": "{option}",
  "cost.startDate": "First day of care",
  "cost.rate": "Program’s rate ($)",
  "cost.rateUnit": "Rate is per",
  "cost.unit.day": "day",
  "cost.unit.week": "week",
  "cost.units.day": "How many days",
  "cost.units.week": "How many weeks",
  "cost.lostWages": "Pay you would lose per week ($)",
  "cost.travel": "Travel per week ($)",
  "cost.childcare": "Childcare per week ($)",
  "cost.bad": "Enter {expected}.",
  "cost.expect.amount": "an amount in dollars, like 1500",
  "cost.expect.percent": "a percent from 0 to 100",
  "cost.expect.count": "a whole number from 1 to 730",
  "cost.expect.date": "a date",
  "cost.needRate": "Enter the program’s rate to see an estimate. Published prices are below.",
  "cost.results": "Estimate",
  "cost.charges": "Program charges",
  "cost.deductiblePart": "Deductible part",
  "cost.sharingPart": "Coinsurance or copay part",
  "cost.youPayCare": "You pay for care",
  "cost.planPays": "Plan pays",
  "cost.lostWagesTotal": "Lost pay",
  "cost.travelTotal": "Travel",
  "cost.childcareTotal": "Childcare",
  "cost.total": "Total cost to you",
  "cost.crossesYear":
    "This care runs into a new plan year. The deductible and out-of-pocket maximum start over on {date}.",
  "cost.reachedMax":
    "You reach the out-of-pocket maximum; the plan pays the rest of that plan year’s covered care.",
  "cost.choosePlan":
    "Choose your coverage above to include your plan. Until then, the estimate shows the full charges.",
  "cost.noPlan":
    "With no insurance, you pay the full charges. Ask about sliding-scale fees and state-funded programs.",
  "cost.caveat":
    "This is an estimate. Ask the program and your plan for the allowed amount, what needs approval first, and what else is billed.",
  "cost.published.title": "Published prices, with their source and year",
  "cost.published.measure": "What it measures",
  "cost.published.figure": "Figure",
  "cost.published.source": "Source",
  "published.source.beethamCalls":
    "Beetham et al., Health Affairs 40(2), February 2021 (calls to 613 programs)",
  "published.source.beetham": "Beetham et al., Health Affairs 40(2), February 2021",
  "published.source.nida": "NIDA Notes 19(5), January 2005 (DATCAP, programs studied 1993–2002)",
  "published.source.clientDatcap": "Client DATCAP study, Dayton, Ohio, 2000s (PMC2737263)",
  "cost.published.use": "Use this rate for {option}",
  "published.residentialLow": "Lowest daily cash price quoted by adult residential programs",
  "published.residentialHigh": "Highest daily cash price quoted by adult residential programs",
  "published.residentialDeposit":
    "Average upfront payment asked by for-profit programs ($5,712 at nonprofits); 74% asked for one",
  "published.iopWeek": "Cost to programs of a week of IOP (not a price; 1993–2002 dollars)",
  "published.iopEpisode": "Cost to programs of a whole IOP stay, about 7 weeks (1993–2002 dollars)",
  "published.clientInpatient":
    "Cost to the person of one inpatient day, counting their time (2000s, one city)",
  "cost.notes.title": "Coverage rules to know",
  "cost.note.parity":
    "Parity: most health plans that cover mental health and substance use care cannot limit it more than medical care. This covers copays, deductibles, day limits and prior approval. If care is denied, you can ask the plan for its medical-necessity criteria and its parity comparison (MHPAEA 2008; CAA 2021).",
  "cost.note.medicaid":
    "Medicaid: cost sharing is usually small. Many states now pay for short residential stays, often up to about 30 days, through special waivers or a state option (SUPPORT Act, made permanent in 2024). Ask your state Medicaid plan.",
  "cost.note.medicare":
    "Medicare: intensive outpatient care is covered since January 1, 2024, at hospital outpatient departments, community mental health centers and some health centers. Day treatment is covered too. Ask about stays at residential programs outside a hospital.",
  "cost.note.none":
    "No insurance: call SAMHSA’s National Helpline, 1-800-662-4357, to find state-funded programs and programs with sliding-scale fees.",
  "cost.note.oopLimit":
    "For 2026, the out-of-pocket maximum for most plans is no more than $10,600 for one person and $21,200 for a family, in network.",

  "programs.title": "Questions to ask programs",
  "programs.intro":
    "Call more than one program if you can. Use this checklist for each call. It is fine to say “I’m not sure” when they ask you things.",
  "programs.add": "Add a program I called",
  "programs.remove": "Remove this program",
  "programs.name": "Program name (optional)",
  "programs.kind": "Kind of care",
  "programs.numbered": "Program {number}",
  "programs.answer.yes": "Yes",
  "programs.answer.no": "No",
  "programs.answer.unsure": "Not sure",
  "programs.listenFor": "What to listen for:",
  "programs.warnings": "Did they do any of these?",
  "programs.flagged": "Warning signs for this program",
  "programs.noFlags": "No warning signs marked.",
  "programs.chart": "Programs side by side",
  "programs.chart.empty": "Add a program to build the chart.",
  "programs.chart.question": "Question",
  "programs.chart.notAsked": "Not asked",
  "question.start": "Can you take new patients? How soon could care start?",
  "question.start.listen": "A start within a few days. Some programs can see you within 48 hours.",
  "question.insurance":
    "Do you and all your staff take my insurance? What will I pay, and what else is billed?",
  "question.insurance.listen":
    "A clear answer about copays, medicines, tests and extra fees. It is normal for them to ask how you will pay.",
  "question.license":
    "Is the program licensed and accredited? Are staff licensed, with a doctor on staff or on call?",
  "question.license.listen":
    "A current state license, accreditation by an outside group, and named credentials.",
  "question.assessment": "Will you do a full assessment before deciding what care I need?",
  "question.assessment.listen":
    "Questions about use, health, mental health, home, work, family and legal issues.",
  "question.plan": "Will my plan be made for me and changed as I go?",
  "question.plan.listen": "A plan that changes with progress, not a set number of days for everyone.",
  "question.medications":
    "Do you offer medicines for alcohol or opioid use disorder, or let me keep taking mine?",
  "question.medications.listen":
    "Yes. Medicines like buprenorphine, methadone and naltrexone help in any setting.",
  "question.therapies": "Which therapies do you use? Are they backed by research?",
  "question.therapies.listen":
    "Names like cognitive behavioral therapy or motivational interviewing, not just “our method”.",
  "question.family": "How do you include family?",
  "question.family.listen": "Family sessions or education, with the person’s consent.",
  "question.returnToUse": "What happens if I use again during treatment?",
  "question.returnToUse.listen":
    "A return to use is treated as part of recovery, not a reason to throw you out.",
  "question.after": "What help do you give after I leave? Will you book my next appointment before I go?",
  "question.after.listen": "A plan for the next step, booked before you leave, within 7 days.",
  "warning.admissionBeforeAssessment": "Offered me a bed before asking about my health and use",
  "warning.upfrontCash": "Asked for a large cash payment up front",
  "warning.paidTravel": "Offered free travel, housing or other perks to sign up",
  "warning.noMedications": "Do not offer medicines for opioid use disorder",
  "warning.noAssessment": "Will not do a full assessment first",
  "warning.notLicensed": "Is not licensed or accredited",
  "warning.noAftercare": "Has no plan for care after I leave",
  "warning.insuranceUnclear": "Will not say what my insurance covers",
  "programs.warningSource":
    "These warning signs come from a 2021 study of 613 residential programs: one in three offered a bed before any assessment, and 74% wanted payment up front (Beetham and others, Health Affairs 2021).",

  "plan.title": "Step plan",
  "plan.intro":
    "Most people move through levels of care, for example inpatient, then IOP, then outpatient. Plan each step and book the next one before leaving the last.",
  "plan.step": "Step {number}",
  "plan.level": "Kind of care",
  "plan.start": "First day or first appointment",
  "plan.end": "Planned last day",
  "plan.add": "Add a step",
  "plan.remove": "Remove this step",
  "plan.checks": "No-gap check",
  "plan.check.ok": "From {from} to {to}: {days} days. Good, within 7 days.",
  "plan.check.gap":
    "From {from} to {to}: {days} days. That is more than 7 days. Try to book the next step sooner.",
  "plan.check.notBooked":
    "From {from} to {to}: the next appointment is not booked yet. Book it before leaving.",
  "plan.check.endUnknown": "From {from} to {to}: add the planned last day to check the gap.",
  "plan.check.overlap":
    "From {from} to {to}: the next step starts before the last one ends. Check the dates.",
  "plan.checkIns": "Check-ins",
  "plan.checkIns.intro":
    "Check in with your care team at 3, 6 and 12 months. Care that lasts longer and keeps in touch works better (McKay 2009).",
  "plan.checkIns.needStart": "Add a first day to set the check-in dates.",
  "plan.checkIn": "{months}-month check-in: {date}",
  "plan.download": "Download the calendar file (.ics)",
  "plan.download.hint": "The file is made on this device. Open it to add the dates to your calendar.",
  "plan.calendarName": "Step plan",
  "plan.event.start": "Start: {level}",
  "plan.event.checkIn": "{months}-month check-in",
  "plan.event.checkIn.body": "Check in with your care team. Is the plan still right? Book the next visit.",
  "level.early-intervention": "Check-in and education",
  "level.outpatient": "Outpatient counseling",
  "level.intensive-outpatient": "Intensive outpatient (IOP)",
  "level.partial-hospitalization": "Day treatment",
  "level.residential": "Residential (inpatient) care",
  "level.medically-monitored-inpatient": "Medically monitored inpatient care",
  "level.medically-managed-inpatient": "Hospital inpatient care",
  "level.other": "Other",

  "pages.title": "Pages to print",
  "pages.intro":
    "Print or save these pages as a PDF. One is for the professional who assesses you. One is to talk over with family. They show no names unless you type them.",
  "pages.intro.other":
    "Print or save these pages as a PDF. One is for the professional. One is to talk over with family. They show no names unless you type them.",
  "pages.print.professional": "Print the page for the professional",
  "pages.print.family": "Print the page for family",
  "pages.questions": "Questions you want to ask the professional (optional)",
  "pages.name": "A name to put on the pages (optional)",
  "pro.title": "For the professional: summary from Stepwise",
  "pro.provisional":
    "A self-check, not a diagnosis or an assessment. Answers are as given, {date}. Please do a full assessment.",
  "pro.respondent.self": "Answered by: the person.",
  "pro.respondent.other": "Answered by: a family member or friend about the person.",
  "pro.name": "Name: {name}",
  "pro.level": "Level the self-check suggests (provisional): {level}.",
  "pro.withdrawal": "Withdrawal management suggested: {setting}.",
  "pro.coOccurring": "Co-occurring mental health needs: look for a program that treats both.",
  "pro.dimensions": "Six-dimension summary",
  "pro.dimension": "Dimension",
  "pro.rating": "Rating (0–4)",
  "pro.basis": "Based on",
  "pro.noFacts": "Nothing raised this rating, or it is unknown.",
  "pro.noResult": "No self-check result yet.",
  "pro.urgent": "Urgent items",
  "pro.noUrgent": "None found in the answers given.",
  "pro.unknowns": "Still unknown: please ask",
  "pro.couldRaise": "the answer could point to {level}",
  "pro.noUnknowns": "None listed.",
  "pro.priorities": "What matters most to them (0–5)",
  "pro.questions": "Their questions",
  "pro.noQuestions": "None written.",
  "pro.sure": "SURE test: before {before} of 4, after {after} of 4.",
  "pro.plan": "Step plan so far",
  "pro.needsAnswers":
    "No level suggested yet: answers that matter most are not known. Please ask these first:",
  "pro.overdose.past-year": "An overdose in the past year: a high risk of another. Naloxone is advised.",
  "pro.overdose.longer-ago": "An overdose more than a year ago: a risk of another. Naloxone is advised.",
  "pro.safetyUnknown": "Not known, please ask first: {question}",
  "pro.answers": "Answers given, as asked",
  "pro.answer": "{question} Answer: {answer}",
  "pro.substances": "Substances on record",
  "pro.substance.amount.light": "small amounts",
  "pro.substance.amount.moderate": "moderate amounts",
  "pro.substance.amount.heavy": "large amounts",
  "pro.substance.lastUse": "last use {days} days ago",
  "pro.notSure": "Answered “not sure”",
  "pro.notAsked": "Not asked (unknown)",
  "pro.ratingNotAsked": "Not asked",
  "pro.inEnglish": "Print the page for the professional in English",
  "family.overdose":
    "An overdose in the past makes another more likely. Keep naloxone (Narcan) close by, show everyone where it is, and never use alone.",
  "family.title": "For family: our options, side by side",
  "family.ratings": "What matters to each of us",
  "family.costs": "What each option may cost",
  "family.cost.line": "{option}: about {amount} in total (care, lost pay, travel and childcare).",
  "family.cost.none": "No cost estimate yet.",
  "family.plan": "Our step plan",
  "family.noPlan": "No dates yet.",
  "family.talk": "Questions to talk about",
  "family.crisis":
    "In a crisis, call or text 988. In an emergency, call 911. SAMHSA’s National Helpline: 1-800-662-4357, free and private, any time.",
  unrated: "–",
  "dimension.withdrawal": "Intoxication and withdrawal",
  "dimension.biomedical": "Physical health",
  "dimension.emotional": "Mental health, emotions and thinking",
  "dimension.readiness": "Readiness to change",
  "dimension.relapse": "Risk of return to use",
  "dimension.environment": "Recovery and living environment",
  "wm.none": "none",
  "wm.ambulatory": "as an outpatient",
  "wm.residential": "in a residential setting",
  "wm.medically-monitored": "medically monitored, with 24-hour nursing",
  "wm.medically-managed": "in a hospital",
  "urgent.tier.emergency": "Emergency",
  "urgent.tier.crisis": "Crisis",
  "urgent.tier.same-day": "Same day",
  "urgent.tier.ask-now": "Ask now",

  "methods.title": "How we made this, and our sources",
  "methods.intro":
    "Stepwise is a decision aid. It follows the International Patient Decision Aid Standards (IPDAS) and the Ottawa Personal Decision Guide. It does not tell you what to choose, and it does not replace a professional.",
  "methods.date": "Content date: {date}. Next full review: {review}.",
  "methods.update.title": "How we keep this up to date",
  "methods.update":
    "We check every source at least once a year, and sooner when a law, price limit or guideline changes (for example, the yearly out-of-pocket limits). Each change is recorded in the project history with its date. Figures keep the year of their data; we do not adjust old prices for inflation.",
  "methods.funding.title": "Funding and conflicts of interest",
  "methods.funding":
    "Stepwise has no funding to declare. It takes no money from treatment programs, insurers or advertisers, and it has no conflicts of interest to declare. It has no ads and no trackers.",
  "methods.uncertainty.title": "How sure the evidence is",
  "methods.uncertainty":
    "Studies of intensive outpatient care were rated high quality; studies of residential care were rated moderate. Studies differ in who took part and how programs ran. Prices come from a few studies and may not match a program near you.",
  "methods.sources.title": "Sources",
  "methods.source.date": "Date: {date}",
  "methods.source.used": "Used for: {use}",
  "use.ipdas": "the standards this aid follows",
  "use.opdg": "the steps, the 0–5 ratings and weighing it together",
  "use.sure": "the SURE test",
  "use.mccarty": "how IOP compares with inpatient care",
  "use.reif": "how strong the evidence for residential care is",
  "use.rychtarik": "who may do better with inpatient care",
  "use.witbrodt": "home environment and outcomes",
  "use.oregon": "medicines for opioid use disorder and overdose risk",
  "use.datcap": "published IOP costs",
  "use.clientDatcap": "costs to the person, like time and travel",
  "use.beetham": "residential prices, upfront payments and warning signs",
  "use.oopLimits": "out-of-pocket limits",
  "use.parity": "parity rules",
  "use.medicaid": "Medicaid coverage of residential care",
  "use.medicare": "Medicare coverage of IOP",
  "use.hedis": "the 7-day no-gap check",
  "use.mckay": "continuing care and check-ins",
  "use.proctor": "how long continuing care should last",
  "use.niaaa": "questions to ask programs",
  "use.samhsa": "signs of quality care",
  "use.wordsMatter": "respectful words",
  "use.seed": "the main points about IOP and inpatient care",
} as const;

export type DecisionAidKey = keyof typeof decisionAidEn;
