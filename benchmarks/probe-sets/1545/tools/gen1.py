"""p1545-1: province portal (Khánh Hòa): licensed beach umbrellas and deck chairs in Nha Trang, May 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
Trang chủ > Tin tức - Sự kiện > Du lịch - Dịch vụ

Nha Trang cấp phép gần 2.000 dù che nắng trên bãi biển

Cập nhật: 17/05/2024 08:45 | Lượt xem: 3.186

Theo UBND TP Nha Trang, từ đầu năm đến nay, thành phố đã cấp phép cho 42 hộ kinh doanh và 3 doanh nghiệp cho thuê dù, ghế trên bãi biển đường Trần Phú với tổng số 1.960 chiếc dù che nắng, tăng 12% so với cùng kỳ năm trước, và 3.850 ghế bố. Trong đó, đoạn phía bắc Quảng trường 2 Tháng 4 có 640 dù, đoạn phía nam có 1.320 dù.

Giá thuê được niêm yết công khai tại từng điểm: dù che nắng 30.000 đồng/chiếc/lượt, ghế bố 40.000 đồng/chiếc/lượt; trọn gói mỗi bộ gồm dù và ghế không quá 100.000 đồng. Mỗi hộ được bố trí tối đa 50 dù trên diện tích không quá 300 m2.

Ông Lê Văn Tùng, Phó Trưởng phòng Quản lý đô thị thành phố, cho biết 4 tháng đầu năm, lực lượng chức năng đã kiểm tra 215 lượt, phát hiện 37 trường hợp dựng dù sai vị trí, lấn chiếm bãi biển, xử phạt hơn 86 triệu đồng và tạm giữ 146 chiếc dù.

Dự kiến trong cao điểm du lịch từ tháng 6 đến tháng 8, lượng khách tắm biển tại Nha Trang đạt khoảng 25 nghìn lượt/ngày, nhu cầu thuê dù, ghế tăng 20-25% so với những tháng trước. Thành phố phấn đấu 100% điểm cho thuê dù, ghế niêm yết giá và không để xảy ra tình trạng chèo kéo khách.

Đường dây nóng tiếp nhận phản ánh: 0258.3822.115

Tin liên quan:
- Khánh Hòa chuẩn bị các điều kiện đón khách mùa du lịch hè
- Nha Trang ra quân chỉnh trang tuyến đường Trần Phú
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-05-17")
M4 = per("4 tháng đầu năm", "2024-01-01", "2024-04-30")
SUMMER = per("từ tháng 6 đến tháng 8", "2024-06-01", "2024-08-31")

FIGS = [
    fig("gần 2.000 dù", "2.000", 2000, "count", "dù che nắng", approx="nearly",
        subject="dù che nắng trên bãi biển được cấp phép", period=inh(YTD)),
    fig("cho 42 hộ", "42", 42, "count", "hộ kinh doanh",
        subject="hộ kinh doanh được cấp phép cho thuê dù, ghế", period=YTD),
    fig("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp được cấp phép cho thuê dù, ghế", period=YTD),
    fig("tổng số 1.960 chiếc", "1.960", 1960, "count", "chiếc dù che nắng",
        change=chg("increase", 12, "%", "cùng kỳ năm trước"),
        subject="tổng số dù che nắng được cấp phép", period=YTD),
    fig("và 3.850 ghế", "3.850", 3850, "count", "ghế bố",
        subject="ghế bố được cấp phép", period=YTD),
    fig("có 640 dù", "640", 640, "count", "dù", total=1960,
        subject="dù đoạn phía bắc Quảng trường 2 Tháng 4", period=inh(YTD)),
    fig("có 1.320 dù", "1.320", 1320, "count", "dù", total=1960,
        subject="dù đoạn phía nam", period=inh(YTD)),
    fig("nắng 30.000 đồng", "30.000", 30000, "money", "đồng/chiếc/lượt",
        subject="giá thuê dù che nắng"),
    fig("ghế bố 40.000", "40.000", 40000, "money", "đồng/chiếc/lượt",
        subject="giá thuê ghế bố"),
    fig("không quá 100.000", "100.000", 100000, "money", "đồng/bộ", approx="at_most",
        subject="giá thuê trọn gói mỗi bộ gồm dù và ghế"),
    fig("tối đa 50 dù", "50", 50, "count", "dù", approx="at_most",
        subject="dù được bố trí cho mỗi hộ"),
    fig("không quá 300 m2", "300", 300, "measure", "m2", approx="at_most",
        subject="diện tích bố trí dù của mỗi hộ"),
    fig("kiểm tra 215 lượt", "215", 215, "count", "lượt",
        subject="lượt kiểm tra của lực lượng chức năng", period=M4),
    fig("phát hiện 37 trường hợp", "37", 37, "count", "trường hợp",
        subject="trường hợp dựng dù sai vị trí, lấn chiếm bãi biển", period=M4),
    fig("hơn 86 triệu", "86", 86e6, "money", "đồng", approx="over",
        subject="tiền xử phạt", period=M4),
    fig("giữ 146 chiếc", "146", 146, "count", "chiếc dù",
        subject="dù bị tạm giữ", period=M4),
    fig("khoảng 25 nghìn", "25", 25000, "measure", "lượt/ngày", approx="about", status="forecast",
        subject="lượng khách tắm biển tại Nha Trang", period=SUMMER),
    fig("tăng 20-25%", "20", 20, "percent", "%", value_max=25, status="forecast",
        subject="nhu cầu thuê dù, ghế", period=SUMMER),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="điểm cho thuê dù, ghế niêm yết giá"),
]

NOTES = [
    "Province portal (Khánh Hòa): breadcrumb, 'Cập nhật: 17/05/2024 08:45 | Lượt xem: 3.186' (published), related links, hotline.",
    "Distractors: 08:45, Lượt xem 3.186, 'Quảng trường 2 Tháng 4' (a name), phone 0258.3822.115.",
    "All figures describe TP Nha Trang (location). 'từ đầu năm đến nay' ends at the dateline; '4 tháng đầu năm' and",
    "'từ tháng 6 đến tháng 8' take 2024 from the dateline. The headline figure inherits 'từ đầu năm đến nay' (not scored).",
    "'Trong đó' after '3.850 ghế bố': the parts count dù, so their whole is 1.960 dù (same thing), not the sibling ghế bố.",
    "Prices are standing (no period); 'mỗi bộ' is a denominator (đồng/bộ). 'Dự kiến' governs both clauses of its sentence (forecast).",
    "'tăng 20-25% so với những tháng trước' is a growth claim with no base amount: a percent range figure, no change.",
]

if __name__ == "__main__":
    write("p1545-1", TEXT, NOTES, FIGS, published="2024-05-17", location="Nha Trang")
