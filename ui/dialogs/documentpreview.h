#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QWidget;

// A printed document shown before it is printed or saved (a 通报, the year's assessment, the
// summary): its pages in the preview, a Print button, and Save as PDF and as Word beside the plan
// (asked, never over a plan or an open file), with the note on missing 公文 fonts.
namespace ap {

struct PreviewedDocument
{
    QString title;
    std::function<bool(const QString &path, QString *error)> writePdf;
    std::function<bool(const QString &path, QString *error)> writeDocx;
    std::function<void(QPagedPaintDevice *device)> paint;
};

class DocumentPreview
{
    Q_DECLARE_TR_FUNCTIONS(ap::DocumentPreview)
public:
    // Runs the preview over parent; folder is where files are offered, planFile the plan's own
    // file (never written over).
    static void show(QWidget *parent, const PreviewedDocument &document, const QString &folder, const QString &planFile);
};

} // namespace ap
