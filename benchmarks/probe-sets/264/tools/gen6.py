from lib import *

TEXT = """Điện lực Đức Trọng: Quý III/2024 sản lượng điện thương phẩm đạt hơn 152 triệu kWh
14/10/2024 10:05

Theo báo cáo của Điện lực Đức Trọng, quý III/2024 sản lượng điện thương phẩm trên địa bàn huyện đạt 152,36 triệu kWh, tăng 8,7% so với cùng kỳ. Từ đầu năm đến nay, đơn vị đã phát triển mới 2.145 khách hàng, nâng tổng số khách hàng đang quản lý lên 58.932 khách hàng; tỷ lệ hộ dân sử dụng điện lưới quốc gia đạt 99,96%.

Sản lượng điện thương phẩm theo thành phần phụ tải (Đơn vị tính: triệu kWh)
Thành phần
Quý III/2023
Quý III/2024
Tăng/giảm (%)
Nông, lâm nghiệp, thủy sản
38,42
43,15
12,3
Công nghiệp, xây dựng
31,76
33,08
4,2
Thương mại, dịch vụ
9,85
10,94
11,1
Quản lý, tiêu dùng dân cư
56,11
59,72
6,4
Hoạt động khác
4,03
5,47
35,7
Tổng cộng
140,17
152,36
8,7

Thành phần nông nghiệp tăng mạnh nhờ hơn 3.200 ha nhà kính, nhà lưới trồng rau, hoa ứng dụng công nghệ cao tại các xã Hiệp Thạnh, Hiệp An, N'Thôn Hạ.

Về độ tin cậy cung cấp điện, SAIDI 9 tháng năm 2024 của Điện lực Đức Trọng là 186 phút, bằng 61,2% kế hoạch được giao. Tính đến 30/9, đơn vị đã lắp đặt 1.264 công tơ điện tử đo xa, nâng tỷ lệ công tơ đo xa lên 97,5%.

Khách hàng cần hỗ trợ liên hệ Điện lực Đức Trọng, số 725 Quốc lộ 20, thị trấn Liên Nghĩa; điện thoại 0263.3843.210.

Ngọc Hân (Trung tâm VH-TT&TT huyện)
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
C23 = P("Quý III/2023", "2023-07-01", "2023-09-30", True)
C24 = P("Quý III/2024", "2024-07-01", "2024-09-30", True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
FIGS = [
    F("hơn 152 triệu kWh", "152", 152000000, "measure", "kWh", "sản lượng điện thương phẩm", P("Quý III/2024", "2024-07-01", "2024-09-30"), approx="over"),
    F("đạt 152,36 triệu kWh", "152,36", 152360000, "measure", "kWh", "sản lượng điện thương phẩm trên địa bàn huyện", Q3,
      change=CH("increase", 8.7, "%", "cùng kỳ")),
    F("mới 2.145 khách hàng", "2.145", 2145, "count", "khách hàng", "khách hàng phát triển mới", YTD),
    F("lên 58.932 khách hàng", "58.932", 58932, "count", "khách hàng", "tổng số khách hàng đang quản lý", YTD),
    F("đạt 99,96%", "99,96", 99.96, "percent", "%", "tỷ lệ hộ dân sử dụng điện lưới quốc gia", YTD),
]
rows = [("Nông, lâm nghiệp, thủy sản", "38,42", 38.42, "43,15", 43.15, "12,3", 12.3),
        ("Công nghiệp, xây dựng", "31,76", 31.76, "33,08", 33.08, "4,2", 4.2),
        ("Thương mại, dịch vụ", "9,85", 9.85, "10,94", 10.94, "11,1", 11.1),
        ("Quản lý, tiêu dùng dân cư", "56,11", 56.11, "59,72", 59.72, "6,4", 6.4),
        ("Hoạt động khác", "4,03", 4.03, "5,47", 5.47, "35,7", 35.7),
        ("Tổng cộng", "140,17", 140.17, "152,36", 152.36, "8,7", 8.7)]
for lab, a, av, b, bv, c, cv in rows:
    FIGS.append(F(f"{lab}\n{a}\n", a, round(av * 1e6), "measure", "kWh", f"sản lượng điện thương phẩm {lab} quý III/2023", C23))
    FIGS.append(F(f"{a}\n{b}\n", b, round(bv * 1e6), "measure", "kWh", f"sản lượng điện thương phẩm {lab} quý III/2024", C24))
    FIGS.append(F(f"{b}\n{c}\n", c, cv, "percent", "%", f"tăng/giảm sản lượng điện thương phẩm {lab}", C24))
FIGS += [
    F("hơn 3.200 ha", "3.200", 3200, "measure", "ha", "nhà kính, nhà lưới trồng rau, hoa ứng dụng công nghệ cao", approx="over"),
    F("là 186 phút", "186", 186, "measure", "phút", "SAIDI", N9, percent=61.2),
    F("lắp đặt 1.264 công tơ", "1.264", 1264, "count", "công tơ", "công tơ điện tử đo xa lắp đặt", P("Tính đến 30/9", None, "2024-09-30")),
    F("lên 97,5%", "97,5", 97.5, "percent", "%", "tỷ lệ công tơ đo xa", P("Tính đến 30/9", None, "2024-09-30")),
]

build(6, TEXT, [
    "District portal style (huyện Đức Trọng, Lâm Đồng), Trung tâm VH-TT&TT byline at the end; bare dateline '14/10/2024 10:05'.",
    "Q3/2024 commercial electricity of Điện lực Đức Trọng, customers, and a one-cell-per-line table: Thành phần | Quý III/2023 | Quý III/2024 | Tăng/giảm (%),",
    "with 'Đơn vị tính: triệu kWh' in the caption (cells ×10^6 kWh; the (%) column percent). Period from the column header (inherited); the (%) column",
    "is the Q3/2024 growth. Every numeric cell is a figure, the 'Tổng cộng' row included; no totals for table cells. The table's growth cells are",
    "growth rates as the claim (percent, no change). Headline 'hơn 152 triệu kWh' (over) restates the 152,36 of the lead: a figure of its own.",
    "'Từ đầu năm đến nay' (2024-01-01 to the dateline) governs the whole customer sentence. 186 phút 'bằng 61,2% kế hoạch' -> percent.",
    "Year-less 'Tính đến 30/9' takes 2024 (the nearest earlier period): as-of 2024-09-30.",
    "Distractors: 'số 725 Quốc lộ 20', phone 0263.3843.210, commune names, 'VH-TT&TT'. Location: Đức Trọng throughout.",
], FIGS, published="2024-10-14", location="Đức Trọng")
