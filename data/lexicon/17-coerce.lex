# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 17 — coerce: seizures, administrative sanctions, arrests, deportations, repression

# 170 coerce, unspecified
170 verb coerce tgt=obj
170 verb pressure tgt=obj
170 verb force tgt=obj
170 verb compel tgt=obj
170 verb bully tgt=obj
170 verb crack prt=down obl:on=* tgt=obl:on
170 noun crackdown tgt=nmod:on|nmod:against
170 noun coercion tgt=nmod:on|nmod:against

# 171 seize or damage property
171 verb raid obj=office|home|house|headquarters|premises|compound|building|newsroom|studio tgt=obj>nmod:poss|obj>nmod:of
171 verb search obj=office|home|house|headquarters|premises|compound|building|newsroom|studio tgt=obj>nmod:poss|obj>nmod:of
171 verb storm obj=office|home|house|headquarters|premises|compound|building|newsroom|studio tgt=obj>nmod:poss|obj>nmod:of
171 verb board nsubj=guard|personnel|commando|troops|soldier|force|navy|sailor|police|officer|pirate|marine|agent|militant tgt=obj>nmod:poss|obj
1711 verb seize obj=property|asset|land|ship|vessel|tanker|cargo|aircraft|plane|farm|company|equipment|shipment|fund|account|vehicle|goods|oil tgt=obj>nmod:poss|obj>nmod:of|obj>nmod:belonging
1711 verb confiscate obj=property|asset|land|ship|vessel|tanker|cargo|aircraft|plane|farm|company|equipment|shipment|fund|account|vehicle|goods|oil tgt=obj>nmod:poss|obj>nmod:of|obj>nmod:belonging
1711 verb impound obj=property|asset|land|ship|vessel|tanker|cargo|aircraft|plane|farm|company|equipment|shipment|fund|account|vehicle|goods|oil tgt=obj>nmod:poss|obj>nmod:of|obj>nmod:belonging
1711 verb expropriate obj=property|asset|land|ship|vessel|tanker|cargo|aircraft|plane|farm|company|equipment|shipment|fund|account|vehicle|goods|oil tgt=obj>nmod:poss|obj>nmod:of|obj>nmod:belonging
1711 verb nationalize obj=property|asset|land|ship|vessel|tanker|cargo|aircraft|plane|farm|company|equipment|shipment|fund|account|vehicle|goods|oil tgt=obj>nmod:poss|obj>nmod:of|obj>nmod:belonging
1711 verb nationalise obj=property|asset|land|ship|vessel|tanker|cargo|aircraft|plane|farm|company|equipment|shipment|fund|account|vehicle|goods|oil tgt=obj>nmod:poss|obj>nmod:of|obj>nmod:belonging
1711 verb requisition obj=property|asset|land|ship|vessel|tanker|cargo|aircraft|plane|farm|company|equipment|shipment|fund|account|vehicle|goods|oil tgt=obj>nmod:poss|obj>nmod:of|obj>nmod:belonging
1711 verb commandeer obj=property|asset|land|ship|vessel|tanker|cargo|aircraft|plane|farm|company|equipment|shipment|fund|account|vehicle|goods|oil tgt=obj>nmod:poss|obj>nmod:of|obj>nmod:belonging
1711 verb seize tgt=obj>nmod:poss
1711 verb confiscate tgt=obj>nmod:poss
1711 verb impound tgt=obj>nmod:poss
1711 noun seizure tgt=nmod:of
1711 noun confiscation tgt=nmod:of
1711 noun expropriation tgt=nmod:of
1711 noun nationalization tgt=nmod:of
1711 noun nationalisation tgt=nmod:of
1712 verb destroy obj=house|home|building|property|village|structure|settlement|camp|shop|mosque|church|school tgt=obj>nmod:poss|obj>nmod:of|obj>nmod:belonging
1712 verb demolish obj=house|home|building|property|village|structure|settlement|camp|shop|mosque|church|school tgt=obj>nmod:poss|obj>nmod:of|obj>nmod:belonging
1712 verb raze obj=house|home|building|property|village|structure|settlement|camp|shop|mosque|church|school tgt=obj>nmod:poss|obj>nmod:of|obj>nmod:belonging
1712 verb bulldoze obj=house|home|building|property|village|structure|settlement|camp|shop|mosque|church|school tgt=obj>nmod:poss|obj>nmod:of|obj>nmod:belonging
1712 verb tear prt=down obj=house|home|building|property|village|structure|settlement|camp|shop|mosque|church|school tgt=obj>nmod:poss|obj>nmod:of|obj>nmod:belonging
1712 verb flatten obj=house|home|building|property|village|structure|settlement|camp|shop|mosque|church|school tgt=obj>nmod:poss|obj>nmod:of|obj>nmod:belonging
1712 verb sabotage obj=pipeline|cable|infrastructure|property|facility|plant|line|railway tgt=obj>nmod:poss
1712 verb vandalize obj=pipeline|cable|infrastructure|property|facility|plant|line|railway tgt=obj>nmod:poss
1712 verb vandalise obj=pipeline|cable|infrastructure|property|facility|plant|line|railway tgt=obj>nmod:poss
1712 verb damage obj=pipeline|cable|infrastructure|property|facility|plant|line|railway tgt=obj>nmod:poss
1712 noun demolition tgt=nmod:of
1712 noun destruction tgt=nmod:of
1712 noun sabotage tgt=nmod:of

# 172 impose administrative sanctions
172 verb impose obj=restriction|control|ban|limit|rule|regulation|measure|lockdown tgt=obl:on|obj>nmod:on
172 verb introduce obj=restriction|control|ban|limit|rule|regulation|measure|lockdown tgt=obl:on|obj>nmod:on
172 verb tighten obj=restriction|control|ban|limit|rule|regulation|measure|lockdown tgt=obl:on|obj>nmod:on
172 verb ban tgt=obj
172 verb prohibit tgt=obj
172 verb outlaw tgt=obj
1721 verb restrict obj=freedom|speech|press|medium|internet|assembly|protest|dissent|expression|gathering|movement|travel|access tgt=obj>nmod:poss|obj>nmod:of
1721 verb curb obj=freedom|speech|press|medium|internet|assembly|protest|dissent|expression|gathering|movement|travel|access tgt=obj>nmod:poss|obj>nmod:of
1721 verb limit obj=freedom|speech|press|medium|internet|assembly|protest|dissent|expression|gathering|movement|travel|access tgt=obj>nmod:poss|obj>nmod:of
1721 verb suppress obj=freedom|speech|press|medium|internet|assembly|protest|dissent|expression|gathering|movement|travel|access tgt=obj>nmod:poss|obj>nmod:of
1721 verb stifle obj=freedom|speech|press|medium|internet|assembly|protest|dissent|expression|gathering|movement|travel|access tgt=obj>nmod:poss|obj>nmod:of
1721 verb muzzle obj=freedom|speech|press|medium|internet|assembly|protest|dissent|expression|gathering|movement|travel|access tgt=obj>nmod:poss|obj>nmod:of
1721 verb gag obj=freedom|speech|press|medium|internet|assembly|protest|dissent|expression|gathering|movement|travel|access tgt=obj>nmod:poss|obj>nmod:of
1721 verb censor tgt=obj
1721 verb block obj=website|internet|newspaper|outlet|broadcaster|channel|station|platform|social_medium|site|paper|magazine|ngo tgt=obj>nmod:poss|obj
1721 verb shut prt=down obj=website|internet|internet_service|internet_access|mobile_network|phone_network|telecommunication|communication|messaging_service|newspaper|outlet|broadcaster|channel|station|platform|social_medium|site|paper|magazine|ngo tgt=obj>nmod:poss|obj
1721 verb shut obj=website|internet|internet_service|internet_access|mobile_network|phone_network|telecommunication|communication|messaging_service|newspaper|outlet|broadcaster|channel|station|platform|social_medium|site|paper|magazine|ngo tgt=obj>nmod:poss|obj
1721 verb close obj=website|internet|newspaper|outlet|broadcaster|channel|station|platform|social_medium|site|paper|magazine|ngo tgt=obj>nmod:poss|obj
1721 verb ban obj=website|internet|newspaper|outlet|broadcaster|channel|station|platform|social_medium|site|paper|magazine|ngo tgt=obj>nmod:poss|obj
1721 verb revoke obj=license|licence|accreditation|credential|passport tgt=obj>nmod:poss
1721 verb suspend obj=license|licence|accreditation|credential|passport tgt=obj>nmod:poss
1721 verb cancel obj=license|licence|accreditation|credential|passport tgt=obj>nmod:poss
1721 noun censorship tgt=nmod:of|nmod:on
1721 noun internet_shutdown tgt=nmod:of|nmod:on
1721 noun blackout tgt=nmod:of|nmod:on
1722 verb ban obj=party|opposition|group|organization|organisation|movement|union|association tgt=obj
1722 verb outlaw obj=party|opposition|group|organization|organisation|movement|union|association tgt=obj
1722 verb dissolve obj=party|opposition|group|organization|organisation|movement|union|association tgt=obj
1722 verb proscribe obj=party|opposition|group|organization|organisation|movement|union|association tgt=obj
1722 verb disqualify obj=candidate|politician|leader|opponent|rival|lawmaker tgt=obj
1722 verb bar obj=candidate|politician|leader|opponent|rival|lawmaker tgt=obj
1722 verb ban obj=candidate|politician|leader|opponent|rival|lawmaker tgt=obj
1722 verb strip obj=* obl:of=immunity|seat|mandate|citizenship|post|nationality tgt=obj
1722 noun ban nmod:on=party|candidate|opposition|group tgt=nmod:on
1722 noun disqualification nmod:on=party|candidate|opposition|group tgt=nmod:on
1723 verb impose obj=curfew tgt=obl:on|obl:in
1723 verb declare obj=curfew tgt=obl:on|obl:in
1723 verb order obj=curfew tgt=obl:on|obl:in
1723 verb enforce obj=curfew tgt=obl:on|obl:in
1723 verb extend obj=curfew tgt=obl:on|obl:in
1723 noun curfew tgt=nmod:on|nmod:in
1724 verb declare obj=emergency|martial_law|state_of_emergency|emergency_rule|state_of_siege|state tgt=obl:in|obl:on
1724 verb impose obj=emergency|martial_law|state_of_emergency|emergency_rule|state_of_siege|state tgt=obl:in|obl:on
1724 verb invoke obj=emergency|martial_law|state_of_emergency|emergency_rule|state_of_siege|state tgt=obl:in|obl:on
1724 verb proclaim obj=emergency|martial_law|state_of_emergency|emergency_rule|state_of_siege|state tgt=obl:in|obl:on
1724 verb extend obj=emergency|martial_law|state_of_emergency|emergency_rule|state_of_siege|state tgt=obl:in|obl:on
1724 noun martial_law tgt=nmod:in
1724 noun state_of_emergency tgt=nmod:in
1724 noun emergency_rule tgt=nmod:in

# 173 arrest, detain, or charge with legal action
173 verb arrest tgt=obj
173 verb detain tgt=obj
173 verb jail tgt=obj
173 verb imprison tgt=obj
173 verb apprehend tgt=obj
173 verb nab tgt=obj
173 verb incarcerate tgt=obj
173 verb intern tgt=obj
173 verb charge tgt=obj
173 verb indict tgt=obj
173 verb prosecute tgt=obj
173 verb round prt=up tgt=obj
173 verb lock prt=up tgt=obj
173 verb pick prt=up tgt=obj
173 verb take obl:into=custody|detention tgt=obj
173 verb hold obj=* obl:in=custody|detention|jail|prison tgt=obj
173 verb capture obj=suspect|militant|fugitive|leader|commander|member|smuggler|gunman|activist tgt=obj
173 verb issue obj=warrant|arrest_warrant tgt=obl:for|obj>nmod:for|obj>nmod:against
173 verb place obj=* obl:under=arrest|house_arrest|investigation|surveillance tgt=obj
173 verb put obj=* obl:under=arrest|house_arrest|investigation|surveillance tgt=obj
173 verb file obj=charge|indictment tgt=obl:against|obj>nmod:against
173 verb press obj=charge|indictment tgt=obl:against|obj>nmod:against
173 verb bring obj=charge|indictment tgt=obl:against|obj>nmod:against
173 noun arrest tgt=nmod:of
173 noun detention tgt=nmod:of
173 noun imprisonment tgt=nmod:of
173 noun indictment tgt=nmod:of
173 noun prosecution tgt=nmod:of

# 174 expel or deport individuals
174 verb deport tgt=obj
174 verb expel tgt=obj
174 verb exile tgt=obj
174 verb banish tgt=obj
174 verb kick prt=out obj=journalist|migrant|refugee|worker|national|citizen|activist|foreigner|correspondent|student|missionary|asylum_seeker tgt=obj
174 verb throw prt=out obj=journalist|migrant|refugee|worker|national|citizen|activist|foreigner|correspondent|student|missionary|asylum_seeker tgt=obj
174 verb send prt=home obj=journalist|migrant|refugee|worker|national|citizen|activist|foreigner|correspondent|student|missionary|asylum_seeker tgt=obj
174 verb order prt=out obj=journalist|migrant|refugee|worker|national|citizen|activist|foreigner|correspondent|student|missionary|asylum_seeker tgt=obj
174 verb revoke obj=visa|residency|residence_permit|citizenship tgt=obj>nmod:poss|obj>nmod:of
174 verb cancel obj=visa|residency|residence_permit|citizenship tgt=obj>nmod:poss|obj>nmod:of
174 verb deny obj=entry tgt=iobj|obl:to
174 verb refuse obj=entry tgt=iobj|obl:to
174 noun deportation tgt=nmod:of
174 noun expulsion tgt=nmod:of
174 noun exile tgt=nmod:of

# 175 use tactics of violent repression
175 verb suppress obj=protest|demonstration|rally|crowd|protester|demonstrator|uprising|dissent|riot|march|gathering|opposition tgt=obj|obj>nmod:poss
175 verb quell obj=protest|demonstration|rally|crowd|protester|demonstrator|uprising|dissent|riot|march|gathering|opposition tgt=obj|obj>nmod:poss
175 verb crush obj=protest|demonstration|rally|crowd|protester|demonstrator|uprising|dissent|riot|march|gathering|opposition tgt=obj|obj>nmod:poss
170 verb prevent obj=demonstration|protest|rally|march|gathering|strike|sit-in tgt=obj>acl>obl:agent|obj>nmod:by|obj>nmod:poss
170 verb block obj=demonstration|protest|rally|march|gathering|strike|sit-in tgt=obj>acl>obl:agent|obj>nmod:by|obj>nmod:poss
170 verb stop obj=demonstration|protest|rally|march|gathering|strike|sit-in tgt=obj>acl>obl:agent|obj>nmod:by|obj>nmod:poss
170 verb halt obj=demonstration|protest|rally|march|gathering|strike|sit-in tgt=obj>acl>obl:agent|obj>nmod:by|obj>nmod:poss
170 verb thwart obj=demonstration|protest|rally|march|gathering|strike|sit-in tgt=obj>acl>obl:agent|obj>nmod:by|obj>nmod:poss
175 verb disperse obj=protest|demonstration|rally|crowd|protester|demonstrator|uprising|dissent|riot|march|gathering|opposition|they|people|student|worker|teacher|youth|mob|group|supporter|activist|marcher|farmer tgt=obj|obj>nmod:poss
175 verb repress obj=protest|demonstration|rally|crowd|protester|demonstrator|uprising|dissent|riot|march|gathering|opposition tgt=obj|obj>nmod:poss
175 verb fire obj=tear_gas|teargas|rubber_bullet|water_cannon|stun_grenade|live_ammunition|pellet|baton tgt=obl:at|obl:on|obl:against
175 verb use obj=tear_gas|teargas|rubber_bullet|water_cannon|stun_grenade|live_ammunition|pellet|baton tgt=obl:at|obl:on|obl:against
175 verb tear-gas tgt=obj
175 verb teargas tgt=obj
175 verb beat obj=protester|demonstrator|marcher|student|activist|crowd tgt=obj
175 verb open obj=fire obl:on=protester|demonstrator|crowd|marcher|mourner|student tgt=obl:on
175 noun repression tgt=nmod:on|nmod:against

# Blowing up infrastructure is destroying property
1712 verb blow prt=up obj=line|power_line|pipeline|bridge|building|station|plant|road|railway|tower|office|house|home|depot tgt=-
