"""p500-5: Báo Đắk Lắk (Party newspaper) — KT-XH quý III và 9 tháng năm 2024, byline and date at the end."""
from lib import F, P, I, CH, T, emit

TEXT = """Đắk Lắk: Kinh tế 9 tháng tăng trưởng 6,23%

Sáng 3/10, Cục Thống kê tỉnh tổ chức họp báo công bố số liệu kinh tế - xã hội quý III và 9 tháng năm 2024.

Theo đó, tổng sản phẩm trên địa bàn tỉnh (GRDP) 9 tháng năm 2024 ước tăng 6,23% so với cùng kỳ, cao hơn mức tăng 5,44% của cùng kỳ năm trước. Quy mô GRDP theo giá hiện hành ước đạt 94.652 tỷ đồng; GRDP bình quân đầu người ước đạt 47,3 triệu đồng/người.

Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 4,12%, đóng góp 1,58 điểm phần trăm vào mức tăng chung; khu vực công nghiệp - xây dựng tăng 9,87%; khu vực dịch vụ tăng 6,75%.

Chỉ số sản xuất toàn ngành công nghiệp (IIP) 9 tháng tăng 8,9% so với cùng kỳ; trong đó ngành chế biến, chế tạo, ngành sản xuất và phân phối điện, ngành cung cấp nước và xử lý rác thải lần lượt tăng 7,6%, 12,3% và 5,2%.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng ước đạt 78.450 tỷ đồng, tăng 10,7%; riêng quý III ước đạt 26.914 tỷ đồng. Chỉ số giá tiêu dùng (CPI) bình quân 9 tháng tăng 3,91% so với cùng kỳ.

Kim ngạch xuất khẩu 9 tháng ước đạt 1.086 triệu USD, tăng 35,4% so với cùng kỳ. Cà phê vẫn là mặt hàng chủ lực, chiếm khoảng 82% tổng kim ngạch. Thu ngân sách nhà nước trên địa bàn đến ngày 30/9 đạt 5.862 tỷ đồng, bằng 72,4% dự toán Trung ương giao, bằng 65,1% dự toán HĐND tỉnh giao.

Cục Thống kê dự báo tăng trưởng quý IV có thể đạt khoảng 9,8%, đưa cả năm đạt gần 7,2%, thấp hơn mục tiêu 7,5% đề ra tại Nghị quyết số 115/NQ-HĐND.

HOÀNG LONG
04/10/2024
"""

M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9y = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = I("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("tăng trưởng 6,23%", "6,23", 6.23, "percent", "%",
      "tăng trưởng kinh tế", M9),
    F("ước tăng 6,23%", "6,23", 6.23, "percent", "%",
      "tổng sản phẩm trên địa bàn tỉnh (GRDP)", M9y, status="estimate"),
    F("mức tăng 5,44%", "5,44", 5.44, "percent", "%",
      "mức tăng GRDP cùng kỳ năm trước", P("cùng kỳ năm trước", "2023-01-01", "2023-09-30")),
    F("ước đạt 94.652 tỷ đồng", "94.652", 94652000000000, "money", "đồng",
      "quy mô GRDP theo giá hiện hành", M9i, status="estimate"),
    F("ước đạt 47,3 triệu đồng/người", "47,3", 47300000, "money", "đồng/người",
      "GRDP bình quân đầu người", M9i, status="estimate"),
    F("thủy sản tăng 4,12%", "4,12", 4.12, "percent", "%",
      "khu vực nông, lâm nghiệp và thủy sản", M9i, status="estimate"),
    F("đóng góp 1,58 điểm phần trăm", "1,58", 1.58, "measure", "điểm phần trăm",
      "đóng góp của khu vực nông, lâm nghiệp và thủy sản vào mức tăng chung", M9i, status="estimate"),
    F("xây dựng tăng 9,87%", "9,87", 9.87, "percent", "%",
      "khu vực công nghiệp - xây dựng", M9i, status="estimate"),
    F("dịch vụ tăng 6,75%", "6,75", 6.75, "percent", "%",
      "khu vực dịch vụ", M9i, status="estimate"),
    F("(IIP) 9 tháng tăng 8,9%", "8,9", 8.9, "percent", "%",
      "chỉ số sản xuất toàn ngành công nghiệp (IIP)", M9),
    F("tăng 7,6%", "7,6", 7.6, "percent", "%",
      "chỉ số sản xuất ngành chế biến, chế tạo", M9),
    F("7,6%, 12,3%", "12,3", 12.3, "percent", "%",
      "chỉ số sản xuất ngành sản xuất và phân phối điện", M9),
    F("và 5,2%", "5,2", 5.2, "percent", "%",
      "chỉ số sản xuất ngành cung cấp nước và xử lý rác thải", M9),
    F("ước đạt 78.450 tỷ đồng", "78.450", 78450000000000, "money", "đồng",
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", M9,
      change=CH("increase", 10.7), status="estimate"),
    F("ước đạt 26.914 tỷ đồng", "26.914", 26914000000000, "money", "đồng",
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng quý III",
      P("quý III", "2024-07-01", "2024-09-30"), status="estimate"),
    F("tăng 3,91%", "3,91", 3.91, "percent", "%",
      "chỉ số giá tiêu dùng (CPI) bình quân 9 tháng", P("bình quân 9 tháng", "2024-01-01", "2024-09-30")),
    F("ước đạt 1.086 triệu USD", "1.086", 1086000000, "money", "USD",
      "kim ngạch xuất khẩu", M9, change=CH("increase", 35.4, baseline="cùng kỳ"), status="estimate"),
    F("khoảng 82%", "82", 82, "percent", "%",
      "tỷ trọng cà phê trong tổng kim ngạch xuất khẩu", approx="about"),
    F("đạt 5.862 tỷ đồng", "5.862", 5862000000000, "money", "đồng",
      "thu ngân sách nhà nước trên địa bàn", P("đến ngày 30/9", None, "2024-09-30"), percent=72.4),
    F("bằng 65,1% dự toán", "65,1", 65.1, "percent", "%",
      "thu ngân sách nhà nước so với dự toán HĐND tỉnh giao", P("đến ngày 30/9", None, "2024-09-30"),
      optional=True),
    F("khoảng 9,8%", "9,8", 9.8, "percent", "%",
      "tăng trưởng quý IV", P("quý IV", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    F("gần 7,2%", "7,2", 7.2, "percent", "%",
      "tăng trưởng cả năm", P("cả năm", "2024-01-01", "2024-12-31"),
      approx="nearly", target=T(7.5, "%", met=False), status="forecast"),
]

COMMENTS = [
    "Báo Đắk Lắk: Cục Thống kê công bố số liệu KT-XH quý III và 9 tháng năm 2024. Byline 'HOÀNG LONG' and bare date '04/10/2024' at the end (published).",
    "Not figures: 'Sáng 3/10', 'Nghị quyết số 115/NQ-HĐND', the date at the end. Location Đắk Lắk (named in the headline).",
    "Headline 6,23% (no 'ước' in the headline: actual). 'cao hơn mức tăng 5,44% của cùng kỳ năm trước' is last year's growth, a percent figure",
    "of its own with period 9 tháng 2023 — not a change of 6,23% (which as a growth-rate claim has no change).",
    "Sector rates after 'Trong đó' continue the estimate; '1,58 điểm phần trăm' is a measure. 'lần lượt tăng 7,6%, 12,3% và 5,2%' map to the three branches.",
    "'riêng quý III ước đạt 26.914 tỷ' is a figure with its own period (no total: no part-of cue). 'chiếm khoảng 82%' is a percent of its own.",
    "5.862 tỷ: first share 72,4% is its percent; the second share 65,1% is optional. Forecasts: 'dự báo … khoảng 9,8%, đưa cả năm đạt gần 7,2%';",
    "'thấp hơn mục tiêu 7,5%' names the target level (target 7,5, met false), not a gap, so no change.",
]

if __name__ == "__main__":
    emit("p500-5", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Đắk Lắk")
