<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
            <source>One-way field of the network</source>
            <translation>Veld voor eenrichtingsverkeer van het netwerk</translation>
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
            <location filename="../rksd_plugin/processing/alg_base.py" line="199" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="199" />
            <source>Road network: no line segments with a length were found.</source>
            <translation>Wegennetwerk: er zijn geen lijnsegmenten met een lengte gevonden.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="131" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="133" />
            <source>Road network (without it: straight-line distances)</source>
            <translation>Wegennetwerk (zonder: hemelsbrede afstanden)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="195" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="195" />
            <source>Reading the road network ({count} features)...</source>
            <translation>Het wegennetwerk wordt gelezen ({count} objecten)…</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="207" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="207" />
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
            <location filename="../rksd_plugin/processing/alg_base.py" line="201" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="201" />
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
            <source>A PDF atlas with a page per neighbourhood or district and a municipality map per question, from a GeoPackage written by RKSD.</source>
            <translation>Een pdf-atlas met een pagina per buurt of wijk en een gemeentekaart per vraag, uit een GeoPackage die RKSD heeft geschreven.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="59" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="59" />
            <source>&lt;p&gt;Makes the Atlas Sociaal Domein from a GeoPackage that RKSD wrote (the panel, the demo or an offline package): a method-and-sources page with a register, a municipality map for each of the six questions, then one page per neighbourhood or district with a map of the area in its surroundings, its position among the neighbourhoods of the municipality, and a table with every index and component - the area, the municipality, the Netherlands and the reference the index ranks it against, with a cue for higher or lower. A missing value says why ('confidential', 'too few inhabitants'), never 0; model estimates carry ≈.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Templates&lt;/b&gt;: the pages are QGIS print layout templates (.qpt). Copy the RKSD templates from the plugin's resources/layouts folder, restyle them in the layout designer (house colours, logo, fonts) and choose your copy here; the item ids listed in docs/atlas.md must stay. Your template is only read.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Own texts&lt;/b&gt;: a CSV with two columns, code;tekst (UTF-8, ';' or ','), prints a text on the page of that neighbourhood or district; the code 'inleiding' gives the introduction.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Maakt de Atlas Sociaal Domein uit een GeoPackage die RKSD schreef (het paneel, de demo of een offline pakket): een pagina met methode en bronnen en een inhoudsopgave, een gemeentekaart voor elk van de zes vragen, dan een pagina per buurt of wijk met een kaart van het gebied in zijn omgeving, zijn positie tussen de buurten van de gemeente en een tabel met elke index en component - het gebied, de gemeente, Nederland en de maatstaf waartegen de index rangschikt, met een teken voor hoger of lager. Een ontbrekende waarde zegt waarom ('geheim', 'te weinig inwoners'), nooit 0; modelschattingen dragen ≈.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sjablonen&lt;/b&gt;: de pagina's zijn QGIS-afdruklay-outsjablonen (.qpt). Kopieer de RKSD-sjablonen uit de map resources/layouts van de plugin, pas ze aan in de lay-outontwerper (huisstijl, logo, lettertypen) en kies hier uw kopie; de item-id's in docs/atlas.md moeten blijven. Uw sjabloon wordt alleen gelezen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Eigen teksten&lt;/b&gt;: een CSV met twee kolommen, code;tekst (UTF-8, ';' of ','), zet een tekst op de pagina van die buurt of wijk; de code 'inleiding' geeft de inleiding.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="91" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="91" />
            <source>Introduction</source>
            <translation>Inleiding</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="56" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="56" />
            <source>atlas,rapport,report,pdf,neighbourhood,district,buurt,wijk,sociaal domein,print layout</source>
            <translation>atlas,rapport,report,pdf,buurt,wijk,sociaal domein,afdruklay-out,print layout</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="75" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="76" />
            <source>RKSD GeoPackage</source>
            <translation>RKSD-GeoPackage</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="77" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="78" />
            <source>One page per</source>
            <translation>Eén pagina per</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="79" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="80" />
            <source>Language of the atlas</source>
            <translation>Taal van de atlas</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="81" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="82" />
            <source>Area page template (.qpt)</source>
            <translation>Sjabloon gebiedspagina (.qpt)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="83" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="84" />
            <source>Own texts per neighbourhood or district (CSV: code;tekst)</source>
            <translation>Eigen teksten per buurt of wijk (CSV: code;tekst)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="86" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="86" />
            <source>Question map template (.qpt)</source>
            <translation>Sjabloon vraagkaart (.qpt)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="86" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="87" />
            <source>Method page template (.qpt)</source>
            <translation>Sjabloon methodepagina (.qpt)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="95" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="96" />
            <source>Atlas PDF</source>
            <translation>Atlas-pdf</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="95" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="96" />
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="97" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="97" />
            <source>Pages</source>
            <translation>Pagina's</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="77" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="78" />
            <source>neighbourhood</source>
            <translation>buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="77" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="78" />
            <source>district</source>
            <translation>wijk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="79" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="80" />
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="79" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="80" />
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="118" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="118" />
            <source>Cancelled: no PDF was written.</source>
            <translation>Geannuleerd: er is geen pdf geschreven.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="123" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="123" />
            <source>{pages} pages ({areas} areas, {opening} opening pages) in {seconds:.1f} s.</source>
            <translation>{pages} pagina's ({areas} gebieden, {opening} openingspagina's) in {seconds:.1f} s.</translation>
        </message>
    </context>
    <context>
        <name>RksdBuurtPanel</name>
        <message>
            <location filename="../rksd_plugin/gui/buurt_chart.py" line="36" />
            <source>secret / unknown</source>
            <translation>geheim / onbekend</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_chart.py" line="37" />
            <source>Chart: neighbourhood compared with municipality and Netherlands</source>
            <translation>Grafiek: buurt vergeleken met gemeente en Nederland</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_chart.py" line="38" />
            <source>Bar: this neighbourhood. Black line: the municipality. Orange diamond: the Netherlands. Each row runs from 0 to the highest neighbourhood in the municipality.</source>
            <translation>Balk: deze buurt. Zwarte streep: de gemeente. Oranje ruit: Nederland. Elke regel loopt van 0 tot de hoogste buurt in de gemeente.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_chart.py" line="101" />
            <source>neighbourhood</source>
            <translation>buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_chart.py" line="102" />
            <source>municipality</source>
            <translation>gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="116" />
            <source>Netherlands</source>
            <translation>Nederland</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="61" />
            <source>higher = more risk</source>
            <translation>hoger = meer risico</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="63" />
            <source>lower = more risk</source>
            <translation>lager = meer risico</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="64" />
            <source>no risk direction</source>
            <translation>geen risicorichting</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="87" />
            <source>Make the question maps first (or load the Maastricht sample); then pick a neighbourhood on the map or in the list.</source>
            <translation>Maak eerst de vraagkaarten (of laad het voorbeeld Maastricht); kies daarna een buurt op de kaart of in de lijst.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="95" />
            <source>Choose a neighbourhood of the municipality</source>
            <translation>Kies een buurt van de gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="103" />
            <source>Pick on map</source>
            <translation>Aanwijzen op kaart</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="105" />
            <source>Click a neighbourhood on the map to show its figures</source>
            <translation>Klik op een buurt op de kaart om de cijfers te tonen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="116" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="116" />
            <source>Neighbourhood</source>
            <translation>Buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="116" />
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="330" />
            <source>index {value} ({method})</source>
            <translation>index {value} ({method})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="378" />
            <source>district</source>
            <translation>wijk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="199" />
            <source>choose a neighbourhood</source>
            <translation>kies een buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="116" />
            <source>Reference</source>
            <translation>Maatstaf</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="116" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="124" />
            <source>The value the index ranks the component against: the median neighbourhood (NL: of the Netherlands, mun.: of the municipality)</source>
            <translation>De waarde waartegen de index de component rangschikt: de mediane buurt (NL: van Nederland, gem.: van de gemeente)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="124" />
            <source>Higher or lower than the reference, the component's score in the index (0-100) and whether that is unfavourable or favourable</source>
            <translation>Hoger of lager dan de maatstaf, de score van de component in de index (0-100) en of dat ongunstig of gunstig is</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="261" />
            <source>&lt;b&gt;{name}&lt;/b&gt; ({code}), {wijk}; {inhabitants} inhabitants</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ({code}), {wijk}; {inhabitants} inwoners</translation>
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
            <source>Choose a municipality, a year and questions</source>
            <translation>Kies een gemeente, een jaar en vragen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="98" />
            <source>Neighbourhood</source>
            <translation>Buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="99" />
            <source>Every indicator of one neighbourhood</source>
            <translation>Alle indicatoren van één buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="116" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="117" />
            <source>Offline mode, cache, packages and settings</source>
            <translation>Offline werken, cache, pakketten en instellingen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="32" />
            <source>CBS, RIVM and Politie figures per neighbourhood that answer six questions about the social domain, as maps in your project.</source>
            <translation>Cijfers van CBS, RIVM en Politie per buurt die zes vragen over het sociaal domein beantwoorden, als kaarten in uw project.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="37" />
            <source>1. Municipality</source>
            <translation>1. Gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="40" />
            <source>2. Year</source>
            <translation>2. Jaar</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="43" />
            <source>Only years for which CBS figures and PDOK boundaries both exist</source>
            <translation>Alleen jaren waarvoor zowel CBS-cijfers als PDOK-grenzen bestaan</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="49" />
            <source>3. Questions</source>
            <translation>3. Vragen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="68" />
            <source>Fetch and map</source>
            <translation>Ophalen en kaarten maken</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="71" />
            <source>Download (or read from the cache) the figures and boundaries, compute the indices, save a GeoPackage and add a layer group per question</source>
            <translation>Download (of lees uit de cache) de cijfers en grenzen, bereken de indexen, bewaar een GeoPackage en voeg per vraag een lagengroep toe</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="75" />
            <source>Load the Maastricht sample (offline)</source>
            <translation>Voorbeeld Maastricht laden (offline)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="77" />
            <source>A first look without internet: Maastricht 2024 from the sample shipped with the plugin</source>
            <translation>Een eerste kennismaking zonder internet: Maastricht 2024 uit het voorbeeld dat met de plugin wordt meegeleverd</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="85" />
            <source>Progress</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="87" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="89" />
            <source>Stop; nothing half-written is left behind</source>
            <translation>Stoppen; er blijft niets half weggeschreven achter</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="162" />
            <source>RKSD: list of municipalities {}</source>
            <translation>RKSD: lijst van gemeenten {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="190" />
            <source>Tick at least one question.</source>
            <translation>Vink ten minste één vraag aan.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="245" />
            <source>RKSD: {}</source>
            <translation>RKSD: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="254" />
            <source>from CBS and PDOK (or the cache)</source>
            <translation>van CBS en PDOK (of uit de cache)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="306" />
            <source>{label}: {features} neighbourhoods, {matched} with CBS figures, {questions} question maps in {seconds:.1f} s. Saved in {path}</source>
            <translation>{label}: {features} buurten, {matched} met CBS-cijfers, {questions} vraagkaarten in {seconds:.1f} s. Opgeslagen in {path}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="313" />
            <source>Maps ready: {}</source>
            <translation>Kaarten klaar: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="337" />
            <source>Cancelled; nothing was written.</source>
            <translation>Geannuleerd; er is niets weggeschreven.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="374" />
            <source>(Details: log panel, tab RKSD.)</source>
            <translation>(Details: logberichtenpaneel, tabblad RKSD.)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="382" />
            <source>A package is being prepared already.</source>
            <translation>Er wordt al een pakket voorbereid.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="395" />
            <source>RKSD: preparing an offline package</source>
            <translation>RKSD: offline pakket voorbereiden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="401" />
            <source>Preparing the offline package; follow it in the task manager.</source>
            <translation>Het offline pakket wordt voorbereid; volg de voortgang in taakbeheer.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="413" />
            <source>Offline package ready ({size:.1f} MB): {path}</source>
            <translation>Offline pakket klaar ({size:.1f} MB): {path}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="433" />
            <source>RKSD: downloading the catalog</source>
            <translation>RKSD: catalogus downloaden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="453" />
            <source>The configured catalog is not used: {}</source>
            <translation>De ingestelde catalogus wordt niet gebruikt: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="466" />
            <source>Catalog {version} ({date}) in use.</source>
            <translation>Catalogus {version} ({date}) in gebruik.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="487" />
            <source>No neighbourhood of {} at this spot.</source>
            <translation>Op deze plek ligt geen buurt van {}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/gemeente_picker.py" line="29" />
            <source>Name or code, e.g. Maastricht or GM0935</source>
            <translation>Naam of code, bijv. Maastricht of GM0935</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/gemeente_picker.py" line="30" />
            <source>Type (part of) the name or the code of a municipality. Former municipalities are found too: Uden leads to Maashorst.</source>
            <translation>Typ (een deel van) de naam of de code van een gemeente. Voormalige gemeenten worden ook gevonden: Uden leidt naar Maashorst.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/gemeente_picker.py" line="82" />
            <source>{new}: {old} merged into it in {year}.</source>
            <translation>{new}: {old} is hierin opgegaan in {year}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="51" />
            <source>Social domain per neighbourhood</source>
            <translation>Sociaal domein per buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="254" />
            <source>from the offline package "{}"</source>
            <translation>uit het offline pakket „{}”</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="256" />
            <source>Working on {label}, {source}...</source>
            <translation>Bezig met {label}, {source}…</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="267" />
            <source>Cancelling...</source>
            <translation>Annuleren…</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="104" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="105" />
            <source>Atlas, presentation maps and the neighbourhood table</source>
            <translation>Atlas, presentatiekaarten en de buurtentabel</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/map_chooser.py" line="21" />
            <source>The map on screen: a question's index or one of its components</source>
            <translation>De kaart in beeld: de index van een vraag of een van zijn componenten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/map_chooser.py" line="44" />
            <source>per district</source>
            <translation>per wijk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="55" />
            <source>4. Save in</source>
            <translation>4. Opslaan in</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="59" />
            <source>The folder for this project's GeoPackages, atlases and tables; kept in the project</source>
            <translation>De map voor de GeoPackages, atlassen en tabellen van dit project; wordt in het project bewaard</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="67" />
            <source>5. Maps</source>
            <translation>5. Kaarten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="99" />
            <source>On the map:</source>
            <translation>Op de kaart:</translation>
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
            <location filename="../rksd_plugin/core/errors.py" line="133" />
            <source>Choose one of these years, or load the geometry from the WFS {wfs}.</source>
            <translation>Kies een van deze jaren, of laad de geometrie uit de WFS {wfs}.</translation>
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
            <source>No municipality matches '{text}'.</source>
            <translation>Geen gemeente past bij '{text}'.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="27" />
            <source>Type (part of) the name or the code, e.g. Maastricht or GM0935, and pick it from the list.</source>
            <translation>Typ (een deel van) de naam of de code, bijv. Maastricht of GM0935, en kies uit de lijst.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="33" />
            <source>'{text}' matches several municipalities: {names}.</source>
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
            <source>Pick the municipality that holds the neighbourhoods you are interested in.</source>
            <translation>Kies de gemeente waarin de buurten liggen die u zoekt.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/report/gpkg_reader.py" line="20" />
            <source>{path} is not a GeoPackage written by RKSD ({detail}).</source>
            <translation>{path} is geen GeoPackage die door RKSD is geschreven ({detail}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/report/gpkg_reader.py" line="21" />
            <source>Choose the GeoPackage the RKSD panel or the demo wrote for a municipality.</source>
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
            <source>PDOK publishes no OGC API for the wijk- en buurtkaart {year}; available years: {years}.</source>
            <translation>PDOK publiceert geen OGC API voor de wijk- en buurtkaart {year}; beschikbare jaren: {years}.</translation>
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
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="183" />
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
            <source>Own facilities (used for components without a distance field)</source>
            <translation>Eigen voorzieningen (voor componenten zonder afstandsveld)</translation>
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
            <source>Addresses or CBS 100 m squares (scores per address, weighted per neighbourhood)</source>
            <translation>Adressen of CBS-vierkanten van 100 m (scores per adres, gewogen per buurt)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="130" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="131" />
            <source>Population weight field (e.g. inwoners)</source>
            <translation>Gewichtsveld bevolking (bijv. inwoners)</translation>
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
            <source>Share of inhabitants 65+ (%)</source>
            <translation>Aandeel inwoners 65+ (%)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="143" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="144" />
            <source>Share of inhabitants 75+ (%)</source>
            <translation>Aandeel inwoners 75+ (%)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="146" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="147" />
            <source>Dwelling-stock proxy (%)</source>
            <translation>Indicator woningvoorraad (%)</translation>
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
            <source>{component}: distance field on the neighbourhoods</source>
            <translation>{component}: afstandsveld op de buurten</translation>
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
            <source>Download municipalities, years and questions into one file for computers without internet</source>
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
            <location filename="../rksd_plugin/gui/offline_panel.py" line="201" />
            <source>Load offline package</source>
            <translation>Offline pakket laden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="201" />
            <source>RKSD offline package (*.zip)</source>
            <translation>RKSD offline pakket (*.zip)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="210" />
            <source>RKSD: loading an offline package</source>
            <translation>RKSD: offline pakket laden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="223" />
            <source>The package could not be loaded: {}</source>
            <translation>Het pakket kon niet worden geladen: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="230" />
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
            <source>Add the municipality to the package</source>
            <translation>De gemeente aan het pakket toevoegen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="69" />
            <source>Municipality</source>
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
            <source>Include the national reference (all Dutch neighbourhoods)</source>
            <translation>Landelijke referentie meenemen (alle Nederlandse buurten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="90" />
            <source>Needed to rank neighbourhoods against the whole country; makes the package larger</source>
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
            <source>Add at least one municipality.</source>
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
            <source>Open the RKSD panel: CBS figures per neighbourhood for one municipality</source>
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
            <source>per district only: {}</source>
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
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="68" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="68" />
            <source>Facility reachability</source>
            <translation>Bereikbaarheid van voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="71" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="71" />
            <source>Distance from every address or buurt to the nearest facility, over the roads or straight-line.</source>
            <translation>Afstand van elk adres of elke buurt tot de dichtstbijzijnde voorziening, over de weg of hemelsbreed.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="77" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="77" />
            <source>&lt;p&gt;For every origin (address points, or polygons such as buurten) this computes the distance to the nearest facility, per category when a category field is given, which facility that is, and how many facilities lie within each radius.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method.&lt;/b&gt; With a road network, the graph is built once (every line vertex is a node; lines connect where they share a vertex, within the topology tolerance). Every origin and facility is snapped onto the nearest road &lt;i&gt;segment&lt;/i&gt; (the closest point on a line, not the nearest node), and all origins are answered by one multi-source shortest-path search from all facilities. The network distance runs along the roads between the two snapped points, as QGIS's 'Shortest path (point to layer)' measures it; the distance from an origin to its road is in &lt;i&gt;aansluiting_m&lt;/i&gt;. One-way streets are respected when a one-way field is given (yes/1/true: digitised direction, -1/reverse: against it). With a speed field (km/h) the fastest travel time is added. Without a network the distances are straight-line (hemelsbreed) and the output says so in &lt;i&gt;methode&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Polygons.&lt;/b&gt; For buurten the figures are weighted: by the weight field of the population layer (address points or CBS 100 m vierkanten with inwoners), or, without it, by regular sample points inside each polygon (area-weighted). Per polygon you get the weighted mean distance and the share of the weight within each radius; the per-point results can be written to a second layer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nothing is hidden.&lt;/b&gt; An origin whose part of the network holds no facility gets status &lt;i&gt;geen_verbinding&lt;/i&gt;, one farther than the maximum distance &lt;i&gt;verder_dan_max&lt;/i&gt;; both get no distance (NULL), never 0, and are counted in the log. Layers in another CRS are reprojected to EPSG:28992.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CBS figures are different.&lt;/b&gt; CBS 'Nabijheid voorzieningen' distances are road distances from all addresses in an area, averaged over the inhabitants, with CBS's own facility registers; they are not walking routes, and neither is this network distance unless the network is a walking network.&lt;/p&gt;&lt;p&gt;Computed with scipy when it is available; otherwise with a slower pure Python fallback (said in the log).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Berekent voor elke herkomst (adrespunten, of vlakken zoals buurten) de afstand tot de dichtstbijzijnde voorziening, per categorie als er een categorieveld is opgegeven, welke voorziening dat is, en hoeveel voorzieningen binnen elke straal liggen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode.&lt;/b&gt; Met een wegennetwerk wordt de graaf één keer opgebouwd (elk lijnpunt is een knoop; lijnen zijn verbonden waar ze een punt delen, binnen de topologietolerantie). Elke herkomst en voorziening wordt op het dichtstbijzijnde weg&lt;i&gt;segment&lt;/i&gt; geplaatst (het dichtstbijzijnde punt op een lijn, niet de dichtstbijzijnde knoop), en alle herkomsten worden beantwoord met één zoektocht naar kortste paden vanuit alle voorzieningen tegelijk. De netwerkafstand loopt over de wegen tussen de twee geplaatste punten, zoals QGIS' 'Kortste pad (punt naar laag)' die meet; de afstand van een herkomst tot de weg staat in &lt;i&gt;aansluiting_m&lt;/i&gt;. Eenrichtingsstraten worden gevolgd als er een veld voor eenrichtingsverkeer is opgegeven (yes/1/true: in de digitaliseerrichting, -1/reverse: ertegenin). Met een snelheidsveld (km/h) wordt de snelste reistijd toegevoegd. Zonder netwerk zijn de afstanden hemelsbreed en zegt de uitvoer dat in &lt;i&gt;methode&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vlakken.&lt;/b&gt; Voor buurten worden de cijfers gewogen: met het gewichtsveld van de bevolkingslaag (adrespunten of CBS-vierkanten van 100 m met inwoners) of, zonder die laag, met regelmatige steekproefpunten in elk vlak (naar oppervlakte gewogen). Per vlak krijgt u de gewogen gemiddelde afstand en het aandeel van het gewicht binnen elke straal; de resultaten per punt kunnen naar een tweede laag worden geschreven.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niets wordt verborgen.&lt;/b&gt; Een herkomst in een deel van het netwerk zonder voorziening krijgt status &lt;i&gt;geen_verbinding&lt;/i&gt;, een herkomst verder dan de maximale afstand &lt;i&gt;verder_dan_max&lt;/i&gt;; beide krijgen geen afstand (NULL), nooit 0, en worden in het log geteld. Lagen in een ander CRS worden geherprojecteerd naar EPSG:28992.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CBS-cijfers zijn anders.&lt;/b&gt; De afstanden van CBS 'Nabijheid voorzieningen' zijn afstanden over de weg vanaf alle adressen in een gebied, gemiddeld over de inwoners, met de eigen voorzieningenregisters van het CBS; het zijn geen looproutes, en deze netwerkafstand is dat evenmin, tenzij het netwerk een voetgangersnetwerk is.&lt;/p&gt;&lt;p&gt;Berekend met scipy als dat beschikbaar is; anders met een tragere terugvaloptie in puur Python (dat staat in het log).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="113" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="113" />
            <source>Sample point spacing inside polygons without a population layer (m)</source>
            <translation>Afstand tussen steekproefpunten in vlakken zonder bevolkingslaag (m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="124" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="125" />
            <source>Speed field of the network in km/h (optional: adds travel time)</source>
            <translation>Snelheidsveld van het netwerk in km/h (optioneel: voegt reistijd toe)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="129" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="129" />
            <source>Speed where the speed field is empty (km/h)</source>
            <translation>Snelheid waar het snelheidsveld leeg is (km/h)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="130" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="130" />
            <source>Maximum distance (m): farther facilities count as not reachable</source>
            <translation>Maximale afstand (m): verdere voorzieningen gelden als niet bereikbaar</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="154" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="154" />
            <source>Origins</source>
            <translation>Herkomsten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="159" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="155" />
            <source>Facilities</source>
            <translation>Voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="74" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="74" />
            <source>bereikbaarheid,voorzieningen,afstand,netwerk,nabijheid,reachability,accessibility,distance,network</source>
            <translation>bereikbaarheid,voorzieningen,afstand,netwerk,nabijheid,reachability,accessibility,distance,network</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="104" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="105" />
            <source>Origins (address points, or polygons such as buurten)</source>
            <translation>Herkomsten (adrespunten, of vlakken zoals buurten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="107" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="108" />
            <source>Population for weighting polygons (optional: address points or CBS 100 m vierkanten)</source>
            <translation>Bevolking om vlakken te wegen (optioneel: adrespunten of CBS-vierkanten van 100 m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="110" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="111" />
            <source>Weight field (e.g. inwoners; empty: every point counts 1)</source>
            <translation>Gewichtsveld (bijv. inwoners; leeg: elk punt telt 1)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="117" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="118" />
            <source>Category field of the facilities (optional: nearest per category too)</source>
            <translation>Categorieveld van de voorzieningen (optioneel: ook de dichtstbijzijnde per categorie)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="120" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="121" />
            <source>Facility name or id field (optional; default the feature id)</source>
            <translation>Veld met naam of id van de voorziening (optioneel; standaard het object-id)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="132" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="133" />
            <source>Radii for counts and shares (m, separated by ;)</source>
            <translation>Stralen voor aantallen en aandelen (m, gescheiden door ;)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="277" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="135" />
            <source>Reachability</source>
            <translation>Bereikbaarheid</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="136" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="137" />
            <source>Reachability per weighting point (polygons only)</source>
            <translation>Bereikbaarheid per weegpunt (alleen vlakken)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="139" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="139" />
            <source>Distance method</source>
            <translation>Afstandsmethode</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="140" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="140" />
            <source>Number of origin points</source>
            <translation>Aantal herkomstpunten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="141" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="141" />
            <source>Origins without a network connection to any facility</source>
            <translation>Herkomsten zonder netwerkverbinding met een voorziening</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="142" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="142" />
            <source>Origins with no facility within the maximum distance</source>
            <translation>Herkomsten zonder voorziening binnen de maximale afstand</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="163" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="164" />
            <source>Population</source>
            <translation>Bevolking</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="166" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="166" />
            <source>Radii</source>
            <translation>Stralen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="176" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="176" />
            <source>A speed field without a road network is ignored.</source>
            <translation>Een snelheidsveld zonder wegennetwerk wordt genegeerd.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="182" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="182" />
            <source>Facilities: no facility has a usable geometry.</source>
            <translation>Voorzieningen: geen enkele voorziening heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="367" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="367" />
            <source>all facilities</source>
            <translation>alle voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="226" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="226" />
            <source>Origins: no feature has a usable geometry.</source>
            <translation>Herkomsten: geen enkel object heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="264" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="264" />
            <source>Reachability per point</source>
            <translation>Bereikbaarheid per punt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="364" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="364" />
            <source>Method: {method}; {n} origin points, {f} facilities.</source>
            <translation>Methode: {method}; {n} herkomstpunten, {f} voorzieningen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="184" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="184" />
            <source>{n} facilities without geometry were skipped.</source>
            <translation>{n} voorzieningen zonder geometrie zijn overgeslagen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="200" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="200" />
            <source>Population: no feature has a usable geometry.</source>
            <translation>Bevolking: geen enkel object heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="370" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="370" />
            <source>{name}: {ok} reached, {beyond} beyond the maximum distance, {none} without a network connection to one.</source>
            <translation>{name}: {ok} bereikt, {beyond} verder dan de maximale afstand, {none} zonder netwerkverbinding ermee.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="215" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="215" />
            <source>Weighted by {n} population points.</source>
            <translation>Gewogen met {n} bevolkingspunten.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="220" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="220" />
            <source>No population layer: each polygon is represented by sample points every {s:g} m (area-weighted figures, {n} points).</source>
            <translation>Geen bevolkingslaag: elk vlak wordt vertegenwoordigd door steekproefpunten om de {s:g} m (naar oppervlakte gewogen cijfers, {n} punten).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="374" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="374" />
            <source>{n} origins lie on a part of the road network that is not connected to any facility; they get status 'geen_verbinding' and no distance.</source>
            <translation>{n} herkomsten liggen op een deel van het wegennetwerk dat met geen enkele voorziening verbonden is; ze krijgen status 'geen_verbinding' en geen afstand.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="380" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="380" />
            <source>{n} origins are more than 250 m from the nearest road (see aansluiting_m).</source>
            <translation>{n} herkomsten liggen meer dan 250 m van de dichtstbijzijnde weg (zie aansluiting_m).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="214" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="214" />
            <source>{n} population points lie outside every polygon and are not counted.</source>
            <translation>{n} bevolkingspunten liggen buiten elk vlak en worden niet geteld.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="206" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="206" />
            <source>{n} population features have no (or a secret) weight; they count with weight 0.</source>
            <translation>{n} bevolkingsobjecten hebben geen (of een geheim) gewicht; ze tellen met gewicht 0.</translation>
        </message>
    </context>
    <context>
        <name>RksdReport</name>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="84" />
            <source>A printable atlas with a page per neighbourhood or district, maps for presentations and the table of every neighbourhood, from the GeoPackage of a run.</source>
            <translation>Een afdrukbare atlas met een pagina per buurt of wijk, kaarten voor presentaties en de tabel van alle buurten, uit de GeoPackage van een run.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="90" />
            <source>1. Figures</source>
            <translation>1. Cijfers</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="93" />
            <source>RKSD GeoPackage (*.gpkg)</source>
            <translation>RKSD-GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="94" />
            <source>The GeoPackage a run wrote; filled in after every run</source>
            <translation>De GeoPackage die een run schreef; na elke run ingevuld</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="98" />
            <source>2. Atlas</source>
            <translation>2. Atlas</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="103" />
            <source>a page per neighbourhood</source>
            <translation>een pagina per buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="104" />
            <source>a page per district</source>
            <translation>een pagina per wijk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="107" />
            <source>Pages</source>
            <translation>Pagina's</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="110" />
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="111" />
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="115" />
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="118" />
            <source>RKSD default</source>
            <translation>RKSD-standaard</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="119" />
            <source>my own template (.qpt)</source>
            <translation>mijn eigen sjabloon (.qpt)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="120" />
            <source>A copy of rksd_atlas.qpt restyled in the layout designer (house colours, logo); docs/atlas.md lists the item ids it must keep</source>
            <translation>Een kopie van rksd_atlas.qpt, aangepast in de lay-outontwerper (huisstijl, logo); docs/atlas.md noemt de item-id's die moeten blijven</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="123" />
            <source>Template</source>
            <translation>Sjabloon</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="126" />
            <source>Layout template (*.qpt)</source>
            <translation>Lay-outsjabloon (*.qpt)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="133" />
            <source>3. Your own texts</source>
            <translation>3. Eigen teksten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="136" />
            <source>no own texts</source>
            <translation>geen eigen teksten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="137" />
            <source>from a CSV file (code;tekst)</source>
            <translation>uit een CSV-bestand (code;tekst)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="138" />
            <source>typed here</source>
            <translation>hier getypt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="146" />
            <source>Texts (*.csv)</source>
            <translation>Teksten (*.csv)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="147" />
            <source>Two columns, code;tekst: a neighbourhood or district code and its text; the code 'inleiding' gives the introduction</source>
            <translation>Twee kolommen, code;tekst: een buurt- of wijkcode en de tekst; de code 'inleiding' geeft de inleiding</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="164" />
            <source>The text for this page (about 500 characters fit)</source>
            <translation>De tekst voor deze pagina (ongeveer 500 tekens passen)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="177" />
            <source>4. Presentation maps</source>
            <translation>4. Presentatiekaarten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="186" />
            <source>5. Save in</source>
            <translation>5. Opslaan in</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="190" />
            <source>The folder for this project's results; kept in the project</source>
            <translation>De map voor de resultaten van dit project; wordt in het project bewaard</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="194" />
            <source>The neighbourhood table</source>
            <translation>De buurtentabel</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="202" />
            <source>Export the table</source>
            <translation>Tabel exporteren</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="204" />
            <source>Every neighbourhood with its indices, scores and figures, named and marked as in the atlas</source>
            <translation>Elke buurt met indices, scores en cijfers, benoemd en gemarkeerd zoals in de atlas</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="215" />
            <source>Make the atlas</source>
            <translation>Atlas maken</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="227" />
            <source>Progress of the atlas</source>
            <translation>Voortgang van de atlas</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="229" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="300" />
            <source>Introduction (first page)</source>
            <translation>Inleiding (eerste pagina)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="410" />
            <source>Choose the GeoPackage of a run first (tab Maps makes one).</source>
            <translation>Kies eerst de GeoPackage van een run (tabblad Kaarten maakt er een).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="414" />
            <source>Choose your template, or the RKSD default.</source>
            <translation>Kies uw sjabloon, of de RKSD-standaard.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="424" />
            <source>RKSD: atlas of {name}</source>
            <translation>RKSD: atlas van {name}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="432" />
            <source>Making the atlas...</source>
            <translation>De atlas wordt gemaakt...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="442" />
            <source>Cancelling...</source>
            <translation>Annuleren…</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="453" />
            <source>Atlas ready: {pages} pages in {seconds:.0f} s.</source>
            <translation>Atlas klaar: {pages} pagina's in {seconds:.0f} s.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="459" />
            <source>{count} presentation maps</source>
            <translation>{count} presentatiekaarten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="467" />
            <source>The atlas is ready with {count} warning(s); see the log panel, tab RKSD.</source>
            <translation>De atlas is klaar met {count} waarschuwing(en); zie het logpaneel, tabblad RKSD.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="478" />
            <source>Cancelled; no atlas was written.</source>
            <translation>Geannuleerd; er is geen atlas geschreven.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="495" />
            <source>Excel needs the Python package openpyxl, which this QGIS lacks; choose CSV.</source>
            <translation>Excel vraagt het Python-pakket openpyxl, dat deze QGIS niet heeft; kies CSV.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="509" />
            <source>Table written: {link}</source>
            <translation>Tabel geschreven: {link}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="105" />
            <source>One atlas page for every neighbourhood, or for every district</source>
            <translation>Een atlaspagina voor elke buurt, of voor elke wijk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="113" />
            <source>The language of the atlas, the maps and the table</source>
            <translation>De taal van de atlas, de kaarten en de tabel</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="127" />
            <source>Your restyled copy of rksd_atlas.qpt (only read, never changed)</source>
            <translation>Uw aangepaste kopie van rksd_atlas.qpt (alleen gelezen, nooit gewijzigd)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="139" />
            <source>A text of the municipality on the page of a neighbourhood or district, and an introduction</source>
            <translation>Een tekst van de gemeente op de pagina van een buurt of wijk, en een inleiding</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="159" />
            <source>The page the text below is for</source>
            <translation>De pagina waar de tekst hieronder voor is</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="166" />
            <source>Kept in the project; printed under the heading 'Notes from the municipality'</source>
            <translation>Bewaard in het project; gedrukt onder de kop 'Toelichting van de gemeente'</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="200" />
            <source>CSV for any program; XLSX keeps numbers as numbers</source>
            <translation>CSV voor elk programma; XLSX houdt getallen als getallen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="218" />
            <source>Make the atlas PDF (and the presentation maps) in the background; it opens when done</source>
            <translation>Maak de atlas-PDF (en de presentatiekaarten) op de achtergrond; hij opent als hij klaar is</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="232" />
            <source>Stop; no half-made atlas is left behind</source>
            <translation>Stoppen; er blijft geen halve atlas achter</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="178" />
            <source>also the presentation maps (PNG)</source>
            <translation>ook de presentatiekaarten (PNG)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="181" />
            <source>Every question map at 1920×1080 and A4, into a folder next to the atlas, for slides and handouts</source>
            <translation>Elke vraagkaart op 1920×1080 en A4, in een map naast de atlas, voor dia's en hand-outs</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="335" />
            <source>Pages with an own text: {count} (kept in the project).</source>
            <translation>Pagina's met een eigen tekst: {count} (bewaard in het project).</translation>
        </message>
    </context>
    <context>
        <name>RksdSettings</name>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="25" />
            <source>RKSD settings</source>
            <translation>RKSD-instellingen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="32" />
            <source>Every download is kept here; empty = the default folder</source>
            <translation>Elke download wordt hier bewaard; leeg = de standaardmap</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="33" />
            <source>Cache folder</source>
            <translation>Cachemap</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="45" />
            <source>QGIS network setting</source>
            <translation>QGIS-netwerkinstelling</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="46" />
            <source>Maximum wait for one answer; 0 uses the timeout of Settings &gt; Options &gt; Network</source>
            <translation>Maximale wachttijd voor één antwoord; 0 gebruikt de time-out van Extra &gt; Opties &gt; Netwerk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="48" />
            <source>Timeout</source>
            <translation>Time-out</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="51" />
            <source>Catalog (*.json)</source>
            <translation>Catalogus (*.json)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="52" />
            <source>built-in catalog</source>
            <translation>ingebouwde catalogus</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="53" />
            <source>A newer catalog: a JSON file or an https:// address. Empty = the catalog shipped with the plugin. A catalog that does not validate is refused.</source>
            <translation>Een nieuwere catalogus: een JSON-bestand of een https://-adres. Leeg = de catalogus die met de plugin wordt meegeleverd. Een catalogus die niet valideert, wordt geweigerd.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="56" />
            <source>Catalog</source>
            <translation>Catalogus</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="64" />
            <source>Proxy and certificates are those of QGIS (Settings &gt; Options &gt; Network).</source>
            <translation>Proxy en certificaten zijn die van QGIS (Extra &gt; Opties &gt; Netwerk).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="72" />
            <source>Empty every field: the plugin's defaults apply</source>
            <translation>Alle velden leegmaken: de standaardwaarden van de plugin gelden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="38" />
            <source>Where a new project's results are written; each project keeps its own folder (tab Maps)</source>
            <translation>Waar de resultaten van een nieuw project komen; elk project bewaart zijn eigen map (tabblad Kaarten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="40" />
            <source>Default output folder</source>
            <translation>Standaard uitvoermap</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="57" />
            <source>Add PDOK's background map to every run (online only)</source>
            <translation>De achtergrondkaart van PDOK aan elke run toevoegen (alleen online)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="59" />
            <source>A grey topographic map under the neighbourhoods, switched off until you tick it; the maps themselves never need it</source>
            <translation>Een grijze topografische kaart onder de buurten, uit tot u hem aanvinkt; de kaarten zelf hebben hem nooit nodig</translation>
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
            <source>Each neighbourhood's rank among all Dutch neighbourhoods (or within the municipality when no national figures are available): 0 = lowest, 100 = highest risk.</source>
            <translation>De rang van elke buurt onder alle Nederlandse buurten (of binnen de gemeente als er geen landelijke cijfers zijn): 0 = laagste, 100 = hoogste risico.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="31" />
            <source>Distance from the average in standard deviations, cut off at -3 and +3.</source>
            <translation>Afstand tot het gemiddelde in standaarddeviaties, afgekapt op -3 en +3.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="33" />
            <source>The neighbourhood's value relative to the Netherlands: 100 = Dutch average.</source>
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
            <source>High demand from (default: the median demand)</source>
            <translation>Hoge vraag vanaf (standaard: de mediane vraag)</translation>
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
            <source>Capacity field (without it each location counts 1)</source>
            <translation>Capaciteitsveld (zonder telt elke locatie 1)</translation>
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
</TS>
