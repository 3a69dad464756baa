"""p961-4: ministry site (Bộ Kế hoạch và Đầu tư), national 2023 market exits."""
from lib import F, P, I, C, T, build

TEXT = """BỘ KẾ HOẠCH VÀ ĐẦU TƯ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Phát triển doanh nghiệp
Ngày đăng: 05/01/2024 | Lượt xem: 3.408

Năm 2023: hơn 172 nghìn doanh nghiệp rút lui khỏi thị trường

Theo Cục Quản lý đăng ký kinh doanh, năm 2023 cả nước có 172.590 doanh nghiệp rút lui khỏi thị trường, tăng 20,5% so với năm 2022. Trong đó, 89.120 doanh nghiệp tạm ngừng kinh doanh có thời hạn, tăng 22,3%; 64.080 doanh nghiệp ngừng hoạt động chờ làm thủ tục giải thể, tăng 24,9%; 19.390 doanh nghiệp hoàn tất thủ tục giải thể, tăng 1,3%. Bình quân mỗi tháng có 14.383 doanh nghiệp rút lui khỏi thị trường.

Doanh nghiệp giải thể chủ yếu có quy mô vốn dưới 10 tỷ đồng với 17.280 doanh nghiệp, chiếm 89,1%. Thời gian hoạt động bình quân của doanh nghiệp giải thể là 6,8 năm; số doanh nghiệp hoạt động dưới 5 năm chiếm 52,6%.

Các địa phương có số doanh nghiệp rút lui lớn nhất lần lượt là TP Hồ Chí Minh (41.260 doanh nghiệp), Hà Nội (28.930 doanh nghiệp) và Bình Dương (6.140 doanh nghiệp).

Ở chiều ngược lại, năm 2023 có 58.920 doanh nghiệp quay trở lại hoạt động, giảm 2,5% so với năm trước. Hà Nội đứng thứ 2 cả nước về số doanh nghiệp quay trở lại hoạt động với 11.250 doanh nghiệp.

Theo Tòa án nhân dân tối cao, năm 2023 Tòa án các cấp thụ lý 285 việc phá sản, đã giải quyết 112 việc, đạt 39,3%.

Nghị quyết số 10-NQ/TW ngày 03/6/2017 đặt mục tiêu đến năm 2025 cả nước có ít nhất 1,5 triệu doanh nghiệp hoạt động và đến năm 2030 có ít nhất 2 triệu doanh nghiệp. Bộ Kế hoạch và Đầu tư đang hoàn thiện dự thảo Luật sửa đổi Luật Phá sản năm 2014 để rút ngắn thủ tục rút lui khỏi thị trường.

Cục Quản lý đăng ký kinh doanh - Số 6B Hoàng Diệu, Ba Đình, Hà Nội
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")
Yi = I(Y)

FIGS = [
    F("hơn 172 nghìn doanh nghiệp", "172", 172000, "count", "doanh nghiệp",
      "doanh nghiệp rút lui khỏi thị trường", P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("có 172.590 doanh nghiệp", "172.590", 172590, "count", "doanh nghiệp",
      "doanh nghiệp rút lui khỏi thị trường", Y, change=C("increase", 20.5, baseline="năm 2022")),
    F("89.120 doanh nghiệp", "89.120", 89120, "count", "doanh nghiệp",
      "doanh nghiệp tạm ngừng kinh doanh có thời hạn", Yi, total=172590, change=C("increase", 22.3)),
    F("64.080 doanh nghiệp", "64.080", 64080, "count", "doanh nghiệp",
      "doanh nghiệp ngừng hoạt động chờ làm thủ tục giải thể", Yi, total=172590, change=C("increase", 24.9)),
    F("19.390 doanh nghiệp", "19.390", 19390, "count", "doanh nghiệp",
      "doanh nghiệp hoàn tất thủ tục giải thể", Yi, total=172590, change=C("increase", 1.3)),
    F("có 14.383 doanh nghiệp", "14.383", 14383, "measure", "doanh nghiệp/tháng",
      "doanh nghiệp rút lui khỏi thị trường bình quân mỗi tháng", Yi),
    F("dưới 10 tỷ đồng", "10", 10e9, "money", "đồng", "quy mô vốn", approx="under", optional=True),
    F("với 17.280 doanh nghiệp", "17.280", 17280, "count", "doanh nghiệp",
      "doanh nghiệp giải thể có quy mô vốn dưới 10 tỷ đồng", Yi, percent=89.1),
    F("là 6,8 năm", "6,8", 6.8, "measure", "năm",
      "thời gian hoạt động bình quân của doanh nghiệp giải thể", Yi),
    F("dưới 5 năm", "5", 5, "measure", "năm", "thời gian hoạt động", approx="under", optional=True),
    F("chiếm 52,6%", "52,6", 52.6, "percent", "%",
      "doanh nghiệp giải thể hoạt động dưới 5 năm", Yi),
    F("TP Hồ Chí Minh (41.260 doanh nghiệp)", "41.260", 41260, "count", "doanh nghiệp",
      "doanh nghiệp rút lui khỏi thị trường", Yi, location="TP Hồ Chí Minh"),
    F("Hà Nội (28.930 doanh nghiệp)", "28.930", 28930, "count", "doanh nghiệp",
      "doanh nghiệp rút lui khỏi thị trường", Yi, location="Hà Nội"),
    F("Bình Dương (6.140 doanh nghiệp)", "6.140", 6140, "count", "doanh nghiệp",
      "doanh nghiệp rút lui khỏi thị trường", Yi, location="Bình Dương"),
    F("có 58.920 doanh nghiệp", "58.920", 58920, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", Y, change=C("decrease", 2.5, baseline="năm trước")),
    F("đứng thứ 2", "2", 2, "rank", "hạng",
      "số doanh nghiệp quay trở lại hoạt động", Yi, location="Hà Nội"),
    F("với 11.250 doanh nghiệp", "11.250", 11250, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", Yi, location="Hà Nội"),
    F("thụ lý 285 việc", "285", 285, "count", "việc",
      "việc phá sản Tòa án các cấp thụ lý", Y),
    F("giải quyết 112 việc", "112", 112, "count", "việc",
      "việc phá sản đã giải quyết", Y, percent=39.3),
    F("ít nhất 1,5 triệu doanh nghiệp", "1,5", 1.5e6, "count", "doanh nghiệp",
      "doanh nghiệp hoạt động", P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
    F("ít nhất 2 triệu doanh nghiệp", "2", 2e6, "count", "doanh nghiệp",
      "doanh nghiệp hoạt động", P("đến năm 2030", None, "2030-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT Bộ KH&ĐT (invented): national 2023 exits; location Việt Nam except the named cities.",
    "Headline 'hơn 172 nghìn' = 172000, over. Parts after 'Trong đó' take total 172590 and carry their own change (baseline implied: năm 2022).",
    "'Bình quân mỗi tháng có 14.383 doanh nghiệp' is a rate: measure, unit doanh nghiệp/tháng (denominator in the unit).",
    "'17.280 doanh nghiệp, chiếm 89,1%' -> percent 89.1 (no part-of cue, so no total). '6,8 năm' is a duration that is the claim: measure.",
    "'dưới 10 tỷ đồng', 'dưới 5 năm' are category thresholds: optional. 'đã giải quyết 112 việc, đạt 39,3%' -> percent, no total (no cue).",
    "Distractors: 05/01/2024, Lượt xem 3.408, Nghị quyết số 10-NQ/TW ngày 03/6/2017, Luật Phá sản năm 2014, Số 6B Hoàng Diệu.",
]

if __name__ == "__main__":
    build("p961-4", TEXT, FIGS, NOTES, published="2024-01-05", location="Việt Nam")
