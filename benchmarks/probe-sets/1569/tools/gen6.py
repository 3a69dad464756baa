"""p1569-6: national newspaper: hand-made nut milk in Hà Nội (a shop in quận Cầu Giấy), city checks, national market."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ sáu, 6/12/2024, 10:15 (GMT+7)

Sữa hạt làm thủ công hút khách dù giá gấp đôi sữa hộp

Nhiều cơ sở sữa hạt ở Hà Nội bán từ 300 đến 500 chai mỗi ngày, dù giá cao gấp 2-3 lần sữa hộp công nghiệp.

Cơ sở Hạt Mộc của chị Phạm Thu Hà ở phường Dịch Vọng Hậu, quận Cầu Giấy, mở cửa từ năm 2020. Hiện cơ sở có 9 nhân viên và ba máy xay công nghiệp, mỗi ngày làm khoảng 420 chai sữa óc chó, hạnh nhân, yến mạch, giá 35.000-45.000 đồng/chai. "Ngày cao điểm như dịp Tết, chúng tôi bán tới 1.200 chai", chị Hà nói. Doanh thu 11 tháng năm nay của cơ sở đạt khoảng 3,8 tỷ đồng, gấp 1,5 lần cả năm 2023.

Theo Chi cục An toàn vệ sinh thực phẩm Hà Nội, thành phố hiện có khoảng 350 cơ sở sản xuất, kinh doanh sữa hạt thủ công, tăng gần gấp đôi so với năm 2022. Từ đầu năm đến nay, Chi cục đã kiểm tra 126 cơ sở, xử phạt 17 cơ sở với tổng số tiền hơn 210 triệu đồng.

Khảo sát của Công ty nghiên cứu thị trường Vina Insight với 1.000 người tiêu dùng tại các đô thị lớn cho thấy mỗi hộ gia đình chi trung bình 180.000 đồng/tháng cho sữa hạt, cao hơn 25% so với năm 2022. Dung lượng thị trường sữa hạt cả nước năm 2024 ước khoảng 4.200 tỷ đồng, trong đó phân khúc sữa hạt tươi làm thủ công chiếm khoảng 20%.

"Người tiêu dùng trẻ sẵn sàng trả thêm tiền cho sản phẩm không đường, không chất bảo quản", đại diện Vina Insight nhận định.

Minh Anh
"""

M11 = per("11 tháng năm nay", "2024-01-01", "2024-11-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-12-06")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
CG = "Cầu Giấy"
VN = "Việt Nam"

FIGS = [
    fig("gấp đôi sữa hộp", "đôi", 2, "multiple", "lần", subject="giá sữa hạt làm thủ công so với sữa hộp"),
    fig("từ 300 đến 500 chai", "300", 300, "measure", "chai/ngày", value_max=500,
        subject="sữa hạt nhiều cơ sở bán mỗi ngày"),
    fig("gấp 2-3 lần", "2", 2, "multiple", "lần", value_max=3,
        subject="giá sữa hạt so với sữa hộp công nghiệp"),
    fig("có 9 nhân viên", "9", 9, "count", "nhân viên", subject="nhân viên cơ sở Hạt Mộc", location=CG),
    fig("ba máy xay", "ba", 3, "count", "máy xay", subject="máy xay công nghiệp của cơ sở", location=CG),
    fig("khoảng 420 chai", "420", 420, "measure", "chai/ngày", approx="about",
        subject="sữa óc chó, hạnh nhân, yến mạch cơ sở làm mỗi ngày", location=CG),
    fig("giá 35.000-45.000", "35.000", 35000, "money", "đồng/chai", value_max=45000,
        subject="giá sữa hạt", location=CG),
    fig("tới 1.200 chai", "1.200", 1200, "count", "chai", subject="chai sữa bán ngày cao điểm", location=CG),
    fig("khoảng 3,8 tỷ", "3,8", 3.8e9, "money", "đồng", approx="about",
        change=chg("increase", 1.5, "lần", "cả năm 2023"), subject="doanh thu của cơ sở", period=M11,
        location=CG),
    fig("khoảng 350 cơ sở", "350", 350, "count", "cơ sở", approx="about",
        change=chg("increase", 2, "lần", "năm 2022", approx="nearly"),
        subject="cơ sở sản xuất, kinh doanh sữa hạt thủ công"),
    fig("kiểm tra 126 cơ sở", "126", 126, "count", "cơ sở", subject="cơ sở Chi cục đã kiểm tra", period=YTD),
    fig("xử phạt 17 cơ sở", "17", 17, "count", "cơ sở", subject="cơ sở bị xử phạt", period=YTD),
    fig("hơn 210 triệu", "210", 210e6, "money", "đồng", approx="over", subject="tổng số tiền xử phạt",
        period=YTD),
    fig("với 1.000 người", "1.000", 1000, "count", "người tiêu dùng",
        subject="người tiêu dùng được khảo sát", location=VN),
    fig("trung bình 180.000", "180.000", 180000, "money", "đồng/tháng",
        change=chg("increase", 25, "%", "năm 2022"),
        subject="chi tiêu trung bình của mỗi hộ gia đình cho sữa hạt", location=VN),
    fig("ước khoảng 4.200 tỷ", "4.200", 4200e9, "money", "đồng", approx="about", status="estimate",
        subject="dung lượng thị trường sữa hạt cả nước", period=Y24, location=VN),
    fig("chiếm khoảng 20%", "20", 20, "percent", "%", approx="about", status="estimate",
        subject="phân khúc sữa hạt tươi làm thủ công", period=Y24, location=VN),
]

NOTES = [
    "National newspaper: section path, 'Thứ sáu, 6/12/2024, 10:15 (GMT+7)' (published), headline, sapo, quote, byline at the end.",
    "Default location Hà Nội; the shop passage (paragraph 2) is in quận Cầu Giấy → Cầu Giấy; the survey and the national market → Việt Nam.",
    "Distractors: 10:15, '(GMT+7)', 'từ năm 2020' (opening year), 'dịp Tết', baselines 'năm 2022', 'cả năm 2023'.",
    "Headline 'giá gấp đôi sữa hộp' and sapo 'gấp 2-3 lần sữa hộp' stand alone as claims → kind multiple (đôi = 2).",
    "'gấp 1,5 lần cả năm 2023' after the revenue → change 1,5 lần; 'tăng gần gấp đôi so với năm 2022' → change 2 lần, approx nearly.",
    "'mỗi ngày ... khoảng 420 chai', 'từ 300 đến 500 chai mỗi ngày' → measure chai/ngày; 'bán tới 1.200 chai' on a peak day → count, exact ('tới' = as many as).",
    "'xử phạt 17 cơ sở' after 'kiểm tra 126 cơ sở': no part cue → no total. 'Từ đầu năm đến nay' ends at the dateline 2024-12-06.",
    "'11 tháng năm nay' → 2024-01..11; 'ước khoảng' → about + estimate; the 'trong đó ... chiếm khoảng 20%' part continues the estimate clause.",
]

if __name__ == "__main__":
    write("p1569-6", TEXT, NOTES, FIGS, published="2024-12-06", location="Hà Nội")
