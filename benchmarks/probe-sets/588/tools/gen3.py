from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH QUẢNG TRỊ
SỞ CÔNG THƯƠNG
Số: 1276/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 05 tháng 12 năm 2024

BÁO CÁO
Tình hình phát triển ngành chế biến gỗ năm 2024 và kế hoạch năm 2025

Thực hiện Công văn số 2315/UBND-KT ngày 18/11/2024 của UBND tỉnh, Sở Công Thương báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Năng lực sản xuất
Toàn tỉnh có 64 doanh nghiệp chế biến gỗ đang hoạt động, tăng 5 doanh nghiệp so với năm 2023; trong đó có 9 doanh nghiệp sản xuất viên nén gỗ với tổng công suất thiết kế 620.000 tấn/năm và 14 doanh nghiệp sản xuất dăm gỗ.

2. Kết quả sản xuất, xuất khẩu
Bảng 1. Một số chỉ tiêu chủ yếu ngành chế biến gỗ
Chỉ tiêu | Đơn vị | Năm 2023 | Ước năm 2024 | Kế hoạch 2025
Sản lượng viên nén gỗ | tấn | 385.200 | 452.000 | 500.000
Sản lượng dăm gỗ | tấn | 610.500 | 584.000 | 600.000
Gỗ rừng trồng khai thác | m³ | 1.120.000 | 1.245.000 | 1.300.000
Kim ngạch xuất khẩu lâm sản | triệu USD | 168,4 | 197,5 | 220
Diện tích rừng có chứng chỉ FSC | ha | 24.870 | 27.350 | 30.000

Kim ngạch xuất khẩu viên nén gỗ năm 2024 ước đạt 61,3 triệu USD, tăng 14,2% so với năm 2023. Thị trường chính là Hàn Quốc (chiếm 58%) và Nhật Bản (chiếm 35%). Giá xuất khẩu bình quân đạt 128 USD/tấn, giảm 4,5% so với năm trước.

3. Tồn tại, hạn chế
Phần lớn doanh nghiệp có quy mô nhỏ; chỉ khoảng 20% số doanh nghiệp có sản phẩm gỗ tinh chế, đồ nội thất xuất khẩu.

II. KẾ HOẠCH NĂM 2025
Phấn đấu năm 2025 thu hút thêm 3 dự án chế biến gỗ sâu với tổng vốn đăng ký khoảng 1.200 tỷ đồng; tỷ lệ gỗ nguyên liệu có chứng chỉ FSC đưa vào chế biến đạt từ 35 đến 40%.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, QLCN.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Ước năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24T = P("năm 2024", "2024-01-01", "2024-12-31")
P25 = P("năm 2025", "2025-01-01", "2025-12-31")


def row(label, unit, kind, cells, mult=1, unit_out=None):
    out = []
    for (anchor, number, v), (col, per, st) in zip(cells, [("năm 2023", Y23, None), ("ước năm 2024", Y24, "estimate"),
                                                          ("kế hoạch 2025", Y25, "target")]):
        kw = {"status": st} if st else {}
        out.append(F(anchor, number, v * mult, kind, unit_out or unit, f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("có 64 doanh nghiệp", "64", 64, "count", "doanh nghiệp", "doanh nghiệp chế biến gỗ đang hoạt động", I(Y24T),
      change=CH("increase", 5, "doanh nghiệp", baseline="năm 2023")),
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp sản xuất viên nén gỗ", I(Y24T), total=64),
    F("620.000 tấn/năm", "620.000", 620000, "measure", "tấn/năm",
      "tổng công suất thiết kế của các doanh nghiệp sản xuất viên nén gỗ"),
    F("và 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp sản xuất dăm gỗ", I(Y24T), total=64),
]
FIGS += row("Sản lượng viên nén gỗ", "tấn", "measure",
            [("| 385.200 |", "385.200", 385200), ("| 452.000 |", "452.000", 452000), ("| 500.000", "500.000", 500000)])
FIGS += row("Sản lượng dăm gỗ", "tấn", "measure",
            [("| 610.500 |", "610.500", 610500), ("| 584.000 |", "584.000", 584000), ("| 600.000", "600.000", 600000)])
FIGS += row("Gỗ rừng trồng khai thác", "m³", "measure",
            [("| 1.120.000 |", "1.120.000", 1120000), ("| 1.245.000 |", "1.245.000", 1245000),
             ("| 1.300.000", "1.300.000", 1300000)])
FIGS += row("Kim ngạch xuất khẩu lâm sản", "triệu USD", "money",
            [("| 168,4 |", "168,4", 168.4), ("| 197,5 |", "197,5", 197.5), ("| 220\n", "220", 220)],
            mult=1e6, unit_out="USD")
FIGS += row("Diện tích rừng có chứng chỉ FSC", "ha", "measure",
            [("| 24.870 |", "24.870", 24870), ("| 27.350 |", "27.350", 27350), ("| 30.000", "30.000", 30000)])
FIGS += [
    F("ước đạt 61,3 triệu USD", "61,3", 61.3e6, "money", "USD", "Kim ngạch xuất khẩu viên nén gỗ", Y24T,
      change=CH("increase", 14.2, baseline="năm 2023"), status="estimate"),
    F("(chiếm 58%)", "58", 58, "percent", "%", "tỷ trọng thị trường Hàn Quốc trong kim ngạch xuất khẩu viên nén gỗ", I(Y24T)),
    F("(chiếm 35%)", "35", 35, "percent", "%", "tỷ trọng thị trường Nhật Bản trong kim ngạch xuất khẩu viên nén gỗ", I(Y24T)),
    F("đạt 128 USD/tấn", "128", 128, "money", "USD/tấn", "Giá xuất khẩu bình quân viên nén gỗ", I(Y24T),
      change=CH("decrease", 4.5, baseline="năm trước")),
    F("khoảng 20%", "20", 20, "percent", "%", "doanh nghiệp có sản phẩm gỗ tinh chế, đồ nội thất xuất khẩu",
      approx="about"),
    F("thêm 3 dự án", "3", 3, "count", "dự án", "dự án chế biến gỗ sâu thu hút thêm", P25, status="target"),
    F("khoảng 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "tổng vốn đăng ký dự án chế biến gỗ sâu", P25,
      approx="about", status="target"),
    F("từ 35 đến 40%", "35", 35, "percent", "%", "tỷ lệ gỗ nguyên liệu có chứng chỉ FSC đưa vào chế biến", P25,
      value_max=40, status="target"),
]

COMMENTS = [
    "p588-3 — Sở Công Thương Quảng Trị, formal report under letterhead (Số: 1276/BC-SCT, place-and-date line 05/12/2024): ngành chế biến gỗ",
    "năm 2024, flattened '|' table (Chỉ tiêu | Đơn vị | Năm 2023 | Ước năm 2024 | Kế hoạch 2025), kế hoạch 2025.",
    "Table: every numeric cell is a figure; unit from the Đơn vị column ('triệu USD' → money ×10⁶); period from the column header (scored);",
    "'Ước năm 2024' → estimate, 'Kế hoạch 2025' → target; subject = row label + column label.",
    "'trong đó có 9 … và 14 doanh nghiệp' → total 64. Shares in brackets for markets (no amount) are percent figures of their own.",
    "Not figures: Số 1276/BC-SCT, Công văn số 2315/UBND-KT, dates, section numbers I./II./1./2./3., 'Bảng 1'.",
]

emit("p588-3", TEXT, COMMENTS, FIGS, published="2024-12-05", location="Quảng Trị")
