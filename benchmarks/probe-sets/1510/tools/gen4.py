"""p1510-4: Party newspaper (Báo Nam Định): a cotton swab cooperative in huyện Xuân Trường."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO NAM ĐỊNH ĐIỆN TỬ
Kinh tế > Nông thôn mới

Tăm bông từ làng quê vươn xa

Thứ Hai, 22/07/2024 - 09:10

Từ xưởng nhỏ của ba chục hộ dân, Hợp tác xã Tăm bông Xuân Phong đã có sản phẩm đạt chuẩn OCOP 3 sao, mỗi năm cung ứng hàng chục triệu que tăm bông cho thị trường.

(BNĐ) - Năm 2019, ông Trần Văn Hòa cùng ba chục hộ dân ở xóm 5, xã Xuân Phong (huyện Xuân Trường) góp vốn thành lập hợp tác xã với số vốn ban đầu 600 triệu đồng. Hiện hợp tác xã có 42 thành viên, tạo việc làm thường xuyên cho 65 lao động, thu nhập từ 5 đến 6,5 triệu đồng/người/tháng.

Mỗi ngày, xưởng sản xuất khoảng 250.000 que tăm bông, sử dụng 60 kg bông xơ. Sản phẩm được đóng hộp, giá bán buôn từ 7.500 đến 13.000 đồng/hộp. Năm 2023, doanh thu của hợp tác xã đạt gần 4,6 tỷ đồng, gấp đôi năm 2021; lợi nhuận xấp xỉ 520 triệu đồng.

"6 tháng đầu năm nay, chúng tôi ký được hợp đồng cung ứng 3 triệu que cho các nhà thuốc tại Hà Nội. Cả năm 2024, hợp tác xã dự kiến doanh thu đạt 5,5 tỷ đồng", ông Hòa cho biết.

Theo UBND huyện Xuân Trường, toàn huyện hiện có 5 cơ sở sản xuất tăm bông, tăm tre, sản lượng năm 2023 khoảng 95 triệu que; huyện phấn đấu đến năm 2025 có thêm 2 sản phẩm tăm bông được công nhận OCOP. Toàn tỉnh hiện có 236 sản phẩm OCOP, trong đó 11 sản phẩm thuộc nhóm đồ dùng cá nhân, gia dụng.

THU HÀ

Tin cùng chuyên mục:
- Nghĩa Hưng: Ra mắt chuỗi liên kết tiêu thụ rau an toàn
- Hội nghị kết nối cung cầu nông sản lần thứ 3
"""

Y19 = per("Năm 2019", "2019-01-01", "2019-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")
Y24 = per("Cả năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
ND = "Nam Định"

FIGS = [
    fig("của ba chục hộ", "ba chục", 30, "count", "hộ dân", subject="hộ dân của xưởng nhỏ ban đầu"),
    fig("hàng chục triệu que", "hàng chục", 1e7, "count", "que", approx="about",
        subject="tăm bông cung ứng cho thị trường mỗi năm", optional=True),
    fig("cùng ba chục hộ", "ba chục", 30, "count", "hộ dân", subject="hộ dân góp vốn thành lập hợp tác xã",
        period=Y19),
    fig("ban đầu 600 triệu", "600", 600e6, "money", "đồng", subject="số vốn ban đầu của hợp tác xã", period=Y19),
    fig("có 42 thành viên", "42", 42, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("cho 65 lao động", "65", 65, "count", "lao động", subject="lao động có việc làm thường xuyên"),
    fig("từ 5 đến 6,5 triệu", "5", 5e6, "money", "đồng/người/tháng", value_max=6.5e6,
        subject="thu nhập của lao động"),
    fig("khoảng 250.000 que", "250.000", 250000, "measure", "que/ngày", approx="about",
        subject="tăm bông xưởng sản xuất mỗi ngày"),
    fig("dụng 60 kg", "60", 60, "measure", "kg/ngày", subject="bông xơ sử dụng mỗi ngày"),
    fig("từ 7.500 đến 13.000", "7.500", 7500, "money", "đồng/hộp", value_max=13000, subject="giá bán buôn"),
    fig("gần 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", approx="nearly", change=chg("increase", 2, "lần", "năm 2021"),
        subject="doanh thu của hợp tác xã", period=Y23),
    fig("xấp xỉ 520 triệu", "520", 520e6, "money", "đồng", approx="about", subject="lợi nhuận của hợp tác xã",
        period=Y23),
    fig("ứng 3 triệu", "3", 3e6, "count", "que", subject="tăm bông cung ứng theo hợp đồng cho các nhà thuốc",
        period=H1),
    fig("đạt 5,5 tỷ", "5,5", 5.5e9, "money", "đồng", status="forecast", subject="doanh thu của hợp tác xã",
        period=Y24),
    fig("có 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở sản xuất tăm bông, tăm tre"),
    fig("khoảng 95 triệu", "95", 95e6, "count", "que", approx="about", subject="sản lượng tăm bông, tăm tre",
        period=Y23b),
    fig("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", status="target",
        subject="sản phẩm tăm bông được công nhận OCOP", period=T25),
    fig("có 236 sản phẩm", "236", 236, "count", "sản phẩm", subject="sản phẩm OCOP", location=ND),
    fig("đó 11 sản phẩm", "11", 11, "count", "sản phẩm", total=236,
        subject="sản phẩm OCOP thuộc nhóm đồ dùng cá nhân, gia dụng", location=ND),
]

NOTES = [
    "Party newspaper (Báo Nam Định): breadcrumb, 'Thứ Hai, 22/07/2024 - 09:10', sapo, tag '(BNĐ) -', byline, related links.",
    "xã Xuân Phong is in huyện Xuân Trường: the cooperative's and the district's figures → Xuân Trường; 'Toàn tỉnh' → Nam Định.",
    "Distractors: 09:10, 'OCOP 3 sao', 'xóm 5', 'lần thứ 3' in a link title, baseline 'năm 2021'.",
    "'ba chục hộ dân' (= 30) stands twice: sapo (no period) and body (the founding event of Năm 2019, so period 2019).",
    "'hàng chục triệu que' is optional: the spec calls 'hàng chục nghìn' an approximate number but does not fix value or approx.",
    "'Mỗi ngày ... khoảng 250.000 que', '60 kg' → rates que/ngày, kg/ngày (measure).",
    "'gấp đôi năm 2021' after an amount → change increase 2 lần. 'xấp xỉ' → about.",
    "'6 tháng đầu năm nay' → year of published 2024. 'dự kiến' → forecast. 'phấn đấu đến năm 2025' → target, start null.",
    "'236 sản phẩm OCOP, trong đó 11 sản phẩm' → total 236.",
]

if __name__ == "__main__":
    write("p1510-4", TEXT, NOTES, FIGS, published="2024-07-22", location="Xuân Trường")
