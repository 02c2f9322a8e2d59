// Writes a generated plan file for benchmarks run from the shell:
//   bench_generate OUT.aplan TASKS
// or a plan in Word form as a real one is written (bench::planDocx: chapters, sections, numbered
// items with long paragraphs), of at least BYTES:
//   bench_generate --docx OUT.docx BYTES
#include "generate.h"
#include "storage/file/planstore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        fprintf(stderr, "usage: bench_generate OUT.aplan TASKS\n");
        return 64;
    }
    if (qstrcmp(argv[1], "--docx") == 0 && argc > 3) {
        int paragraphs = 0;
        QFile out(QString::fromLocal8Bit(argv[2]));
        if (!out.open(QIODevice::WriteOnly) || out.write(ap::bench::planDocx(atoll(argv[3]), &paragraphs)) <= 0)
            return 1;
        printf("%d paragraphs\n", paragraphs);
        return 0;
    }
    const int tasks = atoi(argv[2]);
    const ap::PlanData p = ap::bench::generate(tasks, qMin(500, tasks / 4));
    QString error;
    if (!ap::PlanStore::create(QString::fromLocal8Bit(argv[1]), p.info, &error, nullptr, &p)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
