"""p1503-2: district portal (huyện Thường Tín, Hà Nội): làng mộc Vạn Điểm turns to industrial-wood kitchen cabinets."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THƯỜNG TÍN - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Kinh tế | Làng nghề

Vạn Điểm: làng mộc chuyển mình với tủ bếp gỗ công nghiệp

18/06/2024 - 08:45

Xã Vạn Điểm hiện có khoảng 450 hộ làm nghề mộc, trong đó hơn 120 hộ chuyên sản xuất tủ bếp và nội thất gỗ công nghiệp. Mỗi năm, các xưởng trong xã xuất xưởng khoảng 9.000 bộ tủ bếp, cung cấp cho thị trường nội thành và các tỉnh lân cận.

Năm 2023, doanh thu từ nghề mộc của xã đạt gần 380 tỷ đồng, tăng 12% so với năm 2022; nghề mộc thu hút khoảng 2.000 lao động, thu nhập từ 8 đến 12 triệu đồng/người/tháng. 5 tháng đầu năm 2024, doanh thu ước đạt 165 tỷ đồng, bằng 41% kế hoạch năm.

Xưởng của anh Nguyễn Văn Hòa (số 27 Quốc lộ 1A, thôn Vạn Điểm) là một trong những xưởng đầu tiên đầu tư máy cắt CNC. Năm 2021, anh mua một máy CNC trị giá 1,2 tỷ đồng. Nhờ máy mới, thời gian gia công mỗi bộ tủ bếp rút từ 5 ngày xuống còn 2 ngày. Hiện xưởng có gần ba chục thợ, mỗi tháng làm khoảng 40 bộ tủ bếp, giá bán từ 3,5 đến 6 triệu đồng/mét dài tùy loại ván và phụ kiện.

Theo UBND xã, mục tiêu đến năm 2025 doanh thu nghề mộc đạt 450 tỷ đồng; phấn đấu 100% xưởng sản xuất có hệ thống hút bụi và phòng cháy chữa cháy đạt chuẩn. Huyện đã hỗ trợ 12 cơ sở tham gia chương trình khuyến công với tổng kinh phí 640 triệu đồng.

Nguồn: Phòng Kinh tế huyện Thường Tín

Tin khác:
- Hội nghị sơ kết công tác 6 tháng đầu năm 2024
- Thường Tín nâng cao chất lượng sản phẩm OCOP
Địa chỉ: Thị trấn Thường Tín, huyện Thường Tín, Hà Nội | Điện thoại: 024.3385.3291
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y21 = per("Năm 2021", "2021-01-01", "2021-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 450 hộ", "450", 450, "count", "hộ", approx="about", subject="hộ làm nghề mộc"),
    fig("hơn 120 hộ", "120", 120, "count", "hộ", approx="over", total=450,
        subject="hộ chuyên sản xuất tủ bếp và nội thất gỗ công nghiệp"),
    fig("khoảng 9.000 bộ", "9.000", 9000, "measure", "bộ tủ bếp/năm", approx="about",
        subject="tủ bếp các xưởng trong xã xuất xưởng mỗi năm"),
    fig("gần 380 tỷ", "380", 380e9, "money", "đồng", approx="nearly",
        change=chg("increase", 12, "%", "năm 2022"), subject="doanh thu từ nghề mộc của xã", period=Y23),
    fig("khoảng 2.000 lao động", "2.000", 2000, "count", "lao động", approx="about",
        subject="lao động nghề mộc thu hút", period=Y23),
    fig("từ 8 đến 12 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=12e6,
        subject="thu nhập lao động nghề mộc", period=Y23),
    fig("ước đạt 165 tỷ", "165", 165e9, "money", "đồng", status="estimate", percent=41,
        subject="doanh thu nghề mộc", period=M5),
    fig("mua một máy", "một", 1, "count", "máy CNC", subject="máy CNC anh Hòa mua", period=Y21),
    fig("trị giá 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", subject="trị giá máy CNC", period=Y21),
    fig("từ 5 ngày", "5", 5, "measure", "ngày", subject="thời gian gia công mỗi bộ tủ bếp trước khi có máy"),
    fig("còn 2 ngày", "2", 2, "measure", "ngày", subject="thời gian gia công mỗi bộ tủ bếp"),
    fig("gần ba chục thợ", "ba chục", 30, "count", "thợ", approx="nearly", subject="thợ của xưởng"),
    fig("khoảng 40 bộ", "40", 40, "measure", "bộ tủ bếp/tháng", approx="about",
        subject="tủ bếp xưởng làm mỗi tháng"),
    fig("từ 3,5 đến 6 triệu", "3,5", 3.5e6, "money", "đồng/mét dài", value_max=6e6,
        subject="giá bán tủ bếp"),
    fig("đạt 450 tỷ", "450", 450e9, "money", "đồng", status="target", subject="doanh thu nghề mộc",
        period=TO25),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="xưởng sản xuất có hệ thống hút bụi và phòng cháy chữa cháy đạt chuẩn", period=TO25),
    fig("hỗ trợ 12 cơ sở", "12", 12, "count", "cơ sở",
        subject="cơ sở tham gia chương trình khuyến công được huyện hỗ trợ"),
    fig("kinh phí 640 triệu", "640", 640e6, "money", "đồng", subject="tổng kinh phí hỗ trợ khuyến công"),
]

NOTES = [
    "District portal (huyện Thường Tín, Hà Nội): banner naming the district, menu, '18/06/2024 - 08:45' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 08:45, 'số 27 Quốc lộ 1A', phone 024.3385.3291, 'năm 2024' and 'OCOP' in link titles, 'một trong những xưởng' (not a count).",
    "Commune (xã Vạn Điểm) figures are located in the district: Thường Tín (the spec names province, city or district).",
    "'Mỗi năm ... khoảng 9.000 bộ', 'mỗi tháng ... khoảng 40 bộ' are rates: measure, unit 'bộ tủ bếp/năm', 'bộ tủ bếp/tháng'.",
    "'Năm 2023' governs the clauses after ';' in the same sentence (2.000 lao động, 8-12 triệu). 'bằng 41% kế hoạch năm' is the percent of 165 tỷ.",
    "'rút từ 5 ngày xuống còn 2 ngày': both durations are measured facts (not time locators), two measure figures, no period.",
    "'gần ba chục thợ' = nearly 30 (number words). 'mục tiêu đến năm 2025 ...; phấn đấu 100%' both target, period to 2025-12-31.",
]

if __name__ == "__main__":
    write("p1503-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Thường Tín")
