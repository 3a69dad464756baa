"""p982-2: Yên Thành district portal (Nghệ An), canal lining since the start of 2024."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Trang chủ / Kinh tế / Nông nghiệp
Thứ Ba, 14/05/2024 - 10:20
Yên Thành: Sôi nổi phong trào kiên cố hóa kênh mương nội đồng

Từ đầu năm đến nay, toàn huyện đã kiên cố hóa được 46,8 km kênh mương nội đồng, bằng 58,5% kế hoạch năm. Tổng kinh phí thực hiện gần 37,4 tỷ đồng, trong đó Nhân dân đóng góp 9,8 tỷ đồng cùng hơn 21.000 ngày công lao động.

Các xã dẫn đầu là Hoa Thành, Tăng Thành và Mã Thành với chiều dài kênh được kiên cố lần lượt là 5,4 km, 4,9 km và 4,1 km. Tại xóm 7 xã Đô Thành, bà con đã tự nguyện hiến gần 1.800 m2 đất để mở rộng tuyến kênh N6 dài 1,2 km.

Ông Nguyễn Văn Hùng, Trưởng phòng Nông nghiệp và PTNT huyện cho biết, ngoài xi măng do tỉnh hỗ trợ theo Nghị quyết số 12/2021/NQ-HĐND, huyện hỗ trợ thêm 100 triệu đồng/km đối với kênh loại III. Nhờ cơ chế này, nhiều xã đã làm kênh vượt kế hoạch; xã Hoa Thành đạt 135% kế hoạch năm chỉ sau 4 tháng.

Hiện toàn huyện có 1.126 km kênh mương nội đồng, trong đó đã kiên cố hóa được 792 km, chiếm 70,3%. Đến nay, 38/38 xã, thị trấn đạt tiêu chí số 3 về thủy lợi; diện tích lúa được tưới chủ động đạt 98,2%.

Năm 2024, huyện phấn đấu kiên cố hóa 80 km kênh mương, nâng tỷ lệ kênh mương nội đồng được kiên cố hóa lên 75%.

Hồng Nhung (Trung tâm VH-TT&TT huyện)
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-14")
NOW = P("Đến nay", None, "2024-05-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "chiều dài kênh được kiên cố"

FIGS = [
    F("được 46,8 km", "46,8", 46.8, "measure", "km", "kênh mương nội đồng được kiên cố hóa", YTD,
      percent=58.5),
    F("gần 37,4 tỷ đồng", "37,4", 37.4e9, "money", "đồng", "tổng kinh phí thực hiện", I(YTD),
      approx="nearly"),
    F("góp 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "kinh phí Nhân dân đóng góp", I(YTD),
      total=37.4e9),
    F("hơn 21.000 ngày công", "21.000", 21000, "count", "ngày công", "ngày công lao động Nhân dân đóng góp", I(YTD),
      approx="over"),
    F("là 5,4 km", "5,4", 5.4, "measure", "km", LIST, I(YTD), location="Hoa Thành"),
    F("km, 4,9 km", "4,9", 4.9, "measure", "km", LIST, I(YTD), location="Tăng Thành"),
    F("và 4,1 km", "4,1", 4.1, "measure", "km", LIST, I(YTD), location="Mã Thành"),
    F("gần 1.800 m2", "1.800", 1800, "measure", "m2", "đất hiến để mở rộng tuyến kênh",
      approx="nearly", location="Đô Thành"),
    F("dài 1,2 km", "1,2", 1.2, "measure", "km", "chiều dài tuyến kênh N6", location="Đô Thành"),
    F("100 triệu đồng/km", "100", 100e6, "money", "đồng/km", "mức huyện hỗ trợ thêm đối với kênh loại III"),
    F("đạt 135% kế hoạch", "135", 135, "percent", "%", "tỷ lệ thực hiện kế hoạch năm kiên cố hóa kênh",
      location="Hoa Thành"),
    F("có 1.126 km", "1.126", 1126, "measure", "km", "kênh mương nội đồng"),
    F("được 792 km", "792", 792, "measure", "km", "kênh mương nội đồng đã kiên cố hóa",
      total=1126, percent=70.3),
    F("38/38 xã", "38", 38, "count", "xã, thị trấn", "xã, thị trấn đạt tiêu chí về thủy lợi", NOW,
      total=38),
    F("đạt 98,2%", "98,2", 98.2, "percent", "%", "diện tích lúa được tưới chủ động", NOW),
    F("kiên cố hóa 80 km", "80", 80, "measure", "km", "kênh mương kiên cố hóa", Y24, status="target"),
    F("lên 75%", "75", 75, "percent", "%", "tỷ lệ kênh mương nội đồng được kiên cố hóa", Y24, status="target"),
]

NOTES = [
    "Yên Thành district portal (Nghệ An): weekday dateline, byline at the end. Location is the district; commune items go to the commune.",
    "'trong đó Nhân dân đóng góp 9,8 tỷ đồng cùng hơn 21.000 ngày công': the money part gets the money whole; the ngày công are no part of it.",
    "Not figures: 14/05/2024 - 10:20, xóm 7, kênh N6, kênh loại III, Nghị quyết số 12/2021/NQ-HĐND, tiêu chí số 3, 'chỉ sau 4 tháng' (a duration).",
    "'Hiện' sentences carry no period; 'Đến nay' is an as-of at the dateline.",
]

write(2, TEXT, FIGS, published="2024-05-14", location="Yên Thành", notes=NOTES)
