/**
 * Where the API is: the same origin when the API serves the app at `/`; the packaged (Cordova) app
 * reads the base URL the build wrote into `<meta name="eurt-api-base-url">`.
 */
export function apiBaseUrl(): string {
  const configured = document.querySelector<HTMLMetaElement>('meta[name="eurt-api-base-url"]')?.content.trim();
  return (configured || window.location.origin).replace(/\/$/, '');
}
