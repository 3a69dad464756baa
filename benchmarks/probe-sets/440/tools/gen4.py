from lib import *

TEXT = """BÁO BẮC GIANG
Kinh tế > Tài nguyên - Môi trường

Thu ngân sách từ khoáng sản năm 2023 vượt dự toán
Hoàng Anh | 07:45, 19/01/2024

(BGĐT) - Năm 2023, tổng thu ngân sách từ hoạt động khoáng sản trên địa bàn tỉnh đạt 214,6 tỷ đồng, bằng 107,3% dự toán, tăng 15,2% so với năm 2022. Trong đó, thu tiền cấp quyền khai thác khoáng sản 96,4 tỷ đồng; thuế tài nguyên 81,5 tỷ đồng; phí bảo vệ môi trường đối với khai thác khoáng sản 36,7 tỷ đồng. Riêng nhóm cát, sỏi lòng sông đóng góp khoảng 62 tỷ đồng, chiếm 28,9% tổng thu.

Tính đến hết năm 2023, toàn tỉnh có 58 giấy phép khai thác khoáng sản còn hiệu lực, trong đó 23 giấy phép khai thác cát, sỏi lòng sông trên sông Cầu, sông Thương và sông Lục Nam. Sản lượng cát, sỏi khai thác năm 2023 ước đạt 1,74 triệu m³, tương đương 81% tổng công suất được cấp phép.

Trong năm 2023, Sở Tài nguyên và Môi trường chủ trì kiểm tra 31 tổ chức, cá nhân hoạt động khoáng sản, phát hiện 12 đơn vị vi phạm, xử phạt 1,37 tỷ đồng và truy thu hơn 2,6 tỷ đồng tiền thuế, tiền cấp quyền. Công an tỉnh cũng khởi tố 2 vụ án khai thác tài nguyên trái phép theo Điều 227 Bộ luật Hình sự.

Ông Nguyễn Văn Đức, Phó Giám đốc Sở Tài nguyên và Môi trường cho biết, năm 2024 tỉnh giao chỉ tiêu thu ngân sách từ khoáng sản là 230 tỷ đồng; phấn đấu đưa sản lượng cát, sỏi khai thác hợp pháp lên trên 1,9 triệu m³ để đáp ứng nhu cầu của các dự án như đường vành đai 4, Quốc lộ 17 và khu công nghiệp Việt Hàn mở rộng.

0 bình luận
"""

P23 = dict(text="Năm 2023", start="2023-01-01", end="2023-12-31")
P23i = dict(P23, inherited=True)
PA = dict(text="Tính đến hết năm 2023", end="2023-12-31")
PY = dict(text="năm 2023", start="2023-01-01", end="2023-12-31")
PT = dict(text="Trong năm 2023", start="2023-01-01", end="2023-12-31")
PTi = dict(PT, inherited=True)
P24 = dict(text="năm 2024", start="2024-01-01", end="2024-12-31")
T = 214.6e9

F = [
    fig("đạt 214,6 tỷ đồng", "214,6", T, "money", "đồng", "tổng thu ngân sách từ hoạt động khoáng sản", P23,
        percent=107.3, change=chg("increase", 15.2, baseline="năm 2022")),
    fig("khoáng sản 96,4 tỷ đồng", "96,4", 96.4e9, "money", "đồng", "thu tiền cấp quyền khai thác khoáng sản", P23i, total=T),
    fig("tài nguyên 81,5 tỷ đồng", "81,5", 81.5e9, "money", "đồng", "thuế tài nguyên", P23i, total=T),
    fig("khoáng sản 36,7 tỷ đồng", "36,7", 36.7e9, "money", "đồng", "phí bảo vệ môi trường đối với khai thác khoáng sản", P23i, total=T),
    fig("khoảng 62 tỷ đồng", "62", 62e9, "money", "đồng", "nhóm cát, sỏi lòng sông đóng góp", P23i, approx="about", percent=28.9),
    fig("có 58 giấy phép", "58", 58, "count", "giấy phép", "giấy phép khai thác khoáng sản còn hiệu lực", PA),
    fig("đó 23 giấy phép", "23", 23, "count", "giấy phép", "giấy phép khai thác cát, sỏi lòng sông", PA, total=58),
    fig("ước đạt 1,74 triệu m³", "1,74", 1.74e6, "measure", "m³", "sản lượng cát, sỏi khai thác", PY, percent=81, status="estimate"),
    fig("kiểm tra 31 tổ chức", "31", 31, "count", "tổ chức, cá nhân", "tổ chức, cá nhân hoạt động khoáng sản được kiểm tra", PT),
    fig("phát hiện 12 đơn vị", "12", 12, "count", "đơn vị", "đơn vị vi phạm", PT),
    fig("xử phạt 1,37 tỷ đồng", "1,37", 1.37e9, "money", "đồng", "xử phạt", PT),
    fig("hơn 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", "truy thu tiền thuế, tiền cấp quyền", PT, approx="over"),
    fig("khởi tố 2 vụ án", "2", 2, "count", "vụ án", "vụ án khai thác tài nguyên trái phép", PTi),
    fig("là 230 tỷ đồng", "230", 230e9, "money", "đồng", "chỉ tiêu thu ngân sách từ khoáng sản", P24, status="target"),
    fig("trên 1,9 triệu m³", "1,9", 1.9e6, "measure", "m³", "sản lượng cát, sỏi khai thác hợp pháp", P24, approx="over", status="target"),
]

write("p440-4", TEXT, [
    "Báo Bắc Giang (Party newspaper, BGĐT tag implies Bắc Giang): mineral revenue 2023 vs dự toán, licences, sand output, inspections, 2024 targets.",
    "Dateline with byline 'Hoàng Anh | 07:45, 19/01/2024'. Distractors: 'Điều 227 Bộ luật Hình sự', 'đường vành đai 4', 'Quốc lộ 17', '0 bình luận', person name.",
    "Revenue parts after 'Trong đó' take total 214,6 tỷ (they add up). 'chiếm 28,9% tổng thu' is the percent of 62 tỷ; the whole is not restated, so no total.",
    "'kiểm tra 31 ..., phát hiện 12 đơn vị vi phạm': no part-of cue, so no total. 'Trong năm 2023' is stated; the next sentence's 2 vụ án inherits it.",
    "'chỉ tiêu ... là 230 tỷ đồng' is a figure named only as a target (status target).",
], F, published="2024-01-19", location="Bắc Giang")
