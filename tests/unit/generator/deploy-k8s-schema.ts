/**
 * The essential rules of each Kubernetes kind the generator writes, as the API server would
 * enforce them: names, label syntax, quantities, port names, probe handlers, known keys.
 * Returns the problems found, `[]` for a valid manifest.
 */
import type { Doc } from './deploy-support';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const LABEL_KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const PORT_NAME = /^(?=.{1,15}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const QUANTITY = /^\d+(\.\d+)?(m|k|M|G|T|Ki|Mi|Gi|Ti)?$/;
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;

const API_VERSIONS: Record<string, string> = {
  ConfigMap: 'v1',
  Secret: 'v1',
  Service: 'v1',
  PersistentVolumeClaim: 'v1',
  Deployment: 'apps/v1',
  HorizontalPodAutoscaler: 'autoscaling/v2',
  Kustomization: 'kustomize.config.k8s.io/v1beta1',
};

const CONTAINER_KEYS = new Set(
  'name image imagePullPolicy command args ports env envFrom resources securityContext volumeMounts startupProbe livenessProbe readinessProbe'.split(
    ' ',
  ),
);
const CONTAINER_SECURITY_KEYS = new Set(
  'allowPrivilegeEscalation readOnlyRootFilesystem runAsNonRoot runAsUser runAsGroup capabilities seccompProfile'.split(
    ' ',
  ),
);
const PROBE_KEYS = new Set(
  'httpGet initialDelaySeconds periodSeconds timeoutSeconds failureThreshold successThreshold'.split(' '),
);
const VOLUME_SOURCES = ['emptyDir', 'persistentVolumeClaim', 'configMap', 'secret'];

type Check = (problems: string[], value: Doc, at: string) => void;

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const unknownKeys = (value: Doc, known: Set<string>) => Object.keys(value ?? {}).filter((key) => !known.has(key));

const checkLabels: Check = (problems, labels, at) => {
  if (!isMap(labels) || Object.keys(labels).length === 0) return void problems.push(`${at}: labels required`);
  for (const [key, value] of Object.entries(labels)) {
    if (!LABEL_KEY.test(key)) problems.push(`${at}: bad label key ${key}`);
    if (typeof value !== 'string' || value.length > 63 || !LABEL_VALUE.test(value)) {
      problems.push(`${at}: bad label value ${String(value)}`);
    }
  }
};

const checkProbe: Check = (problems, probe, at) => {
  if (!isMap(probe)) return void problems.push(`${at}: missing`);
  for (const key of unknownKeys(probe, PROBE_KEYS)) problems.push(`${at}: unknown key ${key}`);
  const { httpGet } = probe as Doc;
  if (!httpGet?.path?.startsWith('/')) problems.push(`${at}: httpGet.path must start with /`);
  const port = httpGet?.port;
  if (!(Number.isInteger(port) || (typeof port === 'string' && PORT_NAME.test(port)))) problems.push(`${at}: bad port`);
  for (const key of ['periodSeconds', 'timeoutSeconds', 'failureThreshold']) {
    if (key in probe && !(Number.isInteger(probe[key]) && (probe[key] as number) >= 1)) problems.push(`${at}.${key}`);
  }
};

const checkContainer: Check = (problems, container, at) => {
  for (const key of unknownKeys(container, CONTAINER_KEYS)) problems.push(`${at}: unknown key ${key}`);
  if (!DNS_LABEL.test(container.name ?? '')) problems.push(`${at}.name`);
  if (typeof container.image !== 'string' || !container.image) problems.push(`${at}.image`);
  if (container.command && !container.command.every((part: unknown) => typeof part === 'string')) {
    problems.push(`${at}.command must be strings`);
  }
  for (const port of container.ports ?? []) {
    if (!(Number.isInteger(port.containerPort) && port.containerPort > 0 && port.containerPort < 65536)) {
      problems.push(`${at}.ports: containerPort`);
    }
    if (port.name !== undefined && !PORT_NAME.test(port.name)) problems.push(`${at}.ports: name ${port.name}`);
  }
  for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
    if (probe in container) checkProbe(problems, container[probe], `${at}.${probe}`);
  }
  for (const bound of ['requests', 'limits']) {
    for (const [resource, quantity] of Object.entries(container.resources?.[bound] ?? {})) {
      if (!QUANTITY.test(String(quantity))) problems.push(`${at}.resources.${bound}.${resource}: ${String(quantity)}`);
    }
  }
  for (const key of unknownKeys(container.securityContext, CONTAINER_SECURITY_KEYS)) {
    problems.push(`${at}.securityContext: unknown key ${key}`);
  }
  for (const source of container.envFrom ?? []) {
    const ref = source.configMapRef ?? source.secretRef;
    if (Object.keys(source).length !== 1 || !DNS_LABEL.test(ref?.name ?? '')) problems.push(`${at}.envFrom`);
  }
};

const checkDeployment: Check = (problems, spec, at) => {
  if (!Number.isInteger(spec.replicas) || spec.replicas < 0) problems.push(`${at}.replicas`);
  checkLabels(problems, spec.selector?.matchLabels, `${at}.selector.matchLabels`);
  checkLabels(problems, spec.template?.metadata?.labels, `${at}.template.metadata.labels`);
  const type = spec.strategy?.type;
  if (!['RollingUpdate', 'Recreate'].includes(type)) problems.push(`${at}.strategy.type`);
  if (type === 'Recreate' && spec.strategy.rollingUpdate) problems.push(`${at}.strategy: rollingUpdate with Recreate`);
  const pod = spec.template?.spec ?? {};
  if (!Array.isArray(pod.containers) || pod.containers.length === 0) problems.push(`${at}: containers required`);
  const volumes: Doc[] = pod.volumes ?? [];
  for (const volume of volumes) {
    const sources = Object.keys(volume).filter((key) => key !== 'name');
    if (!DNS_LABEL.test(volume.name) || sources.length !== 1 || !VOLUME_SOURCES.includes(sources[0]!)) {
      problems.push(`${at}.volumes: ${JSON.stringify(volume)}`);
    }
  }
  const containers: Doc[] = [...(pod.initContainers ?? []), ...(pod.containers ?? [])];
  containers.forEach((container, i) => {
    checkContainer(problems, container, `${at}.containers[${i}]`);
    for (const mount of container.volumeMounts ?? []) {
      if (!volumes.some((v) => v.name === mount.name)) problems.push(`${at}: mount of unknown volume ${mount.name}`);
    }
  });
};

const checkService: Check = (problems, spec, at) => {
  checkLabels(problems, spec.selector, `${at}.selector`);
  if (!['ClusterIP', 'NodePort', 'LoadBalancer'].includes(spec.type)) problems.push(`${at}.type`);
  for (const port of spec.ports ?? []) {
    if (!(Number.isInteger(port.port) && port.port > 0 && port.port < 65536)) problems.push(`${at}.ports.port`);
    const target = port.targetPort;
    if (!(Number.isInteger(target) || PORT_NAME.test(String(target)))) problems.push(`${at}.ports.targetPort`);
    if (!['TCP', 'UDP', 'SCTP'].includes(port.protocol ?? 'TCP')) problems.push(`${at}.ports.protocol`);
  }
};

const checkHpa: Check = (problems, spec, at) => {
  const ref = spec.scaleTargetRef ?? {};
  if (!ref.apiVersion || !ref.kind || !DNS_LABEL.test(ref.name ?? '')) problems.push(`${at}.scaleTargetRef`);
  if (!(Number.isInteger(spec.minReplicas) && spec.minReplicas >= 1)) problems.push(`${at}.minReplicas`);
  if (!(Number.isInteger(spec.maxReplicas) && spec.maxReplicas >= spec.minReplicas)) problems.push(`${at}.maxReplicas`);
  for (const metric of spec.metrics ?? []) {
    const target = metric.resource?.target ?? {};
    if (metric.type !== 'Resource' || !['cpu', 'memory'].includes(metric.resource?.name))
      problems.push(`${at}.metrics`);
    if (target.type !== 'Utilization' || !(target.averageUtilization > 0 && target.averageUtilization <= 100)) {
      problems.push(`${at}.metrics.target`);
    }
  }
};

const checkPvc: Check = (problems, spec, at) => {
  const modes = spec.accessModes ?? [];
  if (
    !modes.length ||
    !modes.every((m: string) => ['ReadWriteOnce', 'ReadWriteMany', 'ReadOnlyMany', 'ReadWriteOncePod'].includes(m))
  ) {
    problems.push(`${at}.accessModes`);
  }
  if (!QUANTITY.test(String(spec.resources?.requests?.storage))) problems.push(`${at}.resources.requests.storage`);
};

const checkStringMap: Check = (problems, data, at) => {
  if (!isMap(data)) return void problems.push(`${at}: a map is required`);
  for (const [key, value] of Object.entries(data)) {
    if (!CONFIG_KEY.test(key) || typeof value !== 'string') problems.push(`${at}.${key}: keys and string values`);
  }
};

export function validateManifest(manifest: Doc): string[] {
  const problems: string[] = [];
  const { kind } = manifest;
  if (API_VERSIONS[kind] !== manifest.apiVersion) problems.push(`apiVersion ${manifest.apiVersion} for ${kind}`);
  if (kind === 'Kustomization') {
    if (!manifest.resources?.every((r: unknown) => typeof r === 'string')) problems.push('resources');
    return problems;
  }
  const name = manifest.metadata?.name ?? '';
  if (!(kind === 'Service' ? DNS_1035 : DNS_LABEL).test(name)) problems.push(`metadata.name ${name}`);
  checkLabels(problems, manifest.metadata?.labels, 'metadata.labels');
  const body: Record<string, [string, Check]> = {
    ConfigMap: ['data', checkStringMap],
    Secret: ['stringData', checkStringMap],
    Service: ['spec', checkService],
    Deployment: ['spec', checkDeployment],
    HorizontalPodAutoscaler: ['spec', checkHpa],
    PersistentVolumeClaim: ['spec', checkPvc],
  };
  const [field, check] = body[kind] ?? [];
  if (!field || !check) return [...problems, `unexpected kind ${kind}`];
  const allowed = new Set(['apiVersion', 'kind', 'metadata', field, ...(kind === 'Secret' ? ['type'] : [])]);
  for (const key of unknownKeys(manifest, allowed)) problems.push(`unknown top-level key ${key}`);
  check(problems, manifest[field], field);
  return problems;
}
