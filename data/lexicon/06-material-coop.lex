# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 06 — engage in material cooperation

# 060 material cooperation, unspecified
060 verb cooperate tgt=obl:with
060 verb collaborate tgt=obl:with
060 verb partner tgt=obl:with
060 verb team prt=up tgt=obl:with
060 verb join prt=forces tgt=obl:with
060 verb work obl:with=* advmod=together|closely tgt=obl:with
060 verb launch obj=partnership|venture|joint_venture|initiative|project|program|programme|consortium tgt=obl:with|obj>nmod:with
060 verb start obj=partnership|venture|joint_venture|initiative|project|program|programme|consortium tgt=obl:with|obj>nmod:with
060 verb form obj=partnership|venture|joint_venture|initiative|project|program|programme|consortium tgt=obl:with|obj>nmod:with
060 verb establish obj=partnership|venture|joint_venture|initiative|project|program|programme|consortium tgt=obl:with|obj>nmod:with
060 verb create obj=partnership|venture|joint_venture|initiative|project|program|programme|consortium tgt=obl:with|obj>nmod:with
060 verb set prt=up obj=partnership|venture|joint_venture|initiative|project|program|programme|consortium tgt=obl:with|obj>nmod:with
060 noun cooperation tgt=nmod:with|nmod:between
060 noun collaboration tgt=nmod:with|nmod:between
060 noun partnership tgt=nmod:with|nmod:between

# 061 cooperate economically
# Signing an agreement is 057 whatever the agreement is about (CAMEO usage note), so no "sign" lines here.
061 verb trade tgt=obl:with
061 verb invest tgt=obl:in
061 verb expand obj=trade|investment|trade_deal|trade_agreement|free_trade_agreement|pipeline tgt=obl:with|obj>nmod:with
061 verb boost obj=trade|investment|trade_deal|trade_agreement|free_trade_agreement|pipeline tgt=obl:with|obj>nmod:with
061 verb open obj=trade|investment|trade_deal|trade_agreement|free_trade_agreement|pipeline tgt=obl:with|obj>nmod:with
061 verb buy obj=oil|gas|grain|wheat|coal|goods|product|export|energy|crude|lng tgt=obl:from
061 verb purchase obj=oil|gas|grain|wheat|coal|goods|product|export|energy|crude|lng tgt=obl:from
061 verb import obj=oil|gas|grain|wheat|coal|goods|product|export|energy|crude|lng tgt=obl:from
061 verb sell obj=oil|gas|grain|wheat|coal|goods|energy|crude|lng tgt=obl:to|iobj
061 verb export obj=oil|gas|grain|wheat|coal|goods|energy|crude|lng tgt=obl:to|iobj
061 verb supply obj=oil|gas|grain|wheat|coal|goods|energy|crude|lng tgt=obl:to|iobj
061 verb build obj=pipeline|railway|port|road|bridge|plant|infrastructure|dam|factory|corridor tgt=obl:in|obl:for
061 verb construct obj=pipeline|railway|port|road|bridge|plant|infrastructure|dam|factory|corridor tgt=obl:in|obl:for
061 verb finance obj=pipeline|railway|port|road|bridge|plant|infrastructure|dam|factory|corridor tgt=obl:in|obl:for
061 verb develop obj=pipeline|railway|port|road|bridge|plant|infrastructure|dam|factory|corridor tgt=obl:in|obl:for
061 verb cooperate advmod=economically|commercially tgt=obl:with
061 verb collaborate advmod=economically|commercially tgt=obl:with
061 verb lift obj=market tgt=obl:to
061 verb open obj=market tgt=obl:to
061 noun trade tgt=nmod:with|nmod:between
061 noun investment tgt=nmod:with|nmod:between
061 noun commerce tgt=nmod:with|nmod:between
061 noun cooperation amod=economic|commercial|trade|energy|financial tgt=nmod:with|nmod:between
061 noun partnership amod=economic|commercial|trade|energy|financial tgt=nmod:with|nmod:between

# 062 cooperate militarily
062 verb hold obj=exercise|drill|maneuver|manoeuvre|patrol|war_game obl:with=* tgt=obl:with
062 verb conduct obj=exercise|drill|maneuver|manoeuvre|patrol|war_game obl:with=* tgt=obl:with
062 verb stage obj=exercise|drill|maneuver|manoeuvre|patrol|war_game obl:with=* tgt=obl:with
062 verb carry prt=out obj=exercise|drill|maneuver|manoeuvre|patrol|war_game obl:with=* tgt=obl:with
062 verb hold obj=joint_exercise|joint_drill|joint_patrol|joint_maneuver tgt=obl:with|obj>nmod:with
062 verb undertake obj=joint_exercise|joint_drill|joint_patrol|joint_maneuver|joint_military_exercise|joint_war_game tgt=obl:with|obj>nmod:with
062 verb conduct obj=joint_exercise|joint_drill|joint_patrol|joint_maneuver|joint_military_exercise|joint_war_game tgt=obl:with|obj>nmod:with
062 verb stage obj=joint_exercise|joint_drill|joint_patrol|joint_maneuver|joint_military_exercise|joint_war_game tgt=obl:with|obj>nmod:with
062 verb launch obj=joint_exercise|joint_drill|joint_patrol|joint_maneuver|joint_military_exercise|joint_war_game tgt=obl:with|obj>nmod:with
061 verb drop obj=trade_barrier|barrier|tariff|trade_restriction|import_duty|quota tgt=obl:on|obj>nmod:to|obj>nmod:on
061 verb remove obj=trade_barrier|barrier|tariff|trade_restriction|import_duty|quota tgt=obl:on|obj>nmod:to|obj>nmod:on
061 verb lower obj=trade_barrier|barrier|tariff|trade_restriction|import_duty|quota tgt=obl:on|obj>nmod:to|obj>nmod:on
061 verb dismantle obj=trade_barrier|barrier|tariff|trade_restriction|import_duty|quota tgt=obl:on|obj>nmod:to|obj>nmod:on
061 verb scrap obj=trade_barrier|barrier|tariff|trade_restriction|import_duty|quota tgt=obl:on|obj>nmod:to|obj>nmod:on
061 verb cut obj=trade_barrier|barrier|tariff|trade_restriction|import_duty|quota tgt=obl:on|obj>nmod:to|obj>nmod:on
062 verb conduct obj=joint_exercise|joint_drill|joint_patrol|joint_maneuver tgt=obl:with|obj>nmod:with
062 verb stage obj=joint_exercise|joint_drill|joint_patrol|joint_maneuver tgt=obl:with|obj>nmod:with
062 verb train obj=troops|soldier|force|army|officer|pilot|police tgt=obj
062 verb cooperate advmod=militarily tgt=obl:with
062 verb base obj=troops|force|soldier|base|jet|warship|missile obl:in=* tgt=obl:in
062 verb station obj=troops|force|soldier|base|jet|warship|missile obl:in=* tgt=obl:in
062 verb host obj=troops|force|soldier|base|jet|warship|missile obl:in=* tgt=obl:in
062 noun exercise amod=joint|military|naval|combined tgt=nmod:with|nmod:between
062 noun drill amod=joint|military|naval|combined tgt=nmod:with|nmod:between
062 noun maneuver amod=joint|military|naval|combined tgt=nmod:with|nmod:between
062 noun war_game amod=joint|military|naval|combined tgt=nmod:with|nmod:between
062 noun cooperation amod=military|defense|defence|security tgt=nmod:with|nmod:between
062 noun alliance amod=military|defense|defence|security tgt=nmod:with|nmod:between

# 063 judicial cooperation
063 verb extradite tgt=obl:to
063 verb hand prt=over obj=suspect|fugitive|accused|criminal|defendant tgt=obl:to
063 verb turn prt=over obj=suspect|fugitive|accused|criminal|defendant tgt=obl:to
063 verb assist obl:in=investigation|prosecution|inquiry|probe tgt=obj
063 verb cooperate obl:with=investigation|prosecution|court|tribunal|inquiry|probe tgt=obl:with
063 noun extradition tgt=nmod:to

# 064 share intelligence or information
064 verb share obj=intelligence|information|data|evidence|document|finding|file tgt=obl:with|obl:to|iobj
064 verb exchange obj=intelligence|information|data|evidence|document|finding|file tgt=obl:with|obl:to|iobj
064 verb pass obj=intelligence|information|data|evidence|document|finding|file tgt=obl:with|obl:to|iobj
064 verb provide obj=intelligence|information|data|evidence|document|finding|file tgt=obl:with|obl:to|iobj
064 verb hand prt=over obj=intelligence|information|data|evidence|document|finding|file tgt=obl:with|obl:to|iobj
064 verb tip prt=off tgt=obj
064 noun intelligence_sharing tgt=nmod:with|nmod:between
064 noun information_sharing tgt=nmod:with|nmod:between
063 verb hand prt=over obj=national|citizen|bomber|militant|terrorist|killer|murderer|culprit|perpetrator|fugitive tgt=obl:to|iobj
060 verb set prt=up obj=center|centre|fund|facility|mechanism|zone|office|bank tgt=obl:with|obj>nmod:with
