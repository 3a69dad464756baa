"""p1418-8: radio/TV site (Đài PT-TH Đồng Nai): a textile firm in Nhơn Trạch replaces motors with high-efficiency ones."""
from lib import fig, per, chg, write

TEXT = """ĐỒNG NAI TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG NAI
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Doanh nghiệp ở Nhơn Trạch tiết kiệm gần 2 triệu kWh mỗi năm nhờ thiết bị hiệu suất cao

Cập nhật: 16:45, 12/09/2024

ĐNRTV - Thay động cơ hiệu suất cao, lắp biến tần và đèn LED, nhiều doanh nghiệp trong các khu công nghiệp đã giảm đáng kể chi phí điện năng.

Tại Công ty TNHH Dệt may Phú Long ở KCN Nhơn Trạch 3, huyện Nhơn Trạch, từ năm 2022 đến nay công ty đã đầu tư 4,2 tỷ đồng thay thế 126 động cơ cũ bằng động cơ hiệu suất cao IE3, lắp biến tần cho 48 máy bơm, quạt gió. Nhờ đó, mỗi năm công ty tiết kiệm khoảng 1,85 triệu kWh, tương đương khoảng 3,9 tỷ đồng tiền điện; thời gian hoàn vốn chưa đến 2 năm.

Ông Đặng Văn Tài, Phó Giám đốc công ty cho biết, năm nay công ty dự kiến lắp thêm hệ thống điện mặt trời mái nhà công suất 1,2 MWp, đáp ứng khoảng 15% nhu cầu điện của nhà máy.

Theo Sở Công Thương, toàn tỉnh hiện có 352 cơ sở sử dụng năng lượng trọng điểm, đứng thứ 3 cả nước (sau TP Hồ Chí Minh và Bình Dương). 8 tháng đầu năm 2024, điện thương phẩm toàn tỉnh đạt 13,4 tỷ kWh, tăng 9,8% so với cùng kỳ, trong đó điện cho công nghiệp - xây dựng chiếm 78,2%. Mục tiêu đến năm 2025, các doanh nghiệp trên địa bàn tiết kiệm từ 5 đến 7% điện năng so với năm 2019.

Hải Yến - Quốc Bảo

Video liên quan:
- Đồng Nai: Ra mắt mô hình "Khu công nghiệp sinh thái" tại KCN Amata
- Bản tin Thời sự 19h ngày 11/9/2024
"""

SINCE = per("từ năm 2022 đến nay", "2022-01-01", "2024-09-12")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
E8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
T25 = per("đến năm 2025", None, "2025-12-31")
NT = "Nhơn Trạch"

FIGS = [
    fig("gần 2 triệu", "2", 2e6, "measure", "kWh/năm", approx="nearly",
        subject="điện năng doanh nghiệp tiết kiệm", location=NT),
    fig("đầu tư 4,2 tỷ", "4,2", 4.2e9, "money", "đồng",
        subject="vốn đầu tư thay thế động cơ cũ bằng động cơ hiệu suất cao", period=SINCE, location=NT),
    fig("thay thế 126 động cơ", "126", 126, "count", "động cơ",
        subject="động cơ cũ thay thế bằng động cơ hiệu suất cao IE3", period=SINCE, location=NT),
    fig("cho 48 máy", "48", 48, "count", "máy bơm, quạt gió",
        subject="máy bơm, quạt gió được lắp biến tần", period=SINCE, location=NT),
    fig("khoảng 1,85 triệu", "1,85", 1.85e6, "measure", "kWh/năm", approx="about",
        subject="điện năng công ty tiết kiệm mỗi năm", location=NT),
    fig("khoảng 3,9 tỷ", "3,9", 3.9e9, "money", "đồng/năm", approx="about",
        subject="tiền điện công ty tiết kiệm", location=NT),
    fig("chưa đến 2 năm", "2", 2, "measure", "năm", approx="under", subject="thời gian hoàn vốn", location=NT),
    fig("công suất 1,2 MWp", "1,2", 1.2, "measure", "MWp", status="forecast",
        subject="công suất hệ thống điện mặt trời mái nhà", period=NOW, location=NT),
    fig("khoảng 15%", "15", 15, "percent", "%", approx="about", status="forecast",
        subject="nhu cầu điện của nhà máy được hệ thống điện mặt trời đáp ứng", period=NOW, location=NT),
    fig("có 352 cơ sở", "352", 352, "count", "cơ sở", subject="cơ sở sử dụng năng lượng trọng điểm"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="cơ sở sử dụng năng lượng trọng điểm"),
    fig("đạt 13,4 tỷ", "13,4", 13.4e9, "measure", "kWh", change=chg("increase", 9.8, "%", "cùng kỳ"),
        subject="điện thương phẩm toàn tỉnh", period=E8),
    fig("chiếm 78,2%", "78,2", 78.2, "percent", "%",
        subject="điện cho công nghiệp - xây dựng trong điện thương phẩm", period=E8),
    fig("từ 5 đến 7%", "5", 5, "percent", "%", value_max=7, status="target",
        subject="điện năng các doanh nghiệp tiết kiệm so với năm 2019", period=T25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Nai): channel banner, menu, 'Cập nhật: 16:45, 12/09/2024', tag 'ĐNRTV -', bylines, related videos.",
    "Distractors: 16:45, 'KCN Nhơn Trạch 3', 'IE3' (a motor efficiency class), 'Bản tin Thời sự 19h ngày 11/9/2024', 'KCN Amata',",
    "'năm 2019' as a baseline.",
    "The firm is in huyện Nhơn Trạch: location Nhơn Trạch for its figures, also the headline ('Doanh nghiệp ở Nhơn Trạch').",
    "'từ năm 2022 đến nay' ends at the dateline 2024-09-12. 'mỗi năm ... khoảng 1,85 triệu kWh, tương đương khoảng 3,9 tỷ đồng' : rates per year,",
    "the money is an equivalent (its own figure). 'chưa đến 2 năm' (payback time) → measure, under.",
    "'năm nay công ty dự kiến ...' → forecast, 2024; the clause 'đáp ứng khoảng 15%' continues it.",
    "'đứng thứ 3 cả nước' : rank of the province (location Đồng Nai); the bracketed provinces are the ones ahead, not figures.",
    "'trong đó điện cho công nghiệp - xây dựng chiếm 78,2%' → percent figure of its own (no amount before it in its clause).",
    "'Mục tiêu đến năm 2025 ... từ 5 đến 7%' → target, start null; 'so với năm 2019' is the base of the saving, not a period.",
]

if __name__ == "__main__":
    write("p1418-8", TEXT, NOTES, FIGS, published="2024-09-12", location="Đồng Nai")
