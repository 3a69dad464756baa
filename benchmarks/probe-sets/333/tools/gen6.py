from lib import *

text = """Gần 97.500 thanh niên cả nước lên đường nhập ngũ năm 2025
Thứ Năm, 13/2/2025, 09:40 (GMT+7)

Trong hai ngày 13 và 14/2, 63/63 tỉnh, thành phố đồng loạt tổ chức lễ giao nhận quân năm 2025, bảo đảm chặt chẽ, đúng luật, an toàn và tiết kiệm.

Theo Cục Quân lực, Bộ Tổng Tham mưu, tổng số công dân nhập ngũ và thực hiện nghĩa vụ tham gia Công an nhân dân năm nay là 97.450 người, đạt 100% chỉ tiêu; trong đó 1.326 đảng viên (chiếm 1,36%), 11.870 người có trình độ cao đẳng, đại học (chiếm 12,2%).

Tỷ lệ công dân tình nguyện nhập ngũ đạt 64,3%, tăng 2,1% so với năm 2024; tỷ lệ tân binh có trình độ cao đẳng, đại học duy trì trên 10% năm thứ ba liên tiếp.

Các địa phương giao quân nhiều nhất là TP Hồ Chí Minh với 4.850 công dân, Hà Nội 4.620, Thanh Hóa 3.680 và Nghệ An 3.415 công dân. Tỷ lệ tân binh có trình độ cao đẳng, đại học cao nhất thuộc về Hà Nội (27,8%), Đà Nẵng (24,5%) và Hải Phòng (21,3%).

Phát biểu tại lễ giao quân ở Hà Nội, Thượng tướng Nguyễn Tân Cương, Thứ trưởng Bộ Quốc phòng đánh giá chất lượng tuyển quân năm nay tốt hơn năm 2024, trong đó tỷ lệ tân binh đủ sức khỏe loại 1, 2 chiếm gần 72%. Tân binh được huấn luyện tại các đơn vị như Sư đoàn 312, Lữ đoàn 147 Hải quân, Trung đoàn 918.

Việc gọi công dân nhập ngũ năm nay được thực hiện theo Quyết định số 1240/QĐ-TTg ngày 7/10/2024 của Thủ tướng Chính phủ và Nghị định số 13/2016/NĐ-CP. Năm 2026, dự kiến số công dân được gọi nhập ngũ giữ ổn định ở mức khoảng 95.000 người.

Độc giả phản ánh qua đường dây nóng 069.533.255 hoặc email toasoan@baoquocphong.vn.
"""

Y25 = Y("năm 2025", 2025)
NN = Y("năm nay", 2025)
NNi = Y("năm nay", 2025, True)
figs = [
    F("Gần 97.500 thanh niên", "97.500", 97500, "count", "thanh niên", "thanh niên lên đường nhập ngũ",
      approx="nearly", period=Y25),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố tổ chức lễ giao nhận quân",
      total=63, period=P("Trong hai ngày 13 và 14/2", "2025-02-13", "2025-02-14")),
    F("là 97.450 người", "97.450", 97450, "count", "người",
      "tổng số công dân nhập ngũ và thực hiện nghĩa vụ tham gia Công an nhân dân", percent=100, period=NN),
    F("1.326 đảng viên", "1.326", 1326, "count", "đảng viên", "tân binh là đảng viên",
      total=97450, percent=1.36, period=NN),
    F("11.870 người", "11.870", 11870, "count", "người", "người có trình độ cao đẳng, đại học",
      total=97450, percent=12.2, period=NN),
    F("đạt 64,3%", "64,3", 64.3, "percent", "%", "tỷ lệ công dân tình nguyện nhập ngũ",
      change=CH("increase", 2.1, "%", "năm 2024"), period=NNi),
    F("trên 10%", "10", 10, "percent", "%", "tỷ lệ tân binh có trình độ cao đẳng, đại học",
      approx="over", period=NNi, optional=True),
    F("năm thứ ba liên tiếp", "ba", 3, "count", "năm", optional=True),
    F("với 4.850 công dân", "4.850", 4850, "count", "công dân", "công dân giao quân",
      period=NNi, location="Hồ Chí Minh"),
    F("Hà Nội 4.620", "4.620", 4620, "count", "công dân", "công dân giao quân", period=NNi, location="Hà Nội"),
    F("Thanh Hóa 3.680", "3.680", 3680, "count", "công dân", "công dân giao quân", period=NNi, location="Thanh Hóa"),
    F("Nghệ An 3.415", "3.415", 3415, "count", "công dân", "công dân giao quân", period=NNi, location="Nghệ An"),
    F("Hà Nội (27,8%)", "27,8", 27.8, "percent", "%", "tỷ lệ tân binh có trình độ cao đẳng, đại học",
      period=NNi, location="Hà Nội"),
    F("Đà Nẵng (24,5%)", "24,5", 24.5, "percent", "%", "tỷ lệ tân binh có trình độ cao đẳng, đại học",
      period=NNi, location="Đà Nẵng"),
    F("Hải Phòng (21,3%)", "21,3", 21.3, "percent", "%", "tỷ lệ tân binh có trình độ cao đẳng, đại học",
      period=NNi, location="Hải Phòng"),
    F("gần 72%", "72", 72, "percent", "%", "tỷ lệ tân binh đủ sức khỏe loại 1, 2", approx="nearly", period=NN),
    F("khoảng 95.000 người", "95.000", 95000, "count", "người", "số công dân được gọi nhập ngũ",
      approx="about", status="forecast", period=Y("Năm 2026", 2026)),
]

comments = [
    "National press (Báo Quân đội/Quốc phòng style): giao nhận quân năm 2025 cả nước. Dateline 'Thứ Năm, 13/2/2025, 09:40 (GMT+7)'.",
    "Distractors: 'hai ngày 13 và 14/2' (a duration locating the event), '(GMT+7)', 'loại 1, 2' (health grades), 'Sư đoàn 312',",
    "'Lữ đoàn 147', 'Trung đoàn 918', 'Quyết định số 1240/QĐ-TTg ngày 7/10/2024', 'Nghị định số 13/2016/NĐ-CP', hotline 069.533.255.",
    "Location Việt Nam by default; the venue 'lễ giao quân ở Hà Nội' does not make the national 'gần 72%' a Hà Nội figure.",
    "'trong đó' after 97.450 gives totals to 1.326 and 11.870; their bracketed 'chiếm' shares are percent attributes.",
    "'64,3%, tăng 2,1% so với năm 2024': the change of the level. 'trên 10% năm thứ ba liên tiếp' is a threshold/streak: optional.",
    "revised after the first run: the period of 63/63 is the time adverbial 'Trong hai ngày 13 và 14/2' (when the ceremonies were held), not 'năm 2025',",
    "which names which enlistment the ceremony is for; this is the convention of p333-7's day range 'Từ ngày 2/12 đến ngày 6/12/2024'.",
    "'năm nay' = 2025 (dateline). 'Năm 2026, dự kiến … khoảng 95.000' is a forecast.",
]
build(6, text, comments, figs, published="2025-02-13", location="Việt Nam")
