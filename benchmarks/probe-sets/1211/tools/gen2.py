"""p1211-2: district portal (huyện Ba Chẽ, Quảng Ninh): restoring cây sở (oil-tea camellia)."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BA CHẼ
Trang chủ / Tin tức / Kinh tế

Ba Chẽ khôi phục cây sở lấy dầu

Ngày đăng: 21/11/2024 - 08:35

Những năm gần đây, huyện Ba Chẽ đã trồng mới, phục hồi hơn 1.300 ha cây sở (trà dầu) tại 6 xã, thị trấn. Riêng năm 2024, toàn huyện trồng mới 215 ha, đạt 107,5% kế hoạch, tăng 40 ha so với năm 2023; trong đó trồng tập trung 168 ha, trồng phân tán 47 ha.

Tại thôn Khe Lạc, xã Đạp Thanh, có 38 hộ đồng bào Dao tham gia trồng sở với diện tích khoảng 72 ha. Vườn sở từ 8 năm tuổi trở lên cho năng suất từ 1,2 đến 1,5 tấn quả tươi/ha; với giá hạt sở khô 45.000 đồng/kg, người trồng thu khoảng 35 triệu đồng/ha/năm. Gia đình anh Triệu Văn Sinh ở thôn Khe Lạc có hai ha sở, năm ngoái thu gần 3 tấn quả, bán được hơn 60 triệu đồng.

Toàn huyện hiện có 2 cơ sở ép dầu sở với tổng công suất 300 tấn hạt/năm. Sản phẩm dầu sở Ba Chẽ đã được công nhận sản phẩm OCOP 4 sao. 9 tháng năm 2024, các cơ sở tiêu thụ 12.500 chai dầu sở, doanh thu đạt 2,6 tỷ đồng, bằng 118% cùng kỳ.

Thực hiện Nghị quyết số 12-NQ/HU của Huyện ủy, giai đoạn 2021-2025 huyện phấn đấu nâng tổng diện tích sở lên 2.000 ha; dự kiến năm 2025 sản lượng hạt sở đạt khoảng 1.500 tấn. Huyện hỗ trợ 100% cây giống và 3 triệu đồng/ha tiền công trồng cho các hộ tham gia.

Trung tâm Truyền thông và Văn hóa huyện Ba Chẽ
Địa chỉ: Khu 3, thị trấn Ba Chẽ, huyện Ba Chẽ, tỉnh Quảng Ninh. Điện thoại: 0203.3888.225
"""

Y24 = P("Riêng năm 2024", "2024-01-01", "2024-12-31")
LAST = P("năm ngoái", "2023-01-01", "2023-12-31")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
G25 = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 1.300 ha", "1.300", 1300, "measure", "ha", approx="over",
      subject="diện tích cây sở trồng mới, phục hồi"),
    F("tại 6 xã", "6", 6, "count", "xã, thị trấn", subject="xã, thị trấn trồng mới, phục hồi cây sở"),
    F("trồng mới 215 ha", "215", 215, "measure", "ha", percent=107.5,
      change=C("increase", 40, "ha", "năm 2023"), subject="diện tích sở trồng mới", period=Y24),
    F("tập trung 168 ha", "168", 168, "measure", "ha", total=215,
      subject="diện tích sở trồng tập trung", period=Y24),
    F("phân tán 47 ha", "47", 47, "measure", "ha", total=215,
      subject="diện tích sở trồng phân tán", period=Y24),
    F("có 38 hộ", "38", 38, "count", "hộ", subject="hộ đồng bào Dao tham gia trồng sở ở thôn Khe Lạc"),
    F("khoảng 72 ha", "72", 72, "measure", "ha", approx="about",
      subject="diện tích trồng sở ở thôn Khe Lạc"),
    F("từ 8 năm", "8", 8, "measure", "năm tuổi", approx="at_least", optional=True,
      subject="tuổi vườn sở"),
    F("từ 1,2 đến", "1,2", 1.2, "measure", "tấn/ha", value_max=1.5,
      subject="năng suất vườn sở từ 8 năm tuổi trở lên"),
    F("sở khô 45.000", "45.000", 45000, "money", "đồng/kg", subject="giá hạt sở khô"),
    F("khoảng 35 triệu", "35", 35e6, "money", "đồng/ha/năm", approx="about",
      subject="thu nhập của người trồng sở"),
    F("có hai ha", "hai", 2, "measure", "ha", subject="diện tích sở của gia đình anh Triệu Văn Sinh"),
    F("gần 3 tấn", "3", 3, "measure", "tấn", approx="nearly",
      subject="sản lượng quả sở gia đình anh Triệu Văn Sinh thu", period=LAST),
    F("hơn 60 triệu", "60", 60e6, "money", "đồng", approx="over",
      subject="tiền bán quả sở của gia đình anh Triệu Văn Sinh", period=LAST),
    F("có 2 cơ sở", "2", 2, "count", "cơ sở ép dầu sở", subject="cơ sở ép dầu sở"),
    F("suất 300 tấn", "300", 300, "measure", "tấn/năm", subject="tổng công suất của các cơ sở ép dầu sở"),
    F("OCOP 4 sao", "4", 4, "rank", "sao", optional=True, subject="hạng OCOP của sản phẩm dầu sở Ba Chẽ"),
    F("thụ 12.500 chai", "12.500", 12500, "count", "chai dầu sở", subject="chai dầu sở tiêu thụ", period=M9),
    F("đạt 2,6 tỷ", "2,6", 2.6e9, "money", "đồng", percent=118, subject="doanh thu của các cơ sở ép dầu sở",
      period=M9),
    F("lên 2.000 ha", "2.000", 2000, "measure", "ha", status="target", subject="tổng diện tích sở", period=G25),
    F("khoảng 1.500 tấn", "1.500", 1500, "measure", "tấn", approx="about", status="forecast",
      subject="sản lượng hạt sở", period=Y25),
    F("hỗ trợ 100%", "100", 100, "percent", "%", subject="hỗ trợ cây giống cho các hộ tham gia trồng sở"),
    F("và 3 triệu", "3", 3e6, "money", "đồng/ha", subject="hỗ trợ tiền công trồng sở"),
]

NOTES = [
    "District portal (huyện Ba Chẽ, Quảng Ninh): restoring the oil-tea camellia (cây sở). 'Ngày đăng: 21/11/2024 - 08:35' (published).",
    "Default location is the district Ba Chẽ (its commune Đạp Thanh and village Khe Lạc are below district level).",
    "Distractors: time 08:35, 'Nghị quyết số 12-NQ/HU', 'Khu 3', phone 0203.3888.225, 'giai đoạn 2021-2025' (period).",
    "'từ 8 năm tuổi trở lên' qualifies the orchards (optional); 'OCOP 4 sao' is a rating (optional). 'hai ha' is a number word (= 2 ha).",
    "'năm ngoái' in an article of 2024 = 2023. 'bằng 118% cùng kỳ' is the share of the 2,6 tỷ revenue. Support rates (100% giống, 3 triệu đồng/ha) are standing policy, actual, no period.",
]

if __name__ == "__main__":
    write("p1211-2", TEXT, NOTES, FIGS, published="2024-11-21", location="Ba Chẽ")
