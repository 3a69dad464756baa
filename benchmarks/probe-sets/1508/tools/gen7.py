"""p1508-7: department site (Sở TN&MT Thái Nguyên), no dateline, one-cell-per-line table of bin sets by locality."""
from lib import F, P, I, C, T, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THÁI NGUYÊN
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả cấp phát thùng rác phân loại tại nguồn

Thực hiện Kế hoạch số 112/KH-UBND của UBND tỉnh, năm 2024 tại 4 địa phương thí điểm ước cấp phát 21.350 bộ thùng rác phân loại, tăng 41,4% so với năm 2023. Mỗi bộ gồm thùng đựng rác hữu cơ và thùng đựng rác vô cơ bằng nhựa HDPE dung tích 20 lít, đơn giá bình quân 310.000 đồng/bộ. Kết quả tại các địa phương như sau:

Đơn vị tính: bộ
Địa phương
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Thái Nguyên
6.820
9.450
11.000
TP Sông Công
2.140
3.200
3.800
TP Phổ Yên
3.050
4.600
5.500
Huyện Đại Từ
3.090
4.100
5.200
Tổng cộng
15.100
21.350
25.500

Tỷ lệ hộ gia đình thực hiện phân loại rác tại nguồn ở các địa phương thí điểm ước đạt 68%, riêng TP Thái Nguyên trên 80%. Tổng kinh phí thực hiện năm 2024 ước 6,6 tỷ đồng, trong đó ngân sách tỉnh 4,2 tỷ đồng, còn lại từ nguồn xã hội hóa.

Bài viết khác:
- Hướng dẫn phân loại chất thải rắn sinh hoạt theo Quyết định số 2035/QĐ-UBND
- Tập huấn nghiệp vụ quản lý chất thải năm 2024

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THÁI NGUYÊN
Địa chỉ: Số 425 đường Phan Đình Phùng, TP Thái Nguyên | Điện thoại: 0208.3855.321
Lượt truy cập: 1.204.387 | Trực tuyến: 25
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("TP Thái Nguyên", "Thái Nguyên", ["6.820", "9.450", "11.000"]),
        ("TP Sông Công", "Sông Công", ["2.140", "3.200", "3.800"]),
        ("TP Phổ Yên", "Phổ Yên", ["3.050", "4.600", "5.500"]),
        ("Huyện Đại Từ", "Đại Từ", ["3.090", "4.100", "5.200"]),
        ("Tổng cộng", None, ["15.100", "21.350", "25.500"])]

CELLS = []
for label, loc, nums in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if loc:
            kw["location"] = loc
        subj = col if loc else f"tổng cộng {col}"
        CELLS.append(F(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "bộ", subject=subj, period=per, **kw))
        prev = n

FIGS = [
    F("tại 4 địa phương", "4", 4, "count", "địa phương", subject="địa phương thí điểm", period=Y24),
    F("ước cấp phát 21.350", "21.350", 21350, "count", "bộ", status="estimate",
      change=C("increase", 41.4, "%", "năm 2023"),
      subject="bộ thùng rác phân loại cấp phát", period=Y24),
    F("dung tích 20 lít", "20", 20, "measure", "lít", subject="dung tích thùng", optional=True),
    F("310.000 đồng/bộ", "310.000", 310000, "money", "đồng/bộ", subject="đơn giá bình quân bộ thùng rác"),
] + CELLS + [
    F("ước đạt 68%", "68", 68, "percent", "%", status="estimate",
      subject="tỷ lệ hộ gia đình thực hiện phân loại rác tại nguồn ở các địa phương thí điểm"),
    F("trên 80%", "80", 80, "percent", "%", approx="over", status="estimate",
      subject="tỷ lệ hộ gia đình thực hiện phân loại rác tại nguồn", location="Thái Nguyên"),
    F("ước 6,6 tỷ", "6,6", 6.6e9, "money", "đồng", status="estimate",
      subject="tổng kinh phí thực hiện", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("tỉnh 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", status="estimate", total=6.6e9,
      subject="kinh phí từ ngân sách tỉnh", period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Department site (Sở Tài nguyên và Môi trường Thái Nguyên), no dateline: menu, 'Bài viết khác', footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'Kế hoạch số 112/KH-UBND', 'Quyết định số 2035/QĐ-UBND', 'năm 2024' in a link, 'Số 425', 0208.3855.321, counters 1.204.387 and 25.",
    "One-cell-per-line table, 'Đơn vị tính: bộ'; the place column gives each row's location (TP Thái Nguyên is the city, not the province);",
    "'Tổng cộng' stays with the province. Subject = the caption's indicator + column label; period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Cells get no total. 'dung tích 20 lít' is a product spec: optional.",
    "'ước cấp phát 21.350 bộ' → estimate with the change 41,4% (21.350/15.100). '4 địa phương' shares the sentence's 'năm 2024'.",
    "'ước đạt 68%, riêng TP Thái Nguyên trên 80%' → both estimate; the 80% is located in the city.",
    "'ước 6,6 tỷ ..., trong đó ngân sách tỉnh 4,2 tỷ' → 4,2 tỷ takes total 6,6 tỷ and the estimate status.",
    "revised after the first run: table subjects follow FIGURES.md (row label + column label, a place label goes to location), so a",
    "place row's cell has the column label alone ('năm 2023') and the total row 'tổng cộng năm 2023'; the first gold had added the prose",
    "indicator 'bộ thùng rác phân loại cấp phát', which the table does not state.",
    "No dateline: published is null (not written).",
]

if __name__ == "__main__":
    write("p1508-7", TEXT, NOTES, FIGS, location="Thái Nguyên")
