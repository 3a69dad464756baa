"""p1068-8: Báo Quảng Nam online (QNO), làng bánh tổ in Duy Xuyên before Tết Quý Mão 2023; headline figure."""
from lib import F, P, I, C, T, write

TEXT = """Báo Quảng Nam điện tử
Kinh tế
Làng bánh tổ Kiểm Lâm xuất bán hơn 200 nghìn chiếc dịp Tết
Cập nhật lúc 15:40, Thứ năm, 12/01/2023

(QNO) - Những ngày giáp Tết Quý Mão, các lò bánh tổ ở làng Kiểm Lâm, xã Duy Hòa, huyện Duy Xuyên đỏ lửa suốt ngày đêm.

Toàn làng hiện có 38 hộ làm bánh tổ, trong đó 12 hộ sản xuất quy mô lớn với 3-4 lò hấp. Từ đầu tháng 12/2022 đến nay, làng đã xuất bán hơn 200.000 chiếc bánh tổ, tăng khoảng 15% so với Tết năm trước; dự kiến đến ngày 28 tháng Chạp sẽ đạt 260.000 chiếc.

Bánh tổ loại nhỏ (khoảng 0,3 kg) có giá 15.000 đồng/chiếc, loại lớn 1 kg giá 45.000-50.000 đồng/chiếc. Ước tính mỗi hộ thu lãi từ 30 đến 80 triệu đồng trong vụ Tết. Ông Nguyễn Văn Ba, thôn Kiểm Lâm 1, cho biết gia đình dùng khoảng 1,5 tấn nếp và 1,2 tấn đường mỗi vụ, thuê 6 lao động phụ việc.

Đoàn kiểm tra liên ngành về an toàn thực phẩm huyện Duy Xuyên đã kiểm tra 26 cơ sở sản xuất bánh, mứt, kẹo, trong đó 24 cơ sở đạt yêu cầu, chiếm 92,3%, 2 cơ sở bị nhắc nhở về vệ sinh nhà xưởng.

Theo Sở Công Thương, tổng mức bán lẻ hàng hóa phục vụ Tết Quý Mão trên địa bàn tỉnh dự kiến đạt 6.850 tỷ đồng, tăng 11% so với Tết năm trước; trong đó nhóm bánh, mứt, kẹo chiếm khoảng 8%. Tỉnh đã chuẩn bị 412 tỷ đồng hàng bình ổn giá, gấp 1,2 lần năm 2022.

Năm 2023, huyện Duy Xuyên phấn đấu có thêm 3 sản phẩm bánh truyền thống đạt chuẩn OCOP.

VĂN PHIN
"""

SHOP = P("Từ đầu tháng 12/2022 đến nay", "2022-12-01", "2023-01-12")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("hơn 200 nghìn chiếc", "200", 200000, "count", "chiếc", "bánh tổ làng Kiểm Lâm xuất bán", approx="over"),
    F("có 38 hộ", "38", 38, "count", "hộ", "hộ làm bánh tổ"),
    F("trong đó 12 hộ", "12", 12, "count", "hộ", "hộ sản xuất quy mô lớn", total=38),
    F("với 3-4 lò", "3", 3, "count", "lò hấp", "lò hấp của hộ quy mô lớn", value_max=4, optional=True),
    F("hơn 200.000 chiếc", "200.000", 200000, "count", "chiếc", "bánh tổ làng đã xuất bán", SHOP,
      approx="over", change=C("increase", 15, "%", "Tết năm trước", approx="about")),
    F("đạt 260.000 chiếc", "260.000", 260000, "count", "chiếc", "bánh tổ xuất bán",
      P("Từ đầu tháng 12/2022 ... đến ngày 28 tháng Chạp", "2022-12-01", "2023-01-19", inherited=True), status="forecast"),
    F("khoảng 0,3 kg", "0,3", 0.3, "measure", "kg", "khối lượng bánh tổ loại nhỏ", approx="about", optional=True),
    F("giá 15.000 đồng/chiếc", "15.000", 15000, "money", "đồng/chiếc", "giá bánh tổ loại nhỏ"),
    F("lớn 1 kg", "1", 1, "measure", "kg", "khối lượng bánh tổ loại lớn", optional=True),
    F("giá 45.000-50.000 đồng/chiếc", "45.000", 45000, "money", "đồng/chiếc", "giá bánh tổ loại lớn",
      value_max=50000),
    F("từ 30 đến 80 triệu", "30", 30e6, "money", "đồng", "lãi mỗi hộ trong vụ Tết", value_max=80e6,
      status="estimate"),
    F("khoảng 1,5 tấn", "1,5", 1.5, "measure", "tấn", "nếp gia đình dùng mỗi vụ", approx="about"),
    F("1,2 tấn đường", "1,2", 1.2, "measure", "tấn", "đường gia đình dùng mỗi vụ"),
    F("thuê 6 lao động", "6", 6, "count", "lao động", "lao động phụ việc gia đình thuê"),
    F("kiểm tra 26 cơ sở", "26", 26, "count", "cơ sở", "cơ sở sản xuất bánh, mứt, kẹo được kiểm tra"),
    F("trong đó 24 cơ sở", "24", 24, "count", "cơ sở", "cơ sở đạt yêu cầu", total=26, percent=92.3),
    F("2 cơ sở bị nhắc nhở", "2", 2, "count", "cơ sở", "cơ sở bị nhắc nhở về vệ sinh nhà xưởng", total=26),
    F("đạt 6.850 tỷ đồng", "6.850", 6850e9, "money", "đồng", "tổng mức bán lẻ hàng hóa phục vụ Tết",
      status="forecast", change=C("increase", 11, "%", "Tết năm trước"), location="Quảng Nam"),
    F("chiếm khoảng 8%", "8", 8, "percent", "%", "nhóm bánh, mứt, kẹo trong tổng mức bán lẻ phục vụ Tết",
      approx="about", status="forecast", location="Quảng Nam"),
    F("chuẩn bị 412 tỷ đồng", "412", 412e9, "money", "đồng", "hàng bình ổn giá",
      change=C("increase", 1.2, "lần", "năm 2022"), location="Quảng Nam"),
    F("thêm 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm bánh truyền thống đạt chuẩn OCOP", Y23,
      status="target"),
]

NOTES = [
    "Báo Quảng Nam (QNO): làng bánh tổ Kiểm Lâm (xã Duy Hòa, huyện Duy Xuyên) before Tết Quý Mão; 'Cập nhật lúc 15:40, Thứ năm, 12/01/2023'.",
    "Village and district figures are Duy Xuyên; the Sở Công Thương's retail and price-stabilisation figures are Quảng Nam (the province).",
    "Headline 'hơn 200 nghìn chiếc' restates the body's 200.000 (no period in the headline). 'đến ngày 28 tháng Chạp' is a lunar date.",
    "'trong đó 24 ..., chiếm 92,3%, 2 cơ sở ...' both parts of 26. 'gấp 1,2 lần năm 2022' after 412 tỷ is its change.",
    "260.000 (forecast) runs from early 12/2022 to 28 tháng Chạp (= 19/01/2023): a lunar end no reader can be asked to date; left unscored (inherited).",
    "Not figures: 'thôn Kiểm Lâm 1', 'Nguyễn Văn Ba', '15:40', 'Tết Quý Mão'. Specifications '3-4 lò hấp', '0,3 kg', '1 kg' are optional.",
]

if __name__ == "__main__":
    write("p1068-8", TEXT, NOTES, FIGS, published="2023-01-12", location="Duy Xuyên")
