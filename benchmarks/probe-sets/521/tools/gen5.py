"""p521-5: Báo Bắc Giang (Party newspaper) — CPI December 2024 and year 2024, gold, Tết 2025 stabilisation."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Chỉ số giá tiêu dùng năm 2024 của Bắc Giang tăng 3,12%

BGĐT - Theo Cục Thống kê tỉnh, chỉ số giá tiêu dùng (CPI) tháng 12/2024 trên địa bàn tỉnh tăng 0,28% so với tháng trước, tăng 2,94% so với tháng 12/2023. Bình quân năm 2024, CPI tăng 3,12% so với năm 2023, nằm trong mục tiêu Quốc hội đề ra là dưới 4,5%.

Trong tháng 12, có 8/11 nhóm hàng hóa và dịch vụ có chỉ số giá tăng so với tháng trước. Tăng cao nhất là nhóm đồ uống và thuốc lá (tăng 0,86%) do nhu cầu tiêu dùng cuối năm tăng; tiếp đến là nhóm hàng ăn và dịch vụ ăn uống tăng 0,61%, trong đó lương thực tăng 0,35%, thực phẩm tăng 0,74%; nhóm nhà ở, điện nước, chất đốt và vật liệu xây dựng tăng 0,4%. Riêng nhóm giao thông giảm 0,52% do ảnh hưởng của 3 đợt điều chỉnh giảm giá xăng dầu.

Giá vàng trong nước tiếp tục biến động mạnh; chỉ số giá vàng tháng 12 tăng 1,25% so với tháng trước và tăng 33,8% so với cùng kỳ. Giá vàng nhẫn tròn trơn 9999 tại các cửa hàng ở thành phố Bắc Giang phổ biến ở mức 84,5 triệu đồng/lượng (mua vào) và 86 triệu đồng/lượng (bán ra). Chỉ số giá đô la Mỹ tháng 12 tăng 0,18%, bình quân năm 2024 tăng 4,91%.

Để kiểm soát giá dịp Tết Nguyên đán Ất Tỵ 2025, Sở Công Thương phối hợp các doanh nghiệp phân phối tổ chức 35 điểm bán hàng bình ổn giá, dự kiến tổng giá trị hàng hóa đạt khoảng 1.150 tỷ đồng, tăng 12% so với Tết năm trước. Ngành Thống kê dự báo CPI tháng 1/2025 có thể tăng từ 0,5 đến 0,7% do nhu cầu mua sắm Tết.

Thanh Tâm
05/01/2025
"""

COMMENTS = [
    "Báo Bắc Giang (BGĐT tag, byline and bare date 05/01/2025 at the end): CPI 12/2024 and year 2024, group indices, gold, USD, Tết 2025.",
    "CPI and group rates are percent figures with no change. 'nằm trong mục tiêu Quốc hội đề ra là dưới 4,5%' is the target attribute of 3,12% (met).",
    "'tháng 12' without a year takes 2024 from the lead. Group rates in the 'Trong tháng 12' paragraph inherit the month (sentence after the phrase).",
    "'8/11 nhóm' → total 11. '3 đợt điều chỉnh' is a count figure. Gold ring prices in thành phố Bắc Giang: location Bắc Giang (same name).",
    "'dự kiến' → forecast for 35-point programme value (not for the 35 points, which are organised); 'dự báo' → forecast.",
    "Distractors: vàng '9999' (purity), 'Ất Tỵ 2025', byline date.",
]

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
M12 = P("tháng 12/2024", "2024-12-01", "2024-12-31")
T12 = P("tháng 12", "2024-12-01", "2024-12-31")

FIGS = [
    F("năm 2024 của Bắc Giang tăng 3,12%", "3,12", 3.12, "percent", "%",
      subject="Chỉ số giá tiêu dùng năm 2024", period=Y24),
    F("tăng 0,28%", "0,28", 0.28, "percent", "%",
      subject="chỉ số giá tiêu dùng (CPI) tháng 12/2024 so với tháng trước", period=M12),
    F("tăng 2,94%", "2,94", 2.94, "percent", "%",
      subject="chỉ số giá tiêu dùng (CPI) tháng 12/2024 so với tháng 12/2023", period=M12),
    F("CPI tăng 3,12%", "3,12", 3.12, "percent", "%", target=TG(4.5, met=True),
      subject="CPI bình quân năm 2024 so với năm 2023", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 8/11 nhóm", "8", 8, "count", "nhóm", total=11,
      subject="nhóm hàng hóa và dịch vụ có chỉ số giá tăng", period=T12),
    F("(tăng 0,86%)", "0,86", 0.86, "percent", "%", subject="chỉ số giá nhóm đồ uống và thuốc lá", period=INH(T12)),
    F("tăng 0,61%", "0,61", 0.61, "percent", "%", subject="chỉ số giá nhóm hàng ăn và dịch vụ ăn uống", period=INH(T12)),
    F("tăng 0,35%", "0,35", 0.35, "percent", "%", subject="chỉ số giá lương thực", period=INH(T12)),
    F("tăng 0,74%", "0,74", 0.74, "percent", "%", subject="chỉ số giá thực phẩm", period=INH(T12)),
    F("tăng 0,4%", "0,4", 0.4, "percent", "%",
      subject="chỉ số giá nhóm nhà ở, điện nước, chất đốt và vật liệu xây dựng", period=INH(T12)),
    F("giảm 0,52%", "0,52", 0.52, "percent", "%", subject="chỉ số giá nhóm giao thông", period=INH(T12)),
    F("3 đợt", "3", 3, "count", "đợt", subject="đợt điều chỉnh giảm giá xăng dầu", period=INH(T12)),
    F("tăng 1,25%", "1,25", 1.25, "percent", "%", subject="chỉ số giá vàng tháng 12 so với tháng trước", period=T12 | {"text": "tháng 12"}),
    F("tăng 33,8%", "33,8", 33.8, "percent", "%", subject="chỉ số giá vàng tháng 12 so với cùng kỳ", period=T12),
    F("84,5 triệu đồng/lượng", "84,5", 84.5e6, "money", "đồng/lượng",
      subject="giá vàng nhẫn tròn trơn mua vào"),
    F("86 triệu đồng/lượng", "86", 86e6, "money", "đồng/lượng", subject="giá vàng nhẫn tròn trơn bán ra"),
    F("tăng 0,18%", "0,18", 0.18, "percent", "%", subject="Chỉ số giá đô la Mỹ tháng 12", period=T12),
    F("tăng 4,91%", "4,91", 4.91, "percent", "%", subject="chỉ số giá đô la Mỹ bình quân năm 2024", period=Y24),
    F("tổ chức 35 điểm", "35", 35, "count", "điểm bán", subject="điểm bán hàng bình ổn giá"),
    F("khoảng 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", approx="about",
      change=CH("increase", 12, baseline="Tết năm trước"), status="forecast",
      subject="tổng giá trị hàng hóa bình ổn giá dịp Tết"),
    F("từ 0,5 đến 0,7%", "0,5", 0.5, "percent", "%", value_max=0.7, status="forecast",
      subject="CPI tháng 1/2025", period=P("tháng 1/2025", "2025-01-01", "2025-01-31")),
]

emit("p521-5", TEXT, COMMENTS, FIGS, published="2025-01-05", location="Bắc Giang")
