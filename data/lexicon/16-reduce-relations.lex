# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 16 — reduce relations: break ties, cut aid, sanctions, halt talks, expel missions

# 160 reduce relations, unspecified
160 verb withdraw obl:from=treaty|agreement|accord|deal|pact|organization|organisation|alliance|union|bloc|convention|council tgt=obl:from>nmod:with|obl:from
160 verb pull prt=out obl:from=treaty|agreement|accord|deal|pact|organization|organisation|alliance|union|bloc|convention|council tgt=obl:from>nmod:with|obl:from
160 verb exit obl:from=treaty|agreement|accord|deal|pact|organization|organisation|alliance|union|bloc|convention|council tgt=obl:from>nmod:with|obl:from
160 verb quit obl:from=treaty|agreement|accord|deal|pact|organization|organisation|alliance|union|bloc|convention|council tgt=obl:from>nmod:with|obl:from
160 verb leave obl:from=treaty|agreement|accord|deal|pact|organization|organisation|alliance|union|bloc|convention|council tgt=obl:from>nmod:with|obl:from
160 verb withdraw obl:of=treaty|agreement|accord|deal|pact|organization|organisation|alliance|union tgt=obl:of
160 verb pull prt=out obl:of=treaty|agreement|accord|deal|pact|organization|organisation|alliance|union tgt=obl:of
160 verb quit obj=treaty|agreement|accord|deal|pact|organization|organisation|alliance|union|bloc|convention tgt=obj>nmod:with
160 verb leave obj=treaty|agreement|accord|deal|pact|organization|organisation|alliance|union|bloc|convention tgt=obj>nmod:with
160 verb exit obj=treaty|agreement|accord|deal|pact|organization|organisation|alliance|union|bloc|convention tgt=obj>nmod:with
160 verb abandon obj=treaty|agreement|accord|deal|pact|organization|organisation|alliance|union|bloc|convention tgt=obj>nmod:with
160 verb renounce obj=treaty|agreement|accord|deal|pact|organization|organisation|alliance|union|bloc|convention tgt=obj>nmod:with
160 verb tear prt=up obj=treaty|agreement|accord|deal|pact|organization|organisation|alliance|union|bloc|convention tgt=obj>nmod:with
160 verb scrap obj=treaty|agreement|accord|deal|pact|organization|organisation|alliance|union|bloc|convention tgt=obj>nmod:with
160 verb suspend obj=membership|participation|cooperation tgt=obj>nmod:in|obj>nmod:with|obl:with
160 verb snub tgt=obj
160 verb shun tgt=obj
160 verb ostracize tgt=obj
160 verb ostracise tgt=obj
160 verb isolate tgt=obj
160 verb cancel obj=visa|flight|exchange|program|programme|cooperation|contract tgt=obl:for|obl:to|obj>nmod:with
160 verb suspend obj=visa|flight|exchange|program|programme|cooperation|contract tgt=obl:for|obl:to|obj>nmod:with
160 noun withdrawal nmod:from=treaty|agreement|accord|deal|pact|organization|alliance tgt=nmod:from
160 noun exit nmod:from=treaty|agreement|accord|deal|pact|organization|alliance tgt=nmod:from

# 161 reduce or break diplomatic relations
161 verb cut obj=tie|relation|contact|link tgt=obl:with|obj>nmod:with
161 verb sever obj=tie|relation|contact|link tgt=obl:with|obj>nmod:with
161 verb break obj=tie|relation|contact|link tgt=obl:with|obj>nmod:with
161 verb downgrade obj=tie|relation|contact|link tgt=obl:with|obj>nmod:with
161 verb suspend obj=tie|relation|contact|link tgt=obl:with|obj>nmod:with
161 verb freeze obj=tie|relation|contact|link tgt=obl:with|obj>nmod:with
161 verb end obj=tie|relation|contact|link tgt=obl:with|obj>nmod:with
161 verb curtail obj=tie|relation|contact|link tgt=obl:with|obj>nmod:with
161 verb scale prt=back obj=tie|relation|contact|link tgt=obl:with|obj>nmod:with
161 verb recall obj=ambassador|envoy|diplomat|consul|high_commissioner|mission|staff tgt=obl:from|obj>nmod:to|obj>nmod:in
161 verb withdraw obj=ambassador|envoy|diplomat|consul|high_commissioner|mission|staff tgt=obl:from|obj>nmod:to|obj>nmod:in
161 verb expel obj=ambassador|envoy|diplomat|consul|attache|charge_d'affaires|military_attache tgt=obj>nmod:poss|obj
161 verb declare obj=* xcomp=persona_non_grata tgt=obj>nmod:poss|obj
161 verb close obj=embassy|consulate|mission|liaison_office|representative_office tgt=obl:in|obj>nmod:in
161 verb shut obj=embassy|consulate|mission|liaison_office|representative_office tgt=obl:in|obj>nmod:in
161 verb shutter obj=embassy|consulate|mission|liaison_office|representative_office tgt=obl:in|obj>nmod:in
161 verb downgrade obj=* tgt=obj
161 noun rupture nmod:in=relation|tie tgt=nmod:with|nmod:between
161 noun break nmod:in=relation|tie tgt=nmod:with|nmod:between
161 noun breakdown nmod:in=relation|tie tgt=nmod:with|nmod:between

# 162 reduce or stop material aid
162 verb cut obj=aid|assistance|support|funding|fund|contribution|payment tgt=obl:to|obl:for|obj>nmod:to|obj>nmod:for
162 verb suspend obj=aid|assistance|support|funding|fund|contribution|payment tgt=obl:to|obl:for|obj>nmod:to|obj>nmod:for
162 verb halt obj=aid|assistance|support|funding|fund|contribution|payment tgt=obl:to|obl:for|obj>nmod:to|obj>nmod:for
162 verb freeze obj=aid|assistance|support|funding|fund|contribution|payment tgt=obl:to|obl:for|obj>nmod:to|obj>nmod:for
162 verb withdraw obj=aid|assistance|support|funding|fund|contribution|payment tgt=obl:to|obl:for|obj>nmod:to|obj>nmod:for
162 verb stop obj=aid|assistance|support|funding|fund|contribution|payment tgt=obl:to|obl:for|obj>nmod:to|obj>nmod:for
162 verb reduce obj=aid|assistance|support|funding|fund|contribution|payment tgt=obl:to|obl:for|obj>nmod:to|obj>nmod:for
162 verb end obj=aid|assistance|support|funding|fund|contribution|payment tgt=obl:to|obl:for|obj>nmod:to|obj>nmod:for
162 verb slash obj=aid|assistance|support|funding|fund|contribution|payment tgt=obl:to|obl:for|obj>nmod:to|obj>nmod:for
162 verb withhold obj=aid|assistance|support|funding|fund|contribution|payment tgt=obl:to|obl:for|obj>nmod:to|obj>nmod:for
162 verb terminate obj=aid|assistance|support|funding|fund|contribution|payment tgt=obl:to|obl:for|obj>nmod:to|obj>nmod:for
162 verb cut prt=off obj=aid|assistance|support|funding|supply tgt=obl:to|obj>nmod:to
1621 verb cut obj=loan|credit|economic_aid|financial_aid|budget_support|investment|development_aid|financing|subsidy tgt=obl:to|obj>nmod:to
1621 verb suspend obj=loan|credit|economic_aid|financial_aid|budget_support|investment|development_aid|financing|subsidy tgt=obl:to|obj>nmod:to
1621 verb halt obj=loan|credit|economic_aid|financial_aid|budget_support|investment|development_aid|financing|subsidy tgt=obl:to|obj>nmod:to
1621 verb freeze obj=loan|credit|economic_aid|financial_aid|budget_support|investment|development_aid|financing|subsidy tgt=obl:to|obj>nmod:to
1621 verb withdraw obj=loan|credit|economic_aid|financial_aid|budget_support|investment|development_aid|financing|subsidy tgt=obl:to|obj>nmod:to
1621 verb stop obj=loan|credit|economic_aid|financial_aid|budget_support|investment|development_aid|financing|subsidy tgt=obl:to|obj>nmod:to
1621 verb reduce obj=loan|credit|economic_aid|financial_aid|budget_support|investment|development_aid|financing|subsidy tgt=obl:to|obj>nmod:to
1621 verb end obj=loan|credit|economic_aid|financial_aid|budget_support|investment|development_aid|financing|subsidy tgt=obl:to|obj>nmod:to
1621 verb slash obj=loan|credit|economic_aid|financial_aid|budget_support|investment|development_aid|financing|subsidy tgt=obl:to|obj>nmod:to
1621 verb withhold obj=loan|credit|economic_aid|financial_aid|budget_support|investment|development_aid|financing|subsidy tgt=obl:to|obj>nmod:to
1621 verb terminate obj=loan|credit|economic_aid|financial_aid|budget_support|investment|development_aid|financing|subsidy tgt=obl:to|obj>nmod:to
1622 verb cut obj=military_aid|military_assistance|arms_sale|arms_supply|weapon_delivery|arm|weapon|security_assistance|training tgt=obl:to|obj>nmod:to
1622 verb suspend obj=military_aid|military_assistance|arms_sale|arms_supply|weapon_delivery|arm|weapon|security_assistance|training tgt=obl:to|obj>nmod:to
1622 verb halt obj=military_aid|military_assistance|arms_sale|arms_supply|weapon_delivery|arm|weapon|security_assistance|training tgt=obl:to|obj>nmod:to
1622 verb freeze obj=military_aid|military_assistance|arms_sale|arms_supply|weapon_delivery|arm|weapon|security_assistance|training tgt=obl:to|obj>nmod:to
1622 verb withdraw obj=military_aid|military_assistance|arms_sale|arms_supply|weapon_delivery|arm|weapon|security_assistance|training tgt=obl:to|obj>nmod:to
1622 verb stop obj=military_aid|military_assistance|arms_sale|arms_supply|weapon_delivery|arm|weapon|security_assistance|training tgt=obl:to|obj>nmod:to
1622 verb reduce obj=military_aid|military_assistance|arms_sale|arms_supply|weapon_delivery|arm|weapon|security_assistance|training tgt=obl:to|obj>nmod:to
1622 verb end obj=military_aid|military_assistance|arms_sale|arms_supply|weapon_delivery|arm|weapon|security_assistance|training tgt=obl:to|obj>nmod:to
1622 verb slash obj=military_aid|military_assistance|arms_sale|arms_supply|weapon_delivery|arm|weapon|security_assistance|training tgt=obl:to|obj>nmod:to
1622 verb withhold obj=military_aid|military_assistance|arms_sale|arms_supply|weapon_delivery|arm|weapon|security_assistance|training tgt=obl:to|obj>nmod:to
1622 verb terminate obj=military_aid|military_assistance|arms_sale|arms_supply|weapon_delivery|arm|weapon|security_assistance|training tgt=obl:to|obj>nmod:to
1623 verb cut obj=humanitarian_aid|food_aid|relief|food|medicine|humanitarian_assistance tgt=obl:to|obj>nmod:to
1623 verb suspend obj=humanitarian_aid|food_aid|relief|food|medicine|humanitarian_assistance tgt=obl:to|obj>nmod:to
1623 verb halt obj=humanitarian_aid|food_aid|relief|food|medicine|humanitarian_assistance tgt=obl:to|obj>nmod:to
1623 verb reduce obj=humanitarian_aid|food_aid|relief|food|food_supply|medicine|medical_supply|humanitarian_assistance|ration|relief_supply tgt=obl:to|obj>nmod:to|obl:for
1623 verb withhold obj=humanitarian_aid|food_aid|relief|food|food_supply|medicine|medical_supply|humanitarian_assistance|ration|relief_supply tgt=obl:to|obj>nmod:to|obl:for
1623 verb curtail obj=humanitarian_aid|food_aid|relief|food|food_supply|medicine|medical_supply|humanitarian_assistance|ration|relief_supply tgt=obl:to|obj>nmod:to|obl:for
1623 verb slash obj=humanitarian_aid|food_aid|relief|food|food_supply|medicine|medical_supply|humanitarian_assistance|ration|relief_supply tgt=obl:to|obj>nmod:to|obl:for
1623 verb stop obj=humanitarian_aid|food_aid|relief|food|food_supply|medicine|medical_supply|humanitarian_assistance|ration|relief_supply tgt=obl:to|obj>nmod:to|obl:for
1623 verb block obj=humanitarian_aid|food_aid|relief|food|food_supply|medicine|medical_supply|humanitarian_assistance|ration|relief_supply tgt=obl:to|obj>nmod:to|obl:for
1623 verb freeze obj=humanitarian_aid|food_aid|relief|food|medicine|humanitarian_assistance tgt=obl:to|obj>nmod:to
1623 verb withdraw obj=humanitarian_aid|food_aid|relief|food|medicine|humanitarian_assistance tgt=obl:to|obj>nmod:to
1623 verb stop obj=humanitarian_aid|food_aid|relief|food|medicine|humanitarian_assistance tgt=obl:to|obj>nmod:to
1623 verb reduce obj=humanitarian_aid|food_aid|relief|food|medicine|humanitarian_assistance tgt=obl:to|obj>nmod:to
1623 verb end obj=humanitarian_aid|food_aid|relief|food|medicine|humanitarian_assistance tgt=obl:to|obj>nmod:to
1623 verb slash obj=humanitarian_aid|food_aid|relief|food|medicine|humanitarian_assistance tgt=obl:to|obj>nmod:to
1623 verb withhold obj=humanitarian_aid|food_aid|relief|food|medicine|humanitarian_assistance tgt=obl:to|obj>nmod:to
1623 verb terminate obj=humanitarian_aid|food_aid|relief|food|medicine|humanitarian_assistance tgt=obl:to|obj>nmod:to
162 noun aid_cut tgt=nmod:to|nmod:for
162 noun cutoff tgt=nmod:to|nmod:for

# 163 impose embargo, boycott, or sanctions
163 verb impose obj=sanction|embargo|boycott|tariff|penalty|restriction|export_ban|import_ban|export_control|trade_ban|arms_embargo|blacklist|levy|duty tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
163 verb slap obj=sanction|embargo|boycott|tariff|penalty|restriction|export_ban|import_ban|export_control|trade_ban|arms_embargo|blacklist|levy|duty tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
163 verb levy obj=sanction|embargo|boycott|tariff|penalty|restriction|export_ban|import_ban|export_control|trade_ban|arms_embargo|blacklist|levy|duty tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
163 verb announce obj=sanction|embargo|boycott|tariff|penalty|restriction|export_ban|import_ban|export_control|trade_ban|arms_embargo|blacklist|levy|duty tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
163 verb tighten obj=sanction|embargo|boycott|tariff|penalty|restriction|export_ban|import_ban|export_control|trade_ban|arms_embargo|blacklist|levy|duty tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
163 verb expand obj=sanction|embargo|boycott|tariff|penalty|restriction|export_ban|import_ban|export_control|trade_ban|arms_embargo|blacklist|levy|duty tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
163 verb extend obj=sanction|embargo|boycott|tariff|penalty|restriction|export_ban|import_ban|export_control|trade_ban|arms_embargo|blacklist|levy|duty tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
163 verb introduce obj=sanction|embargo|boycott|tariff|penalty|restriction|export_ban|import_ban|export_control|trade_ban|arms_embargo|blacklist|levy|duty tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
163 verb approve obj=sanction|embargo|boycott|tariff|penalty|restriction|export_ban|import_ban|export_control|trade_ban|arms_embargo|blacklist|levy|duty tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
163 verb adopt obj=sanction|embargo|boycott|tariff|penalty|restriction|export_ban|import_ban|export_control|trade_ban|arms_embargo|blacklist|levy|duty tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
163 verb enforce obj=sanction|embargo|boycott|tariff|penalty|restriction|export_ban|import_ban|export_control|trade_ban|arms_embargo|blacklist|levy|duty tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
163 verb broaden obj=sanction|embargo|boycott|tariff|penalty|restriction|export_ban|import_ban|export_control|trade_ban|arms_embargo|blacklist|levy|duty tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
163 verb renew obj=sanction|embargo|boycott|tariff|penalty|restriction|export_ban|import_ban|export_control|trade_ban|arms_embargo|blacklist|levy|duty tgt=obl:on|obl:against|obj>nmod:on|obj>nmod:against
163 verb sanction tgt=obj
163 verb embargo tgt=obj
163 verb blacklist tgt=obj
163 verb designate obl:under=program|programme|sanction|act|order|authority|regime|law tgt=obj
163 verb designate obj>nmod:under=program|programme|sanction|act|order|authority|regime|law tgt=obj
163 verb freeze obj=asset|account|fund|reserve|holding tgt=obj>nmod:poss|obj>nmod:of|obj>nmod:belonging
163 verb seize obj=asset|account|fund|reserve|holding tgt=obj>nmod:poss|obj>nmod:of|obj>nmod:belonging
163 verb block obj=asset|account|fund|reserve|holding tgt=obj>nmod:poss|obj>nmod:of|obj>nmod:belonging
163 verb ban obj=import|export|shipment|trade|investment|purchase|sale|flight tgt=obl:from|obl:to|obj>nmod:from|obj>nmod:to
163 verb restrict obj=import|export|shipment|trade|investment|purchase|sale|flight tgt=obl:from|obl:to|obj>nmod:from|obj>nmod:to
163 verb halt obj=import|export|shipment|trade|investment|purchase|sale|flight tgt=obl:from|obl:to|obj>nmod:from|obj>nmod:to
163 verb curb obj=import|export|shipment|trade|investment|purchase|sale|flight tgt=obl:from|obl:to|obj>nmod:from|obj>nmod:to
163 verb boycott obj=good|product|import|brand|company|firm tgt=obj>nmod:from|obj
163 verb target obl:with=sanction|tariff|penalty|embargo|restriction tgt=obj
163 verb hit obl:with=sanction|tariff|penalty|embargo|restriction tgt=obj
163 verb put obl:on=blacklist|list|entity_list|sanctions_list tgt=obj
163 verb place obl:on=blacklist|list|entity_list|sanctions_list tgt=obj
163 verb add obl:on=blacklist|list|entity_list|sanctions_list tgt=obj
163 noun sanction tgt=nmod:on|nmod:against
163 noun embargo tgt=nmod:on|nmod:against
163 noun tariff tgt=nmod:on|nmod:against
163 noun arms_embargo tgt=nmod:on|nmod:against

# 164 halt negotiations
164 verb halt obj=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=obl:with|obj>nmod:with
164 verb suspend obj=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=obl:with|obj>nmod:with
164 verb break prt=off obj=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=obl:with|obj>nmod:with
164 verb end obj=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=obl:with|obj>nmod:with
164 verb abandon obj=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=obl:with|obj>nmod:with
164 verb freeze obj=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=obl:with|obj>nmod:with
164 verb cancel obj=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=obl:with|obj>nmod:with
164 verb scrap obj=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=obl:with|obj>nmod:with
164 verb call prt=off obj=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=obl:with|obj>nmod:with
164 verb walk prt=out obl:of=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=obl:of>nmod:with
164 verb pull prt=out obl:of=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=obl:of>nmod:with
164 verb withdraw obl:of=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=obl:of>nmod:with
164 verb quit obl:of=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=obl:of>nmod:with
164 verb withdraw obl:from=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=obl:from>nmod:with
164 verb pull prt=out obl:from=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=obl:from>nmod:with
164 verb walk obl:away_from=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation|table tgt=obl:away_from>nmod:with
164 verb boycott obj=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=obj>nmod:with
164 verb leave obj=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation|table tgt=obj>nmod:with
164 verb quit obj=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation|table tgt=obj>nmod:with
164 noun breakdown nmod:of=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=nmod:of>nmod:with
164 noun collapse nmod:of=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=nmod:of>nmod:with
164 noun suspension nmod:of=talk|negotiation|dialogue|process|peace_talk|peace_process|consultation tgt=nmod:of>nmod:with

# 165 halt mediation
165 verb halt obj=mediation|mediation_effort|good_offices|role tgt=obj>nmod:between
165 verb suspend obj=mediation|mediation_effort|good_offices|role tgt=obj>nmod:between
165 verb end obj=mediation|mediation_effort|good_offices|role tgt=obj>nmod:between
165 verb abandon obj=mediation|mediation_effort|good_offices|role tgt=obj>nmod:between
165 verb drop obj=mediation|mediation_effort|good_offices|role tgt=obj>nmod:between
165 verb withdraw obj=mediation|mediation_effort|good_offices|role tgt=obj>nmod:between
165 verb withdraw obl:from=mediation|role tgt=-
165 verb pull prt=out obl:from=mediation|role tgt=-
165 verb step prt=back obl:from=mediation|role tgt=-

# 166 expel or withdraw missions
166 verb expel obj=mission|delegation|organization|organisation|group|staff tgt=obl:from|obj>nmod:poss
166 verb withdraw obj=mission|delegation|organization|organisation|group|staff tgt=obl:from|obj>nmod:poss
166 verb oust obj=mission|delegation|organization|organisation|group|staff tgt=obl:from|obj>nmod:poss
166 verb evict obj=mission|delegation|organization|organisation|group|staff tgt=obl:from|obj>nmod:poss
166 verb kick prt=out obj=mission|delegation|organization|organisation|group|staff tgt=obl:from|obj>nmod:poss
166 verb order prt=out obj=mission|delegation|organization|organisation|group|staff tgt=obl:from|obj>nmod:poss
166 verb pull prt=out obj=mission|delegation|organization|organisation|group|staff tgt=obl:from|obj>nmod:poss
1661 verb expel obj=peacekeeper|peacekeeping_force|blue_helmet|peacekeeping_mission|force tgt=obl:from|obj>nmod:poss
1661 verb withdraw obj=peacekeeper|peacekeeping_force|blue_helmet|peacekeeping_mission|force tgt=obl:from|obj>nmod:poss
1661 verb oust obj=peacekeeper|peacekeeping_force|blue_helmet|peacekeeping_mission|force tgt=obl:from|obj>nmod:poss
1661 verb evict obj=peacekeeper|peacekeeping_force|blue_helmet|peacekeeping_mission|force tgt=obl:from|obj>nmod:poss
1661 verb kick prt=out obj=peacekeeper|peacekeeping_force|blue_helmet|peacekeeping_mission|force tgt=obl:from|obj>nmod:poss
1661 verb pull prt=out obj=peacekeeper|peacekeeping_force|blue_helmet|peacekeeping_mission|force tgt=obl:from|obj>nmod:poss
1662 verb expel obj=inspector|observer|monitor|investigator|team|mission tgt=obl:from|obj>nmod:poss
1662 verb withdraw obj=inspector|observer|monitor|investigator|team|mission tgt=obl:from|obj>nmod:poss
1662 verb oust obj=inspector|observer|monitor|investigator|team|mission tgt=obl:from|obj>nmod:poss
1662 verb evict obj=inspector|observer|monitor|investigator|team|mission tgt=obl:from|obj>nmod:poss
1662 verb kick prt=out obj=inspector|observer|monitor|investigator|team|mission tgt=obl:from|obj>nmod:poss
1662 verb pull prt=out obj=inspector|observer|monitor|investigator|team|mission tgt=obl:from|obj>nmod:poss
1662 verb bar obj=inspector|observer|monitor|investigator|team|mission tgt=obl:from|obj>nmod:poss
1662 verb ban obj=inspector|observer|monitor|investigator|team|mission tgt=obl:from|obj>nmod:poss
1663 verb expel obj=ngo|aid_agency|agency|aid_worker|charity|relief_group|humanitarian_group|organization|organisation tgt=obl:from|obj>nmod:poss
1663 verb withdraw obj=ngo|aid_agency|agency|aid_worker|charity|relief_group|humanitarian_group|organization|organisation tgt=obl:from|obj>nmod:poss
1663 verb oust obj=ngo|aid_agency|agency|aid_worker|charity|relief_group|humanitarian_group|organization|organisation tgt=obl:from|obj>nmod:poss
1663 verb evict obj=ngo|aid_agency|agency|aid_worker|charity|relief_group|humanitarian_group|organization|organisation tgt=obl:from|obj>nmod:poss
1663 verb kick prt=out obj=ngo|aid_agency|agency|aid_worker|charity|relief_group|humanitarian_group|organization|organisation tgt=obl:from|obj>nmod:poss
1663 verb pull prt=out obj=ngo|aid_agency|agency|aid_worker|charity|relief_group|humanitarian_group|organization|organisation tgt=obl:from|obj>nmod:poss
1663 verb suspend obj=ngo|aid_agency|agency|aid_worker|charity|relief_group|humanitarian_group|organization|organisation tgt=obl:from|obj>nmod:poss
1663 verb ban obj=ngo|aid_agency|agency|aid_worker|charity|relief_group|humanitarian_group|organization|organisation tgt=obl:from|obj>nmod:poss
1661 noun expulsion nmod:of=peacekeeper|peacekeeping_force|blue_helmet tgt=nmod:from
1661 noun withdrawal nmod:of=peacekeeper|peacekeeping_force|blue_helmet tgt=nmod:from
1662 noun expulsion nmod:of=inspector|observer|monitor tgt=nmod:from

# Cutting supplies of relief
1623 verb reduce obj=supply|ration|delivery obj>compound=food|relief|water|fuel|medical tgt=obl:to|obj>nmod:to
1623 verb cut obj=supply|ration|delivery obj>compound=food|relief|water|fuel|medical tgt=obl:to|obj>nmod:to

# Suspending links
160 noun suspension nmod:of=link|air_link|flight|contact|tie|relation|cooperation|trade tgt=nmod:of>nmod:with|nmod:with
