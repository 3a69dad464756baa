"""p1018-5: Party/provincial newspaper (Báo Nghệ An) - TP Vinh gắn biển số nhà, đặt tên đường; byline + bare date at the end."""
from lib import F, P, I, CH, TG, write

TEXT = """
TP Vinh chuẩn hóa biển số nhà, tên đường

Từ đầu năm đến nay, thành phố Vinh đã gắn mới 3.460 biển số nhà, tăng gấp 1,8 lần so với cùng kỳ năm trước, tập trung ở các phường Hưng Bình, Hưng Phúc, Quán Bàu và Bến Thủy.

Theo Phòng Quản lý đô thị thành phố, tính đến 30/4, Vinh có 1.028 tuyến đường, phố đã được đặt tên, trong đó 784 tuyến đã gắn đủ biển tên đường. Riêng quý I/2024, thành phố gắn 1.950 biển số nhà. Số biển gắn trong quý I gấp 2,1 lần quý IV/2023.

Mỗi biển số nhà làm bằng tôn mạ kẽm, kích thước 30 x 20 cm, giá từ 50.000 - 70.000 đồng/biển, do người dân tự nguyện đóng góp. Ông Hoàng Văn Sáu ở khối 12, phường Hưng Bình cho biết: "Trước đây nhà tôi mang số 15 ngõ 7, giờ gắn biển mới theo tên đường, bưu tá tìm rất dễ".

Tuy vậy, tại một số khối, xóm vẫn còn khoảng 15% hộ dân chưa có biển số nhà do nhà nằm trong ngõ chưa đặt tên. Năm 2023, ngân sách thành phố chi 1,36 tỷ đồng để làm biển tên đường, ngõ, bình quân gần 2,4 triệu đồng mỗi biển.

Năm 2024, thành phố đặt mục tiêu gắn 9.000 biển số nhà và đặt tên 45 tuyến đường mới. Trong quý II/2024, dự kiến thành phố trình HĐND tỉnh đặt tên 28 tuyến tại các phường Nghi Phú, Hưng Lộc và xã Nghi Ân, trong đó có tuyến nối Quốc lộ 46 với đại lộ Lê Nin.

Đây là lần thứ 4 Vinh triển khai đồng loạt việc chuẩn hóa số nhà theo Nghị quyết số 15/2023/NQ-HĐND.

THÀNH CHUNG

14/05/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-14")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("mới 3.460 biển", "3.460", 3460, "count", "biển số nhà", "biển số nhà gắn mới",
      change=CH("increase", 1.8, "lần", baseline="cùng kỳ năm trước"), period=YTD),
    F("có 1.028 tuyến", "1.028", 1028, "count", "tuyến đường, phố", "tuyến đường, phố đã được đặt tên",
      period=P("tính đến 30/4", None, "2024-04-30")),
    F("784 tuyến", "784", 784, "count", "tuyến", "tuyến đã gắn đủ biển tên đường", total=1028,
      period=P("tính đến 30/4", None, "2024-04-30")),
    F("gắn 1.950 biển", "1.950", 1950, "count", "biển số nhà", "biển số nhà gắn", period=Q1),
    F("gấp 2,1 lần", "2,1", 2.1, "multiple", "lần", "số biển gắn trong quý I so với quý IV/2023",
      period=P("quý I", "2024-01-01", "2024-03-31")),
    F("kích thước 30 x", "30", 30, "measure", "cm", "kích thước biển số nhà", optional=True),
    F("x 20 cm", "20", 20, "measure", "cm", "kích thước biển số nhà", optional=True),
    F("từ 50.000 - 70.000", "50.000", 50000, "money", "đồng/biển", "giá biển số nhà", value_max=70000),
    F("khoảng 15% hộ", "15", 15, "percent", "%", "hộ dân chưa có biển số nhà", approx="about"),
    F("chi 1,36 tỷ đồng", "1,36", 1.36e9, "money", "đồng", "ngân sách thành phố chi làm biển tên đường, ngõ",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("gần 2,4 triệu", "2,4", 2.4e6, "money", "đồng/biển", "chi phí bình quân mỗi biển tên đường, ngõ",
      approx="nearly", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("gắn 9.000 biển", "9.000", 9000, "count", "biển số nhà", "biển số nhà gắn", status="target", period=Y24),
    F("tên 45 tuyến", "45", 45, "count", "tuyến đường", "tuyến đường mới đặt tên", status="target", period=Y24),
    F("tên 28 tuyến", "28", 28, "count", "tuyến", "tuyến trình HĐND tỉnh đặt tên", status="forecast",
      period=P("quý II/2024", "2024-04-01", "2024-06-30")),
]

NOTES = [
    "Báo Nghệ An: TP Vinh gắn biển số nhà, đặt tên đường 2024; byline THÀNH CHUNG and the bare date 14/05/2024 at the end (published).",
    "Not figures: ông Hoàng Văn Sáu (name), khối 12, 'số 15 ngõ 7' (an address in a quote), Quốc lộ 46, lần thứ 4,",
    "Nghị quyết số 15/2023/NQ-HĐND, quý IV/2023 (the multiple's baseline). 'cùng kỳ năm trước' avoids a year before 'tính đến 30/4',",
    "which takes 2024 from published. 'tăng gấp 1,8 lần so với cùng kỳ' after 3.460 biển is its change (unit lần); 'Số biển gắn trong",
    "quý I gấp 2,1 lần quý IV/2023' stands as its own sentence: a multiple. The sign's size '30 x 20 cm' is an example's specification (optional).",
    "784 tuyến follows 'trong đó' after 1.028 tuyến: total 1028. Vinh is a city: location Vinh. '2,4 triệu đồng mỗi biển' → unit đồng/biển.",
]

write(5, TEXT, FIGS, NOTES, published="2024-05-14", location="Vinh")
