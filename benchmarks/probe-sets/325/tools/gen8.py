from lib import P, C, T, write

text = """Nghệ An: Đấu thầu thuốc tập trung tiết kiệm hơn 150 tỷ đồng

Năm 2023, Sở Y tế Nghệ An tổ chức đấu thầu thuốc tập trung cấp địa phương theo Thông tư số 15/2019/TT-BYT với 1.428 mặt hàng thuốc (1.012 thuốc generic, 356 thuốc biệt dược gốc và 60 thuốc dược liệu), tổng giá gói thầu 1,18 nghìn tỷ đồng, cung ứng cho 72 cơ sở y tế công lập trong tỉnh.

Kết quả, có 1.301 mặt hàng trúng thầu, đạt 91,1%; tổng giá trị trúng thầu 1.026,4 tỷ đồng, tiết kiệm 153,6 tỷ đồng so với giá gói thầu, tương đương 13%. Giá thuốc trúng thầu bình quân giảm từ 5% đến 7% so với kết quả đấu thầu năm 2022. Các thuốc generic nhóm 1 và nhóm 2 chiếm 64,5% giá trị trúng thầu.

Có 187 nhà thầu tham dự, trong đó 142 nhà thầu trúng thầu, gồm 38 nhà thầu có trụ sở trong tỉnh. Bệnh viện Hữu nghị đa khoa Nghệ An có giá trị trúng thầu lớn nhất với 212,5 tỷ đồng, tiếp đến là Bệnh viện Sản Nhi 96,8 tỷ đồng và Bệnh viện Ung bướu 88,3 tỷ đồng.

Qua kiểm tra, Thanh tra Sở phát hiện 3 nhà thầu chậm cung ứng thuốc, xử phạt tổng cộng 415 triệu đồng; 2 mặt hàng bị tạm ngừng sử dụng do không đạt tiêu chuẩn chất lượng theo Quyết định số 3188/QĐ-SYT.

Dự kiến năm 2024, nhu cầu thuốc của các cơ sở y tế trong tỉnh khoảng 1,35 nghìn tỷ đồng, tăng khoảng 14% so với năm 2023. Sở Y tế sẽ tổ chức đấu thầu sớm để bảo đảm đủ thuốc, không để thiếu thuốc như giai đoạn 2021-2022.

Thu Hiền
25/11/2023
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
Yi = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)

figs = [
    dict(anchor="hơn 150 tỷ đồng", number="150", value=150e9, kind="money", unit="đồng", approx="over",
         subject="đấu thầu thuốc tập trung tiết kiệm"),
    dict(anchor="với 1.428 mặt hàng", number="1.428", value=1428, kind="count", unit="mặt hàng thuốc",
         subject="mặt hàng thuốc đấu thầu tập trung cấp địa phương", period=Y),
    dict(anchor="(1.012 thuốc generic", number="1.012", value=1012, kind="count", unit="thuốc", total=1428,
         subject="thuốc generic", period=Y),
    dict(anchor="356 thuốc biệt dược", number="356", value=356, kind="count", unit="thuốc", total=1428,
         subject="thuốc biệt dược gốc", period=Y),
    dict(anchor="60 thuốc dược liệu", number="60", value=60, kind="count", unit="thuốc", total=1428,
         subject="thuốc dược liệu", period=Y),
    dict(anchor="1,18 nghìn tỷ đồng", number="1,18", value=1.18e12, kind="money", unit="đồng",
         subject="tổng giá gói thầu", period=Y),
    dict(anchor="cho 72 cơ sở", number="72", value=72, kind="count", unit="cơ sở y tế",
         subject="cơ sở y tế công lập được cung ứng", period=Y),
    dict(anchor="có 1.301 mặt hàng", number="1.301", value=1301, kind="count", unit="mặt hàng", percent=91.1,
         subject="mặt hàng trúng thầu", period=Yi),
    dict(anchor="trúng thầu 1.026,4 tỷ đồng", number="1.026,4", value=1026.4e9, kind="money", unit="đồng",
         subject="tổng giá trị trúng thầu", period=Yi),
    dict(anchor="tiết kiệm 153,6 tỷ đồng", number="153,6", value=153.6e9, kind="money", unit="đồng", percent=13,
         subject="tiết kiệm so với giá gói thầu", period=Yi),
    dict(anchor="từ 5% đến 7%", number="5", value=5, value_max=7, kind="percent", unit="%",
         subject="giá thuốc trúng thầu bình quân giảm so với năm 2022", period=Yi),
    dict(anchor="chiếm 64,5%", number="64,5", value=64.5, kind="percent", unit="%",
         subject="thuốc generic nhóm 1 và nhóm 2 trong giá trị trúng thầu", period=Yi),
    dict(anchor="Có 187 nhà thầu", number="187", value=187, kind="count", unit="nhà thầu",
         subject="nhà thầu tham dự", period=Yi),
    dict(anchor="đó 142 nhà thầu", number="142", value=142, kind="count", unit="nhà thầu", total=187,
         subject="nhà thầu trúng thầu", period=Yi),
    dict(anchor="gồm 38 nhà thầu", number="38", value=38, kind="count", unit="nhà thầu", total=142,
         subject="nhà thầu có trụ sở trong tỉnh", period=Yi),
    dict(anchor="với 212,5 tỷ đồng", number="212,5", value=212.5e9, kind="money", unit="đồng",
         subject="giá trị trúng thầu", period=Yi),
    dict(anchor="Sản Nhi 96,8 tỷ đồng", number="96,8", value=96.8e9, kind="money", unit="đồng",
         subject="giá trị trúng thầu", period=Yi),
    dict(anchor="Ung bướu 88,3 tỷ đồng", number="88,3", value=88.3e9, kind="money", unit="đồng",
         subject="giá trị trúng thầu", period=Yi),
    dict(anchor="phát hiện 3 nhà thầu", number="3", value=3, kind="count", unit="nhà thầu",
         subject="nhà thầu chậm cung ứng thuốc", period=Yi),
    dict(anchor="tổng cộng 415 triệu đồng", number="415", value=415e6, kind="money", unit="đồng",
         subject="tiền xử phạt", period=Yi),
    dict(anchor="đồng; 2 mặt hàng", number="2", value=2, kind="count", unit="mặt hàng",
         subject="mặt hàng bị tạm ngừng sử dụng", period=Yi),
    dict(anchor="khoảng 1,35 nghìn tỷ đồng", number="1,35", value=1.35e12, kind="money", unit="đồng", approx="about",
         change=C("increase", 14, "%", "năm 2023", approx="about"), status="forecast",
         subject="nhu cầu thuốc của các cơ sở y tế trong tỉnh", period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

comments = [
    "Báo / health-department news (Nghệ An): centralised drug procurement 2023; no dateline at the top, byline and bare date '25/11/2023' at the end.",
    "Headline 'hơn 150 tỷ đồng' (no period in the headline, so none scored). Bracketed breakdown that adds up (1.012 + 356 + 60 = 1.428) -> total.",
    "'187 nhà thầu …, trong đó 142 …, gồm 38 …' -> 142 total 187, 38 total 142. '1.301 mặt hàng …, đạt 91,1%' percent, no total (no cue).",
    "'tiết kiệm 153,6 tỷ đồng …, tương đương 13%' percent 13. 'giảm từ 5% đến 7% so với …' is a growth claim with no base: percent range.",
    "Hospital list: organisations, not places -> location Nghệ An, subject the list's indicator. 'Dự kiến năm 2024 … khoảng 1,35 nghìn tỷ,",
    "tăng khoảng 14%' -> forecast with an approximate change. Distractors: Thông tư số 15/2019/TT-BYT, 'nhóm 1', 'nhóm 2' (labels),",
    "Quyết định số 3188/QĐ-SYT, 'giai đoạn 2021-2022', bare date, byline; hospital names containing the province name.",
]
write(8, comments, text, figs, published="2023-11-25", location="Nghệ An")
