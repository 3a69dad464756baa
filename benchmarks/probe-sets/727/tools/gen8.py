from lib import write, fig, per, inh, chg

TEXT = """BÁO CẦN THƠ ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Y tế

9 tháng, xử phạt 42 cơ sở sản xuất nước uống đóng bình, nước đá

Thứ Ba, 12/11/2024, 09:45

(CT) - Theo Sở Y tế TP Cần Thơ, 9 tháng năm 2024, các đoàn thanh tra, kiểm tra đã kiểm tra 265 lượt cơ sở sản xuất nước uống đóng chai, đóng bình và nước đá dùng liền, đạt 110,4% kế hoạch năm; phát hiện 58 lượt cơ sở vi phạm, xử phạt 42 cơ sở với tổng số tiền hơn 627 triệu đồng, tăng 1,8 lần so với cùng kỳ.

Riêng quý III/2024, ngành chức năng kiểm tra 96 lượt cơ sở, giảm 14 lượt so với quý II; lấy 138 mẫu giám sát, trong đó 19 mẫu không đạt (chiếm 13,8%).

Các quận, huyện có nhiều cơ sở vi phạm là Ninh Kiều (14 cơ sở), Bình Thủy (9 cơ sở), Thốt Nốt (7 cơ sở) và Phong Điền (5 cơ sở).

Theo ông Lâm Văn Phúc, Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm, tính đến ngày 30/9/2024, toàn thành phố có 214 cơ sở sản xuất nước uống đóng chai, đóng bình và 39 cơ sở sản xuất nước đá dùng liền. Bình quân toàn thành phố có khoảng 2 cơ sở/vạn dân. Tuy nhiên, chỉ khoảng 65-70% cơ sở thực hiện kiểm nghiệm định kỳ đúng quy định.

Dự kiến trong quý IV, Chi cục sẽ hậu kiểm khoảng 80 cơ sở, tập trung tại các tuyến đường 30 Tháng 4, đường 3 Tháng 2 (quận Ninh Kiều) và Quốc lộ 91 (quận Thốt Nốt). Phấn đấu đến hết năm 2024, tỷ lệ cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm đạt từ 90% trở lên.

HÀ VĂN
"""

N9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
ASOF = per("tính đến ngày 30/9/2024", end="2024-09-30")

FIGS = [
    fig("xử phạt 42 cơ sở sản xuất", "42", 42, "count", "cơ sở",
        subject="cơ sở sản xuất nước uống đóng bình, nước đá bị xử phạt",
        period=per("9 tháng", "2024-01-01", "2024-09-30")),
    fig("kiểm tra 265 lượt", "265", 265, "count", "lượt cơ sở", percent=110.4,
        subject="lượt cơ sở sản xuất nước uống đóng chai, đóng bình và nước đá dùng liền được kiểm tra", period=N9),
    fig("phát hiện 58 lượt", "58", 58, "count", "lượt cơ sở", subject="lượt cơ sở vi phạm", period=N9),
    fig("xử phạt 42 cơ sở với", "42", 42, "count", "cơ sở", subject="cơ sở bị xử phạt", period=N9),
    fig("hơn 627 triệu đồng", "627", 627_000_000, "money", "đồng", approx="over",
        change=chg("increase", 1.8, "lần", "cùng kỳ"),
        subject="tổng số tiền xử phạt", period=N9),
    fig("kiểm tra 96 lượt", "96", 96, "count", "lượt cơ sở",
        change=chg("decrease", 14, "lượt", "quý II"),
        subject="lượt cơ sở được kiểm tra", period=Q3),
    fig("lấy 138 mẫu", "138", 138, "count", "mẫu", subject="mẫu giám sát", period=Q3),
    fig("trong đó 19 mẫu", "19", 19, "count", "mẫu", total=138, percent=13.8,
        subject="mẫu không đạt", period=Q3),
    fig("(14 cơ sở)", "14", 14, "count", "cơ sở", subject="cơ sở vi phạm", period=inh(N9), location="Ninh Kiều"),
    fig("(9 cơ sở)", "9", 9, "count", "cơ sở", subject="cơ sở vi phạm", period=inh(N9), location="Bình Thủy"),
    fig("(7 cơ sở)", "7", 7, "count", "cơ sở", subject="cơ sở vi phạm", period=inh(N9), location="Thốt Nốt"),
    fig("(5 cơ sở)", "5", 5, "count", "cơ sở", subject="cơ sở vi phạm", period=inh(N9), location="Phong Điền"),
    fig("có 214 cơ sở", "214", 214, "count", "cơ sở",
        subject="cơ sở sản xuất nước uống đóng chai, đóng bình", period=ASOF),
    fig("và 39 cơ sở", "39", 39, "count", "cơ sở",
        subject="cơ sở sản xuất nước đá dùng liền", period=ASOF),
    fig("khoảng 2 cơ sở/vạn dân", "2", 2, "measure", "cơ sở/vạn dân", approx="about",
        subject="cơ sở bình quân toàn thành phố trên vạn dân", period=inh(ASOF)),
    fig("khoảng 65-70%", "65", 65, "percent", "%", value_max=70, approx="about",
        subject="cơ sở thực hiện kiểm nghiệm định kỳ đúng quy định", period=inh(ASOF)),
    fig("khoảng 80 cơ sở", "80", 80, "count", "cơ sở", approx="about", status="forecast",
        subject="cơ sở hậu kiểm", period=per("quý IV", "2024-10-01", "2024-12-31")),
    fig("từ 90% trở lên", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm",
        period=per("đến hết năm 2024", end="2024-12-31")),
]

COMMENTS = [
    "Provincial newspaper (Báo Cần Thơ style, tag '(CT)'), dateline 'Thứ Ba, 12/11/2024, 09:45' = published; byline at the end.",
    "Cần Thơ is named ('Sở Y tế TP Cần Thơ'): location Cần Thơ; districts in the bracketed list go to location, no total (no cue, 35 ≠ 58).",
    "Headline '9 tháng' takes 2024 (lead / published). 'đạt 110,4% kế hoạch năm' is the share of 265; 'tăng 1,8 lần so với cùng kỳ' the change of",
    "627 triệu (unit lần); 'giảm 14 lượt so với quý II' the change of 96. 19 after 'trong đó' after 138: total 138, share 13,8%.",
    "'khoảng 2 cơ sở/vạn dân' is a rate: measure, denominator in the unit. 'khoảng 65-70%' about + value_max. 'Dự kiến trong quý IV ... khoảng 80'",
    "forecast; 'Phấn đấu đến hết năm 2024 ... từ 90% trở lên' target, at_least. 'Bình quân…' and 'Tuy nhiên…' sentences inherit the as-of date.",
    "revised after the first run: the rate's subject was 'cơ sở sản xuất nước uống đóng chai, nước đá bình quân trên vạn dân', words the sentence does",
    "not name (FIGURES.md: the indicator as the sentence names it); now 'cơ sở bình quân toàn thành phố trên vạn dân'.",
    "Distractors: road names 'đường 30 Tháng 4', 'đường 3 Tháng 2', 'Quốc lộ 91'; dateline; '(CT)'.",
]

write("p727-8", TEXT, COMMENTS, FIGS, published="2024-11-12", location="Cần Thơ")
