"""Joining groups that name one referent, the way a reader links them across two articles.

People: transliteration variants and middle names of one full name (`Yury`/`Yuri Ushakov`,
`Bettie Page`/`Bettie Mae Page`), a short given name and its full form (`Mo`/`Maurice Cheeks`),
then a surname or a given name alone to the one full name it can belong to. Never on a shared
prefix: `Mark Smith` and `Mary Smith` stay two people. Organisations and places: an outlet's
`TV` or `News Agency`, an administrative word (`Luxian County` = `Luxian`), a facility's short
name (`Promises` = `Promises Treatment Center`), acronyms, hyphenation (`Hua-lien` = `Hualien`).
A place's name is never merged into an organisation named after it (`Taiwan Observer`).
"""

from __future__ import annotations

from . import lexicon as lx
from .groups import (
    Group,
    gazetteer_place,
    given_first,
    named_after_place,
    org_like,
    person_like,
    place_like,
    translit,
)
from .name_forms import acronyms_of, one_letter_apart, same_person, without_suffix

_ORG_SUFFIXES = (("news", "agency"), ("tv",), ("news",), ("inc",), ("ltd",), ("group",),
                 ("agency",), ("corp",), ("co",), ("radio",), ("online",))
_ORG_SUFFIX_LAST = frozenset(suffix[-1] for suffix in _ORG_SUFFIXES)
_GENERIC = frozenset("treatment recovery rehab rehabilitation medical health care".split())
"""Words of a facility's kind (`Treatment Center`) rather than of its name."""
_ADMIN_TITLE = frozenset("County Province District City Village Region State Oblast Prefecture "
                         "Municipality Township Governorate Town Street Road Avenue Lane".split())
_ADMIN = frozenset("county province district city village region state oblast prefecture "
                   "municipality township governorate town".split())


class Merger:
    """Merges groups in place; `groups` maps a key to its group."""

    def __init__(self, groups: dict[str, Group],
                 spelt_out: list[tuple[str, str]] | tuple[()] = ()) -> None:
        self.groups = groups
        self.spelt_out = spelt_out
        self.moved: dict[str, str] = {}
        """Keys of a name and of the acronym written after it in brackets (`Internationally
        Recognised Transit Corridor (IRTC)`): one organisation or place, whatever its initials."""

    def merge(self, keep: str, drop: str) -> None:
        if keep != drop and keep in self.groups and drop in self.groups:
            self.groups[keep].absorb(self.groups.pop(drop))
            self.moved[drop] = keep

    def where(self, k: str) -> str:
        """The key of the group that now holds what was group `k`."""
        while k in self.moved:
            k = self.moved[k]
        return k

    def run(self) -> None:
        self.spellings()
        self.people()
        self.organisations()
        self.teams()
        self.places()

    def spellings(self) -> None:
        """`Hua-lien` = `Hualien`: keys equal once hyphens and spaces are gone (one side
        hyphenated); an organisation's long name with one word in the plural or not."""
        compact: dict[str, str] = {}
        for k in sorted(self.groups, key=lambda k: ("-" in k, k)):
            squeezed = k.replace("-", "").replace(" ", "")
            if squeezed in compact and ("-" in k or "-" in compact[squeezed]):
                self.merge(compact[squeezed], k)
            else:
                compact.setdefault(squeezed, k)
        self.misspelt()
        singular: dict[str, str] = {}
        for k in sorted(self.groups):
            words = k.split()
            if len(words) < 3 or not org_like(self.groups[k].canonical):
                continue
            skeleton = " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss")
                                else w for w in words)
            if skeleton in singular:  # `Academy of Motion Pictures Arts and Sciences`
                self.merge(singular[skeleton], k)
            else:
                singular[skeleton] = k

    def misspelt(self) -> None:
        """`Gulf of Aden` = `Gulf of Eden`: a name of several words that another one repeats but
        for one letter of one long word (a slip of one article); never people's names, whose
        letters tell people apart (`Mark Smith`, `Mary Smith`)."""
        by_shape: dict[tuple[str, ...], list[str]] = {}
        for k in sorted(self.groups):
            words = k.split()
            if len(words) < 3 or person_like(self.groups[k]):
                continue
            for n, word in enumerate(words):
                if len(word) >= 4 and word.isalpha():
                    by_shape.setdefault((*words[:n], "", *words[n + 1:]), []).append(k)
        for shape, keys in by_shape.items():
            n = shape.index("")
            for one, other in zip(keys, keys[1:]):
                if one_letter_apart(one.split()[n], other.split()[n]):
                    self.merge(self.where(one), self.where(other))

    def people(self) -> None:
        persons = sorted((g for g in self.groups.values() if person_like(g)),
                         key=lambda g: (-len(g.mentions), g.key))
        by_surname: dict[str, list[str]] = {}
        for group in persons:
            tokens = without_suffix(group.canonical.split())
            surname = translit(tokens[-1])
            target = next((k for k in by_surname.get(surname, []) if k in self.groups and
                           same_person(without_suffix(self.groups[k].canonical.split()), tokens)),
                          None)
            if target:
                self.merge(target, group.key)
            else:
                by_surname.setdefault(surname, []).append(group.key)
        surnames: dict[str, set[str]] = {}
        given: dict[str, set[str]] = {}
        for group in self.groups.values():
            if person_like(group):
                tokens = without_suffix(group.canonical.split())
                surnames.setdefault(translit(tokens[-1]), set()).add(group.key)
                given.setdefault(translit(tokens[0]), set()).add(group.key)
        for group in list(self.groups.values()):
            if len(group.canonical.split()) != 1 or group.key not in self.groups:
                continue
            if org_like(group.canonical) or (lx.name_key(group.canonical) in lx.major_places()
                                             and not group.votes("PERSON")):
                continue
            skeleton = translit(group.canonical)
            place = gazetteer_place(group.canonical)
            owners = surnames.get(skeleton, set())
            if owners and place and not group.votes("PERSON"):
                # `Miami` is no one's surname in `Fine Arts Auction Miami`; `Pullman` is
                # `Philip Pullman`'s: the full name must read as a person's
                owners = {k for k in owners if given_first(self.groups[k].canonical)
                          or self.groups[k].votes("PERSON")}
            elif not owners and (not place or group.canonical in lx.given_names()
                                 or not group.votes("PLACE")):
                owners = given.get(skeleton, set())  # `Wladimir` = `Wladimir Klitschko`,
                # though a town is named so, unless a word says it is the town
            if len(owners) == 1:
                self.merge(next(iter(owners)), group.key)

    def organisations(self) -> None:
        """`India Today` = `India Today TV`; `CPC` = `Caspian Pipeline Consortium`."""
        for group in list(self.groups.values()):
            tokens = tuple(group.key.split())
            if not tokens or tokens[-1] not in _ORG_SUFFIX_LAST:
                continue
            for suffix in _ORG_SUFFIXES:
                if len(tokens) > len(suffix) and tokens[-len(suffix):] == suffix:
                    self.merge(group.key, " ".join(tokens[:-len(suffix)]))
                    break
        acronyms = [group for group in self.groups.values() if group.canonical.isupper()
                    and group.canonical.isalpha() and group.key == lx.name_key(group.canonical)]
        firsts = {g.canonical[k] for g in acronyms for k in (0, 1) if len(g.canonical) > k}
        initials: dict[str, str] = {}
        for group in self.groups.values() if acronyms else ():
            for form in sorted(group.forms):
                if " " in form and form[0].upper() in firsts:
                    for letters in acronyms_of(form.split()):
                        initials.setdefault(letters, group.key)
                        initials.setdefault("T" + letters, group.key)  # `THR`: The Hollywood Reporter
        for group in acronyms:  # `EU` already means `European Union`: its key is not `eu`
            if group.canonical in initials:
                self.merge(initials[group.canonical], group.key)
        for full, short in self.spelt_out:
            full, short = self.where(full), self.where(short)
            if len(self.groups.get(full, Group("")).canonical.split()) > 1:
                self.merge(full, short)
        self.heads()

    def heads(self) -> None:
        """`the Academy` = `Academy of Motion Picture Arts and Sciences`, `the Navy` = `Indian
        Navy`: an organisation word alone names the one organisation of the pair it heads (its
        last word, or its first before `of`/`for`); with two such, it names neither."""
        heads: dict[str, set[str]] = {}
        for group in self.groups.values():
            tokens = group.canonical.split()
            if len(tokens) < 2 or (tokens[-1] not in lx.ORG_WORDS and tokens[0] not in lx.ORG_WORDS) \
                    or not org_like(group.canonical):
                continue
            if tokens[-1] in lx.ORG_WORDS:
                heads.setdefault(tokens[-1].lower(), set()).add(group.key)
            if len(tokens) > 2 and tokens[0] in lx.ORG_WORDS and tokens[1] in ("of", "for"):
                heads.setdefault(tokens[0].lower(), set()).add(group.key)
        for group in list(self.groups.values()):
            form = group.canonical
            if " " in form or form not in lx.ORG_WORDS or group.key not in self.groups:
                continue
            owners = {k for k in heads.get(group.key, ()) if k in self.groups}
            if len(owners) == 1:
                self.merge(next(iter(owners)), group.key)

    def teams(self) -> None:
        """`Red Sox` = `Boston Red Sox`, `Sixers` = `Philly Sixers`, `Angels` = `Los Angeles
        Angels`: an organisation named after its place, and the same name without the place
        or with only its last word, when no other name ends so."""
        endings: dict[str, set[str]] = {}
        for group in self.groups.values():
            form = group.canonical
            tokens = group.key.split()
            if len(tokens) > 1 and (named_after_place(form) or group.votes("THE")) and \
                    not person_like(group):
                for cut in range(1, len(tokens)):
                    endings.setdefault(" ".join(tokens[cut:]), set()).add(group.key)
        ended = [group for group in self.groups.values() if group.key in endings]
        for group in sorted(ended, key=lambda g: (-len(g.key.split()), g.key)):
            ends = endings[group.key]
            owners = {k for k in ends if k in self.groups} - {group.key}
            form = group.canonical
            if len(owners) != 1 or group.key not in self.groups or place_like(form) or \
                    form in lx.given_names() or group.votes("PERSON"):
                continue
            self.merge(next(iter(owners)), group.key)

    def places(self) -> None:
        """`Luxian County` = `Luxian`; `Promises` = `Promises Treatment Center` when that is the
        only facility or organisation it starts (its names joined first) and it is not itself a
        place or a person."""
        for group in list(self.groups.values()):
            tokens = group.key.split()
            if len(tokens) > 1 and tokens[-1] in _ADMIN:
                self.merge(group.key, " ".join(tokens[:-1]))
        self.facilities()  # first: `Betty Ford` then starts one facility, not two of its names
        starts: dict[str, set[str]] = {}
        for group in self.groups.values():
            form = group.canonical
            tokens = group.key.split()
            last = form.split()[-1]
            if len(tokens) > 1 and (last in lx.ORG_WORDS or last in lx.PLACE_LAST) and \
                    not named_after_place(form):
                for cut in range(1, len(tokens)):
                    starts.setdefault(" ".join(tokens[:cut]), set()).add(group.key)
        for group in list(self.groups.values()):
            owners = starts.get(group.key, set())
            form = group.canonical
            if len(owners) != 1 or group.key not in self.groups or gazetteer_place(form) or \
                    group.votes("PERSON"):
                continue
            owner = next(iter(owners))
            if group.votes("PLACE") and self.groups[owner].canonical.split()[-1] in lx.ORG_WORDS:
                continue  # `Tarnhollow` is the place in `Tarnhollow Residents Association`
            self.merge(owner, group.key)

    def facilities(self) -> None:
        """`Betty Ford Center` = `Betty Ford Clinic` = `Betty Ford Treatment Center`; `Malibu
        Promises Treatment Center` = `Promises Treatment Center`: one facility's names, equal
        once facility words and a place's name in front are set aside."""
        heads: dict[str, list[str]] = {}
        named = [(group, group.canonical.split()) for group in self.groups.values()]
        facilities = [(group, tokens) for group, tokens in named if len(tokens) > 1
                      and tokens[-1] in lx.PLACE_LAST and tokens[-1] not in _ADMIN_TITLE]
        for group, tokens in sorted(facilities, key=lambda f: (-len(f[0].mentions), f[0].key)):
            words = [t for t in tokens if t not in lx.PLACE_LAST and t.lower() not in _GENERIC]
            while len(words) > 1 and gazetteer_place(words[0]):
                words = words[1:]
            if words:
                heads.setdefault(" ".join(words).lower(), []).append(group.key)
        for head in sorted(heads, key=lambda h: (-len(h.split()), h)):
            shorter = head.partition(" ")[2]  # `malibu promises` is `promises` somewhere
            if shorter in heads and head.split()[0].title() not in lx.COMPASS | {"New"}:
                heads[shorter].extend(heads.pop(head))
        for keys in heads.values():
            for k in keys[1:]:
                self.merge(keys[0], k)
