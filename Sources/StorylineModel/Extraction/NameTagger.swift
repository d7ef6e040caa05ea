import Foundation

/// An actor as found in one article, before actors are merged across the corpus.
struct LocalActor: Sendable {
    var name: String
    var kind: ActorKind
    /// Surface forms seen, in order of first appearance (the name included).
    var forms: [String]
    var role: String?
    /// Canonical name of the country or organisation named with the actor's title ("Russian Defense Minister").
    var affiliation: String?
    /// Canonical name of the country a capital or seat of government stands for.
    var standsFor: String?
    /// True when the name comes from the knowledge base rather than from the text's cues.
    var isKnown: Bool
    var nameTokens: [String]
    /// The name split as the knowledge base splits names (`KnowledgeBase.keyTokens`), made once: short forms of
    /// organisations are compared with it for every candidate of the article.
    var nameKeyTokens: [String] = []
    /// A lone word kept only if the corpus names a person in full with it ("Ortiz" → "Lena Ortiz"); dropped otherwise.
    var isTentative = false
}

/// One naming of a local actor in a sentence.
struct LocalMention: Sendable {
    var actor: Int
    var sentence: Int
    /// Token indices in the sentence.
    var tokens: Range<Int>
    /// Unicode-scalar offsets into the article text.
    var range: Range<Int>
    var text: String
    /// A demonym or country name used to modify what follows ("Russian Defense Minister", "US officials").
    var isModifier: Bool
    /// The mention is a demonym ("Russian", "North Koreans").
    var isDemonym = false
}

/// Finds the actors named in an article: known names from the knowledge base, and names the text marks
/// by capitals and cues (titles, organisation words, prepositions of place), with short forms referred
/// back to full names within the article ("Kim" → "Kim Jong Un").
struct NameTagger {
    let knowledge: KnowledgeBase
    /// The trained entity model that decides what unknown names are; rules alone when nil.
    let model: EntityModel?

    init(knowledge: KnowledgeBase = .shared, model: EntityModel? = EntityModel.shared) {
        self.knowledge = knowledge
        self.model = model
    }

    /// Words that may join capitalised words inside one name ("Ministry of Defence", "Ludwig van Beethoven").
    static let nameParticles: WordSet = ["de", "da", "di", "del", "der", "du", "la", "le", "van", "von", "bin", "ibn", "al", "el",
                                                     "do", "dos", "das", "des", "den", "es", "y", "della", "delle", "degli", "dei", "alla"]
    /// Words that open a place's name with its kind: "River Severn", "Gulf of Aden".
    private static let placeHeads: WordSet = ["River", "Lake", "Mount", "Mt.", "Loch", "Cape", "Isle", "Port", "Gulf", "Bay", "Sea",
                                                  "Strait", "Straits",
                                                  // Other languages' venues, squares and streets: "Estádio Manoel Barradas", "Piazza San Marco".
                                                  "Estádio", "Estadio", "Stadio", "Stadion", "Arena", "Piazza", "Praça", "Avenida", "Rua",
                                                  "Palacio", "Palazzo", "Parque"]
    /// Words before "Center" or "Centre" that make it a site, a place ("Space Center", "Convention Centre").
    private static let siteCentres: WordSet = ["Space", "Convention", "Exhibition", "Shopping", "Detention", "Trade", "Tennis", "Sports",
                                                   "Cinema", "City", "Justice", "Conference", "Aquatic", "Aquatics", "Events", "Visitor",
                                                   "Civic", "Leisure", "Retail", "Distribution", "Transit", "Holding"]
    /// Last words of the names of events, competitions, awards and laws ("Davis Cup", "Valencia Marathon", "Clean Air
    /// Act", the wildfire "Dixie Fire"): named things, but no actors (CoNLL's MISC), so not read as people or organisations.
    private static let eventHeads: WordSet = ["Cup", "Marathon", "Prix", "Trophy", "Championship", "Championships", "Olympics",
                                                  "Paralympics", "Bowl", "Classic", "Award", "Awards", "Prize", "Act", "Summit", "War", "Expo",
                                                  "Festival", "Fire", "Fair"]
    /// Bodies named after the subject they deliberate on ("Council on Foreign Relations", "National Institute on Aging");
    /// not sites ("Kennedy Space Center on STS-1").
    private static let bodiesOnSubjects: WordSet = ["Council", "Committee", "Subcommittee", "Commission", "Panel", "Conference",
                                                        "Institute", "Forum", "Coalition"]
    /// Words before a title that are not part of anyone's name: "Former CEO …", "Acting Mayor …".
    private static let titleQualifiers: WordSet = ["Former", "Then", "Acting", "Interim", "Outgoing", "Incoming", "Late"]
    /// "St. Brendan's": a saint's name before a possessive inside a name.
    private static let saintWords: WordSet = ["St.", "St", "Saint", "Ste.", "San", "Santa"]
    /// Words before "District" that make the district a body that provides a service ("Napa Valley Unified School
    /// District", "Sumner County Hospital District"), not an area ("Southern District of New York").
    private static let servicesOfDistricts: WordSet = ["School", "Water", "Fire", "Hospital", "Transit", "Library", "Park", "Parks",
                                                           "Sanitation", "Sanitary", "Irrigation", "Utility", "Utilities", "Sewer", "Health",
                                                           "Conservation", "Protection", "Drainage", "Recreation", "Transportation",
                                                           "Abatement", "Improvement", "Housing", "College"]
    /// Words before "Base" that make a run a military base, a site ("Maxwell Air Force Base", "Ramstein Air Base").
    private static let kindsOfBases: WordSet = ["Air", "Force", "Naval", "Navy", "Army", "Military", "Marine", "Submarine", "Space",
                                                    "Missile", "Logistics"]
    /// Last words of newspapers' names that name no person or party after a place ("Kansas City Star", "Korea Herald";
    /// not "Texas Democrat", "Labour Leader").
    private static let placedPublicationWords: WordSet = ["Times", "Post", "Journal", "Tribune", "Herald", "Gazette", "Chronicle",
                                                              "Courier", "Telegraph", "Observer", "Examiner", "Inquirer", "Enquirer",
                                                              "Sun", "Star", "Globe", "Register", "Bulletin", "Dispatch", "Sentinel",
                                                              "Advertiser", "Ledger", "Argus", "Statesman", "Mirror", "Star-Telegram"]
    /// Words between a place and its newspaper's last word ("Dallas Morning News", "Washington Free Beacon").
    private static let publicationQualifiers: WordSet = ["Morning", "Evening", "Daily", "Sunday", "Weekly", "Free"]
    /// Words before and after a side of a match in a match report: "beat Leeds", "Leeds drew".
    private static let beforeSide: WordSet = ["beat", "beats", "defeated", "defeat", "against", "over", "to", "with", "host", "hosts",
                                                  "hosted", "visit", "visits", "visited", "thrashed", "edged", "drew"]
    private static let afterSide: WordSet = ["beat", "beats", "defeated", "drew", "draw", "won", "win", "wins", "lost", "lose", "loses",
                                                 "edged", "thrashed", "host", "hosts", "hosted", "visit", "visits", "visited", "held", "came",
                                                 "stayed"]
    /// Words that open or end the names of sports clubs and never a person's: "Almere City", "Bristol Rovers",
    /// "Deportes Temuco", "Dinamo Zagreb".
    private static let clubFirstWords: WordSet = ["Deportes", "Deportivo", "Atletico", "Atlético", "Sporting", "Racing", "Dynamo",
                                                      "Dinamo", "Olympique", "Spartak", "Lokomotiv", "CSKA", "FC", "AC", "SC", "AS",
                                                      "Independiente", "Estudiantes", "Athletic", "Borussia", "Hapoel", "Maccabi",
                                                      "Werder", "Eintracht", "Fortuna", "Hertha", "VfB", "VfL", "Stade", "Real"]
    private static let clubLastWords: WordSet = ["City", "United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "Rangers",
                                                     "Argyle", "Wednesday", "FC", "F.C.", "CF", "SC", "Juniors"]
    /// Last words of the names of newspapers and magazines ("The Arizona Republic", "The Hollywood Reporter"): those
    /// that may follow a place, and those that after a place may name a person, party or thing ("Texas Democrat").
    private static let publicationWords = WordSet(placedPublicationWords.union(["Guardian", "Mail", "Express", "Republic", "Record",
                                                                                "Independent", "Standard", "Review", "Monitor",
                                                                                "Reporter", "Economist", "Leader", "Democrat",
                                                                                "Citizen", "News"]))
    /// Last words of the names of counties, whose bodies bear their names ("Hinds County Board of Supervisors").
    private static let countyWords: WordSet = ["County", "Parish", "Borough"]
    /// Last words of a county's bodies that name no organisation elsewhere ("Jackson County Legislature", "Turkana County
    /// Government", "King County Metro", "Fairfax County Public Schools").
    private static let countyBodyWords: WordSet = ["Legislature", "Government", "Metro", "Management", "Schools", "Transit"]
    /// Places that are no countries but field national teams, named as the place ("England captain", "Hong Kong coach").
    private static let nationsPlayingAsNations: Set<String> = ["England", "Scotland", "Wales", "Northern Ireland", "Hong Kong",
                                                               "Macau", "Puerto Rico", "Faroe Islands", "Gibraltar", "Bermuda",
                                                               "Greenland", "Tahiti", "New Caledonia", "Guam"]
    /// Words before and after a side of a game in a report of games, where no score is needed to tell it: stricter than
    /// `beforeSide` and `afterSide` ("to", "with", "visited" name places as often).
    private static let beforeAGamesSide: WordSet = ["against", "beat", "beats", "defeated", "defeat", "face", "faces", "facing",
                                                        "host", "hosts", "hosted", "edged", "thrashed", "routed"]
    private static let afterAGamesSide: WordSet = ["beat", "beats", "defeated", "drew", "won", "lost", "edged", "thrashed", "host",
                                                       "hosts", "hosted", "lead", "led", "trail", "trailed"]
    /// A team's people, named after the team's name: "Sussex captain", "Chicago coach", "Leicester manager".
    private static let teamPeople: WordSet = ["coach", "captain", "skipper", "manager", "striker", "midfielder", "defender",
                                                  "goalkeeper", "keeper", "winger", "quarterback", "pitcher", "batsman", "bowler",
                                                  "player", "players", "fans"]
    /// A scorecard's marks before a fielder or bowler: caught, bowled, stumped.
    private static let dismissalMarks: WordSet = ["c", "b", "st"]
    /// A cricket result's margin, which makes a sentence a match report as a score does.
    private static let cricketMargins: WordSet = ["wickets", "wicket", "runs", "innings"]
    /// Plural nouns that take a possessive inside organisation names ("People's", "Workers'").
    private static let collectiveNouns: WordSet = ["People", "Peoples", "Workers", "Women", "Children", "Men", "Citizens", "Veterans", "Farmers", "Students", "Nations", "Teachers"]
    /// Words that open the name of an institution in Spanish, Portuguese, French and Italian, where the kind comes
    /// first ("Tribunal Superior Eleitoral", "Banco de la República", "Partido dos Trabalhadores").
    private static let romanceHeads: WordSet = ["Banco", "Banque", "Banca", "Tribunal", "Tribunale", "Corte", "Cour", "Conseil", "Consejo",
                                                    "Conselho", "Consiglio", "Assemblée", "Asamblea", "Assembleia", "Ministerio", "Ministério",
                                                    "Ministère", "Ministero", "Partido", "Parti", "Partito", "Frente", "Front", "Movimiento",
                                                    "Movimento", "Mouvement", "Universidad", "Universidade", "Université", "Università",
                                                    "Instituto", "Institut", "Istituto", "Fundación", "Fundação", "Fondation", "Fondazione",
                                                    "Comisión", "Comissão", "Commission", "Agencia", "Agência", "Agence", "Agenzia",
                                                    "Compañía", "Companhia", "Compagnie", "Empresa", "Grupo", "Groupe", "Gruppo", "Federación",
                                                    "Federação", "Fédération", "Federazione", "Sindicato", "Syndicat", "Sindacato",
                                                    "Confederación", "Confederação", "Confédération", "Asociación", "Associação", "Associazione",
                                                    "Cámara", "Câmara", "Chambre", "Camera", "Senado", "Senato", "Congreso", "Congresso",
                                                    "Policía", "Polícia", "Polizia", "Ejército", "Exército", "Armée", "Esercito", "Autoridad",
                                                    "Autoridade", "Autorité", "Autorità", "Secretaría", "Procuraduría", "Fiscalía", "Defensoría",
                                                    "Bolsa", "Bourse", "Borsa", "Caja", "Caixa", "Clube", "Sociedad", "Sociedade", "Société",
                                                    "Società", "Cooperativa", "Coopérative", "Servicio", "Serviço", "Service", "Servizio",
                                                    "Superintendencia", "Superintendência", "Junta", "Registraduría", "Oficina", "Escuela", "Escola",
                                                    "École", "Hospital", "Hôpital", "Ospedale", "Centro", "Centre", "Xunta", "Generalitat",
                                                    "Ayuntamiento", "Diputación", "Prefeitura", "Mairie", "Teatro", "Théâtre", "Museo", "Musée",
                                                    "Museu", "Biblioteca", "Bibliothèque"]
    /// Holders of an office that is named after them: "Sheriff's Office", "Attorney's Office", "Mayor's Office".
    private static let officeHolders: WordSet = ["Sheriff", "Attorney", "Examiner", "Coroner", "Prosecutor", "Ombudsman", "Auditor",
                                                     "Comptroller", "Controller", "Treasurer", "Clerk", "Assessor", "Commissioner", "Mayor",
                                                     "Governor", "Marshal", "Defender", "Inspector", "Registrar", "Solicitor"]
    /// Words that, before a road's number, name the road ("Interstate 70", "Route 66").
    private static let numberedRoads: WordSet = ["Interstate", "Highway", "Route", "Motorway"]
    /// One to four digits, perhaps with a letter after them ("70", "101", "5A").
    static func isRoadNumber(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        let digits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        return (1...4).contains(digits) && bytes.count - digits <= 1
            && (digits == bytes.count || (bytes[digits] >= 0x41 && bytes[digits] <= 0x5A))
    }
    /// Words before a storm's own name ("Hurricane Delphine"), and their `KnowledgeBase.keyHash`es.
    private static let stormWords: WordSet = ["Hurricane", "Typhoon", "Cyclone", "Storm"]
    private static let stormWordHashes: [UInt64] = stormWords.map(KnowledgeBase.keyHash)
    /// `EntityFeatures.wordHash` of the words that may qualify a storm word ("Tropical Storm", "Super Typhoon").
    private static let tropicalHash = EntityFeatures.wordHash("Tropical"), superHash = EntityFeatures.wordHash("Super")
    /// Verbs a team does in news of its games, after its town's name: "Denver won", "Kansas City lost its running back".
    private static let teamVerbs: WordSet = [
        "won", "wins", "lost", "loses", "beat", "beats", "defeated", "defeats", "edged", "edges", "drew", "draws", "tied",
        "ties", "hosts", "hosted", "visits", "visited", "plays", "played", "faces", "faced", "has", "had", "have", "is", "was",
        "will", "scored", "scores", "led", "leads", "trailed", "trails", "rallied", "rallies", "improved", "fell", "falls",
        "signed", "signs", "traded", "trades", "released", "acquired", "fired", "hired", "clinched", "clinches", "reached",
        "advanced", "advances", "needed", "needs", "took", "takes", "got", "finished", "finishes", "snapped", "extended",
        "outscored", "dominated", "struggled", "committed", "converted", "missed", "managed", "opened", "closed", "pulled",
        "left", "shot", "went", "allowed", "made", "held", "hit", "posted", "forced", "outshot", "outrebounded",
    ]
    /// Words that follow a subject or join it to what comes next, no nouns: "Laurentian and its union", "Zenova would".
    private static let afterSubject: WordSet = ["and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is",
                                                "are", "were", "be", "been", "would", "could", "can", "may", "might", "must",
                                                "should", "shall", "also", "then", "now", "still", "announced", "agreed", "reported",
                                                "plans", "planned", "wants", "wanted", "expects", "expected", "declined", "denied",
                                                "confirmed", "did", "does", "do"]
    /// Words that place a part of a town before its name ("north Denver", "downtown Houston").
    private static let compassWords: WordSet = ["north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                                "downtown", "central", "suburban", "greater"]
    /// Capitalised directions that name a region of the place after them ("Northern California", "West Texas").
    private static let regionDirections: WordSet = ["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                                                        "Central", "Northeastern", "Northwestern", "Southeastern", "Southwestern",
                                                        "Northeast", "Northwest", "Southeast", "Southwest", "Upstate"]
    /// Prepositions after which a lone unknown name is a place ("in Vladivostok").
    private static let placePrepositions: WordSet = ["in", "at", "from", "to", "near", "outside", "across", "into", "towards", "toward", "via"]
    /// Nouns after a name that make it a work's ("the Silver Clouds installation", "the Star Wars films"): the name is no
    /// organisation, whatever the model reads. Not nouns a maker or host names too ("the Tate exhibition", "a CNN video").
    private static let kindsOfWorks: WordSet = ["film", "films", "movie", "movies", "album", "albums", "song", "songs", "novel",
                                                    "novels", "installation", "sculpture", "painting", "paintings", "documentary",
                                                    "franchise", "trilogy", "saga", "episode", "episodes", "sequel", "musical",
                                                    "opera", "soundtrack"]
    /// Nouns for kinds of organisations, written right before a name ("the fishing company Pescanova", "the opposition
    /// Progressive Conservatives"); none that names a person too ("investor", "developer", "founder").
    private static let kindsOfOrganisations: WordSet = ["company", "firm", "group", "party", "charity", "bank", "broadcaster",
                                                           "retailer", "airline", "carmaker", "automaker", "insurer", "lender",
                                                           "startup", "start-up", "manufacturer", "supplier", "cooperative",
                                                           "co-operative", "organisation", "organization", "association",
                                                           "union", "publisher", "label", "band", "club", "movement",
                                                           "consortium", "conglomerate", "operator", "chain", "brewer", "miner",
                                                           "studio", "outlet", "newspaper", "magazine", "fund", "NGO",
                                                           "watchdog", "regulator", "opposition", "subsidiary", "distributor"]
    /// Last words of firms' names, after which "of" and a place say where the firm is, not which one it is ("Vodacom Group
    /// of South Africa", "Al Noor Capital Holdings of Abu Dhabi"); a bank's, a party's or a state corporation's "of" names
    /// it ("Bank of England", "Life Insurance Corporation of India").
    private static let firmEndings: WordSet = ["Group", "Holdings", "Partners", "Inc", "Inc.", "Ltd", "Ltd.", "plc", "Plc", "PLC", "LLC",
                                               "Industries", "Enterprises", "Ventures", "Investments"]
    /// People, or a service, named "for" a cause or a place by the bodies they form ("Physicians for Human Rights",
    /// "Moms for Liberty", "Transport for London").
    private static let peopleForCauses: WordSet = ["Citizens", "Taxpayers", "Lawyers", "Physicians", "Doctors", "Scientists", "Students",
                                                   "Parents", "Mothers", "Moms", "Women", "Veterans", "Americans", "Canadians",
                                                   "Britons", "Europeans", "Christians", "Muslims", "Jews", "Journalists", "Artists",
                                                   "Farmers", "Workers", "Nurses", "Teachers", "Friends", "Transport"]
    /// Bodies named with the place they serve after "in" ("Mission in Colombia", "Church in Wales").
    private static let bodiesInPlaces: WordSet = ["Mission", "Church"]
    /// Legislatures named by their word alone, as news names a country's ("the Senate", "Parliament"), which the CoNLL
    /// convention counts as names; other organisation words alone ("the Commission", "the Church") are descriptions.
    static let legislatures: WordSet = ["Senate", "Parliament", "Congress"]
    /// Words that open an apposition describing a name ("Klar, a Mexican lender").
    private static let appositionOpeners: WordSet = ["a", "an", "the"]
    /// Words after the noun of an apposition that end its head ("a trading firm in Tema", "a club that", "a group of").
    private static let appositionEnds: WordSet = ["in", "of", "from", "that", "which", "based", "with", "owned", "run", "founded",
                                                  "for", "whose", "headquartered", "listed", "controlled", "backed", "known",
                                                  "formed", "set", "created", "operating", "at", "on", "to", "by"]
    /// Quotation marks that close a quoted name.
    private static let closingQuotes: WordSet = ["\"", "\u{201D}", "'", "\u{2019}"]
    /// Words that open a relative clause ("the Algerian who joined the club from …").
    private static let relativeWords: WordSet = ["who", "whom", "whose", "which", "that", "where", "when", "while"]
    /// Nouns for kinds of organisations that name a person's trade too ("a forklift operator", "a coal miner").
    private static let tradesToo: WordSet = ["operator", "miner", "publisher", "brewer", "broadcaster", "distributor", "supplier",
                                             "manufacturer", "retailer"]
    /// Lower-case words inside names ("Gift of the Givers", "Bureau des Vins").
    private static let joinersInNames: WordSet = ["of", "the", "for", "and", "on", "de", "du", "des", "la", "le", "del", "della", "di"]
    /// Verbs of saying after which a lone unknown name is a person ("Sullivan said").
    private static let speechVerbs: WordSet = ["said", "says", "told", "added", "stated", "explained", "noted", "wrote", "argued", "claimed", "insisted", "warned", "asked", "replied", "tweeted"]
    /// Words that label a picture's or a quote's credit in news text ("Image: Nick Moreau", "Source: Reuters").
    static let creditLabels: WordSet = ["Image", "Images", "Photo", "Photos", "Picture", "Credit", "Credits", "Source",
                                            "Sources", "Video", "Caption", "File", "Illustration", "Graphic"]
    private static let openers: WordSet = ["\"", "\u{201C}", "\u{2018}", "'", "(", "[", "-", "\u{2014}", "\u{2013}", ":", ";", "\u{2026}"]

    /// What a lone capitalised word left for the end of the article may become.
    private enum PendingUse {
        /// Only a reference to an actor already named ("Park" for "Park Min Jun").
        case referenceOnly
        /// A reference, or a tentative person the corpus may name in full.
        case shortName
        /// Also a new organisation when the article repeats it.
        case anyName
    }

    private enum Candidate {
        case known(KnownEntity, Range<Int>, isModifier: Bool)
        case named(kind: ActorKind?, Range<Int>, role: String?, affiliation: String?, alias: String?, forceName: String?)
        /// Capitalised words that name no one ("Sources", "July").
        case nothing
        /// An ordinary word opening a sentence: a name only if it is the short name of someone in the article ("Park").
        case ordinary(Range<Int>)
        /// A lone word the model does not take for a name: perhaps the short name of someone named in full elsewhere.
        case shortName(Range<Int>)
        /// A town playing in a match report or a line of results: its club, an organisation wherever the article names it.
        case club(Range<Int>)

        /// A name of `kind` with nothing more known of it.
        static func name(_ kind: ActorKind, _ range: Range<Int>) -> Candidate {
            .named(kind: kind, range, role: nil, affiliation: nil, alias: nil, forceName: nil)
        }

        /// The words the candidate covers; nil for `nothing`.
        var range: Range<Int>? {
            switch self {
            case let .known(_, range, _), let .named(_, range, _, _, _, _), let .ordinary(range), let .shortName(range), let .club(range): return range
            case .nothing: return nil
            }
        }
    }

    /// The actor kind of one of the entity model's types; nil for MISC (works, events, products: not actors).
    private static func actorKind(ofModelType type: String) -> ActorKind? {
        switch type {
        case "PER": return .person
        case "ORG": return .organization
        case "LOC": return .place
        default: return nil
        }
    }

    func tag(_ article: Article) -> (actors: [LocalActor], mentions: [LocalMention]) {
        var actors: [LocalActor] = []
        // A `WordMap`: asked for every mention, and most names are ASCII.
        var byName = WordMap<Int>()
        // Each actor's `nameTokens` by their hashes, for `personReferredTo`.
        var nameHashes = NameTokenHashes()
        var mentions: [LocalMention] = []
        // Lone unknown capitalised words, decided once the whole article is seen.
        var pending: [(sentence: Int, tokens: Range<Int>, use: PendingUse)] = []
        let document = DocumentContext(article: article, knowledge: knowledge)
        let lowerCaseSeen = document.lowerCase

        // How often each unknown name was read as each kind: the article's majority decides (people win ties).
        var kindVotes = KindVotes()
        /// Clubs read in match reports and results, by their names in lower case.
        var clubs: [String: Int] = [:]
        // The tokens are made only for a new actor: most mentions are of actors already met. A known name's tokens are
        // its key tokens (`KnowledgeBase.keyTokens`), not split again.
        func actorIndex(name: String, kind: ActorKind, tokens: @autoclosure () -> [String], known: Bool) -> Int {
            let key = EntityFeatures.lowercase(name)
            if let index = byName[key] {
                if !known { kindVotes.add(kind, for: index) }
                return index
            }
            let index = newActor(name: name, kind: kind, tokens: tokens(), known: known)
            byName.insert(key, index)
            return index
        }
        /// An actor not found by its name (`actorIndex` finds it only once it is in `byName`).
        func newActor(name: String, kind: ActorKind, tokens nameTokens: [String], known: Bool) -> Int {
            if !known { kindVotes.add(kind, for: actors.count) }
            actors.append(LocalActor(name: name, kind: kind, forms: [name], role: nil, affiliation: nil, standsFor: nil, isKnown: known,
                                     nameTokens: nameTokens, nameKeyTokens: known ? nameTokens : KnowledgeBase.keyTokens(name)))
            nameHashes.append(nameTokens)
            return actors.count - 1
        }
        /// Towns named as places where their club was met first and took their name in `byName`, by name in lower case.
        var townsOfClubs: [String: Int] = [:]
        /// The actor of a place: the town apart from its club when the club took the name first ("Leeds beat Everton …
        /// fans in Leeds").
        func townActor(name: String, tokens: @autoclosure () -> [String], known: Bool) -> Int {
            let key = EntityFeatures.lowercase(name)
            guard let club = clubs[key], byName[key] == club else { return actorIndex(name: name, kind: .place, tokens: tokens(), known: known) }
            if let town = townsOfClubs[key] {
                if !known { kindVotes.add(.place, for: town) }
                return town
            }
            let town = newActor(name: name, kind: .place, tokens: tokens(), known: known)
            townsOfClubs[key] = town
            return town
        }
        func addMention(_ actor: Int, _ sentence: Sentence, _ range: Range<Int>, modifier: Bool = false, demonym: Bool = false) {
            guard !range.isEmpty, range.upperBound <= sentence.tokens.count else { return }
            let text = NameTagger.nameText(sentence, range)
            if !actors[actor].forms.contains(text) { actors[actor].forms.append(text) }
            mentions.append(LocalMention(actor: actor, sentence: sentence.index, tokens: range,
                                         range: sentence.tokens[range.lowerBound].range.lowerBound..<sentence.tokens[range.upperBound - 1].range.upperBound,
                                         text: text, isModifier: modifier, isDemonym: demonym))
        }

        // An article read without its headline set apart (CoNLL data) opens with it; one in title case is read in
        // ordinary case, but for the words the article capitalises after it.
        let titleCaseOpening = !article.hasHeadline && (article.sentences.first.map { titleCaseHeadline($0.tokens.map(\.text)) } ?? false)
        let capitalisedInBody = titleCaseOpening ? capitalisedWords(of: article.sentences.dropFirst()) : []

        /// Short names in brackets that are no acronyms ("Servel"), given to organisations.
        var shortNames = Set<String>()
        let storms = stormNames(in: article, document: document)
        for (position, sentence) in article.sentences.enumerated() {
            for candidate in candidates(in: sentence, at: position, document: document,
                                        titleCase: titleCaseOpening && sentence.index == 0 ? capitalisedInBody : nil) {
                // A storm named earlier or later by its name alone ("Delphine had weakened"): no one.
                if !storms.isEmpty, let range = candidate.range, range.count == 1, storms.contains(sentence.tokens[range.lowerBound].text) {
                    continue
                }
                // "the Ituri Patriotic Front (FPI)": an acronym in brackets right after a name is that name's short form,
                // whatever its letters (they often follow another language's word order).
                if let range = candidate.range, range.count == 1, range.lowerBound >= 2, range.upperBound < sentence.tokens.count,
                   sentence.tokens[range.lowerBound - 1].text == "(", sentence.tokens[range.upperBound].text == ")",
                   let previous = mentions.last, previous.sentence == sentence.index, previous.tokens.upperBound == range.lowerBound - 1,
                   // Not a dateline's or a town's: "DENVER (AP) —" names the agency.
                   actors[previous.actor].kind != .place || (previous.tokens.lowerBound > 0 && previous.tokens.count > 1) {
                    let short = sentence.tokens[range.lowerBound].text
                    if isAcronym(short) {
                        // Nor a person's, unless its letters are the initials of the words before it: then those words
                        // name an organisation ("Nationale Arbeiders Unie (UNA)").
                        let initials = sentence.tokens[previous.tokens].compactMap { token in
                            token.text.unicodeScalars.first.flatMap { Letters.isUppercase($0) ? $0 : nil }
                        }
                        let letters = short.unicodeScalars.filter { Letters.isUppercase($0) }
                        let spellsInitials = initials.count >= 2 && initials.map(\.value).sorted() == letters.map(\.value).sorted()
                        if actors[previous.actor].kind != .person || spellsInitials {
                            if actors[previous.actor].kind == .person {
                                actors[previous.actor].kind = .organization
                                kindVotes.set(only: .organization, for: previous.actor)
                            }
                            addMention(previous.actor, sentence, range)
                            continue
                        }
                    } else if actors[previous.actor].kind == .organization, previous.tokens.count >= 2,
                              NameTagger.sharesOpening(short, sentence.tokens[previous.tokens.lowerBound].text) {
                        // "the Servicio Electoral (Servel)": a word made from the start of an organisation's name is its
                        // short name too, wherever the article uses it.
                        shortNames.insert(short)
                        if !actors[previous.actor].forms.contains(short) { actors[previous.actor].forms.append(short) }
                        addMention(previous.actor, sentence, range)
                        continue
                    }
                }
                // A short form the article has already given an actor ("FPI" after "the Ituri Patriotic Front (FPI)").
                // By index rather than `lastIndex(where:)`, which copies every actor it tests, and in a loop rather than
                // a closure, which would have each access to `actors` (shared with the functions above) checked for
                // exclusivity at run time.
                if let range = candidate.range, range.count == 1,
                   isAcronym(sentence.tokens[range.lowerBound].text) || shortNames.contains(sentence.tokens[range.lowerBound].text) {
                    let acronym = sentence.tokens[range.lowerBound].text
                    var named: Int?
                    for index in actors.indices.reversed() where actors[index].kind != .person && actors[index].forms.contains(acronym) {
                        named = index
                        break
                    }
                    if let named {
                        addMention(named, sentence, range)
                        continue
                    }
                }
                switch candidate {
                case .nothing:
                    continue
                case let .ordinary(range):
                    pending.append((sentence.index, range, .referenceOnly))
                case let .shortName(range):
                    pending.append((sentence.index, range, .shortName))
                case let .club(range):
                    // A club's vote outweighs the model's reading of its town elsewhere in the article ("Leeds coach …").
                    let name = NameTagger.nameText(sentence, range), key = EntityFeatures.lowercase(name)
                    let index: Int
                    if let club = clubs[key] {
                        index = club
                        kindVotes.add(.organization, for: index)
                    } else if let town = byName[key], actors[town].kind == .place {
                        // The town the article named already is an actor apart from its club: the dateline and "in
                        // Leeds" stay the town.
                        index = newActor(name: name, kind: .organization, tokens: sentence.tokens[range].map(\.text), known: false)
                    } else {
                        index = actorIndex(name: name, kind: .organization, tokens: sentence.tokens[range].map(\.text), known: false)
                    }
                    kindVotes.add(.organization, for: index, count: 2)
                    addMention(index, sentence, range)
                    clubs[key] = index
                case let .known(entity, range, isModifier):
                    // A town's name that is the surname of someone the article named ("Valeska Paris" … "Paris said").
                    if range.count == 1, entity.kind == .place, !entity.standsForCountry || !isModifier,
                       let person = personReferredTo([sentence.tokens[range.lowerBound].text], actors: actors, nameHashes: nameHashes) {
                        addMention(person, sentence, range)
                        continue
                    }
                    // A generic known name for the article's own fuller one ("the Supreme Court" after "the Supreme Court of Cassation").
                    if entity.kind == .organization,
                       let organization = organizationTruncated(sentence.tokens[range].map(\.text), actors: actors) {
                        addMention(organization, sentence, range)
                        continue
                    }
                    let index = entity.kind == .place
                        ? townActor(name: entity.canonical, tokens: KnowledgeBase.keyTokens(entity.canonical), known: true)
                        : actorIndex(name: entity.canonical, kind: entity.kind, tokens: KnowledgeBase.keyTokens(entity.canonical), known: true)
                    if entity.standsForCountry, !knowledge.ambiguousCapitals.contains(entity.canonical) { actors[index].standsFor = entity.country }
                    addMention(index, sentence, range, modifier: isModifier, demonym: entity.isDemonym)
                case let .named(kind, range, role, affiliation, alias, forceName):
                    let words = sentence.tokens[range].map(\.text)
                    let name = forceName ?? NameTagger.nameText(sentence, range)
                    guard let kind else {
                        pending.append((sentence.index, range, .anyName))
                        continue
                    }
                    if words.count == 1, let organization = organizationAbbreviated(words, actors: actors) {
                        addMention(organization, sentence, range)
                        continue
                    }
                    // A firm's short name; but two words read as a person's name stay one ("Andy Warhol", not his Foundation).
                    if words.count == 1 || kind != .person, role == nil, personReferredTo(words, actors: actors, nameHashes: nameHashes) == nil,
                       // Not a town or place read as such ("fans in Tacoma" after "the Tacoma Ravens", "Harris County"
                       // after "the Harris County Sheriff's Office"); an unlisted word read as a place may be the firm.
                       kind != .place || !isPlaceName(words), !qualifiesNoun(words, range, in: sentence),
                       let organization = organizationReferredTo(words, actors: actors) {
                        addMention(organization, sentence, range)
                        continue
                    }
                    if kind == .organization, let organization = organizationTruncated(words, actors: actors) {
                        addMention(organization, sentence, range)
                        continue
                    }
                    // "the family firm Moreau Frères": the sentence says what the name is, outweighing every reading of it
                    // as someone's elsewhere in the article (the headline's, "Moreau Frères was founded …").
                    let described = kind == .organization && role == nil
                        && isDescribedAsOrganisation(range, in: sentence.tokens.lazy.map(\.text))
                    if !described, kind == .person || (role == nil && words.count <= 2),
                       let existing = personReferredTo(words, actors: actors, nameHashes: nameHashes) {
                        addMention(existing, sentence, range)
                        if actors[existing].role == nil { actors[existing].role = role }
                        if actors[existing].affiliation == nil { actors[existing].affiliation = affiliation }
                        continue
                    }
                    let index = kind == .place ? townActor(name: name, tokens: words, known: false)
                        : actorIndex(name: name, kind: kind, tokens: words, known: false)
                    if described { kindVotes.add(.organization, for: index, count: KindVotes.stated) }
                    if actors[index].role == nil { actors[index].role = role }
                    if actors[index].affiliation == nil { actors[index].affiliation = affiliation }
                    addMention(index, sentence, range)
                    if let alias, !actors[index].forms.contains(alias) { actors[index].forms.append(alias) }
                }
            }
        }
        // A place the article names as a club playing ("Yorkshire beat Sussex by two wickets") is the club wherever the
        // article names it so, in its headline too, but after a preposition of place ("at Leeds") and in the dateline.
        if !clubs.isEmpty {
            // In a report of games (a club named already), a region or town on a side of a game is its club too, with no
            // score in the sentence: "open their season against Tasmania", "Queensland, who have never won the Shield".
            for i in mentions.indices where actors[mentions[i].actor].kind == .place && actors[mentions[i].actor].standsFor == nil
                && !mentions[i].isModifier && !NameTagger.nationsPlayingAsNations.contains(actors[mentions[i].actor].name) {
                let key = EntityFeatures.lowercase(mentions[i].text)
                guard clubs[key] == nil, isSideOfAGame(mentions[i].tokens, in: article.sentences[mentions[i].sentence].tokens) else { continue }
                let club = newActor(name: mentions[i].text, kind: .organization, tokens: article.sentences[mentions[i].sentence].tokens[mentions[i].tokens].map(\.text),
                                    known: false)
                kindVotes.add(.organization, for: club, count: 2)
                clubs[key] = club
            }
            for i in mentions.indices where actors[mentions[i].actor].kind == .place {
                let mention = mentions[i], tokens = article.sentences[mention.sentence].tokens
                guard let club = clubs[EntityFeatures.lowercase(mention.text)], actors[mention.actor].standsFor == nil,
                      mention.tokens.lowerBound == 0 || !NameTagger.placePrepositions.contains(tokens[mention.tokens.lowerBound - 1].text.lowercased()),
                      // Nor the dateline: "CHICAGO (AP) —" is the town the report comes from.
                      mention.tokens.lowerBound > 0 || datelinePlace(article.sentences[mention.sentence]) != mention.tokens
                else { continue }
                mentions[i].actor = club
            }
        }
        // A short form may come before its full name (in a headline-like opening), so lone words are decided last.
        var counts: [String: Int] = [:]
        for item in pending {
            let sentence = article.sentences[item.sentence]
            counts[sentence.tokens[item.tokens].map(\.text).joined(separator: " "), default: 0] += 1
        }
        for item in pending {
            let sentence = article.sentences[item.sentence]
            let words = sentence.tokens[item.tokens].map(\.text)
            if let person = personReferredTo(words, actors: actors, nameHashes: nameHashes) {
                addMention(person, sentence, item.tokens)
            } else if let organization = organizationAbbreviated(words, actors: actors) {
                addMention(organization, sentence, item.tokens)
            } else if let organization = organizationShortened(words, actors: actors)
                        ?? (qualifiesNoun(words, item.tokens, in: sentence) ? nil : organizationReferredTo(words, actors: actors)) {
                addMention(organization, sentence, item.tokens)
            } else if words.count == 1, let club = clubs[EntityFeatures.lowercase(words[0])] {
                // A club of the article's match report or results ("Yorkshire").
                addMention(club, sentence, item.tokens)
            } else if words.count == 1, NameTagger.legislatures.contains(words[0]),
                      item.tokens.upperBound == sentence.tokens.count || !isCapitalised(sentence.tokens[item.tokens.upperBound].text) {
                // "passed the Senate", "Parliament rejected it": a legislature is named by its word alone, a body of its own
                // where the article names no fuller one ("the Philippine Senate" is found above); not a word of a longer
                // name or title the tagger split ("Senate House", "Senate President Anthony Delacroix").
                addMention(actorIndex(name: words[0], kind: .organization, tokens: words, known: false), sentence, item.tokens)
            } else if item.use == .referenceOnly || knowledge.organizationWords[words[0]] != nil {
                continue
            } else if words.count == 1, item.tokens.upperBound + 1 < sentence.tokens.count,
                      NameTagger.isPossessive(sentence.tokens[item.tokens.upperBound].text),
                      mentions.contains(where: { $0.sentence == sentence.index && $0.tokens.lowerBound == item.tokens.upperBound + 1
                          && $0.tokens.count >= 2 && actors[$0.actor].kind == .person }) {
                // "Demosisto's Nathan Law": an unknown word whose possessive a person's full name follows, and who is no
                // one the article names, is the body the person belongs to.
                let index = actorIndex(name: words[0], kind: .organization, tokens: words, known: false)
                addMention(index, sentence, item.tokens)
            } else if item.use == .anyName, counts[words.joined(separator: " "), default: 0] >= 2 {
                let index = actorIndex(name: NameTagger.nameText(sentence, item.tokens), kind: .organization, tokens: words, known: false)
                addMention(index, sentence, item.tokens)
            } else if words.count == 1 {
                // Perhaps the short name of a person named in full elsewhere in the corpus: the merge decides.
                let index = actorIndex(name: words[0], kind: .person, tokens: words, known: false)
                actors[index].isTentative = true
                addMention(index, sentence, item.tokens)
            }
        }
        for index in actors.indices where actors[index].role == nil {
            if let winner = kindVotes.winner(for: index) { actors[index].kind = winner }
        }
        for index in actors.indices where actors[index].role != nil { actors[index].kind = .person }
        let teamNames = teamMentions(mentions, actors: actors, article: article)
        for (i, team) in teamNames.reassigned {
            mentions[i].actor = team
            if !actors[team].forms.contains(mentions[i].text) { actors[team].forms.append(mentions[i].text) }
        }
        for (team, sentence, range) in teamNames.added { addMention(team, article.sentences[sentence], range) }
        var replacement = teamNames.joined
        // An acronym used before its organisation is spelled out ("KPA … the Korean People's Army") joins it.
        // The actors as they were before any joins (as `enumerated()` saw them), read by index: `enumerated()` copied every
        // actor (its Strings and arrays retained and released), to test a few fields of most.
        let unjoined = actors
        for index in unjoined.indices
        where !unjoined[index].isKnown && unjoined[index].kind == .organization && unjoined[index].nameTokens.count == 1 {
            if replacement[index] == nil, let full = organizationAbbreviated(unjoined[index].nameTokens, actors: actors), full != index,
               replacement[full] == nil {
                replacement[index] = full
                for form in unjoined[index].forms where !actors[full].forms.contains(form) { actors[full].forms.append(form) }
            }
        }
        if !replacement.isEmpty {
            var newIndex: [Int] = []
            var kept: [LocalActor] = []
            for (index, actor) in actors.enumerated() {
                newIndex.append(replacement[index] == nil ? kept.count : -1)
                if replacement[index] == nil { kept.append(actor) }
            }
            for i in mentions.indices {
                let target = replacement[mentions[i].actor] ?? mentions[i].actor
                mentions[i].actor = newIndex[target]
            }
            actors = kept
        }
        // The canonical name of a person is the fullest form seen.
        for index in actors.indices where actors[index].kind == .person {
            if let longest = actors[index].forms.max(by: { NameTagger.wordCount($0) < NameTagger.wordCount($1) }),
               NameTagger.wordCount(longest) > NameTagger.wordCount(actors[index].name) {
                actors[index].name = longest
                actors[index].nameKeyTokens = KnowledgeBase.keyTokens(longest)
            }
        }
        mentions.sort { ($0.sentence, $0.tokens.lowerBound) < ($1.sentence, $1.tokens.lowerBound) }
        return (actors, mentions)
    }

    /// A team named by its nickname or its town alone. Every lone nickname of the article is a mention of the
    /// organisation whose name is a town and that one word ("the Broncos" after "the Denver Broncos", "Chiefs" in a
    /// headline), even where it is also an ordinary word ("Avalanche", "Wild"). The town names the team where it acts
    /// as one (`isTeamsTown`), as does a club the article made of the town of a club named with a club word ("Dortmund"
    /// for "Borussia Dortmund"). Returns the mentions to move to a team, the mentions to add, and the actors made of
    /// a nickname or town alone that now have no mention of their own, each to be joined to its team.
    private func teamMentions(_ mentions: [LocalMention], actors: [LocalActor], article: Article)
        -> (reassigned: [(mention: Int, team: Int)], added: [(team: Int, sentence: Int, tokens: Range<Int>)], joined: [Int: Int]) {
        var teams: [String: Int] = [:]
        var towns: [String: Int] = [:]
        // Two teams of one nickname or town in an article ("the Rangers" of New York and of Texas): neither is meant.
        func add(_ team: Int, as key: String, to names: inout [String: Int]) { names[key] = names[key] == nil ? team : -1 }
        // By index, reading only the fields wanted: `enumerated()` would copy every actor (its Strings and arrays retained
        // and released).
        for index in actors.indices where actors[index].kind == .organization && actors[index].nameTokens.count >= 2 {
            let name = actors[index].nameTokens, nickname = name[name.count - 1]
            if name.count == 2, NameTagger.clubFirstWords.contains(name[0]), placeMatch(name, from: 1, to: 2)?.length == 1 {
                add(index, as: EntityFeatures.lowercase(nickname), to: &towns)
                continue
            }
            // A word in title case, not a place or a known name itself; of a team the article made up, a plural: "the
            // Illinois House", "the Arizona Legislature" are bodies, and "the House" alone is no one in particular.
            guard Letters.isTitleCaseWord(nickname), nickname.count >= 3, knowledge.organizationWords[nickname] == nil,
                  actors[index].isKnown || (nickname.hasSuffix("s") && !nickname.hasSuffix("ss")),
                  placeMatch([nickname], from: 0, to: 1) == nil,
                  placeMatch(name, from: 0, to: name.count - 1)?.length == name.count - 1 else { continue }
            add(index, as: nickname, to: &teams)
            add(index, as: EntityFeatures.lowercase(name.dropLast().joined(separator: " ")), to: &towns)
        }
        teams = teams.filter { $0.value >= 0 }
        towns = towns.filter { $0.value >= 0 }
        guard !teams.isEmpty || !towns.isEmpty else { return ([], [], [:]) }
        var covered = Set<Int>()
        var reassigned: [(mention: Int, team: Int)] = []
        var joined: [Int: Int] = [:]
        var mentionCounts: [Int: Int] = [:]
        for (i, mention) in mentions.enumerated() {
            for k in mention.tokens { covered.insert(mention.sentence << 20 | k) }
            // The actor's fields read in place, not the actor copied.
            let team = mention.tokens.count == 1 && !actors[mention.actor].isKnown && actors[mention.actor].nameTokens == [mention.text]
                ? teams[mention.text] ?? (actors[mention.actor].kind == .organization ? towns[EntityFeatures.lowercase(mention.text)] : nil)
                : nil
            if let team, team != mention.actor {
                reassigned.append((i, team))
                joined[mention.actor] = team
                mentionCounts[team, default: 0] += 1
            } else {
                mentionCounts[mention.actor, default: 0] += 1
            }
        }
        var added: [(team: Int, sentence: Int, tokens: Range<Int>)] = []
        if !teams.isEmpty {
            for sentence in article.sentences {
                for (k, token) in sentence.tokens.enumerated() where !covered.contains(sentence.index << 20 | k) {
                    if let team = teams[token.text] {
                        added.append((team, sentence.index, k..<(k + 1)))
                        mentionCounts[team, default: 0] += 1
                    }
                }
            }
        }
        // A town read as the place stands for its team where the article reports the team's games: the team named
        // twice at least, and the town acting as a team does ("after Denver won the coin toss").
        towns = towns.filter { mentionCounts[$0.value, default: 0] >= 2 }
        var stillNamed = Set<Int>()
        let moved = Set(reassigned.map(\.mention))
        for (i, mention) in mentions.enumerated() where !moved.contains(i) {
            // A town that is also a given name may have been read as a person ("Phoenix shot 56 percent").
            let kind = actors[mention.actor].kind
            if !towns.isEmpty, kind == .place || (kind == .person && mention.tokens.count == 1 && actors[mention.actor].nameTokens.count == 1),
               actors[mention.actor].standsFor == nil, !mention.isModifier,
               let team = towns[EntityFeatures.lowercase(mention.text)], isTeamsTown(mention, in: article.sentences[mention.sentence]) {
                reassigned.append((i, team))
                joined[mention.actor] = team
            } else {
                stillNamed.insert(mention.actor)
            }
        }
        return (reassigned, added, joined.filter { !stillNamed.contains($0.key) })
    }

    /// Whether the words at `range` name a side of a game, with no score needed: after "against", "beat", "lost to",
    /// "drew with"; before "beat", "won", "lost" or ", who".
    private func isSideOfAGame(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        if range.lowerBound > 0 {
            let before = tokens[range.lowerBound - 1].text
            if NameTagger.beforeAGamesSide.contains(before) { return true }
            if range.lowerBound > 1, before == "to" || before == "with",
               ["lost", "lose", "loses", "drew", "draw", "draws"].contains(tokens[range.lowerBound - 2].text) { return true }
        }
        guard range.upperBound < tokens.count else { return false }
        let after = tokens[range.upperBound].text
        return NameTagger.afterAGamesSide.contains(after)
            || (after == "," && range.upperBound + 1 < tokens.count && tokens[range.upperBound + 1].text == "who")
    }

    /// Whether a town's mention stands for its team: before a verb of play or news ("Denver won", "Los Angeles has
    /// lost") or a pause ("for Denver,", "Denver (6-4) plays"); not after a preposition of place ("in Denver") or a
    /// compass word ("north Denver") or a comma ("Arlington, Texas"), nor as the dateline ("DENVER (AP) —"). "The Houston
    /// area", "Houston Mayor" are the town.
    private func isTeamsTown(_ mention: LocalMention, in sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        guard mention.tokens.upperBound < tokens.count else { return false }
        let after = tokens[mention.tokens.upperBound].text
        // "scored both goals for Philadelphia.": a side of a game ending the sentence.
        let endsAsSide = after == "." && mention.tokens.lowerBound > 0
            && ["for", "against", "over", "beat", "beats"].contains(tokens[mention.tokens.lowerBound - 1].text)
        guard NameTagger.teamVerbs.contains(after) || [",", "(", ";", ":"].contains(after) || endsAsSide else { return false }
        if mention.tokens.lowerBound > 0 {
            let before = tokens[mention.tokens.lowerBound - 1].text.lowercased()
            // "ARLINGTON, Texas (AP)": a state or country after a town is the place.
            return before != "," && !NameTagger.placePrepositions.contains(before) && !NameTagger.compassWords.contains(before)
        }
        return datelinePlace(sentence) != mention.tokens
    }

    /// The person of the article whose name has `words` as its first or last words ("Kim", "Sullivan").
    private func personReferredTo(_ words: [String], actors: [LocalActor], nameHashes: NameTokenHashes) -> Int? {
        let words = NameTagger.withoutPossessives(words)
        guard !words.isEmpty else { return nil }
        let first = NameTokenHashes.hash(words[0])
        let last = words.count == 1 ? first : NameTokenHashes.hash(words[words.count - 1])
        // By index rather than `lastIndex(where:)`, which copies every actor it tests (strings and arrays retained and released).
        for index in actors.indices.reversed() where actors[index].kind == .person {
            let hashes = nameHashes[index]
            guard hashes.count > words.count else { continue }
            // Most names share neither end word nor middle word with `words`: their hashes tell so, and the Strings
            // below are read only for the few that may.
            guard NameTokenHashes.mayEqual(hashes.last, last) || NameTokenHashes.mayEqual(hashes.first, first)
                || (words.count == 1 && hashes.count == 3 && NameTokenHashes.mayEqual(hashes.second, first))
            else { continue }
            let name = actors[index].nameTokens
            // The end words and the first words compared first: most names differ there already.
            if (name[name.count - 1] == words[words.count - 1] && name.suffix(words.count).elementsEqual(words))
                || (name[0] == words[0] && name.prefix(words.count).elementsEqual(words))
                // Spanish and Portuguese names are shortened to the first surname: "Quesada" for "Mariela Quesada Araya".
                || (words.count == 1 && name.count == 3 && name[1] == words[0]) {
                return index
            }
        }
        return nil
    }

    /// The organisation of the article whose name opens with `words` (one or two words): a firm's short name
    /// ("Brauckmann" for "Brauckmann Chemie AG", "Zhejiang Lianhe" for "Zhejiang Lianhe Cable Group").
    private func organizationReferredTo(_ words: [String], actors: [LocalActor]) -> Int? {
        let words = NameTagger.withoutPossessives(words)
        guard (1...2).contains(words.count) else { return nil }
        // The actors first: few names match, and the test of capitals is the dearer one.
        for index in actors.indices.reversed() where actors[index].kind == .organization && !actors[index].isKnown {
            let name = actors[index].nameKeyTokens
            // The first words compared first: most names differ there, and `elementsEqual` costs more to set out.
            if name.count > words.count && name[0] == words[0] && name.prefix(words.count).elementsEqual(words) {
                return words.allSatisfy(isCapitalised) ? index : nil
            }
        }
        return nil
    }

    /// "Central bank", "Environmental groups", "European customers": one capitalised adjective before a noun in lower case
    /// (or a word of the dictionary before a title) qualifies the noun, and refers back to no organisation whose name it
    /// opens ("European Data Protection Board").
    private func qualifiesNoun(_ words: [String], _ range: Range<Int>, in sentence: Sentence) -> Bool {
        guard words.count == 1, range.upperBound < sentence.tokens.count else { return false }
        let next = sentence.tokens[range.upperBound].text
        // A portfolio before a title, "Environment Minister", after "Environment Canada".
        if Letters.startsCapitalised(next), KnowledgeBase.dictionaryWords.contains(words[0].lowercased()),
           knowledge.titles.longestMatch(from: range.upperBound, count: sentence.tokens.count, key: { sentence.tokens[$0].text }) != nil {
            return true
        }
        // Not a verb after its subject ("Laurentian said", "Laurentian has") nor a word that joins.
        guard Letters.startsLowercase(next), !NameTagger.isPossessive(next), !NameTagger.speechVerbs.contains(next),
              !NameTagger.teamVerbs.contains(next), !NameTagger.afterSubject.contains(next) else { return false }
        let word = words[0], facts = nameFacts(of: word)
        guard !facts.isListedName else { return false }
        return ["ean", "ian", "ese", "ish"].contains(where: word.hasSuffix) || KnowledgeBase.dictionaryWords.contains(word.lowercased())
    }

    /// The organisation of the article whose name holds the one word `words` ("the Church" → "Church of Scientology").
    private func organizationShortened(_ words: [String], actors: [LocalActor]) -> Int? {
        guard words.count == 1, knowledge.organizationWords[words[0]] != nil else { return nil }
        for index in actors.indices.reversed() where actors[index].kind == .organization || actors[index].kind == .group {
            let name = actors[index].nameTokens
            if name.count > 1 && name.contains(words[0]) { return index }
        }
        return nil
    }

    /// The organisation of the article whose name is `words` and a complement: "Supreme Court" for "Supreme Court of
    /// Cassation", "Department of Health" not for "Department" (two words at least).
    private func organizationTruncated(_ words: [String], actors: [LocalActor]) -> Int? {
        guard words.count >= 2 else { return nil }
        for index in actors.indices.reversed() where actors[index].kind == .organization {
            // By the actor's name, not the words it was first read from ("Italian Supreme Court of Cassation").
            let name = actors[index].nameKeyTokens
            if name.count > words.count + 1, name[words.count] == "of" || name[words.count] == "for",
               name.prefix(words.count).elementsEqual(words) {
                return index
            }
        }
        return nil
    }

    /// The organisation of the article whose initials are `words` ("NIS" for "National Intelligence Service").
    private func organizationAbbreviated(_ words: [String], actors: [LocalActor]) -> Int? {
        guard words.count == 1, NameTagger.mayBeAbbreviation(words[0]) else { return nil }
        let abbreviation = String(words[0].filter { $0 != "." })
        guard abbreviation.count >= 2, abbreviation == abbreviation.uppercased() else { return nil }
        let isASCII = abbreviation.utf8.allSatisfy { $0 < 0x80 }
        for index in actors.indices where actors[index].kind == .organization || actors[index].kind == .group {
            if NameTagger.initials(of: actors[index].nameTokens, spell: abbreviation, isASCII: isASCII) { return index }
        }
        return nil
    }

    /// False when the bytes show that a word without its full stops is not two or more characters unchanged by
    /// upper-casing (the test of `organizationAbbreviated`): an ASCII word with a lower-case letter, or with fewer
    /// than two other bytes. Most words fail so, without the Character filter and upper-casing.
    private static func mayBeAbbreviation(_ word: String) -> Bool {
        word.utf8.withContiguousStorageIfAvailable { bytes in
            var kept = 0
            for byte in bytes {
                // Beyond ASCII, and a carriage return (which joins a line feed into one Character), are left to Strings.
                if byte >= 0x80 || byte == 0x0D { return true }
                if byte >= 0x61 && byte <= 0x7A { return false }
                if byte != UInt8(ascii: ".") { kept += 1 }
            }
            return kept >= 2
        } ?? true
    }

    /// Whether the first letters of the capitalised words of `name` spell `abbreviation`.
    private static func initials(of name: [String], spell abbreviation: String, isASCII: Bool) -> Bool {
        // ASCII initials are compared as bytes as they come, without building a String of them (most names and
        // acronyms); a word that opens beyond ASCII leaves it to String comparison.
        if isASCII {
            var expected = abbreviation.utf8.makeIterator()
            var isOnlyASCII = true
            for word in name {
                let utf8 = word.utf8
                guard let first = utf8.first else { continue }
                // The first Character is the first byte alone when the byte after it is ASCII too (or there is none).
                if first >= 0x80 || utf8.dropFirst().first.map({ $0 >= 0x80 }) == true { isOnlyASCII = false; break }
                guard first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") else { continue }
                // An ASCII initial that differs makes any string of initials differ from an ASCII abbreviation.
                guard expected.next() == first else { return false }
            }
            if isOnlyASCII { return expected.next() == nil }
        }
        return String(name.filter { $0.first?.isUppercase == true }.compactMap(\.first)) == abbreviation
    }

    /// The words of a token range as written, with the text's own spacing folded to single spaces.
    static func nameText(_ sentence: Sentence, _ range: Range<Int>) -> String {
        // One word is its own text (most names written out are): no String is built.
        if range.count == 1 { return KnowledgeBase.straightApostrophes(sentence.tokens[range.lowerBound].text) }
        let tokens = sentence.tokens[range]
        // Whether a space goes before the word at `index`: where the text has space between it and the word before.
        func spaced(_ index: Int) -> Bool { index > range.lowerBound && tokens[index].range.lowerBound > tokens[index - 1].range.upperBound }
        // The bytes written once into a String of their size: appended a word at a time, they cost several times more.
        let count = range.reduce(0) { $0 + (spaced($1) ? 1 : 0) + tokens[$1].text.utf8.count }
        let out = String(unsafeUninitializedCapacity: count) { buffer in
            var written = 0
            for index in range {
                if spaced(index) {
                    buffer[written] = UInt8(ascii: " ")
                    written += 1
                }
                // Room for exactly these bytes was counted above.
                written += UnsafeMutableBufferPointer(rebasing: buffer[written...]).initialize(from: tokens[index].text.utf8).1
            }
            return written
        }
        return KnowledgeBase.straightApostrophes(out)
    }

    // MARK: - Finding candidates in a sentence

    /// "al-Amr", "el-Sayed", "ash-Shara": a lower-case Arabic article, a hyphen and a capitalised name.
    static func isArticledName(_ token: String) -> Bool {
        // Most tokens have no hyphen, which a search of the bytes in place tells at once (as in `isPlaceAdjective`).
        guard token.utf8.withContiguousStorageIfAvailable({ $0.contains(0x2D) }) ?? true else { return false }
        let bytes = token.utf8
        guard let hyphen = bytes.firstIndex(of: UInt8(ascii: "-")), bytes.index(after: hyphen) < bytes.endIndex else { return false }
        let article = token[token.startIndex..<hyphen]
        return NameTagger.arabicArticles.contains(String(article)) && Letters.startsCapitalised(String(token[token.index(after: hyphen)...]))
    }
    private static let arabicArticles: WordSet = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "et"]

    private func isCapitalised(_ token: String) -> Bool {
        Letters.startsCapitalised(token) && !NameTagger.isPlaceAdjective(token)
    }

    private static let placeAdjectiveEndings: Set<Substring> = ["based", "born", "led", "backed", "owned", "run", "funded", "listed",
                                                                "headquartered", "registered", "made"]

    /// "Oslo-based", "Pune-born": a place turned into an adjective, not part of the name that follows it.
    static func isPlaceAdjective(_ token: String) -> Bool {
        // Most tokens have no hyphen, which the bytes tell at once (0x2D is never part of another scalar's UTF-8);
        // searching the Characters cost more than the rest of the test of capitals.
        guard token.utf8.withContiguousStorageIfAvailable({ $0.contains(0x2D) }) ?? true else { return false }
        guard let dash = token.lastIndex(of: "-") else { return false }
        return placeAdjectiveEndings.contains(token[token.index(after: dash)...])
    }

    /// A lower-case word capitalised, after each hyphen too ("al-sham" → "Al-Sham").
    static func titled(_ lower: String) -> String {
        lower.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: "-")
    }

    /// The words as the tagger reads them. A sentence written in capitals (a wire headline: "JAPAN BEAT SYRIA IN
    /// ASIAN CUP") is read in ordinary case: known short names kept ("UN", "NATO"), common words in lower case,
    /// the rest capitalised ("Japan beat Syria in Asian Cup"). In other sentences a word in capitals that is a
    /// known name, a city or a listed name in ordinary case is read so ("KHARKIV, Ukraine (AP)" → "Kharkiv").
    /// `wordBytes`: what the words' bytes tell, when read already (their case then need not be read again).
    func readingCase(_ words: [String], lowerCaseSeen: WordSet = [], wordBytes: [EntityFeatures.SentenceView.WordBytes]? = nil) -> [String] {
        func isCapitals(_ index: Int) -> Bool { wordBytes.map { $0[index].isInCapitals } ?? Letters.isWrittenInCapitals(words[index]) }
        func hasLetter(_ index: Int) -> Bool { wordBytes.map { $0[index].hasLetter } ?? Letters.containsAlphabetic(words[index]) }
        func isKnownWord(_ word: String) -> Bool {
            knowledge.entities.longestMatch(from: 0, count: 1, hash: { _ in KnowledgeBase.keyHash(word) })?.length == 1
        }
        let titled = NameTagger.titled
        guard let firstCapitals = words.indices.first(where: isCapitals) else { return words }
        // One pass tells the words in capitals and counts them among the lettered words, without filtered copies.
        var capitals: [Int] = []
        var lettered = 0, letteredCapitals = 0
        for index in words.indices {
            let isCapitalWord = index >= firstCapitals && (index == firstCapitals || isCapitals(index))
            if isCapitalWord { capitals.append(index) }
            if hasLetter(index) {
                lettered += 1
                if isCapitalWord { letteredCapitals += 1 }
            }
        }
        let headline = lettered >= 3 && letteredCapitals * 10 >= lettered * 8
        /// A word in capitals as read; nil when read as written.
        func reading(_ word: String) -> String? {
            guard word.count > 1, !isKnownWord(word) else { return nil }
            let lower = word.lowercased()
            if headline {
                let title = titled(lower)
                // A known name ("JAPAN", though "japan" is a dictionary word too).
                if isKnownWord(title) { return title }
                // An ordinary word, or one the article writes in lower case elsewhere ("SURPRISE DEFEAT").
                return isHeadlineWord(lower) || lowerCaseSeen.contains(lower) ? lower : title
            }
            guard word.count >= 4 else { return nil }
            let title = titled(lower)
            return isKnownWord(title) || knowledge.nameFacts(ofLowercased: lower).town != 0 || isListedName(lower) ? title : nil
        }
        // Only a word read otherwise is written: writing any word copied the whole array, though most words in
        // capitals ("AP", "U.S.") are read as written.
        var result = words
        for index in capitals {
            if let read = reading(words[index]) { result[index] = read }
        }
        return result
    }

    /// Whether a headline's word, lower-cased, is an ordinary word there: a common word, or a dictionary word that is
    /// neither a listed given name or surname, a town, nor the head of a name ("SLIPS", "Approves"; not "BROWN",
    /// "Reading", "CUP").
    private func isHeadlineWord(_ lower: String) -> Bool {
        if knowledge.commonWords.contains(lower) || knowledge.stopCapitals.contains(lower) { return true }
        guard KnowledgeBase.dictionaryWords.contains(lower) else { return false }
        let facts = knowledge.nameFacts(ofLowercased: lower)
        let capitalised = lower.prefix(1).uppercased() + lower.dropFirst()
        return !facts.isListedName && facts.town == 0 && knowledge.organizationWords[capitalised] == nil
            && !NameTagger.eventHeads.contains(capitalised)
    }

    /// Whether a sentence is a headline in title case ("Storm Knocks Out Power to 200,000 Across Michigan"): every
    /// word of four letters or more after the first is capitalised, and at least two of them are ordinary words
    /// (`isHeadlineWord`) other than titles, weekdays and months.
    func titleCaseHeadline(_ words: [String]) -> Bool {
        var content: [String] = []
        for word in words.dropFirst() where word.count >= 4 && Letters.containsAlphabetic(word) {
            guard isCapitalised(word), !Letters.isWrittenInCapitals(word) else { return false }
            content.append(word)
        }
        // Titles, weekdays and months are capitalised in any sentence ("French President Emmanuel Macron met German
        // Chancellor Olaf Scholz in Paris on Monday").
        let ordinary = content.indices.filter { i in
            let lower = content[i].lowercased()
            return isHeadlineWord(lower) && !knowledge.stopCapitals.contains(lower) && titleMatch(content, from: i, to: i + 1) == nil
        }
        return content.count >= 3 && ordinary.count >= 2
    }

    /// Lower-case words capitalised in `sentences` other than first, for `readingTitleCase`.
    private func capitalisedWords(of sentences: ArraySlice<Sentence>) -> Set<String> {
        var result: Set<String> = []
        for sentence in sentences {
            for token in sentence.tokens.dropFirst() where isCapitalised(token.text) { result.insert(token.text.lowercased()) }
        }
        return result
    }

    /// A title-case headline read in ordinary case: its ordinary words in lower case ("Storm knocks out power to 200,000
    /// across Michigan"), except those in a known name and those the article capitalises elsewhere ("University of
    /// Oregon Names New President" keeps "University" when the report names the university again).
    func readingTitleCase(_ words: [String], capitalisedInBody: Set<String>) -> [String] {
        func isOrdinary(_ index: Int) -> Bool { isHeadlineWord(words[index].lowercased()) }
        func isNameWord(_ index: Int) -> Bool { words.indices.contains(index) && isCapitalised(words[index]) && !isOrdinary(index) }
        // Part of a person's name: a surname after a given name ("John Rich"), a given name before a name ("Will Smith").
        func isInName(_ index: Int) -> Bool {
            (nameFacts(of: words[index]).surname != 0 && isNameWord(index - 1) && nameFacts(of: words[index - 1]).givenName != 0)
                || (nameFacts(of: words[index]).givenName != 0 && isNameWord(index + 1))
        }
        var result = words
        var i = 1
        while i < words.count {
            if let known = knownMatch(words, from: i, to: words.count) { i += known.length; continue }
            if isCapitalised(words[i]), isOrdinary(i), !capitalisedInBody.contains(words[i].lowercased()), !isInName(i) {
                result[i] = words[i].lowercased()
            }
            i += 1
        }
        return result
    }

    /// An initial: one capital letter and a full stop ("L.").
    private func isInitial(_ token: String) -> Bool {
        let scalars = Array(token.unicodeScalars)
        return scalars.count == 2 && Letters.isUppercase(scalars[0]) && scalars[1] == "."
    }

    /// What the name lists say of a word as written.
    private func nameFacts(of word: String) -> NameFacts {
        knowledge.nameFacts(ofLowercased: EntityFeatures.lowercase(word))
    }

    /// The words of a name without possessive endings ("Vermeulen 's" → "Vermeulen").
    private static func withoutPossessives(_ words: [String]) -> [String] {
        words.contains(where: isPossessive) ? words.filter { !isPossessive($0) } : words
    }

    /// "'s" or "’s". Only a String of those very bytes equals either, so the byte count is asked first: a comparison
    /// of Strings that differ costs several times more.
    private static func isPossessive(_ word: String) -> Bool {
        let count = word.utf8.count
        return (count == 2 && word == "'s") || (count == 4 && word == "\u{2019}s")
    }

    /// One word on the list of cities after a preposition of place ("in Livorno", "from Brampton").
    private func isTownAfterPreposition(_ range: Range<Int>, words: [String]) -> Bool {
        range.count == 1 && range.lowerBound > 0 && NameTagger.placePrepositions.contains(words[range.lowerBound - 1])
            && nameFacts(of: words[range.lowerBound]).town != 0
    }

    /// One word on the list of cities of 100,000 people or more that is nobody's given name or surname
    /// ("Dortmund", "Marbella" is too small): a place wherever it stands.
    private func isLargeTown(_ range: Range<Int>, words: [String]) -> Bool {
        guard range.count == 1 else { return false }
        let facts = nameFacts(of: words[range.lowerBound])
        return (1...2).contains(facts.town) && !facts.isListedName
    }

    /// A given name or surname on the name lists ("Park", "Maria").
    private func isListedName(_ token: String) -> Bool {
        nameFacts(of: token).isListedName
    }

    /// A word of the English dictionary that no name list has ("State", "Hymns"; not "Brown", "Baker").
    private func isUnlistedDictionaryWord(_ token: String) -> Bool {
        !isListedName(token) && KnowledgeBase.dictionaryWords.contains(token.lowercased())
    }

    /// A web site named by its address ("Gawker.com", "CBC.ca"): letters, a dot, and a short lower-case ending.
    private func isWebName(_ token: String) -> Bool {
        // Without a full stop among the bytes there is none among the Characters, and the search of bytes is far cheaper.
        guard token.utf8.withContiguousStorageIfAvailable({ $0.contains(0x2E) }) ?? true else { return false }
        guard let dot = token.lastIndex(of: "."), dot > token.startIndex else { return false }
        let ending = token[token.index(after: dot)...]
        return (2...4).contains(ending.count) && ending.allSatisfy { $0.isASCII && $0.isLowercase }
            && token[..<dot].contains { $0.isLetter }
    }

    /// An acronym that may name an organisation ("DAB", "U.N."): capitals and dots only; not a word in capitals
    /// for emphasis ("UNLESS"), a product or version ("IE6") or a Roman numeral ("III").
    private func isOrganisationAcronym(_ token: String, lowerCaseSeen: WordSet) -> Bool {
        let lower = token.lowercased()
        return isAcronym(token) && token.unicodeScalars.allSatisfy { Letters.isUppercase($0) || $0 == "." }
            && !isRomanNumeral(token)
            && !lowerCaseSeen.contains(lower) && !knowledge.commonWords.contains(lower) && !knowledge.stopCapitals.contains(lower)
    }

    /// "II", "XIV": the number of a sequel, a monarch or a chapter, never a name by itself.
    private func isRomanNumeral(_ token: String) -> Bool {
        token.unicodeScalars.allSatisfy { "IVXLC".unicodeScalars.contains($0) }
    }

    private func isAcronym(_ token: String) -> Bool {
        if let ascii = NameTagger.isASCIIAcronym(token) { return ascii }
        let letters = token.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// `isAcronym` read off the bytes of an ASCII token, whose letters (the alphabetic scalars) are A–Z and a–z;
    /// nil for other tokens.
    private static func isASCIIAcronym(_ token: String) -> Bool? {
        token.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var capitals = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte >= 0x61 && byte <= 0x7A { return false }
                if byte >= 0x41 && byte <= 0x5A { capitals += 1 }
            }
            return capitals >= 2
        } ?? nil
    }

    /// `text.split(separator: " ").count`, counted on the bytes when they are ASCII (there a space is a Character of
    /// its own, as it is not beyond ASCII when a combining mark follows it).
    static func wordCount(_ text: String) -> Int {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var count = 0
            var inWord = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte != 0x20 && !inWord { count += 1 }
                inWord = byte != 0x20
            }
            return count
        } ?? nil
        return ascii ?? text.split(separator: " ").count
    }

    private func knownMatch(_ words: [String], from start: Int, to end: Int) -> (length: Int, entity: KnownEntity)? {
        knownMatch(from: start, to: end) { KnowledgeBase.keyHash(words[$0]) }
    }

    /// `knowledge.organizationWords` of word `k` of `view`: an ASCII word by the hash the view made of it (the table by
    /// hash holds the same words), others by String.
    private func organizationWord(_ view: EntityFeatures.SentenceView, at k: Int) -> ActorKind? {
        let kind = view.isASCII(at: k) ? knowledge.organizationKind(hash: view.hash(at: k)) : knowledge.organizationWords[view.words[k]]
        if kind == nil, k > 0, view.words[k] == "District", organizationWord(view, at: k - 1) == .organization
            || NameTagger.servicesOfDistricts.contains(view.words[k - 1]) {
            return .organization
        }
        return kind
    }

    /// Whether `set` holds word `k` of `view` in lower case: an ASCII word looked up by the hash the view made of its
    /// lower case, with no lower-cased String made.
    private func containsLowercased(_ set: WordSet, _ view: EntityFeatures.SentenceView, at k: Int) -> Bool {
        view.isASCII(at: k) ? set.contains(lowercasing: view.words[k], lowerHash: view.lowerHash(at: k)) : set.contains(view.words[k].lowercased())
    }

    /// `knownMatch` over the words of a sentence view, by the hashes it made of them and where its first word leads.
    private func knownMatch(_ view: EntityFeatures.SentenceView, from start: Int, to end: Int) -> (length: Int, entity: KnownEntity)? {
        guard start < end, let match = knowledge.entities.longestMatch(from: start, count: end, firstNode: view.knowledge(at: start).entityNode,
                                                                       hash: { view.keyHash(at: $0) }) else { return nil }
        return (match.length, match.value)
    }

    /// `knownMatch` with the words' `KnowledgeBase.keyHash`es given by index.
    @inline(__always)
    private func knownMatch(from start: Int, to end: Int, keyHash: (Int) -> UInt64) -> (length: Int, entity: KnownEntity)? {
        guard let match = knowledge.entities.longestMatch(from: start, count: end, hash: keyHash) else { return nil }
        return (match.length, match.value)
    }

    /// The length of a known named thing that is no actor ("Windows XP", "Nobel Peace Prize") at `start`, when it is
    /// longer than `length` (a known actor's name there) and no organisation word follows it ("World Cup Organising
    /// Committee" names an organisation). Asked only where a name could start: "iPhone" in lower case opens none anyway.
    private func namedThing(_ view: EntityFeatures.SentenceView, from start: Int, longerThan length: Int) -> Int? {
        let words = view.words
        if let storm = stormName(view, from: start), storm > length { return storm }
        guard start < words.count,
              let match = knowledge.namedThings.longestMatch(from: start, count: words.count, firstNode: view.knowledge(at: start).namedThingNode,
                                                             hash: { view.keyHash(at: $0) }),
              match.length > length else { return nil }
        var next = start + match.length
        if next < words.count, isCapitalised(words[next]), knowledge.organizationWords[words[next]] == .organization { return nil }
        // A model or version after the product's name is part of it: "PlayStation VR", "Super Bowl XLV", "Windows 10".
        while next < words.count, isAcronym(words[next]) || words[next].utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true {
            next += 1
        }
        return next - start
    }

    /// A known place, a listed town, or a name ending in a word for a place ("Harris County").
    private func isPlaceName(_ words: [String]) -> Bool {
        placeMatch(words, from: 0, to: words.count)?.length == words.count || knowledge.organizationWords[words[words.count - 1]] == .place
    }

    /// The names the article gives storms ("Delphine" of "Hurricane Delphine"). The storm words are told by the
    /// key hashes the document context made of every word, so no word's text is read but before a storm word.
    private func stormNames(in article: Article, document: DocumentContext) -> Set<String> {
        var names = Set<String>()
        // Fetched once: a global made at start-up is reached through a `swift_once` on every use.
        let stormWordHashes = NameTagger.stormWordHashes
        for (position, sentence) in article.sentences.enumerated() {
            let tokens = sentence.tokens
            let read = document.wordBytes(ofSentence: position, tokenCount: tokens.count)
            // Every storm word is capitalised: the bytes' facts tell most words apart by that before any hash is compared.
            for k in tokens.indices.dropLast()
            where read.map({ $0[k].isCapitalised && stormWordHashes.contains($0[k].keyHash) }) ?? true
                && NameTagger.stormWords.contains(tokens[k].text) && isCapitalised(tokens[k + 1].text) {
                names.insert(tokens[k + 1].text)
            }
        }
        return names
    }

    /// The length of a storm's name at `start`, which is named like a person: "Hurricane Delphine", "Tropical Storm
    /// Ana", "Super Typhoon Haiyan", "Storm Ciarán".
    /// Asked at every word where a name could start: the view's hashes tell almost all words from the storm words and
    /// their qualifiers before any text is compared.
    private func stormName(_ view: EntityFeatures.SentenceView, from start: Int) -> Int? {
        let words = view.words
        let qualified = view.hash(at: start) == NameTagger.tropicalHash && words[start] == "Tropical"
            || view.hash(at: start) == NameTagger.superHash && words[start] == "Super"
        let head = qualified ? start + 1 : start
        guard head + 1 < words.count, NameTagger.stormWordHashes.contains(view.keyHash(at: head)), NameTagger.stormWords.contains(words[head]),
              isCapitalised(words[head + 1]) else { return nil }
        return head + 2 - start
    }

    /// A known place or country, or a listed town, opening words[start..<end]; the entity when it is a known one. For
    /// words outside a sentence view (an actor's name); `placeMatch(_:from:to:)` with a view reads the view's hashes.
    private func placeMatch(_ words: [String], from start: Int, to end: Int) -> (length: Int, entity: KnownEntity?)? {
        if let known = knownMatch(words, from: start, to: end) {
            return known.entity.kind == .place || known.entity.kind == .country ? (known.length, known.entity) : nil
        }
        if let town = knowledge.longCities.longestMatch(from: start, count: end, key: { EntityFeatures.lowercase(words[$0]) }) {
            return (town.length, nil)
        }
        return (1...2).contains(nameFacts(of: words[start]).town) ? (1, nil) : nil
    }

    /// A known place or country, or a listed town, opening the words of `view` from `start` to `end`; the entity when
    /// it is a known one.
    private func placeMatch(_ view: EntityFeatures.SentenceView, from start: Int, to end: Int) -> (length: Int, entity: KnownEntity?)? {
        if let known = knownMatch(view, from: start, to: end) {
            return known.entity.kind == .place || known.entity.kind == .country ? (known.length, known.entity) : nil
        }
        if let town = knowledge.longCities.longestMatch(from: start, count: end, hash: { view.lowerHash(at: $0) }) {
            return (town.length, nil)
        }
        return (1...2).contains(view.nameFacts(at: start).town) ? (1, nil) : nil
    }

    private func titleMatch(_ words: [String], from start: Int, to end: Int) -> (length: Int, title: String)? {
        knowledge.titles.longestMatch(from: start, count: end, key: { words[$0] }).map { ($0.length, $0.value) }
    }

    /// `titleMatch` over the words of a sentence view, by the hashes it made of them.
    private func titleMatch(_ view: EntityFeatures.SentenceView, from start: Int, to end: Int) -> (length: Int, title: String)? {
        guard start < end else { return nil }
        return knowledge.titles.longestMatch(from: start, count: end, firstNode: view.knowledge(at: start).titleNode, hash: { view.hash(at: $0) })
            .map { ($0.length, $0.value) }
    }

    /// The title before "of", "at" or "for" and a name of up to five capitalised words ending at `index` ("Co-founder
    /// of Google", "chief executive at Kestrel Foods"), with the body's words, as the role of the name after it.
    private func titleOfBody(endingAt index: Int, _ view: EntityFeatures.SentenceView) -> String? {
        let words = view.words
        var k = index - 1
        while k > 0, index - k <= 5, isCapitalised(words[k]) { k -= 1 }
        guard k < index - 1, k > 0, words[k] == "of" || words[k] == "at" || words[k] == "for",
              let title = titleEnding(before: k, view) else { return nil }
        return words[title.start..<index].joined(separator: " ")
    }

    /// A title that ends right before `index`, written in lower case or capitals ("national security adviser", "leader").
    private func titleEnding(before index: Int, _ view: EntityFeatures.SentenceView) -> (start: Int, title: String)? {
        for length in stride(from: min(4, index), through: 1, by: -1) {
            let start = index - length
            if let match = titleMatch(view, from: start, to: index), match.length == length {
                return (start, view.words[start..<index].joined(separator: " "))
            }
        }
        return nil
    }

    /// `titleCase`: for a headline in title case, the words the rest of the article capitalises.
    /// `position`: the sentence's place in the article's sentences, as `document` has them.
    private func candidates(in sentence: Sentence, at position: Int, document: DocumentContext,
                            titleCase capitalisedInBody: Set<String>? = nil) -> [Candidate] {
        let lowerCaseSeen = document.lowerCase
        let tokens = sentence.tokens.map(\.text)
        // What the document read of each token's bytes tells their case, and serves every word read as written; a
        // rewritten word is read again.
        let tokenBytes = document.wordBytes(ofSentence: position, tokenCount: tokens.count)
        var words = readingCase(tokens, lowerCaseSeen: lowerCaseSeen, wordBytes: tokenBytes)
        if let capitalisedInBody { words = readingTitleCase(words, capitalisedInBody: capitalisedInBody) }
        var wordBytes: [EntityFeatures.SentenceView.WordBytes]?
        var wordKnowledge: [EntityFeatures.SentenceView.WordKnowledge]?
        if var read = tokenBytes, read.count == words.count,
           var known = document.wordKnowledge(ofSentence: position, tokenCount: tokens.count) {
            for i in words.indices where words[i] != tokens[i] {
                read[i] = EntityFeatures.SentenceView.WordBytes(words[i])
                known[i] = EntityFeatures.SentenceView.WordKnowledge(read[i], knowledge: knowledge)
            }
            wordBytes = read
            wordKnowledge = known
        }
        // Made without a model too: its key hashes serve the look-up of known names at every word below.
        let view = EntityFeatures.SentenceView(words: words, knowledge: knowledge, document: document, wordBytes: wordBytes,
                                               wordKnowledge: wordKnowledge)
        let labels = model?.tag(view) ?? []
        let n = words.count
        var result: [Candidate] = []
        var i = 0
        if let dateline = datelinePlace(sentence) {
            // "SHEFFIELD, England —", "DENVER (AP) —": the place an agency's report was filed from; in capitals, a
            // known place of several words is read in title case ("NEW YORK"), as `readingCase` reads only single words so.
            var titledDateline = words
            for k in dateline where Letters.isWrittenInCapitals(words[k]) { titledDateline[k] = NameTagger.titled(words[k].lowercased()) }
            if let known = [words, titledDateline].lazy.compactMap({ self.knownMatch($0, from: 0, to: dateline.upperBound) })
                .first(where: { $0.length == dateline.count }) {
                result.append(.known(known.entity, dateline, isModifier: false))
            } else {
                result.append(.name(.place, dateline))
            }
            i = dateline.upperBound
        }
        func isOrganisationOrGroupWord(_ index: Int) -> Bool {
            knowledge.organizationWords[words[index]].map { $0 != .place } ?? false
        }
        // Told by the view's facts of the words' bytes: the loop tests most words, most of them in lower case, and only
        // a word with a hyphen may be a place turned adjective.
        func isCapitalisedWord(_ k: Int) -> Bool {
            view.startsCapitalised(at: k) && !(view.hasHyphen(at: k) && NameTagger.isPlaceAdjective(words[k]))
        }
        /// Whether word `k` is a firm's "of" before a place: "Vodacom Group of South Africa" is the firm and where it is.
        func placesAFirm(at k: Int) -> Bool {
            words[k] == "of" && NameTagger.firmEndings.contains(words[k - 1]) && placeMatch(view, from: k + 1, to: n) != nil
        }
        /// Whether the run's words are people, or a service, whose "for" names a body ("Physicians for Human Rights",
        /// "Transport for Wales"); not opening a sentence, where they act for someone ("Lawyers for Mphela argued").
        func namesABodyForACause(_ run: Range<Int>) -> Bool {
            run.count <= 2 && NameTagger.peopleForCauses.contains(words[run.upperBound - 1]) && !isSentenceStart(run.lowerBound, words)
        }
        while i < n {
            let known = knownMatch(view, from: i, to: n)
            guard isCapitalisedWord(i) || known != nil else { i += 1; continue }
            // A known name after "The": read as a whole ("The Organization for Security and Co-operation in Europe said").
            // Where "The" is no part of it (`theIsPartOfName`, as `read` takes it), the name is read from its own first word.
            var knownAfterThe: (length: Int, entity: KnownEntity)?
            if known == nil, words[i] == "The", i + 1 < n {
                knownAfterThe = knownMatch(from: i + 1, to: n, keyHash: { view.keyHash(at: $0) })
                if knownAfterThe != nil, !NameTagger.theIsPartOfName(at: i, words) {
                    i += 1
                    continue
                }
            }
            if let thing = namedThing(view, from: i, longerThan: known?.length ?? 0) { i += thing; continue }
            // A road by its number: "Interstate 70", "Highway 1", "Route 66".
            if known == nil, i + 1 < n, NameTagger.numberedRoads.contains(words[i]), NameTagger.isRoadNumber(words[i + 1]) {
                result.append(.name(.place, i..<(i + 2)))
                i += 2
                continue
            }
            // Grow the run of capitalised words, with particles and "of" after an organisation word.
            var end = i + 1
            while end < n {
                // "Shannonside Foods plc": a company's suffix written in lower case ends its name.
                if words[end] == "plc" { end += 1; break }
                // "Suleiman al-Amr", "Hassan el-Sayed": an Arabic name's article, in lower case, joined to the name.
                if isCapitalisedWord(end) || NameTagger.isArticledName(words[end]) {
                    // "Microsoft Internet Explorer": a product after a known name ends it ("Johnnie Christmas" goes on).
                    if known?.length == end - i, namedThing(view, from: end, longerThan: 0) != nil { break }
                    end += 1; continue
                }
                // Two particles: "Erik van der Linden", "Juan de la Cruz".
                if end + 2 < n, NameTagger.nameParticles.contains(words[end]), NameTagger.nameParticles.contains(words[end + 1]),
                   isCapitalisedWord(end + 2) { end += 2; continue }
                if end + 1 < n, isCapitalisedWord(end + 1) {
                    let word = words[end]
                    if NameTagger.nameParticles.contains(word) { end += 1; continue }
                    // A possessive inside an organisation's name: "Korean People's Army", "New People's Party"; an office
                    // named after its holder, "Harris County Sheriff's Office", "U.S. Attorney's Office".
                    // A saint's, "St. Brendan's Medical Center", "St. Peter's Square".
                    if NameTagger.isPossessive(word), NameTagger.collectiveNouns.contains(words[end - 1])
                        || (NameTagger.officeHolders.contains(words[end - 1]) && knowledge.organizationWords[words[end + 1]] == .organization)
                        || (end - 2 >= i && NameTagger.saintWords.contains(words[end - 2])) {
                        end += 1; continue
                    }
                    // "Korea Taxi Drivers' Union": a plural's apostrophe before the organisation word.
                    if word == "'" || word == "\u{2019}", words[end - 1].hasSuffix("s"),
                       knowledge.organizationWords[words[end + 1]] == .organization { end += 1; continue }
                    // "Johnson & Johnson", "Evergreen Aviation & Space Museum"; not two people's full names, "Karl Langdon &
                    // Harvey Deegan".
                    if word == "&", !(end - i >= 2 && nameFacts(of: words[i]).givenName != 0 && nameFacts(of: words[end + 1]).givenName != 0
                                      && end + 2 < n && isCapitalisedWord(end + 2)) {
                        end += 1; continue
                    }
                    // "of" and "for" after an organisation word, or later in a name that has one ("Australian Centre for
                    // Control of Iodine Deficiency Disorders"); "at" in a university's campus ("University of North
                    // Carolina at Chapel Hill").
                    let heads = ["Republic", "Kingdom", "Minister", "Secretary", "Department", "Ministry", "University", "Bank", "Office"]
                    if (word == "of" || word == "for"), !placesAFirm(at: end), knowledge.organizationWords[words[end - 1]] != nil || heads.contains(words[end - 1])
                        || (word == "of" && end - 1 == i && NameTagger.placeHeads.contains(words[end - 1]))
                        || (i..<end).contains(where: isOrganisationOrGroupWord) {
                        end += 1; continue
                    }
                    if word == "at", words[i] == "University", words[i..<end].contains("of") { end += 1; continue }
                    // "Physicians for Human Rights", "Students for Fair Admissions", "Transport for Wales".
                    if word == "for", namesABodyForACause(i..<end) { end += 1; continue }
                    // "in" between a mission or a church and the country or place it serves: "UN Verification Mission in
                    // Colombia", "Church in Wales", "Evangelical Church in Germany".
                    if word == "in", NameTagger.bodiesInPlaces.contains(words[end - 1]), placeMatch(view, from: end + 1, to: n) != nil {
                        end += 1; continue
                    }
                    // "on" after a body that deliberates: "Council on Foreign Relations", "Intergovernmental Panel on Climate
                    // Change", "National Institute on Aging"; not a date after it ("the Commission on Monday").
                    if word == "on", NameTagger.bodiesOnSubjects.contains(words[end - 1]),
                       case let subject = words[end + 1].lowercased(), TimeLexicon.weekdays[subject] == nil, TimeLexicon.months[subject] == nil {
                        end += 1; continue
                    }
                }
                // "Ministry of the Interior", "National Museum of the U.S. Air Force": "the" opening the complement.
                // Not a country's short name alone after "the": "Colorado State University of the US" is a university of a
                // country ("Central Bank of the Republic of Turkey", "National Museum of the U.S. Air Force" are names).
                // A group's name too ("Movement for the Survival of the Ogoni People", "Front for the Liberation of …"),
                // and a complement after the first ("… for the Survival of the Ogoni People").
                // "Citizens for a Better Environment", "Veterans for the Arts".
                if end + 2 < n, words[end] == "for", words[end + 1] == "a" || words[end + 1] == "the", isCapitalisedWord(end + 2),
                   namesABodyForACause(i..<end) {
                    end += 2; continue
                }
                if end + 2 < n, words[end] == "of" || words[end] == "for", words[end + 1] == "the", isCapitalisedWord(end + 2),
                   words[end - 1] == "Ministry" || (i..<end).contains(where: isOrganisationOrGroupWord),
                   knownMatch(words, from: end + 2, to: n).map({ $0.entity.kind != .country || $0.length > 1
                       || (end + 3 < n && isCapitalisedWord(end + 3)) }) ?? true {
                    end += 2; continue
                }
                if let joined = organizationNameJoined(words, run: i..<end) { end = joined; continue }
                // A word in lower case the model reads inside a name, between capitalised words: "International
                // Brotherhood of Electrical Workers", "Fraternal Order of Police".
                if end + 1 < n, words[end] == "of" || words[end] == "for", EntityModel.isInside(labels[end]), isCapitalisedWord(end + 1),
                   !placesAFirm(at: end),
                   // Two words or more before it: one word of a place's kind is left to the place ("State of Texas",
                   // "City of Prescott"); not a person's name ("Alvin Yeung of Civic Party").
                   end - i >= 2, !(1...2).contains(nameFacts(of: words[i]).givenName) {
                    end += 1
                    continue
                }
                break
            }
            if let known, i + known.length > end { end = i + known.length }
            if let knownAfterThe, i + 1 + knownAfterThe.length > end { end = i + 1 + knownAfterThe.length }
            // A label before a colon is not part of the name before it ("Disney Belle Image: Nick Moreau").
            if end < n, end - i >= 2, words[end] == ":",
               NameTagger.creditLabels.contains(words[end - 1]) || knowledge.commonWords.contains(words[end - 1].lowercased()),
               known.map({ i + $0.length < end }) ?? true {
                end -= 1
            }
            appendPieces(of: i..<end, view: view, sentence: sentence, lowerCaseSeen: lowerCaseSeen, labels: labels, to: &result)
            i = end
        }
        // The rules that read the sentence's candidates together, in turn.
        result = clubsInMatchReport(clubsInResults(result, words: words), view: view)
        result = countyBodies(clubsNamingTheirPeople(result, words: words), words: words)
        return affiliationsOfPeople(unionLocals(result, words: words), words: words)
    }

    /// "Nick Rhodes of Duran Duran", "Cheng Chung-tai of Civic Passion": a name right after a person's name and "of" is
    /// what the person belongs to, an organisation, though its words look like a person's; one word after "of" is left as
    /// read ("John of Gaunt", "Ana Ruiz of Leeds").
    private func affiliationsOfPeople(_ candidates: [Candidate], words: [String]) -> [Candidate] {
        var result = candidates
        for index in candidates.indices.dropFirst() {
            guard case let .named(.person?, range, nil, _, _, _) = candidates[index], range.count >= 2,
                  case let .named(.person?, before, _, _, _, _) = candidates[index - 1], before.upperBound + 1 == range.lowerBound,
                  words[before.upperBound] == "of"
            else { continue }
            result[index] = .name(.organization, range)
        }
        return result
    }

    /// In a sentence that gives a match's score ("Leeds beat Everton 3-1", "drew 1-1 with Sevilla"), a town that wins,
    /// loses or hosts is its club, an organisation; "at Anfield" stays a place (a ground or a town). Countries stay
    /// places: national teams are named as their country.
    private func clubsInMatchReport(_ candidates: [Candidate], view: EntityFeatures.SentenceView) -> [Candidate] {
        let words = view.words
        /// "3-1": one or two digits, a hyphen, one or two digits; read off the bytes (this runs on every word).
        func isScore(_ word: String) -> Bool {
            let bytes = word.utf8
            // Opening with a digit, told first: the search for a hyphen cost more on the many words of three to five letters.
            guard (3...5).contains(bytes.count), let first = bytes.first, first &- 0x30 < 10,
                  let hyphen = bytes.firstIndex(of: UInt8(ascii: "-")) else { return false }
            let before = bytes.distance(from: bytes.startIndex, to: hyphen), after = bytes.count - before - 1
            return (1...2).contains(before) && (1...2).contains(after)
                && bytes.indices.allSatisfy { $0 == hyphen || (bytes[$0] >= 0x30 && bytes[$0] <= 0x39) }
        }
        // A score, or a cricket result's margin within five words after "by" ("beat Sussex by two wickets", "by an
        // innings and 12 runs"). Looked for from each "by", told by its hash first: most sentences have neither.
        let byHash = EntityFeatures.wordHash("by")
        func hasMargin() -> Bool {
            for by in words.indices where view.hash(at: by) == byHash && words[by] == "by" {
                for index in (by + 1)..<min(words.count, by + 6) where NameTagger.cricketMargins.contains(words[index]) { return true }
            }
            return false
        }
        // A score opens with a digit: the view tells which words have one.
        guard words.indices.contains(where: { view.hasDigit(at: $0) && isScore(words[$0]) }) || hasMargin() else { return candidates }
        func isPlayingSide(_ range: Range<Int>) -> Bool {
            (range.lowerBound > 0 && NameTagger.beforeSide.contains(words[range.lowerBound - 1]))
                || (range.upperBound < words.count
                    && (NameTagger.afterSide.contains(words[range.upperBound]) || isScore(words[range.upperBound])))
        }
        return candidates.map { candidate in
            switch candidate {
            // Not a nation that plays as one ("Ireland beat Scotland 31-13"), named as the place as a country is.
            case let .known(entity, range, false) where entity.kind == .place && isPlayingSide(range)
                && !NameTagger.nationsPlayingAsNations.contains(entity.canonical):
                return .club(range)
            case let .named(.place?, range, _, _, _, _) where isPlayingSide(range),
                 let .named(nil, range, nil, _, _, _) where isPlayingSide(range),
                 let .shortName(range) where isPlayingSide(range):
                return .club(range)
            // "Leeds beat Everton 3-1": one word the model took for a surname, but a large town or on no list of names.
            case let .named(.person?, range, nil, _, _, _) where range.count == 1 && isPlayingSide(range):
                let facts = nameFacts(of: words[range.lowerBound])
                return (1...2).contains(facts.town) || (facts.surname == 0 && facts.givenName == 0) ? .club(range) : candidate
            // A town the model took for an organisation already: its club, so that the town keeps its other mentions
            // ("fans in Leeds").
            case let .named(.organization?, range, nil, _, _, _)
                where range.count == 1 && isPlayingSide(range) && nameFacts(of: words[range.lowerBound]).town != 0:
                return .club(range)
            default:
                return candidate
            }
        }
    }

    /// A union's local or lodge by its number is part of its name: "Amalgamated Transit Union Local 587", "UFCW Local
    /// 293", "Fraternal Order of Police Lodge 5".
    private func unionLocals(_ candidates: [Candidate], words: [String]) -> [Candidate] {
        func localEnd(_ range: Range<Int>) -> Int? {
            let k = range.upperBound
            guard k + 1 < words.count, words[k] == "Local" || words[k] == "Lodge",
                  !words[k + 1].isEmpty, words[k + 1].utf8.allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
            return k + 2
        }
        // Changed in place, and only where a local follows: a new array a sentence cost more than the rule.
        var result = candidates
        for index in candidates.indices {
            let range: Range<Int>
            switch candidates[index] {
            case let .named(.organization?, named, _, _, _, _): range = named
            case let .known(entity, known, _) where entity.kind == .organization: range = known
            default: continue
            }
            if let end = localEnd(range) { result[index] = .name(.organization, range.lowerBound..<end) }
        }
        return result
    }

    /// A body named after its county is one organisation with the county's name: "Hinds County Board of Supervisors",
    /// "Jackson County Legislature", "Franklin County Court of Common Pleas", not the place and a body apart.
    private func countyBodies(_ candidates: [Candidate], words: [String]) -> [Candidate] {
        // Most sentences name no county: told first from the candidates' last words, without a new array.
        let namesACounty = candidates.contains { candidate in
            switch candidate {
            case let .known(_, range, _), let .named(_, range, _, _, _, _):
                let last = words[range.upperBound - 1]
                // Six bytes: the shortest of `countyWords`, told before the look-up.
                return last.utf8.count >= 6 && NameTagger.countyWords.contains(last)
            default:
                return false
            }
        }
        guard namesACounty else { return candidates }
        var result: [Candidate] = []
        result.reserveCapacity(candidates.count)
        var i = 0
        while i < candidates.count {
            defer { i += 1 }
            let candidate = candidates[i]
            let county: Range<Int>
            switch candidate {
            case let .known(entity, range, false) where entity.kind == .place: county = range
            case let .named(.place?, range, nil, _, _, _): county = range
            default: result.append(candidate); continue
            }
            guard county.count >= 2, county.upperBound < words.count, NameTagger.countyWords.contains(words[county.upperBound - 1]) else {
                result.append(candidate)
                continue
            }
            // The body is the organisation the model read right after the county, or capitalised words after it up to
            // the last organisation word among them that no other name takes.
            if i + 1 < candidates.count, case let .named(.organization?, body, nil, _, _, _) = candidates[i + 1],
               body.lowerBound == county.upperBound {
                result.append(.name(.organization, county.lowerBound..<body.upperBound))
                i += 1
                continue
            }
            let nextStart = i + 1 < candidates.count ? candidates[i + 1].range?.lowerBound ?? words.count : words.count
            var end = county.upperBound, bodyEnd: Int?
            while end < nextStart, isCapitalised(words[end]) {
                if knowledge.organizationWords[words[end]] == .organization || NameTagger.countyBodyWords.contains(words[end]) {
                    bodyEnd = end + 1
                }
                end += 1
            }
            if let bodyEnd {
                result.append(.name(.organization, county.lowerBound..<bodyEnd))
            } else {
                result.append(candidate)
            }
        }
        return result
    }

    /// A town or region right before one of a team's people is that team's club, an organisation: "Sussex captain Alan
    /// Wells", "Chicago coach", "Leicester manager". A country stays a place: national teams are named as their country
    /// ("England captain").
    private func clubsNamingTheirPeople(_ candidates: [Candidate], words: [String]) -> [Candidate] {
        func isBeforeTeamPerson(_ range: Range<Int>) -> Bool {
            range.upperBound < words.count && NameTagger.teamPeople.contains(words[range.upperBound])
        }
        func isTown(_ range: Range<Int>) -> Bool { range.count == 1 && (1...2).contains(nameFacts(of: words[range.lowerBound]).town) }
        // Changed in place, and only where a team's person follows: a new array a sentence cost more than the rule.
        var result = candidates
        for index in candidates.indices {
            switch candidates[index] {
            case let .known(entity, range, _) where entity.kind == .place && isBeforeTeamPerson(range)
                && !NameTagger.nationsPlayingAsNations.contains(entity.canonical):
                result[index] = .club(range)
            case let .named(.place?, range, _, _, _, _) where isBeforeTeamPerson(range):
                result[index] = .club(range)
            // One word the model took for a surname or did not take for a name, but a town's: "Leicester manager".
            case let .named(.person?, range, nil, _, _, _) where isBeforeTeamPerson(range) && isTown(range),
                 let .shortName(range) where isBeforeTeamPerson(range) && isTown(range):
                result[index] = .club(range)
            default:
                continue
            }
        }
        return result
    }

    /// The words of a wire dateline opening the sentence: up to four words in capitals, then a comma, a bracket or a dash.
    private func datelinePlace(_ sentence: Sentence) -> Range<Int>? {
        let tokens = sentence.tokens
        var k = 0
        while k < tokens.count, k < 4, tokens[k].text.unicodeScalars.count >= 2,
              tokens[k].text.unicodeScalars.allSatisfy({ Letters.isUppercase($0) || $0 == "." || $0 == "-" || $0 == "'" }) { k += 1 }
        guard k > 0, k < tokens.count, [",", "(", "\u{2014}", "\u{2013}", "-"].contains(tokens[k].text) else { return nil }
        // Not a headline in capitals: "SOCCER - JAPAN GET LUCKY WIN".
        let lettered = tokens.filter { $0.text.unicodeScalars.contains { Letters.isUppercase($0) || Letters.isLowercase($0) } }
        guard lettered.filter({ $0.text.unicodeScalars.contains { Letters.isLowercase($0) } }).count * 2 >= lettered.count else { return nil }
        // After a comma, the country or region, or the date: "SHEFFIELD, England", "NEW YORK, Aug 30 (Reuters) -"
        // (not "KPLD, the party's…").
        if tokens[k].text == "," {
            guard k + 1 < tokens.count else { return nil }
            let next = tokens[k + 1].text
            let isMonth = DatelineDate.month(next) != nil && Letters.startsCapitalised(next)
            guard isMonth || knownMatch(tokens.map(\.text), from: k + 1, to: tokens.count).map({
                $0.entity.kind == .country || $0.entity.kind == .place }) == true else { return nil }
        }
        return 0..<k
    }

    /// Where an organisation's name goes on past "and" or a list of commas, or nil: "Department of Health and Social
    /// Care", "Bureau of Alcohol, Tobacco, Firearms and Explosives" (a complement listing fields), "Shropshire Fire and
    /// Rescue Service", "Food and Drug Administration" (fields before the organisation word). Two names joined by "and"
    /// stay two: each field is a capitalised word that is no known name, common given name or large town, and in the second form
    /// the words before "and" hold no organisation word of their own ("Civic Party and Labour Party").
    private func organizationNameJoined(_ words: [String], run: Range<Int>) -> Int? {
        // Either way the name goes on only past "and" or a comma right after the run: most runs end otherwise.
        guard run.upperBound < words.count, words[run.upperBound] == "and" || words[run.upperBound] == "," else { return nil }
        let n = words.count
        func isField(_ k: Int) -> Bool {
            k < n && isCapitalised(words[k]) && !isAcronym(words[k]) && knownMatch(words, from: k, to: n) == nil
                && titleMatch(words, from: k, to: n) == nil && !(1...2).contains(nameFacts(of: words[k]).givenName) && !(1...2).contains(nameFacts(of: words[k]).town)
        }
        /// The end of one to three fields from `k`.
        func fieldsEnd(from k: Int) -> Int? {
            var end = k
            while end < n, end - k < 3, isField(end) { end += 1 }
            return end > k ? end : nil
        }
        /// A common word, or one with the ending of an English adjective or abstract noun ("Economic", "Construction").
        func isOrdinary(_ index: Int) -> Bool {
            let word = words[index]
            return nameFacts(of: word).isOrdinaryWord
                || ["al", "ic", "ive", "ary", "ous", "ion", "ment", "ity", "ure", "ence", "ance"].contains { word.hasSuffix($0) }
        }
        var k = run.upperBound
        let isOrganizationWord = { (index: Int) in self.knowledge.organizationWords[words[index]] == .organization }
        let complement = run.dropLast().contains { (words[$0 + 1] == "of" || words[$0 + 1] == "for") && isOrganizationWord($0) }
        if complement {
            // (", " field)* "and" field, and the name ends there.
            while k + 1 < n, words[k] == ",", let next = fieldsEnd(from: k + 1), next - (k + 1) <= 2 { k = next }
            // Fields that end in an organisation word are an organisation of their own ("… and Deutsche Bank") unless
            // they open with an ordinary word ("Association of Mineworkers and Construction Union").
            guard k + 1 < n, words[k] == "and", let end = fieldsEnd(from: k + 1),
                  !isOrganizationWord(end - 1) || isOrdinary(k + 1),
                  end == n || !isCapitalised(words[end]) else { return nil }
            return end
        }
        // One word before "and" is a field only if it is an ordinary word: "Food and Drug Administration", "Economic and
        // Financial Crimes Commission", not "Barclays and Deutsche Bank". Asked only before "and": the test of endings costs.
        guard words[k] == "and", run.count <= 3, run.count > 1 || isOrdinary(run.lowerBound), !run.contains(where: isOrganizationWord),
              knownMatch(words, from: run.lowerBound, to: run.upperBound)?.length != run.count,
              let end = fieldsEnd(from: k + 1), end == n || words[end] != "of",
              isOrganizationWord(end - 1) || end < n && isOrganizationWord(end) && isCapitalised(words[end])
        else { return nil }
        return end
    }

    /// In a line of sports results ("Leeds 2 Chelsea 1", a table row "Leeds 5 3 1 1 7 4 10") a town named before
    /// its score is its club, an organisation; countries and their nations ("Wales") stay what they are, as national teams.
    private func clubsInResults(_ candidates: [Candidate], words: [String]) -> [Candidate] {
        func isScore(_ index: Int) -> Bool {
            index < words.count && (1...3).contains(words[index].utf8.count) && words[index].utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        // Counted by index, without filtered copies of the candidates: most sentences are no line of results.
        var beforeScores = 0, tableRow = false
        for index in candidates.indices {
            let range: Range<Int>
            switch candidates[index] {
            case let .known(_, known, _): range = known
            case let .named(_, named, _, _, _, _): range = named
            default: continue
            }
            guard isScore(range.upperBound) else { continue }
            beforeScores += 1
            if isScore(range.upperBound + 1) && isScore(range.upperBound + 2) { tableRow = true }
        }
        guard beforeScores >= 2 || tableRow else { return candidates }
        func isTown(_ range: Range<Int>) -> Bool {
            range.count == 1 ? nameFacts(of: words[range.lowerBound]).town != 0
                : knowledge.longCities.longestMatch(from: range.lowerBound, count: range.upperBound,
                                                    key: { EntityFeatures.lowercase(words[$0]) })?.length == range.count
        }
        // Sides only: a line of two names each with its score ("Jubilo Iwata 4 Cerezo Osaka 0"), or a standings row that
        // opens with its name and has five numbers or more ("Jubilo Iwata 12 9 3 26 ..."); not a golfer's rounds.
        let named = candidates.compactMap(\.range)
        let matchLine = named.count == 2 && named[0].lowerBound == 0 && isScore(named[0].upperBound)
            && named[1].lowerBound == named[0].upperBound + 1 && isScore(named[1].upperBound)
            && (named[1].upperBound + 1 == words.count || words[named[1].upperBound + 1] == "(")
        func isSide(_ range: Range<Int>) -> Bool {
            matchLine || (range.lowerBound == 0 && words.count - range.upperBound >= 5 && (range.upperBound..<words.count).allSatisfy(isScore))
        }
        return candidates.map { candidate in
            switch candidate {
            case let .known(entity, range, _) where entity.kind == .place && isScore(range.upperBound) && isTown(range):
                return .club(range)
            case let .named(.person?, range, nil, _, _, _) where isSide(range):
                return .club(range)
            case let .named(.place?, range, _, _, _, _) where isScore(range.upperBound),
                 let .shortName(range) where isScore(range.upperBound):
                return .club(range)
            default:
                return candidate
            }
        }
    }

    /// Splits a run of capitalised words after each organisation word that another name follows
    /// ("Civic Party New People Party") and reads each piece, appending what it finds to `result` (arrays of candidates
    /// made and joined at each level cost more than the reading of most pieces).
    private func appendPieces(of run: Range<Int>, view: EntityFeatures.SentenceView, sentence: Sentence, lowerCaseSeen: WordSet, labels: [Int],
                              to result: inout [Candidate]) {
        let words = view.words
        var start = run.lowerBound
        // "Maxwell Air Force Base": a military base is a site, a place, whatever organisation words it holds.
        if run.count >= 3, words[run.upperBound - 1] == "Base", NameTagger.kindsOfBases.contains(words[run.upperBound - 2]) {
            while start < run.upperBound - 2, containsLowercased(knowledge.stopCapitals, view, at: start) { start += 1 }
            if start < run.upperBound - 2 {
                result.append(.name(.place, start..<run.upperBound))
                return
            }
            start = run.lowerBound
        }
        // A function word or month inside a run ends one name and starts the next ("… Hajj According to …"); not after a
        // word in lower case that joins a name ("Alliance for Tomorrow", "Court of Appeal of The Hague").
        // The word looked up before its capitals are tested: few words of a run are function words, and the test of capitals costs more.
        for k in run where k > start && k < run.upperBound && containsLowercased(knowledge.stopCapitals, view, at: k)
            && isCapitalised(words[k]) && !Letters.startsLowercase(words[k - 1])
            && TimeLexicon.months[words[k].lowercased()] == nil && TimeLexicon.monthAbbreviations[words[k].lowercased()] == nil
            && knownMatch(view, from: start, to: run.upperBound).map({ start + $0.length <= k }) ?? true {
            read(start..<k, view: view, sentence: sentence, lowerCaseSeen: lowerCaseSeen, labels: labels, into: &result)
            start = k
        }
        for k in run where k >= start && k + 1 < run.upperBound {
            // "Stanbic Bank Zambia said": one name, the country named inside it (so that filtering by it finds the article).
            if let country = countryOfBranch(after: k, in: run, view) {
                result.append(.known(country, (k + 1)..<run.upperBound, isModifier: true))
                break
            }
            // "Oslo University Hospital", "Denver Police Department": organisation words to the end are one name.
            // A place's kind opening its name stays with it: "River Severn".
            // A place's kind before an organisation's name ending the run is part of it: "Harris County Sheriff's Office".
            if organizationWord(view, at: k) != nil, isCapitalised(words[k + 1]),
               !(NameTagger.placeHeads.contains(words[k]) && (k == start || containsLowercased(knowledge.stopCapitals, view, at: k - 1))),
               !(organizationWord(view, at: k) == .place && organizationWord(view, at: run.upperBound - 1) == .organization),
               !isNamedAfterPlace(k, in: run, view),
               !((k == start || containsLowercased(knowledge.stopCapitals, view, at: k - 1))
                 && isRomanceInstitution(k..<run.upperBound, view)),
               // Organisation words to the end, or to the "of" of their complement ("School District of Philadelphia"),
               // or words that are no title, given name or known name before a last organisation word ("Tribhuvan
               // University Teaching Hospital", "Stanford University Medical Center").
               !isOneOrganisation(after: k, in: run, view),
               knownMatch(view, from: start, to: run.upperBound).map({ start + $0.length <= k }) ?? true {
                read(start..<(k + 1), view: view, sentence: sentence, lowerCaseSeen: lowerCaseSeen, labels: labels, into: &result)
                start = k + 1
            }
        }
        read(start..<run.upperBound, view: view, sentence: sentence, lowerCaseSeen: lowerCaseSeen, labels: labels, into: &result)
    }

    /// "Piedmont Valley Health System", "Tywi Valley Transport", "Great Plains Protein": a place word followed, to the
    /// end of the run, by words that end in an ordinary word (not a demonym, "Colorado River Indian Tribes") and hold no
    /// other place word names a body after the place.
    private func isNamedAfterPlace(_ k: Int, in run: Range<Int>, _ view: EntityFeatures.SentenceView) -> Bool {
        let last = run.upperBound - 1
        guard organizationWord(view, at: k) == .place, last > k, isUnlistedDictionaryWord(view.words[last]),
              knownMatch(view, from: last, to: run.upperBound) == nil else { return false }
        return ((k + 1)...last).allSatisfy { organizationWord(view, at: $0) != .place }
    }

    /// Whether the words of `run` after the organisation word `k`, up to the end or to an "of" or "for", go on with the
    /// same organisation's name: organisation words all, or words that are no title, given name or known name before a
    /// last organisation word.
    private func isOneOrganisation(after k: Int, in run: Range<Int>, _ view: EntityFeatures.SentenceView) -> Bool {
        let words = view.words
        let rest = (k + 1)..<(((k + 1)..<run.upperBound).first(where: { words[$0] == "of" || words[$0] == "for" }) ?? run.upperBound)
        if rest.allSatisfy({ organizationWord(view, at: $0) == .organization }) { return true }
        guard let last = rest.last, organizationWord(view, at: last) == .organization else { return false }
        return rest.dropLast().allSatisfy { j in
            view.nameFacts(at: j).givenName == 0 && titleMatch(view, from: j, to: rest.upperBound) == nil
                && knownMatch(view, from: j, to: rest.upperBound) == nil
        }
    }

    /// "Stanbic Bank Zambia said", "the Sickle Cell Foundation Nigeria": a country ending the run right after an
    /// organisation word names the body's branch there, and the run is one name; not where a noun follows that the
    /// country qualifies ("the World Bank Zambia office"). The country, or nil.
    private func countryOfBranch(after k: Int, in run: Range<Int>, _ view: EntityFeatures.SentenceView) -> KnownEntity? {
        guard organizationWord(view, at: k) == .organization, let country = knownMatch(view, from: k + 1, to: run.upperBound),
              country.entity.kind == .country, k + 1 + country.length == run.upperBound else { return nil }
        guard run.upperBound < view.words.count else { return country.entity }
        let next = view.words[run.upperBound]
        let endsName = !Letters.containsAlphabetic(next) || NameTagger.isPossessive(next) || NameTagger.afterSubject.contains(next)
            || NameTagger.speechVerbs.contains(next) || NameTagger.relativeWords.contains(next)
        return endsName ? country.entity : nil
    }

    /// "Tribunal Superior Eleitoral", "Banco Central do Brasil": words that name an institution kind first, as Romance
    /// languages do, with no title after the kind ("Commission President Ursula …" names a person).
    private func isRomanceInstitution(_ range: Range<Int>, _ view: EntityFeatures.SentenceView) -> Bool {
        let words = view.words
        return range.count >= 2 && NameTagger.romanceHeads.contains(words[range.lowerBound])
            && !range.dropFirst().contains { isCapitalised(words[$0]) && titleMatch(view, from: $0, to: range.upperBound) != nil }
    }

    /// A plural of the dictionary that is no given name nor a frequent surname: opening a sentence, it is nobody's name
    /// ("Prosecutors said", "Stocks fell"; "Banks said" may be a person).
    private func isPluralDictionaryWord(_ word: String) -> Bool {
        guard word.hasSuffix("s"), KnowledgeBase.dictionaryWords.contains(word.lowercased()) else { return false }
        let facts = nameFacts(of: word)
        return facts.givenName == 0 && !(1...2).contains(facts.surname)
    }

    private func isSentenceStart(_ index: Int, _ words: [String]) -> Bool {
        var j = index - 1
        while j >= 0, NameTagger.openers.contains(words[j]) { j -= 1 }
        // After a dateline's agency and dash the text starts: "NEW YORK, Aug 30 (Reuters) - Stocks fell".
        return j < 0 || (j + 1 < index && NameTagger.followsDatelineDash(j + 2, words))
    }

    /// Whether word `index` comes right after a dateline's agency in brackets and its dash: "(Reuters) - Stocks fell",
    /// "(AP) — A man".
    private static func followsDatelineDash(_ index: Int, _ words: [String]) -> Bool {
        index >= 2 && words[index - 2] == ")" && ["-", "\u{2014}", "\u{2013}"].contains(words[index - 1])
    }

    /// Whether "The" at `index` is part of the name after it as written: inside a sentence, after a word in lower case or
    /// a comma ("told The Globe and Mail"); opening a sentence, after a dateline's dash or in a headline it is not.
    private static func theIsPartOfName(at index: Int, _ words: [String]) -> Bool {
        index > 0 && (words[index - 1] == "," || Letters.startsLowercase(words[index - 1]))
    }

    /// Reads one run of capitalised words into known entities, titles and names, appended to `result`.
    private func read(_ piece: Range<Int>, view: EntityFeatures.SentenceView, sentence: Sentence, lowerCaseSeen: WordSet, labels: [Int],
                      into result: inout [Candidate]) {
        let words = view.words
        let first = result.count
        readNames(piece, view: view, sentence: sentence, lowerCaseSeen: lowerCaseSeen, labels: labels, into: &result)
        // "Kansas City Star", "Korea Herald", "Dallas Morning News": a newspaper named after its town or country is one
        // organisation, the place no actor of its own.
        let last = piece.upperBound - 1
        if piece.count >= 2, NameTagger.placedPublicationWords.contains(words[last]) {
            let start = words[piece.lowerBound] == "The" ? piece.lowerBound + 1 : piece.lowerBound
            var placeEnd = last
            while placeEnd > start, NameTagger.publicationQualifiers.contains(words[placeEnd - 1]) { placeEnd -= 1 }
            // A listed town may be longer than a known place it opens ("Kansas City", "Kansas").
            let town = knowledge.longCities.longestMatch(from: start, count: placeEnd, hash: { view.lowerHash(at: $0) })?.length ?? 0
            if placeEnd > start, start + max(placeMatch(view, from: start, to: placeEnd)?.length ?? 0, town) == placeEnd,
               !result[first...].contains(where: { if case .known(let entity, _, _) = $0 { entity.kind == .organization } else { false } }) {
                result.removeSubrange(first...)
                result.append(.named(kind: .organization, start..<piece.upperBound, role: nil, affiliation: nil, alias: nil, forceName: nil))
            }
        }
        // "told The Globe and Mail", "The Church of Scientology said": "The" capitalised inside a sentence opens the
        // organisation's name as written; the actor keeps the name without it, as "the" is written elsewhere.
        let the = piece.lowerBound
        guard piece.count >= 2, words[the] == "The", NameTagger.theIsPartOfName(at: the, words) else { return }
        // A newspaper's or magazine's name, whatever the words before its last ("according to The Arizona Republic",
        // "told The Hollywood Reporter"), is one organisation.
        // One the knowledge base or the model reads as an organisation already is left to the lines below.
        func isOrganizationToTheEnd(_ candidate: Candidate) -> Bool {
            switch candidate {
            case let .known(entity, range, _): return entity.kind == .organization && range.upperBound == piece.upperBound
            case let .named(.organization?, range, _, _, _, _): return range.upperBound == piece.upperBound
            default: return false
            }
        }
        if piece.count >= 3, NameTagger.publicationWords.contains(words[piece.upperBound - 1]),
           !result[first...].contains(where: isOrganizationToTheEnd) {
            result.removeSubrange(first...)
            result.append(.named(kind: .organization, piece, role: nil, affiliation: nil, alias: nil,
                                 forceName: NameTagger.nameText(sentence, (the + 1)..<piece.upperBound)))
            return
        }
        for index in first..<result.count {
            switch result[index] {
            case let .named(.organization?, range, role, affiliation, alias, forceName) where range.lowerBound == the + 1:
                result[index] = .named(kind: .organization, the..<range.upperBound, role: role, affiliation: affiliation, alias: alias,
                                       forceName: forceName ?? NameTagger.nameText(sentence, range))
            case let .known(entity, range, false) where entity.kind == .organization && range.lowerBound == the + 1:
                result[index] = .known(entity, the..<range.upperBound, isModifier: false)
            default:
                break
            }
        }
    }

    private func readNames(_ piece: Range<Int>, view: EntityFeatures.SentenceView, sentence: Sentence, lowerCaseSeen: WordSet, labels: [Int],
                           into result: inout [Candidate]) {
        let words = view.words
        var start = piece.lowerBound
        let end = piece.upperBound
        // Ordinary words capitalised by their place are not names: "Sources said", "Both Putin and Kim", "In July".
        if end - start == 1, knownMatch(view, from: start, to: end) == nil, isSentenceStart(start, words),
           !containsLowercased(knowledge.stopCapitals, view, at: start), !isAcronym(words[start]),
           containsLowercased(knowledge.commonWords, view, at: start) || containsLowercased(lowerCaseSeen, view, at: start)
            // Right after a dateline ("(Reuters) - Stocks fell"); elsewhere a plural opening a sentence may be a team's
            // nickname ("Chiefs won").
            || (NameTagger.followsDatelineDash(start, words) && isPluralDictionaryWord(words[start])) {
            result.append(.ordinary(start..<end))
            return
        }
        while start < end, knownMatch(view, from: start, to: end) == nil {
            // A common word opening a sentence is dropped only when it stands alone: "Park Min Jun" keeps "Park".
            // So is a common word before a given name that is no name itself: "Resident Keisha Montgomery-Blake said".
            let opensSentence = isSentenceStart(start, words) && start == piece.lowerBound && !isAcronym(words[start])
                && (containsLowercased(knowledge.commonWords, view, at: start) || containsLowercased(lowerCaseSeen, view, at: start))
            let ordinary = containsLowercased(knowledge.stopCapitals, view, at: start)
                || (opensSentence && end - start == 1)
                || (opensSentence && end - start >= 3 && view.nameFacts(at: start + 1).givenName != 0
                    && !view.nameFacts(at: start).isListedName && knownMatch(view, from: start + 1, to: end) == nil)
                // "Lender NatWest Group said": a word of the dictionary, no name, before a known organisation's whole name.
                || (isSentenceStart(start, words) && start == piece.lowerBound
                    && knownMatch(view, from: start + 1, to: end).map { $0.entity.kind == .organization && start + 1 + $0.length == end } ?? false
                    && !view.nameFacts(at: start).isListedName && KnowledgeBase.dictionaryWords.contains(words[start].lowercased()))
            guard ordinary else { break }
            start += 1
        }
        // "Former Museum of Flight CEO Bonnie Dunbar": a word that qualifies a title opens no name.
        while start < end, NameTagger.titleQualifiers.contains(words[start]), start + 1 < end, isCapitalised(words[start + 1]) { start += 1 }
        guard start < end else { return }
        // "Lagos Sickle Cell Study" is a work; "Institute for Advanced Study" an organisation by its own word.
        if NameTagger.eventHeads.contains(words[end - 1])
            || (words[end - 1] == "Study" && !(start..<end).contains(where: { organizationWord(view, at: $0) != nil })) {
            result.append(.nothing)
            return
        }

        if isRomanceInstitution(start..<end, view), knownMatch(view, from: start, to: end) == nil {
            result.append(.name(.organization, start..<end))
            return
        }
        // "Northern California", "West Texas", "Eastern Europe": a part of a known place named by its direction is one place,
        // the region, and names the place inside it (as a country inside an organisation's name).
        if end - start >= 2, NameTagger.regionDirections.contains(words[start]), knownMatch(view, from: start, to: end) == nil,
           let place = placeMatch(view, from: start + 1, to: end), start + 1 + place.length == end, let entity = place.entity {
            result.append(.known(entity, (start + 1)..<end, isModifier: true))
            result.append(.name(.place, start..<end))
            return
        }
        // "River Severn", "Lake Retba", "Mount Kenya", "Isle of Bute", "Port of Houston": a place named after its kind.
        if NameTagger.placeHeads.contains(words[start]), (2...4).contains(end - start), knownMatch(view, from: start, to: end) == nil,
           !(start..<end).contains(where: { organizationWord(view, at: $0) == .organization }) {
            result.append(.name(.place, start..<end))
            return
        }

        // "Mayor of London Sadiq Khan": a place after a title's "of" is the post's place, and the name follows it.
        if start >= 2, words[start - 1] == "of", let title = titleEnding(before: start - 1, view),
           let place = placeMatch(view, from: start, to: end), start + place.length < end,
           !((start + place.length)..<end).contains(where: { organizationWord(view, at: $0) != nil }) {
            let role = words[title.start..<(start + place.length)].joined(separator: " ")
            let placeCandidate: Candidate = place.entity.map { .known($0, start..<(start + place.length), isModifier: true) }
                ?? .name(.place, start..<(start + place.length))
            result.append(placeCandidate)
            let rest = result.count
            read((start + place.length)..<end, view: view, sentence: sentence, lowerCaseSeen: lowerCaseSeen, labels: labels, into: &result)
            for index in rest..<result.count {
                if case let .named(.person?, range, nil, affiliation, alias, forceName) = result[index] {
                    result[index] = .named(kind: .person, range, role: role, affiliation: affiliation, alias: alias, forceName: forceName)
                }
            }
            return
        }

        // An organisation: the piece ends in an organisation word ("National Security Council", "Civic Party"),
        // or an organisation word heads "of …" ("Ministry of Defence").
        let headIndex = (start..<end).last {
            organizationWord(view, at: $0) != nil && isCapitalised(words[$0])
                && ($0 == end - 1 || words[$0 + 1] == "of" || words[$0 + 1] == "for"
                    || (words[$0 + 1] == "on" && NameTagger.bodiesOnSubjects.contains(words[$0]))
                    || (words[$0 + 1] == "in" && NameTagger.bodiesInPlaces.contains(words[$0])))
        }
        // "Bank of England Governor Andrew Bailey": a title after the organisation's name and a name after the title
        // end the organisation's name ("Office of the Prime Minister" keeps its title: no name follows it).
        if let headIndex, let titleStart = ((headIndex + 1)..<end).first(where: { k in
            isCapitalised(words[k]) && titleMatch(view, from: k, to: end).map { k + $0.length < end } ?? false
        }), knownMatch(view, from: start, to: end).map({ start + $0.length <= titleStart }) ?? true {
            read(start..<titleStart, view: view, sentence: sentence, lowerCaseSeen: lowerCaseSeen, labels: labels, into: &result)
            read(titleStart..<end, view: view, sentence: sentence, lowerCaseSeen: lowerCaseSeen, labels: labels, into: &result)
            return
        }
        if let headIndex,
           knownMatch(view, from: start, to: end).map({ $0.length < end - start }) ?? true {
            // Leading countries, demonyms and known organisations belong to the name as written ("US National Security
            // Council"), but the organisation is known by the rest, and the country becomes its affiliation.
            // The country is still named, inside the organisation's name, so filtering by it finds the article.
            var nameStart = start
            var affiliation: String?
            var prefix: [Candidate] = []
            // A place is part of the name ("Massachusetts Institute of Technology", "Colorado State University").
            while nameStart < headIndex, let known = knownMatch(view, from: nameStart, to: headIndex), known.entity.kind != .place {
                if known.entity.kind == .country { affiliation = affiliation ?? known.entity.canonical }
                prefix.append(.known(known.entity, nameStart..<(nameStart + known.length), isModifier: true))
                nameStart += known.length
            }
            var kind: ActorKind = organizationWord(view, at: headIndex) ?? .organization
            // "Kennedy Space Center", "Metro Toronto Convention Centre": a centre that is a site, not an institution.
            if words[headIndex] == "Center" || words[headIndex] == "Centre", headIndex > start,
               NameTagger.siteCentres.contains(words[headIndex - 1]) {
                kind = .place
            }
            // "St. Mary's Church": a church named after its saint is the building, a place ("Church of England" is not).
            if words[headIndex] == "Church", headIndex == end - 1, NameTagger.saintWords.contains(words[start]) { kind = .place }
            if start == headIndex && headIndex == end - 1 {
                // An organisation word alone ("the Church", "the University") refers back to a fuller name, if any.
                result.append(.named(kind: nil, start..<end, role: nil, affiliation: nil, alias: nil, forceName: nil))
                return
            }
            if nameStart == headIndex && headIndex == end - 1 {
                // Only the organisation word is left ("US Treasury"): the whole piece is the name.
                result += prefix
                result.append(.named(kind: kind, start..<end, role: nil, affiliation: affiliation, alias: words[headIndex], forceName: nil))
                return
            }
            result += prefix
            // "Church in Wales": the place a body serves is named inside its name, so that filtering by it finds the article.
            if headIndex + 2 < end, words[headIndex + 1] == "in", let place = placeMatch(view, from: headIndex + 2, to: end),
               headIndex + 2 + place.length == end, let entity = place.entity {
                result.append(.known(entity, (headIndex + 2)..<end, isModifier: true))
            }
            if let whole = knownMatch(view, from: nameStart, to: end), nameStart + whole.length == end {
                result.append(.known(whole.entity, start..<end, isModifier: false))
                return
            }
            result.append(.named(kind: kind, start..<end, role: nil, affiliation: affiliation, alias: nil,
                                 forceName: nameStart > start ? NameTagger.nameText(sentence, nameStart..<end) : nil))
            return
        }

        // Otherwise: known names, titles and names in turn.
        var role: String?
        var affiliation: String?
        if let before = titleEnding(before: start, view) {
            role = before.title
            if let known = knownEndingBefore(before.start, view) { affiliation = known.canonical }
        } else if start >= 2, words[start - 1] == ",", end - start >= 2, let before = titleEnding(before: start - 1, view),
                  Letters.startsLowercase(words[before.start]) {
            // "The company's chief executive, Armin Papperger, said": a full name set after a title in lower case.
            role = before.title
        } else if start >= 4, words[start - 1] == ",", end - start >= 2, end < words.count, words[end] == ",",
                  let holder = titleOfBody(endingAt: start - 1, view) {
            // "Co-founder of Google, Sergey Brin, met him": a full name set between commas after a title of a body.
            role = holder
        }
        let longerNames = namesAroundKnown(start..<end, view, labels: labels)
        var j = start
        var nameStart: Int?
        func flushName(upTo k: Int) {
            guard var s = nameStart else { return }
            nameStart = nil
            // A name does not open with a joining word ("of", "and") left over from what came before it.
            while s < k, Letters.startsLowercase(words[s]) { s += 1 }
            guard s < k else { return }
            classify(s..<k, words: words, role: role, affiliation: affiliation, lowerCaseSeen: lowerCaseSeen, labels: labels, into: &result)
            role = nil
            affiliation = nil
        }
        while j < end {
            if nameStart == nil, let longer = longerNames.first(where: { $0.range.lowerBound == j }) {
                result.append(.named(kind: longer.kind, longer.range, role: role, affiliation: longer.kind == .person ? affiliation : nil,
                                     alias: nil, forceName: nil))
                role = nil
                affiliation = nil
                j = longer.range.upperBound
                continue
            }
            if let known = knownMatch(view, from: j, to: end) {
                flushName(upTo: j)
                let next = j + known.length
                let modifiesName = next < end || (next < words.count && (titleMatch(view, from: next, to: words.count) != nil
                                                                       || Letters.startsLowercase(words[next])))
                let isModifier = known.entity.isDemonym ? modifiesName : (known.entity.kind == .country && next < end)
                // "Wagner forces", "Russian forces": a group word after a country name is the country's forces.
                result.append(.known(known.entity, j..<next, isModifier: isModifier))
                if known.entity.kind == .country || known.entity.kind == .organization { affiliation = known.entity.country ?? known.entity.canonical }
                j = next
                continue
            }
            if let title = titleMatch(view, from: j, to: end), isCapitalised(words[j]) {
                // A title with no name after it ("…, the Russian Defense Minister, said") names no one new.
                flushName(upTo: j)
                var titleEnd = j + title.length
                // "Minister of Education Stefania Giannini": the department belongs to the title, up to the last two
                // words or a listed given name, whichever comes first.
                if titleEnd + 3 < end + 1, ["of", "for"].contains(words[titleEnd]), isCapitalised(words[titleEnd + 1]) {
                    var k = titleEnd + 1
                    while end - k > 2, isCapitalised(words[k]),
                          view.nameFacts(at: k).givenName == 0 { k += 1 }
                    titleEnd = k
                }
                role = words[j..<titleEnd].joined(separator: " ")
                j = titleEnd
                continue
            }
            if nameStart == nil { nameStart = j }
            j += 1
        }
        flushName(upTo: end)
    }

    /// Names the model reads as one that hold a known place with other words: "Toronto Star", "Environment Canada",
    /// "Valeska Paris". The place is then part of another name, not named itself.
    private func namesAroundKnown(_ piece: Range<Int>, _ view: EntityFeatures.SentenceView, labels: [Int]) -> [(range: Range<Int>, kind: ActorKind)] {
        guard !labels.isEmpty, piece.count >= 2 else { return [] }
        let words = view.words
        var knownRanges: [Range<Int>] = []
        // Known organisations inside a longer name the model reads as an organisation: "Nagoya Grampus Eight", "DP World Tour".
        var organizationRanges: [Range<Int>] = []
        var k = piece.lowerBound
        while k < piece.upperBound {
            if let known = knownMatch(view, from: k, to: piece.upperBound) {
                if known.entity.kind == .organization {
                    organizationRanges.append(k..<(k + known.length))
                } else if !known.entity.isDemonym {
                    knownRanges.append(k..<(k + known.length))
                }
                k += known.length
            } else {
                k += 1
            }
        }
        guard !knownRanges.isEmpty || !organizationRanges.isEmpty else { return [] }
        return EntityModel.spans(labels[piece]).compactMap { span in
            let range = (piece.lowerBound + span.range.lowerBound)..<(piece.lowerBound + span.range.upperBound)
            guard let kind = NameTagger.actorKind(ofModelType: span.type) else { return nil }
            // An organisation opening the span, and more words after it that are no one's given name.
            if kind == .organization, let organization = organizationRanges.first(where: { $0.lowerBound == range.lowerBound }),
               organization.upperBound < range.upperBound,
               !(organization.upperBound..<range.upperBound).contains(where: { view.nameFacts(at: $0).givenName != 0 || knownMatch(view, from: $0, to: range.upperBound) != nil }),
               !range.contains(where: { titleMatch(view, from: $0, to: range.upperBound) != nil && isCapitalised(words[$0]) }) {
                return (range, kind)
            }
            let inside = knownRanges.filter { range.contains($0.lowerBound) && range.contains($0.upperBound - 1) }
            // A place and a person's name side by side ("Governor of Washington Chris Gregoire") are two names.
            if kind == .place, range.contains(where: { index in
                !inside.contains { $0.contains(index) } && view.nameFacts(at: index).givenName != 0
            }) { return nil }
            guard !inside.isEmpty, inside.reduce(0, { $0 + $1.count }) < range.count,
                  !range.contains(where: { titleMatch(view, from: $0, to: range.upperBound) != nil && isCapitalised(words[$0]) })
            else { return nil }
            return (range, kind)
        }
    }

    /// A known country or organisation that ends right before `index` ("Russian" in "Russian Defense Minister").
    private func knownEndingBefore(_ index: Int, _ view: EntityFeatures.SentenceView) -> KnownEntity? {
        for length in stride(from: min(5, index), through: 1, by: -1) {
            if let match = knownMatch(view, from: index - length, to: index), match.length == length { return match.entity }
        }
        return nil
    }

    /// Decides what kind of actor a name with no known entry is, from its words and the words around it; the
    /// candidates are appended to `result`.
    private func classify(_ range: Range<Int>, words: [String], role: String?, affiliation: String?, lowerCaseSeen: WordSet,
                          labels: [Int], into result: inout [Candidate]) {
        let name = words[range]
        let next = range.upperBound < words.count ? words[range.upperBound] : ""
        if name.count <= 3, isScorecardPlayer(range, words: words) {
            result.append(.named(kind: .person, range, role: role, affiliation: affiliation, alias: nil, forceName: nil))
            return
        }
        if name.count == 1, isWebName(words[range.lowerBound]) {
            result.append(.name(.organization, range))
            return
        }
        // Names joined by "&" are firms and institutions, not people ("Johnson & Johnson", "Aviation & Space Museum").
        if name.count >= 3, name.dropFirst().dropLast().contains("&") {
            result.append(.name(.organization, range))
            return
        }
        // "Shannonside Foods plc": a name ending in a company's suffix in lower case is the company's (runs take in no
        // other word in lower case at their end).
        if name.count >= 2, words[range.upperBound - 1] == "plc" {
            result.append(.name(.organization, range))
            return
        }
        // "Deportes Quilmes", "Dinamo Zagreb": a word that opens only clubs' names makes the name a club's, whatever the
        // model makes of its words.
        if name.count >= 2, NameTagger.clubFirstWords.contains(words[range.lowerBound]) {
            result.append(.name(.organization, range))
            return
        }
        // "the fishing company Pescanova", "Golden Lotus Chemicals, a trading firm": a name the sentence calls an
        // organisation is one, whatever the model reads.
        if role == nil, isDescribedAsOrganisation(range, in: words) {
            result.append(.name(.organization, range))
            return
        }
        // "the Biden administration": an administration is named after its leader.
        if name.count == 1, next == "administration" || next == "presidency", !isAcronym(words[range.lowerBound]) {
            result.append(.named(kind: .person, range, role: role, affiliation: affiliation, alias: nil, forceName: nil))
            return
        }
        if labels.isEmpty || role != nil || knowledge.organizationWords[next] == .group || NameTagger.speechVerbs.contains(next) {
            result.append(classifyByRules(range, words: words, role: role, affiliation: affiliation, lowerCaseSeen: lowerCaseSeen))
            return
        }
        // The model decides the kinds of unknown names, and splits a run where it sees several names in it;
        // where it sees none, the rules decide.
        var spans = EntityModel.spans(labels[range])
        func candidate(_ type: String, _ tokens: Range<Int>) -> Candidate {
            if tokens.count == 1, isRomanNumeral(words[tokens.lowerBound]) { return .nothing }
            guard let kind = NameTagger.actorKind(ofModelType: type) else {
                // Works, events and products are not actors; but a foreign-looking name the rules take for a person is one.
                if tokens.count > 1, case let .named(.person?, _, _, _, _, _) = classifyByRules(tokens, words: words, role: nil, affiliation: nil, lowerCaseSeen: lowerCaseSeen),
                   tokens.allSatisfy({ !knowledge.commonWords.contains(words[$0].lowercased()) }) {
                    return .name(.person, tokens)
                }
                return tokens.count == 1 ? .ordinary(tokens) : .nothing
            }
            // "moved to Leeds": a large town after a preposition of place is the town, though it is a surname too and
            // clubs bear towns' names (a match report's sides are made clubs again afterwards).
            if kind == .person || kind == .organization, isTownAfterPreposition(tokens, words: words),
               (1...2).contains(nameFacts(of: words[tokens.lowerBound]).town) {
                return .name(.place, tokens)
            }
            if kind == .organization, tokens.upperBound < words.count, NameTagger.kindsOfWorks.contains(words[tokens.upperBound]) {
                return tokens.count == 1 ? .ordinary(tokens) : .nothing
            }
            // "fixed by the State", "the Judiciary said": a common noun capitalised after "the" is no name of its own, but may
            // refer back to one the article named ("the Commission"). Not a plural, which teams are named by ("the Saints").
            if kind == .organization, tokens.count == 1, tokens.lowerBound > 0, words[tokens.lowerBound - 1] == "the",
               !words[tokens.lowerBound].hasSuffix("s"), isUnlistedDictionaryWord(words[tokens.lowerBound]) {
                return .ordinary(tokens)
            }
            guard kind == .person else { return .name(kind, tokens) }
            if endsTitleOrBody(tokens, words: words) { return .name(.person, (tokens.lowerBound + 1)..<tokens.upperBound) }
            if tokens.count >= 2, NameTagger.clubFirstWords.contains(words[tokens.lowerBound])
                || NameTagger.clubLastWords.contains(words[tokens.upperBound - 1]) {
                return .name(.organization, tokens)
            }
            // "DTE Energy", "S&P Global": a name opening with an acronym of three letters or more is a firm's; people's
            // names open with two ("AJ", "TJ") or with initials and full stops ("J.R.R. Tolkien").
            if tokens.count >= 2, NameTagger.isFirmsAcronym(words[tokens.lowerBound]) {
                return .name(.organization, tokens)
            }
            // One unlisted word is a person only if the corpus names someone in full with it ("Konami", "Halliburton"
            // are more often companies than surnames); a listed given name or surname is taken at once.
            if tokens.count == 1 && !isListedName(words[tokens.lowerBound]) {
                return isTownAfterPreposition(tokens, words: words) || isLargeTown(tokens, words: words) ? .name(.place, tokens) : .shortName(tokens)
            }
            // Nor end in a word of the dictionary that no list has as a name, after a first word that is no given name
            // ("Kettukolo Games", "Saltwater Hymns"), or in such a plural ("Jade Tigers"): a firm's, a band's, a team's.
            // A word for a place ("Minute Maid Park") is left to the rules for places.
            if tokens.count >= 2, isUnlistedDictionaryWord(words[tokens.upperBound - 1]),
               knowledge.organizationWords[words[tokens.upperBound - 1]] != .place,
               nameFacts(of: words[tokens.lowerBound]).givenName == 0 || isPluralDictionaryWord(words[tokens.upperBound - 1]) {
                return .name(.organization, tokens)
            }
            // People's names are not made of the article's own ordinary words ("Campbell Soup", "Internet Explorer"),
            // though they hold particles ("Erik van der Linden").
            if tokens.dropFirst().contains(where: { lowerCaseSeen.contains(words[$0].lowercased()) && !isListedName(words[$0])
                && !NameTagger.nameParticles.contains(words[$0]) }) {
                return .name(.organization, tokens)
            }
            return .name(.person, tokens)
        }
        if spans.isEmpty {
            // Only clear cases: an acronym is an organisation ("DAB"); another single word may be someone's short name;
            // several uncommon title-case words a person when a given name or surname is among them.
            if name.count == 1 {
                if isOrganisationAcronym(words[range.lowerBound], lowerCaseSeen: lowerCaseSeen) {
                    result.append(.name(.organization, range))
                    return
                }
                if isTownAfterPreposition(range, words: words) || isLargeTown(range, words: words) {
                    result.append(.name(.place, range))
                    return
                }
                result.append(.shortName(range))
                return
            }
            let personLike = name.count <= 4 && name.allSatisfy { word in
                EntityFeatures.SentenceView.shape(word) == "Xx" || EntityFeatures.SentenceView.shape(word) == "Xx-x"
            } && !name.contains { knowledge.commonWords.contains($0.lowercased()) || lowerCaseSeen.contains($0.lowercased()) }
                && name.contains { isListedName($0) }
            if personLike { result.append(.name(.person, range)) }
            return
        }
        // A person's name the model cut at two particles, which it never reads ("Marco | van den | Berg"), or at one
        // between two people's names ("Luiz | da | Silva"), is one name.
        var k = 0
        while k + 1 < spans.count {
            let gap = (range.lowerBound + spans[k].range.upperBound)..<(range.lowerBound + spans[k + 1].range.lowerBound)
            if spans[k].type == "PER", gap.count == 2 || (gap.count == 1 && spans[k + 1].type == "PER"),
               gap.allSatisfy({ NameTagger.nameParticles.contains(words[$0]) }) {
                spans[k].range = spans[k].range.lowerBound..<spans[k + 1].range.upperBound
                spans.remove(at: k + 1)
            } else {
                k += 1
            }
        }
        // … or at two particles before the run's last word, which the model left out ("Erik van der | Linden").
        if let last = spans.last, last.type == "PER", range.lowerBound + last.range.upperBound + 1 < range.upperBound {
            let rest = (range.lowerBound + last.range.upperBound)..<(range.upperBound - 1)
            if rest.count == 2, rest.allSatisfy({ NameTagger.nameParticles.contains(words[$0]) }), isCapitalised(words[range.upperBound - 1]) {
                spans[spans.count - 1].range = last.range.lowerBound..<(range.upperBound - range.lowerBound)
            }
        }
        for (index, span) in spans.enumerated() {
            var lower = range.lowerBound + span.range.lowerBound
            // The first name of the run reaches back to its start when the model left out a listed name or an initial
            // there ("Park Min Jun" opening a sentence, "L. Ron Hubbard").
            if index == 0, span.type == "PER", lower > range.lowerBound,
               (range.lowerBound..<lower).allSatisfy({ isInitial(words[$0])
                   || (!knowledge.stopCapitals.contains(words[$0].lowercased()) && isListedName(words[$0])) }) {
                lower = range.lowerBound
            }
            var upper = range.lowerBound + span.range.upperBound
            // The last name of the run reaches on to its end over hyphenated given names the model left out
            // ("Yau Wai-ching", "Leung Yiu-chung").
            if index == spans.count - 1, span.type == "PER", upper < range.upperBound,
               (upper..<range.upperBound).allSatisfy({ EntityFeatures.SentenceView.shape(words[$0]) == "Xx-x" }) {
                upper = range.upperBound
            }
            result.append(candidate(span.type, lower..<upper))
        }
    }

    /// A name the sentence calls an organisation: a noun for a kind of one right before it ("the family firm Moreau
    /// Frères") or after it ("the Bantay Bayan group"), or heading an apposition after it ("Golden Lotus Chemicals, a
    /// trading firm in Tema", "Itapuã, a club from the outskirts"), but not qualifying another noun there ("Hailu, a
    /// union official") nor naming a trade ("a forklift operator"). Not a name that opens with a given name and is no
    /// longer than two words ("the company John Reyes founded", "John Citrone, a champion and supplier of …"), nor the
    /// end of a longer name split before it ("Gift of the | Givers, the relief organisation", "Sahel Road | Pictures,
    /// a small company").
    private func isDescribedAsOrganisation<Words: RandomAccessCollection>(_ range: Range<Int>, in words: Words) -> Bool
    where Words.Element == String, Words.Index == Int {
        let opensWithGivenName = nameFacts(of: words[range.lowerBound]).givenName != 0
        if range.lowerBound > 0, NameTagger.kindsOfOrganisations.contains(words[range.lowerBound - 1]) { return !opensWithGivenName }
        // Or right after it, past a closing quote ("the Bantay Bayan group", "the \"Nos Quedamos\" movement"): only a name
        // of several words not all ordinary, as such words qualify the noun there ("the Fintech company", "the Scouting
        // movement", "the Bristol club", "the Individual Farmers group").
        var after = range.upperBound
        if after < words.count, NameTagger.closingQuotes.contains(words[after]) { after += 1 }
        if after < words.count, NameTagger.kindsOfOrganisations.contains(words[after]), !NameTagger.tradesToo.contains(words[after]),
           range.count >= 2, !range.allSatisfy({ KnowledgeBase.dictionaryWords.contains(words[$0].lowercased()) }) {
            return !opensWithGivenName
        }
        // A given name opens two-word names of people, seldom longer ones ("Golden Lotus Chemicals", "Van der Meulen Havenbouw").
        guard !opensWithGivenName || range.count >= 3, range.upperBound + 2 < words.count, words[range.upperBound] == ",",
              NameTagger.appositionOpeners.contains(words[range.upperBound + 1]) else { return false }
        var before = range.lowerBound - 1
        while before >= 0, NameTagger.joinersInNames.contains(words[before]) { before -= 1 }
        if before >= 0, Letters.startsCapitalised(words[before]), !knowledge.stopCapitals.contains(words[before].lowercased()) {
            return false
        }
        // The apposition's words up to its noun: adjectives and nouns ("family-owned dredging and construction firm"),
        // and a demonym ("a German crane maker").
        for k in (range.upperBound + 2)..<min(words.count, range.upperBound + 9) {
            let word = words[k]
            if NameTagger.kindsOfOrganisations.contains(word) && !NameTagger.tradesToo.contains(word) {
                guard k + 1 < words.count else { return true }
                let next = words[k + 1]
                if NameTagger.appositionEnds.contains(next) || !Letters.containsAlphabetic(next) { return true }
                continue
            }
            if !Letters.containsAlphabetic(word) || NameTagger.afterSubject.contains(word) && word != "and"
                || NameTagger.appositionEnds.contains(word) || NameTagger.relativeWords.contains(word) { return false }
        }
        return false
    }

    /// Whether a short name opens with the first letters of a word of the full name ("Servel" and "Servicio", "Comelec"
    /// and "Commission"): three letters, or two of a short name of at most six.
    static func sharesOpening(_ short: String, _ word: String) -> Bool {
        let a = Array(short.lowercased().unicodeScalars.prefix(3)), b = Array(word.lowercased().unicodeScalars.prefix(3))
        guard a.count >= 2, b.count >= 2, Letters.startsCapitalised(short) else { return false }
        return a == b || (short.unicodeScalars.count <= 6 && a.prefix(2) == b.prefix(2))
    }

    /// Three or more capitals, or two joined by "&", and nothing else ("DTE", "S&P", "AT&T").
    static func isFirmsAcronym(_ word: String) -> Bool {
        var capitals = 0, ampersands = 0
        for byte in word.utf8 {
            if byte >= 0x41 && byte <= 0x5A { capitals += 1 } else if byte == 0x26 { ampersands += 1 } else { return false }
        }
        return capitals >= 3 || (capitals >= 2 && ampersands > 0)
    }

    /// A player as a cricket scorecard names them, often by surname alone: caught or bowled by ("c Hartley b Pemberton
    /// 46", "lbw b Gaskell"), stumped by ("st Rahman"), "not out", or before bowling figures ("Ogilvie 22-4-71-1").
    private func isScorecardPlayer(_ range: Range<Int>, words: [String]) -> Bool {
        if range.lowerBound > 0, NameTagger.dismissalMarks.contains(words[range.lowerBound - 1]) { return true }
        guard range.upperBound < words.count else { return false }
        let next = words[range.upperBound]
        if next == "not", range.upperBound + 1 < words.count, words[range.upperBound + 1] == "out" { return true }
        // Overs, maidens, runs, wickets: "22-4-71-1", "9.3-1-40-2"; split only when it opens with a digit.
        guard let first = next.utf8.first, first &- 0x30 < 10 else { return false }
        let parts = next.split(separator: "-")
        return parts.count == 4 && parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } }
    }

    /// Decides what kind of actor a name is from its words and the words around it, when no model decides.
    private func classifyByRules(_ range: Range<Int>, words: [String], role: String?, affiliation: String?, lowerCaseSeen: WordSet) -> Candidate {
        let name = Array(words[range])
        let next = range.upperBound < words.count ? words[range.upperBound] : ""
        let previous = range.lowerBound > 0 ? words[range.lowerBound - 1].lowercased() : ""
        if name.allSatisfy({ knowledge.stopCapitals.contains($0.lowercased()) }) {
            return .nothing
        }
        // A title names a person, but not an acronym: "British Airways owner IAG".
        if role != nil, !(name.count == 1 && isAcronym(name[0])) {
            return .named(kind: .person, range, role: role, affiliation: affiliation, alias: nil, forceName: nil)
        }
        if knowledge.organizationWords[next] == .group {
            // "Wagner forces": the group, known by its name with or without the group word.
            return .named(kind: .group, range, role: nil, affiliation: nil, alias: (name + [next]).joined(separator: " "), forceName: nil)
        }
        if name.count == 1 {
            if lowerCaseSeen.contains(name[0].lowercased()) {
                // The article also writes it in lower case: an ordinary word capitalised for emphasis or a heading.
                return .nothing
            }
            if isAcronym(name[0]) {
                return .name(.organization, range)
            }
            // "Prosecutors said", "Forecasters expect": a plural noun opening the sentence is nobody's name.
            if isSentenceStart(range.lowerBound, words), isPluralDictionaryWord(name[0]) {
                return .nothing
            }
            // "Refugee groups in Tuzla said": after a preposition of place, the place though a verb of saying follows.
            if NameTagger.placePrepositions.contains(previous) {
                return .name(.place, range)
            }
            if NameTagger.speechVerbs.contains(next) {
                return .name(.person, range)
            }
            return .named(kind: nil, range, role: nil, affiliation: nil, alias: nil, forceName: nil)
        }
        if name.allSatisfy(isAcronym) || NameTagger.isFirmsAcronym(name[0]) { return .name(.organization, range) }
        let ordinary = name.filter { knowledge.commonWords.contains($0.lowercased()) }.count
        // People's names are not made of the article's own ordinary words ("Space Museum", "Campbell Soup").
        let usesArticleWords = name.dropFirst().contains { lowerCaseSeen.contains($0.lowercased()) }
        if ordinary == name.count || usesArticleWords {
            return .name(.organization, range)
        }
        return .name(.person, endsTitleOrBody(range, words: words) ? (range.lowerBound + 1)..<range.upperBound : range)
    }

    /// "County Executive Dow Kealoha", "Chancellor of the Exchequer Geoffrey Ashby": in a run of three words or more read
    /// as a person's, a word of the dictionary that no list has as a name, before a given name, ends a title or a body's
    /// name, not the person's that follows.
    private func endsTitleOrBody(_ range: Range<Int>, words: [String]) -> Bool {
        range.count >= 3 && isUnlistedDictionaryWord(words[range.lowerBound]) && nameFacts(of: words[range.lowerBound + 1]).givenName != 0
    }
}
