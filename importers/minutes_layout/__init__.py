"""The layouts minutes come in, brought to the one line-by-line form the minutes parser reads."""
