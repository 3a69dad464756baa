"""p1448-4: provincial newspaper (Báo Nam Định): a workshop in xã Hải Đông (Hải Hậu) exporting lashes to the US."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO NAM ĐỊNH ĐIỆN TỬ
Kinh tế | Thứ Tư, 12/06/2024 | 07:45

Từ xưởng mi giả ven biển đến thị trường Mỹ

Từ tổ gia công 15 người, sau 6 năm, xưởng mi giả của chị Trần Thị Thu ở xã Hải Đông (Hải Hậu) đã có sản phẩm xuất đi 12 quốc gia và vùng lãnh thổ.

(NĐO) - Năm 2018, chị Thu vay 200 triệu đồng, thuê nhà văn hóa xóm làm nơi nhận mi về gia công. Đến nay, xưởng có 140 lao động, trong đó 126 lao động nữ, diện tích nhà xưởng khoảng 600 m2.

Năm 2023, xưởng xuất khẩu gần 900.000 hộp mi, doanh thu đạt 27,5 tỷ đồng, gấp đôi năm 2021. Mỹ là thị trường lớn nhất, chiếm khoảng 45% doanh thu; tiếp đến là Hàn Quốc (20%) và Australia (12%). 5 tháng đầu năm 2024, doanh thu ước đạt 13,8 tỷ đồng, tăng 18% so với cùng kỳ.

Mỗi hộp mi gồm 10 cặp, giá bán buôn từ 4 đến 12 USD/hộp tùy dòng sản phẩm. Chị Thu cho biết: "Dòng mi chồn 3D làm hoàn toàn bằng tay, một người thợ lành nghề làm được khoảng 25 cặp/ngày. Ai chăm thì thu nhập được 7-8 triệu đồng mỗi tháng".

Theo Sở Công Thương, toàn tỉnh Nam Định hiện có gần ba chục cơ sở làm mi giả, thu hút hơn 4.000 lao động, tập trung ở các huyện Hải Hậu, Giao Thủy và Nghĩa Hưng. Năm nay, tỉnh dự kiến hỗ trợ ít nhất 5 cơ sở tham gia hội chợ quốc tế, xây dựng nhãn hiệu riêng thay vì chỉ gia công.

THANH HƯƠNG
"""

Y18 = per("Năm 2018", "2018-01-01", "2018-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
ND = "Nam Định"

FIGS = [
    fig("tổ gia công 15 người", "15", 15, "count", "người", subject="tổ gia công"),
    fig("sau 6 năm", "6", 6, "measure", "năm", optional=True),
    fig("xuất đi 12 quốc gia", "12", 12, "count", "quốc gia và vùng lãnh thổ",
        subject="quốc gia và vùng lãnh thổ có sản phẩm xuất đi"),
    fig("vay 200 triệu", "200", 200e6, "money", "đồng", subject="vốn chị Thu vay", period=Y18),
    fig("có 140 lao động", "140", 140, "count", "lao động", subject="lao động của xưởng"),
    fig("trong đó 126 lao động", "126", 126, "count", "lao động", total=140, subject="lao động nữ"),
    fig("khoảng 600 m2", "600", 600, "measure", "m2", approx="about", subject="diện tích nhà xưởng"),
    fig("gần 900.000 hộp", "900.000", 900000, "count", "hộp mi", approx="nearly",
        subject="hộp mi xưởng xuất khẩu", period=Y23),
    fig("đạt 27,5 tỷ", "27,5", 27.5e9, "money", "đồng",
        change=chg("increase", 2, "lần", "năm 2021"), subject="doanh thu", period=Y23),
    fig("khoảng 45% doanh thu", "45", 45, "percent", "%", approx="about",
        subject="thị trường Mỹ trong doanh thu", period=inh(Y23)),
    fig("Hàn Quốc (20%)", "20", 20, "percent", "%", subject="thị trường Hàn Quốc trong doanh thu",
        period=inh(Y23)),
    fig("Australia (12%)", "12", 12, "percent", "%", subject="thị trường Australia trong doanh thu",
        period=inh(Y23)),
    fig("ước đạt 13,8 tỷ", "13,8", 13.8e9, "money", "đồng", status="estimate",
        change=chg("increase", 18, "%", "cùng kỳ"), subject="doanh thu", period=M5),
    fig("gồm 10 cặp", "10", 10, "measure", "cặp/hộp", subject="cặp mi mỗi hộp"),
    fig("từ 4 đến 12 USD", "4", 4, "money", "USD/hộp", value_max=12, subject="giá bán buôn"),
    fig("khoảng 25 cặp", "25", 25, "measure", "cặp/ngày", approx="about",
        subject="cặp mi một người thợ lành nghề làm được"),
    fig("được 7-8 triệu", "7", 7e6, "money", "đồng/tháng", value_max=8e6, subject="thu nhập"),
    fig("gần ba chục cơ sở", "ba chục", 30, "count", "cơ sở", approx="nearly",
        subject="cơ sở làm mi giả", location=ND),
    fig("hơn 4.000 lao động", "4.000", 4000, "count", "lao động", approx="over",
        subject="lao động các cơ sở làm mi giả thu hút", location=ND),
    fig("ít nhất 5 cơ sở", "5", 5, "count", "cơ sở", approx="at_least", status="forecast",
        subject="cơ sở được hỗ trợ tham gia hội chợ quốc tế", period=Y24, location=ND),
]

NOTES = [
    "Provincial newspaper (Báo Nam Định): section and date line 'Thứ Tư, 12/06/2024 | 07:45', sapo, tag '(NĐO) -', byline at the end.",
    "Distractors: 07:45, 'Dòng mi chồn 3D' (product name), 'một người thợ' (the denominator of the rate 25 cặp/ngày, not a figure).",
    "Location: the workshop in xã Hải Đông, huyện Hải Hậu -> Hải Hậu (default); the province paragraph -> Nam Định. Mỹ, Hàn Quốc, Australia are markets, not places.",
    "'sau 6 năm' (how long the workshop has grown) is a duration: optional, as in the shared habits for such story durations.",
    "'gấp đôi năm 2021' = change x2 (lần) of the 27,5 tỷ. 'Mỹ ... chiếm khoảng 45% doanh thu', 'Hàn Quốc (20%)', 'Australia (12%)': shares of markets, percent figures; period from the previous sentence (inherited).",
    "'Mỗi hộp mi gồm 10 cặp' is a content spec (measure cặp/hộp), not a part of a whole. 'gần ba chục' = 30, nearly. 'Năm nay' = 2024 (published); 'dự kiến' -> forecast.",
    "The quote's figures (25 cặp/ngày, 7-8 triệu đồng mỗi tháng) are present habits: no period.",
]

if __name__ == "__main__":
    write("p1448-4", TEXT, NOTES, FIGS, published="2024-06-12", location="Hải Hậu")
