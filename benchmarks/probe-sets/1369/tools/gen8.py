"""p1369-8: radio/TV site (LA34, Đài PT-TH Long An): online scams in quý I/2025."""
from lib import fig, per, inh, chg, write

TEXT = """LA34 - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LONG AN
Thời sự | Kinh tế | Xã hội | Pháp luật | Video

Quý I/2025: Long An ghi nhận 39 vụ lừa đảo qua mạng

Thứ Sáu, 04/04/2025 - 17:20

(LA34) - Quý I/2025, Công an tỉnh Long An ghi nhận 39 vụ lừa đảo chiếm đoạt tài sản qua mạng, giảm 14 vụ so với cùng kỳ năm 2024; thiệt hại hơn 15,8 tỷ đồng, giảm 26,4%. Riêng tháng 3 xảy ra 11 vụ. Số vụ của Long An đứng thứ 4 trong 13 tỉnh, thành phố vùng Đồng bằng sông Cửu Long.

Thủ đoạn phổ biến là giả danh nhân viên điện lực gọi điện thông báo cắt điện, yêu cầu thanh toán tiền điện qua đường link lạ; mạo danh cán bộ bảo hiểm xã hội hỗ trợ "cài đặt lại VssID". Tại huyện Đức Hòa, bà N.T.H. (65 tuổi) bị chiếm đoạt 780 triệu đồng sau khi cài ứng dụng giả mạo.

Trung tá Nguyễn Văn Phước, Phó Trưởng phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh cho biết, trong quý, đơn vị đã xác minh, truy vết 23 vụ, bắt 9 đối tượng, thu hồi khoảng 2,1 tỷ đồng; tỷ lệ thu hồi tài sản mới đạt 13,3%.

Năm nay, Công an tỉnh phấn đấu làm rõ trên 50% số vụ lừa đảo qua mạng. Trong quý II, đơn vị dự kiến tổ chức 60 buổi tuyên truyền lưu động tại các xã, phường, thị trấn; mục tiêu đến cuối năm 2025 có 100% hộ gia đình được hướng dẫn cách nhận diện cuộc gọi lừa đảo.

Người dân cần hỗ trợ có thể gọi đường dây nóng 0272.3826.114.

Tin cùng chuyên mục:
- Cảnh giác chiêu trò mạo danh nhân viên điện lực
- Long An: Ra mắt mô hình "Tổ liên gia an toàn phòng cháy chữa cháy"
"""

Q1H = per("Quý I/2025", "2025-01-01", "2025-03-31")
Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
INQ = per("trong quý", "2025-01-01", "2025-03-31")
MAR = per("tháng 3", "2025-03-01", "2025-03-31")
Y25 = per("Năm nay", "2025-01-01", "2025-12-31")
Q2 = per("Trong quý II", "2025-04-01", "2025-06-30")
EOY = per("đến cuối năm 2025", None, "2025-12-31")

FIGS = [
    fig("Quý I/2025: Long An ghi nhận 39", "39", 39, "count", "vụ",
        subject="vụ lừa đảo qua mạng", period=Q1H),
    fig("tỉnh Long An ghi nhận 39", "39", 39, "count", "vụ",
        change=chg("decrease", 14, "vụ", "cùng kỳ năm 2024"),
        subject="vụ lừa đảo chiếm đoạt tài sản qua mạng", period=Q1),
    fig("hơn 15,8 tỷ", "15,8", 15.8e9, "money", "đồng", approx="over",
        change=chg("decrease", 26.4, "%"), subject="thiệt hại", period=Q1),
    fig("xảy ra 11 vụ", "11", 11, "count", "vụ", subject="vụ lừa đảo qua mạng", period=MAR),
    fig("đứng thứ 4", "4", 4, "rank", "hạng", total=13,
        subject="số vụ lừa đảo qua mạng", period=inh(Q1)),
    fig("(65 tuổi)", "65", 65, "measure", "tuổi", subject="tuổi bị hại", location="Đức Hòa", optional=True),
    fig("chiếm đoạt 780 triệu", "780", 780e6, "money", "đồng",
        subject="số tiền bà N.T.H. bị chiếm đoạt", location="Đức Hòa"),
    fig("truy vết 23 vụ", "23", 23, "count", "vụ", subject="vụ xác minh, truy vết", period=INQ),
    fig("bắt 9 đối tượng", "9", 9, "count", "đối tượng", subject="đối tượng bị bắt", period=INQ),
    fig("khoảng 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", approx="about",
        subject="số tiền thu hồi", period=INQ),
    fig("đạt 13,3%", "13,3", 13.3, "percent", "%", subject="tỷ lệ thu hồi tài sản", period=INQ),
    fig("trên 50%", "50", 50, "percent", "%", approx="over", status="target",
        subject="làm rõ số vụ lừa đảo qua mạng", period=Y25),
    fig("tổ chức 60 buổi", "60", 60, "count", "buổi", status="forecast",
        subject="buổi tuyên truyền lưu động", period=Q2),
    fig("có 100% hộ", "100", 100, "percent", "%", status="target",
        subject="hộ gia đình được hướng dẫn cách nhận diện cuộc gọi lừa đảo", period=EOY),
]

NOTES = [
    "Radio/TV site (LA34, Đài PT-TH Long An): menu, headline, 'Thứ Sáu, 04/04/2025 - 17:20', tag '(LA34) -', related links.",
    "Distractors: the station name 'LA34' (twice), 17:20, 'Quý I/2025' as a period, 'VssID', 'Trung tá', 'N.T.H.', hotline 0272.3826.114.",
    "Headline '39 vụ' is its own figure with period Quý I/2025. 'giảm 14 vụ so với cùng kỳ năm 2024' → change in vụ; 'giảm 26,4%' → change of 15,8 tỷ.",
    "'Riêng tháng 3' → 2025-03 (no total: 'riêng' is no cue). 'đứng thứ 4 trong 13 tỉnh, thành phố' → rank 4 with total 13; location Long An.",
    "The victim's age '(65 tuổi)' is optional (ages are optional in the shared gold). Đức Hòa is the district of that case.",
    "'tỷ lệ thu hồi tài sản mới đạt 13,3%' names its own indicator ('tỷ lệ'), so it is a percent figure, not the percent of 2,1 tỷ.",
    "'Năm nay' = 2025 (published). 'dự kiến' → forecast; 'mục tiêu đến cuối năm 2025' → target, as-of end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1369-8", TEXT, NOTES, FIGS, published="2025-04-04", location="Long An")
