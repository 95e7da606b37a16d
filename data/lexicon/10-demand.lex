# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 10 — demand (an insistent request; polite appeals are root 02)

# 100 generic demand
100 verb demand tgt=obl:of|obl:from
100 verb insist tgt=obl:of|obl:from
100 verb order xcomp=* tgt=obj
100 verb command xcomp=* tgt=obj
100 verb instruct xcomp=* tgt=obj
100 verb direct xcomp=* tgt=obj
100 verb tell xcomp=* tgt=obj
100 verb pressure xcomp=* tgt=obj
100 verb press xcomp=* tgt=obj
100 verb issue obj=demand tgt=obl:to|obj>nmod:to
100 verb make obj=demand tgt=obl:to|obj>nmod:to
100 noun demand tgt=nmod:on|nmod:to|nmod:of

# 101 demand: coop
101 verb demand obj=cooperation|collaboration|partnership|help tgt=obl:from|obl:of
101 verb require obj=cooperation|collaboration|partnership|help tgt=obl:from|obl:of
101 verb insist obl:on=cooperation|collaboration|partnership|help tgt=-
101 verb press obl:for=cooperation|collaboration|partnership|help tgt=obj|obl:on
101 verb push obl:for=cooperation|collaboration|partnership|help tgt=obj|obl:on
101 verb clamour obl:for=cooperation|collaboration|partnership|help tgt=obj|obl:on
101 verb clamor obl:for=cooperation|collaboration|partnership|help tgt=obj|obl:on
101 verb order xcomp=cooperate tgt=obj
101 verb press xcomp=cooperate tgt=obj
101 verb pressure xcomp=cooperate tgt=obj
101 verb tell xcomp=cooperate tgt=obj
101 verb demand ccomp=cooperate tgt=ccomp>nsubj
101 verb insist ccomp=cooperate tgt=ccomp>nsubj
101 verb order xcomp=collaborate tgt=obj
101 verb press xcomp=collaborate tgt=obj
101 verb pressure xcomp=collaborate tgt=obj
101 verb tell xcomp=collaborate tgt=obj
101 verb demand ccomp=collaborate tgt=ccomp>nsubj
101 verb insist ccomp=collaborate tgt=ccomp>nsubj
101 verb order xcomp=work tgt=obj
101 verb press xcomp=work tgt=obj
101 verb pressure xcomp=work tgt=obj
101 verb tell xcomp=work tgt=obj
101 verb demand ccomp=work tgt=ccomp>nsubj
101 verb insist ccomp=work tgt=ccomp>nsubj
101 noun demand nmod:for=cooperation|collaboration|partnership|help tgt=nmod:on|nmod:to

# 1011 demand: econco
1011 verb demand obj=trade|investment|economic_cooperation|trade_deal|commerce tgt=obl:from|obl:of
1011 verb require obj=trade|investment|economic_cooperation|trade_deal|commerce tgt=obl:from|obl:of
1011 verb insist obl:on=trade|investment|economic_cooperation|trade_deal|commerce tgt=-
1011 verb press obl:for=trade|investment|economic_cooperation|trade_deal|commerce tgt=obj|obl:on
1011 verb push obl:for=trade|investment|economic_cooperation|trade_deal|commerce tgt=obj|obl:on
1011 verb clamour obl:for=trade|investment|economic_cooperation|trade_deal|commerce tgt=obj|obl:on
1011 verb clamor obl:for=trade|investment|economic_cooperation|trade_deal|commerce tgt=obj|obl:on
1011 verb order xcomp=trade tgt=obj
1011 verb press xcomp=trade tgt=obj
1011 verb pressure xcomp=trade tgt=obj
1011 verb tell xcomp=trade tgt=obj
1011 verb demand ccomp=trade tgt=ccomp>nsubj
1011 verb insist ccomp=trade tgt=ccomp>nsubj
1011 verb order xcomp=invest tgt=obj
1011 verb press xcomp=invest tgt=obj
1011 verb pressure xcomp=invest tgt=obj
1011 verb tell xcomp=invest tgt=obj
1011 verb demand ccomp=invest tgt=ccomp>nsubj
1011 verb insist ccomp=invest tgt=ccomp>nsubj
1011 noun demand nmod:for=trade|investment|economic_cooperation|trade_deal|commerce tgt=nmod:on|nmod:to

# 1012 demand: milco
1012 verb demand obj=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obl:from|obl:of
1012 verb require obj=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obl:from|obl:of
1012 verb insist obl:on=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=-
1012 verb press obl:for=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obj|obl:on
1012 verb push obl:for=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obj|obl:on
1012 verb clamour obl:for=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obj|obl:on
1012 verb clamor obl:for=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obj|obl:on
1012 verb order xcomp=ally tgt=obj
1012 verb press xcomp=ally tgt=obj
1012 verb pressure xcomp=ally tgt=obj
1012 verb tell xcomp=ally tgt=obj
1012 verb demand ccomp=ally tgt=ccomp>nsubj
1012 verb insist ccomp=ally tgt=ccomp>nsubj
1012 verb order xcomp=cooperate xcomp>advmod=militarily tgt=obj
1012 verb press xcomp=cooperate xcomp>advmod=militarily tgt=obj
1012 verb pressure xcomp=cooperate xcomp>advmod=militarily tgt=obj
1012 verb tell xcomp=cooperate xcomp>advmod=militarily tgt=obj
1012 verb demand ccomp=cooperate ccomp>advmod=militarily tgt=ccomp>nsubj
1012 verb insist ccomp=cooperate ccomp>advmod=militarily tgt=ccomp>nsubj
1012 noun demand nmod:for=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=nmod:on|nmod:to

# 1013 demand: judco
1013 verb demand obj=extradition|legal_assistance|judicial_cooperation tgt=obl:from|obl:of
1013 verb require obj=extradition|legal_assistance|judicial_cooperation tgt=obl:from|obl:of
1013 verb insist obl:on=extradition|legal_assistance|judicial_cooperation tgt=-
1013 verb press obl:for=extradition|legal_assistance|judicial_cooperation tgt=obj|obl:on
1013 verb push obl:for=extradition|legal_assistance|judicial_cooperation tgt=obj|obl:on
1013 verb clamour obl:for=extradition|legal_assistance|judicial_cooperation tgt=obj|obl:on
1013 verb clamor obl:for=extradition|legal_assistance|judicial_cooperation tgt=obj|obl:on
1013 verb order xcomp=extradite tgt=obj
1013 verb press xcomp=extradite tgt=obj
1013 verb pressure xcomp=extradite tgt=obj
1013 verb tell xcomp=extradite tgt=obj
1013 verb demand ccomp=extradite tgt=ccomp>nsubj
1013 verb insist ccomp=extradite tgt=ccomp>nsubj
1013 verb order xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1013 verb press xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1013 verb pressure xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1013 verb tell xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1013 verb demand ccomp=hand ccomp>compound:prt=over ccomp>obj=suspect|fugitive tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1013 verb insist ccomp=hand ccomp>compound:prt=over ccomp>obj=suspect|fugitive tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1013 noun demand nmod:for=extradition|legal_assistance|judicial_cooperation tgt=nmod:on|nmod:to

# 1014 demand: intel
1014 verb demand obj=intelligence|information|intelligence_sharing tgt=obl:from|obl:of
1014 verb require obj=intelligence|information|intelligence_sharing tgt=obl:from|obl:of
1014 verb insist obl:on=intelligence|information|intelligence_sharing tgt=-
1014 verb press obl:for=intelligence|information|intelligence_sharing tgt=obj|obl:on
1014 verb push obl:for=intelligence|information|intelligence_sharing tgt=obj|obl:on
1014 verb clamour obl:for=intelligence|information|intelligence_sharing tgt=obj|obl:on
1014 verb clamor obl:for=intelligence|information|intelligence_sharing tgt=obj|obl:on
1014 verb order xcomp=share xcomp>obj=intelligence|information|data tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1014 verb press xcomp=share xcomp>obj=intelligence|information|data tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1014 verb pressure xcomp=share xcomp>obj=intelligence|information|data tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1014 verb tell xcomp=share xcomp>obj=intelligence|information|data tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1014 verb demand ccomp=share ccomp>obj=intelligence|information|data tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1014 verb insist ccomp=share ccomp>obj=intelligence|information|data tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1014 noun demand nmod:for=intelligence|information|intelligence_sharing tgt=nmod:on|nmod:to

# 102 demand: dipl
102 verb demand obj=support|backing|recognition|endorsement|solidarity tgt=obl:from|obl:of
102 verb require obj=support|backing|recognition|endorsement|solidarity tgt=obl:from|obl:of
102 verb insist obl:on=support|backing|recognition|endorsement|solidarity tgt=-
102 verb press obl:for=support|backing|recognition|endorsement|solidarity tgt=obj|obl:on
102 verb push obl:for=support|backing|recognition|endorsement|solidarity tgt=obj|obl:on
102 verb clamour obl:for=support|backing|recognition|endorsement|solidarity tgt=obj|obl:on
102 verb clamor obl:for=support|backing|recognition|endorsement|solidarity tgt=obj|obl:on
102 verb order xcomp=support tgt=obj
102 verb press xcomp=support tgt=obj
102 verb pressure xcomp=support tgt=obj
102 verb tell xcomp=support tgt=obj
102 verb demand ccomp=support tgt=ccomp>nsubj
102 verb insist ccomp=support tgt=ccomp>nsubj
102 verb order xcomp=back tgt=obj
102 verb press xcomp=back tgt=obj
102 verb pressure xcomp=back tgt=obj
102 verb tell xcomp=back tgt=obj
102 verb demand ccomp=back tgt=ccomp>nsubj
102 verb insist ccomp=back tgt=ccomp>nsubj
102 verb order xcomp=recognize tgt=obj
102 verb press xcomp=recognize tgt=obj
102 verb pressure xcomp=recognize tgt=obj
102 verb tell xcomp=recognize tgt=obj
102 verb demand ccomp=recognize tgt=ccomp>nsubj
102 verb insist ccomp=recognize tgt=ccomp>nsubj
102 verb order xcomp=recognise tgt=obj
102 verb press xcomp=recognise tgt=obj
102 verb pressure xcomp=recognise tgt=obj
102 verb tell xcomp=recognise tgt=obj
102 verb demand ccomp=recognise tgt=ccomp>nsubj
102 verb insist ccomp=recognise tgt=ccomp>nsubj
102 verb order xcomp=endorse tgt=obj
102 verb press xcomp=endorse tgt=obj
102 verb pressure xcomp=endorse tgt=obj
102 verb tell xcomp=endorse tgt=obj
102 verb demand ccomp=endorse tgt=ccomp>nsubj
102 verb insist ccomp=endorse tgt=ccomp>nsubj
102 noun demand nmod:for=support|backing|recognition|endorsement|solidarity tgt=nmod:on|nmod:to

# 103 demand: aid
103 verb demand obj=aid|assistance|help tgt=obl:from|obl:of
103 verb require obj=aid|assistance|help tgt=obl:from|obl:of
103 verb insist obl:on=aid|assistance|help tgt=-
103 verb press obl:for=aid|assistance|help tgt=obj|obl:on
103 verb push obl:for=aid|assistance|help tgt=obj|obl:on
103 verb clamour obl:for=aid|assistance|help tgt=obj|obl:on
103 verb clamor obl:for=aid|assistance|help tgt=obj|obl:on
103 verb order xcomp=help tgt=obj
103 verb press xcomp=help tgt=obj
103 verb pressure xcomp=help tgt=obj
103 verb tell xcomp=help tgt=obj
103 verb demand ccomp=help tgt=ccomp>nsubj
103 verb insist ccomp=help tgt=ccomp>nsubj
103 verb order xcomp=assist tgt=obj
103 verb press xcomp=assist tgt=obj
103 verb pressure xcomp=assist tgt=obj
103 verb tell xcomp=assist tgt=obj
103 verb demand ccomp=assist tgt=ccomp>nsubj
103 verb insist ccomp=assist tgt=ccomp>nsubj
103 verb order xcomp=aid tgt=obj
103 verb press xcomp=aid tgt=obj
103 verb pressure xcomp=aid tgt=obj
103 verb tell xcomp=aid tgt=obj
103 verb demand ccomp=aid tgt=ccomp>nsubj
103 verb insist ccomp=aid tgt=ccomp>nsubj
103 noun demand nmod:for=aid|assistance|help tgt=nmod:on|nmod:to

# 1031 demand: econaid
1031 verb demand obj=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:from|obl:of
1031 verb require obj=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:from|obl:of
1031 verb insist obl:on=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=-
1031 verb press obl:for=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obj|obl:on
1031 verb push obl:for=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obj|obl:on
1031 verb clamour obl:for=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obj|obl:on
1031 verb clamor obl:for=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obj|obl:on
1031 verb order xcomp=fund tgt=obj
1031 verb press xcomp=fund tgt=obj
1031 verb pressure xcomp=fund tgt=obj
1031 verb tell xcomp=fund tgt=obj
1031 verb demand ccomp=fund tgt=ccomp>nsubj
1031 verb insist ccomp=fund tgt=ccomp>nsubj
1031 verb order xcomp=finance tgt=obj
1031 verb press xcomp=finance tgt=obj
1031 verb pressure xcomp=finance tgt=obj
1031 verb tell xcomp=finance tgt=obj
1031 verb demand ccomp=finance tgt=ccomp>nsubj
1031 verb insist ccomp=finance tgt=ccomp>nsubj
1031 verb order xcomp=lend tgt=obj
1031 verb press xcomp=lend tgt=obj
1031 verb pressure xcomp=lend tgt=obj
1031 verb tell xcomp=lend tgt=obj
1031 verb demand ccomp=lend tgt=ccomp>nsubj
1031 verb insist ccomp=lend tgt=ccomp>nsubj
1031 noun demand nmod:for=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=nmod:on|nmod:to

# 1032 demand: milaid
1032 verb demand obj=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obl:from|obl:of
1032 verb require obj=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obl:from|obl:of
1032 verb insist obl:on=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=-
1032 verb press obl:for=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obj|obl:on
1032 verb push obl:for=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obj|obl:on
1032 verb clamour obl:for=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obj|obl:on
1032 verb clamor obl:for=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obj|obl:on
1032 verb order xcomp=arm tgt=obj
1032 verb press xcomp=arm tgt=obj
1032 verb pressure xcomp=arm tgt=obj
1032 verb tell xcomp=arm tgt=obj
1032 verb demand ccomp=arm tgt=ccomp>nsubj
1032 verb insist ccomp=arm tgt=ccomp>nsubj
1032 noun demand nmod:for=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=nmod:on|nmod:to

# 1033 demand: humaid
1033 verb demand obj=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obl:from|obl:of
1033 verb require obj=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obl:from|obl:of
1033 verb insist obl:on=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=-
1033 verb press obl:for=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obj|obl:on
1033 verb push obl:for=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obj|obl:on
1033 verb clamour obl:for=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obj|obl:on
1033 verb clamor obl:for=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obj|obl:on
1033 verb order xcomp=feed tgt=obj
1033 verb seek obj=refuge|asylum|shelter|sanctuary|protection tgt=obl:in|obl:from
1033 verb request obj=refuge|asylum|shelter|sanctuary tgt=obl:in|obl:from
1033 verb press xcomp=feed tgt=obj
1033 verb pressure xcomp=feed tgt=obj
1033 verb tell xcomp=feed tgt=obj
1033 verb demand ccomp=feed tgt=ccomp>nsubj
1033 verb insist ccomp=feed tgt=ccomp>nsubj
1033 noun demand nmod:for=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=nmod:on|nmod:to

# 1034 demand: pk
1034 verb demand obj=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obl:from|obl:of
1034 verb require obj=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obl:from|obl:of
1034 verb insist obl:on=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=-
1034 verb press obl:for=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obj|obl:on
1034 verb push obl:for=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obj|obl:on
1034 verb clamour obl:for=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obj|obl:on
1034 verb clamor obl:for=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obj|obl:on
1034 verb order xcomp=protect tgt=obj
1034 verb press xcomp=protect tgt=obj
1034 verb pressure xcomp=protect tgt=obj
1034 verb tell xcomp=protect tgt=obj
1034 verb demand ccomp=protect tgt=ccomp>nsubj
1034 verb insist ccomp=protect tgt=ccomp>nsubj
1034 noun demand nmod:for=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=nmod:on|nmod:to

# 104 demand: reform
104 verb demand obj=reform|democratization|democratisation|political_reform tgt=obl:from|obl:of
104 verb require obj=reform|democratization|democratisation|political_reform tgt=obl:from|obl:of
104 verb insist obl:on=reform|democratization|democratisation|political_reform tgt=-
104 verb press obl:for=reform|democratization|democratisation|political_reform tgt=obj|obl:on
104 verb push obl:for=reform|democratization|democratisation|political_reform tgt=obj|obl:on
104 verb clamour obl:for=reform|democratization|democratisation|political_reform tgt=obj|obl:on
104 verb clamor obl:for=reform|democratization|democratisation|political_reform tgt=obj|obl:on
104 verb order xcomp=reform tgt=obj
104 verb press xcomp=reform tgt=obj
104 verb pressure xcomp=reform tgt=obj
104 verb tell xcomp=reform tgt=obj
104 verb demand ccomp=reform tgt=ccomp>nsubj
104 verb insist ccomp=reform tgt=ccomp>nsubj
104 verb order xcomp=democratize tgt=obj
104 verb press xcomp=democratize tgt=obj
104 verb pressure xcomp=democratize tgt=obj
104 verb tell xcomp=democratize tgt=obj
104 verb demand ccomp=democratize tgt=ccomp>nsubj
104 verb insist ccomp=democratize tgt=ccomp>nsubj
104 noun demand nmod:for=reform|democratization|democratisation|political_reform tgt=nmod:on|nmod:to

# 1041 demand: leader
1041 verb demand obj=resignation|ouster|removal|leadership_change tgt=obl:from|obl:of
1041 verb require obj=resignation|ouster|removal|leadership_change tgt=obl:from|obl:of
1041 verb insist obl:on=resignation|ouster|removal|leadership_change tgt=-
1041 verb press obl:for=resignation|ouster|removal|leadership_change tgt=obj|obl:on
1041 verb push obl:for=resignation|ouster|removal|leadership_change tgt=obj|obl:on
1041 verb clamour obl:for=resignation|ouster|removal|leadership_change tgt=obj|obl:on
1041 verb clamor obl:for=resignation|ouster|removal|leadership_change tgt=obj|obl:on
1041 verb order xcomp=resign tgt=obj
1041 verb press xcomp=resign tgt=obj
1041 verb pressure xcomp=resign tgt=obj
1041 verb tell xcomp=resign tgt=obj
1041 verb demand ccomp=resign tgt=ccomp>nsubj
1041 verb insist ccomp=resign tgt=ccomp>nsubj
1041 verb order xcomp=quit tgt=obj
1041 verb press xcomp=quit tgt=obj
1041 verb pressure xcomp=quit tgt=obj
1041 verb tell xcomp=quit tgt=obj
1041 verb demand ccomp=quit tgt=ccomp>nsubj
1041 verb insist ccomp=quit tgt=ccomp>nsubj
1041 verb order xcomp=abdicate tgt=obj
1041 verb press xcomp=abdicate tgt=obj
1041 verb pressure xcomp=abdicate tgt=obj
1041 verb tell xcomp=abdicate tgt=obj
1041 verb demand ccomp=abdicate tgt=ccomp>nsubj
1041 verb insist ccomp=abdicate tgt=ccomp>nsubj
1041 verb order xcomp=step xcomp>compound:prt=down tgt=obj
1041 verb press xcomp=step xcomp>compound:prt=down tgt=obj
1041 verb pressure xcomp=step xcomp>compound:prt=down tgt=obj
1041 verb tell xcomp=step xcomp>compound:prt=down tgt=obj
1041 verb demand ccomp=step ccomp>compound:prt=down tgt=ccomp>nsubj
1041 verb insist ccomp=step ccomp>compound:prt=down tgt=ccomp>nsubj
1041 verb order xcomp=stand xcomp>compound:prt=down tgt=obj
1041 verb press xcomp=stand xcomp>compound:prt=down tgt=obj
1041 verb pressure xcomp=stand xcomp>compound:prt=down tgt=obj
1041 verb tell xcomp=stand xcomp>compound:prt=down tgt=obj
1041 verb demand ccomp=stand ccomp>compound:prt=down tgt=ccomp>nsubj
1041 verb insist ccomp=stand ccomp>compound:prt=down tgt=ccomp>nsubj
1041 noun demand nmod:for=resignation|ouster|removal|leadership_change tgt=nmod:on|nmod:to

# 1042 demand: policy
1042 verb demand obj=policy_change|reversal|rethink tgt=obl:from|obl:of
1042 verb require obj=policy_change|reversal|rethink tgt=obl:from|obl:of
1042 verb insist obl:on=policy_change|reversal|rethink tgt=-
1042 verb press obl:for=policy_change|reversal|rethink tgt=obj|obl:on
1042 verb push obl:for=policy_change|reversal|rethink tgt=obj|obl:on
1042 verb clamour obl:for=policy_change|reversal|rethink tgt=obj|obl:on
1042 verb clamor obl:for=policy_change|reversal|rethink tgt=obj|obl:on
1042 verb order xcomp=change tgt=obj
1042 verb press xcomp=change tgt=obj
1042 verb pressure xcomp=change tgt=obj
1042 verb tell xcomp=change tgt=obj
1042 verb demand ccomp=change tgt=ccomp>nsubj
1042 verb insist ccomp=change tgt=ccomp>nsubj
1042 verb order xcomp=reverse tgt=obj
1042 verb press xcomp=reverse tgt=obj
1042 verb pressure xcomp=reverse tgt=obj
1042 verb tell xcomp=reverse tgt=obj
1042 verb demand ccomp=reverse tgt=ccomp>nsubj
1042 verb insist ccomp=reverse tgt=ccomp>nsubj
1042 verb order xcomp=abandon tgt=obj
1042 verb press xcomp=abandon tgt=obj
1042 verb pressure xcomp=abandon tgt=obj
1042 verb tell xcomp=abandon tgt=obj
1042 verb demand ccomp=abandon tgt=ccomp>nsubj
1042 verb insist ccomp=abandon tgt=ccomp>nsubj
1042 verb order xcomp=drop tgt=obj
1042 verb press xcomp=drop tgt=obj
1042 verb pressure xcomp=drop tgt=obj
1042 verb tell xcomp=drop tgt=obj
1042 verb demand ccomp=drop tgt=ccomp>nsubj
1042 verb insist ccomp=drop tgt=ccomp>nsubj
1042 verb order xcomp=revise tgt=obj
1042 verb press xcomp=revise tgt=obj
1042 verb pressure xcomp=revise tgt=obj
1042 verb tell xcomp=revise tgt=obj
1042 verb demand ccomp=revise tgt=ccomp>nsubj
1042 verb insist ccomp=revise tgt=ccomp>nsubj
1042 verb order xcomp=rethink tgt=obj
1042 verb press xcomp=rethink tgt=obj
1042 verb pressure xcomp=rethink tgt=obj
1042 verb tell xcomp=rethink tgt=obj
1042 verb demand ccomp=rethink tgt=ccomp>nsubj
1042 verb insist ccomp=rethink tgt=ccomp>nsubj
1042 noun demand nmod:for=policy_change|reversal|rethink tgt=nmod:on|nmod:to

# 1043 demand: rights
1043 verb demand obj=right|freedom|autonomy|equality|suffrage tgt=obl:from|obl:of
1043 verb require obj=right|freedom|autonomy|equality|suffrage tgt=obl:from|obl:of
1043 verb insist obl:on=right|freedom|autonomy|equality|suffrage tgt=-
1043 verb press obl:for=right|freedom|autonomy|equality|suffrage tgt=obj|obl:on
1043 verb push obl:for=right|freedom|autonomy|equality|suffrage tgt=obj|obl:on
1043 verb clamour obl:for=right|freedom|autonomy|equality|suffrage tgt=obj|obl:on
1043 verb clamor obl:for=right|freedom|autonomy|equality|suffrage tgt=obj|obl:on
1043 verb order xcomp=respect xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1043 verb press xcomp=respect xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1043 verb pressure xcomp=respect xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1043 verb tell xcomp=respect xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1043 verb demand ccomp=respect ccomp>obj=right|freedom tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1043 verb insist ccomp=respect ccomp>obj=right|freedom tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1043 verb order xcomp=guarantee xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1043 verb press xcomp=guarantee xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1043 verb pressure xcomp=guarantee xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1043 verb tell xcomp=guarantee xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1043 verb demand ccomp=guarantee ccomp>obj=right|freedom tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1043 verb insist ccomp=guarantee ccomp>obj=right|freedom tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1043 verb order xcomp=protect xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1043 verb press xcomp=protect xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1043 verb pressure xcomp=protect xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1043 verb tell xcomp=protect xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1043 verb demand ccomp=protect ccomp>obj=right|freedom tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1043 verb insist ccomp=protect ccomp>obj=right|freedom tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1043 noun demand nmod:for=right|freedom|autonomy|equality|suffrage tgt=nmod:on|nmod:to

# 1044 demand: inst
1044 verb demand obj=election|referendum|regime_change|constitution|transition tgt=obl:from|obl:of
1044 verb demand obj=independence|secession|self-determination|statehood tgt=obl:from|obl:of
1044 verb call obl:for=independence|secession|self-determination|statehood|referendum|regime_change|new_constitution tgt=obl:from|obl:for>nmod:from
1044 verb press obl:for=independence|secession|self-determination|statehood|referendum|regime_change tgt=obl:from|obl:for>nmod:from
1044 verb require obj=election|referendum|regime_change|constitution|transition tgt=obl:from|obl:of
1044 verb insist obl:on=election|referendum|regime_change|constitution|transition tgt=-
1044 verb press obl:for=election|referendum|regime_change|constitution|transition tgt=obj|obl:on
1044 verb push obl:for=election|referendum|regime_change|constitution|transition tgt=obj|obl:on
1044 verb clamour obl:for=election|referendum|regime_change|constitution|transition tgt=obj|obl:on
1044 verb clamor obl:for=election|referendum|regime_change|constitution|transition tgt=obj|obl:on
1044 verb order xcomp=hold xcomp>obj=election|referendum|vote tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1044 verb press xcomp=hold xcomp>obj=election|referendum|vote tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1044 verb pressure xcomp=hold xcomp>obj=election|referendum|vote tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1044 verb tell xcomp=hold xcomp>obj=election|referendum|vote tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1044 verb demand ccomp=hold ccomp>obj=election|referendum|vote tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1044 verb insist ccomp=hold ccomp>obj=election|referendum|vote tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1044 verb order xcomp=call xcomp>obj=election|referendum tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1044 verb press xcomp=call xcomp>obj=election|referendum tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1044 verb pressure xcomp=call xcomp>obj=election|referendum tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1044 verb tell xcomp=call xcomp>obj=election|referendum tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1044 verb demand ccomp=call ccomp>obj=election|referendum tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1044 verb insist ccomp=call ccomp>obj=election|referendum tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1044 noun demand nmod:for=election|referendum|regime_change|constitution|transition tgt=nmod:on|nmod:to

# 105 demand: yield
105 verb demand obj=concession|compromise tgt=obl:from|obl:of
105 verb require obj=concession|compromise tgt=obl:from|obl:of
105 verb insist obl:on=concession|compromise tgt=-
105 verb press obl:for=concession|compromise tgt=obj|obl:on
105 verb push obl:for=concession|compromise tgt=obj|obl:on
105 verb clamour obl:for=concession|compromise tgt=obj|obl:on
105 verb clamor obl:for=concession|compromise tgt=obj|obl:on
105 verb order xcomp=yield tgt=obj
105 verb press xcomp=yield tgt=obj
105 verb pressure xcomp=yield tgt=obj
105 verb tell xcomp=yield tgt=obj
105 verb demand ccomp=yield tgt=ccomp>nsubj
105 verb insist ccomp=yield tgt=ccomp>nsubj
105 verb order xcomp=compromise tgt=obj
105 verb press xcomp=compromise tgt=obj
105 verb pressure xcomp=compromise tgt=obj
105 verb tell xcomp=compromise tgt=obj
105 verb demand ccomp=compromise tgt=ccomp>nsubj
105 verb insist ccomp=compromise tgt=ccomp>nsubj
105 verb order xcomp=concede tgt=obj
105 verb press xcomp=concede tgt=obj
105 verb pressure xcomp=concede tgt=obj
105 verb tell xcomp=concede tgt=obj
105 verb demand ccomp=concede tgt=ccomp>nsubj
105 verb insist ccomp=concede tgt=ccomp>nsubj
105 verb order xcomp=relent tgt=obj
105 verb press xcomp=relent tgt=obj
105 verb pressure xcomp=relent tgt=obj
105 verb tell xcomp=relent tgt=obj
105 verb demand ccomp=relent tgt=ccomp>nsubj
105 verb insist ccomp=relent tgt=ccomp>nsubj
105 noun demand nmod:for=concession|compromise tgt=nmod:on|nmod:to

# 1053 demand: release
1053 verb demand obj=release|return|freedom tgt=obl:from|obl:of
1053 verb require obj=release|return|freedom tgt=obl:from|obl:of
1053 verb insist obl:on=release|return|freedom tgt=-
1053 verb press obl:for=release|return|freedom tgt=obj|obl:on
1053 verb push obl:for=release|return|freedom tgt=obj|obl:on
1053 verb clamour obl:for=release|return|freedom tgt=obj|obl:on
1053 verb clamor obl:for=release|return|freedom tgt=obj|obl:on
1053 verb order xcomp=release tgt=obj
1053 verb press xcomp=release tgt=obj
1053 verb pressure xcomp=release tgt=obj
1053 verb tell xcomp=release tgt=obj
1053 verb demand ccomp=release tgt=ccomp>nsubj
1053 verb insist ccomp=release tgt=ccomp>nsubj
1053 verb order xcomp=free tgt=obj
1053 verb press xcomp=free tgt=obj
1053 verb pressure xcomp=free tgt=obj
1053 verb tell xcomp=free tgt=obj
1053 verb demand ccomp=free tgt=ccomp>nsubj
1053 verb insist ccomp=free tgt=ccomp>nsubj
1053 verb order xcomp=return tgt=obj
1053 verb press xcomp=return tgt=obj
1053 verb pressure xcomp=return tgt=obj
1053 verb tell xcomp=return tgt=obj
1053 verb demand ccomp=return tgt=ccomp>nsubj
1053 verb insist ccomp=return tgt=ccomp>nsubj
1053 verb order xcomp=repatriate tgt=obj
1053 verb press xcomp=repatriate tgt=obj
1053 verb pressure xcomp=repatriate tgt=obj
1053 verb tell xcomp=repatriate tgt=obj
1053 verb demand ccomp=repatriate tgt=ccomp>nsubj
1053 verb insist ccomp=repatriate tgt=ccomp>nsubj
1053 noun demand nmod:for=release|return|freedom tgt=nmod:on|nmod:to

# 1056 demand: deesc
1056 verb demand obj=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obl:from|obl:of
1056 verb require obj=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obl:from|obl:of
1056 verb insist obl:on=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=-
1056 verb press obl:for=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obj|obl:on
1056 verb push obl:for=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obj|obl:on
1056 verb clamour obl:for=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obj|obl:on
1056 verb clamor obl:for=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obj|obl:on
1056 verb order xcomp=withdraw tgt=obj
1056 verb press xcomp=withdraw tgt=obj
1056 verb pressure xcomp=withdraw tgt=obj
1056 verb tell xcomp=withdraw tgt=obj
1056 verb demand ccomp=withdraw tgt=ccomp>nsubj
1056 verb insist ccomp=withdraw tgt=ccomp>nsubj
1056 verb order xcomp=retreat tgt=obj
1056 verb press xcomp=retreat tgt=obj
1056 verb pressure xcomp=retreat tgt=obj
1056 verb tell xcomp=retreat tgt=obj
1056 verb demand ccomp=retreat tgt=ccomp>nsubj
1056 verb insist ccomp=retreat tgt=ccomp>nsubj
1056 verb order xcomp=disarm tgt=obj
1056 verb press xcomp=disarm tgt=obj
1056 verb pressure xcomp=disarm tgt=obj
1056 verb tell xcomp=disarm tgt=obj
1056 verb demand ccomp=disarm tgt=ccomp>nsubj
1056 verb insist ccomp=disarm tgt=ccomp>nsubj
1056 verb order xcomp=cease tgt=obj
1056 verb press xcomp=cease tgt=obj
1056 verb pressure xcomp=cease tgt=obj
1056 verb tell xcomp=cease tgt=obj
1056 verb demand ccomp=cease tgt=ccomp>nsubj
1056 verb insist ccomp=cease tgt=ccomp>nsubj
1056 verb order xcomp=de-escalate tgt=obj
1056 verb press xcomp=de-escalate tgt=obj
1056 verb pressure xcomp=de-escalate tgt=obj
1056 verb tell xcomp=de-escalate tgt=obj
1056 verb demand ccomp=de-escalate tgt=ccomp>nsubj
1056 verb insist ccomp=de-escalate tgt=ccomp>nsubj
1056 verb order xcomp=halt tgt=obj
1056 verb press xcomp=halt tgt=obj
1056 verb pressure xcomp=halt tgt=obj
1056 verb tell xcomp=halt tgt=obj
1056 verb demand ccomp=halt tgt=ccomp>nsubj
1056 verb insist ccomp=halt tgt=ccomp>nsubj
1056 verb order xcomp=stop tgt=obj
1056 verb press xcomp=stop tgt=obj
1056 verb pressure xcomp=stop tgt=obj
1056 verb tell xcomp=stop tgt=obj
1056 verb demand ccomp=stop tgt=ccomp>nsubj
1056 verb insist ccomp=stop tgt=ccomp>nsubj
1056 noun demand nmod:for=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=nmod:on|nmod:to

# 106 demand: meet
106 verb demand obj=talk|negotiation|dialogue|meeting|summit|consultation tgt=obl:from|obl:of
106 verb require obj=talk|negotiation|dialogue|meeting|summit|consultation tgt=obl:from|obl:of
106 verb insist obl:on=talk|negotiation|dialogue|meeting|summit|consultation tgt=-
106 verb press obl:for=talk|negotiation|dialogue|meeting|summit|consultation tgt=obj|obl:on
106 verb push obl:for=talk|negotiation|dialogue|meeting|summit|consultation tgt=obj|obl:on
106 verb clamour obl:for=talk|negotiation|dialogue|meeting|summit|consultation tgt=obj|obl:on
106 verb clamor obl:for=talk|negotiation|dialogue|meeting|summit|consultation tgt=obj|obl:on
106 verb order xcomp=meet tgt=obj
106 verb press xcomp=meet tgt=obj
106 verb pressure xcomp=meet tgt=obj
106 verb tell xcomp=meet tgt=obj
106 verb demand ccomp=meet tgt=ccomp>nsubj
106 verb insist ccomp=meet tgt=ccomp>nsubj
106 verb order xcomp=negotiate tgt=obj
106 verb press xcomp=negotiate tgt=obj
106 verb pressure xcomp=negotiate tgt=obj
106 verb tell xcomp=negotiate tgt=obj
106 verb demand ccomp=negotiate tgt=ccomp>nsubj
106 verb insist ccomp=negotiate tgt=ccomp>nsubj
106 verb order xcomp=talk tgt=obj
106 verb press xcomp=talk tgt=obj
106 verb pressure xcomp=talk tgt=obj
106 verb tell xcomp=talk tgt=obj
106 verb demand ccomp=talk tgt=ccomp>nsubj
106 verb insist ccomp=talk tgt=ccomp>nsubj
106 verb order xcomp=resume tgt=obj
106 verb press xcomp=resume tgt=obj
106 verb pressure xcomp=resume tgt=obj
106 verb tell xcomp=resume tgt=obj
106 verb demand ccomp=resume tgt=ccomp>nsubj
106 verb insist ccomp=resume tgt=ccomp>nsubj
106 noun demand nmod:for=talk|negotiation|dialogue|meeting|summit|consultation tgt=nmod:on|nmod:to

# 107 demand: settle
107 verb demand obj=settlement|resolution|solution|peace|deal tgt=obl:from|obl:of
107 verb require obj=settlement|resolution|solution|peace|deal tgt=obl:from|obl:of
107 verb insist obl:on=settlement|resolution|solution|peace|deal tgt=-
107 verb press obl:for=settlement|resolution|solution|peace|deal tgt=obj|obl:on
107 verb push obl:for=settlement|resolution|solution|peace|deal tgt=obj|obl:on
107 verb clamour obl:for=settlement|resolution|solution|peace|deal tgt=obj|obl:on
107 verb clamor obl:for=settlement|resolution|solution|peace|deal tgt=obj|obl:on
107 verb order xcomp=settle xcomp>obj=dispute|conflict|difference tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
107 verb press xcomp=settle xcomp>obj=dispute|conflict|difference tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
107 verb pressure xcomp=settle xcomp>obj=dispute|conflict|difference tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
107 verb tell xcomp=settle xcomp>obj=dispute|conflict|difference tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
107 verb demand ccomp=settle ccomp>obj=dispute|conflict|difference tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
107 verb insist ccomp=settle ccomp>obj=dispute|conflict|difference tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
107 verb order xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
107 verb press xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
107 verb pressure xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
107 verb tell xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
107 verb demand ccomp=resolve ccomp>obj=dispute|conflict|crisis|issue tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
107 verb insist ccomp=resolve ccomp>obj=dispute|conflict|crisis|issue tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
107 verb order xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
107 verb press xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
107 verb pressure xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
107 verb tell xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
107 verb demand ccomp=end ccomp>obj=war|conflict|dispute|fighting tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
107 verb insist ccomp=end ccomp>obj=war|conflict|dispute|fighting tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
107 noun demand nmod:for=settlement|resolution|solution|peace|deal tgt=nmod:on|nmod:to

# 108 demand: mediat
108 verb demand obj=mediation|arbitration|good_offices tgt=obl:from|obl:of
108 verb require obj=mediation|arbitration|good_offices tgt=obl:from|obl:of
108 verb insist obl:on=mediation|arbitration|good_offices tgt=-
108 verb press obl:for=mediation|arbitration|good_offices tgt=obj|obl:on
108 verb push obl:for=mediation|arbitration|good_offices tgt=obj|obl:on
108 verb clamour obl:for=mediation|arbitration|good_offices tgt=obj|obl:on
108 verb clamor obl:for=mediation|arbitration|good_offices tgt=obj|obl:on
108 verb order xcomp=accept xcomp>obj=mediation|arbitration tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
108 verb press xcomp=accept xcomp>obj=mediation|arbitration tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
108 verb pressure xcomp=accept xcomp>obj=mediation|arbitration tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
108 verb tell xcomp=accept xcomp>obj=mediation|arbitration tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
108 verb demand ccomp=accept ccomp>obj=mediation|arbitration tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
108 verb insist ccomp=accept ccomp>obj=mediation|arbitration tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
108 verb order xcomp=allow xcomp>obj=mediation tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
108 verb press xcomp=allow xcomp>obj=mediation tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
108 verb pressure xcomp=allow xcomp>obj=mediation tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
108 verb tell xcomp=allow xcomp>obj=mediation tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
108 verb demand ccomp=allow ccomp>obj=mediation tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
108 verb insist ccomp=allow ccomp>obj=mediation tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
108 noun demand nmod:for=mediation|arbitration|good_offices tgt=nmod:on|nmod:to

# 1051 demand that the target yields: verb + object
1051 verb order xcomp=ease xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb press xcomp=ease xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb pressure xcomp=ease xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb tell xcomp=ease xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb demand ccomp=ease ccomp>obj=restriction|curfew|ban|emergency|crackdown tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1051 verb insist ccomp=ease ccomp>obj=restriction|curfew|ban|emergency|crackdown tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1051 verb order xcomp=lift xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb press xcomp=lift xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb pressure xcomp=lift xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb tell xcomp=lift xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb demand ccomp=lift ccomp>obj=restriction|curfew|ban|emergency|crackdown tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1051 verb insist ccomp=lift ccomp>obj=restriction|curfew|ban|emergency|crackdown tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1051 verb order xcomp=relax xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb press xcomp=relax xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb pressure xcomp=relax xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb tell xcomp=relax xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb demand ccomp=relax ccomp>obj=restriction|curfew|ban|emergency|crackdown tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1051 verb insist ccomp=relax ccomp>obj=restriction|curfew|ban|emergency|crackdown tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1051 verb order xcomp=remove xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb press xcomp=remove xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb pressure xcomp=remove xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb tell xcomp=remove xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb demand ccomp=remove ccomp>obj=restriction|curfew|ban|emergency|crackdown tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1051 verb insist ccomp=remove ccomp>obj=restriction|curfew|ban|emergency|crackdown tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1051 verb order xcomp=end xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb press xcomp=end xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb pressure xcomp=end xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb tell xcomp=end xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1051 verb demand ccomp=end ccomp>obj=restriction|curfew|ban|emergency|crackdown tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1051 verb insist ccomp=end ccomp>obj=restriction|curfew|ban|emergency|crackdown tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss

# 1052 demand that the target yields: verb + object
1052 verb order xcomp=end xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1052 verb press xcomp=end xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1052 verb pressure xcomp=end xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1052 verb tell xcomp=end xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1052 verb demand ccomp=end ccomp>obj=protest|strike|demonstration|boycott|rally tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1052 verb insist ccomp=end ccomp>obj=protest|strike|demonstration|boycott|rally tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1052 verb order xcomp=stop xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1052 verb press xcomp=stop xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1052 verb pressure xcomp=stop xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1052 verb tell xcomp=stop xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1052 verb demand ccomp=stop ccomp>obj=protest|strike|demonstration|boycott|rally tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1052 verb insist ccomp=stop ccomp>obj=protest|strike|demonstration|boycott|rally tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1052 verb order xcomp=halt xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1052 verb press xcomp=halt xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1052 verb pressure xcomp=halt xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1052 verb tell xcomp=halt xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1052 verb demand ccomp=halt ccomp>obj=protest|strike|demonstration|boycott|rally tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1052 verb insist ccomp=halt ccomp>obj=protest|strike|demonstration|boycott|rally tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1052 verb order xcomp=call xcomp>obj=protest|strike|demonstration|boycott|rally xcomp>compound:prt=off tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1052 verb press xcomp=call xcomp>obj=protest|strike|demonstration|boycott|rally xcomp>compound:prt=off tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1052 verb pressure xcomp=call xcomp>obj=protest|strike|demonstration|boycott|rally xcomp>compound:prt=off tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1052 verb tell xcomp=call xcomp>obj=protest|strike|demonstration|boycott|rally xcomp>compound:prt=off tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1052 verb demand ccomp=call ccomp>obj=protest|strike|demonstration|boycott|rally ccomp>compound:prt=off tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1052 verb insist ccomp=call ccomp>obj=protest|strike|demonstration|boycott|rally ccomp>compound:prt=off tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss

# 1054 demand that the target yields: verb + object
1054 verb order xcomp=lift xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb press xcomp=lift xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb pressure xcomp=lift xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb tell xcomp=lift xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb demand ccomp=lift ccomp>obj=sanction|embargo|boycott|tariff|blockade tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1054 verb insist ccomp=lift ccomp>obj=sanction|embargo|boycott|tariff|blockade tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1054 verb order xcomp=ease xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb press xcomp=ease xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb pressure xcomp=ease xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb tell xcomp=ease xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb demand ccomp=ease ccomp>obj=sanction|embargo|boycott|tariff|blockade tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1054 verb insist ccomp=ease ccomp>obj=sanction|embargo|boycott|tariff|blockade tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1054 verb order xcomp=remove xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb press xcomp=remove xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb pressure xcomp=remove xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb tell xcomp=remove xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb demand ccomp=remove ccomp>obj=sanction|embargo|boycott|tariff|blockade tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1054 verb insist ccomp=remove ccomp>obj=sanction|embargo|boycott|tariff|blockade tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1054 verb order xcomp=end xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb press xcomp=end xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb pressure xcomp=end xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb tell xcomp=end xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb demand ccomp=end ccomp>obj=sanction|embargo|boycott|tariff|blockade tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1054 verb insist ccomp=end ccomp>obj=sanction|embargo|boycott|tariff|blockade tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1054 verb order xcomp=suspend xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb press xcomp=suspend xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb pressure xcomp=suspend xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb tell xcomp=suspend xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1054 verb demand ccomp=suspend ccomp>obj=sanction|embargo|boycott|tariff|blockade tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1054 verb insist ccomp=suspend ccomp>obj=sanction|embargo|boycott|tariff|blockade tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss

# 1055 demand that the target yields: verb + object
1055 verb order xcomp=allow xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb press xcomp=allow xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb pressure xcomp=allow xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb tell xcomp=allow xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb demand ccomp=allow ccomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1055 verb insist ccomp=allow ccomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1055 verb order xcomp=admit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb press xcomp=admit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb pressure xcomp=admit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb tell xcomp=admit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb demand ccomp=admit ccomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1055 verb insist ccomp=admit ccomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1055 verb order xcomp=accept xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb press xcomp=accept xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb pressure xcomp=accept xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb tell xcomp=accept xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb demand ccomp=accept ccomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1055 verb insist ccomp=accept ccomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1055 verb order xcomp=permit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb press xcomp=permit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb pressure xcomp=permit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb tell xcomp=permit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb demand ccomp=permit ccomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1055 verb insist ccomp=permit ccomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1055 verb order xcomp=let xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb press xcomp=let xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb pressure xcomp=let xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb tell xcomp=let xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
1055 verb demand ccomp=let ccomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1055 verb insist ccomp=let ccomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=ccomp>nsubj|ccomp>obj>nmod:on|ccomp>obj>nmod:against|ccomp>obj>nmod:to|ccomp>obj>nmod:with|ccomp>obj>nmod:poss
1053 verb demand obj=release|freedom|return tgt=obl:from|obj>nmod:of
