"""p833-4: ministry site (Bộ Tài nguyên và Môi trường), national mineral / hot water resources, 2023."""
from lib import F, P, I, C, build

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Địa chất - Khoáng sản

Cả nước có khoảng 400 nguồn nước khoáng, nước nóng thiên nhiên

Ngày đăng: 14/11/2023 | Lượt xem: 1.284

Theo Cục Địa chất Việt Nam, đến nay cả nước đã phát hiện khoảng 400 nguồn nước khoáng, nước nóng thiên nhiên, phân bố tại 51/63 tỉnh, thành phố; trong đó 287 nguồn có nhiệt độ từ 30 độ C trở lên. Các địa phương có nhiều nguồn nhất lần lượt là Sơn La (38 nguồn), Nghệ An (27 nguồn) và Quảng Bình (21 nguồn).

Tính đến ngày 31/10/2023, cả nước có 146 giấy phép khai thác nước khoáng, nước nóng thiên nhiên còn hiệu lực, trong đó Bộ Tài nguyên và Môi trường cấp 52 giấy phép, chiếm 35,6%, UBND cấp tỉnh cấp 94 giấy phép. Tổng lưu lượng được phép khai thác đạt khoảng 32.600 m3/ngày đêm.

Năm 2022, sản lượng nước khoáng đóng chai cả nước ước đạt 1,35 tỷ lít, tăng 8,7% so với năm 2021. Cũng trong năm 2022, các cơ sở tắm khoáng, nghỉ dưỡng trên cả nước đón khoảng 5,8 triệu lượt khách, doanh thu gần 9.400 tỷ đồng.

Trong 10 tháng năm 2023, Bộ đã kiểm tra 38 tổ chức khai thác nước khoáng, trong đó có 11 tổ chức vi phạm, bị xử phạt tổng số tiền 1,26 tỷ đồng. Nhiều tổ chức khai thác vượt lưu lượng cho phép hoặc chưa lắp đặt thiết bị quan trắc tự động theo Luật Khoáng sản số 60/2010/QH12.

Theo Chiến lược khoáng sản đến năm 2030, tầm nhìn đến năm 2045, mục tiêu đến năm 2030 có 100% nguồn nước khoáng, nước nóng thiên nhiên có giá trị được điều tra, đánh giá; sản lượng nước khoáng đóng chai đạt 2 tỷ lít/năm.

Cổng thông tin điện tử Bộ Tài nguyên và Môi trường
Địa chỉ: số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội - Điện thoại: 024.3795.6868
"""

NOW = P("đến nay", None, "2023-11-14")
ASOF = P("Tính đến ngày 31/10/2023", None, "2023-10-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y22b = P("Cũng trong năm 2022", "2022-01-01", "2022-12-31")
M10 = P("Trong 10 tháng năm 2023", "2023-01-01", "2023-10-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SRC = "nguồn nước khoáng, nước nóng thiên nhiên"

FIGS = [
    F("Cả nước có khoảng 400 nguồn", "400", 400, "count", "nguồn", approx="about", subject=SRC),
    F("phát hiện khoảng 400 nguồn", "400", 400, "count", "nguồn", approx="about",
      subject="nguồn nước khoáng, nước nóng thiên nhiên đã phát hiện", period=NOW),
    F("51/63 tỉnh, thành phố", "51", 51, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố có nguồn nước khoáng, nước nóng thiên nhiên", period=NOW),
    F("trong đó 287 nguồn", "287", 287, "count", "nguồn", total=400,
      subject="nguồn có nhiệt độ từ 30 độ C trở lên", period=NOW),
    F("từ 30 độ C trở lên", "30", 30, "measure", "độ C", approx="at_least", subject="nhiệt độ nguồn",
      optional=True),
    F("Sơn La (38 nguồn)", "38", 38, "count", "nguồn", subject=SRC, period=I(NOW), location="Sơn La"),
    F("Nghệ An (27 nguồn)", "27", 27, "count", "nguồn", subject=SRC, period=I(NOW), location="Nghệ An"),
    F("Quảng Bình (21 nguồn)", "21", 21, "count", "nguồn", subject=SRC, period=I(NOW), location="Quảng Bình"),
    F("có 146 giấy phép", "146", 146, "count", "giấy phép",
      subject="giấy phép khai thác nước khoáng, nước nóng thiên nhiên còn hiệu lực", period=ASOF),
    F("cấp 52 giấy phép", "52", 52, "count", "giấy phép", total=146, percent=35.6,
      subject="giấy phép do Bộ Tài nguyên và Môi trường cấp", period=ASOF),
    F("cấp 94 giấy phép", "94", 94, "count", "giấy phép", total=146,
      subject="giấy phép do UBND cấp tỉnh cấp", period=ASOF),
    F("khoảng 32.600 m3/ngày đêm", "32.600", 32600, "measure", "m3/ngày đêm", approx="about",
      subject="tổng lưu lượng được phép khai thác", period=I(ASOF)),
    F("ước đạt 1,35 tỷ lít", "1,35", 1.35e9, "measure", "lít", status="estimate",
      change=C("increase", 8.7, baseline="năm 2021"), subject="sản lượng nước khoáng đóng chai", period=Y22),
    F("khoảng 5,8 triệu lượt khách", "5,8", 5.8e6, "count", "lượt khách", approx="about",
      subject="lượt khách các cơ sở tắm khoáng, nghỉ dưỡng", period=Y22b),
    F("gần 9.400 tỷ đồng", "9.400", 9400e9, "money", "đồng", approx="nearly",
      subject="doanh thu các cơ sở tắm khoáng, nghỉ dưỡng", period=Y22b),
    F("kiểm tra 38 tổ chức", "38", 38, "count", "tổ chức",
      subject="tổ chức khai thác nước khoáng được kiểm tra", period=M10),
    F("có 11 tổ chức", "11", 11, "count", "tổ chức", total=38, subject="tổ chức vi phạm", period=M10),
    F("tổng số tiền 1,26 tỷ đồng", "1,26", 1.26e9, "money", "đồng", subject="tổng số tiền xử phạt", period=M10),
    F("có 100% nguồn", "100", 100, "percent", "%", status="target",
      subject="nguồn nước khoáng, nước nóng thiên nhiên có giá trị được điều tra, đánh giá", period=T30),
    F("đạt 2 tỷ lít/năm", "2", 2e9, "measure", "lít/năm", status="target",
      subject="sản lượng nước khoáng đóng chai", period=T30),
]

build("p833-4", TEXT, FIGS, published="2023-11-14", location="Việt Nam", notes=[
    "Ministry site (Bộ TN&MT): national mineral / hot water sources, licences, bottled output, inspections.",
    "All figures national (Việt Nam) except the ranked list Sơn La / Nghệ An / Quảng Bình (each its province).",
    "'đến nay' is as-of the dateline 2023-11-14. '51/63 tỉnh, thành phố' is a count of provinces: Việt Nam.",
    "'từ 30 độ C trở lên' is a category threshold: optional. The 5,8 triệu sentence has its own verb and no",
    "  estimate cue (a separate sentence after 'ước đạt 1,35 tỷ lít'): actual.",
    "Distractors: Lượt xem 1.284, Luật Khoáng sản số 60/2010/QH12, Chiến lược … đến năm 2030, tầm nhìn đến năm 2045,",
    "  address số 10 Tôn Thất Thuyết, phone 024.3795.6868.",
])
