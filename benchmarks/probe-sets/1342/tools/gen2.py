"""p1342-2: district portal (huyện Phú Quý, Bình Thuận): 5 sunken fishing boats salvaged at Phú Quý port."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ QUÝ
Tỉnh Bình Thuận

Trang chủ / Tin tức - Sự kiện / Kinh tế

Hoàn thành trục vớt 5 tàu cá bị chìm tại cảng Phú Quý
15/11/2024 - 08:40

Đến ngày 14/11, Ban Chỉ huy Phòng, chống thiên tai - Tìm kiếm cứu nạn và Phòng thủ dân sự huyện đã phối hợp với Công ty TNHH Cứu hộ Hàng hải Biển Xanh hoàn thành trục vớt 5 tàu cá bị chìm tại khu neo đậu cảng Phú Quý trong đợt gió mùa Đông Bắc mạnh cuối tháng 10.

Trong số 5 tàu bị chìm có 3 tàu của ngư dân xã Tam Thanh và 2 tàu của ngư dân xã Ngũ Phụng, tổng công suất khoảng 1.450 CV. Tàu lớn nhất dài 18,5 m, nằm ở độ sâu gần 9 m. Đơn vị thi công đã huy động hai sà lan, một cẩu nổi và gần ba chục thợ lặn, công nhân. Tổng chi phí trục vớt hơn 620 triệu đồng, trong đó ngân sách huyện hỗ trợ 40%, phần còn lại do các chủ tàu chi trả.

Đợt gió mùa này còn làm hư hỏng 7 tàu cá và 14 thúng chai; tổng thiệt hại ước khoảng 3,2 tỷ đồng. Từ đầu năm đến nay, huyện đã chi hỗ trợ ngư dân bị thiệt hại trên biển tổng cộng 1,15 tỷ đồng. Mức hỗ trợ là 50 triệu đồng cho mỗi tàu bị chìm và từ 10 đến 20 triệu đồng cho mỗi tàu hư hỏng, tùy mức độ.

Toàn huyện hiện có 412 tàu cá, trong đó 186 tàu hoạt động vùng khơi. Năm 2025, huyện phấn đấu 100% chủ tàu được tập huấn kỹ năng ứng phó sự cố trên biển và dự kiến nạo vét khu neo đậu với tổng kinh phí khoảng 35 tỷ đồng.

Địa chỉ: Số 01 đường Võ Văn Kiệt, xã Ngũ Phụng, huyện Phú Quý, tỉnh Bình Thuận
Điện thoại: 0252.3768.215 - Email: ubndphuquy@binhthuan.gov.vn
"""

ASOF = per("Đến ngày 14/11", None, "2024-11-14")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-15")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("Hoàn thành trục vớt 5 tàu", "5", 5, "count", "tàu cá", subject="tàu cá bị chìm được trục vớt"),
    fig("hoàn thành trục vớt 5 tàu", "5", 5, "count", "tàu cá", subject="tàu cá bị chìm được trục vớt",
        period=ASOF),
    fig("Trong số 5 tàu", "5", 5, "count", "tàu", subject="tàu bị chìm"),
    fig("có 3 tàu", "3", 3, "count", "tàu", total=5, subject="tàu bị chìm của ngư dân xã Tam Thanh"),
    fig("và 2 tàu", "2", 2, "count", "tàu", total=5, subject="tàu bị chìm của ngư dân xã Ngũ Phụng"),
    fig("khoảng 1.450 CV", "1.450", 1450, "measure", "CV", approx="about",
        subject="tổng công suất tàu bị chìm"),
    fig("dài 18,5 m", "18,5", 18.5, "measure", "m", subject="chiều dài tàu lớn nhất"),
    fig("gần 9 m", "9", 9, "measure", "m", approx="nearly", subject="độ sâu nơi tàu lớn nhất nằm"),
    fig("hai sà lan", "hai", 2, "count", "sà lan", subject="sà lan đơn vị thi công huy động"),
    fig("một cẩu nổi", "một", 1, "count", "cẩu nổi", subject="cẩu nổi đơn vị thi công huy động"),
    fig("gần ba chục thợ", "ba chục", 30, "count", "thợ lặn, công nhân", approx="nearly",
        subject="thợ lặn, công nhân đơn vị thi công huy động"),
    fig("hơn 620 triệu", "620", 620e6, "money", "đồng", approx="over", subject="tổng chi phí trục vớt"),
    fig("hỗ trợ 40%", "40", 40, "percent", "%", subject="tỷ lệ ngân sách huyện hỗ trợ chi phí trục vớt"),
    fig("hư hỏng 7 tàu", "7", 7, "count", "tàu cá", subject="tàu cá bị hư hỏng trong đợt gió mùa"),
    fig("14 thúng chai", "14", 14, "count", "thúng chai", subject="thúng chai bị hư hỏng trong đợt gió mùa"),
    fig("ước khoảng 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng thiệt hại đợt gió mùa"),
    fig("tổng cộng 1,15 tỷ", "1,15", 1.15e9, "money", "đồng",
        subject="kinh phí hỗ trợ ngư dân bị thiệt hại trên biển", period=YTD),
    fig("là 50 triệu", "50", 50e6, "money", "đồng/tàu", subject="mức hỗ trợ cho mỗi tàu bị chìm"),
    fig("từ 10 đến 20 triệu", "10", 10e6, "money", "đồng/tàu", value_max=20e6,
        subject="mức hỗ trợ cho mỗi tàu hư hỏng"),
    fig("có 412 tàu", "412", 412, "count", "tàu cá", subject="tàu cá"),
    fig("trong đó 186 tàu", "186", 186, "count", "tàu", total=412, subject="tàu hoạt động vùng khơi"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="chủ tàu được tập huấn kỹ năng ứng phó sự cố trên biển", period=Y25),
    fig("khoảng 35 tỷ", "35", 35e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí nạo vét khu neo đậu", period=Y25),
]

NOTES = [
    "District portal (huyện Phú Quý, Bình Thuận): portal banner, breadcrumb, '15/11/2024 - 08:40' under the headline, address footer.",
    "Distractors: 08:40, 'ngày 14/11', 'cuối tháng 10' (no period: vague), 'Số 01 đường Võ Văn Kiệt', phone 0252.3768.215.",
    "Location Phú Quý (district portal) for every figure; communes (Tam Thanh, Ngũ Phụng) are not locations by the spec: they stay in the subject.",
    "'Trong số 5 tàu bị chìm có 3 … và 2 …' → the whole is a figure (cf. shared gold h13, h26) and the parts' total 5. 'Tổng chi phí … hơn 620 triệu đồng, trong đó ngân sách huyện hỗ trợ 40%'",
    "is a percent figure of its own (the share of a part), not the whole's percent attribute.",
    "Number words: 'hai sà lan', 'một cẩu nổi', 'gần ba chục' (= 30, nearly). 'Mức hỗ trợ … cho mỗi tàu' → unit đồng/tàu.",
    "'Năm 2025, huyện phấn đấu 100% … và dự kiến … khoảng 35 tỷ đồng': the 100% is a target, the 35 tỷ a forecast (its own cue).",
]

if __name__ == "__main__":
    write("p1342-2", TEXT, NOTES, FIGS, published="2024-11-15", location="Phú Quý")
