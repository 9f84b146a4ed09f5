"""The known demo organisations' matching profiles: what they offer and seek, in their own
language, tags, audiences, languages, capacity, and a description in French, Polish and
English. They are written plainly; the French ones (each description_fr, and what a French
organisation offers, seeks and its tags) are set in French typography when the module is
imported (demo.french: ’, no-break spaces before : ; ? !).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from msek_desktop.core.demo.data import _CITY, _KNOWN_ORGS
from msek_desktop.core.demo.french import french
from msek_desktop.core.vocab import Language


@dataclass(frozen=True)
class _Profile:
    offers: str
    seeks: str
    tags: str  # "a, b, c"
    audiences: str  # vocab.Audience codes, space-separated
    languages: str  # ISO 639-1 codes, space-separated
    capacity: int | None
    fr: str
    pl: str
    en: str
    active: bool = True


P = _Profile

# fmt: off
PROFILES: dict[str, _Profile] = {
    # -- Saint-Étienne -------------------------------------------------------------------
    "Conservatoire Massenet": P(
        "Master classes, accueil de professeurs et d'élèves, concerts communs, classes de "
        "cordes, vents, piano et chant.",
        "Un conservatoire ou une école de musique partenaire pour des échanges d'élèves et "
        "de professeurs.",
        "conservatoire, piano, orchestre, chœur, danse, master class", "children teenagers "
        "students", "fr en", 40,
        "Conservatoire à rayonnement régional de Saint-Étienne : musique, danse et théâtre "
        "pour 1 600 élèves. Il accueille régulièrement des professeurs et des élèves "
        "étrangers pour des master classes et des concerts.",
        "Konserwatorium regionalne w Saint-Étienne kształcące 1600 uczniów w zakresie "
        "muzyki, tańca i teatru. Regularnie gości zagranicznych nauczycieli i uczniów na "
        "kursach mistrzowskich i koncertach.",
        "Saint-Étienne's regional conservatoire for music, dance and drama, with 1,600 "
        "pupils. It regularly hosts teachers and pupils from abroad for master classes and "
        "concerts."),
    "Opéra de Saint-Étienne": P(
        "Coproductions lyriques, accueil d'orchestres et de ballets, concerts jeune public.",
        "Des maisons d'opéra et des orchestres pour coproduire et faire tourner des "
        "spectacles.",
        "opéra, orchestre, ballet, coproduction, jeune public", "children adults "
        "professionals", "fr en", 1200,
        "Maison d'opéra, de concerts et de danse de la Ville de Saint-Étienne, avec son "
        "orchestre et son chœur. Elle coproduit des spectacles avec d'autres scènes "
        "européennes et propose une saison pour le jeune public.",
        "Opera miejska w Saint-Étienne z własną orkiestrą i chórem, prezentująca operę, "
        "koncerty i balet. Współprodukuje spektakle z innymi scenami europejskimi "
        "i prowadzi program dla dzieci.",
        "The City of Saint-Étienne's opera house, with its own orchestra and choir, for "
        "opera, concerts and dance. It co-produces with other European stages and runs a "
        "season for young audiences."),
    "Cité du design": P(
        "Biennale Internationale Design, expositions, résidences, recherche et "
        "accompagnement des entreprises en design.",
        "Des écoles, galeries et studios de design pour la Biennale et des projets de "
        "recherche.",
        "design, Biennale, exposition, UNESCO, recherche", "students professionals adults",
        "fr en", 300,
        "Plateforme de recherche, d'enseignement et de diffusion du design, installée sur "
        "le site de l'ancienne Manufacture d'armes. Elle organise la Biennale "
        "Internationale Design et porte le label Ville créative UNESCO de Saint-Étienne.",
        "Ośrodek badań, edukacji i promocji designu na terenie dawnej Manufaktury Broni. "
        "Organizuje Biennale Internationale Design i prowadzi program miasta kreatywnego "
        "UNESCO Saint-Étienne.",
        "A centre for design research, teaching and exhibitions on the site of the former "
        "arms factory. It runs the Biennale Internationale Design and Saint-Étienne's "
        "UNESCO Creative City of Design programme."),
    "Université Jean Monnet": P(
        "Accords Erasmus+, cotutelles de thèse, cours de français langue étrangère, IAE, "
        "faculté de médecine, STAPS, musicologie.",
        "Des universités partenaires pour des échanges d'étudiants, d'enseignants et de "
        "chercheurs.",
        "université, Erasmus, recherche, lettres, français langue étrangère, gestion, "
        "médecine, STAPS", "students professionals", "fr en", 80,
        "Université pluridisciplinaire de Saint-Étienne : lettres et langues, sciences, "
        "santé, gestion (IAE), sport (STAPS) et arts. Elle accueille chaque année des "
        "étudiants Erasmus et propose des cours de français pour étrangers.",
        "Wielodziedzinowy uniwersytet w Saint-Étienne: filologie, nauki ścisłe, medycyna, "
        "zarządzanie, nauki o sporcie i sztuka. Co roku przyjmuje studentów Erasmusa "
        "i prowadzi kursy francuskiego dla obcokrajowców.",
        "Saint-Étienne's multidisciplinary university: languages and humanities, science, "
        "medicine, management, sport science and the arts. It welcomes Erasmus students "
        "every year and runs French courses for foreigners."),
    "École nationale supérieure d’architecture de Saint-Étienne": P(
        "Échanges d'étudiants en architecture, ateliers communs, conférences, recherche "
        "sur les villes post-industrielles.",
        "Des agences d'architecture pour des stages et des écoles pour des ateliers "
        "communs.",
        "architecture, urbanisme, patrimoine moderne, stages", "students professionals",
        "fr en", 30,
        "École d'architecture publique, de la licence au doctorat, attentive au patrimoine "
        "moderne et à la transformation des villes industrielles. Ses étudiants cherchent "
        "des stages à l'étranger.",
        "Publiczna szkoła architektury kształcąca od licencjatu po doktorat, zajmująca się "
        "architekturą modernistyczną i przemianą miast poprzemysłowych. Jej studenci "
        "szukają praktyk za granicą.",
        "A public school of architecture, from bachelor's to doctorate, with a focus on "
        "modern heritage and the transformation of industrial cities. Its students look "
        "for internships abroad."),
    "Lycée Honoré d’Urfé": P(
        "Section européenne, échanges scolaires, accueil d'élèves correspondants.",
        "Un lycée partenaire avec des élèves qui apprennent le français.",
        "lycée, section européenne, échange scolaire, correspondance", "teenagers",
        "fr en de", 30,
        "Lycée général et technologique du centre de Saint-Étienne, avec une section "
        "européenne. Ses classes de seconde font chaque année un échange avec un lycée "
        "étranger.",
        "Liceum ogólnokształcące i techniczne w centrum Saint-Étienne z sekcją europejską. "
        "Co roku jego uczniowie biorą udział w wymianie z zagranicznym liceum.",
        "A general and technical upper secondary school in central Saint-Étienne with a "
        "European section. Its 15-year-olds take part in an exchange with a school abroad "
        "every year."),
    "Mairie de Firminy": P(
        "Visites du site Le Corbusier, accueil de délégations, échanges sur le patrimoine "
        "moderne.",
        "Des villes et des acteurs du tourisme intéressés par le patrimoine moderniste et "
        "industriel.",
        "Le Corbusier, patrimoine, architecture, tourisme", "adults professionals",
        "fr en", 50,
        "La Ville de Firminy gère le site Le Corbusier, le plus grand ensemble de l'architecte "
        "en Europe, inscrit en partie au patrimoine mondial de l'UNESCO.",
        "Miasto Firminy opiekuje się zespołem Le Corbusiera, największym w Europie, "
        "częściowo wpisanym na listę światowego dziedzictwa UNESCO.",
        "The town of Firminy looks after the Le Corbusier site, the architect's largest "
        "group of buildings in Europe, partly on the UNESCO World Heritage List."),
    "La Comète": P(
        "Accueil de spectacles de théâtre, de danse et de musique, résidences de création.",
        "Des théâtres étrangers pour accueillir et faire tourner des créations.",
        "théâtre, spectacles, danse, tournée, résidence", "adults teenagers", "fr", 400,
        "Salle de spectacles de la Ville de Saint-Étienne, qui programme du théâtre, de la "
        "danse et de la musique et accueille des compagnies en résidence.",
        "Miejska scena w Saint-Étienne prezentująca teatr, taniec i muzykę oraz goszcząca "
        "zespoły w ramach rezydencji artystycznych.",
        "The City of Saint-Étienne's performing arts venue, programming theatre, dance and "
        "music and hosting companies in residence."),
    "Saint-Étienne Métropole": P(
        "Échanges entre métropoles sur les transports, l'économie et l'aménagement.",
        "Des métropoles et des villes européennes pour comparer les politiques publiques.",
        "métropole, transports, développement économique, aménagement", "professionals",
        "fr en", 20,
        "Métropole de 53 communes autour de Saint-Étienne, compétente pour les transports, "
        "le développement économique et l'aménagement. Elle partage volontiers ses "
        "pratiques avec d'autres métropoles européennes.",
        "Metropolia 53 gmin wokół Saint-Étienne, odpowiedzialna za transport, rozwój "
        "gospodarczy i planowanie przestrzenne. Chętnie wymienia się doświadczeniami "
        "z innymi metropoliami w Europie.",
        "A metropolitan authority of 53 municipalities around Saint-Étienne, in charge of "
        "transport, economic development and planning. It is keen to share practice with "
        "other European metropolitan areas."),
    "École supérieure d’art et design de Saint-Étienne": P(
        "Échanges Erasmus+ en design graphique et design d'objet, ateliers, expositions "
        "d'étudiants.",
        "Des écoles d'art et de design pour des échanges d'étudiants et d'enseignants.",
        "école d'art, design graphique, design d'objet, Erasmus", "students", "fr en", 20,
        "École supérieure d'art et de design, voisine de la Cité du design : art, design "
        "graphique, design d'objet et d'espace. Elle envoie ses étudiants en Erasmus+ dans "
        "toute l'Europe.",
        "Wyższa szkoła sztuki i projektowania, sąsiadująca z Cité du design: sztuka, "
        "projektowanie graficzne, wzornictwo i projektowanie przestrzeni. Wysyła studentów "
        "na wymiany Erasmus+ w całej Europie.",
        "A school of art and design next to the Cité du design: fine art, graphic, product "
        "and space design. It sends students on Erasmus+ exchanges across Europe."),
    "Mines Saint-Étienne": P(
        "Cotutelles de thèse, laboratoires en science des matériaux et génie industriel, "
        "stages d'ingénieurs.",
        "Des universités techniques et des entreprises industrielles pour la recherche et "
        "les stages.",
        "ingénieurs, matériaux, génie industriel, recherche, stages", "students "
        "professionals", "fr en", 20,
        "École d'ingénieurs et centre de recherche en science des matériaux, procédés et "
        "génie industriel. Ses élèves font un stage en entreprise à l'étranger.",
        "Uczelnia inżynierska i ośrodek badań z zakresu inżynierii materiałowej, procesów "
        "i zarządzania produkcją. Jej studenci odbywają praktyki w firmach za granicą.",
        "An engineering school and research centre in materials science, processes and "
        "industrial engineering. Its students do an internship in a company abroad."),
    "Musée d’Art moderne et contemporain de Saint-Étienne Métropole": P(
        "Expositions, prêts d'œuvres, résidences d'artistes, collection de design.",
        "Des musées, galeries et artistes pour des expositions et des résidences croisées.",
        "musée, art contemporain, design, exposition, résidence", "adults professionals "
        "children", "fr en", 200,
        "L'une des plus importantes collections d'art moderne et contemporain de France, "
        "avec un fonds de design et de photographie. Le musée accueille des artistes en "
        "résidence.",
        "Jedna z największych we Francji kolekcji sztuki nowoczesnej i współczesnej, "
        "z działem designu i fotografii. Muzeum gości artystów w ramach rezydencji.",
        "One of France's largest collections of modern and contemporary art, including "
        "design and photography. The museum hosts artists in residence."),
    "Le Fil": P(
        "Concerts, studios de répétition, accompagnement de jeunes groupes et de musiciens "
        "électroniques.",
        "Des festivals et des salles pour faire jouer les artistes que nous accompagnons.",
        "musiques actuelles, électro, concerts, jeunes artistes", "teenagers adults", "fr en",
        1400,
        "Scène de musiques actuelles de Saint-Étienne : concerts, studios de répétition et "
        "accompagnement de jeunes artistes, notamment en musique électronique.",
        "Scena muzyki współczesnej w Saint-Étienne: koncerty, sale prób i wsparcie dla "
        "młodych artystów, zwłaszcza muzyki elektronicznej.",
        "Saint-Étienne's contemporary music venue: concerts, rehearsal studios and support "
        "for young artists, electronic musicians in particular."),
    "Comédie de Saint-Étienne": P(
        "Coproductions théâtrales, école supérieure d'art dramatique, tournées.",
        "Des théâtres étrangers pour des coproductions et des échanges d'élèves comédiens.",
        "théâtre, coproduction, école de comédiens, tournée", "adults students", "fr en", 600,
        "Centre dramatique national doté d'une école supérieure d'art dramatique. Il crée "
        "et coproduit des spectacles qui tournent en France et à l'étranger.",
        "Narodowe centrum dramatyczne z wyższą szkołą aktorską. Tworzy i współprodukuje "
        "spektakle grane we Francji i za granicą.",
        "A national drama centre with its own drama school. It creates and co-produces "
        "plays that tour in France and abroad."),
    "Lycée Claude-Fauriel": P(
        "Échanges scolaires, accueil de correspondants, section sportive.",
        "Un lycée partenaire pour des échanges d'élèves de 15 à 18 ans.",
        "lycée, échange scolaire, classes préparatoires, section sportive", "teenagers "
        "students", "fr en", 25,
        "Lycée général du centre de Saint-Étienne, avec des classes préparatoires et une "
        "section sportive. Il accueille chaque année des correspondants étrangers.",
        "Liceum ogólnokształcące w centrum Saint-Étienne z klasami przygotowawczymi "
        "i sekcją sportową. Co roku przyjmuje uczniów z zagranicy.",
        "A general upper secondary school in central Saint-Étienne with preparatory classes "
        "and a sports section. It hosts exchange pupils from abroad every year."),
    "Musée de la Mine": P(
        "Expositions sur le patrimoine minier, visites du Puits Couriot, prêts d'objets.",
        "Des musées de la mine et du patrimoine industriel pour des expositions communes.",
        "mine, patrimoine industriel, musée, tourisme", "children adults", "fr en", 150,
        "Parc-musée installé sur l'ancien Puits Couriot, qui raconte l'histoire des mineurs "
        "du bassin stéphanois. Il prépare des expositions avec d'autres musées miniers.",
        "Muzeum w dawnym szybie Couriot, opowiadające historię górników z zagłębia "
        "Saint-Étienne. Przygotowuje wystawy wspólnie z innymi muzeami górnictwa.",
        "A museum on the former Couriot pithead telling the story of the Saint-Étienne "
        "coalfield's miners. It prepares exhibitions with other mining museums."),
    "Association sportive de Saint-Étienne": P(
        "Tournois de jeunes, accueil d'équipes au centre de formation, stades et "
        "organisation de matchs.",
        "Des clubs de football étrangers pour des tournois de jeunes.",
        "football, centre de formation, tournoi, jeunes", "children teenagers", "fr en", 60,
        "Club de football historique de Saint-Étienne, avec un centre de formation réputé. "
        "Ses équipes de jeunes participent à des tournois internationaux.",
        "Historyczny klub piłkarski z Saint-Étienne ze znaną akademią. Jego drużyny "
        "młodzieżowe grają w międzynarodowych turniejach.",
        "Saint-Étienne's historic football club, with a renowned academy. Its youth teams "
        "play in international tournaments."),
    "Ville de Saint-Étienne": P(
        "Accueil de délégations, échanges sur la rénovation urbaine, la politique de "
        "design et la jeunesse.",
        "Des villes partenaires pour comparer les politiques municipales.",
        "ville, jumelage, rénovation urbaine, UNESCO, design", "professionals adults",
        "fr en", 30,
        "La Ville de Saint-Étienne, jumelée avec Katowice depuis 1994, Ville créative "
        "UNESCO de design. Elle reçoit des délégations sur la rénovation urbaine et la "
        "politique de design.",
        "Miasto Saint-Étienne, partner Katowic od 1994 roku i miasto kreatywne UNESCO "
        "w dziedzinie designu. Przyjmuje delegacje zainteresowane rewitalizacją "
        "i polityką designu.",
        "The City of Saint-Étienne, twinned with Katowice since 1994 and a UNESCO Creative "
        "City of Design. It welcomes delegations interested in urban renewal and design "
        "policy."),
    "Collège Aristide-Briand": P(
        "Correspondance entre classes, accueil d'un voyage scolaire, projets eTwinning.",
        "Une école partenaire avec des élèves de 12 à 14 ans.",
        "collège, correspondance, eTwinning, voyage scolaire", "children teenagers",
        "fr en", 30,
        "Collège du centre de Saint-Étienne, où les élèves apprennent l'anglais et "
        "l'allemand. Ses classes de 4e correspondent avec des classes européennes.",
        "Gimnazjum (collège) w centrum Saint-Étienne, w którym uczniowie uczą się "
        "angielskiego i niemieckiego. Jego klasy korespondują z klasami z innych krajów.",
        "A lower secondary school in central Saint-Étienne where pupils learn English and "
        "German. Its 13-year-olds write to classes across Europe."),
    "École élémentaire Jacques-Prévert": P(
        "Échanges de dessins et de lettres, projets eTwinning pour les plus jeunes.",
        "Une école primaire partenaire pour des enfants de 7 à 11 ans.",
        "école primaire, eTwinning, dessins, correspondance", "children", "fr", None,
        "École élémentaire de Firminy. Ses classes de CM1 et CM2 mènent des projets de "
        "correspondance avec des écoles d'autres pays.",
        "Szkoła podstawowa w Firminy. Jej klasy czwarte i piąte prowadzą projekty "
        "korespondencyjne ze szkołami z innych krajów.",
        "A primary school in Firminy. Its classes of 9 and 10-year-olds run pen-pal "
        "projects with schools in other countries."),
    "Lycée hôtelier de Saint-Chamond": P(
        "Stages en cuisine et en salle, semaines gastronomiques, accueil d'élèves "
        "étrangers.",
        "Une école hôtelière ou des restaurants pour les stages de nos élèves.",
        "lycée hôtelier, cuisine, service, stages, gastronomie", "teenagers", "fr en", 20,
        "Lycée des métiers de l'hôtellerie et de la restauration. Ses élèves de bac "
        "professionnel font des stages à l'étranger et organisent des semaines "
        "gastronomiques.",
        "Szkoła hotelarsko-gastronomiczna w Saint-Chamond. Jej uczniowie odbywają praktyki "
        "za granicą i organizują tygodnie kuchni.",
        "A vocational school for hotel and catering trades. Its pupils do work placements "
        "abroad and organise food weeks."),
    "École de musique de Firminy": P(
        "Chœur d'enfants, classes d'instruments, concerts d'élèves, accueil de "
        "professeurs.",
        "Une école de musique partenaire pour des concerts et des échanges d'élèves.",
        "école de musique, chœur d'enfants, violon, concerts", "children teenagers", "fr",
        35,
        "École de musique municipale de Firminy, connue pour son chœur d'enfants. Elle "
        "aime faire jouer ses élèves avec ceux d'autres écoles.",
        "Miejska szkoła muzyczna w Firminy, znana z chóru dziecięcego. Chętnie organizuje "
        "wspólne koncerty z uczniami innych szkół.",
        "Firminy's municipal music school, known for its children's choir. It likes its "
        "pupils to play with those of other schools."),
    "Musée d’Art et d’Industrie": P(
        "Expositions sur les rubans, les cycles et les armes, prêts d'objets, savoir-faire "
        "textiles.",
        "Des musées et des artisans pour des expositions sur les métiers d'art et le "
        "textile.",
        "musée, rubans, textile, artisanat, design industriel", "adults children", "fr en",
        200,
        "Musée des rubans, des cycles et des armes de Saint-Étienne, témoin de son "
        "histoire industrielle et de ses savoir-faire textiles.",
        "Muzeum wstążek, rowerów i broni w Saint-Étienne, świadectwo przemysłowej "
        "historii miasta i jego tradycji tkackich.",
        "Saint-Étienne's museum of ribbons, bicycles and arms, telling the city's "
        "industrial history and its textile crafts."),
    "Médiathèque de Tarentaize": P(
        "Lectures bilingues, fonds jeunesse, rencontres d'auteurs.",
        "Une bibliothèque partenaire pour des lectures et des échanges de livres.",
        "bibliothèque, lecture, jeunesse, livres", "children adults", "fr en", 100,
        "Médiathèque centrale de Saint-Étienne, avec un grand fonds jeunesse. Elle "
        "organise des lectures et des rencontres d'auteurs toute l'année.",
        "Główna biblioteka publiczna Saint-Étienne z bogatym księgozbiorem dla dzieci. "
        "Przez cały rok organizuje czytania i spotkania autorskie.",
        "Saint-Étienne's central public library, with a large children's collection. It "
        "holds readings and author meetings all year round."),
    "Fête du livre de Saint-Étienne": P(
        "Invitation d'auteurs, rencontres, traductions, salon du livre.",
        "Des auteurs, des traducteurs et des festivals littéraires étrangers.",
        "festival, littérature, auteurs, traduction", "adults children", "fr", 300,
        "L'un des grands salons du livre de France, chaque automne à Saint-Étienne, avec "
        "plus de 300 auteurs invités.",
        "Jedne z największych targów książki we Francji, co jesień w Saint-Étienne, "
        "z udziałem ponad 300 autorów.",
        "One of France's major book festivals, held every autumn in Saint-Étienne with "
        "over 300 invited authors."),
    "Cinéma Le Méliès": P(
        "Programmation de films étrangers, semaines thématiques, rencontres avec des "
        "réalisateurs.",
        "Des institutions du cinéma pour des films, des invités et des échanges de "
        "programmation.",
        "cinéma, art et essai, festival, films étrangers", "adults teenagers", "fr en", 250,
        "Cinéma art et essai de Saint-Étienne, qui programme des semaines de films "
        "étrangers et invite des réalisateurs.",
        "Kino studyjne w Saint-Étienne, które organizuje przeglądy filmów zagranicznych "
        "i zaprasza reżyserów.",
        "An arthouse cinema in Saint-Étienne that runs foreign film weeks and invites "
        "directors."),
    "Ciné-Court Stéphanois": P(
        "Festival de courts métrages, ateliers vidéo pour les jeunes.",
        "Des festivals et des écoles de cinéma pour échanger des programmes de courts "
        "métrages.",
        "court métrage, festival, ateliers vidéo", "teenagers adults", "fr", 150,
        "Association qui organise un festival de courts métrages et des ateliers vidéo "
        "pour les jeunes de Saint-Étienne.",
        "Stowarzyszenie organizujące festiwal filmów krótkometrażowych i warsztaty wideo "
        "dla młodzieży z Saint-Étienne.",
        "An association running a short film festival and video workshops for young "
        "people in Saint-Étienne."),
    "Studio Grenadine Design": P(
        "Conception de mobilier et de mobilier urbain, codesign avec d'autres studios.",
        "Des studios de design et des fabricants pour des collections communes.",
        "studio de design, mobilier, mobilier urbain", "professionals", "fr en", None,
        "Studio de design stéphanois de huit personnes, spécialisé dans le mobilier et le "
        "mobilier urbain.",
        "Ośmioosobowe studio projektowe z Saint-Étienne, specjalizujące się w meblach "
        "i meblach miejskich.",
        "An eight-person design studio in Saint-Étienne specialising in furniture and "
        "street furniture."),
    "Thermi-Loire Industrie": P(
        "Stages d'ingénieurs et de techniciens, usinage et traitement thermique.",
        "Des sous-traitants en usinage de précision et des partenaires industriels.",
        "industrie, usinage, traitement thermique, stages", "professionals students",
        "fr en", 4,
        "PME industrielle de la Loire spécialisée dans l'usinage et le traitement "
        "thermique des métaux. Elle accueille des stagiaires ingénieurs.",
        "Firma przemysłowa z departamentu Loary, specjalizująca się w obróbce "
        "mechanicznej i cieplnej metali. Przyjmuje stażystów z uczelni technicznych.",
        "An industrial firm in the Loire specialising in machining and heat treatment of "
        "metals. It takes on engineering interns."),
    "Chambre de commerce et d’industrie Lyon Métropole Saint-Étienne Roanne": P(
        "Missions d'entreprises à l'étranger, mises en relation, accueil de délégations "
        "économiques.",
        "Des partenaires économiques à l'étranger pour nos entreprises.",
        "CCI, export, entreprises, mission économique", "professionals", "fr en", 60,
        "Chambre de commerce et d'industrie qui accompagne les entreprises de la Loire à "
        "l'export et organise des missions économiques.",
        "Izba handlowo-przemysłowa wspierająca firmy z departamentu Loary w eksporcie "
        "i organizująca misje gospodarcze.",
        "The chamber of commerce and industry helping Loire companies to export and "
        "organising trade missions."),
    "Chambre de métiers et de l’artisanat de la Loire": P(
        "Mobilité d'apprentis, échanges d'artisans, formation aux métiers de bouche.",
        "Des chambres des métiers et des écoles professionnelles pour accueillir nos "
        "apprentis.",
        "artisanat, apprentissage, boulangerie, métiers de bouche", "teenagers "
        "professionals", "fr", 20,
        "Chambre consulaire des artisans de la Loire. Elle envoie des apprentis en stage "
        "à l'étranger et accueille des apprentis européens.",
        "Izba rzemieślnicza departamentu Loary. Wysyła uczniów na praktyki za granicę "
        "i przyjmuje uczniów z innych krajów Europy.",
        "The chamber of trades and crafts of the Loire. It sends apprentices on "
        "placements abroad and hosts European apprentices."),
    "Office de tourisme Saint-Étienne Hors Cadre": P(
        "Programmes de visites, guides, circuits du patrimoine industriel et du design.",
        "Des offices de tourisme et des voyagistes pour des circuits croisés.",
        "tourisme, visites guidées, patrimoine industriel", "adults", "fr en", 200,
        "Office de tourisme de Saint-Étienne Métropole : visites guidées, circuits du "
        "patrimoine industriel et du design, accueil des groupes.",
        "Biuro turystyczne metropolii Saint-Étienne: zwiedzanie z przewodnikiem, trasy "
        "dziedzictwa przemysłowego i designu, obsługa grup.",
        "The Saint-Étienne Métropole tourist office: guided tours, industrial heritage "
        "and design trails, groups welcome."),
    "Comité départemental olympique et sportif de la Loire": P(
        "Formation d'entraîneurs, séminaires, mise en relation avec les clubs ligériens.",
        "Des universités du sport et des clubs pour échanger sur l'entraînement.",
        "sport, entraîneurs, clubs, formation", "professionals teenagers", "fr", 40,
        "Comité qui fédère les clubs sportifs de la Loire et forme leurs entraîneurs et "
        "bénévoles.",
        "Komitet zrzeszający kluby sportowe departamentu Loary i szkolący ich trenerów "
        "oraz wolontariuszy.",
        "The committee that brings together the Loire's sports clubs and trains their "
        "coaches and volunteers."),
    "MJC de Beaulieu": P(
        "Échanges de jeunes Erasmus+, ateliers de musique, accueil de volontaires.",
        "Des maisons des jeunes et des associations pour des échanges de jeunes.",
        "jeunesse, Erasmus+, musiques urbaines, volontariat", "teenagers children",
        "fr en", 25,
        "Maison des jeunes et de la culture du quartier de Beaulieu : ateliers de musique, "
        "échanges de jeunes et accueil de volontaires européens.",
        "Dom kultury dla młodzieży w dzielnicy Beaulieu: warsztaty muzyczne, wymiany "
        "młodzieży i przyjmowanie europejskich wolontariuszy.",
        "A youth and community centre in the Beaulieu district: music workshops, youth "
        "exchanges and European volunteers."),
    "Association France-Pologne Loire": P(
        "Rencontres franco-polonaises, cours de polonais, accueil de visiteurs polonais.",
        "Des partenaires polonais pour des séjours linguistiques et culturels.",
        "amitié franco-polonaise, cours de langue, culture polonaise", "adults", "fr pl", 15,
        "Association d'amitié franco-polonaise de la Loire : cours de polonais, soirées "
        "culturelles et accueil de visiteurs polonais.",
        "Stowarzyszenie przyjaźni polsko-francuskiej w departamencie Loary: kursy języka "
        "polskiego, wieczory kulturalne i goszczenie Polaków.",
        "A Franco-Polish friendship association in the Loire: Polish classes, cultural "
        "evenings and hosting Polish visitors."),
    "CHU de Saint-Étienne": P(
        "Stages hospitaliers pour étudiants en médecine et en soins infirmiers.",
        "Des facultés de médecine pour des échanges d'étudiants et de soignants.",
        "hôpital, médecine, soins infirmiers, stages", "students professionals", "fr en", 10,
        "Centre hospitalier universitaire de Saint-Étienne, qui forme les étudiants en "
        "médecine avec l'Université Jean Monnet.",
        "Szpital uniwersytecki w Saint-Étienne, który kształci studentów medycyny razem "
        "z Uniwersytetem Jeana Monneta.",
        "Saint-Étienne's university hospital, which trains medical students with Université "
        "Jean Monnet."),
    "Centre communal d’action sociale de Saint-Étienne": P(
        "Échanges de pratiques sur l'accueil de jour des personnes âgées et "
        "l'accompagnement social.",
        "Des services sociaux municipaux pour des visites d'étude.",
        "action sociale, personnes âgées, accueil de jour", "adults professionals", "fr", 10,
        "Service social de la Ville de Saint-Étienne : accueils de jour pour personnes "
        "âgées, aide aux familles et aux personnes isolées.",
        "Miejski ośrodek pomocy społecznej w Saint-Étienne: dzienne ośrodki dla seniorów, "
        "pomoc rodzinom i osobom samotnym.",
        "The City of Saint-Étienne's social services: day centres for the elderly, help "
        "for families and people living alone."),
    "Loire Seniors Solidaires": P(
        "Visites à domicile par des bénévoles, accueil de volontaires.",
        "Des associations et services sociaux qui accompagnent des personnes âgées.",
        "seniors, bénévolat, visites à domicile", "adults", "fr", 8,
        "Association de bénévoles qui rendent visite aux personnes âgées isolées de la "
        "vallée du Gier.",
        "Stowarzyszenie wolontariuszy odwiedzających samotnych seniorów w dolinie Gier.",
        "An association of volunteers visiting elderly people living alone in the Gier "
        "valley."),
    "Collège Jean-Rostand": P(
        "Section sportive handball, correspondance, voyages scolaires.",
        "Un établissement partenaire pour des rencontres sportives et scolaires.",
        "collège, section sportive, handball, échange", "children teenagers", "fr en", 30,
        "Collège de Saint-Chamond avec une section sportive handball. Il organise chaque "
        "année un échange avec un établissement européen.",
        "Szkoła (collège) w Saint-Chamond z klasą sportową o profilu piłki ręcznej. Co roku "
        "organizuje wymianę ze szkołą z innego kraju.",
        "A lower secondary school in Saint-Chamond with a handball section. It runs an "
        "exchange with a European school every year."),
    "Brasserie artisanale La Stéphanoise": P(
        "Brassins communs, visites de la brasserie, fêtes de la bière.",
        "Des brasseurs et des restaurateurs pour des projets communs.",
        "brasserie, bière artisanale, gastronomie", "adults professionals", "fr", 40,
        "Brasserie artisanale de Saint-Étienne, qui brasse des bières locales et organise "
        "des visites et des fêtes de la bière.",
        "Rzemieślniczy browar z Saint-Étienne, warzący lokalne piwa i organizujący "
        "zwiedzanie oraz święta piwa.",
        "A craft brewery in Saint-Étienne brewing local beers and running tours and beer "
        "festivals."),
    "Zénith de Saint-Étienne Métropole": P(
        "Accueil de grandes tournées, concerts et événements sportifs.",
        "Des grandes salles européennes pour échanger sur l'accueil des tournées.",
        "salle de concert, tournées, grands événements", "adults teenagers", "fr en", 7000,
        "Grande salle de concerts de 7 000 places conçue par Norman Foster, qui accueille "
        "tournées, spectacles et événements sportifs.",
        "Hala koncertowa na 7000 miejsc zaprojektowana przez Normana Fostera, goszcząca "
        "trasy koncertowe, widowiska i wydarzenia sportowe.",
        "A 7,000-seat concert hall designed by Norman Foster, hosting tours, shows and "
        "sports events."),
    "Ensemble vocal Les Voix du Forez": P(
        "Concerts de chant choral.",
        "Des chœurs pour des concerts communs.",
        "chœur, chant, concerts", "adults", "fr", None,
        "Ensemble vocal amateur de Montbrison, en sommeil depuis 2025.",
        "Amatorski zespół wokalny z Montbrison, zawieszony od 2025 roku.",
        "An amateur vocal ensemble from Montbrison, dormant since 2025.", active=False),
}
# fmt: on


# fmt: off
_KATOWICE: dict[str, _Profile] = {
    "Akademia Muzyczna im. Karola Szymanowskiego w Katowicach": P(
        "Kursy mistrzowskie, wymiana studentów i wykładowców, koncerty, kompozycja i jazz.",
        "Uczelni i konserwatoriów do wymiany Erasmus+ i wspólnych koncertów.",
        "uczelnia muzyczna, kompozycja, jazz, Erasmus, kursy mistrzowskie", "students "
        "professionals", "pl en", 30,
        "Académie de musique de Katowice : composition, jazz, interprétation et pédagogie "
        "musicale. Elle échange étudiants et professeurs avec des établissements de toute "
        "l'Europe.",
        "Akademia Muzyczna w Katowicach kształci w zakresie kompozycji, jazzu, "
        "wykonawstwa i edukacji muzycznej. Prowadzi wymianę studentów i wykładowców "
        "z uczelniami w całej Europie.",
        "Katowice's Academy of Music: composition, jazz, performance and music education. "
        "It exchanges students and teachers with schools across Europe."),
    "Narodowa Orkiestra Symfoniczna Polskiego Radia": P(
        "Koncerty symfoniczne, sala koncertowa, projekty edukacyjne.",
        "Sal i festiwali za granicą, które przyjmą orkiestrę na tournée.",
        "orkiestra symfoniczna, sala koncertowa, tournée", "adults children", "pl en", 1800,
        "Orchestre symphonique national de la Radio polonaise, installé dans une salle de "
        "concert remarquable au cœur de la Zone de la culture de Katowice.",
        "Narodowa Orkiestra Symfoniczna Polskiego Radia z siedzibą w nowoczesnej sali "
        "koncertowej w Strefie Kultury w Katowicach.",
        "The Polish National Radio Symphony Orchestra, based in its acclaimed concert hall "
        "in Katowice's Culture Zone."),
    "Uniwersytet Śląski w Katowicach": P(
        "Wymiana Erasmus+, romanistyka i przekład, szkoła letnia języka polskiego, badania "
        "materiałowe.",
        "Uczelni francuskich do wymiany studentów i wykładowców oraz wspólnych badań.",
        "uniwersytet, romanistyka, przekład, szkoła letnia, język polski dla cudzoziemców, "
        "inżynieria materiałowa", "students professionals adults", "pl en fr", 60,
        "La plus grande université de la région : études romanes et traduction, école "
        "d'été de langue polonaise pour étrangers, sciences des matériaux.",
        "Największa uczelnia regionu: romanistyka i przekład, letnia szkoła języka "
        "polskiego dla cudzoziemców, nauka o materiałach.",
        "The region's largest university: French studies and translation, a summer school "
        "of Polish for foreigners, materials science."),
    "Muzeum Śląskie w Katowicach": P(
        "Wystawy, wypożyczenia eksponatów, zbiory sztuki i wzornictwa, historia górnictwa.",
        "Muzeów do wspólnych wystaw i wymiany eksponatów.",
        "muzeum, wystawy, górnictwo, wzornictwo, sztuka ludowa", "adults children",
        "pl en", 300,
        "Musée régional installé sur le site de l'ancienne mine Katowice : art, design, "
        "arts populaires et histoire de la Silésie.",
        "Muzeum regionalne na terenie dawnej kopalni Katowice: sztuka, wzornictwo, sztuka "
        "ludowa i historia Śląska.",
        "The regional museum on the site of the former Katowice coal mine: art, design, "
        "folk art and the history of Silesia."),
    "Spodek": P(
        "Organizacja koncertów, wydarzeń sportowych i targów w hali na 11 tysięcy osób.",
        "Dużych hal widowiskowych w Europie do wymiany doświadczeń.",
        "hala widowiskowa, koncerty, wydarzenia sportowe, festiwale", "adults teenagers",
        "pl en", 10000,
        "Salle de spectacles et de sport emblématique de Katowice, qui accueille concerts, "
        "festivals et compétitions.",
        "Słynna hala widowiskowo-sportowa w Katowicach, gdzie odbywają się koncerty, "
        "festiwale i zawody sportowe.",
        "Katowice's iconic arena for concerts, festivals and sports events."),
    "Miasto Katowice": P(
        "Wizyty studyjne, współpraca miast partnerskich, program miasta kreatywnego UNESCO "
        "w dziedzinie muzyki.",
        "Miast partnerskich do wymiany doświadczeń i wspólnych projektów.",
        "miasto, miasta partnerskie, UNESCO, rewitalizacja, promocja", "professionals "
        "adults", "pl en", 30,
        "La Ville de Katowice, jumelée avec Saint-Étienne et Ville créative UNESCO de "
        "musique. Son service de la promotion reçoit les délégations et les groupes.",
        "Miasto Katowice, partner Saint-Étienne i miasto kreatywne UNESCO w dziedzinie "
        "muzyki. Wydział Promocji przyjmuje delegacje i grupy.",
        "The City of Katowice, twinned with Saint-Étienne and a UNESCO Creative City of "
        "Music. Its promotion department welcomes delegations and groups."),
    "Teatr Śląski im. Stanisława Wyspiańskiego": P(
        "Koprodukcje, gościnne występy, wymiana aktorów.",
        "Teatrów zagranicznych do koprodukcji i wymiany spektakli.",
        "teatr, koprodukcja, spektakle, aktorzy", "adults teenagers", "pl en", 500,
        "Théâtre dramatique sur la place du Marché de Katowice, qui coproduit des "
        "spectacles avec des scènes étrangères.",
        "Teatr dramatyczny przy katowickim Rynku, współprodukujący spektakle ze scenami "
        "zagranicznymi.",
        "The drama theatre on Katowice's market square, co-producing plays with stages "
        "abroad."),
    "Akademia Sztuk Pięknych w Katowicach": P(
        "Wymiana Erasmus+ w zakresie wzornictwa i grafiki, wystawy studenckie, rezydencje.",
        "Szkół sztuki i designu do wymiany studentów oraz partnerów wystaw.",
        "uczelnia artystyczna, wzornictwo, projektowanie graficzne, sztuka mediów, Erasmus",
        "students professionals", "pl en", 20,
        "École des beaux-arts de Katowice, réputée pour le design industriel, le design "
        "graphique et les arts numériques.",
        "Akademia Sztuk Pięknych w Katowicach, znana z wzornictwa przemysłowego, "
        "projektowania graficznego i sztuki mediów.",
        "Katowice's Academy of Fine Arts, known for industrial design, graphic design and "
        "media arts."),
    "Filharmonia Śląska im. Henryka Mikołaja Góreckiego": P(
        "Koncerty symfoniczne i kameralne, chór, koncerty edukacyjne dla dzieci.",
        "Instytucji muzycznych do wymiany koncertów i programów edukacyjnych.",
        "filharmonia, orkiestra, chór, koncerty dla dzieci", "children adults", "pl en", 600,
        "Orchestre philharmonique de Silésie, avec son chœur et un programme de concerts "
        "éducatifs pour les enfants.",
        "Filharmonia Śląska z orkiestrą, chórem i cyklem koncertów edukacyjnych dla "
        "dzieci.",
        "The Silesian Philharmonic, with its orchestra, choir and a series of educational "
        "concerts for children."),
    "Opera Śląska w Bytomiu": P(
        "Spektakle operowe i baletowe, koprodukcje, wymiana solistów.",
        "Teatrów operowych do koprodukcji i gościnnych występów.",
        "opera, balet, koprodukcja, soliści", "adults", "pl en", 700,
        "Opéra de Silésie à Bytom : opéra et ballet, coproductions avec d'autres maisons "
        "européennes.",
        "Opera Śląska w Bytomiu: spektakle operowe i baletowe, koprodukcje z innymi "
        "teatrami w Europie.",
        "The Silesian Opera in Bytom: opera and ballet, co-productions with other European "
        "houses."),
    "Politechnika Śląska": P(
        "Wspólne projekty badawcze, wymiana doktorantów, inżynieria materiałowa, wydział "
        "architektury.",
        "Uczelni technicznych i laboratoriów do wspólnych badań.",
        "politechnika, inżynieria materiałowa, architektura, doktoraty", "students "
        "professionals", "pl en", 40,
        "Université technique de Silésie à Gliwice : ingénierie, science des matériaux et "
        "architecture.",
        "Politechnika Śląska w Gliwicach: kierunki inżynierskie, inżynieria materiałowa "
        "i architektura.",
        "The Silesian University of Technology in Gliwice: engineering, materials science "
        "and architecture."),
    "Państwowa Szkoła Muzyczna I i II st. im. Mieczysława Karłowicza w Katowicach": P(
        "Wymiana uczniów i nauczycieli, wspólne koncerty, chór dziecięcy, orkiestra "
        "szkolna.",
        "Szkół muzycznych i konserwatoriów do wymiany uczniów i nauczycieli.",
        "szkoła muzyczna, skrzypce, fortepian, chór dziecięcy, orkiestra", "children "
        "teenagers", "pl en", 40,
        "École de musique publique de Katowice, des premières années au niveau "
        "pré-professionnel, avec un chœur d'enfants et un orchestre.",
        "Państwowa szkoła muzyczna w Katowicach, od pierwszego do drugiego stopnia, "
        "z chórem dziecięcym i orkiestrą.",
        "Katowice's state music school, from beginners to pre-professional level, with a "
        "children's choir and an orchestra."),
    "Uniwersytet Ekonomiczny w Katowicach": P(
        "Wymiana Erasmus+ w zakresie ekonomii i zarządzania, wizyty studyjne.",
        "Uczelni z kierunkami zarządzania i firm do wizyt studentów.",
        "ekonomia, zarządzanie, finanse, Erasmus", "students", "pl en", 30,
        "Université d'économie de Katowice : économie, gestion, finance.",
        "Uniwersytet Ekonomiczny w Katowicach: ekonomia, zarządzanie i finanse.",
        "The University of Economics in Katowice: economics, management and finance."),
    "Górnośląsko-Zagłębiowska Metropolia": P(
        "Wymiana doświadczeń w zakresie transportu publicznego i planowania.",
        "Metropolii europejskich do współpracy.",
        "metropolia, transport publiczny, planowanie", "professionals", "pl en", 20,
        "Métropole de Silésie, qui réunit 41 communes autour de Katowice et organise les "
        "transports publics.",
        "Związek metropolitalny 41 gmin wokół Katowic, organizator transportu publicznego.",
        "The Silesian metropolitan union of 41 municipalities around Katowice, running "
        "public transport."),
    "Stadion Śląski": P(
        "Organizacja meczów i mityngów lekkoatletycznych.",
        "",
        "stadion, lekkoatletyka, piłka nożna", "adults", "pl", None,
        "Stade de Silésie à Chorzów, pour l'athlétisme et le football ; il ne mène pas de "
        "coopération internationale pour le moment.",
        "Stadion Śląski w Chorzowie, dla lekkoatletyki i piłki nożnej; obecnie nie "
        "prowadzi współpracy międzynarodowej.",
        "The Silesian Stadium in Chorzów, for athletics and football; it has no "
        "international cooperation at present.", active=False),
    "Teatr Ziemi Rybnickiej": P(
        "Spektakle muzyczne i teatralne, występy gościnne.",
        "Scen we Francji do wymiany spektakli.",
        "teatr, spektakle muzyczne, występy gościnne", "adults children", "pl", 500,
        "Théâtre municipal de Rybnik, qui présente du théâtre et des spectacles musicaux "
        "et accueille des troupes invitées.",
        "Teatr miejski w Rybniku prezentujący spektakle dramatyczne i muzyczne oraz "
        "goszczący zespoły z zewnątrz.",
        "Rybnik's municipal theatre, staging plays and musical shows and hosting visiting "
        "companies."),
    "Tyskie Browarium": P(
        "Zwiedzanie browaru, muzeum piwowarstwa, wydarzenia kulinarne.",
        "Browarów i restauratorów do wspólnych wydarzeń.",
        "browar, piwo, muzeum, kuchnia", "adults", "pl en", 80,
        "Brasserie historique de Tychy avec son musée de la bière, ouverte aux visites "
        "et aux événements culinaires.",
        "Zabytkowy browar w Tychach z muzeum piwowarstwa, otwarty dla zwiedzających "
        "i na wydarzenia kulinarne.",
        "A historic brewery in Tychy with a brewing museum, open for tours and food "
        "events."),
    "Szkoła Podstawowa nr 12 im. Janusza Korczaka w Katowicach": P(
        "Korespondencja między klasami, projekty eTwinning, przyjęcie grupy uczniów.",
        "Szkoły partnerskiej dla uczniów w wieku 10–14 lat.",
        "szkoła podstawowa, eTwinning, korespondencja, wymiana", "children teenagers",
        "pl en", 25,
        "École primaire de Katowice (élèves de 7 à 15 ans), active dans les projets "
        "eTwinning et les échanges de correspondance.",
        "Szkoła podstawowa w Katowicach (uczniowie w wieku 7–15 lat), aktywna "
        "w projektach eTwinning i wymianie korespondencji.",
        "A primary school in Katowice (pupils aged 7 to 15), active in eTwinning projects "
        "and pen-pal exchanges."),
    "II Liceum Ogólnokształcące z Oddziałami Dwujęzycznymi im. Marii Konopnickiej "
    "w Katowicach": P(
        "Klasy dwujęzyczne z językiem francuskim, wymiany uczniów, przyjęcie gości.",
        "Liceum we Francji do wymiany uczniów klas dwujęzycznych.",
        "liceum, klasy dwujęzyczne, język francuski, wymiana", "teenagers", "pl fr en", 30,
        "Lycée de Katowice avec des classes bilingues polonais-français ; ses élèves "
        "passent un séjour dans un lycée français.",
        "Liceum w Katowicach z oddziałami dwujęzycznymi polsko-francuskimi; jego uczniowie "
        "wyjeżdżają na wymiany do francuskich liceów.",
        "An upper secondary school in Katowice with Polish-French bilingual classes; its "
        "pupils spend time in French schools."),
    "VIII Liceum Ogólnokształcące im. Marii Skłodowskiej-Curie w Katowicach": P(
        "Klasy sportowe, wymiany uczniów, zawody i wspólne treningi.",
        "Szkoły we Francji do wymiany połączonej ze sportem.",
        "liceum, klasa sportowa, wymiana, języki obce", "teenagers", "pl en fr", 30,
        "Lycée de Katowice avec des classes sportives ; on y apprend l'anglais, "
        "l'allemand et le français.",
        "Liceum w Katowicach z klasami sportowymi; uczniowie uczą się angielskiego, "
        "niemieckiego i francuskiego.",
        "An upper secondary school in Katowice with sports classes; pupils learn English, "
        "German and French."),
    "Zespół Szkół Gastronomiczno-Hotelarskich w Katowicach": P(
        "Praktyki dla uczniów technikum gastronomicznego, tydzień kuchni, przyjęcie "
        "uczniów z zagranicy.",
        "Szkół hotelarskich i restauracji do praktyk zagranicznych.",
        "technikum, gastronomia, hotelarstwo, praktyki", "teenagers", "pl en", 20,
        "Lycée professionnel de l'hôtellerie et de la restauration à Katowice ; ses élèves "
        "font des stages dans des cuisines européennes.",
        "Technikum gastronomiczno-hotelarskie w Katowicach; uczniowie odbywają praktyki "
        "w kuchniach w całej Europie.",
        "A vocational school for catering and hotel trades in Katowice; its pupils do "
        "placements in kitchens across Europe."),
    "Zespół Szkół Muzycznych w Rybniku": P(
        "Wymiana uczniów, koncerty, chór, zespoły kameralne.",
        "Szkoły muzycznej lub konserwatorium do wymiany i wspólnych koncertów.",
        "szkoła muzyczna, chór, koncerty, wymiana uczniów", "children teenagers", "pl", 35,
        "École de musique de Rybnik, avec un chœur et des ensembles de chambre, qui "
        "organise des échanges d'élèves.",
        "Szkoła muzyczna w Rybniku z chórem i zespołami kameralnymi, organizująca wymiany "
        "uczniów.",
        "A music school in Rybnik with a choir and chamber ensembles, running pupil "
        "exchanges."),
    "Młodzieżowy Dom Kultury w Katowicach": P(
        "Zespoły muzyczne i chóry dziecięce, wymiany młodzieży, warsztaty plastyczne.",
        "Domów kultury i stowarzyszeń młodzieżowych do wymian.",
        "dom kultury, młodzież, zespoły muzyczne, chór, warsztaty", "children teenagers",
        "pl en", 40,
        "Maison des jeunes de Katowice : chœurs d'enfants, groupes de musique, ateliers "
        "d'arts plastiques et échanges de jeunes.",
        "Młodzieżowy Dom Kultury w Katowicach: chóry dziecięce, zespoły muzyczne, "
        "warsztaty plastyczne i wymiany młodzieży.",
        "Katowice's youth centre: children's choirs, bands, art workshops and youth "
        "exchanges."),
    "Rondo Sztuki": P(
        "Wystawy młodych projektantów i artystów, rezydencje, sztuka mediów.",
        "Partnerów wystaw i rezydencji, w tym Biennale w Saint-Étienne.",
        "galeria, design, sztuka mediów, rezydencje", "students adults", "pl en", 120,
        "Galerie d'art de l'Académie des beaux-arts au centre de Katowice : design, arts "
        "numériques et jeunes artistes.",
        "Galeria Akademii Sztuk Pięknych w centrum Katowic: design, sztuka mediów i młodzi "
        "artyści.",
        "The Academy of Fine Arts' gallery in central Katowice: design, media arts and "
        "young artists."),
    "Studio Projektowe Fabryka Form": P(
        "Projektowanie mebli i oświetlenia, staże dla studentów wzornictwa.",
        "Studiów projektowych i producentów do wspólnych kolekcji.",
        "studio projektowe, meble, oświetlenie, staże", "professionals students", "pl en",
        3,
        "Studio de design de Gliwice qui conçoit du mobilier et des luminaires et prend "
        "des stagiaires en design.",
        "Studio projektowe z Gliwic, projektujące meble i oświetlenie, przyjmujące "
        "stażystów.",
        "A design studio in Gliwice creating furniture and lighting and taking design "
        "interns."),
    "Instytucja Filmowa Silesia Film": P(
        "Przeglądy filmowe w Kinie Kosmos, fundusz filmowy, wymiana programów.",
        "Kin i festiwali za granicą do wymiany programów i gości.",
        "kino, film, przeglądy filmowe, fundusz filmowy", "adults teenagers", "pl en", 300,
        "Institution du cinéma de la région de Silésie : cinéma Kosmos, festivals et fonds "
        "régional d'aide au film.",
        "Regionalna instytucja filmowa: Kino Kosmos, festiwale i regionalny fundusz "
        "filmowy.",
        "Silesia's regional film institution: the Kosmos cinema, festivals and a regional "
        "film fund."),
    "Szkoła Filmowa im. Krzysztofa Kieślowskiego Uniwersytetu Śląskiego": P(
        "Etiudy studenckie, wymiana studentów reżyserii i operatorstwa.",
        "Festiwali filmów krótkometrażowych i szkół filmowych do współpracy.",
        "szkoła filmowa, reżyseria, etiudy, krótki metraż", "students", "pl en", 20,
        "École de cinéma de l'Université de Silésie : réalisation, image, courts métrages "
        "d'étudiants.",
        "Szkoła filmowa Uniwersytetu Śląskiego: reżyseria, zdjęcia, studenckie etiudy.",
        "The University of Silesia's film school: directing, cinematography, student "
        "short films."),
    "Biblioteka Śląska": P(
        "Czytania dwujęzyczne, spotkania autorskie, wymiana książek.",
        "Bibliotek za granicą do wspólnych czytań i wymiany książek.",
        "biblioteka, czytanie, spotkania autorskie", "adults children", "pl en", 150,
        "Grande bibliothèque régionale de Silésie à Katowice, qui organise lectures et "
        "rencontres d'auteurs.",
        "Biblioteka Śląska w Katowicach, regionalna książnica organizująca czytania "
        "i spotkania autorskie.",
        "The Silesian Library in Katowice, the regional library, holding readings and "
        "author meetings."),
    "Instytucja Kultury Katowice – Miasto Ogrodów": P(
        "Festiwale literackie i muzyczne (m.in. Tauron Nowa Muzyka), program miasta "
        "kreatywnego UNESCO.",
        "Artystów i festiwali za granicą do wymiany.",
        "festiwal, literatura, muzyka elektroniczna, UNESCO", "adults teenagers",
        "pl en", 2000,
        "Institution culturelle de la Ville de Katowice qui organise des festivals "
        "littéraires et musicaux, dont Tauron Nowa Muzyka, et coordonne la Ville créative "
        "UNESCO de musique.",
        "Miejska instytucja kultury organizująca festiwale literackie i muzyczne, w tym "
        "Tauron Nowa Muzyka, i koordynująca program miasta kreatywnego UNESCO.",
        "The City of Katowice's cultural institution running literary and music "
        "festivals, Tauron Nowa Muzyka among them, and the UNESCO City of Music "
        "programme."),
    "Alliance Française de Katowice": P(
        "Kursy języka francuskiego, wydarzenia kulturalne, wyjazdy do Francji.",
        "Partnerów we Francji dla naszych słuchaczy.",
        "język francuski, kursy, kultura francuska", "adults teenagers", "pl fr", 20,
        "Centre de langue et de culture françaises à Katowice : cours de français et "
        "événements culturels.",
        "Ośrodek języka i kultury francuskiej w Katowicach: kursy francuskiego "
        "i wydarzenia kulturalne.",
        "A centre for French language and culture in Katowice: French courses and "
        "cultural events."),
    "GKS Katowice": P(
        "Turnieje młodzieżowe, akademia piłkarska, mecze towarzyskie.",
        "Klubów piłkarskich do turniejów drużyn młodzieżowych.",
        "piłka nożna, akademia, turnieje młodzieżowe", "children teenagers", "pl", 60,
        "Club sportif historique de Katowice, avec une académie de football pour les "
        "jeunes.",
        "Historyczny klub sportowy z Katowic z akademią piłkarską dla dzieci i młodzieży.",
        "Katowice's historic sports club, with a youth football academy."),
    "Akademia Wychowania Fizycznego im. Jerzego Kukuczki w Katowicach": P(
        "Badania nad treningiem, wymiana studentów wychowania fizycznego, szkolenia "
        "trenerów.",
        "Uczelni i organizacji sportowych do wspólnych badań i szkoleń.",
        "nauki o sporcie, trening, wychowanie fizyczne, fizjoterapia", "students "
        "professionals", "pl en", 30,
        "Académie d'éducation physique de Katowice : sciences du sport, entraînement, "
        "kinésithérapie.",
        "Akademia Wychowania Fizycznego w Katowicach: nauki o sporcie, trening "
        "i fizjoterapia.",
        "The Academy of Physical Education in Katowice: sport science, coaching and "
        "physiotherapy."),
    "Śląski Uniwersytet Medyczny w Katowicach": P(
        "Praktyki kliniczne, wymiana studentów medycyny i pielęgniarstwa.",
        "Szpitali uniwersyteckich i wydziałów medycznych do wymiany.",
        "medycyna, pielęgniarstwo, praktyki kliniczne", "students professionals", "pl en",
        20,
        "Université de médecine de Silésie : médecine, pharmacie, soins infirmiers ; "
        "stages cliniques à l'étranger.",
        "Śląski Uniwersytet Medyczny: medycyna, farmacja, pielęgniarstwo; praktyki "
        "kliniczne za granicą.",
        "The Medical University of Silesia: medicine, pharmacy, nursing; clinical "
        "placements abroad."),
    "Miejski Ośrodek Pomocy Społecznej w Katowicach": P(
        "Wizyty studyjne, wymiana doświadczeń pracowników socjalnych, dzienne domy "
        "pomocy.",
        "Służb społecznych w innych miastach do wymiany dobrych praktyk.",
        "pomoc społeczna, seniorzy, praca socjalna", "adults professionals", "pl", 10,
        "Service social de la Ville de Katowice : centres de jour pour personnes âgées, "
        "aide aux familles.",
        "Miejski Ośrodek Pomocy Społecznej w Katowicach: dzienne domy pomocy dla seniorów "
        "i wsparcie rodzin.",
        "The City of Katowice's social services: day centres for older people and support "
        "for families."),
    "Caritas Archidiecezji Katowickiej": P(
        "Wolontariat, opieka nad seniorami, Europejski Korpus Solidarności.",
        "Organizacji do wymiany wolontariuszy i doświadczeń.",
        "wolontariat, seniorzy, pomoc społeczna, EKS", "adults teenagers", "pl en", 15,
        "Organisation caritative du diocèse de Katowice : aide aux personnes âgées, "
        "bénévolat et volontariat européen.",
        "Caritas Archidiecezji Katowickiej: pomoc seniorom, wolontariat i Europejski "
        "Korpus Solidarności.",
        "The Catholic charity of the Katowice archdiocese: care for older people, "
        "volunteering and the European Solidarity Corps."),
    "Śląska Organizacja Turystyczna": P(
        "Szlak Zabytków Techniki, promocja turystyki industrialnej, programy dla grup.",
        "Biur turystycznych i muzeów do wspólnej promocji.",
        "turystyka, Szlak Zabytków Techniki, dziedzictwo przemysłowe", "adults",
        "pl en de", 100,
        "Organisation touristique de Silésie : la Route des monuments techniques et les "
        "programmes pour les groupes.",
        "Śląska Organizacja Turystyczna: Szlak Zabytków Techniki i programy dla grup.",
        "The Silesian Tourist Organisation: the Industrial Monuments Route and programmes "
        "for groups."),
    "Zabytkowa Kopalnia Guido": P(
        "Zwiedzanie kopalni, lekcje dla szkół, wystawy o górnictwie.",
        "Muzeów górnictwa do wymiany wystaw.",
        "kopalnia, muzeum górnictwa, turystyka, lekcje muzealne", "children adults",
        "pl en", 120,
        "Mine historique de Zabrze, visitable à 320 mètres sous terre, avec des ateliers "
        "pour les écoles.",
        "Zabytkowa kopalnia w Zabrzu, udostępniona do zwiedzania na głębokości 320 metrów, "
        "z zajęciami dla szkół.",
        "A historic coal mine in Zabrze, open to visitors 320 metres underground, with "
        "sessions for schools."),
    "Regionalny Instytut Kultury w Katowicach": P(
        "Twórcy ludowi, koronka koniakowska, warsztaty rękodzieła, chóry amatorskie.",
        "Muzeów i organizacji rzemieślników do wymiany i wystaw.",
        "kultura ludowa, rękodzieło, koronka, tkactwo", "adults", "pl", 40,
        "Institut régional de la culture : arts populaires, artisans et dentellières de "
        "Silésie, chœurs amateurs.",
        "Regionalny Instytut Kultury: kultura ludowa, twórcy i koronczarki ze Śląska, "
        "chóry amatorskie.",
        "The Regional Institute of Culture: folk art, Silesian craftspeople and lace "
        "makers, amateur choirs."),
    "Izba Rzemieślnicza oraz Małej i Średniej Przedsiębiorczości w Katowicach": P(
        "Praktyki dla uczniów rzemiosła, egzaminy czeladnicze, kontakty z firmami.",
        "Izb rzemieślniczych za granicą do wymiany uczniów.",
        "rzemiosło, praktyki, piekarstwo, stolarstwo, MŚP", "teenagers professionals",
        "pl", 20,
        "Chambre des métiers de Katowice : apprentissage, examens de compagnon, contacts "
        "avec les artisans et PME.",
        "Izba Rzemieślnicza w Katowicach: nauka zawodu, egzaminy czeladnicze, kontakty "
        "z rzemieślnikami i firmami.",
        "The chamber of crafts in Katowice: apprenticeships, journeyman exams and "
        "contacts with craft firms and SMEs."),
    "Katowicka Specjalna Strefa Ekonomiczna": P(
        "Obsługa inwestorów, kontakty z firmami przemysłowymi w strefie.",
        "Inwestorów i izb handlowych z zagranicy.",
        "strefa ekonomiczna, inwestorzy, przemysł", "professionals", "pl en", 30,
        "Zone économique spéciale de Katowice, qui accueille les investisseurs et met en "
        "relation avec les industriels de la région.",
        "Katowicka Specjalna Strefa Ekonomiczna, obsługująca inwestorów i łącząca ich "
        "z firmami przemysłowymi regionu.",
        "The Katowice Special Economic Zone, serving investors and introducing them to "
        "the region's manufacturers."),
    "Silesia Precision Sp. z o.o.": P(
        "Obróbka precyzyjna CNC, staże dla studentów inżynierii.",
        "Partnerów przemysłowych i klientów we Francji.",
        "obróbka CNC, przemysł, podwykonawstwo", "professionals students", "pl en de", 3,
        "Entreprise de Gliwice spécialisée dans l'usinage de précision, sous-traitante de "
        "l'industrie européenne.",
        "Firma z Gliwic specjalizująca się w obróbce precyzyjnej, podwykonawca dla "
        "przemysłu w Europie.",
        "A Gliwice company specialising in precision machining, a subcontractor to "
        "European industry."),
    "Urząd Miejski w Gliwicach": P(
        "Wizyty studyjne, park technologiczny, obsługa inwestorów.",
        "Miast partnerskich do wymiany doświadczeń gospodarczych.",
        "miasto, park technologiczny, inwestorzy", "professionals", "pl en de", 20,
        "La Ville de Gliwice, connue pour son parc technologique et son accueil des "
        "investisseurs.",
        "Miasto Gliwice, znane z parku technologicznego i obsługi inwestorów.",
        "The City of Gliwice, known for its technology park and support for investors."),
    "Szkoła Podstawowa nr 7 im. Mikołaja Kopernika w Chorzowie": P(
        "Wymiana rysunków i listów, projekty eTwinning.",
        "Szkoły partnerskiej dla dzieci w wieku 7–11 lat.",
        "szkoła podstawowa, eTwinning, rysunki, korespondencja", "children", "pl en", 20,
        "École primaire de Chorzów ; ses jeunes classes échangent des dessins et des "
        "lettres avec des écoles étrangères.",
        "Szkoła podstawowa w Chorzowie; młodsze klasy wymieniają rysunki i listy "
        "ze szkołami z zagranicy.",
        "A primary school in Chorzów; its younger classes exchange drawings and letters "
        "with schools abroad."),
    "Konior Studio": P(
        "Staże w pracowni architektonicznej, wykłady o architekturze sal koncertowych.",
        "Szkół architektury i miejsc związanych z modernizmem.",
        "architektura, sale koncertowe, modernizm, staże", "professionals students",
        "pl en", 4,
        "Agence d'architecture de Katowice, auteure de la salle de concert du NOSPR ; "
        "elle accueille des stagiaires en architecture.",
        "Pracownia architektoniczna z Katowic, autorka siedziby NOSPR; przyjmuje "
        "praktykantów.",
        "An architecture practice in Katowice that designed the NOSPR concert hall; it "
        "takes architecture interns."),
}
# fmt: on


# fmt: off
_ELSEWHERE: dict[str, _Profile] = {
    "Szkoła Muzyczna I st. w Łodzi": P(
        "Koncerty uczniów, wymiana nauczycieli.", "Szkół muzycznych do współpracy.",
        "szkoła muzyczna, koncerty", "children", "pl", 20,
        "École de musique de premier cycle à Łódź.",
        "Szkoła muzyczna pierwszego stopnia w Łodzi.",
        "A beginners' music school in Łódź."),
    "Akademia Muzyczna im. Grażyny i Kiejstuta Bacewiczów w Łodzi": P(
        "Wymiana studentów, kursy mistrzowskie.", "Uczelni muzycznych do wymiany.",
        "uczelnia muzyczna, Erasmus", "students", "pl en", 20,
        "Académie de musique de Łódź.", "Akademia Muzyczna w Łodzi.",
        "The Academy of Music in Łódź."),
    "Instytut Polski w Paryżu": P(
        "Promotion de la culture polonaise en France : films, livres, concerts.",
        "Des lieux culturels français pour des événements polonais.",
        "culture polonaise, cinéma, littérature", "adults", "fr pl en", 100,
        "Institut culturel de la Pologne en France, qui fait connaître films, livres et "
        "musique polonais.",
        "Instytut Polski w Paryżu, promujący polski film, literaturę i muzykę we Francji.",
        "The Polish Institute in Paris, promoting Polish film, books and music in France."),
    "Région Auvergne-Rhône-Alpes": P(
        "Financement de projets européens, coopération avec la Silésie.",
        "Des régions partenaires.", "région, financement, coopération", "professionals",
        "fr en", None,
        "Conseil régional d'Auvergne-Rhône-Alpes, partenaire de la voïvodie de Silésie.",
        "Rada regionu Owernia-Rodan-Alpy, partner województwa śląskiego.",
        "The Auvergne-Rhône-Alpes regional council, a partner of the Silesian Voivodeship."),
    "Vysoká škola báňská – Technická univerzita Ostrava": P(
        "Research cooperation in mining and materials.", "Technical universities.",
        "technical university, mining, materials", "students professionals", "cs en", 20,
        "Université technique d'Ostrava, issue de l'école des mines.",
        "Uniwersytet techniczny w Ostrawie, dawna akademia górnicza.",
        "The technical university of Ostrava, founded as a mining academy."),
    "Eurocities": P(
        "A network of over 200 European cities.", "Member cities' projects.",
        "network, cities, Europe", "professionals", "en fr", None,
        "Réseau de plus de 200 grandes villes européennes.",
        "Sieć ponad 200 dużych miast europejskich.",
        "A network of over 200 major European cities."),
}
# fmt: on

PROFILES.update(_KATOWICE)
PROFILES.update(_ELSEWHERE)


def _in_french(profile: _Profile, own: Language) -> _Profile:
    """The profile's French texts in French typography (its own ones if it is French)."""
    if own is not Language.FR:
        return replace(profile, fr=french(profile.fr))
    return replace(
        profile,
        offers=french(profile.offers),
        seeks=french(profile.seeks),
        tags=french(profile.tags),
        fr=french(profile.fr),
    )


_LANGUAGE = {name: _CITY[city].lang for name, _kind, city, *_ in _KNOWN_ORGS}
PROFILES = {name: _in_french(p, _LANGUAGE[name]) for name, p in PROFILES.items()}
