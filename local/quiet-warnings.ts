/**
 * The AWS SDK warns on every start that its releases after January 2027 need Node 22; the
 * deployed Lambdas run Node 22 and the local runtime knows. Other warnings still print.
 */
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (!/NodeVersionSupportWarning|AWS SDK for JavaScript/.test(`${warning.name} ${warning.message}`)) console.error(warning);
});
