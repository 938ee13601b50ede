package id.lindung.deploy.checks;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Toleration;

/**
 * The parts of CloudNativePG's API (postgresql.cnpg.io/v1, 1.25+) this project uses, field names as in the operator's
 * API reference. Read with unknown fields failing, so a misspelt or misplaced field is caught here instead of being
 * dropped by the API server. A field the manifests start to use must be added here, after checking the reference.
 */
final class CloudNativePg {

    static final String API_VERSION = "postgresql.cnpg.io/v1";

    private CloudNativePg() {
    }

    record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {
    }

    record ClusterSpec(String description, Integer instances, String imageName, String imagePullPolicy,
            String primaryUpdateStrategy, String primaryUpdateMethod, Boolean enableSuperuserAccess,
            LocalObjectReference superuserSecret, Postgresql postgresql, Bootstrap bootstrap, Managed managed,
            Storage storage, Storage walStorage, ResourceRequirements resources, Affinity affinity,
            Monitoring monitoring, InheritedMetadata inheritedMetadata, Integer startDelay, Integer stopDelay,
            Integer switchoverDelay, String logLevel) {
    }

    record Postgresql(Map<String, String> parameters, Synchronous synchronous,
            @JsonProperty("pg_hba") List<String> pgHba,
            @JsonProperty("shared_preload_libraries") List<String> sharedPreloadLibraries) {
    }

    record Synchronous(String method, Integer number, Integer maxStandbyNamesFromCluster,
            List<String> standbyNamesPre, List<String> standbyNamesPost, String dataDurability) {
    }

    record Bootstrap(InitDb initdb) {
    }

    record InitDb(String database, String owner, LocalObjectReference secret, Boolean dataChecksums,
            String encoding, String localeCollate, String localeCType, String locale, String localeProvider,
            List<String> postInitSQL, List<String> postInitApplicationSQL, List<String> postInitTemplateSQL) {
    }

    record Managed(List<Role> roles) {
    }

    record Role(String name, String ensure, String comment, Boolean login, Boolean superuser, Boolean createdb,
            Boolean createrole, Boolean inherit, Boolean replication, Boolean bypassrls, Integer connectionLimit,
            String validUntil, List<String> inRoles, LocalObjectReference passwordSecret, Boolean disablePassword) {
    }

    record Storage(String size, String storageClass, Boolean resizeInUseVolumes) {
    }

    record Affinity(Boolean enablePodAntiAffinity, String topologyKey, String podAntiAffinityType,
            Map<String, String> nodeSelector, List<Toleration> tolerations) {
    }

    record Monitoring(Boolean enablePodMonitor) {
    }

    record InheritedMetadata(Map<String, String> labels, Map<String, String> annotations) {
    }

    record Database(String apiVersion, String kind, ObjectMeta metadata, DatabaseSpec spec) {
    }

    record DatabaseSpec(LocalObjectReference cluster, String name, String owner, String ensure,
            String databaseReclaimPolicy, String encoding, String locale, String localeProvider, String template,
            Boolean allowConnections, Integer connectionLimit, String tablespace) {
    }
}
