"""p1398-1: province portal (Thanh Hóa): online appointment booking 9 months 2024, a hospital in thị xã Nghi Sơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội

9 tháng, hơn 412 nghìn lượt người bệnh đặt lịch khám trực tuyến

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.864

Theo Sở Y tế, 9 tháng đầu năm 2024, các cơ sở khám, chữa bệnh trên địa bàn tỉnh đã tiếp nhận 412.650 lượt đặt lịch khám trực tuyến, tăng 37,2% so với cùng kỳ năm 2023, chiếm 8,6% tổng số lượt khám ngoại trú. Trong đó, đặt lịch qua ứng dụng di động 268.300 lượt, qua tổng đài 96.150 lượt, qua trang thông tin điện tử 48.200 lượt.

Tổng số lượt khám ngoại trú toàn tỉnh 9 tháng ước đạt 4,8 triệu lượt, bằng 76,2% kế hoạch năm. Thời gian chờ khám trung bình tại các bệnh viện tuyến tỉnh hiện còn 42 phút, giảm 18 phút so với cùng kỳ; riêng người bệnh đặt lịch trước chỉ phải chờ khoảng 15 phút.

Tại thị xã Nghi Sơn, Bệnh viện Đa khoa An Bình đã bố trí 12 quầy tiếp đón, trong đó 3 quầy dành riêng cho người bệnh đặt lịch trực tuyến, cùng 6 ki-ốt thông minh KS-200 để người bệnh tự lấy số thứ tự. Bình quân mỗi ngày bệnh viện tiếp nhận khoảng 1.350 lượt khám ngoại trú, cao điểm có ngày trên 1.900 lượt. Tổng kinh phí đầu tư hệ thống ki-ốt và phần mềm đặt lịch gần 2,4 tỷ đồng.

Kết quả khảo sát sự hài lòng người bệnh ngoại trú quý III tại 24 bệnh viện công lập đạt bình quân 91,4%; có 5 bệnh viện đạt trên 95%.

Năm 2025, ngành y tế phấn đấu 100% bệnh viện tuyến tỉnh triển khai đặt lịch khám trực tuyến, đưa thời gian chờ khám bình quân xuống dưới 30 phút. Người dân cần hỗ trợ có thể gọi đường dây nóng 1900 9095 của Sở Y tế.

Tin liên quan:
- Thanh Hóa: Tập huấn triển khai bệnh án điện tử đợt 2 năm 2024
- Sở Y tế ban hành Kế hoạch số 215/KH-SYT về cải cách thủ tục khám bệnh
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
NS = "Nghi Sơn"

FIGS = [
    fig("hơn 412 nghìn", "412", 412e3, "count", "lượt", approx="over",
        subject="lượt người bệnh đặt lịch khám trực tuyến", period=NINE_H),
    fig("tiếp nhận 412.650 lượt", "412.650", 412650, "count", "lượt", percent=8.6,
        change=chg("increase", 37.2, "%", "cùng kỳ năm 2023"),
        subject="lượt đặt lịch khám trực tuyến", period=NINE),
    fig("di động 268.300", "268.300", 268300, "count", "lượt", total=412650,
        subject="lượt đặt lịch qua ứng dụng di động", period=inh(NINE)),
    fig("tổng đài 96.150", "96.150", 96150, "count", "lượt", total=412650,
        subject="lượt đặt lịch qua tổng đài", period=inh(NINE)),
    fig("điện tử 48.200", "48.200", 48200, "count", "lượt", total=412650,
        subject="lượt đặt lịch qua trang thông tin điện tử", period=inh(NINE)),
    fig("ước đạt 4,8 triệu", "4,8", 4.8e6, "count", "lượt", percent=76.2, status="estimate",
        subject="tổng số lượt khám ngoại trú toàn tỉnh", period=NINE_S),
    fig("còn 42 phút", "42", 42, "measure", "phút", change=chg("decrease", 18, "phút", "cùng kỳ"),
        subject="thời gian chờ khám trung bình tại các bệnh viện tuyến tỉnh"),
    fig("khoảng 15 phút", "15", 15, "measure", "phút", approx="about",
        subject="thời gian chờ của người bệnh đặt lịch trước"),
    fig("bố trí 12 quầy", "12", 12, "count", "quầy", subject="quầy tiếp đón", location=NS),
    fig("3 quầy", "3", 3, "count", "quầy", total=12,
        subject="quầy dành riêng cho người bệnh đặt lịch trực tuyến", location=NS),
    fig("6 ki-ốt", "6", 6, "count", "ki-ốt", subject="ki-ốt thông minh", location=NS),
    fig("khoảng 1.350 lượt", "1.350", 1350, "measure", "lượt/ngày", approx="about",
        subject="lượt khám ngoại trú bệnh viện tiếp nhận mỗi ngày", location=NS),
    fig("trên 1.900 lượt", "1.900", 1900, "count", "lượt", approx="over",
        subject="lượt khám ngoại trú ngày cao điểm", location=NS),
    fig("gần 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="nearly",
        subject="tổng kinh phí đầu tư hệ thống ki-ốt và phần mềm đặt lịch", location=NS),
    fig("bình quân 91,4%", "91,4", 91.4, "percent", "%",
        subject="sự hài lòng người bệnh ngoại trú", period=Q3),
    fig("tại 24 bệnh viện", "24", 24, "count", "bệnh viện",
        subject="bệnh viện công lập được khảo sát sự hài lòng", period=Q3),
    fig("có 5 bệnh viện", "5", 5, "count", "bệnh viện", subject="bệnh viện đạt hài lòng trên 95%", period=Q3),
    fig("trên 95%", "95", 95, "percent", "%", approx="over",
        subject="sự hài lòng người bệnh ngoại trú của 5 bệnh viện", period=Q3, optional=True),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="bệnh viện tuyến tỉnh triển khai đặt lịch khám trực tuyến", period=Y25),
    fig("dưới 30 phút", "30", 30, "measure", "phút", approx="under", status="target",
        subject="thời gian chờ khám bình quân", period=Y25),
]

NOTES = [
    "Province portal (Thanh Hóa): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.864', related links.",
    "Distractors: 09:35, Lượt xem 1.864, 'KS-200' (kiosk model), hotline '1900 9095', 'đợt 2 năm 2024', 'Kế hoạch số 215/KH-SYT'.",
    "Headline '9 tháng, hơn 412 nghìn' is its own figure (over, 2024 from the dateline).",
    "'Trong đó' parts after a sentence break take total 412.650 (they add up); their period is inherited.",
    "'chiếm 8,6% tổng số lượt khám ngoại trú' and 'bằng 76,2% kế hoạch năm' are percent attributes.",
    "'hiện còn 42 phút, giảm 18 phút so với cùng kỳ' → change in phút; no period (hiện).",
    "Nghi Sơn passage: location Nghi Sơn. 'Bình quân mỗi ngày ... khoảng 1.350 lượt' is a rate (lượt/ngày, measure);",
    "'cao điểm có ngày trên 1.900 lượt' is one day's count (count, over). 'có 5 bệnh viện' has no part-of cue: no total.",
    "'đạt trên 95%' is the threshold that defines the 5 hospitals: optional.",
    "'quý III' takes 2024 (nearest earlier period '9 tháng'). 'phấn đấu' governs both clauses of the last figure sentence.",
]

if __name__ == "__main__":
    write("p1398-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Thanh Hóa")
