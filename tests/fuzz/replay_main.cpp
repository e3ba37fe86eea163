// Runs a libFuzzer-style target without libFuzzer: every file of the corpus
// folder, then a fixed-seed batch of mutated inputs (the same batch on every
// run, so a failure reproduces).
//
//   <target>_replay CORPUS_DIR [-dict=FILE] [-runs=N] [-max_len=N]
//
// Mutations are generic: random bytes, bit flips, deletions, splices of two
// corpus files, and the tokens of the target's dictionary (libFuzzer's -dict
// format, tests/fuzz/dict/<target>.dict, which scripts/fuzz.sh gives libFuzzer
// too): inserted, written over the input, or appended as a run of repeats.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// One line of a libFuzzer dictionary: [name=]"value" with \\, \" and \xNN escapes.
bool parseDictLine(const QByteArray &raw, QByteArray &token)
{
    const QByteArray line = raw.trimmed();
    if (line.isEmpty() || line.startsWith('#'))
        return false;
    const qsizetype open = line.indexOf('"');
    if (open < 0 || !line.endsWith('"') || line.size() - open < 2)
        return false;
    const QByteArray body = line.mid(open + 1, line.size() - open - 2);
    token.clear();
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] != '\\' || i + 1 >= body.size()) {
            token.append(body[i]);
            continue;
        }
        const char next = body[++i];
        if (next == 'x' && i + 2 < body.size() && hexValue(body[i + 1]) >= 0 && hexValue(body[i + 2]) >= 0) {
            token.append(char(hexValue(body[i + 1]) * 16 + hexValue(body[i + 2])));
            i += 2;
        } else {
            token.append(next); // \\ and \"
        }
    }
    return !token.isEmpty();
}

QList<QByteArray> readDictionary(const QString &path)
{
    QList<QByteArray> tokens;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the dictionary %s\n", qPrintable(path));
        std::exit(2);
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        QByteArray token;
        if (parseDictLine(line, token))
            tokens.append(token);
    }
    return tokens;
}

void run(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString corpusPath;
    QString dictPath;
    int runs = 200000;
    qsizetype maxLen = 4096;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(QLatin1String("-dict=")))
            dictPath = arg.mid(6);
        else if (arg.startsWith(QLatin1String("-runs=")))
            runs = arg.mid(6).toInt();
        else if (arg.startsWith(QLatin1String("-max_len=")))
            maxLen = arg.mid(9).toInt();
        else
            corpusPath = arg;
    }
    QList<QByteArray> seeds;
    if (!corpusPath.isEmpty()) {
        const QDir corpus(corpusPath);
        for (const QString &name : corpus.entryList(QDir::Files, QDir::Name)) {
            QFile f(corpus.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                seeds.append(f.readAll());
        }
    }
    const QList<QByteArray> dict = dictPath.isEmpty() ? QList<QByteArray>() : readDictionary(dictPath);
    for (const QByteArray &s : seeds)
        run(s);

    QRandomGenerator rng(1122);
    const auto below = [&rng](qsizetype n) { return n <= 0 ? qsizetype(0) : qsizetype(rng.bounded(int(n))); };
    const auto token = [&]() {
        return dict.isEmpty() ? QByteArray(1, char(rng.bounded(256))) : dict.at(below(dict.size()));
    };
    int done = 0;
    for (; done < runs; ++done) {
        QByteArray input = seeds.isEmpty() ? QByteArray() : seeds.at(below(seeds.size()));
        const int edits = 1 + int(rng.bounded(6));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = below(input.size());
            switch (rng.bounded(8)) {
            case 0: input.insert(at, char(rng.bounded(256))); break;
            case 1: input.insert(at, token()); break;
            case 2: input.remove(at, 1 + below(4)); break;
            case 3:
                if (!input.isEmpty())
                    input[at] = char(rng.bounded(256));
                break;
            case 4:
                if (!input.isEmpty())
                    input[at] = char(input.at(at) ^ char(1 << rng.bounded(8)));
                break;
            case 5: { // a token written over what is there
                const QByteArray t = token();
                input.replace(at, qMin(t.size(), input.size() - at), t);
                break;
            }
            case 6: { // a run of one token: long numbers, deep nesting, many words
                const QByteArray t = token();
                input.append(t.repeated(1 + below(40)));
                break;
            }
            default: // splice: a piece of another corpus file
                if (!seeds.isEmpty()) {
                    const QByteArray &other = seeds.at(below(seeds.size()));
                    const qsizetype from = below(other.size());
                    input.insert(at, other.mid(from, 1 + below(other.size() - from)));
                }
                break;
            }
        }
        if (input.size() > maxLen)
            input.truncate(maxLen);
        run(input);
    }
    std::printf("replayed %lld corpus files and %d mutated inputs (%lld dictionary tokens)\n",
                static_cast<long long>(seeds.size()), done, static_cast<long long>(dict.size()));
    return 0;
}
