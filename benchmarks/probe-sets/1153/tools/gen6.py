"""p1153-6: national newspaper, Tết book street festival in TP Hồ Chí Minh (2025) with national reading figures."""
from lib import F, P, I, C, T, write

TEXT = """Văn hóa > Sách

Thứ Hai, 10/2/2025, 14:05 (GMT+7)

Đường sách Tết Ất Tỵ bán hơn 100.000 bản sách

Lễ hội Đường sách Tết Ất Tỵ 2025 tại TP Hồ Chí Minh đón khoảng 1,5 triệu lượt khách trong 9 ngày, gấp 1,2 lần mùa Tết trước; doanh thu ước đạt 14,2 tỷ đồng.

Lễ hội diễn ra từ ngày 25/1 đến 2/2 (tức 26 tháng Chạp đến mùng 5 Tết) trên đường sách Nguyễn Văn Bình và khu vực công viên 30/4, với 56 gian hàng của 40 đơn vị xuất bản, phát hành. Ban Tổ chức bố trí thêm hai khu trưng bày sách ảnh chào mừng 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước.

Theo Công ty TNHH MTV Đường sách TP HCM, lễ hội bán được hơn 100.000 bản sách, tăng 16% so với năm trước; trong đó sách thiếu nhi khoảng 38.000 bản, sách văn học trên 21.000 bản.

Chị Lê Ngọc Trâm, phụ trách gian hàng của Nhà sách Hải Đăng, cho biết mỗi ngày gian hàng bán từ 400 đến 500 cuốn, riêng mùng 2 Tết lên tới 1.100 cuốn. Nhiều đầu sách được giảm giá từ 20 đến 40%, có cuốn chỉ 25.000 đồng.

Theo Cục Xuất bản, In và Phát hành, năm 2024 cả nước xuất bản khoảng 620 triệu bản sách, bình quân 6,2 bản/người; doanh thu qua kênh trực tuyến chiếm khoảng 30% doanh thu phát hành.

Dự kiến trong năm 2025, Đường sách TP HCM tổ chức 12 chương trình hội sách theo chủ đề, phấn đấu đón 3 triệu lượt khách.

HOÀNG ANH
"""

FEST = P("từ ngày 25/1 đến 2/2", "2025-01-25", "2025-02-02")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")
VN = "Việt Nam"
STALL = "gian hàng Nhà sách Hải Đăng"

FIGS = [
    F("bán hơn 100.000", "100.000", 100000, "count", "bản sách", approx="over",
      subject="bản sách Đường sách Tết Ất Tỵ bán được"),
    F("khoảng 1,5 triệu", "1,5", 1500000, "count", "lượt khách", approx="about",
      change=C("increase", 1.2, "lần", "mùa Tết trước"),
      subject="lượt khách Lễ hội Đường sách Tết Ất Tỵ 2025"),
    F("ước đạt 14,2 tỷ", "14,2", 14200000000, "money", "đồng", status="estimate",
      subject="doanh thu Lễ hội Đường sách Tết"),
    F("với 56 gian hàng", "56", 56, "count", "gian hàng", subject="gian hàng của lễ hội", period=FEST),
    F("của 40 đơn vị", "40", 40, "count", "đơn vị xuất bản, phát hành",
      subject="đơn vị xuất bản, phát hành tham gia lễ hội", period=FEST),
    F("thêm hai khu", "hai", 2, "count", "khu trưng bày", subject="khu trưng bày sách ảnh bố trí thêm",
      period=I(FEST)),
    F("được hơn 100.000", "100.000", 100000, "count", "bản sách", approx="over",
      change=C("increase", 16, "%", "năm trước"), subject="bản sách lễ hội bán được", period=I(FEST)),
    F("khoảng 38.000", "38.000", 38000, "count", "bản", approx="about", total=100000,
      subject="sách thiếu nhi bán được", period=I(FEST)),
    F("trên 21.000", "21.000", 21000, "count", "bản", approx="over", total=100000,
      subject="sách văn học bán được", period=I(FEST)),
    F("từ 400 đến 500", "400", 400, "count", "cuốn", value_max=500,
      subject="sách " + STALL + " bán mỗi ngày"),
    F("tới 1.100 cuốn", "1.100", 1100, "count", "cuốn", subject="sách " + STALL + " bán ngày mùng 2 Tết"),
    F("từ 20 đến 40%", "20", 20, "percent", "%", value_max=40, subject="mức giảm giá đầu sách"),
    F("chỉ 25.000", "25.000", 25000, "money", "đồng", subject="giá cuốn sách được giảm giá"),
    F("khoảng 620 triệu", "620", 620000000, "count", "bản sách", approx="about",
      subject="bản sách xuất bản", period=Y24, location=VN),
    F("bình quân 6,2", "6,2", 6.2, "measure", "bản/người", subject="bản sách bình quân đầu người",
      period=Y24, location=VN),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="tỷ trọng doanh thu qua kênh trực tuyến trong doanh thu phát hành", period=Y24, location=VN),
    F("tổ chức 12 chương trình", "12", 12, "count", "chương trình hội sách", status="forecast",
      subject="chương trình hội sách theo chủ đề", period=Y25),
    F("đón 3 triệu", "3", 3000000, "count", "lượt khách", status="target",
      subject="lượt khách Đường sách TP HCM", period=Y25),
]

NOTES = [
    "National newspaper: 'Thứ Hai, 10/2/2025, 14:05 (GMT+7)' (published), byline 'HOÀNG ANH' at the end. Location TP Hồ Chí Minh; the",
    "national paragraph ('cả nước', Cục Xuất bản) is Việt Nam.",
    "Headline and sapo figures get no period ('Tết Ất Tỵ 2025' names the festival; 'trong 9 ngày' is a duration, not a figure).",
    "'từ ngày 25/1 đến 2/2' takes 2025 from published; scored in its own sentence, inherited after.",
    "'gấp 1,2 lần mùa Tết trước' is the change of 1,5 triệu lượt khách. Parts after 'trong đó' (38.000, 21.000 bản) take the whole 100.000.",
    "'hai khu trưng bày' is a number word figure. 'Dự kiến' → forecast (12 chương trình); 'phấn đấu' → target (3 triệu lượt), same period.",
    "Distractors: '26 tháng Chạp', 'mùng 5 Tết', 'mùng 2 Tết', 'công viên 30/4', '50 năm Ngày Giải phóng', 'Tết Ất Tỵ 2025', time 14:05, GMT+7.",
    "The stall figures of Nhà sách Hải Đăng (no district named) stay TP Hồ Chí Minh.",
    "revised after the first run: 25.000 đồng subject 'giá sách thấp nhất' → 'giá cuốn sách được giảm giá' ('thấp nhất' was my inference,",
    "not in the sentence 'có cuốn chỉ 25.000 đồng').",
]

if __name__ == "__main__":
    write("p1153-6", TEXT, NOTES, FIGS, published="2025-02-10", location="TP Hồ Chí Minh")
