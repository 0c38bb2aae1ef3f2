<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>DataErrorText</name>
    <message>
        <source>the file is missing</source>
        <translation>le fichier est introuvable</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is not encoded in UTF-8</source>
        <translation>le fichier n’est pas encodé en UTF-8</translation>
    </message>
    <message>
        <source>the file cannot be read as a table</source>
        <translation>le fichier ne peut pas être lu comme un tableau</translation>
    </message>
    <message>
        <source>a required column is missing</source>
        <translation>une colonne obligatoire manque</translation>
    </message>
    <message>
        <source>a required value is empty</source>
        <translation>une valeur obligatoire est vide</translation>
    </message>
    <message>
        <source>a value is not a number</source>
        <translation>une valeur n’est pas un nombre</translation>
    </message>
    <message>
        <source>a date is not valid</source>
        <translation>une date n’est pas valide</translation>
    </message>
    <message>
        <source>a value is not one of the allowed ones</source>
        <translation>une valeur ne fait pas partie de celles autorisées</translation>
    </message>
    <message>
        <source>a value is outside its possible range</source>
        <translation>une valeur sort de sa plage possible</translation>
    </message>
    <message>
        <source>a row appears twice</source>
        <translation>une ligne figure deux fois</translation>
    </message>
    <message>
        <source>a row cites a source that is not in the source list</source>
        <translation>une ligne cite une source absente de la liste des sources</translation>
    </message>
    <message>
        <source>a text is missing in one of the languages</source>
        <translation>un texte manque dans l’une des langues</translation>
    </message>
    <message>
        <source>a value contradicts the reference facts</source>
        <translation>une valeur contredit les données de référence</translation>
    </message>
    <message>
        <source>In %1, line %2, column “%3”</source>
        <translation>Dans %1, ligne %2, colonne «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>In %1, column “%2”</source>
        <translation>Dans %1, colonne «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Dans %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Value found: “%1”.</source>
        <translation>Valeur trouvée&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This view cannot show its data because a data file is damaged. The other tabs still work. Reinstalling the app restores the original files.</source>
        <translation>Cette vue ne peut pas afficher ses données, car un fichier de données est endommagé. Les autres onglets fonctionnent toujours. Réinstaller l’application rétablit les fichiers d’origine.</translation>
    </message>
</context>
<context>
    <name>ExportControlsView</name>
    <message>
        <source>GPU export restrictions</source>
        <translation>Restrictions à l’export de GPU</translation>
    </message>
    <message>
        <source>This tab will explain what the US rules adopted since 2022 restrict and how a chip&apos;s specifications decide whether it may be sold to China. It will also show why DeepSeek trained its models on Nvidia H800 chips.</source>
        <translation>Cet onglet expliquera ce que restreignent les règles américaines adoptées depuis 2022 et comment les caractéristiques d’une puce décident si elle peut être vendue à la Chine. Il montrera aussi pourquoi DeepSeek a entraîné ses modèles sur des puces Nvidia H800.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DeepSeek Shock Explainer</source>
        <translation>Le choc DeepSeek expliqué</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
    <message>
        <source>Export &amp;all charts…</source>
        <translation>Exporter &amp;tous les graphiques…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>&amp;About DeepSeek Shock Explainer</source>
        <translation>À &amp;propos du «&#xa0;Choc DeepSeek expliqué&#xa0;»</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Market prices from %1 to %2</source>
        <translation>Cours de bourse du %1 au %2</translation>
    </message>
    <message>
        <source>The saved interface language “%1” is not available. The app uses French; choose another language in the Language menu.</source>
        <translation>La langue d’interface enregistrée «&#xa0;%1&#xa0;» n’est pas disponible. L’application s’affiche en français&#x202f;; vous pouvez en choisir une autre dans le menu Langue.</translation>
    </message>
    <message>
        <source>The translation file %1 is missing, so some texts are shown in English. Reinstalling the app restores it.</source>
        <translation>Le fichier de traduction %1 est introuvable&#xa0;: certains textes s’affichent donc en anglais. Réinstaller l’application le rétablit.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DeepSeek Shock Explainer %1&lt;/h3&gt;&lt;p&gt;Explains the market shock of Monday 27 January 2025, when DeepSeek&apos;s R1 model made Nvidia lose about 17% of its value in one day: the market timeline, the US export controls on AI chips and the comparison of the models.&lt;/p&gt;&lt;p&gt;Every figure comes with its source (Help ▸ Sources). This app is an educational tool, not investment advice.&lt;/p&gt;&lt;p&gt;Built with Qt for Python (PySide6, LGPL), pyqtgraph (MIT), pandas (BSD) and Babel (BSD).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Le choc DeepSeek expliqué %1&lt;/h3&gt;&lt;p&gt;Cette application explique le choc boursier du lundi 27 janvier 2025, quand le modèle R1 de DeepSeek a fait perdre à Nvidia près de 17&#x202f;% de sa valeur en une séance&#xa0;: l’évolution des marchés, les contrôles américains sur l’exportation des puces d’IA et la comparaison des modèles.&lt;/p&gt;&lt;p&gt;Chaque chiffre est accompagné de sa source (Aide ▸ Sources). C’est un outil pédagogique, pas un conseil en investissement.&lt;/p&gt;&lt;p&gt;Réalisée avec Qt for Python (PySide6, LGPL), pyqtgraph (MIT), pandas (BSD) et Babel (BSD).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About DeepSeek Shock Explainer</source>
        <translation>À propos du «&#xa0;Choc DeepSeek expliqué&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MarketTimelineView</name>
    <message>
        <source>%1 (%2 on the day)</source>
        <translation>%1 (%2 sur la séance)</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Nvidia lost about %1 to %2 of market value</source>
        <translation>Nvidia a perdu environ %1 à %2 de valeur boursière</translation>
    </message>
    <message>
        <source>Close %1 (%2) · intraday low %3 (%4)</source>
        <translation>Clôture %1 (%2) · plus bas de séance %3 (%4)</translation>
    </message>
    <message>
        <source>Daily closes, rebased to 100 at the close of %1</source>
        <translation>Cours de clôture quotidiens, base 100 à la clôture du %1</translation>
    </message>
    <message>
        <source>Change since the close of %1, in %</source>
        <translation>Variation depuis la clôture du %1, en&#x202f;%</translation>
    </message>
    <message>
        <source>Daily closes: shares and funds in US dollars, indices in points</source>
        <translation>Cours de clôture quotidiens&#xa0;: actions et fonds en dollars, indices en points</translation>
    </message>
    <message>
        <source>Index (reference day = 100)</source>
        <translation>Indice (jour de référence = 100)</translation>
    </message>
    <message>
        <source>Change from the reference day</source>
        <translation>Variation depuis le jour de référence</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Market timeline</source>
        <translation>Évolution des marchés</translation>
    </message>
    <message>
        <source>How the DeepSeek shock moved the markets</source>
        <translation>Comment le choc DeepSeek a secoué les marchés</translation>
    </message>
    <message>
        <source>On Monday 27 January 2025, a week after DeepSeek released its R1 model, Nvidia&apos;s share price fell %1 and other chip makers and power producers fell with it. The chart follows the daily closes around that day: click an event to read what happened, or a day to take it as the reference.</source>
        <translation>Le lundi 27 janvier 2025, une semaine après la sortie du modèle R1 de DeepSeek, l’action Nvidia a chuté de %1, entraînant d’autres fabricants de puces et des producteurs d’électricité. Le graphique suit les cours de clôture autour de cette séance&#xa0;: cliquez sur un événement pour savoir ce qui s’est passé, ou sur un jour pour en faire la référence.</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Sélections</translation>
    </message>
    <message>
        <source>The shock</source>
        <translation>Le choc</translation>
    </message>
    <message>
        <source>The power trade</source>
        <translation>Le pari sur l’électricité</translation>
    </message>
    <message>
        <source>Big tech</source>
        <translation>Géants de la tech</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>Indices</translation>
    </message>
    <message>
        <source>AI chips</source>
        <translation>Puces d’IA</translation>
    </message>
    <message>
        <source>Power &amp; energy</source>
        <translation>Électricité et énergie</translation>
    </message>
    <message>
        <source>Indices &amp; funds</source>
        <translation>Indices et fonds</translation>
    </message>
    <message>
        <source>Instruments shown on the chart</source>
        <translation>Valeurs affichées sur le graphique</translation>
    </message>
    <message>
        <source>Rebased index (100)</source>
        <translation>Base 100</translation>
    </message>
    <message>
        <source>% change</source>
        <translation>Variation en&#x202f;%</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Chart mode</source>
        <translation>Mode du graphique</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Échelle log.</translation>
    </message>
    <message>
        <source>Reference day:</source>
        <translation>Jour de référence&#xa0;:</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 mois</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Previous event (←)</source>
        <translation>Événement précédent (←)</translation>
    </message>
    <message>
        <source>Next event (→)</source>
        <translation>Événement suivant (→)</translation>
    </message>
    <message>
        <source>Nvidia and the market around 27 January 2025</source>
        <translation>Nvidia et le marché autour du 27 janvier 2025</translation>
    </message>
    <message>
        <source>Source: daily closes from Yahoo Finance data in public repositories, cross-checked; some series are dividend-adjusted (see each instrument&apos;s note). Events: see Help ▸ Sources.</source>
        <translation>Source&#xa0;: cours de clôture quotidiens issus de données Yahoo Finance publiées dans des dépôts publics, recoupés&#x202f;; certaines séries sont ajustées des dividendes (voir la note de chaque valeur). Événements&#xa0;: voir Aide ▸ Sources.</translation>
    </message>
    <message>
        <source>27 January 2025: the day&apos;s moves</source>
        <translation>27 janvier 2025&#xa0;: les variations de la séance</translation>
    </message>
    <message>
        <source>Close of Monday 27 January against Friday 24 January</source>
        <translation>Clôture du lundi 27 janvier par rapport à celle du vendredi 24 janvier</translation>
    </message>
    <message>
        <source>Source: daily closes (Yahoo Finance data, cross-checked); Reuters, Nasdaq, AP.</source>
        <translation>Source&#xa0;: cours de clôture quotidiens (données Yahoo Finance, recoupées)&#x202f;; Reuters, Nasdaq, AP.</translation>
    </message>
</context>
<context>
    <name>ModelComparisonView</name>
    <message>
        <source>Model comparison</source>
        <translation>Comparaison des modèles</translation>
    </message>
    <message>
        <source>This tab will compare DeepSeek-R1 with the OpenAI, Meta, Anthropic and Google models it was measured against: benchmark scores, training compute and cost, price and openness. Every figure will come with what it includes.</source>
        <translation>Cet onglet comparera DeepSeek-R1 aux modèles d’OpenAI, de Meta, d’Anthropic et de Google auxquels il a été confronté&#xa0;: scores aux tests de référence, calcul et coût d’entraînement, prix et degré d’ouverture. Chaque chiffre sera accompagné de ce qu’il recouvre.</translation>
    </message>
</context>
<context>
    <name>SourceLinks</name>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
</context>
</TS>
