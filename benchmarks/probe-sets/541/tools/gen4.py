from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Kinh tế hợp tác và PTNT
Ngày đăng: 21/11/2023 | Lượt xem: 1.874

Cả nước có 1.951 làng nghề được công nhận

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến tháng 10/2023, cả nước có 5.411 làng nghề và làng có nghề, trong đó 1.951 làng nghề, làng nghề truyền thống đã được UBND cấp tỉnh công nhận. Hà Nội, Thái Bình và Nghệ An là các địa phương có nhiều làng nghề được công nhận nhất, lần lượt có 321, 268 và 155 làng.

Các làng nghề thu hút khoảng 11 triệu lao động, chiếm gần 28% lực lượng lao động nông thôn; khu vực làng nghề hiện có hơn 4.500 doanh nghiệp và 2.100 hợp tác xã. Thu nhập bình quân của lao động làng nghề cao gấp 2 đến 3 lần lao động thuần nông.

Năm 2022, kim ngạch xuất khẩu hàng thủ công mỹ nghệ đạt 3,4 tỷ USD. 10 tháng năm 2023 ước đạt 2,3 tỷ USD, giảm 21,6% so với cùng kỳ do sức mua tại các thị trường Mỹ, EU sụt giảm. Cả nước có 9.877 sản phẩm OCOP từ 3 sao trở lên, trong đó khoảng 30% có nguồn gốc từ làng nghề.

Theo Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2021-2030 ban hành kèm theo Quyết định số 801/QĐ-TTg ngày 07/7/2022 của Thủ tướng Chính phủ, đến năm 2030 phấn đấu có thêm 300 làng nghề truyền thống được công nhận; 80% lao động làng nghề được đào tạo, bồi dưỡng; 100% làng nghề đáp ứng quy định về bảo vệ môi trường; kim ngạch xuất khẩu hàng thủ công mỹ nghệ đạt 6 tỷ USD.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn. Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

ASOF = P("tính đến tháng 10/2023", None, "2023-10-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có 1.951 làng nghề được", "1.951", 1951, "count", "làng nghề", "làng nghề được công nhận", I(ASOF)),
    F("có 5.411 làng nghề", "5.411", 5411, "count", "làng nghề", "làng nghề và làng có nghề", ASOF),
    F("trong đó 1.951 làng nghề", "1.951", 1951, "count", "làng nghề",
      "làng nghề, làng nghề truyền thống đã được UBND cấp tỉnh công nhận", ASOF, total=5411),
    F("có 321,", "321", 321, "count", "làng", "làng nghề được công nhận", I(ASOF), location="Hà Nội"),
    F(" 268 và", "268", 268, "count", "làng", "làng nghề được công nhận", I(ASOF), location="Thái Bình"),
    F("và 155 làng", "155", 155, "count", "làng", "làng nghề được công nhận", I(ASOF), location="Nghệ An"),
    F("khoảng 11 triệu lao động", "11", 11e6, "count", "lao động", "lao động các làng nghề", approx="about",
      percent=28),
    F("hơn 4.500 doanh nghiệp", "4.500", 4500, "count", "doanh nghiệp", "doanh nghiệp khu vực làng nghề", approx="over"),
    F("và 2.100 hợp tác xã", "2.100", 2100, "count", "hợp tác xã", "hợp tác xã khu vực làng nghề"),
    F("gấp 2 đến 3 lần", "2", 2, "multiple", "lần", "thu nhập bình quân của lao động làng nghề so với lao động thuần nông",
      value_max=3),
    F("đạt 3,4 tỷ USD", "3,4", 3.4e9, "money", "USD", "kim ngạch xuất khẩu hàng thủ công mỹ nghệ",
      P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("ước đạt 2,3 tỷ USD", "2,3", 2.3e9, "money", "USD", "kim ngạch xuất khẩu hàng thủ công mỹ nghệ",
      P("10 tháng năm 2023", "2023-01-01", "2023-10-31"), change=CH("decrease", 21.6, baseline="cùng kỳ"),
      status="estimate"),
    F("có 9.877 sản phẩm", "9.877", 9877, "count", "sản phẩm", "sản phẩm OCOP từ 3 sao trở lên"),
    F("khoảng 30% có", "30", 30, "percent", "%", "tỷ lệ sản phẩm OCOP có nguồn gốc từ làng nghề", approx="about"),
    F("thêm 300 làng nghề", "300", 300, "count", "làng nghề", "làng nghề truyền thống được công nhận thêm", T30,
      status="target"),
    F("80% lao động", "80", 80, "percent", "%", "tỷ lệ lao động làng nghề được đào tạo, bồi dưỡng", T30, status="target"),
    F("100% làng nghề", "100", 100, "percent", "%", "tỷ lệ làng nghề đáp ứng quy định về bảo vệ môi trường", T30,
      status="target"),
    F("đạt 6 tỷ USD", "6", 6e9, "money", "USD", "kim ngạch xuất khẩu hàng thủ công mỹ nghệ", T30, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT): national craft villages to 10/2023, 'lần lượt' list of provinces, labour, exports, OCOP, 2030 targets.",
    "'lần lượt có 321, 268 và 155 làng': each item a figure, the province its location, subject the list's indicator.",
    "'11 triệu lao động' and the enterprise/co-operative counts stand in a present-tense sentence with no period phrase: no period.",
    "'3 sao trở lên' is a rating threshold (not a figure); 'giai đoạn 2021-2030', 'Quyết định số 801/QĐ-TTg ngày 07/7/2022',",
    "address, phone and view counter are distractors. '10 tháng năm 2023 ước đạt 2,3 tỷ USD' continues the export subject.",
    "'gấp 2 đến 3 lần' standing alone as its sentence's claim: a multiple with value_max 3.",
]

emit("p541-4", TEXT, COMMENTS, FIGS, published="2023-11-21", location="Việt Nam")
