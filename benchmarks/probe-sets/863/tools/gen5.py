"""p863-5: Báo Hà Tĩnh (Party paper) on distributing the Party paper to branches, byline + bare date (2023-06-14)."""
from lib import F, write, period, inherit, change

TEXT = """Đưa báo Đảng đến với chi bộ, thôn xóm

Những năm qua, việc mua và đọc báo Đảng theo Chỉ thị số 11-CT/TW của Bộ Chính trị được các cấp ủy ở Hà Tĩnh quan tâm. Bình quân mỗi kỳ, Báo Hà Tĩnh phát hành khoảng 6.500 bản, trong đó hơn 4.800 bản được cấp miễn phí cho chi bộ thôn, tổ dân phố và đối tượng chính sách theo Nghị quyết số 17/2021/NQ-HĐND của HĐND tỉnh.

Năm 2022, tổng số bản Báo Hà Tĩnh in phát hành đạt 1,62 triệu bản, giảm 7,5% so với năm 2021; ngược lại, Báo Hà Tĩnh điện tử có gần 58 triệu lượt truy cập, tăng 18%. Các địa phương đặt mua nhiều nhất lần lượt là Thạch Hà (612 bản/kỳ), Cẩm Xuyên (548 bản/kỳ) và Kỳ Anh (503 bản/kỳ). Kinh phí mua báo, tạp chí từ ngân sách tỉnh năm 2022 khoảng 11,4 tỷ đồng.

Ông Trần Văn Năm, Trưởng phòng Trị sự, cho biết Bưu điện tỉnh đảm nhận phát hành qua 216 điểm bưu điện văn hóa xã. Nhờ đổi mới khâu vận chuyển, thời gian báo đến tay bạn đọc ở vùng sâu, vùng xa chỉ còn 1 ngày, trước đây mất từ 2 đến 3 ngày. Giá bán lẻ hiện là 4.000 đồng/tờ, chưa thay đổi từ năm 2019.

Hiện 100% chi bộ thôn, tổ dân phố trong toàn tỉnh được cấp ít nhất 1 tờ báo Đảng mỗi kỳ. Năm 2023, Báo Hà Tĩnh phấn đấu giữ ổn định 6.500 bản/kỳ, nâng số bạn đọc trả phí trên nền tảng số lên 3.000 người.

PHAN TRÂM
14/6/2023
"""

Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Y22s = period("năm 2022", "2022-01-01", "2022-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
ORDERS = "số bản báo đặt mua mỗi kỳ"

FIGS = [
    F("khoảng 6.500 bản", "6.500", 6500, "measure", "bản/kỳ",
      "số bản Báo Hà Tĩnh phát hành bình quân mỗi kỳ", approx="about"),
    F("hơn 4.800 bản", "4.800", 4800, "measure", "bản/kỳ",
      "bản được cấp miễn phí cho chi bộ thôn, tổ dân phố và đối tượng chính sách",
      approx="over", total=6500),
    F("đạt 1,62 triệu bản", "1,62", 1.62e6, "count", "bản", "tổng số bản Báo Hà Tĩnh in phát hành",
      Y22, change=change("decrease", 7.5, "%", "năm 2021")),
    F("gần 58 triệu lượt truy cập", "58", 58e6, "count", "lượt truy cập",
      "lượt truy cập Báo Hà Tĩnh điện tử", Y22, approx="nearly",
      change=change("increase", 18, "%")),
    F("Thạch Hà (612 bản/kỳ)", "612", 612, "measure", "bản/kỳ", ORDERS, inherit(Y22),
      location="Thạch Hà"),
    F("Cẩm Xuyên (548 bản/kỳ)", "548", 548, "measure", "bản/kỳ", ORDERS, inherit(Y22),
      location="Cẩm Xuyên"),
    F("Kỳ Anh (503 bản/kỳ)", "503", 503, "measure", "bản/kỳ", ORDERS, inherit(Y22),
      location="Kỳ Anh"),
    F("khoảng 11,4 tỷ đồng", "11,4", 11.4e9, "money", "đồng",
      "kinh phí mua báo, tạp chí từ ngân sách tỉnh", Y22s, approx="about"),
    F("qua 216 điểm", "216", 216, "count", "điểm bưu điện văn hóa xã",
      "điểm bưu điện văn hóa xã phát hành báo"),
    F("còn 1 ngày", "1", 1, "measure", "ngày",
      "thời gian báo đến tay bạn đọc ở vùng sâu, vùng xa"),
    F("từ 2 đến 3 ngày", "2", 2, "measure", "ngày",
      "thời gian báo đến tay bạn đọc ở vùng sâu, vùng xa trước đây", value_max=3),
    F("4.000 đồng/tờ", "4.000", 4000, "money", "đồng/tờ", "giá bán lẻ Báo Hà Tĩnh"),
    F("Hiện 100% chi bộ", "100", 100, "percent", "%",
      "chi bộ thôn, tổ dân phố được cấp báo Đảng"),
    F("ít nhất 1 tờ", "1", 1, "count", "tờ", "tờ báo Đảng mỗi kỳ", approx="at_least",
      optional=True),
    F("ổn định 6.500 bản/kỳ", "6.500", 6500, "measure", "bản/kỳ",
      "số bản Báo Hà Tĩnh phát hành mỗi kỳ", Y23, status="target"),
    F("lên 3.000 người", "3.000", 3000, "count", "người",
      "bạn đọc trả phí trên nền tảng số", Y23, status="target"),
]

NOTES = [
    "Báo Hà Tĩnh (Party paper): byline 'PHAN TRÂM' and bare date '14/6/2023' at the end.",
    "Per-issue circulation ('Bình quân mỗi kỳ ... 6.500 bản', 'Thạch Hà (612 bản/kỳ)') is a rate: measure, unit 'bản/kỳ'.",
    "District list items place their figures in the district (Thạch Hà, Cẩm Xuyên, Kỳ Anh).",
    "Not figures: 'Chỉ thị số 11-CT/TW', 'Nghị quyết số 17/2021/NQ-HĐND', the name 'Trần Văn Năm', 'từ năm 2019', the date.",
    "'ít nhất 1 tờ báo Đảng mỗi kỳ' describes the rule for each branch: optional.",
    "'tăng 18%' with no baseline is the change of the 58 million views.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, published="2023-06-14", location="Hà Tĩnh", notes=NOTES)
