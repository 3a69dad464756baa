"""p1539-5: Party newspaper (Báo Bình Định): a chili-sauce cooperative in huyện Phù Cát."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BÌNH ĐỊNH
Kinh tế | Nông nghiệp

HTX Cát Hưng Phát nâng giá trị trái ớt quê

16/05/2024 07:15

Từ trái ớt của nông dân địa phương, HTX Dịch vụ nông nghiệp Cát Hưng Phát (xã Cát Hưng, huyện Phù Cát) làm ra sản phẩm tương ớt được thị trường ưa chuộng, mỗi năm tiêu thụ hàng chục nghìn chai.

(BĐO) - Năm 2023, HTX sản xuất 86.000 chai tương ớt, doanh thu gần 2,4 tỷ đồng, lợi nhuận 310 triệu đồng. 4 tháng đầu năm 2024, HTX bán ra 31.500 chai, tăng 22% so với cùng kỳ.

HTX hiện có 142 thành viên, liên kết với 65 hộ trồng ớt trên diện tích 38 ha. Năm 2021, HTX được tỉnh hỗ trợ 500 triệu đồng để mua hai máy xay ớt và một dây chuyền chiết rót. Giám đốc HTX Lê Thị Hồng cho biết: “Mỗi tháng HTX cần khoảng 8 tấn ớt tươi. Chúng tôi thu mua cho bà con với giá cao hơn thị trường từ 2.000 đến 3.000 đồng/kg”.

Tương ớt Cát Hưng được công nhận OCOP 3 sao năm 2022, giá bán lẻ 18.000 đồng/chai. HTX tạo việc làm thường xuyên cho 15 lao động, thu nhập bình quân 5,5 triệu đồng/người/tháng.

Năm 2024, HTX phấn đấu sản xuất 120.000 chai, mở rộng vùng nguyên liệu lên 50 ha. Toàn tỉnh hiện có khoảng 1.100 ha ớt, tập trung ở các huyện Phù Cát, Phù Mỹ, Tây Sơn; nhiều địa phương đang nghiên cứu chế biến sâu để giảm cảnh được mùa mất giá.

NGỌC NHUẬN

Tin cùng chuyên mục:
- Phù Cát: Thu hoạch lúa vụ Đông Xuân 2023-2024
- Bình Định nâng chất lượng sản phẩm OCOP
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
Y21 = per("Năm 2021", "2021-01-01", "2021-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hàng chục nghìn chai", "hàng chục", 10000, "count", "chai", approx="about",
        subject="tương ớt tiêu thụ mỗi năm", optional=True),
    fig("sản xuất 86.000 chai", "86.000", 86000, "count", "chai", subject="tương ớt HTX sản xuất", period=Y23),
    fig("gần 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="nearly", subject="doanh thu của HTX", period=Y23),
    fig("lợi nhuận 310 triệu", "310", 310e6, "money", "đồng", subject="lợi nhuận của HTX", period=Y23),
    fig("bán ra 31.500 chai", "31.500", 31500, "count", "chai", change=chg("increase", 22, "%", "cùng kỳ"),
        subject="tương ớt HTX bán ra", period=M4),
    fig("có 142 thành viên", "142", 142, "count", "thành viên", subject="thành viên HTX"),
    fig("với 65 hộ", "65", 65, "count", "hộ", subject="hộ trồng ớt liên kết với HTX"),
    fig("diện tích 38 ha", "38", 38, "measure", "ha", subject="diện tích trồng ớt liên kết với HTX"),
    fig("hỗ trợ 500 triệu", "500", 500e6, "money", "đồng", subject="kinh phí tỉnh hỗ trợ HTX", period=Y21),
    fig("mua hai máy", "hai", 2, "count", "máy", subject="máy xay ớt HTX mua", period=Y21),
    fig("và một dây chuyền", "một", 1, "count", "dây chuyền", subject="dây chuyền chiết rót HTX mua", period=Y21),
    fig("khoảng 8 tấn", "8", 8, "measure", "tấn/tháng", approx="about", subject="ớt tươi HTX cần mỗi tháng"),
    fig("từ 2.000 đến 3.000", "2.000", 2000, "money", "đồng/kg", value_max=3000,
        subject="mức giá HTX thu mua ớt cao hơn thị trường"),
    fig("bán lẻ 18.000", "18.000", 18000, "money", "đồng/chai", subject="giá bán lẻ tương ớt Cát Hưng"),
    fig("cho 15 lao động", "15", 15, "count", "lao động", subject="lao động thường xuyên HTX tạo việc làm"),
    fig("bình quân 5,5 triệu", "5,5", 5.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân của lao động"),
    fig("sản xuất 120.000 chai", "120.000", 120000, "count", "chai", status="target",
        subject="tương ớt HTX sản xuất", period=Y24),
    fig("lên 50 ha", "50", 50, "measure", "ha", status="target", subject="vùng nguyên liệu", period=Y24),
    fig("khoảng 1.100 ha", "1.100", 1100, "measure", "ha", approx="about", subject="diện tích ớt",
        location="Bình Định"),
]

NOTES = [
    "Party newspaper (Báo Bình Định): sapo, tag '(BĐO) -', bare date '16/05/2024 07:15', byline NGỌC NHUẬN, related links.",
    "The cooperative is in huyện Phù Cát: location Phù Cát for its figures; the province total 'Toàn tỉnh ... khoảng 1.100 ha' is Bình Định.",
    "Distractors: 07:15, 'OCOP 3 sao năm 2022', 'Năm 2021' (date of a support), 'vụ Đông Xuân 2023-2024' in a",
    "related-link title.",
    "'hàng chục nghìn chai' in the sapo: FIGURES.md names 'hàng chục nghìn' as an approximate number but gives no value: optional.",
    "'hai máy', 'một dây chuyền' are number words. 'cao hơn thị trường từ 2.000 đến 3.000 đồng/kg' is a price gap with no base",
    "figure in the text: a money figure of its own (range), no change. 'mỗi tháng ... khoảng 8 tấn' → tấn/tháng.",
    "'4 tháng đầu năm 2024' ends 2024-04-30. 'Năm 2024, HTX phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1539-5", TEXT, NOTES, FIGS, published="2024-05-16", location="Phù Cát")
