"""p524-6: national press (VnExpress style), renovation of old apartment blocks in Hà Nội."""
from lib import F, P, I, CH, T, emit

TEXT = """Thứ hai, 3/6/2024, 07:00 (GMT+7)
Hà Nội mới cải tạo được khoảng 1,5% chung cư cũ
Thành phố có 1.579 chung cư cũ cần cải tạo nhưng sau nhiều năm mới có 24 nhà được xây dựng lại.

Theo Sở Xây dựng Hà Nội, trong số 1.579 chung cư cũ xây dựng trước năm 1994, có 202 nhà thuộc diện nguy hiểm cấp D và 1.377 nhà cấp C. Các chung cư cũ tập trung chủ yếu ở quận Đống Đa (312 nhà), Hai Bà Trưng (285 nhà), Ba Đình (241 nhà) và Hoàn Kiếm (166 nhà).

Đến nay, thành phố mới cải tạo, xây dựng lại được 24 chung cư, tiêu biểu là dự án chung cư 187 Tây Sơn và khu tập thể B6 Giảng Võ. Để cải tạo toàn bộ, thành phố cần khoảng 300.000-400.000 tỷ đồng; hệ số bồi thường đề xuất từ 1 đến 2 lần diện tích căn hộ cũ.

Ông Nguyễn Văn Hải, Phó giám đốc Sở Xây dựng, cho biết năm 2024 thành phố phấn đấu khởi công cải tạo 5 khu tập thể cũ gồm Nghĩa Tân, Thành Công, Kim Liên, Giảng Võ và Ngọc Khánh. Năm khu này có tổng diện tích hơn 120 ha, hiện có khoảng 18.000 hộ dân sinh sống.

Thị trường căn hộ Hà Nội tăng nóng, giá bán bình quân quý I/2024 đạt 58,2 triệu đồng/m², tăng 23% so với cùng kỳ năm trước. Căn hộ tại các dự án cải tạo chung cư cũ dự kiến có giá từ 70 đến 90 triệu đồng/m², cao hơn khả năng chi trả của nhiều hộ dân.

Theo Luật Nhà ở 2023 có hiệu lực từ ngày 1/8/2024, UBND cấp tỉnh được giao làm chủ đầu tư hoặc lựa chọn nhà đầu tư khi chủ sở hữu không thống nhất được phương án cải tạo.

Võ Hải
"""

CC = "chung cư cũ"

FIGS = [
    F("khoảng 1,5%", "1,5", 1.5, "percent", "%", "chung cư cũ được cải tạo", approx="about"),
    F("có 1.579 chung cư", "1.579", 1579, "count", "chung cư", "chung cư cũ cần cải tạo"),
    F("có 24 nhà", "24", 24, "count", "nhà", "chung cư cũ được xây dựng lại"),
    F("trong số 1.579 chung cư", "1.579", 1579, "count", "chung cư", "chung cư cũ xây dựng trước năm 1994"),
    F("có 202 nhà", "202", 202, "count", "nhà", "chung cư cũ thuộc diện nguy hiểm cấp D", total=1579),
    F("và 1.377 nhà", "1.377", 1377, "count", "nhà", "chung cư cũ cấp C", total=1579),
    F("Đống Đa (312 nhà)", "312", 312, "count", "nhà", CC, location="Đống Đa"),
    F("Hai Bà Trưng (285 nhà)", "285", 285, "count", "nhà", CC, location="Hai Bà Trưng"),
    F("Ba Đình (241 nhà)", "241", 241, "count", "nhà", CC, location="Ba Đình"),
    F("Hoàn Kiếm (166 nhà)", "166", 166, "count", "nhà", CC, location="Hoàn Kiếm"),
    F("được 24 chung cư", "24", 24, "count", "chung cư", "chung cư cũ được cải tạo, xây dựng lại",
      P("Đến nay", None, "2024-06-03")),
    F("khoảng 300.000-400.000 tỷ đồng", "300.000", 300000000000000, "money", "đồng", "kinh phí cải tạo toàn bộ chung cư cũ",
      value_max=400000000000000, approx="about"),
    F("từ 1 đến 2 lần", "1", 1, "multiple", "lần", "hệ số bồi thường đề xuất", value_max=2),
    F("cải tạo 5 khu", "5", 5, "count", "khu tập thể", "khu tập thể cũ khởi công cải tạo",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("Năm khu này", "Năm", 5, "count", "khu", "khu tập thể cũ", optional=True),
    F("hơn 120 ha", "120", 120, "measure", "ha", "tổng diện tích năm khu tập thể cũ", approx="over"),
    F("khoảng 18.000 hộ", "18.000", 18000, "count", "hộ dân", "hộ dân sinh sống tại năm khu tập thể cũ", approx="about"),
    F("đạt 58,2 triệu đồng/m²", "58,2", 58200000, "money", "đồng/m²", "giá bán căn hộ bình quân",
      P("quý I/2024", "2024-01-01", "2024-03-31"), change=CH("increase", 23, "%", "cùng kỳ năm trước")),
    F("từ 70 đến 90 triệu đồng/m²", "70", 70000000, "money", "đồng/m²", "giá căn hộ tại các dự án cải tạo chung cư cũ",
      value_max=90000000, status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ hai, 3/6/2024, 07:00 (GMT+7)', byline at the end: Hà Nội old apartment blocks.",
    "1.579 and 24 each stated twice (sapo and body): each mention is a figure. 202 + 1.377 = 1.579 after 'trong số' → total.",
    "District list in brackets (no cue, does not add up) → location per item, no total.",
    "'Năm khu này' (five, as a determiner referring back) is optional. 'từ 1 đến 2 lần' (coefficient range) → multiple.",
    "Distractors: 'trước năm 1994', 'chung cư 187 Tây Sơn', 'khu tập thể B6 Giảng Võ', 'cấp D/C', 'Luật Nhà ở 2023', 'ngày 1/8/2024'.",
    "'Đến nay' ends at the dateline; 'hiện có' sentences carry no period.",
]

if __name__ == "__main__":
    emit("p524-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Hà Nội")
