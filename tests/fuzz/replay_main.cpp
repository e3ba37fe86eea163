// Runs a libFuzzer-style target without libFuzzer: every file of the corpus
// folder given as argv[1], then a fixed-seed batch of mutated inputs.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<QByteArray> seeds;
    if (argc > 1) {
        const QDir corpus(QString::fromLocal8Bit(argv[1]));
        for (const QString &name : corpus.entryList(QDir::Files)) {
            QFile f(corpus.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                seeds.append(f.readAll());
        }
    }
    for (const QByteArray &s : seeds)
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(s.constData()), size_t(s.size()));
    QRandomGenerator rng(1122);
    const char alphabet[] = "0123456789.-+e ,\x00\xd9\xa1\xff";
    int runs = 0;
    for (; runs < 200000; ++runs) {
        QByteArray input = seeds.isEmpty() ? QByteArray("\x06" "1.5") : seeds.at(int(rng.bounded(seeds.size())));
        const int edits = 1 + int(rng.bounded(6));
        for (int e = 0; e < edits; ++e) {
            const int at = input.isEmpty() ? 0 : int(rng.bounded(input.size()));
            switch (rng.bounded(4)) {
            case 0: input.insert(at, alphabet[rng.bounded(int(sizeof(alphabet) - 1))]); break;
            case 1: if (!input.isEmpty()) input.remove(at, 1); break;
            case 2: if (!input.isEmpty()) input[at] = char(rng.bounded(256)); break;
            default: input.append(QByteArray(int(rng.bounded(40)), '9')); break;
            }
        }
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    }
    std::printf("replayed %lld corpus files and %d mutated inputs\n", static_cast<long long>(seeds.size()), runs);
    return 0;
}
