"""p1381-7: department site without dateline (Sở KH&CN Khánh Hòa): product testing of toys and school supplies, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KHÁNH HÒA
Giới thiệu | Tin tức | Văn bản | Dịch vụ công | Liên hệ

Kết quả lấy mẫu thử nghiệm đồ chơi, đồ dùng học tập

Thực hiện kế hoạch kiểm tra chất lượng hàng hóa lưu thông trên thị trường, Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Khánh Hòa đã lấy mẫu tại 42 cửa hàng ở TP Nha Trang, TP Cam Ranh và thị xã Ninh Hòa. Năm 2024, số mẫu thử nghiệm ước đạt 96 mẫu, bằng 120% kế hoạch năm.

Số mẫu lấy thử nghiệm theo nhóm sản phẩm
Đơn vị tính: mẫu
Nhóm sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Đồ chơi trẻ em
38
52
60
Trong đó: đồ chơi bằng nhựa
24
35
40
Bút, mực, màu vẽ
21
26
30
Vở, giấy học sinh
14
18
20
Tổng số
73
96
110

Kết quả thử nghiệm năm 2023 cho thấy 9 mẫu không đạt, chiếm 12,3% tổng số mẫu; chủ yếu là bút chì màu và sáp màu có hàm lượng kim loại nặng vượt mức cho phép. Năm 2024, tỷ lệ mẫu không đạt giảm còn khoảng 7%.

Năm 2025, Chi cục phấn đấu kiểm tra 100% cửa hàng kinh doanh đồ chơi tại các chợ đầu mối; tổ chức 4 lớp tập huấn cho khoảng 200 tiểu thương về ghi nhãn hàng hóa.

Tin cùng chuyên mục:
- Hội nghị tổng kết công tác tiêu chuẩn đo lường chất lượng
- Hướng dẫn công bố hợp quy đồ chơi trẻ em

Liên kết website: Bộ Khoa học và Công nghệ | UBND tỉnh Khánh Hòa
Địa chỉ: 04 Phan Chu Trinh, phường Xương Huân, TP Nha Trang, Khánh Hòa
Điện thoại: (0258) 3822.415
Lượt truy cập: 1.204.337
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (Y23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")


def cell(anchor, number, row, col, total=None):
    per, st = COLS[col]
    kw = {"status": st} if st else {}
    if total is not None:
        kw["total"] = total
    return F(anchor, number, float(number), "count", "mẫu", subject=f"{row} {col}", period=per, **kw)


ROWS = [("Đồ chơi trẻ em", "đồ chơi trẻ em", ["38", "52", "60"]),
        ("Trong đó: đồ chơi bằng nhựa", "đồ chơi bằng nhựa", ["24", "35", "40"]),
        ("Bút, mực, màu vẽ", "bút, mực, màu vẽ", ["21", "26", "30"]),
        ("Vở, giấy học sinh", "vở, giấy học sinh", ["14", "18", "20"]),
        ("Tổng số", "tổng số mẫu", ["73", "96", "110"])]
CELLS = []
for label, subj, nums in ROWS:
    prev = label
    # revised: the 'Trong đó' sub-row is a part of the row above it (spec, parts of a whole): total = that cell.
    wholes = ROWS[0][2] if label.startswith("Trong đó") else [None] * 3
    for col, n, whole in zip(COLS, nums, wholes):
        CELLS.append(cell(f"{prev}\n{n}\n", n, subj, col, float(whole) if whole else None))
        prev = n

FIGS = [
    F("tại 42 cửa hàng", "42", 42, "count", "cửa hàng", subject="cửa hàng được lấy mẫu"),
    F("ước đạt 96 mẫu", "96", 96, "count", "mẫu", percent=120, status="estimate",
      subject="số mẫu thử nghiệm", period=Y24),
] + CELLS + [
    F("cho thấy 9 mẫu", "9", 9, "count", "mẫu", percent=12.3, subject="mẫu không đạt",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 7%", "7", 7, "percent", "%", approx="about", subject="tỷ lệ mẫu không đạt", period=Y24),
    F("kiểm tra 100%", "100", 100, "percent", "%", status="target",
      subject="cửa hàng kinh doanh đồ chơi tại các chợ đầu mối được kiểm tra", period=Y25),
    F("tổ chức 4 lớp", "4", 4, "count", "lớp tập huấn", status="target", subject="lớp tập huấn", period=Y25),
    F("khoảng 200 tiểu thương", "200", 200, "count", "tiểu thương", approx="about", status="target",
      subject="tiểu thương được tập huấn về ghi nhãn hàng hóa", period=Y25),
]

NOTES = [
    "Department site without dateline (Sở KH&CN Khánh Hòa): menu, related links, footer with address, phone and 'Lượt truy cập'. No published date.",
    "'lấy mẫu tại 42 cửa hàng ở TP Nha Trang, TP Cam Ranh và thị xã Ninh Hòa' spans three places: location stays Khánh Hòa; no period stated.",
    "'ước đạt 96 mẫu, bằng 120% kế hoạch năm' → estimate with percent 120.",
    "One-cell-per-line table, 'Đơn vị tính: mẫu'; subject = row label + column label; period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "revised: the 'Trong đó: đồ chơi bằng nhựa' sub-row is a part after 'trong đó' of the 'Đồ chơi trẻ em' row (same thing, same period): total 38 / 52 / 60.",
    "'9 mẫu không đạt, chiếm 12,3% tổng số mẫu' → percent 12,3 (9/73); no whole number in the sentence, so no total.",
    "'giảm còn khoảng 7%' states the new level (a percent figure), not a change. 'Năm 2025, ... phấn đấu' governs both clauses (target).",
    "Distractors: '04 Phan Chu Trinh', phone '(0258) 3822.415', 'Lượt truy cập: 1.204.337'.",
]

if __name__ == "__main__":
    write("p1381-7", TEXT, NOTES, FIGS, published=None, location="Khánh Hòa")
