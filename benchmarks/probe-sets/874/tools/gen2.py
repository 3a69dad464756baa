"""p874-2: commune portal (xã Đại Bái, huyện Gia Bình, Bắc Ninh), hammered and cast bronze, year 2023."""
from lib import F, period, inherit, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐẠI BÁI - HUYỆN GIA BÌNH - TỈNH BẮC NINH
Trang chủ / Tin tức / Kinh tế
Thứ Hai, 15/01/2024 - 10:20

Nghề gò, đúc đồng Đại Bái năm 2023: doanh thu tăng, thu nhập ổn định

Năm 2023, toàn xã có 1.150 hộ làm nghề gò, đúc đồng trên tổng số 2.480 hộ, thu hút khoảng 3.600 lao động, trong đó có 420 lao động đến từ các xã lân cận. Doanh thu từ nghề ước đạt 986,4 tỷ đồng, tăng 8,7% so với năm 2022, chiếm 71,3% tổng giá trị sản xuất trên địa bàn xã.

Các thôn có đông hộ làm nghề là Đại Bái (412 hộ), Quảng Bố (356 hộ), Ngọc Xuyên (218 hộ) và Đông Phù (121 hộ). Sản phẩm chủ yếu là đồ đồng mỹ nghệ, đồ thờ, tranh đồng và trống đồng phục chế; một bức tranh đồng khổ lớn có giá từ 25 đến 40 triệu đồng. Thu nhập bình quân của lao động làng nghề đạt 8,5 triệu đồng/người/tháng, gấp 1,6 lần lao động thuần nông.

Từ đầu năm 2023 đến nay, xã đã vận động 24 hộ di dời lò nấu đồng ra Cụm công nghiệp làng nghề Đại Bái. Cụm có diện tích 12,5 ha, tỷ lệ lấp đầy hiện đạt 76%.

Năm 2024, xã phấn đấu doanh thu từ nghề đạt trên 1.050 tỷ đồng, di dời thêm ít nhất 15 hộ, mở 4 lớp đào tạo nghề cho 200 lao động trẻ.

Nguyễn Thị Hoa - Văn phòng HĐND-UBND xã
UBND xã Đại Bái - Tỉnh lộ 282, huyện Gia Bình, tỉnh Bắc Ninh
Điện thoại: 0222.3867.315
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
SINCE = period("Từ đầu năm 2023 đến nay", "2023-01-01", "2024-01-15")
SUBJ_HO = "hộ làm nghề gò, đúc đồng"

FIGS = [
    F("có 1.150 hộ", "1.150", 1150, "count", "hộ", SUBJ_HO, Y23, total=2480),
    F("khoảng 3.600 lao động", "3.600", 3600, "count", "lao động", "lao động nghề gò, đúc đồng", Y23,
      approx="about"),
    F("có 420 lao động", "420", 420, "count", "lao động", "lao động đến từ các xã lân cận", Y23, total=3600),
    F("ước đạt 986,4 tỷ đồng", "986,4", 986.4e9, "money", "đồng", "doanh thu từ nghề", inherit(Y23),
      status="estimate", percent=71.3, change=change("increase", 8.7, "%", "năm 2022")),
    F("Đại Bái (412 hộ)", "412", 412, "count", "hộ", SUBJ_HO, inherit(Y23)),
    F("Quảng Bố (356 hộ)", "356", 356, "count", "hộ", SUBJ_HO, inherit(Y23)),
    F("Ngọc Xuyên (218 hộ)", "218", 218, "count", "hộ", SUBJ_HO, inherit(Y23)),
    F("Đông Phù (121 hộ)", "121", 121, "count", "hộ", SUBJ_HO, inherit(Y23)),
    F("từ 25 đến 40 triệu", "25", 25e6, "money", "đồng", "giá tranh đồng khổ lớn", value_max=40e6),
    F("đạt 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làng nghề",
      inherit(Y23), change=change("increase", 1.6, "lần", "lao động thuần nông")),
    F("vận động 24 hộ", "24", 24, "count", "hộ", "hộ di dời lò nấu đồng ra cụm công nghiệp", SINCE),
    F("diện tích 12,5 ha", "12,5", 12.5, "measure", "ha", "diện tích Cụm công nghiệp làng nghề Đại Bái"),
    F("hiện đạt 76%", "76", 76, "percent", "%", "tỷ lệ lấp đầy cụm công nghiệp"),
    F("trên 1.050 tỷ đồng", "1.050", 1050e9, "money", "đồng", "doanh thu từ nghề", Y24, approx="over",
      status="target"),
    F("ít nhất 15 hộ", "15", 15, "count", "hộ", "hộ di dời thêm", Y24, approx="at_least", status="target"),
    F("mở 4 lớp", "4", 4, "count", "lớp", "lớp đào tạo nghề", Y24, status="target"),
    F("cho 200 lao động", "200", 200, "count", "lao động", "lao động trẻ được đào tạo nghề", Y24,
      status="target"),
]

COMMENTS = [
    "Commune portal of xã Đại Bái (huyện Gia Bình, Bắc Ninh): nghề gò, đúc đồng năm 2023 and 2024 targets.",
    "Location is the district Gia Bình for every figure (a commune and its thôn are below the district level).",
    "'trên tổng số 2.480 hộ' is the total of the 1.150 hộ (attribute only). The thôn list (sum 1.107) follows no part-of cue: no total.",
    "'gấp 1,6 lần lao động thuần nông' after an amount is read as its change (increase, 1,6 lần); '76%' named as 'tỷ lệ lấp đầy' stands alone.",
    "'Từ đầu năm 2023 đến nay' ends at the dateline 15/01/2024. Distractors: Tỉnh lộ 282, phone, dateline time.",
]

if __name__ == "__main__":
    write(2, TEXT, COMMENTS, FIGS, published="2024-01-15", location="Gia Bình")
