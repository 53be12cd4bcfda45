/** What the Docker, CI and Kubernetes templates need. */
import type { Spec } from '../../spec';

export interface DeployView {
  docker: boolean;
  kubernetes: boolean;
}

export function buildDeployView(spec: Spec): DeployView {
  return { docker: spec.deploy.docker, kubernetes: spec.deploy.kubernetes };
}
