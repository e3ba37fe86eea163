// User text is shown as typed, never as markup: every .qml file under qml/ is
// read and the desktop's text rules are checked statically.
//
// Why: Qt Quick's Text and Label default to textFormat AutoText, and AutoText
// turns a string into StyledText as soon as Qt::mightBeRichText() sees a tag
// before the first line break. A display name like <img src=http://host/x>
// then makes every client that shows it fetch the URL (and draws whatever
// <font>/<a> markup it carries). The stock Controls draw their text with such
// items too: a Button, ToolButton, MenuItem, ItemDelegate or TabButton through
// IconLabel (AutoText, and an <img> there crashes Qt 6.4 in
// QQmlContext::resolvedUrl), CheckBox/Switch/RadioButton/ToolTip/GroupBox and
// the Dialog title through an AutoText Text/Label, and TextField/TextArea their
// placeholderText through an AutoText PlaceholderText.
//
// The rules:
//  1. Labels are PlainLabel (qml/common/PlainLabel.qml, a Label with
//     textFormat: Text.PlainText); bare Label and Text are refused.
//     TextEdit and TextArea state textFormat: TextEdit.PlainText.
//  2. StyledText, RichText, AutoText and MarkdownText appear nowhere but at
//     the allowlisted sites below (markupSites), whose text is made only of
//     static strings, Markup.escaped(...) (qml/common/Markup.qml) and the
//     site's named markup producers. No textFormat is assigned from JavaScript.
//  3. A stock control that draws a string with an item we do not make either
//     gets only static text (string literals, qsTr("...") and ternaries or
//     sums of them) or has that item replaced (contentItem; label for
//     GroupBox). Every Dialog declares its header (a PlainLabel, or null when
//     it has no title); every ComboBox its delegate. The attached ToolTip.text
//     and placeholderText take static text only: data goes in a PlainToolTip
//     or a FormField. The same holds for text handed on by a property alias
//     or assigned from JavaScript (someId.text = ...). Exceptions are listed
//     in staticSites, each with its reason.
//
// Limits of the reader (a tokenizer and a brace matcher, not a QML parser):
//  - Elements are found as `Type {` (a name starting with a capital, dotted
//    names like T.Label included), `Type on property {` and inline
//    `component Name: Type {`, also inside list bindings; object-literal and
//    JavaScript braces are skipped. Bindings are `name:`, `group.name:` and
//    `property type name:` at the start of a statement inside an element,
//    or inside a grouped block like font { bold: true }.
//  - A newline ends a binding unless the line ends in an operator or the next
//    line starts with one (as JavaScript's semicolon insertion would).
//  - A template literal is read to its next backtick (one nested in ${...}
//    would confuse it); a '/' is taken for a regular expression where an
//    operand is expected.
//  - Only what is written in these files is seen. A project component is
//    checked in its own file (AppButton's Button, FormField's TextField), so
//    what its users pass it is covered there. Not seen: assignments through
//    anything but an id of the same file (parent.text = x), items made by
//    C++ or Loader.source, and types from other modules. Qt.createQmlObject
//    and ToolTip.show(...) are refused outright, as they cannot be checked.
//  - "Static" is syntactic: qsTr("%1").arg(name) is not static, and neither
//    is a property that happens to hold only literals (modelData of a literal
//    list: see staticSites).

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include <memory>

#ifndef AZC_QML_DIR // set by tests/unit/CMakeLists.txt: the repository's qml/ folder
#define AZC_QML_DIR ""
#endif

namespace {

// ---------------------------------------------------------------- tokens --

struct Token
{
    enum Kind { Ident, String, Number, Punct, Regex };
    Kind kind;
    QString text;
    int line;
    bool newlineBefore;
};

bool isIdentStart(QChar c) { return c.isLetter() || c == u'_' || c == u'$'; }
bool isIdentPart(QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'$'; }

// A '/' starts a regular expression where an operand is expected.
bool regexMayFollow(const QList<Token> &tokens)
{
    if (tokens.isEmpty())
        return true;
    const Token &p = tokens.last();
    if (p.kind == Token::Punct)
        return QStringLiteral("(,=:[!&|?{};+-*%<>~^").contains(p.text);
    if (p.kind == Token::Ident) {
        static const QSet<QString> keywords{QStringLiteral("return"), QStringLiteral("typeof"),
                                            QStringLiteral("case"),   QStringLiteral("in"),
                                            QStringLiteral("of"),     QStringLiteral("void"),
                                            QStringLiteral("throw"),  QStringLiteral("delete")};
        return keywords.contains(p.text);
    }
    return false;
}

QList<Token> tokenize(const QString &src)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = src.size();
    int line = 1;
    bool newline = true;
    auto push = [&](Token::Kind kind, qsizetype from, qsizetype to, int atLine) {
        tokens.append(Token{kind, src.mid(from, to - from), atLine, newline});
        newline = false;
    };
    while (i < n) {
        const QChar c = src.at(i);
        if (c == u'\n') {
            ++line;
            newline = true;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'/' && i + 1 < n && src.at(i + 1) == u'/') {
            while (i < n && src.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && i + 1 < n && src.at(i + 1) == u'*') {
            const qsizetype end = src.indexOf(QStringLiteral("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            line += int(QStringView(src).mid(i, stop - i).count(u'\n'));
            i = stop;
            continue;
        }
        const int startLine = line;
        if (c == u'"' || c == u'\'' || c == u'`') {
            qsizetype j = i + 1;
            while (j < n && src.at(j) != c) {
                if (src.at(j) == u'\\')
                    ++j;
                else if (src.at(j) == u'\n')
                    ++line;
                ++j;
            }
            push(Token::String, i, std::min(j + 1, n), startLine);
            i = j + 1;
            continue;
        }
        if (c == u'/' && regexMayFollow(tokens)) {
            qsizetype j = i + 1;
            bool inClass = false;
            while (j < n && src.at(j) != u'\n') {
                const QChar r = src.at(j);
                if (r == u'\\') {
                    j += 2;
                    continue;
                }
                if (r == u'[')
                    inClass = true;
                else if (r == u']')
                    inClass = false;
                else if (r == u'/' && !inClass)
                    break;
                ++j;
            }
            ++j;
            while (j < n && src.at(j).isLetter())
                ++j;
            push(Token::Regex, i, std::min(j, n), startLine);
            i = j;
            continue;
        }
        if (isIdentStart(c)) {
            // Dotted names are one token: T.Label, Text.PlainText, ToolTip.text.
            qsizetype j = i + 1;
            while (j < n) {
                if (isIdentPart(src.at(j)))
                    ++j;
                else if (src.at(j) == u'.' && j + 1 < n && isIdentStart(src.at(j + 1)))
                    j += 2;
                else
                    break;
            }
            push(Token::Ident, i, j, startLine);
            i = j;
            continue;
        }
        if (c.isDigit()) {
            qsizetype j = i + 1;
            while (j < n && (src.at(j).isLetterOrNumber() || src.at(j) == u'.' || src.at(j) == u'_'))
                ++j;
            push(Token::Number, i, j, startLine);
            i = j;
            continue;
        }
        push(Token::Punct, i, i + 1, startLine);
        ++i;
    }
    return tokens;
}

// -------------------------------------------------------------- elements --

struct Binding
{
    QString name;  // "text", "font.bold", "ToolTip.text"
    qsizetype from; // value tokens [from, to)
    qsizetype to;
    int line;
    bool alias = false; // property alias name: target
};

struct Element
{
    QString type;            // as written: "Label", "T.Label", "PlainLabel"
    QString inlineComponent; // "Cell" for `component Cell: PlainLabel {`
    int line;
    int parent = -1;
    QList<Binding> bindings;
    QString id;

    const Binding *binding(const QString &name) const
    {
        for (const Binding &b : bindings)
            if (b.name == name)
                return &b;
        return nullptr;
    }
    QString shortType() const { return type.section(u'.', -1); }
};

struct QmlFile
{
    QString path; // relative to qml/, with forward slashes: "chat/ChatList.qml"
    QList<Token> tokens;
    QList<Element> elements;
    QStringList problems; // what the reader could not follow

    QString text(qsizetype from, qsizetype to) const
    {
        QStringList parts;
        for (qsizetype k = from; k < to; ++k)
            parts << tokens.at(k).text;
        return parts.join(u' ');
    }
    QString text(const Binding &b) const { return text(b.from, b.to); }
};

bool startsUpper(const QString &name)
{
    const QString last = name.section(u'.', -1);
    return !last.isEmpty() && last.at(0).isUpper();
}

bool isPunct(const Token &t, QStringView chars) { return t.kind == Token::Punct && chars.contains(t.text); }

// A line ending in one of these goes on; so does one starting with one.
bool continuesLine(const Token &t) { return isPunct(t, u"+-*/%&|?:=,.([!<>~^"); }

// The end of the value starting at `from` (the token after the ':').
qsizetype valueEnd(const QList<Token> &tokens, qsizetype from)
{
    int depth = 0;
    qsizetype j = from;
    for (; j < tokens.size(); ++j) {
        const Token &t = tokens.at(j);
        if (depth == 0 && j > from) {
            if (isPunct(t, u";}"))
                break;
            if (t.newlineBefore && !continuesLine(tokens.at(j - 1)) && !(continuesLine(t) && !isPunct(t, u"(["))
                && !isPunct(t, u")]"))
                break;
        }
        if (depth == 0 && j == from && isPunct(t, u";}"))
            break;
        if (isPunct(t, u"([{"))
            ++depth;
        else if (isPunct(t, u")]}")) {
            if (depth == 0)
                break;
            --depth;
        }
    }
    return j;
}

QmlFile readQml(const QString &relativePath, const QString &source)
{
    QmlFile file;
    file.path = relativePath;
    file.tokens = tokenize(source);
    const QList<Token> &tk = file.tokens;

    enum class Frame { Top, Element, Group, Block };
    struct Open
    {
        Frame kind;
        int element; // the element an Element or Group frame belongs to
        QString group;
        int paren;
    };
    QList<Open> stack{{Frame::Top, -1, {}, 0}};

    auto ident = [&](qsizetype k, const QString &text = {}) {
        return k >= 0 && k < tk.size() && tk.at(k).kind == Token::Ident && (text.isEmpty() || tk.at(k).text == text);
    };
    auto statementStart = [&](qsizetype k) {
        if (k == 0)
            return true;
        const Token &prev = tk.at(k - 1);
        if (isPunct(prev, u"{;}"))
            return true;
        return tk.at(k).newlineBefore && !continuesLine(prev);
    };
    auto innermostElement = [&]() {
        for (qsizetype s = stack.size() - 1; s >= 0; --s)
            if (stack.at(s).element >= 0)
                return stack.at(s).element;
        return -1;
    };
    static const QSet<QString> notTypes{QStringLiteral("class"), QStringLiteral("extends"), QStringLiteral("enum"),
                                        QStringLiteral("new")};

    for (qsizetype k = 0; k < tk.size(); ++k) {
        const Token &t = tk.at(k);
        Open &top = stack.last();
        if (isPunct(t, u"([")) {
            ++top.paren;
            continue;
        }
        if (isPunct(t, u")]")) {
            --top.paren;
            continue;
        }
        if (isPunct(t, u"{")) {
            const bool afterType = ident(k - 1) && startsUpper(tk.at(k - 1).text)
                                   && !(ident(k - 2) && notTypes.contains(tk.at(k - 2).text));
            const bool onSyntax = ident(k - 1) && ident(k - 2, QStringLiteral("on")) && ident(k - 3)
                                  && startsUpper(tk.at(k - 3).text);
            if (afterType || onSyntax) {
                Element e;
                e.type = tk.at(afterType ? k - 1 : k - 3).text;
                e.line = tk.at(afterType ? k - 1 : k - 3).line;
                e.parent = innermostElement();
                if (afterType && isPunct(tk.value(k - 2, Token{}), u":") && ident(k - 3) && ident(k - 4, QStringLiteral("component")))
                    e.inlineComponent = tk.at(k - 3).text;
                file.elements.append(e);
                stack.append({Frame::Element, int(file.elements.size() - 1), {}, 0});
            } else if (ident(k - 1) && (top.kind == Frame::Element || top.kind == Frame::Group) && top.paren == 0
                       && statementStart(k - 1)) {
                const QString name = tk.at(k - 1).text;
                const QString group = top.kind == Frame::Group ? QString(top.group + u'.' + name) : name;
                stack.append({Frame::Group, top.element, group, 0});
            } else {
                stack.append({Frame::Block, -1, {}, 0});
            }
            continue;
        }
        if (isPunct(t, u"}")) {
            if (stack.size() > 1)
                stack.removeLast();
            else
                file.problems << QStringLiteral("line %1: unmatched }").arg(t.line);
            continue;
        }
        if ((top.kind != Frame::Element && top.kind != Frame::Group) || top.paren != 0 || t.kind != Token::Ident
            || !statementStart(k))
            continue;
        // `property type name: value`, `readonly property ...`, `required property ...`
        qsizetype nameAt = k;
        bool alias = false;
        if (t.text == QLatin1String("readonly") || t.text == QLatin1String("required")
            || t.text == QLatin1String("default") || t.text == QLatin1String("property")) {
            qsizetype j = k;
            while (ident(j) && tk.at(j).text != QLatin1String("property"))
                ++j;
            if (!ident(j, QStringLiteral("property")))
                continue;
            ++j; // the type, maybe list<Foo> or var
            alias = ident(j, QStringLiteral("alias"));
            while (j < tk.size() && !(ident(j) && isPunct(tk.value(j + 1, Token{}), u":")) && !tk.at(j).newlineBefore)
                ++j;
            if (!ident(j) || tk.at(j).newlineBefore)
                continue;
            nameAt = j;
        }
        if (nameAt + 1 >= tk.size() || !isPunct(tk.at(nameAt + 1), u":"))
            continue;
        const qsizetype from = nameAt + 2;
        const qsizetype to = valueEnd(tk, from);
        const QString name = tk.at(nameAt).text;
        Binding b{top.kind == Frame::Group ? QString(top.group + u'.' + name) : name, from, to, tk.at(nameAt).line, alias};
        Element &owner = file.elements[top.element];
        if (b.name == QLatin1String("id") && to == from + 1)
            owner.id = tk.at(from).text;
        owner.bindings.append(b);
        k = nameAt + 1; // the value is read token by token too (it may hold elements)
    }
    if (stack.size() != 1)
        file.problems << QStringLiteral("%1 braces left open at the end").arg(stack.size() - 1);
    return file;
}

// ----------------------------------------------------------- static text --

// A string literal, qsTr("...") and the like, or ternaries and sums of those.
bool isStaticText(const QList<Token> &tk, qsizetype from, qsizetype to)
{
    // Strip enclosing parentheses.
    while (to - from >= 2 && isPunct(tk.at(from), u"(") && isPunct(tk.at(to - 1), u")")) {
        int depth = 0;
        bool wraps = true;
        for (qsizetype k = from; k < to; ++k) {
            if (isPunct(tk.at(k), u"(["))
                ++depth;
            else if (isPunct(tk.at(k), u")]") && --depth == 0 && k != to - 1) {
                wraps = false;
                break;
            }
        }
        if (!wraps)
            break;
        ++from;
        --to;
    }
    if (from >= to)
        return false;
    // cond ? a : b
    int depth = 0;
    for (qsizetype k = from; k < to; ++k) {
        const Token &t = tk.at(k);
        if (isPunct(t, u"([{"))
            ++depth;
        else if (isPunct(t, u")]}"))
            --depth;
        else if (depth == 0 && isPunct(t, u"?")) {
            int nested = 0;
            int d = 0;
            for (qsizetype m = k + 1; m < to; ++m) {
                const Token &u = tk.at(m);
                if (isPunct(u, u"([{"))
                    ++d;
                else if (isPunct(u, u")]}"))
                    --d;
                else if (d == 0 && isPunct(u, u"?"))
                    ++nested;
                else if (d == 0 && isPunct(u, u":")) {
                    if (nested == 0)
                        return isStaticText(tk, k + 1, m) && isStaticText(tk, m + 1, to);
                    --nested;
                }
            }
            return false;
        }
    }
    // a + b
    depth = 0;
    for (qsizetype k = from; k < to; ++k) {
        const Token &t = tk.at(k);
        if (isPunct(t, u"([{"))
            ++depth;
        else if (isPunct(t, u")]}"))
            --depth;
        else if (depth == 0 && isPunct(t, u"+"))
            return isStaticText(tk, from, k) && isStaticText(tk, k + 1, to);
    }
    if (to - from == 1)
        return tk.at(from).kind == Token::String;
    static const QSet<QString> translators{QStringLiteral("qsTr"), QStringLiteral("qsTranslate"),
                                           QStringLiteral("qsTrId"), QStringLiteral("QT_TR_NOOP"),
                                           QStringLiteral("QT_TRANSLATE_NOOP"), QStringLiteral("QT_TRID_NOOP")};
    if (tk.at(from).kind == Token::Ident && translators.contains(tk.at(from).text) && to - from >= 4
        && isPunct(tk.at(from + 1), u"(") && isPunct(tk.at(to - 1), u")")) {
        for (qsizetype k = from + 2; k < to - 1; ++k) {
            const Token &a = tk.at(k);
            if (!(a.kind == Token::String || a.kind == Token::Number || isPunct(a, u",")))
                return false;
        }
        return true;
    }
    return false;
}

bool isStaticText(const QmlFile &f, const Binding &b) { return isStaticText(f.tokens, b.from, b.to); }

bool isMarkupFormat(const QString &ident)
{
    static const QRegularExpression re(QStringLiteral("(^|\\.)(StyledText|RichText|AutoText|MarkdownText)$"));
    return re.match(ident).hasMatch();
}

bool isPlainFormat(const QString &value)
{
    return value == QLatin1String("Text.PlainText") || value == QLatin1String("TextEdit.PlainText")
           || value == QLatin1String("Label.PlainText") || value == QLatin1String("TextArea.PlainText");
}

// ------------------------------------------------------------- allowlist --

// Markup on purpose. The element's textFormat may be `format`; its text is
// only static strings, Markup.escaped(...) and calls to `producers`.
struct MarkupSite
{
    QString file;
    QString type;
    QString format;
    QStringList producers;
    QString reason;
};

const QList<MarkupSite> &markupSites()
{
    static const QList<MarkupSite> sites{
        {QStringLiteral("chat/ChatList.qml"), QStringLiteral("Label"), QStringLiteral("Text.StyledText"),
         {QStringLiteral("search.highlight")},
         QStringLiteral("message search: the matched words are drawn bold in the accent colour. The author's name "
                        "goes through Markup.escaped; ChatSearchModel::highlight (C++) HTML-escapes the whole "
                        "snippet and adds only <b><font color=\"accent\"> around the server's <mark> spans")},
    };
    return sites;
}

// Dynamic text on a stock control that draws it as AutoText.
struct StaticSite
{
    QString file;
    QString type;
    QString property;
    QString value; // the binding's tokens joined by single spaces
    QString reason;
};

const QList<StaticSite> &staticSites()
{
    static const QList<StaticSite> sites{
        {QStringLiteral("chat/ConversationView.qml"), QStringLiteral("ToolButton"), QStringLiteral("text"),
         QStringLiteral("modelData"),
         QStringLiteral("the one-tap reactions: modelData is one of the emoji literals of the Repeater's model "
                        "right above it")},
    };
    return sites;
}

// ----------------------------------------------------------------- rules --

// Stock types whose own drawing of a string property is AutoText: the
// property, and the property that replaces the drawing item (empty: none).
struct ControlRule
{
    QStringList texts;
    QString replacement;
};

const QHash<QString, ControlRule> &controlRules()
{
    static const QHash<QString, ControlRule> rules = [] {
        QHash<QString, ControlRule> r;
        for (const char *name : {"Button", "ToolButton", "RoundButton", "DelayButton", "CheckBox", "RadioButton",
                                 "Switch", "ItemDelegate", "CheckDelegate", "RadioDelegate", "SwitchDelegate",
                                 "SwipeDelegate", "MenuItem", "MenuBarItem", "TabButton", "ToolTip"})
            r.insert(QLatin1String(name), {{QStringLiteral("text")}, QStringLiteral("contentItem")});
        r.insert(QStringLiteral("IconLabel"), {{QStringLiteral("text")}, {}});
        r.insert(QStringLiteral("GroupBox"), {{QStringLiteral("title")}, QStringLiteral("label")});
        r.insert(QStringLiteral("Menu"), {{QStringLiteral("title")}, {}});
        r.insert(QStringLiteral("TextField"), {{QStringLiteral("placeholderText")}, {}});
        r.insert(QStringLiteral("TextArea"), {{QStringLiteral("placeholderText")}, {}});
        return r;
    }();
    return rules;
}

QString where(const QmlFile &f, int line) { return f.path + u':' + QString::number(line); }

const MarkupSite *markupSiteFor(const QmlFile &f, const Element &e)
{
    const Binding *format = e.binding(QStringLiteral("textFormat"));
    if (!format)
        return nullptr;
    for (const MarkupSite &s : markupSites())
        if (s.file == f.path && s.type == e.type && s.format == f.text(*format))
            return &s;
    return nullptr;
}

const StaticSite *staticSiteFor(const QmlFile &f, const Element &e, const Binding &b)
{
    for (const StaticSite &s : staticSites())
        if (s.file == f.path && s.type == e.type && s.property == b.name && s.value == f.text(b))
            return &s;
    return nullptr;
}

// The parts of a markup site's text that are neither static, escaped nor a producer's.
QStringList unescapedParts(const QmlFile &f, const Binding &b, const QStringList &producers)
{
    QStringList bad;
    const QList<Token> &tk = f.tokens;
    auto check = [&](qsizetype from, qsizetype to) {
        if (from >= to)
            return;
        if (isStaticText(tk, from, to))
            return;
        const QString head = tk.at(from).text;
        const bool call = tk.at(from).kind == Token::Ident && to - from >= 3 && isPunct(tk.at(from + 1), u"(")
                          && isPunct(tk.at(to - 1), u")");
        if (call) {
            int depth = 0;
            bool whole = true;
            for (qsizetype k = from + 1; k < to; ++k) {
                if (isPunct(tk.at(k), u"(["))
                    ++depth;
                else if (isPunct(tk.at(k), u")]") && --depth == 0 && k != to - 1)
                    whole = false;
            }
            if (whole && (head == QLatin1String("Markup.escaped") || producers.contains(head)))
                return;
        }
        bad << f.text(from, to);
    };
    int depth = 0;
    qsizetype start = b.from;
    for (qsizetype k = b.from; k < b.to; ++k) {
        if (isPunct(tk.at(k), u"([{"))
            ++depth;
        else if (isPunct(tk.at(k), u")]}"))
            --depth;
        else if (depth == 0 && isPunct(tk.at(k), u"+")) {
            check(start, k);
            start = k + 1;
        }
    }
    check(start, b.to);
    return bad;
}

struct Findings
{
    QStringList problems;
    QSet<const MarkupSite *> usedMarkupSites;
    QSet<const StaticSite *> usedStaticSites;
};

void checkFile(const QmlFile &f, Findings &out)
{
    for (const QString &p : f.problems)
        out.problems << f.path + QStringLiteral(": cannot be read: ") + p;

    // Rule 2: markup formats only inside an allowlisted element's textFormat.
    QSet<qsizetype> allowedFormatTokens;
    for (const Element &e : f.elements) {
        const MarkupSite *site = markupSiteFor(f, e);
        if (!site)
            continue;
        out.usedMarkupSites.insert(site);
        const Binding *format = e.binding(QStringLiteral("textFormat"));
        for (qsizetype k = format->from; k < format->to; ++k)
            allowedFormatTokens.insert(k);
        const Binding *text = e.binding(QStringLiteral("text"));
        if (!text) {
            out.problems << where(f, e.line) + QStringLiteral(": %1 shows markup but has no text binding to check").arg(e.type);
            continue;
        }
        for (const QString &part : unescapedParts(f, *text, site->producers))
            out.problems << where(f, text->line)
                                + QStringLiteral(": markup text part not passed through Markup.escaped: %1").arg(part);
    }
    for (qsizetype k = 0; k < f.tokens.size(); ++k) {
        const Token &t = f.tokens.at(k);
        if (t.kind == Token::Ident && isMarkupFormat(t.text) && !allowedFormatTokens.contains(k))
            out.problems << where(f, t.line)
                                + QStringLiteral(": %1 outside the allowlisted markup sites; show text as PlainText").arg(t.text);
    }

    QHash<QString, const Element *> byId;
    for (const Element &e : f.elements)
        if (!e.id.isEmpty())
            byId.insert(e.id, &e);

    for (const Element &e : f.elements) {
        const QString type = e.shortType();
        const bool isHelper = f.path == QLatin1String("common/PlainLabel.qml") && e.parent < 0;

        // Rule 1: labels are PlainLabel; TextEdit/TextArea say PlainText.
        if ((type == QLatin1String("Label") || type == QLatin1String("Text")) && !isHelper && !markupSiteFor(f, e))
            out.problems << where(f, e.line)
                                + QStringLiteral(": %1 shows text as AutoText; use PlainLabel (qml/common/PlainLabel.qml)").arg(e.type);
        if (type == QLatin1String("TextEdit") || type == QLatin1String("TextArea")) {
            const Binding *format = e.binding(QStringLiteral("textFormat"));
            if (!format || !isPlainFormat(f.text(*format)))
                out.problems << where(f, e.line)
                                    + QStringLiteral(": %1 without textFormat: TextEdit.PlainText").arg(e.type);
        }
        if (const Binding *format = e.binding(QStringLiteral("textFormat"));
            format && !isPlainFormat(f.text(*format)) && !markupSiteFor(f, e))
            out.problems << where(f, format->line)
                                + QStringLiteral(": textFormat: %1 (only PlainText outside the allowlist)").arg(f.text(*format));

        // Rule 3: stock controls with their own AutoText drawing.
        if (const auto rule = controlRules().constFind(type); rule != controlRules().cend()) {
            const bool replaced = !rule->replacement.isEmpty() && e.binding(rule->replacement);
            for (const QString &prop : rule->texts) {
                const Binding *b = e.binding(prop);
                if (!b || replaced || isStaticText(f, *b))
                    continue;
                if (const StaticSite *site = staticSiteFor(f, e, *b)) {
                    out.usedStaticSites.insert(site);
                    continue;
                }
                out.problems << where(f, b->line)
                                    + QStringLiteral(": %1.%2 is drawn as AutoText by the style; give it static text "
                                                     "or a PlainLabel %3 (was: %4)")
                                          .arg(e.type, prop, rule->replacement.isEmpty() ? QStringLiteral("elsewhere")
                                                                                        : rule->replacement,
                                               f.text(*b));
            }
        }
        if (type == QLatin1String("Dialog") && !e.binding(QStringLiteral("header")))
            out.problems << where(f, e.line)
                                + QStringLiteral(": Dialog without a header: the style's shows the title as AutoText; "
                                                 "declare header: PlainLabel {...} (or null without a title)");
        if (type == QLatin1String("ComboBox") && !e.binding(QStringLiteral("delegate")))
            out.problems << where(f, e.line)
                                + QStringLiteral(": ComboBox without a delegate: the style's MenuItem draws each entry as AutoText");
        for (const Binding &b : e.bindings) {
            if (b.name == QLatin1String("ToolTip.text") && !isStaticText(f, b))
                out.problems << where(f, b.line)
                                    + QStringLiteral(": ToolTip.text is drawn as AutoText by the shared tooltip; use "
                                                     "PlainToolTip for data (was: %1)").arg(f.text(b));
        }
    }

    // Text set from JavaScript on an element of this file: `someId.text = x`.
    for (qsizetype k = 0; k + 2 < f.tokens.size(); ++k) {
        const Token &t = f.tokens.at(k);
        if (t.kind != Token::Ident || !isPunct(f.tokens.at(k + 1), u"=") || isPunct(f.tokens.at(k + 2), u"="))
            continue;
        const QString target = t.text.section(u'.', 0, -2);
        const QString prop = t.text.section(u'.', -1);
        if (t.text == QLatin1String("ToolTip.text")) {
            out.problems << where(f, t.line) + QStringLiteral(": ToolTip.text assigned from JavaScript");
            continue;
        }
        const Element *e = byId.value(target);
        if (!e)
            continue;
        const QString type = e->shortType();
        if (prop == QLatin1String("textFormat"))
            out.problems << where(f, t.line) + QStringLiteral(": textFormat assigned from JavaScript");
        const auto rule = controlRules().constFind(type);
        const bool replaced = rule != controlRules().cend() && !rule->replacement.isEmpty() && e->binding(rule->replacement);
        if ((rule != controlRules().cend() && rule->texts.contains(prop) && !replaced)
            || (type == QLatin1String("Dialog") && prop == QLatin1String("title") && !e->binding(QStringLiteral("header"))))
            out.problems << where(f, t.line) + QStringLiteral(": %1 assigned from JavaScript on a %2 that draws it as AutoText").arg(t.text, type);
    }
    // Text handed on through an alias: `property alias placeholderText: input.placeholderText`.
    for (const Element &owner : f.elements) {
        for (const Binding &b : owner.bindings) {
            if (!b.alias || b.to != b.from + 1)
                continue;
            const QString target = f.tokens.at(b.from).text;
            const Element *e = byId.value(target.section(u'.', 0, 0));
            if (!e || target.count(u'.') != 1)
                continue;
            const QString prop = target.section(u'.', 1);
            const auto rule = controlRules().constFind(e->shortType());
            const bool replaced = rule != controlRules().cend() && !rule->replacement.isEmpty() && e->binding(rule->replacement);
            if ((rule != controlRules().cend() && rule->texts.contains(prop) && !replaced)
                || (e->shortType() == QLatin1String("Dialog") && prop == QLatin1String("title") && !e->binding(QStringLiteral("header"))))
                out.problems << where(f, b.line)
                                    + QStringLiteral(": alias %1 hands text to %2, which a %3 draws as AutoText").arg(b.name, target, e->type);
        }
    }
    for (qsizetype k = 0; k + 1 < f.tokens.size(); ++k) {
        const Token &t = f.tokens.at(k);
        if (t.kind == Token::Ident
            && (t.text.endsWith(QLatin1String("ToolTip.show")) || t.text == QLatin1String("createQmlObject")
                || t.text.endsWith(QLatin1String(".createQmlObject"))))
            out.problems << where(f, t.line) + QStringLiteral(": %1 builds text or items this test cannot see").arg(t.text);
    }
}

QString qmlRoot()
{
    const QByteArray env = qgetenv("AZC_QML_DIR"); // to check another copy, e.g. the last commit's
    return env.isEmpty() ? QStringLiteral(AZC_QML_DIR) : QString::fromLocal8Bit(env);
}

QList<QmlFile> readAll(const QString &root)
{
    QList<QmlFile> files;
    QDirIterator it(root, {QStringLiteral("*.qml"), QStringLiteral("*.js"), QStringLiteral("*.mjs")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    const QDir dir(root);
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        files << readQml(dir.relativeFilePath(path), QString::fromUtf8(file.readAll()));
    }
    return files;
}

QString report(const QStringList &problems)
{
    return QStringLiteral("%1 problem(s):\n  ").arg(problems.size()) + problems.join(QStringLiteral("\n  "));
}

} // namespace

class TstQmlTextSafety : public QObject
{
    Q_OBJECT

private:
    QList<QmlFile> m_files;

private Q_SLOTS:
    void initTestCase()
    {
        m_files = readAll(qmlRoot());
        QVERIFY2(m_files.size() > 50, qPrintable(QStringLiteral("only %1 files under %2").arg(m_files.size()).arg(qmlRoot())));
        qInfo("%d files read under %s", int(m_files.size()), qPrintable(qmlRoot()));
        const QString markup = QDir(qmlRoot()).filePath(QStringLiteral("common/Markup.qml"));
        if (QFile::exists(markup))
            qmlRegisterSingletonType(QUrl::fromLocalFile(markup), "AzcTextSafetyTest", 1, 0, "Markup");
    }

    // The reader on the shapes it has to follow.
    void readerFindsElementsAndBindings()
    {
        const QString src = QStringLiteral(
            "import QtQuick\n"
            "import QtQuick.Controls as T\n"
            "Item {\n"
            "    id: root\n"
            "    property string title: \"a { b\"   // a brace in a string\n"
            "    readonly property var rx: /^\\d{0,3}\\}$/\n"
            "    /* Label { text: \"in a comment\" } */\n"
            "    component Cell: T.Label { elide: Text.ElideRight }\n"
            "    Label { text: root.title; font.bold: true }\n"
            "    Row { Label { text: \"x\" } Button { text: qsTr(\"Go\") ; onClicked: { const o = { text: 1 }; if (o) { } } } }\n"
            "    Behavior on opacity { NumberAnimation { duration: 100 } }\n"
            "    font { bold: true; pixelSize: 12 }\n"
            "    color: cond\n"
            "           ? \"red\"\n"
            "           : \"blue\"\n"
            "    states: [ State { name: \"a\" }, State { name: \"b\" } ]\n"
            "    ToolTip.text: qsTr(\"Hi\")\n"
            "    Cell { text: `t${1}` }\n"
            "    Text {\n"
            "        text: cond ?\n"
            "              a : b\n"
            "        textFormat: Text.PlainText\n"
            "    }\n"
            "}\n");
        const QmlFile f = readQml(QStringLiteral("x.qml"), src);
        QVERIFY2(f.problems.isEmpty(), qPrintable(f.problems.join(u'\n')));
        QStringList types;
        for (const Element &e : f.elements)
            types << (e.inlineComponent.isEmpty() ? e.type : QString(e.type + u'=' + e.inlineComponent));
        QCOMPARE(types, QStringList({"Item", "T.Label=Cell", "Label", "Row", "Label", "Button", "Behavior",
                                     "NumberAnimation", "State", "State", "Cell", "Text"}));
        const Element &item = f.elements.at(0);
        QCOMPARE(item.id, QStringLiteral("root"));
        QCOMPARE(f.text(*item.binding(QStringLiteral("title"))), QStringLiteral("\"a { b\""));
        QVERIFY(item.binding(QStringLiteral("rx")));
        QCOMPARE(f.text(*item.binding(QStringLiteral("font.pixelSize"))), QStringLiteral("12"));
        QCOMPARE(f.text(*item.binding(QStringLiteral("color"))), QStringLiteral("cond ? \"red\" : \"blue\""));
        QVERIFY(isStaticText(f, *item.binding(QStringLiteral("color"))));
        QVERIFY(isStaticText(f, *item.binding(QStringLiteral("ToolTip.text"))));
        const Element &oneLine = f.elements.at(2);
        QCOMPARE(f.text(*oneLine.binding(QStringLiteral("text"))), QStringLiteral("root.title"));
        QCOMPARE(f.text(*oneLine.binding(QStringLiteral("font.bold"))), QStringLiteral("true"));
        QCOMPARE(oneLine.parent, 0);
        QCOMPARE(f.elements.at(4).parent, 3); // the Label inside the Row
        const Element &button = f.elements.at(5);
        QVERIFY(isStaticText(f, *button.binding(QStringLiteral("text"))));
        QCOMPARE(button.bindings.size(), 2); // text, onClicked; not the object literal's text
        const Element &text = f.elements.at(11);
        QCOMPARE(f.text(*text.binding(QStringLiteral("text"))), QStringLiteral("cond ? a : b"));
        QCOMPARE(f.text(*text.binding(QStringLiteral("textFormat"))), QStringLiteral("Text.PlainText"));
    }

    void staticTextIsSyntactic_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("isStatic");
        QTest::newRow("literal") << "\"Go\"" << true;
        QTest::newRow("qsTr") << "qsTr(\"Go\")" << true;
        QTest::newRow("qsTr with comment") << "qsTr(\"Go\", \"verb\")" << true;
        QTest::newRow("ternary") << "a.b ? qsTr(\"On\") : qsTr(\"Off\")" << true;
        QTest::newRow("nested ternary") << "m === 1 ? qsTr(\"A\") : m === 2 ? \"B\" : (qsTr(\"C\"))" << true;
        QTest::newRow("sum") << "qsTr(\"A\") + \" · \"" << true;
        QTest::newRow("arg") << "qsTr(\"Hi %1\").arg(name)" << false;
        QTest::newRow("property") << "modelData.name" << false;
        QTest::newRow("ternary with data") << "x ? qsTr(\"A\") : name" << false;
        QTest::newRow("sum with data") << "\"@\" + name" << false;
        QTest::newRow("call") << "Labels.role(v)" << false;
    }
    void staticTextIsSyntactic()
    {
        QFETCH(QString, value);
        QFETCH(bool, isStatic);
        const QList<Token> tk = tokenize(value);
        QCOMPARE(isStaticText(tk, 0, tk.size()), isStatic);
    }

    // The rules find what they are meant to find.
    void rulesCatchUnsafeText_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("problem");
        QTest::newRow("bare label") << "Label { text: x }" << "use PlainLabel";
        QTest::newRow("one-line label in a row") << "Row { PlainLabel { text: a } Label { text: b; font.bold: true } }" << "use PlainLabel";
        QTest::newRow("bare text") << "Text { text: x; textFormat: Text.PlainText }" << "use PlainLabel";
        QTest::newRow("inline component") << "component Cell: Label { }" << "use PlainLabel";
        QTest::newRow("styled plain label") << "PlainLabel { text: x; textFormat: Text.StyledText }" << "outside the allowlisted";
        QTest::newRow("rich from js") << "PlainLabel { id: l; Component.onCompleted: l.textFormat = Text.RichText }" << "outside the allowlisted";
        QTest::newRow("text area") << "TextArea { }" << "without textFormat";
        QTest::newRow("button data") << "Button { text: user.name }" << "drawn as AutoText";
        QTest::newRow("menu item arg") << "MenuItem { text: qsTr(\"Open %1\").arg(n) }" << "drawn as AutoText";
        QTest::newRow("tab button") << "TabBar { TabButton { text: modelData.name } }" << "drawn as AutoText";
        QTest::newRow("tooltip") << "Item { ToolTip.text: row.error }" << "ToolTip.text";
        QTest::newRow("placeholder") << "TextField { placeholderText: ad.min }" << "drawn as AutoText";
        QTest::newRow("dialog") << "Dialog { title: qsTr(\"Hi\") }" << "Dialog without a header";
        QTest::newRow("dialog title from js") << "Item { Dialog { id: d; header: null } Dialog { id: e } function f() { e.title = n } }" << "title assigned";
        QTest::newRow("combo") << "ComboBox { model: names }" << "without a delegate";
        QTest::newRow("alias") << "Item { property alias hint: field.placeholderText; TextField { id: field } }" << "alias hint";
        QTest::newRow("button text from js") << "Item { Button { id: b } function f(n) { b.text = n } }" << "assigned from JavaScript";
    }
    void rulesCatchUnsafeText()
    {
        QFETCH(QString, body);
        QFETCH(QString, problem);
        Findings findings;
        checkFile(readQml(QStringLiteral("probe/Probe.qml"), QStringLiteral("import QtQuick\nItem {\n") + body + u"\n}\n"),
                  findings);
        QVERIFY2(findings.problems.join(u'\n').contains(problem), qPrintable(report(findings.problems)));
    }

    void rulesLetSafeTextBe()
    {
        const QString body = QStringLiteral(
            "    PlainLabel { text: user.name; wrapMode: Text.Wrap }\n"
            "    Button { text: qsTr(\"Save\"); ToolTip.text: qsTr(\"Saves\") }\n"
            "    Button { text: user.name; contentItem: PlainLabel { text: parent.text } }\n"
            "    Dialog { title: user.name; header: PlainLabel { text: \"x\" } }\n"
            "    Dialog { header: null }\n"
            "    TextArea { textFormat: TextEdit.PlainText; placeholderText: qsTr(\"Why?\") }\n"
            "    ComboBox { model: names; delegate: ItemDelegate { contentItem: PlainLabel { text: modelData } } }\n"
            "    MenuItem { text: menu.pinned ? qsTr(\"Unpin\") : qsTr(\"Pin\") }\n");
        Findings findings;
        checkFile(readQml(QStringLiteral("probe/Probe.qml"), QStringLiteral("import QtQuick\nItem {\n") + body + u"}\n"),
                  findings);
        QVERIFY2(findings.problems.isEmpty(), qPrintable(report(findings.problems)));
    }

    // The helper every label is made of really is plain.
    void plainLabelIsPlain()
    {
        const auto it = std::find_if(m_files.cbegin(), m_files.cend(),
                                     [](const QmlFile &f) { return f.path == QLatin1String("common/PlainLabel.qml"); });
        QVERIFY2(it != m_files.cend(), "qml/common/PlainLabel.qml is missing");
        QVERIFY(!it->elements.isEmpty());
        const Element &root = it->elements.first();
        QCOMPARE(root.shortType(), QStringLiteral("Label"));
        const Binding *format = root.binding(QStringLiteral("textFormat"));
        QVERIFY2(format && isPlainFormat(it->text(*format)), "PlainLabel must say textFormat: Text.PlainText");
    }

    // The whole desktop.
    void everyFileFollowsTheRules()
    {
        Findings findings;
        for (const QmlFile &f : m_files)
            checkFile(f, findings);
        if (!findings.problems.isEmpty())
            qWarning().noquote() << report(findings.problems); // all of them; QVERIFY2 cuts its message short
        QVERIFY2(findings.problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s), listed above").arg(findings.problems.size())));
    }

    // An allowlist entry nobody needs any more goes.
    void allowlistIsCurrent()
    {
        Findings findings;
        for (const QmlFile &f : m_files)
            checkFile(f, findings);
        QStringList stale;
        for (const MarkupSite &s : markupSites())
            if (!findings.usedMarkupSites.contains(&s))
                stale << s.file + QStringLiteral(" (markup): ") + s.reason;
        for (const StaticSite &s : staticSites())
            if (!findings.usedStaticSites.contains(&s))
                stale << s.file + QStringLiteral(" (") + s.type + u'.' + s.property + QStringLiteral("): ") + s.reason;
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("allowlist entries that match nothing:\n  ") + stale.join(QStringLiteral("\n  "))));
    }

    // Markup.escaped, the one way user text gets into markup.
    void markupEscaped_data()
    {
        QTest::addColumn<QVariant>("input");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("image") << QVariant(QStringLiteral("<img src=http://evil/x>"))
                               << QStringLiteral("&lt;img src=http://evil/x&gt;");
        QTest::newRow("ampersand first") << QVariant(QStringLiteral("&lt;b&gt; & co"))
                                         << QStringLiteral("&amp;lt;b&amp;gt; &amp; co");
        QTest::newRow("quotes") << QVariant(QStringLiteral("\"O'Brien\"")) << QStringLiteral("&quot;O&#39;Brien&quot;");
        QTest::newRow("attribute break") << QVariant(QStringLiteral("x\" onload='y'"))
                                         << QStringLiteral("x&quot; onload=&#39;y&#39;");
        QTest::newRow("plain") << QVariant(QStringLiteral("Bob Kim · 12")) << QStringLiteral("Bob Kim · 12");
        QTest::newRow("non-latin") << QVariant(QStringLiteral("رضا <b>")) << QStringLiteral("رضا &lt;b&gt;");
        QTest::newRow("empty") << QVariant(QString()) << QString();
        QTest::newRow("undefined") << QVariant() << QString();
        QTest::newRow("number") << QVariant(42) << QStringLiteral("42");
    }
    void markupEscaped()
    {
        QFETCH(QVariant, input);
        QFETCH(QString, escaped);
        QQmlEngine engine;
        const QString path = QDir(qmlRoot()).filePath(QStringLiteral("common/Markup.qml"));
        QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" is missing")));
        QQmlComponent component(&engine);
        component.setData("import QtQml\nimport AzcTextSafetyTest\n"
                          "QtObject { function run(s) { return Markup.escaped(s) } }",
                          QUrl());
        std::unique_ptr<QObject> probe(component.create());
        QVERIFY2(probe, qPrintable(component.errorString()));
        QVariant result;
        QVERIFY(QMetaObject::invokeMethod(probe.get(), "run", Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, input)));
        const QString out = result.toString();
        QCOMPARE(out, escaped);
        // Nothing in it can start a tag, end one or leave an attribute.
        QVERIFY(!out.contains(u'<') && !out.contains(u'>') && !out.contains(u'"') && !out.contains(u'\''));
        // And the five entities give the text back.
        QString back = out;
        back.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&#39;"), QLatin1String("'"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        QCOMPARE(back, input.isValid() ? input.toString() : QString());
    }
};

QTEST_GUILESS_MAIN(TstQmlTextSafety)
#include "tst_qml_text_safety.moc"
