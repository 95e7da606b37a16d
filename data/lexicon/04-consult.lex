# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 04 — consult: meetings, visits, calls, mediation, negotiation

# 040 consult, meet, talk. 044 (meet at a third location) is not written here: the coder refines 040 to 044 when the meeting's place (obl:in / nmod:in resolved by the gazetteer) is in neither actor's country.
040 verb meet tgt=obl:with|obj
040 verb confer tgt=obl:with|obj
040 verb consult tgt=obl:with|obj
040 verb talk tgt=obl:with|obj
040 verb parley tgt=obl:with|obj
040 verb discuss tgt=obl:with
040 verb hold obj=talk|meeting|consultation|discussion|conversation|dialogue|summit|session|round tgt=obl:with|obj>nmod:with
040 verb have obj=talk|meeting|consultation|discussion|conversation|dialogue|summit|session|round tgt=obl:with|obj>nmod:with
040 verb conduct obj=talk|meeting|consultation|discussion|conversation|dialogue|summit|session|round tgt=obl:with|obj>nmod:with
040 verb sit prt=down obl:with=* tgt=obl:with
040 verb engage obl:in=talk|dialogue|consultation|discussion tgt=obl:with|obl:in>nmod:with
040 verb exchange obj=view|opinion|idea tgt=obl:with
040 verb meet obl:with=* tgt=obl:with
040 verb convene obj=meeting|summit|session|conference tgt=-
040 verb attend obj=meeting|summit|talk|conference|session|forum tgt=obj>nmod:with
040 verb join obj=meeting|summit|talk|conference|session|forum tgt=obj>nmod:with
040 verb huddle tgt=obl:with
040 verb debrief tgt=obj
040 noun meeting tgt=nmod:with|nmod:between
040 noun talk tgt=nmod:with|nmod:between
040 noun summit tgt=nmod:with|nmod:between
040 noun consultation tgt=nmod:with|nmod:between
040 noun discussion tgt=nmod:with|nmod:between
040 noun conversation tgt=nmod:with|nmod:between
040 noun dialogue tgt=nmod:with|nmod:between
040 noun encounter tgt=nmod:with|nmod:between
040 noun tete-a-tete tgt=nmod:with|nmod:between
040 noun get-together tgt=nmod:with|nmod:between
040 noun session tgt=nmod:with|nmod:between
040 noun conference tgt=nmod:with|nmod:between
040 noun parley tgt=nmod:with|nmod:between
040 noun meeting amod=secret|bilateral|trilateral|private|closed-door|informal tgt=nmod:with|nmod:between

# 041 discuss by telephone
041 verb phone tgt=obj
041 verb telephone tgt=obj
041 verb ring tgt=obj
041 verb call obj=* tgt=obj
041 verb speak obl:by=phone|telephone|videoconference|video|hotline tgt=obl:with|obl:to
041 verb talk obl:by=phone|telephone|videoconference|video|hotline tgt=obl:with|obl:to
041 verb speak obl:over=phone|telephone tgt=obl:with|obl:to
041 verb talk obl:over=phone|telephone tgt=obl:with|obl:to
041 verb hold obj=call|phone_call|telephone_call|video_call|conversation obj>compound=phone|telephone|video tgt=obl:with|obj>nmod:with
041 verb have obj=call|phone_call|telephone_call|video_call|conversation obj>compound=phone|telephone|video tgt=obl:with|obj>nmod:with
041 verb make obj=call|phone_call|telephone_call|video_call|conversation obj>compound=phone|telephone|video tgt=obl:with|obj>nmod:with
041 verb place obj=call|phone_call|telephone_call|video_call|conversation obj>compound=phone|telephone|video tgt=obl:with|obj>nmod:with
041 verb hold obj=phone_call|telephone_call|video_call|call tgt=obl:with|obl:to|obj>nmod:with
041 verb have obj=phone_call|telephone_call|video_call|call tgt=obl:with|obl:to|obj>nmod:with
041 verb make obj=phone_call|telephone_call|video_call|call tgt=obl:with|obl:to|obj>nmod:with
041 verb place obj=phone_call|telephone_call|video_call|call tgt=obl:with|obl:to|obj>nmod:with
041 verb videoconference tgt=obl:with
041 noun phone_call compound=phone|telephone|video tgt=nmod:with|nmod:to
041 noun telephone_call compound=phone|telephone|video tgt=nmod:with|nmod:to
041 noun video_call compound=phone|telephone|video tgt=nmod:with|nmod:to
041 noun call compound=phone|telephone|video tgt=nmod:with|nmod:to
041 noun conversation compound=phone|telephone|video tgt=nmod:with|nmod:to
041 noun phone_call tgt=nmod:with|nmod:to
041 noun telephone_call tgt=nmod:with|nmod:to
041 noun video_call tgt=nmod:with|nmod:to

# 042 make a visit: the visitor is the source, the host (place or government) the target
042 verb visit tgt=obj
042 verb tour tgt=obj
042 verb travel obl:to=* tgt=obl:to
042 verb fly obl:to=* tgt=obl:to
042 verb go obl:to=* tgt=obl:to
042 verb head obl:to=* tgt=obl:to
042 verb arrive obl:to=* tgt=obl:to
042 verb come obl:to=* tgt=obl:to
042 verb journey obl:to=* tgt=obl:to
042 verb jet obl:to=* tgt=obl:to
042 verb arrive obl:in=* tgt=obl:in
042 verb land obl:in=* tgt=obl:in
042 verb pay obj=visit|trip|call|pilgrimage|tour tgt=obl:to|obj>nmod:to
042 verb make obj=visit|trip|call|pilgrimage|tour tgt=obl:to|obj>nmod:to
042 verb undertake obj=visit|trip|call|pilgrimage|tour tgt=obl:to|obj>nmod:to
042 verb embark obl:on=visit|trip|tour tgt=obl:on>nmod:to
042 verb begin obj=visit|trip|tour tgt=obj>nmod:to|obl:to|obl:in
042 verb start obj=visit|trip|tour tgt=obj>nmod:to|obl:to|obl:in
042 verb conclude obj=visit|trip|tour tgt=obj>nmod:to|obl:to|obl:in
042 verb wrap prt=up obj=visit|trip|tour tgt=obj>nmod:to|obl:to|obl:in
042 verb end obj=visit|trip|tour tgt=obj>nmod:to|obl:to|obl:in
042 verb stop obl:in=* tgt=obl:in
042 verb drop prt=by tgt=obj|obl:at
042 verb stop prt=by tgt=obj|obl:at
042 noun visit tgt=nmod:to|nmod:in
042 noun trip tgt=nmod:to|nmod:in
042 noun tour tgt=nmod:to|nmod:in
042 noun journey tgt=nmod:to|nmod:in
042 noun stopover tgt=nmod:to|nmod:in
042 noun pilgrimage tgt=nmod:to|nmod:in
042 noun visit amod=official|state|surprise|secret|first|historic tgt=nmod:to|nmod:in

# 043 host a visit: the host is the source, the visitor the target
043 verb host tgt=obj
043 verb receive tgt=obj
043 verb welcome tgt=obj
043 verb greet tgt=obj
043 verb roll prt=out obj=carpet tgt=obl:for
043 verb play obj=host tgt=obl:to
043 verb invite obl:to=* xcomp=visit|come tgt=obj
043 noun host tgt=nmod:of|nmod:to

# 045 mediate
045 verb mediate tgt=obl:between|obj
045 verb arbitrate tgt=obl:between|obj
045 verb broker obj=talk|deal|agreement|ceasefire|truce|accord|negotiation|settlement|peace tgt=obj>nmod:between|obl:between
045 verb facilitate obj=talk|deal|agreement|ceasefire|truce|accord|negotiation|settlement|peace tgt=obj>nmod:between|obl:between
045 verb act obl:as=mediator|intermediary|go-between|broker|facilitator|interlocutor tgt=obl:between|obl:as>nmod:between
045 verb serve obl:as=mediator|intermediary|go-between|broker|facilitator|interlocutor tgt=obl:between|obl:as>nmod:between
045 verb shuttle obl:between=* tgt=obl:between
045 noun mediation tgt=nmod:between
045 noun arbitration tgt=nmod:between
045 noun mediator tgt=nmod:between
045 noun intermediary tgt=nmod:between
045 noun go-between tgt=nmod:between

# 046 engage in negotiation
046 verb negotiate tgt=obl:with
046 verb bargain tgt=obl:with
046 verb haggle tgt=obl:with
046 verb hold obj=negotiation tgt=obl:with|obj>nmod:with
046 verb conduct obj=negotiation tgt=obl:with|obj>nmod:with
046 verb open obj=negotiation tgt=obl:with|obj>nmod:with
046 verb resume obj=negotiation tgt=obl:with|obj>nmod:with
046 verb begin obj=negotiation tgt=obl:with|obj>nmod:with
046 verb start obj=negotiation tgt=obl:with|obj>nmod:with
046 verb launch obj=negotiation tgt=obl:with|obj>nmod:with
046 verb continue obj=negotiation tgt=obl:with|obj>nmod:with
046 verb resume obj=talk|dialogue tgt=obl:with|obj>nmod:with
046 verb restart obj=talk|dialogue tgt=obl:with|obj>nmod:with
046 verb reopen obj=talk|dialogue tgt=obl:with|obj>nmod:with
046 verb revive obj=talk|dialogue tgt=obl:with|obj>nmod:with
046 verb enter obl:into=negotiation|talk tgt=obl:into>nmod:with|obl:with
046 verb return obl:to=table|negotiation|talk tgt=obl:with
046 noun negotiation tgt=nmod:with|nmod:between
046 noun bargaining tgt=nmod:with|nmod:between
046 noun talk amod=peace|nuclear|trade|ceasefire|direct|indirect tgt=nmod:with|nmod:between
046 noun talk compound=peace|trade|ceasefire|nuclear|border|denuclearization|denuclearisation tgt=nmod:with|nmod:between
