"""p769-3: UBND tỉnh Khánh Hòa formal report — ostrich farming 2023 and plan 2024, flattened '|' table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH KHÁNH HÒA
Số: 15/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 12 tháng 01 năm 2024

BÁO CÁO
Kết quả phát triển chăn nuôi đà điểu năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Quy mô đàn
Đến 31/12/2023, toàn tỉnh có 142 hộ và 6 trang trại nuôi đà điểu; tổng đàn đạt 9.860 con, bằng 104,3% kế hoạch, tăng 11,2% so với năm 2022, trong đó đàn sinh sản 1.320 con.

Bảng 1. Chăn nuôi đà điểu theo địa phương năm 2023
Địa phương | Số hộ nuôi (hộ) | Tổng đàn (con) | Thịt hơi xuất chuồng (tấn)
Ninh Hòa | 68 | 4.950 | 162,4
Vạn Ninh | 31 | 2.180 | 71,8
Diên Khánh | 27 | 1.640 | 53,5
Cam Lâm | 16 | 1.090 | 35,3
Toàn tỉnh | 142 | 9.860 | 323,0

2. Sản xuất, tiêu thụ
Sản lượng thịt đà điểu hơi xuất chuồng ước đạt 323 tấn; giá trị sản xuất ước đạt 27,5 tỷ đồng. Giá bán bình quân 85.000 đồng/kg, ổn định so với năm 2022. Trạm Nghiên cứu đà điểu của tỉnh đã cung ứng 2.450 con giống và khoảng 3.600 quả trứng giống.

3. Kinh phí hỗ trợ
Năm 2023, ngân sách tỉnh hỗ trợ 1,42 tỷ đồng, đạt 94,7% dự toán, trong đó hỗ trợ con giống 860 triệu đồng, tập huấn kỹ thuật 125 triệu đồng.

II. KẾ HOẠCH NĂM 2024
Phấn đấu tổng đàn đạt 11.000 con, sản lượng thịt hơi 360 tấn; xây dựng thêm 2 chuỗi liên kết tiêu thụ. Dự kiến kinh phí hỗ trợ 1,6 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Đến 31/12/2023", end="2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("KẾ HOẠCH NĂM 2024", "2024-01-01", "2024-12-31")

ROWS = [("Ninh Hòa", "68", "4.950", "162,4"), ("Vạn Ninh", "31", "2.180", "71,8"), ("Diên Khánh", "27", "1.640", "53,5"),
        ("Cam Lâm", "16", "1.090", "35,3"), ("Toàn tỉnh", "142", "9.860", "323,0")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for place, hh, herd, meat in ROWS:
    loc = "Khánh Hòa" if place == "Toàn tỉnh" else place
    TABLE += [
        F(f"{place} | {hh} |", hh, num(hh), "count", "hộ", "Số hộ nuôi đà điểu", I(Y23), location=loc),
        F(f"| {herd} |", herd, num(herd), "count", "con", "Tổng đàn đà điểu", I(Y23), location=loc),
        F(f"| {meat}\n", meat, num(meat), "measure", "tấn", "Thịt hơi xuất chuồng", I(Y23), location=loc),
    ]

FIGS = [
    F("có 142 hộ", "142", 142, "count", "hộ", "hộ nuôi đà điểu", ASOF),
    F("6 trang trại", "6", 6, "count", "trang trại", "trang trại nuôi đà điểu", ASOF),
    F("đạt 9.860 con", "9.860", 9860, "count", "con", "tổng đàn đà điểu", ASOF, percent=104.3,
      change=CH("increase", 11.2, baseline="năm 2022")),
    F("sinh sản 1.320 con", "1.320", 1320, "count", "con", "đàn đà điểu sinh sản", ASOF, total=9860),
    *TABLE,
    F("ước đạt 323 tấn", "323", 323, "measure", "tấn", "sản lượng thịt đà điểu hơi xuất chuồng", I(Y23), status="estimate"),
    F("ước đạt 27,5 tỷ đồng", "27,5", 27500000000, "money", "đồng", "giá trị sản xuất chăn nuôi đà điểu", I(Y23),
      status="estimate"),
    F("bình quân 85.000 đồng/kg", "85.000", 85000, "money", "đồng/kg", "giá bán bình quân đà điểu hơi", I(Y23)),
    F("2.450 con giống", "2.450", 2450, "count", "con giống", "con giống đà điểu Trạm Nghiên cứu cung ứng", I(Y23)),
    F("khoảng 3.600 quả trứng", "3.600", 3600, "count", "quả trứng", "trứng giống đà điểu Trạm Nghiên cứu cung ứng", I(Y23),
      approx="about"),
    F("hỗ trợ 1,42 tỷ đồng", "1,42", 1420000000, "money", "đồng", "kinh phí ngân sách tỉnh hỗ trợ chăn nuôi đà điểu",
      P("Năm 2023", "2023-01-01", "2023-12-31"), percent=94.7),
    F("860 triệu đồng", "860", 860000000, "money", "đồng", "kinh phí hỗ trợ con giống",
      P("Năm 2023", "2023-01-01", "2023-12-31"), total=1420000000),
    F("125 triệu đồng", "125", 125000000, "money", "đồng", "kinh phí tập huấn kỹ thuật",
      P("Năm 2023", "2023-01-01", "2023-12-31"), total=1420000000),
    F("đạt 11.000 con", "11.000", 11000, "count", "con", "tổng đàn đà điểu", I(Y24), status="target"),
    F("hơi 360 tấn", "360", 360, "measure", "tấn", "sản lượng thịt đà điểu hơi", I(Y24), status="target"),
    F("thêm 2 chuỗi", "2", 2, "count", "chuỗi", "chuỗi liên kết tiêu thụ xây dựng thêm", I(Y24), status="target"),
    F("hỗ trợ 1,6 tỷ đồng", "1,6", 1600000000, "money", "đồng", "kinh phí hỗ trợ chăn nuôi đà điểu", I(Y24),
      status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Khánh Hòa formal report Số: 15/BC-UBND, 'Khánh Hòa, ngày 12 tháng 01 năm 2024': ostrich farming 2023 and plan 2024.",
    "Flattened '|' table 'Bảng 1' by district (households, herd, live-weight meat); units from the column headers; row labels are",
    "locations (Toàn tỉnh → Khánh Hòa); no Kế hoạch/Ước column, so the cells are actual; periods from the table title (inherited);",
    "table cells get no total (no cue). Distractors: Số: 15/BC-UBND, the place-and-date line, section numbers I., II., 1.-3., 'Bảng 1'.",
    "'bằng 104,3% kế hoạch' after 9.860 con is its percent, 'tăng 11,2%' its change; 1.320 (trong đó) total 9.860.",
    "'đạt 94,7% dự toán' after 1,42 tỷ is its percent; the two parts after 'trong đó' take total 1,42 tỷ.",
    "Section II: 'Phấn đấu' → target for the sentence (incl. the clause after ';'); 'Dự kiến' → forecast. Period from the section header.",
]

if __name__ == "__main__":
    emit("p769-3", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Khánh Hòa")
