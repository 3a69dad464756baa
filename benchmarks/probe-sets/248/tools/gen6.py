from lib import F, P, C, T, write

TEXT = """Tháo gỡ vướng mắc trong mua sắm thuốc, trang thiết bị y tế tại các bệnh viện

Ngày 16/10, Bộ Y tế tổ chức hội nghị trực tuyến với 63 Sở Y tế và các bệnh viện trực thuộc Bộ về công tác đấu thầu, mua sắm thuốc, trang thiết bị y tế theo Luật Đấu thầu số 22/2023/QH15 và Nghị định số 24/2024/NĐ-CP.

Theo báo cáo, từ đầu năm đến nay, các bệnh viện trực thuộc Bộ đã tổ chức lựa chọn nhà thầu 1.246 gói thầu với tổng giá trị khoảng 12,8 nghìn tỷ đồng, trong đó các gói thầu mua sắm trang thiết bị y tế là 3,45 nghìn tỷ đồng. Giá trị tiết kiệm qua đấu thầu đạt 486 tỷ đồng, tương đương 3,8%.

Tuy nhiên, tính đến ngày 30/9/2024, vẫn còn 18/63 địa phương có bệnh viện thiếu thuốc, vật tư y tế cục bộ; khoảng 27% bệnh viện tuyến tỉnh chưa hoàn thành kế hoạch lựa chọn nhà thầu thuốc.

Quý III/2024, Bộ Y tế đã cấp mới 1.532 số đăng ký lưu hành thuốc, gia hạn 4.870 số đăng ký, nâng tổng số thuốc có giấy đăng ký lưu hành còn hiệu lực lên hơn 22.000 số.

Về trang thiết bị, tính đến tháng 9/2024 cả nước có khoảng 2.450 máy chụp cắt lớp vi tính (CT) và 680 máy cộng hưởng từ (MRI); thiết bị chẩn đoán hình ảnh đã sử dụng trên 10 năm chiếm gần 35%. Bộ Y tế đặt mục tiêu giai đoạn 2021-2025 trang bị ít nhất 1 máy MRI/bệnh viện tuyến tỉnh.

Thứ trưởng Trần Văn Thuấn yêu cầu các đơn vị khẩn trương hoàn thành mua sắm trước ngày 31/12/2024, tránh để thiếu thuốc kéo dài; các vướng mắc gửi về Vụ Kế hoạch - Tài chính, số 138A Giảng Võ, Ba Đình, Hà Nội.

Hà An
17/10/2024
"""

S = P("từ đầu năm đến nay", "2024-01-01", "2024-10-17")
Si = P("từ đầu năm đến nay", "2024-01-01", "2024-10-17", inh=True)
A9 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("tính đến tháng 9/2024", None, "2024-09-30")
G = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
figs = [
    F("với 63 Sở Y tế", "63", "count", "Sở Y tế", "Sở Y tế dự hội nghị trực tuyến", optional=True),
    F("thầu 1.246 gói thầu", "1.246", "count", "gói thầu",
      "gói thầu các bệnh viện trực thuộc Bộ đã tổ chức lựa chọn nhà thầu", period=S),
    F("khoảng 12,8 nghìn tỷ", "12,8", "money", "đồng", "tổng giá trị gói thầu", mult=1e12, approx="about",
      period=S),
    F("là 3,45 nghìn tỷ", "3,45", "money", "đồng", "gói thầu mua sắm trang thiết bị y tế", mult=1e12,
      total=12.8e12, period=S),
    F("đạt 486 tỷ đồng", "486", "money", "đồng", "giá trị tiết kiệm qua đấu thầu", mult=1e9, percent=3.8,
      period=Si),
    F("còn 18/63 địa phương", "18", "count", "địa phương",
      "địa phương có bệnh viện thiếu thuốc, vật tư y tế cục bộ", total=63, period=A9),
    F("khoảng 27% bệnh viện", "27", "percent", "%",
      "bệnh viện tuyến tỉnh chưa hoàn thành kế hoạch lựa chọn nhà thầu thuốc", approx="about", period=A9),
    F("cấp mới 1.532 số", "1.532", "count", "số đăng ký lưu hành thuốc", "số đăng ký lưu hành thuốc cấp mới",
      period=Q3),
    F("gia hạn 4.870 số", "4.870", "count", "số đăng ký", "số đăng ký gia hạn", period=Q3),
    F("hơn 22.000 số", "22.000", "count", "số", "thuốc có giấy đăng ký lưu hành còn hiệu lực", approx="over",
      period=Q3),
    F("khoảng 2.450 máy", "2.450", "count", "máy chụp cắt lớp vi tính", "máy chụp cắt lớp vi tính (CT)",
      approx="about", period=M9),
    F("và 680 máy", "680", "count", "máy cộng hưởng từ", "máy cộng hưởng từ (MRI)", period=M9),
    F("trên 10 năm", "10", "measure", "năm", "thời gian sử dụng thiết bị", approx="over", optional=True),
    F("gần 35%", "35", "percent", "%", "thiết bị chẩn đoán hình ảnh đã sử dụng trên 10 năm", approx="nearly",
      period=M9),
    F("ít nhất 1 máy", "1", "measure", "máy/bệnh viện", "máy MRI trang bị cho bệnh viện tuyến tỉnh",
      approx="at_least", status="target", period=G),
]

write(6, TEXT, figs, [
    "Ministry site (Bộ Y tế): đấu thầu, mua sắm thuốc và trang thiết bị, quý III/2024. No dateline at the top: byline + bare date at the end.",
    "Distractors: 'Ngày 16/10', Luật Đấu thầu số 22/2023/QH15, Nghị định số 24/2024/NĐ-CP, 'trước ngày 31/12/2024', address 'số 138A Giảng Võ'.",
    "National figures: location Việt Nam. '63 Sở Y tế' (participants of the meeting) and the threshold 'trên 10 năm' are optional.",
    "'từ đầu năm đến nay' ends at the article's date (17/10/2024). 'trong đó ... là 3,45 nghìn tỷ' has total 12,8 nghìn tỷ;",
    "'tương đương 3,8%' is the percent of 486 tỷ. '18/63 địa phương': total 63. 'ít nhất 1 máy MRI/bệnh viện' is a rate: unit carries the denominator.",
], published="2024-10-17", location="Việt Nam")
