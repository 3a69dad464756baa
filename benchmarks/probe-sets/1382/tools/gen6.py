"""p1382-6: national newspaper: Tân Sơn Nhất cargo terminals overloaded (TP Hồ Chí Minh), March 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 12/3/2024, 08:15 (GMT+7)

Nhà ga hàng hóa Tân Sơn Nhất quá tải, hàng chờ cả ngày mới được nhận

Hai nhà ga hàng hóa tại sân bay Tân Sơn Nhất thường xuyên hoạt động ở mức 120-130% công suất, khiến hàng thương mại điện tử, hàng nhập khẩu ùn ứ.

Tổng công suất thiết kế của hai nhà ga là khoảng 700.000 tấn/năm, trong khi năm 2023 sản lượng hàng hóa qua Tân Sơn Nhất đã lên tới 540.000 tấn, năm nay dự báo đạt trên 620.000 tấn. Riêng hai tháng đầu năm 2024, lượng hàng đạt gần 98.000 tấn, tăng 35% so với cùng kỳ, trong đó hàng thương mại điện tử chiếm khoảng 55%. Mỗi ngày các nhà ga tiếp nhận khoảng 25 nghìn kiện hàng thương mại điện tử.

Anh Nguyễn Minh Tâm, nhân viên một công ty giao nhận, cho biết có hôm phải chờ từ 8 đến 10 tiếng mới nhận được lô hàng nhập từ Hàn Quốc. "Mỗi ngày chậm trễ, doanh nghiệp mất thêm 2-3 triệu đồng phí lưu kho", anh nói.

Đại diện Cảng hàng không quốc tế Tân Sơn Nhất cho biết đang phối hợp với hai doanh nghiệp khai thác nhà ga mở rộng thêm khoảng 5.000 m2 kho tạm, dự kiến nâng công suất thêm 15-20%. Về lâu dài, Bộ Giao thông vận tải sẽ chuyển bớt hàng hóa quốc tế sang Long Thành; nhà ga hàng hóa tại đây dự kiến có công suất 1,2 triệu tấn/năm trong giai đoạn 1.

Thu Hà
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm nay", "2024-01-01", "2024-12-31")
M2 = per("hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")

FIGS = [
    fig("Hai nhà ga hàng hóa tại", "Hai", 2, "count", "nhà ga hàng hóa",
        subject="nhà ga hàng hóa tại sân bay Tân Sơn Nhất"),
    fig("mức 120-130%", "120", 120, "percent", "%", value_max=130,
        subject="mức hoạt động so với công suất của hai nhà ga"),
    fig("của hai nhà ga", "hai", 2, "count", "nhà ga", optional=True),
    fig("khoảng 700.000 tấn", "700.000", 700000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất thiết kế của hai nhà ga"),
    fig("tới 540.000 tấn", "540.000", 540000, "measure", "tấn",
        subject="sản lượng hàng hóa qua Tân Sơn Nhất", period=Y23),
    fig("trên 620.000 tấn", "620.000", 620000, "measure", "tấn", approx="over", status="forecast",
        subject="sản lượng hàng hóa qua Tân Sơn Nhất", period=Y24),
    fig("gần 98.000 tấn", "98.000", 98000, "measure", "tấn", approx="nearly",
        change=chg("increase", 35, "%", "cùng kỳ"), subject="lượng hàng", period=M2),
    fig("chiếm khoảng 55%", "55", 55, "percent", "%", approx="about",
        subject="tỷ trọng hàng thương mại điện tử", period=M2),
    fig("khoảng 25 nghìn", "25", 25000, "measure", "kiện hàng/ngày", approx="about",
        subject="kiện hàng thương mại điện tử các nhà ga tiếp nhận"),
    fig("từ 8 đến 10 tiếng", "8", 8, "measure", "tiếng", value_max=10,
        subject="thời gian chờ nhận lô hàng nhập từ Hàn Quốc"),
    fig("thêm 2-3 triệu", "2", 2e6, "money", "đồng/ngày", value_max=3e6,
        subject="phí lưu kho doanh nghiệp mất thêm"),
    fig("với hai doanh nghiệp", "hai", 2, "count", "doanh nghiệp", subject="doanh nghiệp khai thác nhà ga"),
    fig("khoảng 5.000 m2", "5.000", 5000, "measure", "m2", approx="about", subject="kho tạm mở rộng thêm"),
    fig("thêm 15-20%", "15", 15, "percent", "%", value_max=20, status="forecast",
        subject="công suất nâng thêm"),
    fig("công suất 1,2 triệu", "1,2", 1.2e6, "measure", "tấn/năm", status="forecast",
        subject="công suất nhà ga hàng hóa tại Long Thành", location="Long Thành"),
]

NOTES = [
    "National newspaper: section path, 'Thứ ba, 12/3/2024, 08:15 (GMT+7)', headline, sapo, quote, byline at the end. Location TP Hồ Chí Minh.",
    "Sapo 'Hai nhà ga hàng hóa' is a count (number word); the repeat 'của hai nhà ga' is a back-reference: optional.",
    "'hai doanh nghiệp khai thác nhà ga' is a new fact (the operators): required count.",
    "'năm nay dự báo đạt trên 620.000 tấn' → forecast, over, year of published. 'hai tháng đầu năm 2024' ends 2024-02-29.",
    "'trong đó hàng thương mại điện tử chiếm khoảng 55%' → percent figure of its own. 'khoảng 25 nghìn kiện' with 'Mỗi ngày' → kiện hàng/ngày.",
    "'2-3 triệu đồng' → range 2·10^6-3·10^6 ('Mỗi ngày chậm trễ' gives đồng/ngày). 'dự kiến nâng công suất thêm 15-20%' → percent, forecast.",
    "'nhà ga hàng hóa tại đây [Long Thành] dự kiến có công suất 1,2 triệu tấn/năm' → forecast, location Long Thành (not TP HCM).",
    "Distractors: 08:15, (GMT+7), 'một công ty', 'giai đoạn 1', byline.",
]

if __name__ == "__main__":
    write("p1382-6", TEXT, NOTES, FIGS, published="2024-03-12", location="TP Hồ Chí Minh")
