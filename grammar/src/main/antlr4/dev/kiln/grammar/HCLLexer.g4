// The lexer of HCL's native syntax (hclsyntax) as Packer templates use it.
//
// HCL's lexical structure depends on context in three ways, all handled here with lexer state:
//  - quoted strings and heredocs are templates: literal text, "${ ... }" interpolations and
//    "%{ ... }" directives, nested to any depth (strings inside interpolations inside strings);
//  - a "}" closes either a brace or an interpolation/directive, so the lexer keeps a stack of
//    what is open;
//  - newlines end arguments, except inside "()", "[]", interpolations, directives and "for"
//    expressions, where HCL ignores them: there they go to the hidden channel.
// Characters HCL rejects (";", "'", "&", ...) become tokens on the INVALID channel, so the
// parser does not trip over them and the compiler reports each with HCL's own explanation.
lexer grammar HCLLexer;

channels { COMMENTS, INVALID }

@members {
    private static final int BRACE = 0, FOR_BRACE = 1, PAREN = 2, BRACKET = 3, INTERPOLATION = 4;

    /** What is open at this point: BRACE, FOR_BRACE, PAREN, BRACKET or INTERPOLATION. */
    private final java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    /** Terminators of the heredocs being read, innermost first. */
    private final java.util.ArrayDeque<String> heredocs = new java.util.ArrayDeque<>();
    /**
     * Whether whitespace, line comments and ignored newlines become tokens. The formatter needs
     * every character; the parser does not, and skipping them saves a third of the tokens.
     */
    private boolean keepTrivia = true;

    /** Keeps (the default) or drops the tokens the parser never looks at. */
    public void setKeepTrivia(boolean keepTrivia) {
        this.keepTrivia = keepTrivia;
    }

    private void trivia(int channel) {
        if (keepTrivia) setChannel(channel);
        else skip();
    }

    @Override
    public void reset() {
        super.reset();
        open.clear();
        heredocs.clear();
    }

    private boolean newlinesIgnored() {
        Integer top = open.peek();
        return top != null && top != BRACE;
    }

    private void newline() {
        if (newlinesIgnored()) trivia(HIDDEN);
    }

    private void openBrace() {
        open.push(startsForExpression() ? FOR_BRACE : BRACE);
    }

    /** A "{" followed by the keyword "for" opens a for expression, where newlines do not count. */
    private boolean startsForExpression() {
        int i = 1;
        int c = _input.LA(i);
        while (c == ' ' || c == '\t' || c == '\r' || c == '\n') c = _input.LA(++i);
        if (c != 'f' || _input.LA(i + 1) != 'o' || _input.LA(i + 2) != 'r') return false;
        int after = _input.LA(i + 3);
        return !(Character.isLetterOrDigit(after) || after == '_' || after == '-');
    }

    private void openTemplateSequence() {
        open.push(INTERPOLATION);
        pushMode(DEFAULT_MODE);
    }

    /** Closes the innermost brace or template sequence; a template sequence ends its mode. */
    private void closeBrace() {
        while (!open.isEmpty()) {
            int top = open.pop();
            if (top == BRACE || top == FOR_BRACE) return;
            if (top == INTERPOLATION) {
                setType(TEMPLATE_END);
                popMode();
                return;
            }
        }
    }

    /** Closes the innermost "(" or "[" if it is open inside the current template sequence. */
    private void close(int kind) {
        for (int entry : open) {
            if (entry == kind) {
                while (open.pop() != kind) { }
                return;
            }
            if (entry == INTERPOLATION) return;
        }
    }

    private void startHeredoc() {
        String text = getText();
        int start = text.startsWith("<<-") ? 3 : 2;
        heredocs.push(text.substring(start).strip());
        pushMode(HEREDOC);
    }

    /** The closing marker of a heredoc: alone on its line (after optional blanks), same name. */
    private boolean atHeredocEnd() {
        if (_tokenStartCharPositionInLine != 0 || heredocs.isEmpty()) return false;
        int next = _input.LA(1);
        if (next != '\n' && next != '\r' && next != EOF) return false;
        String text = _input.getText(org.antlr.v4.runtime.misc.Interval.of(_tokenStartCharIndex, _input.index() - 1));
        return text.strip().equals(heredocs.peek());
    }

    private void endHeredoc() {
        heredocs.pop();
        popMode();
    }

    private boolean atLineEnd() {
        int next = _input.LA(1);
        return next == '\n' || next == '\r' || next == EOF;
    }

    private boolean notFollowedByBrace() {
        return _input.LA(1) != '{';
    }
}

// ---------------------------------------------------------------------------------------------
// Expressions and bodies

NEWLINE         : '\r'? '\n' { newline(); } ;
WHITESPACE      : ' '+ { trivia(HIDDEN); } ;
// Tabs are whitespace, as in HCL 2.24's scanner (Spaces = (' ' | 0x09)+); their own token lets
// the formatter see them.
TABS            : '\t'+ { trivia(HIDDEN); } ;
LINE_COMMENT    : ('#' | '//') ~[\r\n]* { trivia(COMMENTS); } ;
// Kept even for the parser: an unterminated one must be reported.
BLOCK_COMMENT   : '/*' .*? ('*/' | EOF) -> channel(COMMENTS) ;

HEREDOC_START   : '<<' '-'? IdentStart IdentPart* '\r'? '\n' { startHeredoc(); } ;
OQUOTE          : '"' -> pushMode(STRING) ;

LBRACE          : '{' { openBrace(); } ;
RBRACE          : '}' { closeBrace(); } ;
TEMPLATE_END    : '~}' { closeBrace(); } ;
LPAREN          : '(' { open.push(PAREN); } ;
RPAREN          : ')' { close(PAREN); } ;
LBRACK          : '[' { open.push(BRACKET); } ;
RBRACK          : ']' { close(BRACKET); } ;

ELLIPSIS        : '...' ;
FATARROW        : '=>' ;
EQEQ            : '==' ;
NEQ             : '!=' ;
LE              : '<=' ;
GE              : '>=' ;
AND             : '&&' ;
OR              : '||' ;
EQ              : '=' ;
LT              : '<' ;
GT              : '>' ;
BANG            : '!' ;
PLUS            : '+' ;
MINUS           : '-' ;
STAR            : '*' ;
SLASH           : '/' ;
PERCENT         : '%' ;
QUESTION        : '?' ;
COLON           : ':' ;
COMMA           : ',' ;
DOT             : '.' ;

TRUE            : 'true' ;
FALSE           : 'false' ;
NULL            : 'null' ;
FOR             : 'for' ;
IN              : 'in' ;
IF              : 'if' ;
ELSE            : 'else' ;
ENDIF           : 'endif' ;
ENDFOR          : 'endfor' ;

NUMBER          : Digit+ ('.' Digit+)? ([eE] [+-]? Digit+)? ;
IDENT           : IdentStart IdentPart* ;

// Characters HCL rejects; the compiler explains each one.
STARSTAR        : '**' -> channel(INVALID) ;
AMPERSAND       : '&' -> channel(INVALID) ;
PIPE            : '|' -> channel(INVALID) ;
CARET           : '^' -> channel(INVALID) ;
SEMICOLON       : ';' -> channel(INVALID) ;
BACKTICK        : '`' -> channel(INVALID) ;
APOSTROPHE      : '\'' -> channel(INVALID) ;
INVALID_CHAR    : . -> channel(INVALID) ;

fragment Digit      : [0-9] ;
fragment IdentStart : [\p{ID_Start}_] ;
fragment IdentPart  : [\p{ID_Continue}-] ;

// ---------------------------------------------------------------------------------------------
// Quoted template strings: "text ${expr} %{directive} text"

mode STRING;

CQUOTE              : '"' -> popMode ;
TEMPLATE_INTERP     : '${' '~'? { openTemplateSequence(); } ;
TEMPLATE_DIRECTIVE  : '%{' '~'? { openTemplateSequence(); } ;
// A quoted string cannot span lines: the newline ends it (the parser reports the missing quote)
// and still ends the argument it belongs to.
STRING_NEWLINE      : '\r'? '\n' { popMode(); setType(NEWLINE); newline(); } ;
// An escape is a backslash and the character after it, so "\\" never ends the string early; a
// backslash alone is literal text only where no character follows it (line or file end), and
// the compiler reports it there.
QUOTED_LIT          : ( ~["\\$%\r\n]
                      | '\\' ~[\r\n]
                      | '\\' { atLineEnd() }?
                      | '$${'
                      | '%%{'
                      | '$' { notFollowedByBrace() }?
                      | '%' { notFollowedByBrace() }?
                      )+ ;

// ---------------------------------------------------------------------------------------------
// Heredoc templates: <<EOT ... EOT and <<-EOT ... EOT

mode HEREDOC;

HEREDOC_END         : [ \t]* IdentStart IdentPart* { atHeredocEnd() }? { endHeredoc(); } ;
HEREDOC_INTERP      : '${' '~'? { openTemplateSequence(); setType(TEMPLATE_INTERP); } ;
HEREDOC_DIRECTIVE   : '%{' '~'? { openTemplateSequence(); setType(TEMPLATE_DIRECTIVE); } ;
HEREDOC_NEWLINE     : '\r'? '\n' ;
// A carriage return not followed by a line feed does not end a line: it is text (in a heredoc as
// in a bare template), as hclsyntax's scanner keeps it.
HEREDOC_LIT         : ( ~[$%\r\n]
                      | '\r' { _input.LA(1) != '\n' }?
                      | '$${'
                      | '%%{'
                      | '$' { notFollowedByBrace() }?
                      | '%' { notFollowedByBrace() }?
                      )+ ;
