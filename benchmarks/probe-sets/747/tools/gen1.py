"""p747-1: Ninh Thuận province portal, rong sụn 6 tháng đầu năm 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Ninh Thuận: Sản lượng rong sụn 6 tháng đầu năm đạt hơn 4.300 tấn khô

Cập nhật: 08/07/2024 15:20 | Lượt xem: 1.873

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, diện tích nuôi trồng rong sụn trên địa bàn tỉnh Ninh Thuận đạt 1.152,6 ha, tăng 12,7% so với cùng kỳ năm 2023, đạt 82,3% kế hoạch năm. Diện tích tập trung chủ yếu tại các huyện Ninh Hải (520 ha), Thuận Nam (410 ha) và Ninh Phước (185 ha), phần còn lại ở thành phố Phan Rang - Tháp Chàm.

Sản lượng rong sụn thu hoạch ước đạt hơn 4.300 tấn khô (tương đương khoảng 34.400 tấn tươi), tăng 9,4% so với cùng kỳ. Năng suất bình quân đạt 3,8 tấn khô/ha/vụ.

Giá rong sụn khô hiện dao động từ 18.000 đến 22.000 đồng/kg, cao hơn khoảng 3.000 đồng/kg so với đầu năm. Với mức giá này, mỗi ha rong sụn cho lợi nhuận từ 45 đến 60 triệu đồng/vụ.

Toàn tỉnh hiện có 1.260 hộ nuôi trồng rong sụn, trong đó 312 hộ tham gia 9 tổ hợp tác và 2 hợp tác xã. Trên địa bàn có 5 cơ sở sơ chế, chế biến rong sụn với tổng công suất khoảng 2.500 tấn khô/năm. Riêng Công ty TNHH Rong biển Nha Hố 2 (số 46 đường 16 Tháng 4, phường Mỹ Hải) từ đầu năm đến nay đã xuất khẩu 620 tấn rong sụn khô sang Trung Quốc và Philippines, thu về 1,05 triệu USD.

Theo Kế hoạch số 2231/KH-UBND, tỉnh phấn đấu đến năm 2025 nâng diện tích nuôi trồng rong sụn lên 1.400 ha, sản lượng đạt 10.000 tấn khô/năm. Trong quý III/2024, Sở dự kiến hỗ trợ 100% chi phí giống cho 50 hộ nghèo ven biển. Mọi thông tin liên hệ Phòng Quản lý nuôi trồng thủy sản, điện thoại 0259.3822.146.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = P("từ đầu năm đến nay", "2024-01-01", "2024-07-08")
T25 = P("đến năm 2025", None, "2025-12-31")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")

FIGS = [
    F("đầu năm đạt hơn 4.300 tấn khô", "4.300", 4300, "measure", "tấn khô", "sản lượng rong sụn", H1, approx="over"),
    F("đạt 1.152,6 ha", "1.152,6", 1152.6, "measure", "ha", "diện tích nuôi trồng rong sụn", H6,
      percent=82.3, change=CH("increase", 12.7, baseline="cùng kỳ năm 2023")),
    F("Ninh Hải (520 ha)", "520", 520, "measure", "ha", "diện tích nuôi trồng rong sụn", I(H6), location="Ninh Hải"),
    F("Thuận Nam (410 ha)", "410", 410, "measure", "ha", "diện tích nuôi trồng rong sụn", I(H6), location="Thuận Nam"),
    F("Ninh Phước (185 ha)", "185", 185, "measure", "ha", "diện tích nuôi trồng rong sụn", I(H6), location="Ninh Phước"),
    F("ước đạt hơn 4.300 tấn khô", "4.300", 4300, "measure", "tấn khô", "sản lượng rong sụn thu hoạch", I(H6),
      approx="over", change=CH("increase", 9.4, baseline="cùng kỳ"), status="estimate"),
    F("khoảng 34.400 tấn tươi", "34.400", 34400, "measure", "tấn tươi", "sản lượng rong sụn thu hoạch quy tươi", I(H6),
      approx="about", status="estimate"),
    F("đạt 3,8 tấn khô/ha/vụ", "3,8", 3.8, "measure", "tấn khô/ha/vụ", "năng suất bình quân rong sụn"),
    F("từ 18.000 đến 22.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá rong sụn khô",
      value_max=22000, change=CH("increase", 3000, "đồng/kg", baseline="đầu năm", approx="about")),
    F("từ 45 đến 60 triệu đồng/vụ", "45", 45e6, "money", "đồng/vụ", "lợi nhuận mỗi ha rong sụn", value_max=60e6),
    F("có 1.260 hộ", "1.260", 1260, "count", "hộ", "hộ nuôi trồng rong sụn"),
    F("312 hộ tham gia", "312", 312, "count", "hộ", "hộ nuôi rong sụn tham gia tổ hợp tác và hợp tác xã", total=1260),
    F("9 tổ hợp tác", "9", 9, "count", "tổ hợp tác", "tổ hợp tác nuôi rong sụn"),
    F("và 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã nuôi rong sụn"),
    F("có 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở sơ chế, chế biến rong sụn"),
    F("khoảng 2.500 tấn khô/năm", "2.500", 2500, "measure", "tấn khô/năm", "tổng công suất cơ sở sơ chế, chế biến rong sụn",
      approx="about"),
    F("xuất khẩu 620 tấn", "620", 620, "measure", "tấn", "rong sụn khô xuất khẩu của Công ty TNHH Rong biển Nha Hố 2", NOW),
    F("1,05 triệu USD", "1,05", 1.05e6, "money", "USD", "giá trị xuất khẩu rong sụn khô của Công ty TNHH Rong biển Nha Hố 2", NOW),
    F("lên 1.400 ha", "1.400", 1400, "measure", "ha", "diện tích nuôi trồng rong sụn", T25, status="target"),
    F("đạt 10.000 tấn khô/năm", "10.000", 10000, "measure", "tấn khô/năm", "sản lượng rong sụn", T25, status="target"),
    F("hỗ trợ 100% chi phí", "100", 100, "percent", "%", "tỷ lệ hỗ trợ chi phí giống cho hộ nghèo ven biển", Q3, status="forecast"),
    F("cho 50 hộ nghèo", "50", 50, "count", "hộ", "hộ nghèo ven biển được hỗ trợ chi phí giống", Q3, status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Ninh Thuận: rong sụn 6 tháng đầu năm 2024 (diện tích, sản lượng, giá, hộ nuôi, chế biến, xuất khẩu, mục tiêu 2025).",
    "Distractors: breadcrumb, 'Cập nhật: 08/07/2024 15:20', 'Lượt xem: 1.873', 'Kế hoạch số 2231/KH-UBND', company name 'Nha Hố 2',",
    "address 'số 46 đường 16 Tháng 4', phone '0259.3822.146'. Headline '6 tháng đầu năm' takes the year of published (2024).",
    "District items in brackets (520+410+185 != 1.152,6, no cue) get no total. 'tương đương khoảng 34.400 tấn tươi' is its own figure.",
    "'từ đầu năm đến nay' ends at the dateline. '9 tổ hợp tác', '2 hợp tác xã' are not parts of the 1.260 hộ (other unit).",
]

if __name__ == "__main__":
    emit("p747-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Ninh Thuận")
