# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 02 — appeal (a polite request; demands are root 10)

# 020 appeal, unspecified: the addressee is the target
020 verb appeal tgt=obl:to
020 verb urge tgt=obj
020 verb implore tgt=obj
020 verb exhort tgt=obj
020 verb beseech tgt=obj
020 verb entreat tgt=obj
020 verb beg tgt=obj
020 verb call obl:on=* tgt=obl:on
020 verb plead tgt=obl:with|obl:to
020 verb ask tgt=obj|iobj
020 verb request tgt=obj|iobj
020 verb make obj=appeal|plea|request tgt=obl:to|obj>nmod:to
020 verb issue obj=appeal|plea|request tgt=obl:to|obj>nmod:to
020 verb launch obj=appeal|plea|request tgt=obl:to|obj>nmod:to
020 noun appeal tgt=nmod:to
020 noun plea tgt=nmod:to
020 noun request tgt=nmod:to

# 021 appeal for coop
021 verb appeal obl:for=cooperation|collaboration|partnership|help tgt=obl:to
021 verb call obl:for=cooperation|collaboration|partnership|help tgt=obl:on
021 verb plead obl:for=cooperation|collaboration|partnership|help tgt=obl:with|obl:to
021 verb ask obl:for=cooperation|collaboration|partnership|help tgt=obj
021 verb beg obl:for=cooperation|collaboration|partnership|help tgt=obj
021 verb lobby obl:for=cooperation|collaboration|partnership|help tgt=obj
021 verb petition obl:for=cooperation|collaboration|partnership|help tgt=obj
021 verb seek obj=cooperation|collaboration|partnership|help tgt=obl:from|iobj
021 verb request obj=cooperation|collaboration|partnership|help tgt=obl:from|iobj
021 verb solicit obj=cooperation|collaboration|partnership|help tgt=obl:from|iobj
021 verb urge obj=cooperation|collaboration|partnership|help tgt=obl:on|obl:from
021 verb encourage obj=cooperation|collaboration|partnership|help tgt=obl:on|obl:from
021 verb implore obj=cooperation|collaboration|partnership|help tgt=obl:on|obl:from
021 verb urge xcomp=cooperate tgt=obj
021 verb encourage xcomp=cooperate tgt=obj
021 verb ask xcomp=cooperate tgt=obj
021 verb implore xcomp=cooperate tgt=obj
021 verb urge xcomp=collaborate tgt=obj
021 verb encourage xcomp=collaborate tgt=obj
021 verb ask xcomp=collaborate tgt=obj
021 verb implore xcomp=collaborate tgt=obj
021 verb urge xcomp=work tgt=obj
021 verb encourage xcomp=work tgt=obj
021 verb ask xcomp=work tgt=obj
021 verb implore xcomp=work tgt=obj
021 noun appeal nmod:for=cooperation|collaboration|partnership|help tgt=nmod:to|nmod:on
021 noun plea nmod:for=cooperation|collaboration|partnership|help tgt=nmod:to|nmod:on
021 noun call nmod:for=cooperation|collaboration|partnership|help tgt=nmod:to|nmod:on
021 noun request nmod:for=cooperation|collaboration|partnership|help tgt=nmod:to|nmod:on

# 0211 appeal for econco
0211 verb appeal obl:for=trade|investment|economic_cooperation|trade_deal|commerce tgt=obl:to
0211 verb call obl:for=trade|investment|economic_cooperation|trade_deal|commerce tgt=obl:on
0211 verb plead obl:for=trade|investment|economic_cooperation|trade_deal|commerce tgt=obl:with|obl:to
0211 verb ask obl:for=trade|investment|economic_cooperation|trade_deal|commerce tgt=obj
0211 verb beg obl:for=trade|investment|economic_cooperation|trade_deal|commerce tgt=obj
0211 verb lobby obl:for=trade|investment|economic_cooperation|trade_deal|commerce tgt=obj
0211 verb petition obl:for=trade|investment|economic_cooperation|trade_deal|commerce tgt=obj
0211 verb seek obj=trade|investment|economic_cooperation|trade_deal|commerce tgt=obl:from|iobj
0211 verb request obj=trade|investment|economic_cooperation|trade_deal|commerce tgt=obl:from|iobj
0211 verb solicit obj=trade|investment|economic_cooperation|trade_deal|commerce tgt=obl:from|iobj
0211 verb urge obj=trade|investment|economic_cooperation|trade_deal|commerce tgt=obl:on|obl:from
0211 verb encourage obj=trade|investment|economic_cooperation|trade_deal|commerce tgt=obl:on|obl:from
0211 verb implore obj=trade|investment|economic_cooperation|trade_deal|commerce tgt=obl:on|obl:from
0211 verb urge xcomp=trade tgt=obj
0211 verb encourage xcomp=trade tgt=obj
0211 verb ask xcomp=trade tgt=obj
0211 verb implore xcomp=trade tgt=obj
0211 verb urge xcomp=invest tgt=obj
0211 verb encourage xcomp=invest tgt=obj
0211 verb ask xcomp=invest tgt=obj
0211 verb implore xcomp=invest tgt=obj
0211 noun appeal nmod:for=trade|investment|economic_cooperation|trade_deal|commerce tgt=nmod:to|nmod:on
0211 noun plea nmod:for=trade|investment|economic_cooperation|trade_deal|commerce tgt=nmod:to|nmod:on
0211 noun call nmod:for=trade|investment|economic_cooperation|trade_deal|commerce tgt=nmod:to|nmod:on
0211 noun request nmod:for=trade|investment|economic_cooperation|trade_deal|commerce tgt=nmod:to|nmod:on

# 0212 appeal for milco
0212 verb appeal obl:for=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obl:to
0212 verb call obl:for=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obl:on
0212 verb plead obl:for=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obl:with|obl:to
0212 verb ask obl:for=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obj
0212 verb beg obl:for=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obj
0212 verb lobby obl:for=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obj
0212 verb petition obl:for=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obj
0212 verb seek obj=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obl:from|iobj
0212 verb request obj=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obl:from|iobj
0212 verb solicit obj=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obl:from|iobj
0212 verb urge obj=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obl:on|obl:from
0212 verb encourage obj=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obl:on|obl:from
0212 verb implore obj=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obl:on|obl:from
0212 verb urge xcomp=ally tgt=obj
0212 verb encourage xcomp=ally tgt=obj
0212 verb ask xcomp=ally tgt=obj
0212 verb implore xcomp=ally tgt=obj
0212 verb urge xcomp=cooperate xcomp>advmod=militarily tgt=obj
0212 verb encourage xcomp=cooperate xcomp>advmod=militarily tgt=obj
0212 verb ask xcomp=cooperate xcomp>advmod=militarily tgt=obj
0212 verb implore xcomp=cooperate xcomp>advmod=militarily tgt=obj
0212 noun appeal nmod:for=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=nmod:to|nmod:on
0212 noun plea nmod:for=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=nmod:to|nmod:on
0212 noun call nmod:for=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=nmod:to|nmod:on
0212 noun request nmod:for=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=nmod:to|nmod:on

# 0213 appeal for judco
0213 verb appeal obl:for=extradition|legal_assistance|judicial_cooperation tgt=obl:to
0213 verb call obl:for=extradition|legal_assistance|judicial_cooperation tgt=obl:on
0213 verb plead obl:for=extradition|legal_assistance|judicial_cooperation tgt=obl:with|obl:to
0213 verb ask obl:for=extradition|legal_assistance|judicial_cooperation tgt=obj
0213 verb beg obl:for=extradition|legal_assistance|judicial_cooperation tgt=obj
0213 verb lobby obl:for=extradition|legal_assistance|judicial_cooperation tgt=obj
0213 verb petition obl:for=extradition|legal_assistance|judicial_cooperation tgt=obj
0213 verb seek obj=extradition|legal_assistance|judicial_cooperation tgt=obl:from|iobj
0213 verb request obj=extradition|legal_assistance|judicial_cooperation tgt=obl:from|iobj
0213 verb solicit obj=extradition|legal_assistance|judicial_cooperation tgt=obl:from|iobj
0213 verb urge obj=extradition|legal_assistance|judicial_cooperation tgt=obl:on|obl:from
0213 verb encourage obj=extradition|legal_assistance|judicial_cooperation tgt=obl:on|obl:from
0213 verb implore obj=extradition|legal_assistance|judicial_cooperation tgt=obl:on|obl:from
0213 verb urge xcomp=extradite tgt=obj
0213 verb encourage xcomp=extradite tgt=obj
0213 verb ask xcomp=extradite tgt=obj
0213 verb implore xcomp=extradite tgt=obj
0213 verb urge xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0213 verb encourage xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0213 verb ask xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0213 verb implore xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0213 noun appeal nmod:for=extradition|legal_assistance|judicial_cooperation tgt=nmod:to|nmod:on
0213 noun plea nmod:for=extradition|legal_assistance|judicial_cooperation tgt=nmod:to|nmod:on
0213 noun call nmod:for=extradition|legal_assistance|judicial_cooperation tgt=nmod:to|nmod:on
0213 noun request nmod:for=extradition|legal_assistance|judicial_cooperation tgt=nmod:to|nmod:on

# 0214 appeal for intel
0214 verb appeal obl:for=intelligence|information|intelligence_sharing tgt=obl:to
0214 verb call obl:for=intelligence|information|intelligence_sharing tgt=obl:on
0214 verb plead obl:for=intelligence|information|intelligence_sharing tgt=obl:with|obl:to
0214 verb ask obl:for=intelligence|information|intelligence_sharing tgt=obj
0214 verb beg obl:for=intelligence|information|intelligence_sharing tgt=obj
0214 verb lobby obl:for=intelligence|information|intelligence_sharing tgt=obj
0214 verb petition obl:for=intelligence|information|intelligence_sharing tgt=obj
0214 verb seek obj=intelligence|information|intelligence_sharing tgt=obl:from|iobj
0214 verb request obj=intelligence|information|intelligence_sharing tgt=obl:from|iobj
0214 verb solicit obj=intelligence|information|intelligence_sharing tgt=obl:from|iobj
0214 verb urge obj=intelligence|information|intelligence_sharing tgt=obl:on|obl:from
0214 verb encourage obj=intelligence|information|intelligence_sharing tgt=obl:on|obl:from
0214 verb implore obj=intelligence|information|intelligence_sharing tgt=obl:on|obl:from
0214 verb urge xcomp=share xcomp>obj=intelligence|information|data tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0214 verb encourage xcomp=share xcomp>obj=intelligence|information|data tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0214 verb ask xcomp=share xcomp>obj=intelligence|information|data tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0214 verb implore xcomp=share xcomp>obj=intelligence|information|data tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0214 noun appeal nmod:for=intelligence|information|intelligence_sharing tgt=nmod:to|nmod:on
0214 noun plea nmod:for=intelligence|information|intelligence_sharing tgt=nmod:to|nmod:on
0214 noun call nmod:for=intelligence|information|intelligence_sharing tgt=nmod:to|nmod:on
0214 noun request nmod:for=intelligence|information|intelligence_sharing tgt=nmod:to|nmod:on

# 022 appeal for dipl
022 verb appeal obl:for=support|backing|recognition|endorsement|solidarity tgt=obl:to
022 verb call obl:for=support|backing|recognition|endorsement|solidarity tgt=obl:on
022 verb plead obl:for=support|backing|recognition|endorsement|solidarity tgt=obl:with|obl:to
022 verb ask obl:for=support|backing|recognition|endorsement|solidarity tgt=obj
022 verb beg obl:for=support|backing|recognition|endorsement|solidarity tgt=obj
022 verb lobby obl:for=support|backing|recognition|endorsement|solidarity tgt=obj
022 verb petition obl:for=support|backing|recognition|endorsement|solidarity tgt=obj
022 verb seek obj=support|backing|recognition|endorsement|solidarity tgt=obl:from|iobj
022 verb request obj=support|backing|recognition|endorsement|solidarity tgt=obl:from|iobj
022 verb solicit obj=support|backing|recognition|endorsement|solidarity tgt=obl:from|iobj
022 verb urge obj=support|backing|recognition|endorsement|solidarity tgt=obl:on|obl:from
022 verb encourage obj=support|backing|recognition|endorsement|solidarity tgt=obl:on|obl:from
022 verb implore obj=support|backing|recognition|endorsement|solidarity tgt=obl:on|obl:from
022 verb urge xcomp=support tgt=obj
022 verb encourage xcomp=support tgt=obj
022 verb ask xcomp=support tgt=obj
022 verb implore xcomp=support tgt=obj
022 verb urge xcomp=back tgt=obj
022 verb encourage xcomp=back tgt=obj
022 verb ask xcomp=back tgt=obj
022 verb implore xcomp=back tgt=obj
022 verb urge xcomp=recognize tgt=obj
022 verb encourage xcomp=recognize tgt=obj
022 verb ask xcomp=recognize tgt=obj
022 verb implore xcomp=recognize tgt=obj
022 verb urge xcomp=recognise tgt=obj
022 verb encourage xcomp=recognise tgt=obj
022 verb ask xcomp=recognise tgt=obj
022 verb implore xcomp=recognise tgt=obj
022 verb urge xcomp=endorse tgt=obj
022 verb encourage xcomp=endorse tgt=obj
022 verb ask xcomp=endorse tgt=obj
022 verb implore xcomp=endorse tgt=obj
022 noun appeal nmod:for=support|backing|recognition|endorsement|solidarity tgt=nmod:to|nmod:on
022 noun plea nmod:for=support|backing|recognition|endorsement|solidarity tgt=nmod:to|nmod:on
022 noun call nmod:for=support|backing|recognition|endorsement|solidarity tgt=nmod:to|nmod:on
022 noun request nmod:for=support|backing|recognition|endorsement|solidarity tgt=nmod:to|nmod:on

# 023 appeal for aid
023 verb appeal obl:for=aid|assistance|help tgt=obl:to
023 verb call obl:for=aid|assistance|help tgt=obl:on
023 verb plead obl:for=aid|assistance|help tgt=obl:with|obl:to
023 verb ask obl:for=aid|assistance|help tgt=obj
023 verb beg obl:for=aid|assistance|help tgt=obj
023 verb lobby obl:for=aid|assistance|help tgt=obj
023 verb petition obl:for=aid|assistance|help tgt=obj
023 verb seek obj=aid|assistance|help tgt=obl:from|iobj
023 verb request obj=aid|assistance|help tgt=obl:from|iobj
023 verb solicit obj=aid|assistance|help tgt=obl:from|iobj
023 verb urge obj=aid|assistance|help tgt=obl:on|obl:from
023 verb encourage obj=aid|assistance|help tgt=obl:on|obl:from
023 verb implore obj=aid|assistance|help tgt=obl:on|obl:from
023 verb urge xcomp=help tgt=obj
023 verb encourage xcomp=help tgt=obj
023 verb ask xcomp=help tgt=obj
023 verb implore xcomp=help tgt=obj
023 verb urge xcomp=assist tgt=obj
023 verb encourage xcomp=assist tgt=obj
023 verb ask xcomp=assist tgt=obj
023 verb implore xcomp=assist tgt=obj
023 verb urge xcomp=aid tgt=obj
023 verb encourage xcomp=aid tgt=obj
023 verb ask xcomp=aid tgt=obj
023 verb implore xcomp=aid tgt=obj
023 noun appeal nmod:for=aid|assistance|help tgt=nmod:to|nmod:on
023 noun plea nmod:for=aid|assistance|help tgt=nmod:to|nmod:on
023 noun call nmod:for=aid|assistance|help tgt=nmod:to|nmod:on
023 noun request nmod:for=aid|assistance|help tgt=nmod:to|nmod:on

# 0231 appeal for econaid
0231 verb appeal obl:for=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to
0231 verb call obl:for=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:on
0231 verb plead obl:for=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:with|obl:to
0231 verb ask obl:for=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obj
0231 verb beg obl:for=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obj
0231 verb lobby obl:for=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obj
0231 verb petition obl:for=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obj
0231 verb seek obj=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:from|iobj
0231 verb request obj=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:from|iobj
0231 verb solicit obj=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:from|iobj
0231 verb urge obj=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:on|obl:from
0231 verb encourage obj=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:on|obl:from
0231 verb implore obj=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:on|obl:from
0231 verb urge xcomp=fund tgt=obj
0231 verb encourage xcomp=fund tgt=obj
0231 verb ask xcomp=fund tgt=obj
0231 verb implore xcomp=fund tgt=obj
0231 verb urge xcomp=finance tgt=obj
0231 verb encourage xcomp=finance tgt=obj
0231 verb ask xcomp=finance tgt=obj
0231 verb implore xcomp=finance tgt=obj
0231 verb urge xcomp=lend tgt=obj
0231 verb encourage xcomp=lend tgt=obj
0231 verb ask xcomp=lend tgt=obj
0231 verb implore xcomp=lend tgt=obj
0231 noun appeal nmod:for=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=nmod:to|nmod:on
0231 noun plea nmod:for=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=nmod:to|nmod:on
0231 noun call nmod:for=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=nmod:to|nmod:on
0231 noun request nmod:for=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=nmod:to|nmod:on

# 0232 appeal for milaid
0232 verb appeal obl:for=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obl:to
0232 verb call obl:for=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obl:on
0232 verb plead obl:for=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obl:with|obl:to
0232 verb ask obl:for=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obj
0232 verb beg obl:for=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obj
0232 verb lobby obl:for=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obj
0232 verb petition obl:for=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obj
0232 verb seek obj=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obl:from|iobj
0232 verb request obj=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obl:from|iobj
0232 verb solicit obj=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obl:from|iobj
0232 verb urge obj=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obl:on|obl:from
0232 verb encourage obj=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obl:on|obl:from
0232 verb implore obj=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obl:on|obl:from
0232 verb urge xcomp=arm tgt=obj
0232 verb encourage xcomp=arm tgt=obj
0232 verb ask xcomp=arm tgt=obj
0232 verb implore xcomp=arm tgt=obj
0232 noun appeal nmod:for=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=nmod:to|nmod:on
0232 noun plea nmod:for=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=nmod:to|nmod:on
0232 noun call nmod:for=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=nmod:to|nmod:on
0232 noun request nmod:for=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=nmod:to|nmod:on

# 0233 appeal for humaid
0233 verb appeal obl:for=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obl:to
0233 verb call obl:for=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obl:on
0233 verb plead obl:for=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obl:with|obl:to
0233 verb ask obl:for=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obj
0233 verb beg obl:for=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obj
0233 verb lobby obl:for=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obj
0233 verb petition obl:for=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obj
0233 verb seek obj=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obl:from|iobj
0233 verb request obj=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obl:from|iobj
0233 verb solicit obj=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obl:from|iobj
0233 verb urge obj=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obl:on|obl:from
0233 verb encourage obj=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obl:on|obl:from
0233 verb implore obj=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obl:on|obl:from
0233 verb urge xcomp=feed tgt=obj
0233 verb encourage xcomp=feed tgt=obj
0233 verb ask xcomp=feed tgt=obj
0233 verb implore xcomp=feed tgt=obj
0233 noun appeal nmod:for=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=nmod:to|nmod:on
0233 noun plea nmod:for=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=nmod:to|nmod:on
0233 noun call nmod:for=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=nmod:to|nmod:on
0233 noun request nmod:for=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=nmod:to|nmod:on

# 0234 appeal for pk
0234 verb appeal obl:for=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obl:to
0234 verb call obl:for=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obl:on
0234 verb plead obl:for=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obl:with|obl:to
0234 verb ask obl:for=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obj
0234 verb beg obl:for=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obj
0234 verb lobby obl:for=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obj
0234 verb petition obl:for=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obj
0234 verb seek obj=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obl:from|iobj
0234 verb request obj=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obl:from|iobj
0234 verb solicit obj=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obl:from|iobj
0234 verb urge obj=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obl:on|obl:from
0234 verb encourage obj=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obl:on|obl:from
0234 verb implore obj=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obl:on|obl:from
0234 verb urge xcomp=protect tgt=obj
0234 verb encourage xcomp=protect tgt=obj
0234 verb ask xcomp=protect tgt=obj
0234 verb implore xcomp=protect tgt=obj
0234 noun appeal nmod:for=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=nmod:to|nmod:on
0234 noun plea nmod:for=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=nmod:to|nmod:on
0234 noun call nmod:for=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=nmod:to|nmod:on
0234 noun request nmod:for=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=nmod:to|nmod:on

# 024 appeal for reform
024 verb appeal obl:for=reform|democratization|democratisation|political_reform tgt=obl:to
024 verb call obl:for=reform|democratization|democratisation|political_reform tgt=obl:on
024 verb plead obl:for=reform|democratization|democratisation|political_reform tgt=obl:with|obl:to
024 verb ask obl:for=reform|democratization|democratisation|political_reform tgt=obj
024 verb beg obl:for=reform|democratization|democratisation|political_reform tgt=obj
024 verb lobby obl:for=reform|democratization|democratisation|political_reform tgt=obj
024 verb petition obl:for=reform|democratization|democratisation|political_reform tgt=obj
024 verb seek obj=reform|democratization|democratisation|political_reform tgt=obl:from|iobj
024 verb request obj=reform|democratization|democratisation|political_reform tgt=obl:from|iobj
024 verb solicit obj=reform|democratization|democratisation|political_reform tgt=obl:from|iobj
024 verb urge obj=reform|democratization|democratisation|political_reform tgt=obl:on|obl:from
024 verb encourage obj=reform|democratization|democratisation|political_reform tgt=obl:on|obl:from
024 verb implore obj=reform|democratization|democratisation|political_reform tgt=obl:on|obl:from
024 verb urge xcomp=reform tgt=obj
024 verb encourage xcomp=reform tgt=obj
024 verb ask xcomp=reform tgt=obj
024 verb implore xcomp=reform tgt=obj
024 verb urge xcomp=democratize tgt=obj
024 verb encourage xcomp=democratize tgt=obj
024 verb ask xcomp=democratize tgt=obj
024 verb implore xcomp=democratize tgt=obj
024 noun appeal nmod:for=reform|democratization|democratisation|political_reform tgt=nmod:to|nmod:on
024 noun plea nmod:for=reform|democratization|democratisation|political_reform tgt=nmod:to|nmod:on
024 noun call nmod:for=reform|democratization|democratisation|political_reform tgt=nmod:to|nmod:on
024 noun request nmod:for=reform|democratization|democratisation|political_reform tgt=nmod:to|nmod:on

# 0241 appeal for leader
0241 verb appeal obl:for=resignation|ouster|removal|leadership_change tgt=obl:to
0241 verb call obl:for=resignation|ouster|removal|leadership_change tgt=obl:on
0241 verb plead obl:for=resignation|ouster|removal|leadership_change tgt=obl:with|obl:to
0241 verb ask obl:for=resignation|ouster|removal|leadership_change tgt=obj
0241 verb beg obl:for=resignation|ouster|removal|leadership_change tgt=obj
0241 verb lobby obl:for=resignation|ouster|removal|leadership_change tgt=obj
0241 verb petition obl:for=resignation|ouster|removal|leadership_change tgt=obj
0241 verb seek obj=resignation|ouster|removal|leadership_change tgt=obl:from|iobj
0241 verb request obj=resignation|ouster|removal|leadership_change tgt=obl:from|iobj
0241 verb solicit obj=resignation|ouster|removal|leadership_change tgt=obl:from|iobj
0241 verb urge obj=resignation|ouster|removal|leadership_change tgt=obl:on|obl:from
0241 verb encourage obj=resignation|ouster|removal|leadership_change tgt=obl:on|obl:from
0241 verb implore obj=resignation|ouster|removal|leadership_change tgt=obl:on|obl:from
0241 verb urge xcomp=resign tgt=obj
0241 verb encourage xcomp=resign tgt=obj
0241 verb ask xcomp=resign tgt=obj
0241 verb implore xcomp=resign tgt=obj
0241 verb urge xcomp=quit tgt=obj
0241 verb encourage xcomp=quit tgt=obj
0241 verb ask xcomp=quit tgt=obj
0241 verb implore xcomp=quit tgt=obj
0241 verb urge xcomp=abdicate tgt=obj
0241 verb encourage xcomp=abdicate tgt=obj
0241 verb ask xcomp=abdicate tgt=obj
0241 verb implore xcomp=abdicate tgt=obj
0241 verb urge xcomp=step xcomp>compound:prt=down tgt=obj
0241 verb encourage xcomp=step xcomp>compound:prt=down tgt=obj
0241 verb ask xcomp=step xcomp>compound:prt=down tgt=obj
0241 verb implore xcomp=step xcomp>compound:prt=down tgt=obj
0241 verb urge xcomp=stand xcomp>compound:prt=down tgt=obj
0241 verb encourage xcomp=stand xcomp>compound:prt=down tgt=obj
0241 verb ask xcomp=stand xcomp>compound:prt=down tgt=obj
0241 verb implore xcomp=stand xcomp>compound:prt=down tgt=obj
0241 noun appeal nmod:for=resignation|ouster|removal|leadership_change tgt=nmod:to|nmod:on
0241 noun plea nmod:for=resignation|ouster|removal|leadership_change tgt=nmod:to|nmod:on
0241 noun call nmod:for=resignation|ouster|removal|leadership_change tgt=nmod:to|nmod:on
0241 noun request nmod:for=resignation|ouster|removal|leadership_change tgt=nmod:to|nmod:on

# 0242 appeal for policy
0242 verb appeal obl:for=policy_change|reversal|rethink tgt=obl:to
0242 verb call obl:for=policy_change|reversal|rethink tgt=obl:on
0242 verb plead obl:for=policy_change|reversal|rethink tgt=obl:with|obl:to
0242 verb ask obl:for=policy_change|reversal|rethink tgt=obj
0242 verb beg obl:for=policy_change|reversal|rethink tgt=obj
0242 verb lobby obl:for=policy_change|reversal|rethink tgt=obj
0242 verb petition obl:for=policy_change|reversal|rethink tgt=obj
0242 verb seek obj=policy_change|reversal|rethink tgt=obl:from|iobj
0242 verb request obj=policy_change|reversal|rethink tgt=obl:from|iobj
0242 verb solicit obj=policy_change|reversal|rethink tgt=obl:from|iobj
0242 verb urge obj=policy_change|reversal|rethink tgt=obl:on|obl:from
0242 verb encourage obj=policy_change|reversal|rethink tgt=obl:on|obl:from
0242 verb implore obj=policy_change|reversal|rethink tgt=obl:on|obl:from
0242 verb urge xcomp=change tgt=obj
0242 verb encourage xcomp=change tgt=obj
0242 verb ask xcomp=change tgt=obj
0242 verb implore xcomp=change tgt=obj
0242 verb urge xcomp=reverse tgt=obj
0242 verb encourage xcomp=reverse tgt=obj
0242 verb ask xcomp=reverse tgt=obj
0242 verb implore xcomp=reverse tgt=obj
0242 verb urge xcomp=abandon tgt=obj
0242 verb encourage xcomp=abandon tgt=obj
0242 verb ask xcomp=abandon tgt=obj
0242 verb implore xcomp=abandon tgt=obj
0242 verb urge xcomp=drop tgt=obj
0242 verb encourage xcomp=drop tgt=obj
0242 verb ask xcomp=drop tgt=obj
0242 verb implore xcomp=drop tgt=obj
0242 verb urge xcomp=revise tgt=obj
0242 verb encourage xcomp=revise tgt=obj
0242 verb ask xcomp=revise tgt=obj
0242 verb implore xcomp=revise tgt=obj
0242 verb urge xcomp=rethink tgt=obj
0242 verb encourage xcomp=rethink tgt=obj
0242 verb ask xcomp=rethink tgt=obj
0242 verb implore xcomp=rethink tgt=obj
0242 noun appeal nmod:for=policy_change|reversal|rethink tgt=nmod:to|nmod:on
0242 noun plea nmod:for=policy_change|reversal|rethink tgt=nmod:to|nmod:on
0242 noun call nmod:for=policy_change|reversal|rethink tgt=nmod:to|nmod:on
0242 noun request nmod:for=policy_change|reversal|rethink tgt=nmod:to|nmod:on

# 0243 appeal for rights
0243 verb appeal obl:for=right|freedom|autonomy|equality|suffrage tgt=obl:to
0243 verb call obl:for=right|freedom|autonomy|equality|suffrage tgt=obl:on
0243 verb plead obl:for=right|freedom|autonomy|equality|suffrage tgt=obl:with|obl:to
0243 verb ask obl:for=right|freedom|autonomy|equality|suffrage tgt=obj
0243 verb beg obl:for=right|freedom|autonomy|equality|suffrage tgt=obj
0243 verb lobby obl:for=right|freedom|autonomy|equality|suffrage tgt=obj
0243 verb petition obl:for=right|freedom|autonomy|equality|suffrage tgt=obj
0243 verb seek obj=right|freedom|autonomy|equality|suffrage tgt=obl:from|iobj
0243 verb request obj=right|freedom|autonomy|equality|suffrage tgt=obl:from|iobj
0243 verb solicit obj=right|freedom|autonomy|equality|suffrage tgt=obl:from|iobj
0243 verb urge obj=right|freedom|autonomy|equality|suffrage tgt=obl:on|obl:from
0243 verb encourage obj=right|freedom|autonomy|equality|suffrage tgt=obl:on|obl:from
0243 verb implore obj=right|freedom|autonomy|equality|suffrage tgt=obl:on|obl:from
0243 verb urge xcomp=respect xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0243 verb encourage xcomp=respect xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0243 verb ask xcomp=respect xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0243 verb implore xcomp=respect xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0243 verb urge xcomp=guarantee xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0243 verb encourage xcomp=guarantee xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0243 verb ask xcomp=guarantee xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0243 verb implore xcomp=guarantee xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0243 verb urge xcomp=protect xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0243 verb encourage xcomp=protect xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0243 verb ask xcomp=protect xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0243 verb implore xcomp=protect xcomp>obj=right|freedom tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0243 noun appeal nmod:for=right|freedom|autonomy|equality|suffrage tgt=nmod:to|nmod:on
0243 noun plea nmod:for=right|freedom|autonomy|equality|suffrage tgt=nmod:to|nmod:on
0243 noun call nmod:for=right|freedom|autonomy|equality|suffrage tgt=nmod:to|nmod:on
0243 noun request nmod:for=right|freedom|autonomy|equality|suffrage tgt=nmod:to|nmod:on

# 0244 appeal for inst
0244 verb appeal obl:for=election|referendum|regime_change|constitution|transition tgt=obl:to
0244 verb call obl:for=election|referendum|regime_change|constitution|transition tgt=obl:on
0244 verb plead obl:for=election|referendum|regime_change|constitution|transition tgt=obl:with|obl:to
0244 verb ask obl:for=election|referendum|regime_change|constitution|transition tgt=obj
0244 verb beg obl:for=election|referendum|regime_change|constitution|transition tgt=obj
0244 verb lobby obl:for=election|referendum|regime_change|constitution|transition tgt=obj
0244 verb petition obl:for=election|referendum|regime_change|constitution|transition tgt=obj
0244 verb seek obj=election|referendum|regime_change|constitution|transition tgt=obl:from|iobj
0244 verb request obj=election|referendum|regime_change|constitution|transition tgt=obl:from|iobj
0244 verb solicit obj=election|referendum|regime_change|constitution|transition tgt=obl:from|iobj
0244 verb urge obj=election|referendum|regime_change|constitution|transition tgt=obl:on|obl:from
0244 verb encourage obj=election|referendum|regime_change|constitution|transition tgt=obl:on|obl:from
0244 verb implore obj=election|referendum|regime_change|constitution|transition tgt=obl:on|obl:from
0244 verb urge xcomp=hold xcomp>obj=election|referendum|vote tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0244 verb encourage xcomp=hold xcomp>obj=election|referendum|vote tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0244 verb ask xcomp=hold xcomp>obj=election|referendum|vote tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0244 verb implore xcomp=hold xcomp>obj=election|referendum|vote tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0244 verb urge xcomp=call xcomp>obj=election|referendum tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0244 verb encourage xcomp=call xcomp>obj=election|referendum tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0244 verb ask xcomp=call xcomp>obj=election|referendum tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0244 verb implore xcomp=call xcomp>obj=election|referendum tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0244 noun appeal nmod:for=election|referendum|regime_change|constitution|transition tgt=nmod:to|nmod:on
0244 noun plea nmod:for=election|referendum|regime_change|constitution|transition tgt=nmod:to|nmod:on
0244 noun call nmod:for=election|referendum|regime_change|constitution|transition tgt=nmod:to|nmod:on
0244 noun request nmod:for=election|referendum|regime_change|constitution|transition tgt=nmod:to|nmod:on

# 025 appeal for yield
025 verb appeal obl:for=concession|compromise tgt=obl:to
025 verb call obl:for=concession|compromise tgt=obl:on
025 verb plead obl:for=concession|compromise tgt=obl:with|obl:to
025 verb ask obl:for=concession|compromise tgt=obj
025 verb beg obl:for=concession|compromise tgt=obj
025 verb lobby obl:for=concession|compromise tgt=obj
025 verb petition obl:for=concession|compromise tgt=obj
025 verb seek obj=concession|compromise tgt=obl:from|iobj
025 verb request obj=concession|compromise tgt=obl:from|iobj
025 verb solicit obj=concession|compromise tgt=obl:from|iobj
025 verb urge obj=concession|compromise tgt=obl:on|obl:from
025 verb encourage obj=concession|compromise tgt=obl:on|obl:from
025 verb implore obj=concession|compromise tgt=obl:on|obl:from
025 verb urge xcomp=yield tgt=obj
025 verb encourage xcomp=yield tgt=obj
025 verb ask xcomp=yield tgt=obj
025 verb implore xcomp=yield tgt=obj
025 verb urge xcomp=compromise tgt=obj
025 verb encourage xcomp=compromise tgt=obj
025 verb ask xcomp=compromise tgt=obj
025 verb implore xcomp=compromise tgt=obj
025 verb urge xcomp=concede tgt=obj
025 verb encourage xcomp=concede tgt=obj
025 verb ask xcomp=concede tgt=obj
025 verb implore xcomp=concede tgt=obj
025 verb urge xcomp=relent tgt=obj
025 verb encourage xcomp=relent tgt=obj
025 verb ask xcomp=relent tgt=obj
025 verb implore xcomp=relent tgt=obj
025 noun appeal nmod:for=concession|compromise tgt=nmod:to|nmod:on
025 noun plea nmod:for=concession|compromise tgt=nmod:to|nmod:on
025 noun call nmod:for=concession|compromise tgt=nmod:to|nmod:on
025 noun request nmod:for=concession|compromise tgt=nmod:to|nmod:on

# 0253 appeal for release
0253 verb appeal obl:for=release|return|freedom tgt=obl:to
0253 verb call obl:for=release|return|freedom tgt=obl:on
0253 verb plead obl:for=release|return|freedom tgt=obl:with|obl:to
0253 verb ask obl:for=release|return|freedom tgt=obj
0253 verb beg obl:for=release|return|freedom tgt=obj
0253 verb lobby obl:for=release|return|freedom tgt=obj
0253 verb petition obl:for=release|return|freedom tgt=obj
0253 verb seek obj=release|return|freedom tgt=obl:from|iobj
0253 verb request obj=release|return|freedom tgt=obl:from|iobj
0253 verb solicit obj=release|return|freedom tgt=obl:from|iobj
0253 verb urge obj=release|return|freedom tgt=obl:on|obl:from
0253 verb encourage obj=release|return|freedom tgt=obl:on|obl:from
0253 verb implore obj=release|return|freedom tgt=obl:on|obl:from
0253 verb urge xcomp=release tgt=obj
0253 verb encourage xcomp=release tgt=obj
0253 verb ask xcomp=release tgt=obj
0253 verb implore xcomp=release tgt=obj
0253 verb urge xcomp=free tgt=obj
0253 verb encourage xcomp=free tgt=obj
0253 verb ask xcomp=free tgt=obj
0253 verb implore xcomp=free tgt=obj
0253 verb urge xcomp=return tgt=obj
0253 verb encourage xcomp=return tgt=obj
0253 verb ask xcomp=return tgt=obj
0253 verb implore xcomp=return tgt=obj
0253 verb urge xcomp=repatriate tgt=obj
0253 verb encourage xcomp=repatriate tgt=obj
0253 verb ask xcomp=repatriate tgt=obj
0253 verb implore xcomp=repatriate tgt=obj
0253 noun appeal nmod:for=release|return|freedom tgt=nmod:to|nmod:on
0253 noun plea nmod:for=release|return|freedom tgt=nmod:to|nmod:on
0253 noun call nmod:for=release|return|freedom tgt=nmod:to|nmod:on
0253 noun request nmod:for=release|return|freedom tgt=nmod:to|nmod:on

# 0256 appeal for deesc
0256 verb appeal obl:for=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obl:to
0256 verb call obl:for=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obl:on
0256 verb plead obl:for=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obl:with|obl:to
0256 verb ask obl:for=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obj
0256 verb beg obl:for=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obj
0256 verb lobby obl:for=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obj
0256 verb petition obl:for=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obj
0256 verb seek obj=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obl:from|iobj
0256 verb request obj=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obl:from|iobj
0256 verb solicit obj=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obl:from|iobj
0256 verb urge obj=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obl:on|obl:from
0256 verb encourage obj=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obl:on|obl:from
0256 verb implore obj=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obl:on|obl:from
0256 verb urge xcomp=withdraw tgt=obj
0256 verb encourage xcomp=withdraw tgt=obj
0256 verb ask xcomp=withdraw tgt=obj
0256 verb implore xcomp=withdraw tgt=obj
0256 verb urge xcomp=retreat tgt=obj
0256 verb encourage xcomp=retreat tgt=obj
0256 verb ask xcomp=retreat tgt=obj
0256 verb implore xcomp=retreat tgt=obj
0256 verb urge xcomp=disarm tgt=obj
0256 verb encourage xcomp=disarm tgt=obj
0256 verb ask xcomp=disarm tgt=obj
0256 verb implore xcomp=disarm tgt=obj
0256 verb urge xcomp=cease tgt=obj
0256 verb encourage xcomp=cease tgt=obj
0256 verb ask xcomp=cease tgt=obj
0256 verb implore xcomp=cease tgt=obj
0256 verb urge xcomp=de-escalate tgt=obj
0256 verb encourage xcomp=de-escalate tgt=obj
0256 verb ask xcomp=de-escalate tgt=obj
0256 verb implore xcomp=de-escalate tgt=obj
0256 verb urge xcomp=halt tgt=obj
0256 verb encourage xcomp=halt tgt=obj
0256 verb ask xcomp=halt tgt=obj
0256 verb implore xcomp=halt tgt=obj
0256 verb urge xcomp=stop tgt=obj
0256 verb encourage xcomp=stop tgt=obj
0256 verb ask xcomp=stop tgt=obj
0256 verb implore xcomp=stop tgt=obj
0256 noun appeal nmod:for=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=nmod:to|nmod:on
0256 noun plea nmod:for=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=nmod:to|nmod:on
0256 noun call nmod:for=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=nmod:to|nmod:on
0256 noun request nmod:for=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=nmod:to|nmod:on

# 026 appeal for meet
026 verb appeal obl:for=talk|negotiation|dialogue|meeting|summit|consultation tgt=obl:to
026 verb call obl:for=talk|negotiation|dialogue|meeting|summit|consultation tgt=obl:on
026 verb plead obl:for=talk|negotiation|dialogue|meeting|summit|consultation tgt=obl:with|obl:to
026 verb ask obl:for=talk|negotiation|dialogue|meeting|summit|consultation tgt=obj
026 verb beg obl:for=talk|negotiation|dialogue|meeting|summit|consultation tgt=obj
026 verb lobby obl:for=talk|negotiation|dialogue|meeting|summit|consultation tgt=obj
026 verb petition obl:for=talk|negotiation|dialogue|meeting|summit|consultation tgt=obj
026 verb seek obj=talk|negotiation|dialogue|meeting|summit|consultation tgt=obl:from|iobj
026 verb request obj=talk|negotiation|dialogue|meeting|summit|consultation tgt=obl:from|iobj
026 verb solicit obj=talk|negotiation|dialogue|meeting|summit|consultation tgt=obl:from|iobj
026 verb urge obj=talk|negotiation|dialogue|meeting|summit|consultation tgt=obl:on|obl:from
026 verb encourage obj=talk|negotiation|dialogue|meeting|summit|consultation tgt=obl:on|obl:from
026 verb implore obj=talk|negotiation|dialogue|meeting|summit|consultation tgt=obl:on|obl:from
026 verb urge xcomp=meet tgt=obj
026 verb encourage xcomp=meet tgt=obj
026 verb ask xcomp=meet tgt=obj
026 verb implore xcomp=meet tgt=obj
026 verb urge xcomp=negotiate tgt=obj
026 verb encourage xcomp=negotiate tgt=obj
026 verb ask xcomp=negotiate tgt=obj
026 verb implore xcomp=negotiate tgt=obj
026 verb urge xcomp=talk tgt=obj
026 verb encourage xcomp=talk tgt=obj
026 verb ask xcomp=talk tgt=obj
026 verb implore xcomp=talk tgt=obj
026 verb urge xcomp=resume tgt=obj
026 verb encourage xcomp=resume tgt=obj
026 verb ask xcomp=resume tgt=obj
026 verb implore xcomp=resume tgt=obj
026 noun appeal nmod:for=talk|negotiation|dialogue|meeting|summit|consultation tgt=nmod:to|nmod:on
026 noun plea nmod:for=talk|negotiation|dialogue|meeting|summit|consultation tgt=nmod:to|nmod:on
026 noun call nmod:for=talk|negotiation|dialogue|meeting|summit|consultation tgt=nmod:to|nmod:on
026 noun request nmod:for=talk|negotiation|dialogue|meeting|summit|consultation tgt=nmod:to|nmod:on

# 027 appeal for settle
027 verb appeal obl:for=settlement|resolution|solution|peace|deal tgt=obl:to
027 verb call obl:for=settlement|resolution|solution|peace|deal tgt=obl:on
027 verb plead obl:for=settlement|resolution|solution|peace|deal tgt=obl:with|obl:to
027 verb ask obl:for=settlement|resolution|solution|peace|deal tgt=obj
027 verb beg obl:for=settlement|resolution|solution|peace|deal tgt=obj
027 verb lobby obl:for=settlement|resolution|solution|peace|deal tgt=obj
027 verb petition obl:for=settlement|resolution|solution|peace|deal tgt=obj
027 verb seek obj=settlement|resolution|solution|peace|deal tgt=obl:from|iobj
027 verb request obj=settlement|resolution|solution|peace|deal tgt=obl:from|iobj
027 verb solicit obj=settlement|resolution|solution|peace|deal tgt=obl:from|iobj
027 verb urge obj=settlement|resolution|solution|peace|deal tgt=obl:on|obl:from
027 verb encourage obj=settlement|resolution|solution|peace|deal tgt=obl:on|obl:from
027 verb implore obj=settlement|resolution|solution|peace|deal tgt=obl:on|obl:from
027 verb urge xcomp=settle xcomp>obj=dispute|conflict|difference tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
027 verb encourage xcomp=settle xcomp>obj=dispute|conflict|difference tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
027 verb ask xcomp=settle xcomp>obj=dispute|conflict|difference tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
027 verb implore xcomp=settle xcomp>obj=dispute|conflict|difference tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
027 verb urge xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
027 verb encourage xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
027 verb ask xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
027 verb implore xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
027 verb urge xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
027 verb encourage xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
027 verb ask xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
027 verb implore xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
027 noun appeal nmod:for=settlement|resolution|solution|peace|deal tgt=nmod:to|nmod:on
027 noun plea nmod:for=settlement|resolution|solution|peace|deal tgt=nmod:to|nmod:on
027 noun call nmod:for=settlement|resolution|solution|peace|deal tgt=nmod:to|nmod:on
027 noun request nmod:for=settlement|resolution|solution|peace|deal tgt=nmod:to|nmod:on

# 028 appeal for mediat
028 verb appeal obl:for=mediation|arbitration|good_offices tgt=obl:to
028 verb call obl:for=mediation|arbitration|good_offices tgt=obl:on
028 verb plead obl:for=mediation|arbitration|good_offices tgt=obl:with|obl:to
028 verb ask obl:for=mediation|arbitration|good_offices tgt=obj
028 verb beg obl:for=mediation|arbitration|good_offices tgt=obj
028 verb lobby obl:for=mediation|arbitration|good_offices tgt=obj
028 verb petition obl:for=mediation|arbitration|good_offices tgt=obj
028 verb seek obj=mediation|arbitration|good_offices tgt=obl:from|iobj
028 verb request obj=mediation|arbitration|good_offices tgt=obl:from|iobj
028 verb solicit obj=mediation|arbitration|good_offices tgt=obl:from|iobj
028 verb urge obj=mediation|arbitration|good_offices tgt=obl:on|obl:from
028 verb encourage obj=mediation|arbitration|good_offices tgt=obl:on|obl:from
028 verb implore obj=mediation|arbitration|good_offices tgt=obl:on|obl:from
028 verb urge xcomp=accept xcomp>obj=mediation|arbitration tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
028 verb encourage xcomp=accept xcomp>obj=mediation|arbitration tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
028 verb ask xcomp=accept xcomp>obj=mediation|arbitration tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
028 verb implore xcomp=accept xcomp>obj=mediation|arbitration tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
028 verb urge xcomp=allow xcomp>obj=mediation tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
028 verb encourage xcomp=allow xcomp>obj=mediation tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
028 verb ask xcomp=allow xcomp>obj=mediation tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
028 verb implore xcomp=allow xcomp>obj=mediation tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
028 noun appeal nmod:for=mediation|arbitration|good_offices tgt=nmod:to|nmod:on
028 noun plea nmod:for=mediation|arbitration|good_offices tgt=nmod:to|nmod:on
028 noun call nmod:for=mediation|arbitration|good_offices tgt=nmod:to|nmod:on
028 noun request nmod:for=mediation|arbitration|good_offices tgt=nmod:to|nmod:on

# 0251 appeal to yield: verb + object
0251 verb urge xcomp=ease xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb ask xcomp=ease xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb encourage xcomp=ease xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb implore xcomp=ease xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb urge xcomp=lift xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb ask xcomp=lift xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb encourage xcomp=lift xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb implore xcomp=lift xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb urge xcomp=relax xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb ask xcomp=relax xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb encourage xcomp=relax xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb implore xcomp=relax xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb urge xcomp=remove xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb ask xcomp=remove xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb encourage xcomp=remove xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb implore xcomp=remove xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb urge xcomp=end xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb ask xcomp=end xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb encourage xcomp=end xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0251 verb implore xcomp=end xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss

# 0252 appeal to yield: verb + object
0252 verb urge xcomp=end xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0252 verb ask xcomp=end xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0252 verb encourage xcomp=end xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0252 verb implore xcomp=end xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0252 verb urge xcomp=stop xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0252 verb ask xcomp=stop xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0252 verb encourage xcomp=stop xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0252 verb implore xcomp=stop xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0252 verb urge xcomp=halt xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0252 verb ask xcomp=halt xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0252 verb encourage xcomp=halt xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0252 verb implore xcomp=halt xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0252 verb urge xcomp=call xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0252 verb ask xcomp=call xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0252 verb encourage xcomp=call xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0252 verb implore xcomp=call xcomp>obj=protest|strike|demonstration|boycott|rally tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss

# 0254 appeal to yield: verb + object
0254 verb urge xcomp=lift xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb ask xcomp=lift xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb encourage xcomp=lift xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb implore xcomp=lift xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb urge xcomp=ease xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb ask xcomp=ease xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb encourage xcomp=ease xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb implore xcomp=ease xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb urge xcomp=remove xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb ask xcomp=remove xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb encourage xcomp=remove xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb implore xcomp=remove xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb urge xcomp=end xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb ask xcomp=end xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb encourage xcomp=end xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb implore xcomp=end xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb urge xcomp=suspend xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb ask xcomp=suspend xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb encourage xcomp=suspend xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0254 verb implore xcomp=suspend xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss

# 0255 appeal to yield: verb + object
0255 verb urge xcomp=allow xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb ask xcomp=allow xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb encourage xcomp=allow xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb implore xcomp=allow xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb urge xcomp=admit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb ask xcomp=admit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb encourage xcomp=admit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb implore xcomp=admit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb urge xcomp=accept xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb ask xcomp=accept xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb encourage xcomp=accept xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb implore xcomp=accept xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb urge xcomp=permit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb ask xcomp=permit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb encourage xcomp=permit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb implore xcomp=permit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb urge xcomp=let xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb ask xcomp=let xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb encourage xcomp=let xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0255 verb implore xcomp=let xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=obj|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss

# invitations
026 verb invite obl:to=talk|negotiation|meeting|summit|dialogue|consultation tgt=obj
026 verb invite xcomp=meet|negotiate|talk|attend|join tgt=obj
020 verb invite tgt=obj
026 noun invitation nmod:to=talk|negotiation|meeting|summit tgt=nmod:to

# Pressing for something and handing in a petition are appeals; what is asked for refines the code.
020 verb press obl:for=* tgt=obj|obl:on
020 verb push obl:for=* tgt=obj
020 verb submit obj=petition|request|appeal|plea tgt=obl:to|obj>nmod:to
020 verb present obj=petition|request|appeal|plea tgt=obl:to|obj>nmod:to
020 verb hand prt=in obj=petition|request|appeal|plea tgt=obl:to|obj>nmod:to
# Wanting someone else to act is asking them to (what they are to do refines the code)
020 verb want obj=* xcomp=* tgt=obj
