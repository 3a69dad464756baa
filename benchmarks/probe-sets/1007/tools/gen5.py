"""p1007-5: provincial Party newspaper (Báo Kon Tum), portrait of a village midwife in Tu Mơ Rông; byline + bare date."""
from lib import F, P, I, C, T, write

TEXT = """Người giữ tiếng khóc chào đời ở làng Xơ Đăng
Hơn 12 năm làm cô đỡ thôn bản ở làng Đắk Chum, xã Tu Mơ Rông, huyện Tu Mơ Rông, chị Y Thị Hiên (SN 1986) đã trực tiếp đỡ đẻ an toàn cho hơn 300 ca, chưa để xảy ra tai biến nào.
Làng Đắk Chum có 146 hộ với 612 nhân khẩu, 100% là người Xơ Đăng. Trước đây, gần như toàn bộ phụ nữ trong làng sinh con tại nhà theo tập quán, nhiều ca băng huyết, uốn ván sơ sinh không qua khỏi.
Năm 2012, chị được huyện cử đi học lớp cô đỡ thôn bản 6 tháng tại Trường Trung cấp Y tế Kon Tum. Trở về làng, chị đi từng nhà vận động chị em khám thai ít nhất 4 lần trong thai kỳ và đến trạm y tế khi chuyển dạ.
Chị Hiên kể, có đêm mưa lũ chị phải đi bộ hơn 8 km đường rừng dọc Tỉnh lộ 672 để kịp đỡ đẻ cho một sản phụ ở khu sản xuất.
Mỗi tháng, chị nhận phụ cấp 1.170.000 đồng (hệ số 0,5 mức lương cơ sở) cùng khoản hỗ trợ 50.000 đồng cho mỗi ca đỡ đẻ tại nhà. "Tiền không nhiều, nhưng thấy mẹ tròn con vuông là mình vui", chị nói.
Theo Trung tâm Y tế huyện Tu Mơ Rông, năm 2023, trong số 97 thôn của huyện có 78 thôn có cô đỡ thôn bản; tỷ lệ phụ nữ sinh con tại nhà giảm từ 46% năm 2018 xuống còn 19,3%.
Năm 2024, toàn tỉnh Kon Tum có 187 cô đỡ thôn bản, trong đó 142 người là người dân tộc thiểu số tại chỗ. Ngành y tế phấn đấu đến năm 2025 mỗi thôn đặc biệt khó khăn có ít nhất 1 cô đỡ thôn bản hoặc nhân viên y tế thôn bản được đào tạo kỹ năng đỡ đẻ.
Y Nhàn
05/11/2024"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 12 năm", "12", 12, "measure", "năm", "thời gian làm cô đỡ thôn bản", approx="over", optional=True),
    F("hơn 300 ca", "300", 300, "count", "ca", "ca được chị Y Thị Hiên đỡ đẻ an toàn", approx="over"),
    F("có 146 hộ", "146", 146, "count", "hộ", "hộ của làng Đắk Chum"),
    F("612 nhân khẩu", "612", 612, "count", "nhân khẩu", "nhân khẩu của làng Đắk Chum"),
    F("100% là người", "100", 100, "percent", "%", "tỷ lệ người Xơ Đăng trong làng"),
    F("thôn bản 6 tháng", "6", 6, "measure", "tháng", "thời gian lớp cô đỡ thôn bản", optional=True),
    F("ít nhất 4 lần", "4", 4, "count", "lần", "số lần khám thai trong thai kỳ", approx="at_least", optional=True),
    F("hơn 8 km", "8", 8, "measure", "km", "quãng đường đi bộ để đỡ đẻ", approx="over"),
    F("phụ cấp 1.170.000 đồng", "1.170.000", 1170000, "money", "đồng", "phụ cấp hằng tháng của cô đỡ thôn bản"),
    F("hệ số 0,5", "0,5", 0.5, "measure", "mức lương cơ sở", "hệ số phụ cấp của cô đỡ thôn bản"),
    F("hỗ trợ 50.000 đồng", "50.000", 50000, "money", "đồng", "hỗ trợ cho mỗi ca đỡ đẻ tại nhà"),
    F("số 97 thôn", "97", 97, "count", "thôn", "thôn của huyện", Y23),
    F("có 78 thôn", "78", 78, "count", "thôn", "thôn có cô đỡ thôn bản", Y23, total=97),
    F("từ 46% năm 2018", "46", 46, "percent", "%", "tỷ lệ phụ nữ sinh con tại nhà", P("năm 2018", "2018-01-01", "2018-12-31")),
    F("còn 19,3%", "19,3", 19.3, "percent", "%", "tỷ lệ phụ nữ sinh con tại nhà", Y23),
    F("có 187 cô đỡ", "187", 187, "count", "cô đỡ thôn bản", "cô đỡ thôn bản", Y24, location="Kon Tum"),
    F("trong đó 142 người", "142", 142, "count", "người", "cô đỡ thôn bản là người dân tộc thiểu số tại chỗ", Y24,
      total=187, location="Kon Tum"),
    F("ít nhất 1 cô đỡ", "1", 1, "count", "cô đỡ thôn bản", "cô đỡ thôn bản hoặc nhân viên y tế thôn bản mỗi thôn đặc biệt khó khăn",
      P("đến năm 2025", end="2025-12-31"), approx="at_least", status="target", location="Kon Tum", optional=True),
]

NOTES = [
    "p1007-5: Báo Kon Tum portrait of a village midwife (Đắk Chum, xã/huyện Tu Mơ Rông); byline 'Y Nhàn' and bare date 05/11/2024 at the end.",
    "Village and district figures → location Tu Mơ Rông; the province's 187/142 → Kon Tum. Not figures: 'SN 1986', 'Năm 2012', 'Tỉnh lộ 672'.",
    "Optional: 'Hơn 12 năm' (tenure that frames the 300 ca), course label 'lớp ... 6 tháng', the antenatal norm 'ít nhất 4 lần',",
    "and the per-village norm 'ít nhất 1 cô đỡ' (target). Monthly allowance and per-case support carry no period (no time phrase).",
    "'trong số 97 thôn ... có 78 thôn' → total 97. '46% năm 2018' takes its own year; '19,3%' the sentence's 'năm 2023'.",
]

write(5, TEXT, NOTES, FIGS, published="2024-11-05", location="Tu Mơ Rông")
