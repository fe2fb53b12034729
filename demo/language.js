// The demo page's language picker: it sets the page's lang (and dir, for
// Arabic), which every Camino element without a lang of its own follows, and
// translates the demo's own text below. The choice is kept in the address
// (?lang=ar), so a link opens the page in that language.
const TEXT = {
  es: {
    site: 'un sitio de ejemplo de una organización que usa Camino.',
    language: 'Idioma de la página',
    title: 'Camino: encuentre ayuda',
    intro: 'Esta página carga solo camino.js. Cada bloque es un elemento camino-… pegado en el HTML, como lo haría el sitio de una ONG. La lista de arriba cambia el idioma de toda la página.',
    finder: 'Buscador de servicios',
    map: 'Mapa de oficinas',
    fraud: 'Aviso de fraude',
    cards: 'Tarjetas de organizaciones',
    languages: 'Varios idiomas en una página',
    errors: 'Errores',
    lawyer: 'Todas las ciudades: «lawyer»',
    tiles: 'Cada mapa pide las imágenes del fondo a OpenStreetMap solo mientras se ve. Sin conexión, las oficinas siguen en el mapa y en la lista.',
    'legal-map': 'Oficinas con ayuda legal en todo México (el mapa se dibuja al abrir)',
    general: 'General',
    themed: 'Con los colores del sitio',
    'languages-text': 'Cada elemento puede tener su propio idioma (atributo lang), sea cual sea el de la página.',
    'errors-text': 'Datos equivocados nunca rompen la página: cada elemento dice qué pasó, y la consola da el detalle.',
  },
  en: {
    site: 'an example site of an organisation that uses Camino.',
    language: 'Page language',
    title: 'Camino: find help',
    intro: 'This page loads only camino.js. Each block is a camino-… element pasted into the HTML, as an NGO’s site would do. The list above changes the language of the whole page.',
    finder: 'Service finder',
    map: 'Map of offices',
    fraud: 'Fraud notice',
    cards: 'Organisation cards',
    languages: 'Several languages on one page',
    errors: 'Errors',
    lawyer: 'Every city: “lawyer”',
    tiles: 'Each map asks OpenStreetMap for its background pictures only while it is seen. Offline, the offices stay on the map and in the list.',
    'legal-map': 'Offices with legal help in all of Mexico (the map is drawn when opened)',
    general: 'General',
    themed: 'In the site’s colours',
    'languages-text': 'Each element can have its own language (the lang attribute), whatever the page’s is.',
    'errors-text': 'Wrong data never breaks the page: each element says what happened, and the console gives the detail.',
  },
  fr: {
    site: 'un site d’exemple d’une organisation qui utilise Camino.',
    language: 'Langue de la page',
    title: 'Camino : trouvez de l’aide',
    intro: 'Cette page charge seulement camino.js. Chaque bloc est un élément camino-… collé dans le HTML, comme le ferait le site d’une ONG. La liste en haut change la langue de toute la page.',
    finder: 'Recherche de services',
    map: 'Carte des bureaux',
    fraud: 'Avis contre la fraude',
    cards: 'Fiches des organisations',
    languages: 'Plusieurs langues sur une page',
    errors: 'Erreurs',
    lawyer: 'Toutes les villes : « lawyer »',
    tiles: 'Chaque carte demande ses images de fond à OpenStreetMap seulement quand on la voit. Sans connexion, les bureaux restent sur la carte et dans la liste.',
    'legal-map': 'Bureaux avec aide juridique dans tout le Mexique (la carte se dessine à l’ouverture)',
    general: 'Général',
    themed: 'Aux couleurs du site',
    'languages-text': 'Chaque élément peut avoir sa propre langue (attribut lang), quelle que soit celle de la page.',
    'errors-text': 'Des données fausses ne cassent jamais la page : chaque élément dit ce qui s’est passé, et la console donne le détail.',
  },
  ht: {
    site: 'yon sit egzanp yon òganizasyon ki sèvi ak Camino.',
    language: 'Lang paj la',
    title: 'Camino: jwenn èd',
    intro: 'Paj sa a chaje sèlman camino.js. Chak blòk se yon eleman camino-… ki kole nan HTML la, jan sit yon ONG ta fè l. Lis anwo a chanje lang tout paj la.',
    finder: 'Chèche sèvis',
    map: 'Kat biwo yo',
    fraud: 'Avètisman kont fwod',
    cards: 'Fich òganizasyon yo',
    languages: 'Plizyè lang sou yon paj',
    errors: 'Erè',
    lawyer: 'Tout vil yo: «lawyer»',
    tiles: 'Chak kat mande OpenStreetMap imaj fon li sèlman lè yo wè l. San koneksyon, biwo yo rete sou kat la ak nan lis la.',
    'legal-map': 'Biwo ki bay èd legal nan tout Meksik (kat la parèt lè ou louvri l)',
    general: 'Jeneral',
    themed: 'Ak koulè sit la',
    'languages-text': 'Chak eleman ka gen pwòp lang li (atribi lang), kèlkeswa lang paj la.',
    'errors-text': 'Move done pa janm kase paj la: chak eleman di sa ki pase, e konsòl la bay detay la.',
  },
  pt: {
    site: 'um site de exemplo de uma organização que usa o Camino.',
    language: 'Idioma da página',
    title: 'Camino: encontre ajuda',
    intro: 'Esta página carrega só camino.js. Cada bloco é um elemento camino-… colado no HTML, como faria o site de uma ONG. A lista acima muda o idioma da página inteira.',
    finder: 'Busca de serviços',
    map: 'Mapa de escritórios',
    fraud: 'Aviso contra fraude',
    cards: 'Fichas das organizações',
    languages: 'Vários idiomas em uma página',
    errors: 'Erros',
    lawyer: 'Todas as cidades: “lawyer”',
    tiles: 'Cada mapa pede as imagens de fundo ao OpenStreetMap só enquanto está visível. Sem conexão, os escritórios continuam no mapa e na lista.',
    'legal-map': 'Escritórios com ajuda jurídica em todo o México (o mapa aparece ao abrir)',
    general: 'Geral',
    themed: 'Com as cores do site',
    'languages-text': 'Cada elemento pode ter seu próprio idioma (atributo lang), seja qual for o da página.',
    'errors-text': 'Dados errados nunca quebram a página: cada elemento diz o que aconteceu, e o console dá o detalhe.',
  },
  ar: {
    site: 'موقع مثال لمنظمة تستخدم Camino.',
    language: 'لغة الصفحة',
    title: 'Camino: اعثر على مساعدة',
    intro: 'هذه الصفحة تحمّل camino.js فقط. كل قسم عنصر camino-… ملصق في HTML، كما يفعل موقع منظمة. القائمة في الأعلى تغيّر لغة الصفحة كلها.',
    finder: 'البحث عن الخدمات',
    map: 'خريطة المكاتب',
    fraud: 'تنبيه من الاحتيال',
    cards: 'بطاقات المنظمات',
    languages: 'عدة لغات في صفحة واحدة',
    errors: 'أخطاء',
    lawyer: 'كل المدن: «lawyer»',
    tiles: 'كل خريطة تطلب صور الخلفية من OpenStreetMap فقط عندما تكون ظاهرة. بدون اتصال، تبقى المكاتب على الخريطة وفي القائمة.',
    'legal-map': 'مكاتب تقدّم مساعدة قانونية في كل المكسيك (تظهر الخريطة عند الفتح)',
    general: 'عام',
    themed: 'بألوان الموقع',
    'languages-text': 'يمكن لكل عنصر أن تكون له لغته (السمة lang)، مهما كانت لغة الصفحة.',
    'errors-text': 'البيانات الخاطئة لا تكسر الصفحة أبدًا: كل عنصر يقول ما حدث، وتعطي وحدة التحكم التفاصيل.',
  },
};

const picker = document.getElementById('page-language');

function show(language) {
  const text = TEXT[language] ?? TEXT.es;
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
  for (const element of document.querySelectorAll('[data-t]')) element.textContent = text[element.dataset.t];
  picker.value = language;
}

picker.addEventListener('change', () => {
  show(picker.value);
  const address = new URL(location.href);
  address.searchParams.set('lang', picker.value);
  history.replaceState(null, '', address);
});
show(new URLSearchParams(location.search).get('lang') ?? 'es');
