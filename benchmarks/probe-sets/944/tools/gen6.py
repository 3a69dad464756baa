"""p944-6: national newspaper, Hà Nội crematoria overloaded at the end of the lunar year."""
from lib import F, P, I, chg, tgt, article

TEXT = """
Thời sự > Dân sinh
Thứ hai, 3/2/2025, 06:30 (GMT+7)

Lò hỏa táng ở Hà Nội quá tải dịp cuối năm

Những ngày cuối năm Giáp Thìn, nhiều gia đình ở Hà Nội phải chờ 2-3 ngày mới đến lượt hỏa táng người thân do các lò đốt liên tục hoạt động hết công suất.

Theo Sở Xây dựng Hà Nội, năm 2024 thành phố có khoảng 46.500 người mất, trong đó hơn 34.000 trường hợp được hỏa táng, chiếm 73,1%. Tỷ lệ này cao gấp khoảng 2,6 lần mức bình quân cả nước.

Ba cơ sở hỏa táng Văn Điển, Thanh Tước và Yên Kỳ hiện có lần lượt 10, 6 và 8 lò, tổng công suất thiết kế khoảng 190 ca/ngày. Riêng ngày 24/1/2025 (tức 25 tháng Chạp), Đài hóa thân Hoàn Vũ Văn Điển tiếp nhận 97 ca, vượt công suất thiết kế khoảng 20%.

Ông Lê Văn Chín, nhân viên vận hành lò, cho biết mỗi ca hỏa táng kéo dài 60-90 phút, lò phải chạy liên tục từ 5h đến 22h. "Có hôm anh em làm đến ca thứ 3 mới được nghỉ", ông Chín nói.

Giá hỏa táng tại Văn Điển là 3,5 triệu đồng/ca với lò thường và 6 triệu đồng/ca với lò chất lượng cao; chi phí một đám tang trọn gói tại các nhà tang lễ nội thành phổ biến từ 30 đến 100 triệu đồng.

Theo quy hoạch, đến năm 2030 Hà Nội sẽ xây dựng thêm 4 cơ sở hỏa táng tại các huyện Sóc Sơn, Thanh Oai, Phú Xuyên và Ứng Hòa, nâng tỷ lệ hỏa táng lên trên 80%. Trước mắt, Sở Xây dựng dự kiến trong quý II/2025 đưa vào vận hành thêm 4 lò tại Yên Kỳ, nâng tổng công suất của thành phố thêm khoảng 30 ca/ngày.

Võ Hải
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Q2 = P("quý II/2025", "2025-04-01", "2025-06-30")

FIGS = [
    F("chờ 2-3 ngày", "2", 2, "measure", "ngày", "thời gian chờ hỏa táng", value_max=3),
    F("khoảng 46.500 người", "46.500", 46500, "count", "người", "người mất", Y24, approx="about"),
    F("hơn 34.000 trường hợp", "34.000", 34000, "count", "trường hợp", "trường hợp được hỏa táng", Y24,
      approx="over", total=46500, percent=73.1),
    F("gấp khoảng 2,6 lần", "2,6", 2.6, "multiple", "lần", "tỷ lệ hỏa táng Hà Nội so với mức bình quân cả nước",
      approx="about"),
    F("Ba cơ sở", "Ba", 3, "count", "cơ sở hỏa táng", "cơ sở hỏa táng"),
    F("lần lượt 10,", "10", 10, "count", "lò", "lò cơ sở hỏa táng Văn Điển"),
    F("10, 6 và", "6", 6, "count", "lò", "lò cơ sở hỏa táng Thanh Tước"),
    F("và 8 lò", "8", 8, "count", "lò", "lò cơ sở hỏa táng Yên Kỳ"),
    F("khoảng 190 ca/ngày", "190", 190, "measure", "ca/ngày", "tổng công suất thiết kế", approx="about"),
    F("tiếp nhận 97 ca", "97", 97, "count", "ca", "ca Đài hóa thân Hoàn Vũ Văn Điển tiếp nhận",
      P("ngày 24/1/2025", "2025-01-24", "2025-01-24"),
      change=chg("increase", 20, "%", "công suất thiết kế", "about")),
    F("kéo dài 60-90 phút", "60", 60, "measure", "phút", "thời gian mỗi ca hỏa táng", value_max=90),
    F("là 3,5 triệu đồng/ca", "3,5", 3.5e6, "money", "đồng/ca", "giá hỏa táng lò thường tại Văn Điển"),
    F("và 6 triệu đồng/ca", "6", 6e6, "money", "đồng/ca", "giá hỏa táng lò chất lượng cao tại Văn Điển"),
    F("từ 30 đến 100 triệu", "30", 30e6, "money", "đồng", "chi phí một đám tang trọn gói tại các nhà tang lễ nội thành",
      value_max=100e6),
    F("thêm 4 cơ sở", "4", 4, "count", "cơ sở hỏa táng", "cơ sở hỏa táng xây dựng thêm", T30, status="target"),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ hỏa táng", T30, approx="over", status="target"),
    F("thêm 4 lò", "4", 4, "count", "lò", "lò đưa vào vận hành thêm tại Yên Kỳ", Q2, status="forecast"),
    F("khoảng 30 ca/ngày", "30", 30, "measure", "ca/ngày", "tổng công suất của thành phố tăng thêm", Q2,
      approx="about", status="forecast"),
]

NOTES = [
    "National newspaper: Hà Nội crematoria overloaded before Tết Ất Tỵ (dateline Thứ hai, 3/2/2025).",
    "'Ba cơ sở' is a number word (3). 'lần lượt 10, 6 và 8 lò' gives three figures (one per facility; the facility",
    "names are not places, location stays Hà Nội). 'cao gấp khoảng 2,6 lần' standing as its own sentence is a multiple.",
    "'vượt công suất thiết kế khoảng 20%' is the change of 97 ca (baseline: design capacity).",
    "The districts where the 4 new crematoria will stand (Sóc Sơn ... Ứng Hòa) do not localise the city's figures.",
    "'25 tháng Chạp', 'từ 5h đến 22h', 'ca thứ 3', 'ông Lê Văn Chín', 'GMT+7', 'quý II/2025' (as a date) are not figures.",
    "Without a stated period: 2-3 ngày (cuối năm Giáp Thìn is no calendar period), prices, capacity.",
]

if __name__ == "__main__":
    article("p944-6", TEXT, FIGS, published="2025-02-03", location="Hà Nội", notes=NOTES)
