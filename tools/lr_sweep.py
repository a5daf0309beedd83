#!/usr/bin/env python
"""Run the recorded learning-rate sweep of one chapter's quick recipe and store it beside its figures.

c4:  seed 0 of each C4 model (CNN, CapsNet, GraCapsNet with either adjacency) at each rate of `C4_SWEEP_LRS`;
     stored in figures/gracapsnet_accuracy_lr_sweep.json; `C4_LR` must equal the choice (the accuracy figure checks it).
c57: seed 0 of each C5/C7 study variant at each rate of `STUDY_SWEEP_LRS`; stored in figures/c57_lr_sweep.json;
     `STUDY_LR` must equal the choice (the component figure checks it).

Each run trains on the embedded training digits less 500 held out and is scored on those 500 after every epoch.
Rerunning resumes: finished runs with the same recipe are kept.

    python tools/lr_sweep.py c4
    python tools/lr_sweep.py c57 --models no-transform capsnet --out /tmp/part.json
"""
import argparse, os, sys

OUT = {"c4": "figures/gracapsnet_accuracy_lr_sweep.json", "c57": "figures/c57_lr_sweep.json"}

def sweep(chapter: str, args):
    "The chapter's sweep function's records, and the learning rate its recipe uses now."
    if chapter == "c4":
        from xairobust.experiments.c4 import C4_LR, c4_lr_sweep
        return c4_lr_sweep(args.out, models=args.models, epochs=args.epochs, train_limit=args.train_limit), C4_LR
    from xairobust.experiments.c57 import STUDY_LR, c57_lr_sweep
    return c57_lr_sweep(args.out, variants=args.models, epochs=args.epochs, train_limit=args.train_limit), STUDY_LR

def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("chapter", choices=sorted(OUT), help="whose recipe to sweep")
    p.add_argument("--out", help="results JSON (resumed if present; default: the chapter's file under figures/)")
    p.add_argument("--threads", type=int, default=1, help="CPU threads (default 1)")
    p.add_argument("--models", nargs="+", help="models (c4) or study variants (c57) to sweep (default: all)")
    p.add_argument("--epochs", type=int, help="epochs per run (default: the recipe's; shorter only to try the tool)")
    p.add_argument("--train-limit", type=int, help="train on this many digits only (default: all; to try the tool)")
    args = p.parse_args(argv)
    args.out = args.out or OUT[args.chapter]
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    import torch
    torch.set_num_threads(args.threads)
    from xairobust.experiments.protocol import sweep_choice
    records, current = sweep(args.chapter, args)
    for r in records: print(f"{r['model']:28s} lr {r['lr']:g}: validation accuracy {r['valid_accuracy']:.3f} ({r['seconds']:.0f} s)")
    choice = sweep_choice(records)
    print(f"sweep choice: lr {choice:g}; the recipe's rate {current:g}" + ("" if choice == current else "  <- update it"))
    return 0

if __name__ == "__main__": sys.exit(main())
