from lib import F, P, C, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Giao thông - Vận tải
Đồng Nai: 6 tháng đầu năm kiểm định gần 98 nghìn lượt phương tiện
Cập nhật: 12/07/2024 15:40 | Lượt xem: 1.207

(ĐNĐT) - Theo Sở Giao thông vận tải, 6 tháng đầu năm 2024, 9 trung tâm đăng kiểm trên địa bàn tỉnh với 17 dây chuyền đã kiểm định 97.840 lượt phương tiện, tăng 12,4% so với cùng kỳ năm 2023, đạt 52,1% kế hoạch năm. Trong đó, ô tô con 60.172 lượt, chiếm 61,5%; xe tải và đầu kéo 29.455 lượt; xe khách 8.213 lượt. Với kết quả này, Đồng Nai đứng thứ 3 khu vực Đông Nam Bộ về số lượt phương tiện được kiểm định.

Số lượt phương tiện không đạt ở lần kiểm định đầu tiên là 6.948 lượt, chiếm 7,1%; lỗi phổ biến là hệ thống phanh, đèn chiếu sáng và khí thải. Tỷ lệ chủ phương tiện đặt lịch kiểm định trực tuyến đạt 68%. Thời gian chờ bình quân tại các trung tâm còn khoảng 35 phút, giảm 20 phút so với cùng kỳ.

Các trung tâm có lượng xe lớn nhất là Trung tâm Đăng kiểm 60-01S tại TP Biên Hòa (18.620 lượt), Trung tâm 60-03D tại huyện Trảng Bom (14.305 lượt) và Trung tâm 60-05D tại huyện Long Thành (12.910 lượt). Toàn tỉnh hiện có 86 đăng kiểm viên, trong đó 41 đăng kiểm viên bậc cao.

Kế hoạch năm 2024, các trung tâm phấn đấu kiểm định 188.000 lượt phương tiện. Dự kiến trong quý III/2024, Trung tâm 60-07D tại huyện Nhơn Trạch sẽ đưa thêm 2 dây chuyền vào hoạt động.

Sở Giao thông vận tải đề nghị chủ phương tiện đặt lịch qua ứng dụng TTDK hoặc liên hệ đường dây nóng 0251.3847.226 (số 2 đường Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa) để được hướng dẫn, áp dụng theo Thông tư số 02/2023/TT-BGTVT.

Hoàng Lộc
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
SUBJ = "lượt phương tiện được kiểm định"

FIGS = [
    F("gần 98 nghìn lượt", "98", 98000, "count", "lượt phương tiện", "lượt phương tiện kiểm định",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("2024, 9 trung tâm", "9", 9, "count", "trung tâm đăng kiểm", "trung tâm đăng kiểm trên địa bàn tỉnh", H6),
    F("với 17 dây chuyền", "17", 17, "count", "dây chuyền", "dây chuyền kiểm định", H6),
    F("kiểm định 97.840 lượt", "97.840", 97840, "count", "lượt phương tiện", "lượt phương tiện được kiểm định", H6,
      change=C("increase", 12.4, baseline="cùng kỳ năm 2023"), percent=52.1),
    F("ô tô con 60.172 lượt", "60.172", 60172, "count", "lượt", "lượt ô tô con được kiểm định", H6i,
      total=97840, percent=61.5),
    F("đầu kéo 29.455 lượt", "29.455", 29455, "count", "lượt", "lượt xe tải và đầu kéo được kiểm định", H6i,
      total=97840),
    F("xe khách 8.213 lượt", "8.213", 8213, "count", "lượt", "lượt xe khách được kiểm định", H6i, total=97840),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "số lượt phương tiện được kiểm định khu vực Đông Nam Bộ", H6i),
    F("là 6.948 lượt", "6.948", 6948, "count", "lượt", "lượt phương tiện không đạt ở lần kiểm định đầu tiên", H6i,
      percent=7.1),
    F("trực tuyến đạt 68%", "68", 68, "percent", "%", "tỷ lệ chủ phương tiện đặt lịch kiểm định trực tuyến", H6i),
    F("còn khoảng 35 phút", "35", 35, "measure", "phút", "thời gian chờ bình quân tại các trung tâm", H6i,
      approx="about", change=C("decrease", 20, unit="phút", baseline="cùng kỳ")),
    F("Biên Hòa (18.620 lượt)", "18.620", 18620, "count", "lượt", SUBJ, H6i, location="Biên Hòa"),
    F("Trảng Bom (14.305 lượt)", "14.305", 14305, "count", "lượt", SUBJ, H6i, location="Trảng Bom"),
    F("Long Thành (12.910 lượt)", "12.910", 12910, "count", "lượt", SUBJ, H6i, location="Long Thành"),
    F("có 86 đăng kiểm viên", "86", 86, "count", "đăng kiểm viên", "đăng kiểm viên toàn tỉnh"),
    F("41 đăng kiểm viên", "41", 41, "count", "đăng kiểm viên", "đăng kiểm viên bậc cao", total=86),
    F("kiểm định 188.000 lượt", "188.000", 188000, "count", "lượt phương tiện", "lượt phương tiện kiểm định kế hoạch",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("thêm 2 dây chuyền", "2", 2, "count", "dây chuyền", "dây chuyền kiểm định đưa thêm vào hoạt động",
      P("quý III/2024", "2024-07-01", "2024-09-30"), status="forecast", location="Nhơn Trạch"),
]

COMMENTS = [
    "Provincial portal (Đồng Nai, tag ĐNĐT): breadcrumb, 'Cập nhật: 12/07/2024 15:40 | Lượt xem: 1.207' (view counter = furniture); byline at the end.",
    "Vehicle inspection, first half of 2024. Headline '6 tháng đầu năm' (no year) takes 2024 from the dateline/published date.",
    "Distractors: centre codes 60-01S, 60-03D, 60-05D, 60-07D (names), hotline 0251.3847.226, 'số 2 đường Nguyễn Văn Trị', Thông tư số 02/2023/TT-BGTVT.",
    "'đạt 52,1% kế hoạch năm' = percent attribute of 97.840; 'Trong đó' parts (60.172 + 29.455 + 8.213 = 97.840) take total 97.840.",
    "'giảm 20 phút so với cùng kỳ' is the change of the 35-minute waiting time. Centre list: districts go to location, subject the indicator.",
    "'Toàn tỉnh hiện có 86' gives no period (omitted). 'Kế hoạch năm 2024 ... phấn đấu' = target; 'Dự kiến trong quý III/2024' = forecast.",
]

emit("p366-2", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Đồng Nai")
