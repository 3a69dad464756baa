"""p1188-1: Hưng Yên province portal, tương Bần (thị xã Mỹ Hào), 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Mỹ Hào: gần 1,8 triệu lít tương Bần ra thị trường trong 9 tháng

Cập nhật: 14/10/2024 08:20 | Lượt xem: 2.417

(hungyen.gov.vn) - Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, các hộ, cơ sở sản xuất tương Bần trên địa bàn thị xã Mỹ Hào đã cung ứng ra thị trường khoảng 1,76 triệu lít tương, tăng 8,5% so với cùng kỳ năm 2023. Doanh thu ước đạt 52,8 tỷ đồng, bằng 81% kế hoạch năm.

Làng nghề tương Bần hiện có 126 hộ làm tương, trong đó 18 hộ sản xuất quy mô lớn, có bể ủ và xưởng đóng chai riêng. Toàn làng nghề sử dụng thường xuyên hơn 400 lao động. Đến nay, 7 sản phẩm tương Bần đã được công nhận OCOP (2 sản phẩm 4 sao, 5 sản phẩm 3 sao).

Tại phường Bần Yên Nhân (thị xã Mỹ Hào), cơ sở tương Nguyên Chất của gia đình bà Nguyễn Thị Hương nằm sát Quốc lộ 5 mỗi năm sản xuất khoảng 90.000 lít tương. Cơ sở có 12 lao động, thu nhập từ 6 đến 8 triệu đồng/người/tháng. Giá bán tại cơ sở 30.000 đồng/lít, cao hơn khoảng 20% so với tương không nhãn mác.

Toàn tỉnh Hưng Yên hiện có 23 làng nghề chế biến nông sản, thực phẩm được công nhận, trong đó có hai làng nghề tương và dưa muối. Theo Quyết định số 1048/QĐ-UBND, mỗi cơ sở đầu tư bể ủ inox, lò rang và dây chuyền đóng chai được hỗ trợ tối đa 50 triệu đồng.

Năm 2025, thị xã Mỹ Hào phấn đấu nâng sản lượng tương Bần lên 2,5 triệu lít, ít nhất 60% sản lượng có tem truy xuất nguồn gốc; dự kiến tổ chức Lễ hội văn hóa ẩm thực tương Bần lần thứ 2 vào tháng 3/2025.
"""

MH = "Mỹ Hào"
HEAD9 = P("trong 9 tháng", "2024-01-01", "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("gần 1,8 triệu lít", "1,8", 1800000, "measure", "lít", approx="nearly",
      subject="tương Bần ra thị trường", period=HEAD9, location=MH),
    F("khoảng 1,76 triệu lít", "1,76", 1760000, "measure", "lít", approx="about",
      change=C("increase", 8.5, "%", "cùng kỳ năm 2023"),
      subject="tương Bần cung ứng ra thị trường", period=NINE, location=MH),
    F("ước đạt 52,8 tỷ đồng", "52,8", 52800000000, "money", "đồng", percent=81, status="estimate",
      subject="doanh thu tương Bần", period=I(NINE), location=MH),
    F("có 126 hộ", "126", 126, "count", "hộ", subject="hộ làm tương", location=MH),
    F("18 hộ sản xuất", "18", 18, "count", "hộ", total=126,
      subject="hộ làm tương sản xuất quy mô lớn", location=MH),
    F("hơn 400 lao động", "400", 400, "count", "lao động", approx="over",
      subject="lao động làng nghề tương Bần sử dụng thường xuyên", location=MH),
    F("nay, 7 sản phẩm", "7", 7, "count", "sản phẩm",
      subject="sản phẩm tương Bần được công nhận OCOP", location=MH),
    F("(2 sản phẩm", "2", 2, "count", "sản phẩm", total=7,
      subject="sản phẩm tương Bần OCOP 4 sao", location=MH),
    F("5 sản phẩm 3 sao", "5", 5, "count", "sản phẩm", total=7,
      subject="sản phẩm tương Bần OCOP 3 sao", location=MH),
    F("khoảng 90.000 lít", "90.000", 90000, "measure", "lít", approx="about",
      subject="tương cơ sở tương Nguyên Chất sản xuất mỗi năm", location=MH),
    F("có 12 lao động", "12", 12, "count", "lao động", subject="lao động của cơ sở tương Nguyên Chất",
      location=MH),
    F("từ 6 đến 8 triệu", "6", 6000000, "money", "đồng/người/tháng", value_max=8000000,
      subject="thu nhập lao động của cơ sở", location=MH),
    F("cơ sở 30.000 đồng/lít", "30.000", 30000, "money", "đồng/lít",
      change=C("increase", 20, "%", "tương không nhãn mác", approx="about"),
      subject="giá bán tương tại cơ sở", location=MH),
    F("có 23 làng nghề", "23", 23, "count", "làng nghề",
      subject="làng nghề chế biến nông sản, thực phẩm được công nhận"),
    F("có hai làng nghề", "hai", 2, "count", "làng nghề", total=23,
      subject="làng nghề tương và dưa muối"),
    F("tối đa 50 triệu", "50", 50000000, "money", "đồng", approx="at_most",
      subject="hỗ trợ mỗi cơ sở đầu tư bể ủ inox, lò rang và dây chuyền đóng chai"),
    F("lên 2,5 triệu lít", "2,5", 2500000, "measure", "lít", status="target",
      subject="sản lượng tương Bần", period=Y25, location=MH),
    F("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
      subject="sản lượng tương Bần có tem truy xuất nguồn gốc", period=Y25, location=MH),
]

NOTES = [
    "Province portal (Hưng Yên): tương Bần, thị xã Mỹ Hào, 9 months 2024. Breadcrumb, 'Cập nhật: 14/10/2024 08:20 | Lượt xem: 2.417'.",
    "Distractors: view counter 2.417, time 08:20, Quốc lộ 5, Quyết định số 1048/QĐ-UBND, OCOP star levels '4 sao'/'3 sao' (levels like 'mức độ 3'),",
    "'lần thứ 2' (ordinal), 'tháng 3/2025' (a date).",
    "Location: tương Bần figures describe thị xã Mỹ Hào (named in the headline, the lead and the portrait passage); '23 làng nghề', 'hai làng nghề'",
    "and the provincial support rule are Hưng Yên. Headline 'trong 9 tháng' is year-less: 2024 from the dateline/published date.",
    "'bằng 81% kế hoạch năm' is a share of the plan (percent), not a target value. Support ceiling is a standing rule: no period.",
]

if __name__ == "__main__":
    write("p1188-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hưng Yên")
