# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 14 — protest: demonstrations, strikes, boycotts, blockades, riots. The protesters are the source, the authority protested against the target.

# 140 political dissent, unspecified
140 verb protest tgt=obl:against|obl:outside|obl:at|obl:in_front_of|obl:over|obl:to
140 verb dissent tgt=obl:against|obl:outside|obl:at|obl:in_front_of|obl:over|obl:to
140 verb rise prt=up tgt=obl:against
140 verb revolt tgt=obl:against
140 verb rebel tgt=obl:against
140 noun unrest tgt=nmod:against
140 noun dissent tgt=nmod:against
140 noun uprising tgt=nmod:against
140 noun revolt tgt=nmod:against

# 141 demonstrate or rally
141 verb demonstrate tgt=obl:against|obl:outside|obl:at|obl:in_front_of|obl:over|obl:to
141 verb rally tgt=obl:against|obl:outside|obl:at|obl:in_front_of|obl:over|obl:to
141 verb march tgt=obl:against|obl:outside|obl:at|obl:in_front_of|obl:over|obl:to
141 verb picket tgt=obl:against|obl:outside|obl:at|obl:in_front_of|obl:over|obl:to
141 verb parade tgt=obl:against|obl:outside|obl:at|obl:in_front_of|obl:over|obl:to
141 verb gather tgt=obl:against|obl:outside|obl:at|obl:in_front_of|obl:over|obl:to
141 verb assemble tgt=obl:against|obl:outside|obl:at|obl:in_front_of|obl:over|obl:to
141 verb take obl:to=street tgt=obl:against|obl:over
141 verb hold obj=protest|demonstration|rally|march|sit-in|picket|vigil|gathering tgt=obj>nmod:against|obl:against|obj>nmod:outside
141 verb stage obj=protest|demonstration|rally|march|sit-in|picket|vigil|gathering tgt=obj>nmod:against|obl:against|obj>nmod:outside
141 verb organize obj=protest|demonstration|rally|march|sit-in|picket|vigil|gathering tgt=obj>nmod:against|obl:against|obj>nmod:outside
141 verb organise obj=protest|demonstration|rally|march|sit-in|picket|vigil|gathering tgt=obj>nmod:against|obl:against|obj>nmod:outside
141 verb lead obj=protest|demonstration|rally|march|sit-in|picket|vigil|gathering tgt=obj>nmod:against|obl:against|obj>nmod:outside
141 verb join obj=protest|demonstration|rally|march|sit-in|picket|vigil|gathering tgt=obj>nmod:against|obl:against|obj>nmod:outside
141 verb pour obl:into=street|square tgt=obl:against
141 verb flood obl:into=street|square tgt=obl:against
141 verb throng obl:into=street|square tgt=obl:against
141 verb fill obl:into=street|square tgt=obl:against
141 verb chant obj=slogan|placard|banner|flag|sign tgt=obl:against
141 verb wave obj=slogan|placard|banner|flag|sign tgt=obl:against
141 verb brandish obj=slogan|placard|banner|flag|sign tgt=obl:against
141 noun protest tgt=nmod:against|nmod:outside|nmod:over
141 noun demonstration tgt=nmod:against|nmod:outside|nmod:over
141 noun rally tgt=nmod:against|nmod:outside|nmod:over
141 noun march tgt=nmod:against|nmod:outside|nmod:over
141 noun sit-in tgt=nmod:against|nmod:outside|nmod:over
141 noun picket tgt=nmod:against|nmod:outside|nmod:over
141 noun protester tgt=nmod:against|nmod:outside|nmod:over
141 noun demonstrator tgt=nmod:against|nmod:outside|nmod:over

# 1411 demonstrations for a stated aim
1411 verb demonstrate obl:for=resignation|ouster|removal|departure|overthrow|impeachment|downfall tgt=obl:for>nmod:of|obl:against
1411 verb rally obl:for=resignation|ouster|removal|departure|overthrow|impeachment|downfall tgt=obl:for>nmod:of|obl:against
1411 verb march obl:for=resignation|ouster|removal|departure|overthrow|impeachment|downfall tgt=obl:for>nmod:of|obl:against
1411 verb protest obl:for=resignation|ouster|removal|departure|overthrow|impeachment|downfall tgt=obl:for>nmod:of|obl:against
1411 noun protest nmod:for=resignation|ouster|removal|departure|overthrow|impeachment|downfall tgt=nmod:for>nmod:of|nmod:against
1411 noun demonstration nmod:for=resignation|ouster|removal|departure|overthrow|impeachment|downfall tgt=nmod:for>nmod:of|nmod:against
1411 noun rally nmod:for=resignation|ouster|removal|departure|overthrow|impeachment|downfall tgt=nmod:for>nmod:of|nmod:against
1411 noun march nmod:for=resignation|ouster|removal|departure|overthrow|impeachment|downfall tgt=nmod:for>nmod:of|nmod:against

# 1412 demonstrations for a stated aim
1412 verb demonstrate obl:for=policy|law|reform|price|tax|hike|austerity|decision|bill|measure|cut tgt=obl:against
1412 verb rally obl:for=policy|law|reform|price|tax|hike|austerity|decision|bill|measure|cut tgt=obl:against
1412 verb march obl:for=policy|law|reform|price|tax|hike|austerity|decision|bill|measure|cut tgt=obl:against
1412 verb protest obl:for=policy|law|reform|price|tax|hike|austerity|decision|bill|measure|cut tgt=obl:against
1412 verb demonstrate obl:against=policy|law|reform|price|tax|hike|austerity|decision|bill|measure|cut tgt=obl:against>nmod:poss
1412 verb rally obl:against=policy|law|reform|price|tax|hike|austerity|decision|bill|measure|cut tgt=obl:against>nmod:poss
1412 verb march obl:against=policy|law|reform|price|tax|hike|austerity|decision|bill|measure|cut tgt=obl:against>nmod:poss
1412 verb protest obl:against=policy|law|reform|price|tax|hike|austerity|decision|bill|measure|cut tgt=obl:against>nmod:poss
1412 noun protest nmod:for=policy|law|reform|price|tax|hike|austerity|decision|bill|measure|cut tgt=nmod:against
1412 noun demonstration nmod:for=policy|law|reform|price|tax|hike|austerity|decision|bill|measure|cut tgt=nmod:against
1412 noun rally nmod:for=policy|law|reform|price|tax|hike|austerity|decision|bill|measure|cut tgt=nmod:against
1412 noun march nmod:for=policy|law|reform|price|tax|hike|austerity|decision|bill|measure|cut tgt=nmod:against
1412 noun protest nmod:against=policy|law|reform|price|tax|hike|austerity|decision|bill|measure|cut tgt=nmod:against>nmod:poss
1412 noun demonstration nmod:against=policy|law|reform|price|tax|hike|austerity|decision|bill|measure|cut tgt=nmod:against>nmod:poss
1412 noun rally nmod:against=policy|law|reform|price|tax|hike|austerity|decision|bill|measure|cut tgt=nmod:against>nmod:poss
1412 noun march nmod:against=policy|law|reform|price|tax|hike|austerity|decision|bill|measure|cut tgt=nmod:against>nmod:poss

# 1413 demonstrations for a stated aim
1413 verb demonstrate obl:for=right|freedom|equality|justice|democracy|suffrage|autonomy|independence tgt=obl:against
1413 verb rally obl:for=right|freedom|equality|justice|democracy|suffrage|autonomy|independence tgt=obl:against
1413 verb march obl:for=right|freedom|equality|justice|democracy|suffrage|autonomy|independence tgt=obl:against
1413 verb protest obl:for=right|freedom|equality|justice|democracy|suffrage|autonomy|independence tgt=obl:against
1413 verb demonstrate obl:against=right|freedom|equality|justice|democracy|suffrage|autonomy|independence tgt=obl:against>nmod:poss
1413 verb rally obl:against=right|freedom|equality|justice|democracy|suffrage|autonomy|independence tgt=obl:against>nmod:poss
1413 verb march obl:against=right|freedom|equality|justice|democracy|suffrage|autonomy|independence tgt=obl:against>nmod:poss
1413 verb protest obl:against=right|freedom|equality|justice|democracy|suffrage|autonomy|independence tgt=obl:against>nmod:poss
1413 noun protest nmod:for=right|freedom|equality|justice|democracy|suffrage|autonomy|independence tgt=nmod:against
1413 noun demonstration nmod:for=right|freedom|equality|justice|democracy|suffrage|autonomy|independence tgt=nmod:against
1413 noun rally nmod:for=right|freedom|equality|justice|democracy|suffrage|autonomy|independence tgt=nmod:against
1413 noun march nmod:for=right|freedom|equality|justice|democracy|suffrage|autonomy|independence tgt=nmod:against
1413 noun protest nmod:against=right|freedom|equality|justice|democracy|suffrage|autonomy|independence tgt=nmod:against>nmod:poss
1413 noun demonstration nmod:against=right|freedom|equality|justice|democracy|suffrage|autonomy|independence tgt=nmod:against>nmod:poss
1413 noun rally nmod:against=right|freedom|equality|justice|democracy|suffrage|autonomy|independence tgt=nmod:against>nmod:poss
1413 noun march nmod:against=right|freedom|equality|justice|democracy|suffrage|autonomy|independence tgt=nmod:against>nmod:poss

# 1414 demonstrations for a stated aim
1414 verb demonstrate obl:for=constitution|election|referendum|institution|regime_change|system tgt=obl:against
1414 verb rally obl:for=constitution|election|referendum|institution|regime_change|system tgt=obl:against
1414 verb march obl:for=constitution|election|referendum|institution|regime_change|system tgt=obl:against
1414 verb protest obl:for=constitution|election|referendum|institution|regime_change|system tgt=obl:against
1414 verb demonstrate obl:against=constitution|election|referendum|institution|regime_change|system tgt=obl:against>nmod:poss
1414 verb rally obl:against=constitution|election|referendum|institution|regime_change|system tgt=obl:against>nmod:poss
1414 verb march obl:against=constitution|election|referendum|institution|regime_change|system tgt=obl:against>nmod:poss
1414 verb protest obl:against=constitution|election|referendum|institution|regime_change|system tgt=obl:against>nmod:poss
1414 noun protest nmod:for=constitution|election|referendum|institution|regime_change|system tgt=nmod:against
1414 noun demonstration nmod:for=constitution|election|referendum|institution|regime_change|system tgt=nmod:against
1414 noun rally nmod:for=constitution|election|referendum|institution|regime_change|system tgt=nmod:against
1414 noun march nmod:for=constitution|election|referendum|institution|regime_change|system tgt=nmod:against
1414 noun protest nmod:against=constitution|election|referendum|institution|regime_change|system tgt=nmod:against>nmod:poss
1414 noun demonstration nmod:against=constitution|election|referendum|institution|regime_change|system tgt=nmod:against>nmod:poss
1414 noun rally nmod:against=constitution|election|referendum|institution|regime_change|system tgt=nmod:against>nmod:poss
1414 noun march nmod:against=constitution|election|referendum|institution|regime_change|system tgt=nmod:against>nmod:poss

# 142 hunger strike
142 verb go obl:on=hunger_strike tgt=obl:against
142 verb stage obj=hunger_strike tgt=obl:against|obj>nmod:against
142 verb begin obj=hunger_strike tgt=obl:against|obj>nmod:against
142 verb launch obj=hunger_strike tgt=obl:against|obj>nmod:against
142 verb start obj=hunger_strike tgt=obl:against|obj>nmod:against
142 verb hold obj=hunger_strike tgt=obl:against|obj>nmod:against
142 verb continue obj=hunger_strike tgt=obl:against|obj>nmod:against
142 verb end obj=hunger_strike tgt=obl:against|obj>nmod:against
142 verb fast advcl=protest tgt=-
142 noun hunger_strike tgt=nmod:against
142 noun hunger_striker tgt=nmod:against
1421 verb stage obj=hunger_strike obj>nmod:for=resignation|ouster|removal tgt=obl:against
1421 verb begin obj=hunger_strike obj>nmod:for=resignation|ouster|removal tgt=obl:against
1421 verb launch obj=hunger_strike obj>nmod:for=resignation|ouster|removal tgt=obl:against
1421 verb go obj=hunger_strike obj>nmod:for=resignation|ouster|removal tgt=obl:against
1421 noun hunger_strike nmod:for=resignation|ouster|removal tgt=nmod:against
1422 verb stage obj=hunger_strike obj>nmod:for=policy|law|decision|reform tgt=obl:against
1422 verb begin obj=hunger_strike obj>nmod:for=policy|law|decision|reform tgt=obl:against
1422 verb launch obj=hunger_strike obj>nmod:for=policy|law|decision|reform tgt=obl:against
1422 verb go obj=hunger_strike obj>nmod:for=policy|law|decision|reform tgt=obl:against
1422 noun hunger_strike nmod:for=policy|law|decision|reform tgt=nmod:against
1423 verb stage obj=hunger_strike obj>nmod:for=right|freedom|justice|release tgt=obl:against
1423 verb begin obj=hunger_strike obj>nmod:for=right|freedom|justice|release tgt=obl:against
1423 verb launch obj=hunger_strike obj>nmod:for=right|freedom|justice|release tgt=obl:against
1423 verb go obj=hunger_strike obj>nmod:for=right|freedom|justice|release tgt=obl:against
1423 noun hunger_strike nmod:for=right|freedom|justice|release tgt=nmod:against
1424 verb stage obj=hunger_strike obj>nmod:for=constitution|election|referendum tgt=obl:against
1424 verb begin obj=hunger_strike obj>nmod:for=constitution|election|referendum tgt=obl:against
1424 verb launch obj=hunger_strike obj>nmod:for=constitution|election|referendum tgt=obl:against
1424 verb go obj=hunger_strike obj>nmod:for=constitution|election|referendum tgt=obl:against
1424 noun hunger_strike nmod:for=constitution|election|referendum tgt=nmod:against

# 143 strike or boycott
143 verb strike obl:over=* tgt=obl:against
143 verb strike obl:for=* tgt=obl:against
143 verb walk prt=out tgt=obl:of|obl:against
143 verb stop xcomp=work tgt=obl:against|obl:over
143 verb stop obj=work tgt=obl:against|obl:over
143 verb go obl:on=strike tgt=obl:against
143 verb stage obj=strike|walkout|stoppage|general_strike|work_stoppage|sit-down|shutdown|boycott tgt=obl:against|obj>nmod:against
143 verb call obj=strike|walkout|stoppage|general_strike|work_stoppage|sit-down|shutdown|boycott tgt=obl:against|obj>nmod:against
143 verb hold obj=strike|walkout|stoppage|general_strike|work_stoppage|sit-down|shutdown|boycott tgt=obl:against|obj>nmod:against
143 verb launch obj=strike|walkout|stoppage|general_strike|work_stoppage|sit-down|shutdown|boycott tgt=obl:against|obj>nmod:against
143 verb begin obj=strike|walkout|stoppage|general_strike|work_stoppage|sit-down|shutdown|boycott tgt=obl:against|obj>nmod:against
143 verb start obj=strike|walkout|stoppage|general_strike|work_stoppage|sit-down|shutdown|boycott tgt=obl:against|obj>nmod:against
143 verb join obj=strike|walkout|stoppage|general_strike|work_stoppage|sit-down|shutdown|boycott tgt=obl:against|obj>nmod:against
143 verb boycott obj=election|vote|poll|ballot|session|parliament|inauguration|ceremony|class|exam|product|good|brand tgt=obj>nmod:poss|obj
143 verb shun obj=election|vote|poll|ballot|session|parliament|inauguration|ceremony|class|exam|product|good|brand tgt=obj>nmod:poss|obj
143 verb down obj=tool tgt=-
143 verb shutter obj=shop|store|business|market advcl=protest tgt=-
143 verb close obj=shop|store|business|market advcl=protest tgt=-
143 noun strike tgt=nmod:against|nmod:at
143 noun walkout tgt=nmod:against|nmod:at
143 noun stoppage tgt=nmod:against|nmod:at
143 noun general_strike tgt=nmod:against|nmod:at
143 noun boycott tgt=nmod:against|nmod:at
143 noun shutdown tgt=nmod:against|nmod:at
1431 verb strike obl:for=resignation|ouster|removal tgt=obl:against
1431 verb strike obl:over=resignation|ouster|removal tgt=obl:against|obl:over>nmod:poss
1431 verb call obj=strike|general_strike|boycott obj>nmod:over=resignation|ouster|removal tgt=obl:against
1431 verb stage obj=strike|general_strike|boycott obj>nmod:over=resignation|ouster|removal tgt=obl:against
1431 verb hold obj=strike|general_strike|boycott obj>nmod:over=resignation|ouster|removal tgt=obl:against
1431 noun strike nmod:over=resignation|ouster|removal tgt=nmod:against
1431 noun boycott nmod:over=resignation|ouster|removal tgt=nmod:against
1431 noun strike nmod:for=resignation|ouster|removal tgt=nmod:against
1431 noun boycott nmod:for=resignation|ouster|removal tgt=nmod:against
1432 verb strike obl:for=pay|wage|pension|policy|law|cut|reform|price|tax tgt=obl:against
1432 verb strike obl:over=pay|wage|pension|policy|law|cut|reform|price|tax tgt=obl:against|obl:over>nmod:poss
1432 verb call obj=strike|general_strike|boycott obj>nmod:over=pay|wage|pension|policy|law|cut|reform|price|tax tgt=obl:against
1432 verb stage obj=strike|general_strike|boycott obj>nmod:over=pay|wage|pension|policy|law|cut|reform|price|tax tgt=obl:against
1432 verb hold obj=strike|general_strike|boycott obj>nmod:over=pay|wage|pension|policy|law|cut|reform|price|tax tgt=obl:against
1432 noun strike nmod:over=pay|wage|pension|policy|law|cut|reform|price|tax tgt=nmod:against
1432 noun boycott nmod:over=pay|wage|pension|policy|law|cut|reform|price|tax tgt=nmod:against
1432 noun strike nmod:for=pay|wage|pension|policy|law|cut|reform|price|tax tgt=nmod:against
1432 noun boycott nmod:for=pay|wage|pension|policy|law|cut|reform|price|tax tgt=nmod:against
1433 verb strike obl:for=right|freedom|recognition|equality tgt=obl:against
1433 verb strike obl:over=right|freedom|recognition|equality tgt=obl:against|obl:over>nmod:poss
1433 verb call obj=strike|general_strike|boycott obj>nmod:over=right|freedom|recognition|equality tgt=obl:against
1433 verb stage obj=strike|general_strike|boycott obj>nmod:over=right|freedom|recognition|equality tgt=obl:against
1433 verb hold obj=strike|general_strike|boycott obj>nmod:over=right|freedom|recognition|equality tgt=obl:against
1433 noun strike nmod:over=right|freedom|recognition|equality tgt=nmod:against
1433 noun boycott nmod:over=right|freedom|recognition|equality tgt=nmod:against
1433 noun strike nmod:for=right|freedom|recognition|equality tgt=nmod:against
1433 noun boycott nmod:for=right|freedom|recognition|equality tgt=nmod:against
1434 verb strike obl:for=constitution|election|referendum tgt=obl:against
1434 verb strike obl:over=constitution|election|referendum tgt=obl:against|obl:over>nmod:poss
1434 verb call obj=strike|general_strike|boycott obj>nmod:over=constitution|election|referendum tgt=obl:against
1434 verb stage obj=strike|general_strike|boycott obj>nmod:over=constitution|election|referendum tgt=obl:against
1434 verb hold obj=strike|general_strike|boycott obj>nmod:over=constitution|election|referendum tgt=obl:against
1434 noun strike nmod:over=constitution|election|referendum tgt=nmod:against
1434 noun boycott nmod:over=constitution|election|referendum tgt=nmod:against
1434 noun strike nmod:for=constitution|election|referendum tgt=nmod:against
1434 noun boycott nmod:for=constitution|election|referendum tgt=nmod:against

# 144 obstruct passage, block
144 verb block obj=road|highway|street|entrance|access|traffic|port|bridge|railway|rail_line|border_crossing|square|building|office|parliament|ministry|airport|motorway|intersection|junction|gate|mine tgt=obj>nmod:poss|obj>nmod:to
144 verb blockade obj=road|highway|street|entrance|access|traffic|port|bridge|railway|rail_line|border_crossing|square|building|office|parliament|ministry|airport|motorway|intersection|junction|gate|mine tgt=obj>nmod:poss|obj>nmod:to
144 verb barricade obj=road|highway|street|entrance|access|traffic|port|bridge|railway|rail_line|border_crossing|square|building|office|parliament|ministry|airport|motorway|intersection|junction|gate|mine tgt=obj>nmod:poss|obj>nmod:to
144 verb obstruct obj=road|highway|street|entrance|access|traffic|port|bridge|railway|rail_line|border_crossing|square|building|office|parliament|ministry|airport|motorway|intersection|junction|gate|mine tgt=obj>nmod:poss|obj>nmod:to
144 verb occupy obj=road|highway|street|entrance|access|traffic|port|bridge|railway|rail_line|border_crossing|square|building|office|parliament|ministry|airport|motorway|intersection|junction|gate|mine tgt=obj>nmod:poss|obj>nmod:to
144 verb set prt=up obj=barricade|roadblock|blockade|checkpoint tgt=obl:outside|obl:at
144 verb erect obj=barricade|roadblock|blockade|checkpoint tgt=obl:outside|obl:at
144 verb build obj=barricade|roadblock|blockade|checkpoint tgt=obl:outside|obl:at
144 verb chain obl:to=* tgt=obl:to
144 noun roadblock tgt=nmod:of
144 noun barricade tgt=nmod:of
1441 verb block obj=road|highway|street|port|bridge|railway advcl=demand advcl>obj=resignation|ouster tgt=obj>nmod:poss
1441 verb blockade obj=road|highway|street|port|bridge|railway advcl=demand advcl>obj=resignation|ouster tgt=obj>nmod:poss
1441 verb barricade obj=road|highway|street|port|bridge|railway advcl=demand advcl>obj=resignation|ouster tgt=obj>nmod:poss
1442 verb block obj=road|highway|street|port|bridge|railway advcl=demand advcl>obj=policy|law|reform|price|tax|decision tgt=obj>nmod:poss
1442 verb blockade obj=road|highway|street|port|bridge|railway advcl=demand advcl>obj=policy|law|reform|price|tax|decision tgt=obj>nmod:poss
1442 verb barricade obj=road|highway|street|port|bridge|railway advcl=demand advcl>obj=policy|law|reform|price|tax|decision tgt=obj>nmod:poss
1443 verb block obj=road|highway|street|port|bridge|railway advcl=demand advcl>obj=right|freedom|recognition tgt=obj>nmod:poss
1443 verb blockade obj=road|highway|street|port|bridge|railway advcl=demand advcl>obj=right|freedom|recognition tgt=obj>nmod:poss
1443 verb barricade obj=road|highway|street|port|bridge|railway advcl=demand advcl>obj=right|freedom|recognition tgt=obj>nmod:poss
1444 verb block obj=road|highway|street|port|bridge|railway advcl=demand advcl>obj=constitution|election|referendum tgt=obj>nmod:poss
1444 verb blockade obj=road|highway|street|port|bridge|railway advcl=demand advcl>obj=constitution|election|referendum tgt=obj>nmod:poss
1444 verb barricade obj=road|highway|street|port|bridge|railway advcl=demand advcl>obj=constitution|election|referendum tgt=obj>nmod:poss

# 145 protest violently, riot
145 verb riot tgt=obl:against|obl:in
145 verb rampage tgt=obl:against|obl:in
145 verb loot tgt=obl:against|obl:in
145 verb clash obl:with=police|security_force|officer|riot_police|troops|soldier|guard tgt=obl:with
145 verb scuffle obl:with=police|security_force|officer|riot_police|troops|soldier|guard tgt=obl:with
145 verb skirmish obl:with=police|security_force|officer|riot_police|troops|soldier|guard tgt=obl:with
145 verb brawl obl:with=police|security_force|officer|riot_police|troops|soldier|guard tgt=obl:with
145 verb hurl obj=stone|rock|petrol_bomb|molotov_cocktail|brick|bottle|firebomb|projectile tgt=obl:at
145 verb throw obj=stone|rock|petrol_bomb|molotov_cocktail|brick|bottle|firebomb|projectile tgt=obl:at
145 verb pelt obj=stone|rock|petrol_bomb|molotov_cocktail|brick|bottle|firebomb|projectile tgt=obl:at
145 verb torch obj=car|vehicle|tire|tyre|building|office|police_station|shop|bus|effigy tgt=obj>nmod:poss
145 verb burn obj=car|vehicle|tire|tyre|building|office|police_station|shop|bus|effigy tgt=obj>nmod:poss
145 verb set obj=fire obl:to=car|vehicle|tire|tyre|building|office|police_station|shop|bus|headquarters|hall|town_hall|parliament|courthouse|embassy|palace|station tgt=obl:to>nmod:poss
145 verb storm obj=parliament|office|embassy|building|police_station|headquarters|courthouse|palace|compound|legislature|capitol tgt=obj>nmod:poss|obj
145 verb ransack obj=parliament|office|embassy|building|police_station|headquarters|courthouse|palace|compound|legislature|capitol tgt=obj>nmod:poss|obj
145 verb vandalize obj=parliament|office|embassy|building|police_station|headquarters|courthouse|palace|compound|legislature|capitol tgt=obj>nmod:poss|obj
145 verb vandalise obj=parliament|office|embassy|building|police_station|headquarters|courthouse|palace|compound|legislature|capitol tgt=obj>nmod:poss|obj
145 verb attack obj=parliament|office|embassy|building|police_station|headquarters|courthouse|palace|compound|legislature|capitol tgt=obj>nmod:poss|obj
145 noun riot amod=violent|street|mob tgt=nmod:against
145 noun rioting amod=violent|street|mob tgt=nmod:against
145 noun violence amod=violent|street|mob tgt=nmod:against
145 noun unrest amod=violent|street|mob tgt=nmod:against
145 noun looting amod=violent|street|mob tgt=nmod:against
145 noun rampage amod=violent|street|mob tgt=nmod:against
145 noun riot tgt=nmod:against
145 noun rioting tgt=nmod:against
145 noun looting tgt=nmod:against
145 noun rampage tgt=nmod:against
1451 verb riot obl:over=resignation|ouster tgt=obl:with|obl:over>nmod:poss
1451 verb clash obl:over=resignation|ouster tgt=obl:with|obl:over>nmod:poss
1451 noun riot nmod:over=resignation|ouster tgt=nmod:with
1451 noun clash nmod:over=resignation|ouster tgt=nmod:with
1452 verb riot obl:over=policy|law|reform|price|tax tgt=obl:with|obl:over>nmod:poss
1452 verb clash obl:over=policy|law|reform|price|tax tgt=obl:with|obl:over>nmod:poss
1452 noun riot nmod:over=policy|law|reform|price|tax tgt=nmod:with
1452 noun clash nmod:over=policy|law|reform|price|tax tgt=nmod:with
1453 verb riot obl:over=right|freedom tgt=obl:with|obl:over>nmod:poss
1453 verb clash obl:over=right|freedom tgt=obl:with|obl:over>nmod:poss
1453 noun riot nmod:over=right|freedom tgt=nmod:with
1453 noun clash nmod:over=right|freedom tgt=nmod:with
1454 verb riot obl:over=constitution|election|referendum tgt=obl:with|obl:over>nmod:poss
1454 verb clash obl:over=constitution|election|referendum tgt=obl:with|obl:over>nmod:poss
1454 noun riot nmod:over=constitution|election|referendum tgt=nmod:with
1454 noun clash nmod:over=constitution|election|referendum tgt=nmod:with
