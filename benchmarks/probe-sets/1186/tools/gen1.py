"""p1186-1: province portal (Cổng TTĐT tỉnh Thái Bình): tanks to 31/10/2024, packaging collected in 10 months, a commune."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI BÌNH
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Thái Bình: Hơn 9.600 bể chứa bao gói thuốc bảo vệ thực vật trên đồng ruộng

Cập nhật: 14/11/2024 08:30 | Lượt xem: 2.417

Theo Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, tính đến ngày 31/10/2024, toàn tỉnh đã xây dựng 9.652 bể chứa bao gói thuốc bảo vệ thực vật (BVTV) sau sử dụng, tăng 418 bể so với cuối năm 2023, đặt tại 241/260 xã, phường, thị trấn. Trong đó, huyện Quỳnh Phụ nhiều nhất với 1.735 bể, tiếp đến là Hưng Hà 1.512 bể và Vũ Thư 1.286 bể.

10 tháng năm 2024, các địa phương thu gom được khoảng 118,6 tấn bao gói thuốc BVTV, bằng 87,4% kế hoạch năm, tăng 6,2% so với cùng kỳ. Lượng bao gói đã được đơn vị có chức năng vận chuyển, tiêu hủy là 96,3 tấn, số còn lại lưu giữ tại điểm tập kết của các xã. Chi phí thu gom, xử lý bình quân từ 18.000 đến 22.000 đồng/kg, do ngân sách huyện, xã chi trả.

Tại xã Thụy Trình (huyện Thái Thụy), hợp tác xã nông nghiệp đã bố trí 46 bể trên khoảng 380 ha lúa. Mỗi bể xây bằng gạch, có nắp đậy, dung tích khoảng 0,5 m3, kinh phí 1,8 triệu đồng/bể. Mỗi tháng tổ vệ sinh môi trường thu gom hai lần, mỗi lần được khoảng 150 kg vỏ bao bì.

Năm 2025, tỉnh phấn đấu 100% cánh đồng sản xuất tập trung có bể chứa bao gói thuốc BVTV, xây mới ít nhất 500 bể và thu gom, xử lý trên 140 tấn bao gói.

Địa chỉ: Số 76 đường Lê Lợi, TP Thái Bình
"""

ASOF = P("tính đến ngày 31/10/2024", None, "2024-10-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
TANK = "bể chứa bao gói thuốc bảo vệ thực vật sau sử dụng"
TT = "Thái Thụy"

FIGS = [
    F("Hơn 9.600 bể", "9.600", 9600, "count", "bể", approx="over",
      subject="bể chứa bao gói thuốc bảo vệ thực vật trên đồng ruộng"),
    F("xây dựng 9.652 bể", "9.652", 9652, "count", "bể", change=C("increase", 418, "bể", "cuối năm 2023"),
      subject=TANK, period=ASOF),
    F("241/260 xã", "241", 241, "count", "xã", total=260,
      subject="xã, phường, thị trấn có bể chứa bao gói thuốc BVTV", period=ASOF),
    F("với 1.735 bể", "1.735", 1735, "count", "bể", total=9652, subject=TANK, period=I(ASOF), location="Quỳnh Phụ"),
    F("Hưng Hà 1.512 bể", "1.512", 1512, "count", "bể", total=9652, subject=TANK, period=I(ASOF), location="Hưng Hà"),
    F("Vũ Thư 1.286 bể", "1.286", 1286, "count", "bể", total=9652, subject=TANK, period=I(ASOF), location="Vũ Thư"),
    F("khoảng 118,6 tấn", "118,6", 118.6, "measure", "tấn", approx="about", percent=87.4,
      change=C("increase", 6.2, "%", "cùng kỳ"), subject="bao gói thuốc BVTV thu gom được", period=M10),
    F("là 96,3 tấn", "96,3", 96.3, "measure", "tấn",
      subject="bao gói đã được đơn vị có chức năng vận chuyển, tiêu hủy", period=I(M10)),
    F("từ 18.000 đến 22.000", "18.000", 18000, "money", "đồng/kg", value_max=22000,
      subject="chi phí thu gom, xử lý bình quân"),
    F("bố trí 46 bể", "46", 46, "count", "bể", subject="bể chứa do hợp tác xã nông nghiệp xã Thụy Trình bố trí",
      location=TT),
    F("khoảng 380 ha", "380", 380, "measure", "ha", approx="about",
      subject="diện tích lúa xã Thụy Trình được bố trí bể chứa", location=TT),
    F("khoảng 0,5 m3", "0,5", 0.5, "measure", "m3", approx="about", subject="dung tích mỗi bể", location=TT),
    F("1,8 triệu", "1,8", 1800000, "money", "đồng/bể", subject="kinh phí xây mỗi bể", location=TT),
    F("thu gom hai lần", "hai", 2, "measure", "lần/tháng",
      subject="số lần tổ vệ sinh môi trường thu gom mỗi tháng", location=TT),
    F("khoảng 150 kg", "150", 150, "measure", "kg/lần", approx="about",
      subject="vỏ bao bì thu gom mỗi lần", location=TT),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="cánh đồng sản xuất tập trung có bể chứa bao gói thuốc BVTV", period=Y25),
    F("ít nhất 500 bể", "500", 500, "count", "bể", approx="at_least", status="target",
      subject="bể chứa xây mới", period=Y25),
    F("trên 140 tấn", "140", 140, "measure", "tấn", approx="over", status="target",
      subject="bao gói thu gom, xử lý", period=Y25),
]

NOTES = [
    "Province portal (Thái Bình): breadcrumb, 'Cập nhật: 14/11/2024 08:30 | Lượt xem: 2.417' (published; the counter is furniture).",
    "Distractors: 'Lượt xem: 2.417', '08:30', 'Số 76 đường Lê Lợi'. 'cuối năm 2023' is the baseline of the change (418 bể).",
    "Districts after 'Trong đó' are parts of the 9.652 tanks (same thing, same as-of date): total 9652, place in location.",
    "The Thụy Trình passage is placed in huyện Thái Thụy: its figures take that district. Per-unit amounts keep the denominator",
    "('đồng/bể', 'kg/lần', 'lần/tháng' from 'Mỗi tháng … hai lần'). The cost range and the commune passage carry no period.",
]

if __name__ == "__main__":
    write("p1186-1", TEXT, NOTES, FIGS, published="2024-11-14", location="Thái Bình")
