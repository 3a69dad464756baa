"""p1173-5: Party newspaper (Báo Đồng Nai) feature on a construction-stone quarry in huyện Vĩnh Cửu; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Mỏ đá "xanh hóa" khai trường

Nằm ở ấp 3, xã Thạnh Phú, huyện Vĩnh Cửu, mỏ đá Thạnh Phú 2 của Công ty CP Khoáng sản và Xây dựng Tân Lập có diện tích 58 ha, công suất được cấp phép 1,5 triệu m3/năm. Năm 2023, mỏ khai thác 1,38 triệu m3 đá thành phẩm, doanh thu 412 tỷ đồng, nộp ngân sách gần 96 tỷ đồng.

Ông Lê Quang Vinh, Giám đốc công ty cho biết, công ty hiện có 215 lao động, trong đó 38 kỹ sư và cử nhân; thu nhập bình quân 11,5 triệu đồng/người/tháng, gấp 1,4 lần năm 2019. Để giảm bụi, công ty đầu tư hệ thống phun sương dọc 2,3 km đường nội bộ, trồng hơn 12.000 cây xanh quanh khai trường và lắp trạm rửa xe trước khi ra Quốc lộ 1K.

"Mỗi ngày có khoảng 400 lượt xe ben ra vào mỏ, nếu không rửa xe thì bùn đất sẽ phủ kín đường", ông Vinh nói.

Theo Sở Tài nguyên và Môi trường, Đồng Nai hiện có 27 mỏ đá xây dựng đang khai thác với tổng công suất khoảng 28 triệu m3/năm, đáp ứng khoảng 40% nhu cầu đá của TP Hồ Chí Minh và các tỉnh Đông Nam Bộ. Năm 2023, sản lượng đá toàn tỉnh đạt 24,6 triệu m3, giảm 4,5% so với năm 2022 do thị trường bất động sản trầm lắng; 3 tháng đầu năm nay ước đạt 5,9 triệu m3.

Năm 2024, công ty Tân Lập phấn đấu hoàn nguyên 6 ha khai trường đã kết thúc khai thác và dự kiến doanh thu đạt khoảng 450 tỷ đồng. Đây là một trong hai doanh nghiệp khai thác đá của tỉnh được cấp chứng nhận hệ thống quản lý môi trường ISO 14001.

KIM LIỄU
19/04/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("3 tháng đầu năm nay", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
VC = "Vĩnh Cửu"

FIGS = [
    F("diện tích 58 ha", "58", 58, "measure", "ha", subject="diện tích mỏ đá Thạnh Phú 2", location=VC),
    F("phép 1,5 triệu", "1,5", 1500000, "measure", "m3/năm",
      subject="công suất được cấp phép của mỏ đá Thạnh Phú 2", location=VC),
    F("khai thác 1,38 triệu", "1,38", 1380000, "measure", "m3",
      subject="đá thành phẩm mỏ khai thác", period=Y23, location=VC),
    F("doanh thu 412 tỷ", "412", 412000000000, "money", "đồng",
      subject="doanh thu của mỏ", period=Y23, location=VC),
    F("gần 96 tỷ", "96", 96000000000, "money", "đồng", approx="nearly",
      subject="nộp ngân sách của mỏ", period=Y23, location=VC),
    F("có 215 lao động", "215", 215, "count", "lao động", subject="lao động của công ty", location=VC),
    F("38 kỹ sư", "38", 38, "count", "kỹ sư và cử nhân", total=215,
      subject="kỹ sư và cử nhân của công ty", location=VC),
    F("bình quân 11,5 triệu", "11,5", 11500000, "money", "đồng/người/tháng",
      change=C("increase", 1.4, "lần", "năm 2019"),
      subject="thu nhập bình quân lao động của công ty", location=VC),
    F("dọc 2,3 km", "2,3", 2.3, "measure", "km",
      subject="đường nội bộ có hệ thống phun sương", location=VC),
    F("hơn 12.000 cây", "12.000", 12000, "count", "cây xanh", approx="over",
      subject="cây xanh trồng quanh khai trường", location=VC),
    F("khoảng 400 lượt", "400", 400, "measure", "lượt xe/ngày", approx="about",
      subject="lượt xe ben ra vào mỏ mỗi ngày", location=VC),
    F("có 27 mỏ", "27", 27, "count", "mỏ", subject="mỏ đá xây dựng đang khai thác"),
    F("khoảng 28 triệu", "28", 28000000, "measure", "m3/năm", approx="about",
      subject="tổng công suất các mỏ đá xây dựng đang khai thác"),
    F("khoảng 40% nhu cầu", "40", 40, "percent", "%", approx="about",
      subject="tỷ lệ nhu cầu đá của TP Hồ Chí Minh và các tỉnh Đông Nam Bộ được đáp ứng"),
    F("đạt 24,6 triệu", "24,6", 24600000, "measure", "m3",
      change=C("decrease", 4.5, "%", "năm 2022"), subject="sản lượng đá toàn tỉnh", period=Y23b),
    F("ước đạt 5,9 triệu", "5,9", 5900000, "measure", "m3", status="estimate",
      subject="sản lượng đá toàn tỉnh", period=Q1),
    F("hoàn nguyên 6 ha", "6", 6, "measure", "ha", status="target",
      subject="khai trường đã kết thúc khai thác được hoàn nguyên", period=Y24, location=VC),
    F("khoảng 450 tỷ", "450", 450000000000, "money", "đồng", approx="about", status="forecast",
      subject="doanh thu công ty Tân Lập", period=Y24, location=VC),
    F("trong hai doanh nghiệp", "hai", 2, "count", "doanh nghiệp", optional=True,
      subject="doanh nghiệp khai thác đá của tỉnh được cấp chứng nhận ISO 14001"),
]

NOTES = [
    "Party newspaper (Báo Đồng Nai) feature; byline 'KIM LIỄU' and bare date '19/04/2024' at the end (published).",
    "Distractors: 'ấp 3', 'mỏ đá Thạnh Phú 2' (name), 'Quốc lộ 1K', 'ISO 14001', 'năm 2019' (baseline of a change), 'm3'.",
    "Quarry passage in xã Thạnh Phú, huyện Vĩnh Cửu: its figures (and the director's quote) carry location Vĩnh Cửu; province figures Đồng Nai.",
    "'gấp 1,4 lần năm 2019' after the income is its change (1.4 lần). 'trong đó 38 kỹ sư' -> total 215.",
    "'Mỗi ngày có khoảng 400 lượt xe' is a per-day rate -> measure, unit 'lượt xe/ngày'.",
    "'đáp ứng khoảng 40% nhu cầu' (no đạt/chiếm/bằng) is a percent figure of its own. '3 tháng đầu năm nay' = Q1 of the published year 2024.",
    "'dự kiến doanh thu ... khoảng 450 tỷ' -> forecast. 'một trong hai doanh nghiệp' counts a group the company belongs to: optional.",
]

if __name__ == "__main__":
    write("p1173-5", TEXT, NOTES, FIGS, published="2024-04-19", location="Đồng Nai")
