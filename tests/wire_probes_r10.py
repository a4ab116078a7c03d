"""A second probe set of wire-news sentences for issue 13, written in round 10 in the style of
international wire copy of 1990-2020: headlines with no finite verb, fronted datelines and
trailing attributions ("..., state media reported", "according to officials"), nominal heads
("the signing of", "X's visit to"), light and phrasal verbs, "under pressure from" phrases,
across PLOVER's 16 types. (sentence, PLOVER type, source country, target country); a side
that is None is not checked. Written for these tests; no sentence comes from any gold set."""

from __future__ import annotations

# fmt: off
PROBES: list[tuple[str, str, str | None, str | None]] = [
    # ------------------------------------------------------------ AGREE
    ("BEIRUT, March 3 (Reuters) - Lebanon and Syria signed a border demarcation agreement on Tuesday, officials said.", "AGREE", "LBN", "SYR"),
    ("The signing of the peace accord between Angola and the UNITA rebels was delayed.", "AGREE", "AGO", None),
    ("Bolivia and Chile agreed to restore diplomatic ties after three decades, the foreign ministry said.", "AGREE", "BOL", "CHL"),
    ("Under pressure from Washington, Pakistan agreed to hand over the militant leader.", "AGREE", "PAK", None),
    ("Peru and Ecuador sign border peace treaty", "AGREE", "PER", "ECU"),
    ("Khartoum accepted the African Union's proposal for a ceasefire in Darfur, state media reported.", "AGREE", "SDN", None),
    ("Hamas and Fatah struck a unity deal in Cairo on Wednesday, according to Egyptian officials.", "AGREE", "PSE", None),
    ("Moscow and Kiev agreed on a new gas price after weeks of talks.", "AGREE", "RUS", "UKR"),
    # ------------------------------------------------------------ CONSULT
    ("The Chinese foreign minister's visit to Tokyo was the first in three years.", "CONSULT", "CHN", "JPN"),
    ("Sri Lanka hosted talks between the government and Tamil rebels in Colombo.", "CONSULT", "LKA", None),
    ("Switzerland will host a new round of talks on Cyprus next month, diplomats said.", "CONSULT", "CHE", None),
    ("The Sudanese president flew to Cairo for talks with Egyptian leaders.", "CONSULT", "SDN", "EGY"),
    ("Iranian and Saudi officials held secret talks in Baghdad, according to Iraqi officials.", "CONSULT", "IRN", "SAU"),
    ("Blair in talks with Irish premier on Ulster", "CONSULT", "GBR", "IRL"),
    ("ISLAMABAD, June 4 (AFP) - The Afghan president arrived in Islamabad on Sunday for talks with Pakistani leaders.", "CONSULT", "AFG", "PAK"),
    ("The Kenyan president telephoned his Tanzanian counterpart to discuss the border dispute.", "CONSULT", "KEN", "TZA"),
    ("Israeli and Palestinian negotiators met in Jerusalem on Monday, Israeli radio reported.", "CONSULT", "ISR", "PSE"),
    ("Qatar hosted a conference on Darfur peace.", "CONSULT", "QAT", None),
    ("The Japanese prime minister began a four-day visit to China on Sunday.", "CONSULT", "JPN", "CHN"),
    # ------------------------------------------------------------ SUPPORT
    ("The European Union welcomed the release of the Burmese opposition leader, a spokesman said.", "SUPPORT", "IGO", None),
    ("Washington praised Jordan's role in the fight against terrorism.", "SUPPORT", "USA", "JOR"),
    ("Russia threw its weight behind the Serbian position on Kosovo.", "SUPPORT", "RUS", "SRB"),
    ("India reaffirmed its support for the Afghan government.", "SUPPORT", "IND", "AFG"),
    ("The Arab League expressed support for Lebanon's sovereignty, the league's chief said.", "SUPPORT", "IGO", "LBN"),
    ("The United States congratulated Ghana on its peaceful election.", "SUPPORT", "USA", "GHA"),
    # ------------------------------------------------------------ CONCEDE
    ("Under pressure from Western donors, Kenya agreed to hold an inquiry into the killings.", "AGREE", "KEN", None),
    ("Japan apologized to China for the wartime atrocities, Kyodo news agency reported.", "CONCEDE", "JPN", "CHN"),
    ("The Burmese junta freed the opposition leader from house arrest.", "RETREAT", "MMR", None),
    ("Iraq bowed to international pressure and allowed the inspectors back in.", "CONCEDE", "IRQ", None),
    ("Iran backed down on its demand for a halt to the inspections.", "CONCEDE", "IRN", None),
    # ------------------------------------------------------------ COOPERATE
    ("Interpol and Thai police cooperated in the arrest of the fugitive.", "COOPERATE", "THA", None),
    ("Colombia extradited the drug trafficker to the United States on Friday, the prosecutor's office said.", "COOPERATE", "COL", "USA"),
    ("Egyptian and Sudanese forces conducted joint patrols along the border.", "COOPERATE", "EGY", "SDN"),
    ("Turkey and Azerbaijan signed a military cooperation agreement.", "AGREE", "TUR", "AZE"),
    ("Britain and France resumed intelligence sharing on the militants.", "COOPERATE", "GBR", "FRA"),
    # ------------------------------------------------------------ AID
    ("The World Food Programme delivered food aid to flood victims in Bangladesh.", "AID", "IGO", "BGD"),
    ("Japan pledged 500 million dollars in reconstruction aid for Afghanistan.", "AID", "JPN", "AFG"),
    ("TOKYO (AP) - Japan will send emergency relief supplies to quake-hit Turkey, the foreign ministry said.", "AID", "JPN", "TUR"),
    ("Norway granted asylum to the Iranian dissident.", "AID", "NOR", None),
    ("Saudi Arabia airlifted medical supplies to Yemen.", "AID", "SAU", "YEM"),
    ("US to send military advisers to Iraq", "AID", "USA", "IRQ"),
    ("The International Monetary Fund approved a loan of 2 billion dollars for Egypt.", "AID", "IGO", "EGY"),
    # ------------------------------------------------------------ RETREAT
    ("The last Soviet troops left Afghanistan on February 15, 1989.", "RETREAT", "RUS", "AFG"),
    ("Israel completed its withdrawal from Gaza on Monday, the army said.", "RETREAT", "ISR", None),
    ("The Nigerian army lifted the curfew in the city of Jos.", "RETREAT", "NGA", None),
    ("Ethiopia pulled its troops out of Somalia.", "RETREAT", "ETH", "SOM"),
    ("The Liberian rebels handed over their weapons to the peacekeepers.", "RETREAT", None, None),
    ("The Kenyan president called off the military offensive against the rebels.", "RETREAT", "KEN", None),
    ("Syria released 50 Lebanese prisoners, Lebanese security sources said.", "RETREAT", "SYR", "LBN"),
    # ------------------------------------------------------------ REQUEST
    ("The United Nations Security Council called on Ethiopia and Eritrea to end the fighting.", "REQUEST", "IGO", "ETH"),
    ("Pakistan urged India to resume the peace process, a foreign ministry spokesman said.", "REQUEST", "PAK", "IND"),
    ("Bosnia appealed to NATO for air strikes against the Serbs.", "REQUEST", "BIH", "IGO"),
    ("Kuwait asked Iraq to return its missing prisoners of war.", "REQUEST", "KWT", "IRQ"),
    ("The opposition demanded the resignation of the Thai prime minister.", "REQUEST", None, "THA"),
    # ------------------------------------------------------------ ACCUSE
    ("Ethiopia accused Eritrea of shelling its border towns, state radio reported.", "ACCUSE", "ETH", "ERI"),
    ("India blamed Pakistan-based militants for the Mumbai attacks.", "ACCUSE", "IND", None),
    ("Beijing condemned the visit of the Dalai Lama to Washington.", "ACCUSE", "CHN", None),
    ("Amnesty International criticised Turkey for its treatment of Kurdish prisoners.", "ACCUSE", "NGO", "TUR"),
    ("Russia lodged a protest with Norway over the spy case.", "ACCUSE", "RUS", "NOR"),
    ("Zimbabwe sued Britain in the International Court over the land dispute.", "ACCUSE", "ZWE", "GBR"),
    ("Chinese condemnation of the Japanese visit to the shrine was swift.", "ACCUSE", "CHN", None),
    # ------------------------------------------------------------ REJECT
    ("North Korea rejected the South Korean proposal for talks.", "REJECT", "PRK", "KOR"),
    ("Iran turned down the European offer on its nuclear programme, the state news agency said.", "REJECT", "IRN", None),
    ("Israel refused to allow the United Nations inspectors into the camp.", "REJECT", "ISR", None),
    ("Serbia vetoed the proposal", "REJECT", "SRB", None),
    ("Syria dismissed the Israeli peace offer as a public relations stunt.", "REJECT", "SYR", "ISR"),
    # ------------------------------------------------------------ THREATEN
    ("Iran threatened to close the Strait of Hormuz if sanctions were imposed.", "THREATEN", "IRN", None),
    ("North Korea warned the United States of a nuclear strike, the official KCNA news agency said.", "THREATEN", "PRK", "USA"),
    ("China threatens retaliation over US arms sales to Taiwan", "THREATEN", "CHN", "USA"),
    ("Turkey issued an ultimatum to Syria over the Kurdish rebel leader.", "THREATEN", "TUR", "SYR"),
    ("Russia threatened to cut off gas supplies to Ukraine.", "THREATEN", "RUS", "UKR"),
    # ------------------------------------------------------------ PROTEST
    ("Thousands of Palestinians took to the streets of Ramallah to protest against the blockade.", "PROTEST", "PSE", None),
    ("Hundreds of students staged a sit-in outside the Indonesian parliament.", "PROTEST", "IDN", None),
    ("Tens of thousands of protesters marched through Belgrade demanding the president's resignation.", "PROTEST", None, None),
    ("Kurdish prisoners in Turkey went on hunger strike.", "PROTEST", None, None),
    ("KARACHI, Pakistan (AP) - Shopkeepers observed a general strike in Karachi on Saturday, police said.", "PROTEST", "PAK", None),
    ("South Korean students hurled firebombs at riot police during an anti-government protest.", "PROTEST", "KOR", None),
    # ------------------------------------------------------------ MOBILIZE
    ("India put its troops on high alert along the border with Pakistan.", "MOBILIZE", "IND", None),
    ("Turkey massed troops on the Syrian border.", "MOBILIZE", "TUR", None),
    ("The Venezuelan army stepped up patrols along the Colombian border.", "MOBILIZE", "VEN", None),
    ("China held large-scale military exercises near Taiwan, state media reported.", "MOBILIZE", "CHN", None),
    # ------------------------------------------------------------ SANCTION
    ("The European Union imposed sanctions on Belarus after the election.", "SANCTION", "IGO", "BLR"),
    ("The United States froze the assets of three Iranian banks.", "SANCTION", "USA", None),
    ("Morocco recalled its ambassador from Algeria.", "SANCTION", "MAR", "DZA"),
    ("Argentina broke off diplomatic relations with Britain.", "SANCTION", "ARG", "GBR"),
    ("Gulf states cut ties with Qatar", "SANCTION", None, "QAT"),
    ("Bahrain expelled the Iranian charge d'affaires, the official news agency said.", "SANCTION", "BHR", "IRN"),
    # ------------------------------------------------------------ COERCE
    ("Chinese police detained dozens of Tibetan monks in Lhasa, according to rights groups.", "COERCE", "CHN", None),
    ("The Egyptian authorities imposed a curfew on the town after the riots.", "COERCE", "EGY", None),
    ("Israel sealed off the West Bank and Gaza after the bombing.", "COERCE", "ISR", None),
    ("Iranian authorities banned the reformist newspaper.", "COERCE", "IRN", None),
    ("The Turkish government deported hundreds of Syrian refugees.", "COERCE", "TUR", "SYR"),
    ("Myanmar's junta placed the opposition leader under house arrest again.", "COERCE", "MMR", None),
    # ------------------------------------------------------------ ASSAULT
    ("Israeli warplanes bombed targets in southern Lebanon, Lebanese security sources said.", "ASSAULT", "ISR", "LBN"),
    ("A suicide bomber killed 20 Iraqi policemen in Baghdad on Tuesday, police said.", "ASSAULT", None, "IRQ"),
    ("Gunmen abducted two German aid workers in Yemen.", "ASSAULT", None, "DEU"),
    ("Russian troops shelled Chechen positions near Grozny.", "ASSAULT", "RUS", None),
    ("US drone strike kills militants in Pakistan", "ASSAULT", "USA", None),
    ("Rebels ambushed an army convoy in eastern Congo, killing twelve soldiers.", "ASSAULT", None, None),
    ("Turkish jets carried out air strikes against Kurdish rebels in northern Iraq.", "ASSAULT", "TUR", None),
    # ------------------------------------------------------------ ASSAULT (fighting)
    ("Fighting between Armenian and Azerbaijani forces broke out in Nagorno-Karabakh.", "ASSAULT", "ARM", "AZE"),
    ("Indian and Pakistani troops exchanged fire across the Line of Control.", "ASSAULT", "IND", "PAK"),
    ("Government troops clashed with Tamil rebels in the north, the military said.", "ASSAULT", None, None),
]

# the same words in a sense that is no political act: none of these may be coded
NEGATIVE: list[str] = [
    "The minister hosted a dinner for the visiting journalists.",
    "The ferry left Dover at noon.",
    "Shoppers took to the streets for the Christmas sales.",
    "The festival was called off because of the rain.",
    "The company gave the green light to a new factory.",
    "Prices of food rose sharply in the capital last month.",
    "The football team signed a new striker on Tuesday.",
    "Heavy snow closed the airport on Monday, officials said.",
    "The central bank held interest rates steady.",
]
# fmt: on
