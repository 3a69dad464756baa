"""p815-2: huyện Krông Pắc district portal, walking and yoga clubs of the elderly (2023)."""
from lib import F, P, I, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Tin tức - Sự kiện | Văn hóa - Xã hội
Thứ Năm, 14/09/2023 - 10:20

Sôi nổi phong trào đi bộ, tập yoga của người cao tuổi Krông Pắc

Những năm gần đây, hình ảnh các cụ ông, cụ bà đi bộ, tập yoga vào sáng sớm đã trở nên quen thuộc ở nhiều thôn, buôn của huyện. Hiện nay, 16/16 xã, thị trấn đã thành lập câu lạc bộ thể dục thể thao người cao tuổi với tổng số 58 câu lạc bộ, 2.140 hội viên; trong đó có 21 câu lạc bộ đi bộ và 9 câu lạc bộ yoga.

Câu lạc bộ đi bộ thôn 7, xã Ea Phê ra đời năm 2019 với 12 thành viên, nay đã có 46 hội viên. Mỗi sáng, từ 5 giờ, các hội viên đi bộ từ 3 đến 5 km dọc Quốc lộ 26 và đường liên thôn. Hội viên đóng góp 10.000 đồng/người/tháng để mua nước uống, loa đài. Bà Nguyễn Thị Tám, Chủ nhiệm câu lạc bộ, năm nay 74 tuổi, chia sẻ: "Từ ngày đi bộ đều đặn, huyết áp của tôi ổn định, ăn ngủ tốt hơn hẳn".

Câu lạc bộ yoga người cao tuổi thị trấn Phước An có 35 hội viên, tập 3 buổi/tuần, mỗi buổi khoảng 60 phút; hội viên lớn tuổi nhất đã 82 tuổi.

Để hỗ trợ phong trào, năm 2023 Hội Người cao tuổi huyện đã trích kinh phí hỗ trợ 6 câu lạc bộ mới thành lập, mỗi câu lạc bộ 2 triệu đồng. Trong 8 tháng đầu năm, Hội phối hợp Trung tâm Y tế huyện khám sàng lọc cho 1.320 hội viên, phát hiện 418 người tăng huyết áp (chiếm 31,7%) và 165 người mắc đái tháo đường.

Dự kiến tháng 10/2023, huyện sẽ tổ chức Hội thi "Người cao tuổi khỏe" lần thứ 2 với khoảng 300 vận động viên đến từ 16 xã, thị trấn. Huyện phấn đấu đến năm 2025 có 70 câu lạc bộ và 3.000 hội viên.

Minh Thư - Hội NCT huyện
"""

Y19 = P("năm 2019", "2019-01-01", "2019-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M8 = P("Trong 8 tháng đầu năm", "2023-01-01", "2023-08-31")
O10 = P("tháng 10/2023", "2023-10-01", "2023-10-31")
T25 = P("đến năm 2025", end="2025-12-31")
CLB = "câu lạc bộ thể dục thể thao người cao tuổi"

FIGS = [
    F("16/16 xã, thị trấn", "16", 16, "count", "xã, thị trấn",
      "xã, thị trấn đã thành lập câu lạc bộ thể dục thể thao người cao tuổi", total=16),
    F("tổng số 58 câu lạc bộ", "58", 58, "count", "câu lạc bộ", CLB),
    F("2.140 hội viên", "2.140", 2140, "count", "hội viên", "hội viên câu lạc bộ thể dục thể thao người cao tuổi"),
    F("có 21 câu lạc bộ đi bộ", "21", 21, "count", "câu lạc bộ", "câu lạc bộ đi bộ", total=58),
    F("9 câu lạc bộ yoga", "9", 9, "count", "câu lạc bộ", "câu lạc bộ yoga", total=58),
    F("với 12 thành viên", "12", 12, "count", "thành viên",
      "thành viên Câu lạc bộ đi bộ thôn 7, xã Ea Phê khi ra đời", Y19),
    F("nay đã có 46 hội viên", "46", 46, "count", "hội viên", "hội viên Câu lạc bộ đi bộ thôn 7, xã Ea Phê"),
    F("từ 3 đến 5 km", "3", 3, "measure", "km", "quãng đường đi bộ mỗi sáng của hội viên", value_max=5),
    F("10.000 đồng/người/tháng", "10.000", 10000, "money", "đồng/người/tháng", "mức đóng góp của hội viên"),
    F("năm nay 74 tuổi", "74", 74, "measure", "tuổi", "tuổi của Chủ nhiệm câu lạc bộ", optional=True),
    F("có 35 hội viên", "35", 35, "count", "hội viên", "hội viên Câu lạc bộ yoga người cao tuổi thị trấn Phước An"),
    F("tập 3 buổi/tuần", "3", 3, "measure", "buổi/tuần", "số buổi tập yoga mỗi tuần"),
    F("khoảng 60 phút", "60", 60, "measure", "phút", "thời gian mỗi buổi tập yoga", approx="about"),
    F("đã 82 tuổi", "82", 82, "measure", "tuổi", "tuổi của hội viên lớn tuổi nhất", optional=True),
    F("hỗ trợ 6 câu lạc bộ", "6", 6, "count", "câu lạc bộ", "câu lạc bộ mới thành lập được hỗ trợ kinh phí", Y23),
    F("mỗi câu lạc bộ 2 triệu đồng", "2", 2000000, "money", "đồng/câu lạc bộ",
      "kinh phí hỗ trợ mỗi câu lạc bộ mới thành lập", Y23),
    F("cho 1.320 hội viên", "1.320", 1320, "count", "hội viên", "hội viên được khám sàng lọc", M8),
    F("phát hiện 418 người", "418", 418, "count", "người", "người tăng huyết áp", M8, percent=31.7),
    F("165 người mắc", "165", 165, "count", "người", "người mắc đái tháo đường", M8),
    F("khoảng 300 vận động viên", "300", 300, "count", "vận động viên",
      "vận động viên tham gia Hội thi \"Người cao tuổi khỏe\"", O10, approx="about", status="forecast"),
    F("đến từ 16 xã", "16", 16, "count", "xã, thị trấn",
      "xã, thị trấn có vận động viên tham gia Hội thi", O10, status="forecast"),
    F("có 70 câu lạc bộ", "70", 70, "count", "câu lạc bộ", CLB, T25, status="target"),
    F("3.000 hội viên", "3.000", 3000, "count", "hội viên", "hội viên câu lạc bộ thể dục thể thao người cao tuổi",
      T25, status="target"),
]

NOTES = [
    "Krông Pắc district portal (Đắk Lắk): walking/yoga clubs of the elderly; dateline 'Thứ Năm, 14/09/2023 - 10:20'.",
    "Location is the district for all figures (communes Ea Phê, Phước An lie in it); 'Hiện nay'/'nay' give no period.",
    "Distractors: 'thôn 7', 'từ 5 giờ', 'Quốc lộ 26', 'Bà Nguyễn Thị Tám', 'lần thứ 2', weekday and time.",
    "418 and 165 people found in screening carry no total (no part-of cue: 'phát hiện' after the 1.320 examined).",
    "Ages of individuals (74, 82 tuổi) are optional. 'mỗi câu lạc bộ 2 triệu đồng' is a per-club amount (unit đồng/câu lạc bộ).",
]

emit("p815-2", TEXT, NOTES, FIGS, published="2023-09-14", location="Krông Pắc")
