package nl.bncfiche.testing.internal;

import java.util.List;

/**
 * Sentence templates per part of the fiche, invented for this project. Placeholders are filled by
 * {@link ProseWriter}: {@code {v}}/{@code {V}} the instrument ("de mededeling"), {@code {o}} the
 * topic, {@code {veld}} the policy field, {@code {art}} the treaty article, {@code {bs}} the kind
 * of competence, {@code {raad}} the Council formation, {@code {ep}} the EP committee, {@code {uit}}
 * the Dutch body, {@code {j}} the year, {@code {jv}} an earlier and {@code {jn}} a later year,
 * {@code {n}} and {@code {k}} small numbers, {@code {p}} a percentage, {@code {m}} an amount,
 * {@code {mfk}} the multiannual financial framework's period.
 */
final class Zinnen {
  private Zinnen() {}

  static final List<String> ESSENTIE_OPENING =
      List.of(
          "Met {v} wil de Commissie de Europese aanpak van {o} versterken.",
          "{V} richt zich op {o} en volgt op een evaluatie van de bestaande regels uit {jv}.",
          "De Commissie presenteert in {v} haar plannen op het gebied van {o}.",
          "Aanleiding voor {v} is de vaststelling van de Commissie dat de aanpak van {o} in de Unie versnipperd is.",
          "{V} maakt deel uit van het werkprogramma van de Commissie voor {j} en gaat over {o}.");

  static final List<String> ESSENTIE =
      List.of(
          "De Commissie stelt dat lidstaten op dit moment sterk uiteenlopende regels hanteren.",
          "Volgens de Commissie leidt dit tot onnodige kosten voor bedrijven die in meerdere lidstaten actief zijn.",
          "{V} bevat {n} concrete maatregelen die uiterlijk in {jn} moeten zijn uitgevoerd.",
          "Daarnaast wil de Commissie een Europees coördinatiepunt oprichten dat lidstaten bij de uitvoering ondersteunt.",
          "Lidstaten moeten binnen {n} maanden een nationaal contactpunt aanwijzen.",
          "De Commissie wil de rapportageverplichtingen voor kleine ondernemingen met ongeveer {p} procent verminderen.",
          "Ook komt er een gemeenschappelijk digitaal register, zodat gegevens maar één keer hoeven te worden aangeleverd.",
          "De Commissie kondigt aan in {jn} te onderzoeken of aanvullende maatregelen nodig zijn.",
          "Er komt een expertgroep waarin lidstaten, toezichthouders en belanghebbenden zitting hebben.",
          "De Commissie benadrukt het belang van samenwerking met derde landen bij {o}.",
          "De voorgestelde maatregelen moeten bijdragen aan een gelijk speelveld binnen de Unie.",
          "De Commissie wil middelen uit bestaande programma's gerichter inzetten voor grensoverschrijdende projecten.",
          "{V} bouwt voort op eerdere initiatieven van de Commissie op het terrein van {veld}.",
          "Daarbij maakt de Commissie onderscheid tussen maatregelen op korte termijn en structurele maatregelen.",
          "Volgens cijfers van de Commissie is het aantal meldingen sinds {jv} met ruim {p} procent gestegen.",
          "Nationale autoriteiten krijgen de taak om jaarlijks over de voortgang te rapporteren.",
          "Tot slot voorziet {v} in een evaluatie {k} jaar na de start van de uitvoering.");

  static final List<String> ESSENTIE_LIJST_INLEIDING =
      List.of(
          "{V} bevat onder meer de volgende onderdelen:",
          "De Commissie noemt daarbij de volgende prioriteiten:");

  static final List<String> ESSENTIE_LIJST =
      List.of(
          "een gemeenschappelijke definitie van {o}",
          "minimumeisen voor de kwaliteit van gegevens",
          "een meldplicht bij ernstige incidenten",
          "een jaarlijkse rapportage door de lidstaten",
          "steun voor proefprojecten in grensregio's",
          "een Europees platform voor kennisuitwisseling",
          "eenvoudiger procedures voor kleine ondernemingen",
          "nauwere samenwerking tussen nationale toezichthouders");

  static final List<String> INZET_LIJST_INLEIDING =
      List.of(
          "Het kabinet zet in het bijzonder in op:",
          "In de onderhandelingen zal het kabinet vooral aandacht vragen voor:");

  static final List<String> INZET_LIJST =
      List.of(
          "realistische termijnen voor de uitvoering",
          "heldere afspraken over de financiering",
          "beperking van de administratieve lasten voor het mkb",
          "voldoende ruimte voor nationale invulling",
          "een goede aansluiting bij bestaande registers");

  static final List<String> BELEID =
      List.of(
          "Nederland zet zich al geruime tijd in voor een doelmatige aanpak van {o}.",
          "Het kabinet heeft zijn beleid op het terrein van {veld} in {jv} uiteengezet in een brief aan de Kamer.",
          "Het nationale beleid is gericht op heldere regels, goede uitvoerbaarheid en zo min mogelijk administratieve lasten.",
          "In Nederland ligt de uitvoering grotendeels bij medeoverheden en uitvoeringsorganisaties.",
          "Het kabinet hecht aan een Europese aanpak waar grensoverschrijdende problemen daarom vragen.",
          "Tegelijk vindt het kabinet dat nationale keuzes op dit terrein mogelijk moeten blijven.",
          "Sinds {jv} loopt er een nationaal programma dat bedrijven en overheden ondersteunt bij {o}.",
          "Nederland heeft de afgelopen jaren in {n} regio's ervaring opgedaan met proeven.",
          "Het kabinet werkt daarbij nauw samen met gemeenten, provincies en waterschappen.",
          "Het beleid wordt regelmatig geëvalueerd; de laatste evaluatie verscheen in {jv}.",
          "Innovatie en een sterke concurrentiepositie van het Nederlandse bedrijfsleven staan daarbij voorop.");

  static final List<String> BEOORDELING_POSITIEF =
      List.of(
          "Het kabinet verwelkomt {v} en deelt de analyse van de Commissie op hoofdlijnen.",
          "Het kabinet steunt het doel van {v} en ziet goede aanknopingspunten in de voorgestelde aanpak.");

  static final List<String> BEOORDELING_KRITISCH =
      List.of(
          "Het kabinet steunt het doel van {v}, maar heeft bezwaren tegen belangrijke onderdelen van de uitwerking.",
          "Het kabinet staat kritisch tegenover {v}, omdat de meerwaarde van een Europese regeling onvoldoende is aangetoond.");

  static final List<String> BEOORDELING =
      List.of(
          "Het kabinet zal zich inzetten voor een proportionele uitwerking van de verplichtingen.",
          "Daarbij let het kabinet in het bijzonder op de uitvoeringslasten voor medeoverheden.",
          "Het kabinet vraagt de Commissie om een nadere onderbouwing van de verwachte kosten en baten.",
          "Het kabinet is voorstander van een gefaseerde invoering, zodat uitvoeringsorganisaties zich kunnen voorbereiden.",
          "Het kabinet zal erop toezien dat bestaande nationale voorzieningen kunnen blijven bestaan.",
          "Waar mogelijk moet worden aangesloten bij bestaande Europese systemen, om dubbele registraties te voorkomen.",
          "Het kabinet wil voorkomen dat wezenlijke keuzes later via gedelegeerde handelingen worden gemaakt.",
          "Ook vraagt het kabinet aandacht voor de positie van het midden- en kleinbedrijf.",
          "Het kabinet acht het van belang dat de maatregelen binnen de bestaande budgetten worden uitgevoerd.",
          "Het kabinet zal tijdens de onderhandelingen aandringen op duidelijke definities.");

  static final List<String> KRACHTENVELD =
      List.of(
          "De eerste reacties van de lidstaten op {v} zijn overwegend positief.",
          "Een aantal lidstaten heeft in een eerste bespreking vragen gesteld over de financiële gevolgen.",
          "Verschillende lidstaten hebben aangegeven vooral de uitvoeringslasten kritisch te zullen bezien.",
          "In het Europees Parlement ligt het dossier naar verwachting bij de commissie {ep}.",
          "Het Europees Parlement heeft eerder in een resolutie aangedrongen op Europese maatregelen op dit terrein.",
          "Het is nog te vroeg om een volledig beeld te geven van de posities van de lidstaten.",
          "Lidstaten met een grote sector op dit terrein zijn naar verwachting terughoudend.",
          "De {raad} zal {v} naar verwachting in de komende maanden voor het eerst bespreken.");

  static final List<String> BEVOEGDHEID_POSITIEF =
      List.of(
          "{V} heeft betrekking op {veld}; op dit terrein heeft de Unie een {bs}.",
          "Als rechtsgrondslag dient {art}.",
          "Het kabinet kan zich vinden in deze rechtsgrondslag.",
          "De bevoegdheid van de Unie op dit terrein is in de Verdragen duidelijk vastgelegd.");

  static final List<String> BEVOEGDHEID_KRITISCH =
      List.of(
          "{V} heeft betrekking op {veld}; op dit terrein heeft de Unie een {bs}.",
          "De Commissie baseert zich op {art}.",
          "Een deel van de maatregelen raakt echter aan nationale bevoegdheden, zoals de inrichting van het toezicht.",
          "Het kabinet zal de Commissie vragen de keuze voor deze rechtsgrondslag nader te motiveren.");

  static final List<String> SUBSIDIARITEIT_POSITIEF =
      List.of(
          "{V} wil {o} in de hele Unie op vergelijkbare wijze aanpakken.",
          "Een gezamenlijke aanpak voorkomt dat uiteenlopende nationale regels de interne markt verstoren.",
          "Omdat de problemen een grensoverschrijdend karakter hebben, kunnen lidstaten ze niet afdoende alleen oplossen; het effect van nationale maatregelen houdt op bij de grens.");

  static final List<String> SUBSIDIARITEIT_KRITISCH =
      List.of(
          "Het kabinet is niet overtuigd dat optreden op het niveau van de Unie nodig is.",
          "Veel van de beschreven problemen doen zich vooral lokaal voor en kunnen goed door de lidstaten zelf worden aangepakt.",
          "Bovendien beschikken lidstaten al over werkzame nationale instrumenten.");

  static final List<String> PROPORTIONALITEIT_POSITIEF =
      List.of(
          "{V} is geschikt om het doel te bereiken, omdat de kern van het probleem wordt aangepakt.",
          "De maatregelen gaan niet verder dan nodig, omdat lidstaten ruimte houden voor de invulling.",
          "Het kabinet waardeert dat de Commissie kiest voor een gefaseerde aanpak.");

  static final List<String> PROPORTIONALITEIT_KRITISCH =
      List.of(
          "Het kabinet betwijfelt of de voorgestelde verplichtingen nodig zijn om het doel te bereiken.",
          "Minder ingrijpende maatregelen, zoals het uitwisselen van goede praktijken, lijken eveneens werkzaam.",
          "De uitvoeringslasten staan naar de inschatting van het kabinet niet in verhouding tot de verwachte opbrengsten.");

  static final List<String> KANTTEKENING =
      List.of(
          "Wel vraagt het kabinet aandacht voor de lasten van de rapportageverplichtingen.",
          "Wel wil het kabinet meer duidelijkheid over de rol van de nationale toezichthouders.",
          "Wel acht het kabinet de voorgestelde termijnen aan de krappe kant.");

  static final List<String> EU_BEGROTING =
      List.of(
          "{V} heeft geen directe gevolgen voor de EU-begroting.",
          "De Commissie raamt de kosten voor de EU-begroting op {m} over de periode {mfk}.",
          "Het kabinet vindt dat de benodigde middelen binnen de bestaande ruimte van het meerjarig financieel kader {mfk} moeten worden gevonden.",
          "Het kabinet wil niet vooruitlopen op de onderhandelingen over het volgende meerjarig financieel kader.");

  static final List<String> RIJKSOVERHEID =
      List.of(
          "Mogelijke gevolgen voor de rijksbegroting worden volgens de regels van de budgetdiscipline opgevangen op de begroting van het verantwoordelijke ministerie.",
          "Voor medeoverheden verwacht het kabinet beperkte uitvoeringskosten, onder meer voor de aanpassing van systemen.",
          "De omvang van deze kosten brengt het kabinet in de komende maanden samen met de medeoverheden in kaart.",
          "Voor {uit} gaat het naar een eerste schatting om {n} voltijdbanen.");

  static final List<String> REGELDRUK =
      List.of(
          "Voor bedrijven leidt {v} naar verwachting tot eenmalige aanpassingskosten.",
          "De Commissie schat de jaarlijkse besparing voor bedrijven op ongeveer {m}.",
          "Het kabinet laat de gevolgen voor de regeldruk nader onderzoeken, met bijzondere aandacht voor het mkb.",
          "Burgers merken naar verwachting weinig van de nieuwe verplichtingen.",
          "Doordat meldingen digitaal worden gedaan, nemen de administratieve lasten op termijn af.");

  static final List<String> CONCURRENTIE =
      List.of(
          "Een geharmoniseerd kader versterkt het concurrentievermogen van Europese bedrijven.",
          "Nederlandse bedrijven zijn sterk vertegenwoordigd in deze sector en kunnen profiteren van een grotere Europese markt.",
          "Wel bestaat het risico dat strengere eisen leiden tot een nadeel ten opzichte van concurrenten buiten de Unie.");

  static final List<String> GEOPOLITIEK =
      List.of(
          "Geopolitiek draagt {v} bij aan een minder afhankelijke positie van de Unie ten opzichte van derde landen.",
          "Het kabinet ziet op dit moment geen directe geopolitieke risico's.",
          "Het kabinet vindt het van belang dat de Unie bij {o} samenwerkt met gelijkgezinde partners.");

  static final List<String> EFFECTBEOORDELING =
      List.of(
          "De Commissie heeft voor {v} een effectbeoordeling uitgevoerd waarin {k} beleidsopties zijn vergeleken.",
          "De voorkeursoptie combineert wettelijke verplichtingen met ondersteunende maatregelen.",
          "De Raad voor Regelgevingstoetsing heeft na aanpassing van de effectbeoordeling een positief advies uitgebracht.",
          "Volgens de effectbeoordeling wegen de baten ruimschoots op tegen de kosten.",
          "Het kabinet vindt de effectbeoordeling op hoofdlijnen zorgvuldig.");

  static final List<String> GEEN_EFFECTBEOORDELING =
      List.of(
          "De Commissie heeft voor {v} geen effectbeoordeling opgesteld.",
          "Zij verwijst naar de consultaties en de evaluatie van het bestaande kader.",
          "Het kabinet betreurt het ontbreken van een effectbeoordeling, omdat de gevolgen voor de uitvoering daardoor moeilijk te overzien zijn.");

  static final List<String> REGELGEVING =
      List.of(
          "{V} vergt aanpassing van nationale regelgeving op het terrein van {veld}.",
          "Naar verwachting moet een algemene maatregel van bestuur worden aangepast.",
          "Lidstaten moeten doeltreffende, evenredige en afschrikkende sancties vaststellen.",
          "Gevolgen voor het nationale sanctiebeleid zijn er naar verwachting niet.");

  static final List<String> DELEGATIE =
      List.of(
          "{V} geeft de Commissie op {n} punten de bevoegdheid om gedelegeerde handelingen vast te stellen.",
          "Het kabinet vindt deze bevoegdheden op zichzelf passend, maar vraagt om een betere afbakening.",
          "Voor uitvoeringshandelingen geldt de onderzoeksprocedure; daarin kan het kabinet zich vinden.",
          "Het kabinet zet zich ervoor in dat wezenlijke keuzes in de basishandeling zelf worden gemaakt.");

  static final List<String> TERMIJN =
      List.of(
          "De Commissie stelt voor dat de regels {n} maanden na de inwerkingtreding gaan gelden.",
          "Het kabinet acht deze termijn krap, gelet op de benodigde aanpassing van systemen.",
          "Het kabinet acht de voorgestelde termijn haalbaar, mits de uitvoeringsregels tijdig bekend zijn.");

  static final List<String> EVALUATIE =
      List.of(
          "{V} bevat een evaluatiebepaling; de Commissie evalueert de werking {k} jaar na de inwerkingtreding.",
          "Het kabinet steunt een evaluatie, maar ziet geen noodzaak voor een horizonbepaling.",
          "Het kabinet vraagt de Commissie de evaluatie te baseren op gegevens die al beschikbaar zijn.");

  static final List<String> UITVOERBAARHEID =
      List.of(
          "De uitvoering ligt in Nederland naar verwachting bij {uit}.",
          "Het kabinet laat een uitvoeringstoets uitvoeren.",
          "Op basis van een eerste analyse lijkt {v} uitvoerbaar, mits er voldoende tijd is om ICT-systemen aan te passen.");

  static final List<String> HANDHAAFBAARHEID =
      List.of(
          "Het kabinet verwacht dat het toezicht kan worden belegd bij {uit}.",
          "De handhaafbaarheid hangt af van de precieze definities, waarover het kabinet duidelijkheid vraagt.",
          "Een handhaafbaarheidstoets volgt in de loop van de onderhandelingen.");

  static final List<String> ONTWIKKELINGSLANDEN =
      List.of(
          "{V} heeft naar verwachting geen directe gevolgen voor ontwikkelingslanden.",
          "Indirect kunnen producenten in ontwikkelingslanden te maken krijgen met strengere eisen bij export naar de Unie.",
          "Het kabinet vraagt de Commissie om ontwikkelingslanden te helpen bij het voldoen aan de nieuwe eisen.");

  static final List<String> VOETNOTEN =
      List.of(
          "Zie de effectbeoordeling bij {v}, p. {p}.",
          "Het gaat om de evaluatie van het huidige kader uit {jv}.",
          "Cijfers van het Centraal Bureau voor de Statistiek over het jaar {jv}.",
          "Zie de jaarlijkse voortgangsrapportage van de Commissie over {veld}.",
          "Het kabinet heeft de Kamer hierover in {jv} per brief geïnformeerd.");
}
