from lib import write, P

TEXT = """UBND HUYỆN YÊN THÀNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Văn hóa - Thể thao

Phong trào thể dục, thể thao huyện Yên Thành 6 tháng đầu năm 2024
Thứ Tư, 10/07/2024 - 15:20

6 tháng đầu năm 2024, phong trào thể dục, thể thao quần chúng trên địa bàn huyện tiếp tục phát triển. Tỷ lệ người tập luyện thể dục, thể thao thường xuyên ước đạt 36,2% dân số, tăng 1,4 điểm phần trăm so với cùng kỳ. Toàn huyện có 11.870 gia đình thể thao, chiếm 23,5% tổng số hộ.

Cơ sở vật chất phục vụ tập luyện từng bước được đầu tư. Hiện huyện có 1 sân vận động trung tâm, 2 nhà thi đấu đa năng, 3 bể bơi, 316 sân bóng đá mini (trong đó 41 sân cỏ nhân tạo) và 428 sân bóng chuyền; 357/412 thôn, xóm có nhà văn hóa kết hợp điểm tập luyện, đạt tỷ lệ 86,7%.

Từ đầu năm đến nay, huyện tổ chức 14 giải thể thao cấp huyện với hơn 3.200 lượt vận động viên tham gia; các xã, thị trấn tổ chức 126 giải cấp cơ sở.

Tại Đại hội Thể dục thể thao tỉnh Nghệ An lần thứ X năm 2022, đoàn Yên Thành giành 42 huy chương, gồm 15 huy chương vàng, 12 huy chương bạc và 15 huy chương đồng, xếp thứ 4/21 huyện, thành, thị.

Kinh phí sự nghiệp thể dục, thể thao năm 2024 của huyện được giao 2,85 tỷ đồng; đến 30/6 đã giải ngân 1,37 tỷ đồng, đạt 48,1%.

Cả năm 2024, huyện phấn đấu tỷ lệ người tập luyện thường xuyên đạt 37%, số hộ gia đình thể thao đạt 24% và tổ chức ít nhất 20 giải cấp huyện.

Trung tâm Văn hóa - Thể thao huyện, số 12 đường Phan Đăng Lưu, khối 3, thị trấn Yên Thành. Điện thoại: 0238.3863.215

Lượt xem: 418
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
TDN = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-10")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")

F = [
    dict(anchor="ước đạt 36,2%", number="36,2", value=36.2, kind="percent", unit="%", status="estimate",
         change=dict(direction="increase", value=1.4, unit="điểm phần trăm", baseline="cùng kỳ"),
         subject="Tỷ lệ người tập luyện thể dục, thể thao thường xuyên", period=H1i),
    dict(anchor="11.870 gia đình", number="11.870", value=11870, kind="count", unit="gia đình thể thao", percent=23.5,
         subject="gia đình thể thao", period=H1i),
    dict(anchor="1 sân vận động", number="1", value=1, kind="count", unit="sân vận động",
         subject="sân vận động trung tâm"),
    dict(anchor="2 nhà thi đấu", number="2", value=2, kind="count", unit="nhà thi đấu", subject="nhà thi đấu đa năng"),
    dict(anchor="3 bể bơi", number="3", value=3, kind="count", unit="bể bơi", subject="bể bơi"),
    dict(anchor="316 sân", number="316", value=316, kind="count", unit="sân bóng đá mini", subject="sân bóng đá mini"),
    dict(anchor="41 sân cỏ", number="41", value=41, kind="count", unit="sân cỏ nhân tạo", total=316,
         subject="sân cỏ nhân tạo"),
    dict(anchor="428 sân", number="428", value=428, kind="count", unit="sân bóng chuyền", subject="sân bóng chuyền"),
    dict(anchor="357/412", number="357", value=357, kind="count", unit="thôn, xóm", total=412, percent=86.7,
         subject="thôn, xóm có nhà văn hóa kết hợp điểm tập luyện"),
    dict(anchor="tổ chức 14 giải", number="14", value=14, kind="count", unit="giải", subject="giải thể thao cấp huyện",
         period=TDN),
    dict(anchor="hơn 3.200 lượt", number="3.200", value=3200, kind="count", unit="lượt vận động viên", approx="over",
         subject="lượt vận động viên tham gia", period=TDN),
    dict(anchor="126 giải", number="126", value=126, kind="count", unit="giải", subject="giải cấp cơ sở", period=TDN),
    dict(anchor="giành 42 huy chương", number="42", value=42, kind="count", unit="huy chương",
         subject="huy chương tại Đại hội Thể dục thể thao tỉnh", period=Y22),
    dict(anchor="gồm 15 huy chương vàng", number="15", value=15, kind="count", unit="huy chương vàng", total=42,
         subject="huy chương vàng", period=Y22),
    dict(anchor="12 huy chương bạc", number="12", value=12, kind="count", unit="huy chương bạc", total=42,
         subject="huy chương bạc", period=Y22),
    dict(anchor="và 15 huy chương đồng", number="15", value=15, kind="count", unit="huy chương đồng", total=42,
         subject="huy chương đồng", period=Y22),
    dict(anchor="thứ 4/21", number="4", value=4, kind="rank", unit="hạng", total=21,
         subject="xếp hạng tại Đại hội Thể dục thể thao tỉnh", period=Y22),
    dict(anchor="giao 2,85 tỷ", number="2,85", value=2.85e9, kind="money", unit="đồng",
         subject="Kinh phí sự nghiệp thể dục, thể thao được giao", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    dict(anchor="giải ngân 1,37 tỷ", number="1,37", value=1.37e9, kind="money", unit="đồng", percent=48.1,
         subject="kinh phí sự nghiệp thể dục, thể thao đã giải ngân", period=P("đến 30/6", None, "2024-06-30")),
    dict(anchor="đạt 37%", number="37", value=37, kind="percent", unit="%", status="target",
         subject="tỷ lệ người tập luyện thường xuyên", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    dict(anchor="đạt 24%", number="24", value=24, kind="percent", unit="%", status="target",
         subject="số hộ gia đình thể thao", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    dict(anchor="ít nhất 20 giải", number="20", value=20, kind="count", unit="giải", approx="at_least", status="target",
         subject="giải cấp huyện", period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

write(2, TEXT, F, [
    "District portal (UBND huyện Yên Thành, Nghệ An): grassroots sport and facilities, first half of 2024.",
    "Dateline 'Thứ Tư, 10/07/2024 - 15:20'. Distractors: 'lần thứ X', address 'số 12 đường Phan Đăng Lưu, khối 3', phone,",
    "'Lượt xem: 418' at the bottom. Nghệ An is named only inside the provincial games' name: location stays Yên Thành (district).",
    "'tăng 1,4 điểm phần trăm' is the rate's change (unit điểm phần trăm). 'chiếm 23,5%' is the share of 11.870 gia đình.",
    "Facility counts after 'Hiện' have no period (present stock; null). '357/412 ... đạt tỷ lệ 86,7%': total 412, percent 86.7.",
    "'Từ đầu năm đến nay' runs to the dateline 2024-07-10. 'đến 30/6' takes 2024 from the sentence before. Breakdown after 'gồm' gives total 42.",
    "'được giao 2,85 tỷ' is the allocated budget, stated as fact (actual); 48,1% is the share of 1,37 tỷ.",
], published="2024-07-10", location="Yên Thành")
