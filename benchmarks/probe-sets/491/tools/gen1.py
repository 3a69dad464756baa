from lib import F, P, I, YEAR, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI BÌNH
Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Thái Bình: Tỷ lệ thu gom rác thải sinh hoạt nông thôn đạt 97,6%

Cập nhật: 15/07/2024 10:20 | Lượt xem: 3.185

Theo báo cáo của Sở Tài nguyên và Môi trường, 6 tháng đầu năm 2024, lượng chất thải rắn sinh hoạt phát sinh trên địa bàn tỉnh khoảng 1.450 tấn/ngày, trong đó khu vực đô thị khoảng 310 tấn/ngày, khu vực nông thôn khoảng 1.140 tấn/ngày. Tỷ lệ thu gom rác thải sinh hoạt ở đô thị đạt 100%, ở nông thôn đạt 97,6%, tăng 2,3 điểm phần trăm so với cùng kỳ năm 2023; Thái Bình xếp thứ 2 cả nước về tỷ lệ thu gom rác thải nông thôn, sau tỉnh Hà Nam.

Tính đến ngày 30/6/2024, 260/260 xã, phường, thị trấn đã có tổ, đội hoặc hợp tác xã thu gom rác thải với tổng số 2.148 lao động. Các địa phương có tỷ lệ thu gom cao gồm huyện Kiến Xương (99,2%), Vũ Thư (98,8%), Đông Hưng (98,1%); thấp nhất là huyện Thái Thụy (94,5%) do địa bàn ven biển rộng, dân cư phân tán.

Về xử lý, toàn tỉnh có 181 lò đốt rác thải sinh hoạt quy mô xã, liên xã đang hoạt động, trong đó 63 lò đạt Quy chuẩn QCVN 61-MT:2016/BTNMT; khoảng 36% lượng rác thu gom vẫn được chôn lấp tại 9 bãi chôn lấp. Nhà máy xử lý rác thải phát điện Thái Bình có công suất thiết kế 500 tấn/ngày, tổng mức đầu tư 2.350 tỷ đồng, dự kiến vận hành thương mại trong quý IV/2024 và phát lên lưới 12 MW.

Mức giá dịch vụ thu gom, vận chuyển rác thải ở nông thôn hiện từ 5.000 đến 8.000 đồng/người/tháng, ở đô thị 30.000 đồng/hộ/tháng.

Phấn đấu đến năm 2025, tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 100% ở đô thị và trên 98% ở nông thôn; tỷ lệ chôn lấp trực tiếp giảm xuống dưới 20%.

Đường dây nóng tiếp nhận phản ánh về môi trường: 0227.3838.119
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
RATE = "tỷ lệ thu gom rác thải sinh hoạt"

FIGS = [
    F("nông thôn đạt 97,6%\n", "97,6", 97.6, "percent", "%", "Tỷ lệ thu gom rác thải sinh hoạt nông thôn", I(H1)),
    F("khoảng 1.450 tấn/ngày", "1.450", 1450, "measure", "tấn/ngày", "lượng chất thải rắn sinh hoạt phát sinh", H1,
      approx="about"),
    F("khoảng 310 tấn/ngày", "310", 310, "measure", "tấn/ngày", "lượng chất thải rắn sinh hoạt phát sinh khu vực đô thị", H1,
      approx="about", total=1450),
    F("khoảng 1.140 tấn/ngày", "1.140", 1140, "measure", "tấn/ngày", "lượng chất thải rắn sinh hoạt phát sinh khu vực nông thôn", H1,
      approx="about", total=1450),
    F("đô thị đạt 100%, ở nông thôn", "100", 100, "percent", "%", "Tỷ lệ thu gom rác thải sinh hoạt ở đô thị", I(H1)),
    F("nông thôn đạt 97,6%, tăng", "97,6", 97.6, "percent", "%", "Tỷ lệ thu gom rác thải sinh hoạt ở nông thôn", I(H1),
      change=CH("increase", 2.3, "điểm phần trăm", "cùng kỳ năm 2023")),
    F("xếp thứ 2 cả nước", "2", 2, "rank", "hạng", "tỷ lệ thu gom rác thải nông thôn", I(H1)),
    F("260/260 xã", "260", 260, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn đã có tổ, đội hoặc hợp tác xã thu gom rác thải", ASOF, total=260),
    F("tổng số 2.148 lao động", "2.148", 2148, "count", "lao động", "lao động thu gom rác thải", ASOF),
    F("Kiến Xương (99,2%)", "99,2", 99.2, "percent", "%", RATE, I(H1), location="Kiến Xương"),
    F("Vũ Thư (98,8%)", "98,8", 98.8, "percent", "%", RATE, I(H1), location="Vũ Thư"),
    F("Đông Hưng (98,1%)", "98,1", 98.1, "percent", "%", RATE, I(H1), location="Đông Hưng"),
    F("Thái Thụy (94,5%)", "94,5", 94.5, "percent", "%", RATE, I(H1), location="Thái Thụy"),
    F("có 181 lò đốt", "181", 181, "count", "lò đốt", "lò đốt rác thải sinh hoạt quy mô xã, liên xã đang hoạt động"),
    F("trong đó 63 lò", "63", 63, "count", "lò", "lò đốt đạt Quy chuẩn QCVN 61-MT:2016/BTNMT", total=181),
    F("khoảng 36% lượng", "36", 36, "percent", "%", "lượng rác thu gom được chôn lấp", approx="about"),
    F("tại 9 bãi chôn lấp", "9", 9, "count", "bãi chôn lấp", "bãi chôn lấp rác thu gom"),
    F("thiết kế 500 tấn/ngày", "500", 500, "measure", "tấn/ngày",
      "công suất thiết kế Nhà máy xử lý rác thải phát điện Thái Bình"),
    F("đầu tư 2.350 tỷ", "2.350", 2350e9, "money", "đồng", "tổng mức đầu tư Nhà máy xử lý rác thải phát điện Thái Bình"),
    F("lưới 12 MW", "12", 12, "measure", "MW", "công suất phát lên lưới của Nhà máy xử lý rác thải phát điện", Q4,
      status="forecast"),
    F("từ 5.000 đến 8.000 đồng", "5.000", 5000, "money", "đồng/người/tháng",
      "Mức giá dịch vụ thu gom, vận chuyển rác thải ở nông thôn", value_max=8000),
    F("đô thị 30.000 đồng", "30.000", 30000, "money", "đồng/hộ/tháng",
      "Mức giá dịch vụ thu gom, vận chuyển rác thải ở đô thị"),
    F("xử lý đạt 100% ở đô thị", "100", 100, "percent", "%",
      "tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý ở đô thị", T25, status="target"),
    F("trên 98% ở nông thôn", "98", 98, "percent", "%",
      "tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý ở nông thôn", T25, approx="over", status="target"),
    F("dưới 20%", "20", 20, "percent", "%", "tỷ lệ chôn lấp trực tiếp", T25, approx="under", status="target"),
]

COMMENTS = [
    "Province portal (Thái Bình): breadcrumb, 'Cập nhật: 15/07/2024 10:20 | Lượt xem: 3.185' (counter is page furniture).",
    "Lead period '6 tháng đầu năm 2024' scored in its sentence; the next sentences (rates, rank, district list) inherit it.",
    "Parts after 'trong đó' (310, 1.140 tấn/ngày) take the whole 1.450; '63 lò' after 'trong đó' takes 181 lò đốt.",
    "'tăng 2,3 điểm phần trăm so với cùng kỳ năm 2023' is the change of the 97,6% level (unit điểm phần trăm).",
    "'xếp thứ 2 cả nước' is a rank (Thái Bình). District list items: location the district, subject the list's indicator.",
    "'Tính đến ngày 30/6/2024' is as-of (start null). 'dự kiến vận hành ... và phát lên lưới 12 MW' -> forecast, period quý IV/2024;",
    "design capacity and investment of the plant in the same sentence have no cue (actual) and no period.",
    "Targets 'Phấn đấu đến năm 2025' (start null, end 2025-12-31); 'giảm xuống dưới 20%' is a level (under), not a change.",
    "Distractors: QCVN 61-MT:2016/BTNMT, hotline 0227.3838.119, 'Lượt xem: 3.185', 'quý IV/2024', 'cùng kỳ năm 2023'.",
]

emit("p491-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Thái Bình")
