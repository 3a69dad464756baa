from lib import F, P, Y, CH, emit

TEXT = """BỘ TÀI CHÍNH - CỤC THỐNG KÊ

Tổng điều tra nông thôn, nông nghiệp giữa kỳ: huy động gần 28.000 người tham gia
Ngày đăng: 18/07/2025

(MOF) - Theo Cục Thống kê, tính đến ngày 15/7/2025, sau hai tuần triển khai, cả nước đã thu thập thông tin của 3,86 triệu hộ, đạt 41,5% tổng số hộ thuộc phạm vi điều tra; 34/34 tỉnh, thành phố đều đã hoàn thành trên 30% khối lượng.

Theo phương án tại Quyết định số 1757/QĐ-TTg, Tổng điều tra dự kiến thu thập thông tin tại khoảng 9,3 triệu hộ nông thôn, 12.500 trang trại và 8.200 hợp tác xã nông nghiệp. Toàn ngành huy động 23.640 điều tra viên, 3.870 tổ trưởng và 420 giám sát viên cấp trung ương, cấp tỉnh.

Nhân lực và tiến độ theo vùng (tính đến 15/7/2025)
Vùng	Điều tra viên (người)	Tổ trưởng (người)	Tiến độ (%)
Trung du và miền núi phía Bắc	4.215	702	38,2
Đồng bằng sông Hồng	5.130	836	45,7
Bắc Trung Bộ và duyên hải miền Trung	5.480	894	40,9
Tây Nguyên	1.960	318	36,4
Đông Nam Bộ	2.365	387	43,1
Đồng bằng sông Cửu Long	4.490	733	42,6

Tỷ lệ phiếu có lỗi logic được phần mềm CAPI phát hiện chỉ chiếm 0,8%, thấp hơn nhiều so với mức 2,5% của Tổng điều tra năm 2020. Kinh phí Tổng điều tra được phê duyệt là 1.096 tỷ đồng.

Cục Thống kê yêu cầu các địa phương hoàn thành thu thập trước ngày 31/7/2025, công bố kết quả sơ bộ trong quý IV/2025 và kết quả chính thức trong quý II/2026. Hỗ trợ kỹ thuật CAPI: 024.7304.6666.
"""

AS = P("tính đến ngày 15/7/2025", None, "2025-07-15")
TB = P("tính đến 15/7/2025", None, "2025-07-15", inh=True)

ROWS = [("Trung du và miền núi phía Bắc", "4.215", "702", "38,2"),
        ("Đồng bằng sông Hồng", "5.130", "836", "45,7"),
        ("Bắc Trung Bộ và duyên hải miền Trung", "5.480", "894", "40,9"),
        ("Tây Nguyên", "1.960", "318", "36,4"),
        ("Đông Nam Bộ", "2.365", "387", "43,1"),
        ("Đồng bằng sông Cửu Long", "4.490", "733", "42,6")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("gần 28.000 người", "28.000", 28000, "count", "người", "người tham gia Tổng điều tra nông thôn, nông nghiệp",
      approx="nearly"),
    F("sau hai tuần", "hai", 2, "measure", "tuần", optional=True),
    F("của 3,86 triệu hộ", "3,86", 3860000, "count", "hộ", "hộ đã được thu thập thông tin", AS, percent=41.5),
    F("34/34 tỉnh", "34", 34, "count", "tỉnh, thành phố", "tỉnh, thành phố hoàn thành trên 30% khối lượng", AS,
      total=34),
    F("trên 30% khối lượng", "30", 30, "percent", "%", "khối lượng thu thập hoàn thành", AS, approx="over",
      optional=True),
    F("khoảng 9,3 triệu hộ", "9,3", 9300000, "count", "hộ", "hộ nông thôn thuộc phạm vi Tổng điều tra",
      approx="about", status="forecast"),
    F("12.500 trang trại", "12.500", 12500, "count", "trang trại", "trang trại thuộc phạm vi Tổng điều tra",
      status="forecast"),
    F("8.200 hợp tác xã", "8.200", 8200, "count", "hợp tác xã", "hợp tác xã nông nghiệp thuộc phạm vi Tổng điều tra",
      status="forecast"),
    F("huy động 23.640 điều tra viên", "23.640", 23640, "count", "điều tra viên", "điều tra viên"),
    F("3.870 tổ trưởng", "3.870", 3870, "count", "tổ trưởng", "tổ trưởng"),
    F("420 giám sát viên", "420", 420, "count", "giám sát viên", "giám sát viên cấp trung ương, cấp tỉnh"),
]
for region, a, b, c in ROWS:
    FIGS.append(F(f"{region}\t{a}", a, num(a), "count", "người", f"Điều tra viên {region}", TB))
    FIGS.append(F(f"\t{a}\t{b}", b, num(b), "count", "người", f"Tổ trưởng {region}", TB))
    FIGS.append(F(f"\t{b}\t{c}", c, num(c), "percent", "%", f"Tiến độ {region}", TB))
FIGS += [
    F("chiếm 0,8%", "0,8", 0.8, "percent", "%", "tỷ lệ phiếu có lỗi logic được phần mềm CAPI phát hiện"),
    F("mức 2,5%", "2,5", 2.5, "percent", "%", "tỷ lệ phiếu có lỗi logic của Tổng điều tra năm 2020", Y(2020)),
    F("là 1.096 tỷ đồng", "1.096", 1096000000000, "money", "đồng", "kinh phí Tổng điều tra được phê duyệt"),
]

COMMENTS = [
    "Ministry site (Bộ Tài chính - Cục Thống kê): progress of the 2025 mid-term agricultural census after two weeks. 'Ngày đăng: 18/07/2025' (no time).",
    "Distractors: Quyết định số 1757/QĐ-TTg, 'trước ngày 31/7/2025', 'quý IV/2025', 'quý II/2026', phone 024.7304.6666, '(MOF)'.",
    "Tab-flattened table by region (unit from column headers '(người)', '(%)'); period from the table title 'tính đến 15/7/2025' (inherited).",
    "Regions are not provinces, cities or districts: they stay in the subject, location keeps the national default.",
    "'34/34 tỉnh, thành phố' (2025 after the merger): total 34. 'trên 30% khối lượng' is a threshold (optional), 'hai tuần' a duration (optional).",
    "'dự kiến thu thập … tại khoảng 9,3 triệu hộ …, 12.500 trang trại và 8.200 hợp tác xã' are forecasts (the planned scope).",
    "The headline 'gần 28.000 người' = 23.640 + 3.870 + 420 (27.930); no period stated for it. 'mức 2,5% của Tổng điều tra năm 2020' is a",
    "baseline figure of its own (period năm 2020); 0,8% takes no numeric change ('thấp hơn nhiều').",
]

emit("p418-6", TEXT, COMMENTS, FIGS, published="2025-07-18", location="Việt Nam")
