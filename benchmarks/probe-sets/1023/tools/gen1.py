"""p1023-1: province portal (Quảng Nam), 6 months 2024."""
from lib import F, P, I, C, T, write_set

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường
6 tháng đầu năm, hơn 62.000 hộ dân Quảng Nam phân loại rác hữu cơ tại nguồn
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.317

Theo báo cáo của Sở Tài nguyên và Môi trường, 6 tháng đầu năm 2024, toàn tỉnh có hơn 62.000 hộ dân thực hiện phân loại rác thải hữu cơ tại nguồn, tăng 18,4% so với cùng kỳ năm 2023, đạt 77,5% kế hoạch năm. Trong đó, thành phố Hội An có 19.850 hộ, thị xã Điện Bàn 14.200 hộ, thành phố Tam Kỳ 11.630 hộ, các huyện còn lại hơn 16.000 hộ.

Các địa phương đã cấp phát 8.450 thùng ủ phân compost cho hộ gia đình, mỗi thùng có dung tích 120 lít; tổng kinh phí hơn 3,8 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 70%, phần còn lại do người dân đối ứng. Chi cục Bảo vệ môi trường đã tổ chức 46 lớp tập huấn cho hơn 3.100 lượt người về kỹ thuật ủ phân bằng chế phẩm vi sinh.

Lượng rác hữu cơ được xử lý tại hộ bằng hình thức ủ phân, làm thức ăn chăn nuôi ước đạt khoảng 9.600 tấn, chiếm 23% tổng lượng rác thải sinh hoạt phát sinh ở khu vực nông thôn. Nhờ đó, khối lượng rác phải vận chuyển về Khu xử lý chất thải rắn Tam Xuân 2 giảm bình quân 35 tấn/ngày. Phân hữu cơ thành phẩm do các tổ hợp tác ở huyện Duy Xuyên sản xuất từ rác hữu cơ hiện được bán với giá 4.000-5.000 đồng/kg.

Theo Kế hoạch số 145/KH-UBND ngày 22/3/2024 của UBND tỉnh, năm 2024 Quảng Nam phấn đấu có 80.000 hộ phân loại rác tại nguồn; đến năm 2025, 100% xã, phường, thị trấn triển khai phân loại rác hữu cơ tại hộ gia đình.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1B = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SUBJ = "hộ dân thực hiện phân loại rác thải hữu cơ tại nguồn"

FIGS = [
    F("hơn 62.000 hộ dân Quảng Nam", "62.000", 62000, "count", "hộ", SUBJ, H1, approx="over"),
    F("có hơn 62.000 hộ dân thực hiện", "62.000", 62000, "count", "hộ", SUBJ, H1B, approx="over",
      percent=77.5, change=C("increase", 18.4, "%", "cùng kỳ năm 2023")),
    F("Hội An có 19.850 hộ", "19.850", 19850, "count", "hộ", SUBJ, I(H1B), total=62000, location="Hội An"),
    F("Điện Bàn 14.200 hộ", "14.200", 14200, "count", "hộ", SUBJ, I(H1B), total=62000, location="Điện Bàn"),
    F("Tam Kỳ 11.630 hộ", "11.630", 11630, "count", "hộ", SUBJ, I(H1B), total=62000, location="Tam Kỳ"),
    F("còn lại hơn 16.000 hộ", "16.000", 16000, "count", "hộ", "hộ dân phân loại rác tại các huyện còn lại",
      I(H1B), approx="over", total=62000),
    F("cấp phát 8.450 thùng", "8.450", 8450, "count", "thùng", "thùng ủ phân compost cấp phát cho hộ gia đình"),
    F("dung tích 120 lít", "120", 120, "measure", "lít", "dung tích mỗi thùng ủ", optional=True),
    F("hơn 3,8 tỷ đồng", "3,8", 3.8e9, "money", "đồng", "tổng kinh phí cấp phát thùng ủ", approx="over"),
    F("hỗ trợ 70%", "70", 70, "percent", "%", "kinh phí do ngân sách tỉnh hỗ trợ"),
    F("tổ chức 46 lớp", "46", 46, "count", "lớp", "lớp tập huấn về kỹ thuật ủ phân"),
    F("hơn 3.100 lượt người", "3.100", 3100, "count", "lượt người", "lượt người được tập huấn",
      approx="over"),
    F("khoảng 9.600 tấn", "9.600", 9600, "measure", "tấn", "lượng rác hữu cơ được xử lý tại hộ",
      approx="about", percent=23, status="estimate"),
    F("giảm bình quân 35 tấn/ngày", "35", 35, "measure", "tấn/ngày",
      "khối lượng rác phải vận chuyển về khu xử lý chất thải rắn giảm"),
    F("giá 4.000-5.000 đồng/kg", "4.000", 4000, "money", "đồng/kg", "giá phân hữu cơ thành phẩm",
      value_max=5000, location="Duy Xuyên"),
    F("có 80.000 hộ", "80.000", 80000, "count", "hộ", "hộ phân loại rác tại nguồn",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("100% xã, phường", "100", 100, "percent", "%",
      "xã, phường, thị trấn triển khai phân loại rác hữu cơ tại hộ gia đình",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Cổng TTĐT Quảng Nam (province portal): households sorting organic waste at source, 6 months 2024; invented for probe set 1023.",
    "Distractors: breadcrumb, 'Cập nhật: 12/07/2024 09:45', 'Lượt xem: 2.317', 'Tam Xuân 2' (name), 'Kế hoạch số 145/KH-UBND ngày 22/3/2024'.",
    "Headline '6 tháng đầu năm' takes 2024 from published. 'Trong đó' parts take total 62000 (the whole before the cue).",
    "'giảm bình quân 35 tấn/ngày' is a decrease with no base amount: a measure figure of its own, no change object.",
    "'trong đó ngân sách tỉnh hỗ trợ 70%' is a percent figure of its own (share of money; a percent gets no total). 120 lít (bin spec) optional.",
]

write_set("p1023-1", TEXT, FIGS, NOTES, published="2024-07-12", location="Quảng Nam")
