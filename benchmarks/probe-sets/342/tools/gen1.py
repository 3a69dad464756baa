from lib import F, P, emit

TEXT = """Cổng Thông tin điện tử tỉnh Bắc Giang
Trang chủ > Tin tức - Sự kiện > Kinh tế

Bắc Giang: Hỗ trợ giải quyết 214 vụ việc khiếu nại của người tiêu dùng trong 6 tháng đầu năm
Cập nhật: 12/07/2024 09:42 | Lượt xem: 3.127

Theo báo cáo của Sở Công Thương, 6 tháng đầu năm 2024, các cơ quan, tổ chức trên địa bàn tỉnh đã tiếp nhận 236 yêu cầu hỗ trợ, khiếu nại của người tiêu dùng, tăng 18,6% so với cùng kỳ năm 2023. Trong đó, Sở Công Thương tiếp nhận 142 yêu cầu, Hội Bảo vệ quyền lợi người tiêu dùng tỉnh tiếp nhận 71 yêu cầu, UBND các huyện, thành phố tiếp nhận 23 yêu cầu.

Tính đến ngày 30/6/2024, đã giải quyết thành công 214/236 vụ việc, đạt 90,7%; số tiền doanh nghiệp hoàn trả, bồi thường cho người tiêu dùng hơn 1,26 tỷ đồng. Các vụ việc tập trung chủ yếu vào lĩnh vực thương mại điện tử (chiếm 38,1%), điện tử - điện lạnh (17,4%), dịch vụ viễn thông (12,3%) và bất động sản (9,7%).

Công tác kiểm tra, giám sát được tăng cường. Trong 6 tháng, Đoàn kiểm tra liên ngành đã kiểm tra 58 doanh nghiệp kinh doanh theo phương thức đa cấp, bán hàng qua điện thoại và hội thảo, phát hiện 11 doanh nghiệp vi phạm, xử phạt vi phạm hành chính 326 triệu đồng. Riêng hoạt động đăng ký hợp đồng theo mẫu, Sở đã tiếp nhận và xem xét 19 hồ sơ của các doanh nghiệp cung cấp điện, nước sạch, truyền hình trả tiền.

6 tháng cuối năm, tỉnh phấn đấu giải quyết trên 95% yêu cầu hỗ trợ của người tiêu dùng; tổ chức 3 lớp tập huấn cho khoảng 250 cán bộ cấp xã về Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15 có hiệu lực từ ngày 01/7/2024. Người tiêu dùng có thể phản ánh qua đường dây nóng 0204.3856.229 hoặc trực tiếp tại số 18 đường Nguyễn Văn Cừ, thành phố Bắc Giang.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
T6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
H2i = P("6 tháng cuối năm", "2024-07-01", "2024-12-31", inh=True)

FIGS = [
    F("giải quyết 214 vụ việc khiếu nại", "214", 214, "count", "vụ việc",
      "vụ việc khiếu nại của người tiêu dùng được hỗ trợ giải quyết",
      P("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("tiếp nhận 236 yêu cầu", "236", 236, "count", "yêu cầu",
      "yêu cầu hỗ trợ, khiếu nại của người tiêu dùng", H1,
      change={"direction": "increase", "value": 18.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("tiếp nhận 142 yêu cầu", "142", 142, "count", "yêu cầu", "yêu cầu Sở Công Thương tiếp nhận", H1i, total=236),
    F("tiếp nhận 71 yêu cầu", "71", 71, "count", "yêu cầu",
      "yêu cầu Hội Bảo vệ quyền lợi người tiêu dùng tỉnh tiếp nhận", H1i, total=236),
    F("tiếp nhận 23 yêu cầu", "23", 23, "count", "yêu cầu", "yêu cầu UBND các huyện, thành phố tiếp nhận", H1i, total=236),
    F("214/236 vụ việc", "214", 214, "count", "vụ việc", "vụ việc giải quyết thành công", ASOF, total=236, percent=90.7),
    F("hơn 1,26 tỷ đồng", "1,26", 1260000000, "money", "đồng",
      "số tiền doanh nghiệp hoàn trả, bồi thường cho người tiêu dùng", ASOF, approx="over"),
    F("(chiếm 38,1%)", "38,1", 38.1, "percent", "%", "vụ việc lĩnh vực thương mại điện tử", H1i),
    F("điện lạnh (17,4%)", "17,4", 17.4, "percent", "%", "vụ việc lĩnh vực điện tử - điện lạnh", H1i),
    F("viễn thông (12,3%)", "12,3", 12.3, "percent", "%", "vụ việc lĩnh vực dịch vụ viễn thông", H1i),
    F("bất động sản (9,7%)", "9,7", 9.7, "percent", "%", "vụ việc lĩnh vực bất động sản", H1i),
    F("kiểm tra 58 doanh nghiệp", "58", 58, "count", "doanh nghiệp",
      "doanh nghiệp kinh doanh theo phương thức đa cấp, bán hàng qua điện thoại và hội thảo được kiểm tra", T6),
    F("phát hiện 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", "doanh nghiệp vi phạm", T6),
    F("hành chính 326 triệu đồng", "326", 326000000, "money", "đồng", "xử phạt vi phạm hành chính", T6),
    F("xem xét 19 hồ sơ", "19", 19, "count", "hồ sơ", "hồ sơ đăng ký hợp đồng theo mẫu", H1i),
    F("trên 95% yêu cầu", "95", 95, "percent", "%", "yêu cầu hỗ trợ của người tiêu dùng được giải quyết", H2,
      approx="over", status="target"),
    F("tổ chức 3 lớp tập huấn", "3", 3, "count", "lớp tập huấn", "lớp tập huấn về Luật Bảo vệ quyền lợi người tiêu dùng",
      H2, status="target"),
    F("khoảng 250 cán bộ", "250", 250, "count", "cán bộ", "cán bộ cấp xã được tập huấn", H2,
      approx="about", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Giang (province portal): consumer complaints, 6 months 2024. Dateline 'Cập nhật: 12/07/2024 09:42 | Lượt xem: 3.127'.",
    "Distractors: breadcrumb, 'Lượt xem: 3.127', 'Luật ... số 19/2023/QH15', 'ngày 01/7/2024', hotline 0204.3856.229, 'số 18 đường Nguyễn Văn Cừ'.",
    "Headline '6 tháng đầu năm' (no year) takes 2024 from the dateline. 'Trong đó, ...' after a sentence break: parts of 236 (142+71+23).",
    "'214/236 vụ việc, đạt 90,7%': total 236, percent 90.7; period as-of 30/6/2024. Sector shares in brackets are percent figures (list).",
    "'phát hiện 11 doanh nghiệp vi phạm' after 'kiểm tra 58 doanh nghiệp' has no part-of cue: no total.",
    "'phấn đấu' governs the clauses that continue it after ';' (3 lớp, khoảng 250 cán bộ): status target, period '6 tháng cuối năm' 2024-07..12.",
]

emit("p342-1", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Bắc Giang")
