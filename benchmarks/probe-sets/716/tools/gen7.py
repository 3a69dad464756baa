#!/usr/bin/env python3
"""p716-7: Sở TN&MT TP.HCM department site, no dateline — CTRSH treatment by technology (one-cell-per-line table)."""
from lib import F, P, I, CH, TG, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG THÀNH PHỐ HỒ CHÍ MINH
Trang chủ » Quản lý chất thải rắn

Chuyển đổi công nghệ xử lý chất thải rắn sinh hoạt: giảm dần tỷ lệ chôn lấp

Mỗi ngày, Thành phố phát sinh khoảng 10.000 tấn chất thải rắn sinh hoạt (CTRSH). Hiện có 2 nhà máy đốt rác phát điện đã đi vào vận hành tại Khu liên hợp xử lý chất thải rắn Tây Bắc với tổng công suất 4.000 tấn/ngày.

Bảng: Khối lượng CTRSH được xử lý theo công nghệ
Đơn vị tính: tấn/ngày

Công nghệ xử lý
Năm 2022
Năm 2023
Kế hoạch 2025
Chôn lấp hợp vệ sinh
7.200
6.350
2.000
Đốt phát điện
0
1.000
6.000
Sản xuất phân compost
2.100
2.300
1.600
Tái chế
450
560
800

Năm 2023, tỷ lệ CTRSH chôn lấp trực tiếp giảm còn 62,2%, so với 73,8% của năm 2022. Thành phố phấn đấu đến năm 2025 giảm tỷ lệ chôn lấp xuống còn 20% và đến năm 2030 không còn chôn lấp trực tiếp.

Đơn giá xử lý bằng công nghệ đốt phát điện được Thành phố phê duyệt khoảng 390.000 đồng/tấn (chưa gồm thuế VAT), cao hơn chôn lấp từ 60.000 đến 80.000 đồng/tấn. Tổng kinh phí thu gom, vận chuyển, xử lý CTRSH năm 2023 là 3.850,6 tỷ đồng, trong đó chi phí xử lý chiếm 41%.

Các tổ chức, cá nhân có ý kiến góp ý xin gửi về Phòng Quản lý chất thải rắn.
Địa chỉ: 63 Lý Tự Trọng, Phường Bến Nghé, Quận 1
Điện thoại: (028) 3829.3458
Tổng lượt truy cập: 4.582.117
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("chôn lấp hợp vệ sinh", "Chôn lấp hợp vệ sinh\n", ("7.200", 7200), ("6.350", 6350), ("2.000", 2000)),
    ("đốt phát điện", "Đốt phát điện\n", ("0", 0), ("1.000", 1000), ("6.000", 6000)),
    ("sản xuất phân compost", "Sản xuất phân compost\n", ("2.100", 2100), ("2.300", 2300), ("1.600", 1600)),
    ("tái chế", "Tái chế\n", ("450", 450), ("560", 560), ("800", 800)),
]

FIGS = [
    F("khoảng 10.000 tấn", "10.000", 10000, "measure", "tấn", approx="about",
      subject="chất thải rắn sinh hoạt (CTRSH) phát sinh mỗi ngày"),
    F("có 2 nhà máy", "2", 2, "count", "nhà máy", subject="nhà máy đốt rác phát điện đã đi vào vận hành"),
    F("công suất 4.000 tấn/ngày", "4.000", 4000, "measure", "tấn/ngày",
      subject="tổng công suất nhà máy đốt rác phát điện"),
]
for label, pre, c22, c23, c25 in ROWS:
    FIGS.append(F(pre + c22[0] + "\n", c22[0], c22[1], "measure", "tấn/ngày",
                  subject=f"khối lượng CTRSH xử lý {label} năm 2022", period=Y22))
    FIGS.append(F(c22[0] + "\n" + c23[0] + "\n", c23[0], c23[1], "measure", "tấn/ngày",
                  subject=f"khối lượng CTRSH xử lý {label} năm 2023", period=Y23))
    FIGS.append(F(c23[0] + "\n" + c25[0] + "\n", c25[0], c25[1], "measure", "tấn/ngày", status="target",
                  subject=f"khối lượng CTRSH xử lý {label} kế hoạch 2025", period=K25))

FIGS += [
    F("còn 62,2%", "62,2", 62.2, "percent", "%", subject="tỷ lệ CTRSH chôn lấp trực tiếp", period=Y23),
    F("73,8%", "73,8", 73.8, "percent", "%", subject="tỷ lệ CTRSH chôn lấp trực tiếp",
      period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("còn 20%", "20", 20, "percent", "%", status="target", subject="tỷ lệ chôn lấp",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("khoảng 390.000 đồng/tấn", "390.000", 390000, "money", "đồng/tấn", approx="about",
      change=CH("increase", 60000, unit="đồng/tấn", baseline="chôn lấp"),
      subject="đơn giá xử lý bằng công nghệ đốt phát điện"),
    F("là 3.850,6 tỷ đồng", "3.850,6", 3_850_600_000_000, "money", "đồng",
      subject="tổng kinh phí thu gom, vận chuyển, xử lý CTRSH", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("chiếm 41%", "41", 41, "percent", "%", subject="chi phí xử lý trong tổng kinh phí",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
]

COMMENTS = [
    "Sở TN&MT TP. Hồ Chí Minh department page, no dateline (no published): CTRSH xử lý theo công nghệ, one-cell-per-line table with",
    "'Đơn vị tính: tấn/ngày'. Every numeric cell is a figure, the 0 included; periods from the column headers (scored, as in shared h23);",
    "'Kế hoạch 2025' → status target. Row labels are technologies (subject), not places.",
    "'giảm còn 62,2%' states the level (a percent figure, no change); '73,8% của năm 2022' is a figure of its own with period 2022.",
    "'cao hơn chôn lấp từ 60.000 đến 80.000 đồng/tấn' is the change of 390.000 đồng/tấn (value = the lower end 60.000).",
    "'chiếm 41%' after 'trong đó chi phí xử lý' has no base amount of its own: a percent figure. 'Quận 1', '63 Lý Tự Trọng', phone, VAT,",
    "'Tổng lượt truy cập: 4.582.117' are not figures.",
]

if __name__ == "__main__":
    emit("p716-7", TEXT, COMMENTS, FIGS, location="TP. Hồ Chí Minh")
