"""p1299-4: ministry site (Bộ Kế hoạch và Đầu tư): national firm registration, quý I/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ KẾ HOẠCH VÀ ĐẦU TƯ
Trang chủ > Tin tức > Thông tin đăng ký doanh nghiệp

Tình hình đăng ký doanh nghiệp quý I/2024

03/04/2024 | 10:25 | Cục Quản lý đăng ký kinh doanh

Theo Hệ thống thông tin quốc gia về đăng ký doanh nghiệp, quý I/2024, cả nước có 36.512 doanh nghiệp đăng ký thành lập mới với tổng vốn đăng ký 337,2 nghìn tỷ đồng, giảm 4,9% về số doanh nghiệp so với cùng kỳ năm 2023. Bên cạnh đó, có 24.840 doanh nghiệp quay trở lại hoạt động, tăng 12,6%.

Tổng vốn đăng ký bổ sung vào nền kinh tế trong quý I đạt 1,08 triệu tỷ đồng, trong đó vốn tăng thêm của doanh nghiệp đang hoạt động là 742,6 nghìn tỷ đồng. Như vậy, bình quân mỗi tháng có gần 20,5 nghìn doanh nghiệp gia nhập và tái gia nhập thị trường.

Cũng trong quý I, có 81.357 doanh nghiệp rút lui khỏi thị trường, tăng 12,1% so với cùng kỳ, gồm: 57.730 doanh nghiệp tạm ngừng kinh doanh có thời hạn, 18.321 doanh nghiệp ngừng hoạt động chờ làm thủ tục giải thể và 5.306 doanh nghiệp hoàn tất thủ tục giải thể.

Xét theo địa bàn, TP Hồ Chí Minh dẫn đầu với 10.136 doanh nghiệp thành lập mới, tiếp đến là Hà Nội (6.902 doanh nghiệp) và Bình Dương (1.715 doanh nghiệp). Có 41/63 địa phương có số doanh nghiệp thành lập mới giảm so với cùng kỳ.

Ngành bán buôn, bán lẻ có số doanh nghiệp rút lui nhiều nhất với 27.614 doanh nghiệp, chiếm 33,9% tổng số doanh nghiệp rút lui.

Bộ Kế hoạch và Đầu tư dự báo số doanh nghiệp thành lập mới trong quý II/2024 đạt khoảng 40 nghìn doanh nghiệp. Hướng dẫn chi tiết xem tại Thông tư số 02/2023/TT-BKHĐT.

Bản quyền thuộc Bộ Kế hoạch và Đầu tư
Địa chỉ: 6B Hoàng Diệu, Ba Đình, Hà Nội | Điện thoại: 080.43485
"""

Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
Q1b = per("trong quý I", "2024-01-01", "2024-03-31")
Q1c = per("Cũng trong quý I", "2024-01-01", "2024-03-31")
Q2 = per("trong quý II/2024", "2024-04-01", "2024-06-30")
LEAVE = 81357

FIGS = [
    fig("có 36.512 doanh nghiệp", "36.512", 36512, "count", "doanh nghiệp",
        change=chg("decrease", 4.9, "%", "cùng kỳ năm 2023"),
        subject="doanh nghiệp đăng ký thành lập mới", period=Q1),
    fig("ký 337,2 nghìn tỷ", "337,2", 337.2e12, "money", "đồng",
        subject="tổng vốn đăng ký của doanh nghiệp thành lập mới", period=Q1),
    fig("có 24.840 doanh nghiệp", "24.840", 24840, "count", "doanh nghiệp",
        change=chg("increase", 12.6, "%"),
        subject="doanh nghiệp quay trở lại hoạt động", period=inh(Q1)),
    fig("đạt 1,08 triệu tỷ", "1,08", 1.08e15, "money", "đồng",
        subject="tổng vốn đăng ký bổ sung vào nền kinh tế", period=Q1b),
    fig("là 742,6 nghìn tỷ", "742,6", 742.6e12, "money", "đồng", total=1.08e15,
        subject="vốn tăng thêm của doanh nghiệp đang hoạt động", period=Q1b),
    fig("gần 20,5 nghìn", "20,5", 20500, "measure", "doanh nghiệp/tháng", approx="nearly",
        subject="doanh nghiệp gia nhập và tái gia nhập thị trường bình quân mỗi tháng", period=inh(Q1)),
    fig("có 81.357 doanh nghiệp", "81.357", LEAVE, "count", "doanh nghiệp",
        change=chg("increase", 12.1, "%", "cùng kỳ"),
        subject="doanh nghiệp rút lui khỏi thị trường", period=Q1c),
    fig("57.730 doanh nghiệp", "57.730", 57730, "count", "doanh nghiệp", total=LEAVE,
        subject="doanh nghiệp tạm ngừng kinh doanh có thời hạn", period=Q1c),
    fig("18.321 doanh nghiệp", "18.321", 18321, "count", "doanh nghiệp", total=LEAVE,
        subject="doanh nghiệp ngừng hoạt động chờ làm thủ tục giải thể", period=Q1c),
    fig("5.306 doanh nghiệp", "5.306", 5306, "count", "doanh nghiệp", total=LEAVE,
        subject="doanh nghiệp hoàn tất thủ tục giải thể", period=Q1c),
    fig("với 10.136 doanh nghiệp", "10.136", 10136, "count", "doanh nghiệp",
        subject="doanh nghiệp thành lập mới", period=inh(Q1), location="TP Hồ Chí Minh"),
    fig("(6.902 doanh nghiệp)", "6.902", 6902, "count", "doanh nghiệp",
        subject="doanh nghiệp thành lập mới", period=inh(Q1), location="Hà Nội"),
    fig("(1.715 doanh nghiệp)", "1.715", 1715, "count", "doanh nghiệp",
        subject="doanh nghiệp thành lập mới", period=inh(Q1), location="Bình Dương"),
    fig("Có 41/63", "41", 41, "count", "địa phương", total=63,
        subject="địa phương có số doanh nghiệp thành lập mới giảm", period=inh(Q1)),
    fig("với 27.614 doanh nghiệp", "27.614", 27614, "count", "doanh nghiệp", percent=33.9,
        subject="doanh nghiệp rút lui ngành bán buôn, bán lẻ", period=inh(Q1)),
    fig("khoảng 40 nghìn", "40", 40000, "count", "doanh nghiệp", approx="about", status="forecast",
        subject="số doanh nghiệp thành lập mới", period=Q2),
]

NOTES = [
    "Ministry site (Bộ Kế hoạch và Đầu tư): breadcrumb, '03/04/2024 | 10:25 | Cục Quản lý đăng ký kinh doanh', address footer. National: location Việt Nam.",
    "Distractors: 10:25, Thông tư số 02/2023/TT-BKHĐT, '6B Hoàng Diệu', phone 080.43485; 'quý I/2024', 'quý II/2024' are periods.",
    "Multipliers: '337,2 nghìn tỷ' = 3,372·10^14; '1,08 triệu tỷ' = 1,08·10^15; '20,5 nghìn', '40 nghìn'.",
    "'trong đó vốn tăng thêm … là 742,6 nghìn tỷ' is part of the 1,08 triệu tỷ (total). 'gồm:' parts add up to 81.357 (total).",
    "'bình quân mỗi tháng có gần 20,5 nghìn doanh nghiệp' is a rate: measure, unit doanh nghiệp/tháng.",
    "City list 'TP Hồ Chí Minh dẫn đầu với …, tiếp đến là Hà Nội (…) và Bình Dương (…)': each item located at its city/province.",
    "'41/63 địa phương' → total 63, location Việt Nam. 'chiếm 33,9% tổng số doanh nghiệp rút lui' is the percent of 27.614 (no numeric whole in the clause).",
]

if __name__ == "__main__":
    write("p1299-4", TEXT, NOTES, FIGS, published="2024-04-03", location="Việt Nam")
