from lib import emit, P

text = """Báo Lào Cai điện tử
Kinh tế

18/10/2024 07:45
Minh Đức

Hàng hóa qua ga đường sắt quốc tế Lào Cai tăng mạnh

BLC - 9 tháng năm 2024, tổng khối lượng hàng hóa xuất nhập khẩu qua ga đường sắt quốc tế Lào Cai đạt 1,26 triệu tấn, tăng 27,4% so với cùng kỳ năm 2023, bằng 84% kế hoạch năm.

Trong đó, hàng xuất khẩu đạt 812 nghìn tấn, chiếm 64,4%; hàng nhập khẩu 448 nghìn tấn. Mặt hàng xuất khẩu chủ yếu là quặng apatit, lưu huỳnh, phân bón; hàng nhập khẩu chủ yếu là máy móc, thiết bị, hóa chất.

Bình quân mỗi ngày có từ 6 đến 8 đôi tàu liên vận chạy qua cửa khẩu, mỗi đôi tàu từ 25 đến 30 toa xe. Riêng tháng 9, do ảnh hưởng của bão số 3 (Yagi), tuyến Hà Nội - Lào Cai bị gián đoạn 11 ngày, sản lượng hàng qua ga chỉ đạt 74,6 nghìn tấn, giảm 38% so với tháng 8.

Từ đầu năm đến nay, ga đã tiếp nhận, bàn giao 3.580 toa xe hàng với phía Trung Quốc. Tổng thu ngân sách từ hoạt động xuất nhập khẩu qua ga 9 tháng ước đạt 356 tỷ đồng. Chi nhánh Đường sắt Lào Cai hiện có 214 cán bộ, công nhân viên.

Theo ông Nguyễn Hữu Long, Trưởng ga Lào Cai, dự kiến quý IV/2024 sản lượng đạt khoảng 450 nghìn tấn, đưa tổng sản lượng cả năm lên trên 1,7 triệu tấn, lần đầu vượt mốc 1,5 triệu tấn kể từ năm 2016.

Tỉnh đang đề xuất Bộ GTVT sớm triển khai tuyến đường sắt khổ tiêu chuẩn Lào Cai - Hà Nội - Hải Phòng dài khoảng 390 km, tổng mức đầu tư dự kiến hơn 8,3 tỷ USD.
"""

T9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
M9 = P("Riêng tháng 9", "2024-09-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-18")
T9b = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
CN = P("cả năm", "2024-01-01", "2024-12-31")

figs = [
    dict(anchor="đạt 1,26 triệu tấn", number="1,26", value=1.26e6, kind="measure", unit="tấn", percent=84,
         change=dict(direction="increase", value=27.4, unit="%", baseline="cùng kỳ năm 2023"),
         subject="tổng khối lượng hàng hóa xuất nhập khẩu qua ga đường sắt quốc tế Lào Cai", period=T9),
    dict(anchor="đạt 812 nghìn tấn", number="812", value=812e3, kind="measure", unit="tấn", total=1.26e6, percent=64.4,
         subject="hàng xuất khẩu", period=T9i),
    dict(anchor="khẩu 448 nghìn tấn", number="448", value=448e3, kind="measure", unit="tấn", total=1.26e6,
         subject="hàng nhập khẩu", period=T9i),
    dict(anchor="từ 6 đến 8 đôi tàu", number="6", value=6, value_max=8, kind="count", unit="đôi tàu",
         subject="đôi tàu liên vận chạy qua cửa khẩu bình quân mỗi ngày", period=T9i),
    dict(anchor="từ 25 đến 30 toa xe", number="25", value=25, value_max=30, kind="count", unit="toa xe",
         subject="toa xe mỗi đôi tàu", period=T9i),
    dict(anchor="gián đoạn 11 ngày", number="11", value=11, kind="measure", unit="ngày", optional=True,
         subject="thời gian tuyến Hà Nội - Lào Cai bị gián đoạn", period=M9),
    dict(anchor="đạt 74,6 nghìn tấn", number="74,6", value=74.6e3, kind="measure", unit="tấn",
         change=dict(direction="decrease", value=38, unit="%", baseline="tháng 8"),
         subject="sản lượng hàng qua ga", period=M9),
    dict(anchor="bàn giao 3.580 toa xe", number="3.580", value=3580, kind="count", unit="toa xe hàng",
         subject="toa xe hàng tiếp nhận, bàn giao với phía Trung Quốc", period=YTD),
    dict(anchor="ước đạt 356 tỷ", number="356", value=356e9, kind="money", unit="đồng", status="estimate",
         subject="tổng thu ngân sách từ hoạt động xuất nhập khẩu qua ga", period=T9b),
    dict(anchor="có 214 cán bộ", number="214", value=214, kind="count", unit="cán bộ, công nhân viên",
         subject="cán bộ, công nhân viên Chi nhánh Đường sắt Lào Cai"),
    dict(anchor="khoảng 450 nghìn tấn", number="450", value=450e3, kind="measure", unit="tấn", approx="about",
         status="forecast", subject="sản lượng hàng qua ga", period=Q4),
    dict(anchor="trên 1,7 triệu tấn", number="1,7", value=1.7e6, kind="measure", unit="tấn", approx="over",
         status="forecast", subject="tổng sản lượng cả năm", period=CN),
    dict(anchor="mốc 1,5 triệu tấn", number="1,5", value=1.5e6, kind="measure", unit="tấn", optional=True,
         status="forecast", subject="mốc sản lượng"),
    dict(anchor="khoảng 390 km", number="390", value=390, kind="measure", unit="km", approx="about",
         subject="chiều dài tuyến đường sắt khổ tiêu chuẩn Lào Cai - Hà Nội - Hải Phòng"),
    dict(anchor="hơn 8,3 tỷ USD", number="8,3", value=8.3e9, kind="money", unit="USD", approx="over",
         status="forecast", subject="tổng mức đầu tư tuyến đường sắt khổ tiêu chuẩn"),
]

emit(5, text, [
    "Party newspaper (Báo Lào Cai): freight through Lào Cai international railway station, 9 months 2024; September storm; Q4 forecast.",
    "Bare dateline '18/10/2024 07:45' after the section, byline 'Minh Đức', tag 'BLC -' (implies Lào Cai). Distractors: 'bão số 3', 'tháng 8', 'kể từ năm 2016'.",
    "'bằng 84% kế hoạch năm' share of 1,26 triệu tấn; 'Trong đó' parts 812 + 448 nghìn = 1,26 triệu (total); 'chiếm 64,4%' is the share of 812.",
    "Ranges 'từ 6 đến 8 đôi tàu', 'từ 25 đến 30 toa xe'; the paragraph inherits 9 tháng (not scored). 'gián đoạn 11 ngày' (a duration) and 'mốc 1,5 triệu tấn' optional.",
    "'Riêng tháng 9' takes 2024; 'cả năm' = 2024. 'dự kiến' governs the Q4 and full-year figures (forecast). '390 km' stands before the 'dự kiến' cue: actual.",
    "Trung Quốc is a trade partner, not the place of a figure; all figures are Lào Cai.",
], figs, published="2024-10-18", location="Lào Cai")
