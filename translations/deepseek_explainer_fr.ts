<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <source>Market timeline</source>
        <translation>Évolution des marchés</translation>
    </message>
    <message>
        <source>This tab will chart how Nvidia, the other chip makers, big tech, power companies and the indices moved around Monday 27 January 2025. The events that drove them will be marked on the chart.</source>
        <translation>Cet onglet retracera l’évolution de Nvidia, des autres fabricants de puces, des géants de la tech, des producteurs d’électricité et des indices autour du lundi 27 janvier 2025. Les événements qui les ont fait bouger seront signalés sur le graphique.</translation>
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
</TS>
