"""p690-4: ministry site (Bộ NN&PTNT) — national pottery craft villages, 2023."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Phát triển nông thôn
Ngày đăng: 22/04/2024 | Lượt xem: 1.208

Cả nước có 412 làng nghề gốm sứ, đất nung

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến hết năm 2023, cả nước có 5.400 làng nghề và làng có nghề, trong đó 2.028 làng nghề đã được công nhận, chiếm 37,6%. Nhóm làng nghề gốm sứ, đất nung có 412 làng, thu hút khoảng 86.000 lao động. Các địa phương có nhiều làng nghề gốm nhất là Hà Nội (38 làng), Bắc Ninh (21 làng), Vĩnh Long (19 làng) và Bình Dương (17 làng).

Năm 2023, giá trị sản xuất của các làng nghề gốm sứ đạt khoảng 21.500 tỷ đồng, tăng 4,8% so với năm 2022; kim ngạch xuất khẩu sản phẩm gốm sứ của cả nước đạt 560,4 triệu USD, giảm 16,1%. Thu nhập bình quân của lao động làng nghề gốm đạt 5,8 triệu đồng/người/tháng, cao hơn 1,6 triệu đồng so với lao động thuần nông.

Về môi trường, 68% cơ sở gốm đã chuyển từ lò than sang lò gas, lò điện; tuy nhiên vẫn còn khoảng 1.900 lò nung thủ công cần được chuyển đổi.

Tại Hội chợ Làng nghề Việt Nam lần thứ 19 diễn ra tháng 10/2023, có 64 gian hàng gốm sứ của 15 tỉnh, thành phố tham gia.

Theo Chương trình bảo tồn và phát triển làng nghề Việt Nam ban hành kèm Quyết định số 801/QĐ-TTg ngày 7/7/2022, phấn đấu đến năm 2030 có 100% làng nghề gốm đạt tiêu chuẩn về môi trường và kim ngạch xuất khẩu gốm sứ đạt 1 tỷ USD.

Cơ quan chủ quản: Bộ Nông nghiệp và Phát triển nông thôn. Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 080.43162
"""

ASOF = P("tính đến hết năm 2023", end="2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", end="2030-12-31")
OCT = P("tháng 10/2023", "2023-10-01", "2023-10-31")
SUBJ = "làng nghề gốm"

FIGS = [
    F("có 412 làng nghề", "412", 412, "count", "làng nghề", "làng nghề gốm sứ, đất nung", I(ASOF)),
    F("có 5.400 làng", "5.400", 5400, "count", "làng nghề", "làng nghề và làng có nghề", ASOF),
    F("2.028 làng nghề", "2.028", 2028, "count", "làng nghề", "làng nghề đã được công nhận", ASOF,
      total=5400, percent=37.6),
    F("có 412 làng,", "412", 412, "count", "làng", "làng nghề gốm sứ, đất nung", I(ASOF)),
    F("khoảng 86.000 lao động", "86.000", 86000, "count", "lao động", "lao động làng nghề gốm sứ, đất nung", I(ASOF),
      approx="about"),
    F("(38 làng)", "38", 38, "count", "làng", SUBJ, I(ASOF), location="Hà Nội"),
    F("(21 làng)", "21", 21, "count", "làng", SUBJ, I(ASOF), location="Bắc Ninh"),
    F("(19 làng)", "19", 19, "count", "làng", SUBJ, I(ASOF), location="Vĩnh Long"),
    F("(17 làng)", "17", 17, "count", "làng", SUBJ, I(ASOF), location="Bình Dương"),
    F("khoảng 21.500 tỷ", "21.500", 21500000000000, "money", "đồng", "giá trị sản xuất của các làng nghề gốm sứ", Y23,
      approx="about", change=CH("increase", 4.8, "%", "năm 2022")),
    F("đạt 560,4 triệu USD", "560,4", 560400000, "money", "USD", "kim ngạch xuất khẩu sản phẩm gốm sứ", Y23,
      change=CH("decrease", 16.1)),
    F("đạt 5,8 triệu", "5,8", 5800000, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làng nghề gốm",
      I(Y23), change=CH("increase", 1600000, "đồng", "lao động thuần nông")),
    F("68% cơ sở gốm", "68", 68, "percent", "%", "cơ sở gốm đã chuyển từ lò than sang lò gas, lò điện"),
    F("khoảng 1.900 lò", "1.900", 1900, "count", "lò", "lò nung thủ công cần được chuyển đổi", approx="about"),
    F("có 64 gian hàng", "64", 64, "count", "gian hàng", "gian hàng gốm sứ tham gia Hội chợ Làng nghề Việt Nam", OCT),
    F("của 15 tỉnh", "15", 15, "count", "tỉnh, thành phố", "tỉnh, thành phố có gian hàng gốm sứ tham gia hội chợ", OCT),
    F("có 100% làng", "100", 100, "percent", "%", "làng nghề gốm đạt tiêu chuẩn về môi trường", T30, status="target"),
    F("đạt 1 tỷ USD", "1", 1000000000, "money", "USD", "kim ngạch xuất khẩu gốm sứ", T30, status="target"),
]

COMMENTS = [
    "Ministry site (invented, Bộ NN&PTNT): national craft villages, pottery group, 2023; 'Ngày đăng: 22/04/2024 | Lượt xem: 1.208'.",
    "National figures -> Việt Nam; provinces in the bracketed list are locations, the list's indicator the subject; they do not add",
    "up to 412 and follow no cue, so no total. '412 làng' after a sentence break has no cue either -> no total.",
    "'cao hơn 1,6 triệu đồng so với lao động thuần nông' is the change of the income figure (unit đồng).",
    "Distractors: Lượt xem 1.208, 'lần thứ 19', Quyết định số 801/QĐ-TTg ngày 7/7/2022, Số 2 Ngọc Hà, phone 080.43162.",
]

emit("p690-4", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Việt Nam")
