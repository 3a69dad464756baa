"""p1422-8: radio/TV site (Đài PT-TH Tuyên Quang): soil and stone for the Tuyên Quang - Hà Giang highway."""
from lib import F, period, inherit, change, target, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TUYÊN QUANG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Gỡ khó nguồn vật liệu cho cao tốc Tuyên Quang - Hà Giang

Cập nhật lúc 16:45, 08/08/2024

(TTV) - Dự án cao tốc Tuyên Quang - Hà Giang (giai đoạn 1) đoạn qua tỉnh hiện đã thi công đạt khoảng 32% giá trị hợp đồng. Nguồn đất, đá đắp nền cơ bản được bảo đảm.

Đoạn tuyến qua Tuyên Quang dài 46,5 km, cần khoảng 4,7 triệu m3 đất đắp và 650.000 m3 đá dăm, cấp phối. UBND tỉnh đã cấp phép cho các nhà thầu khai thác 11 mỏ đất và 3 mỏ đá theo cơ chế đặc thù, tổng trữ lượng hơn 5,2 triệu m3.

7 tháng đầu năm 2024, các nhà thầu đã khai thác 1,85 triệu m3 đất, đá, gấp 2,3 lần cùng kỳ năm 2023. Giá đất đắp tại mỏ được tỉnh công bố là 52.000 đồng/m3, thấp hơn giá thị trường khoảng 20.000 đồng/m3.

Ông Hà Văn Thắng, Chỉ huy trưởng công trường gói thầu số 5, cho biết: "Mỗi ngày chúng tôi huy động gần ba chục xe tải và 12 máy xúc, vận chuyển khoảng 3.000 m3 đất về công trường".

Huyện Hàm Yên, nơi có 6 mỏ đất phục vụ dự án, đã bàn giao 100% diện tích mỏ cho nhà thầu. Theo kế hoạch, đến hết năm 2024 dự án phấn đấu hoàn thành 60% khối lượng đắp nền; dự kiến toàn tuyến thông xe kỹ thuật vào quý III/2025.

Phóng viên: Minh Hoàng - Quang Huy

Tin cùng chuyên mục:
- Video: Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 18
- Tuyên Quang: Khai mạc Tuần Văn hóa - Du lịch năm 2024
"""

M7 = period("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
END = period("đến hết năm 2024", None, "2024-12-31")
HY = "Hàm Yên"

FIGS = [
    F("khoảng 32%", "32", 32, "percent", "%", approx="about",
      subject="giá trị hợp đồng dự án cao tốc Tuyên Quang - Hà Giang đoạn qua tỉnh đã thi công"),
    F("dài 46,5 km", "46,5", 46.5, "measure", "km", subject="chiều dài đoạn tuyến qua Tuyên Quang"),
    F("khoảng 4,7 triệu", "4,7", 4.7e6, "measure", "m3", approx="about", subject="đất đắp đoạn tuyến cần"),
    F("và 650.000 m3", "650.000", 650000, "measure", "m3", subject="đá dăm, cấp phối đoạn tuyến cần"),
    F("thác 11 mỏ", "11", 11, "count", "mỏ đất", subject="mỏ đất cấp phép cho các nhà thầu khai thác"),
    F("và 3 mỏ đá", "3", 3, "count", "mỏ đá", subject="mỏ đá cấp phép cho các nhà thầu khai thác"),
    F("hơn 5,2 triệu", "5,2", 5.2e6, "measure", "m3", approx="over", subject="tổng trữ lượng các mỏ"),
    F("thác 1,85 triệu", "1,85", 1.85e6, "measure", "m3",
      change=change("increase", 2.3, "lần", "cùng kỳ năm 2023"),
      subject="đất, đá các nhà thầu đã khai thác", per=M7),
    F("là 52.000 đồng", "52.000", 52000, "money", "đồng/m3",
      change=change("decrease", 20000, "đồng/m3", "giá thị trường", approx="about"),
      subject="giá đất đắp tại mỏ được tỉnh công bố"),
    F("gần ba chục", "ba chục", 30, "count", "xe tải", approx="nearly", subject="xe tải huy động mỗi ngày"),
    F("và 12 máy", "12", 12, "count", "máy xúc", subject="máy xúc huy động mỗi ngày"),
    F("khoảng 3.000 m3", "3.000", 3000, "measure", "m3/ngày", approx="about",
      subject="đất vận chuyển về công trường mỗi ngày"),
    F("có 6 mỏ", "6", 6, "count", "mỏ đất", subject="mỏ đất phục vụ dự án", location=HY),
    F("giao 100%", "100", 100, "percent", "%", subject="diện tích mỏ bàn giao cho nhà thầu", location=HY),
    F("thành 60%", "60", 60, "percent", "%", status="target", subject="khối lượng đắp nền hoàn thành", per=END),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Tuyên Quang): menu, headline, 'Cập nhật lúc 16:45, 08/08/2024', tag '(TTV) -', reporters, related links.",
    "Distractors: 16:45, '(giai đoạn 1)', 'gói thầu số 5', 'quý III/2025', 'lần thứ 18', 'năm 2024' in a link title.",
    "'khoảng' governs only '4,7 triệu m3 đất đắp', not the coordinated '650.000 m3 đá dăm'.",
    "'gấp 2,3 lần cùng kỳ năm 2023' → change in lần. 'thấp hơn giá thị trường khoảng 20.000 đồng/m3' → change (decrease, about).",
    "'gần ba chục xe tải' → 30, nearly. 'Mỗi ngày ... khoảng 3.000 m3' → m3/ngày (the trucks and excavators are counts, not rates).",
    "Huyện Hàm Yên sentence: location Hàm Yên. 'đến hết năm 2024 dự án phấn đấu hoàn thành 60%' → target, as-of end 2024.",
]

if __name__ == "__main__":
    write("p1422-8", TEXT, NOTES, FIGS, published="2024-08-08", location="Tuyên Quang")
