# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 03 — express intent to cooperate (promises, offers, pledges)

# 030 generic intent
030 verb pledge xcomp=cooperate|work|help|support|collaborate tgt=xcomp>obl:with|xcomp>obj
030 verb promise xcomp=cooperate|work|help|support|collaborate tgt=xcomp>obl:with|xcomp>obj
030 verb vow xcomp=cooperate|work|help|support|collaborate tgt=xcomp>obl:with|xcomp>obj
030 verb offer xcomp=cooperate|work|help|support|collaborate tgt=xcomp>obl:with|xcomp>obj
030 verb undertake xcomp=cooperate|work|help|support|collaborate tgt=xcomp>obl:with|xcomp>obj
030 verb commit obl:to=cooperation|partnership|relationship|dialogue tgt=obl:to>nmod:with
030 adj willing xcomp=cooperate|work|help|collaborate tgt=xcomp>obl:with|xcomp>obj
030 adj ready xcomp=cooperate|work|help|collaborate tgt=xcomp>obl:with|xcomp>obj
030 adj prepared xcomp=cooperate|work|help|collaborate tgt=xcomp>obl:with|xcomp>obj
030 adj eager xcomp=cooperate|work|help|collaborate tgt=xcomp>obl:with|xcomp>obj
030 adj keen xcomp=cooperate|work|help|collaborate tgt=xcomp>obl:with|xcomp>obj
030 adj determined xcomp=cooperate|work|help|collaborate tgt=xcomp>obl:with|xcomp>obj
030 adj committed xcomp=cooperate|work|help|collaborate tgt=xcomp>obl:with|xcomp>obj
030 noun pledge tgt=nmod:to
030 noun promise tgt=nmod:to
030 noun offer tgt=nmod:to
030 noun commitment tgt=nmod:to

# 031 intent: coop
031 verb pledge obj=cooperation|collaboration|partnership|help tgt=obl:to|iobj|obj>nmod:to|obl:for
031 verb promise obj=cooperation|collaboration|partnership|help tgt=obl:to|iobj|obj>nmod:to|obl:for
031 verb offer obj=cooperation|collaboration|partnership|help tgt=obl:to|iobj|obj>nmod:to|obl:for
031 verb commit obl:to=cooperation|collaboration|partnership|help tgt=obl:to>nmod:with|obl:to>nmod:to
031 verb pledge xcomp=cooperate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 verb promise xcomp=cooperate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 verb vow xcomp=cooperate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 verb offer xcomp=cooperate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 verb agree xcomp=cooperate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 verb undertake xcomp=cooperate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 adj willing xcomp=cooperate tgt=xcomp>obj|xcomp>obl:with
031 adj ready xcomp=cooperate tgt=xcomp>obj|xcomp>obl:with
031 adj prepared xcomp=cooperate tgt=xcomp>obj|xcomp>obl:with
031 adj eager xcomp=cooperate tgt=xcomp>obj|xcomp>obl:with
031 verb pledge xcomp=collaborate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 verb promise xcomp=collaborate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 verb vow xcomp=collaborate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 verb offer xcomp=collaborate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 verb agree xcomp=collaborate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 verb undertake xcomp=collaborate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 adj willing xcomp=collaborate tgt=xcomp>obj|xcomp>obl:with
031 adj ready xcomp=collaborate tgt=xcomp>obj|xcomp>obl:with
031 adj prepared xcomp=collaborate tgt=xcomp>obj|xcomp>obl:with
031 adj eager xcomp=collaborate tgt=xcomp>obj|xcomp>obl:with
031 verb pledge xcomp=work tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 verb promise xcomp=work tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 verb vow xcomp=work tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 verb offer xcomp=work tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 verb agree xcomp=work tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 verb undertake xcomp=work tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
031 adj willing xcomp=work tgt=xcomp>obj|xcomp>obl:with
031 adj ready xcomp=work tgt=xcomp>obj|xcomp>obl:with
031 adj prepared xcomp=work tgt=xcomp>obj|xcomp>obl:with
031 adj eager xcomp=work tgt=xcomp>obj|xcomp>obl:with
031 adj open obl:to=cooperation|collaboration|partnership|help tgt=-
031 noun pledge nmod:of=cooperation|collaboration|partnership|help tgt=nmod:to
031 noun promise nmod:of=cooperation|collaboration|partnership|help tgt=nmod:to
031 noun offer nmod:of=cooperation|collaboration|partnership|help tgt=nmod:to

# 0311 intent: econco
0311 verb pledge obj=trade|investment|economic_cooperation|trade_deal|commerce tgt=obl:to|iobj|obj>nmod:to|obl:for
0311 verb promise obj=trade|investment|economic_cooperation|trade_deal|commerce tgt=obl:to|iobj|obj>nmod:to|obl:for
0311 verb offer obj=trade|investment|economic_cooperation|trade_deal|commerce tgt=obl:to|iobj|obj>nmod:to|obl:for
0311 verb commit obl:to=trade|investment|economic_cooperation|trade_deal|commerce tgt=obl:to>nmod:with|obl:to>nmod:to
0311 verb pledge xcomp=trade tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0311 verb promise xcomp=trade tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0311 verb vow xcomp=trade tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0311 verb offer xcomp=trade tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0311 verb agree xcomp=trade tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0311 verb undertake xcomp=trade tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0311 adj willing xcomp=trade tgt=xcomp>obj|xcomp>obl:with
0311 adj ready xcomp=trade tgt=xcomp>obj|xcomp>obl:with
0311 adj prepared xcomp=trade tgt=xcomp>obj|xcomp>obl:with
0311 adj eager xcomp=trade tgt=xcomp>obj|xcomp>obl:with
0311 verb pledge xcomp=invest tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0311 verb promise xcomp=invest tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0311 verb vow xcomp=invest tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0311 verb offer xcomp=invest tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0311 verb agree xcomp=invest tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0311 verb agree obl:on=trade_pact|trade_deal|trade_agreement|free_trade_agreement|free_trade_pact|economic_pact|investment_deal tgt=obl:with|obl:on>nmod:between
0311 verb agree obl:upon=trade_pact|trade_deal|trade_agreement|free_trade_agreement|free_trade_pact|economic_pact|investment_deal tgt=obl:with|obl:upon>nmod:between
0311 verb undertake xcomp=invest tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0311 adj willing xcomp=invest tgt=xcomp>obj|xcomp>obl:with
0311 adj ready xcomp=invest tgt=xcomp>obj|xcomp>obl:with
0311 adj prepared xcomp=invest tgt=xcomp>obj|xcomp>obl:with
0311 adj eager xcomp=invest tgt=xcomp>obj|xcomp>obl:with
0311 adj open obl:to=trade|investment|economic_cooperation|trade_deal|commerce tgt=-
0311 noun pledge nmod:of=trade|investment|economic_cooperation|trade_deal|commerce tgt=nmod:to
0311 noun promise nmod:of=trade|investment|economic_cooperation|trade_deal|commerce tgt=nmod:to
0311 noun offer nmod:of=trade|investment|economic_cooperation|trade_deal|commerce tgt=nmod:to

# 0312 intent: milco
0312 verb pledge obj=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obl:to|iobj|obj>nmod:to|obl:for
0312 verb promise obj=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obl:to|iobj|obj>nmod:to|obl:for
0312 verb offer obj=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obl:to|iobj|obj>nmod:to|obl:for
0312 verb commit obl:to=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=obl:to>nmod:with|obl:to>nmod:to
0312 verb pledge xcomp=ally tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0312 verb promise xcomp=ally tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0312 verb vow xcomp=ally tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0312 verb offer xcomp=ally tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0312 verb agree xcomp=ally tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0312 verb undertake xcomp=ally tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0312 adj willing xcomp=ally tgt=xcomp>obj|xcomp>obl:with
0312 adj ready xcomp=ally tgt=xcomp>obj|xcomp>obl:with
0312 adj prepared xcomp=ally tgt=xcomp>obj|xcomp>obl:with
0312 adj eager xcomp=ally tgt=xcomp>obj|xcomp>obl:with
0312 verb pledge xcomp=cooperate xcomp>advmod=militarily tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0312 verb promise xcomp=cooperate xcomp>advmod=militarily tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0312 verb vow xcomp=cooperate xcomp>advmod=militarily tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0312 verb offer xcomp=cooperate xcomp>advmod=militarily tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0312 verb agree xcomp=cooperate xcomp>advmod=militarily tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0312 verb undertake xcomp=cooperate xcomp>advmod=militarily tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0312 adj willing xcomp=cooperate xcomp>advmod=militarily tgt=xcomp>obj|xcomp>obl:with
0312 adj ready xcomp=cooperate xcomp>advmod=militarily tgt=xcomp>obj|xcomp>obl:with
0312 adj prepared xcomp=cooperate xcomp>advmod=militarily tgt=xcomp>obj|xcomp>obl:with
0312 adj eager xcomp=cooperate xcomp>advmod=militarily tgt=xcomp>obj|xcomp>obl:with
0312 adj open obl:to=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=-
0312 noun pledge nmod:of=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=nmod:to
0312 noun promise nmod:of=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=nmod:to
0312 noun offer nmod:of=military_cooperation|alliance|defence_cooperation|defense_cooperation|security_cooperation tgt=nmod:to

# 0313 intent: judco
0313 verb pledge obj=extradition|legal_assistance|judicial_cooperation tgt=obl:to|iobj|obj>nmod:to|obl:for
0313 verb promise obj=extradition|legal_assistance|judicial_cooperation tgt=obl:to|iobj|obj>nmod:to|obl:for
0313 verb offer obj=extradition|legal_assistance|judicial_cooperation tgt=obl:to|iobj|obj>nmod:to|obl:for
0313 verb commit obl:to=extradition|legal_assistance|judicial_cooperation tgt=obl:to>nmod:with|obl:to>nmod:to
0313 verb pledge xcomp=extradite tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0313 verb promise xcomp=extradite tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0313 verb vow xcomp=extradite tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0313 verb offer xcomp=extradite tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0313 verb agree xcomp=extradite tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0313 verb undertake xcomp=extradite tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0313 adj willing xcomp=extradite tgt=xcomp>obj|xcomp>obl:with
0313 adj ready xcomp=extradite tgt=xcomp>obj|xcomp>obl:with
0313 adj prepared xcomp=extradite tgt=xcomp>obj|xcomp>obl:with
0313 adj eager xcomp=extradite tgt=xcomp>obj|xcomp>obl:with
0313 verb pledge xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0313 verb promise xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0313 verb vow xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0313 verb offer xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0313 verb agree xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0313 verb undertake xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0313 adj willing xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0313 adj ready xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0313 adj prepared xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0313 adj eager xcomp=hand xcomp>compound:prt=over xcomp>obj=suspect|fugitive tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0313 adj open obl:to=extradition|legal_assistance|judicial_cooperation tgt=-
0313 noun pledge nmod:of=extradition|legal_assistance|judicial_cooperation tgt=nmod:to
0313 noun promise nmod:of=extradition|legal_assistance|judicial_cooperation tgt=nmod:to
0313 noun offer nmod:of=extradition|legal_assistance|judicial_cooperation tgt=nmod:to

# 0314 intent: intel
0314 verb pledge obj=intelligence|information|intelligence_sharing tgt=obl:to|iobj|obj>nmod:to|obl:for
0314 verb promise obj=intelligence|information|intelligence_sharing tgt=obl:to|iobj|obj>nmod:to|obl:for
0314 verb offer obj=intelligence|information|intelligence_sharing tgt=obl:to|iobj|obj>nmod:to|obl:for
0314 verb commit obl:to=intelligence|information|intelligence_sharing tgt=obl:to>nmod:with|obl:to>nmod:to
0314 verb pledge xcomp=share xcomp>obj=intelligence|information|data tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0314 verb promise xcomp=share xcomp>obj=intelligence|information|data tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0314 verb vow xcomp=share xcomp>obj=intelligence|information|data tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0314 verb offer xcomp=share xcomp>obj=intelligence|information|data tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0314 verb agree xcomp=share xcomp>obj=intelligence|information|data tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0314 verb undertake xcomp=share xcomp>obj=intelligence|information|data tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0314 adj willing xcomp=share xcomp>obj=intelligence|information|data tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0314 adj ready xcomp=share xcomp>obj=intelligence|information|data tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0314 adj prepared xcomp=share xcomp>obj=intelligence|information|data tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0314 adj eager xcomp=share xcomp>obj=intelligence|information|data tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0314 adj open obl:to=intelligence|information|intelligence_sharing tgt=-
0314 noun pledge nmod:of=intelligence|information|intelligence_sharing tgt=nmod:to
0314 noun promise nmod:of=intelligence|information|intelligence_sharing tgt=nmod:to
0314 noun offer nmod:of=intelligence|information|intelligence_sharing tgt=nmod:to

# 032 intent: dipl
032 verb pledge obj=support|backing|recognition|endorsement|solidarity tgt=obl:to|iobj|obj>nmod:to|obl:for
032 verb promise obj=support|backing|recognition|endorsement|solidarity tgt=obl:to|iobj|obj>nmod:to|obl:for
032 verb offer obj=support|backing|recognition|endorsement|solidarity tgt=obl:to|iobj|obj>nmod:to|obl:for
032 verb commit obl:to=support|backing|recognition|endorsement|solidarity tgt=obl:to>nmod:with|obl:to>nmod:to
032 verb pledge xcomp=support tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb promise xcomp=support tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb vow xcomp=support tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb offer xcomp=support tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb agree xcomp=support tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb undertake xcomp=support tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 adj willing xcomp=support tgt=xcomp>obj|xcomp>obl:with
032 adj ready xcomp=support tgt=xcomp>obj|xcomp>obl:with
032 adj prepared xcomp=support tgt=xcomp>obj|xcomp>obl:with
032 adj eager xcomp=support tgt=xcomp>obj|xcomp>obl:with
032 verb pledge xcomp=back tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb promise xcomp=back tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb vow xcomp=back tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb offer xcomp=back tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb agree xcomp=back tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb undertake xcomp=back tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 adj willing xcomp=back tgt=xcomp>obj|xcomp>obl:with
032 adj ready xcomp=back tgt=xcomp>obj|xcomp>obl:with
032 adj prepared xcomp=back tgt=xcomp>obj|xcomp>obl:with
032 adj eager xcomp=back tgt=xcomp>obj|xcomp>obl:with
032 verb pledge xcomp=recognize tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb promise xcomp=recognize tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb vow xcomp=recognize tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb offer xcomp=recognize tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb agree xcomp=recognize tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb undertake xcomp=recognize tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 adj willing xcomp=recognize tgt=xcomp>obj|xcomp>obl:with
032 adj ready xcomp=recognize tgt=xcomp>obj|xcomp>obl:with
032 adj prepared xcomp=recognize tgt=xcomp>obj|xcomp>obl:with
032 adj eager xcomp=recognize tgt=xcomp>obj|xcomp>obl:with
032 verb pledge xcomp=recognise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb promise xcomp=recognise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb vow xcomp=recognise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb offer xcomp=recognise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb agree xcomp=recognise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb undertake xcomp=recognise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 adj willing xcomp=recognise tgt=xcomp>obj|xcomp>obl:with
032 adj ready xcomp=recognise tgt=xcomp>obj|xcomp>obl:with
032 adj prepared xcomp=recognise tgt=xcomp>obj|xcomp>obl:with
032 adj eager xcomp=recognise tgt=xcomp>obj|xcomp>obl:with
032 verb pledge xcomp=endorse tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb promise xcomp=endorse tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb vow xcomp=endorse tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb offer xcomp=endorse tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb agree xcomp=endorse tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 verb undertake xcomp=endorse tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
032 adj willing xcomp=endorse tgt=xcomp>obj|xcomp>obl:with
032 adj ready xcomp=endorse tgt=xcomp>obj|xcomp>obl:with
032 adj prepared xcomp=endorse tgt=xcomp>obj|xcomp>obl:with
032 adj eager xcomp=endorse tgt=xcomp>obj|xcomp>obl:with
032 adj open obl:to=support|backing|recognition|endorsement|solidarity tgt=-
032 noun pledge nmod:of=support|backing|recognition|endorsement|solidarity tgt=nmod:to
032 noun promise nmod:of=support|backing|recognition|endorsement|solidarity tgt=nmod:to
032 noun offer nmod:of=support|backing|recognition|endorsement|solidarity tgt=nmod:to

# 033 intent: aid
033 verb pledge obj=aid|assistance|help tgt=obl:to|iobj|obj>nmod:to|obl:for
033 verb promise obj=aid|assistance|help tgt=obl:to|iobj|obj>nmod:to|obl:for
033 verb offer obj=aid|assistance|help tgt=obl:to|iobj|obj>nmod:to|obl:for
033 verb commit obl:to=aid|assistance|help tgt=obl:to>nmod:with|obl:to>nmod:to
033 verb pledge xcomp=help tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 verb promise xcomp=help tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 verb vow xcomp=help tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 verb offer xcomp=help tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 verb agree xcomp=help tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 verb undertake xcomp=help tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 adj willing xcomp=help tgt=xcomp>obj|xcomp>obl:with
033 adj ready xcomp=help tgt=xcomp>obj|xcomp>obl:with
033 adj prepared xcomp=help tgt=xcomp>obj|xcomp>obl:with
033 adj eager xcomp=help tgt=xcomp>obj|xcomp>obl:with
033 verb pledge xcomp=assist tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 verb promise xcomp=assist tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 verb vow xcomp=assist tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 verb offer xcomp=assist tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 verb agree xcomp=assist tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 verb undertake xcomp=assist tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 adj willing xcomp=assist tgt=xcomp>obj|xcomp>obl:with
033 adj ready xcomp=assist tgt=xcomp>obj|xcomp>obl:with
033 adj prepared xcomp=assist tgt=xcomp>obj|xcomp>obl:with
033 adj eager xcomp=assist tgt=xcomp>obj|xcomp>obl:with
033 verb pledge xcomp=aid tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 verb promise xcomp=aid tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 verb vow xcomp=aid tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 verb offer xcomp=aid tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 verb agree xcomp=aid tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 verb undertake xcomp=aid tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
033 adj willing xcomp=aid tgt=xcomp>obj|xcomp>obl:with
033 adj ready xcomp=aid tgt=xcomp>obj|xcomp>obl:with
033 adj prepared xcomp=aid tgt=xcomp>obj|xcomp>obl:with
033 adj eager xcomp=aid tgt=xcomp>obj|xcomp>obl:with
033 adj open obl:to=aid|assistance|help tgt=-
033 noun pledge nmod:of=aid|assistance|help tgt=nmod:to
033 noun promise nmod:of=aid|assistance|help tgt=nmod:to
033 noun offer nmod:of=aid|assistance|help tgt=nmod:to

# 0331 intent: econaid
0331 verb pledge obj=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obj>nmod:to|obl:for
0331 verb promise obj=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obj>nmod:to|obl:for
0331 verb offer obj=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to|iobj|obj>nmod:to|obl:for
0331 verb commit obl:to=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=obl:to>nmod:with|obl:to>nmod:to
0331 verb pledge xcomp=fund tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 verb promise xcomp=fund tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 verb vow xcomp=fund tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 verb offer xcomp=fund tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 verb agree xcomp=fund tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 verb undertake xcomp=fund tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 adj willing xcomp=fund tgt=xcomp>obj|xcomp>obl:with
0331 adj ready xcomp=fund tgt=xcomp>obj|xcomp>obl:with
0331 adj prepared xcomp=fund tgt=xcomp>obj|xcomp>obl:with
0331 adj eager xcomp=fund tgt=xcomp>obj|xcomp>obl:with
0331 verb pledge xcomp=finance tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 verb promise xcomp=finance tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 verb vow xcomp=finance tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 verb offer xcomp=finance tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 verb agree xcomp=finance tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 verb undertake xcomp=finance tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 adj willing xcomp=finance tgt=xcomp>obj|xcomp>obl:with
0331 adj ready xcomp=finance tgt=xcomp>obj|xcomp>obl:with
0331 adj prepared xcomp=finance tgt=xcomp>obj|xcomp>obl:with
0331 adj eager xcomp=finance tgt=xcomp>obj|xcomp>obl:with
0331 verb pledge xcomp=lend tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 verb promise xcomp=lend tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 verb vow xcomp=lend tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 verb offer xcomp=lend tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 verb agree xcomp=lend tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 verb undertake xcomp=lend tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0331 adj willing xcomp=lend tgt=xcomp>obj|xcomp>obl:with
0331 adj ready xcomp=lend tgt=xcomp>obj|xcomp>obl:with
0331 adj prepared xcomp=lend tgt=xcomp>obj|xcomp>obl:with
0331 adj eager xcomp=lend tgt=xcomp>obj|xcomp>obl:with
0331 adj open obl:to=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=-
0331 noun pledge nmod:of=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=nmod:to
0331 noun promise nmod:of=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=nmod:to
0331 noun offer nmod:of=loan|funding|fund|money|financing|bailout|credit|economic_aid|financial_aid|economic_assistance|financial_assistance|debt_relief tgt=nmod:to

# 0332 intent: milaid
0332 verb pledge obj=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obl:to|iobj|obj>nmod:to|obl:for
0332 verb promise obj=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obl:to|iobj|obj>nmod:to|obl:for
0332 verb offer obj=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obl:to|iobj|obj>nmod:to|obl:for
0332 verb commit obl:to=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=obl:to>nmod:with|obl:to>nmod:to
0332 verb pledge xcomp=arm tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0332 verb promise xcomp=arm tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0332 verb vow xcomp=arm tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0332 verb offer xcomp=arm tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0332 verb agree xcomp=arm tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0332 verb undertake xcomp=arm tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0332 adj willing xcomp=arm tgt=xcomp>obj|xcomp>obl:with
0332 adj ready xcomp=arm tgt=xcomp>obj|xcomp>obl:with
0332 adj prepared xcomp=arm tgt=xcomp>obj|xcomp>obl:with
0332 adj eager xcomp=arm tgt=xcomp>obj|xcomp>obl:with
0332 adj open obl:to=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=-
0332 noun pledge nmod:of=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=nmod:to
0332 noun promise nmod:of=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=nmod:to
0332 noun offer nmod:of=weapon|arm|ammunition|military_aid|military_assistance|missile|tank|jet tgt=nmod:to

# 0333 intent: humaid
0333 verb pledge obj=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obl:to|iobj|obj>nmod:to|obl:for
0333 verb promise obj=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obl:to|iobj|obj>nmod:to|obl:for
0333 verb offer obj=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obl:to|iobj|obj>nmod:to|obl:for
0333 verb commit obl:to=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=obl:to>nmod:with|obl:to>nmod:to
0333 verb pledge xcomp=feed tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0333 verb promise xcomp=feed tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0333 verb vow xcomp=feed tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0333 verb offer xcomp=feed tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0333 verb agree xcomp=feed tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0333 verb undertake xcomp=feed tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0333 adj willing xcomp=feed tgt=xcomp>obj|xcomp>obl:with
0333 adj ready xcomp=feed tgt=xcomp>obj|xcomp>obl:with
0333 adj prepared xcomp=feed tgt=xcomp>obj|xcomp>obl:with
0333 adj eager xcomp=feed tgt=xcomp>obj|xcomp>obl:with
0333 adj open obl:to=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=-
0333 noun pledge nmod:of=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=nmod:to
0333 noun promise nmod:of=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=nmod:to
0333 noun offer nmod:of=food|medicine|relief|humanitarian_aid|humanitarian_assistance|shelter|vaccine|supply tgt=nmod:to

# 0334 intent: pk
0334 verb pledge obj=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obl:to|iobj|obj>nmod:to|obl:for
0334 verb promise obj=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obl:to|iobj|obj>nmod:to|obl:for
0334 verb offer obj=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obl:to|iobj|obj>nmod:to|obl:for
0334 verb commit obl:to=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=obl:to>nmod:with|obl:to>nmod:to
0334 verb pledge xcomp=protect tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0334 verb promise xcomp=protect tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0334 verb vow xcomp=protect tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0334 verb offer xcomp=protect tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0334 verb agree xcomp=protect tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0334 verb undertake xcomp=protect tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0334 adj willing xcomp=protect tgt=xcomp>obj|xcomp>obl:with
0334 adj ready xcomp=protect tgt=xcomp>obj|xcomp>obl:with
0334 adj prepared xcomp=protect tgt=xcomp>obj|xcomp>obl:with
0334 adj eager xcomp=protect tgt=xcomp>obj|xcomp>obl:with
0334 adj open obl:to=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=-
0334 noun pledge nmod:of=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=nmod:to
0334 noun promise nmod:of=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=nmod:to
0334 noun offer nmod:of=peacekeeper|peacekeeping|protection|peacekeeping_force tgt=nmod:to

# 034 intent: reform
034 verb pledge obj=reform|democratization|democratisation|political_reform tgt=obl:to|iobj|obj>nmod:to|obl:for
034 verb promise obj=reform|democratization|democratisation|political_reform tgt=obl:to|iobj|obj>nmod:to|obl:for
034 verb offer obj=reform|democratization|democratisation|political_reform tgt=obl:to|iobj|obj>nmod:to|obl:for
034 verb commit obl:to=reform|democratization|democratisation|political_reform tgt=obl:to>nmod:with|obl:to>nmod:to
034 verb pledge xcomp=reform tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
034 verb promise xcomp=reform tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
034 verb vow xcomp=reform tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
034 verb offer xcomp=reform tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
034 verb agree xcomp=reform tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
034 verb undertake xcomp=reform tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
034 adj willing xcomp=reform tgt=xcomp>obj|xcomp>obl:with
034 adj ready xcomp=reform tgt=xcomp>obj|xcomp>obl:with
034 adj prepared xcomp=reform tgt=xcomp>obj|xcomp>obl:with
034 adj eager xcomp=reform tgt=xcomp>obj|xcomp>obl:with
034 verb pledge xcomp=democratize tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
034 verb promise xcomp=democratize tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
034 verb vow xcomp=democratize tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
034 verb offer xcomp=democratize tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
034 verb agree xcomp=democratize tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
034 verb undertake xcomp=democratize tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
034 adj willing xcomp=democratize tgt=xcomp>obj|xcomp>obl:with
034 adj ready xcomp=democratize tgt=xcomp>obj|xcomp>obl:with
034 adj prepared xcomp=democratize tgt=xcomp>obj|xcomp>obl:with
034 adj eager xcomp=democratize tgt=xcomp>obj|xcomp>obl:with
034 adj open obl:to=reform|democratization|democratisation|political_reform tgt=-
034 noun pledge nmod:of=reform|democratization|democratisation|political_reform tgt=nmod:to
034 noun promise nmod:of=reform|democratization|democratisation|political_reform tgt=nmod:to
034 noun offer nmod:of=reform|democratization|democratisation|political_reform tgt=nmod:to

# 0341 intent: leader
0341 verb pledge obj=resignation|ouster|removal|leadership_change tgt=obl:to|iobj|obj>nmod:to|obl:for
0341 verb promise obj=resignation|ouster|removal|leadership_change tgt=obl:to|iobj|obj>nmod:to|obl:for
0341 verb offer obj=resignation|ouster|removal|leadership_change tgt=obl:to|iobj|obj>nmod:to|obl:for
0341 verb commit obl:to=resignation|ouster|removal|leadership_change tgt=obl:to>nmod:with|obl:to>nmod:to
0341 verb pledge xcomp=resign tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb promise xcomp=resign tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb vow xcomp=resign tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb offer xcomp=resign tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb agree xcomp=resign tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb undertake xcomp=resign tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 adj willing xcomp=resign tgt=xcomp>obj|xcomp>obl:with
0341 adj ready xcomp=resign tgt=xcomp>obj|xcomp>obl:with
0341 adj prepared xcomp=resign tgt=xcomp>obj|xcomp>obl:with
0341 adj eager xcomp=resign tgt=xcomp>obj|xcomp>obl:with
0341 verb pledge xcomp=quit tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb promise xcomp=quit tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb vow xcomp=quit tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb offer xcomp=quit tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb agree xcomp=quit tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb undertake xcomp=quit tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 adj willing xcomp=quit tgt=xcomp>obj|xcomp>obl:with
0341 adj ready xcomp=quit tgt=xcomp>obj|xcomp>obl:with
0341 adj prepared xcomp=quit tgt=xcomp>obj|xcomp>obl:with
0341 adj eager xcomp=quit tgt=xcomp>obj|xcomp>obl:with
0341 verb pledge xcomp=abdicate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb promise xcomp=abdicate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb vow xcomp=abdicate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb offer xcomp=abdicate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb agree xcomp=abdicate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb undertake xcomp=abdicate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 adj willing xcomp=abdicate tgt=xcomp>obj|xcomp>obl:with
0341 adj ready xcomp=abdicate tgt=xcomp>obj|xcomp>obl:with
0341 adj prepared xcomp=abdicate tgt=xcomp>obj|xcomp>obl:with
0341 adj eager xcomp=abdicate tgt=xcomp>obj|xcomp>obl:with
0341 verb pledge xcomp=step xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb promise xcomp=step xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb vow xcomp=step xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb offer xcomp=step xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb agree xcomp=step xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb undertake xcomp=step xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 adj willing xcomp=step xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with
0341 adj ready xcomp=step xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with
0341 adj prepared xcomp=step xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with
0341 adj eager xcomp=step xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with
0341 verb pledge xcomp=stand xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb promise xcomp=stand xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb vow xcomp=stand xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb offer xcomp=stand xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb agree xcomp=stand xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 verb undertake xcomp=stand xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0341 adj willing xcomp=stand xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with
0341 adj ready xcomp=stand xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with
0341 adj prepared xcomp=stand xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with
0341 adj eager xcomp=stand xcomp>compound:prt=down tgt=xcomp>obj|xcomp>obl:with
0341 adj open obl:to=resignation|ouster|removal|leadership_change tgt=-
0341 noun pledge nmod:of=resignation|ouster|removal|leadership_change tgt=nmod:to
0341 noun promise nmod:of=resignation|ouster|removal|leadership_change tgt=nmod:to
0341 noun offer nmod:of=resignation|ouster|removal|leadership_change tgt=nmod:to

# 0342 intent: policy
0342 verb pledge obj=policy_change|reversal|rethink tgt=obl:to|iobj|obj>nmod:to|obl:for
0342 verb promise obj=policy_change|reversal|rethink tgt=obl:to|iobj|obj>nmod:to|obl:for
0342 verb offer obj=policy_change|reversal|rethink tgt=obl:to|iobj|obj>nmod:to|obl:for
0342 verb commit obl:to=policy_change|reversal|rethink tgt=obl:to>nmod:with|obl:to>nmod:to
0342 verb pledge xcomp=change tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb promise xcomp=change tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb vow xcomp=change tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb offer xcomp=change tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb agree xcomp=change tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb undertake xcomp=change tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 adj willing xcomp=change tgt=xcomp>obj|xcomp>obl:with
0342 adj ready xcomp=change tgt=xcomp>obj|xcomp>obl:with
0342 adj prepared xcomp=change tgt=xcomp>obj|xcomp>obl:with
0342 adj eager xcomp=change tgt=xcomp>obj|xcomp>obl:with
0342 verb pledge xcomp=reverse tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb promise xcomp=reverse tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb vow xcomp=reverse tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb offer xcomp=reverse tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb agree xcomp=reverse tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb undertake xcomp=reverse tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 adj willing xcomp=reverse tgt=xcomp>obj|xcomp>obl:with
0342 adj ready xcomp=reverse tgt=xcomp>obj|xcomp>obl:with
0342 adj prepared xcomp=reverse tgt=xcomp>obj|xcomp>obl:with
0342 adj eager xcomp=reverse tgt=xcomp>obj|xcomp>obl:with
0342 verb pledge xcomp=abandon tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb promise xcomp=abandon tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb vow xcomp=abandon tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb offer xcomp=abandon tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb agree xcomp=abandon tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb undertake xcomp=abandon tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 adj willing xcomp=abandon tgt=xcomp>obj|xcomp>obl:with
0342 adj ready xcomp=abandon tgt=xcomp>obj|xcomp>obl:with
0342 adj prepared xcomp=abandon tgt=xcomp>obj|xcomp>obl:with
0342 adj eager xcomp=abandon tgt=xcomp>obj|xcomp>obl:with
0342 verb pledge xcomp=drop tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb promise xcomp=drop tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb vow xcomp=drop tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb offer xcomp=drop tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb agree xcomp=drop tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb undertake xcomp=drop tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 adj willing xcomp=drop tgt=xcomp>obj|xcomp>obl:with
0342 adj ready xcomp=drop tgt=xcomp>obj|xcomp>obl:with
0342 adj prepared xcomp=drop tgt=xcomp>obj|xcomp>obl:with
0342 adj eager xcomp=drop tgt=xcomp>obj|xcomp>obl:with
0342 verb pledge xcomp=revise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb promise xcomp=revise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb vow xcomp=revise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb offer xcomp=revise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb agree xcomp=revise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb undertake xcomp=revise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 adj willing xcomp=revise tgt=xcomp>obj|xcomp>obl:with
0342 adj ready xcomp=revise tgt=xcomp>obj|xcomp>obl:with
0342 adj prepared xcomp=revise tgt=xcomp>obj|xcomp>obl:with
0342 adj eager xcomp=revise tgt=xcomp>obj|xcomp>obl:with
0342 verb pledge xcomp=rethink tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb promise xcomp=rethink tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb vow xcomp=rethink tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb offer xcomp=rethink tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb agree xcomp=rethink tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 verb undertake xcomp=rethink tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0342 adj willing xcomp=rethink tgt=xcomp>obj|xcomp>obl:with
0342 adj ready xcomp=rethink tgt=xcomp>obj|xcomp>obl:with
0342 adj prepared xcomp=rethink tgt=xcomp>obj|xcomp>obl:with
0342 adj eager xcomp=rethink tgt=xcomp>obj|xcomp>obl:with
0342 adj open obl:to=policy_change|reversal|rethink tgt=-
0342 noun pledge nmod:of=policy_change|reversal|rethink tgt=nmod:to
0342 noun promise nmod:of=policy_change|reversal|rethink tgt=nmod:to
0342 noun offer nmod:of=policy_change|reversal|rethink tgt=nmod:to

# 0343 intent: rights
0343 verb pledge obj=right|freedom|autonomy|equality|suffrage tgt=obl:to|iobj|obj>nmod:to|obl:for
0343 verb promise obj=right|freedom|autonomy|equality|suffrage tgt=obl:to|iobj|obj>nmod:to|obl:for
0343 verb offer obj=right|freedom|autonomy|equality|suffrage tgt=obl:to|iobj|obj>nmod:to|obl:for
0343 verb commit obl:to=right|freedom|autonomy|equality|suffrage tgt=obl:to>nmod:with|obl:to>nmod:to
0343 verb pledge xcomp=respect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 verb promise xcomp=respect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 verb vow xcomp=respect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 verb offer xcomp=respect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 verb agree xcomp=respect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 verb undertake xcomp=respect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 adj willing xcomp=respect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 adj ready xcomp=respect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 adj prepared xcomp=respect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 adj eager xcomp=respect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 verb pledge xcomp=guarantee xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 verb promise xcomp=guarantee xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 verb vow xcomp=guarantee xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 verb offer xcomp=guarantee xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 verb agree xcomp=guarantee xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 verb undertake xcomp=guarantee xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 adj willing xcomp=guarantee xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 adj ready xcomp=guarantee xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 adj prepared xcomp=guarantee xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 adj eager xcomp=guarantee xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 verb pledge xcomp=protect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 verb promise xcomp=protect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 verb vow xcomp=protect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 verb offer xcomp=protect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 verb agree xcomp=protect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 verb undertake xcomp=protect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 adj willing xcomp=protect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 adj ready xcomp=protect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 adj prepared xcomp=protect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 adj eager xcomp=protect xcomp>obj=right|freedom tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0343 adj open obl:to=right|freedom|autonomy|equality|suffrage tgt=-
0343 noun pledge nmod:of=right|freedom|autonomy|equality|suffrage tgt=nmod:to
0343 noun promise nmod:of=right|freedom|autonomy|equality|suffrage tgt=nmod:to
0343 noun offer nmod:of=right|freedom|autonomy|equality|suffrage tgt=nmod:to

# 0344 intent: inst
0344 verb pledge obj=election|referendum|regime_change|constitution|transition tgt=obl:to|iobj|obj>nmod:to|obl:for
0344 verb promise obj=election|referendum|regime_change|constitution|transition tgt=obl:to|iobj|obj>nmod:to|obl:for
0344 verb offer obj=election|referendum|regime_change|constitution|transition tgt=obl:to|iobj|obj>nmod:to|obl:for
0344 verb commit obl:to=election|referendum|regime_change|constitution|transition tgt=obl:to>nmod:with|obl:to>nmod:to
0344 verb pledge xcomp=hold xcomp>obj=election|referendum|vote tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 verb promise xcomp=hold xcomp>obj=election|referendum|vote tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 verb vow xcomp=hold xcomp>obj=election|referendum|vote tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 verb offer xcomp=hold xcomp>obj=election|referendum|vote tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 verb agree xcomp=hold xcomp>obj=election|referendum|vote tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 verb undertake xcomp=hold xcomp>obj=election|referendum|vote tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 adj willing xcomp=hold xcomp>obj=election|referendum|vote tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 adj ready xcomp=hold xcomp>obj=election|referendum|vote tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 adj prepared xcomp=hold xcomp>obj=election|referendum|vote tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 adj eager xcomp=hold xcomp>obj=election|referendum|vote tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 verb pledge xcomp=call xcomp>obj=election|referendum tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 verb promise xcomp=call xcomp>obj=election|referendum tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 verb vow xcomp=call xcomp>obj=election|referendum tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 verb offer xcomp=call xcomp>obj=election|referendum tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 verb agree xcomp=call xcomp>obj=election|referendum tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 verb undertake xcomp=call xcomp>obj=election|referendum tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 adj willing xcomp=call xcomp>obj=election|referendum tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 adj ready xcomp=call xcomp>obj=election|referendum tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 adj prepared xcomp=call xcomp>obj=election|referendum tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 adj eager xcomp=call xcomp>obj=election|referendum tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0344 adj open obl:to=election|referendum|regime_change|constitution|transition tgt=-
0344 noun pledge nmod:of=election|referendum|regime_change|constitution|transition tgt=nmod:to
0344 noun promise nmod:of=election|referendum|regime_change|constitution|transition tgt=nmod:to
0344 noun offer nmod:of=election|referendum|regime_change|constitution|transition tgt=nmod:to

# 035 intent: yield
035 verb pledge obj=concession|compromise tgt=obl:to|iobj|obj>nmod:to|obl:for
035 verb promise obj=concession|compromise tgt=obl:to|iobj|obj>nmod:to|obl:for
035 verb offer obj=concession|compromise tgt=obl:to|iobj|obj>nmod:to|obl:for
035 verb commit obl:to=concession|compromise tgt=obl:to>nmod:with|obl:to>nmod:to
035 verb pledge xcomp=yield tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb promise xcomp=yield tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb vow xcomp=yield tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb offer xcomp=yield tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb agree xcomp=yield tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb undertake xcomp=yield tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 adj willing xcomp=yield tgt=xcomp>obj|xcomp>obl:with
035 adj ready xcomp=yield tgt=xcomp>obj|xcomp>obl:with
035 adj prepared xcomp=yield tgt=xcomp>obj|xcomp>obl:with
035 adj eager xcomp=yield tgt=xcomp>obj|xcomp>obl:with
035 verb pledge xcomp=compromise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb promise xcomp=compromise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb vow xcomp=compromise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb offer xcomp=compromise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb agree xcomp=compromise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb undertake xcomp=compromise tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 adj willing xcomp=compromise tgt=xcomp>obj|xcomp>obl:with
035 adj ready xcomp=compromise tgt=xcomp>obj|xcomp>obl:with
035 adj prepared xcomp=compromise tgt=xcomp>obj|xcomp>obl:with
035 adj eager xcomp=compromise tgt=xcomp>obj|xcomp>obl:with
035 verb pledge xcomp=concede tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb promise xcomp=concede tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb vow xcomp=concede tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb offer xcomp=concede tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb agree xcomp=concede tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb undertake xcomp=concede tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 adj willing xcomp=concede tgt=xcomp>obj|xcomp>obl:with
035 adj ready xcomp=concede tgt=xcomp>obj|xcomp>obl:with
035 adj prepared xcomp=concede tgt=xcomp>obj|xcomp>obl:with
035 adj eager xcomp=concede tgt=xcomp>obj|xcomp>obl:with
035 verb pledge xcomp=relent tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb promise xcomp=relent tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb vow xcomp=relent tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb offer xcomp=relent tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb agree xcomp=relent tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 verb undertake xcomp=relent tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
035 adj willing xcomp=relent tgt=xcomp>obj|xcomp>obl:with
035 adj ready xcomp=relent tgt=xcomp>obj|xcomp>obl:with
035 adj prepared xcomp=relent tgt=xcomp>obj|xcomp>obl:with
035 adj eager xcomp=relent tgt=xcomp>obj|xcomp>obl:with
035 adj open obl:to=concession|compromise tgt=-
035 noun pledge nmod:of=concession|compromise tgt=nmod:to
035 noun promise nmod:of=concession|compromise tgt=nmod:to
035 noun offer nmod:of=concession|compromise tgt=nmod:to

# 0353 intent: release
0353 verb pledge obj=release|return|freedom tgt=obl:to|iobj|obj>nmod:to|obl:for
0353 verb promise obj=release|return|freedom tgt=obl:to|iobj|obj>nmod:to|obl:for
0353 verb offer obj=release|return|freedom tgt=obl:to|iobj|obj>nmod:to|obl:for
0353 verb commit obl:to=release|return|freedom tgt=obl:to>nmod:with|obl:to>nmod:to
0353 verb pledge xcomp=release tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb promise xcomp=release tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb vow xcomp=release tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb offer xcomp=release tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb agree xcomp=release tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb undertake xcomp=release tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 adj willing xcomp=release tgt=xcomp>obj|xcomp>obl:with
0353 adj ready xcomp=release tgt=xcomp>obj|xcomp>obl:with
0353 adj prepared xcomp=release tgt=xcomp>obj|xcomp>obl:with
0353 adj eager xcomp=release tgt=xcomp>obj|xcomp>obl:with
0353 verb pledge xcomp=free tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb promise xcomp=free tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb vow xcomp=free tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb offer xcomp=free tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb agree xcomp=free tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb undertake xcomp=free tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 adj willing xcomp=free tgt=xcomp>obj|xcomp>obl:with
0353 adj ready xcomp=free tgt=xcomp>obj|xcomp>obl:with
0353 adj prepared xcomp=free tgt=xcomp>obj|xcomp>obl:with
0353 adj eager xcomp=free tgt=xcomp>obj|xcomp>obl:with
0353 verb pledge xcomp=return tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb promise xcomp=return tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb vow xcomp=return tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb offer xcomp=return tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb agree xcomp=return tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb undertake xcomp=return tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 adj willing xcomp=return tgt=xcomp>obj|xcomp>obl:with
0353 adj ready xcomp=return tgt=xcomp>obj|xcomp>obl:with
0353 adj prepared xcomp=return tgt=xcomp>obj|xcomp>obl:with
0353 adj eager xcomp=return tgt=xcomp>obj|xcomp>obl:with
0353 verb pledge xcomp=repatriate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb promise xcomp=repatriate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb vow xcomp=repatriate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb offer xcomp=repatriate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb agree xcomp=repatriate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 verb undertake xcomp=repatriate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0353 adj willing xcomp=repatriate tgt=xcomp>obj|xcomp>obl:with
0353 adj ready xcomp=repatriate tgt=xcomp>obj|xcomp>obl:with
0353 adj prepared xcomp=repatriate tgt=xcomp>obj|xcomp>obl:with
0353 adj eager xcomp=repatriate tgt=xcomp>obj|xcomp>obl:with
0353 adj open obl:to=release|return|freedom tgt=-
0353 noun pledge nmod:of=release|return|freedom tgt=nmod:to
0353 noun promise nmod:of=release|return|freedom tgt=nmod:to
0353 noun offer nmod:of=release|return|freedom tgt=nmod:to

# 0356 intent: deesc
0356 verb pledge obj=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obl:to|iobj|obj>nmod:to|obl:for
0356 verb promise obj=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obl:to|iobj|obj>nmod:to|obl:for
0356 verb offer obj=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obl:to|iobj|obj>nmod:to|obl:for
0356 verb commit obl:to=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=obl:to>nmod:with|obl:to>nmod:to
0356 verb pledge xcomp=withdraw tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb promise xcomp=withdraw tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb vow xcomp=withdraw tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb offer xcomp=withdraw tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb agree xcomp=withdraw tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb undertake xcomp=withdraw tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 adj willing xcomp=withdraw tgt=xcomp>obj|xcomp>obl:with
0356 adj ready xcomp=withdraw tgt=xcomp>obj|xcomp>obl:with
0356 adj prepared xcomp=withdraw tgt=xcomp>obj|xcomp>obl:with
0356 adj eager xcomp=withdraw tgt=xcomp>obj|xcomp>obl:with
0356 verb pledge xcomp=retreat tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb promise xcomp=retreat tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb vow xcomp=retreat tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb offer xcomp=retreat tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb agree xcomp=retreat tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb undertake xcomp=retreat tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 adj willing xcomp=retreat tgt=xcomp>obj|xcomp>obl:with
0356 adj ready xcomp=retreat tgt=xcomp>obj|xcomp>obl:with
0356 adj prepared xcomp=retreat tgt=xcomp>obj|xcomp>obl:with
0356 adj eager xcomp=retreat tgt=xcomp>obj|xcomp>obl:with
0356 verb pledge xcomp=disarm tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb promise xcomp=disarm tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb vow xcomp=disarm tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb offer xcomp=disarm tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb agree xcomp=disarm tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb undertake xcomp=disarm tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 adj willing xcomp=disarm tgt=xcomp>obj|xcomp>obl:with
0356 adj ready xcomp=disarm tgt=xcomp>obj|xcomp>obl:with
0356 adj prepared xcomp=disarm tgt=xcomp>obj|xcomp>obl:with
0356 adj eager xcomp=disarm tgt=xcomp>obj|xcomp>obl:with
0356 verb pledge xcomp=cease tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb promise xcomp=cease tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb vow xcomp=cease tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb offer xcomp=cease tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb agree xcomp=cease tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb undertake xcomp=cease tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 adj willing xcomp=cease tgt=xcomp>obj|xcomp>obl:with
0356 adj ready xcomp=cease tgt=xcomp>obj|xcomp>obl:with
0356 adj prepared xcomp=cease tgt=xcomp>obj|xcomp>obl:with
0356 adj eager xcomp=cease tgt=xcomp>obj|xcomp>obl:with
0356 verb pledge xcomp=de-escalate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb promise xcomp=de-escalate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb vow xcomp=de-escalate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb offer xcomp=de-escalate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb agree xcomp=de-escalate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb undertake xcomp=de-escalate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 adj willing xcomp=de-escalate tgt=xcomp>obj|xcomp>obl:with
0356 adj ready xcomp=de-escalate tgt=xcomp>obj|xcomp>obl:with
0356 adj prepared xcomp=de-escalate tgt=xcomp>obj|xcomp>obl:with
0356 adj eager xcomp=de-escalate tgt=xcomp>obj|xcomp>obl:with
0356 verb pledge xcomp=halt tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb promise xcomp=halt tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb vow xcomp=halt tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb offer xcomp=halt tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb agree xcomp=halt tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb undertake xcomp=halt tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 adj willing xcomp=halt tgt=xcomp>obj|xcomp>obl:with
0356 adj ready xcomp=halt tgt=xcomp>obj|xcomp>obl:with
0356 adj prepared xcomp=halt tgt=xcomp>obj|xcomp>obl:with
0356 adj eager xcomp=halt tgt=xcomp>obj|xcomp>obl:with
0356 verb pledge xcomp=stop tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb promise xcomp=stop tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb vow xcomp=stop tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb offer xcomp=stop tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb agree xcomp=stop tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 verb undertake xcomp=stop tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
0356 adj willing xcomp=stop tgt=xcomp>obj|xcomp>obl:with
0356 adj ready xcomp=stop tgt=xcomp>obj|xcomp>obl:with
0356 adj prepared xcomp=stop tgt=xcomp>obj|xcomp>obl:with
0356 adj eager xcomp=stop tgt=xcomp>obj|xcomp>obl:with
0356 adj open obl:to=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=-
0356 noun pledge nmod:of=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=nmod:to
0356 noun promise nmod:of=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=nmod:to
0356 noun offer nmod:of=ceasefire|truce|restraint|calm|de-escalation|withdrawal|armistice tgt=nmod:to

# 036 intent: meet
036 verb pledge obj=talk|negotiation|dialogue|meeting|summit|consultation tgt=obl:to|iobj|obj>nmod:to|obl:for
036 verb promise obj=talk|negotiation|dialogue|meeting|summit|consultation tgt=obl:to|iobj|obj>nmod:to|obl:for
036 verb offer obj=talk|negotiation|dialogue|meeting|summit|consultation tgt=obl:to|iobj|obj>nmod:to|obl:for
036 verb commit obl:to=talk|negotiation|dialogue|meeting|summit|consultation tgt=obl:to>nmod:with|obl:to>nmod:to
036 verb pledge xcomp=meet tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb promise xcomp=meet tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb vow xcomp=meet tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb offer xcomp=meet tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb agree xcomp=meet tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb undertake xcomp=meet tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 adj willing xcomp=meet tgt=xcomp>obj|xcomp>obl:with
036 adj ready xcomp=meet tgt=xcomp>obj|xcomp>obl:with
036 adj prepared xcomp=meet tgt=xcomp>obj|xcomp>obl:with
036 adj eager xcomp=meet tgt=xcomp>obj|xcomp>obl:with
036 verb pledge xcomp=negotiate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb promise xcomp=negotiate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb vow xcomp=negotiate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb offer xcomp=negotiate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb agree xcomp=negotiate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb undertake xcomp=negotiate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 adj willing xcomp=negotiate tgt=xcomp>obj|xcomp>obl:with
036 adj ready xcomp=negotiate tgt=xcomp>obj|xcomp>obl:with
036 adj prepared xcomp=negotiate tgt=xcomp>obj|xcomp>obl:with
036 adj eager xcomp=negotiate tgt=xcomp>obj|xcomp>obl:with
036 verb pledge xcomp=talk tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb promise xcomp=talk tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb vow xcomp=talk tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb offer xcomp=talk tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb agree xcomp=talk tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb undertake xcomp=talk tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 adj willing xcomp=talk tgt=xcomp>obj|xcomp>obl:with
036 adj ready xcomp=talk tgt=xcomp>obj|xcomp>obl:with
036 adj prepared xcomp=talk tgt=xcomp>obj|xcomp>obl:with
036 adj eager xcomp=talk tgt=xcomp>obj|xcomp>obl:with
036 verb pledge xcomp=resume tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb promise xcomp=resume tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb vow xcomp=resume tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb offer xcomp=resume tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb agree xcomp=resume tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 verb undertake xcomp=resume tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:to
036 adj willing xcomp=resume tgt=xcomp>obj|xcomp>obl:with
036 adj ready xcomp=resume tgt=xcomp>obj|xcomp>obl:with
036 adj prepared xcomp=resume tgt=xcomp>obj|xcomp>obl:with
036 adj eager xcomp=resume tgt=xcomp>obj|xcomp>obl:with
036 adj open obl:to=talk|negotiation|dialogue|meeting|summit|consultation tgt=-
036 noun pledge nmod:of=talk|negotiation|dialogue|meeting|summit|consultation tgt=nmod:to
036 noun promise nmod:of=talk|negotiation|dialogue|meeting|summit|consultation tgt=nmod:to
036 noun offer nmod:of=talk|negotiation|dialogue|meeting|summit|consultation tgt=nmod:to

# 037 intent: settle
037 verb pledge obj=settlement|resolution|solution|peace|deal tgt=obl:to|iobj|obj>nmod:to|obl:for
037 verb promise obj=settlement|resolution|solution|peace|deal tgt=obl:to|iobj|obj>nmod:to|obl:for
037 verb offer obj=settlement|resolution|solution|peace|deal tgt=obl:to|iobj|obj>nmod:to|obl:for
037 verb commit obl:to=settlement|resolution|solution|peace|deal tgt=obl:to>nmod:with|obl:to>nmod:to
037 verb pledge xcomp=settle xcomp>obj=dispute|conflict|difference tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 verb promise xcomp=settle xcomp>obj=dispute|conflict|difference tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 verb vow xcomp=settle xcomp>obj=dispute|conflict|difference tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 verb offer xcomp=settle xcomp>obj=dispute|conflict|difference tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 verb agree xcomp=settle xcomp>obj=dispute|conflict|difference tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 verb undertake xcomp=settle xcomp>obj=dispute|conflict|difference tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 adj willing xcomp=settle xcomp>obj=dispute|conflict|difference tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 adj ready xcomp=settle xcomp>obj=dispute|conflict|difference tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 adj prepared xcomp=settle xcomp>obj=dispute|conflict|difference tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 adj eager xcomp=settle xcomp>obj=dispute|conflict|difference tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 verb pledge xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 verb promise xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 verb vow xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 verb offer xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 verb agree xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 verb undertake xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 adj willing xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 adj ready xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 adj prepared xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 adj eager xcomp=resolve xcomp>obj=dispute|conflict|crisis|issue tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 verb pledge xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 verb promise xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 verb vow xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 verb offer xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 verb agree xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 verb undertake xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 adj willing xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 adj ready xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 adj prepared xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 adj eager xcomp=end xcomp>obj=war|conflict|dispute|fighting tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
037 adj open obl:to=settlement|resolution|solution|peace|deal tgt=-
037 noun pledge nmod:of=settlement|resolution|solution|peace|deal tgt=nmod:to
037 noun promise nmod:of=settlement|resolution|solution|peace|deal tgt=nmod:to
037 noun offer nmod:of=settlement|resolution|solution|peace|deal tgt=nmod:to

# 038 intent: mediat
038 verb pledge obj=mediation|arbitration|good_offices tgt=obl:to|iobj|obj>nmod:to|obl:for
038 verb promise obj=mediation|arbitration|good_offices tgt=obl:to|iobj|obj>nmod:to|obl:for
038 verb offer obj=mediation|arbitration|good_offices tgt=obl:to|iobj|obj>nmod:to|obl:for
038 verb commit obl:to=mediation|arbitration|good_offices tgt=obl:to>nmod:with|obl:to>nmod:to
038 verb pledge xcomp=accept xcomp>obj=mediation|arbitration tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 verb promise xcomp=accept xcomp>obj=mediation|arbitration tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 verb vow xcomp=accept xcomp>obj=mediation|arbitration tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 verb offer xcomp=accept xcomp>obj=mediation|arbitration tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 verb agree xcomp=accept xcomp>obj=mediation|arbitration tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 verb undertake xcomp=accept xcomp>obj=mediation|arbitration tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 adj willing xcomp=accept xcomp>obj=mediation|arbitration tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 adj ready xcomp=accept xcomp>obj=mediation|arbitration tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 adj prepared xcomp=accept xcomp>obj=mediation|arbitration tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 adj eager xcomp=accept xcomp>obj=mediation|arbitration tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 verb pledge xcomp=allow xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 verb promise xcomp=allow xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 verb vow xcomp=allow xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 verb offer xcomp=allow xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 verb agree xcomp=allow xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 verb undertake xcomp=allow xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obl:to|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 adj willing xcomp=allow xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 adj ready xcomp=allow xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 adj prepared xcomp=allow xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 adj eager xcomp=allow xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
038 adj open obl:to=mediation|arbitration|good_offices tgt=-
038 noun pledge nmod:of=mediation|arbitration|good_offices tgt=nmod:to
038 noun promise nmod:of=mediation|arbitration|good_offices tgt=nmod:to
038 noun offer nmod:of=mediation|arbitration|good_offices tgt=nmod:to

# 0351 intent to yield: verb + object
0351 verb pledge xcomp=ease xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb promise xcomp=ease xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb vow xcomp=ease xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb offer xcomp=ease xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb agree xcomp=ease xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb pledge xcomp=lift xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb promise xcomp=lift xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb vow xcomp=lift xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb offer xcomp=lift xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb agree xcomp=lift xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb pledge xcomp=relax xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb promise xcomp=relax xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb vow xcomp=relax xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb offer xcomp=relax xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb agree xcomp=relax xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb pledge xcomp=remove xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb promise xcomp=remove xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb vow xcomp=remove xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb offer xcomp=remove xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb agree xcomp=remove xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb pledge xcomp=end xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb promise xcomp=end xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb vow xcomp=end xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb offer xcomp=end xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0351 verb agree xcomp=end xcomp>obj=restriction|curfew|ban|emergency|crackdown tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss

# 0352 intent to yield: verb + object
0352 verb pledge xcomp=end xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb promise xcomp=end xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb vow xcomp=end xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb offer xcomp=end xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb agree xcomp=end xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb pledge xcomp=stop xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb promise xcomp=stop xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb vow xcomp=stop xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb offer xcomp=stop xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb agree xcomp=stop xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb pledge xcomp=halt xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb promise xcomp=halt xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb vow xcomp=halt xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb offer xcomp=halt xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb agree xcomp=halt xcomp>obj=protest|strike|demonstration|boycott|rally tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb pledge xcomp=call xcomp>obj=protest|strike|demonstration|boycott|rally xcomp>compound:prt=off tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb promise xcomp=call xcomp>obj=protest|strike|demonstration|boycott|rally xcomp>compound:prt=off tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb vow xcomp=call xcomp>obj=protest|strike|demonstration|boycott|rally xcomp>compound:prt=off tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb offer xcomp=call xcomp>obj=protest|strike|demonstration|boycott|rally xcomp>compound:prt=off tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0352 verb agree xcomp=call xcomp>obj=protest|strike|demonstration|boycott|rally xcomp>compound:prt=off tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss

# 0354 intent to yield: verb + object
0354 verb pledge xcomp=lift xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb promise xcomp=lift xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb vow xcomp=lift xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb offer xcomp=lift xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb agree xcomp=lift xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb pledge xcomp=ease xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb promise xcomp=ease xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb vow xcomp=ease xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb offer xcomp=ease xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb agree xcomp=ease xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb pledge xcomp=remove xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb promise xcomp=remove xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb vow xcomp=remove xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb offer xcomp=remove xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb agree xcomp=remove xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb pledge xcomp=end xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb promise xcomp=end xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb vow xcomp=end xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb offer xcomp=end xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb agree xcomp=end xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb pledge xcomp=suspend xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb promise xcomp=suspend xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb vow xcomp=suspend xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb offer xcomp=suspend xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0354 verb agree xcomp=suspend xcomp>obj=sanction|embargo|boycott|tariff|blockade tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss

# 0355 intent to yield: verb + object
0355 verb pledge xcomp=allow xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb promise xcomp=allow xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb vow xcomp=allow xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb offer xcomp=allow xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb agree xcomp=allow xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb pledge xcomp=admit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb promise xcomp=admit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb vow xcomp=admit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb offer xcomp=admit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb agree xcomp=admit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb pledge xcomp=accept xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb promise xcomp=accept xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb vow xcomp=accept xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb offer xcomp=accept xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb agree xcomp=accept xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb pledge xcomp=permit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb promise xcomp=permit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb vow xcomp=permit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb offer xcomp=permit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb agree xcomp=permit xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb pledge xcomp=let xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb promise xcomp=let xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb vow xcomp=let xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb offer xcomp=let xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss
0355 verb agree xcomp=let xcomp>obj=inspector|observer|monitor|peacekeeper|investigator|mission tgt=xcomp>obj>nmod:on|xcomp>obl:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:with|xcomp>obj>nmod:poss

# 039 offer to mediate; 038 accept mediation is in the topic table
039 verb offer xcomp=mediate|broker|facilitate|arbitrate tgt=xcomp>obl:between|xcomp>obj
039 verb pledge xcomp=mediate|broker|facilitate|arbitrate tgt=xcomp>obl:between|xcomp>obj
039 verb volunteer xcomp=mediate|broker|facilitate|arbitrate tgt=xcomp>obl:between|xcomp>obj
039 verb propose xcomp=mediate|broker|facilitate|arbitrate tgt=xcomp>obl:between|xcomp>obj
039 verb agree xcomp=mediate|broker|facilitate|arbitrate tgt=xcomp>obl:between|xcomp>obj
039 verb offer obj=mediation|good_offices tgt=obl:to|iobj
039 noun offer nmod:of=mediation tgt=nmod:to
038 verb accept obj=mediation|good_offices|arbitration tgt=obj>nmod:poss|obj>nmod:by
038 verb welcome obj=mediation|good_offices|arbitration tgt=obj>nmod:poss|obj>nmod:by
038 verb agree obj=mediation|good_offices|arbitration tgt=obj>nmod:poss|obj>nmod:by
036 verb propose obj=talk|negotiation|dialogue|meeting|summit tgt=obl:with|obj>nmod:with
036 verb suggest obj=talk|negotiation|dialogue|meeting|summit tgt=obl:with|obj>nmod:with
036 verb offer obj=talk|negotiation|dialogue|meeting|summit tgt=obl:with|obj>nmod:with
036 verb agree obl:to=talk|negotiation|dialogue|meeting|summit tgt=obl:to>nmod:with
036 verb seek obj=talk|negotiation|dialogue|meeting|summit tgt=obl:with|obj>nmod:with
036 verb schedule obj=meeting|talk|summit|visit tgt=obj>nmod:with|obl:with
036 verb arrange obj=meeting|talk|summit|visit tgt=obj>nmod:with|obl:with
036 verb plan obj=meeting|talk|summit|visit tgt=obj>nmod:with|obl:with
