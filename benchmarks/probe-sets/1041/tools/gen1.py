"""p1041-1: province portal (Phú Thọ), hát Xoan clubs."""
from lib import F, P, I, CH, TG, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Phú Thọ: 34 câu lạc bộ hát Xoan duy trì sinh hoạt thường xuyên
Cập nhật: 12/03/2024 09:15 | Lượt xem: 2.341

Theo Sở Văn hóa, Thể thao và Du lịch, tính đến hết năm 2023, toàn tỉnh Phú Thọ có 34 câu lạc bộ hát Xoan với hơn 1.600 hội viên, tăng 6 câu lạc bộ so với năm 2019. Hội viên nhỏ tuổi nhất mới 6 tuổi, cao tuổi nhất đã ngoài 90 tuổi. Riêng 4 phường Xoan gốc ở thành phố Việt Trì (An Thái, Phù Đức, Kim Đới, Thét) hiện có 286 thành viên, chiếm gần 18% tổng số hội viên toàn tỉnh.

Đến nay, tỉnh có 1 Nghệ nhân Nhân dân và 28 Nghệ nhân Ưu tú được Chủ tịch nước phong tặng trong lĩnh vực hát Xoan; 64 người được UBND tỉnh công nhận danh hiệu nghệ nhân dân gian. Hằng năm, các nghệ nhân truyền dạy cho khoảng 1.500 lượt học viên, chủ yếu là học sinh tiểu học và trung học cơ sở.

Giai đoạn 2020-2023, ngân sách tỉnh đã bố trí hơn 23,5 tỷ đồng thực hiện Đề án bảo tồn, phát huy giá trị di sản hát Xoan, trong đó riêng năm 2023 là 6,8 tỷ đồng. Theo Nghị quyết số 05/2020/NQ-HĐND, mỗi phường Xoan gốc được hỗ trợ 60 triệu đồng/năm; nghệ nhân trực tiếp truyền dạy được hỗ trợ 2 triệu đồng/người/tháng.

Năm 2023, các phường Xoan và câu lạc bộ đã biểu diễn 312 buổi phục vụ lễ hội và du khách, tăng 21,4% so với năm 2022, trong đó dịp Giỗ Tổ Hùng Vương (mùng 10 tháng 3 âm lịch) có 48 buổi.

Mục tiêu đến năm 2025, toàn tỉnh có 40 câu lạc bộ hát Xoan, 100% trường tiểu học tại thành phố Việt Trì đưa hát Xoan vào hoạt động ngoại khóa. Ông Nguyễn Văn Tám, trùm phường Xoan An Thái (thành phố Việt Trì), cho biết phường đang phục dựng thêm 3 bài Xoan cổ để trình diễn tại Lễ hội Đền Hùng năm 2024.
"""

END23 = P("tính đến hết năm 2023", None, "2023-12-31")
NOW = P("Đến nay", None, "2024-03-12")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Phú Thọ: 34 câu lạc bộ", "34", 34, "count", "câu lạc bộ",
      "câu lạc bộ hát Xoan duy trì sinh hoạt thường xuyên"),
    F("có 34 câu lạc bộ hát Xoan", "34", 34, "count", "câu lạc bộ", "câu lạc bộ hát Xoan", END23,
      change=CH("increase", 6, "câu lạc bộ", "năm 2019")),
    F("hơn 1.600 hội viên", "1.600", 1600, "count", "hội viên", "hội viên câu lạc bộ hát Xoan", END23,
      approx="over"),
    F("mới 6 tuổi", "6", 6, "measure", "tuổi", "tuổi của hội viên nhỏ tuổi nhất"),
    F("ngoài 90 tuổi", "90", 90, "measure", "tuổi", "tuổi của hội viên cao tuổi nhất", approx="over"),
    F("Riêng 4 phường Xoan gốc", "4", 4, "count", "phường Xoan gốc", "phường Xoan gốc",
      location="Việt Trì"),
    F("có 286 thành viên", "286", 286, "count", "thành viên", "thành viên của 4 phường Xoan gốc",
      percent=18, location="Việt Trì"),
    F("có 1 Nghệ nhân Nhân dân", "1", 1, "count", "Nghệ nhân Nhân dân",
      "Nghệ nhân Nhân dân trong lĩnh vực hát Xoan", NOW),
    F("và 28 Nghệ nhân Ưu tú", "28", 28, "count", "Nghệ nhân Ưu tú",
      "Nghệ nhân Ưu tú trong lĩnh vực hát Xoan", NOW),
    F("64 người được UBND tỉnh", "64", 64, "count", "người",
      "người được công nhận danh hiệu nghệ nhân dân gian", NOW),
    F("khoảng 1.500 lượt học viên", "1.500", 1500, "count", "lượt học viên",
      "lượt học viên được nghệ nhân truyền dạy hằng năm", approx="about"),
    F("hơn 23,5 tỷ đồng", "23,5", 23.5e9, "money", "đồng",
      "ngân sách tỉnh bố trí thực hiện Đề án bảo tồn, phát huy giá trị di sản hát Xoan",
      P("Giai đoạn 2020-2023", "2020-01-01", "2023-12-31"), approx="over"),
    F("là 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng",
      "ngân sách tỉnh bố trí thực hiện Đề án năm 2023", P("năm 2023", "2023-01-01", "2023-12-31"),
      total=23.5e9),
    F("hỗ trợ 60 triệu đồng/năm", "60", 60e6, "money", "đồng/năm", "mức hỗ trợ mỗi phường Xoan gốc"),
    F("hỗ trợ 2 triệu đồng/người/tháng", "2", 2e6, "money", "đồng/người/tháng",
      "mức hỗ trợ nghệ nhân trực tiếp truyền dạy"),
    F("biểu diễn 312 buổi", "312", 312, "count", "buổi",
      "buổi biểu diễn phục vụ lễ hội và du khách", Y23,
      change=CH("increase", 21.4, "%", "năm 2022")),
    F("có 48 buổi", "48", 48, "count", "buổi", "buổi biểu diễn dịp Giỗ Tổ Hùng Vương", Y23, total=312),
    F("có 40 câu lạc bộ hát Xoan", "40", 40, "count", "câu lạc bộ", "câu lạc bộ hát Xoan", T25,
      status="target"),
    F("100% trường tiểu học", "100", 100, "percent", "%",
      "trường tiểu học đưa hát Xoan vào hoạt động ngoại khóa", T25, status="target",
      location="Việt Trì"),
    F("thêm 3 bài Xoan cổ", "3", 3, "count", "bài Xoan cổ", "bài Xoan cổ phường đang phục dựng",
      location="Việt Trì"),
]

COMMENTS = [
    "Phú Thọ provincial portal: hát Xoan clubs, members, artisans, budget (2020-2023), performances 2023, 2025 targets.",
    "Dateline 'Cập nhật: 12/03/2024 09:15'; 'Lượt xem: 2.341' is page furniture; 'Nghị quyết số 05/2020/NQ-HĐND', 'mùng 10 tháng 3',",
    "'Lễ hội Đền Hùng năm 2024', 'Ông Nguyễn Văn Tám' are not figures. The headline figure is its own figure.",
    "'tăng 6 câu lạc bộ' counts clubs, so it is the change of 34 câu lạc bộ, not of the 1.600 hội viên that stands before it.",
    "'chiếm gần 18% tổng số hội viên' names no number for the whole: percent 18, no total.",
    "The 4 guilds, their 286 members, the school target and the An Thái guild's songs are in Việt Trì (named).",
    "'Đến nay' ends at the dateline. 'Hằng năm' gives no period.",
]

build("p1041-1", TEXT, FIGS, COMMENTS, published="2024-03-12", location="Phú Thọ")
