# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 01 — make public statement

# 010 plain statements: the speaker is the source; the addressee (if any) the target
010 verb say tgt=-
010 verb state tgt=-
010 verb declare tgt=-
010 verb announce tgt=-
010 verb comment tgt=-
010 verb remark tgt=-
010 verb note tgt=-
010 verb add tgt=-
010 verb assert tgt=-
010 verb stress tgt=-
010 verb emphasize tgt=-
010 verb reiterate tgt=-
010 verb explain tgt=-
010 verb mention tgt=-
010 verb argue tgt=-
010 verb contend tgt=-
010 verb maintain tgt=-
010 verb affirm tgt=-
010 verb confirm tgt=-
010 verb reveal tgt=-
010 verb disclose tgt=-
010 verb write tgt=-
010 verb report tgt=-
010 verb predict tgt=-
010 verb underline tgt=-
010 verb reaffirm tgt=-
010 verb proclaim tgt=-
010 verb observe tgt=-
010 verb point prt=out tgt=-
010 verb spell prt=out tgt=-
010 verb lay prt=out tgt=-
010 verb tell tgt=obj|iobj
010 verb inform tgt=obj|iobj
010 verb notify tgt=obj|iobj
010 verb speak obl:to=reporters|journalist|press|medium|audience|crowd tgt=-
010 verb talk obl:to=reporters|journalist|press|medium|audience|crowd tgt=-
010 verb issue obj=statement|communique|declaration|announcement tgt=-
010 verb release obj=statement|communique|declaration|announcement tgt=-
010 verb publish obj=statement|communique|declaration|announcement tgt=-
010 verb make obj=statement|speech|remark|address|announcement|declaration tgt=obl:to
010 verb deliver obj=statement|speech|remark|address|announcement|declaration tgt=obl:to
010 verb give obj=statement|speech|remark|address|announcement|declaration tgt=obl:to
010 verb hold obj=conference|briefing tgt=-
010 noun statement tgt=nmod:to
010 noun remark tgt=nmod:to
010 noun announcement tgt=nmod:to
010 noun declaration tgt=nmod:to
010 noun speech tgt=nmod:to
010 noun address tgt=nmod:to
010 noun communique tgt=nmod:to

# 011 decline comment
011 verb decline xcomp=comment|elaborate|confirm|discuss|respond|answer|speculate|say tgt=-
011 verb refuse xcomp=comment|elaborate|confirm|discuss|respond|answer|speculate|say tgt=-
011 verb decline obj=comment|request tgt=-
011 verb refuse obj=comment tgt=-
011 verb have obj=comment obj>det=no tgt=-

# 012 pessimistic comment
012 verb express obj=concern|pessimism|worry|fear|doubt|alarm|skepticism|scepticism|unease|anxiety|apprehension tgt=-
012 verb voice obj=concern|pessimism|worry|fear|doubt|alarm|skepticism|scepticism|unease|anxiety|apprehension tgt=-
012 verb fear tgt=-
012 verb worry tgt=-
012 verb lament tgt=-
012 verb bemoan tgt=-
012 verb doubt tgt=-
012 verb despair tgt=-
012 verb warn tgt=-
012 verb warn obl:of=danger|risk|threat|crisis|consequence|collapse|war|catastrophe|disaster tgt=-
012 verb caution obl:of=danger|risk|threat|crisis|consequence|collapse|war|catastrophe|disaster tgt=-
012 verb raise obj=concern|doubt|alarm|fear tgt=-
012 adj pessimistic tgt=-
012 adj concerned tgt=-
012 adj worried tgt=-
012 adj alarmed tgt=-
012 adj skeptical tgt=-
012 adj sceptical tgt=-
012 adj gloomy tgt=-
012 adj doubtful tgt=-
012 adj anxious tgt=-
012 adj uneasy tgt=-
012 noun concern tgt=-
012 noun pessimism tgt=-
012 noun worry tgt=-
012 noun alarm tgt=-

# 013 optimistic comment
013 verb express obj=optimism|hope|confidence|hopefulness tgt=-
013 verb voice obj=optimism|hope|confidence|hopefulness tgt=-
013 verb hope tgt=-
013 adj optimistic tgt=-
013 adj hopeful tgt=-
013 adj confident tgt=-
013 adj upbeat tgt=-
013 adj positive tgt=-
013 noun optimism tgt=-

# 014 consider a policy option
014 verb consider tgt=-
014 verb weigh tgt=-
014 verb mull tgt=-
014 verb ponder tgt=-
014 verb contemplate tgt=-
014 verb study obj=proposal|plan|option|request|offer|idea|possibility|measure|bill|draft|report|issue|matter|question|situation|case|application|demand|deal|agreement|move|step|way|impact|damage|risk|threat|need|response|policy|law|legislation|sanction|resolution tgt=-
014 verb explore obj=proposal|plan|option|request|offer|idea|possibility|measure|bill|draft|report|issue|matter|question|situation|case|application|demand|deal|agreement|move|step|way|impact|damage|risk|threat|need|response|policy|law|legislation|sanction|resolution tgt=-
014 verb evaluate obj=proposal|plan|option|request|offer|idea|possibility|measure|bill|draft|report|issue|matter|question|situation|case|application|demand|deal|agreement|move|step|way|impact|damage|risk|threat|need|response|policy|law|legislation|sanction|resolution tgt=-
014 verb assess obj=proposal|plan|option|request|offer|idea|possibility|measure|bill|draft|report|issue|matter|question|situation|case|application|demand|deal|agreement|move|step|way|impact|damage|risk|threat|need|response|policy|law|legislation|sanction|resolution tgt=-
014 verb reconsider tgt=-
014 verb mull prt=over tgt=-
014 verb think prt=over tgt=-
014 verb look obl:at=option|possibility|proposal|plan|idea|way tgt=-
014 verb debate obj=option|proposal|plan|bill|measure|possibility tgt=-
014 verb discuss obj=option|proposal|plan|bill|measure|possibility tgt=-

# 015 acknowledge or claim responsibility
015 verb claim obj=responsibility|credit tgt=-
015 verb take obj=responsibility|blame tgt=-
015 verb accept obj=responsibility|blame tgt=-
015 verb assume obj=responsibility|blame tgt=-
015 verb bear obj=responsibility|blame tgt=-
015 verb admit obj=responsibility|guilt|wrongdoing|mistake|error|role|involvement|fault tgt=-
015 verb acknowledge obj=responsibility|guilt|wrongdoing|mistake|error|role|involvement|fault tgt=-
015 verb concede obj=responsibility|guilt|wrongdoing|mistake|error|role|involvement|fault tgt=-
015 verb admit tgt=-
015 verb acknowledge tgt=-
015 verb confess tgt=-
015 verb own prt=up tgt=-

# 016 deny responsibility
016 verb deny tgt=-
016 verb disavow tgt=-
016 verb disclaim tgt=-
016 verb refute tgt=-
016 verb rebut tgt=-
016 verb reject obj=accusation|allegation|charge|claim|report|suggestion|responsibility|blame|criticism tgt=-
016 verb dismiss obj=accusation|allegation|charge|claim|report|suggestion|responsibility|blame|criticism tgt=-
016 verb dispute obj=accusation|allegation|charge|claim|report|suggestion|responsibility|blame|criticism tgt=-
016 verb shift obj=blame|responsibility tgt=obl:to|obl:onto
016 verb deflect obj=blame|responsibility tgt=obl:to|obl:onto
016 noun denial tgt=-

# 017 symbolic act
017 verb lay obj=wreath|flower tgt=-
017 verb place obj=wreath|flower tgt=-
017 verb observe obj=silence|minute tgt=-
017 verb hold obj=silence|minute tgt=-
017 verb light obj=candle|torch|flame tgt=-
017 verb hold obj=ceremony|vigil|commemoration|memorial|service|funeral tgt=-
017 verb organize obj=ceremony|vigil|commemoration|memorial|service|funeral tgt=-
017 verb attend obj=ceremony|vigil|commemoration|memorial|service|funeral tgt=-
017 verb commemorate tgt=-
017 verb honour tgt=-
017 verb honor tgt=-
017 verb memorialize tgt=-
017 verb mark obj=anniversary|day|occasion|death tgt=-
017 verb unveil obj=monument|memorial|statue|plaque tgt=-
017 verb dedicate obj=monument|memorial|statue|plaque tgt=-
017 verb erect obj=monument|memorial|statue|plaque tgt=-
017 verb raise obj=flag|banner tgt=-
017 verb hoist obj=flag|banner tgt=-
017 verb fly obj=flag|banner tgt=-
017 verb lower obj=flag|banner tgt=-
017 verb burn obj=flag|effigy tgt=-
017 noun ceremony tgt=-
017 noun vigil tgt=-
017 noun commemoration tgt=-

# 018 empathetic comment
018 verb express obj=sympathy|condolence|sorrow|grief|sadness|compassion|prayer|thought tgt=obl:to|iobj
018 verb convey obj=sympathy|condolence|sorrow|grief|sadness|compassion|prayer|thought tgt=obl:to|iobj
018 verb offer obj=sympathy|condolence|sorrow|grief|sadness|compassion|prayer|thought tgt=obl:to|iobj
018 verb extend obj=sympathy|condolence|sorrow|grief|sadness|compassion|prayer|thought tgt=obl:to|iobj
018 verb send obj=sympathy|condolence|sorrow|grief|sadness|compassion|prayer|thought tgt=obl:to|iobj
018 verb mourn tgt=obj
018 verb console tgt=obj
018 verb condole tgt=obj
018 verb sympathize tgt=obl:with
018 verb sympathise tgt=obl:with
018 verb commiserate tgt=obl:with
018 verb grieve tgt=obl:with
018 verb stand obl:with=people|victim|family|nation tgt=obl:with
018 noun condolence tgt=nmod:to|nmod:with
018 noun sympathy tgt=nmod:to|nmod:with

# 019 express accord
019 verb agree tgt=obl:with
019 verb concur tgt=obl:with
019 verb side tgt=obl:with
019 verb share obj=view|concern|position|assessment|stance|opinion|sentiment|call tgt=obj>nmod:poss
019 verb echo obj=view|concern|position|assessment|stance|opinion|sentiment|call tgt=obj>nmod:poss
019 verb endorse obj=view|concern|position|assessment|stance|opinion|sentiment|call tgt=obj>nmod:poss
019 verb express obj=agreement|accord|approval tgt=obl:with|obj>nmod:with
019 verb voice obj=agreement|accord|approval tgt=obl:with|obj>nmod:with
019 adj unanimous tgt=-
