# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Root 13 — threaten: the threatener is the source, the threatened the target

# 130 threaten, unspecified
130 verb threaten tgt=obj
130 verb menace tgt=obj
130 verb intimidate tgt=obj
130 verb warn obj=* tgt=obj
130 verb warn ccomp>aux=will|would|could|shall|may|might|can tgt=obj
130 verb warn obl:against=* tgt=obl:against
130 verb issue obj=threat|warning tgt=obl:to|obl:against|obj>nmod:to|obj>nmod:against
130 verb make obj=threat|warning tgt=obl:to|obl:against|obj>nmod:to|obj>nmod:against
130 verb vow obj=retaliation|revenge|retribution|consequence|response tgt=obl:against
130 verb promise obj=retaliation|revenge|retribution|consequence|response tgt=obl:against
130 verb warn obl:of=consequence|retaliation|reprisal|response|action|measure|price tgt=obj
130 noun threat tgt=nmod:to|nmod:against
130 noun warning tgt=nmod:to|nmod:against

# 131 threaten (xcomp)
131 verb threaten xcomp=sue tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
131 verb vow xcomp=sue tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
131 verb threaten xcomp=veto tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
131 verb vow xcomp=veto tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
131 verb threaten xcomp=expose tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
131 verb vow xcomp=expose tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
131 verb threaten xcomp=publish tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
131 verb vow xcomp=publish tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
131 verb threaten xcomp=retire tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
131 verb vow xcomp=retire tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
131 verb threaten xcomp=punish tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
131 verb vow xcomp=punish tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on

# 1311 threaten (xcomp)
1311 verb threaten xcomp=cut xcomp>obj=aid|assistance|funding|fund|support|loan tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1311 verb vow xcomp=cut xcomp>obj=aid|assistance|funding|fund|support|loan tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1311 verb threaten xcomp=stop xcomp>obj=aid|assistance|funding|fund|support|loan tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1311 verb vow xcomp=stop xcomp>obj=aid|assistance|funding|fund|support|loan tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1311 verb threaten xcomp=suspend xcomp>obj=aid|assistance|funding|fund|support|loan tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1311 verb vow xcomp=suspend xcomp>obj=aid|assistance|funding|fund|support|loan tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1311 verb threaten xcomp=withhold xcomp>obj=aid|assistance|funding|fund|support|loan tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1311 verb vow xcomp=withhold xcomp>obj=aid|assistance|funding|fund|support|loan tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1311 verb threaten xcomp=reduce xcomp>obj=aid|assistance|funding|fund|support|loan tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1311 verb vow xcomp=reduce xcomp>obj=aid|assistance|funding|fund|support|loan tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1311 verb threaten xcomp=halt xcomp>obj=aid|assistance|funding|fund|support|loan tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1311 verb vow xcomp=halt xcomp>obj=aid|assistance|funding|fund|support|loan tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1311 verb threaten xcomp=end xcomp>obj=aid|assistance|funding|fund|support|loan tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1311 verb vow xcomp=end xcomp>obj=aid|assistance|funding|fund|support|loan tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1311 verb threaten xcomp=freeze xcomp>obj=aid|assistance|funding|fund|support|loan tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1311 verb vow xcomp=freeze xcomp>obj=aid|assistance|funding|fund|support|loan tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss

# 1312 threaten (obj)
1312 verb threaten obj=sanction tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1312 verb warn obl:of=sanction tgt=obj
1312 verb threaten obj=embargo tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1312 verb warn obl:of=embargo tgt=obj
1312 verb threaten obj=boycott tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1312 verb warn obl:of=boycott tgt=obj
1312 verb threaten obj=tariff tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1312 verb warn obl:of=tariff tgt=obj
1312 verb threaten obj=penalty tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1312 verb warn obl:of=penalty tgt=obj

# 1312 threaten (xcomp)
1312 verb threaten xcomp=impose xcomp>obj=sanction|embargo|boycott|tariff|penalty tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1312 verb vow xcomp=impose xcomp>obj=sanction|embargo|boycott|tariff|penalty tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1312 verb threaten xcomp=slap xcomp>obj=sanction|embargo|boycott|tariff|penalty tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1312 verb vow xcomp=slap xcomp>obj=sanction|embargo|boycott|tariff|penalty tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1312 verb threaten xcomp=levy xcomp>obj=sanction|embargo|boycott|tariff|penalty tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1312 verb vow xcomp=levy xcomp>obj=sanction|embargo|boycott|tariff|penalty tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1312 verb threaten xcomp=tighten xcomp>obj=sanction|embargo|boycott|tariff|penalty tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1312 verb vow xcomp=tighten xcomp>obj=sanction|embargo|boycott|tariff|penalty tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss

# 1312 threaten (xcomp)
1312 verb threaten xcomp=sanction tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1312 verb vow xcomp=sanction tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1312 verb threaten xcomp=boycott tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1312 verb vow xcomp=boycott tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1312 verb threaten xcomp=embargo tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1312 verb vow xcomp=embargo tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on

# 1313 threaten (xcomp)
1313 verb threaten xcomp=sever xcomp>obj=tie|relation|contact tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb vow xcomp=sever xcomp>obj=tie|relation|contact tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb threaten xcomp=cut xcomp>obj=tie|relation|contact tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb vow xcomp=cut xcomp>obj=tie|relation|contact tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb threaten xcomp=break xcomp>obj=tie|relation|contact tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb vow xcomp=break xcomp>obj=tie|relation|contact tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb threaten xcomp=downgrade xcomp>obj=tie|relation|contact tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb vow xcomp=downgrade xcomp>obj=tie|relation|contact tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb threaten xcomp=suspend xcomp>obj=tie|relation|contact tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb vow xcomp=suspend xcomp>obj=tie|relation|contact tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb threaten xcomp=freeze xcomp>obj=tie|relation|contact tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb vow xcomp=freeze xcomp>obj=tie|relation|contact tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb threaten xcomp=review xcomp>obj=tie|relation|contact tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb vow xcomp=review xcomp>obj=tie|relation|contact tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb threaten xcomp=end xcomp>obj=tie|relation|contact tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb vow xcomp=end xcomp>obj=tie|relation|contact tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss

# 1313 threaten (xcomp)
1313 verb threaten xcomp=recall xcomp>obj=ambassador|envoy|diplomat tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb vow xcomp=recall xcomp>obj=ambassador|envoy|diplomat tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb threaten xcomp=expel xcomp>obj=ambassador|envoy|diplomat tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb vow xcomp=expel xcomp>obj=ambassador|envoy|diplomat tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb threaten xcomp=withdraw xcomp>obj=ambassador|envoy|diplomat tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1313 verb vow xcomp=withdraw xcomp>obj=ambassador|envoy|diplomat tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss

# 132 threaten (xcomp)
132 verb threaten xcomp=ban tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
132 verb vow xcomp=ban tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
132 verb threaten xcomp=restrict tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
132 verb vow xcomp=restrict tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
132 verb threaten xcomp=outlaw tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
132 verb vow xcomp=outlaw tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
132 verb threaten xcomp=shut tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
132 verb vow xcomp=shut tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on

# 1321 threaten (xcomp)
1321 verb threaten xcomp=restrict xcomp>obj=freedom|speech|press|medium|internet|assembly|gathering|protest tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1321 verb vow xcomp=restrict xcomp>obj=freedom|speech|press|medium|internet|assembly|gathering|protest tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1321 verb threaten xcomp=curb xcomp>obj=freedom|speech|press|medium|internet|assembly|gathering|protest tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1321 verb vow xcomp=curb xcomp>obj=freedom|speech|press|medium|internet|assembly|gathering|protest tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1321 verb threaten xcomp=limit xcomp>obj=freedom|speech|press|medium|internet|assembly|gathering|protest tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1321 verb vow xcomp=limit xcomp>obj=freedom|speech|press|medium|internet|assembly|gathering|protest tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1321 verb threaten xcomp=ban xcomp>obj=freedom|speech|press|medium|internet|assembly|gathering|protest tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1321 verb vow xcomp=ban xcomp>obj=freedom|speech|press|medium|internet|assembly|gathering|protest tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1321 verb threaten xcomp=censor xcomp>obj=freedom|speech|press|medium|internet|assembly|gathering|protest tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1321 verb vow xcomp=censor xcomp>obj=freedom|speech|press|medium|internet|assembly|gathering|protest tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss

# 1322 threaten (xcomp)
1322 verb threaten xcomp=ban xcomp>obj=party|opposition|candidate|politician|group tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1322 verb vow xcomp=ban xcomp>obj=party|opposition|candidate|politician|group tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1322 verb threaten xcomp=outlaw xcomp>obj=party|opposition|candidate|politician|group tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1322 verb vow xcomp=outlaw xcomp>obj=party|opposition|candidate|politician|group tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1322 verb threaten xcomp=dissolve xcomp>obj=party|opposition|candidate|politician|group tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1322 verb vow xcomp=dissolve xcomp>obj=party|opposition|candidate|politician|group tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1322 verb threaten xcomp=disqualify xcomp>obj=party|opposition|candidate|politician|group tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1322 verb vow xcomp=disqualify xcomp>obj=party|opposition|candidate|politician|group tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss

# 1323 threaten (xcomp)
1323 verb threaten xcomp=impose xcomp>obj=curfew tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1323 verb vow xcomp=impose xcomp>obj=curfew tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1323 verb threaten xcomp=declare xcomp>obj=curfew tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1323 verb vow xcomp=declare xcomp>obj=curfew tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss

# 1323 threaten (obj)
1323 verb threaten obj=curfew tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1323 verb warn obl:of=curfew tgt=obj

# 1324 threaten (xcomp)
1324 verb threaten xcomp=impose xcomp>obj=emergency|martial_law|state_of_emergency|state tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1324 verb vow xcomp=impose xcomp>obj=emergency|martial_law|state_of_emergency|state tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1324 verb threaten xcomp=declare xcomp>obj=emergency|martial_law|state_of_emergency|state tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1324 verb vow xcomp=declare xcomp>obj=emergency|martial_law|state_of_emergency|state tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1324 verb threaten xcomp=invoke xcomp>obj=emergency|martial_law|state_of_emergency|state tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1324 verb vow xcomp=invoke xcomp>obj=emergency|martial_law|state_of_emergency|state tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss

# 1324 threaten (obj)
1324 verb threaten obj=martial_law tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1324 verb warn obl:of=martial_law tgt=obj
1324 verb threaten obj=state_of_emergency tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1324 verb warn obl:of=state_of_emergency tgt=obj
1324 verb threaten obj=emergency tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1324 verb warn obl:of=emergency tgt=obj

# 133 threaten (xcomp)
133 verb threaten xcomp=protest tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
133 verb vow xcomp=protest tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
133 verb threaten xcomp=demonstrate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
133 verb vow xcomp=demonstrate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
133 verb threaten xcomp=rebel tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
133 verb vow xcomp=rebel tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
133 verb threaten xcomp=revolt tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
133 verb vow xcomp=revolt tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
133 verb threaten xcomp=riot tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
133 verb vow xcomp=riot tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
133 verb threaten xcomp=march tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
133 verb vow xcomp=march tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on

# 133 threaten (obj)
133 verb threaten obj=protest tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
133 verb warn obl:of=protest tgt=obj
133 verb threaten obj=strike tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
133 verb warn obl:of=strike tgt=obj
133 verb threaten obj=walkout tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
133 verb warn obl:of=walkout tgt=obj
133 verb threaten obj=unrest tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
133 verb warn obl:of=unrest tgt=obj
133 verb threaten obj=uprising tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
133 verb warn obl:of=uprising tgt=obj

# 134 threaten (xcomp)
134 verb threaten xcomp=halt xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
134 verb vow xcomp=halt xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
134 verb threaten xcomp=abandon xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
134 verb vow xcomp=abandon xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
134 verb threaten xcomp=quit xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
134 verb vow xcomp=quit xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
134 verb threaten xcomp=leave xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
134 verb vow xcomp=leave xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
134 verb threaten xcomp=boycott xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
134 verb vow xcomp=boycott xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
134 verb threaten xcomp=suspend xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
134 verb vow xcomp=suspend xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
134 verb threaten xcomp=end xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
134 verb vow xcomp=end xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
134 verb threaten xcomp=pull xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
134 verb vow xcomp=pull xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
134 verb threaten xcomp=walk xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
134 verb vow xcomp=walk xcomp>obj=talk|negotiation|dialogue|process|table tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss

# 135 threaten (xcomp)
135 verb threaten xcomp=halt xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
135 verb vow xcomp=halt xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
135 verb threaten xcomp=abandon xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
135 verb vow xcomp=abandon xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
135 verb threaten xcomp=end xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
135 verb vow xcomp=end xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
135 verb threaten xcomp=quit xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
135 verb vow xcomp=quit xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
135 verb threaten xcomp=withdraw xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
135 verb vow xcomp=withdraw xcomp>obj=mediation tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss

# 136 threaten (xcomp)
136 verb threaten xcomp=expel xcomp>obj=peacekeeper|inspector|observer|monitor|mission|agency|ngo|aid_worker tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
136 verb vow xcomp=expel xcomp>obj=peacekeeper|inspector|observer|monitor|mission|agency|ngo|aid_worker tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
136 verb threaten xcomp=withdraw xcomp>obj=peacekeeper|inspector|observer|monitor|mission|agency|ngo|aid_worker tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
136 verb vow xcomp=withdraw xcomp>obj=peacekeeper|inspector|observer|monitor|mission|agency|ngo|aid_worker tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
136 verb threaten xcomp=kick xcomp>obj=peacekeeper|inspector|observer|monitor|mission|agency|ngo|aid_worker tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
136 verb vow xcomp=kick xcomp>obj=peacekeeper|inspector|observer|monitor|mission|agency|ngo|aid_worker tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
136 verb threaten xcomp=oust xcomp>obj=peacekeeper|inspector|observer|monitor|mission|agency|ngo|aid_worker tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
136 verb vow xcomp=oust xcomp>obj=peacekeeper|inspector|observer|monitor|mission|agency|ngo|aid_worker tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
136 verb threaten xcomp=evict xcomp>obj=peacekeeper|inspector|observer|monitor|mission|agency|ngo|aid_worker tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
136 verb vow xcomp=evict xcomp>obj=peacekeeper|inspector|observer|monitor|mission|agency|ngo|aid_worker tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
136 verb threaten xcomp=suspend xcomp>obj=peacekeeper|inspector|observer|monitor|mission|agency|ngo|aid_worker tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
136 verb vow xcomp=suspend xcomp>obj=peacekeeper|inspector|observer|monitor|mission|agency|ngo|aid_worker tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss

# 137 threaten (obj)
137 verb threaten obj=crackdown tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
137 verb warn obl:of=crackdown tgt=obj
137 verb threaten obj=repression tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
137 verb warn obl:of=repression tgt=obj
137 verb threaten obj=arrest tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
137 verb warn obl:of=arrest tgt=obj
137 verb threaten obj=punishment tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
137 verb warn obl:of=punishment tgt=obj
137 verb threaten obj=prosecution tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
137 verb warn obl:of=prosecution tgt=obj
137 verb threaten obj=reprisal tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
137 verb warn obl:of=reprisal tgt=obj

# 137 threaten (xcomp)
137 verb threaten xcomp=crack tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
137 verb vow xcomp=crack tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
137 verb threaten xcomp=arrest tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
137 verb vow xcomp=arrest tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
137 verb threaten xcomp=jail tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
137 verb vow xcomp=jail tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
137 verb threaten xcomp=detain tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
137 verb vow xcomp=detain tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
137 verb threaten xcomp=prosecute tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
137 verb vow xcomp=prosecute tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
137 verb threaten xcomp=crush tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
137 verb vow xcomp=crush tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
137 verb threaten xcomp=suppress tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
137 verb vow xcomp=suppress tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on

# 138 threaten (obj)
138 verb threaten obj=force tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
138 verb warn obl:of=force tgt=obj
138 verb threaten obj=war tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
138 verb warn obl:of=war tgt=obj
138 verb threaten obj=attack tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
138 verb warn obl:of=attack tgt=obj
138 verb threaten obj=military_action tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
138 verb warn obl:of=military_action tgt=obj
138 verb threaten obj=retaliation tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
138 verb warn obl:of=retaliation tgt=obj
138 verb threaten obj=military_force tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
138 verb warn obl:of=military_force tgt=obj
138 verb threaten obj=action tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
138 verb warn obl:of=action tgt=obj
138 verb threaten obj=offensive tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
138 verb warn obl:of=offensive tgt=obj

# 138 threaten (xcomp)
138 verb threaten xcomp=use xcomp>obj=force|military|troops|army tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
138 verb vow xcomp=use xcomp>obj=force|military|troops|army tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
138 verb threaten xcomp=deploy xcomp>obj=force|military|troops|army tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
138 verb vow xcomp=deploy xcomp>obj=force|military|troops|army tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss

# 138 threaten (xcomp)
138 verb threaten xcomp=attack tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
138 verb vow xcomp=attack tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
138 verb threaten xcomp=strike tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
138 verb vow xcomp=strike tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
138 verb threaten xcomp=retaliate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
138 verb vow xcomp=retaliate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
138 verb threaten xcomp=fight tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
138 verb vow xcomp=fight tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
138 verb threaten xcomp=hit tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
138 verb vow xcomp=hit tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
138 verb threaten xcomp=destroy tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
138 verb vow xcomp=destroy tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
138 verb threaten xcomp=wipe tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
138 verb vow xcomp=wipe tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
138 verb threaten xcomp=annihilate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
138 verb vow xcomp=annihilate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on

# 1381 threaten (xcomp)
1381 verb threaten xcomp=blockade xcomp>obj=port|strait|border|coast|airspace|canal tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1381 verb vow xcomp=blockade xcomp>obj=port|strait|border|coast|airspace|canal tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1381 verb threaten xcomp=close xcomp>obj=port|strait|border|coast|airspace|canal tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1381 verb vow xcomp=close xcomp>obj=port|strait|border|coast|airspace|canal tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1381 verb threaten xcomp=seal xcomp>obj=port|strait|border|coast|airspace|canal tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1381 verb vow xcomp=seal xcomp>obj=port|strait|border|coast|airspace|canal tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss

# 1381 threaten (obj)
1381 verb threaten obj=blockade tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1381 verb warn obl:of=blockade tgt=obj
1381 verb threaten obj=siege tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1381 verb warn obl:of=siege tgt=obj
1381 verb threaten obj=quarantine tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1381 verb warn obl:of=quarantine tgt=obj

# 1382 threaten (xcomp)
1382 verb threaten xcomp=occupy tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1382 verb vow xcomp=occupy tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1382 verb threaten xcomp=annex tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1382 verb vow xcomp=annex tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1382 verb threaten xcomp=seize tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1382 verb vow xcomp=seize tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1382 verb threaten xcomp=invade tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1382 verb vow xcomp=invade tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1382 verb threaten xcomp=take tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1382 verb vow xcomp=take tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1382 verb threaten xcomp=capture tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1382 verb vow xcomp=capture tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on

# 1382 threaten (obj)
1382 verb threaten obj=occupation tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1382 verb warn obl:of=occupation tgt=obj
1382 verb threaten obj=annexation tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1382 verb warn obl:of=annexation tgt=obj
1382 verb threaten obj=invasion tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1382 verb warn obl:of=invasion tgt=obj

# 1383 threaten (obj)
1383 verb threaten obj=terror tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1383 verb warn obl:of=terror tgt=obj
1383 verb threaten obj=terrorism tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1383 verb warn obl:of=terrorism tgt=obj
1383 verb threaten obj=bombing tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1383 verb warn obl:of=bombing tgt=obj
1383 verb threaten obj=suicide_attack tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1383 verb warn obl:of=suicide_attack tgt=obj
1383 verb threaten obj=kidnapping tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1383 verb warn obl:of=kidnapping tgt=obj
1383 verb threaten obj=assassination tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1383 verb warn obl:of=assassination tgt=obj

# 1383 threaten (xcomp)
1383 verb threaten xcomp=kidnap tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1383 verb vow xcomp=kidnap tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1383 verb threaten xcomp=assassinate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1383 verb vow xcomp=assassinate tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1383 verb threaten xcomp=behead tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1383 verb vow xcomp=behead tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1383 verb threaten xcomp=execute tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1383 verb vow xcomp=execute tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1383 verb threaten xcomp=bomb tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1383 verb vow xcomp=bomb tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1383 verb threaten xcomp=kill tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on
1383 verb vow xcomp=kill tgt=xcomp>obj|xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on

# 1384 threaten (xcomp)
1384 verb threaten xcomp=shell xcomp>obj=missile|rocket|strike|attack|shell|airstrike tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1384 verb vow xcomp=shell xcomp>obj=missile|rocket|strike|attack|shell|airstrike tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1384 verb threaten xcomp=bomb xcomp>obj=missile|rocket|strike|attack|shell|airstrike tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1384 verb vow xcomp=bomb xcomp>obj=missile|rocket|strike|attack|shell|airstrike tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1384 verb threaten xcomp=launch xcomp>obj=missile|rocket|strike|attack|shell|airstrike tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1384 verb vow xcomp=launch xcomp>obj=missile|rocket|strike|attack|shell|airstrike tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1384 verb threaten xcomp=fire xcomp>obj=missile|rocket|strike|attack|shell|airstrike tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1384 verb vow xcomp=fire xcomp>obj=missile|rocket|strike|attack|shell|airstrike tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1384 verb threaten xcomp=invade xcomp>obj=missile|rocket|strike|attack|shell|airstrike tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1384 verb vow xcomp=invade xcomp>obj=missile|rocket|strike|attack|shell|airstrike tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1384 verb threaten xcomp=attack xcomp>obj=missile|rocket|strike|attack|shell|airstrike tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1384 verb vow xcomp=attack xcomp>obj=missile|rocket|strike|attack|shell|airstrike tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss

# 1384 threaten (obj)
1384 verb threaten obj=airstrike tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1384 verb warn obl:of=airstrike tgt=obj
1384 verb threaten obj=air_strike tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1384 verb warn obl:of=air_strike tgt=obj
1384 verb threaten obj=missile_strike tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1384 verb warn obl:of=missile_strike tgt=obj
1384 verb threaten obj=shelling tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1384 verb warn obl:of=shelling tgt=obj
1384 verb threaten obj=military_strike tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1384 verb warn obl:of=military_strike tgt=obj

# 1385 threaten (obj)
1385 verb threaten obj=nuclear_strike tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1385 verb warn obl:of=nuclear_strike tgt=obj
1385 verb threaten obj=nuclear_attack tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1385 verb warn obl:of=nuclear_attack tgt=obj
1385 verb threaten obj=nuclear_war tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1385 verb warn obl:of=nuclear_war tgt=obj
1385 verb threaten obj=nuclear_weapon tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1385 verb warn obl:of=nuclear_weapon tgt=obj
1385 verb threaten obj=chemical_weapon tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1385 verb warn obl:of=chemical_weapon tgt=obj
1385 verb threaten obj=annihilation tgt=obl:against|obl:on|obj>nmod:against|obj>nmod:on|iobj
1385 verb warn obl:of=annihilation tgt=obj

# 1385 threaten (xcomp)
1385 verb threaten xcomp=use xcomp>obj=nuclear_weapon|nuke|chemical_weapon|biological_weapon|wmd|nuclear_missile|warhead tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1385 verb vow xcomp=use xcomp>obj=nuclear_weapon|nuke|chemical_weapon|biological_weapon|wmd|nuclear_missile|warhead tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1385 verb threaten xcomp=launch xcomp>obj=nuclear_weapon|nuke|chemical_weapon|biological_weapon|wmd|nuclear_missile|warhead tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1385 verb vow xcomp=launch xcomp>obj=nuclear_weapon|nuke|chemical_weapon|biological_weapon|wmd|nuclear_missile|warhead tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1385 verb threaten xcomp=deploy xcomp>obj=nuclear_weapon|nuke|chemical_weapon|biological_weapon|wmd|nuclear_missile|warhead tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1385 verb vow xcomp=deploy xcomp>obj=nuclear_weapon|nuke|chemical_weapon|biological_weapon|wmd|nuclear_missile|warhead tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1385 verb threaten xcomp=fire xcomp>obj=nuclear_weapon|nuke|chemical_weapon|biological_weapon|wmd|nuclear_missile|warhead tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss
1385 verb vow xcomp=fire xcomp>obj=nuclear_weapon|nuke|chemical_weapon|biological_weapon|wmd|nuclear_missile|warhead tgt=xcomp>obl:with|xcomp>obl:against|xcomp>obl:on|xcomp>obj>nmod:with|xcomp>obj>nmod:on|xcomp>obj>nmod:against|xcomp>obj>nmod:to|xcomp>obj>nmod:poss

# 139 give ultimatum
139 verb issue obj=ultimatum tgt=obl:to|iobj|obj>nmod:to
139 verb give obj=ultimatum tgt=obl:to|iobj|obj>nmod:to
139 verb deliver obj=ultimatum tgt=obl:to|iobj|obj>nmod:to
139 verb present obj=ultimatum tgt=obl:to|iobj|obj>nmod:to
139 verb send obj=ultimatum tgt=obl:to|iobj|obj>nmod:to
139 verb set obj=ultimatum tgt=obl:to|iobj|obj>nmod:to
139 verb set obj=deadline tgt=obl:for|iobj
139 verb impose obj=deadline tgt=obl:for|iobj
139 verb give obj=deadline tgt=obl:for|iobj
139 noun ultimatum tgt=nmod:to

# Threatening someone with force
138 verb threaten obl:with=force|military_force|war|attack|strike|invasion|military_action|retaliation tgt=obj
