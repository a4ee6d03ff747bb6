import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
	id?: string;
	uses?: string;
	run?: string;
	with?: Record<string, string>;
	env?: Record<string, string>;
}
interface Job {
	needs?: string;
	steps: Step[];
	environment?: { name: string };
}
interface Workflow {
	on: { push: { branches: string[] }; workflow_dispatch: unknown };
	permissions: Record<string, string>;
	jobs: { build: Job; deploy: Job };
}

const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as Workflow;
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const build = workflow.jobs.build.steps;
const action = (name: string) =>
	[...build, ...workflow.jobs.deploy.steps].find((step) => step.uses?.startsWith(`${name}@`));

describe('the GitHub Pages workflow', () => {
	it('publishes main on every push, and on demand', () => {
		expect(workflow.on.push.branches).toEqual(['main']);
		expect(workflow.on).toHaveProperty('workflow_dispatch');
		expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
	});

	it('installs with npm ci and builds with npm run build, on the Node version of .nvmrc', () => {
		expect(
			build.filter((step) => step.run !== undefined && step.run.startsWith('npm')).map((step) => step.run),
		).toEqual(['npm ci', 'npm run build']);
		expect(packageJson.scripts['build']).toBe('astro build');
		expect(action('actions/setup-node')?.with?.['node-version-file']).toBe('.nvmrc');
	});

	it("sets SITE_URL from the repository's Pages origin and uploads what Astro builds", () => {
		const buildStep = build.find((step) => step.run === 'npm run build');
		expect(action('actions/configure-pages')?.id).toBe('pages');
		expect(buildStep?.env?.['SITE_URL']).toBe('${{ steps.pages.outputs.origin }}');
		expect(action('actions/upload-pages-artifact')?.with?.['path']).toBe('dist');
	});

	it('deploys with the official action after the build, to the github-pages environment', () => {
		expect(workflow.jobs.deploy.needs).toBe('build');
		expect(workflow.jobs.deploy.environment?.name).toBe('github-pages');
		expect(action('actions/deploy-pages')).toBeDefined();
	});
});
