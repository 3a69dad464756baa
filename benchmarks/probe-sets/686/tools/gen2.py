from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG
Trang chủ / Tin tức / An ninh - Quốc phòng
Thứ Ba, 09/07/2024 - 10:05

Gần 900 trường hợp vi phạm nồng độ cồn bị xử lý trong 6 tháng

Sáu tháng đầu năm 2024, Đội Cảnh sát giao thông - trật tự Công an huyện Đức Trọng đã tổ chức 214 ca tuần tra, kiểm soát chuyên đề về nồng độ cồn, lập biên bản 896 trường hợp vi phạm, giảm 7,4% so với cùng kỳ năm 2023; ra quyết định xử phạt gần 3,9 tỷ đồng.

Trong số các trường hợp vi phạm, người điều khiển ô tô và mô tô lần lượt là 97 và 792 trường hợp, còn lại là người điều khiển xe đạp điện. Đơn vị đã tạm giữ 805 phương tiện, tước quyền sử dụng 873 giấy phép lái xe.

Người vi phạm trong độ tuổi từ 18 đến 35 chiếm khoảng 62%; phần lớn vi phạm xảy ra trong khung giờ từ 18h00 đến 23h00 trên Quốc lộ 20 và Quốc lộ 27.

Tai nạn giao thông trên địa bàn giảm cả 3 tiêu chí: xảy ra 19 vụ, làm chết 11 người, bị thương 14 người; so với cùng kỳ giảm 4 vụ, giảm 2 người chết và giảm 5 người bị thương. Trong đó, có 6 vụ liên quan đến người điều khiển phương tiện đã sử dụng rượu, bia.

Thời gian tới, Công an huyện đặt chỉ tiêu mỗi tháng tổ chức ít nhất 40 ca kiểm tra nồng độ cồn vào ban đêm, tập trung tại thị trấn Liên Nghĩa và các xã Hiệp Thạnh, Phú Hội.

Nguồn: Công an huyện Đức Trọng
Địa chỉ: số 2 Nguyễn Văn Cừ, thị trấn Liên Nghĩa, huyện Đức Trọng, tỉnh Lâm Đồng | Điện thoại: 0263.3843.204
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = I(H1)

FIGS = [
    F("Gần 900 trường hợp", "900", 900, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn bị xử lý",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("tổ chức 214 ca", "214", 214, "count", "ca", "ca tuần tra, kiểm soát chuyên đề về nồng độ cồn", H1),
    F("lập biên bản 896 trường hợp", "896", 896, "count", "trường hợp", "trường hợp vi phạm lập biên bản", H1,
      change=CH("decrease", 7.4, "%", "cùng kỳ năm 2023")),
    F("gần 3,9 tỷ đồng", "3,9", 3900000000, "money", "đồng", "số tiền xử phạt", H1, approx="nearly"),
    F("là 97 và", "97", 97, "count", "trường hợp", "người điều khiển ô tô vi phạm", H1i, total=896),
    F("và 792 trường hợp", "792", 792, "count", "trường hợp", "người điều khiển mô tô vi phạm", H1i, total=896),
    F("tạm giữ 805 phương tiện", "805", 805, "count", "phương tiện", "phương tiện bị tạm giữ", H1i),
    F("sử dụng 873 giấy phép", "873", 873, "count", "giấy phép lái xe", "giấy phép lái xe bị tước quyền sử dụng", H1i),
    F("từ 18 đến 35", "18", 18, "measure", "tuổi", value_max=35, optional=True),
    F("khoảng 62%", "62", 62, "percent", "%", "người vi phạm trong độ tuổi từ 18 đến 35", H1i, approx="about"),
    F("giảm cả 3 tiêu chí", "3", 3, "count", "tiêu chí", optional=True),
    F("xảy ra 19 vụ", "19", 19, "count", "vụ", "vụ tai nạn giao thông", H1i,
      change=CH("decrease", 4, "vụ", "cùng kỳ")),
    F("chết 11 người", "11", 11, "count", "người", "người chết do tai nạn giao thông", H1i,
      change=CH("decrease", 2, "người", "cùng kỳ")),
    F("thương 14 người", "14", 14, "count", "người", "người bị thương do tai nạn giao thông", H1i,
      change=CH("decrease", 5, "người", "cùng kỳ")),
    F("có 6 vụ", "6", 6, "count", "vụ",
      "vụ tai nạn giao thông liên quan đến người điều khiển phương tiện đã sử dụng rượu, bia", H1i, total=19),
    F("ít nhất 40 ca", "40", 40, "count", "ca", "ca kiểm tra nồng độ cồn vào ban đêm mỗi tháng",
      approx="at_least", status="target"),
]

COMMENTS = [
    "p686-2 — district portal (huyện Đức Trọng, Lâm Đồng): drink-driving enforcement, first half of 2024. Dateline 'Thứ Ba, 09/07/2024 - 10:05'.",
    "Distractors: hours '18h00 đến 23h00', 'Quốc lộ 20', 'Quốc lộ 27', address 'số 2 Nguyễn Văn Cừ', phone 0263.3843.204.",
    "Headline '6 tháng' takes 2024 from the dateline above it. 'lần lượt là 97 và 792' after 'Trong số các trường hợp vi phạm' -> parts of 896.",
    "The three accident changes ('so với cùng kỳ giảm 4 vụ, giảm 2 người chết và giảm 5 người bị thương') attach to 19 vụ / 11 / 14 in order.",
    "'có 6 vụ' after 'Trong đó' is a part of the 19 accidents. 'từ 18 đến 35' (age band naming the group) and 'cả 3 tiêu chí' optional.",
    "'đặt chỉ tiêu … ít nhất 40 ca' is a target, at_least; 'Thời gian tới' gives no dated period. Location: the district, Đức Trọng.",
]

if __name__ == "__main__":
    emit("p686-2", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Đức Trọng")
