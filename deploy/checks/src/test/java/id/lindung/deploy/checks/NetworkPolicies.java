package id.lindung.deploy.checks;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Decides, as a CNI that enforces NetworkPolicy does, whether a pod may open a connection to another pod's port, so
 * that the checks can ask "may the gateway reach PostgreSQL?" instead of comparing YAML.
 */
final class NetworkPolicies {

    /** A pod that opens connections: its namespace (and that namespace's labels) and its own labels. */
    record Source(String description, String namespace, Map<String, String> namespaceLabels,
            Map<String, String> labels) {

        static Source inNamespace(String description, String namespace, Map<String, String> labels) {
            return new Source(description, namespace, Map.of("kubernetes.io/metadata.name", namespace), labels);
        }
    }

    /** A pod that receives them: its namespace, labels and the named ports of its containers. */
    record Target(String namespace, Map<String, String> labels, List<ContainerPort> ports) {
    }

    private NetworkPolicies() {
    }

    static boolean allows(List<NetworkPolicy> policies, Source source, Target target, int port) {
        List<NetworkPolicy> selecting = policies.stream()
                .filter(policy -> namespaceOf(policy, target.namespace()).equals(target.namespace()))
                .filter(policy -> matches(policy.getSpec().getPodSelector(), target.labels()))
                .filter(NetworkPolicies::isIngress)
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        for (NetworkPolicy policy : selecting) {
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                if (portMatches(rule.getPorts(), port, target.ports())
                        && peersMatch(rule.getFrom(), source, target.namespace())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the peers of a rule (or of a Strimzi listener's networkPolicyPeers) let the source in. */
    static boolean peersMatch(List<NetworkPolicyPeer> peers, Source source, String targetNamespace) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer peer : peers) {
            if (peer.getIpBlock() != null) {
                return true; // an address range may be anything; the checks treat it as open
            }
            boolean namespaceMatches = peer.getNamespaceSelector() == null
                    ? source.namespace().equals(targetNamespace)
                    : matches(peer.getNamespaceSelector(), source.namespaceLabels());
            boolean podMatches = peer.getPodSelector() == null || matches(peer.getPodSelector(), source.labels());
            if (namespaceMatches && podMatches) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null) {
            for (Map.Entry<String, String> required : selector.getMatchLabels().entrySet()) {
                if (!required.getValue().equals(labels.get(required.getKey()))) {
                    return false;
                }
            }
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement expression : selector.getMatchExpressions()) {
                String value = labels.get(expression.getKey());
                boolean ok = switch (expression.getOperator()) {
                    case "In" -> value != null && expression.getValues().contains(value);
                    case "NotIn" -> value == null || !expression.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> throw new IllegalArgumentException("Unknown operator " + expression.getOperator());
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isIngress(NetworkPolicy policy) {
        List<String> types = policy.getSpec().getPolicyTypes();
        return types == null || types.isEmpty() || types.contains("Ingress");
    }

    private static boolean portMatches(List<NetworkPolicyPort> ports, int port, List<ContainerPort> targetPorts) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort candidate : ports) {
            IntOrString value = candidate.getPort();
            if (value == null) {
                return true;
            }
            if (value.getIntVal() != null && value.getIntVal() == port) {
                return true;
            }
            if (value.getStrVal() != null && targetPorts.stream()
                    .anyMatch(named -> value.getStrVal().equals(named.getName()) && named.getContainerPort() == port)) {
                return true;
            }
        }
        return false;
    }

    private static String namespaceOf(NetworkPolicy policy, String fallback) {
        return policy.getMetadata().getNamespace() == null ? fallback : policy.getMetadata().getNamespace();
    }
}
