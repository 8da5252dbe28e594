"""Spanish chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "noticias relacionadas",
    "articulos relacionados",
    "te puede interesar",
    "tambien te puede interesar",
    "lee tambien",
    "leer mas",
    "lo mas leido",
    "mas leidas",
    "mas noticias",
    "relacionado",
    "relacionados",
)

RELATED_LINK_LABELS: tuple[str, ...] = (
    "ver mas",
    "articulo relacionado",
    "nota relacionada",
    "noticia relacionada",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "compartir",
    "siguenos",
    "compartir en",
    "comparte",
)

COMMENTS: tuple[str, ...] = (
    "comentarios",
    "deja un comentario",
    "comentar",
)

COMMENT_CALLS: tuple[str, ...] = (
    "dejanos tu opinion",
    "danos tu opinion",
)

COMMENT_POLICIES: tuple[str, ...] = (
    "los comentarios son moderados",
    "comentarios seran moderados",
    "no seran aprobados",
)

AUTHOR_BIO: tuple[str, ...] = (
    "sobre el autor",
    "acerca del autor",
)

COOKIE: tuple[str, ...] = (
    "utilizamos cookies",
    "usamos cookies",
    "este sitio utiliza cookies",
    "aceptar cookies",
    "nuestro sitio web utiliza cookies",
    "nuestro sitio utiliza cookies",
    "nuestra web utiliza cookies",
    "nuestro sitio web usa cookies",
)

#: The consent framework's standard sentences, printed the same on every site that uses it:
#: its notice ("We and our 842 partners store and/or access information ..."), its
#: purposes and its list of vendors; folded, matched at the start of a line, ``#`` standing
#: for the count of partners (which may be left out).
CONSENT_FRAMEWORK: tuple[str, ...] = (
    "nosotros y nuestros # socios almacenamos o accedemos a informacion",
    "nosotros y nuestros # socios almacenamos y o accedemos a informacion",
    "almacenar la informacion en un dispositivo y o acceder a ella",
    "lista de socios proveedores",
    "anuncios y contenido personalizados medicion de anuncios",
)

SUBSCRIBE: tuple[str, ...] = (
    "suscribete",
    "suscribirse",
    "suscribete a nuestro boletin",
    "registrate",
)

PAYWALL: tuple[str, ...] = (
    "acceso ilimitado",
    "cancela cuando quieras",
    "cancela en cualquier momento",
    "ya eres suscriptor",
)

UI: tuple[str, ...] = (
    "publicidad",
    "imprimir",
    "buscar",
    "iniciar sesion",
    "volver arriba",
    "anuncio",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("todos los derechos reservados",)

FOOTER: tuple[str, ...] = (
    "aviso legal",
    "politica de privacidad",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "etiquetas",
    "temas",
    "palabras clave",
)

BYLINE_PREFIXES: tuple[str, ...] = (
    "por",
    "autor",
)

SOURCE_PREFIXES: tuple[str, ...] = ("fuente",)

CREDITS: tuple[str, ...] = (
    "foto",
    "imagen",
    "credito",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("responder",)

#: What an author box says its author is ("<Name> is a freelance writer ...").
AUTHOR_ROLES: tuple[str, ...] = (
    "periodista",
    "redactor",
    "redactora",
    "escritor",
    "escritora",
    "autor",
    "autora",
    "columnista",
    "corresponsal",
    "editor",
    "editora",
    "periodistas",
    "redactores",
    "escritores",
    "autores",
    "columnistas",
    "corresponsales",
    "editores",
)

#: An affiliate disclosure speaks of commissions (word starts, anywhere in a line) ...
DISCLOSURE_TERMS: tuple[str, ...] = (
    "afiliad",
    "comision",
)


#: ... earned on this page or site (phrases, anywhere in the same line).
DISCLOSURE_SELF: tuple[str, ...] = (
    "este articulo",
    "este post",
    "este sitio",
    "esta pagina",
    "nuestros enlaces",
    "sin coste adicional",
    "sin costo adicional",
    "podemos recibir",
    "recibimos",
)

APPEALS: tuple[str, ...] = (
    "haz una donacion",
    "dona ahora",
    "apoyanos",
    "suscribete",
    "nuestro boletin",
    "nuestra newsletter",
    "tu bandeja de entrada",
    "ya eres suscriptor",
    "inicia sesion para seguir leyendo",
    "tu apoyo economico",
    "su apoyo economico",
)

LEGAL_NOTICES: tuple[str, ...] = (
    "todos los derechos reservados",
    "no sustituye",
    "bajo una licencia creative commons",
    "bajo licencia creative commons",
    # a regulated outlet's disclosures (an insurer's, a bank's, an adviser's)
    "no constituye asesoramiento",
    "no constituye una oferta",
    "no constituye una recomendacion",
    "no constituyen asesoramiento",
    "no constituyen una oferta",
    "unicamente con fines informativos",
    "solo con fines informativos",
    "rentabilidades pasadas no",
)

#: Month names by month (January first), each its forms joined by "|": as written, in lower
#: case; they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "enero|ene",
    "febrero|feb",
    "marzo|mar",
    "abril|abr",
    "mayo|may",
    "junio|jun",
    "julio|jul",
    "agosto|ago",
    "septiembre|setiembre|sept|sep",
    "octubre|oct",
    "noviembre|nov",
    "diciembre|dic",
)

#: What opens a credit clause of the story's reporters and editors ("Reporte de ...; Editado
#: por ...").
STORY_CREDITS: tuple[str, ...] = (
    "reporte de",
    "reporte adicional de",
    "reportaje de",
    "editado por",
    "editado en espanol por",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "publicado",
    "actualizado",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"hace\s+\d+\s+(?:segundos?|minutos?|min|horas?|días?|semanas?|meses|mes|años?)",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = (
    "minuto",
    "minutos",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "lectura",
    "de lectura",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("tiempo de lectura",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "dice",
    "escribió",
)

#: The words that open the signature line under a reader's comment, folded:
#: "Escrito por Ana el 3 de marzo de 2019 a las 12:40".
COMMENT_SIGNATURES: tuple[str, ...] = (
    "escrito por",
    "publicado por",
    "enviado por",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("a las",)

#: The words after a time of day ("10:07 pm", "10:07 Uhr"), as written.
TIME_SUFFIXES: tuple[str, ...] = (
    "h",
    "hs",
    "hrs",
    "a. m.",
    "p. m.",
)

#: The words of :data:`TIME_SUFFIXES` that put a time of a 12-hour clock in the morning and in
#: the afternoon ("6:18 p. m." is 18:18), as written.
MORNING_SUFFIXES: tuple[str, ...] = ("a. m.",)
AFTERNOON_SUFFIXES: tuple[str, ...] = ("p. m.",)

#: The word before a date ("on May 2, 2019", "am 3. Mai 2019"), as written.
DATE_PREPOSITIONS: tuple[str, ...] = ("el",)

#: The actions printed in a row with a comment's "Reply" ("Like Reply", "Reply Report").
COMMENT_ACTIONS: tuple[str, ...] = (
    "denunciar",
    "citar",
)

#: The words before the day a cited source was read ("Accessed April 14, 2025"), as written.
CITATION_READ: tuple[str, ...] = ("consultado",)

#: The word of a "More ..." heading over a list of links ("More stories"), folded.
MORE_WORDS: tuple[str, ...] = ("mas",)

#: The word of a picture's place in a gallery ("Photo 3 of 12"), folded.
GALLERY_WORDS: tuple[str, ...] = (
    "imagen",
    "foto",
)

#: The word between the picture's number and the gallery's count ("3 of 12"), folded.
GALLERY_OF: tuple[str, ...] = ("de",)

#: The word between a day, its month and its year ("22 de outubro de 2010"), as written.
DATE_JOINS: tuple[str, ...] = ("de",)

#: Words of an ``aria-label`` that name a region of chrome, as its name tokens (ASCII letters).
ARIA_REGIONS: tuple[str, ...] = (
    "publicidad",
    "compartir",
    "comentarios",
    "relacionados",
)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("inicio",)

#: The heading of a list of videos or pictures (a whole line: "Videos"), folded.
MEDIA_HEADINGS: tuple[str, ...] = (
    "galerias",
    "videos",
)

#: The label of a link to the previous or next article ("Next article: Headline"), folded.
PAGER_LABELS: tuple[str, ...] = (
    "articulo anterior",
    "articulo siguiente",
    "post anterior",
    "post siguiente",
)

COMMENT_COUNT_NOUNS: tuple[str, ...] = ("comentario", "comentarios")

COMMENT_STEMS: tuple[str, ...] = ("coment",)

CREDIT_SHAPE_WORDS: tuple[str, ...] = ("foto",)

CAPTION_PICTURES: tuple[str, ...] = ("foto", "imagen")

CAPTION_CREDITS: tuple[str, ...] = ("crédito",)

CAPTION_LABELS: tuple[str, ...] = ("foto",)

BIO_VERBS: tuple[str, ...] = ("es",)

POST_COUNT_NOUNS: tuple[str, ...] = ("articulos",)

ABOUT_LABELS: tuple[str, ...] = ("acerca de", "sobre")

COOKIE_LIFETIME_UNITS: tuple[str, ...] = (
    r"segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?",
)

COOKIE_LIFETIME_NO_END: tuple[str, ...] = (r"sesi[oó]n|persistente|permanente|nunca",)

COOKIE_PANEL_WORDS: tuple[str, ...] = (r"duración|sitio|navegador|consentimiento",)

#: The words that join names and clauses in a credit line, and the particles of
#: names ("Mariano de la Fuente"), folded.
CREDIT_JOINERS: tuple[str, ...] = (
    "y",
    "con",
    "de",
    "del",
    "el",
    "la",
    "al",
)

#: The word in brackets after a form's label that marks the field as required
#: ("Email (Required)"), as written.
FORM_REQUIRED: tuple[str, ...] = ("obligatorio",)

#: The words that end a sentence announcing the list under it ("... for the following
#: reasons.", "... as follows."), among its last three words, folded.
LIST_LEADS: tuple[str, ...] = (
    "siguientes",
    "como sigue",
)

#: The heading of the article's conclusion in a section of its own (folded).
CLOSING_HEADINGS: tuple[str, ...] = (
    "conclusion",
    "conclusiones",
    "en conclusion",
)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "tabla de contenidos",
    "tabla de contenido",
    "indice",
    "indice de contenidos",
    "contenidos",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "mostrar",
    "ocultar",
    "abrir",
    "cerrar",
)

#: An offer of the outlet's periodical by its count of issues at a price, the words between
#: the count and the price ("12 números por 29,90 €").
ISSUE_OFFERS: tuple[str, ...] = ("numeros por", "ejemplares por")

UI_MESSAGES: tuple[str, ...] = (
    "introduce tu busqueda",
    "escribe tu busqueda",
    "que estas buscando",
    "tu mensaje ha sido enviado",
    "su mensaje ha sido enviado",
    "gracias por tu mensaje",
    "algo salio mal al enviar",
    "este campo es obligatorio",
    "tu carrito esta vacio",
    "su carrito esta vacio",
)

UI_CALLS: tuple[str, ...] = (
    "formulario de contacto",
    "solicitar presupuesto",
    "pide presupuesto",
    "solicitar una demo",
)

BUTTON_CALLS: tuple[str, ...] = (
    "reservar una demo",
    "prueba gratis",
    "descargar ahora",
)

SCRIPT_NOTICES: tuple[str, ...] = (
    "habilitar javascript",
    "habilite javascript",
    "habilita javascript",
    "activar javascript",
    "active javascript",
    "activa javascript",
    "javascript esta desactivado",
    "javascript esta deshabilitado",
    "javascript habilitado",
    "requiere javascript",
    "javascript es necesario",
)

GREETINGS: tuple[str, ...] = ("hola", "bienvenido", "bienvenida", "bienvenidos")

SELF_INTROS: tuple[str, ...] = ("yo soy",)

SELF_NAMINGS: tuple[str, ...] = ("me llamo", "mi nombre es", "soy")

#: The words of an outlet's box on its own editorial checks ("our content is objective").
EDITORIAL_CHECKS: tuple[str, ...] = (
    "contenido",
    "contenidos",
    "editorial",
    "editoriales",
    "objetivo",
    "objetiva",
    "objetivos",
    "imparcial",
    "imparciales",
)
