from lib import F, P, I, C, T, write

TEXT = """Sôi nổi Giải Vật dân tộc tỉnh Bắc Giang năm 2025

Ngày 22/3, tại Nhà thi đấu Trung tâm Huấn luyện và Thi đấu thể thao tỉnh, Sở Văn hóa, Thể thao và Du lịch tổ chức khai mạc Giải Vật dân tộc tỉnh Bắc Giang năm 2025.

Tham dự giải có 132 vận động viên của 10 huyện, thị xã, thành phố, tăng 17 người so với giải năm 2024; trong đó có 38 vận động viên nữ, chiếm 28,8%. Các đô vật tranh tài ở 20 hạng cân (10 hạng cân nam, 10 hạng cân nữ), từ 45 kg đến 92 kg.

Đoàn huyện Lục Nam, nơi có phong trào vật mạnh nhất tỉnh, cử 22 đô vật, đông nhất giải; tiếp đến là Yên Dũng (18 đô vật) và Lạng Giang (16 đô vật). Tổng giải thưởng của giải là 95 triệu đồng; mỗi giải Nhất cá nhân được thưởng 1,5 triệu đồng.

Theo ông Thân Văn Bảy, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, hiện toàn tỉnh có 27 câu lạc bộ vật với hơn 600 đô vật thường xuyên tập luyện, gấp đôi năm 2020. Các câu lạc bộ chủ yếu tập trung ở các xã ven sông Lục Nam, sông Thương như Cẩm Lý, Tiên Hưng, Nham Sơn.

Năm 2024, vật Bắc Giang giành 6 HCV, 8 HCB và 11 HCĐ tại các giải quốc gia, xếp thứ 4 toàn quốc; kinh phí đào tạo đội tuyển vật khoảng 1,2 tỷ đồng. Năm 2025, tỉnh phấn đấu giành từ 7 đến 8 HCV, giữ vững vị trí trong tốp 5 toàn quốc.

Dịp này, Ban Tổ chức trao tặng 15 bộ trang phục thi đấu cho các lò vật khó khăn ở huyện Sơn Động, Lục Ngạn. Giải diễn ra đến hết ngày 25/3; các trận chung kết được truyền hình trực tiếp trên kênh BGTV lúc 14 giờ 30.

NGỌC THÚY
23/3/2025
"""

y25 = P("năm 2025", "2025-01-01", "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
D = "đô vật tham dự Giải Vật dân tộc tỉnh"
FIGS = [
    F("có 132 vận động viên", "132", 132, "count", "vận động viên", "vận động viên tham dự Giải Vật dân tộc tỉnh",
      I(y25), change=C("increase", 17, "người", "giải năm 2024")),
    F("của 10 huyện", "10", 10, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố tham dự giải", I(y25)),
    F("có 38 vận động viên nữ", "38", 38, "count", "vận động viên", "vận động viên nữ", I(y25),
      total=132, percent=28.8),
    F("ở 20 hạng cân", "20", 20, "count", "hạng cân", "hạng cân thi đấu", I(y25)),
    F("(10 hạng cân nam", "10", 10, "count", "hạng cân", "hạng cân nam", I(y25), total=20),
    F("10 hạng cân nữ)", "10", 10, "count", "hạng cân", "hạng cân nữ", I(y25), total=20),
    F("từ 45 kg", "45", 45, "measure", "kg", "hạng cân thi đấu", value_max=92, optional=True),
    F("cử 22 đô vật", "22", 22, "count", "đô vật", D, I(y25), location="Lục Nam"),
    F("(18 đô vật)", "18", 18, "count", "đô vật", D, I(y25), location="Yên Dũng"),
    F("(16 đô vật)", "16", 16, "count", "đô vật", D, I(y25), location="Lạng Giang"),
    F("là 95 triệu đồng", "95", 95000000, "money", "đồng", "tổng giải thưởng", I(y25)),
    F("thưởng 1,5 triệu đồng", "1,5", 1500000, "money", "đồng", "tiền thưởng mỗi giải Nhất cá nhân", I(y25)),
    F("có 27 câu lạc bộ", "27", 27, "count", "câu lạc bộ", "câu lạc bộ vật"),
    F("hơn 600 đô vật", "600", 600, "count", "đô vật", "đô vật thường xuyên tập luyện", approx="over",
      change=C("increase", 2, "lần", "năm 2020")),
    F("giành 6 HCV", "6", 6, "count", "HCV", "huy chương vàng tại các giải quốc gia", Y24),
    F("8 HCB", "8", 8, "count", "HCB", "huy chương bạc tại các giải quốc gia", Y24),
    F("11 HCĐ", "11", 11, "count", "HCĐ", "huy chương đồng tại các giải quốc gia", Y24),
    F("xếp thứ 4 toàn quốc", "4", 4, "rank", "hạng", "xếp hạng môn vật toàn quốc", Y24),
    F("khoảng 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "kinh phí đào tạo đội tuyển vật", Y24, approx="about"),
    F("từ 7 đến 8 HCV", "7", 7, "count", "HCV", "huy chương vàng tại các giải quốc gia", Y25, value_max=8,
      status="target"),
    F("tốp 5 toàn quốc", "5", 5, "rank", "hạng", "xếp hạng môn vật toàn quốc", Y25, approx="at_most",
      status="target", optional=True),
    F("tặng 15 bộ", "15", 15, "count", "bộ trang phục thi đấu", "bộ trang phục thi đấu trao tặng các lò vật khó khăn",
      I(y25)),
]

NOTES = [
    "Báo Bắc Giang (Party provincial paper): byline 'NGỌC THÚY' and bare date '23/3/2025' at the end = published.",
    "Distractors: 'Ngày 22/3', 'năm 2024' baseline, name Thân Văn Bảy, 'giải Nhất', 'ngày 25/3', '14 giờ 30', 'BGTV', 'năm 2020'.",
    "38 vận động viên nữ after '; trong đó' is part of the 132 (chiếm 28,8%); '(10 hạng cân nam, 10 hạng cân nữ)' adds up to 20.",
    "District teams in a list share the indicator 'đô vật tham dự giải'; the district is the location.",
    "'gấp đôi năm 2020' right after 'hơn 600 đô vật' is its change (2 lần). 'Hiện' → no period for 27 câu lạc bộ / 600 đô vật.",
    "'từ 7 đến 8 HCV' is a target range. 'trong tốp 5' is a rank bound (optional). Weight range 45-92 kg optional.",
    "Tournament figures take 'năm 2025' from the headline/lead (inherited).",
]

write(5, TEXT, NOTES, FIGS, published="2025-03-23", location="Bắc Giang")
