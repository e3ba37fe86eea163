import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Mini programs: the catalogue (search, categories, installed and recently
// used), a program running inside the host, its settings (consent, daily
// limits, spending), the developer console, and for admins the review queue.
Item {
    id: page
    objectName: "miniProgramsPage"
    property string tab: "discover"
    readonly property bool running: session.state === MiniProgramSession.Loading || session.state === MiniProgramSession.Running

    MiniProgramSession { id: session; objectName: "programSession" }
    MiniProgramCatalogue { id: catalogue; objectName: "programCatalogue" }
    MiniProgramCatalogue { id: mine; objectName: "myPrograms"; mineOnly: true }
    ProgramSettingsDialog {
        id: settingsDialog
        objectName: "programSettingsDialog"
        onClosed: if (programId === session.programId) session.refreshConsent()
    }

    function openProgram(programId, startParam) {
        session.open(programId, startParam || "")
    }
    Component.onCompleted: {
        const pending = Navigation.takePendingProgram()
        if (pending)
            openProgram(pending.programId, pending.startParam)
    }
    Connections {
        target: Navigation
        function onPendingProgramChanged() {
            if (Navigation.pendingProgram) {
                const p = Navigation.takePendingProgram()
                page.openProgram(p.programId, p.startParam)
            }
        }
    }
    Connections {
        target: session
        function onStateChanged() { if (session.state === MiniProgramSession.Closed) mine.reload() }
    }

    // A program: the host's header over the program's own page.
    ProgramView {
        id: programView
        objectName: "programView"
        anchors.fill: parent
        visible: session.state !== MiniProgramSession.Idle && session.state !== MiniProgramSession.Closed
        session: session
        onBack: session.close()
        onSettings: { settingsDialog.programId = session.programId; settingsDialog.programName = session.name; settingsDialog.open() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 8
        visible: !programView.visible
        spacing: 14

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            spacing: 12
            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Mini programs")
                subtitle: qsTr("Small apps from verified developers, reviewed by AZCoiner. They run apart from your account and ask before they use anything.")
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            implicitHeight: tabs.implicitHeight + 8
            radius: 12
            color: Theme.surfaceAlt
            RowLayout {
                id: tabs
                anchors.fill: parent
                anchors.margins: 4
                spacing: 4
                Repeater {
                    model: [{ key: "discover", text: qsTr("Discover") }, { key: "mine", text: qsTr("My programs") },
                            { key: "develop", text: qsTr("Developer") }].concat(Session.isAdmin ? [{ key: "review", text: qsTr("Review") }] : [])
                    delegate: AppButton {
                        required property var modelData
                        objectName: "programsTab_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: 100
                        kind: page.tab === modelData.key ? "primary" : "ghost"
                        text: modelData.text
                        onClicked: page.tab = modelData.key
                    }
                }
            }
        }

        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: page.tab === "develop" ? developView : page.tab === "review" ? reviewView
                           : page.tab === "mine" ? mineView : discoverView
        }
    }

    Component {
        id: discoverView
        ColumnLayout {
            spacing: 12
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                spacing: 8
                FormField {
                    objectName: "programSearch"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search mini programs")
                    onTextChanged: searchDelay.restart()
                    Timer { id: searchDelay; interval: 250; onTriggered: catalogue.query = parent.text }
                }
                Repeater {
                    model: [""].concat(catalogue.categories)
                    delegate: AppButton {
                        required property string modelData
                        objectName: "programCategory_" + (modelData || "all")
                        kind: catalogue.category === modelData ? "primary" : "secondary"
                        text: modelData === "" ? qsTr("All") : ProgramWords.category(modelData)
                        onClicked: catalogue.category = modelData
                    }
                }
            }
            ProgramGrid { model: catalogue; empty: qsTr("No mini programs match.") }
        }
    }
    Component {
        id: mineView
        ProgramGrid { model: mine; empty: qsTr("Programs you install or open appear here, the most recently used first.") }
    }
    Component { id: developView; DeveloperConsole {} }
    Component { id: reviewView; ReviewQueueView {} }

    component ProgramGrid: GridView {
        id: grid
        property string empty
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: 32
        Layout.rightMargin: 20
        clip: true
        cellWidth: Math.max(280, width / Math.max(1, Math.floor(width / 320)))
        cellHeight: 176
        // Wrapped by hand: Qt 6.4 does not wrap a delegate in a Component inside an inline component.
        delegate: Component {
            ProgramTile {
                width: grid.cellWidth - 12
                height: grid.cellHeight - 12
                onOpenRequested: id => page.openProgram(id)
                onInstallRequested: (id, on) => on ? grid.model.install(id) : grid.model.remove(id)
                onSettingsRequested: (id, name) => { settingsDialog.programId = id; settingsDialog.programName = name; settingsDialog.open() }
            }
        }
        EmptyState {
            anchors.centerIn: parent
            visible: grid.count === 0 && !grid.model.busy
            iconName: "apps"
            text: grid.empty
        }
    }
}
