"""p941-8: Báo Hà Tĩnh online — headline figure, (Baohatinh.vn) tag: coastal protection forest planted since the start of 2025."""
from lib import F, P, I, C, T, write

TEXT = """Báo Hà Tĩnh điện tử > Nông nghiệp
Hà Tĩnh trồng mới hơn 200 ha rừng phòng hộ chắn cát ven biển
Thứ Sáu, 20/06/2025 - 14:35

(Baohatinh.vn) - Từ đầu năm đến nay, các địa phương ven biển Hà Tĩnh đã trồng mới 214 ha rừng phòng hộ chắn gió, chắn cát, đạt 71,3% kế hoạch năm; trong đó huyện Cẩm Xuyên 68 ha, Thạch Hà 55 ha, Nghi Xuân 49 ha, thị xã Kỳ Anh 42 ha.

Hà Tĩnh có 137 km bờ biển với khoảng 23.400 ha đất cát ven biển, trong đó hơn 5.100 ha thường xuyên bị cát bay, cát nhảy vào mùa gió Tây Nam. Theo Chi cục Kiểm lâm, tính đến ngày 15/6, diện tích rừng phòng hộ ven biển toàn tỉnh đạt 8.950 ha, tăng 315 ha so với cuối năm 2024.

Cây trồng chủ yếu là phi lao, keo lá tràm với mật độ 3.300 cây/ha; giá cây giống phi lao hiện khoảng 2.500-3.000 đồng/cây. Tổng kinh phí trồng và chăm sóc rừng 6 tháng ước đạt 9,8 tỷ đồng, bằng 115% cùng kỳ.

Ông Trần Văn Bình, Phó Chi cục trưởng Chi cục Kiểm lâm cho biết, năm 2025 tỉnh phấn đấu trồng mới 300 ha rừng phòng hộ ven biển; đến năm 2030, nâng tỷ lệ che phủ rừng lên 52,5%. Dự kiến 6 tháng cuối năm, tỉnh sẽ trồng bổ sung khoảng 86 ha tại các xã Kỳ Ninh, Kỳ Lợi và Thạch Hải.

Theo Nghị quyết số 59/2023/NQ-HĐND của HĐND tỉnh, mỗi ha rừng phòng hộ trồng mới trên đất cát được hỗ trợ 50 triệu đồng, cao hơn 20% so với mức cũ. Người dân tham gia trồng, chăm sóc rừng có thu nhập 250.000-300.000 đồng/người/ngày.

Phương Linh
"""

YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-06-20")
SUBJ = "rừng phòng hộ chắn gió, chắn cát trồng mới"
FIGS = [
    F("hơn 200 ha", "200", 200, "measure", "ha", "rừng phòng hộ chắn cát ven biển trồng mới", approx="over"),
    F("trồng mới 214 ha", "214", 214, "measure", "ha", SUBJ, percent=71.3, period=YTD),
    F("Cẩm Xuyên 68 ha", "68", 68, "measure", "ha", SUBJ, total=214, period=YTD, location="Cẩm Xuyên"),
    F("Thạch Hà 55 ha", "55", 55, "measure", "ha", SUBJ, total=214, period=YTD, location="Thạch Hà"),
    F("Nghi Xuân 49 ha", "49", 49, "measure", "ha", SUBJ, total=214, period=YTD, location="Nghi Xuân"),
    F("Kỳ Anh 42 ha", "42", 42, "measure", "ha", SUBJ, total=214, period=YTD, location="Kỳ Anh"),
    F("có 137 km", "137", 137, "measure", "km", "bờ biển"),
    F("khoảng 23.400 ha", "23.400", 23400, "measure", "ha", "đất cát ven biển", approx="about"),
    F("hơn 5.100 ha", "5.100", 5100, "measure", "ha", "đất cát thường xuyên bị cát bay, cát nhảy", approx="over",
      total=23400),
    F("đạt 8.950 ha", "8.950", 8950, "measure", "ha", "diện tích rừng phòng hộ ven biển toàn tỉnh",
      change=C("increase", 315, "ha", "cuối năm 2024"), period=P("tính đến ngày 15/6", None, "2025-06-15")),
    F("mật độ 3.300 cây/ha", "3.300", 3300, "measure", "cây/ha", "mật độ trồng phi lao, keo lá tràm"),
    F("khoảng 2.500-3.000 đồng/cây", "2.500", 2500, "money", "đồng/cây", "giá cây giống phi lao", value_max=3000,
      approx="about"),
    F("ước đạt 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "tổng kinh phí trồng và chăm sóc rừng", percent=115,
      status="estimate", period=P("6 tháng", "2025-01-01", "2025-06-30")),
    F("trồng mới 300 ha", "300", 300, "measure", "ha", "rừng phòng hộ ven biển trồng mới", status="target",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("lên 52,5%", "52,5", 52.5, "percent", "%", "tỷ lệ che phủ rừng", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("khoảng 86 ha", "86", 86, "measure", "ha", "rừng phòng hộ trồng bổ sung", approx="about", status="forecast",
      period=P("6 tháng cuối năm", "2025-07-01", "2025-12-31")),
    F("hỗ trợ 50 triệu đồng", "50", 50e6, "money", "đồng/ha", "mức hỗ trợ rừng phòng hộ trồng mới trên đất cát",
      change=C("increase", 20, "%", "mức cũ")),
    F("250.000-300.000 đồng/người/ngày", "250.000", 250000, "money", "đồng/người/ngày",
      "thu nhập người dân tham gia trồng, chăm sóc rừng", value_max=300000),
]
COMMENTS = [
    "Báo Hà Tĩnh online, 'Thứ Sáu, 20/06/2025 - 14:35', tag '(Baohatinh.vn) -' (implies Hà Tĩnh): coastal protection forest planted since January.",
    "Headline figure 'hơn 200 ha' (no period in the headline). District list after '; trong đó' adds up to 214: total 214, same-sentence period.",
    "'tính đến ngày 15/6' takes 2025 from the dateline (as-of). '6 tháng' (of the cost) = H1 2025; '6 tháng cuối năm' = H2 2025 (forecast).",
    "'mỗi ha … được hỗ trợ 50 triệu đồng' is a per-hectare amount (unit đồng/ha); 'cao hơn 20% so với mức cũ' is its change.",
    "'Nghị quyết số 59/2023/NQ-HĐND', 'ngày 15/6' (date), '14:35', commune names, 'mùa gió Tây Nam' are not figures.",
]
write(8, TEXT, FIGS, COMMENTS, published="2025-06-20", location="Hà Tĩnh")
