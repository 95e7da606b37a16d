# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 15 — exhibit force posture: alerts, mobilization, deployments, shows of force

# 150 demonstrate military or police power
150 verb hold obj=exercise|drill|maneuver|manoeuvre|war_game|military_exercise|naval_exercise|live-fire_exercise tgt=obl:near|obl:off|obl:in
150 verb conduct obj=exercise|drill|maneuver|manoeuvre|war_game|military_exercise|naval_exercise|live-fire_exercise tgt=obl:near|obl:off|obl:in
150 verb stage obj=exercise|drill|maneuver|manoeuvre|war_game|military_exercise|naval_exercise|live-fire_exercise tgt=obl:near|obl:off|obl:in
150 verb carry prt=out obj=exercise|drill|maneuver|manoeuvre|war_game|military_exercise|naval_exercise|live-fire_exercise tgt=obl:near|obl:off|obl:in
150 verb launch obj=exercise|drill|maneuver|manoeuvre|war_game|military_exercise|naval_exercise|live-fire_exercise tgt=obl:near|obl:off|obl:in
150 verb test obj=missile|rocket|ballistic_missile|cruise_missile|nuclear_device|weapon|icbm|hypersonic_missile tgt=obl:into|obl:over|obl:toward
150 verb test-fire obj=missile|rocket|ballistic_missile|cruise_missile|nuclear_device|weapon|icbm|hypersonic_missile tgt=obl:into|obl:over|obl:toward
150 verb launch obj=missile|rocket|ballistic_missile|cruise_missile|nuclear_device|weapon|icbm|hypersonic_missile tgt=obl:into|obl:over|obl:toward
150 verb fire obj=missile|rocket|ballistic_missile|cruise_missile|nuclear_device|weapon|icbm|hypersonic_missile tgt=obl:into|obl:over|obl:toward
150 verb flex obj=muscle|might|force|strength|power tgt=obl:toward|obl:to|obl:near
150 verb show obj=muscle|might|force|strength|power tgt=obl:toward|obl:to|obl:near
150 verb display obj=muscle|might|force|strength|power tgt=obl:toward|obl:to|obl:near
150 verb demonstrate obj=muscle|might|force|strength|power tgt=obl:toward|obl:to|obl:near
150 verb fly obj=bomber|jet|aircraft|warship|carrier|plane|drone obl:near=* tgt=obl:near|obl:over
150 verb send obj=bomber|jet|aircraft|warship|carrier|plane|drone obl:near=* tgt=obl:near|obl:over
150 verb sail obj=bomber|jet|aircraft|warship|carrier|plane|drone obl:near=* tgt=obl:near|obl:over
150 verb parade obj=missile|weapon|tank|troops|arsenal tgt=-
150 verb showcase obj=missile|weapon|tank|troops|arsenal tgt=-
150 verb unveil obj=missile|weapon|tank|troops|arsenal tgt=-
150 verb conduct obj=nuclear_test|missile_test|test tgt=-
150 verb carry prt=out obj=nuclear_test|missile_test|test tgt=-
150 noun show_of_force tgt=nmod:near|nmod:off
150 noun exercise tgt=nmod:near|nmod:off
150 noun drill tgt=nmod:near|nmod:off
150 noun missile_test tgt=nmod:near|nmod:off
150 noun nuclear_test tgt=nmod:near|nmod:off
150 noun war_game tgt=nmod:near|nmod:off

# 151 increase police alert status
151 verb raise obj=alert|security|vigilance|threat_level|alert_level tgt=obl:in|obl:around|obl:at
151 verb heighten obj=alert|security|vigilance|threat_level|alert_level tgt=obl:in|obl:around|obl:at
151 verb increase obj=alert|security|vigilance|threat_level|alert_level tgt=obl:in|obl:around|obl:at
151 verb step prt=up obj=alert|security|vigilance|threat_level|alert_level tgt=obl:in|obl:around|obl:at
151 verb tighten obj=alert|security|vigilance|threat_level|alert_level tgt=obl:in|obl:around|obl:at
151 verb boost obj=alert|security|vigilance|threat_level|alert_level tgt=obl:in|obl:around|obl:at
151 verb put obj=police|security_force|force obl:on=alert|standby tgt=-
151 verb place obj=police|security_force|force obl:on=alert|standby tgt=-
151 noun security_alert tgt=nmod:in

# 152 increase military alert status
152 verb put obj=troops|army|military|force|armed_force|unit|nuclear_force obl:on=alert|standby|high_alert|combat_readiness|war_footing tgt=-
152 verb place obj=troops|army|military|force|armed_force|unit|nuclear_force obl:on=alert|standby|high_alert|combat_readiness|war_footing tgt=-
152 verb raise obj=alert|readiness|defcon obj>amod=military|combat|defense|defence tgt=-
152 verb go obl:on=alert|war_footing|high_alert tgt=-

# 153 mobilize or increase police power
153 verb deploy obj=police|riot_police|security_force|officer|gendarme|police_officer|paramilitary_police|national_guard tgt=obl:to|obl:in
153 verb dispatch obj=police|riot_police|security_force|officer|gendarme|police_officer|paramilitary_police|national_guard tgt=obl:to|obl:in
153 verb send obj=police|riot_police|security_force|officer|gendarme|police_officer|paramilitary_police|national_guard tgt=obl:to|obl:in
153 verb mobilize obj=police|riot_police|security_force|officer|gendarme|police_officer|paramilitary_police|national_guard tgt=obl:to|obl:in
153 verb mobilise obj=police|riot_police|security_force|officer|gendarme|police_officer|paramilitary_police|national_guard tgt=obl:to|obl:in
153 verb station obj=police|riot_police|security_force|officer|gendarme|police_officer|paramilitary_police|national_guard tgt=obl:to|obl:in
153 verb step prt=up obj=patrol|police_presence|security_presence|checkpoint tgt=obl:in
153 verb increase obj=patrol|police_presence|security_presence|checkpoint tgt=obl:in
153 verb boost obj=patrol|police_presence|security_presence|checkpoint tgt=obl:in
153 verb flood obj=street|area|city obl:with=police|officer|security_force tgt=-
153 verb saturate obj=street|area|city obl:with=police|officer|security_force tgt=-

# 154 mobilize or increase armed forces
154 verb mobilize obj=troops|soldier|force|army|reservist|unit|brigade|division|battalion|warship|ship|carrier|aircraft_carrier|submarine|tank|jet|fighter|bomber|missile|artillery|marine|paratrooper|armored_vehicle tgt=obl:to|obl:in|obl:on|obl:near|obl:along
154 verb mobilise obj=troops|soldier|force|army|reservist|unit|brigade|division|battalion|warship|ship|carrier|aircraft_carrier|submarine|tank|jet|fighter|bomber|missile|artillery|marine|paratrooper|armored_vehicle tgt=obl:to|obl:in|obl:on|obl:near|obl:along
154 verb deploy obj=troops|soldier|force|army|reservist|unit|brigade|division|battalion|warship|ship|carrier|aircraft_carrier|submarine|tank|jet|fighter|bomber|missile|artillery|marine|paratrooper|armored_vehicle tgt=obl:to|obl:in|obl:on|obl:near|obl:along
154 verb dispatch obj=troops|soldier|force|army|reservist|unit|brigade|division|battalion|warship|ship|carrier|aircraft_carrier|submarine|tank|jet|fighter|bomber|missile|artillery|marine|paratrooper|armored_vehicle tgt=obl:to|obl:in|obl:on|obl:near|obl:along
154 verb send obj=troops|soldier|force|army|reservist|unit|brigade|division|battalion|warship|ship|carrier|aircraft_carrier|submarine|tank|jet|fighter|bomber|missile|artillery|marine|paratrooper|armored_vehicle tgt=obl:to|obl:in|obl:on|obl:near|obl:along
154 verb station obj=troops|soldier|force|army|reservist|unit|brigade|division|battalion|warship|ship|carrier|aircraft_carrier|submarine|tank|jet|fighter|bomber|missile|artillery|marine|paratrooper|armored_vehicle tgt=obl:to|obl:in|obl:on|obl:near|obl:along
154 verb mass obj=troops|soldier|force|army|reservist|unit|brigade|division|battalion|warship|ship|carrier|aircraft_carrier|submarine|tank|jet|fighter|bomber|missile|artillery|marine|paratrooper|armored_vehicle tgt=obl:to|obl:in|obl:on|obl:near|obl:along
154 verb amass obj=troops|soldier|force|army|reservist|unit|brigade|division|battalion|warship|ship|carrier|aircraft_carrier|submarine|tank|jet|fighter|bomber|missile|artillery|marine|paratrooper|armored_vehicle tgt=obl:to|obl:in|obl:on|obl:near|obl:along
154 verb move obj=troops|soldier|force|army|reservist|unit|brigade|division|battalion|warship|ship|carrier|aircraft_carrier|submarine|tank|jet|fighter|bomber|missile|artillery|marine|paratrooper|armored_vehicle tgt=obl:to|obl:in|obl:on|obl:near|obl:along
154 verb position obj=troops|soldier|force|army|reservist|unit|brigade|division|battalion|warship|ship|carrier|aircraft_carrier|submarine|tank|jet|fighter|bomber|missile|artillery|marine|paratrooper|armored_vehicle tgt=obl:to|obl:in|obl:on|obl:near|obl:along
154 verb reinforce obj=troops|soldier|force|army|reservist|unit|brigade|division|battalion|warship|ship|carrier|aircraft_carrier|submarine|tank|jet|fighter|bomber|missile|artillery|marine|paratrooper|armored_vehicle tgt=obl:to|obl:in|obl:on|obl:near|obl:along
154 verb call prt=up obj=reservist|conscript|troops|reserve tgt=-
154 verb build prt=up obj=presence|military_presence|force|troops|defense|defence tgt=obl:in|obl:near|obl:along
154 verb boost obj=presence|military_presence|force|troops|defense|defence tgt=obl:in|obl:near|obl:along
154 verb increase obj=presence|military_presence|force|troops|defense|defence tgt=obl:in|obl:near|obl:along
154 verb bolster obj=presence|military_presence|force|troops|defense|defence tgt=obl:in|obl:near|obl:along
154 verb conscript obj=* tgt=-
154 verb draft obj=man|men|young_man|youth|citizen|soldier|troops|reservist|conscript|recruit|volunteer|fighter|militant|mercenary|child|boy|student|civilian|prisoner|people tgt=-
154 verb recruit obj=man|men|young_man|youth|citizen|soldier|troops|reservist|conscript|recruit|volunteer|fighter|militant|mercenary|child|boy|student|civilian|prisoner|people tgt=-
154 verb mobilize tgt=-
154 verb mobilise tgt=-
154 noun mobilization tgt=nmod:to|nmod:in|nmod:near|nmod:along
154 noun mobilisation tgt=nmod:to|nmod:in|nmod:near|nmod:along
154 noun deployment tgt=nmod:to|nmod:in|nmod:near|nmod:along
154 noun buildup tgt=nmod:to|nmod:in|nmod:near|nmod:along
154 noun troop_buildup tgt=nmod:to|nmod:in|nmod:near|nmod:along

# Alerts, patrols and reinforcements
152 verb remain obl:on=alert tgt=-
152 verb stay obl:on=alert tgt=-
152 verb put obl:on=alert tgt=-
152 verb place obl:on=alert tgt=-
152 noun alert amod=high|maximum|heightened|full tgt=-
153 verb order obj=patrol tgt=-
153 verb step prt=up obj=patrol|security|policing tgt=-
153 verb increase obj=patrol|police_presence tgt=-
154 verb strengthen obj=force|troops|presence|garrison|deployment tgt=-
154 verb reinforce obj=force|troops|presence|garrison|position tgt=-
154 verb beef prt=up obj=force|troops|presence|garrison tgt=-
154 verb boost obj=force|troops|presence|garrison tgt=-
