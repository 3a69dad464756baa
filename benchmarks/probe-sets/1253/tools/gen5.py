"""p1253-5: provincial newspaper (Báo Đồng Nai): feature on a bear rescue centre in huyện Tân Phú."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO ĐỒNG NAI ĐIỆN TỬ
Xã hội - Môi trường

Hành trình hồi sinh của những cá thể gấu bị hút mật

THANH HÀ 08:15, 18/11/2024

Sau nhiều năm bị nhốt trong lồng sắt để lấy mật, 46 cá thể gấu đang được chăm sóc tại Trung tâm Cứu hộ gấu Cát Lộc ở huyện Tân Phú. Nhiều con đã có thể leo trèo, đào bới như ngoài tự nhiên.

(ĐNO) - Đi vào hoạt động từ năm 2017, Trung tâm Cứu hộ gấu Cát Lộc nằm trong vùng đệm Vườn quốc gia Cát Tiên, cách Quốc lộ 20 khoảng 3 km, có diện tích hơn 4,5 ha với tổng vốn đầu tư khoảng 2,3 triệu USD do một tổ chức bảo tồn quốc tế tài trợ. Hiện trung tâm chăm sóc 46 cá thể gấu, gồm 31 cá thể gấu ngựa và 15 cá thể gấu chó; con lớn tuổi nhất đã 27 tuổi.

Bác sĩ thú y Lê Thị Hạnh cho biết, khi mới tiếp nhận, khoảng 80% số gấu mắc bệnh sỏi mật, viêm gan hoặc mất răng. Năm 2023, trung tâm thực hiện 64 ca phẫu thuật, chủ yếu là cắt bỏ túi mật bị tổn thương. Khẩu phần của mỗi cá thể gấu khoảng 6 kg/ngày; tổng chi phí thức ăn, thuốc men năm 2023 lên tới 3,4 tỷ đồng, tăng 15% so với năm 2022.

“Có con khi về đây chỉ nặng 40 kg, giờ đã hơn 120 kg”, ông Trịnh Văn Lộc, Phó Giám đốc trung tâm, chia sẻ. Trung tâm có 22 nhân viên, trong đó 16 người là con em đồng bào dân tộc tại các xã Phú Lập, Phú Thịnh. Từ đầu năm đến nay, trung tâm đã đón hơn 2.100 lượt học sinh, sinh viên đến tham quan, gấp đôi cả năm 2023.

Năm 2025, trung tâm dự kiến tiếp nhận thêm 8 cá thể gấu từ các hộ nuôi ở Bình Dương, TP Hồ Chí Minh và mở rộng thêm 3 khu bán hoang dã, nâng sức chứa lên 60 cá thể.

Từ khóa: cứu hộ gấu, Cát Tiên, động vật hoang dã
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-18")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
CENTRE = "Trung tâm Cứu hộ gấu Cát Lộc"

FIGS = [
    fig("mật, 46 cá thể", "46", 46, "count", "cá thể",
        subject=f"cá thể gấu đang được chăm sóc tại {CENTRE}"),
    fig("khoảng 3 km", "3", 3, "measure", "km", approx="about",
        subject="khoảng cách từ trung tâm đến Quốc lộ 20"),
    fig("hơn 4,5 ha", "4,5", 4.5, "measure", "ha", approx="over",
        subject=f"diện tích {CENTRE}"),
    fig("khoảng 2,3 triệu", "2,3", 2.3e6, "money", "USD", approx="about",
        subject="tổng vốn đầu tư"),
    fig("chăm sóc 46 cá thể", "46", 46, "count", "cá thể",
        subject="cá thể gấu trung tâm chăm sóc"),
    fig("gồm 31 cá thể", "31", 31, "count", "cá thể", total=46, subject="cá thể gấu ngựa"),
    fig("và 15 cá thể", "15", 15, "count", "cá thể", total=46, subject="cá thể gấu chó"),
    fig("đã 27 tuổi", "27", 27, "measure", "tuổi", subject="tuổi của con gấu lớn tuổi nhất"),
    fig("khoảng 80%", "80", 80, "percent", "%", approx="about",
        subject="số gấu mắc bệnh sỏi mật, viêm gan hoặc mất răng khi mới tiếp nhận"),
    fig("thực hiện 64 ca", "64", 64, "count", "ca phẫu thuật",
        subject="ca phẫu thuật trung tâm thực hiện", period=Y23),
    fig("khoảng 6 kg/ngày", "6", 6, "measure", "kg/ngày", approx="about",
        subject="khẩu phần của mỗi cá thể gấu"),
    fig("tới 3,4 tỷ", "3,4", 3.4e9, "money", "đồng",
        change=chg("increase", 15, "%", "năm 2022"),
        subject="tổng chi phí thức ăn, thuốc men", period=Y23b),
    fig("nặng 40 kg", "40", 40, "measure", "kg",
        subject="cân nặng của gấu khi về trung tâm"),
    fig("hơn 120 kg", "120", 120, "measure", "kg", approx="over",
        subject="cân nặng của gấu hiện nay"),
    fig("có 22 nhân viên", "22", 22, "count", "nhân viên", subject="nhân viên của trung tâm"),
    fig("đó 16 người", "16", 16, "count", "người", total=22,
        subject="nhân viên là con em đồng bào dân tộc"),
    fig("hơn 2.100 lượt", "2.100", 2100, "count", "lượt", approx="over",
        change=chg("increase", 2, "lần", "cả năm 2023"),
        subject="lượt học sinh, sinh viên đến tham quan", period=YTD),
    fig("thêm 8 cá thể", "8", 8, "count", "cá thể", status="forecast",
        subject="cá thể gấu tiếp nhận thêm", period=Y25),
    fig("thêm 3 khu", "3", 3, "count", "khu", status="forecast",
        subject="khu bán hoang dã mở rộng thêm", period=Y25),
    fig("lên 60 cá thể", "60", 60, "count", "cá thể", status="forecast",
        subject="sức chứa của trung tâm", period=Y25),
]

NOTES = [
    "Provincial newspaper (Báo Đồng Nai): sapo, byline with time and date 'THANH HÀ 08:15, 18/11/2024', tag '(ĐNO) -', keywords.",
    "Distractors: 08:15, '(ĐNO)', 'từ năm 2017' (the opening year; it gives no period to the standing figures), 'Quốc lộ 20'.",
    "The centre is in huyện Tân Phú: location Tân Phú for every figure (Bình Dương, TP HCM in the last paragraph are where the bears",
    "come from, not the figure's place). The sapo's 46 and the body's 46 are two mentions, each a figure.",
    "'gồm 31 ... và 15 ...' → total 46; 'trong đó 16 người' → total 22. 'Khẩu phần ... khoảng 6 kg/ngày' is a daily rate.",
    "The quote's 40 kg and 'hơn 120 kg' are weights (measure). 'gấp đôi cả năm 2023' after 2.100 lượt → change increase 2 lần",
    "(as 'tăng 2,8 lần so với cùng kỳ'). 'Từ đầu năm đến nay' ends at the dateline. 'Năm 2025 ... dự kiến' → forecast for all",
    "three continuing clauses ('tiếp nhận thêm', 'mở rộng thêm', 'nâng sức chứa lên').",
]

if __name__ == "__main__":
    write("p1253-5", TEXT, NOTES, FIGS, published="2024-11-18", location="Tân Phú")
