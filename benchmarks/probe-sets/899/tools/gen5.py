"""p899-5: Party newspaper (Báo Bình Định), free-roaming dogs in TP Quy Nhơn, byline and bare date at the end."""
from lib import build, fig, period, change

TEXT = """Quy Nhơn: Vẫn nhức nhối tình trạng thả rông chó nơi công cộng

Dù chính quyền đã nhiều lần ra quân, tình trạng dắt chó đi dạo không đeo rọ mõm, thả rông chó ở bãi biển, công viên trên địa bàn TP Quy Nhơn vẫn diễn ra phổ biến, nhất là dọc đường Xuân Diệu và khu vực Quảng trường Nguyễn Tất Thành.

Theo Phòng Kinh tế TP Quy Nhơn, toàn thành phố hiện có khoảng 31.200 hộ nuôi chó, mèo với gần 46.000 con, nhưng mới có 18.950 hộ kê khai, đăng ký, chiếm 60,7%. Năm 2024, lực lượng chức năng các phường, xã đã lập biên bản 326 trường hợp thả rông chó, xử phạt 214 trường hợp với tổng số tiền 173,5 triệu đồng. Số trường hợp bị xử phạt năm 2024 gấp 2,5 lần năm 2023. Riêng quý I/2025, thành phố đã xử phạt 58 trường hợp, số tiền 46,4 triệu đồng.

Ông Trần Văn Hai, Phó trưởng Phòng Kinh tế thành phố, cho biết theo Nghị định số 90/2017/NĐ-CP, hành vi thả rông chó nơi công cộng bị phạt từ 1 đến 3 triệu đồng; không tiêm phòng dại cho chó bị phạt từ 600.000 đến 800.000 đồng.

Thực tế, số người bị chó cắn vẫn ở mức cao: năm 2024, Trung tâm Kiểm soát bệnh tật tỉnh (số 39 Phạm Ngọc Thạch) đã tiêm phòng dại cho 2.865 người ở Quy Nhơn, tăng 9,8% so với năm 2023; trong đó khoảng 35% là trẻ em dưới 15 tuổi.

Năm 2025, thành phố phấn đấu 90% hộ nuôi chó, mèo hoàn thành đăng ký và xây dựng 10 phường "không có chó thả rông".

HOÀI THU
14/4/2025
"""

P24 = period("Năm 2024", "2024-01-01", "2024-12-31")
P25 = period("Năm 2025", "2025-01-01", "2025-12-31")
PQ1 = period("quý I/2025", "2025-01-01", "2025-03-31")

FIGS = [
    fig("khoảng 31.200 hộ", "31.200", 31200, "count", "hộ", "hộ nuôi chó, mèo", approx="about"),
    fig("gần 46.000 con", "46.000", 46000, "count", "con", "chó, mèo nuôi", approx="nearly"),
    fig("có 18.950 hộ", "18.950", 18950, "count", "hộ", "hộ kê khai, đăng ký nuôi chó, mèo", percent=60.7),
    fig("biên bản 326 trường hợp", "326", 326, "count", "trường hợp", "trường hợp thả rông chó bị lập biên bản",
        period=P24),
    fig("xử phạt 214 trường hợp", "214", 214, "count", "trường hợp", "trường hợp bị xử phạt", period=P24),
    fig("tiền 173,5 triệu đồng", "173,5", 173500000, "money", "đồng", "tổng số tiền xử phạt", period=P24),
    fig("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "số trường hợp bị xử phạt năm 2024 so với năm 2023",
        period=period("năm 2024", "2024-01-01", "2024-12-31")),
    fig("xử phạt 58 trường hợp", "58", 58, "count", "trường hợp", "trường hợp bị xử phạt", period=PQ1),
    fig("tiền 46,4 triệu đồng", "46,4", 46400000, "money", "đồng", "số tiền xử phạt", period=PQ1),
    fig("từ 1 đến 3 triệu đồng", "1", 1000000, "money", "đồng", "mức phạt thả rông chó nơi công cộng",
        value_max=3000000),
    fig("từ 600.000 đến 800.000 đồng", "600.000", 600000, "money", "đồng", "mức phạt không tiêm phòng dại cho chó",
        value_max=800000),
    fig("cho 2.865 người", "2.865", 2865, "count", "người", "người được tiêm phòng dại",
        change=change("increase", 9.8, baseline="năm 2023"),
        period=period("năm 2024", "2024-01-01", "2024-12-31")),
    fig("khoảng 35% là trẻ em", "35", 35, "percent", "%", "trẻ em dưới 15 tuổi trong số người tiêm phòng dại",
        approx="about", period=period("năm 2024", "2024-01-01", "2024-12-31")),
    fig("dưới 15 tuổi", "15", 15, "measure", "tuổi", "trẻ em", approx="under", optional=True),
    fig("phấn đấu 90% hộ", "90", 90, "percent", "%", "hộ nuôi chó, mèo hoàn thành đăng ký", status="target",
        period=P25),
    fig("xây dựng 10 phường", "10", 10, "count", "phường", "phường không có chó thả rông", status="target",
        period=P25),
]

NOTES = [
    "Party newspaper (Báo Bình Định): free-roaming dogs in TP Quy Nhơn; byline HOÀI THU and bare date 14/4/2025 at the end.",
    "'mới có 18.950 hộ ..., chiếm 60,7%': percent of the count; no part-of cue, so no total. 326 and 214 in one sentence: no total either.",
    "'gấp 2,5 lần' stands as its own sentence: a multiple. Fine ranges under the decree are required money figures located in Quy Nhơn.",
    "'trong đó khoảng 35% là trẻ em' is a share of another whole: a percent figure; 'dưới 15 tuổi' is a category threshold (optional).",
    "Name 'Trần Văn Hai', 'Nghị định số 90/2017/NĐ-CP', 'số 39 Phạm Ngọc Thạch', 'quý I/2025' are not figures.",
]

build("p899-5", TEXT, FIGS, published="2025-04-14", location="Quy Nhơn", notes=NOTES)
