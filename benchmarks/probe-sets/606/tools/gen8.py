"""p606-8: commune portal (xã Tân Cương, TP Thái Nguyên) — tea area, Q1/2024 output and value, prices, households, OCOP, income, tourism, 2024 plan."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN CƯƠNG - THÀNH PHỐ THÁI NGUYÊN
Tin tức > Kinh tế - Xã hội
Ngày đăng: 22/04/2024 | Người đăng: Ban biên tập

Tân Cương: Quý I/2024 giá trị thu từ chè đạt 96 tỷ đồng

Xã Tân Cương hiện có 540 ha chè, trong đó 410 ha là các giống mới như LDP1, Kim Tuyên, Phúc Vân Tiên (chiếm 75,9%), 125 ha đạt chứng nhận VietGAP và 32 ha sản xuất theo hướng hữu cơ. Năng suất chè bình quân đạt 16,8 tấn/ha/năm.

Quý I/2024, sản lượng chè búp tươi của xã đạt 2.150 tấn, tăng 5,1% so với quý I/2023; giá trị thu từ chè đạt 96 tỷ đồng. Giá chè búp khô dao động từ 250.000 đến 600.000 đồng/kg, loại đặc biệt như chè tôm nõn có giá 1,2-2 triệu đồng/kg.

Toàn xã có 1.240 hộ trồng chè (chiếm 88% tổng số hộ), 9 hợp tác xã và 7 làng nghề chè truyền thống. Xã có 18 sản phẩm chè đạt chuẩn OCOP, trong đó 2 sản phẩm 5 sao và 11 sản phẩm 4 sao.

Năm 2023, thu nhập bình quân đầu người của xã đạt 78 triệu đồng/người/năm. Mức thu nhập này gấp 1,6 lần bình quân chung của tỉnh. Trong quý I/2024, xã đón khoảng 12.500 lượt khách du lịch trải nghiệm chè, tăng 20% so với cùng kỳ.

Kế hoạch năm 2024, xã phấn đấu sản lượng chè búp tươi đạt 9.000 tấn, giá trị thu từ chè đạt trên 400 tỷ đồng, có thêm 3 sản phẩm OCOP.

Liên hệ: UBND xã Tân Cương, xóm Hồng Thái 2; ĐT: 0208.3640.115.
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt 96 tỷ đồng\n", "96", 96e9, "money", "đồng", "giá trị thu từ chè", Q1),
    F("có 540 ha", "540", 540, "measure", "ha", "diện tích chè"),
    F("trong đó 410 ha", "410", 410, "measure", "ha", "diện tích chè các giống mới", total=540, percent=75.9),
    F("125 ha", "125", 125, "measure", "ha", "diện tích chè đạt chứng nhận VietGAP", total=540),
    F("32 ha", "32", 32, "measure", "ha", "diện tích chè sản xuất theo hướng hữu cơ", total=540),
    F("đạt 16,8 tấn/ha/năm", "16,8", 16.8, "measure", "tấn/ha/năm", "năng suất chè bình quân"),
    F("đạt 2.150 tấn", "2.150", 2150, "measure", "tấn", "sản lượng chè búp tươi của xã", Q1,
      change=CH("increase", 5.1, baseline="quý I/2023")),
    F("đạt 96 tỷ đồng. Giá", "96", 96e9, "money", "đồng", "giá trị thu từ chè", Q1),
    F("từ 250.000 đến 600.000 đồng/kg", "250.000", 250000, "money", "đồng/kg", "giá chè búp khô", I(Q1),
      value_max=600000),
    F("giá 1,2-2 triệu đồng/kg", "1,2", 1.2e6, "money", "đồng/kg", "giá chè tôm nõn", I(Q1), value_max=2e6),
    F("có 1.240 hộ", "1.240", 1240, "count", "hộ", "hộ trồng chè", percent=88),
    F("9 hợp tác xã", "9", 9, "count", "hợp tác xã", "hợp tác xã"),
    F("7 làng nghề", "7", 7, "count", "làng nghề", "làng nghề chè truyền thống"),
    F("có 18 sản phẩm", "18", 18, "count", "sản phẩm", "sản phẩm chè đạt chuẩn OCOP"),
    F("trong đó 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm chè OCOP 5 sao", total=18),
    F("và 11 sản phẩm", "11", 11, "count", "sản phẩm", "sản phẩm chè OCOP 4 sao", total=18),
    F("đạt 78 triệu đồng/người/năm", "78", 78e6, "money", "đồng/người/năm", "thu nhập bình quân đầu người",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "thu nhập bình quân đầu người so với bình quân chung của tỉnh"),
    F("khoảng 12.500 lượt", "12.500", 12500, "count", "lượt khách", "lượt khách du lịch trải nghiệm chè",
      P("Trong quý I/2024", "2024-01-01", "2024-03-31"), approx="about", change=CH("increase", 20, baseline="cùng kỳ")),
    F("đạt 9.000 tấn", "9.000", 9000, "measure", "tấn", "sản lượng chè búp tươi", K24, status="target"),
    F("trên 400 tỷ đồng", "400", 400e9, "money", "đồng", "giá trị thu từ chè", K24, approx="over", status="target"),
    F("thêm 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm OCOP có thêm", K24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT xã Tân Cương (TP Thái Nguyên), 'Ngày đăng: 22/04/2024': chè Tân Cương quý I/2024. A commune is no location level:",
    "its figures take the city, location Thái Nguyên.",
    "410, 125 and 32 ha are parts after 'trong đó' of 540 ha; '(chiếm 75,9%)' is the share of 410 ha across the variety names.",
    "'gấp 1,6 lần' stands alone as its own sentence: multiple. '1,2-2 triệu' applies the multiplier to both ends.",
    "Distractors: 'LDP1' (variety), 'xóm Hồng Thái 2', phone '0208.3640.115', OCOP levels '5 sao', '4 sao', 'quý I/2023' (baseline).",
]

if __name__ == "__main__":
    emit("p606-8", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Thái Nguyên")
