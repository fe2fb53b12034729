// One vocabulary for the six languages Camino serves, so that one need finds
// the same services whatever language it is typed in, on a page in any
// language: a Haitian reading a Spanish page types "avoka", an Arabic speaker
// "دكتور". Accents, case and the Arabic article do not matter (words are
// folded and normalised before matching, see tokens.ts), so words are written
// without accents; small typos, plurals and feminine forms are found by fuzzy
// matching, so each list gives the words and phrases people really write, not
// every inflection (except Arabic's broken plurals, أطباء for طبيب, and the
// plurals fuzzy matching misses: محاميين, ملاجئ), and a word another language's list already has is not
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
    'abogado, licenciado, asesoria legal, asesoria juridica, orientacion legal, representacion legal, legal, juridico, asilo, condicion de refugiado, comar, tramite, papeles, documentos, regularizacion, residencia, visa, permiso, amparo, deportacion, juez',
    'lawyer, attorney, legal advice, asylum, refugee status, immigration, papers, residency, permit, deportation, court, judge',
    'avocat, juridique, conseil juridique, asile, demande d asile, statut de refugie, papiers, titre de sejour, regularisation, expulsion, tribunal, juge',
    'avoka, azil, papye, dokiman, jiridik, konsey legal, viza, rezidans, tribinal, jij',
    'advogado, assessoria juridica, papeis, visto, regularizacao, deportacao, juiz',
    'محامي, محام, محامين, محاميين, قانوني, استشارة قانونية, لجوء, أوراق, وثائق, تأشيرة, إقامة, ترحيل, محكمة, قاضي',
  ],
  shelter: [
    'albergue, refugio, casa de acogida, hospedaje, alojamiento, dormir, cama, techo, posada, quedarme, pasar la noche, vivienda',
    'shelter, sleep, bed, lodging, housing, stay, accommodation, hostel, safe house',
    'abri, hebergement, loger, logement, lit, foyer, refuge',
    'refij, kay, lojman, domi, dodo, kabann',
    'abrigo, acolhimento, alojamento, moradia, pousada',
    'مأوى, ملجأ, ملاجئ, سكن, مبيت, نوم, أنام, إيواء, سرير',
  ],
  health: [
    'salud, medico, doctor, clinica, hospital, consultorio, medicina, medicamento, enfermera, embarazo, embarazada, parto, enfermo, enfermedad, dolor, herida, vacuna, atencion medica',
    'health, healthcare, medical, clinic, nurse, medicine, pregnant, pregnancy, sick, illness, pain, injury, vaccine',
    'sante, medecin, docteur, clinique, hopital, soins, infirmiere, medicament, grossesse, enceinte, malade, maladie, douleur, blessure, vaccin',
    'dokte, klinik, lopital, medikaman, swen, enfimye, ansent, malad, maladi, doule, vaksen',
    'saude, doutor, enfermeira, remedio, gravidez, gravida, doente, doenca, dor, vacina',
    'صحة, طبيب, أطباء, دكتور, دكاترة, عيادة, مستشفى, دواء, ممرضة, حامل, مريض, مرض, ألم, لقاح',
  ],
  'mental-health': [
    'psicologo, psicologia, psicologica, salud mental, psicosocial, terapia, terapeuta, emocional, ansiedad, depresion, trauma, estres, psiquiatra',
    'psychologist, psychology, psychological, mental health, psychosocial, counselling, counseling, therapy, therapist, anxiety, depression, stress, psychiatrist',
    'psychologue, psychologique, sante mentale, therapie, traumatisme, anxiete, psychiatre',
    'sikolog, sante mantal, sikososyal, terapi, twoma, estres, depresyon, enkyetid',
    'saude mental, psicossocial, ansiedade, depressao, estresse',
    'صحة نفسية, نفسي, نفسية, طبيب نفسي, أطباء نفسيين, قلق, اكتئاب, صدمة, توتر',
  ],
  gbv: [
    'violencia, violencia de genero, violencia sexual, violencia familiar, violacion, abuso, agresion, acoso, maltrato, golpes',
    'violence, gender based violence, gbv, sexual violence, domestic violence, abuse, rape, assault, harassment',
    'violence conjugale, violence sexuelle, abus, viol, agression, harcelement, maltraitance',
    'vyolans, abi, kadejak, agresyon, arasman',
    'violencia domestica, estupro, agressao, assedio, maus tratos',
    'عنف, عنف جنسي, عنف أسري, اغتصاب, اعتداء, تحرش',
  ],
  'human-rights': [
    'derechos humanos, derechos, queja, denuncia, denunciar, abuso de autoridad, discriminacion, litigio, violacion de derechos, tortura, desaparicion forzada, extorsion, secuestro',
    'human rights, rights, complaint, discrimination, litigation, torture, extortion, kidnapping',
    'droits humains, droits de l homme, droits, plainte, enlevement',
    'dwa moun, dwa, plent, diskriminasyon, toti, kidnaping',
    'direitos humanos, direitos, queixa, discriminacao, extorsao, sequestro',
    'حقوق الإنسان, حقوق, شكوى, بلاغ, تمييز, تعذيب, ابتزاز, اختطاف',
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
    'reunificacion familiar, reunificacion, buscar a mi familia, encontrar a mi familia, buscar familiares, familiares, desaparecido, persona desaparecida',
    'family reunification, reunification, reunite, find my family, find family, family tracing, missing person',
    'regroupement familial, retrouver ma famille, personne disparue',
    'jwenn fanmi, cheche fanmi',
    'reunificacao familiar, encontrar minha familia, procurar familia, pessoa desaparecida',
    'لم شمل, لم الشمل, البحث عن العائلة, مفقود',
  ],
  livelihoods: [
    'empleo, trabajo, trabajar, chamba, capacitacion, curso, ingresos, medios de vida, oficio, negocio',
    'job, work, employment, livelihood, training, income, business',
    'emploi, travail, travailler, formation, revenu, metier, boulot',
    'travay, djob, fomasyon, revni, biznis',
    'emprego, trabalho, trabalhar, capacitacao, renda, sustento',
    'عمل, وظيفة, شغل, تدريب, دخل, سبل العيش, مهنة',
  ],
  // Asylum is also information: where and how to ask for it (UNHCR gives that, not legal representation).
  information: [
    'informacion, orientacion, asesoria, consejo, preguntas, dudas, acompanamiento, asilo, comar, condicion de refugiado',
    'information, info, guidance, advice, orientation, questions, asylum, refugee status',
    'renseignements, conseil, asile, demande d asile, statut de refugie',
    'enfomasyon, oryantasyon, konsey, kesyon, azil',
    'informacao, orientacao, conselho, duvidas, perguntas, acompanhamento, pedido de asilo',
    'معلومات, إرشاد, توجيه, استشارة, نصيحة, أسئلة, مرافقة, لجوء',
  ],
  'humanitarian-aid': [
    'ayuda humanitaria, comida, alimentos, despensa, ropa, agua, higiene, comedor, comer, hambre, cobija, zapatos',
    'humanitarian aid, food, eat, hungry, meal, clothes, clothing, water, hygiene, blanket, shoes',
    'aide humanitaire, nourriture, manger, faim, repas, vetements, eau, couverture',
    'ed imanite, manje, grangou, rad, dlo, ijyen',
    'ajuda humanitaria, fome, roupa, cobertor, sapatos',
    'مساعدات إنسانية, مساعدة إنسانية, طعام, أكل, غذاء, جوع, وجبة, ملابس, ماء, مياه, بطانية',
  ],
  'for:women': [
    'mujer, mujeres, madre',
    'women, woman, mother',
    'femme, femmes, mere',
    'fanm, manman',
    'mulher, mulheres, mae',
    'امرأة, المرأة, نساء, سيدة, أم, الأم',
  ],
  'for:children': [
    'nino, nina, ninos, ninas, menores, adolescente, hijo, hija, bebe',
    'children, child, kids, minor, baby, teenager, daughter',
    'enfant, enfants, mineur, fils, fille',
    'timoun, pitit',
    'crianca, criancas, filho, filha',
    'طفل, أطفال, قاصر, ابن, ابنة, رضيع, مراهق',
  ],
  'for:lgbtqi': [
    'lgbt, lgbtq, lgbtqi, lgbti, lgtb, trans, transgenero, gay, lesbiana, queer, bisexual, homosexual',
    'transgender, lesbian, intersex',
    'transgenre, lesbienne, homosexuel',
    'transjan, omoseksyel',
    'lesbica, homossexual',
    'مثلي, مثليين, متحول جنسيا',
  ],
  'for:indigenous': [
    'indigena, indigenas, pueblos originarios',
    'indigenous, native',
    'autochtone, indigene',
    'endijen',
    'povos indigenas',
    'السكان الأصليين, أصليين',
  ],
  'for:families': ['familia, familias', 'family, families', 'famille', 'fanmi', 'familias', 'عائلة, عائلات, أسرة'],
  'for:deportees': [
    'deportado, deportada, repatriado, retornado',
    'deported, deportee, returnee',
    'expulse, rapatrie',
    'depote, rapatriye',
    'deportados',
    'مرحل, مرحلين, مبعد',
  ],
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
  es: 'necesito, quiero, busco, buscar, ayuda, ayudar, donde, hay, puedo, puede, encontrar, tengo, hoy, ahora, esta, noche, urgente, favor, mi, mis, me, yo, alguien, como, cerca, aqui, es, son, soy, contra, gratis, gratuito, servicio, lugar, persona, migrante, refugiado, solicitante de asilo, mexico, apoyo, atencion, asistencia',
  en: 'need, want, looking, find, get, where, can, help, aid, please, someone, near, here, tonight, now, urgent, how, what, do, have, free, service, place, people, migrant, refugee, asylum seeker, mexico, against, my, me, im, you, know, support',
  fr: 'besoin, ai, il, plait, veux, cherche, trouver, aide, peux, est, ce, soir, maintenant, ici, comment, svp, gratuit, service, contre, refugie, demandeur d asile, personne, pres, mon, ma, je, moi, vous, mexique, soutien',
  ht: 'mwen, nou, bezwen, vle, ap, cheche, jwenn, kote, kijan, ed, ede, tanpri, aswe, jodi, kounye, isit, gen, kapab, ka, pa, sa, se, kont, gratis, sevis, moun, migran, refijye, pre, mande, meksik, sipo',
  pt: 'eu, meu, minha, preciso, quero, procuro, procurar, onde, ajuda, posso, pode, hoje, agora, perto, servico, requerente de asilo, pessoa, estou, tenho, apoio, voce',
  ar: 'أحتاج, محتاج, بحاجة, أريد, أبحث, أجد, أين, وين, مساعدة, ساعدني, ممكن, يمكن, هل, الليلة, الآن, هنا, كيف, ماذا, ما, ضد, لي, أنا, عندي, مجاني, خدمة, مهاجر, لاجئ, طالب لجوء, شخص, قريب, عاجل, فضلك, أخصائي, أخصائية, المكسيك, يوجد, طلب, دعم',
};
