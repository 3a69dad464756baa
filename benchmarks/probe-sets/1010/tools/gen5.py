"""p1010-5: provincial Party newspaper (Báo Đắk Lắk), school campaign collecting used batteries, 2-4/2024."""
from lib import F, write, period, inherit, change, target

TEXT = """Học sinh Đắk Lắk thu gom hơn 1,2 tấn pin cũ

Từ tháng 2 đến hết tháng 4/2024, phong trào "Thu gom pin cũ - Bảo vệ môi trường" do Tỉnh đoàn phối hợp với Sở Giáo dục và Đào tạo phát động đã thu hút 95 trường THCS, THPT với hơn 38.000 học sinh tham gia. Tỉnh đoàn đã cấp 140 thùng thu gom cho các trường.

Kết quả, các trường đã thu gom được 1.240 kg pin các loại. Trong đó, khối THCS có 61 trường, thu gom 735 kg; khối THPT có 34 trường, thu gom 505 kg. Lượng pin thu gom gấp 2,3 lần đợt phát động năm 2023.

Trường THCS Phan Chu Trinh (TP. Buôn Ma Thuột) đứng đầu với 86 kg; Trường THPT Buôn Ma Thuột đứng thứ hai với 71 kg, trong đó riêng Chi đoàn lớp 12A1 góp 19 kg. Ban tổ chức đã trao 10 giải thưởng cho các tập thể xuất sắc, mỗi giải trị giá 2 triệu đồng.

Em H'Linh Niê, học sinh lớp 8A Trường THCS Phan Chu Trinh, chia sẻ: "Mỗi tuần em cùng các bạn đi xin pin cũ ở các hộ gia đình trong khu phố, có tuần được gần 3 kg".

Toàn bộ số pin được chuyển về một đơn vị xử lý chất thải nguy hại tại Khu công nghiệp Hòa Phú để xử lý không thu phí, tiết kiệm cho các trường khoảng 25 triệu đồng. Theo tính toán của ngành chức năng, 1 kg pin nếu bị chôn lấp lẫn rác sinh hoạt có thể gây ô nhiễm khoảng 500 lít nước.

Trong năm 2025, Tỉnh đoàn phấn đấu mở rộng phong trào đến 100% trường THCS, THPT trên địa bàn tỉnh và thu gom ít nhất 2 tấn pin cũ.

HOÀNG NGUYÊN
18/05/2024
"""

P = period("Từ tháng 2 đến hết tháng 4/2024", "2024-02-01", "2024-04-30")
T = inherit(P)
Y25 = period("Trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("thu gom hơn 1,2 tấn pin cũ", "1,2", 1.2, "measure", "tấn", "pin cũ học sinh thu gom", approx="over"),
    F("thu hút 95 trường", "95", 95, "count", "trường THCS, THPT", "trường THCS, THPT tham gia phong trào", period=P),
    F("hơn 38.000 học sinh", "38.000", 38000, "count", "học sinh", "học sinh tham gia phong trào", approx="over",
      period=P),
    F("cấp 140 thùng", "140", 140, "count", "thùng thu gom", "thùng thu gom Tỉnh đoàn cấp cho các trường", period=T),
    F("được 1.240 kg", "1.240", 1240, "measure", "kg", "pin các loại thu gom", period=T),
    F("có 61 trường", "61", 61, "count", "trường", "trường khối THCS tham gia", period=T),
    F("thu gom 735 kg", "735", 735, "measure", "kg", "pin thu gom khối THCS", total=1240, period=T),
    F("có 34 trường", "34", 34, "count", "trường", "trường khối THPT tham gia", period=T),
    F("thu gom 505 kg", "505", 505, "measure", "kg", "pin thu gom khối THPT", total=1240, period=T),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "lượng pin thu gom so với đợt phát động năm 2023", period=T),
    F("đứng đầu với 86 kg", "86", 86, "measure", "kg", "pin thu gom của Trường THCS Phan Chu Trinh",
      location="Buôn Ma Thuột", period=T),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "thu gom pin của Trường THPT Buôn Ma Thuột",
      location="Buôn Ma Thuột", period=T),
    F("với 71 kg", "71", 71, "measure", "kg", "pin thu gom của Trường THPT Buôn Ma Thuột",
      location="Buôn Ma Thuột", period=T),
    F("góp 19 kg", "19", 19, "measure", "kg", "pin Chi đoàn lớp 12A1 góp", total=71,
      location="Buôn Ma Thuột", period=T),
    F("trao 10 giải thưởng", "10", 10, "count", "giải thưởng", "giải thưởng trao cho các tập thể xuất sắc"),
    F("trị giá 2 triệu đồng", "2", 2e6, "money", "đồng", "trị giá mỗi giải thưởng"),
    F("gần 3 kg", "3", 3, "measure", "kg", "pin cũ xin được mỗi tuần", approx="nearly", location="Buôn Ma Thuột",
      optional=True),
    F("khoảng 25 triệu đồng", "25", 25e6, "money", "đồng", "chi phí xử lý tiết kiệm cho các trường", approx="about"),
    F("1 kg pin nếu", "1", 1, "measure", "kg", optional=True),
    F("khoảng 500 lít nước", "500", 500, "measure", "lít", "nước bị ô nhiễm do 1 kg pin chôn lấp", approx="about",
      optional=True),
    F("đến 100% trường", "100", 100, "percent", "%", "trường THCS, THPT tham gia phong trào", status="target",
      period=Y25),
    F("ít nhất 2 tấn", "2", 2, "measure", "tấn", "pin cũ thu gom", approx="at_least", status="target", period=Y25),
]

NOTES = [
    "Báo Đắk Lắk (provincial Party paper): school campaign collecting used batteries, Feb-Apr 2024; byline HOÀNG NGUYÊN and bare date 18/05/2024.",
    "Distractors: 'lớp 12A1', 'lớp 8A' (class names), 'Khu công nghiệp Hòa Phú', 'năm 2023' as a baseline only.",
    "Parts after 'Trong đó': kilograms (735, 505) take the 1.240 kg that the cue follows.",
    "revised after the first run: 61 and 34 trường lose total 95 — the figure the cue follows is 1.240 kg (not schools), and the 95",
    "schools stand a paragraph earlier; FIGURES.md: the whole is the figure the cue follows, counting the same thing, else no total.",
    "'gấp 2,3 lần đợt phát động năm 2023' stands as its own sentence: a multiple figure.",
    "'riêng Chi đoàn lớp 12A1 góp 19 kg' after 'trong đó' → total 71 (the school's kilograms).",
    "Optional: a pupil's anecdote 'gần 3 kg' per week, and the illustrative '1 kg pin … khoảng 500 lít nước' (a general claim, not a fact about the campaign).",
    "Headline '1,2 tấn' is a figure with no period. School figures (86 kg, rank 2, 71 kg, 19 kg) are located in Buôn Ma Thuột.",
]

write(5, TEXT, FIGS, NOTES, published="2024-05-18", location="Đắk Lắk")
