from lib import write, P

A = """SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH THANH HÓA
Tin hoạt động | Đăng ký kinh doanh

Tình hình đăng ký doanh nghiệp quý III và 9 tháng năm 2024
Ngày đăng: 04/10/2024 | Lượt xem: 845

Quý III/2024, Phòng Đăng ký kinh doanh đã cấp giấy chứng nhận đăng ký doanh nghiệp cho 512 doanh nghiệp thành lập mới, vốn đăng ký 5.236,8 tỷ đồng; so với quý II/2024, số doanh nghiệp giảm 4,1% nhưng vốn đăng ký tăng 18,7%.

Tính chung 9 tháng năm 2024, toàn tỉnh có 1.603 doanh nghiệp thành lập mới (bằng 71,2% kế hoạch năm), tổng vốn đăng ký 15.418 tỷ đồng, tăng 9,8% so với cùng kỳ; bình quân vốn đăng ký của một doanh nghiệp mới là 9,62 tỷ đồng.

Doanh nghiệp thành lập mới tập trung chủ yếu ở thành phố Thanh Hóa với 548 doanh nghiệp (chiếm 34,2%), thị xã Nghi Sơn 213 doanh nghiệp (13,3%), thành phố Sầm Sơn 96 doanh nghiệp (6%); các huyện miền núi như Mường Lát, Quan Sơn chỉ có từ 2 đến 5 doanh nghiệp mỗi huyện.

Về ngành nghề, bán buôn, bán lẻ chiếm 38,5%; xây dựng chiếm 21,7%; công nghiệp chế biến, chế tạo chiếm 12,4% tổng số doanh nghiệp thành lập mới.

Cũng trong 9 tháng, có 695 doanh nghiệp quay trở lại hoạt động; 1.127 doanh nghiệp tạm ngừng kinh doanh, tăng 11,3% so với cùng kỳ; 402 doanh nghiệp giải thể, trong đó 58 doanh nghiệp có vốn đăng ký dưới 1 tỷ đồng.

Đối với hộ kinh doanh, quý III/2024 có 41 hộ chuyển đổi lên doanh nghiệp; lũy kế 9 tháng là 118 doanh nghiệp, đạt 59% chỉ tiêu năm 2024 (200 doanh nghiệp). Sở đã phối hợp với Cục Thuế tỉnh hướng dẫn các hộ theo Nghị định số 01/2021/NĐ-CP về đăng ký doanh nghiệp.

Tổ chức, cá nhân cần hỗ trợ liên hệ Phòng Đăng ký kinh doanh, số 45 Đại lộ Lê Lợi, TP Thanh Hóa; điện thoại 0237.3852.366.
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
DN = dict(kind="count", unit="doanh nghiệp")
NEW = "doanh nghiệp thành lập mới"

F = [
    dict(anchor="cho 512 doanh nghiệp", number="512", value=512, **DN,
         change=dict(direction="decrease", value=4.1, unit="%", baseline="quý II/2024"),
         subject=NEW, period=Q3),
    dict(anchor="vốn đăng ký 5.236,8 tỷ đồng", number="5.236,8", value=5236.8e9, kind="money", unit="đồng",
         change=dict(direction="increase", value=18.7, unit="%", baseline="quý II/2024"),
         subject="vốn đăng ký", period=Q3),
    dict(anchor="có 1.603 doanh nghiệp", number="1.603", value=1603, **DN, percent=71.2,
         subject=NEW, period=M9),
    dict(anchor="tổng vốn đăng ký 15.418 tỷ đồng", number="15.418", value=15418e9, kind="money", unit="đồng",
         change=dict(direction="increase", value=9.8, unit="%", baseline="cùng kỳ"),
         subject="tổng vốn đăng ký", period=M9),
    dict(anchor="mới là 9,62 tỷ đồng", number="9,62", value=9.62e9, kind="money", unit="đồng",
         subject="bình quân vốn đăng ký của một doanh nghiệp mới", period=M9),
    dict(anchor="với 548 doanh nghiệp", number="548", value=548, **DN, percent=34.2,
         subject=NEW, period=M9i, location="Thanh Hóa"),
    dict(anchor="Nghi Sơn 213 doanh nghiệp", number="213", value=213, **DN, percent=13.3,
         subject=NEW, period=M9i, location="Nghi Sơn"),
    dict(anchor="Sầm Sơn 96 doanh nghiệp", number="96", value=96, **DN, percent=6,
         subject=NEW, period=M9i, location="Sầm Sơn"),
    dict(anchor="từ 2 đến 5 doanh nghiệp", number="2", value=2, value_max=5, **DN,
         subject=NEW + " mỗi huyện miền núi", period=M9i, optional=True),
    dict(anchor="bán lẻ chiếm 38,5%", number="38,5", value=38.5, kind="percent", unit="%",
         subject="doanh nghiệp thành lập mới ngành bán buôn, bán lẻ", period=M9i),
    dict(anchor="xây dựng chiếm 21,7%", number="21,7", value=21.7, kind="percent", unit="%",
         subject="doanh nghiệp thành lập mới ngành xây dựng", period=M9i),
    dict(anchor="chế tạo chiếm 12,4%", number="12,4", value=12.4, kind="percent", unit="%",
         subject="doanh nghiệp thành lập mới ngành công nghiệp chế biến, chế tạo", period=M9i),
    dict(anchor="có 695 doanh nghiệp", number="695", value=695, **DN,
         subject="doanh nghiệp quay trở lại hoạt động", period=M9b),
    dict(anchor="1.127 doanh nghiệp", number="1.127", value=1127, **DN,
         change=dict(direction="increase", value=11.3, unit="%", baseline="cùng kỳ"),
         subject="doanh nghiệp tạm ngừng kinh doanh", period=M9b),
    dict(anchor="402 doanh nghiệp", number="402", value=402, **DN,
         subject="doanh nghiệp giải thể", period=M9b),
    dict(anchor="58 doanh nghiệp", number="58", value=58, **DN, total=402,
         subject="doanh nghiệp giải thể có vốn đăng ký dưới 1 tỷ đồng", period=M9b),
    dict(anchor="dưới 1 tỷ đồng", number="1", value=1e9, kind="money", unit="đồng", approx="under",
         optional=True),
    dict(anchor="có 41 hộ", number="41", value=41, kind="count", unit="hộ",
         subject="hộ kinh doanh chuyển đổi lên doanh nghiệp", period=Q3),
    dict(anchor="là 118 doanh nghiệp", number="118", value=118, **DN, percent=59,
         target=dict(value=200, unit="doanh nghiệp"),
         subject="hộ kinh doanh chuyển đổi lên doanh nghiệp lũy kế", period=P("9 tháng", "2024-01-01", "2024-09-30")),
]

write("p352-2", A, F, [
    "Sở KH&ĐT Thanh Hóa (department site): đăng ký doanh nghiệp quý III và 9 tháng năm 2024. 'Ngày đăng: 04/10/2024 | Lượt xem: 845'.",
    "Distractors: view counter, Nghị định số 01/2021/NĐ-CP, address 'số 45 Đại lộ Lê Lợi, TP Thanh Hóa', phone 0237.3852.366.",
    "'so với quý II/2024, số doanh nghiệp giảm 4,1% nhưng vốn đăng ký tăng 18,7%': each change belongs to the figure it names.",
    "'(bằng 71,2% kế hoạch năm)': share of plan = percent of 1.603. '(chiếm 34,2%)', '(13,3%)', '(6%)': percents of the list items.",
    "Sector shares without a base count ('bán buôn, bán lẻ chiếm 38,5%') are percent figures. 'từ 2 đến 5 doanh nghiệp mỗi huyện' (two districts) optional.",
    "'dưới 1 tỷ đồng' is a threshold defining the set (optional). '58 … trong đó' part of 402. 'Cũng trong 9 tháng' / 'lũy kế 9 tháng': period stated (year 2024 from earlier).",
    "'đạt 59% chỉ tiêu năm 2024 (200 doanh nghiệp)': percent 59 and target 200 on 118.",
], published="2024-10-04", location="Thanh Hóa")
