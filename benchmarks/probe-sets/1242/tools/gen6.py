"""p1242-6: national newspaper: craft beer exports from TP HCM (Thủ Đức), national craft beer figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Hàng hóa

Thứ sáu, 6/9/2024, 15:40 (GMT+7)

Bia thủ công Việt tìm đường ra thế giới

Sau gần 10 năm phát triển, nhiều xưởng bia thủ công tại TP HCM đã đưa sản phẩm sang Singapore, Nhật Bản, Australia.

Xưởng bia của anh Trần Quốc Bảo ở phường Thạnh Mỹ Lợi, TP Thủ Đức hiện sản xuất khoảng 18.000 lít mỗi tháng, gấp ba lần năm 2020. 8 tháng đầu năm nay, xưởng xuất khẩu 42.000 lít, chiếm gần 30% sản lượng, doanh thu xuất khẩu khoảng 210.000 USD. Xưởng có 14 nhân viên, trong đó ba người từng học nấu bia tại Bỉ và Đức.

Mỗi lon bia 330 ml của xưởng được bán với giá 55.000-60.000 đồng, gấp khoảng 4 lần bia công nghiệp cùng dung tích. "Khách nước ngoài chấp nhận giá cao nếu bia có câu chuyện riêng", anh Bảo nói.

Theo Hiệp hội Bia - Rượu - Nước giải khát Việt Nam (VBA), cả nước có khoảng 150 thương hiệu bia thủ công, riêng TP HCM hơn 60 thương hiệu. Sản lượng bia thủ công mới chiếm chưa đến 1% tổng sản lượng bia, nhưng tốc độ tăng trưởng bình quân giai đoạn 2019-2023 đạt 15-20% mỗi năm.

Tại TP HCM, Sở Công Thương cho biết thành phố hiện có 46 cơ sở sản xuất bia thủ công được cấp phép, tập trung ở quận 1, quận 7 và TP Thủ Đức. Một số quán bia thủ công khu trung tâm phục vụ 300-500 khách mỗi tối cuối tuần.

VBA dự báo đến năm 2028, thị phần bia thủ công tại Việt Nam có thể đạt 3%, với quy mô thị trường khoảng 400 triệu USD.

Thu Hằng
"""

M8 = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
G1923 = per("giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
T28 = per("đến năm 2028", None, "2028-12-31")
TD, VN = "Thủ Đức", "Việt Nam"

FIGS = [
    fig("gần 10 năm", "10", 10, "measure", "năm", approx="nearly", subject="thời gian phát triển bia thủ công",
        optional=True),
    fig("khoảng 18.000 lít", "18.000", 18000, "measure", "lít/tháng", approx="about",
        change=chg("increase", 3, "lần", "năm 2020"), subject="sản lượng bia xưởng sản xuất mỗi tháng", location=TD),
    fig("khẩu 42.000 lít", "42.000", 42000, "measure", "lít", percent=30,
        subject="sản lượng bia xưởng xuất khẩu", period=M8, location=TD),
    fig("khoảng 210.000 USD", "210.000", 210000, "money", "USD", approx="about",
        subject="doanh thu xuất khẩu của xưởng", period=M8, location=TD),
    fig("có 14 nhân viên", "14", 14, "count", "nhân viên", subject="nhân viên của xưởng", location=TD),
    fig("ba người", "ba", 3, "count", "người", total=14, subject="nhân viên từng học nấu bia tại Bỉ và Đức",
        location=TD),
    fig("bia 330 ml", "330", 330, "measure", "ml", subject="dung tích lon bia", location=TD, optional=True),
    fig("giá 55.000-60.000", "55.000", 55000, "money", "đồng/lon", value_max=60000,
        change=chg("increase", 4, "lần", "bia công nghiệp cùng dung tích", approx="about"),
        subject="giá bán mỗi lon bia của xưởng", location=TD),
    fig("khoảng 150 thương hiệu", "150", 150, "count", "thương hiệu", approx="about",
        subject="thương hiệu bia thủ công", location=VN),
    fig("hơn 60 thương hiệu", "60", 60, "count", "thương hiệu", approx="over",
        subject="thương hiệu bia thủ công"),
    fig("chưa đến 1%", "1", 1, "percent", "%", approx="under",
        subject="tỷ trọng sản lượng bia thủ công trong tổng sản lượng bia", location=VN),
    fig("đạt 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="tốc độ tăng trưởng bình quân sản lượng bia thủ công mỗi năm", period=G1923, location=VN),
    fig("có 46 cơ sở", "46", 46, "count", "cơ sở", subject="cơ sở sản xuất bia thủ công được cấp phép"),
    fig("vụ 300-500 khách", "300", 300, "measure", "khách/tối", value_max=500,
        subject="khách của một số quán bia thủ công khu trung tâm mỗi tối cuối tuần"),
    fig("đạt 3%", "3", 3, "percent", "%", status="forecast", subject="thị phần bia thủ công", period=T28,
        location=VN),
    fig("khoảng 400 triệu", "400", 400e6, "money", "USD", approx="about", status="forecast",
        subject="quy mô thị trường bia thủ công", period=T28, location=VN),
]

NOTES = [
    "National newspaper: 'Thứ sáu, 6/9/2024, 15:40 (GMT+7)', byline at the end; default location TP Hồ Chí Minh, national figures Việt Nam.",
    "Distractors: 15:40, GMT+7, 'phường Thạnh Mỹ Lợi', 'quận 1, quận 7' (district names with numbers), 'năm 2020' as a baseline.",
    "The brewery in TP Thủ Đức: its figures → Thủ Đức. 'gấp ba lần năm 2020' (number word) and 'gấp khoảng 4 lần bia công nghiệp' are changes.",
    "'gần 10 năm phát triển' is a duration locating the story (optional); '330 ml' can size (optional).",
    "'riêng TP HCM hơn 60 thương hiệu': 'riêng' is not a part-of-whole cue in the spec: no total; location TP HCM.",
    "'8 tháng đầu năm nay' → 2024 (published). 'VBA dự báo đến năm 2028' → forecast for both clauses.",
]

if __name__ == "__main__":
    write("p1242-6", TEXT, NOTES, FIGS, published="2024-09-06", location="TP Hồ Chí Minh")
