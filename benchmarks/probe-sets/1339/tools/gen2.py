"""p1339-2: district portal (huyện Vĩnh Tường, Vĩnh Phúc): sand wharves along the Red River, licences, fines."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĨNH TƯỜNG - TỈNH VĨNH PHÚC
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính

Vĩnh Tường chấn chỉnh hoạt động bến bãi kinh doanh cát, sỏi ven sông Hồng
22/05/2024 | Người đăng: Thu Hà

Theo báo cáo của Phòng Kinh tế và Hạ tầng huyện, đến ngày 15/5/2024, trên địa bàn huyện có 27 bến, bãi tập kết, kinh doanh cát, sỏi dọc tuyến đê tả sông Hồng, trong đó chỉ có 8 bến được cấp giấy phép hoạt động bến thủy nội địa; 19 bến còn lại hoạt động tự phát hoặc giấy phép đã hết hạn. Các bến tập trung tại xã Cao Đại, Phú Đa và Vĩnh Ninh, tổng diện tích chiếm dụng khoảng 18,5 ha.

Tình trạng tập kết cát sát mép sông làm sạt lở bờ, uy hiếp hơn ba chục hộ dân thôn Phú Hậu. Tại bến cát thôn Phú Hậu (xã Phú Đa), mỗi ngày có từ 15 đến 20 tàu hút, sà lan cập bến bốc dỡ, lượng cát trung chuyển bình quân khoảng 3.000 m3/ngày.

Từ đầu năm đến nay, UBND huyện chỉ đạo các xã kiểm tra 45 lượt, lập biên bản 12 trường hợp vi phạm, xử phạt hành chính 186 triệu đồng; buộc giải tỏa 5 bến không phép, thu giữ trên 1.200 m3 cát.

Phó Chủ tịch UBND huyện Đỗ Văn Khải cho biết, huyện phấn đấu đến hết năm 2024 giảm ít nhất 50% số bến tự phát; 100% bến đang hoạt động phải có giấy phép, lắp đặt biển báo, phao tiêu theo Nghị định số 08/2021/NĐ-CP. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0211.3835.102.

Tin khác:
- Vĩnh Tường ra quân Tháng hành động vì an toàn giao thông
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 17

UBND HUYỆN VĨNH TƯỜNG
Địa chỉ: Số 8 đường Nguyễn Tất Thành, thị trấn Vĩnh Tường, tỉnh Vĩnh Phúc
"""

ASOF = P("đến ngày 15/5/2024", None, "2024-05-15")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-22")
BY24 = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("có 27 bến", "27", 27, "count", "bến", period=ASOF,
      subject="bến, bãi tập kết, kinh doanh cát, sỏi dọc tuyến đê tả sông Hồng"),
    F("chỉ có 8 bến", "8", 8, "count", "bến", total=27, period=ASOF,
      subject="bến được cấp giấy phép hoạt động bến thủy nội địa"),
    F("19 bến còn lại", "19", 19, "count", "bến", total=27, period=ASOF,
      subject="bến hoạt động tự phát hoặc giấy phép đã hết hạn"),
    F("khoảng 18,5 ha", "18,5", 18.5, "measure", "ha", approx="about", period=I(ASOF),
      subject="tổng diện tích chiếm dụng"),
    F("hơn ba chục hộ", "ba chục", 30, "count", "hộ dân", approx="over",
      subject="hộ dân thôn Phú Hậu bị sạt lở bờ uy hiếp"),
    F("từ 15 đến 20 tàu", "15", 15, "measure", "tàu/ngày", value_max=20,
      subject="tàu hút, sà lan cập bến cát thôn Phú Hậu bốc dỡ"),
    F("khoảng 3.000 m3/ngày", "3.000", 3000, "measure", "m3/ngày", approx="about",
      subject="lượng cát trung chuyển bình quân"),
    F("kiểm tra 45 lượt", "45", 45, "count", "lượt", subject="lượt kiểm tra", period=YTD),
    F("biên bản 12 trường hợp", "12", 12, "count", "trường hợp", subject="trường hợp vi phạm lập biên bản",
      period=YTD),
    F("chính 186 triệu", "186", 186e6, "money", "đồng", subject="xử phạt hành chính", period=YTD),
    F("giải tỏa 5 bến", "5", 5, "count", "bến", subject="bến không phép buộc giải tỏa", period=YTD),
    F("trên 1.200 m3", "1.200", 1200, "measure", "m3", approx="over", subject="cát thu giữ", period=YTD),
    F("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
      subject="giảm số bến tự phát", period=BY24),
    F("100% bến", "100", 100, "percent", "%", status="target",
      subject="bến đang hoạt động phải có giấy phép", period=BY24),
]

NOTES = [
    "District portal: banner 'CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĨNH TƯỜNG - TỈNH VĨNH PHÚC', menu, '22/05/2024 | Người đăng' (published), 'Tin khác', address footer.",
    "'27 bến ..., trong đó chỉ có 8 bến ...; 19 bến còn lại' → both parts total 27 (8 + 19 = 27); as-of 15/5/2024.",
    "'hơn ba chục hộ dân' = over 30 (number words). 'mỗi ngày có từ 15 đến 20 tàu' is a per-day rate: measure, unit 'tàu/ngày', range.",
    "Commune names (Cao Đại, Phú Đa, Vĩnh Ninh, thôn Phú Hậu) are below district level: location stays Vĩnh Tường.",
    "'phấn đấu đến hết năm 2024 giảm ít nhất 50%' is a percent claim (no change), target, period end 2024-12-31; the '100%' clause continues it.",
    "Distractors: 'Nghị định số 08/2021/NĐ-CP', phone '0211.3835.102', 'Số 8 đường Nguyễn Tất Thành', 'lần thứ 17', 'đến ngày 15/5/2024'.",
]

if __name__ == "__main__":
    write("p1339-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Vĩnh Tường")
