# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 07 — provide aid: the donor is the source, the recipient the target

# 070
070 verb provide obj=aid|assistance|help|support|package tgt=obl:to|iobj|obl:for
070 verb give obj=aid|assistance|help|support|package tgt=obl:to|iobj|obl:for
070 verb send obj=aid|assistance|help|support|package tgt=obl:to|iobj|obl:for
070 verb deliver obj=aid|assistance|help|support|package tgt=obl:to|iobj|obl:for
070 verb supply obj=aid|assistance|help|support|package tgt=obl:to|iobj|obl:for
070 verb donate obj=aid|assistance|help|support|package tgt=obl:to|iobj|obl:for
070 verb grant obj=aid|assistance|help|support|package tgt=obl:to|iobj|obl:for
070 verb extend obj=aid|assistance|help|support|package tgt=obl:to|iobj|obl:for
070 verb ship obj=aid|assistance|help|support|package tgt=obl:to|iobj|obl:for
070 verb airlift obj=aid|assistance|help|support|package tgt=obl:to|iobj|obl:for
070 verb allocate obj=aid|assistance|help|support|package tgt=obl:to|iobj|obl:for
070 verb disburse obj=aid|assistance|help|support|package tgt=obl:to|iobj|obl:for
070 verb transfer obj=aid|assistance|help|support|package tgt=obl:to|iobj|obl:for
070 verb channel obj=aid|assistance|help|support|package tgt=obl:to|iobj|obl:for
070 verb furnish obj=aid|assistance|help|support|package tgt=obl:to|iobj|obl:for
070 verb rush obj=aid|assistance|help|support|package tgt=obl:to|iobj|obl:for
033 verb offer obj=aid|assistance|help|support|package tgt=obl:to|iobj|obl:for

# 071
071 verb provide obj=loan|fund|funding|money|cash|grant|credit|financing|bailout|budget_support|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obl:for
071 verb give obj=loan|fund|funding|money|cash|grant|credit|financing|bailout|budget_support|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obl:for
071 verb send obj=loan|fund|funding|money|cash|grant|credit|financing|bailout|budget_support|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obl:for
071 verb deliver obj=loan|fund|funding|money|cash|grant|credit|financing|bailout|budget_support|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obl:for
071 verb supply obj=loan|fund|funding|money|cash|grant|credit|financing|bailout|budget_support|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obl:for
071 verb donate obj=loan|fund|funding|money|cash|grant|credit|financing|bailout|budget_support|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obl:for
071 verb grant obj=loan|fund|funding|money|cash|grant|credit|financing|bailout|budget_support|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obl:for
071 verb extend obj=loan|fund|funding|money|cash|grant|credit|financing|bailout|budget_support|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obl:for
071 verb ship obj=loan|fund|funding|money|cash|grant|credit|financing|bailout|budget_support|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obl:for
071 verb airlift obj=loan|fund|funding|money|cash|grant|credit|financing|bailout|budget_support|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obl:for
071 verb allocate obj=loan|fund|funding|money|cash|grant|credit|financing|bailout|budget_support|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obl:for
071 verb disburse obj=loan|fund|funding|money|cash|grant|credit|financing|bailout|budget_support|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obl:for
071 verb transfer obj=loan|fund|funding|money|cash|grant|credit|financing|bailout|budget_support|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obl:for
071 verb channel obj=loan|fund|funding|money|cash|grant|credit|financing|bailout|budget_support|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obl:for
071 verb furnish obj=loan|fund|funding|money|cash|grant|credit|financing|bailout|budget_support|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obl:for
071 verb rush obj=loan|fund|funding|money|cash|grant|credit|financing|bailout|budget_support|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obl:for

# 072
072 verb provide obj=weapon|arm|ammunition|missile|tank|jet|drone|artillery|rifle|military_aid|military_assistance|military_equipment|air_defense|air_defence|munition tgt=obl:to|iobj|obl:for
072 verb give obj=weapon|arm|ammunition|missile|tank|jet|drone|artillery|rifle|military_aid|military_assistance|military_equipment|air_defense|air_defence|munition tgt=obl:to|iobj|obl:for
072 verb send obj=weapon|arm|ammunition|missile|tank|jet|drone|artillery|rifle|military_aid|military_assistance|military_equipment|air_defense|air_defence|munition tgt=obl:to|iobj|obl:for
072 verb deliver obj=weapon|arm|ammunition|missile|tank|jet|drone|artillery|rifle|military_aid|military_assistance|military_equipment|air_defense|air_defence|munition tgt=obl:to|iobj|obl:for
072 verb supply obj=weapon|arm|ammunition|missile|tank|jet|drone|artillery|rifle|military_aid|military_assistance|military_equipment|air_defense|air_defence|munition tgt=obl:to|iobj|obl:for
072 verb donate obj=weapon|arm|ammunition|missile|tank|jet|drone|artillery|rifle|military_aid|military_assistance|military_equipment|air_defense|air_defence|munition tgt=obl:to|iobj|obl:for
072 verb grant obj=weapon|arm|ammunition|missile|tank|jet|drone|artillery|rifle|military_aid|military_assistance|military_equipment|air_defense|air_defence|munition tgt=obl:to|iobj|obl:for
072 verb extend obj=weapon|arm|ammunition|missile|tank|jet|drone|artillery|rifle|military_aid|military_assistance|military_equipment|air_defense|air_defence|munition tgt=obl:to|iobj|obl:for
072 verb ship obj=weapon|arm|ammunition|missile|tank|jet|drone|artillery|rifle|military_aid|military_assistance|military_equipment|air_defense|air_defence|munition tgt=obl:to|iobj|obl:for
072 verb airlift obj=weapon|arm|ammunition|missile|tank|jet|drone|artillery|rifle|military_aid|military_assistance|military_equipment|air_defense|air_defence|munition tgt=obl:to|iobj|obl:for
072 verb allocate obj=weapon|arm|ammunition|missile|tank|jet|drone|artillery|rifle|military_aid|military_assistance|military_equipment|air_defense|air_defence|munition tgt=obl:to|iobj|obl:for
072 verb disburse obj=weapon|arm|ammunition|missile|tank|jet|drone|artillery|rifle|military_aid|military_assistance|military_equipment|air_defense|air_defence|munition tgt=obl:to|iobj|obl:for
072 verb transfer obj=weapon|arm|ammunition|missile|tank|jet|drone|artillery|rifle|military_aid|military_assistance|military_equipment|air_defense|air_defence|munition tgt=obl:to|iobj|obl:for
072 verb channel obj=weapon|arm|ammunition|missile|tank|jet|drone|artillery|rifle|military_aid|military_assistance|military_equipment|air_defense|air_defence|munition tgt=obl:to|iobj|obl:for
072 verb furnish obj=weapon|arm|ammunition|missile|tank|jet|drone|artillery|rifle|military_aid|military_assistance|military_equipment|air_defense|air_defence|munition tgt=obl:to|iobj|obl:for
072 verb rush obj=weapon|arm|ammunition|missile|tank|jet|drone|artillery|rifle|military_aid|military_assistance|military_equipment|air_defense|air_defence|munition tgt=obl:to|iobj|obl:for

# 073
073 verb provide obj=food|medicine|relief|shelter|vaccine|tent|blanket|water|supply|humanitarian_aid|humanitarian_assistance|medical_supply|emergency_aid|food_aid tgt=obl:to|iobj|obl:for
073 verb give obj=food|medicine|relief|shelter|vaccine|tent|blanket|water|supply|humanitarian_aid|humanitarian_assistance|medical_supply|emergency_aid|food_aid tgt=obl:to|iobj|obl:for
073 verb send obj=food|medicine|relief|shelter|vaccine|tent|blanket|water|supply|humanitarian_aid|humanitarian_assistance|medical_supply|emergency_aid|food_aid tgt=obl:to|iobj|obl:for
073 verb deliver obj=food|medicine|relief|shelter|vaccine|tent|blanket|water|supply|humanitarian_aid|humanitarian_assistance|medical_supply|emergency_aid|food_aid tgt=obl:to|iobj|obl:for
073 verb supply obj=food|medicine|relief|shelter|vaccine|tent|blanket|water|supply|humanitarian_aid|humanitarian_assistance|medical_supply|emergency_aid|food_aid tgt=obl:to|iobj|obl:for
073 verb donate obj=food|medicine|relief|shelter|vaccine|tent|blanket|water|supply|humanitarian_aid|humanitarian_assistance|medical_supply|emergency_aid|food_aid tgt=obl:to|iobj|obl:for
073 verb grant obj=food|medicine|relief|shelter|vaccine|tent|blanket|water|supply|humanitarian_aid|humanitarian_assistance|medical_supply|emergency_aid|food_aid tgt=obl:to|iobj|obl:for
073 verb extend obj=food|medicine|relief|shelter|vaccine|tent|blanket|water|supply|humanitarian_aid|humanitarian_assistance|medical_supply|emergency_aid|food_aid tgt=obl:to|iobj|obl:for
073 verb ship obj=food|medicine|relief|shelter|vaccine|tent|blanket|water|supply|humanitarian_aid|humanitarian_assistance|medical_supply|emergency_aid|food_aid tgt=obl:to|iobj|obl:for
073 verb airlift obj=food|medicine|relief|shelter|vaccine|tent|blanket|water|supply|humanitarian_aid|humanitarian_assistance|medical_supply|emergency_aid|food_aid tgt=obl:to|iobj|obl:for
073 verb allocate obj=food|medicine|relief|shelter|vaccine|tent|blanket|water|supply|humanitarian_aid|humanitarian_assistance|medical_supply|emergency_aid|food_aid tgt=obl:to|iobj|obl:for
073 verb disburse obj=food|medicine|relief|shelter|vaccine|tent|blanket|water|supply|humanitarian_aid|humanitarian_assistance|medical_supply|emergency_aid|food_aid tgt=obl:to|iobj|obl:for
073 verb transfer obj=food|medicine|relief|shelter|vaccine|tent|blanket|water|supply|humanitarian_aid|humanitarian_assistance|medical_supply|emergency_aid|food_aid tgt=obl:to|iobj|obl:for
073 verb channel obj=food|medicine|relief|shelter|vaccine|tent|blanket|water|supply|humanitarian_aid|humanitarian_assistance|medical_supply|emergency_aid|food_aid tgt=obl:to|iobj|obl:for
073 verb furnish obj=food|medicine|relief|shelter|vaccine|tent|blanket|water|supply|humanitarian_aid|humanitarian_assistance|medical_supply|emergency_aid|food_aid tgt=obl:to|iobj|obl:for
073 verb rush obj=food|medicine|relief|shelter|vaccine|tent|blanket|water|supply|humanitarian_aid|humanitarian_assistance|medical_supply|emergency_aid|food_aid tgt=obl:to|iobj|obl:for

# 074
074 verb provide obj=peacekeeper|peacekeeping_force|protection|security_guarantee|troops tgt=obl:to|iobj|obl:for
074 verb give obj=peacekeeper|peacekeeping_force|protection|security_guarantee|troops tgt=obl:to|iobj|obl:for
074 verb send obj=peacekeeper|peacekeeping_force|protection|security_guarantee|troops tgt=obl:to|iobj|obl:for
074 verb deliver obj=peacekeeper|peacekeeping_force|protection|security_guarantee|troops tgt=obl:to|iobj|obl:for
074 verb supply obj=peacekeeper|peacekeeping_force|protection|security_guarantee|troops tgt=obl:to|iobj|obl:for
074 verb donate obj=peacekeeper|peacekeeping_force|protection|security_guarantee|troops tgt=obl:to|iobj|obl:for
074 verb grant obj=peacekeeper|peacekeeping_force|protection|security_guarantee|troops tgt=obl:to|iobj|obl:for
074 verb extend obj=peacekeeper|peacekeeping_force|protection|security_guarantee|troops tgt=obl:to|iobj|obl:for
074 verb ship obj=peacekeeper|peacekeeping_force|protection|security_guarantee|troops tgt=obl:to|iobj|obl:for
074 verb airlift obj=peacekeeper|peacekeeping_force|protection|security_guarantee|troops tgt=obl:to|iobj|obl:for
074 verb allocate obj=peacekeeper|peacekeeping_force|protection|security_guarantee|troops tgt=obl:to|iobj|obl:for
074 verb disburse obj=peacekeeper|peacekeeping_force|protection|security_guarantee|troops tgt=obl:to|iobj|obl:for
074 verb transfer obj=peacekeeper|peacekeeping_force|protection|security_guarantee|troops tgt=obl:to|iobj|obl:for
074 verb channel obj=peacekeeper|peacekeeping_force|protection|security_guarantee|troops tgt=obl:to|iobj|obl:for
074 verb furnish obj=peacekeeper|peacekeeping_force|protection|security_guarantee|troops tgt=obl:to|iobj|obl:for
074 verb rush obj=peacekeeper|peacekeeping_force|protection|security_guarantee|troops tgt=obl:to|iobj|obl:for
070 verb help tgt=obj
070 verb assist tgt=obj
070 verb aid tgt=obj
070 verb come obl:to=aid|assistance|rescue tgt=obl:to>nmod:of|obl:to>nmod:poss
071 verb fund tgt=obj
071 verb finance tgt=obj
071 verb bankroll tgt=obj
071 verb subsidize tgt=obj
071 verb subsidise tgt=obj
071 verb lend tgt=iobj|obl:to
071 verb write prt=off obj=debt tgt=obj>nmod:poss|obj>nmod:of
071 verb forgive obj=debt tgt=obj>nmod:poss|obj>nmod:of
071 verb cancel obj=debt tgt=obj>nmod:poss|obj>nmod:of
072 verb arm tgt=obj
072 verb equip tgt=obj
072 verb sell obj=weapon|arm|missile|jet|tank|drone|munition tgt=obl:to|iobj
073 verb evacuate tgt=obj
073 verb rescue tgt=obj
073 verb feed tgt=obj
073 verb shelter obj=* tgt=obj
073 verb vaccinate tgt=obj
073 verb airdrop obj=* tgt=obl:to|obl:for
074 verb deploy obj=peacekeeper|peacekeeping_force|blue_helmet|monitor tgt=obl:to|obl:in
074 verb send obj=peacekeeper|peacekeeping_force|blue_helmet|monitor tgt=obl:to|obl:in
074 verb dispatch obj=peacekeeper|peacekeeping_force|blue_helmet|monitor tgt=obl:to|obl:in
074 verb protect tgt=obj
074 verb guard tgt=obj
074 verb escort tgt=obj
075 verb grant obj=asylum|refuge|sanctuary|protection tgt=iobj|obl:to
075 verb give obj=asylum|refuge|sanctuary|protection tgt=iobj|obl:to
075 verb offer obj=asylum|refuge|sanctuary|protection tgt=iobj|obl:to
075 verb shelter obj=refugee|dissident|defector|exile|activist tgt=obj
075 verb harbor obj=refugee|dissident|defector|exile|activist tgt=obj
075 verb harbour obj=refugee|dissident|defector|exile|activist tgt=obj
070 noun aid tgt=nmod:to|nmod:for
070 noun assistance tgt=nmod:to|nmod:for
070 noun package tgt=nmod:to|nmod:for
071 noun loan tgt=nmod:to|nmod:for
071 noun bailout tgt=nmod:to|nmod:for
071 noun grant tgt=nmod:to|nmod:for
072 noun arms_sale tgt=nmod:to|nmod:for
072 noun weapon_delivery tgt=nmod:to|nmod:for
072 noun military_aid tgt=nmod:to|nmod:for
073 noun relief tgt=nmod:to|nmod:for
073 noun humanitarian_aid tgt=nmod:to|nmod:for
073 noun food_aid tgt=nmod:to|nmod:for
074 noun peacekeeping tgt=nmod:in
075 noun asylum tgt=nmod:for|nmod:to

# Handing over supplies
073 verb hand prt=over obj=medicine|food|supply|relief|aid|blanket|tent|water|vaccine tgt=obl:to
073 verb deliver obj=medicine|food|supply|relief|blanket|tent|water|vaccine tgt=obl:to|iobj
074 verb contribute obj=troops|soldier|peacekeeper|police|personnel|contingent|unit tgt=obl:to|obj>nmod:to
