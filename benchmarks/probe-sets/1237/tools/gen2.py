"""p1237-2: district portal, huyện Thanh Sơn (Phú Thọ): vùng trồng cây dó giấy."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH SƠN - TỈNH PHÚ THỌ
Trang chủ | Tin tức | Kinh tế | Nông nghiệp - Nông thôn

Thanh Sơn mở rộng vùng trồng cây dó giấy

Thứ Tư, 15/11/2023 - 08:35

Những năm gần đây, cây dó giấy trở thành cây trồng mang lại thu nhập ổn định cho đồng bào vùng cao của huyện. Đến hết tháng 10/2023, toàn huyện có 412 ha cây dó, tăng 57 ha so với cuối năm 2022, tập trung ở các xã Khả Cửu, Đông Cửu và Thượng Cửu với diện tích lần lượt là 146 ha, 118 ha và 95 ha.

Năm 2023, huyện hỗ trợ người dân 38.000 cây giống dó với kinh phí gần 190 triệu đồng từ nguồn vốn Chương trình mục tiêu quốc gia. Sau khoảng 3 năm trồng, cây dó cho thu hoạch vỏ; mỗi ha cho từ 1,2 đến 1,5 tấn vỏ dó khô/năm, giá bán tại vườn 28.000-30.000 đồng/kg, cho thu nhập bình quân 35 triệu đồng/ha/năm.

Tại xóm Bãi Thảo, xã Khả Cửu, gia đình anh Đinh Văn Hùng đang trồng 4,5 ha dó. Anh bắt đầu trồng dó từ năm 2019 theo hướng dẫn của Trạm Khuyến nông số 2. Vụ thu hoạch năm nay, gia đình bóc được hơn 6 tấn vỏ, bán cho các cơ sở làm giấy ở Bắc Ninh và Hà Nội, thu về khoảng 170 triệu đồng. Anh còn thuê thêm ba lao động thời vụ với tiền công 250.000 đồng/người/ngày.

Theo Phòng Nông nghiệp và PTNT huyện, mục tiêu đến năm 2025 toàn huyện có 600 ha cây dó, liên kết tiêu thụ với ít nhất 5 cơ sở sản xuất giấy dó. Huyện đang xây dựng Đề án 03 về phát triển cây dó giai đoạn 2023-2025, dự kiến trình HĐND huyện tại kỳ họp thứ 12.

Người viết: Hà Linh - Văn phòng HĐND và UBND huyện
Lượt xem: 386
"""

ASOF = P("Đến hết tháng 10/2023", None, "2023-10-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("năm nay", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
AREA = "diện tích cây dó"

FIGS = [
    F("có 412 ha", "412", 412, "measure", "ha", change=C("increase", 57, "ha", "cuối năm 2022"),
      subject=AREA, period=ASOF),
    F("là 146 ha", "146", 146, "measure", "ha", subject=AREA, period=ASOF),
    F("146 ha, 118 ha", "118", 118, "measure", "ha", subject=AREA, period=ASOF),
    F("và 95 ha", "95", 95, "measure", "ha", subject=AREA, period=ASOF),
    F("dân 38.000 cây", "38.000", 38000, "count", "cây giống", subject="cây giống dó hỗ trợ người dân", period=Y23),
    F("gần 190 triệu", "190", 190000000, "money", "đồng", approx="nearly",
      subject="kinh phí hỗ trợ cây giống dó", period=Y23),
    F("khoảng 3 năm", "3", 3, "measure", "năm", approx="about", optional=True,
      subject="thời gian từ khi trồng đến khi cây dó cho thu hoạch vỏ"),
    F("từ 1,2 đến 1,5 tấn", "1,2", 1.2, "measure", "tấn/ha/năm", value_max=1.5,
      subject="năng suất vỏ dó khô mỗi ha"),
    F("vườn 28.000-30.000", "28.000", 28000, "money", "đồng/kg", value_max=30000,
      subject="giá bán vỏ dó tại vườn"),
    F("bình quân 35 triệu", "35", 35000000, "money", "đồng/ha/năm",
      subject="thu nhập bình quân từ cây dó"),
    F("trồng 4,5 ha", "4,5", 4.5, "measure", "ha", subject="diện tích dó gia đình anh Đinh Văn Hùng trồng"),
    F("hơn 6 tấn", "6", 6, "measure", "tấn", approx="over",
      subject="vỏ dó gia đình anh Hùng bóc được", period=NOW),
    F("khoảng 170 triệu", "170", 170000000, "money", "đồng", approx="about",
      subject="tiền bán vỏ dó gia đình anh Hùng thu về", period=NOW),
    F("thêm ba lao động", "ba", 3, "count", "lao động", subject="lao động thời vụ anh Hùng thuê thêm"),
    F("công 250.000 đồng", "250.000", 250000, "money", "đồng/người/ngày", subject="tiền công lao động thời vụ"),
    F("có 600 ha", "600", 600, "measure", "ha", status="target", subject=AREA, period=T25),
    F("ít nhất 5 cơ sở", "5", 5, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở sản xuất giấy dó liên kết tiêu thụ", period=T25),
]

NOTES = [
    "District portal (huyện Thanh Sơn, Phú Thọ), dateline 'Thứ Tư, 15/11/2023 - 08:35', byline and view counter at the end.",
    "Location: the district (Thanh Sơn) for every figure, also the commune list (xã Khả Cửu, Đông Cửu, Thượng Cửu: communes are",
    "not a province, city or district). The commune list (359 ha) does not add up to 412: no total.",
    "revised after the first run: the three list items' subjects are the list's indicator 'diện tích cây dó' (FIGURES.md, Lists);",
    "the first gold had added the commune name to each subject.",
    "Distractors: 'Trạm Khuyến nông số 2', 'Đề án 03', 'giai đoạn 2023-2025' (a name's period), 'kỳ họp thứ 12', 'năm 2019' (start year),",
    "'Lượt xem: 386', 08:35. 'Vụ thu hoạch năm nay' = 2023 (published year); 'năm 2019' in the sentence before must not leak into it.",
    "'khoảng 3 năm' is the time to first harvest (agronomic fact, optional). 'mỗi ha ... tấn ... /năm' is a yield rate: tấn/ha/năm.",
]

if __name__ == "__main__":
    write("p1237-2", TEXT, NOTES, FIGS, published="2023-11-15", location="Thanh Sơn")
