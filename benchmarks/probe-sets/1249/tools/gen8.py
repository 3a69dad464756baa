"""p1249-8: news agency (TTXVN): offshore golden pompano HDPE cage pilot in Nghi Sơn, Thanh Hóa; province rank and targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Kinh tế | Thứ Năm, 27/06/2024 - 14:32

Nuôi cá chim vây vàng xa bờ ở Nghi Sơn cho lãi gần 1,2 tỷ đồng

Mô hình nuôi cá chim vây vàng bằng lồng HDPE ở vùng biển thị xã Nghi Sơn (Thanh Hóa) vừa cho thu hoạch vụ đầu với năng suất vượt kỳ vọng.

Theo phóng viên TTXVN tại Thanh Hóa, mô hình do Công ty cổ phần Nuôi biển Hải Đăng Nghi Sơn thực hiện từ tháng 9/2023, gồm 6 lồng tròn HDPE PE100, tổng thể tích 7.200 m3, đặt cách bờ khoảng 3 hải lý. Công ty thả 90.000 con giống cỡ 10-12 cm; sau hơn 8 tháng nuôi, tỷ lệ sống đạt 87%, cá đạt bình quân 650 g/con.

Vụ đầu, công ty thu hoạch 50,8 tấn cá, bán với giá 98.000-102.000 đồng/kg, doanh thu gần 5,1 tỷ đồng; trừ chi phí, lãi gần 1,2 tỷ đồng. Dự án có tổng vốn đầu tư 14,5 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 30%.

Ông Hoàng Văn Lực, Phó Giám đốc Sở Nông nghiệp và PTNT Thanh Hóa, cho biết toàn tỉnh hiện có 3 mô hình nuôi biển bằng lồng HDPE với tổng cộng 19 lồng. Năm 2023, sản lượng nuôi biển của tỉnh đạt 2.180 tấn, xếp thứ 9 trong các tỉnh, thành phố ven biển. Tỉnh đặt mục tiêu đến năm 2030 có từ 40 đến 50 lồng HDPE và sản lượng nuôi biển đạt 5.000 tấn.

Dự kiến trong tháng 7/2024, công ty thả nuôi vụ thứ hai với khoảng 120.000 con giống.

Hải Nam (TTXVN)
"""

NS = "Nghi Sơn"
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("cho lãi gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="nearly",
        subject="lãi nuôi cá chim vây vàng xa bờ"),
    fig("gồm 6 lồng", "6", 6, "count", "lồng", subject="lồng tròn HDPE của mô hình"),
    fig("tích 7.200 m3", "7.200", 7200, "measure", "m3", subject="tổng thể tích lồng"),
    fig("khoảng 3 hải lý", "3", 3, "measure", "hải lý", approx="about", subject="khoảng cách lồng đặt cách bờ"),
    fig("thả 90.000 con", "90.000", 90000, "count", "con giống", subject="con giống công ty thả"),
    fig("cỡ 10-12 cm", "10", 10, "measure", "cm", value_max=12, subject="cỡ con giống"),
    fig("hơn 8 tháng", "8", 8, "measure", "tháng", approx="over", subject="thời gian nuôi", optional=True),
    fig("đạt 87%", "87", 87, "percent", "%", subject="tỷ lệ sống"),
    fig("650 g/con", "650", 650, "measure", "g/con", subject="trọng lượng bình quân cá"),
    fig("hoạch 50,8 tấn", "50,8", 50.8, "measure", "tấn", subject="cá công ty thu hoạch vụ đầu"),
    fig("giá 98.000-102.000", "98.000", 98000, "money", "đồng/kg", value_max=102000, subject="giá bán"),
    fig("gần 5,1 tỷ", "5,1", 5.1e9, "money", "đồng", approx="nearly", subject="doanh thu"),
    fig("phí, lãi gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="nearly", subject="lãi"),
    fig("tư 14,5 tỷ", "14,5", 14.5e9, "money", "đồng", subject="tổng vốn đầu tư dự án"),
    fig("hỗ trợ 30%", "30", 30, "percent", "%", subject="ngân sách tỉnh hỗ trợ tổng vốn đầu tư"),
    fig("có 3 mô hình", "3", 3, "count", "mô hình", subject="mô hình nuôi biển bằng lồng HDPE",
        location="Thanh Hóa"),
    fig("tổng cộng 19 lồng", "19", 19, "count", "lồng", subject="lồng HDPE của các mô hình",
        location="Thanh Hóa"),
    fig("đạt 2.180 tấn", "2.180", 2180, "measure", "tấn", subject="sản lượng nuôi biển của tỉnh", period=Y23,
        location="Thanh Hóa"),
    fig("xếp thứ 9", "9", 9, "rank", "hạng", subject="sản lượng nuôi biển của tỉnh",
        period=Y23, location="Thanh Hóa"),
    fig("từ 40 đến 50", "40", 40, "count", "lồng", value_max=50, status="target", subject="lồng HDPE",
        period=T30, location="Thanh Hóa"),
    fig("đạt 5.000 tấn", "5.000", 5000, "measure", "tấn", status="target", subject="sản lượng nuôi biển",
        period=T30, location="Thanh Hóa"),
    fig("khoảng 120.000", "120.000", 120000, "count", "con giống", approx="about", status="forecast",
        subject="con giống thả nuôi vụ thứ hai", period=per("tháng 7/2024", "2024-07-01", "2024-07-31")),
]

NOTES = [
    "News agency (TTXVN): section and 'Thứ Năm, 27/06/2024 - 14:32' (published), headline figure, sapo, 'Theo phóng viên TTXVN tại …', byline 'Hải Nam (TTXVN)'.",
    "Location: the pilot in thị xã Nghi Sơn → Nghi Sơn (default); province figures (toàn tỉnh, tỉnh, sản lượng của tỉnh) → Thanh Hóa.",
    "'gồm 6 lồng tròn' follows the model (not a figure) → no total. 'trong đó ngân sách tỉnh hỗ trợ 30%' is a percent figure of its own.",
    "'xếp thứ 9 trong các tỉnh, thành phố ven biển' → rank 9, period Năm 2023 (same sentence). 'sau hơn 8 tháng nuôi' (grow-out time) optional.",
    "The pilot's figures have no period ('từ tháng 9/2023' is the start date of the pilot, 'Vụ đầu' has no date).",
    "'Tỉnh đặt mục tiêu đến năm 2030 có từ 40 đến 50 lồng … và … 5.000 tấn' → target, start null. 'Dự kiến trong tháng 7/2024' → forecast.",
    "Distractors: 27/06/2024, 14:32, 'tháng 9/2023', 'PE100', 'vụ thứ hai', 'Vụ đầu'.",
]

if __name__ == "__main__":
    write("p1249-8", TEXT, NOTES, FIGS, published="2024-06-27", location=NS)
