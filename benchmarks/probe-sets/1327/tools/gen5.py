"""p1327-5: provincial Party newspaper (Báo Sóc Trăng, tag '(STO) -'): a dealer sells slowly, prices, farmer costs."""
from lib import F, period, change, write

TEXT = """BÁO SÓC TRĂNG ĐIỆN TỬ
Kinh tế | Nông nghiệp

Đại lý vật tư nông nghiệp bán chậm dù giá phân bón tăng nhẹ

Cập nhật lúc 15:12, Thứ Hai, 05/08/2024

(STO) - Giá phân bón tháng 7 tăng nhẹ trở lại, trong khi giá lúa giảm khiến nông dân Sóc Trăng mua phân cầm chừng, nhiều đại lý vật tư nông nghiệp bán chậm.

Tại đại lý vật tư nông nghiệp Hai Lợi (ấp Hòa Trung, xã Hòa Tú 1, huyện Mỹ Xuyên), ông Lâm Văn Lợi, chủ đại lý cho biết, phân urê hạt đục hiện bán 620.000 đồng/bao 50 kg, tăng 40.000 đồng so với đầu tháng 6; phân DAP nhập khẩu 1,08 triệu đồng/bao; phân NPK 16-16-8 khoảng 790.000 đồng/bao. Từ đầu tháng 7 đến nay, đại lý mới bán được khoảng 35 tấn phân các loại, giảm gần 40% so với cùng kỳ năm trước. Đại lý đang cho hơn ba chục hộ mua phân trả chậm đến cuối vụ, tổng số tiền gần 450 triệu đồng.

Anh Thạch Sa Rây, ở cùng ấp, canh tác 3 ha lúa cho biết, mỗi vụ anh bón khoảng 450 kg phân/ha; chi phí phân bón khoảng 9 triệu đồng/ha, chiếm gần 30% tổng chi phí sản xuất. Theo anh, giá lúa IR 50404 tại ruộng hiện chỉ còn 6.800 đồng/kg, giảm khoảng 800 đồng/kg so với đầu tháng 6.

Theo Sở Công Thương, toàn tỉnh hiện có 1.156 cửa hàng, đại lý kinh doanh phân bón. Trong 6 tháng đầu năm 2024, lượng phân bón tiêu thụ trên địa bàn tỉnh ước đạt 142.000 tấn, tăng 2,3% so với cùng kỳ. Dự báo vụ Thu Đông năm nay, toàn tỉnh xuống giống khoảng 60.000 ha lúa, nhu cầu phân bón khoảng 30.000 tấn.

MINH TRÍ
"""

SINCE = period("Từ đầu tháng 7 đến nay", "2024-07-01", "2024-08-05")
H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
MX = {"location": "Mỹ Xuyên"}

FIGS = [
    F("bán 620.000 đồng/bao", "620.000", 620000, "money", "đồng/bao", "giá phân urê hạt đục",
      change=change("increase", 40000, "đồng", "đầu tháng 6"), **MX),
    F("bao 50 kg", "50", 50, "measure", "kg", optional=True, **MX),
    F("khẩu 1,08 triệu", "1,08", 1080000, "money", "đồng/bao", "giá phân DAP nhập khẩu", **MX),
    F("khoảng 790.000", "790.000", 790000, "money", "đồng/bao", "giá phân NPK 16-16-8", approx="about", **MX),
    F("khoảng 35 tấn", "35", 35, "measure", "tấn", "phân các loại đại lý bán được", SINCE, approx="about",
      change=change("decrease", 40, "%", "cùng kỳ năm trước", approx="nearly"), **MX),
    F("hơn ba chục hộ", "ba chục", 30, "count", "hộ", "hộ mua phân trả chậm", approx="over", **MX),
    F("gần 450 triệu", "450", 450e6, "money", "đồng", "tổng số tiền mua phân trả chậm", approx="nearly", **MX),
    F("canh tác 3 ha", "3", 3, "measure", "ha", "lúa anh Thạch Sa Rây canh tác", **MX),
    F("khoảng 450 kg", "450", 450, "measure", "kg/ha", "phân anh bón mỗi vụ", approx="about", **MX),
    F("khoảng 9 triệu", "9", 9e6, "money", "đồng/ha", "chi phí phân bón", approx="about", percent=30, **MX),
    F("còn 6.800 đồng/kg", "6.800", 6800, "money", "đồng/kg", "giá lúa IR 50404 tại ruộng",
      change=change("decrease", 800, "đồng/kg", "đầu tháng 6", approx="about"), **MX),
    F("có 1.156 cửa hàng", "1.156", 1156, "count", "cửa hàng, đại lý", "cửa hàng, đại lý kinh doanh phân bón"),
    F("ước đạt 142.000", "142.000", 142000, "measure", "tấn", "lượng phân bón tiêu thụ trên địa bàn tỉnh", H1,
      status="estimate", change=change("increase", 2.3, "%", "cùng kỳ")),
    F("khoảng 60.000 ha", "60.000", 60000, "measure", "ha", "lúa xuống giống vụ Thu Đông",
      approx="about", status="forecast"),
    F("khoảng 30.000 tấn", "30.000", 30000, "measure", "tấn", "nhu cầu phân bón", approx="about", status="forecast"),
]

NOTES = [
    "Báo Sóc Trăng: masthead, 'Cập nhật lúc 15:12, Thứ Hai, 05/08/2024' (published), sapo with tag '(STO) -', byline at the end.",
    "The dealer (and the farmer 'ở cùng ấp') are in huyện Mỹ Xuyên: their figures are located there; 'toàn tỉnh' figures → Sóc Trăng.",
    "'bao 50 kg' is the bag size (a product spec): optional. 'tăng 40.000 đồng so với đầu tháng 6' → change in đồng.",
    "'Từ đầu tháng 7 đến nay' = 2024-07-01 .. dateline. 'hơn ba chục hộ' = over 30 hộ (number words).",
    "'khoảng 9 triệu đồng/ha, chiếm gần 30% tổng chi phí' → percent attribute 30 of the cost figure.",
    "'Dự báo vụ Thu Đông năm nay … khoảng 60.000 ha …, nhu cầu … khoảng 30.000 tấn' → forecast; a crop season: no period.",
    "Distractors: times, 'xã Hòa Tú 1', 'NPK 16-16-8', 'lúa IR 50404', 'tháng 7' in the sapo.",
]

if __name__ == "__main__":
    write("p1327-5", TEXT, NOTES, FIGS, published="2024-08-05", location="Sóc Trăng")
