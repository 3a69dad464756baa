"""p985-5: Party/provincial newspaper (Báo Hải Dương), heritage and ancient trees; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Giữ gìn "báu vật xanh" giữa lòng phố thị

Những cây đa, cây gạo, cây muỗm hàng trăm năm tuổi ở thành phố Hải Dương không chỉ tạo bóng mát mà còn gắn với ký ức của nhiều thế hệ. Việc bảo tồn cây cổ thụ đang được thành phố đặc biệt quan tâm.

Theo kết quả rà soát của Phòng Quản lý đô thị thành phố, hiện trên địa bàn có 412 cây cổ thụ, trong đó 96 cây trên 100 năm tuổi và 7 cây đã được công nhận Cây Di sản Việt Nam. Cây lâu năm nhất là cây đa ở đình Hàng Bông, khoảng 350 năm tuổi, chu vi gốc 9,6 m, tán rộng gần 800 m2.

Từ năm 2020 đến nay, toàn thành phố có 14 cây cổ thụ bị gãy đổ do mưa bão; riêng cơn bão số 3 (Yagi) tháng 9/2024 đã làm đổ 9 cây, trong đó có 2 cây trong khuôn viên di tích. Ông Trần Văn Bảy, người trông coi đình Hàng Bông, cho biết sau bão, cây đa phải cắt bỏ 3 cành lớn, mỗi cành dài 6-8 m.

Năm 2024, thành phố đã chi 1,2 tỷ đồng, tăng 35% so với năm 2023, để chăm sóc, chữa trị 58 cây cổ thụ bị sâu bệnh, mục ruỗng. Dự kiến năm 2025, kinh phí bảo tồn cây cổ thụ tăng lên khoảng 1,8 tỷ đồng.

Đồng chí Phó Chủ tịch UBND thành phố cho biết, thành phố phấn đấu đến năm 2026 hoàn thành lập hồ sơ, gắn biển tên cho 100% cây cổ thụ; đồng thời vận động các phường trồng thay thế ít nhất 200 cây bóng mát mỗi năm. Đến nay, đã có 245 cây được gắn biển, chiếm 59,5% tổng số cây cổ thụ.

Hưởng ứng Tết trồng cây Xuân Ất Tỵ, ngày 8/2, thành phố tổ chức trồng 1.500 cây xanh tại khu vực ven sông Sặt và đường 30/10.

MINH HẠNH
14/03/2025
"""

NOW = P("Đến nay", None, "2025-03-14")
SINCE = P("Từ năm 2020 đến nay", "2020-01-01", "2025-03-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("hàng trăm năm tuổi", "trăm", 100, "measure", "năm tuổi", "tuổi cây", approx="about", optional=True),
    F("có 412 cây cổ thụ", "412", 412, "count", "cây", "cây cổ thụ"),
    F("96 cây trên", "96", 96, "count", "cây", "cây cổ thụ trên 100 năm tuổi", total=412),
    F("trên 100 năm tuổi", "100", 100, "measure", "năm tuổi", "tuổi cây", approx="over", optional=True),
    F("và 7 cây đã", "7", 7, "count", "cây", "cây được công nhận Cây Di sản Việt Nam", total=412),
    F("khoảng 350 năm tuổi", "350", 350, "measure", "năm tuổi", "tuổi cây đa ở đình Hàng Bông", approx="about"),
    F("chu vi gốc 9,6 m", "9,6", 9.6, "measure", "m", "chu vi gốc cây đa"),
    F("gần 800 m2", "800", 800, "measure", "m2", "tán cây đa", approx="nearly"),
    F("có 14 cây cổ thụ", "14", 14, "count", "cây", "cây cổ thụ bị gãy đổ do mưa bão", SINCE),
    F("làm đổ 9 cây", "9", 9, "count", "cây", "cây cổ thụ bị đổ do bão số 3 (Yagi)",
      P("tháng 9/2024", "2024-09-01", "2024-09-30")),
    F("có 2 cây trong", "2", 2, "count", "cây", "cây cổ thụ bị đổ trong khuôn viên di tích",
      P("tháng 9/2024", "2024-09-01", "2024-09-30"), total=9),
    F("bỏ 3 cành lớn", "3", 3, "count", "cành", "cành lớn của cây đa bị cắt bỏ", optional=True),
    F("dài 6-8 m", "6", 6, "measure", "m", "chiều dài mỗi cành", value_max=8, optional=True),
    F("chi 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí chăm sóc, chữa trị cây cổ thụ", Y24,
      change=C("increase", 35, baseline="năm 2023")),
    F("trị 58 cây", "58", 58, "count", "cây", "cây cổ thụ bị sâu bệnh, mục ruỗng được chăm sóc, chữa trị", Y24),
    F("khoảng 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "kinh phí bảo tồn cây cổ thụ",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
    F("cho 100% cây cổ thụ", "100", 100, "percent", "%", "cây cổ thụ được lập hồ sơ, gắn biển tên",
      P("đến năm 2026", None, "2026-12-31"), status="target"),
    F("ít nhất 200 cây", "200", 200, "count", "cây", "cây bóng mát trồng thay thế mỗi năm",
      P("đến năm 2026", None, "2026-12-31"), approx="at_least", status="target"),
    F("có 245 cây", "245", 245, "count", "cây", "cây cổ thụ được gắn biển", NOW, percent=59.5),
    F("trồng 1.500 cây", "1.500", 1500, "count", "cây", "cây xanh trồng dịp Tết trồng cây",
      P("ngày 8/2", "2025-02-08", "2025-02-08")),
]

NOTES = [
    "Báo Hải Dương (invented); byline MINH HẠNH and bare date 14/03/2025 at the end = published. Location: thành phố Hải Dương.",
    "'96 cây trên 100 năm tuổi' and '7 cây' follow '412 cây cổ thụ, trong đó' -> total 412; '100 năm tuổi' is a category threshold: optional.",
    "The Đình Hàng Bông banyan's age, girth and canopy are facts about a named tree (required); the cut branches (3 cành, 6-8 m) are a side detail: optional.",
    "'245 cây …, chiếm 59,5% tổng số cây cổ thụ' -> percent 59.5; no total (the whole is named, not given as a number there).",
    "'tăng 35% so với năm 2023' stands right after the 1,2 tỷ: its change. 'riêng cơn bão số 3 … 9 cây' counts another period than the 14 since 2020: no total (FIGURES.md: same thing over the same period).",
    "'hàng trăm năm tuổi' (vague number word) is optional.",
    "'đồng thời vận động … ít nhất 200 cây' continues the 'phấn đấu đến năm 2026' clause: target.",
    "'Đến nay' / 'Từ năm 2020 đến nay' end at the published date. 'hiện' gives no period. 'ngày 8/2' takes 2025 (published year).",
    "Distractors: 'bão số 3 (Yagi)', 'Trần Văn Bảy', 'đường 30/10', 'hàng trăm năm tuổi' (vague), 'Xuân Ất Tỵ', the bare date.",
]

write("p985-5", TEXT, FIGS, published="2025-03-14", location="Hải Dương", notes=NOTES)
