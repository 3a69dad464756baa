"""p919-2: district portal (huyện Ninh Hải, Ninh Thuận), shallot and garlic Đông Xuân 2022-2023."""
from lib import P, I, C, fig, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NINH HẢI - TỈNH NINH THUẬN
Tin tức > Kinh tế - Nông nghiệp
Thứ Hai, 20/03/2023 - 14:05

Nông dân Ninh Hải trúng mùa hành tím, tỏi

Vụ Đông Xuân 2022-2023, toàn huyện gieo trồng 798 ha hành tím và tỏi, đạt 102% kế hoạch, trong đó hành tím 612 ha, tập trung ở các xã Phương Hải (245 ha), Nhơn Hải (168 ha), Tri Hải (121 ha) và Thanh Hải (78 ha); tỏi 186 ha.

Năng suất hành tím bình quân đạt 185 tạ/ha, tăng 12 tạ/ha so với vụ trước; năng suất tỏi đạt 72 tạ/ha. Tổng sản lượng hành, tỏi ước đạt 12.660 tấn, trong đó hành tím khoảng 11.320 tấn.

Từ đầu năm đến nay, giá hành tím tại ruộng dao động 18.000-22.000 đồng/kg. Giá tỏi khô hiện ở mức 45.000 đồng/kg, cao gấp 1,5 lần cùng kỳ năm 2022. Sau khi trừ chi phí, mỗi sào (1.000 m2) hành tím cho lãi 8-10 triệu đồng.

Hiện huyện có 3 hợp tác xã liên kết sản xuất hành tím theo hướng VietGAP với diện tích 95 ha, chiếm 15,5% diện tích hành tím toàn huyện. HTX Nông nghiệp Nhơn Hải đã ký hợp đồng bao tiêu 400 tấn hành tím với Công ty TNHH Nông sản 24h, giá thu mua tối thiểu 15.000 đồng/kg.

Theo Kế hoạch số 35/KH-UBND, năm 2023 huyện phấn đấu nâng diện tích hành tím, tỏi lên 850 ha; đến năm 2025 có ít nhất 200 ha đạt chứng nhận VietGAP.

Tin: Phòng Nông nghiệp và PTNT huyện Ninh Hải
Khu phố 2, thị trấn Khánh Hải - ĐT: 0259.3873.125
"""

SEASON = P("Vụ Đông Xuân 2022-2023", "2022-01-01", "2023-12-31")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-03-20")


def commune(anchor, number, value):
    return fig(anchor, number, value, "measure", "ha", "diện tích hành tím", SEASON, total=612)


FIGS = [
    fig("gieo trồng 798 ha", "798", 798, "measure", "ha", "diện tích hành tím và tỏi gieo trồng", SEASON,
        percent=102),
    fig("hành tím 612 ha", "612", 612, "measure", "ha", "diện tích hành tím", SEASON, total=798),
    commune("Phương Hải (245 ha)", "245", 245),
    commune("Nhơn Hải (168 ha)", "168", 168),
    commune("Tri Hải (121 ha)", "121", 121),
    commune("Thanh Hải (78 ha)", "78", 78),
    fig("tỏi 186 ha", "186", 186, "measure", "ha", "diện tích tỏi", SEASON, total=798),
    fig("đạt 185 tạ/ha", "185", 185, "measure", "tạ/ha", "năng suất hành tím bình quân", I(SEASON),
        change=C("increase", 12, "tạ/ha", "vụ trước")),
    fig("đạt 72 tạ/ha", "72", 72, "measure", "tạ/ha", "năng suất tỏi", I(SEASON)),
    fig("ước đạt 12.660 tấn", "12.660", 12660, "measure", "tấn", "tổng sản lượng hành, tỏi", I(SEASON),
        status="estimate"),
    fig("khoảng 11.320 tấn", "11.320", 11320, "measure", "tấn", "sản lượng hành tím", I(SEASON),
        approx="about", total=12660, status="estimate"),
    fig("18.000-22.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá hành tím tại ruộng", YTD,
        value_max=22000),
    fig("mức 45.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá tỏi khô",
        change=C("increase", 1.5, "lần", "cùng kỳ năm 2022")),
    fig("(1.000 m2)", "1.000", 1000, "measure", "m2", "diện tích một sào", optional=True),
    fig("lãi 8-10 triệu đồng", "8", 8e6, "money", "đồng/sào", "lãi mỗi sào hành tím", value_max=10e6),
    fig("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã",
        "hợp tác xã liên kết sản xuất hành tím theo hướng VietGAP"),
    fig("diện tích 95 ha", "95", 95, "measure", "ha",
        "diện tích hành tím liên kết sản xuất theo hướng VietGAP", percent=15.5),
    fig("bao tiêu 400 tấn", "400", 400, "measure", "tấn", "hành tím bao tiêu theo hợp đồng"),
    fig("tối thiểu 15.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá thu mua hành tím",
        approx="at_least"),
    fig("lên 850 ha", "850", 850, "measure", "ha", "diện tích hành tím, tỏi",
        P("năm 2023", "2023-01-01", "2023-12-31"), status="target"),
    fig("ít nhất 200 ha", "200", 200, "measure", "ha", "diện tích hành tím, tỏi đạt chứng nhận VietGAP",
        P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Huyện Ninh Hải portal (Ninh Thuận): Đông Xuân 2022-2023 shallot/garlic. Dateline 'Thứ Hai, 20/03/2023 - 14:05'.",
    "Season 'Vụ Đông Xuân 2022-2023' read like 'giai đoạn 2021-2025': 2022-01-01..2023-12-31.",
    "Commune items (Phương Hải ...) keep the district as location (FIGURES.md records province/city/district);",
    "they add up to 612 ha and stand in a bracketed breakdown right after it: total 612.",
    "Not figures: 'Kế hoạch số 35/KH-UBND', 'Công ty TNHH Nông sản 24h', 'Khu phố 2', phone 0259.3873.125.",
    "'(1.000 m2)' defines the unit sào: optional.",
]

build(2, TEXT, FIGS, published="2023-03-20", location="Ninh Hải", notes=NOTES)
