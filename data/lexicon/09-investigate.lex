# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 09 — investigate: the investigator is the source, the investigated the target
090 verb investigate tgt=obj
090 verb probe tgt=obj
090 verb examine tgt=obj
090 verb scrutinize tgt=obj
090 verb scrutinise tgt=obj
090 verb audit tgt=obj
090 verb look obl:into=* tgt=obl:into
090 verb launch obj=investigation|probe|inquiry|enquiry|review|audit|commission tgt=obl:into|obj>nmod:into|obj>nmod:of
090 verb open obj=investigation|probe|inquiry|enquiry|review|audit|commission tgt=obl:into|obj>nmod:into|obj>nmod:of
090 verb begin obj=investigation|probe|inquiry|enquiry|review|audit|commission tgt=obl:into|obj>nmod:into|obj>nmod:of
090 verb start obj=investigation|probe|inquiry|enquiry|review|audit|commission tgt=obl:into|obj>nmod:into|obj>nmod:of
090 verb order obj=investigation|probe|inquiry|enquiry|review|audit|commission tgt=obl:into|obj>nmod:into|obj>nmod:of
090 verb set prt=up obj=investigation|probe|inquiry|enquiry|review|audit|commission tgt=obl:into|obj>nmod:into|obj>nmod:of
090 verb conduct obj=investigation|probe|inquiry|enquiry|review|audit|commission tgt=obl:into|obj>nmod:into|obj>nmod:of
090 noun investigation tgt=nmod:into|nmod:of
090 noun probe tgt=nmod:into|nmod:of
090 noun inquiry tgt=nmod:into|nmod:of
090 noun enquiry tgt=nmod:into|nmod:of

# 091
091 verb investigate obj=corruption|fraud|bribery|crime|embezzlement|graft|money_laundering|smuggling|tax_evasion|kickback|scandal tgt=obj>nmod:poss|obj>nmod:by
091 verb probe obj=corruption|fraud|bribery|crime|embezzlement|graft|money_laundering|smuggling|tax_evasion|kickback|scandal tgt=obj>nmod:poss|obj>nmod:by
091 verb examine obj=corruption|fraud|bribery|crime|embezzlement|graft|money_laundering|smuggling|tax_evasion|kickback|scandal tgt=obj>nmod:poss|obj>nmod:by
091 verb scrutinize obj=corruption|fraud|bribery|crime|embezzlement|graft|money_laundering|smuggling|tax_evasion|kickback|scandal tgt=obj>nmod:poss|obj>nmod:by
091 verb scrutinise obj=corruption|fraud|bribery|crime|embezzlement|graft|money_laundering|smuggling|tax_evasion|kickback|scandal tgt=obj>nmod:poss|obj>nmod:by
091 verb audit obj=corruption|fraud|bribery|crime|embezzlement|graft|money_laundering|smuggling|tax_evasion|kickback|scandal tgt=obj>nmod:poss|obj>nmod:by
091 verb look obl:into=corruption|fraud|bribery|crime|embezzlement|graft|money_laundering|smuggling|tax_evasion|kickback|scandal tgt=obl:into>nmod:by|obl:into>nmod:poss
091 verb launch obj=investigation|probe|inquiry|enquiry obj>nmod:into=corruption|fraud|bribery|crime|embezzlement|graft|money_laundering|smuggling|tax_evasion|kickback|scandal tgt=obj>nmod:into>nmod:by
091 verb open obj=investigation|probe|inquiry|enquiry obj>nmod:into=corruption|fraud|bribery|crime|embezzlement|graft|money_laundering|smuggling|tax_evasion|kickback|scandal tgt=obj>nmod:into>nmod:by
091 verb begin obj=investigation|probe|inquiry|enquiry obj>nmod:into=corruption|fraud|bribery|crime|embezzlement|graft|money_laundering|smuggling|tax_evasion|kickback|scandal tgt=obj>nmod:into>nmod:by
091 verb order obj=investigation|probe|inquiry|enquiry obj>nmod:into=corruption|fraud|bribery|crime|embezzlement|graft|money_laundering|smuggling|tax_evasion|kickback|scandal tgt=obj>nmod:into>nmod:by
091 verb conduct obj=investigation|probe|inquiry|enquiry obj>nmod:into=corruption|fraud|bribery|crime|embezzlement|graft|money_laundering|smuggling|tax_evasion|kickback|scandal tgt=obj>nmod:into>nmod:by
091 noun investigation nmod:into=corruption|fraud|bribery|crime|embezzlement|graft|money_laundering|smuggling|tax_evasion|kickback|scandal tgt=nmod:into>nmod:by|nmod:into>nmod:poss
091 noun probe nmod:into=corruption|fraud|bribery|crime|embezzlement|graft|money_laundering|smuggling|tax_evasion|kickback|scandal tgt=nmod:into>nmod:by|nmod:into>nmod:poss
091 noun inquiry nmod:into=corruption|fraud|bribery|crime|embezzlement|graft|money_laundering|smuggling|tax_evasion|kickback|scandal tgt=nmod:into>nmod:by|nmod:into>nmod:poss

# 092
092 verb investigate obj=abuse|torture|violation|human_rights_abuse|human_rights_violation|disappearance|killing|mistreatment tgt=obj>nmod:poss|obj>nmod:by
092 verb probe obj=abuse|torture|violation|human_rights_abuse|human_rights_violation|disappearance|killing|mistreatment tgt=obj>nmod:poss|obj>nmod:by
092 verb examine obj=abuse|torture|violation|human_rights_abuse|human_rights_violation|disappearance|killing|mistreatment tgt=obj>nmod:poss|obj>nmod:by
092 verb scrutinize obj=abuse|torture|violation|human_rights_abuse|human_rights_violation|disappearance|killing|mistreatment tgt=obj>nmod:poss|obj>nmod:by
092 verb scrutinise obj=abuse|torture|violation|human_rights_abuse|human_rights_violation|disappearance|killing|mistreatment tgt=obj>nmod:poss|obj>nmod:by
092 verb audit obj=abuse|torture|violation|human_rights_abuse|human_rights_violation|disappearance|killing|mistreatment tgt=obj>nmod:poss|obj>nmod:by
092 verb look obl:into=abuse|torture|violation|human_rights_abuse|human_rights_violation|disappearance|killing|mistreatment tgt=obl:into>nmod:by|obl:into>nmod:poss
092 verb launch obj=investigation|probe|inquiry|enquiry obj>nmod:into=abuse|torture|violation|human_rights_abuse|human_rights_violation|disappearance|killing|mistreatment tgt=obj>nmod:into>nmod:by
092 verb open obj=investigation|probe|inquiry|enquiry obj>nmod:into=abuse|torture|violation|human_rights_abuse|human_rights_violation|disappearance|killing|mistreatment tgt=obj>nmod:into>nmod:by
092 verb begin obj=investigation|probe|inquiry|enquiry obj>nmod:into=abuse|torture|violation|human_rights_abuse|human_rights_violation|disappearance|killing|mistreatment tgt=obj>nmod:into>nmod:by
092 verb order obj=investigation|probe|inquiry|enquiry obj>nmod:into=abuse|torture|violation|human_rights_abuse|human_rights_violation|disappearance|killing|mistreatment tgt=obj>nmod:into>nmod:by
092 verb conduct obj=investigation|probe|inquiry|enquiry obj>nmod:into=abuse|torture|violation|human_rights_abuse|human_rights_violation|disappearance|killing|mistreatment tgt=obj>nmod:into>nmod:by
092 noun investigation nmod:into=abuse|torture|violation|human_rights_abuse|human_rights_violation|disappearance|killing|mistreatment tgt=nmod:into>nmod:by|nmod:into>nmod:poss
092 noun probe nmod:into=abuse|torture|violation|human_rights_abuse|human_rights_violation|disappearance|killing|mistreatment tgt=nmod:into>nmod:by|nmod:into>nmod:poss
092 noun inquiry nmod:into=abuse|torture|violation|human_rights_abuse|human_rights_violation|disappearance|killing|mistreatment tgt=nmod:into>nmod:by|nmod:into>nmod:poss

# 093
093 verb investigate obj=attack|strike|incident|shooting|bombing|airstrike|raid|clash|shelling|crash|downing tgt=obj>nmod:poss|obj>nmod:by
093 verb probe obj=attack|strike|incident|shooting|bombing|airstrike|raid|clash|shelling|crash|downing tgt=obj>nmod:poss|obj>nmod:by
093 verb examine obj=attack|strike|incident|shooting|bombing|airstrike|raid|clash|shelling|crash|downing tgt=obj>nmod:poss|obj>nmod:by
093 verb scrutinize obj=attack|strike|incident|shooting|bombing|airstrike|raid|clash|shelling|crash|downing tgt=obj>nmod:poss|obj>nmod:by
093 verb scrutinise obj=attack|strike|incident|shooting|bombing|airstrike|raid|clash|shelling|crash|downing tgt=obj>nmod:poss|obj>nmod:by
093 verb audit obj=attack|strike|incident|shooting|bombing|airstrike|raid|clash|shelling|crash|downing tgt=obj>nmod:poss|obj>nmod:by
093 verb look obl:into=attack|strike|incident|shooting|bombing|airstrike|raid|clash|shelling|crash|downing tgt=obl:into>nmod:by|obl:into>nmod:poss
093 verb launch obj=investigation|probe|inquiry|enquiry obj>nmod:into=attack|strike|incident|shooting|bombing|airstrike|raid|clash|shelling|crash|downing tgt=obj>nmod:into>nmod:by
093 verb open obj=investigation|probe|inquiry|enquiry obj>nmod:into=attack|strike|incident|shooting|bombing|airstrike|raid|clash|shelling|crash|downing tgt=obj>nmod:into>nmod:by
093 verb begin obj=investigation|probe|inquiry|enquiry obj>nmod:into=attack|strike|incident|shooting|bombing|airstrike|raid|clash|shelling|crash|downing tgt=obj>nmod:into>nmod:by
093 verb order obj=investigation|probe|inquiry|enquiry obj>nmod:into=attack|strike|incident|shooting|bombing|airstrike|raid|clash|shelling|crash|downing tgt=obj>nmod:into>nmod:by
093 verb conduct obj=investigation|probe|inquiry|enquiry obj>nmod:into=attack|strike|incident|shooting|bombing|airstrike|raid|clash|shelling|crash|downing tgt=obj>nmod:into>nmod:by
093 noun investigation nmod:into=attack|strike|incident|shooting|bombing|airstrike|raid|clash|shelling|crash|downing tgt=nmod:into>nmod:by|nmod:into>nmod:poss
093 noun probe nmod:into=attack|strike|incident|shooting|bombing|airstrike|raid|clash|shelling|crash|downing tgt=nmod:into>nmod:by|nmod:into>nmod:poss
093 noun inquiry nmod:into=attack|strike|incident|shooting|bombing|airstrike|raid|clash|shelling|crash|downing tgt=nmod:into>nmod:by|nmod:into>nmod:poss

# 094
094 verb investigate obj=war_crime|massacre|atrocity|genocide|crime_against_humanity|ethnic_cleansing tgt=obj>nmod:poss|obj>nmod:by
094 verb probe obj=war_crime|massacre|atrocity|genocide|crime_against_humanity|ethnic_cleansing tgt=obj>nmod:poss|obj>nmod:by
094 verb examine obj=war_crime|massacre|atrocity|genocide|crime_against_humanity|ethnic_cleansing tgt=obj>nmod:poss|obj>nmod:by
094 verb scrutinize obj=war_crime|massacre|atrocity|genocide|crime_against_humanity|ethnic_cleansing tgt=obj>nmod:poss|obj>nmod:by
094 verb scrutinise obj=war_crime|massacre|atrocity|genocide|crime_against_humanity|ethnic_cleansing tgt=obj>nmod:poss|obj>nmod:by
094 verb audit obj=war_crime|massacre|atrocity|genocide|crime_against_humanity|ethnic_cleansing tgt=obj>nmod:poss|obj>nmod:by
094 verb look obl:into=war_crime|massacre|atrocity|genocide|crime_against_humanity|ethnic_cleansing tgt=obl:into>nmod:by|obl:into>nmod:poss
094 verb launch obj=investigation|probe|inquiry|enquiry obj>nmod:into=war_crime|massacre|atrocity|genocide|crime_against_humanity|ethnic_cleansing tgt=obj>nmod:into>nmod:by
094 verb open obj=investigation|probe|inquiry|enquiry obj>nmod:into=war_crime|massacre|atrocity|genocide|crime_against_humanity|ethnic_cleansing tgt=obj>nmod:into>nmod:by
094 verb begin obj=investigation|probe|inquiry|enquiry obj>nmod:into=war_crime|massacre|atrocity|genocide|crime_against_humanity|ethnic_cleansing tgt=obj>nmod:into>nmod:by
094 verb order obj=investigation|probe|inquiry|enquiry obj>nmod:into=war_crime|massacre|atrocity|genocide|crime_against_humanity|ethnic_cleansing tgt=obj>nmod:into>nmod:by
094 verb conduct obj=investigation|probe|inquiry|enquiry obj>nmod:into=war_crime|massacre|atrocity|genocide|crime_against_humanity|ethnic_cleansing tgt=obj>nmod:into>nmod:by
094 noun investigation nmod:into=war_crime|massacre|atrocity|genocide|crime_against_humanity|ethnic_cleansing tgt=nmod:into>nmod:by|nmod:into>nmod:poss
094 noun probe nmod:into=war_crime|massacre|atrocity|genocide|crime_against_humanity|ethnic_cleansing tgt=nmod:into>nmod:by|nmod:into>nmod:poss
094 noun inquiry nmod:into=war_crime|massacre|atrocity|genocide|crime_against_humanity|ethnic_cleansing tgt=nmod:into>nmod:by|nmod:into>nmod:poss
