from lib import F, P, emit

TEXT = """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM - CHI NHÁNH TỈNH NGHỆ AN
Tin hoạt động

Cơ cấu lại hệ thống quỹ tín dụng nhân dân gắn với xử lý nợ xấu: nhiều chuyển biến tích cực
Ngày đăng: 05/11/2024

Thực hiện Đề án 689 về cơ cấu lại hệ thống các tổ chức tín dụng gắn với xử lý nợ xấu giai đoạn 2021-2025, Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An đã chỉ đạo 58 QTDND trên địa bàn xây dựng phương án cơ cấu lại. Đến nay, 52/58 quỹ (chiếm 89,7%) đã hoàn thành các mục tiêu của phương án; 6 quỹ còn lại đang tiếp tục triển khai.

Tổng nợ xấu của các quỹ đã giảm từ 186,4 tỷ đồng (tỷ lệ 1,92%) vào cuối năm 2020 xuống còn 71,5 tỷ đồng (tỷ lệ 0,63%) tại thời điểm 30/9/2024. Trong giai đoạn, các quỹ đã xử lý được gần 158 tỷ đồng nợ xấu, trong đó thu hồi bằng tiền mặt 121,3 tỷ đồng, sử dụng dự phòng rủi ro 29,8 tỷ đồng, phần còn lại xử lý bằng bán tài sản bảo đảm.

Bên cạnh đó, 4 quỹ yếu kém đã được xử lý dứt điểm: 2 quỹ được hợp nhất, 1 quỹ sáp nhập vào quỹ lân cận và 1 quỹ giải thể theo Quyết định số 2207/QĐ-NHNA ngày 14/12/2023.

Tính đến 30/9/2024, vốn điều lệ của hệ thống QTDND toàn tỉnh đạt 612 tỷ đồng, tăng 18,6% so với cuối năm 2020; vốn điều lệ bình quân đạt khoảng 10,55 tỷ đồng/quỹ. Tỷ lệ an toàn vốn tối thiểu của các quỹ dao động từ 9,2% đến 14,7%, đều cao hơn mức quy định 8%.

Phấn đấu đến hết năm 2025, tỷ lệ nợ xấu của hệ thống QTDND duy trì dưới 1%, không có quỹ nào phải đặt vào kiểm soát đặc biệt.

Phòng Thanh tra, giám sát ngân hàng - 179 Lê Duẩn, TP. Vinh
"""

NOW = P("Đến nay", None, "2024-11-05")
E20 = P("cuối năm 2020", None, "2020-12-31")
S30 = P("tại thời điểm 30/9/2024", None, "2024-09-30")
GD = P("Trong giai đoạn", "2021-01-01", "2025-12-31", inh=True)
AS = P("Tính đến 30/9/2024", None, "2024-09-30")
ASi = P("Tính đến 30/9/2024", None, "2024-09-30", inh=True)

FIGS = [
    F("chỉ đạo 58 QTDND", "58", 58, "count", "QTDND", "QTDND xây dựng phương án cơ cấu lại"),
    F("52/58 quỹ", "52", 52, "count", "quỹ", "quỹ đã hoàn thành các mục tiêu của phương án", NOW,
      total=58, percent=89.7),
    F("6 quỹ còn lại", "6", 6, "count", "quỹ", "quỹ còn lại đang tiếp tục triển khai", NOW),
    F("từ 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", "Tổng nợ xấu của các quỹ", E20, percent=1.92),
    F("còn 71,5 tỷ đồng", "71,5", 71.5e9, "money", "đồng", "Tổng nợ xấu của các quỹ", S30, percent=0.63),
    F("gần 158 tỷ đồng", "158", 158e9, "money", "đồng", "nợ xấu các quỹ đã xử lý được", GD, approx="nearly"),
    F("mặt 121,3 tỷ đồng", "121,3", 121.3e9, "money", "đồng", "nợ xấu thu hồi bằng tiền mặt", GD, total=158e9),
    F("ro 29,8 tỷ đồng", "29,8", 29.8e9, "money", "đồng", "nợ xấu xử lý bằng sử dụng dự phòng rủi ro", GD,
      total=158e9),
    F("4 quỹ yếu kém", "4", 4, "count", "quỹ", "quỹ yếu kém đã được xử lý dứt điểm"),
    F("2 quỹ được hợp nhất", "2", 2, "count", "quỹ", "quỹ được hợp nhất", total=4),
    F("1 quỹ sáp nhập", "1", 1, "count", "quỹ", "quỹ sáp nhập vào quỹ lân cận", total=4),
    F("1 quỹ giải thể", "1", 1, "count", "quỹ", "quỹ giải thể", total=4),
    F("đạt 612 tỷ đồng", "612", 612e9, "money", "đồng", "vốn điều lệ của hệ thống QTDND toàn tỉnh", AS,
      change={"direction": "increase", "value": 18.6, "unit": "%", "baseline": "cuối năm 2020"}),
    F("khoảng 10,55 tỷ đồng/quỹ", "10,55", 10.55e9, "money", "đồng/quỹ", "vốn điều lệ bình quân", AS,
      approx="about"),
    F("từ 9,2% đến 14,7%", "9,2", 9.2, "percent", "%", "Tỷ lệ an toàn vốn tối thiểu của các quỹ", ASi,
      value_max=14.7),
    F("mức quy định 8%", "8", 8, "percent", "%", "Tỷ lệ an toàn vốn tối thiểu quy định", optional=True),
    F("duy trì dưới 1%", "1", 1, "percent", "%", "tỷ lệ nợ xấu của hệ thống QTDND",
      P("đến hết năm 2025", None, "2025-12-31"), approx="under", status="target"),
]

COMMENTS = [
    "Department site (NHNN chi nhánh tỉnh Nghệ An): restructuring of people's credit funds with bad-debt resolution, 2021-2025 (Đề án 689).",
    "Dateline 'Ngày đăng: 05/11/2024' without a time. Default location Nghệ An. 'TP. Vinh' in the office address is not a figure's place.",
    "Distractors: 'Đề án 689', 'giai đoạn 2021-2025', 'Quyết định số 2207/QĐ-NHNA ngày 14/12/2023', address '179 Lê Duẩn'.",
    "'52/58 quỹ (chiếm 89,7%)': total 58 and share 89,7. '6 quỹ còn lại' has no part-of cue (trong đó/gồm/:) so no total.",
    "'(tỷ lệ 1,92%)' / '(tỷ lệ 0,63%)' right after the bad-debt amounts are those amounts' shares of outstanding loans: percent attributes",
    "(as shared h30 '4.561/5.650 HS (tỷ lệ 80,7%)'). revised after the first run: first annotated as percent figures of their own by a wrong",
    "analogy with h01 ('với tỷ lệ 83,48%, tương đương 1,488 triệu', where the percent comes first).",
    "'giảm từ A xuống còn B' states two levels, no change object. '4 quỹ ...: 2 ..., 1 ..., 1 ...' parts after ':' get total 4.",
    "'gần 158 tỷ' and its parts after 'trong đó' (total 158 tỷ): 'Trong giai đoạn' (2021-2025) stands in another sentence, inherited.",
    "'mức quy định 8%' is the regulatory floor (optional). 'từ 9,2% đến 14,7%' is a range inheriting the as-of date of the previous sentence.",
    "'58 QTDND' and '4 quỹ yếu kém' have no period of their own (only the programme's 'giai đoạn 2021-2025').",
]

emit("p348-2", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Nghệ An")
