"""The scikit-learn twin of train.ts: same flags, same files (out/metrics.json, out/predictions.csv, model/).

    pip install -r requirements.txt
    python train.py [--seed 42] [--trees 15] [--features a,b,...] [--folds 5] [--max-depth 6] [--data ...]

Every labelled bird gets an out-of-fold prediction (stratified k-fold), so mlgate pairs 333 predictions
per run; the model in model/ is then trained on every labelled bird. The numbers differ from train.ts's
(another forest), the formats do not.
"""

import argparse
import hashlib
import json
import os

import joblib
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, f1_score, log_loss, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold

ALL_FEATURES = ["species", "bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]
SPECIES = ["Adelie", "Chinstrap", "Gentoo"]
CLASSES = ["FEMALE", "MALE"]


def features(text):
    names = [name.strip() for name in text.split(",")]
    unknown = [name for name in names if name not in ALL_FEATURES]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown feature(s) {', '.join(unknown)}: {','.join(ALL_FEATURES)}")
    return names


def flags():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--trees", type=int, default=15)
    parser.add_argument("--features", type=features, default=ALL_FEATURES)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--max-depth", type=int, default=6)
    parser.add_argument("--data", default="data/penguins.csv")
    return parser.parse_args()


def main():
    args = flags()
    # '' and '.' are how the record says "not recorded" (the schema's missingValues).
    birds = pd.read_csv(args.data, na_values=["", "."], keep_default_na=False)
    labelled = birds[birds["sex"].isin(CLASSES)].reset_index(drop=True)
    X = pd.DataFrame(index=labelled.index)
    for name in args.features:
        column = labelled[name]
        X[name] = column.map(SPECIES.index) if name == "species" else pd.to_numeric(column, errors="coerce")
    imputed_cells = int(X.isna().sum().sum())
    X = X.fillna(X.median())  # trees take no NaN: a missing value becomes its column's median
    y = (labelled["sex"] == "MALE").astype(int).to_numpy()

    def forest(seed):
        return RandomForestClassifier(
            n_estimators=args.trees, max_depth=args.max_depth, min_samples_split=3, random_state=seed
        )

    male = np.zeros(len(y))
    folds = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=args.seed)
    for k, (train, held) in enumerate(folds.split(X, y)):
        model = forest(args.seed + k).fit(X.iloc[train], y[train])
        # One pseudo-vote each way, as train.ts does, so no probability is 0 or 1 (log loss).
        male[held] = (model.predict_proba(X.iloc[held])[:, 1] * args.trees + 1) / (args.trees + 2)
    male = np.round(male, 6)
    predicted = (male > 0.5).astype(int)

    os.makedirs("out", exist_ok=True)
    pd.DataFrame(
        {
            "id": labelled["id"],
            "label": labelled["sex"],
            "prediction": [CLASSES[p] for p in predicted],
            "score": male,
            "proba_FEMALE": np.round(1 - male, 6),
            "proba_MALE": male,
            "island": labelled["island"],
        }
    ).to_csv("out/predictions.csv", index=False)
    cv = {
        "accuracy": accuracy_score(y, predicted),
        "precision": precision_score(y, predicted),
        "recall": recall_score(y, predicted),
        "f1": f1_score(y, predicted),
        "roc_auc": roc_auc_score(y, male),
        "log_loss": log_loss(y, male),
    }
    metrics = {
        "cv": {name: round(float(value), 6) for name, value in cv.items()},
        "data": {"rows": len(birds), "labelled": len(labelled), "imputed_cells": imputed_cells},
        "model": {"trees": args.trees, "features": len(args.features), "max_depth": args.max_depth},
    }
    with open("out/metrics.json", "w") as file:
        json.dump(metrics, file, indent=2)
        file.write("\n")

    os.makedirs("model", exist_ok=True)
    joblib.dump(forest(args.seed).fit(X, y), "model/penguin-sex.joblib")
    info = {
        "task": "binary classification: sex (FEMALE/MALE) of a Palmer penguin",
        "library": "scikit-learn",
        "features": args.features,
        "species_codes": SPECIES,
        "classes": CLASSES,
        "seed": args.seed,
        "trees": args.trees,
        "max_depth": args.max_depth,
        "trained_on": {
            "file": args.data,
            "rows": len(labelled),
            "sha256": hashlib.sha256(X.to_csv(index=False).encode()).hexdigest(),
        },
        "cross_validated": {"folds": args.folds, **metrics["cv"]},
    }
    with open("model/info.json", "w") as file:
        json.dump(info, file, indent=2)
        file.write("\n")
    print(f"trained on {len(labelled)} penguins: accuracy {metrics['cv']['accuracy']}, "
          f"roc_auc {metrics['cv']['roc_auc']} (out-of-fold)")


if __name__ == "__main__":
    main()
