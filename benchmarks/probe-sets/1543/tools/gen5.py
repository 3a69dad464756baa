"""p1543-5: Party newspaper (Báo Quảng Nam, tag QNO): hand-pressed sesame and peanut oil in Thăng Bình."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn
Thứ Năm, 09/05/2024 07:20

Thăng Bình: Hồi sinh nghề ép dầu mè truyền thống

(QNO) - Từ vài hộ làm nhỏ lẻ, xã Bình Trung (Thăng Bình) nay đã có 6 cơ sở ép dầu mè, dầu phộng, mỗi năm cung cấp cho thị trường khoảng 40 tấn dầu.

Ông Trần Văn Lộc, chủ cơ sở dầu mè Lộc Hương ở thôn 3, cho biết gia đình ông theo nghề đã hơn 20 năm. Năm 2023, cơ sở ép khoảng 12 tấn mè đen, thu được khoảng 4.800 lít dầu; trừ chi phí còn lãi gần 300 triệu đồng. Mỗi kg mè cho khoảng 0,4 lít dầu. Dầu mè được bán với giá 180.000 đồng/lít, dầu phộng 95.000 đồng/lít.

Theo UBND huyện Thăng Bình, toàn huyện hiện có 210 ha mè, tăng 35 ha so với năm 2023, và 1.450 ha đậu phộng. Sản lượng dầu ép của các cơ sở trong xã Bình Trung năm 2023 gấp 3 lần năm 2018.

Sản phẩm dầu mè Lộc Hương đạt OCOP 3 sao năm 2022, hiện có mặt tại 15 cửa hàng trong và ngoài tỉnh, trong đó 4 cửa hàng ở TP Đà Nẵng. Năm nay, huyện đã hỗ trợ 150 triệu đồng cho các cơ sở mua máy ép, máy lọc dầu; mục tiêu đến năm 2025 có thêm 2 sản phẩm dầu ăn đạt chuẩn OCOP và sản lượng dầu ép toàn huyện đạt 60 tấn/năm.

"Dầu ép thủ công giữ được mùi thơm nên khách đặt quanh năm, nhiều tháng làm không kịp", ông Lộc nói.

PHAN NGỌC ANH

Tin khác:
- Quế Sơn: Nông dân thu hoạch lúa đông xuân
- Núi Thành mở lớp tập huấn trồng đậu phộng
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("có 6 cơ sở", "6", 6, "count", "cơ sở", subject="cơ sở ép dầu mè, dầu phộng"),
    fig("khoảng 40 tấn", "40", 40, "measure", "tấn/năm", approx="about",
        subject="dầu cung cấp cho thị trường mỗi năm"),
    fig("hơn 20 năm", "20", 20, "measure", "năm", approx="over",
        subject="thời gian gia đình ông Lộc theo nghề", optional=True),
    fig("khoảng 12 tấn", "12", 12, "measure", "tấn", approx="about",
        subject="mè đen cơ sở ép", period=Y23),
    fig("khoảng 4.800 lít", "4.800", 4800, "measure", "lít", approx="about",
        subject="dầu thu được", period=Y23),
    fig("gần 300 triệu", "300", 300e6, "money", "đồng", approx="nearly",
        subject="lãi của cơ sở dầu mè Lộc Hương", period=Y23),
    fig("khoảng 0,4 lít", "0,4", 0.4, "measure", "lít/kg", approx="about",
        subject="dầu mỗi kg mè cho"),
    fig("giá 180.000 đồng/lít", "180.000", 180000, "money", "đồng/lít", subject="giá bán dầu mè"),
    fig("phộng 95.000 đồng/lít", "95.000", 95000, "money", "đồng/lít", subject="giá bán dầu phộng"),
    fig("có 210 ha", "210", 210, "measure", "ha",
        change=chg("increase", 35, "ha", "năm 2023"), subject="diện tích mè toàn huyện"),
    fig("và 1.450 ha", "1.450", 1450, "measure", "ha", subject="diện tích đậu phộng toàn huyện"),
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="sản lượng dầu ép của các cơ sở trong xã Bình Trung so với năm 2018", period=Y23b),
    fig("tại 15 cửa hàng", "15", 15, "count", "cửa hàng",
        subject="cửa hàng có sản phẩm dầu mè Lộc Hương"),
    fig("trong đó 4 cửa hàng", "4", 4, "count", "cửa hàng", total=15,
        subject="cửa hàng có sản phẩm dầu mè Lộc Hương", location="Đà Nẵng"),
    fig("hỗ trợ 150 triệu", "150", 150e6, "money", "đồng",
        subject="kinh phí huyện hỗ trợ các cơ sở mua máy ép, máy lọc dầu", period=NOW),
    fig("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", status="target",
        subject="sản phẩm dầu ăn đạt chuẩn OCOP có thêm", period=T25),
    fig("đạt 60 tấn/năm", "60", 60, "measure", "tấn/năm", status="target",
        subject="sản lượng dầu ép toàn huyện", period=T25),
]

NOTES = [
    "Party newspaper (Báo Quảng Nam): menu, 'Thứ Năm, 09/05/2024 07:20' above the headline, tag '(QNO) -', sapo, quote, byline, 'Tin khác'.",
    "Location: the article is about huyện Thăng Bình (xã Bình Trung) → Thăng Bình; the 4 stores in TP Đà Nẵng → Đà Nẵng.",
    "Distractors: 'thôn 3', 'OCOP 3 sao năm 2022', 07:20, the baseline year 2018, 'vài hộ', 'nhiều tháng'.",
    "'theo nghề đã hơn 20 năm' (a duration of the story): optional.",
    "'Mỗi kg mè cho khoảng 0,4 lít dầu' → a rate, unit lít/kg. 'mỗi năm cung cấp ... khoảng 40 tấn dầu' → tấn/năm.",
    "'gấp 3 lần năm 2018' stands alone as the claim: kind multiple, unit lần (no base amount in the sentence).",
    "'hiện' figures carry no period. 'Năm nay' → 2024 (dateline). 'mục tiêu đến năm 2025' → target, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1543-5", TEXT, NOTES, FIGS, published="2024-05-09", location="Thăng Bình")
