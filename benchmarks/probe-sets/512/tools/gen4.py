"""p512-4: ministry site (Bộ LĐ-TB&XH), national lump-sum BHXH withdrawals and pensions 2023, Resolution 28 targets."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ » Tin tức » Bảo hiểm xã hội
Năm 2023, hơn 1 triệu người hưởng BHXH một lần
Ngày đăng: 26/02/2024 | Lượt xem: 1.874

Theo báo cáo của Bảo hiểm xã hội Việt Nam, trong năm 2023 cả nước có 1.036.286 người hưởng BHXH một lần, tăng 15,4% so với năm 2022. Trong số này, 856.717 người thuộc đối tượng BHXH bắt buộc, chiếm 82,7%; còn lại 179.569 người thuộc đối tượng BHXH tự nguyện.

Số người hưởng tập trung ở các địa phương có nhiều khu công nghiệp như TP Hồ Chí Minh (212.600 người), Bình Dương (138.400 người) và Đồng Nai (79.900 người). Ước tính có từ 30 đến 40% số người đã nhận BHXH một lần sau đó quay lại tham gia hệ thống.

Cũng trong năm 2023, cả nước có 152.310 người bắt đầu hưởng lương hưu, nâng tổng số người hưởng lương hưu, trợ cấp BHXH hằng tháng lên gần 3,4 triệu người. Mức lương hưu bình quân của người nghỉ hưu mới là 6,3 triệu đồng/người/tháng; tổng số tiền chi các chế độ BHXH trong năm khoảng 236.000 tỷ đồng.

Thứ trưởng Nguyễn Văn Hồi cho biết, Luật BHXH (sửa đổi) dự kiến được Quốc hội thông qua tại Kỳ họp thứ 7 sẽ góp phần hạn chế tình trạng rút BHXH một lần. Mục tiêu đến năm 2025 có khoảng 45% lực lượng lao động trong độ tuổi tham gia BHXH, trong đó nông dân và lao động khu vực phi chính thức tham gia BHXH tự nguyện chiếm khoảng 2,5%; đến năm 2030 đạt khoảng 60%.

Cổng thông tin điện tử Bộ LĐ-TB&XH - Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.38269556
"""

Y23 = P("trong năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 1 triệu người", "1", 1000000, "count", "người", "người hưởng BHXH một lần",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("có 1.036.286 người", "1.036.286", 1036286, "count", "người", "người hưởng BHXH một lần", Y23,
      change=CH("increase", 15.4, baseline="năm 2022")),
    F("856.717 người", "856.717", 856717, "count", "người", "người hưởng BHXH một lần thuộc đối tượng BHXH bắt buộc", I(Y23),
      total=1036286, percent=82.7),
    F("179.569 người", "179.569", 179569, "count", "người", "người hưởng BHXH một lần thuộc đối tượng BHXH tự nguyện", I(Y23),
      total=1036286),
    F("(212.600 người)", "212.600", 212600, "count", "người", "người hưởng BHXH một lần", I(Y23), location="TP. Hồ Chí Minh"),
    F("(138.400 người)", "138.400", 138400, "count", "người", "người hưởng BHXH một lần", I(Y23), location="Bình Dương"),
    F("(79.900 người)", "79.900", 79900, "count", "người", "người hưởng BHXH một lần", I(Y23), location="Đồng Nai"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "số người đã nhận BHXH một lần quay lại tham gia hệ thống",
      value_max=40, status="estimate"),
    F("có 152.310 người", "152.310", 152310, "count", "người", "người bắt đầu hưởng lương hưu",
      P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")),
    F("gần 3,4 triệu người", "3,4", 3400000, "count", "người", "tổng số người hưởng lương hưu, trợ cấp BHXH hằng tháng",
      P("Cũng trong năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("là 6,3 triệu đồng/người/tháng", "6,3", 6300000, "money", "đồng/người/tháng",
      "mức lương hưu bình quân của người nghỉ hưu mới", I(Y23)),
    F("khoảng 236.000 tỷ đồng", "236.000", 236000000000000, "money", "đồng", "tổng số tiền chi các chế độ BHXH",
      P("trong năm", "2023-01-01", "2023-12-31"), approx="about"),
    F("khoảng 45% lực lượng", "45", 45, "percent", "%", "lực lượng lao động trong độ tuổi tham gia BHXH", T25,
      approx="about", status="target"),
    F("chiếm khoảng 2,5%", "2,5", 2.5, "percent", "%",
      "nông dân và lao động khu vực phi chính thức tham gia BHXH tự nguyện", T25,
      approx="about", total=45, status="target"),
    F("đạt khoảng 60%", "60", 60, "percent", "%", "lực lượng lao động trong độ tuổi tham gia BHXH",
      P("đến năm 2030", None, "2030-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ LĐ-TB&XH, invented): BHXH một lần and pensions in 2023 (national), Resolution 28 coverage targets 2025/2030.",
    "Distractors: breadcrumb, 'Ngày đăng: 26/02/2024', 'Lượt xem: 1.874', 'Kỳ họp thứ 7' (ordinal), 'Số 12 Ngô Quyền', phone 024.38269556.",
    "National figures: location Việt Nam; the province items (TP Hồ Chí Minh, Bình Dương, Đồng Nai) take their own location, the list's",
    "indicator as subject; the list has no part-of cue, so no total. 'Trong số này' parts take 1.036.286 as total.",
    "'2,5%' after 'trong đó' is a part of the 45% (same unit, same target year; cf. shared h08): total 45.",
    "'trong năm' in the 236.000 tỷ clause resolves to 2023; the 6,3 triệu clause before it inherits 2023 (not scored).",
]

if __name__ == "__main__":
    emit("p512-4", TEXT, COMMENTS, FIGS, published="2024-02-26", location="Việt Nam")
