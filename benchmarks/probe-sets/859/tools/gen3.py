"""p859-3: formal report UBND tỉnh Hưng Yên, hoa, cây cảnh 6 tháng đầu năm 2024, flattened | table."""
from lib import F, P, C, write

ASOF = P("tính đến 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

text = """
UBND TỈNH HƯNG YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 286/BC-UBND
Hưng Yên, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả phát triển sản xuất hoa, cây cảnh 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích
Thực hiện Kế hoạch số 75/KH-UBND ngày 15/3/2022 của UBND tỉnh, tính đến 30/6/2024, diện tích hoa, cây cảnh toàn tỉnh đạt 2.146 ha, tăng 4,8% so với cùng kỳ năm 2023, đạt 97,5% kế hoạch năm. Diện tích tập trung tại các huyện Văn Giang, Khoái Châu, Văn Lâm (chi tiết tại bảng).

Bảng: Diện tích, giá trị sản xuất hoa, cây cảnh 6 tháng đầu năm 2024
Đơn vị tính: ha; tỷ đồng; hộ
Huyện | Diện tích (ha) | Giá trị sản xuất (tỷ đồng) | Số hộ tham gia
Văn Giang | 1.028 | 1.215,6 | 4.850
Khoái Châu | 562 | 486,3 | 2.310
Văn Lâm | 318 | 254,0 | 1.275
Các huyện khác | 238 | 160,4 | 980
Tổng cộng | 2.146 | 2.116,3 | 9.415

2. Giá trị sản xuất, tiêu thụ
Giá trị sản xuất hoa, cây cảnh 6 tháng đầu năm ước đạt 2.116,3 tỷ đồng, tăng 9,2% so với cùng kỳ, trong đó quý II/2024 ước đạt 1.024,5 tỷ đồng; bình quân ước đạt khoảng 986 triệu đồng/ha. Có 14 cơ sở xuất khẩu cây cảnh sang Trung Quốc, Hàn Quốc, kim ngạch ước đạt 3,2 triệu USD.

3. Lao động, hỗ trợ
Ngành hoa, cây cảnh thu hút khoảng 21.000 lao động, thu nhập bình quân 7,5 triệu đồng/người/tháng. Ngân sách tỉnh đã hỗ trợ 4,6 tỷ đồng cho 37 mô hình sản xuất hoa, cây cảnh ứng dụng công nghệ cao, đạt 74% kế hoạch vốn năm 2024.

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
Phấn đấu cả năm 2024 diện tích hoa, cây cảnh đạt 2.200 ha, giá trị sản xuất đạt 4.500 tỷ đồng; dự kiến tiêu thụ khoảng 3,5 triệu chậu hoa, cây cảnh dịp Tết Nguyên đán Ất Tỵ.
"""

B = 1000000000
rows = [("Văn Giang", "Văn Giang | 1.028", "1.028", "| 1.215,6", "1.215,6", "| 4.850", "4.850"),
        ("Khoái Châu", "Khoái Châu | 562", "562", "| 486,3", "486,3", "| 2.310", "2.310"),
        ("Văn Lâm", "Văn Lâm | 318", "318", "| 254,0", "254,0", "| 1.275", "1.275"),
        ("Các huyện khác", "khác | 238", "238", "| 160,4", "160,4", "| 980", "980"),
        ("Tổng cộng", "Tổng cộng | 2.146", "2.146", "| 2.116,3", "2.116,3", "| 9.415", "9.415")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


table = []
for label, a1, n1, a2, n2, a3, n3 in rows:
    place = label if label in ("Văn Giang", "Khoái Châu", "Văn Lâm") else None
    row = "" if place else " " + label.lower()  # a row label that is a place goes to location (FIGURES.md, Tables)
    table += [
        F(a1, n1, num(n1), "measure", "ha", f"diện tích{row}", period=H1i, location=place),
        F(a2, n2, num(n2) * B, "money", "đồng", f"giá trị sản xuất{row}", period=H1i, location=place),
        F(a3, n3, num(n3), "count", "hộ", f"số hộ tham gia{row}", period=H1i, location=place),
    ]

figs = [
    F("đạt 2.146 ha", "2.146", 2146, "measure", "ha", "diện tích hoa, cây cảnh toàn tỉnh", percent=97.5,
      change=C("increase", 4.8, "%", "cùng kỳ năm 2023"), period=ASOF),
] + table + [
    F("ước đạt 2.116,3 tỷ đồng", "2.116,3", 2116.3 * B, "money", "đồng", "giá trị sản xuất hoa, cây cảnh",
      change=C("increase", 9.2, "%", "cùng kỳ"), status="estimate", period=H1),
    F("ước đạt 1.024,5 tỷ đồng", "1.024,5", 1024.5 * B, "money", "đồng", "giá trị sản xuất hoa, cây cảnh quý II/2024",
      status="estimate", period=Q2),
    F("khoảng 986 triệu đồng/ha", "986", 986000000, "money", "đồng/ha", "giá trị sản xuất hoa, cây cảnh bình quân",
      approx="about", status="estimate", period=H1),
    F("Có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở xuất khẩu cây cảnh"),
    F("ước đạt 3,2 triệu USD", "3,2", 3200000, "money", "USD", "kim ngạch xuất khẩu cây cảnh", status="estimate"),
    F("khoảng 21.000 lao động", "21.000", 21000, "count", "lao động", "lao động ngành hoa, cây cảnh", approx="about"),
    F("7,5 triệu đồng/người/tháng", "7,5", 7500000, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("hỗ trợ 4,6 tỷ đồng", "4,6", 4600000000, "money", "đồng", "ngân sách tỉnh hỗ trợ mô hình sản xuất hoa, cây cảnh ứng dụng công nghệ cao",
      percent=74),
    F("cho 37 mô hình", "37", 37, "count", "mô hình", "mô hình sản xuất hoa, cây cảnh ứng dụng công nghệ cao được hỗ trợ"),
    F("đạt 2.200 ha", "2.200", 2200, "measure", "ha", "diện tích hoa, cây cảnh", status="target", period=Y24),
    F("đạt 4.500 tỷ đồng", "4.500", 4500 * B, "money", "đồng", "giá trị sản xuất hoa, cây cảnh", status="target", period=Y24),
    F("khoảng 3,5 triệu chậu", "3,5", 3500000, "count", "chậu", "chậu hoa, cây cảnh tiêu thụ dịp Tết Nguyên đán Ất Tỵ",
      approx="about", status="forecast"),
]

write("p859-3", text, figs, published="2024-07-08", location="Hưng Yên", notes=[
    "Báo cáo UBND tỉnh Hưng Yên số 286/BC-UBND: hoa, cây cảnh 6 tháng đầu năm 2024, with a flattened '|' table by district.",
    "Table cells: subject row + column label; district rows get location, 'Các huyện khác' and 'Tổng cộng' stay Hưng Yên;",
    "unit/multiplier from column headers (ha, tỷ đồng, hộ); period from the table title line above (inherited).",
    "'trong đó quý II/2024 ước đạt 1.024,5 tỷ' is a sub-period, not a part of the same period: no total.",
    "Distractors: Số 286/BC-UBND, Kế hoạch số 75/KH-UBND ngày 15/3/2022, section numbers I./II./1./2./3., date line.",
    "'đạt 74% kế hoạch vốn năm 2024' is the percent of 4,6 tỷ; the sentence states no period of its own (none in gold).",
    "14 cơ sở / 3,2 triệu USD: no period phrase in the sentence (none in gold).",
    "revised after the first run: table subjects are the column label plus the row label only (the spec's table rule, as in h23/h24);",
    "the first gold had added 'hoa, cây cảnh' from the table title (e.g. 'diện tích hoa, cây cảnh tổng cộng' → 'diện tích tổng cộng').",
])
