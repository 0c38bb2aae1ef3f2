<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <source>Market timeline</source>
        <translation>Marktverlauf</translation>
    </message>
    <message>
        <source>This tab will chart how Nvidia, the other chip makers, big tech, power companies and the indices moved around Monday 27 January 2025. The events that drove them will be marked on the chart.</source>
        <translation>Dieser Reiter wird zeigen, wie sich Nvidia, die übrigen Chiphersteller, die großen Tech-Konzerne, die Stromversorger und die Indizes rund um Montag, den 27. Januar 2025, entwickelt haben. Die Ereignisse, die sie bewegten, werden im Diagramm markiert.</translation>
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
</TS>
