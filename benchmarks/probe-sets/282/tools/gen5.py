from lib import F, per, chg, tgt, emit

TEXT = """Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm 2024: Đón khoảng 7,6 triệu lượt du khách
THANH HƯƠNG 20:15, 19/04/2024

(BPT) - Theo Ban Tổ chức Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm Giáp Thìn 2024, từ ngày 1/3 âm lịch đến hết ngày 10/3 âm lịch (tức từ 9/4 đến 18/4/2024), Khu di tích lịch sử Đền Hùng đã đón khoảng 7,6 triệu lượt du khách, tăng khoảng 5% so với năm 2023. Riêng ngày chính hội, lượng khách về dâng hương tưởng niệm 18 đời Vua Hùng đạt gần 1,2 triệu lượt. Trong tổng số khách, khách đến từ các tỉnh, thành phố ngoài Phú Thọ chiếm khoảng 70%.

Công tác tổ chức lễ hội được chuẩn bị chu đáo. Tỉnh huy động trên 3.000 cán bộ, chiến sĩ công an, quân sự bảo đảm an ninh, trật tự; bố trí 25 bãi đỗ xe với sức chứa 8.000-10.000 ô tô; các phương tiện từ Quốc lộ 2 và Quốc lộ 32C được phân luồng từ xa. Các tổ y tế đã khám, cấp thuốc cho 2.150 lượt người, chuyển tuyến 38 trường hợp. Trong dịp lễ hội không xảy ra ùn tắc kéo dài, cháy nổ hay mất an ninh trật tự.

Tổng số tiền công đức, tài trợ tại Khu di tích dịp lễ hội đạt 21,3 tỷ đồng, tăng 11,6% so với năm 2023 (đạt 19,08 tỷ đồng). Toàn bộ nguồn thu được công khai, sử dụng cho công tác tu bổ, tôn tạo di tích.

Các hoạt động văn hóa, du lịch dịp Giỗ Tổ cũng góp phần kích cầu du lịch. Công suất sử dụng buồng phòng của các cơ sở lưu trú trên địa bàn thành phố Việt Trì đạt 85-90%; huyện Lâm Thao đạt khoảng 60%.

Tín ngưỡng thờ cúng Hùng Vương ở Phú Thọ được UNESCO ghi danh là Di sản văn hóa phi vật thể đại diện của nhân loại năm 2012. Năm 2024, tỉnh phấn đấu đón 12 triệu lượt khách du lịch, trong đó khách đến Khu di tích lịch sử Đền Hùng khoảng 9 triệu lượt.
"""

PF = per("từ 9/4 đến 18/4/2024", "2024-04-09", "2024-04-18")
PFi = per("từ 9/4 đến 18/4/2024", "2024-04-09", "2024-04-18", inh=True)
P24t = per("năm 2024", "2024-01-01", "2024-12-31")
P24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Đón khoảng 7,6 triệu", "7,6", 7.6e6, "count", "lượt du khách", "du khách đến Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng", P24t, approx="about"),
    F("đã đón khoảng 7,6 triệu", "7,6", 7.6e6, "count", "lượt du khách", "du khách đến Khu di tích lịch sử Đền Hùng", PF, approx="about",
      change=chg("increase", 5, "%", "năm 2023", approx="about")),
    F("18 đời Vua Hùng", "18", 18, "count", "đời", optional=True),
    F("gần 1,2 triệu lượt", "1,2", 1.2e6, "count", "lượt khách", "khách ngày chính hội", per("ngày chính hội", "2024-04-18", "2024-04-18", inh=True), approx="nearly"),
    F("khoảng 70%", "70", 70, "percent", "%", "khách đến từ các tỉnh, thành phố ngoài Phú Thọ", PFi, approx="about"),
    F("trên 3.000 cán bộ", "3.000", 3000, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ công an, quân sự bảo đảm an ninh, trật tự", PFi, approx="over"),
    F("bố trí 25 bãi", "25", 25, "count", "bãi đỗ xe", "bãi đỗ xe", PFi),
    F("sức chứa 8.000-10.000 ô tô", "8.000", 8000, "count", "ô tô", "sức chứa bãi đỗ xe", PFi, value_max=10000),
    F("cho 2.150 lượt người", "2.150", 2150, "count", "lượt người", "lượt người được khám, cấp thuốc", PFi),
    F("chuyển tuyến 38 trường hợp", "38", 38, "count", "trường hợp", "trường hợp chuyển tuyến", PFi),
    F("đạt 21,3 tỷ đồng", "21,3", 21.3e9, "money", "đồng", "tiền công đức, tài trợ tại Khu di tích dịp lễ hội", PFi,
      change=chg("increase", 11.6, "%", "năm 2023")),
    F("đạt 19,08 tỷ đồng", "19,08", 19.08e9, "money", "đồng", "tiền công đức, tài trợ tại Khu di tích dịp lễ hội", per("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 85-90%", "85", 85, "percent", "%", "công suất sử dụng buồng phòng của các cơ sở lưu trú", PFi, value_max=90, location="Việt Trì"),
    F("Lâm Thao đạt khoảng 60%", "60", 60, "percent", "%", "công suất sử dụng buồng phòng của các cơ sở lưu trú", PFi, approx="about", location="Lâm Thao"),
    F("đón 12 triệu", "12", 12e6, "count", "lượt khách", "khách du lịch", P24, status="target"),
    F("khoảng 9 triệu", "9", 9e6, "count", "lượt khách", "khách đến Khu di tích lịch sử Đền Hùng", P24, approx="about", status="target", total=12e6),
]

COMMENTS = [
    "Party newspaper (Báo Phú Thọ, tag '(BPT)'): Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng 2024 — visitors, security, medical, donations, hotel occupancy.",
    "Dateline with byline before it: 'THANH HƯƠNG 20:15, 19/04/2024'. Distractors: lunar dates '1/3 âm lịch', '10/3 âm lịch', 'năm Giáp Thìn 2024',",
    "Quốc lộ 2, Quốc lộ 32C (road names), 'năm 2012' (inscription year). '18 đời Vua Hùng' is a traditional name-like count: optional.",
    "The festival period is the solar range 'từ 9/4 đến 18/4/2024' (start and end of the range); later paragraphs inherit it.",
    "'tăng khoảng 5%' is a change with approx about. The bracketed '(đạt 19,08 tỷ đồng)' is a figure of its own for năm 2023 (its period is",
    "the baseline year in the same sentence). '8.000-10.000 ô tô' range. 'Việt Trì đạt 85-90%; huyện Lâm Thao đạt khoảng 60%': places of a list",
    "go to location. 'Riêng ngày chính hội' (= 10/3 âm lịch = 18/4/2024, known only from the previous sentence): inherited.",
    "Target sentence: 'phấn đấu … 12 triệu …, trong đó … khoảng 9 triệu' — part of the target whole (total 12 triệu), status target.",
]

emit("p282-5", TEXT, COMMENTS, FIGS, published="2024-04-19", location="Phú Thọ")
