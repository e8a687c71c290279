// The parser of HCL's native syntax (hclsyntax, as in hashicorp/hcl v2.24) for Packer templates.
//
// The grammar is the structure only: escapes, heredoc indentation, strip markers, template
// directive nesting and legacy index checks happen where the compiler turns this parse tree
// into its AST, so that they produce precise diagnostics instead of parse errors.
parser grammar HCLParser;

options { tokenVocab = HCLLexer; }

// ---------------------------------------------------------------------------------------------
// Bodies

// A file. The compiler runs this loop itself, one top-level item at a time (choosing the rule by
// the first token exactly as this loop would), so that the parse tree of a whole file never exists.
configFile
    : (NEWLINE | bodyItem | invalidBodyItem | strayCloseBrace)* EOF
    ;

body
    : (NEWLINE | bodyItem | invalidBodyItem)*
    ;

// A lone expression, as hclsyntax.ParseExpression reads one (packer console, -var values).
standaloneExpression
    : NEWLINE* expression NEWLINE* EOF
    ;

bodyItem
    : attribute
    | block
    ;

attribute
    : name=identifier EQ value=expression (NEWLINE | EOF)
    ;

block
    : type=identifier blockLabel* LBRACE blockBody RBRACE (NEWLINE | EOF)
    ;

blockBody
    : NEWLINE body                  # multiLineBody
    | oneLineAttribute?             # oneLineBody
    ;

oneLineAttribute
    : name=identifier EQ value=expression
    ;

blockLabel
    : stringTemplate
    | identifier
    ;

// Something that cannot start an argument or block: the rest of its line is skipped, so that
// one stray token produces one error and the items after it are still read.
invalidBodyItem
    : ~(NEWLINE | RBRACE | IDENT | TRUE | FALSE | NULL | FOR | IN | IF | ELSE | ENDIF | ENDFOR)
      ~(NEWLINE | RBRACE)*
    ;

strayCloseBrace
    : RBRACE
    ;

// Names of arguments, blocks and attributes may be spelled like keywords.
identifier
    : IDENT | TRUE | FALSE | NULL | FOR | IN | IF | ELSE | ENDIF | ENDFOR
    ;

// ---------------------------------------------------------------------------------------------
// Expressions, loosest binding last (HCL's operator precedence)

expression
    : exprTerm                                                          # termExpression
    | op=(MINUS | BANG) expression                                      # unaryExpression
    | expression op=(STAR | SLASH | PERCENT) expression                 # binaryExpression
    | expression op=(PLUS | MINUS) expression                           # binaryExpression
    | expression op=(LT | GT | LE | GE) expression                      # binaryExpression
    | expression op=(EQEQ | NEQ) expression                             # binaryExpression
    | expression op=AND expression                                      # binaryExpression
    | expression op=OR expression                                       # binaryExpression
    | <assoc=right> expression QUESTION expression COLON expression     # conditionalExpression
    ;

exprTerm
    : primary                                                           # primaryTerm
    | exprTerm DOT identifier                                           # getAttrTerm
    | exprTerm DOT NUMBER                                               # legacyIndexTerm
    | exprTerm DOT STAR                                                 # attrSplatTerm
    | exprTerm LBRACK STAR RBRACK                                       # fullSplatTerm
    | exprTerm LBRACK expression RBRACK                                 # indexTerm
    ;

primary
    : NUMBER                                                            # numberLiteral
    | (TRUE | FALSE)                                                    # boolLiteral
    | NULL                                                              # nullLiteral
    | stringTemplate                                                    # quotedTemplate
    | heredocTemplate                                                   # heredoc
    | name=IDENT LPAREN functionArguments? RPAREN                       # functionCall
    | name=IDENT                                                        # variable
    | LPAREN expression RPAREN                                          # parenthesized
    | LBRACK forIntro value=expression forCondition? RBRACK             # forTuple
    | LBRACK (expression (COMMA expression)* COMMA?)? RBRACK            # tuple
    | LBRACE forIntro key=expression FATARROW value=expression
      group=ELLIPSIS? forCondition? RBRACE                              # forObject
    // As hclsyntax: newlines may surround items, but one comma at most separates two of them.
    | LBRACE NEWLINE* (objectItem (objectSeparator NEWLINE* objectItem)* (objectSeparator NEWLINE*)?)? RBRACE
                                                                        # object
    ;

functionArguments
    : expression (COMMA expression)* expand=ELLIPSIS? COMMA?
    ;

// Loop variables cannot be spelled like keywords: "for in x" must not read "in" as a name.
forIntro
    : FOR first=IDENT (COMMA second=IDENT)? IN collection=expression COLON
    ;

forCondition
    : IF expression
    ;

objectItem
    : key=expression (EQ | COLON) value=expression
    ;

objectSeparator
    : COMMA
    | NEWLINE
    ;

// ---------------------------------------------------------------------------------------------
// Templates. A newline or the end of the file ends an unterminated quoted string or heredoc,
// so the closing token is optional here and its absence is reported by the compiler.

stringTemplate
    : OQUOTE templatePart* close=CQUOTE?
    ;

heredocTemplate
    : HEREDOC_START templatePart* close=HEREDOC_END?
    ;

// A template on its own, as hclsyntax.ParseTemplate reads one (the strings of HCL's JSON syntax):
// lexed in the HEREDOC mode with no heredoc open, so no line ends it and backslashes are text.
bareTemplate
    : templatePart* EOF
    ;

templatePart
    : (QUOTED_LIT | HEREDOC_LIT | HEREDOC_NEWLINE)                      # literalPart
    | TEMPLATE_INTERP expression TEMPLATE_END                           # interpolationPart
    | TEMPLATE_DIRECTIVE directive TEMPLATE_END                         # directivePart
    ;

directive
    : IF expression                                                     # ifDirective
    | ELSE                                                              # elseDirective
    | ENDIF                                                             # endIfDirective
    | FOR first=IDENT (COMMA second=IDENT)? IN expression               # forDirective
    | ENDFOR                                                            # endForDirective
    ;
