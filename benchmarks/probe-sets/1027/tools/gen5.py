"""p1027-5: Báo Sơn La (Party provincial paper), Thái costume in Thuận Châu; byline and bare date at the end."""
from lib import F, P, I, C, write

TEXT = """Giữ hồn chiếc áo cóm, khăn piêu

Ở bản Lả Mường, xã Chiềng Pấc, huyện Thuận Châu, gần như nhà nào cũng có khung cửi. Trong số 126 hộ của bản, có 98 hộ còn duy trì nghề dệt, thêu, chiếm 77,8%. Năm 2020, chị em trong bản thành lập Tổ hợp tác thêu khăn piêu với 35 thành viên, đến nay tổ đã có 52 thành viên.

Theo nghệ nhân Lò Thị Xuân, để thêu một chiếc khăn piêu hoàn chỉnh, người thợ mất từ 15 đến 20 ngày; một bộ áo cóm, váy, khăn của phụ nữ Thái được bán với giá 1,8-2,5 triệu đồng. Năm 2022, tổ hợp tác bán được khoảng 1.400 sản phẩm, doanh thu hơn 650 triệu đồng, bình quân mỗi thành viên có thêm thu nhập 1,5 triệu đồng/tháng. Từ đầu năm đến nay, tổ đã nhận đặt hàng 320 bộ trang phục phục vụ các lễ hội, đám cưới.

Toàn huyện Thuận Châu hiện có 11 tổ hợp tác, hợp tác xã dệt thổ cẩm với trên 400 lao động. Năm 2022, huyện mở 7 lớp truyền dạy thêu khăn piêu, may áo cóm cho 210 học viên. Số học viên năm 2022 gấp 2 lần năm 2021. Huyện đặt mục tiêu đến năm 2025 có 20 bản đạt tiêu chí bản văn hóa du lịch gắn với nghề dệt truyền thống.

Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh Sơn La hiện có 96 cơ sở dệt thổ cẩm, thêu trang phục của đồng bào Thái, Mông, Dao, giải quyết việc làm cho khoảng 2.300 lao động, trong đó lao động nữ chiếm trên 90%.

QUÀNG HƯƠNG

22/06/2023
"""

Y20 = P("Năm 2020", "2020-01-01", "2020-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y22b = P("năm 2022", "2022-01-01", "2022-12-31")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-06-22")
T25 = P("đến năm 2025", None, "2025-12-31")
TC = "Thuận Châu"

FIGS = [
    F("có 98 hộ", "98", 98, "count", "hộ", "hộ còn duy trì nghề dệt, thêu", total=126, percent=77.8, location=TC),
    F("với 35 thành viên", "35", 35, "count", "thành viên", "thành viên Tổ hợp tác thêu khăn piêu khi thành lập", Y20,
      location=TC),
    F("có 52 thành viên", "52", 52, "count", "thành viên", "thành viên Tổ hợp tác thêu khăn piêu", location=TC),
    F("từ 15 đến 20 ngày", "15", 15, "measure", "ngày", "thời gian thêu một chiếc khăn piêu", value_max=20,
      location=TC),
    F("giá 1,8-2,5 triệu đồng", "1,8", 1_800_000, "money", "đồng", "giá một bộ áo cóm, váy, khăn của phụ nữ Thái",
      value_max=2_500_000, location=TC),
    F("khoảng 1.400 sản phẩm", "1.400", 1400, "count", "sản phẩm", "sản phẩm tổ hợp tác bán được", Y22,
      approx="about", location=TC),
    F("hơn 650 triệu đồng", "650", 650_000_000, "money", "đồng", "doanh thu của tổ hợp tác", Y22, approx="over",
      location=TC),
    F("1,5 triệu đồng/tháng", "1,5", 1_500_000, "money", "đồng/tháng", "thu nhập thêm bình quân mỗi thành viên", Y22,
      location=TC),
    F("đặt hàng 320 bộ", "320", 320, "count", "bộ trang phục", "bộ trang phục được đặt hàng", YTD, location=TC),
    F("có 11 tổ hợp tác", "11", 11, "count", "tổ hợp tác, hợp tác xã", "tổ hợp tác, hợp tác xã dệt thổ cẩm",
      location=TC),
    F("trên 400 lao động", "400", 400, "count", "lao động", "lao động trong tổ hợp tác, hợp tác xã dệt thổ cẩm",
      approx="over", location=TC),
    F("mở 7 lớp", "7", 7, "count", "lớp", "lớp truyền dạy thêu khăn piêu, may áo cóm", Y22, location=TC),
    F("cho 210 học viên", "210", 210, "count", "học viên", "học viên lớp truyền dạy", Y22, location=TC),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "số học viên", Y22b, location=TC),
    F("có 20 bản", "20", 20, "count", "bản", "bản đạt tiêu chí bản văn hóa du lịch gắn với nghề dệt truyền thống",
      T25, status="target", location=TC),
    F("có 96 cơ sở", "96", 96, "count", "cơ sở", "cơ sở dệt thổ cẩm, thêu trang phục"),
    F("khoảng 2.300 lao động", "2.300", 2300, "count", "lao động", "lao động được giải quyết việc làm", approx="about"),
    F("trên 90%", "90", 90, "percent", "%", "lao động nữ", approx="over"),
]

NOTES = [
    "Báo Sơn La: áo cóm, khăn piêu của phụ nữ Thái ở bản Lả Mường (xã Chiềng Pấc, huyện Thuận Châu) and the province's weaving units.",
    "Byline 'QUÀNG HƯƠNG' and the bare date '22/06/2023' at the end give published. 'Lò Thị Xuân' is a name.",
    "'Trong số 126 hộ của bản, có 98 hộ' → 126 is the total of 98 (an attribute, not a figure of its own, as in the shared gold h02).",
    "Bare 'đến nay' / 'hiện' give no period (as in the shared gold); 'Từ đầu năm đến nay' runs from 2023-01-01 to the date.",
    "'Số học viên năm 2022 gấp 2 lần năm 2021' stands alone as the claim: a multiple. 'lao động nữ chiếm trên 90%' is a share",
    "of the 2.300 workers, not a share the 2.300 has: a percent figure of its own. Village and district figures: Thuận Châu; province: Sơn La.",
]

write(5, TEXT, FIGS, NOTES, published="2023-06-22", location="Sơn La")
