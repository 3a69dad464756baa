"""p1197-2: district portal (huyện Mê Linh, Hà Nội); flower area 2024, Tết prices, a cooperative, 2025 target."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÊ LINH
Trang chủ | Tin tức - Sự kiện | Kinh tế - Nông nghiệp

Nông dân Mê Linh tất bật chăm hoa phục vụ Tết Ất Tỵ

Thứ Tư, 08/01/2025 - 09:15

Năm 2024, diện tích trồng hoa trên địa bàn huyện Mê Linh đạt 1.320 ha, tăng 45 ha so với năm 2023; trong đó hoa hồng 610 ha, hoa cúc 385 ha, còn lại là hoa ly, đồng tiền, lay ơn và hoa chậu các loại. Giá trị sản xuất hoa bình quân đạt 650 triệu đồng/ha/năm, nhiều mô hình trồng hoa trong nhà màng cho thu nhập trên 1 tỷ đồng/ha/năm.

Các xã có diện tích hoa lớn là Mê Linh, Văn Khê và Tráng Việt với lần lượt 465 ha, 298 ha và 214 ha.

Vụ Tết năm nay, toàn huyện có khoảng 180 ha hoa cúc cho thu hoạch đúng dịp Tết, hoa ly có 95 ha. Theo Phòng Kinh tế huyện, hiện giá hoa cúc vàng tại ruộng ở mức 3.000-4.000 đồng/cành; hoa hồng từ 5.000 đến 8.000 đồng/bông, cao hơn khoảng 20% so với cùng kỳ.

Tại thôn Hạ Lôi, xã Mê Linh, Hợp tác xã Dịch vụ nông nghiệp hoa Hạ Lôi có 52 thành viên, canh tác 35 ha hoa. Năm 2024, hợp tác xã đạt doanh thu hơn 18 tỷ đồng, tạo việc làm cho khoảng 120 lao động thời vụ với thu nhập 6-7 triệu đồng/người/tháng. Dịp Tết, hợp tác xã dự kiến cung ứng ra thị trường khoảng 1,2 triệu cành hoa các loại.

Năm 2025, huyện phấn đấu nâng diện tích hoa ứng dụng công nghệ cao lên 250 ha, chiếm 19% tổng diện tích hoa. Theo Quyết định số 2151/QĐ-UBND của UBND huyện, hộ làm nhà màng trồng hoa được hỗ trợ 50% kinh phí, tối đa 300 triệu đồng/hộ.

Phòng Văn hóa và Thông tin huyện Mê Linh
Điện thoại: 024.3525.1023
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
LIST = "diện tích hoa"

FIGS = [
    F("đạt 1.320 ha", "1.320", 1320, "measure", "ha", change=C("increase", 45, "ha", "năm 2023"),
      subject="diện tích trồng hoa", period=Y24),
    F("hoa hồng 610 ha", "610", 610, "measure", "ha", total=1320, subject="diện tích hoa hồng", period=Y24),
    F("hoa cúc 385 ha", "385", 385, "measure", "ha", total=1320, subject="diện tích hoa cúc", period=Y24),
    F("đạt 650 triệu", "650", 650000000, "money", "đồng/ha/năm",
      subject="giá trị sản xuất hoa bình quân", period=I(Y24)),
    F("trên 1 tỷ", "1", 1000000000, "money", "đồng/ha/năm", approx="over",
      subject="thu nhập của mô hình trồng hoa trong nhà màng", period=I(Y24)),
    F("lần lượt 465 ha", "465", 465, "measure", "ha", subject=LIST, period=I(Y24)),
    F("298 ha và", "298", 298, "measure", "ha", subject=LIST, period=I(Y24)),
    F("và 214 ha", "214", 214, "measure", "ha", subject=LIST, period=I(Y24)),
    F("khoảng 180 ha", "180", 180, "measure", "ha", approx="about",
      subject="diện tích hoa cúc cho thu hoạch đúng dịp Tết"),
    F("có 95 ha", "95", 95, "measure", "ha", subject="diện tích hoa ly cho thu hoạch dịp Tết"),
    F("3.000-4.000", "3.000", 3000, "money", "đồng/cành", value_max=4000,
      subject="giá hoa cúc vàng tại ruộng"),
    F("từ 5.000 đến 8.000", "5.000", 5000, "money", "đồng/bông", value_max=8000,
      change=C("increase", 20, "%", "cùng kỳ", approx="about"), subject="giá hoa hồng"),
    F("có 52 thành viên", "52", 52, "count", "thành viên",
      subject="thành viên Hợp tác xã Dịch vụ nông nghiệp hoa Hạ Lôi"),
    F("canh tác 35 ha", "35", 35, "measure", "ha", subject="diện tích hoa hợp tác xã canh tác"),
    F("hơn 18 tỷ", "18", 18000000000, "money", "đồng", approx="over",
      subject="doanh thu hợp tác xã", period=Y24),
    F("khoảng 120 lao động", "120", 120, "count", "lao động", approx="about",
      subject="lao động thời vụ được hợp tác xã tạo việc làm", period=Y24),
    F("6-7 triệu", "6", 6000000, "money", "đồng/người/tháng", value_max=7000000,
      subject="thu nhập của lao động thời vụ", period=Y24),
    F("khoảng 1,2 triệu cành", "1,2", 1200000, "count", "cành", approx="about", status="forecast",
      subject="cành hoa hợp tác xã cung ứng ra thị trường dịp Tết"),
    F("lên 250 ha", "250", 250, "measure", "ha", status="target", percent=19,
      subject="diện tích hoa ứng dụng công nghệ cao", period=Y25),
    F("hỗ trợ 50%", "50", 50, "percent", "%", subject="mức hỗ trợ kinh phí làm nhà màng trồng hoa"),
    F("tối đa 300 triệu", "300", 300000000, "money", "đồng/hộ", approx="at_most",
      subject="mức hỗ trợ kinh phí làm nhà màng trồng hoa"),
]

NOTES = [
    "District portal (huyện Mê Linh, Hà Nội): header, menu, 'Thứ Tư, 08/01/2025 - 09:15'; default location Mê Linh (the district).",
    "Commune list 'Mê Linh, Văn Khê và Tráng Việt với lần lượt 465 ha, 298 ha và 214 ha': communes are below district level, so the location stays Mê Linh; subject = the list's indicator; no total (not a breakdown of 1.320 ha).",
    "'Vụ Tết năm nay' / 'Dịp Tết' are seasons, no period; 'hiện giá' no period. Paragraph-2 and -3 values inherit Năm 2024 only where the passage continues (inherited, not scored).",
    "'cao hơn khoảng 20% so với cùng kỳ' attaches to the rose price range it follows. 'chiếm 19% tổng diện tích hoa' is the share of the 250 ha target.",
    "Distractors: time 09:15, 'Quyết định số 2151/QĐ-UBND', phone 024.3525.1023, 'thôn Hạ Lôi'. The support rule (50%, tối đa 300 triệu đồng/hộ) is a standing rule: actual, no period.",
]

if __name__ == "__main__":
    write("p1197-2", TEXT, NOTES, FIGS, published="2025-01-08", location="Mê Linh")
