from lib import F, P, write

ART = """Hội LHPN tỉnh Sóc Trăng: Đồng hành cùng phụ nữ khởi nghiệp, thoát nghèo

(STO) - Từ đầu năm đến nay, các cấp Hội LHPN tỉnh đã hỗ trợ thành lập mới 46 tổ hợp tác và 7 hợp tác xã do phụ nữ quản lý. Hiện toàn tỉnh có 312 mô hình kinh tế tập thể do phụ nữ làm chủ, thu hút hơn 4,8 nghìn thành viên.

Tính đến 30/9/2024, tổng dư nợ do Hội LHPN tỉnh nhận ủy thác từ Ngân hàng Chính sách xã hội đạt gần 1,35 nghìn tỷ đồng với 31.540 hộ vay, chiếm 36,2% tổng dư nợ ủy thác toàn tỉnh; tỷ lệ nợ quá hạn chỉ 0,05%. Riêng quý III/2024, các tổ tiết kiệm và vay vốn đã giải ngân cho 4.127 lượt hộ với số tiền 186,4 tỷ đồng, tăng 12,8% so với quý III/2023.

Nhiều mô hình hiệu quả được nhân rộng như "Tổ phụ nữ tiết kiệm", "Phụ nữ nghèo giúp nhau làm kinh tế", "5 không 3 sạch". Toàn tỉnh có 1.028 tổ phụ nữ tiết kiệm với hơn 2,1 vạn thành viên, số tiền tiết kiệm ước đạt 25 tỷ đồng. Các địa phương có số tổ nhiều là huyện Mỹ Xuyên 164 tổ, Trần Đề 152 tổ, Long Phú 139 tổ và thị xã Vĩnh Châu 128 tổ.

Trong 9 tháng, Hội đã giúp 1.563 hộ phụ nữ nghèo thoát nghèo, đạt 104,2% kế hoạch năm; phấn đấu cả năm 2024 giúp từ 1.800 đến 2.000 hộ thoát nghèo. Theo bà Trần Thị Mỹ Hạnh, Chủ tịch Hội LHPN tỉnh, từ năm 2021 đến nay, tổng số hộ do Hội giúp thoát nghèo là 6.420 hộ, gấp 1,3 lần chỉ tiêu Nghị quyết Đại hội Phụ nữ tỉnh lần thứ XII đề ra.

Thời gian tới, Hội tiếp tục phối hợp với Sở Lao động - Thương binh và Xã hội, Ngân hàng Chính sách xã hội chi nhánh Sóc Trăng triển khai Đề án 939 về hỗ trợ phụ nữ khởi nghiệp.

Ngọc Hân
25/10/2024
"""

FY = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-25")
T = P("Tính đến 30/9/2024", None, "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
N9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
TS = "tổ phụ nữ tiết kiệm"

FIGS = [
    F("mới 46 tổ hợp tác", "46", 46, "count", "tổ hợp tác", "tổ hợp tác được hỗ trợ thành lập mới", period=FY),
    F("và 7 hợp tác xã", "7", 7, "count", "hợp tác xã", "hợp tác xã do phụ nữ quản lý được hỗ trợ thành lập mới", period=FY),
    F("có 312 mô hình", "312", 312, "count", "mô hình", "mô hình kinh tế tập thể do phụ nữ làm chủ"),
    F("hơn 4,8 nghìn", "4,8", 4800, "count", "thành viên", "thành viên mô hình kinh tế tập thể", approx="over"),
    F("gần 1,35 nghìn tỷ đồng", "1,35", 1.35e12, "money", "đồng", "tổng dư nợ do Hội LHPN tỉnh nhận ủy thác",
      approx="nearly", percent=36.2, period=T),
    F("với 31.540 hộ vay", "31.540", 31540, "count", "hộ vay", "hộ vay", period=T),
    F("chỉ 0,05%", "0,05", 0.05, "percent", "%", "tỷ lệ nợ quá hạn", period=T),
    F("cho 4.127 lượt hộ", "4.127", 4127, "count", "lượt hộ", "lượt hộ được giải ngân", period=Q3),
    F("tiền 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", "số tiền giải ngân",
      change={"direction": "increase", "value": 12.8, "unit": "%", "baseline": "quý III/2023"}, period=Q3),
    F("có 1.028 tổ", "1.028", 1028, "count", "tổ phụ nữ tiết kiệm", TS),
    F("hơn 2,1 vạn", "2,1", 21000, "count", "thành viên", "thành viên tổ phụ nữ tiết kiệm", approx="over"),
    F("ước đạt 25 tỷ", "25", 25e9, "money", "đồng", "số tiền tiết kiệm", status="estimate"),
    F("Mỹ Xuyên 164 tổ", "164", 164, "count", "tổ", "số tổ phụ nữ tiết kiệm", location="Mỹ Xuyên"),
    F("Trần Đề 152 tổ", "152", 152, "count", "tổ", "số tổ phụ nữ tiết kiệm", location="Trần Đề"),
    F("Long Phú 139 tổ", "139", 139, "count", "tổ", "số tổ phụ nữ tiết kiệm", location="Long Phú"),
    F("Vĩnh Châu 128 tổ", "128", 128, "count", "tổ", "số tổ phụ nữ tiết kiệm", location="Vĩnh Châu"),
    F("giúp 1.563 hộ", "1.563", 1563, "count", "hộ", "hộ phụ nữ nghèo thoát nghèo", percent=104.2, period=N9),
    F("từ 1.800 đến 2.000 hộ", "1.800", 1800, "count", "hộ", "hộ thoát nghèo", value_max=2000, status="target",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("là 6.420 hộ", "6.420", 6420, "count", "hộ", "tổng số hộ do Hội giúp thoát nghèo",
      change={"direction": "increase", "value": 1.3, "unit": "lần", "baseline": "chỉ tiêu Nghị quyết Đại hội Phụ nữ tỉnh lần thứ XII"},
      period=P("từ năm 2021 đến nay", "2021-01-01", "2024-10-25")),
]

COMMENTS = [
    "Báo Sóc Trăng (Party newspaper): women's union models, savings groups, entrusted loans, poverty exit. Bare date '25/10/2024' at the end.",
    "Distractors: '(STO)', model names '5 không 3 sạch', 'lần thứ XII', 'Đề án 939', 'chi nhánh Sóc Trăng'.",
    "'Từ đầu năm đến nay' and 'từ năm 2021 đến nay' end at the published date. 'Trong 9 tháng' takes 2024 from '30/9/2024' / 'quý III/2024'.",
    "'gần 1,35 nghìn tỷ đồng với 31.540 hộ vay, chiếm 36,2% tổng dư nợ ...': the share is of the loan balance, across the 'với' clause.",
    "'hơn 2,1 vạn' = 21.000 (vạn ×10^4). District list after 'Các địa phương có số tổ nhiều là' has no part-of cue: no total.",
    "'Hiện toàn tỉnh có ...' stocks and the savings-group paragraph state no period. 'gấp 1,3 lần chỉ tiêu' = change (lần) against the plan.",
]

write(8, COMMENTS, ART, FIGS, published="2024-10-25", location="Sóc Trăng")
