package dev.kiln.compiler.syntax;

import dev.kiln.compiler.ast.Body;
import dev.kiln.compiler.ast.ConfigFile;
import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourcePos;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.grammar.HCLLexer;
import dev.kiln.grammar.HCLParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses HCL native syntax into an immutable {@link ConfigFile}. Never throws on bad input: every
 * problem becomes a {@link Diagnostic}, and the tree holds whatever could be read.
 */
public final class HclParser {

    private HclParser() {}

    /**
     * Loads the generated lexer and parser, which deserialise their state machines when their
     * classes initialise: start-up calls this on a second core so the first parse does not wait.
     */
    public static void initialise() throws ClassNotFoundException {
        Class.forName(HCLLexer.class.getName());
        Class.forName(HCLParser.class.getName());
    }

    /** Parses a template file. */
    public static ParseResult parse(SourceFile file) {
        Lexed lexed = lex(file);
        if (lexed.tooDeep()) return new ParseResult(new ConfigFile(file, emptyBody(file)), lexed.problems());

        List<Diagnostic> syntaxProblems = new ArrayList<>();
        List<Diagnostic> treeProblems = new ArrayList<>();
        PositionMapper positions = lexed.positions();
        BodyBuilder bodies = new BodyBuilder(positions, new ExpressionBuilder(positions, treeProblems), treeProblems);
        Body body;
        try {
            body = parseTopLevel(lexed.tokens(), positions, syntaxProblems, bodies);
        } catch (StackOverflowError e) {
            syntaxProblems.add(SyntaxDiagnostics.EXPRESSION_TOO_COMPLEX.error(
                    "This file nests expressions too deeply to be read.",
                    SourceRange.at(file.name(), SourcePos.START)));
            return new ParseResult(new ConfigFile(file, emptyBody(file)), lexed.merge(syntaxProblems, List.of()));
        }
        return new ParseResult(new ConfigFile(file, body), lexed.merge(syntaxProblems, treeProblems));
    }

    /**
     * A file's tokens for the parser (trivia dropped), with the problems found in them: invalid
     * characters, and nesting too deep to parse safely.
     */
    private record Lexed(
            CommonTokenStream tokens,
            PositionMapper positions,
            List<Diagnostic> problems,
            Set<Integer> disturbedLines,
            boolean tooDeep) {

        /** All problems in source order, with syntax errors on lines an invalid character already explains left out. */
        List<Diagnostic> merge(List<Diagnostic> syntaxProblems, List<Diagnostic> treeProblems) {
            return HclParser.merge(problems, syntaxProblems, treeProblems, disturbedLines);
        }
    }

    private static Lexed lex(SourceFile file) {
        return lex(file, new HCLLexer(CharStreams.fromString(file.text(), file.name())));
    }

    private static Lexed lex(SourceFile file, HCLLexer lexer) {
        PositionMapper positions = new PositionMapper(file);
        lexer.removeErrorListeners();
        lexer.setKeepTrivia(false);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        List<Diagnostic> problems = new ArrayList<>();
        Set<Integer> disturbedLines = InvalidTokens.check(tokens.getTokens(), positions, problems);
        Token tooDeep = NestingLimit.firstTooDeep(tokens.getTokens());
        if (tooDeep != null) {
            problems.add(SyntaxDiagnostics.NESTING_TOO_DEEP.error(
                    "Expressions nest more than " + NestingLimit.MAX_DEPTH
                            + " levels deep here (brackets, braces, strings, "
                            + "template sequences and directives, and chains of operators, attributes and indexes all count). "
                            + "Split the expression into locals.",
                    positions.range(tooDeep)));
        }
        return new Lexed(tokens, positions, problems, disturbedLines, tooDeep != null);
    }

    /**
     * Parses {@code file} as one expression, as hclsyntax's {@code ParseExpression}: the whole text
     * (blank lines around it allowed) must be a single expression. Used by {@code console} and for
     * values given on the command line.
     */
    public static ExpressionParseResult parseExpression(SourceFile file) {
        Lexed lexed = lex(file);
        SourceRange whole = file.range(0, file.text().length());
        if (lexed.tooDeep()) return new ExpressionParseResult(new Expression.Invalid(whole), lexed.problems());
        CommonTokenStream tokens = lexed.tokens();
        PositionMapper positions = lexed.positions();
        List<Diagnostic> syntaxProblems = new ArrayList<>();
        List<Diagnostic> treeProblems = new ArrayList<>();
        try {
            HCLParser parser = new HCLParser(tokens);
            parser.removeErrorListeners();
            HCLParser.StandaloneExpressionContext tree;
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            try {
                tree = parser.standaloneExpression();
            } catch (ParseCancellationException e) {
                tokens.seek(0);
                parser.reset();
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                parser.setErrorHandler(new SyntaxErrorStrategy(new SyntaxErrorMessages(positions), syntaxProblems));
                tree = parser.standaloneExpression();
            }
            Expression expression = new ExpressionBuilder(positions, treeProblems).expression(tree.expression(), whole);
            return new ExpressionParseResult(expression, lexed.merge(syntaxProblems, treeProblems));
        } catch (StackOverflowError e) {
            syntaxProblems.add(SyntaxDiagnostics.EXPRESSION_TOO_COMPLEX.error(
                    "This expression nests too deeply to be read.", whole.startRange()));
            return new ExpressionParseResult(new Expression.Invalid(whole), lexed.merge(syntaxProblems, List.of()));
        }
    }

    /**
     * Parses the text of {@code file} from offset {@code start} to its end as a bare template, as
     * hclsyntax's {@code ParseTemplate} reads the strings of HCL's JSON syntax: {@code ${} and
     * {@code %{} sequences, {@code $${} and {@code %%{} escapes, and no backslash escapes (the
     * JSON string was decoded already). Ranges are positions in {@code file}.
     */
    public static ExpressionParseResult parseTemplate(SourceFile file, int start) {
        String text = file.text();
        org.antlr.v4.runtime.CodePointCharStream input = CharStreams.fromString(text, file.name());
        input.seek(text.codePointCount(0, start));
        HCLLexer lexer = new HCLLexer(input);
        SourcePos at = file.positionOf(start);
        lexer.setLine(at.line());
        lexer.setCharPositionInLine(at.column() - 1);
        lexer.pushMode(HCLLexer.HEREDOC);
        Lexed lexed = lex(file, lexer);
        SourceRange whole = file.range(start, text.length());
        if (lexed.tooDeep()) return new ExpressionParseResult(new Expression.Invalid(whole), lexed.problems());
        CommonTokenStream tokens = lexed.tokens();
        List<Diagnostic> syntaxProblems = new ArrayList<>();
        List<Diagnostic> treeProblems = new ArrayList<>();
        try {
            HCLParser parser = new HCLParser(tokens);
            parser.removeErrorListeners();
            parser.setErrorHandler(new SyntaxErrorStrategy(new SyntaxErrorMessages(lexed.positions()), syntaxProblems));
            HCLParser.BareTemplateContext tree = parser.bareTemplate();
            Expression template = new ExpressionBuilder(lexed.positions(), treeProblems).bareTemplate(tree, whole);
            return new ExpressionParseResult(template, lexed.merge(syntaxProblems, treeProblems));
        } catch (StackOverflowError e) {
            syntaxProblems.add(SyntaxDiagnostics.EXPRESSION_TOO_COMPLEX.error(
                    "This template nests too deeply to be read.", whole.startRange()));
            return new ExpressionParseResult(new Expression.Invalid(whole), lexed.merge(syntaxProblems, List.of()));
        }
    }

    /**
     * Parses the top level one item at a time, as the grammar's {@code configFile} rule would, and
     * turns each item into AST at once: the parse tree of a big file never exists as a whole, so
     * memory and garbage collection stay proportional to the largest block, not the file. Each
     * item is parsed in ANTLR's fast SLL mode; only an item that fails is parsed again in full LL
     * mode with error reporting and recovery.
     */
    private static Body parseTopLevel(
            CommonTokenStream tokens, PositionMapper positions, List<Diagnostic> problems, BodyBuilder bodies) {
        HCLParser parser = new HCLParser(tokens);
        parser.removeErrorListeners();
        BailErrorStrategy fast = new BailErrorStrategy();
        SyntaxErrorStrategy careful = new SyntaxErrorStrategy(new SyntaxErrorMessages(positions), problems);
        BodyBuilder.Items items = bodies.topLevel();
        while (true) {
            int type = tokens.LA(1);
            if (type == Token.EOF) break;
            if (type == HCLLexer.NEWLINE) {
                tokens.consume();
                continue;
            }
            int start = tokens.index();
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(fast);
            try {
                items.add(topLevelItem(parser, type));
            } catch (ParseCancellationException e) {
                tokens.seek(start);
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                parser.setErrorHandler(careful);
                careful.reset(parser);
                items.add(topLevelItem(parser, type));
            }
            if (tokens.index() == start) tokens.consume(); // never stall on a token no rule takes
        }
        return bodies.configFile(items);
    }

    /** The rule the grammar's {@code configFile} loop would choose for a token of {@code type}. */
    private static org.antlr.v4.runtime.ParserRuleContext topLevelItem(HCLParser parser, int type) {
        if (type == HCLLexer.RBRACE) return parser.strayCloseBrace();
        if (isIdentifier(type)) return parser.bodyItem();
        return parser.invalidBodyItem();
    }

    private static boolean isIdentifier(int type) {
        return switch (type) {
            case HCLLexer.IDENT,
                    HCLLexer.TRUE,
                    HCLLexer.FALSE,
                    HCLLexer.NULL,
                    HCLLexer.FOR,
                    HCLLexer.IN,
                    HCLLexer.IF,
                    HCLLexer.ELSE,
                    HCLLexer.ENDIF,
                    HCLLexer.ENDFOR -> true;
            default -> false;
        };
    }

    /**
     * All problems in source order. A syntax error on a line that already has an invalid character
     * is a consequence of that character, so only the character is reported; so are a block left
     * unclosed at the end of the file when an error inside it swallowed its brace, and a string
     * "split over lines" by an interpolation left open inside it.
     */
    private static List<Diagnostic> merge(
            List<Diagnostic> tokenProblems,
            List<Diagnostic> syntaxProblems,
            List<Diagnostic> treeProblems,
            Set<Integer> badLines) {
        List<Diagnostic> found = new ArrayList<>(tokenProblems);
        for (Diagnostic d : syntaxProblems) {
            if (!badLines.contains(d.subject().start().line())) found.add(d);
        }
        found.addAll(treeProblems);
        Diagnostics all = new Diagnostics();
        for (Diagnostic d : found) {
            if (!isConsequence(d, found)) all.add(d);
        }
        return all.sorted();
    }

    private static boolean isConsequence(Diagnostic d, List<Diagnostic> found) {
        return switch (d.summary()) {
            case "Unclosed configuration block" ->
                found.stream().anyMatch(other -> other != d && other.subject().compareTo(d.subject()) > 0);
            case "Invalid multi-line string", "Unterminated template string" ->
                d.context() != null
                        && found.stream()
                                .anyMatch(other -> other.summary().equals("Unclosed template interpolation")
                                        && d.context().contains(other.subject()));
            default -> false;
        };
    }

    private static Body emptyBody(SourceFile file) {
        return new Body(List.of(), file.range(0, file.text().length()));
    }
}
