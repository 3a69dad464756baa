"""Places: the gazetteer of ``patterns/places.toml`` and finding its names in text.

The gazetteer lists Vietnam's 63 provinces and centrally-run cities from before
the merger of 1 July 2025 and the 34 after it, each under its canonical name
(the table key), plus the national level ``Việt Nam`` with markers such as
``cả nước`` and ``toàn quốc``. :func:`find_places` finds every mention in one
regex pass; :func:`canonical` maps a written name to its canonical form.

Below the provinces, ``patterns/districts.toml`` lists every district-level
unit before the 2025 reform (huyện, quận, thị xã, provincial city) under its
province. They are too many for a regex of their names (compiling one takes
half a second), so a small regex finds runs of capitalised words (after a
prefix ``huyện``/``quận``/``thị xã``/``thành phố``/``TP.``/``TX.``, or
anywhere for the distinctive names listed as ``bare``) and the names are
looked up by key; a district mention has level ``"district"`` and names its
province(s) in ``provinces``.

Matching rules (the data file's header says the same for rule authors):

- A name matches as written in the gazetteer, with its first letter
  capitalised, or in capitals. Lowercase ``hòa bình`` (peace) or ``quy định``
  is no place. The administrative prefixes ``tỉnh``, ``thành phố``, ``TP.``
  match in any case and, when present, belong to the mention
  (``tỉnh Phú Thọ``, ``TP.HCM``).
- Spaces match any whitespace; a hyphen matches ``-``, ``–`` or ``—`` with or
  without spaces; a dot may be followed by spaces.
- Old and new tone-mark placement are equal (``Thanh Hoá`` = ``Thanh Hóa``):
  text and names are compared after :func:`fold_tones`, which keeps length, so
  offsets refer to the text as given.
- Names stand between word boundaries: ``Hà Nam`` is not ``Hà Nội``, and
  nothing matches inside a longer word. At one position the longest spelling
  wins (``Thừa Thiên Huế`` over ``Huế``).
- A bare name (no prefix) right after a common Vietnamese surname and up to
  two capitalised words is part of a person's name and is skipped
  (``Nguyễn Thái Bình``, ``Nguyễn Thị Hà Giang``), unless those words are
  themselves a place just found (``Hà Nội Đà Nẵng``).

Input text is expected in NFC, as the rest of dtextract normalises it.
"""
from __future__ import annotations

import functools
import unicodedata
import weakref
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field

from . import lazyre
from . import patterns as _patterns
from . import trie, windows
from .errors import PatternError
from .patterns import PatternSet

#: the country's name as places.toml spells it: the place of what is said of the whole country
NATIONAL_NAME = "Việt Nam"

__all__ = ["PlaceEntry", "DistrictEntry", "PlaceMention", "find_places", "canonical", "name_in_era", "gazetteer",
           "district_provinces", "check_example", "check_district_example", "fold_tones", "ERAS", "NATIONAL_NAME"]

#: The two sets of provincial units: before and after the merger of 1 July 2025.
ERAS = ("pre2025", "post2025")
Era = Literal["pre2025", "post2025"]

#: Name of the pattern file (``patterns/places.toml``).
STEM = "places"
#: Name of the district-level gazetteer (``patterns/districts.toml``).
DISTRICTS = "districts"

#: Administrative words that may stand before a name and then belong to the mention.
_PREFIX = r"(?i:tỉnh|thành\s+phố|tp\.?)"
#: A district's branch of a provincial body or company, named by the district's bare name (`Điện lực Đức Trọng`,
#: `Chi cục Thuế khu vực Quy Nhơn`, `Kho bạc Nhà nước Hải Lăng`, `Trung tâm Y tế Đức Trọng`): it serves that district,
#: and what it reports is the district's; a province's name after it (`Kho bạc Nhà nước Thái Bình`) is the province's.
_BRANCH_WORDS = (r"điện\s+lực|chi\s+cục\s+thuế(?:\s+khu\s+vực)?|kho\s+bạc(?:\s+nhà\s+nước)?|bảo\s+hiểm\s+xã\s+hội"
                 r"|trung\s+tâm\s+y\s+tế|hạt\s+kiểm\s+lâm|chi\s+cục\s+thi\s+hành\s+án\s+dân\s+sự")
#: The same before a district-level name (``TX.Bến Cát``, ``huyện đảo Lý Sơn``).
#: A word that says what kind of district it is may stand between (``huyện vùng cao Kỳ Sơn``).
_DISTRICT_PREFIX = (r"(?i:huyện(?:\s+(?:đảo|vùng\s+cao|miền\s+núi|biên\s+giới|ven\s+biển|đồng\s+bằng|trung\s+du|nghèo))?"
                    r"|quận|thị\s+xã|thành\s+phố|tp\.?|tx\.?"
                    # (`huyện` and `quận` cut to their initials in a table's place column: `H. Phú Vang`, `Q. Bình
                    # Thạnh`)
                    r"|(?-i:H|Q)\."
                    # (a gauging station takes its district's name: `trạm Bắc Hà`, `trạm thủy văn Buôn Ma Thuột`)
                    r"|trạm(?:\s+(?:khí\s+tượng|thủy\s+văn|quan\s+trắc))?"
                    # (so does a district's branch of a provincial body)
                    r"|" + _BRANCH_WORDS + r")")
_BRANCH = lazyre.compile(r"(?i:" + _BRANCH_WORDS + r")")
_PROVINCE_PREFIX = lazyre.compile(_PREFIX)

#: Common Vietnamese surnames. ``Đoàn`` is left out: it is more often "delegation"
#: or "Union" (``Đoàn Hà Nội``) than the surname.
_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
             "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Trương", "Lương", "Đào", "Mai", "Lâm", "Phùng",
             "Tạ", "Cao", "Hà", "Lưu", "Chu", "Tô", "Triệu", "Vương", "Thái", "Quách", "Tăng", "Kiều")
#: A surname and up to two capitalised words, ending just before a candidate name.
_PERSON_LEAD = lazyre.compile(r"(?<!\w)(?:" + "|".join(_SURNAMES) + r")(?:\s+\p{Lu}\w*){0,2}\s+$")
#: How far back the person check looks (surname + two words + spaces).
_PERSON_WINDOW = 40


class PlaceEntry(BaseModel):
    """One entry of ``places.toml``; the canonical name is the table key."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["tỉnh", "thành phố", "quốc gia"]
    level: Literal["province", "national"] = "province"
    era: list[Era] = Field(min_length=1)
    merged_into: str | None = None
    renamed_to: str | None = None
    variants: list[str] = []
    after_prefix: list[str] = []
    #: the province's own papers' tags and site names (``QNO``, ``BDK.VN``): at the head of an
    #: article they say where it is from (read by dtextract.context, not matched as places)
    press: list[str] = []
    #: names of other things that open with a spelling of the province (`Đồng Tháp Mười`, a region of three
    #: provinces; `Thái Bình Dương`, the Pacific): written whole, they name no province
    longer_names: list[str] = []


class DistrictEntry(BaseModel):
    """One entry of ``districts.toml``: the district-level units of one pre-2025 province (the key)."""

    model_config = ConfigDict(extra="forbid")

    urban: list[str] = []
    rural: list[str] = []
    towns: list[str] = []
    cities: list[str] = []
    bare: list[str] = []

    def names(self) -> list[str]:
        """Every district-level name of the province, once each, in file order."""
        return list(dict.fromkeys([*self.urban, *self.rural, *self.towns, *self.cities]))


@dataclass(frozen=True)
class PlaceMention:
    """One mention of a place in a text.

    ``name`` is the canonical name (``Thừa Thiên Huế``, or ``Việt Nam`` for a
    national marker such as ``cả nước``); ``text == source[start:end]`` is the
    mention as written, with its administrative prefix if it has one;
    ``level`` is ``"province"``, ``"national"`` or ``"district"`` (a huyện, quận,
    thị xã or provincial city of ``patterns/districts.toml``; ``provinces`` then
    names the province(s) it belongs to).
    """

    name: str
    text: str
    start: int
    end: int
    level: str
    #: for a district (``level == "district"``): the pre-2025 provinces that have a district of
    #: this name (one for most; several for Châu Thành, Tân Phú ...)
    provinces: tuple[str, ...] = ()

    @property
    def province(self) -> str | None:
        """The province a district mention implies: its only province, else None (a shared name)."""
        return self.provinces[0] if len(self.provinces) == 1 else None


# -- normalisation ---------------------------------------------------------------
# The vowel pairs whose tone mark moved between the old and the new spelling:
# oa, oe, uy at the end of a syllable ("hoá" -> "hóa", "thuỷ" -> "thủy").
_TONED_SECOND = lazyre.compile(r"([oO])([áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸ])(?!\w)|([uU])([ýỳỷỹỵÝỲỶỸỴ])(?!\w)")


def _move_tone(m: regex.Match[str]) -> str:
    return _moved(m.group())


@functools.lru_cache(maxsize=256)
def _moved(pair: str) -> str:
    """A vowel pair of :data:`_TONED_SECOND` with its tone mark on the first vowel (a few dozen pairs)."""
    first, second = pair
    base, *marks = unicodedata.normalize("NFD", second)
    return unicodedata.normalize("NFC", first + "".join(marks)) + base


#: Ð (U+00D0, Icelandic eth) is often typed for Đ (U+0110): ``Ðà Lạt``.
_ETH = str.maketrans({"Ð": "Đ", "ð": "đ"})


def fold_tones(text: str) -> str:
    """``text`` with the old tone placement rewritten to the new one, same length.

    ``"Thanh Hoá"`` -> ``"Thanh Hóa"``, ``"Khánh Hoà"`` -> ``"Khánh Hòa"``,
    ``"Uỷ ban"`` -> ``"Ủy ban"``; the look-alike ``Ð`` (eth) becomes ``Đ``. Each
    two-character pair becomes two characters (in NFC), so offsets into the
    result are offsets into ``text``.
    """
    out = _TONED_SECOND.sub(_move_tone, text)
    return out.translate(_ETH) if "Ð" in out or "ð" in out else out


_NON_WORD = lazyre.compile(r"[\W_]+")


def _key(name: str) -> str:
    """The look-up key of a spelling: NFC, tones folded, casefolded, letters and digits only."""
    return _NON_WORD.sub("", _DAK.sub("đăk", fold_tones(unicodedata.normalize("NFC", name)).casefold()))


#: the Central Highlands' `Đắk`/`Đăk`, also written `Đak` (`Đak Đoa`, `Đak Pơ`): one word for the gazetteer
_DAK = lazyre.compile(r"(?<!\w)đak(?!\w)")


def _word_key(word: str) -> str:
    """:func:`_key` of one word that is NFC and tone-folded already (find_places folds once); a word of letters
    only (the most common) has nothing to drop.

    >>> _word_key("Lâm"), _word_key("H'Drai"), _word_key("Đak")
    ('lâm', 'hdrai', 'đăk')
    """
    key = word.casefold() if word.isalpha() else _NON_WORD.sub("", word).casefold()
    return "đăk" if key == "đak" else key


_SEPARATOR = lazyre.compile(r"(\s*[-‐‑–—]\s*|\.\s*|\s+)")


def _atoms(spelling: str) -> list[str]:
    """The regex atoms of one spelling: each letter literal; flexible whitespace, hyphens and dots."""
    out: list[str] = []
    for i, part in enumerate(_SEPARATOR.split(spelling)):
        if i % 2 == 0:
            out.extend(regex.escape(c) for c in part)
        elif part.strip().startswith("."):
            out.append(r"\.\s*")
        elif part.strip():
            out.append(r"\s*[-‐‑–—]\s*")
        else:
            out.append(r"\s+")
    return out


def _case_forms(spelling: str) -> list[str]:
    """The written forms a spelling may take: as given, first letter capitalised, all capitals."""
    s = fold_tones(unicodedata.normalize("NFC", spelling))
    forms = [s, s[:1].upper() + s[1:], s.upper()]
    return list(dict.fromkeys(forms))


def _alternation(spellings: list[str]) -> str:
    """One regex for all case forms of ``spellings``, factored as a trie (:mod:`dtextract.trie`).

    >>> _alternation(["Hà Nam", "Hà Nội", "Hà"])
    '(?:H(?:À(?:\\\\s+N(?:AM|ỘI))?|à(?:\\\\s+N(?:am|ội))?))'
    """
    return trie.alternation(_atoms(f) for f in sorted({f for s in spellings for f in _case_forms(s)}))


# -- the compiled gazetteer ---------------------------------------------------------
@dataclass(frozen=True)
class _Gazetteer:
    entries: dict[str, PlaceEntry]
    by_key: dict[str, str]
    rx: regex.Pattern[str]
    #: district look-up key -> (canonical district name, its provinces); prefixed and bare
    districts: dict[str, tuple[str, tuple[str, ...]]]
    bare_districts: frozenset[str]
    #: the keys of the first words of bare district names (where a bare look-up may start)
    bare_firsts: frozenset[str]
    #: (district look-up key, province) -> the district's level there: urban, rural, towns or cities
    levels: dict[tuple[str, str], str]


_CACHE: weakref.WeakKeyDictionary[PatternSet, _Gazetteer] = weakref.WeakKeyDictionary()


def _where(ps: PatternSet, name: str) -> str:
    entry = ps.raw(STEM).get(name)
    return str(entry.path) if entry else f"{STEM}.toml"


def _build(ps: PatternSet) -> _Gazetteer:
    entries = ps.entries(STEM, PlaceEntry)
    if not entries:
        raise PatternError("no place entries: the gazetteer places.toml is missing or empty", path=f"{STEM}.toml")
    by_key: dict[str, str] = {}
    free: list[str] = []
    prefixed: list[str] = []
    for name, e in entries.items():
        for link in (e.merged_into, e.renamed_to):
            if link is not None and (link not in entries or "post2025" not in entries[link].era):
                raise PatternError(f"entry [{name}]: {link!r} is not a post-2025 entry of the gazetteer",
                                   path=_where(ps, name))
        if (e.level == "national") != (e.kind == "quốc gia"):
            raise PatternError(f"entry [{name}]: kind 'quốc gia' goes with level 'national' and only with it",
                               path=_where(ps, name))
        spellings = [name, *e.variants]
        for s in [*spellings, *e.after_prefix]:
            k = _key(s)
            if not k:
                raise PatternError(f"entry [{name}]: empty spelling {s!r}", path=_where(ps, name))
            other = by_key.setdefault(k, name)
            if other != name:
                raise PatternError(f"entry [{name}]: spelling {s!r} also names [{other}]", path=_where(ps, name))
        free.extend(spellings)
        if e.level == "province":
            prefixed.extend([*spellings, *e.after_prefix])
    # a quick guard: a mention can only start with the first letter of a prefix or of a spelling
    # (the prefix in any case; a spelling in one of its case forms, mostly capitalised)
    firsts = {c for w in ("tỉnh", "thành phố", "tp") for c in (w[0].lower(), w[0].upper())}
    firsts |= {f[0] for w in free for f in _case_forms(w)}
    guard = "(?=[" + "".join(regex.escape(c) for c in sorted(firsts)) + "])"
    # \b before a letter is a word start (faster in the engine than a lookbehind (?<!\w))
    pattern = (r"\b" + guard + r"(?:" + _PREFIX + r"\s*(?P<pn>" + _alternation(prefixed) + r")"
               r"|(?P<fn>" + _alternation(free) + r"))(?!\w)")
    rx = ps.regex(STEM, "<gazetteer>", pattern, flags=regex.UNICODE)
    # Districts are too many for a regex of their names (it would take half a second to compile):
    # _DISTRICT_RX finds runs of capitalised words, with or without a prefix, and the names are
    # looked up by key (find_places).
    districts, bare = _districts(ps, entries, by_key)
    levels = {(_key(n), province): level for province, e in ps.entries(DISTRICTS, DistrictEntry).items()
              for level in ("urban", "rural", "towns", "cities") for n in getattr(e, level)}
    return _Gazetteer(entries=entries, by_key=by_key, rx=rx, districts=districts,
                      bare_districts=frozenset(_key(b) for b in bare),
                      bare_firsts=frozenset(_key(_NAME_WORD_SPLIT.split(b.strip())[0]) for b in bare),
                      levels=levels)


def _districts(ps: PatternSet, entries: dict[str, PlaceEntry], by_key: dict[str, str]
               ) -> tuple[dict[str, tuple[str, tuple[str, ...]]], list[str]]:
    """The district-level names of districts.toml: look-up key -> (name, provinces), and the bare
    spellings. Numbered urban districts (Quận 1 ... 12) are named ``Quận N``."""
    table = ps.entries(DISTRICTS, DistrictEntry)
    raw = ps.raw(DISTRICTS)
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    bare: list[str] = []
    for province, e in table.items():
        where = str(raw[province].path) if province in raw else f"{DISTRICTS}.toml"
        if province not in entries or "pre2025" not in entries[province].era:
            raise PatternError(f"entry [{province}]: not a pre-2025 province of places.toml", path=where)
        names = e.names()
        for n in [*names, *e.bare]:
            k = _key(n)
            if not k:
                raise PatternError(f"entry [{province}]: empty district name {n!r}", path=where)
            name, provinces = found.get(k, (f"Quận {n}" if n.isdigit() else n, ()))
            if province not in provinces:
                found[k] = (name, (*provinces, province))
        for b in e.bare:
            if b.isdigit():
                raise PatternError(f"entry [{province}]: a numbered district ({b!r}) is never bare", path=where)
            if _key(b) not in by_key:   # a province's own spelling stays the province's
                bare.append(b)
    return found, bare


def _gazetteer(patterns: PatternSet | None) -> _Gazetteer:
    ps = patterns if patterns is not None else _patterns.load()
    g = _CACHE.get(ps)
    if g is None:
        g = _CACHE[ps] = _build(ps)
    return g


def gazetteer(*, patterns: PatternSet | None = None) -> dict[str, PlaceEntry]:
    """The validated gazetteer entries, keyed by canonical name."""
    return _gazetteer(patterns).entries


# -- the API ------------------------------------------------------------------------
def _is_person(folded: str, start: int, found: list[PlaceMention]) -> bool:
    """Whether the bare name at ``start`` follows a surname and so is part of a person's name."""
    lo = max(0, start - _PERSON_WINDOW)
    m = _PERSON_LEAD.search(folded, lo, start)
    if m is None:
        return False
    # the place found last before the name (the list may hold places found after it too)
    before = next((p for p in reversed(found) if p.start < start), None)
    if before is not None and before.end > m.start():
        # "Hà Nội Đà Nẵng": the lead-in words are a place just found, not a person; but a surname after that place
        # still opens a name ("Phó Chủ tịch UBND tỉnh Hà Tĩnh Nguyễn Hồng Lĩnh")
        m = _PERSON_LEAD.search(folded, before.end, start)
    return m is not None


def find_places(text: str, *, patterns: PatternSet | None = None, districts: bool = True) -> list[PlaceMention]:
    """Every place mentioned in ``text``, in text order, non-overlapping, longest first.

    District-level units (``huyện Văn Lâm``, ``TP Đà Lạt``, ``Quận 1``) come as
    mentions of level ``"district"`` unless ``districts`` is False.

    >>> [(m.name, m.text) for m in find_places("UBND tỉnh Thanh Hoá và TP.HCM")]
    [('Thanh Hóa', 'tỉnh Thanh Hoá'), ('TP. Hồ Chí Minh', 'TP.HCM')]
    """
    g = _gazetteer(patterns)
    folded = fold_tones(text)
    timeout = _patterns.match_timeout(text)
    found: list[PlaceMention] = []
    others: list[tuple[int, int]] = []     # the spans of longer names that name no place
    fn, pn = g.rx.groupindex["fn"], g.rx.groupindex["pn"]   # by number: a lookup by name costs more
    for m in g.rx.finditer(folded, timeout=timeout):
        bare = m.group(fn)
        if bare is not None and (_names_no_district(folded, m.start(), found) or
                                 _IN_A_BODY_NAME.search(folded, max(0, m.start() - _IN_A_NAME_REACH), m.start())):
            continue    # (a person's name, or a commune or ward that bears a province's name: `phường Hòa Bình`; or a
            # cooperative's or a workshop's name that ends with a province's: `Hợp tác xã Cói xuất khẩu Hòa Bình`)
        if bare is None and _in_a_name_prefixed(folded, m.start()):
            continue    # (`cao tốc TP. Hồ Chí Minh - Thủ Dầu Một`, `đoạn Vân Phong - Nha Trang`)
        name = g.by_key[_key(bare if bare is not None else m.group(pn))]
        longer = _longer_name_end(folded, m.start(), g.entries[name].longer_names) if bare is not None else None
        if longer is not None:
            others.append((m.start(), longer))
            continue    # (`vùng Đồng Tháp Mười`, `Thái Bình Dương`: a region or an ocean, no province, nor the
            # district whose name ends it, `Tháp Mười`)
        if g.entries[name].level == "national" and _CAPITALISED_IN_NAME.match(text, m.start()) and \
                _NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue    # (`Trung tâm Thánh Mẫu Toàn quốc La Vang`: a word of a name, capitalised with it)
        found.append(PlaceMention(name=name, text=text[m.start():m.end()], start=m.start(), end=m.end(),
                                  level=g.entries[name].level))
    if not districts or not g.districts:
        return found
    extra = [x for x in _find_districts(text, folded, g, found, timeout)
             if not any(s <= x.start < e for s, e in others)]
    if not extra:
        return found
    # one list, non-overlapping: at one position the longer mention wins (``thành phố Điện Biên
    # Phủ`` the city over ``thành phố Điện Biên`` the province), else the earlier one
    # (``huyện Hòa Bình`` over the province ``Hòa Bình`` inside it)
    merged: list[PlaceMention] = []
    for m in sorted([*found, *extra], key=lambda x: (x.start, x.start - x.end)):
        if merged and m.start < merged[-1].end:
            last = merged[-1]
            if m.level == "province" and last.level == "district" and m.end > last.end and \
                    _DIRECTION_THEN.search(text, last.start, m.start) is not None:
                # (`trạm thu phí Bắc Bình Định`: a direction before a province's name names a part of that
                # province, not the district whose name the two first words spell, `Bắc Bình`)
                merged[-1] = m
            continue
        merged.append(m)
    return merged


#: a direction word and the space after it, before a place's name
_DIRECTION_THEN = lazyre.compile(r"(?<!\w)(?:Bắc|Nam|Đông|Tây)[^\S\n]+$")


def _longer_name_end(folded: str, start: int, longer: list[str]) -> int | None:
    """Where one of ``longer`` (names that open with a province's spelling) ends, if it is written whole at ``start``."""
    for spelling in longer:
        whole = fold_tones(spelling)
        end = start + len(whole)
        if folded.startswith(whole, start) and (end == len(folded) or not folded[end].isalnum()):
            return end
    return None


#: a national marker capitalised as a word of a name (`Toàn quốc`, `Cả nước`), and the capitalised word of the name
#: right before it, in the middle of a sentence
_CAPITALISED_IN_NAME = lazyre.compile(r"(?-i:\p{Lu}\p{Ll}+)")
_NAME_WORD_BEFORE = lazyre.compile(r"(?<![.!?:\n][^\S\n]*)(?<!^[^\S\n]*)(?-i:\p{Lu}\p{Ll}*)[^\S\n]+$")
#: One word of a place name, capitalised (``Mèo``, ``H'Drai``, ``M'Đrắk``), not a prefix.
_NAME_WORD = r"(?!(?:TP|Tp|TX|Tx)\b)\p{Lu}[\p{L}\p{M}'’]*"
#: A run of capitalised words (a district name is at most four).
_NAME_WORDS = _NAME_WORD + r"(?:(?:[^\S\n]+|[^\S\n]*[-‐‑–—][^\S\n]*)" + _NAME_WORD + r"){0,5}"
#: the number of a numbered district (`Quận 1` to `Quận 12`), not the start of a longer number (`quận 1.200`)
DISTRICT_NUMBER = r"(?:1[0-2]|[1-9])(?![\w]|[.,]\d)"
_DISTRICT_RX = lazyre.compile(
    r"\b(?=\p{Lu}|[hHqQtT])(?:(?P<pre>" + _DISTRICT_PREFIX + r")(?:\s*(?P<pw>" + _NAME_WORDS + r")"
    r"|\s*(?P<qn>" + DISTRICT_NUMBER + r"))"
    r"|(?!" + _DISTRICT_PREFIX + r"\b)(?P<bw>" + _NAME_WORDS + r"))", regex.UNICODE)
assert _DISTRICT_RX.groupindex == {"pre": 1, "pw": 2, "qn": 3, "bw": 4}   # _find_districts reads groups()
#: a district named by its number (`Quận 11`, `QUẬN 11`), after whatever word
_NUMBERED_DISTRICT = lazyre.compile(r"(?<!\w)(?:[Qq]uận|QUẬN)\s*(?P<n>" + DISTRICT_NUMBER + r")")
#: a line that opens with a name and a colon (`Đức Hòa: Hệ thống kho bãi …`)
_LINE_LABEL = lazyre.compile(r"^[^\S\n]*(?P<w>" + _NAME_WORDS + r")[^\S\n]*:[^\S\n]", regex.MULTILINE)


def _line_labels(folded: str, timeout: float | None) -> Iterator[regex.Match[str]]:
    """``_LINE_LABEL.finditer(folded)``: a match opens a line (``^`` holds at the text's start and after ``\\n``
    only) and takes in the colon after its name, on that line (no part of it reads a line break), so only the lines
    that hold a colon are tried, each at its start."""
    line = -1
    colon = folded.find(":")
    while colon >= 0:
        start = folded.rfind("\n", 0, colon) + 1
        if start != line:
            line = start
            m = _LINE_LABEL.match(folded, start, timeout=timeout)
            if m is not None:
                yield m
        colon = folded.find(":", colon + 1)


#: a commune named by its level, then a name alone in brackets (`xã Đại Phác (Văn Yên)`)
_COMMUNE_BRACKET = lazyre.compile(r"(?<!\w)(?:(?<!thị\s)xã|phường|thị\s+trấn)[^\S\n]+" + _NAME_WORDS
                                 + r"[^\S\n]*\([^\S\n]*(?P<w>" + _NAME_WORDS + r")[^\S\n]*\)")
_NAME_WORD_SPLIT = lazyre.compile(r"[^\S\n]*[-‐‑–—][^\S\n]*|[^\S\n]+")
_WORD_SPAN = lazyre.compile(r"[^\s\-‐‑–—]+")


#: a unit below the district named just before a name: ``xã Cam Lộ`` is a commune (since 2025 many bear the name
#: of the district they replaced), not huyện Cam Lộ; ``thị xã`` is a district's own prefix, ``hợp tác xã`` a cooperative
_LOWER_UNIT_BEFORE = lazyre.compile(r"(?i:(?<!(?:thị|tác)\s)xã|phường|thôn|ấp|xóm|làng|khu\s+phố|tổ\s+dân\s+phố)[^\S\n]+$")
#: a prefix that counts (`các huyện`, `hai huyện`): it governs every name of the list after it
_PLURAL = lazyre.compile(r"(?i:các|những|hai|ba|bốn|năm|\d+)\s+$")
#: the next name of such a list: `, Đức Trọng`, `và Lâm Hà`
_NEXT_NAME = lazyre.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?P<w>" + _NAME_WORDS + r")")


def _names_after(folded: str, pos: int, next_name: regex.Pattern[str], reach: int | None, names: Callable[[str], bool],
                 add, *, tail: regex.Pattern[str] | None = None, seen: Container[tuple[int, int]] = ()) -> None:
    """Add the names of a list, from ``pos`` on: ``next_name`` matched there (its group ``w``, within ``reach``
    characters) is the next name when ``names`` accepts the longest leading run of its words; ``tail``, if given,
    reads what ends its item before the next one. Stops at the first that is none."""
    while True:
        m = next_name.match(folded, pos, pos + reach) if reach is not None else next_name.match(folded, pos)
        if m is None:
            return
        words = [(w.start(), w.end(), _word_key(w.group())) for w in _WORD_SPAN.finditer(folded, *m.span("w"))]
        named = _longest_name(words, 0, names)
        if named is None:
            return
        j, key = named
        if (words[0][0], words[j - 1][1]) not in seen:
            add(words[0][0], words[j - 1][1], key)
        pos = words[j - 1][1]
        if tail is not None:
            t = tail.match(folded, pos)
            if t is None:
                return
            pos = t.end()


#: the next item of a list of places each followed by its figure: `huyện Hải Lăng với 1.200 ha, Triệu Phong 950 ha`
#: (`huyện Thái Thụy còn 2.415 trường hợp, Tiền Hải 1.987 …`: what is left, too)
_ITEM_FIGURE = r"[^\S\n]+(?:(?:với|có|là|đạt|còn)[^\S\n]+)?(?:(?:khoảng|gần|hơn|trên)[^\S\n]+)?\d[\d.,]*"
_NEXT_FIGURED_ITEM = lazyre.compile(_ITEM_FIGURE + r"(?:[^\S\n]+[^\s\d,;.()]+){0,3}?"
                                   # (the last item after `và` alone: `Sông Mã 1 vụ và Bắc Yên 1 vụ`)
                                   r"(?:[^\S\n]*[,;][^\S\n]*(?:và[^\S\n]+)?|[^\S\n]+và[^\S\n]+)"
                                   r"(?:(?:huyện|thị[^\S\n]+xã|thành[^\S\n]+phố|tp\.?|quận)[^\S\n]+)?"
                                   r"(?P<w>" + _NAME_WORDS + r")(?=" + _ITEM_FIGURE + r")")
#: the item of such a list right before a name (`trong đó An Minh 610 ha, ` before `Kiên Lương 260 ha`), its name first
_PREV_FIGURED_ITEM = lazyre.compile(r"(?:^|[,;:]|(?<!\w)(?:đó|gồm|là))[^\S\n]*(?P<w>" + _NAME_WORDS + r")" + _ITEM_FIGURE +
                                   r"(?:[^\S\n]+[^\s\d,;.()]+){0,3}?[^\S\n]*[,;][^\S\n]*(?:và[^\S\n]+)?$")
#: the next item of a list of places with their figures: `huyện Mộc Châu (71,5%), tiếp đến là Yên Châu (66,2%)`
_NEXT_ITEM = lazyre.compile(r"\s*\([^()\n]{1,40}\)\s*(?:[,;]\s*)?(?:(?:tiếp\s+(?:đến|theo)|sau\s+đó|thứ\s+\w+)\s+là\s+|và\s+)?"
                        r"(?P<w>" + _NAME_WORDS + r")(?=\s*\()")


def _names_before(folded: str, pos: int, prev_name: regex.Pattern[str], reach: int, names: Callable[[str], bool],
                  add, *, seen: Container[tuple[int, int]] = ()) -> None:
    """:func:`_names_after` backwards: ``prev_name`` searched in the ``reach`` characters before ``pos`` (its match
    ending there) is the name before when ``names`` accepts its whole group ``w``. Stops at the first that is none."""
    while (m := prev_name.search(folded, max(0, pos - reach), pos)) is not None:
        words = [(w.start(), w.end(), _word_key(w.group())) for w in _WORD_SPAN.finditer(folded, *m.span("w"))]
        named = _longest_name(words, 0, names)
        if named is None or words[named[0] - 1][1] != m.end("w"):
            return
        if m.span("w") not in seen:
            add(*m.span("w"), named[1])
        pos = m.start("w")


def _longest_name(words: list[tuple[int, int, str]], i: int, names: Callable[[str], bool]) -> tuple[int, str] | None:
    """``(j, key)`` for the longest run ``words[i:j]`` (start, end, key) whose joined key ``names`` accepts, else
    None."""
    for j in range(len(words), i, -1):
        key = "".join(k for _, _, k in words[i:j])
        if names(key):
            return j, key
    return None


#: the words of a body's name after its kind (`Công ty …`, `Hợp tác xã …`): one to six, none a word that goes on the
#: sentence (`tại`, `của`, `đã`, …; `đầu tư`, invests, but for the capitalised word of a name: `Công ty cổ phần Đầu tư
#: Vận tải Sơn Trà Xanh`)
_BODY_NAME_WORDS = (r"(?:[^\S\n]+(?!(?i:tại|ở|của|đã|đang|sẽ|và|với|cho|trên|vào|đến|từ|có|là|thuộc)(?!\w)|đầu\s+tư(?!\w))"
                    r"\p{L}+){1,6}")


#: a street, road or company whose name holds a place: `đại lộ Hòa Bình`, `cao tốc Cần Thơ - Cà Mau` (each name of the
#: route), `Công ty Cổ phần Đô thị Cần Thơ`; not `thành phố`, nor a company whose words before the name say where it
#: works (`Công ty đầu tư tại Cần Thơ`)
_IN_A_NAME = lazyre.compile(
    r"(?:(?i:đại\s+lộ|cao\s+tốc|quốc\s+lộ|tỉnh\s+lộ|(?<!\w)đoạn)|(?<!\w)[đĐ]ường|(?<!(?i:thành|khu)\s)(?<!\w)[pP]hố|"
    # (a reservoir, a canal, a dam, a power plant or a pumping station named after a place: `hồ chứa nước Cam Ranh`,
    # `kênh chính Phú Ninh`; works that serve more than the place, unlike a lake, `hồ Ba Bể`)
    # (and a resettlement area, named after the communes it lies in: `Khu tái định cư Lộc An - Bình Sơn`)
    r"(?<!\w)(?i:hồ\s+(?:chứa(?:\s+nước)?|thủy\s+lợi)|kênh(?:\s+chính)?|đập|(?:nhà\s+máy\s+)?thủy\s+điện|trạm\s+bơm|"
    r"khu\s+tái\s+định\s+cư)|"
    r"(?<!\w)Công\s+ty" + _BODY_NAME_WORDS + r")(?:[^\S\n]+\p{Lu}[\p{L}.]*|[^\S\n]*[-–])*[^\S\n]+$")
#: a cooperative, a workshop or a household business named after a province (`Hợp tác xã Cói xuất khẩu Hòa Bình` in
#: Ninh Bình, `cơ sở sản xuất dụng cụ chỉnh hình Hòa Bình` in Bình Định): one of them, not all of a kind (`các cơ sở`);
#: its name is no place of what it does (asked of provinces only: one named after its own district, `HTX chôm chôm Long
#: Khánh`, stands there); a cooperative's name is written with a capital (`HTX trẻ đưa cà phê đặc sản Đắk Lắk …`, a
#: headline, says what one does); asked backwards from the name, as :data:`_IN_A_NAME_BACK` is
_IN_A_BODY_NAME = lazyre.compile(
    r"(?<!\w)(?<!(?i:các|những|số|\d)\s)(?:(?:Hợp\s+tác\s+xã|HTX|Tổ\s+hợp\s+tác|DNTN)(?=[^\S\n]+\p{Lu})|[Cc]ơ\s+sở|[Xx]ưởng)"
    + _BODY_NAME_WORDS + r"[^\S\n]+$", regex.REVERSE)
#: :data:`_IN_A_NAME` asked backwards from the name (`$` holds only there): a forward search tries every position of
#: its window first (whether one matches is the same either way; a property test holds it to the forward search)
_IN_A_NAME_BACK = lazyre.compile(_IN_A_NAME.pattern, regex.REVERSE)
#: how far before a name :data:`_IN_A_NAME` is looked for
_IN_A_NAME_REACH = 60


def _in_a_name(folded: str, start: int) -> bool:
    """Whether :data:`_IN_A_NAME` matches right before ``start`` (within :data:`_IN_A_NAME_REACH`)."""
    return _IN_A_NAME_BACK.search(folded, max(0, start - _IN_A_NAME_REACH), start) is not None


def _in_a_name_prefixed(folded: str, start: int) -> bool:
    """Whether the place written with its prefix at ``start`` (`tỉnh Quảng Ninh`, `TP. Hồ Chí Minh`) is part of the name
    of a route or works (:data:`_IN_A_NAME`). A street is named by a bare name (`đường Quảng Ninh`), so `đường` right
    before `tỉnh` is no street: it ends a word (`Sữa học đường tỉnh Quảng Ninh`, a school programme) or is the class of
    road whose own name is a number (`đường tỉnh 338`), and the province after it is the one the text speaks of."""
    if not _in_a_name(folded, start):   # (the common case, asked backwards; the match itself is the forward one)
        return False
    m = _IN_A_NAME.search(folded, max(0, start - _IN_A_NAME_REACH), start)
    return not (folded[m.start():m.end()].rstrip().lower() == "đường" and folded[start:start + 5].lower() == "tỉnh ")


#: the directions (as word keys) that, after a district's name, make the name of a commune of it (`Long Điền Tây`)
_DIRECTIONS = frozenset({"đông", "tây", "nam", "bắc", "thượng", "hạ", "trung"})


def _names_no_district(folded: str, start: int, found: list[PlaceMention]) -> bool:
    """Whether the bare name at ``start`` is part of a person's name (:func:`_is_person`), names a unit below the
    district (`xã Cam Lộ`) or is part of the name of a street, a road or a company (:data:`_IN_A_NAME`)."""
    return _is_person(folded, start, found) or \
        _LOWER_UNIT_BEFORE.search(folded, max(0, start - 16), start) is not None or \
        _in_a_name(folded, start) or \
        _commune_listed_before(folded, start) or \
        _HOUSE_NUMBER_BEFORE.search(folded, max(0, start - 16), start) is not None


#: a house number before a name: the name is its street's (`Co.opmart Cần Thơ (số 1 Hòa Bình)`)
_HOUSE_NUMBER_BEFORE = lazyre.compile(r"(?<!\w)[sS]ố[^\S\n]+\d{1,4}[A-Za-z]?(?:/\d+)*[^\S\n]+$")


#: the names listed after communes counted or named by their level (`Còn 4 xã đạt dưới 50% dự toán gồm: Tân Lập, Kim Sơn`):
#: communes, whatever district bears the same name
#: (not the level named as such: `Các địa phương giảm nhiều đơn vị cấp xã nhất là Thanh Hóa (57 xã)` lists provinces)
_COMMUNE_LIST_BEFORE = lazyre.compile(r"(?<!\w)(?<!(?:thị|tác|cấp)\s)(?:xã|phường|thị\s+trấn)(?!\w)[^.;\n]{0,60}?(?<!\w)"
                                     r"(?:gồm(?:\s+có)?|là|như)\s*:?\s*(?:[^,.;:()\n\d]{1,30}(?:,|\svà)\s*){0,12}$"
                                     # (communes said as such, each item with its figure in brackets: `Một số xã có tỷ
                                     # lệ … cao như Thanh Đồng (91,2%), Đồng Văn (86,05%)`)
                                     r"|(?<!\w)(?i:các|những|một\s+số|nhiều)\s+(?:xã|phường|thị\s+trấn)(?!\w)[^.;\n]{0,60}?"
                                     r"(?<!\w)(?:gồm(?:\s+có)?|là|như)\s*:?\s*(?:[^,.;:()\n\d]{1,30}\s*\([^()\n]{1,20}\)"
                                     r"(?:,|\svà)\s*){0,12}$"
                                     # (`Tại các xã Ea Kly, Ea Yông, Krông Búk`: the names a plural level lists; a count of
                                     # them too, `hai xã Thanh Đồng và Đồng Văn`; and villages, `ở các thôn Trung Toàn,
                                     # Thuận An, Bình Trung`)
                                     r"|(?<!\w)(?i:các|những|hai|ba|bốn|năm|sáu|\d{1,2})\s+"
                                     r"(?:xã|phường|thị\s+trấn|thôn|ấp|bản|xóm|làng|khu\s+phố|tổ\s+dân\s+phố)\s+"
                                     r"(?:\p{Lu}[^,.;:()\n\d]{0,30}(?:,|\svà)\s*){1,12}$")
#: the level words one of which every match of :data:`_COMMUNE_LIST_BEFORE` holds, as it spells them (in either
#: alternative, case-sensitive: `thị\s+trấn` by its `trấn`)
_COMMUNE_LEVEL_WORDS = ("xã", "phường", "trấn", "thôn", "ấp", "bản", "xóm", "làng", "phố")


def _commune_listed_before(folded: str, start: int) -> bool:
    """Whether :data:`_COMMUNE_LIST_BEFORE` matches right before ``start``: only asked when its window holds a level
    word (most hold none, and the regex would try each of their 160 positions; backwards it backtracks worse)."""
    lo = max(0, start - 160)
    return any(folded.find(w, lo, start) >= 0 for w in _COMMUNE_LEVEL_WORDS) and \
        _COMMUNE_LIST_BEFORE.search(folded, lo, start) is not None


def _find_districts(text: str, folded: str, g: _Gazetteer, found: list[PlaceMention],
                    timeout: float | None) -> list[PlaceMention]:
    """District mentions: a run of capitalised words after a district prefix whose leading words
    name a district (``huyện Văn Lâm``, ``TP.Thủ Dầu Một``), ``quận`` and a number (``Quận 1``),
    and bare names of ``bare`` districts anywhere in a run of capitalised words."""
    out: list[PlaceMention] = []

    def add(start: int, end: int, key: str) -> None:
        name, provinces = g.districts[key]
        if len(provinces) > 1 and (said := _LEVEL_WORD.match(folded, start)) is not None:
            # `huyện Tân Phú` is Đồng Nai's (TP Hồ Chí Minh's Tân Phú is a quận): the level word says which
            level = _level_of_word(said.group())
            provinces = tuple(p for p in provinces if g.levels.get((key, p)) == level) or provinces
        out.append(PlaceMention(name=name, text=text[start:end], start=start, end=end, level="district",
                                provinces=provinces))

    bare_districts, bare_firsts = g.bare_districts, g.bare_firsts
    bare_ends: list[tuple[int, int, str]] = []     # where each bare name starts and ends, and its key
    for m in _DISTRICT_RX.finditer(folded, timeout=timeout):
        pre, pw, qn, bw = m.groups()   # (a lookup by name costs more than the whole tuple)
        if qn is not None:
            if pre.lower().startswith("quận") and qn in g.districts:
                add(m.start(), m.end(), qn)
            continue
        if pw is None:
            if " " not in bw and "-" not in bw:
                key = _word_key(bw)   # one word, the most common run: look it up at once
                if key in bare_districts and not _names_no_district(folded, m.start(), found):
                    add(m.start(), m.end(), key)
                    bare_ends.append((m.start(), m.end(), key))
                continue
            keys = [_word_key(w) for w in _WORD_SPAN.findall(bw)]
            if not any(k in bare_firsts for k in keys):   # no bare name can start in the run
                continue
            words = [(w.start(), w.end(), k) for w, k in zip(_WORD_SPAN.finditer(folded, *m.span("bw")), keys)]
        else:
            words = [(w.start(), w.end(), _word_key(w.group())) for w in _WORD_SPAN.finditer(folded, *m.span("pw"))]
            province_prefix = _PROVINCE_PREFIX.fullmatch(pre) is not None or _BRANCH.fullmatch(pre) is not None
            named = _longest_name(words, 0, lambda key: key in g.districts   # the longest leading run that names one
                                  and not (province_prefix and key in g.by_key))
            if named is not None:
                j, key = named
                add(m.start(), words[j - 1][1], key)
                if _PLURAL.search(folded, max(0, m.start() - 12), m.start()):
                    # `các huyện Lạc Dương, Đức Trọng và Lâm Hà`: the names listed after a plural prefix
                    _names_after(folded, words[j - 1][1], _NEXT_NAME, 80, lambda k: k in g.districts, add)
                else:
                    # `huyện Mộc Châu (71,5%), tiếp đến là Yên Châu (66,2%)`: the items of a list a prefixed district
                    # opens, each with its bracketed figure, that the gazetteer knows in the same province
                    in_provinces = _of_provinces(g, set(g.districts[key][1]))
                    _names_after(folded, words[j - 1][1], _NEXT_ITEM, 120, in_provinces, add)
                    # (`huyện Hải Lăng với 1.200 ha, Triệu Phong 950 ha`: each with its figure after it)
                    _names_after(folded, words[j - 1][1], _NEXT_FIGURED_ITEM, 80, in_provinces, add)
                    # `huyện Mộc Châu và Yên Châu`: one prefix for the names joined to it, each a district of the same
                    # province (not a province's own name: `huyện Mộc Châu, Sơn La` names where the district is)
                    _names_after(folded, words[j - 1][1], _NEXT_NAME, 80,
                                 lambda k: k not in g.by_key and in_provinces(k), add)
            continue
        i = 0
        while i < len(words):   # bare names inside the run, left to right, longest first
            if words[i][2] in bare_firsts:
                start = words[i][0]
                named = _longest_name(words, i, lambda key: key in bare_districts
                                      and not _names_no_district(folded, start, found))
                if named is not None:
                    j, key = named
                    if j < len(words) and (words[j][2] in _DIRECTIONS or len(words[j][2]) == 1):
                        i = j       # `xã Long Điền Tây`: a commune named after the district and a direction (or a
                        continue    # letter: `cụm dân cư Long Điền A`)
                    end = words[j - 1][1]
                    if any(x.start < end < x.end for x in found):
                        i += 1      # `phía Bắc Hà Nội`: a direction, then a province's name that runs across the end
                        continue
                    add(start, words[j - 1][1], key)
                    bare_ends.append((start, words[j - 1][1], key))
                    i = j - 1
            i += 1
    for m in _line_labels(folded, timeout):
        # `Thạch Hà: Cứng hóa hơn 86 km đường …`: a headline (or a line) labelled with the district it is about,
        # whether or not its name could stand bare in a sentence
        key = _word_key(m.group("w"))
        if key in g.districts and not any(x.start == m.start("w") for x in out):
            add(m.start("w"), m.end("w"), key)
    if "(" in folded:
        for m in _COMMUNE_BRACKET.finditer(folded, timeout=timeout):
            # `ở thôn 4, xã Đại Phác (Văn Yên)`: the district an address gives its commune, in brackets
            key = _word_key(m.group("w"))
            if key in g.districts and not any(x.start == m.start("w") for x in out):
                add(m.start("w"), m.end("w"), key)
    if "uận" in folded or "UẬN" in folded:
        # (a numbered district after a capitalised word, `UBND Quận 11`, which the run of capitalised words took in)
        for m in _NUMBERED_DISTRICT.finditer(folded, timeout=timeout):
            if m.group("n") in g.districts and not any(x.start <= m.start() < x.end for x in out):
                add(m.start(), m.end(), m.group("n"))
    if "huyện" in folded or "quận" in folded or "thị xã" in folded:
        for m in finditer_counted(_LEVEL_LIST, folded, ("huyện", "quận", "thị"), timeout=timeout):
            # `Các huyện … gồm: Hưng Hà 3.850 ha, Đông Hưng …`: each item's leading name the gazetteer knows
            _names_after(folded, m.end(), _NAME_RUN, None, lambda k: k in g.districts, add, tail=_ITEM_TAIL,
                         seen={(x.start, x.end) for x in out})
    if "(" in folded and ("tập trung" in folded or "phân bố" in folded):
        for m in _SPREAD_OPEN.finditer(folded, timeout=timeout):
            # `tập trung ở Anh Sơn (9 vụ), Tân Kỳ (6 vụ) và Quỳ Hợp (5 vụ)`: the places a spread names, each with its
            # figure in brackets, whatever their names could also be
            words = [(w.start(), w.end(), _word_key(w.group())) for w in _WORD_SPAN.finditer(folded, *m.span("w"))]
            named = _longest_name(words, 0, lambda k: k in g.districts and k not in g.by_key)
            if named is None or words[named[0] - 1][1] != m.end("w"):
                continue
            j, key = named
            seen = {(x.start, x.end) for x in out}
            if (words[0][0], words[j - 1][1]) not in seen:
                add(words[0][0], words[j - 1][1], key)
            _names_after(folded, words[j - 1][1], _NEXT_ITEM, 120, _of_provinces(g, set(g.districts[key][1])), add,
                         seen=seen)
    if bare_ends:
        # `trong đó Đà Lạt 1.500 bản, Bảo Lộc 1.450 bản, Đức Trọng 1.200 bản`: the items of a list a bare name opens,
        # each with its figure after it, that the gazetteer knows in the same province (whatever else their names
        # could be)
        seen = {(x.start, x.end) for x in out}

        def add_new(start: int, end: int, key: str) -> None:
            seen.add((start, end))
            add(start, end, key)

        for start, end, key in bare_ends:
            in_provinces = _of_provinces(g, set(g.districts[key][1]))
            _names_after(folded, end, _NEXT_FIGURED_ITEM, 80, in_provinces, add_new, seen=seen)
            # (and the items before it: `trong đó An Minh 610 ha, An Biên 480 ha, Kiên Lương 260 ha`)
            _names_before(folded, start, _PREV_FIGURED_ITEM, 80, in_provinces, add_new, seen=seen)
    if "trong đó" in folded or "gồm" in folded:
        _part_lists(folded, g, found, out, add, timeout)
    if " là " in folded:
        _claimed_localities(folded, g, found, out, add, timeout)
    if " ở " in folded or " tại " in folded:
        _located_names(folded, g, found, out, add, timeout)
    if out and (":" in folded or "tiếp" in folded):
        _list_siblings(folded, g, out, add, timeout)
    if out and ("," in folded or " và " in folded):
        _listed_after(folded, g, out, add)
    if out and bare_ends:
        out = _without_local_namesakes(folded, found, out)
    return out


def _without_local_namesakes(folded: str, found: list[PlaceMention], out: list[PlaceMention]) -> list[PlaceMention]:
    """``out`` without the bare district names that are items of a list of other, unknown names with their figures,
    of a province the text never names while it names another (`5 trạm … (Hòa Cường 80.000 m³/ngày đêm, Phú Lộc
    40.000 m³/ngày đêm, …)` in an article on Đà Nẵng: a ward's plant, not huyện Phú Lộc of Thừa Thiên Huế; a list names
    things of one kind)."""
    named = {x.name for x in found if x.level == "province"}
    if not named:
        return out
    known = {x.start for x in found} | {x.start for x in out}
    keep = []
    for x in out:
        if x.level == "district" and not set(x.provinces) & named and _BARE_NAME.fullmatch(x.text):
            before = _PREV_UNKNOWN_ITEM.search(folded, max(0, x.start - 80), x.start)
            if before is not None and before.start("w") not in known:
                continue
        keep.append(x)
    return keep


#: a name as written without its level word (`Phú Lộc`, not `huyện Phú Lộc`)
_BARE_NAME = lazyre.compile(r"(?!" + _DISTRICT_PREFIX + r"\b)" + _NAME_WORDS)
#: the item of a list right before a name: another name and its figure (`(Hòa Cường 80.000 m³/ngày đêm, `)
#: (or joined to it by `và` alone: `tại trạm Hòa Cường và Phú Lộc`)
_PREV_UNKNOWN_ITEM = lazyre.compile(r"(?:^|[(,;:]|(?<!\w)(?:đó|gồm|là))[^\S\n]*(?P<w>" + _NAME_WORDS + r")" + _ITEM_FIGURE +
                                    r"(?:[^\S\n]*[^\s\d,;()]+){0,3}?[^\S\n]*,[^\S\n]*$"
                                    r"|(?<![\p{L}])(?P<w>" + _NAME_WORDS + r")[^\S\n]+và[^\S\n]+$")


def _part_lists(folded: str, g: _Gazetteer, found: list[PlaceMention], out: list[PlaceMention], add,
                timeout: float | None) -> None:
    """`tỉnh Bắc Kạn … 1.082 ha, trong đó Na Rì 386 ha, Bạch Thông 274 ha`: the parts a whole is split into, two or more
    items each a name and its figure, are districts when every name is one of a province the text names (the parts of
    a province's whole are its districts, whatever else their names could be: a name is bare only where it is
    distinctive)."""
    provinces = {x.name for x in found if x.level == "province"}
    if not provinces:
        return
    of_provinces = _of_provinces(g, provinces)

    def district_only(key: str) -> bool:    # (a district of theirs, not a province's name)
        return key not in g.by_key and of_provinces(key)

    seen = {(x.start, x.end) for x in out}
    for m in _PART_ITEMS.finditer(folded, timeout=timeout):
        items: list[tuple[int, int, str]] = []
        _names_after(folded, m.end(), _FIRST_FIGURED_ITEM, 80, district_only,
                     lambda a, b, k: items.append((a, b, k)))
        if not items:
            continue
        _names_after(folded, items[0][1], _NEXT_FIGURED_ITEM, 80, district_only,
                     lambda a, b, k: items.append((a, b, k)))
        if len(items) < 2:
            continue
        for a, b, key in items:
            if (a, b) not in seen and not any(x.start <= a < x.end for x in out) and \
                    not _names_no_district(folded, a, out):
                seen.add((a, b))
                add(a, b, key)


#: the cue of a whole's parts, a name right after it (`trong đó Na Rì 386 ha`, `gồm: Chợ Đồn 120 ha`)
_PART_ITEMS = lazyre.compile(r"(?<!\w)(?:trong[^\S\n]+đó|(?:bao[^\S\n]+)?gồm)[^\S\n]*:?[^\S\n]*(?=\p{Lu})")
#: the first item of such a list: a name and its figure
_FIRST_FIGURED_ITEM = lazyre.compile(r"(?P<w>" + _NAME_WORDS + r")(?=" + _ITEM_FIGURE + r")")


def _claimed_localities(folded: str, g: _Gazetteer, found: list[PlaceMention], out: list[PlaceMention], add,
                        timeout: float | None) -> None:
    """`Ba Vì là địa phương có diện tích rừng lớn nhất`, `thấp nhất là Bắc Quang với 38,6%`, `cao nhất là Vị Xuyên
    (85,2%)`: a name the sentence says is a locality, or that a ranking names with its figure, is the district of
    that name of a province the text names (whatever else the name could be: a name is bare only where it is
    distinctive)."""
    # (the claim opens with any run of capitalised words, which the engine tries at every capital of the text: asked
    # only of a text where its `là …` tail stands)
    claims = (_CLAIMED_LOCALITY, _RANKED_PLACE) if _CLAIM_TAIL.search(folded) else (_RANKED_PLACE,)
    _add_districts_named(folded, g, found, out, add,
                         (m for rx in claims for m in rx.finditer(folded, timeout=timeout)), ())


def _located_names(folded: str, g: _Gazetteer, found: list[PlaceMention], out: list[PlaceMention], add,
                   timeout: float | None) -> None:
    """`khoảng 30% diện tích hoa ly ở Văn Giang nở sớm` in an article that names Hưng Yên: a name right after `ở` or
    `tại` is where something is, so it is the district of that name of a province the text names (whatever else the
    name could be: a name is bare only where it is distinctive), when no other capitalised word runs on after it."""
    _add_districts_named(folded, g, found, out, add, _LOCATED_NAME.finditer(folded, timeout=timeout), found)


def _add_districts_named(folded: str, g: _Gazetteer, found: list[PlaceMention], out: list[PlaceMention], add,
                         matches: Iterator[regex.Match[str]], also: list[PlaceMention] | tuple[()]) -> None:
    """Add, for each of ``matches``, the district its group ``w`` names whole, of a province the text names (or a
    district found names), unless it is known, starts inside a mention of ``out`` or ``also``, or names no district
    there (:func:`_names_no_district`)."""
    provinces = {x.name for x in found if x.level == "province"} | {p for x in out for p in x.provinces}
    if not provinces:
        return
    known = {(x.start, x.end) for x in out}
    names = _of_provinces(g, provinces)
    for m in matches:
        words = [(w.start(), w.end(), _word_key(w.group())) for w in _WORD_SPAN.finditer(folded, *m.span("w"))]
        named = _longest_name(words, 0, lambda k: k not in g.by_key and names(k))
        if named is None or words[named[0] - 1][1] != m.end("w"):
            continue
        j, key = named
        start, end = words[0][0], words[j - 1][1]
        if (start, end) in known or any(x.start <= start < x.end for x in [*out, *also]) or \
                _names_no_district(folded, start, out):
            continue
        known.add((start, end))
        add(start, end, key)


#: a name right after a preposition of place (`ở Văn Giang`, `tại Đông Anh`), not where people go to work or study
#: (`công nhân đi làm ở Mê Linh`)
_LOCATED_NAME = lazyre.compile(r"(?<![\p{L}])(?<!(?:đi[^\S\n]+làm|đi[^\S\n]+học|làm[^\S\n]+việc)[^\S\n]+)(?:ở|tại)"
                               r"[^\S\n]+(?P<w>" + _NAME_WORDS + r")")
#: a name said to be a locality (`Ba Vì là địa phương …`, `Mèo Vạc là một trong 6 huyện …`)
_CLAIMED_LOCALITY = lazyre.compile(r"(?<![\p{L}\d])(?P<w>" + _NAME_WORDS + r")[^\S\n]+(?:cũng[^\S\n]+|vẫn[^\S\n]+)?là"
                                   r"[^\S\n]+(?:(?:một|1)[^\S\n]+trong[^\S\n]+(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
                                   r"[^\S\n]+)?(?:địa[^\S\n]+phương|huyện|thị[^\S\n]+xã|đơn[^\S\n]+vị)(?![\p{L}])")
#: what every match of :data:`_CLAIMED_LOCALITY` holds after its name
_CLAIM_TAIL = lazyre.compile(r"(?<=[^\S\n])là[^\S\n]+(?:(?:một|1)[^\S\n]+trong[^\S\n]+|địa[^\S\n]+phương|huyện|thị[^\S\n]+xã|"
                             r"đơn[^\S\n]+vị)")
#: a name a ranking gives with its figure (`cao nhất là Vị Xuyên (85,2%)`, `thấp nhất là Bắc Quang với 38,6%`, `Các địa
#: phương có số thu lớn là Vũ Thư (412 tỷ đồng)`)
_RANKED_PLACE = lazyre.compile(r"(?<![\p{L}])(?:nhất|đầu|lớn|cao|thấp|nhiều|ít)[^\S\n]+là[^\S\n]+(?P<w>" + _NAME_WORDS + r")"
                               r"(?=[^\S\n]*\([^\S\n]*\d|[^\S\n]+với[^\S\n]+(?:(?:khoảng|gần|hơn|trên)[^\S\n]+)?\d)")


def _of_provinces(g: _Gazetteer, provinces: set[str]) -> Callable[[str], bool]:
    """Whether a name's key is a district of one of ``provinces`` (the items of a list one of them opens)."""
    return lambda k: k in g.districts and bool(set(g.districts[k][1]) & provinces)


#: a spread over places named each with its bracketed figure: `tập trung ở Anh Sơn (`
_SPREAD_OPEN = lazyre.compile(r"(?<!\w)(?:tập\s+trung|phân\s+bố)(?:\s+(?:chủ\s+yếu|nhiều(?:\s+nhất)?|chính))?\s+"
                             r"(?:ở|tại)\s+(?P<w>" + _NAME_WORDS + r")(?=\s*\()")


def _list_siblings(folded: str, g: _Gazetteer, out: list[PlaceMention], add, timeout: float | None) -> None:
    """`năng suất cao như: Anh Sơn 58,2 tạ/ha, Thanh Chương 56,9 tạ/ha, Đô Lương 55,1 tạ/ha`: the names that open
    the items of a list after a colon (or `tiếp đến là`) are districts when one of them was found as a district by
    itself, and each is a district of a province that one has (a list names things of one kind)."""
    # (keyed by the name's end: the first item's name may have been found with its level word, `huyện Thọ Xuân`)
    found = {x.end: set(x.provinces) for x in out}
    for m in _COLON_ITEMS.finditer(folded, timeout=timeout):
        items: list[tuple[int, int, str]] = []
        _names_after(folded, m.end(), _NAME_RUN, None, lambda k: k in g.districts,
                     lambda a, b, k: items.append((a, b, k)), tail=_ITEM_TAIL)
        provinces = set().union(*(found.get(b, ()) for _a, b, _k in items))
        least = 2
        if folded[m.start()] != ":":
            # `huyện Đức Thọ có … nhiều nhất với 540 con, tiếp đến là Hương Sơn 410 con`: the ranking's first item, a
            # district found before `tiếp đến là` in the same sentence, says what the next ones are
            first = next((x for x in reversed(out) if x.end <= m.start() and x.level == "district"), None)
            if first is not None and m.start() - first.end <= _RANKING_REACH and \
                    not _SENTENCE_END.search(folded, first.end, m.start()):
                provinces |= set(first.provinces)
                least = 1
        if len(items) < least or not provinces:
            continue
        for a, b, key in items:
            if b not in found and key not in g.by_key and set(g.districts[key][1]) & provinces \
                    and not _names_no_district(folded, a, out):
                add(a, b, key)


def _listed_after(folded: str, g: _Gazetteer, out: list[PlaceMention], add) -> None:
    """`Sóc Sơn, Ba Vì và Mỹ Đức lần lượt có 4, 3 và 3 phiên`: the names listed right after or before a district, by
    commas and `và` alone, are districts when each is one of its province (a list names things of one kind)."""
    ends = {x.end for x in out}
    for x in list(out):
        if not x.provinces:
            continue
        # (and the names right before it: `nhiều nhất là Bình Tân, Bình Chánh và TP Thủ Đức, lần lượt …`)
        for walk, at, rx in ((_names_after, x.end, _NEXT_LISTED_NAME), (_names_before, x.start, _PREV_LISTED_NAME)):
            listed: list[tuple[int, int, str]] = []
            walk(folded, at, rx, _LISTED_NAME_REACH, _of_provinces(g, set(x.provinces)),
                 lambda a, b, k: listed.append((a, b, k)))
            for a, b, key in listed:
                if b not in ends and key not in g.by_key and not _names_no_district(folded, a, out):
                    add(a, b, key)
                    ends.add(b)


#: the next name of a list of bare names (`, Ba Vì`, ` và Mỹ Đức`), and how far it may reach
#: (each may be followed by its figure in brackets: `hai huyện miền núi Hương Khê (38,2%) và Vũ Quang (35,7%)`)
_NEXT_LISTED_NAME = lazyre.compile(r"[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?(?:,[^\S\n]*(?:và[^\S\n]+)?|[^\S\n]*và[^\S\n]+)"
                                  r"(?P<w>" + _NAME_WORDS + r")")
_LISTED_NAME_REACH = 72
#: the name of a list of bare names right before another (`Bình Tân, ` before `Bình Chánh`), opening the list (each may
#: be followed by its figure in brackets, as after: `gồm Tân Hưng (1.530 ha), Vĩnh Hưng (1.205 ha), ` before `Mộc Hóa`)
_PREV_LISTED_NAME = lazyre.compile(r"(?:^|[,;:(]|(?<!\w)(?:là|gồm|như|và|ở|tại))[^\S\n]*(?P<w>" + _NAME_WORDS + r")"
                                   r"(?:[^\S\n]*\([^()\n]{1,30}\))?[^\S\n]*"
                                   r"(?:,[^\S\n]*(?:và[^\S\n]+)?|[^\S\n]+và[^\S\n]+)$")
#: how far before `tiếp đến là` a ranking's first item may be named
_RANKING_REACH = 160
#: what ends a sentence between a ranking's first item and `tiếp đến là` (not the point of `1.120`)
_SENTENCE_END = lazyre.compile(r"\.(?!\d)|[!?\n]")
#: a colon that opens a list whose first item starts with a name (or `tiếp đến là`, that goes on with one: `huyện Văn Yên
#: … nhiều nhất với 42 tấn; tiếp đến là Lục Yên 35 tấn, Yên Bình 28,5 tấn`), its level word said once before the first
#: name only (`gồm: huyện Thọ Xuân 18,4 km, Triệu Sơn 16,9 km`)
_COLON_ITEMS = lazyre.compile(r"(?::|(?<!\w)tiếp[^\S\n]+(?:đến|theo)[^\S\n]+là)[^\S\n]*"
                             r"(?:(?:huyện|quận|thị[^\S\n]+xã)[^\S\n]+)?(?=\p{Lu})")


#: a list announced by a plural level (`Các huyện có diện tích lớn gồm: Hưng Hà 3.850 ha, Đông Hưng 3.120 ha`,
#: `ở 9 huyện: Hoàng Su Phì 6 sản phẩm, Bắc Quang 5 sản phẩm`)
_LEVEL_LIST = lazyre.compile(r"(?<!\w)(?i:các|những|một\s+số|nhiều|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:huyện|quận|thị\s+xã)"
                            r"(?:\s*,\s*(?:thị\s+xã|thành\s+phố|quận|huyện))*"
                            r"(?:[^.;:\n\d]{0,60}?(?:\s+(?:gồm(?:\s+có)?|là|như)\s*:?|\s*:)\s*"
                            # (or the names right after the level word: `tại các huyện Thiệu Hóa (420 ha), Yên Định (380
                            # ha), Hoằng Hóa (310 ha)`)
                            r"|[^\S\n]+(?=\p{Lu}))")
#: the counts that open a list announced by a plural level (:data:`_LEVEL_LIST`, ``subjects._LOCALITY_LIST``), but a run
#: of digits and `một số`
_DIGIT = lazyre.compile(r"\d")
COUNT_WORDS = ("các", "những", "nhiều", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
_COUNT_ODD = windows.odd_cases([*COUNT_WORDS, "một", "số"])


def finditer_counted(rx: regex.Pattern[str], text: str, levels: tuple[str, ...], *,
                     timeout: float | None = None) -> Iterator[regex.Match[str]]:
    """``rx.finditer(text)`` for a regex each of whose matches opens with a count (a word of :data:`COUNT_WORDS`, `một
    số` or a run of digits, in any case), white space, then a level word that starts with one of ``levels`` (lower
    case: `huyện`, `thị`): such a list is rare, and a regex that tries every position of an article for it costs
    more than the rest of the article's places. So the positions a match can open at are found from the level words
    (with ``str.find`` in the text in lower case) and the count before each, and only they are tried, in order, each
    after the last match's end: the matches a whole-text scan finds, as it finds them at those positions.

    >>> rx = regex.compile(r"(?<!\\w)(?i:các|\\d+)\\s+huyện:")
    >>> [m.group() for m in finditer_counted(rx, "Có 12 huyện: A; các  huyện: B; xhuyện:", ("huyện",))]
    ['12 huyện:', 'các  huyện:']
    """
    folded = windows.fold(text, _odd_cases_counted(levels))
    if folded is None:   # (a letter the lower case would hide from a case-insensitive match: the whole scan)
        yield from rx.finditer(text, timeout=timeout)
        return
    yield from windows.matches_at(rx, text, _count_starts(folded, levels), timeout=timeout)


@functools.lru_cache(maxsize=16)
def _odd_cases_counted(levels: tuple[str, ...]) -> frozenset[str] | None:
    """:func:`windows.odd_cases` of ``levels`` and the count words."""
    odd = windows.odd_cases(levels)
    return None if odd is None or _COUNT_ODD is None else odd | _COUNT_ODD


def _count_starts(folded: str, levels: tuple[str, ...]) -> set[int]:
    """Where a count (:func:`finditer_counted`) may open before a word of ``levels`` in ``folded``: the level word after
    white space (``str.isspace`` holds for each character ``\\s`` matches), the count right before that space: the
    start of each count word it ends with, each position in its run of digits, `một` before `số`."""
    out: set[int] = set()
    for word in levels:
        p = folded.find(word)
        while p >= 0:
            if p > 0 and folded[p - 1].isspace():
                end = p - 1
                while end > 0 and folded[end - 1].isspace():
                    end -= 1
                if end > 0 and _DIGIT.match(folded, end - 1):   # (the regex module knows digits Python may not yet)
                    k = end - 1
                    while k > 0 and _DIGIT.match(folded, k - 1):
                        k -= 1
                    out.update(range(k, end))
                out.update(end - len(w) for w in COUNT_WORDS if folded.endswith(w, 0, end))
                if folded.endswith("số", 0, end):
                    k = end - 2
                    while k > 0 and folded[k - 1].isspace():
                        k -= 1
                    if k < end - 2 and folded.endswith("một", 0, k):
                        out.add(k - 3)
            p = folded.find(word, p + 1)
    return out


#: what ends a listed name's item: its figure (`3.850 ha`, `(71,5%)`), then the separator before the next name
_ITEM_TAIL = lazyre.compile(r"[^\S\n]*(?:\([^()\n]{0,30}\)|(?:với\s+)?(?:(?:khoảng|gần|hơn|trên|dưới)\s+)?[\d.,]+(?:[^\S\n]*%|[^\S\n]+\p{L}+(?:/\p{L}+)*){0,2})?[^\S\n]*"
                           r"(?:,|;|và)[^\S\n]*(?:và[^\S\n]+)?")

#: a run of capitalised words, read as the name that opens a list's item
_NAME_RUN = lazyre.compile(r"(?P<w>" + _NAME_WORDS + r")")


def item_names(text: str, pos: int) -> list[tuple[int, int]]:
    """The (start, end) of the capitalised names that open the items of a list from ``pos`` on, whatever they
    name (`Hải Đông 9,2 km, Hải Lộc 7,8 km`): the list reading of :func:`_find_districts` without the gazetteer.

    >>> t = "gồm: Hải Đông 9,2 km, Hải Lộc 7,8 km."
    >>> [t[a:b] for a, b in item_names(t, 5)]
    ['Hải Đông', 'Hải Lộc']
    """
    out: list[tuple[int, int]] = []
    _names_after(text, pos, _NAME_RUN, None, lambda _key: True, lambda a, b, _key: out.append((a, b)), tail=_ITEM_TAIL)
    return out


_LEADING_PREFIX = lazyre.compile(r"^" + _PREFIX + r"\s*")
#: the level word a district is named with
_LEVEL_WORD = lazyre.compile(r"(?i:huyện|quận|thị\s+xã|thành\s+phố|tp|tx|h\.|q\.)(?!\w)")


def _level_of_word(word: str) -> str:
    """The level of districts.toml a level word names: `huyện` rural, `quận` urban, `thị xã` towns, `thành phố`
    cities."""
    w = " ".join(word.lower().split())
    if w in ("huyện", "h."):
        return "rural"
    if w in ("quận", "q."):
        return "urban"
    return "towns" if w in ("thị xã", "tx") else "cities"


_LEADING_DISTRICT_PREFIX = lazyre.compile(r"^" + _DISTRICT_PREFIX + r"\s*")
_LEADING_LEVEL = lazyre.compile(r"^\W*(?:" + _DISTRICT_PREFIX + r"|" + _PREFIX + r")\s+")


def without_level(name: str) -> str:
    """``name`` without the level word it opens with: `Huyện Duy Xuyên` → `Duy Xuyên`, `Tỉnh Bến Tre` → `Bến Tre`.

    >>> without_level("Huyện Duy Xuyên"), without_level("TP. Hội An"), without_level("Đakrông")
    ('Duy Xuyên', 'Hội An', 'Đakrông')
    """
    return _LEADING_LEVEL.sub("", name).strip()


def canonical(name: str, *, patterns: PatternSet | None = None, districts: bool = False) -> str | None:
    """The canonical gazetteer name for a written name, or ``None`` if it names no place.

    Case, tone placement, spacing and punctuation do not matter, and a leading
    ``tỉnh`` / ``thành phố`` / ``TP.`` is ignored: ``'TP.HCM'`` ->
    ``'TP. Hồ Chí Minh'``, ``'thanh hoá'`` -> ``'Thanh Hóa'``, ``'cả nước'``
    -> ``'Việt Nam'``. A name given on its own is taken as a place, so
    ``'Hồ Chí Minh'`` -> ``'TP. Hồ Chí Minh'`` although in running text it
    needs a prefix. With ``districts``, a name that is no province may be a
    district-level unit: ``'TP Đà Lạt'`` -> ``'Đà Lạt'``.
    """
    g = _gazetteer(patterns)
    s = unicodedata.normalize("NFC", name).strip()
    for candidate in (s, _LEADING_PREFIX.sub("", s)):
        found = g.by_key.get(_key(candidate)) if candidate else None
        if found is not None:
            return found
    if districts:
        for candidate in (s, _LEADING_DISTRICT_PREFIX.sub("", s)):
            hit = g.districts.get(_key(candidate)) if candidate else None
            if hit is not None:
                return hit[0]
    return None


def district_provinces(name: str, *, patterns: PatternSet | None = None) -> tuple[str, ...]:
    """The pre-2025 provinces that have a district-level unit called ``name`` (any case or
    prefix), or ``()``: ``'Đà Lạt'`` -> ``('Lâm Đồng',)``, ``'Châu Thành'`` -> ten provinces."""
    g = _gazetteer(patterns)
    s = _LEADING_DISTRICT_PREFIX.sub("", unicodedata.normalize("NFC", name).strip())
    hit = g.districts.get(_key(s)) if s else None
    return hit[1] if hit else ()


_CITY_CACHE: weakref.WeakKeyDictionary[PatternSet, frozenset[str]] = weakref.WeakKeyDictionary()


def provincial_city(name: str, *, patterns: PatternSet | None = None) -> bool:
    """Whether the district-level unit ``name`` is a city of its province (districts.toml ``cities``): ``'Đà Lạt'`` ->
    True, ``'Ninh Kiều'`` (an urban district) -> False."""
    ps = patterns if patterns is not None else _patterns.load()
    cities = _CITY_CACHE.get(ps)
    if cities is None:
        cities = _CITY_CACHE[ps] = frozenset(_key(c) for e in ps.entries(DISTRICTS, DistrictEntry).values()
                                             for c in e.cities)
    return _key(_LEADING_DISTRICT_PREFIX.sub("", unicodedata.normalize("NFC", name).strip())) in cities


def name_in_era(name: str, era: str, *, patterns: PatternSet | None = None) -> str:
    """The name that the territory of canonical ``name`` bears in ``era`` (``pre2025``/``post2025``).

    Only a renamed unit with the same territory changes: ``name_in_era('Huế',
    'pre2025') == 'Thừa Thiên Huế'`` and back. A merged-away province keeps its
    own name (it still names that area); an unknown name comes back unchanged.
    """
    if era not in ERAS:
        raise ValueError(f"era must be one of {ERAS}, not {era!r}")
    entries = _gazetteer(patterns).entries
    e = entries.get(name)
    if e is None or era in e.era:
        return name
    if e.renamed_to is not None and era in entries[e.renamed_to].era:
        return e.renamed_to
    before = [n for n, x in entries.items() if x.renamed_to == name and era in x.era]
    return before[0] if len(before) == 1 else name


def check_example(patterns: PatternSet, name: str, example: Any, positive: bool) -> None:
    """Check one example of entry ``name`` of ``places.toml``; AssertionError if it is not honoured.

    ``example`` is a phrase, or a table ``{text, match}`` (positive: a mention
    of ``name`` whose text is exactly ``match``) or ``{text, no_place = true}``
    (negative: no mention at all). A positive phrase must yield a mention of
    ``name``; a negative one must yield none. A malformed example raises
    :class:`~dtextract.errors.PatternError`.
    """
    where = _where(patterns, name)
    if name not in _gazetteer(patterns).entries:
        raise PatternError(f"no entry [{name}] in the gazetteer", path=where)
    if isinstance(example, str):
        text, match, no_place = example, None, False
    elif isinstance(example, dict) and isinstance(example.get("text"), str) \
            and set(example) <= {"text", "match", "no_place"}:
        text, match, no_place = example["text"], example.get("match"), bool(example.get("no_place"))
        if (match is not None and not positive) or (no_place and positive):
            raise PatternError(f"entry [{name}]: 'match' is for examples, 'no_place' for negative_examples: "
                               f"{example!r}", path=where)
    else:
        raise PatternError(f"entry [{name}]: an example is a string or a table {{text, match}} / "
                           f"{{text, no_place}}, not {example!r}", path=where)
    mentions = find_places(text, patterns=patterns)
    got = [(m.name, m.text) for m in mentions]
    if positive:
        hits = [m for m in mentions if m.name == name and (match is None or m.text == match)]
        want = f"{name!r}" + (f" as {match!r}" if match is not None else "")
        assert hits, f"{where}: example {text!r} should yield {want}; found {got}"
    elif no_place:
        assert not mentions, f"{where}: negative example {text!r} should yield no place; found {got}"
    else:
        assert all(m.name != name for m in mentions), \
            f"{where}: negative example {text!r} should not yield {name!r}; found {got}"


def check_district_example(patterns: PatternSet, name: str, example: Any, positive: bool) -> None:
    """Check one example of entry ``name`` (a province) of ``districts.toml``.

    ``example`` is a phrase or a table ``{text, match}``. A positive one must
    yield a district mention of that province (whose text is exactly ``match``
    when given); a negative one must yield none.
    """
    raw = patterns.raw(DISTRICTS)
    where = str(raw[name].path) if name in raw else f"{DISTRICTS}.toml"
    if isinstance(example, str):
        text, match = example, None
    elif isinstance(example, dict) and isinstance(example.get("text"), str) and set(example) <= {"text", "match"}:
        text, match = example["text"], example.get("match")
    else:
        raise PatternError(f"entry [{name}]: an example is a string or a table {{text, match}}, not {example!r}",
                           path=where)
    mentions = find_places(text, patterns=patterns)
    got = [(m.name, m.text, m.level) for m in mentions]
    mine = [m for m in mentions if m.level == "district" and name in m.provinces]
    if positive:
        hits = [m for m in mine if match is None or m.text == match]
        assert hits, f"{where}: example {text!r} should yield a district of [{name}]" + \
            (f" as {match!r}" if match else "") + f"; found {got}"
    else:
        assert not mine, f"{where}: negative example {text!r} should yield no district of [{name}]; found {got}"
