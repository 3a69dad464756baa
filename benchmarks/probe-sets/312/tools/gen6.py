from lib import Doc, P, C, T

TEXT = """Kinh doanh › Doanh nghiệp
Thứ Hai, 18/11/2024, 07:30 (GMT+7)

Nhiều địa phương chậm thoái vốn nhà nước tại doanh nghiệp

Theo Bộ Tài chính, từ năm 2021 đến nay, cả nước mới thoái vốn tại 42 doanh nghiệp do địa phương quản lý, bằng 24% kế hoạch, với giá trị vốn nhà nước thoái là 1.960 tỷ đồng, thu về 5.845 tỷ đồng. Số doanh nghiệp được cổ phần hóa chỉ là 5 doanh nghiệp trên tổng số 19 doanh nghiệp phải cổ phần hóa.

Theo Quyết định số 22/2021/QĐ-TTg và kế hoạch được duyệt, giai đoạn 2021-2025 các địa phương phải thoái vốn tại 175 doanh nghiệp. Các địa phương còn nhiều doanh nghiệp chưa thoái vốn gồm Hà Nội (11 doanh nghiệp), TP Hồ Chí Minh (9), Đồng Nai (4) và Thanh Hóa (3).

Ở chiều ngược lại, Bình Dương là địa phương duy nhất hoàn thành 100% kế hoạch thoái vốn với 6 doanh nghiệp, thu về 2.130 tỷ đồng. TP Hồ Chí Minh xếp thứ hai về số tiền thu được với 1.845 tỷ đồng dù mới thoái vốn tại 3 doanh nghiệp.

Tính đến ngày 31/12/2023, tổng vốn nhà nước tại 483 doanh nghiệp do địa phương quản lý là 217,6 nghìn tỷ đồng, chiếm khoảng 12% tổng vốn nhà nước đầu tư tại doanh nghiệp. Lợi nhuận trước thuế năm 2023 của khối này đạt 18,4 nghìn tỷ đồng, tăng 6,7% so với năm 2022.

Theo một chuyên gia, với chưa đầy 2 tháng còn lại của giai đoạn, khả năng hoàn thành kế hoạch là rất thấp. Bộ Tài chính dự báo đến hết năm 2025 cả nước chỉ thoái vốn thêm khoảng 15 đến 20 doanh nghiệp.

Minh Sơn
"""

d = Doc("p312-6", TEXT, [
    "National press (business page): local SOE divestment behind schedule. Dateline 'Thứ Hai, 18/11/2024, 07:30 (GMT+7)'. Default location Việt Nam.",
    "Distractors: 'Quyết định số 22/2021/QĐ-TTg', '(GMT+7)', 'Tính đến ngày 31/12/2023' (period), byline. 'chưa đầy 2 tháng' is a duration: optional.",
    "'42 doanh nghiệp …, bằng 24% kế hoạch': percent 24. '5 doanh nghiệp trên tổng số 19': total 19; 19 is that attribute, not a figure.",
    "Province list 'Hà Nội (11 doanh nghiệp), TP Hồ Chí Minh (9), …': each item a count with the province as location and the list's indicator as subject.",
    "Bình Dương and TP Hồ Chí Minh sentences are provincial (location from the sentence). 'xếp thứ hai' is a rank.",
    "'chiếm khoảng 12%' is the share of 217,6 nghìn tỷ (percent 12). 'dự báo … khoảng 15 đến 20' a forecast range (approx about), period to end-2025.",
    "The province list and the Bình Dương/HCM sentences carry no period phrase: 'từ năm 2021 đến nay' (2021-01-01..2024-11-18) marked inherited.",
], published="2024-11-18", location="Việt Nam")

FR = P("từ năm 2021 đến nay", "2021-01-01", "2024-11-18")
FRi = P("từ năm 2021 đến nay", "2021-01-01", "2024-11-18", inh=True)
AS = P("Tính đến ngày 31/12/2023", None, "2023-12-31")

d.f("tại 42 doanh nghiệp", "42", 42, "count", "doanh nghiệp", "doanh nghiệp do địa phương quản lý đã thoái vốn", percent=24, period=FR)
d.f("thoái là 1.960 tỷ đồng", "1.960", 1960e9, "money", "đồng", "giá trị vốn nhà nước thoái", period=FR)
d.f("thu về 5.845 tỷ đồng", "5.845", 5845e9, "money", "đồng", "tiền thu về", period=FR)
d.f("chỉ là 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "Số doanh nghiệp được cổ phần hóa", total=19, period=FRi)
d.f("tại 175 doanh nghiệp", "175", 175, "count", "doanh nghiệp", "doanh nghiệp các địa phương phải thoái vốn", status="target",
    period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"))
SUBJ = "doanh nghiệp chưa thoái vốn"
d.f("Hà Nội (11 doanh nghiệp)", "11", 11, "count", "doanh nghiệp", SUBJ, period=FRi, location="Hà Nội")
d.f("TP Hồ Chí Minh (9)", "9", 9, "count", "doanh nghiệp", SUBJ, period=FRi, location="TP Hồ Chí Minh")
d.f("Đồng Nai (4)", "4", 4, "count", "doanh nghiệp", SUBJ, period=FRi, location="Đồng Nai")
d.f("Thanh Hóa (3)", "3", 3, "count", "doanh nghiệp", SUBJ, period=FRi, location="Thanh Hóa")
d.f("hoàn thành 100% kế hoạch", "100", 100, "percent", "%", "kế hoạch thoái vốn hoàn thành", period=FRi, location="Bình Dương")
d.f("với 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", "doanh nghiệp thoái vốn", period=FRi, location="Bình Dương")
d.f("thu về 2.130 tỷ đồng", "2.130", 2130e9, "money", "đồng", "tiền thu về", period=FRi, location="Bình Dương")
d.f("xếp thứ hai", "hai", 2, "rank", "hạng", "số tiền thu được", period=FRi, location="TP Hồ Chí Minh")
d.f("với 1.845 tỷ đồng", "1.845", 1845e9, "money", "đồng", "số tiền thu được", period=FRi, location="TP Hồ Chí Minh")
d.f("tại 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp thoái vốn", period=FRi, location="TP Hồ Chí Minh")
d.f("tại 483 doanh nghiệp", "483", 483, "count", "doanh nghiệp", "doanh nghiệp do địa phương quản lý", period=AS)
d.f("là 217,6 nghìn tỷ đồng", "217,6", 217.6e12, "money", "đồng", "tổng vốn nhà nước tại doanh nghiệp do địa phương quản lý",
    percent=12, period=AS)
d.f("đạt 18,4 nghìn tỷ đồng", "18,4", 18.4e12, "money", "đồng", "Lợi nhuận trước thuế",
    change=C("increase", 6.7, "%", "năm 2022"), period=P("năm 2023", "2023-01-01", "2023-12-31"))
d.f("chưa đầy 2 tháng", "2", 2, "measure", "tháng", "thời gian còn lại của giai đoạn", approx="under", optional=True)
d.f("khoảng 15 đến 20 doanh nghiệp", "15", 15, "count", "doanh nghiệp", "doanh nghiệp thoái vốn thêm", value_max=20,
    approx="about", status="forecast", period=P("đến hết năm 2025", None, "2025-12-31"))
d.write()
