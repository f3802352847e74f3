// Starts the built CMS: what `strapi start` does, without the CLI around it. The CLI loads every
// command it offers before running one (Strapi Cloud's deploy client, the admin build, the
// TypeScript compiler), which took about a third of a cold start here; this loads only the server.
// https://docs.strapi.io/cms/configurations/typescript#start-strapi-programmatically
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createStrapi } = require('@strapi/strapi');

// cms/tsconfig.json's outDir, where `strapi build` puts the compiled config/ and src/.
createStrapi({ appDir: __dirname, distDir: `${__dirname}/dist` })
  .start()
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
