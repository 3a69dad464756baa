"""p1348-5: provincial newspaper (Báo Hưng Yên): an e-waste recycling commune in Văn Lâm joins a cooperative."""
from lib import F, P, I, C, T, write

TEXT = """BÁO HƯNG YÊN ĐIỆN TỬ
Kinh tế | Xã hội | Môi trường | Văn hóa

Làng tái chế chuyển mình nhờ thu gom bài bản

Thứ Ba, 08/10/2024 | 15:10

(BHY) - Từ chỗ đốt dây điện, đổ axit ắc quy ra ruộng, nhiều hộ ở xã Chỉ Đạo (Văn Lâm) nay đã vào hợp tác xã, thu gom và phân loại rác thải điện tử theo quy trình an toàn.

Hợp tác xã Môi trường Xanh Chỉ Đạo được thành lập năm 2021 với 27 thành viên, hiện thu mua bình quân 12-15 tấn bảng mạch, linh kiện và pin cũ mỗi ngày thông qua ba chục đại lý ở các tỉnh phía Bắc. Ông Đỗ Văn Thắng, Giám đốc hợp tác xã cho biết: "Pin lithium loại 18650 tháo từ xe đạp điện được mua với giá từ 18.000 đến 25.000 đồng/kg, ắc quy chì khoảng 30.000 đồng/kg".

9 tháng đầu năm 2024, hợp tác xã đạt doanh thu khoảng 38 tỷ đồng, tăng gần 20% so với cùng kỳ; tạo việc làm cho 85 lao động với thu nhập 8-9 triệu đồng/người/tháng.

Theo UBND huyện Văn Lâm, toàn xã hiện có khoảng 300 hộ làm nghề tái chế, trong đó 142 hộ đã ký cam kết bảo vệ môi trường. Năm 2024, huyện hỗ trợ 1,2 tỷ đồng xây dựng nhà xưởng phân loại tập trung rộng 2.500 m2; dự kiến đến cuối năm 2025, 100% hộ tái chế sẽ chuyển vào khu tập trung. Trong quý III, đoàn kiểm tra liên ngành đã xử phạt 6 hộ đốt dây điện trái phép với tổng số tiền 45 triệu đồng.

Toàn tỉnh Hưng Yên hiện có 5 cơ sở được cấp phép xử lý chất thải nguy hại, tổng công suất xử lý pin, ắc quy thải khoảng 40 tấn/ngày.

THU HẰNG
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("Trong quý III", "2024-07-01", "2024-09-30")
BY25 = P("đến cuối năm 2025", None, "2025-12-31")
HY = "Hưng Yên"

FIGS = [
    F("với 27 thành viên", "27", 27, "count", "thành viên",
      subject="thành viên Hợp tác xã Môi trường Xanh Chỉ Đạo",
      period=P("năm 2021", "2021-01-01", "2021-12-31")),
    F("bình quân 12-15 tấn", "12", 12, "measure", "tấn/ngày", value_max=15,
      subject="bảng mạch, linh kiện và pin cũ hợp tác xã thu mua bình quân mỗi ngày"),
    F("ba chục đại lý", "ba chục", 30, "count", "đại lý",
      subject="đại lý thu mua của hợp tác xã ở các tỉnh phía Bắc"),
    F("từ 18.000 đến 25.000", "18.000", 18000, "money", "đồng/kg", value_max=25000,
      subject="giá mua pin lithium tháo từ xe đạp điện"),
    F("khoảng 30.000 đồng", "30.000", 30000, "money", "đồng/kg", approx="about",
      subject="giá mua ắc quy chì"),
    F("khoảng 38 tỷ", "38", 38e9, "money", "đồng", approx="about",
      change=C("increase", 20, "%", "cùng kỳ", approx="nearly"),
      subject="doanh thu hợp tác xã", period=NINE),
    F("cho 85 lao động", "85", 85, "count", "lao động",
      subject="lao động hợp tác xã tạo việc làm", period=NINE),
    F("thu nhập 8-9 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=9e6,
      subject="thu nhập lao động hợp tác xã", period=NINE),
    F("khoảng 300 hộ", "300", 300, "count", "hộ", approx="about",
      subject="hộ làm nghề tái chế toàn xã"),
    F("trong đó 142 hộ", "142", 142, "count", "hộ", total=300,
      subject="hộ đã ký cam kết bảo vệ môi trường"),
    F("hỗ trợ 1,2 tỷ", "1,2", 1.2e9, "money", "đồng",
      subject="kinh phí huyện hỗ trợ xây dựng nhà xưởng phân loại tập trung", period=Y24),
    F("rộng 2.500 m2", "2.500", 2500, "measure", "m2",
      subject="diện tích nhà xưởng phân loại tập trung"),
    F("2025, 100% hộ", "100", 100, "percent", "%", status="forecast",
      subject="hộ tái chế chuyển vào khu tập trung", period=BY25),
    F("xử phạt 6 hộ", "6", 6, "count", "hộ",
      subject="hộ đốt dây điện trái phép bị xử phạt", period=Q3),
    F("tiền 45 triệu", "45", 45e6, "money", "đồng",
      subject="tổng số tiền xử phạt hộ đốt dây điện trái phép", period=Q3),
    F("có 5 cơ sở", "5", 5, "count", "cơ sở",
      subject="cơ sở được cấp phép xử lý chất thải nguy hại", location=HY),
    F("khoảng 40 tấn/ngày", "40", 40, "measure", "tấn/ngày", approx="about",
      subject="tổng công suất xử lý pin, ắc quy thải", location=HY),
]

NOTES = [
    "Provincial newspaper (Báo Hưng Yên): menu, headline, 'Thứ Ba, 08/10/2024 | 15:10', tag '(BHY) -', sapo, byline at the end.",
    "Distractors: 15:10, 'năm 2021' (founding year), 'Pin lithium loại 18650' (product name), 'cùng kỳ', 'năm 2025' inside 'đến cuối năm 2025'.",
    "Location: the commune xã Chỉ Đạo is in huyện Văn Lâm; its cooperative and commune figures → Văn Lâm (default);",
    "the closing paragraph 'Toàn tỉnh Hưng Yên …' → Hưng Yên.",
    "'được thành lập năm 2021 với 27 thành viên' → 27 at founding, period năm 2021. 'hiện …' figures and prices get no period.",
    "'12-15 tấn … mỗi ngày' = tấn/ngày range; 'ba chục đại lý' = 30 (number word).",
    "'khoảng 38 tỷ đồng, tăng gần 20% so với cùng kỳ' → change 20 % approx nearly. '8-9 triệu đồng/người/tháng' a money range.",
    "'khoảng 300 hộ …, trong đó 142 hộ' → total 300. 'dự kiến đến cuối năm 2025, 100% hộ …' → forecast, end 2025-12-31.",
    "'rộng 2.500 m2' is the size of the workshop, not an amount of the year: no period (the 1,2 tỷ of the same sentence has 'Năm 2024').",
    "'Trong quý III' takes 2024 from the dateline / '9 tháng đầu năm 2024'.",
]

if __name__ == "__main__":
    write("p1348-5", TEXT, NOTES, FIGS, published="2024-10-08", location="Văn Lâm")
