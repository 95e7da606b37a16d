# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 12 — reject, refuse, defy, veto

# 120 generic rejection: the target is whoever made the proposal
120 verb reject tgt=obj>nmod:poss|obj>nmod:from|obj
120 verb rebuff tgt=obj>nmod:poss|obj>nmod:from|obj
120 verb spurn tgt=obj>nmod:poss|obj>nmod:from|obj
120 verb dismiss tgt=obj>nmod:poss|obj>nmod:from|obj
120 verb repudiate tgt=obj>nmod:poss|obj>nmod:from|obj
120 verb turn prt=down tgt=obj>nmod:poss|obj>nmod:from
120 verb decline obj=offer|invitation|proposal|request|plea|call tgt=obj>nmod:poss|obj>nmod:from
120 verb oppose tgt=obj>nmod:poss|obj
120 verb resist tgt=obj>nmod:poss|obj
120 verb break obl:with=* tgt=obl:with
120 verb say obj=no tgt=obl:to
120 noun rejection tgt=nmod:of>nmod:poss
120 noun refusal tgt=nmod:of>nmod:poss

# 121 reject: coop
121 verb reject obj=cooperation|collaboration|partnership|help tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
121 verb rebuff obj=cooperation|collaboration|partnership|help tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
121 verb spurn obj=cooperation|collaboration|partnership|help tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
121 verb dismiss obj=cooperation|collaboration|partnership|help tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
121 verb refuse obj=cooperation|collaboration|partnership|help tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
121 verb turn prt=down obj=cooperation|collaboration|partnership|help tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
121 verb refuse xcomp=cooperate tgt=xcomp>obj|xcomp>obl:with
121 verb decline xcomp=cooperate tgt=xcomp>obj|xcomp>obl:with
121 verb refuse xcomp=collaborate tgt=xcomp>obj|xcomp>obl:with
121 verb decline xcomp=collaborate tgt=xcomp>obj|xcomp>obl:with
121 verb refuse xcomp=work tgt=xcomp>obj|xcomp>obl:with
121 verb decline xcomp=work tgt=xcomp>obj|xcomp>obl:with
121 noun rejection nmod:of=cooperation|collaboration|partnership|help tgt=nmod:of>nmod:poss
121 noun refusal nmod:of=cooperation|collaboration|partnership|help tgt=nmod:of>nmod:poss

# 1211 reject: econco
1211 verb reject obj=trade|investment|economic_cooperation|trade_deal|commerce tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1211 verb rebuff obj=trade|investment|economic_cooperation|trade_deal|commerce tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1211 verb spurn obj=trade|investment|economic_cooperation|trade_deal|commerce tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1211 verb dismiss obj=trade|investment|economic_cooperation|trade_deal|commerce tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1211 verb refuse obj=trade|investment|economic_cooperation|trade_deal|commerce tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1211 verb turn prt=down obj=trade|investment|economic_cooperation|trade_deal|commerce tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1211 verb refuse xcomp=trade tgt=xcomp>obj|xcomp>obl:with
1211 verb decline xcomp=trade tgt=xcomp>obj|xcomp>obl:with
1211 verb refuse xcomp=invest tgt=xcomp>obj|xcomp>obl:with
1211 verb decline xcomp=invest tgt=xcomp>obj|xcomp>obl:with
1211 noun rejection nmod:of=trade|investment|economic_cooperation|trade_deal|commerce tgt=nmod:of>nmod:poss
1211 noun refusal nmod:of=trade|investment|economic_cooperation|trade_deal|commerce tgt=nmod:of>nmod:poss

# 1212 reject: milco
1212 verb reject obj=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1212 verb rebuff obj=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1212 verb spurn obj=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1212 verb dismiss obj=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1212 verb refuse obj=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1212 verb turn prt=down obj=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1212 verb refuse xcomp=ally tgt=xcomp>obj|xcomp>obl:with
1212 verb decline xcomp=ally tgt=xcomp>obj|xcomp>obl:with
1212 verb refuse xcomp=cooperate xcomp>advmod=militarily tgt=xcomp>obj|xcomp>obl:with
1212 verb decline xcomp=cooperate xcomp>advmod=militarily tgt=xcomp>obj|xcomp>obl:with
1212 noun rejection nmod:of=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=nmod:of>nmod:poss
1212 noun refusal nmod:of=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=nmod:of>nmod:poss

# 122 reject: aid
122 verb reject obj=aid|assistance|help tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
122 verb rebuff obj=aid|assistance|help tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
122 verb spurn obj=aid|assistance|help tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
122 verb dismiss obj=aid|assistance|help tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
122 verb refuse obj=aid|assistance|help tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
122 verb turn prt=down obj=aid|assistance|help tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
122 verb refuse xcomp=help tgt=xcomp>obj|xcomp>obl:with
122 verb decline xcomp=help tgt=xcomp>obj|xcomp>obl:with
122 verb refuse xcomp=assist tgt=xcomp>obj|xcomp>obl:with
122 verb decline xcomp=assist tgt=xcomp>obj|xcomp>obl:with
122 verb refuse xcomp=aid tgt=xcomp>obj|xcomp>obl:with
122 verb decline xcomp=aid tgt=xcomp>obj|xcomp>obl:with
122 noun rejection nmod:of=aid|assistance|help tgt=nmod:of>nmod:poss
122 noun refusal nmod:of=aid|assistance|help tgt=nmod:of>nmod:poss

# 1221 reject: econaid
1221 verb reject obj=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1221 verb rebuff obj=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1221 verb spurn obj=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1221 verb dismiss obj=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1221 verb refuse obj=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1221 verb turn prt=down obj=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1221 verb refuse xcomp=fund tgt=xcomp>obj|xcomp>obl:with
1221 verb decline xcomp=fund tgt=xcomp>obj|xcomp>obl:with
1221 verb refuse xcomp=finance tgt=xcomp>obj|xcomp>obl:with
1221 verb decline xcomp=finance tgt=xcomp>obj|xcomp>obl:with
1221 verb refuse xcomp=lend tgt=xcomp>obj|xcomp>obl:with
1221 verb decline xcomp=lend tgt=xcomp>obj|xcomp>obl:with
1221 noun rejection nmod:of=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=nmod:of>nmod:poss
1221 noun refusal nmod:of=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=nmod:of>nmod:poss

# 1222 reject: milaid
1222 verb reject obj=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1222 verb rebuff obj=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1222 verb spurn obj=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1222 verb dismiss obj=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1222 verb refuse obj=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1222 verb turn prt=down obj=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1222 verb refuse xcomp=arm tgt=xcomp>obj|xcomp>obl:with
1222 verb decline xcomp=arm tgt=xcomp>obj|xcomp>obl:with
1222 noun rejection nmod:of=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=nmod:of>nmod:poss
1222 noun refusal nmod:of=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=nmod:of>nmod:poss

# 1223 reject: humaid
1223 verb reject obj=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1223 verb rebuff obj=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1223 verb spurn obj=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1223 verb dismiss obj=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1223 verb refuse obj=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1223 verb turn prt=down obj=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1223 verb refuse xcomp=feed tgt=xcomp>obj|xcomp>obl:with
1223 verb decline xcomp=feed tgt=xcomp>obj|xcomp>obl:with
1223 noun rejection nmod:of=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=nmod:of>nmod:poss
1223 noun refusal nmod:of=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=nmod:of>nmod:poss

# 1224 reject: pk
1224 verb reject obj=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1224 verb rebuff obj=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1224 verb spurn obj=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1224 verb dismiss obj=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1224 verb refuse obj=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1224 verb turn prt=down obj=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1224 verb refuse xcomp=protect tgt=xcomp>obj|xcomp>obl:with
1224 verb decline xcomp=protect tgt=xcomp>obj|xcomp>obl:with
1224 noun rejection nmod:of=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=nmod:of>nmod:poss
1224 noun refusal nmod:of=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=nmod:of>nmod:poss

# 123 reject: reform
123 verb reject obj=reform|democratization|democratisation|political_reform tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
123 verb rebuff obj=reform|democratization|democratisation|political_reform tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
123 verb spurn obj=reform|democratization|democratisation|political_reform tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
123 verb dismiss obj=reform|democratization|democratisation|political_reform tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
123 verb refuse obj=reform|democratization|democratisation|political_reform tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
123 verb turn prt=down obj=reform|democratization|democratisation|political_reform tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
123 verb refuse xcomp=reform tgt=xcomp>obj|xcomp>obl:with
123 verb decline xcomp=reform tgt=xcomp>obj|xcomp>obl:with
123 verb refuse xcomp=democratize tgt=xcomp>obj|xcomp>obl:with
123 verb decline xcomp=democratize tgt=xcomp>obj|xcomp>obl:with
123 noun rejection nmod:of=reform|democratization|democratisation|political_reform tgt=nmod:of>nmod:poss
123 noun refusal nmod:of=reform|democratization|democratisation|political_reform tgt=nmod:of>nmod:poss

# 1231 reject: leader
1231 verb reject obj=resignation|ouster|removal|leadership_change tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1231 verb rebuff obj=resignation|ouster|removal|leadership_change tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1231 verb spurn obj=resignation|ouster|removal|leadership_change tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1231 verb dismiss obj=resignation|ouster|removal|leadership_change tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1231 verb refuse obj=resignation|ouster|removal|leadership_change tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1231 verb turn prt=down obj=resignation|ouster|removal|leadership_change tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1231 verb refuse xcomp=resign tgt=xcomp>obj|xcomp>obl:with
1231 verb decline xcomp=resign tgt=xcomp>obj|xcomp>obl:with
1231 verb refuse xcomp=quit tgt=xcomp>obj|xcomp>obl:with
1231 verb decline xcomp=quit tgt=xcomp>obj|xcomp>obl:with
1231 verb refuse xcomp=abdicate tgt=xcomp>obj|xcomp>obl:with
1231 verb decline xcomp=abdicate tgt=xcomp>obj|xcomp>obl:with
1231 verb refuse xcomp=step xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with
1231 verb decline xcomp=step xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with
1231 verb refuse xcomp=stand xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with
1231 verb decline xcomp=stand xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with
1231 noun rejection nmod:of=resignation|ouster|removal|leadership_change tgt=nmod:of>nmod:poss
1231 noun refusal nmod:of=resignation|ouster|removal|leadership_change tgt=nmod:of>nmod:poss

# 1232 reject: policy
1232 verb reject obj=policy_change|reversal|rethink tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1232 verb rebuff obj=policy_change|reversal|rethink tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1232 verb spurn obj=policy_change|reversal|rethink tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1232 verb dismiss obj=policy_change|reversal|rethink tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1232 verb refuse obj=policy_change|reversal|rethink tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1232 verb turn prt=down obj=policy_change|reversal|rethink tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1232 verb refuse xcomp=change tgt=xcomp>obj|xcomp>obl:with
1232 verb decline xcomp=change tgt=xcomp>obj|xcomp>obl:with
1232 verb refuse xcomp=reverse tgt=xcomp>obj|xcomp>obl:with
1232 verb decline xcomp=reverse tgt=xcomp>obj|xcomp>obl:with
1232 verb refuse xcomp=abandon tgt=xcomp>obj|xcomp>obl:with
1232 verb decline xcomp=abandon tgt=xcomp>obj|xcomp>obl:with
1232 verb refuse xcomp=drop tgt=xcomp>obj|xcomp>obl:with
1232 verb decline xcomp=drop tgt=xcomp>obj|xcomp>obl:with
1232 verb refuse xcomp=revise tgt=xcomp>obj|xcomp>obl:with
1232 verb decline xcomp=revise tgt=xcomp>obj|xcomp>obl:with
1232 verb refuse xcomp=rethink tgt=xcomp>obj|xcomp>obl:with
1232 verb decline xcomp=rethink tgt=xcomp>obj|xcomp>obl:with
1232 noun rejection nmod:of=policy_change|reversal|rethink tgt=nmod:of>nmod:poss
1232 noun refusal nmod:of=policy_change|reversal|rethink tgt=nmod:of>nmod:poss

# 1233 reject: rights
1233 verb reject obj=right|freedom|autonomy|equality|suffrage tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1233 verb rebuff obj=right|freedom|autonomy|equality|suffrage tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1233 verb spurn obj=right|freedom|autonomy|equality|suffrage tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1233 verb dismiss obj=right|freedom|autonomy|equality|suffrage tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1233 verb refuse obj=right|freedom|autonomy|equality|suffrage tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1233 verb turn prt=down obj=right|freedom|autonomy|equality|suffrage tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1233 verb refuse xcomp=respect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1233 verb decline xcomp=respect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1233 verb refuse xcomp=guarantee xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1233 verb decline xcomp=guarantee xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1233 verb refuse xcomp=protect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1233 verb decline xcomp=protect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1233 noun rejection nmod:of=right|freedom|autonomy|equality|suffrage tgt=nmod:of>nmod:poss
1233 noun refusal nmod:of=right|freedom|autonomy|equality|suffrage tgt=nmod:of>nmod:poss

# 1234 reject: inst
1234 verb reject obj=election|referendum|regime_change|constitution|transition tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1234 verb rebuff obj=election|referendum|regime_change|constitution|transition tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1234 verb spurn obj=election|referendum|regime_change|constitution|transition tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1234 verb dismiss obj=election|referendum|regime_change|constitution|transition tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1234 verb refuse obj=election|referendum|regime_change|constitution|transition tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1234 verb turn prt=down obj=election|referendum|regime_change|constitution|transition tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1234 verb refuse xcomp=hold xcomp>obj=election|referendum|vote tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1234 verb decline xcomp=hold xcomp>obj=election|referendum|vote tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1234 verb refuse xcomp=call xcomp>obj=election|referendum tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1234 verb decline xcomp=call xcomp>obj=election|referendum tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1234 noun rejection nmod:of=election|referendum|regime_change|constitution|transition tgt=nmod:of>nmod:poss
1234 noun refusal nmod:of=election|referendum|regime_change|constitution|transition tgt=nmod:of>nmod:poss

# 124 reject: yield
124 verb reject obj=concession|compromise tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
124 verb rebuff obj=concession|compromise tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
124 verb spurn obj=concession|compromise tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
124 verb dismiss obj=concession|compromise tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
124 verb refuse obj=concession|compromise tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
124 verb turn prt=down obj=concession|compromise tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
124 verb refuse xcomp=yield tgt=xcomp>obj|xcomp>obl:with
124 verb decline xcomp=yield tgt=xcomp>obj|xcomp>obl:with
124 verb refuse xcomp=compromise tgt=xcomp>obj|xcomp>obl:with
124 verb decline xcomp=compromise tgt=xcomp>obj|xcomp>obl:with
124 verb refuse xcomp=concede tgt=xcomp>obj|xcomp>obl:with
124 verb decline xcomp=concede tgt=xcomp>obj|xcomp>obl:with
124 verb refuse xcomp=relent tgt=xcomp>obj|xcomp>obl:with
124 verb decline xcomp=relent tgt=xcomp>obj|xcomp>obl:with
124 noun rejection nmod:of=concession|compromise tgt=nmod:of>nmod:poss
124 noun refusal nmod:of=concession|compromise tgt=nmod:of>nmod:poss

# 1243 reject: release
1243 verb reject obj=release|return|freedom tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1243 verb rebuff obj=release|return|freedom tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1243 verb spurn obj=release|return|freedom tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1243 verb dismiss obj=release|return|freedom tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1243 verb refuse obj=release|return|freedom tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1243 verb turn prt=down obj=release|return|freedom tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1243 verb refuse xcomp=release tgt=xcomp>obj|xcomp>obl:with
1243 verb decline xcomp=release tgt=xcomp>obj|xcomp>obl:with
1243 verb refuse xcomp=free tgt=xcomp>obj|xcomp>obl:with
1243 verb decline xcomp=free tgt=xcomp>obj|xcomp>obl:with
1243 verb refuse xcomp=return tgt=xcomp>obj|xcomp>obl:with
1243 verb decline xcomp=return tgt=xcomp>obj|xcomp>obl:with
1243 verb refuse xcomp=repatriate tgt=xcomp>obj|xcomp>obl:with
1243 verb decline xcomp=repatriate tgt=xcomp>obj|xcomp>obl:with
1243 noun rejection nmod:of=release|return|freedom tgt=nmod:of>nmod:poss
1243 noun refusal nmod:of=release|return|freedom tgt=nmod:of>nmod:poss

# 1246 reject: deesc
1246 verb reject obj=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1246 verb rebuff obj=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1246 verb spurn obj=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1246 verb dismiss obj=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1246 verb refuse obj=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1246 verb turn prt=down obj=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
1246 verb refuse xcomp=withdraw tgt=xcomp>obj|xcomp>obl:with
1246 verb decline xcomp=withdraw tgt=xcomp>obj|xcomp>obl:with
1246 verb refuse xcomp=retreat tgt=xcomp>obj|xcomp>obl:with
1246 verb decline xcomp=retreat tgt=xcomp>obj|xcomp>obl:with
1246 verb refuse xcomp=disarm tgt=xcomp>obj|xcomp>obl:with
1246 verb decline xcomp=disarm tgt=xcomp>obj|xcomp>obl:with
1246 verb refuse xcomp=cease tgt=xcomp>obj|xcomp>obl:with
1246 verb decline xcomp=cease tgt=xcomp>obj|xcomp>obl:with
1246 verb refuse xcomp=de-escalate tgt=xcomp>obj|xcomp>obl:with
1246 verb decline xcomp=de-escalate tgt=xcomp>obj|xcomp>obl:with
1246 verb refuse xcomp=halt tgt=xcomp>obj|xcomp>obl:with
1246 verb decline xcomp=halt tgt=xcomp>obj|xcomp>obl:with
1246 verb refuse xcomp=stop tgt=xcomp>obj|xcomp>obl:with
1246 verb decline xcomp=stop tgt=xcomp>obj|xcomp>obl:with
1246 noun rejection nmod:of=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=nmod:of>nmod:poss
1246 noun refusal nmod:of=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=nmod:of>nmod:poss

# 125 reject: meet
125 verb reject obj=talk|negotiation|dialogue|meeting|summit|consultation tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
125 verb rebuff obj=talk|negotiation|dialogue|meeting|summit|consultation tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
125 verb spurn obj=talk|negotiation|dialogue|meeting|summit|consultation tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
125 verb dismiss obj=talk|negotiation|dialogue|meeting|summit|consultation tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
125 verb refuse obj=talk|negotiation|dialogue|meeting|summit|consultation tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
125 verb turn prt=down obj=talk|negotiation|dialogue|meeting|summit|consultation tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
125 verb refuse xcomp=meet tgt=xcomp>obj|xcomp>obl:with
125 verb decline xcomp=meet tgt=xcomp>obj|xcomp>obl:with
125 verb refuse xcomp=negotiate tgt=xcomp>obj|xcomp>obl:with
125 verb decline xcomp=negotiate tgt=xcomp>obj|xcomp>obl:with
125 verb refuse xcomp=talk tgt=xcomp>obj|xcomp>obl:with
125 verb decline xcomp=talk tgt=xcomp>obj|xcomp>obl:with
125 verb refuse xcomp=resume tgt=xcomp>obj|xcomp>obl:with
125 verb decline xcomp=resume tgt=xcomp>obj|xcomp>obl:with
125 noun rejection nmod:of=talk|negotiation|dialogue|meeting|summit|consultation tgt=nmod:of>nmod:poss
125 noun refusal nmod:of=talk|negotiation|dialogue|meeting|summit|consultation tgt=nmod:of>nmod:poss

# 127 reject: settle
127 verb reject obj=settlement|resolution|solution|peace|deal tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
127 verb rebuff obj=settlement|resolution|solution|peace|deal tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
127 verb spurn obj=settlement|resolution|solution|peace|deal tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
127 verb dismiss obj=settlement|resolution|solution|peace|deal tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
127 verb refuse obj=settlement|resolution|solution|peace|deal tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
127 verb turn prt=down obj=settlement|resolution|solution|peace|deal tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
127 verb refuse xcomp=settle xcomp>obj=dispute|conflict|difference tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
127 verb decline xcomp=settle xcomp>obj=dispute|conflict|difference tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
127 verb refuse xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
127 verb decline xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
127 verb refuse xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
127 verb decline xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
127 noun rejection nmod:of=settlement|resolution|solution|peace|deal tgt=nmod:of>nmod:poss
127 noun refusal nmod:of=settlement|resolution|solution|peace|deal tgt=nmod:of>nmod:poss

# 126 reject: mediat
126 verb reject obj=mediation|arbitration|good_offices tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
126 verb rebuff obj=mediation|arbitration|good_offices tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
126 verb spurn obj=mediation|arbitration|good_offices tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
126 verb dismiss obj=mediation|arbitration|good_offices tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
126 verb refuse obj=mediation|arbitration|good_offices tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
126 verb turn prt=down obj=mediation|arbitration|good_offices tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by
126 verb refuse xcomp=accept xcomp>obj=mediation|arbitration tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
126 verb decline xcomp=accept xcomp>obj=mediation|arbitration tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
126 verb refuse xcomp=allow xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
126 verb decline xcomp=allow xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
126 noun rejection nmod:of=mediation|arbitration|good_offices tgt=nmod:of>nmod:poss
126 noun refusal nmod:of=mediation|arbitration|good_offices tgt=nmod:of>nmod:poss

# 1241 refuse to yield: verb + object
1241 verb refuse xcomp=ease xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1241 verb decline xcomp=ease xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1241 verb refuse xcomp=lift xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1241 verb decline xcomp=lift xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1241 verb refuse xcomp=relax xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1241 verb decline xcomp=relax xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1241 verb refuse xcomp=remove xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1241 verb decline xcomp=remove xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1241 verb refuse xcomp=end xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1241 verb decline xcomp=end xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss

# 1242 refuse to yield: verb + object
1242 verb refuse xcomp=end xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1242 verb decline xcomp=end xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1242 verb refuse xcomp=stop xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1242 verb decline xcomp=stop xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1242 verb refuse xcomp=halt xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1242 verb decline xcomp=halt xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1242 verb refuse xcomp=call xcomp>obj=protest|strike|demonstration|boycott|rally xcomp>compound:prt=off tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1242 verb decline xcomp=call xcomp>obj=protest|strike|demonstration|boycott|rally xcomp>compound:prt=off tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss

# 1244 refuse to yield: verb + object
1244 verb refuse xcomp=lift xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1244 verb decline xcomp=lift xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1244 verb refuse xcomp=ease xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1244 verb decline xcomp=ease xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1244 verb refuse xcomp=remove xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1244 verb decline xcomp=remove xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1244 verb refuse xcomp=end xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1244 verb decline xcomp=end xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1244 verb refuse xcomp=suspend xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1244 verb decline xcomp=suspend xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss

# 1245 refuse to yield: verb + object
1245 verb refuse xcomp=allow xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1245 verb decline xcomp=allow xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1245 verb refuse xcomp=admit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1245 verb decline xcomp=admit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1245 verb refuse xcomp=accept xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1245 verb decline xcomp=accept xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1245 verb refuse xcomp=permit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1245 verb decline xcomp=permit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1245 verb refuse xcomp=let xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1245 verb decline xcomp=let xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss

# 124 refuse to yield, unspecified
124 verb refuse xcomp=yield|budge|back|compromise|concede|bow|give|relent|surrender tgt=xcomp>obl:to
124 verb stand obl:on=* obj=firm|ground tgt=-
124 verb defy obj=pressure|demand|call tgt=obj>nmod:poss|obj>nmod:from
124 verb resist obj=pressure|demand|call tgt=obj>nmod:poss|obj>nmod:from
124 adj defiant tgt=-
124 adj adamant tgt=-
124 adj unyielding tgt=-

# 128 defy norms or law
128 verb defy obj=law|order|ban|rule|norm|resolution|ruling|sanction|warning|injunction|court|curfew|constitution|authority|government|leadership|regime|parliament|decree|verdict|ultimatum tgt=obj>nmod:poss|obj>nmod:of
128 verb flout obj=law|order|ban|rule|norm|resolution|ruling|sanction|warning|injunction|court|curfew|constitution tgt=obj>nmod:poss|obj>nmod:of
128 verb violate obj=law|order|ban|rule|norm|resolution|ruling|sanction|warning|injunction|court|curfew|constitution tgt=obj>nmod:poss|obj>nmod:of
128 verb breach obj=law|order|ban|rule|norm|resolution|ruling|sanction|warning|injunction|court|curfew|constitution tgt=obj>nmod:poss|obj>nmod:of
128 verb disregard obj=law|order|ban|rule|norm|resolution|ruling|sanction|warning|injunction|court|curfew|constitution tgt=obj>nmod:poss|obj>nmod:of
128 verb ignore obj=law|order|ban|rule|norm|resolution|ruling|sanction|warning|injunction|court|curfew|constitution tgt=obj>nmod:poss|obj>nmod:of
128 verb contravene obj=law|order|ban|rule|norm|resolution|ruling|sanction|warning|injunction|court|curfew|constitution tgt=obj>nmod:poss|obj>nmod:of
128 verb break obj=law|rule|promise|pledge|norm tgt=-
128 noun violation nmod:of=law|resolution|rule|norm|sanction|order|ruling tgt=-
128 noun breach nmod:of=law|resolution|rule|norm|sanction|order|ruling tgt=-
128 noun defiance nmod:of=law|resolution|rule|norm|sanction|order|ruling tgt=-

# 129 veto
129 verb veto tgt=obj>nmod:poss|obj
129 verb block obj=resolution|bill|measure|motion|draft|proposal|nomination tgt=obj>nmod:poss
129 verb kill obj=resolution|bill|measure|motion|draft|proposal|nomination tgt=obj>nmod:poss
129 verb sink obj=resolution|bill|measure|motion|draft|proposal|nomination tgt=obj>nmod:poss
129 verb use obj=veto tgt=obl:against
129 verb cast obj=veto tgt=obl:against
129 verb exercise obj=veto tgt=obl:against
129 verb wield obj=veto tgt=obl:against
129 noun veto tgt=nmod:of|nmod:on
127 verb reject obj=plan|peace_plan|peace_proposal|proposal|initiative|roadmap|framework tgt=obj>nmod:poss|obj>nmod:from|obj>nmod:by

# Going back on a commitment or a deal (refusing to act needs no line: the coder codes "refused to X" by X)
120 verb renege obl:on=* tgt=obl:on>nmod:to|obl:on>nmod:poss
120 verb back prt=out obl:of=* tgt=obl:of>nmod:with
