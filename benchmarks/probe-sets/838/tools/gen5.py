"""p838-5: Party/provincial newspaper (Báo Nghệ An style), cooperative composting straw and manure, Yên Thành."""
from lib import F, P, I, C, write

TEXT = """Yên Thành: Hợp tác xã biến phụ phẩm thành phân bón hữu cơ

Những năm gần đây, rơm rạ, vỏ trấu và phân chuồng ở huyện Yên Thành không còn bị bỏ phí. Hợp tác xã Nông nghiệp Dịch vụ tổng hợp Bắc Thành đã đầu tư xưởng ủ phân hữu cơ vi sinh rộng 3.500 m2, tổng vốn 4,8 tỷ đồng, trong đó vốn hỗ trợ từ ngân sách tỉnh là 1,2 tỷ đồng.

Mỗi năm, HTX thu mua khoảng 2.000 tấn rơm rạ và hơn 1.500 tấn phân chuồng của bà con trong vùng với giá 300.000-400.000 đồng/tấn, sản xuất ra khoảng 1.800 tấn phân bón hữu cơ. Năm 2023, doanh thu của HTX đạt 5,4 tỷ đồng, lợi nhuận gần 900 triệu đồng, tạo việc làm ổn định cho 22 lao động với thu nhập bình quân 7,5 triệu đồng/người/tháng.

Theo ông Nguyễn Văn Hai, Giám đốc HTX, phân bón của HTX có hàm lượng chất hữu cơ đạt 22%, giá bán 3.200 đồng/kg, thấp hơn khoảng 25% so với sản phẩm cùng loại trên thị trường. Sản phẩm đã được công nhận OCOP 3 sao năm 2022 và được giới thiệu tại Hội chợ nông sản tỉnh lần thứ 5.

Hiện nay, toàn huyện Yên Thành có 9 HTX và 46 tổ hợp tác tham gia ủ phân từ phụ phẩm, mỗi năm xử lý trên 15.000 tấn rơm rạ, góp phần giảm 70% số điểm đốt rơm ngoài đồng so với năm 2020. Năm 2024, HTX Bắc Thành dự kiến mở rộng công suất lên 3.000 tấn/năm, liên kết với 350 hộ dân ở 4 xã Bắc Thành, Nam Thành, Trung Thành và Xuân Thành.

Theo ông Hai, khó khăn lớn nhất hiện nay là vốn: một dây chuyền đóng bao tự động có giá khoảng 1,5 tỷ đồng, vượt quá khả năng của HTX.

THÀNH CHUNG
15/03/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("rộng 3.500 m2", "3.500", 3500, "measure", "m2", "diện tích xưởng ủ phân hữu cơ vi sinh"),
    F("tổng vốn 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng", "tổng vốn đầu tư xưởng ủ phân"),
    F("là 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "vốn hỗ trợ từ ngân sách tỉnh", total=4.8e9),
    F("khoảng 2.000 tấn rơm rạ", "2.000", 2000, "measure", "tấn/năm", "rơm rạ HTX thu mua mỗi năm", approx="about"),
    F("hơn 1.500 tấn phân chuồng", "1.500", 1500, "measure", "tấn/năm", "phân chuồng HTX thu mua mỗi năm", approx="over"),
    F("giá 300.000-400.000 đồng/tấn", "300.000", 300000, "money", "đồng/tấn", "giá thu mua rơm rạ, phân chuồng",
      value_max=400000),
    F("khoảng 1.800 tấn phân", "1.800", 1800, "measure", "tấn/năm", "phân bón hữu cơ HTX sản xuất mỗi năm",
      approx="about"),
    F("đạt 5,4 tỷ đồng", "5,4", 5.4e9, "money", "đồng", "doanh thu của HTX", Y23),
    F("gần 900 triệu đồng", "900", 900e6, "money", "đồng", "lợi nhuận của HTX", Y23, approx="nearly"),
    F("cho 22 lao động", "22", 22, "count", "lao động", "lao động có việc làm ổn định tại HTX", Y23),
    F("bình quân 7,5 triệu đồng/người/tháng", "7,5", 7.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động",
      Y23),
    F("đạt 22%", "22", 22, "percent", "%", "hàm lượng chất hữu cơ trong phân bón của HTX"),
    F("giá bán 3.200 đồng/kg", "3.200", 3200, "money", "đồng/kg", "giá bán phân bón của HTX",
      change=C("decrease", 25, "%", "sản phẩm cùng loại trên thị trường", approx="about")),
    F("có 9 HTX", "9", 9, "count", "HTX", "HTX tham gia ủ phân từ phụ phẩm"),
    F("46 tổ hợp tác", "46", 46, "count", "tổ hợp tác", "tổ hợp tác tham gia ủ phân từ phụ phẩm"),
    F("trên 15.000 tấn", "15.000", 15000, "measure", "tấn/năm", "rơm rạ được xử lý mỗi năm", approx="over"),
    F("giảm 70% số điểm", "70", 70, "percent", "%", "số điểm đốt rơm ngoài đồng giảm"),
    F("lên 3.000 tấn/năm", "3.000", 3000, "measure", "tấn/năm", "công suất của HTX Bắc Thành", Y24, status="forecast"),
    F("với 350 hộ dân", "350", 350, "count", "hộ dân", "hộ dân liên kết với HTX", Y24, status="forecast"),
    F("ở 4 xã", "4", 4, "count", "xã", "xã có hộ dân liên kết với HTX", Y24, status="forecast"),
    F("khoảng 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "giá một dây chuyền đóng bao tự động", approx="about"),
]

NOTES = [
    "Provincial Party newspaper style (Báo Nghệ An), byline and bare date at the end (15/03/2024): a cooperative in Yên Thành",
    "composting straw and manure. Location: the district Yên Thành throughout (the cooperative and communes lie in it).",
    "'Mỗi năm ...' amounts get unit tấn/năm; the 'trong đó ... là 1,2 tỷ đồng' part takes the 4,8 tỷ whole.",
    "'thấp hơn khoảng 25% so với sản phẩm cùng loại' is the change of the 3.200 đồng/kg price; 'giảm 70% số điểm đốt rơm'",
    "has no base amount: a percent figure. 'dự kiến' governs the continuing clause (350 hộ dân, 4 xã) -> forecast.",
    "Not figures: 'OCOP 3 sao' (a rating class, like 'mức độ 3'), 'lần thứ 5' (ordinal), the name 'Nguyễn Văn Hai', 'năm 2020' baseline.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2024-03-15", location="Yên Thành")
