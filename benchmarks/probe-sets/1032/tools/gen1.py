"""p1032-1: province portal, Ninh Thuận, sea grape (rong nho) area, output, prices, export, targets."""
from lib import F, P, I, C, T, build

TEXT = """Cổng thông tin điện tử tỉnh Ninh Thuận
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.316

Diện tích nuôi rong nho tăng gần 20%

Theo Sở Nông nghiệp và Phát triển nông thôn, 7 tháng đầu năm 2024, diện tích nuôi trồng rong nho trên địa bàn tỉnh đạt 62,5 ha, tăng 18,6% so với cùng kỳ năm 2023; sản lượng thu hoạch ước đạt 1.450 tấn tươi, đạt 58% kế hoạch năm. Trong đó, huyện Ninh Hải là vùng nuôi lớn nhất với 41 ha, chiếm 65,6% diện tích toàn tỉnh; tiếp đến là huyện Thuận Nam (12,3 ha) và thành phố Phan Rang - Tháp Chàm (9,2 ha).

Giá rong nho tươi tại ao nuôi hiện dao động từ 35.000 đến 45.000 đồng/kg; rong nho tách nước, đóng hộp bán ra thị trường từ 180.000-250.000 đồng/kg. Với năng suất bình quân khoảng 25 tấn/ha/năm, lợi nhuận nuôi rong nho đạt 300-400 triệu đồng/ha/năm. Lợi nhuận này gấp 3 lần nuôi tôm thẻ chân trắng trên cùng diện tích.

Toàn tỉnh hiện có 126 hộ và 9 doanh nghiệp, hợp tác xã nuôi trồng, chế biến rong nho, tạo việc làm thường xuyên cho hơn 1.100 lao động với thu nhập bình quân 7-9 triệu đồng/người/tháng. Năm 2023, các doanh nghiệp đã xuất khẩu khoảng 210 tấn rong nho tách nước sang Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc), kim ngạch đạt 2,4 triệu USD.

Ông Lê Văn Ba, Phó Giám đốc Sở cho biết, thực hiện Kế hoạch số 3125/KH-UBND ngày 12/10/2022 của UBND tỉnh, Ninh Thuận phấn đấu đến năm 2025 nâng diện tích nuôi rong nho lên 100 ha, sản lượng đạt 4.000 tấn/năm. Cả năm 2024, sản lượng rong nho dự kiến đạt khoảng 2.600 tấn, vượt kế hoạch đề ra.

Tin liên quan: Hội nghị xúc tiến tiêu thụ rong nho tại số 450 đường Thống Nhất, TP Phan Rang - Tháp Chàm
"""

P7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("nuôi rong nho tăng gần 20%", "20", 20, "percent", "%", "diện tích nuôi rong nho", approx="nearly"),
    F("tỉnh đạt 62,5 ha", "62,5", 62.5, "measure", "ha", "diện tích nuôi trồng rong nho", P7,
      change=C("increase", 18.6, baseline="cùng kỳ năm 2023")),
    F("ước đạt 1.450 tấn tươi", "1.450", 1450, "measure", "tấn", "sản lượng rong nho tươi thu hoạch", P7,
      percent=58, status="estimate"),
    F("với 41 ha", "41", 41, "measure", "ha", "diện tích nuôi trồng rong nho", I(P7),
      total=62.5, percent=65.6, location="Ninh Hải"),
    F("Thuận Nam (12,3 ha)", "12,3", 12.3, "measure", "ha", "diện tích nuôi trồng rong nho", I(P7),
      total=62.5, location="Thuận Nam"),
    F("Tháp Chàm (9,2 ha)", "9,2", 9.2, "measure", "ha", "diện tích nuôi trồng rong nho", I(P7),
      total=62.5, location="Phan Rang - Tháp Chàm"),
    F("từ 35.000 đến 45.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá rong nho tươi tại ao nuôi",
      value_max=45000),
    F("từ 180.000-250.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá rong nho tách nước, đóng hộp",
      value_max=250000),
    F("khoảng 25 tấn/ha/năm", "25", 25, "measure", "tấn/ha/năm", "năng suất bình quân rong nho", approx="about"),
    F("đạt 300-400 triệu đồng/ha/năm", "300", 300e6, "money", "đồng/ha/năm", "lợi nhuận nuôi rong nho",
      value_max=400e6),
    F("gấp 3 lần nuôi tôm", "3", 3, "multiple", "lần", "lợi nhuận nuôi rong nho so với nuôi tôm thẻ chân trắng"),
    F("có 126 hộ", "126", 126, "count", "hộ", "hộ nuôi trồng, chế biến rong nho"),
    F("và 9 doanh nghiệp, hợp tác xã", "9", 9, "count", "doanh nghiệp, hợp tác xã",
      "doanh nghiệp, hợp tác xã nuôi trồng, chế biến rong nho"),
    F("hơn 1.100 lao động", "1.100", 1100, "count", "lao động", "lao động có việc làm thường xuyên", approx="over"),
    F("bình quân 7-9 triệu đồng/người/tháng", "7", 7e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động",
      value_max=9e6),
    F("khoảng 210 tấn rong nho", "210", 210, "measure", "tấn", "rong nho tách nước xuất khẩu", Y23, approx="about"),
    F("đạt 2,4 triệu USD", "2,4", 2.4e6, "money", "USD", "kim ngạch xuất khẩu rong nho", Y23),
    F("lên 100 ha", "100", 100, "measure", "ha", "diện tích nuôi rong nho", T25, status="target"),
    F("đạt 4.000 tấn/năm", "4.000", 4000, "measure", "tấn/năm", "sản lượng rong nho", T25, status="target"),
    F("khoảng 2.600 tấn", "2.600", 2600, "measure", "tấn", "sản lượng rong nho",
      P("Cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Ninh Thuận: rong nho 7 tháng đầu năm 2024 (diện tích, sản lượng, giá, hộ, xuất khẩu, mục tiêu 2025).",
    "Headline 'tăng gần 20%' is a growth rate as the claim (percent, no change). Ninh Hải 41 ha + Thuận Nam 12,3 + Phan Rang 9,2 = 62,5:",
    "parts after 'Trong đó' take the area 62,5 ha as total (same thing, not the 1.450 tấn that stands right before the cue).",
    "'gấp 3 lần' stands in its own sentence: multiple. Weights: unit 'tấn' (tươi goes to the subject). 'hiện' sentences: no period.",
    "Distractors: Lượt xem 2.316, Kế hoạch số 3125/KH-UBND ngày 12/10/2022, 'số 450 đường Thống Nhất', name 'Lê Văn Ba'.",
]

build("p1032-1", TEXT, FIGS, COMMENTS, published="2024-08-14", location="Ninh Thuận")
