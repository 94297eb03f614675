<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
    <context>
        <name>RksdAnalyses</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="95" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="95" />
            <source>Analyses</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="136" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="137" />
            <source>One-way field of the network (optional)</source>
            <translation>Veld voor eenrichtingsverkeer van het netwerk (optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="142" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="142" />
            <source>Topology tolerance (m; 0: line ends must coincide exactly)</source>
            <translation>Topologietolerantie (m; 0: lijnuiteinden moeten precies samenvallen)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="196" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="193" />
            <source>Road network</source>
            <translation>Wegennetwerk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="188" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="188" />
            <source>No road network given: distances are straight-line (hemelsbreed).</source>
            <translation>Geen wegennetwerk opgegeven: afstanden zijn hemelsbreed.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="191" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="191" />
            <source>Road network: the layer is empty.</source>
            <translation>Wegennetwerk: de laag is leeg.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="200" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="200" />
            <source>Road network: no line segments with a length were found.</source>
            <translation>Wegennetwerk: er zijn geen lijnsegmenten met een lengte gevonden.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="131" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="133" />
            <source>Road network (optional; without it: straight-line distances)</source>
            <translation>Wegennetwerk (optioneel; zonder: hemelsbrede afstanden)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="195" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="195" />
            <source>Reading the road network ({count} features)...</source>
            <translation>Het wegennetwerk wordt gelezen ({count} objecten)…</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="208" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="208" />
            <source>Road graph: {nodes} nodes, {segments} segments, {parts} connected part(s).</source>
            <translation>Wegengraaf: {nodes} knopen, {segments} segmenten, {parts} samenhangende deel/delen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="166" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="167" />
            <source>{layer}: the layer is empty (or nothing is selected), there is nothing to analyse.</source>
            <translation>{layer}: de laag is leeg (of er is niets geselecteerd), er valt niets te analyseren.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="175" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="176" />
            <source>{layer}: field '{field}' does not exist.</source>
            <translation>{layer}: veld '{field}' bestaat niet.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="178" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="179" />
            <source>{layer}: field '{field}' is not numeric.</source>
            <translation>{layer}: veld '{field}' is niet numeriek.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="202" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="202" />
            <source>The road network was reprojected from {crs} to EPSG:28992 (metres).</source>
            <translation>Het wegennetwerk is geherprojecteerd van {crs} naar EPSG:28992 (meters).</translation>
        </message>
    </context>
    <context>
        <name>RksdAtlas</name>
        <message>
            <location filename="../rksd_plugin/report/task.py" line="37" />
            <location filename="../rksd_plugin/report/task.py" line="37" />
            <source>RKSD atlas ({level})</source>
            <translation>RKSD-atlas ({level})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/report/task.py" line="79" />
            <location filename="../rksd_plugin/report/task.py" line="80" />
            <source>Atlas written: {path} ({pages} pages, {seconds:.1f} s)</source>
            <translation>Atlas geschreven: {path} ({pages} pagina's, {seconds:.1f} s)</translation>
        </message>
    </context>
    <context>
        <name>RksdAtlasAlgorithm</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="40" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="40" />
            <source>Atlas Sociaal Domein (PDF)</source>
            <translation>Atlas Sociaal Domein (pdf)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="43" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="43" />
            <source>Reports</source>
            <translation>Rapporten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="52" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="52" />
            <source>A PDF atlas with a page per buurt or wijk and a gemeente map per question, from a GeoPackage written by RKSD.</source>
            <translation>Een pdf-atlas met een pagina per buurt of wijk en een gemeentekaart per vraag, uit een GeoPackage die RKSD heeft geschreven.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="59" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="59" />
            <source>&lt;p&gt;Makes the Atlas Sociaal Domein from a GeoPackage that RKSD wrote (the panel, the demo or an offline package): a method-and-sources page with a register, a gemeente map for each of the six questions, then one page per buurt or wijk with a map of the area in its surroundings, its position among the buurten of the gemeente, and a table with every index and component - the area, the gemeente and Nederland, with a cue for higher or lower. Missing values read 'geheim / onbekend', model estimates are marked with *.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Templates&lt;/b&gt;: the pages are QGIS print layout templates (.qpt). Copy the RKSD templates from the plugin's resources/layouts folder, restyle them in the layout designer (house colours, logo, fonts) and choose your copy here; the item ids listed in docs/atlas.md must stay. Your template is only read.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Own texts&lt;/b&gt;: a CSV with two columns, code;tekst (UTF-8, ';' or ','), prints a text on the page of that buurt or wijk; the code 'inleiding' gives the introduction.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Maakt de Atlas Sociaal Domein uit een GeoPackage die RKSD heeft geschreven (het paneel, de demo of een offline pakket): een pagina met methode en bronnen en een register, een gemeentekaart voor elk van de zes vragen, en daarna één pagina per buurt of wijk met een kaart van het gebied in zijn omgeving, de positie onder de buurten van de gemeente en een tabel met elke index en component: het gebied, de gemeente en Nederland, met een aanwijzing voor hoger of lager. Ontbrekende waarden staan er als 'geheim / onbekend', modelschattingen zijn gemarkeerd met *.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sjablonen&lt;/b&gt;: de pagina's zijn QGIS-afdrukopmaaksjablonen (.qpt). Kopieer de RKSD-sjablonen uit de map resources/layouts van de plugin, pas ze aan in de opmaakontwerper (huiskleuren, logo, lettertypen) en kies hier uw kopie; de item-id's uit docs/atlas.md moeten blijven staan. Uw sjabloon wordt alleen gelezen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Eigen teksten&lt;/b&gt;: een CSV met twee kolommen, code;tekst (UTF-8, ';' of ','), drukt een tekst af op de pagina van die buurt of wijk; de code 'inleiding' geeft de inleiding.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="90" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="90" />
            <source>Introduction (optional)</source>
            <translation>Inleiding (optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="56" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="56" />
            <source>atlas,rapport,report,pdf,buurt,wijk,sociaal domein,print layout</source>
            <translation>atlas,rapport,report,pdf,buurt,wijk,sociaal domein,afdrukopmaak,print layout</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="75" />
            <source>RKSD GeoPackage</source>
            <translation>RKSD-GeoPackage</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="76" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="77" />
            <source>One page per</source>
            <translation>Eén pagina per</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="78" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="79" />
            <source>Language of the atlas</source>
            <translation>Taal van de atlas</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="80" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="81" />
            <source>Area page template (.qpt, optional)</source>
            <translation>Sjabloon gebiedspagina (.qpt, optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="83" />
            <source>Own texts per buurt or wijk (CSV: code;tekst, optional)</source>
            <translation>Eigen teksten per buurt of wijk (CSV: code;tekst, optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="85" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="85" />
            <source>Question map template (.qpt, optional)</source>
            <translation>Sjabloon vraagkaart (.qpt, optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="85" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="86" />
            <source>Method page template (.qpt, optional)</source>
            <translation>Sjabloon methodepagina (.qpt, optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="94" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="95" />
            <source>Atlas PDF</source>
            <translation>Atlas-pdf</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="94" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="95" />
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="96" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="96" />
            <source>Pages</source>
            <translation>Pagina's</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="76" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="77" />
            <source>buurt</source>
            <translation>buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="76" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="77" />
            <source>wijk</source>
            <translation>wijk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="79" />
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="79" />
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="117" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="117" />
            <source>Cancelled: no PDF was written.</source>
            <translation>Geannuleerd: er is geen pdf geschreven.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="122" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="122" />
            <source>{pages} pages ({areas} areas, {opening} opening pages) in {seconds:.1f} s.</source>
            <translation>{pages} pagina's ({areas} gebieden, {opening} openingspagina's) in {seconds:.1f} s.</translation>
        </message>
    </context>
    <context>
        <name>RksdBuurtPanel</name>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="332" />
            <source>secret / unknown</source>
            <translation>geheim / onbekend</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_chart.py" line="37" />
            <source>Chart: buurt compared with gemeente and Netherlands</source>
            <translation>Grafiek: buurt vergeleken met gemeente en Nederland</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_chart.py" line="38" />
            <source>Bar: this buurt. Black line: the gemeente. Orange diamond: the Netherlands. Each row runs from 0 to the highest buurt in the gemeente.</source>
            <translation>Balk: deze buurt. Zwarte streep: de gemeente. Oranje ruit: Nederland. Elke regel loopt van 0 tot de hoogste buurt in de gemeente.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_chart.py" line="101" />
            <source>buurt</source>
            <translation>buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_chart.py" line="102" />
            <source>gemeente</source>
            <translation>gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="112" />
            <source>Netherlands</source>
            <translation>Nederland</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="134" />
            <source>higher = more risk</source>
            <translation>hoger = meer risico</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="134" />
            <source>lower = more risk</source>
            <translation>lager = meer risico</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="62" />
            <source>no risk direction</source>
            <translation>geen risicorichting</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="83" />
            <source>Make the question maps first (or load the Maastricht sample); then pick a buurt on the map or in the list.</source>
            <translation>Maak eerst de vraagkaarten (of laad het voorbeeld Maastricht); kies daarna een buurt op de kaart of in de lijst.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="91" />
            <source>Choose a buurt of the gemeente</source>
            <translation>Kies een buurt van de gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="99" />
            <source>Pick on map</source>
            <translation>Aanwijzen op kaart</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="101" />
            <source>Click a buurt on the map to show its figures</source>
            <translation>Klik op een buurt op de kaart om de cijfers te tonen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="112" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="112" />
            <source>Buurt</source>
            <translation>Buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="112" />
            <source>Gemeente</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="239" />
            <source>&lt;b&gt;{name}&lt;/b&gt; ({code}), wijk {wijk}; {inhabitants} inhabitants</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ({code}), wijk {wijk}; {inhabitants} inwoners</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="299" />
            <source>too few inhabitants: not ranked</source>
            <translation>te weinig inwoners: niet gerangschikt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="301" />
            <source>no index (too few components)</source>
            <translation>geen index (te weinig componenten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="303" />
            <source>index {value} ({method})</source>
            <translation>index {value} ({method})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="337" />
            <source>not available</source>
            <translation>niet beschikbaar</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="342" />
            <source>wijk</source>
            <translation>wijk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="349" />
            <source>model estimate (RIVM): not a count</source>
            <translation>modelschatting (RIVM): geen telling</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="353" />
            <source>score in the index: {}</source>
            <translation>score in de index: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="134" />
            <source>model estimate (RIVM)</source>
            <translation>modelschatting (RIVM)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="134" />
            <source>value of the wijk</source>
            <translation>waarde van de wijk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="187" />
            <source>choose a buurt</source>
            <translation>kies een buurt</translation>
        </message>
    </context>
    <context>
        <name>RksdDock</name>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="93" />
            <source>Maps</source>
            <translation>Kaarten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="94" />
            <source>Choose a gemeente, a year and questions</source>
            <translation>Kies een gemeente, een jaar en vragen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="98" />
            <source>Buurt</source>
            <translation>Buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="99" />
            <source>Every indicator of one buurt</source>
            <translation>Alle indicatoren van één buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="107" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="108" />
            <source>Offline mode, cache, packages and settings</source>
            <translation>Offline werken, cache, pakketten en instellingen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="29" />
            <source>CBS, RIVM and Politie figures per buurt that answer six questions about the social domain, as maps in your project.</source>
            <translation>Cijfers van CBS, RIVM en Politie per buurt die zes vragen over het sociaal domein beantwoorden, als kaarten in uw project.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="34" />
            <source>1. Gemeente</source>
            <translation>1. Gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="37" />
            <source>2. Year</source>
            <translation>2. Jaar</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="40" />
            <source>Only years for which CBS figures and PDOK boundaries both exist</source>
            <translation>Alleen jaren waarvoor zowel CBS-cijfers als PDOK-grenzen bestaan</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="46" />
            <source>3. Questions</source>
            <translation>3. Vragen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="57" />
            <source>4. Maps</source>
            <translation>4. Kaarten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="58" />
            <source>Fetch and map</source>
            <translation>Ophalen en kaarten maken</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="61" />
            <source>Download (or read from the cache) the figures and boundaries, compute the indices, save a GeoPackage and add a layer group per question</source>
            <translation>Download (of lees uit de cache) de cijfers en grenzen, bereken de indexen, bewaar een GeoPackage en voeg per vraag een lagengroep toe</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="65" />
            <source>Load the Maastricht sample (offline)</source>
            <translation>Voorbeeld Maastricht laden (offline)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="67" />
            <source>A first look without internet: Maastricht 2024 from the sample shipped with the plugin</source>
            <translation>Een eerste kennismaking zonder internet: Maastricht 2024 uit het voorbeeld dat met de plugin wordt meegeleverd</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="75" />
            <source>Progress</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="77" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="79" />
            <source>Stop; nothing half-written is left behind</source>
            <translation>Stoppen; er blijft niets half weggeschreven achter</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="159" />
            <source>RKSD: list of gemeenten {}</source>
            <translation>RKSD: lijst van gemeenten {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="187" />
            <source>Tick at least one question.</source>
            <translation>Vink ten minste één vraag aan.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="242" />
            <source>RKSD: {}</source>
            <translation>RKSD: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="251" />
            <source>from CBS and PDOK (or the cache)</source>
            <translation>van CBS en PDOK (of uit de cache)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="299" />
            <source>{label}: {features} buurten, {matched} with CBS figures, {questions} question maps in {seconds:.1f} s. Saved in {path}</source>
            <translation>{label}: {features} buurten, {matched} met CBS-cijfers, {questions} vraagkaarten in {seconds:.1f} s. Opgeslagen in {path}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="310" />
            <source>Maps ready: {}</source>
            <translation>Kaarten klaar: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="334" />
            <source>Cancelled; nothing was written.</source>
            <translation>Geannuleerd; er is niets weggeschreven.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="346" />
            <source>(Details: log panel, tab RKSD.)</source>
            <translation>(Details: logberichtenpaneel, tabblad RKSD.)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="354" />
            <source>A package is being prepared already.</source>
            <translation>Er wordt al een pakket voorbereid.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="367" />
            <source>RKSD: preparing an offline package</source>
            <translation>RKSD: offline pakket voorbereiden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="373" />
            <source>Preparing the offline package; follow it in the task manager.</source>
            <translation>Het offline pakket wordt voorbereid; volg de voortgang in taakbeheer.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="385" />
            <source>Offline package ready ({size:.1f} MB): {path}</source>
            <translation>Offline pakket klaar ({size:.1f} MB): {path}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="406" />
            <source>RKSD: downloading the catalog</source>
            <translation>RKSD: catalogus downloaden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="426" />
            <source>The configured catalog is not used: {}</source>
            <translation>De ingestelde catalogus wordt niet gebruikt: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="455" />
            <source>Catalog {version} ({date}) in use.</source>
            <translation>Catalogus {version} ({date}) in gebruik.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="476" />
            <source>No buurt of {} at this spot.</source>
            <translation>Op deze plek ligt geen buurt van {}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/gemeente_picker.py" line="29" />
            <source>Name or code, e.g. Maastricht or GM0935</source>
            <translation>Naam of code, bijv. Maastricht of GM0935</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/gemeente_picker.py" line="30" />
            <source>Type (part of) the name or the code of a gemeente. Former gemeenten are found too: Uden leads to Maashorst.</source>
            <translation>Typ (een deel van) de naam of de code van een gemeente. Voormalige gemeenten worden ook gevonden: Uden leidt naar Maashorst.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/gemeente_picker.py" line="82" />
            <source>{new}: {old} merged into it in {year}.</source>
            <translation>{new}: {old} is hierin opgegaan in {year}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="49" />
            <source>Social domain per buurt</source>
            <translation>Sociaal domein per buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="251" />
            <source>from the offline package "{}"</source>
            <translation>uit het offline pakket „{}”</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="253" />
            <source>Working on {label}, {source}...</source>
            <translation>Bezig met {label}, {source}…</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="264" />
            <source>Cancelling...</source>
            <translation>Annuleren…</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="575" />
            <source>{source}: no table of {year}; {table} of {older} used.</source>
            <translation>{source}: geen tabel van {year}; {table} van {older} gebruikt.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="581" />
            <source>Not yet filled in by CBS for {year}: {measures}; figures of {older} used, shown as {older}*.</source>
            <translation>Nog niet ingevuld door het CBS voor {year}: {measures}; cijfers van {older} gebruikt, getoond als {older}*.</translation>
        </message>
    </context>
    <context>
        <name>RksdErrors</name>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="21" />
            <source>Something went wrong.</source>
            <translation>Er ging iets mis.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="45" />
            <source>Could not download {url}: {reason}.</source>
            <translation>Kon {url} niet downloaden: {reason}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="54" />
            <source>The server did not answer within {timeout:g} s: {url}.</source>
            <translation>De server antwoordde niet binnen {timeout:g} s: {url}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="60" />
            <source>The server answered HTTP {status} for {url}.</source>
            <translation>De server antwoordde HTTP {status} voor {url}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="66" />
            <source>The service is busy or disturbed; try again later or work offline.</source>
            <translation>De dienst is druk of verstoord; probeer het later opnieuw of werk offline.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="80" />
            <source>Offline mode: the cache holds no answer for {url}.</source>
            <translation>Offline werken: de cache heeft geen antwoord voor {url}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="91" />
            <source>A download was attempted outside the plugin's network transport: {url}.</source>
            <translation>Er werd geprobeerd te downloaden buiten het netwerktransport van de plugin om: {url}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="97" />
            <source>The answer from {url} is not what was expected: {detail}.</source>
            <translation>Het antwoord van {url} is niet wat werd verwacht: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="100" />
            <source>The service may have changed or be disturbed; try again later.</source>
            <translation>De dienst is mogelijk gewijzigd of verstoord; probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="106" />
            <source>Gemeente {code} does not exist in {table} ({year}).</source>
            <translation>Gemeente {code} bestaat niet in {table} ({year}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="109" />
            <source>Check the code (GM followed by four digits, e.g. GM0935) and the year.</source>
            <translation>Controleer de code (GM gevolgd door vier cijfers, bijv. GM0935) en het jaar.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="115" />
            <source>'{code}' is not a valid {level} code.</source>
            <translation>'{code}' is geen geldige {level}code.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="116" />
            <source>Use GM plus 4 digits, WK plus 6 or BU plus 8 characters.</source>
            <translation>Gebruik GM plus 4 cijfers, WK plus 6 of BU plus 8 tekens.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="122" />
            <source>There is no {source} table for {year}; available years: {years}.</source>
            <translation>Er is geen {source}-tabel voor {year}; beschikbare jaren: {years}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="155" />
            <source>{what} returned no features for {code}: {url}.</source>
            <translation>{what} gaf geen objecten voor {code}: {url}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="159" />
            <source>The catalog {source} is refused: {detail}.</source>
            <translation>De catalogus {source} wordt geweigerd: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="160" />
            <source>The current catalog stays in use. Fix the file or choose another one.</source>
            <translation>De huidige catalogus blijft in gebruik. Herstel het bestand of kies een ander.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="166" />
            <source>Formula '{formula}' is not allowed: {detail}.</source>
            <translation>Formule '{formula}' is niet toegestaan: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="170" />
            <source>Cancelled; nothing was written.</source>
            <translation>Geannuleerd; er is niets weggeschreven.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="26" />
            <source>No gemeente matches '{text}'.</source>
            <translation>Geen gemeente past bij '{text}'.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="27" />
            <source>Type (part of) the name or the code, e.g. Maastricht or GM0935, and pick it from the list.</source>
            <translation>Typ (een deel van) de naam of de code, bijv. Maastricht of GM0935, en kies uit de lijst.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="33" />
            <source>'{text}' matches several gemeenten: {names}.</source>
            <translation>'{text}' past bij meerdere gemeenten: {names}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="34" />
            <source>Pick one from the list.</source>
            <translation>Kies er een uit de lijst.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="38" />
            <source>{name} ({code}) was divided over {names} in {year}.</source>
            <translation>{name} ({code}) is in {year} verdeeld over {names}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="41" />
            <source>Pick the gemeente that holds the buurten you are interested in.</source>
            <translation>Kies de gemeente waarin de buurten liggen die u zoekt.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/report/gpkg_reader.py" line="20" />
            <source>{path} is not a GeoPackage written by RKSD ({detail}).</source>
            <translation>{path} is geen GeoPackage die door RKSD is geschreven ({detail}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/report/gpkg_reader.py" line="21" />
            <source>Choose the GeoPackage the RKSD panel or the demo wrote for a gemeente.</source>
            <translation>Kies de GeoPackage die het RKSD-paneel of de demo voor een gemeente heeft geschreven.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/report/template.py" line="26" />
            <source>The layout template {path} cannot be used: {detail}.</source>
            <translation>Het opmaaksjabloon {path} is niet bruikbaar: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/report/template.py" line="27" />
            <source>Start from a copy of the RKSD template and keep the item ids listed in docs/atlas.md.</source>
            <translation>Begin met een kopie van het RKSD-sjabloon en behoud de item-id's uit docs/atlas.md.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="133" />
            <source>Choose one of these years, or load a newer catalog that knows this year's service.</source>
            <translation>Kies een van deze jaren, of laad een nieuwere catalogus die de dienst van dit jaar kent.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="186" />
            <source>The catalog at {url} is larger than the limit of {limit}.</source>
            <translation>De catalogus op {url} is groter dan de grens van {limit}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="187" />
            <source>The metadata answer from {url} is larger than the limit of {limit}.</source>
            <translation>Het metadata-antwoord van {url} is groter dan de grens van {limit}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="189" />
            <source>A data page from {url} is larger than the limit of {limit}.</source>
            <translation>Een datapagina van {url} is groter dan de grens van {limit}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="190" />
            <source>A geometry page from {url} is larger than the limit of {limit}.</source>
            <translation>Een geometriepagina van {url} is groter dan de grens van {limit}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="201" />
            <source>The download of {url} did not finish within the limit of {deadline:g} s per request.</source>
            <translation>Het downloaden van {url} was niet klaar binnen de grens van {deadline:g} s per verzoek.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="207" />
            <source>{url} redirects to {target}, which is not a host of the same service: not followed.</source>
            <translation>{url} verwijst door naar {target}, geen host van dezelfde dienst: niet gevolgd.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="218" />
            <source>The stored answer for {url} is damaged ({detail}) and was set aside.</source>
            <translation>Het bewaarde antwoord voor {url} is beschadigd ({detail}) en is terzijde gelegd.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="235" />
            <source>The offline package {path} cannot be used: {detail}.</source>
            <translation>Het offline pakket {path} is niet bruikbaar: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="236" />
            <source>Ask for a new copy of the package (the file may be damaged or incomplete).</source>
            <translation>Vraag om een nieuwe kopie van het pakket (het bestand is mogelijk beschadigd of onvolledig).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="242" />
            <source>The own texts file {path} cannot be read: {detail}.</source>
            <translation>Het bestand met eigen teksten {path} kan niet worden gelezen: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="250" />
            <source>The GeoPackage {path} could not be written ({step}: {reason}).</source>
            <translation>Het GeoPackage {path} kon niet worden geschreven ({step}: {reason}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/code_mismatch.py" line="12" />
            <source>{source} ({table}): {unknown} {level} code(s) not in this year's indeling; {without} populated {level}(s) ({inhabitants} inhabitants) get no value for: {indicators}.</source>
            <translation>{source} ({table}): {unknown} {level}code(s) niet in de indeling van dit jaar; {without} bewoonde {level}(en) ({inhabitants} inwoners) krijgen geen waarde voor: {indicators}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="227" />
            <source>{service} seems to be disturbed: {attempts} attempts failed. See {status_page} for announcements and try again later; what was downloaded is kept, so the next run continues from there.</source>
            <translation>{service} lijkt verstoord: {attempts} pogingen mislukten. Kijk op {status_page} voor meldingen en probeer het later opnieuw; wat al is gedownload blijft bewaard, dus de volgende keer gaat het verder waar het stopte.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="46" />
            <source>Check the internet connection and the proxy settings in QGIS (Settings &gt; Options &gt; Network), or work offline from a prepared package.</source>
            <translation>Controleer de internetverbinding en de proxy-instellingen in QGIS (Extra &gt; Opties &gt; Netwerk), of werk offline met een voorbereid pakket.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="61" />
            <source>The table or service is not (or no longer) at this address; a newer catalog may know where it moved.</source>
            <translation>De tabel of dienst staat niet (meer) op dit adres; een nieuwere catalogus weet misschien waar die nu staat.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="83" />
            <source>Switch offline mode off to download it, or load an offline package that contains this gemeente and year.</source>
            <translation>Zet offline werken uit om het te downloaden, of laad een offline pakket met deze gemeente en dit jaar.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="128" />
            <source>The catalog names no PDOK service with the wijk- en buurtkaart {year}; years with boundaries: {years}.</source>
            <translation>De catalogus noemt geen PDOK-dienst met de wijk- en buurtkaart {year}; jaren met grenzen: {years}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="139" />
            <source>Measure '{measure}' (key {stem}, title '{title}', used by indicator {indicators}) is not in table {table}. Nearest candidates: {candidates}.</source>
            <translation>Maat '{measure}' (sleutel {stem}, titel '{title}', gebruikt door indicator {indicators}) staat niet in tabel {table}. Dichtstbijzijnde kandidaten: {candidates}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="148" />
            <source>CBS may have renamed or dropped it; update the catalog or choose another year.</source>
            <translation>Het CBS heeft deze misschien hernoemd of geschrapt; werk de catalogus bij of kies een ander jaar.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="177" />
            <source>If the answer is genuine, raise the limit under RKSD &gt; Offline &gt; Settings &gt; Limits; otherwise try again later.</source>
            <translation>Is het antwoord echt, verhoog dan de grens onder RKSD &gt; Offline &gt; Instellingen &gt; Grenzen; probeer het anders later opnieuw.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="210" />
            <source>If that address is genuine (a mirror or gateway of your organisation), add its host under RKSD &gt; Offline &gt; Settings &gt; Limits &gt; Allowed redirect hosts.</source>
            <translation>Is dat adres echt (een spiegel of gateway van uw organisatie), voeg de host dan toe onder RKSD &gt; Offline &gt; Instellingen &gt; Grenzen &gt; Toegestane hosts voor doorverwijzing.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="221" />
            <source>Work online once so it is downloaded again, or load the offline package again from its zip file.</source>
            <translation>Werk één keer online zodat het opnieuw wordt gedownload, of laad het offline pakket opnieuw uit het zipbestand.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="243" />
            <source>Save it from Excel as CSV (semicolon, comma or tab separated) with two columns: code and text.</source>
            <translation>Sla het in Excel op als CSV (gescheiden door puntkomma, komma of tab) met twee kolommen: code en tekst.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="251" />
            <source>An earlier file at that place is unchanged. Check the free disk space and that the output folder can be written.</source>
            <translation>Een eerder bestand op die plek is ongewijzigd. Controleer de vrije schijfruimte en of in de uitvoermap geschreven kan worden.</translation>
        </message>
    </context>
    <context>
        <name>RksdLangerThuis</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="29" />
            <source>Supermarket</source>
            <translation>Supermarkt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="29" />
            <source>GP practice (huisarts)</source>
            <translation>Huisartsenpraktijk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="29" />
            <source>Pharmacy (apotheek)</source>
            <translation>Apotheek</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="29" />
            <source>Meeting place or care (ontmoeting/zorg)</source>
            <translation>Ontmoetingsplek of zorg</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="29" />
            <source>Physiotherapy (fysio)</source>
            <translation>Fysiotherapie</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="29" />
            <source>Public-transport stop (OV-halte)</source>
            <translation>OV-halte</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="72" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="72" />
            <source>Suitability for living at home longer</source>
            <translation>Geschiktheid om langer thuis te wonen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="75" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="75" />
            <source>A score per buurt (and per address) from the distances to daily facilities, with the demand side.</source>
            <translation>Een score per buurt (en per adres) uit de afstanden tot dagelijkse voorzieningen, met de vraagkant.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="81" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="81" />
            <source>&lt;p&gt;Answers 'which locations are suitable for living at home longer?' (question 4).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Access components.&lt;/b&gt; Distance to a supermarket, huisarts, apotheek, a meeting place or care facility, physiotherapy and a public-transport stop. Each comes either from a distance field on the buurten (CBS 'Nabijheid voorzieningen', in km by default) or, when no field is chosen, is computed from your own facility layer with the category values listed (over the road network if given, otherwise straight-line), per address or CBS vierkant when a population layer is given, else per sample point.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Points.&lt;/b&gt; Each distance gets points by class: with the default thresholds 500 m, 1 km and 3 km the classes &amp;le; 500 m, 500 m&amp;ndash;1 km, 1&amp;ndash;3 km and &amp;gt; 3 km score 100, 67, 33 and 0.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score.&lt;/b&gt; The weighted mean of the known components (weights renormalised; missing components are listed in &lt;i&gt;ontbrekende_componenten&lt;/i&gt;, never counted as 0). Default weights follow published practice: supermarkt 52, huisarts 12, apotheek 12, ontmoeting/zorg 12, fysio 6; the OV-halte weight 6 is an RKSD default that makes the total 100. All weights and thresholds are parameters. Classes: goed (&amp;ge; 75), redelijk (50&amp;ndash;75), matig (25&amp;ndash;50), beperkt (&amp;lt; 25).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demand side.&lt;/b&gt; The share of 65+ (and 75+ where available) is copied, and &lt;i&gt;aandacht&lt;/i&gt; = 1 marks buurten with a share of 65+ at or above the median and a score below 50. A dwelling-stock proxy field (e.g. share of single-family or zero-step dwellings) is copied and scored only if you give it a weight.&lt;/p&gt;&lt;p&gt;&lt;b&gt;About CBS distances.&lt;/b&gt; CBS distances are road distances from all addresses in the buurt, averaged over the inhabitants, to the nearest facility in CBS's registers. They are not walking routes, and the facility registers differ from OpenStreetMap or a gemeente's own list.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Beantwoordt 'welke locaties zijn geschikt om langer thuis te wonen?' (vraag 4).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Componenten voor toegang.&lt;/b&gt; Afstand tot een supermarkt, huisarts, apotheek, een ontmoetingsplek of zorgvoorziening, fysiotherapie en een OV-halte. Elke afstand komt uit een afstandsveld op de buurten (CBS 'Nabijheid voorzieningen', standaard in km) of wordt, als er geen veld is gekozen, berekend uit uw eigen voorzieningenlaag met de opgegeven categoriewaarden (over het wegennetwerk als dat is opgegeven, anders hemelsbreed), per adres of CBS-vierkant als er een bevolkingslaag is, anders per steekproefpunt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Punten.&lt;/b&gt; Elke afstand krijgt punten per klasse: met de standaarddrempels 500 m, 1 km en 3 km scoren de klassen &amp;le; 500 m, 500 m&amp;ndash;1 km, 1&amp;ndash;3 km en &amp;gt; 3 km 100, 67, 33 en 0.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score.&lt;/b&gt; Het gewogen gemiddelde van de bekende componenten (gewichten opnieuw genormaliseerd; ontbrekende componenten staan in &lt;i&gt;ontbrekende_componenten&lt;/i&gt; en tellen nooit als 0). De standaardgewichten volgen de gepubliceerde praktijk: supermarkt 52, huisarts 12, apotheek 12, ontmoeting/zorg 12, fysio 6; het gewicht 6 voor de OV-halte is een RKSD-standaard die het totaal op 100 brengt. Alle gewichten en drempels zijn parameters. Klassen: goed (&amp;ge; 75), redelijk (50&amp;ndash;75), matig (25&amp;ndash;50), beperkt (&amp;lt; 25).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vraagkant.&lt;/b&gt; Het aandeel 65-plussers (en 75-plussers waar beschikbaar) wordt overgenomen, en &lt;i&gt;aandacht&lt;/i&gt; = 1 markeert buurten met een aandeel 65-plussers op of boven de mediaan en een score onder 50. Een veld voor de woningvoorraad (bijv. het aandeel eengezins- of nultredenwoningen) wordt overgenomen en alleen meegeteld als u het een gewicht geeft.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Over CBS-afstanden.&lt;/b&gt; CBS-afstanden zijn afstanden over de weg vanaf alle adressen in de buurt, gemiddeld over de inwoners, tot de dichtstbijzijnde voorziening in de registers van het CBS. Het zijn geen looproutes, en de voorzieningenregisters verschillen van OpenStreetMap of de eigen lijst van een gemeente.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="133" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="133" />
            <source>Sample point spacing without a population layer (m)</source>
            <translation>Afstand tussen steekproefpunten zonder bevolkingslaag (m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="149" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="149" />
            <source>Weight: dwelling-stock proxy (0: shown, not scored)</source>
            <translation>Gewicht: indicator woningvoorraad (0: getoond, niet meegeteld)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="150" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="150" />
            <source>A higher dwelling-stock share is better</source>
            <translation>Een hoger aandeel in de woningvoorraad is beter</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="169" />
            <source>Buurten</source>
            <translation>Buurten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="78" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="78" />
            <source>langer thuis wonen,ouderen,voorzieningen,nabijheid,score,ageing in place,elderly</source>
            <translation>langer thuis wonen,ouderen,voorzieningen,nabijheid,score,ageing in place,elderly</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="106" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="107" />
            <source>Buurten (polygons)</source>
            <translation>Buurten (vlakken)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="112" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="113" />
            <source>Unit of the distance fields</source>
            <translation>Eenheid van de afstandsvelden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="114" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="115" />
            <source>Own facilities (optional; used for components without a distance field)</source>
            <translation>Eigen voorzieningen (optioneel; voor componenten zonder afstandsveld)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="117" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="118" />
            <source>Category field of the facilities</source>
            <translation>Categorieveld van de voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="127" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="128" />
            <source>Addresses or CBS 100 m vierkanten (optional: scores per address, weighted per buurt)</source>
            <translation>Adressen of CBS-vierkanten van 100 m (optioneel: scores per adres, gewogen per buurt)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="130" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="131" />
            <source>Population weight field (optional; e.g. inwoners)</source>
            <translation>Gewichtsveld bevolking (optioneel; bijv. inwoners)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="138" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="139" />
            <source>Distance class thresholds (m, separated by ;)</source>
            <translation>Drempels van de afstandsklassen (m, gescheiden door ;)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="140" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="141" />
            <source>Share of inhabitants 65+ (%, optional)</source>
            <translation>Aandeel inwoners 65+ (%, optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="143" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="144" />
            <source>Share of inhabitants 75+ (%, optional)</source>
            <translation>Aandeel inwoners 75+ (%, optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="146" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="147" />
            <source>Dwelling-stock proxy (%, optional)</source>
            <translation>Indicator woningvoorraad (%, optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="153" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="154" />
            <source>Langer thuis wonen per buurt</source>
            <translation>Langer thuis wonen per buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="155" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="156" />
            <source>Langer thuis wonen per address or sample point</source>
            <translation>Langer thuis wonen per adres of steekproefpunt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="178" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="178" />
            <source>Thresholds</source>
            <translation>Drempels</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="194" />
            <source>Facilities</source>
            <translation>Voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="199" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="199" />
            <source>Give distance fields (e.g. the CBS Nabijheid figures on the buurten) or a facility layer: without either there is nothing to score.</source>
            <translation>Geef afstandsvelden (bijv. de CBS-cijfers Nabijheid op de buurten) of een voorzieningenlaag: zonder een van beide valt er niets te scoren.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="208" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="208" />
            <source>Buurten: no polygon has a usable geometry.</source>
            <translation>Buurten: geen enkel vlak heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="347" />
            <source>Population</source>
            <translation>Bevolking</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="112" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="113" />
            <source>km (CBS Nabijheid)</source>
            <translation>km (CBS Nabijheid)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="112" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="113" />
            <source>m</source>
            <translation>m</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="192" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="192" />
            <source>Facilities: the layer is empty.</source>
            <translation>Voorzieningen: de laag is leeg.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="196" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="196" />
            <source>Facilities: choose the category field that tells which facility is which.</source>
            <translation>Voorzieningen: kies het categorieveld dat aangeeft welke voorziening wat is.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="358" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="358" />
            <source>No population layer: sample points every {s:g} m inside each buurt ({n} points).</source>
            <translation>Geen bevolkingslaag: steekproefpunten om de {s:g} m binnen elke buurt ({n} punten).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="121" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="122" />
            <source>{component}: category values (separated by ;)</source>
            <translation>{component}: categoriewaarden (gescheiden door ;)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="136" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="136" />
            <source>Weight: {component}</source>
            <translation>Gewicht: {component}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="297" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="297" />
            <source>aandacht = 1: share 65+ at least {r:.1f}% (the median) and a score below 50.</source>
            <translation>aandacht = 1: aandeel 65+ ten minste {r:.1f}% (de mediaan) en een score onder 50.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="109" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="110" />
            <source>{component}: distance field on the buurten (optional)</source>
            <translation>{component}: afstandsveld op de buurten (optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="240" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="240" />
            <source>No facility in the layer matches component '{c}'; it is left out.</source>
            <translation>Geen voorziening in de laag past bij component '{c}'; die wordt weggelaten.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="277" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="277" />
            <source>Component '{c}' has no data and is left out of the score.</source>
            <translation>Component '{c}' heeft geen gegevens en blijft buiten de score.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="261" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="261" />
            <source>{c}: {n} points have no network connection to any such facility; they are missing, not 0.</source>
            <translation>{c}: {n} punten hebben geen netwerkverbinding met zo'n voorziening; ze ontbreken en tellen niet als 0.</translation>
        </message>
    </context>
    <context>
        <name>RksdNetwork</name>
        <message>
            <location filename="../rksd_plugin/core/network/backend.py" line="16" />
            <source>Computed with scipy (spatial index and shortest paths in compiled code).</source>
            <translation>Berekend met scipy (ruimtelijke index en kortste paden in gecompileerde code).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/errors.py" line="8" />
            <source>{parameter}: {detail}</source>
            <translation>{parameter}: {detail}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/errors.py" line="12" />
            <source>{parameter}: '{text}' is not a list of positive numbers ({detail}).</source>
            <translation>{parameter}: '{text}' is geen lijst van positieve getallen ({detail}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/errors.py" line="15" />
            <source>Give distances in metres separated by ';' or ',', e.g. 500;1000;3000.</source>
            <translation>Geef afstanden in meters, gescheiden door ';' of ',', bijv. 500;1000;3000.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/errors.py" line="21" />
            <source>{parameter}: the layer has no usable features{detail}.</source>
            <translation>{parameter}: de laag heeft geen bruikbare objecten{detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/errors.py" line="22" />
            <source>Check the layer, its selection or filter, and that its geometries are not empty.</source>
            <translation>Controleer de laag, de selectie of het filter, en of de geometrieën niet leeg zijn.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/errors.py" line="28" />
            <source>{parameter}: the road network has no line segments with a length.</source>
            <translation>{parameter}: het wegennetwerk heeft geen lijnsegmenten met een lengte.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/backend.py" line="17" />
            <source>scipy is not available: computed with the pure Python/numpy fallback. The results are the same, but large networks take much longer. Install scipy to speed this up.</source>
            <translation>scipy is niet beschikbaar: berekend met de terugvaloptie in puur Python/numpy. De resultaten zijn gelijk, maar grote netwerken duren veel langer. Installeer scipy om dit te versnellen.</translation>
        </message>
    </context>
    <context>
        <name>RksdOffline</name>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="60" />
            <source>Work offline (cache and packages only)</source>
            <translation>Offline werken (alleen cache en pakketten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="62" />
            <source>Never go on the internet: every answer comes from the cache or a loaded package</source>
            <translation>Nooit het internet op: elk antwoord komt uit de cache of een geladen pakket</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="68" />
            <source>Cache</source>
            <translation>Cache</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="76" />
            <source>Refresh</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="77" />
            <source>Measure the cache again</source>
            <translation>De cache opnieuw meten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="81" />
            <source>Delete every stored download; loaded packages and GeoPackages stay</source>
            <translation>Alle bewaarde downloads verwijderen; geladen pakketten en GeoPackages blijven</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="90" />
            <source>Offline packages</source>
            <translation>Offline pakketten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="92" />
            <source>Load the Maastricht sample (offline)</source>
            <translation>Voorbeeld Maastricht laden (offline)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="94" />
            <source>Maastricht 2024 from the sample shipped with the plugin: real CBS, RIVM and Politie figures, no internet needed</source>
            <translation>Maastricht 2024 uit het voorbeeld dat met de plugin wordt meegeleverd: echte cijfers van CBS, RIVM en Politie, geen internet nodig</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="101" />
            <source>Loaded packages: runs for what they hold read from them</source>
            <translation>Geladen pakketten: wat erin zit, wordt eruit gelezen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="110" />
            <source>Load an offline package (.zip) a trainer prepared</source>
            <translation>Laad een offline pakket (.zip) dat een trainer heeft voorbereid</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="112" />
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="113" />
            <source>Forget the selected package</source>
            <translation>Het gekozen pakket vergeten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="117" />
            <source>Download gemeenten, years and questions into one file for computers without internet</source>
            <translation>Gemeenten, jaren en vragen in één bestand downloaden voor computers zonder internet</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="128" />
            <source>Cache folder, output folder, timeout, catalog</source>
            <translation>Cachemap, uitvoermap, time-out, catalogus</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="146" />
            <source>RKSD: clearing the cache</source>
            <translation>RKSD: cache legen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="146" />
            <source>RKSD: measuring the cache</source>
            <translation>RKSD: cache meten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="160" />
            <source>The cache could not be read: {}</source>
            <translation>De cache kon niet worden gelezen: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="164" />
            <source>The cache is empty.</source>
            <translation>De cache is leeg.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="170" />
            <source>Empty. Folder: {folder}</source>
            <translation>Leeg. Map: {folder}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="172" />
            <source>{entries} answers, {size}; oldest {oldest}, newest {newest}. Folder: {folder}</source>
            <translation>{entries} antwoorden, {size}; oudste {oldest}, nieuwste {newest}. Map: {folder}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="180" />
            <source>Clear cache</source>
            <translation>Cache legen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="180" />
            <source>Delete every stored download? Without internet, only loaded packages and the sample will still work.</source>
            <translation>Alle bewaarde downloads verwijderen? Zonder internet werken dan alleen nog geladen pakketten en het voorbeeld.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="208" />
            <source>Load offline package</source>
            <translation>Offline pakket laden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="208" />
            <source>RKSD offline package (*.zip)</source>
            <translation>RKSD offline pakket (*.zip)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="217" />
            <source>RKSD: loading an offline package</source>
            <translation>RKSD: offline pakket laden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="230" />
            <source>The package could not be loaded: {}</source>
            <translation>Het pakket kon niet worden geladen: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="237" />
            <source>Package loaded: {}</source>
            <translation>Pakket geladen: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="70" />
            <source>Measuring the cache...</source>
            <translation>De cache wordt gemeten…</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="79" />
            <source>Clear cache...</source>
            <translation>Cache legen…</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="108" />
            <source>Load package...</source>
            <translation>Pakket laden…</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="115" />
            <source>Prepare package...</source>
            <translation>Pakket maken…</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="126" />
            <source>Settings...</source>
            <translation>Instellingen…</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="104" />
            <source>No offline package loaded.</source>
            <translation>Geen offline pakket geladen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="197" />
            <source>{name} - cannot be used; select it and press Remove</source>
            <translation>{name} - niet bruikbaar; selecteer het en klik op Verwijderen</translation>
        </message>
    </context>
    <context>
        <name>RksdOphalenAlgorithm</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="51" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="51" />
            <source>Fetch a gemeente (CBS figures and PDOK boundaries)</source>
            <translation>Gemeente ophalen (CBS-cijfers en PDOK-grenzen)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="54" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="54" />
            <source>Data</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="66" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="66" />
            <source>&lt;p&gt;The main job of the RKSD panel as an algorithm: the curated CBS figures (Kerncijfers wijken en buurten, Nabijheid voorzieningen, RIVM Gezondheidsmonitor, Politie) for every buurt, wijk and the gemeente, joined to the PDOK boundaries of the same year, with the indices of the chosen questions, into one GeoPackage with its sources inside.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gemeente&lt;/b&gt;: a code (GM0935) or a name (merged gemeenten are found by their old name). &lt;b&gt;Offline package&lt;/b&gt;: a package zip or folder prepared in the panel (or the bundled sample); without one the figures are downloaded (QGIS's network settings and RKSD's cache apply), unless &lt;b&gt;offline&lt;/b&gt; is ticked, which serves only from the cache.&lt;/p&gt;&lt;p&gt;Runs in the modeler, in batch and from qgis_process, e.g. a yearly refresh: &lt;code&gt;qgis_process run rksd:ophalen -- GEMEENTE=GM0935 YEAR=2024 OUTPUT=maastricht.gpkg&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;Het hoofdwerk van het RKSD-paneel als algoritme: de samengestelde CBS-cijfers (Kerncijfers wijken en buurten, Nabijheid voorzieningen, RIVM Gezondheidsmonitor, Politie) voor elke buurt, wijk en de gemeente, gekoppeld aan de PDOK-grenzen van hetzelfde jaar, met de indexen van de gekozen vragen, in één GeoPackage met de bronnen erin.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gemeente&lt;/b&gt;: een code (GM0935) of een naam (samengevoegde gemeenten zijn te vinden onder hun oude naam). &lt;b&gt;Offline pakket&lt;/b&gt;: een pakket-zip of -map die in het paneel is voorbereid (of het meegeleverde voorbeeld); zonder pakket worden de cijfers gedownload (de netwerkinstellingen van QGIS en de cache van RKSD gelden), tenzij &lt;b&gt;offline&lt;/b&gt; is aangevinkt: dan komt alles uit de cache.&lt;/p&gt;&lt;p&gt;Werkt in de modelbouwer, in batch en vanuit qgis_process, bijv. een jaarlijkse verversing: &lt;code&gt;qgis_process run rksd:ophalen -- GEMEENTE=GM0935 YEAR=2024 OUTPUT=maastricht.gpkg&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="63" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="63" />
            <source>ophalen,download,cbs,pdok,kerncijfers,buurten,wijken,gemeente,geopackage</source>
            <translation>ophalen,download,cbs,pdok,kerncijfers,buurten,wijken,gemeente,geopackage</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="83" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="83" />
            <source>Gemeente (code or name)</source>
            <translation>Gemeente (code of naam)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="88" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="89" />
            <source>Questions</source>
            <translation>Vragen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="92" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="93" />
            <source>Offline package (zip or folder, optional)</source>
            <translation>Offline pakket (zip of map, optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="95" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="96" />
            <source>Offline: serve only from the cache</source>
            <translation>Offline: alleen uit de cache</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="97" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="98" />
            <source>Language of field names and styles</source>
            <translation>Taal van veldnamen en stijlen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="99" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="100" />
            <source>RKSD GeoPackage</source>
            <translation>RKSD-GeoPackage</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="99" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="100" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="101" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="101" />
            <source>Buurten</source>
            <translation>Buurten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="102" />
            <source>Summary (JSON)</source>
            <translation>Samenvatting (JSON)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="84" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="84" />
            <source>Year ({first}-{last})</source>
            <translation>Jaar ({first}-{last})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="92" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="94" />
            <source>Offline packages (*.zip);;All files (*)</source>
            <translation>Offline pakketten (*.zip);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="97" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="98" />
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="97" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="98" />
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="114" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="114" />
            <source>Cancelled: no GeoPackage was written.</source>
            <translation>Geannuleerd: er is geen GeoPackage geschreven.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="158" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="158" />
            <source>{gemeente} {year}, from: {source}</source>
            <translation>{gemeente} {year}, uit: {source}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="181" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="181" />
            <source>{name}: {features} features, {matched} matched, only in CBS: {cbs}, only in PDOK: {pdok}</source>
            <translation>{name}: {features} objecten, {matched} gekoppeld, alleen bij CBS: {cbs}, alleen bij PDOK: {pdok}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="185" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="185" />
            <source>{source}: no table of this year, {table} of {year} used</source>
            <translation>{source}: geen tabel van dit jaar, {table} van {year} gebruikt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="146" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="146" />
            <source>The offline package holds no {gemeente} {year}.</source>
            <translation>Het offline pakket bevat geen {gemeente} {year}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="158" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="161" />
            <source>cache only (offline)</source>
            <translation>alleen cache (offline)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="158" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="161" />
            <source>download (cache first)</source>
            <translation>downloaden (eerst uit de cache)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="158" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="160" />
            <source>offline package {title}</source>
            <translation>offline pakket {title}</translation>
        </message>
    </context>
    <context>
        <name>RksdOutput</name>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="146" />
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="146" />
            <source>Could not write the output layer: {error}</source>
            <translation>De uitvoerlaag kon niet worden geschreven: {error}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="220" />
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="220" />
            <source>Could not create a temporary GeoPackage: {error}</source>
            <translation>Er kon geen tijdelijke GeoPackage worden gemaakt: {error}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="131" />
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="131" />
            <source>Could not find the new table in {path}.</source>
            <translation>De nieuwe tabel is niet gevonden in {path}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="189" />
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="186" />
            <source>Could not write the output GeoPackage {path}: {error}</source>
            <translation>De uitvoer-GeoPackage {path} kon niet worden geschreven: {error}</translation>
        </message>
    </context>
    <context>
        <name>RksdPackageDialog</name>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="51" />
            <source>Prepare offline package</source>
            <translation>Offline pakket maken</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="53" />
            <source>Downloads everything the chosen question maps need into one file. Copy it to other computers and load it there with "Load offline package": no internet needed.</source>
            <translation>Downloadt alles wat de gekozen vraagkaarten nodig hebben in één bestand. Kopieer het naar andere computers en laad het daar met „Pakket laden”: geen internet nodig.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="64" />
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="65" />
            <source>Add the gemeente to the package</source>
            <translation>De gemeente aan het pakket toevoegen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="69" />
            <source>Gemeente</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="73" />
            <source>Select and press Delete to remove</source>
            <translation>Selecteer en druk op Delete om te verwijderen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="77" />
            <source>In the package</source>
            <translation>In het pakket</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="78" />
            <source>Remove selected</source>
            <translation>Geselecteerde verwijderen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="83" />
            <source>Years</source>
            <translation>Jaren</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="87" />
            <source>Questions</source>
            <translation>Vragen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="88" />
            <source>Include the national reference (all Dutch buurten)</source>
            <translation>Landelijke referentie meenemen (alle Nederlandse buurten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="90" />
            <source>Needed to rank buurten against the whole country; makes the package larger</source>
            <translation>Nodig om buurten met heel Nederland te vergelijken; maakt het pakket groter</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="96" />
            <source>RKSD offline package (*.zip)</source>
            <translation>RKSD offline pakket (*.zip)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="98" />
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="104" />
            <source>Prepare</source>
            <translation>Maken</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="151" />
            <source>Add at least one gemeente.</source>
            <translation>Voeg ten minste één gemeente toe.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="153" />
            <source>Tick at least one year.</source>
            <translation>Vink ten minste één jaar aan.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="155" />
            <source>Tick at least one question.</source>
            <translation>Vink ten minste één vraag aan.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="157" />
            <source>Choose where to save the package.</source>
            <translation>Kies waar het pakket wordt opgeslagen.</translation>
        </message>
    </context>
    <context>
        <name>RksdPlugin</name>
        <message>
            <location filename="../rksd_plugin/plugin.py" line="50" />
            <source>Ruimtelijke Kijk Sociaal Domein</source>
            <translation>Ruimtelijke Kijk Sociaal Domein</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/plugin.py" line="53" />
            <source>Open the RKSD panel: CBS figures per buurt for one gemeente</source>
            <translation>Open het RKSD-paneel: CBS-cijfers per buurt voor één gemeente</translation>
        </message>
    </context>
    <context>
        <name>RksdProvider</name>
        <message>
            <location filename="../rksd_plugin/processing/provider.py" line="14" />
            <source>RKSD - Sociaal Domein</source>
            <translation>RKSD - Sociaal Domein</translation>
        </message>
    </context>
    <context>
        <name>RksdQuarantine</name>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="50" />
            <source>Offline package {folder}</source>
            <translation>Offline pakket {folder}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="50" />
            <source>It is not used. To remove it: tab Offline &gt; Offline packages, select it and press Remove (or load the package again from its zip file).</source>
            <translation>Het wordt niet gebruikt. Verwijderen: tabblad Offline &gt; Offline pakketten, selecteer het en klik op Verwijderen (of laad het pakket opnieuw uit het zipbestand).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="63" />
            <source>the stored value {value} cannot be used.</source>
            <translation>de opgeslagen waarde {value} is niet bruikbaar.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="64" />
            <source>Setting {key}</source>
            <translation>Instelling {key}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="66" />
            <source>The default is used instead. To remove it: tab Offline &gt; Settings..., correct '{field}' or press Restore defaults, then OK.</source>
            <translation>De standaardwaarde wordt gebruikt. Verwijderen: tabblad Offline &gt; Instellingen…, verbeter '{field}' of klik op Standaardwaarden herstellen, dan OK.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="75" />
            <source>It has been reset to its default.</source>
            <translation>Deze is teruggezet op de standaardwaarde.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="81" />
            <source>Catalog {source}</source>
            <translation>Catalogus {source}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="81" />
            <source>The built-in catalog is used instead. To remove it: tab Offline &gt; Settings..., empty 'Catalog' (or press Restore defaults), then OK.</source>
            <translation>De ingebouwde catalogus wordt gebruikt. Verwijderen: tabblad Offline &gt; Instellingen…, maak 'Catalogus' leeg (of klik op Standaardwaarden herstellen), dan OK.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="89" />
            <source>The RKSD state stored in this project</source>
            <translation>De RKSD-toestand die in dit project is opgeslagen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="89" />
            <source>The dock starts without it. To remove it: save the project; the dock's current state replaces it.</source>
            <translation>Het paneel start zonder. Verwijderen: sla het project op; de huidige toestand van het paneel vervangt hem.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="119" />
            <source>Set aside because they cannot be used:</source>
            <translation>Terzijde gelegd omdat ze niet bruikbaar zijn:</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="119" />
            <source>Hide</source>
            <translation>Verbergen</translation>
        </message>
    </context>
    <context>
        <name>RksdQuestions</name>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="28" />
            <source>model</source>
            <translation>model</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="34" />
            <source>beside the index: {}</source>
            <translation>naast de index: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="36" />
            <source>per wijk only: {}</source>
            <translation>alleen per wijk: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="81" />
            <source>Weights and normalisation of the index of question {}</source>
            <translation>Gewichten en normalisatie van de index van vraag {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="75" />
            <source>{} indicators</source>
            <translation>{} indicatoren</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="76" />
            <source>Show or hide the indicators of this question</source>
            <translation>Toon of verberg de indicatoren van deze vraag</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="119" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="120" />
            <source>Tick all questions</source>
            <translation>Alle vragen aanvinken</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="122" />
            <source>None</source>
            <translation>Geen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="123" />
            <source>Untick all questions</source>
            <translation>Alle vragen uitvinken</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="99" />
            <source>Weights...</source>
            <translation>Gewichten…</translation>
        </message>
    </context>
    <context>
        <name>RksdReachability</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="77" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="77" />
            <source>Facility reachability</source>
            <translation>Bereikbaarheid van voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="80" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="80" />
            <source>Distance from every address or buurt to the nearest facility, over the roads or straight-line.</source>
            <translation>Afstand van elk adres of elke buurt tot de dichtstbijzijnde voorziening, over de weg of hemelsbreed.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="86" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="86" />
            <source>&lt;p&gt;For every origin (address points, or polygons such as buurten) this computes the distance to the nearest facility, per category when a category field is given, which facility that is, and how many facilities lie within each radius.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method.&lt;/b&gt; With a road network, the graph is built once (every line vertex is a node; lines connect where they share a vertex, within the topology tolerance). Every origin and facility is snapped onto the nearest road &lt;i&gt;segment&lt;/i&gt; (the closest point on a line, not the nearest node), and all origins are answered by one multi-source shortest-path search from all facilities. The network distance runs along the roads between the two snapped points, as QGIS's 'Shortest path (point to layer)' measures it; the distance from an origin to its road is in &lt;i&gt;aansluiting_m&lt;/i&gt;. One-way streets are respected when a one-way field is given (yes/1/true: digitised direction, -1/reverse: against it). With a speed field (km/h) the fastest travel time is added. Without a network the distances are straight-line (hemelsbreed) and the output says so in &lt;i&gt;methode&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Polygons.&lt;/b&gt; For buurten the figures are weighted: by the weight field of the population layer (address points or CBS 100 m vierkanten with inwoners), or, without it, by regular sample points inside each polygon (area-weighted). Per polygon you get the weighted mean distance and the share of the weight within each radius; the per-point results can be written to a second layer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nothing is hidden.&lt;/b&gt; An origin whose part of the network holds no facility gets status &lt;i&gt;geen_verbinding&lt;/i&gt;, one farther than the maximum distance &lt;i&gt;verder_dan_max&lt;/i&gt;; both get no distance (NULL), never 0, and are counted in the log. Layers in another CRS are reprojected to EPSG:28992.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CBS figures are different.&lt;/b&gt; CBS 'Nabijheid voorzieningen' distances are road distances from all addresses in an area, averaged over the inhabitants, with CBS's own facility registers; they are not walking routes, and neither is this network distance unless the network is a walking network.&lt;/p&gt;&lt;p&gt;Computed with scipy when it is available; otherwise with a slower pure Python fallback (said in the log).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Berekent voor elke herkomst (adrespunten, of vlakken zoals buurten) de afstand tot de dichtstbijzijnde voorziening, per categorie als er een categorieveld is opgegeven, welke voorziening dat is, en hoeveel voorzieningen binnen elke straal liggen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode.&lt;/b&gt; Met een wegennetwerk wordt de graaf één keer opgebouwd (elk lijnpunt is een knoop; lijnen zijn verbonden waar ze een punt delen, binnen de topologietolerantie). Elke herkomst en voorziening wordt op het dichtstbijzijnde weg&lt;i&gt;segment&lt;/i&gt; geplaatst (het dichtstbijzijnde punt op een lijn, niet de dichtstbijzijnde knoop), en alle herkomsten worden beantwoord met één zoektocht naar kortste paden vanuit alle voorzieningen tegelijk. De netwerkafstand loopt over de wegen tussen de twee geplaatste punten, zoals QGIS' 'Kortste pad (punt naar laag)' die meet; de afstand van een herkomst tot de weg staat in &lt;i&gt;aansluiting_m&lt;/i&gt;. Eenrichtingsstraten worden gevolgd als er een veld voor eenrichtingsverkeer is opgegeven (yes/1/true: in de digitaliseerrichting, -1/reverse: ertegenin). Met een snelheidsveld (km/h) wordt de snelste reistijd toegevoegd. Zonder netwerk zijn de afstanden hemelsbreed en zegt de uitvoer dat in &lt;i&gt;methode&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vlakken.&lt;/b&gt; Voor buurten worden de cijfers gewogen: met het gewichtsveld van de bevolkingslaag (adrespunten of CBS-vierkanten van 100 m met inwoners) of, zonder die laag, met regelmatige steekproefpunten in elk vlak (naar oppervlakte gewogen). Per vlak krijgt u de gewogen gemiddelde afstand en het aandeel van het gewicht binnen elke straal; de resultaten per punt kunnen naar een tweede laag worden geschreven.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niets wordt verborgen.&lt;/b&gt; Een herkomst in een deel van het netwerk zonder voorziening krijgt status &lt;i&gt;geen_verbinding&lt;/i&gt;, een herkomst verder dan de maximale afstand &lt;i&gt;verder_dan_max&lt;/i&gt;; beide krijgen geen afstand (NULL), nooit 0, en worden in het log geteld. Lagen in een ander CRS worden geherprojecteerd naar EPSG:28992.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CBS-cijfers zijn anders.&lt;/b&gt; De afstanden van CBS 'Nabijheid voorzieningen' zijn afstanden over de weg vanaf alle adressen in een gebied, gemiddeld over de inwoners, met de eigen voorzieningenregisters van het CBS; het zijn geen looproutes, en deze netwerkafstand is dat evenmin, tenzij het netwerk een voetgangersnetwerk is.&lt;/p&gt;&lt;p&gt;Berekend met scipy als dat beschikbaar is; anders met een tragere terugvaloptie in puur Python (dat staat in het log).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="110" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="110" />
            <source>&lt;p&gt;&lt;b&gt;Fields and speed.&lt;/b&gt; The output holds the origin fields you choose to carry over (default: an id and a name field, when the layer has them) and the results. GeoPackage, Shapefile and FlatGeobuf layers are read column by column through GDAL, honouring a selection and the layer's filter; other layers (memory, PostGIS, WFS, unsaved edits) are read through QGIS. A GeoPackage output is written in one transaction; another destination gets a row number field &lt;i&gt;fid&lt;/i&gt; first.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Velden en snelheid.&lt;/b&gt; De uitvoer bevat de velden van de herkomsten die u kiest om mee te nemen (standaard: een id- en een naamveld, als de laag die heeft) en de resultaten. GeoPackage-, Shapefile- en FlatGeobuf-lagen worden kolom voor kolom via GDAL gelezen, met inachtneming van een selectie en het filter van de laag; andere lagen (geheugen, PostGIS, WFS, niet-opgeslagen bewerkingen) worden via QGIS gelezen. Een GeoPackage-uitvoer wordt in één transactie geschreven; een andere bestemming krijgt eerst een rijnummerveld &lt;i&gt;fid&lt;/i&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="128" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="128" />
            <source>Sample point spacing inside polygons without a population layer (m)</source>
            <translation>Afstand tussen steekproefpunten in vlakken zonder bevolkingslaag (m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="139" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="140" />
            <source>Speed field of the network in km/h (optional: adds travel time)</source>
            <translation>Snelheidsveld van het netwerk in km/h (optioneel: voegt reistijd toe)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="144" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="144" />
            <source>Speed where the speed field is empty (km/h)</source>
            <translation>Snelheid waar het snelheidsveld leeg is (km/h)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="145" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="145" />
            <source>Maximum distance (m): farther facilities count as not reachable</source>
            <translation>Maximale afstand (m): verdere voorzieningen gelden als niet bereikbaar</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="311" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="173" />
            <source>Origins</source>
            <translation>Herkomsten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="202" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="174" />
            <source>Facilities</source>
            <translation>Voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="83" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="83" />
            <source>bereikbaarheid,voorzieningen,afstand,netwerk,nabijheid,reachability,accessibility,distance,network</source>
            <translation>bereikbaarheid,voorzieningen,afstand,netwerk,nabijheid,reachability,accessibility,distance,network</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="119" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="120" />
            <source>Origins (address points, or polygons such as buurten)</source>
            <translation>Herkomsten (adrespunten, of vlakken zoals buurten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="122" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="123" />
            <source>Population for weighting polygons (optional: address points or CBS 100 m vierkanten)</source>
            <translation>Bevolking om vlakken te wegen (optioneel: adrespunten of CBS-vierkanten van 100 m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="125" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="126" />
            <source>Weight field (e.g. inwoners; empty: every point counts 1)</source>
            <translation>Gewichtsveld (bijv. inwoners; leeg: elk punt telt 1)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="132" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="133" />
            <source>Category field of the facilities (optional: nearest per category too)</source>
            <translation>Categorieveld van de voorzieningen (optioneel: ook de dichtstbijzijnde per categorie)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="135" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="136" />
            <source>Facility name or id field (optional; default the feature id)</source>
            <translation>Veld met naam of id van de voorziening (optioneel; standaard het object-id)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="147" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="148" />
            <source>Radii for counts and shares (m, separated by ;)</source>
            <translation>Stralen voor aantallen en aandelen (m, gescheiden door ;)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="149" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="150" />
            <source>Origin fields to carry over (empty: id and name)</source>
            <translation>Velden van de herkomsten om mee te nemen (leeg: id en naam)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="291" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="153" />
            <source>Reachability</source>
            <translation>Bereikbaarheid</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="154" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="155" />
            <source>Reachability per weighting point (polygons only)</source>
            <translation>Bereikbaarheid per weegpunt (alleen vlakken)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="157" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="157" />
            <source>Distance method</source>
            <translation>Afstandsmethode</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="158" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="158" />
            <source>Number of origin points</source>
            <translation>Aantal herkomstpunten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="159" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="159" />
            <source>Origins without a network connection to any facility</source>
            <translation>Herkomsten zonder netwerkverbinding met een voorziening</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="160" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="160" />
            <source>Origins with no facility within the maximum distance</source>
            <translation>Herkomsten zonder voorziening binnen de maximale afstand</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="182" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="183" />
            <source>Population</source>
            <translation>Bevolking</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="186" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="186" />
            <source>Radii</source>
            <translation>Stralen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="196" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="196" />
            <source>A speed field without a road network is ignored.</source>
            <translation>Een snelheidsveld zonder wegennetwerk wordt genegeerd.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="204" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="204" />
            <source>Facilities: no facility has a usable geometry.</source>
            <translation>Voorzieningen: geen enkele voorziening heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="443" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="443" />
            <source>all facilities</source>
            <translation>alle voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="254" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="254" />
            <source>Origins: no feature has a usable geometry.</source>
            <translation>Herkomsten: geen enkel object heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="285" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="285" />
            <source>Reachability per point</source>
            <translation>Bereikbaarheid per punt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="440" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="440" />
            <source>Method: {method}; {n} origin points, {f} facilities.</source>
            <translation>Methode: {method}; {n} herkomstpunten, {f} voorzieningen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="206" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="206" />
            <source>{n} facilities without geometry were skipped.</source>
            <translation>{n} voorzieningen zonder geometrie zijn overgeslagen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="227" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="227" />
            <source>Population: no feature has a usable geometry.</source>
            <translation>Bevolking: geen enkel object heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="317" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="317" />
            <source>{layer}: read column by column (GDAL).</source>
            <translation>{layer}: kolom voor kolom gelezen (GDAL).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="319" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="319" />
            <source>{layer}: read feature by feature through QGIS ({reason}).</source>
            <translation>{layer}: object voor object via QGIS gelezen ({reason}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="446" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="446" />
            <source>{name}: {ok} reached, {beyond} beyond the maximum distance, {none} without a network connection to one.</source>
            <translation>{name}: {ok} bereikt, {beyond} verder dan de maximale afstand, {none} zonder netwerkverbinding ermee.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="242" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="242" />
            <source>Weighted by {n} population points.</source>
            <translation>Gewogen met {n} bevolkingspunten.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="247" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="247" />
            <source>No population layer: each polygon is represented by sample points every {s:g} m (area-weighted figures, {n} points).</source>
            <translation>Geen bevolkingslaag: elk vlak wordt vertegenwoordigd door steekproefpunten om de {s:g} m (naar oppervlakte gewogen cijfers, {n} punten).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="319" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="320" />
            <source>not a file GDAL reads column by column</source>
            <translation>geen bestand dat GDAL kolom voor kolom leest</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="450" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="450" />
            <source>{n} origins lie on a part of the road network that is not connected to any facility; they get status 'geen_verbinding' and no distance.</source>
            <translation>{n} herkomsten liggen op een deel van het wegennetwerk dat met geen enkele voorziening verbonden is; ze krijgen status 'geen_verbinding' en geen afstand.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="456" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="456" />
            <source>{n} origins are more than 250 m from the nearest road (see aansluiting_m).</source>
            <translation>{n} herkomsten liggen meer dan 250 m van de dichtstbijzijnde weg (zie aansluiting_m).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="241" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="241" />
            <source>{n} population points lie outside every polygon and are not counted.</source>
            <translation>{n} bevolkingspunten liggen buiten elk vlak en worden niet geteld.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="233" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="233" />
            <source>{n} population features have no (or a secret) weight; they count with weight 0.</source>
            <translation>{n} bevolkingsobjecten hebben geen (of een geheim) gewicht; ze tellen met gewicht 0.</translation>
        </message>
    </context>
    <context>
        <name>RksdSettings</name>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="28" />
            <source>RKSD settings</source>
            <translation>RKSD-instellingen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="35" />
            <source>Every download is kept here; empty = the default folder</source>
            <translation>Elke download wordt hier bewaard; leeg = de standaardmap</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="36" />
            <source>Cache folder</source>
            <translation>Cachemap</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="41" />
            <source>Where the GeoPackages are written</source>
            <translation>Waar de GeoPackages worden weggeschreven</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="42" />
            <source>Output folder</source>
            <translation>Uitvoermap</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="47" />
            <source>QGIS network setting</source>
            <translation>QGIS-netwerkinstelling</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="48" />
            <source>Maximum wait for one answer; 0 uses the timeout of Settings &gt; Options &gt; Network</source>
            <translation>Maximale wachttijd voor één antwoord; 0 gebruikt de time-out van Extra &gt; Opties &gt; Netwerk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="50" />
            <source>Timeout</source>
            <translation>Time-out</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="53" />
            <source>Catalog (*.json)</source>
            <translation>Catalogus (*.json)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="54" />
            <source>built-in catalog</source>
            <translation>ingebouwde catalogus</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="55" />
            <source>A newer catalog: a JSON file or an https:// address. Empty = the catalog shipped with the plugin. A catalog that does not validate is refused.</source>
            <translation>Een nieuwere catalogus: een JSON-bestand of een https://-adres. Leeg = de catalogus die met de plugin wordt meegeleverd. Een catalogus die niet valideert, wordt geweigerd.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="58" />
            <source>Catalog</source>
            <translation>Catalogus</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="61" />
            <source>Proxy and certificates are those of QGIS (Settings &gt; Options &gt; Network).</source>
            <translation>Proxy en certificaten zijn die van QGIS (Extra &gt; Opties &gt; Netwerk).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="69" />
            <source>Empty every field: the plugin's defaults apply</source>
            <translation>Alle velden leegmaken: de standaardwaarden van de plugin gelden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="75" />
            <source>Limits</source>
            <translation>Grenzen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="76" />
            <source>Bounds on every download: a larger or slower answer ends with a message naming the address and the limit</source>
            <translation>Grenzen voor elke download: een groter of trager antwoord stopt met een melding die het adres en de grens noemt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="81" />
            <source>Largest catalog</source>
            <translation>Grootste catalogus</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="82" />
            <source>Largest metadata answer</source>
            <translation>Grootste metadata-antwoord</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="83" />
            <source>Largest data page</source>
            <translation>Grootste datapagina</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="84" />
            <source>Largest geometry page</source>
            <translation>Grootste geometriepagina</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="98" />
            <source>One download may take at most this long, first to last byte, however slowly the server keeps sending</source>
            <translation>Eén download mag hooguit zo lang duren, van eerste tot laatste byte, hoe langzaam de server ook blijft sturen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="101" />
            <source>Deadline per download</source>
            <translation>Maximale duur per download</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="104" />
            <source>none (e.g. mirror.gemeente.nl, *.intern.nl)</source>
            <translation>geen (bijv. mirror.gemeente.nl, *.intern.nl)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="105" />
            <source>A redirect is followed only within the same service (cbs.nl, pdok.nl) or to these hosts</source>
            <translation>Een doorverwijzing wordt alleen gevolgd binnen dezelfde dienst (cbs.nl, pdok.nl) of naar deze hosts</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="107" />
            <source>Allowed redirect hosts</source>
            <translation>Toegestane hosts voor doorverwijzing</translation>
        </message>
    </context>
    <context>
        <name>RksdWeights</name>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="20" />
            <source>Percentile rank (0-100)</source>
            <translation>Percentielrang (0-100)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="22" />
            <source>Index (Netherlands = 100)</source>
            <translation>Index (Nederland = 100)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="28" />
            <source>Each buurt's rank among all Dutch buurten (or within the gemeente when no national figures are available): 0 = lowest, 100 = highest risk.</source>
            <translation>De rang van elke buurt onder alle Nederlandse buurten (of binnen de gemeente als er geen landelijke cijfers zijn): 0 = laagste, 100 = hoogste risico.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="31" />
            <source>Distance from the average in standard deviations, cut off at -3 and +3.</source>
            <translation>Afstand tot het gemiddelde in standaarddeviaties, afgekapt op -3 en +3.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="33" />
            <source>The buurt's value relative to the Netherlands: 100 = Dutch average.</source>
            <translation>De waarde van de buurt ten opzichte van Nederland: 100 = Nederlands gemiddelde.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="45" />
            <source>Index of question {number}</source>
            <translation>Index van vraag {number}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="47" />
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;The index is the weighted mean of the components' scores. A weight of 0 leaves a component out.</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;De index is het gewogen gemiddelde van de scores van de componenten. Een gewicht van 0 laat een component weg.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="59" />
            <source>How each component is put on a common scale</source>
            <translation>Hoe elke component op een gemeenschappelijke schaal wordt gebracht</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="60" />
            <source>Normalisation</source>
            <translation>Normalisatie</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="77" />
            <source>Reset to catalog default</source>
            <translation>Standaard van de catalogus herstellen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="79" />
            <source>Equal weights as in the catalog, percentile rank</source>
            <translation>Gelijke gewichten zoals in de catalogus, percentielrang</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="21" />
            <source>z-score (between -3 and +3)</source>
            <translation>z-score (tussen -3 en +3)</translation>
        </message>
    </context>
    <context>
        <name>RksdZorgvraag</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="48" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="48" />
            <source>Care demand and supply (2SFCA)</source>
            <translation>Zorgvraag en aanbod (2SFCA)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="51" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="51" />
            <source>Capacity within reach per 1,000 of the demand group per buurt, and where demand is high and access low.</source>
            <translation>Capaciteit binnen bereik per 1.000 van de vraaggroep per buurt, en waar de vraag hoog en de toegang laag is.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="57" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="57" />
            <source>&lt;p&gt;Answers 'which care demand lives in my gemeente and which supply is available?' (question 5) with the two-step floating catchment area method (2SFCA, Luo &amp;amp; Wang 2003).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demand&lt;/b&gt;: a number per buurt (a population group such as inwoners 65+, or the gemeente's own client counts), located at a point inside each buurt (point on surface), or per point. &lt;b&gt;Supply&lt;/b&gt;: points with a capacity field (e.g. FTE huisartsen, places); without it each point counts 1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Step 1&lt;/b&gt;: per supply point, capacity / (demand within the catchment distance). &lt;b&gt;Step 2&lt;/b&gt;: per buurt, the sum of those ratios over the supply within the catchment: the capacity available per unit of demand, with competition between buurten taken into account. &lt;i&gt;toegang&lt;/i&gt; is that figure per 1,000 units of demand. Distances run over the road network if given (snapped to the nearest segment), otherwise straight-line. The Gaussian option weights nearer supply more (Dai 2010).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gap&lt;/b&gt;: &lt;i&gt;referentie&lt;/i&gt; is the gemeente-wide ratio (all capacity per 1,000 demand). A buurt has 'hoge vraag' when its demand is at or above the threshold (default the median), and 'weinig aanbod' when its access is below the reference. &lt;i&gt;tekort&lt;/i&gt; is the capacity the buurt lacks to reach the reference. Buurten with unknown (secret) demand are class 0 'onbekend', never 0 demand.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Beantwoordt 'welke zorgvraag leeft in mijn gemeente en welk aanbod is beschikbaar?' (vraag 5) met de two-step floating catchment area-methode (2SFCA, Luo &amp;amp; Wang 2003).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vraag&lt;/b&gt;: een aantal per buurt (een bevolkingsgroep zoals inwoners 65+, of de eigen cliëntaantallen van de gemeente), gelegen op een punt binnen elke buurt (punt op oppervlak), of per punt. &lt;b&gt;Aanbod&lt;/b&gt;: punten met een capaciteitsveld (bijv. fte huisartsen, plaatsen); zonder dat veld telt elk punt als 1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stap 1&lt;/b&gt;: per aanbodpunt de capaciteit / (vraag binnen de verzorgingsafstand). &lt;b&gt;Stap 2&lt;/b&gt;: per buurt de som van die verhoudingen over het aanbod binnen de verzorgingsafstand: de beschikbare capaciteit per eenheid vraag, rekening houdend met concurrentie tussen buurten. &lt;i&gt;toegang&lt;/i&gt; is dat cijfer per 1.000 eenheden vraag. Afstanden lopen over het wegennetwerk als dat is opgegeven (geplaatst op het dichtstbijzijnde segment), anders hemelsbreed. De Gaussische optie weegt dichterbij gelegen aanbod zwaarder (Dai 2010).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tekort&lt;/b&gt;: &lt;i&gt;referentie&lt;/i&gt; is de verhouding voor de hele gemeente (alle capaciteit per 1.000 vraag). Een buurt heeft 'hoge vraag' als de vraag op of boven de drempel ligt (standaard de mediaan), en 'weinig aanbod' als de toegang onder de referentie ligt. &lt;i&gt;tekort&lt;/i&gt; is de capaciteit die de buurt mist om de referentie te halen. Buurten met onbekende (geheime) vraag krijgen klasse 0 'onbekend', nooit een vraag van 0.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="87" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="87" />
            <source>Catchment distance (m)</source>
            <translation>Verzorgingsafstand (m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="91" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="92" />
            <source>High demand from (optional; default the median demand)</source>
            <translation>Hoge vraag vanaf (optioneel; standaard de mediane vraag)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="119" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="117" />
            <source>Demand</source>
            <translation>Vraag</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="123" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="118" />
            <source>Supply</source>
            <translation>Aanbod</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="54" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="54" />
            <source>zorgvraag,aanbod,2sfca,floating catchment,toegankelijkheid,huisarts,wmo,care,supply,demand,gap</source>
            <translation>zorgvraag,aanbod,2sfca,floating catchment,toegankelijkheid,huisarts,wmo,care,supply,demand,gap</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="77" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="78" />
            <source>Demand (buurten or points)</source>
            <translation>Vraag (buurten of punten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="79" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="80" />
            <source>Demand field (e.g. inwoners_65plus or own client counts)</source>
            <translation>Vraagveld (bijv. inwoners_65plus of eigen cliëntaantallen)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="83" />
            <source>Supply (care locations)</source>
            <translation>Aanbod (zorglocaties)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="84" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="85" />
            <source>Capacity field (optional; each location counts 1)</source>
            <translation>Capaciteitsveld (optioneel; elke locatie telt 1)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="88" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="89" />
            <source>Distance decay within the catchment</source>
            <translation>Afstandsverval binnen het verzorgingsgebied</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="95" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="96" />
            <source>Access to care (2SFCA)</source>
            <translation>Toegang tot zorg (2SFCA)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="97" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="98" />
            <source>Gap: high demand, low access</source>
            <translation>Tekort: hoge vraag, lage toegang</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="99" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="100" />
            <source>Supply with its ratio</source>
            <translation>Aanbod met zijn verhouding</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="102" />
            <source>Gemeente-wide capacity per 1,000 demand</source>
            <translation>Capaciteit per 1.000 vraag voor de hele gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="103" />
            <source>Supply points without demand within reach</source>
            <translation>Aanbodpunten zonder vraag binnen bereik</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="122" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="122" />
            <source>Demand: choose the field with the demand per buurt.</source>
            <translation>Vraag: kies het veld met de vraag per buurt.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="136" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="136" />
            <source>Demand: no feature has a usable geometry.</source>
            <translation>Vraag: geen enkel object heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="138" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="138" />
            <source>Supply: no feature has a usable geometry.</source>
            <translation>Aanbod: geen enkel object heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="151" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="151" />
            <source>Demand: the demand field holds no positive values.</source>
            <translation>Vraag: het vraagveld bevat geen positieve waarden.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="153" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="153" />
            <source>Supply: the total capacity is 0.</source>
            <translation>Aanbod: de totale capaciteit is 0.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="88" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="89" />
            <source>None (classic 2SFCA)</source>
            <translation>Geen (klassieke 2SFCA)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="88" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="89" />
            <source>Gaussian</source>
            <translation>Gaussisch</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="147" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="147" />
            <source>Supply points without a capacity value count with capacity 0.</source>
            <translation>Aanbodpunten zonder capaciteitswaarde tellen met capaciteit 0.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="175" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="175" />
            <source>Method: {m}; {p} demand-supply pairs within {c:g} m.</source>
            <translation>Methode: {m}; {p} paren van vraag en aanbod binnen {c:g} m.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="176" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="176" />
            <source>Reference: {r:.2f} capacity per 1,000 demand; high demand from {t:g}.</source>
            <translation>Referentie: {r:.2f} capaciteit per 1.000 vraag; hoge vraag vanaf {t:g}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="142" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="142" />
            <source>{n} demand features have no (or a secret) demand value; they get class 'onbekend'.</source>
            <translation>{n} vraagobjecten hebben geen (of een geheime) vraagwaarde; ze krijgen klasse 'onbekend'.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="179" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="179" />
            <source>{n} supply points have no demand within the catchment; their capacity is not spread.</source>
            <translation>{n} aanbodpunten hebben geen vraag binnen het verzorgingsgebied; hun capaciteit wordt niet verdeeld.</translation>
        </message>
    </context>
    <context>
        <name>RksdPlanning</name>
        <message>
            <location filename="../rksd_plugin/core/network/planning/choose.py" line="62" />
            <source>cannot choose {k} sites from {n} candidates</source>
            <translation>kan geen {k} locaties kiezen uit {n} kandidaten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/planning/choose.py" line="63" />
            <source>choose at least one site (or keep existing sites open)</source>
            <translation>kies minstens één locatie (of houd bestaande locaties open)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/planning/choose.py" line="64" />
            <source>the exact solver needs scipy (with HiGHS), which is not available</source>
            <translation>de exacte oplosser heeft scipy (met HiGHS) nodig, en dat is er niet</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/planning/choose.py" line="65" />
            <source>the exact model would have {variables} assignment variables (limit {limit})</source>
            <translation>het exacte model zou {variables} toewijzingsvariabelen hebben (grens {limit})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/planning/choose.py" line="67" />
            <source>the model with capacities: {status} ({variables} variables)</source>
            <translation>het model met capaciteiten: {status} ({variables} variabelen)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/planning/choose.py" line="68" />
            <source>at most {share:.1f} % of the demand is within reach of the candidates</source>
            <translation>hooguit {share:.1f} % van de vraag ligt binnen bereik van de kandidaten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="32" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="32" />
            <source>Closure impact per site (ranked)</source>
            <translation>Gevolgen van sluiten per locatie (gerangschikt)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="35" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="35" />
            <source>For every existing site: what closing it alone would cost the demand it serves - extra distance, people pushed beyond a threshold - ranked for the question which sites to keep.</source>
            <translation>Voor elke bestaande locatie: wat het sluiten van alleen die locatie de vraag kost die ze bedient - extra afstand, mensen die buiten een drempel raken - gerangschikt voor de vraag welke locaties te behouden.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="42" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="42" />
            <source>&lt;p&gt;Which site matters most? For each existing site, the demand whose nearest site it is would move to its next-nearest site if it closed. Per site: the demand it serves (&lt;i&gt;bediend&lt;/i&gt;), the extra demand-weighted distance (&lt;i&gt;extra_afstand&lt;/i&gt;, weight x metres, and per served unit &lt;i&gt;extra_per_eenheid_m&lt;/i&gt;), the demand pushed beyond the threshold (&lt;i&gt;over_drempel&lt;/i&gt;) and the demand left without any reachable site (&lt;i&gt;zonder_alternatief&lt;/i&gt;). &lt;i&gt;rang&lt;/i&gt; 1 is the site whose closure costs most: demand without an alternative first, then the extra distance or the people pushed over the threshold (your choice).&lt;/p&gt;&lt;p&gt;Each site is judged alone, with all others open: closing two neighbouring sites together can cost more than both figures suggest - compare such a pair with 'Compare scenarios'.&lt;/p&gt;&lt;p&gt;Distances come from the same road graph, snapping and search as 'Facility reachability' (one search per site); without a road network they are straight-line.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Welke locatie doet ertoe? Voor elke bestaande locatie zou de vraag waarvoor zij de dichtstbijzijnde is, bij sluiting naar de op één na dichtstbijzijnde locatie gaan. Per locatie: de vraag die zij bedient (&lt;i&gt;bediend&lt;/i&gt;), de extra vraaggewogen afstand (&lt;i&gt;extra_afstand&lt;/i&gt;, gewicht x meter, en per bediende eenheid &lt;i&gt;extra_per_eenheid_m&lt;/i&gt;), de vraag die buiten de drempel raakt (&lt;i&gt;over_drempel&lt;/i&gt;) en de vraag die zonder bereikbare locatie achterblijft (&lt;i&gt;zonder_alternatief&lt;/i&gt;). &lt;i&gt;rang&lt;/i&gt; 1 is de locatie waarvan sluiten het meest kost: eerst vraag zonder alternatief, dan de extra afstand of de mensen die buiten de drempel raken (naar keuze).&lt;/p&gt;&lt;p&gt;Elke locatie wordt apart beoordeeld, met alle andere open: twee naburige locaties samen sluiten kan meer kosten dan beide getallen doen vermoeden - vergelijk zo'n paar met 'Scenario's vergelijken'.&lt;/p&gt;&lt;p&gt;Afstanden komen uit hetzelfde wegennet, dezelfde koppeling en dezelfde zoekmethode als 'Bereikbaarheid voorzieningen' (één zoekactie per locatie); zonder wegennet zijn ze hemelsbreed.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="90" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="63" />
            <source>Threshold distance (m)</source>
            <translation>Drempelafstand (m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="132" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="83" />
            <source>Existing sites</source>
            <translation>Bestaande locaties</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="133" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="133" />
            <source>Closure impact per site</source>
            <translation>Gevolgen van sluiten per locatie</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="39" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="39" />
            <source>sluiten,afstoten,vastgoed,behouden,planning,closure,impact,rank,voorzieningen</source>
            <translation>sluiten,afstoten,vastgoed,behouden,planning,closure,impact,rang,voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="60" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="61" />
            <source>Name field of the sites (optional)</source>
            <translation>Naamveld van de locaties (optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="64" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="65" />
            <source>Rank by</source>
            <translation>Rangschikken op</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="70" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="70" />
            <source>Number of sites</source>
            <translation>Aantal locaties</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="93" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="93" />
            <source>Existing sites: at least two sites are needed to compare closures.</source>
            <translation>Bestaande locaties: er zijn minstens twee locaties nodig om sluitingen te vergelijken.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="64" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="65" />
            <source>extra demand-weighted distance</source>
            <translation>extra vraaggewogen afstand</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="64" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="65" />
            <source>demand pushed beyond the threshold</source>
            <translation>vraag die buiten de drempel raakt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="103" />
            <source>Method: {m}; {n} sites, threshold {t:g} m.</source>
            <translation>Methode: {m}; {n} locaties, drempel {t:g} m.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="106" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="106" />
            <source>Rank {r}: {name} - serves {s:,.0f}, extra {e:,.0f} (x m), {p:,.0f} pushed beyond the threshold, {l:,.0f} without an alternative.</source>
            <translation>Rang {r}: {name} - bedient {s:,.0f}, extra {e:,.0f} (x m), {p:,.0f} buiten de drempel, {l:,.0f} zonder alternatief.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="51" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="51" />
            <source>Best sites from candidates</source>
            <translation>Beste locaties uit kandidaten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="54" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="54" />
            <source>Choose sites from candidates: least demand-weighted distance (p-median), most demand within a distance (maximal covering) or fewest sites for a share of demand (set cover); exact where the size allows, with the gap to a proven bound.</source>
            <translation>Kies locaties uit kandidaten: de kleinste vraaggewogen afstand (p-median), de meeste vraag binnen een afstand (maximale dekking) of de minste locaties voor een aandeel van de vraag (set cover); exact waar de omvang het toelaat, met het verschil tot een bewezen grens.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="63" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="63" />
            <source>&lt;p&gt;Where best? Choose sites from a candidate layer (the gemeente's own real estate, or network points in an area), with the existing sites kept open (the choice adds to them) or competing with the candidates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Least weighted distance&lt;/b&gt; (p-median): k sites so that the demand's total distance to its nearest site is smallest. &lt;b&gt;Most demand within a distance&lt;/b&gt; (maximal covering): k sites covering as much demand as possible within the coverage distance. &lt;b&gt;Fewest sites for a share&lt;/b&gt; (set cover): the smallest number of sites that brings the share of all demand within the coverage distance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: automatic runs a fast heuristic (greedy, then swaps and a variable neighbourhood search), then the exact model (a mixed-integer program solved by HiGHS, scipy) when it is small enough, and keeps the better. Every answer comes with a proven bound: &lt;i&gt;gat_pct&lt;/i&gt; says how far from the optimum it can at most be (0 = proven optimal). Capacities (p-median, exact only) limit the demand a site may take.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demand&lt;/b&gt;: points with a weight, or buurten with a count spread over CBS 100 m vierkanten or address points. &lt;b&gt;Distances&lt;/b&gt; come from the same road graph, snapping and search as 'Facility reachability' (one search per site); without a road network they are straight-line and the outputs say so.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Waar het best? Kies locaties uit een laag met kandidaten (het eigen vastgoed van de gemeente, of netwerkpunten in een gebied), waarbij de bestaande locaties open blijven (de keuze komt erbij) of meedingen met de kandidaten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kleinste gewogen afstand&lt;/b&gt; (p-median): k locaties zodat de totale afstand van de vraag tot de dichtstbijzijnde locatie zo klein mogelijk is. &lt;b&gt;Meeste vraag binnen een afstand&lt;/b&gt; (maximale dekking): k locaties die zoveel mogelijk vraag binnen de dekkingsafstand brengen. &lt;b&gt;Minste locaties voor een aandeel&lt;/b&gt; (set cover): het kleinste aantal locaties dat het aandeel van alle vraag binnen de dekkingsafstand brengt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode&lt;/b&gt;: automatisch draait eerst een snelle heuristiek (gretig, dan ruilen en een variabele-omgevingszoektocht), daarna het exacte model (een gemengd-geheeltallig programma, opgelost met HiGHS uit scipy) als het klein genoeg is, en houdt het betere. Elk antwoord komt met een bewezen grens: &lt;i&gt;gat_pct&lt;/i&gt; zegt hoe ver het hooguit van het optimum ligt (0 = bewezen optimaal). Capaciteiten (p-median, alleen exact) begrenzen de vraag die een locatie mag opnemen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vraag&lt;/b&gt;: punten met een gewicht, of buurten met een aantal, gespreid over CBS-vierkanten van 100 m of adrespunten. &lt;b&gt;Afstanden&lt;/b&gt; komen uit hetzelfde wegennet, dezelfde koppeling en dezelfde zoekmethode als 'Bereikbaarheid voorzieningen' (één zoekactie per locatie); zonder wegennet zijn ze hemelsbreed en dat staat in de uitvoer.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="100" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="100" />
            <source>Number of sites to choose (p-median, maximal covering)</source>
            <translation>Aantal te kiezen locaties (p-median, maximale dekking)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="101" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="101" />
            <source>Coverage distance (m; also the threshold in the outputs)</source>
            <translation>Dekkingsafstand (m; ook de drempel in de uitvoer)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="106" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="106" />
            <source>Time limit of the exact solver (s)</source>
            <translation>Tijdslimiet van de exacte oplosser (s)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="107" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="107" />
            <source>Search time of the heuristic (CPU seconds)</source>
            <translation>Zoektijd van de heuristiek (CPU-seconden)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="136" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="145" />
            <source>Candidates</source>
            <translation>Kandidaten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="304" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="304" />
            <source>Chosen sites</source>
            <translation>Gekozen locaties</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="59" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="59" />
            <source>locatiekeuze,locatie,p-median,covering,set cover,optimalisatie,vastgoed,planning,best sites,location allocation,milp</source>
            <translation>locatiekeuze,locatie,p-median,dekking,set cover,optimalisatie,vastgoed,planning,beste locaties,location allocation,milp</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="83" />
            <source>Candidate sites</source>
            <translation>Kandidaatlocaties</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="85" />
            <source>Name field of the candidates (optional)</source>
            <translation>Naamveld van de kandidaten (optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="87" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="88" />
            <source>Existing sites (optional)</source>
            <translation>Bestaande locaties (optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="74" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="90" />
            <source>Name field of the existing sites (optional)</source>
            <translation>Naamveld van de bestaande locaties (optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="96" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="97" />
            <source>Objective</source>
            <translation>Doel</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="104" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="114" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="115" />
            <source>Result per buurt</source>
            <translation>Resultaat per buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="116" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="117" />
            <source>Solution summary</source>
            <translation>Samenvatting van de oplossing</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="118" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="119" />
            <source>Demand points with their site</source>
            <translation>Vraagpunten met hun locatie</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="121" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="121" />
            <source>Objective value</source>
            <translation>Doelwaarde</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="122" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="122" />
            <source>Proven bound</source>
            <translation>Bewezen grens</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="123" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="123" />
            <source>Gap to the bound (%)</source>
            <translation>Verschil tot de grens (%)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="124" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="124" />
            <source>Status (optimal, time_limit, heuristic)</source>
            <translation>Status (optimal: bewezen optimaal, time_limit: tijdslimiet bereikt, heuristic: heuristiek)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="125" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="125" />
            <source>Number of chosen sites</source>
            <translation>Aantal gekozen locaties</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="158" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="158" />
            <source>Capacities apply to the least weighted distance objective only.</source>
            <translation>Capaciteiten gelden alleen voor het doel kleinste gewogen afstand.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="228" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="228" />
            <source>With capacities some demand is served by a farther site; the outputs show each point's nearest chosen site.</source>
            <translation>Met capaciteiten wordt een deel van de vraag door een verdere locatie bediend; de uitvoer toont per punt de dichtstbijzijnde gekozen locatie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="241" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="241" />
            <source>least weighted distance</source>
            <translation>kleinste gewogen afstand</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="241" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="241" />
            <source>most demand within the distance</source>
            <translation>meeste vraag binnen de afstand</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="242" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="242" />
            <source>fewest sites for the share</source>
            <translation>minste locaties voor het aandeel</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="92" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="94" />
            <source>stay open; choose sites in addition</source>
            <translation>blijven open; kies locaties erbij</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="92" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="94" />
            <source>compete with the candidates (may be dropped)</source>
            <translation>dingen mee met de kandidaten (kunnen afvallen)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="96" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="98" />
            <source>least demand-weighted distance (p-median)</source>
            <translation>kleinste vraaggewogen afstand (p-median)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="96" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="98" />
            <source>most demand within the coverage distance</source>
            <translation>meeste vraag binnen de dekkingsafstand</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="96" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="99" />
            <source>fewest sites for a share of demand (set cover)</source>
            <translation>minste locaties voor een aandeel van de vraag (set cover)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="102" />
            <source>Share of demand to cover (%, set cover)</source>
            <translation>Te dekken aandeel van de vraag (%, set cover)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="104" />
            <source>automatic (exact where the size allows)</source>
            <translation>automatisch (exact waar de omvang het toelaat)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="104" />
            <source>exact only</source>
            <translation>alleen exact</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="105" />
            <source>heuristic only</source>
            <translation>alleen heuristiek</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="108" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="109" />
            <source>Capacity field (optional; same name on existing sites; p-median, exact only)</source>
            <translation>Capaciteitsveld (optioneel; zelfde naam bij bestaande locaties; p-median, alleen exact)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="243" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="243" />
            <source>Objective: {p}; answer from the {m} solver, status {s}.</source>
            <translation>Doel: {p}; antwoord van de oplosser {m}, status {s}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="245" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="245" />
            <source>Chosen: {sites}.</source>
            <translation>Gekozen: {sites}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="255" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="255" />
            <source>Times (s): {t}.</source>
            <translation>Tijden (s): {t}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="333" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="333" />
            <source>Distance to the nearest chosen site</source>
            <translation>Afstand tot de dichtstbijzijnde gekozen locatie</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="178" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="178" />
            <source>{n} demand points at the same place were merged (same problem, fewer rows).</source>
            <translation>{n} vraagpunten op dezelfde plek zijn samengevoegd (hetzelfde probleem, minder rijen).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="247" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="247" />
            <source>Objective {o:,.2f}; proven bound {b:,.2f}; at most {g:.3f} % from the optimum.</source>
            <translation>Doelwaarde {o:,.2f}; bewezen grens {b:,.2f}; hooguit {g:.3f} % van het optimum.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="250" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="250" />
            <source>Exact model: {s} ({v} variables).</source>
            <translation>Exact model: {s} ({v} variabelen).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="253" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="253" />
            <source>The heuristic was {g:.4f} % from the proven optimum.</source>
            <translation>De heuristiek zat {g:.4f} % van het bewezen optimum.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="189" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="189" />
            <source>Distances from {n} demand points to {m} sites (one search per site)...</source>
            <translation>Afstanden van {n} vraagpunten tot {m} locaties (één zoekactie per locatie)...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="211" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="211" />
            <source>{g} demand groups with the same covering sites (from {n} points).</source>
            <translation>{g} vraaggroepen met dezelfde dekkende locaties (uit {n} punten).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="219" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="219" />
            <source>The problem cannot be solved as asked: {e}.</source>
            <translation>Het probleem is zo niet op te lossen: {e}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="185" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="185" />
            <source>{n} demand points x {m} sites need {gb:.1f} GB of distances. Use fewer candidates, or coarser demand (buurt counts spread over CBS 100 m vierkanten instead of addresses).</source>
            <translation>{n} vraagpunten x {m} locaties vragen {gb:.1f} GB aan afstanden. Gebruik minder kandidaten, of grovere vraag (buurtaantallen gespreid over CBS-vierkanten van 100 m in plaats van adressen).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="194" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="194" />
            <source>{w:,.0f} of the demand cannot reach any site and is left out.</source>
            <translation>{w:,.0f} van de vraag kan geen enkele locatie bereiken en blijft buiten beschouwing.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="199" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="199" />
            <source>Some demand cannot reach some sites (another part of the network); such pairs count as {p:,.0f} m in the optimisation.</source>
            <translation>Een deel van de vraag kan sommige locaties niet bereiken (een ander deel van het netwerk); zulke paren tellen in de optimalisatie als {p:,.0f} m.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="36" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="36" />
            <source>Planning</source>
            <translation>Planning</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="58" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="58" />
            <source>Sample point spacing in buurten without a spreading layer (m)</source>
            <translation>Afstand tussen steekproefpunten in buurten zonder spreidingslaag (m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="66" />
            <source>Demand</source>
            <translation>Vraag</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="43" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="44" />
            <source>Demand: points with a weight, or buurten with a count (e.g. inwoners_65plus)</source>
            <translation>Vraag: punten met een gewicht, of buurten met een aantal (bijv. inwoners_65plus)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="46" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="47" />
            <source>Demand field: the weight per point or the count per buurt (empty: 1 each)</source>
            <translation>Vraagveld: het gewicht per punt of het aantal per buurt (leeg: elk 1)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="49" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="50" />
            <source>Spread buurt counts over (optional: CBS 100 m vierkanten or address points)</source>
            <translation>Buurtaantallen spreiden over (optioneel: CBS-vierkanten van 100 m of adrespunten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="52" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="53" />
            <source>Spreading weight (optional: e.g. inwoners of the vierkanten; empty: equal)</source>
            <translation>Spreidingsgewicht (optioneel: bijv. inwoners van de vierkanten; leeg: gelijk)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="55" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="56" />
            <source>Buurten for per-buurt figures (optional, for point demand)</source>
            <translation>Buurten voor cijfers per buurt (optioneel, bij vraag als punten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="72" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="73" />
            <source>Spreading layer</source>
            <translation>Spreidingslaag</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="86" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="86" />
            <source>Demand: no point carries a positive weight.</source>
            <translation>Vraag: geen enkel punt heeft een positief gewicht.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="87" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="87" />
            <source>Demand: {d}; total weight {w:,.0f}.</source>
            <translation>Vraag: {d}; totaal gewicht {w:,.0f}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="101" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="101" />
            <source>{layer}: no feature has a usable geometry.</source>
            <translation>{layer}: geen enkel object heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="103" />
            <source>{layer}: {n} features without geometry were skipped.</source>
            <translation>{layer}: {n} objecten zonder geometrie zijn overgeslagen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="42" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="42" />
            <source>Compare scenarios: sites closed or added</source>
            <translation>Scenario's vergelijken: locaties sluiten of toevoegen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="45" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="45" />
            <source>Distance to the nearest site before and after closing or adding sites, per address and per buurt, and how many of a target group cross a threshold either way.</source>
            <translation>Afstand tot de dichtstbijzijnde locatie voor en na het sluiten of toevoegen van locaties, per adres en per buurt, en hoeveel van een doelgroep een drempel overschrijdt, in beide richtingen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="52" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="52" />
            <source>&lt;p&gt;What if these sites close, or those are added? For every demand point the distance to the nearest open site before (all existing sites) and after (the scenario), the change, and whether it crosses the threshold; per buurt the weighted mean before and after and how much of the target group (the demand weight: e.g. inwoners 65+, or own client counts) crosses the threshold either way.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scenarios&lt;/b&gt;: a field on the existing sites names the scenario(s) in which a site closes (text: names separated by ';', or 1/true for one scenario); a field on the candidate sites names the scenario(s) that add it. Without an add field every candidate is added in every scenario; without any field there is one scenario that adds all candidates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demand&lt;/b&gt;: points with a weight, or buurten with a count spread over CBS 100 m vierkanten or address points (or sample points every 100 m).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distances&lt;/b&gt; come from the same road graph, snapping and search as 'Facility reachability' (one search for the base and one per scenario); without a road network they are straight-line and the outputs say so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: per buurt (a change map), per demand point (optional), the scenario's sites with their status, and a side-by-side table with the inputs stored, so the run can be repeated.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Wat als deze locaties sluiten, of die erbij komen? Voor elk vraagpunt de afstand tot de dichtstbijzijnde open locatie voor (alle bestaande locaties) en na (het scenario), de verandering, en of de drempel wordt overschreden; per buurt het gewogen gemiddelde voor en na en hoeveel van de doelgroep (het gewicht van de vraag: bijv. inwoners 65+, of eigen cliëntaantallen) de drempel in een van beide richtingen passeert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scenario's&lt;/b&gt;: een veld bij de bestaande locaties noemt het scenario of de scenario's waarin een locatie sluit (tekst: namen gescheiden door ';', of 1/true voor één scenario); een veld bij de kandidaten noemt het scenario of de scenario's die haar toevoegen. Zonder toevoegveld wordt elke kandidaat in elk scenario toegevoegd; zonder enig veld is er één scenario dat alle kandidaten toevoegt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vraag&lt;/b&gt;: punten met een gewicht, of buurten met een aantal, gespreid over CBS-vierkanten van 100 m of adrespunten (of steekproefpunten elke 100 m).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Afstanden&lt;/b&gt; komen uit hetzelfde wegennet, dezelfde koppeling en dezelfde zoekmethode als 'Bereikbaarheid voorzieningen' (één zoekactie voor de basis en één per scenario); zonder wegennet zijn ze hemelsbreed en dat staat in de uitvoer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: per buurt (een veranderingskaart), per vraagpunt (optioneel), de locaties van het scenario met hun status, en een tabel naast elkaar met de invoer erbij opgeslagen, zodat de berekening te herhalen is.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="188" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="189" />
            <source>Scenario sites</source>
            <translation>Locaties van het scenario</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="49" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="49" />
            <source>scenario,planning,sluiten,afstoten,toevoegen,vastgoed,voorzieningen,what if,close,add,threshold</source>
            <translation>scenario,planning,sluiten,afstoten,toevoegen,vastgoed,voorzieningen,wat als,sluiting,toevoeging,drempel</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="72" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="73" />
            <source>Existing sites (the base)</source>
            <translation>Bestaande locaties (de basis)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="77" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="78" />
            <source>Closes in scenario(s): field with scenario names or 1/true (optional)</source>
            <translation>Sluit in scenario('s): veld met scenarionamen of 1/true (optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="80" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="81" />
            <source>Candidate sites to add (optional)</source>
            <translation>Toe te voegen kandidaatlocaties (optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="85" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="86" />
            <source>Added in scenario(s): field with scenario names or 1/true (optional)</source>
            <translation>Toegevoegd in scenario('s): veld met scenarionamen of 1/true (optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="88" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="89" />
            <source>Scenario name where the fields give none</source>
            <translation>Scenarionaam als de velden er geen geven</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="92" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="93" />
            <source>Scenario per buurt</source>
            <translation>Scenario per buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="96" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="97" />
            <source>Scenario comparison table</source>
            <translation>Vergelijkingstabel van de scenario's</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="98" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="99" />
            <source>Scenario per demand point</source>
            <translation>Scenario per vraagpunt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="100" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="100" />
            <source>Number of scenarios</source>
            <translation>Aantal scenario's</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="101" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="101" />
            <source>Target group pushed beyond the threshold (first scenario)</source>
            <translation>Doelgroep buiten de drempel geraakt (eerste scenario)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="102" />
            <source>Target group brought within the threshold (first scenario)</source>
            <translation>Doelgroep binnen de drempel gekomen (eerste scenario)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="145" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="145" />
            <source>The scenario changes nothing: name the sites that close (close field) or give candidate sites.</source>
            <translation>Het scenario verandert niets: noem de locaties die sluiten (sluitveld) of geef kandidaatlocaties.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="186" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="186" />
            <source>No buurten (point demand without a buurt layer): no per-buurt output.</source>
            <translation>Geen buurten (vraag als punten zonder buurtlaag): geen uitvoer per buurt.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="195" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="196" />
            <source>Threshold crossings</source>
            <translation>Drempelovergangen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="183" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="184" />
            <source>Change in distance per buurt</source>
            <translation>Verandering van de afstand per buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="309" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="309" />
            <source>Method: {m}; threshold {t:g} m.</source>
            <translation>Methode: {m}; drempel {t:g} m.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="312" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="312" />
            <source>{name}: {closed} closed, {added} added; mean distance {before:.0f} m -&gt; {after:.0f} m; within the threshold {wb:.1f} % -&gt; {wa:.1f} %; {worse:,.0f} pushed beyond it, {better:,.0f} brought within it.</source>
            <translation>{name}: {closed} gesloten, {added} toegevoegd; gemiddelde afstand {before:.0f} m -&gt; {after:.0f} m; binnen de drempel {wb:.1f} % -&gt; {wa:.1f} %; {worse:,.0f} buiten de drempel geraakt, {better:,.0f} erbinnen gekomen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="319" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="319" />
            <source>{name}: {n:,.0f} of the demand can no longer reach any site.</source>
            <translation>{name}: {n:,.0f} van de vraag kan geen enkele locatie meer bereiken.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="83" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="83" />
            <source>Demand: no area has a usable geometry.</source>
            <translation>Vraag: geen enkel gebied heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="70" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="70" />
            <source>Demand: no feature has a usable geometry.</source>
            <translation>Vraag: geen enkel object heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="73" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="73" />
            <source>{n} demand points, weight {field}</source>
            <translation>{n} vraagpunten, gewicht {field}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="92" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="92" />
            <source>Spreading layer: no feature has a usable geometry.</source>
            <translation>Spreidingslaag: geen enkel object heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="95" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="95" />
            <source>{field} per area spread over {n} points of the spreading layer ({weight})</source>
            <translation>{field} per gebied gespreid over {n} punten van de spreidingslaag ({weight})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="100" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="100" />
            <source>{field} per area spread over sample points every {s:g} m (area-weighted)</source>
            <translation>{field} per gebied gespreid over steekproefpunten elke {s:g} m (oppervlaktegewogen)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="73" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="74" />
            <source>1 per point</source>
            <translation>1 per punt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="100" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="96" />
            <source>1 per area</source>
            <translation>1 per gebied</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="95" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="96" />
            <source>equal shares</source>
            <translation>gelijke delen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="120" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="120" />
            <source>{n} areas have no point of the spreading layer inside; their count sits at one point inside the area.</source>
            <translation>{n} gebieden hebben geen punt van de spreidingslaag binnen zich; hun aantal staat op één punt in het gebied.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="123" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="123" />
            <source>{n} points of the spreading layer lie outside every area and are not used.</source>
            <translation>{n} punten van de spreidingslaag liggen buiten alle gebieden en worden niet gebruikt.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="126" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="126" />
            <source>{n} areas have no (or a secret) count: their demand is unknown and left out, never counted as 0.</source>
            <translation>{n} gebieden hebben geen (of een geheim) aantal: hun vraag is onbekend en blijft buiten beschouwing, nooit als 0 geteld.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="146" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="146" />
            <source>{n} demand points have no (or a secret) weight: left out, never counted as 0.</source>
            <translation>{n} vraagpunten hebben geen (of een geheim) gewicht: buiten beschouwing gelaten, nooit als 0 geteld.</translation>
        </message>
    </context>
</TS>
