/**
 * The CV as a JSON Resume 1.0.0 document (`/api/cv.json`): the sections the CMS fills, with the
 * keys and date format the schema defines. JSON Resume has no talks section, so talks are
 * `projects` of `type: "talk"` (the schema's own example values for `projects[].type` include
 * "talk" and "presentation"), with the event as `entity`. Academic service (reviewing,
 * organising) is `volunteer` work, as the JSON Resume themes show it. Further keys are allowed
 * everywhere by that schema, so readers must accept them.
 * https://jsonresume.org/schema and https://github.com/jsonresume/resume-schema (schema.json)
 */
import { z } from 'zod';

/** A date as JSON Resume writes it: a year, a year and month, or a full date (`2021`, `2021-09`, `2021-09-01`). */
export const JSON_RESUME_DATE = /^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$/;
const resumeDate = z.string().regex(JSON_RESUME_DATE);

export const jsonResumeSchema = z
  .object({
    $schema: z.string(),
    basics: z
      .object({
        name: z.string().min(1),
        label: z.string().optional(),
        image: z.string().optional(),
        email: z.string().optional(),
        url: z.string().optional(),
        summary: z.string().optional(),
        profiles: z.array(z.object({ network: z.string(), url: z.string() }).loose()),
      })
      .loose(),
    work: z.array(
      z
        .object({
          name: z.string(),
          position: z.string(),
          location: z.string().optional(),
          startDate: resumeDate.optional(),
          endDate: resumeDate.optional(),
          summary: z.string().optional(),
        })
        .loose(),
    ),
    volunteer: z.array(
      z.object({ organization: z.string(), position: z.string(), startDate: resumeDate.optional(), endDate: resumeDate.optional(), summary: z.string().optional() }).loose(),
    ),
    education: z.array(
      z
        .object({
          institution: z.string(),
          studyType: z.string(),
          startDate: resumeDate.optional(),
          endDate: resumeDate.optional(),
        })
        .loose(),
    ),
    awards: z.array(z.object({ title: z.string(), date: resumeDate.optional(), awarder: z.string().optional(), summary: z.string().optional() }).loose()),
    publications: z.array(
      z
        .object({
          name: z.string(),
          publisher: z.string().optional(),
          releaseDate: resumeDate.optional(),
          url: z.string().optional(),
          summary: z.string().optional(),
        })
        .loose(),
    ),
    projects: z.array(
      z
        .object({
          name: z.string(),
          type: z.literal('talk'),
          entity: z.string(),
          startDate: resumeDate,
          url: z.string().optional(),
          description: z.string().optional(),
          roles: z.array(z.string()),
          keywords: z.array(z.string()),
        })
        .loose(),
    ),
    interests: z.array(z.object({ name: z.string() }).loose()),
    meta: z.object({ canonical: z.string(), version: z.string(), lastModified: z.string().optional() }).loose(),
  })
  .loose();
export type JsonResume = z.infer<typeof jsonResumeSchema>;

/** The JSON Resume schema release the export follows (`meta.version`, `$schema`). */
export const JSON_RESUME_VERSION = 'v1.0.0';
export const JSON_RESUME_SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';
