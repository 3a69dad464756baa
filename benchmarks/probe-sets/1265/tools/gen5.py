"""p1265-5: national newspaper: the national market network (Bộ Công Thương), Hà Nội and TP HCM, a trader's rent."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Thị trường

Thứ năm, 12/9/2024, 06:00 (GMT+7)

Cả nước có hơn 8.300 chợ, chợ truyền thống vẫn là kênh bán lẻ chủ lực

Dù siêu thị, cửa hàng tiện lợi phát triển nhanh, chợ truyền thống vẫn chiếm khoảng 50-55% tổng mức bán lẻ hàng hóa, theo Bộ Công Thương.

Theo số liệu của Vụ Thị trường trong nước (Bộ Công Thương), tính đến tháng 6/2024 cả nước có 8.327 chợ, gồm 256 chợ hạng 1, 937 chợ hạng 2 và 7.134 chợ hạng 3. Khoảng 78% số chợ nằm ở khu vực nông thôn.

Cùng với đó là 1.240 siêu thị, 285 trung tâm thương mại và hơn 8.000 cửa hàng tiện lợi, gấp đôi năm 2019.

Nhiều chợ đã xuống cấp. Tại Hà Nội, trong 454 chợ đang hoạt động có 186 chợ xuống cấp, chiếm 41%. TP Hồ Chí Minh có 234 chợ truyền thống, trong đó 97 chợ đã xây dựng trên 20 năm.

Ông Lê Minh Khoa, Phó Vụ trưởng Vụ Thị trường trong nước, cho biết giai đoạn 2021-2023 cả nước huy động khoảng 7.600 tỷ đồng để xây mới, cải tạo 1.450 chợ, trong đó vốn ngân sách chỉ chiếm khoảng 22%.

Chị Phạm Thu Hằng, tiểu thương chợ An Đông (TP HCM), thuê sạp 4 m2 với giá khoảng 5 triệu đồng/tháng. "Giá thuê không giảm nhưng khách thì ít hẳn, nhiều người chuyển sang mua hàng qua mạng", chị nói.

Mục tiêu đến năm 2030, tỷ trọng bán lẻ qua kênh phân phối hiện đại đạt 38-40%. Bộ Công Thương dự kiến trình Chính phủ nghị định về phát triển và quản lý chợ thay thế Nghị định số 02/2003/NĐ-CP trong quý IV năm nay.

Minh Khôi
"""

ASOF = per("tính đến tháng 6/2024", None, "2024-06-30")
P2123 = per("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
HN, HCM = "Hà Nội", "TP Hồ Chí Minh"

FIGS = [
    fig("có hơn 8.300 chợ", "8.300", 8300, "count", "chợ", approx="over", subject="chợ cả nước"),
    fig("khoảng 50-55%", "50", 50, "percent", "%", value_max=55, approx="about",
        subject="tỷ trọng chợ truyền thống trong tổng mức bán lẻ hàng hóa"),
    fig("có 8.327 chợ", "8.327", 8327, "count", "chợ", subject="chợ cả nước", period=ASOF),
    fig("gồm 256 chợ", "256", 256, "count", "chợ", total=8327, subject="chợ hạng 1", period=ASOF),
    fig("937 chợ hạng 2", "937", 937, "count", "chợ", total=8327, subject="chợ hạng 2", period=ASOF),
    fig("7.134 chợ hạng 3", "7.134", 7134, "count", "chợ", total=8327, subject="chợ hạng 3", period=ASOF),
    fig("Khoảng 78%", "78", 78, "percent", "%", approx="about", subject="số chợ nằm ở khu vực nông thôn"),
    fig("là 1.240 siêu thị", "1.240", 1240, "count", "siêu thị", subject="siêu thị"),
    fig("285 trung tâm", "285", 285, "count", "trung tâm thương mại", subject="trung tâm thương mại"),
    fig("hơn 8.000 cửa", "8.000", 8000, "count", "cửa hàng tiện lợi", approx="over",
        change=chg("increase", 2, "lần", "năm 2019"), subject="cửa hàng tiện lợi"),
    fig("trong 454 chợ", "454", 454, "count", "chợ", subject="chợ đang hoạt động", location=HN),
    fig("có 186 chợ", "186", 186, "count", "chợ", total=454, percent=41, subject="chợ xuống cấp", location=HN),
    fig("có 234 chợ", "234", 234, "count", "chợ", subject="chợ truyền thống", location=HCM),
    fig("trong đó 97 chợ", "97", 97, "count", "chợ", total=234, subject="chợ đã xây dựng trên 20 năm",
        location=HCM),
    fig("trên 20 năm", "20", 20, "measure", "năm", approx="over", subject="thời gian chợ đã xây dựng",
        location=HCM, optional=True),
    fig("khoảng 7.600 tỷ", "7.600", 7600e9, "money", "đồng", approx="about",
        subject="vốn huy động để xây mới, cải tạo chợ", period=P2123),
    fig("cải tạo 1.450 chợ", "1.450", 1450, "count", "chợ", subject="chợ xây mới, cải tạo", period=P2123),
    fig("khoảng 22%", "22", 22, "percent", "%", approx="about",
        subject="vốn ngân sách trong vốn xây mới, cải tạo chợ", period=P2123),
    fig("sạp 4 m2", "4", 4, "measure", "m2", subject="diện tích sạp chị Hằng thuê", location=HCM),
    fig("khoảng 5 triệu", "5", 5e6, "money", "đồng/tháng", approx="about", subject="giá thuê sạp",
        location=HCM),
    fig("đạt 38-40%", "38", 38, "percent", "%", value_max=40, status="target",
        subject="tỷ trọng bán lẻ qua kênh phân phối hiện đại", period=T30),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ năm, 12/9/2024, 06:00 (GMT+7)', headline, sapo, quote, byline at the end. National figures: location Việt Nam.",
    "Headline 'hơn 8.300 chợ' is its own figure (over), no period. Sapo 'khoảng 50-55%' → range, about.",
    "'tính đến tháng 6/2024' → as-of end 2024-06-30 for 8.327 and its 'gồm' parts (256 + 937 + 7.134 = 8.327). 'Khoảng 78%' in the next sentence: no period.",
    "'hơn 8.000 cửa hàng tiện lợi, gấp đôi năm 2019' → change increase 2 lần (number word 'đôi'), baseline năm 2019.",
    "'trong 454 chợ ... có 186 chợ xuống cấp, chiếm 41%' → total 454, percent 41 (186/454). TP HCM 'trong đó 97 chợ' → total 234.",
    "Optional: 'trên 20 năm', a threshold inside the subject of the 97 markets (as h18 treats 'trên 01 tỷ USD').",
    "'giai đoạn 2021-2023' → 2021-01-01..2023-12-31 for 7.600 tỷ, 1.450 chợ and the 22% share (a percent figure: share of a part).",
    "The trader at chợ An Đông (TP HCM): location TP Hồ Chí Minh; 'khoảng 5 triệu đồng/tháng' a rate in đồng/tháng.",
    "'Mục tiêu đến năm 2030 ... đạt 38-40%' → target, range, end 2030-12-31.",
    "Distractors: 06:00, '(GMT+7)', 'hạng 1/2/3', 'giai đoạn 2021-2023', Nghị định số 02/2003/NĐ-CP, 'quý IV năm nay', 'năm 2019' (baseline).",
]

if __name__ == "__main__":
    write("p1265-5", TEXT, NOTES, FIGS, published="2024-09-12", location="Việt Nam")
