"""p1382-5: provincial Party newspaper (Báo Quảng Nam, '(QNO) -'): cargo through Chu Lai airport, 7 months 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM
Thứ Tư, 16/08/2023 | 07:45

Cảng hàng không Chu Lai: Hàng hóa 7 tháng đạt hơn 2.100 tấn

(QNO) - Sau khi nhà ga hàng hóa mới đi vào hoạt động, lượng hàng qua Cảng hàng không Chu Lai tăng mạnh, mở ra cơ hội xuất khẩu trực tiếp nông sản, thủy sản của tỉnh.

Theo Cảng hàng không Chu Lai, 7 tháng đầu năm 2023, sản lượng hàng hóa thông qua cảng đạt 2.146 tấn, tăng 68% so với cùng kỳ năm 2022. Riêng tháng 7, cảng tiếp nhận 412 tấn, vượt 12% kế hoạch tháng. Hiện mỗi tuần có 6 chuyến bay chở hàng chuyên dụng đi Hàn Quốc và Trung Quốc, bình quân mỗi chuyến khoảng 18 tấn. Gần ba chục doanh nghiệp trong tỉnh đã gửi hàng qua Chu Lai.

Nhà ga hàng hóa do Công ty cổ phần Logistics Kỳ Hà đầu tư tại xã Tam Nghĩa, huyện Núi Thành, có tổng vốn 420 tỷ đồng, diện tích 8.500 m2, công suất 50.000 tấn/năm. Đơn vị đã tuyển dụng 146 lao động, trong đó gần 70% là người địa phương.

Ông Phạm Đức Long, Giám đốc công ty cho biết, các mặt hàng xuất khẩu chủ lực gồm tôm hùm, cá ngừ, sâm Ngọc Linh và trái cây. Giá cước đi Incheon hiện khoảng 1,8 USD/kg, thấp hơn 0,4 USD/kg so với đi qua sân bay Đà Nẵng.

Theo UBND tỉnh, năm 2023 tỉnh phấn đấu sản lượng hàng hóa qua Chu Lai đạt 4.000 tấn; đến năm 2030 đạt khoảng 1 triệu tấn/năm khi hoàn thành Trung tâm logistics hàng không Chu Lai. Để đạt mục tiêu, đường cất hạ cánh số 2 cần được đầu tư với kinh phí dự kiến hơn 3.000 tỷ đồng.

HOÀNG LINH
"""

H7 = per("7 tháng", "2023-01-01", "2023-07-31")
M7 = per("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")
T7 = per("tháng 7", "2023-07-01", "2023-07-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
NT = "Núi Thành"

FIGS = [
    fig("hơn 2.100 tấn", "2.100", 2100, "measure", "tấn", approx="over",
        subject="hàng hóa qua Cảng hàng không Chu Lai", period=H7),
    fig("đạt 2.146 tấn", "2.146", 2146, "measure", "tấn", change=chg("increase", 68, "%", "cùng kỳ năm 2022"),
        subject="sản lượng hàng hóa thông qua cảng", period=M7),
    fig("nhận 412 tấn", "412", 412, "measure", "tấn", change=chg("increase", 12, "%", "kế hoạch tháng"),
        subject="hàng hóa cảng tiếp nhận", period=T7),
    fig("có 6 chuyến", "6", 6, "measure", "chuyến bay/tuần",
        subject="chuyến bay chở hàng chuyên dụng đi Hàn Quốc và Trung Quốc"),
    fig("khoảng 18 tấn", "18", 18, "measure", "tấn/chuyến", approx="about",
        subject="hàng hóa bình quân mỗi chuyến"),
    fig("Gần ba chục", "ba chục", 30, "count", "doanh nghiệp", approx="nearly",
        subject="doanh nghiệp trong tỉnh đã gửi hàng qua Chu Lai"),
    fig("vốn 420 tỷ", "420", 420e9, "money", "đồng", subject="tổng vốn nhà ga hàng hóa", location=NT),
    fig("tích 8.500 m2", "8.500", 8500, "measure", "m2", subject="diện tích nhà ga hàng hóa", location=NT),
    fig("suất 50.000 tấn", "50.000", 50000, "measure", "tấn/năm", subject="công suất nhà ga hàng hóa",
        location=NT),
    fig("146 lao động", "146", 146, "count", "lao động", subject="lao động đơn vị đã tuyển dụng", location=NT),
    fig("gần 70%", "70", 70, "percent", "%", approx="nearly", subject="lao động là người địa phương",
        location=NT),
    fig("khoảng 1,8 USD", "1,8", 1.8, "money", "USD/kg", approx="about",
        change=chg("decrease", 0.4, "USD/kg", "đi qua sân bay Đà Nẵng"), subject="giá cước đi Incheon",
        location=NT),
    fig("đạt 4.000 tấn", "4.000", 4000, "measure", "tấn", status="target",
        subject="sản lượng hàng hóa qua Chu Lai", period=Y23),
    fig("khoảng 1 triệu", "1", 1e6, "measure", "tấn/năm", approx="about", status="target",
        subject="sản lượng hàng hóa qua Chu Lai", period=T30),
    fig("hơn 3.000 tỷ", "3.000", 3000e9, "money", "đồng", approx="over", status="forecast",
        subject="kinh phí đầu tư đường cất hạ cánh số 2"),
]

NOTES = [
    "Provincial Party newspaper (Báo Quảng Nam): 'Thứ Tư, 16/08/2023 | 07:45', headline figure, sapo with '(QNO) -', byline at the end.",
    "Default location Quảng Nam. The cargo-terminal passage is placed 'tại xã Tam Nghĩa, huyện Núi Thành' → Núi Thành for the",
    "company's figures (capital, area, capacity, staff, share, the director's freight price); the province's targets go back to Quảng Nam.",
    "Headline '7 tháng ... hơn 2.100 tấn' takes 2023 from the dateline above it. 'Riêng tháng 7' = July 2023.",
    "'vượt 12% kế hoạch tháng' → change with baseline 'kế hoạch tháng'. 'thấp hơn 0,4 USD/kg so với ...' → change in USD/kg.",
    "'Gần ba chục doanh nghiệp' → 30, nearly. 'trong đó gần 70% là người địa phương' → percent figure of its own.",
    "'mỗi tuần'/'mỗi chuyến' rates → measure with the denominator in the unit. 'kinh phí dự kiến hơn 3.000 tỷ' → forecast, over.",
    "Distractors: 07:45, 'đường cất hạ cánh số 2', sâm Ngọc Linh, Incheon, byline.",
]

if __name__ == "__main__":
    write("p1382-5", TEXT, NOTES, FIGS, published="2023-08-16", location="Quảng Nam")
