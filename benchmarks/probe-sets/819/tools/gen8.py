"""p819-8: provincial newspaper online (Báo Hà Giang, tag (BHG) -), Hmong silversmiths in huyện Đồng Văn."""
from lib import C, F, I, P, write

TEXT = """BÁO HÀ GIANG ĐIỆN TỬ
Kinh tế
Cập nhật lúc 15:30, Thứ tư, 12/03/2025

Đồng Văn: Hơn 120 hộ người Mông sống bằng nghề chạm bạc

(BHG) - Nghề chế tác trang sức bạc của đồng bào Mông ở huyện Đồng Văn đang được khôi phục, mang lại thu nhập ổn định cho hơn 120 hộ dân tại các xã Sủng Là, Lũng Cú và thị trấn Phó Bảng.

Theo Phòng Kinh tế và Hạ tầng huyện, năm 2024 toàn huyện có 126 hộ với 310 lao động làm nghề, tăng 28 hộ so với năm 2022. Trong đó, xã Sủng Là có 52 hộ, xã Lũng Cú 41 hộ, thị trấn Phó Bảng 33 hộ.

Sản phẩm chủ yếu là vòng cổ, vòng tay, khuyên tai, xà tích, làm từ bạc có hàm lượng 98-99%. Mỗi năm, các hộ tiêu thụ khoảng 650 kg bạc nguyên liệu; giá bạc hiện ở mức 1,18 triệu đồng/lượng, tăng gần 35% so với cùng kỳ năm trước. Một chiếc vòng cổ truyền thống nặng 0,5-1 kg có giá từ 20 đến 45 triệu đồng.

Năm 2024, doanh thu từ nghề chạm bạc của huyện đạt 18,5 tỷ đồng, gấp 1,4 lần năm 2023. Thu nhập bình quân của người làm nghề đạt 4,2 triệu đồng/lao động/tháng, cao gấp 1,6 lần so với trồng ngô. Hợp tác xã bạc Sủng Là có 2 sản phẩm đạt OCOP 3 sao, bán qua 5 cửa hàng ở Quản Bạ, Đồng Văn và TP Hà Giang.

Huyện đặt mục tiêu đến năm 2026 nâng số hộ làm nghề lên 180 hộ, đào tạo nghề cho 100 thanh niên, đưa doanh thu đạt 30 tỷ đồng/năm. Dự kiến tổng kinh phí hỗ trợ giai đoạn 2025-2026 khoảng 3,2 tỷ đồng từ Chương trình mục tiêu quốc gia 1719.

Hoàng Chung
"""

NOTES = [
    "Báo Hà Giang online, tag '(BHG) -', headline figure: Hmong silver jewellery makers in huyện Đồng Văn (2024 figures, March 2025).",
    "Location Đồng Văn for all (communes Sủng Là, Lũng Cú, thị trấn Phó Bảng lie in it; Quản Bạ, TP Hà Giang are where the HTX sells).",
    "'tăng 28 hộ so với năm 2022' is the change of 126 hộ (unit hộ), though '310 lao động' stands in between.",
    "'Trong đó, xã Sủng Là có 52 hộ, ... 41 hộ, ... 33 hộ' (sentence break, 52 + 41 + 33 = 126) -> total 126.",
    "The headline figure and the lead's 'hơn 120 hộ dân' are two mentions, both recorded. The material's purity 'hàm lượng 98-99%'",
    "and the example necklace's weight 'nặng 0,5-1 kg' are optional. 'gấp 1,4 lần năm 2023' / 'cao gấp 1,6 lần so với trồng ngô' are",
    "changes of the figure before them. Distractors: dateline, '15:30', 'OCOP 3 sao', 'Chương trình mục tiêu quốc gia 1719'.",
]

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y26 = P("đến năm 2026", None, "2026-12-31")

FIGS = [
    F("Hơn 120 hộ người Mông", "120", 120, "count", "hộ", approx="over",
      subject="hộ người Mông sống bằng nghề chạm bạc"),
    F("hơn 120 hộ dân", "120", 120, "count", "hộ", approx="over",
      subject="hộ dân có thu nhập ổn định từ nghề chế tác trang sức bạc"),
    F("có 126 hộ", "126", 126, "count", "hộ", change=C("increase", 28, "hộ", "năm 2022"),
      subject="hộ làm nghề chạm bạc", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("với 310 lao động", "310", 310, "count", "lao động", subject="lao động làm nghề chạm bạc",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("Sủng Là có 52 hộ", "52", 52, "count", "hộ", total=126, subject="hộ làm nghề chạm bạc ở xã Sủng Là",
      period=I(Y24)),
    F("Lũng Cú 41 hộ", "41", 41, "count", "hộ", total=126, subject="hộ làm nghề chạm bạc ở xã Lũng Cú",
      period=I(Y24)),
    F("Phó Bảng 33 hộ", "33", 33, "count", "hộ", total=126, subject="hộ làm nghề chạm bạc ở thị trấn Phó Bảng",
      period=I(Y24)),
    F("hàm lượng 98-99%", "98", 98, "percent", "%", value_max=99, subject="hàm lượng bạc", optional=True),
    F("khoảng 650 kg", "650", 650, "measure", "kg", approx="about", subject="bạc nguyên liệu tiêu thụ mỗi năm"),
    F("mức 1,18 triệu", "1,18", 1.18e6, "money", "đồng/lượng",
      change=C("increase", 35, "%", "cùng kỳ năm trước", approx="nearly"), subject="giá bạc"),
    F("nặng 0,5-1 kg", "0,5", 0.5, "measure", "kg", value_max=1, subject="khối lượng vòng cổ truyền thống",
      optional=True),
    F("từ 20 đến 45 triệu", "20", 20e6, "money", "đồng", value_max=45e6, subject="giá một chiếc vòng cổ truyền thống"),
    F("đạt 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng", change=C("increase", 1.4, "lần", "năm 2023"),
      subject="doanh thu từ nghề chạm bạc của huyện", period=Y24),
    F("đạt 4,2 triệu", "4,2", 4.2e6, "money", "đồng/lao động/tháng", change=C("increase", 1.6, "lần", "trồng ngô"),
      subject="thu nhập bình quân của người làm nghề", period=I(Y24)),
    F("có 2 sản phẩm", "2", 2, "count", "sản phẩm", subject="sản phẩm đạt OCOP 3 sao của Hợp tác xã bạc Sủng Là",
      period=I(Y24)),
    F("qua 5 cửa hàng", "5", 5, "count", "cửa hàng", subject="cửa hàng bán sản phẩm của Hợp tác xã bạc Sủng Là",
      period=I(Y24)),
    F("lên 180 hộ", "180", 180, "count", "hộ", status="target", subject="hộ làm nghề", period=Y26),
    F("cho 100 thanh niên", "100", 100, "count", "thanh niên", status="target", subject="thanh niên được đào tạo nghề",
      period=Y26),
    F("đạt 30 tỷ đồng/năm", "30", 30e9, "money", "đồng/năm", status="target", subject="doanh thu", period=Y26),
    F("khoảng 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí hỗ trợ", period=P("giai đoạn 2025-2026", "2025-01-01", "2026-12-31")),
]

write(8, TEXT, NOTES, FIGS, published="2025-03-12", location="Đồng Văn")
