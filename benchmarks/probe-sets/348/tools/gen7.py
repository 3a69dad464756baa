from lib import F, P, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Tin tức - Sự kiện

Quỹ tín dụng nhân dân Hải Minh tổ chức Đại hội thành viên thường niên năm 2025
Thứ Sáu, 21/02/2025 - 10:25 | Đức Anh | Số lượt xem: 412

Sáng 20/2, Quỹ TDND Hải Minh tổ chức Đại hội thành viên thường niên năm 2025 với sự tham dự của 186 đại biểu đại diện cho gần 4.300 thành viên.

Năm 2024, tổng nguồn vốn hoạt động của quỹ đạt 512,4 tỷ đồng, tăng 9,6% so với năm 2023, trong đó tiền gửi tiết kiệm của dân cư 468,2 tỷ đồng, chiếm 91,4%. Dư nợ cho vay đạt 437,9 tỷ đồng với 2.716 khách hàng, 100% dư nợ là cho vay thành viên trên địa bàn; nợ xấu 1,28 tỷ đồng, chiếm 0,29% tổng dư nợ. Lợi nhuận trước thuế đạt 7,85 tỷ đồng, vượt 4,7% kế hoạch; quỹ chi trả cổ tức cho thành viên với tỷ lệ 8,5%/năm.

Đại hội thông qua kế hoạch năm 2025 với các chỉ tiêu: nguồn vốn tăng từ 8 - 10%; dư nợ cho vay tăng 10%; tỷ lệ nợ xấu dưới 0,5%; lợi nhuận trước thuế khoảng 8,3 tỷ đồng; kết nạp mới 200 - 250 thành viên.

Đại hội cũng bầu Hội đồng quản trị nhiệm kỳ 2025-2030 gồm 5 thành viên, Ban Kiểm soát gồm 3 thành viên. Ông Vũ Văn Thịnh tiếp tục được bầu giữ chức Chủ tịch Hội đồng quản trị.

Quỹ TDND Hải Minh được thành lập năm 1995, là một trong 9 quỹ tín dụng nhân dân của huyện, với mạng lưới 2 điểm giao dịch tại xã Hải Minh và thị trấn Yên Định. Trụ sở: xóm 12, xã Hải Minh; điện thoại: 0228.3877.654.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("của 186 đại biểu", "186", 186, "count", "đại biểu", "đại biểu tham dự Đại hội thành viên"),
    F("gần 4.300 thành viên", "4.300", 4300, "count", "thành viên", "thành viên", approx="nearly"),
    F("đạt 512,4 tỷ đồng", "512,4", 512.4e9, "money", "đồng", "tổng nguồn vốn hoạt động của quỹ", Y24,
      change={"direction": "increase", "value": 9.6, "unit": "%", "baseline": "năm 2023"}),
    F("cư 468,2 tỷ đồng", "468,2", 468.2e9, "money", "đồng", "tiền gửi tiết kiệm của dân cư", Y24,
      total=512.4e9, percent=91.4),
    F("đạt 437,9 tỷ đồng", "437,9", 437.9e9, "money", "đồng", "Dư nợ cho vay", Y24i),
    F("với 2.716 khách hàng", "2.716", 2716, "count", "khách hàng", "khách hàng vay", Y24i),
    F("100% dư nợ", "100", 100, "percent", "%", "dư nợ là cho vay thành viên trên địa bàn", Y24i),
    F("nợ xấu 1,28 tỷ đồng", "1,28", 1.28e9, "money", "đồng", "nợ xấu", Y24i, percent=0.29),
    F("đạt 7,85 tỷ đồng", "7,85", 7.85e9, "money", "đồng", "Lợi nhuận trước thuế", Y24i,
      change={"direction": "increase", "value": 4.7, "unit": "%", "baseline": "kế hoạch"}),
    F("tỷ lệ 8,5%/năm", "8,5", 8.5, "percent", "%", "cổ tức chi trả cho thành viên", Y24i),
    F("từ 8 - 10%", "8", 8, "percent", "%", "nguồn vốn tăng", Y25, value_max=10, status="target"),
    F("tăng 10%;", "10", 10, "percent", "%", "dư nợ cho vay tăng", Y25, status="target"),
    F("dưới 0,5%", "0,5", 0.5, "percent", "%", "tỷ lệ nợ xấu", Y25, approx="under", status="target"),
    F("khoảng 8,3 tỷ đồng", "8,3", 8.3e9, "money", "đồng", "lợi nhuận trước thuế", Y25, approx="about",
      status="target"),
    F("200 - 250 thành viên", "200", 200, "count", "thành viên", "kết nạp mới thành viên", Y25, value_max=250,
      status="target"),
    F("gồm 5 thành viên", "5", 5, "count", "thành viên", "Hội đồng quản trị nhiệm kỳ 2025-2030"),
    F("gồm 3 thành viên", "3", 3, "count", "thành viên", "Ban Kiểm soát"),
    F("là một trong", "một", 1, "count", "quỹ", "Quỹ TDND Hải Minh", total=9, optional=True),
    F("trong 9 quỹ", "9", 9, "count", "quỹ tín dụng nhân dân", "quỹ tín dụng nhân dân của huyện"),
    F("mạng lưới 2 điểm", "2", 2, "count", "điểm giao dịch", "điểm giao dịch của Quỹ TDND Hải Minh"),
]

COMMENTS = [
    "District portal (huyện Hải Hậu, Nam Định): annual members' meeting of one people's credit fund (Quỹ TDND Hải Minh): 2024 results, 2025 plan.",
    "Dateline 'Thứ Sáu, 21/02/2025 - 10:25 | Đức Anh | Số lượt xem: 412' (byline and view counter after the date). Default location Hải Hậu.",
    "Distractors: 'Số lượt xem: 412', 'Sáng 20/2', 'nhiệm kỳ 2025-2030', 'thành lập năm 1995', 'xóm 12', phone 0228.3877.654, 'Đại hội ... năm 2025'.",
    "'trong đó tiền gửi ... 468,2 tỷ đồng, chiếm 91,4%': total 512,4 tỷ, percent 91,4. 'nợ xấu 1,28 tỷ đồng, chiếm 0,29% tổng dư nợ': percent only.",
    "'vượt 4,7% kế hoạch' is a change against the plan (baseline 'kế hoạch', as FIGURES.md 'vượt 5% kế hoạch').",
    "Plan list after 'kế hoạch năm 2025 với các chỉ tiêu:' — every item is a target with period 2025; growth rates are percent figures of their own.",
    "'Quỹ TDND Hải Minh' and 'xã Hải Minh' are a fund and a commune, not a province/district: location stays Hải Hậu.",
    "'gần 4.300 thành viên' (membership) and '186 đại biểu' (meeting of 20/2) have no period phrase: period omitted.",
]

emit("p348-7", TEXT, COMMENTS, FIGS, published="2025-02-21", location="Hải Hậu")
