"""p525-2: Gò Công Đông district portal (Tiền Giang) — canal dredging 2023, plans 2024."""
from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GÒ CÔNG ĐÔNG
Tin hoạt động > Kinh tế

Gò Công Đông nạo vét 37 tuyến kênh, trữ nước ngọt phục vụ mùa khô

Thứ Năm, 11/01/2024 - 09:20

Năm 2023, huyện Gò Công Đông đã nạo vét 37 tuyến kênh thủy lợi nội đồng với tổng chiều dài 41,8 km, khối lượng đất đào đắp 196.450 m³, tổng kinh phí 14,73 tỷ đồng, đạt 104% kế hoạch. Trong đó, có 29 tuyến được thực hiện bằng vốn sự nghiệp thủy lợi, 8 tuyến do nhân dân đóng góp ngày công và kinh phí.

Các tuyến kênh nằm dọc Quốc lộ 50 và Đường tỉnh 862, tập trung tại các xã Tân Điền (7 tuyến), Kiểng Phước (6 tuyến), Gia Thuận (5 tuyến), Tân Thành (4 tuyến) và một số xã khác. Sau nạo vét, khả năng trữ nước ngọt tăng thêm khoảng 1,2 triệu m³, đảm bảo tưới cho hơn 3.500 ha lúa và 1.200 ha rau màu.

Theo dự báo, độ mặn lớn nhất tại cửa sông Soài Rạp có thể đạt từ 18 đến 22 g/l, cao hơn khoảng 3 g/l so với trung bình nhiều năm. Huyện đã chủ động vận hành 4 cống lớn trên tuyến đê biển và lắp đặt 12 máy bơm dã chiến, công suất mỗi máy 1.000 m³/giờ.

Năm 2024, huyện dự kiến nạo vét 42 tuyến kênh, chiều dài khoảng 46 km, tổng vốn dự kiến 16,5 tỷ đồng; phấn đấu đến năm 2025 có 100% diện tích lúa được tưới tiêu chủ động.

Mọi thông tin xin liên hệ Phòng Nông nghiệp và PTNT huyện, khu phố 1, thị trấn Tân Hòa, điện thoại 0273.3946.215.

Minh Tâm
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COMMUNE = "tuyến kênh nạo vét"

FIGS = [
    fig("nạo vét 37 tuyến kênh, trữ", "37", 37, "count", "tuyến kênh", "tuyến kênh nạo vét", inh(Y23)),
    fig("đã nạo vét 37 tuyến kênh", "37", 37, "count", "tuyến kênh", "tuyến kênh thủy lợi nội đồng nạo vét", Y23),
    fig("dài 41,8 km", "41,8", 41.8, "measure", "km", "tổng chiều dài kênh thủy lợi nội đồng nạo vét", Y23),
    fig("đắp 196.450 m³", "196.450", 196450, "measure", "m³", "khối lượng đất đào đắp", Y23),
    fig("kinh phí 14,73 tỷ đồng", "14,73", 14.73e9, "money", "đồng", "tổng kinh phí nạo vét kênh thủy lợi nội đồng", Y23,
        percent=104),
    fig("có 29 tuyến", "29", 29, "count", "tuyến", "tuyến kênh thực hiện bằng vốn sự nghiệp thủy lợi", inh(Y23),
        total=37),
    fig("8 tuyến do nhân dân", "8", 8, "count", "tuyến", "tuyến kênh do nhân dân đóng góp ngày công và kinh phí",
        inh(Y23), total=37),
    fig("Tân Điền (7 tuyến)", "7", 7, "count", "tuyến", COMMUNE, inh(Y23)),
    fig("Kiểng Phước (6 tuyến)", "6", 6, "count", "tuyến", COMMUNE, inh(Y23)),
    fig("Gia Thuận (5 tuyến)", "5", 5, "count", "tuyến", COMMUNE, inh(Y23)),
    fig("Tân Thành (4 tuyến)", "4", 4, "count", "tuyến", COMMUNE, inh(Y23)),
    fig("khoảng 1,2 triệu m³", "1,2", 1.2e6, "measure", "m³", "khả năng trữ nước ngọt tăng thêm sau nạo vét",
        approx="about"),
    fig("hơn 3.500 ha lúa", "3.500", 3500, "measure", "ha", "diện tích lúa được đảm bảo tưới", approx="over"),
    fig("1.200 ha rau màu", "1.200", 1200, "measure", "ha", "diện tích rau màu được đảm bảo tưới"),
    fig("từ 18 đến 22 g/l", "18", 18, "measure", "g/l", "độ mặn lớn nhất tại cửa sông Soài Rạp", value_max=22,
        change=chg("increase", 3, "g/l", "trung bình nhiều năm", approx="about"), status="forecast"),
    fig("vận hành 4 cống", "4", 4, "count", "cống", "cống lớn trên tuyến đê biển vận hành"),
    fig("lắp đặt 12 máy bơm", "12", 12, "count", "máy bơm", "máy bơm dã chiến lắp đặt"),
    fig("mỗi máy 1.000 m³/giờ", "1.000", 1000, "measure", "m³/giờ", "công suất mỗi máy bơm dã chiến"),
    fig("nạo vét 42 tuyến kênh", "42", 42, "count", "tuyến kênh", "tuyến kênh dự kiến nạo vét", Y24,
        status="forecast"),
    fig("khoảng 46 km", "46", 46, "measure", "km", "chiều dài kênh dự kiến nạo vét", Y24, approx="about",
        status="forecast"),
    fig("dự kiến 16,5 tỷ đồng", "16,5", 16.5e9, "money", "đồng", "tổng vốn dự kiến nạo vét kênh", Y24,
        status="forecast"),
    fig("có 100% diện tích", "100", 100, "percent", "%", "diện tích lúa được tưới tiêu chủ động",
        per("đến năm 2025", end="2025-12-31"), status="target"),
]

COMMENTS = [
    "Gò Công Đông district portal (Tiền Giang): canal dredging in 2023, water storage, salinity forecast, 2024 plan. Dateline 'Thứ Năm, 11/01/2024 - 09:20'.",
    "Location is the district throughout. Commune items 'Tân Điền (7 tuyến)' take the district as location (the contract's levels are province,",
    "city, district); they add up to 22 of 37 with 'một số xã khác' and no cue, so no total. 'đạt 104% kế hoạch' is the share of 14,73 tỷ đồng.",
    "'Quốc lộ 50', 'Đường tỉnh 862', 'khu phố 1', the phone number and 'một số xã' are not figures.",
    "'tăng thêm khoảng 1,2 triệu m³' has no host amount: the increase is the figure. 'cao hơn khoảng 3 g/l so với …' is the change of the salinity range.",
    "'Năm 2024, huyện dự kiến …' → forecast for the three plan figures; '; phấn đấu đến năm 2025 …' → target.",
]

if __name__ == "__main__":
    emit("p525-2", TEXT, COMMENTS, FIGS, published="2024-01-11", location="Gò Công Đông")
