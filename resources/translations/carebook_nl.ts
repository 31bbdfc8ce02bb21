<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CoreLabels</name>
    <message>
        <location filename="../../src/app/settings/corelabels.cpp" line="+37"/>
        <source>Emergency: get help now</source>
        <translation>Spoed: zoek nu hulp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgent: see a doctor today</source>
        <translation>Dringend: ga vandaag naar een arts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book an appointment</source>
        <translation>Maak een afspraak</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Right now</source>
        <translation>Nu meteen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First 72 hours</source>
        <translation>De eerste 72 uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After 72 hours</source>
        <translation>Na 72 uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Over the coming weeks</source>
        <translation>In de komende weken</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>What a clinician may offer</source>
        <translation>Wat een zorgverlener kan bieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate evidence</source>
        <translation>Matig bewijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low evidence</source>
        <translation>Weinig bewijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very low evidence</source>
        <translation>Zeer weinig bewijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough evidence</source>
        <translation>Niet genoeg bewijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No benefit shown</source>
        <translation>Geen nut aangetoond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert advice</source>
        <translation>Advies van deskundigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acute (under 4 weeks)</source>
        <translation>Acuut (korter dan 4 weken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subacute (4 to 12 weeks)</source>
        <translation>Subacuut (4 tot 12 weken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronic (over 12 weeks)</source>
        <translation>Chronisch (langer dan 12 weken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall</source>
        <translation>In het algemeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended by guidelines</source>
        <translation>Aanbevolen in richtlijnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidelines: only in some cases</source>
        <translation>Richtlijnen: alleen in sommige gevallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidelines advise against it</source>
        <translation>Richtlijnen raden het af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidelines disagree</source>
        <translation>Richtlijnen zijn het oneens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not covered by guidelines</source>
        <translation>Niet in richtlijnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 h</source>
        <translation>elke %1 uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold %1 s</source>
        <translation>%1 s vasthouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 time</source>
        <translation>%1 keer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 times</source>
        <translation>%1 keer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sets, rest %2 s</source>
        <translation>%1 series, %2 s rust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each side</source>
        <translation>elke kant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once a day</source>
        <translation>één keer per dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twice a day</source>
        <translation>twee keer per dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 times a day</source>
        <translation>%1 keer per dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day %1</source>
        <translation>dag %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days %1–%2</source>
        <translation>dag %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from day %1</source>
        <translation>vanaf dag %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carebook&apos;s expert advice</source>
        <translation>advies van de deskundigen van Carebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1</source>
        <translation>Volgens %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: Carebook&apos;s expert advice</source>
        <translation>%1: advies van de deskundigen van Carebook</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also called: %1</source>
        <translation>Ook wel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose:</source>
        <translation>Hoeveel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When:</source>
        <translation>Wanneer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to do it</source>
        <translation>Zo doe je het</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take care</source>
        <translation>Let op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not use it, or ask first, if</source>
        <translation>Gebruik het niet, of vraag het eerst, als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helps</source>
        <translation>Wat helpt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common causes</source>
        <translation>Vaak voorkomende oorzaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the evidence says</source>
        <translation>Wat het bewijs zegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidelines:</source>
        <translation>Richtlijnen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Causes it works on</source>
        <translation>Oorzaken waar het op werkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nutrients involved</source>
        <translation>Betrokken voedingsstoffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for</source>
        <translation>Gebruikt bij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is at risk</source>
        <translation>Wie loopt risico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prevention</source>
        <translation>Voorkomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remedies that address it</source>
        <translation>Behandelingen die erop werken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptoms it can lead to</source>
        <translation>Klachten die het kan geven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foods that supply it</source>
        <translation>Voedingsmiddelen die het leveren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask a clinician before taking it as a supplement if</source>
        <translation>Vraag een zorgverlener voordat je het als supplement neemt, als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related remedies and causes</source>
        <translation>Verwante behandelingen en oorzaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See also</source>
        <translation>Zie ook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(accessed %1)</source>
        <translation>(geraadpleegd op %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed %1</source>
        <translation>Nagekeken op %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When to seek care</source>
        <translation>Wanneer hulp zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get help if you have any of these signs.</source>
        <translation>Zoek hulp als je een van deze signalen hebt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs for: %1</source>
        <translation>Signalen bij: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning signs for %1</source>
        <translation>Waarschuwingssignalen bij %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 if you have any of these signs</source>
        <translation>%1 als je een van deze signalen hebt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it starts</source>
        <translation>Als het begint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days 1–3</source>
        <translation>Dag 1–3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From day 4</source>
        <translation>Vanaf dag 4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask a clinician about</source>
        <translation>Vraag een zorgverlener naar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From day 1 (%1)</source>
        <translation>Vanaf dag 1 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From day 4 (%1)</source>
        <translation>Vanaf dag 4 (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Symptoms</source>
        <translation>Klachten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remedies</source>
        <translation>Behandelingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Causes</source>
        <translation>Oorzaken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nutrients</source>
        <translation>Voedingsstoffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>Over Carebook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOME-CARE PLAN</source>
        <translation>THUISZORGPLAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your plan, day by day</source>
        <translation>Je plan, dag voor dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretches and exercises</source>
        <translation>Rekoefeningen en oefeningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foods rich in what your muscles need</source>
        <translation>Voedingsmiddelen met veel van wat je spieren nodig hebben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per usual portion. % DV: share of the Daily Value on US food labels. Figures from USDA food data (SR28).</source>
        <translation>Per gewone portie. % DW: deel van de dagwaarde op Amerikaanse etiketten. Cijfers uit de voedingsgegevens van de USDA (SR28).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When to get help</source>
        <translation>Wanneer hulp zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If one of these applies to you, do what it says. Do not wait for this plan to work.</source>
        <translation>Past een van deze bij jou? Doe dan wat erbij staat. Wacht niet tot dit plan werkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In short:</source>
        <translation>Kort gezegd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do the plan day by day, tick what you did, and get help at once if a sign in the red box applies to you.</source>
        <translation>volg het plan dag voor dag, zet een vinkje bij wat je deed, en zoek meteen hulp als een signaal in het rode vak bij jou past.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your home-care plan</source>
        <translation>Je thuiszorgplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Eind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(expert advice)</source>
        <translation>(advies van deskundigen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick what you did this week</source>
        <translation>Vink aan wat je deze week deed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <translation>vanaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick each day you do it</source>
        <translation>Vink elke dag aan dat je het doet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain tonight: 0 (none) to 10 (worst)</source>
        <translation>Pijn vanavond: 0 (geen) tot 10 (ergst)</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+63"/>
        <source>an unexpected error</source>
        <translation>een onverwachte fout</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Carebook could not finish what it was doing: %1.
Nothing you saved was lost.</source>
        <translation>Carebook kon niet afmaken waar het mee bezig was: %1.
Wat je hebt opgeslagen, is niet verloren.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Carebook cannot open its content:
%1</source>
        <translation>Carebook kan zijn inhoud niet openen:
%1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/app/foods/foodfinderwindow.cpp" line="+52"/>
        <source>per portion</source>
        <translation>per portie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per 100 g</source>
        <translation>per 100 g</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per 100 kcal</source>
        <translation>per 100 kcal</translation>
    </message>
    <message>
        <location filename="../../src/app/sheet/sheetbuilder.cpp" line="+56"/>
        <source>Day-by-day plan</source>
        <translation>Schema per dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretches and exercises (up to %1)</source>
        <translation>Rekoefeningen en oefeningen (tot %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foods</source>
        <translation>Voedingsmiddelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drinks</source>
        <translation>Dranken</translation>
    </message>
    <message>
        <location filename="../../src/app/sheet/sheetprint.cpp" line="+13"/>
        <source>the large-print sheet does not fit on %1 %2 pages (it would need %3): shorten the notes or include fewer items</source>
        <translation>het plan met grote letters past niet op %1 %2-pagina’s (het zou er %3 nodig hebben): maak de notities korter of neem minder onderdelen op</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the sheet does not fit on one %1 page (it would need %2): shorten the notes or include fewer items, or choose large print</source>
        <translation>het plan past niet op één %1-pagina (het zou er %2 nodig hebben): maak de notities korter, neem minder onderdelen op of kies grote letters</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Home-care plan — page %1 of %2</source>
        <translation>Thuiszorgplan — pagina %1 van %2</translation>
    </message>
    <message>
        <location filename="../../src/app/userdata/bookmarkspane.cpp" line="+51"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no longer in this edition</source>
        <translation>niet meer in deze uitgave</translation>
    </message>
    <message>
        <location filename="../../src/app/window/helpdialogs.cpp" line="+53"/>
        <source>Carebook user guide</source>
        <translation>Handleiding van Carebook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;The guide is missing from this build of Carebook.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De handleiding ontbreekt in deze versie van Carebook.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;&lt;b&gt;The articles are in English.&lt;/b&gt; The menus, buttons and messages are in your language. The articles, warning signs and sources are in English for now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;De artikelen zijn in het Engels.&lt;/b&gt; De menu’s, knoppen en meldingen zijn in het Nederlands. De artikelen, de waarschuwingssignalen en de bronnen zijn voorlopig in het Engels.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The articles are in English</source>
        <translation>De artikelen zijn in het Engels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Welcome to Carebook</source>
        <translation>Welkom bij Carebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h1&gt;Welcome to Carebook&lt;/h1&gt;&lt;p class=&quot;summary&quot;&gt;Self-care for back spasms, muscle cramps and stiffness: what helps, what to try at home, and when to get help.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Carebook is not a doctor.&lt;/b&gt; It gives general information, not medical advice, and it cannot tell what is wrong with you. If a warning sign applies to you, or you are worried, see a clinician. In an emergency, call your local emergency number.&lt;/p&gt;&lt;h2&gt;Where to start&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Pick your symptom in the list on the left.&lt;/li&gt;&lt;li&gt;Keep an eye on &lt;b&gt;When to seek care&lt;/b&gt; on the right: the warning signs for that symptom.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Ctrl+K&lt;/b&gt; to search, for example &lt;i&gt;cramp&lt;/i&gt; or &lt;i&gt;heat&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Ctrl+Shift+H&lt;/b&gt; to make a one-page home-care sheet to print, and &lt;b&gt;Ctrl+P&lt;/b&gt; to print the article you are reading.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Ctrl+Plus&lt;/b&gt; or &lt;b&gt;Ctrl+Minus&lt;/b&gt; to make the text larger or smaller.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Everything stays on this computer. Help ▸ User guide (F1) explains the rest; this welcome is in the Help menu too.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Welkom bij Carebook&lt;/h1&gt;&lt;p class=&quot;summary&quot;&gt;Zelfzorg bij rugspasmen, spierkrampen en stijfheid: wat helpt, wat je thuis kunt proberen en wanneer je hulp zoekt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Carebook is geen dokter.&lt;/b&gt; Het geeft algemene informatie, geen medisch advies. Het kan niet zeggen wat er met je aan de hand is. Past een waarschuwingssignaal bij jou, of maak je je zorgen? Ga dan naar een zorgverlener. Bel in een noodgeval het alarmnummer (in Nederland en België 112).&lt;/p&gt;&lt;h2&gt;Waar begin je?&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Kies je klacht in de lijst links.&lt;/li&gt;&lt;li&gt;Let op &lt;b&gt;Wanneer hulp zoeken&lt;/b&gt; rechts: de waarschuwingssignalen bij die klacht.&lt;/li&gt;&lt;li&gt;Druk op &lt;b&gt;Ctrl+K&lt;/b&gt; om te zoeken, bijvoorbeeld op &lt;i&gt;cramp&lt;/i&gt; of &lt;i&gt;heat&lt;/i&gt; (de artikelen zijn in het Engels).&lt;/li&gt;&lt;li&gt;Druk op &lt;b&gt;Ctrl+Shift+H&lt;/b&gt; om een thuiszorgplan van één pagina te maken en af te drukken. Druk op &lt;b&gt;Ctrl+P&lt;/b&gt; om het artikel af te drukken dat je leest.&lt;/li&gt;&lt;li&gt;Druk op &lt;b&gt;Ctrl+Plus&lt;/b&gt; of &lt;b&gt;Ctrl+Min&lt;/b&gt; om de tekst groter of kleiner te maken.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Alles blijft op deze computer. Help ▸ Handleiding (F1) legt de rest uit. Dit welkom vind je ook in het menu Help.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SheetBuilder</name>
    <message>
        <location filename="../../src/app/sheet/sheetbuilder.ui" line="+6"/>
        <source>Home-care sheet — Carebook</source>
        <translation>Thuiszorgplan — Carebook</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Symptom:</source>
        <translation>&amp;Klacht:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Optional</source>
        <translation>Niet verplicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tart date:</source>
        <translation>Start&amp;datum:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Large print (12 pt, up to two pages)</source>
        <translation>&amp;Grote letters (12 pt, hooguit twee pagina’s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints every word at 12 pt or more, for easier reading. The sheet may then take two pages.</source>
        <translation>Drukt elk woord af in 12 pt of groter, zodat het makkelijker leest. Het plan kan dan twee pagina’s worden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Include:</source>
        <translation>&amp;Opnemen:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The warning signs (“When to get help”) are always printed.</source>
        <translation>De waarschuwingssignalen (“Wanneer hulp zoeken”) worden altijd afgedrukt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>N&amp;otes:</source>
        <translation>No&amp;tities:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Notes printed on the sheet, such as a clinician&apos;s advice</source>
        <translation>Notities die op het plan worden afgedrukt, zoals het advies van een zorgverlener</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the sheet (Ctrl+P)</source>
        <translation>Het plan afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview the print (Ctrl+Shift+P)</source>
        <translation>Bekijk hoe het afgedrukt wordt (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als pd&amp;f…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the sheet as a PDF file (Ctrl+Shift+S)</source>
        <translation>Het plan opslaan als pdf-bestand (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save s&amp;heet</source>
        <translation>Plan op&amp;slaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this sheet to reopen and edit later (Ctrl+S)</source>
        <translation>Bewaar dit plan om het later weer te openen en te wijzigen (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>carebook::app::ArticlePrinter</name>
    <message>
        <location filename="../../src/app/print/articleprint.cpp" line="+39"/>
        <source>Carebook · content %1 · printed %2 · page %3 of %4</source>
        <translation>Carebook · inhoud %1 · afgedrukt op %2 · pagina %3 van %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Print article…</source>
        <translation>&amp;Artikel afdrukken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print this article with its warning signs</source>
        <translation>Dit artikel afdrukken, met de waarschuwingssignalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save article as P&amp;DF…</source>
        <translation>Artikel opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot print the article</source>
        <translation>Het artikel kan niet worden afgedrukt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print article</source>
        <translation>Artikel afdrukken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print preview: %1</source>
        <translation>Afdrukvoorbeeld: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save article as PDF</source>
        <translation>Artikel opslaan als pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>carebook::app::ArticleView</name>
    <message>
        <location filename="../../src/app/window/articleview.cpp" line="+21"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>carebook::app::BookmarksModel</name>
    <message>
        <location filename="../../src/app/userdata/bookmarkspane.cpp" line="+78"/>
        <source>&quot;%1&quot; is %2: the bookmark is kept, but there is nothing to open.</source>
        <translation>“%1” is %2: de bladwijzer blijft bewaard, maar er is niets om te openen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>carebook::app::BookmarksPane</name>
    <message>
        <location line="+34"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;note</source>
        <translation>&amp;Notitie bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all bookmarks and notes to a JSON file</source>
        <translation>Alle bladwijzers en notities opslaan in een JSON-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add bookmarks from a file made by Export; nothing is duplicated</source>
        <translation>Bladwijzers toevoegen uit een bestand dat met Exporteren is gemaakt; niets komt dubbel</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Read-only: %1</source>
        <translation>Alleen-lezen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is %2.</source>
        <translation>“%1” is %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bookmarks cannot be changed: %1</source>
        <translation>Bladwijzers kunnen niet worden gewijzigd: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Deleted %n bookmark(s).</source>
        <translation>
            <numerusform>%n bladwijzer verwijderd.</numerusform>
            <numerusform>%n bladwijzers verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export bookmarks</source>
        <translation>Bladwijzers exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carebook bookmarks (*.json)</source>
        <translation>Carebook-bladwijzers (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import bookmarks</source>
        <translation>Bladwijzers importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carebook bookmarks (*.json);;All files (*)</source>
        <translation>Carebook-bladwijzers (*.json);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>carebook::app::FindBar</name>
    <message>
        <location filename="../../src/app/find/findbar.cpp" line="+36"/>
        <source>Find:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find in this article</source>
        <translation>Zoeken in dit artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word or phrase</source>
        <translation>Woord of zin</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+66"/>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter or Shift+F3)</source>
        <translation>Vorige treffer (Shift+Enter of Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next match (Enter or F3)</source>
        <translation>Volgende treffer (Enter of F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the find bar (Esc)</source>
        <translation>De zoekbalk sluiten (Esc)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Find in article…</source>
        <translation>&amp;Zoeken in artikel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find a word in the article on screen (Ctrl+F)</source>
        <translation>Een woord zoeken in het artikel op het scherm (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;next</source>
        <translation>&amp;Volgende zoeken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find pre&amp;vious</source>
        <translation>Vo&amp;rige zoeken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the find bar</source>
        <translation>De zoekbalk sluiten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 of more than %2</source>
        <translation>%1 van meer dan %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Not found in this article</source>
        <translation>Niet gevonden in dit artikel</translation>
    </message>
</context>
<context>
    <name>carebook::app::FoodBarChart</name>
    <message>
        <location filename="../../src/app/foods/foodbarchart.cpp" line="+28"/>
        <source>Top foods chart</source>
        <translation>Grafiek van de beste voedingsmiddelen</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>
Double-click for its profile</source>
        <translation>
Dubbelklik voor alle voedingsstoffen</translation>
    </message>
</context>
<context>
    <name>carebook::app::FoodFinderLauncher</name>
    <message>
        <location filename="../../src/app/foods/foodfinderlauncher.cpp" line="+15"/>
        <source>&amp;Food finder…</source>
        <translation>&amp;Voedingsmiddelen zoeken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which foods give the most of a nutrient, per portion, with %DV (Ctrl+Shift+F)</source>
        <translation>Welke voedingsmiddelen het meest van een voedingsstof geven, per portie, met %DW (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This content database has no food data: the food finder is not available.</source>
        <translation>Deze inhoud heeft geen gegevens over voeding: Voedingsmiddelen zoeken is niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>carebook::app::FoodFinderWindow</name>
    <message>
        <location filename="../../src/app/foods/foodfinderwindow.cpp" line="+16"/>
        <source>Food finder — Carebook</source>
        <translation>Voedingsmiddelen zoeken — Carebook</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(one nutrient)</source>
        <translation>(één voedingsstof)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>portion (the portion people eat)</source>
        <translation>portie (wat mensen meestal eten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 g</source>
        <translation>100 g</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 kcal (nutrient density)</source>
        <translation>100 kcal (voedingsdichtheid)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All food groups</source>
        <translation>Alle voedselgroepen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%Ln food(s); hidden unless chosen)</source>
        <translation>
            <numerusform>%1 (%Ln voedingsmiddel; verborgen tenzij gekozen)</numerusform>
            <numerusform>%1 (%Ln voedingsmiddelen; verborgen tenzij gekozen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%Ln food(s))</source>
        <translation>
            <numerusform>%1 (%Ln voedingsmiddel)</numerusform>
            <numerusform>%1 (%Ln voedingsmiddelen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every kind together</source>
        <translation>Alle soorten samen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not pregnant or breastfeeding</source>
        <translation>niet zwanger of zogend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pregnant</source>
        <translation>zwanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breastfeeding</source>
        <translation>geeft borstvoeding</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>males %1</source>
        <translation>mannen %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>females %1</source>
        <translation>vrouwen %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Daily Value (food labels): &lt;b&gt;%1&lt;/b&gt; (the %DV column).</source>
        <translation>Dagwaarde (op etiketten): &lt;b&gt;%1&lt;/b&gt; (de kolom %DW).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no Daily Value on food labels.</source>
        <translation>geen dagwaarde op etiketten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your recommended intake (RDA/AI): &lt;b&gt;%1 a day&lt;/b&gt; (%2 for %3</source>
        <translation>Jouw aanbevolen hoeveelheid (ADH/AI): &lt;b&gt;%1 per dag&lt;/b&gt; (%2 voor %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; no separate value for pregnancy or breastfeeding, so the value for your age and sex</source>
        <translation>; geen aparte waarde bij zwangerschap of borstvoeding, dus de waarde voor je leeftijd en geslacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the “% your RDA/AI” column).</source>
        <translation>; de kolom “% jouw ADH/AI”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upper limit (UL): %1%2.</source>
        <translation>Bovengrens (UL): %1%2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No recommended intake in the reference data for %1.</source>
        <translation>Geen aanbevolen hoeveelheid in de referentiegegevens voor %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Single foods</source>
        <translation>Losse voedingsmiddelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mixed dishes, meals and baked desserts</source>
        <translation>Samengestelde gerechten, maaltijden en gebak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soups and stews</source>
        <translation>Soepen en stoofpotten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fortified and formulated products</source>
        <translation>Verrijkte en samengestelde producten</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>foods</source>
        <translation>voedingsmiddelen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>single foods</source>
        <translation>losse voedingsmiddelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mixed dishes and meals</source>
        <translation>samengestelde gerechten en maaltijden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>soups and stews</source>
        <translation>soepen en stoofpotten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fortified products</source>
        <translation>verrijkte producten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a nutrient.</source>
        <translation>Kies een voedingsstof.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Every kind of food</source>
        <translation>Alle soorten voedingsmiddelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 foods, %3 lines (similar entries folded).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 voedingsmiddelen, %3 regels (gelijke soorten samengevoegd).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listed apart: %1.</source>
        <translation>Apart vermeld: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 have no USDA value (no data, not zero)</source>
        <translation>%1 zonder USDA-waarde (geen gegevens, niet nul)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 are not eaten as they are or have no usable portion (rank them per 100 g)</source>
        <translation>%1 eet je niet zo of hebben geen bruikbare portie (rangschik die per 100 g)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 have under 10 kcal per 100 g</source>
        <translation>%1 met minder dan 10 kcal per 100 g</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 less common foods are hidden</source>
        <translation>%1 minder gangbare voedingsmiddelen verborgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the richest: %1, %2)</source>
        <translation> (de rijkste: %1, %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 spices and other foods eaten only in tiny amounts are hidden</source>
        <translation>%1 kruiden en andere dingen die je alleen in heel kleine hoeveelheden eet, verborgen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranked in %1 ms. Source: USDA SR28.</source>
        <translation>Gerangschikt in %1 ms. Bron: USDA SR28.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No food matches these filters.</source>
        <translation>Geen voedingsmiddel past bij deze filters.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (USDA %2)</source>
        <translation>%1 (USDA %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 DV %2</source>
        <translation>%1 DW %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2 DV</source>
        <translation>%1 · %2 DW</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Top %5 %1 for %2 and %3 %4: combined score (geometric mean of the %DVs)</source>
        <translation>Top %5 %1 voor %2 en %3 %4: gecombineerde score (meetkundig gemiddelde van de %DW’s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top %5 %1 for %2 %3, as % of the Daily Value (%4)</source>
        <translation>Top %5 %1 voor %2 %3, als % van de dagwaarde (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>20% DV: high</source>
        <translation>20% DW: hoog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top %5 %1 for %2 %3 (%4; no Daily Value)</source>
        <translation>Top %5 %1 voor %2 %3 (%4; geen dagwaarde)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Select the rows to copy first (Ctrl+A selects them all).</source>
        <translation>Kies eerst de regels die je wilt kopiëren (Ctrl+A kiest ze allemaal).</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Copied %n row(s) as tab-separated text.</source>
        <translation>
            <numerusform>%n regel gekopieerd als tekst met tabs.</numerusform>
            <numerusform>%n regels gekopieerd als tekst met tabs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/foods/foodfinderwindow_layout.cpp" line="+99"/>
        <source>Rank by two nutrients at once: the score is the geometric mean of both %DVs, each capped at 100%, so a food must supply a real share of each</source>
        <translation>Rangschik op twee voedingsstoffen tegelijk: de score is het meetkundig gemiddelde van beide %DW’s, elk tot hooguit 100%. Een voedingsmiddel moet dus van allebei een echt deel geven</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Single foods come first. Mixed dishes and meals, soups and stews, and fortified or formulated products each have their own list, never mixed in silently</source>
        <translation>Losse voedingsmiddelen komen eerst. Samengestelde gerechten en maaltijden, soepen en stoofpotten, en verrijkte of samengestelde producten hebben elk een eigen lijst en worden nooit stilletjes ertussen gezet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by name (Ctrl+F)</source>
        <translation>Filteren op naam (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter foods by name</source>
        <translation>Voedingsmiddelen filteren op naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the foods in the list whose name has these words</source>
        <translation>Toont alleen de voedingsmiddelen in de lijst met deze woorden in hun naam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nutrient:</source>
        <translation>&amp;Voedingsstof:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;and:</source>
        <translation>&amp;en:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Per:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how:</source>
        <translation>&amp;Toon:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The Daily Value on food labels is the same for everyone aged 4 and over; your recommended intake (RDA, or AI where there is no RDA) depends on your age, sex and life stage</source>
        <translation>De dagwaarde op etiketten is voor iedereen vanaf 4 jaar hetzelfde. Jouw aanbevolen hoeveelheid (ADH, of AI als er geen ADH is) hangt af van je leeftijd, geslacht en levensfase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;less common</source>
        <translation>min&amp;der gangbaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list foods USDA does not use for its national food survey of what people eat and that no other rule counts as commonly eaten (conch, cottonseed kernels)</source>
        <translation>Ook voedingsmiddelen tonen die de USDA niet gebruikt in haar landelijke onderzoek naar wat mensen eten, en die ook geen andere regel als gangbaar telt (zeeslak, katoenzaad)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;tiny amounts</source>
        <translation>&amp;kleine hoeveelheden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list foods eaten only a pinch or a spoonful at a time (spices, dried herbs, baking powder, salt: a usual portion under 5 g). Per 100 g they look rich, but nobody eats 100 g of them</source>
        <translation>Ook dingen tonen die je per snufje of lepel eet (specerijen, gedroogde kruiden, bakpoeder, zout: een gewone portie onder 5 g). Per 100 g lijken ze rijk, maar niemand eet er 100 g van</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;brand, baby, restaurant</source>
        <translation>&amp;merk, baby, restaurant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list brand-name foods, baby foods and restaurant or fast-food items</source>
        <translation>Ook merkproducten, babyvoeding en gerechten uit restaurants of fastfood tonen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your &amp;age:</source>
        <translation>Je &amp;leeftijd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sex:</source>
        <translation>Ge&amp;slacht:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also list:</source>
        <translation>Ook tonen:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Foods</source>
        <translation>Voedingsmiddelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The foods richest in the chosen nutrient, best first; the food you move to has its nutrients shown beside the list</source>
        <translation>De voedingsmiddelen die het rijkst zijn aan de gekozen voedingsstof, de beste eerst; van het voedingsmiddel waar je naartoe gaat, zie je de voedingsstoffen naast de lijst</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Copy rows</source>
        <translation>&amp;Rijen kopiëren</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Look up a food: banana, spinach boiled, almonds… (Ctrl+L)</source>
        <translation>Zoek een voedingsmiddel op, in het Engels: banana, spinach boiled, almonds… (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look up a food</source>
        <translation>Een voedingsmiddel opzoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a food&apos;s name to see all its nutrients</source>
        <translation>Typ de naam van een voedingsmiddel om alle voedingsstoffen te zien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Food nutrients</source>
        <translation>Voedingsstoffen van het voedingsmiddel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p class=&quot;muted&quot;&gt;Select a food in the list, double-click a bar, or look a food up by name to see all its nutrients per 100 g and per portion.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Kies een voedingsmiddel in de lijst, dubbelklik op een balk of zoek een voedingsmiddel op naam op. Je ziet dan alle voedingsstoffen per 100 g en per portie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;p&gt;No food matches “%1”. Try fewer words or another spelling.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Geen voedingsmiddel past bij “%1”. Probeer minder woorden of een andere spelling (in het Engels).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>carebook::app::FoodTableModel</name>
    <message>
        <location filename="../../src/app/foods/foodtablemodel.cpp" line="+167"/>
        <source>Food</source>
        <translation>Voedingsmiddel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Food group</source>
        <translation>Voedselgroep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portion</source>
        <translation>Portie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grams</source>
        <translation>Gram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %DV</source>
        <translation>%1 %DW</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%DV (label)</source>
        <translation>%DW (etiket)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% your RDA/AI %1</source>
        <translation>% jouw ADH/AI %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% your RDA/AI</source>
        <translation>% jouw ADH/AI</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (+%2 similar)</source>
        <translation>%1 (+%2 vergelijkbaar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (+%2 similar: %3)</source>
        <translation>%1 (+%2 vergelijkbaar: %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
USDA %2 · %3</source>
        <translation>%1
USDA %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This line also stands for %n similar USDA entries (other varieties).</source>
        <translation>
            <numerusform>Deze regel staat ook voor %n vergelijkbaar USDA-item (een andere variant).</numerusform>
            <numerusform>Deze regel staat ook voor %n vergelijkbare USDA-items (andere varianten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This line also stands for %n similar USDA entries: %1.</source>
        <translation>
            <numerusform>Deze regel staat ook voor %n vergelijkbaar USDA-item: %1.</numerusform>
            <numerusform>Deze regel staat ook voor %n vergelijkbare USDA-items: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Percent of the food-label Daily Value, %1 (the same for everyone aged 4 and over)</source>
        <translation>Procent van de dagwaarde op het etiket, %1 (voor iedereen vanaf 4 jaar hetzelfde)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Percent of your recommended intake (RDA, or AI where there is no RDA), %1 a day</source>
        <translation>Procent van jouw aanbevolen hoeveelheid (ADH, of AI als er geen ADH is), %1 per dag</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Geometric mean of each nutrient&apos;s %DV, each capped at 100%: high only when the food supplies a real share of every nutrient</source>
        <translation>Meetkundig gemiddelde van de %DW van elke voedingsstof, elk tot hooguit 100%: alleen hoog als het voedingsmiddel van elke voedingsstof een echt deel geeft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily Value (food labels): the FDA&apos;s single reference for everyone aged 4 and over</source>
        <translation>Dagwaarde (op etiketten): de ene referentie van de FDA voor iedereen vanaf 4 jaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your recommended intake (RDA/AI) for the age group, sex and life stage you chose</source>
        <translation>Jouw aanbevolen hoeveelheid (ADH/AI) voor de leeftijdsgroep, het geslacht en de levensfase die je koos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portion people usually eat, picked from the USDA household portions</source>
        <translation>De portie die mensen meestal eten, gekozen uit de huishoudelijke porties van de USDA</translation>
    </message>
</context>
<context>
    <name>carebook::app::MainWindow</name>
    <message>
        <location filename="../../src/app/window/mainwindow.cpp" line="+68"/>
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every article, under its kind: symptoms, remedies, causes, nutrients, questions and about</source>
        <translation>Alle artikelen, per soort: klachten, behandelingen, oorzaken, voedingsstoffen, vragen en over Carebook</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Content %1 · reviewed %2 · %n article(s)</source>
        <translation>
            <numerusform>Inhoud %1 · nagekeken op %2 · %n artikel</numerusform>
            <numerusform>Inhoud %1 · nagekeken op %2 · %n artikelen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the previous article (Alt+Left)</source>
        <translation>Terug naar het vorige artikel (Alt+Links)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vooruit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward (Alt+Right)</source>
        <translation>Vooruit (Alt+Rechts)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to &amp;navigation</source>
        <translation>Naar de &amp;navigatie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Normal size</source>
        <translation>&amp;Normale grootte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;System</source>
        <translation>&amp;Systeem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Welcome and disclaimer</source>
        <translation>&amp;Welkom en voorbehoud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Carebook</source>
        <translation>&amp;Over Carebook</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text size</source>
        <translation>&amp;Tekstgrootte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Panes</source>
        <translation>&amp;Panelen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Normal size (now %1 %)</source>
        <translation>&amp;Normale grootte (nu %1 %)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No article &quot;%1&quot; in this edition</source>
        <translation>Geen artikel “%1” in deze uitgave</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Article: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>About Carebook</source>
        <translation>Over Carebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Carebook %1&lt;/h3&gt;&lt;p&gt;An offline self-care reference for back spasms, muscle cramps and stiffness.&lt;/p&gt;&lt;p&gt;Content %2, reviewed %3.&lt;/p&gt;&lt;p&gt;Carebook gives general information, not medical advice. If you are worried, or a warning sign applies to you, see a clinician.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Carebook %1&lt;/h3&gt;&lt;p&gt;Een naslagwerk voor zelfzorg bij rugspasmen, spierkrampen en stijfheid, dat zonder internet werkt.&lt;/p&gt;&lt;p&gt;Inhoud %2, nagekeken op %3. De artikelen zijn in het Engels.&lt;/p&gt;&lt;p&gt;Carebook geeft algemene informatie, geen medisch advies. Maak je je zorgen, of past een waarschuwingssignaal bij jou? Ga dan naar een zorgverlener.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>carebook::app::PainChart</name>
    <message>
        <location filename="../../src/app/plan/painchart.cpp" line="+49"/>
        <source>Pain and sessions over the days of the plan</source>
        <translation>Pijn en sessies over de dagen van het schema</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Day %1, %2:</source>
        <translation>Dag %1, %2:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no pain score</source>
        <translation>geen pijnscore</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>pain %1 (%n score(s))</source>
        <translation>
            <numerusform>pijn %1 (%n score)</numerusform>
            <numerusform>pijn %1 (%n scores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n session(s) done</source>
        <translation>
            <numerusform>%n sessie gedaan</numerusform>
            <numerusform>%n sessies gedaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stopped early</source>
        <translation>
            <numerusform>%n eerder gestopt</numerusform>
            <numerusform>%n eerder gestopt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pain (0–10)</source>
        <translation>Pijn (0–10)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line: pain, average of the day · dots: each score · bars: sessions done</source>
        <translation>Lijn: pijn, gemiddelde van de dag · stippen: elke score · balken: gedane sessies</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
</context>
<context>
    <name>carebook::app::PlanReminder</name>
    <message>
        <location filename="../../src/app/plan/planreminder.cpp" line="+68"/>
        <source>Carebook: %1 now</source>
        <translation>Carebook: nu %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 at %2, %n minute(s). Check your skin when it ends. Never sleep on a heating pad.</source>
        <translation>
            <numerusform>%1 om %2, %n minuut. Kijk naar je huid als het klaar is. Val nooit in slaap op een warmtekussen.</numerusform>
            <numerusform>%1 om %2, %n minuten. Kijk naar je huid als het klaar is. Val nooit in slaap op een warmtekussen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at %2. Open Today&apos;s plan (Ctrl+T) to follow it with the timer.</source>
        <translation>%1 om %2. Open Schema voor vandaag (Ctrl+T) om het met de timer te volgen.</translation>
    </message>
</context>
<context>
    <name>carebook::app::ReadAloud</name>
    <message>
        <location filename="../../src/app/speech/readaloud.cpp" line="+31"/>
        <location line="+183"/>
        <source>Read &amp;aloud</source>
        <translation>Voo&amp;rlezen</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+184"/>
        <source>&amp;Pause reading</source>
        <translation>Voorlezen &amp;pauzeren</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>&amp;Stop reading</source>
        <translation>Voorlezen &amp;stoppen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the speech engine did not answer; check that “spd-say hello” speaks</source>
        <translation>het spraakprogramma gaf geen antwoord; kijk of “spd-say hello” iets zegt</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+58"/>
        <source>no speech engine is installed</source>
        <translation>er is geen spraakprogramma geïnstalleerd</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Nothing to read aloud here</source>
        <translation>Hier is niets om voor te lezen</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+65"/>
        <source>Starting the speech engine…</source>
        <translation>Het spraakprogramma start…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Reading aloud again</source>
        <translation>Opnieuw voorlezen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading paused</source>
        <translation>Voorlezen gepauzeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading stopped</source>
        <translation>Voorlezen gestopt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read aloud needs a speech engine. Install speech-dispatcher and espeak-ng, then start Carebook again.</source>
        <translation>Voorlezen heeft een spraakprogramma nodig. Installeer speech-dispatcher en espeak-ng en start Carebook opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Here: %1.)</source>
        <translation>(Hier: %1.)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Read &amp;aloud (needs a speech engine)</source>
        <translation>Voo&amp;rlezen (heeft een spraakprogramma nodig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the selected text aloud, or else the article, its warning signs first (%1)</source>
        <translation>De gekozen tekst voorlezen, of anders het artikel, met eerst de waarschuwingssignalen (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resume reading</source>
        <translation>Voorlezen &amp;hervatten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading aloud (%1 pauses)</source>
        <translation>Voorlezen (%1 pauzeert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading paused (%1 resumes)</source>
        <translation>Voorlezen gepauzeerd (%1 gaat verder)</translation>
    </message>
</context>
<context>
    <name>carebook::app::RedFlagPanel</name>
    <message>
        <location filename="../../src/app/window/redflagpanel.cpp" line="+68"/>
        <location line="+30"/>
        <source>When to seek care</source>
        <translation>Wanneer hulp zoeken</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>When to seek care: %1</source>
        <translation>Wanneer hulp zoeken: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %n sign(s). %2</source>
        <translation>
            <numerusform>%1: %n signaal. %2</numerusform>
            <numerusform>%1: %n signalen. %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a symptom to see its warning signs.</source>
        <translation>Kies een klacht om de waarschuwingssignalen te zien.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;p&gt;Choose a symptom to see its warning signs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kies een klacht om de waarschuwingssignalen te zien.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>carebook::app::SavedSheetsModel</name>
    <message>
        <location filename="../../src/app/userdata/bookmarkspane.cpp" line="+71"/>
        <source>Sheet</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symptom</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>carebook::app::SavedSheetsPane</name>
    <message>
        <location line="+12"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>carebook::app::SearchModel</name>
    <message>
        <location filename="../../src/app/search/searchmodel.cpp" line="+37"/>
        <source>Symptom</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remedy</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nutrient</source>
        <translation>Voedingsstof</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Food</source>
        <translation>Voedingsmiddel</translation>
    </message>
</context>
<context>
    <name>carebook::app::SearchPanel</name>
    <message>
        <location filename="../../src/app/search/searchpanel.cpp" line="+142"/>
        <source>Search, e.g. cramp, ice or heat (Ctrl+K)</source>
        <translation>Zoeken, in het Engels: cramp, ice, heat… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Foods</source>
        <translation>Voedingsmiddelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show results of this kind</source>
        <translation>Resultaten van deze soort tonen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Toon:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>&amp;Search…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search every article (Ctrl+K)</source>
        <translation>Zoeken in alle artikelen (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Search is not available: %1</source>
        <translation>Zoeken is niet beschikbaar: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No food is named “%1”. Try one word of its name, such as “banana” or “salmon”.</source>
        <translation>Geen voedingsmiddel heet “%1”. Probeer één woord van de Engelse naam, zoals “banana” of “salmon”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No articles match “%1”; these foods are named by it.</source>
        <translation>Geen artikelen passen bij “%1”; deze voedingsmiddelen hebben het in hun naam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No articles match “%1”.</source>
        <translation>Geen artikelen passen bij “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No %1 match “%2”.</source>
        <translation>Geen %1 passen bij “%2”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try fewer or simpler words, such as “cramp” or “ice”.</source>
        <translation>Probeer minder of eenvoudiger woorden, in het Engels, zoals “cramp” of “ice”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Did you mean %1?</source>
        <translation>Bedoelde je %1?</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Showing results for %1.</source>
        <translation>Resultaten voor %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No article has every word; these have some of them.</source>
        <translation>Geen artikel heeft alle woorden; deze hebben er een paar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No results</source>
        <translation>Geen resultaten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n result(s); the first is %1</source>
        <translation>
            <numerusform>%n resultaat; het eerste is %1</numerusform>
            <numerusform>%n resultaten; het eerste is %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carebook::app::SearchWorker</name>
    <message>
        <location filename="../../src/app/search/searchworker.cpp" line="+54"/>
        <source>the content could not be searched (%1)</source>
        <translation>de inhoud kon niet worden doorzocht (%1)</translation>
    </message>
</context>
<context>
    <name>carebook::app::SessionController</name>
    <message>
        <location filename="../../src/app/plan/sessioncontroller.cpp" line="+11"/>
        <source>Repetition %1 of %2</source>
        <translation>Herhaling %1 van %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, set %2 of %3</source>
        <translation>%1, reeks %2 van %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, first side</source>
        <translation>%1, eerste kant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, other side</source>
        <translation>%1, andere kant</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Get ready.</source>
        <translation>Maak je klaar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cold pack on for %1.</source>
        <translation>Koud kompres erop, %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heat on for %1.</source>
        <translation>Warmte erop, %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a cloth between the pack and your skin.</source>
        <translation>Houd een doek tussen het kompres en je huid.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never fall asleep on a heating pad.</source>
        <translation>Val nooit in slaap op een warmtekussen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One minute left.</source>
        <translation>Nog één minuut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time is up. Take the cold pack off now.</source>
        <translation>De tijd is om. Haal het koude kompres er nu af.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time is up. Take the heat off now.</source>
        <translation>De tijd is om. Haal de warmte er nu af.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check your skin. Stop if it looks or feels damaged.</source>
        <translation>Kijk naar je huid. Stop als die er beschadigd uitziet of zo voelt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Well done. That is every set.</source>
        <translation>Goed gedaan. Dat waren alle reeksen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session done.</source>
        <translation>Sessie klaar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped early.</source>
        <translation>Eerder gestopt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold for %1.</source>
        <translation>Houd dit %1 vast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do it once, slowly.</source>
        <translation>Doe het één keer, langzaam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch sides.</source>
        <translation>Wissel van kant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest for %1.</source>
        <translation>Rust %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then set %1 of %2.</source>
        <translation>Daarna reeks %1 van %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused. Press Space to go on.</source>
        <translation>Gepauzeerd. Druk op de spatiebalk om door te gaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Going on.</source>
        <translation>We gaan door.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped.</source>
        <translation>Overgeslagen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Keep a cloth between the ice and your skin.</source>
        <translation>Houd een doek tussen het ijs en je huid.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Never more than 20 minutes at a time.</source>
        <translation>Nooit langer dan 20 minuten achter elkaar.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Check your skin when you take the pack off.</source>
        <translation>Kijk naar je huid als je het kompres eraf haalt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never fall asleep on a heating pad or with a hot water bottle.</source>
        <translation>Val nooit in slaap op een warmtekussen of met een kruik.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It should feel warm, not hot.</source>
        <translation>Het moet warm aanvoelen, niet heet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your skin when you take it off.</source>
        <translation>Kijk naar je huid als je het eraf haalt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and breathe. Stop if the pain gets worse or spreads.</source>
        <translation>Beweeg langzaam en adem rustig. Stop als de pijn erger wordt of zich uitbreidt.</translation>
    </message>
</context>
<context>
    <name>carebook::app::SessionPanel</name>
    <message>
        <location filename="../../src/app/plan/sessionpanel.cpp" line="+78"/>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time left in this step</source>
        <translation>Resterende tijd in deze stap</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+131"/>
        <source>&amp;Pause (Space)</source>
        <translation>Pa&amp;uze (spatie)</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>&amp;Skip (S)</source>
        <translation>Over&amp;slaan (S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top (Esc)</source>
        <translation>S&amp;toppen (Esc)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No score</source>
        <translation>Geen score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain now, from 0 (none) to 10 (worst imaginable); optional</source>
        <translation>Pijn nu, van 0 (geen) tot 10 (de ergste die je je kunt voorstellen); niet verplicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: how it went</source>
        <translation>Niet verplicht: hoe het ging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to the log</source>
        <translation>Opslaan in het logboek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pain now (0–10):</source>
        <translation>&amp;Pijn nu (0–10):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>nog %n seconde</numerusform>
            <numerusform>nog %n seconden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Go &amp;on (Space)</source>
        <translation>&amp;Doorgaan (spatie)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done: %1.</source>
        <translation>Klaar: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped early: %1.</source>
        <translation>Eerder gestopt: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How is your pain now? A score helps you see how the plan goes.</source>
        <translation>Hoeveel pijn heb je nu? Een score helpt je te zien hoe het schema gaat.</translation>
    </message>
</context>
<context>
    <name>carebook::app::SettingsDialog</name>
    <message>
        <location filename="../../src/app/settings/settingsdialog.cpp" line="+50"/>
        <source>Settings — Carebook</source>
        <translation>Instellingen — Carebook</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+6"/>
        <source>System (follow the desktop)</source>
        <translation>Systeem (volgt de computer)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This run uses the language given with --lang. A language chosen here applies the next time Carebook starts. The articles are in English in every language.</source>
        <translation>Nu geldt de taal die met --lang is gegeven. Een taal die je hier kiest, geldt vanaf de volgende keer dat Carebook start. De artikelen zijn in elke taal in het Engels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language applies the next time Carebook starts. The articles are in English in every language.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende keer dat Carebook start. De artikelen zijn in elke taal in het Engels.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>From my region</source>
        <translation>Zoals in mijn regio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a &amp;history of what I read</source>
        <translation>&amp;Houd een geschiedenis bij van wat ik lees</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remind me of each session of my plan while Carebook is open</source>
        <translation>He&amp;rinner me aan elke sessie van mijn schema zolang Carebook open is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A notification at the time of each cold, heat or exercise session of Today&apos;s plan. Nothing is sent anywhere.</source>
        <translation>Een melding op het tijdstip van elke sessie met kou, warmte of oefeningen van Schema voor vandaag. Er wordt niets verstuurd.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Slow</source>
        <translation>Langzaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little slow</source>
        <translation>Wat langzaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little fast</source>
        <translation>Wat snel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>Snel</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Te&amp;xt size:</source>
        <translation>Te&amp;kstgrootte:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sheets, history and reminders</source>
        <translation>Thuiszorgplannen, geschiedenis en herinneringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paper for sheets:</source>
        <translation>&amp;Papier voor thuiszorgplannen:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Food finder: how much you need</source>
        <translation>Voedingsmiddelen zoeken: hoeveel je nodig hebt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Age group:</source>
        <translation>Leeftij&amp;dsgroep:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Geslacht:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading spee&amp;d:</source>
        <translation>Voorlees&amp;snelheid:</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>This run uses the theme given with --theme. Your saved theme is “%1”. Choose a theme here to save it and use it now.</source>
        <translation>Nu geldt het thema dat met --theme is gegeven. Je opgeslagen thema is “%1”. Kies hier een thema om het op te slaan en meteen te gebruiken.</translation>
    </message>
</context>
<context>
    <name>carebook::app::SheetBuilder</name>
    <message>
        <location filename="../../src/app/sheet/sheetbuilder.cpp" line="+132"/>
        <source>Include</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to put on the sheet, by part of the plan; Space ticks</source>
        <translation>Wat er op het thuiszorgplan komt, per onderdeel; de spatiebalk vinkt aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet choices</source>
        <translation>Keuzes voor het plan</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Not in this content edition, left out: %1.</source>
        <translation>Niet in deze uitgave van de inhoud, weggelaten: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The saved sheet was for &quot;%1&quot;, which this content edition does not have.</source>
        <translation>Het opgeslagen plan was voor “%1”, maar dat staat niet in deze uitgave van de inhoud.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Does not fit: %1</source>
        <translation>Past niet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text %1 pt</source>
        <translation>tekst %1 pt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits on one %1 page (%2% full), %3.</source>
        <translation>Past op één %1-pagina (%2% vol), %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Fits on %n %1 pages, %2.</source>
        <translation>
            <numerusform>Past op %n %1-pagina, %2.</numerusform>
            <numerusform>Past op %n %1-pagina’s, %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smaller text than usual, to fit one page: include fewer items, or choose Large print.</source>
        <translation>Kleinere tekst dan gewoonlijk, zodat het op één pagina past: neem minder onderdelen op of kies Grote letters.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Print home-care sheet</source>
        <translation>Thuiszorgplan afdrukken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The sheet was not printed: %1</source>
        <translation>Het plan is niet afgedrukt: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print preview — home-care sheet</source>
        <translation>Afdrukvoorbeeld — thuiszorgplan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save sheet as PDF</source>
        <translation>Plan opslaan als pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The PDF was not saved: %1</source>
        <translation>De pdf is niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>carebook::app::SheetLauncher</name>
    <message>
        <location filename="../../src/app/sheet/sheetlauncher.cpp" line="+15"/>
        <source>Home-care &amp;sheet…</source>
        <translation>&amp;Thuiszorgplan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a one-page home-care plan for this symptom to print or save (Ctrl+Shift+H)</source>
        <translation>Maak een thuiszorgplan van één pagina voor deze klacht, om af te drukken of op te slaan (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sheet saved: %1</source>
        <translation>Plan opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The saved sheet &quot;%1&quot; cannot be opened: %2</source>
        <translation>Het opgeslagen plan “%1” kan niet worden geopend: %2</translation>
    </message>
</context>
<context>
    <name>carebook::app::SpeechWorker</name>
    <message>
        <location filename="../../src/app/speech/qtspeechoutput.cpp" line="+48"/>
        <source>the speech engine has no voice</source>
        <translation>het spraakprogramma heeft geen stem</translation>
    </message>
</context>
<context>
    <name>carebook::app::TodayLauncher</name>
    <message>
        <location filename="../../src/app/plan/todaylauncher.cpp" line="+19"/>
        <source>&amp;Today&apos;s plan…</source>
        <translation>&amp;Schema voor vandaag…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today&apos;s sessions of your plan, with a timer to follow them (Ctrl+T)</source>
        <translation>De sessies van je schema voor vandaag, met een timer om ze te volgen (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Carebook: reminders of your plan</source>
        <translation>Carebook: herinneringen aan je schema</translation>
    </message>
</context>
<context>
    <name>carebook::app::TodayModel</name>
    <message>
        <location filename="../../src/app/plan/todaymodel.cpp" line="+13"/>
        <source>Cold</source>
        <translation>Kou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat</source>
        <translation>Warmte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped early</source>
        <translation>Eerder gestopt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not done</source>
        <translation>Niet gedaan</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>carebook::app::TodayWindow</name>
    <message>
        <location filename="../../src/app/plan/todaywindow.cpp" line="+38"/>
        <source>Today&apos;s plan — Carebook</source>
        <translation>Schema voor vandaag — Carebook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The symptom the plan is for</source>
        <translation>De klacht waarvoor het schema is</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a &amp;new plan now</source>
        <translation>&amp;Nieuw schema starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Plan for:</source>
        <translation>&amp;Schema voor:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Today&apos;s sessions: press Enter to start the selected one</source>
        <translation>De sessies van vandaag: druk op Enter om de gekozen sessie te starten</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No plan yet</source>
        <translation>Nog geen schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the symptom and press “Start a new plan now”. The plan starts from this minute: cold or heat and stretches at set times, with a timer to follow.</source>
        <translation>Kies de klacht en druk op “Nieuw schema starten”. Het schema begint nu meteen: kou of warmte en rekoefeningen op vaste tijden, met een timer om te volgen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the plan ran for %2 days from %3</source>
        <translation>%1: het schema liep %2 dagen vanaf %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a new plan if you still need one. If you are no better after a few weeks, see a doctor, nurse or physio.</source>
        <translation>Start een nieuw schema als je het nog nodig hebt. Gaat het na een paar weken niet beter, ga dan naar een huisarts, verpleegkundige of fysiotherapeut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · day %2 of %3 · %4</source>
        <translation>%1 · dag %2 van %3 · %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: %1 at %2. Press Enter to start it now.</source>
        <translation>Hierna: %1 om %2. Druk op Enter om nu te beginnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing at a set time today.</source>
        <translation>Vandaag niets op een vaste tijd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing more today. Well done.</source>
        <translation>Vandaag niets meer. Goed gedaan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drawing: %1</source>
        <translation>Tekening: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved to the log.</source>
        <translation>Opgeslagen in het logboek.</translation>
    </message>
</context>
<context>
    <name>carebook::app::UserData</name>
    <message>
        <location filename="../../src/app/userdata/userdata.cpp" line="+57"/>
        <location line="+68"/>
        <location line="+12"/>
        <source>Carebook could not read your saved data (%1): %2.</source>
        <translation>Carebook kon je opgeslagen gegevens niet lezen (%1): %2.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1. Nothing was imported (a bookmarks file is a regular file of at most %2 MiB).</source>
        <translation>%1. Er is niets geïmporteerd (een bladwijzerbestand is een gewoon bestand van hooguit %2 MiB).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1: %2 new, %3 updated, %4 already there.</source>
        <translation>%1 geïmporteerd: %2 nieuw, %3 bijgewerkt, %4 waren er al.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n bookmark(s) to %1.</source>
        <translation>
            <numerusform>%n bladwijzer geëxporteerd naar %1.</numerusform>
            <numerusform>%n bladwijzers geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carebook::app::UserDataUi</name>
    <message>
        <location filename="../../src/app/userdata/userdataui.cpp" line="+79"/>
        <source>Your data is read-only</source>
        <translation>Je gegevens zijn alleen-lezen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bookmark</source>
        <translation>Bladwijzer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export bookmarks…</source>
        <translation>Bladwijzers &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import bookmarks…</source>
        <translation>Bladwijzers &amp;importeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear history</source>
        <translation>Geschiedenis &amp;wissen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep no history</source>
        <translation>&amp;Geen geschiedenis bijhouden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record nothing of what you read (and clear the history now); Back and Forward still work while Carebook is open</source>
        <translation>Niets bijhouden van wat je leest (en de geschiedenis nu wissen); Terug en Vooruit werken nog zolang Carebook open is</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+41"/>
        <source>Bookmarks</source>
        <translation>Bladwijzers</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+50"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+59"/>
        <source>Saved sheets</source>
        <translation>Opgeslagen plannen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Bookmarks</source>
        <translation>Bladwij&amp;zers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hi&amp;story</source>
        <translation>Geschiedeni&amp;s</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Bookmarks cannot be changed: %1</source>
        <translation>Bladwijzers kunnen niet worden gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the bookmark on this article (Ctrl+D)</source>
        <translation>De bladwijzer bij dit artikel weghalen (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark this article (Ctrl+D)</source>
        <translation>Een bladwijzer bij dit artikel zetten (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bookmarked &quot;%1&quot;.</source>
        <translation>Bladwijzer gezet bij “%1”.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed the bookmark on &quot;%1&quot;.</source>
        <translation>Bladwijzer bij “%1” weggehaald.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History cleared; Carebook will keep none.</source>
        <translation>Geschiedenis gewist; Carebook houdt geen geschiedenis meer bij.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carebook will keep the history of what you read.</source>
        <translation>Carebook houdt weer bij wat je leest.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History cleared.</source>
        <translation>Geschiedenis gewist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>Carebook</source>
        <translation>Carebook</translation>
    </message>
</context>
</TS>
