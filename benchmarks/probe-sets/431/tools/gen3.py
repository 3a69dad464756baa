from lib import F, P, C, T, write

text = """Vĩnh Phúc: Thu hút FDI năm 2024 vượt 45% kế hoạch
14/01/2025 09:12
Thu Hà

(BVP) - Năm 2024, tỉnh Vĩnh Phúc thu hút được 73 dự án FDI mới và 54 lượt dự án điều chỉnh tăng vốn, tổng vốn đầu tư đăng ký đạt 1,16 tỷ USD, vượt 45% kế hoạch năm và gấp 2,3 lần năm 2023. Đây là năm thứ hai liên tiếp tỉnh thu hút vốn FDI vượt mốc 1 tỷ USD.

Vốn FDI vào các KCN chiếm khoảng 87%, tập trung tại KCN Bá Thiện II, Bình Xuyên II, Chấn Hưng và Tam Dương II. Nhà đầu tư Hàn Quốc tiếp tục dẫn đầu với 412,7 triệu USD; tiếp đến là Trung Quốc 318,5 triệu USD và Nhật Bản 97,2 triệu USD.

Lũy kế đến hết năm 2024, toàn tỉnh có 462 dự án FDI còn hiệu lực với tổng vốn đăng ký 8,46 tỷ USD, xếp thứ 13 cả nước về thu hút FDI. Các KCN đã đi vào hoạt động có tỷ lệ lấp đầy bình quân 68,4%; riêng KCN Khai Quang và Bình Xuyên đạt 100%.

Khu vực FDI đóng góp lớn cho tăng trưởng: giá trị xuất khẩu của doanh nghiệp FDI năm 2024 ước đạt 7,35 tỷ USD, chiếm 92,1% kim ngạch xuất khẩu toàn tỉnh, tăng 8,6% so với năm 2023; nộp ngân sách ước khoảng 18,9 nghìn tỷ đồng. Các doanh nghiệp FDI đang sử dụng trên 120.000 lao động, trong đó lao động nữ chiếm gần 60%.

Phát biểu tại Hội nghị gặp mặt nhà đầu tư ngày 10/1, Chủ tịch UBND tỉnh cho biết, thực hiện Nghị quyết số 27-NQ/TU của Tỉnh ủy, tỉnh sẽ tiếp tục hoàn thiện hạ tầng, ưu tiên các dự án công nghệ cao, công nghiệp bán dẫn. Năm 2025, tỉnh đặt mục tiêu thu hút từ 1,0 đến 1,2 tỷ USD vốn FDI, đưa tỷ lệ lấp đầy các KCN đạt 75% và giải quyết việc làm cho khoảng 15 nghìn lao động.

Thu Hà
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Yi = P("Năm 2024", "2024-01-01", "2024-12-31", True)
Yy = P("năm 2024", "2024-01-01", "2024-12-31")
LK = P("Lũy kế đến hết năm 2024", None, "2024-12-31")
LKi = P("Lũy kế đến hết năm 2024", None, "2024-12-31", True)
N25 = P("Năm 2025", "2025-01-01", "2025-12-31")

figs = [
    F("năm 2024 vượt 45% kế hoạch", "45", 45, "percent", "%", "thu hút FDI vượt kế hoạch",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("được 73 dự án", "73", 73, "count", "dự án", "dự án FDI mới", Y),
    F("và 54 lượt dự án", "54", 54, "count", "lượt dự án", "lượt dự án điều chỉnh tăng vốn", Y),
    F("đạt 1,16 tỷ USD", "1,16", 1.16e9, "money", "USD", "tổng vốn đầu tư đăng ký", Y,
      change=C("increase", 45, "%", "kế hoạch năm")),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "tổng vốn đầu tư đăng ký so với năm 2023", Y, optional=True),
    F("năm thứ hai liên tiếp", "hai", 2, "count", "năm", None, None, optional=True),
    F("vượt mốc 1 tỷ USD", "1", 1e9, "money", "USD", "mốc vốn FDI thu hút", None, optional=True),
    F("chiếm khoảng 87%", "87", 87, "percent", "%", "tỷ trọng vốn FDI vào các KCN", Yi, approx="about"),
    F("với 412,7 triệu USD", "412,7", 412.7e6, "money", "USD", "vốn FDI của nhà đầu tư Hàn Quốc", Yi),
    F("Trung Quốc 318,5 triệu USD", "318,5", 318.5e6, "money", "USD", "vốn FDI của nhà đầu tư Trung Quốc", Yi),
    F("Nhật Bản 97,2 triệu USD", "97,2", 97.2e6, "money", "USD", "vốn FDI của nhà đầu tư Nhật Bản", Yi),
    F("có 462 dự án", "462", 462, "count", "dự án", "dự án FDI còn hiệu lực", LK),
    F("đăng ký 8,46 tỷ USD", "8,46", 8.46e9, "money", "USD", "tổng vốn đăng ký dự án FDI còn hiệu lực", LK),
    F("xếp thứ 13 cả nước", "13", 13, "rank", "hạng", "thu hút FDI", LK),
    F("bình quân 68,4%", "68,4", 68.4, "percent", "%", "tỷ lệ lấp đầy bình quân các KCN đã đi vào hoạt động", LKi),
    F("Bình Xuyên đạt 100%", "100", 100, "percent", "%", "tỷ lệ lấp đầy KCN Khai Quang và Bình Xuyên", LKi),
    F("ước đạt 7,35 tỷ USD", "7,35", 7.35e9, "money", "USD", "giá trị xuất khẩu của doanh nghiệp FDI", Yy,
      percent=92.1, change=C("increase", 8.6, baseline="năm 2023"), status="estimate"),
    F("ước khoảng 18,9 nghìn tỷ đồng", "18,9", 18.9e12, "money", "đồng", "nộp ngân sách của doanh nghiệp FDI", Yy,
      approx="about", status="estimate"),
    F("trên 120.000 lao động", "120.000", 120000, "count", "lao động", "lao động trong doanh nghiệp FDI", Yi, approx="over"),
    F("chiếm gần 60%", "60", 60, "percent", "%", "tỷ lệ lao động nữ trong doanh nghiệp FDI", Yi, approx="nearly"),
    F("từ 1,0 đến 1,2 tỷ USD", "1,0", 1.0e9, "money", "USD", "vốn FDI thu hút", N25, value_max=1.2e9, status="target"),
    F("đạt 75%", "75", 75, "percent", "%", "tỷ lệ lấp đầy các KCN", N25, status="target"),
    F("khoảng 15 nghìn lao động", "15", 15000, "count", "lao động", "lao động được giải quyết việc làm", N25,
      approx="about", status="target"),
]

comments = [
    "Báo Vĩnh Phúc (Party newspaper): FDI results 2024 and 2025 targets; bare dateline '14/01/2025 09:12' then byline; tag (BVP).",
    "Title '… vượt 45% kế hoạch' has no base amount: a percent figure. In the lead, 'vượt 45% kế hoạch năm' is the change of 1,16 tỷ USD (baseline kế hoạch);",
    "the second comparison 'gấp 2,3 lần năm 2023' is a further change: optional figure. 'năm thứ hai liên tiếp' (streak) and 'mốc 1 tỷ USD' (threshold): optional.",
    "Investor-country list: location Vĩnh Phúc, investor in the subject. 'xếp thứ 13 cả nước' is Vĩnh Phúc's rank. 'Lũy kế đến hết năm 2024' is an as-of date (end 2024-12-31).",
    "'nộp ngân sách ước khoảng' is estimate + about. 'lao động nữ chiếm gần 60%' is a percent with no whole in lao động (no total).",
    "'Năm 2025 … đặt mục tiêu' governs all three clauses (target). Distractors: dateline, 'ngày 10/1', 'Nghị quyết số 27-NQ/TU', KCN names 'Bá Thiện II', 'Tam Dương II', 'Bình Xuyên II' (place inside a name).",
]
write(3, text, figs, comments, published="2025-01-14", location="Vĩnh Phúc")
