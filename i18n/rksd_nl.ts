<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <context>
        <name>RksdAnalyses</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="198" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="198" />
            <source>Analyses</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="239" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="240" />
            <source>One-way field of the network</source>
            <translation>Veld voor eenrichtingsverkeer van het netwerk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="245" />
            <source>Topology tolerance (m; 0: line ends must coincide exactly)</source>
            <translation>Topologietolerantie (m; 0: lijnuiteinden moeten precies samenvallen)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="296" />
            <source>Road network</source>
            <translation>Wegennetwerk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="291" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="291" />
            <source>No road network given: distances are straight-line (hemelsbreed).</source>
            <translation>Geen wegennetwerk opgegeven: afstanden zijn hemelsbreed.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="294" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="294" />
            <source>Road network: the layer is empty.</source>
            <translation>Wegennetwerk: de laag is leeg.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="303" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="303" />
            <source>Road network: no line segments with a length were found.</source>
            <translation>Wegennetwerk: er zijn geen lijnsegmenten met een lengte gevonden.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="234" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="236" />
            <source>Road network (without it: straight-line distances)</source>
            <translation>Wegennetwerk (zonder: hemelsbrede afstanden)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="298" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="298" />
            <source>Reading the road network ({count} features)...</source>
            <translation>Het wegennetwerk wordt gelezen ({count} objecten)…</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="311" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="311" />
            <source>Road graph: {nodes} nodes, {segments} segments, {parts} connected part(s).</source>
            <translation>Wegengraaf: {nodes} knopen, {segments} segmenten, {parts} samenhangende deel/delen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="269" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="270" />
            <source>{layer}: the layer is empty (or nothing is selected), there is nothing to analyse.</source>
            <translation>{layer}: de laag is leeg (of er is niets geselecteerd), er valt niets te analyseren.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="278" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="279" />
            <source>{layer}: field '{field}' does not exist.</source>
            <translation>{layer}: veld '{field}' bestaat niet.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="281" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="282" />
            <source>{layer}: field '{field}' is not numeric.</source>
            <translation>{layer}: veld '{field}' is niet numeriek.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="305" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="305" />
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
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="80" />
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
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
            <location filename="../rksd_plugin/gui/trend_chart.py" line="164" />
            <source>Netherlands</source>
            <translation>Nederland</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="63" />
            <source>higher = more risk</source>
            <translation>hoger = meer risico</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="65" />
            <source>lower = more risk</source>
            <translation>lager = meer risico</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="66" />
            <source>no risk direction</source>
            <translation>geen risicorichting</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="105" />
            <source>Pick on map</source>
            <translation>Aanwijzen op kaart</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="118" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="337" />
            <source>index {value} ({method})</source>
            <translation>index {value} ({method})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_rows.py" line="59" />
            <source>wijk</source>
            <translation>wijk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_rows.py" line="35" />
            <source>Own figures</source>
            <translation>Eigen cijfers</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_rows.py" line="55" />
            <source>no figure</source>
            <translation>geen cijfer</translation>
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
            <location filename="../rksd_plugin/gui/trend_chart.py" line="162" />
            <source>neighbourhood</source>
            <translation>buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_chart.py" line="163" />
            <source>municipality</source>
            <translation>gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="89" />
            <source>Make the question maps first (or load the Maastricht sample); then pick a neighbourhood on the map or in the list.</source>
            <translation>Maak eerst de vraagkaarten (of laad het voorbeeld Maastricht); kies daarna een buurt op de kaart of in de lijst.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="97" />
            <source>Choose a neighbourhood of the municipality</source>
            <translation>Kies een buurt van de gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="107" />
            <source>Click a neighbourhood on the map to show its figures</source>
            <translation>Klik op een buurt op de kaart om de cijfers te tonen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="118" />
            <source>Neighbourhood</source>
            <translation>Buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="118" />
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="118" />
            <source>Reference</source>
            <translation>Maatstaf</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="118" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="126" />
            <source>The value the index ranks the component against: the median neighbourhood (NL: of the Netherlands, mun.: of the municipality)</source>
            <translation>De waarde waartegen de index de component rangschikt: de mediane buurt (NL: van Nederland, gem.: van de gemeente)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="126" />
            <source>Higher or lower than the reference, the component's score in the index (0-100) and whether that is unfavourable or favourable</source>
            <translation>Hoger of lager dan de maatstaf, de score van de component in de index (0-100) en of dat ongunstig of gunstig is</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="205" />
            <source>choose a neighbourhood</source>
            <translation>kies een buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="267" />
            <source>&lt;b&gt;{name}&lt;/b&gt; ({code}), {wijk}; {inhabitants} inhabitants</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ({code}), {wijk}; {inhabitants} inwoners</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="388" />
            <source>district</source>
            <translation>wijk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_trends.py" line="21" />
            <source>Over the years</source>
            <translation>Over de jaren</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="63" />
            <source>a change beyond the margin</source>
            <translation>een verandering buiten de marge</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="64" />
            <source>within the margin</source>
            <translation>binnen de marge</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="65" />
            <source>no interval: not tested</source>
            <translation>geen interval: niet getoetst</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="103" />
            <source>no value</source>
            <translation>geen waarde</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="86" />
            <source>({share:.0f}% from other areas, weights: {weights})</source>
            <translation>({share:.0f}% uit andere gebieden, gewichten: {weights})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="90" />
            <source>Rule: a difference counts as a change when it exceeds 1.96 times the combined standard error of both years' 95% intervals.</source>
            <translation>Regel: een verschil telt als verandering wanneer het groter is dan 1,96 keer de gecombineerde standaardfout van de 95%-intervallen van beide jaren.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="99" />
            <source>direct</source>
            <translation>direct</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="100" />
            <source>re-coded (same area)</source>
            <translation>hercodeerd (zelfde gebied)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="104" />
            <source>no earlier area</source>
            <translation>geen eerder gebied</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="110" />
            <source>inhabitants per 100 m square</source>
            <translation>inwoners per 100 m-vierkant</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="111" />
            <source>address points</source>
            <translation>adrespunten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="112" />
            <source>area (last resort)</source>
            <translation>oppervlakte (laatste redmiddel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_trends.py" line="23" />
            <source>Values of earlier years on this year's neighbourhood boundaries. Hover a row for every year's value and source.</source>
            <translation>Waarden van eerdere jaren op de buurtgrenzen van dit jaar. Wijs een rij aan voor de waarde en bron van elk jaar.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_chart.py" line="43" />
            <source>Trends: the neighbourhood over the years</source>
            <translation>Trends: de buurt over de jaren</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_chart.py" line="44" />
            <source>Blue: this neighbourhood (hollow diamond: re-allocated across a boundary change; whisker: 95% interval of a model estimate). Black: the municipality. Orange: the Netherlands. Each row has its own scale.</source>
            <translation>Blauw: deze buurt (open ruit: omgerekend over een grenswijziging; snorhaar: 95%-interval van een modelschatting). Zwart: de gemeente. Oranje: Nederland. Elke rij heeft een eigen schaal.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="55" />
            <source>no value of the neighbourhood</source>
            <translation>geen waarde van de buurt</translation>
        </message>
    </context>
    <context>
        <name>RksdDock</name>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="97" />
            <source>Maps</source>
            <translation>Kaarten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="120" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="121" />
            <source>Offline mode, cache, packages and settings</source>
            <translation>Offline werken, cache, pakketten en instellingen</translation>
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
            <location filename="../rksd_plugin/gui/maps_page.py" line="59" />
            <source>3. Questions</source>
            <translation>3. Vragen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="78" />
            <source>Fetch and map</source>
            <translation>Ophalen en kaarten maken</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="81" />
            <source>Download (or read from the cache) the figures and boundaries, compute the indices, save a GeoPackage and add a layer group per question</source>
            <translation>Download (of lees uit de cache) de cijfers en grenzen, bereken de indexen, bewaar een GeoPackage en voeg per vraag een lagengroep toe</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="85" />
            <source>Load the Maastricht sample (offline)</source>
            <translation>Voorbeeld Maastricht laden (offline)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="87" />
            <source>A first look without internet: Maastricht 2024 from the sample shipped with the plugin</source>
            <translation>Een eerste kennismaking zonder internet: Maastricht 2024 uit het voorbeeld dat met de plugin wordt meegeleverd</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="95" />
            <source>Progress</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="97" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="99" />
            <source>Stop; nothing half-written is left behind</source>
            <translation>Stoppen; er blijft niets half weggeschreven achter</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="220" />
            <source>Tick at least one question.</source>
            <translation>Vink ten minste één vraag aan.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_runner.py" line="84" />
            <source>RKSD: {}</source>
            <translation>RKSD: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="299" />
            <source>from CBS and PDOK (or the cache)</source>
            <translation>van CBS en PDOK (of uit de cache)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="361" />
            <source>Maps ready: {}</source>
            <translation>Kaarten klaar: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_runner.py" line="154" />
            <source>Cancelled; nothing was written.</source>
            <translation>Geannuleerd; er is niets weggeschreven.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="433" />
            <source>(Details: log panel, tab RKSD.)</source>
            <translation>(Details: logberichtenpaneel, tabblad RKSD.)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="441" />
            <source>A package is being prepared already.</source>
            <translation>Er wordt al een pakket voorbereid.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="454" />
            <source>RKSD: preparing an offline package</source>
            <translation>RKSD: offline pakket voorbereiden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="460" />
            <source>Preparing the offline package; follow it in the task manager.</source>
            <translation>Het offline pakket wordt voorbereid; volg de voortgang in taakbeheer.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="472" />
            <source>Offline package ready ({size:.1f} MB): {path}</source>
            <translation>Offline pakket klaar ({size:.1f} MB): {path}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="493" />
            <source>RKSD: downloading the catalog</source>
            <translation>RKSD: catalogus downloaden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="513" />
            <source>The configured catalog is not used: {}</source>
            <translation>De ingestelde catalogus wordt niet gebruikt: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="543" />
            <source>Catalog {version} ({date}) in use.</source>
            <translation>Catalogus {version} ({date}) in gebruik.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/gemeente_picker.py" line="29" />
            <source>Name or code, e.g. Maastricht or GM0935</source>
            <translation>Naam of code, bijv. Maastricht of GM0935</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/gemeente_picker.py" line="82" />
            <source>{new}: {old} merged into it in {year}.</source>
            <translation>{new}: {old} is hierin opgegaan in {year}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="299" />
            <source>from the offline package "{}"</source>
            <translation>uit het offline pakket „{}”</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="301" />
            <source>Working on {label}, {source}...</source>
            <translation>Bezig met {label}, {source}…</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="312" />
            <source>Cancelling...</source>
            <translation>Annuleren…</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="695" />
            <source>{source}: no table of {year}; {table} of {older} used.</source>
            <translation>{source}: geen tabel van {year}; {table} van {older} gebruikt.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="701" />
            <source>Not yet filled in by CBS for {year}: {measures}; figures of {older} used, shown as {older}*.</source>
            <translation>Nog niet ingevuld door het CBS voor {year}: {measures}; cijfers van {older} gebruikt, getoond als {older}*.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="125" />
            <source>Own data</source>
            <translation>Eigen gegevens</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="52" />
            <source>Social domain per neighbourhood</source>
            <translation>Sociaal domein per buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="98" />
            <source>Choose a municipality, a year and questions</source>
            <translation>Kies een gemeente, een jaar en vragen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="102" />
            <source>Neighbourhood</source>
            <translation>Buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="103" />
            <source>Every indicator of one neighbourhood</source>
            <translation>Alle indicatoren van één buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="108" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="109" />
            <source>Atlas, presentation maps and the neighbourhood table</source>
            <translation>Atlas, presentatiekaarten en de buurtentabel</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="126" />
            <source>The municipality's own facilities and figures, safely</source>
            <translation>De eigen voorzieningen en cijfers van de gemeente, veilig</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="192" />
            <source>RKSD: list of municipalities {}</source>
            <translation>RKSD: lijst van gemeenten {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="350" />
            <source>{label}: {features} neighbourhoods, {matched} with CBS figures, {questions} question maps in {seconds:.1f} s. Saved in {path}</source>
            <translation>{label}: {features} buurten, {matched} met CBS-cijfers, {questions} vraagkaarten in {seconds:.1f} s. Opgeslagen in {path}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="564" />
            <source>No neighbourhood of {} at this spot.</source>
            <translation>Op deze plek ligt geen buurt van {}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/gemeente_picker.py" line="30" />
            <source>Type (part of) the name or the code of a municipality. Former municipalities are found too: Uden leads to Maashorst.</source>
            <translation>Typ (een deel van) de naam of de code van een gemeente. Voormalige gemeenten worden ook gevonden: Uden leidt naar Maashorst.</translation>
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
            <location filename="../rksd_plugin/gui/maps_page.py" line="65" />
            <source>4. Save in</source>
            <translation>4. Opslaan in</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="69" />
            <source>The folder for this project's GeoPackages, atlases and tables; kept in the project</source>
            <translation>De map voor de GeoPackages, atlassen en tabellen van dit project; wordt in het project bewaard</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="77" />
            <source>5. Maps</source>
            <translation>5. Kaarten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="109" />
            <source>On the map:</source>
            <translation>Op de kaart:</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="145" />
            <source>Monitor</source>
            <translation>Monitor</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="47" />
            <source>series from</source>
            <translation>reeks vanaf</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_results.py" line="41" />
            <source>Change between years</source>
            <translation>Verandering tussen jaren</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_results.py" line="48" />
            <source>Every year on its own boundaries</source>
            <translation>Elk jaar op de eigen grenzen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_runner.py" line="95" />
            <source>Working on the series {label}...</source>
            <translation>Bezig met de reeks {label}...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_runner.py" line="135" />
            <source>{year}: not in the series ({reason})</source>
            <translation>{year}: niet in de reeks ({reason})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_runner.py" line="141" />
            <source>Series ready: {}</source>
            <translation>Reeks klaar: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_results.py" line="51" />
            <source>Neighbourhoods {year}</source>
            <translation>Buurten {year}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_results.py" line="70" />
            <source>Change map</source>
            <translation>Veranderingskaart</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="146" />
            <source>The years of a series: change maps and the comparison with similar municipalities</source>
            <translation>De jaren van een reeks: veranderingskaarten en de vergelijking met vergelijkbare gemeenten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="51" />
            <source>Several years as a series up to the year: every neighbourhood followed over the years on the newest boundaries (re-bounded neighbourhoods re-allocated), a change map and a comparison with similar municipalities</source>
            <translation>Meerdere jaren als reeks tot en met het jaar: elke buurt gevolgd over de jaren op de nieuwste grenzen (heringedeelde buurten omgerekend), een veranderingskaart en een vergelijking met vergelijkbare gemeenten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_runner.py" line="128" />
            <source>{label}: {years} years on the neighbourhood boundaries of {target}, {reallocated} neighbourhood values re-allocated across boundary changes, in {seconds:.1f} s. Saved in {path}</source>
            <translation>{label}: {years} jaar op de buurtgrenzen van {target}, {reallocated} buurtwaarden omgerekend over grenswijzigingen, in {seconds:.1f} s. Opgeslagen in {path}</translation>
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
            <location filename="../rksd_plugin/core/gemeenten.py" line="27" />
            <source>Type (part of) the name or the code, e.g. Maastricht or GM0935, and pick it from the list.</source>
            <translation>Typ (een deel van) de naam of de code, bijv. Maastricht of GM0935, en kies uit de lijst.</translation>
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
            <location filename="../rksd_plugin/report/gpkg_reader.py" line="20" />
            <source>{path} is not a GeoPackage written by RKSD ({detail}).</source>
            <translation>{path} is geen GeoPackage die door RKSD is geschreven ({detail}).</translation>
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
            <location filename="../rksd_plugin/core/owndata/disclosure.py" line="45" />
            <source>The disclosure settings are not allowed: {detail}.</source>
            <translation>De instellingen voor onthullingsbeheersing zijn niet toegestaan: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/disclosure.py" line="46" />
            <source>Use a minimum count of at least 3 (default 5) and rounding to 5 or none.</source>
            <translation>Gebruik een minimumaantal van ten minste 3 (standaard 5) en afronden op 5 of niet.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="42" />
            <source>The facility list cannot be read this way: {detail}.</source>
            <translation>De voorzieningenlijst is zo niet te lezen: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="43" />
            <source>Choose coordinate columns, a postcode and house number column, or street, house number and place columns (or a point layer).</source>
            <translation>Kies kolommen met coördinaten, een kolom met postcode en huisnummer, of kolommen met straat, huisnummer en plaats (of een puntlaag).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/figures.py" line="26" />
            <source>The counts cannot be used: {detail}.</source>
            <translation>De aantallen zijn niet te gebruiken: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/figures.py" line="27" />
            <source>RKSD needs the exact whole counts per area to protect them itself; remove earlier suppression marks such as '&lt;5' or '.' and use 0 for none.</source>
            <translation>RKSD heeft de precieze hele aantallen per gebied nodig om ze zelf te beschermen; haal eerdere afschermtekens zoals '&lt;5' of '.' weg en gebruik 0 voor geen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/linked.py" line="27" />
            <source>Stapeling and the number of clients with any voorziening need scipy for their privacy check.</source>
            <translation>Stapeling en het aantal cliënten met een voorziening hebben scipy nodig voor hun privacycontrole.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/linked.py" line="29" />
            <source>Install scipy (python3-scipy) or publish the voorzieningen one at a time without stapeling.</source>
            <translation>Installeer scipy (python3-scipy) of publiceer de voorzieningen één voor één zonder stapeling.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/linked.py" line="34" />
            <source>{count} different voorzieningen were found; stapeling works with at most {most}.</source>
            <translation>Er zijn {count} verschillende voorzieningen gevonden; stapeling werkt met hoogstens {most}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/linked.py" line="36" />
            <source>Group the voorzieningen (e.g. Wmo, Jeugdwet, Participatiewet) first.</source>
            <translation>Groepeer de voorzieningen eerst (bijv. Wmo, Jeugdwet, Participatiewet).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/lookup.py" line="20" />
            <source>The postcode table {path} cannot be used: {detail}.</source>
            <translation>De postcodetabel {path} is niet te gebruiken: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/lookup.py" line="21" />
            <source>Use CBS's 'Buurt, wijk en gemeente voor postcode huisnummer' (CSV with columns PC6, Huisnummer and Buurt&lt;year&gt;) or a CSV with columns postcode, (huisnummer) and buurtcode.</source>
            <translation>Gebruik 'Buurt, wijk en gemeente voor postcode huisnummer' van het CBS (CSV met de kolommen PC6, Huisnummer en Buurt&lt;jaar&gt;) of een CSV met de kolommen postcode, (huisnummer) en buurtcode.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="56" />
            <source>The client records cannot be read this way: {detail}.</source>
            <translation>De cliëntgegevens zijn zo niet te lezen: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="57" />
            <source>Choose the columns that hold the area and the voorziening.</source>
            <translation>Kies de kolommen met het gebied en de voorziening.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/release.py" line="24" />
            <source>Several columns are sums of other columns ({detail}); RKSD cannot protect them together.</source>
            <translation>Meerdere kolommen zijn sommen van andere kolommen ({detail}); RKSD kan ze niet samen beschermen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/release.py" line="26" />
            <source>Import the parts without their totals, or one total at a time.</source>
            <translation>Importeer de delen zonder hun totalen, of één totaal tegelijk.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_tasks.py" line="18" />
            <source>Reading the client records failed at {stage} ({kind}).</source>
            <translation>Het lezen van de cliëntgegevens is mislukt bij {stage} ({kind}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_tasks.py" line="19" />
            <source>For privacy no value of a row is shown; check the chosen columns.</source>
            <translation>Om privacyredenen wordt geen waarde uit een regel getoond; controleer de gekozen kolommen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/own_figures_io.py" line="41" />
            <source>{path} is not an RKSD GeoPackage of a gemeente ({detail}).</source>
            <translation>{path} is geen RKSD-GeoPackage van een gemeente ({detail}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/own_figures_io.py" line="42" />
            <source>Make the maps for the gemeente first (Ophalen) and choose the GeoPackage RKSD wrote.</source>
            <translation>Maak eerst de kaarten voor de gemeente (Ophalen) en kies de GeoPackage die RKSD schreef.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/own_figures_io.py" line="47" />
            <source>The own figures are for {own} {own_year}, the GeoPackage is {gpkg} {gpkg_year}.</source>
            <translation>De eigen cijfers zijn voor {own} {own_year}, de GeoPackage is van {gpkg} {gpkg_year}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/own_sources.py" line="30" />
            <source>{path} cannot be read as a table: {detail}.</source>
            <translation>{path} is niet als tabel te lezen: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/own_sources.py" line="31" />
            <source>Choose a CSV (comma or semicolon), an XLSX sheet with a header row, a GeoPackage layer or a layer of the project.</source>
            <translation>Kies een CSV (komma of puntkomma), een XLSX-blad met een kopregel, een GeoPackage-laag of een laag van het project.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="26" />
            <source>No municipality matches '{text}'.</source>
            <translation>Geen gemeente past bij '{text}'.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="33" />
            <source>'{text}' matches several municipalities: {names}.</source>
            <translation>'{text}' past bij meerdere gemeenten: {names}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="41" />
            <source>Pick the municipality that holds the neighbourhoods you are interested in.</source>
            <translation>Kies de gemeente waarin de buurten liggen die u zoekt.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/report/gpkg_reader.py" line="21" />
            <source>Choose the GeoPackage the RKSD panel or the demo wrote for a municipality.</source>
            <translation>Kies de GeoPackage die het RKSD-paneel of de demo voor een gemeente heeft geschreven.</translation>
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
        <name>RksdLayerInput</name>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_input.py" line="120" />
            <source>a small layer, {n} features</source>
            <translation>een kleine laag, {n} objecten</translation>
        </message>
    </context>
    <context>
        <name>RksdMonitor</name>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="50" />
            <source>Load the Maastricht series (sample, offline)</source>
            <translation>De reeks van Maastricht laden (voorbeeld, offline)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="61" />
            <source>Change map</source>
            <translation>Veranderingskaart</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="65" />
            <source>An indicator or measure with values in at least two years (the years in brackets)</source>
            <translation>Een indicator of maat met waarden in minstens twee jaren (de jaren tussen haakjes)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="72" />
            <source>The first year of the change</source>
            <translation>Het eerste jaar van de verandering</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="73" />
            <source>The last year of the change</source>
            <translation>Het laatste jaar van de verandering</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="74" />
            <source>Relative: the change as a percentage of the first year; absolute: in the indicator's unit (percentage points for a percentage)</source>
            <translation>Relatief: de verandering als percentage van het eerste jaar; absoluut: in de eenheid van de indicator (procentpunten bij een percentage)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="77" />
            <source>relative (%)</source>
            <translation>relatief (%)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="78" />
            <source>absolute</source>
            <translation>absoluut</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="113" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="79" />
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="79" />
            <source>To</source>
            <translation>Tot</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="79" />
            <source>Change</source>
            <translation>Verandering</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="89" />
            <source>Make the change map</source>
            <translation>Veranderingskaart maken</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="113" />
            <source>Peers: median (range)</source>
            <translation>Vergelijkbaar: mediaan (spreiding)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="113" />
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="113" />
            <source>Netherlands</source>
            <translation>Nederland</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="175" />
            <source>Series: {path}</source>
            <translation>Reeks: {path}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="199" />
            <source>Choose an indicator and two different years.</source>
            <translation>Kies een indicator en twee verschillende jaren.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="211" />
            <source>{title}: change {first}-{last}</source>
            <translation>{title}: verandering {first}-{last}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="262" />
            <source>Not in the peers' figures of {year}: {names}</source>
            <translation>Niet in de cijfers van de vergelijkbare gemeenten van {year}: {names}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="44" />
            <source>Follow every neighbourhood over the years: choose a first year beside the year on the Maps tab (a series), or load the Maastricht series. A neighbourhood that was re-bounded gets the figures of the areas it came from, re-allocated by where people live; the Neighbourhood tab then shows its trends.</source>
            <translation>Volg elke buurt over de jaren: kies op het tabblad Kaarten naast het jaar een eerste jaar (een reeks), of laad de reeks van Maastricht. Een heringedeelde buurt krijgt de cijfers van de gebieden waar hij uit ontstond, omgerekend naar waar mensen wonen; het tabblad Buurt toont dan de trends.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="52" />
            <source>Every year the bundled sample holds real figures for (2017, 2021-2024), as one series on the 2024 neighbourhoods</source>
            <translation>Elk jaar waarvan het meegeleverde voorbeeld echte cijfers heeft (2017, 2021-2024), als één reeks op de buurten van 2024</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="91" />
            <source>Diverging colours around 'no change'; grey hatching: no comparable value; ◊ and a dashed outline: re-allocated across a boundary change</source>
            <translation>Uiteenlopende kleuren rond 'geen verandering'; grijs gearceerd: geen vergelijkbare waarde; ◊ en een gestippelde rand: omgerekend over een grenswijziging</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="100" />
            <source>Compared with similar municipalities</source>
            <translation>Vergeleken met vergelijkbare gemeenten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="103" />
            <source>Similar municipalities: the same size band and urbanity (as waarstaatjegemeente.nl), per year</source>
            <translation>Vergelijkbare gemeenten: dezelfde grootteklasse en stedelijkheid (zoals waarstaatjegemeente.nl), per jaar</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="113" />
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="208" />
            <source>No neighbourhood has a value in both years.</source>
            <translation>Geen buurt heeft een waarde in beide jaren.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="237" />
            <source>{n} neighbourhoods with two comparable values, {m} of them re-allocated across a boundary change.</source>
            <translation>{n} buurten met twee vergelijkbare waarden, waarvan {m} omgerekend over een grenswijziging.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="255" />
            <source>{n} municipalities, {rule}: {names}</source>
            <translation>{n} gemeenten, {rule}: {names}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="225" />
            <source>Not saved ({reason}): this change map is a temporary layer, gone when QGIS closes.</source>
            <translation>Niet opgeslagen ({reason}): deze wijzigingskaart is een tijdelijke laag, weg zodra QGIS sluit.</translation>
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
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="117" />
            <source>Download municipalities, years and questions into one file for computers without internet</source>
            <translation>Gemeenten, jaren en vragen in één bestand downloaden voor computers zonder internet</translation>
        </message>
    </context>
    <context>
        <name>RksdOphalenAlgorithm</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="57" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="57" />
            <source>Fetch a gemeente (CBS figures and PDOK boundaries)</source>
            <translation>Gemeente ophalen (CBS-cijfers en PDOK-grenzen)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="60" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="60" />
            <source>Data</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="72" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="72" />
            <source>&lt;p&gt;The main job of the RKSD panel as an algorithm: the curated CBS figures (Kerncijfers wijken en buurten, Nabijheid voorzieningen, RIVM Gezondheidsmonitor, Politie) for every buurt, wijk and the gemeente, joined to the PDOK boundaries of the same year, with the indices of the chosen questions, into one GeoPackage with its sources inside.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gemeente&lt;/b&gt;: a code (GM0935) or a name (merged gemeenten are found by their old name). &lt;b&gt;Offline package&lt;/b&gt;: a package zip or folder prepared in the panel (or the bundled sample); without one the figures are downloaded (QGIS's network settings and RKSD's cache apply), unless &lt;b&gt;offline&lt;/b&gt; is ticked, which serves only from the cache.&lt;/p&gt;&lt;p&gt;&lt;b&gt;First year&lt;/b&gt; (optional): several years as a series up to &lt;b&gt;Year&lt;/b&gt;. Every year comes through the same pipeline and cache; the GeoPackage then also holds every year's own layers, a series table per level on the newest boundaries (each value with how it got there: direct, re-coded or re-allocated across a boundary change), the change map layer and the comparison with similar municipalities. Re-bounded neighbourhoods are re-allocated by CBS's 100 m squares, by your &lt;b&gt;address points&lt;/b&gt; when given, or by area as a last resort.&lt;/p&gt;&lt;p&gt;Runs in the modeler, in batch and from qgis_process, e.g. a yearly refresh: &lt;code&gt;qgis_process run rksd:ophalen -- GEMEENTE=GM0935 YEAR=2024 OUTPUT=maastricht.gpkg&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;Het hoofdwerk van het RKSD-paneel als algoritme: de samengestelde CBS-cijfers (Kerncijfers wijken en buurten, Nabijheid voorzieningen, RIVM Gezondheidsmonitor, Politie) voor elke buurt, wijk en de gemeente, gekoppeld aan de PDOK-grenzen van hetzelfde jaar, met de indexen van de gekozen vragen, in één GeoPackage met de bronnen erin.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gemeente&lt;/b&gt;: een code (GM0935) of een naam (samengevoegde gemeenten zijn te vinden onder hun oude naam). &lt;b&gt;Offline pakket&lt;/b&gt;: een pakket-zip of -map die in het paneel is voorbereid (of het meegeleverde voorbeeld); zonder pakket worden de cijfers gedownload (de netwerkinstellingen van QGIS en de cache van RKSD gelden), tenzij &lt;b&gt;offline&lt;/b&gt; is aangevinkt: dan komt alles uit de cache.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Eerste jaar&lt;/b&gt; (optioneel): meerdere jaren als reeks tot en met het &lt;b&gt;jaar&lt;/b&gt;. Elk jaar komt door dezelfde verwerking en cache; het GeoPackage bevat dan ook de lagen van elk jaar, per niveau een reekstabel op de nieuwste grenzen (elke waarde met hoe die er kwam: direct, hercodeerd of omgerekend over een grenswijziging), de laag van de veranderingskaart en de vergelijking met vergelijkbare gemeenten. Heringedeelde buurten worden omgerekend naar de 100 m-vierkanten van het CBS, naar uw &lt;b&gt;adrespunten&lt;/b&gt; als u die opgeeft, of als laatste redmiddel naar oppervlakte.&lt;/p&gt;&lt;p&gt;Werkt in de modelbouwer, in batch en vanuit qgis_process, bijv. een jaarlijkse verversing: &lt;code&gt;qgis_process run rksd:ophalen -- GEMEENTE=GM0935 YEAR=2024 OUTPUT=maastricht.gpkg&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="100" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="100" />
            <source>First year of a series</source>
            <translation>Eerste jaar van een reeks</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="69" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="69" />
            <source>ophalen,download,cbs,pdok,kerncijfers,buurten,wijken,gemeente,geopackage</source>
            <translation>ophalen,download,cbs,pdok,kerncijfers,buurten,wijken,gemeente,geopackage</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="95" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="95" />
            <source>Gemeente (code or name)</source>
            <translation>Gemeente (code of naam)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="104" />
            <source>Questions</source>
            <translation>Vragen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="107" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="108" />
            <source>Offline package (zip or folder)</source>
            <translation>Offline pakket (zip of map)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="110" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="111" />
            <source>Offline: serve only from the cache</source>
            <translation>Offline: alleen uit de cache</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="112" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="113" />
            <source>Address points to re-allocate re-bounded neighbourhoods by (for a series)</source>
            <translation>Adrespunten om heringedeelde buurten naar om te rekenen (voor een reeks)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="115" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="116" />
            <source>Compare with these municipalities (codes or names, comma-separated; empty: by size and urbanity)</source>
            <translation>Vergelijken met deze gemeenten (codes of namen, met komma’s; leeg: naar grootte en stedelijkheid)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="118" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="119" />
            <source>Language of field names and styles</source>
            <translation>Taal van veldnamen en stijlen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="120" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="121" />
            <source>RKSD GeoPackage</source>
            <translation>RKSD-GeoPackage</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="120" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="121" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="122" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="122" />
            <source>Buurten</source>
            <translation>Buurten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="123" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="123" />
            <source>Summary (JSON)</source>
            <translation>Samenvatting (JSON)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="294" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="294" />
            <source>Series {first}-{last} on the boundaries of {target}</source>
            <translation>Reeks {first}-{last} op de grenzen van {target}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="96" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="96" />
            <source>Year ({first}-{last})</source>
            <translation>Jaar ({first}-{last})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="107" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="109" />
            <source>Offline packages (*.zip);;All files (*)</source>
            <translation>Offline pakketten (*.zip);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="118" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="119" />
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="118" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="119" />
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="138" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="138" />
            <source>Cancelled: no GeoPackage was written.</source>
            <translation>Geannuleerd: er is geen GeoPackage geschreven.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="182" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="182" />
            <source>{gemeente} {year}, from: {source}</source>
            <translation>{gemeente} {year}, uit: {source}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="244" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="244" />
            <source>{gemeente} {first}-{last} as a series</source>
            <translation>{gemeente} {first}-{last} als reeks</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="297" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="297" />
            <source>{year}: not in the series ({reason})</source>
            <translation>{year}: niet in de reeks ({reason})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="300" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="300" />
            <source>{year}: neighbourhoods direct {direct}, re-coded {recoded}, re-allocated {reallocated} ({weights})</source>
            <translation>{year}: buurten direct {direct}, hercodeerd {recoded}, omgerekend {reallocated} ({weights})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="306" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="306" />
            <source>{year}: compared with {n} similar municipalities ({rule})</source>
            <translation>{year}: vergeleken met {n} vergelijkbare gemeenten ({rule})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="315" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="315" />
            <source>{name}: {features} features, {matched} matched, only in CBS: {cbs}, only in PDOK: {pdok}</source>
            <translation>{name}: {features} objecten, {matched} gekoppeld, alleen bij CBS: {cbs}, alleen bij PDOK: {pdok}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="319" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="319" />
            <source>{source}: no table of this year, {table} of {year} used</source>
            <translation>{source}: geen tabel van dit jaar, {table} van {year} gebruikt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="206" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="206" />
            <source>The first year ({first}) lies after the year ({year}).</source>
            <translation>Het eerste jaar ({first}) ligt na het jaar ({year}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="170" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="170" />
            <source>The offline package holds no {gemeente} {year}.</source>
            <translation>Het offline pakket bevat geen {gemeente} {year}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="182" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="185" />
            <source>cache only (offline)</source>
            <translation>alleen cache (offline)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="182" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="185" />
            <source>download (cache first)</source>
            <translation>downloaden (eerst uit de cache)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="227" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="227" />
            <source>The offline package holds no {gemeente} for {years}: those years are left out.</source>
            <translation>Het offline pakket bevat geen {gemeente} voor {years}: die jaren vallen weg.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="182" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="184" />
            <source>offline package {title}</source>
            <translation>offline pakket {title}</translation>
        </message>
    </context>
    <context>
        <name>RksdOutput</name>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="308" />
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="308" />
            <source>Could not create a temporary GeoPackage: {error}</source>
            <translation>Er kon geen tijdelijke GeoPackage worden gemaakt: {error}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="191" />
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="191" />
            <source>Could not write the output layer: {error}</source>
            <translation>De uitvoerlaag kon niet worden geschreven: {error}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="244" />
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="244" />
            <source>Could not write the output GeoPackage {path}: {error}</source>
            <translation>De uitvoer-GeoPackage {path} kon niet worden geschreven: {error}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="134" />
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="134" />
            <source>Could not find the new table in {path}.</source>
            <translation>De nieuwe tabel is niet gevonden in {path}.</translation>
        </message>
    </context>
    <context>
        <name>RksdOwnAlgorithms</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="75" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="75" />
            <source>Own data</source>
            <translation>Eigen gegevens</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="106" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="107" />
            <source>Another group per measure (e.g. jeugdwet=inwoners_0_15; wmo=inwoners_65plus)</source>
            <translation>Een andere groep per maat (bijv. jeugdwet=inwoners_0_15; wmo=inwoners_65plus)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="116" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="117" />
            <source>Also hide a count close to the whole population of the area</source>
            <translation>Ook een aantal afschermen dat bijna de hele bevolking van het gebied is</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="187" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="187" />
            <source>Cancelled: nothing was written.</source>
            <translation>Geannuleerd: er is niets geschreven.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="85" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="86" />
            <source>RKSD GeoPackage of the gemeente (made by the RKSD panel or the demo)</source>
            <translation>RKSD-GeoPackage van de gemeente (gemaakt door het RKSD-paneel of de demo)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="89" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="90" />
            <source>Local postcode table (CSV: PC6, house number, buurt code; for postcodes)</source>
            <translation>Lokale postcodetabel (CSV: PC6, huisnummer, buurtcode; voor postcodes)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="96" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="96" />
            <source>Short name (becomes eigen_&lt;name&gt;_... fields)</source>
            <translation>Korte naam (wordt velden eigen_&lt;naam&gt;_...)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="98" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="98" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="99" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="99" />
            <source>Source (e.g. 'Gemeente X, Wmo-registratie')</source>
            <translation>Bron (bijv. 'Gemeente X, Wmo-registratie')</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="101" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="101" />
            <source>Period (e.g. 2024)</source>
            <translation>Periode (bijv. 2024)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="103" />
            <source>Rates per 1,000 of (CBS population of the year)</source>
            <translation>Cijfers per 1.000 van (CBS-bevolking van het jaar)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="111" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="112" />
            <source>Minimum count: 1 up to this minus 1 is afgeschermd</source>
            <translation>Minimumaantal: 1 tot en met dit min 1 wordt afgeschermd</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="114" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="115" />
            <source>Round published counts</source>
            <translation>Gepubliceerde aantallen afronden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="120" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="121" />
            <source>Add the main indicator to the index of question (optional)</source>
            <translation>De hoofdindicator opnemen in de index van vraag (optioneel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="123" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="124" />
            <source>Weight in that index</source>
            <translation>Gewicht in die index</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="125" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="126" />
            <source>Direction</source>
            <translation>Richting</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="128" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="129" />
            <source>These are SYNTHETIC example data (labelled so on every output)</source>
            <translation>Dit zijn SYNTHETISCHE voorbeeldgegevens (zo vermeld op elke uitvoer)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="145" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="145" />
            <source>Give a short name of letters and digits.</source>
            <translation>Geef een korte naam van letters en cijfers.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="104" />
            <source>inhabitants</source>
            <translation>inwoners</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="104" />
            <source>inhabitants aged 0-14</source>
            <translation>inwoners van 0 tot 15 jaar</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="104" />
            <source>inhabitants aged 65 or over</source>
            <translation>inwoners van 65 jaar of ouder</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="123" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="104" />
            <source>households</source>
            <translation>huishoudens</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="114" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="115" />
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="114" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="115" />
            <source>to 5</source>
            <translation>op 5</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="125" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="126" />
            <source>higher = more risk</source>
            <translation>hoger = meer risico</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="125" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="126" />
            <source>lower = more risk</source>
            <translation>lager = meer risico</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="125" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="126" />
            <source>neutral</source>
            <translation>neutraal</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="168" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="168" />
            <source>{rows} rows read, {counted} {unit} counted.</source>
            <translation>{rows} regels gelezen, {counted} {unit} geteld.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="120" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="122" />
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="171" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="171" />
            <source>Not counted ({count} rows): {why}</source>
            <translation>Niet geteld ({count} regels): {why}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="53" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="53" />
            <source>Own facilities (list to points)</source>
            <translation>Eigen voorzieningen (lijst naar punten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="56" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="56" />
            <source>The gemeente's own list of facilities as points with the catalog's facility kinds, placed by coordinates or by address (PDOK Locatieserver); every row not placed is listed with why.</source>
            <translation>De eigen voorzieningenlijst van de gemeente als punten met de soorten voorzieningen van de catalogus, geplaatst op coördinaten of op adres (PDOK Locatieserver); elke niet geplaatste regel staat in een lijst met de reden.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="63" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="63" />
            <source>&lt;p&gt;Makes a point layer from the gemeente's list of facilities (welzijn, sport, cultuur, zorg, dagbesteding, beschermd wonen, ...). Each row is placed by the first way that works: its own point geometry, coordinate columns (RD or longitude/latitude), postcode + house number, or street + house number + place. Addresses are geocoded with the PDOK Locatieserver through RKSD's network settings and cache (a second run asks nothing again); offline, only cached answers are used.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Categories&lt;/b&gt; are mapped to the catalog's facility kinds (supermarkt, huisarts, apotheek, ontmoeting, fysio, ov_halte, welzijn, zorg, dagbesteding, beschermd_wonen, jeugd, sport, cultuur, onderwijs) by name or synonym; map others by hand as 'own category=kind; ...'. The output's field &lt;i&gt;categorie&lt;/i&gt; holds the kind, so rksd:bereikbaarheid, rksd:langer_thuis and rksd:zorgvraag_aanbod take the layer directly (category field: categorie).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not placed&lt;/b&gt;: every row that could not be placed is in the second output with the reason (no address, postcode not Dutch, house number a spreadsheet made a date of, address not in the BAG, several addresses match, ...).&lt;/p&gt;&lt;p&gt;Only public addresses of facilities are sent to PDOK - never use this for client addresses.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Maakt een puntlaag van de voorzieningenlijst van de gemeente (welzijn, sport, cultuur, zorg, dagbesteding, beschermd wonen, ...). Elke regel wordt geplaatst op de eerste manier die lukt: de eigen puntgeometrie, kolommen met coördinaten (RD of lengte-/breedtegraad), postcode + huisnummer, of straat + huisnummer + plaats. Adressen worden gegeocodeerd met de PDOK Locatieserver via de netwerkinstellingen en de cache van RKSD (een tweede keer wordt niets opnieuw gevraagd); offline worden alleen antwoorden uit de cache gebruikt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Categorieën&lt;/b&gt; worden op naam of synoniem gekoppeld aan de soorten voorzieningen van de catalogus (supermarkt, huisarts, apotheek, ontmoeting, fysio, ov_halte, welzijn, zorg, dagbesteding, beschermd_wonen, jeugd, sport, cultuur, onderwijs); koppel andere met de hand als 'eigen categorie=soort; ...'. Het veld &lt;i&gt;categorie&lt;/i&gt; van de uitvoer bevat de soort, zodat rksd:bereikbaarheid, rksd:langer_thuis en rksd:zorgvraag_aanbod de laag direct gebruiken (categorieveld: categorie).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niet geplaatst&lt;/b&gt;: elke regel die niet geplaatst kon worden, staat in de tweede uitvoer met de reden (geen adres, geen Nederlandse postcode, een huisnummer waar een spreadsheet een datum van maakte, adres niet in de BAG, meerdere adressen passen, ...).&lt;/p&gt;&lt;p&gt;Alleen openbare adressen van voorzieningen gaan naar PDOK - gebruik dit nooit voor adressen van cliënten.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="95" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="96" />
            <source>Offline: use only answers already in the cache</source>
            <translation>Offline: alleen antwoorden gebruiken die al in de cache staan</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="60" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="60" />
            <source>eigen voorzieningen,geocoderen,adres,postcode,locatieserver,own facilities,geocoding</source>
            <translation>eigen voorzieningen,geocoderen,adres,postcode,locatieserver,voorzieningenlijst</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="80" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="81" />
            <source>Facility list (CSV, XLSX, GeoPackage or layer)</source>
            <translation>Voorzieningenlijst (CSV, XLSX, GeoPackage of laag)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <source>Category column</source>
            <translation>Kolom met de categorie</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <source>Name column</source>
            <translation>Kolom met de naam</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="83" />
            <source>X or longitude column</source>
            <translation>Kolom met X of lengtegraad</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="83" />
            <source>Y or latitude column</source>
            <translation>Kolom met Y of breedtegraad</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="84" />
            <source>Postcode column</source>
            <translation>Kolom met de postcode</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="85" />
            <source>House number column</source>
            <translation>Kolom met het huisnummer</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="86" />
            <source>House letter or addition column</source>
            <translation>Kolom met huisletter of toevoeging</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="87" />
            <source>Street column</source>
            <translation>Kolom met de straat</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="87" />
            <source>Place column</source>
            <translation>Kolom met de plaats</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="90" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="91" />
            <source>Coordinates are in</source>
            <translation>Coördinaten zijn in</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="93" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="94" />
            <source>Own category = kind, separated by ;</source>
            <translation>Eigen categorie = soort, gescheiden door ;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="99" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="99" />
            <source>Own facilities</source>
            <translation>Eigen voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="100" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="101" />
            <source>Facilities not placed</source>
            <translation>Niet geplaatste voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="102" />
            <source>Placed</source>
            <translation>Geplaatst</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="103" />
            <source>Not placed</source>
            <translation>Niet geplaatst</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="90" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="91" />
            <source>RD New (EPSG:28992)</source>
            <translation>RD New (EPSG:28992)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="90" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="92" />
            <source>longitude/latitude (EPSG:4326)</source>
            <translation>lengte-/breedtegraad (EPSG:4326)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="177" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="177" />
            <source>{placed} placed, {unplaced} not placed, {requests} addresses asked.</source>
            <translation>{placed} geplaatst, {unplaced} niet geplaatst, {requests} adressen gevraagd.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="166" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="166" />
            <source>Row {row} ({name}) not placed: {why}</source>
            <translation>Regel {row} ({name}) niet geplaatst: {why}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="175" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="175" />
            <source>Category '{category}' ({count}x) is not one of the catalog's facility kinds: kind 'overig'.</source>
            <translation>Categorie '{category}' ({count}x) is geen soort voorziening van de catalogus: soort 'overig'.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="33" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="33" />
            <source>Own figures per area (counts)</source>
            <translation>Eigen cijfers per gebied (aantallen)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="36" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="36" />
            <source>Counts the gemeente aggregated per buurt, wijk, PC6 or PC4, with disclosure control, as own indicators beside CBS.</source>
            <translation>Aantallen die de gemeente per buurt, wijk, PC6 of PC4 telde, met onthullingsbeheersing, als eigen indicatoren naast CBS.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="43" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="43" />
            <source>&lt;p&gt;Adds counts the gemeente already aggregated (e.g. Wmo clients per buurt) to an RKSD GeoPackage as own indicators: the count, a rate per 1,000 of a CBS population group of the same year, the gemeente's value, and a status. Fields start with &lt;i&gt;eigen_&lt;/i&gt; and are marked as the gemeente's own source.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Areas&lt;/b&gt;: buurt and wijk codes join directly (also CBS's bare numbers). A PC6 needs the local postcode table (CBS 'Buurt, wijk en gemeente voor postcode huisnummer') and joins the buurt that holds all its addresses; a PC4 joins the wijk that holds all its addresses. A postcode spread over several areas is not divided: it is left out and listed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Disclosure control&lt;/b&gt; before anything is written: counts from 1 to the minimum minus 1 are afgeschermd, and so are counts close to the area's population; then enough more is hidden that no hidden count follows from a total or from the other areas of its wijk or gemeente - checked exactly. Optional rounding to 5. Rates only from published counts. A column that is the sum of others is protected together with them. The privacy report goes into the GeoPackage (table rksd_privacy) and the atlas's method page.&lt;/p&gt;&lt;p&gt;RKSD needs the exact counts: a cell such as '&amp;lt;5' or '.' is refused.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Voegt aantallen die de gemeente al telde (bijv. Wmo-cliënten per buurt) als eigen indicatoren toe aan een RKSD-GeoPackage: het aantal, een cijfer per 1.000 van een CBS-bevolkingsgroep van hetzelfde jaar, de waarde van de gemeente en een status. Velden beginnen met &lt;i&gt;eigen_&lt;/i&gt; en zijn gemarkeerd als eigen bron van de gemeente.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gebieden&lt;/b&gt;: buurt- en wijkcodes worden direct gekoppeld (ook de kale nummers van het CBS). Een PC6 heeft de lokale postcodetabel nodig (CBS 'Buurt, wijk en gemeente voor postcode huisnummer') en gaat naar de buurt waarin al zijn adressen liggen; een PC4 gaat naar de wijk waarin al zijn adressen liggen. Een postcode over meerdere gebieden wordt niet verdeeld: die blijft buiten beschouwing en wordt gemeld.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Onthullingsbeheersing&lt;/b&gt; voordat er iets geschreven wordt: aantallen van 1 tot het minimum min 1 worden afgeschermd, net als aantallen die bijna de hele bevolking van het gebied zijn; daarna wordt zoveel extra afgeschermd dat geen afgeschermd aantal volgt uit een totaal of uit de andere gebieden van zijn wijk of gemeente - precies gecontroleerd. Afronden op 5 is mogelijk. Cijfers alleen uit gepubliceerde aantallen. Een kolom die de som van andere is, wordt samen met die andere beschermd. Het privacyverslag komt in de GeoPackage (tabel rksd_privacy) en op de methodepagina van de atlas.&lt;/p&gt;&lt;p&gt;RKSD heeft de precieze aantallen nodig: een cel als '&amp;lt;5' of '.' wordt geweigerd.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="40" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="40" />
            <source>eigen cijfers,wmo,jeugdhulp,bijstand,privacy,onthullingsbeheersing,own data,disclosure control</source>
            <translation>eigen cijfers,wmo,jeugdhulp,bijstand,privacy,onthullingsbeheersing,afschermen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="60" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="61" />
            <source>Table with counts per area (CSV, XLSX, GeoPackage or layer)</source>
            <translation>Tabel met aantallen per gebied (CSV, XLSX, GeoPackage of laag)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="62" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="63" />
            <source>The codes are</source>
            <translation>De codes zijn</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="65" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="66" />
            <source>Column with the area code</source>
            <translation>Kolom met de gebiedscode</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="68" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="69" />
            <source>Columns with counts</source>
            <translation>Kolommen met aantallen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="92" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="74" />
            <source>RKSD GeoPackage with the own figures</source>
            <translation>RKSD-GeoPackage met de eigen cijfers</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="93" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="75" />
            <source>Privacy report</source>
            <translation>Privacyverslag</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="96" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="96" />
            <source>areas</source>
            <translation>gebieden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="62" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="63" />
            <source>buurt codes</source>
            <translation>buurtcodes</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="62" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="63" />
            <source>wijk codes</source>
            <translation>wijkcodes</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="62" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="63" />
            <source>PC6 postcodes</source>
            <translation>PC6-postcodes</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="62" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="64" />
            <source>PC4 postcodes</source>
            <translation>PC4-postcodes</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="43" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="43" />
            <source>Own figures from client records (person level)</source>
            <translation>Eigen cijfers uit cliëntgegevens (op persoonsniveau)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="46" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="46" />
            <source>One row per client (and voorziening): counted per buurt on this computer, with disclosure control and stapeling; no row is ever written.</source>
            <translation>Eén regel per cliënt (en voorziening): per buurt geteld op deze computer, met onthullingsbeheersing en stapeling; geen regel wordt ooit geschreven.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="53" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="53" />
            <source>&lt;p&gt;Counts person-level client records per buurt (or wijk) and adds them to an RKSD GeoPackage as own indicators, with the same disclosure control as own figures.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: records never leave this computer. The area comes from a buurt or wijk code in the row, or from a postcode (and house number) looked up in a &lt;i&gt;local&lt;/i&gt; postcode table you give (CBS 'Buurt, wijk en gemeente voor postcode huisnummer'): no address is sent to any web service. Rows are counted in memory; ids are replaced by keyed hashes; no row, id or address is written to any output, cache, log or project. Rows without a known area are in no figure; the log says how many and why.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Voorzieningen and stapeling&lt;/b&gt;: with a voorziening column you get one indicator per voorziening; with stapeling also the number with at least one and the share with two or more (persons, or households with a household column). Because these come from the same clients, an extra check (linear programming, needs scipy) makes sure no small combination of voorzieningen can be derived.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Telt cliëntgegevens op persoonsniveau per buurt (of wijk) en voegt ze als eigen indicatoren toe aan een RKSD-GeoPackage, met dezelfde onthullingsbeheersing als eigen cijfers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: de gegevens verlaten deze computer nooit. Het gebied komt uit een buurt- of wijkcode in de regel, of uit een postcode (en huisnummer) die wordt opgezocht in een &lt;i&gt;lokale&lt;/i&gt; postcodetabel die u opgeeft (CBS 'Buurt, wijk en gemeente voor postcode huisnummer'): geen adres gaat naar een webdienst. Regels worden in het geheugen geteld; id's worden vervangen door gesleutelde hashes; geen regel, id of adres wordt geschreven naar een uitvoer, cache, logboek of project. Regels zonder bekend gebied tellen in geen cijfer mee; het logboek zegt hoeveel en waarom.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Voorzieningen en stapeling&lt;/b&gt;: met een kolom voor de voorziening krijgt u één indicator per voorziening; met stapeling ook het aantal met minstens één en het aandeel met twee of meer (personen, of huishoudens met een kolom voor het huishouden). Omdat die uit dezelfde cliënten komen, controleert een extra toets (lineaire programmering, heeft scipy nodig) dat geen kleine combinatie van voorzieningen af te leiden is.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="50" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="50" />
            <source>eigen cijfers,clienten,wmo,jeugdwet,participatiewet,stapeling,privacy,own data,records</source>
            <translation>eigen cijfers,cliënten,wmo,jeugdwet,participatiewet,stapeling,privacy,cliëntgegevens</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="67" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="68" />
            <source>Client records (CSV, XLSX, GeoPackage or layer)</source>
            <translation>Cliëntgegevens (CSV, XLSX, GeoPackage of laag)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="69" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="70" />
            <source>The area of a row is</source>
            <translation>Het gebied van een regel is</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="73" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="74" />
            <source>Column with the buurt/wijk code or postcode</source>
            <translation>Kolom met de buurt-/wijkcode of postcode</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="76" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="77" />
            <source>Column with the house number</source>
            <translation>Kolom met het huisnummer</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="79" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="80" />
            <source>Column with the voorziening</source>
            <translation>Kolom met de voorziening</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="83" />
            <source>Column with the person or household id (empty: every row is one person)</source>
            <translation>Kolom met het id van persoon of huishouden (leeg: elke regel is één persoon)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="85" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="86" />
            <source>The id counts</source>
            <translation>Het id telt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="87" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="88" />
            <source>Stapeling: with at least one and with two or more voorzieningen</source>
            <translation>Stapeling: met minstens één en met twee of meer voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="69" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="71" />
            <source>a buurt code</source>
            <translation>een buurtcode</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="69" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="71" />
            <source>a wijk code</source>
            <translation>een wijkcode</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="69" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="71" />
            <source>a PC6 postcode (local table)</source>
            <translation>een PC6-postcode (lokale tabel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="69" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="72" />
            <source>a postcode and house number (local table)</source>
            <translation>een postcode en huisnummer (lokale tabel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="123" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="86" />
            <source>persons</source>
            <translation>personen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="127" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="127" />
            <source>Reading the client records failed ({kind}); no row is shown here for privacy.</source>
            <translation>Het lezen van de cliëntgegevens is mislukt ({kind}); om privacyredenen wordt hier geen regel getoond.</translation>
        </message>
    </context>
    <context>
        <name>RksdOwnData</name>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="24" />
            <source>no coordinates and no address</source>
            <translation>geen coördinaten en geen adres</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="25" />
            <source>the coordinates cannot be read: {detail}</source>
            <translation>de coördinaten zijn niet te lezen: {detail}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="26" />
            <source>the coordinates lie outside the Netherlands: {detail}</source>
            <translation>de coördinaten liggen buiten Nederland: {detail}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="27" />
            <source>'{detail}' is not a Dutch postcode (4 digits and 2 letters)</source>
            <translation>'{detail}' is geen Nederlandse postcode (4 cijfers en 2 letters)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="28" />
            <source>the house number is missing</source>
            <translation>het huisnummer ontbreekt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="29" />
            <source>house number '{detail}' cannot be read</source>
            <translation>huisnummer '{detail}' is niet te lezen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="30" />
            <source>house number '{detail}' looks like a date a spreadsheet made of it (e.g. 4-2)</source>
            <translation>huisnummer '{detail}' lijkt een datum die een spreadsheet ervan maakte (bijv. 4-2)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="32" />
            <source>no such address in the BAG (PDOK Locatieserver): {detail}</source>
            <translation>dit adres staat niet in de BAG (PDOK Locatieserver): {detail}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="33" />
            <source>{detail} addresses match; add the house letter or addition</source>
            <translation>{detail} adressen passen; vul de huisletter of toevoeging aan</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="34" />
            <source>no address matches street, number and place exactly (closest: {detail})</source>
            <translation>geen adres past precies bij straat, nummer en plaats (dichtstbij: {detail})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="36" />
            <source>the PDOK Locatieserver could not be asked: {detail}</source>
            <translation>de PDOK Locatieserver kon niet worden gevraagd: {detail}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="37" />
            <source>offline, and the answer is not in the cache: {detail}</source>
            <translation>offline, en het antwoord staat niet in de cache: {detail}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="39" />
            <source>no area (buurt code or postcode) in the row</source>
            <translation>geen gebied (buurtcode of postcode) in de regel</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="40" />
            <source>the area code or postcode cannot be read</source>
            <translation>de gebiedscode of postcode is niet te lezen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="41" />
            <source>the area lies in another gemeente (left out)</source>
            <translation>het gebied ligt in een andere gemeente (buiten beschouwing)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="42" />
            <source>the buurt or wijk code is not in this year's indeling</source>
            <translation>de buurt- of wijkcode zit niet in de indeling van dit jaar</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="43" />
            <source>the postcode (and house number) is not in the postcode table</source>
            <translation>de postcode (en het huisnummer) staat niet in de postcodetabel</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="44" />
            <source>the postcode lies in several buurten and the house number does not decide</source>
            <translation>de postcode ligt in meerdere buurten en het huisnummer beslist niet</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="46" />
            <source>no voorziening in the row (left out)</source>
            <translation>geen voorziening in de regel (buiten beschouwing)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="47" />
            <source>the rows of one person or household name different areas</source>
            <translation>de regels van één persoon of huishouden noemen verschillende gebieden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="48" />
            <source>a postcode needs the postcode table, which was not given</source>
            <translation>een postcode heeft de postcodetabel nodig, en die is niet opgegeven</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="49" />
            <source>the postcode lies in several buurten (PC6) or wijken (PC4); its counts are not divided</source>
            <translation>de postcode ligt in meerdere buurten (PC6) of wijken (PC4); de aantallen worden niet verdeeld</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_tasks.py" line="24" />
            <source>RKSD: own facilities</source>
            <translation>RKSD: eigen voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_tasks.py" line="48" />
            <source>RKSD: own figures with disclosure control</source>
            <translation>RKSD: eigen cijfers met onthullingsbeheersing</translation>
        </message>
    </context>
    <context>
        <name>RksdOwnDataDialog</name>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="121" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="121" />
            <source>Own figures become indicators beside CBS: a count and a rate per 1,000 of a CBS population group, per buurt, wijk and gemeente, marked as the gemeente's own source. Small counts are afgeschermd before anything is shown or stored.</source>
            <translation>Eigen cijfers worden indicatoren naast CBS: een aantal en een cijfer per 1.000 van een CBS-bevolkingsgroep, per buurt, wijk en gemeente, gemarkeerd als eigen bron van de gemeente. Kleine aantallen worden afgeschermd voordat er iets getoond of opgeslagen wordt.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="105" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="105" />
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="118" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="118" />
            <source>Turn the gemeente's list of facilities into points the analyses use. Rows are placed by their coordinates or by address (PDOK Locatieserver); categories map to the catalog's facility kinds. Every row that cannot be placed is listed with the reason.</source>
            <translation>Maak van de voorzieningenlijst van de gemeente punten die de analyses gebruiken. Regels worden geplaatst op hun coördinaten of op adres (PDOK Locatieserver); categorieën worden gekoppeld aan de soorten voorzieningen van de catalogus. Elke regel die niet geplaatst kan worden, staat in een lijst met de reden.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="341" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="131" />
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="140" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="140" />
            <source>Layer of the project</source>
            <translation>Laag van het project</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="143" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="143" />
            <source>Tables (*.csv *.txt *.xlsx *.ods *.gpkg *.geojson *.shp)</source>
            <translation>Tabellen (*.csv *.txt *.xlsx *.ods *.gpkg *.geojson *.shp)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="145" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="145" />
            <source>or a file</source>
            <translation>of een bestand</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="271" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="194" />
            <source>Columns</source>
            <translation>Kolommen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="201" />
            <source>RD New (EPSG:28992)</source>
            <translation>RD New (EPSG:28992)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="202" />
            <source>longitude/latitude (EPSG:4326)</source>
            <translation>lengte-/breedtegraad (EPSG:4326)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="203" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="203" />
            <source>Coordinates in</source>
            <translation>Coördinaten in</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="212" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="212" />
            <source>Categories and the catalog's facility kinds</source>
            <translation>Categorieën en de soorten voorzieningen van de catalogus</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="257" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="257" />
            <source>Result</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="266" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="266" />
            <source>GeoPackage</source>
            <translation>GeoPackage</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="306" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="306" />
            <source>Postcode table (*.csv)</source>
            <translation>Postcodetabel (*.csv)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="307" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="307" />
            <source>CBS 'Buurt, wijk en gemeente voor postcode huisnummer' (pc6hnr...csv), or a CSV with postcode, house number and buurt code. Only read on this computer.</source>
            <translation>CBS 'Buurt, wijk en gemeente voor postcode huisnummer' (pc6hnr...csv), of een CSV met postcode, huisnummer en buurtcode. Wordt alleen op deze computer gelezen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="309" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="309" />
            <source>Local postcode table</source>
            <translation>Lokale postcodetabel</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="328" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="328" />
            <source>Indicator and privacy</source>
            <translation>Indicator en privacy</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="332" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="332" />
            <source>Letters and digits; the fields are called eigen_&lt;name&gt;_...</source>
            <translation>Letters en cijfers; de velden heten eigen_&lt;naam&gt;_...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="333" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="333" />
            <source>Short name</source>
            <translation>Korte naam</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="336" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="336" />
            <source>e.g. Wmo clients</source>
            <translation>bijv. Wmo-cliënten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="337" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="340" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="340" />
            <source>e.g. Gemeente Maastricht, Wmo registration</source>
            <translation>bijv. Gemeente Maastricht, Wmo-registratie</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="344" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="344" />
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="350" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="350" />
            <source>Rate per 1,000</source>
            <translation>Cijfer per 1.000</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="355" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="355" />
            <source>Counts from 1 up to this number minus 1 are afgeschermd (default 5, as Straatkubus and Amsterdam's BBGA).</source>
            <translation>Aantallen van 1 tot en met dit getal min 1 worden afgeschermd (standaard 5, zoals Straatkubus en de BBGA van Amsterdam).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="357" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="357" />
            <source>Minimum count</source>
            <translation>Minimumaantal</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="358" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="358" />
            <source>Round published counts to 5 (as CBS)</source>
            <translation>Gepubliceerde aantallen afronden op 5 (zoals het CBS)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="366" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="366" />
            <source>Also in the index of</source>
            <translation>Ook in de index van</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="371" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="371" />
            <source>with weight</source>
            <translation>met gewicht</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="377" />
            <source>Direction</source>
            <translation>Richting</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="378" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="378" />
            <source>SYNTHETIC example data (labelled on every output)</source>
            <translation>SYNTHETISCHE voorbeeldgegevens (vermeld op elke uitvoer)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="125" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="125" />
            <source>Client records stay on this computer: no address goes to any web service (postcodes are looked up in a local table), and no row, id or address is stored anywhere.</source>
            <translation>Cliëntgegevens blijven op deze computer: geen adres gaat naar een webdienst (postcodes worden in een lokale tabel opgezocht) en geen regel, id of adres wordt ergens opgeslagen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="135" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="135" />
            <source>a file</source>
            <translation>een bestand</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="196" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="196" />
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="196" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="196" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="197" />
            <source>X or longitude</source>
            <translation>X of lengtegraad</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="196" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="197" />
            <source>Y or latitude</source>
            <translation>Y of breedtegraad</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="204" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="204" />
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="292" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="204" />
            <source>House number</source>
            <translation>Huisnummer</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="204" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="205" />
            <source>House letter or addition</source>
            <translation>Huisletter of toevoeging</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="204" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="205" />
            <source>Street</source>
            <translation>Straat</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="204" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="206" />
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="216" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="216" />
            <source>Own category</source>
            <translation>Eigen categorie</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="216" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="216" />
            <source>Facility kind</source>
            <translation>Soort voorziening</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="279" />
            <source>The codes are</source>
            <translation>De codes zijn</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="280" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="280" />
            <source>Area code</source>
            <translation>Gebiedscode</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="284" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="284" />
            <source>Counts</source>
            <translation>Aantallen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="290" />
            <source>The area of a row is</source>
            <translation>Het gebied van een regel is</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="291" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="291" />
            <source>Area code or postcode</source>
            <translation>Gebiedscode of postcode</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="293" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="293" />
            <source>Voorziening</source>
            <translation>Voorziening</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="294" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="294" />
            <source>Person or household id</source>
            <translation>Id van persoon of huishouden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="297" />
            <source>persons</source>
            <translation>personen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="298" />
            <source>households</source>
            <translation>huishoudens</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="299" />
            <source>The id counts</source>
            <translation>Het id telt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="300" />
            <source>Stapeling: with at least one and with two or more voorzieningen</source>
            <translation>Stapeling: met minstens één en met twee of meer voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="347" />
            <source>inhabitants</source>
            <translation>inwoners</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="347" />
            <source>inhabitants aged 0-14</source>
            <translation>inwoners van 0 tot 15 jaar</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="348" />
            <source>inhabitants aged 65 or over</source>
            <translation>inwoners van 65 jaar of ouder</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="363" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="363" />
            <source>no question</source>
            <translation>geen vraag</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="374" />
            <source>higher = more risk</source>
            <translation>hoger = meer risico</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="374" />
            <source>lower = more risk</source>
            <translation>lager = meer risico</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="375" />
            <source>neutral</source>
            <translation>neutraal</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="398" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="398" />
            <source>Choose a file or a layer.</source>
            <translation>Kies een bestand of een laag.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="430" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="430" />
            <source>Make the maps of the gemeente first: own figures join its GeoPackage.</source>
            <translation>Maak eerst de kaarten van de gemeente: eigen cijfers komen in haar GeoPackage.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="435" />
            <source>Give a short name of letters and digits.</source>
            <translation>Geef een korte naam van letters en cijfers.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="88" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="88" />
            <source>Import own facilities</source>
            <translation>Eigen voorzieningen importeren</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="88" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="88" />
            <source>Import own figures per area</source>
            <translation>Eigen cijfers per gebied importeren</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="88" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="89" />
            <source>Import client records (person level)</source>
            <translation>Cliëntgegevens importeren (op persoonsniveau)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="176" />
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="276" />
            <source>buurt codes</source>
            <translation>buurtcodes</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="276" />
            <source>wijk codes</source>
            <translation>wijkcodes</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="276" />
            <source>PC6 postcodes</source>
            <translation>PC6-postcodes</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="277" />
            <source>PC4 postcodes</source>
            <translation>PC4-postcodes</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="286" />
            <source>a buurt code</source>
            <translation>een buurtcode</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="286" />
            <source>a wijk code</source>
            <translation>een wijkcode</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="287" />
            <source>a PC6 postcode (local table)</source>
            <translation>een PC6-postcode (lokale tabel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="288" />
            <source>a postcode and house number (local table)</source>
            <translation>een postcode en huisnummer (lokale tabel)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="401" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="401" />
            <source>A temporary (memory) layer cannot be read in the background; save it first.</source>
            <translation>Een tijdelijke laag (in het geheugen) kan niet op de achtergrond gelezen worden; sla die eerst op.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="426" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="426" />
            <source>Choose where to save the GeoPackage.</source>
            <translation>Kies waar de GeoPackage wordt opgeslagen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="450" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="450" />
            <source>Choose the column with the area code.</source>
            <translation>Kies de kolom met de gebiedscode.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="452" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="452" />
            <source>Tick at least one column with counts.</source>
            <translation>Vink minstens één kolom met aantallen aan.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="455" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="455" />
            <source>Postcodes need the local postcode table.</source>
            <translation>Postcodes hebben de lokale postcodetabel nodig.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="460" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="460" />
            <source>Choose the column with the area.</source>
            <translation>Kies de kolom met het gebied.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="467" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="467" />
            <source>Postcodes need the local postcode table: addresses never go to a web service.</source>
            <translation>Postcodes hebben de lokale postcodetabel nodig: adressen gaan nooit naar een webdienst.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="469" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="469" />
            <source>Choose the column with the house number.</source>
            <translation>Kies de kolom met het huisnummer.</translation>
        </message>
    </context>
    <context>
        <name>RksdOwnPanel</name>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="61" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="61" />
            <source>A list with categories, by coordinates or address</source>
            <translation>Een lijst met categorieën, op coördinaten of adres</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="64" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="64" />
            <source>Counts already per neighbourhood, district, PC6 or PC4</source>
            <translation>Aantallen al per buurt, wijk, PC6 of PC4</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="67" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="67" />
            <source>One row per client: counted here, never stored</source>
            <translation>Eén regel per cliënt: hier geteld, nooit opgeslagen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="79" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="79" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="81" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="81" />
            <source>Stop the import; nothing is written</source>
            <translation>Stop het importeren; er wordt niets geschreven</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="328" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="328" />
            <source>Own figures</source>
            <translation>Eigen cijfers</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="52" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="52" />
            <source>The municipality's own data</source>
            <translation>Eigen gegevens van de gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="59" />
            <source>Own facilities</source>
            <translation>Eigen voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="62" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="62" />
            <source>Own figures per area</source>
            <translation>Eigen cijfers per gebied</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="65" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="65" />
            <source>Client records</source>
            <translation>Cliëntgegevens</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="92" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="92" />
            <source>Row</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="92" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="92" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="92" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="92" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="92" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="92" />
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="97" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="97" />
            <source>Own data in these maps</source>
            <translation>Eigen gegevens in deze kaarten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="172" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="172" />
            <source>Working</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="188" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="188" />
            <source>Cancelled; nothing was written.</source>
            <translation>Geannuleerd; er is niets weggeschreven.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="53" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="53" />
            <source>Put the municipality's own facility list and own figures (Wmo, jeugdhulp, bijstand, ...) on the map beside CBS. Own figures are protected before anything is shown or stored: small counts read '{word}', and nothing hidden can be calculated back.</source>
            <translation>Zet de eigen voorzieningenlijst en eigen cijfers van de gemeente (Wmo, jeugdhulp, bijstand, ...) op de kaart naast CBS. Eigen cijfers worden beschermd voordat er iets getoond of opgeslagen wordt: kleine aantallen heten '{word}', en niets afgeschermds is terug te rekenen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="122" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="122" />
            <source>Make the maps of a gemeente first</source>
            <translation>Maak eerst de kaarten van een gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="218" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="218" />
            <source>{placed} facilities placed, {unplaced} not placed ({requests} addresses asked). Saved in {path}. Use the layer in the analyses with category field 'categorie'.</source>
            <translation>{placed} voorzieningen geplaatst, {unplaced} niet geplaatst ({requests} adressen gevraagd). Opgeslagen in {path}. Gebruik de laag in de analyses met categorieveld 'categorie'.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="223" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="223" />
            <source>Own facilities ready: {count} points</source>
            <translation>Eigen voorzieningen klaar: {count} punten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="249" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="249" />
            <source>{title}: {counted} counted from {rows} rows; {indicators} own indicators on the map.</source>
            <translation>{title}: {counted} geteld uit {rows} regels; {indicators} eigen indicatoren op de kaart.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="264" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="264" />
            <source>Own figures on the map: {title}</source>
            <translation>Eigen cijfers op de kaart: {title}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="139" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="142" />
            <source>{measures} measures, minimum count {min}, {hidden} buurt figures afgeschermd</source>
            <translation>{measures} maten, minimumaantal {min}, {hidden} buurtcijfers afgeschermd</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="256" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="256" />
            <source>Not counted: {count} rows - {why} (rows {rows}{more})</source>
            <translation>Niet geteld: {count} regels - {why} (regels {rows}{more})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="260" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="260" />
            <source>Added to the index of question '{question}' with weight {weight}.</source>
            <translation>Opgenomen in de index van vraag '{question}' met gewicht {weight}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="293" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="293" />
            <source>The own figures could not be carried over: {}</source>
            <translation>De eigen cijfers konden niet worden overgenomen: {}</translation>
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
            <location filename="../rksd_plugin/gui/package_dialog.py" line="151" />
            <source>Add at least one municipality.</source>
            <translation>Voeg ten minste één gemeente toe.</translation>
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
            <source>Name field of the sites</source>
            <translation>Naamveld van de locaties</translation>
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
            <location filename="../rksd_plugin/processing/alg_location.py" line="237" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="237" />
            <source>RKSD best sites</source>
            <translation>RKSD beste locaties</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="305" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="305" />
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
            <source>Name field of the candidates</source>
            <translation>Naamveld van de kandidaten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="74" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="90" />
            <source>Name field of the existing sites</source>
            <translation>Naamveld van de bestaande locaties</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="92" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="93" />
            <source>Role of the existing sites</source>
            <translation>Rol van de bestaande locaties</translation>
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
            <location filename="../rksd_plugin/processing/alg_location.py" line="242" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="242" />
            <source>least weighted distance</source>
            <translation>kleinste gewogen afstand</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="242" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="242" />
            <source>most demand within the distance</source>
            <translation>meeste vraag binnen de afstand</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="243" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="243" />
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
            <source>Capacity field (same name on existing sites; p-median, exact only)</source>
            <translation>Capaciteitsveld (zelfde naam bij bestaande locaties; p-median, alleen exact)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="244" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="244" />
            <source>Objective: {p}; answer from the {m} solver, status {s}.</source>
            <translation>Doel: {p}; antwoord van de oplosser {m}, status {s}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="246" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="246" />
            <source>Chosen: {sites}.</source>
            <translation>Gekozen: {sites}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="256" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="256" />
            <source>Times (s): {t}.</source>
            <translation>Tijden (s): {t}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="335" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="335" />
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
            <location filename="../rksd_plugin/processing/alg_location.py" line="248" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="248" />
            <source>Objective {o:,.2f}; proven bound {b:,.2f}; at most {g:.3f} % from the optimum.</source>
            <translation>Doelwaarde {o:,.2f}; bewezen grens {b:,.2f}; hooguit {g:.3f} % van het optimum.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="251" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="251" />
            <source>Exact model: {s} ({v} variables).</source>
            <translation>Exact model: {s} ({v} variabelen).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="254" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="254" />
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
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="31" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="31" />
            <source>Candidate sites from network nodes</source>
            <translation>Kandidaatlocaties uit netwerkknopen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="34" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="34" />
            <source>Road junctions in an area as candidate sites for 'Best sites from candidates', evenly spread.</source>
            <translation>Kruispunten van het wegennet in een gebied als kandidaatlocaties voor 'Beste locaties uit kandidaten', gelijkmatig gespreid.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="40" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="40" />
            <source>&lt;p&gt;Where would a new site serve best, when the gemeente has no list of buildings to choose from? This algorithm offers the road network's own junctions (three or more road segments meet) in the largest connected part of the network as candidate sites, optionally only inside an area (a wijk, the gemeente). At most one junction per cell of the given spacing is kept - the one nearest the cell's centre - so the candidates are spread evenly and the choice stays solvable; 0 keeps every junction.&lt;/p&gt;&lt;p&gt;Feed the output to 'Best sites from candidates' (in the modeler or one after the other). The nodes are places on the network, not buildings: check the chosen places on the ground.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Waar zou een nieuwe locatie het best dienen, als de gemeente geen lijst met panden heeft om uit te kiezen? Dit algoritme biedt de eigen kruispunten van het wegennet (drie of meer wegsegmenten komen samen) in het grootste samenhangende deel van het netwerk aan als kandidaatlocaties, desgewenst alleen binnen een gebied (een wijk, de gemeente). Per cel van de gegeven maaswijdte blijft hooguit één kruispunt over - het dichtst bij het midden van de cel - zodat de kandidaten gelijkmatig gespreid zijn en de keuze oplosbaar blijft; 0 houdt elk kruispunt.&lt;/p&gt;&lt;p&gt;Geef de uitvoer aan 'Beste locaties uit kandidaten' (in de modelbouwer of na elkaar). De knopen zijn plekken op het netwerk, geen panden: bekijk de gekozen plekken ter plaatse.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="55" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="55" />
            <source>At most one candidate per cell of (m; 0: every junction)</source>
            <translation>Hooguit één kandidaat per cel van (m; 0: elk kruispunt)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="56" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="56" />
            <source>Topology tolerance (m; 0: line ends must coincide exactly)</source>
            <translation>Topologietolerantie (m; 0: lijnuiteinden moeten precies samenvallen)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="121" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="121" />
            <source>Candidate sites (network nodes)</source>
            <translation>Kandidaatlocaties (netwerkknopen)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="37" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="37" />
            <source>kandidaten,knopen,netwerk,locatiekeuze,planning,candidates,nodes,junctions</source>
            <translation>kandidaten,knopen,netwerk,locatiekeuze,planning,kruispunten,candidates,nodes,junctions</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="51" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="52" />
            <source>Road network</source>
            <translation>Wegennetwerk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="53" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="54" />
            <source>Only inside this area (e.g. the gemeente or a wijk)</source>
            <translation>Alleen binnen dit gebied (bijv. de gemeente of een wijk)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="60" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="60" />
            <source>Number of candidate sites</source>
            <translation>Aantal kandidaatlocaties</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="71" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="71" />
            <source>Road network: a network is needed to take its nodes as candidates.</source>
            <translation>Wegennetwerk: er is een netwerk nodig om de knopen als kandidaten te nemen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="103" />
            <source>No road junction lies in the area: no candidates.</source>
            <translation>Er ligt geen kruispunt in het gebied: geen kandidaten.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="85" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="85" />
            <source>Area: no feature has a usable geometry.</source>
            <translation>Gebied: geen object heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="104" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="104" />
            <source>{n} candidate sites from {m} network nodes.</source>
            <translation>{n} kandidaatlocaties uit {m} netwerkknopen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="78" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="78" />
            <source>Planning</source>
            <translation>Planning</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="100" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="100" />
            <source>Sample point spacing in buurten without a spreading layer (m)</source>
            <translation>Afstand tussen steekproefpunten in buurten zonder spreidingslaag (m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="108" />
            <source>Demand</source>
            <translation>Vraag</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="85" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="86" />
            <source>Demand: points with a weight, or buurten with a count (e.g. inwoners_65plus)</source>
            <translation>Vraag: punten met een gewicht, of buurten met een aantal (bijv. inwoners_65plus)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="88" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="89" />
            <source>Demand field: the weight per point or the count per buurt (empty: 1 each)</source>
            <translation>Vraagveld: het gewicht per punt of het aantal per buurt (leeg: elk 1)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="91" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="92" />
            <source>Spread buurt counts over (CBS 100 m vierkanten or address points)</source>
            <translation>Buurtaantallen spreiden over (CBS-vierkanten van 100 m of adrespunten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="94" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="95" />
            <source>Spreading weight (e.g. inwoners of the vierkanten; empty: equal)</source>
            <translation>Spreidingsgewicht (bijv. inwoners van de vierkanten; leeg: gelijk)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="97" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="98" />
            <source>Buurten for per-buurt figures (for point demand)</source>
            <translation>Buurten voor cijfers per buurt (bij vraag als punten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="114" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="115" />
            <source>Spreading layer</source>
            <translation>Spreidingslaag</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="128" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="128" />
            <source>Demand: no point carries a positive weight.</source>
            <translation>Vraag: geen enkel punt heeft een positief gewicht.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="129" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="129" />
            <source>Demand: {d}; total weight {w:,.0f}.</source>
            <translation>Vraag: {d}; totaal gewicht {w:,.0f}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="145" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="145" />
            <source>{layer}: no feature has a usable geometry.</source>
            <translation>{layer}: geen enkel object heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="147" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="147" />
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
            <source>Closes in scenario(s): field with scenario names or 1/true</source>
            <translation>Sluit in scenario('s): veld met scenarionamen of 1/true</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="80" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="81" />
            <source>Candidate sites to add</source>
            <translation>Toe te voegen kandidaatlocaties</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="85" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="86" />
            <source>Added in scenario(s): field with scenario names or 1/true</source>
            <translation>Toegevoegd in scenario('s): veld met scenarionamen of 1/true</translation>
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
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="199" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="199" />
            <source>RKSD scenario {name}</source>
            <translation>RKSD-scenario {name}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="310" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="310" />
            <source>Method: {m}; threshold {t:g} m.</source>
            <translation>Methode: {m}; drempel {t:g} m.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="313" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="313" />
            <source>{name}: {closed} closed, {added} added; mean distance {before:.0f} m -&gt; {after:.0f} m; within the threshold {wb:.1f} % -&gt; {wa:.1f} %; {worse:,.0f} pushed beyond it, {better:,.0f} brought within it.</source>
            <translation>{name}: {closed} gesloten, {added} toegevoegd; gemiddelde afstand {before:.0f} m -&gt; {after:.0f} m; binnen de drempel {wb:.1f} % -&gt; {wa:.1f} %; {worse:,.0f} buiten de drempel geraakt, {better:,.0f} erbinnen gekomen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="320" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="320" />
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
            <location filename="../rksd_plugin/processing/provider.py" line="13" />
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
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="36" />
            <source>per district only: {}</source>
            <translation>alleen per wijk: {}</translation>
        </message>
    </context>
    <context>
        <name>RksdReachability</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="69" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="69" />
            <source>Facility reachability</source>
            <translation>Bereikbaarheid van voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="72" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="72" />
            <source>Distance from every address or buurt to the nearest facility, over the roads or straight-line.</source>
            <translation>Afstand van elk adres of elke buurt tot de dichtstbijzijnde voorziening, over de weg of hemelsbreed.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="78" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="78" />
            <source>&lt;p&gt;For every origin (address points, or polygons such as buurten) this computes the distance to the nearest facility, per category when a category field is given, which facility that is, and how many facilities lie within each radius.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method.&lt;/b&gt; With a road network, the graph is built once (every line vertex is a node; lines connect where they share a vertex, within the topology tolerance). Every origin and facility is snapped onto the nearest road &lt;i&gt;segment&lt;/i&gt; (the closest point on a line, not the nearest node), and all origins are answered by one multi-source shortest-path search from all facilities. The network distance runs along the roads between the two snapped points, as QGIS's 'Shortest path (point to layer)' measures it; the distance from an origin to its road is in &lt;i&gt;aansluiting_m&lt;/i&gt;. One-way streets are respected when a one-way field is given (yes/1/true: digitised direction, -1/reverse: against it). With a speed field (km/h) the fastest travel time is added. Without a network the distances are straight-line (hemelsbreed) and the output says so in &lt;i&gt;methode&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Polygons.&lt;/b&gt; For buurten the figures are weighted: by the weight field of the population layer (address points or CBS 100 m vierkanten with inwoners), or, without it, by regular sample points inside each polygon (area-weighted). Per polygon you get the weighted mean distance and the share of the weight within each radius; the per-point results can be written to a second layer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nothing is hidden.&lt;/b&gt; An origin whose part of the network holds no facility gets status &lt;i&gt;geen_verbinding&lt;/i&gt;, one farther than the maximum distance &lt;i&gt;verder_dan_max&lt;/i&gt;; both get no distance (NULL), never 0, and are counted in the log. Layers in another CRS are reprojected to EPSG:28992.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CBS figures are different.&lt;/b&gt; CBS 'Nabijheid voorzieningen' distances are road distances from all addresses in an area, averaged over the inhabitants, with CBS's own facility registers; they are not walking routes, and neither is this network distance unless the network is a walking network.&lt;/p&gt;&lt;p&gt;Computed with scipy when it is available; otherwise with a slower pure Python fallback (said in the log).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Berekent voor elke herkomst (adrespunten, of vlakken zoals buurten) de afstand tot de dichtstbijzijnde voorziening, per categorie als er een categorieveld is opgegeven, welke voorziening dat is, en hoeveel voorzieningen binnen elke straal liggen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode.&lt;/b&gt; Met een wegennetwerk wordt de graaf één keer opgebouwd (elk lijnpunt is een knoop; lijnen zijn verbonden waar ze een punt delen, binnen de topologietolerantie). Elke herkomst en voorziening wordt op het dichtstbijzijnde weg&lt;i&gt;segment&lt;/i&gt; geplaatst (het dichtstbijzijnde punt op een lijn, niet de dichtstbijzijnde knoop), en alle herkomsten worden beantwoord met één zoektocht naar kortste paden vanuit alle voorzieningen tegelijk. De netwerkafstand loopt over de wegen tussen de twee geplaatste punten, zoals QGIS' 'Kortste pad (punt naar laag)' die meet; de afstand van een herkomst tot de weg staat in &lt;i&gt;aansluiting_m&lt;/i&gt;. Eenrichtingsstraten worden gevolgd als er een veld voor eenrichtingsverkeer is opgegeven (yes/1/true: in de digitaliseerrichting, -1/reverse: ertegenin). Met een snelheidsveld (km/h) wordt de snelste reistijd toegevoegd. Zonder netwerk zijn de afstanden hemelsbreed en zegt de uitvoer dat in &lt;i&gt;methode&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vlakken.&lt;/b&gt; Voor buurten worden de cijfers gewogen: met het gewichtsveld van de bevolkingslaag (adrespunten of CBS-vierkanten van 100 m met inwoners) of, zonder die laag, met regelmatige steekproefpunten in elk vlak (naar oppervlakte gewogen). Per vlak krijgt u de gewogen gemiddelde afstand en het aandeel van het gewicht binnen elke straal; de resultaten per punt kunnen naar een tweede laag worden geschreven.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niets wordt verborgen.&lt;/b&gt; Een herkomst in een deel van het netwerk zonder voorziening krijgt status &lt;i&gt;geen_verbinding&lt;/i&gt;, een herkomst verder dan de maximale afstand &lt;i&gt;verder_dan_max&lt;/i&gt;; beide krijgen geen afstand (NULL), nooit 0, en worden in het log geteld. Lagen in een ander CRS worden geherprojecteerd naar EPSG:28992.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CBS-cijfers zijn anders.&lt;/b&gt; De afstanden van CBS 'Nabijheid voorzieningen' zijn afstanden over de weg vanaf alle adressen in een gebied, gemiddeld over de inwoners, met de eigen voorzieningenregisters van het CBS; het zijn geen looproutes, en deze netwerkafstand is dat evenmin, tenzij het netwerk een voetgangersnetwerk is.&lt;/p&gt;&lt;p&gt;Berekend met scipy als dat beschikbaar is; anders met een tragere terugvaloptie in puur Python (dat staat in het log).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="102" />
            <source>&lt;p&gt;&lt;b&gt;Fields and speed.&lt;/b&gt; The output holds the origin fields you choose to carry over (default: an id and a name field, when the layer has them) and the results. GeoPackage, Shapefile and FlatGeobuf layers are read column by column through GDAL, honouring a selection and the layer's filter; other layers (memory, PostGIS, WFS, unsaved edits) and layers of at most a few hundred features are read through QGIS. A GeoPackage output is written in one transaction, created while the distances are computed; another destination gets a row number field &lt;i&gt;fid&lt;/i&gt; first.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Velden en snelheid.&lt;/b&gt; De uitvoer bevat de velden van de herkomsten die u kiest om mee te nemen (standaard: een id- en een naamveld, als de laag die heeft) en de resultaten. GeoPackage-, Shapefile- en FlatGeobuf-lagen worden kolom voor kolom via GDAL gelezen, met inachtneming van een selectie en het filter van de laag; andere lagen (geheugen, PostGIS, WFS, niet-opgeslagen bewerkingen) en lagen van hooguit enkele honderden objecten worden via QGIS gelezen. Een GeoPackage-uitvoer wordt in één transactie geschreven en aangemaakt terwijl de afstanden worden berekend; een andere bestemming krijgt eerst een rijnummerveld &lt;i&gt;fid&lt;/i&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="121" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="121" />
            <source>Sample point spacing inside polygons without a population layer (m)</source>
            <translation>Afstand tussen steekproefpunten in vlakken zonder bevolkingslaag (m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="132" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="133" />
            <source>Speed field of the network in km/h (adds travel time)</source>
            <translation>Snelheidsveld van het netwerk in km/h (voegt reistijd toe)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="137" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="137" />
            <source>Speed where the speed field is empty (km/h)</source>
            <translation>Snelheid waar het snelheidsveld leeg is (km/h)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="138" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="138" />
            <source>Maximum distance (m): farther facilities count as not reachable</source>
            <translation>Maximale afstand (m): verdere voorzieningen gelden als niet bereikbaar</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="338" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="167" />
            <source>Origins</source>
            <translation>Herkomsten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="198" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="168" />
            <source>Facilities</source>
            <translation>Voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="75" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="75" />
            <source>bereikbaarheid,voorzieningen,afstand,netwerk,nabijheid,reachability,accessibility,distance,network</source>
            <translation>bereikbaarheid,voorzieningen,afstand,netwerk,nabijheid,reachability,accessibility,distance,network</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="112" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="113" />
            <source>Origins (address points, or polygons such as buurten)</source>
            <translation>Herkomsten (adrespunten, of vlakken zoals buurten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="115" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="116" />
            <source>Population for weighting polygons (address points or CBS 100 m vierkanten)</source>
            <translation>Bevolking om vlakken te wegen (adrespunten of CBS-vierkanten van 100 m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="118" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="119" />
            <source>Weight field (e.g. inwoners; empty: every point counts 1)</source>
            <translation>Gewichtsveld (bijv. inwoners; leeg: elk punt telt 1)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="125" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="126" />
            <source>Category field of the facilities (adds the nearest per category)</source>
            <translation>Categorieveld van de voorzieningen (voegt de dichtstbijzijnde per categorie toe)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="128" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="129" />
            <source>Facility name or id field (empty: the feature id)</source>
            <translation>Veld met naam of id van de voorziening (leeg: het object-id)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="140" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="141" />
            <source>Radii for counts and shares (m, separated by ;)</source>
            <translation>Stralen voor aantallen en aandelen (m, gescheiden door ;)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="142" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="143" />
            <source>Origin fields to carry over (empty: id and name)</source>
            <translation>Velden van de herkomsten om mee te nemen (leeg: id en naam)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="317" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="146" />
            <source>Reachability</source>
            <translation>Bereikbaarheid</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="147" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="148" />
            <source>Reachability per weighting point (polygons only)</source>
            <translation>Bereikbaarheid per weegpunt (alleen vlakken)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="150" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="150" />
            <source>Distance method</source>
            <translation>Afstandsmethode</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="151" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="151" />
            <source>Number of origin points</source>
            <translation>Aantal herkomstpunten</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="152" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="152" />
            <source>Origins without a network connection to any facility</source>
            <translation>Herkomsten zonder netwerkverbinding met een voorziening</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="153" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="153" />
            <source>Origins with no facility within the maximum distance</source>
            <translation>Herkomsten zonder voorziening binnen de maximale afstand</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="176" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="177" />
            <source>Population</source>
            <translation>Bevolking</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="180" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="180" />
            <source>Radii</source>
            <translation>Stralen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="190" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="190" />
            <source>A speed field without a road network is ignored.</source>
            <translation>Een snelheidsveld zonder wegennetwerk wordt genegeerd.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="200" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="200" />
            <source>Facilities: no facility has a usable geometry.</source>
            <translation>Voorzieningen: geen enkele voorziening heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="494" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="494" />
            <source>all facilities</source>
            <translation>alle voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="250" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="250" />
            <source>Origins: no feature has a usable geometry.</source>
            <translation>Herkomsten: geen enkel object heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="310" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="310" />
            <source>Reachability per point</source>
            <translation>Bereikbaarheid per punt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="491" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="491" />
            <source>Method: {method}; {n} origin points, {f} facilities.</source>
            <translation>Methode: {method}; {n} herkomstpunten, {f} voorzieningen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="202" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="202" />
            <source>{n} facilities without geometry were skipped.</source>
            <translation>{n} voorzieningen zonder geometrie zijn overgeslagen.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="223" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="223" />
            <source>Population: no feature has a usable geometry.</source>
            <translation>Bevolking: geen enkel object heeft een bruikbare geometrie.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="344" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="344" />
            <source>{layer}: read column by column (GDAL).</source>
            <translation>{layer}: kolom voor kolom gelezen (GDAL).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="346" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="346" />
            <source>{layer}: read feature by feature through QGIS ({reason}).</source>
            <translation>{layer}: object voor object via QGIS gelezen ({reason}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="497" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="497" />
            <source>{name}: {ok} reached, {beyond} beyond the maximum distance, {none} without a network connection to one.</source>
            <translation>{name}: {ok} bereikt, {beyond} verder dan de maximale afstand, {none} zonder netwerkverbinding ermee.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="238" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="238" />
            <source>Weighted by {n} population points.</source>
            <translation>Gewogen met {n} bevolkingspunten.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="243" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="243" />
            <source>No population layer: each polygon is represented by sample points every {s:g} m (area-weighted figures, {n} points).</source>
            <translation>Geen bevolkingslaag: elk vlak wordt vertegenwoordigd door steekproefpunten om de {s:g} m (naar oppervlakte gewogen cijfers, {n} punten).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="346" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="347" />
            <source>not a file GDAL reads column by column</source>
            <translation>geen bestand dat GDAL kolom voor kolom leest</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="501" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="501" />
            <source>{n} origins lie on a part of the road network that is not connected to any facility; they get status 'geen_verbinding' and no distance.</source>
            <translation>{n} herkomsten liggen op een deel van het wegennetwerk dat met geen enkele voorziening verbonden is; ze krijgen status 'geen_verbinding' en geen afstand.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="507" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="507" />
            <source>{n} origins are more than 250 m from the nearest road (see aansluiting_m).</source>
            <translation>{n} herkomsten liggen meer dan 250 m van de dichtstbijzijnde weg (zie aansluiting_m).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="237" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="237" />
            <source>{n} population points lie outside every polygon and are not counted.</source>
            <translation>{n} bevolkingspunten liggen buiten elk vlak en worden niet geteld.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="229" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="229" />
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
            <location filename="../rksd_plugin/gui/report_page.py" line="105" />
            <source>One atlas page for every neighbourhood, or for every district</source>
            <translation>Een atlaspagina voor elke buurt, of voor elke wijk</translation>
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
            <location filename="../rksd_plugin/gui/report_page.py" line="113" />
            <source>The language of the atlas, the maps and the table</source>
            <translation>De taal van de atlas, de kaarten en de tabel</translation>
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
            <location filename="../rksd_plugin/gui/report_page.py" line="127" />
            <source>Your restyled copy of rksd_atlas.qpt (only read, never changed)</source>
            <translation>Uw aangepaste kopie van rksd_atlas.qpt (alleen gelezen, nooit gewijzigd)</translation>
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
            <location filename="../rksd_plugin/gui/report_page.py" line="139" />
            <source>A text of the municipality on the page of a neighbourhood or district, and an introduction</source>
            <translation>Een tekst van de gemeente op de pagina van een buurt of wijk, en een inleiding</translation>
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
            <location filename="../rksd_plugin/gui/report_page.py" line="159" />
            <source>The page the text below is for</source>
            <translation>De pagina waar de tekst hieronder voor is</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="164" />
            <source>The text for this page (about 500 characters fit)</source>
            <translation>De tekst voor deze pagina (ongeveer 500 tekens passen)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="166" />
            <source>Kept in the project; printed under the heading 'Notes from the municipality'</source>
            <translation>Bewaard in het project; gedrukt onder de kop 'Toelichting van de gemeente'</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="177" />
            <source>4. Presentation maps</source>
            <translation>4. Presentatiekaarten</translation>
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
            <location filename="../rksd_plugin/gui/report_page.py" line="200" />
            <source>CSV for any program; XLSX keeps numbers as numbers</source>
            <translation>CSV voor elk programma; XLSX houdt getallen als getallen</translation>
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
            <location filename="../rksd_plugin/gui/report_page.py" line="218" />
            <source>Make the atlas PDF (and the presentation maps) in the background; it opens when done</source>
            <translation>Maak de atlas-PDF (en de presentatiekaarten) op de achtergrond; hij opent als hij klaar is</translation>
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
            <location filename="../rksd_plugin/gui/report_page.py" line="232" />
            <source>Stop; no half-made atlas is left behind</source>
            <translation>Stoppen; er blijft geen halve atlas achter</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="300" />
            <source>Introduction (first page)</source>
            <translation>Inleiding (eerste pagina)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="335" />
            <source>Pages with an own text: {count} (kept in the project).</source>
            <translation>Pagina's met een eigen tekst: {count} (bewaard in het project).</translation>
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
    </context>
    <context>
        <name>RksdSettings</name>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="29" />
            <source>RKSD settings</source>
            <translation>RKSD-instellingen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="36" />
            <source>Every download is kept here; empty = the default folder</source>
            <translation>Elke download wordt hier bewaard; leeg = de standaardmap</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="37" />
            <source>Cache folder</source>
            <translation>Cachemap</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="49" />
            <source>QGIS network setting</source>
            <translation>QGIS-netwerkinstelling</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="50" />
            <source>Maximum wait for one answer; 0 uses the timeout of Settings &gt; Options &gt; Network</source>
            <translation>Maximale wachttijd voor één antwoord; 0 gebruikt de time-out van Extra &gt; Opties &gt; Netwerk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="52" />
            <source>Timeout</source>
            <translation>Time-out</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="55" />
            <source>Catalog (*.json)</source>
            <translation>Catalogus (*.json)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="56" />
            <source>built-in catalog</source>
            <translation>ingebouwde catalogus</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="57" />
            <source>A newer catalog: a JSON file or an https:// address. Empty = the catalog shipped with the plugin. A catalog that does not validate is refused.</source>
            <translation>Een nieuwere catalogus: een JSON-bestand of een https://-adres. Leeg = de catalogus die met de plugin wordt meegeleverd. Een catalogus die niet valideert, wordt geweigerd.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="60" />
            <source>Catalog</source>
            <translation>Catalogus</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="69" />
            <source>Proxy and certificates are those of QGIS (Settings &gt; Options &gt; Network).</source>
            <translation>Proxy en certificaten zijn die van QGIS (Extra &gt; Opties &gt; Netwerk).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="77" />
            <source>Empty every field: the plugin's defaults apply</source>
            <translation>Alle velden leegmaken: de standaardwaarden van de plugin gelden</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="83" />
            <source>Limits</source>
            <translation>Grenzen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="84" />
            <source>Bounds on every download: a larger or slower answer ends with a message naming the address and the limit</source>
            <translation>Grenzen voor elke download: een groter of trager antwoord stopt met een melding die het adres en de grens noemt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="89" />
            <source>Largest catalog</source>
            <translation>Grootste catalogus</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="90" />
            <source>Largest metadata answer</source>
            <translation>Grootste metadata-antwoord</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="91" />
            <source>Largest data page</source>
            <translation>Grootste datapagina</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="92" />
            <source>Largest geometry page</source>
            <translation>Grootste geometriepagina</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="106" />
            <source>One download may take at most this long, first to last byte, however slowly the server keeps sending</source>
            <translation>Eén download mag hooguit zo lang duren, van eerste tot laatste byte, hoe langzaam de server ook blijft sturen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="109" />
            <source>Deadline per download</source>
            <translation>Maximale duur per download</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="112" />
            <source>none (e.g. mirror.gemeente.nl, *.intern.nl)</source>
            <translation>geen (bijv. mirror.gemeente.nl, *.intern.nl)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="113" />
            <source>A redirect is followed only within the same service (cbs.nl, pdok.nl) or to these hosts</source>
            <translation>Een doorverwijzing wordt alleen gevolgd binnen dezelfde dienst (cbs.nl, pdok.nl) of naar deze hosts</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="115" />
            <source>Allowed redirect hosts</source>
            <translation>Toegestane hosts voor doorverwijzing</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="42" />
            <source>Where a new project's results are written; each project keeps its own folder (tab Maps)</source>
            <translation>Waar de resultaten van een nieuw project komen; elk project bewaart zijn eigen map (tabblad Kaarten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="44" />
            <source>Default output folder</source>
            <translation>Standaard uitvoermap</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="61" />
            <source>Add PDOK's background map to every run (online only)</source>
            <translation>De achtergrondkaart van PDOK aan elke run toevoegen (alleen online)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="63" />
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
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="31" />
            <source>Distance from the average in standard deviations, cut off at -3 and +3.</source>
            <translation>Afstand tot het gemiddelde in standaarddeviaties, afgekapt op -3 en +3.</translation>
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
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="28" />
            <source>Each neighbourhood's rank among all Dutch neighbourhoods (or within the municipality when no national figures are available): 0 = lowest, 100 = highest risk.</source>
            <translation>De rang van elke buurt onder alle Nederlandse buurten (of binnen de gemeente als er geen landelijke cijfers zijn): 0 = laagste, 100 = hoogste risico.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="33" />
            <source>The neighbourhood's value relative to the Netherlands: 100 = Dutch average.</source>
            <translation>De waarde van de buurt ten opzichte van Nederland: 100 = Nederlands gemiddelde.</translation>
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
