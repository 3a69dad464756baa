"""p841-3: formal report (UBND tỉnh Khánh Hòa), kinh tế ban đêm 9 tháng 2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """
UBND TỈNH KHÁNH HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Khánh Hòa, ngày 14 tháng 10 năm 2024
BÁO CÁO
Kết quả phát triển kinh tế ban đêm 9 tháng đầu năm 2024
Thực hiện Quyết định số 1129/QĐ-TTg ngày 27/7/2020 của Thủ tướng Chính phủ, UBND tỉnh Khánh Hòa báo cáo như sau:
I. KẾT QUẢ THỰC HIỆN
1. Về lượt khách và doanh thu
9 tháng đầu năm 2024, các khu chợ đêm, phố đi bộ trên địa bàn tỉnh đón khoảng 2,25 triệu lượt khách, tăng 21,3% so với cùng kỳ, đạt 76,3% kế hoạch năm; doanh thu dịch vụ về đêm ước đạt 1.126 tỷ đồng, chiếm 18,6% tổng thu từ du lịch.
Lượt khách theo địa phương như sau:
Đơn vị tính: nghìn lượt khách
Địa phương | 9 tháng năm 2023 | 9 tháng năm 2024 | Kế hoạch năm 2024 | So với cùng kỳ (%)
Nha Trang | 1.524 | 1.860 | 2.400 | 122,0
Cam Ranh | 181 | 215 | 300 | 118,8
Vạn Ninh | 88 | 102 | 150 | 115,9
Diên Khánh | 62 | 73 | 100 | 117,7
Tổng cộng | 1.855 | 2.250 | 2.950 | 121,3
2. Về hạ tầng, gian hàng
Toàn tỉnh hiện có 7 khu chợ đêm, 3 tuyến phố đi bộ với 1.148 gian hàng; trong đó thành phố Nha Trang có 4 chợ đêm và 2 phố đi bộ. Giá thuê bình quân 2,8 triệu đồng/gian hàng/tháng.
II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 đón 2,95 triệu lượt khách; dự kiến quý IV/2024 đón khoảng 700.000 lượt khách, tổ chức 12 chương trình nghệ thuật đường phố.
Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT.
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
C23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

ROWS = [  # row label, location, 2023, 2024, plan, % ; each as written
    ("Nha Trang", "Nha Trang", "1.524", "1.860", "2.400", "122,0"),
    ("Cam Ranh", "Cam Ranh", "181", "215", "300", "118,8"),
    ("Vạn Ninh", "Vạn Ninh", "88", "102", "150", "115,9"),
    ("Diên Khánh", "Diên Khánh", "62", "73", "100", "117,7"),
    ("Tổng cộng", "Khánh Hòa", "1.855", "2.250", "2.950", "121,3"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("đón khoảng 2,25 triệu", "2,25", 2_250_000, "count", "lượt khách",
      "lượt khách đến các khu chợ đêm, phố đi bộ", M9, approx="about", percent=76.3,
      change=C("increase", 21.3, "%", "cùng kỳ")),
    F("ước đạt 1.126 tỷ đồng", "1.126", 1126e9, "money", "đồng", "doanh thu dịch vụ về đêm", M9,
      percent=18.6, status="estimate"),
]
for label, loc, a, b, c, d in ROWS:
    total = label == "Tổng cộng"
    # subject = indicator (unit line) + row label unless it is a place + column label (FIGURES.md, Tables)
    subj = "tổng cộng lượt khách" if total else "lượt khách"
    FIGS += [
        F(f"{label} | {a} |", a, num(a) * 1000, "count", "lượt khách", subj + " 9 tháng năm 2023", C23, location=loc),
        F(f"| {a} | {b} |", b, num(b) * 1000, "count", "lượt khách", subj + " 9 tháng năm 2024", C24, location=loc),
        F(f"| {b} | {c} |", c, num(c) * 1000, "count", "lượt khách", subj + " kế hoạch năm 2024", KH,
          status="target", location=loc),
        F(f"| {c} | {d}", d, num(d), "percent", "%", subj + " so với cùng kỳ", I(M9), location=loc),
    ]
FIGS += [
    F("có 7 khu chợ đêm", "7", 7, "count", "khu chợ đêm", "khu chợ đêm"),
    F("3 tuyến phố đi bộ", "3", 3, "count", "tuyến phố đi bộ", "tuyến phố đi bộ"),
    F("với 1.148 gian hàng", "1.148", 1148, "count", "gian hàng", "gian hàng chợ đêm, phố đi bộ"),
    F("có 4 chợ đêm", "4", 4, "count", "chợ đêm", "chợ đêm", total=7, location="Nha Trang"),
    F("và 2 phố đi bộ", "2", 2, "count", "phố đi bộ", "phố đi bộ", total=3, location="Nha Trang"),
    F("2,8 triệu đồng/gian hàng/tháng", "2,8", 2.8e6, "money", "đồng/gian hàng/tháng", "giá thuê bình quân"),
    F("đón 2,95 triệu", "2,95", 2_950_000, "count", "lượt khách", "lượt khách chợ đêm, phố đi bộ",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 700.000 lượt khách", "700.000", 700_000, "count", "lượt khách", "lượt khách chợ đêm, phố đi bộ",
      Q4, approx="about", status="forecast"),
    F("tổ chức 12 chương trình", "12", 12, "count", "chương trình", "chương trình nghệ thuật đường phố",
      Q4, status="forecast"),
]

NOTES = [
    "Báo cáo UBND tỉnh Khánh Hòa số 318/BC-UBND ngày 14/10/2024: kinh tế ban đêm 9 tháng 2024, flattened '|' table by locality.",
    "Not figures: 'Số: 318/BC-UBND', 'Quyết định số 1129/QĐ-TTg ngày 27/7/2020', section numbers I./1./2./II., heading 'NHIỆM VỤ QUÝ IV/2024'.",
    "Table: 'Đơn vị tính: nghìn lượt khách' multiplies the count cells by 1000; the '(%)' column is percent. Row places go to location",
    "(Nha Trang, Cam Ranh are cities; Vạn Ninh, Diên Khánh districts); the Tổng cộng row is the province. Column headers give the period",
    "(scored); the '%' column's period stands only in the report title (inherited). 'Kế hoạch năm 2024' column: status target.",
    "Table-cell subjects: the indicator of the unit line + the row label (unless a place) + the column label, as FIGURES.md says",
    "(revised after the first run: the column label had been left out of the subject; see REPORT.md).",
    "Table cells carry no totals. 'trong đó thành phố Nha Trang có 4 chợ đêm và 2 phố đi bộ': parts of the 7 and the 3.",
    "'Phấn đấu cả năm 2024' → target; 'dự kiến quý IV/2024 … , tổ chức 12 chương trình' → forecast (the continuing clause).",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2024-10-14", location="Khánh Hòa")
