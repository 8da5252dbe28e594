"""Portuguese chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "noticias relacionadas",
    "leia tambem",
    "leia mais",
    "veja tambem",
    "mais lidas",
    "mais lidos",
    "relacionadas",
    "voce pode gostar",
    "materias relacionadas",
)

RELATED_LINK_LABELS: tuple[str, ...] = (
    "veja mais",
    "artigo relacionado",
    "materia relacionada",
    "noticia relacionada",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "compartilhar",
    "compartilhe",
    "siga nos",
    "partilhar",
)

COMMENTS: tuple[str, ...] = (
    "comentarios",
    "deixe um comentario",
    "comente",
)

COMMENT_CALLS: tuple[str, ...] = (
    "diga nos o que voce acha",
    "deixe sua opiniao",
)

COMMENT_POLICIES: tuple[str, ...] = (
    "nao serao aprovados",
    "comentarios sao moderados",
)

AUTHOR_BIO: tuple[str, ...] = (
    "sobre o autor",
    "sobre a autora",
)

COOKIE: tuple[str, ...] = (
    "utilizamos cookies",
    "usamos cookies",
    "este site utiliza cookies",
    "aceitar cookies",
    "nosso site utiliza cookies",
    "nosso site usa cookies",
    "o nosso site utiliza cookies",
    "o nosso site usa cookies",
)

#: The consent framework's standard sentences, printed the same on every site that uses it:
#: its notice ("We and our 842 partners store and/or access information ..."), its
#: purposes and its list of vendors; folded, matched at the start of a line, ``#`` standing
#: for the count of partners (which may be left out).
CONSENT_FRAMEWORK: tuple[str, ...] = (
    "nos e os nossos # parceiros armazenamos e ou acedemos a informacoes",
    "nos e os nossos # parceiros armazenamos e ou acessamos informacoes",
    "armazenar e ou aceder a informacoes num dispositivo",
    "armazenar e ou acessar informacoes em um dispositivo",
    "lista de parceiros fornecedores",
)

SUBSCRIBE: tuple[str, ...] = (
    "assine",
    "inscreva se",
    "assine nossa newsletter",
    "cadastre se",
)

PAYWALL: tuple[str, ...] = (
    "acesso ilimitado",
    "cancele quando quiser",
    "cancele a qualquer momento",
    "ja e assinante",
)

UI: tuple[str, ...] = (
    "publicidade",
    "imprimir",
    "buscar",
    "pesquisar",
    "entrar",
    "voltar ao topo",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("todos os direitos reservados",)

FOOTER: tuple[str, ...] = (
    "politica de privacidade",
    "termos de uso",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "tags",
    "etiquetas",
    "temas",
    "palavras chave",
)

BYLINE_PREFIXES: tuple[str, ...] = (
    "por",
    "autor",
)

SOURCE_PREFIXES: tuple[str, ...] = ("fonte",)

CREDITS: tuple[str, ...] = (
    "foto",
    "imagem",
    "credito",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("responder",)

#: What an author box says its author is ("<Name> is a freelance writer ...").
AUTHOR_ROLES: tuple[str, ...] = (
    "jornalista",
    "redator",
    "redatora",
    "escritor",
    "escritora",
    "autor",
    "autora",
    "colunista",
    "correspondente",
    "editor",
    "editora",
    "jornalistas",
    "redatores",
    "escritores",
    "autores",
    "colunistas",
    "correspondentes",
    "editores",
)

#: An affiliate disclosure speaks of commissions (word starts, anywhere in a line) ...
DISCLOSURE_TERMS: tuple[str, ...] = (
    "afiliad",
    "comissao",
)


#: ... earned on this page or site (phrases, anywhere in the same line).
DISCLOSURE_SELF: tuple[str, ...] = (
    "este artigo",
    "este post",
    "este site",
    "esta pagina",
    "nossos links",
    "sem custo adicional",
    "podemos receber",
    "recebemos",
)

APPEALS: tuple[str, ...] = (
    "faca uma doacao",
    "doe agora",
    "apoie",
    "assine",
    "inscreva se",
    "nossa newsletter",
    "seu e mail",
    "seu apoio financeiro",
)

LEGAL_NOTICES: tuple[str, ...] = (
    "todos os direitos reservados",
    "nao substitui",
    "sob uma licenca creative commons",
    "sob licenca creative commons",
    # a regulated outlet's disclosures (an insurer's, a bank's, an adviser's)
    "nao constitui recomendacao",
    "nao constitui uma oferta",
    "nao constitui aconselhamento",
    "nao constituem recomendacao",
    "nao constituem uma oferta",
    "para fins meramente informativos",
    "rentabilidade passada nao",
)

#: Month names by month (January first), each its forms joined by "|": as written, in lower
#: case; they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "janeiro|jan",
    "fevereiro|fev",
    "março|marco|mar",
    "abril|abr",
    "maio|mai",
    "junho|jun",
    "julho|jul",
    "agosto|ago",
    "setembro|set",
    "outubro|out",
    "novembro|nov",
    "dezembro|dez",
)

#: What opens a credit clause of the story's reporters and editors ("Reportagem de ...;
#: Edição de ...").
STORY_CREDITS: tuple[str, ...] = (
    "reportagem de",
    "reportagem adicional de",
    "edicao de",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "publicado",
    "atualizado",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"há\s+\d+\s+(?:segundos?|minutos?|min|horas?|dias?|semanas?|meses|mês|anos?)",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = (
    "minuto",
    "minutos",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "leitura",
    "de leitura",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("tempo de leitura",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "disse",
    "escreveu",
)

#: The words that open the signature line under a reader's comment, folded:
#: "Postado por Ana em 3 de março de 2019 às 12:40".
COMMENT_SIGNATURES: tuple[str, ...] = (
    "postado por",
    "publicado por",
    "enviado por",
    "escrito por",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("às",)

#: The words after a time of day ("10:07 pm", "10:07 Uhr"), as written.
TIME_SUFFIXES: tuple[str, ...] = (
    "h",
    "hs",
)

#: The word before a date ("on May 2, 2019", "am 3. Mai 2019"), as written.
DATE_PREPOSITIONS: tuple[str, ...] = ("em",)

#: The actions printed in a row with a comment's "Reply" ("Like Reply", "Reply Report").
COMMENT_ACTIONS: tuple[str, ...] = (
    "denunciar",
    "citar",
)

#: The words before the day a cited source was read ("Accessed April 14, 2025"), as written.
CITATION_READ: tuple[str, ...] = ("consultado",)

#: The word of a "More ..." heading over a list of links ("More stories"), folded.
MORE_WORDS: tuple[str, ...] = ("mais",)

#: The word of a picture's place in a gallery ("Photo 3 of 12"), folded.
GALLERY_WORDS: tuple[str, ...] = (
    "imagem",
    "foto",
)

#: The word between the picture's number and the gallery's count ("3 of 12"), folded.
GALLERY_OF: tuple[str, ...] = ("de",)

#: The word between a day, its month and its year ("22 de outubro de 2010"), as written.
DATE_JOINS: tuple[str, ...] = ("de",)

#: Words of an ``aria-label`` that name a region of chrome, as its name tokens (ASCII letters).
ARIA_REGIONS: tuple[str, ...] = (
    "compartilhar",
    "publicidade",
    "relacionadas",
)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("pagina inicial",)

#: The heading of a list of videos or pictures (a whole line: "Videos"), folded.
MEDIA_HEADINGS: tuple[str, ...] = (
    "galerias",
    "videos",
)

#: The label of a link to the previous or next article ("Next article: Headline"), folded.
PAGER_LABELS: tuple[str, ...] = (
    "artigo anterior",
    "artigo seguinte",
    "post anterior",
    "post seguinte",
)

CREDIT_SHAPE_WORDS: tuple[str, ...] = ("foto",)

CAPTION_PICTURES: tuple[str, ...] = ("foto",)

CAPTION_CREDITS: tuple[str, ...] = ("crédito",)

CAPTION_LABELS: tuple[str, ...] = ("foto",)

BIO_VERBS: tuple[str, ...] = ("é",)

POST_COUNT_NOUNS: tuple[str, ...] = ("artigos",)

ABOUT_LABELS: tuple[str, ...] = ("sobre",)

COOKIE_LIFETIME_UNITS: tuple[str, ...] = (
    r"segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|m[eê]s|anos?",
)

COOKIE_LIFETIME_NO_END: tuple[str, ...] = (r"sess[aã]o|persistente|permanente|nunca",)

COOKIE_PANEL_WORDS: tuple[str, ...] = (r"duração|navegador",)

COMMENT_COUNT_NOUNS: tuple[str, ...] = ("comentario", "comentarios")

#: The words that join names and clauses in a credit line, and the particles of
#: names ("João da Silva", "Maria dos Santos"), folded.
CREDIT_JOINERS: tuple[str, ...] = (
    "e",
    "com",
    "de",
    "da",
    "do",
    "dos",
    "das",
)

#: The word in brackets after a form's label that marks the field as required
#: ("Email (Required)"), as written.
FORM_REQUIRED: tuple[str, ...] = (
    "obrigatório",
    "obrigatorio",
)

#: The words that end a sentence announcing the list under it ("... for the following
#: reasons.", "... as follows."), among its last three words, folded.
LIST_LEADS: tuple[str, ...] = (
    "seguintes",
    "a seguir",
)

#: The heading of the article's conclusion in a section of its own (folded).
CLOSING_HEADINGS: tuple[str, ...] = (
    "conclusao",
    "conclusoes",
    "em conclusao",
)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "indice",
    "sumario",
    "tabela de conteudos",
    "tabela de conteudo",
    "conteudos",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "mostrar",
    "ocultar",
    "exibir",
    "esconder",
    "abrir",
    "fechar",
)

#: An offer of the outlet's periodical by its count of issues at a price, the words between
#: the count and the price ("12 edições por 30 €").
ISSUE_OFFERS: tuple[str, ...] = ("edicoes por", "numeros por")

UI_MESSAGES: tuple[str, ...] = (
    "digite sua pesquisa",
    "o que voce esta procurando",
    "sua mensagem foi enviada",
    "obrigado pela sua mensagem",
    "algo deu errado ao enviar",
    "este campo e obrigatorio",
    "seu carrinho esta vazio",
    "o seu carrinho esta vazio",
)

UI_CALLS: tuple[str, ...] = (
    "formulario de contato",
    "formulario de contacto",
    "solicitar orcamento",
    "peca um orcamento",
)

BUTTON_CALLS: tuple[str, ...] = (
    "agendar uma demo",
    "teste gratis",
    "baixar agora",
)

SCRIPT_NOTICES: tuple[str, ...] = (
    "habilite o javascript",
    "habilitar o javascript",
    "ative o javascript",
    "ativar o javascript",
    "javascript esta desativado",
    "javascript esta desabilitado",
    "javascript habilitado",
    "requer javascript",
    "requer o javascript",
    "javascript e necessario",
)

GREETINGS: tuple[str, ...] = ("olá", "oi", "bem-vindo", "bem-vinda", "bem-vindos")

SELF_INTROS: tuple[str, ...] = ("eu sou",)

SELF_NAMINGS: tuple[str, ...] = ("meu nome é", "me chamo", "chamo-me", "sou")

#: The words of an outlet's box on its own editorial checks ("our content is objective").
EDITORIAL_CHECKS: tuple[str, ...] = (
    "conteudo",
    "conteudos",
    "editorial",
    "editoriais",
    "objetivo",
    "objetiva",
    "objetivos",
    "imparcial",
    "imparciais",
)
