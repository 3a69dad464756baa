from lib import F, P, C, emit

TEXT = """Thứ ba, 15/10/2024, 09:20 (GMT+7)
Hơn 6,1 triệu ô tô đã dán thẻ thu phí không dừng

Cục Đường bộ Việt Nam cho biết, tính đến ngày 30/9/2024, cả nước có hơn 6,1 triệu phương tiện đã dán thẻ đầu cuối (e-tag), chiếm khoảng 98% tổng số ô tô đang lưu hành.

Số tài khoản giao thông được mở đạt 6,25 triệu tài khoản, tăng 9,6% so với cùng kỳ năm 2023; trong đó khoảng 2,4 triệu tài khoản đã liên kết với tài khoản ngân hàng hoặc ví điện tử. Hai đơn vị cung cấp dịch vụ là VETC và VDTC lần lượt quản lý 3,8 triệu và 2,45 triệu tài khoản.

Hiện toàn quốc có 179 trạm thu phí áp dụng thu phí điện tử không dừng với 1.128 làn, trong đó 862 làn ETC thuần và 266 làn hỗn hợp (ETC và MTC). Lưu lượng giao dịch qua hệ thống bình quân khoảng 1,9 triệu giao dịch/ngày. Doanh thu thu phí không dừng 9 tháng năm 2024 ước đạt 13.250 tỷ đồng, chiếm 87,3% tổng doanh thu thu phí đường bộ. Số lượt nạp tiền qua ví điện tử 9 tháng gấp 2,3 lần cùng kỳ.

Tỷ lệ giao dịch lỗi (xe đã dán thẻ nhưng không trừ được tiền, phải mở barie thủ công) còn 0,38%, trong khi năm 2023 là 0,52%. Theo Cục Đường bộ, phần lớn lỗi do thẻ dán sai vị trí, bị bong tróc hoặc tài khoản không đủ số dư.

Từ ngày 1/10/2024, Nghị định số 119/2024/NĐ-CP về thanh toán điện tử giao thông đường bộ có hiệu lực, thay thế Quyết định số 19/2020/QĐ-TTg. Bộ Giao thông vận tải đặt mục tiêu đến năm 2025, 100% trạm thu phí trên các tuyến cao tốc do Nhà nước đầu tư áp dụng thu phí không dừng; phấn đấu giảm tỷ lệ giao dịch lỗi xuống dưới 0,2%.

Chủ phương tiện cần hỗ trợ có thể gọi tổng đài 1900 6010 hoặc 1900 9080.

Anh Duy
"""

T30 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
T30i = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9b = P("9 tháng", "2024-01-01", "2024-09-30")
D25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 6,1 triệu ô tô", "6,1", 6100000, "count", "ô tô", "ô tô đã dán thẻ thu phí không dừng", T30i,
      approx="over"),
    F("có hơn 6,1 triệu phương tiện", "6,1", 6100000, "count", "phương tiện",
      "phương tiện đã dán thẻ đầu cuối (e-tag)", T30, approx="over", percent=98),
    F("đạt 6,25 triệu tài khoản", "6,25", 6250000, "count", "tài khoản", "tài khoản giao thông được mở", T30i,
      change=C("increase", 9.6, baseline="cùng kỳ năm 2023")),
    F("khoảng 2,4 triệu tài khoản", "2,4", 2400000, "count", "tài khoản",
      "tài khoản giao thông liên kết với tài khoản ngân hàng hoặc ví điện tử", T30i, approx="about", total=6250000),
    F("Hai đơn vị cung cấp", "Hai", 2, "count", "đơn vị", "đơn vị cung cấp dịch vụ", optional=True),
    F("quản lý 3,8 triệu", "3,8", 3800000, "count", "tài khoản", "tài khoản giao thông do VETC quản lý", T30i),
    F("2,45 triệu tài khoản", "2,45", 2450000, "count", "tài khoản", "tài khoản giao thông do VDTC quản lý", T30i),
    F("có 179 trạm thu phí", "179", 179, "count", "trạm thu phí",
      "trạm thu phí áp dụng thu phí điện tử không dừng"),
    F("với 1.128 làn", "1.128", 1128, "count", "làn", "làn thu phí tại các trạm thu phí không dừng"),
    F("862 làn ETC", "862", 862, "count", "làn", "làn ETC thuần", total=1128),
    F("266 làn hỗn hợp", "266", 266, "count", "làn", "làn hỗn hợp (ETC và MTC)", total=1128),
    F("khoảng 1,9 triệu giao dịch/ngày", "1,9", 1900000, "measure", "giao dịch/ngày",
      "lưu lượng giao dịch qua hệ thống thu phí không dừng bình quân", approx="about"),
    F("ước đạt 13.250 tỷ đồng", "13.250", 13250000000000, "money", "đồng", "doanh thu thu phí không dừng", N9,
      status="estimate", percent=87.3),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "số lượt nạp tiền qua ví điện tử so với cùng kỳ", N9b),
    F("còn 0,38%", "0,38", 0.38, "percent", "%", "tỷ lệ giao dịch lỗi", T30i),
    F("năm 2023 là 0,52%", "0,52", 0.52, "percent", "%", "tỷ lệ giao dịch lỗi",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("2025, 100% trạm", "100", 100, "percent", "%",
      "trạm thu phí trên các tuyến cao tốc do Nhà nước đầu tư áp dụng thu phí không dừng", D25, status="target"),
    F("xuống dưới 0,2%", "0,2", 0.2, "percent", "%", "tỷ lệ giao dịch lỗi", D25, approx="under", status="target"),
]

COMMENTS = [
    "National press (VnExpress-style dateline 'Thứ ba, 15/10/2024, 09:20 (GMT+7)'): ETC results nationwide to 30/9/2024; byline at the end.",
    "Distractors: Nghị định số 119/2024/NĐ-CP, Quyết định số 19/2020/QĐ-TTg, 'Từ ngày 1/10/2024', hotlines 1900 6010 / 1900 9080, 'ETC và MTC'.",
    "Headline 6,1 triệu ô tô is a figure (period inherited). 'chiếm khoảng 98%' = percent attribute of 6,1 triệu phương tiện.",
    "'trong đó khoảng 2,4 triệu tài khoản' part of 6,25 triệu; 862 and 266 làn parts of 1.128 làn. VETC/VDTC are firms, not places.",
    "'Hai đơn vị' (number of providers) optional. 'gấp 2,3 lần cùng kỳ' with no base amount: a multiple. 'còn 0,38%' states a level: no change.",
    "'đến năm 2025' target period (end 2025-12-31) governs both targets after ';' (phấn đấu).",
    "'Hiện toàn quốc có' gives no period (omitted, unscored); figures whose period stands in another sentence carry it inherited.",
]

emit("p366-1", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Việt Nam")
