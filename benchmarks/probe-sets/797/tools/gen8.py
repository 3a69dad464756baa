"""p797-8: provincial newspaper online (Báo Bình Định, '(BĐ) -') — ship calls through Quy Nhơn channel, 9 months 2023."""
from lib import F, change, period, inherit, write

TEXT = """Hơn 2.100 lượt tàu biển ra vào luồng Quy Nhơn trong 9 tháng
Cập nhật: 05/10/2023 - 15:40

(BĐ) - Theo Cảng vụ Hàng hải Quy Nhơn, 9 tháng đầu năm 2023, có 2.137 lượt tàu biển qua luồng Quy Nhơn ra vào các cảng trên địa bàn tỉnh Bình Định, tăng 9,6% so với cùng kỳ năm trước. Sản lượng hàng hóa thông qua ước đạt 10,2 triệu tấn, đạt 78,5% kế hoạch năm; trong đó hàng xuất khẩu 3,1 triệu tấn, hàng nhập khẩu 1,4 triệu tấn.

Các cảng Quy Nhơn, Tân Cảng Miền Trung và Thị Nại lần lượt đạt 6,8 triệu tấn, 2,9 triệu tấn và 0,5 triệu tấn. Đáng chú ý, số lượt tàu trọng tải trên 30.000 tấn ra vào luồng gấp 2 lần cùng kỳ.

Luồng Quy Nhơn dài 7,2 km, được nạo vét đến độ sâu 11 m. Hiện trên luồng có 15 phao báo hiệu, 2 đăng tiêu và hải đăng Phước Mai. Từ đầu năm đến nay, Xí nghiệp Bảo đảm an toàn hàng hải Nam Trung Bộ đã thả bổ sung 3 phao, sơn, sửa chữa 12 phao với tổng kinh phí hơn 2,6 tỷ đồng.

Cũng trong 9 tháng, Đài Thông tin duyên hải Quy Nhơn đã tiếp nhận, xử lý 146 cuộc gọi cấp cứu, khẩn cấp qua kênh 16 VHF; các lực lượng phối hợp cứu 9 tàu cá cùng 84 ngư dân gặp nạn, chiếm gần 70% số người gặp nạn trên biển của tỉnh.

Dự kiến cả năm 2023, sản lượng hàng hóa thông qua cảng đạt khoảng 13,5 triệu tấn, vượt 3,8% kế hoạch. Để đáp ứng nhu cầu, tỉnh đề xuất nâng cấp luồng Quy Nhơn cho tàu 70.000 tấn, tổng mức đầu tư dự kiến khoảng 750 tỷ đồng.

NGỌC NHUẬN
"""

M9 = period("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
YTD = period("Từ đầu năm đến nay", "2023-01-01", "2023-10-05")
M9B = period("trong 9 tháng", "2023-01-01", "2023-09-30")

FIGS = [
    F("Hơn 2.100 lượt tàu", "2.100", 2100, "count", "lượt tàu", "lượt tàu biển ra vào luồng Quy Nhơn",
      period("trong 9 tháng", "2023-01-01", "2023-09-30"), approx="over"),
    F("có 2.137 lượt tàu", "2.137", 2137, "count", "lượt tàu", "lượt tàu biển qua luồng Quy Nhơn ra vào các cảng", M9,
      change=change("increase", 9.6, "%", "cùng kỳ năm trước")),
    F("ước đạt 10,2 triệu tấn", "10,2", 10.2e6, "measure", "tấn", "sản lượng hàng hóa thông qua", inherit(M9),
      status="estimate", percent=78.5),
    F("xuất khẩu 3,1 triệu tấn", "3,1", 3.1e6, "measure", "tấn", "hàng xuất khẩu thông qua cảng", inherit(M9),
      total=10.2e6, status="estimate"),
    F("nhập khẩu 1,4 triệu tấn", "1,4", 1.4e6, "measure", "tấn", "hàng nhập khẩu thông qua cảng", inherit(M9),
      total=10.2e6, status="estimate"),
    F("đạt 6,8 triệu tấn", "6,8", 6.8e6, "measure", "tấn", "sản lượng hàng hóa thông qua cảng Quy Nhơn", inherit(M9)),
    F("2,9 triệu tấn và", "2,9", 2.9e6, "measure", "tấn", "sản lượng hàng hóa thông qua cảng Tân Cảng Miền Trung",
      inherit(M9)),
    F("0,5 triệu tấn", "0,5", 0.5e6, "measure", "tấn", "sản lượng hàng hóa thông qua cảng Thị Nại", inherit(M9)),
    F("trên 30.000 tấn", "30.000", 30000, "measure", "tấn", "trọng tải tàu", approx="over", optional=True),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "số lượt tàu trọng tải trên 30.000 tấn ra vào luồng so với cùng kỳ",
      inherit(M9)),
    F("dài 7,2 km", "7,2", 7.2, "measure", "km", "chiều dài luồng Quy Nhơn"),
    F("độ sâu 11 m", "11", 11, "measure", "m", "độ sâu luồng Quy Nhơn"),
    F("có 15 phao", "15", 15, "count", "phao", "phao báo hiệu trên luồng Quy Nhơn"),
    F("2 đăng tiêu", "2", 2, "count", "đăng tiêu", "đăng tiêu trên luồng Quy Nhơn"),
    F("bổ sung 3 phao", "3", 3, "count", "phao", "phao thả bổ sung", YTD),
    F("sửa chữa 12 phao", "12", 12, "count", "phao", "phao được sơn, sửa chữa", YTD),
    F("hơn 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", "tổng kinh phí thả bổ sung, sơn, sửa chữa phao", YTD,
      approx="over"),
    F("xử lý 146 cuộc gọi", "146", 146, "count", "cuộc gọi", "cuộc gọi cấp cứu, khẩn cấp được tiếp nhận, xử lý", M9B),
    F("cứu 9 tàu cá", "9", 9, "count", "tàu cá", "tàu cá gặp nạn được cứu", M9B),
    F("cùng 84 ngư dân", "84", 84, "count", "ngư dân", "ngư dân gặp nạn được cứu", M9B, percent=70),
    F("khoảng 13,5 triệu tấn", "13,5", 13.5e6, "measure", "tấn", "sản lượng hàng hóa thông qua cảng",
      period("cả năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="forecast",
      change=change("increase", 3.8, "%", "kế hoạch")),
    F("cho tàu 70.000 tấn", "70.000", 70000, "measure", "tấn", "trọng tải tàu luồng Quy Nhơn sau nâng cấp",
      optional=True),
    F("khoảng 750 tỷ đồng", "750", 750e9, "money", "đồng", "tổng mức đầu tư nâng cấp luồng Quy Nhơn",
      approx="about", status="forecast"),
]

NOTES = [
    "Báo Bình Định online, '(BĐ) -' tag, headline figure, 'Cập nhật: 05/10/2023 - 15:40': lượt tàu, sản lượng hàng hóa, phao, cứu nạn, 9 tháng 2023.",
    "Headline 'trong 9 tháng' takes 2023 from the dateline. 'trong đó hàng xuất khẩu 3,1 triệu tấn, hàng nhập khẩu 1,4 triệu tấn' are parts of",
    "the 10,2 triệu tấn (same thing, same period). The ports list ('lần lượt đạt …') has no part-of cue: no total; ports are not places, so",
    "location stays Bình Định. 'gấp 2 lần cùng kỳ' standing as the claim (no base amount) is a multiple. 'chiếm gần 70%' after 84 ngư dân",
    "is its percent attribute (an attribute is not also a figure).",
    "'vượt 3,8% kế hoạch' is the change of the 13,5 triệu tấn forecast. 'tổng mức đầu tư dự kiến khoảng 750 tỷ đồng' is",
    "forecast. Quy Nhơn in 'Cảng vụ Hàng hải Quy Nhơn', 'luồng Quy Nhơn', 'Đài Thông tin duyên hải Quy Nhơn' is part of names: location Bình Định.",
    "Distractors: 15:40, 'kênh 16 VHF', byline. Optional: ship-size classes 30.000 and 70.000 tấn.",
    "revised after the first run: 3,1 and 1,4 triệu tấn get status estimate ('ước đạt' governs the '; trong đó …' clause that continues it,",
    "and the parts have no verb of their own; FIGURES.md §3 status).",
]

if __name__ == "__main__":
    write(8, TEXT, "2023-10-05", "Bình Định", NOTES, FIGS)
