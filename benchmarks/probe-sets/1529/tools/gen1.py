"""p1529-1: province portal (Thanh Hóa): broom output 9 months 2024, a chít-broom cooperative in Thường Xuân."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Thanh Hóa: 9 tháng sản xuất gần 6 triệu chiếc chổi

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

Theo Sở Công Thương, 9 tháng đầu năm 2024, các cơ sở trên địa bàn tỉnh Thanh Hóa ước sản xuất 5,84 triệu chiếc chổi các loại, tăng 8,2% so với cùng kỳ năm 2023, bằng 76,3% kế hoạch năm. Trong đó, chổi chít 4,1 triệu chiếc, chổi đót 1,74 triệu chiếc.

Hiện toàn tỉnh có 27 hợp tác xã và 146 tổ hợp tác, hộ kinh doanh làm chổi, tập trung ở các huyện Thường Xuân, Như Xuân, Lang Chánh, thu hút khoảng 4.300 lao động, chủ yếu là phụ nữ. Thu nhập bình quân từ 3,5 đến 5 triệu đồng/người/tháng.

Tại huyện Thường Xuân, Hợp tác xã Chổi chít Xuân Cao mỗi ngày xuất xưởng khoảng 2.500 chiếc chổi; 70% sản phẩm được xuất khẩu sang Nhật Bản, Hàn Quốc. Từ đầu năm đến nay, hợp tác xã thu mua hơn 180 tấn bông chít của người dân với giá 9.000-11.000 đồng/kg, doanh thu đạt 7,6 tỷ đồng, gấp đôi cùng kỳ.

Chỉ số sản xuất sản phẩm từ tre, nứa, rơm, rạ và vật liệu tết bện của tỉnh 9 tháng tăng 6,7%.

Mục tiêu đến năm 2025, tỉnh có ít nhất 5 sản phẩm chổi đạt chứng nhận OCOP 3 sao trở lên; hiện đã có ba sản phẩm được công nhận. Thực hiện Quyết định số 1425/QĐ-UBND, tỉnh hỗ trợ 50% kinh phí mua máy ép cán chổi cho các hợp tác xã, tối đa 200 triệu đồng/hợp tác xã.

Tin liên quan:
- Thường Xuân: Phát triển vùng nguyên liệu cây chít
- Khai mạc Hội chợ OCOP Thanh Hóa lần thứ 3
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
TO25 = per("đến năm 2025", None, "2025-12-31")
TX = "Thường Xuân"

FIGS = [
    fig("gần 6 triệu", "6", 6e6, "count", "chiếc", approx="nearly", subject="chổi sản xuất", period=NINE_H),
    fig("ước sản xuất 5,84 triệu", "5,84", 5.84e6, "count", "chiếc", status="estimate", percent=76.3,
        change=chg("increase", 8.2, "%", "cùng kỳ năm 2023"),
        subject="chổi các loại các cơ sở trên địa bàn tỉnh sản xuất", period=NINE),
    fig("chổi chít 4,1 triệu", "4,1", 4.1e6, "count", "chiếc", total=5.84e6, status="estimate",
        subject="chổi chít", period=inh(NINE)),
    fig("chổi đót 1,74 triệu", "1,74", 1.74e6, "count", "chiếc", total=5.84e6, status="estimate",
        subject="chổi đót", period=inh(NINE)),
    fig("có 27 hợp tác xã", "27", 27, "count", "hợp tác xã", subject="hợp tác xã làm chổi"),
    fig("146 tổ hợp tác", "146", 146, "count", "tổ hợp tác, hộ kinh doanh",
        subject="tổ hợp tác, hộ kinh doanh làm chổi"),
    fig("khoảng 4.300 lao động", "4.300", 4300, "count", "lao động", approx="about",
        subject="lao động làm chổi"),
    fig("từ 3,5 đến 5 triệu", "3,5", 3.5e6, "money", "đồng/người/tháng", value_max=5e6,
        subject="thu nhập bình quân"),
    fig("khoảng 2.500 chiếc", "2.500", 2500, "measure", "chiếc/ngày", approx="about",
        subject="chổi Hợp tác xã Chổi chít Xuân Cao xuất xưởng mỗi ngày", location=TX),
    fig("70% sản phẩm", "70", 70, "percent", "%",
        subject="sản phẩm được xuất khẩu sang Nhật Bản, Hàn Quốc", location=TX),
    fig("hơn 180 tấn", "180", 180, "measure", "tấn", approx="over",
        subject="bông chít hợp tác xã thu mua của người dân", period=YTD, location=TX),
    fig("giá 9.000-11.000", "9.000", 9000, "money", "đồng/kg", value_max=11000,
        subject="giá thu mua bông chít", period=YTD, location=TX),
    fig("đạt 7,6 tỷ", "7,6", 7.6e9, "money", "đồng", change=chg("increase", 2, "lần", "cùng kỳ"),
        subject="doanh thu hợp tác xã", period=YTD, location=TX),
    fig("tăng 6,7%", "6,7", 6.7, "percent", "%",
        subject="chỉ số sản xuất sản phẩm từ tre, nứa, rơm, rạ và vật liệu tết bện", period=NINE_H),
    fig("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm chổi đạt chứng nhận OCOP 3 sao trở lên", period=TO25),
    fig("có ba sản phẩm", "ba", 3, "count", "sản phẩm", subject="sản phẩm chổi được công nhận OCOP"),
    fig("hỗ trợ 50%", "50", 50, "percent", "%",
        subject="kinh phí mua máy ép cán chổi tỉnh hỗ trợ cho các hợp tác xã"),
    fig("tối đa 200 triệu", "200", 200e6, "money", "đồng/hợp tác xã", approx="at_most",
        subject="mức hỗ trợ kinh phí mua máy ép cán chổi"),
]

NOTES = [
    "Province portal (Thanh Hóa): broom output 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862', related links.",
    "Distractors: 09:35, Lượt xem 1.862, 'OCOP 3 sao' (twice), Quyết định số 1425/QĐ-UBND, 'lần thứ 3', 'năm 2023' as baseline.",
    "Headline '9 tháng ... gần 6 triệu chiếc' is its own figure; no estimate cue in the headline, so actual; year-less '9 tháng' → 2024.",
    "Brooms counted in pieces are counts (unit chiếc); 'mỗi ngày xuất xưởng khoảng 2.500 chiếc' is a rate: measure, chiếc/ngày.",
    "'Trong đó' parts after a sentence break take the whole 5,84 triệu and its estimate status; period inherited.",
    "The cooperative passage in huyện Thường Xuân: location Thường Xuân; 'Từ đầu năm đến nay' ends at the dateline and governs price, tonnage and revenue.",
    "'gấp đôi cùng kỳ' after the revenue is its change (increase, 2 lần). 'hiện đã có ba sản phẩm' after ';' is actual, no period.",
]

if __name__ == "__main__":
    write("p1529-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Thanh Hóa")
