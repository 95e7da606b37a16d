# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 05 — engage in diplomatic cooperation

# 050 diplomatic cooperation, unspecified
050 verb improve obj=tie|relation|relationship|partnership|friendship|cooperation|bond tgt=obl:with|obj>nmod:with
050 verb strengthen obj=tie|relation|relationship|partnership|friendship|cooperation|bond tgt=obl:with|obj>nmod:with
050 verb deepen obj=tie|relation|relationship|partnership|friendship|cooperation|bond tgt=obl:with|obj>nmod:with
050 verb boost obj=tie|relation|relationship|partnership|friendship|cooperation|bond tgt=obl:with|obj>nmod:with
050 verb cement obj=tie|relation|relationship|partnership|friendship|cooperation|bond tgt=obl:with|obj>nmod:with
050 verb bolster obj=tie|relation|relationship|partnership|friendship|cooperation|bond tgt=obl:with|obj>nmod:with
050 verb forge obj=tie|relation|relationship|partnership|friendship|cooperation|bond tgt=obl:with|obj>nmod:with
050 verb build obj=tie|relation|relationship|partnership|friendship|cooperation|bond tgt=obl:with|obj>nmod:with
050 verb mend obj=tie|relation|relationship|partnership|friendship|cooperation|bond tgt=obl:with|obj>nmod:with
050 verb repair obj=tie|relation|relationship|partnership|friendship|cooperation|bond tgt=obl:with|obj>nmod:with
050 verb warm obj=tie|relation|relationship|partnership|friendship|cooperation|bond tgt=obl:with|obj>nmod:with
050 verb upgrade obj=tie|relation|relationship|partnership|friendship|cooperation|bond tgt=obl:with|obj>nmod:with
050 verb expand obj=tie|relation|relationship|partnership|friendship|cooperation|bond tgt=obl:with|obj>nmod:with
050 verb enhance obj=tie|relation|relationship|partnership|friendship|cooperation|bond tgt=obl:with|obj>nmod:with
050 verb reconcile tgt=obl:with|obj
050 verb ally tgt=obl:with
050 verb align tgt=obl:with
050 verb side obl:with=* tgt=obl:with
050 noun rapprochement tgt=nmod:with|nmod:between
050 noun detente tgt=nmod:with|nmod:between
050 noun reconciliation tgt=nmod:with|nmod:between
050 noun thaw tgt=nmod:with|nmod:between

# 051 praise or endorse
051 verb praise tgt=obj
051 verb commend tgt=obj
051 verb hail tgt=obj
051 verb applaud tgt=obj
051 verb laud tgt=obj
051 verb salute tgt=obj
051 verb compliment tgt=obj
051 verb congratulate tgt=obj
051 verb thank tgt=obj
051 verb extol tgt=obj
051 verb acclaim tgt=obj
051 verb lionize tgt=obj
051 verb endorse tgt=obj>nmod:poss|obj
051 verb welcome obj=decision|move|step|agreement|announcement|deal|proposal|initiative|plan|result|release|outcome|progress|statement|pledge tgt=obj>nmod:poss|obj>nmod:by
051 verb hail obj=decision|move|step|agreement|announcement|deal|proposal|initiative|plan|result|release|outcome|progress|statement|pledge tgt=obj>nmod:poss|obj>nmod:by
051 verb applaud obj=decision|move|step|agreement|announcement|deal|proposal|initiative|plan|result|release|outcome|progress|statement|pledge tgt=obj>nmod:poss|obj>nmod:by
051 verb pay obj=tribute|compliment|homage tgt=obl:to
051 verb express obj=appreciation|gratitude|admiration|thanks tgt=obl:to|obl:for|obj>nmod:to|obj>nmod:for
051 verb voice obj=appreciation|gratitude|admiration|thanks tgt=obl:to|obl:for|obj>nmod:to|obj>nmod:for
051 verb heap obj=praise tgt=obl:on|obl:upon
051 noun praise tgt=nmod:for|nmod:to
051 noun endorsement tgt=nmod:for|nmod:to
051 noun tribute tgt=nmod:for|nmod:to
051 noun congratulation tgt=nmod:for|nmod:to
051 noun accolade tgt=nmod:for|nmod:to
051 noun gratitude tgt=nmod:for|nmod:to

# 052 defend verbally
052 verb defend tgt=obj>nmod:poss|obj
052 verb justify tgt=obj>nmod:poss|obj
052 verb vindicate tgt=obj>nmod:poss|obj
052 verb stand prt=by tgt=obj
052 verb stick prt=by tgt=obj
052 verb speak prt=up obl:for=* tgt=obl:for
052 verb come obl:to=defense|defence|aid tgt=obl:to>nmod:poss|obl:to>nmod:of
052 noun defense nmod:of=* tgt=nmod:of
052 noun defence nmod:of=* tgt=nmod:of

# 053 rally support on behalf of
053 verb rally obj=support|backing tgt=obl:for|obl:behind|obj>nmod:for
053 verb drum prt=up obj=support|backing tgt=obl:for|obl:behind|obj>nmod:for
053 verb garner obj=support|backing tgt=obl:for|obl:behind|obj>nmod:for
053 verb mobilize obj=support|backing tgt=obl:for|obl:behind|obj>nmod:for
053 verb mobilise obj=support|backing tgt=obl:for|obl:behind|obj>nmod:for
053 verb muster obj=support|backing tgt=obl:for|obl:behind|obj>nmod:for
053 verb gather obj=support|backing tgt=obl:for|obl:behind|obj>nmod:for
053 verb campaign obl:for=* tgt=obl:for|obl:on_behalf_of
053 verb lobby obl:for=* tgt=obl:for|obl:on_behalf_of
053 verb advocate obl:for=* tgt=obl:for|obl:on_behalf_of
053 verb champion tgt=obj
053 verb rally obl:behind=* tgt=obl:behind
053 verb express obj=support|solidarity|backing tgt=obl:for|obl:with|obj>nmod:for|obj>nmod:with
053 verb voice obj=support|solidarity|backing tgt=obl:for|obl:with|obj>nmod:for|obj>nmod:with
053 verb pledge obj=support|solidarity|backing tgt=obl:for|obl:with|obj>nmod:for|obj>nmod:with
053 verb declare obj=support|solidarity|backing tgt=obl:for|obl:with|obj>nmod:for|obj>nmod:with
053 verb reaffirm obj=support|solidarity|backing tgt=obl:for|obl:with|obj>nmod:for|obj>nmod:with
053 verb back tgt=obj
053 verb support tgt=obj
053 noun solidarity tgt=nmod:with

# 054 grant diplomatic recognition
054 verb recognize tgt=obj
054 verb recognise tgt=obj
054 verb establish obj=relation|tie tgt=obl:with|obj>nmod:with
054 verb restore obj=relation|tie tgt=obl:with|obj>nmod:with
054 verb normalize obj=relation|tie tgt=obl:with|obj>nmod:with
054 verb normalise obj=relation|tie tgt=obl:with|obj>nmod:with
054 verb resume obj=relation|tie tgt=obl:with|obj>nmod:with
054 verb grant obj=recognition tgt=obl:to|iobj
054 verb extend obj=recognition tgt=obl:to|iobj
054 verb accord obj=recognition tgt=obl:to|iobj
054 verb open obj=embassy|consulate|mission tgt=obl:in|obj>nmod:in
054 verb reopen obj=embassy|consulate|mission tgt=obl:in|obj>nmod:in
054 verb upgrade obj=embassy|consulate|mission tgt=obl:in|obj>nmod:in
054 noun recognition tgt=nmod:of
054 noun normalization nmod:of=relation|tie tgt=nmod:with|nmod:between
054 noun normalisation nmod:of=relation|tie tgt=nmod:with|nmod:between

# 055 apologize
055 verb apologize tgt=obl:to
055 verb apologise tgt=obl:to
055 verb offer obj=apology tgt=obl:to|iobj|obj>nmod:to
055 verb issue obj=apology tgt=obl:to|iobj|obj>nmod:to
055 verb express obj=apology tgt=obl:to|iobj|obj>nmod:to
055 verb make obj=apology tgt=obl:to|iobj|obj>nmod:to
055 verb express obj=regret|remorse|contrition tgt=obl:to|obl:over|obl:for
055 verb voice obj=regret|remorse|contrition tgt=obl:to|obl:over|obl:for
055 verb say obj=sorry tgt=obl:to
055 adj sorry tgt=obl:to
055 noun apology tgt=nmod:to

# 056 forgive
056 verb forgive tgt=obj
056 verb absolve tgt=obj
056 verb accept obj=apology tgt=obj>nmod:poss|obj>nmod:from
056 noun forgiveness tgt=nmod:of

# 057 sign formal agreement
057 verb sign obj=agreement|accord|treaty|deal|pact|memorandum|protocol|convention|charter|declaration|communique|contract|compact|understanding|framework|armistice tgt=obl:with|obj>nmod:with|obj>nmod:between
057 verb ink obj=agreement|accord|treaty|deal|pact|memorandum|protocol|convention|charter|declaration|communique|contract|compact|understanding|framework|armistice tgt=obl:with|obj>nmod:with|obj>nmod:between
057 verb conclude obj=agreement|accord|treaty|deal|pact|memorandum|protocol|convention|charter|declaration|communique|contract|compact|understanding|framework|armistice tgt=obl:with|obj>nmod:with|obj>nmod:between
057 verb initial obj=agreement|accord|treaty|deal|pact|memorandum|protocol|convention|charter|declaration|communique|contract|compact|understanding|framework|armistice tgt=obl:with|obj>nmod:with|obj>nmod:between
057 verb seal obj=agreement|accord|treaty|deal|pact|memorandum|protocol|convention|charter|declaration|communique|contract|compact|understanding|framework|armistice tgt=obl:with|obj>nmod:with|obj>nmod:between
057 verb clinch obj=agreement|accord|treaty|deal|pact|memorandum|protocol|convention|charter|declaration|communique|contract|compact|understanding|framework|armistice tgt=obl:with|obj>nmod:with|obj>nmod:between
057 verb strike obj=agreement|accord|treaty|deal|pact|memorandum|protocol|convention|charter|declaration|communique|contract|compact|understanding|framework|armistice tgt=obl:with|obj>nmod:with|obj>nmod:between
057 verb finalize obj=agreement|accord|treaty|deal|pact|memorandum|protocol|convention|charter|declaration|communique|contract|compact|understanding|framework|armistice tgt=obl:with|obj>nmod:with|obj>nmod:between
057 verb finalise obj=agreement|accord|treaty|deal|pact|memorandum|protocol|convention|charter|declaration|communique|contract|compact|understanding|framework|armistice tgt=obl:with|obj>nmod:with|obj>nmod:between
057 verb reach obj=agreement|accord|deal|compromise|settlement|consensus|understanding tgt=obl:with|obj>nmod:with
057 verb hammer prt=out obj=agreement|accord|deal|compromise|settlement|consensus|understanding tgt=obl:with|obj>nmod:with
057 verb forge obj=agreement|accord|deal|compromise|settlement|consensus|understanding tgt=obl:with|obj>nmod:with
057 verb broker obj=agreement|accord|deal|compromise|settlement|consensus|understanding tgt=obl:with|obj>nmod:with
057 verb ratify obj=treaty|agreement|accord|convention|pact|protocol|charter tgt=obj>nmod:with
057 verb approve obj=treaty|agreement|accord|convention|pact|protocol|charter tgt=obj>nmod:with
057 verb adopt obj=treaty|agreement|accord|convention|pact|protocol|charter tgt=obj>nmod:with
057 verb endorse obj=treaty|agreement|accord|convention|pact|protocol|charter tgt=obj>nmod:with
057 verb sign obl:with=* tgt=obl:with
057 verb agree obl:on=deal|plan|framework|text|terms|agreement tgt=obl:with
057 noun signing nmod:of=agreement|accord|treaty|deal|pact|memorandum|protocol|convention|charter|declaration|communique|contract|compact|understanding|framework|armistice tgt=nmod:of>nmod:with
