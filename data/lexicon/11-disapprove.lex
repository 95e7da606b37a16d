# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 11 — disapprove: criticize, accuse, complain, sue, convict

# 110 disapprove, unspecified
110 verb express obj=displeasure|dismay|outrage|anger|irritation|disappointment|frustration|indignation|disapproval|unhappiness|annoyance|dissatisfaction|opposition|objection|reservation|disgust tgt=obl:at|obl:over|obl:with|obl:to|obj>nmod:at|obj>nmod:over|obj>nmod:with
110 verb voice obj=displeasure|dismay|outrage|anger|irritation|disappointment|frustration|indignation|disapproval|unhappiness|annoyance|dissatisfaction|opposition|objection|reservation|disgust tgt=obl:at|obl:over|obl:with|obl:to|obj>nmod:at|obj>nmod:over|obj>nmod:with
110 verb register obj=displeasure|dismay|outrage|anger|irritation|disappointment|frustration|indignation|disapproval|unhappiness|annoyance|dissatisfaction|opposition|objection|reservation|disgust tgt=obl:at|obl:over|obl:with|obl:to|obj>nmod:at|obj>nmod:over|obj>nmod:with
110 verb convey obj=displeasure|dismay|outrage|anger|irritation|disappointment|frustration|indignation|disapproval|unhappiness|annoyance|dissatisfaction|opposition|objection|reservation|disgust tgt=obl:at|obl:over|obl:with|obl:to|obj>nmod:at|obj>nmod:over|obj>nmod:with
110 verb show obj=displeasure|dismay|outrage|anger|irritation|disappointment|frustration|indignation|disapproval|unhappiness|annoyance|dissatisfaction|opposition|objection|reservation|disgust tgt=obl:at|obl:over|obl:with|obl:to|obj>nmod:at|obj>nmod:over|obj>nmod:with
110 verb object tgt=obl:to|obl:of
110 verb disapprove tgt=obl:to|obl:of
110 verb frown obl:on=* tgt=obl:on
110 verb bristle obl:at=* tgt=obl:at
110 verb chafe obl:at=* tgt=obl:at
110 verb take obj=issue|exception|umbrage tgt=obl:with|obl:at
110 adj unhappy tgt=obl:with|obl:at|obl:over|obl:by
110 adj displeased tgt=obl:with|obl:at|obl:over|obl:by
110 adj angry tgt=obl:with|obl:at|obl:over|obl:by
110 adj irritated tgt=obl:with|obl:at|obl:over|obl:by
110 adj upset tgt=obl:with|obl:at|obl:over|obl:by
110 adj disappointed tgt=obl:with|obl:at|obl:over|obl:by
110 adj dissatisfied tgt=obl:with|obl:at|obl:over|obl:by
110 adj annoyed tgt=obl:with|obl:at|obl:over|obl:by
110 adj furious tgt=obl:with|obl:at|obl:over|obl:by
110 adj outraged tgt=obl:with|obl:at|obl:over|obl:by
110 adj dismayed tgt=obl:with|obl:at|obl:over|obl:by
110 adj frustrated tgt=obl:with|obl:at|obl:over|obl:by
110 noun displeasure tgt=nmod:at|nmod:over|nmod:with
110 noun irritation tgt=nmod:at|nmod:over|nmod:with
110 noun dismay tgt=nmod:at|nmod:over|nmod:with
110 noun outrage tgt=nmod:at|nmod:over|nmod:with
110 noun disapproval tgt=nmod:at|nmod:over|nmod:with
110 noun anger tgt=nmod:at|nmod:over|nmod:with

# 111 criticize or denounce
111 verb criticize tgt=obj|obl:at
111 verb criticise tgt=obj|obl:at
111 verb condemn tgt=obj|obl:at
111 verb denounce tgt=obj|obl:at
111 verb slam tgt=obj|obl:at
111 verb blast tgt=obj|obl:at
111 verb berate tgt=obj|obl:at
111 verb rebuke tgt=obj|obl:at
111 verb castigate tgt=obj|obl:at
111 verb censure tgt=obj|obl:at
111 verb decry tgt=obj|obl:at
111 verb deplore tgt=obj|obl:at
111 verb lambaste tgt=obj|obl:at
111 verb chastise tgt=obj|obl:at
111 verb reproach tgt=obj|obl:at
111 verb fault tgt=obj|obl:at
111 verb scold tgt=obj|obl:at
111 verb assail tgt=obj|obl:at
111 verb excoriate tgt=obj|obl:at
111 verb vilify tgt=obj|obl:at
111 verb disparage tgt=obj|obl:at
111 verb deride tgt=obj|obl:at
111 verb ridicule tgt=obj|obl:at
111 verb mock tgt=obj|obl:at
111 verb lash prt=out obl:at=* tgt=obl:at
111 verb hit prt=out obl:at=* tgt=obl:at
111 verb issue obj=criticism|condemnation|rebuke|denunciation tgt=obl:at|obl:against|obj>nmod:of
111 verb voice obj=criticism|condemnation|rebuke|denunciation tgt=obl:at|obl:against|obj>nmod:of
111 verb level obj=criticism|condemnation|rebuke|denunciation tgt=obl:at|obl:against|obj>nmod:of
111 verb come obl:under=fire|criticism|attack src=obl:from tgt=nsubj
111 noun criticism tgt=nmod:of|nmod:against
111 noun condemnation tgt=nmod:of|nmod:against
111 noun denunciation tgt=nmod:of|nmod:against
111 noun rebuke tgt=nmod:of|nmod:against
111 noun censure tgt=nmod:of|nmod:against

# 112 accuse
112 verb accuse tgt=obj
112 verb blame tgt=obj|obl:on
112 verb allege ccomp=* tgt=ccomp>nsubj
112 verb charge ccomp=* tgt=ccomp>nsubj
112 verb claim ccomp=* tgt=ccomp>nsubj
112 verb point obj=finger tgt=obl:at
112 verb hold obj=* xcomp=responsible|accountable|culpable tgt=obj
112 verb level obj=accusation|allegation|charge|claim tgt=obl:against|obj>nmod:against
112 verb make obj=accusation|allegation|charge|claim tgt=obl:against|obj>nmod:against
112 noun accusation tgt=nmod:against
112 noun allegation tgt=nmod:against

# 1121
1121 verb accuse obl:of=corruption|fraud|bribery|crime|embezzlement|graft|theft|money_laundering|smuggling|terrorism|cheating|rigging|vote_rigging|election_fraud tgt=obj
1121 verb blame obl:for=corruption|fraud|bribery|crime|embezzlement|graft|theft|money_laundering|smuggling|terrorism|cheating|rigging|vote_rigging|election_fraud tgt=obj
1121 verb charge obl:with=corruption|fraud|bribery|crime|embezzlement|graft|theft|money_laundering|smuggling|terrorism|cheating|rigging|vote_rigging|election_fraud tgt=obj
1121 noun accusation nmod:of=corruption|fraud|bribery|crime|embezzlement|graft|theft|money_laundering|smuggling|terrorism|cheating|rigging|vote_rigging|election_fraud tgt=nmod:against
1121 noun allegation nmod:of=corruption|fraud|bribery|crime|embezzlement|graft|theft|money_laundering|smuggling|terrorism|cheating|rigging|vote_rigging|election_fraud tgt=nmod:against
1121 noun charge nmod:of=corruption|fraud|bribery|crime|embezzlement|graft|theft|money_laundering|smuggling|terrorism|cheating|rigging|vote_rigging|election_fraud tgt=nmod:against

# 1122
1122 verb accuse obl:of=abuse|torture|violation|human_rights_abuse|human_rights_violation|repression|persecution|discrimination|mistreatment|oppression tgt=obj
1122 verb blame obl:for=abuse|torture|violation|human_rights_abuse|human_rights_violation|repression|persecution|discrimination|mistreatment|oppression tgt=obj
1122 verb charge obl:with=abuse|torture|violation|human_rights_abuse|human_rights_violation|repression|persecution|discrimination|mistreatment|oppression tgt=obj
1122 noun accusation nmod:of=abuse|torture|violation|human_rights_abuse|human_rights_violation|repression|persecution|discrimination|mistreatment|oppression tgt=nmod:against
1122 noun allegation nmod:of=abuse|torture|violation|human_rights_abuse|human_rights_violation|repression|persecution|discrimination|mistreatment|oppression tgt=nmod:against
1122 noun charge nmod:of=abuse|torture|violation|human_rights_abuse|human_rights_violation|repression|persecution|discrimination|mistreatment|oppression tgt=nmod:against

# 1123
1123 verb accuse obl:of=aggression|attack|provocation|invasion|incursion|violation|intrusion|shelling|escalation|interference|meddling tgt=obj
1123 verb blame obl:for=aggression|attack|provocation|invasion|incursion|violation|intrusion|shelling|escalation|interference|meddling tgt=obj
1123 verb charge obl:with=aggression|attack|provocation|invasion|incursion|violation|intrusion|shelling|escalation|interference|meddling tgt=obj
1123 noun accusation nmod:of=aggression|attack|provocation|invasion|incursion|violation|intrusion|shelling|escalation|interference|meddling tgt=nmod:against
1123 noun allegation nmod:of=aggression|attack|provocation|invasion|incursion|violation|intrusion|shelling|escalation|interference|meddling tgt=nmod:against
1123 noun charge nmod:of=aggression|attack|provocation|invasion|incursion|violation|intrusion|shelling|escalation|interference|meddling tgt=nmod:against

# 1124
1124 verb accuse obl:of=war_crime|genocide|massacre|atrocity|crime_against_humanity|ethnic_cleansing tgt=obj
1124 verb blame obl:for=war_crime|genocide|massacre|atrocity|crime_against_humanity|ethnic_cleansing tgt=obj
1124 verb charge obl:with=war_crime|genocide|massacre|atrocity|crime_against_humanity|ethnic_cleansing tgt=obj
1124 noun accusation nmod:of=war_crime|genocide|massacre|atrocity|crime_against_humanity|ethnic_cleansing tgt=nmod:against
1124 noun allegation nmod:of=war_crime|genocide|massacre|atrocity|crime_against_humanity|ethnic_cleansing tgt=nmod:against
1124 noun charge nmod:of=war_crime|genocide|massacre|atrocity|crime_against_humanity|ethnic_cleansing tgt=nmod:against

# 1125
1125 verb accuse obl:of=espionage|spying|treason|sabotage|hacking|cyberattack|subversion tgt=obj
1125 verb blame obl:for=espionage|spying|treason|sabotage|hacking|cyberattack|subversion tgt=obj
1125 verb charge obl:with=espionage|spying|treason|sabotage|hacking|cyberattack|subversion tgt=obj
1125 noun accusation nmod:of=espionage|spying|treason|sabotage|hacking|cyberattack|subversion tgt=nmod:against
1125 noun allegation nmod:of=espionage|spying|treason|sabotage|hacking|cyberattack|subversion tgt=nmod:against
1125 noun charge nmod:of=espionage|spying|treason|sabotage|hacking|cyberattack|subversion tgt=nmod:against
1125 verb accuse xcomp=spy tgt=obj

# 113 rally opposition against
113 verb rally obj=opposition|resistance|support obl:against=* tgt=obl:against
113 verb mobilize obj=opposition|resistance|support obl:against=* tgt=obl:against
113 verb mobilise obj=opposition|resistance|support obl:against=* tgt=obl:against
113 verb muster obj=opposition|resistance|support obl:against=* tgt=obl:against
113 verb marshal obj=opposition|resistance|support obl:against=* tgt=obl:against
113 verb campaign obl:against=* tgt=obl:against
113 verb agitate obl:against=* tgt=obl:against
113 verb organize obl:against=* tgt=obl:against
113 verb unite obl:against=* tgt=obl:against
113 verb band obl:against=* tgt=obl:against
113 verb lead obj=opposition|campaign|movement obj>nmod:against=* tgt=obj>nmod:against|obj>nmod:to

# 114 complain officially
114 verb complain tgt=obl:to|obl:about
114 verb lodge obj=protest|complaint|grievance|note|objection|demarche tgt=obl:with|obl:to|obj>nmod:with|obj>nmod:to
114 verb file obj=protest|complaint|grievance|note|objection|demarche tgt=obl:with|obl:to|obj>nmod:with|obj>nmod:to
114 verb register obj=protest|complaint|grievance|note|objection|demarche tgt=obl:with|obl:to|obj>nmod:with|obj>nmod:to
114 verb submit obj=protest|complaint|grievance|note|objection|demarche tgt=obl:with|obl:to|obj>nmod:with|obj>nmod:to
114 verb deliver obj=protest|complaint|grievance|note|objection|demarche tgt=obl:with|obl:to|obj>nmod:with|obj>nmod:to
114 verb issue obj=protest|complaint|grievance|note|objection|demarche tgt=obl:with|obl:to|obj>nmod:with|obj>nmod:to
114 verb send obj=protest|complaint|grievance|note|objection|demarche tgt=obl:with|obl:to|obj>nmod:with|obj>nmod:to
114 verb make obj=protest|complaint|grievance|note|objection|demarche tgt=obl:with|obl:to|obj>nmod:with|obj>nmod:to
114 verb summon obj=ambassador|envoy|diplomat|charge_d'affaires|attache|consul tgt=obj>nmod:poss|obj
114 verb protest obj=* tgt=obj>nmod:poss|obl:to
114 noun complaint tgt=nmod:to|nmod:with|nmod:against
114 noun demarche tgt=nmod:to|nmod:with|nmod:against

# 115 bring lawsuit against
115 verb sue tgt=obj
115 verb file obj=lawsuit|suit|case|complaint|petition|claim|action|legal_action|appeal tgt=obl:against|obj>nmod:against
115 verb bring obj=lawsuit|suit|case|complaint|petition|claim|action|legal_action|appeal tgt=obl:against|obj>nmod:against
115 verb launch obj=lawsuit|suit|case|complaint|petition|claim|action|legal_action|appeal tgt=obl:against|obj>nmod:against
115 verb lodge obj=lawsuit|suit|case|complaint|petition|claim|action|legal_action|appeal tgt=obl:against|obj>nmod:against
115 verb take obl:to=court|tribunal|icj|wto tgt=obj
115 verb drag obl:to=court|tribunal|icj|wto tgt=obj
115 verb haul obl:to=court|tribunal|icj|wto tgt=obj
115 verb challenge obl:in=court tgt=obj
115 noun lawsuit tgt=nmod:against
115 noun suit tgt=nmod:against
115 noun litigation tgt=nmod:against

# 116 find guilty or liable
116 verb convict tgt=obj
116 verb sentence tgt=obj
116 verb find xcomp=guilty|liable|responsible|culpable tgt=obj
116 verb rule obl:against=* tgt=obl:against
116 verb order obj=compensation|damages|payment tgt=iobj|obl:from
116 noun conviction tgt=nmod:against|nmod:of
116 noun verdict tgt=nmod:against|nmod:of
116 noun sentence tgt=nmod:against|nmod:of
116 noun judgment tgt=nmod:against|nmod:of
116 noun ruling tgt=nmod:against|nmod:of
