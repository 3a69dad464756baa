"""p1118-4: ministry site (Bộ VHTTDL): national review of weaving, hemp and indigo villages of ethnic minorities."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Di sản văn hóa
Ngày đăng: 05/09/2024 | Lượt xem: 1.108

Bảo tồn nghề dệt, nhuộm chàm truyền thống của đồng bào dân tộc thiểu số

Theo kết quả rà soát của Cục Di sản văn hóa, tính đến tháng 6/2024, cả nước có 312 làng nghề, điểm nghề dệt thổ cẩm, dệt lanh, nhuộm chàm của đồng bào dân tộc thiểu số tại 34 tỉnh, thành phố, trong đó 86 làng đã được công nhận làng nghề truyền thống. Các tỉnh có nhiều làng nghề nhất lần lượt là Sơn La (41 làng), Hà Giang (35 làng), Lào Cai (28 làng) và Điện Biên (24 làng).

Khoảng 26.000 lao động đang làm nghề, trong đó phụ nữ chiếm gần 95%. Tuy nhiên, số nghệ nhân nắm vững kỹ thuật trồng lanh, se sợi và nhuộm chàm thủ công chỉ còn hơn 1.200 người, phần lớn trên 50 tuổi.

Giai đoạn 2021-2023, từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, các địa phương đã bố trí hơn 210 tỷ đồng cho nội dung bảo tồn nghề truyền thống, mở 1.350 lớp truyền dạy với khoảng 40.000 lượt học viên. Năm 2023, doanh thu từ sản phẩm dệt, nhuộm chàm thủ công ước đạt 620 tỷ đồng, tăng 18% so với năm 2022; thu nhập của người làm nghề bình quân từ 2,5 đến 5 triệu đồng/tháng.

Mục tiêu đến năm 2025, mỗi tỉnh có ít nhất một sản phẩm dệt thổ cẩm, nhuộm chàm đạt OCOP 4 sao trở lên; 50% làng nghề dệt gắn với các tuyến du lịch cộng đồng.

Cục Di sản văn hóa
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3943.8231
"""

ASOF = per("tính đến tháng 6/2024", None, "2024-06-30")
G = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
LIST = "làng nghề, điểm nghề dệt thổ cẩm, dệt lanh, nhuộm chàm"

FIGS = [
    fig("có 312 làng nghề", "312", 312, "count", "làng nghề, điểm nghề",
        subject="làng nghề, điểm nghề dệt thổ cẩm, dệt lanh, nhuộm chàm của đồng bào dân tộc thiểu số", period=ASOF),
    fig("tại 34 tỉnh", "34", 34, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có làng nghề, điểm nghề dệt thổ cẩm, dệt lanh, nhuộm chàm", period=ASOF),
    fig("86 làng", "86", 86, "count", "làng", total=312,
        subject="làng đã được công nhận làng nghề truyền thống", period=ASOF),
    fig("Sơn La (41 làng)", "41", 41, "count", "làng", subject=LIST, period=inh(ASOF), location="Sơn La"),
    fig("Hà Giang (35 làng)", "35", 35, "count", "làng", subject=LIST, period=inh(ASOF), location="Hà Giang"),
    fig("Lào Cai (28 làng)", "28", 28, "count", "làng", subject=LIST, period=inh(ASOF), location="Lào Cai"),
    fig("Điện Biên (24 làng)", "24", 24, "count", "làng", subject=LIST, period=inh(ASOF), location="Điện Biên"),
    fig("Khoảng 26.000 lao động", "26.000", 26000, "count", "lao động", approx="about",
        subject="lao động đang làm nghề dệt, nhuộm chàm"),
    fig("gần 95%", "95", 95, "percent", "%", approx="nearly", subject="tỷ lệ phụ nữ trong số lao động làm nghề"),
    fig("hơn 1.200 người", "1.200", 1200, "count", "người", approx="over",
        subject="nghệ nhân nắm vững kỹ thuật trồng lanh, se sợi và nhuộm chàm thủ công"),
    fig("trên 50 tuổi", "50", 50, "measure", "tuổi", approx="over", optional=True,
        subject="tuổi của phần lớn nghệ nhân"),
    fig("hơn 210 tỷ", "210", 210e9, "money", "đồng", approx="over",
        subject="kinh phí các địa phương bố trí cho nội dung bảo tồn nghề truyền thống", period=G),
    fig("mở 1.350 lớp", "1.350", 1350, "count", "lớp", subject="lớp truyền dạy nghề truyền thống", period=G),
    fig("khoảng 40.000 lượt", "40.000", 40000, "count", "lượt học viên", approx="about",
        subject="lượt học viên lớp truyền dạy", period=G),
    fig("ước đạt 620 tỷ", "620", 620e9, "money", "đồng", status="estimate",
        change=chg("increase", 18, "%", "năm 2022"),
        subject="doanh thu từ sản phẩm dệt, nhuộm chàm thủ công", period=Y23),
    fig("từ 2,5 đến 5 triệu", "2,5", 2.5e6, "money", "đồng/tháng", value_max=5e6,
        subject="thu nhập bình quân của người làm nghề", period=Y23),
    fig("ít nhất một sản phẩm", "một", 1, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm dệt thổ cẩm, nhuộm chàm đạt OCOP 4 sao trở lên của mỗi tỉnh", period=T25),
    fig("50% làng nghề", "50", 50, "percent", "%", status="target",
        subject="làng nghề dệt gắn với các tuyến du lịch cộng đồng", period=T25),
]

NOTES = [
    "Ministry site (Bộ VHTTDL, Cục Di sản văn hóa), national figures: default location Việt Nam. 'Ngày đăng: 05/09/2024 | Lượt xem: 1.108'.",
    "Ranking list 'lần lượt là Sơn La (41 làng) …': each item a figure with the list's indicator, the province as location, no total.",
    "'trong đó phụ nữ chiếm gần 95%': a percent figure of its own (share of women within the 26.000), not a share of the 26.000.",
    "'trên 50 tuổi' (age threshold) optional. The 2023 income range stands after ';' in the 'Năm 2023' sentence: scored period.",
    "Distractors: view counter 1.108, '51 Ngô Quyền', phone 024.3943.8231, 'OCOP 4 sao', 'tháng 6/2024' as an as-of date.",
    "'ít nhất một sản phẩm' = number word một (1), at_least, target 'đến năm 2025' (start null, end 2025-12-31).",
]

if __name__ == "__main__":
    build("p1118-4", TEXT, NOTES, FIGS, published="2024-09-05", location="Việt Nam")
