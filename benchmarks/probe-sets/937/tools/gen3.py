"""p937-3: UBND tỉnh Ninh Thuận formal report - kết quả phát triển cây nho 2024, flattened '|' table by district."""
from lib import F, P, I, C, T, build

TEXT = """
UBND TỈNH NINH THUẬN
Số: 528/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 10 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển cây nho năm 2024, nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Diện tích, sản lượng
Thực hiện Quyết định số 1130/QĐ-UBND ngày 15/8/2022 của UBND tỉnh, năm 2024 diện tích nho toàn tỉnh ước đạt 1.065 ha, đạt 96,8% kế hoạch, tăng 2,3% so với năm 2023; sản lượng ước đạt 28.400 tấn, tăng 4,6%. Chi tiết theo địa phương:

Đơn vị tính: diện tích (ha), sản lượng (tấn)
Địa phương | Diện tích 2023 | Diện tích ước 2024 | Sản lượng ước 2024
Ninh Phước | 612 | 628 | 17.150
Ninh Hải | 205 | 209 | 5.480
Phan Rang - Tháp Chàm | 128 | 126 | 3.260
Thuận Nam | 70 | 74 | 1.680
Ninh Sơn | 26 | 28 | 830
Tổng cộng | 1.041 | 1.065 | 28.400

2. Năng suất, giá bán, chế biến
Năng suất bình quân ước đạt 26,7 tấn/ha, cao hơn 0,6 tấn/ha so với năm 2023. Giá nho tại vườn năm 2024 dao động 22.000-24.000 đồng/kg đối với nho đỏ và 28.000-32.000 đồng/kg đối với nho xanh; giá trị sản xuất ước đạt 680 tỷ đồng. Tính đến 30/11/2024, toàn tỉnh có 14 cơ sở chế biến sản phẩm từ nho (vang nho, siro nho, mật nho, nho sấy), 11 sản phẩm đạt OCOP 3 sao và 4 sao; lượng nho đưa vào chế biến khoảng 2.150 tấn, chiếm 7,6% sản lượng.

II. NHIỆM VỤ NĂM 2025
1. Phấn đấu diện tích nho đạt 1.150 ha, sản lượng 30.000 tấn.
2. Xây dựng thêm 3 chuỗi liên kết sản xuất - tiêu thụ nho, quy mô tối thiểu 50 ha/chuỗi.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
C23 = P("2023", "2023-01-01", "2023-12-31")
C24 = P("ước 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến 30/11/2024", None, "2024-11-30")
Y25 = I(P("NĂM 2025", "2025-01-01", "2025-12-31"))

ROWS = [  # (anchor prefix, location, area 2023, area 2024, output 2024)
    ("Ninh Phước", "Ninh Phước", "612", "628", "17.150"),
    ("Ninh Hải", "Ninh Hải", "205", "209", "5.480"),
    ("Phan Rang - Tháp Chàm", "Phan Rang - Tháp Chàm", "128", "126", "3.260"),
    ("Thuận Nam", "Thuận Nam", "70", "74", "1.680"),
    ("Ninh Sơn", "Ninh Sơn", "26", "28", "830"),
    ("Tổng cộng", "Ninh Thuận", "1.041", "1.065", "28.400"),
]

FIGS = [
    F("ước đạt 1.065 ha", "1.065", "measure", "ha", "diện tích nho", period=Y24, status="estimate",
      percent=96.8, change=C("increase", 2.3, "%", "năm 2023")),
    F("ước đạt 28.400 tấn", "28.400", "measure", "tấn", "sản lượng nho", period=Y24, status="estimate",
      change=C("increase", 4.6, "%")),
]
for label, loc, a23, a24, q24 in ROWS:
    FIGS += [
        F(f"{label} | {a23}", a23, "measure", "ha", "diện tích nho 2023", period=C23, location=loc),
        F(f"| {a23} | {a24}", a24, "measure", "ha", "diện tích nho ước 2024", period=C24, location=loc,
          status="estimate"),
        F(f"| {a24} | {q24}", q24, "measure", "tấn", "sản lượng nho ước 2024", period=C24, location=loc,
          status="estimate"),
    ]
FIGS += [
    F("ước đạt 26,7 tấn/ha", "26,7", "measure", "tấn/ha", "năng suất nho bình quân", period=I(Y24),
      status="estimate", change=C("increase", 0.6, "tấn/ha", "năm 2023")),
    F("22.000-24.000 đồng/kg", "22.000", "money", "đồng/kg", "giá nho đỏ tại vườn", vmax=24000,
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("28.000-32.000 đồng/kg", "28.000", "money", "đồng/kg", "giá nho xanh tại vườn", vmax=32000,
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("ước đạt 680 tỷ đồng", "680", "money", "đồng", "giá trị sản xuất nho", m=1e9, status="estimate",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 14 cơ sở", "14", "count", "cơ sở", "cơ sở chế biến sản phẩm từ nho", period=ASOF),
    F("11 sản phẩm", "11", "count", "sản phẩm", "sản phẩm từ nho đạt OCOP 3 sao và 4 sao", period=ASOF),
    F("khoảng 2.150 tấn", "2.150", "measure", "tấn", "lượng nho đưa vào chế biến", approx="about",
      percent=7.6, period=ASOF),
    F("đạt 1.150 ha", "1.150", "measure", "ha", "diện tích nho", status="target", period=Y25),
    F("sản lượng 30.000 tấn", "30.000", "measure", "tấn", "sản lượng nho", status="target", period=Y25),
    F("thêm 3 chuỗi", "3", "count", "chuỗi liên kết", "chuỗi liên kết sản xuất - tiêu thụ nho xây dựng thêm",
      status="target", period=Y25),
    F("tối thiểu 50 ha/chuỗi", "50", "measure", "ha/chuỗi", "quy mô chuỗi liên kết", approx="at_least",
      status="target", period=Y25, optional=True),
]

NOTES = [
    "UBND tỉnh Ninh Thuận, Số: 528/BC-UBND, 10/12/2024: kết quả phát triển cây nho 2024 and tasks 2025; flattened '|' table.",
    "Not figures: 'Số: 528/BC-UBND', 'Quyết định số 1130/QĐ-UBND ngày 15/8/2022', section numbers I./II./1./2., 'OCOP 3 sao và 4 sao' (rating labels, like service levels).",
    "Table: unit from 'Đơn vị tính' (ha / tấn), period and status from the column header ('ước 2024' = estimate), row place = location,",
    "the 'Tổng cộng' row is its own figure (location Ninh Thuận); cells get no totals. '1.065 ha, đạt 96,8% kế hoạch, tăng 2,3%' = percent + change.",
    "Section II items are tasks of 'NHIỆM VỤ NĂM 2025': status target, period inherited from the heading; '50 ha/chuỗi' is a threshold (optional).",
]

if __name__ == "__main__":
    build("p937-3", TEXT, FIGS, NOTES, published="2024-12-10", location="Ninh Thuận")
