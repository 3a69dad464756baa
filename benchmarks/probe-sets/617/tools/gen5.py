"""p617-5: Bắc Giang school libraries (Party newspaper, byline + date at the end)."""
from lib import F, P, I, CH, emit

TEXT = """BÁO BẮC GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẮC GIANG
Giáo dục

Bắc Giang: 97,7% thư viện trường phổ thông đạt chuẩn

(BBG) - Tính đến tháng 8/2023, toàn tỉnh Bắc Giang có 637/652 thư viện trường phổ thông đạt chuẩn trở lên, đạt tỷ lệ 97,7%, tăng 4,3% so với năm 2022; trong đó có 158 thư viện tiên tiến và 41 thư viện xuất sắc. Các huyện còn tỷ lệ thư viện đạt chuẩn thấp là Sơn Động (91,2%) và Lục Ngạn (94,5%).

Hệ thống thư viện trường học hiện lưu giữ hơn 3,2 triệu bản sách, bình quân 9,8 bản sách/học sinh. Riêng năm 2023, các trường đã bổ sung khoảng 186.000 bản sách mới với tổng kinh phí trên 9,6 tỷ đồng, trong đó nguồn xã hội hóa gần 3,4 tỷ đồng, chiếm 35%.

Mô hình "Tủ sách lớp học" được nhân rộng với 5.230 tủ sách tại 412 trường tiểu học và trung học cơ sở. Phong trào đọc sách trong nhà trường thu hút đông đảo học sinh tham gia: 6 tháng đầu năm 2023, thư viện các trường phục vụ khoảng 2,15 triệu lượt học sinh mượn đọc, tăng 12% so với cùng kỳ.

Bước vào năm học 2023-2024, ông Nguyễn Văn Thịnh, Phó Giám đốc Sở Giáo dục và Đào tạo cho biết, năm 2024 tỉnh phấn đấu 100% thư viện trường phổ thông đạt chuẩn, trong đó từ 25 đến 30% đạt mức tiên tiến, xuất sắc. Tại Kỳ họp thứ 14, HĐND tỉnh khóa XIX đã thông qua nguồn kinh phí 12 tỷ đồng để hỗ trợ các trường vùng khó khăn mua sắm sách, thiết bị thư viện trong giai đoạn 2024-2025.

Thu Hà

12/09/2023
"""

ASOF = P("Tính đến tháng 8/2023", end="2023-08-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Bắc Giang: 97,7%", "97,7", 97.7, "percent", "%", "tỷ lệ thư viện trường phổ thông đạt chuẩn", I(ASOF)),
    F("637/652", "637", 637, "count", "thư viện", "thư viện trường phổ thông đạt chuẩn trở lên", ASOF,
      total=652, percent=97.7, change=CH("increase", 4.3, baseline="năm 2022")),
    F("có 158 thư viện", "158", 158, "count", "thư viện", "thư viện tiên tiến", ASOF, total=637),
    F("41 thư viện", "41", 41, "count", "thư viện", "thư viện xuất sắc", ASOF, total=637),
    F("Sơn Động (91,2%)", "91,2", 91.2, "percent", "%", "tỷ lệ thư viện đạt chuẩn", I(ASOF), location="Sơn Động"),
    F("Lục Ngạn (94,5%)", "94,5", 94.5, "percent", "%", "tỷ lệ thư viện đạt chuẩn", I(ASOF), location="Lục Ngạn"),
    F("hơn 3,2 triệu bản", "3,2", 3200000, "count", "bản sách", "bản sách thư viện trường học lưu giữ", approx="over"),
    F("bình quân 9,8 bản", "9,8", 9.8, "measure", "bản sách/học sinh", "bản sách bình quân mỗi học sinh"),
    F("khoảng 186.000 bản", "186.000", 186000, "count", "bản sách", "bản sách mới các trường bổ sung", Y23,
      approx="about"),
    F("trên 9,6 tỷ đồng", "9,6", 9600000000, "money", "đồng", "tổng kinh phí bổ sung sách mới", Y23, approx="over"),
    F("gần 3,4 tỷ đồng", "3,4", 3400000000, "money", "đồng", "kinh phí từ nguồn xã hội hóa", Y23, approx="nearly",
      total=9600000000, percent=35),
    F("với 5.230 tủ sách", "5.230", 5230, "count", "tủ sách", "tủ sách lớp học"),
    F("tại 412 trường", "412", 412, "count", "trường", "trường tiểu học và trung học cơ sở có tủ sách lớp học"),
    F("khoảng 2,15 triệu lượt", "2,15", 2150000, "count", "lượt học sinh", "lượt học sinh mượn đọc tại thư viện các trường",
      H1, approx="about", change=CH("increase", 12, baseline="cùng kỳ")),
    F("phấn đấu 100%", "100", 100, "percent", "%", "tỷ lệ thư viện trường phổ thông đạt chuẩn", Y24, status="target"),
    F("từ 25 đến 30%", "25", 25, "percent", "%", "tỷ lệ thư viện trường phổ thông đạt mức tiên tiến, xuất sắc", Y24,
      value_max=30, status="target"),
    F("kinh phí 12 tỷ đồng", "12", 12000000000, "money", "đồng",
      "kinh phí hỗ trợ các trường vùng khó khăn mua sắm sách, thiết bị thư viện",
      P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
]

COMMENTS = [
    "Báo Bắc Giang (Party newspaper, tag BBG): school libraries meeting the standard; byline 'Thu Hà' and bare date 12/09/2023 at the end.",
    "637/652 carries total 652, share 97,7% and change 4,3% (first change after the figure); 158 and 41 are 'trong đó' parts of 637.",
    "Headline 97,7% is its own percent figure. Districts in brackets → location, subject = the list's indicator.",
    "'trong đó nguồn xã hội hóa gần 3,4 tỷ đồng, chiếm 35%' → part of 9,6 tỷ (total) with percent 35.",
    "'hiện lưu giữ' stock and the tủ sách model give no period. 'năm 2024 … phấn đấu' → target, continuing into 'trong đó từ 25 đến 30%'",
    "(range, no total for a percent). Distractors: 'năm học 2023-2024' (no range), 'Kỳ họp thứ 14', 'khóa XIX', 'tháng 8/2023'.",
    "12 tỷ đồng for 'giai đoạn 2024-2025' is an approved allocation (actual, a decision taken), period 2024-01-01..2025-12-31.",
]

if __name__ == "__main__":
    emit("p617-5", TEXT, COMMENTS, FIGS, published="2023-09-12", location="Bắc Giang")
