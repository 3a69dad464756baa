"""p1356-1: province portal (Hà Tĩnh): power use during the June 2024 heatwave."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Nắng nóng kéo dài, điện tiêu thụ tại Hà Tĩnh tăng gần 18%

Cập nhật: 14/06/2024 16:05 | Lượt xem: 1.386

Theo Công ty Điện lực Hà Tĩnh, từ ngày 1/6 đến ngày 12/6/2024, do ảnh hưởng của đợt nắng nóng gay gắt, sản lượng điện tiêu thụ trên địa bàn tỉnh đạt 168,4 triệu kWh, tăng 17,6% so với cùng kỳ năm 2023. Trong đó, điện sinh hoạt đạt 69,4 triệu kWh, chiếm 41,2%, tăng 29% so với cùng kỳ; điện cho công nghiệp - xây dựng khoảng 79 triệu kWh.

Bình quân mỗi ngày toàn tỉnh tiêu thụ khoảng 14 triệu kWh. Riêng ngày 10/6, công suất cực đại (Pmax) lên tới 742 MW, cao nhất từ trước đến nay, vượt 6,5% so với đỉnh của năm 2023. Mức tăng trưởng điện tiêu thụ của tỉnh đứng thứ hai khu vực Bắc Trung Bộ.

Nhiệt độ ngoài trời tại nhiều địa phương trong tỉnh phổ biến từ 39 đến 41 độ C, có nơi trên 42 độ C. Tại thị xã Kỳ Anh, trạm biến áp 110 kV Kỳ Anh có thời điểm mang tải 96%.

Để bảo đảm cấp điện, ngành điện đã đưa vào vận hành 2 trạm biến áp mới, hoán đổi và nâng công suất 35 trạm biến áp phân phối, huy động gần 300 cán bộ, công nhân trực vận hành 24/24 giờ. Công ty khuyến cáo khách hàng để điều hòa ở mức 26-27 độ C, hạn chế dùng thiết bị công suất lớn trong khung giờ từ 13 giờ đến 15 giờ và từ 20 giờ đến 23 giờ.

Theo dự báo của Đài Khí tượng Thủy văn Hà Tĩnh, trong 3-4 ngày tới nắng nóng tiếp tục duy trì, nhiệt độ cao nhất phổ biến 38-40 độ C. Dự kiến sản lượng điện tiêu thụ cả tháng 6 có thể đạt 420 triệu kWh.

Tin liên quan:
- Hà Tĩnh triển khai phương án phòng, chống cháy rừng mùa khô năm 2024
- Bảo đảm nước sinh hoạt cho người dân vùng khô hạn
"""

P12 = per("từ ngày 1/6 đến ngày 12/6/2024", "2024-06-01", "2024-06-12")
D10 = per("Riêng ngày 10/6", "2024-06-10", "2024-06-10")
JUN = per("cả tháng 6", "2024-06-01", "2024-06-30")
KA = "Kỳ Anh"

FIGS = [
    fig("tăng gần 18%", "18", 18, "percent", "%", approx="nearly", subject="điện tiêu thụ"),
    fig("đạt 168,4 triệu", "168,4", 168.4e6, "measure", "kWh",
        change=chg("increase", 17.6, "%", "cùng kỳ năm 2023"),
        subject="sản lượng điện tiêu thụ", period=P12),
    fig("đạt 69,4 triệu", "69,4", 69.4e6, "measure", "kWh", total=168.4e6, percent=41.2,
        change=chg("increase", 29, "%", "cùng kỳ"), subject="điện sinh hoạt", period=inh(P12)),
    fig("khoảng 79 triệu", "79", 79e6, "measure", "kWh", approx="about", total=168.4e6,
        subject="điện cho công nghiệp - xây dựng", period=inh(P12)),
    fig("khoảng 14 triệu", "14", 14e6, "measure", "kWh/ngày", approx="about",
        subject="điện tiêu thụ bình quân mỗi ngày", period=inh(P12)),
    fig("lên tới 742 MW", "742", 742, "measure", "MW",
        change=chg("increase", 6.5, "%", "đỉnh của năm 2023"),
        subject="công suất cực đại (Pmax)", period=D10),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="mức tăng trưởng điện tiêu thụ của tỉnh"),
    fig("từ 39 đến 41", "39", 39, "measure", "độ C", value_max=41, subject="nhiệt độ ngoài trời"),
    fig("trên 42 độ C", "42", 42, "measure", "độ C", approx="over", subject="nhiệt độ ngoài trời"),
    fig("mang tải 96%", "96", 96, "percent", "%", subject="trạm biến áp 110 kV Kỳ Anh mang tải", location=KA),
    fig("vận hành 2 trạm", "2", 2, "count", "trạm biến áp", subject="trạm biến áp mới đưa vào vận hành"),
    fig("công suất 35 trạm", "35", 35, "count", "trạm biến áp",
        subject="trạm biến áp phân phối hoán đổi và nâng công suất"),
    fig("gần 300 cán bộ", "300", 300, "count", "cán bộ, công nhân", approx="nearly",
        subject="cán bộ, công nhân trực vận hành"),
    fig("mức 26-27 độ C", "26", 26, "measure", "độ C", value_max=27,
        subject="mức nhiệt độ điều hòa khuyến cáo", optional=True),
    fig("phổ biến 38-40 độ C", "38", 38, "measure", "độ C", value_max=40, status="forecast",
        subject="nhiệt độ cao nhất"),
    fig("đạt 420 triệu", "420", 420e6, "measure", "kWh", status="forecast",
        subject="sản lượng điện tiêu thụ", period=JUN),
]

NOTES = [
    "Province portal (Hà Tĩnh): power use during the June 2024 heatwave; breadcrumb, 'Cập nhật: 14/06/2024 16:05 | Lượt xem: 1.386', related links.",
    "Distractors: 16:05, Lượt xem 1.386, 'trạm biến áp 110 kV Kỳ Anh' (name), '24/24 giờ' (idiom: round the clock), times 13-15 giờ / 20-23 giờ, 'trong 3-4 ngày tới' (a span locating the forecast), 'năm 2024' in a link.",
    "'Trong đó' after a sentence break: 69,4 and 79 triệu kWh take the whole 168,4 triệu kWh; their period is inherited.",
    "'vượt 6,5% so với đỉnh của năm 2023' is the change of the Pmax 742 MW; 'ngày 10/6' is a one-day period.",
    "'mức 26-27 độ C' is a recommendation, not a fact or target of the world: optional.",
    "'Theo dự báo' governs the 38-40 độ C; 'Dự kiến' the 420 triệu kWh (forecast); 'cả tháng 6' takes 2024.",
]

if __name__ == "__main__":
    write("p1356-1", TEXT, NOTES, FIGS, published="2024-06-14", location="Hà Tĩnh")
