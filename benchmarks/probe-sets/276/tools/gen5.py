from lib import F, P, CH, TG, write

A = """Kinh doanh › Vĩ mô
Thứ bảy, 7/12/2024, 10:15 (GMT+7)

IIP 11 tháng tăng 8,4%, cao nhất kể từ năm 2019

Theo Tổng cục Thống kê, chỉ số sản xuất toàn ngành công nghiệp (IIP) 11 tháng năm 2024 ước tăng 8,4% so với cùng kỳ năm trước. Trong đó, ngành chế biến, chế tạo tăng 9,8%, đóng góp 8,1 điểm phần trăm vào mức tăng chung; ngành sản xuất và phân phối điện tăng 9,9%; ngành khai khoáng giảm 7,2%, làm giảm 0,9 điểm phần trăm.

IIP 11 tháng tăng ở 60/63 địa phương. Một số địa phương có chỉ số tăng cao là: Phú Thọ (tăng 32,5%), Khánh Hòa (29,8%), Bắc Giang (27,6%), Thanh Hóa (23,1%). Ở chiều ngược lại, chỉ số giảm ở Quảng Ngãi (giảm 3,5%), Hà Tĩnh (giảm 2,8%) và Trà Vinh (giảm 1,4%) do sản lượng lọc hóa dầu, thép và điện giảm.

Một số sản phẩm công nghiệp chủ lực tăng so với cùng kỳ như: thép cán tăng 16,7%; xe máy tăng 12,9%; ô tô tăng 11,2%; vải dệt từ sợi tự nhiên tăng 10,6%. Một số sản phẩm giảm như: điện thoại di động giảm 2,1%; khí hóa lỏng (LPG) giảm 6,8%.

Số lao động đang làm việc trong các doanh nghiệp công nghiệp tại thời điểm 1/11/2024 tăng 3,8% so với cùng thời điểm năm trước. Chỉ số tồn kho toàn ngành chế biến, chế tạo ước tính tại thời điểm 30/11/2024 tăng 10,5% so với cùng thời điểm năm 2023.

Tổng cục Thống kê dự báo IIP cả năm 2024 có thể tăng khoảng 8,2-8,5%, vượt mục tiêu 7% mà Chính phủ đề ra tại Nghị quyết số 01/NQ-CP.

Anh Minh
"""

M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
M11i = P("11 tháng năm 2024", "2024-01-01", "2024-11-30", inherited=True)
M11s = P("11 tháng", "2024-01-01", "2024-11-30")


def item(anchor, num, subj, loc=None, per=M11i):
    return F(anchor, num, float(num.replace(",", ".")), "percent", "%", subj, per, location=loc)


figs = [
    F("IIP 11 tháng tăng 8,4%, cao", "8,4", 8.4, "percent", "%", "IIP", M11s),
    F("ước tăng 8,4%", "8,4", 8.4, "percent", "%", "chỉ số sản xuất toàn ngành công nghiệp (IIP)", M11, status="estimate"),
    F("chế tạo tăng 9,8%", "9,8", 9.8, "percent", "%", "IIP ngành chế biến, chế tạo", M11i, status="estimate"),
    F("đóng góp 8,1 điểm phần trăm", "8,1", 8.1, "measure", "điểm phần trăm",
      "đóng góp của ngành chế biến, chế tạo vào mức tăng chung", M11i, status="estimate"),
    F("phân phối điện tăng 9,9%", "9,9", 9.9, "percent", "%", "IIP ngành sản xuất và phân phối điện", M11i, status="estimate"),
    F("khai khoáng giảm 7,2%", "7,2", 7.2, "percent", "%", "IIP ngành khai khoáng", M11i, status="estimate"),
    F("làm giảm 0,9 điểm phần trăm", "0,9", 0.9, "measure", "điểm phần trăm",
      "mức giảm do ngành khai khoáng", M11i, status="estimate"),
    F("60/63 địa phương", "60", 60, "count", "địa phương", "địa phương có IIP tăng", M11s, total=63),
    item("Phú Thọ (tăng 32,5%)", "32,5", "chỉ số sản xuất công nghiệp", "Phú Thọ"),
    item("Khánh Hòa (29,8%)", "29,8", "chỉ số sản xuất công nghiệp", "Khánh Hòa"),
    item("Bắc Giang (27,6%)", "27,6", "chỉ số sản xuất công nghiệp", "Bắc Giang"),
    item("Thanh Hóa (23,1%)", "23,1", "chỉ số sản xuất công nghiệp", "Thanh Hóa"),
    item("Quảng Ngãi (giảm 3,5%)", "3,5", "chỉ số sản xuất công nghiệp giảm", "Quảng Ngãi"),
    item("Hà Tĩnh (giảm 2,8%)", "2,8", "chỉ số sản xuất công nghiệp giảm", "Hà Tĩnh"),
    item("Trà Vinh (giảm 1,4%)", "1,4", "chỉ số sản xuất công nghiệp giảm", "Trà Vinh"),
    item("thép cán tăng 16,7%", "16,7", "sản phẩm thép cán"),
    item("xe máy tăng 12,9%", "12,9", "sản phẩm xe máy"),
    item("ô tô tăng 11,2%", "11,2", "sản phẩm ô tô"),
    item("tự nhiên tăng 10,6%", "10,6", "sản phẩm vải dệt từ sợi tự nhiên"),
    item("di động giảm 2,1%", "2,1", "sản phẩm điện thoại di động"),
    item("(LPG) giảm 6,8%", "6,8", "sản phẩm khí hóa lỏng (LPG)"),
    F("tăng 3,8%", "3,8", 3.8, "percent", "%", "số lao động đang làm việc trong các doanh nghiệp công nghiệp",
      P("tại thời điểm 1/11/2024", None, "2024-11-01")),
    F("tăng 10,5%", "10,5", 10.5, "percent", "%", "chỉ số tồn kho toàn ngành chế biến, chế tạo",
      P("tại thời điểm 30/11/2024", None, "2024-11-30"), status="estimate"),
    F("khoảng 8,2-8,5%", "8,2", 8.2, "percent", "%", "IIP", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      value_max=8.5, approx="about", target=TG(7, "%", True), status="forecast"),
]

H = """National press (business/macro section), 'Thứ bảy, 7/12/2024, 10:15 (GMT+7)' dateline, byline at the end: national IIP 11 months 2024.
The headline figure is a figure of its own (period '11 tháng', year from the dateline). National figures: location Việt Nam.
Branch rates after 'Trong đó' in the next sentence keep the 'ước' status of the national rate (as h14) and inherit the period.
'đóng góp 8,1 điểm phần trăm' and 'làm giảm 0,9 điểm phần trăm' are contributions (measure, điểm phần trăm), not changes of the branch rates.
'60/63 địa phương' count with total 63. Province list items: percent, location = province, subject = the indicator; decreases keep positive values.
Products: growth rates with no base amount → percent figures (location Việt Nam). '8,2-8,5%' forecast range with 'vượt mục tiêu 7%' as target (met).
Distractors: 'năm 2019' in the headline, '(GMT+7)', 'Nghị quyết số 01/NQ-CP', as-of dates."""

write("p276-5", A, figs, H, published="2024-12-07", location="Việt Nam")
