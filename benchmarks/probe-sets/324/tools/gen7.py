from lib import F, P, CH, TG, emit

ROWS = [("Phan Thiết", "1.864", "1.812", "97,2"),
        ("La Gi", "1.527", "1.483", "97,1"),
        ("Tuy Phong", "2.215", "2.131", "96,2"),
        ("Phú Quý", "1.048", "1.019", "97,2"),
        ("Hàm Tân", "672", "646", "96,1")]

table = "\n".join(f"{n}\n{a}\n{b}\n{c}" for n, a, b, c in ROWS)

TEXT = """Cổng thông tin điện tử tỉnh Bình Thuận
Trang chủ / Nông nghiệp - Nông thôn

Bình Thuận: Gần 97% tàu cá đã được cấp giấy phép khai thác thủy sản
Ngày cập nhật: 02/12/2024

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 25/11/2024, toàn tỉnh có 7.326 tàu cá đã đăng ký, trong đó 7.091 tàu đã được cấp giấy phép khai thác thủy sản còn hiệu lực, đạt 96,8%. Số tàu chưa được cấp phép còn 235 chiếc, giảm 412 chiếc so với đầu năm, chủ yếu là tàu nằm bờ, tàu đã bán ra ngoài tỉnh nhưng chưa xóa đăng ký.

Số tàu cá đăng ký và cấp phép theo địa phương
(Đơn vị tính: chiếc)
Địa phương
Tàu cá đăng ký
Tàu đã cấp phép
Tỷ lệ cấp phép (%)
""" + table + """

Về đăng kiểm, 11 tháng năm 2024, Chi cục Thủy sản đã đăng kiểm 4.876 lượt tàu, đạt 92% kế hoạch; cấp mới 318 giấy phép khai thác, cấp lại 1.245 giấy phép hết hạn. Công tác rà soát tàu cá "3 không" được thực hiện theo Quyết định số 1259/QĐ-UBND; đã xóa đăng ký 96 tàu không còn hoạt động.

Tỉnh đặt chỉ tiêu đến ngày 31/12/2024 có trên 98% tàu cá đủ điều kiện được cấp giấy phép khai thác; kiên quyết không cấp phép cho tàu chưa lắp thiết bị giám sát hành trình.
"""

A = P("tính đến ngày 25/11/2024", None, "2024-11-25")
AI = P("tính đến ngày 25/11/2024", None, "2024-11-25", inh=True)
M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")

FIGS = [
    F("Gần 97% tàu cá", "97", "percent", "%", "tàu cá đã được cấp giấy phép khai thác thủy sản", AI, approx="nearly"),
    F("có 7.326 tàu cá", "7.326", "count", "tàu cá", "tàu cá đã đăng ký", A),
    F("trong đó 7.091 tàu", "7.091", "count", "tàu", "tàu đã được cấp giấy phép khai thác thủy sản còn hiệu lực", A,
      total=7326, percent=96.8),
    F("còn 235 chiếc", "235", "count", "chiếc", "tàu chưa được cấp phép", AI,
      change=CH("decrease", 412, unit="chiếc", baseline="đầu năm")),
]
for i, (n, a, b, c) in enumerate(ROWS):
    FIGS += [
        F(f"{n}\n{a}\n", a, "count", "chiếc", "Tàu cá đăng ký", AI, location=n),
        F(f"\n{a}\n{b}\n", b, "count", "chiếc", "Tàu đã cấp phép", AI, location=n),
        F(f"{b}\n{c}\n", c, "percent", "%", "Tỷ lệ cấp phép", AI, location=n),
    ]
FIGS += [
    F("kiểm 4.876 lượt tàu", "4.876", "count", "lượt tàu", "lượt tàu được đăng kiểm", M11, percent=92),
    F("mới 318 giấy phép", "318", "count", "giấy phép", "giấy phép khai thác cấp mới", M11),
    F("lại 1.245 giấy phép", "1.245", "count", "giấy phép", "giấy phép hết hạn được cấp lại", M11),
    F("xóa đăng ký 96 tàu", "96", "count", "tàu", "tàu không còn hoạt động bị xóa đăng ký",
      P("11 tháng năm 2024", "2024-01-01", "2024-11-30", inh=True)),
    F("có trên 98% tàu", "98", "percent", "%", "tàu cá đủ điều kiện được cấp giấy phép khai thác",
      P("đến ngày 31/12/2024", None, "2024-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Provincial portal (Bình Thuận), breadcrumb, headline then 'Ngày cập nhật: dd/mm/yyyy' without time. Registration and licensing.",
    "'7.326 tàu cá …, trong đó 7.091 tàu …, đạt 96,8%' -> total and percent. 'giảm 412 chiếc so với đầu năm' is 235's change (unit chiếc).",
    "Table one cell per line, '(Đơn vị tính: chiếc)' and a '(%)' column: the row label is a district/town, so it is the location and the",
    "subject is the column label; period inherited from 'tính đến ngày 25/11/2024' in the text above. The headline 'Gần 97%' inherits it too.",
    "'11 tháng năm 2024' = 2024-01-01..2024-11-30; 'đạt 92% kế hoạch' is the share of 4.876 lượt tàu. 'đã xóa đăng ký 96 tàu' inherits the",
    "paragraph's 11 months. 'đến ngày 31/12/2024 có trên 98%' is a target (over). Distractors: tàu cá \"3 không\" (a name), Quyết định số 1259/QĐ-UBND.",
]

emit("p324-7", TEXT, COMMENTS, FIGS, published="2024-12-02", location="Bình Thuận")
