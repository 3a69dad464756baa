from lib import Doc, P

TEXT = """Gần 59.000 doanh nghiệp, hộ kinh doanh dùng hóa đơn điện tử từ máy tính tiền

Thứ sáu, 12/7/2024, 08:30 (GMT+7)

Theo Tổng cục Thuế, tính đến ngày 30/6/2024, cả nước có 58.712 doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, tăng gấp 1,8 lần so với thời điểm cuối năm 2023. Trong đó, hộ kinh doanh là 39.406 đơn vị, chiếm 67,1%; doanh nghiệp là 19.306 đơn vị.

Sáu tháng đầu năm, các đơn vị này đã khởi tạo hơn 1,02 tỷ hóa đơn với tổng doanh thu trên 312.000 tỷ đồng; số thuế giá trị gia tăng kê khai tương ứng ước khoảng 17,4 nghìn tỷ đồng.

Dẫn đầu về số đơn vị đăng ký là TP Hồ Chí Minh với 12.845 đơn vị, tiếp đến là Hà Nội 9.210 đơn vị, Đà Nẵng 3.156 đơn vị và Bình Dương 2.073 đơn vị. Quảng Ninh là địa phương có tốc độ triển khai nhanh nhất, số đơn vị đăng ký tăng gấp 3,2 lần so với cuối năm 2023.

Tuy nhiên, theo đại diện Tổng cục Thuế, số đơn vị đã đăng ký mới chiếm khoảng 15-20% tổng số đối tượng thuộc diện áp dụng theo Điều 11 Nghị định 123/2020/NĐ-CP. Nhiều cơ sở kinh doanh ăn uống, bán lẻ có doanh thu lớn vẫn chưa xuất hóa đơn cho từng lần bán hàng.

Tổng cục Thuế đặt mục tiêu đến cuối năm 2024 có ít nhất 100.000 doanh nghiệp, hộ kinh doanh sử dụng hóa đơn điện tử từ máy tính tiền; riêng lĩnh vực bán lẻ xăng dầu, 100% cửa hàng phải xuất hóa đơn điện tử theo từng lần bán.

Anh Minh
"""

d = Doc(3, TEXT, [
    "National press (news site): cash-register e-invoices nationwide, as of 30/6/2024. Dateline 'Thứ sáu, 12/7/2024, 08:30 (GMT+7)', byline at the end.",
    "Distractors: 'Điều 11 Nghị định 123/2020/NĐ-CP' (section and decree number), '(GMT+7)'. National figures: location Việt Nam.",
    "Title 'Gần 59.000' is a figure (nearly) without a period. 'tăng gấp 1,8 lần so với thời điểm cuối năm 2023' is the change of 58.712.",
    "'Trong đó' parts take total 58.712; 'chiếm 67,1%' is the percent of 39.406. 'Sáu tháng đầu năm' takes 2024 from 30/6/2024.",
    "'ước khoảng' gives approx about and status estimate. Province list: location per item, subject the list's indicator; period inherited.",
    "'tăng gấp 3,2 lần' with no base amount is a multiple figure of its own (Quảng Ninh). '15-20%' range about.",
], published="2024-07-12", location="Việt Nam")

A30 = P("tính đến ngày 30/6/2024", None, "2024-06-30")
A30i = P("tính đến ngày 30/6/2024", None, "2024-06-30", inherited=True)
H6 = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
TG = P("đến cuối năm 2024", None, "2024-12-31")
SUBJ = "doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền"

d.f("Gần 59.000", "59.000", "count", "doanh nghiệp, hộ kinh doanh",
    "doanh nghiệp, hộ kinh doanh dùng hóa đơn điện tử từ máy tính tiền", approx="nearly")
d.f("có 58.712 doanh nghiệp", "58.712", "count", "doanh nghiệp, hộ kinh doanh", SUBJ, A30,
    change={"direction": "increase", "value": 1.8, "unit": "lần", "baseline": "thời điểm cuối năm 2023"})
d.f("là 39.406 đơn vị", "39.406", "count", "đơn vị", "hộ kinh doanh", A30i, total=58712, percent=67.1)
d.f("là 19.306 đơn vị", "19.306", "count", "đơn vị", "doanh nghiệp", A30i, total=58712)
d.f("hơn 1,02 tỷ hóa đơn", "1,02", "count", "hóa đơn", "hóa đơn khởi tạo", H6, mult="tỷ", approx="over")
d.f("trên 312.000 tỷ đồng", "312.000", "money", "đồng", "tổng doanh thu", H6, mult="tỷ", approx="over")
d.f("khoảng 17,4 nghìn tỷ đồng", "17,4", "money", "đồng", "số thuế giá trị gia tăng kê khai tương ứng", H6,
    mult="nghìn tỷ", approx="about", status="estimate")
L = "số đơn vị đăng ký"
d.f("với 12.845 đơn vị", "12.845", "count", "đơn vị", L, A30i, location="Hồ Chí Minh")
d.f("Hà Nội 9.210 đơn vị", "9.210", "count", "đơn vị", L, A30i, location="Hà Nội")
d.f("Đà Nẵng 3.156 đơn vị", "3.156", "count", "đơn vị", L, A30i, location="Đà Nẵng")
d.f("Bình Dương 2.073 đơn vị", "2.073", "count", "đơn vị", L, A30i, location="Bình Dương")
d.f("gấp 3,2 lần", "3,2", "multiple", "lần", "số đơn vị đăng ký tăng so với cuối năm 2023", A30i, location="Quảng Ninh")
d.f("khoảng 15-20%", "15", "percent", "%", "số đơn vị đã đăng ký trong tổng số đối tượng thuộc diện áp dụng", A30i,
    value_max="20", approx="about")
d.f("ít nhất 100.000 doanh nghiệp", "100.000", "count", "doanh nghiệp, hộ kinh doanh",
    "doanh nghiệp, hộ kinh doanh sử dụng hóa đơn điện tử từ máy tính tiền", TG, approx="at_least", status="target")
d.f("100% cửa hàng", "100", "percent", "%", "cửa hàng bán lẻ xăng dầu xuất hóa đơn điện tử theo từng lần bán", TG,
    status="target")
d.write()
