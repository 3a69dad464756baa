"""p514-6: national press (VnExpress style) — unemployment and labour force, Q2/2024 (GSO)."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Vĩ mô

Thứ bảy, 6/7/2024, 09:15 (GMT+7)

Tỷ lệ thất nghiệp quý II giảm còn 2,26%

Cả nước có khoảng 1,07 triệu người thất nghiệp trong độ tuổi lao động trong quý II, giảm 8.100 người so với quý trước.

Theo báo cáo Tổng cục Thống kê công bố sáng 6/7, tỷ lệ thất nghiệp của lao động trong độ tuổi quý II/2024 là 2,26%, giảm 0,03 điểm phần trăm so với quý trước và giảm 0,04 điểm phần trăm so với cùng kỳ năm trước. Trong đó, tỷ lệ thất nghiệp khu vực thành thị là 2,61%, khu vực nông thôn là 2,04%. Tỷ lệ thất nghiệp của thanh niên (từ 15 đến 24 tuổi) là 7,95%.

Lực lượng lao động từ 15 tuổi trở lên quý II ước đạt 52,5 triệu người, cao hơn 147.800 người so với quý trước. Tỷ lệ tham gia lực lượng lao động đạt 68,6%.

Thu nhập bình quân tháng của người lao động trong quý là 7,5 triệu đồng, tăng 8,8% so với cùng kỳ năm 2023. Thu nhập của lao động nam cao gấp 1,34 lần lao động nữ.

Tính chung 6 tháng đầu năm, số lao động có việc làm ước đạt 51,3 triệu người, tăng 0,6% so với cùng kỳ năm trước.

Theo ông Phạm Hoài Nam, Vụ trưởng Vụ Thống kê Dân số và Lao động, trong quý II cả nước có khoảng 640.000 người bị ảnh hưởng tiêu cực bởi tình hình kinh tế, trong đó 37.000 người bị mất việc, 172.000 người phải tạm nghỉ, tạm ngừng sản xuất kinh doanh và 412.000 người bị giảm giờ làm hoặc phải nghỉ giãn việc.

Phương Dung
"""

Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
Q2b = P("quý II", "2024-04-01", "2024-06-30")
Q2t = P("trong quý II", "2024-04-01", "2024-06-30")

FIGS = [
    F("giảm còn 2,26%", "2,26", 2.26, "percent", "%",
      "Tỷ lệ thất nghiệp", P("quý II", "2024-04-01", "2024-06-30")),
    F("khoảng 1,07 triệu người", "1,07", 1.07e6, "count", "người",
      "người thất nghiệp trong độ tuổi lao động", Q2t, approx="about",
      change=CH("decrease", 8100, "người", "quý trước")),
    F("là 2,26%", "2,26", 2.26, "percent", "%",
      "tỷ lệ thất nghiệp của lao động trong độ tuổi", Q2,
      change=CH("decrease", 0.03, "điểm phần trăm", "quý trước")),
    F("giảm 0,04 điểm phần trăm", "0,04", 0.04, "measure", "điểm phần trăm",
      "tỷ lệ thất nghiệp của lao động trong độ tuổi so với cùng kỳ", Q2, optional=True),
    F("là 2,61%", "2,61", 2.61, "percent", "%",
      "tỷ lệ thất nghiệp khu vực thành thị", I(Q2)),
    F("là 2,04%", "2,04", 2.04, "percent", "%",
      "tỷ lệ thất nghiệp khu vực nông thôn", I(Q2)),
    F("(từ 15 đến 24 tuổi)", "15", 15, "measure", "tuổi", value_max=24, optional=True),
    F("là 7,95%", "7,95", 7.95, "percent", "%",
      "Tỷ lệ thất nghiệp của thanh niên", I(Q2)),
    F("từ 15 tuổi trở lên", "15", 15, "measure", "tuổi", approx="at_least", optional=True),
    F("ước đạt 52,5 triệu người", "52,5", 52.5e6, "count", "người",
      "Lực lượng lao động từ 15 tuổi trở lên", Q2b, status="estimate",
      change=CH("increase", 147800, "người", "quý trước")),
    F("đạt 68,6%", "68,6", 68.6, "percent", "%",
      "Tỷ lệ tham gia lực lượng lao động", I(Q2)),
    F("là 7,5 triệu đồng", "7,5", 7.5e6, "money", "đồng",
      "Thu nhập bình quân tháng của người lao động", P("trong quý", "2024-04-01", "2024-06-30"),
      change=CH("increase", 8.8, "%", "cùng kỳ năm 2023")),
    F("gấp 1,34 lần", "1,34", 1.34, "multiple", "lần",
      "Thu nhập của lao động nam so với lao động nữ", I(Q2)),
    F("ước đạt 51,3 triệu người", "51,3", 51.3e6, "count", "người",
      "số lao động có việc làm", P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), status="estimate",
      change=CH("increase", 0.6, "%", "cùng kỳ năm trước")),
    F("khoảng 640.000 người", "640.000", 640000, "count", "người",
      "người bị ảnh hưởng tiêu cực bởi tình hình kinh tế", Q2t, approx="about"),
    F("đó 37.000 người", "37.000", 37000, "count", "người",
      "người bị mất việc", Q2t, total=640000),
    F("172.000 người", "172.000", 172000, "count", "người",
      "người phải tạm nghỉ, tạm ngừng sản xuất kinh doanh", Q2t, total=640000),
    F("412.000 người", "412.000", 412000, "count", "người",
      "người bị giảm giờ làm hoặc phải nghỉ giãn việc", Q2t, total=640000),
]

COMMENTS = [
    "National press (VnExpress style): thất nghiệp và lực lượng lao động quý II/2024 theo Tổng cục Thống kê. Dateline",
    "'Thứ bảy, 6/7/2024, 09:15 (GMT+7)'; byline at the end. Distractors: '(GMT+7)', '09:15', 'sáng 6/7', names.",
    "National: location Việt Nam. 'quý II' without a year takes 2024 from the dateline; 'trong quý' = that quarter (as 'trong tháng').",
    "2,26% 'giảm 0,03 điểm phần trăm so với quý trước và giảm 0,04 … so với cùng kỳ': the first is its change, the second an",
    "optional figure (FIGURES.md: one of each attribute). Headline 2,26% has no change value ('giảm còn'). Age bounds",
    "'(từ 15 đến 24 tuổi)', 'từ 15 tuổi trở lên' are optional (cf. h24). 'gấp 1,34 lần' standing alone is a multiple.",
    "640.000 … 'trong đó' 37.000, 172.000, 412.000: parts with total 640.000 (they need not add up).",
]

if __name__ == "__main__":
    emit("p514-6", TEXT, COMMENTS, FIGS, published="2024-07-06", location="Việt Nam")
