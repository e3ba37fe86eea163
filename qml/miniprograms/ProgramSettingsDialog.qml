import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One program's settings as the user keeps them: what it may see (and
// taking it back), how much it may charge a day per asset, and what it
// has charged.
Dialog {
    id: dialog
    property string programId
    property string programName
    readonly property var consent: settings.consent || ({})
    readonly property var limits: consent.limits || ({})

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 520
    height: Math.min(620, Overlay.overlay ? Overlay.overlay.height - 60 : 620)
    padding: 22
    onOpened: settings.reload()
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        LayoutMirroring.enabled: Language.rightToLeft
        text: qsTr("%1 — settings").arg(dialog.programName)
        padding: 22
        bottomPadding: 0
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
        elide: Text.ElideRight
    }
    MiniProgramSettings { id: settings; objectName: "programSettings"; programId: dialog.programId }

    Flickable {
        anchors.fill: parent
        contentHeight: body.implicitHeight
        clip: true
        ColumnLayout {
            id: body
            LayoutMirroring.enabled: Language.rightToLeft
            LayoutMirroring.childrenInherit: true
            width: parent.width
            spacing: 12
            PlainLabel { text: qsTr("What it may use"); font.weight: Font.DemiBold; color: Theme.text }
            AppSwitch {
                objectName: "programProfileConsent"
                text: qsTr("See my name and username")
                checked: dialog.consent.profile === true
                onToggled: settings.setProfile(checked)
            }
            Repeater {
                model: dialog.consent.device || []
                delegate: RowLayout {
                    required property string modelData
                    Layout.fillWidth: true
                    PlainLabel { Layout.fillWidth: true; text: ProgramWords.permission(modelData); color: Theme.text }
                    AppButton { kind: "ghost"; text: qsTr("Take back"); onClicked: settings.revokeDevice(modelData) }
                }
            }
            PlainLabel { text: qsTr("Daily spending limit"); font.weight: Font.DemiBold; color: Theme.text; Layout.topMargin: 8 }
            PlainLabel {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                text: qsTr("The most this program can charge you per day (UTC). 0 blocks payments to it.")
            }
            Repeater {
                model: Object.keys(dialog.limits)
                delegate: RowLayout {
                    required property string modelData
                    readonly property var limit: dialog.limits[modelData]
                    Layout.fillWidth: true
                    spacing: 8
                    FormField {
                        id: capField
                        objectName: "programCap_" + modelData
                        Layout.fillWidth: true
                        label: qsTr("%1 per day (%2 used today)").arg(modelData).arg(limit.spentToday)
                        text: limit.cap
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                    }
                    AppButton {
                        objectName: "programCapSave_" + modelData
                        Layout.alignment: Qt.AlignBottom
                        text: qsTr("Save")
                        enabled: capField.text !== limit.cap
                        onClicked: settings.setCap(modelData, capField.text)
                    }
                }
            }
            PlainLabel { text: qsTr("Payments"); font.weight: Font.DemiBold; color: Theme.text; Layout.topMargin: 8 }
            PlainLabel {
                visible: settings.payments.length === 0
                text: qsTr("Nothing paid to this program yet.")
                color: Theme.textMuted
            }
            Repeater {
                model: settings.payments
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    PlainLabel {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        color: Theme.text
                        text: (modelData.description || modelData.id) + " · " + new Date(modelData.paidAt).toLocaleString(Qt.locale(Language.current), Locale.ShortFormat)
                    }
                    PlainLabel {
                        font.weight: Font.DemiBold
                        color: modelData.status === "refunded" ? Theme.textMuted : Theme.text
                        text: "−" + modelData.amount + " " + modelData.asset
                    }
                }
            }
        }
    }
}
