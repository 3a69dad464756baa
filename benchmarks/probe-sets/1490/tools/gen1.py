"""p1490-1: province portal (Lạng Sơn): imports of microwave and electric ovens through the border gates, 9 months 2024."""
from lib import F, P, inh, ch, tg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Nhập khẩu lò vi sóng, lò nướng điện 9 tháng tăng gần 18%

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

Theo Cục Hải quan tỉnh Lạng Sơn, 9 tháng đầu năm 2024, kim ngạch nhập khẩu lò vi sóng và lò nướng điện qua các cửa khẩu trên địa bàn tỉnh ước đạt 46,8 triệu USD, tăng 17,6% so với cùng kỳ năm 2023, chiếm 12,6% kim ngạch nhập khẩu hàng điện gia dụng qua tỉnh. Trong đó, lò vi sóng đạt 29,4 triệu USD, lò nướng điện 17,4 triệu USD.

Về lượng, các doanh nghiệp đã làm thủ tục nhập khẩu khoảng 1,12 triệu chiếc, trong đó hơn 780.000 chiếc lò vi sóng. Hàng hóa chủ yếu đi qua cửa khẩu quốc tế Hữu Nghị, chiếm khoảng 64% tổng lượng hàng. Giá khai báo bình quân của lò vi sóng từ 18 đến 25 USD/chiếc, của lò nướng điện từ 30 đến 55 USD/chiếc.

Riêng tháng 9, kim ngạch nhập khẩu nhóm hàng này đạt 6,1 triệu USD, tăng 9,3% so với tháng trước.

Từ đầu năm đến nay, có 57 doanh nghiệp tham gia nhập khẩu lò vi sóng, lò nướng qua địa bàn tỉnh, tăng 11 doanh nghiệp so với cùng kỳ; số thuế thu từ nhóm hàng này đạt gần 38 tỷ đồng. Qua kiểm tra nhà nước về chất lượng theo QCVN 4:2009/BKHCN, cơ quan chức năng đã xử lý 4 lô hàng lò vi sóng không đạt yêu cầu về ghi nhãn, buộc tái xuất 2 lô với tổng trị giá khoảng 86.000 USD.

Dự báo quý IV, nhu cầu nhập khẩu tiếp tục tăng do vào mùa mua sắm cuối năm; cả năm 2024, kim ngạch nhóm hàng này có thể đạt khoảng 63 triệu USD.

Tin liên quan:
- Lạng Sơn: Hội nghị xúc tiến thương mại biên giới năm 2024
- Thông quan hàng hóa qua cửa khẩu Tân Thanh dịp Tết Giáp Thìn 2024
"""

NINE_H = P("9 tháng", "2024-01-01", "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
SEP = P("tháng 9", "2024-09-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
YEAR = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("9 tháng tăng gần 18%", "18", 18, "percent", "%", approx="nearly",
      subject="nhập khẩu lò vi sóng, lò nướng điện", period=NINE_H),
    F("ước đạt 46,8 triệu", "46,8", 46.8e6, "money", "USD", status="estimate", percent=12.6,
      change=ch("increase", 17.6, "%", "cùng kỳ năm 2023"),
      subject="kim ngạch nhập khẩu lò vi sóng và lò nướng điện qua các cửa khẩu", period=NINE),
    F("lò vi sóng đạt 29,4 triệu", "29,4", 29.4e6, "money", "USD", total=46.8e6, status="estimate",
      subject="kim ngạch nhập khẩu lò vi sóng", period=inh(NINE)),
    F("lò nướng điện 17,4 triệu", "17,4", 17.4e6, "money", "USD", total=46.8e6, status="estimate",
      subject="kim ngạch nhập khẩu lò nướng điện", period=inh(NINE)),
    F("khoảng 1,12 triệu", "1,12", 1.12e6, "count", "chiếc", approx="about",
      subject="lượng lò vi sóng, lò nướng điện các doanh nghiệp làm thủ tục nhập khẩu", period=inh(NINE)),
    F("hơn 780.000 chiếc", "780.000", 780000, "count", "chiếc", approx="over", total=1.12e6,
      subject="lò vi sóng nhập khẩu", period=inh(NINE)),
    F("khoảng 64%", "64", 64, "percent", "%", approx="about",
      subject="tỷ trọng hàng hóa đi qua cửa khẩu quốc tế Hữu Nghị trong tổng lượng hàng", period=inh(NINE)),
    F("từ 18 đến 25", "18", 18, "money", "USD/chiếc", value_max=25,
      subject="giá khai báo bình quân của lò vi sóng", period=inh(NINE)),
    F("từ 30 đến 55", "30", 30, "money", "USD/chiếc", value_max=55,
      subject="giá khai báo bình quân của lò nướng điện", period=inh(NINE)),
    F("đạt 6,1 triệu", "6,1", 6.1e6, "money", "USD", change=ch("increase", 9.3, "%", "tháng trước"),
      subject="kim ngạch nhập khẩu nhóm hàng này", period=SEP),
    F("có 57 doanh nghiệp", "57", 57, "count", "doanh nghiệp",
      change=ch("increase", 11, "doanh nghiệp", "cùng kỳ"),
      subject="doanh nghiệp tham gia nhập khẩu lò vi sóng, lò nướng", period=YTD),
    F("gần 38 tỷ", "38", 38e9, "money", "đồng", approx="nearly",
      subject="số thuế thu từ nhóm hàng này", period=YTD),
    F("xử lý 4 lô", "4", 4, "count", "lô hàng",
      subject="lô hàng lò vi sóng không đạt yêu cầu về ghi nhãn bị xử lý", period=inh(YTD)),
    F("xuất 2 lô", "2", 2, "count", "lô",
      subject="lô hàng buộc tái xuất", period=inh(YTD)),
    F("khoảng 86.000", "86.000", 86000, "money", "USD", approx="about",
      subject="tổng trị giá lô hàng buộc tái xuất", period=inh(YTD)),
    F("khoảng 63 triệu", "63", 63e6, "money", "USD", approx="about", status="forecast",
      subject="kim ngạch nhóm hàng này", period=YEAR),
]

NOTES = [
    "Province portal (Lạng Sơn): imports of microwave and electric ovens through the border gates, 9 months 2024.",
    "Distractors: 'Cập nhật: 14/10/2024 09:35', 'Lượt xem: 1.862', 'QCVN 4:2009/BKHCN', 'năm 2024' and 'Tết Giáp Thìn 2024' in related links, 'quý IV' (a period).",
    "Headline '9 tháng tăng gần 18%' is a growth rate as the claim: percent figure, nearly, no change; year-less '9 tháng' takes 2024 (published).",
    "'Trong đó' after a sentence break: parts 29,4 + 17,4 = 46,8 take total 46,8 triệu and the whole's status (estimate).",
    "'4 lô' and 'buộc tái xuất 2 lô': no part-of cue, so no total. 'chiếm khoảng 64%' has no amount before it: its own percent figure.",
    "'Dự báo quý IV ...; cả năm 2024 ... có thể đạt khoảng 63 triệu USD': forecast, period cả năm 2024.",
]

if __name__ == "__main__":
    write("p1490-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Lạng Sơn")
