"""p796-2: huyện Quản Bạ (Hà Giang) district portal — seedless persimmon harvest, cooperative drying, festival (10/2023)."""
from lib import Fig, write, year, asof, period, inherit, change

TEXT = """
Cổng thông tin điện tử huyện Quản Bạ
Trang chủ / Tin tức / Kinh tế - Xã hội
Thứ Năm, 19/10/2023 - 16:40

Quản Bạ: Hồng không hạt vào vụ thu hoạch

Những ngày này, trên các sườn đồi ở các xã Nghĩa Thuận, Cán Tỷ, Quản Bạ và thị trấn Tam Sơn, người dân đang tất bật thu hoạch hồng không hạt. Năm 2023, toàn huyện có 1.080 ha hồng không hạt, trong đó 620 ha đã cho quả. Sản lượng ước đạt 3.100 tấn, tăng 300 tấn so với năm 2022.

Gia đình ông Vàng Mí Sáu ở thôn Nà Khoang, xã Nghĩa Thuận có 300 cây hồng, năm nay thu hoạch gần 12 tấn quả. Mỗi cây trưởng thành cho từ 50 đến 70 kg quả. Hiện giá bán tại vườn từ 25.000 đến 30.000 đồng/kg; hồng bày bán tại chợ phiên và dọc Quốc lộ 4C có giá 40.000 đồng/kg.

Toàn huyện hiện có 4 hợp tác xã thu mua, chế biến hồng, trong đó Hợp tác xã Nông nghiệp Nghĩa Thuận đã đầu tư 2 lò sấy với công suất 1,5 tấn quả tươi/mẻ. Năm nay, hợp tác xã dự kiến thu mua khoảng 200 tấn hồng, sản xuất 25 tấn hồng sấy dẻo, doanh thu đạt hơn 3 tỷ đồng.

Nhờ cây hồng, nhiều hộ có thu nhập từ 80 đến 150 triệu đồng/năm. Ngày hội hồng không hạt lần thứ 3 dự kiến diễn ra từ ngày 3 đến 5/11/2023 tại xã Nghĩa Thuận, thu hút khoảng 5.000 lượt khách.

Huyện phấn đấu đến năm 2025 nâng diện tích hồng không hạt lên 1.300 ha, sản lượng đạt 4.500 tấn/năm.

Tin, ảnh: Hoàng Thị Hoa - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
"""

P23 = year("Năm 2023", 2023)
P_NAMNAY = year("năm nay", 2023)
P_NAMNAY2 = year("Năm nay", 2023)
P_FEST = period("từ ngày 3 đến 5/11/2023", "2023-11-03", "2023-11-05")
P_2025 = asof("đến năm 2025", "2025-12-31")

FIGS = [
    Fig("có 1.080 ha", "1.080", 1080, "measure", "ha", "diện tích hồng không hạt", P23),
    Fig("620 ha", "620", 620, "measure", "ha", "diện tích hồng không hạt đã cho quả", P23, total=1080),
    Fig("ước đạt 3.100 tấn", "3.100", 3100, "measure", "tấn", "sản lượng hồng không hạt", inherit(P23),
        change=change("increase", 300, "tấn", "năm 2022"), status="estimate"),
    Fig("có 300 cây", "300", 300, "count", "cây", "cây hồng của gia đình ông Vàng Mí Sáu"),
    Fig("gần 12 tấn", "12", 12, "measure", "tấn", "quả hồng gia đình thu hoạch", P_NAMNAY, approx="nearly"),
    Fig("từ 50 đến 70 kg", "50", 50, "measure", "kg", "quả mỗi cây hồng trưởng thành cho", value_max=70),
    Fig("từ 25.000 đến 30.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá bán hồng tại vườn",
        value_max=30000),
    Fig("giá 40.000 đồng/kg", "40.000", 40000, "money", "đồng/kg",
        "giá hồng bày bán tại chợ phiên và dọc Quốc lộ 4C"),
    Fig("có 4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã thu mua, chế biến hồng"),
    Fig("2 lò sấy", "2", 2, "count", "lò sấy", "lò sấy Hợp tác xã Nông nghiệp Nghĩa Thuận đầu tư"),
    Fig("công suất 1,5 tấn", "1,5", 1.5, "measure", "tấn/mẻ", "công suất lò sấy"),
    Fig("khoảng 200 tấn", "200", 200, "measure", "tấn", "hồng hợp tác xã thu mua", P_NAMNAY2,
        approx="about", status="forecast"),
    Fig("sản xuất 25 tấn", "25", 25, "measure", "tấn", "hồng sấy dẻo sản xuất", P_NAMNAY2, status="forecast"),
    Fig("hơn 3 tỷ đồng", "3", 3e9, "money", "đồng", "doanh thu hợp tác xã", P_NAMNAY2,
        approx="over", status="forecast"),
    Fig("từ 80 đến 150 triệu đồng/năm", "80", 80e6, "money", "đồng/năm", "thu nhập của hộ trồng hồng",
        value_max=150e6),
    Fig("khoảng 5.000 lượt khách", "5.000", 5000, "count", "lượt khách", "lượt khách Ngày hội hồng không hạt",
        P_FEST, approx="about", status="forecast"),
    Fig("lên 1.300 ha", "1.300", 1300, "measure", "ha", "diện tích hồng không hạt", P_2025, status="target"),
    Fig("4.500 tấn/năm", "4.500", 4500, "measure", "tấn/năm", "sản lượng hồng không hạt", P_2025,
        status="target"),
]

NOTES = [
    "District portal (Quản Bạ, Hà Giang): harvest, household example, prices, cooperative drying, festival, 2025 targets.",
    "Location is the district throughout (communes Nghĩa Thuận, Cán Tỷ lie in it). 'Cán Tỷ' is a commune name, not a multiplier.",
    "'trong đó Hợp tác xã ... đầu tư 2 lò sấy' follows 4 hợp tác xã but counts another thing: no total.",
    "'dự kiến' governs the continuing clauses (25 tấn, hơn 3 tỷ) and the festival's visitor figure (forecast, period = festival days).",
    "Not figures: 'lần thứ 3' (ordinal), 'từ ngày 3 đến 5/11/2023' (dates), 'Quốc lộ 4C', name 'Vàng Mí Sáu', dateline.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2023-10-19", location="Quản Bạ")
