"""p819-5: Party/provincial newspaper (Báo Thừa Thiên Huế), làng kim hoàn Kế Môn, huyện Phong Điền; byline + bare date at end."""
from lib import C, F, P, write

TEXT = """BÁO THỪA THIÊN HUẾ
Kinh tế › Làng nghề

Kế Môn - làng vàng bạc giữ lửa nghề

Làng Kế Môn (xã Điền Môn, huyện Phong Điền) được mệnh danh là "đất tổ" nghề kim hoàn xứ Huế. Theo Hội Kim hoàn Kế Môn, hiện có khoảng 3.500 người con của làng đang làm nghề vàng bạc khắp cả nước, sở hữu gần 1.200 tiệm vàng từ Quảng Trị đến Cà Mau.

Tại quê nhà, nghề vẫn được duy trì với 42 hộ và 135 lao động. Năm 2022, doanh thu của các cơ sở trong làng đạt khoảng 28 tỷ đồng, tăng 15% so với năm 2021; thu nhập bình quân của thợ chính từ 8 đến 12 triệu đồng/tháng.

Ông Cao Văn Năm, 67 tuổi, người có hơn 50 năm gắn bó với nghề, cho biết: "Một bộ trang sức cưới bằng vàng 18K nặng 5 chỉ, thợ làm mất 4-5 ngày, tiền công khoảng 1,5 triệu đồng". Theo ông, giá vàng tăng cao khiến nhiều gia đình chuyển sang đặt đồ bạc; năm qua, đơn hàng đồ bạc của gia đình ông tăng gấp 2 lần. Theo khảo sát, giá vàng nhẫn 9999 tại các tiệm vàng ở thị trấn Phong Điền hiện khoảng 5,55 triệu đồng/chỉ, tăng 8% so với cùng kỳ năm trước.

Những năm gần đây, huyện Phong Điền đã hỗ trợ 320 triệu đồng xây dựng nhà trưng bày sản phẩm kim hoàn và mở 2 lớp truyền nghề cho 40 học viên. Lễ giỗ Tổ nghề kim hoàn lần thứ 5 dự kiến tổ chức vào tháng 8 tới. Huyện phấn đấu đến năm 2025 có 60 hộ làm nghề tại làng, doanh thu đạt 40 tỷ đồng/năm.

BẢO MINH
23/3/2023
"""

NOTES = [
    "Báo Thừa Thiên Huế: the goldsmith village Kế Môn (xã Điền Môn, huyện Phong Điền); byline and bare date 23/3/2023 at the end.",
    "Location Phong Điền, except the diaspora figures 'khoảng 3.500 người con của làng ... khắp cả nước' and 'gần 1.200 tiệm vàng",
    "từ Quảng Trị đến Cà Mau' which describe the whole country (cả nước -> Việt Nam; the two provinces only bound the spread).",
    "The quoted example (bộ trang sức 'nặng 5 chỉ', 'mất 4-5 ngày') and the artisan's age and years in the craft are optional;",
    "the labour charge 'khoảng 1,5 triệu đồng' is a stated price (required). 'tăng gấp 2 lần' with no base amount is a multiple.",
    "'năm qua' in an article of March 2023 = 2022. 'vàng 18K' (a grade), 'Cao Văn Năm' (name), 'lần thứ 5' (ordinal),",
    "'tháng 8 tới' and the bare date are distractors.",
]

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 3.500 người", "3.500", 3500, "count", "người", approx="about",
      subject="người con của làng Kế Môn làm nghề vàng bạc", location="Việt Nam"),
    F("gần 1.200 tiệm vàng", "1.200", 1200, "count", "tiệm vàng", approx="nearly",
      subject="tiệm vàng của người Kế Môn", location="Việt Nam"),
    F("với 42 hộ", "42", 42, "count", "hộ", subject="hộ làm nghề kim hoàn tại quê nhà"),
    F("và 135 lao động", "135", 135, "count", "lao động", subject="lao động làm nghề kim hoàn tại quê nhà"),
    F("khoảng 28 tỷ đồng", "28", 28e9, "money", "đồng", approx="about",
      change=C("increase", 15, "%", "năm 2021"), subject="doanh thu của các cơ sở trong làng", period=Y22),
    F("từ 8 đến 12 triệu", "8", 8e6, "money", "đồng/tháng", value_max=12e6,
      subject="thu nhập bình quân của thợ chính", period=Y22),
    F("Năm, 67 tuổi", "67", 67, "measure", "tuổi", subject="tuổi của ông Cao Văn Năm", optional=True),
    F("hơn 50 năm", "50", 50, "measure", "năm", approx="over", subject="thời gian gắn bó với nghề",
      optional=True),
    F("nặng 5 chỉ", "5", 5, "measure", "chỉ", subject="khối lượng một bộ trang sức cưới", optional=True),
    F("mất 4-5 ngày", "4", 4, "measure", "ngày", value_max=5, subject="thời gian làm một bộ trang sức cưới",
      optional=True),
    F("khoảng 1,5 triệu đồng", "1,5", 1.5e6, "money", "đồng", approx="about",
      subject="tiền công làm một bộ trang sức cưới"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", subject="đơn hàng đồ bạc của gia đình ông",
      period=P("năm qua", "2022-01-01", "2022-12-31")),
    F("khoảng 5,55 triệu", "5,55", 5.55e6, "money", "đồng/chỉ", approx="about",
      change=C("increase", 8, "%", "cùng kỳ năm trước"), subject="giá vàng nhẫn 9999 tại các tiệm vàng"),
    F("hỗ trợ 320 triệu đồng", "320", 320e6, "money", "đồng",
      subject="kinh phí hỗ trợ xây dựng nhà trưng bày sản phẩm kim hoàn"),
    F("mở 2 lớp", "2", 2, "count", "lớp", subject="lớp truyền nghề"),
    F("cho 40 học viên", "40", 40, "count", "học viên", subject="học viên lớp truyền nghề"),
    F("có 60 hộ", "60", 60, "count", "hộ", status="target", subject="hộ làm nghề tại làng", period=Y25),
    F("đạt 40 tỷ đồng/năm", "40", 40e9, "money", "đồng/năm", status="target", subject="doanh thu", period=Y25),
]

write(5, TEXT, NOTES, FIGS, published="2023-03-23", location="Phong Điền")
