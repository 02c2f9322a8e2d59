// Drafting benchmark (issue "Drafting"): a generated plan with 10,000 tasks in 300 sections.
//   1. process start to window shown with the plan loaded (the real annualplan binary), and
//   2. switching the window to a section with 500 tasks (in process, until painted).
// Prints medians of repeated runs; nothing here is asserted.
#include "generate.h"
#include "startup.h"
#include "shell/mainwindow.h"
#include "models/sectiontreemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace ap;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const int n = int(v.size());
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? atoi(argv[1]) : 10;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.aplan"));
    {
        const PlanData p = bench::generate();
        QString error;
        if (!PlanStore::create(path, p.info, &error, nullptr, &p)) {
            fprintf(stderr, "cannot create plan: %s\n", qPrintable(error));
            return 1;
        }
    }
    printf("plan: 10000 tasks, 300 sections, file %.1f MB; %d runs each; platform %s\n",
           QFileInfo(path).size() / 1048576.0, runs, qPrintable(QGuiApplication::platformName()));

    // 1. Process start to window shown with the plan loaded.
    QList<double> startup;
    for (int i = 0; i < runs; ++i) {
        const double ms = bench::timeToShown(QStringLiteral(ANNUALPLAN_BINARY), path,
                                             dir.filePath(QStringLiteral("config")), 30000);
        if (ms < 0) {
            fprintf(stderr, "the app did not report being shown\n");
            return 1;
        }
        startup << ms;
    }

    // 2. Switching to the section with 500 tasks and back, until the table has painted.
    QList<double> toBig, toSmall;
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QApplication::processEvents();
        if (!w.openFile(path))
            return 1;
        QApplication::processEvents();
        QTreeView *tree = w.sectionView();
        const QModelIndex chapter = tree->model()->index(0, 0);
        const QModelIndex big = tree->model()->index(0, 0, chapter);
        const QModelIndex small = tree->model()->index(1, 0, chapter);
        auto time = [&](const QModelIndex &target) {
            QElapsedTimer t;
            t.start();
            tree->setCurrentIndex(target);
            QApplication::processEvents();
            w.taskView()->viewport()->repaint();
            return t.nsecsElapsed() / 1e6;
        };
        for (int i = 0; i < runs * 2; ++i) {
            toSmall << time(small);
            toBig << time(big);
        }
        printf("rows in the big section: %d\n", w.taskView()->model()->rowCount());
    }
    printf("startup to window shown with plan loaded: median %.0f ms (min %.0f, max %.0f)\n", median(startup),
           *std::min_element(startup.begin(), startup.end()), *std::max_element(startup.begin(), startup.end()));
    printf("switch to the 500-task section: median %.1f ms (min %.1f, max %.1f)\n", median(toBig),
           *std::min_element(toBig.begin(), toBig.end()), *std::max_element(toBig.begin(), toBig.end()));
    printf("switch to a 33-task section: median %.1f ms\n", median(toSmall));
    return 0;
}
