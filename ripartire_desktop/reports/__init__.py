"""PDF documents and anonymised bundles (ReportLab, no Qt)."""
