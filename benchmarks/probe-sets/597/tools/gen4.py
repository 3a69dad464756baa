from lib import F, P, I, CH, T, emit

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ / Tin tức - Sự kiện / Viễn thông
Năm 2023: gần 128 triệu thuê bao di động, 84,3% dùng điện thoại thông minh
Ngày đăng: 16/01/2024 | Lượt xem: 1.275

Theo Cục Viễn thông, tính đến hết năm 2023, cả nước có 127,8 triệu thuê bao di động, trong đó 87,6 triệu thuê bao băng rộng di động. Tỷ lệ thuê bao sử dụng điện thoại thông minh đạt 84,3%, tăng 4,1 điểm phần trăm so với năm 2022. Viettel, VNPT và MobiFone lần lượt chiếm 54,9%, 24,6% và 15,3% thị phần thuê bao di động.

Số thuê bao băng rộng cố định đạt 22,8 triệu, tăng 1,6 triệu thuê bao so với năm 2022; mật độ đạt 22,7 thuê bao/100 dân và 79,2% hộ gia đình đã có kết nối internet cáp quang. Doanh thu dịch vụ viễn thông năm 2023 ước đạt 137.526 tỷ đồng, tăng 2,3% so với năm trước.

Trong năm, các doanh nghiệp đã lắp đặt thêm hơn 13.200 trạm BTS, nâng tổng số lên khoảng 119.000 trạm. Chương trình phủ sóng thôn, bản lõm sóng đã đưa sóng di động đến 1.143 thôn; hiện cả nước còn 428 thôn chưa có sóng, tập trung ở Lai Châu, Hà Giang, Nghệ An và Điện Biên.

Theo Speedtest Global Index của Ookla tháng 12/2023, tốc độ tải xuống trung bình của mạng di động Việt Nam đạt 47,92 Mbps, xếp thứ 51/146 quốc gia; băng rộng cố định đạt 95,02 Mbps, đứng thứ 41.

Năm 2024, Bộ đặt mục tiêu 100% thôn, bản có sóng di động băng rộng, tỷ lệ thuê bao dùng điện thoại thông minh đạt 85% và tốc độ di động trung bình không dưới 50 Mbps.

Bản quyền thuộc Bộ Thông tin và Truyền thông - 18 Nguyễn Du, Hà Nội. Đường dây nóng: 18008098.
"""

Y23H = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TRONG = P("Trong năm", "2023-01-01", "2023-12-31")
M12 = P("tháng 12/2023", "2023-12-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUB_SPEED = "tốc độ tải xuống trung bình của mạng di động"

FIGS = [
    F("gần 128 triệu", "128", 128e6, "count", "thuê bao", "thuê bao di động", Y23H, approx="nearly"),
    F("84,3% dùng", "84,3", 84.3, "percent", "%", "tỷ lệ thuê bao dùng điện thoại thông minh", Y23H),
    F("có 127,8 triệu thuê bao", "127,8", 127.8e6, "count", "thuê bao", "thuê bao di động", ASOF),
    F("87,6 triệu thuê bao", "87,6", 87.6e6, "count", "thuê bao", "thuê bao băng rộng di động", ASOF, total=127.8e6),
    F("đạt 84,3%, tăng", "84,3", 84.3, "percent", "%", "tỷ lệ thuê bao sử dụng điện thoại thông minh", I(ASOF),
      change=CH("increase", 4.1, "điểm phần trăm", "năm 2022")),
    F("chiếm 54,9%", "54,9", 54.9, "percent", "%", "thị phần thuê bao di động của Viettel", I(ASOF)),
    F("54,9%, 24,6%", "24,6", 24.6, "percent", "%", "thị phần thuê bao di động của VNPT", I(ASOF)),
    F("và 15,3%", "15,3", 15.3, "percent", "%", "thị phần thuê bao di động của MobiFone", I(ASOF)),
    F("đạt 22,8 triệu", "22,8", 22.8e6, "count", "thuê bao", "thuê bao băng rộng cố định", I(ASOF),
      change=CH("increase", 1.6e6, "thuê bao", "năm 2022")),
    F("22,7 thuê bao/100 dân", "22,7", 22.7, "measure", "thuê bao/100 dân", "mật độ thuê bao băng rộng cố định", I(ASOF)),
    F("79,2% hộ", "79,2", 79.2, "percent", "%", "hộ gia đình đã có kết nối internet cáp quang", I(ASOF)),
    F("ước đạt 137.526 tỷ đồng", "137.526", 137526e9, "money", "đồng", "doanh thu dịch vụ viễn thông", Y23,
      change=CH("increase", 2.3, "%", "năm trước"), status="estimate"),
    F("hơn 13.200 trạm BTS", "13.200", 13200, "count", "trạm BTS", "trạm BTS lắp đặt thêm", TRONG, approx="over"),
    F("khoảng 119.000 trạm", "119.000", 119000, "count", "trạm", "tổng số trạm BTS", TRONG, approx="about"),
    F("đến 1.143 thôn", "1.143", 1143, "count", "thôn", "thôn được đưa sóng di động đến", I(TRONG)),
    F("còn 428 thôn", "428", 428, "count", "thôn", "thôn chưa có sóng"),
    F("đạt 47,92 Mbps", "47,92", 47.92, "measure", "Mbps", SUB_SPEED, M12),
    F("thứ 51/146", "51", 51, "rank", "hạng", SUB_SPEED, M12, total=146),
    F("đạt 95,02 Mbps", "95,02", 95.02, "measure", "Mbps", "tốc độ tải xuống trung bình băng rộng cố định", M12),
    F("đứng thứ 41", "41", 41, "rank", "hạng", "tốc độ tải xuống trung bình băng rộng cố định", M12),
    F("tiêu 100% thôn", "100", 100, "percent", "%", "tỷ lệ thôn, bản có sóng di động băng rộng", Y24, status="target"),
    F("đạt 85%", "85", 85, "percent", "%", "tỷ lệ thuê bao dùng điện thoại thông minh", Y24, status="target"),
    F("không dưới 50 Mbps", "50", 50, "measure", "Mbps", "tốc độ di động trung bình", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Bộ TT&TT site (invented): thuê bao di động, điện thoại thông minh, băng rộng cố định, trạm BTS, thôn lõm sóng, Ookla speed ranks (2023).",
    "'Ngày đăng: 16/01/2024' is the dateline; 'Lượt xem: 1.275', '18 Nguyễn Du', the hotline 18008098 are furniture; 'Speedtest Global",
    "Index' is a name. National figures: location Việt Nam; the provinces after '428 thôn … tập trung ở' do not make it provincial.",
    "'lần lượt chiếm 54,9%, 24,6% và 15,3% thị phần' → three percent figures; operators are not places, so they stay in the subject.",
    "'tăng 4,1 điểm phần trăm so với năm 2022' after a share (a level, not a growth rate) is its change. '51/146 quốc gia' → rank, total 146.",
    "'Trong năm' takes the year of the nearest earlier period (2023), like 'trong tháng'. 'hiện' gives no period.",
    "'không dưới 50 Mbps' → at_least; 'Năm 2024, Bộ đặt mục tiêu …' → target for all three items.",
]

emit("p597-4", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Việt Nam")
