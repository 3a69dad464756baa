"""p1394-1: province portal (Bình Thuận): ash and slag consumption 9 months 2024, a plant's dump in Tuy Phong."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH THUẬN
Trang chủ > Tin tức - Sự kiện > Kinh tế

9 tháng, Bình Thuận tiêu thụ gần 1,9 triệu tấn tro xỉ nhiệt điện

Cập nhật: 14/10/2024 10:35 | Lượt xem: 1.862

Theo Sở Công Thương, 9 tháng đầu năm 2024, các nhà máy nhiệt điện than trên địa bàn tỉnh phát sinh khoảng 3,2 triệu tấn tro xỉ, giảm 4,5% so với cùng kỳ do huy động công suất thấp. Lượng tro xỉ được tiêu thụ đạt gần 1,9 triệu tấn, tăng 11,2% so với cùng kỳ năm 2023, bằng 59,4% lượng phát sinh. Trong đó, làm nguyên liệu sản xuất xi măng khoảng 820 nghìn tấn; sản xuất gạch không nung 310 nghìn tấn; san lấp mặt bằng và làm đường hơn 760 nghìn tấn.

Tại huyện Tuy Phong, bãi chứa tro xỉ của Nhà máy Nhiệt điện Hòa Phong 2 có diện tích 36 ha, sức chứa thiết kế 4,5 triệu m3, hiện đã lấp đầy khoảng 78%. Công ty TNHH Vật liệu Xanh Hải Long đã ký hợp đồng thu mua 600.000 tấn tro bay mỗi năm của nhà máy với giá từ 45.000 đến 60.000 đồng/tấn, trong đó khoảng 40% dành cho xuất khẩu.

Quý IV/2024, tỉnh phấn đấu tiêu thụ thêm ít nhất 700 nghìn tấn, nâng tổng lượng tiêu thụ cả năm lên khoảng 2,6 triệu tấn. Mục tiêu đến năm 2025, tỷ lệ tro xỉ được xử lý, sử dụng đạt trên 80% lượng phát sinh trong năm. Hiện tỉnh có 4 trung tâm nhiệt điện than với tổng công suất 4.270 MW, đứng thứ 2 cả nước sau Quảng Ninh.

Tin liên quan:
- Bình Thuận làm việc với EVN về xử lý tro xỉ tại Vĩnh Tân (07/10/2024)
- Triển khai Thông tư số 02/2022/TT-BXD về sử dụng tro xỉ làm vật liệu san lấp
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV/2024", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
TO2025 = per("đến năm 2025", None, "2025-12-31")
TP = "Tuy Phong"
WHOLE = 1.9e6

FIGS = [
    fig("Bình Thuận tiêu thụ gần 1,9", "1,9", 1.9e6, "measure", "tấn", approx="nearly",
        subject="tro xỉ nhiệt điện tiêu thụ", period=NINE_H),
    fig("khoảng 3,2 triệu tấn", "3,2", 3.2e6, "measure", "tấn", approx="about",
        change=chg("decrease", 4.5, "%", "cùng kỳ"),
        subject="tro xỉ các nhà máy nhiệt điện than phát sinh", period=NINE),
    fig("đạt gần 1,9 triệu", "1,9", 1.9e6, "measure", "tấn", approx="nearly", percent=59.4,
        change=chg("increase", 11.2, "%", "cùng kỳ năm 2023"),
        subject="lượng tro xỉ được tiêu thụ", period=inh(NINE)),
    fig("xi măng khoảng 820 nghìn", "820", 820e3, "measure", "tấn", approx="about", total=WHOLE,
        subject="tro xỉ làm nguyên liệu sản xuất xi măng", period=inh(NINE)),
    fig("không nung 310 nghìn", "310", 310e3, "measure", "tấn", total=WHOLE,
        subject="tro xỉ sản xuất gạch không nung", period=inh(NINE)),
    fig("làm đường hơn 760 nghìn", "760", 760e3, "measure", "tấn", approx="over", total=WHOLE,
        subject="tro xỉ san lấp mặt bằng và làm đường", period=inh(NINE)),
    fig("diện tích 36 ha", "36", 36, "measure", "ha",
        subject="diện tích bãi chứa tro xỉ của Nhà máy Nhiệt điện Hòa Phong 2", location=TP),
    fig("thiết kế 4,5 triệu m3", "4,5", 4.5e6, "measure", "m3",
        subject="sức chứa thiết kế bãi chứa tro xỉ", location=TP),
    fig("lấp đầy khoảng 78%", "78", 78, "percent", "%", approx="about",
        subject="bãi chứa tro xỉ đã lấp đầy", location=TP),
    fig("mua 600.000 tấn", "600.000", 600000, "measure", "tấn/năm",
        subject="tro bay Công ty TNHH Vật liệu Xanh Hải Long ký hợp đồng thu mua mỗi năm", location=TP),
    fig("từ 45.000 đến 60.000", "45.000", 45000, "money", "đồng/tấn", value_max=60000,
        subject="giá thu mua tro bay", location=TP),
    fig("khoảng 40% dành", "40", 40, "percent", "%", approx="about",
        subject="tro bay dành cho xuất khẩu", location=TP),
    fig("ít nhất 700 nghìn", "700", 700e3, "measure", "tấn", approx="at_least", status="target",
        subject="tro xỉ tiêu thụ thêm", period=Q4),
    fig("khoảng 2,6 triệu", "2,6", 2.6e6, "measure", "tấn", approx="about", status="target",
        subject="tổng lượng tro xỉ tiêu thụ cả năm", period=YEAR),
    fig("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
        subject="tỷ lệ tro xỉ được xử lý, sử dụng", period=TO2025),
    fig("có 4 trung tâm", "4", 4, "count", "trung tâm nhiệt điện than",
        subject="trung tâm nhiệt điện than"),
    fig("công suất 4.270 MW", "4.270", 4270, "measure", "MW",
        subject="tổng công suất các trung tâm nhiệt điện than"),
    fig("đứng thứ 2", "2", 2, "rank", "hạng",
        subject="tổng công suất nhiệt điện than"),
]

NOTES = [
    "Province portal (Bình Thuận): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 10:35 | Lượt xem: 1.862', related links.",
    "Distractors: 'Lượt xem: 1.862', time 10:35, 'Nhà máy Nhiệt điện Hòa Phong 2', link date 07/10/2024,",
    "'Thông tư số 02/2022/TT-BXD', baseline 'năm 2023'.",
    "Headline '9 tháng' has no year and nothing stands before it: the year of published (2024).",
    "'Trong đó' after a sentence break: the three uses take the whole 1,9 triệu tấn (same thing, same period).",
    "'bằng 59,4% lượng phát sinh' is the percent attribute of 1,9 triệu; the change is the first 'tăng' after it.",
    "The Tuy Phong paragraph (dump, contract, price, export share) is located in Tuy Phong.",
    "'trong đó khoảng 40% dành cho xuất khẩu' is a percent figure of its own (no base amount right before it).",
    "'Quý IV/2024 ... phấn đấu' governs 'nâng ... cả năm lên khoảng 2,6 triệu tấn' (target, cả năm = 2024).",
    "'mỗi năm' after 600.000 tấn makes a yearly rate (tấn/năm). 'Hiện' figures have no period.",
    "'đứng thứ 2 cả nước' ranks the province's coal power capacity: location Bình Thuận.",
]

if __name__ == "__main__":
    write("p1394-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bình Thuận")
