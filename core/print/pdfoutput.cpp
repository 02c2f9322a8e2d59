#include "pdfoutput.h"

#include "fs/atomicfile.h"
#include "fs/outputtarget.h"
#include "pdftounicode.h"

#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>

namespace ap::printlayout {

bool mendPdfFile(const QString &path, const QList<QFont> &fonts)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pdf = file.readAll();
    file.close();
    const QByteArray exact = mendToUnicode(pdf, radicalIdeographs(fonts));
    if (exact.size() == pdf.size())
        return true;
    QString error;
    return fs::writeFile(path, exact, fs::OutputTarget::Kind::Document, &error);
}

void setUpPdfWriter(QPdfWriter &writer)
{
    writer.setResolution(600);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
}

bool writePdfFile(const QString &path, const QString &title, const QList<QFont> &fonts,
                  const std::function<bool(QPagedPaintDevice *)> &paint, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    return fs::writeByName(path, fs::OutputTarget::Kind::Document, [&](const QString &part, QString *why) {
        {
            QFile probe(part);
            if (!probe.open(QIODevice::WriteOnly)) {
                *why = PdfOutput::tr("“%1” cannot be written: %2").arg(name, probe.errorString());
                return false;
            }
        }
        bool completed = true;
        {
            QPdfWriter writer(part);
            setUpPdfWriter(writer);
            writer.setTitle(title);
            writer.setCreator(QStringLiteral("AnnualPlan"));
            completed = paint(&writer);
        }
        if (!completed) {
            *why = PdfOutput::tr("The export was cancelled.");
            return false;
        }
        // A full disk shows as a short file: the writer itself does not say.
        QFile written(part);
        if (!written.open(QIODevice::ReadOnly) || written.size() < 100) {
            *why = PdfOutput::tr("The PDF could not be written (is the disk full?).");
            return false;
        }
        written.seek(written.size() - 64);
        if (!written.read(64).contains("%%EOF")) {
            *why = PdfOutput::tr("The PDF could not be written completely (is the disk full?).");
            return false;
        }
        written.seek(0);
        const QByteArray pdf = written.readAll();
        written.close();
        const QByteArray exact = mendToUnicode(pdf, radicalIdeographs(fonts));
        if (exact.size() == pdf.size())
            return true;
        QFile again(part);
        if (!again.open(QIODevice::WriteOnly | QIODevice::Truncate) || again.write(exact) != exact.size() || !again.flush()) {
            *why = PdfOutput::tr("The PDF could not be written completely (is the disk full?).");
            return false;
        }
        return true;
    }, error);
}

} // namespace ap::printlayout
