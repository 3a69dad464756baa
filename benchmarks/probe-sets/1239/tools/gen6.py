"""p1239-6: national newspaper: walnut on the Hà Giang karst plateau (Đồng Văn, Mèo Vạc); GMT+7 dateline."""
from lib import F, P, I, C, T, write

TEXT = """Thứ Bảy, 16/11/2024, 08:05 (GMT+7)
Kinh tế > Nông nghiệp

Óc chó cao nguyên đá: giá cao nhưng khó mở rộng

Hạt óc chó bản địa Hà Giang đang được thu mua 200.000-250.000 đồng/kg khô, cao gấp đôi hàng nhập khẩu, song diện tích khó mở rộng vì thiếu giống tốt và đất trồng.

Theo Sở Nông nghiệp và Phát triển nông thôn Hà Giang, toàn tỉnh hiện có khoảng 1.430 ha óc chó, chủ yếu ở hai huyện Đồng Văn và Mèo Vạc; trong đó hơn 70% là cây thực sinh mọc rải rác trên nương, tuổi cây từ 20 đến 50 năm. Năm 2024, sản lượng hạt ước đạt 310 tấn, giảm khoảng 8% so với năm 2023 do rét đậm kéo dài đầu vụ.

Tại thị trấn Đồng Văn, Công ty TNHH Nông sản Cao nguyên mỗi năm thu mua 60-70 tấn hạt của khoảng 800 hộ. Ông Vừ Mí Sính, Giám đốc công ty, cho biết năm nay công ty đã bán ra 12 tấn nhân óc chó và 25.000 hộp bánh, doanh thu dự kiến đạt 9 tỷ đồng, tăng 1,3 tỷ đồng so với năm ngoái. Công ty hiện tạo việc làm thường xuyên cho 45 lao động, thu nhập bình quân 6,5 triệu đồng/người/tháng.

Giai đoạn 2021-2025, tỉnh đặt mục tiêu trồng mới 1.000 ha óc chó ghép, nhưng tính đến tháng 10/2024 mới thực hiện được 284 ha, đạt 28,4%. Giá cây giống ghép từ 80.000 đến 120.000 đồng/cây, trong khi mức hỗ trợ của Nhà nước chỉ 30.000 đồng/cây. Riêng huyện Mèo Vạc có 512 ha óc chó, năng suất bình quân chỉ khoảng 0,25 tấn/ha.

Quang Định
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("năm nay", "2024-01-01", "2024-12-31")
G2125 = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
ASOF = P("tính đến tháng 10/2024", None, "2024-10-31")
DV = "Đồng Văn"
MV = "Mèo Vạc"

FIGS = [
    F("200.000-250.000", "200.000", 200000, "money", "đồng/kg", value_max=250000,
      change=C("increase", 2, "lần", "hàng nhập khẩu"), subject="giá thu mua hạt óc chó bản địa"),
    F("khoảng 1.430 ha", "1.430", 1430, "measure", "ha", approx="about", subject="diện tích óc chó toàn tỉnh"),
    F("hai huyện", "hai", 2, "count", "huyện", optional=True, subject="huyện trồng óc chó chủ yếu"),
    F("hơn 70%", "70", 70, "percent", "%", approx="over", subject="tỷ lệ cây thực sinh trong diện tích óc chó"),
    F("từ 20 đến 50 năm", "20", 20, "measure", "năm", value_max=50, subject="tuổi cây óc chó thực sinh"),
    F("ước đạt 310 tấn", "310", 310, "measure", "tấn", status="estimate",
      change=C("decrease", 8, "%", "năm 2023", approx="about"), subject="sản lượng hạt óc chó", period=Y24),
    F("60-70 tấn", "60", 60, "measure", "tấn", value_max=70,
      subject="hạt óc chó Công ty TNHH Nông sản Cao nguyên thu mua mỗi năm", location=DV),
    F("khoảng 800 hộ", "800", 800, "count", "hộ", approx="about", subject="hộ bán hạt óc chó cho công ty",
      location=DV),
    F("bán ra 12 tấn", "12", 12, "measure", "tấn", subject="nhân óc chó công ty bán ra", period=NOW, location=DV),
    F("25.000 hộp", "25.000", 25000, "count", "hộp bánh", subject="hộp bánh óc chó công ty bán ra", period=NOW,
      location=DV),
    F("đạt 9 tỷ", "9", 9000000000, "money", "đồng", status="forecast",
      change=C("increase", 1300000000, "đồng", "năm ngoái"), subject="doanh thu công ty", period=NOW, location=DV),
    F("cho 45 lao động", "45", 45, "count", "lao động", subject="lao động có việc làm thường xuyên tại công ty",
      location=DV),
    F("6,5 triệu", "6,5", 6500000, "money", "đồng/người/tháng", subject="thu nhập bình quân lao động của công ty",
      location=DV),
    F("trồng mới 1.000 ha", "1.000", 1000, "measure", "ha", status="target",
      subject="diện tích óc chó ghép trồng mới", period=G2125),
    F("được 284 ha", "284", 284, "measure", "ha", percent=28.4,
      subject="diện tích óc chó ghép trồng mới đã thực hiện", period=ASOF),
    F("từ 80.000 đến 120.000", "80.000", 80000, "money", "đồng/cây", value_max=120000,
      subject="giá cây giống óc chó ghép"),
    F("chỉ 30.000 đồng/cây", "30.000", 30000, "money", "đồng/cây", subject="mức hỗ trợ cây giống của Nhà nước"),
    F("có 512 ha", "512", 512, "measure", "ha", subject="diện tích óc chó", location=MV),
    F("khoảng 0,25 tấn/ha", "0,25", 0.25, "measure", "tấn/ha", approx="about", subject="năng suất bình quân",
      location=MV),
]

NOTES = [
    "National newspaper: 'Thứ Bảy, 16/11/2024, 08:05 (GMT+7)' (published), byline 'Quang Định' at the end. Default location Hà Giang.",
    "Distractors: 08:05, '(GMT+7)', 'tháng 10/2024' (as-of date), 'Giai đoạn 2021-2025'. 'hai huyện Đồng Văn và Mèo Vạc' names the places (optional count).",
    "'cao gấp đôi hàng nhập khẩu' after the price range → change 2 lần (đôi = 2). 'giảm khoảng 8%' → change with approx about.",
    "'tuổi cây từ 20 đến 50 năm' is the trees' age (a measure), not a period. 'hơn 70% là cây thực sinh' after 'trong đó' is a percent figure (no total).",
    "Company in thị trấn Đồng Văn: location Đồng Văn in all three sentences (the second names only 'công ty'). 'năm nay' = 2024.",
    "'doanh thu dự kiến đạt 9 tỷ' → forecast; 'tăng 1,3 tỷ đồng so với năm ngoái' = change 1,3·10⁹ đồng. 12 tấn and 25.000 hộp before the cue: actual.",
    "284 ha 'đạt 28,4%' of the 1.000 ha target → percent (the 1.000 ha is its own target figure; no a/b form, so no target attribute).",
]

if __name__ == "__main__":
    write("p1239-6", TEXT, NOTES, FIGS, published="2024-11-16", location="Hà Giang")
