<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>DataErrorText</name>
    <message>
        <source>the file is missing</source>
        <translation>die Datei fehlt</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is not encoded in UTF-8</source>
        <translation>die Datei ist nicht UTF-8-kodiert</translation>
    </message>
    <message>
        <source>the file cannot be read as a table</source>
        <translation>die Datei lässt sich nicht als Tabelle lesen</translation>
    </message>
    <message>
        <source>a required column is missing</source>
        <translation>eine Pflichtspalte fehlt</translation>
    </message>
    <message>
        <source>a required value is empty</source>
        <translation>ein Pflichtwert ist leer</translation>
    </message>
    <message>
        <source>a value is not a number</source>
        <translation>ein Wert ist keine Zahl</translation>
    </message>
    <message>
        <source>a date is not valid</source>
        <translation>ein Datum ist ungültig</translation>
    </message>
    <message>
        <source>a value is not one of the allowed ones</source>
        <translation>ein Wert gehört nicht zu den zulässigen</translation>
    </message>
    <message>
        <source>a value is outside its possible range</source>
        <translation>ein Wert liegt außerhalb seines möglichen Bereichs</translation>
    </message>
    <message>
        <source>a row appears twice</source>
        <translation>eine Zeile kommt doppelt vor</translation>
    </message>
    <message>
        <source>a row cites a source that is not in the source list</source>
        <translation>eine Zeile nennt eine Quelle, die nicht in der Quellenliste steht</translation>
    </message>
    <message>
        <source>a text is missing in one of the languages</source>
        <translation>ein Text fehlt in einer der Sprachen</translation>
    </message>
    <message>
        <source>a value contradicts the reference facts</source>
        <translation>ein Wert widerspricht den Referenzdaten</translation>
    </message>
    <message>
        <source>In %1, line %2, column “%3”</source>
        <translation>In %1, Zeile %2, Spalte „%3“</translation>
    </message>
    <message>
        <source>In %1, column “%2”</source>
        <translation>In %1, Spalte „%2“</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Value found: “%1”.</source>
        <translation>Gefundener Wert: „%1“.</translation>
    </message>
    <message>
        <source>This view cannot show its data because a data file is damaged. The other tabs still work. Reinstalling the app restores the original files.</source>
        <translation>Diese Ansicht kann ihre Daten nicht anzeigen, weil eine Datendatei beschädigt ist. Die anderen Reiter funktionieren weiterhin. Eine Neuinstallation der App stellt die Originaldateien wieder her.</translation>
    </message>
</context>
<context>
    <name>ExportControlsView</name>
    <message>
        <source>GPU export restrictions</source>
        <translation>Exportbeschränkungen für GPUs</translation>
    </message>
    <message>
        <source>This tab will explain what the US rules adopted since 2022 restrict and how a chip&apos;s specifications decide whether it may be sold to China. It will also show why DeepSeek trained its models on Nvidia H800 chips.</source>
        <translation>Dieser Reiter wird erklären, was die seit 2022 erlassenen US-Regeln beschränken und wie die technischen Daten eines Chips darüber entscheiden, ob er nach China verkauft werden darf. Er wird auch zeigen, warum DeepSeek seine Modelle auf Nvidia-H800-Chips trainiert hat.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DeepSeek Shock Explainer</source>
        <translation>Der DeepSeek-Schock erklärt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>Diagramm &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;all charts…</source>
        <translation>&amp;Alle Diagramme exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>&amp;About DeepSeek Shock Explainer</source>
        <translation>&amp;Über „Der DeepSeek-Schock erklärt“</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Market prices from %1 to %2</source>
        <translation>Börsenkurse vom %1 bis %2</translation>
    </message>
    <message>
        <source>The saved interface language “%1” is not available. The app uses French; choose another language in the Language menu.</source>
        <translation>Die gespeicherte Sprache „%1“ ist nicht verfügbar. Die App wird auf Französisch angezeigt; eine andere Sprache können Sie im Menü „Sprache“ wählen.</translation>
    </message>
    <message>
        <source>The translation file %1 is missing, so some texts are shown in English. Reinstalling the app restores it.</source>
        <translation>Die Übersetzungsdatei %1 fehlt, daher erscheinen manche Texte auf Englisch. Eine Neuinstallation der App stellt sie wieder her.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DeepSeek Shock Explainer %1&lt;/h3&gt;&lt;p&gt;Explains the market shock of Monday 27 January 2025, when DeepSeek&apos;s R1 model made Nvidia lose about 17% of its value in one day: the market timeline, the US export controls on AI chips and the comparison of the models.&lt;/p&gt;&lt;p&gt;Every figure comes with its source (Help ▸ Sources). This app is an educational tool, not investment advice.&lt;/p&gt;&lt;p&gt;Built with Qt for Python (PySide6, LGPL), pyqtgraph (MIT), pandas (BSD) and Babel (BSD).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Der DeepSeek-Schock erklärt %1&lt;/h3&gt;&lt;p&gt;Diese App erklärt den Börsenschock vom Montag, dem 27. Januar 2025, als DeepSeeks Modell R1 Nvidia an einem Tag rund 17&#xa0;% seines Werts kostete: den Verlauf an den Märkten, die US-Exportkontrollen für KI-Chips und den Vergleich der Modelle.&lt;/p&gt;&lt;p&gt;Jede Zahl steht mit ihrer Quelle (Hilfe ▸ Quellen). Die App dient der Bildung und ist keine Anlageberatung.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt for Python (PySide6, LGPL), pyqtgraph (MIT), pandas (BSD) und Babel (BSD).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About DeepSeek Shock Explainer</source>
        <translation>Über „Der DeepSeek-Schock erklärt“</translation>
    </message>
</context>
<context>
    <name>MarketTimelineView</name>
    <message>
        <source>%1 (%2 on the day)</source>
        <translation>%1 (%2 am Tag)</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>Nvidia lost about %1 to %2 of market value</source>
        <translation>Nvidia verlor rund %1 bis %2 an Börsenwert</translation>
    </message>
    <message>
        <source>Close %1 (%2) · intraday low %3 (%4)</source>
        <translation>Schlusskurs %1 (%2) · Tagestief %3 (%4)</translation>
    </message>
    <message>
        <source>Daily closes, rebased to 100 at the close of %1</source>
        <translation>Tägliche Schlusskurse, auf 100 gesetzt zum Schluss am %1</translation>
    </message>
    <message>
        <source>Change since the close of %1, in %</source>
        <translation>Veränderung seit dem Schlusskurs vom %1, in&#xa0;%</translation>
    </message>
    <message>
        <source>Daily closes: shares and funds in US dollars, indices in points</source>
        <translation>Tägliche Schlusskurse: Aktien und Fonds in US-Dollar, Indizes in Punkten</translation>
    </message>
    <message>
        <source>Index (reference day = 100)</source>
        <translation>Index (Referenztag = 100)</translation>
    </message>
    <message>
        <source>Change from the reference day</source>
        <translation>Veränderung seit dem Referenztag</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schlusskurs</translation>
    </message>
    <message>
        <source>Market timeline</source>
        <translation>Marktverlauf</translation>
    </message>
    <message>
        <source>How the DeepSeek shock moved the markets</source>
        <translation>Wie der DeepSeek-Schock die Märkte bewegte</translation>
    </message>
    <message>
        <source>On Monday 27 January 2025, a week after DeepSeek released its R1 model, Nvidia&apos;s share price fell %1 and other chip makers and power producers fell with it. The chart follows the daily closes around that day: click an event to read what happened, or a day to take it as the reference.</source>
        <translation>Am Montag, dem 27. Januar 2025, eine Woche nach der Veröffentlichung von DeepSeeks Modell R1, fiel die Nvidia-Aktie um %1 und riss weitere Chiphersteller und Stromerzeuger mit. Das Diagramm zeigt die Schlusskurse rund um diesen Tag: Klicken Sie auf ein Ereignis, um zu lesen, was geschah, oder auf einen Tag, um ihn als Referenz zu wählen.</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>The shock</source>
        <translation>Der Schock</translation>
    </message>
    <message>
        <source>The power trade</source>
        <translation>Die Strom-Wette</translation>
    </message>
    <message>
        <source>Big tech</source>
        <translation>Big Tech</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>AI chips</source>
        <translation>KI-Chips</translation>
    </message>
    <message>
        <source>Power &amp; energy</source>
        <translation>Strom und Energie</translation>
    </message>
    <message>
        <source>Indices &amp; funds</source>
        <translation>Indizes und Fonds</translation>
    </message>
    <message>
        <source>Instruments shown on the chart</source>
        <translation>Im Diagramm gezeigte Werte</translation>
    </message>
    <message>
        <source>Rebased index (100)</source>
        <translation>Index (Basis 100)</translation>
    </message>
    <message>
        <source>% change</source>
        <translation>Veränderung in&#xa0;%</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Chart mode</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log. Skala</translation>
    </message>
    <message>
        <source>Reference day:</source>
        <translation>Referenztag:</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Previous event (←)</source>
        <translation>Vorheriges Ereignis (←)</translation>
    </message>
    <message>
        <source>Next event (→)</source>
        <translation>Nächstes Ereignis (→)</translation>
    </message>
    <message>
        <source>Nvidia and the market around 27 January 2025</source>
        <translation>Nvidia und der Markt rund um den 27. Januar 2025</translation>
    </message>
    <message>
        <source>Source: daily closes from Yahoo Finance data in public repositories, cross-checked; some series are dividend-adjusted (see each instrument&apos;s note). Events: see Help ▸ Sources.</source>
        <translation>Quelle: tägliche Schlusskurse aus Yahoo-Finance-Daten in öffentlichen Repositorien, gegengeprüft; einige Reihen sind dividendenbereinigt (siehe Hinweis zum jeweiligen Wert). Ereignisse: siehe Hilfe ▸ Quellen.</translation>
    </message>
    <message>
        <source>27 January 2025: the day&apos;s moves</source>
        <translation>27. Januar 2025: die Kursbewegungen des Tages</translation>
    </message>
    <message>
        <source>Close of Monday 27 January against Friday 24 January</source>
        <translation>Schlusskurs vom Montag, 27. Januar, gegenüber Freitag, 24. Januar</translation>
    </message>
    <message>
        <source>Source: daily closes (Yahoo Finance data, cross-checked); Reuters, Nasdaq, AP.</source>
        <translation>Quelle: tägliche Schlusskurse (Yahoo-Finance-Daten, gegengeprüft); Reuters, Nasdaq, AP.</translation>
    </message>
</context>
<context>
    <name>ModelComparisonView</name>
    <message>
        <source>Model comparison</source>
        <translation>Modellvergleich</translation>
    </message>
    <message>
        <source>This tab will compare DeepSeek-R1 with the OpenAI, Meta, Anthropic and Google models it was measured against: benchmark scores, training compute and cost, price and openness. Every figure will come with what it includes.</source>
        <translation>Dieser Reiter wird DeepSeek-R1 mit den Modellen von OpenAI, Meta, Anthropic und Google vergleichen, an denen es gemessen wurde: Benchmark-Ergebnisse, Rechenaufwand und Kosten des Trainings, Preis und Offenheit. Jede Zahl wird mit dem angegeben, was sie umfasst.</translation>
    </message>
</context>
<context>
    <name>SourceLinks</name>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
</context>
</TS>
