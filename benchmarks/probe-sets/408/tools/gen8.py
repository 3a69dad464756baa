from lib import F, P, C, T, write

TEXT = """Cổng Thông tin điện tử tỉnh Thừa Thiên Huế

Sắp xếp hệ thống bãi đỗ xe phục vụ du lịch

9 tháng năm 2024, các đơn vị quản lý bãi đỗ xe trên địa bàn tỉnh Thừa Thiên Huế đã nộp ngân sách 7,42 tỷ đồng tiền phí trông giữ xe, đạt 82% kế hoạch năm, tăng 18,5% so với cùng kỳ. Riêng Trung tâm Bảo tồn Di tích Cố đô Huế thu 2,65 tỷ đồng từ 3 bãi đỗ xe tại khu vực Đại Nội.

Tính đến 30/9, toàn tỉnh có 64 bãi đỗ xe được cấp phép hoạt động với tổng sức chứa khoảng 9.300 xe ô tô, trong đó thành phố Huế có 41 bãi, chiếm 64%. Tại các điểm di tích như Đại Nội, lăng Tự Đức, lăng Khải Định, vào cao điểm Festival có ngày lượng xe ô tô đổ về lên đến 2.800 lượt, vượt 1,8 lần sức chứa các bãi đỗ lân cận.

Từ đầu năm đến nay, Công an thành phố Huế đã xử lý 1.530 trường hợp dừng, đỗ xe sai quy định, lấn chiếm vỉa hè, tăng khoảng 20% so với cùng kỳ; tước giấy phép lái xe có thời hạn 37 trường hợp. Mức thu phí tại các bãi đỗ ven Kinh thành không quá 30.000 đồng/lượt đối với ô tô dưới 16 chỗ.

Theo Đề án phát triển hệ thống bãi đỗ xe giai đoạn 2021-2025, tỉnh phấn đấu đầu tư thêm từ 12 đến 15 bãi đỗ xe, nâng tổng sức chứa lên trên 12.000 xe; tỷ lệ bãi đỗ xe thanh toán không dùng tiền mặt đạt 90%. Hiện Thừa Thiên Huế xếp thứ 2 trong 14 tỉnh, thành phố vùng Bắc Trung Bộ và duyên hải miền Trung về số bãi đỗ xe đạt chuẩn phục vụ du lịch.

Mọi phản ánh về thu phí vượt giá quy định, người dân liên hệ đường dây nóng 0234.3822.666 hoặc Quyết định số 23/2022/QĐ-UBND để tra cứu mức phí.

Tổng truy cập: 3.208.115
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
AS = P("Tính đến 30/9", None, "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", None)
PL = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("nộp ngân sách 7,42 tỷ đồng", "7,42", 7420000000, "money", "đồng", "tiền phí trông giữ xe nộp ngân sách",
      percent=82, change=C("increase", 18.5, "%", "cùng kỳ"), period=M9),
    F("thu 2,65 tỷ đồng", "2,65", 2650000000, "money", "đồng", "thu phí trông giữ xe", period=M9I),
    F("từ 3 bãi đỗ xe", "3", 3, "count", "bãi đỗ xe", "bãi đỗ xe tại khu vực Đại Nội"),
    F("có 64 bãi đỗ xe", "64", 64, "count", "bãi đỗ xe", "bãi đỗ xe được cấp phép hoạt động", period=AS),
    F("khoảng 9.300 xe ô tô", "9.300", 9300, "count", "xe ô tô", "tổng sức chứa", approx="about", period=AS),
    F("có 41 bãi", "41", 41, "count", "bãi", "bãi đỗ xe được cấp phép hoạt động", total=64, percent=64,
      location="Huế", period=AS),
    F("lên đến 2.800 lượt", "2.800", 2800, "count", "lượt", "lượng xe ô tô đổ về",
      change=C("increase", 1.8, "lần", "sức chứa các bãi đỗ lân cận")),
    F("xử lý 1.530 trường hợp", "1.530", 1530, "count", "trường hợp",
      "trường hợp dừng, đỗ xe sai quy định, lấn chiếm vỉa hè",
      change=C("increase", 20, "%", "cùng kỳ", approx="about"), location="Huế", period=YTD),
    F("thời hạn 37 trường hợp", "37", 37, "count", "trường hợp", "tước giấy phép lái xe có thời hạn",
      location="Huế", period=YTD),
    F("không quá 30.000 đồng/lượt", "30.000", 30000, "money", "đồng/lượt", "mức thu phí tại các bãi đỗ ven Kinh thành",
      approx="at_most"),
    F("dưới 16 chỗ", "16", 16, "count", "chỗ", approx="under", optional=True),
    F("từ 12 đến 15 bãi đỗ xe", "12", 12, "count", "bãi đỗ xe", "bãi đỗ xe đầu tư thêm", value_max=15,
      status="target", period=PL),
    F("trên 12.000 xe", "12.000", 12000, "count", "xe", "tổng sức chứa", approx="over", status="target", period=PL),
    F("đạt 90%", "90", 90, "percent", "%", "tỷ lệ bãi đỗ xe thanh toán không dùng tiền mặt", status="target",
      period=PL),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "số bãi đỗ xe đạt chuẩn phục vụ du lịch", total=14),
]

COMMENTS = [
    "Provincial portal of Thừa Thiên Huế, no dateline at all (no published); footer 'Tổng truy cập: 3.208.115' is page furniture.",
    "'9 tháng năm 2024' lead: 7,42 tỷ with share 82% (đạt … kế hoạch) and change 18,5% vs cùng kỳ. 'Riêng …' is not a part-of cue: no total.",
    "'Trung tâm Bảo tồn Di tích Cố đô Huế' is an organisation name: its figures keep the province. '3 bãi đỗ xe' no period stated.",
    "'Tính đến 30/9' takes the year 2024 from the earlier '9 tháng năm 2024'. '41 bãi, chiếm 64%' in thành phố Huế: total 64, percent 64.",
    "'lên đến 2.800 lượt, vượt 1,8 lần sức chứa': exact count with change 1,8 lần (baseline the capacity); no period ('cao điểm Festival').",
    "'Từ đầu năm đến nay' with no published date: start 2024-01-01 (year of the nearest earlier period), end null.",
    "'không quá 30.000 đồng/lượt' at_most; 'dưới 16 chỗ' vehicle class (optional). Plan figures under 'giai đoạn 2021-2025' with 'phấn đấu': targets.",
    "'xếp thứ 2 trong 14 tỉnh, thành phố vùng …' rank 2 with total 14 (14 is not a figure). Distractors: phone 0234.3822.666, Quyết định số 23/2022/QĐ-UBND, counter.",
]

write("p408-8", TEXT, FIGS, COMMENTS, location="Thừa Thiên Huế")
