# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 20 — use unconventional mass violence
200 verb commit obj=atrocity|mass_atrocity|crime_against_humanity tgt=obl:against|obj>nmod:against
200 verb perpetrate obj=atrocity|mass_atrocity|crime_against_humanity tgt=obl:against|obj>nmod:against
200 verb carry prt=out obj=atrocity|mass_atrocity|crime_against_humanity tgt=obl:against|obj>nmod:against
200 noun atrocity tgt=nmod:against
201 verb expel obj=population|resident|inhabitant|minority|villager|community|thousand|family|people advmod=forcibly|en_masse tgt=obj
201 verb drive prt=out obj=population|resident|inhabitant|minority|villager|community|thousand|family|people advmod=forcibly|en_masse tgt=obj
201 verb deport obj=population|resident|inhabitant|minority|villager|community|thousand|family|people advmod=forcibly|en_masse tgt=obj
201 verb uproot obj=population|resident|inhabitant|minority|villager|community|thousand|family|people advmod=forcibly|en_masse tgt=obj
201 verb displace obj=population|resident|inhabitant|minority|villager|community|thousand|family|people advmod=forcibly|en_masse tgt=obj
201 verb drive prt=out obj=population|resident|inhabitant|minority|villager|community tgt=obj
201 verb uproot obj=population|resident|inhabitant|minority|villager|community tgt=obj
201 verb displace obj=population|resident|inhabitant|minority|villager|community tgt=obj
201 noun mass_expulsion tgt=nmod:of
201 noun mass_deportation tgt=nmod:of
201 noun forced_displacement tgt=nmod:of
201 noun population_transfer tgt=nmod:of
201 verb force prt=out obj=refugee|population|resident|inhabitant|villager|civilian|family|people tgt=obj
201 verb drive prt=out obj=refugee|population|resident|inhabitant|villager|civilian|family|people tgt=obj
201 verb expel obj=refugee|civilian|villager|inhabitant|resident tgt=obj
202 verb massacre tgt=obj
202 verb slaughter tgt=obj
202 verb exterminate tgt=obj
202 verb butcher tgt=obj
202 verb annihilate tgt=obj
202 verb commit obj=massacre|mass_killing|mass_murder|genocide|slaughter|pogrom tgt=obl:against|obj>nmod:of|obj>nmod:against
202 verb carry prt=out obj=massacre|mass_killing|mass_murder|genocide|slaughter|pogrom tgt=obl:against|obj>nmod:of|obj>nmod:against
202 verb perpetrate obj=massacre|mass_killing|mass_murder|genocide|slaughter|pogrom tgt=obl:against|obj>nmod:of|obj>nmod:against
202 verb kill obj=* obj>amod=hundreds|thousands tgt=obj
202 noun massacre tgt=nmod:of|nmod:against
202 noun mass_killing tgt=nmod:of|nmod:against
202 noun genocide tgt=nmod:of|nmod:against
202 noun slaughter tgt=nmod:of|nmod:against
202 noun pogrom tgt=nmod:of|nmod:against
203 verb cleanse tgt=obj
203 verb carry prt=out obj=ethnic_cleansing|cleansing tgt=obl:against|obj>nmod:of|obj>nmod:against
203 verb commit obj=ethnic_cleansing|cleansing tgt=obl:against|obj>nmod:of|obj>nmod:against
203 verb conduct obj=ethnic_cleansing|cleansing tgt=obl:against|obj>nmod:of|obj>nmod:against
203 verb perpetrate obj=ethnic_cleansing|cleansing tgt=obl:against|obj>nmod:of|obj>nmod:against
203 noun ethnic_cleansing tgt=nmod:of|nmod:against
204 verb use obj=wmd|weapon_of_mass_destruction|dirty_bomb tgt=obl:against|obl:on
204 verb deploy obj=wmd|weapon_of_mass_destruction|dirty_bomb tgt=obl:against|obl:on
204 verb launch obj=wmd|weapon_of_mass_destruction|dirty_bomb tgt=obl:against|obl:on
204 noun wmd_attack tgt=nmod:on|nmod:against
2041 verb gas tgt=obj
2041 verb poison tgt=obj
2041 verb use obj=chemical_weapon|nerve_agent|sarin|chlorine|mustard_gas|poison_gas|nerve_gas|biological_weapon|anthrax|vx|novichok tgt=obl:against|obl:on|obl:in
2041 verb deploy obj=chemical_weapon|nerve_agent|sarin|chlorine|mustard_gas|poison_gas|nerve_gas|biological_weapon|anthrax|vx|novichok tgt=obl:against|obl:on|obl:in
2041 verb launch obj=chemical_weapon|nerve_agent|sarin|chlorine|mustard_gas|poison_gas|nerve_gas|biological_weapon|anthrax|vx|novichok tgt=obl:against|obl:on|obl:in
2041 verb drop obj=chemical_weapon|nerve_agent|sarin|chlorine|mustard_gas|poison_gas|nerve_gas|biological_weapon|anthrax|vx|novichok tgt=obl:against|obl:on|obl:in
2041 verb fire obj=chemical_weapon|nerve_agent|sarin|chlorine|mustard_gas|poison_gas|nerve_gas|biological_weapon|anthrax|vx|novichok tgt=obl:against|obl:on|obl:in
2041 verb release obj=chemical_weapon|nerve_agent|sarin|chlorine|mustard_gas|poison_gas|nerve_gas|biological_weapon|anthrax|vx|novichok tgt=obl:against|obl:on|obl:in
2041 noun chemical_attack tgt=nmod:on|nmod:against|nmod:in
2041 noun gas_attack tgt=nmod:on|nmod:against|nmod:in
2041 noun chemical_weapon tgt=nmod:on|nmod:against|nmod:in
2041 noun sarin_attack tgt=nmod:on|nmod:against|nmod:in
2041 noun chlorine_attack tgt=nmod:on|nmod:against|nmod:in
2041 noun nerve_agent_attack tgt=nmod:on|nmod:against|nmod:in
2041 noun biological_attack tgt=nmod:on|nmod:against|nmod:in
2042 verb detonate obj=nuclear_weapon|nuclear_bomb|atomic_bomb|nuke|nuclear_warhead|nuclear_missile|h-bomb|hydrogen_bomb tgt=obl:on|obl:against|obl:over
2042 verb drop obj=nuclear_weapon|nuclear_bomb|atomic_bomb|nuke|nuclear_warhead|nuclear_missile|h-bomb|hydrogen_bomb tgt=obl:on|obl:against|obl:over
2042 verb explode obj=nuclear_weapon|nuclear_bomb|atomic_bomb|nuke|nuclear_warhead|nuclear_missile|h-bomb|hydrogen_bomb tgt=obl:on|obl:against|obl:over
2042 verb use obj=nuclear_weapon|nuclear_bomb|atomic_bomb|nuke|nuclear_warhead|nuclear_missile|h-bomb|hydrogen_bomb tgt=obl:on|obl:against|obl:over
2042 verb launch obj=nuclear_weapon|nuclear_bomb|atomic_bomb|nuke|nuclear_warhead|nuclear_missile|h-bomb|hydrogen_bomb tgt=obl:on|obl:against|obl:over
2042 verb fire obj=nuclear_weapon|nuclear_bomb|atomic_bomb|nuke|nuclear_warhead|nuclear_missile|h-bomb|hydrogen_bomb tgt=obl:on|obl:against|obl:over
2042 verb nuke tgt=obj
2042 noun nuclear_strike tgt=nmod:on|nmod:against
2042 noun nuclear_attack tgt=nmod:on|nmod:against
2042 noun nuclear_bombing tgt=nmod:on|nmod:against
2042 noun atomic_bombing tgt=nmod:on|nmod:against

# Taking part in ethnic cleansing
203 verb engage obl:in=ethnic_cleansing tgt=obl:against|obl:in>nmod:against
