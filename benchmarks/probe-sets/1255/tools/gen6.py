"""p1255-6: national newspaper: ice at Hà Nội eateries, CDC Hà Nội tests, quý I/2024."""
from lib import fig, per, inh, chg, write

TEXT = """Sức khỏe › Dinh dưỡng

Thứ hai, 15/4/2024, 14:20 (GMT+7)

Hơn 30% mẫu nước đá ở quán ăn Hà Nội nhiễm khuẩn

Trong 150 mẫu nước đá dùng liền lấy tại quán ăn, quán trà đá vỉa hè, có 47 mẫu nhiễm Coliform hoặc E.coli, chiếm 31,3%.

Theo Trung tâm Kiểm soát bệnh tật (CDC) Hà Nội, các mẫu được lấy trong quý I/2024 tại 12 quận, huyện. Quận Đống Đa có tỷ lệ mẫu không đạt cao nhất với 41,7%, tiếp đến là Hoàn Kiếm 38,5% và Cầu Giấy 33,3%. Đáng chú ý, 9 mẫu phát hiện vi khuẩn E.coli, loại vi khuẩn chỉ điểm ô nhiễm phân; nhiều mẫu có mật độ Coliform vượt giới hạn cho phép từ 10 đến 120 lần.

Ông Nguyễn Đức Hòa, Phó giám đốc CDC Hà Nội, cho biết phần lớn quán vỉa hè dùng đá cây vốn để ướp thực phẩm, giá chỉ 15.000-20.000 đồng/cây, thấp hơn khoảng 50% so với đá viên đóng túi. "Đá cây thường được sản xuất từ nước giếng, chở bằng xe máy, kéo lê trên vỉa hè", ông Hòa nói.

Hà Nội hiện có 318 cơ sở sản xuất nước đá, gồm 192 cơ sở sản xuất đá cây và 126 cơ sở sản xuất đá viên dùng liền. Tuy nhiên, mới có 98 cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm. Năm 2023, ngành y tế thành phố xử phạt 54 cơ sở, thu nộp ngân sách hơn 1,2 tỷ đồng.

Trong năm nay, CDC Hà Nội dự kiến lấy thêm khoảng 600 mẫu nước đá, nước uống đóng chai để giám sát, tập trung vào các tháng nắng nóng từ tháng 5 đến tháng 8.

Thu Hằng
"""

Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Trong năm nay", "2024-01-01", "2024-12-31")
RATE = "tỷ lệ mẫu không đạt"

FIGS = [
    fig("Hơn 30%", "30", 30, "percent", "%", approx="over",
        subject="mẫu nước đá ở quán ăn Hà Nội nhiễm khuẩn", period=inh(Q1)),
    fig("Trong 150 mẫu", "150", 150, "count", "mẫu",
        subject="mẫu nước đá dùng liền lấy tại quán ăn, quán trà đá vỉa hè", period=inh(Q1)),
    fig("có 47 mẫu", "47", 47, "count", "mẫu", total=150, percent=31.3,
        subject="mẫu nhiễm Coliform hoặc E.coli", period=inh(Q1)),
    fig("tại 12 quận", "12", 12, "count", "quận, huyện", subject="quận, huyện được lấy mẫu", period=Q1),
    fig("với 41,7%", "41,7", 41.7, "percent", "%", subject=RATE, period=inh(Q1), location="Đống Đa"),
    fig("Hoàn Kiếm 38,5%", "38,5", 38.5, "percent", "%", subject=RATE, period=inh(Q1),
        location="Hoàn Kiếm"),
    fig("Cầu Giấy 33,3%", "33,3", 33.3, "percent", "%", subject=RATE, period=inh(Q1),
        location="Cầu Giấy"),
    fig("ý, 9 mẫu", "9", 9, "count", "mẫu", subject="mẫu phát hiện vi khuẩn E.coli", period=inh(Q1)),
    fig("từ 10 đến 120 lần", "10", 10, "multiple", "lần", value_max=120,
        subject="mật độ Coliform vượt giới hạn cho phép", period=inh(Q1)),
    fig("giá chỉ 15.000-20.000", "15.000", 15000, "money", "đồng/cây", value_max=20000,
        change=chg("decrease", 50, "%", "đá viên đóng túi", approx="about"), subject="giá đá cây"),
    fig("có 318 cơ sở", "318", 318, "count", "cơ sở", subject="cơ sở sản xuất nước đá"),
    fig("gồm 192 cơ sở", "192", 192, "count", "cơ sở", total=318, subject="cơ sở sản xuất đá cây"),
    fig("và 126 cơ sở", "126", 126, "count", "cơ sở", total=318,
        subject="cơ sở sản xuất đá viên dùng liền"),
    fig("có 98 cơ sở", "98", 98, "count", "cơ sở",
        subject="cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm"),
    fig("phạt 54 cơ sở", "54", 54, "count", "cơ sở", subject="cơ sở bị xử phạt", period=Y23),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over",
        subject="tiền xử phạt thu nộp ngân sách", period=Y23),
    fig("khoảng 600 mẫu", "600", 600, "count", "mẫu", approx="about", status="forecast",
        subject="mẫu nước đá, nước uống đóng chai lấy thêm để giám sát", period=NOW),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ hai, 15/4/2024, 14:20 (GMT+7)', headline figure, sapo, quote, byline at the end.",
    "Location Hà Nội (headline, CDC Hà Nội); the district list (Đống Đa, Hoàn Kiếm, Cầu Giấy) puts each rate in its district.",
    "Headline, sapo and the E.coli/Coliform figures take 'quý I/2024' from another sentence: inherited.",
    "'Trong 150 mẫu ..., có 47 mẫu ..., chiếm 31,3%' -> total 150 and percent 31.3. '9 mẫu phát hiện vi khuẩn E.coli' has no cue: no total.",
    "'vượt giới hạn cho phép từ 10 đến 120 lần' is a multiple standing as the claim (range).",
    "'thấp hơn khoảng 50% so với đá viên đóng túi' is the change of the price range. '318 ..., gồm 192 ... và 126 ...' -> total 318.",
    "'mới có 98 cơ sở được cấp giấy chứng nhận' (next sentence, no cue): no total. 'Trong năm nay ... dự kiến' -> forecast 2024;",
    "'từ tháng 5 đến tháng 8' only says when sampling is focused. Distractors: E.coli, (GMT+7), times, 'tháng 5 đến tháng 8'.",
]

if __name__ == "__main__":
    write("p1255-6", TEXT, NOTES, FIGS, published="2024-04-15", location="Hà Nội")
