from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN AN PHÚ
Thứ Hai, 15/07/2024 - 09:45

Nuôi cá lồng bè trên sông Hậu: giá cá điêu hồng giảm, người nuôi thu hẹp quy mô

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, tính đến ngày 30/6/2024, toàn huyện có 312 lồng bè nuôi cá, giảm 46 lồng so với cùng kỳ năm 2023; tổng thể tích lồng nuôi khoảng 48.600 m3. Trong đó, có 205 lồng nuôi cá điêu hồng, 64 lồng nuôi cá lóc và 43 lồng nuôi cá thát lát.

Sản lượng cá lồng bè thu hoạch 6 tháng đầu năm đạt 5.430 tấn, bằng 47,2% kế hoạch năm, giảm 8,6% so với cùng kỳ. Năng suất bình quân đạt 110-120 kg/m3 đối với cá điêu hồng và khoảng 150 kg/m3 đối với cá lóc.

Nguyên nhân chủ yếu do giá cá điêu hồng thương phẩm liên tục ở mức thấp, có thời điểm chỉ còn 28.000-30.000 đồng/kg, trong khi giá thức ăn tăng lên 13.500 đồng/kg. Theo tính toán, mỗi lồng nuôi cá điêu hồng 100 m3, người nuôi lỗ từ 15 đến 20 triệu đồng mỗi vụ.

Bên cạnh đó, dịch bệnh trên cá nuôi lồng bè xảy ra rải rác tại các xã Khánh An, Phú Hữu và Vĩnh Hậu, làm thiệt hại 37 lồng với khoảng 126 tấn cá, tổng giá trị thiệt hại gần 4,2 tỷ đồng. Khánh An là xã có số lồng thiệt hại nhiều nhất với 19 lồng.

Để hỗ trợ người nuôi, huyện đã cấp miễn phí 2.500 liều vắc xin và 1,2 tấn hóa chất xử lý môi trường. Kế hoạch năm 2024, huyện phấn đấu duy trì 350 lồng bè, sản lượng đạt 11.500 tấn.

Liên hệ: Phòng NN&PTNT huyện An Phú, ĐT: 0296.3826.118.
Tin, ảnh: Thanh Tùng
"""

PD = P("tính đến ngày 30/6/2024", None, "2024-06-30")
P6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
PK = P("năm 2024", "2024-01-01", "2024-12-31")
S_CAGE = "lồng bè nuôi cá"

FIGS = [
    F("có 312 lồng bè", "312", 312, "count", "lồng bè", S_CAGE, PD,
      change=CH("decrease", 46, "lồng", "cùng kỳ năm 2023")),
    F("khoảng 48.600 m3", "48.600", 48600, "measure", "m3", "tổng thể tích lồng nuôi", PD, approx="about"),
    F("có 205 lồng", "205", 205, "count", "lồng", "lồng nuôi cá điêu hồng", I(PD), total=312),
    F("64 lồng nuôi", "64", 64, "count", "lồng", "lồng nuôi cá lóc", I(PD), total=312),
    F("43 lồng nuôi", "43", 43, "count", "lồng", "lồng nuôi cá thát lát", I(PD), total=312),
    F("đạt 5.430 tấn", "5.430", 5430, "measure", "tấn", "sản lượng cá lồng bè thu hoạch", P6,
      percent=47.2, change=CH("decrease", 8.6, baseline="cùng kỳ")),
    F("đạt 110-120 kg/m3", "110", 110, "measure", "kg/m3", "năng suất bình quân cá điêu hồng", I(P6), value_max=120),
    F("khoảng 150 kg/m3", "150", 150, "measure", "kg/m3", "năng suất bình quân cá lóc", I(P6), approx="about"),
    F("còn 28.000-30.000", "28.000", 28000, "money", "đồng/kg", "giá cá điêu hồng thương phẩm", value_max=30000),
    F("tăng lên 13.500 đồng/kg", "13.500", 13500, "money", "đồng/kg", "giá thức ăn"),
    F("điêu hồng 100 m3", "100", 100, "measure", "m3", "thể tích lồng nuôi cá điêu hồng", optional=True),
    F("lỗ từ 15 đến 20 triệu", "15", 15e6, "money", "đồng", "tiền lỗ mỗi lồng nuôi cá điêu hồng mỗi vụ", value_max=20e6),
    F("thiệt hại 37 lồng", "37", 37, "count", "lồng", "lồng bị thiệt hại do dịch bệnh", I(P6)),
    F("khoảng 126 tấn", "126", 126, "measure", "tấn", "cá bị thiệt hại do dịch bệnh", I(P6), approx="about"),
    F("gần 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "tổng giá trị thiệt hại do dịch bệnh", I(P6), approx="nearly"),
    F("với 19 lồng", "19", 19, "count", "lồng", "lồng thiệt hại của xã Khánh An", I(P6)),
    F("miễn phí 2.500 liều", "2.500", 2500, "count", "liều", "liều vắc xin cấp miễn phí"),
    F("1,2 tấn hóa chất", "1,2", 1.2, "measure", "tấn", "hóa chất xử lý môi trường cấp miễn phí"),
    F("duy trì 350 lồng", "350", 350, "count", "lồng bè", "lồng bè duy trì", PK, status="target"),
    F("đạt 11.500 tấn", "11.500", 11500, "measure", "tấn", "sản lượng cá lồng bè", PK, status="target"),
]

COMMENTS = [
    "District portal (huyện An Phú, An Giang): cage fish on the Hậu river, 6 months 2024 — cages by species, output vs plan, yields, prices, losses.",
    "Dateline 'Thứ Hai, 15/07/2024 - 09:45', byline at the end. Distractors: date 30/6/2024, phone 0296.3826.118, commune names.",
    "'Trong đó, có 205 ... 64 ... 43' follows the sentence with 312 lồng bè (the volume 48.600 m3 is not the same thing) -> total 312.",
    "'6 tháng đầu năm' takes 2024 from 'tính đến ngày 30/6/2024'. 'giảm 46 lồng' is the cage count's change (unit lồng).",
    "'mỗi lồng ... 100 m3' is a reference size (optional). 'tăng lên 13.500' states the new level only (no change value).",
    "Communes (Khánh An, ...) are not locations per FIGURES.md: the 19 lồng keep the district. '19 lồng' has no cue for a total.",
    "Disease losses take '6 tháng đầu năm' from the earlier paragraph (inherited). 'Kế hoạch năm 2024 ... phấn đấu' -> status target.",
]

if __name__ == "__main__":
    emit(2, TEXT, COMMENTS, FIGS, published="2024-07-15", location="An Phú")
