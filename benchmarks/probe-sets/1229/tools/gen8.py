"""p1229-8: provincial newspaper online (Báo Gia Lai, '(GLO) -'): sweet corn under export contracts in Phú Thiện."""
from lib import F, P, I, C, T, write

TEXT = """BÁO GIA LAI ĐIỆN TỬ
Kinh tế

Phú Thiện: Hơn 600 ha ngô ngọt liên kết xuất khẩu

Cập nhật lúc: 14:20, 08/10/2024

(GLO) - 9 tháng đầu năm, huyện Phú Thiện đã gieo trồng 635 ha ngô ngọt theo hợp đồng liên kết với Công ty CP Nông nghiệp Ayun Pa, tăng 1,6 lần so với cùng kỳ năm trước. Trong quý IV, các xã Ia Sol, Ia Peng, Chư A Thai dự kiến xuống giống thêm 210 ha.

Theo ông Rơ Châm Thuyên, Phó Chủ tịch UBND huyện, nhờ nước tưới từ hệ thống thủy lợi Ayun Hạ, ngô ngọt trên địa bàn cho năng suất bình quân 16,5 tấn/ha, cao hơn 1,2 tấn/ha so với năm 2023. Doanh nghiệp thu mua với giá sàn 3.900 đồng/kg; tỷ lệ bắp bị loại do không đạt chuẩn dưới 5%. Mỗi ha cho thu nhập từ 60 đến 65 triệu đồng, lãi khoảng 30 triệu đồng.

Ông Ksor Đức ở làng Plei Kte, xã Ia Sol, cho biết gia đình trồng 2,5 ha ngô ngọt, vụ này thu được hơn 40 tấn bắp, bán được khoảng 160 triệu đồng.

Công ty CP Nông nghiệp Ayun Pa, đóng tại huyện Phú Thiện, hiện có hai nhà máy sơ chế, cấp đông với tổng công suất 120 tấn/ngày. Tính đến ngày 30/9/2024, công ty đã xuất khẩu 2.860 tấn ngô ngọt đông lạnh sang Hàn Quốc, Nhật Bản, đạt 72% kế hoạch năm; dự kiến cả năm 2024 đạt khoảng 4.000 tấn.

Huyện phấn đấu đến năm 2025 nâng diện tích ngô ngọt liên kết lên 1.000 ha/năm, thu hút thêm khoảng 300 hộ tham gia.

NGỌC DUY
"""

N9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 600 ha", "600", 600, "measure", "ha", approx="over",
      subject="diện tích ngô ngọt liên kết xuất khẩu"),
    F("gieo trồng 635 ha", "635", 635, "measure", "ha",
      change=C("increase", 1.6, "lần", "cùng kỳ năm trước"),
      subject="diện tích ngô ngọt gieo trồng theo hợp đồng liên kết", period=N9),
    F("thêm 210 ha", "210", 210, "measure", "ha", status="forecast",
      subject="diện tích ngô ngọt xuống giống thêm", period=Q4),
    F("bình quân 16,5 tấn/ha", "16,5", 16.5, "measure", "tấn/ha",
      change=C("increase", 1.2, "tấn/ha", "năm 2023"), subject="năng suất bình quân ngô ngọt"),
    F("giá sàn 3.900 đồng/kg", "3.900", 3900, "money", "đồng/kg", subject="giá sàn thu mua ngô ngọt"),
    F("dưới 5%", "5", 5, "percent", "%", approx="under",
      subject="tỷ lệ bắp bị loại do không đạt chuẩn"),
    F("từ 60 đến 65 triệu", "60", 60000000, "money", "đồng/ha", value_max=65000000,
      subject="thu nhập mỗi ha ngô ngọt"),
    F("lãi khoảng 30 triệu", "30", 30000000, "money", "đồng/ha", approx="about",
      subject="lãi mỗi ha ngô ngọt"),
    F("trồng 2,5 ha", "2,5", 2.5, "measure", "ha", subject="diện tích ngô ngọt của gia đình ông Ksor Đức"),
    F("hơn 40 tấn", "40", 40, "measure", "tấn", approx="over",
      subject="sản lượng bắp ngô ngọt gia đình ông Ksor Đức thu được vụ này"),
    F("khoảng 160 triệu", "160", 160000000, "money", "đồng", approx="about",
      subject="tiền bán ngô ngọt của gia đình ông Ksor Đức"),
    F("có hai nhà máy", "hai", 2, "count", "nhà máy",
      subject="nhà máy sơ chế, cấp đông của Công ty CP Nông nghiệp Ayun Pa"),
    F("công suất 120 tấn/ngày", "120", 120, "measure", "tấn/ngày",
      subject="tổng công suất nhà máy sơ chế, cấp đông"),
    F("xuất khẩu 2.860 tấn", "2.860", 2860, "measure", "tấn", percent=72,
      subject="ngô ngọt đông lạnh công ty đã xuất khẩu", period=ASOF),
    F("khoảng 4.000 tấn", "4.000", 4000, "measure", "tấn", approx="about", status="forecast",
      subject="ngô ngọt đông lạnh công ty xuất khẩu cả năm", period=Y24),
    F("lên 1.000 ha/năm", "1.000", 1000, "measure", "ha/năm", status="target",
      subject="diện tích ngô ngọt liên kết", period=T25),
    F("khoảng 300 hộ", "300", 300, "count", "hộ", approx="about", status="target",
      subject="hộ tham gia liên kết trồng ngô ngọt thu hút thêm", period=T25),
]

NOTES = [
    "Provincial newspaper online (Báo Gia Lai): 'Cập nhật lúc: 14:20, 08/10/2024' (published 2024-10-08), tag '(GLO) -', byline at the end.",
    "Default location Phú Thiện (district the article is about; communes Ia Sol, Ia Peng, Chư A Thai stay Phú Thiện). The company name 'Ayun Pa' (a town) is not a place:",
    "the company is stated to sit in huyện Phú Thiện. Year-less '9 tháng đầu năm' and 'quý IV' take 2024 from the published date (nothing earlier).",
    "'tăng 1,6 lần so với cùng kỳ năm trước' -> change (lần). 'cao hơn 1,2 tấn/ha so với năm 2023' -> change of the yield; the yield has no stated period.",
    "'dự kiến' governs the quý IV sowing and the full-year export; 'phấn đấu đến năm 2025' -> targets. 'hai nhà máy' number word.",
    "Distractors: '14:20', 'Ayun Hạ' (irrigation system), 'làng Plei Kte', '(GLO)', 'NGỌC DUY'.",
]

if __name__ == "__main__":
    write("p1229-8", TEXT, NOTES, FIGS, published="2024-10-08", location="Phú Thiện")
