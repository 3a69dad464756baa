"""p1455-6: national newspaper: LED lamp exports to the US, a maker in Bàu Bàng (Bình Dương) + national figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp

Thứ tư, 17/7/2024, 10:25 (GMT+7)

Đèn LED Việt tìm đường sang Mỹ

Nhiều nhà sản xuất đèn LED trong nước đẩy mạnh xuất khẩu sang Mỹ, tận dụng làn sóng dịch chuyển đơn hàng khỏi Trung Quốc.

Nhà máy của Công ty cổ phần Quang điện Sao Việt tại huyện Bàu Bàng (Bình Dương) những tháng gần đây chạy ba ca mỗi ngày. 6 tháng đầu năm, công ty xuất khẩu 1,8 triệu bộ đèn LED, gấp 2,5 lần cùng kỳ, trong đó thị trường Mỹ chiếm khoảng 65%.

Ông Lê Quang Huy, Tổng giám đốc công ty, cho biết doanh thu nửa đầu năm đạt 23 triệu USD, tương đương 52% kế hoạch năm. Giá xuất xưởng mỗi bộ đèn đường năng lượng mặt trời loại 100 W từ 28 đến 35 USD, thấp hơn khoảng 10% so với hàng cùng loại của Trung Quốc. Công ty hiện có 420 công nhân và dự kiến tuyển thêm khoảng 150 người trong quý III để kịp đơn hàng cuối năm.

Theo Câu lạc bộ Doanh nghiệp chiếu sáng Việt Nam, cả nước có hơn 30 doanh nghiệp xuất khẩu đèn LED. 5 tháng đầu năm, xuất khẩu thiết bị chiếu sáng sang Mỹ đạt khoảng 270 triệu USD, tăng 21% so với cùng kỳ năm 2023, đưa Việt Nam lên thứ 3 trong các nguồn cung đèn LED vào thị trường này, sau Trung Quốc và Mexico.

Ông Phạm Đức Thịnh, Chủ nhiệm câu lạc bộ, dự báo xuất khẩu đèn LED sang Mỹ cả năm có thể tăng 30-40%. Tuy vậy, doanh nghiệp phải đáp ứng tiêu chuẩn UL 1598 và chứng nhận DLC, trong khi tỷ lệ nội địa hóa linh kiện hiện mới đạt dưới 35%.

"Chip LED và driver vẫn phải nhập gần như toàn bộ", ông Thịnh nói.

Minh Khôi
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1b = per("nửa đầu năm", "2024-01-01", "2024-06-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
M5 = per("5 tháng đầu năm", "2024-01-01", "2024-05-31")
Y24 = per("cả năm", "2024-01-01", "2024-12-31")
BB = "Bàu Bàng"
VN = "Việt Nam"

FIGS = [
    fig("chạy ba ca", "ba", 3, "measure", "ca/ngày",
        subject="ca nhà máy chạy mỗi ngày", location=BB),
    fig("xuất khẩu 1,8 triệu", "1,8", 1.8e6, "count", "bộ đèn LED",
        change=chg("increase", 2.5, "lần", "cùng kỳ"),
        subject="bộ đèn LED công ty xuất khẩu", period=H1, location=BB),
    fig("chiếm khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="thị trường Mỹ trong xuất khẩu của công ty", period=H1, location=BB),
    fig("đạt 23 triệu", "23", 23e6, "money", "USD", percent=52,
        subject="doanh thu", period=H1b, location=BB),
    fig("từ 28 đến 35", "28", 28, "money", "USD/bộ", value_max=35,
        change=chg("decrease", 10, "%", "hàng cùng loại của Trung Quốc", approx="about"),
        subject="giá xuất xưởng mỗi bộ đèn đường năng lượng mặt trời", location=BB),
    fig("loại 100 W", "100", 100, "measure", "W", optional=True,
        subject="công suất đèn đường năng lượng mặt trời", location=BB),
    fig("có 420 công nhân", "420", 420, "count", "công nhân",
        subject="công nhân công ty", location=BB),
    fig("khoảng 150 người", "150", 150, "count", "người", approx="about", status="forecast",
        subject="công nhân tuyển thêm", period=Q3, location=BB),
    fig("hơn 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp xuất khẩu đèn LED", location=VN),
    fig("khoảng 270 triệu", "270", 270e6, "money", "USD", approx="about",
        change=chg("increase", 21, "%", "cùng kỳ năm 2023"),
        subject="xuất khẩu thiết bị chiếu sáng sang Mỹ", period=M5, location=VN),
    fig("lên thứ 3", "3", 3, "rank", "hạng",
        subject="nguồn cung đèn LED vào thị trường Mỹ", period=M5, location=VN),
    fig("tăng 30-40%", "30", 30, "percent", "%", value_max=40, status="forecast",
        subject="xuất khẩu đèn LED sang Mỹ", period=Y24, location=VN),
    fig("dưới 35%", "35", 35, "percent", "%", approx="under",
        subject="tỷ lệ nội địa hóa linh kiện", location=VN),
]

NOTES = [
    "National newspaper: section path, 'Thứ tư, 17/7/2024, 10:25 (GMT+7)', sapo, quotes, byline at the end. No default location:",
    "the company's figures are in huyện Bàu Bàng (Bình Dương); the club's figures are national (Việt Nam). Mỹ, Trung Quốc, Mexico are trade partners, not places.",
    "Distractors: 10:25, (GMT+7), 'tiêu chuẩn UL 1598', 'chứng nhận DLC', 'cùng kỳ năm 2023' (a baseline).",
    "'chạy ba ca mỗi ngày' is a rate: measure, unit ca/ngày. 'gấp 2,5 lần cùng kỳ' is the change (unit lần) of 1,8 triệu bộ.",
    "'trong đó thị trường Mỹ chiếm khoảng 65%' is a percent figure (the part has no number). 'tương đương 52% kế hoạch năm' is the percent of 23 triệu USD.",
    "'thấp hơn khoảng 10% so với hàng cùng loại của Trung Quốc' is the change of the price range. 'loại 100 W' (the product type) is optional; written with a space because score.py cannot anchor a number glued to its unit.",
    "Year-less '6 tháng đầu năm', 'nửa đầu năm', 'quý III', '5 tháng đầu năm', 'cả năm' take 2024 from published.",
    "'đưa Việt Nam lên thứ 3' continues the 5-month sentence: rank, period 5 tháng. 'dự báo ... có thể tăng 30-40%' → forecast.",
    "'hiện mới đạt dưới 35%': no period (hiện).",
]

if __name__ == "__main__":
    write("p1455-6", TEXT, NOTES, FIGS, published="2024-07-17")
