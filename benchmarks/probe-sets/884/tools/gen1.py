"""p884-1: province portal, Thừa Thiên Huế, plastic waste collected in H1/2024, market model."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Thừa Thiên Huế
Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Thừa Thiên Huế: 6 tháng thu gom hơn 1.200 tấn rác thải nhựa

Cập nhật: 08/07/2024 09:45 | Lượt xem: 2.317

Theo báo cáo của Sở Tài nguyên và Môi trường, 6 tháng đầu năm 2024, toàn tỉnh thu gom, phân loại được 1.236 tấn rác thải nhựa, tăng 18,5% so với cùng kỳ năm 2023. Trong đó, lượng rác thải nhựa được chuyển đi tái chế ước đạt 430 tấn, chiếm 34,8%. Riêng quý II/2024, toàn tỉnh thu gom 702 tấn, cao hơn 168 tấn so với quý I.

Thực hiện Kế hoạch số 152/KH-UBND ngày 15/3/2023 của UBND tỉnh, đến nay toàn tỉnh có 98/141 xã, phường, thị trấn ra mắt mô hình "Chợ giảm thiểu túi ni lông", đạt 69,5%. Các chợ tham gia mô hình đã cấp phát miễn phí gần 25.000 túi vải, giỏ nhựa dùng nhiều lần cho tiểu thương và người đi chợ; lượng túi ni lông sử dụng tại các chợ giảm bình quân 30-40%.

Tại thành phố Huế, 100% chợ hạng 1 và hạng 2 đã ký cam kết không sử dụng túi ni lông khó phân hủy. Chợ Đông Ba – chợ lớn nhất tỉnh với hơn 1.500 hộ kinh doanh – mỗi ngày giảm được khoảng 35 kg túi ni lông so với trước khi triển khai mô hình. Chợ Phú Bài bên Quốc lộ 1A lần thứ 3 được tỉnh tặng Bằng khen về phong trào này.

Năm 2024, tỉnh phấn đấu 100% siêu thị, trung tâm thương mại không sử dụng túi ni lông khó phân hủy và 80% chợ trên địa bàn có mô hình giảm thiểu rác thải nhựa. Dự kiến tổng kinh phí thực hiện khoảng 2,5 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,8 tỷ đồng, còn lại huy động xã hội hóa.

Mọi phản ánh về rác thải nhựa xin gửi về đường dây nóng 0234.3822.155.
"""

NOTES = [
    "p884-1: province portal (Thừa Thiên Huế), H1/2024 plastic waste collected, 'Chợ giảm thiểu túi ni lông' model, 2024 targets.",
    "Headline '6 tháng' has no year: the dateline 08/07/2024 stands before it, so 2024.",
    "'đến nay' is an as-of at the dateline. 'hạng 1 và hạng 2' (market classes), 'Quốc lộ 1A', 'lần thứ 3',",
    "the plan number, the hotline and 'Lượt xem' are not figures. Figures of Huế city and chợ Đông Ba get location Huế.",
]
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = P("đến nay", None, "2024-07-08")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("6 tháng thu gom hơn 1.200 tấn", "1.200", 1200, "measure", "tấn", "rác thải nhựa thu gom",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("phân loại được 1.236 tấn", "1.236", 1236, "measure", "tấn", "rác thải nhựa thu gom, phân loại", H1,
      change=C("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("ước đạt 430 tấn", "430", 430, "measure", "tấn", "rác thải nhựa được chuyển đi tái chế", I(H1),
      total=1236, percent=34.8, status="estimate"),
    F("thu gom 702 tấn", "702", 702, "measure", "tấn", "rác thải nhựa thu gom quý II",
      P("quý II/2024", "2024-04-01", "2024-06-30"), change=C("increase", 168, "tấn", "quý I")),
    F("có 98/141 xã", "98", 98, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn ra mắt mô hình Chợ giảm thiểu túi ni lông", NOW, total=141, percent=69.5),
    F("gần 25.000 túi vải", "25.000", 25000, "count", "túi vải",
      "túi vải, giỏ nhựa dùng nhiều lần cấp phát miễn phí", I(NOW), approx="nearly"),
    F("bình quân 30-40%", "30", 30, "percent", "%", "lượng túi ni lông sử dụng tại các chợ giảm", I(NOW),
      value_max=40),
    F("Huế, 100% chợ", "100", 100, "percent", "%",
      "chợ hạng 1 và hạng 2 ký cam kết không sử dụng túi ni lông khó phân hủy", location="Huế"),
    F("hơn 1.500 hộ", "1.500", 1500, "count", "hộ kinh doanh", "hộ kinh doanh chợ Đông Ba",
      approx="over", location="Huế"),
    F("khoảng 35 kg", "35", 35, "measure", "kg/ngày", "lượng túi ni lông chợ Đông Ba giảm mỗi ngày",
      approx="about", location="Huế"),
    F("phấn đấu 100% siêu thị", "100", 100, "percent", "%",
      "siêu thị, trung tâm thương mại không sử dụng túi ni lông khó phân hủy", Y24, status="target"),
    F("và 80% chợ", "80", 80, "percent", "%", "chợ có mô hình giảm thiểu rác thải nhựa", Y24, status="target"),
    F("khoảng 2,5 tỷ đồng", "2,5", 2_500_000_000, "money", "đồng", "tổng kinh phí thực hiện", I(Y24),
      approx="about", status="forecast"),
    F("hỗ trợ 1,8 tỷ đồng", "1,8", 1_800_000_000, "money", "đồng", "ngân sách tỉnh hỗ trợ", I(Y24),
      total=2_500_000_000, status="forecast"),
]
write("p884-1", TEXT, NOTES, FIGS, published="2024-07-08", location="Thừa Thiên Huế")
