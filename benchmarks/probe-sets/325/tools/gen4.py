from lib import P, C, T, write

text = """Siết chặt kỷ cương trong hoạt động đấu thầu
MINH HÀ
06:30, 20/12/2024

(BQN) - Năm 2024, công tác thanh tra, kiểm tra hoạt động đấu thầu trên địa bàn tỉnh Quảng Ninh được tăng cường, góp phần nâng cao tính cạnh tranh, công khai, minh bạch trong lựa chọn nhà thầu.

Theo Sở Kế hoạch và Đầu tư, từ đầu năm đến nay, các đoàn thanh tra, kiểm tra đã xem xét 412 gói thầu; trong số đó, 37 gói thầu có sai phạm, chiếm 9%, trong đó 21 gói vi phạm trong lập hồ sơ mời thầu có tiêu chí hạn chế cạnh tranh, 16 gói vi phạm trong đánh giá hồ sơ dự thầu. Các địa phương có nhiều gói thầu sai phạm là TP Hạ Long (9 gói), TP Cẩm Phả (6 gói) và huyện Vân Đồn (4 gói).

Cơ quan chức năng đã xử phạt vi phạm hành chính 14 tổ chức, cá nhân với tổng số tiền gần 1,2 tỷ đồng; kiến nghị thu hồi, nộp ngân sách nhà nước 3,47 tỷ đồng; ban hành quyết định cấm tham dự hoạt động đấu thầu đối với 5 nhà thầu. Tổng số tiền xử phạt tăng 35% so với năm 2023.

Số đơn kiến nghị về kết quả lựa chọn nhà thầu tiếp nhận là 26 đơn, giảm 7 đơn so với cùng kỳ; đã giải quyết 24 đơn, đạt 92,3%.

Cùng với đó, tỷ lệ đấu thầu qua mạng trên địa bàn tỉnh đạt 98,2% về số gói và 91,5% về giá trị, vượt chỉ tiêu Chính phủ giao (95% và 80%).

Thực hiện Quyết định số 2156/QĐ-UBND ngày 15/7/2024 của UBND tỉnh, ông Nguyễn Mạnh Hà, Giám đốc Sở Kế hoạch và Đầu tư cho biết: "Năm 2025, Sở đặt mục tiêu kiểm tra ít nhất 20% số chủ đầu tư có gói thầu trên địa bàn, tập trung vào các gói thầu chỉ có một nhà thầu tham dự".

Người dân, doanh nghiệp có thể phản ánh về hoạt động đấu thầu tại Trụ sở Liên cơ quan số 3, đường 25/4, phường Hồng Hà, TP Hạ Long.
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
TD = P("từ đầu năm đến nay", "2024-01-01", "2024-12-20")
TDi = P("từ đầu năm đến nay", "2024-01-01", "2024-12-20", inherited=True)
Yi = P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)

figs = [
    dict(anchor="xem xét 412 gói thầu", number="412", value=412, kind="count", unit="gói thầu",
         subject="gói thầu được thanh tra, kiểm tra", period=TD),
    dict(anchor="đó, 37 gói thầu", number="37", value=37, kind="count", unit="gói thầu", total=412, percent=9,
         subject="gói thầu có sai phạm", period=TD),
    dict(anchor="trong đó 21 gói", number="21", value=21, kind="count", unit="gói", total=37,
         subject="gói vi phạm trong lập hồ sơ mời thầu có tiêu chí hạn chế cạnh tranh", period=TD),
    dict(anchor="16 gói vi phạm", number="16", value=16, kind="count", unit="gói", total=37,
         subject="gói vi phạm trong đánh giá hồ sơ dự thầu", period=TD),
    dict(anchor="Hạ Long (9 gói)", number="9", value=9, kind="count", unit="gói",
         subject="gói thầu sai phạm", location="Hạ Long", period=TDi),
    dict(anchor="Cẩm Phả (6 gói)", number="6", value=6, kind="count", unit="gói",
         subject="gói thầu sai phạm", location="Cẩm Phả", period=TDi),
    dict(anchor="Vân Đồn (4 gói)", number="4", value=4, kind="count", unit="gói",
         subject="gói thầu sai phạm", location="Vân Đồn", period=TDi),
    dict(anchor="hành chính 14 tổ chức", number="14", value=14, kind="count", unit="tổ chức, cá nhân",
         subject="tổ chức, cá nhân bị xử phạt vi phạm hành chính", period=TDi),
    dict(anchor="gần 1,2 tỷ đồng", number="1,2", value=1.2e9, kind="money", unit="đồng", approx="nearly",
         subject="tổng số tiền xử phạt vi phạm hành chính", period=TDi),
    dict(anchor="ngân sách nhà nước 3,47 tỷ đồng", number="3,47", value=3.47e9, kind="money", unit="đồng",
         subject="kiến nghị thu hồi, nộp ngân sách nhà nước", period=TDi),
    dict(anchor="đối với 5 nhà thầu", number="5", value=5, kind="count", unit="nhà thầu",
         subject="nhà thầu bị cấm tham dự hoạt động đấu thầu", period=TDi),
    dict(anchor="xử phạt tăng 35%", number="35", value=35, kind="percent", unit="%",
         subject="tổng số tiền xử phạt so với năm 2023", period=Yi),
    dict(anchor="là 26 đơn", number="26", value=26, kind="count", unit="đơn",
         change=C("decrease", 7, "đơn", "cùng kỳ"), subject="đơn kiến nghị về kết quả lựa chọn nhà thầu", period=Yi),
    dict(anchor="giải quyết 24 đơn", number="24", value=24, kind="count", unit="đơn", percent=92.3,
         subject="đơn kiến nghị đã giải quyết", period=Yi),
    dict(anchor="đạt 98,2%", number="98,2", value=98.2, kind="percent", unit="%", target=T(95, "%", True),
         subject="tỷ lệ đấu thầu qua mạng về số gói", period=Yi),
    dict(anchor="và 91,5% về giá trị", number="91,5", value=91.5, kind="percent", unit="%", target=T(80, "%", True),
         subject="tỷ lệ đấu thầu qua mạng về giá trị", period=Yi),
    dict(anchor="ít nhất 20%", number="20", value=20, kind="percent", unit="%", approx="at_least", status="target",
         subject="chủ đầu tư có gói thầu được kiểm tra", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    dict(anchor="chỉ có một nhà thầu", number="một", value=1, kind="count", unit="nhà thầu", optional=True),
]

comments = [
    "Báo Quảng Ninh (Party newspaper, '(BQN)' tag): inspections and violations in procurement 2024; byline, then 'hh:mm, dd/mm/yyyy'.",
    "'từ đầu năm đến nay' = 2024-01-01 to the dateline 2024-12-20 (year from 'Năm 2024' in the lead). Two-level part chain:",
    "'412 gói thầu; trong số đó, 37 …, chiếm 9%, trong đó 21 …, 16 …' -> 37 total 412 percent 9; 21 and 16 total 37.",
    "City/district list -> location. 'Tổng số tiền xử phạt tăng 35%' stands alone: a percent figure, no change object.",
    "'26 đơn, giảm 7 đơn so với cùng kỳ': change in 'đơn'. '24 đơn, đạt 92,3%' percent, no total (no cue).",
    "'98,2% về số gói và 91,5% về giá trị, vượt chỉ tiêu … (95% và 80%)': each rate takes its own target, in order, met.",
    "'Năm 2025, Sở đặt mục tiêu … ít nhất 20%' -> target, at_least. 'chỉ có một nhà thầu' is a criterion: optional.",
    "Distractors: Quyết định số 2156/QĐ-UBND ngày 15/7/2024, 'Trụ sở Liên cơ quan số 3, đường 25/4', byline name, director's name.",
]
write(4, comments, text, figs, published="2024-12-20", location="Quảng Ninh")
