<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DeepSeek Shock Explainer</source>
        <translation>Über „Der DeepSeek-Schock erklärt“</translation>
    </message>
    <message>
        <source>DeepSeek Shock Explainer</source>
        <translation>Der DeepSeek-Schock erklärt</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The date of the data is unknown: a data file could not be read.</source>
        <translation>Der Stand der Daten ist unbekannt: Eine Datendatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Data as of %1 (market prices up to %2).</source>
        <translation>Datenstand: %1 (Börsenkurse bis %2).</translation>
    </message>
    <message>
        <source>An educational app about the market shock of %1, after DeepSeek released its R1 model: how the markets moved, the US export controls on AI chips, how the models compare, and the claims of a French news article checked against the facts.</source>
        <translation>Eine Lern-App über den Börsenschock vom %1, nachdem DeepSeek sein Modell R1 veröffentlicht hatte: wie sich die Märkte bewegten, die US-Exportkontrollen für KI-Chips, wie die Modelle im Vergleich abschneiden und die Aussagen eines französischen Zeitungsartikels im Faktencheck.</translation>
    </message>
    <message>
        <source>It is not investment advice and not a live feed: the data stop at the date above. Every figure comes with its sources (Help ▸ Sources).</source>
        <translation>Sie ist keine Anlageberatung und kein Live-Datendienst: Die Daten enden mit dem oben genannten Stand. Jede Zahl ist mit ihren Quellen belegt (Hilfe ▸ Quellen).</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Built with these open-source components:</source>
        <translation>Erstellt mit diesen Open-Source-Komponenten:</translation>
    </message>
</context>
<context>
    <name>BackToClaimButton</name>
    <message>
        <source>← Back to claim %1</source>
        <translation>← Zurück zu Aussage %1</translation>
    </message>
    <message>
        <source>Back to claim %1</source>
        <translation>Zurück zu Aussage %1</translation>
    </message>
    <message>
        <source>Return to claim %1 of the article (%2)</source>
        <translation>Zurück zu Aussage %1 des Artikels (%2)</translation>
    </message>
</context>
<context>
    <name>BenchmarksSection</name>
    <message>
        <source>The source table gives no value for this model.</source>
        <translation>Die Quelltabelle nennt für dieses Modell keinen Wert.</translation>
    </message>
    <message>
        <source>Score: %1 (metric in the source: %2)</source>
        <translation>Ergebnis: %1 (Metrik in der Quelle: %2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Caveat (%1 in another source): %2</source>
        <translation>Einschränkung (%1 in einer anderen Quelle): %2</translation>
    </message>
    <message>
        <source>Main comparison</source>
        <translation>Hauptvergleich</translation>
    </message>
    <message>
        <source>Distilled models</source>
        <translation>Destillierte Modelle</translation>
    </message>
    <message>
        <source>Benchmarks shown:</source>
        <translation>Angezeigte Benchmarks:</translation>
    </message>
    <message>
        <source>Metric in the source: %1</source>
        <translation>Metrik in der Quelle: %1</translation>
    </message>
    <message>
        <source>Benchmarks shown on the chart</source>
        <translation>Im Diagramm angezeigte Benchmarks</translation>
    </message>
    <message>
        <source>Main six</source>
        <translation>Die sechs wichtigsten</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Sort bars by score</source>
        <translation>Balken nach Ergebnis sortieren</translation>
    </message>
    <message>
        <source>Scores from 0 to 100 share one axis. A Codeforces rating has no upper bound, so it gets an axis of its own below: the two scales are never mixed.</source>
        <translation>Ergebnisse von 0 bis 100 teilen sich eine Achse. Die Wertungszahl bei Codeforces hat keine Obergrenze und bekommt darunter eine eigene Achse: Die beiden Skalen werden nie vermischt.</translation>
    </message>
    <message>
        <source>Hover over a bar for its source and caveats. Click a model in the legend to show its scores alone, and again to show every model.</source>
        <translation>Fahren Sie mit der Maus über einen Balken, um Quelle und Einschränkungen zu sehen. Ein Klick auf ein Modell in der Legende zeigt nur dessen Ergebnisse, ein weiterer Klick wieder alle Modelle.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>The folder %1 cannot be created (%2). Nothing was written.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden (%2). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist (any more). Nothing was written.</source>
        <translation>Der Ordner von %1 existiert nicht (mehr). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder is read-only or the name is not valid. Nothing was written.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner ist schreibgeschützt oder der Name ist ungültig. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Writing %1 failed (is the disk full?). No partial file was left behind.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen (ist der Datenträger voll?). Es blieb keine unvollständige Datei zurück.</translation>
    </message>
    <message>
        <source>%1: this image size is too large to export.</source>
        <translation>%1: Diese Bildgröße ist für den Export zu groß.</translation>
    </message>
    <message>
        <source>%1: the chart could not be drawn.</source>
        <translation>%1: Das Diagramm konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>This tab has no chart to copy.</source>
        <translation>Dieser Reiter hat kein Diagramm zum Kopieren.</translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard.</source>
        <translation>„%1“ in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>An export of every chart is running.</source>
        <translation>Ein Export aller Diagramme läuft bereits.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert …</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Chart saved: %1</source>
        <translation>Diagramm gespeichert: %1</translation>
    </message>
    <message>
        <source>%1: the chart&apos;s data could not be read, so nothing was written.</source>
        <translation>%1: Die Daten des Diagramms konnten nicht gelesen werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exporting charts</source>
        <translation>Diagramme werden exportiert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 files written to %2.</source>
        <translation>%1 Dateien in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ChartFiles</name>
    <message>
        <source>DeepSeek Shock Explainer</source>
        <translation>Der DeepSeek-Schock erklärt</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart as a table (and back)</source>
        <translation>Die Zahlen hinter dem Diagramm als Tabelle zeigen (und zurück)</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren …</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
</context>
<context>
    <name>ChartTableView</name>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>%1, as a table</source>
        <translation>%1, als Tabelle</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Market timeline</source>
        <translation>Marktverlauf</translation>
    </message>
    <message>
        <source>Moves on the day of the shock</source>
        <translation>Kursbewegungen am Tag des Schocks</translation>
    </message>
    <message>
        <source>Timeline of the export rules</source>
        <translation>Zeitleiste der Exportregeln</translation>
    </message>
    <message>
        <source>Chip classification</source>
        <translation>Einstufung der Chips</translation>
    </message>
    <message>
        <source>Benchmark scores</source>
        <translation>Benchmark-Ergebnisse</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Rechenaufwand des Trainings</translation>
    </message>
    <message>
        <source>API prices</source>
        <translation>API-Preise</translation>
    </message>
</context>
<context>
    <name>ChipClassifierForm</name>
    <message>
        <source>A chip without a known TPP has no place on the map.</source>
        <translation>Ohne bekannten TPP hat ein Chip keinen Platz auf der Karte.</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the classification.</source>
        <translation>Korrigieren Sie die markierten Felder, um die Einstufung zu sehen.</translation>
    </message>
    <message>
        <source>unknown (no TPP)</source>
        <translation>unbekannt (kein TPP)</translation>
    </message>
    <message>
        <source>unknown (no die area)</source>
        <translation>unbekannt (keine Chipfläche)</translation>
    </message>
    <message>
        <source>&lt;b&gt;TPP %1&lt;/b&gt; (dense throughput × bit length) · &lt;b&gt;performance density %2&lt;/b&gt; (TPP ÷ die area)</source>
        <translation>&lt;b&gt;TPP %1&lt;/b&gt; (dichter Durchsatz × Bitlänge) · &lt;b&gt;Leistungsdichte %2&lt;/b&gt; (TPP ÷ Chipfläche)</translation>
    </message>
    <message>
        <source>Show on the chip map</source>
        <translation>Auf der Chip-Karte zeigen</translation>
    </message>
    <message>
        <source>Plots these figures on the chip map, under each rule</source>
        <translation>Trägt diese Werte unter jeder Regel auf der Chip-Karte ein</translation>
    </message>
    <message>
        <source>Copy the verdict</source>
        <translation>Ergebnis kopieren</translation>
    </message>
    <message>
        <source>Copy the figures and what each rule makes of them, as text for a report</source>
        <translation>Die Werte und ihre Einstufung nach jeder Regel als Text für einen Bericht kopieren</translation>
    </message>
    <message>
        <source>Start from a chip:</source>
        <translation>Von einem Chip ausgehen:</translation>
    </message>
    <message>
        <source>TPP:</source>
        <translation>TPP:</translation>
    </message>
    <message>
        <source>Dense peak throughput (TOPS or TFLOPS, without sparsity):</source>
        <translation>Dichter Spitzendurchsatz (TOPS oder TFLOPS, ohne Sparsität):</translation>
    </message>
    <message>
        <source>Bit length of that figure:</source>
        <translation>Bitlänge dieses Werts:</translation>
    </message>
    <message>
        <source>Total Processing Performance (TPP):</source>
        <translation>Gesamtverarbeitungsleistung (TPP):</translation>
    </message>
    <message>
        <source>Applicable die area (mm², logic dies only):</source>
        <translation>Maßgebliche Chipfläche (mm², nur Logik-Dies):</translation>
    </message>
    <message>
        <source>Chip-to-chip bandwidth (GB/s):</source>
        <translation>Chip-zu-Chip-Bandbreite (GB/s):</translation>
    </message>
    <message>
        <source>Memory (DRAM) bandwidth (GB/s):</source>
        <translation>Speicherbandbreite (DRAM, GB/s):</translation>
    </message>
    <message>
        <source>from a throughput and its bit length</source>
        <translation>aus einem Durchsatz und seiner Bitlänge</translation>
    </message>
    <message>
        <source>entered directly</source>
        <translation>direkt eingegeben</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <source>Designed or marketed for datacenters</source>
        <translation>Für Rechenzentren entwickelt oder vermarktet</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>The lines of each rule</source>
        <translation>Die Schwellen jeder Regel</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>(my own figures)</source>
        <translation>(eigene Werte)</translation>
    </message>
    <message>
        <source>Verdict copied to the clipboard: the figures, and each rule&apos;s status, clause and lines.</source>
        <translation>Ergebnis in die Zwischenablage kopiert: die Werte und für jede Regel Einstufung, Absatz und Schwellenwerte.</translation>
    </message>
</context>
<context>
    <name>ChipControlsFigures</name>
    <message>
        <source>Chip map: %1</source>
        <translation>Chip-Karte: %1</translation>
    </message>
    <message>
        <source>Sources: %1 (thresholds); chip figures from datasheets and the press (%2 sources, listed chip by chip in the data table).</source>
        <translation>Quellen: %1 (Schwellen); Chipdaten aus Datenblättern und Presse (%2 Quellen, je Chip in der Datentabelle aufgeführt).</translation>
    </message>
    <message>
        <source>A chip needed a licence only if it crossed both lines. Arrows: the same computing power with a slower chip-to-chip link slipped under the %1 line (%2).</source>
        <translation>Genehmigungspflichtig war ein Chip nur, wenn er beide Schwellen überschritt. Pfeile: Dieselbe Rechenleistung mit langsamerer Chip-zu-Chip-Verbindung rutschte unter die Schwelle von %1 (%2).</translation>
    </message>
    <message>
        <source>The interconnect test is gone: TPP and performance density decide. Colour: each chip&apos;s status under the rule.</source>
        <translation>Das Verbindungskriterium entfällt: TPP und Leistungsdichte entscheiden. Farbe: die Einstufung jedes Chips nach der Regel.</translation>
    </message>
    <message>
        <source>Exports from the US to China: licences for chips under both lines are reviewed case by case. Hollow: chips needing no 3A090 licence, which it does not concern.</source>
        <translation>Exporte aus den USA nach China: Genehmigungen für Chips unter beiden Schwellen werden im Einzelfall geprüft. Hohl: Chips ohne 3A090-Genehmigungspflicht, nicht betroffen.</translation>
    </message>
    <message>
        <source>Your chip, from the classifier</source>
        <translation>Ihr Chip aus dem Einstufungsrechner</translation>
    </message>
    <message>
        <source>Ringed: the %1.</source>
        <translation>Dick umkreist: %1.</translation>
    </message>
    <message>
        <source>TPP (Total Processing Performance): the dense peak throughput (TOPS or TFLOPS) times its bit length, at the bit length that gives the highest value.</source>
        <translation>TPP (Gesamtverarbeitungsleistung): der dichte Spitzendurchsatz (TOPS oder TFLOPS) mal seine Bitlänge, bei der Bitlänge mit dem höchsten Wert.</translation>
    </message>
    <message>
        <source>Performance density: TPP divided by the die area in mm² (logic dies only, without memory stacks).</source>
        <translation>Leistungsdichte: TPP geteilt durch die Chipfläche in mm² (nur Logik-Dies, ohne Speicherstapel).</translation>
    </message>
    <message>
        <source>Chip-to-chip bandwidth: the aggregate bidirectional input and output to other chips, in GB/s.</source>
        <translation>Chip-zu-Chip-Bandbreite: der gesamte Ein- und Ausgangsdurchsatz zu anderen Chips in beide Richtungen, in GB/s.</translation>
    </message>
    <message>
        <source>Memory bandwidth: the chip&apos;s total DRAM bandwidth, in GB/s.</source>
        <translation>Speicherbandbreite: die gesamte DRAM-Bandbreite des Chips, in GB/s.</translation>
    </message>
    <message>
        <source>Status: what the rule means for selling the chip to China.</source>
        <translation>Einstufung: was die Regel für den Verkauf des Chips nach China bedeutet.</translation>
    </message>
    <message>
        <source>Star: %1 (from the classifier), %2.</source>
        <translation>Stern: %1 (aus dem Einstufungsrechner), %2.</translation>
    </message>
    <message>
        <source>%1 Placed by an approximate, estimated or unconfirmed figure.</source>
        <translation>%1 Position beruht auf einem ungefähren, geschätzten oder unbestätigten Wert.</translation>
    </message>
    <message>
        <source>Status computed from the thresholds, the sources stating none: %1.</source>
        <translation>Einstufung anhand der Schwellen berechnet, da die Quellen keine nennen: %1.</translation>
    </message>
    <message>
        <source>Case by case: eligible by the figures alone; the policy&apos;s other conditions (supply in the US, a cap on volumes, third-party testing, customer checks) are not shown.</source>
        <translation>Einzelfallprüfung: allein nach den Zahlen möglich; die übrigen Bedingungen der Regelung (Versorgung in den USA, Mengenobergrenze, Prüfung durch Dritte, Kundenkontrollen) sind nicht dargestellt.</translation>
    </message>
    <message>
        <source>On the “unknown” row: chips whose die area is not published, so that their performance density is not known.</source>
        <translation>In der Zeile „unbekannt“: Chips, deren Chipfläche nicht veröffentlicht ist, sodass ihre Leistungsdichte unbekannt ist.</translation>
    </message>
    <message>
        <source>On the “unknown” row: chips whose chip-to-chip bandwidth is not published.</source>
        <translation>In der Zeile „unbekannt“: Chips, deren Chip-zu-Chip-Bandbreite nicht veröffentlicht ist.</translation>
    </message>
    <message>
        <source>On the “unknown” row: chips whose memory bandwidth is not published.</source>
        <translation>In der Zeile „unbekannt“: Chips, deren Speicherbandbreite nicht veröffentlicht ist.</translation>
    </message>
    <message>
        <source>Scatter plot of %1 chips under the %2 (across: %3; up: %4). %5.</source>
        <translation>Streudiagramm von %1 Chips nach der %2 (waagerecht: %3; senkrecht: %4). %5.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>the sources</source>
        <translation>die Quellen</translation>
    </message>
    <message>
        <source>the thresholds (computed)</source>
        <translation>die Schwellen (berechnet)</translation>
    </message>
    <message>
        <source>Figures entered in the classifier</source>
        <translation>Im Einstufungsrechner eingegebene Werte</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Launch year</source>
        <translation>Einführungsjahr</translation>
    </message>
    <message>
        <source>Designed for datacenters</source>
        <translation>Für Rechenzentren entwickelt</translation>
    </message>
    <message>
        <source>Chinese chip</source>
        <translation>Chinesischer Chip</translation>
    </message>
    <message>
        <source>Dense throughput (TOPS or TFLOPS)</source>
        <translation>Dichter Durchsatz (TOPS oder TFLOPS)</translation>
    </message>
    <message>
        <source>Bit length</source>
        <translation>Bitlänge</translation>
    </message>
    <message>
        <source>TPP</source>
        <translation>TPP</translation>
    </message>
    <message>
        <source>Die area (mm²)</source>
        <translation>Chipfläche (mm²)</translation>
    </message>
    <message>
        <source>Status under the %1</source>
        <translation>Einstufung nach der %1</translation>
    </message>
    <message>
        <source>Status given by</source>
        <translation>Einstufung laut</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Placed by an approximate figure</source>
        <translation>Position nach ungefährem Wert</translation>
    </message>
    <message>
        <source>Caveat</source>
        <translation>Vorbehalt</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Thresholds: %1, %2.</source>
        <translation>Schwellen: %1, %2.</translation>
    </message>
    <message>
        <source>The thresholds are as quoted in excerpts of the rules and in secondary sources (CSET, law firms); the full Federal Register texts were not read end to end.</source>
        <translation>Die Schwellen sind so angegeben, wie Auszüge der Regeln und Sekundärquellen (CSET, Anwaltskanzleien) sie zitieren; die vollständigen Texte des Federal Register wurden nicht von Anfang bis Ende gelesen.</translation>
    </message>
    <message>
        <source>Sources: the Federal Register, BIS, company filings and the press (%1 sources, listed event by event in the data table).</source>
        <translation>Quellen: Federal Register, BIS, Unternehmensmeldungen und Presse (%1 Quellen, je Ereignis in der Datentabelle aufgeführt).</translation>
    </message>
    <message>
        <source>US export controls on AI chips, %1 to %2</source>
        <translation>US-Exportkontrollen für KI-Chips, %1 bis %2</translation>
    </message>
    <message>
        <source>One lane per kind of event; hollow markers: reported in the media, with no official text.</source>
        <translation>Eine Spur je Ereignisart; hohle Markierungen: von Medien berichtet, ohne offiziellen Text.</translation>
    </message>
    <message>
        <source>Named: the three rules that set the chip thresholds (dashed lines) and the events that concern the %1, the chip DeepSeek trained V3 on; the others are numbered (key below).</source>
        <translation>Benannt: die drei Regeln, die die Chip-Schwellen festlegen (gestrichelte Linien), und die Ereignisse rund um den %1, den Chip, auf dem DeepSeek V3 trainierte; die übrigen sind nummeriert (Legende unten).</translation>
    </message>
    <message>
        <source>Ringed: “%1” (%2).</source>
        <translation>Eingekreist: „%1“ (%2).</translation>
    </message>
    <message>
        <source>Numbered events: %1</source>
        <translation>Nummerierte Ereignisse: %1</translation>
    </message>
    <message>
        <source>Exact day not known, marker placed on an approximate day: %1.</source>
        <translation>Genauer Tag unbekannt, Markierung an einem ungefähren Tag: %1.</translation>
    </message>
    <message>
        <source>Timeline of %1 events of the US export controls on AI chips, from %2 to %3, one lane per kind (%4); %5 rest on media reports with no official text. Named: %6.</source>
        <translation>Zeitleiste mit %1 Ereignissen der US-Exportkontrollen für KI-Chips vom %2 bis %3, eine Spur je Ereignisart (%4); %5 beruhen nur auf Medienberichten ohne offiziellen Text. Benannt: %6.</translation>
    </message>
    <message>
        <source>Official text</source>
        <translation>Offizieller Text</translation>
    </message>
    <message>
        <source>Reported in the media, no official text</source>
        <translation>Von Medien berichtet, ohne offiziellen Text</translation>
    </message>
    <message>
        <source>Label in the figure</source>
        <translation>Beschriftung in der Grafik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Exact day known</source>
        <translation>Genauer Tag bekannt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Official or reported</source>
        <translation>Offiziell oder berichtet</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Behörde oder Akteur</translation>
    </message>
    <message>
        <source>Official reference</source>
        <translation>Amtliche Fundstelle</translation>
    </message>
    <message>
        <source>Reference verified</source>
        <translation>Fundstelle geprüft</translation>
    </message>
    <message>
        <source>Chips concerned</source>
        <translation>Betroffene Chips</translation>
    </message>
    <message>
        <source>Reported: the event rests on media reports only; no official text has been published.</source>
        <translation>Berichtet: Das Ereignis beruht nur auf Medienberichten; ein offizieller Text wurde nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Official references are as the sources give them; those marked as not verified could not be checked against the official text.</source>
        <translation>Die amtlichen Fundstellen sind so angegeben, wie die Quellen sie nennen; als nicht geprüft markierte konnten nicht mit dem offiziellen Text abgeglichen werden.</translation>
    </message>
</context>
<context>
    <name>ChipControlsTexts</name>
    <message>
        <source>TPP %1 ≥ %2 and chip-to-chip bandwidth %3 ≥ %4: both tests of %5 are met</source>
        <translation>TPP %1 ≥ %2 und Chip-zu-Chip-Bandbreite %3 ≥ %4: Beide Kriterien von %5 sind erfüllt</translation>
    </message>
    <message>
        <source>TPP %1 ≥ %2, but its chip-to-chip bandwidth, %3, is below %4: the rule needed both</source>
        <translation>TPP %1 ≥ %2, aber die Chip-zu-Chip-Bandbreite von %3 liegt unter %4: Die Regel verlangte beides</translation>
    </message>
    <message>
        <source>TPP %1 is below %2: not controlled, whatever its interconnect</source>
        <translation>TPP %1 liegt unter %2: nicht kontrolliert, unabhängig von seiner Chip-zu-Chip-Verbindung</translation>
    </message>
    <message>
        <source>TPP %1 is below %2 and chip-to-chip bandwidth %3 below %4</source>
        <translation>TPP %1 unter %2 und Chip-zu-Chip-Bandbreite %3 unter %4</translation>
    </message>
    <message>
        <source>TPP %1 ≥ %2, but its chip-to-chip bandwidth is not known: the test cannot be decided</source>
        <translation>TPP %1 ≥ %2, aber die Chip-zu-Chip-Bandbreite ist unbekannt: Das Kriterium lässt sich nicht prüfen</translation>
    </message>
    <message>
        <source>Chip-to-chip bandwidth %3 is below %4: not controlled, whatever its TPP</source>
        <translation>Chip-zu-Chip-Bandbreite %3 unter %4: nicht kontrolliert, unabhängig vom TPP</translation>
    </message>
    <message>
        <source>Neither the TPP nor the chip-to-chip bandwidth is known: the test cannot be decided</source>
        <translation>Weder der TPP noch die Chip-zu-Chip-Bandbreite sind bekannt: Die Prüfung lässt sich nicht entscheiden</translation>
    </message>
    <message>
        <source>Chip-to-chip bandwidth %3 ≥ %4, but the TPP is not known: the test cannot be decided</source>
        <translation>Chip-zu-Chip-Bandbreite %3 ≥ %4, aber der TPP ist nicht bekannt: Die Prüfung lässt sich nicht entscheiden</translation>
    </message>
    <message>
        <source>TPP %1 ≥ %2: %3 applies, but a chip not designed or marketed for datacenters needs only a notification</source>
        <translation>TPP %1 ≥ %2: %3 greift, aber ein Chip, der nicht für Rechenzentren entwickelt oder vermarktet wird, braucht nur eine Meldung</translation>
    </message>
    <message>
        <source>TPP %1 ≥ %2: %3 applies</source>
        <translation>TPP %1 ≥ %2: %3 greift</translation>
    </message>
    <message>
        <source>TPP %1 ≥ %2 and performance density %3 ≥ %4: %5 applies</source>
        <translation>TPP %1 ≥ %2 und Leistungsdichte %3 ≥ %4: %5 greift</translation>
    </message>
    <message>
        <source>TPP %1 between %2 and %3, performance density %4 between %5 and %6: %7 applies (notification)</source>
        <translation>TPP %1 zwischen %2 und %3, Leistungsdichte %4 zwischen %5 und %6: %7 greift (Meldung)</translation>
    </message>
    <message>
        <source>TPP %1 ≥ %2, performance density %3 between %4 and %5: %6 applies (notification)</source>
        <translation>TPP %1 ≥ %2, Leistungsdichte %3 zwischen %4 und %5: %6 greift (Meldung)</translation>
    </message>
    <message>
        <source>Not designed or marketed for datacenters and TPP %1 below %2: outside 3A090 (%3)</source>
        <translation>Nicht für Rechenzentren entwickelt oder vermarktet und TPP %1 unter %2: außerhalb von 3A090 (%3)</translation>
    </message>
    <message>
        <source>The TPP is not known: every clause of 3A090 tests it, so none can apply</source>
        <translation>Der TPP ist nicht bekannt: Jeder Absatz von 3A090 prüft ihn, also kann keiner greifen</translation>
    </message>
    <message>
        <source>TPP %1 is below %2 and the die area is not known: the density tests cannot be decided</source>
        <translation>TPP %1 unter %2 und Chipfläche unbekannt: Die Dichtekriterien lassen sich nicht prüfen</translation>
    </message>
    <message>
        <source>TPP %1 is below %2, the lowest line of 3A090: outside 3A090</source>
        <translation>TPP %1 unter %2, der niedrigsten Schwelle von 3A090: außerhalb von 3A090</translation>
    </message>
    <message>
        <source>TPP %1 and performance density %2 fall in no band: below %3 or, from TPP %4, density below %5 (from TPP %6, below %7)</source>
        <translation>TPP %1 und Leistungsdichte %2 liegen in keinem Bereich: TPP unter %3 oder, ab TPP %4, Dichte unter %5 (ab TPP %6 unter %7)</translation>
    </message>
    <message>
        <source>TPP %1 below %2 and memory bandwidth %3 below %4: the licence is reviewed case by case, for exports from the US (if the policy&apos;s other conditions are met)</source>
        <translation>TPP %1 unter %2 und Speicherbandbreite %3 unter %4: Die Genehmigung wird bei Exporten aus den USA im Einzelfall geprüft (sofern die übrigen Bedingungen der Regelung erfüllt sind)</translation>
    </message>
    <message>
        <source>TPP %1 ≥ %2: the licence review stays a presumption of denial</source>
        <translation>TPP %1 ≥ %2: Für die Genehmigung gilt weiter die Vermutung der Ablehnung</translation>
    </message>
    <message>
        <source>Memory bandwidth %1 ≥ %2: the licence review stays a presumption of denial</source>
        <translation>Speicherbandbreite %1 ≥ %2: Für die Genehmigung gilt weiter die Vermutung der Ablehnung</translation>
    </message>
    <message>
        <source>TPP %1 ≥ %2 and memory bandwidth %3 ≥ %4: the licence review stays a presumption of denial</source>
        <translation>TPP %1 ≥ %2 und Speicherbandbreite %3 ≥ %4: Für die Genehmigung gilt weiter die Vermutung der Ablehnung</translation>
    </message>
    <message>
        <source>Under the %1 it needs no 3A090 licence, so this policy does not concern it</source>
        <translation>Nach der %1 braucht er keine 3A090-Genehmigung, daher betrifft ihn diese Regelung nicht</translation>
    </message>
    <message>
        <source>TPP %1 below %2, but the memory bandwidth is not known: the policy cannot be applied</source>
        <translation>TPP %1 unter %2, aber die Speicherbandbreite ist unbekannt: Die Regelung lässt sich nicht anwenden</translation>
    </message>
    <message>
        <source>Its status under the %1 is undetermined, so this policy cannot be applied</source>
        <translation>Seine Einstufung nach der %1 ist unbestimmt, daher lässt sich diese Regelung nicht anwenden</translation>
    </message>
    <message>
        <source>No clause of 3A090 applies</source>
        <translation>Kein Absatz von 3A090 greift</translation>
    </message>
    <message>
        <source>Clause: %1</source>
        <translation>Absatz: %1</translation>
    </message>
    <message>
        <source>(also %1)</source>
        <translation>(auch %1)</translation>
    </message>
    <message>
        <source>by the thresholds</source>
        <translation>nach den Schwellenwerten</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Cannot be decided without %1.</source>
        <translation>Ohne %1 nicht zu entscheiden.</translation>
    </message>
    <message>
        <source>the TPP</source>
        <translation>den TPP</translation>
    </message>
    <message>
        <source>the die area (for the performance density)</source>
        <translation>die Chipfläche (für die Leistungsdichte)</translation>
    </message>
    <message>
        <source>the chip-to-chip bandwidth</source>
        <translation>die Chip-zu-Chip-Bandbreite</translation>
    </message>
    <message>
        <source>the memory bandwidth</source>
        <translation>die Speicherbandbreite</translation>
    </message>
    <message>
        <source>TPP</source>
        <translation>TPP</translation>
    </message>
    <message>
        <source>performance density</source>
        <translation>Leistungsdichte</translation>
    </message>
    <message>
        <source>chip-to-chip bandwidth</source>
        <translation>Chip-zu-Chip-Bandbreite</translation>
    </message>
    <message>
        <source>memory bandwidth</source>
        <translation>Speicherbandbreite</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>cannot be decided</source>
        <translation>nicht entscheidbar</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 (%5)</source>
        <translation>%1 %2 %3 %4 (%5)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: licence if TPP ≥ %2 &lt;i&gt;and&lt;/i&gt; chip-to-chip bandwidth ≥ %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Genehmigung, wenn TPP ≥ %2 &lt;i&gt;und&lt;/i&gt; Chip-zu-Chip-Bandbreite ≥ %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: licence (3A090.a) if TPP ≥ %2, or TPP ≥ %3 with a density ≥ %4; notification (3A090.b) if TPP is %5 to %2 with a density of %6 to %4, or TPP ≥ %3 with a density of %7 to %4. Chips not designed or marketed for datacenters: outside 3A090 below TPP %2, notification above.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Genehmigung (3A090.a) bei TPP ≥ %2 oder bei TPP ≥ %3 mit einer Dichte ≥ %4; Meldung (3A090.b) bei TPP von %5 bis %2 mit einer Dichte von %6 bis %4 oder bei TPP ≥ %3 mit einer Dichte von %7 bis %4. Chips, die nicht für Rechenzentren entwickelt oder vermarktet werden: unter TPP %2 außerhalb von 3A090, darüber Meldung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: for chips that need a licence, case-by-case review if TPP is below %2 and memory bandwidth below %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Für genehmigungspflichtige Chips Einzelfallprüfung, wenn der TPP unter %2 und die Speicherbandbreite unter %3 liegt.</translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation>%1 GB/s</translation>
    </message>
    <message>
        <source>TPP %1</source>
        <translation>TPP %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the TPP</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the performance density</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a bandwidth</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the chip map&apos;s row</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>October 2022 rule</source>
        <translation>Regel vom Oktober&#xa0;2022</translation>
    </message>
    <message>
        <source>October 2023 rule</source>
        <translation>Regel vom Oktober&#xa0;2023</translation>
    </message>
    <message>
        <source>January 2026 policy</source>
        <translation>Regelung vom Januar&#xa0;2026</translation>
    </message>
    <message>
        <source>Licence required, presumption of denial</source>
        <translation>Genehmigungspflichtig, Vermutung der Ablehnung</translation>
    </message>
    <message>
        <source>Notification only (License Exception NAC)</source>
        <translation>Nur Meldung (License Exception NAC)</translation>
    </message>
    <message>
        <source>Not controlled</source>
        <translation>Nicht kontrolliert</translation>
    </message>
    <message>
        <source>Licence reviewed case by case</source>
        <translation>Genehmigung im Einzelfall geprüft</translation>
    </message>
    <message>
        <source>Licence, still a presumption of denial</source>
        <translation>Genehmigung, weiter mit Vermutung der Ablehnung</translation>
    </message>
    <message>
        <source>Not concerned (no 3A090 licence needed)</source>
        <translation>Nicht betroffen (keine 3A090-Genehmigung nötig)</translation>
    </message>
    <message>
        <source>Undetermined (a figure is missing)</source>
        <translation>Unbestimmt (ein Wert fehlt)</translation>
    </message>
    <message>
        <source>Datacenter chip</source>
        <translation>Chip für Rechenzentren</translation>
    </message>
    <message>
        <source>Not for datacenters</source>
        <translation>Nicht für Rechenzentren</translation>
    </message>
    <message>
        <source>Chinese chip, as a US export</source>
        <translation>Chinesischer Chip, als US-Export betrachtet</translation>
    </message>
    <message>
        <source>Your chip</source>
        <translation>Ihr Chip</translation>
    </message>
    <message>
        <source>Your chip (%1)</source>
        <translation>Ihr Chip (%1)</translation>
    </message>
    <message>
        <source>US rule or licence decision</source>
        <translation>US-Regel oder Genehmigungsentscheidung</translation>
    </message>
    <message>
        <source>Company response</source>
        <translation>Reaktion der Unternehmen</translation>
    </message>
    <message>
        <source>Chinese reaction</source>
        <translation>Chinesische Reaktion</translation>
    </message>
    <message>
        <source>Market event</source>
        <translation>Marktereignis</translation>
    </message>
    <message>
        <source>Total Processing Performance (TPP, log scale)</source>
        <translation>Gesamtverarbeitungsleistung (TPP, log. Skala)</translation>
    </message>
    <message>
        <source>Performance density (TPP per mm² of die)</source>
        <translation>Leistungsdichte (TPP je mm² Chipfläche)</translation>
    </message>
    <message>
        <source>Chip-to-chip bandwidth (GB/s)</source>
        <translation>Chip-zu-Chip-Bandbreite (GB/s)</translation>
    </message>
    <message>
        <source>Memory (DRAM) bandwidth (GB/s)</source>
        <translation>Speicherbandbreite (DRAM, GB/s)</translation>
    </message>
    <message>
        <source>3A090.a: licence, presumption of denial</source>
        <translation>3A090.a: Genehmigung, Vermutung der Ablehnung</translation>
    </message>
    <message>
        <source>3A090.b: notification</source>
        <translation>3A090.b: Meldung</translation>
    </message>
    <message>
        <source>Outside 3A090</source>
        <translation>Außerhalb von 3A090</translation>
    </message>
    <message>
        <source>Hatched: chips not made for
datacenters, below TPP %1,
are outside 3A090 (Note 2)</source>
        <translation>Schraffiert: Chips, die nicht für
Rechenzentren gedacht sind, liegen
unter TPP %1 außerhalb
von 3A090 (Anm. 2)</translation>
    </message>
    <message>
        <source>3A090.a: licence required</source>
        <translation>3A090.a: genehmigungspflichtig</translation>
    </message>
    <message>
        <source>Case-by-case review (exports from the US)</source>
        <translation>Einzelfallprüfung (Exporte aus den USA)</translation>
    </message>
    <message>
        <source>Presumption of denial remains</source>
        <translation>Vermutung der Ablehnung bleibt</translation>
    </message>
    <message>
        <source>Choose or type a bit length.</source>
        <translation>Wählen Sie eine Bitlänge oder geben Sie eine ein.</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <source>Not a number: write digits, with “%1” as the decimal mark.</source>
        <translation>Keine Zahl: Schreiben Sie Ziffern, mit „%1“ als Dezimalzeichen.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>Der Wert darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Must be more than zero.</source>
        <translation>Der Wert muss größer als null sein.</translation>
    </message>
    <message>
        <source>Beyond any real chip: at most %1.</source>
        <translation>Jenseits jedes realen Chips: höchstens %1.</translation>
    </message>
    <message>
        <source>Unknown bit length: use FP16, BF16, FP8, INT8 or %1.</source>
        <translation>Unbekannte Bitlänge: Verwenden Sie FP16, BF16, FP8, INT8 oder %1.</translation>
    </message>
</context>
<context>
    <name>ChipControlsView</name>
    <message>
        <source>GPU export restrictions</source>
        <translation>Exportbeschränkungen für GPUs</translation>
    </message>
    <message>
        <source>Which AI chips may be sold to China?</source>
        <translation>Welche KI-Chips dürfen nach China verkauft werden?</translation>
    </message>
    <message>
        <source>US rules decide from two or three figures of a chip whether it may be sold to China: its computing power (TPP), how densely that power is packed and, at first, how fast it talks to other chips. Nvidia answered each rule with cut-down chips; DeepSeek trained its V3 model on one of them, the H800.</source>
        <translation>US-Regeln entscheiden anhand von zwei oder drei Kennzahlen, ob ein Chip nach China verkauft werden darf: seine Rechenleistung (TPP), wie dicht diese Leistung gepackt ist und anfangs, wie schnell er mit anderen Chips kommuniziert. Nvidia antwortete auf jede Regel mit gedrosselten Chips; DeepSeek trainierte sein Modell V3 auf einem davon, dem H800.</translation>
    </message>
    <message>
        <source>Rules timeline</source>
        <translation>Zeitleiste der Regeln</translation>
    </message>
    <message>
        <source>Chip map</source>
        <translation>Chip-Karte</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Einstufungsrechner</translation>
    </message>
</context>
<context>
    <name>ChipDetailsPanel</name>
    <message>
        <source>Selected chip</source>
        <translation>Ausgewählter Chip</translation>
    </message>
    <message>
        <source>Events that concern it (ringed on the timeline):</source>
        <translation>Ereignisse, die ihn betreffen (auf der Zeitleiste eingekreist):</translation>
    </message>
    <message>
        <source>TPP</source>
        <translation>TPP</translation>
    </message>
    <message>
        <source>%1 (= %2 × %3 bits)</source>
        <translation>%1 (= %2&#xa0;×&#xa0;%3&#xa0;Bit)</translation>
    </message>
    <message>
        <source>Performance density</source>
        <translation>Leistungsdichte</translation>
    </message>
    <message>
        <source>unknown (die area not published)</source>
        <translation>unbekannt (Chipfläche nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>%1 mm²</source>
        <translation>%1 mm²</translation>
    </message>
    <message>
        <source>Die area</source>
        <translation>Chipfläche</translation>
    </message>
    <message>
        <source>Chip-to-chip link</source>
        <translation>Chip-zu-Chip-Verbindung</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>Speicherbandbreite</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>designed or marketed for datacenters</source>
        <translation>für Rechenzentren entwickelt oder vermarktet</translation>
    </message>
    <message>
        <source>not designed or marketed for datacenters</source>
        <translation>nicht für Rechenzentren entwickelt oder vermarktet</translation>
    </message>
    <message>
        <source>* approximate, estimated or not confirmed: see the caveat.</source>
        <translation>* ungefähr, geschätzt oder nicht bestätigt: siehe Hinweis.</translation>
    </message>
    <message>
        <source>A Chinese chip: its statuses say what the rules would make of it as a US export.</source>
        <translation>Ein chinesischer Chip: Seine Einstufungen zeigen, was die Regeln aus ihm als US-Export machen würden.</translation>
    </message>
</context>
<context>
    <name>ChipList</name>
    <message>
        <source>Chips on the map</source>
        <translation>Chips auf der Karte</translation>
    </message>
</context>
<context>
    <name>ChipMapChart</name>
    <message>
        <source>Reset view</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole map again (the mouse wheel zooms, a drag moves the map)</source>
        <translation>Wieder die ganze Karte zeigen (das Mausrad zoomt, Ziehen verschiebt die Karte)</translation>
    </message>
    <message>
        <source>Remove your chip</source>
        <translation>Ihren Chip entfernen</translation>
    </message>
    <message>
        <source>Take the chip of the classifier off the map</source>
        <translation>Den Chip aus dem Einstufungsrechner von der Karte nehmen</translation>
    </message>
    <message>
        <source>Thick ring: the selected chip; dashed: named by the selected event.</source>
        <translation>Dicker Ring: der ausgewählte Chip; gestrichelt: vom ausgewählten Ereignis genannt.</translation>
    </message>
</context>
<context>
    <name>ChipMapSection</name>
    <message>
        <source>Each chip sits by its computing power (TPP, across) and the second figure the rule tests (up). Switch rules to see the lines move: at first a slower link was enough to escape; since the second rule, density counts instead.</source>
        <translation>Jeder Chip steht nach seiner Rechenleistung (TPP, waagerecht) und der zweiten Kennzahl, die die Regel prüft (senkrecht). Wechseln Sie die Regel, um die Schwellen wandern zu sehen: Anfangs genügte eine langsamere Verbindung, um ihr zu entgehen; seit der zweiten Regel zählt stattdessen die Dichte.</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
</context>
<context>
    <name>ClaimCardList</name>
    <message>
        <source>No claim has this verdict.</source>
        <translation>Keine Aussage hat diese Bewertung.</translation>
    </message>
    <message>
        <source>The claims of the article</source>
        <translation>Die Aussagen des Artikels</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Aussage %1</translation>
    </message>
    <message>
        <source>Hide the verdict</source>
        <translation>Bewertung verbergen</translation>
    </message>
    <message>
        <source>Hide the verdict of claim %1</source>
        <translation>Bewertung von Aussage %1 verbergen</translation>
    </message>
    <message>
        <source>Reveal the verdict</source>
        <translation>Bewertung aufdecken</translation>
    </message>
    <message>
        <source>Reveal the verdict of claim %1</source>
        <translation>Bewertung von Aussage %1 aufdecken</translation>
    </message>
    <message>
        <source>The verdict is hidden. Accurate, imprecise, misleading, wrong or unverifiable: what does the class think?</source>
        <translation>Die Bewertung ist verborgen. Zutreffend, ungenau, irreführend, falsch oder nicht überprüfbar: Was meint die Klasse?</translation>
    </message>
    <message>
        <source>What the facts say</source>
        <translation>Was die Fakten sagen</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>Highlights: %1</source>
        <translation>Hebt hervor: %1</translation>
    </message>
    <message>
        <source>Show in chart</source>
        <translation>Im Diagramm zeigen</translation>
    </message>
    <message>
        <source>Show claim %1 in the chart</source>
        <translation>Aussage %1 im Diagramm zeigen</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>The article, claim by claim</source>
        <translation>Der Artikel, Aussage für Aussage</translation>
    </message>
    <message>
        <source>A French-language news article of %1, whose copy does not name the outlet that published it, made %2 claims about the DeepSeek shock. Each card puts one of them, in the article&apos;s own words, beside what the sources show, and gives a verdict: accurate, imprecise, misleading, wrong or unverifiable. Where a chart shows the facts, “Show in chart” takes you to it.</source>
        <translation>Ein französischsprachiger Zeitungsartikel vom %1 – das Medium, das ihn veröffentlichte, wird in der vorliegenden Fassung nicht genannt – enthielt %2 Aussagen über den DeepSeek-Schock. Jede Karte stellt eine davon im Wortlaut des Artikels dem gegenüber, was die Quellen belegen, und gibt eine Bewertung ab: zutreffend, ungenau, irreführend, falsch oder nicht überprüfbar. Wo ein Diagramm die Fakten zeigt, führt „Im Diagramm zeigen“ direkt dorthin.</translation>
    </message>
    <message>
        <source>The article, checked</source>
        <translation>Der Artikel im Faktencheck</translation>
    </message>
</context>
<context>
    <name>ClassifierSection</name>
    <message>
        <source>Try it yourself: TPP is the dense peak throughput times its bit length (or enter a TPP read in a filing), and performance density is TPP divided by the die area in mm². Enter a chip&apos;s figures, or start from a chip of the list; tick “unknown” for a figure nobody has published, and see what each rule can still decide.</source>
        <translation>Probieren Sie es aus: Der TPP ist der dichte Spitzendurchsatz mal seine Bitlänge (oder geben Sie einen TPP aus einer amtlichen Unterlage ein), die Leistungsdichte ist der TPP geteilt durch die Chipfläche in mm². Geben Sie die Werte eines Chips ein oder gehen Sie von einem Chip der Liste aus; kreuzen Sie „unbekannt“ an, wenn ein Wert nirgends veröffentlicht ist, und sehen Sie, was jede Regel dann noch entscheiden kann.</translation>
    </message>
</context>
<context>
    <name>ClassroomControls</name>
    <message>
        <source>Classroo&amp;m mode</source>
        <translation>&amp;Unterrichtsmodus</translation>
    </message>
    <message>
        <source>Hide every verdict so that the class can judge each claim, then reveal the verdicts one by one</source>
        <translation>Alle Bewertungen verbergen, damit die Klasse jede Aussage selbst beurteilt, und sie dann einzeln aufdecken</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Alle aufdecken</translation>
    </message>
    <message>
        <source>Reveal every verdict</source>
        <translation>Alle Bewertungen aufdecken</translation>
    </message>
    <message>
        <source>Hide all</source>
        <translation>Alle verbergen</translation>
    </message>
    <message>
        <source>Hide every verdict</source>
        <translation>Alle Bewertungen verbergen</translation>
    </message>
</context>
<context>
    <name>ComputeSection</name>
    <message>
        <source>Reported cost figures and what they cover</source>
        <translation>Genannte Kosten und was sie abdecken</translation>
    </message>
    <message>
        <source>Every cost figure reported for these models, with what it includes and what it leaves out. Read each with its scope: a rental-price estimate for one training run is not what a model cost its developer.</source>
        <translation>Alle für diese Modelle genannten Kostenangaben, mit dem, was sie umfassen und was nicht. Jede Zahl gilt nur für ihren Umfang: Eine Schätzung zum Mietpreis für einen einzelnen Trainingslauf ist nicht das, was ein Modell seinen Entwickler gekostet hat.</translation>
    </message>
</context>
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
        <source>In %1, line %2</source>
        <translation>In %1, Zeile %2</translation>
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
    <name>DataFiles</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über diese Daten</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>DeepSeekCard</name>
    <message>
        <source>What DeepSeek used</source>
        <translation>Was DeepSeek nutzte</translation>
    </message>
</context>
<context>
    <name>DistilledTable</name>
    <message>
        <source>Bold: models distilled from DeepSeek-R1. Italic: score taken from the paper&apos;s main table (Table 4), which the distillation table repeats for the baselines. Source: DeepSeek-R1 paper, Table 5.</source>
        <translation>Fett: aus DeepSeek-R1 destillierte Modelle. Kursiv: Wert aus der Haupttabelle des Papers (Tabelle 4), den die Destillationstabelle für die Vergleichsmodelle wiederholt. Quelle: DeepSeek-R1-Paper, Tabelle 5.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Caveat (%1 in another source): %2</source>
        <translation>Einschränkung (%1 in einer anderen Quelle): %2</translation>
    </message>
    <message>
        <source>Not reported in the paper.</source>
        <translation>Im Paper nicht angegeben.</translation>
    </message>
    <message>
        <source>From the paper&apos;s main table (Table 4).</source>
        <translation>Aus der Haupttabelle des Papers (Tabelle 4).</translation>
    </message>
    <message>
        <source>From the paper&apos;s table of distilled models (Table 5).</source>
        <translation>Aus der Tabelle der destillierten Modelle im Paper (Tabelle 5).</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong inside the app: %1. What you were doing may not have finished; the app keeps running.</source>
        <translation>In der App ist ein Fehler aufgetreten: %1. Ihre letzte Aktion wurde möglicherweise nicht abgeschlossen; die App läuft weiter.</translation>
    </message>
    <message>
        <source>The details were saved in %1. Please send that file with a few words on what you were doing, so that the problem can be fixed.</source>
        <translation>Die Einzelheiten wurden in %1 gespeichert. Bitte senden Sie diese Datei mit ein paar Worten dazu, was Sie gerade getan haben, damit der Fehler behoben werden kann.</translation>
    </message>
    <message>
        <source>The details could not be saved to a file; they were written to the error output.</source>
        <translation>Die Einzelheiten konnten nicht in einer Datei gespeichert werden; sie wurden in die Fehlerausgabe geschrieben.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>EventDetailsPanel</name>
    <message>
        <source>%1 (exact day not known)</source>
        <translation>%1 (genauer Tag unbekannt)</translation>
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
        <source>Selected event</source>
        <translation>Ausgewähltes Ereignis</translation>
    </message>
    <message>
        <source>Reported in the media; no official text has been published.</source>
        <translation>Von Medien berichtet; ein offizieller Text wurde nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Chips concerned (ringed on the chip map): %1</source>
        <translation>Betroffene Chips (auf der Chip-Karte eingekreist): %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Geltungsbereich: %1</translation>
    </message>
    <message>
        <source>Official reference: %1</source>
        <translation>Amtliche Fundstelle: %1</translation>
    </message>
    <message>
        <source>(not verified)</source>
        <translation>(nicht geprüft)</translation>
    </message>
    <message>
        <source>Event %1 of %2</source>
        <translation>Ereignis %1 von %2</translation>
    </message>
</context>
<context>
    <name>ExportAllDialog</name>
    <message>
        <source>Export all charts</source>
        <translation>Alle Diagramme exportieren</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>CSV (data)</source>
        <translation>CSV (Daten)</translation>
    </message>
    <message>
        <source>XLSX (data)</source>
        <translation>XLSX (Daten)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Type a file name.</source>
        <translation>Geben Sie einen Dateinamen ein.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Highlight %1, as on screen</source>
        <translation>%1 hervorheben, wie auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Texts of the figure</source>
        <translation>Texte der Grafik</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing (editable)</source>
        <translation>SVG-Zeichnung (bearbeitbar)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>CSV data (the numbers)</source>
        <translation>CSV-Daten (die Zahlen)</translation>
    </message>
    <message>
        <source>Excel workbook (the numbers)</source>
        <translation>Excel-Arbeitsmappe (die Zahlen)</translation>
    </message>
    <message>
        <source>Preview of the exported figure</source>
        <translation>Vorschau der exportierten Grafik</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
</context>
<context>
    <name>FigureTextEditor</name>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>Untertitel:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Anmerkungen:</translation>
    </message>
    <message>
        <source>Source line:</source>
        <translation>Quellenzeile:</translation>
    </message>
    <message>
        <source>Byline:</source>
        <translation>Autorenzeile:</translation>
    </message>
    <message>
        <source>Alternative text:</source>
        <translation>Alternativtext:</translation>
    </message>
    <message>
        <source>One note a line</source>
        <translation>Eine Anmerkung pro Zeile</translation>
    </message>
    <message>
        <source>e.g. Chart: your name, your newsroom</source>
        <translation>z.&#xa0;B. Grafik: Ihr Name, Ihre Redaktion</translation>
    </message>
    <message>
        <source>Read by screen readers; written into the SVG&apos;s description and the PDF&apos;s subject</source>
        <translation>Wird von Screenreadern vorgelesen; steht in der Beschreibung der SVG-Datei und im Betreff der PDF-Datei</translation>
    </message>
    <message>
        <source>Copy alternative text</source>
        <translation>Alternativtext kopieren</translation>
    </message>
    <message>
        <source>Reset texts</source>
        <translation>Texte zurücksetzen</translation>
    </message>
</context>
<context>
    <name>InstrumentColumn</name>
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
        <translation>Tech-Konzerne</translation>
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
</context>
<context>
    <name>LazyTab</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
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
        <source>&amp;Copy chart</source>
        <translation>Diagramm &amp;kopieren</translation>
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
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen with larger text, for a projector (Esc leaves it)</source>
        <translation>Vollbild mit größerer Schrift, für einen Beamer (Esc beendet ihn)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
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
</context>
<context>
    <name>MarketFigures</name>
    <message>
        <source>Bar chart of the moves of %1 shares, funds and indices on 27 January 2025, close against close: the largest fall is %2 (%3); Nvidia %4.</source>
        <translation>Balkendiagramm der Kursveränderungen von %1 Aktien, Fonds und Indizes am 27.&#xa0;Januar&#xa0;2025, von Schlusskurs zu Schlusskurs: am stärksten fiel %2 (%3); Nvidia %4.</translation>
    </message>
    <message>
        <source>27 January 2025: the day&apos;s moves</source>
        <translation>27.&#xa0;Januar&#xa0;2025: die Kursbewegungen des Tages</translation>
    </message>
    <message>
        <source>Close of Monday 27 January against Friday 24 January</source>
        <translation>Schlusskurs vom Montag, 27.&#xa0;Januar, gegenüber Freitag, 24.&#xa0;Januar</translation>
    </message>
    <message>
        <source>Source: daily closes from Yahoo Finance historical data in public repositories, cross-checked; Reuters, Nasdaq, AP.</source>
        <translation>Quelle: tägliche Schlusskurse aus historischen Yahoo-Finance-Daten in öffentlichen Repositorien, gegengeprüft; Reuters, Nasdaq, AP.</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>Tickersymbol</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Close 24 Jan 2025</source>
        <translation>Schlusskurs 24.01.2025</translation>
    </message>
    <message>
        <source>Close 27 Jan 2025</source>
        <translation>Schlusskurs 27.01.2025</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Veränderung (%)</translation>
    </message>
    <message>
        <source>Moves compare the close of Monday 27 January with that of Friday 24 January, both as traded or both dividend-adjusted.</source>
        <translation>Die Veränderungen vergleichen den Schlusskurs von Montag, 27.&#xa0;Januar, mit dem von Freitag, 24.&#xa0;Januar, beide wie gehandelt oder beide dividendenbereinigt.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schlusskurs</translation>
    </message>
    <message>
        <source>Index (reference day = 100)</source>
        <translation>Index (Referenztag = 100)</translation>
    </message>
    <message>
        <source>Change from the reference day (%)</source>
        <translation>Veränderung gegenüber dem Referenztag (%)</translation>
    </message>
    <message>
        <source>Close kind</source>
        <translation>Kursart</translation>
    </message>
    <message>
        <source>Nvidia and the market around 27 January 2025</source>
        <translation>Nvidia und der Markt rund um den 27.&#xa0;Januar&#xa0;2025</translation>
    </message>
    <message>
        <source>Close (US dollars, log scale)</source>
        <translation>Schlusskurs (US-Dollar, logarithmische Skala)</translation>
    </message>
    <message>
        <source>Close (US dollars)</source>
        <translation>Schlusskurs (US-Dollar)</translation>
    </message>
    <message>
        <source>Close (index points, log scale)</source>
        <translation>Schlusskurs (Indexpunkte, logarithmische Skala)</translation>
    </message>
    <message>
        <source>Close (index points)</source>
        <translation>Schlusskurs (Indexpunkte)</translation>
    </message>
    <message>
        <source>Daily closes, rebased to 100 at the close of %1</source>
        <translation>Tägliche Schlusskurse, indexiert auf 100 zum Schlusskurs vom %1</translation>
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
        <source>Daily closes of the indices, in points</source>
        <translation>Tägliche Schlusskurse der Indizes, in Punkten</translation>
    </message>
    <message>
        <source>Daily closes in US dollars</source>
        <translation>Tägliche Schlusskurse in US-Dollar</translation>
    </message>
    <message>
        <source>Switch between as-traded and dividend-adjusted closes</source>
        <translation>Wechsel zwischen Kursen wie gehandelt und dividendenbereinigten Kursen</translation>
    </message>
    <message>
        <source>dividend-adjusted</source>
        <translation>dividendenbereinigt</translation>
    </message>
    <message>
        <source>as traded</source>
        <translation>wie gehandelt</translation>
    </message>
    <message>
        <source>◇ Line broken where the closes switch between as traded and dividend-adjusted (not comparable): %1.</source>
        <translation>◇ Linie unterbrochen beim Wechsel zwischen Kursen wie gehandelt und dividendenbereinigten Kursen (nicht vergleichbar): %1.</translation>
    </message>
    <message>
        <source>The closes switch between as traded and dividend-adjusted, two kinds that are not comparable; the chart breaks its line there. First close of the new kind: %1.</source>
        <translation>Die Kurse wechseln zwischen „wie gehandelt“ und „dividendenbereinigt“, zwei nicht vergleichbaren Kursarten; die Grafik unterbricht dort ihre Linie. Erster Schlusskurs der neuen Art: %1.</translation>
    </message>
    <message>
        <source>Not drawn, for want of a close on the reference day: %1.</source>
        <translation>Nicht gezeichnet, da ein Schlusskurs am Referenztag fehlt: %1.</translation>
    </message>
    <message>
        <source>Not drawn, for want of a close in these dates: %1.</source>
        <translation>Nicht gezeichnet, da in diesem Zeitraum kein Schlusskurs vorliegt: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source: daily closes from Yahoo Finance historical data in public repositories, cross-checked.</source>
        <translation>Quelle: tägliche Schlusskurse aus historischen Yahoo-Finance-Daten in öffentlichen Repositorien, gegengeprüft.</translation>
    </message>
    <message>
        <source>Source: daily closes from Yahoo Finance historical data in public repositories, cross-checked. Events: %1.</source>
        <translation>Quelle: tägliche Schlusskurse aus historischen Yahoo-Finance-Daten in öffentlichen Repositorien, gegengeprüft. Ereignisse: %1.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>Line chart of %1 from %2 to %3. %4.</source>
        <translation>Liniendiagramm von %1 vom %2 bis %3. %4.</translation>
    </message>
    <message>
        <source>On %1: %2.</source>
        <translation>Am %1: %2.</translation>
    </message>
    <message>
        <source>Events marked: %1.</source>
        <translation>Markierte Ereignisse: %1.</translation>
    </message>
</context>
<context>
    <name>MarketTimelineView</name>
    <message>
        <source>Market timeline</source>
        <translation>Marktverlauf</translation>
    </message>
    <message>
        <source>How the DeepSeek shock moved the markets</source>
        <translation>Wie der DeepSeek-Schock die Märkte bewegte</translation>
    </message>
    <message>
        <source>On Monday 27 January 2025, a week after DeepSeek released its R1 model, Nvidia&apos;s share price fell %1 and other chip makers and power producers fell with it. The chart follows the daily closes around that day: click an event to read what happened, or double-click a day to take it as the reference.</source>
        <translation>Am Montag, dem 27.&#xa0;Januar&#xa0;2025, eine Woche nach der Veröffentlichung von DeepSeeks Modell R1, fiel die Nvidia-Aktie um %1 und riss weitere Chiphersteller und Stromerzeuger mit. Das Diagramm zeigt die Schlusskurse rund um diesen Tag: Klicken Sie auf ein Ereignis, um zu lesen, was geschah, oder doppelklicken Sie auf einen Tag, um ihn als Referenz zu wählen.</translation>
    </message>
    <message>
        <source>The day&apos;s moves</source>
        <translation>Kurse des Tages</translation>
    </message>
    <message>
        <source>Why did it fall?</source>
        <translation>Warum der Einbruch?</translation>
    </message>
</context>
<context>
    <name>ModelComparisonView</name>
    <message>
        <source>Model comparison</source>
        <translation>Modellvergleich</translation>
    </message>
    <message>
        <source>DeepSeek-R1 against the models it was compared with: benchmark scores, training compute and cost, price and openness.</source>
        <translation>DeepSeek-R1 im Vergleich mit den Modellen, an denen es gemessen wurde: Benchmark-Ergebnisse, Rechenaufwand und Kosten des Trainings, Preis und Offenheit.</translation>
    </message>
    <message>
        <source>On %1, %2 scored %3 against %4 for %5, and in %6 its API charged %7 per million output tokens against %8 for %5. The much-quoted %9 is DeepSeek&apos;s rental-price estimate for the final training run of its V3 base model only: every figure below comes with its basis.</source>
        <translation>Bei %1 erreichte %2 %3, %5 %4; im %6 verlangte seine API %7 pro Million Ausgabe-Tokens, %5 %8. Die viel zitierten %9 sind nur DeepSeeks Schätzung zum Mietpreis für den letzten Trainingslauf seines Basismodells V3: Jede Zahl unten wird mit ihrer Grundlage genannt.</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Benchmark-Ergebnisse</translation>
    </message>
    <message>
        <source>Training compute and cost</source>
        <translation>Rechenaufwand und Trainingskosten</translation>
    </message>
    <message>
        <source>API prices</source>
        <translation>API-Preise</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Offenheit</translation>
    </message>
</context>
<context>
    <name>ModelFigures</name>
    <message>
        <source>Distilled models: small models fine-tuned on R1&apos;s answers</source>
        <translation>Destillierte Modelle: kleine Modelle, per Feintuning auf die Antworten von R1 trainiert</translation>
    </message>
    <message>
        <source>Scores in the DeepSeek-R1 paper&apos;s table of distilled models; higher is better.</source>
        <translation>Ergebnisse aus der Tabelle der destillierten Modelle im DeepSeek-R1-Paper; höher ist besser.</translation>
    </message>
    <message>
        <source>Source: DeepSeek-R1 paper, Table 5.</source>
        <translation>Quelle: DeepSeek-R1-Paper, Tabelle 5.</translation>
    </message>
    <message>
        <source>DeepSeek-R1 against the models it was compared with</source>
        <translation>DeepSeek-R1 im Vergleich mit den Modellen, an denen es gemessen wurde</translation>
    </message>
    <message>
        <source>Scores as published in the DeepSeek-R1 paper; higher is better.</source>
        <translation>Ergebnisse laut DeepSeek-R1-Paper; höher ist besser.</translation>
    </message>
    <message>
        <source>Source: DeepSeek-R1 paper, Table 4.</source>
        <translation>Quelle: DeepSeek-R1-Paper, Tabelle 4.</translation>
    </message>
    <message>
        <source>No benchmark is chosen.</source>
        <translation>Kein Benchmark ausgewählt.</translation>
    </message>
    <message>
        <source>Within each benchmark, bars are sorted by score.</source>
        <translation>Innerhalb jedes Benchmarks sind die Balken nach Ergebnis sortiert.</translation>
    </message>
    <message>
        <source>Score (0 to 100)</source>
        <translation>Ergebnis (0 bis 100)</translation>
    </message>
    <message>
        <source>Scores from 0 to 100</source>
        <translation>Ergebnisse von 0 bis 100</translation>
    </message>
    <message>
        <source>%1 (its own scale, no upper bound)</source>
        <translation>%1 (eigene Skala, ohne Obergrenze)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Only the scores of %1 are shown.</source>
        <translation>Nur die Ergebnisse von %1 werden gezeigt.</translation>
    </message>
    <message>
        <source>The %1 scores are those OpenAI reported.</source>
        <translation>Die Werte von %1 sind OpenAIs eigene Angaben.</translation>
    </message>
    <message>
        <source>“Not reported” marks a dash in the paper&apos;s table.</source>
        <translation>„nicht angegeben“ steht für einen Strich in der Tabelle des Papers.</translation>
    </message>
    <message>
        <source>%1, values other sources give: %2.</source>
        <translation>%1, Werte anderer Quellen: %2.</translation>
    </message>
    <message>
        <source>no value in %1</source>
        <translation>kein Wert laut %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 laut %2</translation>
    </message>
    <message>
        <source>(as “%1”)</source>
        <translation>(als „%1“)</translation>
    </message>
    <message>
        <source>the R1 paper&apos;s Table 4</source>
        <translation>Tabelle 4 des R1-Papers</translation>
    </message>
    <message>
        <source>the R1 paper&apos;s Table 5</source>
        <translation>Tabelle 5 des R1-Papers</translation>
    </message>
    <message>
        <source>the R1 paper&apos;s Table 2</source>
        <translation>Tabelle 2 des R1-Papers</translation>
    </message>
    <message>
        <source>the DeepSeek-V3 report</source>
        <translation>DeepSeek-V3-Bericht</translation>
    </message>
    <message>
        <source>the DeepSeek-R1-0528 model card</source>
        <translation>Modellkarte von DeepSeek-R1-0528</translation>
    </message>
    <message>
        <source>Meta&apos;s model card</source>
        <translation>Metas Modellkarte</translation>
    </message>
    <message>
        <source>the DeepSeek-R1 README</source>
        <translation>README von DeepSeek-R1</translation>
    </message>
    <message>
        <source>Grouped bar chart of the scores of %1 models on %2 benchmarks, from the DeepSeek-R1 paper&apos;s table of distilled models (Table 5).</source>
        <translation>Gruppiertes Balkendiagramm der Ergebnisse von %1 Modellen in %2 Benchmarks aus der Tabelle der destillierten Modelle im DeepSeek-R1-Paper (Tabelle 5).</translation>
    </message>
    <message>
        <source>Grouped bar chart of the scores of %1 models on %2 benchmarks, from the DeepSeek-R1 paper (Table 4).</source>
        <translation>Gruppiertes Balkendiagramm der Ergebnisse von %1 Modellen in %2 Benchmarks aus dem DeepSeek-R1-Paper (Tabelle 4).</translation>
    </message>
    <message>
        <source>highest %1 (%2)</source>
        <translation>Höchstwert %1 (%2)</translation>
    </message>
    <message>
        <source>DeepSeek-R1 paper, Table 4</source>
        <translation>DeepSeek-R1-Paper, Tabelle 4</translation>
    </message>
    <message>
        <source>DeepSeek-R1 paper, Table 5</source>
        <translation>DeepSeek-R1-Paper, Tabelle 5</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Metric (as in the source)</source>
        <translation>Metrik (wie in der Quelle)</translation>
    </message>
    <message>
        <source>What is measured</source>
        <translation>Was gemessen wird</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Gelesen in</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Andere Quellen</translation>
    </message>
    <message>
        <source>Another source gives no value.</source>
        <translation>Eine andere Quelle nennt keinen Wert.</translation>
    </message>
    <message>
        <source>Another source gives %1.</source>
        <translation>Eine andere Quelle nennt %1.</translation>
    </message>
    <message>
        <source>pass@1</source>
        <translation>pass@1</translation>
    </message>
    <message>
        <source>cons@64</source>
        <translation>cons@64</translation>
    </message>
    <message>
        <source>exact match</source>
        <translation>exakte Übereinstimmung</translation>
    </message>
    <message>
        <source>F1 score</source>
        <translation>F1-Wert</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>correct answers</source>
        <translation>richtige Antworten</translation>
    </message>
    <message>
        <source>issues resolved</source>
        <translation>gelöste Aufgaben</translation>
    </message>
    <message>
        <source>percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Wertungszahl</translation>
    </message>
    <message>
        <source>metric not stated</source>
        <translation>Metrik nicht angegeben</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no figure given</source>
        <translation>keine Zahl genannt</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>rund %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>of which: %1</source>
        <translation>davon: %1</translation>
    </message>
    <message>
        <source>promotion until %1</source>
        <translation>Aktion bis %1</translation>
    </message>
    <message>
        <source>promotion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>list price, prompts up to 128K tokens</source>
        <translation>Listenpreis, Eingaben bis 128.000 Tokens</translation>
    </message>
    <message>
        <source>list price, prompts over 128K tokens</source>
        <translation>Listenpreis, Eingaben über 128.000 Tokens</translation>
    </message>
    <message>
        <source>%1 (promotional)</source>
        <translation>%1 (Aktionspreis)</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>das %1-Fache</translation>
    </message>
    <message>
        <source>about %1 times</source>
        <translation>rund das %1-Fache</translation>
    </message>
    <message>
        <source>On %1, %2 charged %3 as much as %4 for output tokens, and %5 as much for input tokens.</source>
        <translation>Am %1 verlangte %2 für Ausgabe-Tokens %3 des Preises von %4 und für Eingabe-Tokens %5.</translation>
    </message>
    <message>
        <source>Per million tokens: output %1 against %2, input (not from the cache) %3 against %4. Compared: %5 (%6) and %7 (%8), each API’s price in force that day.</source>
        <translation>Pro Million Tokens: Ausgabe %1 gegenüber %2, Eingabe (nicht aus dem Cache) %3 gegenüber %4. Verglichen: %5 (%6) und %7 (%8), jeweils der an diesem Tag gültige API-Preis.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>%1 M GPU-hours</source>
        <translation>%1 Mio. GPU-Stunden</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>%1, according to %2: %3</source>
        <translation>%1, laut %2: %3</translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation>Umfasst: %1</translation>
    </message>
    <message>
        <source>Excludes: %1</source>
        <translation>Nicht enthalten: %1</translation>
    </message>
    <message>
        <source>on top of %1</source>
        <translation>zusätzlich zu %1</translation>
    </message>
    <message>
        <source>cost reported by %1: %2</source>
        <translation>von %1 genannte Kosten: %2</translation>
    </message>
    <message>
        <source>Millions of GPU-hours (log scale)</source>
        <translation>Millionen GPU-Stunden (log. Skala)</translation>
    </message>
    <message>
        <source>Training compute in GPU-hours, as disclosed</source>
        <translation>Rechenaufwand des Trainings in GPU-Stunden, wie veröffentlicht</translation>
    </message>
    <message>
        <source>Millions of GPU-hours as each developer disclosed them, on a logarithmic scale: each step is ten times more. Numbers in brackets point to the notes on the cost figures.</source>
        <translation>Millionen GPU-Stunden, wie sie jeder Entwickler veröffentlicht hat, auf logarithmischer Skala: Jeder Teilstrich steht für das Zehnfache. Die Zahlen in eckigen Klammern verweisen auf die Anmerkungen zu den Kosten.</translation>
    </message>
    <message>
        <source>Source: the developers&apos; reports and model cards.</source>
        <translation>Quelle: Berichte und Modellkarten der Entwickler.</translation>
    </message>
    <message>
        <source>GPU-hours cover the training stages each developer disclosed, which differ from model to model.</source>
        <translation>Die GPU-Stunden umfassen die Trainingsphasen, die der jeweilige Entwickler offengelegt hat; sie unterscheiden sich von Modell zu Modell.</translation>
    </message>
    <message>
        <source>Dot chart of the training compute of %1 models, in millions of GPU-hours on a logarithmic scale:</source>
        <translation>Punktdiagramm des Trainingsrechenaufwands von %1 Modellen in Millionen GPU-Stunden auf logarithmischer Skala:</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>Training compute (millions of GPU-hours)</source>
        <translation>Trainingsrechenaufwand (Millionen GPU-Stunden)</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>GPU-Typ</translation>
    </message>
    <message>
        <source>On top of</source>
        <translation>Zusätzlich zu</translation>
    </message>
    <message>
        <source>What the GPU-hours cover</source>
        <translation>Was die GPU-Stunden umfassen</translation>
    </message>
    <message>
        <source>Reported cost (millions of US dollars)</source>
        <translation>Genannte Kosten (Millionen US-Dollar)</translation>
    </message>
    <message>
        <source>Cost as stated</source>
        <translation>Kosten wie angegeben</translation>
    </message>
    <message>
        <source>Cost reported by</source>
        <translation>Kosten genannt von</translation>
    </message>
    <message>
        <source>What the cost includes</source>
        <translation>Was die Kosten umfassen</translation>
    </message>
    <message>
        <source>What the cost excludes</source>
        <translation>Was die Kosten nicht enthalten</translation>
    </message>
    <message>
        <source>Cost as of</source>
        <translation>Stand der Kosten</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Also reported, not on the chart: %1</source>
        <translation>Ebenfalls genannt, nicht im Diagramm: %1</translation>
    </message>
    <message>
        <source>list price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Output price, US dollars per million tokens (log scale)</source>
        <translation>Preis für Ausgabe-Tokens in US-Dollar pro Million Tokens (log. Skala)</translation>
    </message>
    <message>
        <source>Scatter chart of the output price per million tokens in force on %1 (log scale) against the %2 score of %3 models:</source>
        <translation>Streudiagramm des Ausgabepreises pro Million Tokens am %1 (log. Skala) gegen das Ergebnis in %2 von %3 Modellen:</translation>
    </message>
    <message>
        <source>API price against benchmark score</source>
        <translation>API-Preis und Benchmark-Ergebnis</translation>
    </message>
    <message>
        <source>Output price per million tokens in force on %1 (log scale), against the score in the DeepSeek-R1 paper. Lower right is cheaper and better.</source>
        <translation>Preis für Ausgabe-Tokens pro Million Tokens am %1 (log. Skala) gegen das Ergebnis im DeepSeek-R1-Paper. Rechts unten ist günstiger und besser.</translation>
    </message>
    <message>
        <source>Source: providers&apos; price lists; scores: DeepSeek-R1 paper, Table 4.</source>
        <translation>Quelle: Preislisten der Anbieter; Ergebnisse: DeepSeek-R1-Paper, Tabelle 4.</translation>
    </message>
    <message>
        <source>no price for this version in January 2025 in the data</source>
        <translation>kein Preis für diese Version im Januar&#xa0;2025 in den Daten</translation>
    </message>
    <message>
        <source>no score on this benchmark in the R1 paper</source>
        <translation>kein Ergebnis in diesem Benchmark im R1-Paper</translation>
    </message>
    <message>
        <source>Not plotted: %1.</source>
        <translation>Nicht im Diagramm: %1.</translation>
    </message>
    <message>
        <source>API model name</source>
        <translation>Modellname in der API</translation>
    </message>
    <message>
        <source>Price tier</source>
        <translation>Preisstufe</translation>
    </message>
    <message>
        <source>Input (US dollars per million tokens)</source>
        <translation>Eingabe (US-Dollar pro Million Tokens)</translation>
    </message>
    <message>
        <source>Cached input (US dollars per million tokens)</source>
        <translation>Eingabe aus dem Cache (US-Dollar pro Million Tokens)</translation>
    </message>
    <message>
        <source>Output (US dollars per million tokens)</source>
        <translation>Ausgabe (US-Dollar pro Million Tokens)</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation>Ersetzt am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Prices in force on %1.</source>
        <translation>Preise vom %1.</translation>
    </message>
</context>
<context>
    <name>ModelTexts</name>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1 GPU-hours</source>
        <translation>%1 GPU-Stunden</translation>
    </message>
</context>
<context>
    <name>MoversSection</name>
    <message>
        <source>Nvidia lost about %1 to %2 of market value</source>
        <translation>Nvidia verlor rund %1 bis %2 an Börsenwert</translation>
    </message>
    <message>
        <source>Close %1 (%2) · intraday low %3 (%4)</source>
        <translation>Schlusskurs %1 (%2) · Tagestief %3 (%4)</translation>
    </message>
    <message>
        <source>Why they fell</source>
        <translation>Warum sie fielen</translation>
    </message>
</context>
<context>
    <name>OpennessSection</name>
    <message>
        <source>What each developer made public</source>
        <translation>Was jeder Entwickler offengelegt hat</translation>
    </message>
    <message>
        <source>Also show models released after January 2025 or without a known date</source>
        <translation>Auch Modelle zeigen, die nach Januar&#xa0;2025 oder zu unbekanntem Datum erschienen sind</translation>
    </message>
    <message>
        <source>—: not disclosed, or not in the app&apos;s data. Open weights are not open source: none of these releases includes its training data. Hover over a row for the details and sources. Click a column header to sort; select cells and press Ctrl+C to copy them for a spreadsheet.</source>
        <translation>—: nicht veröffentlicht oder nicht in den Daten der App. Offene Gewichte sind nicht Open Source: Keine dieser Veröffentlichungen enthält die Trainingsdaten. Fahren Sie mit der Maus über eine Zeile für Details und Quellen. Ein Klick auf eine Spaltenüberschrift sortiert; Zellen auswählen und Strg+C drücken, um sie in eine Tabellenkalkulation zu kopieren.</translation>
    </message>
    <message>
        <source>%1 bn</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 bn total, %2 bn active per token</source>
        <translation>%1 Mrd. insgesamt, %2 Mrd. aktiv pro Token</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>Offene Gewichte</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>PriceSection</name>
    <message>
        <source>The data has no price of R1 or o1 for that day.</source>
        <translation>Die Daten enthalten für diesen Tag keinen Preis von R1 oder o1.</translation>
    </message>
    <message>
        <source>API prices in force on %1, US dollars per million tokens</source>
        <translation>Am %1 gültige API-Preise, in US-Dollar pro Million Tokens</translation>
    </message>
    <message>
        <source>Input: tokens sent, not from the cache. Output: tokens generated; for reasoning models they include the chain of thought. List prices unless marked under the model. Hover over a row for its note. Select cells and press Ctrl+C to copy them.</source>
        <translation>Eingabe: gesendete Tokens, nicht aus dem Cache. Ausgabe: erzeugte Tokens; bei Reasoning-Modellen einschließlich der Gedankenkette. Listenpreise, sofern unter dem Modell nichts anderes steht. Fahren Sie mit der Maus über eine Zeile für ihre Anmerkung. Zellen auswählen und Strg+C drücken, um sie zu kopieren.</translation>
    </message>
    <message>
        <source>Score on:</source>
        <translation>Ergebnis bei:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Output, times R1’s</source>
        <translation>Ausgabe, Vielfaches von R1</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1&#xa0;×</translation>
    </message>
    <message>
        <source>Input from the cache: %1 per million tokens</source>
        <translation>Eingabe aus dem Cache: %1 pro Million Tokens</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Output: %1 per million tokens · input: %2 per million tokens</source>
        <translation>Ausgabe: %1 pro Million Tokens · Eingabe: %2 pro Million Tokens</translation>
    </message>
</context>
<context>
    <name>RulesTimelineSection</name>
    <message>
        <source>From the first measures against Huawei to the case-by-case licences of the latest policy: the US rules and licence decisions, how chip makers answered, how Beijing reacted, and the market shock. Click an event (or use ← and →) to read what changed.</source>
        <translation>Von den ersten Maßnahmen gegen Huawei bis zu den Einzelfallgenehmigungen der jüngsten Regelung: die US-Regeln und Genehmigungsentscheidungen, die Antworten der Chiphersteller, die Reaktionen Pekings und der Börsenschock. Klicken Sie auf ein Ereignis (oder nutzen Sie ← und →), um zu lesen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole timeline again</source>
        <translation>Wieder die ganze Zeitleiste zeigen</translation>
    </message>
    <message>
        <source>Ringed: the events that concern the %1.</source>
        <translation>Eingekreist: die Ereignisse, die den %1 betreffen.</translation>
    </message>
</context>
<context>
    <name>SettingsNotice</name>
    <message>
        <source>The settings file %1 was damaged, so the app started with its default settings. The damaged file was kept as %2.</source>
        <translation>Die Einstellungsdatei %1 war beschädigt, daher wurde die App mit den Standardeinstellungen gestartet. Die beschädigte Datei wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and no copy of it could be made, so the app uses its default settings and will not change that file.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt, und es konnte keine Kopie davon angelegt werden. Die App verwendet daher die Standardeinstellungen und verändert diese Datei nicht.</translation>
    </message>
</context>
<context>
    <name>SizePicker</name>
    <message>
        <source>Too large: at most %1 pixels a side.</source>
        <translation>Zu groß: höchstens %1 Pixel pro Seite.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Vector format: sharp at any size.</source>
        <translation>Vektorformat: scharf in jeder Größe.</translation>
    </message>
    <message>
        <source>16:9 slide, 1200 × 675</source>
        <translation>Folie 16:9, 1200 × 675</translation>
    </message>
    <message>
        <source>16:9 large, 2000 × 1125</source>
        <translation>16:9 groß, 2000 × 1125</translation>
    </message>
    <message>
        <source>Square, 1080 × 1080</source>
        <translation>Quadratisch, 1080 × 1080</translation>
    </message>
    <message>
        <source>Portrait, 1080 × 1350</source>
        <translation>Hochformat, 1080 × 1350</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 quer</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 hoch</translation>
    </message>
    <message>
        <source>US Letter landscape</source>
        <translation>US-Letter quer</translation>
    </message>
    <message>
        <source>US Letter portrait</source>
        <translation>US-Letter hoch</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Eigene Größe</translation>
    </message>
    <message>
        <source>Figure size</source>
        <translation>Größe der Grafik</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Keep proportions</source>
        <translation>Seitenverhältnis beibehalten</translation>
    </message>
    <message>
        <source>Sharpness:</source>
        <translation>Schärfe:</translation>
    </message>
    <message>
        <source>Pixels per point of the figure: 2× suits most screens and slides</source>
        <translation>Pixel pro Punkt der Grafik: 2× passt für die meisten Bildschirme und Folien</translation>
    </message>
</context>
<context>
    <name>SourceLinks</name>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Title, publisher, date or web address</source>
        <translation>Titel, Herausgeber, Datum oder Webadresse</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Sources cited in the app, grouped by tab</source>
        <translation>In der App zitierte Quellen, nach Reiter gruppiert</translation>
    </message>
    <message>
        <source>Double-click a source, or press Enter, to open it in your web browser. The app itself never loads these pages.</source>
        <translation>Doppelklicken Sie auf eine Quelle oder drücken Sie die Eingabetaste, um sie in Ihrem Webbrowser zu öffnen. Die App selbst lädt diese Seiten nie.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>No source matches “%1”.</source>
        <translation>Keine Quelle passt zu „%1“.</translation>
    </message>
    <message>
        <source>Some data could not be read, so its sources are missing from this list.</source>
        <translation>Einige Daten konnten nicht gelesen werden; ihre Quellen fehlen in dieser Liste.</translation>
    </message>
</context>
<context>
    <name>TimelineControls</name>
    <message>
        <source>“%1” is not a date this field can read. Type it like %2.</source>
        <translation>„%1“ ist kein Datum, das dieses Feld lesen kann. Geben Sie es etwa so ein: %2.</translation>
    </message>
    <message>
        <source>%1 is outside the price data (%2 to %3). The reference day stays %4.</source>
        <translation>%1 liegt außerhalb der Kursdaten (%2 bis %3). Der Referenztag bleibt der %4.</translation>
    </message>
    <message>
        <source>%1 is not a trading day in the data (the markets were closed). The reference day stays %2.</source>
        <translation>%1 ist in den Daten kein Handelstag (die Börsen waren geschlossen). Der Referenztag bleibt der %2.</translation>
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
        <source>Equal moves in % as equal heights; offered for prices only</source>
        <translation>Gleiche prozentuale Bewegungen in gleicher Höhe; nur für Kurse verfügbar</translation>
    </message>
    <message>
        <source>Reference day:</source>
        <translation>Referenztag:</translation>
    </message>
    <message>
        <source>Type a trading day, e.g. %1, then press Enter</source>
        <translation>Geben Sie einen Handelstag ein, z.&#xa0;B. %1, und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <source>Pick the reference day in a calendar</source>
        <translation>Referenztag im Kalender wählen</translation>
    </message>
</context>
<context>
    <name>TimelineReadout</name>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>%1 · close %2</source>
        <translation>%1 · Schluss %2</translation>
    </message>
    <message>
        <source>%1 (%2 on the day)</source>
        <translation>%1 (%2 am Tag)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Across a seam: this close and the reference close are of different kinds (as traded, dividend-adjusted), so the comparison is approximate.</source>
        <translation>%1 Über eine Nahtstelle hinweg: Dieser Schlusskurs und der des Referenztags sind verschiedener Art (wie gehandelt, dividendenbereinigt); der Vergleich gilt nur näherungsweise.</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Reference day: %1. Undo with %2.</source>
        <translation>Referenztag: %1. Rückgängig mit %2.</translation>
    </message>
    <message>
        <source>Reference day back to %1.</source>
        <translation>Referenztag wieder auf %1 gesetzt.</translation>
    </message>
    <message>
        <source>Use %1 as the reference day</source>
        <translation>%1 als Referenztag verwenden</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Only %1 is shown: click its legend entry to show all series.</source>
        <translation>Nur %1 wird angezeigt: Ein Klick auf den Legendeneintrag zeigt wieder alle Reihen.</translation>
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
        <source>Back to the opening view: instruments, mode, reference day, range, event</source>
        <translation>Zurück zur Ausgangsansicht: Werte, Modus, Referenztag, Zeitraum, Ereignis</translation>
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
        <source>Undo the reference day change</source>
        <translation>Änderung des Referenztags rückgängig machen</translation>
    </message>
    <message>
        <source>Click an entry to show that series alone; click again to show all.</source>
        <translation>Ein Klick auf einen Eintrag zeigt nur diese Reihe; ein weiterer Klick zeigt wieder alle.</translation>
    </message>
</context>
<context>
    <name>VerdictCounters</name>
    <message>
        <source>Verdicts:</source>
        <translation>Bewertungen:</translation>
    </message>
    <message>
        <source>Revealed so far (%1 of %2):</source>
        <translation>Bisher aufgedeckt (%1 von %2):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>In classroom mode the counters count only the verdicts revealed so far</source>
        <translation>Im Unterrichtsmodus zeigen die Zähler nur die bereits aufgedeckten Bewertungen</translation>
    </message>
    <message>
        <source>Show only the claims judged “%1”; press again to show them all</source>
        <translation>Nur die Aussagen mit der Bewertung „%1“ zeigen; erneut drücken, um wieder alle zu zeigen</translation>
    </message>
</context>
<context>
    <name>VerdictFilterBox</name>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Alle Bewertungen</translation>
    </message>
    <message>
        <source>Show the claims with this verdict</source>
        <translation>Aussagen mit dieser Bewertung anzeigen</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <source>Your chip</source>
        <translation>Ihr Chip</translation>
    </message>
    <message>
        <source>US export controls on AI chips: what each rule makes of %1</source>
        <translation>US-Exportkontrollen für KI-Chips: wie jede Regel %1 einstuft</translation>
    </message>
    <message>
        <source>Lines of the rule</source>
        <translation>Schwellen der Regel</translation>
    </message>
    <message>
        <source>Thresholds as quoted in the rules; the January 2026 policy&apos;s other conditions (supply, volume cap, testing) are not taken into account.</source>
        <translation>Schwellenwerte wie in den Regeln zitiert; die übrigen Bedingungen der Regelung vom Januar&#xa0;2026 (Versorgung, Mengenobergrenze, Prüfungen) sind nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>Worked out with %1.</source>
        <translation>Ermittelt mit „%1“.</translation>
    </message>
    <message>
        <source>DeepSeek Shock Explainer</source>
        <translation>Der DeepSeek-Schock erklärt</translation>
    </message>
    <message>
        <source>%1 (= %2 × %3 bits)</source>
        <translation>%1 (= %2&#xa0;×&#xa0;%3&#xa0;Bit)</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the die area</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 mm²</source>
        <translation>%1 mm²</translation>
    </message>
    <message>
        <source>TPP</source>
        <translation>TPP</translation>
    </message>
    <message>
        <source>Performance density</source>
        <translation>Leistungsdichte</translation>
    </message>
    <message>
        <source>Die area</source>
        <translation>Chipfläche</translation>
    </message>
    <message>
        <source>Chip-to-chip bandwidth</source>
        <translation>Chip-zu-Chip-Bandbreite</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>Speicherbandbreite</translation>
    </message>
    <message>
        <source>Designed or marketed for datacenters</source>
        <translation>Für Rechenzentren entwickelt oder vermarktet</translation>
    </message>
    <message>
        <source>Not designed or marketed for datacenters</source>
        <translation>Nicht für Rechenzentren entwickelt oder vermarktet</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Accurate</source>
        <translation>Zutreffend</translation>
    </message>
    <message>
        <source>Imprecise</source>
        <translation>Ungenau</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Irreführend</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Nicht überprüfbar</translation>
    </message>
</context>
<context>
    <name>WhySection</name>
    <message>
        <source>Why did it fall?</source>
        <translation>Warum der Einbruch?</translation>
    </message>
    <message>
        <source>Why Nvidia and the AI trade fell on 27 January 2025, as the press reported it, with sources</source>
        <translation>Warum Nvidia und die KI-Werte am 27.&#xa0;Januar&#xa0;2025 fielen, wie die Presse berichtete, mit Quellen</translation>
    </message>
    <message>
        <source>What the press reported and what was said, in short. Quotes keep their original words, with our translation; sources under each paragraph.</source>
        <translation>Was die Presse berichtete und was gesagt wurde, in Kürze. Zitate stehen im Originalwortlaut, mit unserer Übersetzung; die Quellen stehen unter jedem Absatz.</translation>
    </message>
</context>
<context>
    <name>WhyTexts</name>
    <message>
        <source>— %1, %2</source>
        <translation>— %1, %2</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>Translation: %1</source>
        <translation>Übersetzung: %1</translation>
    </message>
</context>
</TS>
