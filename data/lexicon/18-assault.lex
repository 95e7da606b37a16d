# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 18 — assault: unconventional violence (abductions, beatings, bombings, assassinations)

# 180 unconventional violence, unspecified
180 verb murder tgt=obj
180 verb slay tgt=obj
180 verb execute tgt=obj
180 verb behead tgt=obj
180 verb carry prt=out obj=attack|terror_attack|terrorist_attack|assault|raid|ambush tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
180 verb launch obj=attack|terror_attack|terrorist_attack|assault|raid|ambush tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
180 verb stage obj=attack|terror_attack|terrorist_attack|assault|raid|ambush tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
180 verb mount obj=attack|terror_attack|terrorist_attack|assault|raid|ambush tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
180 verb perpetrate obj=attack|terror_attack|terrorist_attack|assault|raid|ambush tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
180 verb ambush tgt=obj
180 noun terror_attack tgt=nmod:on|nmod:against
180 noun terrorist_attack tgt=nmod:on|nmod:against
180 noun execution tgt=nmod:on|nmod:against
180 noun beheading tgt=nmod:on|nmod:against

# 181 abduct, hijack, take hostage
181 verb abduct tgt=obj
181 verb kidnap tgt=obj
181 verb hijack tgt=obj
181 verb snatch tgt=obj
181 verb take obj=hostage|captive tgt=obj
181 verb seize obj=hostage|captive tgt=obj
181 verb hold obj=hostage|captive tgt=obj
181 verb take obj=* xcomp=hostage|captive tgt=obj
181 verb seize obj=* xcomp=hostage|captive tgt=obj
181 verb hold obj=* xcomp=hostage|captive tgt=obj
181 verb take obj=* obl:as=hostage|captive tgt=obj
181 verb seize obj=* obl:as=hostage|captive tgt=obj
181 verb hold obj=* obl:as=hostage|captive tgt=obj
181 noun abduction tgt=nmod:of
181 noun kidnapping tgt=nmod:of
181 noun hijacking tgt=nmod:of
181 noun hostage-taking tgt=nmod:of

# 182 physically assault
182 verb beat obj=* tgt=obj
182 verb punch obj=* tgt=obj
182 verb kick obj=* tgt=obj
182 verb whip obj=* tgt=obj
182 verb flog obj=* tgt=obj
182 verb stab obj=* tgt=obj
182 verb club obj=* tgt=obj
182 verb rough prt=up tgt=obj
182 verb beat prt=up tgt=obj
182 noun beating tgt=nmod:of|nmod:on
182 noun stabbing tgt=nmod:of|nmod:on
1821 verb rape tgt=obj
1821 verb molest tgt=obj
1821 verb assault advmod=sexually tgt=obj
1821 verb abuse advmod=sexually tgt=obj
1821 noun rape tgt=nmod:of|nmod:against
1821 noun sexual_assault tgt=nmod:of|nmod:against
1821 noun sexual_violence tgt=nmod:of|nmod:against
1822 verb torture tgt=obj
1822 verb waterboard tgt=obj
1822 verb mistreat tgt=obj
1822 verb maltreat tgt=obj
1822 verb subject obl:to=torture|abuse|mistreatment|beating tgt=obj
1822 noun torture tgt=nmod:of
1823 verb beat obj=* obl:to=death tgt=obj
1823 verb stab obj=* obl:to=death tgt=obj
1823 verb stone obj=* obl:to=death tgt=obj
1823 verb hack obj=* obl:to=death tgt=obj
1823 verb club obj=* obl:to=death tgt=obj
1823 verb lynch tgt=obj
1823 verb strangle tgt=obj

# 183 non-military bombing
183 verb detonate obj=bomb|explosive|device|ied|explosive_device|grenade|charge|mine tgt=obl:at|obl:in|obl:near|obl:outside
183 verb set prt=off obj=bomb|explosive|device|ied|explosive_device|grenade|charge|mine tgt=obl:at|obl:in|obl:near|obl:outside
183 verb explode obj=bomb|explosive|device|ied|explosive_device|grenade|charge|mine tgt=obl:at|obl:in|obl:near|obl:outside
183 verb plant obj=bomb|explosive|device|ied|explosive_device|grenade|charge|mine tgt=obl:at|obl:in|obl:near|obl:outside
183 verb trigger obj=bomb|explosive|device|ied|explosive_device|grenade|charge|mine tgt=obl:at|obl:in|obl:near|obl:outside
183 verb bomb obj=market|mosque|church|bus|hotel|restaurant|cafe|checkpoint|school|station|shrine|temple|wedding|funeral tgt=obj>nmod:poss|obj
183 verb blow prt=up obj=bus|car|building|bridge|pipeline|station|train|market tgt=obj>nmod:poss
183 noun bombing tgt=nmod:at|nmod:in|nmod:on
183 noun blast tgt=nmod:at|nmod:in|nmod:on
183 noun explosion tgt=nmod:at|nmod:in|nmod:on
1831 verb blow prt=up obj=himself|herself|themselves|oneself tgt=obl:at|obl:in|obl:near
1831 verb carry prt=out obj=suicide_bombing|suicide_attack tgt=obl:at|obl:on|obl:in
1831 noun suicide_bombing tgt=nmod:at|nmod:on|nmod:in
1831 noun suicide_attack tgt=nmod:at|nmod:on|nmod:in
1831 noun suicide_bomber tgt=nmod:at|nmod:on|nmod:in
1831 verb kill nsubj=suicide_bomber|suicide_bombing|suicide_attack|suicide_attacker tgt=obj
1831 verb wound nsubj=suicide_bomber|suicide_bombing|suicide_attack|suicide_attacker tgt=obj
1832 verb kill nsubj=car_bomb|car_bombing|truck_bomb|vehicle_bomb tgt=obj
1833 verb kill nsubj=roadside_bomb|roadside_bombing|landmine|mine|ied tgt=obj
1833 verb wound nsubj=roadside_bomb|roadside_bombing|landmine|mine|ied tgt=obj
183 verb kill nsubj=bomb|bombing|blast|explosion|explosive tgt=obj
183 verb wound nsubj=bomb|bombing|blast|explosion|explosive tgt=obj
1832 verb detonate obj=car_bomb|truck_bomb|vehicle_bomb|explosive-laden_truck|explosive-laden_car tgt=obl:into|obl:at|obl:near
1832 verb set prt=off obj=car_bomb|truck_bomb|vehicle_bomb|explosive-laden_truck|explosive-laden_car tgt=obl:into|obl:at|obl:near
1832 verb explode obj=car_bomb|truck_bomb|vehicle_bomb|explosive-laden_truck|explosive-laden_car tgt=obl:into|obl:at|obl:near
1832 verb drive obj=car_bomb|truck_bomb|vehicle_bomb|explosive-laden_truck|explosive-laden_car tgt=obl:into|obl:at|obl:near
1832 verb ram obj=car_bomb|truck_bomb|vehicle_bomb|explosive-laden_truck|explosive-laden_car tgt=obl:into|obl:at|obl:near
1832 noun car_bomb tgt=nmod:at|nmod:in|nmod:near
1832 noun car_bombing tgt=nmod:at|nmod:in|nmod:near
1832 noun truck_bomb tgt=nmod:at|nmod:in|nmod:near
1833 verb detonate obj=roadside_bomb|ied|landmine tgt=obl:near|obl:along
1833 verb plant obj=roadside_bomb|ied|landmine tgt=obl:near|obl:along
1833 verb set prt=off obj=roadside_bomb|ied|landmine tgt=obl:near|obl:along
1833 noun roadside_bomb tgt=nmod:against|nmod:on
1833 noun ied tgt=nmod:against|nmod:on

# 184 use as human shield
184 verb use obl:as=human_shield|shield tgt=obj
184 verb hide obl:among=civilian|resident|population tgt=obl:among
184 verb shelter obl:among=civilian|resident|population tgt=obl:among
184 noun human_shield tgt=-

# 185 attempt to assassinate
185 verb try xcomp=assassinate|kill|murder tgt=xcomp>obj
185 verb attempt xcomp=assassinate|kill|murder tgt=xcomp>obj
185 verb plot xcomp=assassinate|kill|murder tgt=xcomp>obj
185 verb seek xcomp=assassinate|kill|murder tgt=xcomp>obj
185 verb survive obj=assassination_attempt|attempt|assassination_plot|plot tgt=nsubj
185 verb escape obj=assassination_attempt|attempt|assassination_plot|plot tgt=nsubj
185 verb foil obj=assassination_attempt|attempt|assassination_plot|plot tgt=nsubj
185 verb thwart obj=assassination_attempt|attempt|assassination_plot|plot tgt=nsubj
185 noun assassination_attempt nmod:on=life tgt=nmod:on>nmod:poss
185 noun attempt nmod:on=life tgt=nmod:on>nmod:poss
185 noun assassination_attempt tgt=nmod:on|nmod:against

# 186 assassinate
186 verb assassinate tgt=obj
186 verb gun prt=down obj=* tgt=obj
186 verb shoot prt=dead obj=* tgt=obj
186 verb kill obj=leader|commander|general|official|minister|politician|scientist|journalist|activist|judge|governor|mayor|cleric|chief tgt=obj
186 noun assassination tgt=nmod:of
186 noun killing tgt=nmod:of

# Wounding, human shields, attempts on a life
182 verb wound tgt=obj
182 verb injure tgt=obj
182 verb maim tgt=obj
184 verb hold obl:as=shield|human_shield tgt=obj
185 noun attempt acl=assassinate|kill|murder tgt=acl>obj
