"""p909-5: Party/provincial newspaper (Báo Sóc Trăng), Khmer art troupes, byline + bare date at the end."""
from lib import F, P, I, CH, TG, write

TEXT = """Giữ nhịp Rom vong nơi phum sóc

Về huyện Trần Đề những ngày này, tối nào sân chùa ở ấp Prey Chóp cũng rộn ràng tiếng nhạc Rom vong, Lâm thol của Câu lạc bộ văn nghệ Khmer ấp. Câu lạc bộ được thành lập năm 2015, ban đầu chỉ có 12 thành viên, đến nay đã có 34 thành viên, người lớn tuổi nhất 71 tuổi, nhỏ nhất mới học lớp 6.

Theo ông Thạch Sa Rây, Chủ nhiệm câu lạc bộ, bình quân câu lạc bộ biểu diễn khoảng 40 buổi/năm phục vụ lễ Chôl Chnăm Thmây, Sene Đôlta, Ok Om Bok; riêng năm 2022 biểu diễn 46 buổi, thu hút hơn 15.000 lượt người xem. Mỗi lần biểu diễn đám cưới, câu lạc bộ nhận từ 1,5 đến 2 triệu đồng để mua sắm nhạc cụ, trang phục.

Toàn huyện Trần Đề hiện có 68 đội, câu lạc bộ văn nghệ, trong đó 41 đội văn nghệ Khmer. Năm 2022, huyện hỗ trợ 20 triệu đồng cho mỗi đội văn nghệ Khmer để mua trống Sa-dăm, đàn Tro; tổng kinh phí hỗ trợ hơn 800 triệu đồng.

Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh Sóc Trăng có 412 đội văn nghệ quần chúng, trong đó có 176 đội văn nghệ Khmer, chiếm 42,7%. Năm 2023, tỉnh phấn đấu tổ chức Hội diễn nghệ thuật quần chúng Khmer lần thứ X với khoảng 20 đội tham gia, kinh phí dự kiến 450 triệu đồng.

Nghệ nhân Thạch Sa Rây, người đã gắn bó hơn 30 năm với điệu múa Rom vong, chia sẻ: "Chừng nào còn sức, tôi còn dạy con cháu múa. Năm nay tôi mở thêm 2 lớp cho các em học sinh ở ấp". Nhờ những người như ông, tiếng trống Sa-dăm vẫn vang lên đều đặn mỗi tối thứ Bảy, Chủ nhật bên Quốc lộ 60, gần khu chợ Mỏ Ó.

KIM NGÂN
18/06/2023
"""

NOW = P("đến nay", None, "2023-06-18")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y22b = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("chỉ có 12 thành viên", "12", 12, "count", "thành viên",
      "thành viên Câu lạc bộ văn nghệ Khmer ấp Prey Chóp khi thành lập"),
    F("đã có 34 thành viên", "34", 34, "count", "thành viên",
      "thành viên Câu lạc bộ văn nghệ Khmer ấp Prey Chóp", NOW),
    F("nhất 71 tuổi", "71", 71, "measure", "tuổi", "tuổi của thành viên lớn tuổi nhất"),
    F("khoảng 40 buổi/năm", "40", 40, "measure", "buổi/năm", "buổi biểu diễn của câu lạc bộ bình quân mỗi năm",
      approx="about"),
    F("biểu diễn 46 buổi", "46", 46, "count", "buổi", "buổi biểu diễn của câu lạc bộ", Y22),
    F("hơn 15.000 lượt", "15.000", 15000, "count", "lượt người xem", "lượt người xem biểu diễn", Y22,
      approx="over"),
    F("từ 1,5 đến 2 triệu đồng", "1,5", 1.5e6, "money", "đồng",
      "tiền câu lạc bộ nhận mỗi lần biểu diễn đám cưới", value_max=2e6),
    F("có 68 đội", "68", 68, "count", "đội, câu lạc bộ văn nghệ", "đội, câu lạc bộ văn nghệ"),
    F("trong đó 41 đội", "41", 41, "count", "đội văn nghệ Khmer", "đội văn nghệ Khmer", total=68),
    F("hỗ trợ 20 triệu đồng", "20", 20e6, "money", "đồng", "mức hỗ trợ cho mỗi đội văn nghệ Khmer", Y22b),
    F("hơn 800 triệu đồng", "800", 800e6, "money", "đồng", "tổng kinh phí hỗ trợ đội văn nghệ Khmer", Y22b,
      approx="over"),
    F("có 412 đội", "412", 412, "count", "đội văn nghệ", "đội văn nghệ quần chúng", location="Sóc Trăng"),
    F("có 176 đội", "176", 176, "count", "đội văn nghệ Khmer", "đội văn nghệ Khmer", total=412, percent=42.7,
      location="Sóc Trăng"),
    F("khoảng 20 đội", "20", 20, "count", "đội", "đội tham gia Hội diễn nghệ thuật quần chúng Khmer", Y23,
      approx="about", status="target", location="Sóc Trăng"),
    F("dự kiến 450 triệu đồng", "450", 450e6, "money", "đồng",
      "kinh phí Hội diễn nghệ thuật quần chúng Khmer", Y23, status="forecast", location="Sóc Trăng"),
    F("hơn 30 năm", "30", 30, "measure", "năm", "thời gian gắn bó với điệu múa Rom vong", approx="over",
      optional=True),
    F("thêm 2 lớp", "2", 2, "count", "lớp", "lớp dạy múa mở thêm", P("Năm nay", "2023-01-01", "2023-12-31"),
      optional=True),
]

NOTES = [
    "Báo Sóc Trăng style feature (byline KIM NGÂN, bare date 18/06/2023 at the end): a Khmer art club in ấp Prey Chóp,",
    "huyện Trần Đề (location Trần Đề), the district's troupes and support, the province's troupes (Sóc Trăng) and 2023 plans.",
    "'ban đầu chỉ có 12 thành viên' (at founding, 2015) gets no period; 'đến nay' is as-of the published date.",
    "'khoảng 40 buổi/năm' is a rate (measure). 'Mỗi lần biểu diễn ... từ 1,5 đến 2 triệu đồng' is money, unit đồng.",
    "'phấn đấu tổ chức ... với khoảng 20 đội' -> target; 'kinh phí dự kiến 450 triệu đồng' -> forecast (its own cue).",
    "Quoted anecdote figures (hơn 30 năm, thêm 2 lớp) are optional. Distractors: năm 2015, lớp 6, lần thứ X, Quốc lộ 60,",
    "thứ Bảy, names; 'Chừng nào' is no approx cue (no number).",
]

if __name__ == "__main__":
    write("p909-5", TEXT, FIGS, NOTES, published="2023-06-18", location="Trần Đề")
