#pragma once

#include "domain/plan.h"
#include "domain/numbering.h"
#include "domain/progressreport.h"

#include "../tests/support/zipwriter.h"

#include <QRandomGenerator>
#include <QStringDecoder>

// Plans for the benchmarks, generated so that runs are repeatable.
namespace ap::bench {

// 10 chapters × 30 sections = 300 sections; the first section holds 500 tasks and the other
// 299 share the remaining 9,500, each task with two targets and two departments.
inline PlanData generate(int tasks = 10000, int bigSection = 500)
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

// Eight monthly reports a task (to August), the last one corrected once for a task in three, a
// task in five done, each target's figure rising month by month: the status benchmarks' year.
inline ReportLog monthlyReports(const PlanData &plan)
{
    ReportLog log;
    Id next = 1;
    for (const Task &t : plan.tasks) {
        for (int m = 1; m <= 8; ++m) {
            ProgressReport c;
            c.id = next++;
            c.taskId = t.id;
            c.period = period::month(2026, m);
            c.reportDate = QDate(2026, m, 28);
            c.status = m == 8 && t.id % 5 == 0 ? TaskStatus::Done : TaskStatus::InProgress;
            c.percent = m * 11.0;
            for (const Target &target : t.targets)
                c.actuals.insert(target.id, m * 10.0);
            if (m == 8 && t.id % 3 == 0)
                c.supersedesId = c.id - 1;
            log.entries.append(c);
        }
    }
    return log;
}

// A plan document in Word form, marked up the way Word writes it (paragraph properties, runs
// with fonts and sizes, text split over several runs) and with varied wording, so that it
// compresses like a real one: the outline of a plan, numbered work items with targets,
// deadlines and responsibility clauses.
inline QString wordParagraph(const QString &text, QRandomGenerator &rng)
{
    static const QString runProps = QStringLiteral(
        "<w:rPr><w:rFonts w:ascii=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\" w:hAnsi=\"仿宋_GB2312\"/>"
        "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr>");
    QString p = QStringLiteral("<w:p><w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/><w:ind w:firstLine=\"640\"/></w:pPr>");
    int pos = 0;
    while (pos < text.size()) {
        const int len = 8 + int(rng.bounded(30));
        p += QStringLiteral("<w:r w:rsidR=\"%1\">").arg(rng.bounded(0x10000000u), 8, 16, QLatin1Char('0')) + runProps
            + QStringLiteral("<w:t xml:space=\"preserve\">") + text.mid(pos, len).toHtmlEscaped() + QStringLiteral("</w:t></w:r>");
        pos += len;
    }
    return p + QStringLiteral("</w:p>");
}

// Running prose of common characters (GB2312 level 1) with the punctuation of a plan, so the
// text compresses like real writing rather than like a repeated template.
inline QString prose(QRandomGenerator &rng, int length)
{
    QStringDecoder gb("GB18030");
    QByteArray bytes;
    for (int i = 0; i < length; ++i) {
        if (i > 0 && i % (12 + int(rng.bounded(10))) == 0) {
            bytes += "\xA3\xAC";   // ，
            continue;
        }
        bytes.append(char(0xB0 + rng.bounded(0xD7 - 0xB0)));
        bytes.append(char(0xA1 + rng.bounded(0xFE - 0xA1)));
    }
    return gb.decode(bytes) + QStringLiteral("。");
}

inline QByteArray planDocx(qint64 targetBytes, int *paragraphs)
{
    static const QStringList verbs = {QStringLiteral("推进"), QStringLiteral("完善"), QStringLiteral("加强"), QStringLiteral("落实"),
                                      QStringLiteral("深化"), QStringLiteral("健全"), QStringLiteral("提升"), QStringLiteral("规范")};
    static const QStringList objects = {QStringLiteral("家庭医生签约服务"), QStringLiteral("基层医疗机构标准化建设"),
                                        QStringLiteral("医疗质量安全管理"), QStringLiteral("慢性病综合防控"),
                                        QStringLiteral("妇幼健康服务"), QStringLiteral("传染病监测预警"),
                                        QStringLiteral("中医药服务能力"), QStringLiteral("卫生健康信息化"),
                                        QStringLiteral("急救体系建设"), QStringLiteral("健康教育与促进")};
    static const QStringList units = {QStringLiteral("区卫健局"), QStringLiteral("区财政局"), QStringLiteral("区医保分局"),
                                      QStringLiteral("区疾控中心"), QStringLiteral("区人社局"), QStringLiteral("各街道办事处")};
    QRandomGenerator rng(75);
    QString body = wordParagraph(QStringLiteral("某区卫生健康局2027年度工作计划"), rng);
    *paragraphs = 1;
    QByteArray docx;
    for (int chapter = 1;; ++chapter) {
        body += wordParagraph(chineseNumeral(chapter) + QStringLiteral("、") + verbs.at(chapter % verbs.size())
                                  + objects.at(chapter % objects.size()), rng);
        ++*paragraphs;
        for (int sub = 1; sub <= 3; ++sub) {
            body += wordParagraph(QStringLiteral("（") + chineseNumeral(sub) + QStringLiteral("）")
                                      + objects.at(int(rng.bounded(objects.size()))), rng);
            ++*paragraphs;
            for (int item = 1; item <= 4; ++item) {
                const QString text =
                    QStringLiteral("%1．%2%3。全年完成%4家机构改造，%5覆盖率提升至%6%（2026年为%7%），"
                                   "到2027年%8月底前完成验收，每季度调度%9次。（责任单位：%10牵头，%11、%12配合）")
                        .arg(item)
                        .arg(verbs.at(int(rng.bounded(verbs.size()))), objects.at(int(rng.bounded(objects.size()))))
                        .arg(3 + rng.bounded(40))
                        .arg(objects.at(int(rng.bounded(objects.size()))))
                        .arg(60 + rng.bounded(40))
                        .arg(50 + rng.bounded(30))
                        .arg(1 + rng.bounded(12))
                        .arg(1 + rng.bounded(3))
                        .arg(units.at(int(rng.bounded(units.size()))), units.at(int(rng.bounded(units.size()))),
                             units.at(int(rng.bounded(units.size()))));
                body += wordParagraph(text + prose(rng, 60 + int(rng.bounded(80))), rng);
                ++*paragraphs;
            }
        }
        if (chapter % 2 == 0) {
            docx = testutil::makeDocx(body);
            if (docx.size() >= targetBytes)
                return docx;
        }
    }
}

} // namespace ap::bench
