from lib import F, P, C, T, write

TEXT = """Thanh Hóa: 14 đơn vị y tế công lập tự bảo đảm chi thường xuyên
Cập nhật: 15/07/2024 09:30 | Lượt xem: 1.245

(Cổng TTĐT tỉnh) - Theo báo cáo của Sở Y tế, tính đến ngày 30/6/2024, toàn tỉnh có 14/41 đơn vị sự nghiệp y tế công lập được giao tự chủ, tự bảo đảm chi thường xuyên theo Nghị định số 60/2021/NĐ-CP, trong đó có 3 bệnh viện tự bảo đảm cả chi thường xuyên và chi đầu tư. So với cuối năm 2023, số đơn vị tự chủ tăng thêm 4 đơn vị.

6 tháng đầu năm 2024, tổng thu từ hoạt động khám bệnh, chữa bệnh của các bệnh viện công lập ước đạt 2.846,5 tỷ đồng, tăng 11,2% so với cùng kỳ năm 2023; trong đó thu từ quỹ BHYT đạt 1.958 tỷ đồng, chiếm 68,8%; thu viện phí trực tiếp từ người bệnh khoảng 624 tỷ đồng; thu từ dịch vụ theo yêu cầu, liên doanh, liên kết hơn 264 tỷ đồng.

Thu nhập bình quân của viên chức, người lao động tại các đơn vị tự chủ đạt 11,6 triệu đồng/người/tháng, cao hơn 1,8 lần so với đơn vị chưa tự chủ. Một số bệnh viện như Bệnh viện Đa khoa tỉnh, Bệnh viện Nhi Thanh Hóa chi thu nhập tăng thêm từ 3 đến 5 triệu đồng/người/tháng.

Tuy nhiên, công suất sử dụng giường bệnh bình quân của tuyến huyện chỉ đạt 78,4% (chỉ tiêu là 85%); tuyến tỉnh đạt 102,6%. Riêng Bệnh viện Đa khoa tỉnh có thời điểm công suất vượt 130%.

Thực hiện Quyết định số 2156/QĐ-UBND ngày 12/6/2024 của UBND tỉnh, giai đoạn 2024-2025 tỉnh phấn đấu có thêm 6 bệnh viện tuyến huyện tự bảo đảm chi thường xuyên, nâng tỷ lệ đơn vị tự chủ lên trên 50%.

Mọi ý kiến phản ánh xin gửi về Đường dây nóng Sở Y tế: 0237.3852.559.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
TOT = 2846.5e9
figs = [
    F("Thanh Hóa: 14 đơn vị", "14", "count", "đơn vị y tế công lập",
      "đơn vị y tế công lập tự bảo đảm chi thường xuyên",
      period=P("tính đến ngày 30/6/2024", None, "2024-06-30", inh=True)),
    F("có 14/41 đơn vị", "14", "count", "đơn vị sự nghiệp y tế công lập",
      "đơn vị sự nghiệp y tế công lập được giao tự chủ, tự bảo đảm chi thường xuyên",
      total=41, period=ASOF),
    F("có 3 bệnh viện", "3", "count", "bệnh viện",
      "bệnh viện tự bảo đảm cả chi thường xuyên và chi đầu tư", total=14, period=ASOF),
    F("tăng thêm 4 đơn vị", "4", "count", "đơn vị", "số đơn vị tự chủ tăng thêm so với cuối năm 2023",
      optional=True),
    F("ước đạt 2.846,5 tỷ đồng", "2.846,5", "money", "đồng",
      "tổng thu từ hoạt động khám bệnh, chữa bệnh của các bệnh viện công lập", mult=1e9,
      change=C("+", 11.2, baseline="cùng kỳ năm 2023"), status="estimate", period=H1),
    F("đạt 1.958 tỷ đồng", "1.958", "money", "đồng", "thu từ quỹ BHYT", mult=1e9,
      total=TOT, percent=68.8, status="estimate", period=H1),
    F("khoảng 624 tỷ đồng", "624", "money", "đồng", "thu viện phí trực tiếp từ người bệnh", mult=1e9,
      approx="about", total=TOT, status="estimate", period=H1),
    F("hơn 264 tỷ đồng", "264", "money", "đồng", "thu từ dịch vụ theo yêu cầu, liên doanh, liên kết",
      mult=1e9, approx="over", total=TOT, status="estimate", period=H1),
    F("đạt 11,6 triệu đồng", "11,6", "money", "đồng/người/tháng",
      "thu nhập bình quân của viên chức, người lao động tại các đơn vị tự chủ", mult=1e6,
      change=C("+", 1.8, "lần", baseline="đơn vị chưa tự chủ"), period=H1i),
    F("từ 3 đến 5 triệu", "3", "money", "đồng/người/tháng", "thu nhập tăng thêm", mult=1e6,
      value_max=5e6, period=H1i),
    F("chỉ đạt 78,4%", "78,4", "percent", "%", "công suất sử dụng giường bệnh bình quân của tuyến huyện",
      target=T(85, "%", False), period=H1i),
    F("tuyến tỉnh đạt 102,6%", "102,6", "percent", "%", "công suất sử dụng giường bệnh bình quân tuyến tỉnh",
      period=H1i),
    F("vượt 130%", "130", "percent", "%", "công suất sử dụng giường bệnh Bệnh viện Đa khoa tỉnh",
      approx="over", period=H1i),
    F("thêm 6 bệnh viện", "6", "count", "bệnh viện",
      "bệnh viện tuyến huyện tự bảo đảm chi thường xuyên", status="target",
      period=P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
    F("lên trên 50%", "50", "percent", "%", "tỷ lệ đơn vị tự chủ", approx="over", status="target",
      period=P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
]

write(1, TEXT, figs, [
    "Cổng TTĐT tỉnh Thanh Hóa: tự chủ tài chính của đơn vị y tế công lập, 6 tháng đầu năm 2024. 'Cập nhật:' dateline + view counter.",
    "Distractors: 'Lượt xem: 1.245', Nghị định số 60/2021/NĐ-CP, Quyết định số 2156/QĐ-UBND ngày 12/6/2024, hotline 0237.3852.559.",
    "'14/41': 41 is the total. 'trong đó có 3 bệnh viện' is part of the 14. Revenue parts after 'trong đó' take the 2.846,5 tỷ total;",
    "they stay 'estimate' like the whole (shared h14 precedent). '68,8%' after 'chiếm' is the share of 1.958 tỷ. 'cao hơn 1,8 lần' is a change.",
    "'(chỉ tiêu là 85%)' is the target of 78,4%. 'tăng thêm 4 đơn vị' (a change with its base in another sentence) is optional.",
], published="2024-07-15", location="Thanh Hóa")
