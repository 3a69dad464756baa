"""p1086-8: provincial newspaper online (Báo Tây Ninh style, tag (BTN)), noise reports and fines Q1/2025."""
from lib import F, P, I, C, T, write_set

TEXT = """Pháp luật
Tây Ninh: Xử phạt gần 600 triệu đồng vi phạm về tiếng ồn trong quý I
Cập nhật ngày: 08/04/2025 - 15:42

(BTN) - Quý I/2025, Công an tỉnh và các lực lượng chức năng đã tiếp nhận 164 tin báo, phản ánh về tiếng ồn, tăng 23 tin so với quý IV/2024. Trong số này, có 97 tin phản ánh karaoke gây ồn trong khu dân cư, 41 tin liên quan đến loa kẹo kéo tại quán nhậu; số còn lại liên quan đến hoạt động sản xuất, xây dựng.

Lực lượng chức năng đã xác minh, xử lý 158/164 tin báo; xử phạt 72 trường hợp với tổng số tiền gần 600 triệu đồng, tăng 35,2% so với cùng kỳ năm 2024. Các địa phương có số trường hợp bị xử phạt nhiều là TP Tây Ninh (21 trường hợp), thị xã Hòa Thành (15 trường hợp) và thị xã Trảng Bàng (12 trường hợp). Đáng chú ý, nhiều trường hợp tái phạm, có hộ dân ở khu phố 4, phường 3 bị xử phạt lần thứ 3 trong năm.

Theo kết quả đo của Sở Tài nguyên và Môi trường, độ ồn tại các quán nhậu sử dụng loa kẹo kéo phổ biến từ 75 đến 90 dBA. Có nơi độ ồn cao gấp 1,5 lần mức cho phép.

Thượng tá Nguyễn Văn Năm, Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội, cho biết năm 2025, Công an tỉnh phấn đấu giải quyết 100% tin báo về tiếng ồn trong vòng 48 giờ; dự kiến tổ chức khoảng 120 buổi tuyên truyền tại 94 xã, phường, thị trấn. Người dân có thể phản ánh qua số điện thoại 0276.3822.113 hoặc ứng dụng Tây Ninh Smart.

Kim Ngân
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
HQ1 = P("trong quý I", "2025-01-01", "2025-03-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("phạt gần 600 triệu đồng vi phạm", "600", 600e6, "money", "đồng",
      "tiền xử phạt vi phạm về tiếng ồn", HQ1, approx="nearly"),
    F("tiếp nhận 164 tin báo", "164", 164, "count", "tin báo", "tin báo, phản ánh về tiếng ồn", Q1,
      change=C("increase", 23, "tin", "quý IV/2024")),
    F("có 97 tin", "97", 97, "count", "tin", "tin phản ánh karaoke gây ồn trong khu dân cư", I(Q1),
      total=164),
    F("41 tin", "41", 41, "count", "tin", "tin liên quan đến loa kẹo kéo tại quán nhậu", I(Q1),
      total=164),
    F("xử lý 158/164 tin báo", "158", 158, "count", "tin báo", "tin báo đã xác minh, xử lý", I(Q1),
      total=164),
    F("xử phạt 72 trường hợp", "72", 72, "count", "trường hợp", "trường hợp bị xử phạt", I(Q1)),
    F("tiền gần 600 triệu đồng", "600", 600e6, "money", "đồng", "tổng số tiền xử phạt", I(Q1),
      approx="nearly", change=C("increase", 35.2, "%", "cùng kỳ năm 2024")),
    F("TP Tây Ninh (21 trường hợp)", "21", 21, "count", "trường hợp", "trường hợp bị xử phạt", I(Q1),
      location="TP Tây Ninh"),
    F("Hòa Thành (15 trường hợp)", "15", 15, "count", "trường hợp", "trường hợp bị xử phạt", I(Q1),
      location="Hòa Thành"),
    F("Trảng Bàng (12 trường hợp)", "12", 12, "count", "trường hợp", "trường hợp bị xử phạt", I(Q1),
      location="Trảng Bàng"),
    F("từ 75 đến 90 dBA", "75", 75, "measure", "dBA", "độ ồn tại các quán nhậu sử dụng loa kẹo kéo",
      value_max=90),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "độ ồn so với mức cho phép"),
    F("100% tin báo", "100", 100, "percent", "%", "tin báo về tiếng ồn được giải quyết trong vòng 48 giờ",
      Y25, status="target"),
    F("vòng 48 giờ", "48", 48, "measure", "giờ", "thời hạn giải quyết tin báo về tiếng ồn", Y25,
      status="target", optional=True),
    F("khoảng 120 buổi", "120", 120, "count", "buổi", "buổi tuyên truyền", Y25, approx="about",
      status="forecast"),
    F("tại 94 xã", "94", 94, "count", "xã, phường, thị trấn", "xã, phường, thị trấn được tuyên truyền",
      Y25, status="forecast"),
]

NOTES = [
    "Báo Tây Ninh online style (invented), tag (BTN): tin báo về tiếng ồn và xử phạt quý I/2025; headline figure.",
    "'Trong số này, có 97 …, 41 …' -> total 164; '158/164 tin báo' -> total 164. 'tăng 23 tin so với quý IV/2024' -> change.",
    "Headline 'trong quý I' takes 2025 (published). 'Có nơi độ ồn cao gấp 1,5 lần mức cho phép' stands alone: multiple.",
    "'dự kiến tổ chức khoảng 120 buổi tuyên truyền tại 94 xã, phường, thị trấn' both forecast; '48 giờ' (deadline within the target) optional.",
    "Distractors: 15:42, quý IV/2024 (baseline), khu phố 4, phường 3, lần thứ 3, Thượng tá Nguyễn Văn Năm, 0276.3822.113.",
]

write_set("p1086-8", TEXT, FIGS, NOTES, published="2025-04-08", location="Tây Ninh")
