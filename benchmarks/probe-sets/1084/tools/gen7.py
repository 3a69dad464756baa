"""p1084-7: Sở Công Thương Quảng Ninh site, no dateline, one-cell-per-line table (2023, 2024, plan 2025)."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH QUẢNG NINH
Trang chủ / Tin tức / Thương mại điện tử

Quảng Ninh đẩy mạnh livestream bán sản phẩm OCOP trên sàn thương mại điện tử

Năm 2024, Sở Công Thương phối hợp với các địa phương tổ chức 265 phiên livestream quảng bá, bán sản phẩm OCOP và nông sản, thu hút hơn 1,2 triệu lượt xem. Tổng số đơn hàng chốt thành công đạt 34.800 đơn, doanh thu 27,5 tỷ đồng, tăng 31,4% so với năm 2023. Các địa phương có doanh thu cao là Đông Triều (6,8 tỷ đồng), Tiên Yên (4,9 tỷ đồng) và Vân Đồn (3,7 tỷ đồng).

Sản phẩm được ưa chuộng nhất là chả mực Hạ Long, gà Tiên Yên, miến dong Bình Liêu và ba kích. Riêng chả mực bán được gần 18 tấn, giá bán phổ biến 380.000-420.000 đồng/kg.

Kết quả một số chỉ tiêu chính như sau:
Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch năm 2025
Số phiên livestream (phiên)
182
265
320
Số đơn hàng (nghìn đơn)
24,6
34,8
45
Doanh thu (tỷ đồng)
20,9
27,5
36
Người bán được tập huấn (người)
640
915
1.200

Năm 2025, Sở tiếp tục triển khai Chương trình số 5394/CTr-SCT, phấn đấu 100% chủ thể OCOP đạt 4 sao trở lên có gian hàng trên sàn thương mại điện tử.

SỞ CÔNG THƯƠNG TỈNH QUẢNG NINH
Địa chỉ: Tầng 6, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long, tỉnh Quảng Ninh
Điện thoại: 0203.3835.721 - Fax: 0203.3835.432
Lượt truy cập: 1.284.506
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C25 = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

# (row label, unit, kind, multiplier, subject, cells, anchors)
ROWS = [
    ("Số phiên livestream (phiên)", "phiên", "count", 1, "số phiên livestream",
     ["182", "265", "320"], ["(phiên)\n182", "182\n265", "265\n320"]),
    ("Số đơn hàng (nghìn đơn)", "đơn", "count", 1e3, "số đơn hàng",
     ["24,6", "34,8", "45"], ["đơn)\n24,6", "24,6\n34,8", "34,8\n45"]),
    ("Doanh thu (tỷ đồng)", "đồng", "money", 1e9, "doanh thu",
     ["20,9", "27,5", "36"], ["đồng)\n20,9", "20,9\n27,5", "27,5\n36"]),
    ("Người bán được tập huấn (người)", "người", "count", 1, "người bán được tập huấn",
     ["640", "915", "1.200"], ["(người)\n640", "640\n915", "915\n1.200"]),
]
COLS = [("năm 2023", C23, "actual"), ("năm 2024", C24, "actual"), ("kế hoạch năm 2025", C25, "target")]


def table_figs():
    out = []
    for _, unit, kind, mult, subj, cells, anchors in ROWS:
        for (col, per, status), cell, anchor in zip(COLS, cells, anchors):
            val = float(cell.replace(".", "").replace(",", ".")) * mult
            extra = {"status": status} if status != "actual" else {}
            out.append(F(anchor, cell, val, kind, unit, f"{subj} {col}", per, **extra))
    return out


FIGS = [
    F("tổ chức 265 phiên livestream", "265", 265, "count", "phiên livestream",
      "phiên livestream quảng bá, bán sản phẩm OCOP và nông sản", Y24),
    F("hơn 1,2 triệu lượt xem", "1,2", 1.2e6, "count", "lượt xem", "lượt xem các phiên livestream", Y24,
      approx="over"),
    F("đạt 34.800 đơn", "34.800", 34800, "count", "đơn", "tổng số đơn hàng chốt thành công", I(Y24)),
    F("doanh thu 27,5 tỷ đồng", "27,5", 27.5e9, "money", "đồng", "doanh thu", I(Y24),
      change=C("increase", 31.4, "%", "năm 2023")),
    F("Đông Triều (6,8 tỷ đồng)", "6,8", 6.8e9, "money", "đồng", "doanh thu", I(Y24), location="Đông Triều"),
    F("Tiên Yên (4,9 tỷ đồng)", "4,9", 4.9e9, "money", "đồng", "doanh thu", I(Y24), location="Tiên Yên"),
    F("Vân Đồn (3,7 tỷ đồng)", "3,7", 3.7e9, "money", "đồng", "doanh thu", I(Y24), location="Vân Đồn"),
    F("gần 18 tấn", "18", 18, "measure", "tấn", "chả mực bán được", I(Y24), approx="nearly"),
    F("phổ biến 380.000-420.000 đồng/kg", "380.000", 380000, "money", "đồng/kg", "giá bán chả mực",
      I(Y24), value_max=420000),
] + table_figs() + [
    F("phấn đấu 100% chủ thể", "100", 100, "percent", "%",
      "chủ thể OCOP đạt 4 sao trở lên có gian hàng trên sàn thương mại điện tử", Y25, status="target"),
    F("đạt 4 sao trở lên", "4", 4, "measure", "sao", "hạng sao chủ thể OCOP", approx="at_least",
      optional=True),
]

NOTES = [
    "Sở Công Thương Quảng Ninh site (invented): no dateline (published absent), footer with address, phone, fax and visit counter.",
    "One-cell-per-line table: header cells (Chỉ tiêu / Năm 2023 / Năm 2024 / Kế hoạch năm 2025), then each row's cells.",
    "Cells: subject = row label + column; unit and multiplier from the row label ('(nghìn đơn)' ×10^3, '(tỷ đồng)' ×10^9);",
    "period from the column header (scored, as in the shared table golds); 'Kế hoạch năm 2025' column → status target.",
    "The text's 'Năm 2024' stands in the first sentence only; later sentences of that paragraph and the chả mực sentence inherit it.",
    "'4 sao trở lên' is a category threshold (optional). The chả mực figures (18 tấn, price) inherit 'Năm 2024'.",
    "Distractors: 'Chương trình số 5394/CTr-SCT', 'Tầng 6', 'Trụ sở Liên cơ quan số 3', phone/fax, 'Lượt truy cập: 1.284.506'.",
]

write("p1084-7", TEXT, FIGS, NOTES, location="Quảng Ninh")
