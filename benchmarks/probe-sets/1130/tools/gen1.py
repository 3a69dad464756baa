"""p1130-1: Lào Cai province portal, su su area/output 6 months 2024, prices, traders, poverty, OCOP, 2025 target."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Lào Cai: Gần 1.200 ha su su mang lại thu nhập ổn định cho đồng bào vùng cao

Cập nhật: 12/07/2024 08:30 | Lượt xem: 2.417

(laocai.gov.vn) - 6 tháng đầu năm 2024, diện tích su su toàn tỉnh Lào Cai đạt 1.185 ha, tăng 6,3% so với cùng kỳ năm 2023; trong đó thị xã Sa Pa 642 ha, huyện Bát Xát 318 ha, huyện Bắc Hà 225 ha. Sản lượng ước đạt 21.400 tấn, gồm 15.800 tấn ngọn và 5.600 tấn quả.

Giá ngọn su su tại ruộng dao động từ 8.000 đến 12.000 đồng/kg, quả su su từ 3.000 đến 5.000 đồng/kg. Bình quân mỗi ha su su cho thu nhập khoảng 180 triệu đồng/năm. Mức thu nhập này cao gấp 3 lần trồng ngô trên cùng diện tích.

Toàn tỉnh có 14 hợp tác xã và hơn 60 thương lái thu mua su su, tiêu thụ chủ yếu tại Hà Nội, Hải Phòng và các tỉnh đồng bằng. Riêng HTX Nông nghiệp Tả Van (thị xã Sa Pa) mỗi ngày thu mua khoảng 4-5 tấn ngọn su su của 85 hộ thành viên, hàng được vận chuyển về Hà Nội theo Quốc lộ 4D và cao tốc Nội Bài - Lào Cai.

Năm 2023, toàn tỉnh có 312 hộ trồng su su thoát nghèo, chiếm 9,4% tổng số hộ thoát nghèo của tỉnh. Hiện tỉnh có 5 sản phẩm chế biến từ su su đạt chuẩn OCOP 3 sao; Festival nông sản vùng cao lần thứ 3 sẽ diễn ra tại Sa Pa vào tháng 9.

Thực hiện Nghị quyết số 10-NQ/TU của Ban Chấp hành Đảng bộ tỉnh, năm 2025 Lào Cai phấn đấu mở rộng diện tích su su lên 1.500 ha, trong đó ít nhất 300 ha đạt tiêu chuẩn VietGAP.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
AREA = "diện tích su su"
TAVAN = "Sa Pa"

FIGS = [
    F("Gần 1.200 ha", "1.200", 1200, "measure", "ha", approx="nearly", subject=AREA),
    F("đạt 1.185 ha", "1.185", 1185, "measure", "ha", change=C("increase", 6.3, "%", "cùng kỳ năm 2023"),
      subject=AREA, period=H1),
    F("Sa Pa 642 ha", "642", 642, "measure", "ha", total=1185, subject=AREA, period=H1, location="Sa Pa"),
    F("Bát Xát 318 ha", "318", 318, "measure", "ha", total=1185, subject=AREA, period=H1, location="Bát Xát"),
    F("Bắc Hà 225 ha", "225", 225, "measure", "ha", total=1185, subject=AREA, period=H1, location="Bắc Hà"),
    F("ước đạt 21.400 tấn", "21.400", 21400, "measure", "tấn", status="estimate",
      subject="sản lượng su su", period=I(H1)),
    F("15.800 tấn ngọn", "15.800", 15800, "measure", "tấn", total=21400, status="estimate",
      subject="sản lượng ngọn su su", period=I(H1)),
    F("5.600 tấn quả", "5.600", 5600, "measure", "tấn", total=21400, status="estimate",
      subject="sản lượng quả su su", period=I(H1)),
    F("từ 8.000 đến 12.000", "8.000", 8000, "money", "đồng/kg", value_max=12000,
      subject="giá ngọn su su tại ruộng"),
    F("từ 3.000 đến 5.000", "3.000", 3000, "money", "đồng/kg", value_max=5000,
      subject="giá quả su su tại ruộng"),
    F("khoảng 180 triệu", "180", 180000000, "money", "đồng/ha/năm", approx="about",
      subject="thu nhập bình quân mỗi ha su su"),
    F("gấp 3 lần", "3", 3, "multiple", "lần",
      subject="thu nhập trồng su su so với trồng ngô trên cùng diện tích"),
    F("có 14 hợp tác xã", "14", 14, "count", "hợp tác xã", subject="hợp tác xã thu mua su su"),
    F("hơn 60 thương lái", "60", 60, "count", "thương lái", approx="over", subject="thương lái thu mua su su"),
    F("khoảng 4-5 tấn", "4", 4, "measure", "tấn/ngày", value_max=5, approx="about",
      subject="ngọn su su HTX Nông nghiệp Tả Van thu mua mỗi ngày", location=TAVAN),
    F("của 85 hộ", "85", 85, "count", "hộ", subject="hộ thành viên HTX Nông nghiệp Tả Van", location=TAVAN),
    F("có 312 hộ", "312", 312, "count", "hộ", percent=9.4, subject="hộ trồng su su thoát nghèo", period=Y23),
    F("có 5 sản phẩm", "5", 5, "count", "sản phẩm",
      subject="sản phẩm chế biến từ su su đạt chuẩn OCOP 3 sao"),
    F("OCOP 3 sao", "3", 3, "rank", "sao", optional=True, subject="hạng sao OCOP"),
    F("lên 1.500 ha", "1.500", 1500, "measure", "ha", status="target", subject=AREA, period=Y25),
    F("ít nhất 300 ha", "300", 300, "measure", "ha", approx="at_least", total=1500, status="target",
      subject="diện tích su su đạt tiêu chuẩn VietGAP", period=Y25),
]

NOTES = [
    "Province portal (Lào Cai): su su, 6 months 2024. Breadcrumb, 'Cập nhật: 12/07/2024 08:30 | Lượt xem: 2.417'.",
    "Distractors: time 08:30, view counter 2.417, Quốc lộ 4D, Nghị quyết số 10-NQ/TU, 'lần thứ 3' (ordinal), 'vào tháng 9'.",
    "Parts after 'trong đó' (districts, they add up to 1.185) and after 'gồm' (15.800 + 5.600 = 21.400) take the whole as total.",
    "'ước đạt' governs the 'gồm' continuation: parts are estimates too. 'gấp 3 lần' stands in its own sentence as the claim: multiple.",
    "'OCOP 3 sao' is a rating label (like 'mức độ 3'): optional. Headline and price sentences state no period.",
    "Income 'mỗi ha … 180 triệu đồng/năm' keeps both denominators: unit 'đồng/ha/năm'.",
]

if __name__ == "__main__":
    write("p1130-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Lào Cai")
