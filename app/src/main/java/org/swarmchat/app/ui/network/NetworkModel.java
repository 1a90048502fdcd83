package org.swarmchat.app.ui.network;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.swarmchat.swarm.NetworkStatus;
import org.swarmchat.swarm.onion.OnionPath;
import org.swarmchat.swarm.onion.PathStatus;

/** The network page's state. */
public final class NetworkModel {
    final StringProperty poolSize = new SimpleStringProperty("…");
    final StringProperty swarmSize = new SimpleStringProperty("…");
    final StringProperty swarmId = new SimpleStringProperty("");
    final StringProperty reachable = new SimpleStringProperty("");
    final StringProperty securing = new SimpleStringProperty("…");
    final StringProperty clockOffset = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    final ObservableList<NetworkStatus.MemberStatus> members = FXCollections.observableArrayList();
    final ObservableList<OnionPath> paths = FXCollections.observableArrayList();
    final ObjectProperty<PathStatus.State> pathState = new SimpleObjectProperty<>(PathStatus.State.BUILDING);
    final StringProperty pathDetail = new SimpleStringProperty("");
    final BooleanProperty refreshing = new SimpleBooleanProperty(false);
}
