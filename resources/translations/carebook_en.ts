<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>carebook::app::BookmarksPane</name>
    <message numerus="yes">
        <location filename="../../src/app/userdata/bookmarkspane.cpp" line="+286"/>
        <source>Deleted %n bookmark(s).</source>
        <translation>
            <numerusform>Deleted %n bookmark.</numerusform>
            <numerusform>Deleted %n bookmarks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carebook::app::FoodFinderWindow</name>
    <message numerus="yes">
        <location filename="../../src/app/foods/foodfinderwindow.cpp" line="+109"/>
        <source>%1 (%Ln food(s); hidden unless chosen)</source>
        <translation>
            <numerusform>%1 (%Ln food; hidden unless chosen)</numerusform>
            <numerusform>%1 (%Ln foods; hidden unless chosen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%Ln food(s))</source>
        <translation>
            <numerusform>%1 (%Ln food)</numerusform>
            <numerusform>%1 (%Ln foods)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+447"/>
        <source>Copied %n row(s) as tab-separated text.</source>
        <translation>
            <numerusform>Copied %n row as tab-separated text.</numerusform>
            <numerusform>Copied %n rows as tab-separated text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carebook::app::FoodTableModel</name>
    <message numerus="yes">
        <location filename="../../src/app/foods/foodtablemodel.cpp" line="+239"/>
        <source>This line also stands for %n similar USDA entries (other varieties).</source>
        <translation>
            <numerusform>This line also stands for %n similar USDA entry (other varieties).</numerusform>
            <numerusform>This line also stands for %n similar USDA entries (other varieties).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This line also stands for %n similar USDA entries: %1.</source>
        <translation>
            <numerusform>This line also stands for %n similar USDA entry: %1.</numerusform>
            <numerusform>This line also stands for %n similar USDA entries: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carebook::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/app/window/mainwindow.cpp" line="+122"/>
        <source>Content %1 · reviewed %2 · %n article(s)</source>
        <translation>
            <numerusform>Content %1 · reviewed %2 · %n article</numerusform>
            <numerusform>Content %1 · reviewed %2 · %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carebook::app::PainChart</name>
    <message numerus="yes">
        <location filename="../../src/app/plan/painchart.cpp" line="+77"/>
        <source>pain %1 (%n score(s))</source>
        <translation>
            <numerusform>pain %1 (%n score)</numerusform>
            <numerusform>pain %1 (%n scores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n session(s) done</source>
        <translation>
            <numerusform>%n session done</numerusform>
            <numerusform>%n sessions done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stopped early</source>
        <translation>
            <numerusform>%n stopped early</numerusform>
            <numerusform>%n stopped early</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carebook::app::PlanReminder</name>
    <message numerus="yes">
        <location filename="../../src/app/plan/planreminder.cpp" line="+73"/>
        <source>%1 at %2, %n minute(s). Check your skin when it ends. Never sleep on a heating pad.</source>
        <translation>
            <numerusform>%1 at %2, %n minute. Check your skin when it ends. Never sleep on a heating pad.</numerusform>
            <numerusform>%1 at %2, %n minutes. Check your skin when it ends. Never sleep on a heating pad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carebook::app::RedFlagPanel</name>
    <message numerus="yes">
        <location filename="../../src/app/window/redflagpanel.cpp" line="+79"/>
        <source>%1: %n sign(s). %2</source>
        <translation>
            <numerusform>%1: %n sign. %2</numerusform>
            <numerusform>%1: %n signs. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carebook::app::SearchPanel</name>
    <message numerus="yes">
        <location filename="../../src/app/search/searchpanel.cpp" line="+340"/>
        <source>%n result(s); the first is %1</source>
        <translation>
            <numerusform>%n result; the first is %1</numerusform>
            <numerusform>%n results; the first is %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carebook::app::SessionController</name>
    <message numerus="yes">
        <location filename="../../src/app/plan/sessioncontroller.cpp" line="+23"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carebook::app::SessionPanel</name>
    <message numerus="yes">
        <location filename="../../src/app/plan/sessionpanel.cpp" line="+216"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carebook::app::SheetBuilder</name>
    <message numerus="yes">
        <location filename="../../src/app/sheet/sheetbuilder.cpp" line="+398"/>
        <source>Fits on %n %1 pages, %2.</source>
        <translation>
            <numerusform>Fits on %n %1 page, %2.</numerusform>
            <numerusform>Fits on %n %1 pages, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carebook::app::UserData</name>
    <message numerus="yes">
        <location filename="../../src/app/userdata/userdata.cpp" line="+156"/>
        <source>Exported %n bookmark(s) to %1.</source>
        <translation>
            <numerusform>Exported %n bookmark to %1.</numerusform>
            <numerusform>Exported %n bookmarks to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
