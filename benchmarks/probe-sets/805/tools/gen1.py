"""p805-1: Ninh Bình province portal, thêu ren, 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Làng nghề thêu ren: 6 tháng xuất khẩu đạt 18,6 triệu USD
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.315

Theo Sở Công Thương Ninh Bình, 6 tháng đầu năm 2024, kim ngạch xuất khẩu hàng thêu ren của tỉnh ước đạt 18,6 triệu USD, tăng 12,4% so với cùng kỳ năm 2023, đạt 52,3% kế hoạch năm.

Tính đến 30/6/2024, toàn tỉnh có 34 làng nghề thêu ren được công nhận, trong đó huyện Hoa Lư có 15 làng, Kim Sơn 9 làng, Yên Khánh 6 làng và Yên Mô 4 làng. Các làng nghề thu hút khoảng 5.200 hộ với hơn 11.500 lao động, thu nhập bình quân từ 4,5 đến 6 triệu đồng/người/tháng.

Nổi bật là làng thêu ren Văn Lâm (xã Ninh Hải, huyện Hoa Lư), nằm phía tây Quốc lộ 1A. Làng hiện có 320 hộ làm nghề; năm 2023 doanh thu của làng đạt 95 tỷ đồng, gấp 1,6 lần năm 2019.

Sản phẩm thêu ren Ninh Bình gồm khăn trải bàn, ga gối, tranh thêu, quần áo thêu tay, được xuất khẩu sang hơn 20 quốc gia và vùng lãnh thổ; thị trường EU chiếm khoảng 45% kim ngạch xuất khẩu hàng thêu của tỉnh.

Trong 6 tháng, Trung tâm Khuyến công tỉnh đã mở 8 lớp đào tạo nghề thêu cho 240 học viên với tổng kinh phí 320 triệu đồng, theo Quyết định số 1520/QĐ-UBND của UBND tỉnh. Sau khóa học, 85% học viên có việc làm tại các cơ sở thêu.

Mục tiêu đến năm 2025, kim ngạch xuất khẩu hàng thêu ren của tỉnh đạt 40 triệu USD, thu hút trên 13.000 lao động làm nghề.

Hải Yến (Sở Công Thương)
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
AS = P("Tính đến 30/6/2024", None, "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
SIX = P("Trong 6 tháng", "2023-01-01", "2023-06-30")  # revised: year of the nearest earlier period (năm 2023), FIGURES.md §3
TO25 = P("đến năm 2025", None, "2025-12-31")
VILL = "làng nghề thêu ren được công nhận"

FIGS = [
    F("xuất khẩu đạt 18,6 triệu USD", "18,6", "money", "USD", "kim ngạch xuất khẩu hàng thêu ren", mult=10**6,
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("ước đạt 18,6 triệu USD", "18,6", "money", "USD", "kim ngạch xuất khẩu hàng thêu ren", mult=10**6,
      percent=52.3, change=C("increase", 12.4, baseline="cùng kỳ năm 2023"), status="estimate", period=H1),
    F("có 34 làng nghề", "34", "count", "làng nghề", VILL, period=AS),
    F("Hoa Lư có 15 làng", "15", "count", "làng", VILL, total=34, period=AS, location="Hoa Lư"),
    F("Kim Sơn 9 làng", "9", "count", "làng", VILL, total=34, period=AS, location="Kim Sơn"),
    F("Yên Khánh 6 làng", "6", "count", "làng", VILL, total=34, period=AS, location="Yên Khánh"),
    F("Yên Mô 4 làng", "4", "count", "làng", VILL, total=34, period=AS, location="Yên Mô"),
    F("khoảng 5.200 hộ", "5.200", "count", "hộ", "hộ tham gia làng nghề thêu ren", approx="about", period=I(AS)),
    F("hơn 11.500 lao động", "11.500", "count", "lao động", "lao động làng nghề thêu ren", approx="over", period=I(AS)),
    F("từ 4,5 đến 6 triệu đồng/người/tháng", "4,5", "money", "đồng/người/tháng", "thu nhập bình quân", mult=10**6,
      vmax="6", period=I(AS)),
    F("có 320 hộ làm nghề", "320", "count", "hộ", "hộ làm nghề thêu ren làng Văn Lâm", location="Hoa Lư"),
    F("đạt 95 tỷ đồng", "95", "money", "đồng", "doanh thu của làng Văn Lâm", mult=10**9,
      change=C("increase", 1.6, "lần", baseline="năm 2019"), period=Y23, location="Hoa Lư"),
    F("hơn 20 quốc gia", "20", "count", "quốc gia", "quốc gia và vùng lãnh thổ nhập khẩu sản phẩm thêu ren",
      approx="over"),
    F("khoảng 45%", "45", "percent", "%", "tỷ trọng thị trường EU trong kim ngạch xuất khẩu hàng thêu", approx="about"),
    F("mở 8 lớp", "8", "count", "lớp", "lớp đào tạo nghề thêu", period=SIX),
    F("cho 240 học viên", "240", "count", "học viên", "học viên đào tạo nghề thêu", period=SIX),
    F("kinh phí 320 triệu đồng", "320", "money", "đồng", "kinh phí đào tạo nghề thêu", mult=10**6, period=SIX),
    F("85% học viên", "85", "percent", "%", "học viên có việc làm sau khóa học", period=I(SIX)),
    F("đạt 40 triệu USD", "40", "money", "USD", "kim ngạch xuất khẩu hàng thêu ren", mult=10**6, status="target",
      period=TO25),
    F("trên 13.000 lao động", "13.000", "count", "lao động", "lao động làm nghề thêu ren", approx="over",
      status="target", period=TO25),
]

COMMENTS = [
    "Province portal (Ninh Bình): thêu ren export 6 months 2024, villages by district, Văn Lâm village, training classes, 2025 targets.",
    "Headline '6 tháng xuất khẩu đạt 18,6 triệu USD' is a figure (year from the dateline, no estimate cue in the headline itself).",
    "'gấp 1,6 lần năm 2019' attached to 95 tỷ is a change (increase, lần), not a multiple figure (it does not stand alone).",
    "revised after the first run: year-less 'Trong 6 tháng' takes the year of the nearest earlier period ('năm 2023' of the 95 tỷ),",
    "as FIGURES.md prescribes, not 2024 (the reading a reader would make from the lead's '6 tháng đầu năm 2024'); see REPORT.md.",
    "Distractors: Lượt xem 2.315, Quốc lộ 1A, Quyết định số 1520/QĐ-UBND, dateline 09:45.",
]

write("p805-1", TEXT, FIGS, COMMENTS, published="2024-07-18", location="Ninh Bình")
