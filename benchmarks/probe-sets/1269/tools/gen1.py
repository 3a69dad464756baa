"""p1269-1: province portal (Cổng TTĐT tỉnh Lâm Đồng): high-tech farming 9 months 2024, IoT sensors, nhà màng."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Lâm Đồng: Giá trị sản xuất nông nghiệp công nghệ cao 9 tháng ước đạt hơn 38.000 tỷ đồng

Cập nhật: 15/10/2024 08:45 | Lượt xem: 3.126

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, giá trị sản xuất nông nghiệp ứng dụng công nghệ cao trên địa bàn tỉnh ước đạt 38.450 tỷ đồng, tăng 8,6% so với cùng kỳ năm 2023, chiếm 51,2% tổng giá trị sản xuất toàn ngành nông nghiệp.

Toàn tỉnh hiện có 68.500 ha đất sản xuất nông nghiệp ứng dụng công nghệ cao, trong đó diện tích nhà kính, nhà màng khoảng 5.240 ha, tập trung tại TP Đà Lạt, huyện Đơn Dương, huyện Đức Trọng và dọc Quốc lộ 20. Diện tích áp dụng tưới nhỏ giọt, tưới phun tự động đạt trên 42.000 ha. Lâm Đồng có 22 doanh nghiệp được công nhận là doanh nghiệp nông nghiệp ứng dụng công nghệ cao và 9 vùng nông nghiệp ứng dụng công nghệ cao.

Tính đến ngày 30/9/2024, toàn tỉnh có 215 cơ sở, doanh nghiệp và hợp tác xã lắp đặt hệ thống cảm biến IoT để theo dõi nhiệt độ, độ ẩm, dinh dưỡng và điều khiển tưới từ xa qua điện thoại, tăng 47 cơ sở so với cuối năm 2023. Nhờ tự động hóa, lượng nước tưới giảm từ 30 đến 40%, chi phí nhân công giảm khoảng 25%.

Năm 2023, giá trị sản xuất bình quân trên 1 ha đất canh tác đạt 218 triệu đồng; riêng các mô hình rau, hoa trong nhà màng có điều khiển tự động đạt từ 1,5 đến 3 tỷ đồng/ha.

Mục tiêu đến năm 2025, diện tích sản xuất nông nghiệp ứng dụng công nghệ cao của tỉnh đạt 80.000 ha, chiếm khoảng 28% diện tích canh tác; giá trị sản xuất nông nghiệp công nghệ cao chiếm trên 55% tổng giá trị ngành, theo tinh thần Nghị quyết số 05-NQ/TU của Tỉnh ủy.

Tin liên quan:
- Đà Lạt tổ chức Festival Hoa lần thứ X
- Lâm Đồng đón đoàn công tác tỉnh Gyeonggi (Hàn Quốc)
"""

M9 = per("9 tháng", "2024-01-01", "2024-09-30")
M9b = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("ước đạt hơn 38.000 tỷ", "38.000", 38000e9, "money", "đồng", approx="over", status="estimate",
        subject="giá trị sản xuất nông nghiệp công nghệ cao", period=M9),
    fig("ước đạt 38.450 tỷ", "38.450", 38450e9, "money", "đồng", status="estimate", percent=51.2,
        change=chg("increase", 8.6, "%", "cùng kỳ năm 2023"),
        subject="giá trị sản xuất nông nghiệp ứng dụng công nghệ cao", period=M9b),
    fig("có 68.500 ha", "68.500", 68500, "measure", "ha",
        subject="đất sản xuất nông nghiệp ứng dụng công nghệ cao"),
    fig("khoảng 5.240 ha", "5.240", 5240, "measure", "ha", approx="about", total=68500,
        subject="diện tích nhà kính, nhà màng"),
    fig("trên 42.000 ha", "42.000", 42000, "measure", "ha", approx="over",
        subject="diện tích áp dụng tưới nhỏ giọt, tưới phun tự động"),
    fig("có 22 doanh nghiệp", "22", 22, "count", "doanh nghiệp",
        subject="doanh nghiệp được công nhận là doanh nghiệp nông nghiệp ứng dụng công nghệ cao"),
    fig("và 9 vùng", "9", 9, "count", "vùng", subject="vùng nông nghiệp ứng dụng công nghệ cao"),
    fig("có 215 cơ sở", "215", 215, "count", "cơ sở", change=chg("increase", 47, "cơ sở", "cuối năm 2023"),
        subject="cơ sở, doanh nghiệp và hợp tác xã lắp đặt hệ thống cảm biến IoT", period=ASOF),
    fig("từ 30 đến 40%", "30", 30, "percent", "%", value_max=40, subject="lượng nước tưới giảm"),
    fig("giảm khoảng 25%", "25", 25, "percent", "%", approx="about", subject="chi phí nhân công giảm"),
    fig("đạt 218 triệu", "218", 218e6, "money", "đồng/ha",
        subject="giá trị sản xuất bình quân trên 1 ha đất canh tác", period=Y23),
    fig("từ 1,5 đến 3 tỷ", "1,5", 1.5e9, "money", "đồng/ha", value_max=3e9,
        subject="giá trị sản xuất các mô hình rau, hoa trong nhà màng có điều khiển tự động", period=Y23),
    fig("đạt 80.000 ha", "80.000", 80000, "measure", "ha", status="target", percent=28,
        subject="diện tích sản xuất nông nghiệp ứng dụng công nghệ cao", period=T25),
    fig("trên 55%", "55", 55, "percent", "%", approx="over", status="target",
        subject="giá trị sản xuất nông nghiệp công nghệ cao trong tổng giá trị ngành", period=T25),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Lâm Đồng): breadcrumb, headline figure, 'Cập nhật: 15/10/2024 08:45 | Lượt xem: 3.126', related links.",
    "Distractors: 'Lượt xem: 3.126', '08:45', 'Quốc lộ 20', 'Nghị quyết số 05-NQ/TU', 'lần thứ X', the '1 ha' of 'trên 1 ha' (a denominator: 'trên' = per).",
    "Headline '9 tháng' has no year and nothing stands before it: year of published (2024). 'ước đạt' → estimate.",
    "'chiếm 51,2%' after the amount → percent attribute; 'chiếm khoảng 28%' after the target area → percent attribute.",
    "'trong đó diện tích nhà kính, nhà màng khoảng 5.240 ha' → total 68.500. 'tập trung tại TP Đà Lạt, ...' does not move the location.",
    "'giảm từ 30 đến 40%', 'giảm khoảng 25%' are rates as the claim: percent figures, no change. 'hiện' figures have no period.",
    "'giá trị ... trên 1 ha ... đạt 218 triệu đồng' → unit đồng/ha. 'trên 55%' with no base amount → its own percent figure (target).",
]

if __name__ == "__main__":
    write("p1269-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Lâm Đồng")
