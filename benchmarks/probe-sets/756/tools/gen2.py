"""p756-2: Tuần Giáo district portal — sàng lọc thalassemia cho học sinh THPT (4/2024)."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TUẦN GIÁO - TỈNH ĐIỆN BIÊN
Trang chủ / Tin tức / Y tế - Giáo dục
Thứ Năm, 18/04/2024 - 15:20

Sàng lọc bệnh tan máu bẩm sinh cho hơn 1.000 học sinh THPT

Từ ngày 8 đến ngày 12/4/2024, Trung tâm Y tế huyện Tuần Giáo phối hợp với Bệnh viện Đa khoa tỉnh Điện Biên tổ chức xét nghiệm sàng lọc bệnh tan máu bẩm sinh (thalassemia) cho 1.050 học sinh lớp 10, lớp 11 của 3 trường THPT trên địa bàn huyện.

Kết quả, có 238 em mang gen bệnh, chiếm 22,7% số học sinh được xét nghiệm; trong đó 201 em mang gen alpha-thalassemia và 37 em mang gen beta-thalassemia. Tỷ lệ mang gen ở học sinh dân tộc Thái, Mông lần lượt là 25,4% và 19,8%. Tỷ lệ này cao gấp từ 4 đến 6 lần so với học sinh người Kinh (4,3%).

Các em mang gen được tư vấn trực tiếp về nguy cơ sinh con mắc bệnh, được cấp phiếu kết quả và lập danh sách theo dõi. Bác sĩ Lò Thị Hoa, Phó Giám đốc Trung tâm Y tế huyện cho biết, trong số 238 em mang gen có 9 em mang gen thể nặng, cần được theo dõi sát.

Năm 2023, huyện đã tư vấn trước hôn nhân cho 512 cặp nam, nữ, tăng 1,4 lần so với năm 2022. Dự kiến trong năm 2024, huyện tiếp tục sàng lọc cho khoảng 1.500 học sinh và ít nhất 600 cặp nam, nữ chuẩn bị kết hôn tại 19 xã, thị trấn, với tổng kinh phí gần 350 triệu đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.

Lò Văn Thắng - Trung tâm VH-TT&TT huyện
Địa chỉ: Tổ dân phố 17, thị trấn Tuần Giáo; ĐT: 0215.3862.258
"""

WK = P("Từ ngày 8 đến ngày 12/4/2024", "2024-04-08", "2024-04-12")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 1.000 học sinh", "1.000", 1000, "count", "học sinh",
      "học sinh THPT được sàng lọc bệnh tan máu bẩm sinh", I(WK), approx="over"),
    F("cho 1.050 học sinh", "1.050", 1050, "count", "học sinh",
      "học sinh được xét nghiệm sàng lọc bệnh tan máu bẩm sinh (thalassemia)", WK),
    F("của 3 trường", "3", 3, "count", "trường THPT", "trường THPT có học sinh được xét nghiệm sàng lọc", WK),
    F("có 238 em", "238", 238, "count", "em", "học sinh mang gen bệnh", I(WK), percent=22.7),
    F("trong đó 201 em", "201", 201, "count", "em", "học sinh mang gen alpha-thalassemia", I(WK), total=238),
    F("và 37 em", "37", 37, "count", "em", "học sinh mang gen beta-thalassemia", I(WK), total=238),
    F("lần lượt là 25,4%", "25,4", 25.4, "percent", "%", "tỷ lệ mang gen ở học sinh dân tộc Thái", I(WK)),
    F("và 19,8%", "19,8", 19.8, "percent", "%", "tỷ lệ mang gen ở học sinh dân tộc Mông", I(WK)),
    F("gấp từ 4 đến 6 lần", "4", 4, "multiple", "lần",
      "tỷ lệ mang gen ở học sinh dân tộc Thái, Mông so với học sinh người Kinh", I(WK), value_max=6),
    F("Kinh (4,3%)", "4,3", 4.3, "percent", "%", "tỷ lệ mang gen ở học sinh người Kinh", I(WK)),
    F("có 9 em", "9", 9, "count", "em", "học sinh mang gen thể nặng", total=238),
    F("cho 512 cặp", "512", 512, "count", "cặp nam, nữ", "cặp nam, nữ được tư vấn trước hôn nhân", Y23,
      change=CH("increase", 1.4, "lần", "năm 2022")),
    F("khoảng 1.500 học sinh", "1.500", 1500, "count", "học sinh", "học sinh được sàng lọc", Y24,
      approx="about", status="forecast"),
    F("ít nhất 600 cặp", "600", 600, "count", "cặp nam, nữ", "cặp nam, nữ chuẩn bị kết hôn được sàng lọc", Y24,
      approx="at_least", status="forecast"),
    F("tại 19 xã", "19", 19, "count", "xã, thị trấn", "xã, thị trấn triển khai sàng lọc", Y24, status="forecast"),
    F("gần 350 triệu đồng", "350", 350000000, "money", "đồng", "tổng kinh phí sàng lọc", Y24,
      approx="nearly", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Tuần Giáo (district portal): sàng lọc thalassemia cho học sinh THPT, 8-12/4/2024; tư vấn tiền hôn nhân 2023; kế hoạch 2024.",
    "Dateline 'Thứ Năm, 18/04/2024 - 15:20'. 'lớp 10, lớp 11' are grade names, 'Tổ dân phố 17' and the phone are addresses: not figures.",
    "201 + 37 = 238 after 'trong đó': total 238; '9 em' follows 'trong số 238 em': total 238. Ethnic groups stay in the subject (not places).",
    "'cao gấp từ 4 đến 6 lần' standing as its own sentence is a multiple (range). 'tăng 1,4 lần so với năm 2022' after 512 cặp is its change.",
    "'Dự kiến trong năm 2024' governs the whole clause: 1.500, 600, 19 xã and 350 triệu are forecast. Location: the district (Tuần Giáo).",
]

if __name__ == "__main__":
    emit("p756-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Tuần Giáo")
