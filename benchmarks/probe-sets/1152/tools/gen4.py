"""p1152-4: ministry site (Bộ TN&MT), national: EPR recycling of batteries and electronics, 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ / Tin tức / Môi trường

Năm đầu thực hiện EPR: hơn 2.900 tấn pin, thiết bị điện tử được tái chế

Ngày đăng: 12/06/2024 | Lượt xem: 1.064

Theo Cục Kiểm soát ô nhiễm môi trường, năm 2023, năm đầu tiên thực hiện trách nhiệm tái chế của nhà sản xuất, nhập khẩu (EPR) theo Nghị định số 08/2022/NĐ-CP, cả nước có 2.163 doanh nghiệp đăng ký kế hoạch tái chế, trong đó 318 doanh nghiệp sản xuất, nhập khẩu pin, ắc quy và 406 doanh nghiệp thuộc nhóm thiết bị điện, điện tử.

Tổng khối lượng sản phẩm, bao bì được tái chế đạt khoảng 1,16 triệu tấn; trong đó nhóm pin, ắc quy và thiết bị điện, điện tử hơn 2.900 tấn, chiếm chưa đến 0,3%. Các doanh nghiệp tự tái chế hoặc thuê 97 đơn vị tái chế có giấy phép; số còn lại đóng góp gần 95 tỷ đồng vào Quỹ Bảo vệ môi trường Việt Nam. Theo quy định, tỷ lệ tái chế bắt buộc đối với pin sạc và điện thoại di động lần lượt là 8% và 15%.

Theo ước tính của Cục, mỗi năm Việt Nam phát sinh khoảng 100.000 - 120.000 tấn chất thải điện tử, đứng thứ 4 khu vực Đông Nam Á; lượng phát sinh tăng bình quân 5-7% mỗi năm.

Ở khu vực dân sinh, Chương trình Việt Nam Tái chế do 14 nhà sản xuất thành lập đã thu gom miễn phí hơn 1.300 tấn thiết bị điện tử thải bỏ từ năm 2015 đến nay. Các địa phương có lượng thu gom qua điểm công cộng lớn nhất năm 2023 là Hà Nội, TP Hồ Chí Minh và Đà Nẵng với lần lượt 86 tấn, 74 tấn và 15 tấn.

Mục tiêu đến năm 2030, tỷ lệ chất thải điện tử phát sinh được thu gom, xử lý đạt ít nhất 50% và 100% tỉnh, thành phố có điểm thu gom pin thải cố định.

CỔNG THÔNG TIN ĐIỆN TỬ BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Địa chỉ: Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội. Điện thoại: 024.37956868
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23L = P("năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("từ năm 2015 đến nay", "2015-01-01", "2024-06-12")
T30 = P("đến năm 2030", None, "2030-12-31")
LIST = "lượng thu gom qua điểm công cộng"

FIGS = [
    F("hơn 2.900 tấn pin", "2.900", 2900, "measure", "tấn", approx="over",
      subject="pin, thiết bị điện tử được tái chế"),
    F("có 2.163 doanh nghiệp", "2.163", 2163, "count", "doanh nghiệp",
      subject="doanh nghiệp đăng ký kế hoạch tái chế", period=Y23),
    F("318 doanh nghiệp", "318", 318, "count", "doanh nghiệp", total=2163,
      subject="doanh nghiệp sản xuất, nhập khẩu pin, ắc quy đăng ký kế hoạch tái chế", period=Y23),
    F("406 doanh nghiệp", "406", 406, "count", "doanh nghiệp", total=2163,
      subject="doanh nghiệp thuộc nhóm thiết bị điện, điện tử đăng ký kế hoạch tái chế", period=Y23),
    F("khoảng 1,16 triệu", "1,16", 1160000, "measure", "tấn", approx="about",
      subject="tổng khối lượng sản phẩm, bao bì được tái chế", period=I(Y23)),
    F("điện tử hơn 2.900 tấn", "2.900", 2900, "measure", "tấn", approx="over", total=1160000, percent=0.3,
      subject="nhóm pin, ắc quy và thiết bị điện, điện tử được tái chế", period=I(Y23)),
    F("thuê 97 đơn vị", "97", 97, "count", "đơn vị", subject="đơn vị tái chế có giấy phép", period=I(Y23)),
    F("gần 95 tỷ", "95", 95000000000, "money", "đồng", approx="nearly",
      subject="đóng góp vào Quỹ Bảo vệ môi trường Việt Nam", period=I(Y23)),
    F("lần lượt là 8%", "8", 8, "percent", "%", subject="tỷ lệ tái chế bắt buộc đối với pin sạc"),
    F("và 15%", "15", 15, "percent", "%", subject="tỷ lệ tái chế bắt buộc đối với điện thoại di động"),
    F("khoảng 100.000 - 120.000", "100.000", 100000, "measure", "tấn", value_max=120000, approx="about",
      status="estimate", subject="chất thải điện tử phát sinh mỗi năm"),
    F("đứng thứ 4", "4", 4, "rank", "hạng", status="estimate",
      subject="lượng chất thải điện tử phát sinh khu vực Đông Nam Á"),
    F("bình quân 5-7%", "5", 5, "percent", "%", value_max=7, status="estimate",
      subject="tốc độ tăng lượng chất thải điện tử phát sinh bình quân mỗi năm"),
    F("do 14 nhà", "14", 14, "count", "nhà sản xuất", subject="nhà sản xuất thành lập Chương trình Việt Nam Tái chế"),
    F("hơn 1.300 tấn", "1.300", 1300, "measure", "tấn", approx="over",
      subject="thiết bị điện tử thải bỏ Chương trình Việt Nam Tái chế thu gom miễn phí", period=SINCE),
    F("lần lượt 86 tấn", "86", 86, "measure", "tấn", subject=LIST, location="Hà Nội", period=Y23L),
    F("74 tấn", "74", 74, "measure", "tấn", subject=LIST, location="TP Hồ Chí Minh", period=Y23L),
    F("và 15 tấn", "15", 15, "measure", "tấn", subject=LIST, location="Đà Nẵng", period=Y23L),
    F("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ chất thải điện tử phát sinh được thu gom, xử lý", period=T30),
    F("và 100% tỉnh", "100", 100, "percent", "%", status="target",
      subject="tỉnh, thành phố có điểm thu gom pin thải cố định", period=T30),
]

NOTES = [
    "Ministry site (Bộ TN&MT): breadcrumb, 'Ngày đăng: 12/06/2024 | Lượt xem: 1.064' (published), address footer. National: location Việt Nam.",
    "2.163 with 'trong đó' parts 318 and 406 (same sentence, period năm 2023). The 2.900 tấn after 'trong đó' is a part of 1,16 triệu tấn",
    "(total 1160000) and carries 'chiếm chưa đến 0,3%' as its percent (the 'chưa đến' qualifies the share, not the figure).",
    "'Theo ước tính của Cục' governs its clause and the ';' continuation: range, rank and growth-rate range are estimates.",
    "'tỷ lệ tái chế bắt buộc ... lần lượt là 8% và 15%' is the rule in force: actual (a reader may argue target; noted in the report).",
    "List 'Hà Nội, TP Hồ Chí Minh và Đà Nẵng với lần lượt 86 tấn, 74 tấn và 15 tấn' -> each item's place is its location.",
    "Distractors: 'Nghị định số 08/2022/NĐ-CP', 'Lượt xem: 1.064', 'Số 10 Tôn Thất Thuyết', phone 024.37956868.",
]

if __name__ == "__main__":
    write("p1152-4", TEXT, NOTES, FIGS, published="2024-06-12", location="Việt Nam")
