"""p1053-8: provincial newspaper online (Báo Hà Tĩnh), headline figure, '(BHT) -' tag; 10 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO HÀ TĨNH ĐIỆN TỬ
Kinh tế » Giao thông

Cảng Vũng Áng: 10 tháng đón hơn 47.000 TEU
Cập nhật lúc 10:45, Thứ hai, 28/10/2024

(BHT) - Từ đầu năm đến nay, khu bến cảng Vũng Áng - Sơn Dương đã đón 2.764 lượt tàu, sản lượng hàng hóa thông qua ước đạt 38,4 triệu tấn, đạt 85% kế hoạch năm và tăng 6,7% so với cùng kỳ.

Trong đó, hàng container đạt 47.350 TEU, gấp 2,1 lần cùng kỳ năm 2023, chủ yếu là thép, gỗ dăm và hàng tiêu dùng. Hàng hóa xuất nhập khẩu qua cảng chủ yếu gồm than (14,2 triệu tấn), quặng sắt (9,6 triệu tấn) và thép thành phẩm (6,8 triệu tấn).

Chi cục Hải quan cửa khẩu cảng Vũng Áng thu ngân sách 10 tháng ước đạt 5.830 tỷ đồng, đạt 91% chỉ tiêu.

Hiện khu bến có 14 bến đang khai thác, trong đó 2 bến có thể tiếp nhận tàu container sức chở 3.000 TEU. Tuyến container nội địa Vũng Áng - Hải Phòng - TP Hồ Chí Minh được duy trì 2 chuyến/tuần; hãng tàu Wan Hai đã mở thêm tuyến quốc tế đi Trung Quốc, Hàn Quốc với tần suất 1 chuyến/tuần. Hàng hóa vận chuyển theo Quốc lộ 1 và Quốc lộ 12C từ Lào về cảng cũng tăng mạnh.

Theo Ban Quản lý Khu kinh tế tỉnh, dự kiến cả năm 2024, sản lượng container qua cảng Vũng Áng đạt 56.000-58.000 TEU. Tỉnh phấn đấu đến năm 2030 sản lượng hàng hóa qua cảng đạt khoảng 80 triệu tấn, trở thành một trong 3 cảng tổng hợp lớn nhất khu vực Bắc Trung Bộ.

Thu Hà
"""

LOC = "Hà Tĩnh"
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-28")
M10 = P("10 tháng", "2024-01-01", "2024-10-31")

FIGS = [
    F("hơn 47.000 TEU", "47.000", 47000, "measure", "TEU", approx="over",
      subject="sản lượng container cảng Vũng Áng", period=M10),
    F("đón 2.764 lượt tàu", "2.764", 2764, "count", "lượt tàu",
      subject="lượt tàu khu bến cảng Vũng Áng - Sơn Dương đón", period=YTD),
    F("ước đạt 38,4 triệu tấn", "38,4", 38.4e6, "measure", "tấn", percent=85,
      change=C("+", 6.7, baseline="cùng kỳ"), status="estimate",
      subject="sản lượng hàng hóa thông qua", period=YTD),
    F("đạt 47.350 TEU", "47.350", 47350, "measure", "TEU",
      change=C("+", 2.1, unit="lần", baseline="cùng kỳ năm 2023"),
      subject="hàng container", period=I(YTD)),
    F("than (14,2 triệu tấn)", "14,2", 14.2e6, "measure", "tấn",
      subject="hàng hóa xuất nhập khẩu qua cảng: than", period=I(YTD)),
    F("quặng sắt (9,6 triệu tấn)", "9,6", 9.6e6, "measure", "tấn",
      subject="hàng hóa xuất nhập khẩu qua cảng: quặng sắt", period=I(YTD)),
    F("thép thành phẩm (6,8 triệu tấn)", "6,8", 6.8e6, "measure", "tấn",
      subject="hàng hóa xuất nhập khẩu qua cảng: thép thành phẩm", period=I(YTD)),
    F("ước đạt 5.830 tỷ đồng", "5.830", 5830e9, "money", "đồng", percent=91, status="estimate",
      subject="thu ngân sách Chi cục Hải quan cửa khẩu cảng Vũng Áng", period=M10),
    F("có 14 bến", "14", 14, "count", "bến", subject="bến đang khai thác"),
    F("2 bến có thể", "2", 2, "count", "bến", total=14,
      subject="bến có thể tiếp nhận tàu container sức chở 3.000 TEU"),
    F("sức chở 3.000 TEU", "3.000", 3000, "measure", "TEU", optional=True),
    F("duy trì 2 chuyến/tuần", "2", 2, "measure", "chuyến/tuần",
      subject="tuyến container nội địa Vũng Áng - Hải Phòng - TP Hồ Chí Minh"),
    F("tần suất 1 chuyến/tuần", "1", 1, "measure", "chuyến/tuần",
      subject="tuyến quốc tế đi Trung Quốc, Hàn Quốc của hãng tàu Wan Hai"),
    F("đạt 56.000-58.000 TEU", "56.000", 56000, "measure", "TEU", value_max=58000, status="forecast",
      subject="sản lượng container qua cảng Vũng Áng", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 80 triệu tấn", "80", 80e6, "measure", "tấn", approx="about", status="target",
      subject="sản lượng hàng hóa qua cảng", period=P("đến năm 2030", None, "2030-12-31")),
    F("một trong 3 cảng", "3", 3, "count", "cảng", optional=True),
]

COMMENTS = [
    "Provincial newspaper online (Báo Hà Tĩnh): Vũng Áng port, 10 months 2024; headline figure, '(BHT) -' tag, 'Cập nhật lúc 10:45, Thứ hai, 28/10/2024'.",
    "The BHT tag and 'Chi cục Hải quan … Vũng Áng' imply Hà Tĩnh; 'tỉnh' only otherwise. 'Từ đầu năm đến nay' ends at the dateline.",
    "Headline '10 tháng' takes 2024 from the dateline. 47.350 TEU after 'Trong đó' has no total (the whole counts tấn); 'gấp 2,1 lần cùng kỳ' is its change.",
    "The bracketed commodity list after 'gồm' follows no figure (no total; the three do not add to 38,4 triệu tấn).",
    "'sức chở 3.000 TEU' (ship class) and 'một trong 3 cảng' (a ranking phrase) optional. 'đạt 85% kế hoạch năm', 'đạt 91% chỉ tiêu' are percents.",
    "Distractors: 'Quốc lộ 1', 'Quốc lộ 12C', time '10:45', 'Thứ hai', the (BHT) tag.",
]

if __name__ == "__main__":
    write("p1053-8", TEXT, FIGS, COMMENTS, published="2024-10-28", location=LOC)
