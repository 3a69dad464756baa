"""p702-3: formal report under letterhead (UBND tỉnh Bình Dương), paper and packaging 9 months 2024, '|' table."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH BÌNH DƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 4127/BC-UBND
Bình Dương, ngày 07 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất ngành giấy, bao bì 9 tháng năm 2024 và nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất công nghiệp
Chỉ số sản xuất ngành sản xuất giấy và sản phẩm từ giấy 9 tháng năm 2024 ước tăng 8,3% so với cùng kỳ. Một số sản phẩm chủ yếu như sau:

Bảng 1. Sản phẩm chủ yếu ngành giấy, bao bì
Sản phẩm | Đơn vị tính | 9 tháng năm 2023 | Ước 9 tháng năm 2024 | So cùng kỳ (%)
Giấy và bìa nhăn | nghìn tấn | 612,4 | 668,9 | 109,2
Bao bì giấy carton | triệu m² | 1.284 | 1.418 | 110,4
Bao bì nhựa | nghìn tấn | 158,7 | 151,3 | 95,3
Giấy vệ sinh | nghìn tấn | 42,6 | 47,1 | 110,6

2. Tiêu thụ và xuất khẩu
Kim ngạch xuất khẩu giấy và sản phẩm từ giấy 9 tháng ước đạt 486,2 triệu USD, tăng 12,7% so với cùng kỳ, chiếm 1,9% tổng kim ngạch xuất khẩu của tỉnh. Giá bán bình quân giấy bao bì công nghiệp dao động từ 9,5 đến 10,2 triệu đồng/tấn, giảm khoảng 4% so với cuối năm 2023.

3. Đầu tư
Từ đầu năm đến ngày 30/9/2024, toàn tỉnh thu hút 7 dự án sản xuất giấy, bao bì mới với tổng vốn đăng ký 213,5 triệu USD; trong đó 5 dự án có vốn đầu tư nước ngoài. Lũy kế đến nay, trên địa bàn có 392 doanh nghiệp ngành giấy, bao bì đang hoạt động.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu chỉ số sản xuất ngành giấy cả năm 2024 tăng 9%; kim ngạch xuất khẩu giấy và sản phẩm từ giấy cả năm đạt 650 triệu USD.
"""

Y23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y24 = P("Ước 9 tháng năm 2024", "2024-01-01", "2024-09-30")
YR = I(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))


def row(label, unit, mult, cells):
    (a1, n1), (a2, n2), (a3, n3) = cells
    return [
        F(a1, n1, round(float(n1.replace(".", "").replace(",", ".")) * mult, 6), "measure", unit,
          f"{label} 9 tháng năm 2023", Y23),
        F(a2, n2, round(float(n2.replace(".", "").replace(",", ".")) * mult, 6), "measure", unit,
          f"{label} ước 9 tháng năm 2024", Y24, status="estimate"),
        F(a3, n3, float(n3.replace(",", ".")), "percent", "%", f"{label} so cùng kỳ", YR),
    ]


FIGS = [
    F("ước tăng 8,3%", "8,3", 8.3, "percent", "%", "chỉ số sản xuất ngành sản xuất giấy và sản phẩm từ giấy",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), status="estimate"),
    *row("Giấy và bìa nhăn", "tấn", 1e3, [("| 612,4", "612,4"), ("| 668,9", "668,9"), ("| 109,2", "109,2")]),
    *row("Bao bì giấy carton", "m²", 1e6, [("| 1.284", "1.284"), ("| 1.418", "1.418"), ("| 110,4", "110,4")]),
    *row("Bao bì nhựa", "tấn", 1e3, [("| 158,7", "158,7"), ("| 151,3", "151,3"), ("| 95,3", "95,3")]),
    *row("Giấy vệ sinh", "tấn", 1e3, [("| 42,6", "42,6"), ("| 47,1", "47,1"), ("| 110,6", "110,6")]),
    F("ước đạt 486,2 triệu USD", "486,2", 486200000, "money", "USD", "kim ngạch xuất khẩu giấy và sản phẩm từ giấy",
      P("9 tháng", "2024-01-01", "2024-09-30"), percent=1.9, change=CH("increase", 12.7, baseline="cùng kỳ"),
      status="estimate"),
    F("từ 9,5 đến 10,2 triệu", "9,5", 9500000, "money", "đồng/tấn", "giá bán bình quân giấy bao bì công nghiệp",
      value_max=10200000, change=CH("decrease", 4, baseline="cuối năm 2023", approx="about")),
    F("thu hút 7 dự án", "7", 7, "count", "dự án", "dự án sản xuất giấy, bao bì mới thu hút",
      P("Từ đầu năm đến ngày 30/9/2024", "2024-01-01", "2024-09-30")),
    F("đăng ký 213,5 triệu USD", "213,5", 213500000, "money", "USD", "tổng vốn đăng ký dự án sản xuất giấy, bao bì mới",
      P("Từ đầu năm đến ngày 30/9/2024", "2024-01-01", "2024-09-30")),
    F("trong đó 5 dự án", "5", 5, "count", "dự án", "dự án có vốn đầu tư nước ngoài",
      P("Từ đầu năm đến ngày 30/9/2024", "2024-01-01", "2024-09-30"), total=7),
    F("có 392 doanh nghiệp", "392", 392, "count", "doanh nghiệp", "doanh nghiệp ngành giấy, bao bì đang hoạt động",
      P("Lũy kế đến nay", None, "2024-10-07")),
    F("tăng 9%", "9", 9, "percent", "%", "chỉ số sản xuất ngành giấy",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 650 triệu USD", "650", 650000000, "money", "USD", "kim ngạch xuất khẩu giấy và sản phẩm từ giấy",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "UBND tỉnh Bình Dương, formal report Số 4127/BC-UBND dated 'Bình Dương, ngày 07 tháng 10 năm 2024': paper and packaging, 9 months 2024.",
    "Flattened '|' table: every numeric cell is a figure; unit and multiplier from the 'Đơn vị tính' column (nghìn tấn x10^3, triệu m² x10^6);",
    "period from the column headers; the 'Ước 9 tháng năm 2024' column is estimate; 'So cùng kỳ (%)' cells are percent figures of their own,",
    "actual (no plan/estimate word in that header), their period only implied by the table title (not scored).",
    "'Lũy kế đến nay' is an as-of period ending at the report date. 'Phấn đấu' governs both clauses of the last sentence (target).",
    "Not figures: Số 4127/BC-UBND, the date line, quý IV/2024 in headings, 'Bảng 1', section numbers I., II., 1., 2., 3.",
]

if __name__ == "__main__":
    emit("p702-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Bình Dương")
