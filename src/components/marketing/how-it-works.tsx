const steps = [
  { title: 'Book', text: 'The patient picks a visit type and a time that suits them with a clinician at their clinic.' },
  { title: 'Prepare', text: 'Before the visit, a guided intake asks the right questions and flags anything urgent, with emergency guidance.' },
  { title: 'See the patient', text: 'The clinician opens a chart that is already structured, with a draft note and safety checks ready.' },
  { title: 'Sign and follow up', text: 'The clinician signs the note; the patient gets a clear summary, their medications and a way to ask questions.' },
] as const;

export function HowItWorks() {
  return (
    <section id="how-it-works" aria-labelledby="how-title" className="border-y bg-muted">
      <div className="mx-auto max-w-content px-4 py-16 sm:px-6 md:py-20">
        <h2 id="how-title" className="text-3xl font-semibold tracking-tight">
          How a visit works
        </h2>
        <ol className="mt-10 grid gap-6 md:grid-cols-4">
          {steps.map((step, index) => (
            <li key={step.title} className="flex flex-col gap-2 rounded-lg border bg-card p-5 text-card-foreground">
              <span aria-hidden="true" className="flex size-8 items-center justify-center rounded-full bg-primary text-sm font-semibold text-primary-foreground">
                {index + 1}
              </span>
              <h3 className="text-lg font-semibold">
                <span className="sr-only">Step {index + 1}: </span>
                {step.title}
              </h3>
              <p className="text-muted-foreground">{step.text}</p>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
