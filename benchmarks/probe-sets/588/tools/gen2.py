from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN SƠN
Trang chủ / Tin tức / Kinh tế - Nông lâm nghiệp
Thứ Năm, 10/10/2024 - 14:20

Yên Sơn: Khai thác gần 215.000 m³ gỗ rừng trồng trong 9 tháng

9 tháng năm 2024, toàn huyện khai thác 214.650 m³ gỗ rừng trồng, đạt 78,5% kế hoạch, tăng 9,2% so với cùng kỳ năm 2023, trong đó gỗ lớn (đường kính từ 18 cm trở lên) chiếm 31%. Diện tích trồng rừng mới đạt 2.460 ha/2.800 ha kế hoạch, chủ yếu là keo lai mô và bạch đàn.

Trên địa bàn huyện hiện có 112 cơ sở chế biến lâm sản, gồm 7 nhà máy sản xuất dăm gỗ, 4 nhà máy ván bóc, ván ép và 101 cơ sở xẻ, sấy quy mô nhỏ. Trong 9 tháng, các nhà máy dăm tiêu thụ khoảng 96.000 tấn gỗ nguyên liệu, sản xuất 81.300 tấn dăm gỗ thành phẩm, chủ yếu xuất qua cảng Cái Lân (Quảng Ninh).

Công tác cấp chứng chỉ rừng tiếp tục được quan tâm. Đến hết tháng 9/2024, diện tích rừng trồng được cấp chứng chỉ FSC của huyện đạt 8.915 ha, chiếm 26,4% diện tích rừng sản xuất là rừng trồng; tập trung ở các xã Trung Sơn (1.820 ha), Kim Quan (1.465 ha) và Công Đa (1.210 ha). Gỗ có chứng chỉ được doanh nghiệp thu mua với giá cao hơn từ 10 đến 15% so với gỗ thông thường.

Phấn đấu đến năm 2025, diện tích rừng có chứng chỉ FSC của huyện đạt 10.000 ha; giá trị sản xuất lâm nghiệp đạt trên 1.150 tỷ đồng.

Cơ quan chủ quản: UBND huyện Yên Sơn - Địa chỉ: Tổ 12, phường Tân Hà, TP Tuyên Quang - ĐT: 0207.3822.147
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
AS_OF = P("Đến hết tháng 9/2024", None, "2024-09-30")
TGT = P("đến năm 2025", None, "2025-12-31")
FSC = "diện tích rừng trồng được cấp chứng chỉ FSC"

FIGS = [
    F("gần 215.000 m³", "215.000", 215000, "measure", "m³", "gỗ rừng trồng khai thác",
      P("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    F("khai thác 214.650 m³", "214.650", 214650, "measure", "m³", "gỗ rừng trồng khai thác", M9,
      percent=78.5, change=CH("increase", 9.2, baseline="cùng kỳ năm 2023")),
    F("từ 18 cm", "18", 18, "measure", "cm", "đường kính gỗ lớn", M9, approx="at_least", optional=True),
    F("chiếm 31%", "31", 31, "percent", "%", "tỷ trọng gỗ lớn trong gỗ rừng trồng khai thác", M9),
    F("đạt 2.460 ha", "2.460", 2460, "measure", "ha", "Diện tích trồng rừng mới", I(M9), target=T(2800, "ha")),
    F("có 112 cơ sở", "112", 112, "count", "cơ sở", "cơ sở chế biến lâm sản"),
    F("gồm 7 nhà máy", "7", 7, "count", "nhà máy", "nhà máy sản xuất dăm gỗ", total=112),
    F("4 nhà máy ván bóc", "4", 4, "count", "nhà máy", "nhà máy ván bóc, ván ép", total=112),
    F("101 cơ sở", "101", 101, "count", "cơ sở", "cơ sở xẻ, sấy quy mô nhỏ", total=112),
    F("khoảng 96.000 tấn", "96.000", 96000, "measure", "tấn", "gỗ nguyên liệu các nhà máy dăm tiêu thụ",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30"), approx="about"),
    F("sản xuất 81.300 tấn", "81.300", 81300, "measure", "tấn", "dăm gỗ thành phẩm sản xuất",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("đạt 8.915 ha", "8.915", 8915, "measure", "ha", FSC, AS_OF, percent=26.4),
    F("Trung Sơn (1.820 ha)", "1.820", 1820, "measure", "ha", FSC + " xã Trung Sơn", AS_OF),
    F("Kim Quan (1.465 ha)", "1.465", 1465, "measure", "ha", FSC + " xã Kim Quan", AS_OF),
    F("Công Đa (1.210 ha)", "1.210", 1210, "measure", "ha", FSC + " xã Công Đa", AS_OF),
    F("từ 10 đến 15%", "10", 10, "percent", "%", "giá thu mua gỗ có chứng chỉ cao hơn so với gỗ thông thường",
      value_max=15),
    F("đạt 10.000 ha", "10.000", 10000, "measure", "ha", "diện tích rừng có chứng chỉ FSC", TGT, status="target"),
    F("trên 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "giá trị sản xuất lâm nghiệp", TGT,
      approx="over", status="target"),
]

COMMENTS = [
    "p588-2 — Cổng TTĐT huyện Yên Sơn (district portal, breadcrumb, weekday dateline): khai thác gỗ rừng trồng 9 tháng 2024, cơ sở chế biến,",
    "dăm gỗ, diện tích FSC theo xã, giá gỗ có chứng chỉ, mục tiêu 2025. Location: the district (Yên Sơn) throughout.",
    "Commune items (xã Trung Sơn …): the spec's location is a province, city or district, so the commune stays in the subject and the location",
    "is the district; the items neither add up to 8.915 ha nor follow a cue, so no total. '2.460 ha/2.800 ha kế hoạch' → target 2800, not a total.",
    "'gỗ lớn … chiếm 31%' is a part's share (its own percent figure, not the percent of 214.650 m³, which already has 78,5%).",
    "'đường kính từ 18 cm trở lên' is a threshold (optional). '7/4/101' add up to 112 after 'gồm' → total 112.",
    "Distractors: 'Tổ 12', phone, dateline, 'cảng Cái Lân (Quảng Ninh)' (not the figures' place).",
]

emit("p588-2", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Yên Sơn")
