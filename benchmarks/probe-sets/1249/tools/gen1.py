"""p1249-1: province portal (Khánh Hòa): marine aquaculture 9 months 2024, golden pompano, Vạn Ninh HDPE cages."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Khánh Hòa
Trang chủ > Tin tức - Sự kiện > Kinh tế

Khánh Hòa: Sản lượng nuôi biển 9 tháng ước đạt hơn 9.800 tấn

Cập nhật: 07/10/2024 15:25 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, sản lượng nuôi trồng thủy sản trên biển của tỉnh ước đạt 9.850 tấn, tăng 7,4% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, cá biển đạt 4.620 tấn, tôm hùm 2.140 tấn, còn lại là ốc hương và nhuyễn thể khác.

Toàn tỉnh hiện có khoảng 98.500 ô lồng nuôi biển, tập trung tại thị xã Ninh Hòa, huyện Vạn Ninh và TP Cam Ranh. Cá chim vây vàng là đối tượng nuôi chủ lực với gần 1.900 tấn, chiếm 41% sản lượng cá biển. Giá cá chim vây vàng tại lồng dao động từ 95.000 đến 110.000 đồng/kg, giảm khoảng 10.000 đồng/kg so với đầu năm.

Tại huyện Vạn Ninh, vịnh Vân Phong có 12 doanh nghiệp và 3 hợp tác xã nuôi biển bằng lồng HDPE, tổng thể tích hơn 160.000 m3. Công ty TNHH Hải sản Vân Phong Xanh đang thả nuôi 420.000 con cá chim vây vàng trong 36 lồng tròn đường kính 20 m; tỷ lệ sống đạt khoảng 85%, năng suất bình quân 18 kg/m3.

Trong quý IV/2024, ngành nông nghiệp phấn đấu sản lượng nuôi biển đạt 3.100 tấn, đưa cả năm đạt trên 12.900 tấn. Từ đầu năm đến nay, tỉnh đã hỗ trợ ngư dân chuyển đổi 2.350 ô lồng gỗ truyền thống sang lồng vật liệu mới theo Kế hoạch số 214/KH-UBND.

Tin liên quan:
- Khánh Hòa tổ chức Hội thảo nuôi biển công nghệ cao lần thứ 2
- Ninh Hòa: Ra quân sắp xếp lồng bè trên đầm Nha Phu
"""

M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
H9 = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
Y24 = per("cả năm", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
VN = "Vạn Ninh"

FIGS = [
    fig("ước đạt hơn 9.800 tấn", "9.800", 9800, "measure", "tấn", approx="over", status="estimate",
        subject="sản lượng nuôi biển", period=H9),
    fig("ước đạt 9.850 tấn", "9.850", 9850, "measure", "tấn", status="estimate", percent=76.2,
        change=chg("increase", 7.4, "%", "cùng kỳ năm 2023"),
        subject="sản lượng nuôi trồng thủy sản trên biển của tỉnh", period=M9),
    fig("đạt 4.620 tấn", "4.620", 4620, "measure", "tấn", total=9850, status="estimate",
        subject="cá biển", period=inh(M9)),
    fig("tôm hùm 2.140 tấn", "2.140", 2140, "measure", "tấn", total=9850, status="estimate",
        subject="tôm hùm", period=inh(M9)),
    fig("khoảng 98.500 ô lồng", "98.500", 98500, "count", "ô lồng", approx="about",
        subject="ô lồng nuôi biển"),
    fig("gần 1.900 tấn", "1.900", 1900, "measure", "tấn", approx="nearly", percent=41,
        subject="cá chim vây vàng", period=inh(M9)),
    fig("từ 95.000 đến 110.000", "95.000", 95000, "money", "đồng/kg", value_max=110000,
        change=chg("decrease", 10000, "đồng/kg", "đầu năm", approx="about"),
        subject="giá cá chim vây vàng tại lồng"),
    fig("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", location=VN,
        subject="doanh nghiệp nuôi biển bằng lồng HDPE"),
    fig("và 3 hợp tác xã", "3", 3, "count", "hợp tác xã", location=VN,
        subject="hợp tác xã nuôi biển bằng lồng HDPE"),
    fig("hơn 160.000 m3", "160.000", 160000, "measure", "m3", approx="over", location=VN,
        subject="tổng thể tích lồng HDPE"),
    fig("nuôi 420.000 con", "420.000", 420000, "count", "con", location=VN,
        subject="cá chim vây vàng Công ty TNHH Hải sản Vân Phong Xanh đang thả nuôi"),
    fig("trong 36 lồng", "36", 36, "count", "lồng", location=VN,
        subject="lồng tròn thả nuôi cá chim vây vàng"),
    fig("đường kính 20 m", "20", 20, "measure", "m", location=VN,
        subject="đường kính lồng tròn", optional=True),
    fig("khoảng 85%", "85", 85, "percent", "%", approx="about", location=VN, subject="tỷ lệ sống"),
    fig("18 kg/m3", "18", 18, "measure", "kg/m3", location=VN, subject="năng suất bình quân"),
    fig("đạt 3.100 tấn", "3.100", 3100, "measure", "tấn", status="target",
        subject="sản lượng nuôi biển", period=Q4),
    fig("trên 12.900 tấn", "12.900", 12900, "measure", "tấn", approx="over", status="target",
        subject="sản lượng nuôi biển cả năm", period=Y24),
    fig("đổi 2.350 ô lồng", "2.350", 2350, "count", "ô lồng",
        subject="ô lồng gỗ truyền thống chuyển đổi sang lồng vật liệu mới", period=YTD),
]

NOTES = [
    "Province portal (Khánh Hòa): breadcrumb, headline figure, 'Cập nhật: 07/10/2024 15:25 | Lượt xem: 1.386' (published), related links.",
    "'Trong đó' after a sentence break: parts take the whole 9.850 tấn and its status (estimate); period inherited.",
    "'bằng 76,2% kế hoạch năm' is the percent attribute; 'chiếm 41% sản lượng cá biển' the percent of gần 1.900 tấn.",
    "'giảm khoảng 10.000 đồng/kg so với đầu năm' is a change of the price range. The Vạn Ninh paragraph is located in Vạn Ninh.",
    "'đường kính 20 m' (a cage's size) is optional. 'cả năm' takes 2024 from 'quý IV/2024' in the same sentence.",
    "Distractors: Lượt xem 1.386, 15:25, Kế hoạch số 214/KH-UBND, 'lần thứ 2', HDPE.",
]

if __name__ == "__main__":
    write("p1249-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Khánh Hòa")
