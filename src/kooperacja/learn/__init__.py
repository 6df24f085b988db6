"""The learned scorer: rules propose candidates, small models decide which to keep and with what confidence.

`features` reads a candidate's features from the analysed `Doc`; `scoring` is the scorer's own matching and
metrics (labels and `kooperacja evaluate`); `model` is the model file and the decisions it drives; `train`
fits the models on gold folders and cross-validates them by document.
"""
