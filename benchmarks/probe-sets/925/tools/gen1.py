"""p925-1: Thanh Hóa province portal, 6-month 2024 review of retail drug outlets (breadcrumb, Cập nhật | Lượt xem)."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội
Thanh Hóa: Kiểm tra hơn 1.200 cơ sở bán lẻ thuốc trong 6 tháng
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.316

Theo báo cáo của Sở Y tế Thanh Hóa, tính đến ngày 30/6/2024, toàn tỉnh có 4.862 cơ sở bán lẻ thuốc, trong đó có 1.274 nhà thuốc, 3.105 quầy thuốc và 483 tủ thuốc trạm y tế xã. Tỷ lệ cơ sở bán lẻ thuốc đạt tiêu chuẩn Thực hành tốt cơ sở bán lẻ thuốc (GPP) là 98,6%, tăng 1,2 điểm phần trăm so với cuối năm 2023.

6 tháng đầu năm, Sở Y tế đã cấp mới 356 chứng chỉ hành nghề dược, điều chỉnh nội dung 48 chứng chỉ và thu hồi 12 chứng chỉ do người hành nghề không còn đủ điều kiện; cấp 291 giấy chứng nhận đủ điều kiện kinh doanh dược, đạt 58,2% kế hoạch năm.

Cũng trong 6 tháng, các đoàn thanh tra, kiểm tra của ngành đã kiểm tra 1.235 cơ sở, phát hiện 87 cơ sở vi phạm (chiếm 7,0%), xử phạt vi phạm hành chính với tổng số tiền gần 640 triệu đồng, tăng 15,3% so với cùng kỳ năm 2023. Các địa phương có nhiều cơ sở vi phạm là thành phố Sầm Sơn (14 cơ sở), huyện Thọ Xuân (11 cơ sở) và thị xã Nghi Sơn (9 cơ sở). Lỗi phổ biến là vắng mặt dược sĩ phụ trách chuyên môn, bán thuốc kê đơn không có đơn. Lực lượng chức năng đã tạm giữ 146 loại thuốc không rõ nguồn gốc (khoảng 23.500 viên), trị giá ước tính 95 triệu đồng.

Theo Kế hoạch số 112/KH-SYT ngày 15/3/2024, đến hết năm 2024 ngành y tế phấn đấu 100% nhà thuốc, quầy thuốc kết nối liên thông dữ liệu với hệ thống của Bộ Y tế và mỗi huyện, thị xã, thành phố có ít nhất 2 nhà thuốc hoạt động 24/24 giờ. Đến ngày 30/6/2024, tỷ lệ kết nối liên thông mới đạt 91,4%.
"""

H6 = P("6 tháng", "2024-01-01", "2024-06-30")
ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
S6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
C6 = P("Cũng trong 6 tháng", "2024-01-01", "2024-06-30")
END24 = P("đến hết năm 2024", end="2024-12-31")

FIGS = [
    F("hơn 1.200 cơ sở", "1.200", 1200, "count", "cơ sở", "cơ sở bán lẻ thuốc được kiểm tra", H6, approx="over"),
    F("có 4.862 cơ sở", "4.862", 4862, "count", "cơ sở", "cơ sở bán lẻ thuốc", ASOF),
    F("có 1.274 nhà thuốc", "1.274", 1274, "count", "nhà thuốc", "nhà thuốc", ASOF, total=4862),
    F("3.105 quầy thuốc", "3.105", 3105, "count", "quầy thuốc", "quầy thuốc", ASOF, total=4862),
    F("483 tủ thuốc", "483", 483, "count", "tủ thuốc", "tủ thuốc trạm y tế xã", ASOF, total=4862),
    F("là 98,6%", "98,6", 98.6, "percent", "%", "tỷ lệ cơ sở bán lẻ thuốc đạt tiêu chuẩn GPP", I(ASOF),
      change=C("increase", 1.2, "điểm phần trăm", "cuối năm 2023")),
    F("cấp mới 356 chứng chỉ", "356", 356, "count", "chứng chỉ", "chứng chỉ hành nghề dược cấp mới", S6),
    F("nội dung 48 chứng chỉ", "48", 48, "count", "chứng chỉ", "chứng chỉ hành nghề dược điều chỉnh nội dung", S6),
    F("thu hồi 12 chứng chỉ", "12", 12, "count", "chứng chỉ", "chứng chỉ hành nghề dược thu hồi", S6),
    F("cấp 291 giấy", "291", 291, "count", "giấy chứng nhận", "giấy chứng nhận đủ điều kiện kinh doanh dược cấp", S6,
      percent=58.2),
    F("kiểm tra 1.235 cơ sở", "1.235", 1235, "count", "cơ sở", "cơ sở được kiểm tra", C6),
    F("phát hiện 87 cơ sở", "87", 87, "count", "cơ sở", "cơ sở vi phạm", C6, percent=7.0),
    F("gần 640 triệu đồng", "640", 640e6, "money", "đồng", "tiền xử phạt vi phạm hành chính", C6, approx="nearly",
      change=C("increase", 15.3, "%", "cùng kỳ năm 2023")),
    F("Sầm Sơn (14 cơ sở)", "14", 14, "count", "cơ sở", "cơ sở vi phạm", I(C6), location="Sầm Sơn"),
    F("Thọ Xuân (11 cơ sở)", "11", 11, "count", "cơ sở", "cơ sở vi phạm", I(C6), location="Thọ Xuân"),
    F("Nghi Sơn (9 cơ sở)", "9", 9, "count", "cơ sở", "cơ sở vi phạm", I(C6), location="Nghi Sơn"),
    F("tạm giữ 146 loại", "146", 146, "count", "loại thuốc", "thuốc không rõ nguồn gốc bị tạm giữ", I(C6)),
    F("khoảng 23.500 viên", "23.500", 23500, "count", "viên", "thuốc không rõ nguồn gốc bị tạm giữ", I(C6),
      approx="about"),
    F("ước tính 95 triệu đồng", "95", 95e6, "money", "đồng", "trị giá thuốc không rõ nguồn gốc bị tạm giữ", I(C6),
      status="estimate"),
    F("phấn đấu 100% nhà thuốc", "100", 100, "percent", "%",
      "nhà thuốc, quầy thuốc kết nối liên thông dữ liệu với hệ thống của Bộ Y tế", END24, status="target"),
    F("ít nhất 2 nhà thuốc", "2", 2, "count", "nhà thuốc", "nhà thuốc hoạt động 24/24 giờ mỗi huyện, thị xã, thành phố",
      END24, approx="at_least", status="target"),
    F("hoạt động 24/24 giờ", "24", 24, "measure", "giờ", None, None, optional=True),
    F("mới đạt 91,4%", "91,4", 91.4, "percent", "%", "tỷ lệ kết nối liên thông",
      P("Đến ngày 30/6/2024", end="2024-06-30")),
]

NOTES = [
    "Cổng TTĐT tỉnh Thanh Hóa: 6-month 2024 review of retail drug outlets (GPP, practising certificates, inspections, seized drugs).",
    "Headline '6 tháng' and '6 tháng đầu năm' take 2024 (dateline 18/07/2024, 'tính đến ngày 30/6/2024'). 'Lượt xem: 2.316', '09:45',",
    "'Kế hoạch số 112/KH-SYT ngày 15/3/2024' are not figures. '24/24 giờ' (round-the-clock opening) is a description: optional.",
    "District list (14, 11, 9) ranks districts, does not add up to 87: no total. '98,6%' carries the change in điểm phần trăm.",
    "'phấn đấu' governs both clauses joined by 'và' (100% and ít nhất 2); the next sentence '91,4%' is actual.",
]

write(1, TEXT, FIGS, NOTES, published="2024-07-18", location="Thanh Hóa")
