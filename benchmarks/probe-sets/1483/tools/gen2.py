"""p1483-2: district portal (huyện Văn Lâm, Hưng Yên): làng nghề tái chế nhựa Minh Khai turns to household ware."""
from lib import F, P, INH, CH, TG, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Làng nghề

Làng nghề tái chế nhựa Minh Khai chuyển hướng sản xuất đồ gia dụng

20/05/2024 - 08:40

Xã Minh Khai hiện có khoảng 850 hộ làm nghề tái chế và sản xuất đồ nhựa, trong đó hơn 300 hộ đã chuyển sang làm thành phẩm như xô, chậu, rổ rá, móc treo quần áo. Mỗi ngày, làng nghề thu gom, xử lý khoảng 600 tấn phế liệu nhựa.

Ông Đỗ Văn Hòa, chủ cơ sở nhựa Hòa Phát Minh ở thôn Phan Bôi, cho biết gia đình có hai xưởng với 6 máy ép phun, tổng vốn đầu tư gần 4 tỷ đồng. Mỗi tháng cơ sở sản xuất từ 80.000 đến 100.000 chiếc rổ, chậu các loại, tạo việc làm cho gần ba chục lao động với thu nhập 8-9 triệu đồng/người/tháng. Sản phẩm bán chạy nhất là xô nhựa 10 lít, giá xuất xưởng 18.000 đồng/chiếc, và mẫu rổ vuông RV-36 giá 12.000 đồng/chiếc.

Năm 2023, tổng doanh thu của làng nghề đạt khoảng 3.200 tỷ đồng, tăng 9% so với năm 2022; thu nhập bình quân đầu người của xã đạt 82 triệu đồng/năm, đứng thứ 2 toàn huyện.

Tuy nhiên, hoạt động tái chế nhựa cũng gây áp lực lớn lên môi trường. Từ đầu năm đến nay, Đoàn kiểm tra liên ngành của huyện đã kiểm tra 46 cơ sở, xử phạt 12 cơ sở vi phạm với tổng số tiền 285 triệu đồng. Huyện phấn đấu đến năm 2025 có ít nhất 70% cơ sở trong làng nghề áp dụng công nghệ sản xuất sạch hơn, di dời từ 40 đến 50 cơ sở vào cụm công nghiệp làng nghề.

Nguồn: Phòng Kinh tế và Hạ tầng huyện Văn Lâm

Tin khác:
- Văn Lâm: Sơ kết 6 tháng đầu năm công tác khuyến công
- Xã Lạc Đạo ra quân làm sạch tuyến đường trục xã

Địa chỉ: Thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên | Điện thoại: 0221.3986.215
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-20")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 850 hộ", "850", 850, "count", "hộ", approx="about",
      subject="hộ làm nghề tái chế và sản xuất đồ nhựa"),
    F("hơn 300 hộ", "300", 300, "count", "hộ", approx="over", total=850,
      subject="hộ đã chuyển sang làm thành phẩm"),
    F("khoảng 600 tấn", "600", 600, "measure", "tấn/ngày", approx="about",
      subject="phế liệu nhựa làng nghề thu gom, xử lý mỗi ngày"),
    F("có hai xưởng", "hai", 2, "count", "xưởng", subject="xưởng của gia đình ông Đỗ Văn Hòa"),
    F("6 máy ép phun", "6", 6, "count", "máy ép phun", subject="máy ép phun của cơ sở nhựa Hòa Phát Minh"),
    F("gần 4 tỷ", "4", 4e9, "money", "đồng", approx="nearly", subject="tổng vốn đầu tư"),
    F("từ 80.000 đến 100.000", "80.000", 80000, "measure", "chiếc/tháng", value_max=100000,
      subject="rổ, chậu các loại cơ sở sản xuất mỗi tháng"),
    F("gần ba chục lao động", "ba chục", 30, "count", "lao động", approx="nearly",
      subject="lao động được tạo việc làm"),
    F("thu nhập 8-9 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=9e6, subject="thu nhập"),
    F("xô nhựa 10 lít", "10", 10, "measure", "lít", optional=True),
    F("xuất xưởng 18.000", "18.000", 18000, "money", "đồng/chiếc", subject="giá xuất xưởng xô nhựa"),
    F("giá 12.000", "12.000", 12000, "money", "đồng/chiếc", subject="giá mẫu rổ vuông"),
    F("khoảng 3.200 tỷ", "3.200", 3200e9, "money", "đồng", approx="about",
      change=CH("increase", 9, "%", "năm 2022"), subject="tổng doanh thu của làng nghề", period=Y23),
    F("đạt 82 triệu", "82", 82e6, "money", "đồng/năm",
      subject="thu nhập bình quân đầu người của xã", period=Y23),
    F("đứng thứ 2", "2", 2, "rank", "hạng", subject="thu nhập bình quân đầu người của xã", period=Y23),
    F("kiểm tra 46 cơ sở", "46", 46, "count", "cơ sở", subject="cơ sở được kiểm tra", period=YTD),
    F("xử phạt 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở vi phạm bị xử phạt", period=YTD),
    F("tiền 285 triệu", "285", 285e6, "money", "đồng", subject="tổng số tiền xử phạt", period=YTD),
    F("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="cơ sở trong làng nghề áp dụng công nghệ sản xuất sạch hơn", period=T25),
    F("từ 40 đến 50 cơ sở", "40", 40, "count", "cơ sở", value_max=50, status="target",
      subject="cơ sở di dời vào cụm công nghiệp làng nghề", period=T25),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner names the district, menu, '20/05/2024 - 08:40' under the headline, 'Nguồn:', 'Tin khác', address and phone footer.",
    "Distractors: 08:40, '6 tháng đầu năm' in a link title, product code 'RV-36', phone 0221.3986.215, 'Thị trấn Như Quỳnh'.",
    "Location: xã Minh Khai is a commune of Văn Lâm; commune figures take the district (the spec's location is a province, city or district).",
    "'hơn 300 hộ' after 'trong đó' takes total 850. 'Mỗi ngày ... 600 tấn' and 'Mỗi tháng ... 80.000 đến 100.000 chiếc' are rates (tấn/ngày, chiếc/tháng).",
    "'gần ba chục lao động' = 30, nearly (number words). 'xô nhựa 10 lít' is a product size: optional (a careful reader may or may not count it).",
    "'đứng thứ 2 toàn huyện' ranks the commune's income within the district: rank 2, period Năm 2023 (same sentence).",
    "'kiểm tra 46 cơ sở, xử phạt 12 cơ sở' has no part-of cue: no total. 'Từ đầu năm đến nay' ends at the dateline 2024-05-20.",
    "'phấn đấu đến năm 2025' governs both clauses: 70% (at_least) and the 40-50 range are targets with end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1483-2", TEXT, NOTES, FIGS, published="2024-05-20", location="Văn Lâm")
