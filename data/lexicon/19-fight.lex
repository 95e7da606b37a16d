# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 19 — fight: conventional military force

# 190 conventional military force, unspecified
190 verb attack obj=* tgt=obj
190 verb strike obj=* tgt=obj
190 verb hit obj=* tgt=obj
190 verb raid obj=* tgt=obj
190 verb assault obj=* tgt=obj
190 verb storm obj=* tgt=obj
190 verb pound obj=* tgt=obj
190 verb target obj=* tgt=obj
190 verb fight tgt=obj|obl:with|obl:against
190 verb repel obj=attack|offensive|assault|advance|raid|incursion|attempt tgt=obj>nmod:by|obj>nmod:from
190 verb repulse obj=attack|offensive|assault|advance|raid|incursion|attempt tgt=obj>nmod:by|obj>nmod:from
190 verb battle tgt=obj|obl:with|obl:against
190 verb engage tgt=obj|obl:with|obl:against
190 verb clash tgt=obl:with
190 verb skirmish tgt=obl:with
190 verb invade tgt=obj
190 verb kill tgt=obj
190 verb launch obj=attack|offensive|assault|raid|operation|incursion|counteroffensive|counterattack|strike|invasion|military_operation|ground_offensive|incursion tgt=obl:against|obl:on|obl:into|obj>nmod:against|obj>nmod:on
190 verb mount obj=attack|offensive|assault|raid|operation|incursion|counteroffensive|counterattack|strike|invasion|military_operation|ground_offensive|incursion tgt=obl:against|obl:on|obl:into|obj>nmod:against|obj>nmod:on
190 verb carry prt=out obj=attack|offensive|assault|raid|operation|incursion|counteroffensive|counterattack|strike|invasion|military_operation|ground_offensive|incursion tgt=obl:against|obl:on|obl:into|obj>nmod:against|obj>nmod:on
190 verb conduct obj=attack|offensive|assault|raid|operation|incursion|counteroffensive|counterattack|strike|invasion|military_operation|ground_offensive|incursion tgt=obl:against|obl:on|obl:into|obj>nmod:against|obj>nmod:on
190 verb stage obj=attack|offensive|assault|raid|operation|incursion|counteroffensive|counterattack|strike|invasion|military_operation|ground_offensive|incursion tgt=obl:against|obl:on|obl:into|obj>nmod:against|obj>nmod:on
190 verb wage obj=war|campaign|battle|offensive tgt=obl:against|obl:on|obj>nmod:against
190 verb declare obj=war tgt=obl:on|obl:against
190 verb go obl:to=war tgt=obl:with|obl:against
190 verb retaliate tgt=obl:against
190 noun attack tgt=nmod:on|nmod:against|nmod:with|nmod:between
190 noun offensive tgt=nmod:on|nmod:against|nmod:with|nmod:between
190 noun assault tgt=nmod:on|nmod:against|nmod:with|nmod:between
190 noun raid tgt=nmod:on|nmod:against|nmod:with|nmod:between
190 noun war tgt=nmod:on|nmod:against|nmod:with|nmod:between
190 noun fighting tgt=nmod:on|nmod:against|nmod:with|nmod:between
190 noun clash tgt=nmod:on|nmod:against|nmod:with|nmod:between
190 noun battle tgt=nmod:on|nmod:against|nmod:with|nmod:between
190 noun invasion tgt=nmod:on|nmod:against|nmod:with|nmod:between
190 noun incursion tgt=nmod:on|nmod:against|nmod:with|nmod:between
190 noun firefight tgt=nmod:on|nmod:against|nmod:with|nmod:between
190 noun counteroffensive tgt=nmod:on|nmod:against|nmod:with|nmod:between
190 noun skirmish tgt=nmod:on|nmod:against|nmod:with|nmod:between
190 noun hostility tgt=nmod:on|nmod:against|nmod:with|nmod:between

# 191 impose blockade, restrict movement
191 verb blockade tgt=obj
191 verb besiege tgt=obj
191 verb encircle tgt=obj
191 verb surround nsubj=troops|troop|force|army|soldier|tank|unit|militia|fighter|rebel|insurgent|militant|police|jihadist tgt=obj
191 verb cordon prt=off tgt=obj
191 verb seal prt=off tgt=obj
191 verb impose obj=blockade|siege|naval_blockade|no-fly_zone|closure tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:of
191 verb enforce obj=blockade|siege|naval_blockade|no-fly_zone|closure tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:of
191 verb tighten obj=blockade|siege|naval_blockade|no-fly_zone|closure tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:of
191 verb lay obj=siege tgt=obl:to
191 verb close obj=border|crossing|airspace|strait|port|coast|checkpoint tgt=obl:to|obj>nmod:with
191 verb seal obj=border|crossing|airspace|strait|port|coast|checkpoint tgt=obl:to|obj>nmod:with
191 verb shut obj=border|crossing|airspace|strait|port|coast|checkpoint tgt=obl:to|obj>nmod:with
191 noun blockade tgt=nmod:of|nmod:on
191 noun siege tgt=nmod:of|nmod:on
191 noun encirclement tgt=nmod:of|nmod:on

# 192 occupy territory
192 verb occupy tgt=obj
192 verb annex tgt=obj
192 verb seize obj=town|city|village|territory|region|area|province|island|airport|base|port|district|hill|position|border_post|outpost|capital|stronghold|crossing|bridge tgt=obj>nmod:poss|obj>nmod:from|obl:from
192 verb capture obj=town|city|village|territory|region|area|province|island|airport|base|port|district|hill|position|border_post|outpost|capital|stronghold|crossing|bridge tgt=obj>nmod:poss|obj>nmod:from|obl:from
192 verb take obj=town|city|village|territory|region|area|province|island|airport|base|port|district|hill|position|border_post|outpost|capital|stronghold|crossing|bridge tgt=obj>nmod:poss|obj>nmod:from|obl:from
192 verb overrun obj=town|city|village|territory|region|area|province|island|airport|base|port|district|hill|position|border_post|outpost|capital|stronghold|crossing|bridge tgt=obj>nmod:poss|obj>nmod:from|obl:from
192 verb conquer obj=town|city|village|territory|region|area|province|island|airport|base|port|district|hill|position|border_post|outpost|capital|stronghold|crossing|bridge tgt=obj>nmod:poss|obj>nmod:from|obl:from
192 verb retake obj=town|city|village|territory|region|area|province|island|airport|base|port|district|hill|position|border_post|outpost|capital|stronghold|crossing|bridge tgt=obj>nmod:poss|obj>nmod:from|obl:from
192 verb recapture obj=town|city|village|territory|region|area|province|island|airport|base|port|district|hill|position|border_post|outpost|capital|stronghold|crossing|bridge tgt=obj>nmod:poss|obj>nmod:from|obl:from
192 verb take prt=over obj=town|city|territory|region|province|capital|base tgt=obj>nmod:poss
192 verb take obj=control obl:of=* tgt=obl:of
192 verb move obl:into=* nsubj=troops|troop|force|army|soldier|tank|unit|militant|rebel|fighter|insurgent|militia|column|convoy|brigade|battalion|division|marine|paratrooper|regiment|jihadist tgt=obl:into
192 verb march obl:into=* tgt=obl:into
192 verb push obl:into=* tgt=obl:into
192 verb roll obl:into=* tgt=obl:into
192 verb advance obl:into=* tgt=obl:into
192 noun occupation tgt=nmod:of
192 noun annexation tgt=nmod:of
192 noun capture tgt=nmod:of
192 noun takeover tgt=nmod:of

# 193 small arms and light weapons
193 verb shoot tgt=obj|obl:at
193 verb gun tgt=obj|obl:at
193 verb snipe tgt=obj|obl:at
193 verb open obj=fire tgt=obl:on|obl:at
193 verb fire obj=shot|bullet|round|gunfire|machine_gun tgt=obl:at|obl:on
193 verb exchange obj=fire|gunfire|shot tgt=obl:with
193 verb trade obj=fire|gunfire|shot tgt=obl:with
193 noun gunfire tgt=nmod:with|nmod:on|nmod:at
193 noun shooting tgt=nmod:with|nmod:on|nmod:at
193 noun gunfight tgt=nmod:with|nmod:on|nmod:at
193 noun shootout tgt=nmod:with|nmod:on|nmod:at
193 noun exchange_of_fire tgt=nmod:with|nmod:on|nmod:at
193 noun sniper_fire tgt=nmod:with|nmod:on|nmod:at

# 194 artillery and tanks
194 verb shell tgt=obj
194 verb bombard tgt=obj
194 verb mortar tgt=obj
194 verb fire obj=shell|mortar|rocket|artillery|missile|round|howitzer|grad|salvo|barrage tgt=obl:at|obl:on|obl:into|obl:toward|obl:towards
194 verb launch obj=shell|mortar|rocket|artillery|missile|round|howitzer|grad|salvo|barrage tgt=obl:at|obl:on|obl:into|obl:toward|obl:towards
194 verb lob obj=shell|mortar|rocket|artillery|missile|round|howitzer|grad|salvo|barrage tgt=obl:at|obl:on|obl:into|obl:toward|obl:towards
194 verb pound obl:with=artillery|shell|rocket|mortar|tank|missile tgt=obj
194 verb hit obl:with=artillery|shell|rocket|mortar|tank|missile tgt=obj
194 verb roll obj=tank|armor|armour|armored_vehicle obl:into=* tgt=obl:into
194 verb send obj=tank|armor|armour|armored_vehicle obl:into=* tgt=obl:into
194 verb deploy obj=tank|armor|armour|armored_vehicle obl:into=* tgt=obl:into
194 noun shelling tgt=nmod:on|nmod:of|nmod:against
194 noun bombardment tgt=nmod:on|nmod:of|nmod:against
194 noun artillery_fire tgt=nmod:on|nmod:of|nmod:against
194 noun rocket_attack tgt=nmod:on|nmod:of|nmod:against
194 noun missile_attack tgt=nmod:on|nmod:of|nmod:against
194 noun rocket_fire tgt=nmod:on|nmod:of|nmod:against
194 noun barrage tgt=nmod:on|nmod:of|nmod:against

# 195 aerial weapons
195 verb bomb tgt=obj
195 verb strafe tgt=obj
195 verb kill nsubj=aircraft|warplane|helicopter|gunship|helicopter_gunship|jet|fighter_jet|drone|bomber|plane|air_strike|airstrike tgt=obj
195 verb hit nsubj=aircraft|warplane|helicopter|gunship|helicopter_gunship|jet|fighter_jet|drone|bomber|plane tgt=obj
195 verb carry prt=out obj=airstrike|air_strike|air_raid|drone_strike|bombing|bombing_raid|sortie|bombing_campaign|air_campaign tgt=obl:on|obl:against|obl:in|obj>nmod:on|obj>nmod:against
195 verb launch obj=airstrike|air_strike|air_raid|drone_strike|bombing|bombing_raid|sortie|bombing_campaign|air_campaign tgt=obl:on|obl:against|obl:in|obj>nmod:on|obj>nmod:against
195 verb conduct obj=airstrike|air_strike|air_raid|drone_strike|bombing|bombing_raid|sortie|bombing_campaign|air_campaign tgt=obl:on|obl:against|obl:in|obj>nmod:on|obj>nmod:against
195 verb stage obj=airstrike|air_strike|air_raid|drone_strike|bombing|bombing_raid|sortie|bombing_campaign|air_campaign tgt=obl:on|obl:against|obl:in|obj>nmod:on|obj>nmod:against
195 verb drop obj=bomb|barrel_bomb|munition tgt=obl:on
195 verb fire obj=drone|kamikaze_drone|attack_drone tgt=obl:at|obl:on|obl:into|obl:toward|obl:towards|obl:against
195 verb launch obj=drone|kamikaze_drone|attack_drone tgt=obl:at|obl:on|obl:into|obl:toward|obl:towards|obl:against
195 verb send obj=drone|kamikaze_drone|attack_drone tgt=obl:at|obl:into|obl:toward|obl:towards|obl:against
195 verb shoot prt=down obj=plane|jet|aircraft|drone|helicopter|airliner|fighter|missile tgt=obj>nmod:poss
195 verb down obj=plane|jet|aircraft|drone|helicopter|airliner|fighter|missile tgt=obj>nmod:poss
195 verb hit obl:with=airstrike|air_strike|drone|bomb|warplane tgt=obj
195 verb target obl:with=airstrike|air_strike|drone|bomb|warplane tgt=obj
195 verb strike obl:with=airstrike|air_strike|drone|bomb|warplane tgt=obj
195 noun airstrike tgt=nmod:on|nmod:against|nmod:in
195 noun air_strike tgt=nmod:on|nmod:against|nmod:in
195 noun air_raid tgt=nmod:on|nmod:against|nmod:in
195 noun drone_strike tgt=nmod:on|nmod:against|nmod:in
195 noun air_attack tgt=nmod:on|nmod:against|nmod:in
195 noun aerial_bombardment tgt=nmod:on|nmod:against|nmod:in
195 noun strike compound=air|drone|missile tgt=nmod:on|nmod:against|nmod:in
195 noun strike amod=aerial tgt=nmod:on|nmod:against|nmod:in

# 196 violate ceasefire
196 verb violate obj=ceasefire|truce|armistice|cease-fire tgt=obj>nmod:with
196 verb break obj=ceasefire|truce|armistice|cease-fire tgt=obj>nmod:with
196 verb breach obj=ceasefire|truce|armistice|cease-fire tgt=obj>nmod:with
196 noun violation nmod:of=ceasefire|truce|armistice|cease-fire tgt=-
196 noun breach nmod:of=ceasefire|truce|armistice|cease-fire tgt=-
196 noun ceasefire_violation tgt=-

# Firing rockets, shells or missiles at a target is an attack, more than a show of force
194 verb fire obj=shell|mortar|rocket|artillery|missile|round|grad|salvo|barrage obl:at=* tgt=obl:at
194 verb fire obj=shell|mortar|rocket|artillery|missile|round|grad|salvo|barrage obj>nmod:at=* tgt=obj>nmod:at
