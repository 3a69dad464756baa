"""p1281-2: district portal (huyện Đầm Dơi, Cà Mau): shrimp feed price rises, a cooperative buys direct from the mill."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐẦM DƠI - TỈNH CÀ MAU
Trang chủ / Kinh tế / Nông nghiệp

Giá thức ăn tôm tăng, người nuôi mua tập trung qua hợp tác xã

14/05/2024 - 08:30

Từ đầu năm đến nay, giá thức ăn cho tôm thẻ chân trắng trên địa bàn huyện đã có hai đợt điều chỉnh tăng, tổng mức tăng khoảng 1.500 đồng/kg. Hiện thức ăn tôm thẻ loại số 2 được các đại lý bán với giá 33.000-35.500 đồng/kg, thức ăn tôm sú từ 38.000 đến 41.000 đồng/kg. Mặt bằng giá thức ăn tôm cao hơn 4-5% so với cùng kỳ năm trước.

Để giảm chi phí, Hợp tác xã Nuôi tôm Tân Thuận Xanh (xã Tân Thuận) ký hợp đồng mua thức ăn trực tiếp từ nhà máy cho gần ba chục hộ thành viên với tổng diện tích 86 ha. Nhờ mua số lượng lớn, mỗi bao thức ăn 25 kg rẻ hơn giá đại lý khoảng 40.000 đồng. 4 tháng đầu năm, hợp tác xã nhận 62 tấn thức ăn, trong đó 48 tấn được nhà máy cho trả chậm 90 ngày không tính lãi.

"Trước đây mua chịu ở đại lý phải trả thêm 2-3% mỗi tháng, nay nhà máy bán thẳng nên đỡ lo" - ông Lê Văn Chiến, Giám đốc hợp tác xã, chia sẻ.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, toàn huyện hiện có 214 đại lý kinh doanh thức ăn thủy sản, giảm 11 đại lý so với năm trước. Huyện có 5.820 ha nuôi tôm thâm canh, siêu thâm canh, nhu cầu thức ăn ước khoảng 38.000 tấn/năm. Năm nay, huyện phấn đấu có ít nhất 12 hợp tác xã liên kết mua thức ăn trực tiếp với doanh nghiệp.

Nguồn: Phòng Nông nghiệp và PTNT huyện Đầm Dơi

Tin khác:
- Hội nghị sơ kết sản xuất nông nghiệp 6 tháng đầu năm 2024
- Đầm Dơi: tập huấn nuôi tôm ứng dụng công nghệ cao lần thứ 2

Địa chỉ: Khóm 4, thị trấn Đầm Dơi, huyện Đầm Dơi, tỉnh Cà Mau. Điện thoại: 0290.3858.112
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-14")
M4 = per("4 tháng đầu năm", "2024-01-01", "2024-04-30")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có hai đợt", "hai", 2, "count", "đợt", period=YTD,
        subject="đợt điều chỉnh tăng giá thức ăn cho tôm thẻ chân trắng"),
    fig("khoảng 1.500 đồng/kg", "1.500", 1500, "money", "đồng/kg", approx="about", period=YTD,
        subject="tổng mức tăng giá thức ăn cho tôm thẻ chân trắng"),
    fig("giá 33.000-35.500", "33.000", 33000, "money", "đồng/kg", value_max=35500,
        subject="giá thức ăn tôm thẻ loại số 2"),
    fig("từ 38.000 đến 41.000", "38.000", 38000, "money", "đồng/kg", value_max=41000,
        subject="giá thức ăn tôm sú"),
    fig("cao hơn 4-5%", "4", 4, "percent", "%", value_max=5,
        subject="mặt bằng giá thức ăn tôm"),
    fig("gần ba chục hộ", "ba chục", 30, "count", "hộ", approx="nearly",
        subject="hộ thành viên được hợp tác xã mua thức ăn trực tiếp từ nhà máy"),
    fig("diện tích 86 ha", "86", 86, "measure", "ha",
        subject="tổng diện tích nuôi của các hộ thành viên"),
    fig("bao thức ăn 25 kg", "25", 25, "measure", "kg", subject="khối lượng mỗi bao thức ăn", optional=True),
    fig("khoảng 40.000 đồng", "40.000", 40000, "money", "đồng/bao", approx="about",
        subject="mức rẻ hơn giá đại lý của mỗi bao thức ăn"),
    fig("nhận 62 tấn", "62", 62, "measure", "tấn", period=M4,
        subject="thức ăn hợp tác xã nhận"),
    fig("trong đó 48 tấn", "48", 48, "measure", "tấn", total=62, period=M4,
        subject="thức ăn được nhà máy cho trả chậm"),
    fig("trả chậm 90 ngày", "90", 90, "measure", "ngày", subject="thời hạn trả chậm", optional=True),
    fig("thêm 2-3%", "2", 2, "percent", "%", value_max=3,
        subject="lãi mua chịu thức ăn ở đại lý mỗi tháng"),
    fig("có 214 đại lý", "214", 214, "count", "đại lý",
        change=chg("decrease", 11, "đại lý", "năm trước"),
        subject="đại lý kinh doanh thức ăn thủy sản"),
    fig("có 5.820 ha", "5.820", 5820, "measure", "ha",
        subject="diện tích nuôi tôm thâm canh, siêu thâm canh"),
    fig("khoảng 38.000 tấn/năm", "38.000", 38000, "measure", "tấn/năm", approx="about", status="estimate",
        subject="nhu cầu thức ăn"),
    fig("ít nhất 12 hợp tác xã", "12", 12, "count", "hợp tác xã", approx="at_least", status="target",
        period=NOW, subject="hợp tác xã liên kết mua thức ăn trực tiếp với doanh nghiệp"),
]

NOTES = [
    "District portal (huyện Đầm Dơi, Cà Mau): banner naming the district, breadcrumb, '14/05/2024 - 08:30' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 08:30, 'loại số 2' (a feed grade), 'Khóm 4', phone 0290.3858.112, '6 tháng đầu năm 2024' and 'lần thứ 2' in link titles.",
    "Location Đầm Dơi throughout (xã Tân Thuận is a commune of the district). 'Từ đầu năm đến nay' ends at the dateline.",
    "'tổng mức tăng khoảng 1.500 đồng/kg' and 'cao hơn 4-5% so với cùng kỳ' have no base figure: standalone money / percent figures.",
    "'gần ba chục hộ' = 30, nearly. 'mỗi bao ... rẻ hơn ... khoảng 40.000 đồng' is a per-bag amount (đồng/bao).",
    "'bao thức ăn 25 kg' (pack size) and 'trả chậm 90 ngày' (a payment term) are optional.",
    "'4 tháng đầu năm' takes 2024 (the dateline; 'năm trước' is relative). 'trong đó 48 tấn' → total 62.",
    "'giảm 11 đại lý so với năm trước' is the change of 214. 'ước khoảng' → estimate + about. 'Năm nay ... phấn đấu ít nhất' → target, at_least.",
]

if __name__ == "__main__":
    write("p1281-2", TEXT, NOTES, FIGS, published="2024-05-14", location="Đầm Dơi")
