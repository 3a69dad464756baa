"""p1196-5: Party newspaper (Nhân Dân style), thị trấn Lộc Thắng (Bảo Lâm, Lâm Đồng) around the bauxite mine."""
from lib import F, P, I, C, T, write

TEXT = """Đổi thay ở vùng bô-xít Lộc Thắng

Hơn 10 năm kể từ khi Nhà máy Alumin Tân Rai đi vào hoạt động, thị trấn Lộc Thắng (huyện Bảo Lâm, tỉnh Lâm Đồng) đã có nhiều khởi sắc. Thu nhập bình quân đầu người của thị trấn năm 2023 đạt 68,5 triệu đồng/người/năm, gấp 2,3 lần năm 2013; tỷ lệ hộ nghèo giảm còn 0,9%.

Toàn thị trấn có 3.412 hộ với 14.260 nhân khẩu, trong đó đồng bào dân tộc thiểu số chiếm 23,6%. Hiện có 648 người dân địa phương làm việc tại nhà máy và mỏ bô-xít, chủ yếu ở các khâu vận hành tuyển quặng, vận tải, bảo vệ, với mức lương từ 9 đến 16 triệu đồng/tháng.

Chị Ka Thị Hương ở tổ dân phố 5 là một trong những nữ công nhân đầu tiên của phân xưởng tuyển quặng. Chị kể, năm 2012 gia đình chị còn thuộc diện hộ nghèo; nay hai vợ chồng cùng làm ở nhà máy, thu nhập khoảng 25 triệu đồng mỗi tháng, đã xây được căn nhà 120 m2 và mua thêm 0,8 ha chè.

Từ năm 2014 đến nay, Công ty Nhôm Lâm Đồng - TKV đã dành hơn 42 tỷ đồng hỗ trợ địa phương xây dựng 11 công trình trường học, đường giao thông, nhà văn hóa; riêng năm 2023 là 5,6 tỷ đồng. Mỗi năm, công ty còn trao khoảng 150 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh nghèo vượt khó của thị trấn.

Ông Nguyễn Văn Tâm, Bí thư Đảng ủy thị trấn, cho biết: Mục tiêu đến năm 2025, Lộc Thắng phấn đấu đạt các tiêu chí đô thị loại IV, thu nhập bình quân đầu người trên 80 triệu đồng/năm, không còn hộ nghèo theo chuẩn mới.

Bài và ảnh: MINH HẢI
17/05/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("Từ năm 2014 đến nay", "2014-01-01", "2024-05-17")
RIENG = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 10 năm", "10", 10, "measure", "năm", approx="over", optional=True,
      subject="thời gian Nhà máy Alumin Tân Rai hoạt động"),
    F("đạt 68,5 triệu", "68,5", 68.5e6, "money", "đồng/người/năm",
      change=C("increase", 2.3, "lần", "năm 2013"),
      subject="thu nhập bình quân đầu người của thị trấn", period=Y23),
    F("còn 0,9%", "0,9", 0.9, "percent", "%", subject="tỷ lệ hộ nghèo", period=Y23),
    F("có 3.412 hộ", "3.412", 3412, "count", "hộ", subject="hộ toàn thị trấn"),
    F("14.260 nhân khẩu", "14.260", 14260, "count", "nhân khẩu", subject="nhân khẩu toàn thị trấn"),
    F("chiếm 23,6%", "23,6", 23.6, "percent", "%",
      subject="tỷ lệ đồng bào dân tộc thiểu số trong nhân khẩu"),
    F("có 648 người", "648", 648, "count", "người",
      subject="người dân địa phương làm việc tại nhà máy và mỏ bô-xít"),
    F("từ 9 đến 16 triệu", "9", 9e6, "money", "đồng/tháng", value_max=16e6,
      subject="mức lương người dân địa phương làm việc tại nhà máy và mỏ"),
    F("hai vợ chồng", "hai", 2, "count", "người", optional=True,
      subject="vợ chồng chị Ka Thị Hương làm ở nhà máy"),
    F("khoảng 25 triệu", "25", 25e6, "money", "đồng/tháng", approx="about",
      subject="thu nhập của vợ chồng chị Ka Thị Hương"),
    F("căn nhà 120 m2", "120", 120, "measure", "m2", subject="diện tích căn nhà"),
    F("thêm 0,8 ha", "0,8", 0.8, "measure", "ha", subject="chè mua thêm"),
    F("hơn 42 tỷ", "42", 42e9, "money", "đồng", approx="over",
      subject="kinh phí Công ty Nhôm Lâm Đồng - TKV hỗ trợ địa phương", period=SINCE),
    F("xây dựng 11 công trình", "11", 11, "count", "công trình",
      subject="công trình trường học, đường giao thông, nhà văn hóa được xây dựng", period=SINCE),
    F("là 5,6 tỷ", "5,6", 5.6e9, "money", "đồng",
      subject="kinh phí hỗ trợ địa phương", period=RIENG),
    F("khoảng 150 suất", "150", 150, "count", "suất học bổng", approx="about",
      subject="suất học bổng công ty trao mỗi năm"),
    F("mỗi suất 2 triệu", "2", 2e6, "money", "đồng/suất", subject="giá trị mỗi suất học bổng"),
    F("trên 80 triệu", "80", 80e6, "money", "đồng/năm", approx="over", status="target",
      subject="thu nhập bình quân đầu người", period=T25),
]

NOTES = [
    "Party newspaper: headline, no dateline at the top, byline 'Bài và ảnh: MINH HẢI' and bare date '17/05/2024' at the end (published).",
    "Thị trấn Lộc Thắng is below district level: its figures take the district Bảo Lâm (article default).",
    "Distractors: 'năm 2013' (baseline), 'năm 2012', 'tổ dân phố 5', 'đô thị loại IV', 'một trong những', 'đầu tiên', byline date.",
    "'gấp 2,3 lần năm 2013' after the income is its change (unit lần). 'giảm còn 0,9%' is the rate's new level, not a change.",
    "'trong đó đồng bào dân tộc thiểu số chiếm 23,6%' is a percent figure of its own. 'riêng năm 2023 là 5,6 tỷ' is another period: no total.",
    "'Hơn 10 năm kể từ khi …' locates in time (optional); 'hai vợ chồng' is the idiom 'the couple' (optional).",
    "'Mỗi năm … khoảng 150 suất' is a yearly habit: no period. 'không còn hộ nghèo' is no number.",
]

if __name__ == "__main__":
    write("p1196-5", TEXT, NOTES, FIGS, published="2024-05-17", location="Bảo Lâm")
