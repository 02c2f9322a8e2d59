// Writes a generated plan file for benchmarks run from the shell:
//   bench_generate OUT.aplan TASKS
#include "generate.h"
#include "storage/file/planstore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        fprintf(stderr, "usage: bench_generate OUT.aplan TASKS\n");
        return 64;
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
