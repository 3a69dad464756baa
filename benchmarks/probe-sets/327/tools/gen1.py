from lib import *

text = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN
Trang chủ > Khoa học - Công nghệ

Hưng Yên: Hơn 1.100 đơn đăng ký nhãn hiệu trong năm 2023
Cập nhật: 15/01/2024 08:45 | Lượt xem: 1.236

Ngày 12/1, Sở Khoa học và Công nghệ tỉnh Hưng Yên tổ chức hội nghị tổng kết công tác sở hữu trí tuệ năm 2023, triển khai nhiệm vụ năm 2024.

Theo báo cáo, năm 2023 các tổ chức, cá nhân trên địa bàn tỉnh đã nộp 1.126 đơn đăng ký nhãn hiệu, tăng 14,2% so với năm 2022; trong đó có 868 đơn của doanh nghiệp, chiếm 77,1%. Số văn bằng bảo hộ nhãn hiệu được Cục Sở hữu trí tuệ cấp là 742 văn bằng, đạt 106% kế hoạch. Về sáng chế, tỉnh có 23 đơn đăng ký sáng chế và giải pháp hữu ích, gấp 1,5 lần năm trước; 9 văn bằng đã được cấp.

Đến hết năm 2023, toàn tỉnh có 42 sản phẩm được bảo hộ dưới hình thức nhãn hiệu tập thể, nhãn hiệu chứng nhận và chỉ dẫn địa lý, gồm 35 nhãn hiệu tập thể, 6 nhãn hiệu chứng nhận và 1 chỉ dẫn địa lý "Nhãn lồng Hưng Yên". Chỉ dẫn địa lý này được bảo hộ từ năm 2007, vùng sản xuất khoảng 4.100 ha tại các huyện Khoái Châu, Kim Động, Tiên Lữ và thành phố Hưng Yên. Năm 2023, có 1.850 tấn nhãn lồng được dán tem chỉ dẫn địa lý, tăng 320 tấn so với năm 2022; giá bán bình quân từ 35.000 đến 50.000 đồng/kg.

Công tác thực thi được tăng cường: lực lượng chức năng đã kiểm tra 156 vụ, xử lý 61 vụ vi phạm về sở hữu trí tuệ, phạt tiền trên 1,2 tỷ đồng.

Năm 2024, Sở phấn đấu hỗ trợ đăng ký bảo hộ cho ít nhất 10 sản phẩm đặc trưng, nâng tỷ lệ doanh nghiệp có nhãn hiệu được bảo hộ lên 60%; giai đoạn 2021-2025 hướng tới xây dựng 15 nhãn hiệu tập thể mới theo Quyết định số 2205/QĐ-UBND của UBND tỉnh.

Sở Khoa học và Công nghệ Hưng Yên - Số 8 đường Chùa Chuông, phường Hiến Nam, TP Hưng Yên. Điện thoại: 0221.3862.455
"""

Y23 = Y(2023)
Y23i = Y(2023, inh=True)
figs = [
    F("Hơn «1.100» đơn đăng ký", "count", 1100, "đơn", "đơn đăng ký nhãn hiệu", approx="over",
      period=Y(2023, "trong năm 2023")),
    F("đã nộp «1.126» đơn", "count", 1126, "đơn", "đơn đăng ký nhãn hiệu",
      change=ch("increase", 14.2, "%", "năm 2022"), period=Y23),
    F("có «868» đơn của doanh nghiệp", "count", 868, "đơn", "đơn đăng ký nhãn hiệu của doanh nghiệp",
      total=1126, percent=77.1, period=Y23),
    F("là «742» văn bằng", "count", 742, "văn bằng", "văn bằng bảo hộ nhãn hiệu được cấp", percent=106, period=Y23i),
    F("có «23» đơn đăng ký sáng chế", "count", 23, "đơn", "đơn đăng ký sáng chế và giải pháp hữu ích",
      change=ch("increase", 1.5, "lần", "năm trước"), period=Y23i),
    F("; «9» văn bằng đã", "count", 9, "văn bằng", "văn bằng sáng chế và giải pháp hữu ích được cấp", period=Y23i),
    F("có «42» sản phẩm được bảo hộ", "count", 42, "sản phẩm",
      "sản phẩm được bảo hộ dưới hình thức nhãn hiệu tập thể, nhãn hiệu chứng nhận và chỉ dẫn địa lý",
      period=per("Đến hết năm 2023", None, "2023-12-31")),
    F("gồm «35» nhãn hiệu tập thể", "count", 35, "nhãn hiệu tập thể", "nhãn hiệu tập thể", total=42,
      period=per("Đến hết năm 2023", None, "2023-12-31")),
    F("«6» nhãn hiệu chứng nhận", "count", 6, "nhãn hiệu chứng nhận", "nhãn hiệu chứng nhận", total=42,
      period=per("Đến hết năm 2023", None, "2023-12-31")),
    F("và «1» chỉ dẫn địa lý", "count", 1, "chỉ dẫn địa lý", "chỉ dẫn địa lý", total=42,
      period=per("Đến hết năm 2023", None, "2023-12-31")),
    F("khoảng «4.100» ha", "measure", 4100, "ha", "vùng sản xuất chỉ dẫn địa lý Nhãn lồng Hưng Yên", approx="about"),
    F("có «1.850» tấn", "measure", 1850, "tấn", "nhãn lồng được dán tem chỉ dẫn địa lý",
      change=ch("increase", 320, "tấn", "năm 2022"), period=Y23),
    F("từ «35.000» đến 50.000 đồng/kg", "money", 35000, "đồng/kg", "giá bán bình quân nhãn lồng", value_max=50000,
      period=Y23),
    F("kiểm tra «156» vụ", "count", 156, "vụ", "vụ kiểm tra về sở hữu trí tuệ", period=Y23i),
    F("xử lý «61» vụ", "count", 61, "vụ", "vụ vi phạm về sở hữu trí tuệ được xử lý", period=Y23i),
    F("trên «1,2» tỷ đồng", "money", 1.2e9, "đồng", "tiền phạt vi phạm về sở hữu trí tuệ", approx="over", period=Y23i),
    F("ít nhất «10» sản phẩm", "count", 10, "sản phẩm", "sản phẩm đặc trưng được hỗ trợ đăng ký bảo hộ",
      approx="at_least", status="target", period=Y(2024, "Năm 2024")),
    F("lên «60»%", "percent", 60, "%", "tỷ lệ doanh nghiệp có nhãn hiệu được bảo hộ", status="target",
      period=Y(2024, "Năm 2024")),
    F("xây dựng «15» nhãn hiệu", "count", 15, "nhãn hiệu tập thể", "nhãn hiệu tập thể mới", status="target",
      period=per("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
]

comments = [
    "Cổng TTĐT tỉnh Hưng Yên (province portal): tổng kết công tác sở hữu trí tuệ năm 2023 — nhãn hiệu, sáng chế, nhãn hiệu tập thể/chứng nhận, CDĐL Nhãn lồng Hưng Yên, thực thi, chỉ tiêu 2024.",
    "Dateline 'Cập nhật: 15/01/2024 08:45' with view counter 'Lượt xem: 1.236' (page furniture). Distractors: 'Ngày 12/1', 'từ năm 2007', 'Quyết định số 2205/QĐ-UBND',",
    "address 'Số 8 đường Chùa Chuông', phone 0221.3862.455. The CDĐL name and the districts of the growing area are not figures' places: all figures are Hưng Yên.",
    "'868 đơn … chiếm 77,1%' after 'trong đó' is part of the 1.126 (total + percent). '35/6/1' after 'gồm' add up to the 42 (totals).",
    "'đạt 106% kế hoạch' is the percent of 742 văn bằng. 'gấp 1,5 lần năm trước' is the change of 23 đơn (lần). 'tăng 320 tấn so với năm 2022' is a change in tấn.",
    "Periods: sentences without their own phrase inherit 'năm 2023' (not scored). 'kiểm tra 156 vụ, xử lý 61 vụ' has no part-of cue: no total.",
    "The 4.100 ha growing area has no period phrase (it describes the GI's zone): period null.",
]
build("p327-1", text, figs, comments, published="2024-01-15", location="Hưng Yên")
