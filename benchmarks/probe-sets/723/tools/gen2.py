"""p723-2: thị xã Hoài Nhơn (Bình Định) district portal, dredging the Tam Quan anchorage channel, Q1/2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử thị xã Hoài Nhơn
Trang chủ > Tin tức > Kinh tế

Nạo vét luồng vào khu neo đậu tránh trú bão Tam Quan đạt 78% khối lượng

Thứ Năm, 18/04/2024 - 09:45

Dự án nạo vét luồng vào khu neo đậu tránh trú bão Tam Quan có tổng khối lượng theo thiết kế 123.600 m3, tổng mức đầu tư 42,7 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 30 tỷ đồng, phần còn lại do ngân sách tỉnh bố trí. Sau gần 5 tháng thi công, đến ngày 15/4/2024, đơn vị thi công đã nạo vét được 96.400 m3 bùn cát, đạt 78% khối lượng.

Luồng sau nạo vét dài 1,8 km, rộng 60 m, độ sâu 3,5 m, bảo đảm cho tàu cá công suất từ 90 CV trở lên ra vào an toàn cả khi triều thấp.

Theo UBND thị xã, khu neo đậu Tam Quan hiện có sức chứa 1.000 tàu cá, nhưng vào mùa mưa bão thường có từ 1.300 đến 1.500 tàu vào neo đậu, vượt 30-50% công suất thiết kế. Toàn thị xã hiện có 1.826 tàu cá, trong đó 1.094 tàu có chiều dài từ 15 m trở lên, chiếm 59,9%.

Quý I/2024, cảng cá Tam Quan đón 2.715 lượt tàu cập cảng, bốc dỡ 6.830 tấn thủy sản, tăng lần lượt 12,5% và 9,1% so với cùng kỳ. Công trình dự kiến hoàn thành trước ngày 30/6/2024. Thị xã cũng đề xuất tỉnh bố trí 25 tỷ đồng để xây dựng kè chắn cát phía bắc cửa Tam Quan, kết nối với tuyến đường ven biển ĐT.639.

Minh Tâm - Phòng Kinh tế thị xã
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("Tam Quan đạt 78% khối lượng", "78", 78, "percent", "%",
      "khối lượng nạo vét luồng vào khu neo đậu tránh trú bão Tam Quan"),
    F("thiết kế 123.600 m3", "123.600", 123600, "measure", "m3",
      "tổng khối lượng nạo vét luồng theo thiết kế"),
    F("tư 42,7 tỷ đồng", "42,7", 42.7e9, "money", "đồng", "tổng mức đầu tư dự án nạo vét luồng"),
    F("hỗ trợ 30 tỷ đồng", "30", 30e9, "money", "đồng", "ngân sách Trung ương hỗ trợ", total=42.7e9),
    F("gần 5 tháng", "5", 5, "measure", "tháng", "thời gian thi công", approx="nearly", optional=True),
    F("được 96.400 m3", "96.400", 96400, "measure", "m3", "bùn cát nạo vét được",
      P("đến ngày 15/4/2024", None, "2024-04-15"), percent=78),
    F("dài 1,8 km", "1,8", 1.8, "measure", "km", "chiều dài luồng sau nạo vét"),
    F("rộng 60 m", "60", 60, "measure", "m", "chiều rộng luồng sau nạo vét"),
    F("độ sâu 3,5 m", "3,5", 3.5, "measure", "m", "độ sâu luồng sau nạo vét"),
    F("từ 90 CV", "90", 90, "measure", "CV", "công suất tàu cá", approx="at_least", optional=True),
    F("sức chứa 1.000 tàu cá", "1.000", 1000, "count", "tàu cá", "sức chứa khu neo đậu Tam Quan"),
    F("từ 1.300 đến 1.500 tàu", "1.300", 1300, "count", "tàu", "tàu vào neo đậu vào mùa mưa bão",
      value_max=1500, change=CH("increase", 30, baseline="công suất thiết kế")),
    F("có 1.826 tàu cá", "1.826", 1826, "count", "tàu cá", "tàu cá toàn thị xã"),
    F("1.094 tàu", "1.094", 1094, "count", "tàu", "tàu cá có chiều dài từ 15 m trở lên",
      total=1826, percent=59.9),
    F("từ 15 m", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("đón 2.715 lượt", "2.715", 2715, "count", "lượt tàu", "lượt tàu cập cảng cá Tam Quan", Q1,
      change=CH("increase", 12.5, baseline="cùng kỳ")),
    F("bốc dỡ 6.830 tấn", "6.830", 6830, "measure", "tấn", "thủy sản bốc dỡ qua cảng cá Tam Quan", Q1,
      change=CH("increase", 9.1, baseline="cùng kỳ")),
    F("bố trí 25 tỷ đồng", "25", 25e9, "money", "đồng",
      "kinh phí xây dựng kè chắn cát phía bắc cửa Tam Quan đề xuất"),
]

COMMENTS = [
    "Thị xã Hoài Nhơn district portal: dredging of the Tam Quan anchorage channel, anchorage overload, fleet, Q1/2024 port calls.",
    "Dateline 'Thứ Năm, 18/04/2024 - 09:45'; byline at the end. ĐT.639 (road), 15/4/2024 and 30/6/2024 (dates) are not figures.",
    "Location: the thị xã throughout (Tam Quan is a ward of it). 'vượt 30-50% công suất thiết kế' is a gap to the design",
    "capacity: change (value 30, the range's lower end; the change object has no upper end). Thresholds (từ 90 CV, từ 15 m) and",
    "the duration 'gần 5 tháng' are optional. The proposed 25 tỷ đồng is actual (a proposal is none of the status cues).",
]

if __name__ == "__main__":
    emit("p723-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Hoài Nhơn")
