from lib import *

TEXT = """Trang chủ » Tin tức - Sự kiện » Kinh tế - Xã hội

Quảng Nam: Sản xuất hơn 1,5 triệu chiếc đèn lồng phục vụ Trung thu

Cập nhật: 09/09/2024 15:20
Lượt xem: 2.046

(QNP) - Theo Sở Công Thương, tính đến ngày 5/9/2024, các cơ sở trên địa bàn tỉnh đã sản xuất hơn 1,5 triệu chiếc đèn lồng các loại phục vụ thị trường Tết Trung thu, tăng 18% so với cùng kỳ năm 2023. Trong đó, TP. Hội An sản xuất khoảng 1,1 triệu chiếc, thị xã Điện Bàn 260.000 chiếc, huyện Duy Xuyên 95.000 chiếc.

Toàn tỉnh hiện có 186 cơ sở sản xuất đèn lồng, thu hút gần 1.400 lao động, thu nhập bình quân từ 6 đến 8 triệu đồng/người/tháng. Giá bán đèn lồng phổ biến từ 40.000 đến 300.000 đồng/chiếc; riêng đèn lồng cỡ lớn đặt làm theo yêu cầu có giá trên 2 triệu đồng/chiếc.

Doanh thu từ đèn lồng 8 tháng năm 2024 ước đạt 126,4 tỷ đồng, tăng 21,5% so với cùng kỳ, đạt 79% kế hoạch năm. Sản phẩm đèn lồng của tỉnh đã xuất khẩu sang 14 quốc gia và vùng lãnh thổ, kim ngạch xuất khẩu ước đạt 2,35 triệu USD.

Để bảo đảm an toàn cho trẻ em, lực lượng quản lý thị trường đã kiểm tra 37 cơ sở kinh doanh đồ chơi Trung thu, phát hiện 9 cơ sở vi phạm, xử phạt 48,5 triệu đồng, tạm giữ 1.260 sản phẩm đồ chơi không rõ nguồn gốc.

Theo Quyết định số 1532/QĐ-UBND của UBND tỉnh, phấn đấu đến năm 2025, doanh thu từ đèn lồng toàn tỉnh đạt 200 tỷ đồng, trong đó xuất khẩu chiếm 15%.

Nguồn: Sở Công Thương Quảng Nam, số 62 Hùng Vương, TP. Tam Kỳ; ĐT: 0235.3852.431
"""

ASOF = P("tính đến ngày 5/9/2024", None, "2024-09-05")
M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
T25 = P("đến năm 2025", None, "2025-12-31")
U = "chiếc đèn lồng"
WHOLE = "đèn lồng các loại sản xuất phục vụ thị trường Tết Trung thu"

FIGS = [
    F("hơn 1,5 triệu chiếc đèn lồng phục vụ", "1,5", 1500000, "count", U, approx="over",
      subject="đèn lồng sản xuất phục vụ Trung thu", period=I(ASOF)),
    F("sản xuất hơn 1,5 triệu chiếc đèn lồng các loại", "1,5", 1500000, "count", U, approx="over",
      change=CH("increase", 18, baseline="cùng kỳ năm 2023"),
      subject=WHOLE, period=ASOF),
    F("khoảng 1,1 triệu chiếc", "1,1", 1100000, "count", "chiếc", approx="about", total=1500000,
      subject=WHOLE, period=I(ASOF), location="Hội An"),
    F("Điện Bàn 260.000 chiếc", "260.000", 260000, "count", "chiếc", total=1500000,
      subject=WHOLE, period=I(ASOF), location="Điện Bàn"),
    F("Duy Xuyên 95.000 chiếc", "95.000", 95000, "count", "chiếc", total=1500000,
      subject=WHOLE, period=I(ASOF), location="Duy Xuyên"),
    F("có 186 cơ sở", "186", 186, "count", "cơ sở", subject="cơ sở sản xuất đèn lồng"),
    F("gần 1.400 lao động", "1.400", 1400, "count", "lao động", approx="nearly",
      subject="lao động thu hút vào sản xuất đèn lồng"),
    F("từ 6 đến 8 triệu", "6", 6000000, "money", "đồng/người/tháng", value_max=8000000,
      subject="thu nhập bình quân"),
    F("từ 40.000 đến 300.000 đồng/chiếc", "40.000", 40000, "money", "đồng/chiếc", value_max=300000,
      subject="giá bán đèn lồng phổ biến"),
    F("trên 2 triệu đồng/chiếc", "2", 2000000, "money", "đồng/chiếc", approx="over",
      subject="giá đèn lồng cỡ lớn đặt làm theo yêu cầu"),
    F("ước đạt 126,4 tỷ đồng", "126,4", 126400000000, "money", "đồng", percent=79,
      change=CH("increase", 21.5, baseline="cùng kỳ"), status="estimate",
      subject="doanh thu từ đèn lồng", period=M8),
    F("sang 14 quốc gia", "14", 14, "count", "quốc gia và vùng lãnh thổ",
      subject="quốc gia và vùng lãnh thổ nhập khẩu đèn lồng của tỉnh"),
    F("ước đạt 2,35 triệu USD", "2,35", 2350000, "money", "USD", status="estimate",
      subject="kim ngạch xuất khẩu đèn lồng"),
    F("kiểm tra 37 cơ sở", "37", 37, "count", "cơ sở",
      subject="cơ sở kinh doanh đồ chơi Trung thu được kiểm tra"),
    F("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở kinh doanh đồ chơi Trung thu vi phạm"),
    F("xử phạt 48,5 triệu đồng", "48,5", 48500000, "money", "đồng", subject="tiền xử phạt"),
    F("tạm giữ 1.260 sản phẩm", "1.260", 1260, "count", "sản phẩm",
      subject="sản phẩm đồ chơi không rõ nguồn gốc bị tạm giữ"),
    F("đạt 200 tỷ đồng", "200", 200000000000, "money", "đồng", status="target",
      subject="doanh thu từ đèn lồng toàn tỉnh", period=T25),
    F("chiếm 15%", "15", 15, "percent", "%", status="target",
      subject="tỷ trọng xuất khẩu trong doanh thu từ đèn lồng", period=T25),
]

emit("p775-1", TEXT, [
    "Cổng TTĐT tỉnh Quảng Nam (invented): đèn lồng sản xuất phục vụ Trung thu 2024, cơ sở, lao động, giá, doanh thu, xuất khẩu, kiểm tra đồ chơi.",
    "Distractors: Lượt xem 2.046, Cập nhật date, Quyết định số 1532/QĐ-UBND, address số 62 Hùng Vương, phone 0235.3852.431.",
    "District parts after 'Trong đó' take the 1,5 triệu whole; 9 cơ sở vi phạm has no part-of cue (no total).",
    "revised after the first run: the district parts' subject is the list's indicator stated before the list (FIGURES.md, lists), not 'đèn lồng sản xuất'.",
    "'chiếm 15%' after a target amount: a percent figure of its own (share of export in the 200 tỷ), status target carries on.",
], FIGS, published="2024-09-09", location="Quảng Nam")
