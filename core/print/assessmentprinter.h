#pragma once

#include "document/plandocument.h"
#include "printeddocument.h"
#include "printfonts.h"
#include "status/assessmentengine.h"

#include <QCoreApplication>
#include <QDate>

class QPagedPaintDevice;

// The year-end assessment's documents through the print engine, in the 公文 layout as PDF and
// .docx: the 考核结果通报 (the result by tier, each unit's points lost and why, a ranking table and
// every unit's 考核得分表 as annexes), the 考核细则 (the scheme as a landscape annex table), and one
// unit's own 考核得分表 to hand it. Every figure is the assessment engine's.
namespace ap {

class AssessmentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ap::AssessmentPrinter)
public:
    enum class Kind { Bulletin, Rules, UnitSheet };

    // issued: the date the document is signed on (default today); unit: UnitSheet's department.
    AssessmentPrinter(const PlanDocument &doc, Kind kind, const QDate &issued = QDate(), Id unit = 0,
                      const PrintFonts &fonts = PrintFonts::defaults());

    const AssessmentResult &result() const { return m_result; }
    QString title() const;
    PrintedDocument content() const;
    int paint(QPagedPaintDevice *device) const;
    bool writePdf(const QString &path, QString *error) const;
    bool writeDocx(const QString &path, QString *error) const;

    // The parts of the 通报, for the window's preview and the tests.
    QString openingText() const;
    QStringList tierTexts() const;
    QStringList lossTexts() const;
    PrintedTable rankingTable() const;
    // Every unit's 考核得分表 (one group each), or only unit's.
    PrintedTable scoreTable(Id unit = 0) const;
    PrintedTable rulesTable() const;

private:
    static QString text(const char *source);
    QString unitName(Id id) const;
    // A tier's range in words: "优秀（90分及以上）", "不合格（60分以下）".
    QString tierRange(const AssessmentTier &tier) const;
    QString taskName(Id task) const;
    QList<PrintedParagraph> closing() const;

    const PlanDocument &m_doc;
    Kind m_kind;
    QDate m_issued;
    Id m_unit;
    PrintFonts m_fonts;
    std::shared_ptr<const PlanData> m_measured;   // the plan in force at the year's end
    AssessmentResult m_result;
};

} // namespace ap
