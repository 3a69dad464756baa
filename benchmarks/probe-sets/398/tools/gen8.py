from lib import F, P, CH, TG, emit

TEXT = """Bắc Giang: Thanh toán trực tuyến phí, lệ phí đạt trên 85%

(BGĐT) - Tính đến ngày 30/9/2024, Cổng Dịch vụ công tỉnh Bắc Giang đã tích hợp thanh toán trực tuyến cho 1.126/1.548 thủ tục hành chính có phí, lệ phí. 9 tháng năm 2024, toàn tỉnh có 214.360 hồ sơ được thanh toán trực tuyến với tổng số tiền 38,74 tỷ đồng, tăng 19,2% so với cùng kỳ năm 2023; tỷ lệ hồ sơ thanh toán trực tuyến đạt 85,7%, xếp thứ 6/63 tỉnh, thành phố.

Kết quả tại một số địa phương (9 tháng năm 2024):
Địa phương\tHồ sơ thanh toán trực tuyến (hồ sơ)\tSố tiền (triệu đồng)\tTỷ lệ (%)
TP Bắc Giang\t48.215\t9.836\t93,4
Huyện Việt Yên\t31.502\t5.918\t90,1
Huyện Lạng Giang\t22.740\t3.407\t86,5
Huyện Sơn Động\t5.126\t612\t64,2

Theo Sở Thông tin và Truyền thông, tỷ lệ người dân, doanh nghiệp hài lòng khi thanh toán trực tuyến đạt 97,2%. Hiện toàn tỉnh có khoảng 1,46 triệu tài khoản thanh toán cá nhân, bình quân 1,2 tài khoản/người trưởng thành; 180 nghìn hộ kinh doanh đã sử dụng mã QR để nhận tiền.

Theo Kế hoạch số 203/KH-UBND, đến năm 2025 tỉnh phấn đấu tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có phí, lệ phí đạt từ 90% trở lên; tối thiểu 40% giao dịch tại chợ, bệnh viện, trường học được thanh toán không dùng tiền mặt. Người dân gặp vướng mắc có thể gọi tổng đài 1022 hoặc số 0204.3855.102 để được hỗ trợ.

Thu Hà
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9_I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
NOW_I = P("Hiện", None, "2024-09-30", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt trên 85%", "85", 85, "percent", "%", "Thanh toán trực tuyến phí, lệ phí", approx="over"),
    F("1.126/1.548 thủ tục", "1.126", 1126, "count", "thủ tục hành chính",
      "thủ tục hành chính có phí, lệ phí được tích hợp thanh toán trực tuyến", ASOF, total=1548),
    F("có 214.360 hồ sơ", "214.360", 214360, "count", "hồ sơ", "hồ sơ được thanh toán trực tuyến", M9),
    F("38,74 tỷ đồng", "38,74", 38.74e9, "money", "đồng", "tổng số tiền thanh toán trực tuyến", M9,
      change=CH("increase", 19.2, "%", "cùng kỳ năm 2023")),
    F("đạt 85,7%", "85,7", 85.7, "percent", "%", "tỷ lệ hồ sơ thanh toán trực tuyến", M9),
    F("xếp thứ 6/63", "6", 6, "rank", "hạng", "tỷ lệ hồ sơ thanh toán trực tuyến", M9, total=63),
]

ROWS = [
    ("TP Bắc Giang", "Bắc Giang", "48.215", "9.836", "93,4"),
    ("Huyện Việt Yên", "Việt Yên", "31.502", "5.918", "90,1"),
    ("Huyện Lạng Giang", "Lạng Giang", "22.740", "3.407", "86,5"),
    ("Huyện Sơn Động", "Sơn Động", "5.126", "612", "64,2"),
]
for label, loc, n, v, r in ROWS:
    FIGS.append(F(f"\t{n}\t", n, int(n.replace(".", "")), "count", "hồ sơ",
                  "Hồ sơ thanh toán trực tuyến", M9_I, location=loc))
    FIGS.append(F(f"\t{v}\t", v, int(v.replace(".", "")) * 1e6, "money", "đồng",
                  "Số tiền", M9_I, location=loc))
    FIGS.append(F(f"\t{r}\n", r, float(r.replace(",", ".")), "percent", "%",
                  "Tỷ lệ", M9_I, location=loc))

FIGS += [
    F("đạt 97,2%", "97,2", 97.2, "percent", "%",
      "tỷ lệ người dân, doanh nghiệp hài lòng khi thanh toán trực tuyến", M9_I),
    F("khoảng 1,46 triệu tài khoản", "1,46", 1.46e6, "count", "tài khoản",
      "tài khoản thanh toán cá nhân", NOW_I, approx="about"),
    F("1,2 tài khoản/người", "1,2", 1.2, "measure", "tài khoản/người trưởng thành",
      "tài khoản thanh toán cá nhân bình quân", NOW_I),
    F("180 nghìn hộ", "180", 180000, "count", "hộ kinh doanh",
      "hộ kinh doanh đã sử dụng mã QR để nhận tiền", NOW_I),
    F("từ 90% trở lên", "90", 90, "percent", "%",
      "tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ có phí, lệ phí", T25,
      approx="at_least", status="target"),
    F("tối thiểu 40%", "40", 40, "percent", "%",
      "giao dịch tại chợ, bệnh viện, trường học được thanh toán không dùng tiền mặt", T25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Bắc Giang online (tag BGĐT): phí, lệ phí thanh toán trực tuyến, tài khoản, mã QR. No date anywhere (byline only), so no `published`.",
    "The headline's 'đạt trên 85%' restates the rate (a figure, no period in the headline). '1.126/1.548 thủ tục' total 1548; 'xếp thứ 6/63 tỉnh, thành phố' rank, total 63.",
    "Tab-separated table (header with units '(hồ sơ)', '(triệu đồng)', '(%)'); rows are districts and the city, which go to location ('TP Bắc Giang' -> Bắc Giang);",
    "subject = the column label; period from the caption '(9 tháng năm 2024)' (inherited).",
    "'tăng 19,2% so với cùng kỳ năm 2023' is the change of 38,74 tỷ. '1,2 tài khoản/người trưởng thành' is a rate (measure). 'Hiện' = as of the latest date, 30/9/2024 (inherited).",
    "Targets 'đến năm 2025 … từ 90% trở lên; tối thiểu 40%' (at_least, status target). Distractors: Kế hoạch số 203/KH-UBND, 'tổng đài 1022', phone 0204.3855.102.",
]

emit("p398-8", TEXT, COMMENTS, FIGS, location="Bắc Giang")
