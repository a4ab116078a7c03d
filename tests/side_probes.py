"""A probe set for the "Both sides (arguments)" classes of issue 13, written in round 11 in the
style of real news (datelines, attributions, relative clauses, titles with names, varied tense
and voice): for each construction class, sentences with the events they must give, events they
must not give, and near misses that must give no event with a side of the class.

SIDES[class] = [(sentence, expected, forbidden)]: every (types, source, target) in expected must
be coded (types "A|B" means either; a side that is None is not checked; a reciprocal event
counts both ways); none in forbidden may be. NEAR_MISSES[class] = [(sentence, forbidden)]:
forbidden None means the sentence gives no event at all. Written for these tests; no sentence
comes from any gold set."""

from __future__ import annotations

Side = tuple[str, str | None, str | None]

# fmt: off
SIDES: dict[str, list[tuple[str, list[Side], list[Side]]]] = {
    # a noun event's target in its prepositional phrase ("attacks on", "investigation against")
    "noun_pp_target": [
        ("The Chinese military launched a wave of cyber-attacks on Taiwanese government agencies last year, a security firm said on Tuesday.", [("ASSAULT", "CHN", "TWN")], []),
        ("Prosecutors in Seoul have opened a criminal investigation against three North Korean diplomats accused of smuggling, the justice ministry said.", [("ACCUSE", "KOR", "PRK")], []),
        ("The European Union on Monday lifted the sanctions it had imposed on Belarus in 2006, citing the release of political prisoners.", [("RETREAT", "IGO", "BLR")], []),
        ("Pakistani jets carried out a series of air strikes on Afghan border posts overnight, officials in Kabul said.", [("ASSAULT", "PAK", "AFG")], []),
        ("Ethiopia began a large military offensive against Eritrea on Saturday, the Eritrean information minister said.", [("ASSAULT", "ETH", "ERI")], []),
        ("Saudi Arabia imposed a travel ban on Qatari citizens in June, deepening the rift between the Gulf neighbours.", [("SANCTION|COERCE", "SAU", "QAT")], []),
        ("Kenyan police launched a crackdown on Somali refugees in Nairobi last week, rights groups said.", [("COERCE", "KEN", "SOM")], []),
        ("Washington eased the restrictions it had placed on Cuban airlines, the Transportation Department announced.", [("RETREAT|CONCEDE", "USA", "CUB")], []),
        ("Moscow has staged repeated naval drills near Japanese waters and conducted mock attacks on Japanese destroyers, Tokyo said.", [("ASSAULT|THREATEN|MOBILIZE", "RUS", "JPN")], []),
    ],
    # a noun event's source through a light or announcing verb
    "light_verb_source": [
        ("Egypt's defence ministry unveiled plans on Sunday to deepen military cooperation with Saudi Arabia, a spokesman said.", [("COOPERATE|AGREE", "EGY", "SAU")], []),
        ("The Australian government announced travel bans and asset freezes against twelve senior Myanmar generals on Thursday.", [("SANCTION", "AUS", "MMR")], []),
        ("Jordan issued a statement on Friday condemning Israel's bombardment of the Gaza Strip.", [("ACCUSE", "JOR", "ISR")], []),
        ("Venezuela's foreign ministry issued a communique demanding that Colombia withdraw its troops from the border.", [("REQUEST", "VEN", "COL")], []),
        ("Beijing launched a fresh campaign of criticism against Japanese Prime Minister Shinzo Abe on Monday, state media reported.", [("ACCUSE", "CHN", "JPN")], []),
        ("The Russian president signed a decree on Saturday imposing economic sanctions on Turkey after the downing of the jet.", [("SANCTION", "RUS", "TUR")], []),
        ("Ukraine's parliament adopted a resolution calling on Russia to withdraw its forces from Crimea.", [("REQUEST", "UKR", "RUS")], []),
        ("German Chancellor Angela Merkel announced a new aid package for Greece on Tuesday, officials in Athens said.", [("AID", "DEU", "GRC")], []),
        ("The Nigerian army announced the start of a major offensive against Boko Haram fighters in the northeast.", [("ASSAULT", "NGA", None)], []),
    ],
    # the subject of a demanded clause is the party asked; "wants X to attack Y" asks X
    "demanded_clause": [
        ("The Ukrainian president demanded on Monday that Russian President Vladimir Putin withdraw his troops from the border.", [("REQUEST", "UKR", "RUS")], [("RETREAT", "RUS", None)]),
        ("Washington wants Pakistan to crack down harder on the Haqqani network, a senior US official told reporters.", [("REQUEST", "USA", "PAK")], [("COERCE", "PAK", None)]),
        ("Iran wants Hezbollah to attack Israel, an Israeli intelligence official claimed on Tuesday.", [("REQUEST", "IRN", "LBN")], [("ASSAULT", "LBN", "ISR"), ("ASSAULT", "IRN", "ISR")]),
        ("Senior European Union diplomats insisted that Serbia arrest the fugitive general before talks can resume.", [("REQUEST", "IGO", "SRB")], [("COERCE", "SRB", None)]),
        ("The Chinese foreign ministry has asked that Japan stop its patrols near the disputed islands.", [("REQUEST", "CHN", "JPN")], []),
        ("The Saudi king demanded that the Yemeni rebels lay down their arms and return to talks.", [("REQUEST", "SAU", "YEM")], [("RETREAT", "YEM", None)]),
        ("French President Emmanuel Macron urged that Lebanon's leaders form a new government without delay.", [("REQUEST", "FRA", "LBN")], []),
        ("The United States called for Syrian President Bashar al-Assad to step down, the White House said in a statement.", [("REQUEST", "USA", "SYR")], [("RETREAT", "SYR", None)]),
        ("Britain wants Iran to free the detained aid worker before any talks, the foreign secretary said on Sunday.", [("REQUEST", "GBR", "IRN")], [("RETREAT", "IRN", None)]),
    ],
    # coordinated and multi-party sides, reciprocal acts, every pair of those who meet
    "coordinated": [
        ("GENEVA (AP) - The foreign ministers of Iran, Turkey and Russia met in Geneva on Tuesday to discuss a political settlement in Syria.", [("CONSULT", "IRN", "TUR"), ("CONSULT", "IRN", "RUS"), ("CONSULT", "TUR", "RUS")], [("CONSULT", None, "SYR")]),
        # an act agreed to is coded as that act, intended (the design of "agreed to"), by each
        ("Sudan and South Sudan agreed on Sunday to withdraw their troops from the disputed border area, mediators said.", [("AGREE|RETREAT", "SDN", None), ("AGREE|RETREAT", "SSD", None)], []),
        ("Leaders of Germany, France and Italy held talks in Rome on Friday on the migration crisis.", [("CONSULT", "DEU", "FRA"), ("CONSULT", "DEU", "ITA"), ("CONSULT", "FRA", "ITA")], []),
        ("Armenia and Azerbaijan have accused each other of violating the truce in Nagorno-Karabakh.", [("ACCUSE", "ARM", "AZE"), ("ACCUSE", "AZE", "ARM")], []),
        ("India and Japan signed an agreement on Monday to cooperate on defence technology, the Indian foreign ministry said.", [("AGREE", "IND", "JPN")], []),
        ("Israeli, Egyptian and Jordanian officials met in Aqaba on Sunday for security talks.", [("CONSULT", "ISR", "EGY"), ("CONSULT", "ISR", "JOR"), ("CONSULT", "EGY", "JOR")], []),
        ("Ethiopia, Egypt and Sudan resumed negotiations over the Nile dam in Khartoum on Saturday.", [("CONSULT", "ETH", "EGY"), ("CONSULT", "ETH", "SDN"), ("CONSULT", "EGY", "SDN")], []),
        ("Colombian President Juan Manuel Santos and his Venezuelan counterpart Nicolas Maduro agreed to reopen the border.", [("AGREE|RETREAT", "COL", None), ("AGREE|RETREAT", "VEN", None)], []),
        ("The United States, Britain and France carried out air strikes on Syrian government targets early on Saturday.", [("ASSAULT", "USA", "SYR"), ("ASSAULT", "GBR", "SYR"), ("ASSAULT", "FRA", "SYR")], []),
    ],
    # an adjective pair ("US-Iraqi talks") or "between X and Y" names both sides
    "adjective_pairs": [
        ("KABUL (Reuters) - US-Afghan talks on a security pact broke down on Thursday after a dispute over immunity for troops.", [("CONSULT", "USA", "AFG")], []),
        ("The American-Israeli military cooperation that began in the 1980s has deepened under the current administration.", [("COOPERATE", "USA", "ISR")], []),
        ("Cooperation between Jordan and Israel on water resources has deepened since the 1994 treaty, officials said.", [("COOPERATE", "JOR", "ISR")], []),
        ("Clashes between Indian and Chinese troops in the Galwan valley left 20 soldiers dead in June.", [("ASSAULT", "IND", "CHN")], []),
        ("A new round of Israeli-Palestinian negotiations opened in Washington on Monday.", [("CONSULT", "ISR", "PSE")], []),
        ("Negotiations between Tehran and the International Atomic Energy Agency stalled last week, diplomats in Vienna said.", [("CONSULT", "IRN", "IGO")], []),
        ("Ethiopian-Eritrean border talks ended without agreement on Friday, according to the African Union.", [("CONSULT", "ETH", "ERI")], []),
        ("The Russian-Turkish agreement on a buffer zone in Idlib was signed in Sochi in September.", [("AGREE", "RUS", "TUR")], []),
        ("Fighting between Armenian and Azerbaijani forces erupted again on Sunday along the line of contact.", [("ASSAULT", "ARM", "AZE")], []),
    ],
    # converse verbs: "received weapons from", "got aid from" (the giver is the source)
    "converse": [
        ("Jordan has received more than $1 billion in aid from the United States since 2015, according to the embassy.", [("AID", "USA", "JOR")], []),
        ("The Palestinian Authority got financial assistance from Saudi Arabia last month, a Palestinian official said.", [("AID", "SAU", "PSE")], []),
        ("Haiti received emergency food aid from Venezuela after the hurricane, the Haitian government said.", [("AID", "VEN", "HTI")], []),
        ("Syrian opposition groups have been receiving military training from Turkish officers for months.", [("AID", "TUR", "SYR")], []),
        ("Mali received military support from France and Chad during the 2013 campaign.", [("AID", "FRA", "MLI"), ("AID", "TCD", "MLI")], []),
        ("Ukraine obtained a loan of $17 billion from the International Monetary Fund in April.", [("AID", "IGO", "UKR")], []),
        ("The Lebanese army received a shipment of weapons from Britain on Wednesday.", [("AID", "GBR", "LBN")], []),
        ("The German government drew sharp criticism from Poland over the pipeline project.", [("ACCUSE", "POL", "DEU")], []),
        ("Somalia will receive humanitarian assistance from Turkey, the Turkish ambassador in Mogadishu announced.", [("AID", "TUR", "SOM")], []),
    ],
    # control through adjectives and nouns ("committed to working with", "decision to impose")
    "control": [
        ("The United States remains committed to working with Iraq on security, the State Department spokesman said on Tuesday.", [("COOPERATE|AGREE", "USA", "IRQ")], []),
        ("Pakistan is ready to hold talks with India on all outstanding issues, the foreign minister said.", [("CONSULT|AGREE", "PAK", "IND")], []),
        ("Russia is prepared to supply Egypt with fighter jets, a Kremlin spokesman said.", [("AID|AGREE", "RUS", "EGY")], []),
        ("Japan's decision to impose export controls on South Korea angered Seoul.", [("SANCTION|COERCE", "JPN", "KOR")], []),
        ("Indonesia's refusal to extradite the suspects to Australia strained relations between the neighbours.", [("REJECT", "IDN", "AUS")], []),
        ("Egypt is willing to cooperate with Israel on gas exports, its energy minister said on Monday.", [("AGREE|COOPERATE", "EGY", "ISR")], []),
        ("Washington's plan to sell fighter jets to Taiwan drew an angry response from Beijing.", [("AID|AGREE|COOPERATE", "USA", "TWN")], []),
        ("Turkey is determined to keep up its pressure on Syria, the Turkish foreign minister said.", [("COERCE|THREATEN|ACCUSE|REQUEST", "TUR", "SYR")], []),
        ("China's willingness to negotiate with the Philippines over the reef was noted in Manila.", [("AGREE|CONSULT", "CHN", "PHL")], []),
    ],
    # passives whose subject holds the people attacked ("a camp for refugees was attacked")
    "passive_holder": [
        ("A camp housing Syrian refugees was shelled by Turkish artillery on Tuesday, local officials said.", [("ASSAULT", "TUR", "SYR")], []),
        ("A bus full of Israeli tourists was attacked by gunmen in the Sinai peninsula, Egyptian police said.", [("ASSAULT", None, "ISR")], []),
        ("A hospital treating wounded Yemeni civilians was bombed by Saudi aircraft overnight.", [("ASSAULT", "SAU", "YEM")], []),
        ("A boat carrying Filipino fishermen was rammed by a Chinese coast guard vessel on Sunday.", [("ASSAULT|COERCE", "CHN", "PHL")], []),
        ("A school for Palestinian children was hit by Israeli shells in Gaza, the United Nations said.", [("ASSAULT", "ISR", "PSE")], []),
        ("A village inhabited by ethnic Armenian farmers was shelled by Azerbaijani forces.", [("ASSAULT", "AZE", "ARM")], []),
        ("A boat carrying Eritrean migrants was fired on by the Libyan coast guard, survivors said.", [("ASSAULT", "LBY", "ERI")], []),
        ("A convoy of Pakistani pilgrims was ambushed by Afghan militants near the border.", [("ASSAULT", "AFG", "PAK")], []),
        ("A camp for Congolese refugees in Burundi was attacked by Rwandan militiamen, the UN refugee agency said.", [("ASSAULT", "RWA", "COD")], []),
    ],
}

NEAR_MISSES: dict[str, list[tuple[str, list[Side] | None]]] = {
    "noun_pp_target": [
        ("Scientists launched a new study on Chinese river dolphins last year.", None),
        ("The airline imposed a surcharge on Japanese passengers flying to Europe.", None),
        ("Critics launched attacks on the new tax law in parliament.", [("ASSAULT", None, None)]),
    ],
    "light_verb_source": [
        ("The museum announced plans for a new exhibition of Iranian carpets.", None),
        ("The weather service issued a warning about the storm on Friday.", None),
        ("The health ministry launched a campaign against smoking in schools.", None),
    ],
    "demanded_clause": [
        ("Analysts want the central bank to cut interest rates in March.", None),
        ("Fans demanded that the coach resign after the defeat.", None),
        ("Investors want Iran to attract more foreign capital.", [("ASSAULT", None, None)]),
    ],
    "coordinated": [
        ("Iran and Turkey met in Ankara to discuss Russia's role in Syria.", [("CONSULT", None, "RUS"), ("CONSULT", None, "SYR")]),
        ("Stock markets in Tokyo, Seoul and Hong Kong met heavy selling on Monday.", None),
        ("The Iranian foreign minister met his Turkish counterpart to discuss the Russian proposal.", [("CONSULT", None, "RUS")]),
    ],
    "adjective_pairs": [
        ("Between 2010 and 2015, Egyptian exports rose by a third.", None),
        ("US-made weapons were found in the abandoned camp.", None),
        ("Chinese-built ships carried the cargo between Shanghai and Rotterdam.", None),
        ("The Anglo-French bank reported higher profits on Tuesday.", None),
    ],
    "converse": [
        ("The president received a call from his daughter on Sunday.", None),
        ("The prime minister received an honorary degree from a university in Boston.", None),
        ("The film received praise from critics in Cannes.", None),
        ("Kenya received heavy rain from the storm.", None),
    ],
    "control": [
        ("The team is ready to play Brazil on Saturday.", None),
        ("The coach remains committed to working with young players.", None),
        ("His decision to visit his mother in Paris surprised his staff.", None),
    ],
    "passive_holder": [
        ("A camp for Syrian refugees was built by Turkish engineers last year.", None),
        ("A school for refugee children was opened by the Queen on Friday.", None),
        ("A truck carrying Russian grain was attacked by gunmen near the port.", [("ASSAULT", None, "RUS")]),
    ],
}
# fmt: on
