"""p1137-4: ministry site (Bộ NN&PTNT, Cục Thủy lợi), national water-saving irrigation area to end 2023, solar pumps."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy lợi

Cả nước có hơn 620 nghìn ha cây trồng cạn được tưới tiết kiệm nước

Ngày đăng: 14/03/2024 | Lượt xem: 1.892

Theo Cục Thủy lợi, tính đến hết năm 2023, diện tích cây trồng cạn được áp dụng tưới tiên tiến, tiết kiệm nước trên cả nước đạt khoảng 623.500 ha, tăng 8,6% so với năm 2022 và bằng 89% mục tiêu của cả giai đoạn 2021-2025. Trong đó, tưới nhỏ giọt chiếm 38,2%, tưới phun mưa chiếm 51,5%, còn lại là các hình thức tưới khác.

Các địa phương có diện tích tưới tiết kiệm lớn nhất là Đắk Lắk, Lâm Đồng, Bình Thuận và Gia Lai với lần lượt 98.000 ha, 76.400 ha, 52.300 ha và 47.800 ha. Riêng Đắk Lắk chiếm gần 16% tổng diện tích tưới tiết kiệm của cả nước.

Theo tính toán, so với tưới truyền thống, tưới tiết kiệm giúp giảm 20-50% lượng nước, giảm 30-40% lượng phân bón và công lao động, năng suất cây trồng tăng 10-30%, lợi nhuận tăng thêm từ 25 đến 50 triệu đồng/ha/năm.

Cũng theo Cục Thủy lợi, hiện cả nước có khoảng 18.000 máy bơm sử dụng năng lượng mặt trời phục vụ tưới, tập trung ở Nam Trung Bộ, Tây Nguyên và Đồng bằng sông Cửu Long, gấp 3 lần so với năm 2019.

Theo Kế hoạch hành động ban hành kèm Quyết định số 1780/QĐ-BNN-TL ngày 12/5/2021, mục tiêu đến năm 2025 cả nước có 700.000 ha cây trồng cạn được tưới tiên tiến, tiết kiệm nước; đến năm 2030 đạt trên 1 triệu ha, trong đó ít nhất 50% diện tích cây ăn quả chủ lực được tưới tiết kiệm.

Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
Điện thoại: 024.3846.8161
"""

ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
LIST = "diện tích tưới tiết kiệm"

FIGS = [
    F("hơn 620 nghìn ha", "620", 620000, "measure", "ha", approx="over",
      subject="cây trồng cạn được tưới tiết kiệm nước"),
    F("khoảng 623.500 ha", "623.500", 623500, "measure", "ha", approx="about",
      change=C("increase", 8.6, "%", "năm 2022"), percent=89,
      subject="diện tích cây trồng cạn được áp dụng tưới tiên tiến, tiết kiệm nước", period=ASOF),
    F("chiếm 38,2%", "38,2", 38.2, "percent", "%", subject="tỷ trọng tưới nhỏ giọt", period=I(ASOF)),
    F("chiếm 51,5%", "51,5", 51.5, "percent", "%", subject="tỷ trọng tưới phun mưa", period=I(ASOF)),
    F("lần lượt 98.000 ha", "98.000", 98000, "measure", "ha", subject=LIST, location="Đắk Lắk", period=I(ASOF)),
    F("76.400 ha", "76.400", 76400, "measure", "ha", subject=LIST, location="Lâm Đồng", period=I(ASOF)),
    F("52.300 ha", "52.300", 52300, "measure", "ha", subject=LIST, location="Bình Thuận", period=I(ASOF)),
    F("47.800 ha", "47.800", 47800, "measure", "ha", subject=LIST, location="Gia Lai", period=I(ASOF)),
    F("gần 16%", "16", 16, "percent", "%", approx="nearly", location="Đắk Lắk",
      subject="tỷ trọng trong tổng diện tích tưới tiết kiệm của cả nước", period=I(ASOF)),
    F("giảm 20-50%", "20", 20, "percent", "%", value_max=50, subject="lượng nước giảm nhờ tưới tiết kiệm"),
    F("giảm 30-40%", "30", 30, "percent", "%", value_max=40,
      subject="lượng phân bón và công lao động giảm nhờ tưới tiết kiệm"),
    F("tăng 10-30%", "10", 10, "percent", "%", value_max=30, subject="năng suất cây trồng tăng"),
    F("từ 25 đến 50 triệu", "25", 25000000, "money", "đồng/ha/năm", value_max=50000000,
      subject="lợi nhuận tăng thêm"),
    F("khoảng 18.000 máy bơm", "18.000", 18000, "count", "máy bơm", approx="about",
      change=C("increase", 3, "lần", "năm 2019"),
      subject="máy bơm sử dụng năng lượng mặt trời phục vụ tưới"),
    F("có 700.000 ha", "700.000", 700000, "measure", "ha", status="target",
      subject="cây trồng cạn được tưới tiên tiến, tiết kiệm nước", period=T25),
    F("trên 1 triệu ha", "1", 1000000, "measure", "ha", approx="over", status="target",
      subject="cây trồng cạn được tưới tiên tiến, tiết kiệm nước", period=T30),
    F("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
      subject="diện tích cây ăn quả chủ lực được tưới tiết kiệm", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national figures, location Việt Nam; list items are provinces (location), 'Riêng Đắk Lắk' → Đắk Lắk.",
    "Distractors: 'Ngày đăng: 14/03/2024 | Lượt xem: 1.892', 'giai đoạn 2021-2025', 'Quyết định số 1780/QĐ-BNN-TL ngày 12/5/2021',",
    "'năm 2019' (baseline), address 'Số 2 Ngọc Hà', phone 024.3846.8161.",
    "623.500 ha: change +8,6% vs năm 2022 (first), share 'bằng 89% mục tiêu' (percent). 'Trong đó ... chiếm 38,2%' are percent figures of their own.",
    "'gấp 3 lần so với năm 2019' after a count → change 3 lần. Benefit ranges (20-50%, 30-40%, 10-30%) are percent figures; 'tăng 10-30%' is itself the claim.",
    "'đến năm 2025 / 2030' targets: start null. 'ít nhất 50%' after 'trong đó' is a percent figure; regions (Tây Nguyên …) are no figure places.",
]

if __name__ == "__main__":
    write("p1137-4", TEXT, NOTES, FIGS, published="2024-03-14", location="Việt Nam")
