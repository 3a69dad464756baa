from lib import F, P, C, emit

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động > Đăng kiểm

Năm 2023, cả nước kiểm định hơn 6,08 triệu lượt xe cơ giới
Ngày đăng: 18/01/2024 | Lượt xem: 3.482

Theo báo cáo tổng kết của Cục Đăng kiểm Việt Nam, năm 2023 các đơn vị đăng kiểm trên toàn quốc đã kiểm định 6.084.517 lượt xe cơ giới, tăng 7,2% so với năm 2022; tỷ lệ không đạt ở lần kiểm định đầu là 9,2%. Số xe mới được miễn kiểm định lần đầu theo Thông tư số 08/2023/TT-BGTVT khoảng 356 nghìn xe.

Tính đến 31/12/2023, cả nước có 281 trung tâm đăng kiểm đang hoạt động với 524 dây chuyền kiểm định, trong đó 198 trung tâm do doanh nghiệp, tổ chức xã hội hóa đầu tư, chiếm 70,5%. Thời điểm cao nhất vào tháng 3/2023, có tới 42 trung tâm phải tạm dừng hoạt động, khiến thời gian chờ tại một số địa phương kéo dài từ 3 đến 5 ngày.

Hà Nội là địa phương có nhiều trung tâm nhất với 31 trung tâm; TP Hồ Chí Minh đứng thứ hai với 28 trung tâm; tiếp theo là Đồng Nai (9 trung tâm) và Bình Dương (8 trung tâm). Có 2 tỉnh chỉ có 1 trung tâm đăng kiểm là Lai Châu và Bắc Kạn.

Lực lượng đăng kiểm viên đến cuối năm 2023 đạt 2.790 đăng kiểm viên, gấp gần 1,6 lần so với tháng 3/2023; trong đó có 1.145 đăng kiểm viên xe cơ giới bậc cao. Tổng số phí, lệ phí kiểm định nộp ngân sách năm 2023 ước đạt 1.386 tỷ đồng.

Năm 2024, Cục Đăng kiểm Việt Nam đặt chỉ tiêu giảm thời gian chờ kiểm định xuống dưới 60 phút tại 100% trung tâm; dự kiến cấp chứng chỉ cho khoảng 450 đăng kiểm viên mới.

Trụ sở Cục: số 18 Phạm Hùng, quận Cầu Giấy, Hà Nội.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
E23 = P("Tính đến 31/12/2023", None, "2023-12-31")
E23i = P("Tính đến 31/12/2023", None, "2023-12-31", inh=True)
M3 = P("tháng 3/2023", "2023-03-01", "2023-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "trung tâm đăng kiểm"

FIGS = [
    F("hơn 6,08 triệu lượt", "6,08", 6080000, "count", "lượt xe cơ giới", "lượt xe cơ giới được kiểm định",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("kiểm định 6.084.517 lượt", "6.084.517", 6084517, "count", "lượt xe cơ giới", "lượt xe cơ giới được kiểm định",
      Y23, change=C("increase", 7.2, baseline="năm 2022")),
    F("lần kiểm định đầu là 9,2%", "9,2", 9.2, "percent", "%", "tỷ lệ không đạt ở lần kiểm định đầu", Y23),
    F("khoảng 356 nghìn xe", "356", 356000, "count", "xe", "xe mới được miễn kiểm định lần đầu", Y23i, approx="about"),
    F("có 281 trung tâm", "281", 281, "count", "trung tâm đăng kiểm", "trung tâm đăng kiểm đang hoạt động", E23),
    F("với 524 dây chuyền", "524", 524, "count", "dây chuyền", "dây chuyền kiểm định", E23),
    F("198 trung tâm", "198", 198, "count", "trung tâm", "trung tâm đăng kiểm do doanh nghiệp, tổ chức xã hội hóa đầu tư",
      E23, total=281, percent=70.5),
    F("có tới 42 trung tâm", "42", 42, "count", "trung tâm", "trung tâm đăng kiểm phải tạm dừng hoạt động", M3),
    F("từ 3 đến 5 ngày", "3", 3, "measure", "ngày", "thời gian chờ kiểm định tại một số địa phương", M3, value_max=5),
    F("với 31 trung tâm", "31", 31, "count", "trung tâm", SUBJ, E23i, location="Hà Nội"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "số trung tâm đăng kiểm", E23i, location="TP Hồ Chí Minh"),
    F("với 28 trung tâm", "28", 28, "count", "trung tâm", SUBJ, E23i, location="TP Hồ Chí Minh"),
    F("Đồng Nai (9 trung tâm)", "9", 9, "count", "trung tâm", SUBJ, E23i, location="Đồng Nai"),
    F("Bình Dương (8 trung tâm)", "8", 8, "count", "trung tâm", SUBJ, E23i, location="Bình Dương"),
    F("Có 2 tỉnh", "2", 2, "count", "tỉnh", "tỉnh chỉ có 1 trung tâm đăng kiểm", E23i),
    F("chỉ có 1 trung tâm", "1", 1, "count", "trung tâm", SUBJ, optional=True),
    F("đạt 2.790 đăng kiểm viên", "2.790", 2790, "count", "đăng kiểm viên", "lực lượng đăng kiểm viên",
      P("đến cuối năm 2023", None, "2023-12-31"),
      change=C("increase", 1.6, unit="lần", baseline="tháng 3/2023", approx="nearly")),
    F("có 1.145 đăng kiểm viên", "1.145", 1145, "count", "đăng kiểm viên", "đăng kiểm viên xe cơ giới bậc cao",
      P("đến cuối năm 2023", None, "2023-12-31"), total=2790),
    F("ước đạt 1.386 tỷ đồng", "1.386", 1386000000000, "money", "đồng", "phí, lệ phí kiểm định nộp ngân sách", Y23,
      status="estimate"),
    F("dưới 60 phút", "60", 60, "measure", "phút", "thời gian chờ kiểm định", Y24, approx="under", status="target"),
    F("tại 100% trung tâm", "100", 100, "percent", "%", "trung tâm có thời gian chờ kiểm định dưới 60 phút", Y24,
      status="target"),
    F("khoảng 450 đăng kiểm viên", "450", 450, "count", "đăng kiểm viên", "đăng kiểm viên mới được cấp chứng chỉ", Y24,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ GTVT portal): national vehicle inspection results for 2023; 'Ngày đăng: 18/01/2024 | Lượt xem: 3.482' (view counter = furniture).",
    "Distractors: Thông tư số 08/2023/TT-BGTVT, 'tháng 3/2023' (a date and a baseline), 'số 18 Phạm Hùng, quận Cầu Giấy'.",
    "Headline 'hơn 6,08 triệu' and body 6.084.517 are both figures. '198 trung tâm …, chiếm 70,5%' after 'trong đó': total 281, percent 70,5.",
    "Province list: each province is the location, subject the indicator; 'đứng thứ hai' is a rank (number word). 'Có 2 tỉnh' counts provinces:",
    "location Việt Nam (Lai Châu, Bắc Kạn in the list that follows do not make it provincial); 'chỉ có 1 trung tâm' is a criterion (optional).",
    "'gấp gần 1,6 lần so với tháng 3/2023' after 2.790 is its change (unit lần, approx nearly). 'đến cuối năm 2023' = as-of period.",
    "'Năm 2024 … chỉ tiêu': 'dưới 60 phút' and '100%' targets; 'dự kiến … khoảng 450' forecast (the cue governs its own clause).",
]

emit("p366-4", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Việt Nam")
