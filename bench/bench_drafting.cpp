// Drafting benchmark (issue "Drafting"): a generated plan with 10,000 tasks in 300 sections.
//   1. process start to window shown with the plan loaded (the real annualplan binary), and
//   2. switching the window to a section with 500 tasks (in process, until painted).
// Prints medians of repeated runs; nothing here is asserted.
#include "mainwindow.h"
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

// 10 chapters × 30 sections = 300 sections; the first section holds 500 tasks and the other
// 299 share the remaining 9,500, each task with two targets and two departments.
PlanData generate(int tasks = 10000, int bigSection = 500)
{
    PlanData p;
    p.info.year = 2026;
    p.info.title = QStringLiteral("基准测试计划");
    for (int d = 1; d <= 20; ++d)
        p.departments.append({d, QStringLiteral("单位%1").arg(d), QString(), d - 1});
    Id next = 100;
    QList<Id> leaves;
    for (int c = 0; c < 10; ++c) {
        const Id chapter = next++;
        p.sections.insert(chapter, {chapter, 0, QStringLiteral("第%1部分").arg(c + 1)});
        p.childSections[0].append(chapter);
        for (int s = 0; s < 29; ++s) {
            const Id sec = next++;
            p.sections.insert(sec, {sec, chapter, QStringLiteral("工作方向%1-%2").arg(c + 1).arg(s + 1)});
            p.childSections[chapter].append(sec);
            leaves << sec;
        }
    }
    // 10 chapters + 290 subsections = 300 sections.
    for (int i = 0; i < tasks; ++i) {
        const Id sec = i < bigSection ? leaves.first() : leaves.at(1 + (i % (leaves.size() - 1)));
        Task t;
        t.id = next++;
        t.title = QStringLiteral("第%1项重点工作任务").arg(i + 1);
        t.description = QStringLiteral("围绕年度目标推进第%1项工作，按季度调度进展。").arg(i + 1);
        t.deadline = QDate(2026, 1 + i % 12, 1).addMonths(1).addDays(-1);
        Target a;
        a.indicator = QStringLiteral("覆盖率");
        a.value = 80 + i % 20;
        a.unit = QStringLiteral("%");
        a.baseline = 75;
        a.baselineYear = 2025;
        Target b;
        b.indicator = QStringLiteral("服务人次");
        b.value = 1000 + i;
        b.unit = QStringLiteral("人次");
        t.targets = {a, b};
        t.assignments = {{1 + i % 20, DepartmentRole::Lead}, {1 + (i + 7) % 20, DepartmentRole::Support}};
        p.tasks.insert(t.id, t);
        p.sectionTasks[sec].append(t.id);
        p.taskSection.insert(t.id, sec);
    }
    return p;
}

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
        const PlanData p = generate();
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
        QProcess proc;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ANNUALPLAN_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        proc.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        proc.start(QStringLiteral(ANNUALPLAN_BINARY), {path});
        QByteArray out;
        while (!out.contains("shown") && proc.waitForReadyRead(30000))
            out += proc.readAllStandardOutput();
        const double ms = timer.nsecsElapsed() / 1e6;
        proc.waitForFinished(30000);
        if (!out.contains("shown")) {
            fprintf(stderr, "the app did not report being shown: %s\n", proc.readAllStandardError().constData());
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
