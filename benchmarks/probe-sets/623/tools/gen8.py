"""p623-8: commune portal, xã Đông Ninh (Khoái Châu, Hưng Yên), mushroom growing 9 months 2023."""
from lib import F, P, I, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN XÃ ĐÔNG NINH - HUYỆN KHOÁI CHÂU - TỈNH HƯNG YÊN
Trang chủ > Tin tức > Kinh tế

Xã Đông Ninh: Trồng nấm cho giá trị 1,5 tỷ đồng/ha

12/10/2023 09:12 | Lượt xem: 312

9 tháng năm 2023, xã Đông Ninh có 68 hộ trồng nấm với tổng diện tích nhà lán 6,5 ha; sản lượng nấm các loại đạt 615 tấn, tăng 18% so với cùng kỳ; trong đó nấm sò 420 tấn, nấm rơm 150 tấn, mộc nhĩ 45 tấn.

Giá trị sản xuất ước đạt 9,8 tỷ đồng, bình quân 1,5 tỷ đồng/ha nhà lán. So với trồng lúa, giá trị này gấp 6 lần.

Nguyên liệu chủ yếu là rơm rạ và mùn cưa. Mỗi năm, các hộ thu mua khoảng 2.500 tấn rơm của nông dân trong xã và các xã lân cận với giá 1.200-1.500 đồng/kg, góp phần giảm tình trạng đốt rơm tại Thôn 3 và Thôn 5. Nhiều hộ như gia đình anh Lê Văn Bảy ở Thôn 2 mỗi năm lãi trên 200 triệu đồng.

Xã hiện có 1 HTX chuyên ngành nấm với 32 thành viên và 3 tổ hợp tác. HTX liên kết với Công ty cổ phần Nấm Việt Hưng (Km 38, Quốc lộ 39) bao tiêu 70% sản lượng nấm sò với giá ổn định 25.000 đồng/kg. Nghề trồng nấm tạo việc làm cho 210 lao động, thu nhập bình quân 6,5 triệu đồng/người/tháng.

Năm 2024, xã phấn đấu nâng diện tích nhà lán lên 8 ha, sản lượng nấm đạt 900 tấn, thực hiện theo Kế hoạch số 45/KH-UBND của UBND xã.

Ban biên tập: Đài truyền thanh xã Đông Ninh. ĐT: 0221.3912.268
"""

N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("cho giá trị 1,5 tỷ", "1,5", 1.5e9, "money", "đồng/ha", "giá trị trồng nấm"),
    F("có 68 hộ", "68", 68, "count", "hộ", "hộ trồng nấm", N9),
    F("lán 6,5 ha", "6,5", 6.5, "measure", "ha", "tổng diện tích nhà lán trồng nấm", N9),
    F("đạt 615 tấn", "615", 615, "measure", "tấn", "sản lượng nấm các loại", N9,
      change=CH("increase", 18, baseline="cùng kỳ")),
    F("sò 420 tấn", "420", 420, "measure", "tấn", "sản lượng nấm sò", N9, total=615),
    F("rơm 150 tấn", "150", 150, "measure", "tấn", "sản lượng nấm rơm", N9, total=615),
    F("nhĩ 45 tấn", "45", 45, "measure", "tấn", "sản lượng mộc nhĩ", N9, total=615),
    F("ước đạt 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "giá trị sản xuất nấm", I(N9), status="estimate"),
    F("bình quân 1,5 tỷ", "1,5", 1.5e9, "money", "đồng/ha", "giá trị sản xuất bình quân trên ha nhà lán", I(N9),
      status="estimate"),
    F("gấp 6 lần", "6", 6, "multiple", "lần", "giá trị sản xuất trồng nấm so với trồng lúa"),
    F("khoảng 2.500 tấn", "2.500", 2500, "measure", "tấn", "rơm các hộ thu mua mỗi năm", approx="about"),
    F("1.200-1.500 đồng/kg", "1.200", 1200, "money", "đồng/kg", "giá thu mua rơm", value_max=1500),
    F("lãi trên 200 triệu đồng", "200", 200e6, "money", "đồng", "lãi mỗi năm của gia đình anh Lê Văn Bảy",
      approx="over"),
    F("có 1 HTX", "1", 1, "count", "HTX", "HTX chuyên ngành nấm"),
    F("với 32 thành viên", "32", 32, "count", "thành viên", "thành viên HTX chuyên ngành nấm"),
    F("và 3 tổ hợp tác", "3", 3, "count", "tổ hợp tác", "tổ hợp tác trồng nấm"),
    F("bao tiêu 70%", "70", 70, "percent", "%", "sản lượng nấm sò được doanh nghiệp bao tiêu"),
    F("ổn định 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá bao tiêu nấm sò"),
    F("cho 210 lao động", "210", 210, "count", "lao động", "lao động nghề trồng nấm"),
    F("quân 6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động trồng nấm"),
    F("lên 8 ha", "8", 8, "measure", "ha", "diện tích nhà lán trồng nấm", Y24, status="target"),
    F("đạt 900 tấn", "900", 900, "measure", "tấn", "sản lượng nấm", Y24, status="target"),
]

COMMENTS = [
    "Commune portal (UBND xã Đông Ninh, huyện Khoái Châu, Hưng Yên): trồng nấm 9 tháng năm 2023; date + view counter under the headline.",
    "Location: the spec's places are province/city/district, so the commune's figures take its district, Khoái Châu.",
    "Distractors: Lượt xem 312, time 09:12, 'Thôn 2', 'Thôn 3', 'Thôn 5', name 'Lê Văn Bảy' (bảy = 7), 'Km 38, Quốc lộ 39', Kế hoạch số 45/KH-UBND, phone 0221.3912.268.",
    "'So với trồng lúa, giá trị này gấp 6 lần.' stands as its own sentence: a multiple figure (not a change of 1,5 tỷ).",
    "'ước đạt 9,8 tỷ đồng, bình quân 1,5 tỷ đồng/ha' : estimate governs the continuing clause; the headline 1,5 tỷ is actual.",
    "'Mỗi năm' and 'hiện' give no period; 'Năm 2024, xã phấn đấu' targets carry a scored period.",
]

if __name__ == "__main__":
    emit("p623-8", TEXT, COMMENTS, FIGS, published="2023-10-12", location="Khoái Châu")
