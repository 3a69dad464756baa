"""p680-2: huyện Trấn Yên (Yên Bái) district portal — sericulture 2023, incomes, 2024/2025 plans."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẤN YÊN - TỈNH YÊN BÁI
Tin tức > Kinh tế
Thứ Ba, 12/03/2024 - 09:30

Trấn Yên: Trồng dâu nuôi tằm cho thu nhập 150 triệu đồng/ha

Năm 2023, diện tích dâu toàn huyện đạt 720,5 ha, vượt 6,5% kế hoạch; sản lượng kén đạt 1.085 tấn, doanh thu từ kén ước đạt 152 tỷ đồng.

Toàn huyện có 1.260 hộ trồng dâu nuôi tằm tại 16/21 xã, thị trấn. Trong năm, các hộ đã nuôi 14.200 hộp trứng, gồm 11.500 hộp giống tằm lưỡng hệ và 2.700 hộp giống tằm đa hệ. Bình quân mỗi ha dâu cho thu nhập 150 triệu đồng, nhiều hộ có thu nhập từ 200 đến 350 triệu đồng/năm. Tỷ lệ hộ nghèo trong các hộ nuôi tằm giảm còn 2,8%.

Hiện huyện có 5 hợp tác xã và 12 tổ hợp tác dâu tằm. Hợp tác xã Dâu tằm tơ Việt Thành bao tiêu gần 60% sản lượng kén của huyện với giá bình quân 165.000 đồng/kg, cao hơn 10.000 đồng/kg so với giá thương lái.

Theo Đề án phát triển dâu tằm giai đoạn 2021-2025 (Quyết định số 1538/QĐ-UBND ngày 25/8/2021), huyện phấn đấu đến năm 2025 đạt 800 ha dâu, sản lượng kén 1.300 tấn, giá trị 200 tỷ đồng. Năm 2024, huyện đặt kế hoạch trồng mới 45 ha dâu, trong đó 30 ha tại các xã vùng trong.

Hoàng Lan (Phòng Nông nghiệp và PTNT huyện)

Địa chỉ: Tổ 4, thị trấn Cổ Phúc, huyện Trấn Yên. Điện thoại: 0216.3825.331
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TN = P("Trong năm", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thu nhập 150 triệu đồng/ha", "150", 150000000, "money", "đồng/ha", "thu nhập từ trồng dâu nuôi tằm"),
    F("đạt 720,5 ha", "720,5", 720.5, "measure", "ha", "diện tích dâu", Y23,
      change=CH("increase", 6.5, "%", "kế hoạch")),
    F("đạt 1.085 tấn", "1.085", 1085, "measure", "tấn", "sản lượng kén", Y23),
    F("ước đạt 152 tỷ đồng", "152", 152000000000, "money", "đồng", "doanh thu từ kén", Y23, status="estimate"),
    F("có 1.260 hộ", "1.260", 1260, "count", "hộ", "hộ trồng dâu nuôi tằm"),
    F("16/21 xã", "16", 16, "count", "xã", "xã, thị trấn có hộ trồng dâu nuôi tằm", total=21),
    F("nuôi 14.200 hộp", "14.200", 14200, "count", "hộp trứng", "hộp trứng đã nuôi", TN),
    F("gồm 11.500 hộp", "11.500", 11500, "count", "hộp", "hộp giống tằm lưỡng hệ", TN, total=14200),
    F("và 2.700 hộp", "2.700", 2700, "count", "hộp", "hộp giống tằm đa hệ", TN, total=14200),
    F("thu nhập 150 triệu đồng,", "150", 150000000, "money", "đồng/ha", "thu nhập bình quân mỗi ha dâu"),
    F("từ 200 đến 350 triệu", "200", 200000000, "money", "đồng/năm", "thu nhập của nhiều hộ",
      value_max=350000000),
    F("giảm còn 2,8%", "2,8", 2.8, "percent", "%", "tỷ lệ hộ nghèo trong các hộ nuôi tằm"),
    F("có 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã dâu tằm"),
    F("và 12 tổ hợp tác", "12", 12, "count", "tổ hợp tác", "tổ hợp tác dâu tằm"),
    F("gần 60%", "60", 60, "percent", "%", "sản lượng kén được Hợp tác xã Dâu tằm tơ Việt Thành bao tiêu",
      approx="nearly"),
    F("bình quân 165.000 đồng/kg", "165.000", 165000, "money", "đồng/kg", "giá thu mua kén bình quân",
      change=CH("increase", 10000, "đồng/kg", "giá thương lái")),
    F("đạt 800 ha", "800", 800, "measure", "ha", "diện tích dâu", T25, status="target"),
    F("kén 1.300 tấn", "1.300", 1300, "measure", "tấn", "sản lượng kén", T25, status="target"),
    F("giá trị 200 tỷ đồng", "200", 200000000000, "money", "đồng", "giá trị", T25, status="target"),
    F("mới 45 ha", "45", 45, "measure", "ha", "diện tích trồng mới dâu", Y24, status="target"),
    F("trong đó 30 ha", "30", 30, "measure", "ha", "diện tích trồng mới dâu tại các xã vùng trong", Y24,
      status="target", total=45),
]

COMMENTS = [
    "Cổng TTĐT huyện Trấn Yên (invented): sericulture 2023 — area vs plan, cocoons, households, egg boxes, incomes, co-ops, targets.",
    "District portal: location Trấn Yên. 'vượt 6,5% kế hoạch' is a change with baseline 'kế hoạch' (FIGURES.md, result against plan).",
    "'Trong năm' takes 2023 from the lead. 'giảm còn 2,8%' states the level reached: a percent figure, no change.",
    "'mỗi ha dâu ... 150 triệu đồng' is a rate: unit đồng/ha. Not figures: giai đoạn 2021-2025, QĐ 1538/QĐ-UBND, Tổ 4, phone.",
]

if __name__ == "__main__":
    emit("p680-2", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Trấn Yên")
