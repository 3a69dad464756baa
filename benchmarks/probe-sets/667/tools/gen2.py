"""p667-2: huyện Yên Lạc (Vĩnh Phúc) district portal — straw-burning violations after the spring rice harvest 2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN LẠC - TỈNH VĨNH PHÚC
Trang chủ | Tin tức - Sự kiện | Nông nghiệp - Môi trường
Thứ Năm, 13/06/2024 - 16:05

Yên Lạc: Xử phạt 27 trường hợp đốt rơm rạ sau thu hoạch lúa vụ Chiêm Xuân

Từ ngày 20/5 đến ngày 10/6/2024, các tổ công tác liên ngành của huyện phối hợp với UBND các xã, thị trấn đã tổ chức 64 lượt kiểm tra trên các cánh đồng, phát hiện 35 trường hợp đốt rơm rạ ngoài trời, tăng 9 trường hợp so với cùng kỳ năm 2023. Trong đó, lập biên bản xử phạt vi phạm hành chính 27 trường hợp với tổng số tiền hơn 40,5 triệu đồng; nhắc nhở, yêu cầu ký cam kết 8 trường hợp.

Các xã có nhiều vi phạm là Trung Kiên (7 trường hợp), Liên Châu (6 trường hợp), Đại Tự (5 trường hợp) và Hồng Phương (4 trường hợp).

Vụ Chiêm Xuân năm 2024, toàn huyện thu hoạch 4.215 ha lúa, lượng rơm rạ phát sinh ước khoảng 25.300 tấn. Đến nay, khoảng 62% lượng rơm rạ đã được thu gom làm thức ăn gia súc, trồng nấm hoặc ủ phân hữu cơ, tăng 15% so với vụ Mùa năm 2023. Huyện đã cấp hỗ trợ 1.200 lít chế phẩm sinh học xử lý rơm rạ tại ruộng cho 11 xã, kinh phí 96 triệu đồng (mức 80.000 đồng/lít).

Theo số liệu của trạm quan trắc không khí tự động đặt tại thị trấn Yên Lạc, những ngày đốt rơm rạ cao điểm, chỉ số AQI có thời điểm lên tới 168. Nồng độ bụi mịn PM2.5 khi đó cao gấp 2,4 lần quy chuẩn cho phép.

Huyện phấn đấu đến năm 2025 thu gom, xử lý, tái sử dụng trên 80% lượng rơm rạ sau thu hoạch. Mọi phản ánh về tình trạng đốt rơm rạ, người dân gọi đường dây nóng 0211.3835.216 hoặc báo trực tiếp về UBND huyện, số 2 đường Hai Bà Trưng, thị trấn Yên Lạc.
"""

WIN = P("Từ ngày 20/5 đến ngày 10/6/2024", "2024-05-20", "2024-06-10")
VU = P("Vụ Chiêm Xuân năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Xử phạt 27 trường hợp", "27", 27, "count", "trường hợp", "trường hợp đốt rơm rạ bị xử phạt", I(WIN)),
    F("64 lượt kiểm tra", "64", 64, "count", "lượt kiểm tra", "lượt kiểm tra trên các cánh đồng", WIN),
    F("phát hiện 35 trường hợp", "35", 35, "count", "trường hợp", "trường hợp đốt rơm rạ ngoài trời", WIN,
      change=CH("increase", 9, "trường hợp", "cùng kỳ năm 2023")),
    F("hành chính 27 trường hợp", "27", 27, "count", "trường hợp", "trường hợp bị lập biên bản xử phạt vi phạm hành chính",
      I(WIN), total=35),
    F("hơn 40,5 triệu đồng", "40,5", 40.5e6, "money", "đồng", "tổng số tiền xử phạt", I(WIN), approx="over"),
    F("cam kết 8 trường hợp", "8", 8, "count", "trường hợp", "trường hợp bị nhắc nhở, yêu cầu ký cam kết", I(WIN), total=35),
    F("Trung Kiên (7", "7", 7, "count", "trường hợp", "vi phạm đốt rơm rạ tại xã Trung Kiên", I(WIN)),
    F("Liên Châu (6", "6", 6, "count", "trường hợp", "vi phạm đốt rơm rạ tại xã Liên Châu", I(WIN)),
    F("Đại Tự (5", "5", 5, "count", "trường hợp", "vi phạm đốt rơm rạ tại xã Đại Tự", I(WIN)),
    F("Hồng Phương (4", "4", 4, "count", "trường hợp", "vi phạm đốt rơm rạ tại xã Hồng Phương", I(WIN)),
    F("thu hoạch 4.215 ha", "4.215", 4215, "measure", "ha", "diện tích lúa thu hoạch", VU),
    F("ước khoảng 25.300 tấn", "25.300", 25300, "measure", "tấn", "lượng rơm rạ phát sinh", VU,
      approx="about", status="estimate"),
    F("khoảng 62%", "62", 62, "percent", "%", "lượng rơm rạ đã được thu gom làm thức ăn gia súc, trồng nấm hoặc ủ phân hữu cơ",
      P("Đến nay", None, "2024-06-13"), approx="about", change=CH("increase", 15, "%", "vụ Mùa năm 2023")),
    F("1.200 lít", "1.200", 1200, "measure", "lít", "chế phẩm sinh học xử lý rơm rạ tại ruộng được cấp hỗ trợ"),
    F("cho 11 xã", "11", 11, "count", "xã", "xã được cấp hỗ trợ chế phẩm sinh học"),
    F("kinh phí 96 triệu", "96", 96e6, "money", "đồng", "kinh phí hỗ trợ chế phẩm sinh học"),
    F("mức 80.000 đồng/lít", "80.000", 80000, "money", "đồng/lít", "mức hỗ trợ chế phẩm sinh học"),
    F("lên tới 168", "168", 168, "measure", "AQI", "chỉ số AQI những ngày đốt rơm rạ cao điểm tại thị trấn Yên Lạc"),
    F("gấp 2,4 lần", "2,4", 2.4, "multiple", "lần", "nồng độ bụi mịn PM2.5 so với quy chuẩn cho phép"),
    F("trên 80%", "80", 80, "percent", "%", "lượng rơm rạ sau thu hoạch được thu gom, xử lý, tái sử dụng",
      P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Lạc (Vĩnh Phúc): đốt rơm rạ sau vụ Chiêm Xuân 2024 — inspections, violations, fines, straw reuse, AQI peak.",
    "District portal with weekday dateline 'Thứ Năm, 13/06/2024 - 16:05'. Location: the district (Yên Lạc), also for the commune list",
    "items (a commune is below the province/city/district level of FIGURES.md; it stays in the subject, as h26 keeps a non-place there).",
    "27 + 8 = 35 after 'Trong đó' (total 35, across the sentence",
    "break); the commune list has no part-of cue and does not add up to 35, so no total. 'Đến nay' ends at the dateline.",
    "'Vụ Chiêm Xuân năm 2024' is read as the year 2024. 'cao gấp 2,4 lần quy chuẩn' stands alone as the claim: multiple.",
    "Distractors: hotline 0211.3835.216, 'số 2 đường Hai Bà Trưng', 'Thứ Năm', dates 20/5, 10/6/2024, 'PM2.5'.",
    "revised after the first scoring: the four commune items had location = the commune; FIGURES.md defines location as the province,",
    "city or district, so they now carry Yên Lạc and the commune moved into the subject ('vi phạm đốt rơm rạ tại xã …').",
]

if __name__ == "__main__":
    emit("p667-2", TEXT, COMMENTS, FIGS, published="2024-06-13", location="Yên Lạc")
