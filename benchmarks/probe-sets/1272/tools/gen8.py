"""p1272-8: news agency (TTXVN / Vietnam+): biochar from coffee husk in Đắk Lắk, a cooperative in huyện Cư M'gar."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAMPLUS
Kinh tế > Nông nghiệp
Thứ Tư, 06/11/2024 - 14:22

Đắk Lắk: Biến vỏ cà phê thành than sinh học

Đắk Lắk (TTXVN) - Mỗi năm, Đắk Lắk có khoảng 400.000 tấn vỏ cà phê sau chế biến, phần lớn được ủ làm phân hoặc đốt bỏ. Những năm gần đây, nhiều doanh nghiệp, hợp tác xã đã đầu tư công nghệ nhiệt phân để làm than sinh học.

Theo Sở Nông nghiệp và Phát triển nông thôn, đến tháng 10/2024, toàn tỉnh có 6 cơ sở sản xuất than sinh học từ vỏ cà phê, lõi ngô với tổng công suất gần 18.000 tấn/năm, gấp ba lần năm 2021.

Tại huyện Cư M'gar, Hợp tác xã Cà phê Ea Tul Xanh mỗi năm xử lý khoảng 1.200 tấn vỏ cà phê, thu được 380 tấn than. 9 tháng năm 2024, hợp tác xã bán ra 290 tấn than sinh học và 650 tấn phân hữu cơ vi sinh phối trộn than, doanh thu ước đạt 2,7 tỷ đồng, tăng 35% so với cùng kỳ.

Kết quả thử nghiệm trên 12 ha cà phê của hợp tác xã cho thấy bón than sinh học giúp giảm khoảng 30% lượng phân hóa học; năng suất cà phê nhân đạt 3,6 tấn/ha, cao hơn 0,3 tấn/ha so với vườn đối chứng.

Tỉnh đặt mục tiêu đến năm 2030 xử lý, tái sử dụng ít nhất 80% phụ phẩm cà phê; hình thành từ 10 đến 15 cơ sở sản xuất than sinh học.

(TTXVN/Vietnam+)

Tags: than sinh học, vỏ cà phê, Đắk Lắk, kinh tế tuần hoàn

Tin liên quan:
- Đắk Lắk: Cà phê đặc sản hút khách tại hội chợ nông nghiệp
- Hội thảo cà phê bền vững Buôn Ma Thuột lần thứ 8
"""

T10 = per("đến tháng 10/2024", None, "2024-10-31")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TO30 = per("đến năm 2030", None, "2030-12-31")
CM = "Cư M'gar"

FIGS = [
    fig("khoảng 400.000 tấn", "400.000", 400000, "measure", "tấn/năm", approx="about",
        subject="vỏ cà phê sau chế biến"),
    fig("có 6 cơ sở", "6", 6, "count", "cơ sở", subject="cơ sở sản xuất than sinh học từ vỏ cà phê, lõi ngô",
        period=T10),
    fig("gần 18.000 tấn/năm", "18.000", 18000, "measure", "tấn/năm", approx="nearly",
        change=chg("increase", 3, "lần", "năm 2021"), subject="tổng công suất cơ sở sản xuất than sinh học",
        period=T10),
    fig("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn/năm", approx="about",
        subject="vỏ cà phê hợp tác xã xử lý", location=CM),
    fig("được 380 tấn", "380", 380, "measure", "tấn/năm", subject="than hợp tác xã thu được", location=CM),
    fig("ra 290 tấn", "290", 290, "measure", "tấn", subject="than sinh học hợp tác xã bán ra", period=M9,
        location=CM),
    fig("và 650 tấn", "650", 650, "measure", "tấn", subject="phân hữu cơ vi sinh phối trộn than hợp tác xã bán ra",
        period=M9, location=CM),
    fig("ước đạt 2,7 tỷ", "2,7", 2.7e9, "money", "đồng", status="estimate",
        change=chg("increase", 35, "%", "cùng kỳ"), subject="doanh thu hợp tác xã", period=M9, location=CM),
    fig("trên 12 ha", "12", 12, "measure", "ha", subject="diện tích cà phê thử nghiệm", location=CM),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about", subject="lượng phân hóa học giảm",
        location=CM),
    fig("đạt 3,6 tấn/ha", "3,6", 3.6, "measure", "tấn/ha",
        change=chg("increase", 0.3, "tấn/ha", "vườn đối chứng"), subject="năng suất cà phê nhân", location=CM),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="phụ phẩm cà phê được xử lý, tái sử dụng", period=TO30),
    fig("từ 10 đến 15", "10", 10, "count", "cơ sở", value_max=15, status="target",
        subject="cơ sở sản xuất than sinh học", period=TO30),
]

NOTES = [
    "News agency (Vietnam+ / TTXVN): section, 'Thứ Tư, 06/11/2024 - 14:22', dateline tag 'Đắk Lắk (TTXVN) -', credit, tags, related links.",
    "'Mỗi năm ... khoảng 400.000 tấn' → tấn/năm, no period. 'đến tháng 10/2024' → as-of, end 2024-10-31; 'gấp ba lần năm 2021' → change 3 lần.",
    "The cooperative's figures → location Cư M'gar; 'mỗi năm xử lý khoảng 1.200 tấn ..., thu được 380 tấn' → yearly rates, no period.",
    "'9 tháng năm 2024': 290 and 650 tấn are actual ('ước đạt' governs only the revenue clause); 'tăng 35%' → change of the revenue.",
    "The trial ('trên 12 ha' = on 12 ha, a preposition, not 'over') gives no period; 'cao hơn 0,3 tấn/ha so với vườn đối chứng' → change.",
    "'đặt mục tiêu đến năm 2030 ... ít nhất 80% ...; hình thành từ 10 đến 15 cơ sở' → target for both clauses.",
    "Distractors: '14:22', 'TTXVN/Vietnam+', 'Buôn Ma Thuột lần thứ 8' in a link title.",
]

if __name__ == "__main__":
    write("p1272-8", TEXT, NOTES, FIGS, published="2024-11-06", location="Đắk Lắk")
