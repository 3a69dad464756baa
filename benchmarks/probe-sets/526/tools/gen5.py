"""p526-5: Báo Cần Thơ (Party newspaper) — youth startup projects supported since 2019."""
from lib import *

TEXT = """BÁO CẦN THƠ - Cơ quan của Đảng bộ thành phố Cần Thơ
Xã hội » Thanh niên

Hơn 2.400 dự án khởi nghiệp của thanh niên được hỗ trợ vốn

Từ năm 2019 đến nay, Thành đoàn Cần Thơ đã phối hợp hỗ trợ 2.437 dự án khởi nghiệp của thanh niên với tổng vốn vay ưu đãi hơn 186 tỷ đồng, giải quyết việc làm cho khoảng 7.300 lao động. Riêng năm 2023 có 412 dự án được hỗ trợ, tăng 14,1% so với năm 2022.

Các quận, huyện có nhiều dự án nhất là Ninh Kiều (512 dự án), Cái Răng (347 dự án) và Phong Điền (298 dự án). Các dự án chủ yếu thuộc lĩnh vực nông nghiệp (chiếm 46%), dịch vụ, thương mại (31%) và công nghệ thông tin (9%). Theo chị Lê Thị Thùy Trang, Phó Bí thư Thành đoàn, tỷ lệ dự án hoàn trả vốn đúng hạn đạt 98,5%; hiện còn 37 dự án gặp khó khăn về đầu ra.

Anh Trần Minh Khoa (32 tuổi, ngụ phường An Khánh) là một ví dụ. Năm 2020, anh vay 80 triệu đồng từ Quỹ hỗ trợ thanh niên khởi nghiệp để mở xưởng sấy trái cây. Đến nay, cơ sở của anh có 14 lao động thường xuyên. Doanh thu bình quân đạt 1,2 tỷ đồng/năm, lợi nhuận khoảng 25%.

Chiều 24/3, tại Nhà Văn hóa Thanh niên (số 6 đường 30 Tháng 4), Thành đoàn tổ chức Ngày hội thanh niên khởi nghiệp lần thứ 5 với 60 gian hàng trưng bày sản phẩm. Năm 2024, Thành đoàn phấn đấu hỗ trợ ít nhất 450 dự án, trong đó 50 dự án ứng dụng chuyển đổi số.

KHÁNH TRUNG
26/03/2024
"""

SINCE = P("Từ năm 2019 đến nay", "2019-01-01", "2024-03-26")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 2.400 dự án", "2.400", 2400, "count", "dự án", "dự án khởi nghiệp của thanh niên được hỗ trợ vốn", approx="over"),
    F("hỗ trợ 2.437 dự án", "2.437", 2437, "count", "dự án", "dự án khởi nghiệp của thanh niên được hỗ trợ", SINCE),
    F("hơn 186 tỷ đồng", "186", 186e9, "money", "đồng", "tổng vốn vay ưu đãi", SINCE, approx="over"),
    F("khoảng 7.300 lao động", "7.300", 7300, "count", "lao động", "lao động được giải quyết việc làm", SINCE, approx="about"),
    F("có 412 dự án", "412", 412, "count", "dự án", "dự án được hỗ trợ", P("năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("increase", 14.1, "%", "năm 2022")),
    F("(512 dự án)", "512", 512, "count", "dự án", "dự án khởi nghiệp", I(SINCE), location="Ninh Kiều"),
    F("(347 dự án)", "347", 347, "count", "dự án", "dự án khởi nghiệp", I(SINCE), location="Cái Răng"),
    F("(298 dự án)", "298", 298, "count", "dự án", "dự án khởi nghiệp", I(SINCE), location="Phong Điền"),
    F("(chiếm 46%)", "46", 46, "percent", "%", "dự án thuộc lĩnh vực nông nghiệp", I(SINCE)),
    F("thương mại (31%)", "31", 31, "percent", "%", "dự án thuộc lĩnh vực dịch vụ, thương mại", I(SINCE)),
    F("thông tin (9%)", "9", 9, "percent", "%", "dự án thuộc lĩnh vực công nghệ thông tin", I(SINCE)),
    F("đạt 98,5%", "98,5", 98.5, "percent", "%", "tỷ lệ dự án hoàn trả vốn đúng hạn"),
    F("còn 37 dự án", "37", 37, "count", "dự án", "dự án gặp khó khăn về đầu ra"),
    F("(32 tuổi", "32", 32, "measure", "tuổi", "tuổi anh Trần Minh Khoa", optional=True),
    F("vay 80 triệu đồng", "80", 80e6, "money", "đồng", "vốn vay từ Quỹ hỗ trợ thanh niên khởi nghiệp",
      P("Năm 2020", "2020-01-01", "2020-12-31")),
    F("có 14 lao động", "14", 14, "count", "lao động", "lao động thường xuyên của cơ sở", P("Đến nay", None, "2024-03-26")),
    F("đạt 1,2 tỷ đồng/năm", "1,2", 1.2e9, "money", "đồng/năm", "doanh thu bình quân"),
    F("khoảng 25%", "25", 25, "percent", "%", "lợi nhuận", approx="about"),
    F("với 60 gian hàng", "60", 60, "count", "gian hàng", "gian hàng trưng bày sản phẩm tại Ngày hội thanh niên khởi nghiệp"),
    F("ít nhất 450 dự án", "450", 450, "count", "dự án", "dự án được hỗ trợ", Y24, approx="at_least", status="target"),
    F("trong đó 50 dự án", "50", 50, "count", "dự án", "dự án ứng dụng chuyển đổi số", Y24, total=450, status="target"),
]

COMMENTS = [
    "Báo Cần Thơ (Party newspaper), byline and bare date '26/03/2024' at the end: youth startup projects supported since 2019.",
    "'Từ năm 2019 đến nay' runs to the date at the end (published); 'Đến nay' alone is an as-of period ending there (start null) — a choice.",
    "'Riêng năm 2023 có 412 dự án' is not a part-of cue and covers another period: no total. District list -> location, no total.",
    "Sector shares '(chiếm 46%)', '(31%)', '(9%)' are percent figures (no base amount); the sector goes into the subject (not a place).",
    "'(32 tuổi' optional. '50 dự án' after 'trong đó' is part of the 450 target. 'Chiều 24/3' (no year) gives no period.",
    "Distractors: 'số 6 đường 30 Tháng 4', 'lần thứ 5', 'Chiều 24/3', 'phường An Khánh', date line at the end.",
]

emit("p526-5", TEXT, COMMENTS, FIGS, published="2024-03-26", location="Cần Thơ")
