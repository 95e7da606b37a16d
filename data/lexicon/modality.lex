# Parley event lexicon — format: docs/formats/lexicon.md. Written by Parley's authors.
# Modality markers: words that change an event's modality (asserted → cancelled, future, hypothetical, negated). First field is the modality, not a CAMEO code; via= names where the event trigger hangs from the marker.

# cancelled: the event was called off; the trigger is the object (a noun trigger) or the complement
cancelled verb cancel via=obj|xcomp
cancelled verb postpone via=obj|xcomp
cancelled verb scrap via=obj|xcomp
cancelled verb abort via=obj|xcomp
cancelled verb delay via=obj|xcomp
cancelled verb shelve via=obj|xcomp
cancelled verb suspend via=obj|xcomp
cancelled verb defer via=obj|xcomp
cancelled verb drop via=obj|xcomp
cancelled verb abandon via=obj|xcomp
cancelled verb axe via=obj|xcomp
cancelled verb nix via=obj|xcomp
cancelled verb call prt=off via=obj
cancelled verb put prt=off via=obj
cancelled verb push prt=back via=obj
cancelled verb scale prt=back via=obj
cancelled verb back prt=out via=obl:of|obl:from
cancelled verb pull prt=out via=obl:of|obl:from
cancelled noun cancellation via=nmod:of
cancelled noun postponement via=nmod:of
cancelled noun suspension via=nmod:of
cancelled adj cancelled via=amod
cancelled adj canceled via=amod
cancelled adj postponed via=amod
cancelled adj scrapped via=amod
cancelled adj aborted via=amod
cancelled adj off via=nsubj

# future: the event is intended, planned or expected
future aux will
future aux shall
future verb plan via=xcomp
future verb intend via=xcomp
future verb expect via=xcomp
future verb seek via=xcomp
future verb want via=xcomp
future verb hope via=xcomp
future verb aim via=xcomp
future verb prepare via=xcomp
future verb schedule via=xcomp
future verb decide via=xcomp
future verb go aux=be via=xcomp
future verb plan via=obj
future verb schedule via=obj
future verb arrange via=obj
future verb prepare via=obj
future adj planned via=amod
future adj scheduled via=amod
future adj proposed via=amod
future adj upcoming via=amod
future adj forthcoming via=amod
future adj expected via=amod
future adj prospective via=amod
future adj due via=xcomp
future adj set via=xcomp
future adj poised via=xcomp
future adj likely via=xcomp
future adj ready via=xcomp
future adj prepared via=xcomp
future adj willing via=xcomp
future adj committed via=xcomp|obl:to
future adj determined via=xcomp
future adj eager via=xcomp
future adj keen via=xcomp
future adv soon via=advmod

# hypothetical: the event might happen or would happen under a condition
hypothetical aux could
hypothetical aux might
hypothetical aux may
hypothetical aux would
hypothetical aux should
hypothetical aux must
hypothetical verb consider via=xcomp
hypothetical verb weigh via=xcomp
hypothetical verb contemplate via=xcomp
hypothetical verb mull via=xcomp
hypothetical adj possible via=amod
hypothetical adj potential via=amod
hypothetical adj able via=xcomp
hypothetical sconj if via=mark
hypothetical sconj unless via=mark
hypothetical sconj whether via=mark
hypothetical adv possibly via=advmod
hypothetical adv perhaps via=advmod
hypothetical adv maybe via=advmod

# negated: the event did not happen
negated part not via=advmod
negated part n't via=advmod
negated part never via=advmod
negated adv never via=advmod
negated det no via=det
negated verb refuse via=xcomp
negated verb decline via=xcomp
negated verb fail via=xcomp
negated verb deny via=xcomp
negated verb rule prt=out via=obj
