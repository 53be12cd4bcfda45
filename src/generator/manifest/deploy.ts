/** Docker, CI pipelines and Kubernetes manifests (spec `deploy`). */
import type { ViewModel } from '../view-model';
import type { FileRule } from './rule';

const docker = (vm: ViewModel) => vm.deployment.docker;
const kubernetes = (vm: ViewModel) => vm.deployment.kubernetes;
const sqliteOnKubernetes = (vm: ViewModel) => vm.deployment.kubernetes && vm.deployment.k8s.dataClaim !== null;

export const deployFiles: FileRule[] = [
  { template: 'Dockerfile.hbs', when: docker },
  { template: '.dockerignore.hbs', when: docker },
  { template: 'docker-compose.yml.hbs', when: docker },
  { template: '.github/workflows/ci.yml.hbs', when: (vm) => vm.deployment.ci.github },
  { template: '.gitlab-ci.yml.hbs', when: (vm) => vm.deployment.ci.gitlab },
  { template: '.circleci/config.yml.hbs', when: (vm) => vm.deployment.ci.circleci },
  { template: 'k8s/kustomization.yaml.hbs', when: kubernetes },
  { template: 'k8s/configmap.yaml.hbs', when: kubernetes },
  { template: 'k8s/secret.example.yaml.hbs', when: kubernetes },
  { template: 'k8s/deployment.yaml.hbs', when: kubernetes },
  { template: 'k8s/service.yaml.hbs', when: kubernetes },
  { template: 'k8s/hpa.yaml.hbs', when: kubernetes },
  { template: 'k8s/pvc.yaml.hbs', when: sqliteOnKubernetes },
];
