"""p866-1: province portal (Đồng Nai), 9 months of 2024 postal output, revenue, network, prices, targets."""
from lib import C, F, I, P, write

TEXT = """Cổng thông tin điện tử tỉnh Đồng Nai
Trang chủ > Tin tức - Sự kiện > Kinh tế
Sản lượng bưu gửi 9 tháng tăng gần 18%
Cập nhật: 14/10/2024 09:20 | Lượt xem: 2.315

Theo Sở Thông tin và Truyền thông, 9 tháng đầu năm 2024, sản lượng bưu gửi trên địa bàn tỉnh ước đạt 86,4 triệu bưu gửi, tăng 17,8% so với cùng kỳ năm 2023; trong đó bưu gửi phát sinh từ thương mại điện tử chiếm khoảng 72%. Doanh thu dịch vụ bưu chính ước đạt 1.245 tỷ đồng, bằng 78,5% kế hoạch năm, tăng 14,2% so với cùng kỳ.

Sản lượng tập trung chủ yếu tại TP. Biên Hòa (hơn 41 triệu bưu gửi), huyện Trảng Bom (12,6 triệu bưu gửi) và TP. Long Khánh (7,3 triệu bưu gửi). Các doanh nghiệp có thị phần sản lượng lớn lần lượt là Bưu điện tỉnh (31,5%), Viettel Post (22,4%) và Giao hàng Tiết kiệm (18,7%).

Tính đến 30/9/2024, toàn tỉnh có 64 doanh nghiệp cung ứng dịch vụ bưu chính, tăng 6 doanh nghiệp so với cuối năm 2023, với 412 điểm phục vụ; bán kính phục vụ bình quân 1,96 km/điểm, số dân được phục vụ bình quân khoảng 8.150 người/điểm. 100% xã, phường, thị trấn có điểm phục vụ bưu chính có người phục vụ.

Cước giao hàng nội tỉnh bình quân khoảng 18.000 đồng/đơn, giảm gần 10% so với năm 2023 nhờ các doanh nghiệp đầu tư trung tâm khai thác tự động dọc Quốc lộ 1A và Quốc lộ 51.

Theo Kế hoạch số 215/KH-UBND, tỉnh phấn đấu cả năm 2024 sản lượng bưu gửi đạt trên 115 triệu bưu gửi, doanh thu đạt 1.590 tỷ đồng; dự kiến quý IV/2024 sản lượng tăng khoảng 20% so với quý III nhờ mùa mua sắm cuối năm.
"""

M9H = P("9 tháng", "2024-01-01", "2024-09-30")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến 30/9/2024", None, "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("9 tháng tăng gần 18%", "18", 18, "percent", "%", "tăng trưởng sản lượng bưu gửi", M9H, approx="nearly"),
    F("ước đạt 86,4 triệu bưu gửi", "86,4", 86.4e6, "count", "bưu gửi", "sản lượng bưu gửi", M9,
      change=C("increase", 17.8, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("chiếm khoảng 72%", "72", 72, "percent", "%", "bưu gửi phát sinh từ thương mại điện tử", M9,
      approx="about", status="estimate"),
    F("ước đạt 1.245 tỷ đồng", "1.245", 1245e9, "money", "đồng", "doanh thu dịch vụ bưu chính", I(M9),
      percent=78.5, change=C("increase", 14.2, baseline="cùng kỳ"), status="estimate"),
    F("TP. Biên Hòa (hơn 41 triệu", "41", 41e6, "count", "bưu gửi", "sản lượng bưu gửi", I(M9),
      approx="over", location="Biên Hòa"),
    F("Trảng Bom (12,6 triệu", "12,6", 12.6e6, "count", "bưu gửi", "sản lượng bưu gửi", I(M9),
      location="Trảng Bom"),
    F("Long Khánh (7,3 triệu", "7,3", 7.3e6, "count", "bưu gửi", "sản lượng bưu gửi", I(M9),
      location="Long Khánh"),
    F("Bưu điện tỉnh (31,5%)", "31,5", 31.5, "percent", "%", "thị phần sản lượng", I(M9)),
    F("Viettel Post (22,4%)", "22,4", 22.4, "percent", "%", "thị phần sản lượng", I(M9)),
    F("Tiết kiệm (18,7%)", "18,7", 18.7, "percent", "%", "thị phần sản lượng", I(M9)),
    F("có 64 doanh nghiệp", "64", 64, "count", "doanh nghiệp", "doanh nghiệp cung ứng dịch vụ bưu chính", ASOF,
      change=C("increase", 6, "doanh nghiệp", baseline="cuối năm 2023")),
    F("với 412 điểm phục vụ", "412", 412, "count", "điểm phục vụ", "điểm phục vụ bưu chính", ASOF),
    F("bình quân 1,96 km/điểm", "1,96", 1.96, "measure", "km/điểm", "bán kính phục vụ bình quân", ASOF),
    F("khoảng 8.150 người/điểm", "8.150", 8150, "measure", "người/điểm", "số dân được phục vụ bình quân", ASOF,
      approx="about"),
    F("100% xã, phường, thị trấn có điểm", "100", 100, "percent", "%",
      "xã, phường, thị trấn có điểm phục vụ bưu chính có người phục vụ", I(ASOF)),
    F("khoảng 18.000 đồng/đơn", "18.000", 18000, "money", "đồng/đơn", "cước giao hàng nội tỉnh bình quân",
      approx="about", change=C("decrease", 10, baseline="năm 2023", approx="nearly")),
    F("trên 115 triệu bưu gửi", "115", 115e6, "count", "bưu gửi", "sản lượng bưu gửi", Y24,
      approx="over", status="target"),
    F("doanh thu đạt 1.590 tỷ đồng", "1.590", 1590e9, "money", "đồng", "doanh thu dịch vụ bưu chính", Y24,
      status="target"),
    F("tăng khoảng 20% so với quý III", "20", 20, "percent", "%", "tăng trưởng sản lượng so với quý III", Q4,
      approx="about", status="forecast"),
]

NOTES = [
    "Đồng Nai provincial portal: postal output, revenue, network and prices, 9 months of 2024. Dateline 'Cập nhật: 14/10/2024 09:20'.",
    "Distractors: 'Lượt xem: 2.315', 'Quốc lộ 1A', 'Quốc lộ 51', 'Kế hoạch số 215/KH-UBND', 'quý III' (baseline only).",
    "Headline growth 'tăng gần 18%' is a percent figure (rate as the claim), period '9 tháng' of 2024 (published year).",
    "'chiếm khoảng 72%' after 'trong đó' has no base count: its own percent figure; estimate (continues the 'ước đạt' clause).",
    "The district list and the market-share list take their indicator from the sentence head; districts go to location.",
    "'18.000 đồng/đơn' has no period phrase in its paragraph ('năm 2023' is only the baseline): no period.",
]

if __name__ == "__main__":
    write("p866-1", TEXT, FIGS, notes=NOTES, published="2024-10-14", location="Đồng Nai")
