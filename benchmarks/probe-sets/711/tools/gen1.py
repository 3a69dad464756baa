"""p711-1: province portal (Vĩnh Phúc) — inspection of school buses before the school year."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Vĩnh Phúc
Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo
Cập nhật: 18/09/2024 14:20
Lượt xem: 1.873

Vĩnh Phúc kiểm tra 412 xe đưa đón học sinh, phát hiện 37 xe vi phạm

Từ ngày 15/8 đến ngày 10/9/2024, Sở Giao thông vận tải phối hợp với Sở Giáo dục và Đào tạo, Công an tỉnh kiểm tra 412 xe ô tô đưa đón học sinh của 96 trường học trên địa bàn tỉnh, tăng 57 xe so với đợt kiểm tra năm 2023. Trong đó, 318 xe thuộc 24 doanh nghiệp, hợp tác xã vận tải ký hợp đồng với nhà trường, 94 xe do nhà trường trực tiếp quản lý.

Qua kiểm tra, lực lượng chức năng phát hiện 37 xe vi phạm, chiếm 8,98% số xe được kiểm tra, gồm: không lắp thiết bị giám sát hành trình (15 xe), quá hạn kiểm định (9 xe), không trang bị dây đai an toàn cho từng ghế (13 xe). Các đơn vị đã xử phạt vi phạm hành chính với tổng số tiền hơn 186 triệu đồng, tạm đình chỉ hoạt động 6 xe.

Xe đưa đón học sinh tập trung chủ yếu ở TP Vĩnh Yên (86 xe), TP Phúc Yên (61 xe), huyện Bình Xuyên (54 xe) và huyện Yên Lạc (47 xe). Các tuyến có mật độ xe lớn là Quốc lộ 2, Quốc lộ 2C và đường Nguyễn Tất Thành.

Hiện toàn tỉnh có khoảng 21.500 học sinh thường xuyên đi học bằng xe đưa đón, chiếm 6,2% tổng số học sinh phổ thông, trong đó cấp tiểu học có 12.840 em.

Theo Kế hoạch số 165/KH-SGTVT, tỉnh phấn đấu đến năm 2025 có 100% xe đưa đón học sinh lắp camera giám sát và thiết bị cảnh báo trẻ bị bỏ quên trên xe; mỗi trường có ít nhất 1 cán bộ phụ trách công tác đưa đón. Mọi phản ánh về xe đưa đón học sinh, người dân gọi đường dây nóng 0211.3862.450.
"""

LEAD = P("Từ ngày 15/8 đến ngày 10/9/2024", "2024-08-15", "2024-09-10")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("kiểm tra 412 xe đưa đón", "412", 412, "count", "xe", "xe đưa đón học sinh được kiểm tra", I(LEAD)),
    F("học sinh, phát hiện 37 xe vi phạm\n", "37", 37, "count", "xe", "xe vi phạm", I(LEAD)),
    F("kiểm tra 412 xe ô tô", "412", 412, "count", "xe", "xe ô tô đưa đón học sinh được kiểm tra", LEAD,
      change=CH("increase", 57, "xe", "đợt kiểm tra năm 2023")),
    F("của 96 trường học", "96", 96, "count", "trường học", "trường học có xe đưa đón học sinh được kiểm tra", LEAD),
    F("318 xe thuộc", "318", 318, "count", "xe", "xe thuộc doanh nghiệp, hợp tác xã vận tải ký hợp đồng với nhà trường",
      I(LEAD), total=412),
    F("thuộc 24 doanh nghiệp", "24", 24, "count", "doanh nghiệp",
      "doanh nghiệp, hợp tác xã vận tải ký hợp đồng với nhà trường", I(LEAD)),
    F("94 xe do nhà trường", "94", 94, "count", "xe", "xe do nhà trường trực tiếp quản lý", I(LEAD), total=412),
    F("chức năng phát hiện 37 xe vi phạm", "37", 37, "count", "xe", "xe vi phạm", I(LEAD), percent=8.98),
    F("(15 xe)", "15", 15, "count", "xe", "xe vi phạm không lắp thiết bị giám sát hành trình", I(LEAD), total=37),
    F("(9 xe)", "9", 9, "count", "xe", "xe vi phạm quá hạn kiểm định", I(LEAD), total=37),
    F("(13 xe)", "13", 13, "count", "xe", "xe vi phạm không trang bị dây đai an toàn cho từng ghế", I(LEAD), total=37),
    F("hơn 186 triệu đồng", "186", 186_000_000, "money", "đồng", "tiền xử phạt vi phạm hành chính", I(LEAD),
      approx="over"),
    F("hoạt động 6 xe", "6", 6, "count", "xe", "xe bị tạm đình chỉ hoạt động", I(LEAD)),
    F("(86 xe)", "86", 86, "count", "xe", "xe đưa đón học sinh", location="Vĩnh Yên"),
    F("(61 xe)", "61", 61, "count", "xe", "xe đưa đón học sinh", location="Phúc Yên"),
    F("(54 xe)", "54", 54, "count", "xe", "xe đưa đón học sinh", location="Bình Xuyên"),
    F("(47 xe)", "47", 47, "count", "xe", "xe đưa đón học sinh", location="Yên Lạc"),
    F("khoảng 21.500 học sinh", "21.500", 21500, "count", "học sinh",
      "học sinh thường xuyên đi học bằng xe đưa đón", approx="about", percent=6.2),
    F("có 12.840 em", "12.840", 12840, "count", "em", "học sinh cấp tiểu học đi học bằng xe đưa đón", total=21500),
    F("có 100% xe", "100", 100, "percent", "%",
      "xe đưa đón học sinh lắp camera giám sát và thiết bị cảnh báo trẻ bị bỏ quên trên xe", T25, status="target"),
    F("ít nhất 1 cán bộ", "1", 1, "count", "cán bộ", "cán bộ phụ trách công tác đưa đón mỗi trường", T25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Vĩnh Phúc: kiểm tra xe ô tô đưa đón học sinh 15/8-10/9/2024.",
    "Distractors: Lượt xem 1.873, Cập nhật line, Quốc lộ 2 / 2C, Kế hoạch số 165/KH-SGTVT, hotline 0211.3862.450.",
    "Headline figures inherit the lead's period. '37 xe … gồm: … (15 xe), (9 xe), (13 xe)' add up: total 37.",
    "'Trong đó, 318 xe …, 94 xe …' are parts of 412 (the 24 enterprises are not). District list items: location, no total.",
    "'Hiện' gives no period. 'đến năm 2025' target: both clauses of the sentence are targets.",
]

if __name__ == "__main__":
    emit("p711-1", TEXT, COMMENTS, FIGS, published="2024-09-18", location="Vĩnh Phúc")
