"""p1552-1: province portal (Bình Dương): exports of paper straws and paper cups, 9 months of 2024."""
from lib import F, P, inh, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu ống hút giấy, cốc giấy 9 tháng tăng hơn 18%

Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.962

Theo Sở Công Thương tỉnh Bình Dương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu ống hút giấy và cốc giấy của các doanh nghiệp trên địa bàn ước đạt 86,4 triệu USD, tăng 18,3% so với cùng kỳ năm 2023, bằng 78,5% kế hoạch năm. Trong đó, ống hút giấy ước đạt 51,2 triệu USD, cốc giấy và nắp giấy khoảng 35,2 triệu USD. Thị trường EU chiếm khoảng 46% kim ngạch, tiếp đến là Hoa Kỳ và Nhật Bản. Với kết quả này, Bình Dương đứng thứ ba cả nước về xuất khẩu ống hút giấy.

Hiện toàn tỉnh có 14 doanh nghiệp sản xuất ống hút giấy, cốc giấy, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại các khu công nghiệp Nam Tân Uyên, Đồng An 2 và Bàu Bàng. Tổng công suất thiết kế đạt 4,2 tỷ ống hút/năm và khoảng 1,6 tỷ cốc/năm, sử dụng hơn 6.800 lao động. Giá xuất khẩu ống hút giấy hiện ở mức 4,5-5 USD/1.000 ống, thấp hơn khoảng 10% so với năm 2023 do cạnh tranh gay gắt.

Tại Khu công nghiệp Nam Tân Uyên (thành phố Tân Uyên), Công ty TNHH Bao bì Xanh Minh Phát vận hành 12 dây chuyền ống hút giấy, mỗi ngày sản xuất khoảng 3,5 triệu ống hút. Từ đầu năm đến nay, công ty xuất khẩu đạt 9,8 triệu USD, tăng 24% so với cùng kỳ; đơn hàng đã kín đến hết quý I/2025.

Quý IV, ngành công thương phấn đấu kim ngạch xuất khẩu nhóm hàng này đạt 24 triệu USD, đưa cả năm lên trên 110 triệu USD.

Tin liên quan:
- Hội nghị kết nối giao thương ngành bao bì năm 2024
- Khai mạc Hội chợ Triển lãm quốc tế Bình Dương lần thứ 12
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = P("9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
TU = "Tân Uyên"

FIGS = [
    F("tăng hơn 18%", "18", 18, "percent", "%", approx="over",
      subject="xuất khẩu ống hút giấy, cốc giấy", period=NINE_H),
    F("ước đạt 86,4 triệu", "86,4", 86.4e6, "money", "USD", percent=78.5, status="estimate",
      change=C("increase", 18.3, "%", "cùng kỳ năm 2023"),
      subject="kim ngạch xuất khẩu ống hút giấy và cốc giấy của các doanh nghiệp trên địa bàn", period=NINE),
    F("ống hút giấy ước đạt 51,2 triệu", "51,2", 51.2e6, "money", "USD", total=86.4e6, status="estimate",
      subject="kim ngạch xuất khẩu ống hút giấy", period=inh(NINE)),
    F("khoảng 35,2 triệu", "35,2", 35.2e6, "money", "USD", approx="about", total=86.4e6, status="estimate",
      subject="kim ngạch xuất khẩu cốc giấy và nắp giấy", period=inh(NINE)),
    F("khoảng 46%", "46", 46, "percent", "%", approx="about",
      subject="thị trường EU trong kim ngạch xuất khẩu", period=inh(NINE)),
    F("đứng thứ ba", "ba", 3, "rank", "hạng",
      subject="xuất khẩu ống hút giấy", period=inh(NINE)),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất ống hút giấy, cốc giấy"),
    F("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=14,
      subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    F("đạt 4,2 tỷ", "4,2", 4.2e9, "measure", "ống hút/năm",
      subject="tổng công suất thiết kế ống hút"),
    F("khoảng 1,6 tỷ", "1,6", 1.6e9, "measure", "cốc/năm", approx="about",
      subject="tổng công suất thiết kế cốc"),
    F("hơn 6.800 lao động", "6.800", 6800, "count", "lao động", approx="over",
      subject="lao động các doanh nghiệp sử dụng"),
    F("mức 4,5-5 USD", "4,5", 4.5, "money", "USD/1.000 ống", value_max=5,
      change=C("decrease", 10, "%", "năm 2023", approx="about"),
      subject="giá xuất khẩu ống hút giấy"),
    F("vận hành 12 dây chuyền", "12", 12, "count", "dây chuyền",
      subject="dây chuyền ống hút giấy của Công ty TNHH Bao bì Xanh Minh Phát", location=TU),
    F("khoảng 3,5 triệu", "3,5", 3.5e6, "measure", "ống hút/ngày", approx="about",
      subject="ống hút sản xuất mỗi ngày", location=TU),
    F("đạt 9,8 triệu", "9,8", 9.8e6, "money", "USD", change=C("increase", 24, "%", "cùng kỳ"),
      subject="kim ngạch xuất khẩu của công ty", period=YTD, location=TU),
    F("đạt 24 triệu", "24", 24e6, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu nhóm hàng này", period=Q4),
    F("trên 110 triệu", "110", 110e6, "money", "USD", approx="over", status="target",
      subject="kim ngạch xuất khẩu cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bình Dương): paper straw and cup exports, 9 months 2024. 'Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.962'.",
    "Distractors: 08:45, Lượt xem 1.962, KCN 'Đồng An 2', 'quý I/2025' (a deadline), 'năm 2024' and 'lần thứ 12' in related links.",
    "Headline 'tăng hơn 18%' is a growth rate as the claim (percent, over); year-less '9 tháng' takes 2024.",
    "'Trong đó' parts after a sentence break take the whole 86,4 triệu USD and its estimate status (first part says 'ước đạt').",
    "'bằng 78,5% kế hoạch năm' is the percent attribute of 86,4 triệu; 'thấp hơn khoảng 10% so với năm 2023' is the price's change.",
    "The company passage (thành phố Tân Uyên) gets location Tân Uyên; 'Từ đầu năm đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    write("p1552-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Bình Dương")
