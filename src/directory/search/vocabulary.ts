// The words people type for each kind of help and each group of people, in
// every language Camino serves (es, en, fr, ht, pt, ar), whatever the page's
// language: a Haitian reading a Spanish page types "avoka". Accents do not
// matter (text is folded before matching); small typos are Fuse's job.
// Word stems are avoided: each entry is a word or phrase people really write.

export const TAXONOMY_WORDS: Record<string, string[]> = {
  legal: [
    'abogado', 'abogada', 'abogados', 'asesoria legal', 'asesoría jurídica', 'legal', 'juridico', 'asilo', 'refugio legal', 'refugiado', 'comar', 'tramite', 'papeles', 'visa', 'representacion legal',
    'lawyer', 'attorney', 'legal aid', 'legal advice', 'asylum', 'refugee status', 'immigration', 'papers',
    'avocat', 'avocate', 'juridique', 'asile', 'droit', 'papiers',
    'avoka', 'azil', 'papye', 'jiridik', 'dwa',
    'advogado', 'advogada', 'juridica', 'assessoria juridica', 'refugio', 'documentos',
    'محامي', 'محام', 'قانوني', 'لجوء', 'استشارة قانونية',
  ],
  shelter: [
    'albergue', 'refugio', 'casa del migrante', 'hospedaje', 'alojamiento', 'dormir', 'cama', 'techo', 'posada',
    'shelter', 'bed', 'lodging', 'housing', 'place to sleep', 'accommodation',
    'abri', 'hebergement', 'logement', 'dormir', 'lit', 'foyer',
    'refij', 'kay', 'dòmi', 'kabann', 'lojman',
    'abrigo', 'albergue', 'acolhimento', 'alojamento', 'moradia', 'cama',
    'مأوى', 'ملجأ', 'سكن', 'مبيت',
  ],
  health: [
    'salud', 'medico', 'medica', 'doctor', 'doctora', 'clinica', 'hospital', 'consulta', 'medicina', 'enfermera', 'embarazo',
    'health', 'medical', 'clinic', 'nurse', 'medicine', 'pregnancy',
    'sante', 'medecin', 'clinique', 'soins', 'infirmiere', 'grossesse',
    'sante', 'doktè', 'klinik', 'lopital', 'medikaman', 'swen',
    'saude', 'medico', 'clinica', 'hospital', 'enfermeira', 'gravidez',
    'صحة', 'طبيب', 'عيادة', 'مستشفى', 'دواء',
  ],
  'mental-health': [
    'psicologo', 'psicologa', 'psicologia', 'salud mental', 'apoyo psicosocial', 'psicosocial', 'terapia', 'emocional', 'ansiedad', 'trauma', 'psiquiatra',
    'psychologist', 'mental health', 'psychosocial', 'counselling', 'counseling', 'therapy', 'trauma', 'anxiety',
    'psychologue', 'sante mentale', 'psychosocial', 'soutien psychologique', 'therapie',
    'sikològ', 'sante mantal', 'sipò sikososyal', 'twoma',
    'psicologo', 'saude mental', 'apoio psicossocial', 'terapia',
    'صحة نفسية', 'طبيب نفسي', 'دعم نفسي', 'علاج نفسي',
  ],
  gbv: [
    'violencia de genero', 'violencia', 'violencia sexual', 'violencia familiar', 'violacion', 'abuso', 'mujer golpeada', 'trata',
    'gender based violence', 'gbv', 'violence', 'sexual violence', 'domestic violence', 'abuse', 'rape', 'trafficking',
    'violence basee sur le genre', 'violence conjugale', 'violence sexuelle', 'abus', 'viol',
    'vyolans', 'vyolans seksyèl', 'abi', 'kadejak',
    'violencia de genero', 'violencia domestica', 'abuso', 'estupro',
    'عنف', 'العنف القائم على النوع الاجتماعي', 'عنف جنسي', 'عنف أسري',
  ],
  'human-rights': [
    'derechos humanos', 'queja', 'denuncia', 'abuso de autoridad', 'discriminacion', 'litigio', 'defensa',
    'human rights', 'complaint', 'discrimination', 'litigation', 'report abuse',
    'droits humains', 'droits de l homme', 'plainte', 'discrimination',
    'dwa moun', 'plent', 'diskriminasyon',
    'direitos humanos', 'denuncia', 'queixa', 'discriminacao',
    'حقوق الإنسان', 'شكوى', 'تمييز',
  ],
  'family-reunification': [
    'reunificacion familiar', 'familia', 'buscar familia', 'reunir', 'familiares', 'desaparecido',
    'family reunification', 'family', 'find family', 'reunite', 'missing person',
    'regroupement familial', 'reunification familiale', 'famille',
    'reyinifikasyon fanmi', 'fanmi', 'jwenn fanmi',
    'reunificacao familiar', 'familia', 'reunir familia',
    'لم شمل الأسرة', 'عائلة', 'أسرة',
  ],
  livelihoods: [
    'empleo', 'trabajo', 'chamba', 'capacitacion', 'ingresos', 'medios de vida', 'bolsa de trabajo',
    'job', 'work', 'employment', 'livelihoods', 'training', 'income',
    'emploi', 'travail', 'formation', 'revenu',
    'travay', 'djòb', 'fòmasyon',
    'emprego', 'trabalho', 'capacitacao', 'renda',
    'عمل', 'وظيفة', 'تدريب', 'سبل العيش',
  ],
  information: [
    'informacion', 'orientacion', 'asesoria', 'consejo', 'ayuda', 'preguntas', 'derechos',
    'information', 'guidance', 'advice', 'help', 'orientation', 'counselling', 'rights',
    'information', 'orientation', 'conseil', 'aide', 'droits',
    'enfòmasyon', 'oryantasyon', 'konsèy', 'èd',
    'informacao', 'orientacao', 'ajuda', 'direitos',
    'معلومات', 'إرشاد', 'مساعدة', 'حقوق',
  ],
  'humanitarian-aid': [
    'ayuda humanitaria', 'comida', 'alimentos', 'despensa', 'ropa', 'agua', 'higiene', 'comedor', 'kit',
    'humanitarian aid', 'food', 'clothes', 'clothing', 'water', 'hygiene', 'meals',
    'aide humanitaire', 'nourriture', 'vetements', 'eau', 'repas',
    'èd imanitè', 'manje', 'rad', 'dlo', 'ijyèn',
    'ajuda humanitaria', 'comida', 'alimentos', 'roupa', 'agua',
    'مساعدات إنسانية', 'طعام', 'غذاء', 'ملابس', 'ماء',
  ],
};

export const POPULATION_WORDS: Record<string, string[]> = {
  women: ['mujer', 'mujeres', 'women', 'woman', 'femme', 'femmes', 'fanm', 'mulher', 'mulheres', 'نساء', 'امرأة'],
  children: ['nino', 'nina', 'ninos', 'ninas', 'menores', 'adolescentes', 'children', 'child', 'kids', 'minors', 'enfant', 'enfants', 'timoun', 'crianca', 'criancas', 'أطفال', 'طفل'],
  lgbtqi: ['lgbt', 'lgbtq', 'lgbtqi', 'lgbti', 'trans', 'gay', 'lesbiana', 'lesbian', 'queer', 'bisexual', 'intersex', 'مثليين'],
  indigenous: ['indigena', 'indigenas', 'indigenous', 'autochtone', 'endijèn', 'indigena', 'pueblos originarios', 'السكان الأصليين'],
  families: ['familia', 'familias', 'families', 'family', 'famille', 'fanmi', 'familia', 'عائلات'],
  deportees: ['deportado', 'deportados', 'deportada', 'repatriado', 'deported', 'deportee', 'expulse', 'depòte', 'deportado', 'مرحل', 'مرحلين'],
  everyone: [],
};
