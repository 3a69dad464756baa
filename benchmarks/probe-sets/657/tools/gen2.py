from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN KỲ - TỈNH NGHỆ AN
Tin tức - Sự kiện / Văn hóa - Xã hội
Thứ Năm, 11/04/2024 - 15:20

Tân Kỳ chuyển đổi thêm 8 đài truyền thanh xã sang công nghệ IP

Quý I/2024, huyện Tân Kỳ đã hoàn thành lắp đặt, chuyển đổi 8 đài truyền thanh cấp xã từ công nghệ FM sang ứng dụng CNTT - viễn thông, nâng tổng số đơn vị có đài IP lên 17/22 xã, thị trấn.

Tổng kinh phí thực hiện hơn 3,12 tỷ đồng, từ nguồn Chương trình mục tiêu quốc gia xây dựng nông thôn mới và ngân sách huyện; bình quân 390 triệu đồng/đài. Mỗi đài gồm 1 bộ thiết bị phát đặt tại trụ sở UBND xã và từ 8 đến 14 cụm loa tại các xóm. Tổng số cụm loa mới lắp đặt là 86 cụm, trong đó 62 cụm dùng SIM 4G và 24 cụm kết nối qua cáp quang.

Trong quý I, hệ thống truyền thanh cơ sở toàn huyện đã phát 2.946 tin, bài, phóng sự, trong đó 1.108 tin, bài do đài xã tự sản xuất; tổng thời lượng phát sóng đạt 1.530,5 giờ, tăng 8,4% so với cùng kỳ năm 2023.

Ông Nguyễn Văn Hòa, Giám đốc Trung tâm Văn hóa - Thể thao và Truyền thông huyện cho biết, đến nay 100% xóm trên địa bàn huyện đã có loa truyền thanh. Huyện hiện có 22 cán bộ phụ trách đài truyền thanh xã, trong đó chỉ 5 người được đào tạo chuyên ngành báo chí, truyền thông.

Năm 2024, huyện phấn đấu chuyển đổi 5 đài còn lại; kinh phí dự kiến khoảng 2,1 tỷ đồng.

Mọi thông tin phản ánh về hoạt động truyền thanh cơ sở xin gửi về Phòng Văn hóa và Thông tin huyện, khối 7, thị trấn Tân Kỳ, điện thoại 0238.3882.456.
"""

q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
now = P("đến nay", end="2024-04-11")
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thêm 8 đài", "8", 8, "count", "đài", "đài truyền thanh xã chuyển đổi sang công nghệ IP", I(q1)),
    F("chuyển đổi 8 đài", "8", 8, "count", "đài",
      "đài truyền thanh cấp xã chuyển đổi từ công nghệ FM sang ứng dụng CNTT - viễn thông", q1),
    F("17/22", "17", 17, "count", "xã, thị trấn", "đơn vị có đài IP", q1, total=22),
    F("hơn 3,12 tỷ", "3,12", 3.12e9, "money", "đồng", "tổng kinh phí thực hiện", approx="over"),
    F("bình quân 390 triệu", "390", 390e6, "money", "đồng/đài", "kinh phí bình quân"),
    F("gồm 1 bộ", "1", 1, "count", "bộ thiết bị", "bộ thiết bị phát mỗi đài", optional=True),
    F("từ 8 đến 14", "8", 8, "count", "cụm loa", "cụm loa mỗi đài tại các xóm", value_max=14),
    F("là 86 cụm", "86", 86, "count", "cụm", "cụm loa mới lắp đặt"),
    F("62 cụm", "62", 62, "count", "cụm", "cụm loa dùng SIM 4G", total=86),
    F("24 cụm", "24", 24, "count", "cụm", "cụm loa kết nối qua cáp quang", total=86),
    F("phát 2.946 tin", "2.946", 2946, "count", "tin, bài, phóng sự",
      "tin, bài, phóng sự hệ thống truyền thanh cơ sở đã phát", P("quý I", "2024-01-01", "2024-03-31")),
    F("1.108 tin", "1.108", 1108, "count", "tin, bài", "tin, bài do đài xã tự sản xuất",
      P("quý I", "2024-01-01", "2024-03-31"), total=2946),
    F("1.530,5 giờ", "1.530,5", 1530.5, "measure", "giờ", "tổng thời lượng phát sóng",
      P("quý I", "2024-01-01", "2024-03-31"), change=CH("increase", 8.4, "%", "cùng kỳ năm 2023")),
    F("nay 100% xóm", "100", 100, "percent", "%", "xóm đã có loa truyền thanh", now),
    F("có 22 cán bộ", "22", 22, "count", "cán bộ", "cán bộ phụ trách đài truyền thanh xã"),
    F("chỉ 5 người", "5", 5, "count", "người", "cán bộ được đào tạo chuyên ngành báo chí, truyền thông", total=22),
    F("chuyển đổi 5 đài", "5", 5, "count", "đài", "đài còn lại chuyển đổi", y24, status="target"),
    F("khoảng 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", "kinh phí chuyển đổi", y24, approx="about", status="forecast"),
]

emit("p657-2", TEXT, [
    "District portal of huyện Tân Kỳ (Nghệ An), `Thứ Năm, 11/04/2024 - 15:20`: 8 commune stations converted FM -> IP in Q1/2024.",
    "Distractors: `khối 7` (address), phone 0238.3882.456, SIM 4G, Quý I/2024 heading phrase; `1 bộ thiết bị` is optional (equipment per station).",
    "Parts after `trong đó` take the whole before the cue (86 cụm, 2.946 tin, 22 cán bộ). `Trong quý I` takes 2024 from `Quý I/2024`.",
    "`phấn đấu` -> target for 5 đài; `kinh phí dự kiến` -> forecast. Location = the district.",
], FIGS, published="2024-04-11", location="Tân Kỳ")
