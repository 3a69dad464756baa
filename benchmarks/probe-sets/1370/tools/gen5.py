"""p1370-5: national newspaper (dateline 'Thứ sáu, 6/12/2024, 15:40 (GMT+7)'): fake luxury goods seized in quận 1, TP HCM; national 11-month figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ sáu, 6/12/2024, 15:40 (GMT+7)

TP HCM thu giữ hơn 10 nghìn sản phẩm nghi giả tại trung tâm thương mại quận 1

Lực lượng quản lý thị trường kiểm tra đồng loạt 23 ki-ốt, phát hiện túi xách, đồng hồ, kính mắt giả nhiều thương hiệu nổi tiếng.

Chiều 5/12, Đội QLTT số 2 (Cục QLTT TP HCM) phối hợp với Phòng Cảnh sát kinh tế Công an TP kiểm tra các ki-ốt tại trung tâm thương mại S.G. trên đường Lê Lợi, phường Bến Thành, quận 1. Đoàn phát hiện 10.245 sản phẩm gồm túi xách, ví, đồng hồ, kính mắt mang nhãn hiệu Gucci, Rolex, Ray-Ban... có dấu hiệu giả mạo. Các chủ ki-ốt không xuất trình được giấy tờ chứng minh nguồn gốc hàng hóa.

Theo ông Lê Minh Tuấn, Phó Cục trưởng Cục QLTT TP HCM, các sản phẩm này được bán với giá từ 800.000 đồng đến 3,5 triệu đồng mỗi sản phẩm, chủ yếu cho khách du lịch.

Theo Tổng cục QLTT, 11 tháng năm 2024, lực lượng QLTT cả nước đã kiểm tra hơn 63.000 vụ, xử lý gần 50.700 vụ vi phạm, thu nộp ngân sách trên 520 tỷ đồng. Trong đó, số vụ vi phạm về hàng giả, xâm phạm quyền sở hữu trí tuệ là 5.412 vụ, chiếm khoảng 10,7%.

Riêng tại TP HCM, từ đầu năm đến nay, Cục QLTT thành phố đã xử lý 3.186 vụ vi phạm, phạt tiền hơn 62 tỷ đồng, tăng 14% so với cùng kỳ năm 2023. Hiện trị giá hàng vi phạm đang tạm giữ khoảng 47 tỷ đồng.

Cục QLTT TP HCM cho biết sẽ tiếp tục kiểm tra các chợ, trung tâm thương mại trong dịp cao điểm cuối năm, với mục tiêu đến hết quý I/2025 giảm ít nhất 20% số điểm bán hàng giả công khai.

Hà An
"""

M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-12-06")
Q1 = per("đến hết quý I/2025", None, "2025-03-31")
Q1_ = "quận 1"

FIGS = [
    fig("hơn 10 nghìn", "10", 10000, "count", "sản phẩm", approx="over", subject="sản phẩm nghi giả thu giữ",
        location=Q1_),
    fig("đồng loạt 23 ki-ốt", "23", 23, "count", "ki-ốt", subject="ki-ốt kiểm tra", location=Q1_),
    fig("phát hiện 10.245 sản phẩm", "10.245", 10245, "count", "sản phẩm",
        subject="sản phẩm có dấu hiệu giả mạo", location=Q1_),
    fig("từ 800.000 đồng", "800.000", 800000, "money", "đồng/sản phẩm", value_max=3.5e6,
        subject="giá bán các sản phẩm", location=Q1_),
    fig("hơn 63.000 vụ", "63.000", 63000, "count", "vụ", approx="over",
        subject="vụ kiểm tra của lực lượng QLTT cả nước", period=M11, location="Việt Nam"),
    fig("gần 50.700 vụ", "50.700", 50700, "count", "vụ", approx="nearly", subject="vụ vi phạm xử lý",
        period=M11, location="Việt Nam"),
    fig("trên 520 tỷ", "520", 520e9, "money", "đồng", approx="over", subject="thu nộp ngân sách",
        period=M11, location="Việt Nam"),
    fig("là 5.412 vụ", "5.412", 5412, "count", "vụ", total=50700, percent=10.7,
        subject="số vụ vi phạm về hàng giả, xâm phạm quyền sở hữu trí tuệ", period=inh(M11), location="Việt Nam"),
    fig("xử lý 3.186 vụ", "3.186", 3186, "count", "vụ", subject="vụ vi phạm Cục QLTT thành phố xử lý", period=YTD),
    fig("hơn 62 tỷ", "62", 62e9, "money", "đồng", approx="over", change=chg("increase", 14, "%", "cùng kỳ năm 2023"),
        subject="tiền phạt", period=YTD),
    fig("khoảng 47 tỷ", "47", 47e9, "money", "đồng", approx="about", subject="trị giá hàng vi phạm đang tạm giữ"),
    fig("ít nhất 20%", "20", 20, "percent", "%", approx="at_least", status="target",
        subject="số điểm bán hàng giả công khai giảm", period=Q1),
]

NOTES = [
    "National newspaper: dateline 'Thứ sáu, 6/12/2024, 15:40 (GMT+7)' (published), headline, sapo, body, byline at the end.",
    "The seizure is in quận 1 (a district of TP HCM): headline, sapo and body figures of the raid → location 'quận 1'.",
    "'hơn 10 nghìn sản phẩm' = 10 000 (over). 'từ 800.000 đồng đến 3,5 triệu đồng mỗi sản phẩm' → range, unit đồng/sản phẩm.",
    "National 11-month figures (Tổng cục QLTT, 'cả nước') → Việt Nam; '5.412 vụ' after 'Trong đó' takes the 50.700 vụ (the money figure",
    "just before the cue counts something else). 'Hiện ... đang tạm giữ' is a stock now: no period.",
    "'với mục tiêu đến hết quý I/2025 giảm ít nhất 20%' → percent target, as-of end 2025-03-31 (growth rate as the claim, no change).",
    "Distractors: 15:40, (GMT+7), Chiều 5/12, Đội QLTT số 2, 'S.G.', đường Lê Lợi, 'quận 1' in the address, quý I/2025 as a date.",
]

if __name__ == "__main__":
    write("p1370-5", TEXT, NOTES, FIGS, published="2024-12-06", location="TP Hồ Chí Minh")
