"""p507-8: ghe Ngo boat race at the Oóc Om Bóc festival, Sóc Trăng; national culture newspaper (Báo Văn hóa style)."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ › Văn hóa › Lễ hội
Thứ Sáu, 17/11/2023 - 09:15

Sóc Trăng: 54 đội ghe Ngo tranh tài tại Lễ hội Oóc Om Bóc

VH- Ngày 16/11, tại sông Maspero (phường 2, TP Sóc Trăng), Giải đua ghe Ngo trong khuôn khổ Lễ hội Oóc Om Bóc - Đua ghe Ngo tỉnh Sóc Trăng lần thứ VI năm 2023 đã khép lại sau hai ngày tranh tài.

Giải lần này có 54 đội ghe Ngo tham gia, gồm 46 ghe nam và 8 ghe nữ, với hơn 3.000 tay bơi; mỗi ghe nam có tối thiểu 50 tay bơi. Ngoài các đội của 11 huyện, thị xã, thành phố trong tỉnh, giải còn có 9 đội đến từ Trà Vinh, Bạc Liêu và Kiên Giang.

Chung cuộc, ghe chùa Tum Núp (huyện Mỹ Xuyên) giành giải nhất nội dung nam cự ly 1.200 m. Tổng giá trị giải thưởng là 680 triệu đồng, trong đó giải nhất nam trị giá 80 triệu đồng.

Theo Sở Văn hóa, Thể thao và Du lịch, trong những ngày lễ hội, TP Sóc Trăng đón khoảng 250.000 lượt khách, doanh thu dịch vụ ước đạt 52 tỷ đồng. Khu chợ phiên có 320 gian hàng, trong đó chưa đến 10% là gian hàng của doanh nghiệp ngoài tỉnh.

Toàn tỉnh hiện có 92 chiếc ghe Ngo, nhiều nhất là Mỹ Xuyên (21 chiếc), Trần Đề (16 chiếc), Châu Thành (14 chiếc). Mỗi chiếc ghe đóng mới có chi phí từ 600 đến 800 triệu đồng. Năm 2023, tỉnh hỗ trợ 1,5 tỷ đồng tu sửa 25 ghe Ngo, bình quân 60 triệu đồng/ghe.

Lượt xem: 1.902
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("54 đội ghe Ngo tranh", "54", 54, "count", "đội ghe Ngo",
      subject="đội ghe Ngo tranh tài tại Lễ hội Oóc Om Bóc"),
    F("có 54 đội", "54", 54, "count", "đội ghe Ngo", subject="đội ghe Ngo tham gia giải"),
    F("gồm 46 ghe", "46", 46, "count", "ghe", total=54, subject="ghe nam"),
    F("8 ghe nữ", "8", 8, "count", "ghe", total=54, subject="ghe nữ"),
    F("hơn 3.000 tay bơi", "3.000", 3000, "count", "tay bơi", approx="over", subject="tay bơi"),
    F("tối thiểu 50 tay bơi", "50", 50, "count", "tay bơi", approx="at_least", subject="tay bơi mỗi ghe nam",
      optional=True),
    F("của 11 huyện", "11", 11, "count", "huyện, thị xã, thành phố",
      subject="huyện, thị xã, thành phố có đội tham gia"),
    F("có 9 đội", "9", 9, "count", "đội", subject="đội đến từ Trà Vinh, Bạc Liêu và Kiên Giang"),
    F("cự ly 1.200 m", "1.200", 1200, "measure", "m", subject="cự ly nội dung nam", optional=True),
    F("là 680 triệu đồng", "680", 680e6, "money", "đồng", subject="tổng giá trị giải thưởng"),
    F("trị giá 80 triệu đồng", "80", 80e6, "money", "đồng", total=680e6, subject="giải nhất nam"),
    F("khoảng 250.000 lượt khách", "250.000", 250000, "count", "lượt khách", approx="about",
      subject="lượt khách TP Sóc Trăng đón trong những ngày lễ hội"),
    F("ước đạt 52 tỷ đồng", "52", 52e9, "money", "đồng", status="estimate", subject="doanh thu dịch vụ"),
    F("có 320 gian hàng", "320", 320, "count", "gian hàng", subject="gian hàng khu chợ phiên"),
    F("chưa đến 10%", "10", 10, "percent", "%", approx="under",
      subject="gian hàng của doanh nghiệp ngoài tỉnh"),
    F("có 92 chiếc", "92", 92, "count", "chiếc ghe Ngo", subject="ghe Ngo toàn tỉnh"),
    F("Mỹ Xuyên (21 chiếc)", "21", 21, "count", "chiếc", subject="ghe Ngo", location="Mỹ Xuyên"),
    F("Trần Đề (16 chiếc)", "16", 16, "count", "chiếc", subject="ghe Ngo", location="Trần Đề"),
    F("Châu Thành (14 chiếc)", "14", 14, "count", "chiếc", subject="ghe Ngo", location="Châu Thành"),
    F("từ 600 đến 800 triệu đồng", "600", 600e6, "money", "đồng", value_max=800e6,
      subject="chi phí đóng mới mỗi chiếc ghe"),
    F("hỗ trợ 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", subject="kinh phí tỉnh hỗ trợ tu sửa ghe Ngo",
      period=Y23),
    F("tu sửa 25 ghe", "25", 25, "count", "ghe", subject="ghe Ngo được hỗ trợ tu sửa", period=Y23),
    F("60 triệu đồng/ghe", "60", 60e6, "money", "đồng/ghe", subject="mức hỗ trợ bình quân", period=Y23),
]

COMMENTS = [
    "Báo Văn hóa style (national culture paper, breadcrumb, 'Thứ Sáu, 17/11/2023 - 09:15', view counter): Giải đua ghe Ngo, Lễ hội Oóc Om Bóc,",
    "Sóc Trăng 2023 (teams, rowers, prizes, visitors, stalls, boats by district, repair support). Location Sóc Trăng (province and city",
    "name alike); the 9 visiting teams from Trà Vinh, Bạc Liêu, Kiên Giang race in Sóc Trăng's event: location stays Sóc Trăng.",
    "'54 đội ..., gồm 46 ghe nam và 8 ghe nữ' -> total 54. 'nhiều nhất là Mỹ Xuyên (21 chiếc), ...' has no cue and does not add up to 92:",
    "no total; districts -> location. 'tối thiểu 50 tay bơi' is a rule/threshold (optional); 'cự ly 1.200 m' names the event (optional).",
    "Festival figures have no dated period phrase ('trong những ngày lễ hội'); 'hiện có' -> no period. 'Năm 2023' sentence: scored.",
    "Not figures: 'phường 2', 'lần thứ VI năm 2023', 'hai ngày' (duration), 'giải nhất' (prize name), 'Ngày 16/11', 'Lượt xem: 1.902'.",
]

if __name__ == "__main__":
    emit("p507-8", TEXT, COMMENTS, FIGS, published="2023-11-17", location="Sóc Trăng")
