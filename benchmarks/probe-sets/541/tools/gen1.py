from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI BÌNH
Trang chủ > Tin tức - Sự kiện > Kinh tế
Thái Bình: 268 làng nghề tạo việc làm cho hơn 130.000 lao động
Cập nhật: 14/03/2024 09:40
Lượt xem: 3.482

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 31/12/2023, toàn tỉnh có 268 làng nghề được UBND tỉnh công nhận theo Quyết định số 23/2019/QĐ-UBND, trong đó có 93 làng nghề truyền thống. Các làng nghề tập trung nhiều ở các huyện Vũ Thư (41 làng), Hưng Hà (38 làng), Quỳnh Phụ (35 làng) và Thái Thụy (32 làng).

Năm 2023, giá trị sản xuất của các làng nghề ước đạt 7.850,4 tỷ đồng, tăng 6,4% so với năm 2022, chiếm khoảng 11,2% giá trị sản xuất công nghiệp - tiểu thủ công nghiệp toàn tỉnh. Các làng nghề thu hút hơn 130.000 lao động thường xuyên; thu nhập bình quân của lao động làng nghề đạt từ 5,5 đến 7 triệu đồng/người/tháng. Mức thu nhập này cao gấp 1,6 lần so với lao động thuần nông.

Các sản phẩm chủ lực như chiếu cói, thêu ren, mây tre đan đã xuất khẩu sang hơn 20 quốc gia và vùng lãnh thổ. Kim ngạch xuất khẩu hàng thủ công mỹ nghệ năm 2023 đạt 96,5 triệu USD, trong đó hàng cói chiếm 58%. Toàn tỉnh hiện có 214 sản phẩm OCOP từ làng nghề, gồm 176 sản phẩm 3 sao và 38 sản phẩm 4 sao.

Phấn đấu đến năm 2025, toàn tỉnh có thêm 15 làng nghề được công nhận; giá trị sản xuất làng nghề đạt 9.500 tỷ đồng; trên 60% lao động làng nghề được đào tạo nghề.

Cơ quan chủ quản: UBND tỉnh Thái Bình. Địa chỉ: số 76 Lê Lợi, TP. Thái Bình. Điện thoại: 0227.3831.234.
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Thái Bình: 268 làng nghề", "268", 268, "count", "làng nghề", "làng nghề được công nhận", I(ASOF)),
    F("cho hơn 130.000 lao động", "130.000", 130000, "count", "lao động", "lao động làng nghề", I(Y23), approx="over"),
    F("có 268 làng nghề được", "268", 268, "count", "làng nghề", "làng nghề được UBND tỉnh công nhận", ASOF),
    F("có 93 làng nghề", "93", 93, "count", "làng nghề", "làng nghề truyền thống", ASOF, total=268),
    F("Vũ Thư (41 làng)", "41", 41, "count", "làng", "làng nghề", I(ASOF), location="Vũ Thư"),
    F("Hưng Hà (38 làng)", "38", 38, "count", "làng", "làng nghề", I(ASOF), location="Hưng Hà"),
    F("Quỳnh Phụ (35 làng)", "35", 35, "count", "làng", "làng nghề", I(ASOF), location="Quỳnh Phụ"),
    F("Thái Thụy (32 làng)", "32", 32, "count", "làng", "làng nghề", I(ASOF), location="Thái Thụy"),
    F("ước đạt 7.850,4 tỷ đồng", "7.850,4", 7850.4e9, "money", "đồng", "giá trị sản xuất của các làng nghề", Y23,
      percent=11.2, change=CH("increase", 6.4, baseline="năm 2022"), status="estimate"),
    F("thu hút hơn 130.000 lao động", "130.000", 130000, "count", "lao động", "lao động thường xuyên của các làng nghề",
      I(Y23), approx="over"),
    F("từ 5,5 đến 7 triệu", "5,5", 5.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làng nghề",
      I(Y23), value_max=7e6),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "thu nhập của lao động làng nghề so với lao động thuần nông", I(Y23)),
    F("hơn 20 quốc gia", "20", 20, "count", "quốc gia và vùng lãnh thổ",
      "quốc gia và vùng lãnh thổ nhập khẩu sản phẩm làng nghề", approx="over"),
    F("đạt 96,5 triệu USD", "96,5", 96.5e6, "money", "USD", "kim ngạch xuất khẩu hàng thủ công mỹ nghệ",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("chiếm 58%", "58", 58, "percent", "%", "tỷ trọng hàng cói trong kim ngạch xuất khẩu hàng thủ công mỹ nghệ",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 214 sản phẩm", "214", 214, "count", "sản phẩm", "sản phẩm OCOP từ làng nghề"),
    F("gồm 176 sản phẩm", "176", 176, "count", "sản phẩm", "sản phẩm OCOP 3 sao", total=214),
    F("và 38 sản phẩm", "38", 38, "count", "sản phẩm", "sản phẩm OCOP 4 sao", total=214),
    F("thêm 15 làng nghề", "15", 15, "count", "làng nghề", "làng nghề được công nhận thêm", T25, status="target"),
    F("đạt 9.500 tỷ đồng", "9.500", 9500e9, "money", "đồng", "giá trị sản xuất làng nghề", T25, status="target"),
    F("trên 60% lao động", "60", 60, "percent", "%", "tỷ lệ lao động làng nghề được đào tạo nghề", T25,
      approx="over", status="target"),
]

COMMENTS = [
    "Province portal (Thái Bình): craft villages recognised to 31/12/2023, output value and labour 2023, exports, OCOP, 2025 targets.",
    "Headline figures take the lead's period as inherited. District list in brackets has no total cue: no total.",
    "'hàng cói chiếm 58%' is a share with no base amount of its own: a percent figure, not the percent of 96,5 triệu USD.",
    "'3 sao', '4 sao' are ratings (not figures); document number, phone, address, view counter are distractors.",
    "'Mức thu nhập này cao gấp 1,6 lần ...' stands alone as its sentence's claim: a multiple.",
]

emit("p541-1", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Thái Bình")
