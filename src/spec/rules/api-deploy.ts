/** api: page sizes, unique CORS origins with real ports; deploy: unique CI providers. */
import { show } from '../show';
import { reportRepeats, type Rule } from './types';

export const apiRule: Rule = ({ api }, report) => {
  if (!api) return;
  if (api.defaultPageSize > api.maxPageSize) {
    report(['api', 'defaultPageSize'], `${api.defaultPageSize} is above maxPageSize ${api.maxPageSize}`);
  }
  api.corsOrigins.forEach((origin, index) => {
    const port = /:(\d+)$/.exec(origin)?.[1];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
      report(['api', 'corsOrigins', index], `${show(origin)} has port ${port}; ports run from 1 to 65535`);
    }
  });
  reportRepeats(
    api.corsOrigins,
    (origin) => origin.toLowerCase(),
    (index, first) =>
      report(
        ['api', 'corsOrigins', index],
        `${show(api.corsOrigins[index])} is listed twice (first at corsOrigins[${first}])`,
      ),
  );
};

export const deployRule: Rule = ({ deploy }, report) => {
  if (!deploy) return;
  reportRepeats(
    deploy.ci,
    (ci) => ci,
    (index, first) =>
      report(['deploy', 'ci', index], `${show(deploy.ci[index])} is listed twice (first at ci[${first}])`),
  );
};
