# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 08 — yield: ease, accede, release, allow, de-escalate

# 080 yield, unspecified
080 verb yield tgt=obl:to
080 verb concede tgt=obl:to
080 verb relent tgt=obl:to
080 verb pay obj=compensation|reparation|restitution|damages|indemnity tgt=obl:to|iobj
080 verb offer obj=compensation|reparation|restitution|damages|indemnity tgt=obl:to|iobj
080 verb capitulate tgt=obl:to
080 verb submit tgt=obl:to
080 verb bow tgt=obl:to
080 verb cave tgt=obl:to
080 verb back prt=down tgt=obl:to
080 verb give prt=in tgt=obl:to
080 verb cave prt=in tgt=obl:to
080 verb climb prt=down tgt=obl:to
080 verb make obj=concession tgt=obl:to
080 verb offer obj=concession tgt=obl:to
080 noun concession tgt=nmod:to

# 081 ease administrative sanctions
081 verb ease obj=restriction|ban|control|measure|rule|lockdown tgt=obl:on|obj>nmod:on
081 verb lift obj=restriction|ban|control|measure|rule|lockdown tgt=obl:on|obj>nmod:on
081 verb relax obj=restriction|ban|control|measure|rule|lockdown tgt=obl:on|obj>nmod:on
081 verb loosen obj=restriction|ban|control|measure|rule|lockdown tgt=obl:on|obj>nmod:on
081 verb remove obj=restriction|ban|control|measure|rule|lockdown tgt=obl:on|obj>nmod:on
081 verb scrap obj=restriction|ban|control|measure|rule|lockdown tgt=obl:on|obj>nmod:on
0811 verb ease obj=censorship|press_restriction|travel_ban|restriction obj>nmod:on=press|media|speech|assembly|travel|movement tgt=-
0811 verb lift obj=censorship|press_restriction|travel_ban|restriction obj>nmod:on=press|media|speech|assembly|travel|movement tgt=-
0811 verb relax obj=censorship|press_restriction|travel_ban|restriction obj>nmod:on=press|media|speech|assembly|travel|movement tgt=-
0811 verb restore obj=freedom|internet|liberty|right tgt=-
0811 verb unblock obj=website|internet|platform|site tgt=-
0812 verb lift obj=ban obj>nmod:on=party|opposition|politician|candidate tgt=obj>nmod:on
0812 verb unban obj=party|opposition|group|movement|candidate|politician tgt=obj
0812 verb legalize obj=party|opposition|group|movement|candidate|politician tgt=obj
0812 verb legalise obj=party|opposition|group|movement|candidate|politician tgt=obj
0812 verb legitimize obj=party|opposition|group|movement|candidate|politician tgt=obj
0812 verb reinstate obj=party|opposition|group|movement|candidate|politician tgt=obj
0813 verb lift obj=curfew tgt=-
0813 verb end obj=curfew tgt=-
0813 verb ease obj=curfew tgt=-
0813 verb relax obj=curfew tgt=-
0814 verb lift obj=emergency|martial_law|state_of_emergency tgt=-
0814 verb end obj=emergency|martial_law|state_of_emergency tgt=-
0814 verb revoke obj=emergency|martial_law|state_of_emergency tgt=-
0814 verb lift obj=state obj>nmod:of=emergency tgt=-
0814 verb end obj=state obj>nmod:of=emergency tgt=-
0814 verb revoke obj=state obj>nmod:of=emergency tgt=-

# 082 ease political dissent (dissidents stand down)
082 verb end obj=protest|strike|boycott|demonstration|sit-in|hunger_strike|campaign|insurgency|rebellion|uprising tgt=-
082 verb stop obj=protest|strike|boycott|demonstration|sit-in|hunger_strike|campaign|insurgency|rebellion|uprising tgt=-
082 verb halt obj=protest|strike|boycott|demonstration|sit-in|hunger_strike|campaign|insurgency|rebellion|uprising tgt=-
082 verb call prt=off obj=protest|strike|boycott|demonstration|sit-in|hunger_strike|campaign|insurgency|rebellion|uprising tgt=-
082 verb suspend obj=protest|strike|boycott|demonstration|sit-in|hunger_strike|campaign|insurgency|rebellion|uprising tgt=-
082 verb abandon obj=protest|strike|boycott|demonstration|sit-in|hunger_strike|campaign|insurgency|rebellion|uprising tgt=-
082 verb disperse tgt=-

# 083 accede to demands for political reform
083 verb accede obl:to=* tgt=obl:to>nmod:poss
083 verb accept obj=demand|condition|request|ultimatum|term tgt=obj>nmod:poss|obj>nmod:of
083 verb meet obj=demand|condition|request|ultimatum|term tgt=obj>nmod:poss|obj>nmod:of
083 verb grant obj=demand|condition|request|ultimatum|term tgt=obj>nmod:poss|obj>nmod:of
083 verb satisfy obj=demand|condition|request|ultimatum|term tgt=obj>nmod:poss|obj>nmod:of
083 verb heed obj=demand|condition|request|ultimatum|term tgt=obj>nmod:poss|obj>nmod:of
083 verb bow obl:to=demand|pressure tgt=obl:to>nmod:poss
083 verb give prt=in obl:to=demand|pressure tgt=obl:to>nmod:poss
083 verb agree obl:to=reform|demand|election|referendum tgt=-
0831 verb resign tgt=-
0831 verb quit tgt=-
0831 verb abdicate tgt=-
0831 verb step prt=down tgt=-
0831 verb stand prt=down tgt=-
0831 verb step prt=aside tgt=-
0831 verb tender obj=resignation tgt=-
0831 verb submit obj=resignation tgt=-
0831 verb hand prt=in obj=resignation tgt=-
0831 verb leave obj=office|post tgt=-
0831 noun resignation tgt=-
0831 noun abdication tgt=-
0832 verb reverse obj=decision|policy|plan|law|bill|measure|decree|order|reform|tax|hike tgt=-
0832 verb scrap obj=decision|policy|plan|law|bill|measure|decree|order|reform|tax|hike tgt=-
0832 verb withdraw obj=decision|policy|plan|law|bill|measure|decree|order|reform|tax|hike tgt=-
0832 verb abandon obj=decision|policy|plan|law|bill|measure|decree|order|reform|tax|hike tgt=-
0832 verb drop obj=decision|policy|plan|law|bill|measure|decree|order|reform|tax|hike tgt=-
0832 verb shelve obj=decision|policy|plan|law|bill|measure|decree|order|reform|tax|hike tgt=-
0832 verb rescind obj=decision|policy|plan|law|bill|measure|decree|order|reform|tax|hike tgt=-
0832 verb revoke obj=decision|policy|plan|law|bill|measure|decree|order|reform|tax|hike tgt=-
0832 verb repeal obj=decision|policy|plan|law|bill|measure|decree|order|reform|tax|hike tgt=-
0832 verb overturn obj=decision|policy|plan|law|bill|measure|decree|order|reform|tax|hike tgt=-
0832 verb back prt=down obl:on=* tgt=-
0832 verb u-turn tgt=-
0832 noun u-turn tgt=-
0832 noun reversal tgt=-
0833 verb grant obj=right|freedom|autonomy|citizenship|suffrage|amnesty|voting_right tgt=obl:to|iobj
0833 verb give obj=right|freedom|autonomy|citizenship|suffrage|amnesty|voting_right tgt=obl:to|iobj
0833 verb restore obj=right|freedom|autonomy|citizenship|suffrage|amnesty|voting_right tgt=obl:to|iobj
0833 verb extend obj=right|freedom|autonomy|citizenship|suffrage|amnesty|voting_right tgt=obl:to|iobj
0833 verb respect obj=human_right|right|civil_right|civil_liberty|liberty|freedom tgt=obl:to|obj>nmod:of
0833 verb honor obj=human_right|right|civil_right|civil_liberty|liberty|freedom tgt=obl:to|obj>nmod:of
0833 verb honour obj=human_right|right|civil_right|civil_liberty|liberty|freedom tgt=obl:to|obj>nmod:of
0833 verb uphold obj=human_right|right|civil_right|civil_liberty|liberty|freedom tgt=obl:to|obj>nmod:of
0833 verb guarantee obj=human_right|right|civil_right|civil_liberty|liberty|freedom tgt=obl:to|obj>nmod:of
0833 verb protect obj=human_right|right|civil_right|civil_liberty|liberty|freedom tgt=obl:to|obj>nmod:of
0833 verb observe obj=human_right|right|civil_right|civil_liberty|liberty|freedom tgt=obl:to|obj>nmod:of
0834 verb call obj=election|referendum|snap_election|early_election tgt=-
0834 verb hold obj=election|referendum|snap_election|early_election tgt=-
0834 verb dissolve obj=parliament|government|cabinet|assembly tgt=-
0834 verb amend obj=constitution|law|charter tgt=-
0834 verb rewrite obj=constitution|law|charter tgt=-

# 084 return, release
0841 verb release obj=prisoner|hostage|detainee|captive|activist|dissident|journalist|soldier|sailor|crew|fisherman|abductee|national|citizen|worker tgt=obj|obl:to
0841 verb free obj=prisoner|hostage|detainee|captive|activist|dissident|journalist|soldier|sailor|crew|fisherman|abductee|national|citizen|worker tgt=obj|obl:to
0841 verb release tgt=obj
0841 verb free tgt=obj
0841 verb repatriate obj=prisoner|hostage|detainee|captive|body|remains|soldier|abductee|national|citizen tgt=obl:to|obj
0841 verb return obj=prisoner|hostage|detainee|captive|body|remains|soldier|abductee|national|citizen tgt=obl:to|obj
0841 verb hand prt=over obj=prisoner|hostage|detainee|captive|body|remains|soldier|abductee|national|citizen tgt=obl:to|obj
0841 verb swap obj=prisoner|hostage|detainee|captive tgt=obl:with
0841 verb exchange obj=prisoner|hostage|detainee|captive tgt=obl:with
0841 verb trade obj=prisoner|hostage|detainee|captive tgt=obl:with
0841 verb pardon tgt=obj
0841 noun release nmod:of=prisoner|hostage|detainee|captive|activist|dissident|journalist|abductee tgt=nmod:of
0841 noun prisoner_swap tgt=nmod:with|nmod:between
0841 noun prisoner_exchange tgt=nmod:with|nmod:between
0842 verb return obj=property|land|territory|island|asset|artifact|artefact|ship|vessel|tanker|aircraft|fund tgt=obl:to|iobj
0842 verb hand prt=back obj=property|land|territory|island|asset|artifact|artefact|ship|vessel|tanker|aircraft|fund tgt=obl:to|iobj
0842 verb give prt=back obj=property|land|territory|island|asset|artifact|artefact|ship|vessel|tanker|aircraft|fund tgt=obl:to|iobj
0842 verb restore obj=property|land|territory|island|asset|artifact|artefact|ship|vessel|tanker|aircraft|fund tgt=obl:to|iobj
0842 verb unfreeze obj=asset|fund|account|property tgt=obj>nmod:poss
0842 verb release obj=asset|fund|account|property tgt=obj>nmod:poss
084 verb return obj=* obl:to=* tgt=obl:to

# 085 ease economic sanctions, boycott, embargo
085 verb lift obj=sanction|embargo|boycott|tariff|blockade|export_ban|import_ban|restriction tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
085 verb ease obj=sanction|embargo|boycott|tariff|blockade|export_ban|import_ban|restriction tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
085 verb remove obj=sanction|embargo|boycott|tariff|blockade|export_ban|import_ban|restriction tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
085 verb suspend obj=sanction|embargo|boycott|tariff|blockade|export_ban|import_ban|restriction tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
085 verb relax obj=sanction|embargo|boycott|tariff|blockade|export_ban|import_ban|restriction tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
085 verb end obj=sanction|embargo|boycott|tariff|blockade|export_ban|import_ban|restriction tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
085 verb waive obj=sanction|embargo|boycott|tariff|blockade|export_ban|import_ban|restriction tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
085 verb roll prt=back obj=sanction|embargo|boycott|tariff|blockade|export_ban|import_ban|restriction tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
085 noun sanctions_relief tgt=nmod:for

# 086 allow international involvement
086 verb allow obj=observer|inspector|monitor|mission|investigator|delegation|envoy tgt=obj
0863 verb lift obj=ban|restriction|blockade|embargo|curb obj>nmod:on=relief|aid|flight|relief_flight|aid_flight|humanitarian_aid|access|aid_worker|relief_worker|convoy tgt=-
0863 verb ease obj=ban|restriction|blockade|embargo|curb obj>nmod:on=relief|aid|flight|relief_flight|aid_flight|humanitarian_aid|access|aid_worker|relief_worker|convoy tgt=-
0863 verb reconsider obj=ban|restriction|blockade|embargo|curb obj>nmod:on=relief|aid|flight|relief_flight|aid_flight|humanitarian_aid|access|aid_worker|relief_worker|convoy tgt=-
0863 verb relax obj=ban|restriction|blockade|embargo|curb obj>nmod:on=relief|aid|flight|relief_flight|aid_flight|humanitarian_aid|access|aid_worker|relief_worker|convoy tgt=-
0863 verb end obj=ban|restriction|blockade|embargo|curb obj>nmod:on=relief|aid|flight|relief_flight|aid_flight|humanitarian_aid|access|aid_worker|relief_worker|convoy tgt=-
086 verb admit obj=observer|inspector|monitor|mission|investigator|delegation|envoy tgt=obj
086 verb permit obj=observer|inspector|monitor|mission|investigator|delegation|envoy tgt=obj
086 verb accept obj=observer|inspector|monitor|mission|investigator|delegation|envoy tgt=obj
086 verb welcome obj=observer|inspector|monitor|mission|investigator|delegation|envoy tgt=obj
086 verb grant obj=access tgt=obl:to|iobj
0861 verb accept obj=peacekeeper|peacekeeping_force|blue_helmet|peacekeeping_mission tgt=obj
0861 verb allow obj=peacekeeper|peacekeeping_force|blue_helmet|peacekeeping_mission tgt=obj
0861 verb welcome obj=peacekeeper|peacekeeping_force|blue_helmet|peacekeeping_mission tgt=obj
0861 verb host obj=peacekeeper|peacekeeping_force|blue_helmet|peacekeeping_mission tgt=obj
0862 verb allow obj=inspector|inspection|monitor|observer|verification tgt=obj
0862 verb admit obj=inspector|inspection|monitor|observer|verification tgt=obj
0862 verb accept obj=inspector|inspection|monitor|observer|verification tgt=obj
0862 verb receive obj=inspector|inspection|monitor|observer|verification tgt=obj
0862 verb open obj=site|facility obl:to=inspector|inspection tgt=obl:to
0863 verb allow obj=aid|humanitarian_aid|delivery|convoy|relief|supply|access tgt=-
0863 verb permit obj=aid|humanitarian_aid|delivery|convoy|relief|supply|access tgt=-
0863 verb let obj=aid|humanitarian_aid|delivery|convoy|relief|supply|access tgt=-
0863 verb facilitate obj=aid|humanitarian_aid|delivery|convoy|relief|supply|access tgt=-
0863 verb open obj=corridor|humanitarian_corridor|crossing|border tgt=obl:for

# 087 de-escalate military engagement
087 verb de-escalate tgt=-
087 verb scale prt=back obj=operation|offensive|deployment tgt=-
087 verb stand prt=down obj=operation|offensive|deployment tgt=-
087 verb defuse obj=tension tgt=obl:with
087 verb renounce obj=violence|armed_struggle|struggle|terrorism|insurgency|armed_resistance|military_action|hostility tgt=-
087 verb abandon obj=violence|armed_struggle|struggle|terrorism|insurgency|armed_resistance|military_action|hostility tgt=-
087 verb forswear obj=violence|armed_struggle|struggle|terrorism|insurgency|armed_resistance|military_action|hostility tgt=-
087 verb end obj=violence|armed_struggle|struggle|terrorism|insurgency|armed_resistance|military_action|hostility tgt=-
087 verb halt obj=violence|armed_struggle|struggle|terrorism|insurgency|armed_resistance|military_action|hostility tgt=-
087 verb stop obj=violence|armed_struggle|struggle|terrorism|insurgency|armed_resistance|military_action|hostility tgt=-
087 verb cease obj=violence|armed_struggle|struggle|terrorism|insurgency|armed_resistance|military_action|hostility tgt=-
087 verb ease obj=tension tgt=obl:with
087 verb reduce obj=tension tgt=obl:with
0871 verb declare obj=ceasefire|truce|armistice|cease-fire|pause|moratorium tgt=obl:with|obj>nmod:with
0871 verb agree obj=ceasefire|truce|armistice|cease-fire|pause|moratorium tgt=obl:with|obj>nmod:with
0871 verb observe obj=ceasefire|truce|armistice|cease-fire|pause|moratorium tgt=obl:with|obj>nmod:with
0871 verb announce obj=ceasefire|truce|armistice|cease-fire|pause|moratorium tgt=obl:with|obj>nmod:with
0871 verb accept obj=ceasefire|truce|armistice|cease-fire|pause|moratorium tgt=obl:with|obj>nmod:with
0871 verb implement obj=ceasefire|truce|armistice|cease-fire|pause|moratorium tgt=obl:with|obj>nmod:with
0871 verb respect obj=ceasefire|truce|armistice|cease-fire|pause|moratorium tgt=obl:with|obj>nmod:with
0871 verb agree obl:to=ceasefire|truce|armistice|cease-fire|pause tgt=obl:with
0871 noun ceasefire tgt=nmod:with|nmod:between
0871 noun truce tgt=nmod:with|nmod:between
0871 noun armistice tgt=nmod:with|nmod:between
0871 noun cease-fire tgt=nmod:with|nmod:between
0872 verb lift obj=blockade|siege|closure tgt=obj>nmod:on|obj>nmod:of
0872 verb ease obj=blockade|siege|closure tgt=obj>nmod:on|obj>nmod:of
0872 verb end obj=blockade|siege|closure tgt=obj>nmod:on|obj>nmod:of
0872 verb reopen obj=border|crossing|port|airport|airspace|strait tgt=obl:to
0873 verb demobilize tgt=obj
0873 verb demobilise tgt=obj
0873 verb disarm tgt=obj
0873 verb disband tgt=obj
0873 verb lay prt=down obj=weapon|arm|gun tgt=obl:to
0873 verb hand prt=over obj=weapon|arm|gun tgt=obl:to
0873 verb surrender obj=weapon|arm|gun tgt=obl:to
0873 verb give prt=up obj=weapon|arm|gun tgt=obl:to
0873 verb dismantle obj=weapon|arsenal|stockpile|missile|warhead|facility|reactor tgt=-
0873 verb decommission obj=weapon|arsenal|stockpile|missile|warhead|facility|reactor tgt=-
0873 verb destroy obj=weapon|arsenal|stockpile|missile|warhead|facility|reactor tgt=-
0874 verb withdraw obj=troops|force|soldier|unit|army|personnel tgt=obl:from
0874 verb pull prt=out obj=troops|force|soldier|unit|army|personnel tgt=obl:from
0874 verb pull prt=back obj=troops|force|soldier|unit|army|personnel tgt=obl:from
0874 verb retreat obj=troops|force|soldier|unit|army|personnel tgt=obl:from
0874 verb withdraw obl:from=* tgt=obl:from
0874 verb retreat obl:from=* tgt=obl:from
0874 verb pull prt=out obl:from=* tgt=obl:from
0874 verb pull prt=back obl:from=* tgt=obl:from
0874 verb surrender tgt=obl:to
0874 verb evacuate obj=position|base|town|city|territory|outpost tgt=-
0874 verb abandon obj=position|base|town|city|territory|outpost tgt=-
0874 noun withdrawal tgt=nmod:from|nmod:to
0874 noun pullout tgt=nmod:from|nmod:to
0874 noun retreat tgt=nmod:from|nmod:to
0874 noun surrender tgt=nmod:from|nmod:to

# Ending fighting is de-escalation
087 verb end obj=war|fighting|conflict|hostility|violence|offensive|bombardment|bombing|occupation|insurgency tgt=obl:with|obj>nmod:with|obj>nmod:against
087 verb stop obj=war|fighting|hostility|offensive|bombardment|bombing tgt=obl:with|obj>nmod:with|obj>nmod:against

# Calling off a protest eases popular dissent; giving something back
082 verb postpone obj=protest|strike|demonstration|boycott|rally|march|sit-in|hunger_strike tgt=-
082 verb suspend obj=protest|strike|demonstration|boycott|rally|march|sit-in|hunger_strike tgt=-
082 verb cancel obj=protest|strike|demonstration|boycott|rally|march|sit-in|hunger_strike tgt=-
082 verb call prt=off obj=protest|strike|demonstration|boycott|rally|march|sit-in|hunger_strike tgt=-
084 verb return obj=* tgt=obl:to|iobj
084 verb give prt=back obj=* tgt=obl:to|iobj

# Bringing something to an end, and an end to it
082 verb bring obj=end obj>nmod:to=protest|strike|agitation|unrest|demonstration|dissent|boycott|uprising|rebellion|insurgency tgt=-
085 verb bring obj=end obj>nmod:to=sanction|embargo|boycott|blockade|tariff|restriction tgt=obj>nmod:to>nmod:on|obj>nmod:to>nmod:against
087 verb bring obj=end obj>nmod:to=war|fighting|conflict|violence|hostility|bloodshed|offensive|bombing|occupation tgt=obj>nmod:to>nmod:with|obj>nmod:to>nmod:against
082 noun end nmod:to=protest|strike|agitation|unrest|demonstration|dissent|boycott|uprising|rebellion|insurgency tgt=-
085 noun end nmod:to=sanction|embargo|boycott|blockade|tariff|restriction tgt=nmod:to>nmod:on|nmod:to>nmod:against
087 noun end nmod:to=war|fighting|conflict|violence|hostility|bloodshed|offensive|bombing|occupation tgt=nmod:to>nmod:with|nmod:to>nmod:against
# Giving up arms, struggle or a weapons programme
087 verb renounce obj=violence|struggle|armed_struggle|terrorism|fighting|war tgt=-
087 verb abandon obj=violence|struggle|armed_struggle|terrorism|fighting tgt=-
080 verb forsake obj=program|programme|weapon|ambition|plan tgt=-
080 verb abandon obj=program|programme|weapon|ambition tgt=-
080 verb give prt=up obj=program|programme|weapon|ambition|arm|claim tgt=-
080 verb dismantle obj=program|programme|weapon|arsenal|facility|reactor tgt=-
# Adopting reforms
083 verb adopt obj=reform|democratization|democratisation tgt=-
083 verb implement obj=reform|democratization|democratisation tgt=-
083 verb enact obj=reform tgt=-
