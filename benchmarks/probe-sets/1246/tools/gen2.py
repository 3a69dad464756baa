"""p1246-2: district portal (huyện Lạng Giang, Bắc Giang): a bí xanh cooperative; district area of bí."""
from lib import fig, per, inh, year, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LẠNG GIANG - TỈNH BẮC GIANG
Trang chủ | Tin tức - Sự kiện | Kinh tế | Nông nghiệp - Nông thôn

HTX Xuân Hương: Trồng bí xanh thơm cho thu nhập cao

Ngày đăng: 05/08/2024 | Tác giả: Thu Hà

Thành lập năm 2019 với 12 thành viên, đến nay Hợp tác xã Nông sản sạch Xuân Hương (xã Xuân Hương) đã có 38 thành viên, trong đó 15 thành viên là phụ nữ, cùng hai chục hộ liên kết trồng bí xanh thơm trên diện tích 22 ha.

Bí xanh thơm được trồng 2 vụ/năm. Theo anh Nguyễn Văn Hưng, Giám đốc HTX, mỗi sào (360 m2) cho thu hoạch 1,2-1,4 tấn quả; với giá bán buôn 8.000-10.000 đồng/kg, sau khi trừ chi phí, mỗi sào lãi từ 6 đến 7 triệu đồng mỗi vụ.

Năm 2023, HTX tiêu thụ 560 tấn bí xanh, doanh thu đạt 3,1 tỷ đồng, tăng 18% so với năm 2022. Sản phẩm bí xanh thơm Xuân Hương được công nhận OCOP 3 sao, có mặt tại 25 cửa hàng, siêu thị trong và ngoài tỉnh. HTX đã ký hợp đồng bao tiêu với Công ty TNHH Thực phẩm Hưng Phát (số 27 đường Xương Giang, TP Bắc Giang) cho khoảng 40% sản lượng.

Năm 2024, HTX phấn đấu mở rộng diện tích lên 30 ha, sản lượng đạt 700 tấn; dự kiến doanh thu khoảng 4 tỷ đồng.

Toàn huyện Lạng Giang hiện có 452 ha bí các loại, gồm 318 ha bí xanh và 134 ha bí đỏ, tập trung ở các xã Xuân Hương, Mỹ Thái, Tân Dĩnh.

Tin khác:
- Lạng Giang tổng kết vụ chiêm xuân
- Hội nghị tập huấn chuyển đổi số cho HTX lần thứ 2

Địa chỉ: Thị trấn Vôi, huyện Lạng Giang, tỉnh Bắc Giang
Điện thoại: 0204.3881.236
"""

Y19 = year("năm 2019", 2019)
NOW = per("đến nay", None, "2024-08-05")
Y23 = year("Năm 2023", 2023)
Y24 = year("Năm 2024", 2024)

FIGS = [
    fig("với 12 thành viên", "12", 12, "count", "thành viên", subject="thành viên hợp tác xã khi thành lập",
        period=Y19),
    fig("có 38 thành viên", "38", 38, "count", "thành viên", subject="thành viên Hợp tác xã Nông sản sạch Xuân Hương",
        period=NOW),
    fig("trong đó 15 thành viên", "15", 15, "count", "thành viên", total=38, subject="thành viên là phụ nữ",
        period=NOW),
    fig("hai chục hộ", "hai chục", 20, "count", "hộ", subject="hộ liên kết trồng bí xanh thơm", period=NOW),
    fig("diện tích 22 ha", "22", 22, "measure", "ha", subject="diện tích trồng bí xanh thơm", period=NOW),
    fig("trồng 2 vụ/năm", "2", 2, "measure", "vụ/năm", subject="vụ trồng bí xanh thơm"),
    fig("(360 m2)", "360", 360, "measure", "m2", subject="diện tích mỗi sào", optional=True),
    fig("hoạch 1,2-1,4 tấn", "1,2", 1.2, "measure", "tấn/sào", value_max=1.4,
        subject="sản lượng bí xanh mỗi sào thu hoạch"),
    fig("buôn 8.000-10.000", "8.000", 8000, "money", "đồng/kg", value_max=10000, subject="giá bán buôn bí xanh"),
    fig("từ 6 đến 7 triệu", "6", 6e6, "money", "đồng/sào/vụ", value_max=7e6, subject="lãi mỗi sào mỗi vụ"),
    fig("tiêu thụ 560 tấn", "560", 560, "measure", "tấn", subject="bí xanh HTX tiêu thụ", period=Y23),
    fig("đạt 3,1 tỷ", "3,1", 3.1e9, "money", "đồng", change=chg("increase", 18, "%", "năm 2022"),
        subject="doanh thu của HTX", period=Y23),
    fig("tại 25 cửa hàng", "25", 25, "count", "cửa hàng, siêu thị",
        subject="cửa hàng, siêu thị có sản phẩm bí xanh thơm Xuân Hương"),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about", subject="sản lượng bao tiêu theo hợp đồng"),
    fig("lên 30 ha", "30", 30, "measure", "ha", status="target", subject="diện tích trồng bí xanh của HTX", period=Y24),
    fig("đạt 700 tấn", "700", 700, "measure", "tấn", status="target", subject="sản lượng bí xanh của HTX",
        period=Y24),
    fig("khoảng 4 tỷ", "4", 4e9, "money", "đồng", approx="about", status="forecast", subject="doanh thu của HTX",
        period=Y24),
    fig("có 452 ha", "452", 452, "measure", "ha", subject="diện tích bí các loại toàn huyện"),
    fig("gồm 318 ha", "318", 318, "measure", "ha", total=452, subject="diện tích bí xanh"),
    fig("và 134 ha", "134", 134, "measure", "ha", total=452, subject="diện tích bí đỏ"),
]

NOTES = [
    "District portal (huyện Lạng Giang, Bắc Giang): banner naming the district, menu, 'Ngày đăng: 05/08/2024 | Tác giả' (published), 'Tin khác', address, phone.",
    "All figures are in huyện Lạng Giang (the portal's district; the HTX is in xã Xuân Hương of it).",
    "'Thành lập năm 2019 với 12 thành viên' → the 12 members are dated 2019. 'đến nay ... đã có 38 thành viên' → as-of published (start null).",
    "'hai chục hộ' = 20 hộ (number words). 'mỗi sào (360 m2)' defines the unit: optional. 'mỗi sào' yields/profits → per-sào units.",
    "'gồm 318 ha bí xanh và 134 ha bí đỏ' add up to 452 → total 452. 'khoảng 40% sản lượng' is a percent figure of its own.",
    "'phấn đấu' governs 30 ha and 700 tấn (target); 'dự kiến' opens its own clause → 4 tỷ is a forecast.",
    "Distractors: 'năm 2019', 'OCOP 3 sao', 'số 27 đường Xương Giang', 'lần thứ 2', phone 0204.3881.236, 'năm 2022' baseline.",
]

if __name__ == "__main__":
    write("p1246-2", TEXT, NOTES, FIGS, published="2024-08-05", location="Lạng Giang")
