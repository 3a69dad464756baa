"""p1246-7: department site (Sở NN&PTNT Đắk Lắk), no dateline, one-cell-per-line table with a 'Trong đó' sub-row."""
from lib import fig, per, inh, year, chg, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐẮK LẮK
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả sản xuất bí đỏ năm 2024 và kế hoạch năm 2025

Năm 2024, bí đỏ tiếp tục là cây trồng chủ lực trên đất màu của Đắk Lắk với diện tích ước thực hiện 7.240 ha, tăng 6,2% so với năm 2023, tập trung tại các huyện Krông Bông, Ea Kar, M'Drắk và Krông Pắc.

Diện tích, năng suất, sản lượng bí đỏ
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Diện tích (ha)
6.818
7.240
7.500
Trong đó: diện tích liên kết tiêu thụ (ha)
1.920
2.350
3.000
Năng suất (tạ/ha)
231,5
238,0
240,0
Sản lượng (tấn)
157.837
172.312
180.000

Giá bí đỏ bình quân năm 2024 đạt 6.500 đồng/kg, giá trị sản xuất ước đạt hơn 1.100 tỷ đồng. Toàn tỉnh có 14 doanh nghiệp, hợp tác xã thu mua, sơ chế bí đỏ; trong đó 4 doanh nghiệp xuất khẩu trực tiếp sang Trung Quốc và Hàn Quốc với khoảng 21.000 tấn.

Năm 2025, Sở đề nghị các huyện phấn đấu nâng tỷ lệ diện tích liên kết tiêu thụ lên 40%, hướng dẫn cấp thêm 15 mã số vùng trồng.

Bài viết liên quan:
- Tập huấn kỹ thuật trồng bí đỏ theo VietGAP lần thứ 2
- Hướng dẫn cấp mã số vùng trồng phục vụ xuất khẩu

Sở Nông nghiệp và PTNT tỉnh Đắk Lắk - 47 Nguyễn Tất Thành, TP Buôn Ma Thuột
Điện thoại: 0262.3852.614 | Email: snnptnt@daklak.gov.vn
Lượt truy cập: 1.284.377 | Trực tuyến: 52
"""

Y24 = year("Năm 2024", 2024)
Y24b = year("năm 2024", 2024)
Y25 = year("Năm 2025", 2025)
COLS = [("năm 2023", year("Năm 2023", 2023), None),
        ("ước thực hiện 2024", year("Ước thực hiện 2024", 2024), "estimate"),
        ("kế hoạch 2025", year("Kế hoạch 2025", 2025), "target")]
ROWS = [("Diện tích (ha)", "diện tích bí đỏ", "measure", "ha", 1, ["6.818", "7.240", "7.500"]),
        ("Trong đó: diện tích liên kết tiêu thụ (ha)", "diện tích liên kết tiêu thụ", "measure", "ha", 1,
         ["1.920", "2.350", "3.000"]),
        ("Năng suất (tạ/ha)", "năng suất bí đỏ", "measure", "tạ/ha", 1, ["231,5", "238,0", "240,0"]),
        ("Sản lượng (tấn)", "sản lượng bí đỏ", "measure", "tấn", 1, ["157.837", "172.312", "180.000"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
WHOLE = [num(n) for n in ROWS[0][5]]
for label, subj, kind, unit, _, nums in ROWS:
    prev = label
    for i, ((cname, period, status), n) in enumerate(zip(COLS, nums)):
        kw = {"status": status} if status else {}
        if label.startswith("Trong đó"):
            kw["total"] = WHOLE[i]
        CELLS.append(fig(f"{prev}\n{n}", n, num(n), kind, unit, subject=f"{subj} {cname}", period=period, **kw))
        prev = n

FIGS = [
    fig("thực hiện 7.240 ha", "7.240", 7240, "measure", "ha", status="estimate",
        change=chg("increase", 6.2, "%", "năm 2023"), subject="diện tích bí đỏ", period=Y24),
] + CELLS + [
    fig("đạt 6.500 đồng/kg", "6.500", 6500, "money", "đồng/kg", subject="giá bí đỏ bình quân", period=Y24b),
    fig("hơn 1.100 tỷ", "1.100", 1100e9, "money", "đồng", approx="over", status="estimate",
        subject="giá trị sản xuất bí đỏ", period=Y24b),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp, hợp tác xã",
        subject="doanh nghiệp, hợp tác xã thu mua, sơ chế bí đỏ"),
    fig("trong đó 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=14,
        subject="doanh nghiệp xuất khẩu trực tiếp sang Trung Quốc và Hàn Quốc"),
    fig("khoảng 21.000 tấn", "21.000", 21000, "measure", "tấn", approx="about",
        subject="bí đỏ doanh nghiệp xuất khẩu trực tiếp"),
    fig("lên 40%", "40", 40, "percent", "%", status="target", subject="tỷ lệ diện tích liên kết tiêu thụ",
        period=Y25),
    fig("thêm 15 mã số", "15", 15, "count", "mã số vùng trồng", status="target",
        subject="mã số vùng trồng cấp thêm", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Đắk Lắk) with NO dateline: menu, related links, address, phone, email, 'Lượt truy cập', 'Trực tuyến'. published = null.",
    "One-cell-per-line table: header cells 'Chỉ tiêu / Năm 2023 / Ước thực hiện 2024 / Kế hoạch 2025', rows with the unit in the label (ha, tạ/ha, tấn).",
    "Cells: subject = row + column; period from the column (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. No place column: Đắk Lắk.",
    "The 'Trong đó: diện tích liên kết tiêu thụ' sub-row follows the 'Diện tích' row: each of its cells takes the area cell of the same column as total (FIGURES.md: a part after 'trong đó' that follows the whole).",
    "Lead: 'diện tích ước thực hiện 7.240 ha' → estimate, change 6.2 % vs năm 2023. 'giá trị sản xuất ước đạt hơn 1.100 tỷ' → estimate, over; the price before it is actual.",
    "'trong đó 4 doanh nghiệp' → part of 14. The present-tense counts and 'khoảng 21.000 tấn' carry no period. Section 'Năm 2025 ... phấn đấu' → targets.",
    "Distractors: 'lần thứ 2', '47 Nguyễn Tất Thành', phone 0262.3852.614, 'Lượt truy cập: 1.284.377', 'Trực tuyến: 52', 'năm 2023' baseline.",
]

if __name__ == "__main__":
    write("p1246-7", TEXT, NOTES, FIGS, location="Đắk Lắk")
