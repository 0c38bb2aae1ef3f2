<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DeepSeek Shock Explainer</source>
        <translation>À propos du «&#xa0;Choc DeepSeek expliqué&#xa0;»</translation>
    </message>
    <message>
        <source>DeepSeek Shock Explainer</source>
        <translation>Le choc DeepSeek expliqué</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The date of the data is unknown: a data file could not be read.</source>
        <translation>La date des données est inconnue&#xa0;: un fichier de données n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Data as of %1 (market prices up to %2).</source>
        <translation>Données à jour au %1 (cours de bourse jusqu’au %2).</translation>
    </message>
    <message>
        <source>An educational app about the market shock of %1, after DeepSeek released its R1 model: how the markets moved, the US export controls on AI chips, how the models compare, and the claims of a French news article checked against the facts.</source>
        <translation>Une application pédagogique sur le choc boursier du %1, survenu après la sortie du modèle R1 de DeepSeek&#xa0;: l’évolution des marchés, les contrôles américains sur l’exportation des puces d’IA, la comparaison des modèles et les affirmations d’un article de presse français confrontées aux faits.</translation>
    </message>
    <message>
        <source>It is not investment advice and not a live feed: the data stop at the date above. Every figure comes with its sources (Help ▸ Sources).</source>
        <translation>Ce n’est ni un conseil en investissement ni un flux en temps réel&#xa0;: les données s’arrêtent à la date indiquée ci-dessus. Chaque chiffre est accompagné de ses sources (Aide ▸ Sources).</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Built with these open-source components:</source>
        <translation>Réalisée avec ces composants libres&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BackToClaimButton</name>
    <message>
        <source>← Back to claim %1</source>
        <translation>← Retour à l’affirmation %1</translation>
    </message>
    <message>
        <source>Back to claim %1</source>
        <translation>Retour à l’affirmation %1</translation>
    </message>
    <message>
        <source>Return to claim %1 of the article (%2)</source>
        <translation>Revenir à l’affirmation %1 de l’article (%2)</translation>
    </message>
</context>
<context>
    <name>BenchmarksSection</name>
    <message>
        <source>The source table gives no value for this model.</source>
        <translation>Le tableau source ne donne aucune valeur pour ce modèle.</translation>
    </message>
    <message>
        <source>Score: %1 (metric in the source: %2)</source>
        <translation>Score&#xa0;: %1 (métrique dans la source&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>Caveat (%1 in another source): %2</source>
        <translation>Réserve (%1 dans une autre source)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Main comparison</source>
        <translation>Comparaison principale</translation>
    </message>
    <message>
        <source>Distilled models</source>
        <translation>Modèles distillés</translation>
    </message>
    <message>
        <source>Benchmarks shown:</source>
        <translation>Tests affichés&#xa0;:</translation>
    </message>
    <message>
        <source>Metric in the source: %1</source>
        <translation>Métrique dans la source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Benchmarks shown on the chart</source>
        <translation>Tests affichés sur le graphique</translation>
    </message>
    <message>
        <source>Main six</source>
        <translation>Les six principaux</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Sort bars by score</source>
        <translation>Trier les barres par score</translation>
    </message>
    <message>
        <source>Scores from 0 to 100 share one axis. A Codeforces rating has no upper bound, so it gets an axis of its own below: the two scales are never mixed.</source>
        <translation>Les scores de 0 à 100 partagent un même axe. La cote Codeforces n’a pas de plafond&#xa0;: elle a son propre axe, en dessous, et les deux échelles ne sont jamais mélangées.</translation>
    </message>
    <message>
        <source>Hover over a bar for its source and caveats. Click a model in the legend to show its scores alone, and again to show every model.</source>
        <translation>Survolez une barre pour voir sa source et ses réserves. Cliquez sur un modèle dans la légende pour n’afficher que ses scores, puis à nouveau pour revoir tous les modèles.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>The folder %1 cannot be created (%2). Nothing was written.</source>
        <translation>Impossible de créer le dossier %1 (%2). Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist (any more). Nothing was written.</source>
        <translation>Le dossier de %1 n’existe pas (ou plus). Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder is read-only or the name is not valid. Nothing was written.</source>
        <translation>Impossible d’écrire %1&#xa0;: le dossier est en lecture seule ou le nom n’est pas valide. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Writing %1 failed (is the disk full?). No partial file was left behind.</source>
        <translation>L’écriture de %1 a échoué (le disque est-il plein&#x202f;?). Aucun fichier incomplet n’a été laissé.</translation>
    </message>
    <message>
        <source>%1: this image size is too large to export.</source>
        <translation>%1&#xa0;: cette taille d’image est trop grande pour l’export.</translation>
    </message>
    <message>
        <source>%1: the chart could not be drawn.</source>
        <translation>%1&#xa0;: le graphique n’a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>This tab has no chart to copy.</source>
        <translation>Cet onglet n’a pas de graphique à copier.</translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard.</source>
        <translation>«&#xa0;%1&#xa0;» copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>An export of every chart is running.</source>
        <translation>Un export de tous les graphiques est en cours.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#x202f;?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#x202f;?</translation>
    </message>
    <message>
        <source>Chart saved: %1</source>
        <translation>Graphique enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: the chart&apos;s data could not be read, so nothing was written.</source>
        <translation>%1&#xa0;: les données du graphique n’ont pas pu être lues&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Exporting charts</source>
        <translation>Export des graphiques</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 files written to %2.</source>
        <translation>%1 fichiers écrits dans %2.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
</context>
<context>
    <name>ChartFiles</name>
    <message>
        <source>DeepSeek Shock Explainer</source>
        <translation>Le choc DeepSeek expliqué</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart as a table (and back)</source>
        <translation>Afficher les chiffres du graphique sous forme de tableau (et revenir)</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Copier le graphique</translation>
    </message>
</context>
<context>
    <name>ChartTableView</name>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, as a table</source>
        <translation>%1, sous forme de tableau</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Market timeline</source>
        <translation>Évolution des marchés</translation>
    </message>
    <message>
        <source>Moves on the day of the shock</source>
        <translation>Variations le jour du choc</translation>
    </message>
    <message>
        <source>Timeline of the export rules</source>
        <translation>Chronologie des règles d’exportation</translation>
    </message>
    <message>
        <source>Chip classification</source>
        <translation>Classement des puces</translation>
    </message>
    <message>
        <source>Benchmark scores</source>
        <translation>Résultats aux tests de référence</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Calcul d’entraînement</translation>
    </message>
    <message>
        <source>API prices</source>
        <translation>Prix des API</translation>
    </message>
</context>
<context>
    <name>ChipClassifierForm</name>
    <message>
        <source>A chip without a known TPP has no place on the map.</source>
        <translation>Sans TPP connu, une puce n’a pas de place sur la carte.</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the classification.</source>
        <translation>Corrigez les champs signalés pour voir la classification.</translation>
    </message>
    <message>
        <source>unknown (no TPP)</source>
        <translation>inconnue (pas de TPP)</translation>
    </message>
    <message>
        <source>unknown (no die area)</source>
        <translation>inconnue (pas de surface de puce)</translation>
    </message>
    <message>
        <source>&lt;b&gt;TPP %1&lt;/b&gt; (dense throughput × bit length) · &lt;b&gt;performance density %2&lt;/b&gt; (TPP ÷ die area)</source>
        <translation>&lt;b&gt;TPP %1&lt;/b&gt; (débit dense × longueur en bits) · &lt;b&gt;densité de performance %2&lt;/b&gt; (TPP ÷ surface de puce)</translation>
    </message>
    <message>
        <source>Show on the chip map</source>
        <translation>Afficher sur la carte des puces</translation>
    </message>
    <message>
        <source>Plots these figures on the chip map, under each rule</source>
        <translation>Place ces chiffres sur la carte des puces, sous chaque règle</translation>
    </message>
    <message>
        <source>Copy the verdict</source>
        <translation>Copier le verdict</translation>
    </message>
    <message>
        <source>Copy the figures and what each rule makes of them, as text for a report</source>
        <translation>Copier les chiffres et ce qu’en fait chaque règle, en texte pour un rapport</translation>
    </message>
    <message>
        <source>Start from a chip:</source>
        <translation>Partir d’une puce&#xa0;:</translation>
    </message>
    <message>
        <source>TPP:</source>
        <translation>TPP&#xa0;:</translation>
    </message>
    <message>
        <source>Dense peak throughput (TOPS or TFLOPS, without sparsity):</source>
        <translation>Débit de crête dense (TOPS ou TFLOPS, sans parcimonie)&#xa0;:</translation>
    </message>
    <message>
        <source>Bit length of that figure:</source>
        <translation>Longueur en bits de ce chiffre&#xa0;:</translation>
    </message>
    <message>
        <source>Total Processing Performance (TPP):</source>
        <translation>Performance totale de traitement (TPP)&#xa0;:</translation>
    </message>
    <message>
        <source>Applicable die area (mm², logic dies only):</source>
        <translation>Surface de puce retenue (mm², puces logiques seulement)&#xa0;:</translation>
    </message>
    <message>
        <source>Chip-to-chip bandwidth (GB/s):</source>
        <translation>Bande passante entre puces (Go/s)&#xa0;:</translation>
    </message>
    <message>
        <source>Memory (DRAM) bandwidth (GB/s):</source>
        <translation>Bande passante mémoire (DRAM, Go/s)&#xa0;:</translation>
    </message>
    <message>
        <source>from a throughput and its bit length</source>
        <translation>à partir d’un débit et de sa longueur en bits</translation>
    </message>
    <message>
        <source>entered directly</source>
        <translation>saisi directement</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>valeur inconnue</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 (valeur inconnue)</translation>
    </message>
    <message>
        <source>Designed or marketed for datacenters</source>
        <translation>Conçue ou vendue pour les centres de données</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>The lines of each rule</source>
        <translation>Les seuils de chaque règle</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>(my own figures)</source>
        <translation>(mes propres chiffres)</translation>
    </message>
    <message>
        <source>Verdict copied to the clipboard: the figures, and each rule&apos;s status, clause and lines.</source>
        <translation>Verdict copié dans le presse-papiers&#xa0;: les chiffres, et pour chaque règle le statut, l’alinéa et les seuils.</translation>
    </message>
</context>
<context>
    <name>ChipControlsFigures</name>
    <message>
        <source>Chip map: %1</source>
        <translation>Carte des puces&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources: %1 (thresholds); chip figures from datasheets and the press (%2 sources, listed chip by chip in the data table).</source>
        <translation>Sources&#xa0;: %1 (seuils)&#x202f;; caractéristiques des puces tirées des fiches techniques et de la presse (%2 sources, détaillées puce par puce dans le tableau de données).</translation>
    </message>
    <message>
        <source>A chip needed a licence only if it crossed both lines. Arrows: the same computing power with a slower chip-to-chip link slipped under the %1 line (%2).</source>
        <translation>Une licence n’était exigée que si la puce franchissait les deux seuils. Flèches&#xa0;: la même puissance de calcul, avec une liaison entre puces plus lente, passait sous la barre des %1 (%2).</translation>
    </message>
    <message>
        <source>The interconnect test is gone: TPP and performance density decide. Colour: each chip&apos;s status under the rule.</source>
        <translation>Le critère d’interconnexion disparaît&#xa0;: le TPP et la densité de performance décident. Couleur&#xa0;: le statut de chaque puce selon la règle.</translation>
    </message>
    <message>
        <source>Exports from the US to China: licences for chips under both lines are reviewed case by case. Hollow: chips needing no 3A090 licence, which it does not concern.</source>
        <translation>Exportations des États-Unis vers la Chine&#xa0;: les licences des puces situées sous les deux seuils sont examinées au cas par cas. Creux&#xa0;: puces sans licence 3A090, non concernées.</translation>
    </message>
    <message>
        <source>Your chip, from the classifier</source>
        <translation>Votre puce, issue du classificateur</translation>
    </message>
    <message>
        <source>Ringed: the %1.</source>
        <translation>Cercle épais&#xa0;: %1.</translation>
    </message>
    <message>
        <source>TPP (Total Processing Performance): the dense peak throughput (TOPS or TFLOPS) times its bit length, at the bit length that gives the highest value.</source>
        <translation>TPP (performance totale de traitement)&#xa0;: le débit de crête dense (TOPS ou TFLOPS) multiplié par sa longueur en bits, pour la longueur en bits qui donne la valeur la plus élevée.</translation>
    </message>
    <message>
        <source>Performance density: TPP divided by the die area in mm² (logic dies only, without memory stacks).</source>
        <translation>Densité de performance&#xa0;: le TPP divisé par la surface de puce en mm² (puces logiques seules, sans les piles de mémoire).</translation>
    </message>
    <message>
        <source>Chip-to-chip bandwidth: the aggregate bidirectional input and output to other chips, in GB/s.</source>
        <translation>Bande passante entre puces&#xa0;: le débit total d’entrée et de sortie vers les autres puces, dans les deux sens, en Go/s.</translation>
    </message>
    <message>
        <source>Memory bandwidth: the chip&apos;s total DRAM bandwidth, in GB/s.</source>
        <translation>Bande passante mémoire&#xa0;: la bande passante DRAM totale de la puce, en Go/s.</translation>
    </message>
    <message>
        <source>Status: what the rule means for selling the chip to China.</source>
        <translation>Statut&#xa0;: ce que la règle implique pour la vente de la puce à la Chine.</translation>
    </message>
    <message>
        <source>Star: %1 (from the classifier), %2.</source>
        <translation>Étoile&#xa0;: %1 (issue du classificateur), %2.</translation>
    </message>
    <message>
        <source>%1 Placed by an approximate, estimated or unconfirmed figure.</source>
        <translation>%1 Position fondée sur un chiffre approximatif, estimé ou non confirmé.</translation>
    </message>
    <message>
        <source>Status computed from the thresholds, the sources stating none: %1.</source>
        <translation>Statut calculé d’après les seuils, les sources n’en donnant aucun&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Case by case: eligible by the figures alone; the policy&apos;s other conditions (supply in the US, a cap on volumes, third-party testing, customer checks) are not shown.</source>
        <translation>Au cas par cas&#xa0;: admissible d’après les seuls chiffres&#x202f;; les autres conditions de la politique (approvisionnement aux États-Unis, plafond de volumes, tests par des tiers, contrôle des clients) ne sont pas représentées.</translation>
    </message>
    <message>
        <source>On the “unknown” row: chips whose die area is not published, so that their performance density is not known.</source>
        <translation>Sur la ligne «&#xa0;inconnue&#xa0;»&#xa0;: les puces dont la surface n’est pas publiée, si bien que leur densité de performance est inconnue.</translation>
    </message>
    <message>
        <source>On the “unknown” row: chips whose chip-to-chip bandwidth is not published.</source>
        <translation>Sur la ligne «&#xa0;inconnue&#xa0;»&#xa0;: les puces dont la bande passante entre puces n’est pas publiée.</translation>
    </message>
    <message>
        <source>On the “unknown” row: chips whose memory bandwidth is not published.</source>
        <translation>Sur la ligne «&#xa0;inconnue&#xa0;»&#xa0;: les puces dont la bande passante mémoire n’est pas publiée.</translation>
    </message>
    <message>
        <source>Scatter plot of %1 chips under the %2 (across: %3; up: %4). %5.</source>
        <translation>%2&#xa0;: nuage de points de %1 puces (à l’horizontale&#xa0;: %3&#x202f;; à la verticale&#xa0;: %4). %5.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>the sources</source>
        <translation>les sources</translation>
    </message>
    <message>
        <source>the thresholds (computed)</source>
        <translation>les seuils (calcul)</translation>
    </message>
    <message>
        <source>Figures entered in the classifier</source>
        <translation>Chiffres saisis dans le classificateur</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Puce</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Launch year</source>
        <translation>Année de lancement</translation>
    </message>
    <message>
        <source>Designed for datacenters</source>
        <translation>Conçue pour les centres de données</translation>
    </message>
    <message>
        <source>Chinese chip</source>
        <translation>Puce chinoise</translation>
    </message>
    <message>
        <source>Dense throughput (TOPS or TFLOPS)</source>
        <translation>Débit dense (TOPS ou TFLOPS)</translation>
    </message>
    <message>
        <source>Bit length</source>
        <translation>Longueur en bits</translation>
    </message>
    <message>
        <source>TPP</source>
        <translation>TPP</translation>
    </message>
    <message>
        <source>Die area (mm²)</source>
        <translation>Surface de puce (mm²)</translation>
    </message>
    <message>
        <source>Status under the %1</source>
        <translation>Statut (%1)</translation>
    </message>
    <message>
        <source>Status given by</source>
        <translation>Statut donné par</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Alinéa</translation>
    </message>
    <message>
        <source>Placed by an approximate figure</source>
        <translation>Position fondée sur un chiffre approximatif</translation>
    </message>
    <message>
        <source>Caveat</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Thresholds: %1, %2.</source>
        <translation>Seuils&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>The thresholds are as quoted in excerpts of the rules and in secondary sources (CSET, law firms); the full Federal Register texts were not read end to end.</source>
        <translation>Les seuils sont ceux cités dans des extraits des règles et dans des sources secondaires (CSET, cabinets d’avocats)&#x202f;; les textes complets du Federal Register n’ont pas été lus de bout en bout.</translation>
    </message>
    <message>
        <source>Sources: the Federal Register, BIS, company filings and the press (%1 sources, listed event by event in the data table).</source>
        <translation>Sources&#xa0;: le Federal Register, le BIS, les documents des entreprises et la presse (%1 sources, détaillées événement par événement dans le tableau de données).</translation>
    </message>
    <message>
        <source>US export controls on AI chips, %1 to %2</source>
        <translation>Les contrôles américains sur l’exportation de puces d’IA, de %1 à %2</translation>
    </message>
    <message>
        <source>One lane per kind of event; hollow markers: reported in the media, with no official text.</source>
        <translation>Une ligne par type d’événement&#x202f;; marqueurs creux&#xa0;: rapportés par les médias, sans texte officiel.</translation>
    </message>
    <message>
        <source>Named: the three rules that set the chip thresholds (dashed lines) and the events that concern the %1, the chip DeepSeek trained V3 on; the others are numbered (key below).</source>
        <translation>Nommés&#xa0;: les trois règles qui fixent les seuils des puces (lignes pointillées) et les événements qui concernent le %1, la puce sur laquelle DeepSeek a entraîné V3&#x202f;; les autres sont numérotés (légende en bas).</translation>
    </message>
    <message>
        <source>Ringed: “%1” (%2).</source>
        <translation>Cerclé&#xa0;: «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>Numbered events: %1</source>
        <translation>Événements numérotés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exact day not known, marker placed on an approximate day: %1.</source>
        <translation>Jour exact inconnu, marqueur placé à une date approximative&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Timeline of %1 events of the US export controls on AI chips, from %2 to %3, one lane per kind (%4); %5 rest on media reports with no official text. Named: %6.</source>
        <translation>Frise de %1 événements des contrôles américains sur l’exportation de puces d’IA, du %2 au %3, une ligne par type (%4)&#x202f;; %5 reposent sur des informations de presse, sans texte officiel. Nommés&#xa0;: %6.</translation>
    </message>
    <message>
        <source>Official text</source>
        <translation>Texte officiel</translation>
    </message>
    <message>
        <source>Reported in the media, no official text</source>
        <translation>Rapporté par les médias, sans texte officiel</translation>
    </message>
    <message>
        <source>Label in the figure</source>
        <translation>Libellé dans le graphique</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Exact day known</source>
        <translation>Jour exact connu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Official or reported</source>
        <translation>Officiel ou rapporté</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité ou acteur</translation>
    </message>
    <message>
        <source>Official reference</source>
        <translation>Référence officielle</translation>
    </message>
    <message>
        <source>Reference verified</source>
        <translation>Référence vérifiée</translation>
    </message>
    <message>
        <source>Chips concerned</source>
        <translation>Puces concernées</translation>
    </message>
    <message>
        <source>Reported: the event rests on media reports only; no official text has been published.</source>
        <translation>Rapporté&#xa0;: l’événement ne repose que sur des informations de presse&#x202f;; aucun texte officiel n’a été publié.</translation>
    </message>
    <message>
        <source>Official references are as the sources give them; those marked as not verified could not be checked against the official text.</source>
        <translation>Les références officielles sont celles que donnent les sources&#x202f;; celles marquées comme non vérifiées n’ont pas pu être confrontées au texte officiel.</translation>
    </message>
</context>
<context>
    <name>ChipControlsTexts</name>
    <message>
        <source>TPP %1 ≥ %2 and chip-to-chip bandwidth %3 ≥ %4: both tests of %5 are met</source>
        <translation>TPP %1 ≥ %2 et bande passante entre puces %3 ≥ %4&#xa0;: les deux critères du %5 sont remplis</translation>
    </message>
    <message>
        <source>TPP %1 ≥ %2, but its chip-to-chip bandwidth, %3, is below %4: the rule needed both</source>
        <translation>TPP %1 ≥ %2, mais sa bande passante entre puces, %3, reste sous %4&#xa0;: la règle exigeait les deux</translation>
    </message>
    <message>
        <source>TPP %1 is below %2: not controlled, whatever its interconnect</source>
        <translation>TPP %1 inférieur à %2&#xa0;: non contrôlée, quelle que soit son interconnexion</translation>
    </message>
    <message>
        <source>TPP %1 is below %2 and chip-to-chip bandwidth %3 below %4</source>
        <translation>TPP %1 inférieur à %2 et bande passante entre puces %3 inférieure à %4</translation>
    </message>
    <message>
        <source>TPP %1 ≥ %2, but its chip-to-chip bandwidth is not known: the test cannot be decided</source>
        <translation>TPP %1 ≥ %2, mais sa bande passante entre puces est inconnue&#xa0;: impossible de trancher</translation>
    </message>
    <message>
        <source>Chip-to-chip bandwidth %3 is below %4: not controlled, whatever its TPP</source>
        <translation>Bande passante entre puces de %3, inférieure à %4&#xa0;: non contrôlée, quel que soit son TPP</translation>
    </message>
    <message>
        <source>Neither the TPP nor the chip-to-chip bandwidth is known: the test cannot be decided</source>
        <translation>Ni le TPP ni la bande passante entre puces ne sont connus&#xa0;: le critère ne peut pas être tranché</translation>
    </message>
    <message>
        <source>Chip-to-chip bandwidth %3 ≥ %4, but the TPP is not known: the test cannot be decided</source>
        <translation>Bande passante entre puces %3 ≥ %4, mais le TPP n’est pas connu&#xa0;: le critère ne peut pas être tranché</translation>
    </message>
    <message>
        <source>TPP %1 ≥ %2: %3 applies, but a chip not designed or marketed for datacenters needs only a notification</source>
        <translation>TPP %1 ≥ %2&#xa0;: le %3 s’applique, mais une puce ni conçue ni vendue pour les centres de données n’exige qu’une notification</translation>
    </message>
    <message>
        <source>TPP %1 ≥ %2: %3 applies</source>
        <translation>TPP %1 ≥ %2&#xa0;: le %3 s’applique</translation>
    </message>
    <message>
        <source>TPP %1 ≥ %2 and performance density %3 ≥ %4: %5 applies</source>
        <translation>TPP %1 ≥ %2 et densité de performance %3 ≥ %4&#xa0;: le %5 s’applique</translation>
    </message>
    <message>
        <source>TPP %1 between %2 and %3, performance density %4 between %5 and %6: %7 applies (notification)</source>
        <translation>TPP %1 entre %2 et %3, densité de performance %4 entre %5 et %6&#xa0;: le %7 s’applique (notification)</translation>
    </message>
    <message>
        <source>TPP %1 ≥ %2, performance density %3 between %4 and %5: %6 applies (notification)</source>
        <translation>TPP %1 ≥ %2, densité de performance %3 entre %4 et %5&#xa0;: le %6 s’applique (notification)</translation>
    </message>
    <message>
        <source>Not designed or marketed for datacenters and TPP %1 below %2: outside 3A090 (%3)</source>
        <translation>Ni conçue ni vendue pour les centres de données, et TPP %1 inférieur à %2&#xa0;: hors 3A090 (%3)</translation>
    </message>
    <message>
        <source>The TPP is not known: every clause of 3A090 tests it, so none can apply</source>
        <translation>Le TPP n’est pas connu&#xa0;: chaque alinéa du 3A090 en dépend, aucun ne peut donc s’appliquer</translation>
    </message>
    <message>
        <source>TPP %1 is below %2 and the die area is not known: the density tests cannot be decided</source>
        <translation>TPP %1 inférieur à %2 et surface de puce inconnue&#xa0;: impossible de trancher sur la densité</translation>
    </message>
    <message>
        <source>TPP %1 is below %2, the lowest line of 3A090: outside 3A090</source>
        <translation>TPP %1 inférieur à %2, le seuil le plus bas du 3A090&#xa0;: hors 3A090</translation>
    </message>
    <message>
        <source>TPP %1 and performance density %2 fall in no band: below %3 or, from TPP %4, density below %5 (from TPP %6, below %7)</source>
        <translation>TPP %1 et densité de performance %2 n’entrent dans aucune tranche&#xa0;: TPP sous %3 ou, à partir d’un TPP de %4, densité sous %5 (à partir de %6, sous %7)</translation>
    </message>
    <message>
        <source>TPP %1 below %2 and memory bandwidth %3 below %4: the licence is reviewed case by case, for exports from the US (if the policy&apos;s other conditions are met)</source>
        <translation>TPP %1 inférieur à %2 et bande passante mémoire %3 inférieure à %4&#xa0;: la licence est examinée au cas par cas pour les exportations des États-Unis (si les autres conditions de cette politique sont remplies)</translation>
    </message>
    <message>
        <source>TPP %1 ≥ %2: the licence review stays a presumption of denial</source>
        <translation>TPP %1 ≥ %2&#xa0;: l’examen de la licence reste soumis à une présomption de refus</translation>
    </message>
    <message>
        <source>Memory bandwidth %1 ≥ %2: the licence review stays a presumption of denial</source>
        <translation>Bande passante mémoire %1 ≥ %2&#xa0;: l’examen de la licence reste soumis à une présomption de refus</translation>
    </message>
    <message>
        <source>TPP %1 ≥ %2 and memory bandwidth %3 ≥ %4: the licence review stays a presumption of denial</source>
        <translation>TPP %1 ≥ %2 et bande passante mémoire %3 ≥ %4&#xa0;: l’examen de la licence reste soumis à une présomption de refus</translation>
    </message>
    <message>
        <source>Under the %1 it needs no 3A090 licence, so this policy does not concern it</source>
        <translation>%1&#xa0;: aucune licence 3A090 n’est exigée, cette politique ne la concerne donc pas</translation>
    </message>
    <message>
        <source>TPP %1 below %2, but the memory bandwidth is not known: the policy cannot be applied</source>
        <translation>TPP %1 inférieur à %2, mais bande passante mémoire inconnue&#xa0;: impossible d’appliquer cette politique</translation>
    </message>
    <message>
        <source>Its status under the %1 is undetermined, so this policy cannot be applied</source>
        <translation>%1&#xa0;: statut indéterminé, cette politique ne peut donc pas s’appliquer</translation>
    </message>
    <message>
        <source>No clause of 3A090 applies</source>
        <translation>Aucun alinéa du 3A090 ne s’applique</translation>
    </message>
    <message>
        <source>Clause: %1</source>
        <translation>Alinéa&#xa0;: %1</translation>
    </message>
    <message>
        <source>(also %1)</source>
        <translation>(aussi %1)</translation>
    </message>
    <message>
        <source>by the thresholds</source>
        <translation>d’après les seuils</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Cannot be decided without %1.</source>
        <translation>Impossible de trancher sans %1.</translation>
    </message>
    <message>
        <source>the TPP</source>
        <translation>le TPP</translation>
    </message>
    <message>
        <source>the die area (for the performance density)</source>
        <translation>la surface de puce (pour la densité de performance)</translation>
    </message>
    <message>
        <source>the chip-to-chip bandwidth</source>
        <translation>la bande passante entre puces</translation>
    </message>
    <message>
        <source>the memory bandwidth</source>
        <translation>la bande passante mémoire</translation>
    </message>
    <message>
        <source>TPP</source>
        <translation>TPP</translation>
    </message>
    <message>
        <source>performance density</source>
        <translation>densité de performance</translation>
    </message>
    <message>
        <source>chip-to-chip bandwidth</source>
        <translation>bande passante entre puces</translation>
    </message>
    <message>
        <source>memory bandwidth</source>
        <translation>bande passante mémoire</translation>
    </message>
    <message>
        <source>met</source>
        <translation>rempli</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non rempli</translation>
    </message>
    <message>
        <source>cannot be decided</source>
        <translation>impossible à trancher</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 (%5)</source>
        <translation>%1 %2 %3 %4 (%5)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: licence if TPP ≥ %2 &lt;i&gt;and&lt;/i&gt; chip-to-chip bandwidth ≥ %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: licence si TPP ≥ %2 &lt;i&gt;et&lt;/i&gt; bande passante entre puces ≥ %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: licence (3A090.a) if TPP ≥ %2, or TPP ≥ %3 with a density ≥ %4; notification (3A090.b) if TPP is %5 to %2 with a density of %6 to %4, or TPP ≥ %3 with a density of %7 to %4. Chips not designed or marketed for datacenters: outside 3A090 below TPP %2, notification above.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: licence (3A090.a) si TPP ≥ %2, ou TPP ≥ %3 avec une densité ≥ %4&#x202f;; notification (3A090.b) si le TPP va de %5 à %2 avec une densité de %6 à %4, ou si TPP ≥ %3 avec une densité de %7 à %4. Puces non conçues ni vendues pour les centres de données&#xa0;: hors 3A090 sous un TPP de %2, notification au-delà.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: for chips that need a licence, case-by-case review if TPP is below %2 and memory bandwidth below %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: pour les puces soumises à licence, examen au cas par cas si le TPP est inférieur à %2 et la bande passante mémoire inférieure à %3.</translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation>%1 Go/s</translation>
    </message>
    <message>
        <source>TPP %1</source>
        <translation>TPP %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#x202f;; %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the TPP</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the performance density</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a bandwidth</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the chip map&apos;s row</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>October 2022 rule</source>
        <translation>Règle d’octobre&#xa0;2022</translation>
    </message>
    <message>
        <source>October 2023 rule</source>
        <translation>Règle d’octobre&#xa0;2023</translation>
    </message>
    <message>
        <source>January 2026 policy</source>
        <translation>Politique de janvier&#xa0;2026</translation>
    </message>
    <message>
        <source>Licence required, presumption of denial</source>
        <translation>Licence exigée, présomption de refus</translation>
    </message>
    <message>
        <source>Notification only (License Exception NAC)</source>
        <translation>Simple notification (exception NAC)</translation>
    </message>
    <message>
        <source>Not controlled</source>
        <translation>Non contrôlée</translation>
    </message>
    <message>
        <source>Licence reviewed case by case</source>
        <translation>Licence examinée au cas par cas</translation>
    </message>
    <message>
        <source>Licence, still a presumption of denial</source>
        <translation>Licence, toujours avec présomption de refus</translation>
    </message>
    <message>
        <source>Not concerned (no 3A090 licence needed)</source>
        <translation>Non concernée (pas de licence 3A090)</translation>
    </message>
    <message>
        <source>Undetermined (a figure is missing)</source>
        <translation>Indéterminé (un chiffre manque)</translation>
    </message>
    <message>
        <source>Datacenter chip</source>
        <translation>Puce pour centres de données</translation>
    </message>
    <message>
        <source>Not for datacenters</source>
        <translation>Pas pour les centres de données</translation>
    </message>
    <message>
        <source>Chinese chip, as a US export</source>
        <translation>Puce chinoise, vue comme une exportation américaine</translation>
    </message>
    <message>
        <source>Your chip</source>
        <translation>Votre puce</translation>
    </message>
    <message>
        <source>Your chip (%1)</source>
        <translation>Votre puce (%1)</translation>
    </message>
    <message>
        <source>US rule or licence decision</source>
        <translation>Règle ou décision de licence des États-Unis</translation>
    </message>
    <message>
        <source>Company response</source>
        <translation>Réaction des entreprises</translation>
    </message>
    <message>
        <source>Chinese reaction</source>
        <translation>Réaction chinoise</translation>
    </message>
    <message>
        <source>Market event</source>
        <translation>Événement de marché</translation>
    </message>
    <message>
        <source>Total Processing Performance (TPP, log scale)</source>
        <translation>Performance totale de traitement (TPP, échelle log.)</translation>
    </message>
    <message>
        <source>Performance density (TPP per mm² of die)</source>
        <translation>Densité de performance (TPP par mm² de puce)</translation>
    </message>
    <message>
        <source>Chip-to-chip bandwidth (GB/s)</source>
        <translation>Bande passante entre puces (Go/s)</translation>
    </message>
    <message>
        <source>Memory (DRAM) bandwidth (GB/s)</source>
        <translation>Bande passante mémoire (DRAM, Go/s)</translation>
    </message>
    <message>
        <source>3A090.a: licence, presumption of denial</source>
        <translation>3A090.a&#xa0;: licence, présomption de refus</translation>
    </message>
    <message>
        <source>3A090.b: notification</source>
        <translation>3A090.b&#xa0;: notification</translation>
    </message>
    <message>
        <source>Outside 3A090</source>
        <translation>Hors 3A090</translation>
    </message>
    <message>
        <source>Hatched: chips not made for
datacenters, below TPP %1,
are outside 3A090 (Note 2)</source>
        <translation>Hachures&#xa0;: les puces non destinées
aux centres de données, sous un
TPP de %1, sont hors 3A090 (note 2)</translation>
    </message>
    <message>
        <source>3A090.a: licence required</source>
        <translation>3A090.a&#xa0;: licence exigée</translation>
    </message>
    <message>
        <source>Case-by-case review (exports from the US)</source>
        <translation>Examen au cas par cas (exportations des États-Unis)</translation>
    </message>
    <message>
        <source>Presumption of denial remains</source>
        <translation>La présomption de refus demeure</translation>
    </message>
    <message>
        <source>Choose or type a bit length.</source>
        <translation>Choisissez ou saisissez une longueur en bits.</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Saisissez une valeur.</translation>
    </message>
    <message>
        <source>Not a number: write digits, with “%1” as the decimal mark.</source>
        <translation>Ce n’est pas un nombre&#xa0;: écrivez des chiffres, avec «&#xa0;%1&#xa0;» comme séparateur décimal.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>La valeur ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Must be more than zero.</source>
        <translation>La valeur doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>Beyond any real chip: at most %1.</source>
        <translation>Hors de portée de toute puce réelle&#xa0;: %1 au maximum.</translation>
    </message>
    <message>
        <source>Unknown bit length: use FP16, BF16, FP8, INT8 or %1.</source>
        <translation>Longueur en bits inconnue&#xa0;: utilisez FP16, BF16, FP8, INT8 ou %1.</translation>
    </message>
</context>
<context>
    <name>ChipControlsView</name>
    <message>
        <source>GPU export restrictions</source>
        <translation>Restrictions à l’exportation de GPU</translation>
    </message>
    <message>
        <source>Which AI chips may be sold to China?</source>
        <translation>Quelles puces d’IA peut-on vendre à la Chine&#x202f;?</translation>
    </message>
    <message>
        <source>US rules decide from two or three figures of a chip whether it may be sold to China: its computing power (TPP), how densely that power is packed and, at first, how fast it talks to other chips. Nvidia answered each rule with cut-down chips; DeepSeek trained its V3 model on one of them, the H800.</source>
        <translation>Les règles américaines décident, à partir de deux ou trois chiffres, si une puce peut être vendue à la Chine&#xa0;: sa puissance de calcul (TPP), la densité de cette puissance et, au début, la vitesse à laquelle elle communique avec les autres puces. Nvidia a répondu à chaque règle par des puces bridées&#x202f;; DeepSeek a entraîné son modèle V3 sur l’une d’elles, le H800.</translation>
    </message>
    <message>
        <source>Rules timeline</source>
        <translation>Chronologie des règles</translation>
    </message>
    <message>
        <source>Chip map</source>
        <translation>Carte des puces</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Classificateur</translation>
    </message>
</context>
<context>
    <name>ChipDetailsPanel</name>
    <message>
        <source>Selected chip</source>
        <translation>Puce choisie</translation>
    </message>
    <message>
        <source>Events that concern it (ringed on the timeline):</source>
        <translation>Événements qui la concernent (cerclés sur la chronologie)&#xa0;:</translation>
    </message>
    <message>
        <source>TPP</source>
        <translation>TPP</translation>
    </message>
    <message>
        <source>%1 (= %2 × %3 bits)</source>
        <translation>%1 (= %2&#xa0;×&#xa0;%3&#xa0;bits)</translation>
    </message>
    <message>
        <source>Performance density</source>
        <translation>Densité de performance</translation>
    </message>
    <message>
        <source>unknown (die area not published)</source>
        <translation>inconnue (surface de puce non publiée)</translation>
    </message>
    <message>
        <source>%1 mm²</source>
        <translation>%1 mm²</translation>
    </message>
    <message>
        <source>Die area</source>
        <translation>Surface de puce</translation>
    </message>
    <message>
        <source>Chip-to-chip link</source>
        <translation>Liaison entre puces</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>Bande passante mémoire</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>designed or marketed for datacenters</source>
        <translation>conçue ou vendue pour les centres de données</translation>
    </message>
    <message>
        <source>not designed or marketed for datacenters</source>
        <translation>ni conçue ni vendue pour les centres de données</translation>
    </message>
    <message>
        <source>* approximate, estimated or not confirmed: see the caveat.</source>
        <translation>* approximatif, estimé ou non confirmé&#xa0;: voir la réserve.</translation>
    </message>
    <message>
        <source>A Chinese chip: its statuses say what the rules would make of it as a US export.</source>
        <translation>Une puce chinoise&#xa0;: ses statuts indiquent ce que les règles en feraient s’il s’agissait d’une exportation américaine.</translation>
    </message>
</context>
<context>
    <name>ChipList</name>
    <message>
        <source>Chips on the map</source>
        <translation>Puces de la carte</translation>
    </message>
</context>
<context>
    <name>ChipMapChart</name>
    <message>
        <source>Reset view</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Show the whole map again (the mouse wheel zooms, a drag moves the map)</source>
        <translation>Afficher de nouveau toute la carte (la molette zoome, faire glisser déplace la carte)</translation>
    </message>
    <message>
        <source>Remove your chip</source>
        <translation>Retirer votre puce</translation>
    </message>
    <message>
        <source>Take the chip of the classifier off the map</source>
        <translation>Retirer de la carte la puce du classificateur</translation>
    </message>
    <message>
        <source>Thick ring: the selected chip; dashed: named by the selected event.</source>
        <translation>Cercle épais&#xa0;: la puce choisie&#x202f;; pointillés&#xa0;: citées par l’événement choisi.</translation>
    </message>
</context>
<context>
    <name>ChipMapSection</name>
    <message>
        <source>Each chip sits by its computing power (TPP, across) and the second figure the rule tests (up). Switch rules to see the lines move: at first a slower link was enough to escape; since the second rule, density counts instead.</source>
        <translation>Chaque puce est placée selon sa puissance de calcul (TPP, à l’horizontale) et le second chiffre testé par la règle (à la verticale). Changez de règle pour voir les seuils bouger&#xa0;: au début, une liaison plus lente suffisait pour y échapper&#x202f;; depuis la deuxième règle, c’est la densité qui compte.</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Règle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ClaimCardList</name>
    <message>
        <source>No claim has this verdict.</source>
        <translation>Aucune affirmation n’a reçu ce verdict.</translation>
    </message>
    <message>
        <source>The claims of the article</source>
        <translation>Les affirmations de l’article</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Affirmation %1</translation>
    </message>
    <message>
        <source>Hide the verdict</source>
        <translation>Masquer le verdict</translation>
    </message>
    <message>
        <source>Hide the verdict of claim %1</source>
        <translation>Masquer le verdict de l’affirmation %1</translation>
    </message>
    <message>
        <source>Reveal the verdict</source>
        <translation>Révéler le verdict</translation>
    </message>
    <message>
        <source>Reveal the verdict of claim %1</source>
        <translation>Révéler le verdict de l’affirmation %1</translation>
    </message>
    <message>
        <source>The verdict is hidden. Accurate, imprecise, misleading, wrong or unverifiable: what does the class think?</source>
        <translation>Le verdict est masqué. Exact, imprécis, trompeur, faux ou invérifiable&#xa0;: qu’en pense la classe&#x202f;?</translation>
    </message>
    <message>
        <source>What the facts say</source>
        <translation>Ce que disent les faits</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Graphique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Highlights: %1</source>
        <translation>Met en évidence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show in chart</source>
        <translation>Voir dans le graphique</translation>
    </message>
    <message>
        <source>Show claim %1 in the chart</source>
        <translation>Voir l’affirmation %1 dans le graphique</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>The article, claim by claim</source>
        <translation>L’article, affirmation par affirmation</translation>
    </message>
    <message>
        <source>A French-language news article of %1, whose copy does not name the outlet that published it, made %2 claims about the DeepSeek shock. Each card puts one of them, in the article&apos;s own words, beside what the sources show, and gives a verdict: accurate, imprecise, misleading, wrong or unverifiable. Where a chart shows the facts, “Show in chart” takes you to it.</source>
        <translation>Un article de presse francophone de %1, dont le texte conservé ne nomme pas le média qui l’a publié, avançait %2 affirmations sur le choc DeepSeek. Chaque fiche en reprend une, dans les mots de l’article, la confronte à ce que montrent les sources et lui attribue un verdict&#xa0;: exact, imprécis, trompeur, faux ou invérifiable. Lorsqu’un graphique illustre les faits, «&#xa0;Voir dans le graphique&#xa0;» y mène directement.</translation>
    </message>
    <message>
        <source>The article, checked</source>
        <translation>L’article vérifié</translation>
    </message>
</context>
<context>
    <name>ClassifierSection</name>
    <message>
        <source>Try it yourself: TPP is the dense peak throughput times its bit length (or enter a TPP read in a filing), and performance density is TPP divided by the die area in mm². Enter a chip&apos;s figures, or start from a chip of the list; tick “unknown” for a figure nobody has published, and see what each rule can still decide.</source>
        <translation>À vous d’essayer&#xa0;: le TPP est le débit de crête dense multiplié par sa longueur en bits (ou saisissez un TPP relevé dans un document officiel), et la densité de performance est le TPP divisé par la surface de puce en mm². Saisissez les chiffres d’une puce ou partez d’une puce de la liste&#x202f;; cochez «&#xa0;valeur inconnue&#xa0;» pour un chiffre que personne n’a publié, et voyez ce que chaque règle permet encore de trancher.</translation>
    </message>
</context>
<context>
    <name>ClassroomControls</name>
    <message>
        <source>Classroo&amp;m mode</source>
        <translation>Mode &amp;classe</translation>
    </message>
    <message>
        <source>Hide every verdict so that the class can judge each claim, then reveal the verdicts one by one</source>
        <translation>Masquer tous les verdicts pour que la classe juge elle-même chaque affirmation, puis les révéler un à un</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Tout révéler</translation>
    </message>
    <message>
        <source>Reveal every verdict</source>
        <translation>Révéler tous les verdicts</translation>
    </message>
    <message>
        <source>Hide all</source>
        <translation>Tout masquer</translation>
    </message>
    <message>
        <source>Hide every verdict</source>
        <translation>Masquer tous les verdicts</translation>
    </message>
</context>
<context>
    <name>ComputeSection</name>
    <message>
        <source>Reported cost figures and what they cover</source>
        <translation>Les coûts publiés et ce qu’ils couvrent</translation>
    </message>
    <message>
        <source>Every cost figure reported for these models, with what it includes and what it leaves out. Read each with its scope: a rental-price estimate for one training run is not what a model cost its developer.</source>
        <translation>Tous les coûts publiés pour ces modèles, avec ce qu’ils comprennent et ce qu’ils laissent de côté. Chaque chiffre se lit avec son périmètre&#xa0;: une estimation au prix de location pour un seul entraînement n’est pas ce qu’un modèle a coûté à son développeur.</translation>
    </message>
</context>
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
        <source>In %1, line %2</source>
        <translation>Dans %1, ligne %2</translation>
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
    <name>DataFiles</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>DeepSeekCard</name>
    <message>
        <source>What DeepSeek used</source>
        <translation>Ce qu’a utilisé DeepSeek</translation>
    </message>
</context>
<context>
    <name>DistilledTable</name>
    <message>
        <source>Bold: models distilled from DeepSeek-R1. Italic: score taken from the paper&apos;s main table (Table 4), which the distillation table repeats for the baselines. Source: DeepSeek-R1 paper, Table 5.</source>
        <translation>En gras&#xa0;: les modèles distillés de DeepSeek-R1. En italique&#xa0;: score tiré du tableau principal de la publication (tableau 4), que le tableau de la distillation reprend pour les modèles de référence. Source&#xa0;: publication sur DeepSeek-R1, tableau 5.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>Caveat (%1 in another source): %2</source>
        <translation>Réserve (%1 dans une autre source)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not reported in the paper.</source>
        <translation>Non communiqué dans la publication.</translation>
    </message>
    <message>
        <source>From the paper&apos;s main table (Table 4).</source>
        <translation>Tiré du tableau principal de la publication (tableau 4).</translation>
    </message>
    <message>
        <source>From the paper&apos;s table of distilled models (Table 5).</source>
        <translation>Tiré du tableau des modèles distillés de la publication (tableau 5).</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong inside the app: %1. What you were doing may not have finished; the app keeps running.</source>
        <translation>Une erreur s’est produite dans l’application&#xa0;: %1. Ce que vous faisiez n’a peut-être pas abouti&#x202f;; l’application continue de fonctionner.</translation>
    </message>
    <message>
        <source>The details were saved in %1. Please send that file with a few words on what you were doing, so that the problem can be fixed.</source>
        <translation>Les détails ont été enregistrés dans %1. Merci d’envoyer ce fichier avec quelques mots sur ce que vous faisiez, afin que le problème puisse être corrigé.</translation>
    </message>
    <message>
        <source>The details could not be saved to a file; they were written to the error output.</source>
        <translation>Les détails n’ont pas pu être enregistrés dans un fichier&#x202f;; ils ont été écrits sur la sortie d’erreur.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>EventDetailsPanel</name>
    <message>
        <source>%1 (exact day not known)</source>
        <translation>%1 (jour exact inconnu)</translation>
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
        <source>Selected event</source>
        <translation>Événement choisi</translation>
    </message>
    <message>
        <source>Reported in the media; no official text has been published.</source>
        <translation>Rapporté par les médias&#x202f;; aucun texte officiel n’a été publié.</translation>
    </message>
    <message>
        <source>Chips concerned (ringed on the chip map): %1</source>
        <translation>Puces concernées (cerclées sur la carte des puces)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Portée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Official reference: %1</source>
        <translation>Référence officielle&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not verified)</source>
        <translation>(non vérifiée)</translation>
    </message>
    <message>
        <source>Event %1 of %2</source>
        <translation>Événement %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ExportAllDialog</name>
    <message>
        <source>Export all charts</source>
        <translation>Exporter tous les graphiques</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues&#xa0;:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formats&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>CSV (data)</source>
        <translation>CSV (données)</translation>
    </message>
    <message>
        <source>XLSX (data)</source>
        <translation>XLSX (données)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Type a file name.</source>
        <translation>Saisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Highlight %1, as on screen</source>
        <translation>Mettre en évidence %1, comme à l’écran</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Graphique&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Texts of the figure</source>
        <translation>Textes de la figure</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing (editable)</source>
        <translation>Dessin SVG (modifiable)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>CSV data (the numbers)</source>
        <translation>Données CSV (les chiffres)</translation>
    </message>
    <message>
        <source>Excel workbook (the numbers)</source>
        <translation>Classeur Excel (les chiffres)</translation>
    </message>
    <message>
        <source>Preview of the exported figure</source>
        <translation>Aperçu de la figure exportée</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
</context>
<context>
    <name>FigureTextEditor</name>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>Sous-titre&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Source line:</source>
        <translation>Ligne de source&#xa0;:</translation>
    </message>
    <message>
        <source>Byline:</source>
        <translation>Signature&#xa0;:</translation>
    </message>
    <message>
        <source>Alternative text:</source>
        <translation>Texte alternatif&#xa0;:</translation>
    </message>
    <message>
        <source>One note a line</source>
        <translation>Une note par ligne</translation>
    </message>
    <message>
        <source>e.g. Chart: your name, your newsroom</source>
        <translation>p.&#xa0;ex. Graphique&#xa0;: votre nom, votre rédaction</translation>
    </message>
    <message>
        <source>Read by screen readers; written into the SVG&apos;s description and the PDF&apos;s subject</source>
        <translation>Lu par les lecteurs d’écran&#x202f;; inscrit dans la description du SVG et le sujet du PDF</translation>
    </message>
    <message>
        <source>Copy alternative text</source>
        <translation>Copier le texte alternatif</translation>
    </message>
    <message>
        <source>Reset texts</source>
        <translation>Rétablir les textes</translation>
    </message>
</context>
<context>
    <name>InstrumentColumn</name>
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
</context>
<context>
    <name>LazyTab</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
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
        <source>&amp;Copy chart</source>
        <translation>&amp;Copier le graphique</translation>
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
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Full screen with larger text, for a projector (Esc leaves it)</source>
        <translation>Plein écran et texte agrandi, pour un vidéoprojecteur (Échap pour en sortir)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Rubriques</translation>
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
</context>
<context>
    <name>MarketFigures</name>
    <message>
        <source>Bar chart of the moves of %1 shares, funds and indices on 27 January 2025, close against close: the largest fall is %2 (%3); Nvidia %4.</source>
        <translation>Diagramme en barres des variations de %1 actions, fonds et indices le 27&#xa0;janvier&#xa0;2025, de clôture à clôture&#xa0;: la plus forte baisse est celle de %2 (%3)&#x202f;; Nvidia %4.</translation>
    </message>
    <message>
        <source>27 January 2025: the day&apos;s moves</source>
        <translation>27&#xa0;janvier&#xa0;2025&#xa0;: les variations de la séance</translation>
    </message>
    <message>
        <source>Close of Monday 27 January against Friday 24 January</source>
        <translation>Clôture du lundi 27&#xa0;janvier par rapport à celle du vendredi 24&#xa0;janvier</translation>
    </message>
    <message>
        <source>Source: daily closes from Yahoo Finance historical data in public repositories, cross-checked; Reuters, Nasdaq, AP.</source>
        <translation>Source&#xa0;: cours de clôture quotidiens issus des données historiques de Yahoo Finance publiées dans des dépôts publics, recoupés&#x202f;; Reuters, Nasdaq, AP.</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Close 24 Jan 2025</source>
        <translation>Clôture 24 janv. 2025</translation>
    </message>
    <message>
        <source>Close 27 Jan 2025</source>
        <translation>Clôture 27 janv. 2025</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Variation&#xa0;(%)</translation>
    </message>
    <message>
        <source>Moves compare the close of Monday 27 January with that of Friday 24 January, both as traded or both dividend-adjusted.</source>
        <translation>Les variations comparent la clôture du lundi 27&#xa0;janvier à celle du vendredi 24&#xa0;janvier, toutes deux telles que négociées ou toutes deux ajustées des dividendes.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Index (reference day = 100)</source>
        <translation>Indice (jour de référence = 100)</translation>
    </message>
    <message>
        <source>Change from the reference day (%)</source>
        <translation>Variation depuis le jour de référence&#xa0;(%)</translation>
    </message>
    <message>
        <source>Close kind</source>
        <translation>Nature du cours</translation>
    </message>
    <message>
        <source>Nvidia and the market around 27 January 2025</source>
        <translation>Nvidia et le marché autour du 27&#xa0;janvier&#xa0;2025</translation>
    </message>
    <message>
        <source>Close (US dollars, log scale)</source>
        <translation>Clôture (dollars US, échelle logarithmique)</translation>
    </message>
    <message>
        <source>Close (US dollars)</source>
        <translation>Clôture (dollars US)</translation>
    </message>
    <message>
        <source>Close (index points, log scale)</source>
        <translation>Clôture (points d’indice, échelle logarithmique)</translation>
    </message>
    <message>
        <source>Close (index points)</source>
        <translation>Clôture (points d’indice)</translation>
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
        <source>Daily closes of the indices, in points</source>
        <translation>Cours de clôture quotidiens des indices, en points</translation>
    </message>
    <message>
        <source>Daily closes in US dollars</source>
        <translation>Cours de clôture quotidiens, en dollars US</translation>
    </message>
    <message>
        <source>Switch between as-traded and dividend-adjusted closes</source>
        <translation>Passage entre cours tels que négociés et cours ajustés des dividendes</translation>
    </message>
    <message>
        <source>dividend-adjusted</source>
        <translation>ajusté des dividendes</translation>
    </message>
    <message>
        <source>as traded</source>
        <translation>tel que négocié</translation>
    </message>
    <message>
        <source>◇ Line broken where the closes switch between as traded and dividend-adjusted (not comparable): %1.</source>
        <translation>◇ Courbe interrompue au passage entre cours tels que négociés et cours ajustés des dividendes (non comparables)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The closes switch between as traded and dividend-adjusted, two kinds that are not comparable; the chart breaks its line there. First close of the new kind: %1.</source>
        <translation>Les cours passent de «&#xa0;tels que négociés&#xa0;» à «&#xa0;ajustés des dividendes&#xa0;» ou l’inverse, deux natures de cours qui ne se comparent pas&#x202f;; le graphique y interrompt sa courbe. Premier cours de la nouvelle nature&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not drawn, for want of a close on the reference day: %1.</source>
        <translation>Non tracé, faute de cours de clôture le jour de référence&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not drawn, for want of a close in these dates: %1.</source>
        <translation>Non tracé, faute de cours de clôture sur cette période&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Source: daily closes from Yahoo Finance historical data in public repositories, cross-checked.</source>
        <translation>Source&#xa0;: cours de clôture quotidiens issus des données historiques de Yahoo Finance publiées dans des dépôts publics, recoupés.</translation>
    </message>
    <message>
        <source>Source: daily closes from Yahoo Finance historical data in public repositories, cross-checked. Events: %1.</source>
        <translation>Source&#xa0;: cours de clôture quotidiens issus des données historiques de Yahoo Finance publiées dans des dépôts publics, recoupés. Événements&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Line chart of %1 from %2 to %3. %4.</source>
        <translation>Graphique linéaire de %1, du %2 au %3. %4.</translation>
    </message>
    <message>
        <source>On %1: %2.</source>
        <translation>Le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Events marked: %1.</source>
        <translation>Événements signalés&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>MarketTimelineView</name>
    <message>
        <source>Market timeline</source>
        <translation>Évolution des marchés</translation>
    </message>
    <message>
        <source>How the DeepSeek shock moved the markets</source>
        <translation>Comment le choc DeepSeek a secoué les marchés</translation>
    </message>
    <message>
        <source>On Monday 27 January 2025, a week after DeepSeek released its R1 model, Nvidia&apos;s share price fell %1 and other chip makers and power producers fell with it. The chart follows the daily closes around that day: click an event to read what happened, or double-click a day to take it as the reference.</source>
        <translation>Le lundi 27&#xa0;janvier&#xa0;2025, une semaine après la sortie du modèle R1 de DeepSeek, l’action Nvidia a chuté de %1, entraînant d’autres fabricants de puces et des producteurs d’électricité. Le graphique suit les cours de clôture autour de cette séance&#xa0;: cliquez sur un événement pour savoir ce qui s’est passé, ou double-cliquez sur un jour pour en faire la référence.</translation>
    </message>
    <message>
        <source>The day&apos;s moves</source>
        <translation>Les variations du jour</translation>
    </message>
    <message>
        <source>Why did it fall?</source>
        <translation>Pourquoi cette chute&#x202f;?</translation>
    </message>
</context>
<context>
    <name>ModelComparisonView</name>
    <message>
        <source>Model comparison</source>
        <translation>Comparaison des modèles</translation>
    </message>
    <message>
        <source>DeepSeek-R1 against the models it was compared with: benchmark scores, training compute and cost, price and openness.</source>
        <translation>DeepSeek-R1 face aux modèles auxquels il a été comparé&#xa0;: scores aux tests, calcul et coût d’entraînement, prix et ouverture.</translation>
    </message>
    <message>
        <source>On %1, %2 scored %3 against %4 for %5, and in %6 its API charged %7 per million output tokens against %8 for %5. The much-quoted %9 is DeepSeek&apos;s rental-price estimate for the final training run of its V3 base model only: every figure below comes with its basis.</source>
        <translation>Au test %1, %2 a obtenu %3, contre %4 pour %5, et en %6 son API facturait %7 par million de jetons de sortie, contre %8 pour %5. Les %9 si souvent cités ne sont que l’estimation de DeepSeek, au prix de location, pour le seul entraînement final de son modèle de base V3&#xa0;: chaque chiffre ci-dessous est donné avec ce qu’il recouvre.</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Tests de référence</translation>
    </message>
    <message>
        <source>Training compute and cost</source>
        <translation>Calcul et coût d’entraînement</translation>
    </message>
    <message>
        <source>API prices</source>
        <translation>Prix des API</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Ouverture</translation>
    </message>
</context>
<context>
    <name>ModelFigures</name>
    <message>
        <source>Distilled models: small models fine-tuned on R1&apos;s answers</source>
        <translation>Modèles distillés&#xa0;: de petits modèles affinés sur les réponses de R1</translation>
    </message>
    <message>
        <source>Scores in the DeepSeek-R1 paper&apos;s table of distilled models; higher is better.</source>
        <translation>Scores du tableau des modèles distillés de la publication sur DeepSeek-R1&#x202f;; plus c’est haut, mieux c’est.</translation>
    </message>
    <message>
        <source>Source: DeepSeek-R1 paper, Table 5.</source>
        <translation>Source&#xa0;: publication sur DeepSeek-R1, tableau 5.</translation>
    </message>
    <message>
        <source>DeepSeek-R1 against the models it was compared with</source>
        <translation>DeepSeek-R1 face aux modèles auxquels il a été comparé</translation>
    </message>
    <message>
        <source>Scores as published in the DeepSeek-R1 paper; higher is better.</source>
        <translation>Scores tirés de la publication sur DeepSeek-R1&#x202f;; plus c’est haut, mieux c’est.</translation>
    </message>
    <message>
        <source>Source: DeepSeek-R1 paper, Table 4.</source>
        <translation>Source&#xa0;: publication sur DeepSeek-R1, tableau 4.</translation>
    </message>
    <message>
        <source>No benchmark is chosen.</source>
        <translation>Aucun test n’est choisi.</translation>
    </message>
    <message>
        <source>Within each benchmark, bars are sorted by score.</source>
        <translation>Dans chaque test, les barres sont classées par score.</translation>
    </message>
    <message>
        <source>Score (0 to 100)</source>
        <translation>Score (de 0 à 100)</translation>
    </message>
    <message>
        <source>Scores from 0 to 100</source>
        <translation>Scores de 0 à 100</translation>
    </message>
    <message>
        <source>%1 (its own scale, no upper bound)</source>
        <translation>%1 (échelle propre, sans plafond)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <source>Only the scores of %1 are shown.</source>
        <translation>Seuls les scores du modèle %1 sont affichés.</translation>
    </message>
    <message>
        <source>The %1 scores are those OpenAI reported.</source>
        <translation>Les scores du modèle %1 sont ceux communiqués par OpenAI.</translation>
    </message>
    <message>
        <source>“Not reported” marks a dash in the paper&apos;s table.</source>
        <translation>«&#xa0;non communiqué&#xa0;»&#xa0;: un tiret dans le tableau de la publication.</translation>
    </message>
    <message>
        <source>%1, values other sources give: %2.</source>
        <translation>%1, valeurs données par d’autres sources&#xa0;: %2.</translation>
    </message>
    <message>
        <source>no value in %1</source>
        <translation>aucune valeur dans %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>(as “%1”)</source>
        <translation>(sous le nom «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>the R1 paper&apos;s Table 4</source>
        <translation>le tableau 4 de la publication sur R1</translation>
    </message>
    <message>
        <source>the R1 paper&apos;s Table 5</source>
        <translation>le tableau 5 de la publication sur R1</translation>
    </message>
    <message>
        <source>the R1 paper&apos;s Table 2</source>
        <translation>le tableau 2 de la publication sur R1</translation>
    </message>
    <message>
        <source>the DeepSeek-V3 report</source>
        <translation>le rapport sur DeepSeek-V3</translation>
    </message>
    <message>
        <source>the DeepSeek-R1-0528 model card</source>
        <translation>la fiche du modèle DeepSeek-R1-0528</translation>
    </message>
    <message>
        <source>Meta&apos;s model card</source>
        <translation>la fiche du modèle de Meta</translation>
    </message>
    <message>
        <source>the DeepSeek-R1 README</source>
        <translation>le README de DeepSeek-R1</translation>
    </message>
    <message>
        <source>Grouped bar chart of the scores of %1 models on %2 benchmarks, from the DeepSeek-R1 paper&apos;s table of distilled models (Table 5).</source>
        <translation>Diagramme en barres groupées des scores de %1 modèles à %2 tests, tirés du tableau des modèles distillés de la publication sur DeepSeek-R1 (tableau 5).</translation>
    </message>
    <message>
        <source>Grouped bar chart of the scores of %1 models on %2 benchmarks, from the DeepSeek-R1 paper (Table 4).</source>
        <translation>Diagramme en barres groupées des scores de %1 modèles à %2 tests, tirés de la publication sur DeepSeek-R1 (tableau 4).</translation>
    </message>
    <message>
        <source>highest %1 (%2)</source>
        <translation>maximum %1 (%2)</translation>
    </message>
    <message>
        <source>DeepSeek-R1 paper, Table 4</source>
        <translation>Publication sur DeepSeek-R1, tableau 4</translation>
    </message>
    <message>
        <source>DeepSeek-R1 paper, Table 5</source>
        <translation>Publication sur DeepSeek-R1, tableau 5</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Metric (as in the source)</source>
        <translation>Mesure (telle que dans la source)</translation>
    </message>
    <message>
        <source>What is measured</source>
        <translation>Ce qui est mesuré</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Lu dans</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Autres sources</translation>
    </message>
    <message>
        <source>Another source gives no value.</source>
        <translation>Une autre source ne donne aucune valeur.</translation>
    </message>
    <message>
        <source>Another source gives %1.</source>
        <translation>Une autre source donne %1.</translation>
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
        <translation>correspondance exacte</translation>
    </message>
    <message>
        <source>F1 score</source>
        <translation>score F1</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>win rate</source>
        <translation>taux de victoire</translation>
    </message>
    <message>
        <source>correct answers</source>
        <translation>réponses correctes</translation>
    </message>
    <message>
        <source>issues resolved</source>
        <translation>problèmes résolus</translation>
    </message>
    <message>
        <source>percentile</source>
        <translation>centile</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>cote</translation>
    </message>
    <message>
        <source>metric not stated</source>
        <translation>métrique non précisée</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#x202f;; %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no figure given</source>
        <translation>aucun chiffre avancé</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>of which: %1</source>
        <translation>dont&#xa0;: %1</translation>
    </message>
    <message>
        <source>promotion until %1</source>
        <translation>promotion jusqu’au %1</translation>
    </message>
    <message>
        <source>promotion</source>
        <translation>promotion</translation>
    </message>
    <message>
        <source>list price, prompts up to 128K tokens</source>
        <translation>prix catalogue, requêtes jusqu’à 128&#x202f;000 jetons</translation>
    </message>
    <message>
        <source>list price, prompts over 128K tokens</source>
        <translation>prix catalogue, requêtes de plus de 128&#x202f;000 jetons</translation>
    </message>
    <message>
        <source>%1 (promotional)</source>
        <translation>%1 (promotion)</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 fois</translation>
    </message>
    <message>
        <source>about %1 times</source>
        <translation>environ %1 fois</translation>
    </message>
    <message>
        <source>On %1, %2 charged %3 as much as %4 for output tokens, and %5 as much for input tokens.</source>
        <translation>Le %1, %2 faisait payer ses jetons de sortie %3 plus cher que %4, et ses jetons d’entrée %5 plus cher.</translation>
    </message>
    <message>
        <source>Per million tokens: output %1 against %2, input (not from the cache) %3 against %4. Compared: %5 (%6) and %7 (%8), each API’s price in force that day.</source>
        <translation>Par million de jetons&#xa0;: sortie %1 contre %2, entrée (hors cache) %3 contre %4. Prix comparés&#xa0;: %5 (%6) et %7 (%8), ceux de chaque API en vigueur ce jour-là.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 M GPU-hours</source>
        <translation>%1 M d’heures-GPU</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>état&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, according to %2: %3</source>
        <translation>%1, selon %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation>Comprend&#xa0;: %1</translation>
    </message>
    <message>
        <source>Excludes: %1</source>
        <translation>Exclut&#xa0;: %1</translation>
    </message>
    <message>
        <source>on top of %1</source>
        <translation>en plus de %1</translation>
    </message>
    <message>
        <source>cost reported by %1: %2</source>
        <translation>coût annoncé par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Millions of GPU-hours (log scale)</source>
        <translation>Millions d’heures-GPU (échelle log.)</translation>
    </message>
    <message>
        <source>Training compute in GPU-hours, as disclosed</source>
        <translation>Calcul d’entraînement en heures-GPU, tel que publié</translation>
    </message>
    <message>
        <source>Millions of GPU-hours as each developer disclosed them, on a logarithmic scale: each step is ten times more. Numbers in brackets point to the notes on the cost figures.</source>
        <translation>Millions d’heures-GPU telles que chaque développeur les a publiées, sur une échelle logarithmique&#xa0;: chaque graduation vaut dix fois la précédente. Les numéros entre crochets renvoient aux notes sur les coûts.</translation>
    </message>
    <message>
        <source>Source: the developers&apos; reports and model cards.</source>
        <translation>Source&#xa0;: rapports et fiches des développeurs.</translation>
    </message>
    <message>
        <source>GPU-hours cover the training stages each developer disclosed, which differ from model to model.</source>
        <translation>Les heures-GPU couvrent les étapes d’entraînement publiées par chaque développeur, qui diffèrent d’un modèle à l’autre.</translation>
    </message>
    <message>
        <source>Dot chart of the training compute of %1 models, in millions of GPU-hours on a logarithmic scale:</source>
        <translation>Diagramme à points du calcul d’entraînement de %1 modèles, en millions d’heures-GPU sur une échelle logarithmique&#xa0;:</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Développeur</translation>
    </message>
    <message>
        <source>Training compute (millions of GPU-hours)</source>
        <translation>Calcul d’entraînement (millions d’heures-GPU)</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>Type de GPU</translation>
    </message>
    <message>
        <source>On top of</source>
        <translation>En plus de</translation>
    </message>
    <message>
        <source>What the GPU-hours cover</source>
        <translation>Ce que couvrent les heures-GPU</translation>
    </message>
    <message>
        <source>Reported cost (millions of US dollars)</source>
        <translation>Coût annoncé (millions de dollars américains)</translation>
    </message>
    <message>
        <source>Cost as stated</source>
        <translation>Coût tel qu’annoncé</translation>
    </message>
    <message>
        <source>Cost reported by</source>
        <translation>Coût annoncé par</translation>
    </message>
    <message>
        <source>What the cost includes</source>
        <translation>Ce que couvre le coût</translation>
    </message>
    <message>
        <source>What the cost excludes</source>
        <translation>Ce que le coût exclut</translation>
    </message>
    <message>
        <source>Cost as of</source>
        <translation>Date du coût</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Also reported, not on the chart: %1</source>
        <translation>Également avancé, absent du graphique&#xa0;: %1</translation>
    </message>
    <message>
        <source>list price</source>
        <translation>prix catalogue</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score&#xa0;: %1</translation>
    </message>
    <message>
        <source>Output price, US dollars per million tokens (log scale)</source>
        <translation>Prix des jetons de sortie, en dollars par million de jetons (échelle log.)</translation>
    </message>
    <message>
        <source>Scatter chart of the output price per million tokens in force on %1 (log scale) against the %2 score of %3 models:</source>
        <translation>Nuage de points du prix des jetons de sortie par million de jetons en vigueur le %1 (échelle log.) selon le score %2 de %3 modèles&#xa0;:</translation>
    </message>
    <message>
        <source>API price against benchmark score</source>
        <translation>Prix de l’API et score aux tests</translation>
    </message>
    <message>
        <source>Output price per million tokens in force on %1 (log scale), against the score in the DeepSeek-R1 paper. Lower right is cheaper and better.</source>
        <translation>Prix des jetons de sortie par million de jetons en vigueur le %1 (échelle log.), face au score dans la publication sur DeepSeek-R1. En bas à droite&#xa0;: moins cher et plus performant.</translation>
    </message>
    <message>
        <source>Source: providers&apos; price lists; scores: DeepSeek-R1 paper, Table 4.</source>
        <translation>Source&#xa0;: grilles tarifaires des fournisseurs&#x202f;; scores&#xa0;: publication sur DeepSeek-R1, tableau 4.</translation>
    </message>
    <message>
        <source>no price for this version in January 2025 in the data</source>
        <translation>pas de prix pour cette version en janvier&#xa0;2025 dans les données</translation>
    </message>
    <message>
        <source>no score on this benchmark in the R1 paper</source>
        <translation>pas de score à ce test dans la publication sur R1</translation>
    </message>
    <message>
        <source>Not plotted: %1.</source>
        <translation>Absents du graphique&#xa0;: %1.</translation>
    </message>
    <message>
        <source>API model name</source>
        <translation>Nom du modèle dans l’API</translation>
    </message>
    <message>
        <source>Price tier</source>
        <translation>Type de prix</translation>
    </message>
    <message>
        <source>Input (US dollars per million tokens)</source>
        <translation>Entrée (dollars américains par million de jetons)</translation>
    </message>
    <message>
        <source>Cached input (US dollars per million tokens)</source>
        <translation>Entrée en cache (dollars américains par million de jetons)</translation>
    </message>
    <message>
        <source>Output (US dollars per million tokens)</source>
        <translation>Sortie (dollars américains par million de jetons)</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>En vigueur depuis le</translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation>Remplacé le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Prices in force on %1.</source>
        <translation>Prix en vigueur le %1.</translation>
    </message>
</context>
<context>
    <name>ModelTexts</name>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 GPU-hours</source>
        <translation>%1 heures-GPU</translation>
    </message>
</context>
<context>
    <name>MoversSection</name>
    <message>
        <source>Nvidia lost about %1 to %2 of market value</source>
        <translation>Nvidia a perdu environ %1 à %2 de capitalisation boursière</translation>
    </message>
    <message>
        <source>Close %1 (%2) · intraday low %3 (%4)</source>
        <translation>Clôture %1 (%2) · plus bas de séance %3 (%4)</translation>
    </message>
    <message>
        <source>Why they fell</source>
        <translation>Pourquoi ils ont chuté</translation>
    </message>
</context>
<context>
    <name>OpennessSection</name>
    <message>
        <source>What each developer made public</source>
        <translation>Ce que chaque développeur a rendu public</translation>
    </message>
    <message>
        <source>Also show models released after January 2025 or without a known date</source>
        <translation>Afficher aussi les modèles sortis après janvier&#xa0;2025 ou sans date connue</translation>
    </message>
    <message>
        <source>—: not disclosed, or not in the app&apos;s data. Open weights are not open source: none of these releases includes its training data. Hover over a row for the details and sources. Click a column header to sort; select cells and press Ctrl+C to copy them for a spreadsheet.</source>
        <translation>—&#xa0;: non publié, ou absent des données de l’application. Poids ouverts ne veut pas dire open source&#xa0;: aucun de ces modèles n’est publié avec ses données d’entraînement. Survolez une ligne pour les détails et les sources. Cliquez sur un en-tête de colonne pour trier&#x202f;; sélectionnez des cellules et appuyez sur Ctrl+C pour les copier dans un tableur.</translation>
    </message>
    <message>
        <source>%1 bn</source>
        <translation>%1 Md</translation>
    </message>
    <message>
        <source>%1 bn total, %2 bn active per token</source>
        <translation>%1 Md au total, %2 Md actifs par jeton</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Développeur</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>Poids ouverts</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>PriceSection</name>
    <message>
        <source>The data has no price of R1 or o1 for that day.</source>
        <translation>Les données ne donnent aucun prix de R1 ou d’o1 pour ce jour-là.</translation>
    </message>
    <message>
        <source>API prices in force on %1, US dollars per million tokens</source>
        <translation>Prix des API en vigueur le %1, en dollars US par million de jetons</translation>
    </message>
    <message>
        <source>Input: tokens sent, not from the cache. Output: tokens generated; for reasoning models they include the chain of thought. List prices unless marked under the model. Hover over a row for its note. Select cells and press Ctrl+C to copy them.</source>
        <translation>Entrée&#xa0;: jetons envoyés, hors cache. Sortie&#xa0;: jetons générés&#x202f;; pour les modèles de raisonnement, ils comprennent la chaîne de raisonnement. Prix catalogue, sauf mention sous le modèle. Survolez une ligne pour sa note. Sélectionnez des cellules et appuyez sur Ctrl+C pour les copier.</translation>
    </message>
    <message>
        <source>Score on:</source>
        <translation>Score au test&#xa0;:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Output, times R1’s</source>
        <translation>Sortie, en multiple de R1</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1&#x202f;×</translation>
    </message>
    <message>
        <source>Input from the cache: %1 per million tokens</source>
        <translation>Entrée depuis le cache&#xa0;: %1 par million de jetons</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Output: %1 per million tokens · input: %2 per million tokens</source>
        <translation>Sortie&#xa0;: %1 par million de jetons · entrée&#xa0;: %2 par million de jetons</translation>
    </message>
</context>
<context>
    <name>RulesTimelineSection</name>
    <message>
        <source>From the first measures against Huawei to the case-by-case licences of the latest policy: the US rules and licence decisions, how chip makers answered, how Beijing reacted, and the market shock. Click an event (or use ← and →) to read what changed.</source>
        <translation>Des premières mesures contre Huawei aux licences au cas par cas de la dernière politique&#xa0;: les règles et décisions de licence américaines, les réponses des fabricants de puces, les réactions de Pékin et le choc boursier. Cliquez sur un événement (ou utilisez ← et →) pour lire ce qui a changé.</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Show the whole timeline again</source>
        <translation>Afficher de nouveau toute la chronologie</translation>
    </message>
    <message>
        <source>Ringed: the events that concern the %1.</source>
        <translation>Cerclés&#xa0;: les événements qui concernent la puce %1.</translation>
    </message>
</context>
<context>
    <name>SettingsNotice</name>
    <message>
        <source>The settings file %1 was damaged, so the app started with its default settings. The damaged file was kept as %2.</source>
        <translation>Le fichier de réglages %1 était endommagé&#xa0;: l’application a donc démarré avec ses réglages par défaut. Le fichier endommagé a été conservé sous le nom %2.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and no copy of it could be made, so the app uses its default settings and will not change that file.</source>
        <translation>Le fichier de réglages %1 est endommagé et aucune copie n’a pu en être faite&#xa0;: l’application utilise donc ses réglages par défaut et ne modifiera pas ce fichier.</translation>
    </message>
</context>
<context>
    <name>SizePicker</name>
    <message>
        <source>Too large: at most %1 pixels a side.</source>
        <translation>Trop grand&#xa0;: %1 pixels de côté au maximum.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Vector format: sharp at any size.</source>
        <translation>Format vectoriel&#xa0;: net à toutes les tailles.</translation>
    </message>
    <message>
        <source>16:9 slide, 1200 × 675</source>
        <translation>Diapositive 16:9, 1200 × 675</translation>
    </message>
    <message>
        <source>16:9 large, 2000 × 1125</source>
        <translation>Grand format 16:9, 2000 × 1125</translation>
    </message>
    <message>
        <source>Square, 1080 × 1080</source>
        <translation>Carré, 1080 × 1080</translation>
    </message>
    <message>
        <source>Portrait, 1080 × 1350</source>
        <translation>Portrait, 1080 × 1350</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 paysage</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <source>US Letter landscape</source>
        <translation>US Letter paysage</translation>
    </message>
    <message>
        <source>US Letter portrait</source>
        <translation>US Letter portrait</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <source>Figure size</source>
        <translation>Taille de la figure</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Keep proportions</source>
        <translation>Garder les proportions</translation>
    </message>
    <message>
        <source>Sharpness:</source>
        <translation>Netteté&#xa0;:</translation>
    </message>
    <message>
        <source>Pixels per point of the figure: 2× suits most screens and slides</source>
        <translation>Pixels par point de la figure&#xa0;: 2× convient à la plupart des écrans et des diapositives</translation>
    </message>
</context>
<context>
    <name>SourceLinks</name>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Title, publisher, date or web address</source>
        <translation>Titre, éditeur, date ou adresse web</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Sources cited in the app, grouped by tab</source>
        <translation>Sources citées dans l’application, regroupées par onglet</translation>
    </message>
    <message>
        <source>Double-click a source, or press Enter, to open it in your web browser. The app itself never loads these pages.</source>
        <translation>Double-cliquez sur une source, ou appuyez sur Entrée, pour l’ouvrir dans votre navigateur web. L’application elle-même ne charge jamais ces pages.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
    <message>
        <source>No source matches “%1”.</source>
        <translation>Aucune source ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Some data could not be read, so its sources are missing from this list.</source>
        <translation>Certaines données n’ont pas pu être lues&#xa0;: leurs sources manquent dans cette liste.</translation>
    </message>
</context>
<context>
    <name>TimelineControls</name>
    <message>
        <source>“%1” is not a date this field can read. Type it like %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date que ce champ sait lire. Saisissez-la sous la forme %2.</translation>
    </message>
    <message>
        <source>%1 is outside the price data (%2 to %3). The reference day stays %4.</source>
        <translation>Le %1 est hors des données de cours (du %2 au %3). Le jour de référence reste le %4.</translation>
    </message>
    <message>
        <source>%1 is not a trading day in the data (the markets were closed). The reference day stays %2.</source>
        <translation>Le %1 n’est pas un jour de bourse dans les données (les marchés étaient fermés). Le jour de référence reste le %2.</translation>
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
        <source>Equal moves in % as equal heights; offered for prices only</source>
        <translation>Des variations égales en&#x202f;% occupent la même hauteur&#x202f;; proposée pour les cours uniquement</translation>
    </message>
    <message>
        <source>Reference day:</source>
        <translation>Jour de référence&#xa0;:</translation>
    </message>
    <message>
        <source>Type a trading day, e.g. %1, then press Enter</source>
        <translation>Saisissez un jour de bourse, par exemple %1, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Pick the reference day in a calendar</source>
        <translation>Choisir le jour de référence dans un calendrier</translation>
    </message>
</context>
<context>
    <name>TimelineReadout</name>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>%1 · close %2</source>
        <translation>%1 · clôture %2</translation>
    </message>
    <message>
        <source>%1 (%2 on the day)</source>
        <translation>%1 (%2 sur la séance)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 Across a seam: this close and the reference close are of different kinds (as traded, dividend-adjusted), so the comparison is approximate.</source>
        <translation>%1 De part et d’autre d’une jonction&#xa0;: cette clôture et celle du jour de référence ne sont pas de même nature (telle que négociée, ajustée des dividendes)&#x202f;; la comparaison n’est qu’approximative.</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Reference day: %1. Undo with %2.</source>
        <translation>Jour de référence&#xa0;: %1. Annuler avec %2.</translation>
    </message>
    <message>
        <source>Reference day back to %1.</source>
        <translation>Retour au jour de référence du %1.</translation>
    </message>
    <message>
        <source>Use %1 as the reference day</source>
        <translation>Prendre le %1 comme jour de référence</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Only %1 is shown: click its legend entry to show all series.</source>
        <translation>Seule la série %1 est affichée&#xa0;: cliquez sur son entrée de légende pour revoir toutes les séries.</translation>
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
        <source>Back to the opening view: instruments, mode, reference day, range, event</source>
        <translation>Revenir à la vue de départ&#xa0;: valeurs, mode, jour de référence, période, événement</translation>
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
        <source>Undo the reference day change</source>
        <translation>Annuler le changement de jour de référence</translation>
    </message>
    <message>
        <source>Click an entry to show that series alone; click again to show all.</source>
        <translation>Cliquez sur une entrée pour n’afficher que cette série&#x202f;; cliquez de nouveau pour tout afficher.</translation>
    </message>
</context>
<context>
    <name>VerdictCounters</name>
    <message>
        <source>Verdicts:</source>
        <translation>Verdicts&#xa0;:</translation>
    </message>
    <message>
        <source>Revealed so far (%1 of %2):</source>
        <translation>Révélés jusqu’ici (%1 sur %2)&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>In classroom mode the counters count only the verdicts revealed so far</source>
        <translation>En mode classe, les compteurs ne tiennent compte que des verdicts déjà révélés</translation>
    </message>
    <message>
        <source>Show only the claims judged “%1”; press again to show them all</source>
        <translation>N’afficher que les affirmations jugées «&#xa0;%1&#xa0;»&#x202f;; appuyer de nouveau pour toutes les afficher</translation>
    </message>
</context>
<context>
    <name>VerdictFilterBox</name>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Show the claims with this verdict</source>
        <translation>Afficher les affirmations ayant ce verdict</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <source>Your chip</source>
        <translation>Votre puce</translation>
    </message>
    <message>
        <source>US export controls on AI chips: what each rule makes of %1</source>
        <translation>Contrôles américains à l’exportation des puces d’IA&#xa0;: ce que chaque règle fait de %1</translation>
    </message>
    <message>
        <source>Lines of the rule</source>
        <translation>Seuils de la règle</translation>
    </message>
    <message>
        <source>Thresholds as quoted in the rules; the January 2026 policy&apos;s other conditions (supply, volume cap, testing) are not taken into account.</source>
        <translation>Seuils tels que cités dans les règles&#x202f;; les autres conditions de la politique de janvier&#xa0;2026 (approvisionnement, plafond de volume, tests) ne sont pas prises en compte.</translation>
    </message>
    <message>
        <source>Worked out with %1.</source>
        <translation>Établi avec «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>DeepSeek Shock Explainer</source>
        <translation>Le choc DeepSeek expliqué</translation>
    </message>
    <message>
        <source>%1 (= %2 × %3 bits)</source>
        <translation>%1 (= %2&#xa0;×&#xa0;%3&#xa0;bits)</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the die area</comment>
        <translation>inconnue</translation>
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
        <translation>Densité de performance</translation>
    </message>
    <message>
        <source>Die area</source>
        <translation>Surface de puce</translation>
    </message>
    <message>
        <source>Chip-to-chip bandwidth</source>
        <translation>Bande passante entre puces</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>Bande passante mémoire</translation>
    </message>
    <message>
        <source>Designed or marketed for datacenters</source>
        <translation>Conçue ou vendue pour les centres de données</translation>
    </message>
    <message>
        <source>Not designed or marketed for datacenters</source>
        <translation>Ni conçue ni vendue pour les centres de données</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Accurate</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>Imprecise</source>
        <translation>Imprécis</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Trompeur</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Invérifiable</translation>
    </message>
</context>
<context>
    <name>WhySection</name>
    <message>
        <source>Why did it fall?</source>
        <translation>Pourquoi cette chute&#x202f;?</translation>
    </message>
    <message>
        <source>Why Nvidia and the AI trade fell on 27 January 2025, as the press reported it, with sources</source>
        <translation>Pourquoi Nvidia et les valeurs de l’IA ont chuté le 27&#xa0;janvier&#xa0;2025, d’après la presse, avec les sources</translation>
    </message>
    <message>
        <source>What the press reported and what was said, in short. Quotes keep their original words, with our translation; sources under each paragraph.</source>
        <translation>Ce que la presse a rapporté et ce qui a été dit, en bref. Les citations gardent leurs mots d’origine, avec notre traduction&#x202f;; les sources figurent sous chaque paragraphe.</translation>
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
        <translation>Traduction&#xa0;: %1</translation>
    </message>
</context>
</TS>
