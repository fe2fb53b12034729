// One vocabulary for the six languages Camino serves, so that one need finds
// the same services whatever language it is typed in, on a page in any
// language: a Haitian reading a Spanish page types "avoka", an Arabic speaker
// "دكتور". Accents, case and the Arabic article do not matter (words are
// folded and normalised before matching, see tokens.ts), so words are written
// without accents; small typos, plurals and feminine forms are found by fuzzy
// matching, so each list gives the words and phrases people really write, not
// every inflection, and a word another language's list already has is not
// repeated. Phrases are listed where one of their words alone means
// something else ("salud mental" is not health; "asesoria legal" is not
// information). Every byte here ships to every phone: keep lists to what people type.

/** The language of each string of a list, in order. */
export const VOCABULARY_LANGUAGES = ['es', 'en', 'fr', 'ht', 'pt', 'ar'] as const;

/**
 * The everyday words for each need: a kind of help (a taxonomy id), a topic
 * within one ("human-rights/trafficking"), or a group of people ("for:" and
 * a population id). Comma-separated words and phrases, one string per
 * language of VOCABULARY_LANGUAGES. A word typed in a query finds the
 * services whose own kind of help or people served is that need, not the
 * ones whose description merely mentions the word.
 */
export const NEED_WORDS: Record<string, readonly string[]> = {
  legal: [
    'abogado, asesoria legal, asesoria juridica, legal, juridico, asilo, papeles, visa, deportacion',
    'lawyer, attorney, legal advice, asylum, immigration, papers',
    'avocat, juridique, asile, demande d asile, papiers',
    'avoka, azil, papye, jiridik, konsey legal',
    'advogado, assessoria juridica, papeis',
    'محامي, محام, قانوني, استشارة قانونية, لجوء, أوراق',
  ],
  shelter: [
    'albergue, refugio, alojamiento, dormir, cama',
    'shelter, sleep, bed, housing, stay',
    'abri, hebergement, logement, refuge',
    'refij, kay, domi, kabann',
    'abrigo, acolhimento, alojamento, moradia',
    'مأوى, ملجأ, سكن, نوم, أنام',
  ],
  health: [
    'salud, medico, doctor, clinica, hospital, medicina, enfermera, embarazada, enfermo',
    'health, medical, clinic, nurse, medicine, pregnant, sick',
    'sante, medecin, docteur, clinique, hopital, enceinte, malade',
    'dokte, klinik, lopital, medikaman, ansent, malad',
    'saude, doutor, remedio, gravida, doente',
    'صحة, طبيب, دكتور, عيادة, مستشفى, حامل, مريض',
  ],
  'mental-health': [
    'psicologo, psicologica, salud mental, psicosocial, terapia, ansiedad, depresion',
    'psychologist, mental health, psychosocial, counselling, therapy, anxiety, depression',
    'psychologue, sante mentale, therapie, traumatisme',
    'sikolog, sante mantal, twoma, depresyon',
    'saude mental, psicossocial, ansiedade, depressao',
    'صحة نفسية, نفسي, نفسية, طبيب نفسي, اكتئاب',
  ],
  gbv: [
    'violencia, violencia de genero, violencia sexual, violencia familiar, violacion, abuso',
    'violence, gender based violence, gbv, domestic violence, abuse, rape',
    'violence conjugale, violence sexuelle, abus, viol',
    'vyolans, abi, kadejak',
    'violencia domestica, estupro, assedio',
    'عنف, عنف جنسي, اغتصاب, تحرش',
  ],
  'human-rights': [
    'derechos humanos, derechos, queja, denuncia, abuso de autoridad, extorsion, secuestro',
    'human rights, rights, complaint, discrimination, extortion, kidnapping',
    'droits humains, droits de l homme, droits, plainte',
    'dwa moun, dwa, plent',
    'direitos humanos, direitos, queixa',
    'حقوق الإنسان, حقوق, شكوى, اختطاف',
  ],
  // A topic within a kind of help: it finds what human-rights finds, the services named for it first.
  'human-rights/trafficking': [
    'trata, trata de personas, trafico de personas',
    'trafficking, human trafficking',
    'traite',
    'trafik moun',
    'trafico de pessoas',
    'اتجار, الاتجار بالبشر',
  ],
  'family-reunification': [
    'reunificacion familiar, buscar a mi familia, encontrar a mi familia, familiares, desaparecido',
    'family reunification, reunite, find my family, find family, missing person',
    'regroupement familial, retrouver ma famille',
    'jwenn fanmi, cheche fanmi',
    'reunificacao familiar, encontrar minha familia, procurar familia',
    'لم شمل, لم الشمل, البحث عن العائلة, مفقود',
  ],
  livelihoods: [
    'empleo, trabajo, chamba, medios de vida',
    'job, work, employment',
    'emploi, travail, formation',
    'travay, djob',
    'emprego, trabalho',
    'عمل, وظيفة, شغل, تدريب',
  ],
  // Asylum is also information: where and how to ask for it (UNHCR gives that, not legal representation).
  information: [
    'informacion, orientacion, asesoria, asilo, comar',
    'information, guidance, advice, orientation, asylum',
    'renseignements, conseil, asile',
    'enfomasyon, oryantasyon, konsey, azil',
    'informacao, orientacao, duvidas',
    'معلومات, إرشاد, استشارة, لجوء',
  ],
  'humanitarian-aid': [
    'ayuda humanitaria, comida, despensa, ropa, comer, hambre',
    'humanitarian aid, food, eat, hungry, clothes',
    'aide humanitaire, nourriture, manger, faim',
    'ed imanite, manje, grangou, rad',
    'ajuda humanitaria, fome, roupa',
    'مساعدة إنسانية, طعام, أكل, جوع, ملابس',
  ],
  'for:women': ['mujer, mujeres, madre', 'women, woman, mother', 'femme, femmes, mere', 'fanm, manman', 'mulher, mulheres, mae', 'امرأة, المرأة, نساء, أم'],
  'for:children': [
    'nino, nina, ninos, menores, adolescente, hijo, hija, bebe',
    'children, child, kids, baby',
    'enfant, enfants, fille',
    'timoun, pitit',
    'crianca, criancas, filho, filha',
    'طفل, أطفال, ابن, ابنة',
  ],
  'for:lgbtqi': ['lgbt, lgbtq, lgbtqi, lgbti, trans, gay, lesbiana, queer', 'transgender, lesbian', 'lesbienne', 'transjan', 'lesbica', 'مثلي, مثليين'],
  'for:indigenous': ['indigena, indigenas, pueblos originarios', 'indigenous', 'autochtone', 'endijen', 'povos indigenas', 'السكان الأصليين'],
  'for:families': ['familia, familias', 'family, families', 'famille', 'fanmi', 'familias', 'عائلة, أسرة'],
  'for:deportees': ['deportado, repatriado', 'deported, deportee', 'expulse', 'depote', 'deportados', 'مرحل'],
};

/**
 * Words and phrases that carry no need, per language: how people ask ("I
 * need", "where", "please", "tonight"), who they are ("migrant", "asylum
 * seeker": every service here is for them), and "free" (what a service
 * costs is on its card, from its sources, not guessed from its wording).
 * A query keeps what is left: "¿dónde puedo dormir esta noche?" is "dormir".
 * A word missing here that matches nothing is only named as not used; one
 * that the directory's names or kinds of help have would narrow the search.
 */
export const NO_NEED_WORDS: Record<(typeof VOCABULARY_LANGUAGES)[number], string> = {
  es: 'necesito, quiero, busco, ayuda, donde, hay, puedo, encontrar, tengo, esta, noche, favor, mi, me, yo, cerca, aqui, es, soy, contra, gratis, servicio, lugar, migrante, refugiado, solicitante de asilo, mexico, apoyo, atencion, asistencia',
  en: 'need, want, looking, find, where, can, help, aid, please, near, tonight, now, how, free, service, place, migrant, refugee, asylum seeker, against, my, me, im, support',
  fr: 'besoin, ai, il, plait, veux, cherche, trouver, aide, peux, ce, soir, svp, gratuit, contre, refugie, demandeur d asile, mon, ma, je, soutien',
  ht: 'mwen, bezwen, vle, ap, cheche, jwenn, kote, ed, ede, tanpri, aswe, gen, ka, kont, gratis, moun, migran, refijye, sipo',
  pt: 'eu, meu, minha, preciso, quero, procuro, onde, ajuda, posso, hoje, perto, requerente de asilo, apoio',
  ar: 'أحتاج, بحاجة, أريد, أبحث, أين, مساعدة, ممكن, هل, الليلة, هنا, كيف, ضد, لي, أنا, مجاني, مهاجر, لاجئ, طالب لجوء, عاجل, أخصائية, المكسيك, دعم',
};
