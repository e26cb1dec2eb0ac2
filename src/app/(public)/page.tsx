export default function LandingPage() {
  return <main><h1>ClinixAI</h1></main>;
}
