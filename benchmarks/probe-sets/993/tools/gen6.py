"""p993-6: national newspaper (VnExpress style), Hà Nội tightens control of stray dogs, Oct 2023."""
from lib import fig, period, write_set

TEXT = """
Thời sự > Dân sinh
Thứ năm, 12/10/2023, 06:30 (GMT+7)

Hà Nội mạnh tay với chó thả rông sau loạt vụ cắn người

Từ đầu năm, thành phố ghi nhận hơn 11.400 trường hợp bị chó cắn phải tiêm phòng, trong đó gần 3.000 trường hợp là trẻ em dưới 15 tuổi, và 3 người tử vong vì bệnh dại.

Theo Chi cục Chăn nuôi, Thủy sản và Thú y Hà Nội, toàn thành phố có khoảng 490.000 con chó và 150.000 con mèo, song mới 58% hộ nuôi khai báo với UBND cấp xã. Tỷ lệ tiêm phòng dại ở 12 quận nội thành chỉ khoảng 40%, thấp hơn nhiều so với khu vực ngoại thành (71%).

Từ tháng 7, các quận Hoàn Kiếm, Ba Đình, Cầu Giấy thí điểm đội bắt chó thả rông. Sau 3 tháng, các đội đã bắt 326 con, trong đó quận Cầu Giấy 142 con, Ba Đình 105 con, Hoàn Kiếm 79 con. Chủ chó muốn nhận lại phải nộp phạt 800.000 đồng đến 1 triệu đồng và chi phí nuôi giữ 200.000 đồng mỗi ngày; quá 72 giờ không có người nhận, chó sẽ bị xử lý theo quy định.

Bà Nguyễn Thị Hoa (phố Trần Quang Khải, quận Hoàn Kiếm) kể, hồi tháng 9 con trai 7 tuổi của bà bị chó thả rông cắn ở vườn hoa gần nhà, cả nhà mất gần 5 triệu đồng tiền tiêm vắc xin và huyết thanh.

Ông Nguyễn Ngọc Sơn, Phó Chi cục trưởng cho biết, mục tiêu đến năm 2025, 100% quận, huyện, thị xã có đội bắt chó và tỷ lệ tiêm phòng đạt trên 70%. Thành phố dự kiến chi khoảng 12 tỷ đồng để mua 1,2 triệu liều vắc xin trong giai đoạn 2024-2025, giá bình quân 10.000 đồng/liều.

Võ Hải
"""

YTD = period("Từ đầu năm", "2023-01-01", "2023-10-12")
PILOT = period("Từ tháng 7 (sau 3 tháng)", "2023-07-01", "2023-10-12", inherited=True)
BY2025 = period("đến năm 2025", None, "2025-12-31")
PLAN = period("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    fig("hơn 11.400 trường hợp", "11.400", 11400, "count", "trường hợp",
        "trường hợp bị chó cắn phải tiêm phòng", approx="over", period=YTD),
    fig("gần 3.000 trường hợp", "3.000", 3000, "count", "trường hợp", "trường hợp là trẻ em dưới 15 tuổi",
        approx="nearly", total=11400, period=YTD),
    fig("dưới 15 tuổi", "15", 15, "measure", "tuổi", "tuổi trẻ em", approx="under", optional=True),
    fig("và 3 người tử vong", "3", 3, "count", "người", "người tử vong vì bệnh dại", period=YTD),
    fig("khoảng 490.000 con", "490.000", 490000, "count", "con", "chó", approx="about"),
    fig("150.000 con mèo", "150.000", 150000, "count", "con", "mèo", approx="about"),
    fig("mới 58% hộ", "58", 58, "percent", "%", "hộ nuôi khai báo với UBND cấp xã"),
    fig("ở 12 quận", "12", 12, "count", "quận", "quận nội thành", optional=True),
    fig("khoảng 40%", "40", 40, "percent", "%", "tỷ lệ tiêm phòng dại ở quận nội thành", approx="about"),
    fig("ngoại thành (71%)", "71", 71, "percent", "%", "tỷ lệ tiêm phòng dại khu vực ngoại thành"),
    fig("bắt 326 con", "326", 326, "count", "con", "chó thả rông bị bắt", period=PILOT),
    fig("Cầu Giấy 142 con", "142", 142, "count", "con", "chó thả rông bị bắt", total=326,
        period=PILOT, location="Cầu Giấy"),
    fig("Ba Đình 105 con", "105", 105, "count", "con", "chó thả rông bị bắt", total=326,
        period=PILOT, location="Ba Đình"),
    fig("Hoàn Kiếm 79 con", "79", 79, "count", "con", "chó thả rông bị bắt", total=326,
        period=PILOT, location="Hoàn Kiếm"),
    fig("phạt 800.000 đồng đến 1 triệu đồng", "800.000", 800000, "money", "đồng",
        "tiền phạt chủ chó muốn nhận lại", value_max=1e6),
    fig("200.000 đồng mỗi ngày", "200.000", 200000, "money", "đồng/ngày", "chi phí nuôi giữ chó"),
    fig("quá 72 giờ", "72", 72, "measure", "giờ", "thời hạn nhận lại chó", approx="over", optional=True),
    fig("con trai 7 tuổi", "7", 7, "measure", "tuổi", "tuổi con trai bà Hoa", optional=True,
        location="Hoàn Kiếm"),
    fig("gần 5 triệu đồng", "5", 5e6, "money", "đồng", "tiền tiêm vắc xin và huyết thanh",
        approx="nearly", period=period("hồi tháng 9", "2023-09-01", "2023-09-30"), location="Hoàn Kiếm"),
    fig("2025, 100% quận", "100", 100, "percent", "%", "quận, huyện, thị xã có đội bắt chó",
        status="target", period=BY2025),
    fig("trên 70%", "70", 70, "percent", "%", "tỷ lệ tiêm phòng", approx="over", status="target",
        period=BY2025),
    fig("khoảng 12 tỷ đồng", "12", 12e9, "money", "đồng", "chi mua vắc xin", approx="about",
        status="forecast", period=PLAN),
    fig("1,2 triệu liều", "1,2", 1.2e6, "count", "liều", "vắc xin", status="forecast", period=PLAN),
    fig("10.000 đồng/liều", "10.000", 10000, "money", "đồng/liều", "giá bình quân vắc xin",
        status="forecast", period=PLAN),
]

NOTES = [
    "National newspaper (VnExpress style), Thứ năm, 12/10/2023: Hà Nội — người bị chó cắn từ đầu năm, tổng đàn, thí điểm đội bắt chó ở 3 quận, mục tiêu 2025.",
    "Not figures: '06:30 (GMT+7)', 'Sau 3 tháng' (a duration), 'giai đoạn 2024-2025', the street 'phố Trần Quang Khải'.",
    "'Từ đầu năm' = from 1/1 to the dateline. 'khoảng 490.000 con chó và 150.000 con mèo': 'khoảng' governs both conjuncts (about).",
    "The three districts' catches follow 'trong đó' after 326 and add up to it (total 326). Thresholds '15 tuổi', '72 giờ', the boy's age and '12 quận' are optional.",
    "'dự kiến' governs 12 tỷ, 1,2 triệu liều and the unit price 10.000 đồng/liều derived from them (forecast).",
]

if __name__ == "__main__":
    write_set("p993-6", TEXT, FIGS, NOTES, published="2023-10-12", location="Hà Nội")
