"""p805-4: ministry site (Cục Kinh tế hợp tác và PTNT, Bộ NN&PTNT), national craft villages, 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Kinh tế hợp tác và Phát triển nông thôn
Trang chủ > Tin hoạt động
Làng nghề thủ công mỹ nghệ: xuất khẩu tăng trưởng hai con số
Ngày đăng: 18/02/2025 | Lượt xem: 1.047

Theo số liệu tổng hợp của Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến hết năm 2024, cả nước có 5.483 làng nghề và làng nghề truyền thống được công nhận, trong đó nhóm thủ công mỹ nghệ có 2.276 làng, chiếm 41,5%. Riêng thêu ren có 389 làng, chạm khắc và đồ gỗ mỹ nghệ có 342 làng.

Các địa phương có nhiều làng nghề thêu ren nhất lần lượt là Hà Nội (98 làng), Thái Bình (64 làng), Ninh Bình (34 làng) và Hà Nam (27 làng).

Năm 2024, kim ngạch xuất khẩu hàng thủ công mỹ nghệ ước đạt 2,85 tỷ USD, tăng 15,6% so với năm 2023; trong đó hàng gỗ mỹ nghệ khoảng 820 triệu USD, hàng thêu ren khoảng 310 triệu USD. Các làng nghề thủ công mỹ nghệ thu hút khoảng 1,2 triệu lao động, thu nhập bình quân 5,8 triệu đồng/người/tháng, cao hơn khoảng 1,7 lần so với lao động thuần nông.

Giai đoạn 2021-2024, các địa phương đã tổ chức hơn 1.600 lớp đào tạo nghề thủ công mỹ nghệ cho trên 48.000 lao động nông thôn. Đến nay đã có 312 sản phẩm thêu ren, gỗ mỹ nghệ được công nhận OCOP từ 3 sao trở lên.

Theo Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2021-2030 (Quyết định số 801/QĐ-TTg ngày 07/7/2022), đến năm 2030 kim ngạch xuất khẩu hàng thủ công mỹ nghệ đạt 6 tỷ USD; 100% làng nghề được công nhận có tổ chức đại diện.

Cục Kinh tế hợp tác và PTNT - Số 2 Ngọc Hà, Ba Đình, Hà Nội - Điện thoại: 024.3843.8792
"""

AS = P("tính đến hết năm 2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
GD = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
LIST = "làng nghề thêu ren"

FIGS = [
    F("có 5.483 làng nghề", "5.483", "count", "làng nghề", "làng nghề và làng nghề truyền thống được công nhận", period=AS),
    F("có 2.276 làng", "2.276", "count", "làng", "làng nghề thủ công mỹ nghệ", total=5483, percent=41.5, period=AS),
    F("có 389 làng", "389", "count", "làng", "làng nghề thêu ren", period=I(AS)),
    F("có 342 làng", "342", "count", "làng", "làng nghề chạm khắc và đồ gỗ mỹ nghệ", period=I(AS)),
    F("Hà Nội (98 làng)", "98", "count", "làng", LIST, location="Hà Nội", period=I(AS)),
    F("Thái Bình (64 làng)", "64", "count", "làng", LIST, location="Thái Bình", period=I(AS)),
    F("Ninh Bình (34 làng)", "34", "count", "làng", LIST, location="Ninh Bình", period=I(AS)),
    F("Hà Nam (27 làng)", "27", "count", "làng", LIST, location="Hà Nam", period=I(AS)),
    F("ước đạt 2,85 tỷ USD", "2,85", "money", "USD", "kim ngạch xuất khẩu hàng thủ công mỹ nghệ", mult=10**9,
      status="estimate", change=C("increase", 15.6, baseline="năm 2023"), period=Y24),
    F("khoảng 820 triệu USD", "820", "money", "USD", "kim ngạch xuất khẩu hàng gỗ mỹ nghệ", mult=10**6,
      approx="about", total=2.85e9, status="estimate", period=Y24),
    F("khoảng 310 triệu USD", "310", "money", "USD", "kim ngạch xuất khẩu hàng thêu ren", mult=10**6,
      approx="about", total=2.85e9, status="estimate", period=Y24),
    F("khoảng 1,2 triệu lao động", "1,2", "count", "lao động", "lao động làng nghề thủ công mỹ nghệ", mult=10**6,
      approx="about"),
    F("bình quân 5,8 triệu đồng/người/tháng", "5,8", "money", "đồng/người/tháng", "thu nhập bình quân", mult=10**6,
      change=C("increase", 1.7, "lần", baseline="lao động thuần nông", approx="about")),
    F("hơn 1.600 lớp", "1.600", "count", "lớp", "lớp đào tạo nghề thủ công mỹ nghệ", approx="over", period=GD),
    F("trên 48.000 lao động", "48.000", "count", "lao động", "lao động nông thôn được đào tạo nghề", approx="over",
      period=GD),
    F("có 312 sản phẩm", "312", "count", "sản phẩm", "sản phẩm thêu ren, gỗ mỹ nghệ được công nhận OCOP",
      period=P("Đến nay", None, "2025-02-18")),
    F("từ 3 sao", "3", "count", "sao", "hạng sao OCOP", optional=True),
    F("đạt 6 tỷ USD", "6", "money", "USD", "kim ngạch xuất khẩu hàng thủ công mỹ nghệ", mult=10**9, status="target",
      period=TO30),
    F("100% làng nghề", "100", "percent", "%", "làng nghề được công nhận có tổ chức đại diện", status="target",
      period=TO30),
]

COMMENTS = [
    "Ministry site (Cục KTHT&PTNT, Bộ NN&PTNT): national craft villages, embroidery/wood-carving counts, exports 2024, training, 2030 targets.",
    "Location Việt Nam except the list 'lần lượt là Hà Nội (98 làng), …' (item = location, subject = the list's indicator).",
    "'Riêng thêu ren có 389 làng' has no part-of cue: no total. 'OCOP từ 3 sao' is a category threshold (optional).",
    "'cao hơn khoảng 1,7 lần so với lao động thuần nông' is the change of the income (increase, lần, about).",
    "Distractors: 'tăng trưởng hai con số' (idiom), Lượt xem 1.047, giai đoạn 2021-2030, Quyết định số 801/QĐ-TTg, Số 2 Ngọc Hà, phone.",
]

write("p805-4", TEXT, FIGS, COMMENTS, published="2025-02-18", location="Việt Nam")
