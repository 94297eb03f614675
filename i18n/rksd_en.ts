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
            <translation>One-way field of the network (optional)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="142" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="142" />
            <source>Topology tolerance (m; 0: line ends must coincide exactly)</source>
            <translation>Topology tolerance (m; 0: line ends must coincide exactly)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="196" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="193" />
            <source>Road network</source>
            <translation>Road network</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="188" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="188" />
            <source>No road network given: distances are straight-line (hemelsbreed).</source>
            <translation>No road network given: distances are straight-line (hemelsbreed).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="191" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="191" />
            <source>Road network: the layer is empty.</source>
            <translation>Road network: the layer is empty.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="200" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="200" />
            <source>Road network: no line segments with a length were found.</source>
            <translation>Road network: no line segments with a length were found.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="131" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="133" />
            <source>Road network (optional; without it: straight-line distances)</source>
            <translation>Road network (optional; without it: straight-line distances)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="195" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="195" />
            <source>Reading the road network ({count} features)...</source>
            <translation>Reading the road network ({count} features)...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="208" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="208" />
            <source>Road graph: {nodes} nodes, {segments} segments, {parts} connected part(s).</source>
            <translation>Road graph: {nodes} nodes, {segments} segments, {parts} connected part(s).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="166" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="167" />
            <source>{layer}: the layer is empty (or nothing is selected), there is nothing to analyse.</source>
            <translation>{layer}: the layer is empty (or nothing is selected), there is nothing to analyse.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="175" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="176" />
            <source>{layer}: field '{field}' does not exist.</source>
            <translation>{layer}: field '{field}' does not exist.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="178" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="179" />
            <source>{layer}: field '{field}' is not numeric.</source>
            <translation>{layer}: field '{field}' is not numeric.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_base.py" line="202" />
            <location filename="../rksd_plugin/processing/alg_base.py" line="202" />
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
            <source>A PDF atlas with a page per buurt or wijk and a gemeente map per question, from a GeoPackage written by RKSD.</source>
            <translation>A PDF atlas with a page per buurt or wijk and a gemeente map per question, from a GeoPackage written by RKSD.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="59" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="59" />
            <source>&lt;p&gt;Makes the Atlas Sociaal Domein from a GeoPackage that RKSD wrote (the panel, the demo or an offline package): a method-and-sources page with a register, a gemeente map for each of the six questions, then one page per buurt or wijk with a map of the area in its surroundings, its position among the buurten of the gemeente, and a table with every index and component - the area, the gemeente and Nederland, with a cue for higher or lower. Missing values read 'geheim / onbekend', model estimates are marked with *.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Templates&lt;/b&gt;: the pages are QGIS print layout templates (.qpt). Copy the RKSD templates from the plugin's resources/layouts folder, restyle them in the layout designer (house colours, logo, fonts) and choose your copy here; the item ids listed in docs/atlas.md must stay. Your template is only read.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Own texts&lt;/b&gt;: a CSV with two columns, code;tekst (UTF-8, ';' or ','), prints a text on the page of that buurt or wijk; the code 'inleiding' gives the introduction.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Makes the Atlas Sociaal Domein from a GeoPackage that RKSD wrote (the panel, the demo or an offline package): a method-and-sources page with a register, a gemeente map for each of the six questions, then one page per buurt or wijk with a map of the area in its surroundings, its position among the buurten of the gemeente, and a table with every index and component - the area, the gemeente and Nederland, with a cue for higher or lower. Missing values read 'geheim / onbekend', model estimates are marked with *.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Templates&lt;/b&gt;: the pages are QGIS print layout templates (.qpt). Copy the RKSD templates from the plugin's resources/layouts folder, restyle them in the layout designer (house colours, logo, fonts) and choose your copy here; the item ids listed in docs/atlas.md must stay. Your template is only read.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Own texts&lt;/b&gt;: a CSV with two columns, code;tekst (UTF-8, ';' or ','), prints a text on the page of that buurt or wijk; the code 'inleiding' gives the introduction.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="90" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="90" />
            <source>Introduction (optional)</source>
            <translation>Introduction (optional)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="56" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="56" />
            <source>atlas,rapport,report,pdf,buurt,wijk,sociaal domein,print layout</source>
            <translation>atlas,rapport,report,pdf,buurt,wijk,sociaal domein,print layout</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="75" />
            <source>RKSD GeoPackage</source>
            <translation>RKSD GeoPackage</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="76" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="77" />
            <source>One page per</source>
            <translation>One page per</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="78" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="79" />
            <source>Language of the atlas</source>
            <translation>Language of the atlas</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="80" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="81" />
            <source>Area page template (.qpt, optional)</source>
            <translation>Area page template (.qpt, optional)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="82" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="83" />
            <source>Own texts per buurt or wijk (CSV: code;tekst, optional)</source>
            <translation>Own texts per buurt or wijk (CSV: code;tekst, optional)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="85" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="85" />
            <source>Question map template (.qpt, optional)</source>
            <translation>Question map template (.qpt, optional)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="85" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="86" />
            <source>Method page template (.qpt, optional)</source>
            <translation>Method page template (.qpt, optional)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="94" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="95" />
            <source>Atlas PDF</source>
            <translation>Atlas PDF</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="94" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="95" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="96" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="96" />
            <source>Pages</source>
            <translation>Pages</translation>
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
            <translation>Dutch</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="79" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="117" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="117" />
            <source>Cancelled: no PDF was written.</source>
            <translation>Cancelled: no PDF was written.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="122" />
            <location filename="../rksd_plugin/processing/alg_atlas.py" line="122" />
            <source>{pages} pages ({areas} areas, {opening} opening pages) in {seconds:.1f} s.</source>
            <translation>{pages} pages ({areas} areas, {opening} opening pages) in {seconds:.1f} s.</translation>
        </message>
    </context>
    <context>
        <name>RksdBuurtPanel</name>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="332" />
            <source>secret / unknown</source>
            <translation>secret / unknown</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_chart.py" line="37" />
            <source>Chart: buurt compared with gemeente and Netherlands</source>
            <translation>Chart: buurt compared with gemeente and Netherlands</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_chart.py" line="38" />
            <source>Bar: this buurt. Black line: the gemeente. Orange diamond: the Netherlands. Each row runs from 0 to the highest buurt in the gemeente.</source>
            <translation>Bar: this buurt. Black line: the gemeente. Orange diamond: the Netherlands. Each row runs from 0 to the highest buurt in the gemeente.</translation>
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
            <translation>Netherlands</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="134" />
            <source>higher = more risk</source>
            <translation>higher = more risk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="134" />
            <source>lower = more risk</source>
            <translation>lower = more risk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="62" />
            <source>no risk direction</source>
            <translation>no risk direction</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="83" />
            <source>Make the question maps first (or load the Maastricht sample); then pick a buurt on the map or in the list.</source>
            <translation>Make the question maps first (or load the Maastricht sample); then pick a buurt on the map or in the list.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="91" />
            <source>Choose a buurt of the gemeente</source>
            <translation>Choose a buurt of the gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="99" />
            <source>Pick on map</source>
            <translation>Pick on map</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="101" />
            <source>Click a buurt on the map to show its figures</source>
            <translation>Click a buurt on the map to show its figures</translation>
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
            <translation>&lt;b&gt;{name}&lt;/b&gt; ({code}), wijk {wijk}; {inhabitants} inhabitants</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="299" />
            <source>too few inhabitants: not ranked</source>
            <translation>too few inhabitants: not ranked</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="301" />
            <source>no index (too few components)</source>
            <translation>no index (too few components)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="303" />
            <source>index {value} ({method})</source>
            <translation>index {value} ({method})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="337" />
            <source>not available</source>
            <translation>not available</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="342" />
            <source>wijk</source>
            <translation>wijk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="349" />
            <source>model estimate (RIVM): not a count</source>
            <translation>model estimate (RIVM): not a count</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="353" />
            <source>score in the index: {}</source>
            <translation>score in the index: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="134" />
            <source>model estimate (RIVM)</source>
            <translation>model estimate (RIVM)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="134" />
            <source>value of the wijk</source>
            <translation>value of the wijk</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/buurt_panel.py" line="187" />
            <source>choose a buurt</source>
            <translation>choose a buurt</translation>
        </message>
    </context>
    <context>
        <name>RksdDock</name>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="93" />
            <source>Maps</source>
            <translation>Maps</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="94" />
            <source>Choose a gemeente, a year and questions</source>
            <translation>Choose a gemeente, a year and questions</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="98" />
            <source>Buurt</source>
            <translation>Buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="99" />
            <source>Every indicator of one buurt</source>
            <translation>Every indicator of one buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="107" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="108" />
            <source>Offline mode, cache, packages and settings</source>
            <translation>Offline mode, cache, packages and settings</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="29" />
            <source>CBS, RIVM and Politie figures per buurt that answer six questions about the social domain, as maps in your project.</source>
            <translation>CBS, RIVM and Politie figures per buurt that answer six questions about the social domain, as maps in your project.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="34" />
            <source>1. Gemeente</source>
            <translation>1. Gemeente</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="37" />
            <source>2. Year</source>
            <translation>2. Year</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="40" />
            <source>Only years for which CBS figures and PDOK boundaries both exist</source>
            <translation>Only years for which CBS figures and PDOK boundaries both exist</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="46" />
            <source>3. Questions</source>
            <translation>3. Questions</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="57" />
            <source>4. Maps</source>
            <translation>4. Maps</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="58" />
            <source>Fetch and map</source>
            <translation>Fetch and map</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="61" />
            <source>Download (or read from the cache) the figures and boundaries, compute the indices, save a GeoPackage and add a layer group per question</source>
            <translation>Download (or read from the cache) the figures and boundaries, compute the indices, save a GeoPackage and add a layer group per question</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="65" />
            <source>Load the Maastricht sample (offline)</source>
            <translation>Load the Maastricht sample (offline)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="67" />
            <source>A first look without internet: Maastricht 2024 from the sample shipped with the plugin</source>
            <translation>A first look without internet: Maastricht 2024 from the sample shipped with the plugin</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="75" />
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="77" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/maps_page.py" line="79" />
            <source>Stop; nothing half-written is left behind</source>
            <translation>Stop; nothing half-written is left behind</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="159" />
            <source>RKSD: list of gemeenten {}</source>
            <translation>RKSD: list of gemeenten {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="187" />
            <source>Tick at least one question.</source>
            <translation>Tick at least one question.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="242" />
            <source>RKSD: {}</source>
            <translation>RKSD: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="251" />
            <source>from CBS and PDOK (or the cache)</source>
            <translation>from CBS and PDOK (or the cache)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="299" />
            <source>{label}: {features} buurten, {matched} with CBS figures, {questions} question maps in {seconds:.1f} s. Saved in {path}</source>
            <translation>{label}: {features} buurten, {matched} with CBS figures, {questions} question maps in {seconds:.1f} s. Saved in {path}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="310" />
            <source>Maps ready: {}</source>
            <translation>Maps ready: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="334" />
            <source>Cancelled; nothing was written.</source>
            <translation>Cancelled; nothing was written.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="346" />
            <source>(Details: log panel, tab RKSD.)</source>
            <translation>(Details: log panel, tab RKSD.)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="354" />
            <source>A package is being prepared already.</source>
            <translation>A package is being prepared already.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="367" />
            <source>RKSD: preparing an offline package</source>
            <translation>RKSD: preparing an offline package</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="373" />
            <source>Preparing the offline package; follow it in the task manager.</source>
            <translation>Preparing the offline package; follow it in the task manager.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="385" />
            <source>Offline package ready ({size:.1f} MB): {path}</source>
            <translation>Offline package ready ({size:.1f} MB): {path}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="406" />
            <source>RKSD: downloading the catalog</source>
            <translation>RKSD: downloading the catalog</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="426" />
            <source>The configured catalog is not used: {}</source>
            <translation>The configured catalog is not used: {}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="455" />
            <source>Catalog {version} ({date}) in use.</source>
            <translation>Catalog {version} ({date}) in use.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="476" />
            <source>No buurt of {} at this spot.</source>
            <translation>No buurt of {} at this spot.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/gemeente_picker.py" line="29" />
            <source>Name or code, e.g. Maastricht or GM0935</source>
            <translation>Name or code, e.g. Maastricht or GM0935</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/gemeente_picker.py" line="30" />
            <source>Type (part of) the name or the code of a gemeente. Former gemeenten are found too: Uden leads to Maashorst.</source>
            <translation>Type (part of) the name or the code of a gemeente. Former gemeenten are found too: Uden leads to Maashorst.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/gemeente_picker.py" line="82" />
            <source>{new}: {old} merged into it in {year}.</source>
            <translation>{new}: {old} merged into it in {year}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="49" />
            <source>Social domain per buurt</source>
            <translation>Social domain per buurt</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="251" />
            <source>from the offline package "{}"</source>
            <translation>from the offline package "{}"</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="253" />
            <source>Working on {label}, {source}...</source>
            <translation>Working on {label}, {source}...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="264" />
            <source>Cancelling...</source>
            <translation>Cancelling...</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="575" />
            <source>{source}: no table of {year}; {table} of {older} used.</source>
            <translation>{source}: no table of {year}; {table} of {older} used.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/dock.py" line="581" />
            <source>Not yet filled in by CBS for {year}: {measures}; figures of {older} used, shown as {older}*.</source>
            <translation>Not yet filled in by CBS for {year}: {measures}; figures of {older} used, shown as {older}*.</translation>
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
            <location filename="../rksd_plugin/core/gemeenten.py" line="26" />
            <source>No gemeente matches '{text}'.</source>
            <translation>No gemeente matches '{text}'.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="27" />
            <source>Type (part of) the name or the code, e.g. Maastricht or GM0935, and pick it from the list.</source>
            <translation>Type (part of) the name or the code, e.g. Maastricht or GM0935, and pick it from the list.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/core/gemeenten.py" line="33" />
            <source>'{text}' matches several gemeenten: {names}.</source>
            <translation>'{text}' matches several gemeenten: {names}.</translation>
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
            <location filename="../rksd_plugin/core/gemeenten.py" line="41" />
            <source>Pick the gemeente that holds the buurten you are interested in.</source>
            <translation>Pick the gemeente that holds the buurten you are interested in.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/report/gpkg_reader.py" line="20" />
            <source>{path} is not a GeoPackage written by RKSD ({detail}).</source>
            <translation>{path} is not a GeoPackage written by RKSD ({detail}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/report/gpkg_reader.py" line="21" />
            <source>Choose the GeoPackage the RKSD panel or the demo wrote for a gemeente.</source>
            <translation>Choose the GeoPackage the RKSD panel or the demo wrote for a gemeente.</translation>
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
            <source>Own facilities (optional; used for components without a distance field)</source>
            <translation>Own facilities (optional; used for components without a distance field)</translation>
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
            <source>Addresses or CBS 100 m vierkanten (optional: scores per address, weighted per buurt)</source>
            <translation>Addresses or CBS 100 m vierkanten (optional: scores per address, weighted per buurt)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="130" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="131" />
            <source>Population weight field (optional; e.g. inwoners)</source>
            <translation>Population weight field (optional; e.g. inwoners)</translation>
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
            <source>Share of inhabitants 65+ (%, optional)</source>
            <translation>Share of inhabitants 65+ (%, optional)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="143" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="144" />
            <source>Share of inhabitants 75+ (%, optional)</source>
            <translation>Share of inhabitants 75+ (%, optional)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="146" />
            <location filename="../rksd_plugin/processing/alg_langer_thuis.py" line="147" />
            <source>Dwelling-stock proxy (%, optional)</source>
            <translation>Dwelling-stock proxy (%, optional)</translation>
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
            <source>{component}: distance field on the buurten (optional)</source>
            <translation>{component}: distance field on the buurten (optional)</translation>
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
            <location filename="../rksd_plugin/gui/offline_panel.py" line="117" />
            <source>Download gemeenten, years and questions into one file for computers without internet</source>
            <translation>Download gemeenten, years and questions into one file for computers without internet</translation>
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
    </context>
    <context>
        <name>RksdOphalenAlgorithm</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="51" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="51" />
            <source>Fetch a gemeente (CBS figures and PDOK boundaries)</source>
            <translation>Fetch a gemeente (CBS figures and PDOK boundaries)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="54" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="54" />
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="66" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="66" />
            <source>&lt;p&gt;The main job of the RKSD panel as an algorithm: the curated CBS figures (Kerncijfers wijken en buurten, Nabijheid voorzieningen, RIVM Gezondheidsmonitor, Politie) for every buurt, wijk and the gemeente, joined to the PDOK boundaries of the same year, with the indices of the chosen questions, into one GeoPackage with its sources inside.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gemeente&lt;/b&gt;: a code (GM0935) or a name (merged gemeenten are found by their old name). &lt;b&gt;Offline package&lt;/b&gt;: a package zip or folder prepared in the panel (or the bundled sample); without one the figures are downloaded (QGIS's network settings and RKSD's cache apply), unless &lt;b&gt;offline&lt;/b&gt; is ticked, which serves only from the cache.&lt;/p&gt;&lt;p&gt;Runs in the modeler, in batch and from qgis_process, e.g. a yearly refresh: &lt;code&gt;qgis_process run rksd:ophalen -- GEMEENTE=GM0935 YEAR=2024 OUTPUT=maastricht.gpkg&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;The main job of the RKSD panel as an algorithm: the curated CBS figures (Kerncijfers wijken en buurten, Nabijheid voorzieningen, RIVM Gezondheidsmonitor, Politie) for every buurt, wijk and the gemeente, joined to the PDOK boundaries of the same year, with the indices of the chosen questions, into one GeoPackage with its sources inside.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gemeente&lt;/b&gt;: a code (GM0935) or a name (merged gemeenten are found by their old name). &lt;b&gt;Offline package&lt;/b&gt;: a package zip or folder prepared in the panel (or the bundled sample); without one the figures are downloaded (QGIS's network settings and RKSD's cache apply), unless &lt;b&gt;offline&lt;/b&gt; is ticked, which serves only from the cache.&lt;/p&gt;&lt;p&gt;Runs in the modeler, in batch and from qgis_process, e.g. a yearly refresh: &lt;code&gt;qgis_process run rksd:ophalen -- GEMEENTE=GM0935 YEAR=2024 OUTPUT=maastricht.gpkg&lt;/code&gt;&lt;/p&gt;</translation>
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
            <translation>Gemeente (code or name)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="88" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="89" />
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="92" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="93" />
            <source>Offline package (zip or folder, optional)</source>
            <translation>Offline package (zip or folder, optional)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="95" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="96" />
            <source>Offline: serve only from the cache</source>
            <translation>Offline: serve only from the cache</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="97" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="98" />
            <source>Language of field names and styles</source>
            <translation>Language of field names and styles</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="99" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="100" />
            <source>RKSD GeoPackage</source>
            <translation>RKSD GeoPackage</translation>
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
            <translation>Summary (JSON)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="84" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="84" />
            <source>Year ({first}-{last})</source>
            <translation>Year ({first}-{last})</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="92" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="94" />
            <source>Offline packages (*.zip);;All files (*)</source>
            <translation>Offline packages (*.zip);;All files (*)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="97" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="98" />
            <source>Dutch</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="97" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="98" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="114" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="114" />
            <source>Cancelled: no GeoPackage was written.</source>
            <translation>Cancelled: no GeoPackage was written.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="158" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="158" />
            <source>{gemeente} {year}, from: {source}</source>
            <translation>{gemeente} {year}, from: {source}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="181" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="181" />
            <source>{name}: {features} features, {matched} matched, only in CBS: {cbs}, only in PDOK: {pdok}</source>
            <translation>{name}: {features} features, {matched} matched, only in CBS: {cbs}, only in PDOK: {pdok}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="185" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="185" />
            <source>{source}: no table of this year, {table} of {year} used</source>
            <translation>{source}: no table of this year, {table} of {year} used</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="146" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="146" />
            <source>The offline package holds no {gemeente} {year}.</source>
            <translation>The offline package holds no {gemeente} {year}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="158" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="161" />
            <source>cache only (offline)</source>
            <translation>cache only (offline)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="158" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="161" />
            <source>download (cache first)</source>
            <translation>download (cache first)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="158" />
            <location filename="../rksd_plugin/processing/alg_ophalen.py" line="160" />
            <source>offline package {title}</source>
            <translation>offline package {title}</translation>
        </message>
    </context>
    <context>
        <name>RksdOutput</name>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="146" />
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="146" />
            <source>Could not write the output layer: {error}</source>
            <translation>Could not write the output layer: {error}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="220" />
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="220" />
            <source>Could not create a temporary GeoPackage: {error}</source>
            <translation>Could not create a temporary GeoPackage: {error}</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="131" />
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="131" />
            <source>Could not find the new table in {path}.</source>
            <translation>Could not find the new table in {path}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="189" />
            <location filename="../rksd_plugin/qgis_io/layer_output.py" line="186" />
            <source>Could not write the output GeoPackage {path}: {error}</source>
            <translation>Could not write the output GeoPackage {path}: {error}</translation>
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
            <location filename="../rksd_plugin/gui/package_dialog.py" line="65" />
            <source>Add the gemeente to the package</source>
            <translation>Add the gemeente to the package</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="69" />
            <source>Gemeente</source>
            <translation>Gemeente</translation>
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
            <location filename="../rksd_plugin/gui/package_dialog.py" line="88" />
            <source>Include the national reference (all Dutch buurten)</source>
            <translation>Include the national reference (all Dutch buurten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/package_dialog.py" line="90" />
            <source>Needed to rank buurten against the whole country; makes the package larger</source>
            <translation>Needed to rank buurten against the whole country; makes the package larger</translation>
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
            <location filename="../rksd_plugin/gui/package_dialog.py" line="151" />
            <source>Add at least one gemeente.</source>
            <translation>Add at least one gemeente.</translation>
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
            <translation>Open the RKSD panel: CBS figures per buurt for one gemeente</translation>
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
            <location filename="../rksd_plugin/gui/questions.py" line="36" />
            <source>per wijk only: {}</source>
            <translation>per wijk only: {}</translation>
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
    </context>
    <context>
        <name>RksdReachability</name>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="77" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="77" />
            <source>Facility reachability</source>
            <translation>Facility reachability</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="80" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="80" />
            <source>Distance from every address or buurt to the nearest facility, over the roads or straight-line.</source>
            <translation>Distance from every address or buurt to the nearest facility, over the roads or straight-line.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="86" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="86" />
            <source>&lt;p&gt;For every origin (address points, or polygons such as buurten) this computes the distance to the nearest facility, per category when a category field is given, which facility that is, and how many facilities lie within each radius.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method.&lt;/b&gt; With a road network, the graph is built once (every line vertex is a node; lines connect where they share a vertex, within the topology tolerance). Every origin and facility is snapped onto the nearest road &lt;i&gt;segment&lt;/i&gt; (the closest point on a line, not the nearest node), and all origins are answered by one multi-source shortest-path search from all facilities. The network distance runs along the roads between the two snapped points, as QGIS's 'Shortest path (point to layer)' measures it; the distance from an origin to its road is in &lt;i&gt;aansluiting_m&lt;/i&gt;. One-way streets are respected when a one-way field is given (yes/1/true: digitised direction, -1/reverse: against it). With a speed field (km/h) the fastest travel time is added. Without a network the distances are straight-line (hemelsbreed) and the output says so in &lt;i&gt;methode&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Polygons.&lt;/b&gt; For buurten the figures are weighted: by the weight field of the population layer (address points or CBS 100 m vierkanten with inwoners), or, without it, by regular sample points inside each polygon (area-weighted). Per polygon you get the weighted mean distance and the share of the weight within each radius; the per-point results can be written to a second layer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nothing is hidden.&lt;/b&gt; An origin whose part of the network holds no facility gets status &lt;i&gt;geen_verbinding&lt;/i&gt;, one farther than the maximum distance &lt;i&gt;verder_dan_max&lt;/i&gt;; both get no distance (NULL), never 0, and are counted in the log. Layers in another CRS are reprojected to EPSG:28992.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CBS figures are different.&lt;/b&gt; CBS 'Nabijheid voorzieningen' distances are road distances from all addresses in an area, averaged over the inhabitants, with CBS's own facility registers; they are not walking routes, and neither is this network distance unless the network is a walking network.&lt;/p&gt;&lt;p&gt;Computed with scipy when it is available; otherwise with a slower pure Python fallback (said in the log).&lt;/p&gt;</source>
            <translation>&lt;p&gt;For every origin (address points, or polygons such as buurten) this computes the distance to the nearest facility, per category when a category field is given, which facility that is, and how many facilities lie within each radius.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method.&lt;/b&gt; With a road network, the graph is built once (every line vertex is a node; lines connect where they share a vertex, within the topology tolerance). Every origin and facility is snapped onto the nearest road &lt;i&gt;segment&lt;/i&gt; (the closest point on a line, not the nearest node), and all origins are answered by one multi-source shortest-path search from all facilities. The network distance runs along the roads between the two snapped points, as QGIS's 'Shortest path (point to layer)' measures it; the distance from an origin to its road is in &lt;i&gt;aansluiting_m&lt;/i&gt;. One-way streets are respected when a one-way field is given (yes/1/true: digitised direction, -1/reverse: against it). With a speed field (km/h) the fastest travel time is added. Without a network the distances are straight-line (hemelsbreed) and the output says so in &lt;i&gt;methode&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Polygons.&lt;/b&gt; For buurten the figures are weighted: by the weight field of the population layer (address points or CBS 100 m vierkanten with inwoners), or, without it, by regular sample points inside each polygon (area-weighted). Per polygon you get the weighted mean distance and the share of the weight within each radius; the per-point results can be written to a second layer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nothing is hidden.&lt;/b&gt; An origin whose part of the network holds no facility gets status &lt;i&gt;geen_verbinding&lt;/i&gt;, one farther than the maximum distance &lt;i&gt;verder_dan_max&lt;/i&gt;; both get no distance (NULL), never 0, and are counted in the log. Layers in another CRS are reprojected to EPSG:28992.&lt;/p&gt;&lt;p&gt;&lt;b&gt;CBS figures are different.&lt;/b&gt; CBS 'Nabijheid voorzieningen' distances are road distances from all addresses in an area, averaged over the inhabitants, with CBS's own facility registers; they are not walking routes, and neither is this network distance unless the network is a walking network.&lt;/p&gt;&lt;p&gt;Computed with scipy when it is available; otherwise with a slower pure Python fallback (said in the log).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="110" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="110" />
            <source>&lt;p&gt;&lt;b&gt;Fields and speed.&lt;/b&gt; The output holds the origin fields you choose to carry over (default: an id and a name field, when the layer has them) and the results. GeoPackage, Shapefile and FlatGeobuf layers are read column by column through GDAL, honouring a selection and the layer's filter; other layers (memory, PostGIS, WFS, unsaved edits) are read through QGIS. A GeoPackage output is written in one transaction; another destination gets a row number field &lt;i&gt;fid&lt;/i&gt; first.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Fields and speed.&lt;/b&gt; The output holds the origin fields you choose to carry over (default: an id and a name field, when the layer has them) and the results. GeoPackage, Shapefile and FlatGeobuf layers are read column by column through GDAL, honouring a selection and the layer's filter; other layers (memory, PostGIS, WFS, unsaved edits) are read through QGIS. A GeoPackage output is written in one transaction; another destination gets a row number field &lt;i&gt;fid&lt;/i&gt; first.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="128" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="128" />
            <source>Sample point spacing inside polygons without a population layer (m)</source>
            <translation>Sample point spacing inside polygons without a population layer (m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="139" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="140" />
            <source>Speed field of the network in km/h (optional: adds travel time)</source>
            <translation>Speed field of the network in km/h (optional: adds travel time)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="144" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="144" />
            <source>Speed where the speed field is empty (km/h)</source>
            <translation>Speed where the speed field is empty (km/h)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="145" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="145" />
            <source>Maximum distance (m): farther facilities count as not reachable</source>
            <translation>Maximum distance (m): farther facilities count as not reachable</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="311" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="173" />
            <source>Origins</source>
            <translation>Origins</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="202" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="174" />
            <source>Facilities</source>
            <translation>Facilities</translation>
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
            <translation>Origins (address points, or polygons such as buurten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="122" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="123" />
            <source>Population for weighting polygons (optional: address points or CBS 100 m vierkanten)</source>
            <translation>Population for weighting polygons (optional: address points or CBS 100 m vierkanten)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="125" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="126" />
            <source>Weight field (e.g. inwoners; empty: every point counts 1)</source>
            <translation>Weight field (e.g. inwoners; empty: every point counts 1)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="132" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="133" />
            <source>Category field of the facilities (optional: nearest per category too)</source>
            <translation>Category field of the facilities (optional: nearest per category too)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="135" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="136" />
            <source>Facility name or id field (optional; default the feature id)</source>
            <translation>Facility name or id field (optional; default the feature id)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="147" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="148" />
            <source>Radii for counts and shares (m, separated by ;)</source>
            <translation>Radii for counts and shares (m, separated by ;)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="149" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="150" />
            <source>Origin fields to carry over (empty: id and name)</source>
            <translation>Origin fields to carry over (empty: id and name)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="291" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="153" />
            <source>Reachability</source>
            <translation>Reachability</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="154" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="155" />
            <source>Reachability per weighting point (polygons only)</source>
            <translation>Reachability per weighting point (polygons only)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="157" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="157" />
            <source>Distance method</source>
            <translation>Distance method</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="158" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="158" />
            <source>Number of origin points</source>
            <translation>Number of origin points</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="159" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="159" />
            <source>Origins without a network connection to any facility</source>
            <translation>Origins without a network connection to any facility</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="160" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="160" />
            <source>Origins with no facility within the maximum distance</source>
            <translation>Origins with no facility within the maximum distance</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="182" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="183" />
            <source>Population</source>
            <translation>Population</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="186" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="186" />
            <source>Radii</source>
            <translation>Radii</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="196" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="196" />
            <source>A speed field without a road network is ignored.</source>
            <translation>A speed field without a road network is ignored.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="204" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="204" />
            <source>Facilities: no facility has a usable geometry.</source>
            <translation>Facilities: no facility has a usable geometry.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="443" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="443" />
            <source>all facilities</source>
            <translation>all facilities</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="254" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="254" />
            <source>Origins: no feature has a usable geometry.</source>
            <translation>Origins: no feature has a usable geometry.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="285" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="285" />
            <source>Reachability per point</source>
            <translation>Reachability per point</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="440" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="440" />
            <source>Method: {method}; {n} origin points, {f} facilities.</source>
            <translation>Method: {method}; {n} origin points, {f} facilities.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="206" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="206" />
            <source>{n} facilities without geometry were skipped.</source>
            <translation>{n} facilities without geometry were skipped.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="227" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="227" />
            <source>Population: no feature has a usable geometry.</source>
            <translation>Population: no feature has a usable geometry.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="317" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="317" />
            <source>{layer}: read column by column (GDAL).</source>
            <translation>{layer}: read column by column (GDAL).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="319" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="319" />
            <source>{layer}: read feature by feature through QGIS ({reason}).</source>
            <translation>{layer}: read feature by feature through QGIS ({reason}).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="446" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="446" />
            <source>{name}: {ok} reached, {beyond} beyond the maximum distance, {none} without a network connection to one.</source>
            <translation>{name}: {ok} reached, {beyond} beyond the maximum distance, {none} without a network connection to one.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="242" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="242" />
            <source>Weighted by {n} population points.</source>
            <translation>Weighted by {n} population points.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="247" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="247" />
            <source>No population layer: each polygon is represented by sample points every {s:g} m (area-weighted figures, {n} points).</source>
            <translation>No population layer: each polygon is represented by sample points every {s:g} m (area-weighted figures, {n} points).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="319" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="320" />
            <source>not a file GDAL reads column by column</source>
            <translation>not a file GDAL reads column by column</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="450" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="450" />
            <source>{n} origins lie on a part of the road network that is not connected to any facility; they get status 'geen_verbinding' and no distance.</source>
            <translation>{n} origins lie on a part of the road network that is not connected to any facility; they get status 'geen_verbinding' and no distance.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="456" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="456" />
            <source>{n} origins are more than 250 m from the nearest road (see aansluiting_m).</source>
            <translation>{n} origins are more than 250 m from the nearest road (see aansluiting_m).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="241" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="241" />
            <source>{n} population points lie outside every polygon and are not counted.</source>
            <translation>{n} population points lie outside every polygon and are not counted.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="233" />
            <location filename="../rksd_plugin/processing/alg_reachability.py" line="233" />
            <source>{n} population features have no (or a secret) weight; they count with weight 0.</source>
            <translation>{n} population features have no (or a secret) weight; they count with weight 0.</translation>
        </message>
    </context>
    <context>
        <name>RksdSettings</name>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="28" />
            <source>RKSD settings</source>
            <translation>RKSD settings</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="35" />
            <source>Every download is kept here; empty = the default folder</source>
            <translation>Every download is kept here; empty = the default folder</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="36" />
            <source>Cache folder</source>
            <translation>Cache folder</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="41" />
            <source>Where the GeoPackages are written</source>
            <translation>Where the GeoPackages are written</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="42" />
            <source>Output folder</source>
            <translation>Output folder</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="47" />
            <source>QGIS network setting</source>
            <translation>QGIS network setting</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="48" />
            <source>Maximum wait for one answer; 0 uses the timeout of Settings &gt; Options &gt; Network</source>
            <translation>Maximum wait for one answer; 0 uses the timeout of Settings &gt; Options &gt; Network</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="50" />
            <source>Timeout</source>
            <translation>Timeout</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="53" />
            <source>Catalog (*.json)</source>
            <translation>Catalog (*.json)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="54" />
            <source>built-in catalog</source>
            <translation>built-in catalog</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="55" />
            <source>A newer catalog: a JSON file or an https:// address. Empty = the catalog shipped with the plugin. A catalog that does not validate is refused.</source>
            <translation>A newer catalog: a JSON file or an https:// address. Empty = the catalog shipped with the plugin. A catalog that does not validate is refused.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="58" />
            <source>Catalog</source>
            <translation>Catalog</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="61" />
            <source>Proxy and certificates are those of QGIS (Settings &gt; Options &gt; Network).</source>
            <translation>Proxy and certificates are those of QGIS (Settings &gt; Options &gt; Network).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="69" />
            <source>Empty every field: the plugin's defaults apply</source>
            <translation>Empty every field: the plugin's defaults apply</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="75" />
            <source>Limits</source>
            <translation>Limits</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="76" />
            <source>Bounds on every download: a larger or slower answer ends with a message naming the address and the limit</source>
            <translation>Bounds on every download: a larger or slower answer ends with a message naming the address and the limit</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="81" />
            <source>Largest catalog</source>
            <translation>Largest catalog</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="82" />
            <source>Largest metadata answer</source>
            <translation>Largest metadata answer</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="83" />
            <source>Largest data page</source>
            <translation>Largest data page</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="84" />
            <source>Largest geometry page</source>
            <translation>Largest geometry page</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="98" />
            <source>One download may take at most this long, first to last byte, however slowly the server keeps sending</source>
            <translation>One download may take at most this long, first to last byte, however slowly the server keeps sending</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="101" />
            <source>Deadline per download</source>
            <translation>Deadline per download</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="104" />
            <source>none (e.g. mirror.gemeente.nl, *.intern.nl)</source>
            <translation>none (e.g. mirror.gemeente.nl, *.intern.nl)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="105" />
            <source>A redirect is followed only within the same service (cbs.nl, pdok.nl) or to these hosts</source>
            <translation>A redirect is followed only within the same service (cbs.nl, pdok.nl) or to these hosts</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/settings_dialog.py" line="107" />
            <source>Allowed redirect hosts</source>
            <translation>Allowed redirect hosts</translation>
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
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="28" />
            <source>Each buurt's rank among all Dutch buurten (or within the gemeente when no national figures are available): 0 = lowest, 100 = highest risk.</source>
            <translation>Each buurt's rank among all Dutch buurten (or within the gemeente when no national figures are available): 0 = lowest, 100 = highest risk.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="31" />
            <source>Distance from the average in standard deviations, cut off at -3 and +3.</source>
            <translation>Distance from the average in standard deviations, cut off at -3 and +3.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/gui/weights_dialog.py" line="33" />
            <source>The buurt's value relative to the Netherlands: 100 = Dutch average.</source>
            <translation>The buurt's value relative to the Netherlands: 100 = Dutch average.</translation>
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
            <source>High demand from (optional; default the median demand)</source>
            <translation>High demand from (optional; default the median demand)</translation>
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
            <source>Capacity field (optional; each location counts 1)</source>
            <translation>Capacity field (optional; each location counts 1)</translation>
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
            <source>Name field of the sites (optional)</source>
            <translation>Name field of the sites (optional)</translation>
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
            <location filename="../rksd_plugin/processing/alg_location.py" line="304" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="304" />
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
            <source>Name field of the candidates (optional)</source>
            <translation>Name field of the candidates (optional)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="87" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="88" />
            <source>Existing sites (optional)</source>
            <translation>Existing sites (optional)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="74" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="90" />
            <source>Name field of the existing sites (optional)</source>
            <translation>Name field of the existing sites (optional)</translation>
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
            <location filename="../rksd_plugin/processing/alg_location.py" line="241" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="241" />
            <source>least weighted distance</source>
            <translation>least weighted distance</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="241" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="241" />
            <source>most demand within the distance</source>
            <translation>most demand within the distance</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="242" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="242" />
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
            <source>Capacity field (optional; same name on existing sites; p-median, exact only)</source>
            <translation>Capacity field (optional; same name on existing sites; p-median, exact only)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="243" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="243" />
            <source>Objective: {p}; answer from the {m} solver, status {s}.</source>
            <translation>Objective: {p}; answer from the {m} solver, status {s}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="245" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="245" />
            <source>Chosen: {sites}.</source>
            <translation>Chosen: {sites}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="255" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="255" />
            <source>Times (s): {t}.</source>
            <translation>Times (s): {t}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="333" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="333" />
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
            <location filename="../rksd_plugin/processing/alg_location.py" line="247" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="247" />
            <source>Objective {o:,.2f}; proven bound {b:,.2f}; at most {g:.3f} % from the optimum.</source>
            <translation>Objective {o:,.2f}; proven bound {b:,.2f}; at most {g:.3f} % from the optimum.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="250" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="250" />
            <source>Exact model: {s} ({v} variables).</source>
            <translation>Exact model: {s} ({v} variables).</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_location.py" line="253" />
            <location filename="../rksd_plugin/processing/alg_location.py" line="253" />
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
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="36" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="36" />
            <source>Planning</source>
            <translation>Planning</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="58" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="58" />
            <source>Sample point spacing in buurten without a spreading layer (m)</source>
            <translation>Sample point spacing in buurten without a spreading layer (m)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="66" />
            <source>Demand</source>
            <translation>Demand</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="43" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="44" />
            <source>Demand: points with a weight, or buurten with a count (e.g. inwoners_65plus)</source>
            <translation>Demand: points with a weight, or buurten with a count (e.g. inwoners_65plus)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="46" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="47" />
            <source>Demand field: the weight per point or the count per buurt (empty: 1 each)</source>
            <translation>Demand field: the weight per point or the count per buurt (empty: 1 each)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="49" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="50" />
            <source>Spread buurt counts over (optional: CBS 100 m vierkanten or address points)</source>
            <translation>Spread buurt counts over (optional: CBS 100 m vierkanten or address points)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="52" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="53" />
            <source>Spreading weight (optional: e.g. inwoners of the vierkanten; empty: equal)</source>
            <translation>Spreading weight (optional: e.g. inwoners of the vierkanten; empty: equal)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="55" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="56" />
            <source>Buurten for per-buurt figures (optional, for point demand)</source>
            <translation>Buurten for per-buurt figures (optional, for point demand)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="72" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="73" />
            <source>Spreading layer</source>
            <translation>Spreading layer</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="86" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="86" />
            <source>Demand: no point carries a positive weight.</source>
            <translation>Demand: no point carries a positive weight.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="87" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="87" />
            <source>Demand: {d}; total weight {w:,.0f}.</source>
            <translation>Demand: {d}; total weight {w:,.0f}.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="101" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="101" />
            <source>{layer}: no feature has a usable geometry.</source>
            <translation>{layer}: no feature has a usable geometry.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="103" />
            <location filename="../rksd_plugin/processing/alg_planning_base.py" line="103" />
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
            <source>Closes in scenario(s): field with scenario names or 1/true (optional)</source>
            <translation>Closes in scenario(s): field with scenario names or 1/true (optional)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="80" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="81" />
            <source>Candidate sites to add (optional)</source>
            <translation>Candidate sites to add (optional)</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="85" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="86" />
            <source>Added in scenario(s): field with scenario names or 1/true (optional)</source>
            <translation>Added in scenario(s): field with scenario names or 1/true (optional)</translation>
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
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="309" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="309" />
            <source>Method: {m}; threshold {t:g} m.</source>
            <translation>Method: {m}; threshold {t:g} m.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="312" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="312" />
            <source>{name}: {closed} closed, {added} added; mean distance {before:.0f} m -&gt; {after:.0f} m; within the threshold {wb:.1f} % -&gt; {wa:.1f} %; {worse:,.0f} pushed beyond it, {better:,.0f} brought within it.</source>
            <translation>{name}: {closed} closed, {added} added; mean distance {before:.0f} m -&gt; {after:.0f} m; within the threshold {wb:.1f} % -&gt; {wa:.1f} %; {worse:,.0f} pushed beyond it, {better:,.0f} brought within it.</translation>
        </message>
        <message>
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="319" />
            <location filename="../rksd_plugin/processing/alg_scenario.py" line="319" />
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
</TS>
