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
            <translation>One-way field of the network</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="245" />
            <source>Topology tolerance (m; 0: line ends must coincide exactly)</source>
            <translation>Topology tolerance (m; 0: line ends must coincide exactly)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="296" />
            <source>Road network</source>
            <translation>Road network</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="291" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="291" />
            <source>No road network given: distances are straight-line (hemelsbreed).</source>
            <translation>No road network given: distances are straight-line (hemelsbreed).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="294" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="294" />
            <source>Road network: the layer is empty.</source>
            <translation>Road network: the layer is empty.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="303" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="303" />
            <source>Road network: no line segments with a length were found.</source>
            <translation>Road network: no line segments with a length were found.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="234" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="236" />
            <source>Road network (without it: straight-line distances)</source>
            <translation>Road network (without it: straight-line distances)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="298" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="298" />
            <source>Reading the road network ({count} features)...</source>
            <translation>Reading the road network ({count} features)...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="311" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="311" />
            <source>Road graph: {nodes} nodes, {segments} segments, {parts} connected part(s).</source>
            <translation>Road graph: {nodes} nodes, {segments} segments, {parts} connected part(s).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="269" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="270" />
            <source>{layer}: the layer is empty (or nothing is selected), there is nothing to analyse.</source>
            <translation>{layer}: the layer is empty (or nothing is selected), there is nothing to analyse.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="278" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="279" />
            <source>{layer}: field '{field}' does not exist.</source>
            <translation>{layer}: field '{field}' does not exist.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="281" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="282" />
            <source>{layer}: field '{field}' is not numeric.</source>
            <translation>{layer}: field '{field}' is not numeric.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="305" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="305" />
            <source>The road network was reprojected from {crs} to EPSG:28992 (metres).</source>
            <translation>The road network was reprojected from {crs} to EPSG:28992 (metres).</translation>
        </message>
    </context>
    <context>
        <name>RksdAtlas</name>
        <message>
            <location filename="../rksd_plugin/report/task.py" line="37" />
            <location filename="../rksd_plugin/report/task.py" line="37" />
            <source>RKSD atlas ({level})</source>
            <translation>RKSD atlas ({level})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/report/task.py" line="79" />
            <location filename="../rksd_plugin/report/task.py" line="80" />
            <source>Atlas written: {path} ({pages} pages, {seconds:.1f} s)</source>
            <translation>Atlas written: {path} ({pages} pages, {seconds:.1f} s)</translation>
        </message>
    </context>
    <context>
        <name>RksdAtlasAlgorithm</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="40" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="40" />
            <source>Atlas Sociaal Domein (PDF)</source>
            <translation>Atlas Sociaal Domein (PDF)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="43" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="43" />
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="52" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="52" />
            <source>A PDF atlas with a page per neighbourhood or district and a municipality map per question, from a GeoPackage written by RKSD.</source>
            <translation>A PDF atlas with a page per neighbourhood or district and a municipality map per question, from a GeoPackage written by RKSD.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="59" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="59" />
            <source>&lt;p&gt;Makes the Atlas Sociaal Domein from a GeoPackage that RKSD wrote (the panel, the demo or an offline package): a method-and-sources page with a register, a municipality map for each of the six questions, then one page per neighbourhood or district with a map of the area in its surroundings, its position among the neighbourhoods of the municipality, and a table with every index and component - the area, the municipality, the Netherlands and the reference the index ranks it against, with a cue for higher or lower. A missing value says why ('confidential', 'too few inhabitants'), never 0; model estimates carry ≈.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Templates&lt;/b&gt;: the pages are QGIS print layout templates (.qpt). Copy the RKSD templates from the plugin's resources/layouts folder, restyle them in the layout designer (house colours, logo, fonts) and choose your copy here; the item ids listed in docs/atlas.md must stay. Your template is only read.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Own texts&lt;/b&gt;: a CSV with two columns, code;tekst (UTF-8, ';' or ','), prints a text on the page of that neighbourhood or district; the code 'inleiding' gives the introduction.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Makes the Atlas Sociaal Domein from a GeoPackage that RKSD wrote (the panel, the demo or an offline package): a method-and-sources page with a register, a municipality map for each of the six questions, then one page per neighbourhood or district with a map of the area in its surroundings, its position among the neighbourhoods of the municipality, and a table with every index and component - the area, the municipality, the Netherlands and the reference the index ranks it against, with a cue for higher or lower. A missing value says why ('confidential', 'too few inhabitants'), never 0; model estimates carry ≈.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Templates&lt;/b&gt;: the pages are QGIS print layout templates (.qpt). Copy the RKSD templates from the plugin's resources/layouts folder, restyle them in the layout designer (house colours, logo, fonts) and choose your copy here; the item ids listed in docs/atlas.md must stay. Your template is only read.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Own texts&lt;/b&gt;: a CSV with two columns, code;tekst (UTF-8, ';' or ','), prints a text on the page of that neighbourhood or district; the code 'inleiding' gives the introduction.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="91" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="91" />
            <source>Introduction</source>
            <translation>Introduction</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="56" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="56" />
            <source>atlas,rapport,report,pdf,neighbourhood,district,buurt,wijk,sociaal domein,print layout</source>
            <translation>atlas,rapport,report,pdf,neighbourhood,district,buurt,wijk,sociaal domein,print layout</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="76" />
            <source>RKSD GeoPackage</source>
            <translation>RKSD GeoPackage</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="77" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="78" />
            <source>One page per</source>
            <translation>One page per</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="79" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="80" />
            <source>Language of the atlas</source>
            <translation>Language of the atlas</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="81" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="82" />
            <source>Area page template (.qpt)</source>
            <translation>Area page template (.qpt)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="83" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="84" />
            <source>Own texts per neighbourhood or district (CSV: code;tekst)</source>
            <translation>Own texts per neighbourhood or district (CSV: code;tekst)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="86" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="86" />
            <source>Question map template (.qpt)</source>
            <translation>Question map template (.qpt)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="86" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="87" />
            <source>Method page template (.qpt)</source>
            <translation>Method page template (.qpt)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="95" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="96" />
            <source>Atlas PDF</source>
            <translation>Atlas PDF</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="95" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="96" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="97" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="97" />
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="77" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="78" />
            <source>neighbourhood</source>
            <translation>neighbourhood</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="77" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="78" />
            <source>district</source>
            <translation>district</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="80" />
            <source>Dutch</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="80" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="118" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="118" />
            <source>Cancelled: no PDF was written.</source>
            <translation>Cancelled: no PDF was written.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="123" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="123" />
            <source>{pages} pages ({areas} areas, {opening} opening pages) in {seconds:.1f} s.</source>
            <translation>{pages} pages ({areas} areas, {opening} opening pages) in {seconds:.1f} s.</translation>
        </message>
    </context>
    <context>
        <name>RksdBuurtPanel</name>
        <message>
            <location filename="../rksd_plugin/gui/buurt_chart.py" line="36" />
            <source>secret / unknown</source>
            <translation>secret / unknown</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_chart.py" line="164" />
            <source>Netherlands</source>
            <translation>Netherlands</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="63" />
            <source>higher = more risk</source>
            <translation>higher = more risk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="65" />
            <source>lower = more risk</source>
            <translation>lower = more risk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="66" />
            <source>no risk direction</source>
            <translation>no risk direction</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="105" />
            <source>Pick on map</source>
            <translation>Pick on map</translation>
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
            <translation>Own figures</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_rows.py" line="55" />
            <source>no figure</source>
            <translation>no figure</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_chart.py" line="37" />
            <source>Chart: neighbourhood compared with municipality and Netherlands</source>
            <translation>Chart: neighbourhood compared with municipality and Netherlands</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_chart.py" line="38" />
            <source>Bar: this neighbourhood. Black line: the municipality. Orange diamond: the Netherlands. Each row runs from 0 to the highest neighbourhood in the municipality.</source>
            <translation>Bar: this neighbourhood. Black line: the municipality. Orange diamond: the Netherlands. Each row runs from 0 to the highest neighbourhood in the municipality.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_chart.py" line="162" />
            <source>neighbourhood</source>
            <translation>neighbourhood</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_chart.py" line="163" />
            <source>municipality</source>
            <translation>municipality</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="89" />
            <source>Make the question maps first (or load the Maastricht sample); then pick a neighbourhood on the map or in the list.</source>
            <translation>Make the question maps first (or load the Maastricht sample); then pick a neighbourhood on the map or in the list.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="97" />
            <source>Choose a neighbourhood of the municipality</source>
            <translation>Choose a neighbourhood of the municipality</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="107" />
            <source>Click a neighbourhood on the map to show its figures</source>
            <translation>Click a neighbourhood on the map to show its figures</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="118" />
            <source>Neighbourhood</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="118" />
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="118" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="118" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="126" />
            <source>The value the index ranks the component against: the median neighbourhood (NL: of the Netherlands, mun.: of the municipality)</source>
            <translation>The value the index ranks the component against: the median neighbourhood (NL: of the Netherlands, mun.: of the municipality)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="126" />
            <source>Higher or lower than the reference, the component's score in the index (0-100) and whether that is unfavourable or favourable</source>
            <translation>Higher or lower than the reference, the component's score in the index (0-100) and whether that is unfavourable or favourable</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="205" />
            <source>choose a neighbourhood</source>
            <translation>choose a neighbourhood</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="267" />
            <source>&lt;b&gt;{name}&lt;/b&gt; ({code}), {wijk}; {inhabitants} inhabitants</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ({code}), {wijk}; {inhabitants} inhabitants</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="388" />
            <source>district</source>
            <translation>district</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_trends.py" line="21" />
            <source>Over the years</source>
            <translation>Over the years</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="63" />
            <source>a change beyond the margin</source>
            <translation>a change beyond the margin</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="64" />
            <source>within the margin</source>
            <translation>within the margin</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="65" />
            <source>no interval: not tested</source>
            <translation>no interval: not tested</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="103" />
            <source>no value</source>
            <translation>no value</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="86" />
            <source>({share:.0f}% from other areas, weights: {weights})</source>
            <translation>({share:.0f}% from other areas, weights: {weights})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="90" />
            <source>Rule: a difference counts as a change when it exceeds 1.96 times the combined standard error of both years' 95% intervals.</source>
            <translation>Rule: a difference counts as a change when it exceeds 1.96 times the combined standard error of both years' 95% intervals.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="99" />
            <source>direct</source>
            <translation>direct</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="100" />
            <source>re-coded (same area)</source>
            <translation>re-coded (same area)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="104" />
            <source>no earlier area</source>
            <translation>no earlier area</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="110" />
            <source>inhabitants per 100 m square</source>
            <translation>inhabitants per 100 m square</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="111" />
            <source>address points</source>
            <translation>address points</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="112" />
            <source>area (last resort)</source>
            <translation>area (last resort)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_trends.py" line="23" />
            <source>Values of earlier years on this year's neighbourhood boundaries. Hover a row for every year's value and source.</source>
            <translation>Values of earlier years on this year's neighbourhood boundaries. Hover a row for every year's value and source.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_chart.py" line="43" />
            <source>Trends: the neighbourhood over the years</source>
            <translation>Trends: the neighbourhood over the years</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_chart.py" line="44" />
            <source>Blue: this neighbourhood (hollow diamond: re-allocated across a boundary change; whisker: 95% interval of a model estimate). Black: the municipality. Orange: the Netherlands. Each row has its own scale.</source>
            <translation>Blue: this neighbourhood (hollow diamond: re-allocated across a boundary change; whisker: 95% interval of a model estimate). Black: the municipality. Orange: the Netherlands. Each row has its own scale.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/trend_rows.py" line="55" />
            <source>no value of the neighbourhood</source>
            <translation>no value of the neighbourhood</translation>
        </message>
    </context>
    <context>
        <name>RksdDock</name>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="97" />
            <source>Maps</source>
            <translation>Maps</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="120" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="121" />
            <source>Offline mode, cache, packages and settings</source>
            <translation>Offline mode, cache, packages and settings</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="40" />
            <source>2. Year</source>
            <translation>2. Year</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="43" />
            <source>Only years for which CBS figures and PDOK boundaries both exist</source>
            <translation>Only years for which CBS figures and PDOK boundaries both exist</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="59" />
            <source>3. Questions</source>
            <translation>3. Questions</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="78" />
            <source>Fetch and map</source>
            <translation>Fetch and map</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="81" />
            <source>Download (or read from the cache) the figures and boundaries, compute the indices, save a GeoPackage and add a layer group per question</source>
            <translation>Download (or read from the cache) the figures and boundaries, compute the indices, save a GeoPackage and add a layer group per question</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="85" />
            <source>Load the Maastricht sample (offline)</source>
            <translation>Load the Maastricht sample (offline)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="87" />
            <source>A first look without internet: Maastricht 2024 from the sample shipped with the plugin</source>
            <translation>A first look without internet: Maastricht 2024 from the sample shipped with the plugin</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="95" />
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="97" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="99" />
            <source>Stop; nothing half-written is left behind</source>
            <translation>Stop; nothing half-written is left behind</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="220" />
            <source>Tick at least one question.</source>
            <translation>Tick at least one question.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_runner.py" line="84" />
            <source>RKSD: {}</source>
            <translation>RKSD: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="299" />
            <source>from CBS and PDOK (or the cache)</source>
            <translation>from CBS and PDOK (or the cache)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="361" />
            <source>Maps ready: {}</source>
            <translation>Maps ready: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_runner.py" line="154" />
            <source>Cancelled; nothing was written.</source>
            <translation>Cancelled; nothing was written.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="433" />
            <source>(Details: log panel, tab RKSD.)</source>
            <translation>(Details: log panel, tab RKSD.)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="441" />
            <source>A package is being prepared already.</source>
            <translation>A package is being prepared already.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="454" />
            <source>RKSD: preparing an offline package</source>
            <translation>RKSD: preparing an offline package</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="460" />
            <source>Preparing the offline package; follow it in the task manager.</source>
            <translation>Preparing the offline package; follow it in the task manager.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="472" />
            <source>Offline package ready ({size:.1f} MB): {path}</source>
            <translation>Offline package ready ({size:.1f} MB): {path}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="493" />
            <source>RKSD: downloading the catalog</source>
            <translation>RKSD: downloading the catalog</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="513" />
            <source>The configured catalog is not used: {}</source>
            <translation>The configured catalog is not used: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="543" />
            <source>Catalog {version} ({date}) in use.</source>
            <translation>Catalog {version} ({date}) in use.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/gemeente_picker.py" line="29" />
            <source>Name or code, e.g. Maastricht or GM0935</source>
            <translation>Name or code, e.g. Maastricht or GM0935</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/gemeente_picker.py" line="82" />
            <source>{new}: {old} merged into it in {year}.</source>
            <translation>{new}: {old} merged into it in {year}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="299" />
            <source>from the offline package "{}"</source>
            <translation>from the offline package "{}"</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="301" />
            <source>Working on {label}, {source}...</source>
            <translation>Working on {label}, {source}...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="312" />
            <source>Cancelling...</source>
            <translation>Cancelling...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="695" />
            <source>{source}: no table of {year}; {table} of {older} used.</source>
            <translation>{source}: no table of {year}; {table} of {older} used.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="701" />
            <source>Not yet filled in by CBS for {year}: {measures}; figures of {older} used, shown as {older}*.</source>
            <translation>Not yet filled in by CBS for {year}: {measures}; figures of {older} used, shown as {older}*.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="125" />
            <source>Own data</source>
            <translation>Own data</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="52" />
            <source>Social domain per neighbourhood</source>
            <translation>Social domain per neighbourhood</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="98" />
            <source>Choose a municipality, a year and questions</source>
            <translation>Choose a municipality, a year and questions</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="102" />
            <source>Neighbourhood</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="103" />
            <source>Every indicator of one neighbourhood</source>
            <translation>Every indicator of one neighbourhood</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="108" />
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="109" />
            <source>Atlas, presentation maps and the neighbourhood table</source>
            <translation>Atlas, presentation maps and the neighbourhood table</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="126" />
            <source>The municipality's own facilities and figures, safely</source>
            <translation>The municipality's own facilities and figures, safely</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="192" />
            <source>RKSD: list of municipalities {}</source>
            <translation>RKSD: list of municipalities {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="350" />
            <source>{label}: {features} neighbourhoods, {matched} with CBS figures, {questions} question maps in {seconds:.1f} s. Saved in {path}</source>
            <translation>{label}: {features} neighbourhoods, {matched} with CBS figures, {questions} question maps in {seconds:.1f} s. Saved in {path}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="564" />
            <source>No neighbourhood of {} at this spot.</source>
            <translation>No neighbourhood of {} at this spot.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/gemeente_picker.py" line="30" />
            <source>Type (part of) the name or the code of a municipality. Former municipalities are found too: Uden leads to Maashorst.</source>
            <translation>Type (part of) the name or the code of a municipality. Former municipalities are found too: Uden leads to Maashorst.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/map_chooser.py" line="21" />
            <source>The map on screen: a question's index or one of its components</source>
            <translation>The map on screen: a question's index or one of its components</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/map_chooser.py" line="44" />
            <source>per district</source>
            <translation>per district</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="32" />
            <source>CBS, RIVM and Politie figures per neighbourhood that answer six questions about the social domain, as maps in your project.</source>
            <translation>CBS, RIVM and Politie figures per neighbourhood that answer six questions about the social domain, as maps in your project.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="37" />
            <source>1. Municipality</source>
            <translation>1. Municipality</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="65" />
            <source>4. Save in</source>
            <translation>4. Save in</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="69" />
            <source>The folder for this project's GeoPackages, atlases and tables; kept in the project</source>
            <translation>The folder for this project's GeoPackages, atlases and tables; kept in the project</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="77" />
            <source>5. Maps</source>
            <translation>5. Maps</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="109" />
            <source>On the map:</source>
            <translation>On the map:</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="145" />
            <source>Monitor</source>
            <translation>Monitor</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="47" />
            <source>series from</source>
            <translation>series from</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_results.py" line="41" />
            <source>Change between years</source>
            <translation>Change between years</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_results.py" line="48" />
            <source>Every year on its own boundaries</source>
            <translation>Every year on its own boundaries</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_runner.py" line="95" />
            <source>Working on the series {label}...</source>
            <translation>Working on the series {label}...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_runner.py" line="135" />
            <source>{year}: not in the series ({reason})</source>
            <translation>{year}: not in the series ({reason})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_runner.py" line="141" />
            <source>Series ready: {}</source>
            <translation>Series ready: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_results.py" line="51" />
            <source>Neighbourhoods {year}</source>
            <translation>Neighbourhoods {year}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_results.py" line="70" />
            <source>Change map</source>
            <translation>Change map</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="146" />
            <source>The years of a series: change maps and the comparison with similar municipalities</source>
            <translation>The years of a series: change maps and the comparison with similar municipalities</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="51" />
            <source>Several years as a series up to the year: every neighbourhood followed over the years on the newest boundaries (re-bounded neighbourhoods re-allocated), a change map and a comparison with similar municipalities</source>
            <translation>Several years as a series up to the year: every neighbourhood followed over the years on the newest boundaries (re-bounded neighbourhoods re-allocated), a change map and a comparison with similar municipalities</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/series_runner.py" line="128" />
            <source>{label}: {years} years on the neighbourhood boundaries of {target}, {reallocated} neighbourhood values re-allocated across boundary changes, in {seconds:.1f} s. Saved in {path}</source>
            <translation>{label}: {years} years on the neighbourhood boundaries of {target}, {reallocated} neighbourhood values re-allocated across boundary changes, in {seconds:.1f} s. Saved in {path}</translation>
        </message>
    </context>
    <context>
        <name>RksdErrors</name>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="21" />
            <source>Something went wrong.</source>
            <translation>Something went wrong.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="45" />
            <source>Could not download {url}: {reason}.</source>
            <translation>Could not download {url}: {reason}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="54" />
            <source>The server did not answer within {timeout:g} s: {url}.</source>
            <translation>The server did not answer within {timeout:g} s: {url}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="60" />
            <source>The server answered HTTP {status} for {url}.</source>
            <translation>The server answered HTTP {status} for {url}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="66" />
            <source>The service is busy or disturbed; try again later or work offline.</source>
            <translation>The service is busy or disturbed; try again later or work offline.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="80" />
            <source>Offline mode: the cache holds no answer for {url}.</source>
            <translation>Offline mode: the cache holds no answer for {url}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="91" />
            <source>A download was attempted outside the plugin's network transport: {url}.</source>
            <translation>A download was attempted outside the plugin's network transport: {url}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="97" />
            <source>The answer from {url} is not what was expected: {detail}.</source>
            <translation>The answer from {url} is not what was expected: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="100" />
            <source>The service may have changed or be disturbed; try again later.</source>
            <translation>The service may have changed or be disturbed; try again later.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="106" />
            <source>Gemeente {code} does not exist in {table} ({year}).</source>
            <translation>Gemeente {code} does not exist in {table} ({year}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="109" />
            <source>Check the code (GM followed by four digits, e.g. GM0935) and the year.</source>
            <translation>Check the code (GM followed by four digits, e.g. GM0935) and the year.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="115" />
            <source>'{code}' is not a valid {level} code.</source>
            <translation>'{code}' is not a valid {level} code.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="116" />
            <source>Use GM plus 4 digits, WK plus 6 or BU plus 8 characters.</source>
            <translation>Use GM plus 4 digits, WK plus 6 or BU plus 8 characters.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="122" />
            <source>There is no {source} table for {year}; available years: {years}.</source>
            <translation>There is no {source} table for {year}; available years: {years}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="155" />
            <source>{what} returned no features for {code}: {url}.</source>
            <translation>{what} returned no features for {code}: {url}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="159" />
            <source>The catalog {source} is refused: {detail}.</source>
            <translation>The catalog {source} is refused: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="160" />
            <source>The current catalog stays in use. Fix the file or choose another one.</source>
            <translation>The current catalog stays in use. Fix the file or choose another one.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="166" />
            <source>Formula '{formula}' is not allowed: {detail}.</source>
            <translation>Formula '{formula}' is not allowed: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="170" />
            <source>Cancelled; nothing was written.</source>
            <translation>Cancelled; nothing was written.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="27" />
            <source>Type (part of) the name or the code, e.g. Maastricht or GM0935, and pick it from the list.</source>
            <translation>Type (part of) the name or the code, e.g. Maastricht or GM0935, and pick it from the list.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="34" />
            <source>Pick one from the list.</source>
            <translation>Pick one from the list.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="38" />
            <source>{name} ({code}) was divided over {names} in {year}.</source>
            <translation>{name} ({code}) was divided over {names} in {year}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/report/gpkg_reader.py" line="20" />
            <source>{path} is not a GeoPackage written by RKSD ({detail}).</source>
            <translation>{path} is not a GeoPackage written by RKSD ({detail}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/report/template.py" line="26" />
            <source>The layout template {path} cannot be used: {detail}.</source>
            <translation>The layout template {path} cannot be used: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/report/template.py" line="27" />
            <source>Start from a copy of the RKSD template and keep the item ids listed in docs/atlas.md.</source>
            <translation>Start from a copy of the RKSD template and keep the item ids listed in docs/atlas.md.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="133" />
            <source>Choose one of these years, or load a newer catalog that knows this year's service.</source>
            <translation>Choose one of these years, or load a newer catalog that knows this year's service.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="186" />
            <source>The catalog at {url} is larger than the limit of {limit}.</source>
            <translation>The catalog at {url} is larger than the limit of {limit}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="187" />
            <source>The metadata answer from {url} is larger than the limit of {limit}.</source>
            <translation>The metadata answer from {url} is larger than the limit of {limit}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="189" />
            <source>A data page from {url} is larger than the limit of {limit}.</source>
            <translation>A data page from {url} is larger than the limit of {limit}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="190" />
            <source>A geometry page from {url} is larger than the limit of {limit}.</source>
            <translation>A geometry page from {url} is larger than the limit of {limit}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="201" />
            <source>The download of {url} did not finish within the limit of {deadline:g} s per request.</source>
            <translation>The download of {url} did not finish within the limit of {deadline:g} s per request.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="207" />
            <source>{url} redirects to {target}, which is not a host of the same service: not followed.</source>
            <translation>{url} redirects to {target}, which is not a host of the same service: not followed.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="218" />
            <source>The stored answer for {url} is damaged ({detail}) and was set aside.</source>
            <translation>The stored answer for {url} is damaged ({detail}) and was set aside.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="235" />
            <source>The offline package {path} cannot be used: {detail}.</source>
            <translation>The offline package {path} cannot be used: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="236" />
            <source>Ask for a new copy of the package (the file may be damaged or incomplete).</source>
            <translation>Ask for a new copy of the package (the file may be damaged or incomplete).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="242" />
            <source>The own texts file {path} cannot be read: {detail}.</source>
            <translation>The own texts file {path} cannot be read: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="250" />
            <source>The GeoPackage {path} could not be written ({step}: {reason}).</source>
            <translation>The GeoPackage {path} could not be written ({step}: {reason}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/disclosure.py" line="45" />
            <source>The disclosure settings are not allowed: {detail}.</source>
            <translation>The disclosure settings are not allowed: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/disclosure.py" line="46" />
            <source>Use a minimum count of at least 3 (default 5) and rounding to 5 or none.</source>
            <translation>Use a minimum count of at least 3 (default 5) and rounding to 5 or none.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="42" />
            <source>The facility list cannot be read this way: {detail}.</source>
            <translation>The facility list cannot be read this way: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="43" />
            <source>Choose coordinate columns, a postcode and house number column, or street, house number and place columns (or a point layer).</source>
            <translation>Choose coordinate columns, a postcode and house number column, or street, house number and place columns (or a point layer).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/figures.py" line="26" />
            <source>The counts cannot be used: {detail}.</source>
            <translation>The counts cannot be used: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/figures.py" line="27" />
            <source>RKSD needs the exact whole counts per area to protect them itself; remove earlier suppression marks such as '&lt;5' or '.' and use 0 for none.</source>
            <translation>RKSD needs the exact whole counts per area to protect them itself; remove earlier suppression marks such as '&lt;5' or '.' and use 0 for none.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/linked.py" line="27" />
            <source>Stapeling and the number of clients with any voorziening need scipy for their privacy check.</source>
            <translation>Stapeling and the number of clients with any voorziening need scipy for their privacy check.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/linked.py" line="29" />
            <source>Install scipy (python3-scipy) or publish the voorzieningen one at a time without stapeling.</source>
            <translation>Install scipy (python3-scipy) or publish the voorzieningen one at a time without stapeling.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/linked.py" line="34" />
            <source>{count} different voorzieningen were found; stapeling works with at most {most}.</source>
            <translation>{count} different voorzieningen were found; stapeling works with at most {most}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/linked.py" line="36" />
            <source>Group the voorzieningen (e.g. Wmo, Jeugdwet, Participatiewet) first.</source>
            <translation>Group the voorzieningen (e.g. Wmo, Jeugdwet, Participatiewet) first.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/lookup.py" line="20" />
            <source>The postcode table {path} cannot be used: {detail}.</source>
            <translation>The postcode table {path} cannot be used: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/lookup.py" line="21" />
            <source>Use CBS's 'Buurt, wijk en gemeente voor postcode huisnummer' (CSV with columns PC6, Huisnummer and Buurt&lt;year&gt;) or a CSV with columns postcode, (huisnummer) and buurtcode.</source>
            <translation>Use CBS's 'Buurt, wijk en gemeente voor postcode huisnummer' (CSV with columns PC6, Huisnummer and Buurt&lt;year&gt;) or a CSV with columns postcode, (huisnummer) and buurtcode.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="56" />
            <source>The client records cannot be read this way: {detail}.</source>
            <translation>The client records cannot be read this way: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="57" />
            <source>Choose the columns that hold the area and the voorziening.</source>
            <translation>Choose the columns that hold the area and the voorziening.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/release.py" line="24" />
            <source>Several columns are sums of other columns ({detail}); RKSD cannot protect them together.</source>
            <translation>Several columns are sums of other columns ({detail}); RKSD cannot protect them together.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/release.py" line="26" />
            <source>Import the parts without their totals, or one total at a time.</source>
            <translation>Import the parts without their totals, or one total at a time.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_tasks.py" line="18" />
            <source>Reading the client records failed at {stage} ({kind}).</source>
            <translation>Reading the client records failed at {stage} ({kind}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_tasks.py" line="19" />
            <source>For privacy no value of a row is shown; check the chosen columns.</source>
            <translation>For privacy no value of a row is shown; check the chosen columns.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/own_figures_io.py" line="41" />
            <source>{path} is not an RKSD GeoPackage of a gemeente ({detail}).</source>
            <translation>{path} is not an RKSD GeoPackage of a gemeente ({detail}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/own_figures_io.py" line="42" />
            <source>Make the maps for the gemeente first (Ophalen) and choose the GeoPackage RKSD wrote.</source>
            <translation>Make the maps for the gemeente first (Ophalen) and choose the GeoPackage RKSD wrote.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/own_figures_io.py" line="47" />
            <source>The own figures are for {own} {own_year}, the GeoPackage is {gpkg} {gpkg_year}.</source>
            <translation>The own figures are for {own} {own_year}, the GeoPackage is {gpkg} {gpkg_year}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/own_sources.py" line="30" />
            <source>{path} cannot be read as a table: {detail}.</source>
            <translation>{path} cannot be read as a table: {detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/own_sources.py" line="31" />
            <source>Choose a CSV (comma or semicolon), an XLSX sheet with a header row, a GeoPackage layer or a layer of the project.</source>
            <translation>Choose a CSV (comma or semicolon), an XLSX sheet with a header row, a GeoPackage layer or a layer of the project.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="26" />
            <source>No municipality matches '{text}'.</source>
            <translation>No municipality matches '{text}'.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="33" />
            <source>'{text}' matches several municipalities: {names}.</source>
            <translation>'{text}' matches several municipalities: {names}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="41" />
            <source>Pick the municipality that holds the neighbourhoods you are interested in.</source>
            <translation>Pick the municipality that holds the neighbourhoods you are interested in.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/report/gpkg_reader.py" line="21" />
            <source>Choose the GeoPackage the RKSD panel or the demo wrote for a municipality.</source>
            <translation>Choose the GeoPackage the RKSD panel or the demo wrote for a municipality.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/code_mismatch.py" line="12" />
            <source>{source} ({table}): {unknown} {level} code(s) not in this year's indeling; {without} populated {level}(s) ({inhabitants} inhabitants) get no value for: {indicators}.</source>
            <translation>{source} ({table}): {unknown} {level} code(s) not in this year's indeling; {without} populated {level}(s) ({inhabitants} inhabitants) get no value for: {indicators}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="227" />
            <source>{service} seems to be disturbed: {attempts} attempts failed. See {status_page} for announcements and try again later; what was downloaded is kept, so the next run continues from there.</source>
            <translation>{service} seems to be disturbed: {attempts} attempts failed. See {status_page} for announcements and try again later; what was downloaded is kept, so the next run continues from there.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="46" />
            <source>Check the internet connection and the proxy settings in QGIS (Settings &gt; Options &gt; Network), or work offline from a prepared package.</source>
            <translation>Check the internet connection and the proxy settings in QGIS (Settings &gt; Options &gt; Network), or work offline from a prepared package.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="61" />
            <source>The table or service is not (or no longer) at this address; a newer catalog may know where it moved.</source>
            <translation>The table or service is not (or no longer) at this address; a newer catalog may know where it moved.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="83" />
            <source>Switch offline mode off to download it, or load an offline package that contains this gemeente and year.</source>
            <translation>Switch offline mode off to download it, or load an offline package that contains this gemeente and year.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="128" />
            <source>The catalog names no PDOK service with the wijk- en buurtkaart {year}; years with boundaries: {years}.</source>
            <translation>The catalog names no PDOK service with the wijk- en buurtkaart {year}; years with boundaries: {years}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="139" />
            <source>Measure '{measure}' (key {stem}, title '{title}', used by indicator {indicators}) is not in table {table}. Nearest candidates: {candidates}.</source>
            <translation>Measure '{measure}' (key {stem}, title '{title}', used by indicator {indicators}) is not in table {table}. Nearest candidates: {candidates}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="148" />
            <source>CBS may have renamed or dropped it; update the catalog or choose another year.</source>
            <translation>CBS may have renamed or dropped it; update the catalog or choose another year.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="177" />
            <source>If the answer is genuine, raise the limit under RKSD &gt; Offline &gt; Settings &gt; Limits; otherwise try again later.</source>
            <translation>If the answer is genuine, raise the limit under RKSD &gt; Offline &gt; Settings &gt; Limits; otherwise try again later.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="210" />
            <source>If that address is genuine (a mirror or gateway of your organisation), add its host under RKSD &gt; Offline &gt; Settings &gt; Limits &gt; Allowed redirect hosts.</source>
            <translation>If that address is genuine (a mirror or gateway of your organisation), add its host under RKSD &gt; Offline &gt; Settings &gt; Limits &gt; Allowed redirect hosts.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="221" />
            <source>Work online once so it is downloaded again, or load the offline package again from its zip file.</source>
            <translation>Work online once so it is downloaded again, or load the offline package again from its zip file.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="243" />
            <source>Save it from Excel as CSV (semicolon, comma or tab separated) with two columns: code and text.</source>
            <translation>Save it from Excel as CSV (semicolon, comma or tab separated) with two columns: code and text.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/errors.py" line="251" />
            <source>An earlier file at that place is unchanged. Check the free disk space and that the output folder can be written.</source>
            <translation>An earlier file at that place is unchanged. Check the free disk space and that the output folder can be written.</translation>
        </message>
    </context>
    <context>
        <name>RksdLangerThuis</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="29" />
            <source>Supermarket</source>
            <translation>Supermarket</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="29" />
            <source>GP practice (huisarts)</source>
            <translation>GP practice (huisarts)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="29" />
            <source>Pharmacy (apotheek)</source>
            <translation>Pharmacy (apotheek)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="29" />
            <source>Meeting place or care (ontmoeting/zorg)</source>
            <translation>Meeting place or care (ontmoeting/zorg)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="29" />
            <source>Physiotherapy (fysio)</source>
            <translation>Physiotherapy (fysio)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="29" />
            <source>Public-transport stop (OV-halte)</source>
            <translation>Public-transport stop (OV-halte)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="72" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="72" />
            <source>Suitability for living at home longer</source>
            <translation>Suitability for living at home longer</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="75" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="75" />
            <source>A score per buurt (and per address) from the distances to daily facilities, with the demand side.</source>
            <translation>A score per buurt (and per address) from the distances to daily facilities, with the demand side.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="81" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="81" />
            <source>&lt;p&gt;Answers 'which locations are suitable for living at home longer?' (question 4).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Access components.&lt;/b&gt; Distance to a supermarket, huisarts, apotheek, a meeting place or care facility, physiotherapy and a public-transport stop. Each comes either from a distance field on the buurten (CBS 'Nabijheid voorzieningen', in km by default) or, when no field is chosen, is computed from your own facility layer with the category values listed (over the road network if given, otherwise straight-line), per address or CBS vierkant when a population layer is given, else per sample point.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Points.&lt;/b&gt; Each distance gets points by class: with the default thresholds 500 m, 1 km and 3 km the classes &amp;le; 500 m, 500 m&amp;ndash;1 km, 1&amp;ndash;3 km and &amp;gt; 3 km score 100, 67, 33 and 0.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score.&lt;/b&gt; The weighted mean of the known components (weights renormalised; missing components are listed in &lt;i&gt;ontbrekende_componenten&lt;/i&gt;, never counted as 0). Default weights follow published practice: supermarkt 52, huisarts 12, apotheek 12, ontmoeting/zorg 12, fysio 6; the OV-halte weight 6 is an RKSD default that makes the total 100. All weights and thresholds are parameters. Classes: goed (&amp;ge; 75), redelijk (50&amp;ndash;75), matig (25&amp;ndash;50), beperkt (&amp;lt; 25).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demand side.&lt;/b&gt; The share of 65+ (and 75+ where available) is copied, and &lt;i&gt;aandacht&lt;/i&gt; = 1 marks buurten with a share of 65+ at or above the median and a score below 50. A dwelling-stock proxy field (e.g. share of single-family or zero-step dwellings) is copied and scored only if you give it a weight.&lt;/p&gt;&lt;p&gt;&lt;b&gt;About CBS distances.&lt;/b&gt; CBS distances are road distances from all addresses in the buurt, averaged over the inhabitants, to the nearest facility in CBS's registers. They are not walking routes, and the facility registers differ from OpenStreetMap or a gemeente's own list.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Answers 'which locations are suitable for living at home longer?' (question 4).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Access components.&lt;/b&gt; Distance to a supermarket, huisarts, apotheek, a meeting place or care facility, physiotherapy and a public-transport stop. Each comes either from a distance field on the buurten (CBS 'Nabijheid voorzieningen', in km by default) or, when no field is chosen, is computed from your own facility layer with the category values listed (over the road network if given, otherwise straight-line), per address or CBS vierkant when a population layer is given, else per sample point.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Points.&lt;/b&gt; Each distance gets points by class: with the default thresholds 500 m, 1 km and 3 km the classes &amp;le; 500 m, 500 m&amp;ndash;1 km, 1&amp;ndash;3 km and &amp;gt; 3 km score 100, 67, 33 and 0.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score.&lt;/b&gt; The weighted mean of the known components (weights renormalised; missing components are listed in &lt;i&gt;ontbrekende_componenten&lt;/i&gt;, never counted as 0). Default weights follow published practice: supermarkt 52, huisarts 12, apotheek 12, ontmoeting/zorg 12, fysio 6; the OV-halte weight 6 is an RKSD default that makes the total 100. All weights and thresholds are parameters. Classes: goed (&amp;ge; 75), redelijk (50&amp;ndash;75), matig (25&amp;ndash;50), beperkt (&amp;lt; 25).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demand side.&lt;/b&gt; The share of 65+ (and 75+ where available) is copied, and &lt;i&gt;aandacht&lt;/i&gt; = 1 marks buurten with a share of 65+ at or above the median and a score below 50. A dwelling-stock proxy field (e.g. share of single-family or zero-step dwellings) is copied and scored only if you give it a weight.&lt;/p&gt;&lt;p&gt;&lt;b&gt;About CBS distances.&lt;/b&gt; CBS distances are road distances from all addresses in the buurt, averaged over the inhabitants, to the nearest facility in CBS's registers. They are not walking routes, and the facility registers differ from OpenStreetMap or a gemeente's own list.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="133" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="133" />
            <source>Sample point spacing without a population layer (m)</source>
            <translation>Sample point spacing without a population layer (m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="149" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="149" />
            <source>Weight: dwelling-stock proxy (0: shown, not scored)</source>
            <translation>Weight: dwelling-stock proxy (0: shown, not scored)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="150" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="150" />
            <source>A higher dwelling-stock share is better</source>
            <translation>A higher dwelling-stock share is better</translation>
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
            <translation>Buurten (polygons)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="112" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="113" />
            <source>Unit of the distance fields</source>
            <translation>Unit of the distance fields</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="114" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="115" />
            <source>Own facilities (used for components without a distance field)</source>
            <translation>Own facilities (used for components without a distance field)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="117" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="118" />
            <source>Category field of the facilities</source>
            <translation>Category field of the facilities</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="127" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="128" />
            <source>Addresses or CBS 100 m squares (scores per address, weighted per neighbourhood)</source>
            <translation>Addresses or CBS 100 m squares (scores per address, weighted per neighbourhood)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="130" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="131" />
            <source>Population weight field (e.g. inwoners)</source>
            <translation>Population weight field (e.g. inwoners)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="138" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="139" />
            <source>Distance class thresholds (m, separated by ;)</source>
            <translation>Distance class thresholds (m, separated by ;)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="140" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="141" />
            <source>Share of inhabitants 65+ (%)</source>
            <translation>Share of inhabitants 65+ (%)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="143" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="144" />
            <source>Share of inhabitants 75+ (%)</source>
            <translation>Share of inhabitants 75+ (%)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="146" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="147" />
            <source>Dwelling-stock proxy (%)</source>
            <translation>Dwelling-stock proxy (%)</translation>
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
            <translation>Langer thuis wonen per address or sample point</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="178" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="178" />
            <source>Thresholds</source>
            <translation>Thresholds</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="194" />
            <source>Facilities</source>
            <translation>Facilities</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="199" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="199" />
            <source>Give distance fields (e.g. the CBS Nabijheid figures on the buurten) or a facility layer: without either there is nothing to score.</source>
            <translation>Give distance fields (e.g. the CBS Nabijheid figures on the buurten) or a facility layer: without either there is nothing to score.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="208" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="208" />
            <source>Buurten: no polygon has a usable geometry.</source>
            <translation>Buurten: no polygon has a usable geometry.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="347" />
            <source>Population</source>
            <translation>Population</translation>
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
            <translation>Facilities: the layer is empty.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="196" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="196" />
            <source>Facilities: choose the category field that tells which facility is which.</source>
            <translation>Facilities: choose the category field that tells which facility is which.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="358" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="358" />
            <source>No population layer: sample points every {s:g} m inside each buurt ({n} points).</source>
            <translation>No population layer: sample points every {s:g} m inside each buurt ({n} points).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="121" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="122" />
            <source>{component}: category values (separated by ;)</source>
            <translation>{component}: category values (separated by ;)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="136" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="136" />
            <source>Weight: {component}</source>
            <translation>Weight: {component}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="297" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="297" />
            <source>aandacht = 1: share 65+ at least {r:.1f}% (the median) and a score below 50.</source>
            <translation>aandacht = 1: share 65+ at least {r:.1f}% (the median) and a score below 50.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="109" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="110" />
            <source>{component}: distance field on the neighbourhoods</source>
            <translation>{component}: distance field on the neighbourhoods</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="240" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="240" />
            <source>No facility in the layer matches component '{c}'; it is left out.</source>
            <translation>No facility in the layer matches component '{c}'; it is left out.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="277" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="277" />
            <source>Component '{c}' has no data and is left out of the score.</source>
            <translation>Component '{c}' has no data and is left out of the score.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="261" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="261" />
            <source>{c}: {n} points have no network connection to any such facility; they are missing, not 0.</source>
            <translation>{c}: {n} points have no network connection to any such facility; they are missing, not 0.</translation>
        </message>
    </context>
    <context>
        <name>RksdLayerInput</name>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_input.py" line="120" />
            <source>a small layer, {n} features</source>
            <translation>a small layer, {n} features</translation>
        </message>
    </context>
    <context>
        <name>RksdMonitor</name>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="50" />
            <source>Load the Maastricht series (sample, offline)</source>
            <translation>Load the Maastricht series (sample, offline)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="61" />
            <source>Change map</source>
            <translation>Change map</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="65" />
            <source>An indicator or measure with values in at least two years (the years in brackets)</source>
            <translation>An indicator or measure with values in at least two years (the years in brackets)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="72" />
            <source>The first year of the change</source>
            <translation>The first year of the change</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="73" />
            <source>The last year of the change</source>
            <translation>The last year of the change</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="74" />
            <source>Relative: the change as a percentage of the first year; absolute: in the indicator's unit (percentage points for a percentage)</source>
            <translation>Relative: the change as a percentage of the first year; absolute: in the indicator's unit (percentage points for a percentage)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="77" />
            <source>relative (%)</source>
            <translation>relative (%)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="78" />
            <source>absolute</source>
            <translation>absolute</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="113" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="79" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="79" />
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="79" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="89" />
            <source>Make the change map</source>
            <translation>Make the change map</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="113" />
            <source>Peers: median (range)</source>
            <translation>Peers: median (range)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="113" />
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="113" />
            <source>Netherlands</source>
            <translation>Netherlands</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="175" />
            <source>Series: {path}</source>
            <translation>Series: {path}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="199" />
            <source>Choose an indicator and two different years.</source>
            <translation>Choose an indicator and two different years.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="211" />
            <source>{title}: change {first}-{last}</source>
            <translation>{title}: change {first}-{last}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="262" />
            <source>Not in the peers' figures of {year}: {names}</source>
            <translation>Not in the peers' figures of {year}: {names}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="44" />
            <source>Follow every neighbourhood over the years: choose a first year beside the year on the Maps tab (a series), or load the Maastricht series. A neighbourhood that was re-bounded gets the figures of the areas it came from, re-allocated by where people live; the Neighbourhood tab then shows its trends.</source>
            <translation>Follow every neighbourhood over the years: choose a first year beside the year on the Maps tab (a series), or load the Maastricht series. A neighbourhood that was re-bounded gets the figures of the areas it came from, re-allocated by where people live; the Neighbourhood tab then shows its trends.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="52" />
            <source>Every year the bundled sample holds real figures for (2017, 2021-2024), as one series on the 2024 neighbourhoods</source>
            <translation>Every year the bundled sample holds real figures for (2017, 2021-2024), as one series on the 2024 neighbourhoods</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="91" />
            <source>Diverging colours around 'no change'; grey hatching: no comparable value; ◊ and a dashed outline: re-allocated across a boundary change</source>
            <translation>Diverging colours around 'no change'; grey hatching: no comparable value; ◊ and a dashed outline: re-allocated across a boundary change</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="100" />
            <source>Compared with similar municipalities</source>
            <translation>Compared with similar municipalities</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="103" />
            <source>Similar municipalities: the same size band and urbanity (as waarstaatjegemeente.nl), per year</source>
            <translation>Similar municipalities: the same size band and urbanity (as waarstaatjegemeente.nl), per year</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="113" />
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="208" />
            <source>No neighbourhood has a value in both years.</source>
            <translation>No neighbourhood has a value in both years.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="237" />
            <source>{n} neighbourhoods with two comparable values, {m} of them re-allocated across a boundary change.</source>
            <translation>{n} neighbourhoods with two comparable values, {m} of them re-allocated across a boundary change.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="255" />
            <source>{n} municipalities, {rule}: {names}</source>
            <translation>{n} municipalities, {rule}: {names}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/monitor_panel.py" line="225" />
            <source>Not saved ({reason}): this change map is a temporary layer, gone when QGIS closes.</source>
            <translation>Not saved ({reason}): this change map is a temporary layer, gone when QGIS closes.</translation>
        </message>
    </context>
    <context>
        <name>RksdNetwork</name>
        <message>
            <location filename="../rksd_plugin/core/network/backend.py" line="16" />
            <source>Computed with scipy (spatial index and shortest paths in compiled code).</source>
            <translation>Computed with scipy (spatial index and shortest paths in compiled code).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/errors.py" line="8" />
            <source>{parameter}: {detail}</source>
            <translation>{parameter}: {detail}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/errors.py" line="12" />
            <source>{parameter}: '{text}' is not a list of positive numbers ({detail}).</source>
            <translation>{parameter}: '{text}' is not a list of positive numbers ({detail}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/errors.py" line="15" />
            <source>Give distances in metres separated by ';' or ',', e.g. 500;1000;3000.</source>
            <translation>Give distances in metres separated by ';' or ',', e.g. 500;1000;3000.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/errors.py" line="21" />
            <source>{parameter}: the layer has no usable features{detail}.</source>
            <translation>{parameter}: the layer has no usable features{detail}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/errors.py" line="22" />
            <source>Check the layer, its selection or filter, and that its geometries are not empty.</source>
            <translation>Check the layer, its selection or filter, and that its geometries are not empty.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/errors.py" line="28" />
            <source>{parameter}: the road network has no line segments with a length.</source>
            <translation>{parameter}: the road network has no line segments with a length.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/backend.py" line="17" />
            <source>scipy is not available: computed with the pure Python/numpy fallback. The results are the same, but large networks take much longer. Install scipy to speed this up.</source>
            <translation>scipy is not available: computed with the pure Python/numpy fallback. The results are the same, but large networks take much longer. Install scipy to speed this up.</translation>
        </message>
    </context>
    <context>
        <name>RksdOffline</name>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="60" />
            <source>Work offline (cache and packages only)</source>
            <translation>Work offline (cache and packages only)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="62" />
            <source>Never go on the internet: every answer comes from the cache or a loaded package</source>
            <translation>Never go on the internet: every answer comes from the cache or a loaded package</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="68" />
            <source>Cache</source>
            <translation>Cache</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="76" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="77" />
            <source>Measure the cache again</source>
            <translation>Measure the cache again</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="81" />
            <source>Delete every stored download; loaded packages and GeoPackages stay</source>
            <translation>Delete every stored download; loaded packages and GeoPackages stay</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="90" />
            <source>Offline packages</source>
            <translation>Offline packages</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="92" />
            <source>Load the Maastricht sample (offline)</source>
            <translation>Load the Maastricht sample (offline)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="94" />
            <source>Maastricht 2024 from the sample shipped with the plugin: real CBS, RIVM and Politie figures, no internet needed</source>
            <translation>Maastricht 2024 from the sample shipped with the plugin: real CBS, RIVM and Politie figures, no internet needed</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="101" />
            <source>Loaded packages: runs for what they hold read from them</source>
            <translation>Loaded packages: runs for what they hold read from them</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="110" />
            <source>Load an offline package (.zip) a trainer prepared</source>
            <translation>Load an offline package (.zip) a trainer prepared</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="112" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="113" />
            <source>Forget the selected package</source>
            <translation>Forget the selected package</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="128" />
            <source>Cache folder, output folder, timeout, catalog</source>
            <translation>Cache folder, output folder, timeout, catalog</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="146" />
            <source>RKSD: clearing the cache</source>
            <translation>RKSD: clearing the cache</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="146" />
            <source>RKSD: measuring the cache</source>
            <translation>RKSD: measuring the cache</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="160" />
            <source>The cache could not be read: {}</source>
            <translation>The cache could not be read: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="164" />
            <source>The cache is empty.</source>
            <translation>The cache is empty.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="170" />
            <source>Empty. Folder: {folder}</source>
            <translation>Empty. Folder: {folder}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="172" />
            <source>{entries} answers, {size}; oldest {oldest}, newest {newest}. Folder: {folder}</source>
            <translation>{entries} answers, {size}; oldest {oldest}, newest {newest}. Folder: {folder}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="180" />
            <source>Clear cache</source>
            <translation>Clear cache</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="180" />
            <source>Delete every stored download? Without internet, only loaded packages and the sample will still work.</source>
            <translation>Delete every stored download? Without internet, only loaded packages and the sample will still work.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="208" />
            <source>Load offline package</source>
            <translation>Load offline package</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="208" />
            <source>RKSD offline package (*.zip)</source>
            <translation>RKSD offline package (*.zip)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="217" />
            <source>RKSD: loading an offline package</source>
            <translation>RKSD: loading an offline package</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="230" />
            <source>The package could not be loaded: {}</source>
            <translation>The package could not be loaded: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="237" />
            <source>Package loaded: {}</source>
            <translation>Package loaded: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="70" />
            <source>Measuring the cache...</source>
            <translation>Measuring the cache...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="79" />
            <source>Clear cache...</source>
            <translation>Clear cache...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="108" />
            <source>Load package...</source>
            <translation>Load package...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="115" />
            <source>Prepare package...</source>
            <translation>Prepare package...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="126" />
            <source>Settings...</source>
            <translation>Settings...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="104" />
            <source>No offline package loaded.</source>
            <translation>No offline package loaded.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="197" />
            <source>{name} - cannot be used; select it and press Remove</source>
            <translation>{name} - cannot be used; select it and press Remove</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/offline_panel.py" line="117" />
            <source>Download municipalities, years and questions into one file for computers without internet</source>
            <translation>Download municipalities, years and questions into one file for computers without internet</translation>
        </message>
    </context>
    <context>
        <name>RksdOphalenAlgorithm</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="57" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="57" />
            <source>Fetch a gemeente (CBS figures and PDOK boundaries)</source>
            <translation>Fetch a gemeente (CBS figures and PDOK boundaries)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="60" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="60" />
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="72" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="72" />
            <source>&lt;p&gt;The main job of the RKSD panel as an algorithm: the curated CBS figures (Kerncijfers wijken en buurten, Nabijheid voorzieningen, RIVM Gezondheidsmonitor, Politie) for every buurt, wijk and the gemeente, joined to the PDOK boundaries of the same year, with the indices of the chosen questions, into one GeoPackage with its sources inside.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gemeente&lt;/b&gt;: a code (GM0935) or a name (merged gemeenten are found by their old name). &lt;b&gt;Offline package&lt;/b&gt;: a package zip or folder prepared in the panel (or the bundled sample); without one the figures are downloaded (QGIS's network settings and RKSD's cache apply), unless &lt;b&gt;offline&lt;/b&gt; is ticked, which serves only from the cache.&lt;/p&gt;&lt;p&gt;&lt;b&gt;First year&lt;/b&gt; (optional): several years as a series up to &lt;b&gt;Year&lt;/b&gt;. Every year comes through the same pipeline and cache; the GeoPackage then also holds every year's own layers, a series table per level on the newest boundaries (each value with how it got there: direct, re-coded or re-allocated across a boundary change), the change map layer and the comparison with similar municipalities. Re-bounded neighbourhoods are re-allocated by CBS's 100 m squares, by your &lt;b&gt;address points&lt;/b&gt; when given, or by area as a last resort.&lt;/p&gt;&lt;p&gt;Runs in the modeler, in batch and from qgis_process, e.g. a yearly refresh: &lt;code&gt;qgis_process run rksd:ophalen -- GEMEENTE=GM0935 YEAR=2024 OUTPUT=maastricht.gpkg&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;The main job of the RKSD panel as an algorithm: the curated CBS figures (Kerncijfers wijken en buurten, Nabijheid voorzieningen, RIVM Gezondheidsmonitor, Politie) for every buurt, wijk and the gemeente, joined to the PDOK boundaries of the same year, with the indices of the chosen questions, into one GeoPackage with its sources inside.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gemeente&lt;/b&gt;: a code (GM0935) or a name (merged gemeenten are found by their old name). &lt;b&gt;Offline package&lt;/b&gt;: a package zip or folder prepared in the panel (or the bundled sample); without one the figures are downloaded (QGIS's network settings and RKSD's cache apply), unless &lt;b&gt;offline&lt;/b&gt; is ticked, which serves only from the cache.&lt;/p&gt;&lt;p&gt;&lt;b&gt;First year&lt;/b&gt; (optional): several years as a series up to &lt;b&gt;Year&lt;/b&gt;. Every year comes through the same pipeline and cache; the GeoPackage then also holds every year's own layers, a series table per level on the newest boundaries (each value with how it got there: direct, re-coded or re-allocated across a boundary change), the change map layer and the comparison with similar municipalities. Re-bounded neighbourhoods are re-allocated by CBS's 100 m squares, by your &lt;b&gt;address points&lt;/b&gt; when given, or by area as a last resort.&lt;/p&gt;&lt;p&gt;Runs in the modeler, in batch and from qgis_process, e.g. a yearly refresh: &lt;code&gt;qgis_process run rksd:ophalen -- GEMEENTE=GM0935 YEAR=2024 OUTPUT=maastricht.gpkg&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="100" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="100" />
            <source>First year of a series</source>
            <translation>First year of a series</translation>
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
            <translation>Gemeente (code or name)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="104" />
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="107" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="108" />
            <source>Offline package (zip or folder)</source>
            <translation>Offline package (zip or folder)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="110" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="111" />
            <source>Offline: serve only from the cache</source>
            <translation>Offline: serve only from the cache</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="112" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="113" />
            <source>Address points to re-allocate re-bounded neighbourhoods by (for a series)</source>
            <translation>Address points to re-allocate re-bounded neighbourhoods by (for a series)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="115" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="116" />
            <source>Compare with these municipalities (codes or names, comma-separated; empty: by size and urbanity)</source>
            <translation>Compare with these municipalities (codes or names, comma-separated; empty: by size and urbanity)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="118" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="119" />
            <source>Language of field names and styles</source>
            <translation>Language of field names and styles</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="120" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="121" />
            <source>RKSD GeoPackage</source>
            <translation>RKSD GeoPackage</translation>
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
            <translation>Summary (JSON)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="294" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="294" />
            <source>Series {first}-{last} on the boundaries of {target}</source>
            <translation>Series {first}-{last} on the boundaries of {target}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="96" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="96" />
            <source>Year ({first}-{last})</source>
            <translation>Year ({first}-{last})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="107" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="109" />
            <source>Offline packages (*.zip);;All files (*)</source>
            <translation>Offline packages (*.zip);;All files (*)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="118" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="119" />
            <source>Dutch</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="118" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="119" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="138" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="138" />
            <source>Cancelled: no GeoPackage was written.</source>
            <translation>Cancelled: no GeoPackage was written.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="182" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="182" />
            <source>{gemeente} {year}, from: {source}</source>
            <translation>{gemeente} {year}, from: {source}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="244" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="244" />
            <source>{gemeente} {first}-{last} as a series</source>
            <translation>{gemeente} {first}-{last} as a series</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="297" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="297" />
            <source>{year}: not in the series ({reason})</source>
            <translation>{year}: not in the series ({reason})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="300" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="300" />
            <source>{year}: neighbourhoods direct {direct}, re-coded {recoded}, re-allocated {reallocated} ({weights})</source>
            <translation>{year}: neighbourhoods direct {direct}, re-coded {recoded}, re-allocated {reallocated} ({weights})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="306" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="306" />
            <source>{year}: compared with {n} similar municipalities ({rule})</source>
            <translation>{year}: compared with {n} similar municipalities ({rule})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="315" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="315" />
            <source>{name}: {features} features, {matched} matched, only in CBS: {cbs}, only in PDOK: {pdok}</source>
            <translation>{name}: {features} features, {matched} matched, only in CBS: {cbs}, only in PDOK: {pdok}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="319" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="319" />
            <source>{source}: no table of this year, {table} of {year} used</source>
            <translation>{source}: no table of this year, {table} of {year} used</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="206" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="206" />
            <source>The first year ({first}) lies after the year ({year}).</source>
            <translation>The first year ({first}) lies after the year ({year}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="170" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="170" />
            <source>The offline package holds no {gemeente} {year}.</source>
            <translation>The offline package holds no {gemeente} {year}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="182" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="185" />
            <source>cache only (offline)</source>
            <translation>cache only (offline)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="182" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="185" />
            <source>download (cache first)</source>
            <translation>download (cache first)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="227" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="227" />
            <source>The offline package holds no {gemeente} for {years}: those years are left out.</source>
            <translation>The offline package holds no {gemeente} for {years}: those years are left out.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="182" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="184" />
            <source>offline package {title}</source>
            <translation>offline package {title}</translation>
        </message>
    </context>
    <context>
        <name>RksdOutput</name>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="308" />
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="308" />
            <source>Could not create a temporary GeoPackage: {error}</source>
            <translation>Could not create a temporary GeoPackage: {error}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="191" />
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="191" />
            <source>Could not write the output layer: {error}</source>
            <translation>Could not write the output layer: {error}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="244" />
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="244" />
            <source>Could not write the output GeoPackage {path}: {error}</source>
            <translation>Could not write the output GeoPackage {path}: {error}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="134" />
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="134" />
            <source>Could not find the new table in {path}.</source>
            <translation>Could not find the new table in {path}.</translation>
        </message>
    </context>
    <context>
        <name>RksdOwnAlgorithms</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="75" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="75" />
            <source>Own data</source>
            <translation>Own data</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="106" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="107" />
            <source>Another group per measure (e.g. jeugdwet=inwoners_0_15; wmo=inwoners_65plus)</source>
            <translation>Another group per measure (e.g. jeugdwet=inwoners_0_15; wmo=inwoners_65plus)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="116" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="117" />
            <source>Also hide a count close to the whole population of the area</source>
            <translation>Also hide a count close to the whole population of the area</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="187" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="187" />
            <source>Cancelled: nothing was written.</source>
            <translation>Cancelled: nothing was written.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="85" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="86" />
            <source>RKSD GeoPackage of the gemeente (made by the RKSD panel or the demo)</source>
            <translation>RKSD GeoPackage of the gemeente (made by the RKSD panel or the demo)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="89" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="90" />
            <source>Local postcode table (CSV: PC6, house number, buurt code; for postcodes)</source>
            <translation>Local postcode table (CSV: PC6, house number, buurt code; for postcodes)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="96" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="96" />
            <source>Short name (becomes eigen_&lt;name&gt;_... fields)</source>
            <translation>Short name (becomes eigen_&lt;name&gt;_... fields)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="98" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="98" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="99" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="99" />
            <source>Source (e.g. 'Gemeente X, Wmo-registratie')</source>
            <translation>Source (e.g. 'Gemeente X, Wmo-registratie')</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="101" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="101" />
            <source>Period (e.g. 2024)</source>
            <translation>Period (e.g. 2024)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="103" />
            <source>Rates per 1,000 of (CBS population of the year)</source>
            <translation>Rates per 1,000 of (CBS population of the year)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="111" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="112" />
            <source>Minimum count: 1 up to this minus 1 is afgeschermd</source>
            <translation>Minimum count: 1 up to this minus 1 is afgeschermd</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="114" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="115" />
            <source>Round published counts</source>
            <translation>Round published counts</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="120" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="121" />
            <source>Add the main indicator to the index of question (optional)</source>
            <translation>Add the main indicator to the index of question (optional)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="123" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="124" />
            <source>Weight in that index</source>
            <translation>Weight in that index</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="125" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="126" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="128" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="129" />
            <source>These are SYNTHETIC example data (labelled so on every output)</source>
            <translation>These are SYNTHETIC example data (labelled so on every output)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="145" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="145" />
            <source>Give a short name of letters and digits.</source>
            <translation>Give a short name of letters and digits.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="104" />
            <source>inhabitants</source>
            <translation>inhabitants</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="104" />
            <source>inhabitants aged 0-14</source>
            <translation>inhabitants aged 0-14</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="104" />
            <source>inhabitants aged 65 or over</source>
            <translation>inhabitants aged 65 or over</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="123" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="104" />
            <source>households</source>
            <translation>households</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="114" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="115" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="114" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="115" />
            <source>to 5</source>
            <translation>to 5</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="125" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="126" />
            <source>higher = more risk</source>
            <translation>higher = more risk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="125" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="126" />
            <source>lower = more risk</source>
            <translation>lower = more risk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="125" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="126" />
            <source>neutral</source>
            <translation>neutral</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="168" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="168" />
            <source>{rows} rows read, {counted} {unit} counted.</source>
            <translation>{rows} rows read, {counted} {unit} counted.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="120" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="122" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="171" />
            <location filename="../rksd_plugin/processing/alg_own_base.py" line="171" />
            <source>Not counted ({count} rows): {why}</source>
            <translation>Not counted ({count} rows): {why}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="53" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="53" />
            <source>Own facilities (list to points)</source>
            <translation>Own facilities (list to points)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="56" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="56" />
            <source>The gemeente's own list of facilities as points with the catalog's facility kinds, placed by coordinates or by address (PDOK Locatieserver); every row not placed is listed with why.</source>
            <translation>The gemeente's own list of facilities as points with the catalog's facility kinds, placed by coordinates or by address (PDOK Locatieserver); every row not placed is listed with why.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="63" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="63" />
            <source>&lt;p&gt;Makes a point layer from the gemeente's list of facilities (welzijn, sport, cultuur, zorg, dagbesteding, beschermd wonen, ...). Each row is placed by the first way that works: its own point geometry, coordinate columns (RD or longitude/latitude), postcode + house number, or street + house number + place. Addresses are geocoded with the PDOK Locatieserver through RKSD's network settings and cache (a second run asks nothing again); offline, only cached answers are used.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Categories&lt;/b&gt; are mapped to the catalog's facility kinds (supermarkt, huisarts, apotheek, ontmoeting, fysio, ov_halte, welzijn, zorg, dagbesteding, beschermd_wonen, jeugd, sport, cultuur, onderwijs) by name or synonym; map others by hand as 'own category=kind; ...'. The output's field &lt;i&gt;categorie&lt;/i&gt; holds the kind, so rksd:bereikbaarheid, rksd:langer_thuis and rksd:zorgvraag_aanbod take the layer directly (category field: categorie).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not placed&lt;/b&gt;: every row that could not be placed is in the second output with the reason (no address, postcode not Dutch, house number a spreadsheet made a date of, address not in the BAG, several addresses match, ...).&lt;/p&gt;&lt;p&gt;Only public addresses of facilities are sent to PDOK - never use this for client addresses.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Makes a point layer from the gemeente's list of facilities (welzijn, sport, cultuur, zorg, dagbesteding, beschermd wonen, ...). Each row is placed by the first way that works: its own point geometry, coordinate columns (RD or longitude/latitude), postcode + house number, or street + house number + place. Addresses are geocoded with the PDOK Locatieserver through RKSD's network settings and cache (a second run asks nothing again); offline, only cached answers are used.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Categories&lt;/b&gt; are mapped to the catalog's facility kinds (supermarkt, huisarts, apotheek, ontmoeting, fysio, ov_halte, welzijn, zorg, dagbesteding, beschermd_wonen, jeugd, sport, cultuur, onderwijs) by name or synonym; map others by hand as 'own category=kind; ...'. The output's field &lt;i&gt;categorie&lt;/i&gt; holds the kind, so rksd:bereikbaarheid, rksd:langer_thuis and rksd:zorgvraag_aanbod take the layer directly (category field: categorie).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not placed&lt;/b&gt;: every row that could not be placed is in the second output with the reason (no address, postcode not Dutch, house number a spreadsheet made a date of, address not in the BAG, several addresses match, ...).&lt;/p&gt;&lt;p&gt;Only public addresses of facilities are sent to PDOK - never use this for client addresses.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="95" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="96" />
            <source>Offline: use only answers already in the cache</source>
            <translation>Offline: use only answers already in the cache</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="60" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="60" />
            <source>eigen voorzieningen,geocoderen,adres,postcode,locatieserver,own facilities,geocoding</source>
            <translation>eigen voorzieningen,geocoderen,adres,postcode,locatieserver,own facilities,geocoding</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="80" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="81" />
            <source>Facility list (CSV, XLSX, GeoPackage or layer)</source>
            <translation>Facility list (CSV, XLSX, GeoPackage or layer)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <source>Category column</source>
            <translation>Category column</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <source>Name column</source>
            <translation>Name column</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="83" />
            <source>X or longitude column</source>
            <translation>X or longitude column</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="83" />
            <source>Y or latitude column</source>
            <translation>Y or latitude column</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="84" />
            <source>Postcode column</source>
            <translation>Postcode column</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="85" />
            <source>House number column</source>
            <translation>House number column</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="86" />
            <source>House letter or addition column</source>
            <translation>House letter or addition column</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="87" />
            <source>Street column</source>
            <translation>Street column</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="87" />
            <source>Place column</source>
            <translation>Place column</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="90" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="91" />
            <source>Coordinates are in</source>
            <translation>Coordinates are in</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="93" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="94" />
            <source>Own category = kind, separated by ;</source>
            <translation>Own category = kind, separated by ;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="99" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="99" />
            <source>Own facilities</source>
            <translation>Own facilities</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="100" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="101" />
            <source>Facilities not placed</source>
            <translation>Facilities not placed</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="102" />
            <source>Placed</source>
            <translation>Placed</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="103" />
            <source>Not placed</source>
            <translation>Not placed</translation>
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
            <translation>longitude/latitude (EPSG:4326)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="177" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="177" />
            <source>{placed} placed, {unplaced} not placed, {requests} addresses asked.</source>
            <translation>{placed} placed, {unplaced} not placed, {requests} addresses asked.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="166" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="166" />
            <source>Row {row} ({name}) not placed: {why}</source>
            <translation>Row {row} ({name}) not placed: {why}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="175" />
            <location filename="../rksd_plugin/processing/alg_own_facilities.py" line="175" />
            <source>Category '{category}' ({count}x) is not one of the catalog's facility kinds: kind 'overig'.</source>
            <translation>Category '{category}' ({count}x) is not one of the catalog's facility kinds: kind 'overig'.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="33" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="33" />
            <source>Own figures per area (counts)</source>
            <translation>Own figures per area (counts)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="36" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="36" />
            <source>Counts the gemeente aggregated per buurt, wijk, PC6 or PC4, with disclosure control, as own indicators beside CBS.</source>
            <translation>Counts the gemeente aggregated per buurt, wijk, PC6 or PC4, with disclosure control, as own indicators beside CBS.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="43" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="43" />
            <source>&lt;p&gt;Adds counts the gemeente already aggregated (e.g. Wmo clients per buurt) to an RKSD GeoPackage as own indicators: the count, a rate per 1,000 of a CBS population group of the same year, the gemeente's value, and a status. Fields start with &lt;i&gt;eigen_&lt;/i&gt; and are marked as the gemeente's own source.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Areas&lt;/b&gt;: buurt and wijk codes join directly (also CBS's bare numbers). A PC6 needs the local postcode table (CBS 'Buurt, wijk en gemeente voor postcode huisnummer') and joins the buurt that holds all its addresses; a PC4 joins the wijk that holds all its addresses. A postcode spread over several areas is not divided: it is left out and listed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Disclosure control&lt;/b&gt; before anything is written: counts from 1 to the minimum minus 1 are afgeschermd, and so are counts close to the area's population; then enough more is hidden that no hidden count follows from a total or from the other areas of its wijk or gemeente - checked exactly. Optional rounding to 5. Rates only from published counts. A column that is the sum of others is protected together with them. The privacy report goes into the GeoPackage (table rksd_privacy) and the atlas's method page.&lt;/p&gt;&lt;p&gt;RKSD needs the exact counts: a cell such as '&amp;lt;5' or '.' is refused.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Adds counts the gemeente already aggregated (e.g. Wmo clients per buurt) to an RKSD GeoPackage as own indicators: the count, a rate per 1,000 of a CBS population group of the same year, the gemeente's value, and a status. Fields start with &lt;i&gt;eigen_&lt;/i&gt; and are marked as the gemeente's own source.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Areas&lt;/b&gt;: buurt and wijk codes join directly (also CBS's bare numbers). A PC6 needs the local postcode table (CBS 'Buurt, wijk en gemeente voor postcode huisnummer') and joins the buurt that holds all its addresses; a PC4 joins the wijk that holds all its addresses. A postcode spread over several areas is not divided: it is left out and listed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Disclosure control&lt;/b&gt; before anything is written: counts from 1 to the minimum minus 1 are afgeschermd, and so are counts close to the area's population; then enough more is hidden that no hidden count follows from a total or from the other areas of its wijk or gemeente - checked exactly. Optional rounding to 5. Rates only from published counts. A column that is the sum of others is protected together with them. The privacy report goes into the GeoPackage (table rksd_privacy) and the atlas's method page.&lt;/p&gt;&lt;p&gt;RKSD needs the exact counts: a cell such as '&amp;lt;5' or '.' is refused.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="40" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="40" />
            <source>eigen cijfers,wmo,jeugdhulp,bijstand,privacy,onthullingsbeheersing,own data,disclosure control</source>
            <translation>eigen cijfers,wmo,jeugdhulp,bijstand,privacy,onthullingsbeheersing,own data,disclosure control</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="60" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="61" />
            <source>Table with counts per area (CSV, XLSX, GeoPackage or layer)</source>
            <translation>Table with counts per area (CSV, XLSX, GeoPackage or layer)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="62" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="63" />
            <source>The codes are</source>
            <translation>The codes are</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="65" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="66" />
            <source>Column with the area code</source>
            <translation>Column with the area code</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="68" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="69" />
            <source>Columns with counts</source>
            <translation>Columns with counts</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="92" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="74" />
            <source>RKSD GeoPackage with the own figures</source>
            <translation>RKSD GeoPackage with the own figures</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="93" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="75" />
            <source>Privacy report</source>
            <translation>Privacy report</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="96" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="96" />
            <source>areas</source>
            <translation>areas</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="62" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="63" />
            <source>buurt codes</source>
            <translation>buurt codes</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="62" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="63" />
            <source>wijk codes</source>
            <translation>wijk codes</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="62" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="63" />
            <source>PC6 postcodes</source>
            <translation>PC6 postcodes</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="62" />
            <location filename="../rksd_plugin/processing/alg_own_figures.py" line="64" />
            <source>PC4 postcodes</source>
            <translation>PC4 postcodes</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="43" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="43" />
            <source>Own figures from client records (person level)</source>
            <translation>Own figures from client records (person level)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="46" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="46" />
            <source>One row per client (and voorziening): counted per buurt on this computer, with disclosure control and stapeling; no row is ever written.</source>
            <translation>One row per client (and voorziening): counted per buurt on this computer, with disclosure control and stapeling; no row is ever written.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="53" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="53" />
            <source>&lt;p&gt;Counts person-level client records per buurt (or wijk) and adds them to an RKSD GeoPackage as own indicators, with the same disclosure control as own figures.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: records never leave this computer. The area comes from a buurt or wijk code in the row, or from a postcode (and house number) looked up in a &lt;i&gt;local&lt;/i&gt; postcode table you give (CBS 'Buurt, wijk en gemeente voor postcode huisnummer'): no address is sent to any web service. Rows are counted in memory; ids are replaced by keyed hashes; no row, id or address is written to any output, cache, log or project. Rows without a known area are in no figure; the log says how many and why.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Voorzieningen and stapeling&lt;/b&gt;: with a voorziening column you get one indicator per voorziening; with stapeling also the number with at least one and the share with two or more (persons, or households with a household column). Because these come from the same clients, an extra check (linear programming, needs scipy) makes sure no small combination of voorzieningen can be derived.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Counts person-level client records per buurt (or wijk) and adds them to an RKSD GeoPackage as own indicators, with the same disclosure control as own figures.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy&lt;/b&gt;: records never leave this computer. The area comes from a buurt or wijk code in the row, or from a postcode (and house number) looked up in a &lt;i&gt;local&lt;/i&gt; postcode table you give (CBS 'Buurt, wijk en gemeente voor postcode huisnummer'): no address is sent to any web service. Rows are counted in memory; ids are replaced by keyed hashes; no row, id or address is written to any output, cache, log or project. Rows without a known area are in no figure; the log says how many and why.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Voorzieningen and stapeling&lt;/b&gt;: with a voorziening column you get one indicator per voorziening; with stapeling also the number with at least one and the share with two or more (persons, or households with a household column). Because these come from the same clients, an extra check (linear programming, needs scipy) makes sure no small combination of voorzieningen can be derived.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="50" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="50" />
            <source>eigen cijfers,clienten,wmo,jeugdwet,participatiewet,stapeling,privacy,own data,records</source>
            <translation>eigen cijfers,clienten,wmo,jeugdwet,participatiewet,stapeling,privacy,own data,records</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="67" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="68" />
            <source>Client records (CSV, XLSX, GeoPackage or layer)</source>
            <translation>Client records (CSV, XLSX, GeoPackage or layer)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="69" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="70" />
            <source>The area of a row is</source>
            <translation>The area of a row is</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="73" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="74" />
            <source>Column with the buurt/wijk code or postcode</source>
            <translation>Column with the buurt/wijk code or postcode</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="76" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="77" />
            <source>Column with the house number</source>
            <translation>Column with the house number</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="79" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="80" />
            <source>Column with the voorziening</source>
            <translation>Column with the voorziening</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="83" />
            <source>Column with the person or household id (empty: every row is one person)</source>
            <translation>Column with the person or household id (empty: every row is one person)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="85" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="86" />
            <source>The id counts</source>
            <translation>The id counts</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="87" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="88" />
            <source>Stapeling: with at least one and with two or more voorzieningen</source>
            <translation>Stapeling: with at least one and with two or more voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="69" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="71" />
            <source>a buurt code</source>
            <translation>a buurt code</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="69" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="71" />
            <source>a wijk code</source>
            <translation>a wijk code</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="69" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="71" />
            <source>a PC6 postcode (local table)</source>
            <translation>a PC6 postcode (local table)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="69" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="72" />
            <source>a postcode and house number (local table)</source>
            <translation>a postcode and house number (local table)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="123" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="86" />
            <source>persons</source>
            <translation>persons</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="127" />
            <location filename="../rksd_plugin/processing/alg_own_records.py" line="127" />
            <source>Reading the client records failed ({kind}); no row is shown here for privacy.</source>
            <translation>Reading the client records failed ({kind}); no row is shown here for privacy.</translation>
        </message>
    </context>
    <context>
        <name>RksdOwnData</name>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="24" />
            <source>no coordinates and no address</source>
            <translation>no coordinates and no address</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="25" />
            <source>the coordinates cannot be read: {detail}</source>
            <translation>the coordinates cannot be read: {detail}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="26" />
            <source>the coordinates lie outside the Netherlands: {detail}</source>
            <translation>the coordinates lie outside the Netherlands: {detail}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="27" />
            <source>'{detail}' is not a Dutch postcode (4 digits and 2 letters)</source>
            <translation>'{detail}' is not a Dutch postcode (4 digits and 2 letters)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="28" />
            <source>the house number is missing</source>
            <translation>the house number is missing</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="29" />
            <source>house number '{detail}' cannot be read</source>
            <translation>house number '{detail}' cannot be read</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="30" />
            <source>house number '{detail}' looks like a date a spreadsheet made of it (e.g. 4-2)</source>
            <translation>house number '{detail}' looks like a date a spreadsheet made of it (e.g. 4-2)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="32" />
            <source>no such address in the BAG (PDOK Locatieserver): {detail}</source>
            <translation>no such address in the BAG (PDOK Locatieserver): {detail}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="33" />
            <source>{detail} addresses match; add the house letter or addition</source>
            <translation>{detail} addresses match; add the house letter or addition</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="34" />
            <source>no address matches street, number and place exactly (closest: {detail})</source>
            <translation>no address matches street, number and place exactly (closest: {detail})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="36" />
            <source>the PDOK Locatieserver could not be asked: {detail}</source>
            <translation>the PDOK Locatieserver could not be asked: {detail}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/facilities.py" line="37" />
            <source>offline, and the answer is not in the cache: {detail}</source>
            <translation>offline, and the answer is not in the cache: {detail}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="39" />
            <source>no area (buurt code or postcode) in the row</source>
            <translation>no area (buurt code or postcode) in the row</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="40" />
            <source>the area code or postcode cannot be read</source>
            <translation>the area code or postcode cannot be read</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="41" />
            <source>the area lies in another gemeente (left out)</source>
            <translation>the area lies in another gemeente (left out)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="42" />
            <source>the buurt or wijk code is not in this year's indeling</source>
            <translation>the buurt or wijk code is not in this year's indeling</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="43" />
            <source>the postcode (and house number) is not in the postcode table</source>
            <translation>the postcode (and house number) is not in the postcode table</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="44" />
            <source>the postcode lies in several buurten and the house number does not decide</source>
            <translation>the postcode lies in several buurten and the house number does not decide</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="46" />
            <source>no voorziening in the row (left out)</source>
            <translation>no voorziening in the row (left out)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="47" />
            <source>the rows of one person or household name different areas</source>
            <translation>the rows of one person or household name different areas</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="48" />
            <source>a postcode needs the postcode table, which was not given</source>
            <translation>a postcode needs the postcode table, which was not given</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/owndata/records.py" line="49" />
            <source>the postcode lies in several buurten (PC6) or wijken (PC4); its counts are not divided</source>
            <translation>the postcode lies in several buurten (PC6) or wijken (PC4); its counts are not divided</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_tasks.py" line="24" />
            <source>RKSD: own facilities</source>
            <translation>RKSD: own facilities</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_tasks.py" line="48" />
            <source>RKSD: own figures with disclosure control</source>
            <translation>RKSD: own figures with disclosure control</translation>
        </message>
    </context>
    <context>
        <name>RksdOwnDataDialog</name>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="121" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="121" />
            <source>Own figures become indicators beside CBS: a count and a rate per 1,000 of a CBS population group, per buurt, wijk and gemeente, marked as the gemeente's own source. Small counts are afgeschermd before anything is shown or stored.</source>
            <translation>Own figures become indicators beside CBS: a count and a rate per 1,000 of a CBS population group, per buurt, wijk and gemeente, marked as the gemeente's own source. Small counts are afgeschermd before anything is shown or stored.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="105" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="105" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="118" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="118" />
            <source>Turn the gemeente's list of facilities into points the analyses use. Rows are placed by their coordinates or by address (PDOK Locatieserver); categories map to the catalog's facility kinds. Every row that cannot be placed is listed with the reason.</source>
            <translation>Turn the gemeente's list of facilities into points the analyses use. Rows are placed by their coordinates or by address (PDOK Locatieserver); categories map to the catalog's facility kinds. Every row that cannot be placed is listed with the reason.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="341" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="131" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="140" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="140" />
            <source>Layer of the project</source>
            <translation>Layer of the project</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="143" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="143" />
            <source>Tables (*.csv *.txt *.xlsx *.ods *.gpkg *.geojson *.shp)</source>
            <translation>Tables (*.csv *.txt *.xlsx *.ods *.gpkg *.geojson *.shp)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="145" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="145" />
            <source>or a file</source>
            <translation>or a file</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="271" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="194" />
            <source>Columns</source>
            <translation>Columns</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="201" />
            <source>RD New (EPSG:28992)</source>
            <translation>RD New (EPSG:28992)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="202" />
            <source>longitude/latitude (EPSG:4326)</source>
            <translation>longitude/latitude (EPSG:4326)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="203" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="203" />
            <source>Coordinates in</source>
            <translation>Coordinates in</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="212" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="212" />
            <source>Categories and the catalog's facility kinds</source>
            <translation>Categories and the catalog's facility kinds</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="257" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="257" />
            <source>Result</source>
            <translation>Result</translation>
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
            <translation>Postcode table (*.csv)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="307" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="307" />
            <source>CBS 'Buurt, wijk en gemeente voor postcode huisnummer' (pc6hnr...csv), or a CSV with postcode, house number and buurt code. Only read on this computer.</source>
            <translation>CBS 'Buurt, wijk en gemeente voor postcode huisnummer' (pc6hnr...csv), or a CSV with postcode, house number and buurt code. Only read on this computer.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="309" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="309" />
            <source>Local postcode table</source>
            <translation>Local postcode table</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="328" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="328" />
            <source>Indicator and privacy</source>
            <translation>Indicator and privacy</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="332" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="332" />
            <source>Letters and digits; the fields are called eigen_&lt;name&gt;_...</source>
            <translation>Letters and digits; the fields are called eigen_&lt;name&gt;_...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="333" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="333" />
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="336" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="336" />
            <source>e.g. Wmo clients</source>
            <translation>e.g. Wmo clients</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="337" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="340" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="340" />
            <source>e.g. Gemeente Maastricht, Wmo registration</source>
            <translation>e.g. Gemeente Maastricht, Wmo registration</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="344" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="344" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="350" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="350" />
            <source>Rate per 1,000</source>
            <translation>Rate per 1,000</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="355" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="355" />
            <source>Counts from 1 up to this number minus 1 are afgeschermd (default 5, as Straatkubus and Amsterdam's BBGA).</source>
            <translation>Counts from 1 up to this number minus 1 are afgeschermd (default 5, as Straatkubus and Amsterdam's BBGA).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="357" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="357" />
            <source>Minimum count</source>
            <translation>Minimum count</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="358" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="358" />
            <source>Round published counts to 5 (as CBS)</source>
            <translation>Round published counts to 5 (as CBS)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="366" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="366" />
            <source>Also in the index of</source>
            <translation>Also in the index of</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="371" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="371" />
            <source>with weight</source>
            <translation>with weight</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="377" />
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="378" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="378" />
            <source>SYNTHETIC example data (labelled on every output)</source>
            <translation>SYNTHETIC example data (labelled on every output)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="125" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="125" />
            <source>Client records stay on this computer: no address goes to any web service (postcodes are looked up in a local table), and no row, id or address is stored anywhere.</source>
            <translation>Client records stay on this computer: no address goes to any web service (postcodes are looked up in a local table), and no row, id or address is stored anywhere.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="135" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="135" />
            <source>a file</source>
            <translation>a file</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="196" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="196" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="196" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="196" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="197" />
            <source>X or longitude</source>
            <translation>X or longitude</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="196" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="197" />
            <source>Y or latitude</source>
            <translation>Y or latitude</translation>
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
            <translation>House number</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="204" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="205" />
            <source>House letter or addition</source>
            <translation>House letter or addition</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="204" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="205" />
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="204" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="206" />
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="216" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="216" />
            <source>Own category</source>
            <translation>Own category</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="216" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="216" />
            <source>Facility kind</source>
            <translation>Facility kind</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="279" />
            <source>The codes are</source>
            <translation>The codes are</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="280" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="280" />
            <source>Area code</source>
            <translation>Area code</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="284" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="284" />
            <source>Counts</source>
            <translation>Counts</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="290" />
            <source>The area of a row is</source>
            <translation>The area of a row is</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="291" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="291" />
            <source>Area code or postcode</source>
            <translation>Area code or postcode</translation>
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
            <translation>Person or household id</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="297" />
            <source>persons</source>
            <translation>persons</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="298" />
            <source>households</source>
            <translation>households</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="299" />
            <source>The id counts</source>
            <translation>The id counts</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="300" />
            <source>Stapeling: with at least one and with two or more voorzieningen</source>
            <translation>Stapeling: with at least one and with two or more voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="347" />
            <source>inhabitants</source>
            <translation>inhabitants</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="347" />
            <source>inhabitants aged 0-14</source>
            <translation>inhabitants aged 0-14</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="348" />
            <source>inhabitants aged 65 or over</source>
            <translation>inhabitants aged 65 or over</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="363" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="363" />
            <source>no question</source>
            <translation>no question</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="374" />
            <source>higher = more risk</source>
            <translation>higher = more risk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="374" />
            <source>lower = more risk</source>
            <translation>lower = more risk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="375" />
            <source>neutral</source>
            <translation>neutral</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="398" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="398" />
            <source>Choose a file or a layer.</source>
            <translation>Choose a file or a layer.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="430" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="430" />
            <source>Make the maps of the gemeente first: own figures join its GeoPackage.</source>
            <translation>Make the maps of the gemeente first: own figures join its GeoPackage.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="435" />
            <source>Give a short name of letters and digits.</source>
            <translation>Give a short name of letters and digits.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="88" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="88" />
            <source>Import own facilities</source>
            <translation>Import own facilities</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="88" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="88" />
            <source>Import own figures per area</source>
            <translation>Import own figures per area</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="88" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="89" />
            <source>Import client records (person level)</source>
            <translation>Import client records (person level)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="176" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="276" />
            <source>buurt codes</source>
            <translation>buurt codes</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="276" />
            <source>wijk codes</source>
            <translation>wijk codes</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="276" />
            <source>PC6 postcodes</source>
            <translation>PC6 postcodes</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="277" />
            <source>PC4 postcodes</source>
            <translation>PC4 postcodes</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="286" />
            <source>a buurt code</source>
            <translation>a buurt code</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="286" />
            <source>a wijk code</source>
            <translation>a wijk code</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="287" />
            <source>a PC6 postcode (local table)</source>
            <translation>a PC6 postcode (local table)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="288" />
            <source>a postcode and house number (local table)</source>
            <translation>a postcode and house number (local table)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="401" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="401" />
            <source>A temporary (memory) layer cannot be read in the background; save it first.</source>
            <translation>A temporary (memory) layer cannot be read in the background; save it first.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="426" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="426" />
            <source>Choose where to save the GeoPackage.</source>
            <translation>Choose where to save the GeoPackage.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="450" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="450" />
            <source>Choose the column with the area code.</source>
            <translation>Choose the column with the area code.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="452" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="452" />
            <source>Tick at least one column with counts.</source>
            <translation>Tick at least one column with counts.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="455" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="455" />
            <source>Postcodes need the local postcode table.</source>
            <translation>Postcodes need the local postcode table.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="460" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="460" />
            <source>Choose the column with the area.</source>
            <translation>Choose the column with the area.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="467" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="467" />
            <source>Postcodes need the local postcode table: addresses never go to a web service.</source>
            <translation>Postcodes need the local postcode table: addresses never go to a web service.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="469" />
            <location filename="../rksd_plugin/gui/own_data_dialog.py" line="469" />
            <source>Choose the column with the house number.</source>
            <translation>Choose the column with the house number.</translation>
        </message>
    </context>
    <context>
        <name>RksdOwnPanel</name>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="61" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="61" />
            <source>A list with categories, by coordinates or address</source>
            <translation>A list with categories, by coordinates or address</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="64" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="64" />
            <source>Counts already per neighbourhood, district, PC6 or PC4</source>
            <translation>Counts already per neighbourhood, district, PC6 or PC4</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="67" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="67" />
            <source>One row per client: counted here, never stored</source>
            <translation>One row per client: counted here, never stored</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="79" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="79" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="81" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="81" />
            <source>Stop the import; nothing is written</source>
            <translation>Stop the import; nothing is written</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="328" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="328" />
            <source>Own figures</source>
            <translation>Own figures</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="52" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="52" />
            <source>The municipality's own data</source>
            <translation>The municipality's own data</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="59" />
            <source>Own facilities</source>
            <translation>Own facilities</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="62" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="62" />
            <source>Own figures per area</source>
            <translation>Own figures per area</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="65" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="65" />
            <source>Client records</source>
            <translation>Client records</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="92" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="92" />
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="92" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="92" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="92" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="92" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="92" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="92" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="97" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="97" />
            <source>Own data in these maps</source>
            <translation>Own data in these maps</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="172" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="172" />
            <source>Working</source>
            <translation>Working</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="188" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="188" />
            <source>Cancelled; nothing was written.</source>
            <translation>Cancelled; nothing was written.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="53" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="53" />
            <source>Put the municipality's own facility list and own figures (Wmo, jeugdhulp, bijstand, ...) on the map beside CBS. Own figures are protected before anything is shown or stored: small counts read '{word}', and nothing hidden can be calculated back.</source>
            <translation>Put the municipality's own facility list and own figures (Wmo, jeugdhulp, bijstand, ...) on the map beside CBS. Own figures are protected before anything is shown or stored: small counts read '{word}', and nothing hidden can be calculated back.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="122" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="122" />
            <source>Make the maps of a gemeente first</source>
            <translation>Make the maps of a gemeente first</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="218" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="218" />
            <source>{placed} facilities placed, {unplaced} not placed ({requests} addresses asked). Saved in {path}. Use the layer in the analyses with category field 'categorie'.</source>
            <translation>{placed} facilities placed, {unplaced} not placed ({requests} addresses asked). Saved in {path}. Use the layer in the analyses with category field 'categorie'.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="223" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="223" />
            <source>Own facilities ready: {count} points</source>
            <translation>Own facilities ready: {count} points</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="249" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="249" />
            <source>{title}: {counted} counted from {rows} rows; {indicators} own indicators on the map.</source>
            <translation>{title}: {counted} counted from {rows} rows; {indicators} own indicators on the map.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="264" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="264" />
            <source>Own figures on the map: {title}</source>
            <translation>Own figures on the map: {title}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="139" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="142" />
            <source>{measures} measures, minimum count {min}, {hidden} buurt figures afgeschermd</source>
            <translation>{measures} measures, minimum count {min}, {hidden} buurt figures afgeschermd</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="256" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="256" />
            <source>Not counted: {count} rows - {why} (rows {rows}{more})</source>
            <translation>Not counted: {count} rows - {why} (rows {rows}{more})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="260" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="260" />
            <source>Added to the index of question '{question}' with weight {weight}.</source>
            <translation>Added to the index of question '{question}' with weight {weight}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/own_panel.py" line="293" />
            <location filename="../rksd_plugin/gui/own_panel.py" line="293" />
            <source>The own figures could not be carried over: {}</source>
            <translation>The own figures could not be carried over: {}</translation>
        </message>
    </context>
    <context>
        <name>RksdPackageDialog</name>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="51" />
            <source>Prepare offline package</source>
            <translation>Prepare offline package</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="53" />
            <source>Downloads everything the chosen question maps need into one file. Copy it to other computers and load it there with "Load offline package": no internet needed.</source>
            <translation>Downloads everything the chosen question maps need into one file. Copy it to other computers and load it there with "Load offline package": no internet needed.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="64" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="73" />
            <source>Select and press Delete to remove</source>
            <translation>Select and press Delete to remove</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="77" />
            <source>In the package</source>
            <translation>In the package</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="78" />
            <source>Remove selected</source>
            <translation>Remove selected</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="83" />
            <source>Years</source>
            <translation>Years</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="87" />
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="96" />
            <source>RKSD offline package (*.zip)</source>
            <translation>RKSD offline package (*.zip)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="98" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="104" />
            <source>Prepare</source>
            <translation>Prepare</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="153" />
            <source>Tick at least one year.</source>
            <translation>Tick at least one year.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="155" />
            <source>Tick at least one question.</source>
            <translation>Tick at least one question.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="157" />
            <source>Choose where to save the package.</source>
            <translation>Choose where to save the package.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="65" />
            <source>Add the municipality to the package</source>
            <translation>Add the municipality to the package</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="69" />
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="88" />
            <source>Include the national reference (all Dutch neighbourhoods)</source>
            <translation>Include the national reference (all Dutch neighbourhoods)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="90" />
            <source>Needed to rank neighbourhoods against the whole country; makes the package larger</source>
            <translation>Needed to rank neighbourhoods against the whole country; makes the package larger</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="151" />
            <source>Add at least one municipality.</source>
            <translation>Add at least one municipality.</translation>
        </message>
    </context>
    <context>
        <name>RksdPlanning</name>
        <message>
            <location filename="../rksd_plugin/core/network/planning/choose.py" line="62" />
            <source>cannot choose {k} sites from {n} candidates</source>
            <translation>cannot choose {k} sites from {n} candidates</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/planning/choose.py" line="63" />
            <source>choose at least one site (or keep existing sites open)</source>
            <translation>choose at least one site (or keep existing sites open)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/planning/choose.py" line="64" />
            <source>the exact solver needs scipy (with HiGHS), which is not available</source>
            <translation>the exact solver needs scipy (with HiGHS), which is not available</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/planning/choose.py" line="65" />
            <source>the exact model would have {variables} assignment variables (limit {limit})</source>
            <translation>the exact model would have {variables} assignment variables (limit {limit})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/planning/choose.py" line="67" />
            <source>the model with capacities: {status} ({variables} variables)</source>
            <translation>the model with capacities: {status} ({variables} variables)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/network/planning/choose.py" line="68" />
            <source>at most {share:.1f} % of the demand is within reach of the candidates</source>
            <translation>at most {share:.1f} % of the demand is within reach of the candidates</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="32" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="32" />
            <source>Closure impact per site (ranked)</source>
            <translation>Closure impact per site (ranked)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="35" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="35" />
            <source>For every existing site: what closing it alone would cost the demand it serves - extra distance, people pushed beyond a threshold - ranked for the question which sites to keep.</source>
            <translation>For every existing site: what closing it alone would cost the demand it serves - extra distance, people pushed beyond a threshold - ranked for the question which sites to keep.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="42" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="42" />
            <source>&lt;p&gt;Which site matters most? For each existing site, the demand whose nearest site it is would move to its next-nearest site if it closed. Per site: the demand it serves (&lt;i&gt;bediend&lt;/i&gt;), the extra demand-weighted distance (&lt;i&gt;extra_afstand&lt;/i&gt;, weight x metres, and per served unit &lt;i&gt;extra_per_eenheid_m&lt;/i&gt;), the demand pushed beyond the threshold (&lt;i&gt;over_drempel&lt;/i&gt;) and the demand left without any reachable site (&lt;i&gt;zonder_alternatief&lt;/i&gt;). &lt;i&gt;rang&lt;/i&gt; 1 is the site whose closure costs most: demand without an alternative first, then the extra distance or the people pushed over the threshold (your choice).&lt;/p&gt;&lt;p&gt;Each site is judged alone, with all others open: closing two neighbouring sites together can cost more than both figures suggest - compare such a pair with 'Compare scenarios'.&lt;/p&gt;&lt;p&gt;Distances come from the same road graph, snapping and search as 'Facility reachability' (one search per site); without a road network they are straight-line.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Which site matters most? For each existing site, the demand whose nearest site it is would move to its next-nearest site if it closed. Per site: the demand it serves (&lt;i&gt;bediend&lt;/i&gt;), the extra demand-weighted distance (&lt;i&gt;extra_afstand&lt;/i&gt;, weight x metres, and per served unit &lt;i&gt;extra_per_eenheid_m&lt;/i&gt;), the demand pushed beyond the threshold (&lt;i&gt;over_drempel&lt;/i&gt;) and the demand left without any reachable site (&lt;i&gt;zonder_alternatief&lt;/i&gt;). &lt;i&gt;rang&lt;/i&gt; 1 is the site whose closure costs most: demand without an alternative first, then the extra distance or the people pushed over the threshold (your choice).&lt;/p&gt;&lt;p&gt;Each site is judged alone, with all others open: closing two neighbouring sites together can cost more than both figures suggest - compare such a pair with 'Compare scenarios'.&lt;/p&gt;&lt;p&gt;Distances come from the same road graph, snapping and search as 'Facility reachability' (one search per site); without a road network they are straight-line.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="90" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="63" />
            <source>Threshold distance (m)</source>
            <translation>Threshold distance (m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="132" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="83" />
            <source>Existing sites</source>
            <translation>Existing sites</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="133" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="133" />
            <source>Closure impact per site</source>
            <translation>Closure impact per site</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="39" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="39" />
            <source>sluiten,afstoten,vastgoed,behouden,planning,closure,impact,rank,voorzieningen</source>
            <translation>sluiten,afstoten,vastgoed,behouden,planning,closure,impact,rank,voorzieningen</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="60" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="61" />
            <source>Name field of the sites</source>
            <translation>Name field of the sites</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="64" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="65" />
            <source>Rank by</source>
            <translation>Rank by</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="70" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="70" />
            <source>Number of sites</source>
            <translation>Number of sites</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="93" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="93" />
            <source>Existing sites: at least two sites are needed to compare closures.</source>
            <translation>Existing sites: at least two sites are needed to compare closures.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="64" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="65" />
            <source>extra demand-weighted distance</source>
            <translation>extra demand-weighted distance</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="64" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="65" />
            <source>demand pushed beyond the threshold</source>
            <translation>demand pushed beyond the threshold</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="103" />
            <source>Method: {m}; {n} sites, threshold {t:g} m.</source>
            <translation>Method: {m}; {n} sites, threshold {t:g} m.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_closure.py" line="106" />
            <location filename="../rksd_plugin/processing/alg_closure.py" line="106" />
            <source>Rank {r}: {name} - serves {s:,.0f}, extra {e:,.0f} (x m), {p:,.0f} pushed beyond the threshold, {l:,.0f} without an alternative.</source>
            <translation>Rank {r}: {name} - serves {s:,.0f}, extra {e:,.0f} (x m), {p:,.0f} pushed beyond the threshold, {l:,.0f} without an alternative.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="51" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="51" />
            <source>Best sites from candidates</source>
            <translation>Best sites from candidates</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="54" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="54" />
            <source>Choose sites from candidates: least demand-weighted distance (p-median), most demand within a distance (maximal covering) or fewest sites for a share of demand (set cover); exact where the size allows, with the gap to a proven bound.</source>
            <translation>Choose sites from candidates: least demand-weighted distance (p-median), most demand within a distance (maximal covering) or fewest sites for a share of demand (set cover); exact where the size allows, with the gap to a proven bound.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="63" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="63" />
            <source>&lt;p&gt;Where best? Choose sites from a candidate layer (the gemeente's own real estate, or network points in an area), with the existing sites kept open (the choice adds to them) or competing with the candidates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Least weighted distance&lt;/b&gt; (p-median): k sites so that the demand's total distance to its nearest site is smallest. &lt;b&gt;Most demand within a distance&lt;/b&gt; (maximal covering): k sites covering as much demand as possible within the coverage distance. &lt;b&gt;Fewest sites for a share&lt;/b&gt; (set cover): the smallest number of sites that brings the share of all demand within the coverage distance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: automatic runs a fast heuristic (greedy, then swaps and a variable neighbourhood search), then the exact model (a mixed-integer program solved by HiGHS, scipy) when it is small enough, and keeps the better. Every answer comes with a proven bound: &lt;i&gt;gat_pct&lt;/i&gt; says how far from the optimum it can at most be (0 = proven optimal). Capacities (p-median, exact only) limit the demand a site may take.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demand&lt;/b&gt;: points with a weight, or buurten with a count spread over CBS 100 m vierkanten or address points. &lt;b&gt;Distances&lt;/b&gt; come from the same road graph, snapping and search as 'Facility reachability' (one search per site); without a road network they are straight-line and the outputs say so.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Where best? Choose sites from a candidate layer (the gemeente's own real estate, or network points in an area), with the existing sites kept open (the choice adds to them) or competing with the candidates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Least weighted distance&lt;/b&gt; (p-median): k sites so that the demand's total distance to its nearest site is smallest. &lt;b&gt;Most demand within a distance&lt;/b&gt; (maximal covering): k sites covering as much demand as possible within the coverage distance. &lt;b&gt;Fewest sites for a share&lt;/b&gt; (set cover): the smallest number of sites that brings the share of all demand within the coverage distance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: automatic runs a fast heuristic (greedy, then swaps and a variable neighbourhood search), then the exact model (a mixed-integer program solved by HiGHS, scipy) when it is small enough, and keeps the better. Every answer comes with a proven bound: &lt;i&gt;gat_pct&lt;/i&gt; says how far from the optimum it can at most be (0 = proven optimal). Capacities (p-median, exact only) limit the demand a site may take.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demand&lt;/b&gt;: points with a weight, or buurten with a count spread over CBS 100 m vierkanten or address points. &lt;b&gt;Distances&lt;/b&gt; come from the same road graph, snapping and search as 'Facility reachability' (one search per site); without a road network they are straight-line and the outputs say so.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="100" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="100" />
            <source>Number of sites to choose (p-median, maximal covering)</source>
            <translation>Number of sites to choose (p-median, maximal covering)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="101" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="101" />
            <source>Coverage distance (m; also the threshold in the outputs)</source>
            <translation>Coverage distance (m; also the threshold in the outputs)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="106" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="106" />
            <source>Time limit of the exact solver (s)</source>
            <translation>Time limit of the exact solver (s)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="107" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="107" />
            <source>Search time of the heuristic (CPU seconds)</source>
            <translation>Search time of the heuristic (CPU seconds)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="136" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="145" />
            <source>Candidates</source>
            <translation>Candidates</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="237" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="237" />
            <source>RKSD best sites</source>
            <translation>RKSD best sites</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="305" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="305" />
            <source>Chosen sites</source>
            <translation>Chosen sites</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="59" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="59" />
            <source>locatiekeuze,locatie,p-median,covering,set cover,optimalisatie,vastgoed,planning,best sites,location allocation,milp</source>
            <translation>locatiekeuze,locatie,p-median,covering,set cover,optimalisatie,vastgoed,planning,best sites,location allocation,milp</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="83" />
            <source>Candidate sites</source>
            <translation>Candidate sites</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="85" />
            <source>Name field of the candidates</source>
            <translation>Name field of the candidates</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="74" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="90" />
            <source>Name field of the existing sites</source>
            <translation>Name field of the existing sites</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="92" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="93" />
            <source>Role of the existing sites</source>
            <translation>Role of the existing sites</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="96" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="97" />
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="104" />
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="114" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="115" />
            <source>Result per buurt</source>
            <translation>Result per buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="116" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="117" />
            <source>Solution summary</source>
            <translation>Solution summary</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="118" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="119" />
            <source>Demand points with their site</source>
            <translation>Demand points with their site</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="121" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="121" />
            <source>Objective value</source>
            <translation>Objective value</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="122" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="122" />
            <source>Proven bound</source>
            <translation>Proven bound</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="123" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="123" />
            <source>Gap to the bound (%)</source>
            <translation>Gap to the bound (%)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="124" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="124" />
            <source>Status (optimal, time_limit, heuristic)</source>
            <translation>Status (optimal, time_limit, heuristic)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="125" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="125" />
            <source>Number of chosen sites</source>
            <translation>Number of chosen sites</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="158" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="158" />
            <source>Capacities apply to the least weighted distance objective only.</source>
            <translation>Capacities apply to the least weighted distance objective only.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="228" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="228" />
            <source>With capacities some demand is served by a farther site; the outputs show each point's nearest chosen site.</source>
            <translation>With capacities some demand is served by a farther site; the outputs show each point's nearest chosen site.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="242" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="242" />
            <source>least weighted distance</source>
            <translation>least weighted distance</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="242" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="242" />
            <source>most demand within the distance</source>
            <translation>most demand within the distance</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="243" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="243" />
            <source>fewest sites for the share</source>
            <translation>fewest sites for the share</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="92" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="94" />
            <source>stay open; choose sites in addition</source>
            <translation>stay open; choose sites in addition</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="92" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="94" />
            <source>compete with the candidates (may be dropped)</source>
            <translation>compete with the candidates (may be dropped)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="96" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="98" />
            <source>least demand-weighted distance (p-median)</source>
            <translation>least demand-weighted distance (p-median)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="96" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="98" />
            <source>most demand within the coverage distance</source>
            <translation>most demand within the coverage distance</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="96" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="99" />
            <source>fewest sites for a share of demand (set cover)</source>
            <translation>fewest sites for a share of demand (set cover)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="102" />
            <source>Share of demand to cover (%, set cover)</source>
            <translation>Share of demand to cover (%, set cover)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="104" />
            <source>automatic (exact where the size allows)</source>
            <translation>automatic (exact where the size allows)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="104" />
            <source>exact only</source>
            <translation>exact only</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="105" />
            <source>heuristic only</source>
            <translation>heuristic only</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="108" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="109" />
            <source>Capacity field (same name on existing sites; p-median, exact only)</source>
            <translation>Capacity field (same name on existing sites; p-median, exact only)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="244" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="244" />
            <source>Objective: {p}; answer from the {m} solver, status {s}.</source>
            <translation>Objective: {p}; answer from the {m} solver, status {s}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="246" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="246" />
            <source>Chosen: {sites}.</source>
            <translation>Chosen: {sites}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="256" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="256" />
            <source>Times (s): {t}.</source>
            <translation>Times (s): {t}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="335" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="335" />
            <source>Distance to the nearest chosen site</source>
            <translation>Distance to the nearest chosen site</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="178" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="178" />
            <source>{n} demand points at the same place were merged (same problem, fewer rows).</source>
            <translation>{n} demand points at the same place were merged (same problem, fewer rows).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="248" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="248" />
            <source>Objective {o:,.2f}; proven bound {b:,.2f}; at most {g:.3f} % from the optimum.</source>
            <translation>Objective {o:,.2f}; proven bound {b:,.2f}; at most {g:.3f} % from the optimum.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="251" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="251" />
            <source>Exact model: {s} ({v} variables).</source>
            <translation>Exact model: {s} ({v} variables).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="254" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="254" />
            <source>The heuristic was {g:.4f} % from the proven optimum.</source>
            <translation>The heuristic was {g:.4f} % from the proven optimum.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="189" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="189" />
            <source>Distances from {n} demand points to {m} sites (one search per site)...</source>
            <translation>Distances from {n} demand points to {m} sites (one search per site)...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="211" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="211" />
            <source>{g} demand groups with the same covering sites (from {n} points).</source>
            <translation>{g} demand groups with the same covering sites (from {n} points).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="219" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="219" />
            <source>The problem cannot be solved as asked: {e}.</source>
            <translation>The problem cannot be solved as asked: {e}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="185" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="185" />
            <source>{n} demand points x {m} sites need {gb:.1f} GB of distances. Use fewer candidates, or coarser demand (buurt counts spread over CBS 100 m vierkanten instead of addresses).</source>
            <translation>{n} demand points x {m} sites need {gb:.1f} GB of distances. Use fewer candidates, or coarser demand (buurt counts spread over CBS 100 m vierkanten instead of addresses).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="194" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="194" />
            <source>{w:,.0f} of the demand cannot reach any site and is left out.</source>
            <translation>{w:,.0f} of the demand cannot reach any site and is left out.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="199" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="199" />
            <source>Some demand cannot reach some sites (another part of the network); such pairs count as {p:,.0f} m in the optimisation.</source>
            <translation>Some demand cannot reach some sites (another part of the network); such pairs count as {p:,.0f} m in the optimisation.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="31" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="31" />
            <source>Candidate sites from network nodes</source>
            <translation>Candidate sites from network nodes</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="34" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="34" />
            <source>Road junctions in an area as candidate sites for 'Best sites from candidates', evenly spread.</source>
            <translation>Road junctions in an area as candidate sites for 'Best sites from candidates', evenly spread.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="40" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="40" />
            <source>&lt;p&gt;Where would a new site serve best, when the gemeente has no list of buildings to choose from? This algorithm offers the road network's own junctions (three or more road segments meet) in the largest connected part of the network as candidate sites, optionally only inside an area (a wijk, the gemeente). At most one junction per cell of the given spacing is kept - the one nearest the cell's centre - so the candidates are spread evenly and the choice stays solvable; 0 keeps every junction.&lt;/p&gt;&lt;p&gt;Feed the output to 'Best sites from candidates' (in the modeler or one after the other). The nodes are places on the network, not buildings: check the chosen places on the ground.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Where would a new site serve best, when the gemeente has no list of buildings to choose from? This algorithm offers the road network's own junctions (three or more road segments meet) in the largest connected part of the network as candidate sites, optionally only inside an area (a wijk, the gemeente). At most one junction per cell of the given spacing is kept - the one nearest the cell's centre - so the candidates are spread evenly and the choice stays solvable; 0 keeps every junction.&lt;/p&gt;&lt;p&gt;Feed the output to 'Best sites from candidates' (in the modeler or one after the other). The nodes are places on the network, not buildings: check the chosen places on the ground.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="55" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="55" />
            <source>At most one candidate per cell of (m; 0: every junction)</source>
            <translation>At most one candidate per cell of (m; 0: every junction)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="56" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="56" />
            <source>Topology tolerance (m; 0: line ends must coincide exactly)</source>
            <translation>Topology tolerance (m; 0: line ends must coincide exactly)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="121" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="121" />
            <source>Candidate sites (network nodes)</source>
            <translation>Candidate sites (network nodes)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="37" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="37" />
            <source>kandidaten,knopen,netwerk,locatiekeuze,planning,candidates,nodes,junctions</source>
            <translation>kandidaten,knopen,netwerk,locatiekeuze,planning,candidates,nodes,junctions</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="51" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="52" />
            <source>Road network</source>
            <translation>Road network</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="53" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="54" />
            <source>Only inside this area (e.g. the gemeente or a wijk)</source>
            <translation>Only inside this area (e.g. the gemeente or a wijk)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="60" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="60" />
            <source>Number of candidate sites</source>
            <translation>Number of candidate sites</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="71" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="71" />
            <source>Road network: a network is needed to take its nodes as candidates.</source>
            <translation>Road network: a network is needed to take its nodes as candidates.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="103" />
            <source>No road junction lies in the area: no candidates.</source>
            <translation>No road junction lies in the area: no candidates.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="85" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="85" />
            <source>Area: no feature has a usable geometry.</source>
            <translation>Area: no feature has a usable geometry.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="104" />
            <location filename="../rksd_plugin/processing/alg_network_candidates.py" line="104" />
            <source>{n} candidate sites from {m} network nodes.</source>
            <translation>{n} candidate sites from {m} network nodes.</translation>
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
            <translation>Sample point spacing in buurten without a spreading layer (m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="108" />
            <source>Demand</source>
            <translation>Demand</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="85" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="86" />
            <source>Demand: points with a weight, or buurten with a count (e.g. inwoners_65plus)</source>
            <translation>Demand: points with a weight, or buurten with a count (e.g. inwoners_65plus)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="88" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="89" />
            <source>Demand field: the weight per point or the count per buurt (empty: 1 each)</source>
            <translation>Demand field: the weight per point or the count per buurt (empty: 1 each)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="91" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="92" />
            <source>Spread buurt counts over (CBS 100 m vierkanten or address points)</source>
            <translation>Spread buurt counts over (CBS 100 m vierkanten or address points)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="94" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="95" />
            <source>Spreading weight (e.g. inwoners of the vierkanten; empty: equal)</source>
            <translation>Spreading weight (e.g. inwoners of the vierkanten; empty: equal)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="97" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="98" />
            <source>Buurten for per-buurt figures (for point demand)</source>
            <translation>Buurten for per-buurt figures (for point demand)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="114" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="115" />
            <source>Spreading layer</source>
            <translation>Spreading layer</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="128" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="128" />
            <source>Demand: no point carries a positive weight.</source>
            <translation>Demand: no point carries a positive weight.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="129" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="129" />
            <source>Demand: {d}; total weight {w:,.0f}.</source>
            <translation>Demand: {d}; total weight {w:,.0f}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="145" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="145" />
            <source>{layer}: no feature has a usable geometry.</source>
            <translation>{layer}: no feature has a usable geometry.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="147" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="147" />
            <source>{layer}: {n} features without geometry were skipped.</source>
            <translation>{layer}: {n} features without geometry were skipped.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="42" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="42" />
            <source>Compare scenarios: sites closed or added</source>
            <translation>Compare scenarios: sites closed or added</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="45" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="45" />
            <source>Distance to the nearest site before and after closing or adding sites, per address and per buurt, and how many of a target group cross a threshold either way.</source>
            <translation>Distance to the nearest site before and after closing or adding sites, per address and per buurt, and how many of a target group cross a threshold either way.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="52" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="52" />
            <source>&lt;p&gt;What if these sites close, or those are added? For every demand point the distance to the nearest open site before (all existing sites) and after (the scenario), the change, and whether it crosses the threshold; per buurt the weighted mean before and after and how much of the target group (the demand weight: e.g. inwoners 65+, or own client counts) crosses the threshold either way.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scenarios&lt;/b&gt;: a field on the existing sites names the scenario(s) in which a site closes (text: names separated by ';', or 1/true for one scenario); a field on the candidate sites names the scenario(s) that add it. Without an add field every candidate is added in every scenario; without any field there is one scenario that adds all candidates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demand&lt;/b&gt;: points with a weight, or buurten with a count spread over CBS 100 m vierkanten or address points (or sample points every 100 m).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distances&lt;/b&gt; come from the same road graph, snapping and search as 'Facility reachability' (one search for the base and one per scenario); without a road network they are straight-line and the outputs say so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: per buurt (a change map), per demand point (optional), the scenario's sites with their status, and a side-by-side table with the inputs stored, so the run can be repeated.&lt;/p&gt;</source>
            <translation>&lt;p&gt;What if these sites close, or those are added? For every demand point the distance to the nearest open site before (all existing sites) and after (the scenario), the change, and whether it crosses the threshold; per buurt the weighted mean before and after and how much of the target group (the demand weight: e.g. inwoners 65+, or own client counts) crosses the threshold either way.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scenarios&lt;/b&gt;: a field on the existing sites names the scenario(s) in which a site closes (text: names separated by ';', or 1/true for one scenario); a field on the candidate sites names the scenario(s) that add it. Without an add field every candidate is added in every scenario; without any field there is one scenario that adds all candidates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demand&lt;/b&gt;: points with a weight, or buurten with a count spread over CBS 100 m vierkanten or address points (or sample points every 100 m).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distances&lt;/b&gt; come from the same road graph, snapping and search as 'Facility reachability' (one search for the base and one per scenario); without a road network they are straight-line and the outputs say so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: per buurt (a change map), per demand point (optional), the scenario's sites with their status, and a side-by-side table with the inputs stored, so the run can be repeated.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="188" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="189" />
            <source>Scenario sites</source>
            <translation>Scenario sites</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="49" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="49" />
            <source>scenario,planning,sluiten,afstoten,toevoegen,vastgoed,voorzieningen,what if,close,add,threshold</source>
            <translation>scenario,planning,sluiten,afstoten,toevoegen,vastgoed,voorzieningen,what if,close,add,threshold</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="72" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="73" />
            <source>Existing sites (the base)</source>
            <translation>Existing sites (the base)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="77" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="78" />
            <source>Closes in scenario(s): field with scenario names or 1/true</source>
            <translation>Closes in scenario(s): field with scenario names or 1/true</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="80" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="81" />
            <source>Candidate sites to add</source>
            <translation>Candidate sites to add</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="85" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="86" />
            <source>Added in scenario(s): field with scenario names or 1/true</source>
            <translation>Added in scenario(s): field with scenario names or 1/true</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="88" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="89" />
            <source>Scenario name where the fields give none</source>
            <translation>Scenario name where the fields give none</translation>
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
            <translation>Scenario comparison table</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="98" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="99" />
            <source>Scenario per demand point</source>
            <translation>Scenario per demand point</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="100" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="100" />
            <source>Number of scenarios</source>
            <translation>Number of scenarios</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="101" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="101" />
            <source>Target group pushed beyond the threshold (first scenario)</source>
            <translation>Target group pushed beyond the threshold (first scenario)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="102" />
            <source>Target group brought within the threshold (first scenario)</source>
            <translation>Target group brought within the threshold (first scenario)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="145" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="145" />
            <source>The scenario changes nothing: name the sites that close (close field) or give candidate sites.</source>
            <translation>The scenario changes nothing: name the sites that close (close field) or give candidate sites.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="186" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="186" />
            <source>No buurten (point demand without a buurt layer): no per-buurt output.</source>
            <translation>No buurten (point demand without a buurt layer): no per-buurt output.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="195" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="196" />
            <source>Threshold crossings</source>
            <translation>Threshold crossings</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="183" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="184" />
            <source>Change in distance per buurt</source>
            <translation>Change in distance per buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="199" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="199" />
            <source>RKSD scenario {name}</source>
            <translation>RKSD scenario {name}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="310" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="310" />
            <source>Method: {m}; threshold {t:g} m.</source>
            <translation>Method: {m}; threshold {t:g} m.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="313" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="313" />
            <source>{name}: {closed} closed, {added} added; mean distance {before:.0f} m -&gt; {after:.0f} m; within the threshold {wb:.1f} % -&gt; {wa:.1f} %; {worse:,.0f} pushed beyond it, {better:,.0f} brought within it.</source>
            <translation>{name}: {closed} closed, {added} added; mean distance {before:.0f} m -&gt; {after:.0f} m; within the threshold {wb:.1f} % -&gt; {wa:.1f} %; {worse:,.0f} pushed beyond it, {better:,.0f} brought within it.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="320" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="320" />
            <source>{name}: {n:,.0f} of the demand can no longer reach any site.</source>
            <translation>{name}: {n:,.0f} of the demand can no longer reach any site.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="83" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="83" />
            <source>Demand: no area has a usable geometry.</source>
            <translation>Demand: no area has a usable geometry.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="70" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="70" />
            <source>Demand: no feature has a usable geometry.</source>
            <translation>Demand: no feature has a usable geometry.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="73" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="73" />
            <source>{n} demand points, weight {field}</source>
            <translation>{n} demand points, weight {field}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="92" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="92" />
            <source>Spreading layer: no feature has a usable geometry.</source>
            <translation>Spreading layer: no feature has a usable geometry.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="95" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="95" />
            <source>{field} per area spread over {n} points of the spreading layer ({weight})</source>
            <translation>{field} per area spread over {n} points of the spreading layer ({weight})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="100" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="100" />
            <source>{field} per area spread over sample points every {s:g} m (area-weighted)</source>
            <translation>{field} per area spread over sample points every {s:g} m (area-weighted)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="73" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="74" />
            <source>1 per point</source>
            <translation>1 per point</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="100" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="96" />
            <source>1 per area</source>
            <translation>1 per area</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="95" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="96" />
            <source>equal shares</source>
            <translation>equal shares</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="120" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="120" />
            <source>{n} areas have no point of the spreading layer inside; their count sits at one point inside the area.</source>
            <translation>{n} areas have no point of the spreading layer inside; their count sits at one point inside the area.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="123" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="123" />
            <source>{n} points of the spreading layer lie outside every area and are not used.</source>
            <translation>{n} points of the spreading layer lie outside every area and are not used.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="126" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="126" />
            <source>{n} areas have no (or a secret) count: their demand is unknown and left out, never counted as 0.</source>
            <translation>{n} areas have no (or a secret) count: their demand is unknown and left out, never counted as 0.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="146" />
            <location filename="../rksd_plugin/qgis_io/planning_io.py" line="146" />
            <source>{n} demand points have no (or a secret) weight: left out, never counted as 0.</source>
            <translation>{n} demand points have no (or a secret) weight: left out, never counted as 0.</translation>
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
            <translation>Open the RKSD panel: CBS figures per neighbourhood for one municipality</translation>
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
            <translation>Offline package {folder}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="50" />
            <source>It is not used. To remove it: tab Offline &gt; Offline packages, select it and press Remove (or load the package again from its zip file).</source>
            <translation>It is not used. To remove it: tab Offline &gt; Offline packages, select it and press Remove (or load the package again from its zip file).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="63" />
            <source>the stored value {value} cannot be used.</source>
            <translation>the stored value {value} cannot be used.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="64" />
            <source>Setting {key}</source>
            <translation>Setting {key}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="66" />
            <source>The default is used instead. To remove it: tab Offline &gt; Settings..., correct '{field}' or press Restore defaults, then OK.</source>
            <translation>The default is used instead. To remove it: tab Offline &gt; Settings..., correct '{field}' or press Restore defaults, then OK.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="75" />
            <source>It has been reset to its default.</source>
            <translation>It has been reset to its default.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="81" />
            <source>Catalog {source}</source>
            <translation>Catalog {source}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="81" />
            <source>The built-in catalog is used instead. To remove it: tab Offline &gt; Settings..., empty 'Catalog' (or press Restore defaults), then OK.</source>
            <translation>The built-in catalog is used instead. To remove it: tab Offline &gt; Settings..., empty 'Catalog' (or press Restore defaults), then OK.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="89" />
            <source>The RKSD state stored in this project</source>
            <translation>The RKSD state stored in this project</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="89" />
            <source>The dock starts without it. To remove it: save the project; the dock's current state replaces it.</source>
            <translation>The dock starts without it. To remove it: save the project; the dock's current state replaces it.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="119" />
            <source>Set aside because they cannot be used:</source>
            <translation>Set aside because they cannot be used:</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/quarantine.py" line="119" />
            <source>Hide</source>
            <translation>Hide</translation>
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
            <translation>beside the index: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="81" />
            <source>Weights and normalisation of the index of question {}</source>
            <translation>Weights and normalisation of the index of question {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="75" />
            <source>{} indicators</source>
            <translation>{} indicators</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="76" />
            <source>Show or hide the indicators of this question</source>
            <translation>Show or hide the indicators of this question</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="119" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="120" />
            <source>Tick all questions</source>
            <translation>Tick all questions</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="122" />
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="123" />
            <source>Untick all questions</source>
            <translation>Untick all questions</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="99" />
            <source>Weights...</source>
            <translation>Weights...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/questions.py" line="36" />
            <source>per district only: {}</source>
            <translation>per district only: {}</translation>
        </message>
    </context>
    <context>
        <name>RksdReachability</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="69" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="69" />
            <source>Facility reachability</source>
            <translation>Facility reachability</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="72" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="72" />
            <source>Distance from every address or buurt to the nearest facility, over the roads or straight-line.</source>
            <translation>Distance from every address or buurt to the nearest facility, over the roads or straight-line.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="78" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="78" />
            <source>&lt;p&gt;For every origin (address points, or polygons such as buurten) this computes the distance to the nearest facility, per category when a category field is given, which facility that is, and how many facilities lie within each radius.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method.&lt;/b&gt; With a road network, the graph is built once (every line vertex is a node; lines connect where they share a vertex, within the topology tolerance). Every origin and facility is snapped onto the nearest road &lt;i&gt;segment&lt;/i&gt; (the closest point on a line, not the nearest node), and all origins are answered by one multi-source shortest-path search from all facilities. The network distance runs along the roads between the two snapped points, as QGIS's 'Shortest path (point to layer)' measures it; the distance from an origin to its road is in &lt;i&gt;aansluiting_m&lt;/i&gt;. One-way streets are respected when a one-way field is given (yes/1/true: digitised direction, -1/reverse: against it). With a speed field (km/h) the fastest travel time is added. Without a network the distances are straight-line (hemelsbreed) and the output says so in &lt;i&gt;methode&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Polygons.&lt;/b&gt; For buurten the figures are weighted: by the weight field of the population layer (address points or CBS 100 m vierkanten with inwoners), or, without it, by regular sample points inside each polygon (area-weighted). Per polygon you get the weighted mean distance and the share of the weight within each radius; the per-point results can be written to a second layer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nothing is hidden.&lt;/b&gt; An origin whose part of the network holds no facility gets status &lt;i&gt;geen_verbinding&lt;/i&gt;, one farther than the maximum distance &lt;i&gt;verder_dan_max&lt;/i&gt;; both get no distance (NULL), never 0, and are counted in the log. Layers in another CRS are reprojected to EPSG:28992.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CBS figures are different.&lt;/b&gt; CBS 'Nabijheid voorzieningen' distances are road distances from all addresses in an area, averaged over the inhabitants, with CBS's own facility registers; they are not walking routes, and neither is this network distance unless the network is a walking network.&lt;/p&gt;&lt;p&gt;Computed with scipy when it is available; otherwise with a slower pure Python fallback (said in the log).&lt;/p&gt;</source>
            <translation>&lt;p&gt;For every origin (address points, or polygons such as buurten) this computes the distance to the nearest facility, per category when a category field is given, which facility that is, and how many facilities lie within each radius.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method.&lt;/b&gt; With a road network, the graph is built once (every line vertex is a node; lines connect where they share a vertex, within the topology tolerance). Every origin and facility is snapped onto the nearest road &lt;i&gt;segment&lt;/i&gt; (the closest point on a line, not the nearest node), and all origins are answered by one multi-source shortest-path search from all facilities. The network distance runs along the roads between the two snapped points, as QGIS's 'Shortest path (point to layer)' measures it; the distance from an origin to its road is in &lt;i&gt;aansluiting_m&lt;/i&gt;. One-way streets are respected when a one-way field is given (yes/1/true: digitised direction, -1/reverse: against it). With a speed field (km/h) the fastest travel time is added. Without a network the distances are straight-line (hemelsbreed) and the output says so in &lt;i&gt;methode&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Polygons.&lt;/b&gt; For buurten the figures are weighted: by the weight field of the population layer (address points or CBS 100 m vierkanten with inwoners), or, without it, by regular sample points inside each polygon (area-weighted). Per polygon you get the weighted mean distance and the share of the weight within each radius; the per-point results can be written to a second layer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nothing is hidden.&lt;/b&gt; An origin whose part of the network holds no facility gets status &lt;i&gt;geen_verbinding&lt;/i&gt;, one farther than the maximum distance &lt;i&gt;verder_dan_max&lt;/i&gt;; both get no distance (NULL), never 0, and are counted in the log. Layers in another CRS are reprojected to EPSG:28992.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CBS figures are different.&lt;/b&gt; CBS 'Nabijheid voorzieningen' distances are road distances from all addresses in an area, averaged over the inhabitants, with CBS's own facility registers; they are not walking routes, and neither is this network distance unless the network is a walking network.&lt;/p&gt;&lt;p&gt;Computed with scipy when it is available; otherwise with a slower pure Python fallback (said in the log).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="102" />
            <source>&lt;p&gt;&lt;b&gt;Fields and speed.&lt;/b&gt; The output holds the origin fields you choose to carry over (default: an id and a name field, when the layer has them) and the results. GeoPackage, Shapefile and FlatGeobuf layers are read column by column through GDAL, honouring a selection and the layer's filter; other layers (memory, PostGIS, WFS, unsaved edits) and layers of at most a few hundred features are read through QGIS. A GeoPackage output is written in one transaction, created while the distances are computed; another destination gets a row number field &lt;i&gt;fid&lt;/i&gt; first.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Fields and speed.&lt;/b&gt; The output holds the origin fields you choose to carry over (default: an id and a name field, when the layer has them) and the results. GeoPackage, Shapefile and FlatGeobuf layers are read column by column through GDAL, honouring a selection and the layer's filter; other layers (memory, PostGIS, WFS, unsaved edits) and layers of at most a few hundred features are read through QGIS. A GeoPackage output is written in one transaction, created while the distances are computed; another destination gets a row number field &lt;i&gt;fid&lt;/i&gt; first.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="121" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="121" />
            <source>Sample point spacing inside polygons without a population layer (m)</source>
            <translation>Sample point spacing inside polygons without a population layer (m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="132" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="133" />
            <source>Speed field of the network in km/h (adds travel time)</source>
            <translation>Speed field of the network in km/h (adds travel time)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="137" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="137" />
            <source>Speed where the speed field is empty (km/h)</source>
            <translation>Speed where the speed field is empty (km/h)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="138" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="138" />
            <source>Maximum distance (m): farther facilities count as not reachable</source>
            <translation>Maximum distance (m): farther facilities count as not reachable</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="338" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="167" />
            <source>Origins</source>
            <translation>Origins</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="198" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="168" />
            <source>Facilities</source>
            <translation>Facilities</translation>
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
            <translation>Origins (address points, or polygons such as buurten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="115" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="116" />
            <source>Population for weighting polygons (address points or CBS 100 m vierkanten)</source>
            <translation>Population for weighting polygons (address points or CBS 100 m vierkanten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="118" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="119" />
            <source>Weight field (e.g. inwoners; empty: every point counts 1)</source>
            <translation>Weight field (e.g. inwoners; empty: every point counts 1)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="125" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="126" />
            <source>Category field of the facilities (adds the nearest per category)</source>
            <translation>Category field of the facilities (adds the nearest per category)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="128" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="129" />
            <source>Facility name or id field (empty: the feature id)</source>
            <translation>Facility name or id field (empty: the feature id)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="140" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="141" />
            <source>Radii for counts and shares (m, separated by ;)</source>
            <translation>Radii for counts and shares (m, separated by ;)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="142" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="143" />
            <source>Origin fields to carry over (empty: id and name)</source>
            <translation>Origin fields to carry over (empty: id and name)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="317" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="146" />
            <source>Reachability</source>
            <translation>Reachability</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="147" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="148" />
            <source>Reachability per weighting point (polygons only)</source>
            <translation>Reachability per weighting point (polygons only)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="150" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="150" />
            <source>Distance method</source>
            <translation>Distance method</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="151" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="151" />
            <source>Number of origin points</source>
            <translation>Number of origin points</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="152" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="152" />
            <source>Origins without a network connection to any facility</source>
            <translation>Origins without a network connection to any facility</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="153" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="153" />
            <source>Origins with no facility within the maximum distance</source>
            <translation>Origins with no facility within the maximum distance</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="176" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="177" />
            <source>Population</source>
            <translation>Population</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="180" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="180" />
            <source>Radii</source>
            <translation>Radii</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="190" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="190" />
            <source>A speed field without a road network is ignored.</source>
            <translation>A speed field without a road network is ignored.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="200" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="200" />
            <source>Facilities: no facility has a usable geometry.</source>
            <translation>Facilities: no facility has a usable geometry.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="494" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="494" />
            <source>all facilities</source>
            <translation>all facilities</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="250" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="250" />
            <source>Origins: no feature has a usable geometry.</source>
            <translation>Origins: no feature has a usable geometry.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="310" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="310" />
            <source>Reachability per point</source>
            <translation>Reachability per point</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="491" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="491" />
            <source>Method: {method}; {n} origin points, {f} facilities.</source>
            <translation>Method: {method}; {n} origin points, {f} facilities.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="202" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="202" />
            <source>{n} facilities without geometry were skipped.</source>
            <translation>{n} facilities without geometry were skipped.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="223" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="223" />
            <source>Population: no feature has a usable geometry.</source>
            <translation>Population: no feature has a usable geometry.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="344" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="344" />
            <source>{layer}: read column by column (GDAL).</source>
            <translation>{layer}: read column by column (GDAL).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="346" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="346" />
            <source>{layer}: read feature by feature through QGIS ({reason}).</source>
            <translation>{layer}: read feature by feature through QGIS ({reason}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="497" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="497" />
            <source>{name}: {ok} reached, {beyond} beyond the maximum distance, {none} without a network connection to one.</source>
            <translation>{name}: {ok} reached, {beyond} beyond the maximum distance, {none} without a network connection to one.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="238" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="238" />
            <source>Weighted by {n} population points.</source>
            <translation>Weighted by {n} population points.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="243" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="243" />
            <source>No population layer: each polygon is represented by sample points every {s:g} m (area-weighted figures, {n} points).</source>
            <translation>No population layer: each polygon is represented by sample points every {s:g} m (area-weighted figures, {n} points).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="346" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="347" />
            <source>not a file GDAL reads column by column</source>
            <translation>not a file GDAL reads column by column</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="501" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="501" />
            <source>{n} origins lie on a part of the road network that is not connected to any facility; they get status 'geen_verbinding' and no distance.</source>
            <translation>{n} origins lie on a part of the road network that is not connected to any facility; they get status 'geen_verbinding' and no distance.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="507" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="507" />
            <source>{n} origins are more than 250 m from the nearest road (see aansluiting_m).</source>
            <translation>{n} origins are more than 250 m from the nearest road (see aansluiting_m).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="237" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="237" />
            <source>{n} population points lie outside every polygon and are not counted.</source>
            <translation>{n} population points lie outside every polygon and are not counted.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="229" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="229" />
            <source>{n} population features have no (or a secret) weight; they count with weight 0.</source>
            <translation>{n} population features have no (or a secret) weight; they count with weight 0.</translation>
        </message>
    </context>
    <context>
        <name>RksdReport</name>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="84" />
            <source>A printable atlas with a page per neighbourhood or district, maps for presentations and the table of every neighbourhood, from the GeoPackage of a run.</source>
            <translation>A printable atlas with a page per neighbourhood or district, maps for presentations and the table of every neighbourhood, from the GeoPackage of a run.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="90" />
            <source>1. Figures</source>
            <translation>1. Figures</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="93" />
            <source>RKSD GeoPackage (*.gpkg)</source>
            <translation>RKSD GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="94" />
            <source>The GeoPackage a run wrote; filled in after every run</source>
            <translation>The GeoPackage a run wrote; filled in after every run</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="98" />
            <source>2. Atlas</source>
            <translation>2. Atlas</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="103" />
            <source>a page per neighbourhood</source>
            <translation>a page per neighbourhood</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="104" />
            <source>a page per district</source>
            <translation>a page per district</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="105" />
            <source>One atlas page for every neighbourhood, or for every district</source>
            <translation>One atlas page for every neighbourhood, or for every district</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="107" />
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="110" />
            <source>Dutch</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="111" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="113" />
            <source>The language of the atlas, the maps and the table</source>
            <translation>The language of the atlas, the maps and the table</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="115" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="118" />
            <source>RKSD default</source>
            <translation>RKSD default</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="119" />
            <source>my own template (.qpt)</source>
            <translation>my own template (.qpt)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="120" />
            <source>A copy of rksd_atlas.qpt restyled in the layout designer (house colours, logo); docs/atlas.md lists the item ids it must keep</source>
            <translation>A copy of rksd_atlas.qpt restyled in the layout designer (house colours, logo); docs/atlas.md lists the item ids it must keep</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="123" />
            <source>Template</source>
            <translation>Template</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="126" />
            <source>Layout template (*.qpt)</source>
            <translation>Layout template (*.qpt)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="127" />
            <source>Your restyled copy of rksd_atlas.qpt (only read, never changed)</source>
            <translation>Your restyled copy of rksd_atlas.qpt (only read, never changed)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="133" />
            <source>3. Your own texts</source>
            <translation>3. Your own texts</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="136" />
            <source>no own texts</source>
            <translation>no own texts</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="137" />
            <source>from a CSV file (code;tekst)</source>
            <translation>from a CSV file (code;tekst)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="138" />
            <source>typed here</source>
            <translation>typed here</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="139" />
            <source>A text of the municipality on the page of a neighbourhood or district, and an introduction</source>
            <translation>A text of the municipality on the page of a neighbourhood or district, and an introduction</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="146" />
            <source>Texts (*.csv)</source>
            <translation>Texts (*.csv)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="147" />
            <source>Two columns, code;tekst: a neighbourhood or district code and its text; the code 'inleiding' gives the introduction</source>
            <translation>Two columns, code;tekst: a neighbourhood or district code and its text; the code 'inleiding' gives the introduction</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="159" />
            <source>The page the text below is for</source>
            <translation>The page the text below is for</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="164" />
            <source>The text for this page (about 500 characters fit)</source>
            <translation>The text for this page (about 500 characters fit)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="166" />
            <source>Kept in the project; printed under the heading 'Notes from the municipality'</source>
            <translation>Kept in the project; printed under the heading 'Notes from the municipality'</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="177" />
            <source>4. Presentation maps</source>
            <translation>4. Presentation maps</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="178" />
            <source>also the presentation maps (PNG)</source>
            <translation>also the presentation maps (PNG)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="181" />
            <source>Every question map at 1920×1080 and A4, into a folder next to the atlas, for slides and handouts</source>
            <translation>Every question map at 1920×1080 and A4, into a folder next to the atlas, for slides and handouts</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="186" />
            <source>5. Save in</source>
            <translation>5. Save in</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="190" />
            <source>The folder for this project's results; kept in the project</source>
            <translation>The folder for this project's results; kept in the project</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="194" />
            <source>The neighbourhood table</source>
            <translation>The neighbourhood table</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="200" />
            <source>CSV for any program; XLSX keeps numbers as numbers</source>
            <translation>CSV for any program; XLSX keeps numbers as numbers</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="202" />
            <source>Export the table</source>
            <translation>Export the table</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="204" />
            <source>Every neighbourhood with its indices, scores and figures, named and marked as in the atlas</source>
            <translation>Every neighbourhood with its indices, scores and figures, named and marked as in the atlas</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="215" />
            <source>Make the atlas</source>
            <translation>Make the atlas</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="218" />
            <source>Make the atlas PDF (and the presentation maps) in the background; it opens when done</source>
            <translation>Make the atlas PDF (and the presentation maps) in the background; it opens when done</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="227" />
            <source>Progress of the atlas</source>
            <translation>Progress of the atlas</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="229" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="232" />
            <source>Stop; no half-made atlas is left behind</source>
            <translation>Stop; no half-made atlas is left behind</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="300" />
            <source>Introduction (first page)</source>
            <translation>Introduction (first page)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="335" />
            <source>Pages with an own text: {count} (kept in the project).</source>
            <translation>Pages with an own text: {count} (kept in the project).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="410" />
            <source>Choose the GeoPackage of a run first (tab Maps makes one).</source>
            <translation>Choose the GeoPackage of a run first (tab Maps makes one).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="414" />
            <source>Choose your template, or the RKSD default.</source>
            <translation>Choose your template, or the RKSD default.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="424" />
            <source>RKSD: atlas of {name}</source>
            <translation>RKSD: atlas of {name}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="432" />
            <source>Making the atlas...</source>
            <translation>Making the atlas...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="442" />
            <source>Cancelling...</source>
            <translation>Cancelling...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="453" />
            <source>Atlas ready: {pages} pages in {seconds:.0f} s.</source>
            <translation>Atlas ready: {pages} pages in {seconds:.0f} s.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="459" />
            <source>{count} presentation maps</source>
            <translation>{count} presentation maps</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="467" />
            <source>The atlas is ready with {count} warning(s); see the log panel, tab RKSD.</source>
            <translation>The atlas is ready with {count} warning(s); see the log panel, tab RKSD.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="478" />
            <source>Cancelled; no atlas was written.</source>
            <translation>Cancelled; no atlas was written.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="495" />
            <source>Excel needs the Python package openpyxl, which this QGIS lacks; choose CSV.</source>
            <translation>Excel needs the Python package openpyxl, which this QGIS lacks; choose CSV.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/report_page.py" line="509" />
            <source>Table written: {link}</source>
            <translation>Table written: {link}</translation>
        </message>
    </context>
    <context>
        <name>RksdSettings</name>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="29" />
            <source>RKSD settings</source>
            <translation>RKSD settings</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="36" />
            <source>Every download is kept here; empty = the default folder</source>
            <translation>Every download is kept here; empty = the default folder</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="37" />
            <source>Cache folder</source>
            <translation>Cache folder</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="49" />
            <source>QGIS network setting</source>
            <translation>QGIS network setting</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="50" />
            <source>Maximum wait for one answer; 0 uses the timeout of Settings &gt; Options &gt; Network</source>
            <translation>Maximum wait for one answer; 0 uses the timeout of Settings &gt; Options &gt; Network</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="52" />
            <source>Timeout</source>
            <translation>Timeout</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="55" />
            <source>Catalog (*.json)</source>
            <translation>Catalog (*.json)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="56" />
            <source>built-in catalog</source>
            <translation>built-in catalog</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="57" />
            <source>A newer catalog: a JSON file or an https:// address. Empty = the catalog shipped with the plugin. A catalog that does not validate is refused.</source>
            <translation>A newer catalog: a JSON file or an https:// address. Empty = the catalog shipped with the plugin. A catalog that does not validate is refused.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="60" />
            <source>Catalog</source>
            <translation>Catalog</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="69" />
            <source>Proxy and certificates are those of QGIS (Settings &gt; Options &gt; Network).</source>
            <translation>Proxy and certificates are those of QGIS (Settings &gt; Options &gt; Network).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="77" />
            <source>Empty every field: the plugin's defaults apply</source>
            <translation>Empty every field: the plugin's defaults apply</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="83" />
            <source>Limits</source>
            <translation>Limits</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="84" />
            <source>Bounds on every download: a larger or slower answer ends with a message naming the address and the limit</source>
            <translation>Bounds on every download: a larger or slower answer ends with a message naming the address and the limit</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="89" />
            <source>Largest catalog</source>
            <translation>Largest catalog</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="90" />
            <source>Largest metadata answer</source>
            <translation>Largest metadata answer</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="91" />
            <source>Largest data page</source>
            <translation>Largest data page</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="92" />
            <source>Largest geometry page</source>
            <translation>Largest geometry page</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="106" />
            <source>One download may take at most this long, first to last byte, however slowly the server keeps sending</source>
            <translation>One download may take at most this long, first to last byte, however slowly the server keeps sending</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="109" />
            <source>Deadline per download</source>
            <translation>Deadline per download</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="112" />
            <source>none (e.g. mirror.gemeente.nl, *.intern.nl)</source>
            <translation>none (e.g. mirror.gemeente.nl, *.intern.nl)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="113" />
            <source>A redirect is followed only within the same service (cbs.nl, pdok.nl) or to these hosts</source>
            <translation>A redirect is followed only within the same service (cbs.nl, pdok.nl) or to these hosts</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="115" />
            <source>Allowed redirect hosts</source>
            <translation>Allowed redirect hosts</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="42" />
            <source>Where a new project's results are written; each project keeps its own folder (tab Maps)</source>
            <translation>Where a new project's results are written; each project keeps its own folder (tab Maps)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="44" />
            <source>Default output folder</source>
            <translation>Default output folder</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="61" />
            <source>Add PDOK's background map to every run (online only)</source>
            <translation>Add PDOK's background map to every run (online only)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="63" />
            <source>A grey topographic map under the neighbourhoods, switched off until you tick it; the maps themselves never need it</source>
            <translation>A grey topographic map under the neighbourhoods, switched off until you tick it; the maps themselves never need it</translation>
        </message>
    </context>
    <context>
        <name>RksdWeights</name>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="20" />
            <source>Percentile rank (0-100)</source>
            <translation>Percentile rank (0-100)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="22" />
            <source>Index (Netherlands = 100)</source>
            <translation>Index (Netherlands = 100)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="31" />
            <source>Distance from the average in standard deviations, cut off at -3 and +3.</source>
            <translation>Distance from the average in standard deviations, cut off at -3 and +3.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="45" />
            <source>Index of question {number}</source>
            <translation>Index of question {number}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="47" />
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;The index is the weighted mean of the components' scores. A weight of 0 leaves a component out.</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;The index is the weighted mean of the components' scores. A weight of 0 leaves a component out.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="59" />
            <source>How each component is put on a common scale</source>
            <translation>How each component is put on a common scale</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="60" />
            <source>Normalisation</source>
            <translation>Normalisation</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="77" />
            <source>Reset to catalog default</source>
            <translation>Reset to catalog default</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="79" />
            <source>Equal weights as in the catalog, percentile rank</source>
            <translation>Equal weights as in the catalog, percentile rank</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="21" />
            <source>z-score (between -3 and +3)</source>
            <translation>z-score (between -3 and +3)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="28" />
            <source>Each neighbourhood's rank among all Dutch neighbourhoods (or within the municipality when no national figures are available): 0 = lowest, 100 = highest risk.</source>
            <translation>Each neighbourhood's rank among all Dutch neighbourhoods (or within the municipality when no national figures are available): 0 = lowest, 100 = highest risk.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="33" />
            <source>The neighbourhood's value relative to the Netherlands: 100 = Dutch average.</source>
            <translation>The neighbourhood's value relative to the Netherlands: 100 = Dutch average.</translation>
        </message>
    </context>
    <context>
        <name>RksdZorgvraag</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="48" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="48" />
            <source>Care demand and supply (2SFCA)</source>
            <translation>Care demand and supply (2SFCA)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="51" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="51" />
            <source>Capacity within reach per 1,000 of the demand group per buurt, and where demand is high and access low.</source>
            <translation>Capacity within reach per 1,000 of the demand group per buurt, and where demand is high and access low.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="57" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="57" />
            <source>&lt;p&gt;Answers 'which care demand lives in my gemeente and which supply is available?' (question 5) with the two-step floating catchment area method (2SFCA, Luo &amp;amp; Wang 2003).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demand&lt;/b&gt;: a number per buurt (a population group such as inwoners 65+, or the gemeente's own client counts), located at a point inside each buurt (point on surface), or per point. &lt;b&gt;Supply&lt;/b&gt;: points with a capacity field (e.g. FTE huisartsen, places); without it each point counts 1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Step 1&lt;/b&gt;: per supply point, capacity / (demand within the catchment distance). &lt;b&gt;Step 2&lt;/b&gt;: per buurt, the sum of those ratios over the supply within the catchment: the capacity available per unit of demand, with competition between buurten taken into account. &lt;i&gt;toegang&lt;/i&gt; is that figure per 1,000 units of demand. Distances run over the road network if given (snapped to the nearest segment), otherwise straight-line. The Gaussian option weights nearer supply more (Dai 2010).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gap&lt;/b&gt;: &lt;i&gt;referentie&lt;/i&gt; is the gemeente-wide ratio (all capacity per 1,000 demand). A buurt has 'hoge vraag' when its demand is at or above the threshold (default the median), and 'weinig aanbod' when its access is below the reference. &lt;i&gt;tekort&lt;/i&gt; is the capacity the buurt lacks to reach the reference. Buurten with unknown (secret) demand are class 0 'onbekend', never 0 demand.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Answers 'which care demand lives in my gemeente and which supply is available?' (question 5) with the two-step floating catchment area method (2SFCA, Luo &amp;amp; Wang 2003).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demand&lt;/b&gt;: a number per buurt (a population group such as inwoners 65+, or the gemeente's own client counts), located at a point inside each buurt (point on surface), or per point. &lt;b&gt;Supply&lt;/b&gt;: points with a capacity field (e.g. FTE huisartsen, places); without it each point counts 1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Step 1&lt;/b&gt;: per supply point, capacity / (demand within the catchment distance). &lt;b&gt;Step 2&lt;/b&gt;: per buurt, the sum of those ratios over the supply within the catchment: the capacity available per unit of demand, with competition between buurten taken into account. &lt;i&gt;toegang&lt;/i&gt; is that figure per 1,000 units of demand. Distances run over the road network if given (snapped to the nearest segment), otherwise straight-line. The Gaussian option weights nearer supply more (Dai 2010).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gap&lt;/b&gt;: &lt;i&gt;referentie&lt;/i&gt; is the gemeente-wide ratio (all capacity per 1,000 demand). A buurt has 'hoge vraag' when its demand is at or above the threshold (default the median), and 'weinig aanbod' when its access is below the reference. &lt;i&gt;tekort&lt;/i&gt; is the capacity the buurt lacks to reach the reference. Buurten with unknown (secret) demand are class 0 'onbekend', never 0 demand.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="87" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="87" />
            <source>Catchment distance (m)</source>
            <translation>Catchment distance (m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="91" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="92" />
            <source>High demand from (default: the median demand)</source>
            <translation>High demand from (default: the median demand)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="119" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="117" />
            <source>Demand</source>
            <translation>Demand</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="123" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="118" />
            <source>Supply</source>
            <translation>Supply</translation>
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
            <translation>Demand (buurten or points)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="79" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="80" />
            <source>Demand field (e.g. inwoners_65plus or own client counts)</source>
            <translation>Demand field (e.g. inwoners_65plus or own client counts)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="83" />
            <source>Supply (care locations)</source>
            <translation>Supply (care locations)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="84" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="85" />
            <source>Capacity field (without it each location counts 1)</source>
            <translation>Capacity field (without it each location counts 1)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="88" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="89" />
            <source>Distance decay within the catchment</source>
            <translation>Distance decay within the catchment</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="95" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="96" />
            <source>Access to care (2SFCA)</source>
            <translation>Access to care (2SFCA)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="97" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="98" />
            <source>Gap: high demand, low access</source>
            <translation>Gap: high demand, low access</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="99" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="100" />
            <source>Supply with its ratio</source>
            <translation>Supply with its ratio</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="102" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="102" />
            <source>Gemeente-wide capacity per 1,000 demand</source>
            <translation>Gemeente-wide capacity per 1,000 demand</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="103" />
            <source>Supply points without demand within reach</source>
            <translation>Supply points without demand within reach</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="122" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="122" />
            <source>Demand: choose the field with the demand per buurt.</source>
            <translation>Demand: choose the field with the demand per buurt.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="136" />
            <source>Demand: no feature has a usable geometry.</source>
            <translation>Demand: no feature has a usable geometry.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="138" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="138" />
            <source>Supply: no feature has a usable geometry.</source>
            <translation>Supply: no feature has a usable geometry.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="151" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="151" />
            <source>Demand: the demand field holds no positive values.</source>
            <translation>Demand: the demand field holds no positive values.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="153" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="153" />
            <source>Supply: the total capacity is 0.</source>
            <translation>Supply: the total capacity is 0.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="88" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="89" />
            <source>None (classic 2SFCA)</source>
            <translation>None (classic 2SFCA)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="88" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="89" />
            <source>Gaussian</source>
            <translation>Gaussian</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="147" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="147" />
            <source>Supply points without a capacity value count with capacity 0.</source>
            <translation>Supply points without a capacity value count with capacity 0.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="175" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="175" />
            <source>Method: {m}; {p} demand-supply pairs within {c:g} m.</source>
            <translation>Method: {m}; {p} demand-supply pairs within {c:g} m.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="176" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="176" />
            <source>Reference: {r:.2f} capacity per 1,000 demand; high demand from {t:g}.</source>
            <translation>Reference: {r:.2f} capacity per 1,000 demand; high demand from {t:g}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="142" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="142" />
            <source>{n} demand features have no (or a secret) demand value; they get class 'onbekend'.</source>
            <translation>{n} demand features have no (or a secret) demand value; they get class 'onbekend'.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="179" />
            <location filename="../rksd_plugin/processing/alg_zorgvraag.py" line="179" />
            <source>{n} supply points have no demand within the catchment; their capacity is not spread.</source>
            <translation>{n} supply points have no demand within the catchment; their capacity is not spread.</translation>
        </message>
    </context>
</TS>
