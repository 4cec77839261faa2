"""The article's frame, found once per article before its figures are
attributed: its own region (district, city, province), which `我区`, `全市`
and figures without a named subject stand for."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from extract.read import Article
from extract.rules import Rules


@dataclass(frozen=True)
class Frame:
    home: dict[str, str] = field(default_factory=dict)  # level → the article's own region


def article_frame(article: Article, rules: Rules) -> Frame:
    """`article` as the rules read it (its matching view)."""
    return Frame(home_region(article, rules))


def _region_counts(texts: tuple[str, str], rules: Rules) -> Counter[str]:
    """How often each region is named, by its full name or, where that is named too, its short one
    (`北碚` beside `北碚区`): alone, many short forms are ordinary words (`新建`, `城关`)."""
    gazetteer = rules.gazetteer
    counts = Counter(name.text for text in texts for name in gazetteer.regions_in(text))
    shorts = Counter({s: sum(t.count(s) for t in texts) for n in counts for s in [gazetteer.short_of.get(n)] if s})
    for short in shorts:
        names = gazetteer.short_names[short]
        alone = shorts[short] - sum(counts[name] for name in names)
        known = [name for name in names if name in counts]
        if alone > 0 and (len(names) == 1 or len(known) == 1):
            counts[known[0] if known else names[0]] += alone
    return counts


def home_region(article: Article, rules: Rules) -> dict[str, str]:
    """The article's own district, city and province (meta.csv's `region` wins)."""
    gazetteer, subjects = rules.gazetteer, rules.subjects
    texts = (article.title, article.text)
    counts = _region_counts(texts, rules)
    levels = Counter(
        level
        for text in texts
        for m in subjects.self_pattern.finditer(text)
        for level in subjects.self_reference[m.group()]
    )
    named_cities = {name for name in counts for r in gazetteer.regions[name] if r.level != "district"}
    zones = gazetteer.zones_in(article.title) + gazetteer.zones_in(article.text)
    home: dict[str, str] = {}
    override = article.region
    candidates = [override] if override in gazetteer.regions else [n for n, _ in counts.most_common()]
    for name in candidates:
        options = gazetteer.regions.get(name, [])
        region = next((r for r in options if r.city in named_cities or r.province in named_cities), None)
        region = region or (options[0] if options else None)
        if region is None:
            continue
        home.setdefault(region.level, region.name)
        if region.city:
            home.setdefault("city", region.city)
        home.setdefault("province", region.province)
    if levels["city"] > levels["district"] and not override:
        home.pop("district", None)
    # A development zone named more often than any district is the article's own `区`.
    zone, zone_count = zones.most_common(1)[0] if zones else ("", 0)
    districts = (counts[name] for name in counts if gazetteer.regions[name][0].level == "district")
    if zone_count > max(districts, default=0) and levels["district"] >= levels["city"] and not override:
        home["district"] = zone
        place = gazetteer.zone_suffix.sub("", zone)
        for name in [place, *gazetteer.short_names.get(place, [])]:
            for region in gazetteer.regions.get(name, [])[:1]:
                home.setdefault("city", region.city or region.name)
                home.setdefault("province", region.province)
    return home
