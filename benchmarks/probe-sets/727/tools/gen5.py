from lib import write, fig, per, inh, chg

TEXT = """Kiểm soát chất lượng nước đá: Không để nước đá bẩn "lọt" vào ly nước

Trên địa bàn tỉnh hiện có 64 cơ sở sản xuất nước đá với tổng công suất khoảng 3.200 tấn/ngày, trong đó chỉ có 11 cơ sở sản xuất nước đá dùng liền (dùng để ăn, uống trực tiếp), còn lại là nước đá cây phục vụ bảo quản thủy sản tại các cảng cá Sa Huỳnh, Tịnh Kỳ, Sa Kỳ.

Theo Chi cục An toàn vệ sinh thực phẩm tỉnh Quảng Ngãi, năm 2023, trong số 86 mẫu nước đá ngành chức năng lấy để xét nghiệm, có 23 mẫu không đạt, chủ yếu nhiễm E.coli và Coliforms. Đáng lo ngại, nhiều quán ăn, quán giải khát ở TP. Quảng Ngãi và huyện Bình Sơn vẫn dùng nước đá cây để pha chế đồ uống vì giá rẻ: nước đá cây chỉ từ 800 đến 1.000 đồng/kg, trong khi nước đá dùng liền có giá 2.500-3.000 đồng/kg.

Ông Trần Văn Tâm, chủ một cơ sở sản xuất nước đá tại phường Nghĩa Chánh, cho biết mỗi ngày cơ sở xuất khoảng 15 tấn đá, trong đó khoảng 70% bán cho tàu cá. "Đá cây làm từ nước giếng, khuôn để ngoài trời nên không thể dùng để uống", ông Tâm nói.

Quý I/2024, Đoàn kiểm tra liên ngành của tỉnh đã kiểm tra 28 cơ sở sản xuất nước đá, xử phạt 7 cơ sở với số tiền 63,5 triệu đồng. Ngành Y tế đặt mục tiêu năm 2024 kiểm tra 100% cơ sở sản xuất nước đá dùng liền, đồng thời dự kiến lấy 120 mẫu giám sát, tăng gần 40% so với năm 2023.

Người tiêu dùng nên chọn nước đá có nhãn mác, địa chỉ rõ ràng; tuyệt đối không dùng nước đá cây để pha chế đồ uống, chườm lạnh thực phẩm ăn sống.

BẢO TRÂN

27/04/2024
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
N24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 64 cơ sở", "64", 64, "count", "cơ sở", subject="cơ sở sản xuất nước đá"),
    fig("khoảng 3.200 tấn/ngày", "3.200", 3200, "measure", "tấn/ngày", approx="about",
        subject="tổng công suất cơ sở sản xuất nước đá"),
    fig("có 11 cơ sở", "11", 11, "count", "cơ sở", total=64,
        subject="cơ sở sản xuất nước đá dùng liền"),
    fig("trong số 86 mẫu", "86", 86, "count", "mẫu",
        subject="mẫu nước đá lấy để xét nghiệm", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("có 23 mẫu", "23", 23, "count", "mẫu", total=86,
        subject="mẫu nước đá không đạt", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("từ 800 đến 1.000", "800", 800, "money", "đồng/kg", value_max=1000,
        subject="giá nước đá cây"),
    fig("2.500-3.000", "2.500", 2500, "money", "đồng/kg", value_max=3000,
        subject="giá nước đá dùng liền"),
    fig("khoảng 15 tấn", "15", 15, "measure", "tấn", approx="about",
        subject="đá cơ sở xuất mỗi ngày"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="đá bán cho tàu cá"),
    fig("kiểm tra 28 cơ sở", "28", 28, "count", "cơ sở",
        subject="cơ sở sản xuất nước đá được Đoàn kiểm tra liên ngành kiểm tra", period=Q1),
    fig("xử phạt 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở bị xử phạt", period=Q1),
    fig("63,5 triệu đồng", "63,5", 63_500_000, "money", "đồng", subject="số tiền xử phạt", period=Q1),
    fig("kiểm tra 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất nước đá dùng liền được kiểm tra", period=N24),
    fig("lấy 120 mẫu", "120", 120, "count", "mẫu", status="forecast",
        change=chg("increase", 40, "%", "năm 2023", approx="nearly"),
        subject="mẫu giám sát", period=N24),
]

COMMENTS = [
    "Party newspaper of Quảng Ngãi (Báo Quảng Ngãi style): ice factories for fishing ports vs ready-to-use ice; byline 'BẢO TRÂN' and bare date",
    "'27/04/2024' at the end = published. The province is named ('tỉnh Quảng Ngãi'), so location Quảng Ngãi throughout (TP. Quảng Ngãi, phường Nghĩa Chánh",
    "lie in it). 11 after 'trong đó' after 64: total 64. 'trong số 86 mẫu ..., có 23 mẫu': total 86. Prices are money with unit đồng/kg and ranges",
    "(value_max). 'trong đó khoảng 70% bán cho tàu cá' is a percent figure of its own (a share stated as the part itself, no đạt/chiếm cue).",
    "'đặt mục tiêu năm 2024 ... 100%' target; 'dự kiến lấy 120 mẫu ..., tăng gần 40% so với năm 2023' forecast with change; period năm 2024 from the",
    "same sentence. 'hiện có' and present-tense prices: no period. Ports Sa Huỳnh, Tịnh Kỳ, Sa Kỳ are not figures.",
]

write("p727-5", TEXT, COMMENTS, FIGS, published="2024-04-27", location="Quảng Ngãi")
