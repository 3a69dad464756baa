"""p1527-7: department site (Sở Công Thương Vĩnh Long), no dateline, one-cell-per-line table by product."""
from lib import F, P, year, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH VĨNH LONG
Giới thiệu | Tin tức - Sự kiện | Khuyến công | Xúc tiến thương mại | Hỏi đáp

Khuyến công giúp cơ sở làm hàng gáo dừa nâng sức cạnh tranh

Năm 2024, từ nguồn kinh phí khuyến công địa phương, Sở Công Thương đã hỗ trợ 6 cơ sở sản xuất sản phẩm từ gáo dừa ứng dụng máy móc, thiết bị tiên tiến với tổng kinh phí 1,35 tỷ đồng; tổ chức 2 lớp đào tạo nghề cho 70 học viên. Nhờ đó, năng suất chà nhám, đánh bóng bát tăng 30-35%.

Sản lượng sản phẩm từ gáo dừa trên địa bàn tỉnh
Đơn vị tính: nghìn sản phẩm
Sản phẩm
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Bát, chén gáo dừa
1.250
1.420
113,6
1.600
Muỗng, nĩa, đũa
3.180
3.560
111,9
3.900
Đồ trang trí, lưu niệm
410
455
111,0
500
Tổng số
4.840
5.435
112,3
6.000

Toàn tỉnh hiện có 58 cơ sở sản xuất sản phẩm từ gáo dừa, tập trung ở huyện Mang Thít (21 cơ sở) và huyện Trà Ôn (17 cơ sở). Giá gáo dừa nguyên liệu đã qua sơ chế khoảng 1.500-2.000 đồng/kg.

Tin cùng chuyên mục:
- Hội nghị kết nối cung cầu hàng hóa năm 2024
- Thông báo tuyển chọn đề án khuyến công đợt 2

SỞ CÔNG THƯƠNG TỈNH VĨNH LONG
Địa chỉ: Số 114 đường 2 Tháng 9, Phường 1, TP Vĩnh Long
Điện thoại: 0270.3822.524
Lượt truy cập: 1.204.377 | Trực tuyến: 25
"""

Y24 = year("Năm 2024", 2024)
C23, E24, K25 = year("Năm 2023", 2023), year("Ước thực hiện 2024", 2024), year("Kế hoạch 2025", 2025)
COLS = [("năm 2023", C23, None, False), ("ước thực hiện 2024", E24, "estimate", False),
        ("so với cùng kỳ", None, None, True), ("kế hoạch 2025", K25, "target", False)]
ROWS = [("Bát, chén gáo dừa", ["1.250", "1.420", "113,6", "1.600"]),
        ("Muỗng, nĩa, đũa", ["3.180", "3.560", "111,9", "3.900"]),
        ("Đồ trang trí, lưu niệm", ["410", "455", "111,0", "500"]),
        ("Tổng số", ["4.840", "5.435", "112,3", "6.000"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, per, st, pct), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        row = label.lower()
        if pct:
            CELLS.append(F(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%",
                           subject=f"sản lượng {row} {col}", period=inh(E24), **kw))
        else:
            v = float(n.replace(".", "").replace(",", ".")) * 1e3
            CELLS.append(F(f"{prev}\n{n}", n, v, "count", "sản phẩm", subject=f"sản lượng {row} {col}",
                           period=per, **kw))
        prev = n

FIGS = [
    F("hỗ trợ 6 cơ sở", "6", 6, "count", "cơ sở", subject="cơ sở sản xuất sản phẩm từ gáo dừa được hỗ trợ",
      period=Y24),
    F("kinh phí 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", subject="tổng kinh phí hỗ trợ", period=Y24),
    F("tổ chức 2 lớp", "2", 2, "count", "lớp", subject="lớp đào tạo nghề", period=Y24),
    F("cho 70 học viên", "70", 70, "count", "học viên", subject="học viên lớp đào tạo nghề", period=Y24),
    F("tăng 30-35%", "30", 30, "percent", "%", value_max=35, subject="năng suất chà nhám, đánh bóng bát",
      period=inh(Y24)),
] + CELLS + [
    F("có 58 cơ sở", "58", 58, "count", "cơ sở", subject="cơ sở sản xuất sản phẩm từ gáo dừa"),
    F("Mang Thít (21 cơ sở)", "21", 21, "count", "cơ sở", subject="cơ sở sản xuất sản phẩm từ gáo dừa",
      location="Mang Thít"),
    F("Trà Ôn (17 cơ sở)", "17", 17, "count", "cơ sở", subject="cơ sở sản xuất sản phẩm từ gáo dừa",
      location="Trà Ôn"),
    F("khoảng 1.500-2.000", "1.500", 1500, "money", "đồng/kg", value_max=2000, approx="about",
      subject="giá gáo dừa nguyên liệu đã qua sơ chế"),
]

NOTES = [
    "Department site (Sở Công Thương Vĩnh Long) without a dateline: menu, related links, address, phone, 'Lượt truy cập', 'Trực tuyến' → no published.",
    "'Năm 2024, ... hỗ trợ 6 cơ sở ... 1,35 tỷ đồng; tổ chức 2 lớp ... 70 học viên' → period 2024; 'năng suất ... tăng 30-35%' (next sentence, 'Nhờ đó') is a growth rate as the claim: percent range, no change, period inherited 2024.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn sản phẩm': quantity cells are counts ×10^3 in sản phẩm; subject = row label + column label; period from the header;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells are percent figures (growth as the claim, 1.420/1.250 = 113,6%), status actual",
    "(the column header has no cue), period inherited 2024 (the header names no period; not scored). Cells get no total.",
    "'tập trung ở huyện Mang Thít (21 cơ sở) và huyện Trà Ôn (17 cơ sở)' do not add up to 58 → no total; the districts → location.",
    "Distractors: 'Số 114 đường 2 Tháng 9, Phường 1', phone, 'Lượt truy cập: 1.204.377', 'Trực tuyến: 25', 'đợt 2', 'năm 2024' in a link title.",
]

if __name__ == "__main__":
    write("p1527-7", TEXT, NOTES, FIGS, published=None, location="Vĩnh Long")
