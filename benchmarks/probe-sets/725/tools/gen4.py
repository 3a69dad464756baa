"""p725-4: Bộ Công an portal — national fire statistics 2024, mixed-use houses and mini-apartments."""
from lib import F, P, I, CH, emit

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Phòng cháy, chữa cháy
Ngày đăng: 09/01/2025 | Lượt xem: 12.604

Năm 2024, cháy nhà ở kết hợp kinh doanh chiếm 38,6% số vụ cháy khu dân cư

Theo Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07), năm 2024, toàn quốc xảy ra 4.012 vụ cháy, làm chết 91 người, bị thương 108 người, thiệt hại về tài sản ước tính khoảng 524 tỷ đồng. So với năm 2023, số vụ cháy giảm 4,8%, số người chết giảm 55 người. Tính bình quân, cả nước xảy ra 0,4 vụ cháy/vạn dân.

Cháy tại khu dân cư xảy ra 1.650 vụ, chiếm 41,1% tổng số vụ; trong đó cháy nhà ở kết hợp sản xuất, kinh doanh 637 vụ, chiếm 38,6% số vụ cháy khu dân cư, làm chết 43 người. Riêng cháy chung cư mini, nhà cho thuê trọ xảy ra 112 vụ, làm chết 19 người. Các địa phương xảy ra nhiều vụ cháy nhà ở kết hợp kinh doanh nhất là Hà Nội, TP Hồ Chí Minh và Bình Dương với lần lượt 92, 78 và 41 vụ.

Tính đến ngày 31/12/2024, lực lượng Cảnh sát PCCC đã kiểm tra 432.187 lượt cơ sở nhà ở kết hợp kinh doanh, chung cư mini, nhà trọ; xử phạt 6.931 trường hợp với tổng số tiền hơn 96,4 tỷ đồng, tăng 27% so với năm 2023; tạm đình chỉ 2.175 cơ sở, đình chỉ 1.038 cơ sở. Đã có 61/63 tỉnh, thành phố ban hành quy định về điều kiện an toàn phòng cháy đối với nhà ở nhiều tầng, nhiều căn hộ.

Năm 2025, Bộ Công an đặt mục tiêu giảm ít nhất 10% số vụ cháy so với năm 2024, đồng thời triển khai Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15 có hiệu lực từ ngày 01/7/2025.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 31/12/2024", None, "2024-12-31")

FIGS = [
    F("chiếm 38,6% số vụ cháy khu dân cư\n", "38,6", 38.6, "percent", "%",
      subject="cháy nhà ở kết hợp kinh doanh trong số vụ cháy khu dân cư",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("xảy ra 4.012 vụ cháy", "4.012", 4012, "count", "vụ cháy", subject="vụ cháy", period=Y24),
    F("làm chết 91 người", "91", 91, "count", "người", subject="người chết do cháy", period=Y24),
    F("bị thương 108 người", "108", 108, "count", "người", subject="người bị thương do cháy", period=Y24),
    F("khoảng 524 tỷ đồng", "524", 524000000000, "money", "đồng", approx="about", status="estimate",
      subject="thiệt hại về tài sản do cháy", period=Y24),
    F("giảm 4,8%", "4,8", 4.8, "percent", "%",
      subject="số vụ cháy giảm so với năm 2023", period=I(Y24)),
    F("giảm 55 người", "55", 55, "count", "người",
      subject="số người chết do cháy giảm so với năm 2023", period=I(Y24)),
    F("0,4 vụ cháy/vạn dân", "0,4", 0.4, "measure", "vụ cháy/vạn dân",
      subject="số vụ cháy bình quân trên vạn dân", period=I(Y24)),
    F("xảy ra 1.650 vụ", "1.650", 1650, "count", "vụ", percent=41.1,
      subject="vụ cháy tại khu dân cư", period=I(Y24)),
    F("kinh doanh 637 vụ", "637", 637, "count", "vụ", total=1650, percent=38.6,
      subject="vụ cháy nhà ở kết hợp sản xuất, kinh doanh", period=I(Y24)),
    F("làm chết 43 người", "43", 43, "count", "người",
      subject="người chết do cháy nhà ở kết hợp sản xuất, kinh doanh", period=I(Y24)),
    F("xảy ra 112 vụ", "112", 112, "count", "vụ",
      subject="vụ cháy chung cư mini, nhà cho thuê trọ", period=I(Y24)),
    F("làm chết 19 người", "19", 19, "count", "người",
      subject="người chết do cháy chung cư mini, nhà cho thuê trọ", period=I(Y24)),
    F("lần lượt 92, 78", "92", 92, "count", "vụ",
      subject="vụ cháy nhà ở kết hợp kinh doanh", period=I(Y24), location="Hà Nội"),
    F(", 78 và 41", "78", 78, "count", "vụ",
      subject="vụ cháy nhà ở kết hợp kinh doanh", period=I(Y24), location="TP. Hồ Chí Minh"),
    F("và 41 vụ", "41", 41, "count", "vụ",
      subject="vụ cháy nhà ở kết hợp kinh doanh", period=I(Y24), location="Bình Dương"),
    F("kiểm tra 432.187 lượt", "432.187", 432187, "count", "lượt cơ sở",
      subject="lượt cơ sở nhà ở kết hợp kinh doanh, chung cư mini, nhà trọ được kiểm tra", period=ASOF),
    F("xử phạt 6.931 trường hợp", "6.931", 6931, "count", "trường hợp",
      subject="trường hợp bị xử phạt", period=ASOF),
    F("hơn 96,4 tỷ đồng", "96,4", 96400000000, "money", "đồng", approx="over",
      change=CH("increase", 27, "%", "năm 2023"),
      subject="tổng số tiền xử phạt", period=ASOF),
    F("tạm đình chỉ 2.175 cơ sở", "2.175", 2175, "count", "cơ sở",
      subject="cơ sở bị tạm đình chỉ", period=ASOF),
    F("đình chỉ 1.038 cơ sở", "1.038", 1038, "count", "cơ sở",
      subject="cơ sở bị đình chỉ", period=ASOF),
    F("Đã có 61/63", "61", 61, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố ban hành quy định về điều kiện an toàn phòng cháy đối với nhà ở nhiều tầng, nhiều căn hộ"),
    F("ít nhất 10% số vụ cháy", "10", 10, "percent", "%", approx="at_least", status="target",
      subject="giảm số vụ cháy so với năm 2024", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
]

COMMENTS = [
    "Bộ Công an portal (ministry site): national fire statistics 2024 with mixed-use houses (nhà ở kết hợp kinh doanh) and mini-apartments.",
    "'Ngày đăng: 09/01/2025' is the dateline; 'Lượt xem: 12.604', '(C07)', 'Luật ... số 55/2024/QH15', 'ngày 01/7/2025' are not figures.",
    "'So với năm 2023, số vụ cháy giảm 4,8%, số người chết giảm 55 người' is its own sentence: two figures of their own (a rate and a count), not changes.",
    "1.650 vụ: 'chiếm 41,1% tổng số vụ' is its percent; the whole is not named in the sentence, so no total. 637 is a part after 'trong đó' (total 1.650).",
    "'Riêng' is no part-of cue (112 vụ gets no total). 'lần lượt 92, 78 và 41 vụ' list: places to location. 0,4 vụ cháy/vạn dân: rate, denominator in unit.",
    "'Tính đến ngày 31/12/2024' is an as-of period (start null). Location Việt Nam (cả nước / toàn quốc / ministry total).",
]

if __name__ == "__main__":
    emit("p725-4", TEXT, COMMENTS, FIGS, published="2025-01-09", location="Việt Nam")
