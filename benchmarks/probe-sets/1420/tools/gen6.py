"""p1420-6: national newspaper: 63.500 vehicles stuck in TP HCM impound lots; a citizen's fee; auctions; planned central lots."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ hai, 14/4/2025, 06:00 (GMT+7)

Hơn 63.000 xe vi phạm "mắc kẹt" trong các bãi giữ ở TP HCM

Nhiều bãi tạm giữ phương tiện vi phạm chật kín, hàng chục nghìn xe máy quá hạn không người nhận phơi mưa nắng, trong khi việc thanh lý kéo dài.

Theo Công an TP HCM, đến cuối tháng 3/2025, các bãi tạm giữ của Phòng CSGT và công an các quận, huyện, TP Thủ Đức đang giữ hơn 63.500 phương tiện vi phạm, gấp gần 1,8 lần so với đầu năm 2023. Khoảng 70% trong số đó là xe máy bị tạm giữ do vi phạm nồng độ cồn.

Tại bãi giữ xe của Công an TP Thủ Đức trên đường số 6, phường Linh Trung, hơn 4.200 xe máy xếp chồng lên nhau, nhiều chiếc phủ bụi dày. "Bãi rộng 6.000 m2 nhưng đã vượt sức chứa từ năm ngoái", một cán bộ quản lý bãi nói.

Ông Trần Minh Tuấn (52 tuổi, ngụ quận Gò Vấp) cho biết xe của ông bị giữ 45 ngày, khi đến nhận phải đóng phí trông giữ 225.000 đồng, tương đương 5.000 đồng mỗi ngày.

Theo Nghị định 138/2021/NĐ-CP, phương tiện quá thời hạn tạm giữ mà không xác định được chủ sẽ bị tịch thu, bán đấu giá. Tuy nhiên, năm 2024 toàn thành phố chỉ đấu giá được khoảng 9.300 xe, bằng 14,6% số xe tồn đọng.

Đại tá Lê Văn Quang, Phó trưởng Phòng CSGT, cho biết thành phố dự kiến xây 3 bãi tạm giữ tập trung tại các huyện Củ Chi, Bình Chánh và Cần Giờ với tổng diện tích khoảng 20 ha, đưa vào sử dụng từ năm 2026.

Hải Đăng
"""

ASOF = per("đến cuối tháng 3/2025", end="2025-03-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TD = "Thủ Đức"

FIGS = [
    fig("Hơn 63.000 xe", "63.000", 63000, "count", "xe", approx="over",
        subject="xe vi phạm mắc kẹt trong các bãi giữ"),
    fig("hàng chục nghìn xe máy", "hàng chục", 10000, "count", "xe máy", approx="about",
        subject="xe máy quá hạn không người nhận"),
    fig("hơn 63.500", "63.500", 63500, "count", "phương tiện", approx="over",
        change=chg("increase", 1.8, "lần", "đầu năm 2023", approx="nearly"),
        subject="phương tiện vi phạm các bãi tạm giữ đang giữ", period=ASOF),
    fig("Khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="xe máy bị tạm giữ do vi phạm nồng độ cồn", period=inh(ASOF)),
    fig("hơn 4.200 xe máy", "4.200", 4200, "count", "xe máy", approx="over",
        subject="xe máy tại bãi giữ xe của Công an TP Thủ Đức", location=TD),
    fig("rộng 6.000 m2", "6.000", 6000, "measure", "m2", subject="diện tích bãi", location=TD),
    fig("(52 tuổi", "52", 52, "measure", "tuổi", subject="tuổi ông Trần Minh Tuấn", optional=True),
    fig("giữ 45 ngày", "45", 45, "measure", "ngày", subject="thời gian xe bị giữ"),
    fig("trông giữ 225.000", "225.000", 225000, "money", "đồng", subject="phí trông giữ phải đóng"),
    fig("tương đương 5.000", "5.000", 5000, "money", "đồng/ngày", subject="phí trông giữ mỗi ngày"),
    fig("khoảng 9.300 xe", "9.300", 9300, "count", "xe", approx="about", percent=14.6,
        subject="xe đấu giá được", period=Y24),
    fig("xây 3 bãi", "3", 3, "count", "bãi tạm giữ", status="forecast",
        subject="bãi tạm giữ tập trung dự kiến xây"),
    fig("khoảng 20 ha", "20", 20, "measure", "ha", approx="about", status="forecast",
        subject="tổng diện tích các bãi tạm giữ tập trung"),
]

NOTES = [
    "National newspaper: 'Thứ hai, 14/4/2025, 06:00 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', 'đường số 6', Nghị định 138/2021/NĐ-CP, 'từ năm 2026', 'năm ngoái'.",
    "Default location TP Hồ Chí Minh; the Thủ Đức lot's two figures → Thủ Đức. Gò Vấp is where the man lives: his figures stay TP HCM.",
    "'hàng chục nghìn xe máy' = 10 000, approx about (spec §2 names 'hàng chục nghìn' a number word, approx).",
    "'gấp gần 1,8 lần so với đầu năm 2023' in the same sentence → change of 63.500 (lần, nearly).",
    "'Khoảng 70% trong số đó' in its own sentence → a percent figure (about); the as-of period is inherited.",
    "'52 tuổi' (a person's age in an aside) is optional: it is a fact but not a statistic of the article.",
    "'bị giữ 45 ngày' is the claim (how long the car was held), not a period locating another figure → measure.",
    "'tương đương 5.000 đồng mỗi ngày' is a daily rate (money, đồng/ngày), a figure of its own, not a share.",
    "'bằng 14,6% số xe tồn đọng' → percent attribute of 9.300. 'dự kiến xây 3 bãi ... khoảng 20 ha' → forecast.",
]

if __name__ == "__main__":
    write("p1420-6", TEXT, NOTES, FIGS, published="2025-04-14", location="TP Hồ Chí Minh")
