import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Dialogs
import QtQuick.Layouts
import AzCoiner

// The submission form. Files are picked here and uploaded by the model.
Card {
    id: card
    objectName: "kycSubmitCard"
    property var model
    title: qsTr("Submit documents")
    subtitle: qsTr("Use a clear photo or scan. PNG, JPEG or PDF, up to 10 MB each, at most six files.")

    readonly property var documentTypes: [
        { value: "passport", text: KycWords.documentType("passport") },
        { value: "id_card", text: KycWords.documentType("id_card") },
        { value: "driver_license", text: KycWords.documentType("driver_license") },
        { value: "proof_of_address", text: KycWords.documentType("proof_of_address") }
    ]

    FileDialog {
        id: fileDialog
        title: qsTr("Choose documents")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Documents (*.png *.jpg *.jpeg *.pdf)")]
        onAccepted: card.model.addFiles(selectedFiles)
    }

    GridLayout {
        Layout.fillWidth: true
        columns: card.width > 760 ? 2 : 1
        columnSpacing: 16
        rowSpacing: 12

        FormField { id: fullName; objectName: "kycFullName"; label: qsTr("Full name, as on the document") }
        FormField {
            id: dateOfBirth
            objectName: "kycDateOfBirth"
            label: qsTr("Date of birth")
            placeholderText: qsTr("YYYY-MM-DD")
            maximumLength: 10
        }
        FormField {
            id: country
            objectName: "kycCountry"
            label: qsTr("Country")
            placeholderText: qsTr("Two-letter code, e.g. DE")
            maximumLength: 2
        }
        ColumnLayout {
            spacing: 6
            Layout.fillWidth: true
            PlainLabel { text: qsTr("Document type"); color: Theme.textMuted; font.pixelSize: 13; font.weight: Font.Medium }
            AppComboBox {
                id: documentType
                objectName: "kycDocumentType"
                Layout.fillWidth: true
                model: card.documentTypes
                textRole: "text"
                valueRole: "value"
            }
        }
        FormField { id: documentNumber; objectName: "kycDocumentNumber"; label: qsTr("Document number") }
        ColumnLayout {
            spacing: 6
            Layout.fillWidth: true
            PlainLabel { text: qsTr("Level to request"); color: Theme.textMuted; font.pixelSize: 13; font.weight: Font.Medium }
            AppComboBox {
                id: targetTier
                objectName: "kycTargetTier"
                Layout.fillWidth: true
                model: [
                    { value: 1, text: Labels.tier(1) },
                    { value: 2, text: Labels.tier(2) }
                ]
                textRole: "text"
                valueRole: "value"
                currentIndex: card.model && card.model.tier >= 1 ? 1 : 0
            }
        }
    }

    // The chosen files.
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            objectName: "kycFileList"
            model: card.model ? card.model.selectedFiles : []
            delegate: Rectangle {
                required property var modelData
                required property int index
                Layout.fillWidth: true
                implicitHeight: 48
                radius: 10
                color: Theme.surfaceAlt
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 12
                    anchors.rightMargin: 4
                    spacing: 10
                    IconImage { source: "../icons/file.svg"; sourceSize: Qt.size(18, 18); color: Theme.accent }
                    PlainLabel { text: modelData.name; color: Theme.text; elide: Text.ElideMiddle; Layout.fillWidth: true }
                    PlainLabel { text: Labels.fileSize(modelData.size); color: Theme.textMuted; font.pixelSize: 12 }
                    ToolButton {
                        enabled: !card.model.submitting
                        icon.source: "../icons/close.svg"
                        icon.width: 16; icon.height: 16
                        icon.color: Theme.textMuted
                        onClicked: card.model.removeFile(index)
                    }
                }
            }
        }
        AppButton {
            objectName: "kycAddFilesButton"
            text: qsTr("Add documents…")
            icon.source: "../icons/upload.svg"
            icon.width: 18; icon.height: 18
            enabled: card.model && !card.model.submitting && card.model.selectedFiles.length < 6
            onClicked: fileDialog.open()
        }
    }

    ProgressBar {
        visible: card.model && card.model.submitting
        Layout.fillWidth: true
        value: card.model ? card.model.progress : 0
    }

    AppButton {
        objectName: "kycSubmitButton"
        Layout.alignment: Qt.AlignRight
        kind: "primary"
        text: card.model && card.model.submitting ? qsTr("Uploading… %1%").arg(Math.round(card.model.progress * 100))
                                                  : qsTr("Submit for review")
        enabled: card.model && !card.model.submitting && card.model.selectedFiles.length > 0
                 && fullName.text.trim() !== "" && dateOfBirth.text.length === 10
                 && country.text.length === 2 && documentNumber.text.trim() !== ""
        onClicked: card.model.submit(targetTier.currentValue, fullName.text, dateOfBirth.text,
                                     country.text, documentType.currentValue, documentNumber.text)
    }
}
