"""p965-1: Sơn La province portal, cold storage for fruit (kho lạnh bảo quản quả)."""
from lib import F, P, I, C, write_set

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Sơn La: Tổng công suất kho lạnh bảo quản nông sản đạt hơn 12.000 tấn

Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến 30/6/2024, toàn tỉnh có 46 kho lạnh, kho mát bảo quản nông sản với tổng công suất trên 12.000 tấn, tăng 9 kho so với cuối năm 2023. Trong đó, 31 kho do doanh nghiệp, hợp tác xã đầu tư và 15 kho của hộ kinh doanh. Các kho tập trung chủ yếu ở huyện Mai Sơn (14 kho), Yên Châu (9 kho), Mộc Châu (8 kho) và thành phố Sơn La (6 kho).

6 tháng đầu năm, các kho đã tiếp nhận, bảo quản khoảng 28.500 tấn quả tươi, trong đó mận hậu 9.200 tấn, xoài 7.600 tấn, nhãn 4.100 tấn. Nhờ bảo quản lạnh, thời gian lưu giữ quả mận kéo dài từ 5-7 ngày lên 25-30 ngày; tỷ lệ tổn thất sau thu hoạch giảm từ 25% xuống còn khoảng 12%. Giá bán mận qua kho lạnh cao hơn 3.000-5.000 đồng/kg so với bán ngay tại vườn.

Ông Lò Văn Ba, Giám đốc HTX Nông sản Chiềng Mai 2 (huyện Mai Sơn), cho biết hợp tác xã đã đầu tư kho lạnh 500 tấn với kinh phí 4,8 tỷ đồng; năm 2023, doanh thu của HTX đạt 17,6 tỷ đồng, tăng 35% so với năm trước.

Thực hiện Nghị quyết số 12/2022/NQ-HĐND, tỉnh hỗ trợ 30% chi phí đầu tư kho lạnh, tối đa 500 triệu đồng/kho. Từ đầu năm đến nay, 7 kho đã được hỗ trợ với tổng kinh phí hơn 3,1 tỷ đồng.

Phấn đấu đến năm 2025, toàn tỉnh có 60 kho lạnh với tổng công suất 18.000 tấn; tỷ lệ nông sản chủ lực được sơ chế, bảo quản đạt 40%. Tuyến Quốc lộ 6 qua Mai Sơn, Yên Châu được xác định là trục kho vận nông sản chính của tỉnh.
"""

ASOF = P("tính đến 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-14")
T25 = P("đến năm 2025", end="2025-12-31")
KHO = "kho lạnh, kho mát bảo quản nông sản"

FIGS = [
    F("đạt hơn 12.000 tấn", "12.000", 12000, "measure", "tấn", approx="over",
      subject="tổng công suất kho lạnh bảo quản nông sản"),
    F("có 46 kho lạnh", "46", 46, "count", "kho", change=C("increase", 9, "kho", "cuối năm 2023"),
      subject=KHO, period=ASOF),
    F("trên 12.000 tấn", "12.000", 12000, "measure", "tấn", approx="over",
      subject="tổng công suất kho lạnh, kho mát", period=ASOF),
    F("31 kho", "31", 31, "count", "kho", total=46,
      subject="kho do doanh nghiệp, hợp tác xã đầu tư", period=I(ASOF)),
    F("15 kho", "15", 15, "count", "kho", total=46, subject="kho của hộ kinh doanh", period=I(ASOF)),
    F("(14 kho)", "14", 14, "count", "kho", subject=KHO, location="Mai Sơn", period=I(ASOF)),
    F("(9 kho)", "9", 9, "count", "kho", subject=KHO, location="Yên Châu", period=I(ASOF)),
    F("(8 kho)", "8", 8, "count", "kho", subject=KHO, location="Mộc Châu", period=I(ASOF)),
    F("(6 kho)", "6", 6, "count", "kho", subject=KHO, location="thành phố Sơn La", period=I(ASOF)),
    F("khoảng 28.500 tấn", "28.500", 28500, "measure", "tấn", approx="about",
      subject="quả tươi được tiếp nhận, bảo quản", period=H1),
    F("mận hậu 9.200 tấn", "9.200", 9200, "measure", "tấn", total=28500, subject="mận hậu được bảo quản", period=H1),
    F("xoài 7.600 tấn", "7.600", 7600, "measure", "tấn", total=28500, subject="xoài được bảo quản", period=H1),
    F("nhãn 4.100 tấn", "4.100", 4100, "measure", "tấn", total=28500, subject="nhãn được bảo quản", period=H1),
    F("từ 5-7 ngày", "5", 5, "measure", "ngày", value_max=7,
      subject="thời gian lưu giữ quả mận trước khi bảo quản lạnh"),
    F("lên 25-30 ngày", "25", 25, "measure", "ngày", value_max=30,
      subject="thời gian lưu giữ quả mận nhờ bảo quản lạnh"),
    F("từ 25% xuống", "25", 25, "percent", "%", subject="tỷ lệ tổn thất sau thu hoạch trước đây"),
    F("còn khoảng 12%", "12", 12, "percent", "%", approx="about", subject="tỷ lệ tổn thất sau thu hoạch"),
    F("cao hơn 3.000-5.000 đồng/kg", "3.000", 3000, "money", "đồng/kg", value_max=5000,
      subject="giá bán mận qua kho lạnh cao hơn so với bán ngay tại vườn"),
    F("kho lạnh 500 tấn", "500", 500, "measure", "tấn", subject="công suất kho lạnh của hợp tác xã",
      location="Mai Sơn"),
    F("kinh phí 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng", subject="kinh phí đầu tư kho lạnh của hợp tác xã",
      location="Mai Sơn"),
    F("đạt 17,6 tỷ đồng", "17,6", 17.6e9, "money", "đồng", change=C("increase", 35, "%", "năm trước"),
      subject="doanh thu của HTX", period=Y23, location="Mai Sơn"),
    F("hỗ trợ 30% chi phí", "30", 30, "percent", "%", subject="mức hỗ trợ chi phí đầu tư kho lạnh"),
    F("tối đa 500 triệu đồng/kho", "500", 500e6, "money", "đồng/kho", approx="at_most",
      subject="mức hỗ trợ tối đa đầu tư kho lạnh"),
    F("7 kho đã", "7", 7, "count", "kho", subject="kho được hỗ trợ", period=YTD),
    F("hơn 3,1 tỷ đồng", "3,1", 3.1e9, "money", "đồng", approx="over", subject="tổng kinh phí hỗ trợ kho",
      period=YTD),
    F("có 60 kho lạnh", "60", 60, "count", "kho", status="target", subject="kho lạnh", period=T25),
    F("công suất 18.000 tấn", "18.000", 18000, "measure", "tấn", status="target",
      subject="tổng công suất kho lạnh", period=T25),
    F("đạt 40%", "40", 40, "percent", "%", status="target",
      subject="tỷ lệ nông sản chủ lực được sơ chế, bảo quản", period=T25),
]

NOTES = [
    "Sơn La provincial portal: cold and cool stores for fruit, as of 30/6/2024, H1 2024 throughput, HTX example, support policy, 2025 targets.",
    "'tăng 9 kho so với cuối năm 2023' follows 12.000 tấn but counts kho: it is the change of 46 kho.",
    "District list 14+9+8+6 = 37 != 46 ('tập trung chủ yếu'): no total; the districts are locations.",
    "'từ 5-7 ngày lên 25-30 ngày' and 'từ 25% xuống còn khoảng 12%': both ends are figures (no stated change amount).",
    "'cao hơn 3.000-5.000 đồng/kg so với bán ngay' has no base amount: a money figure of its own.",
    "HTX figures are located in its district Mai Sơn. Distractors: Lượt xem, HTX ... Chiềng Mai 2, Nghị quyết số 12/2022/NQ-HĐND, Quốc lộ 6.",
]

write_set(1, TEXT, FIGS, NOTES, published="2024-08-14", location="Sơn La")
