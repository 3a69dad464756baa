"""p503-6: national press (VnExpress style), QR and cashless payments in rural areas, Mobile Money, Cần Thơ, 2025 targets."""
from lib import F, P, I, CH, TG, emit

TEXT = """Kinh doanh › Ngân hàng

Thứ hai, 10/6/2024, 07:00 (GMT+7)

Thanh toán QR tăng 96,4% trong 5 tháng đầu năm

Thanh toán qua mã QR 5 tháng đầu năm tăng 96,4% về số lượng và 104,5% về giá trị so với cùng kỳ 2023, phần lớn nhờ các xã, chợ quê chuyển sang không dùng tiền mặt.

Số liệu Ngân hàng Nhà nước công bố ngày 7/6 cho thấy, 5 tháng đầu năm 2024, giao dịch thanh toán không dùng tiền mặt tăng 58,2% về số lượng và 35,1% về giá trị; qua kênh điện thoại di động tăng lần lượt 61,9% và 38,4%.

Hiện cả nước có hơn 87% người trưởng thành có tài khoản ngân hàng. Dịch vụ Mobile Money sau gần 3 năm thí điểm đã có 7,2 triệu khách hàng, trong đó khoảng 5 triệu khách hàng ở khu vực nông thôn, vùng sâu, vùng xa, chiếm 69,4%. Cả nước còn 3.187 xã chưa có điểm giao dịch ngân hàng, giảm 412 xã so với năm 2022.

Tại TP Cần Thơ, 100% xã, phường đã thu phí, lệ phí hành chính qua mã QR; số giao dịch chi trả trợ cấp xã hội qua tài khoản tăng từ 30 đến 40% mỗi quý.

Đại diện Vụ Thanh toán (Ngân hàng Nhà nước) cho biết, mục tiêu đến năm 2025, trên 80% người trưởng thành có tài khoản, 50% người dân ở nông thôn sử dụng dịch vụ thanh toán điện tử. Để hỗ trợ khách hàng, các ngân hàng duy trì tổng đài 1900 545413 và miễn phí chuyển khoản dưới 500.000 đồng tại nhiều điểm giao dịch ở Quốc lộ 1A đoạn qua các tỉnh miền Tây.

Minh Sơn
"""

M5h = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("QR tăng 96,4% trong", "96,4", 96.4, "percent", "%", "thanh toán QR", M5h),
    F("tăng 96,4% về số lượng", "96,4", 96.4, "percent", "%", "thanh toán qua mã QR về số lượng", M5h),
    F("và 104,5% về giá trị", "104,5", 104.5, "percent", "%", "thanh toán qua mã QR về giá trị", M5h),
    F("tăng 58,2% về số lượng", "58,2", 58.2, "percent", "%", "giao dịch thanh toán không dùng tiền mặt về số lượng", M5),
    F("và 35,1% về giá trị", "35,1", 35.1, "percent", "%", "giao dịch thanh toán không dùng tiền mặt về giá trị", M5),
    F("lần lượt 61,9%", "61,9", 61.9, "percent", "%", "giao dịch qua kênh điện thoại di động về số lượng", M5),
    F("và 38,4%", "38,4", 38.4, "percent", "%", "giao dịch qua kênh điện thoại di động về giá trị", M5),
    F("hơn 87% người", "87", 87, "percent", "%", "người trưởng thành có tài khoản ngân hàng", approx="over"),
    F("có 7,2 triệu khách hàng", "7,2", 7200000, "count", "khách hàng", "khách hàng Mobile Money"),
    F("khoảng 5 triệu khách hàng", "5", 5000000, "count", "khách hàng",
      "khách hàng Mobile Money ở khu vực nông thôn, vùng sâu, vùng xa", approx="about", total=7200000, percent=69.4),
    F("còn 3.187 xã", "3.187", 3187, "count", "xã", "xã chưa có điểm giao dịch ngân hàng",
      change=CH("decrease", 412, "xã", "năm 2022")),
    F("Cần Thơ, 100% xã", "100", 100, "percent", "%", "xã, phường thu phí, lệ phí hành chính qua mã QR",
      location="Cần Thơ"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "số giao dịch chi trả trợ cấp xã hội qua tài khoản mỗi quý",
      value_max=40, location="Cần Thơ"),
    F("trên 80% người", "80", 80, "percent", "%", "người trưởng thành có tài khoản", T25, approx="over", status="target"),
    F("50% người dân", "50", 50, "percent", "%", "người dân ở nông thôn sử dụng dịch vụ thanh toán điện tử", T25,
      status="target"),
    F("dưới 500.000 đồng", "500.000", 500000, "money", "đồng", "chuyển khoản miễn phí", approx="under", optional=True),
]

COMMENTS = [
    "National press (VnExpress style, invented): 'Thứ hai, 10/6/2024, 07:00 (GMT+7)'; QR/cashless growth 5 months 2024, Mobile Money.",
    "Growth rates that are the claim ('tăng 96,4% về số lượng', 'tăng từ 30 đến 40% mỗi quý') are percent figures with no change.",
    "'5 tháng đầu năm' without a year takes 2024 from the dateline above the headline. 'Hiện' sentences get no period.",
    "'khoảng 5 triệu ... trong đó ..., chiếm 69,4%' is a part of 7,2 triệu (total) with percent 69.4.",
    "'dưới 500.000 đồng' is a threshold for free transfers: optional. 'sau gần 3 năm thí điểm' is a duration locating the figure: not a figure.",
    "Distractors: (GMT+7), 07:00, 'ngày 7/6', '1900 545413', 'Quốc lộ 1A', 'cùng kỳ 2023'.",
]

if __name__ == "__main__":
    emit("p503-6", TEXT, COMMENTS, FIGS, published="2024-06-10", location="Việt Nam")
