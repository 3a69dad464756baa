"""p1389-3: ministry site (Bộ Y tế): national IVF facilities and results, 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Hoạt động của Bộ

Cả nước có 58 cơ sở được phép thực hiện kỹ thuật thụ tinh trong ống nghiệm

15/03/2024 | 14:30 | Vụ Sức khỏe Bà mẹ - Trẻ em

Ngày 14/3, tại Hà Nội, Vụ Sức khỏe Bà mẹ - Trẻ em tổ chức hội nghị đánh giá công tác hỗ trợ sinh sản năm 2023.

Theo báo cáo, tính đến ngày 31/12/2023, cả nước có 58 cơ sở đủ điều kiện thực hiện kỹ thuật thụ tinh trong ống nghiệm, tăng 6 cơ sở so với năm 2022; trong đó có 4 cơ sở được phép thực hiện kỹ thuật mang thai hộ vì mục đích nhân đạo. Các cơ sở tập trung chủ yếu tại TP Hồ Chí Minh (17 cơ sở), Hà Nội (15 cơ sở) và Đồng Nai (4 cơ sở).

Năm 2023, các cơ sở đã thực hiện khoảng 52 nghìn chu kỳ thụ tinh trong ống nghiệm, tăng gần 9% so với năm 2022; tỷ lệ có thai trung bình đạt 45-50% mỗi chu kỳ chuyển phôi, tương đương các nước trong khu vực. Về số chu kỳ thực hiện mỗi năm, Việt Nam đứng thứ 2 khu vực Đông Nam Á, sau Thái Lan.

Theo Vụ trưởng Lê Thị Minh Hằng, tỷ lệ vô sinh ở các cặp vợ chồng trong độ tuổi sinh sản hiện khoảng 7,7%, tương đương khoảng 1 triệu cặp; trong đó vô sinh thứ phát chiếm trên 50%. Từ năm 2015 đến nay, cả nước đã thực hiện 562 trường hợp mang thai hộ vì mục đích nhân đạo, hơn 350 trẻ đã chào đời.

Chi phí một chu kỳ thụ tinh trong ống nghiệm hiện dao động 70-100 triệu đồng và chưa được quỹ bảo hiểm y tế chi trả, nhiều cặp vợ chồng phải làm từ hai đến ba lần mới thành công.

Mục tiêu đến năm 2030, 100% tỉnh, thành phố có cơ sở tư vấn, sàng lọc vô sinh; giảm tỷ lệ vô sinh xuống dưới 7%. Bộ Y tế dự kiến trình Chính phủ sửa đổi Nghị định số 10/2015/NĐ-CP trong quý IV/2024.

Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội | Đường dây nóng: 1900 9095
"""

ASOF = per("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
SINCE = per("Từ năm 2015 đến nay", "2015-01-01", "2024-03-15")
T30 = per("Mục tiêu đến năm 2030", None, "2030-12-31")
SUBJ = "cơ sở đủ điều kiện thực hiện kỹ thuật thụ tinh trong ống nghiệm"

FIGS = [
    fig("58 cơ sở được phép", "58", 58, "count", "cơ sở",
        subject="cơ sở được phép thực hiện kỹ thuật thụ tinh trong ống nghiệm"),
    fig("58 cơ sở đủ", "58", 58, "count", "cơ sở", change=chg("increase", 6, "cơ sở", "năm 2022"),
        subject=SUBJ, period=ASOF),
    fig("có 4 cơ sở", "4", 4, "count", "cơ sở", total=58,
        subject="cơ sở được phép thực hiện kỹ thuật mang thai hộ vì mục đích nhân đạo", period=ASOF),
    fig("(17 cơ sở)", "17", 17, "count", "cơ sở", subject=SUBJ, period=inh(ASOF), location="TP Hồ Chí Minh"),
    fig("(15 cơ sở)", "15", 15, "count", "cơ sở", subject=SUBJ, period=inh(ASOF), location="Hà Nội"),
    fig("(4 cơ sở)", "4", 4, "count", "cơ sở", subject=SUBJ, period=inh(ASOF), location="Đồng Nai"),
    fig("khoảng 52 nghìn", "52", 52000, "count", "chu kỳ", approx="about",
        change=chg("increase", 9, "%", "năm 2022", approx="nearly"),
        subject="chu kỳ thụ tinh trong ống nghiệm các cơ sở đã thực hiện", period=Y23),
    fig("đạt 45-50%", "45", 45, "percent", "%", value_max=50,
        subject="tỷ lệ có thai trung bình mỗi chu kỳ chuyển phôi", period=Y23),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="số chu kỳ thực hiện mỗi năm"),
    fig("khoảng 7,7%", "7,7", 7.7, "percent", "%", approx="about",
        subject="tỷ lệ vô sinh ở các cặp vợ chồng trong độ tuổi sinh sản"),
    fig("khoảng 1 triệu", "1", 1e6, "count", "cặp", approx="about", subject="cặp vợ chồng vô sinh"),
    fig("trên 50%", "50", 50, "percent", "%", approx="over", subject="tỷ lệ vô sinh thứ phát"),
    fig("thực hiện 562 trường hợp", "562", 562, "count", "trường hợp",
        subject="trường hợp mang thai hộ vì mục đích nhân đạo đã thực hiện", period=SINCE),
    fig("hơn 350 trẻ", "350", 350, "count", "trẻ", approx="over",
        subject="trẻ đã chào đời nhờ mang thai hộ", period=SINCE),
    fig("dao động 70-100 triệu", "70", 70e6, "money", "đồng/chu kỳ", value_max=100e6,
        subject="chi phí một chu kỳ thụ tinh trong ống nghiệm"),
    fig("từ hai đến ba lần", "hai", 2, "count", "lần", value_max=3,
        subject="số lần nhiều cặp vợ chồng phải làm mới thành công"),
    fig("2030, 100%", "100", 100, "percent", "%", status="target",
        subject="tỉnh, thành phố có cơ sở tư vấn, sàng lọc vô sinh", period=T30),
    fig("dưới 7%", "7", 7, "percent", "%", approx="under", status="target",
        subject="tỷ lệ vô sinh", period=T30),
]

NOTES = [
    "Ministry site (Bộ Y tế): breadcrumb, '15/03/2024 | 14:30 | Vụ Sức khỏe Bà mẹ - Trẻ em', footer address and hotline.",
    "Distractors: 14:30, 'Ngày 14/3', 'năm 2023' in the event, 31/12/2023 (as-of date), Nghị định số 10/2015/NĐ-CP, quý IV/2024, 138A Giảng Võ, 1900 9095.",
    "'trong đó có 4 cơ sở' after ';' takes total 58. 'tập trung chủ yếu tại TP Hồ Chí Minh (17 cơ sở), ...' does not add up to 58: no total; provinces are locations.",
    "'khoảng 52 nghìn' = 52000; 'tăng gần 9%' is its change (approx nearly). 'Việt Nam đứng thứ 2' is a rank, location Việt Nam.",
    "'khoảng 7,7%, tương đương khoảng 1 triệu cặp': two figures. 'vô sinh thứ phát chiếm trên 50%' after a percent: its own percent figure.",
    "'Từ năm 2015 đến nay' ends at the dateline 2024-03-15. 'từ hai đến ba lần' is a count range of attempts.",
    "'Mục tiêu đến năm 2030' governs both clauses: target, start null, end 2030-12-31. 'giảm ... xuống dưới 7%' is a level, not a change.",
]

if __name__ == "__main__":
    write("p1389-3", TEXT, NOTES, FIGS, published="2024-03-15", location="Việt Nam")
