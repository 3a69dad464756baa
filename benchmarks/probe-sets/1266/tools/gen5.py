"""p1266-5: provincial Party newspaper (Báo Bắc Giang): a cooperative's collection model in Lạng Giang."""
from lib import F, P, I, CH, TG, write

TEXT = """BÁO BẮC GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẮC GIANG
Kinh tế > Nông nghiệp

Lạng Giang: Nông dân "nói không" với vứt bao gói thuốc trên đồng ruộng

Thứ Ba, 16/07/2024 - 07:25

(BGĐT) - Nhờ mô hình "Cánh đồng sạch bao gói" do Hợp tác xã Nông nghiệp Tân Thịnh triển khai, hơn 600 hộ dân ở các thôn Ngọc 2, Ngọc 3 và Hố Cao, xã Tân Thịnh (Lạng Giang) đã quen bỏ vỏ chai, bao gói thuốc bảo vệ thực vật vào bể chứa.

Hợp tác xã có 214 ha đất lúa và rau màu, chia thành bốn cánh đồng. Năm 2022, hợp tác xã cùng UBND xã xây 42 bể chứa bằng bê tông, mỗi bể có nắp đậy, dung tích khoảng 0,5 m3, đặt ở đầu bờ, cách nguồn nước ít nhất 20 m. Kinh phí xây bể gần 63 triệu đồng, trong đó người dân đóng góp 30%.

Bà Nguyễn Thị Hằng, Giám đốc hợp tác xã cho biết, tổ thu gom gồm năm thành viên, đi kiểm tra bể hai lần mỗi tháng; bình quân mỗi tháng thu được 15-20 kg bao gói. Năm 2023, hợp tác xã thu gom 212 kg, gấp đôi năm 2021; bao gói được chuyển về điểm trung chuyển của huyện để xử lý, chi phí do ngân sách huyện chi trả.

Toàn huyện Lạng Giang hiện có 1.035 bể chứa, bình quân 1 bể/8 ha; 6 tháng đầu năm nay thu gom trên 1,4 tấn bao gói. Theo kế hoạch, đến hết năm 2025 huyện xây thêm khoảng 200 bể, bảo đảm mỗi thôn có từ 3 đến 5 bể.

HOÀNG ANH

Từ khóa: bao gói thuốc BVTV, môi trường nông thôn, Lạng Giang
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")
T25 = P("đến hết năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 600 hộ", "600", 600, "count", "hộ dân", approx="over",
      subject="hộ dân quen bỏ vỏ chai, bao gói thuốc bảo vệ thực vật vào bể chứa"),
    F("có 214 ha", "214", 214, "measure", "ha", subject="đất lúa và rau màu của hợp tác xã"),
    F("thành bốn cánh đồng", "bốn", 4, "count", "cánh đồng", subject="cánh đồng của hợp tác xã"),
    F("xây 42 bể", "42", 42, "count", "bể", subject="bể chứa bằng bê tông xây", period=Y22),
    F("khoảng 0,5 m3", "0,5", 0.5, "measure", "m3", approx="about", subject="dung tích mỗi bể"),
    F("ít nhất 20 m", "20", 20, "measure", "m", approx="at_least",
      subject="khoảng cách từ bể đến nguồn nước"),
    F("gần 63 triệu", "63", 63e6, "money", "đồng", approx="nearly", subject="kinh phí xây bể",
      period=I(Y22)),
    F("đóng góp 30%", "30", 30, "percent", "%", subject="người dân đóng góp"),
    F("gồm năm thành viên", "năm", 5, "count", "thành viên", subject="thành viên tổ thu gom"),
    F("hai lần mỗi tháng", "hai", 2, "measure", "lần/tháng", subject="tổ thu gom đi kiểm tra bể"),
    F("được 15-20 kg", "15", 15, "measure", "kg/tháng", value_max=20,
      subject="bao gói thu được bình quân mỗi tháng"),
    F("thu gom 212 kg", "212", 212, "measure", "kg", change=CH("increase", 2, "lần", "năm 2021"),
      subject="bao gói hợp tác xã thu gom", period=Y23),
    F("có 1.035 bể", "1.035", 1035, "count", "bể", subject="bể chứa toàn huyện"),
    F("bình quân 1 bể/8 ha", "1", 1, "measure", "bể/8 ha", subject="mật độ bể chứa bình quân"),
    F("trên 1,4 tấn", "1,4", 1.4, "measure", "tấn", approx="over", subject="bao gói thu gom",
      period=H1),
    F("khoảng 200 bể", "200", 200, "count", "bể", approx="about", status="target",
      subject="bể huyện xây thêm", period=T25),
    F("từ 3 đến 5 bể", "3", 3, "count", "bể", value_max=5, status="target", subject="bể mỗi thôn",
      period=T25),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): masthead, section, 'Thứ Ba, 16/07/2024 - 07:25', sapo with tag '(BGĐT) -', byline, tags.",
    "Distractors: 07:25, village names 'Ngọc 2, Ngọc 3', 'Hợp tác xã ... Tân Thịnh' (no number), 'bể/8 ha' denominator.",
    "Location: the cooperative is in xã Tân Thịnh, huyện Lạng Giang; all figures (cooperative and district) are Lạng Giang.",
    "Number words: 'bốn cánh đồng', 'gồm năm thành viên' (năm = five, not a year; no total: the whole is not a figure), 'hai lần',",
    "'gấp đôi năm 2021' → change ×2 (lần) of 212 kg. 'trong đó người dân đóng góp 30%' is a percent figure of its own.",
    "Rates: 'hai lần mỗi tháng' → measure lần/tháng; 'bình quân mỗi tháng ... 15-20 kg' → kg/tháng; '1 bể/8 ha' → value 1, unit bể/8 ha",
    "(the 8 is a denominator, never a figure, as in 'bác sĩ/1 vạn dân'). Bin specs (0,5 m3, 20 m) carry no period.",
    "'6 tháng đầu năm nay' → 2024 (dateline). 'Theo kế hoạch, đến hết năm 2025' → target, start null, for both clauses.",
]

if __name__ == "__main__":
    write("p1266-5", TEXT, NOTES, FIGS, published="2024-07-16", location="Lạng Giang")
