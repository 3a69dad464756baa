"""p1524-6: national newspaper: horn hair clips and hairpins of the Thụy Ứng horn village (Thường Tín, Hà Nội)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ bảy, 7/12/2024, 09:10 (GMT+7)

Làng sừng Thụy Ứng hồi sinh nhờ kẹp tóc, trâm cài

Hà Nội - Từ những chiếc lược sừng truyền thống, thợ làng Thụy Ứng chuyển sang làm kẹp tóc, trâm cài tóc, mỗi năm bán ra hàng triệu sản phẩm.

Làng Thụy Ứng (xã Hòa Bình, huyện Thường Tín) có nghề chế tác sừng từ hơn 200 năm trước. Hiện làng có khoảng 130 hộ làm nghề, trong đó 25 hộ có xưởng lớn. Mỗi năm, làng tiêu thụ gần 300 tấn sừng trâu, bò nhập từ Lào, châu Phi và các tỉnh miền núi.

Anh Trần Văn Khải, 41 tuổi, chủ xưởng Khải Sừng, cho biết trước đây xưởng chủ yếu làm lược, nay kẹp tóc và trâm cài chiếm tới 70% sản lượng. Xưởng có 18 thợ, mỗi tháng làm ra khoảng 12.000 sản phẩm. Một chiếc kẹp tóc sừng bán từ 60.000 đến 250.000 đồng, trâm cài chạm khắc có giá 1,2 triệu đồng một chiếc. "Năm ngoái xưởng xuất đi Nhật Bản, Pháp ba container hàng, doanh thu gần 5 tỷ đồng", anh Khải nói.

Theo UBND xã Hòa Bình, năm 2024 doanh thu từ nghề sừng của làng ước đạt 180 tỷ đồng, tăng khoảng 20% so với năm trước. Thu nhập bình quân của thợ lành nghề 9-12 triệu đồng mỗi tháng. Làng hiện có 12 sản phẩm OCOP; xã đang lập hồ sơ đề nghị công nhận thêm 5 sản phẩm.

Ông Đỗ Minh Tuấn, Chủ tịch UBND xã, cho biết khó khăn lớn nhất là mặt bằng sản xuất. Dự kiến năm 2025, huyện sẽ giao 2,5 ha đất xây dựng cụm công nghiệp làng nghề, di dời khoảng 40 xưởng gây ô nhiễm ra khỏi khu dân cư.

Ngọc Anh
"""

LAST = per("Năm ngoái", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hàng triệu sản phẩm", "triệu", 1e6, "count", "sản phẩm", approx="about",
        subject="sản phẩm thợ làng bán ra mỗi năm", optional=True),
    fig("hơn 200 năm", "200", 200, "measure", "năm", approx="over", subject="tuổi nghề chế tác sừng",
        optional=True),
    fig("khoảng 130 hộ", "130", 130, "count", "hộ", approx="about", subject="hộ làm nghề"),
    fig("25 hộ", "25", 25, "count", "hộ", total=130, subject="hộ có xưởng lớn"),
    fig("gần 300 tấn", "300", 300, "measure", "tấn/năm", approx="nearly",
        subject="sừng trâu, bò làng tiêu thụ mỗi năm"),
    fig("41 tuổi", "41", 41, "measure", "tuổi", subject="tuổi anh Trần Văn Khải", optional=True),
    fig("tới 70%", "70", 70, "percent", "%", subject="kẹp tóc và trâm cài trong sản lượng của xưởng"),
    fig("có 18 thợ", "18", 18, "count", "thợ", subject="thợ của xưởng"),
    fig("khoảng 12.000 sản phẩm", "12.000", 12000, "measure", "sản phẩm/tháng", approx="about",
        subject="sản phẩm xưởng làm ra mỗi tháng"),
    fig("từ 60.000 đến 250.000", "60.000", 60000, "money", "đồng/chiếc", value_max=250000,
        subject="giá bán kẹp tóc sừng"),
    fig("giá 1,2 triệu", "1,2", 1.2e6, "money", "đồng/chiếc", subject="giá trâm cài chạm khắc"),
    fig("ba container", "ba", 3, "count", "container", subject="container hàng xưởng xuất đi Nhật Bản, Pháp",
        period=LAST),
    fig("gần 5 tỷ", "5", 5e9, "money", "đồng", approx="nearly", subject="doanh thu của xưởng", period=LAST),
    fig("ước đạt 180 tỷ", "180", 180e9, "money", "đồng", status="estimate",
        change=chg("increase", 20, "%", "năm trước", approx="about"),
        subject="doanh thu từ nghề sừng của làng", period=Y24),
    fig("9-12 triệu", "9", 9e6, "money", "đồng/tháng", value_max=12e6,
        subject="thu nhập bình quân của thợ lành nghề"),
    fig("có 12 sản phẩm", "12", 12, "count", "sản phẩm", subject="sản phẩm OCOP của làng"),
    fig("thêm 5 sản phẩm", "5", 5, "count", "sản phẩm", subject="sản phẩm đề nghị công nhận OCOP thêm"),
    fig("giao 2,5 ha", "2,5", 2.5, "measure", "ha", status="forecast",
        subject="đất xây dựng cụm công nghiệp làng nghề", period=Y25),
    fig("khoảng 40 xưởng", "40", 40, "count", "xưởng", approx="about", status="forecast",
        subject="xưởng gây ô nhiễm di dời ra khỏi khu dân cư", period=Y25),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 7/12/2024, 09:10 (GMT+7)', sapo with place tag 'Hà Nội -', quote, byline 'Ngọc Anh' at the end.",
    "Distractors: 09:10, '(GMT+7)', 'năm trước' (baseline).",
    "The village is in huyện Thường Tín: every figure located Thường Tín.",
    "Optional: 'hàng triệu sản phẩm' (vague number word in the sapo; value and approx unclear), 'từ hơn 200 năm trước' (a duration",
    "that dates the craft), '41 tuổi' (a person's age).",
    "'Mỗi năm ... gần 300 tấn' → tấn/năm; 'mỗi tháng ... khoảng 12.000 sản phẩm' → sản phẩm/tháng (rates, measure).",
    "'chiếm tới 70% sản lượng' → percent figure, exact ('tới' is emphasis, not a listed cue). '1,2 triệu đồng một chiếc' → đồng/chiếc.",
    "'Năm ngoái' (inside a quote) → 2023 (published 2024). 'ước đạt' → estimate; 'tăng khoảng 20%' → change approx about.",
    "'Dự kiến năm 2025' governs both clauses → forecast, period 2025.",
]

if __name__ == "__main__":
    write("p1524-6", TEXT, NOTES, FIGS, published="2024-12-07", location="Thường Tín")
