"""p1348-4: ministry site (Bộ Tài nguyên và Môi trường): national e-waste, producers' recycling responsibility (EPR)."""
from lib import F, P, I, C, T, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Môi trường

Hơn 1.000 nhà sản xuất pin, thiết bị điện tử đăng ký trách nhiệm tái chế

15/03/2024 | 09:20 | Cục Kiểm soát ô nhiễm môi trường

Theo Bộ Tài nguyên và Môi trường, năm 2023 cả nước phát sinh khoảng 120.000 tấn chất thải điện tử, nhưng tỷ lệ được thu gom, xử lý qua kênh chính thức mới đạt khoảng 8-10%.

Thực hiện Nghị định số 08/2022/NĐ-CP, tính đến ngày 31/12/2023 đã có 2.316 nhà sản xuất, nhập khẩu đăng ký kế hoạch tái chế, trong đó 1.048 đơn vị thuộc nhóm pin, ắc quy và thiết bị điện, điện tử. Tổng khối lượng sản phẩm, bao bì được tái chế năm 2023 đạt 1,54 triệu tấn; riêng nhóm pin, ắc quy đạt 182.000 tấn, vượt 12% so với tỷ lệ tái chế bắt buộc. Các doanh nghiệp lựa chọn đóng góp tài chính vào Quỹ Bảo vệ môi trường Việt Nam với tổng số tiền gần 1.240 tỷ đồng.

Theo quy định, tỷ lệ tái chế bắt buộc đối với pin sạc lithium là 8%, đối với thiết bị điện, điện tử từ 8 đến 15% tùy nhóm sản phẩm.

Hiện 45/63 tỉnh, thành phố đã tổ chức thu gom chất thải điện tử định kỳ; Hà Nội, TP Hồ Chí Minh và Đà Nẵng dẫn đầu với lần lượt 286, 241 và 126 điểm thu gom cố định. Mục tiêu đến năm 2025, 100% tỉnh, thành phố có điểm thu gom pin, thiết bị điện tử thải bỏ và tỷ lệ thu gom chất thải điện tử đạt ít nhất 20%.

Tin cùng chuyên mục:
- Hướng dẫn kê khai đóng góp tài chính hỗ trợ tái chế năm 2024
- Hội thảo kinh tế tuần hoàn lần thứ 2

Cổng thông tin điện tử Bộ Tài nguyên và Môi trường
Địa chỉ: Số 10 Tôn Thất Thuyết, quận Nam Từ Liêm, Hà Nội
Giấy phép số 18/GP-TTĐT
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
BY25 = P("đến năm 2025", None, "2025-12-31")
PTS = "điểm thu gom cố định"

FIGS = [
    F("Hơn 1.000 nhà sản xuất", "1.000", 1000, "count", "nhà sản xuất", approx="over",
      subject="nhà sản xuất pin, thiết bị điện tử đăng ký trách nhiệm tái chế"),
    F("khoảng 120.000 tấn", "120.000", 120000, "measure", "tấn", approx="about",
      subject="chất thải điện tử phát sinh", period=Y23),
    F("khoảng 8-10%", "8", 8, "percent", "%", value_max=10, approx="about",
      subject="tỷ lệ chất thải điện tử được thu gom, xử lý qua kênh chính thức", period=Y23),
    F("có 2.316 nhà sản xuất", "2.316", 2316, "count", "nhà sản xuất, nhập khẩu",
      subject="nhà sản xuất, nhập khẩu đăng ký kế hoạch tái chế", period=ASOF),
    F("trong đó 1.048 đơn vị", "1.048", 1048, "count", "đơn vị", total=2316,
      subject="đơn vị thuộc nhóm pin, ắc quy và thiết bị điện, điện tử đăng ký kế hoạch tái chế", period=ASOF),
    F("đạt 1,54 triệu tấn", "1,54", 1.54e6, "measure", "tấn",
      subject="tổng khối lượng sản phẩm, bao bì được tái chế", period=Y23),
    F("đạt 182.000 tấn", "182.000", 182000, "measure", "tấn",
      change=C("increase", 12, "%", "tỷ lệ tái chế bắt buộc"),
      subject="khối lượng tái chế nhóm pin, ắc quy", period=Y23),
    F("gần 1.240 tỷ", "1.240", 1.24e12, "money", "đồng", approx="nearly",
      subject="tổng số tiền doanh nghiệp đóng góp tài chính vào Quỹ Bảo vệ môi trường Việt Nam", period=I(Y23)),
    F("lithium là 8%", "8", 8, "percent", "%",
      subject="tỷ lệ tái chế bắt buộc đối với pin sạc lithium"),
    F("từ 8 đến 15%", "8", 8, "percent", "%", value_max=15,
      subject="tỷ lệ tái chế bắt buộc đối với thiết bị điện, điện tử"),
    F("Hiện 45/63", "45", 45, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố tổ chức thu gom chất thải điện tử định kỳ"),
    F("lần lượt 286", "286", 286, "count", "điểm", subject=PTS, location="Hà Nội"),
    F("286, 241", "241", 241, "count", "điểm", subject=PTS, location="TP Hồ Chí Minh"),
    F("và 126 điểm", "126", 126, "count", "điểm", subject=PTS, location="Đà Nẵng"),
    F("2025, 100% tỉnh", "100", 100, "percent", "%", status="target",
      subject="tỉnh, thành phố có điểm thu gom pin, thiết bị điện tử thải bỏ", period=BY25),
    F("ít nhất 20%", "20", 20, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ thu gom chất thải điện tử", period=BY25),
]

NOTES = [
    "Ministry site (Bộ Tài nguyên và Môi trường): breadcrumb, '15/03/2024 | 09:20 | Cục …', related links, address footer, licence no.",
    "Distractors: 09:20, Nghị định số 08/2022/NĐ-CP, 'năm 2024' and 'lần thứ 2' in link titles, 'Số 10 Tôn Thất Thuyết', 'Giấy phép số 18/GP-TTĐT'.",
    "National figures: location Việt Nam; the list 'Hà Nội, TP Hồ Chí Minh và Đà Nẵng … lần lượt 286, 241 và 126' gives each item its place.",
    "'khoảng 8-10%' is a range with approx about. '2.316 …, trong đó 1.048 đơn vị' → total 2316 (as-of 31/12/2023).",
    "'riêng nhóm pin, ắc quy đạt 182.000 tấn': 'riêng' is not a part-of cue in the spec, so no total 1,54 triệu.",
    "'vượt 12% so với tỷ lệ tái chế bắt buộc' is a gap to a norm → change increase 12 % with that baseline.",
    "'gần 1.240 tỷ đồng' inherits năm 2023 from the previous sentence. The mandated rates ('Theo quy định … là 8%') are actual (no cue), no period.",
    "'Mục tiêu đến năm 2025, 100% … và tỷ lệ … đạt ít nhất 20%' → both target, start null, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1348-4", TEXT, NOTES, FIGS, published="2024-03-15", location="Việt Nam")
