from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TRÀ THỦY - HUYỆN TRÀ BỒNG
Trang chủ » Tin tức - Sự kiện » Kinh tế
Ngày đăng: 22/11/2023 | Người đăng: Văn phòng HĐND-UBND xã

Trà Thủy: Kinh tế rừng giúp 215 hộ thoát nghèo

Những năm gần đây, kinh tế rừng trở thành nguồn thu nhập chính của đồng bào Cor ở xã Trà Thủy. Toàn xã hiện có 2.640 ha rừng trồng, chủ yếu là keo lai, chiếm 71,4% diện tích đất lâm nghiệp.

Từ đầu năm đến nay, người dân đã khai thác 385 ha rừng keo với sản lượng khoảng 38.500 m³, bình quân 100 m³/ha; giá bán từ 85 đến 95 triệu đồng/ha, tổng thu ước đạt 34,6 tỷ đồng. Trong giai đoạn 2021-2023, nhờ thu nhập từ rừng, 215 hộ đã thoát nghèo; tỷ lệ hộ nghèo giảm từ 38,6% năm 2021 xuống còn 19,2% năm 2023.

Hợp tác xã Nông lâm nghiệp Trà Thủy hiện có 64 thành viên, quản lý 312 ha rừng đã được cấp chứng chỉ FSC. Gỗ có chứng chỉ được thu mua cao hơn 10-15% so với gỗ thường. Trên địa bàn xã có 3 xưởng bóc ván, xẻ gỗ, tạo việc làm cho gần 90 lao động địa phương.

Năm 2024, xã phấn đấu trồng lại 400 ha rừng sau khai thác, trong đó 60 ha trồng rừng gỗ lớn; đồng thời vận động thêm 25 hộ tham gia nhóm chứng chỉ FSC.

Địa chỉ: Thôn 2, xã Trà Thủy, huyện Trà Bồng, tỉnh Quảng Ngãi. Điện thoại: 0255.3865.114
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-22")
GD = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("giúp 215 hộ", "215", 215, "count", "hộ", "hộ thoát nghèo nhờ kinh tế rừng", I(GD)),
    F("có 2.640 ha", "2.640", 2640, "measure", "ha", "rừng trồng", percent=71.4),
    F("khai thác 385 ha", "385", 385, "measure", "ha", "rừng keo khai thác", YTD),
    F("khoảng 38.500 m³", "38.500", 38500, "measure", "m³", "sản lượng gỗ keo khai thác", YTD, approx="about"),
    F("bình quân 100 m³/ha", "100", 100, "measure", "m³/ha", "sản lượng bình quân", YTD),
    F("từ 85 đến 95 triệu đồng/ha", "85", 85e6, "money", "đồng/ha", "giá bán rừng keo", YTD, value_max=95e6),
    F("ước đạt 34,6 tỷ đồng", "34,6", 34.6e9, "money", "đồng", "tổng thu từ khai thác rừng keo", YTD, status="estimate"),
    F("rừng, 215 hộ", "215", 215, "count", "hộ", "hộ thoát nghèo", GD),
    F("từ 38,6%", "38,6", 38.6, "percent", "%", "tỷ lệ hộ nghèo", P("năm 2021", "2021-01-01", "2021-12-31")),
    F("còn 19,2%", "19,2", 19.2, "percent", "%", "tỷ lệ hộ nghèo", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 64 thành viên", "64", 64, "count", "thành viên", "thành viên Hợp tác xã Nông lâm nghiệp Trà Thủy"),
    F("quản lý 312 ha", "312", 312, "measure", "ha", "rừng được cấp chứng chỉ FSC do hợp tác xã quản lý"),
    F("cao hơn 10-15%", "10", 10, "percent", "%", "giá thu mua gỗ có chứng chỉ cao hơn so với gỗ thường", value_max=15),
    F("có 3 xưởng", "3", 3, "count", "xưởng", "xưởng bóc ván, xẻ gỗ"),
    F("gần 90 lao động", "90", 90, "count", "lao động", "lao động địa phương có việc làm tại các xưởng", approx="nearly"),
    F("trồng lại 400 ha", "400", 400, "measure", "ha", "rừng trồng lại sau khai thác", Y24, status="target"),
    F("60 ha", "60", 60, "measure", "ha", "trồng rừng gỗ lớn", Y24, total=400, status="target"),
    F("thêm 25 hộ", "25", 25, "count", "hộ", "hộ tham gia nhóm chứng chỉ FSC vận động thêm", Y24, status="target"),
]

COMMENTS = [
    "Commune portal, xã Trà Thủy (huyện Trà Bồng, Quảng Ngãi), 22/11/2023: acacia harvest, FSC cooperative, poverty reduction, 2024 plan.",
    "Location: Trà Bồng, the district the commune lies in (FIGURES.md names province, city or district as the levels of location; a commune is none).",
    "revised after the first run: location was first the commune 'Trà Thủy'.",
    "'Từ đầu năm đến nay' -> 2023-01-01 .. dateline 2023-11-22. 'giảm từ 38,6% năm 2021 xuống còn 19,2% năm 2023': two level figures,",
    "each with its own year; no change (the 19,4-point drop is not stated). '10-15%' price premium is a rate-as-claim percent.",
    "Distractors: Thôn 2, phone 0255.3865.114, the dateline, 'đồng bào Cor'. Headline 215 hộ period inherited from the body.",
]

emit("p542-8", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Trà Bồng")
