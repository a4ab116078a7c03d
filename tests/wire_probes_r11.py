"""A third probe set of wire-news sentences for issue 13, written in round 11: the boundaries
between PLOVER's types (AID / SUPPORT / COOPERATE, ACCUSE / PROTEST / COERCE, CONCEDE /
RETREAT / AGREE, ASSAULT / COERCE, REJECT / no event, THREATEN / asserted) and the modality of
the sentence's main act (future, conditional, negated, hedged, intended, demanded), in the
style of international wire copy of 1990-2020.

(sentence, strict PLOVER type of the sentence's main act or None when nothing is coded,
modality): the type as the GSR scoring reads it (plover.strict_type: intended cooperation is
AGREE, intended force THREATEN, cooperation said not to happen REJECT) and the modality
Tacitus writes ("asserted", "intended", "hypothetical", or "negated"); a hedged report is
"asserted". Written for these tests; no sentence comes from any gold set."""

from __future__ import annotations

# fmt: off
PROBES: list[tuple[str, str | None, str]] = [
    # ------------------------------------------------------------ AID vs SUPPORT vs COOPERATE
    ("The Red Cross provided humanitarian support to refugees fleeing the fighting in Chad.", "AID", "asserted"),
    ("Britain offered humanitarian relief to the victims of the cyclone in Bangladesh.", "AGREE", "asserted"),
    ("Canada sent relief supplies to earthquake survivors in Pakistan on Tuesday.", "AID", "asserted"),
    ("The World Bank approved emergency funding for drought-stricken Ethiopia.", "AID", "asserted"),
    ("Italy gave logistical support to the African Union force in Somalia.", "AID", "asserted"),
    ("Saudi Arabia will provide financial support to the Palestinian Authority, the agency said.", "AGREE", "intended"),
    ("Washington expressed strong support for the Georgian government.", "SUPPORT", "asserted"),
    ("The Arab League voiced its support for the Lebanese army.", "SUPPORT", "asserted"),
    ("Germany backed the French proposal for a naval mission.", "SUPPORT", "asserted"),
    ("Kenya and Uganda agreed to share intelligence on the militants.", "AGREE", "intended"),
    ("Malaysian and Thai police carried out joint patrols along the border.", "COOPERATE", "asserted"),
    ("Mexico extradited the cartel leader to the United States on Friday.", "COOPERATE", "asserted"),
    ("Turkey and Iraq stepped up security cooperation against the Kurdish rebels.", "COOPERATE", "asserted"),
    ("The UN refugee agency flew tents and blankets to flood victims in Mozambique.", "AID", "asserted"),
    ("The European Union pledged 20 million euros in humanitarian aid to Sudan.", "AGREE", "intended"),
    ("Japan provided humanitarian assistance to the typhoon victims in the Philippines.", "AID", "asserted"),
    # ------------------------------------------------------------ ACCUSE vs PROTEST vs COERCE
    ("Human rights groups accused the Egyptian police of torturing detainees.", "ACCUSE", "asserted"),
    ("Beijing lodged a formal protest with Tokyo over the textbooks.", "ACCUSE", "asserted"),
    ("China summoned the US ambassador to protest the arms sale to Taiwan.", "ACCUSE", "asserted"),
    ("Thousands of workers protested in Seoul against the new labour law.", "PROTEST", "asserted"),
    ("Opposition supporters rallied in Nairobi to protest the election results.", "PROTEST", "asserted"),
    ("Riot police arrested dozens of protesters in central Minsk.", "COERCE", "asserted"),
    ("Egyptian police broke up a demonstration by students in Cairo.", "ASSAULT", "asserted"),
    ("The Indonesian government criticised Australia over the asylum policy.", "ACCUSE", "asserted"),
    ("Pakistan condemned the Indian missile test.", "ACCUSE", "asserted"),
    ("The authorities banned all public gatherings in the capital.", "COERCE", "asserted"),
    # ------------------------------------------------------------ CONCEDE vs RETREAT vs AGREE
    ("Japan apologised to South Korea for its colonial rule.", "CONCEDE", "asserted"),
    ("The government lifted the state of emergency in the northern provinces.", "RETREAT", "asserted"),
    ("Syria agreed to withdraw its troops from Lebanon, the UN envoy said.", "AGREE", "intended"),
    ("Syria withdrew its troops from Lebanon in April.", "RETREAT", "asserted"),
    ("Iraq accepted the UN demand for unconditional inspections.", "CONCEDE", "asserted"),
    ("The rebels released the 12 hostages on Sunday.", "RETREAT", "asserted"),
    ("Moscow signed an agreement with Kiev on the Black Sea fleet.", "AGREE", "asserted"),
    ("The Serbian president admitted that his forces had committed abuses in Kosovo.", "CONCEDE", "asserted"),
    ("The military junta eased the curfew in the capital.", "RETREAT", "asserted"),
    ("The prime minister resigned after the corruption scandal.", "RETREAT", "asserted"),
    # ------------------------------------------------------------ ASSAULT vs COERCE
    ("Soldiers opened fire on demonstrators in the capital, killing three people.", "ASSAULT", "asserted"),
    ("Police fired tear gas to disperse the crowd outside parliament.", "ASSAULT", "asserted"),
    ("Israeli troops arrested 15 Palestinians in raids on the West Bank.", "COERCE", "asserted"),
    ("Gunmen kidnapped a French engineer in the Niger Delta.", "ASSAULT", "asserted"),
    ("Militants beheaded a Japanese hostage in Iraq.", "ASSAULT", "asserted"),
    ("The Iranian navy seized a British tanker in the Gulf.", "COERCE", "asserted"),
    ("Rebels shelled the government-held town of Jaffna overnight.", "ASSAULT", "asserted"),
    ("The army demolished the houses of the suspected militants.", "ASSAULT", "asserted"),
    ("Security forces detained the opposition leader at his home.", "COERCE", "asserted"),
    # ------------------------------------------------------------ REJECT vs no event
    ("Iran rejected the European proposal on uranium enrichment.", "REJECT", "asserted"),
    ("North Korea refused to allow the inspectors into the reactor.", "REJECT", "asserted"),
    ("Israel dismissed the UN report as biased.", "REJECT", "asserted"),
    ("Firefighters battled the blaze in the capital for three days.", None, "asserted"),
    ("The committee rejected the budget amendment by 12 votes to 9.", None, "asserted"),
    ("The president declared a state of mourning after the ferry disaster.", None, "asserted"),
    ("Russia vetoed the Security Council resolution on Syria.", "REJECT", "asserted"),
    ("Peru declared a state of emergency in three regions after the mudslides.", None, "asserted"),
    # ------------------------------------------------------------ THREATEN vs asserted
    ("North Korea threatened to turn Seoul into a sea of fire.", "THREATEN", "asserted"),
    ("The United States warned Syria of serious consequences if it used chemical weapons.", "THREATEN", "asserted"),
    ("Iraq warned that it would shoot down any aircraft violating its airspace.", "THREATEN", "asserted"),
    ("Turkey threatened Greece with war over the islands.", "THREATEN", "asserted"),
    ("Israeli jets struck Hamas targets in Gaza after the rocket attacks.", "ASSAULT", "asserted"),
    ("The rebels vowed to avenge the killing of their commander.", "THREATEN", "intended"),
    # ------------------------------------------------------------ intended: nouns of effort with a purpose infinitive
    ("The United States led a campaign to isolate Iran diplomatically.", "THREATEN", "intended"),
    ("The African Union launched an effort to broker a ceasefire in Darfur.", "AGREE", "intended"),
    ("The coalition stepped up its campaign to inflict a decisive defeat on the militants.", "THREATEN", "intended"),
    ("Iraqi forces pressed on with their push to recapture the city from the militants.", "THREATEN", "intended"),
    ("France pressed its bid to secure the release of the hostages.", "AGREE", "intended"),
    ("The army began a push to drive the rebels out of the valley.", "THREATEN", "intended"),
    ("The coalition continued its campaign to deal the militants a decisive defeat.", "THREATEN", "intended"),
    # ------------------------------------------------------------ no interaction: domestic pledges and abstract foes
    ("The new president vowed to fight corruption.", None, "asserted"),
    ("The prime minister promised to fight poverty and unemployment.", None, "asserted"),
    ("The government pledged to combat inflation in the coming year.", None, "asserted"),
    ("The minister vowed to tackle crime in the capital.", None, "asserted"),
    ("Police fought the protesters for hours in the city centre.", "ASSAULT", "asserted"),
    # ------------------------------------------------------------ natural disasters: emergency measures are no coercion
    ("The government declared a state of emergency in the provinces hit by the floods.", None, "asserted"),
    ("Chile declared a state of emergency after the earthquake.", None, "asserted"),
    ("Authorities imposed a state of emergency as wildfires spread across the region.", None, "asserted"),
    ("The government declared a state of emergency after the riots in the capital.", "COERCE", "asserted"),
    ("Thailand imposed martial law in the south after a wave of bombings.", "COERCE", "asserted"),
    # ------------------------------------------------------------ future and conditional
    ("The Japanese prime minister will visit Beijing next month.", "AGREE", "intended"),
    ("Egypt will send 500 tonnes of food aid to Gaza, the minister said.", "AGREE", "intended"),
    ("Russia could impose sanctions on Georgia if the dispute continues.", "SANCTION", "hypothetical"),
    ("If Iran tests a nuclear weapon, Israel might strike its reactors.", "ASSAULT", "hypothetical"),
    ("The two leaders are expected to sign the trade agreement on Friday.", "AGREE", "hypothetical"),
    ("India is due to hold talks with Pakistan next week.", "AGREE", "intended"),
    # ------------------------------------------------------------ negated
    ("The Syrian president did not attend the Arab summit in Cairo.", "REJECT", "negated"),
    ("Israel has not released the Palestinian prisoners, officials said.", "REJECT", "negated"),
    ("Beijing never condemned the attack on the embassy.", "ACCUSE", "negated"),
    ("China refused to meet the Dalai Lama.", "REJECT", "asserted"),
    # ------------------------------------------------------------ hedged reports
    ("Israel reportedly bombed a convoy in Sudan, according to Western diplomats.", "ASSAULT", "asserted"),
    ("Syrian forces allegedly killed dozens of civilians in Homs.", "ASSAULT", "asserted"),
    ("Iranian agents are believed to have kidnapped the dissident in Turkey.", "ASSAULT", "asserted"),
    # ------------------------------------------------------------ intended
    ("Venezuela plans to expel the American diplomats, a senior official said.", "THREATEN", "intended"),
    ("Kenya offered to mediate between the Sudanese factions.", "AGREE", "intended"),
    ("Australia promised to send police officers to the Solomon Islands.", "AGREE", "asserted"),
    ("Iran pledged to cooperate with the International Atomic Energy Agency.", "AGREE", "intended"),
    ("India intends to deploy more troops to Kashmir.", "THREATEN", "intended"),
    # ------------------------------------------------------------ demanded
    ("The Security Council demanded that Ethiopia withdraw its troops from Somalia.", "REQUEST", "asserted"),
    ("The opposition called on the president to resign.", "REQUEST", "asserted"),
    ("Washington urged Pakistan to release the American detained in Lahore.", "REQUEST", "asserted"),
    ("Lebanon appealed for international aid after the war.", "REQUEST", "asserted"),
    # ------------------------------------------------------------ the remaining types, plain
    ("The Indian foreign minister met his Chinese counterpart in New Delhi.", "CONSULT", "asserted"),
    ("The Egyptian president flew to Riyadh for talks with King Fahd.", "CONSULT", "asserted"),
    ("Rwanda and Uganda signed a peace agreement in Luanda.", "AGREE", "asserted"),
    ("The United States congratulated the new Nigerian president on his victory.", "SUPPORT", "asserted"),
    ("Iraq massed troops on the Kuwaiti border.", "MOBILIZE", "asserted"),
    ("Pakistan put its air force on high alert after the attack.", "MOBILIZE", "asserted"),
    ("The European Union imposed an arms embargo on Myanmar.", "SANCTION", "asserted"),
    ("Britain expelled four Russian diplomats over the spying affair.", "SANCTION", "asserted"),
    ("A court in Cairo sentenced the journalist to three years in prison.", "SANCTION", "asserted"),
    ("Tunisian lawyers went on strike to protest the arrest of a colleague.", "PROTEST", "asserted"),
    ("Palestinians hurled stones at Israeli soldiers in Hebron.", "PROTEST", "asserted"),
    ("Iran accused the United States of interfering in its internal affairs.", "ACCUSE", "asserted"),
    ("Belarus expelled the Polish ambassador, the foreign ministry said.", "SANCTION", "asserted"),
    ("The UN Security Council asked Iraq to account for its missing weapons.", "REQUEST", "asserted"),
    ("Hamas rejected the Egyptian proposal for a truce.", "REJECT", "asserted"),
    ("Myanmar freed 200 political prisoners on Friday.", "RETREAT", "asserted"),
    ("China suspended military contacts with the United States.", "SANCTION", "asserted"),
    ("Ethiopian troops captured the rebel stronghold after three days of fighting.", "COERCE", "asserted"),
    # ------------------------------------------------------------ words read as particles or compounds
    ("Italy gave logistical support to the African Union force in Somalia.", "AID", "asserted"),
    ("Turkey and Iraq agreed to step up security cooperation against the Kurdish rebels.", "AGREE", "intended"),
    ("The Thai government gave in to the protesters' demands on Sunday.", "CONCEDE", "asserted"),
    ("Japan extended relief support to the quake victims in Nepal.", "AID", "asserted"),
    ("The ministry sent health workers to fight the cholera outbreak in the north.", None, "asserted"),
]
# fmt: on
