"""Synthetic figures, one per kind of chart the app draws, in French, German and English.

They use the figure model only (no dataset): made-up but plausible numbers, texts as long
as the app's in each language, so the renderer's tests and its visual review see the same
shapes the real charts will have.
"""

from __future__ import annotations

import datetime as dt
import math

from explainer_core.figure import (
    Arrow,
    Axis,
    Band,
    Bar,
    Bars,
    Category,
    Dash,
    Figure,
    Grid,
    LabelPreference,
    LabelSpot,
    Legend,
    LegendEntry,
    LegendSymbol,
    LineSeries,
    MarkerShape,
    Plot,
    Point,
    Points,
    Ring,
    Rule,
    Zone,
    date_value,
    tick_level,
)
from explainer_core.formatting import LocaleFormatter

LANGUAGES = ("fr", "de", "en")
VERMILLION, BLUE, ORANGE, GREEN, PURPLE, SKY, YELLOW = (
    "#d55e00",
    "#0072b2",
    "#e69f00",
    "#009e73",
    "#cc79a7",
    "#56b4e9",
    "#f0e442",
)
GREY = "#8c8c8c"
CREDIT = {
    "fr": "Le choc DeepSeek expliqué",
    "de": "Der DeepSeek-Schock erklärt",
    "en": "DeepSeek Shock Explainer",
}


def _texts(language: str, **by_language: tuple[str, str, str]) -> dict[str, str]:
    index = LANGUAGES.index(language)
    return {key: values[index] for key, values in by_language.items()}


# -- market timeline ------------------------------------------------------------------------


def _trading_days(first: dt.date, last: dt.date) -> list[dt.date]:
    days, day = [], first
    while day <= last:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def _walk(seed: int, count: int, drop_at: int, drop: float) -> list[float]:
    """A deterministic wandering index around 100 with a drop on one day."""
    values, level = [], 100.0 + (seed % 5) - 2
    for index in range(count):
        level += math.sin(index * 0.37 + seed) * 0.9 + math.cos(index * 0.11 * seed) * 0.6
        if index == drop_at:
            level *= 1 - drop
        values.append(round(level, 2))
    return values


def market_timeline(language: str, series_count: int = 5) -> Figure:
    fmt = LocaleFormatter(language)
    days = _trading_days(dt.date(2024, 12, 2), dt.date(2025, 3, 31))
    shock = days.index(dt.date(2025, 1, 27))
    names = ["Nvidia", "Broadcom", "Microsoft", "Vistra", "Nasdaq Composite"]
    names += [f"Titre {n}" for n in range(len(names), series_count)]
    colours = [VERMILLION, BLUE, ORANGE, GREEN, PURPLE, SKY]
    dashes = [Dash.SOLID, Dash.SOLID, Dash.DASHED, Dash.DOTTED, Dash.DASH_DOT]
    xs = [date_value(day) for day in days]
    lines = []
    for number in range(series_count - 1, -1, -1):  # Nvidia last, on top
        ys = _walk(number + 1, len(days), shock, 0.17 if number == 0 else 0.03 + 0.02 * number)
        if number == 3:  # a data gap: never bridged
            ys = [math.nan if 40 <= index < 46 else y for index, y in enumerate(ys)]
        lines.append(
            LineSeries(
                names[number],
                xs,
                ys,
                colours[number % len(colours)],
                3.0 if number == 0 else 1.6,
                dashes[number % len(dashes)] if number > 1 else Dash.SOLID,
            )
        )
    months = [dt.date(2024, 12, 1), dt.date(2025, 1, 1), dt.date(2025, 2, 1), dt.date(2025, 3, 1)]
    month_ticks = tick_level(
        [
            (
                date_value(m),
                fmt.month_abbreviation(m) + (f"\n{m.year}" if m.month in (1, 12) else ""),
            )
            for m in months
        ]
    )
    mondays = [d for d in days if d.weekday() == 0][::2]
    week_ticks = tick_level([(date_value(d), fmt.day_and_month(d)) for d in mondays])
    events = [
        (dt.date(2024, 12, 26), ("DeepSeek-V3", "DeepSeek-V3", "DeepSeek-V3")),
        (dt.date(2025, 1, 13), ("Règle diffusion IA", "KI-Diffusionsregel", "AI diffusion rule")),
        (dt.date(2025, 1, 20), ("Sortie de R1", "Veröffentlichung von R1", "R1 released")),
        (
            dt.date(2025, 1, 25),
            ("N° 1 App Store", "Platz 1 im App Store", "No. 1 on the App Store"),
        ),
        (dt.date(2025, 1, 27), ("Choc DeepSeek", "DeepSeek-Schock", "DeepSeek shock")),
        (dt.date(2025, 1, 28), ("Rebond de Nvidia", "Nvidia erholt sich", "Nvidia rebounds")),
    ]
    index = LANGUAGES.index(language)
    rules = [Rule("y", 100.0, colour=GREY, width=1.2)]
    for day, labels in events:
        shock_day = day == dt.date(2025, 1, 27)
        rules.append(
            Rule(
                "x",
                date_value(day),
                labels[index],
                VERMILLION if shock_day else None,
                2.0 if shock_day else 1.0,
                Dash.DASHED,
                emphasised=shock_day,
            )
        )
    y_ticks = [
        tick_level([(v, fmt.number(v)) for v in range(60, 121, 20)]),
        tick_level([(v, fmt.number(v)) for v in range(60, 121, 10)]),
    ]
    texts = _texts(
        language,
        title=(
            "Nvidia et le marché autour du 27 janvier 2025",
            "Nvidia und der Markt rund um den 27. Januar 2025",
            "Nvidia and the market around 27 January 2025",
        ),
        subtitle=(
            "Cours de clôture quotidiens, base 100 à la clôture du vendredi 24 janvier 2025",
            "Tägliche Schlusskurse, Basis 100 zum Schlusskurs vom Freitag, 24. Januar 2025",
            "Daily closing prices, rebased to 100 at the close of Friday 24 January 2025",
        ),
        y_title=(
            "Indice (jour de référence = 100)",
            "Index (Referenztag = 100)",
            "Index (reference day = 100)",
        ),
        source=(
            "Source : cours de clôture quotidiens issus de données Yahoo Finance publiées dans des "
            "dépôts publics, recoupés ; certaines séries sont ajustées des dividendes.",
            "Quelle: tägliche Schlusskurse aus Yahoo-Finance-Daten, die in öffentlichen "
            "Repositorien "
            "veröffentlicht und abgeglichen wurden; einige Reihen sind dividendenbereinigt.",
            "Source: daily closes from Yahoo Finance data published in public repositories, "
            "cross-checked; some series are adjusted for dividends.",
        ),
        description=(
            "Graphique linéaire : Nvidia chute de 17 % le 27 janvier 2025, plus que le marché.",
            "Liniendiagramm: Nvidia fällt am 27. Januar 2025 um 17 %, stärker als der Markt.",
            "Line chart: Nvidia falls 17% on 27 January 2025, more than the market.",
        ),
    )
    shock_x = date_value(days[shock])
    nvidia = lines[-1]
    plot = Plot(
        Axis.dates(days[0], days[-1], [month_ticks, week_ticks], grid=Grid.NONE),
        Axis.linear(55, 122, y_ticks, texts["y_title"]),
        (*rules, *lines, Ring(shock_x, nvidia.ys[shock], colour="#1a1a1a")),
    )
    legend = Legend(
        tuple(
            LegendEntry(line.name, line.colour, LegendSymbol.LINE, line.dash, line.width)
            for line in reversed(lines)
        )
    )
    return Figure(
        (plot,),
        texts["title"],
        texts["subtitle"],
        source=texts["source"],
        credit=CREDIT[language],
        description=texts["description"],
        legend=legend,
        language=language,
        figure_id="market-timeline",
    )


# -- market movers ---------------------------------------------------------------------------

MOVERS = [
    ("Vistra", -28.27),
    ("Constellation Energy", -20.85),
    ("Broadcom", -17.40),
    ("Nvidia", -16.97),
    ("Oracle", -13.79),
    ("TSMC", -13.33),
    ("Super Micro", -12.62),
    ("Micron", -11.71),
    ("Arm", -10.19),
    ("AMD", -6.37),
    ("ASML", -5.75),
    ("Alphabet", -4.20),
    ("Nasdaq Composite", -3.07),
    ("Nasdaq-100", -2.97),
    ("Invesco QQQ", -2.91),
    ("Microsoft", -2.14),
    ("S&P 500", -1.46),
    ("SPDR S&P 500 ETF", -1.41),
    ("Amazon", 0.24),
    ("Meta", 1.91),
]


def market_movers(language: str) -> Figure:
    fmt = LocaleFormatter(language)
    categories = [Category(name, name) for name, _ in MOVERS]
    bars = Bars(
        tuple(
            Bar(
                name,
                value,
                fmt.percent(value, 2, signed=True),
                VERMILLION if value < 0 else BLUE,
                emphasised=name == "Nvidia",
            )
            for name, value in MOVERS
        )
    )
    coarse = tick_level([(v, fmt.percent(v, 0, signed=v != 0)) for v in range(-30, 11, 10)])
    fine = tick_level([(v, fmt.percent(v, 0, signed=v != 0)) for v in range(-30, 6, 5)])
    texts = _texts(
        language,
        title=(
            "27 janvier 2025 : les variations de la séance",
            "27. Januar 2025: die Kursveränderungen des Handelstags",
            "27 January 2025: the session's moves",
        ),
        subtitle=(
            "Clôture du lundi 27 janvier par rapport à celle du vendredi 24 janvier",
            "Schlusskurs von Montag, 27. Januar, gegenüber dem von Freitag, 24. Januar",
            "Close on Monday 27 January against the close on Friday 24 January",
        ),
        source=(
            "Source : cours de clôture quotidiens (données Yahoo Finance, recoupées) ; Reuters, "
            "Nasdaq, AP.",
            "Quelle: tägliche Schlusskurse (Yahoo-Finance-Daten, abgeglichen); Reuters, Nasdaq, "
            "AP.",
            "Source: daily closes (Yahoo Finance data, cross-checked); Reuters, Nasdaq, AP.",
        ),
    )
    plot = Plot(
        Axis.linear(-30, 4, [coarse, fine], grid=Grid.AT_TICKS),
        Axis.category(categories),
        (bars,),
    )
    return Figure(
        (plot,),
        texts["title"],
        texts["subtitle"],
        source=texts["source"],
        credit=CREDIT[language],
        description=texts["title"],
        language=language,
        figure_id="market-movers",
    )


# -- export rules timeline ---------------------------------------------------------------------


def export_rules_timeline(language: str) -> Figure:
    lanes = _texts(
        language,
        rule=(
            "Règle ou décision de licence américaine",
            "US-Regel oder Lizenzentscheidung",
            "US rule or licence decision",
        ),
        company=("Réponse des entreprises", "Reaktion der Unternehmen", "Company response"),
        china=("Réaction chinoise", "Reaktion Chinas", "Chinese reaction"),
        market=("Événement de marché", "Marktereignis", "Market event"),
    )
    categories = [Category(key, label) for key, label in lanes.items()]
    shapes = {
        "rule": MarkerShape.SQUARE,
        "company": MarkerShape.CIRCLE,
        "china": MarkerShape.TRIANGLE,
        "market": MarkerShape.DIAMOND,
    }
    colours = {"rule": BLUE, "company": ORANGE, "china": GREEN, "market": PURPLE}
    dated = [
        ("rule", dt.date(2019, 5, 16), False),
        ("rule", dt.date(2020, 5, 15), False),
        ("rule", dt.date(2020, 8, 17), False),
        ("rule", dt.date(2022, 8, 31), False),
        ("rule", dt.date(2022, 10, 7), False),
        ("rule", dt.date(2023, 10, 17), False),
        ("rule", dt.date(2024, 3, 5), True),
        ("rule", dt.date(2024, 4, 4), False),
        ("rule", dt.date(2024, 12, 2), False),
        ("rule", dt.date(2025, 1, 13), False),
        ("rule", dt.date(2025, 1, 15), False),
        ("rule", dt.date(2025, 4, 15), False),
        ("rule", dt.date(2025, 5, 13), False),
        ("rule", dt.date(2025, 8, 11), True),
        ("rule", dt.date(2025, 12, 8), False),
        ("rule", dt.date(2026, 1, 14), False),
        ("rule", dt.date(2026, 1, 15), False),
        ("rule", dt.date(2026, 5, 20), False),
        ("rule", dt.date(2026, 6, 1), False),
        ("company", dt.date(2022, 11, 8), False),
        ("company", dt.date(2023, 3, 21), True),
        ("company", dt.date(2023, 11, 25), True),
        ("company", dt.date(2023, 12, 29), False),
        ("company", dt.date(2024, 12, 27), False),
        ("company", dt.date(2025, 5, 28), False),
        ("company", dt.date(2025, 7, 14), False),
        ("company", dt.date(2026, 5, 27), False),
        ("china", dt.date(2024, 12, 3), False),
        ("china", dt.date(2025, 7, 31), False),
        ("china", dt.date(2025, 8, 12), True),
        ("china", dt.date(2025, 8, 13), False),
        ("china", dt.date(2025, 9, 17), True),
        ("china", dt.date(2025, 9, 15), True),
        ("china", dt.date(2025, 11, 5), True),
        ("china", dt.date(2026, 1, 14), True),
        ("market", dt.date(2025, 1, 27), False),
    ]
    captions = {
        dt.date(2022, 10, 7): (
            "Règle d’octobre 2022",
            "Regel vom Oktober 2022",
            "October 2022 rule",
        ),
        dt.date(2023, 10, 17): (
            "Règle d’octobre 2023",
            "Regel vom Oktober 2023",
            "October 2023 rule",
        ),
        dt.date(2026, 1, 15): (
            "Politique de janvier 2026",
            "Politik vom Januar 2026",
            "January 2026 policy",
        ),
    }
    index = LANGUAGES.index(language)
    points = tuple(
        Point(
            date_value(day),
            lane,
            captions[day][index] if day in captions and lane == "rule" else "",
            colours[lane],
            shapes[lane],
            hollow,
            emphasised=day == dt.date(2023, 10, 17),
            series=lane,
            name=f"{lane} {day.isoformat()}",
        )
        for lane, day, hollow in dated
    )
    ringed = [
        (date_value(dt.date(2023, 10, 17)), "rule"),
        (date_value(dt.date(2023, 3, 21)), "company"),
        (date_value(dt.date(2024, 12, 27)), "company"),
        (date_value(dt.date(2025, 1, 27)), "market"),
    ]
    years = [dt.date(year, 1, 1) for year in range(2019, 2027)]
    texts = _texts(
        language,
        title=(
            "Les contrôles américains sur l’export de puces d’IA, de 2019 à 2026",
            "Die US-Exportkontrollen für KI-Chips von 2019 bis 2026",
            "US export controls on AI chips, 2019 to 2026",
        ),
        subtitle=(
            "Une ligne par type d’événement ; marqueurs creux : rapportés par les médias, sans "
            "texte officiel. "
            "Cerclés : les événements qui concernent la puce H800 SXM.",
            "Eine Zeile pro Ereignistyp; hohle Markierungen: von Medien berichtet, ohne "
            "amtlichen Text. "
            "Eingekreist: die Ereignisse, die den Chip H800 SXM betreffen.",
            "One row per kind of event; hollow markers: reported by the press, with no official "
            "text. "
            "Circled: the events that concern the H800 SXM chip.",
        ),
        source=(
            "Sources : Federal Register, BIS, documents des entreprises et presse, indiqués pour "
            "chaque événement.",
            "Quellen: Federal Register, BIS, Unternehmensunterlagen und Presse, für jedes "
            "Ereignis angegeben.",
            "Sources: Federal Register, BIS, company filings and press, given for each event.",
        ),
    )
    plot = Plot(
        Axis.dates(
            dt.date(2019, 1, 1),
            dt.date(2026, 9, 1),
            [tick_level([(date_value(y), str(y.year)) for y in years])],
            grid=Grid.AT_TICKS,
        ),
        Axis.category(categories, grid=Grid.BETWEEN_CATEGORIES),
        (
            Points(points, 11.0, LabelPreference.ABOVE, spread=True),
            *(
                Ring(x, lane, heavy=x == date_value(dt.date(2023, 10, 17)), radius=10)
                for x, lane in ringed
            ),
        ),
    )
    return Figure(
        (plot,),
        texts["title"],
        texts["subtitle"],
        source=texts["source"],
        credit=CREDIT[language],
        description=texts["subtitle"],
        language=language,
        figure_id="export-rules-timeline",
    )


# -- chip classification ---------------------------------------------------------------------


def chip_classification(language: str) -> Figure:
    fmt = LocaleFormatter(language)
    unknown_y = -2.0
    chips = [
        ("H100 SXM5", 15832, 19.4),
        ("H800 SXM", 15832, 19.4),
        ("H200 SXM", 15832, 19.4),
        ("A100 SXM (80GB)", 4992, 6.0),
        ("A800 (SXM/PCIe)", 4992, 6.0),
        ("L40S (PCIe)", 5796, 9.6),
        ("GeForce RTX 4090", 5285, 8.6),
        ("GeForce RTX 4090 D", 4708, 7.7),
        ("H20 (HGX)", 2368, 2.9),
        ("L20 (PCIe)", 1912, 3.1),
        ("Ascend 910B", 5120, 7.5),
        ("Ascend 910C", 12800, 9.6),
        ("Instinct MI250X", 6128, unknown_y),
        ("Instinct MI300X", 20915, unknown_y),
        ("B200 (HGX, 1000 W)", 36000, unknown_y),
    ]
    statuses = {"licence": VERMILLION, "notify": ORANGE, "free": GREEN}

    def status(tpp: float, density: float) -> str:
        if tpp >= 4800:
            return "licence"
        return "notify" if tpp >= 1600 and density >= 1.6 else "free"

    shapes = {"Ascend": MarkerShape.TRIANGLE, "GeForce": MarkerShape.SQUARE}
    points = tuple(
        Point(
            tpp,
            density,
            name,
            statuses[status(tpp, density if density > 0 else 10)],
            next(
                (shape for prefix, shape in shapes.items() if name.startswith(prefix)),
                MarkerShape.CIRCLE,
            ),
            emphasised=name == "H800 SXM",
            series=status(tpp, density),
            name=name,
        )
        for name, tpp, density in chips
    )
    zone_names = _texts(
        language,
        licence=(
            "3A090.a : licence, présomption de refus",
            "3A090.a: Lizenz, Ablehnungsvermutung",
            "3A090.a: licence, presumption of denial",
        ),
        notify=("3A090.b : notification", "3A090.b: Meldung", "3A090.b: notification"),
        outside=("Hors 3A090", "Außerhalb 3A090", "Outside 3A090"),
        hatch=(
            "Hachures : les puces non destinées aux centres de données, sous un TPP de 4 800, "
            "sont hors 3A090",
            "Schraffiert: Chips nicht für Rechenzentren unter TPP 4 800 fallen nicht unter 3A090",
            "Hatched: non-data-centre chips below TPP 4,800 are outside 3A090",
        ),
    )
    x_min, x_max, y_top = 1000.0, 60000.0, 23.0
    zones = (
        Zone(
            ((4800, 0), (x_max, 0), (x_max, y_top), (4800, y_top)),
            VERMILLION,
            0.18,
            border="#b04a00",
            label=zone_names["licence"],
            label_colour="#8a3a00",
            label_spots=(LabelSpot(x_max, y_top, 1, 0),),
            name="3A090.a",
        ),
        Zone(
            ((1600, 5.92), (4800, 5.92), (4800, y_top), (1600, y_top)),
            VERMILLION,
            0.14,
            label="",
            name="3A090.a density",
        ),
        Zone(
            ((1600, 1.6), (4800, 1.6), (4800, 5.92), (1600, 5.92)),
            ORANGE,
            0.25,
            border="#9a6a00",
            label=zone_names["notify"],
            label_colour="#6b4a00",
            label_spots=(LabelSpot(1600, 5.92, 0, 0), LabelSpot(4800, 1.6, 1, 1)),
            name="3A090.b",
        ),
        Zone(
            ((x_min, 0), (4800, 0), (4800, y_top), (x_min, y_top)),
            None,
            0.0,
            hatched=True,
            label=zone_names["hatch"],
            label_spots=(LabelSpot(x_min, 14.0, 0, 0.5),),
            name="hatched",
        ),
        Zone(
            ((x_min, 0), (1600, 0), (1600, 1.6), (x_min, 1.6)),
            None,
            0.0,
            label=zone_names["outside"],
            label_colour="#444444",
            label_spots=(LabelSpot(x_min, 0, 0, 1),),
            name="outside",
        ),
    )
    x_ticks = [
        tick_level([(v, fmt.number(v)) for v in (1600, 4800, 10000, 50000)]),
        tick_level([(v, fmt.number(v)) for v in (1600, 2400, 4800, 10000, 20000, 50000)]),
    ]
    unknown = {"fr": "inconnue", "de": "unbekannt", "en": "unknown"}[language]
    y_ticks = [
        tick_level(
            [(unknown_y, unknown), (0, "0"), (5.92, fmt.number(5.92, 2)), (10, "10"), (20, "20")]
        ),
        tick_level(
            [
                (unknown_y, unknown),
                (0, "0"),
                (1.6, fmt.number(1.6, 1)),
                (3.2, fmt.number(3.2, 1)),
                (5.92, fmt.number(5.92, 2)),
                (10, "10"),
                (15, "15"),
                (20, "20"),
            ]
        ),
    ]
    titles = _texts(
        language,
        x=(
            "Performance totale de traitement (TPP, échelle log.)",
            "Gesamtverarbeitungsleistung (TPP, log. Skala)",
            "Total processing performance (TPP, log scale)",
        ),
        y=(
            "Densité de performance (TPP par mm² de puce)",
            "Leistungsdichte (TPP pro mm² Chipfläche)",
            "Performance density (TPP per mm² of die)",
        ),
        title=(
            "Carte des puces : Règle d’octobre 2023",
            "Chip-Karte: Regel vom Oktober 2023",
            "Chip map: October 2023 rule",
        ),
        subtitle=(
            "Le critère d’interconnexion disparaît : le TPP et la densité de performance "
            "décident. Couleur : le statut "
            "de chaque puce selon la règle. Cercles : puces pour centres de données ; carrés : "
            "autres ; triangles : "
            "puces chinoises, vues comme des exportations américaines.",
            "Das Verbindungskriterium entfällt: TPP und Leistungsdichte entscheiden. Farbe: der "
            "Status jedes Chips nach "
            "der Regel. Kreise: Chips für Rechenzentren; Quadrate: andere; Dreiecke: chinesische "
            "Chips, als "
            "US-Exporte betrachtet.",
            "The interconnect criterion goes: TPP and performance density decide. Colour: each "
            "chip's status under the "
            "rule. Circles: data-centre chips; squares: others; triangles: Chinese chips, seen "
            "as US exports.",
        ),
        source=(
            "Sources : 88 FR 73458 (seuils) ; caractéristiques des puces tirées des fiches "
            "techniques et de la presse.",
            "Quellen: 88 FR 73458 (Schwellen); Chipdaten aus Datenblättern und Presse.",
            "Sources: 88 FR 73458 (thresholds); chip specifications from data sheets and the "
            "press.",
        ),
        licence=(
            "Licence exigée, présomption de refus",
            "Lizenz erforderlich, Ablehnungsvermutung",
            "Licence required, presumption of denial",
        ),
        notify=(
            "Simple notification (exception NAC)",
            "Nur Meldung (Ausnahme NAC)",
            "Notification only (NAC exception)",
        ),
        free=("Non contrôlée", "Nicht kontrolliert", "Not controlled"),
        note=(
            "Les puces dont la densité n’est pas publiée sont placées sur la ligne « inconnue ».",
            "Chips ohne veröffentlichte Dichte stehen in der Zeile „unbekannt“.",
            "Chips whose density is not published are placed on the “unknown” row.",
        ),
    )
    plot = Plot(
        Axis.log(x_min, x_max, x_ticks, titles["x"], grid=Grid.NONE),
        Axis.linear(-3.5, y_top, y_ticks, titles["y"], grid=Grid.NONE),
        (
            Band("y", -3.5, -0.6, "#9a9a9a", 0.12),
            *zones,
            Rule("x", 4800.0, dash=Dash.DASHED, colour="#555555"),
            Rule("y", 0.0, colour="#8c8c8c"),
            Points(points, 11.0),
            Ring(15832, 19.4, heavy=True, radius=11),
            Ring(5796, 9.6, dashed=True, radius=10),
            Arrow((15832, 19.4), (12800, 9.6)),
        ),
    )
    legend = Legend(
        (
            LegendEntry(titles["licence"], VERMILLION, LegendSymbol.MARKER),
            LegendEntry(titles["notify"], ORANGE, LegendSymbol.MARKER),
            LegendEntry(titles["free"], GREEN, LegendSymbol.MARKER),
        )
    )
    return Figure(
        (plot,),
        titles["title"],
        titles["subtitle"],
        notes=(titles["note"],),
        source=titles["source"],
        credit=CREDIT[language],
        description=titles["subtitle"],
        legend=legend,
        language=language,
        figure_id="chip-classification",
    )


# -- model benchmarks ----------------------------------------------------------------------------

MODELS = [
    ("DeepSeek-R1", VERMILLION),
    ("OpenAI-o1-1217", BLUE),
    ("OpenAI-o1-mini", ORANGE),
    ("GPT-4o-0513", GREEN),
    ("Claude-3.5-Sonnet-1022", PURPLE),
    ("DeepSeek-V3", SKY),
]
SCORES = {
    "MMLU\npass@1": [90.8, 91.8, 85.2, 87.2, 88.3, 88.5],
    "GPQA Diamond\npass@1": [71.5, 75.7, 60.0, 49.9, 65.0, 59.1],
    "SWE Verified": [49.2, 48.9, 41.6, 38.8, 50.8, 42.0],
    "AIME 2024\npass@1": [79.8, 79.2, 63.6, 9.3, 16.0, 39.2],
    "MATH-500\npass@1": [97.3, 96.4, 90.0, 74.6, 78.3, 90.2],
}
CODEFORCES = [2029, 2061, 1820, 759, 717, 1134]


def model_benchmarks(language: str) -> Figure:
    fmt = LocaleFormatter(language)
    missing = {"fr": "non publié", "de": "nicht veröffentlicht", "en": "not reported"}[language]

    def bars(groups: dict[str, list[float | None]], decimals: int) -> Bars:
        return Bars(
            tuple(
                Bar(
                    group,
                    value,
                    fmt.number(value, decimals) if value is not None else missing,
                    colour,
                    model,
                    emphasised=model == "DeepSeek-R1",
                )
                for group, values in groups.items()
                for (model, colour), value in zip(MODELS, values, strict=True)
            )
        )

    percent_ticks = [
        tick_level([(v, fmt.number(v)) for v in (0, 50, 100)]),
        tick_level([(v, fmt.number(v)) for v in range(0, 101, 20)]),
    ]
    scores = Plot(
        Axis.linear(
            0,
            100,
            percent_ticks,
            {"fr": "Score (de 0 à 100)", "de": "Punktzahl (0 bis 100)", "en": "Score (0 to 100)"}[
                language
            ],
        ),
        Axis.category([Category(key, key) for key in SCORES]),
        (bars(SCORES, 1),),
        {
            "fr": "Tests notés sur 100",
            "de": "Tests mit Punktzahl von 100",
            "en": "Tests scored out of 100",
        }[language],
        height_weight=len(SCORES),
    )
    codeforces_values: list[float | None] = list(CODEFORCES)
    codeforces_values[3] = None
    rating = {"Codeforces\nElo": codeforces_values}
    elo = Plot(
        Axis.linear(
            0,
            2200,
            [
                tick_level([(v, fmt.number(v)) for v in range(0, 2201, 1000)]),
                tick_level([(v, fmt.number(v)) for v in range(0, 2201, 500)]),
            ],
            {"fr": "Classement Elo", "de": "Elo-Wertung", "en": "Elo rating"}[language],
        ),
        Axis.category([Category(key, key) for key in rating]),
        (bars(rating, 0),),
        {
            "fr": "Programmation compétitive",
            "de": "Wettbewerbsprogrammierung",
            "en": "Competitive programming",
        }[language],
        height_weight=1.3,
    )
    texts = _texts(
        language,
        title=(
            "DeepSeek-R1 face aux modèles auxquels il a été comparé",
            "DeepSeek-R1 im Vergleich mit den Modellen, an denen es gemessen wurde",
            "DeepSeek-R1 against the models it was compared with",
        ),
        subtitle=(
            "Scores publiés dans l’article sur DeepSeek-R1 ; plus c’est haut, mieux c’est. "
            "Chaque graphique a son échelle.",
            "Im DeepSeek-R1-Artikel veröffentlichte Werte; höher ist besser. Jedes Diagramm hat "
            "seine eigene Skala.",
            "Scores published in the DeepSeek-R1 paper; higher is better. Each chart has its own "
            "scale.",
        ),
        source=(
            "Source : article sur DeepSeek-R1, tableau 4. Les scores d’OpenAI-o1-1217 sont ceux "
            "publiés par OpenAI.",
            "Quelle: DeepSeek-R1-Artikel, Tabelle 4. Die Werte von OpenAI-o1-1217 sind die von "
            "OpenAI veröffentlichten.",
            "Source: DeepSeek-R1 paper, table 4. OpenAI-o1-1217's scores are those published by "
            "OpenAI.",
        ),
    )
    legend = Legend(
        tuple(
            LegendEntry(model, colour, LegendSymbol.BAR, emphasised=model == "DeepSeek-R1")
            for model, colour in MODELS
        )
    )
    return Figure(
        (scores, elo),
        texts["title"],
        texts["subtitle"],
        source=texts["source"],
        byline={"fr": "Graphique : Rédaction", "de": "Grafik: Redaktion", "en": "Chart: Newsroom"}[
            language
        ],
        credit=CREDIT[language],
        description=texts["subtitle"],
        legend=legend,
        language=language,
        figure_id="model-benchmarks",
    )


# -- model compute (a dot plot on a log axis) -------------------------------------------------


def model_compute(language: str) -> Figure:
    fmt = LocaleFormatter(language)
    unit = {"fr": "M d’heures-GPU", "de": "Mio. GPU-Stunden", "en": "M GPU hours"}[language]
    rows = [
        ("Llama 3.1 405B", 30.84, "NVIDIA H100-80GB", GREY),
        ("Llama 3.1 70B", 7.0, "NVIDIA H100-80GB", GREY),
        ("Llama 4 Scout", 5.0, "NVIDIA H100-80GB", GREY),
        ("DeepSeek-V3", 2.788, "NVIDIA H800 [1]", SKY),
        ("Llama 4 Maverick", 2.38, "NVIDIA H100-80GB", GREY),
        ("Llama 3.1 8B", 1.46, "NVIDIA H100-80GB", GREY),
        ("DeepSeek-R1", 0.147, "NVIDIA H800 [2]", VERMILLION),
        ("DeepSeek-R1-Zero", 0.101, "NVIDIA H800 [2]", SKY),
    ]
    points = tuple(
        Point(
            hours,
            name,
            f"{fmt.number(hours, 3 if hours < 1 else 2)} {unit}\n{chip}",
            colour,
            emphasised=name == "DeepSeek-R1",
            series=name,
            name=name,
        )
        for name, hours, chip, colour in rows
    )
    decades = [0.01, 0.1, 1, 10, 100]
    ticks = [tick_level([(v, fmt.number(v, 2 if v < 0.1 else 1 if v < 1 else 0)) for v in decades])]
    texts = _texts(
        language,
        title=(
            "Calcul d’entraînement en heures-GPU, tel que publié",
            "Trainingsrechenaufwand in GPU-Stunden, wie veröffentlicht",
            "Training compute in GPU hours, as published",
        ),
        subtitle=(
            "Millions d’heures-GPU sur une échelle logarithmique : chaque graduation vaut dix "
            "fois la précédente.",
            "Millionen GPU-Stunden auf logarithmischer Skala: Jeder Teilstrich ist das Zehnfache "
            "des vorigen.",
            "Millions of GPU hours on a log scale: each tick is ten times the one before.",
        ),
        x=(
            "Millions d’heures-GPU (échelle log.)",
            "Millionen GPU-Stunden (log. Skala)",
            "Millions of GPU hours (log scale)",
        ),
        source=(
            "Source : rapports et fiches des développeurs (Meta, DeepSeek).",
            "Quelle: Berichte und Modellkarten der Entwickler (Meta, DeepSeek).",
            "Source: developers' reports and model cards (Meta, DeepSeek).",
        ),
        note1=(
            "[1] Coûts publiés : pré-entraînement, extension de contexte et post-entraînement.",
            "[1] Veröffentlichte Kosten: Vortraining, Kontexterweiterung und Nachtraining.",
            "[1] Published costs: pre-training, context extension and post-training.",
        ),
        note2=(
            "[2] En plus de DeepSeek-V3-Base.",
            "[2] Zusätzlich zu DeepSeek-V3-Base.",
            "[2] On top of DeepSeek-V3-Base.",
        ),
    )
    plot = Plot(
        Axis.log(0.01, 300, ticks, texts["x"], grid=Grid.AT_TICKS),
        Axis.category([Category(name, name) for name, *_ in rows], grid=Grid.AT_TICKS),
        (Points(points, 12.0),),
    )
    return Figure(
        (plot,),
        texts["title"],
        texts["subtitle"],
        notes=(texts["note1"], texts["note2"]),
        source=texts["source"],
        credit=CREDIT[language],
        description=texts["subtitle"],
        language=language,
        figure_id="model-compute",
    )


# -- model price (labelled scatter, log y) ----------------------------------------------------


def model_price(language: str) -> Figure:
    fmt = LocaleFormatter(language)
    promo = {"fr": "promotion", "de": "Aktion", "en": "promotion"}[language]
    rows = [
        ("DeepSeek-R1", 79.8, 2.19, VERMILLION, ""),
        ("OpenAI-o1-1217", 79.2, 60.0, BLUE, ""),
        ("OpenAI-o1-mini", 63.6, 12.0, ORANGE, ""),
        ("Claude-3.5-Sonnet-1022", 16.0, 15.0, PURPLE, ""),
        ("DeepSeek-V3", 39.2, 0.28, SKY, f" ({promo})"),
        ("GPT-4o-0513", 9.3, 10.0, GREEN, ""),
    ]
    points = tuple(
        Point(
            score,
            price,
            f"{name}\n{fmt.usd(price)}{extra}",
            colour,
            emphasised=name == "DeepSeek-R1",
            series=name,
            name=name,
        )
        for name, score, price, colour, extra in rows
    )
    y_ticks = [
        tick_level([(v, fmt.usd(v, 0 if v >= 1 else 1)) for v in (0.1, 1, 10, 100)]),
        tick_level([(v, fmt.usd(v, 0 if v >= 1 else 1)) for v in (0.1, 0.3, 1, 3, 10, 30, 100)]),
    ]
    x_ticks = [
        tick_level([(v, fmt.number(v)) for v in range(0, 101, 20)]),
        tick_level([(v, fmt.number(v)) for v in range(0, 101, 10)]),
    ]
    texts = _texts(
        language,
        title=(
            "Prix de l’API et score aux tests",
            "API-Preis und Testergebnis",
            "API price and test score",
        ),
        subtitle=(
            "Prix de sortie par million de jetons le lundi 27 janvier 2025 (échelle log.), selon "
            "le score AIME 2024. "
            "En bas à droite : moins cher et plus performant.",
            "Ausgabepreis pro Million Token am Montag, 27. Januar 2025 (log. Skala), nach "
            "AIME-2024-Ergebnis. "
            "Unten rechts: günstiger und leistungsfähiger.",
            "Output price per million tokens on Monday 27 January 2025 (log scale), by AIME 2024 "
            "score. "
            "Bottom right: cheaper and better.",
        ),
        x=(
            "Score : AIME 2024 · pass@1",
            "Ergebnis: AIME 2024 · pass@1",
            "Score: AIME 2024 · pass@1",
        ),
        y=(
            "Prix de sortie, en dollars par million de jetons (échelle log.)",
            "Ausgabepreis in Dollar pro Million Token (log. Skala)",
            "Output price, dollars per million tokens (log scale)",
        ),
        source=(
            "Source : grilles tarifaires des fournisseurs ; scores : article sur DeepSeek-R1, "
            "tableau 4.",
            "Quelle: Preislisten der Anbieter; Ergebnisse: DeepSeek-R1-Artikel, Tabelle 4.",
            "Source: providers' price lists; scores: DeepSeek-R1 paper, table 4.",
        ),
    )
    plot = Plot(
        Axis.linear(0, 100, x_ticks, texts["x"], grid=Grid.AT_TICKS),
        Axis.log(0.08, 150, y_ticks, texts["y"], grid=Grid.AT_TICKS),
        (Points(points, 12.0),),
    )
    return Figure(
        (plot,),
        texts["title"],
        texts["subtitle"],
        source=texts["source"],
        credit=CREDIT[language],
        description=texts["subtitle"],
        language=language,
        figure_id="model-price",
    )


BUILDERS = {
    "market-timeline": market_timeline,
    "market-movers": market_movers,
    "export-rules-timeline": export_rules_timeline,
    "chip-classification": chip_classification,
    "model-benchmarks": model_benchmarks,
    "model-compute": model_compute,
    "model-price": model_price,
}


def all_figures(language: str) -> dict[str, Figure]:
    return {name: build(language) for name, build in BUILDERS.items()}
