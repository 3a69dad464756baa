"""p514-1: Nghệ An province portal — jobs created and workers sent abroad, 9 months of 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Lao động - Việc làm

Nghệ An: 9 tháng năm 2024 đưa gần 18.000 lao động đi làm việc ở nước ngoài

Cập nhật: 08/10/2024 15:20 | Lượt xem: 3.184

(NA) - Theo Sở Lao động - Thương binh và Xã hội, 9 tháng năm 2024, toàn tỉnh đã giải quyết việc làm cho 36.450 lao động, đạt 78,4% kế hoạch năm, tăng 6,2% so với cùng kỳ năm 2023. Trong đó, số lao động đi làm việc ở nước ngoài theo hợp đồng là 17.862 người, chiếm 49% tổng số lao động được giải quyết việc làm.

Nhật Bản tiếp tục là thị trường tiếp nhận nhiều lao động Nghệ An nhất với 9.415 người; tiếp đến là Đài Loan (Trung Quốc) 5.120 người, Hàn Quốc 1.870 người, còn lại là các thị trường châu Âu và Trung Đông. Các huyện có số lao động xuất cảnh lớn là Yên Thành (1.964 người), Diễn Châu (1.702 người), Quỳnh Lưu (1.538 người) và Nghi Lộc (1.216 người).

Thu nhập bình quân của lao động tại Nhật Bản từ 30 đến 35 triệu đồng/tháng, tại Đài Loan khoảng 20 triệu đồng/tháng. Lượng kiều hối chuyển về qua hệ thống ngân hàng trên địa bàn 9 tháng ước đạt 480 triệu USD. Ngân hàng Chính sách xã hội tỉnh đã giải ngân 312,5 tỷ đồng cho 4.167 lượt lao động vay vốn đi làm việc ở nước ngoài.

Năm 2024, tỉnh phấn đấu giải quyết việc làm cho 46.500 lao động, trong đó đưa 22.000 người đi làm việc ở nước ngoài; tỷ lệ lao động qua đào tạo đạt 72%.

Mọi thông tin chi tiết xin liên hệ Phòng Quản lý lao động, Sở LĐ-TB&XH, số 121 đường Lê Hồng Phong, TP Vinh; điện thoại 0238.3844.671.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đưa gần 18.000 lao động", "18.000", 18000, "count", "lao động",
      "lao động đi làm việc ở nước ngoài", M9, approx="nearly"),
    F("cho 36.450 lao động", "36.450", 36450, "count", "lao động",
      "lao động được giải quyết việc làm", M9,
      percent=78.4, change=CH("increase", 6.2, "%", "cùng kỳ năm 2023")),
    F("là 17.862 người", "17.862", 17862, "count", "người",
      "lao động đi làm việc ở nước ngoài theo hợp đồng", I(M9), total=36450, percent=49),
    F("nhất với 9.415 người", "9.415", 9415, "count", "người",
      "lao động Nghệ An đi làm việc tại thị trường Nhật Bản", I(M9)),
    F("(Trung Quốc) 5.120 người", "5.120", 5120, "count", "người",
      "lao động Nghệ An đi làm việc tại thị trường Đài Loan (Trung Quốc)", I(M9)),
    F("Hàn Quốc 1.870 người", "1.870", 1870, "count", "người",
      "lao động Nghệ An đi làm việc tại thị trường Hàn Quốc", I(M9)),
    F("Yên Thành (1.964 người)", "1.964", 1964, "count", "người",
      "lao động xuất cảnh", I(M9), location="Yên Thành"),
    F("Diễn Châu (1.702 người)", "1.702", 1702, "count", "người",
      "lao động xuất cảnh", I(M9), location="Diễn Châu"),
    F("Quỳnh Lưu (1.538 người)", "1.538", 1538, "count", "người",
      "lao động xuất cảnh", I(M9), location="Quỳnh Lưu"),
    F("Nghi Lộc (1.216 người)", "1.216", 1216, "count", "người",
      "lao động xuất cảnh", I(M9), location="Nghi Lộc"),
    F("từ 30 đến 35 triệu đồng/tháng", "30", 30e6, "money", "đồng/tháng",
      "thu nhập bình quân của lao động tại Nhật Bản", value_max=35e6),
    F("khoảng 20 triệu đồng/tháng", "20", 20e6, "money", "đồng/tháng",
      "thu nhập bình quân của lao động tại Đài Loan", approx="about"),
    F("ước đạt 480 triệu USD", "480", 480e6, "money", "USD",
      "lượng kiều hối chuyển về qua hệ thống ngân hàng",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
    F("giải ngân 312,5 tỷ đồng", "312,5", 312.5e9, "money", "đồng",
      "vốn Ngân hàng Chính sách xã hội giải ngân cho lao động vay vốn đi làm việc ở nước ngoài"),
    F("cho 4.167 lượt lao động", "4.167", 4167, "count", "lượt lao động",
      "lượt lao động vay vốn đi làm việc ở nước ngoài"),
    F("cho 46.500 lao động", "46.500", 46500, "count", "lao động",
      "lao động được giải quyết việc làm", Y24, status="target"),
    F("đưa 22.000 người", "22.000", 22000, "count", "người",
      "người đi làm việc ở nước ngoài", Y24, total=46500, status="target"),
    F("đào tạo đạt 72%", "72", 72, "percent", "%",
      "tỷ lệ lao động qua đào tạo", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An: giải quyết việc làm và xuất khẩu lao động 9 tháng năm 2024. Province portal: breadcrumb,",
    "'Cập nhật: 08/10/2024 15:20' dateline, 'Lượt xem: 3.184' counter (not a figure). Distractors: 'số 121 đường Lê Hồng Phong', phone.",
    "17.862 after 'Trong đó' is a part of 36.450 (chiếm 49% is its percent). Market items: a foreign market is not a place, so the",
    "market stays in the subject and the location stays Nghệ An; district items (Yên Thành …) take the district as location.",
    "'Năm 2024, tỉnh phấn đấu …' governs the trong đó part and the 72% clause after ';' (status target).",
]

if __name__ == "__main__":
    emit("p514-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Nghệ An")
