from lib import F, P, ch, tg, write

text = """
Báo Ấp Bắc
Kinh tế
Xổ số kiến thiết Tiền Giang: Doanh thu 6 tháng ước đạt 2.635 tỷ đồng
Thứ Hai, 08/07/2024, 15:20
ANH THƯ

(ABO) - Sáu tháng đầu năm 2024, Công ty TNHH MTV Xổ số kiến thiết Tiền Giang tiêu thụ trên 263 triệu vé; doanh thu ước đạt 2.635 tỷ đồng, đạt 52,7% kế hoạch năm, tăng 4,1% so với cùng kỳ. Công ty đã nộp ngân sách 742 tỷ đồng (cùng kỳ năm 2023 nộp 701 tỷ đồng).

Tỷ lệ vé ế bình quân khoảng 4,6%, giảm 0,8 điểm phần trăm so với cùng kỳ. Trong quý II, công ty chi trả 6 giải đặc biệt với tổng trị giá 12 tỷ đồng; riêng kỳ mở thưởng ngày 2/6, vé trúng giải đặc biệt dãy số 458213 được bán tại Đại lý vé số Kim Ngân 2 ở phường 5, TP Mỹ Tho.

Hiện công ty có 412 đại lý trong tỉnh, tập trung nhiều nhất ở TP Mỹ Tho (128 đại lý), huyện Cai Lậy (74 đại lý), huyện Chợ Gạo (61 đại lý) và thị xã Gò Công (45 đại lý). Toàn tỉnh có khoảng 9.500 người bán vé số lưu động, trong đó gần 1.200 người là người khuyết tật, người cao tuổi.

Theo ông Trần Văn Dũng, Giám đốc công ty, thị trường xổ số truyền thống khu vực miền Nam đang cạnh tranh gay gắt, giá vé vẫn giữ ở mức 10.000 đồng/tờ trong khi chi phí tăng. Để hoàn thành kế hoạch năm 2024 là 5.000 tỷ đồng doanh thu, công ty tiếp tục mở rộng đại lý sang các tỉnh lân cận, tăng cường kiểm soát vé giả và phát hành vé đúng giờ.

Nguồn thu từ xổ số kiến thiết được tỉnh sử dụng cho đầu tư phát triển. Giai đoạn 2021-2025, tỉnh dự kiến bố trí hơn 4.800 tỷ đồng từ nguồn này cho giáo dục, y tế và xây dựng nông thôn mới, chiếm 38% tổng vốn đầu tư công của tỉnh. Mọi phản ánh về vé số giả xin gọi đường dây nóng 0273.3872.055.
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Q2 = P("quý II", "2024-04-01", "2024-06-30")

figs = [
    F("tiêu thụ trên 263 triệu vé", "263", 263e6, "count", "vé", "vé tiêu thụ", H1, approx="over"),
    F("6 tháng ước đạt 2.635 tỷ đồng", "2.635", 2635e9, "money", "đồng", "doanh thu", P("6 tháng", "2024-01-01", "2024-06-30"),
      status="estimate"),
    F("doanh thu ước đạt 2.635 tỷ đồng", "2.635", 2635e9, "money", "đồng", "doanh thu", H1, status="estimate",
      percent=52.7, change=ch("increase", 4.1, "cùng kỳ")),
    F("nộp ngân sách 742 tỷ đồng", "742", 742e9, "money", "đồng", "nộp ngân sách", H1i),
    F("nộp 701 tỷ đồng", "701", 701e9, "money", "đồng", "nộp ngân sách cùng kỳ năm 2023"),
    F("khoảng 4,6%", "4,6", 4.6, "percent", "%", "tỷ lệ vé ế bình quân", H1i, approx="about",
      change=ch("decrease", 0.8, "cùng kỳ", unit="điểm phần trăm")),
    F("chi trả 6 giải", "6", 6, "count", "giải đặc biệt", "giải đặc biệt chi trả", Q2),
    F("trị giá 12 tỷ đồng", "12", 12e9, "money", "đồng", "tổng trị giá giải đặc biệt chi trả", Q2),
    F("có 412 đại lý", "412", 412, "count", "đại lý", "đại lý trong tỉnh"),
    F("Mỹ Tho (128 đại lý)", "128", 128, "count", "đại lý", "đại lý", location="Mỹ Tho"),
    F("Cai Lậy (74 đại lý)", "74", 74, "count", "đại lý", "đại lý", location="Cai Lậy"),
    F("Chợ Gạo (61 đại lý)", "61", 61, "count", "đại lý", "đại lý", location="Chợ Gạo"),
    F("Gò Công (45 đại lý)", "45", 45, "count", "đại lý", "đại lý", location="Gò Công"),
    F("khoảng 9.500 người", "9.500", 9500, "count", "người", "người bán vé số lưu động", approx="about"),
    F("gần 1.200 người", "1.200", 1200, "count", "người", "người bán vé số lưu động là người khuyết tật, người cao tuổi",
      approx="nearly", total=9500),
    F("mức 10.000 đồng/tờ", "10.000", 10000, "money", "đồng/tờ", "giá vé"),
    F("là 5.000 tỷ đồng", "5.000", 5000e9, "money", "đồng", "kế hoạch doanh thu năm 2024",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("hơn 4.800 tỷ đồng", "4.800", 4800e9, "money", "đồng", "nguồn thu xổ số kiến thiết bố trí cho giáo dục, y tế và xây dựng nông thôn mới",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="over", percent=38, status="forecast"),
]

header = [
    "Party newspaper (Báo Ấp Bắc, Tiền Giang): Xổ số kiến thiết Tiền Giang, 6 tháng đầu năm 2024; dateline 'Thứ Hai, 08/07/2024, 15:20', byline above.",
    "The bracketed 'cùng kỳ năm 2023 nộp 701 tỷ đồng' is a figure of its own (period the first half of 2023), not a change of 742 tỷ (no tăng/giảm cue); its period is left unannotated (the spec gives 'cùng kỳ' no dates).",
    "Headline '6 tháng ước đạt 2.635 tỷ đồng' is a figure too (year from the dateline).",
    "'giảm 0,8 điểm phần trăm so với cùng kỳ' is the change of the 4,6% rate (unit điểm phần trăm). 'đạt 52,7% kế hoạch năm' is the share of revenue.",
    "District list: items are places (location), subject the list's indicator 'đại lý'; they are not given total 412 (no trong đó/gồm cue, and they do not add up).",
    "'gần 1.200 người' after 'trong đó' has total 9.500. Ticket price 10.000 đồng/tờ is money per ticket. 'kế hoạch năm 2024 là 5.000 tỷ đồng' status target.",
    "'dự kiến bố trí hơn 4.800 tỷ đồng' status forecast, share 38%. Distractors: date 2/6, winning number 458213, 'Kim Ngân 2', 'phường 5', hotline, '(ABO)'.",
]
write(2, text, figs, header, published="2024-07-08", location="Tiền Giang")
