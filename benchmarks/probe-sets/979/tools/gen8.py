"""p979-8: Báo Hà Giang online (BHG): border mine clearance project in huyện Vị Xuyên, 2025."""
from lib import F, P, I, C, T, write

TEXT = """Báo Hà Giang điện tử
Trang chủ > Quốc phòng - An ninh

Vị Xuyên: Hơn 1.100 ha đất biên giới được rà phá bom mìn
Cập nhật: 08:20, 25/06/2025

(BHG) - Từ tháng 9/2023 đến nay, Dự án rà phá bom mìn, vật nổ khu vực biên giới huyện Vị Xuyên đã rà phá, làm sạch 1.126,4 ha, đạt 93,9% kế hoạch (1.200 ha), bàn giao cho các xã Thanh Thủy, Thanh Đức và Xín Chải phục vụ sản xuất.

Những năm 1984-1989, khu vực này là chiến trường ác liệt, ước tính có hàng chục nghìn quả mìn được cài đặt trên các điểm cao. Sau gần 2 năm triển khai, Lữ đoàn Công binh 249 và Bộ Chỉ huy Quân sự tỉnh đã huy động 8 đội rà phá với 176 cán bộ, chiến sĩ, có thời điểm làm việc trên sườn núi đá dốc trên 45 độ.

Quá trình thi công đã phát hiện, thu gom và hủy nổ 12.860 quả mìn, đạn, vật nổ các loại, trong đó có 9.415 quả mìn chống bộ binh, chiếm 73,2%. Tổng mức đầu tư dự án hơn 286 tỷ đồng từ ngân sách trung ương; đến nay đã giải ngân 241,5 tỷ đồng, đạt 84,4%.

Sau khi đất được làm sạch, người dân các xã biên giới đã trồng mới 320 ha chè Shan tuyết và 150 ha thảo quả; thu nhập từ chè ước đạt 60 triệu đồng/ha/năm. Toàn tỉnh Hà Giang hiện còn khoảng 17.000 ha đất biên giới bị ô nhiễm bom mìn tại 4 huyện Vị Xuyên, Quản Bạ, Yên Minh và Mèo Vạc.

Năm 2025, dự án phấn đấu hoàn thành rà phá 73,6 ha còn lại, bàn giao toàn bộ diện tích trước ngày 30/9/2025.

Minh Hương
"""

SINCE = P("Từ tháng 9/2023 đến nay", "2023-09-01", "2025-06-25")

FIGS = [
    F("Hơn 1.100 ha", "1.100", 1100, "measure", "ha", approx="over",
      subject="diện tích đất biên giới được rà phá bom mìn"),
    F("làm sạch 1.126,4 ha", "1.126,4", 1126.4, "measure", "ha", percent=93.9, target=T(1200, "ha"),
      subject="diện tích rà phá, làm sạch", period=SINCE),
    F("hàng chục nghìn quả mìn", "chục", 10000, "count", "quả mìn", approx="about", status="estimate",
      subject="mìn được cài đặt trên các điểm cao",
      period=P("Những năm 1984-1989", "1984-01-01", "1989-12-31")),
    F("huy động 8 đội", "8", 8, "count", "đội", subject="đội rà phá được huy động"),
    F("với 176 cán bộ", "176", 176, "count", "cán bộ, chiến sĩ", subject="cán bộ, chiến sĩ tham gia rà phá"),
    F("dốc trên 45 độ", "45", 45, "measure", "độ", approx="over", subject="độ dốc sườn núi đá", optional=True),
    F("hủy nổ 12.860 quả", "12.860", 12860, "count", "quả",
      subject="mìn, đạn, vật nổ được phát hiện, thu gom, hủy nổ", period=I(SINCE)),
    F("có 9.415 quả", "9.415", 9415, "count", "quả", total=12860, percent=73.2,
      subject="mìn chống bộ binh", period=I(SINCE)),
    F("hơn 286 tỷ đồng", "286", 286000000000, "money", "đồng", approx="over",
      subject="tổng mức đầu tư dự án"),
    F("giải ngân 241,5 tỷ đồng", "241,5", 241500000000, "money", "đồng", percent=84.4,
      subject="vốn đã giải ngân", period=P("đến nay", None, "2025-06-25")),
    F("trồng mới 320 ha", "320", 320, "measure", "ha", subject="diện tích chè Shan tuyết trồng mới"),
    F("150 ha thảo quả", "150", 150, "measure", "ha", subject="diện tích thảo quả trồng mới"),
    F("ước đạt 60 triệu đồng/ha/năm", "60", 60000000, "money", "đồng/ha/năm", status="estimate",
      subject="thu nhập từ chè"),
    F("khoảng 17.000 ha", "17.000", 17000, "measure", "ha", approx="about",
      subject="diện tích đất biên giới bị ô nhiễm bom mìn", location="Hà Giang"),
    F("tại 4 huyện", "4", 4, "count", "huyện", subject="huyện có đất biên giới bị ô nhiễm bom mìn",
      location="Hà Giang"),
    F("rà phá 73,6 ha", "73,6", 73.6, "measure", "ha", status="target",
      subject="diện tích rà phá còn lại", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Báo Hà Giang điện tử, '(BHG) -' tag, 'Cập nhật: 08:20, 25/06/2025': border mine clearance project in huyện Vị Xuyên.",
    "Location Vị Xuyên (the project's district); the province-wide 17.000 ha and '4 huyện' are Hà Giang.",
    "'đạt 93,9% kế hoạch (1.200 ha)': percent and target of 1.126,4 ha. '9.415 quả ..., chiếm 73,2%' after 'trong đó': total 12.860, percent 73,2.",
    "'ước tính có hàng chục nghìn quả mìn' = 10.000, about, estimate. 'dốc trên 45 độ' describes the terrain (optional).",
    "The headline gives no period; 'Từ tháng 9/2023 đến nay' and 'đến nay' end at the dateline.",
    "Not figures: 'Sau gần 2 năm triển khai' (a duration locating the work), 'Lữ đoàn Công binh 249', 'trước ngày 30/9/2025', '08:20'.",
]

write("p979-8", TEXT, FIGS, NOTES, published="2025-06-25", location="Vị Xuyên")
